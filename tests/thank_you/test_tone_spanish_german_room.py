"""Spanish and German comments the tone reader missed, now that Spanish and German blogs get
drafts in their language: "Quiero matarme." was thanked with a star, "Du bist ein Lügner." was
quoted back as a line to keep, "Ich habe vor zwei Wochen meine Mutter verloren." got a gold star,
and "Tu blog es mi rincón favorito de internet." was held at the door as harsh. Beside each, the
everyday uses of the same words ("me muero de risa", "ich sterbe vor Lachen", "Müll trennen",
"das Spiel verloren") that must keep their warm draft."""

import pytest

from reply_drafts import CommentFacts, draft_reply
from reply_drafts.language_lines import lines_for
from reply_drafts.tone import read_tone

HELPLINE = "https://findahelpline.com"

# A reader who may be thinking of ending their life: the helpline line, no star, no quote.
AT_RISK = [
    ("es", "No quiero seguir viviendo."),
    ("es", "A veces pienso que estaría mejor muerta."),
    ("es", "Quiero matarme."),
    ("es", "He pensado en acabar con todo."),
    ("de", "Ich möchte sterben."),
    ("de", "Manchmal denke ich, ich wäre besser tot."),
    ("de", "Ich sehe keinen Sinn mehr im Leben."),
    ("de", "Ich will einfach allem ein Ende setzen."),
    ("de", "Ich kann nicht mehr, ich will einfach verschwinden."),
]
# Scorn aimed at the author: no star, no quote, the calm reply.
HOSTILE = [
    ("es", "Eres un ignorante y un mentiroso."),
    ("es", "Deja de escribir, por favor, eres pésimo."),
    ("es", "Esto es una basura, no sabes escribir."),
    ("es", "Qué idiotez de blog."),
    ("de", "Das ist Müll, du kannst nicht schreiben."),
    ("de", "Du bist ein Lügner."),
    ("de", "So ein Schwachsinn, schäm dich."),
    ("de", "Hör bitte auf zu schreiben, du bist furchtbar."),
]
# A loss or a hard time: the quiet reply, no star, no quote, no helpline.
HARD_TIME = [
    ("es", "Me acaban de despedir y estoy muy mal."),
    ("es", "Mi hija está en el hospital y no sé qué hacer."),
    ("es", "Murió mi padre la semana pasada."),
    ("de", "Ich habe vor zwei Wochen meine Mutter verloren."),
    ("de", "Mein Vater ist letzte Woche gestorben."),
]
# Warm words the model alone held as harsh.
WARM = [
    ("es", "Tu blog es mi rincón favorito de internet."),
    ("es", "Tu receta es mi favorita."),
    ("de", "Dein Blog ist meine liebste Ecke im Internet."),
]
# The same words in everyday use: no crisis, no scorn, no loss.
NEAR_MISSES = [
    ("es", "¡Me muero de ganas de probarlo!"),
    ("es", "Me muero de risa con tu gato."),
    ("es", "Estoy muerta de cansancio 😂 pero lo hice."),
    ("es", "Un buen libro mata el tiempo en el tren."),
    ("es", "¡Qué final! Todo un final."),
    ("es", "Mis hijos van a acabar con todo el chocolate."),
    ("es", "Quiero matarme a trabajar este mes para irme de vacaciones."),
    ("es", "Ignorante de mí, no sabía que se podía congelar."),
    ("es", "Qué basura de tiempo hace hoy, menos mal que tu receta me alegró."),
    ("es", "Hice tu tarta para la despedida de soltera de mi hermana."),
    ("es", "Nunca dejes de escribir."),
    ("es", "Igual que tú, me encantó."),
    ("de", "Ich sterbe vor Lachen!"),
    ("de", "Ich könnte sterben für diesen Kuchen."),
    ("de", "Ich möchte nicht sterben, ohne diesen Kuchen probiert zu haben."),
    ("de", "Bevor ich Rosinen esse, wäre ich lieber tot als satt 😂"),
    ("de", "Ich sehe keinen Sinn mehr in diesem Framework."),
    ("de", "Das Rezept ist der Hammer."),
    ("de", "Schluss mit dem Chaos in der Küche!"),
    ("de", "Ich will dem Chaos ein Ende setzen."),
    ("de", "Ich kann nicht mehr vor Lachen."),
    ("de", "Ich will einfach verschwinden 😂 der Kuchen ist eingefallen."),
    ("de", "Heute wieder Müll trennen, dann backe ich deinen Kuchen."),
    ("de", "Wir haben das Spiel verloren, aber der Kuchen war super."),
    ("de", "Ich habe meinen Schlüssel verloren."),
    ("de", "Ich kann nicht schreiben, ohne Kaffee."),
    ("de", "Schäm dich, dass du uns so lange warten lässt 😂"),
]


def _draft(language: str, text: str):
    return draft_reply(
        CommentFacts("Ana", "Tarta de queso", text, 1, "t", "", 1, language=language)
    )


@pytest.mark.parametrize(("language", "text"), AT_RISK)
def test_a_reader_at_risk_is_given_the_helpline_in_the_blog_s_language(language, text):
    tone = read_tone(text)
    assert tone.crisis and tone.label == "grief"
    draft = _draft(language, text)
    assert draft.crisis and draft.text.endswith(lines_for(language).crisis)
    assert draft.gold_stars == 0 and not draft.quote


@pytest.mark.parametrize(("language", "text"), HOSTILE)
def test_scorn_gets_no_star_and_is_not_quoted_back(language, text):
    tone = read_tone(text)
    assert tone.label == "hostile" and tone.cues and not tone.crisis
    draft = _draft(language, text)
    assert draft.tone == "hostile" and draft.gold_stars == 0 and not draft.quote
    assert HELPLINE not in draft.text


@pytest.mark.parametrize(("language", "text"), HARD_TIME)
def test_a_hard_time_gets_the_quiet_reply(language, text):
    tone = read_tone(text)
    assert tone.label == "grief" and not tone.crisis
    draft = _draft(language, text)
    assert draft.tone == "grief" and draft.gold_stars == 0 and not draft.quote
    assert HELPLINE not in draft.text


@pytest.mark.parametrize(("language", "text"), WARM)
def test_a_favourite_corner_is_thanked_not_held(language, text):
    assert read_tone(text).label == "praise"
    draft = _draft(language, text)
    assert draft.tone == "praise" and draft.gold_stars >= 1 and not draft.crisis


@pytest.mark.parametrize(("language", "text"), NEAR_MISSES)
def test_everyday_uses_of_the_same_words_keep_their_warm_draft(language, text):
    tone = read_tone(text)
    assert tone.label not in ("hostile", "spam", "grief") and not tone.crisis
    draft = _draft(language, text)
    assert draft.tone == tone.label and not draft.crisis and HELPLINE not in draft.text


# The same thoughts in Italian and Portuguese, and their everyday near misses.
AT_RISK_IT_PT = [
    "Non voglio continuare a vivere.",
    "A volte penso che sarei meglio morta.",
    "Voglio uccidermi.",
    "Ho pensato di farla finita.",
    "Não quero continuar vivendo.",
    "Às vezes acho que estaria melhor morta.",
    "Quero me matar.",
]
NEAR_MISSES_IT_PT = [
    "Voglio uccidermi di risate 😂",
    "Ho pensato di farla finita con il glutine.",
    "Muoio dal ridere.",
    "Quero me matar de rir com esse gato.",
    "Tô morrendo de rir.",
    "Morrendo de vontade de provar!",
]


@pytest.mark.parametrize("text", AT_RISK_IT_PT)
def test_an_italian_or_portuguese_reader_at_risk_is_read_as_at_risk(text):
    tone = read_tone(text)
    assert tone.crisis and tone.label == "grief"


@pytest.mark.parametrize("text", NEAR_MISSES_IT_PT)
def test_italian_and_portuguese_laughter_and_cravings_are_no_crisis(text):
    tone = read_tone(text)
    assert not tone.crisis and tone.label not in ("hostile", "spam", "grief")
