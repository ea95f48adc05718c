"""What the thirty-eighth session's review of English comments found, and its near misses.

A reader at risk who said it plainly but in a way no cue knew ("I've been saving up my pills, just
in case.", "I'm going to end it tonight.", letters written to everyone "before I go", "I took a
whole bottle of pills an hour ago") had been thanked, quoted and even starred; a loss or a hard
time told without the usual words (the memorial tea, the celebration of life, the shiva house,
"Grandpa didn't make it", "put our old boy to sleep", "The vet says it's time", "my twins would
have been 5 today", a first Christmas as a widow, "it's cancer", "Stage 4. Doing what I love while
I can.", a parent who no longer knows them, a purge, a relapse, an eviction hearing, a chronic
illness flaring) had been quoted back as a fine line; a jab dressed as thanks ("Thanks for wasting
my flour.", "Great, now my kitchen is ruined. Cheers for that.", "Sweetie, that's not a
baguette.") had been quoted with a gold star; spam that praised first had been thanked.
And a starter on life support, an oncology nurse, a funeral director, Suicide Squad and a comfort
bake after a bad day had been answered with condolences. The same words in everyday use (Memorial
Day, a haircut the cat didn't know, a trip's pills, the rain) read as before. A second round: a
reader who nearly ended it ("I was going to give up on everything tonight.") had been smiled at,
and a hard time at home or at work (scared to go home, "He hits me", the food bank, heating or
eating, a notice at work, a parent gone into a home) had been quoted back with a gold star.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of


@pytest.mark.parametrize(
    "text",
    [
        "Thanks. I've been saving up my pills, just in case. Anyway the loaf was great.",
        "I'm going to end it tonight. Thank you for the recipes.",
        "I'm going to end it all tonight.",
        "I've written letters to everyone. Just wanted to thank you too before I go.",
        "I took a whole bottle of pills an hour ago. Just wanted to say thanks for the blog.",
    ],
)
def test_a_reader_at_risk_gets_the_helpline_not_a_star(text):
    draft = draft_of(text)
    assert read_tone(text).crisis and draft.crisis
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "I've been saving up my pills for the holiday, just in case.",
        "I wrote letters to everyone for Christmas. Baking this before I go.",
        "Wrote notes to my kids before I go on my work trip. Baked this for them!",
        "My boyfriend keeps lying, I'm going to end it with him tonight.",
    ],
)
def test_a_trip_christmas_letters_or_a_breakup_is_no_crisis(text):
    draft = draft_of(text)
    assert not read_tone(text).crisis and not draft.crisis


def test_pills_taken_now_ask_for_the_emergency_number_first():
    tone = read_tone("I took a whole bottle of pills an hour ago. Thanks for the blog.")
    assert tone.crisis and tone.danger_now


def test_not_needing_the_recipe_after_this_week_is_never_quoted_nor_starred():
    text = "I won't need the recipe after this week. Thank you for everything."
    draft = draft_of(text)
    assert read_tone(text).guarded
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Made this for the memorial tea, it was a hit. Thank you for sharing.",
        "We served this at the celebration of life on Saturday. Thank you.",
        "Brought this loaf to the shiva house. Everyone asked who made it.",
        "We sat shiva all week and people kept bringing this bread.",
        "Got the call that Grandpa didn't make it while this was proving.",
        "My grandpa didn't make it through the night. We made his bread today.",
        "Put our old boy to sleep yesterday. 14 years. Thanks for the distraction.",
        "My twins would have been 5 today.",
        "It's my first Christmas as a widow.",
        "Loved the bit about autolyse. Super clear. The hospital called this morning, it's cancer.",
        "Great recipe! Made it for my grandma's 90th. She doesn't recognise us anymore but she "
        "loved it.",
        "Dad doesn't know who I am anymore but he still loves bread.",
        "Purged again after making this. I know I need help.",
        "Great recipe, but I've been skipping meals again so I gave it to my neighbour.",
        "I haven't eaten properly in weeks and I'm scared to start.",
        "I've been clean 2 years but I used again last night.",
        "Made this while waiting on the eviction hearing. Needed something to do with my hands.",
        "The bailiffs came today. Baking in a borrowed kitchen.",
        "He left me for my best friend. Bread doesn't judge.",
        "The vet says it's time. Baking his favourite biscuits tonight.",
        "Stage 4. Doing what I love while I can. This recipe is going in the book for my kids.",
        "I'm in a flare again so this took me three days, but it was worth it.",
        "Day 3 of a migraine flare, made the dough in stages.",
        "My endometriosis is flaring but I managed this!",
        "Crohn's flare so I can't eat it but my family loved it.",
    ],
)
def test_a_loss_or_a_hard_time_told_in_other_words_gets_the_quiet_reply(text):
    assert_read_hard(text, "en", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for wasting my flour.",
        "Great, now my kitchen is ruined. Cheers for that.",
        "Great, just great. Ruined my Sunday. Thanks a lot.",
        "Nice of you to finally post something useful.",
        "Lovely photos, shame about the recipe.",
        "Love how you skip every important step. Really helpful. 👏",
        "This is so bad it's almost impressive.",
        "Wow you really outdid yourself with mediocrity this time.",
        "You do realise professional bakers laugh at posts like this, right?",
        "Answer my question or I'm unsubscribing.",
        "My grandmother would be rolling in her grave.",
        "Sweetie, that's not a baguette.",
        "Thanks for the recipe! Mine came out like a brick, so thanks for that.",
        "Oh wonderful, another 3000 words before the recipe. Love that for me.",
        "Great job making a simple thing complicated. 👍",
        "I hope nobody actually follows this.",
    ],
)
def test_a_jab_dressed_as_thanks_is_not_thanked(text):
    assert_read_hard(text, "en", "hostile")


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
        "We met with a funeral director today to plan Dad's service.",
        "Had a bad day, Mum's surgery didn't go well.",
    ],
)
def test_a_funeral_director_or_a_bad_day_of_ones_own_is_still_a_hard_time(text):
    assert_read_hard(text, "en", "grief")


def test_a_last_round_of_radiotherapy_is_good_news_not_sorrow():
    text = "Baked this for my friend who just finished her last round of radiotherapy."
    draft = draft_of(text)
    assert read_tone(text).good_news
    assert "sorry" not in draft.text.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "This post came at the right time. I was going to give up on everything tonight.",
        "I wasn't going to be here for Christmas but your posts changed my mind.",
    ],
)
def test_a_reader_who_nearly_ended_it_gets_the_helpline_not_a_smile(text):
    draft = draft_of(text)
    assert read_tone(text).crisis and draft.crisis
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "I was going to give up on sourdough, but this worked!",
        "I was going to give up on everything baking related until this.",
        "I wasn't going to be here for Christmas, we're in Spain, but I made this before we left.",
    ],
)
def test_giving_up_on_a_bake_or_a_christmas_away_is_no_crisis(text):
    assert not read_tone(text).crisis and not draft_of(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "I'm scared to go home tonight.",
        "He hits me when the bread isn't right. I'll try yours.",
        "I had to choose between heating and eating this week. This bread was dinner.",
        "We're on the food bank now but your budget loaf is a lifeline.",
        "Being made homeless on Friday. Thank you for the free recipes.",
        "I got my notice at work today, 30 years. Baking helps.",
        "I can't stop thinking about the accident.",
        "Nobody came to my birthday. Baked this for myself.",
        "Starting antidepressants this week. Baking is my calm.",
        "Mum went into a home this week. I made her bread to take in.",
        "My dad's been given weeks, not months. We baked this together.",
        "Baking this for my angel baby's birthday today.",
    ],
)
def test_a_hard_time_at_home_at_work_or_in_the_family_gets_the_quiet_reply(text):
    assert_read_hard(text, "en", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "He hits me with puns every time I bake.",
        "She beats me when we race to the last slice!",
        "I'm scared to go home and face the mess in my kitchen lol",
        "I volunteer at the food bank and we bake this for the clients.",
        "We donate loaves to the food bank every Friday.",
        "I got my notice of acceptance to culinary school today!",
        "I can't stop thinking about the crust on this loaf.",
        "Nobody came to my birthday party because of the snow, so more bread for me!",
        "My grandma moved into a new home near us, baked this for her housewarming.",
        "Our angel food cake recipe is similar!",
        "Starting a new job this week, baking to calm the nerves!",
        "My condolences to my diet.",
    ],
)
def test_the_same_words_at_play_or_at_work_stay_warm(text):
    assert_read_warm(text, "en")
