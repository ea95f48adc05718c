"""A reader who asks how long to proof the dough is told their question is a good one, and given a
star for it, but the draft does not say "question" three times over ("Thank you for the thoughtful
question. “…” is a great question… A gold star for the best question of the week."): the word
once, or twice at most, in every language."""

import re

import pytest

from tests.support.drafts import draft_of

# The word for "question" (and, in Spanish, "preguntas" as the verb: "Preguntas “…”: una pregunta
# tan buena…" said it twice in one sentence).
QUESTION_WORD = {
    "en": r"\bquestions?\b",
    "fr": r"\bquestions?\b",
    "de": r"\bfragen?\b",
    "es": r"\bpreguntas?\b",
    "it": r"\bdomand[ae]\b",
    "pt": r"\bperguntas?\b",
}

ASKED = {
    "en": ["How long should I proof the dough?", "Great recipe! How long should I proof it?"],
    "fr": [
        "Combien de temps faut-il laisser lever la pâte ?",
        "Super recette ! Combien de temps faut-il laisser lever la pâte ?",
    ],
    "de": ["Wie lange muss der Teig gehen?", "Tolles Rezept! Wie lange muss der Teig gehen?"],
    "es": [
        "¿Cuánto tiempo tiene que levar la masa?",
        "¡Receta genial! ¿Cuánto tiempo tiene que levar la masa?",
    ],
    "it": [
        "Quanto tempo deve lievitare l'impasto?",
        "Ricetta fantastica! Quanto tempo deve lievitare l'impasto?",
    ],
    "pt": [
        "Quanto tempo a massa precisa crescer?",
        "Receita ótima! Quanto tempo a massa precisa crescer?",
    ],
}


def _drafts(language: str):
    for text in ASKED[language]:
        for number in range(1, 40):
            for comments in (1, 6):
                yield draft_of(text, language, number=number, commenter_comments=comments)


def _times_named(draft, language: str) -> int:
    said = draft.text.replace(draft.quote, " ") if draft.quote else draft.text
    return len(re.findall(QUESTION_WORD[language], said.casefold()))


@pytest.mark.parametrize("language", sorted(ASKED))
def test_a_question_draft_names_the_question_twice_at_most(language: str) -> None:
    counts = [_times_named(draft, language) for draft in _drafts(language)]
    assert max(counts) <= 2, counts


@pytest.mark.parametrize("language", sorted(ASKED))
def test_a_question_draft_still_answers_to_a_question(language: str) -> None:
    # the near miss: the word is said less, not dropped; most drafts still name the question
    # and none stops being a reply to one (no star lost, the question still quoted)
    drafts = list(_drafts(language))
    named = [draft for draft in drafts if _times_named(draft, language) >= 1]
    assert len(named) >= len(drafts) // 2
    assert all(draft.gold_stars == 0 or "?" in draft.quote for draft in drafts)
    assert any(draft.quote.endswith("?") for draft in drafts)


@pytest.mark.parametrize(
    ("language", "repeated"),
    [
        ("en", "thanks for asking. you asked"),
        ("de", "danke, dass du fragst. du fragst"),
        ("es", "gracias por preguntar. preguntas"),
        ("it", "grazie per avermelo chiesto. mi chiedi"),
    ],
)
def test_thanks_for_asking_is_not_followed_by_you_asked(language: str, repeated: str) -> None:
    for draft in _drafts(language):
        assert repeated not in draft.text.casefold(), draft.text
