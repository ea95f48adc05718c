"""A comment of a word or three ("Merci !", "Lovely post.") is not thanked for being "kind and
thoughtful", "read so closely" or "sharing your thoughts"; a sentence that holds the reader's own
name ("Je suis Agnès, et j'adore ce pain.") is not quoted back to them."""

import re

import pytest

from reply_drafts import CommentFacts, draft_reply
from tests.support.drafts import assert_read_warm

BRIEF = {
    "en": ("Thank you!", "Lovely post.", "Wow!"),
    "fr": ("Merci !", "Joli billet.", "Waouh !"),
    "es": ("¡Gracias!", "Bonita entrada.", "¡Guau!"),
    "de": ("Danke!", "Schöner Beitrag.", "Wow!"),
    "it": ("Grazie!", "Bel post.", "Wow!"),
    "pt": ("Obrigada!", "Bonito post.", "Uau!"),
}
TOO_MUCH = re.compile(
    r"kind and thoughtful|so closely|sharing your thoughts|si gentil et si attentionné|"
    r"avec autant d'attention|partager vos réflexions|tan amable y tan cariñoso|lectura tan atenta|"
    r"compartir lo que piensas|freundlichen und aufmerksamen|so genau zu lesen|Gedanken teilst|"
    r"così gentile e affettuoso|con tanta attenzione|condiviso quello che pensi|"
    r"mais gentil e carinhoso|leitura tão atenta|a sua opinião"
)


def draft(name: str, text: str, language: str, number: int) -> str:
    facts = CommentFacts(
        author=name,
        post_title="My week of sourdough",
        text=text,
        comment_id=number,
        thread="brief",
        commenter="",
        commenter_comments=1 + number % 4,
        language=language,
    )
    return draft_reply(facts)


@pytest.mark.parametrize("language", sorted(BRIEF))
def test_a_word_or_three_is_not_thanked_as_an_essay(language):
    for number in range(1, 31):
        text = draft("Agnès", BRIEF[language][number % 3], language, number).text
        assert not TOO_MUCH.search(text), text


@pytest.mark.parametrize("language", sorted(BRIEF))
def test_a_longer_comment_may_still_be_thanked_for_its_thoughts(language):
    longer = {
        "en": "Lovely post, it made me want to bake again this weekend.",
        "fr": "Joli billet, ça me donne envie de refaire du pain ce week-end.",
        "es": "Bonita entrada, me dan ganas de volver a hornear este fin de semana.",
        "de": "Schöner Beitrag, ich will am Wochenende gleich wieder backen.",
        "it": "Bel post, mi ha fatto venire voglia di rifare il pane nel fine settimana.",
        "pt": "Bonito post, deu-me vontade de voltar a fazer pão no fim de semana.",
    }[language]
    texts = [draft("Agnès", longer, language, number).text for number in range(1, 41)]
    assert any(TOO_MUCH.search(text) for text in texts)
    assert_read_warm(longer, language)


@pytest.mark.parametrize("language", sorted(BRIEF))
def test_brief_comments_stay_warm(language):
    for text in BRIEF[language]:
        assert_read_warm(text, language)


OWN_NAME = [
    ("Agnès", "fr", "Je suis Agnès, et j'adore ce pain au seigle."),
    ("Marie Dupont", "fr", "Ici Marie, votre voisine : ce pain au seigle est une merveille."),
    ("Jürgen", "de", "Ich bin Jürgen und backe seit Jahren nach diesem Rezept."),
    ("Zoë", "en", "Zoë here, and this rye loaf is a wonder."),
]


@pytest.mark.parametrize(("name", "language", "text"), OWN_NAME)
def test_the_reader_s_own_name_is_not_quoted_back(name, language, text):
    for number in range(1, 9):
        made = draft(name, text, language, number)
        assert made.quote == "", made.text
    assert_read_warm(text, language)


def test_a_sentence_with_another_name_is_still_quoted():
    text = "My neighbour Agnès swears by this rye loaf, and now so do I."
    quotes = {draft("Zoë", text, "en", number).quote for number in range(1, 9)}
    assert quotes != {""}
