"""A post title that quotes something is set inside the draft's quote marks with the marks of a
quote inside a quote: « Le “vrai” pain », “My ‘best’ loaf”, „Mein ‚Brot‘“."""

import pytest

from reply_drafts import CommentFacts, draft_reply
from tests.support.drafts import assert_read_warm

COMMENT = "Lovely post, thank you!"
TITLE = '« Le pain » de "Mamie"'
# the title as each language sets it between its own marks
SET = {
    "en": "“‘Le pain’ de ‘Mamie’”",
    "fr": "«\u00a0“Le pain” de “Mamie”\u00a0»",
    "es": "“‘Le pain’ de ‘Mamie’”",
    "de": "„‚Le pain‘ de ‚Mamie‘“",
    "it": "«“Le pain” de “Mamie”»",
    "pt": "“‘Le pain’ de ‘Mamie’”",
}


def drafts(title: str, language: str) -> list[str]:
    return [
        draft_reply(
            CommentFacts(
                author="Agnès",
                post_title=title,
                text=COMMENT,
                comment_id=number,
                thread="titles",
                commenter="",
                commenter_comments=1,
                language=language,
            )
        ).text
        for number in range(1, 16)
    ]


@pytest.mark.parametrize("language", sorted(SET))
def test_a_quote_in_a_title_is_a_quote_inside_a_quote(language):
    with_title = [text for text in drafts(TITLE, language) if "Mamie" in text]
    assert with_title
    for text in with_title:
        assert SET[language] in text, text
        assert "« «" not in text and "«\u00a0«" not in text and '"' not in text


@pytest.mark.parametrize("language", sorted(SET))
def test_a_title_with_no_quote_is_set_as_typed(language):
    with_title = [text for text in drafts("Le pain de Mamie", language) if "Mamie" in text]
    assert with_title and all("Le pain de Mamie" in text for text in with_title)


def test_the_comment_stays_warm():
    assert_read_warm(COMMENT, "en")
