"""Readers at risk who write a last line beside praise: "Lovely. Tonight I end it." gets the
helpline; a goodbye to a cruel world ("Great cake. Goodbye cruel world.", « Adieu monde cruel. »,
"Adiós mundo cruel.", „Leb wohl, grausame Welt.", "Addio mondo crudele.", "Adeus mundo cruel."),
soon free or soon with mum again ("Great bread. Soon I'll be free.", « Bientôt je retrouverai
maman. », "Pronto estaré con mi madre.") are too doubtful for a helpline and get no star and no
quote. All had been starred and quoted. A box set ended tonight is only guarded; hello sourdough,
a last exam, a diet, a mum visiting for Christmas, a laugh or a holiday stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

GUARDED_ADVICE = "a reader at risk may write"

AT_RISK = [("Lovely. Tonight I end it.", "en")]

DOUBTFUL = [
    ("Great cake. Goodbye cruel world.", "en"),
    ("Great bread. Soon I'll be free.", "en"),
    ("Gorgeous. Soon I'll be with my mum again.", "en"),
    ("Three episodes left. Tonight I end it.", "en"),
    ("Délicieux. Adieu monde cruel.", "fr"),
    ("Belle brioche. Bientôt je serai libre.", "fr"),
    ("Bientôt je retrouverai maman.", "fr"),
    ("Adiós mundo cruel.", "es"),
    ("Pronto estaré con mi madre.", "es"),
    ("Leb wohl, grausame Welt.", "de"),
    ("Bald bin ich bei meiner Mutter.", "de"),
    ("Addio mondo crudele.", "it"),
    ("Presto sarò con la mamma.", "it"),
    ("Adeus mundo cruel.", "pt"),
    ("Logo estarei com a minha mãe.", "pt"),
]

WARM = [
    ("Goodbye cruel world, hello sourdough!", "en"),
    ("Tonight I end it! The diet, I mean.", "en"),
    ("Soon I'll be free! Last exam on Friday.", "en"),
    ("Soon I'll be with my mum again, she's visiting for Christmas.", "en"),
    ("Soon I'll be free of this starter lol", "en"),
    ("Adieu monde cruel, bonjour levain !", "fr"),
    ("Bald bin ich frei! Urlaub!", "de"),
]


@pytest.mark.parametrize(("text", "language"), AT_RISK)
def test_tonight_i_end_it_beside_praise_gets_the_helpline(text, language):
    assert read_tone(text).crisis
    draft = draft_of(text, language)
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("text", "language"), DOUBTFUL)
def test_goodbye_cruel_world_or_soon_free_is_read_again_not_starred(text, language):
    assert read_tone(text).guarded and not read_tone(text).crisis
    draft = draft_of(text, language)
    assert not draft.crisis and draft.gold_stars == 0 and draft.quote == ""
    assert GUARDED_ADVICE in draft.advice


@pytest.mark.parametrize(("text", "language"), WARM)
def test_hello_sourdough_a_last_exam_or_mum_visiting_read_warm(text, language):
    assert_read_warm(text, language, thanked=True)
    assert not read_tone(text).guarded
