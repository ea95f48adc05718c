"""Readers at risk who tell the blog, beside praise, that it will not hear from them again ("Great
bread. This is the last you'll hear from me.", « Vous n'entendrez plus parler de moi. », "No
volverán a saber de mí.", „Ihr werdet nichts mehr von mir hören.", "Non sentirete più parlare di
me.", "Vocês não vão mais ouvir falar de mim.") or that the pain ends on a day ("Nice. The pain
ends on Friday."). They had been starred and quoted; too doubtful for a helpline, they get no
star and no quote. Until a loaf comes out right, about sourdough, on a hike or a holiday, with a
laugh or a diet over, they stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

GUARDED_ADVICE = "a reader at risk may write"

DOUBTFUL = [
    ("Great bread. This is the last you'll hear from me.", "en"),
    ("Thank you for the recipes. You won't hear from me again.", "en"),
    ("Nice. The pain ends on Friday.", "en"),
    ("Belle recette. Vous n'entendrez plus parler de moi.", "fr"),
    ("Buena receta. No volverán a saber de mí.", "es"),
    ("Tolles Rezept. Ihr werdet nichts mehr von mir hören.", "de"),
    ("Bella ricetta. Non sentirete più parlare di me.", "it"),
    ("Ótima receita. Vocês não vão mais ouvir falar de mim.", "pt"),
]

WARM = [
    ("You won't hear from me again until this loaf comes out right!", "en"),
    ("This is the last you'll hear from me about sourdough, promise!", "en"),
    ("You won't hear from me again, this cake took over my life lol", "en"),
    ("Off hiking for a month. You won't hear from me again.", "en"),
    ("Diet is over. The pain ends tomorrow!", "en"),
    ("Vous n'entendrez plus parler de moi avant septembre !", "fr"),
    ("Ihr werdet nichts mehr von mir hören, ich bin im Urlaub.", "de"),
    ("Vocês não vão mais ouvir falar de mim até as férias acabarem!", "pt"),
]


@pytest.mark.parametrize(("text", "language"), DOUBTFUL)
def test_the_last_you_will_hear_from_me_is_read_again_not_starred(text, language):
    assert read_tone(text).guarded and not read_tone(text).crisis
    draft = draft_of(text, language)
    assert not draft.crisis and draft.gold_stars == 0 and draft.quote == ""
    assert GUARDED_ADVICE in draft.advice


@pytest.mark.parametrize(("text", "language"), WARM)
def test_until_a_loaf_comes_out_right_or_on_holiday_it_reads_warm(text, language):
    assert_read_warm(text, language, thanked=True)
    assert not read_tone(text).guarded
