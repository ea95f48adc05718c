"""A mild critique after "Not to be rude but" was read hostile by the model alone (the word "rude"),
and its French, Spanish, German, Italian and Portuguese kin were starred and quoted back: it is a
critique (no star, no quote, a plain thanks for the feedback, not the answer to a hostile comment).
A jab with a word of scorn after the disclaimer stays hostile; a disclaimer to someone else, or
before warm praise, stays warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, assert_read_warm, draft_of

NOT_TO_BE_RUDE = [
    ("en", "Not to be rude but the photos are blurry."),
    ("en", "I don't want to be rude, but the photos are blurry."),
    ("fr", "Sans vouloir être impoli, les photos sont floues."),
    ("es", "No quiero ser grosera, pero las fotos están borrosas."),
    ("de", "Ich will nicht unhöflich sein, aber die Fotos sind unscharf."),
    ("it", "Non voglio essere scortese, ma le foto sono sfocate."),
    ("pt_BR", "Não quero ser grosseira, mas as fotos estão desfocadas."),
]

STILL_HOSTILE = [
    "Not to be rude, but you're an idiot.",
    "Not to be rude but this post is garbage.",
    "Not to be rude, but should someone your size really be handing out running advice?",
]

WARM = [
    ("en", "Not to be rude to my neighbours, but I ate the whole loaf myself! Thank you!"),
    ("en", "No offense, but this is the best bread I've ever baked, I love it!"),
    ("fr", "Sans vouloir être impolie, je dois dire que ce pain est magnifique, merci !"),
    ("es", "No quiero ser grosera, pero me comí todo el pan yo sola. ¡Me encanta, gracias!"),
    ("it", "Non voglio essere scortese, ma questa ricetta è meravigliosa, grazie!"),
]


@pytest.mark.parametrize(("language", "text"), NOT_TO_BE_RUDE)
def test_a_critique_after_not_to_be_rude_is_critical_with_no_star(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label == "critical", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""
    assert not draft.advice.startswith(HOSTILE_ADVICE)


@pytest.mark.parametrize("text", STILL_HOSTILE)
def test_scorn_after_not_to_be_rude_stays_hostile(text):
    assert read_tone(text).label == "hostile"


@pytest.mark.parametrize(("language", "text"), WARM)
def test_a_disclaimer_beside_warm_praise_stays_warm(language, text):
    assert_read_warm(text, language, thanked=True)


# Personal attacks the model is sure of, with no word of scorn, that a shrug or a disclaimer does
# not soften: they were thanked "for pointing that out" and promised a fix of the post.
SHRUGGED_ATTACKS = [
    "Maybe depression wouldn't be so bad if you ever got off the couch. Just saying.",
    "Maybe if you'd spent less time blogging and more time studying you wouldn't have failed the "
    "bar twice. Just saying.",
    "No offence, but your kid is going to need a lot more than 'gentle parenting' if this is how "
    "you speak to him.",
]


@pytest.mark.parametrize("text", SHRUGGED_ATTACKS)
def test_a_personal_attack_with_a_shrug_stays_hostile(text):
    draft = draft_of(text, "en")
    assert read_tone(text).label == "hostile"
    assert draft.advice.startswith(HOSTILE_ADVICE) and "pointing that out" not in draft.text
