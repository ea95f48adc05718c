"""What a review of the French tone reader found (session 37), worst harm first: a reader who has
taken all their pills, written letters to everyone or types « jveux plus vivre » starred and
quoted back, and oblique words of a reader at risk (« Plus rien n'a de sens pour moi. », « Ce sera
mon dernier commentaire ici. ») starred.

Each case is pinned with its near misses: the same words in everyday use keep their warmth.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of


@pytest.mark.parametrize(
    "text",
    [
        "J'ai pris tous mes cachets ce soir.",
        "J'ai avalé toute la boîte de somnifères.",
        "J'ai écrit des lettres à tout le monde, c'est bientôt fini pour moi.",
        "chui a bout, jveux plus vivre",
        "j'veux plus me réveiller",
    ],
)
def test_a_reader_at_risk_is_heard_with_a_helpline(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.label == "grief" and tone.crisis, tone.cues
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Je ne vois plus l'intérêt de continuer.",
        "Plus rien n'a de sens pour moi.",
        "Ce sera mon dernier commentaire ici. Merci pour tout.",
        "Je donne toutes mes affaires, je n'en aurai plus besoin.",
    ],
)
def test_oblique_words_of_a_reader_at_risk_are_never_starred_nor_quoted(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.guarded or tone.crisis, tone
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "J'ai pris tous mes cachets ce matin comme d'habitude, et j'ai fait ta brioche !",
        "J'ai pris tous mes médicaments pour les vacances, merci pour la liste !",
        "J'ai écrit des lettres à tout le monde pour Noël, et j'ai joint ta recette !",
        "Je donne toutes mes affaires de bébé, merci pour l'idée du vide-grenier !",
        "Je ne vois plus l'intérêt de continuer ce régime, ta brioche m'a convaincue !",
        "Ce sera mon dernier commentaire avant les vacances, merci pour tout !",
        "Je vais me tuer à la tâche pour réussir ce levain mdr.",
    ],
)
def test_pills_letters_and_last_comments_in_everyday_use_stay_warm(text):
    assert_read_warm(text, "fr")
    assert not read_tone(text).guarded
