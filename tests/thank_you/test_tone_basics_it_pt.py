"""The tone reader's basics in Italian and Portuguese (Brazil and Portugal), read as the English
reader reads them: a loss, a caring question on a hard-day post, good news, a hard time long
over, a correction, disagreement and praise; and which sentence of a thank-you or a story is
quoted back. Each new cue has warm near misses that keep their reading."""

import pytest

from reply_drafts.quote import read_comment
from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of


def drafted(text, language, number=1):
    """Return the draft for *text*, comment *number* of Ana under an Italian bread post."""
    return draft_of(text, language, number=number, author="Ana", title="Pane di casa", thread="t")


@pytest.mark.parametrize(
    "text",
    [
        "Perdi a minha mãe em março. Ler isto ajudou muito.",
        "Perdi o meu pai no ano passado e este texto me fez chorar.",
        "Perdemos o nosso gato na semana passada.",
        "Ho perso mia madre a marzo. Leggerti mi ha aiutato.",
        "Abbiamo perso il nostro cane ieri.",
        "Mio papà è mancato la settimana scorsa.",
        "Mia mamma è mancata a marzo.",
    ],
)
def test_a_death_told_in_italian_or_portuguese_is_a_loss(text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.loss


@pytest.mark.parametrize(
    "text",
    [
        "Perdi o meu caderno de receitas.",
        "Perdi a minha avó de vista no shopping, kkk.",
        "Perdi o meu cachorro no parque mas já o encontrámos.",
        "Mia nonna è mancata tanto ai bambini quest'estate.",
        "Mio marito è mancato alla cena di ieri.",
    ],
)
def test_a_loss_that_is_no_death_is_no_loss(text):
    assert not read_tone(text).loss


@pytest.mark.parametrize(
    "text",
    [
        "Come stai?",
        "Come stai? Ti abbraccio.",
        "Come va?",
        "Hai bisogno di qualcosa?",
        "Posso fare qualcosa per te?",
        "Como você está? Mando um abraço.",
        "Como estás? Um beijinho.",
        "Está tudo bem contigo?",
        "Precisa de alguma coisa?",
    ],
)
def test_asking_after_the_author_on_a_hard_day_is_a_caring_question(text):
    assert read_tone(text, support=True).caring_question


@pytest.mark.parametrize(
    "text",
    [
        "Come stai? Posso usare il lievito secco?",
        "Come stai facendo il pane senza lievito?",
        "Come va il lievito madre?",
        "Como está o fermento natural?",
        "Como você está fazendo o pão sem fermento?",
        "Oi, tudo bem? Queria saber se posso usar fermento seco.",
        "Como vai? Posso congelar a massa?",
    ],
)
def test_a_question_about_the_bake_is_no_caring_question(text):
    tone = read_tone(text, support=True)
    assert tone.label == "question" and not tone.caring_question


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mia figlia è nata ieri notte!", "it"),
        ("È nato nostro figlio!", "it"),
        ("È nata la nostra bambina stamattina, 3 chili di gioia!", "it"),
        ("Ci siamo sposati sabato!", "it"),
        ("A minha filha nasceu ontem à noite!", "pt"),
        ("Nasceu o nosso bebê!", "pt"),
        ("Nos casamos no sábado!", "pt"),
    ],
)
def test_a_birth_or_a_wedding_is_congratulated(text, language):
    assert read_tone(text).good_news
    draft = drafted(text, language)
    assert not draft.quote
    assert ("Congratulazioni" in draft.text) if language == "it" else ("Parabéns" in draft.text)


@pytest.mark.parametrize(
    "text",
    [
        "Mia figlia è nata nel 1990 e adora questa torta.",
        "Mia figlia è nata prematura, a 28 settimane.",
        "Mio figlio è nato il giorno del tuo compleanno.",
        "Minha filha nasceu em 1995 e adora este bolo.",
        "Meu filho nasceu prematuro.",
        "A minha filha nasceu? Não, ainda não!",
    ],
)
def test_a_birth_not_announced_now_is_no_news(text):
    assert not read_tone(text).good_news


@pytest.mark.parametrize(
    "text",
    [
        "Ho avuto un tumore anni fa, ora sto bene.",
        "Ho avuto un tumore dieci anni fa, ora sto bene.",
        "Tive cancro há dez anos, hoje estou ótima.",
        "Tive câncer há anos, hoje estou bem.",
        "Tive câncer uns anos atrás e hoje estou ótima.",
        "Fui demitida há cinco anos e hoje tenho o meu negócio.",
    ],
)
def test_a_hard_time_long_over_is_behind(text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.behind
    draft = drafted(text, "it" if "anni" in text else "pt")
    assert "Mi dispiace che tu stia attraversando" not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        "Ho avuto un tumore anni fa ed è tornato quest'anno.",
        "Mia nonna ha avuto un tumore anni fa.",
        "Ho un tumore e sto facendo la chemio.",
        "Tive câncer há anos e voltou.",
        "Eu tenho depressão há anos.",
        "Estou com câncer e faço quimioterapia.",
    ],
)
def test_a_hard_time_now_or_someone_elses_is_not_behind(text):
    assert not read_tone(text).behind


@pytest.mark.parametrize(
    "text",
    [
        "O link está quebrado.",
        "o link está quebrado",
        "O link para a receita está quebrado.",
        "O link não funciona.",
        "O link da receita não abre.",
        "Il link è rotto.",
        "Il link alla ricetta sembra rotto.",
    ],
)
def test_a_broken_link_reported_is_a_correction(text):
    tone = read_tone(text)
    assert tone.label == "critical" and tone.correction


@pytest.mark.parametrize(
    "text",
    [
        "Non sono per niente d'accordo.",
        "Non sono daccordo.",
        "Non concordo.",
        "Dissento.",
        "Permettimi di dissentire.",
        "Non la penso così.",
        "Não estou nada de acordo.",
        "Não estou de acordo com a parte do fermento.",
        "Não é bem assim, a manteiga tem de estar fria.",
    ],
)
def test_disagreement_is_critical_and_not_starred(text):
    assert read_tone(text).label == "critical"
    assert drafted(text, "it" if "non" in text.lower() else "pt").gold_stars == 0


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Sigo o blog há anos e este é dos melhores posts.", "praise"),
        ("Ti seguo da anni e questo è uno dei post più belli.", "praise"),
        ("L'ho fatta ieri ed era buonissima.", "praise"),
        ("Fiz ontem e ficou uma delícia.", "praise"),
        ("Obrigada pelo link, vi também este: https://exemplo.com.br/receita", "praise"),
        ("Obrigado pelo link! Também achei este muito bom: https://outro.pt/pao", "praise"),
        ("Grazie per il link, ho trovato anche questo: https://esempio.it/ricetta", "praise"),
    ],
)
def test_warm_italian_and_portuguese_is_praise(text, label):
    assert read_tone(text).label == label


# Warm near misses of the new cues: agreement, praise and thanks keep their reading.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Non dissento affatto, anzi!", "neutral"),
        ("Concordo in pieno, bellissimo post.", "praise"),
        ("Não podia estar mais de acordo.", "neutral"),
        ("Não é bem assim que eu faço, mas adorei a ideia!", "praise"),
        ("Obrigada pelo link, é ótimo!", "praise"),
        ("Adorei o link que você partilhou, é perfeito.", "praise"),
        ("Grazie per il link, è bellissimo.", "praise"),
        ("Non la penso così male, anzi mi piace.", "neutral"),
    ],
)
def test_warm_near_misses_keep_their_reading(text, label):
    tone = read_tone(text)
    assert tone.label == label and not tone.correction


@pytest.mark.parametrize(
    "text",
    [
        "Obrigado pelo link, vi também este: https://casino-bonus.com/free-spins",
        "Obrigado pelo link, compre também este: https://loja.com.br/promo",
        "Grazie per il link. Visita anche il mio sito: https://seo-agency.it",
    ],
)
def test_a_link_with_a_spam_word_beside_thanks_is_still_spam(text):
    assert read_tone(text).label == "spam"


@pytest.mark.parametrize(
    "text",
    ["Não é dos melhores posts, sinceramente.", "Não ficou uma delícia, ficou seca."],
)
def test_praise_words_denied_are_no_praise(text):
    assert read_tone(text).label != "praise"


# A thank-you is said to anyone, a story is the reader's own: neither is quoted back as a fine
# thought ("l'hai detto meglio tu del mio post"); the story is what is quoted.
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Grazie per la ricetta, l'ho fatta domenica ed era buonissima.",
            "L'ho fatta domenica ed era buonissima",
        ),
        (
            "i miei figli si sono mangiati tutta la torta in dieci minuti!",
            "i miei figli si sono mangiati tutta la torta in dieci minuti!",
        ),
        (
            "Ciao! Ho provato la ricetta con farina di farro ed è venuta benissimo.",
            "Ho provato la ricetta con farina di farro ed è venuta benissimo",
        ),
        (
            "Obrigada pela receita, fiz no domingo e ficou uma delícia.",
            "Fiz no domingo e ficou uma delícia",
        ),
        ("Os meus filhos comeram o bolo todo em dez minutos!", None),
        ("Meus filhos devoraram o bolo em dez minutos!", None),
    ],
)
def test_a_thank_you_or_a_story_is_quoted_as_a_story(text, quote):
    reading = read_comment(text)
    assert reading.quote == (quote or text)
    assert reading.quote_story


@pytest.mark.parametrize(
    "text",
    [
        "Secondo me il segreto è il tempo di lievitazione.",
        "Acho que o segredo está no tempo de fermentação.",
    ],
)
def test_a_thought_is_still_quoted_as_a_thought(text):
    reading = read_comment(text)
    assert reading.quote and not reading.quote_story


def test_an_italian_story_is_not_told_it_was_better_said_than_the_post():
    for number in range(1, 21):
        text = "Grazie per la ricetta, l'ho fatta domenica ed era buonissima."
        draft = drafted(text, "it", number=number)
        assert "Grazie per la ricetta" not in draft.text
        assert "meglio tu del mio post" not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        "Mio nonno ci ha lasciati la settimana scorsa.",
        "Mio papà ci ha lasciati la notte di Natale.",
        "Ho perso il bambino a dodici settimane.",
        "Ho perso il bambino a 12 settimane.",
    ],
)
def test_more_italian_deaths_are_a_loss(text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.loss


@pytest.mark.parametrize(
    "text",
    [
        "Mio nonno ci ha lasciato la sua ricetta.",
        "Mia nonna ci ha lasciato la torta in frigo.",
        "Mia nonna ci ha lasciato la settimana scorsa la sua ricetta.",
        "Ho perso il bambino di vista.",
    ],
)
def test_what_an_elder_left_us_is_no_loss(text):
    assert not read_tone(text).loss


@pytest.mark.parametrize(
    "text",
    [
        "Sono diventata nonna stanotte!",
        "Virei avó hoje!",
    ],
)
def test_a_new_grandparent_is_congratulated(text):
    assert read_tone(text).good_news


@pytest.mark.parametrize(
    "text",
    ["Terminei a quimioterapia hoje!", "Ho finito la chemio oggi!"],
)
def test_the_end_of_chemo_is_good_news(text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.good_news


@pytest.mark.parametrize(
    "text",
    [
        "Sono diventata nonna tre anni fa e adoro cucinare coi nipoti.",
        "Terminei a quimio? Ainda não, faltam duas sessões.",
    ],
)
def test_joy_not_of_now_is_no_news(text):
    assert not read_tone(text).good_news


@pytest.mark.parametrize(
    "text",
    [
        "Credo ci sia un refuso: 500 g di sale?",
        "C'è un refuso nel titolo.",
        "Falta a quantidade de açúcar na receita.",
        "Nella ricetta mancano le uova.",
    ],
)
def test_a_typo_or_a_missing_amount_is_a_correction(text):
    tone = read_tone(text)
    assert tone.label == "critical" and tone.correction


@pytest.mark.parametrize(
    "text",
    [
        "Secondo me sbagli, il pane non va fatto così.",
        "Ti sbagli, il burro va freddo.",
    ],
)
def test_you_are_wrong_in_italian_is_critical(text):
    assert read_tone(text).label == "critical"


@pytest.mark.parametrize(
    "text",
    [
        "Che originalità, un'altra ricetta di banana bread.",
        "Que originalidade, mais uma receita de pão de banana.",
    ],
)
def test_so_original_another_recipe_is_a_jab(text):
    assert read_tone(text).label == "hostile"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Você é demais, sigo sempre.", "praise"),
        ("Sou fã do seu blog!", "praise"),
        ("Sono una tua fan!", "praise"),
        # near misses
        ("Non ti sbagli mai con le dosi, grazie!", "praise"),
        ("Che originalità! Adoro questo abbinamento.", "praise"),
        ("Que originalidade nesta receita, adorei!", "praise"),
        ("Não sou fã de pão integral, mas este ficou bom.", "neutral"),
        ("Falta o tempo para eu fazer tudo, kkk.", "neutral"),
        ("Mi mancano le tue ricette, torna presto!", "neutral"),
    ],
)
def test_more_warm_italian_and_portuguese(text, label):
    tone = read_tone(text)
    assert tone.label == label and not tone.correction


@pytest.mark.parametrize(
    "text",
    [
        "A minha avó fazia este pão todos os domingos.",
        "Mia nonna faceva il pane tutte le domeniche.",
    ],
)
def test_an_elders_ways_are_a_memory(text):
    reading = read_comment(text)
    assert reading.quote and reading.quote_memory


@pytest.mark.parametrize(
    "text",
    ["Mio marito è in ospedale da una settimana.", "Minha mãe está internada no hospital."],
)
def test_kin_in_hospital_is_a_hard_time(text):
    assert read_tone(text).label == "grief"


@pytest.mark.parametrize(
    "text",
    [
        "Mio marito è in ospedale di turno stanotte, quindi ceno da sola.",
        "Il mio primo pane era pieno di errori, questo è perfetto!",
        "Non sei un genio, ma la ricetta è buona.",
    ],
)
def test_near_misses_of_hospital_errors_and_genius(text):
    assert read_tone(text).label == "neutral"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Sei un genio!", "praise"),
        ("Você é um gênio!", "praise"),
        ("Non vedo l'ora di provarla.", "praise"),
        ("Mal posso esperar para fazer!", "praise"),
        ("Ciao, ti ho scoperta ieri, che bel blog.", "praise"),
        ("Questo articolo è pieno di errori.", "critical"),
        ("Este texto está cheio de erros.", "critical"),
    ],
)
def test_everyday_italian_and_portuguese_read_as_in_english(text, label):
    assert read_tone(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Estou desempregada há três meses.", "grief"),
        ("Sono disoccupata da un anno.", "grief"),
        ("Meu pai está na UTI.", "grief"),
        ("Mio padre è in terapia intensiva.", "grief"),
        ("Errado: o fermento natural não se faz assim.", "critical"),
        ("Isso não funciona, perdi todos os ingredientes.", "critical"),
        ("Nossa, que genial, mais uma receita de pão.", "hostile"),
        ("Ma che genio, un'altra ricetta di pane.", "hostile"),
        # near misses
        ("Não tem nada de errado, ficou ótimo!", "praise"),
        ("Que genial, adorei!", "praise"),
        ("Che genio, grazie!", "praise"),
        ("Isso não funciona sem fermento? Pergunto porque não tenho.", "question"),
    ],
)
def test_hard_times_jabs_and_complaints_in_portuguese_and_italian(text, label):
    assert read_tone(text).label == label


@pytest.mark.parametrize("text", ["Fiquei noiva!", "Mi sono fidanzata ieri!"])
def test_an_engagement_is_congratulated(text):
    assert read_tone(text).good_news
