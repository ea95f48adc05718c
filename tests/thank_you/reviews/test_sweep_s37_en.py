"""What the second regression review of session 37 found in English cues (and the danger-now line
in every language), and its near misses.

The line asking a reader to call their local emergency number had gone to a crisis told as past
("Years ago I took all my pills. ... baking your bread tonight.", « Il y a deux ans j'ai pris tous
mes médicaments. Ce soir je fête ma guérison »): "tonight" counted anywhere in the comment. A birth
beside a death that missed it ("...and my mum didn't live to meet him") and news that is no news
("My son was born with a sweet tooth", "He proposed! To the pizza, at least.") were congratulated.
Cues added this session read a warm comment as grief, spam, scorn or a hint of risk when a later
sentence turned them: "I still make two cups of coffee out of habit. My husband's on a night shift
this week!", "Great post! Really valuable info on hydration. Thanks!", "Subscribe to my channel,
said my 8-year-old", "I really needed your whole life story today, it cheered me up." Each reads
as it did at the session's start; the harms each cue was added for stay read (their own tests).
"""

import pytest

from reply_drafts.language_lines import lines_for
from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

CONGRATULATIONS = ("congratulations", "good news", "wonderful news")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Years ago I took all my pills. Today I am two years sober and baking your bread "
            "tonight.",
        ),
        (
            "en",
            "Five years ago I swallowed a handful of pills. Tonight I'm celebrating five years "
            "alive with your cake.",
        ),
        (
            "en",
            "Tonight I am grateful. A year ago I took all my pills. Your blog kept me company "
            "after.",
        ),
        (
            "en",
            "I used to think everyone would be better off without me. Right now I'm just grateful.",
        ),
        (
            "fr",
            "Il y a deux ans j'ai pris tous mes médicaments. Ce soir je fête ma guérison avec "
            "ta tarte.",
        ),
        (
            "fr",
            "Ce soir je pense à vous. Il y a dix ans, j'ai pris tous mes cachets. Aujourd'hui je "
            "vais bien. Merci.",
        ),
        ("fr", "Il y a un an j'ai écrit des lettres d'adieu. Ce soir j'écris des recettes."),
        ("fr", "Ce soir je veux plus me réveiller demain avant midi, mdr, vacances !"),
        (
            "de",
            "Vor einem Jahr habe ich Abschiedsbriefe geschrieben. Heute Abend backe ich dein Brot.",
        ),
        ("it", "Un anno fa ho scritto lettere d'addio. Stasera faccio la tua torta."),
        ("pt", "Há um ano escrevi cartas de despedida. Hoje à noite faço o teu bolo."),
    ],
)
def test_an_act_told_as_past_is_no_danger_now(language, text):
    for support in (False, True):
        assert not read_tone(text, support=support).danger_now, read_tone(text).cues
    if language in ("en", "fr", "de"):
        assert not draft_of(text, language).text.endswith(lines_for(language).crisis_now)


@pytest.mark.parametrize(
    "text",
    [
        "A year ago I lost my job. Tonight I took all my pills.",
        "I used to bake every day. I'm standing on the bridge right now.",
        "I have the pills ready. Tonight is the night.",
    ],
)
def test_an_act_of_now_beside_a_past_told_is_still_danger_now(text):
    tone = read_tone(text)
    assert tone.crisis and tone.danger_now, tone.cues


def test_a_birth_beside_a_death_that_missed_it_is_not_congratulated_on_a_hard_day():
    for text in (
        "I became a grandma last week, and my husband never got to hold her. Thank you for this.",
        "We had a baby boy last week, and my mum didn't live to meet him. Your post helped.",
    ):
        tone, draft = read_tone(text, support=True), draft_of(text, support=True)
        assert not tone.good_news, tone.cues
        assert not any(words in draft.text.casefold() for words in CONGRATULATIONS)


@pytest.mark.parametrize(
    "text",
    [
        "We had a baby boy last night! My grandad didn't make it to see him, but we named him "
        "after him.",
        "We had a baby girl, and my dad didn't get to meet her. Thank you for this.",
        # no news at all, or none of now, or a joke
        "I had a son who studied in Lyon, and he loved this bread.",
        "My daughter was born at home, and ten years later she bakes this every Sunday.",
        "Our son was born the week you posted your first recipe, so we've followed you for "
        "12 years!",
        "He proposed on the beach and we ate your cake! 20 years ago now",
        "My son was born with a sweet tooth",
        "My daughter was born in this city, and she loves your bakery.",
        "We had a little girl over for a playdate and she loved your cookies.",
        "We got married in the same village where your bakery is!",
        "I got married to my job this month, ha.",
        "He proposed! To the pizza, at least.",
        "I became a mum again... to a rescue dog!",
        "We got married! Our friends, I mean, and we baked their cake.",
    ],
)
def test_news_beside_a_death_or_no_news_of_now_is_not_congratulated(text):
    assert_read_warm(text, "en", thanked=True)
    assert not read_tone(text).good_news
    assert not any(words in draft_of(text).text.casefold() for words in CONGRATULATIONS)


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


def test_a_friend_wanted_in_jest_gets_a_draft():
    text = (
        "I'm looking for a good friend who bakes, write to me at my email if you're in Leeds! "
        "No seriously, lovely recipe."
    )
    assert read_tone(text).label != "spam"
    assert draft_of(text).text != ""


@pytest.mark.parametrize(
    "text",
    [
        "I really needed your whole life story today, it cheered me up. Thank you.",
        "So needed the life story, honestly, it made me cry happy tears.",
    ],
)
def test_a_life_story_needed_on_a_hard_day_is_no_scorn(text):
    assert read_tone(text, support=True).label != "hostile"
    assert draft_of(text, support=True).text != ""


@pytest.mark.parametrize(
    "text",
    [
        "I still make two cups of coffee out of habit. It's been a year since he died.",
        "I baked this the day we got the call. I still can't believe she's gone.",
        "All I have left of her. Her recipe card, in her handwriting.",
        "See you at the wake on Friday. I can't believe he's gone.",
    ],
)
def test_a_loss_the_later_sentences_do_not_turn_is_still_one(text):
    assert read_tone(text).label == "grief", read_tone(text).cues
    assert draft_of(text).quote == "" and draft_of(text).gold_stars == 0
