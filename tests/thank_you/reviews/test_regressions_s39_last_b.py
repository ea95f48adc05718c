"""Warm German, Italian and Portuguese comments that share words with the session's last cues.

The crisis matrix (suicide said of oneself, plans for tonight, self-harm again, deaths by suicide of
others) and the Italian/Portuguese basics (caring questions, jabs, last comments, disagreement,
corrections) read some everyday comments worse than before: "Ich will mich vor Lachen umbringen"
drafted a helpline, "Che genio, un'altra ricetta perfetta!" read as scorn, "Come stai? Io
benissimo!" lost its gold star. Each stays warm here; the cues' own cases still hold.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of


def draft(text: str, language: str, support: bool = False):
    return draft_of(text, language, support=support, number=1, title="A post", thread="t")


# Hyperbole, jokes and things that are not people: no helpline, on any post.
NOT_CRISIS = [
    ("it", "Sono suicida quando vedo quanto burro c'è, ma è divina!"),
    ("it", "Adesso mi uccido... di biscotti! Grazie per la ricetta!"),
    ("pt", "Quero me suicidar de tanto comer esse bolo kkkk"),
    ("pt", "Hoje à noite eu me mato... de comer essa lasanha!"),
    ("de", "Ich will mich nicht mehr umbringen mit Diäten, danke für das Rezept!"),
    ("de", "Ich will mich vor Lachen umbringen, so lustig!"),
    ("de", "Ich kann nicht mehr weiterleben ohne dieses Rezept 😂"),
]


@pytest.mark.parametrize("support", [False, True])
@pytest.mark.parametrize(("language", "text"), NOT_CRISIS)
def test_hyperbole_drafts_no_helpline(language: str, text: str, support: bool) -> None:
    tone = read_tone(text, author="Sam", support=support)
    assert not tone.crisis and not tone.danger_now, text
    assert not draft(text, language, support).crisis, text


# "Mein Opa hat sich umgebracht vor Lachen": laughter, a phone that froze; no loss.
NOT_LOSS = [
    "Mein Opa hat sich umgebracht vor Lachen, als er das las!",
    "Das Handy hat sich erhängt, aber das Rezept ist gespeichert!",
    "Si è impiccato il computer di nuovo 😂 ma ho salvato la ricetta!",
]


@pytest.mark.parametrize("text", NOT_LOSS)
def test_laughter_and_machines_are_no_loss(text: str) -> None:
    tone = read_tone(text, author="Sam")
    assert not tone.loss and tone.label != "grief", text


# A last comment "for today" / "of the year" / a social life given up: no guarded reading.
NOT_GUARDED = [
    "Questo è il mio ultimo commento per oggi, vado a cucinare! Grazie!",
    "Esse é o meu último comentário do ano, obrigada por tudo!",
    "Das ist mein letzter Kommentar für heute, gute Nacht!",
    "Mi tolgo la vita sociale per una settimana per cucinare tutte le tue ricette 😂",
]


@pytest.mark.parametrize("text", NOT_GUARDED)
def test_everyday_last_comment_is_not_guarded(text: str) -> None:
    tone = read_tone(text, author="Sam")
    assert not tone.guarded and not tone.crisis, text


# "Che genio, un'altra ricetta perfetta!": praise, not a jab.
PRAISE_NOT_JAB = [
    ("it", "Che genio, un'altra ricetta perfetta! Grazie!"),
    ("it", "Ma che originalità, un'altra ricetta meravigliosa! Grazie!"),
    ("pt", "Que originalidade, mais uma receita incrível!"),
]


@pytest.mark.parametrize(("language", "text"), PRAISE_NOT_JAB)
def test_praise_with_jab_words_stays_praise(language: str, text: str) -> None:
    tone = read_tone(text, author="Sam")
    assert tone.label == "praise", (text, tone.label)
    assert draft(text, language).gold_stars >= 1, text


# A reader who asks how the blogger is and then tells of their own good day.
NOT_CARING = [
    "Come stai? Io benissimo, la torta è venuta!",
    "Come stai? Io sto bene, grazie alla tua ricetta!",
    "Como você está? Eu estou ótima, o bolo ficou lindo!",
]


@pytest.mark.parametrize("text", NOT_CARING)
def test_how_are_you_then_own_good_news_is_not_caring(text: str) -> None:
    assert not read_tone(text, author="Sam").caring_question, text


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


# Near misses that stayed warm through the merges (pinned so they stay so).
WARM_NEAR_MISSES = [
    ("it", "Mi uccido dalle risate ogni volta che leggo i tuoi post!"),
    ("it", "Mi sono tagliata i capelli di nuovo, grazie per l'ispirazione!"),
    ("it", "Sono sul ponte di Rialto adesso, che vista!"),
    ("it", "Ho perso il treno ma ho letto il tuo post, bellissimo!"),
    ("it", "È mancata la corrente mentre cuocevo, ma è venuta buonissima!"),
    ("it", "Vorrei morire dalle risate, grazie!"),
    ("it", "Mi voglio ammazzare di risate con questi video!"),
    ("it", "Ho preso tutte le pillole di sale per la dieta, grazie dei consigli!"),
    ("it", "Stanotte mi uccido di lavoro per finire la torta, ma ne vale la pena!"),
    ("it", "Sono sul tetto del Duomo adesso, che panorama! Grazie per il consiglio!"),
    ("it", "Mi sono tagliata ancora, stavolta con la carta. Grazie per la ricetta!"),
    ("pt", "Me cortei de novo no papel 😂"),
    ("pt", "Perdi o ônibus mas li o seu post inteiro, lindo!"),
    ("pt", "Hoje à noite eu me mato de rir com a série, obrigada pela dica!"),
    ("pt", "Tomei todos os meus remédios e fiz o bolo, ficou ótimo!"),
    ("pt", "Ele se matou de rir com a sua história!"),
    ("pt", "Estou na ponte agora, indo pro trabalho, e lendo seu blog!"),
    ("pt", "Meu irmão se matou de estudar e passou! Obrigada pelas dicas!"),
    ("pt", "Que genial, mais uma receita deliciosa!"),
    ("de", "Ich hab mich wieder verliebt – in dieses Rezept!"),
    ("de", "Heute Nacht bringe ich mich um vor Lachen, danke!"),
    ("de", "Ich stehe gerade auf der Brücke in Prag, was für ein Blick!"),
    ("de", "Ich hab mich wieder geritzt am Papier, haha."),
    ("de", "Ich hab mich schon wieder geritzt an der Rosenhecke, aber die Marmelade ist toll!"),
    ("de", "Die Vitamintabletten nehme ich alle, danke für den Tipp!"),
    ("de", "Heute Nacht bringe ich mich um den Schlaf, weil ich dein Buch lese!"),
]


@pytest.mark.parametrize("support", [False, True])
@pytest.mark.parametrize(("language", "text"), WARM_NEAR_MISSES)
def test_warm_near_misses_stay_warm(language: str, text: str, support: bool) -> None:
    tone = read_tone(text, author="Sam", support=support)
    assert not tone.crisis and not tone.danger_now and not tone.loss, text
    assert tone.label not in ("hostile", "critical"), (text, tone.label)
    assert not draft(text, language, support).crisis, text


# The cues still read what they were written for.
@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Sono suicida.", "crisis"),
        ("quero me suicidar", "crisis"),
        ("Estou suicida.", "crisis"),
        ("Stanotte mi uccido.", "crisis"),
        ("Hoje à noite eu me mato.", "crisis"),
        ("ich will mich heute nacht umbringen", "crisis"),
        ("Ich werde mich bald umbringen.", "crisis"),
        ("Ich kann nicht mehr weiterleben.", "crisis"),
        ("Mein Bruder hat sich umgebracht.", "loss"),
        ("Mein Bruder hat sich letztes Jahr umgebracht.", "loss"),
        ("Mio fratello si è impiccato.", "loss"),
        ("Questo è il mio ultimo commento. Addio.", "guarded"),
        ("Das ist mein letzter Kommentar. Lebt wohl.", "guarded"),
        ("Come stai?", "caring_question"),
        ("Como você está?", "caring_question"),
        ("Il link è rotto.", "correction"),
        ("O link está quebrado.", "correction"),
    ],
)
def test_cues_still_read_their_own(text: str, flag: str) -> None:
    assert getattr(read_tone(text, author="Sam"), flag), text


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ma che genio, un'altra ricetta di pane.", "hostile"),
        ("Que originalidade, mais uma receita de pão de banana.", "hostile"),
        ("Non concordo.", "critical"),
        ("Ti sbagli.", "critical"),
        ("Não estou de acordo.", "critical"),
        ("Isso não funciona.", "critical"),
    ],
)
def test_jabs_and_disagreement_still_read(text: str, label: str) -> None:
    assert read_tone(text, author="Sam").label == label, text
