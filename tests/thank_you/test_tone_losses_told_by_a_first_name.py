"""A loss told with a first name only ("We lost Rex on Sunday.", "Rex died on Sunday.", "Lily is
gone.", « Il y a un an, papa partait. ») is grief: a quiet reply, no gold star, no quote. A joke
about a thing by a name ("My starter Rex died lol") is no grief, and not quoted back either; nor is
someone missed ("I miss my mother every time I bake this"), which gets no star "for your first
comment". A match lost, a dog lost in the park and found, a goodbye at the airport stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

THINKING = "thinking about that line"

LOSSES = [
    ("en", "We lost Rex on Sunday."),
    ("en", "Rex died on Sunday."),
    ("en", "Lily is gone. Thank you for this post."),
    ("en", "We said goodbye to Bella this morning."),
    ("en", "Max left us this morning."),
    ("en", "Luna didn't make it."),
    ("en", "Rex passed last night."),
    ("fr", "Il y a un an, papa partait."),
    ("fr", "Nous avons perdu Filou hier."),
    ("fr", "Filou nous a quittés ce matin."),
    ("es", "Perdimos a Luna el domingo."),
    ("es", "Luna se nos fue anoche."),
    ("de", "Wir haben Rex am Sonntag verloren."),
    ("de", "Rex hat es nicht geschafft."),
    ("it", "Abbiamo perso Rex domenica."),
    ("it", "Rex ci ha lasciati stanotte."),
    ("pt_BR", "Perdemos o Thor ontem."),
    ("pt_BR", "Thor nos deixou esta manhã."),
]

# A thing or a joke: no grief, and no line quoted back as "thinking about that line all morning".
JOKES = [
    ("en", "Rex died on Sunday, my starter is gone lol"),
    ("en", "My starter Rex died lol"),
    ("en", "RIP Kevin the sourdough"),
    ("en", "Basil died on Sunday, my plant-killing streak goes on haha"),
]

# Someone missed: a tender memory, warm, but neither starred "for your first comment" nor quoted.
MISSED = [
    ("en", "I miss my mother every time I bake this."),
    ("es", "Extraño a mi madre cada vez que hago esto."),
    ("de", "Ich vermisse meine Mutter jedes Mal, wenn ich das backe."),
    ("it", "Mi manca mia madre ogni volta che faccio questa torta."),
    ("pt_BR", "Sinto falta da minha mãe sempre que faço esse bolo."),
]

NEAR_MISSES = [
    ("en", "We lost the match on Sunday"),
    ("en", "We lost Rex in the park for an hour, found him!"),
    ("en", "Said goodbye to Bella at the airport, see you in June!"),
    ("en", "Lily is gone for the weekend"),
    ("en", "I miss my mother's cooking, this comes close!"),
    ("en", "Dad left us the recipe"),
    ("en", "Kevin didn't make it to the party"),
    ("en", "Today we said goodbye to Luna, our foster kitten, who went to her forever home!"),
    ("en", "Winter is gone."),
    ("en", "Summer left us."),
    ("fr", "Filou est parti en vacances."),
    ("fr", "Papa partait au travail quand j'ai sorti le pain du four."),
    ("es", "Luna se fue a la playa."),
    ("de", "Wir haben das Spiel am Sonntag verloren."),
    ("de", "Der Link ist tot."),
    ("it", "Rex ci ha lasciati a bocca aperta con questa torta."),
    ("it", "Abbiamo perso la partita domenica."),
    ("pt_BR", "Thor partiu o bolo em oito."),
]


@pytest.mark.parametrize(("language", "text"), LOSSES)
def test_a_loss_told_with_a_first_name_is_grief(language, text):
    assert_read_hard(text, language, "grief")
    assert read_tone(text).loss


@pytest.mark.parametrize(("language", "text"), JOKES)
def test_a_thing_that_died_by_a_name_is_no_grief_and_not_quoted(language, text):
    assert_read_warm(text, language)
    draft = draft_of(text, language)
    assert draft.quote == "" and THINKING not in draft.text


@pytest.mark.parametrize(("language", "text"), MISSED)
def test_someone_missed_is_neither_starred_nor_quoted(language, text):
    assert_read_warm(text, language)
    draft = draft_of(text, language)
    assert draft.gold_stars == 0 and draft.quote == "" and draft.text


@pytest.mark.parametrize(("language", "text"), NEAR_MISSES)
def test_everyday_words_beside_a_name_stay_warm(language, text):
    assert_read_warm(text, language)


def test_a_mother_s_cooking_missed_is_warm_but_not_a_line_to_think_about_all_morning():
    text = "I miss my mother's cooking, this comes close!"
    assert_read_warm(text, "en")
    assert THINKING not in draft_of(text).text
