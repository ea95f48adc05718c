"""A farewell to someone who was not the reader's own is sadness shared with the author.

"Rest in peace, he was a legend." under a recipe of a chef who died was answered "Thank you for
trusting me with this. I'm so sorry for your loss." as if the reader had lost a parent; its
French, Spanish, German, Italian and Portuguese words (« Repose en paix, chef. ») were not read as
a death at all, and got a gold star and their farewell quoted back. A kind author answers with a
few quiet words of shared sadness: no condolences, no star, no quote, no cheer. A farewell to the
reader's own (« RIP Dad », "Riposa in pace, papà") still gets condolences; one to the author's
own ("Que descanse en paz tu abuelo.") is comfort, thanked as kind words.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

TITLE = "Bourdain's pancakes"
FAREWELLS = [
    ("en", "Rest in peace, he was a legend."),
    ("en", "Rest in peace, chef. You changed how I cook."),
    ("fr", "Repose en paix, chef. Une légende."),
    ("es", "Descansa en paz, maestro. Una leyenda."),
    ("de", "Ruhe in Frieden, er war eine Legende."),
    ("it", "Riposa in pace, maestro. Un grande."),
    ("pt", "Descanse em paz, mestre. Uma lenda."),
]
# Words a draft to a farewell never says: condolences, thanks for a confidence, the author's own
# hard time ("thank you for being with me through this").
CONDOLENCES = {
    "en": ("sorry for your loss", "trusting me", "with me through"),
    "fr": ("condoléances", "confié", "à mes côtés"),
    "es": ("siento", "confiármelo", "acompañarme"),
    "de": ("beileid", "anvertraust", "begleitest"),
    "it": ("dispiace", "confidato", "condoglianze"),
    "pt": ("sentimentos", "sinto", "confiança"),
}
# The sadness shared, in each language's draft.
SAD_NEWS = {
    "en": "sad news",
    "fr": "triste nouvelle",
    "es": "noticia",
    "de": "traurige nachricht",
    "it": "notizia",
    "pt": "notícia",
}
OWN_FAREWELLS = [
    ("en", "RIP Dad, he taught me this recipe."),
    ("en", "My father passed away last week. Rest in peace, Dad."),
    ("it", "Riposa in pace, papà. Mi manchi."),
    ("fr", "Repose en paix maman, tu me manques."),
]


@pytest.mark.parametrize(("language", "text"), FAREWELLS)
def test_a_farewell_to_a_public_figure_gets_shared_sadness(language, text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.loss
    for number in range(1, 9):
        draft = draft_of(text, language, number=number, title=TITLE)
        said = draft.text.casefold()
        assert draft.gold_stars == 0 and draft.quote == "" and "!" not in draft.text
        assert SAD_NEWS[language] in said, draft.text
        assert not any(words in said for words in CONDOLENCES[language]), draft.text


@pytest.mark.parametrize(("language", "text"), OWN_FAREWELLS)
def test_a_farewell_to_the_readers_own_still_gets_condolences(language, text):
    draft = draft_of(text, language, title=TITLE)
    assert draft.gold_stars == 0 and draft.quote == ""
    assert SAD_NEWS[language] not in draft.text.casefold(), draft.text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I rip the dough into pieces before the second rise, works great!"),
        ("it", "Ho riposato l'impasto in pace per tutta la notte, buonissimo!"),
        ("pt", "Descansei a massa em paz a noite toda, ficou perfeita!"),
    ],
)
def test_dough_resting_in_peace_stays_warm(language, text):
    assert_read_warm(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Rest in peace to your dad. He sounded like a wonderful man."),
        ("es", "Que descanse en paz tu abuelo. Se notaba en cada foto lo mucho que lo querías."),
    ],
)
def test_a_farewell_to_the_authors_own_is_thanked_as_comfort(language, text):
    for number in range(1, 9):
        draft = draft_of(text, language, number=number, title=TITLE)
        said = draft.text.casefold()
        assert draft.gold_stars == 0 and draft.quote == ""
        # condolences and thanks for a confidence, not "thank you for being with me" (comfort)
        assert not any(words in said for words in CONDOLENCES[language][:2]), draft.text
