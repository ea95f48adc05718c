"""What a wide review of the kindness widgets found the drafts doing wrong, and the near misses
that share their words and must keep their reading.

A jab dressed as a question had "great question" and a gold star; a link dropped with a come-on
had a gold star; a quote was cut off where its link was removed.
"""

import pytest

from reply_drafts.quote import pick_quote
from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of

JABS = [
    ("Is this a joke?", "en"),
    ("Ever heard of proofreading?", "en"),
    ("Vous avez déjà entendu parler de relecture ?", "fr"),
    ("Qui lit encore ce genre de truc ?", "fr"),
    ("C'est une blague ?", "fr"),
    ("Avez-vous seulement testé la recette avant de la publier ?", "fr"),
    ("Sérieux, c'est ça votre tuto ?", "fr"),
]


@pytest.mark.parametrize(("text", "language"), JABS)
def test_a_jab_dressed_as_a_question_gets_no_great_question_and_no_star(text, language):
    draft = draft_of(text, language)
    assert read_tone(text).label == "hostile"
    assert draft.gold_stars == 0 and draft.quote == ""
    for praise in ("great question", "good question", "excellente question", "wondered the same"):
        assert praise not in draft.text.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "Is this a joke? Because I laughed out loud.",
        "Ever heard of tarte Tatin? Same trick, upside down!",
        "Qui lit encore le journal le matin ? Moi, avec votre blog 😄",
        "C'est une blague, ce tuto ? Trop facile, génial !",
        "Vous avez déjà entendu parler de la pâte feuilletée inversée ? Même principe !",
    ],
)
def test_questions_and_laughs_with_the_same_words_keep_their_reading(text):
    assert read_tone(text).label == "question"


LINK_DROPS = [
    ("Visit for more information: www.roofing-pros-dallas.com", "en"),
    ("Need a reliable roofer in Dallas? Free quotes, call (214) 555-0199 today!", "en"),
    ("Sympa ton blog, passe voir le mien : www.mon-blog-deco.fr", "fr"),
]


@pytest.mark.parametrize(("text", "language"), LINK_DROPS)
def test_a_link_dropped_with_a_come_on_is_spam_with_no_draft(text, language):
    draft = draft_of(text, language)
    assert read_tone(text).label == "spam"
    assert draft.text == "" and draft.gold_stars == 0


@pytest.mark.parametrize(
    "text",
    [
        "Visit the Louvre if you can, it's free on the first Friday.",
        "For more information see the Python docs: https://docs.python.org/3/library/asyncio.html",
        "I got three free quotes for my kitchen and your post helped me choose, thank you!",
        "Sympa ton blog, je repasserai !",
        "Passe voir le marché de Noël de Colmar si tu peux, c'est magique.",
    ],
)
def test_tips_and_thanks_with_the_same_words_are_not_spam(text):
    assert read_tone(text).label != "spam"


@pytest.mark.parametrize(
    "text",
    [
        "I found a better recipe at https://recipes-hub.example/banana-bread",
        "I found a better way: use a cold oven start, see https://example.org/cold-oven",
        "J'ai trouvé une meilleure version sur https://exemple.fr/pain, à tester.",
    ],
)
def test_a_sentence_that_lost_its_link_is_not_quoted(text):
    assert pick_quote(text) == ""
    assert draft_of(text).quote == ""


def test_the_other_sentences_of_a_comment_with_a_link_are_still_quoted():
    text = "Loved the crumb on this one. I found a better recipe at https://recipes-hub.example/x"
    assert pick_quote(text) == "Loved the crumb on this one"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "For more information see the Python docs: https://docs.python.org/3/library/",
            "For more information see the Python docs",
        ),
        ("Made it with rye, see the photo below.", "Made it with rye, see the photo below"),
        ("Made it with rye and a cold oven start, it worked.", "Made it with rye and a cold oven"),
    ],
)
def test_a_sentence_whose_link_came_after_a_colon_or_that_had_none_is_quoted(text, quote):
    assert pick_quote(text).startswith(quote)
