"""English spam and pitches, with or without a link, and the warm comments that share their
words.

A prize one has been selected for, an offer with no link, spam that praises first, an oil sold on
a hard day: no draft. Beside each case stand its warm twins (a reader naming a site or a cause,
being selected for the team, a reader who works where they are hiring, a cook's CBD oil), which
are no spam.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of
from tests.support.readings import (
    NEUTRAL,
    PRAISE,
    assert_drafted_on_a_hard_day,
    read_and_draft,
    reading,
)


def test_a_follow_my_blog_plug_is_not_quoted_back():
    text = "Loved this! I write about kindness too, come follow my blog at kindlylisa.blogspot.com"
    assert "follow" not in draft_of(text).quote


THE_SCAN = "The scan came back"


def test_an_oil_sold_with_a_link_on_a_hard_day_is_spam():
    text = "Have you tried CBD oil? Check cbdhealers.shop, it changed my life."
    assert draft_of(text, support=True, title=THE_SCAN).tone == "spam"


@pytest.mark.parametrize(
    "text",
    [
        "I'm dead 😂 the part about the cat stealing the dough",
        "My kid screamed for 40 min today, I'm dead inside lol. Thanks for the solidarity.",
        "Holy crap this is fast. 10x speedup on my pipeline.",
        "Shut up and take my upvote.",
        "Shut up, this is incredible!",
        "The jump from the bridge looks terrifying, you're crazy (in a good way)!",
        "Stunning as always. You're a legend.",
        "Bless your heart 💕 this is so sweet.",
        "You're the reason I started baking. Two years later I opened my own bakery. Thank you.",
        'Someone on Reddit said your blog was "overrated garbage". They\'re wrong. Love this.',
        "Who let you cook?? 🔥🔥 (this is a compliment)",
        "Ugh, you're the worst, now I have to buy a stand mixer 😂",
        "You monster, how dare you post this before lunch 😂",
        "Honestly I thought this would be another clickbait post but it's actually really good.",
        "People calling you an idiot are wrong. Love this post.",
        "I'd kill for documentation this good at my job.",
    ],
)
def test_a_joke_or_slang_keeps_its_warmth(text):
    read, draft = read_tone(text), draft_of(text)
    assert read.label not in ("hostile", "grief") and not read.doubtful and draft.text


@pytest.mark.parametrize(
    "text",
    [
        # each was read as spam, with no draft
        "You've been chosen to receive a free hug from me for this recipe!",
        "You've been selected for a free cookie from me, great recipe!",
    ],
)
def test_a_hug_or_a_cookie_from_a_reader_is_no_prize_spam(text):
    assert read_tone(text).label != "spam" and draft_of(text).text != ""
    assert_drafted_on_a_hard_day(text)


def test_a_prize_you_have_been_chosen_for_is_still_spam():
    text = "You've been chosen to receive a free gift card! Click here."
    assert read_tone(text).label == "spam" and draft_of(text).text == ""


@pytest.mark.parametrize(
    "text",
    [
        "We're running a charity bake sale, check my bio for the link to donate.",
        "Check out kingarthurbaking dot com too, they have a great hydration chart.",
        "For the banneton, visit amazon dot com, it was cheap.",
        "Nice article about rye, thanks for sharing such valuable info.",
    ],
)
def test_a_reader_naming_a_site_or_a_cause_is_no_spam(text):
    tone, draft = read_and_draft(text)
    assert tone.label != "spam", tone.cues
    assert draft.quote != "" or draft.gold_stars > 0


def test_a_prize_you_have_been_selected_for_is_spam():
    text = "Congratulations, you have been selected for a free iPhone, claim now."
    assert read_tone(text).label == "spam" and draft_of(text).text == ""


def test_being_selected_for_the_team_is_no_spam():
    assert_read_warm("I've been selected for the regional bake-off thanks to your recipes!", "en")


@pytest.mark.parametrize(
    "text",
    [
        "Dear sir, I have a business proposal of mutual benefit. Kindly reply.",
        "Hi! Loved this post. Btw we're hiring remote writers, DM for details.",
    ],
)
def test_an_offer_without_a_link_is_spam(text):
    assert read_tone(text).label == "spam" and draft_of(text).text == ""


def test_a_reader_who_works_where_they_are_hiring_is_no_spam():
    assert_read_warm("We're hiring at my bakery and I printed your recipe for the team!", "en")


@pytest.mark.parametrize(
    "text",
    [
        "I am a widow looking for a kind and honest friend, please write to me at my email.",
        "Very nice article. Thanks for sharing this valuable information.",
        "Love this, subscribe to my channel",
        "Great bread! Check out my channel",
    ],
)
def test_spam_without_a_link_gets_no_draft(text):
    draft = draft_of(text)
    assert read_tone(text).label == "spam", read_tone(text).cues
    assert draft.text == "" and draft.gold_stars == 0 and draft.quote == ""
    assert "sorry" not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        "Very nice article, thanks for sharing!",
        "Very nice article, thanks for the valuable information about rye hydration and timing!",
        "I am a widow, and your bread got me through the winter. Thank you.",
        "I'm looking for a good bread knife, can you email me the brand?",
        "I subscribed to your channel too!",
    ],
)
def test_a_readers_thanks_a_widows_note_or_a_question_is_no_spam(text):
    assert read_tone(text).label != "spam"
    assert draft_of(text).text != ""


@pytest.mark.parametrize(
    "text",
    [
        "Great read. As an AI language model I found this very informative.",
        "Best bread guide 2026! Also check out bestbreadmachines dot com for reviews.",
        "Your blog is amazing!!! I've been following for a long time. Please visit mine too.",
        "Wow this is amazing!! 😍😍 Check my bio for a surprise 🎁",
    ],
)
def test_spam_that_praises_first_gets_no_draft(text):
    draft = draft_of(text)
    assert draft.tone == "spam" and draft.text == ""


@pytest.mark.parametrize(
    "text",
    [
        # the same words in everyday use
        "We went to the Memorial Day parade and then had this bread.",
        "Made this for the war memorial fundraiser tea, it sold out!",
        "This bread is a celebration of life and butter!",
        "Perfect for a celebration of life's little wins.",
        "My dad didn't make it to the bake sale but loved the leftovers.",
        "My sister didn't make it, so I got her slice!",
        "The news told us the team didn't make it through to the final, so I baked.",
        "It's cancer season, time for comfort bread (I'm a Cancer).",
        "My kids would have been thrilled today if I'd made two.",
        "Put my old boy to bed and baked this in peace.",
        "The widow line at the bottom of your recipe card bugs me, otherwise lovely.",
        "My daughter went to the party dressed as a widow.",
        "We read the eviction scene in Great Expectations while it proved.",
        "My cat doesn't recognise me anymore since the haircut lol.",
        "The app doesn't know me anymore after the update, had to re-login to comment!",
        "I purged my inbox and found your newsletter, so glad!",
        "I haven't eaten bread this good in weeks!",
        "I used it again last night and it worked perfectly.",
        "She left me for a minute to check the oven and the dough rose over the bowl!",
        "He left me for dead on the last hill of the race, but I beat him at baking.",
        "Thanks for saving my weekend, the loaf was perfect.",
        "This bread ruined my diet, thanks a lot 😂",
        "Lovely bread, shame about the rain.",
        "Love how you skip the fussy steps, so easy!",
        "My first loaf was so bad it was almost impressive, this one is perfect.",
        "I finally made something decent thanks to you!",
        "Honestly, as a beginner I laugh at posts like this one because I'm so bad, but I tried!",
        "I won't need the recipe after this week, I'll know it by heart!",
        "Stage 4. Knead while you can still feel the dough warm.",
        "The lens flare in your photos is gorgeous.",
        "My temper flared up when the dough stuck, but it worked out!",
        "I'm having a flare of creativity, baking all weekend!",
        "My nan would be rolling in her grave laughing at my first attempt lol",
        "Sweetheart, this is how my mum made it too!",
        "Mine came out like a brick the first time, then perfect, so thanks!",
        "My first loaf came out like a brick lol, so thanks for that 😂 second one was perfect.",
        "Great job making a simple recipe so easy to follow!",
        "Another 3000 words before the recipe and I read every one of them!",
        "Check my profile for the pic of my loaf!",
        # warm comments that had been read as a loss or an illness
        "My starter is on life support but it still rose.",
        "I work in oncology, my patients love when I bring this in.",
        "I'm a funeral director and we bake this for families. Beautiful recipe.",
        "Suicide Squad is my favourite film but this bread beats it.",
        "This is my go-to comfort bake after a bad day.",
        "I'm legit dying, the cat photo is too funny.",
    ],
)
def test_the_same_words_in_everyday_use_stay_warm(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Great post! Really valuable info on hydration. Thanks!",
        "Great post! Really valuable info on starters. Thanks!",
        "Awesome post! Such valuable info. Thanks.",
        "Great article, thanks for sharing valuable info!",
        "Nice post, very valuable information. Thanks.",
        "Subscribe to my channel, said my 8-year-old after filming your recipe. So cute. Thanks!",
        'My son said "subscribe to my channel" at the end of our baking video, lol. Thank you!',
        "Please subscribe to my YouTube channel, just kidding, I only bake. Loved this.",
        "Subscribe to my channel? I don't have one, lol, just here for the bread!",
        "Really needed the whole life story, it's why I read this blog! Recipe was great too.",
        "I'm the one who really needed the life story, my own grandma was from that village.",
    ],
)
def test_a_readers_thanks_a_joke_or_a_warm_turn_is_neither_spam_nor_scorn(text):
    assert read_tone(text).label not in ("spam", "hostile"), read_tone(text).cues
    assert_read_warm(text, "en", thanked=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I use CBD oil in my cooking sometimes, cheap trick but it works. Great post!", PRAISE),
        ('Comment the word "starter" below if you want part 2!', NEUTRAL),
    ],
)
def test_a_cook_s_cbd_oil_or_a_call_for_comments_is_no_spam(text, expected):
    """An offer's word without a link, or a call for comments, is no spam."""
    assert reading(text) == (*expected, False, False)
