"""Readers at risk who say in a short line, often beside praise, that they will not see a date
("Brilliant post. I won't make it to Christmas.", « Je ne passerai pas Noël. », "No llegaré a
Navidad.", „Weihnachten erlebe ich nicht mehr.", "Non arriverò a Natale.", "Não chego ao Natal."),
that a bake is their last meal ("Perfect last meal.", « Pour mon dernier repas. », "Perfecta para
mi última cena.", "Perfekt für meine Henkersmahlzeit."), or a goodbye in passing ("See you on the
other side.", "Goodnight forever.", "Tell my cat I'm sorry.", "Giving my stand mixer to my sister,
I won't need it."). They had been starred and quoted; too doubtful for a helpline, they get no
star and no quote.

Their twins stay warm: a loaf to get through the week, work, surgery cheered, a death-row joke, a
diet, exams, a new mixer, a move abroad, a last slice."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

GUARDED_ADVICE = "a reader at risk may write"

DOUBTFUL = [
    ("Brilliant post. I won't make it to Christmas.", "en"),
    ("Gorgeous. I'm not going to make it to the weekend.", "en"),
    ("Made this for my last meal. Perfect.", "en"),
    ("Perfect last meal.", "en"),
    ("Lovely bake. See you on the other side.", "en"),
    ("Beautiful crumb. I'm so tired. Goodnight forever.", "en"),
    ("Best recipe ever. Too bad it's my last.", "en"),
    ("Thanks for the recipe. Tell my cat I'm sorry.", "en"),
    ("Love the recipe! Giving my stand mixer to my sister, I won't need it.", "en"),
    ("Gorgeous loaf. Won't be needing the starter after this weekend.", "en"),
    ("Super recette. Pour mon dernier repas.", "fr"),
    ("Belle recette. Je ne passerai pas Noël.", "fr"),
    ("Merci. On se retrouve de l'autre côté.", "fr"),
    ("Perfecta para mi última cena.", "es"),
    ("Qué buena receta. No llegaré a Navidad.", "es"),
    ("Perfekt für meine Henkersmahlzeit.", "de"),
    ("Schönes Rezept. Weihnachten erlebe ich nicht mehr.", "de"),
    ("Perfetta per la mia ultima cena.", "it"),
    ("Bella ricetta. Non arriverò a Natale.", "it"),
    ("Perfeita para a minha última refeição.", "pt"),
    ("Linda receita. Não chego ao Natal.", "pt"),
]

WARM = [
    ("I won't make it to Christmas without eating all of these!", "en"),
    ("I'm not going to make it to the weekend without another loaf!", "en"),
    ("Work is mad, I won't make it to the weekend.", "en"),
    ("Perfect for my last meal before the diet starts!", "en"),
    ("Surgery tomorrow, see you on the other side!", "en"),
    ("See you on the other side of exams!", "en"),
    ("This would be my last meal on death row.", "en"),
    ("If I could choose my last meal, it'd be this.", "en"),
    ("Goodnight forever, sweet gluten. Keto starts tomorrow.", "en"),
    ("Tell my cat I love her treats too, she stole one lol", "en"),
    ("Giving my old mixer to my sister, I won't need it now that I have a new one!", "en"),
    ("Won't be needing the starter after this weekend, we're moving abroad.", "en"),
    ("Too bad it's my last slice!", "en"),
    ("Je ne passerai pas Noël chez ma mère cette année.", "fr"),
    ("On se retrouve de l'autre côté des examens !", "fr"),
    ("Die Henkersmahlzeit vor der Diät!", "de"),
    ("Perfekt für meine Henkersmahlzeit vor der Prüfung.", "de"),
    ("Non arriverò a Natale con questa dieta 😂", "it"),
    ("Não chego ao Natal sem engordar kkk", "pt"),
]


@pytest.mark.parametrize(("text", "language"), DOUBTFUL)
def test_a_date_not_seen_or_a_last_meal_is_read_again_not_starred(text, language):
    assert read_tone(text).guarded and not read_tone(text).crisis
    draft = draft_of(text, language)
    assert not draft.crisis and draft.gold_stars == 0 and draft.quote == ""
    assert GUARDED_ADVICE in draft.advice


@pytest.mark.parametrize(("text", "language"), WARM)
def test_a_diet_exams_surgery_cheered_or_a_death_row_joke_read_warm(text, language):
    assert_read_warm(text, language, thanked=True)
    assert not read_tone(text).guarded
