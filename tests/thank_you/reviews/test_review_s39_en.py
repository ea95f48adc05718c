"""What the thirty-ninth session's review of English comments found, and its near misses.

A death's anniversary told without the word ("Mum's anniversary today.", "Dad's 5th anniversary
today.", "Anniversary of losing mum today.", "the anniversary of Mum's passing") had been quoted
back with a gold star as if it were a celebration; a couple's, a wedding's or a work anniversary
stays warm. A reader who may be at risk ("I won't be around to make it next month", "I've sorted
my affairs and I'm at peace now", "I've been giving away my things", "don't know how much longer I
can keep doing this") had been quoted, some starred; a hard time said as "losing my job and my
marriage" had been quoted back. Jokes had been read as losses or as scorn: "I'm dying, the cat in
the flour bag 😂" and "My husband is dead to me after he ate the last slice 😂" got condolences,
"saved me a lot of grief" got "I'm so sorry for your loss", "You're killing me with these photos"
and "This recipe is killing me" were held back as jabs. Two jabs dressed as thanks ("Great, thanks
for wasting 20 minutes of my afternoon.", "Cheers for nothing.") were quoted with a gold star. And a
comment opening with a compliment lost its whole first sentence as a quote ("I love how you explain
things, my daughter finally understood fractions" had nothing quoted).
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of


@pytest.mark.parametrize(
    "text",
    [
        "Mum's anniversary today. Made her scones from your recipe and cried into the dough.",
        "It's Dad's anniversary today, five years. Baking his bread helped.",
        "Dad's 5th anniversary today. Still can't believe it.",
        "Dad's anniversary today. He'd have loved this bread.",
        "Mum's anniversary next week, first one without her",
        "Anniversary of losing mum today. Baking helps.",
        "Today's the anniversary of Mum's passing. Your words helped.",
        "Dad's anniversary was yesterday. Didn't realise how hard it would hit.",
    ],
)
def test_a_death_anniversary_told_without_the_word_is_a_loss(text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.loss, (tone.label, tone.cues)
    draft = draft_of(text)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Mum and Dad's anniversary today, 40 years! Made them this cake",
        "Mum's anniversary today so we're all going out for dinner to celebrate 🎉",
        "Dad's anniversary today. They've been married 45 years and he still makes her breakfast",
        "Mum's anniversary today! Made her a cake and she cried happy tears",
        "It's our anniversary today and my husband made me your lasagne ❤️",
        "my mum's anniversary next week and she's still asking dad for this lasagne lol",
        "Dad's 30th work anniversary today, made him your carrot cake!",
        "Happy anniversary to your blog!! 5 years!",
        "It's the anniversary of our first date today lol so this dinner recipe was perfect",
    ],
)
def test_a_living_couples_or_a_work_anniversary_stays_warm(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Mum's anniversary today, she and Dad are off to Paris so I'm dog sitting and baking",
        "Dad's anniversary is tomorrow and I still haven't got Mum a card, any cake ideas?",
        "My nan's anniversary today, 60 years with grandad! Made her your Victoria sponge",
        "Mum's anniversary today! Baking her favourite cake for when they get back",
    ],
)
def test_an_anniversary_the_parent_is_alive_for_is_no_loss(text):
    tone = read_tone(text)
    assert tone.label != "grief" and not tone.loss, (tone.label, tone.cues)


@pytest.mark.parametrize(
    "text",
    [
        "This is great. Anyway it doesn't matter much, I won't be around to make it next month.",
        "Thanks for everything you've written over the years. I've sorted my affairs and I'm at "
        "peace now.",
        "I've been giving away my things. Wanted to say thanks for the recipes, they meant a lot.",
        "honestly dont know how much longer i can keep doing this. anyway nice bread",
        "I won't be around much longer. Thank you for the recipes.",
    ],
)
def test_a_reader_who_may_be_at_risk_is_neither_quoted_nor_starred(text):
    tone, draft = read_tone(text), draft_of(text)
    assert tone.guarded or tone.crisis or tone.label == "grief", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "I won't be around to make it next week, off on holiday, but bookmarking!",
        "I won't be around much longer today, off to the airport. Lovely post!",
        "Sorted my affairs before the trip so now I can finally relax and bake this",
        "Sorted out my affairs with the accountant, now baking to celebrate",
        "I don't know how much longer I can keep doing this commute lol, your podcast helps",
    ],
)
def test_the_same_words_about_a_trip_or_paperwork_are_not_guarded(text):
    tone = read_tone(text)
    assert not tone.crisis and tone.label != "hostile", (tone.label, tone.cues)
    assert not draft_of(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "Losing my job and my marriage in the same month was a lot. Your Sunday posts are a small "
        "constant.",
        "Losing my job this week has been awful. Your bread got me out of bed.",
    ],
)
def test_losing_a_job_or_a_marriage_gets_the_quiet_reply(text):
    assert_read_hard(text, "en", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "I'm dying, the photo of the cat in the flour bag 😂",
        "I'm dying 😂 my dog did the exact same thing with the loaf",
        "My husband is dead to me after he ate the last slice 😂",
        "My sister is dead to me, she ate the last brownie lol",
        "Top post. The bit about pruning the apple tree saved me a lot of grief honestly",
        "This brownie recipe saved me so much grief at the bake sale, thank you",
        "Your tip about the proofing basket gave me so much grief, turns out I was using it wrong",
    ],
)
def test_a_joke_or_an_idiom_gets_no_condolences(text):
    tone = read_tone(text)
    assert tone.label != "grief" and not tone.loss, (tone.label, tone.cues)
    assert "sorry" not in draft_of(text).text.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "My dog is dying and I can't stop crying. Your post helped.",
        "Dad's dying and I've been baking to cope. Thank you for this.",
        "My grief counsellor recommended baking and I found your blog. Thank you.",
        "The grief comes in waves. Your post about your dad helped.",
        "Sorry for your grief. It gave me so much grief too when mum died.",
        "My dad is dead. I made his bread today.",
    ],
)
def test_a_real_loss_beside_those_words_is_still_one(text):
    assert read_tone(text).label == "grief"


@pytest.mark.parametrize(
    "text",
    [
        "You're killing me with these photos, I'm so hungry now",
        "These photos are killing me, need to bake this weekend",
        "This recipe is killing me, I can't stop eating it.",
        "Your pictures are killing me with those cinnamon buns, need them now",
    ],
)
def test_killing_me_with_the_photos_is_praise(text):
    tone = read_tone(text)
    assert tone.label == "praise" and not tone.doubtful, (tone.label, tone.cues)
    assert_read_warm(text, "en", thanked=True)


@pytest.mark.parametrize(
    "text",
    [
        "You're killing me with these typos",
        "These pop-ups are killing me, I can't read the recipe",
    ],
)
def test_killing_me_with_typos_or_pop_ups_is_no_praise(text):
    assert not [found for found in read_tone(text).cues if "killing me" in found]


@pytest.mark.parametrize(
    "text",
    [
        "Great, thanks for wasting 20 minutes of my afternoon.",
        "Brilliant, another tutorial that skips the hard part. Cheers for nothing.",
    ],
)
def test_a_jab_dressed_as_thanks_is_no_praise(text):
    assert_read_hard(text, "en", "hostile")


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for wasting my afternoon in the best way, I couldn't stop reading your archive",
        "Cheers for nothing, I now need to buy a stand mixer 😂 worth it",
        "Cheers for the recipe mate, the kids loved it",
    ],
)
def test_thanks_for_wasting_an_afternoon_happily_stays_warm(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "I love how you explain things, my daughter finally understood fractions thanks to "
            "this post.",
            "My daughter finally understood fractions thanks to this post",
        ),
        (
            "Your photos are gorgeous, we tried the walk from Positano last spring and got "
            "hopelessly lost.",
            "We tried the walk from Positano last spring and got hopelessly lost",
        ),
        (
            "Love the new look, the dark mode finally stops my eyes burning at 2am.",
            "The dark mode finally stops my eyes burning at 2am",
        ),
    ],
)
def test_a_compliment_first_keeps_the_readers_own_words_after_it(text, quote):
    assert draft_of(text).quote == quote


@pytest.mark.parametrize(
    "text",
    [
        "Your photos are gorgeous, so moody and dark.",
        "I love how you write, so honest and raw.",
        "Love the new look, very clean.",
    ],
)
def test_a_compliment_is_still_not_quoted_back_to_the_author(text):
    assert draft_of(text).quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Haven't spoken to my mum in 4 years. Seeing your mum's recipe box made me miss something "
        "I never had.",
        "We haven't talked to our son in three years. Christmas baking is hard.",
    ],
)
def test_an_estrangement_of_years_gets_the_quiet_reply(text):
    assert_read_hard(text, "en", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "Haven't spoken to my sister in years but this cake got us chatting again!",
        "I haven't spoken to my brother in years lol, he lives in Japan now and we just text",
        "Haven't spoken to my mum in two days, she's on a cruise. Lovely recipe!",
    ],
)
def test_a_reconciliation_or_a_short_silence_is_no_hard_time(text):
    assert read_tone(text).label != "grief"


def test_a_jab_at_a_privileged_life_is_no_praise():
    assert_read_hard("Wow, what a lovely privileged life you lead.", "en", "hostile")


def test_a_privileged_life_of_ones_own_stays_warm():
    assert_read_warm("What a privileged life I've had, baking with my gran every Sunday.", "en")
