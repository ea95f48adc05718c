"""What a draft says and quotes: its sentences, its questions and its quote of the reader.

A jab dressed as a question gets no "great question" and no star; a link dropped with a come-on
is spam; a sentence that lost its link is not quoted; a question about the post gets no pretended
"I've wondered the same", and one without a question mark is answered as one; a thread of ten
thank-yous says no line twice, nor a quiet draft one thing twice; plain thanks and a compliment
are not quoted back, the reader's own line after a compliment is; French drafts keep their
punctuation with no-break spaces.
"""

import re
from collections import Counter

import pytest

from reply_drafts import CommentFacts
from reply_drafts.compose import draft_replies
from reply_drafts.quote import pick_quote, read_comment
from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of


@pytest.mark.parametrize("number", range(1, 9))
def test_french_drafts_keep_their_punctuation_with_no_break_spaces(number):
    text = "Génial comme d'habitude, t'es trop forte ! Ça marche aussi sans gluten ?"
    draft = draft_of(text, "fr", number=number)
    own_words = draft.text.replace(draft.quote, "") if draft.quote else draft.text
    assert not re.search(r" [;:!?»]|« ", own_words), draft.text
    assert not draft.quote or draft.quote in draft.text


def test_french_spaces_are_the_draft_s_own_and_the_reader_s_words_stay_as_written():
    text = "Merci pour cette recette, mon pain est enfin réussi !"
    draft = draft_of(text, "fr", number=28)
    assert "réussi !" in draft.text or not draft.quote
    assert draft.star_line in draft.text


JABS = [
    ("Is this a joke?", "en"),
    ("Ever heard of proofreading?", "en"),
    ("Vous avez déjà entendu parler de relecture ?", "fr"),
    ("Qui lit encore ce genre de truc ?", "fr"),
    ("C'est une blague ?", "fr"),
    ("Avez-vous seulement testé la recette avant de la publier ?", "fr"),
    ("Sérieux, c'est ça votre tuto ?", "fr"),
]


@pytest.mark.parametrize(("text", "language"), JABS)
def test_a_jab_dressed_as_a_question_gets_no_great_question_and_no_star(text, language):
    draft = draft_of(text, language)
    assert read_tone(text).label == "hostile"
    assert draft.gold_stars == 0 and draft.quote == ""
    for praise in ("great question", "good question", "excellente question", "wondered the same"):
        assert praise not in draft.text.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "Is this a joke? Because I laughed out loud.",
        "Ever heard of tarte Tatin? Same trick, upside down!",
        "Qui lit encore le journal le matin ? Moi, avec votre blog 😄",
        "C'est une blague, ce tuto ? Trop facile, génial !",
        "Vous avez déjà entendu parler de la pâte feuilletée inversée ? Même principe !",
    ],
)
def test_questions_and_laughs_with_the_same_words_keep_their_reading(text):
    assert read_tone(text).label == "question"


LINK_DROPS = [
    ("Visit for more information: www.roofing-pros-dallas.com", "en"),
    ("Need a reliable roofer in Dallas? Free quotes, call (214) 555-0199 today!", "en"),
    ("Sympa ton blog, passe voir le mien : www.mon-blog-deco.fr", "fr"),
]


@pytest.mark.parametrize(("text", "language"), LINK_DROPS)
def test_a_link_dropped_with_a_come_on_is_spam_with_no_draft(text, language):
    draft = draft_of(text, language)
    assert read_tone(text).label == "spam"
    assert draft.text == "" and draft.gold_stars == 0


@pytest.mark.parametrize(
    "text",
    [
        "Visit the Louvre if you can, it's free on the first Friday.",
        "For more information see the Python docs: https://docs.python.org/3/library/asyncio.html",
        "I got three free quotes for my kitchen and your post helped me choose, thank you!",
        "Sympa ton blog, je repasserai !",
        "Passe voir le marché de Noël de Colmar si tu peux, c'est magique.",
    ],
)
def test_tips_and_thanks_with_the_same_words_are_not_spam(text):
    assert read_tone(text).label != "spam"


@pytest.mark.parametrize(
    "text",
    [
        "I found a better recipe at https://recipes-hub.example/banana-bread",
        "I found a better way: use a cold oven start, see https://example.org/cold-oven",
        "J'ai trouvé une meilleure version sur https://exemple.fr/pain, à tester.",
    ],
)
def test_a_sentence_that_lost_its_link_is_not_quoted(text):
    assert pick_quote(text) == ""
    assert draft_of(text).quote == ""


def test_the_other_sentences_of_a_comment_with_a_link_are_still_quoted():
    text = "Loved the crumb on this one. I found a better recipe at https://recipes-hub.example/x"
    assert pick_quote(text) == "Loved the crumb on this one"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "For more information see the Python docs: https://docs.python.org/3/library/",
            "For more information see the Python docs",
        ),
        ("Made it with rye, see the photo below.", "Made it with rye, see the photo below"),
        ("Made it with rye and a cold oven start, it worked.", "Made it with rye and a cold oven"),
    ],
)
def test_a_sentence_whose_link_came_after_a_colon_or_that_had_none_is_quoted(text, quote):
    assert pick_quote(text).startswith(quote)


WONDERED = ("wondered the same", "même question")


NUMBERS = range(1, 41)  # the lines are drawn per comment id: forty draws try every one


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Great post, thank you. How long does it keep in the fridge?", "en"),
        ("Which version of Postgres did you test on?", "en"),
        ("Combien de temps ça se garde au frigo ?", "fr"),
        ("Est-ce que je peux remplacer le beurre par de l'huile ?", "fr"),
    ],
)
def test_a_question_about_the_post_gets_no_pretended_i_wondered_the_same(text, language):
    for number in NUMBERS:
        draft = draft_of(text, language, number=number)
        assert not any(words in draft.text for words in WONDERED), draft.text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Why does rye bread need less kneading than wheat bread?", "en"),
        ("Pourquoi le seigle lève-t-il moins que le blé ?", "fr"),
    ],
)
def test_a_curious_question_of_the_world_may_still_be_wondered_about_too(text, language):
    drafts = [draft_of(text, language, number=number).text for number in NUMBERS]
    assert any(words in draft for draft in drafts for words in WONDERED)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Made it tonight, delicious. Would it work with gluten-free flour",
            "Would it work with gluten-free flour?",
        ),
        ("Loved it. Est-ce que ça marche avec de la farine de riz", None),
    ],
)
def test_a_question_asked_without_a_question_mark_is_answered_as_one(text, quote):
    language = "en" if quote else "fr"
    for number in NUMBERS:
        draft = draft_of(text, language, number=number)
        assert "better than my post" not in draft.text and "si bien dit" not in draft.text
        if quote and draft.quote:
            assert draft.quote == quote


@pytest.mark.parametrize(
    "text",
    [
        "Made it tonight, delicious. Would love to try it with rye.",
        "Is this gluten free?",
        "Made it with rye, see the photo below.",
    ],
)
def test_sentences_that_ask_nothing_or_already_ask_are_read_as_before(text):
    assert read_comment(text).question == ("?" in text)


THANK_YOUS = [
    "Lovely post, thank you!",
    "Thanks for this, really helpful.",
    "Great read, thank you.",
    "Loved this, thanks!",
    "Thank you, this was lovely.",
    "So helpful, thanks a lot.",
    "Beautiful post. Thank you.",
    "Thanks! Bookmarked.",
    "Really enjoyed this one, thanks.",
    "This was great, thank you so much.",
]


NAMES = ["Ann", "Ben", "Cat", "Dov", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jon"]


def thread_of(texts: list[str], language: str = "en", support: bool = False) -> list[str]:
    """Return the drafts of *texts*, one comment each by a new reader, drafted as one thread."""
    batch = [
        CommentFacts(
            author=name,
            post_title="A post",
            text=text,
            comment_id=number,
            thread="t",
            commenter=name.lower(),
            commenter_comments=1,
            language=language,
            support=support,
        )
        for number, (name, text) in enumerate(zip(NAMES, texts, strict=True), start=1)
    ]
    return [draft.text for draft in draft_replies(batch)]


def sentences_of(draft: str) -> list[str]:
    return [each.strip() for each in re.split(r"(?<=[.!?])\s+|\n+", draft) if each.strip()]


def test_a_thread_of_ten_thank_yous_says_no_line_twice():
    drafts = thread_of(THANK_YOUS)
    said = Counter(
        sentence
        for draft, name in zip(drafts, NAMES, strict=True)
        for sentence in sentences_of(draft)
        if name not in sentence  # a greeting is the reader's own
    )
    assert [line for line, times in said.items() if times > 1] == []
    # Each still thanks its reader.
    assert all("thank" in draft.casefold() or "grateful" in draft for draft in drafts)


def openings(draft: str) -> list[tuple[str, ...]]:
    return [tuple(re.findall(r"[^\W\d_]+", s.casefold())[:4]) for s in sentences_of(draft)]


@pytest.mark.parametrize(
    ("text", "number", "language"),
    [
        ("This made me cry, thank you for sharing.", 9, "en"),
        ("lol same, hospital car parks are the worst 😂", 15, "en"),
        ("Je pense fort à vous et à votre maman.", 1, "fr"),
        ("Bravo pour ce billet, il est génial !! 🎉", 2, "fr"),
        ("Courage. Des bisous.", 3, "fr"),
    ],
)
def test_a_quiet_draft_does_not_say_the_same_thing_twice(text, number, language):
    # Before: "Thank you for being here. / Thank you for being here with me.", « Merci pour vos
    # mots bienveillants. Vous n'imaginez pas … des personnes bienveillantes. »
    draft = draft_of(text, language, support=True, number=number, title="A post", thread="t")
    opened = [each for each in openings(draft.text) if len(each) == 4]
    assert len(opened) == len(set(opened)), draft.text
    assert draft.text.casefold().count("bienveillan") <= 1, draft.text


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_quiet_draft_of_sixty_opens_two_sentences_alike(language):
    text = "Thinking of you." if language == "en" else "Je pense à vous."
    for number in range(1, 61):
        draft = draft_of(text, language, support=True, number=number, thread="t")
        opened = [each for each in openings(draft.text) if len(each) == 4]
        assert len(opened) == len(set(opened)), draft.text
        assert draft.text.casefold().count("bienveillan") <= 1, draft.text


@pytest.mark.parametrize(
    "text", ["Really enjoyed this one, thanks.", "Merci pour ce billet, très utile."]
)
def test_plain_thanks_are_not_quoted_back_as_wisdom(text):
    assert pick_quote(text) == ""


@pytest.mark.parametrize(
    "text",
    [
        "The tissues on the roof made me cry, in a good way.",
        "The one with the rye starter is my favourite, thanks.",
        "Le conseil du four froid m'a été très utile pour mon pain de seigle.",
    ],
)
def test_a_particular_line_is_still_quoted(text):
    assert pick_quote(text) != ""


# The reader's own line after a compliment is quoted now (quote.own_words), and a
# compliment with nothing of their own after it still is not.
@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "I love how you explain it, my daughter finally understood fractions.",
            "My daughter finally understood fractions",
        ),
        (
            "Your posts are always great, we've made every single recipe.",
            "We've made every single recipe",
        ),
    ],
)
def test_the_readers_own_line_after_a_compliment_is_quoted(text, quote):
    assert draft_of(text).quote == quote


# ...but not a letdown after the compliment, which the draft would greet with "I love hearing
# that!" and a gold star: these had been quoted ("My family hated this one though").
@pytest.mark.parametrize(
    "text",
    [
        "Your recipes are usually great, my family hated this one though.",
        "Your photos are lovely, my version came out burnt and flat.",
    ],
)
def test_a_letdown_after_a_compliment_is_not_quoted_back(text):
    assert draft_of(text).quote == ""


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "I love how you explain things, my daughter finally understood fractions thanks to "
            "this post.",
            "My daughter finally understood fractions thanks to this post",
        ),
        (
            "Your photos are gorgeous, we tried the walk from Positano last spring and got "
            "hopelessly lost.",
            "We tried the walk from Positano last spring and got hopelessly lost",
        ),
        (
            "Love the new look, the dark mode finally stops my eyes burning at 2am.",
            "The dark mode finally stops my eyes burning at 2am",
        ),
    ],
)
def test_a_compliment_first_keeps_the_readers_own_words_after_it(text, quote):
    assert draft_of(text).quote == quote


@pytest.mark.parametrize(
    "text",
    [
        "Your photos are gorgeous, so moody and dark.",
        "I love how you write, so honest and raw.",
        "Love the new look, very clean.",
    ],
)
def test_a_compliment_is_still_not_quoted_back_to_the_author(text):
    assert draft_of(text).quote == ""
