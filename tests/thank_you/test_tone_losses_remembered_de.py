"""German losses and hard times told the way a reader remembers or worries, which had been starred
and quoted back as a fine line („Du hast es so schön gesagt: „Seit Papa tot ist, …“"), or met
glad („Es freut mich so, „Ich habe meinen Job verloren …“ zu lesen"): a death said in a clause, the
birthday the dead would have had, the one missed, a job lost with no way on seen, weeks of
feeling empty, a cat missing for days. Their English twins ("Since Dad died", "Mum would have
been 70 today", "I miss my mum so much", "My cat has been missing") were read as hard times
already. Beside them, a mum away on holiday, a grandma who lives far off, a dead starter, a blog's
birthday, a birthday cake for a living dad, a cat home again and a dog at the groomer's stay
warm."""

import pytest

from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

HARD = [
    "Seit Papa tot ist, backe ich jeden Sonntag seinen Zopf.",
    "Nachdem meine Oma gestorben ist, habe ich ihre Rezepte abgeschrieben.",
    "Heute wäre Mama 70 geworden.",
    "Papa hätte heute Geburtstag gehabt.",
    "Ich vermisse meine Mama so sehr.",
    "Meine Oma hat mir dieses Rezept beigebracht. Sie fehlt mir so sehr.",
    "Ich habe meinen Job verloren und weiß nicht, wie es weitergeht.",
    "Ich fühle mich seit Wochen so leer und müde.",
    "Mein Kater ist seit drei Tagen verschwunden. Ich mache mir solche Sorgen.",
    "Mein Hund ist seit heute Morgen verschwunden, wir suchen überall.",
]
WARM = [
    "Ich vermisse meine Mama so sehr, sie ist noch zwei Wochen im Urlaub.",
    "Ich vermisse meine Oma, sie wohnt so weit weg.",
    "Seit mein Sauerteig tot ist, kaufe ich Brot.",
    "Heute wäre mein Blog 10 geworden!",
    "Heute wäre Mama fast vom Stuhl gefallen, so gut war das Brot!",
    "Papa hat heute Geburtstag, ich backe ihm diesen Kuchen!",
    "Sie fehlt mir so sehr, die Zeit am Meer 😄",
    "Ich habe meinen Job verloren und weiß nicht, wie glücklich ich jetzt bin 😂",
    "Mein Kater ist seit drei Tagen verschwunden, jetzt ist er zum Glück wieder da!",
    "Mein Hund ist seit zwei Stunden weg beim Hundefriseur 😂",
    "Ich fühle mich seit Wochen so fit wie nie!",
]


@pytest.mark.parametrize("text", HARD)
def test_a_loss_or_a_worry_is_met_quietly(text):
    assert_read_hard(text, "de", "grief")
    draft = draft_of(text, "de").text
    assert "so schön gesagt" not in draft and "freut mich" not in draft


@pytest.mark.parametrize("text", WARM)
def test_the_same_words_of_an_ordinary_day_stay_warm(text):
    assert_read_warm(text, "de")
