"""Faint praise "for a beginner" is condescension, in all six languages: "Pretty good, for a
beginner." had a star and was quoted back, as had „Für eine Hobbybäckerin gar nicht so schlecht"
and "No está mal para ser aficionada". A reader who is the beginner, or a recipe that suits
beginners, stays warm."""

import pytest

from tests.support.drafts import assert_read_hard, assert_read_warm

CONDESCENDING = [
    ("en", "Pretty good, for a beginner."),
    ("en", "Not bad for a beginner."),
    ("en", "Nice effort for an amateur."),
    ("de", "Für eine Hobbybäckerin gar nicht so schlecht"),
    ("de", "Nicht schlecht für eine Anfängerin."),
    ("de", "Gar nicht so übel für einen Laien."),
    ("de", "Für einen Anfänger ganz ordentlich."),
    ("es", "No está mal para ser aficionada"),
    ("es", "Nada mal para una principiante."),
    ("es", "Bastante bien para ser novata."),
    ("fr", "Pas mal pour une amatrice"),
    ("it", "Niente male per una principiante"),
    ("pt_BR", "Nada mal pra uma amadora"),
    # "Cute, as an attempt"
    ("en", "Cute attempt."),
    ("fr", "C'est mignon, comme tentative."),
    ("de", "Süßer Versuch."),
    ("it", "Carino come tentativo."),
    ("pt_BR", "Bonitinho como tentativa."),
]

WARM = [
    ("en", "Pretty good for a first try, I'm a beginner myself!"),
    ("en", "This is great for beginners like me"),
    ("en", "Really good for a beginner like me, thank you!"),
    ("en", "Good recipe for a beginner!"),
    ("de", "Für Anfänger wie mich war das Rezept perfekt!"),
    ("de", "Ganz gut für Anfänger geeignet, danke!"),
    ("de", "Nicht schlecht für eine Anfängerin wie mich, danke für die Schritte!"),
    ("es", "No está mal para ser mi primer pan, ¡gracias por la receta!"),
    ("es", "Perfecta para principiantes como yo, ¡gracias!"),
    ("es", "Está bien para una principiante como yo, muy clara."),
    ("fr", "Quel mignon petit pain, bravo !"),
    ("en", "What a cute try at latte art on the photo, love it!"),
    # The reader's own first bake
    ("en", "Made my first loaf today. Pretty good for a beginner!"),
    ("fr", "Mon premier pain. Pas mal pour une débutante !"),
    ("es", "Mi primer pan. No está mal para ser principiante."),
    ("de", "Mein erstes Brot. Nicht schlecht für eine Anfängerin!"),
    ("it", "Il mio primo pane. Niente male per una principiante!"),
    ("pt_BR", "Meu primeiro pão. Nada mal pra uma iniciante!"),
]


@pytest.mark.parametrize(("language", "text"), CONDESCENDING)
def test_faint_praise_for_a_beginner_is_condescension(language, text):
    assert_read_hard(text, language, "hostile")


@pytest.mark.parametrize(("language", "text"), WARM)
def test_a_beginner_speaking_of_themself_stays_warm(language, text):
    assert_read_warm(text, language, thanked=True)
