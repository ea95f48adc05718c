"""Warm comments that share the words of this session's new cues. A shop, a stall or a café
closing ("We're closing the shop Friday. It's been a good run!") and a move ("No sé si seguiré
aquí para la primavera, quizás me mude.") had lost their star to the reader-at-risk caution; a
dog gone with the sausages ("the dog is gone with the sausages again, ha! lovely post") was
answered with condolences. The farewells and losses the cues were written for stay hard."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

A_CLOSING_OR_A_MOVE = [
    ("We're closing the shop Friday. It's been a good run!", "en"),
    ("Our market stall closes this weekend. It's been a good run!", "en"),
    ("The café shuts down on Sunday. It's been a good run.", "en"),
    ("No sé si seguiré aquí para la primavera, quizás me mude. ¡Gracias por la receta!", "es"),
]

A_FAREWELL = [
    ("Made your bread for my last supper, so to speak. It's been a good run.", "en"),
    ("It's been a good run.", "en"),
    ("No sé si seguiré aquí para la primavera.", "es"),
]

A_PET_GONE_WITH_THE_FOOD = [
    "the dog is gone with the sausages again, ha! lovely post",
    "Our dog is gone with half the roast, the rascal. Great recipe though!",
]

A_PET_GONE = [
    "Our dog is gone. We buried her today.",
    "Our dog is gone with the angels now.",
    "Our old dog is gone.",
]


@pytest.mark.parametrize(("text", "language"), A_CLOSING_OR_A_MOVE)
def test_a_shop_closing_or_a_move_keeps_its_star(text, language):
    assert_read_warm(text, language, thanked=True)
    assert not read_tone(text).guarded


@pytest.mark.parametrize(("text", "language"), A_FAREWELL)
def test_a_farewell_with_nothing_closing_is_neither_starred_nor_quoted(text, language):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.guarded or tone.crisis, (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize("text", A_PET_GONE_WITH_THE_FOOD)
def test_a_dog_gone_with_the_food_is_no_loss(text):
    assert_read_warm(text, "en", thanked=True)


@pytest.mark.parametrize("text", A_PET_GONE)
def test_a_dog_gone_for_good_is_still_a_loss(text):
    assert_read_hard(text, "en", "grief")


# A family firm that loves the recipes (read as spam since this session), "people have it worse"
# as a reason to share (hostile since this session), "thanks for nothing short of" (hostile before).
WARM_WITH_A_JABS_WORDS = [
    ("We're a small family company and we love your recipes! Keep it up.", True),
    ("Other people have it worse, so I shared half the loaf with my neighbours!", True),
    ("Thanks for nothing short of the best brownie recipe ever.", False),
]

SPAM_OR_A_JAB = [
    ("Hi, we are a bakery supply company and would love to collaborate. DM us.", "spam"),
    ("We're a small company and we love your blog, DM us for a collab!", "spam"),
    ("Honestly, people have it worse. Chin up.", "hostile"),
    ("Other people have it worse, so get over it.", "hostile"),
    ("Thanks for nothing.", "hostile"),
]


@pytest.mark.parametrize(("text", "thanked"), WARM_WITH_A_JABS_WORDS)
def test_warm_words_beside_a_jabs_or_a_sellers_stay_warm(text, thanked):
    assert_read_warm(text, "en", thanked=thanked)
    assert read_tone(text).label != "spam"


@pytest.mark.parametrize(("text", "label"), SPAM_OR_A_JAB)
def test_the_seller_and_the_jab_stay_read(text, label):
    assert read_tone(text).label == label
    assert draft_of(text).gold_stars == 0


# Someone only away, and a complaint laughed with (grief and hostile since this session).
AWAY_OR_LAUGHED_WITH = [
    (
        "Elle n'est plus là pour goûter, elle est partie en Erasmus, mais je lui enverrai la "
        "recette !",
        "fr",
    ),
    ("Otra vez quejándote del horno jaja, ¡a mí me pasa igual!", "es"),
    (
        "Si te levantaras del sofá un poco antes, el pan estaría listo para el desayuno, jaja. "
        "¡Gracias!",
        "es",
    ),
    (
        "Encore un article pour se plaindre du prix du beurre ? J'adore, c'est tellement vrai !",
        "fr",
    ),
]

GONE_OR_SCORNED = [
    ("Elle n'est plus là pour goûter. Elle me manque.", "fr", "grief"),
    ("Ya no está aquí para probarlo.", "es", "grief"),
    ("Otra vez quejándote.", "es", "hostile"),
    ("Si te levantaras del sofá, no estarías deprimida.", "es", "hostile"),
    ("Encore un billet pour se plaindre ?", "fr", "hostile"),
]


@pytest.mark.parametrize(("text", "language"), AWAY_OR_LAUGHED_WITH)
def test_someone_away_or_a_complaint_laughed_with_is_no_loss_nor_a_jab(text, language):
    tone = read_tone(text)
    assert tone.label not in ("grief", "hostile") and not tone.loss, (tone.label, tone.cues)
    assert not draft_of(text, language).advice.startswith(
        ("A quiet reply", "This reads as hostile")
    )


@pytest.mark.parametrize(("text", "language", "label"), GONE_OR_SCORNED)
def test_the_loss_and_the_scorn_stay_read(text, language, label):
    assert read_tone(text).label == label
    assert draft_of(text, language).gold_stars == 0


# "No point in anything" and "the only reason I get up" laughed at (unstarred since this session).
LOW_MOOD_LAUGHED_AT = [
    "I don't see the point of anything but sourdough now, haha. Love it!",
    "Some days the only reason I get up is to feed my starter lol",
]

LOW_MOOD_SAID = [
    "Some days the only reason I get up is to feed the starter.",
    "I don't really see the point of anything lately, but this made me smile.",
]


@pytest.mark.parametrize("text", LOW_MOOD_LAUGHED_AT)
def test_a_low_mood_laughed_at_keeps_its_star(text):
    assert_read_warm(text, "en", thanked=True)


@pytest.mark.parametrize("text", LOW_MOOD_SAID)
def test_a_low_mood_said_plainly_is_a_quiet_reply(text):
    assert_read_hard(text, "en", "grief")


def test_a_grandparents_book_buried_in_the_attic_is_no_burial():
    # read as a loss before this session too
    assert_read_warm(
        "We buried Grandpa's old recipe book in the attic years ago, found it today!",
        "en",
        thanked=True,
    )


@pytest.mark.parametrize(
    "text", ["We buried Grandpa last spring.", "We buried Rusty under the apple tree."]
)
def test_a_burial_told_by_name_is_still_a_loss(text):
    assert_read_hard(text, "en", "grief")
