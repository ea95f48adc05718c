"""Beside the author's hard day, the related box offers no blog birthday, hundredth post or prize
in any language: "Dad" (`Support: true`) offered "Ten years of this blog!", « Ce blog a dix
ans ! » and „Zehn Jahre Blog!", as they share its tags and only parties and weddings were known.
Everyday titles that share the words ("Five years of Rust", "The price of eggs", "Ten blogs I
read") are still offered, and every other post still offers the milestones."""

import pytest

from tests.support.related import related_titles, write_january_post

BODIES = {
    "en": "our family, the dog, the long walks by the river and the garden gate",
    "fr": "notre famille, le chien, les longues promenades au bord de la rivière et le jardin",
    "es": "nuestra familia, el perro, los largos paseos junto al río y el jardín",
    "de": "unsere Familie, der Hund, die langen Spaziergänge am Fluss und der Garten",
    "it": "la nostra famiglia, il cane, le lunghe passeggiate lungo il fiume e il giardino",
    "pt": "a nossa família, o cão, os longos passeios junto ao rio e o jardim",
}
HARD_DAYS = {
    "en": "Dad",
    "fr": "Papa",
    "es": "Papá",
    "de": "Papa",
    "it": "Papà",
    "pt": "Pai",
}
MILESTONES = {
    "en": ["Ten years of this blog!", "My 100th post", "We won a prize!"],
    "fr": ["Ce blog a dix ans !", "Mon centième billet", "On a gagné le prix !"],
    "es": ["¡Diez años de blog!", "Entrada número 100", "¡Ganamos un premio!"],
    "de": ["Zehn Jahre Blog!", "Mein 100. Beitrag", "Wir haben den Preis gewonnen"],
    "it": ["Dieci anni di blog!", "Il centesimo post", "Abbiamo vinto il premio!"],
    "pt": ["Dez anos de blog!", "Publicação número 100", "Ganhámos o prémio!"],
}
# near misses: a number, a year, a price or a blog, and no milestone
STAYS = {
    "en": ["Five years of Rust", "The price of eggs", "Ten blogs I read"],
    "fr": ["Cinq ans de Rust", "Le prix des œufs", "Dix blogs que je lis"],
    "es": ["Cinco años de Rust", "El precio de los huevos", "Diez blogs que leo"],
    "de": ["Fünf Jahre Rust", "Der Preis der Eier", "Zehn Blogs, die ich lese"],
    "it": ["Cinque anni di Rust", "Il prezzo delle uova", "Dieci blog che leggo"],
    "pt": ["Cinco anos de Rust", "O preço dos ovos", "Dez blogs que leio"],
}


def write(content, slug: str, day: int, title: str, lang: str, tags="family", **meta) -> None:
    body = BODIES[lang] if tags == "family" else "pathlib, dataclasses, f-strings"
    write_january_post(content, slug, day, title, f"{body}. " * 3, tags, lang, **meta)


@pytest.fixture(scope="module", params=sorted(HARD_DAYS))
def built(request, tmp_path_factory):
    """One blog in each language: its hard day, three milestones, three near misses, a walk and
    three posts about code."""
    from tests.support.builds import build_site

    lang = request.param
    content = tmp_path_factory.mktemp(f"site-{lang}") / "content"
    content.mkdir()
    write(content, "hard-day", 1, HARD_DAYS[lang], lang, Support="true")
    for day, title in enumerate(MILESTONES[lang] + STAYS[lang], start=2):
        write(content, f"post-{day}", day, title, lang)
    write(content, "walks", 10, "Walks", lang)
    for day, code in enumerate(("python", "css", "rust"), start=20):
        write(content, code, day, code.title(), lang, tags="code")
    return lang, build_site(content, content.parent / "output", PROMOTE_RELATED_MAX=10)


def test_a_hard_day_offers_no_milestone_in_its_own_language(built):
    lang, result = built
    beside = related_titles(result, "hard-day")
    for milestone in MILESTONES[lang]:
        assert milestone not in beside, (lang, beside)
    for near_miss in STAYS[lang]:
        assert near_miss in beside, (lang, beside)
    assert "Walks" in beside


def test_every_other_post_still_offers_the_milestones(built):
    lang, result = built
    beside = related_titles(result, "walks")
    for milestone in MILESTONES[lang]:
        assert milestone in beside, (lang, beside)
