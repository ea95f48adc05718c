"""English hard times and low moods, and the warm comments that share their words.

A reader who cannot stop crying, is just out of hospital, has a diagnosis told bare, lost a job or
a marriage, is estranged, or is low in a few words gets the quiet reply, no star and no quote;
comfort offered on the author's hard day stays comfort. Beside each case stand its warm twins
(a sad film, a cliffhanger, a toddler, a night shift, a marathon, a hospital as a workplace,
fighting software), which are no hard time.
"""

import pytest

from comment_server.tone_check import check_tone
from reply_drafts.grief import hard_time_cues
from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of
from tests.support.readings import (
    NEUTRAL,
    PRAISE,
    assert_drafted_on_a_hard_day,
    assert_read_quiet,
    reading,
)


@pytest.mark.parametrize(
    "title, opening",
    [
        (
            "Things nobody tells you after a miscarriage",
            "1. The forms still come. 2. The nursery stays painted. 3. The silence is loud.",
        ),
        ("Notes from the oncology ward", "Day 3 of chemo. Tired. The nurse brought ginger tea."),
        ("Journal de chimio", "Jour 3. Fatiguée. L'infirmière m'a apporté une tisane."),
        ("Annonce", "Licencié ce matin après dix ans. Carton sous le bras."),
    ],
)
def test_a_hard_day_told_without_i_is_still_one(title, opening):
    assert hard_time_cues(title, "", opening)


def test_a_release_that_would_have_been_today_is_no_hard_day():
    assert not hard_time_cues(
        "Release notes", "", "Version 2.0 would have been released today, but we found a bug."
    )


# Item 1: "can't stop crying" is grief, "stop crying" said to someone is scorn.


@pytest.mark.parametrize(
    "text",
    [
        "My dog died yesterday and I can't stop crying.",
        "Our cat passed away last week and I can't stop crying reading this.",
        "I can't stop crying today.",
        "Since the funeral I can't stop crying.",
        "I cant stop crying today.",
    ],
)
def test_a_reader_who_cannot_stop_crying_is_heard_not_held(text):
    assert_read_quiet(text)
    check = check_tone(text)
    assert check.tone == "grief"
    assert not check.held
    assert not check.nudge


@pytest.mark.parametrize(
    "text",
    [
        "My toddler wouldn't stop crying until she had a slice of this cake!",
        "I laughed so hard I couldn't stop crying 😂",
        "I couldn't stop crying laughing at the photo of the collapsed cake 😂",
        "The baby wouldn't stop crying so I baked these at 3am, worth it!",
    ],
)
def test_crying_toddlers_and_tears_of_laughter_keep_their_warmth(text):
    tone = read_tone(text)
    assert tone.label in ("praise", "neutral"), tone
    assert draft_of(text).quote  # a warm line, worth quoting back


@pytest.mark.parametrize(
    "text",
    [
        "Stage 4. They told me yesterday. I just wanted someone to know.",
        "Stage IV. The doctors said months, maybe a year. Your posts keep me company.",
    ],
)
def test_a_diagnosis_told_bare_is_the_readers_own_hard_time(text):
    assert_read_quiet(text)
    tone = read_tone(text)
    assert tone.shared
    assert not tone.loss


# Item 10: hospital, surgery, a child's illness told in passing.


@pytest.mark.parametrize(
    "text",
    [
        "Just got out of hospital after my operation, thanks for this post.",
        "Writing this from the children's ward, my daughter is asleep. Your blog keeps me sane.",
        "Home from hospital after my knee surgery, reading this on the sofa.",
        "Our son is in the neonatal unit, your bread is what I make to stay sane.",
        "Writing this from a hospital bed after my surgery",
    ],
)
def test_a_reader_in_or_just_out_of_hospital_gets_a_quiet_reply(text):
    assert_read_quiet(text)
    tone = read_tone(text)
    assert tone.shared
    assert not tone.doubtful
    assert "sarcasm" not in draft_of(text).advice


@pytest.mark.parametrize(
    "text",
    [
        "Just got out of hospital where I work night shifts, and read this on the bus. Lovely.",
        "The hospital cafeteria does a great version of this soup.",
        "I work on the children's ward and the nurses loved these cookies.",
    ],
)
def test_a_hospital_as_a_workplace_or_a_cafeteria_is_no_hard_time(text):
    tone = read_tone(text)
    assert tone.label == "praise", tone
    assert draft_of(text).quote


# Item 11: crying and exhaustion.


@pytest.mark.parametrize(
    "text",
    [
        "I keep crying at work and I don't know why.",
        "I haven't slept properly in weeks and I'm barely holding it together.",
        "I've been crying every night since the move.",
        "I kept crying all day and I can't tell anyone at home.",
        "Barely holding myself together this week.",
    ],
)
def test_crying_and_exhaustion_are_heard_not_quoted(text):
    assert_read_quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "I keep crying at the end of Up every single time.",
        "I'm barely holding it together after that cliffhanger, when's part two?!",
        "My toddler kept crying all day until I made your pancakes, now she's all smiles!",
        "The sandwich was barely holding itself together, too much filling, loved it.",
    ],
)
def test_a_sad_film_a_cliffhanger_or_a_toddler_is_no_hard_time(text):
    assert read_tone(text).label in ("praise", "neutral", "question")


HARD_DAY = "A Hard Day"


# Item 18: on the author's hard day, hope from a reader's own scare is comfort.


@pytest.mark.parametrize(
    "text",
    [
        "My mum had the same scan last spring. It turned out benign. Fingers crossed for you.",
        "My dad had the same biopsy. It turned out benign. Fingers crossed for you.",
        "Mine came back all clear after the same scare. Thinking of you.",
    ],
)
def test_hope_from_a_readers_own_scare_is_comfort_not_their_hard_time(text):
    tone = read_tone(text, support=True)
    assert tone.label == "grief"
    assert tone.comforting
    assert not tone.shared
    draft = draft_of(text, support=True, title=HARD_DAY)
    assert "going through this" not in draft.text
    assert draft.gold_stars == 0
    assert draft.quote == ""


@pytest.mark.parametrize(
    "text", ["Hang in there. Hugs.", "Beautifully written. I went through the same last year."]
)
def test_other_comfort_on_a_hard_day_is_unchanged(text):
    assert read_tone(text, support=True).label == "grief"
    assert draft_of(text, support=True, title=HARD_DAY).gold_stars == 0


def test_fingers_crossed_on_an_ordinary_post_is_no_hard_time():
    text = "Fingers crossed for you on the bake-off!"
    assert read_tone(text).label in ("praise", "neutral")


@pytest.mark.parametrize(
    "text",
    [
        # each had been answered "I'm so sorry you're going through this" or "That sounds so hard"
        "Had to say goodbye to Paris yesterday. What a trip! Your guide was perfect.",
        "My grandma's chair is still empty at the table because she's in Spain for the winter, "
        "lol. She'll love this recipe.",
        "His chair is empty at the table every Sunday because he's on night shifts. He loves your "
        "stew.",
        "My mum's seat is empty because she always stands to serve everyone! Love this post about "
        "family dinners.",
        "My grandpa's chair is empty. He's at the pub watching the match, haha.",
        "The kitchen feels empty without her, my sister moved out last week. But I get the oven to "
        "myself!",
        "The flat feels so empty without her, my roommate moved to Leeds. Gonna bake to cope, "
        "haha.",
        "My jumper still smells like him, my boyfriend is so sweet. Anyway great laundry tips!",
        "The blanket still smells of her, our new puppy I mean. Loved this post about dogs.",
        "Nothing tastes like anything anymore after Sichuan pepper, it ruined me! Amazing recipe.",
        "Nothing tastes of anything anymore since I had covid, but I still love cooking your "
        "recipes for my kids.",
        "Not sleepy tired. Just full of cake. Great recipe.",
        "I'm not physically tired. I'm tired of bad recipes! Yours is great.",
        "Not doing great. Doing AMAZING after this recipe!",
        "It's all just too much right now, so many tomatoes from the garden! Any recipes for "
        "sauce?",
        "I'm hanging by a thread, this series is so suspenseful! Post part 2 please.",
        "Tired of fighting! With my toddler over broccoli. This recipe ended the war, thank you.",
        "Falling apart since Monday, this flu is brutal. Your soup helped!",
        "I just want the pain to stop. Said every runner on mile 20. Great marathon guide!",
        "I just want this pain to stop. Teething is the worst. Any tips?",
        "Put my affairs in order. Tax season is brutal. Great tips!",
        "I've written my will and tidied everything up before my trip to Nepal. Your packing list "
        "was so useful!",
        # each had been read as a reader at risk, with a helpline
        "My kids would be fine without me. So I booked the baking retreat! Thanks for the "
        "recommendation.",
        "Goodbye, everyone! Thanks for everything. Tomorrow I start my new life as a baker "
        "in Lyon.",
    ],
)
def test_a_trip_a_night_shift_a_roommate_cake_or_a_marathon_is_no_hard_time(text):
    assert_read_warm(text, "en")
    assert not read_tone(text).guarded


@pytest.mark.parametrize(
    ("text", "support"),
    [
        ("Some days are hard. Today is not one of them! Thank you for the lovely recipe.", False),
        ("Some days are hard. You don't have to be strong. Love.", True),
    ],
)
def test_a_good_day_or_a_comforter_is_no_low_mood_of_the_readers(text, support):
    tone = read_tone(text, support=support)
    assert not tone.shared and not tone.crisis and not tone.guarded


@pytest.mark.parametrize(
    "text",
    [
        # each was read as hostile, with no draft on a hard-day post
        "Some people say nobody wants to read sad posts. They're wrong. Sending love.",
        "Nobody wants to read sad posts, my husband said, but I do, and I loved this one.",
    ],
)
def test_a_reader_who_says_others_are_wrong_about_sad_posts_reads_warm(text):
    assert_read_warm(text, "en")
    assert_drafted_on_a_hard_day(text)


@pytest.mark.parametrize(
    "text",
    [
        "Barely holding it together with the kids since he left.",
        "Falling apart since she left. Your posts help.",
        "I'm falling apart lately. This blog is my one calm place.",
        "Honestly falling apart this week. Thanks for the distraction.",
        "It's been a rough year. Your bread posts keep me going.",
    ],
)
def test_a_hard_time_told_in_passing_gets_the_quiet_reply(text):
    assert_read_hard(text, "en", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "Barely holding it together after that cliffhanger!",
        "The cake was barely holding together but it tasted great",
        "Barely holding it together with three toddlers this week, but this bread saved dinner!",
        "The loaf was falling apart, but delicious.",
        "My old cookbook is falling apart from use!",
        "I'm falling apart laughing at your dog photos.",
    ],
)
def test_a_cliffhanger_a_crumbling_cake_or_a_laugh_is_no_hard_time(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        # each had been quoted or starred, two read as hostile
        "I'm tired of fighting. Your blog was a nice distraction while it lasted.",
        "Everything is grey. Your photos are the only colour.",
        "My therapist quit and I have no one now.",
        "I don't have anyone to bake for anymore.",
        "Some days are just hard. Today's one of them.",
        "It's all too much lately.",
        "Hanging by a thread, honestly.",
        "Not doing great tbh. But this recipe looks lovely.",
    ],
)
def test_a_low_mood_said_in_a_few_words_gets_the_quiet_reply(text):
    assert_read_hard(text, "en", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "I'm tired of fighting with my oven, this recipe finally worked!",
        "Everything is grey outside, so I baked your lemon loaf.",
        "I have no one to share this with, so I ate it all lol",
        "Some days are just hard to get up early for, but this bread is worth it!",
        "It's too much! So delicious.",
        "My coat button is hanging by a thread, like my patience with my starter!",
        "Not doing great at shaping yet, but the taste is amazing!",
        "This will be my last bake of the year. Thanks for a lovely year of recipes!",
        "I just want the pain au chocolat to stop being so addictive!",
        "We gave my old cat to my mum's farm, she'll be happier with the mice!",
        "We put all my affairs in order for the move abroad, and baked one last loaf!",
    ],
)
def test_the_same_few_words_in_everyday_use_stay_warm(text):
    assert_read_warm(text, "en")


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


@pytest.mark.parametrize(
    "text",
    [
        "My daughter passed two months later, after the resit. So proud! Baking your cake.",
        "I made this the day we got the call. We got the house! Thank you.",
        "I baked this the day we got the call. Best news ever, we're adopting!",
        "I baked your bread the day we got the phone call. The job is mine!",
        "The day we got the call. That's the title of my novel, and your bread is in chapter two!",
        "I still make two cups of coffee out of habit. My husband's on a night shift this week!",
        "I still pour two mugs of tea out of habit. My roommate moved out, lol.",
        "We still keep setting the table for four. Our dog gets the fourth chair, lol.",
        "Then we lost her this morning... in the supermarket, for five minutes! Kids. Great post.",
        "All I have left of her. The recipe card, I mean, my aunt is alive and well and in Spain!",
        "Since mum went. To the gym. Haha. She's loving it.",
        "Her birthday would have been today if the hospital hadn't induced! Now it's Monday. "
        "Love this cake.",
        "See you at the wake on Friday! Kidding, it's my brother's 40th. Great cake recipe.",
        "I stopped taking my meds. The doctor said I'm all clear! Celebrating with your cake.",
        "I keep thinking about driving off and never coming back... from this lovely village you "
        "wrote about!",
        "The house feels so quiet without them, the kids are at grandma's! Peace at last.",
        "I don't have anyone to bake for anymore. The kids moved out. Off to the food bank "
        "with this!",
        "It's been two years today. Still the best recipe.",
    ],
)
def test_a_hard_time_a_later_sentence_turns_reads_warm(text):
    assert_read_warm(text, "en", thanked=True)
    assert not read_tone(text).guarded


def test_a_thread_hung_by_for_good_bread_is_no_hard_day():
    text = "Hanging by a thread, honestly, this bread is so good I can't stop eating it."
    assert read_tone(text, support=True).label != "grief"
    assert_read_warm(text, "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I've been fighting ms paint all day trying to make a logo like yours lol", PRAISE),
        ("I'm fighting ms office all day 😂 great post!", PRAISE),
        ("I was fighting sepsis of the soul aka Mondays.", NEUTRAL),
    ],
)
def test_fighting_software_is_no_illness(text, expected):
    """Fighting MS Paint or the Monday blues is no illness."""
    assert reading(text) == (*expected, False, False)


def test_a_reader_s_breast_cancer_is_answered_quietly():
    draft = draft_of("I've been fighting breast cancer for two years.")
    assert draft.tone == "grief" and draft.gold_stars == 0 and not draft.quote
