"""A loss told through a feast, without the word: "Dad's chair is empty this Christmas." got a gold
star and was quoted as a line to think about all morning, and so were "Primera Navidad sin mi
madre.", "Primeiro Natal sem a minha mãe." and « La chaise de papa est vide ce Noël. ». Beside
them, a chair offered to a guest, an office empty for the holidays, a dad at work or on a cruise,
and a first Christmas without gluten keep their warm draft, with no condolences."""

import pytest

from tests.support.drafts import assert_read_hard, assert_read_warm

HARD_TIME = [
    ("en", "Dad's chair is empty this Christmas."),
    ("en", "Mum's place at the table will be empty this Christmas."),
    ("en", "Mum's first Christmas in heaven."),
    ("fr", "La chaise de papa est vide ce Noël."),
    ("fr", "Premier Noël sans toi, maman."),
    ("es", "Primera Navidad sin mi madre."),
    ("es", "Primer Navidad sin mi papá."),
    ("es", "Primer cumpleaños sin papá. Hice su tarta favorita."),
    ("es", "La silla de papá está vacía esta Navidad."),
    ("es", "Hoy hace un año que se fue mamá."),
    ("de", "Papas Stuhl bleibt dieses Weihnachten leer."),
    ("it", "La sedia di papà è vuota questo Natale."),
    ("it", "Il primo Natale senza il mio papà."),
    ("it", "Oggi è un anno che papà non c'è più."),
    ("pt", "Primeiro Natal sem a minha mãe."),
    ("pt", "A cadeira do pai está vazia este Natal."),
]
WARM = [
    ("en", "The chair is empty, come sit!"),
    ("en", "The office is empty this Christmas, bliss"),
    ("en", "Dad's chair is empty this Christmas, he's working on the rigs!"),
    ("en", "Dad's chair is empty this Christmas because he's on a cruise with Mum, lucky him."),
    ("en", "Grandma's seat is empty this year. She's spending it with my aunt in Spain."),
    ("en", "Grandma's first Christmas in her new flat!"),
    ("fr", "La chaise de papa est vide ce Noël, il est de garde à l'hôpital."),
    ("fr", "Premier Noël sans toi, mon amour, vivement ton retour !"),
    ("es", "Primera Navidad sin gluten, ¡y ni se nota!"),
    ("es", "Primera Navidad sin mi madre en la cocina, ¡me tocó cocinar a mí!"),
    ("es", "Primera Navidad sin mi hijo, está de Erasmus en Italia."),
    ("es", "La silla de papá está vacía esta Navidad, ¡está de crucero con mamá!"),
    ("es", "Hace un año que se fue mamá a vivir a Valencia."),
    ("de", "Papas Stuhl bleibt dieses Weihnachten leer, er hat Schichtdienst."),
    ("it", "La sedia di papà è vuota questo Natale, lavora in Germania."),
    ("it", "Il primo Natale senza il mio papà in cucina, che avventura!"),
    ("it", "La nonna non c'è più, è andata a casa sua."),
    ("pt", "Primeiro Natal sem a minha mãe na cozinha, fiz tudo sozinha!"),
    ("pt", "A cadeira do pai está vazia este Natal, ele está de plantão."),
]


@pytest.mark.parametrize(("language", "text"), HARD_TIME)
def test_a_loss_told_through_a_feast_gets_the_quiet_reply(language, text):
    assert_read_hard(text, language, "grief")


@pytest.mark.parametrize(("language", "text"), WARM)
def test_an_empty_chair_or_a_first_christmas_on_a_good_day_stays_warm(language, text):
    assert_read_warm(text, language)
