"""What a sixth review of English comments found, over three hundred written for it.

Readers at risk who had been thanked for a correction ("thoughts of not being here anymore"),
quoted ("I stood on that same bridge last month and thought about jumping") or read as hostile
("I don't see the point of getting up"); a reader's cancer starred; jabs that had been quoted or
starred ("A child could do better.", "Shame about the parenting. 🙃") or thanked on the author's
hard day ("Maybe you should have worked harder lol"); and jokes that had lost their warmth ("I'm
dead 😂" read as a death, "Shut up and take my upvote." as a threat, "Holy crap this is fast" as
contempt). The near misses of the new cues that read right already (a swim off a bridge, "nobody
would miss me at the office party lol", laughing scorn on a hard day) are kept as they are.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of

LAID_OFF = "I was laid off today"
THE_SCAN = "The scan came back"
GOODBYE = "Goodbye, Dad"


@pytest.mark.parametrize(
    "text",
    [
        "I have been having thoughts of not being here anymore since the baby came. I don't know "
        "who to tell.",
        "I stood on that same bridge last month and thought about jumping. I didn't. Still here.",
        "I lost my job too and my wife left. Honestly I don't see a way out anymore.",
        "Same here. Feels like I'm worthless now. Nobody would miss me.",
        "My mom died of the same thing three months ago and I don't see the point of anything now.",
        "I've been thinking about joining her. Sorry, I know this is your post.",
    ],
)
def test_a_reader_at_risk_is_heard(text):
    assert read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "I stood on the bridge and thought about jumping in for a swim, the water looked so clear!",
        "We stood on that bridge at sunset and thought about it for a while, such a view.",
        "Having thoughts of not being here for the holidays this year, we're moving to Spain!",
        "Nobody would miss me at the office party lol",
        "Nobody would miss me if I skipped the meeting, so I baked instead.",
        "I can't see a way out of this maze of config files, any help?",
        "I wish I could just fall asleep and not wake up for a week lol, finals are brutal",
        "I'm thinking of joining them at the bakery class next week!",
    ],
)
def test_a_swim_a_move_or_a_maze_of_config_files_gets_no_helpline(text):
    assert not read_tone(text).crisis


@pytest.mark.parametrize(
    ("text", "support", "title"),
    [
        (
            "Some days I don't see the point of getting up. Baking your bread is the only thing I "
            "look forward to.",
            False,
            "My week of sourdough",
        ),
        (
            "I don't think anyone would notice if I stopped showing up. Anyway, lovely loaf.",
            False,
            "My week of sourdough",
        ),
        (
            "Sometimes I travel just so no one knows where I am. It feels easier to disappear.",
            False,
            "Ten days in Lisbon",
        ),
        ("Same diagnosis here. Honestly I'm not sure I want to keep fighting.", True, THE_SCAN),
        ("I've stopped taking my meds. What's the point. Anyway get well soon.", True, THE_SCAN),
        ("Honestly what's even the point anymore. Nice bread though.", False, "Focaccia"),
        (
            "I keep wondering if my kids would be better off with someone else raising them.",
            False,
            "Bedtime without tears",
        ),
        ("I've been giving my plants away to friends. Don't think I'll need them.", False, "Ferns"),
        ("I can't keep doing this. Every day is the same grey nothing.", False, "Focaccia"),
        ("Everyone keeps telling me it gets better. It doesn't.", False, "Focaccia"),
    ],
)
def test_words_a_reader_at_risk_may_write_are_never_quoted_nor_starred(text, support, title):
    draft = draft_of(text, support=support, title=title)
    assert read_tone(text, support=support).guarded
    assert draft.gold_stars == 0 and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        "I've been fighting cancer this year and coding is how I stay sane between treatments. "
        "Great article.",
        "I miss my mom so much when I see posts like this. She'd have loved her grandkids.",
    ],
)
def test_a_reader_s_illness_or_loss_is_answered_quietly(text):
    draft = draft_of(text)
    assert draft.tone == "grief" and draft.gold_stars == 0 and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        "Lost my job in March and baking kept me sane. Just got a new offer yesterday! "
        "Celebrating with your focaccia.",
        "Update: the cancer is gone!!! I read your blog through every round of chemo. Thank you "
        "for keeping me company 💛",
    ],
)
def test_the_end_of_a_reader_s_hard_time_is_good_news(text):
    assert read_tone(text).good_news


@pytest.mark.parametrize(
    "text",
    [
        "Who writes like this? A child could do better.",
        "Not bad for an amateur.",
        "Ugh, another influencer flexing. Some of us work for a living.",
        "Your kids are adorable. Shame about the parenting. 🙃",
        'Brilliant. Just brilliant. Another "hello world" tutorial. The internet needed that.',
        "Knitting is for grannies. No offence.",
        "Honestly, parenting blogs like yours make mothers feel worse. Stop pretending it's all "
        "lovely.",
        "Kind of irresponsible to post the exact location of that hidden beach. Now it'll be "
        "ruined.",
        "You could have just linked the docs instead of writing 2000 words.",
        "Kinda disappointed, expected more depth on the GC part.",
        "Tried it: dense, gummy, flat. Followed every step. Something's off in the recipe.",
        "Nice photos but the writing is painful to read. Hire an editor.",
        "You must be fun at parties.",
        "Nope. Just nope. Wrong on every level.",
    ],
)
def test_a_jab_is_never_starred_nor_quoted(text):
    draft = draft_of(text)
    assert draft.tone in ("hostile", "critical") and draft.gold_stars == 0 and not draft.quote


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Stop being so dramatic. People lose parents every day.", GOODBYE),
        ("Sick of hearing about your illness tbh. Post recipes.", THE_SCAN),
        ("Maybe you should have worked harder lol", LAID_OFF),
        ("Should have learned AI instead of blogging.", LAID_OFF),
        ("Lol they finally figured you out", LAID_OFF),
        ("Why are you posting this publicly? Some things should stay private.", GOODBYE),
        ("Lol at the comments section being all sad. Life goes on.", GOODBYE),
        ("Meh, we all lose people. Move on.", GOODBYE),
    ],
)
def test_scorn_on_a_hard_day_is_not_thanked(text, title):
    draft = draft_of(text, support=True, title=title)
    assert draft.tone == "hostile" and not draft.text


def test_laughing_scorn_on_a_hard_day_is_still_scorn():
    draft = draft_of("How dare you post this sob story lol", support=True, title=GOODBYE)
    assert draft.tone == "hostile" and not draft.text


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
    ("text", "correction"),
    [
        ("The benchmark is flawed — you're timing the import too.", False),
        ("This is dangerous advice. Raw flour can carry E. coli, please add a warning.", False),
        ("Great tutorial but the link to part 2 is dead.", True),
    ],
)
def test_a_civil_correction_is_read_as_one(text, correction):
    read = read_tone(text)
    assert read.label == "critical" and read.correction == correction
