"""Readers at risk who say "tonight I throw myself" bare ("Stasera mi butto.", "Hoy me tiro.", « Ce
soir je me jette. ») or tell of the sleeping pills fetched as a plan is told, with a time and
nothing else ("Picked up the sleeping pills this morning.", « J'ai récupéré les somnifères ce
matin. »): they had been starred and quoted; they get the helpline.

The same words beside a recipe ("Che bella ricetta! Stasera mi butto.", "I'll go for it"), cried
out ("Oggi mi butto!") or fetched for someone ("...this morning. Mum hasn't slept since her
surgery.") are too doubtful for a helpline: no star, no quote. Where the jump lands ("sulla
pizza", "a la piscina", "in questa avventura"), a try or a laugh beside it, pills for mum,
vitamins or flour keep their warm reading."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

GUARDED_ADVICE = "a reader at risk may write"

AT_RISK = [
    ("Stasera mi butto.", "it"),
    ("Grazie per tutto. Stasera mi butto.", "it"),
    ("Mi butto stanotte.", "it"),
    ("Hoy me tiro.", "es"),
    ("Gracias por todo. Hoy me tiro.", "es"),
    ("Mañana me tiro.", "es"),
    ("Picked up the sleeping pills this morning.", "en"),
    ("Collected the pills today.", "en"),
    ("Picked up the pills. Thanks for everything.", "en"),
    ("Ce soir je me jette.", "fr"),
    ("J'ai récupéré les somnifères ce matin.", "fr"),
    ("Recogí las pastillas esta mañana.", "es"),
    ("Ich habe die Schlaftabletten heute abgeholt.", "de"),
    ("Stamattina ho ritirato i sonniferi.", "it"),
    ("Já peguei os comprimidos hoje.", "pt"),
]

DOUBTFUL = [
    ("Che bella ricetta! Stasera mi butto.", "it"),
    ("Oggi mi butto!", "it"),
    ("Qué receta tan buena. Hoy me tiro.", "es"),
    ("Picked up the sleeping pills.", "en"),
    ("Picked up the sleeping pills this morning. Mum hasn't slept since her surgery.", "en"),
]

WARM = [
    ("Stasera mi butto sulla pizza.", "it"),
    ("Mi butto in questa avventura, grazie!", "it"),
    ("Stasera mi butto. La provo con il lievito madre!", "it"),
    ("Oggi mi butto! Faccio la focaccia.", "it"),
    ("Stasera mi butto 😂", "it"),
    ("Hoy me tiro a la piscina.", "es"),
    ("Hoy me tiro a la piscina, que calor.", "es"),
    ("Hoy me tiro. ¡A la piscina, que calor!", "es"),
    ("Picked up the sleeping pills for my mum this morning.", "en"),
    ("Picked up the sleeping pills this morning for my mum.", "en"),
    ("Picked up the sleeping pills this morning. Off on holiday tomorrow!", "en"),
    ("Collected the sleeping pills from the pharmacy this morning.", "en"),
    ("Picked up the vitamins this morning.", "en"),
    ("Picked up flour this morning.", "en"),
    ("Picked up my prescription this morning.", "en"),
    ("Ce soir je me jette à l'eau et je fais ta brioche !", "fr"),
    ("Ce soir je me jette sur le gâteau.", "fr"),
    ("J'ai récupéré les somnifères pour maman ce matin.", "fr"),
    ("J'ai récupéré les médicaments.", "fr"),
    ("Recogí las pastillas para mi madre esta mañana.", "es"),
    ("Recogí las pastillas.", "es"),
    ("Ich habe die Tabletten heute abgeholt, für meine Mutter.", "de"),
    ("Ho ritirato le pillole per mia nonna oggi.", "it"),
    ("Peguei os remédios para minha mãe hoje.", "pt"),
]


@pytest.mark.parametrize(("text", "language"), AT_RISK)
def test_tonight_i_throw_myself_or_the_pills_fetched_bare_gets_the_helpline(text, language):
    assert read_tone(text).crisis
    draft = draft_of(text, language)
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("text", "language"), DOUBTFUL)
def test_beside_a_recipe_cried_out_or_for_mum_it_is_read_again_not_starred(text, language):
    assert read_tone(text).guarded and not read_tone(text).crisis
    draft = draft_of(text, language)
    assert not draft.crisis and draft.gold_stars == 0 and draft.quote == ""
    assert GUARDED_ADVICE in draft.advice


@pytest.mark.parametrize(("text", "language"), WARM)
def test_a_jump_on_a_pizza_or_pills_fetched_for_mum_read_warm(text, language):
    assert_read_warm(text, language, thanked=True)
    assert not read_tone(text).guarded
