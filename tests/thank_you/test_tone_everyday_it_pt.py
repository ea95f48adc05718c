"""Everyday Italian and Portuguese (Brazil and Portugal) comments, read as a native-speaking author
would: a reader at risk who says it plainly but with a time word ("Ho pensato di farla finita
stanotte.", "Ontem à noite eu queria me matar"), a death told the way people tell it (« Mio padre
non c'è più », « è venuto a mancare papà », "missa de sétimo dia", "velório", "nos deixou em
novembro"), an insult or a jab ("Legalzinho, pra um blog amador.", « Sei proprio un incapace »),
a wasted afternoon that is no bereavement ("perdi meu tempo") and a money pitch with a thousands
separator ("Ganhe R$ 5.000 por mês"); all of which had been starred, quoted or read as a loss.
Each reading has warm near misses, jokes and baking disasters that share its words."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ho pensato di farla finita stanotte.", "it"),
        ("Ieri sera volevo ammazzarmi, oggi va un po' meglio.", "it"),
        ("Pensei em acabar com tudo essa noite.", "pt"),
        ("Ontem à noite eu queria me matar, hoje está um pouco melhor.", "pt_BR"),
    ],
)
def test_a_reader_at_risk_gets_the_helpline_and_no_star(text, language):
    draft = draft_of(text, language)
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""
    assert draft_of(text, language, support=True).crisis


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ho bruciato la torta, volevo ammazzarmi dal ridere.", "it"),
        ("Ho pensato di farla finita con le diete stanotte, poi ho visto questa torta!", "it"),
        ("Pensei em acabar com tudo que sobrou do bolo, de tão bom!", "pt"),
        ("Queria me matar de rir com a história do forno.", "pt_BR"),
        ("Questa torta è così buona che potrei morire, ahah.", "it"),
    ],
)
def test_jokes_and_bakes_that_share_the_words_stay_warm(text, language):
    assert_read_warm(text, language)
    assert not draft_of(text, language).crisis


@pytest.mark.parametrize(
    "text, language",
    [
        ("Mio padre non c'è più, faceva questo pane ogni domenica.", "it"),
        ("Mio padre non c'è più da un mese, facevamo questo pane insieme.", "it"),
        ("Da quando è venuto a mancare papà, il sabato è vuoto.", "it"),
        ("Fiz esse bolo pra missa de sétimo dia da minha avó.", "pt_BR"),
        ("Meu avô nos deixou em novembro. Fazia esse bolo todo domingo.", "pt"),
        ("Amanhã é o velório da minha tia, vou levar esse bolo.", "pt_BR"),
        ("Oggi è un anno dalla morte di mio marito. Leggerti mi ha fatto bene.", "it"),
        ("Faz um ano da morte do meu pai, e hoje fiz o bolo dele.", "pt"),
        ("Dopo la veglia funebre avevamo bisogno di qualcosa di caldo.", "it"),
        ("È il primo Natale senza di lui. Farò il suo pane.", "it"),
        ("É o primeiro Natal sem ela. Vou fazer o pão dela.", "pt_BR"),
    ],
)
def test_a_death_told_the_everyday_way_is_a_loss(text, language):
    assert_read_hard(text, language, "grief")
    assert read_tone(text).loss


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Mio figlio non c'è più a cena la domenica, studia a Bologna: questa torta lo riporta!",
            "it",
        ),
        ("Il mio pane non c'è più: l'hanno finito in dieci minuti!", "it"),
        ("Mia sorella è venuta a mancare alla cena, ma la torta l'abbiamo finita noi!", "it"),
        ("Meu filho nos deixou sem bolo, comeu tudo kkk", "pt_BR"),
        ("Meu marido nos deixou em casa e foi buscar mais farinha, adorei a receita!", "pt"),
        ("A festa parecia um velório até esse bolo chegar, kkkk", "pt_BR"),
        ("Il primo Natale senza glutine, grazie a te!", "it"),
        ("Primeiro Natal sem açúcar aqui em casa, e essa receita salvou!", "pt_BR"),
        ("Mio marito ha detto che morirebbe per questa torta ahah", "it"),
        ("Una morte dolce: tre fette di torta!", "it"),
    ],
)
def test_near_misses_of_the_everyday_loss_stay_warm(text, language):
    assert_read_warm(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Legalzinho, pra um blog amador.", "pt_BR"),
        ("Que texto ridículo, você é uma piada.", "pt_BR"),
        ("Ma chi ti legge? Sei proprio un incapace.", "it"),
        ("Che pagliacciata, fai pena.", "it"),
        ("Kkkkkk que post mais fraco", "pt_BR"),
        ("Vai aprender a cozinhar antes de postar.", "pt_BR"),
        ("Nossa, que original, mais uma receita de bolo de cenoura. Parabéns, hein.", "pt_BR"),
        ("Que receita horrível, perdi meu tempo.", "pt_BR"),
        ("Bravo bravo, proprio un genio... come no.", "it"),
        ("Ah, bellissimo, un'altra ricetta copiata da Giallo Zafferano. Complimenti.", "it"),
    ],
)
def test_an_insult_or_a_jab_gets_no_star_and_no_quote(text, language):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label == "hostile", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text, language",
    [
        ("Legalzinho esse bolo de caneca, pra quem é amador como eu ficou perfeito!", "pt_BR"),
        ("Meu marido diz que sou uma piada na cozinha kkk, mas esse bolo deu certo!", "pt_BR"),
        ("Io sono un incapace in cucina, eppure questa torta mi è venuta benissimo!", "it"),
        ("Il mio pane fa pena rispetto al tuo, che meraviglia!", "it"),
        ("O meu fermento estava fraco, mas o bolo ficou lindo!", "pt"),
        ("Minha mãe dizia: vai aprender a cozinhar antes de casar kkk. Aprendi aqui!", "pt_BR"),
        (
            "Nossa, que original, mais uma receita de bolo de cenoura e essa ficou incrível!",
            "pt_BR",
        ),
        ("Nunca perdi meu tempo com receitas difíceis, essa é perfeita!", "pt_BR"),
        ("La rifarei? Come no!", "it"),
        ("Ho copiato la ricetta sul mio quaderno, buonissima!", "it"),
    ],
)
def test_near_misses_of_the_jabs_stay_warm(text, language):
    assert_read_warm(text, language)


def test_a_wasted_afternoon_is_no_bereavement():
    text = "Que receita horrível, perdi meu tempo."
    tone, draft = read_tone(text), draft_of(text, "pt_BR")
    assert tone.label != "grief" and not tone.loss, (tone.label, tone.cues)
    assert "sinto muito" not in draft.text.casefold()
    assert draft.gold_stars == 0 and draft.quote == ""


def test_a_lost_pet_told_with_the_same_words_is_still_a_hard_time():
    assert read_tone("Perdi meu cachorro ontem, ele tinha 15 anos.").label == "grief"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ganhe R$ 5.000 por mês trabalhando em casa! Acesse www.dinheiro-facil.com.br", "pt_BR"),
        ("Guadagna 500 euro al giorno da casa!", "it"),
        ("Ganhe 3.000 reais por mês trabalhando de casa!", "pt_BR"),
    ],
)
def test_a_money_pitch_is_spam_with_or_without_a_link(text, language):
    assert read_tone(text).label == "spam"
    assert draft_of(text, language).text == ""


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ganhe tempo: faça a massa no dia anterior, ficou ótima!", "pt_BR"),
        ("Con questa ricetta risparmio 50 euro al mese, grazie!", "it"),
    ],
)
def test_money_and_time_saved_by_a_reader_are_no_spam(text, language):
    assert_read_warm(text, language)
    assert read_tone(text).label != "spam"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Che buona questa torta, l'ho rifatta subito!", "it"),
        ("L'ho provata ieri sera, a casa è piaciuta a tutti.", "it"),
        ("Adorei a receita, ficou perfeita!", "pt_BR"),
        ("Fiz a receita e correu lindamente, obrigada pela partilha!", "pt"),
    ],
)
def test_the_most_common_comment_gets_a_warm_starred_draft_in_its_language(text, language):
    assert_read_warm(text, language, thanked=True)
    draft = draft_of(text, language)
    assert draft.gold_stars == 1
    words = set(draft.text.casefold().replace(",", " ").replace(".", " ").split())
    assert not words & {"the", "thanks", "thank", "you", "and", "your", "star"}
