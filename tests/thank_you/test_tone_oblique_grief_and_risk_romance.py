"""Grief told obliquely and readers at risk phrased indirectly in French, Spanish, Italian and
Portuguese, which were starred and quoted back (session 43): a grandmother "no longer here to
taste it", a dog "gone last week", the first bake since a father's burial; "not sure I'll still be
here for spring" and "I'll quit everything soon" before thanks for everything; a kill or a shot
after "if" as a joke. Each beside the harmless twin that stays warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

GRIEF_TOLD_OBLIQUELY = [
    (
        "fr",
        "Ce pain, c'était celui que maman faisait le dimanche. Elle n'est plus là pour le goûter.",
    ),
    ("es", "Este pan lo hacía mi abuela cada domingo. Ya no está para probarlo."),
    ("it", "Questo pane lo faceva mia nonna ogni domenica. Non c'è più per assaggiarlo."),
    ("pt_BR", "Esse pão minha avó fazia todo domingo. Ela não está mais aqui pra provar."),
    ("fr", "Mon chien est parti la semaine dernière, je n'ai pas le cœur à pâtisser."),
    ("es", "Mi perro se fue la semana pasada, no tengo ánimo para hornear."),
    ("it", "Il mio cane se n'è andato la settimana scorsa, non ho voglia di impastare."),
    ("pt_BR", "Meu cachorro partiu semana passada, não tenho ânimo pra cozinhar."),
    ("pt_BR", "Primeira fornada desde o enterro do meu pai. Obrigada pela receita."),
]

# The dog off on holiday, or gone for a night and back: warm.
NOT_A_LOSS = [
    ("fr", "Mon chien est parti en vacances chez ma mère, la maison est calme."),
    ("it", "Il mio cane se n'è andato al mare con mio marito, casa tranquilla!"),
    (
        "fr",
        "Mon chien est parti cette nuit ! Il a sauté la clôture, on l'a retrouvé chez le voisin 😅",
    ),
    ("es", "Mi perro se fue ayer, volvió a la hora jaja"),
    ("it", "Il mio cane se n'è andato ieri, è tornato a cena!"),
    ("pt_BR", "Meu cachorro partiu ontem, voltou de manhã kkk"),
]


@pytest.mark.parametrize(("language", "text"), GRIEF_TOLD_OBLIQUELY)
def test_grief_told_obliquely_is_a_hard_time(language, text):
    assert_read_hard(text, language, "grief")


@pytest.mark.parametrize(("language", "text"), NOT_A_LOSS)
def test_a_pet_gone_on_holiday_or_back_stays_warm(language, text):
    assert_read_warm(text, language, thanked=True)


AT_RISK_INDIRECTLY = [
    ("es", "No sé si seguiré aquí para la primavera. Gracias por tus entradas."),
    ("it", "Non so se sarò ancora qui per la primavera. Grazie per i tuoi post."),
    ("pt_BR", "Não sei se ainda vou estar aqui na primavera. Obrigada pelos seus posts."),
    ("fr", "Je vais tout arrêter bientôt. Merci pour tout ce que tu as partagé."),
    ("es", "Pronto voy a dejarlo todo. Gracias por todo lo que compartiste."),
    ("it", "Presto mollerò tutto. Grazie per tutto quello che hai condiviso."),
    ("pt_BR", "Em breve vou largar tudo. Obrigada por tudo que você compartilhou."),
    ("pt_BR", "Se eu errar o fermento de novo eu me mato kkkk"),
    ("it", "Se sbaglio ancora il lievito mi sparo, giuro 😂"),
]

# A move said beside it, sugar quit, a new life by the sea, a laugh: warm and thanked.
EXPLAINED = [
    ("es", "No sé si estaré aquí para la primavera, me mudo a Chile. ¡Gracias!"),
    ("it", "Non so se sarò ancora qui per la primavera, a marzo mi trasferisco a Berlino!"),
    ("fr", "Je vais tout arrêter bientôt, le sucre c'est fini ! Merci pour tes recettes."),
    ("it", "Presto mollerò tutto e andrò a vivere al mare! Grazie per le ricette."),
    ("pt_BR", "Se eu errar o fermento de novo eu me mato de rir kkkk"),
    ("es", "Me mato de risa con tus fotos"),
    ("en", "I'll jump off the cliff tomorrow, cliff diving in Malta!"),
]


@pytest.mark.parametrize(("language", "text"), AT_RISK_INDIRECTLY)
def test_a_reader_at_risk_said_indirectly_is_never_starred_nor_quoted(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.guarded or tone.crisis, (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("language", "text"), EXPLAINED)
def test_the_same_words_explained_stay_warm(language, text):
    assert_read_warm(text, language, thanked=True)
    assert not read_tone(text).guarded
