"""French, Spanish, Italian and Portuguese comments the room was misread in (session 43).

A disclaimer (« Sans vouloir être méchante », "Sin ánimo de ofender", "Senza offesa", "Sem querer
ofender") and a shrug (« Je dis ça », "Dico solo") make a critique critical, as "Not to be rude
but... Just saying." does in English; scorn of the author's low mood after them stays hostile;
praise after them stays warm. « Courageux de publier ça. » is faint praise, never quoted; a jump
from a balcony said as a joke is never starred nor quoted; work lost in a document is no job lost.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import (
    HOSTILE_ADVICE,
    assert_read_hard,
    assert_read_warm,
    draft_of,
)

# A critique after the disclaimer or before the shrug: it was starred and quoted
# (« Ton pain a l'air raté. Je dis ça… »), or read critical even before praise.
CRITIQUES = [
    ("fr", "Ton pain a l'air raté. Je dis ça…"),
    ("fr", "Ton pain a l'air raté. Je dis ça."),
    ("fr", "Sans vouloir être méchante, ton pain a l'air raté. Je dis ça…"),
    ("it", "Il pane sembra crudo. Dico solo."),
]

# Scorn of the author's low mood after the disclaimer: answered as a critique before, with thanks
# for "explaining how you see things differently".
SCORN_OF_A_LOW_MOOD = [
    (
        "fr",
        "Sans vouloir être méchante, ta déprime passerait peut-être si tu sortais de ton canapé. "
        "Je dis ça.",
    ),
    ("fr", "Sans vouloir être méchante, la déprime c'est dans la tête, il suffit de se secouer."),
    ("es", "Sin ánimo de ofender, pero tu depresión se iría si te levantaras del sofá. Solo digo."),
    ("es", "Sin ánimo de ofender, la depresión está en tu cabeza. Solo digo."),
    ("it", "Senza offesa, ma la tua depressione passerebbe se ti alzassi dal divano. Dico solo."),
    ("pt_BR", "Sem querer ofender, mas essa depressão passava se você saísse do sofá. Só digo."),
    ("pt_BR", "Sem querer ofender, a depressão é coisa da sua cabeça. Só estou dizendo."),
]

# Praise after the disclaimer: it was read as a critique.
PRAISE_AFTER_A_DISCLAIMER = [
    ("fr", "Sans vouloir être méchante, c'est le meilleur pain que j'ai vu !"),
    ("it", "Senza offesa, è il pane migliore che abbia mai fatto!"),
    ("it", "Senza offesa, è il pane più bello che abbia mai visto!"),
]

# Kind words that name the scorn to deny it, and a plain tease of the reader's own morning.
WARM_NEAR_MISSES = [
    ("fr", "Ceux qui disent que la déprime c'est dans la tête ne savent rien. Courage à toi."),
    ("fr", "La déprime, ce n'est pas dans ta tête, c'est une vraie maladie. Je pense à toi."),
    ("es", "Los que dicen que la depresión está en tu cabeza no saben nada. Un abrazo."),
    ("pt_BR", "Quem diz que a depressão é coisa da sua cabeça não sabe de nada. Um abraço."),
]


@pytest.mark.parametrize(("language", "text"), CRITIQUES)
def test_a_critique_with_a_shrug_or_disclaimer_is_critical(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label == "critical", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("language", "text"), SCORN_OF_A_LOW_MOOD)
def test_scorn_of_a_low_mood_after_a_disclaimer_stays_hostile(language, text):
    draft = draft_of(text, language)
    assert read_tone(text).label == "hostile", read_tone(text).cues
    assert draft.advice.startswith(HOSTILE_ADVICE)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("language", "text"), SCORN_OF_A_LOW_MOOD)
def test_scorn_of_a_low_mood_on_a_hard_day_post_is_never_thanked(language, text):
    draft = draft_of(text, language, support=True)
    assert read_tone(text, support=True).label == "hostile"
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("language", "text"), PRAISE_AFTER_A_DISCLAIMER)
def test_praise_after_a_disclaimer_stays_warm(language, text):
    assert_read_warm(text, language, thanked=True)


@pytest.mark.parametrize(("language", "text"), WARM_NEAR_MISSES)
def test_scorn_named_to_deny_it_is_no_jab(language, text):
    tone, draft = read_tone(text, support=True), draft_of(text, language, support=True)
    assert tone.label == "grief", (tone.label, tone.cues)
    assert not draft.advice.startswith(HOSTILE_ADVICE)


BRAVE_TO_POST = [
    ("fr", "Courageux de publier ça."),
    ("fr", "C'est courageux de ta part de publier ça."),
    ("es", "Muy valiente publicar esto."),
    ("it", "Coraggioso pubblicare questo."),
    ("pt_BR", "Corajosa de postar isso."),
]


@pytest.mark.parametrize(("language", "text"), BRAVE_TO_POST)
def test_brave_of_you_to_publish_this_is_neither_starred_nor_quoted(language, text):
    draft = draft_of(text, language)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Merci d'avoir eu le courage de publier ça, ça m'aide."),
        ("pt_BR", "Obrigada pela coragem de postar isso, me ajudou muito."),
    ],
)
def test_thanks_for_the_courage_to_publish_stays_warm(language, text):
    assert_read_warm(text, language)
    assert not read_tone(text).doubtful and draft_of(text, language).advice == ""


# A jump from a balcony said of oneself, even as a joke after "if": it was quoted back with a star.
JUMP_JOKES = [
    ("it", "Se brucio ancora il pane mi butto dal balcone"),
    ("fr", "Si je rate encore le pain je me jette par la fenêtre mdr"),
    ("es", "Si se me quema el pan otra vez me tiro por el balcón jaja"),
    ("pt_BR", "Se eu queimar o pão de novo eu me jogo da varanda kkk"),
]

# The bread thrown, the sofa, a surrender: the same joke with no self-harm phrase stays warm.
PLAIN_JOKES = [
    ("it", "Se brucio ancora il pane lo butto dal balcone"),
    ("it", "Se brucio ancora il pane mi arrendo, giuro!"),
    ("fr", "Si je rate encore le pain je le jette par la fenêtre mdr"),
    ("es", "Si se me quema el pan otra vez lo tiro por el balcón jaja"),
]


@pytest.mark.parametrize(("language", "text"), JUMP_JOKES)
def test_a_jump_joke_is_guarded_not_quoted_nor_starred(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.guarded and not tone.crisis, (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == "" and not draft.crisis


@pytest.mark.parametrize(("language", "text"), PLAIN_JOKES)
def test_the_same_joke_without_a_jump_stays_warm(language, text):
    assert_read_warm(text, language, thanked=True)
    assert not read_tone(text).guarded


# Work lost in a document, not a job: it was met "Tiene que ser muy duro, y lo siento mucho".
WORK_LOST = [
    ("es", "Perdí mi trabajo de tres horas en el documento, jaja"),
    ("es", "Perdí mi trabajo de toda la tarde porque se cerró el archivo."),
    ("it", "Ho perso il mio lavoro di tre ore sul documento, ahah"),
    ("pt_BR", "Perdi meu trabalho de três horas no documento, kkk"),
    ("fr", "J'ai perdu mon travail de trois heures sur le document, mdr"),
]

JOBS_LOST = [
    ("es", "Perdí mi trabajo."),
    ("es", "Perdí mi trabajo la semana pasada y ando muy triste."),
    ("it", "Ho perso il lavoro stamattina."),
    ("pt_BR", "Perdi meu trabalho."),
    ("fr", "J'ai perdu mon travail."),
]


@pytest.mark.parametrize(("language", "text"), WORK_LOST)
def test_work_lost_in_a_document_is_no_hard_time(language, text):
    assert_read_warm(text, language)


@pytest.mark.parametrize(("language", "text"), JOBS_LOST)
def test_a_job_lost_is_still_a_hard_time(language, text):
    assert_read_hard(text, language, "grief")
