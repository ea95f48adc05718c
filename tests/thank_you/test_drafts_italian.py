"""Drafts in Italian (reply_drafts/templates/it/): an Italian blog's commenters are answered in
Italian, in every tone, with "tu" (what Italian personal blogs say to their readers), with no
guessed gender ("caro" or "cara", "benvenuto" or "benvenuta") and titles between « »."""

import re
from functools import partial

import pytest

from reply_drafts import draft_reply
from reply_drafts.entries import SLOT
from reply_drafts.language_lines import lines_for
from reply_drafts.library import drafting_language, load_library
from reply_drafts.tone import read_tone
from tests.support.draft_languages import (
    ENGLISH_WORDS,
    LINE_SECTIONS,
    assert_built_in_with_every_line_and_rule_of_english,
    assert_no_placeholder,
    assert_placeholders_of_english,
    assert_same_files_as,
    blog_comment,
    own_words,
    varied_thread,
    without_nameless,
)

# Words whose gender would have to be guessed (the commenter's or the author's); the name of a
# commenter who gave none says both and is taken out before looking.
GUESSED_GENDER = re.compile(
    r"\b(?:car[oaie]|(?<!il )benvenut[oaie]|bentornat[oaie]|content[oaie]|grat[oaie]|commoss[oaie]|"
    r"emozionat[oaie]|preoccupat[oaie]|felicissim[oaie]|sono vicin[oa]|lettric[ei]|"
    r"lettor[ei]|amic[oaie]|amici|da sol[oa]|te stess[oa]|passat[oa] di qui|unit[oa])\b",
    re.IGNORECASE,
)
TITLE = "Il diario della gratitudine"
RELATED = ("Dire grazie", "/2024/grazie/")
COMMENTS = {
    "praise": (
        "Che bel post! Il tuo diario della gratitudine mi ha fatto venire voglia di iniziarne uno."
    ),
    "question": "Hai mai provato con i post-it invece di un quaderno?",
    "critical": "C'è un errore nel secondo paragrafo: la data è 2019, non 2018.",
    "hostile": "Articolo spazzatura, sei un idiota.",
    "grief": "Mio padre è morto il mese scorso. Grazie per questo testo, mi ha fatto bene.",
}
# A word Italian drafts always hold somewhere (a greeting or a thank-you).
OWN_WORDS = re.compile(r"\b(?:Ciao|Grazie|Buongiorno|abbraccio|Ehi|benvenuto)\b", re.I)
ITALIAN = lines_for("it")  # English before Italian was built in


# Comment n by Giulia under the post TITLE of a blog in Italian: facts(text, n, **changes).
facts = partial(
    blog_comment,
    author="Giulia",
    language="it",
    title=TITLE,
    related_post=RELATED,
    thread="/2024/it/",
)


def assert_in_italian(text: str) -> None:
    assert not ENGLISH_WORDS.search(text), text
    assert not GUESSED_GENDER.search(without_nameless(text, "it")), text
    assert_no_placeholder(text)


def test_italian_is_built_in_with_every_line_and_rule_the_english_library_has():
    assert_built_in_with_every_line_and_rule_of_english("it")


def test_every_file_of_the_other_libraries_has_its_italian_counterpart_and_reads_cleanly():
    for other in ("en", "fr", "es", "de"):
        assert_same_files_as("it", other)


def test_every_placeholder_of_an_english_line_is_in_its_italian_line():
    assert_placeholders_of_english("it")


@pytest.mark.parametrize("code", ["it", "it_IT", "it-CH", "it_SM"])
def test_an_italian_blog_drafts_in_italian_whatever_its_region(code):
    # An Italian blog (DEFAULT_LANG = "it") had English drafts: "Hi Giulia, Thank you for…"
    library = load_library(code)
    assert library.language == "it" and library.problems == ()
    assert drafting_language(code) == "it"
    draft = draft_reply(facts(COMMENTS["praise"], 3, language=code))
    assert OWN_WORDS.search(draft.text) and not ENGLISH_WORDS.search(own_words(draft, TITLE)), (
        draft.text
    )


def test_every_italian_line_avoids_english_and_a_guessed_gender():
    library = load_library("it")
    fixed = [*ITALIAN.fallback.values(), *ITALIAN.quiet_fallback.values()]
    for entry in [e for section in LINE_SECTIONS for e in library.entries(section)] + fixed:
        words = SLOT.sub(" ", entry.text)
        assert not ENGLISH_WORDS.search(words), entry.key
        assert not GUESSED_GENDER.search(words), entry.key


def test_italian_lines_say_tu_not_lei_and_quote_between_caporali():
    library = load_library("it")
    for entry in (e for section in LINE_SECTIONS for e in library.entries(section)):
        # "Lei", "La ringrazio", "Suo": the register of a bank, not of a blog
        assert not re.search(r"\b(?:Lei|La ringrazio|Suo|Sua|Suoi|Sue)\b", entry.text), entry.key
        assert "“" not in entry.text and '"' not in entry.text, entry.key
        if "{quote}" in entry.text or "{title}" in entry.text:
            assert re.search(r"«\{(?:quote|title)\}»", entry.text), entry.key
    assert ITALIAN.quote_marks == ("«", "»")


@pytest.mark.parametrize("tone", list(COMMENTS))
def test_every_tone_is_answered_in_italian(tone):
    texts = set()
    for number in range(1, 41):  # forty seeds: most lines of each tone are drawn
        draft = draft_reply(facts(COMMENTS[tone], number))
        assert draft.tone == tone
        assert OWN_WORDS.search(draft.text), draft.text
        assert_in_italian(own_words(draft, TITLE))
        texts.add(draft.text)
    assert len(texts) >= 3  # not one line for everyone


def test_praise_in_italian_is_thanked_and_its_gold_stars_are_said_in_italian():
    starred = 0
    for number in range(1, 21):
        draft = draft_reply(facts(COMMENTS["praise"], number))
        assert draft.tone == "praise" and OWN_WORDS.search(draft.text), draft.text
        if draft.gold_stars:  # "una stella d'oro", "Tre stelle d'oro"
            starred += 1
            assert re.search(r"\bstell[ae] d'oro\b", draft.star_line), draft.star_line
            assert draft.star_line in draft.text
    assert starred >= 5


def test_a_question_in_italian_is_promised_an_answer_not_given_one():
    promises = ("ti rispondo", "risposta come si deve", "ti scrivo molto presto", "rispondert")
    for number in range(1, 21):
        draft = draft_reply(facts(COMMENTS["question"], number))
        assert draft.tone == "question"
        assert any(words in draft.text for words in promises), draft.text


def test_a_correction_in_italian_is_thanked_plainly():
    phrases = set()
    for number in range(1, 41):
        draft = draft_reply(facts(COMMENTS["critical"], number))
        assert draft.tone == "critical" and "!" not in draft.text
        assert "Grazie" in draft.text
        phrases |= set(draft.phrases)
    assert "thanks.critical-correction" in phrases


def test_an_italian_loss_gets_condolences_and_no_star_quote_or_cheer():
    text = COMMENTS["grief"]
    tone = read_tone(text)
    assert tone.loss and tone.shared  # "mio padre": the reader's own loss
    for number in range(1, 21):
        draft = draft_reply(facts(text, number))
        assert draft.gold_stars == 0 and not draft.quote
        assert "!" not in draft.text and "stell" not in draft.text
        assert any(words in draft.text for words in ("dispiace", "condoglianze")), draft.text


def test_hostility_in_italian_gets_a_calm_answer_about_the_post():
    for number in range(1, 21):
        draft = draft_reply(facts(COMMENTS["hostile"], number))
        assert draft.tone == "hostile" and draft.gold_stars == 0 and not draft.quote
        assert "Grazie" not in draft.text and "!" not in draft.text and "stell" not in draft.text
        assert "post" in draft.text and "idiota" not in draft.text


def test_comfort_on_a_hard_day_post_is_thanked_quietly_in_italian():
    text = "Coraggio, ti mando un abbraccio grande."
    drafts = []
    for number in range(1, 21):
        draft = draft_reply(facts(text, number, support=True))
        assert draft.tone == "grief" and draft.gold_stars == 0 and not draft.quote
        assert "!" not in draft.text and "stell" not in draft.text
        assert_in_italian(draft.text)
        drafts.append(draft.text)
    assert len(set(drafts)) >= 3


@pytest.mark.parametrize(
    "text",
    [
        "Voglio togliermi la vita.",
        "Non voglio più vivere.",
        "Non ce la faccio più, voglio farla finita.",
    ],
)
def test_an_italian_reader_at_risk_is_told_where_help_is_in_italian(text):
    crisis = ITALIAN.crisis
    assert "https://findahelpline.com" in crisis
    for number in range(1, 21):
        draft = draft_reply(facts(text, number))
        assert draft.crisis and draft.text.endswith(crisis), draft.text
        assert draft.gold_stars == 0 and not draft.quote
        assert_in_italian(draft.text.replace("https://findahelpline.com", ""))
        for condolence in ("condoglianze", "lutto", "perdita"):
            assert condolence not in draft.text


def test_an_italian_reader_in_danger_now_is_told_to_call_the_emergency_number_first():
    text = "Ho preso tutte le pillole, stasera la faccio finita."
    assert read_tone(text).danger_now
    assert "numero di emergenza" in ITALIAN.crisis_now
    assert "https://findahelpline.com" in ITALIAN.crisis_now
    for number in range(1, 11):
        draft = draft_reply(facts(text, number))
        assert draft.crisis and draft.text.endswith(ITALIAN.crisis_now), draft.text
        assert draft.gold_stars == 0 and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        "Guadagna 300 euro al giorno da casa, clicca qui: www.soldi.example",
        "Compra viagra a poco prezzo senza ricetta su www.pillole.example",
    ],
)
def test_italian_spam_gets_no_draft_and_no_gold_star(text):
    draft = draft_reply(facts(text, 4))
    assert draft.tone == "spam" and draft.text == "" and draft.gold_stars == 0


def test_an_italian_thread_gets_varied_drafts():
    for draft in varied_thread(facts, COMMENTS["praise"], COMMENTS["question"]):
        assert_in_italian(own_words(draft, TITLE))


def test_a_nameless_italian_commenter_is_named_in_italian_with_a_capital_opening_a_paragraph():
    named = "cara lettrice, caro lettore"
    opened = []
    for number in range(1, 41):
        text = draft_reply(facts("Ho rifatto il pane.", number, author="Anonymous")).text
        assert "Anonymous" not in text and "friend" not in text
        assert named in text or "Cara lettrice, caro lettore" in text, text
        paragraphs = text.split("\n\n")
        assert not any(paragraph.startswith(named) for paragraph in paragraphs), text
        opened += [p for p in paragraphs if p.startswith("Cara lettrice, caro lettore")]
    assert opened


def test_an_untitled_post_and_an_unlinked_related_post_are_named_in_italian():
    assert lines_for("it") is ITALIAN and ITALIAN.untitled == "il mio post"
    text = "Il tuo trucco dei bigliettini sul frigo mi ha fatto sorridere."
    seen_untitled = seen_related = False
    for number in range(1, 41):
        draft = draft_reply(facts(text, number, post_title="", related=(("Bigliettini", ""),)))
        assert "my post" not in draft.text and "A post" not in draft.text
        seen_untitled |= "il mio post" in draft.text
        seen_related |= "«Bigliettini»" in draft.text
    assert seen_untitled and seen_related


@pytest.mark.parametrize("number", range(12))
def test_an_italian_quote_that_ends_with_its_own_mark_takes_no_full_stop_after_it(number):
    draft = draft_reply(facts("Che meraviglia, il tuo gatto!", number))
    assert "!»." not in draft.text and "?»." not in draft.text


# Wording a native blogger would not write, found reading the drafts: English turns of phrase
# carried over word for word, a gendered word for the author ("sono felicissimo").
TRANSLATED_WORDING = (
    "Considera questa",  # "consider this a gold star"
    "più luminosa",  # "made my day brighter"
    "Suona davvero dura",  # "that sounds hard"
    "più di quanto possa dire",  # "more than I can say"
    "Ho letto ogni parola",  # "I read every word"
    "Ti sento",  # "I hear you"
    "modo giusto di",  # "no right way to grieve"
    "prossima lettura",  # "a good next read"
    "Amo quando",  # "I love it when"
    "stella dorata",  # a gold star is "una stella d'oro"
    "Ciao, {name}",  # Italian puts no comma between "Ciao" and a name
    "Grazie per quello",  # "Thanks for that"
    "Ciao ciao",  # a goodbye in Italian, not a hello
    "con tanto affetto",  # after "parole così affettuose": "affetto" twice
    "Grazie per questa domanda, che",  # after "Bella domanda:", "domanda" twice
)


def test_every_italian_line_reads_as_written_in_italian_not_translated_into_it():
    library = load_library("it")
    lines = [entry.text for section in LINE_SECTIONS for entry in library.entries(section)]
    lines += [
        entry.text for entry in (*ITALIAN.fallback.values(), *ITALIAN.quiet_fallback.values())
    ]
    for wording in TRANSLATED_WORDING:
        assert not any(wording in line for line in lines), wording


def test_the_crisis_lines_are_italian_and_send_to_the_same_helpline_list_as_the_others():
    for line in (ITALIAN.crisis, ITALIAN.crisis_now):
        assert "https://findahelpline.com" in line
        assert_in_italian(line.replace("https://findahelpline.com", ""))
        assert line != lines_for("en").crisis
    assert ITALIAN.crisis.startswith("Se stai pensando di toglierti la vita")
    assert ITALIAN.crisis_now.startswith("Se sei in pericolo adesso, chiama subito")
