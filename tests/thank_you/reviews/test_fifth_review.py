"""What the day's last reviewer found, the day's own cues and older misses alike.

Readers at risk who had been starred or quoted ("Looked up painless ways to go last night.",
"Some nights I stand on the bridge on my way home and think about it."), grief in French that had
been starred, scorn that had been thanked on the author's hard day, and a trip or a flat phone
battery that had been sent a helpline.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of


@pytest.mark.parametrize(
    "text",
    [
        "Looked up painless ways to go last night. Your blog was open in the other tab.",
        "Non ce la faccio più, voglio solo farla finita.",
        "First comment here! I want it all to end, honestly. Everything is too much.",
        "Some nights I stand on the bridge on my way home and think about it.",
        "This was lovely but I won't be around to read the next one.",
        "Je ne serai plus là pour lire le prochain.",
        "Ya no le veo sentido a nada. Nadie notaría si desapareciera.",
        "I won't be around much longer. Thank you for everything.",
    ],
)
def test_a_reader_at_risk_is_heard(text):
    assert read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "I won't be around much longer, my visa runs out Friday! Thanks for the Berlin tips 😊",
        "I won't be here much longer, off to Australia on Monday! Loved this one.",
        "I don't think I'll be around much longer, the battery on my phone is at 2%. Loved it!",
        "I want everything to stop. The roadworks outside my window started at 7am. Lovely post.",
    ],
)
def test_a_trip_a_visa_or_a_flat_battery_gets_no_helpline(text):
    assert not read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "I've been in a dark place for months and this is the first thing that made me smile.",
        "Mon chien de 14 ans a dû être euthanasié hier. La maison est si silencieuse.",
        "Je viens d'avoir le diagnostic. Cancer, stade 3. Je m'accroche aux petites gentillesses.",
        "Premier Noël sans mon mari. Ton billet m'a fait sourire pour la première fois.",
        "L'enterrement c'était hier. J'ai lu ça à 3h du matin et ça m'a aidée à respirer.",
        "Aujourd'hui ma mère aurait eu 70 ans. Lire ça m'a un peu aidée.",
    ],
)
def test_grief_is_answered_quietly_with_no_star_and_no_quote(text):
    draft = draft_of(text, "fr" if "'" in text[:12] or "é" in text else "en")
    assert draft.tone == "grief" and draft.gold_stars == 0 and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        "Beautiful writing, as always. But honestly, you bring this on yourself.",
        "Thanks for wasting five minutes of my life. Really appreciate it.",
        "Brilliant, truly brilliant, another post with zero substance. Bravo. 👏",
        "Love how you make everything about yourself. Again.",
        "Great job making your sadness everyone's problem 👍",
        "Oh brilliant, another pity party. Cute.",
        "Wonderful, more self-pity. Can't wait for the next one.",
        "Oh great, kindness. Did you also discover water is wet?",
        "Yeah sure, because being nice fixes everything. So naive.",
        "Imagine thinking anyone wants to read about your feelings lmao",
        "Nice attention-seeking post. Amazing how you monetize everything.",
        "Merci de m'avoir fait perdre cinq minutes de ma vie. Vraiment.",
        "Bravo, vraiment bravo, encore un article sans aucun contenu. 👏",
        "C'est la guimauve la plus niaise que j'ai lue cette année.",
        "Tout le monde se fiche de ton chauffeur de bus. Trouve-toi un vrai travail.",
        "Génial, encore de l'apitoiement. Vivement le prochain.",
        "Trop bien, tu transformes ta tristesse en contenu. Chapeau.",
    ],
)
def test_scorn_is_never_starred_nor_quoted_and_gets_no_draft_on_a_hard_day(text):
    assert draft_of(text).tone == "hostile"
    assert draft_of(text, support=True).text == ""


@pytest.mark.parametrize(
    "text",
    [
        "Hugs. Though I have to say, milking your grief for clicks is pretty low.",
        "Cool story bro. Can't wait for the next one, said no one ever.",
        "Sending hugs. But honestly this is the third sob story this month, get some therapy.",
    ],
)
def test_comfort_before_the_scorn_does_not_excuse_it(text):
    assert draft_of(text, support=True).tone == "hostile"


def test_a_reader_s_own_good_news_congratulated_by_themselves_is_theirs():
    read = read_tone("Congrats to me, I finally finished chemo today! Your posts got me through.")
    assert read.label == "grief" and read.good_news


def test_a_follow_my_blog_plug_is_not_quoted_back():
    text = "Loved this! I write about kindness too, come follow my blog at kindlylisa.blogspot.com"
    assert "follow" not in draft_of(text).quote
