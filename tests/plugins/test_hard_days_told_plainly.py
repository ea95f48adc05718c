"""A post that tells of a diagnosis named ("it's lymphoma"), a death anniversary ("Five years
without Dad", « Un an sans papa », «Cinco años sin papá»), a pet put to sleep, a birthday the
person did not live to ("Mum would have been 80 today", "Happy birthday in heaven, Dad"), a pet
gone to heaven («se fue al cielo»), an operation ahead ("I'm having a mastectomy tomorrow") or a
prognosis ("given six months to live") is a hard day: no milestone, no badge, its stars read "I
see you". A recipe that names a late nan only as whose cake it is ("My late nan's lemon cake") is
not one: it celebrates as any recipe does. A comment that says the same is read as grief, not
quoted with a gold star ("They told me it's leukaemia" had been answered "I love hearing
that!")."""

import pytest

from plugins.comments.hard_days import read_opening
from reply_drafts.tone import read_tone
from tests.support.friends import assert_shared_quietly, assert_shared_warmly
from tests.support.hard_days import assert_no_party, assert_party, write_starred_posts

HARD_DAYS = [
    (
        "The word I didn't want to hear",
        "The doctor said it's lymphoma. Stage two. Treatment starts next month.",
    ),
    ("Results", "They confirmed it's leukaemia. I start treatment on Monday."),
    ("Five years without Dad", "Five years ago today. I still reach for the phone to call him."),
    ("Ten years without my mum", ""),
    ("A year without Nan", "Some days are easier than others."),
    ("Un an sans papa", "Il y a un an aujourd'hui."),
    ("Cinq ans sans maman", ""),
    ("Cinco años sin papá", "Hoy hace cinco años."),
    ("Goodbye, Luna", "We had to put Luna to sleep today. She was fourteen."),
    # still hard days: a loss that is more than whose recipe it is
    ("My late husband's birthday", "Today would have been his 60th."),
    ("Lemon cake", "My late nan's lemon cake. I miss her every single day."),
    ("Nan's cake", "My nan died last month. This was her lemon cake."),
    # a birthday the person did not live to, a pet gone to heaven
    ("Celebrating Mum's life", "Mum would have been 80 today, so we baked her favourite cake."),
    ("Happy birthday in heaven, Dad", ""),
    ("Adiós a Toby", "Nuestro perro Toby se fue al cielo ayer."),
    # an operation ahead, a prognosis with a number in it
    ("Surgery tomorrow", "I'm having a mastectomy tomorrow."),
    ("The op", "My hysterectomy is booked for Thursday. I'm scared."),
    ("Scared", "Tomorrow I go in for open-heart surgery."),
    ("Hard news", "My husband has been given six months to live."),
    ("The call", "Mum has been given only a few weeks to live."),
]
NOT_HARD_DAYS = [
    (
        "My late nan's lemon cake",
        "This is my late nan's lemon cake, the one she made every Sunday."
        " It's zesty, easy and always a hit.",
    ),
    ("Grandad's chilli", "My late grandad's famous chilli recipe, finally written down."),
    ("Scones", "These are our late granny's scones, with a twist: lemon curd."),
    ("A year without my phone", "I tried it and it was great."),
    ("Five years without sugar", "And I don't miss it."),
    ("A year without Mum's cooking", "I moved out, so I learned to make a curry."),
    ("Five years without dad jokes", "Just kidding, here are ten more."),
    ("Melanoma awareness", "It's melanoma awareness month: book that skin check."),
    ("Bedtime", "We had to put Ellie to sleep early last night, she was shattered."),
    ("Bedtime hacks", "I had to put the kids to sleep today before noon, nap time!"),
    ("Un an sans sucre", "Et je me sens très bien."),
    ("Un año sin coche", "Y soy más feliz."),
    ("It was cancer?", "Is it cancer? My doctor said no, it was a cyst. Phew."),
    ("Mum's 80th", "Mum turned 80 today and we baked her favourite cake."),
    ("Dad's birthday", "Dad would have been 80 today if he'd kept his birth date, ha."),
    ("Heavenly", "This chocolate cake is heaven. Happy birthday to me!"),
    ("Tarta", "Esta tarta es el cielo."),
    ("Ten years on", "My hysterectomy was ten years ago and I'm thriving."),
    ("Heart surgery, a history", "The first open-heart surgery was done in 1952."),
    ("Lisbon!", "We've been given a year to live abroad, so we're moving to Lisbon!"),
    ("What if", "If you had six months to live, what would you do?"),
    ("Starter", "Given six weeks to live, my sourdough starter is thriving again!"),
]


@pytest.mark.parametrize(("title", "text"), HARD_DAYS)
def test_a_named_diagnosis_an_anniversary_or_a_pet_put_to_sleep_is_a_hard_day(title, text):
    assert read_opening(title, "", text)


@pytest.mark.parametrize(("title", "text"), NOT_HARD_DAYS)
def test_a_late_nans_recipe_and_everyday_years_without_stay_warm(title, text):
    assert read_opening(title, "", text) == ()


@pytest.mark.parametrize(("title", "text"), HARD_DAYS)
def test_the_digest_shares_a_friends_diagnosis_or_anniversary_quietly(title, text):
    assert_shared_quietly(title, text)  # was "A lovely read from Ada"


@pytest.mark.parametrize(("title", "text"), NOT_HARD_DAYS)
def test_the_digest_shares_a_friends_late_nans_cake_warmly(title, text):
    assert_shared_warmly(title, text)


GRIEF_COMMENTS = [
    "They told me it's leukaemia. I start treatment Monday.",
    "The doctor said it's lymphoma.",
    "Five years without Dad today.",
    "Two years without my mum, and this post helped.",
    "We had to put Luna to sleep today.",
    "Un an sans papa aujourd'hui.",
    "Hoy se cumplen tres años sin mamá.",
    "Mum would have been 80 today.",
    "Happy birthday in heaven, Dad.",
    "Nuestro perro Toby se fue al cielo ayer.",
    "I'm having a mastectomy tomorrow.",
    "My husband has been given six months to live.",
]
WARM_COMMENTS = [
    "It's melanoma awareness month, great reminder!",
    "A year without sugar, you inspired me! Thank you.",
    "Thank you! I did a year without my car too and loved it.",
    "I had to put the kids to sleep today before reading this, lovely post!",
    "Great post! Five years without a car and I love it.",
    "Merci ! Un an sans sucre grâce à vous.",
    "Merci pour ce billet, cinq ans sans voiture et je revis !",
    "¡Gracias! Un año sin coche y feliz.",
    "¡Qué buena entrada! Dos años sin azúcar gracias a ti.",
    "Happy birthday to your mum! This cake is heaven.",
    "Mum would have been so proud of this bread, thank you!",
    "My daughter would have been thrilled with this recipe, thanks!",
    "¡Qué rica! Esta tarta es el cielo, gracias.",
    "My hysterectomy was ten years ago and I'm thriving, great post!",
    "Thank you! I'm a surgeon and this is the best heart surgery explainer I've read.",
    "Great post! We've been given a year to live abroad, so excited.",
    "Loved this! I'm having a baby shower tomorrow and will make these.",
]


@pytest.mark.parametrize("text", GRIEF_COMMENTS)
def test_a_comment_of_a_named_diagnosis_or_an_anniversary_reads_as_grief(text):
    assert read_tone(text, "Ann").label == "grief"


@pytest.mark.parametrize("text", WARM_COMMENTS)
def test_praise_that_says_years_without_or_a_cancer_word_stays_warm(text):
    assert read_tone(text, "Ann").label != "grief"


POSTS = {
    "lymphoma": (*HARD_DAYS[0], "en"),
    "dad": (*HARD_DAYS[2], "en"),
    "papa": (*HARD_DAYS[5], "fr"),
    "papa-es": (*HARD_DAYS[7], "es"),
    "luna": (*HARD_DAYS[8], "en"),
    "lemon-cake": (*NOT_HARD_DAYS[0], "en"),
    "phone": (*NOT_HARD_DAYS[3], "en"),
    "melanoma": (*NOT_HARD_DAYS[7], "en"),
}


def test_a_diagnosis_or_an_anniversary_throws_no_party_and_a_late_nans_cake_does(
    tmp_path, site_builder
):
    content = tmp_path / "content"
    write_starred_posts(content, POSTS)
    result = site_builder(content)
    for slug in ("lymphoma", "dad", "papa", "papa-es", "luna"):
        # was "25 stars from readers: thank you!" and "Readers’ favourite" beside Agnès
        assert_no_party(result, slug, POSTS[slug][2])
    # near misses: a late nan's lemon cake, a year without a phone, an awareness month celebrate
    for slug in ("lemon-cake", "phone", "melanoma"):
        assert_party(result, slug)
