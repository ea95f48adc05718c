"""Readers at risk who say it in a short line beside praise or thanks, in English, French, Spanish,
German, Italian and Portuguese: their family better off without them ("Belle brioche. Ma famille
sera mieux sans moi.", "Mi familia estará mejor sin mí."), a wish not to exist, which get the
helpline; and what is too doubtful for a helpline but must not be starred nor quoted: the recipe
not needed after Friday ("Great recipe. I won't need it after Friday.", « Je n'en aurai plus besoin
après vendredi. »), ready to go after thanks for everything, a plan and a calm, blog posts that
kept them alive then a goodbye, a last bake with thanks, "Won't be around to see how it turns
out", "They'll be okay without me". Each had been starred and quoted.

Their twins stay warm: exams, a trip, a move, a diet, a spa weekend, a joke about the kitchen, a
video game, a dough "killing me"."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

GUARDED_ADVICE = "a reader at risk may write"

AT_RISK = [
    ("Lovely. I wish I could just not exist.", "en"),
    ("Belle brioche. Ma famille sera mieux sans moi.", "fr"),
    ("Mi familia estará mejor sin mí. Rico pan.", "es"),
    ("Meine Familie ist ohne mich besser dran.", "de"),
    ("La mia famiglia starà meglio senza di me.", "it"),
    ("Minha família vai ficar melhor sem mim.", "pt"),
]

DOUBTFUL = [
    ("Great post. Won't be around to see how it turns out.", "en"),
    ("Great recipe, shame I won't be here to enjoy it.", "en"),
    ("Baked this one last time for my kids. They'll be okay without me.", "en"),
    ("Thanks for everything. I'm ready to go now.", "en"),
    ("Great bread. I have a plan now and I feel calm.", "en"),
    ("Your posts kept me alive this year. Goodbye.", "en"),
    ("Last bake before I go. Thanks for everything.", "en"),
    ("Super recette. Je n'en aurai plus besoin après vendredi.", "fr"),
    ("Merci pour tout. Je suis prête à partir maintenant.", "fr"),
    ("J'ai un plan maintenant et je me sens calme.", "fr"),
    ("Dernière fournée avant de partir. Merci pour tout.", "fr"),
    ("Belle recette. Ce soir je me jette !", "fr"),
    ("Gran receta. No la voy a necesitar después del viernes.", "es"),
    ("Gracias por todo. Ya estoy lista para irme.", "es"),
    ("Ya tengo un plan y me siento tranquila.", "es"),
    ("Esta es mi última receta. Gracias por todo.", "es"),
    ("Tus recetas me mantuvieron viva este año. Adiós.", "es"),
    ("Tolles Rezept. Nach Freitag brauche ich es nicht mehr.", "de"),
    ("Danke für alles. Ich bin bereit zu gehen.", "de"),
    ("Ich habe jetzt einen Plan und bin ganz ruhig.", "de"),
    ("Das letzte Brot, das ich backe. Danke für alles.", "de"),
    ("Ottima ricetta. Dopo venerdì non mi servirà più.", "it"),
    ("Grazie di tutto. Sono pronta ad andare.", "it"),
    ("Ho un piano adesso e mi sento calma.", "it"),
    ("Ultima torta prima di andarmene. Grazie di tutto.", "it"),
    ("Ótima receita. Não vou precisar depois de sexta.", "pt"),
    ("Obrigada por tudo. Estou pronta para ir.", "pt"),
    ("Já tenho um plano e me sinto calma.", "pt"),
    ("Hoje à noite eu me jogo.", "pt"),
]

WARM = [
    ("Great post. Won't be around to see how it turns out, off to Spain tomorrow!", "en"),
    ("Shame I won't be here to enjoy it, we're at my mum's all week.", "en"),
    ("The kids will be fine without me for a weekend.", "en"),
    ("My starter is bubbling. I'm ready to go!", "en"),
    ("Thanks for everything! I'm ready to go now, oven preheated.", "en"),
    ("I have a plan now and I feel calm about the wedding cake.", "en"),
    ("Your recipes kept me going through exams. Bye!", "en"),
    ("I burnt the cake in front of my in-laws, I wish I could just not exist 😂", "en"),
    ("Last bake before I go on holiday!", "en"),
    ("Great recipe. I won't need it after Friday, the diet ends.", "en"),
    ("Great recipe. I won't need it after Friday, moving house!", "en"),
    ("This dough is killing me, but worth it!", "en"),
    ("This boss level is killing me. Baking instead.", "en"),
    ("Super recette. Je n'en aurai plus besoin après vendredi, fin des partiels !", "fr"),
    ("Je n'en aurai plus besoin après vendredi, on déménage !", "fr"),
    ("Merci pour tout ! Je suis prête à partir maintenant, valises bouclées.", "fr"),
    ("Ce soir je me jette à l'eau et je fais ta brioche !", "fr"),
    ("Ma famille sera mieux sans moi ce week-end, je vais au spa.", "fr"),
    ("Les enfants sont mieux sans moi dans la cuisine 😂", "fr"),
    ("Dernière fournée avant de partir en vacances. Merci pour tout !", "fr"),
    ("J'ai un plan maintenant et je me sens calme pour le concours.", "fr"),
    ("Gracias por todo. Ya estoy lista para irme de vacaciones.", "es"),
    ("Mi familia está mejor sin mí en la cocina, quemo todo jaja", "es"),
    ("Esta es mi última receta del año. Gracias por todo.", "es"),
    ("Ya tengo un plan y me siento tranquila para el examen.", "es"),
    ("Nach Freitag brauche ich es nicht mehr, dann ist die Prüfung vorbei.", "de"),
    ("Danke für alles. Ich bin bereit zu gehen, der Urlaub ruft!", "de"),
    ("Meine Kinder sind ohne mich besser dran beim Backen 😂", "de"),
    ("Das ist mein letztes Rezept vor dem Urlaub. Danke für alles!", "de"),
    ("Dopo venerdì non mi servirà più, finisco la dieta!", "it"),
    ("Grazie di tutto! Sono pronta ad andare in vacanza.", "it"),
    ("I miei figli stanno meglio senza di me in cucina 😂", "it"),
    ("Stasera mi butto nel videogioco, questo livello mi uccide.", "it"),
    ("Não vou precisar depois de sexta, acabam as provas!", "pt"),
    ("Obrigada por tudo! Estou pronta para ir viajar.", "pt"),
    ("Hoje à noite eu me jogo na balada!", "pt"),
    ("Hoje eu me jogo nessa receita!", "pt"),
    ("Essa massa está me matando kkk", "pt"),
]


@pytest.mark.parametrize(("text", "language"), AT_RISK)
def test_family_better_off_without_me_beside_praise_gets_the_helpline(text, language):
    assert read_tone(text).crisis
    draft = draft_of(text, language)
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("text", "language"), DOUBTFUL)
def test_an_oblique_farewell_beside_praise_is_read_again_not_starred(text, language):
    assert read_tone(text).guarded and not read_tone(text).crisis
    draft = draft_of(text, language)
    assert not draft.crisis and draft.gold_stars == 0 and draft.quote == ""
    assert GUARDED_ADVICE in draft.advice


@pytest.mark.parametrize(("text", "language"), WARM)
def test_exams_trips_moves_diets_and_jokes_read_warm(text, language):
    assert_read_warm(text, language, thanked=True)
    assert not read_tone(text).guarded
