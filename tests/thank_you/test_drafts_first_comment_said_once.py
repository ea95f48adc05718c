"""A first-time commenter is welcomed once, not four times over („Dein erster Goldstern für
deinen ersten Kommentar! Danke für deinen allerersten Kommentar hier! Ich hoffe, das war der
erste von vielen Kommentaren!", "Che bel primo commento… Grazie per il tuo primo commento qui!"):
"first" at most once and "comment" at most three times in a draft, in every language; the
welcome itself, the star and the quote stay."""

import re

import pytest

from tests.support.drafts import draft_of

# (the word "comment", the word "first", a warm first comment)
WORDS = {
    "en": (r"\bcomments?\b", r"\bfirst\b", "The bread looks amazing. My kids love it!"),
    "de": (
        r"kommentar\w*",
        r"\b(?:aller)?erste\w*",
        "Das Brot sieht fantastisch aus. Meine Kinder lieben es!",
    ),
    "fr": (
        r"commentaires?",
        r"\bpremi[eè]re?s?\b",
        "Le pain a l'air magnifique. Mes enfants l'adorent !",
    ),
    "es": (
        r"comentarios?",
        r"\bprimer[oa]?s?\b",
        "El pan tiene una pinta increíble. ¡A mis hijos les encanta!",
    ),
    "it": (
        r"comment[oi]",
        r"\bprim[oa]\b",
        "Il pane ha un aspetto meraviglioso. I miei figli lo adorano!",
    ),
    "pt": (
        r"comentários?",
        r"\bprimeir[oa]s?\b",
        "O pão está com uma cara incrível. Os meus filhos adoram!",
    ),
}


def _first_drafts(language: str):
    text = WORDS[language][2]
    return [draft_of(text, language, number=number) for number in range(1, 70)]


def _said(draft, pattern: str) -> int:
    body = draft.text.replace(draft.quote, " ") if draft.quote else draft.text
    return len(re.findall(pattern, body.casefold()))


@pytest.mark.parametrize("language", sorted(WORDS))
def test_a_first_comment_is_called_first_once_at_most(language: str) -> None:
    comment, first, _ = WORDS[language]
    drafts = _first_drafts(language)
    assert max(_said(draft, first) for draft in drafts) <= 1
    assert max(_said(draft, comment) for draft in drafts) <= 3


@pytest.mark.parametrize("language", sorted(WORDS))
def test_a_first_comment_is_still_welcomed_starred_and_quoted(language: str) -> None:
    # the near miss: fewer words, the same warmth
    first = WORDS[language][1]
    drafts = _first_drafts(language)
    assert any(_said(draft, first) == 1 for draft in drafts)
    assert sum(draft.gold_stars > 0 for draft in drafts) >= len(drafts) // 3
    assert sum(draft.quote != "" for draft in drafts) >= len(drafts) // 2
