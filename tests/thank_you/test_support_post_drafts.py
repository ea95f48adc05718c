"""Drafts on the author's hard-day post (a support post): kind words are thanked only where found.

Every comment on a support post is answered in the quiet voice, and one with comfort or praise
in it is thanked "for your kind words". A comment with neither had been thanked for them too:
"Not the place for this." got "Thank you for your kind words. It helps more than you know to
hear from people who care."
"""

import pytest

from reply_drafts import CommentFacts, draft_reply
from reply_drafts.tone import read_tone


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


@pytest.mark.parametrize(
    "text, language",
    [
        # each had been thanked on the author's hard day ("Thank you for your kind words.")
        ("I come here for the tech content, not your personal life.", "en"),
        ("Another sob story. Unsubscribing.", "en"),
        ("Not the place for this.", "en"),
        ("Nobody wants to read this depressing stuff.", "en"),
        ("Encore un billet larmoyant, on vient ici pour la technique.", "fr"),
    ],
)
def test_scorn_for_a_hard_day_gets_no_draft_and_the_advice_to_leave_it(text, language):
    draft = drafted(text, language)
    assert draft.tone == "hostile" and draft.text == ""
    assert "hard-day post" in draft.advice and "Reject" in draft.advice


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, this is not the place for this question, but how do I install the theme?",
        "On vient ici pour la technique mais ce billet m'a touché. Courage.",
        "I come here for the tech content, and this post reminded me why I stay.",
    ],
)
def test_words_near_the_scorn_cues_are_not_scorn(text):
    assert drafted(text).tone != "hostile"


def test_a_reader_who_feels_empty_is_heard_as_living_a_hard_time():
    # it had been thanked with gratitude ("Votre message compte plus que je ne saurais le dire")
    read = read_tone("Moi aussi je n'ai plus envie de rien depuis des mois, je me sens vide.")
    assert read.label == "grief" and read.shared


def test_an_advertisement_on_a_hard_day_post_is_spam_as_anywhere_else():
    # on the support post it had been comfort: "I see you, and I'm glad you wrote."
    text = (
        "Hey! I made a free tool that does exactly this, would love your feedback: "
        "https://github.com/pia/rebase-helper"
    )
    draft = drafted(text)
    assert draft.tone == "spam" and draft.text == ""


def test_comfort_with_a_link_to_the_reader_s_own_story_is_not_spam():
    text = "Thinking of you. I wrote about losing my dad here, if it helps: https://ann.example/dad"
    assert drafted(text).tone == "grief"
