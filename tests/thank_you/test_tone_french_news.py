"""A French reader's own news of now is congratulated, as the English is (« Nous avons eu une petite
fille hier soir ! » had been quoted back with a star, « vont m'accompagner un bon moment »), and a
birth a death came with is a loss: « …mais elle n'a vécu que deux heures » had been quoted as
« exactement le genre de chose que j'espérais ». Near misses keep their warm reading."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

CONGRATULATIONS = "félicitations"


@pytest.mark.parametrize(
    "text",
    [
        "Nous avons eu une petite fille hier soir ! Merci pour la recette.",
        "Notre fils est né ce matin. Merci pour les plats à congeler !",
        "On s'est mariés samedi ! Ton gâteau était parfait.",
        "Je suis devenue mamie cette nuit !",
    ],
)
def test_french_news_of_now_is_congratulated(text):
    assert read_tone(text).good_news
    draft = draft_of(text, "fr")
    assert CONGRATULATIONS in draft.text.casefold() and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        "Je suis maman de trois enfants, et ce blog m'aide beaucoup.",
        "Je suis devenu papa il y a dix ans, et je cuisine toujours ta soupe.",
        "Nous avons eu une petite fille à dîner hier soir, elle a adoré ta tarte.",
        "On a eu un bébé chèvre hier, mdr. Super blog.",
        "Elle n'a vécu que deux ans à Lyon, mais elle adore ta tarte.",
        "Mon père n'a pas connu son petit-fils avant ses trois ans, il vivait au Canada.",
    ],
)
def test_french_news_not_of_now_or_not_a_birth_is_not_congratulated(text):
    assert not read_tone(text).good_news
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Nous avons eu une petite fille hier soir, mais elle n'a vécu que deux heures.",
        "Notre fils n'a vécu que trois jours.",
        "Mon bébé est né, mais mon père n'a pas connu son petit-fils.",
    ],
)
def test_a_french_birth_a_death_came_with_is_a_loss(text):
    assert_read_hard(text, "fr", "grief")
    assert read_tone(text).loss and not read_tone(text).good_news
