"""Drafts in Spanish and German (reply_drafts/templates/es/ and de/): a Spanish or a German blog's
commenters are answered in their language, in every tone, with "tú" and "du" (what personal blogs
in those languages say to their readers) and with no guessed gender."""

import re
from functools import partial

import pytest

from reply_drafts import CommentFacts, draft_reply
from reply_drafts.entries import SLOT
from reply_drafts.language_lines import GERMAN, SPANISH, lines_for
from reply_drafts.library import load_library
from reply_drafts.quote import read_comment
from reply_drafts.tone import read_tone
from tests.support.draft_languages import (
    LINE_SECTIONS,
    assert_built_in_with_every_line_and_rule_of_english,
    assert_no_placeholder,
    assert_same_files_as,
    blog_comment,
    own_words,
    varied_thread,
    without_nameless,
)

# Words that would give an English line away.
ENGLISH = re.compile(
    r"\b(?:the|thank|thanks|you|your|and|for|with|post|comment|gold star|dear|hi|hello|"
    r"friend|my post|welcome|take care)\b",
    re.IGNORECASE,
)
# Words whose gender would have to be guessed (the commenter's or the author's); the name of a
# commenter who gave none says both and is taken out before looking.
GUESSED_GENDER = {
    "es": re.compile(
        r"\b(?:querid[oa]s?|(?<!la )bienvenid[oa]s?|encantad[oa]|content[oa]|agradecid[oa]|"
        r"emocionad[oa]|conmovid[oa]|preocupad[oa]|lector(?:a|es)?|amig[oa]s?)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:Lieber|Liebe(?= [A-ZÄÖÜ])|Leser(?:in|innen)?|Freund(?:in)?|Stammleser\w*)\b"
    ),
}
COMMENTS = {
    "es": {
        "praise": "¡Qué entrada tan bonita! Tu diario de gratitud me dio ganas de empezar uno.",
        "question": "¿Has probado con pósits en lugar de un cuaderno?",
        "critical": "Hay un error en el segundo párrafo: la fecha es 2019, no 2018.",
        "hostile": "Artículo basura, eres un idiota.",
        "grief": "Mi padre falleció el mes pasado. Gracias por este texto, me hizo bien.",
    },
    "de": {
        "praise": "Was für ein schöner Beitrag! Dein Dankbarkeitstagebuch hat mich motiviert.",
        "question": "Hast du es schon mal mit Post-its statt einem Notizbuch probiert?",
        "critical": "Im zweiten Absatz ist ein Fehler: das Datum ist 2019, nicht 2018.",
        "hostile": "Schrottartikel, du bist echt ein Idiot.",
        "grief": "Mein Vater ist letzten Monat gestorben. Danke für den Text, er hat mir gutgetan.",
    },
}
# A word each language's drafts always hold somewhere (a greeting or a thank-you).
OWN_WORDS = {
    "es": re.compile(r"\b(?:Hola|Gracias|Buenas|abrazo|Te doy|Qué)\b|¡|¿", re.IGNORECASE),
    "de": re.compile(r"\b(?:Hallo|Danke|Dank|Grüß|Ach|Hey|willkommen|Schön)\b", re.I),
}
TITLES = {"es": "El diario de gratitud", "de": "Das Dankbarkeitstagebuch"}
RELATED = {"es": ("Dar las gracias", "/2024/gracias/"), "de": ("Danke sagen", "/2024/danke/")}
LANGUAGES = ("es", "de")


def facts(language: str, text: str, number: int = 1, author: str = "Agnès", **changes):
    title, related = TITLES[language[:2]], RELATED[language[:2]]
    return blog_comment(
        text, number, author=author, language=language, title=title, related_post=related, **changes
    )


def assert_in_language(text: str, language: str) -> None:
    assert not ENGLISH.search(text), text
    assert not GUESSED_GENDER[language].search(without_nameless(text, language)), text
    assert_no_placeholder(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_library_is_built_in_and_has_every_line_and_rule_the_english_one_has(language):
    assert_built_in_with_every_line_and_rule_of_english(language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_file_of_the_french_library_has_its_counterpart_and_reads_cleanly(language):
    assert_same_files_as(language, "fr")


@pytest.mark.parametrize(
    ("code", "language"),
    [
        ("es", "es"),
        ("es_MX", "es"),
        ("es-419", "es"),
        ("de", "de"),
        ("de-AT", "de"),
        ("de_CH", "de"),
    ],
)
def test_a_regional_blog_drafts_in_its_language(code, language):
    library = load_library(code)
    assert library.language == language and library.problems == ()
    draft = draft_reply(facts(code, COMMENTS[language]["praise"], 3))
    assert OWN_WORDS[language].search(draft.text) and not ENGLISH.search(
        own_words(draft, *TITLES.values())
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_line_avoids_english_and_a_guessed_gender(language):
    library = load_library(language)
    for section in LINE_SECTIONS:
        for entry in library.entries(section):
            words = SLOT.sub(" ", entry.text)
            assert not ENGLISH.search(words), entry.key
            assert not GUESSED_GENDER[language].search(words), entry.key


@pytest.mark.parametrize(
    ("language", "tone"), [(lang, tone) for lang in LANGUAGES for tone in COMMENTS[lang]]
)
def test_every_tone_is_answered_in_the_blog_s_language(language, tone):
    texts = set()
    for number in range(1, 41):  # forty seeds: most lines of each tone are drawn
        draft = draft_reply(facts(language, COMMENTS[language][tone], number))
        assert draft.tone == tone
        assert OWN_WORDS[language].search(draft.text), draft.text
        assert_in_language(own_words(draft, *TITLES.values()), language)
        texts.add(draft.text)
    assert len(texts) >= 3  # not one line for everyone


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_loss_gets_condolences_and_no_star_quote_or_cheer(language):
    text = COMMENTS[language]["grief"]
    tone = read_tone(text)
    assert tone.loss and tone.shared  # "mi padre", "mein Vater": the reader's own loss
    condolences = {
        "es": ("Lo siento", "Te acompaño", "aquí estoy"),
        "de": ("Beileid", "bei dir", "bin da"),
    }
    for number in range(1, 21):
        draft = draft_reply(facts(language, text, number))
        assert draft.gold_stars == 0 and not draft.quote
        assert "!" not in draft.text and "¡" not in draft.text
        assert "estrella" not in draft.text and "Goldstern" not in draft.text
        assert any(words in draft.text for words in condolences[language]), draft.text


@pytest.mark.parametrize(
    ("language", "text", "thanked"),
    [
        ("es", "Ánimo, te mando un abrazo enorme.", "palabras"),
        ("de", "Fühl dich gedrückt, ich denke an dich.", "Worte"),
    ],
)
def test_comfort_on_a_hard_day_post_is_thanked_quietly_in_the_blog_s_language(
    language, text, thanked
):
    for number in range(1, 21):
        draft = draft_reply(facts(language, text, number, support=True))
        assert draft.tone == "grief" and draft.gold_stars == 0 and not draft.quote
        assert "!" not in draft.text and "¡" not in draft.text
        assert_in_language(draft.text, language)
    assert read_tone(text, support=True).comforting
    drafts = [draft_reply(facts(language, text, n, support=True)).text for n in range(1, 21)]
    assert any(thanked in draft for draft in drafts)


@pytest.mark.parametrize(
    ("language", "text", "crisis"),
    [
        ("es", "Quiero quitarme la vida.", SPANISH.crisis),
        ("de", "Ich will nicht mehr leben.", GERMAN.crisis),
    ],
)
def test_a_reader_at_risk_is_told_where_help_is_in_the_blog_s_language(language, text, crisis):
    assert "https://findahelpline.com" in crisis
    for number in range(1, 21):
        draft = draft_reply(facts(language, text, number))
        assert draft.crisis and draft.text.endswith(crisis)
        assert draft.gold_stars == 0 and not draft.quote
        assert_in_language(draft.text.replace("https://findahelpline.com", ""), language)
        for condolence in ("pésame", "duelo", "Beileid", "Verlust"):
            assert condolence not in draft.text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Gana 300 euros al día desde casa, haz clic aquí: www.dinero.example"),
        ("es", "Compra viagra barata sin receta en www.pastillas.example"),
        ("de", "Billige Viagra kaufen ohne Rezept: www.pillen.example"),
        ("de", "Kasino Bonus 100% gratis, jetzt registrieren www.casino.example"),
    ],
)
def test_spam_gets_no_draft_and_no_gold_star(language, text):
    draft = draft_reply(facts(language, text, 4))
    assert draft.tone == "spam" and draft.text == "" and draft.gold_stars == 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_thread_gets_varied_drafts(language):
    said = COMMENTS[language]
    for draft in varied_thread(partial(facts, language), said["praise"], said["question"]):
        assert_in_language(own_words(draft, *TITLES.values()), language)


@pytest.mark.parametrize(
    ("language", "named"),
    [("es", "querida lectora, querido lector"), ("de", "liebe Leserin, lieber Leser")],
)
def test_a_nameless_commenter_is_named_in_the_blog_s_language(language, named):
    for number in range(1, 21):
        text = draft_reply(
            facts(language, COMMENTS[language]["praise"], number, author="Anonymous")
        ).text
        assert "Anonymous" not in text and "friend" not in text
        assert named in text or named[:1].upper() + named[1:] in text


@pytest.mark.parametrize(
    ("language", "named"),
    [
        ("es", "Querida lectora, querido lector"),
        ("de", "Liebe Leserin, lieber Leser"),
        ("fr", "Chère lectrice, cher lecteur"),
    ],
)
def test_a_nameless_commenter_who_opens_a_paragraph_gets_a_capital(language, named):
    # Once "liebe Leserin, lieber Leser, wie schön, dich hier wiederzusehen!" opened a draft.
    texts = {
        "es": "Hice el pan de nuevo.",
        "de": "Ich habe das Brot nochmal gebacken.",
        "fr": "J'ai refait le pain.",
    }
    lowered = named[:1].lower() + named[1:]
    opened = []
    for number in range(1, 41):
        text = draft_reply(
            CommentFacts(
                "Anonymous", "Pan", texts[language], number, "t", "c", 3, language=language
            )
        ).text
        paragraphs = text.split("\n\n")
        assert not any(paragraph.startswith(lowered) for paragraph in paragraphs), text
        opened += [paragraph for paragraph in paragraphs if paragraph.startswith(named)]
    assert opened


@pytest.mark.parametrize(("language", "marks"), [("es", ("“", "”")), ("de", ("„", "“"))])
def test_an_untitled_post_and_an_unlinked_related_post_are_named_in_the_blog_s_language(
    language, marks
):
    assert lines_for(language).quote_marks == marks
    text = {
        "es": "Tu truco de las notas en la nevera me hizo sonreír.",
        "de": "Dein Trick mit den Zetteln am Kühlschrank hat mich zum Lächeln gebracht.",
    }
    untitled = lines_for(language).untitled
    seen_untitled = seen_related = False
    for number in range(1, 41):
        draft = draft_reply(
            facts(language, text[language], number, post_title="", related=(("Notas", ""),))
        )
        assert "my post" not in draft.text and "A post" not in draft.text
        seen_untitled |= untitled in draft.text
        seen_related |= f"{marks[0]}Notas{marks[1]}" in draft.text
    assert seen_untitled and seen_related


@pytest.mark.parametrize("number", range(12))
def test_a_german_quote_that_ends_with_its_own_mark_takes_no_full_stop_after_it(number):
    # Once "Du hast es so schön gesagt: „Wie süß, deine Katze!“. Danke dafür."
    draft = draft_reply(facts("de", "Wie süß, deine Katze!", number))
    assert "!“." not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        "Gracias por la entrada.",
        "Muchas gracias por esta entrada tan interesante, me ha encantado.",
        "Danke für den Beitrag.",
        "Vielen Dank für diesen tollen Artikel, wirklich super hilfreich!",
        "Danke für diesen spannenden Beitrag, ich habe viel gelernt.",
    ],
)
def test_plain_thanks_is_not_quoted_back_as_if_it_were_a_thought(text):
    # Once "“Gracias por la entrada”: llevo toda la mañana dándole vueltas a esa frase."
    assert read_comment(text).quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "¿Y si añadieras una página con plantillas para imprimir?",
        "Podrías hacer una versión sin gluten.",
        "Wie wäre es mit einer Version zum Ausdrucken?",
        "Du könntest eine glutenfreie Variante machen.",
    ],
)
def test_a_spanish_or_german_idea_is_read_as_one(text):
    reading = read_comment(text)
    assert reading.idea and reading.quote_idea


@pytest.mark.parametrize(
    "text",
    [
        "Mi abuela hacía este pan cada domingo en el pueblo.",
        "Meine Oma hat genau so gebacken, das weckt Erinnerungen.",
        "Tu diario de gratitud me dio ganas de empezar uno.",
    ],
)
def test_a_sentence_with_something_in_it_is_still_quoted(text):
    assert read_comment(text).quote == text.rstrip(".")


@pytest.mark.parametrize(
    ("language", "text", "line"),
    [
        # the tone reader's flags reach the lines written for them
        (
            "de",
            "Ich hatte vor zehn Jahren Krebs. Heute geht es mir gut.",
            "middle.grief-came-through",
        ),
        (
            "es",
            "Mi madre está en remisión, ¡hicimos este pan para celebrarlo!",
            "middle.grief-glad-news",
        ),
        ("de", COMMENTS["de"]["critical"], "thanks.critical-correction"),
        ("es", COMMENTS["es"]["critical"], "thanks.critical-correction"),
    ],
)
def test_the_tone_reader_s_flags_reach_the_drafts(language, text, line):
    phrases = set()
    for number in range(1, 41):
        draft = draft_reply(facts(language, text, number))
        phrases |= set(draft.phrases)
        assert draft.gold_stars == 0 or draft.tone == "critical"
    assert line in phrases


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Once a Spanish loss ("Te acompaño en el sentimiento") with no helpline, and a German
        # "Willkommen in den Kommentaren!" quoting "Dein Beitrag hat mir geholfen durchzuhalten".
        ("es", "Pienso en el suicidio desde hace semanas. Tu entrada me ayudó a aguantar."),
        ("es", "Últimamente pienso mucho en el suicidio."),
        ("es", "Tengo pensamientos suicidas."),
        ("de", "Ich denke seit Wochen an Selbstmord. Dein Beitrag hat mir geholfen durchzuhalten."),
        ("de", "Ich denke oft an Suizid."),
        ("de", "Ich bin suizidal."),
    ],
)
def test_a_reader_thinking_of_suicide_is_told_where_help_is_without_condolences(language, text):
    tone = read_tone(text)
    assert tone.crisis and not tone.loss
    draft = draft_reply(facts(language, text, 5))
    assert draft.text.endswith(lines_for(language).crisis) and not draft.quote
    assert "sentimiento" not in draft.text and "Beileid" not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        # the same words about someone else's death, about the past, or as a topic
        "Pienso en el suicidio de mi hermano cada día.",
        "Ya no pienso en el suicidio, gracias a la terapia.",
        "Escribí mi tesis sobre la prevención del suicidio.",
        "Ich denke oft an den Selbstmord meines Bruders.",
        "Ich denke nicht mehr an Selbstmord, die Therapie hilft.",
        "Ich denke an Suizidprävention als Thema für meinen Blog.",
    ],
)
def test_suicide_as_someone_else_s_death_a_past_or_a_topic_is_no_alarm(text):
    assert not read_tone(text).crisis


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Each was once promised an answer: "Pronto responderé a tu pregunta como se merece."
        ("es", "Te mando un abrazo. ¿Cómo estás?"),
        ("es", "¿Cómo lo llevas?"),
        ("es", "¿Necesitas algo?"),
        ("de", "Wie geht es dir?"),
        ("de", "Wie geht es dir damit?"),
        ("de", "Kann ich irgendwas für dich tun?"),
    ],
)
def test_a_reader_who_asks_after_the_author_on_a_hard_day_is_thanked_not_promised_an_answer(
    language, text
):
    assert read_tone(text, support=True).caring_question
    draft = draft_reply(facts(language, text, 6, support=True))
    assert draft.template.endswith("quiet-asked-after")


@pytest.mark.parametrize(
    "text",
    [
        # a question about the post, after a greeting or with the same words
        "¿Cómo estás haciendo la masa madre?",
        "Hola, ¿cómo estás? ¿Cuánta harina usas?",
        "¿Necesitas algo de harina extra para esta receta?",
        "Wie geht es dir mit dem neuen Ofen?",
        "Kann ich dir helfen, den Fehler zu finden?",
        "Brauchst du etwas Hilfe beim Code?",
    ],
)
def test_a_question_about_the_post_is_not_asking_after_the_author(text):
    assert not read_tone(text, support=True).caring_question


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Once a German gold star: "„Verdiene 500 Euro am Tag von zu Hause aus, klicke hier“:
        # Genau so etwas hatte ich mir zu lesen erhofft. Hier ist ein Goldstern".
        ("de", "Verdiene 500 Euro am Tag von zu Hause aus, klicke hier: www.geld.example"),
        ("es", "Gana dinero desde casa, haz clic aquí: www.dinero.example"),
    ],
)
def test_money_from_home_with_a_link_is_spam(language, text):
    draft = draft_reply(facts(language, text, 7))
    assert draft.tone == "spam" and draft.text == "" and draft.gold_stars == 0


@pytest.mark.parametrize(
    "text",
    [
        "Ich verdiene 2000 Euro im Monat, da ist der Mixer leider zu teuer.",
        "Mit dem Blog verdiene ich nichts, aber es macht Spaß.",
        "Wenn ich hier klicke, passiert nichts: der Link ist kaputt.",
        "Meine Schwester arbeitet von zu Hause aus und backt dein Brot jede Woche.",
        "Trabajo desde casa y hago tu pan cada semana.",
    ],
)
def test_everyday_money_clicks_and_homes_are_no_spam(text):
    assert read_tone(text).label != "spam"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # Once "“¿Has probado alguna vez … de miel…”": a question opened and never closed.
        (
            "¿Has probado alguna vez a hacer este pan con harina de espelta integral y un poco "
            "de miel de romero del pueblo de mi abuela?",
            "Has probado alguna vez a hacer este pan con harina de espelta integral y un poco de "
            "miel…",
        ),
        (
            "¡Qué maravilla de receta, la hice el domingo con mis hijos y mi suegra y todos "
            "repitieron dos veces sin dejar ni una miga en el plato!",
            "Qué maravilla de receta, la hice el domingo con mis hijos y mi suegra y todos "
            "repitieron dos…",
        ),
        # whole, it keeps both of its marks
        (
            "¿Has probado con pósits en lugar de un cuaderno?",
            "¿Has probado con pósits en lugar de un cuaderno?",
        ),
    ],
)
def test_a_cut_spanish_quote_does_not_open_a_mark_it_cannot_close(text, quote):
    assert read_comment(text).quote == quote


@pytest.mark.parametrize(
    "text",
    [
        # Each once got a Goldstern and "du hast es besser gesagt als mein Beitrag".
        "Ich denke oft an den Selbstmord meines Bruders.",
        "Mein Bruder hat sich letztes Jahr das Leben genommen. Dein Text hat mir gutgetan.",
        "Meine Mutter starb durch Suizid.",
    ],
)
def test_a_death_by_suicide_in_german_is_a_loss_answered_quietly(text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.loss and not tone.crisis
    draft = draft_reply(facts("de", text, 8))
    assert draft.gold_stars == 0 and not draft.quote and "!" not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        # a topic: a quiet reply, no condolences
        "Ich denke an Suizidprävention als Thema für meinen Blog.",
        "Ich habe mir das Leben leichter gemacht mit deinem Rezept!",
    ],
)
def test_suicide_prevention_or_an_easier_life_is_no_german_bereavement(text):
    assert not read_tone(text).loss


# Wording a native blogger would not write, found reading the drafts: English or French turns of
# phrase carried over word for word, a preposition or comma English puts there, a missing comma.
TRANSLATED_WORDING = {
    "es": (
        "te di la razón de principio a fin",  # "I nodded along"
        "el tipo de cosa que",  # "the kind of thing"
        "más luminoso",  # "made my day brighter"
        "se van a quedar conmigo",  # "will stay with me"
        "Suena muy duro",  # "sounds hard"
        "más de lo que sé decir",  # "more than I can say"
        "He leído cada palabra",  # "I read every word"
        "Considéralo una estrella",  # "consider this a gold star"
        "para acompañarla",  # "to go with it"
        "estrella dorada para la mejor pregunta",  # a star is given *por* (for) a question
        "buena próxima lectura",  # "a good next read"
        "disfrutes de {related_link}",  # "you might enjoy"
        "Me encanta cuando",  # "I love it when"
        "en qué lo ves de otra manera",
        "no estás de acuerdo, y por qué",
        "y te doy la bienvenida",
        "confiarme esto.",  # then "…que estés pasando por esto": "esto" twice
        "Gracias por eso",  # "Thanks for that"
    ),
    "de": (
        "von vorne bis hinten zustimmen",
        "zu lesen erhofft",
        "heller gemacht",  # "made my day brighter"
        "angestupst",  # "nudged"
        "Das klingt so schwer",  # "that sounds hard"
        "als ich sagen kann",  # "more than I can say"
        "Ich höre dich",  # "I hear you"
        "keinen richtigen Weg",  # "no right way to grieve"
        "Betrachte das als",  # "consider this a gold star"
        "nächste Lektüre",  # "a good next read"
        "Ecke des Internets",  # "corner of the internet"
        "einen wunderschönen Tag dir",
        "Von Herzen danke",
        "diesen so freundlichen",
        "sag mir welcher",  # an indirect question takes a comma
        "genommen hast zu erklären",  # an infinitive after "die Zeit" takes a comma
        "Ich weiß, dass das nicht leicht",  # the author cannot know; they can imagine
        "Diese gute Nachricht tut mir so gut",
        "Hallo {name}, und willkommen",
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_line_reads_as_written_in_the_language_not_translated_into_it(language):
    library = load_library(language)
    lines = [entry.text for section in LINE_SECTIONS for entry in library.entries(section)]
    fixed = lines_for(language)
    lines += [entry.text for entry in (*fixed.fallback.values(), *fixed.quiet_fallback.values())]
    for wording in TRANSLATED_WORDING[language]:
        assert not any(wording in line for line in lines), wording
