"""Cold scorn and sarcasm in French, as a reader writes it without a swear word: a mock « Bravo »,
a « Merci pour le rien », a pity read, « votre maman trouve ça très bien », slang (« boloss »,
« charlot »), on an ordinary post and on the author's hard day. These got a gold star and their
jab quoted back as what the post was missing (« Je note « Merci pour le rien » dans mon
carnet »), or the warm « Merci d'être là » on a hard day. Beside them, warm comments that share
their words (« quelle audace ce mélange, j'adore », « ma daronne a adoré ») stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

COLD_SCORN = [
    "Bravo, encore une recette de banana bread, quelle audace.",
    "Ah, encore un article qui n'apprend rien à personne. Merci pour le rien.",
    "Génial, un blog de plus qui recopie Marmiton. Chapeau l'artiste.",
    "Je suis sûre que votre maman trouve ça très bien.",
    "Ce blog c'est de la merde, sérieux.",
    "Vous écrivez comme vous cuisinez : sans saveur.",
    "Quelle originalité, une tarte aux pommes. On n'avait jamais vu ça.",
    "Merci pour ce condensé d'évidences. Prochain article : l'eau, ça mouille ?",
    "Je vous lis par pitié, je l'avoue.",
    "Le genre d'article qu'on écrit quand on n'a rien à dire.",
    "Comme d'habitude, beaucoup de mots pour pas grand-chose.",
    "Ta daronne cuisine mieux que toi, boloss",
    "Vas-y t'es trop un charlot, c'est une dinguerie de nullité",
    "Mdr t'as vraiment cru que c'était une bonne idée de poster ça ?",
    "Vous êtes charmant quand vous croyez savoir cuisiner.",
    "C'est mignon, ce petit effort. Continuez, un jour peut-être.",
    "J'ai perdu cinq minutes de ma vie. Merci.",
]

# Scorn for the author's hard day: no thanks for it.
SCORN_ON_A_HARD_DAY = [
    "Tu fais ça pour attirer l'attention, avoue.",
    "Ton chagrin est bien commode pour vendre tes livres.",
    "Pff, tout ce pathos. Sérieusement.",
    "Perso j'ai rien ressenti en lisant, c'est un peu surjoué non ?",
]

WARM_NEAR_MISSES = [
    "Bravo, quelle audace ce mélange chocolat-piment, j'adore !",
    "Quelle originalité ce pain au curry, bravo et merci !",
    "Ma maman trouve ta recette très bien, elle la refait tous les dimanches.",
    "Trop mignon ce petit pain en forme de hérisson !",
    "Ce pain est une dinguerie, t'es une masterclass !",
    "Ma daronne a adoré ta tarte, merci frérot !",
    "Beaucoup de mots ? Pas assez ! J'en redemande 😄",
    "Le genre d'article qu'on garde en favori, merci !",
    "Tu as vraiment eu une bonne idée de poster ça, merci !",
    "Je vous lis depuis des années, et je ne m'en lasse pas.",
    "On sent que vous aimez la cuisine, ça se voit à chaque photo !",
    "Pas grand-chose à ajouter : c'est parfait, merci !",
]


@pytest.mark.parametrize("text", COLD_SCORN)
def test_cold_scorn_in_french_is_neither_starred_nor_quoted(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.label == "hostile", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == "" and not draft.crisis


@pytest.mark.parametrize("text", SCORN_ON_A_HARD_DAY)
def test_scorn_for_a_hard_day_gets_no_thanks(text):
    tone, draft = read_tone(text, support=True), draft_of(text, "fr", support=True)
    assert tone.label == "hostile", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""
    assert "merci" not in draft.text.casefold()


@pytest.mark.parametrize("text", WARM_NEAR_MISSES)
def test_warm_comments_sharing_the_words_of_scorn_stay_warm(text):
    assert_read_warm(text, "fr", thanked=True)
