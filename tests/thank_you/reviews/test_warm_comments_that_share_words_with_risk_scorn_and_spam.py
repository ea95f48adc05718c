"""What a review of today's main against the start of the day found: warm comments gone wrong.

Cues added this morning read as a reader at risk a trip to join one's friends ("Thinking about
joining them!"), a bridge with a view or meds packed for a trip; as scorn a joke about one's own
first loaf ("A child could do better than my first loaf, haha"), "lol at everyone being so
serious about starter names" or "People lose their jobs every day and nobody talks about it";
as a correction "Please add a warning: this recipe is addictive! 😂"; as an illness "fighting ms
paint"; as spam a cook's CBD oil; and thanked an insult ("the worst blog on the internet 🤣",
"Shut up, this isn't about you."). Each comment here reads as it did at the start of the day:
its tone, its gold star and its quote, and no helpline line nor guard.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of


def reading(text: str, language: str = "en") -> tuple[str, bool, bool, bool, bool]:
    """Return the tone of *text*, whether its draft stars and quotes it, and its flags of risk."""
    tone, draft = read_tone(text), draft_of(text, language)
    return tone.label, draft.gold_stars > 0, bool(draft.quote), tone.crisis, tone.guarded


# How a comment read at the start of the day: its tone, whether its draft starred it and quoted it
# (and, for all of them, no crisis and no guard).
PRAISE = ("praise", True, True)
NEUTRAL = ("neutral", True, True)
QUESTION = ("question", False, True)  # a question is quoted and answered, not starred
GRIEF = ("grief", False, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My friends are at the beach. Thinking about joining them!", NEUTRAL),
        ("The kids are baking your bread right now, thinking of joining them.", NEUTRAL),
        (
            "My husband started a running club. Thinking about joining him, your post convinced "
            "me!",
            NEUTRAL,
        ),
        ("Mom is learning sourdough too. Thinking about joining her, it'd be fun.", NEUTRAL),
        (
            "Thinking of joining her! My sister runs a bakery now and this post convinced me.",
            PRAISE,
        ),
    ],
)
def test_joining_friends_or_family_is_no_crisis(text, expected):
    """Joining someone is a plan, unless the comment speaks of a death."""
    assert reading(text) == (*expected, False, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "People lose their parents every day, and it never gets less awful. Thank you for "
            "sharing your dad's story.",
            PRAISE,
        ),
        (
            "People lose their jobs every day and nobody talks about it. Thank you for writing "
            "this.",
            PRAISE,
        ),
        (
            'I\'m sick of reading about your grief being called "too much" by others. Sending '
            "love.",
            GRIEF,
        ),
        (
            "I'm sick of reading about you in every baking forum, you're everywhere! Congrats on "
            "the success 😄",
            PRAISE,
        ),
        ("Lol at the comments being so rude. Sending you love.", PRAISE),
        (
            "lol at everyone being so serious about starter names. Mine is Breadley Cooper. Great "
            "post!",
            PRAISE,
        ),
        ("Haha at everyone getting so into starter names. Love it.", PRAISE),
        ("lol at the comments getting so heated over salt. Great post anyway!", PRAISE),
    ],
)
def test_scorn_cues_leave_sympathy_and_banter_alone(text, expected):
    """A line of sympathy or banter is not scorn for the author's hard time."""
    assert reading(text) == (*expected, False, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A child could do better than my first loaf, haha. Yours looks amazing!", PRAISE),
        (
            "Honestly a five-year-old could have done it better than me on my first try. Thanks "
            "for the guide!",
            PRAISE,
        ),
        (
            "Any kid could do this better with your instructions, they're that clear. Love it.",
            PRAISE,
        ),
        ("A monkey could do better than my first focaccia 😂 thanks for the help!", PRAISE),
        (
            "You must be fun at parties 😂 I love how deep you go into hydration ratios. Never "
            "change!",
            PRAISE,
        ),
        ("You must be a blast at parties! (compliment, I'd totally talk bread with you)", NEUTRAL),
        ("Some things should stay private, like my disastrous first loaf. Great post!", PRAISE),
        ("Some things should stay private, but I'm so glad you shared this one.", PRAISE),
        ("Should have learned baking instead of coding, honestly. Love this.", PRAISE),
        ("Should've learned French instead of Spanish in school! Great travel post.", PRAISE),
        (
            "My boss said you should have worked harder to me once. Your post made me feel seen, "
            "thanks.",
            PRAISE,
        ),
        ("You should have worked harder on that crust? No way, it looks perfect!", QUESTION),
        (
            "Stop being so dramatic! That's what my mum said when I cried at the end of Bake Off. "
            "Loved your post.",
            PRAISE,
        ),
        ("We all lose someone, move on? No. Thank you for writing this.", QUESTION),
    ],
)
def test_a_joke_at_one_s_own_expense_is_no_jab(text, expected):
    """A jab's words said of oneself, reported or answered, are no jab."""
    assert reading(text) == (*expected, False, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We should all stop pretending it's easy. Thank you for being honest about the flops.",
            PRAISE,
        ),
        ("Let's stop pretending that baking is easy. Thanks for the honesty!", PRAISE),
        ("It's kind of irresponsible to post this at midnight when I'm hungry 😂", PRAISE),
        ("My test was flawed, I forgot the salt 😂 yours is great", PRAISE),
        ("Our approach was flawed until we found your post. Thank you!", PRAISE),
        ("The premise is flawed? Nope, it's brilliant.", QUESTION),
        ("Please add a warning: this recipe is addictive! 😂", PRAISE),
        ("Dangerous advice: now I can't stop baking. Thank you!", PRAISE),
        ("This is dangerous advice for my waistline 😂", PRAISE),
        (
            "You could have just linked the recipe but I'm glad you told the story. Loved it.",
            PRAISE,
        ),
        ("You could have just used instant yeast, but I love that you didn't!", PRAISE),
        ("I need to hire an editor for my own blog; yours is so well written!", PRAISE),
        ("Hire an editor? No way, your writing is perfect as is.", QUESTION),
        ("Wrong on so many levels, my first loaf, I mean! Yours is perfect.", PRAISE),
        ("Something's off with the recipe I was using, yours fixed it. Thanks!", PRAISE),
        ("None taken, no offense!", NEUTRAL),
        ("Expected more depth? Nope, it was perfect.", QUESTION),
    ],
)
def test_a_jab_s_words_in_a_joke_are_no_correction(text, expected):
    """A correction's words in a joke or answered with a no are no correction."""
    assert reading(text) == (*expected, False, False)


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm on the bridge right now taking pictures for my blog, gorgeous!", PRAISE),
        ("I'm on a bridge right now, the view is stunning!", PRAISE),
        ("I'm on a ledge right now (the climbing wall kind) haha", PRAISE),
        ("I've got my meds saved up for the trip, thanks for the packing tips!", PRAISE),
        ("I have some meds stashed up in my travel bag for emergencies.", NEUTRAL),
        ("I've got all my painkillers saved up for my surgery recovery", GRIEF),
        ("No one would notice if I was gone from the office, so I baked all day 😂", PRAISE),
        ("Can't keep doing this. Every loaf fails! Help 😂", PRAISE),
        # A bake that let the reader down: since 2026-12-06 its draft is sorry and offers help
        # (letdown.toml), with no star and no quote.
        (
            "Everyone keeps telling me it gets better. It doesn't, my bread is still flat 😂",
            ("praise", False, False),
        ),
    ],
)
def test_a_bridge_with_a_view_or_meds_for_a_trip_are_no_warning_sign(text, expected):
    """A place, meds for a trip or a failing loaf said in passing are no warning sign."""
    assert reading(text) == (*expected, False, False)


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


def test_french_meds_put_aside_for_a_trip_are_no_warning_sign():
    text = "J'ai mis de côté mes médicaments pour le voyage, merci pour les conseils !"
    assert reading(text, "fr") == (*PRAISE, False, False)


@pytest.mark.parametrize(
    "text",
    [
        # an insult with a laugh or a comma
        "This is the worst blog on the internet 🤣",
        "Shut up, this isn't about you.",
        "Shut up those kids of yours.",
        "Who let you cook? Nobody should eat this.",
        # jabs missed at the start of the day
        "Stop being dramatic, it's just bread.",
        "You must be so much fun at parties.",
    ],
)
def test_an_insult_with_a_laugh_or_a_jab_is_not_thanked(text):
    draft = draft_of(text)
    assert read_tone(text).label == "hostile" and draft.gold_stars == 0 and not draft.quote


def test_a_laughing_stop_being_so_dramatic_keeps_its_warmth():
    text = "Stop being so dramatic, it's just a sourdough starter 😂"
    assert reading(text) == (*PRAISE, False, False)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I've had thoughts about not being here anymore.", "en"),
        ("I keep having thoughts of not wanting to be alive.", "en"),
        ("There's no way out for me.", "en"),
        ("I keep thinking everyone would be happier if I wasn't around.", "en"),
        ("I'm writing letters to everyone I love, just in case.", "en"),
        ("Je ne vois plus d'issue.", "fr"),
    ],
)
def test_a_reader_at_risk_missed_at_the_start_of_the_day_is_heard(text, language):
    assert read_tone(text).crisis and not draft_of(text, language).quote


def test_giving_things_away_one_will_not_need_is_never_quoted_nor_starred():
    text = "I've given away my dog and my books. I won't need them."
    draft = draft_of(text)
    assert read_tone(text).guarded and draft.gold_stars == 0 and not draft.quote


def test_a_reader_s_breast_cancer_is_answered_quietly():
    draft = draft_of("I've been fighting breast cancer for two years.")
    assert draft.tone == "grief" and draft.gold_stars == 0 and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        "I've had thoughts about not being here for the holidays, we're moving!",
        "There's no way out for me in this maze of config files, any help?",
        "Everyone would be happier if I wasn't around the kitchen when baking 😂",
        "I'm writing letters to everyone I love for Christmas this year, great idea!",
    ],
)
def test_the_near_misses_of_those_words_get_no_helpline(text):
    assert not read_tone(text).crisis
