"""What the thirty-seventh session's review of English comments found, and its near misses.

A farewell with thanks for everything ("Goodbye everyone. Thanks for everything.") had been
starred and quoted as praise where the French « Adieu à tous. Merci pour tout. » reads as a reader
at risk; a hard time told in passing ("Barely holding it together with the kids since he left.",
"Falling apart since she left.") had been quoted with a gold star; a birth, an engagement or a
wedding announced in a comment had been quoted back as a fine line ("I have been thinking about
that line all morning") instead of congratulated, and a baby who "only lived two hours" had been
quoted as "something my post was missing". The same words in everyday use (a holiday, a move, a
new year, a cliffhanger, a crumbling loaf, a baby goat) read as before.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

CONGRATULATIONS = "congratulations"


@pytest.mark.parametrize(
    "text",
    [
        "Goodbye everyone. Thanks for everything.",
        "Goodbye everyone. Thank you all for everything.",
        "Farewell, everyone. Thank you for everything.",
        "Thank you for everything. Goodbye everyone.",
    ],
)
def test_a_farewell_with_thanks_for_everything_is_heard_like_the_french(text):
    draft = draft_of(text)
    assert read_tone(text).crisis and draft.crisis
    assert draft.gold_stars == 0 and draft.quote == ""


def test_the_last_comment_with_thanks_for_everything_stays_guarded():
    draft = draft_of("This is my last comment. Thank you all for everything.")
    assert read_tone("This is my last comment. Thank you all for everything.").guarded
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Goodbye everyone, off on holiday for two weeks! Thanks for everything, see you in June.",
        "Thanks for everything you write!",
        "Moving to Canada, goodbye everyone and thanks for the recipes!",
        "Goodbye 2025, thanks for everything.",
        "Goodbye everyone, I'm closing my blog. Thanks for everything!",
        "Goodbye everyone lol, thanks for everything, the party was great",
    ],
)
def test_a_holiday_a_move_or_a_new_year_is_no_farewell(text):
    assert_read_warm(text, "en")


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
        "We had a baby girl last night! 3.2 kg of joy.",
        "We got engaged last weekend! Your cake recipe will be at the wedding.",
        "We got married on Saturday! Your lemon cake was our wedding cake.",
        "Our son was born on Tuesday, so I'll be baking less for a while!",
        "Just got engaged!! Had to tell someone. Love this blog.",
        "I just became a grandma! Baking for the new parents all week.",
        "It's a girl! Thank you for the nursery bread recipes.",
    ],
)
def test_a_birth_or_a_wedding_announced_is_congratulated_not_quoted(text):
    for number in range(1, 7):
        draft = draft_of(text, number=number)
        assert read_tone(text).good_news
        assert CONGRATULATIONS in draft.text.casefold()
        assert draft.quote == "" and draft.gold_stars == 0


def test_a_birth_on_a_hard_day_post_is_met_quietly_glad():
    text = "We had a baby girl last night! 3.2 kg of joy."
    draft = draft_of(text, support=True)
    assert draft.advice.startswith("A quiet reply")
    assert "glad to hear the good news" in draft.text
    assert "!" not in draft.text and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Congrats on the baby! So happy for you.",
        "Did you get married? Hope so!",
        "I hope we get engaged this year.",
        "We had a baby goat born on the farm last night! So cute.",
        "She lived two days in Paris and loved the bread.",
    ],
)
def test_the_authors_news_a_hope_or_a_baby_goat_gets_no_congratulations(text):
    tone, draft = read_tone(text), draft_of(text)
    assert not tone.good_news and not tone.loss
    assert CONGRATULATIONS not in draft.text.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "We had a baby boy last week but he only lived two hours.",
        "Our daughter was born sleeping on Tuesday.",
        "Our son was born at 26 weeks and is in the NICU. Please keep him in your thoughts.",
    ],
)
def test_a_baby_lost_or_in_intensive_care_gets_no_congratulations(text):
    assert_read_hard(text, "en", "grief")
    assert CONGRATULATIONS not in draft_of(text).text.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "Sometimes I think about not waking up.",
        "Everyone would be fine without me honestly.",
    ],
)
def test_a_reader_at_risk_said_plainly_is_told_where_help_is(text):
    assert read_tone(text).crisis
    assert "findahelpline.com" in draft_of(text).text


@pytest.mark.parametrize(
    "text",
    [
        # each had been starred, quoted, or thanked "for the pushback"
        "I've been giving my plants to neighbours. Won't need them where I'm going.",
        "I keep thinking about just driving and not stopping.",
        "I've stopped taking my meds. Baking is all I have left.",
        "I won't be needing the recipe book after this week. Giving it to my sister.",
        "I don't think anyone would notice if I stopped commenting.",
        "It's been a year today. I baked his favourite.",
    ],
)
def test_words_a_reader_at_risk_may_write_are_never_quoted_nor_starred(text):
    for number in range(1, 7):
        draft = draft_of(text, number=number, commenter_comments=6)
        assert draft.gold_stars == 0 and draft.quote == ""
        assert "pushback" not in draft.text and "disagree" not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        "Her chair is still empty at the table. Baked your loaf anyway.",
        "The house is so quiet now without him. This recipe filled it a little.",
        "Lost our little one at 12 weeks. Baking helps me not think.",
        "My brother isn't with us anymore. He'd have laughed at your oven story.",
        "Nobody calls me by my nickname anymore since mum went.",
        "I had to say goodbye to Biscuit yesterday. 14 years. Your dog post made me cry.",
        "We had to say goodbye to our old dog on Monday.",
        "Some days I wonder why I bother. Your posts are the only thing I read.",
        "Writing this at 3am again. Can't stop the thoughts.",
        "I'm so tired. Not sleepy tired. Just tired.",
    ],
)
def test_a_loss_or_a_low_mood_said_obliquely_gets_the_quiet_reply(text):
    assert_read_hard(text, "en", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "I had to say goodbye to my sister yesterday, she flew back to Sydney. Baking to cheer up!",
        "I had to say goodbye to my favourite jeans today lol",
        "The house is so quiet without them since the kids went back to uni, so I bake.",
        "It's been a year today since I started this starter! Happy birthday Bubbles.",
        "It's been a year today. Happy blogiversary!",
        "I lost the baby weight with your salads!",
        "We lost our little one's favourite toy at the park.",
        "My dad isn't with us this Christmas, he's working abroad.",
        "Since mum went back to work, I bake on Sundays.",
        "Can't stop thinking about this cake.",
        "Can't stop the thoughts of this cake!",
        "Not sleepy tired, just full of bread lol",
        "Everyone would be fine without me at the party, so I stayed home and baked this!",
        "My family would be fine without me for a weekend, so I took your baking class!",
        "I've stopped taking my meds for hay fever since the season ended.",
        "Giving my old tins to the charity shop. Won't need them, I bought new ones!",
        "I keep thinking about just driving and not stopping until we hit the coast. Road trip!",
    ],
)
def test_the_same_words_in_everyday_use_read_warm(text):
    assert_read_warm(text, "en")
    assert not read_tone(text).guarded


@pytest.mark.parametrize(
    "text",
    [
        # each had been quoted back, most with a gold star
        "I'm sure your kids love eating experiments.",
        "Well, it's certainly a post.",
        "Thanks for the 2000 words before the recipe, really needed your life story.",
        "Another day, another humblebrag.",
        "Great recipe if you enjoy bricks.",
        "Love how you ignored every comment from last time.",
        "I guess effort is optional now.",
        "Real bakers weigh their flour, but okay.",
        "My grandma baked better bread blindfolded.",
        "Keep your day job.",
        "Funny how the sponsored posts always come out so well.",
    ],
)
def test_scorn_in_a_light_voice_is_neither_quoted_nor_starred(text):
    assert_read_hard(text, "en", "hostile")


@pytest.mark.parametrize(
    "text",
    [
        "I was nervous, but okay, it worked!",
        "It didn't rise much, but okay!",
        "Another day, another loaf! Love it.",
        "Well, it's certainly a recipe I'll keep forever! Thank you.",
        "Love how you always find the bright side.",
        "Love how you never give up on a loaf!",
        "I'm sure your kids love eating your bread every day!",
        "Great if you like crusty bread.",
        "My grandma baked better bread than anyone, and this comes close!",
        "I could bake this in my sleep now, thanks to you.",
        "Funny how the simplest recipes are the best.",
        "Thanks for the life story, I actually love reading them!",
    ],
)
def test_warm_comments_in_the_same_words_stay_warm(text):
    assert_read_warm(text, "en")


def test_a_prize_you_have_been_selected_for_is_spam():
    text = "Congratulations, you have been selected for a free iPhone, claim now."
    assert read_tone(text).label == "spam" and draft_of(text).text == ""


def test_being_selected_for_the_team_is_no_spam():
    assert_read_warm("I've been selected for the regional bake-off thanks to your recipes!", "en")


@pytest.mark.parametrize(
    "text",
    [
        # each had been answered "I'm so sorry you're going through this" or "for your loss"
        "I'm literally dead, this dog photo 😂",
        "I've been in a dark place with my baking skills but this fixed it lol",
        "Heartbroken that I burned the first batch, the second was perfect.",
    ],
)
def test_a_laugh_or_a_burned_batch_gets_no_condolences(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "My dog is dead. I can't stop crying.",
        "Heartbroken that my dad is gone.",
        "I've been in a dark place since the divorce.",
    ],
)
def test_a_loss_or_a_dark_place_of_ones_own_is_still_heard(text):
    assert_read_hard(text, "en", "grief")


@pytest.mark.parametrize(
    "text",
    [
        # each had been thanked on the author's hard day ("I read every word, and I'm grateful")
        "Everyone dies eventually, no need to make a post about it.",
        "Maybe take a break from blogging, nobody wants to read sad stuff.",
    ],
)
def test_scorn_for_a_hard_day_post_gets_no_draft(text):
    draft = draft_of(text, support=True, title="Saying goodbye to Mum")
    assert read_tone(text, support=True).label == "hostile"
    assert draft.text == "" and draft.advice.startswith("Scorn for your hard-day post")


def test_a_reader_who_says_they_have_stopped_seeing_the_point_is_flagged():
    text = "I've felt like giving up too since my wife died. Some nights I don't see the point."
    draft = draft_of(text, support=True, title="Saying goodbye to Mum")
    assert read_tone(text, support=True).guarded
    assert "a reader at risk may write" in draft.advice


@pytest.mark.parametrize(
    "text",
    [
        "Nobody wants to read sad stuff? I do. Your honesty helps me.",
        "I don't see the point of adding sugar, but it works!",
    ],
)
def test_a_reader_who_answers_the_scorn_or_talks_of_sugar_is_not_held_as_either(text):
    tone = read_tone(text, support=True)
    assert tone.label != "hostile" and not tone.guarded


@pytest.mark.parametrize(
    "text",
    [
        # each had been quoted back, most with a gold star
        "I've written my will and tidied everything up. Just wanted to thank you for the recipes "
        "over the years.",
        "Gave my cat to my neighbour today. She'll be better off.",
        "This will be my last bake. Thank you for teaching me.",
        "Nobody would care if I was gone, but your posts made me smile.",
        "I just want the pain to stop.",
    ],
)
def test_more_words_a_reader_at_risk_may_write_are_never_quoted_nor_starred(text):
    for number in range(1, 7):
        draft = draft_of(text, number=number, commenter_comments=6)
        assert draft.gold_stars == 0 and draft.quote == ""
    tone = read_tone(text)
    assert tone.guarded or tone.label == "grief"


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
        # each had been quoted back, some with a gold star "for catching that"
        "What a shock, another recipe that doesn't work.",
        "I used to like this blog.",
        "This is fine if you've never eaten real bread.",
        "Appreciate the effort, I guess.",
    ],
)
def test_more_light_scorn_is_neither_quoted_nor_starred(text):
    assert_read_hard(text, "en", "hostile")


@pytest.mark.parametrize(
    "text",
    [
        "What a surprise, another baby on the way for my sister!",
        "I used to love this blog and I still do!",
        "If you've never eaten real sourdough, this recipe is the place to start.",
        "Appreciate the effort you put into these photos!",
    ],
)
def test_surprises_old_love_and_first_sourdough_stay_warm(text):
    assert_read_warm(text, "en")


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
        "Her birthday would have been tomorrow.",
        "My nan's recipe box is all I have left of her.",
        "We got married in the hospital chapel so Dad could be there. He passed a week later.",
    ],
)
def test_a_loss_said_by_what_is_left_is_a_loss(text):
    assert_read_hard(text, "en", "grief")
    assert read_tone(text).loss
    assert CONGRATULATIONS not in draft_of(text).text.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "I was devastated when my loaf collapsed, but version two is perfect!",
        "My birthday would have been perfect with this cake!",
        "He passed the exam a week later, thanks to your study snacks!",
    ],
)
def test_a_collapsed_loaf_a_birthday_wish_or_an_exam_passed_gets_no_condolences(text):
    assert_read_warm(text, "en")


def test_a_birth_after_miscarriages_is_good_news_not_a_loss():
    text = "After three miscarriages, we had a baby girl last night."
    tone, draft = read_tone(text), draft_of(text)
    assert tone.label == "grief" and tone.good_news and not tone.loss
    assert "glad to hear the good news" in draft.text
    assert "loss" not in draft.text and draft.quote == "" and draft.gold_stars == 0


@pytest.mark.parametrize(
    "text",
    [
        "After two miscarriages we had a baby girl. She's in the NICU.",
        "After our baby was born, my dad died.",
        "After three miscarriages, we had a baby girl last night, but she only lived two hours.",
    ],
)
def test_a_birth_beside_a_loss_or_intensive_care_is_no_good_news(text):
    tone = read_tone(text)
    assert tone.label == "grief" and not tone.good_news


@pytest.mark.parametrize(
    "text",
    [
        # each had been quoted back, one with a gold star
        "Nothing tastes like anything anymore.",
        "Packed up his tools today. The workshop smells like him still.",
        "Her cardigan still smells of her.",
    ],
)
def test_a_grief_told_by_taste_or_smell_gets_the_quiet_reply(text):
    assert_read_hard(text, "en", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "Nothing tastes like anything anymore without salt, add more!",
        "The kitchen still smells like bread, he loves it!",
        "My dog still smells like him after his bath lol",
    ],
)
def test_salt_bread_and_a_bath_are_no_grief(text):
    assert_read_warm(text, "en")
