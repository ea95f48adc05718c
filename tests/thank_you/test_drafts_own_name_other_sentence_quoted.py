"""A comment whose first sentence holds the commenter's own name ("Hi, it's Sam from the market!
Your bread is the talk of the town.") lost its quote this morning, and with it the gold star a
quote may bring: the quote is drawn from the sentences without the name. A sentence holding the
name is still never quoted back, and a comment that is one such sentence gets no quote."""

import pytest

from reply_drafts import CommentFacts, draft_reply
from reply_drafts.facts import Draft

OTHER_SENTENCE_QUOTED = [
    ("Sam", "en", "Hi, it's Sam from the market! Your bread is the talk of the town."),
    ("Agnès", "fr", "Je suis Agnès, votre voisine. Ce pain au seigle est une pure merveille !"),
    ("Jürgen", "de", "Ich bin Jürgen. Dieses Roggenbrot ist ein echtes Wunder!"),
    ("Lucía", "es", "¡Soy Lucía, de Sevilla! Este pan de centeno es una maravilla."),
]

ONLY_THE_NAME = [
    ("Zoë", "en", "Zoë here, and this rye loaf is a wonder."),
    ("Agnès", "fr", "Je suis Agnès, et j'adore ce pain au seigle."),
]


def draft(name: str, text: str, language: str, number: int) -> Draft:
    facts = CommentFacts(
        author=name,
        post_title="My week of sourdough",
        text=text,
        comment_id=number,
        thread="own-name",
        commenter="",
        commenter_comments=1 + number % 4,
        language=language,
    )
    return draft_reply(facts)


@pytest.mark.parametrize(("name", "language", "text"), OTHER_SENTENCE_QUOTED)
def test_a_sentence_without_the_reader_s_name_is_quoted(name, language, text):
    quotes = {draft(name, text, language, number).quote for number in range(1, 9)}
    assert quotes - {""}, quotes
    assert not any(name in quote for quote in quotes)


@pytest.mark.parametrize(("name", "language", "text"), ONLY_THE_NAME)
def test_a_comment_of_one_sentence_with_the_name_is_not_quoted(name, language, text):
    assert {draft(name, text, language, number).quote for number in range(1, 9)} == {""}
