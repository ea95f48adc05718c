"""Good news at the end of a hard time, in five languages: « Mon père a vaincu son cancer ! »,
"¡Mi padre venció el cáncer!", „Mein Vater hat den Krebs besiegt!", "Cinque anni senza cancro
oggi!", "Our dog pulled through the surgery" were answered "I'm so sorry you're going through
this", and « Après deux fausses couches, notre fille est née hier ! » too; a rainbow baby born after
a loss in Spanish, German, Italian and Portuguese was quoted back as a fine line; "Dad's out of
hospital", "came home from the NICU", « maman est guérie », "terminó la quimio", „hat die Chemo
geschafft", "teve alta do hospital" were met with sorrow too. Beside them, a starter that pulled
through a heatwave, a charity's bake sale record, an oven « guéri » and a cancer not beaten keep
their readings: warm, or sorry."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

SORRY = (
    "sorry",
    "désolé",
    "siento",
    "sentimiento",
    "duelo",
    "leid",
    "dispiace",
    "sinto muito",
    "lamento",
)

GOOD_NEWS_AFTER_A_HARD_TIME = [
    ("fr", "Mon père a vaincu son cancer ! On fête ça avec ta brioche."),
    ("es", "¡Mi padre venció el cáncer! Lo celebramos con tu pan."),
    ("es", "Cinco años libre de cáncer hoy."),
    ("de", "Mein Vater hat den Krebs besiegt! Wir feiern mit deinem Brot."),
    ("it", "Mio padre ha sconfitto il cancro! Festeggiamo con il tuo pane."),
    ("it", "Cinque anni senza cancro oggi!"),
    ("pt", "Meu pai venceu o câncer! Vamos comemorar com o teu pão."),
    ("pt", "Cinco anos livre do câncer hoje!"),
    ("en", "Our dog pulled through the surgery and is home, wagging."),
    ("fr", "Après deux fausses couches, notre fille est née hier !"),
    ("fr", "Après deux fausses couches, notre bébé arc-en-ciel est né !"),
    ("en", "Dad's out of hospital and already asking for your bread."),
    ("en", "Our baby came home from the NICU today!"),
    ("fr", "Après la chimio, maman est guérie !"),
    ("fr", "Enceinte après deux fausses couches, on n'y croyait plus !"),
    ("es", "Mi madre terminó la quimio, ¡por fin!"),
    ("de", "Meine Mutter hat die Chemo geschafft!"),
    ("pt", "A minha mãe terminou a quimio hoje!"),
    ("pt", "O meu pai teve alta do hospital e já pede o teu pão."),
]
RAINBOW_BABY = [
    ("es", "Después de dos abortos, ¡nació nuestro bebé arcoíris!"),
    ("de", "Nach zwei Fehlgeburten ist unser Regenbogenbaby da!"),
    ("it", "Dopo due aborti spontanei è nato il nostro bimbo arcobaleno!"),
    ("pt", "Depois de dois abortos espontâneos, nasceu o nosso bebê arco-íris!"),
]
WARM = [
    ("en", "My sourdough starter pulled through the heatwave!"),
    ("en", "We pulled through the night to finish the launch, then baked your bread."),
    ("en", "My team beat the cancer charity's bake sale record!"),
    ("fr", "Mon four est guéri, il chauffe enfin !"),
    ("en", "My cat is home from the vet and purring again!"),
]
STILL_SORRY = [
    ("fr", "Mon père n'a pas vaincu son cancer. Il est parti en mars."),
    ("en", "Mum isn't out of hospital yet."),
    ("es", "Mi padre no venció el cáncer. Murió en marzo."),
]


@pytest.mark.parametrize(("language", "text"), GOOD_NEWS_AFTER_A_HARD_TIME)
def test_good_news_after_a_hard_time_is_met_glad_not_sorry(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label == "grief" and tone.good_news and not tone.loss, (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""
    assert not any(words in draft.text.casefold() for words in SORRY), draft.text


@pytest.mark.parametrize(("language", "text"), RAINBOW_BABY)
def test_a_rainbow_baby_is_congratulated_not_quoted(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.good_news and not tone.loss, (tone.label, tone.cues)
    assert draft.quote == ""
    assert not any(words in draft.text.casefold() for words in SORRY), draft.text


@pytest.mark.parametrize(("language", "text"), WARM)
def test_the_same_words_on_an_ordinary_day_stay_warm(language, text):
    assert_read_warm(text, language, thanked=True)


@pytest.mark.parametrize(("language", "text"), STILL_SORRY)
def test_a_cancer_not_beaten_or_a_stay_not_over_is_still_hard(language, text):
    tone = read_tone(text)
    assert tone.label == "grief" and not tone.good_news, (tone.label, tone.cues)
