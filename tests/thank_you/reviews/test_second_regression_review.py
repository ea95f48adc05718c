"""Warm comments a second review found read worse after the afternoon's merges, read warm again.

Fresh probes (en, fr, es, de, it, pt; /tmp/s36/regress2.md) found this afternoon's cues firing
on everyday comments: condolences for "Stage 2. They told me to knead for ten minutes", a club
member lost to a climbing gym, a friend lost in a museum gift shop, a mum on a cruise, a sister
who moved to Berlin, a dog missed at work, an op last year, a doctor on the children's ward,
tears of laughter at work, a trip's excitement, a heatwave, a 5am hike, « le coup pendant les
révisions », « parti à Montréal »; and "Which part do you disagree with?" for "Another 5000 words
of life story? Yes please", a jab read in a proofreading question that thanks the author. Each
cue now stops short of these; the hard time or the jab it was written for, told plainly, is
pinned beside each and still gets no star and no quote.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

# (cue line, language, the warm comment it caught, the two hard ones it was written for, label)
NARROWED = [
    (
        "DIAGNOSIS_TOLD: told to do something",
        "en",
        "Stage 2. They told me to knead for ten minutes but your way is faster!",
        ["Stage 4. They told me yesterday.", "Stage 2. They told me on Friday."],
        "grief",
    ),
    (
        "DIAGNOSIS_TOLD: found out the hard way",
        "en",
        "Stage 1. Found out the hard way that my oven runs hot. Thanks for the tip!",
        ["Stage 3. Found out Friday, starting chemo Monday.", "Stage 2. Diagnosed last week."],
        "grief",
    ),
    (
        "LOST_TOLD: lost in a shop",
        "en",
        "Our group lost Jenny on Sunday in the museum gift shop, classic. Great travel guide!",
        [
            "Our choir lost Anna on Sunday. Stroke, 52. We sang her part empty tonight.",
            "Our club lost Tom last week to cancer.",
        ],
        "grief",
    ),
    (
        "MISSED: a mum on a cruise",
        "en",
        "I miss my mum so much when she's on her cruise, but she'll love this recipe when she's "
        "home!",
        ["I miss my mum so much. She loved this bread.", "I really miss my dad, every single day."],
        "grief",
    ),
    (
        "MISSED: a sister who moved",
        "en",
        "I really miss my sister, she moved to Berlin last year. Sending her your post!",
        ["I miss my dog so much, he loved this walk.", "We still miss our mum every day."],
        "grief",
    ),
    (
        "MISSED: a brother gone to Montréal",
        "fr",
        "Mon frère me manque depuis qu'il est parti à Montréal, je lui envoie ton article.",
        ["Mon frère me manque depuis qu'il est parti.", "Ma sœur me manque, elle adorait ce pain."],
        "grief",
    ),
    (
        "GRIEF_STRONG: an op last year",
        "en",
        "Back from the hospital after my appendix op last year, I've been baking nonstop since. "
        "Great recipe!",
        [
            "Out of hospital after my operation, still very weak.",
            "Back from hospital after my op last week, everything hurts.",
        ],
        "grief",
    ),
    (
        "GRIEF_STRONG: a doctor on the children's ward",
        "en",
        "My son's on the children's ward team as a doctor, he loved your post!",
        [
            "My son's on the children's ward again, third week.",
            "We're still on the children's ward.",
        ],
        "grief",
    ),
    (
        "GRIEF_STRONG: crying at work with laughter",
        "en",
        "I've been crying at work because of your hilarious post. My coworkers think I'm mad!",
        [
            "I keep crying at work and I can't tell anyone.",
            "I've been crying all day at work since the funeral.",
        ],
        "grief",
    ),
    (
        "GRIEF_STRONG: barely holding it together with excitement",
        "en",
        "Barely holding it together with excitement for our trip next week! Great packing list.",
        ["I'm barely holding it together this week.", "Barely holding it together since the news."],
        "grief",
    ),
    (
        "GRIEF_STRONG: barely holding it together in the heat",
        "en",
        "Barely holding it together at this heat, this cold soup saved me.",
        [
            "I'm barely holding it together at work lately.",
            "Barely holding it together, to be honest.",
        ],
        "grief",
    ),
    (
        "LOW_MOOD: struggling out of bed for a hike",
        "en",
        "I'm struggling to get out of bed at 5am for the sunrise hike, worth it though!",
        [
            "I'm struggling to get out of bed these days.",
            "I'm struggling to get out of bed most mornings.",
        ],
        "grief",
    ),
    (
        "GRIEF_STRONG fr: m'aide à tenir through revision",
        "fr",
        "Ce café m'aide à tenir le coup pendant les révisions. Merci pour la recette !",
        [
            "Ce blog m'aide à tenir le coup depuis le décès de papa.",
            "Ton blog m'aide à tenir, merci.",
        ],
        "grief",
    ),
    (
        "RHETORICAL_JABS: a proofreading question that thanks",
        "en",
        "Ever heard of proofreading? My students haven't, so your guide helps a lot. Thanks!",
        [
            "Ever heard of proofreading? Half these sentences make no sense.",
            "Ever heard of proofreading? Thanks for nothing.",
        ],
        "hostile",
    ),
    (
        "RHETORICAL_JABS fr: a proofreading tip that thanks",
        "fr",
        "Tu as déjà entendu parler de la relecture à voix haute ? Ça marche bien pour moi. Merci "
        "pour l'article !",
        [
            "Vous avez déjà entendu parler de l'orthographe ? Trois fautes par ligne.",
            "Tu as déjà entendu parler de la relecture ? Merci pour rien.",
        ],
        "hostile",
    ),
    (
        "CONTEMPT_UNLESS_LAUGHING: life story, yes please",
        "en",
        "Another 5000 words of life story? Yes please, I love your writing!",
        [
            "Another 5000 words of life story? Please, just the recipe.",
            "Great, another recipe with 3000 words of life story before the ingredients.",
        ],
        "hostile",
    ),
]


@pytest.mark.parametrize(
    ("language", "warm", "hard", "label"),
    [case[1:] for case in NARROWED],
    ids=[case[0] for case in NARROWED],
)
def test_a_narrowed_cue_spares_the_warm_comment_and_still_reads_the_hard_ones(
    language, warm, hard, label
):
    assert_read_warm(warm, language, thanked=True)
    for text in hard:
        assert_read_hard(text, language, label)


# A tip or a thank-you that borrows a reproach's opening, and the reproach itself.
CRITICAL_NARROWED = [
    (
        "Next time, actually try the lemon version! It's even better. Thanks for the recipe.",
        [
            "Cute idea. Maybe next time actually test the recipe before posting?",
            "Next time actually bake it before you post it.",
        ],
    ),
    (
        "Next time actually make a double batch, they vanish fast! Thanks.",
        [
            "Next time, actually read the comments before replying.",
            "Next time, actually check your oven temperature before blaming the recipe.",
        ],
    ),
    (
        "Thanks for finally getting around to posting the recipe I asked for! I'm so happy.",
        [
            "Thanks for finally getting around to fixing the typo I reported three months ago.",
            "Thanks for finally bothering to answer the question I asked for. Took you ages.",
        ],
    ),
]


@pytest.mark.parametrize(("warm", "reproaches"), CRITICAL_NARROWED)
def test_a_thank_you_is_not_read_as_a_reproach_and_the_reproach_still_is(warm, reproaches):
    tone, draft = read_tone(warm), draft_of(warm)
    assert tone.label == "praise", tone.cues
    assert draft.quote != "" or draft.gold_stars > 0
    for text in reproaches:
        tone, draft = read_tone(text), draft_of(text)
        assert tone.label == "critical", tone.cues
        assert draft.gold_stars == 0 and draft.quote == "" and not draft.crisis
