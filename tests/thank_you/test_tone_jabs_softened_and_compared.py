"""Jabs dressed as something milder, in six languages, had a gold star and were quoted back:

- a critique after "No offense, but" or before "Just saying." (« Sans vouloir vous vexer, ... »,
  "... Lo dico e basta.") is read critical, unless the comment praises warmly;
- "Did you even test this?" asked in French, Spanish, German, Italian or Portuguese is hostile, as
  in English; a real question about how it was tested stays a question;
- a relative's bake said to be better ("My grandma's is better, sorry."), "Enfin quelque chose de
  mangeable !" and "Just saying." alone are thanked, with no star and no quote;
- "I'm sure it's good for your level." and "Pretty good for someone who can't bake." are
  condescension, unless the reader says it of themselves."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

SOFTENED = [
    ("en", "No offense, but my grandma's is better."),
    ("en", "Your crumb is too tight. Just saying."),
    ("fr", "Sans vouloir vous vexer, la recette est trop compliquée."),
    ("fr", "La mie est trop serrée. Je dis ça, je dis rien."),
    ("es", "Sin ánimo de ofender, la de mi abuela es mejor."),
    ("es", "La miga está muy cerrada. Solo digo."),
    ("de", "Nichts für ungut, aber das Rezept ist viel zu kompliziert."),
    ("de", "Die Krume ist zu dicht. Ich sag ja nur."),
    ("it", "Senza offesa, ma la ricetta è troppo complicata."),
    ("it", "La mollica è troppo fitta. Lo dico e basta."),
    ("pt_BR", "Sem querer ofender, mas a receita é complicada demais."),
    ("pt_BR", "O miolo está muito fechado. Só estou dizendo."),
]

TESTED_AT_ALL = [
    ("fr", "Vous avez testé la recette au moins ?"),
    ("fr", "Vous avez seulement testé cette recette ?"),
    ("es", "¿Al menos probaste la receta?"),
    ("de", "Hast du das überhaupt getestet?"),
    ("it", "Ma l'hai almeno provata la ricetta?"),
    ("pt_BR", "Você pelo menos testou a receita?"),
]

CONDESCENSION = [
    ("en", "I'm sure it's good for your level."),
    ("en", "Pretty good for someone who can't bake."),
    ("fr", "Pas mal pour quelqu'un qui ne sait pas cuisiner."),
    ("es", "No está mal para alguien que no sabe cocinar."),
    ("de", "Nicht schlecht für jemanden, der nicht backen kann."),
    ("it", "Niente male per una che non sa cucinare."),
    ("pt_BR", "Nada mal para quem não sabe cozinhar."),
]

NOT_QUOTED = [
    ("en", "My grandma's is better, sorry."),
    ("fr", "Celle de ma grand-mère est meilleure, désolée."),
    ("es", "La de mi abuela es mejor, lo siento."),
    ("de", "Das von meiner Oma ist besser, sorry."),
    ("it", "Quella di mia nonna è meglio, scusa."),
    ("pt_BR", "A da minha avó é melhor, desculpa."),
    ("en", "You actually made something edible this time!"),
    ("fr", "Enfin quelque chose de mangeable !"),
    ("es", "Por fin algo comestible."),
    ("de", "Endlich mal was Essbares."),
    ("it", "Finalmente qualcosa di mangiabile."),
    ("fr", "Je dis ça, je dis rien."),
    ("it", "Lo dico e basta."),
]

WARM = [
    ("en", "No offense to my grandma, but yours is the best bread I've ever had!"),
    ("en", "No offense, but this beats my grandma's. Thank you, I love it!"),
    ("fr", "Je dis ça, mais j'adore ce blog !"),
    ("en", "Just saying thanks for the recipe!"),
    ("en", "My grandma's is better, but yours comes very close! Thank you."),
    ("en", "Finally something edible from my oven, thanks to you!"),
    ("en", "It's good for my level, thank you!"),
    ("en", "I can't bake at all. Not bad for someone who can't bake!"),
]

REAL_QUESTIONS = [
    ("en", "Did you test this with rye flour? I'm curious."),
    ("fr", "Vous avez testé la recette avec de la farine complète ?"),
    ("de", "Hast du das auch mit Dinkel getestet?"),
    ("es", "¿Probaste la receta con harina integral?"),
    ("it", "L'hai provata anche con la farina integrale?"),
    ("pt_BR", "Você testou a receita com farinha integral?"),
]


@pytest.mark.parametrize(("language", "text"), SOFTENED)
def test_a_critique_softened_by_no_offense_or_just_saying_is_critical(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label == "critical", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("language", "text"), TESTED_AT_ALL + CONDESCENSION)
def test_did_you_even_test_it_and_faint_praise_of_a_level_are_hostile(language, text):
    assert_read_hard(text, language, "hostile")


@pytest.mark.parametrize(("language", "text"), NOT_QUOTED)
def test_a_comparison_or_a_slight_is_thanked_without_star_or_quote(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label not in ("hostile", "spam", "grief"), tone.label
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("language", "text"), WARM)
def test_warm_comments_with_the_same_words_stay_warm_and_thanked(language, text):
    assert_read_warm(text, language, thanked=True)


@pytest.mark.parametrize(("language", "text"), REAL_QUESTIONS)
def test_a_real_question_about_testing_stays_a_question(language, text):
    assert read_tone(text).label == "question"
    assert not draft_of(text, language).advice
