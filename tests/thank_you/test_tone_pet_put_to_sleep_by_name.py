"""A pet put to sleep, told by its name alone, in Spanish, Italian and Portuguese: "Tuvimos que
dormir a Luna.", "Abbiamo dovuto far addormentare Fido." and "Tivemos que pôr o Rex a dormir." got a
gold star and were quoted. A baby or a child put to bed with the same verbs, a pet put to sleep for
its claws, and a Christmas "sacrificed" keep their warm draft, with no condolences."""

import pytest

from tests.support.drafts import assert_read_hard, assert_read_warm

HARD_TIME = [
    ("es", "Tuvimos que dormir a Luna."),
    ("es", "Tuvimos que sacrificar a Canela ayer."),
    ("it", "Abbiamo dovuto far addormentare Fido."),
    ("it", "Abbiamo dovuto sopprimere Fido ieri."),
    ("pt", "Tivemos que pôr o Rex a dormir."),
    ("pt", "Tivemos que sacrificar o Rex."),
]
WARM = [
    ("es", "Por fin dormí al bebé."),
    ("es", "Tuvimos que dormir a los niños."),
    ("es", "Tuvimos que dormir a Mateo en brazos."),
    ("es", "Tuvimos que dormir a Luna para cortarle las uñas. ¡Ya está bien!"),
    ("it", "Ho fatto addormentare il bimbo."),
    ("it", "Abbiamo dovuto far addormentare Giulia con la ninna nanna."),
    ("it", "Abbiamo dovuto far addormentare il gatto per tagliargli le unghie 😂"),
    ("pt", "Tivemos que pôr o bebé a dormir."),
    ("pt", "Tivemos que sacrificar o Natal."),
]


@pytest.mark.parametrize(("language", "text"), HARD_TIME)
def test_a_pet_put_to_sleep_by_name_gets_the_quiet_reply(language, text):
    assert_read_hard(text, language, "grief")


@pytest.mark.parametrize(("language", "text"), WARM)
def test_a_child_put_to_bed_stays_warm(language, text):
    assert_read_warm(text, language)
