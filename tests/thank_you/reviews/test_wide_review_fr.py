"""What a wide review found in French (and the English twin of one): a funeral or a first Christmas
without « maman » starred and quoted, « On vient de m'annoncer un cancer » in the notebook, insults
starred, a home lost in a fire and a divorce cheered, and the tone model's lead alone, carried by
the spelling of accented words, holding « Votre écriture m'apaise. » as harsh.

Each case is pinned with its near misses: the same words in everyday use keep their warmth.
"""

import pytest

from reply_drafts.grief import fold
from reply_drafts.tone import features, read_tone
from reply_drafts.tone_model import decide, load_model, scores, unspelled_scores
from tests.support.drafts import draft_of


def assert_quiet(text: str, language: str = "fr") -> None:
    """Grief: a quiet reply, no gold star, nothing quoted back."""
    tone = read_tone(text)
    draft = draft_of(text, language)
    assert tone.label == "grief", (text, tone)
    assert draft.tone == "grief" and draft.gold_stars == 0 and not draft.quote, draft
    assert "étoile" not in draft.text and "carnet" not in draft.text


def assert_warm_or_plain(text: str, language: str = "fr") -> str:
    """Neither grief nor scorn: the everyday use of the words keeps its reply."""
    label = read_tone(text).label
    assert label in ("praise", "neutral", "question"), (text, label)
    assert draft_of(text, language).text
    return label


@pytest.mark.parametrize(
    "text",
    [
        "L'enterrement de maman était mardi. J'ai fait votre gâteau au citron pour l'après.",
        "L'enterrement de papa était lundi.",
        "L'enterrement de papi Jo était beau, merci pour vos mots.",
        "Premier Noël sans papa. J'ai fait sa farce avec votre recette.",
        "Premier Noël sans maman.",
        "Premier anniversaire sans mamie.",
        "Deuxième Noël sans papa, et toujours sa bûche.",
    ],
)
def test_a_funeral_or_a_first_christmas_without_maman_is_heard(text):
    assert_quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "C'est la recette de maman, elle la faisait tous les dimanches.",
        "Le gâteau d'anniversaire de papa était un succès grâce à vous !",
        "L'enterrement de vie de jeune fille de ma sœur était génial, vos cupcakes ont fait "
        "sensation.",
        "Premier Noël sans gluten, et votre bûche a sauvé le repas !",
    ],
)
def test_maman_papa_and_a_hen_party_keep_their_warmth(text):
    assert_warm_or_plain(text)


def test_a_cancer_just_told_is_heard_not_written_in_the_notebook():
    assert_quiet("On vient de m'annoncer un cancer. Lire votre blog m'aide un peu.")
    assert_quiet("On m'a diagnostiqué une leucémie en mars. Vos recettes me tiennent compagnie.")


@pytest.mark.parametrize(
    "text",
    [
        "Mon signe ? Cancer, évidemment 😄",
        "On vient de m'annoncer une promotion, je fête ça avec votre tarte !",
        "Le médecin m'a annoncé que tout allait bien, ouf !",
        "On m'a annoncé une bonne nouvelle : je suis enceinte !",
    ],
)
def test_a_star_sign_a_promotion_and_good_news_are_no_illness(text):
    assert_warm_or_plain(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vous êtes vraiment incompétent.",
        "Tu es complètement incompétente, arrête d'écrire des tutos.",
        "C'est le truc le plus débile que j'ai lu cette semaine.",
        "Pas mal pour quelqu'un qui ne sait visiblement pas cuisiner.",
        "Quel ramassis de bêtises.",
    ],
)
def test_a_french_insult_gets_no_star_and_no_quote(text):
    tone = read_tone(text)
    draft = draft_of(text, "fr")
    assert tone.label == "hostile" and tone.cues, (text, tone)
    assert draft.gold_stars == 0 and not draft.quote and "étoile" not in draft.text
    assert "merci" not in draft.text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Vous êtes vraiment doué.",
        "Le service client était vraiment incompétent, mais votre tuto m'a sauvé.",
        "Je suis incompétent en cuisine, mais grâce à vous j'ai réussi !",
        "Le truc le plus débile que j'ai fait : oublier le sucre 😂",
        "Pas mal pour quelqu'un qui n'avait jamais fait de pain, merci !",
    ],
)
def test_praise_a_bad_help_desk_and_self_mockery_are_no_insult(text):
    assert_warm_or_plain(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On a perdu la maison dans un incendie la semaine dernière, mais tout le monde va "
            "bien.",
            "fr",
        ),
        ("En plein divorce, ce billet sur les petites gentillesses m'a touchée.", "fr"),
        ("We lost the house in the fire last week but we're all safe.", "en"),
        ("We lost our home to a flood in March. Reading this helped.", "en"),
    ],
)
def test_a_home_lost_in_a_fire_or_a_divorce_is_not_cheered(text, language):
    assert_quiet(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On a perdu la clé de la maison dans le jardin, fou rire assuré.", "fr"),
        ("On a perdu le match mais on a gagné au barbecue grâce à votre marinade !", "fr"),
        ("We lost the house keys in the snow, found them in April lol", "en"),
        ("I lost the house to my brother at Monopoly again 😂", "en"),
    ],
)
def test_lost_keys_a_match_or_monopoly_are_no_loss(text, language):
    assert_warm_or_plain(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Je vous écris depuis le service de pédiatrie, ma fille dort. Votre blog m'aide à tenir.",
        "Je fais des crises d'angoisse toute la semaine. Votre écriture m'apaise.",
    ],
)
def test_a_parent_on_a_childrens_ward_or_anxiety_attacks_are_heard(text):
    assert_quiet(text)


def test_writing_that_soothes_is_praise_not_scorn():
    # Read as hostile (0.32, no threshold reached, no mark) and held as harsh at the door.
    tone = read_tone("Votre écriture m'apaise.")
    assert tone.label == "praise" and tone.cues == ("m'apaise",)
    assert draft_of("Votre écriture m'apaise.", "fr").text
    assert read_tone("Ce billet ne m'apaise pas du tout, il est faux.").label != "praise"


@pytest.mark.parametrize(
    "text",
    [
        "Je suis infirmière en pédiatrie et je lis votre blog pendant mes pauses.",
        "Passe voir le marché de Noël de Colmar, c'est magique.",
        "Je travaille dans le service de pédiatrie et vos recettes font le bonheur des collègues.",
        "Cette tartine m'aide à tenir jusqu'au dîner, merci !",
        "Votre planning m'aide à tenir mes résolutions.",
        "J'ai fait une crise d'angoisse en voyant le prix du beurre 😂",
        "Mon chat fait des crises de jalousie quand je cuisine 😂",
    ],
)
def test_a_nurse_a_christmas_market_and_a_snack_are_not_held_nor_grieved(text):
    assert_warm_or_plain(text)


@pytest.mark.parametrize(
    "text",
    [
        "Votre écriture me fait du bien.",
        "Je vous écris depuis Lyon.",
        "J'écris depuis la gare, votre billet m'a fait du bien.",  # elided: « j'écris »
    ],
)
def test_a_lead_given_by_spelling_alone_does_not_silence_a_comment(text):
    # No mark and no threshold reached: the model's likeliest label was hostile for the character
    # pairs of « écriture », « écris » ("ri" leans to hostility); its words alone lean elsewhere.
    model = load_model()
    found = features(text)
    probabilities = scores(found, model)
    assert probabilities["hostile"] < model["thresholds"]["hostile"]
    assert decide(found, probabilities, model["thresholds"]) == "hostile"  # the lead alone
    unspelled = unspelled_scores(fold(text), found, model)
    assert decide(found, probabilities, model["thresholds"], frozenset(), unspelled) == "neutral"
    assert read_tone(text).label == "neutral"
    assert draft_of(text, "fr").text


@pytest.mark.parametrize(
    "text",
    [
        "Quel ramassis de bêtises.",
        "Franchement, arrêtez d'écrire.",
        "Par pitié, arrêtez d'écrire !",
        # Words in letters outside Latin-1 keep their character pairs: the model's lead stands.
        "Bu ne saçmalık ya. Yazmayı bırak artık.",
        "Читать это невозможно. Автор — полный бездарь.",
    ],
)
def test_scorn_the_model_reads_in_its_words_is_still_scorn(text):
    assert read_tone(text).label == "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "N'arrêtez pas d'écrire !",
        "Arrêtez d'écrire des choses aussi belles, je pleure 😭",
        "Ça m'a donné envie d'écrire à ma grand-mère.",
    ],
)
def test_asking_the_author_to_keep_writing_is_not_held_as_harsh(text):
    assert read_tone(text).label != "hostile"
