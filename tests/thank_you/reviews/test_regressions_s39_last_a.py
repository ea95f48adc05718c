"""Regressions review of the session's last merges (crisis matrix, model-only hostility and new
praise phrases), in English, French and Spanish.

Jabs that the new praise phrases ("you're a star", "never stop writing", "explain things so
clearly", "should write a book"...) had turned into starred praise stay out of praise; warm
everyday comments sharing the crisis matrix's words ("me mato a trabajar", "ce soir je me tue au
sport", "the protagonist kills himself in the end") keep their warm reading.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of


def _draft(text: str, language: str = "en", support: bool = False):
    return draft_of(text, language, support=support, number=1, title="A post", thread="t")


# Sarcasm wearing the new praise phrases: never read as praise, never starred.
JABS = [
    "You're a star at copying other blogs, I'll give you that.",
    "You're so kind to waste our time like this.",
    "You explain things so clearly, for a five-year-old.",
    "Never fails to amaze me how wrong you can be.",
    "You should write a book. Then nobody would have to read this blog.",
    "Please never stop writing, it's my favourite comedy.",
    "You nailed the art of saying nothing in 2,000 words.",
    "Worked the first time. Just kidding, it's garbage.",
    "You're a star. A very dim one.",
    "You really nailed the boring part.",
    "You're pure magic at making a simple recipe complicated.",
    "You explain it better than my textbook, which isn't saying much.",
    "You're too kind to your sponsors in this review.",
]


@pytest.mark.parametrize("text", JABS)
def test_jab_wearing_new_praise_is_not_praise(text):
    assert read_tone(text).label != "praise"


# French and Spanish jabs wearing the new "je vous admire", "te admiro": never starred.
JABS_ADMIRE = [
    ("fr", "Je vous admire de publier ça sans honte."),
    ("es", "Te admiro, de verdad: escribir tanto para no decir nada tiene mérito."),
]


@pytest.mark.parametrize(("language", "text"), JABS_ADMIRE)
def test_admiring_jab_is_not_starred(language, text):
    assert read_tone(text).label != "praise"
    assert _draft(text, language).gold_stars == 0


# Warm admiration keeps its star.
ADMIRE_KEPT = [
    ("fr", "Je t'admire tellement, merci pour ce partage."),
    ("fr", "Je vous admire, publier ça demande du courage. Merci."),
    ("es", "Te admiro, de verdad, criar tres hijos y escribir así. ¡Gracias!"),
    ("es", "Te admiro muchísimo, gracias por compartir tu historia."),
]


@pytest.mark.parametrize(("language", "text"), ADMIRE_KEPT)
def test_warm_admiration_stays_praise(language, text):
    assert read_tone(text).label == "praise"


# Jabs that were already kept out of praise: they still are.
JABS_KEPT = [
    "Oh you nailed it, genius. Totally.",
    "Wow, you nailed it. Said nobody ever.",
    "You're a saint for publishing something this lazy.",
]


@pytest.mark.parametrize("text", JABS_KEPT)
def test_old_jab_stays_unstarred(text):
    tone = read_tone(text)
    assert tone.label != "praise"
    assert _draft(text).gold_stars == 0


# Warm praise with the new phrases keeps its warm reading.
PRAISE_KEPT = [
    "You nailed it! Best post yet.",
    "You're a star, thank you so much!",
    "You nailed the crust, mine finally came out flaky!",
    "You explain things so clearly, I finally get sourdough.",
    "Please never stop writing, your posts make my Mondays.",
    "You should write a book, I'd buy ten copies!",
    "Never fails to make me smile, thank you!",
    "Worked the first time, thank you!",
    "You're so kind to answer every comment, thank you!",
    "You're so kind to your readers, always answering. Thanks!",
    "You explain it better than my textbook ever did, thank you!",
    "You're pure magic at making bread simple, thank you!",
    "Good to know I'm not alone, thank you for writing this.",
]


@pytest.mark.parametrize("text", PRAISE_KEPT)
def test_warm_praise_with_new_phrases_stays_praise(text):
    assert read_tone(text).label == "praise"


# A character's death in a book review is no loss to console (Spanish, as in English).
FICTION = [
    ("en", "The protagonist kills himself in the end, great book review though."),
    ("es", "El protagonista se mató al final, ¡gran reseña!"),
    ("es", "El personaje se mató en el último capítulo, qué buena reseña."),
]


@pytest.mark.parametrize(("language", "text"), FICTION)
def test_character_death_in_review_is_no_loss(language, text):
    tone = read_tone(text)
    assert tone.label != "grief"
    assert not tone.crisis
    assert not _draft(text, language).crisis


# A last comment of the day or before the holidays is no goodbye: quoted back, not guarded.
LAST_COMMENT = [
    "Este es mi último comentario de hoy, ¡me voy a cocinar tu receta!",
    "Este es mi último comentario antes de las vacaciones, ¡gracias por todo!",
    "Este es mi último comentario del día, ¡gracias por responder a todos!",
]


@pytest.mark.parametrize("text", LAST_COMMENT)
def test_last_comment_of_the_day_is_not_guarded(text):
    tone = read_tone(text)
    assert not tone.guarded
    assert not tone.crisis


def test_hanging_myself_a_hammock_is_no_crisis():
    text = "Hang myself a hammock this weekend, thanks for the knot guide!"
    assert not read_tone(text).crisis
    assert not _draft(text).crisis


# Warm everyday comments sharing the crisis matrix's words: no helpline, not grief.
WARM = [
    ("en", "I cut again... my bangs, disaster 😂 Loved the tutorial though!"),
    ("en", "Standing on the bridge right now, the view is unreal. Thanks for the hiking guide!"),
    ("en", "I'm on the bridge right now taking photos from your list, it's gorgeous!"),
    ("en", "Tonight I kill it at karaoke thanks to your vocal tips!"),
    ("en", "Loved your Suicide Squad review!"),
    ("en", "My pills for hay fever finally work, thanks for the tip!"),
    ("en", "I took all my meds this morning like you said, feeling great. Thank you!"),
    ("en", "I wanna die laughing at this post 😂"),
    ("en", "On the roof with my kids, I'm gonna jump in the pool now haha. Great recipe!"),
    ("en", "My vitamins, I'm going to take them all at breakfast from now on. Thanks!"),
    ("fr", "Ce soir je me lance, merci pour le tuto !"),
    ("fr", "Ce soir je me tue au sport, merci pour le programme !"),
    ("fr", "Je suis sur le pont des Arts en ce moment, la vue est magique, merci pour le guide !"),
    ("fr", "Sur le pont du bateau, je vais sauter dans l'eau turquoise ! Merci pour les adresses."),
    ("fr", "Mes cachets contre le rhume des foins, je vais les prendre avant la rando. Merci !"),
    ("fr", "Jai pris tous mes cachets de vitamines ce matin comme tu disais, merci !"),
    ("fr", "Jveux mourir de rire avec ce billet 😂"),
    ("fr", "Je vais me pendre au cou de ma mère pour la remercier de cette recette 😂"),
    ("fr", "Je ne veux plus me reveiller sans ton café du matin, merci pour la recette !"),
    ("es", "Me mato a trabajar pero leo tu blog cada día, ¡gracias!"),
    ("es", "Me corté otra vez... el flequillo, un desastre 😂 ¡Gracias por el tutorial!"),
    ("es", "Me volví a cortar el pelo yo sola, ¡quedó genial gracias a ti!"),
    ("es", "Estoy en la azotea ahora mismo viendo el atardecer que recomendaste, ¡precioso!"),
    ("es", "Estoy en el puente de Triana ahora mismo, ¡qué vistas! Gracias por la guía."),
    ("es", "Esta noche me mato a bailar, ¡gracias por la playlist!"),
    ("es", "Esta noche me mato de risa con tu post 😂"),
    ("es", "No quiero despertar mañana sin tu receta de churros, ¡gracias!"),
    ("es", "Se mató a estudiar para el examen y aprobó, ¡gracias por los apuntes!"),
]


@pytest.mark.parametrize(("language", "text"), WARM)
def test_warm_everyday_comment_gets_no_helpline(language, text):
    tone = read_tone(text)
    assert tone.label != "grief"
    assert not tone.crisis
    assert not _draft(text, language).crisis
    assert not _draft(text, language, support=True).crisis
