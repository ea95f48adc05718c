"""What a wide review of the kindness widgets found in English comments (its items 1, 6, 9, 10,
11, 14 and 18).

A grieving reader who "can't stop crying" had been read as an insult and held at the door; a loss
told with a pronoun or a first name ("since we lost him", "Our choir lost Anna on Sunday") or a
diagnosis told bare ("Stage 4. They told me yesterday.") had been starred and quoted; so had
sarcasm ("Great, another recipe with 3000 words of life story..."); a reader just out of hospital
had been cheered, a parent on a children's ward doubted as sarcasm; crying at work and exhaustion
had been quoted as wisdom; "I wanted to die of embarrassment" had got the crisis helpline; and on
the author's hard day, a reader whose own scan "turned out benign" had been told "I'm so sorry
you're going through this". Each rule's everyday uses (a toddler who wouldn't stop crying, a child
lost in a crowd for five minutes, a recipe's "Stage 2.", a nurse on the ward, a cliffhanger) are
pinned beside it.
"""

import pytest

from comment_server.tone_check import check_tone
from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of

HELPLINE = "findahelpline.com"
HARD_DAY = "A Hard Day"


def assert_quiet(text: str, support: bool = False, title: str = "My week of sourdough") -> None:
    """Assert that *text* is read as a hard time and its draft neither stars nor quotes."""
    tone = read_tone(text, support=support)
    assert tone.label == "grief", tone
    draft = draft_of(text, support=support, title=title)
    assert draft.gold_stars == 0
    assert draft.quote == ""
    assert not draft.crisis
    assert HELPLINE not in draft.text


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
    assert_quiet(text)
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
        "Stop crying about it and get over yourself.",
        "Oh stop crying, it's a blog post.",
        "Just stop crying and move on.",
        "Stop crying and write something useful.",
    ],
)
def test_stop_crying_said_to_someone_stays_hostile(text):
    assert read_tone(text).label == "hostile"
    draft = draft_of(text)
    assert draft.gold_stars == 0
    assert draft.quote == ""


# Item 6: a loss told with a pronoun or a first name, a diagnosis told bare.


@pytest.mark.parametrize(
    "text",
    [
        "It's been a year since I lost her and I still reach for two mugs.",
        "It's been a year since we lost him.",
        "Since we lost him, I bake his bread every Sunday.",
        "Our choir lost Anna on Sunday. Stroke, 52. We sang her part empty tonight.",
        "After we lost her, this was the only recipe I could face making.",
        "Our church lost Margaret last week. She made these every Easter.",
    ],
)
def test_a_loss_told_with_a_pronoun_or_a_name_is_a_loss(text):
    assert_quiet(text)
    assert read_tone(text).loss


@pytest.mark.parametrize(
    "text",
    [
        "Stage 4. They told me yesterday. I just wanted someone to know.",
        "Stage IV. The doctors said months, maybe a year. Your posts keep me company.",
    ],
)
def test_a_diagnosis_told_bare_is_the_readers_own_hard_time(text):
    assert_quiet(text)
    tone = read_tone(text)
    assert tone.shared
    assert not tone.loss


@pytest.mark.parametrize(
    "text",
    [
        "We lost him in the crowd at the market for five minutes, scariest moment ever haha",
        "I lost her recipe card years ago, so thank you for this!",
        "After we lost him in the supermarket I bought him this cake to calm down 😂",
        "Our club lost again last week, so we drowned our sorrows in your brownies.",
        "I lost her number but found her recipe here, thank you!",
        "Stage 2. Fold in the egg whites gently, it worked!",
        "Stage 3. They rise overnight in the fridge.",
    ],
)
def test_a_child_lost_in_a_crowd_a_lost_recipe_or_a_recipe_stage_is_no_loss(text):
    assert read_tone(text).label in ("praise", "neutral")
    assert draft_of(text).quote


# Item 9: sarcasm and backhanded praise.


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Great, another recipe with 3000 words of life story before the ingredients.", "hostile"),
        ("Oh great, another post with 2000 words of your life story before the recipe.", "hostile"),
        (
            "Thanks for finally getting around to fixing the typo I reported three months ago.",
            "critical",
        ),
        ("Thanks for finally bothering to fix the link we reported.", "critical"),
        ("Cute idea. Maybe next time actually test the recipe before posting?", "critical"),
        ("Next time, actually read the docs before writing a tutorial.", "critical"),
    ],
)
def test_sarcasm_is_neither_starred_nor_quoted(text, label):
    assert read_tone(text).label == label
    draft = draft_of(text)
    assert draft.gold_stars == 0
    assert draft.quote == ""
    assert "great question" not in draft.text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Great, another excuse to buy butter 😄",
        "Thanks for finally writing this up, I've been waiting for it!",
        "Thanks for finally getting around to part two, worth the wait!",
        "Next time I'll actually measure the flour, lesson learned 😅",
        "Another gem with pages of your life story, and I loved every word 😂",
    ],
)
def test_teasing_and_thanks_for_a_long_awaited_post_keep_their_warmth(text):
    tone = read_tone(text)
    assert tone.label in ("praise", "neutral"), tone
    assert not tone.doubtful
    assert draft_of(text).quote


def test_a_suggestion_asked_kindly_stays_a_question():
    text = "Maybe next time add a photo of the crumb? Loved it."
    assert read_tone(text).label == "question"
    assert draft_of(text).quote == "Maybe next time add a photo of the crumb?"


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
    assert_quiet(text)
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
    assert_quiet(text)


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


# Item 14: "die of embarrassment" is no wish to die.


@pytest.mark.parametrize(
    "text",
    [
        "We got stuck in the escape room for an hour, I wanted to die of embarrassment",
        "I want to die of shame, I burnt the whole batch",
        "Wanted to die of laughter at your dog photo 😂",
        "I nearly died of embarrassment when the cake collapsed in front of my in-laws",
    ],
)
def test_dying_of_embarrassment_gets_no_helpline(text):
    tone = read_tone(text)
    assert tone.label in ("praise", "neutral"), tone
    assert not tone.crisis
    draft = draft_of(text)
    assert not draft.crisis
    assert HELPLINE not in draft.text
    assert "so sorry" not in draft.text
    assert not check_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "I want to die. I can't do this anymore.",
        "I wanted to die when my husband left, this post is what got me through.",
        "I don't want to be here anymore.",
        "I wanted to die. Nobody noticed.",
        "Some nights I just want to die.",
        "git push --force killed my whole branch, I want to die haha",
    ],
)
def test_a_wish_to_die_keeps_the_helpline(text):
    assert read_tone(text).crisis
    draft = draft_of(text)
    assert draft.crisis
    assert HELPLINE in draft.text
    assert draft.gold_stars == 0
    assert draft.quote == ""


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
    "text",
    [
        "My scan came back clear but my sister's didn't. Thinking of you.",
        "I lost my mum to cancer two years ago. I'm so sorry you're going through this.",
    ],
)
def test_a_readers_own_loss_beside_comfort_stays_theirs(text):
    tone = read_tone(text, support=True)
    assert tone.label == "grief"
    assert tone.shared
    assert tone.comforting


@pytest.mark.parametrize(
    "text", ["Hang in there. Hugs.", "Beautifully written. I went through the same last year."]
)
def test_other_comfort_on_a_hard_day_is_unchanged(text):
    assert read_tone(text, support=True).label == "grief"
    assert draft_of(text, support=True, title=HARD_DAY).gold_stars == 0


def test_fingers_crossed_on_an_ordinary_post_is_no_hard_time():
    text = "Fingers crossed for you on the bake-off!"
    assert read_tone(text).label in ("praise", "neutral")
