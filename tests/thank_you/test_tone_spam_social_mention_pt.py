"""A Portuguese or Italian reader who names a social network where they found the recipe ("Vi a
receita no Instagram e fiz hoje, ficou perfeita!") is no spammer: the model of words led spam
short of its threshold for the word "Instagram" alone, and the reader got no draft. A plug for
an account, a phone or a link beside the name stays spam."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Vi a receita no Instagram e fiz hoje, ficou perfeita!", "pt_BR"),
        ("Olá! Vi no Instagram e vim correndo.", "pt"),
    ],
)
def test_a_reader_who_found_the_recipe_on_a_social_network_is_no_spam(text, language):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label != "spam", tone.cues
    assert "Sam" in draft.text and not draft.advice.startswith("This reads as spam")


@pytest.mark.parametrize(
    "text",
    [
        "Segue meu insta @bolos_da_ju, tem receitas iguais",
        "Me chama no Instagram ou no zap 11 99999-9999 pra encomendas de bolo",
        "Vi no Instagram: ganhe seguidores grátis em www.seguidores-ja.com.br",
    ],
)
def test_a_plug_for_a_social_account_stays_spam(text):
    assert read_tone(text).label == "spam"
