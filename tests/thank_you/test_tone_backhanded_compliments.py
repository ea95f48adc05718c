"""A compliment with a sting was starred and quoted back: "I love how confident you are for someone
who just started." and faint interest with a grimace ("Interesting take on bread 😬"), in six
languages. They are doubtful now: no star, no quote, a plain thank-you. A recipe that suits
beginners, the reader's own start, and interest with a warm emoji stay warm and thanked."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

BACKHANDED = [
    ("en", "I love how confident you are for someone who just started."),
    ("fr", "J'adore ton assurance pour quelqu'un qui vient de commencer."),
    ("es", "Me encanta lo segura que estás para alguien que acaba de empezar."),
    (
        "de",
        "Ich liebe es, wie selbstbewusst du bist, für jemanden, der gerade erst angefangen hat.",
    ),
    ("it", "Adoro quanto sei sicura per una che ha appena iniziato."),
    ("pt_BR", "Adoro como você é confiante para alguém que acabou de começar."),
    ("en", "Interesting take on bread 😬"),
    ("fr", "Intéressant comme pain 😬"),
    ("de", "Interessante Interpretation von Brot 😬"),
    ("pt_BR", "Interessante essa versão de pão 😬"),
    ("en", "Bold choice of flour 😬"),
]

WARM = [
    ("en", "This recipe is great for someone who just started, like me. Thank you!"),
    ("en", "Interesting take on bread, I love it 😍"),
    ("en", "Bold flavours, I love it 😍"),
    ("fr", "Recette parfaite pour quelqu'un qui débute comme moi, merci !"),
    ("es", "¡Me encanta esta receta, ideal para alguien que acaba de empezar como yo!"),
]


NERVES = ["Bold move, I'm scared to try it 😬", "Interesting take on bread, I'm nervous to try 😬"]


@pytest.mark.parametrize(("language", "text"), BACKHANDED)
def test_a_compliment_with_a_sting_gets_no_star_and_no_quote(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label in ("praise", "neutral") and tone.doubtful, (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("language", "text"), WARM)
def test_praise_for_beginners_and_warm_interest_stay_warm(language, text):
    assert_read_warm(text, language, thanked=True)
    assert not read_tone(text).doubtful


@pytest.mark.parametrize("text", NERVES)
def test_the_readers_own_nerves_are_no_sting(text):
    assert not read_tone(text).doubtful
