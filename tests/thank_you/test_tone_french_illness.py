"""A French reader who tells of a tumour, a biopsy, a child in intensive care, ashes scattered or
a pet they said goodbye to gets a quiet draft (no gold star, their words not kept "in my
notebook"), as the English reader does; everyday French with the same words stays warm."""

import pytest

from reply_drafts.compose import draft_reply
from reply_drafts.facts import CommentFacts


def draft_of(text: str):
    """Return the French draft to a first comment that says *text*."""
    facts = CommentFacts(
        author="Claire",
        post_title="Mon jardin",
        text=text,
        comment_id=1,
        thread="jardin",
        commenter="",
        commenter_comments=1,
        language="fr",
    )
    return draft_reply(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Le scanner a montré une tumeur. Votre jardin me fait du bien.",
        "La biopsie est revenue. Je lis votre blog pour penser à autre chose.",
        "Mon fils est en réanimation depuis samedi. Vos photos m'apaisent.",
        "Nous avons dispersé les cendres de papa dans un jardin comme le vôtre.",
        "Nous avons dit adieu à notre chat Milo aujourd'hui. Il adorait les tomates.",
    ],
)
def test_a_french_illness_or_loss_gets_a_quiet_draft(text):
    draft = draft_of(text)
    assert draft.gold_stars == 0
    assert draft.quote == ""
    assert draft.advice.startswith("A quiet reply for a hard time")


@pytest.mark.parametrize(
    "text",
    [
        "J'ai fait une biopsie, rien de grave, tout va bien ! Superbes tomates.",
        "Mon téléphone est en réanimation dans un bol de riz mdr, mais j'ai lu ton billet !",
        "On a dispersé les cendres du barbecue dans le compost, comme tu le conseilles.",
        "Je dois dire adieu à mon chat pour le week-end, il va chez ma mère. Super billet !",
    ],
)
def test_everyday_french_with_the_same_words_stays_warm(text):
    draft = draft_of(text)
    assert not draft.advice.startswith("A quiet reply for a hard time")
