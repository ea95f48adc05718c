"""French readers at risk who say it sideways: a farewell (« Je ne serai plus là pour la prochaine
recette. Merci pour tout. »), a cat given away before leaving, « personne ne s'en rendrait compte
si je disparaissais », SMS spelling (« g plu envie de rien »), « je n'ai plus la force de
continuer, je crois », and « Mon mari m'a frappée hier soir ». They got a gold star and their
words quoted back (« Je note … dans mon carnet »). Beside them, readers who leave for a holiday,
give away a cake, lose at Scrabble or are too tired to knead stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

AT_RISK = [
    "Je ne serai plus là pour la prochaine recette. Merci pour tout.",
    "J'ai donné mon chat et mes affaires. Je voulais juste dire merci avant de partir.",
    "Je ne sais pas pourquoi je vous écris. Je ne dors plus, je ne mange plus, personne ne s'en "
    "rendrait compte si je disparaissais.",
    "slt jsp pk mais g plu envie de rien, mm plu de cuisiner",
    "Je comprends trop bien. Moi je n'ai plus la force de continuer, je crois.",
    "Franchement je pense à disparaître moi aussi, je suis fatiguée de tout.",
    "Mon mari m'a frappée hier soir, je ne sais pas à qui en parler.",
]

WARM_NEAR_MISSES = [
    "Je ne serai plus là pour la prochaine recette, je pars en vacances ! Merci pour tout.",
    "J'ai donné ta brioche à mes voisins avant de partir au ski, ils ont adoré !",
    "Personne ne s'en rendrait compte si je mangeais toute la tarte, non ? 😄",
    "g plu envie de rien d'autre que ta tarte mdr, merci !",
    "Je n'ai plus la force de continuer à pétrir, je crois que je vais acheter un robot 😄",
    "Mon mari m'a battue au Scrabble hier soir, du coup c'est lui qui fait la brioche 😄",
    "Je voulais vous dire merci avant de partir en vacances, à septembre !",
]


@pytest.mark.parametrize("text", AT_RISK)
@pytest.mark.parametrize("support", [False, True])
def test_a_reader_at_risk_in_french_is_neither_starred_nor_quoted(text, support):
    tone, draft = read_tone(text, support=support), draft_of(text, "fr", support=support)
    assert tone.guarded or tone.crisis or tone.label == "grief", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize("text", WARM_NEAR_MISSES)
def test_a_holiday_a_gift_or_a_full_stomach_stays_warm(text):
    assert_read_warm(text, "fr", thanked=True)
    assert not read_tone(text).guarded
