"""A draft speaks in one voice from its greeting to its last line.

German drafts said du to the reader but could open „Guten Tag, Agnès,", a greeting for Sie: a blog's
comments say du, so a draft opens „Hallo“ or „Grüß dich“ and says du throughout. An Italian grief
draft could open "Un abbraccio, Giulia." and say "Ti abbraccio forte." two lines on: a draft gives
its hug once, in every language and every kind of draft; and its "words" once ("Thank you for your
kind words. I read every word, and I'm grateful.", „Danke für deine lieben Worte. Ich habe deine
Worte gelesen"), and its careful reading once ("Agradeço a leitura tão atenta. Uma estrela dourada
por essa leitura tão atenta.").
A quiet draft (grief, or comfort thanked) says its thanks once: "Grazie per le tue parole così
affettuose. Grazie di starmi vicino", „Ich bin dankbar dafür. Danke, dass du da bist. Danke, dass
du mich begleitest", "Gracias por tus palabras. Con todo mi agradecimiento." read as a form.
"""

import re

import pytest

from reply_drafts import CommentFacts, draft_reply
from tests.support.drafts import assert_read_warm

# A greeting or a word of the Sie register, beside the du the German library speaks.
SIE = re.compile(r"Guten Tag|\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b")
GERMAN = {
    "praise": "Was für ein schöner Beitrag! Dein Dankbarkeitstagebuch hat mich motiviert.",
    "question": "Hast du es schon mal mit Post-its statt einem Notizbuch probiert?",
    "critical": "Im zweiten Absatz ist ein Fehler: das Datum ist 2019, nicht 2018.",
    "hostile": "Schrottartikel, was für ein Unsinn.",
    "grief": "Mein Vater ist letzten Monat gestorben. Danke für den Text, er hat mir gutgetan.",
}
# A hug in each language: said once per draft.
HUG = re.compile(r"abbracc|abrazo|abraç|umarm|embrass|\bhugs?\b", re.IGNORECASE)
COMMENTS = {
    "it": (
        "Mio padre è morto il mese scorso. Grazie per questo testo, mi ha fatto bene.",
        "Ho perso la mia mamma a marzo. Leggerti mi ha fatto sentire meno sola.",
        "Ti sono vicina, un abbraccio forte in questi giorni difficili.",
        "Che bel post! Il tuo diario mi ha fatto venire voglia di iniziarne uno.",
    ),
    "es": (
        "Mi padre falleció el mes pasado. Gracias por este texto.",
        "¡Qué entrada tan bonita! Me dieron ganas de empezar mi propio diario.",
    ),
    "pt": (
        "O meu pai morreu no mês passado. Obrigada por este texto.",
        "Que post lindo! Deu vontade de começar o meu próprio diário.",
    ),
}


def facts(text: str, language: str, number: int, **changes) -> CommentFacts:
    values = {
        "author": "Agnès",
        "post_title": "Das Dankbarkeitstagebuch",
        "text": text,
        "comment_id": number,
        "thread": f"/2024/{language}/",
        "commenter": f"{number:016x}",
        "commenter_comments": 1 + number % 6,
        "language": language,
    }
    return CommentFacts(**(values | changes))


@pytest.mark.parametrize("tone", sorted(GERMAN))
def test_a_german_draft_says_du_from_its_greeting_on(tone):
    for number in range(1, 41):  # forty seeds: every greeting of the tone is drawn
        draft = draft_reply(facts(GERMAN[tone], "de", number))
        assert not SIE.search(draft.text), draft.text


@pytest.mark.parametrize("support", [False, True])
@pytest.mark.parametrize(
    ("language", "text"), [(language, text) for language in COMMENTS for text in COMMENTS[language]]
)
def test_a_draft_gives_its_hug_once(language, text, support):
    for number in range(1, 41):
        draft = draft_reply(facts(text, language, number, support=support))
        assert len(HUG.findall(draft.text)) <= 1, draft.text


# "Words" in each language: said once per draft ("antworten" holds no Worte).
WORDS = re.compile(r"(?<!\w)(?:words?|mots|palabras?|worte|parol[ae]|palavras?)", re.IGNORECASE)
COMFORT = {
    "en": "Thinking of you, sending love.",
    "fr": "Je pense fort à vous, courage.",
    "es": "Te mando mucho ánimo, fuerza.",
    "de": "Ich denke an dich, viel Kraft.",
    "it": "Ti penso tanto, forza.",
    "pt": "Estou pensando em você, muita força.",
}


@pytest.mark.parametrize("language", sorted(COMFORT))
def test_a_comforters_words_are_thanked_once(language):
    for number in range(1, 41):
        draft = draft_reply(facts(COMFORT[language], language, number, support=True))
        assert len(WORDS.findall(draft.text)) <= 1, draft.text


# A careful reading thanked, in each language: once per draft.
CAREFUL = re.compile(r"(?<!\w)(?:careful|attent|atent|genau)", re.IGNORECASE)
CORRECTIONS = {
    "en": "There's a typo: it's 250 g, not 500.",
    "fr": "Il y a une coquille : c'est 250 g, pas 500.",
    "es": "Hay un error: son 250 g, no 500.",
    "de": "Da ist ein Tippfehler: 250 g, nicht 500.",
    "it": "C'è un errore: sono 250 g, non 500.",
    "pt": "Há um erro: são 250 g, não 500.",
}


@pytest.mark.parametrize("language", sorted(CORRECTIONS))
def test_a_careful_reading_is_thanked_once(language):
    for number in range(1, 41):
        draft = draft_reply(facts(CORRECTIONS[language], language, number))
        assert draft.tone == "critical"
        assert len(CAREFUL.findall(draft.text)) <= 1, draft.text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Un abbraccio a tutti i lettori, che bella ricetta!"),
        ("pt", "Um abraço para a família toda, a receita ficou ótima!"),
        ("de", "Grüß dich! Dein Brot ist toll geworden, danke für das Rezept."),
    ],
)
def test_a_warm_comment_with_a_hug_or_a_greeting_stays_warm(language, text):
    assert_read_warm(text, language)


# Thanks in each language: said once in a quiet draft ("Gracias …" and "agradecimiento" are one).
THANKS = re.compile(
    r"(?<!\w)(?:thank|grateful|merci|remerci|gracias|agradec|agradeç|obrigad|dank|grazie|ringrazi)",
    re.IGNORECASE,
)
QUIET = {
    "en": ("Thinking of you, sending love.", "My dad died last month. Thank you for this post."),
    "fr": ("Je pense fort à vous, courage.", "Mon père est mort le mois dernier. Merci."),
    "es": ("Mis condolencias.", "Mi padre falleció el mes pasado. Gracias por este texto."),
    "de": ("Mein Beileid.", "Mein Vater ist letzten Monat gestorben. Danke für den Text."),
    "it": ("Ti penso tanto, forza.", "Mio padre è morto il mese scorso. Grazie per questo testo."),
    "pt": ("Os meus sentimentos.", "O meu pai morreu no mês passado. Obrigada por este texto."),
}


@pytest.mark.parametrize("support", [False, True])
@pytest.mark.parametrize(
    ("language", "text"), [(language, text) for language in QUIET for text in QUIET[language]]
)
def test_a_quiet_draft_thanks_once(language, text, support):
    for number in range(1, 41):
        draft = draft_reply(facts(text, language, number, support=support))
        assert draft.tone == "grief", draft.text
        assert len(THANKS.findall(draft.text)) <= 1, draft.text
