"""Warm English comments that the thirty-seventh session's new cues of scorn and spam read as
hostile or spam read as before; the scorn those cues were written for still reads as scorn.

A review of the merged cues found them firing on warm comments. A reader who reports the scorn of
others to deny it ("Ignore the trolls saying nobody wants to read about your grief — we do.",
"Nobody wants to read sad posts, my husband said, but I do") was held as the troll, and on the
author's hard-day post got no draft at all. Praise in the words of light scorn ("Love how you
ignored all the rules and it still turned out perfect!", "I'm sure your kids love being your test
subjects! Lucky them.", "If you like rocks, try granite countertops", "No need to make a fuss
about it, it's just the best bread ever.", "Another day, another brag from me", "better
blindfolded now, thanks to your method") was read as a jab, and "You've been chosen to receive a
free hug from me" as spam. Each cue now stops short of these: a report ("says", "saying",
"my husband said", "but I do"), a warm turn in the same sentence, a conditional that opens the
sentence with advice after it, a brag of one's own, a hug.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, assert_read_hard, assert_read_warm, draft_of

HARD_DAY = "Saying goodbye to Mum"
SCORN_ADVICE = "Scorn for your hard-day post"


def assert_drafted_on_a_hard_day(text: str) -> None:
    """On the author's hard-day post, *text* is no scorn and no spam: it gets a draft."""
    tone = read_tone(text, support=True)
    draft = draft_of(text, support=True, title=HARD_DAY)
    assert tone.label not in ("hostile", "spam"), tone.cues
    assert draft.text != ""
    assert not draft.advice.startswith((HOSTILE_ADVICE, SCORN_ADVICE))


@pytest.mark.parametrize(
    "text",
    [
        # each was read as hostile (the first two had been read as grief, with condolences)
        "Ignore anyone who says nobody wants to read about your grief. We do.",
        "Ignore the trolls saying nobody wants to read about your grief — we do. 💔",
        "My friend thinks nobody wants to read about your grief, but I do.",
    ],
)
def test_a_reader_who_reports_the_scorn_about_grief_is_not_the_troll(text):
    assert read_tone(text).label == "grief"
    assert not draft_of(text).advice.startswith(HOSTILE_ADVICE)
    assert_drafted_on_a_hard_day(text)


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
        # each was read as hostile, with no draft on a hard-day post
        "Love how you ignored all the rules and it still turned out perfect!",
        "Love how you didn't even bother with a mixer. So simple!",
        "Love how you completely ignored the haters and kept going!",
        "I'm sure your kids love being your test subjects! Lucky them. Great recipe.",
        "I'm sure your husband loves your experiments! Mine does. Great recipe.",
        "I'm sure your kids love your experiments! They're lucky.",
        "If you like rocks, try granite countertops, haha. Nice kitchen tour!",
        "If you love rocks, this geology blog is for you! Amazing photos.",
        "This geology blog is perfect if you love rocks!",
        "If you enjoy cardboard, try my first attempt haha. Yours looks amazing.",
        "If you enjoy food poisoning, skip the resting step, lol. Seriously though, great safety "
        "tips.",
        "No need to make a fuss about it, it's just the best bread ever.",
        "No need to make a whole post about it, but I'm glad you did! So useful.",
        "What a surprise, another recipe that didn't fail for me! You're the best.",
        "What a surprise, another recipe that worked first time!",
        "Another day, another brag from me: my bread rose! Thanks to you.",
        "Another day, another loaf from me! Thanks to you.",
        "Another day, another ad for your cookbook? Take my money, I'd buy it!",
        "Funny how the sponsored posts are my favourites, you choose good partners!",
        "Funny how the sponsored posts are our favourites too.",
        "I could make this better blindfolded now, thanks to your method. Practice pays off!",
        "I could bake this better blindfolded now, thanks to you!",
    ],
)
def test_praise_in_the_words_of_light_scorn_reads_warm(text):
    assert_read_warm(text, "en")
    assert_drafted_on_a_hard_day(text)


def test_a_recipe_with_no_eggs_is_no_jab():
    # read as hostile; before the cue, critical for "doesn't", and it stays so
    text = "What a surprise, another recipe that doesn't need eggs! Perfect for my allergy."
    assert read_tone(text).label != "hostile"
    assert not draft_of(text).advice.startswith(HOSTILE_ADVICE)
    assert_drafted_on_a_hard_day(text)


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


@pytest.mark.parametrize(
    "text",
    [
        "Maybe take a break from blogging, nobody wants to read sad stuff.",
        "Honestly, no one wants to read sad posts. Write about bread.",
        "Love how you ignore my questions every time.",
        "Love how you didn't even bother to test this.",
        "Love how you never answer.",
        "I'm sure your family loves being your guinea pigs…",
        "Perfect bread if you like chewing cardboard.",
        "Great recipe if you like rocks.",
        "Sure, if you enjoy bricks.",
        "It's a cake, no need to make a whole post about it!",
        "What a surprise, another recipe that failed.",
        "What a surprise, another post that didn't work for anyone.",
        "Another day, another sponsored post.",
        "Another day, another ad for some overpriced pan.",
        "I could do this better blindfolded.",
    ],
)
def test_the_scorn_the_cues_were_written_for_is_still_hostile(text):
    assert_read_hard(text, "en", "hostile")


def test_a_prize_you_have_been_chosen_for_is_still_spam():
    text = "You've been chosen to receive a free gift card! Click here."
    assert read_tone(text).label == "spam" and draft_of(text).text == ""
