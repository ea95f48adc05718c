"""What a draft quotes back, read as the author will post it: never the reader's phone number,
street or e-mail address, never code, never a line typed in capitals, never "I'll try it and let
you know" (said to anyone), never a fragment left over from a compliment ("Full stop, and I have
read them all"); a clause quoted on its own opens without its "and"/"but".

Near misses keep their quote: temperatures, years, a street with no number, a brand in capitals,
"I'll try this with my grandchildren".
"""

import pytest

from tests.support.drafts import draft_of


@pytest.mark.parametrize(
    ("text", "language", "private"),
    [
        (
            "You can call me on 555-123-4567 if you want to swap starters, I live at 12 Elm "
            "Street, Springfield.",
            "en",
            "555",
        ),
        (
            "My phone number is 07700 900123, text me and I'll bring you some of my starter.",
            "en",
            "07700",
        ),
        (
            "I live at 12 Elm Street and the whole block now bakes your bread on Sundays.",
            "en",
            "12",
        ),
        ("Mon numéro est le 06 12 34 56 78, appelle-moi si tu veux du levain !", "fr", "06 12"),
        ("J'habite au 12 rue des Lilas, passe prendre du levain quand tu veux.", "fr", "Lilas"),
        ("Mi teléfono es 612 345 678, escríbeme y te llevo masa madre.", "es", "612"),
        ("Meine Adresse ist Hauptstraße 5 in Köln, schick mir gerne Sauerteig.", "de", "Haupt"),
        ("Vivo en la calle Mayor 5, pásate a por masa madre cuando quieras.", "es", "Mayor"),
        ("Abito in via Roma 12 a Bologna, passa a prendere il lievito madre.", "it", "Roma"),
    ],
)
def test_a_readers_phone_number_or_address_is_never_quoted(text, language, private):
    draft = draft_of(text, language)
    assert draft.quote == "" and private not in draft.text, draft.text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Use `bread.bake(temp=250)` and it works, my script now logs every fold I do.", "en"),
        ("Use bread.bake(temp=250) and it works, my script now logs every fold I do.", "en"),
        ("Utilise `pain.cuire(250)` et ça marche, mon script note chaque pliage.", "fr"),
    ],
)
def test_code_is_never_quoted(text, language):
    assert draft_of(text, language).quote == ""


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I HAVE BEEN BAKING FOR FORTY YEARS AND NEVER TRIED A TANGZHONG, WILL DO NOW.", "en"),
        ("MERCI POUR CETTE RECETTE, MA FAMILLE A ADORÉ LE PAIN DE CAMPAGNE.", "fr"),
    ],
)
def test_a_line_in_capitals_is_not_shouted_back(text, language):
    assert draft_of(text, language).quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "I'll definitely try this tomorrow and let you know how it goes.",
        "Test comment please ignore",
    ],
)
def test_words_said_to_anyone_are_not_quoted_nor_starred(text):
    draft = draft_of(text)
    assert draft.quote == "" and draft.gold_stars == 0, draft.text


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "I'm a long time reader and this is the first time I comment: the part about stretch "
            "and folds changed everything for me.",
            "The part about stretch and folds changed everything for me",
        ),
        (
            "I'll let you know how it goes, my oven runs hot so I lowered it to 220.",
            "My oven runs hot so I lowered it to 220",
        ),
        (
            "First time commenting, but I've baked your rye loaf five times since spring.",
            "I've baked your rye loaf five times since spring",
        ),
        (
            "Merci pour la recette, et mes enfants ont tout mangé en une soirée.",
            "Mes enfants ont tout mangé en une soirée",
        ),
    ],
)
def test_the_readers_own_clause_is_quoted_whole(text, quote):
    language = "fr" if text.startswith("Merci") else "en"
    assert draft_of(text, language).quote == quote


def test_a_clause_after_small_talk_does_not_open_on_and():
    text = (
        "I've been reading your blog for ten years, and every time you post something it makes "
        "my Monday better, and I wanted to say it out loud for once."
    )
    assert not draft_of(text).quote.startswith("And ")


def test_a_fragment_of_a_compliment_is_not_quoted():
    text = (
        "Honestly this is the best sourdough guide on the internet, full stop, and I have read "
        "them all over the years."
    )
    assert draft_of(text).quote == ""


# Near misses: numbers, streets, capitals, parentheses and promises that are the reader's story.
@pytest.mark.parametrize(
    ("text", "language", "quote"),
    [
        (
            "I baked it at 250 degrees for 45 minutes, then 220 for 20, and the crust was "
            "glorious.",
            "en",
            "I baked it at 250 degrees for 45 minutes, then 220 for 20, and the crust was glorious",
        ),
        (
            "My grandparents ran a bakery from 1962-1994 and this tastes just like their rye.",
            "en",
            "My grandparents ran a bakery from 1962-1994 and this tastes just like their rye",
        ),
        (
            "Am 12.05.2024 habe ich das Brot zum Geburtstag meiner Tochter gebacken.",
            "de",
            "Am 12.05.2024 habe ich das Brot zum Geburtstag meiner Tochter gebacken",
        ),
        (
            "Ich wohne in der Hauptstraße und die ganze Nachbarschaft backt jetzt dein Brot.",
            "de",
            "Ich wohne in der Hauptstraße und die ganze Nachbarschaft backt jetzt dein Brot",
        ),
        (
            "On a fait le pain rue Mouffetard chez mon oncle, il a adoré la croûte.",
            "fr",
            "On a fait le pain rue Mouffetard chez mon oncle, il a adoré la croûte",
        ),
        (
            "I made 2 loaves the same way and both rose beautifully overnight.",
            "en",
            "I made 2 loaves the same way and both rose beautifully overnight",
        ),
        (
            "We drove 3 hours on the road and ate the whole loaf in the car, no regrets.",
            "en",
            "We drove 3 hours on the road and ate the whole loaf in the car, no regrets",
        ),
        (
            "I sent it via post in 2 days to my sister in Leeds and it arrived fresh.",
            "en",
            "I sent it via post in 2 days to my sister in Leeds and it arrived fresh",
        ),
        (
            "I used KAF bread flour and the crumb was the best I have ever managed.",
            "en",
            "I used KAF bread flour and the crumb was the best I have ever managed",
        ),
        (
            "My loaf(s) both rose beautifully overnight in the cold garage.",
            "en",
            "My loaf(s) both rose beautifully overnight in the cold garage",
        ),
        (
            "Use `bake(temp=250)` in the script. My kids now time every fold with a kitchen timer.",
            "en",
            "My kids now time every fold with a kitchen timer",
        ),
        (
            "I'll try this with my grandchildren when they visit at Christmas.",
            "en",
            "I'll try this with my grandchildren when they visit at Christmas",
        ),
        (
            "Love the new look, the dark mode finally stops my eyes burning at 2am.",
            "en",
            "The dark mode finally stops my eyes burning at 2am",
        ),
        (
            "Your posts are always great, we've made every single recipe.",
            "en",
            "We've made every single recipe",
        ),
    ],
)
def test_near_misses_keep_their_quote(text, language, quote):
    assert draft_of(text, language).quote == quote


def test_a_word_set_in_backticks_is_still_quoted():
    text = "My daughter asked why I was smiling at `my` phone, and I showed her your list."
    assert draft_of(text).quote.startswith("My daughter asked why I was smiling at my phone")
