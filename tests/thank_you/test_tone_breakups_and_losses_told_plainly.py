"""Hard times told plainly that got a gold star and were quoted back: "We lost our sweet Bella
yesterday." (read as praise, for "sweet"), „Mein Mann hat mich nach 20 Jahren verlassen.",
„Meine Mutter hat Demenz und erkennt mich nicht mehr.", "Mio marito mi ha lasciata dopo 20
anni.", "A mia madre hanno diagnosticato l'Alzheimer.", "O meu marido deixou-me depois de 20
anos.", "Said goodbye to my lovely Nan today.", "He perdido mi trabajo hoy.", „Ich habe heute
meinen Job verloren.", "O nosso cão foi para a ponte do arco-íris.", "Mio padre ha la SLA."; « Je
viens de me séparer après 15 ans de mariage. » was read as warm. Beside them, a lost match, a lost
phone, a husband off for rolls, a carer, a last slice left for the reader, a coeliac diagnosis
with thanks, a nan off to Spain, a job lost for a better one and a father who worked „als Bäcker"
keep their warm draft, with no condolences."""

import pytest

from tests.support.drafts import assert_read_hard, assert_read_warm

HARD_TIME = [
    ("en", "We lost our sweet Bella yesterday. Baking helps."),
    ("en", "We lost our sweet little Milo this morning."),
    ("fr", "Je viens de me séparer après 15 ans de mariage."),
    ("de", "Mein Mann hat mich nach 20 Jahren verlassen."),
    ("de", "Meine Mutter hat Demenz und erkennt mich nicht mehr."),
    ("it", "Mio marito mi ha lasciata dopo 20 anni."),
    ("it", "A mia madre hanno diagnosticato l'Alzheimer."),
    ("pt", "O meu marido deixou-me depois de 20 anos."),
    ("pt", "Meu namorado me deixou ontem."),
    ("en", "Said goodbye to my lovely Nan today. Your scones were her favourite."),
    ("es", "He perdido mi trabajo hoy."),
    ("de", "Ich habe heute meinen Job verloren."),
    ("pt", "O meu filho está nos cuidados intensivos desde segunda."),
    ("pt", "O nosso cão foi para a ponte do arco-íris."),
    ("it", "Mio padre ha la SLA."),
    ("pt", "Meu pai tem ELA."),
    ("es", "Mi padre tiene ELA desde 2020."),
    ("de", "Mein Vater hat ALS."),
]
WARM = [
    ("en", "We lost our little league final yesterday, but the cake cheered us up!"),
    ("en", "I lost my old phone yesterday, typing from my laptop."),
    ("en", "We lost our best player yesterday to a transfer, gutted lol."),
    ("fr", "Je viens de me séparer de mon vieux four, adieu !"),
    ("de", "Mein Mann hat mich kurz verlassen, um Brötchen zu holen."),
    ("de", "Ich pflege Menschen mit Demenz und backe für sie dein Brot."),
    ("it", "Mio marito mi ha lasciato l'ultima fetta!"),
    ("it", "A mia figlia hanno diagnosticato la celiachia, grazie per le ricette senza glutine!"),
    ("pt", "O meu marido deixou-me o último pedaço!"),
    ("en", "Said goodbye to my lovely Nan today, she's off to Spain for the winter!"),
    ("en", "We said goodbye to my sister today at the airport, see you at Easter!"),
    ("en", "Said goodbye to my dad today. He flies back to Lagos next week."),
    ("es", "He perdido mi trabajo hoy y encontré uno mejor en una semana."),
    ("de", "Ich habe meinen Job verloren – und eine viel bessere Stelle gefunden!"),
    ("de", "Mein Vater hat als Bäcker gearbeitet."),
    ("pt", "Meu pai tem ela como melhor amiga, a minha mãe!"),
]


@pytest.mark.parametrize(("language", "text"), HARD_TIME)
def test_a_hard_time_told_plainly_gets_the_quiet_reply(language, text):
    assert_read_hard(text, language, "grief")


@pytest.mark.parametrize(("language", "text"), WARM)
def test_the_same_words_on_an_ordinary_day_stay_warm(language, text):
    assert_read_warm(text, language)
