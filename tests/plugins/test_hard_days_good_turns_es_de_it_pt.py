"""Posts whose title shares the words of a hard day told obliquely but tells of a good turn, and
must still throw their party: a job cut that ended in a promotion ("Mi puesto fue eliminado… y me
ascendieron", "Meu cargo foi extinto e fui promovida"), a farewell to a diet ("Descanse en paz,
mi dieta"), a mum off on holiday, a rainbow bridge that is a place, a phone battery run down ("Ho
avuto un esaurimento… della batteria"). Each had turned off the badges and milestones of its
related box. The hard days beside them are still read as hard days."""

import pytest

from plugins.comments.hard_days import read_opening

GOOD_TURNS = [
    "Mi puesto fue eliminado… y me ascendieron",
    "Meine Stelle wurde gestrichen – und ich bin glücklich",
    "Il mio posto è stato soppresso e mi hanno promosso",
    "Meu cargo foi extinto e fui promovida",
    "O meu posto foi eliminado… e encontrei um melhor",
    "La empresa prescindió de mí y monté mi panadería",
    "A empresa me dispensou e abri minha padaria",
    "Descanse en paz, mi dieta",
    "Riposa in pace, dieta",
    "Descanse em paz, minha dieta",
    "Mamá se fue tranquila de vacaciones",
    "La abuela se fue tranquila a dormir la siesta",
    "Mi padre se fue en paz a su pueblo para jubilarse",
    "Galleta cruzó el puente del arcoíris de Cádiz corriendo",
    "O Biscoito atravessou a ponte do arco-íris do parque",
    "Ho avuto un esaurimento… della batteria del telefono",
]


@pytest.mark.parametrize("title", GOOD_TURNS)
def test_a_good_turn_told_with_a_hard_days_words_is_no_hard_day(title):
    assert read_opening(title, "", "") == ()


HARD_DAYS = [
    "Mi puesto fue eliminado el lunes",
    "Meine Stelle wurde gestrichen",
    "Meu cargo foi extinto",
    "Descanse en paz, abuelo",
    "Mamá se fue el domingo, tranquila",
    "Galleta cruzó el puente del arcoíris",
    "O Biscoito atravessou a ponte do arco-íris",
    "Ho avuto un esaurimento nervoso",
]


@pytest.mark.parametrize("title", HARD_DAYS)
def test_the_hard_days_told_with_those_words_are_still_hard_days(title):
    assert read_opening(title, "", "") != ()
