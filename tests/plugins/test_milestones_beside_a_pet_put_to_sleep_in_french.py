"""« Nous avons dû faire euthanasier Rex hier. » is a hard day: a French post that opens so reaches
no "25 étoiles des lecteurs : merci !" milestone, its stars say « Je pense à vous », and the gold
star in its comments is said plainly (its Spanish and English twins were already read so). A
post about a baby's jab (« On a dû faire piquer bébé hier. ») keeps its milestone."""

from tests.support.posts import KIM, award, page_at, page_of, said, said_text, write_export
from tests.support.posts import write_text_post as post

REX = "Nous avons dû faire euthanasier Rex hier. Quatorze ans de promenades."
JAB = "On a dû faire piquer bébé hier. Il a été très courageux, et nous aussi."
KIND = "Quelle belle photo, merci pour ce billet."


def build(tmp_path, site_builder, text: str):
    content = tmp_path / "content"
    post(content, "rex", text, date="2026-01-01 09:00", title="Rex, 2012-2026", lang="fr")
    comments = [said(1, "Kim", KIND, KIM, gold_stars=1, stars=3, tone="praise")]
    write_export(content, "rex", comments, stars=30)
    return site_builder(content)


def test_a_pet_put_to_sleep_is_a_hard_day(tmp_path, site_builder):
    built = build(tmp_path, site_builder, REX)
    (warning,) = built.warnings()
    assert "rex.md: reads as a hard day" in warning and "euthanasier rex" in warning
    page = page_of(built, "rex")
    assert said_text(page.select_one(".gold-stars")) == "30 personnes ont dit « Je pense à vous »"
    assert "merci !" not in said_text(page.select_one(".gold-stars"))
    assert award(page, 1) == "une étoile d'or de l'auteur"
    assert "Quelle belle photo" not in page_at(built, "gold-stars/index.html").get_text()


def test_a_babys_jab_keeps_its_milestone(tmp_path, site_builder):
    built = build(tmp_path, site_builder, JAB)
    assert built.warnings() == []
    page = page_of(built, "rex")
    assert "25 étoiles des lecteurs : merci !" in said_text(page.select_one(".gold-stars"))
    assert award(page, 1) == "une grande étoile d'or de l'auteur"
    assert "Quelle belle photo" in page_at(built, "gold-stars/index.html").get_text()
