"""Warm English comments the thirty-eighth session's new cues had read as something darker.

The session taught the tone reader many new ways a loss, a hard time, a reader at risk, a jab or
spam is said without the usual words ("the memorial tea", "Grandpa didn't make it", "I used again
last night", "I'm going to end it tonight", "Thanks for wasting my flour", "check out
bestbreadmachines dot com"). The same words in everyday use had followed: a rugby club's memorial
cup, a brother who didn't make it onto the team, a starter that didn't make it through the night, a
zodiac sign, an inbox purged again, a flare at the sailing club, a toddler who left her mother for
grandma's cake, a sister who beats the reader when they bake, a notice of a passed exam, a box set
ended tonight, a grandma who would turn in her grave at shop-bought pastry. Each had been given
condolences, a helpline, a hostile reading or a spam one, and lost its quote and its star; each is
pinned here as warm again, beside the real case the cue was written for (tested in
reviews/test_review_s38_en.py).
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, draft_of


def read_and_draft(text: str):
    """Return the tone of *text* and its ordinary (not support) English draft."""
    return read_tone(text), draft_of(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        # a rite, news or a death told without the word, in its everyday sense
        "Our village hosts a memorial tea every November for the war memorial restoration fund, "
        "and your scones sold out first.",
        "I'm the caterer for a memorial lunch at the Lincoln Memorial Park next week, so I'm "
        "scaling this up.",
        "Took these to the memorial gathering at the old railway museum, a yearly event for the "
        "steam enthusiasts.",
        "Made this for a memorial meal at my history society where we remember the 1666 fire "
        "with period food.",
        "Baked two of these for the memorial dinner after our rugby club's annual memorial cup, "
        "everyone asked for the recipe.",
        "Made this cake for a celebration of life and love at our wedding anniversary, it was "
        "perfect!",
        "This bread went to a celebration of life at our school: the kids planted a tree for "
        "Earth Day.",
        "Dinner at the Shiva house last night: my neighbours Raj and Priya Shiva loved your loaf.",
        "Heard my brother didn't make it onto the team this year, so I baked him this to cheer "
        "him up.",
        "Found out my son didn't make it into the final, but he's thrilled with third place.",
        "Mum told me Dad didn't make it home in time for dinner, so more bread for us!",
        "The news that my friend didn't make it to the party was sad, but we saved her a slice.",
        "Heard my niece didn't make it to the wedding because of the snow, so we sent her a loaf.",
        "My starter didn't make it through the night in the cold garage, so I'm starting again.",
        "I didn't make it through the night shift without a slice of this, thank you!",
        "The kids didn't make it through the night without raiding the cake tin.",
        "Guess which zodiac sign bakes the best bread in our house. It's Cancer!",
        "I work in a lab and half the slides I read all day say it's cancer. Baking is my way to "
        "switch off, and this loaf was perfect.",
        "The bus was full but it took my son too.",
        "My first year as a widow spider keeper, and now I bake to relax. Lovely loaf!",
        "Put my old boy to sleep with a warm bottle and then baked this.",
        "We put our sweet old boy to sleep in his crate and had the kitchen to ourselves.",
        "Stage 2. Eat it while I can before the kids find it!",
        "Stage 1. Baking while I can still get flour at the shop.",
        # a hard time's words, in a job, a play, a joke or a diet
        "I'm a solicitor and I had an eviction hearing to cover for a client this morning, so "
        "this loaf was my reward.",
        "My daughter's a court clerk, eviction court on Mondays, and she says this bread is the "
        "best part of her week.",
        "In the play I'm in, the bailiffs came in the second act, and I baked this for the cast "
        "party.",
        "Just watched the episode where the bailiffs turned up at Downton. Perfect with a slice "
        "of this.",
        "My husband doesn't recognise me anymore with flour all over my face!",
        "My son doesn't know me anymore since he discovered football, so I bribe him with this "
        "bread.",
        "The dog doesn't recognise me anymore since I started wearing an apron.",
        "My grandson doesn't know who I am anymore now that he's a big teenager, but he still "
        "eats my bread.",
        "My inbox got purged again, so I lost your newsletter. Please resubscribe me!",
        "The forum purged again last night and I lost my old posts about this recipe.",
        "I purged after making this: the whole pantry, clearing out old flour!",
        "The mods purged again, but your recipe survived, phew.",
        "We were having a flare demonstration at sailing club, then I came home and baked this.",
        "During a flare ceremony at the lifeboat station, everyone ate this bread.",
        "I'm in the middle of a flare photography project, lens flare everywhere, and this loaf "
        "was my model.",
        "My eczema flared up from all the flour lol, still worth it.",
        "My wrist pain flared up after kneading, I should use the mixer next time!",
        "I've been restricting again - carbs for my marathon prep - but made an exception for "
        "this!",
        "Been skipping meals again because of exam week, this bread is my cheat.",
        "Great recipe. I used again yesterday the spelt flour and it worked.",
        "First time I used rye. And I used again last night, even better!",
        "I drank again last night the tea you recommended, so good with this loaf.",
        "My toddler ate two slices then she left me for her grandma's cake.",
        "She left me for a croissant, honestly, my daughter has no loyalty.",
        "He left me for his PlayStation as soon as the bread was out of the oven.",
        "I'm scared to go home, I left the oven on! Just kidding, it's off.",
        "I'm so scared to go home tonight, my kids will have eaten all of it.",
        "I'm afraid to go home again after my first loaf disaster, my husband will tease me.",
        "She beats me when we bake together, her loaves always rise higher.",
        "He beats me when it comes to sourdough, my brother is the real baker.",
        "I handed my notice today to start my own bakery!",
        "Handed my notice yesterday after twenty years, retiring at last and baking every day.",
        "I got my notice today that I passed my baking exam!",
        "Got my notice this week: our allotment plot is ours at last, so I celebrated with this "
        "loaf.",
        "I was given my notice at work today - of my promotion! Celebrating with this bread.",
        "I can't stop thinking about the crash in last night's F1 race, what a finish. Anyway, "
        "this bread!",
        "I can't stop thinking about the accident in the baking show, poor man dropped his whole "
        "cake.",
        "Can't stop thinking about the crash of my soufflé, but this loaf made up for it.",
        "Nobody came to my birthday party. Just kidding, everyone came for the cake!",
        "My daughter moved into a home this week, her first flat! Made her this loaf as a "
        "housewarming gift.",
        "My starter was given days to live but it bounced back with your feeding tips.",
        "My old oven was given weeks to live by the repairman but it baked this perfectly.",
        "My angel daughter helped me clean up afterwards, so sweet.",
        "Our angel baby slept through the whole bake, a miracle!",
        "My angel son washed all the dishes without being asked!",
        "Our son would have been 10 today, if the party hadn't moved to Sunday! "
        "Baking this for it.",
        "My first Christmas as a widow's walk owner, our new house has one! "
        "Baked this to celebrate.",
        "Heard my brother didn't make it, the team was picked yesterday, so I baked him this.",
        "Day 3 of a bake-off marathon, my oven is having a flare-up of its own lol.",
        "I got my notice at work today: I'm going full-time at the bakery!",
        "I'm so scared to go home tonight and face my kids with no bread left.",
        "I started antidepressants for my dog, the vet says he's anxious. "
        "This bread cheers us both.",
        "Our angel baby is now 18 and baking her own bread!",
        "My angel boy turned 7 today and we baked this together.",
        "Purged again? No, just cleaned out my pantry to make room for this flour.",
        "She left me for a younger baker in the bake-off team, ha, I'm still on the B team.",
        "The memorial tea at church raised £300 for the roof, and your scones helped!",
        "Brought this to the celebration of life for our cat, a party for her 20th birthday!",
        "The bailiffs came to the wrong house, it was hilarious, they left with a loaf.",
        "He left me for a whole afternoon to watch the match, so I baked.",
        "Given weeks to live, my sourdough starter is thriving again!",
        "My angel baby cousin loves this bread.",
    ],
)
def test_everyday_words_of_a_hard_time_are_no_grief(text):
    tone, draft = read_and_draft(text)
    assert tone.label != "grief", tone.cues
    assert not tone.loss and not tone.crisis and not draft.crisis


@pytest.mark.parametrize(
    "text",
    [
        "Only two episodes left of the box set, I'm going to end it tonight.",
        "Three chapters left in this book. I'm going to end it tonight.",
        "This diet has gone on long enough. I'm going to end it today.",
        "I wasn't going to be here for Christmas, we'd booked Spain, but my mum changed my mind "
        "and I'm baking this for everyone.",
        "I wasn't planning to be around for Christmas this year but the snow kept me home, so I "
        "baked!",
        "My toddler took a whole packet of paracetamol out of the cupboard - don't worry, child "
        "locks are on now.",
        "My free trial runs out tomorrow, I'm going to end it tonight.",
        "The argument with my brother about proofing times has gone on for weeks. I'm going to "
        "end it today.",
        "I wasn't going to be here for my birthday, work sent me to Leeds, but my boss changed "
        "my mind.",
    ],
)
def test_a_box_set_a_trip_or_a_toddler_gets_no_helpline(text):
    tone, draft = read_and_draft(text)
    assert not tone.crisis and not tone.danger_now and not draft.crisis, tone.cues


@pytest.mark.parametrize(
    "text",
    [
        "Last shift! I won't need my work shoes after Friday.",
        "I won't need the stand mixer after this week. My sister is taking it back.",
        "I won't need my umbrella after today. Sunshine at last!",
    ],
)
def test_things_not_needed_after_friday_are_no_guarded_sign(text):
    tone, draft = read_and_draft(text)
    assert not tone.guarded and draft.quote != "", tone.cues


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for wasting my flour budget for the month, I can't stop baking this.",
        "Flour everywhere, the kids ruined my kitchen, thanks! Best day ever.",
        "Now my kitchen is ruined, cheers! Worth it for this loaf.",
        "So kind of you to finally share something that works for gluten-free bakers, thank you!",
        "Good of you to finally write something useful for us beginners, we've all been asking!",
        "Love how you skipped the hard bits and made it simple for beginners.",
        "Love how you left out all the crucial steps that always scared me, and it still works!",
        "This is so bad it's funny - my attempt, not your recipe! Mine looks like a frisbee.",
        "People laughed at bakers like you and me who talk to their starters, but look at us now!",
        "I used shop-bought pastry, my grandma would be turning in her grave!",
        "My nonna would be spinning in her grave if she saw me put pineapple on this.",
        "I added raisins, my grandmother would be rolling in her grave, but it was delicious.",
        "My mum would be turning in her grave at my kneading, but your method made it easy.",
        "My ancestors would be rolling in their graves at this gluten-free version, but it tastes "
        "great.",
        "Honey, this is not a recipe, it's a love letter!",
        "Hun, that's not how my mum did it, but I loved yours even more!",
        "I made a pun in the group chat about your loaf. I hope nobody reads this.",
        "Oh great, another thousand words before the recipe? Yes please, I love your stories!",
        "Everyone laughed at posts like this until they tried it, now we're all baking.",
        "My mother would be turning in her grave if I used bread mix, so I use yours.",
        "Honey, that's not a mistake, that's a happy accident.",
        "Sweetheart, this isn't a loaf, it's a cloud!",
        "Oh great, another thousand words before the recipe, I'm hooked on your stories.",
        "Ruined my Sunday, thanks! In the best possible way.",
        "This is so bad it's almost impressive, my husband says about my braiding. Yours is "
        "perfect.",
    ],
)
def test_a_joke_on_oneself_or_warm_thanks_is_no_jab(text):
    tone, draft = read_and_draft(text)
    assert tone.label != "hostile", tone.cues
    assert not draft.advice.startswith(HOSTILE_ADVICE)


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


@pytest.mark.parametrize("number", [2, 4, 6])
def test_a_parents_verdict_on_todays_loaf_is_no_memory(number):
    text = "My dad said it was better than the bakery's, high praise from him."
    draft = draft_of(text, "en", number=number)
    assert draft.quote and "memory" not in draft.text.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "I am going to end it tonight.",
        "im gonna end it tonight",
        "I'm going to end it tonight. Thank you for the recipes.",
    ],
)
def test_end_it_tonight_in_any_spelling_gets_the_helpline(text):
    tone, draft = read_and_draft(text)
    assert tone.crisis and draft.crisis and draft.gold_stars == 0 and draft.quote == "", tone.cues


@pytest.mark.parametrize(
    "text",
    [
        # a book named in passing does not explain "end it" away: no star, no quote
        "Your posts got me through the book club season. I'm going to end it tonight.",
        "I'm going to end it tonight. Tell my sister she can keep the diet books.",
        # a box set does, but the words stay too close to a reader at risk to quote or star
        "Three chapters left in this book. I'm going to end it tonight.",
    ],
)
def test_end_it_beside_a_book_or_a_box_set_is_never_starred_nor_quoted(text):
    tone, draft = read_and_draft(text)
    assert tone.guarded and draft.gold_stars == 0 and draft.quote == "", tone.cues
