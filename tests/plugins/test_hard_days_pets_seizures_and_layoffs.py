"""A post that tells of an old pet gone by its name alone (« Notre vieux Max est parti ce matin »,
"Our old boy Max left us this morning", in every language), of a first seizure ("Our daughter
had her first seizure last night", « sa première crise d'épilepsie ») or of a whole team let go
("The whole team was let go this morning", "Despidieron a todo el equipo") is a hard day: no
milestone, no badge, its stars read "I see you", and the friends' digest does not call it a
lovely read. Near misses stay warm: a dog gone to the kennel for the week, a mum gone to Spain,
a first seizure-free year, a team let go early for the holidays, killer brownies, dying laughing,
a late nan's lemon cake."""

import pytest

from plugins.comments.hard_days import read_opening
from reply_drafts.tone import read_tone
from tests.support.friends import assert_shared_quietly, assert_shared_warmly
from tests.support.hard_days import assert_no_party, assert_party, write_starred_posts

OLD_PETS = [
    ("Notre vieux Max est parti ce matin", "Il avait quinze ans."),
    ("Au revoir Max", "Notre vieux chien Max est parti ce matin, dans nos bras."),
    ("Max", "Notre vieille Minette est partie cette nuit."),
    ("Goodbye, old friend", "Our old boy Max left us this morning."),
    ("Max", "Our old Max left us this morning. He was fifteen."),
    ("Adiós, Max", "Nuestro viejo Max se nos fue esta mañana."),
    ("Abschied von Max", "Unser alter Max ist heute Morgen für immer eingeschlafen."),
    ("Ciao Max", "Il nostro vecchio Max se n'è andato stamattina."),
    ("Ciao Max", "Il nostro vecchio Max ci ha lasciati stamattina."),
    ("Adeus, Max", "O nosso velho Max partiu esta manhã."),
]
SEIZURES = [
    ("Scary night", "Our daughter had her first seizure last night."),
    ("A scary night", "First seizure last night. We're home now."),
    ("Une nuit difficile", "Notre fils a fait sa première crise d'épilepsie cette nuit."),
    ("Una noche de miedo", "Mi hija tuvo su primera convulsión anoche."),
    ("Eine lange Nacht", "Unser Sohn hatte letzte Nacht seinen ersten Krampfanfall."),
    ("Una notte lunga", "Mio figlio ha avuto la sua prima crisi epilettica stanotte."),
    ("Uma noite longa", "A minha filha teve a primeira convulsão ontem à noite."),
]
LAYOFFS = [
    ("Friday", "The whole team was let go this morning."),
    ("So that's it", "We were all let go this morning. The company is closing."),
    ("Despidos", "Hoy despidieron a todo el equipo."),
    ("Fine", "Ci hanno licenziati tutti stamattina."),
    ("Fim", "Fomos todos despedidos esta manhã."),
]
HARD_DAYS = OLD_PETS + SEIZURES + LAYOFFS
# near misses: the same words, no hard day
WARM = [
    ("Max is gone for the week", "Our dog Max is gone to the kennel for the week, so quiet!"),
    ("Mum's away", "My mum is gone for two weeks so I'm cooking for myself!"),
    ("Rascal", "Our cat is gone again, off hunting mice, the little rascal."),
    ("Toiletteur", "Notre vieux Max est parti ce matin chez le toiletteur. Il revient tout beau !"),
    ("Vacances", "Notre vieux Max est parti ce matin en vacances chez mamie."),
    ("Holiday", "Our old dog Max left this morning for his holiday with grandma."),
    ("Paseo", "Nuestro viejo Max se fue esta mañana de paseo con papá."),
    ("Schlafenszeit", "Unser Baby ist heute endlich früh eingeschlafen!"),
    ("Passeggiata", "Il nostro vecchio Max se n'è andato stamattina al parco con il nonno."),
    ("Passeio", "O nosso velho Max partiu esta manhã para a praia com o avô."),
    ("Vieux frigo", "Notre vieux frigo est parti ce matin. Vive le nouveau !"),
    ("One year!", "Our son's first seizure-free year! Party time."),
    ("Un an sans crise", "Un an sans crise d'épilepsie : on fête ça !"),
    ("Seizure of the century", "The police seizure of the stolen paintings made the news."),
    ("Holidays", "The whole team was let go early for the holidays!"),
    ("Let go of perfection", "I let go of perfect bread and the whole team loved it."),
    ("Fin de año", "Despedimos el año con una fiesta con todo el equipo."),
    ("Killer brownies", "These brownies are killer. My kids devoured them."),
    ("I died laughing at this fail", "My dog tried to catch a frisbee and I died laughing."),
    ("My late nan's lemon cake", "My late nan's lemon cake, zesty and easy."),
]


@pytest.mark.parametrize(("title", "text"), HARD_DAYS)
def test_an_old_pet_gone_a_first_seizure_or_a_team_let_go_is_a_hard_day(title, text):
    assert read_opening(title, "", text)


@pytest.mark.parametrize(("title", "text"), WARM)
def test_a_dog_at_the_kennel_a_seizure_free_year_or_a_team_off_early_stays_warm(title, text):
    assert read_opening(title, "", text) == ()


@pytest.mark.parametrize(("title", "text"), HARD_DAYS)
def test_the_digest_shares_a_friends_pet_seizure_or_layoff_quietly(title, text):
    assert_shared_quietly(title, text)


@pytest.mark.parametrize(("title", "text"), WARM)
def test_the_digest_shares_a_friends_kennel_week_warmly(title, text):
    assert_shared_warmly(title, text)


@pytest.mark.parametrize(
    "text",
    [
        "Our old boy Max left us this morning.",
        "Notre vieux Max est parti ce matin.",
        "Our daughter had her first seizure last night.",
        "The whole team was let go this morning.",
    ],
)
def test_a_comment_that_tells_the_same_reads_as_grief(text):
    assert read_tone(text, "Ann").label == "grief"


@pytest.mark.parametrize(
    "text",
    [
        "Our dog Max is gone to the kennel for the week, so I finally baked this! Thank you!",
        "Thank you! Our son's first seizure-free year and we baked this cake to celebrate.",
        "Great post! The whole team was let go early for the holidays, so I made these.",
    ],
)
def test_a_warm_comment_with_the_same_words_stays_warm(text):
    assert read_tone(text, "Ann").label != "grief"


POSTS = {
    "max": (*OLD_PETS[0], "fr"),
    "seizure": (*SEIZURES[0], "en"),
    "team": (*LAYOFFS[0], "en"),
    "kennel": (*WARM[0], "en"),
    "seizure-free": (*WARM[11], "en"),
}


def test_an_old_pet_gone_a_seizure_or_a_layoff_throws_no_party(tmp_path, site_builder):
    content = tmp_path / "content"
    write_starred_posts(content, POSTS)
    result = site_builder(content)
    for slug in ("max", "seizure", "team"):
        # was "25 stars from readers: thank you!" and "Readers’ favourite" beside Agnès
        assert_no_party(result, slug, POSTS[slug][2])
    # near misses: a dog at the kennel for the week, a seizure-free year celebrate
    for slug in ("kennel", "seizure-free"):
        assert_party(result, slug)
