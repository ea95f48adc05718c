"""Comfort offered to the author under an everyday post is thanked as comfort, never quoted.

A reader who comforts the author (« Je pense bien à vous, courage dans cette épreuve », "Mucho
ánimo, te mando un abrazo", „Ich denk an dich, halt durch") was read neutral under a post about
sourdough, and the draft quoted them back with a gold star: « … » : je repense à cette phrase
depuis ce matin. The author must be going through something: the draft thanks the reader for
their kindness, quietly. Two words that fit a hard time but also a happy one ("Forza", "un
abrazo") comfort when said together and nothing else; not beside praise, good news or cheer for
a task ahead, and never quoted back as a fine line.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

COMFORT_OFFERED = [
    ("en", "Thinking of you, hang in there"),
    ("en", "Hang in there, sending love."),
    ("fr", "Je pense bien à vous, courage dans cette épreuve"),
    ("fr", "Je pense très fort à toi."),
    ("es", "Mucho ánimo, te mando un abrazo"),
    ("de", "Ich denk an dich, halt durch"),
    ("de", "Halt durch, ich umarme dich. Viel Kraft!"),
    ("it", "Ti sono vicina, forza"),
    ("it", "Ti sono vicino, forza!"),
    ("it", "Ti penso tanto, forza."),
    ("it", "Ti sono vicina, un abbraccio forte in questi giorni difficili."),
    ("pt", "Força, estou contigo"),
    ("pt", "Estou com você, força!"),
]

# Cheer, good wishes and praise that share their words: still warm, still thanked.
WARM_NEAR_MISSES = [
    ("it", "Ti penso sempre quando impasto la focaccia."),
    ("it", "Ti penso ogni volta che faccio il pane, grazie per la ricetta!"),
    ("it", "Forza ragazzi, che pane stupendo! L'ho rifatto ieri."),
    ("pt", "Força! Fiz o pão ontem e ficou ótimo."),
    ("es", "¡Ánimo con el horno nuevo! La hice ayer con espelta y quedó perfecta."),
    ("de", "Ich habe an dich gedacht, als ich das Brot gebacken habe: es ist super geworden!"),
]


@pytest.mark.parametrize(("language", "text"), COMFORT_OFFERED)
def test_comfort_under_an_everyday_post_is_thanked_quietly(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label == "grief" and tone.comforting, (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == "", draft.text
    assert draft.advice.startswith("A quiet reply"), draft.advice


@pytest.mark.parametrize(("language", "text"), COMFORT_OFFERED)
def test_comfort_on_a_hard_day_post_is_thanked_quietly(language, text):
    draft = draft_of(text, language, support=True)
    assert draft.gold_stars == 0 and draft.quote == "", draft.text


@pytest.mark.parametrize(("language", "text"), WARM_NEAR_MISSES)
def test_cheer_beside_praise_or_good_news_stays_warm(language, text):
    assert_read_warm(text, language, thanked=True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Congrats on the new job! Big hugs, with love"),
        ("it", "Un abbraccio forte, forza! Domenica provo a farlo anch'io."),
        ("es", "Mucho ánimo con todo, te mando un abrazo. La foto del pan es preciosa."),
        ("pt", "Força, estou contigo. Adorei a foto do pão."),
    ],
)
def test_good_wishes_are_never_quoted_back_as_a_fine_line(language, text):
    draft = draft_of(text, language)
    wish = text.split(".")[0].split("!")[0]
    assert not draft.quote or (wish not in draft.quote and draft.quote not in wish), draft.text


@pytest.mark.parametrize(
    "text",
    [
        "Hang in there with the starter, it takes a week to get going!",
        "Hang in there, the second loaf is always better :)",
    ],
)
def test_cheer_over_a_bake_is_no_hard_time(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize(
    ("language", "text", "quote"),
    [
        (
            "en",
            "My daughter gave me a big hug when she tasted the cinnamon rolls.",
            "My daughter gave me a big hug when she tasted the cinnamon rolls",
        ),
        (
            "it",
            "A forza di impastare, finalmente il pane è venuto perfetto!",
            "A forza di impastare, finalmente il pane è venuto perfetto!",
        ),
        (
            "fr",
            "Il m'a fallu du courage pour tenter la brioche, elle est sublime.",
            "Il m'a fallu du courage pour tenter la brioche, elle est sublime",
        ),
    ],
)
def test_a_hug_or_courage_told_in_a_memory_is_still_quoted(language, text, quote):
    # A word that comforts beside another ("hugs", "forza", "courage") tells of a bake here.
    assert draft_of(text, language).quote == quote
