"""A draft says each thing once: the time the reader took to write is thanked once ("Thank you for
reading it and for taking the time to write. It means a lot that you took a moment to write." said
it twice), the sign-off thanks no reader who was thanked in the line just before it, and a reader
coming back is not told "back ... again"."""

import re

import pytest

from reply_drafts import CommentFacts, draft_reply
from tests.support.drafts import assert_read_warm

COMMENTS = {
    "en": ("Lovely post.", "Thank you!", "Great recipe, my kids loved it."),
    "fr": ("Joli billet.", "Merci !", "Super recette, mes enfants ont adoré."),
    "es": ("Bonita entrada.", "¡Gracias!", "Receta genial, a mis hijos les encantó."),
    "de": ("Schöner Beitrag.", "Danke!", "Tolles Rezept, meine Kinder waren begeistert."),
    "it": ("Bel post.", "Grazie!", "Ricetta fantastica, ai miei figli è piaciuta molto."),
    "pt": ("Bonito post.", "Obrigada!", "Receita ótima, os meus filhos adoraram."),
}
TIME_TAKEN = re.compile(
    r"(?:taking|took) (?:the time|a moment)|pris (?:le temps|un moment)|"
    r"tomarte (?:el tiempo|un momento)|tomado un momento|Zeit für einen Kommentar|"
    r"Zeit genommen|Moment zum Schreiben|trovato (?:il tempo|un momento)|dedicado um momento"
)
THANKS = re.compile(
    r"(?<!\w)(?:thank|grateful|merci|remerci|gracias|agradec|agradeç|obrigad|dank|grazie|ringrazi)",
    re.IGNORECASE,
)
SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")


def drafts(language: str):
    for number in range(1, 61):
        text = COMMENTS[language][number % 3]
        facts = CommentFacts(
            author="Agnès",
            post_title="My week of sourdough",
            text=text,
            comment_id=number,
            thread="once",
            commenter="",
            commenter_comments=1 + number % 7,
            language=language,
        )
        yield draft_reply(facts).text


@pytest.mark.parametrize("language", sorted(COMMENTS))
def test_the_time_taken_to_write_is_thanked_once(language):
    for text in drafts(language):
        assert len(TIME_TAKEN.findall(text)) <= 1, text


@pytest.mark.parametrize("language", sorted(COMMENTS))
def test_the_sign_off_thanks_no_one_just_thanked(language):
    for text in drafts(language):
        sentences = [sentence for sentence in SENTENCE.split(text) if sentence.strip()]
        assert not all(THANKS.search(sentence) for sentence in sentences[-2:]), text


def test_a_reader_coming_back_is_not_told_again():
    for text in drafts("en"):
        assert "coming back to comment again" not in text


@pytest.mark.parametrize("language", sorted(COMMENTS))
def test_the_comments_stay_warm(language):
    for text in COMMENTS[language]:
        assert_read_warm(text, language)
