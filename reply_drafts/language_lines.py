"""The few words a draft needs beside its template library, in each built-in language.

The library (reply_drafts/templates/<language>/) holds every line an author may change; these are
the ones it cannot: the lines used when the author turned a whole section off, the crisis line, the
name of a commenter who gave none, the title of an untitled post and the quotation marks around a
title. A language the author added with their own templates gets the English ones.
"""

import re
from dataclasses import dataclass

from reply_drafts.entries import Entry

# Used only when the author turned a whole required section off.
FALLBACK_TEMPLATE = Entry(
    "template", "plain", "{greeting}\n\n{thanks} {middle}\n\n{star} {related}\n\n{signoff}"
)


@dataclass(frozen=True)
class LanguageLines:
    """The fixed words of one language."""

    fallback: dict  # section -> Entry, for warm replies
    quiet_fallback: dict  # section -> Entry, for grief and hostility
    crisis: str  # the last line of a draft to a reader who may be at risk: where help is
    # the last line of a draft to a reader at risk who may be in danger now (tone.Tone.danger_now):
    # their local emergency number first, as crisis lines advise, then where help is
    crisis_now: str
    nameless: str  # what a commenter who gave no name (or "Anonymous") is called
    untitled: str  # what a post without a title is called
    quote_marks: tuple[str, str]
    # the marks of a quote inside a quote: a title that quotes ("Le « vrai » pain") is set
    # « Le “vrai” pain », not « Le « vrai » pain »
    inner_marks: tuple[str, str] = ("‘", "’")


def _phrases(greeting: str, thanks: str, middle: str, signoff: str) -> dict:
    texts = {"greeting": greeting, "thanks": thanks, "middle": middle, "signoff": signoff}
    return {section: Entry(section, "plain", text) for section, text in texts.items()}


ENGLISH = LanguageLines(
    fallback=_phrases(
        "Hi {name},",
        "Thank you for your comment on “{title}”.",
        "It means a lot that you took the time to write.",
        "Thanks again!",
    ),
    quiet_fallback=_phrases(
        "Dear {name},", "Thank you for writing.", "I read every word.", "Take care."
    ),
    crisis=(
        "If you are thinking of ending your life, please talk to someone today: "
        "https://findahelpline.com lists free, confidential helplines in your country."
    ),
    crisis_now=(
        "If you are in danger now, please call your local emergency number right away, or ask "
        "someone near you to call it. Then https://findahelpline.com lists free, confidential "
        "helplines in your country."
    ),
    nameless="friend",
    untitled="my post",
    quote_marks=("“", "”"),
)
# French, with "vous", and with no word whose gender would have to be guessed (the commenter's and
# the author's are unknown): "chère lectrice, cher lecteur" says both.
FRENCH = LanguageLines(
    fallback=_phrases(
        "Bonjour {name},",
        "Merci pour votre commentaire sur « {title} ».",
        "Cela me touche que vous ayez pris le temps d'écrire.",
        "Merci encore !",
    ),
    quiet_fallback=_phrases(
        "Bonjour {name},", "Merci d'avoir écrit.", "J'ai lu chaque mot.", "Prenez soin de vous."
    ),
    crisis=(
        "Si vous pensez à mettre fin à vos jours, je vous en prie, parlez-en à quelqu'un dès "
        "aujourd'hui\u00a0: https://findahelpline.com recense des lignes d'écoute gratuites et "
        "confidentielles dans votre pays."
    ),
    crisis_now=(
        "Si vous êtes en danger en ce moment, appelez tout de suite le numéro d'urgence de votre "
        "pays, ou demandez à quelqu'un près de vous de l'appeler. Ensuite, "
        "https://findahelpline.com recense des lignes d'écoute gratuites et confidentielles."
    ),
    nameless="chère lectrice, cher lecteur",
    untitled="mon billet",
    quote_marks=("« ", " »"),
    inner_marks=("“", "”"),
)
# Spanish, with "tú" as Spanish-language blogs speak to their readers, and with no word whose
# gender would have to be guessed ("querido", "bienvenida"): "querida lectora, querido lector" says
# both. Titles between “ ”, the comillas the Spanish-language web uses (« » are for print).
SPANISH = LanguageLines(
    fallback=_phrases(
        "Hola, {name}:",
        "Gracias por tu comentario en “{title}”.",
        "Significa mucho para mí que te hayas tomado el tiempo de escribir.",
        "¡Gracias otra vez!",
    ),
    quiet_fallback=_phrases(
        "Hola, {name}:", "Gracias por escribir.", "He leído cada una de tus palabras.", "Cuídate."
    ),
    crisis=(
        "Si estás pensando en quitarte la vida, por favor, habla hoy mismo con alguien: "
        "en https://findahelpline.com encontrarás líneas de ayuda gratuitas y confidenciales en tu "
        "país."
    ),
    crisis_now=(
        "Si estás en peligro ahora mismo, llama ya al número de emergencias de tu país, o pide a "
        "alguien cerca de ti que lo llame. Después, en https://findahelpline.com encontrarás "
        "líneas de ayuda gratuitas y confidenciales."
    ),
    nameless="querida lectora, querido lector",
    untitled="mi entrada",
    quote_marks=("“", "”"),
)
# German, with "du" as personal blogs and their readers say it, and with no word whose gender would
# have to be guessed ("Lieber", "Liebe"): "liebe Leserin, lieber Leser" says both.
GERMAN = LanguageLines(
    fallback=_phrases(
        "Hallo {name},",
        "Danke für deinen Kommentar zu „{title}“.",
        "Es bedeutet mir viel, dass du dir die Zeit zum Schreiben genommen hast.",
        "Danke nochmal!",
    ),
    quiet_fallback=_phrases(
        "Hallo {name},",
        "Danke, dass du geschrieben hast.",
        "Ich habe jedes Wort gelesen.",
        "Pass auf dich auf.",
    ),
    crisis=(
        "Wenn du daran denkst, dir das Leben zu nehmen, sprich bitte noch heute mit jemandem: "
        "https://findahelpline.com nennt kostenlose, vertrauliche Hilfsangebote in deinem Land."
    ),
    crisis_now=(
        "Wenn du gerade in Gefahr bist, wähl bitte sofort den Notruf, oder bitte jemanden in "
        "deiner Nähe darum. Danach nennt https://findahelpline.com kostenlose, vertrauliche "
        "Hilfsangebote in deinem Land."
    ),
    nameless="liebe Leserin, lieber Leser",
    # a title is said after "zu" and after "gelesen": "meinen Beitrag" would be wrong after one
    untitled="Ohne Titel",
    quote_marks=("„", "“"),
    inner_marks=("‚", "‘"),
)
LINES = {"en": ENGLISH, "fr": FRENCH, "es": SPANISH, "de": GERMAN}
# Italian, with "tu" as Italian personal blogs speak to their readers, and with no word whose gender
# would have to be guessed ("caro", "cara"): "cara lettrice, caro lettore" says both. Titles between
# « », the caporali of Italian typography, with no space inside.
ITALIAN = LanguageLines(
    fallback=_phrases(
        "Ciao {name},",
        "Grazie per il tuo commento a «{title}».",
        "Per me conta molto che tu abbia trovato il tempo di scrivere.",
        "Grazie ancora!",
    ),
    quiet_fallback=_phrases(
        "Ciao {name},",
        "Grazie per avermi scritto.",
        "Ho letto ogni tua parola.",
        "Abbi cura di te.",
    ),
    crisis=(
        "Se stai pensando di toglierti la vita, ti prego, parlane con qualcuno oggi stesso: "
        "su https://findahelpline.com trovi le linee di ascolto gratuite e riservate del tuo paese."
    ),
    crisis_now=(
        "Se sei in pericolo adesso, chiama subito il numero di emergenza del tuo paese, o chiedi a "
        "qualcuno vicino a te di chiamarlo. Poi, su https://findahelpline.com trovi le linee di "
        "ascolto gratuite e riservate."
    ),
    nameless="cara lettrice, caro lettore",
    untitled="il mio post",
    quote_marks=("«", "»"),
    inner_marks=("“", "”"),
)
LINES["it"] = ITALIAN
# French keeps ; ! ? and the closing guillemet on the line of the word before them, and the opening
# guillemet on the line of the word after it: a narrow no-break space before ; ! ?, a no-break space
# before : and » and after « (the drafts' lines are written, and tidied, with plain spaces).
_NARROW_BEFORE = re.compile(r" ([;!?])")
_NO_BREAK_BEFORE = re.compile(r" ([:»])")
_NO_BREAK_AFTER = re.compile(r"« ")
# Portuguese, one for Brazil and Portugal (reply_drafts/templates/pt/templates.toml says how): the
# verb and "o seu" speak to the reader, the words "você", "tu" and "si" are left out; no word whose
# gender would have to be guessed ("obrigado", "querido"): "querida leitora, querido leitor" says
# both. Titles between “ ”, as the Portuguese-language web writes them on both sides.
PORTUGUESE = LanguageLines(
    fallback=_phrases(
        "Olá, {name},",
        "Agradeço o seu comentário em “{title}”.",
        "Significa muito que tenha dedicado um momento a escrever.",
        "Mais uma vez, agradeço!",
    ),
    quiet_fallback=_phrases(
        "Olá, {name},", "Agradeço por ter escrito.", "Li cada uma das suas palavras.", "Cuide-se."
    ),
    crisis=(
        "Se pensa em pôr fim à própria vida, por favor, fale com alguém ainda hoje: "
        "https://findahelpline.com reúne linhas de apoio gratuitas e confidenciais no seu país."
    ),
    crisis_now=(
        "Se corre perigo neste momento, ligue já para o número de emergência do seu país, ou peça "
        "a alguém por perto que ligue. Depois, https://findahelpline.com reúne linhas de apoio "
        "gratuitas e confidenciais."
    ),
    nameless="querida leitora, querido leitor",
    untitled="o meu post",
    quote_marks=("“", "”"),
)
LINES["pt"] = PORTUGUESE


def lines_for(language: str) -> LanguageLines:
    """Return the fixed words of *language* (a library's language), English when it has none."""
    return LINES.get(language, ENGLISH)


# A quote inside a title, in any of the marks a title is typed with: "…", « … », “…”, „…“.
_QUOTED = re.compile(r'„([^„“”\n]+)[“”]|"([^"\n]+)"|«\s*([^«»\n]+?)\s*»|“([^“”\n]+)”')


def nested(text: str, lines: LanguageLines) -> str:
    """Return *text* (a title set between *lines*' quote marks) with the quotes inside it set in
    the marks of a quote inside a quote: « Le “vrai” pain », “My ‘best’ loaf”, „Mein ‚Brot‘“."""
    opening, closing = lines.inner_marks
    return _QUOTED.sub(
        lambda match: f"{opening}{next(filter(None, match.groups()))}{closing}", text
    )


def typeset(text: str, language: str, kept: str = "") -> str:
    """Return *text* set as *language* sets it (French: its no-break spaces), leaving the reader's
    own words *kept* (the quote) as they wrote them."""
    if language != "fr":
        return text
    parts = text.split(kept) if kept else [text]
    return kept.join(_french_spaces(part) for part in parts)


def _french_spaces(text: str) -> str:
    text = _NARROW_BEFORE.sub("\u202f\\1", text)
    text = _NO_BREAK_BEFORE.sub("\u00a0\\1", text)
    return _NO_BREAK_AFTER.sub("«\u00a0", text)
