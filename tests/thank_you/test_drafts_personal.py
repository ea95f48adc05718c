"""Ordinary warm comments: the draft reads as a person who read the comment, not as a machine.

What the reader sees: whether their words are quoted back, and whether the line around the quote
fits what they wrote (a thank-you or a greeting is not quoted as a fine line; a compliment to the
author is not quoted back to them; a story of their bake is not a line "you said better than my
post"; a grandmother's memory does not "make my day a little brighter").
"""

import pytest

from reply_drafts.compose import draft_replies
from reply_drafts.facts import CommentFacts
from reply_drafts.quote import read_comment
from tests.support.drafts import draft_of

DRAFTS = 40  # comment ids: lines are drawn at random per comment, so many are read


def drafts(text: str, language: str = "en") -> list:
    """Return the drafts of *text* as comments 1..DRAFTS of one thread."""
    return [
        draft_of(
            text, language, number=number, author="Agnès", title="A slow Sunday loaf", thread="t"
        )
        for number in range(1, DRAFTS + 1)
    ]


# Lines that call the quote a fine thought of the reader's (in each language).
WISE = {
    "en": (
        "you said it better than my post did",
        "thinking about that line all morning",
        "You put it so well",
        "I nodded all the way through",
        "the kind of thing I hoped someone would say",
        "it adds something my post was missing",
    ),
    "fr": ("vous l'avez dit mieux que mon billet", "je repense à cette phrase", "si bien dit"),
    "es": ("lo has dicho mejor que mi entrada", "dándole vueltas a esa frase", "Qué bien lo has"),
    "de": ("besser gesagt als mein Beitrag", "nicht aus dem Kopf", "so schön gesagt"),
}
# Lines that smile at the quote: for a memory, maybe of someone gone, they do not fit.
CHEERY = {
    "en": ("made me smile", "made my day a little brighter", "smiled both times"),
    "fr": ("m'a fait sourire", "plus lumineuse", "j'ai souri"),
    "es": ("me sacó una sonrisa", "me ha alegrado un poco el día", "sonreí"),
    "de": ("zum Lächeln gebracht", "ein Stück schöner", "gelächelt"),
}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hi Anna, thanks for another great recipe!", "en"),
        ("Lovely post. Have a great weekend!", "en"),
        ("Wonderful post as always. Best wishes from Scotland.", "en"),
        ("Bookmarked! Will try this weekend.", "en"),
        ("Cheers for this, mate. Brilliant stuff.", "en"),
        ("Happy new year! Looking forward to more recipes in 2027.", "en"),
        ("Keep up the great work, I always look forward to your posts.", "en"),
        ("Hello! First time commenting here. I've been reading for years.", "en"),
        ("Merci pour l'article", "fr"),
        ("Gracias, muy buen artículo.", "es"),
        ("Danke, toller Beitrag!", "de"),
    ],
)
def test_a_thank_you_a_greeting_or_a_sign_off_is_not_quoted_back(text, language):
    assert read_comment(text).quote == ""
    assert all(draft.quote == "" for draft in drafts(text, language)[:8])


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        ("Thanks for the recipe, I made it yesterday.", "I made it yesterday", "en"),
        ("Thank you for this post, it made my morning.", "It made my morning", "en"),
        ("Merci pour la recette, je l'ai faite hier.", "Je l'ai faite hier", "fr"),
        ("Gracias por la receta, la hice ayer.", "La hice ayer", "es"),
        (
            "Danke für das Rezept, ich habe es gestern gebacken.",
            "Ich habe es gestern gebacken",
            "de",
        ),
    ],
)
def test_the_thank_you_clause_is_left_out_and_the_rest_quoted_as_their_story(text, quote, language):
    written = drafts(text, language)
    assert {draft.quote for draft in written} == {quote}
    said = [line for draft in written for line in WISE[language] if line in draft.text]
    assert said == []


@pytest.mark.parametrize(
    "text",
    [
        "Your photos are gorgeous, by the way.",
        "Your instructions are so clear. Thanks!",
        "The crumb shot in the third photo is stunning.",
        "As a retired chemist, I appreciated your explanation of the Maillard reaction.",
        "I love this recipe. It's the only one I use now.",
        "dude this is the best bread recipe on the internet, not even kidding",
        "I've been following your blog since 2015 and it keeps getting better.",
        "Vos photos sont magnifiques.",
        "Lovely photos and lovely words. Thank you.",
        "You make it look so easy.",
    ],
)
def test_a_compliment_to_the_author_is_not_quoted_back_to_them(text):
    assert read_comment(text).quote == ""


def test_the_sentence_after_a_compliment_is_the_one_quoted():
    text = "I love how you explain the autolyse step. Nobody ever told me why it matters."
    assert read_comment(text).quote == "Nobody ever told me why it matters"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # near misses: the reader's own words, which open on the same words, are still quoted
        (
            "Thanks to your tip about the steam tray, my crust finally crackles.",
            "Thanks to your tip about the steam tray, my crust finally crackles",
        ),
        ("I love how the crust crackles as it cools.", "I love how the crust crackles as it cools"),
        (
            "Great post! My kids ate half the loaf before it even cooled.",
            "My kids ate half the loaf before it even cooled",
        ),
        (
            "Happy accident: I forgot the salt and it still tasted great.",
            "Happy accident: I forgot the salt and it still tasted great",
        ),
        (
            "The slow rise really does make a difference to the flavour.",
            "The slow rise really does make a difference to the flavour",
        ),
        ("Will it work with rye flour?", "Will it work with rye flour?"),
        (
            "The loaf I baked for my sister's wedding was amazing.",
            "The loaf I baked for my sister's wedding was amazing",
        ),
        ("My grandmother baked bread every Sunday.", "My grandmother baked bread every Sunday"),
        ("Ma grand-mère faisait son pain tous les dimanches.", None),
    ],
)
def test_the_readers_own_words_are_still_quoted(text, quote):
    assert read_comment(text).quote == (quote or text.rstrip("."))


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Quick question: what hydration do you use?", "What hydration do you use?"),
        ("Thanks for the recipe! Quick question, could I halve it?", "Could I halve it?"),
        (
            "Hi there! Just wanted to say this loaf turned out perfectly.",
            "This loaf turned out perfectly",
        ),
    ],
)
def test_a_lead_in_is_left_out_of_the_quote(text, quote):
    assert read_comment(text).quote == quote


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Great post! My kids ate half the loaf before it even cooled.", "en"),
        ("I used a Dutch oven and it came out perfect.", "en"),
        ("Great recipe. I added rosemary and sea salt on top.", "en"),
        ("I'm going to try this with my grandchildren next weekend.", "en"),
        ("Made this today and it was delicious. Thanks!", "en"),
        ("So I tried it with half whole wheat and it was great, a bit nuttier.", "en"),
        ("Hey! Tried this last night. Will go longer on the proof next time.", "en"),
        ("Mes enfants ont mangé la moitié du pain avant qu'il refroidisse !", "fr"),
        ("Mis hijos se comieron medio pan antes de que se enfriara.", "es"),
        ("Meine Kinder haben das halbe Brot gegessen, bevor es abgekühlt war.", "de"),
    ],
)
def test_a_story_of_the_bake_is_quoted_gladly_never_as_a_fine_line(text, language):
    written = drafts(text, language)
    assert all(draft.quote for draft in written)
    said = [line for draft in written for line in WISE[language] if line in draft.text]
    assert said == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("My grandmother baked bread every Sunday. This brought back so many memories.", "en"),
        ("She baked every Sunday, my nan. I can still smell her kitchen.", "en"),
        ("My mother made bread like this during the war, when flour was scarce.", "en"),
        ("Ma grand-mère faisait son pain tous les dimanches.", "fr"),
        ("Mi abuela hacía pan todos los domingos.", "es"),
        ("Meine Oma hat jeden Sonntag Brot gebacken.", "de"),
    ],
)
def test_a_memory_is_quoted_tenderly_never_with_a_smile(text, language):
    written = drafts(text, language)
    assert all(draft.quote for draft in written)
    lines = WISE[language] + CHEERY[language]
    said = [line for draft in written for line in lines if line in draft.text]
    assert said == []


def test_an_insight_still_gets_the_lines_for_a_fine_thought():
    # near miss: a tip is what those lines were written for
    written = drafts("The slow rise really does make a difference to the flavour.")
    assert any(line in draft.text for draft in written for line in WISE["en"])


def test_a_mum_in_the_readers_own_story_is_not_a_memory():
    # near miss: "I made it for my mum's birthday" is the reader's news, not someone remembered
    reading = read_comment("Thanks for this. I made it for my mum's birthday and she cried.")
    assert reading.quote == "I made it for my mum's birthday and she cried"
    assert reading.quote_story and not reading.quote_memory


def test_a_thread_of_stories_is_answered_in_varied_lines_that_fit_them():
    stories = [
        "I used a Dutch oven and it came out perfect.",
        "My kids ate half the loaf before it even cooled.",
        "I added rosemary and sea salt on top.",
        "We had this with soup tonight and it was perfect.",
        "I substituted half the flour with rye and it was delicious.",
        "My husband said it was the best bread I have ever made.",
    ]
    written = draft_replies(
        [
            CommentFacts(
                author=f"Reader {number}",
                post_title="A slow Sunday loaf",
                text=text,
                comment_id=number,
                thread="t",
                commenter=f"reader-{number}",
                commenter_comments=3,
            )
            for number, text in enumerate(stories, 1)
        ]
    )
    assert all(draft.quote for draft in written)
    middles = [key for draft in written for key in draft.phrases if key.startswith("middle.")]
    assert len(set(middles)) >= 3, middles
    said = [line for draft in written for line in WISE["en"] if line in draft.text]
    assert said == []
