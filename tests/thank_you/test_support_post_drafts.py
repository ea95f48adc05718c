"""Drafts on the author's hard-day post (a support post): kind words are thanked only where found.

Every comment on a support post is answered in the quiet voice, and one with comfort or praise
in it is thanked "for your kind words". A comment with neither had been thanked for them too:
"Not the place for this." got "Thank you for your kind words. It helps more than you know to
hear from people who care."
"""

import pytest

from reply_drafts import CommentFacts, draft_reply


def drafted(text: str, language: str = "en", number: int = 7):
    facts = CommentFacts(
        author="Sam",
        post_title="My father's last week",
        text=text,
        comment_id=number,
        thread="last-week",
        commenter="",
        commenter_comments=1,
        language=language,
        support=True,
    )
    return draft_reply(facts)


KIND_WORDS = ("kind words", "people who care", "mots bienveillants", "personnes bienveillantes")


@pytest.mark.parametrize("number", range(12))
@pytest.mark.parametrize(
    "text, language",
    [
        ("Can we get back to the Python posts please?", "en"),
        ("I don't know what to say.", "en"),
        ("Je ne sais pas quoi dire.", "fr"),
    ],
)
def test_words_with_no_warmth_found_are_not_thanked_as_kind(text, language, number):
    draft = drafted(text, language, number)
    assert draft.text and not any(words in draft.text for words in KIND_WORDS)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Thinking of you and your family.", "en"),
        ("This is beautifully written. Sending love.", "en"),
        ("Je pense fort à toi. Prends soin de toi.", "fr"),
    ],
)
def test_comfort_is_still_thanked_as_kind(text, language):
    drafts = [drafted(text, language, number).text for number in range(12)]
    assert any(words in draft for draft in drafts for words in KIND_WORDS)
