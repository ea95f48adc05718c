"""A French post that tells of an illness or a loss is a hard day, as the English one is: no
milestone is celebrated on it, and a friend's such post is shared quietly; happy tears and
everyday French stay warm."""

import pytest

from plugins.comments.hard_days import read_opening
from tests.support.friends import assert_shared_quietly, assert_shared_warmly
from tests.support.posts import AGNES, comment, page_of, said_text, write_export

HARD_DAYS = [
    ("Les résultats", "Le scanner a montré une tumeur. On m'opère la semaine prochaine."),
    ("Biopsie", "La biopsie est revenue. Je n'arrive pas encore à en parler."),
    ("Samedi", "Mon fils est en réanimation depuis samedi."),
    ("Le silence", "La maison est si calme. Nous avons dispersé les cendres de papa."),
    ("Adieu Milo", "Nous avons dit adieu à notre chat Milo aujourd'hui."),
    ("Plan social", "Je fais partie du plan social. Fin de contrat dans un mois."),
]
WARM = [
    ("Notre mariage", "We got married on Saturday! I cried all through the vows."),
    ("Up", "I cried all the way through Up. Such a good film."),
    ("She said yes", "I cried for joy when she said yes."),
    ("Mon téléphone", "Mon téléphone est en réanimation dans un bol de riz mdr"),
    ("Mon ordi", "Mon ordi est en soins intensifs depuis la mise à jour."),
    ("Ouf", "J'ai fait une biopsie, rien de grave, tout va bien !"),
    ("Ouf encore", "Le scanner a montré une tumeur bénigne, ouf !"),
    ("Barbecue", "On a dispersé les cendres du barbecue dans le compost."),
    ("Le week-end", "Je dois dire adieu à mon chat pour le week-end, il va chez ma mère."),
    ("Un gâteau à tomber", "Ce gâteau est une tuerie, à mourir de rire tellement il est facile."),
]


@pytest.mark.parametrize(("title", "text"), HARD_DAYS)
def test_a_french_illness_or_loss_reads_as_a_hard_day(title, text):
    assert read_opening(title, "", text)


@pytest.mark.parametrize(("title", "text"), WARM)
def test_happy_tears_and_everyday_french_stay_warm(title, text):
    assert read_opening(title, "", text) == ()


def write_french_post(content, slug: str, title: str, text: str, lang: str = "fr") -> None:
    """Write a post whose opening says *text*."""
    content.mkdir(parents=True, exist_ok=True)
    meta = f"Title: {title}\nDate: 2026-01-05 09:00\nSlug: {slug}\nLang: {lang}\n\n"
    (content / f"{slug}.md").write_text(meta + text + "\n", encoding="utf-8")


def test_no_milestone_is_celebrated_on_a_french_diagnosis(tmp_path, site_builder):
    content = tmp_path / "content"
    write_french_post(content, "resultats", *HARD_DAYS[0])
    write_french_post(content, "milo", *HARD_DAYS[4])
    write_french_post(content, "gateau", *WARM[-1])
    write_french_post(content, "mariage", *WARM[0], lang="en")
    for slug in ("resultats", "milo", "gateau", "mariage"):
        write_export(content, slug, [comment(1, None, "Agnès", commenter=AGNES)], stars=30)
    result = site_builder(content)

    for slug in ("resultats", "milo"):
        page = page_of(result, slug)
        assert page.select(".badge--milestone") == []  # was "25 étoiles des lecteurs : merci !"
        quiet = said_text(page.select_one(".gold-stars--quiet"))
        assert quiet == "30 personnes ont dit « Je pense à vous »"
    # near misses: a cake and a wedding still celebrate
    assert said_text(page_of(result, "gateau").select_one(".badge--milestone")) == (
        "25 étoiles des lecteurs : merci !"
    )
    assert said_text(page_of(result, "mariage").select_one(".badge--milestone")) == (
        "25 stars from readers: thank you!"
    )


def test_a_friend_s_french_diagnosis_is_not_a_lovely_read():
    for title, text in HARD_DAYS:
        assert_shared_quietly(title, text, "Mon jardin")
    for title, text in WARM:
        assert_shared_warmly(title, text)
