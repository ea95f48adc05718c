"""Beside the author's hard day, the related box offers no party in Spanish, German, Italian or
Portuguese either: "Adiós, Toby" offered "¡Fiesta de cumpleaños de Lucas!" and „Wir feiern zehn
Jahre Blog!", because both are tagged "familia" or "Familie" and the party words were English and
French only. The everyday posts that share a word's start ("Festival de cine", „Feierabendkuchen",
"Celebrity chef's pasta") are still offered, and every other post still offers the parties."""

import pytest

from tests.support.related import related_titles, write_january_post

BODY = "our family, the dog, the long walks by the river and the garden gate"
HARD_DAYS = {
    "es": ("adios-toby", "Adiós, Toby"),
    "de": ("abschied", "Abschied von Bello"),
    "it": ("addio", "Addio, Fido"),
    "pt": ("adeus", "Adeus, Rex"),
}
PARTIES = {
    "es": [("fiesta", "¡Fiesta de cumpleaños de Lucas!"), ("diez", "¡Celebramos diez años!")],
    "de": [("feiern", "Wir feiern zehn Jahre Blog!"), ("jubilaeum", "Unser Jubiläum im Garten")],
    "it": [("festa", "Festa di compleanno per Luca"), ("festeggiamo", "Festeggiamo dieci anni!")],
    "pt": [("festa-pt", "Festa de aniversário do Pedro"), ("comemoramos", "Comemoramos dez anos!")],
}
# near misses: no party, only a party word's first letters
STAYS = {
    "es": ("cine", "Festival de cine con la familia"),
    "de": ("feierabend", "Feierabendkuchen mit dem Hund"),
    "it": ("manifesto", "Il manifesto della famiglia lenta"),
    "pt": ("celebridade", "A receita da celebridade favorita da família"),
}


def write(content, slug: str, day: int, title: str, lang: str, tags="family", **meta) -> None:
    body = BODY if tags == "family" else "pathlib, dataclasses and f-strings, every day"
    write_january_post(content, slug, day, title, f"More about {body}. " * 3, tags, lang, **meta)


@pytest.fixture(scope="module", params=sorted(HARD_DAYS))
def built(request, tmp_path_factory):
    """One blog in each language: its hard day, two parties, a near miss and a walk."""
    from tests.support.builds import build_site

    lang = request.param
    content = tmp_path_factory.mktemp(f"site-{lang}") / "content"
    content.mkdir()
    slug, title = HARD_DAYS[lang]
    write(content, slug, 1, title, lang, Support="true")
    for day, (party_slug, party) in enumerate(PARTIES[lang], start=2):
        write(content, party_slug, day, party, lang)
    write(content, STAYS[lang][0], 5, STAYS[lang][1], lang)
    write(content, "walks", 6, "Walks", lang)
    for day, code in enumerate(("python", "css", "rust"), start=20):
        write(content, code, day, code.title(), lang, tags="code")
    return lang, build_site(content, content.parent / "output", PROMOTE_RELATED_MAX=10)


def test_a_hard_day_offers_no_party_in_its_own_language(built):
    lang, result = built
    beside = related_titles(result, HARD_DAYS[lang][0])
    for _, party in PARTIES[lang]:
        assert party not in beside, (lang, beside)
    # near misses: a film festival, an after-work cake, a manifesto, a celebrity's recipe stay
    assert STAYS[lang][1] in beside, (lang, beside)
    assert "Walks" in beside


def test_every_other_post_still_offers_the_parties(built):
    lang, result = built
    beside = related_titles(result, "walks")
    for _, party in PARTIES[lang]:
        assert party in beside, (lang, beside)
