"""English warm comments that share the words of the newer sarcasm, slang-jab and hard-time cues
and had been read as a jab or a hard time: an excited "Oh great, another recipe!" or "Gee, thanks
for the advice!", "Worked like a charm... until my husband found it and ate half lol", a
"joke-telling genius", a "dumpster fire rescue", a "mid" put in a jealous brother's mouth, and a
redundancy or divorce told as a new start ("My redundancy came through and I've finally opened my
bakery!"). They keep their warm reading; the jabs and hard times next to them stay as they were
(see also test_tone_sarcasm_en.py and test_tone_oblique_loss_en.py)."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

WARM = [
    "Oh great, another loaf!",
    "Oh great, another recipe!",
    "Gee, thanks for the advice!",
    "Worked like a charm... until my husband found it and ate half lol",
    "Worked like a charm... not a single crumb left!",
    "Worked like a charm... for about three minutes before the kids devoured it",
    "Worked like a charm... for the first five minutes, then my toddler ate it all 😂",
    'Love how you "forgot" to mention the mess my kitchen would be in 😂 worth it!',
    "You're a joke-telling genius, that intro had me in stitches.",
    "ur a joke teller and a baker, love it",
    "You're a joke machine, and your bread is great too.",
    "ur such a joke 😂😂 jk ur the best",
    "This recipe is a dumpster fire rescue for my baking lol",
    "your bread is mid... said my jealous brother 😂",
    "They let me go today... to the bakery course! Finally.",
    "My redundancy came through and I'm thrilled, I've wanted to leave for ages! Baking to "
    "celebrate.",
    "My redundancy came through and I've finally opened my bakery!",
]

# Warm, though not starred at the session's start either (a laugh or a "jk" left in doubt).
WARM_UNSTARRED = [
    "Divorce was finalised yesterday, best day of my life lol, celebrating with cake!",
    "my sister said ur a joke of a baker cos u made it look so easy lol jk she loves u",
]


@pytest.mark.parametrize("text", WARM + WARM_UNSTARRED)
def test_a_warm_comment_sharing_the_words_of_a_jab_or_a_hard_time_reads_warm(text):
    assert_read_warm(text, "en", thanked=text not in WARM_UNSTARRED)


@pytest.mark.parametrize(
    "text",
    [
        "Oh great, another banana bread recipe.",
        "Oh great, another recipe…",
        "Gee, thanks for the life-changing advice!",
        "Worked like a charm... until it didn't.",
        "Worked like a charm... not.",
        "ur a joke",
        "You're a joke, lol.",
        "this blog is a dumpster fire lol",
        "your bread is mid fr",
        "They let me go today. No warning.",
        "My redundancy came through. Not sure what's next.",
        "Divorce was finalised yesterday.",
    ],
)
def test_the_jabs_and_hard_times_next_to_them_are_still_read(text):
    label = "grief" if text.startswith(("They", "My", "Divorce")) else "hostile"
    assert_read_hard(text, "en", label)


# Farewells in passing and gentle deaths that a plan, a trip or a joke explain: the helpline or
# condolences had been given to a slice "too good", butter cut cold, Christmas in Lyon, a mum
# off to her book club.
FAREWELLS_EXPLAINED = [
    "kms, this cake is too good",
    "Going to ctb tomorrow for the cookies (cold the butter).",
    "ctb soon with a second batch!",
    "I don't plan to be around for Christmas, we're in Lyon this year. Saving this for New Year!",
    "I don't expect to be here for Easter, but I'll bake this when I'm back.",
    "It'll all be over soon. The cookies, that is.",
    "My mum slipped away on Sunday to her book club and came back with three new recipes.",
    "My dad slipped away peacefully into a food coma after three slices 😂",
    "Grandad slipped away peacefully on the sofa after lunch, snoring.",
    "My boss let me go on Friday at noon, long weekend baking!",
    "I don't plan to be around for my birthday, celebrating in Paris!",
]


@pytest.mark.parametrize("text", FAREWELLS_EXPLAINED)
def test_a_farewell_in_passing_that_the_comment_explains_reads_warm(text):
    assert_read_warm(text, "en", thanked=True)


@pytest.mark.parametrize(
    "text",
    [
        "I'm gonna kms tonight.",
        "kms, can't do this anymore.",
        "Gonna ctb tonight.",
        "I don't plan to be around for Christmas.",
        "I don't plan to be around for Christmas. I'll be at peace.",
        "I don't plan to be around for my birthday.",
        "Unalive myself. Not joking.",
    ],
)
def test_the_farewells_beside_them_still_get_the_helpline(text):
    assert draft_of(text, "en").crisis


@pytest.mark.parametrize(
    "text",
    [
        "Mum slipped away peacefully on Sunday.",
        "Dad slipped away on Sunday to the sound of his favourite hymn.",
        "Grandad slipped away peacefully in his sleep.",
        "My boss let me go on Friday after 12 years.",
    ],
)
def test_a_parent_who_slipped_away_or_a_job_ended_is_still_a_hard_time(text):
    assert_read_hard(text, "en", "grief")


def test_unaliving_oneself_said_no_to_is_no_crisis():
    assert not draft_of(
        "Unalive myself? Never. Not until I've baked every recipe here!", "en"
    ).crisis


# "Rest in peace" said to a diet, a starter or a mixer that gave up had condolences, as
# « Repose en paix, mon régime » had in French.
@pytest.mark.parametrize(
    "text",
    [
        "Rest in peace, my diet. It was a good run.",
        "Rest in peace, sourdough starter #1 😂",
        "Rest in peace to my old hand mixer, it finally gave up after 20 years.",
    ],
)
def test_rest_in_peace_said_to_a_thing_reads_warm(text):
    assert_read_warm(text, "en", thanked=True)


@pytest.mark.parametrize(
    "text",
    ["Rest in peace, Grandma.", "Rest in peace, my friend.", "Rest in peace, he was a legend."],
)
def test_rest_in_peace_said_to_a_person_is_still_a_loss(text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.loss, tone.cues
