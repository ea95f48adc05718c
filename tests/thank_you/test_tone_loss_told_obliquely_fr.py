"""A loss told in passing under an everyday post, in French: « Les obsèques sont jeudi »,
« Premier Noël sans elle », « Maman aurait adoré ce pain. Elle le faisait tous les dimanches. »,
« Sa chaise est vide à table depuis septembre ». A death read as such got « Merci d'être là. J'ai
lu chaque mot, avec gratitude. Avec toute ma gratitude. » (the words for a reader who comforts
the author), and the others a gold star and their words quoted back. A dead oven (it had
condolences), a mother who loved the bread and a wife off to work with the cake stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

DEATHS_TOLD = [
    ("fr", "Les obsèques sont jeudi. Je relirai votre billet après."),
    ("fr", "On a dispersé ses cendres en Bretagne samedi. J'ai refait son pain ce matin."),
    ("en", "The funeral is Thursday. I will read your post after."),
]

LOSSES_IN_PASSING = [
    "Maman aurait adoré ce pain. Elle le faisait tous les dimanches.",
    "Sa chaise est vide à table depuis septembre.",
    "Ma femme est partie avec les enfants. Merci pour la recette.",
    "Tonton, ta recette de thiéboudienne m'a rappelé ma maman au pays, que Dieu l'accueille dans "
    "son paradis.",
]

# A hard time read as such, but not as the reader's own, got the lines for a reader who comforts.
HARD_TIMES_TOLD = [
    "Fausse couche la semaine dernière. Je n'arrive pas à en parler autour de moi.",
    "On m'a licencié hier après 15 ans. Je cuisine pour ne pas penser.",
    "Premier Noël sans elle. J'ai fait sa bûche avec votre recette.",
]

WARM_NEAR_MISSES = [
    "Maman a adoré ce pain, elle en redemande !",
    "Ma femme est partie au bureau avec la moitié du gâteau 😂 Merci pour la recette !",
    "Plus une chaise de libre à table quand j'ai sorti ta tarte, merci !",
    "Ma femme est partie avec les enfants au parc, j'en profite pour cuisiner !",
    # a dead oven had condolences
    "Mon four est mort, paix à son âme. Je recommencerai la semaine prochaine.",
    "Mon robot est mort, RIP. Je pétris à la main maintenant !",
]


@pytest.mark.parametrize(("language", "text"), DEATHS_TOLD)
def test_a_death_told_under_an_everyday_post_gets_condolences(language, text):
    draft = draft_of(text, language)
    assert read_tone(text).loss
    assert draft.gold_stars == 0 and draft.quote == ""
    said = draft.text.casefold()
    assert any(words in said for words in ("condoléances", "deuil", "sorry")), draft.text
    assert "gratitude" not in said and "grateful" not in said


@pytest.mark.parametrize("text", HARD_TIMES_TOLD)
def test_a_hard_time_told_under_an_everyday_post_is_not_thanked_as_comfort(text):
    said = draft_of(text, "fr").text.casefold()
    assert "gratitude" not in said and "merci d'être là" not in said, said
    # « Merci de m'avoir confié cela », « …de me l'avoir dit », « …quelque chose d'aussi personnel »
    assert any(words in said for words in ("confié", "l'avoir dit", "personnel")), said


@pytest.mark.parametrize("text", LOSSES_IN_PASSING)
def test_a_loss_told_in_passing_is_a_hard_time(text):
    assert_read_hard(text, "fr", "grief")


@pytest.mark.parametrize("text", WARM_NEAR_MISSES)
def test_warm_comments_sharing_the_words_of_a_loss_stay_warm(text):
    assert_read_warm(text, "fr", thanked=True)


@pytest.mark.parametrize("number", range(1, 41))
def test_a_quiet_french_reply_says_gratitude_once_at_most(number):
    # « J'ai lu chaque mot, avec gratitude. » sat above « Avec toute ma gratitude. »
    text = "J'ai pensé à toi en allumant une bougie hier soir."
    said = draft_of(text, "fr", support=True, number=number).text.casefold()
    assert said.count("gratitude") <= 1, said
