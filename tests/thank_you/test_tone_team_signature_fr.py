"""A team's sign-off under a message of its own is a reader's letter, not a firm's line of spam:
« Merci pour cet article sur le levain, il nous a beaucoup aidés à la boulangerie. Cordialement,
l'équipe Dupont » got no draft at all. A firm's line beside praise that fits any post, or an
offer, is still spam."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of

SIGNED_MESSAGES = [
    "Merci pour cet article sur le levain, il nous a beaucoup aidés à la boulangerie. "
    "Cordialement, l'équipe Dupont",
    "Nous avons adoré votre recette de brioche, toute la boutique en parle depuis lundi. "
    "Bien à vous, l'équipe de la Fromagerie Vidal",
    "Votre pain de seigle a fait un tabac à notre repas de quartier samedi. Salutations, "
    "l'équipe du Café des Arts",
]

FIRMS_LINES = [
    "Super article, très utile ! Cordialement, l'équipe de RénovExpert",
    "Très bon article. Bien à vous, l'équipe de PlombExpress",
    "Bonjour, découvrez nos offres exclusives sur www.promo-cuisine.fr, -50% aujourd'hui "
    "seulement ! Cordialement, l'équipe commerciale",
]


@pytest.mark.parametrize("text", SIGNED_MESSAGES)
def test_a_message_signed_by_a_team_gets_a_warm_draft(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.label in ("praise", "neutral"), (tone.label, tone.cues)
    assert draft.text and not draft.advice.startswith("This reads as spam")


@pytest.mark.parametrize("text", FIRMS_LINES)
def test_a_firms_line_beside_stock_praise_or_an_offer_is_still_spam(text):
    assert read_tone(text).label == "spam"
    assert draft_of(text, "fr").text == ""
