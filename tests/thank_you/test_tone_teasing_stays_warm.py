"""Teasing between friends read hostile: "Stop posting such tempting recipes, my waistline can't
take it!", "Seriously, I hate you right now. Third batch this week 😂" and "How dare you make this
look so easy 😂" were answered "I'd rather talk about the post than about each other", and „Hör
auf, so verführerische Rezepte zu posten, meine Diät leidet!" was thanked as a correction. They
are thanked warmly; the same words said in scorn stay hostile."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm

TEASING = [
    "Stop posting such tempting recipes, my waistline can't take it!",
    "Stop posting these delicious recipes, I have no willpower!",
    "Seriously, I hate you right now. Third batch this week 😂",
    "I hate you lol, I ate the whole loaf.",
    "How dare you make this look so easy 😂",
]

SCORN = [
    "Stop posting.",
    "Stop posting such boring recipes.",
    "I hate you.",
    "I hate your blog.",
    "How dare you post this.",
]


TEASING_INTL = [
    ("de", "Hör auf, so verführerische Rezepte zu posten, meine Diät leidet!"),
    ("fr", "Arrête de publier des recettes aussi bonnes, mon régime ne suit plus !"),
    ("es", "Deja de publicar recetas tan ricas, ¡mi dieta no aguanta!"),
    ("it", "Smettila di pubblicare ricette così buone, la mia dieta non regge!"),
    ("pt_BR", "Para de postar receitas tão gostosas, minha dieta não aguenta!"),
]

SCORN_INTL = [("de", "Hör auf zu posten."), ("fr", "Arrête de publier.")]


@pytest.mark.parametrize(("language", "text"), TEASING_INTL)
def test_teasing_about_tempting_recipes_is_praise(language, text):
    assert_read_warm(text, language, thanked=True)
    assert read_tone(text).label == "praise"


@pytest.mark.parametrize(("language", "text"), SCORN_INTL)
def test_an_order_to_stop_posting_stays_hostile(language, text):
    assert_read_hard(text, language, "hostile")


@pytest.mark.parametrize("text", TEASING)
def test_teasing_stays_warm(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize("text", SCORN)
def test_the_same_words_in_scorn_stay_hostile(text):
    assert_read_hard(text, "en", "hostile")
    assert read_tone(text).cues
