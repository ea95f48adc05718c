"""A bake that let the reader down ("My loaf came out flat and dense, so disappointed") is answered
kindly: one line sorry that it went wrong, with an offer to help work out why, varied from reader
to reader, in English, French, Spanish, German, Italian and Portuguese; no gold star, no quote, no
exclamation of joy. A bake that rose is still thanked with cheer, and a letdown told with scorn,
grief or a reader at risk keeps the reply it needs."""

import re

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

# The words each language's sorry line opens its condolence for the bake with.
SORRY = {
    "en": ("sorry", "shame"),
    "fr": ("regrette", "dommage"),
    "es": ("siento", "qué pena"),
    "de": ("tut mir leid", "schade"),
    "it": ("mi dispiace", "che peccato"),
    "pt_BR": ("sinto muito", "que pena"),
}

LETDOWNS = [
    ("en", "My loaf came out flat and dense, so disappointed"),
    ("en", "The dough never rose, I'm really disappointed."),
    ("en", "Love your blog, but my sourdough was a total brick, gutted."),
    ("fr", "Mon pain est resté tout plat, quelle déception"),
    ("fr", "Ma brioche n'a pas levé, je suis dégoûtée."),
    ("es", "Se me quemó el pan, qué decepción"),
    ("es", "El bizcocho salió plano y apelmazado, estoy decepcionada."),
    ("de", "Mein Brot ist total zusammengefallen"),
    ("de", "Der Kuchen war innen klitschig, ich bin echt enttäuscht."),
    ("it", "Il pane è venuto piatto, che delusione"),
    ("it", "La torta si è sgonfiata appena uscita dal forno, sono delusa."),
    ("pt_BR", "Meu pão ficou solado, que decepção"),
    ("pt_BR", "A massa não cresceu, que decepção."),
]

# Words a letdown shares, in a comment that is warm: still thanked with cheer, never "I'm sorry".
WARM = [
    ("en", "Your recipes never disappoint, my family devoured this loaf in one sitting!"),
    ("en", "My loaf came out perfect, not flat at all this time!"),
    ("en", "I was devastated when my loaf collapsed, but version two is perfect!"),
    ("fr", "Pas déçue du tout, mon pain est sorti magnifique !"),
    ("es", "El primer bizcocho salió plano, pero el segundo quedó perfecto, ¡gracias!"),
    ("de", "Mein Mann war enttäuscht, dass nichts übrig blieb – so lecker!"),
    ("it", "Nessuna delusione, la focaccia è venuta alta e sofficissima!"),
    ("pt_BR", "Sem decepção nenhuma, meu pão ficou lindo e fofinho!"),
]


def _letdown_lines(phrases: tuple) -> list:
    return [key for key in phrases if key.startswith("middle.letdown-")]


@pytest.mark.parametrize(("language", "text"), LETDOWNS)
def test_a_failed_bake_gets_a_sorry_line_and_an_offer_to_help(language, text):
    draft = draft_of(text, language)
    assert _letdown_lines(draft.phrases), draft.text
    assert any(words in draft.text.casefold() for words in SORRY[language]), draft.text
    assert draft.gold_stars == 0 and draft.quote == "" and "!" not in draft.text, draft.text


@pytest.mark.parametrize("language", sorted(SORRY))
def test_the_sorry_line_varies_from_reader_to_reader(language):
    text = next(text for lang, text in LETDOWNS if lang == language)
    lines = {
        line
        for number in range(1, 13)
        for line in _letdown_lines(draft_of(text, language, number=number).phrases)
    }
    assert len(lines) >= 2, lines


def test_a_regular_reader_gets_no_star_for_a_failed_bake():
    draft = draft_of("My loaf came out flat and dense, so disappointed", commenter_comments=9)
    assert draft.gold_stars == 0 and _letdown_lines(draft.phrases), draft.text


@pytest.mark.parametrize(("language", "text"), WARM)
def test_a_bake_that_rose_is_still_thanked_with_cheer(language, text):
    assert_read_warm(text, language, thanked=True)
    assert not _letdown_lines(draft_of(text, language).phrases)


def test_a_failed_bake_with_a_correction_still_gets_its_star_line():
    text = "Typo: the recipe says 250 g of salt, it should read 25 g. My loaf came out inedible."
    draft = draft_of(text)
    assert read_tone(text).correction and not _letdown_lines(draft.phrases), draft.text


@pytest.mark.parametrize(
    ("language", "text", "label"),
    [
        ("en", "My loaf came out flat, your recipe is garbage and so are you.", "hostile"),
        ("en", "My bread came out flat again, the same week my dad died.", "grief"),
        ("fr", "Mon pain est resté tout plat, ta recette est nulle, tu es une idiote.", "hostile"),
    ],
)
def test_a_failed_bake_told_with_scorn_or_grief_stays_hard(language, text, label):
    assert_read_hard(text, language, label)
    assert not _letdown_lines(draft_of(text, language).phrases)


def test_a_reader_at_risk_after_a_failed_bake_still_gets_the_helpline():
    draft = draft_of("My loaf came out flat again. I don't want to be alive anymore.")
    assert draft.crisis and not _letdown_lines(draft.phrases), draft.text


# Words only a baker would understand: the offer of help fits a blog about code as well.
BAKING_WORDS = re.compile(
    r"flour|dough|oven|farine|pâte|four\b|harina|masa|horno|mehl|teig|ofen|farina|impasto|forno"
    r"|farinha|massa",
    re.IGNORECASE,
)


@pytest.mark.parametrize("language", sorted(SORRY))
def test_the_offer_of_help_speaks_of_no_flour_on_a_blog_about_code(language):
    text = next(text for lang, text in LETDOWNS if lang == language)
    for number in range(1, 31):
        draft = draft_of(text, language, number=number, title="Deploying Flask with Docker")
        assert _letdown_lines(draft.phrases), draft.text
        assert not BAKING_WORDS.search(draft.text), draft.text


def test_a_script_that_was_quite_a_letdown_is_not_cheered():
    draft = draft_of("The script failed on my machine, quite a letdown.", "en")
    assert _letdown_lines(draft.phrases), draft.text
    assert draft.gold_stars == 0 and draft.quote == "", draft.text
