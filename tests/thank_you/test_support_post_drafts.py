"""Drafts on the author's hard-day post (a support post): kind words are thanked only where found.

Every comment on a support post is answered in the quiet voice, and one with comfort or praise
in it is thanked "for your kind words". A comment with neither had been thanked for them too:
"Not the place for this." got "Thank you for your kind words. It helps more than you know to
hear from people who care."
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of


def drafted(text: str, language: str = "en", number: int = 7):
    return draft_of(
        text,
        language,
        support=True,
        number=number,
        title="My father's last week",
        thread="last-week",
    )


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


@pytest.mark.parametrize(
    "text, language",
    [
        # a second reviewer's kind readers who quote or deny the scorn: each had got no draft
        (
            "Anyone who says you're milking your dad's death for attention doesn't know you. "
            "Sending love.",
            "en",
        ),
        (
            "I came here for the tech posts, not your personal life, but this is the best thing "
            "you've ever written. I'm so sorry.",
            "en",
        ),
        (
            "I subscribed for the Python content, not for your feelings... and yet here I am "
            "crying. Thank you.",
            "en",
        ),
        ('Ignore anyone who says this is "another sob story". It\'s your life.', "en"),
        ("Another sob story? No, it's your life, and we're grateful you shared it.", "en"),
        ("Who cares what the trolls say, this is beautiful.", "en"),
        ("Stop apologising! Nobody cares if the blog is quiet for a while.", "en"),
        ("Get over it? Never. Grief doesn't work like that. Sending love.", "en"),
        ("Un billet larmoyant peut-être, mais il m'a fait un bien fou. Merci.", "fr"),
        ("C'est mignon, mais c'est surtout très courageux de partager ça.", "fr"),
    ],
)
def test_a_reader_who_answers_the_scorn_gets_a_quiet_reply(text, language):
    draft = drafted(text, language)
    assert draft.tone != "hostile" and draft.text


@pytest.mark.parametrize(
    "text, language",
    [
        # each had been thanked "for your kind words" or "by people who care"
        ("Grief is not content. Delete this.", "en"),
        ("Poor you. Everyone else's dad died too, you're not special.", "en"),
        ("Great, another sad post.", "en"),
        ("Using your dad's death to get traffic. Wow.", "en"),
        ("Great job turning a funeral into content.", "en"),
        ("My condolences on your loss of dignity posting this.", "en"),
        ("You're milking this.", "en"),
        ("Boo hoo.", "en"),
        ("Death is part of life. Get a grip.", "en"),
        ("Thanks for ruining my morning with this.", "en"),
        ("Love how you make everything about yourself.", "en"),
        ("Le deuil, ce n'est pas du contenu. Supprime ça.", "fr"),
        ("Ce n'est pas l'endroit pour ça.", "fr"),
        ("Super, encore un billet déprimant.", "fr"),
        ("Bravo pour le pathos.", "fr"),
        ("Merci de nous gâcher la journée avec ça.", "fr"),
    ],
)
def test_more_scorn_for_a_hard_day_gets_no_draft(text, language):
    draft = drafted(text, language)
    assert draft.tone == "hostile" and draft.text == ""


def test_a_word_of_grief_is_a_topic_not_kindness_to_thank():
    draft = drafted("Layoffs happen to people who don't pull their weight.")
    assert not any(words in draft.text for words in KIND_WORDS)


@pytest.mark.parametrize(
    "text",
    [
        "Sending love. If you need free legal help with the estate, this charity was amazing "
        "for us: https://estatehelp.org.uk",
        "My friend runs a free resume review for laid-off folks, here: "
        "https://resumehelp.example.com. So sorry this happened.",
        "I have a blog about caregiving, please visit if you ever need ideas or just someone "
        "who gets it. Sending love.",
    ],
)
def test_help_offered_with_comfort_and_a_link_is_not_spam(text):
    assert drafted(text).tone == "grief"
