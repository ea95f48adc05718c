"""A sign-off, a closing formula and the reader's name ("Un abbraccio, Rita.", "Big hugs, Rita",
« Bises, Rita »), is the reader's goodbye: never quoted back as their words, nor the last clause
of a sentence that is quoted ("Il pane era buonissimo, un abbraccio, Rita."). A sentence that
tells of a hug, or ends on "love it", is the reader's own and may still be quoted."""

import pytest

from tests.support.drafts import draft_of

SIGN_OFFS = [
    ("it", "Un abbraccio, Rita."),
    ("en", "Big hugs, Rita"),
    ("fr", "Bises, Rita"),
    ("es", "Un abrazo, Rita"),
    ("de", "Liebe Grüße, Rita"),
    ("pt_BR", "Beijos, Rita"),
    ("en", "Big hugs to you and the kids, Rita xx"),
    ("pt_BR", "Um abraço apertado, Rita"),
]


@pytest.mark.parametrize(("language", "text"), SIGN_OFFS)
def test_a_sign_off_is_never_quoted(language, text):
    draft = draft_of(text, language)
    assert draft.quote == ""
    assert "Rita" not in draft.text


@pytest.mark.parametrize(
    ("language", "text", "quote"),
    [
        ("it", "Il pane era buonissimo, un abbraccio, Rita.", "Il pane era buonissimo"),
        (
            "en",
            "My kids ate the whole loaf - cheers, Rita from Leeds",
            "My kids ate the whole loaf",
        ),
    ],
)
def test_a_sign_off_closing_a_sentence_is_left_out_of_its_quote(language, text, quote):
    assert draft_of(text, language).quote == quote


@pytest.mark.parametrize(
    "text",
    [
        "Gave my grandma a hug and a slice, she loved it",
        "The crumb was open and glossy, love it",
    ],
)
def test_a_sentence_that_tells_of_a_hug_may_still_be_quoted(text):
    assert draft_of(text).quote == text
