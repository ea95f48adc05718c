"""Corrections and criticism, and the warm comments that share their words.

A civil correction is read as one; a husband's disappointment, a disagreement that the recipe is
hard (it is easy), a link found working or a suggestion asked kindly is no criticism of the post.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of


@pytest.mark.parametrize(
    ("text", "correction"),
    [
        ("The benchmark is flawed — you're timing the import too.", False),
        ("This is dangerous advice. Raw flour can carry E. coli, please add a warning.", False),
        ("Great tutorial but the link to part 2 is dead.", True),
    ],
)
def test_a_civil_correction_is_read_as_one(text, correction):
    read = read_tone(text)
    assert read.label == "critical" and read.correction == correction


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Quelle belle découverte ce blog ! Je m'abonne tout de suite.", "praise"),
        (
            "Je suis tombée sur ton blog par hasard, et je ne le lâche plus. Un vrai rayon de "
            "soleil.",
            "praise",
        ),
        ("Je crève d'envie de partir au Portugal après avoir lu ça.", "praise"),
        ("Une tuerie ce gâteau ! Je l'ai refait dimanche, tout le monde a adoré.", "praise"),
        (
            "Ta méthode pour les macarons, c'est de la bombe. Mes collègues n'en reviennent pas.",
            "praise",
        ),
        ("Trop mignon ce petit bonnet, je le tricote pour ma nièce !", "praise"),
        ("Tu as oublié de dire qu'il faut préchauffer le four. Sinon c'est nickel.", "critical"),
        ("Piccola correzione: nel passo 2 manca il sale.", "critical"),
        ("Klein foutje: in stap 2 moet het 180 graden zijn.", "critical"),
        ("Me despidieron ayer después de 10 años. Tu blog me da un poco de paz.", "grief"),
        ("¡Por fin buenas noticias! Mi padre está en remisión. Gracias por acompañarnos.", "grief"),
    ],
)
def test_warm_words_a_correction_or_a_hard_time_are_read_for_what_they_are(text, label):
    assert read_tone(text).label == label


def test_a_husband_s_disappointment_is_no_criticism_of_the_post():
    assert (
        draft_of("Ma sœur est venue hier et a tout mangé. Mon mari était un peu déçu.", "fr").tone
        != "critical"
    )


def test_a_suggestion_asked_kindly_stays_a_question():
    text = "Maybe next time add a photo of the crumb? Loved it."
    assert read_tone(text).label == "question"
    assert draft_of(text).quote == "Maybe next time add a photo of the crumb?"


# Taking the blogger's side against others, a correction already fixed, a joke "doesn't work".
NOT_CRITICAL = [
    "Non concordo con chi dice che è difficile, è facilissima!",
    "Ti sbagli, è ancora più buona il giorno dopo!",
    "Não estou de acordo com quem diz que é difícil, é facílimo!",
    "Errado: eu achava que era difícil, mas é facílimo!",
    "Isso não funciona... de tão bom que é, não sobra nada! 😂",
    "Il link è rotto? No, funziona, grazie mille!",
    "O link quebrado foi corrigido? Obrigada, agora funciona!",
    "Falta a quantidade de amor, que você coloca em tudo! 😍",
]


@pytest.mark.parametrize("text", NOT_CRITICAL)
def test_warm_comment_with_correction_words_is_not_critical(text: str) -> None:
    tone = read_tone(text, author="Sam")
    assert tone.label not in ("critical", "hostile") and not tone.correction, (text, tone.label)
