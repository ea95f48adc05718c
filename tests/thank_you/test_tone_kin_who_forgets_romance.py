"""« Mon grand-père ne me reconnaît plus. », "Mi abuelo ya no me reconoce.", "Mio nonno non mi
riconosce più.", "Meu avô já não me reconhece." had been quoted back with a gold star: a hard time
of the reader's own now, as "My grandpa doesn't recognise me anymore." is. Not recognised after a
haircut, a beard or new glasses, laughed off, stays warm."""

import pytest

from tests.support.drafts import assert_read_hard, assert_read_warm

FORGOTTEN = [
    ("fr", "Mon grand-père ne me reconnaît plus. J'ai fait sa recette quand même."),
    ("fr", "Maman ne me reconnaît même plus."),
    ("es", "Mi abuelo ya no me reconoce. Hice su receta igual."),
    ("it", "Mio nonno non mi riconosce più. Ho fatto la sua ricetta lo stesso."),
    ("pt", "Meu avô já não me reconhece. Fiz a receita dele mesmo assim."),
]

WARM = [
    ("fr", "Ma mère ne me reconnaît plus depuis que j'ai coupé mes cheveux, mdr."),
    ("es", "Mi perro ya no me reconoce con la barba nueva jaja"),
    ("it", "Mio nonno non mi riconosce più con gli occhiali nuovi!"),
]


@pytest.mark.parametrize(("language", "text"), FORGOTTEN)
def test_kin_who_no_longer_knows_the_reader_is_a_hard_time(language, text):
    assert_read_hard(text, language, "grief")


@pytest.mark.parametrize(("language", "text"), WARM)
def test_not_known_after_a_haircut_stays_warm(language, text):
    assert_read_warm(text, language)
