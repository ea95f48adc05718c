"""Readers at risk under an everyday post (session 42): not around much longer "anyway", a jump
from a bridge, a balcony or a window in five languages get the helpline; a blog that kept them
going "not anymore", posts "the only thing keeping me going", "Tanto non ci sarò ancora per
molto." and a balcony jump laughed at (session 43) get no star, no quote and no hostile reply;
the recipe not needed after a diet ends is no jab. A move, a day, a shop, the sofa or the pool
stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, assert_read_warm, draft_of

GUARDED_ADVICE = "a reader at risk may write"

HELPLINE = [
    ("Great recipe! Honestly I won't be around much longer anyway.", "en"),
    ("I won't be around much longer anyway.", "en"),
    ("Stasera mi butto giù dal ponte", "it"),
    ("Mi butto dal balcone", "it"),
    ("Me tiro del puente esta noche", "es"),
    ("Vou me jogar da ponte", "pt"),
    ("Me tiro por la ventana esta noche.", "es"),
    ("Ce soir je me jette du pont.", "fr"),
    ("Ich springe von der Brücke.", "de"),
    ("Je ne serai plus là bien longtemps de toute façon.", "fr"),
]

GUARDED = [
    ("This blog kept me going. Not anymore though.", "en"),
    ("Your posts used to keep me going. Not anymore.", "en"),
    ("Your posts were the only thing keeping me going.", "en"),
    ("Ce blog m'a fait tenir. Plus maintenant.", "fr"),
    ("Tu blog me mantenía a flote. Ya no.", "es"),
    ("Tanto non ci sarò ancora per molto.", "it"),
    ("De todas formas no estaré aquí mucho tiempo más.", "es"),
    ("Ich bin eh nicht mehr lange hier.", "de"),
    ("Deine Rezepte haben mich am Leben gehalten. Jetzt nicht mehr.", "de"),
    ("Le tue ricette mi hanno tenuto in vita. Ora non più.", "it"),
    ("Seu blog me manteve de pé. Não mais.", "pt"),
    # session 43: a jump from a balcony laughed at is still a joke about self-harm
    ("Mi butto dal balcone 😂", "it"),
]

WARM = [
    ("I won't be around much longer, moving to Lisbon on Friday!", "en"),
    ("Won't be around much longer today, off to bake!", "en"),
    ("The shop won't be around much longer, sadly", "en"),
    ("The shop won't be around much longer.", "en"),
    ("mi butto giù dal divano", "it"),
    ("me tiro al sofá", "es"),
    ("Hoy me tiro a la piscina.", "es"),
    ("Vou me jogar na piscina!", "pt"),
    ("Je me jette sur le canapé ce soir !", "fr"),
    ("Ich springe vom Dach ins Wasser!", "de"),
    ("Tanto non ci sarò ancora per molto, mi trasferisco a Lisbona!", "it"),
    ("Non ci sarò per molto, parto per le vacanze!", "it"),
    ("Ich bin eh nicht mehr lange hier, Umzug nach Berlin!", "de"),
    ("Je ne serai plus là bien longtemps de toute façon, je déménage à Lyon !", "fr"),
    ("Deine Rezepte haben mich durch den Winter gebracht. Danke!", "de"),
    ("No la voy a necesitar después del viernes, termino la dieta.", "es"),
    ("I won't need it after Friday, my diet ends.", "en"),
    ("Non mi servirà più dopo venerdì, finisco la dieta.", "it"),
    ("Não vou precisar dela depois de sexta, termino a dieta.", "pt"),
]


@pytest.mark.parametrize(("text", "language"), HELPLINE)
def test_not_around_anyway_and_a_jump_from_a_bridge_get_the_helpline(text, language):
    draft = draft_of(text, language)
    assert read_tone(text).crisis and draft.crisis
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("text", "language"), GUARDED)
def test_kept_going_no_more_is_neither_cheered_nor_answered_as_hostile(text, language):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.guarded and not tone.crisis and not draft.crisis
    assert draft.gold_stars == 0 and draft.quote == ""
    assert GUARDED_ADVICE in draft.advice and not draft.advice.startswith(HOSTILE_ADVICE)


@pytest.mark.parametrize(("text", "language"), WARM)
def test_a_move_a_shop_the_sofa_or_a_diet_stay_warm(text, language):
    assert_read_warm(text, language)
    assert not read_tone(text).guarded
