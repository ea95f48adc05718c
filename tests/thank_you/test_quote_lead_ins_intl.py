"""A question's lead-in is not quoted back in any language: « Une question : quelle farine
utilisez-vous ? » is quoted as « Quelle farine utilisez-vous ? », as "Quick question: …" is."""

import pytest

from reply_drafts.quote import read_comment
from tests.support.drafts import assert_read_warm, draft_of

ASKED = [
    (
        "fr",
        "Magnifique billet, merci. Une question : quelle farine utilisez-vous ?",
        "Quelle farine utilisez-vous ?",
    ),
    ("fr", "Petite question : combien de temps au four ?", "Combien de temps au four ?"),
    (
        "es",
        "Gran entrada. Una pregunta: ¿cuánto tiempo reposa la masa?",
        "¿Cuánto tiempo reposa la masa?",
    ),
    ("de", "Toller Beitrag! Kurze Frage: welches Mehl nimmst du?", "Welches Mehl nimmst du?"),
    ("it", "Bel post. Una domanda: che farina usi?", "Che farina usi?"),
    ("pt", "Adorei. Uma dúvida: qual farinha usa?", "Qual farinha usa?"),
    ("en", "Quick question: what hydration do you use?", "What hydration do you use?"),
]
# near misses: "question" that opens the reader's own words stays in the quote
KEPT = [
    (
        "fr",
        "La question : est-elle vraiment utile, cette étape ? Je ne crois pas.",
        "La question : est-elle vraiment utile, cette étape ?",
    ),
    (
        "en",
        "Question everything, even the recipe: my loaf rose best with less yeast!",
        "Question everything, even the recipe",
    ),
]


@pytest.mark.parametrize(("language", "text", "quote"), ASKED)
def test_the_lead_in_is_left_out_of_the_quote(language, text, quote):
    assert read_comment(text).quote == quote
    draft = draft_of(text, language)
    assert draft.quote in ("", quote)


@pytest.mark.parametrize(("language", "text", "quote"), KEPT)
def test_words_that_only_start_like_a_lead_in_are_kept(language, text, quote):
    assert read_comment(text).quote.startswith(quote)


@pytest.mark.parametrize(("language", "text", "quote"), ASKED)
def test_the_questions_stay_warm(language, text, quote):
    assert_read_warm(text, language)
