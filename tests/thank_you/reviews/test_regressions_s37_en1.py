"""Warm English comments the session-37 review found read as grief, a reader at risk or news to
congratulate after the day's new cues, read as they did at the session's start again.

The review (/tmp/rev37/REPORT.md, A5, A6, B, C, F, H) found the new oblique cues of a loss, a low
mood, a reader at risk and a birth or a wedding firing on everyday words: condolences for a house
"only a few hours away", cookies that "only lived three days in my fridge", a mum who "isn't with
us any more this week, she's on a cruise", a party moved from a birthday, a son who passed his
driving test "two weeks later!"; "I'm so sorry you're going through this" for a trip to Paris, an
empty chair at a night shift, a flat empty since a roommate moved, a boyfriend's jumper, Sichuan
pepper, cake, suspense, a toddler, a flu, a marathon, teething and tax season; a helpline for
"My kids would be fine without me. So I booked the baking retreat!" and a new life as a baker;
no star nor quote for a last loaf before a new kitchen, an exam done, a winter coat, maternity
leave, a meetup, a book club and a relegated team; and "What wonderful news. Congratulations"
for a wedding in 1985, a daughter born in 1990, a dad since last year, a stand mixer, a brownie
recipe and a baby goat. Each cue now stops short of these; the plain loss, low mood or news it
was written for stays pinned in reviews/test_review_s37_en.py. A baby who "had a little girl last
night! Then we lost her this morning." was quoted with a gold star before and after: a loss now.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

CONGRATULATIONS = "congratulations"


@pytest.mark.parametrize(
    "text",
    [
        # each had been answered "I'm so sorry for your loss"
        "She only lived a few hours away from us, so we visited often. Lovely memories of her "
        "kitchen.",
        "They only lived three days in my fridge before we ate them all. Best cookies!",
        "He just lived for days like this, my grandad. Loved reading this.",
        "He barely lived two hours in London before he fell in love with the city. Lovely story.",
        "My mum isn't with us any more this week, she's on a cruise, so I'm baking alone. Great "
        "recipe!",
        "She isn't with us anymore at the office, she moved to Berlin, and we miss her bread.",
        "My brother isn't with us anymore on weekends, he's got a girlfriend now, lol. Great post.",
        "Hey, quick one: my mum isn't with us anymore for Christmas this year, she's in Australia. "
        "Any recipe that travels well?",
        "Her birthday would have been tomorrow but we moved the party to Saturday. I'll make this "
        "cake!",
        "My son passed two weeks later! Driving test done. Thanks for the tips.",
    ],
)
def test_a_house_away_cookies_a_cruise_a_party_moved_or_a_test_passed_is_no_death(text):
    assert_read_warm(text, "en")
    assert not read_tone(text).loss


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


def test_a_new_life_as_a_baker_on_a_hard_day_post_is_no_crisis():
    text = (
        "Goodbye, everyone! Thanks for everything. Tomorrow I start my new life as a baker in Lyon."
    )
    tone, draft = read_tone(text, support=True), draft_of(text, support=True)
    assert not tone.crisis and not draft.crisis and draft.text != ""


@pytest.mark.parametrize(
    "text",
    [
        # each had lost its star and its quote, as words a reader at risk may write
        "This is my last bake. Thank you for all the recipes, I'm moving to a tiny flat with no "
        "oven!",
        "This will be my last loaf. Thanks for everything, the new kitchen is ready and I switch "
        "to your pizza series!",
        "Nobody would care if I stopped commenting, ha, but I'll keep doing it anyway. Great post!",
        "Nobody would care if I stopped posting recipes, but you would! Keep going.",
        "I won't be needing this after Friday, the exam is done! Thanks for the study guide.",
        "I won't be needing my winter coat after this week, spring is here!",
        "Goodbye everyone, thanks for everything! Off on maternity leave, back next spring.",
        "Thanks for everything, goodbye everyone! See you at the meetup.",
        "Farewell my friends, thanks for everything. It's been a great ten years of this book "
        "club.",
        "I don't see the point. Why would anyone not use your method?",
        "Life has felt grey since my team got relegated lol. Good read.",
    ],
)
def test_a_move_an_exam_a_leave_a_meetup_or_a_relegation_is_quoted_again(text):
    assert_read_warm(text, "en")
    assert not read_tone(text).guarded
    assert any(draft_of(text, number=n).quote for n in range(1, 7))


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
        # each had been answered "What wonderful news. Congratulations" with no quote
        "We got married in 1985 and we still make this cake every anniversary. Thank you!",
        "Our daughter was born in 1990 and she still asks for your mum's cake recipe. Thank you!",
        "Our twins were born in 2015 and still fight over the last cookie. Love this recipe.",
        "I became a dad last year and this recipe became my go-to for tired nights. Thanks!",
        "I became a grandma last year and now I bake for the whole family. Love your blog.",
        "My son was born on a Tuesday too, funny coincidence with your post! Great read.",
        "Just got married to my new stand mixer, lol. Best relationship ever. Thanks for the "
        "review!",
        "Got engaged to this recipe, no other brownie will do. Thank you!",
        "We had a baby boy! Well, a baby goat. Named him Crumpet. Great blog on farm life.",
    ],
)
def test_news_of_years_ago_a_stand_mixer_or_a_goat_gets_no_congratulations(text):
    tone = read_tone(text)
    assert_read_warm(text, "en")
    assert not tone.good_news
    for number in range(1, 7):
        assert CONGRATULATIONS not in draft_of(text, number=number).text.casefold()


def test_a_baby_born_and_lost_the_next_morning_is_a_loss():
    text = "We had a little girl last night! Then we lost her this morning."
    assert_read_hard(text, "en", "grief")
    assert read_tone(text).loss and not read_tone(text).good_news
    assert CONGRATULATIONS not in draft_of(text).text.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "We had a baby girl last night! 3.2 kg of joy.",
        "We got married yesterday!",
        "I just became a dad! Thanks for the recipes that got us through.",
        "We finally had our baby boy today!",
        "Our son was born this morning. Thank you for the freezer meals!",
    ],
)
def test_news_of_now_is_still_congratulated(text):
    assert read_tone(text).good_news
    assert CONGRATULATIONS in draft_of(text).text.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "Our son only lived two hours.",
        "My daughter only lived three days. I bake this on her birthday.",
    ],
)
def test_a_child_who_only_lived_hours_or_days_is_a_loss(text):
    assert_read_hard(text, "en", "grief")
    assert read_tone(text).loss


def test_a_son_who_only_lived_hours_away_is_no_loss():
    assert_read_warm(
        "Our son only lived two hours away from the bakery, so we went every week.", "en"
    )
