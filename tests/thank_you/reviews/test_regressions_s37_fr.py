"""French comments the session's new cues had turned from warm to hard (session 37 regression
review, French part): a grandfather who « s'est éteint la télé », a « veuve du golf », a
brother « au ciel » for his pilot's licence got condolences; a mood low for the end of the
holidays or the rain, a house « inondée de compliments » got sympathy; « Je donne la plupart de
mes affaires avant le déménagement » lost its star; and a jab taken back at once (« Tu as
réinventé l'eau tiède ? Non, tu as réinventé la brioche. », « …, disait mon prof », « …grâce à ta
recette ! ») was read as hostile, with no draft at all on a hard-day post.

Each one is pinned as a warm near miss of the cue that caught it; the harms the cues were added
for stay pinned in reviews/test_review_s37_fr.py.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, assert_read_warm, draft_of

NOT_A_DEATH = [
    "Papa est au ciel depuis qu'il a goûté ta tarte ! Merci pour la recette.",
    "Mon frère est au ciel, il vient d'avoir son brevet de pilote ! Super article.",
    "Mémé est au paradis avec ton gâteau au chocolat, elle en a repris trois fois !",
    "Ma femme n'est plus là le mardi, elle a cours de yoga, donc je cuisine tes plats. Merci !",
    "Mon mari n'est plus là la semaine, il bosse à Paris. Du coup je teste tes recettes solo !",
    "Papa n'est plus là, il est parti en voyage. On cuisine tes recettes en l'attendant !",
    "Mon grand-père s'est éteint la télé en plein match, mdr. Super recette.",
    "Ma fille s'est éteinte de fatigue après la fête, trop mignon. Merci pour le gâteau !",
    "On l'a enterrée samedi, la capsule temporelle de l'école ! Merci pour l'idée.",
    "On l'a enterré dimanche, le vieux différend avec mon frère, grâce à ton gâteau. Merci !",
    "Il est parti trop tôt, le gâteau : on n'a pas eu le temps de le photographier ! Merci pour "
    "la recette.",
    "Je suis veuve de foot tous les dimanches, alors je cuisine ! Merci pour les idées.",
    "Je suis devenue veuve du golf depuis la retraite de mon mari, mdr. Belle recette.",
    "Mon pote s'est tué en vélo de rire en voyant ma brioche ratée ! Merci pour la recette.",
]

NOT_A_HARD_TIME = [
    "Jai pas trop le moral depuis la fin des vacances, mais ta tarte aide !",
    "Jai pas le moral, il pleut depuis 3 jours, vivement le soleil et ta recette de tarte !",
    "Je déprime depuis que j'ai fini ta série d'articles, écris-en d'autres !",
    "Notre maison a brûlé dans les Sims, mdr. Super article sur le jeu.",
    "Ma maison a été inondée de compliments grâce à ta recette !",
    "Notre appart a été inondé l'an dernier, tout est refait et ta recette a inauguré la "
    "nouvelle cuisine !",
]

JAB_TAKEN_BACK = [
    "Vous êtes cons ou quoi de pas avoir goûté ça avant ? Merci pour la recette !",
    "Vous êtes un peu cons, les Lyonnais, de garder cette recette secrète ! Merci de la partager.",
    "Tu fais ton intéressante avec ta brioche tressée, elle est sublime !",
    "C'est nul à chier de devoir attendre 24h pour goûter ton pain ! Vivement demain.",
    "Encore un article pour rien dire ? Non, encore un article génial !",
    "Merci pour ce grand moment de vide… dans mon frigo après avoir tout cuisiné !",
    "Vous enfoncez des portes ouvertes, mais il fallait le dire. Merci !",
    "Quel talent pour enfoncer des portes ouvertes… dans ma cuisine, j'ai tout rangé grâce à toi !",
    "Tu finiras peut-être par y arriver, disait mon prof, et grâce à toi j'y suis arrivée !",
    "Il faudrait laisser ça aux pros, je pensais. Mais ta recette m'a prouvé le contraire !",
    "Tu as réinventé l'eau tiède ? Non, tu as réinventé la brioche. Bravo.",
    "Tu devrais arrêter d'écrire, tu vas nous rendre tous accros !",
    "Passionnant zzzzz... c'est ce que dit mon chat en dormant sur le clavier. Super article !",
    "Ça sert à quoi ce blog ? À me rendre heureuse chaque dimanche !",
    "Mon fils de 8 ans fait mieux que moi maintenant grâce à ta recette !",
    "Mon neveu de 10 ans cuisine mieux que moi, grâce à tes tutos !",
    "Mon chat de 3 ans fait mieux… de dormir que moi. Super article sur le sommeil.",
    "T'as rien compris au levain, ma pauvre, disait mon mari. Maintenant il en redemande !",
    "Encore une autoproclamée cheffe ? Oui, moi, grâce à toi ! Merci.",
    "Et moi je suis la reine d'Angleterre ! Non sérieux, ta brioche est trop belle.",
]


@pytest.mark.parametrize("text", NOT_A_DEATH)
def test_heaven_a_trip_a_tv_and_a_golf_widow_are_no_death(text):
    assert_read_warm(text, "fr")
    assert not read_tone(text, support=True).loss


@pytest.mark.parametrize("text", NOT_A_HARD_TIME)
def test_holiday_blues_rain_a_game_and_a_flood_of_compliments_are_no_hard_time(text):
    assert_read_warm(text, "fr")


def test_giving_things_away_before_a_move_keeps_its_star():
    text = "Je donne la plupart de mes affaires avant le déménagement à Lyon !"
    assert_read_warm(text, "fr")
    assert not read_tone(text).guarded
    assert draft_of(text, "fr").gold_stars > 0


@pytest.mark.parametrize("text", JAB_TAKEN_BACK)
def test_a_jab_taken_back_at_once_is_no_hostility(text):
    # two read "critical" at the start too (« …disait mon prof », « …arrêter d'écrire »)
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.label not in ("hostile", "grief"), tone.cues
    assert not draft.advice.startswith(HOSTILE_ADVICE)
    on_a_hard_day = draft_of(text, "fr", support=True)
    assert read_tone(text, support=True).label != "hostile" and on_a_hard_day.text != ""


@pytest.mark.parametrize(
    "text",
    [
        "Papa est au ciel, il me manque.",
        "Mon mari s'est éteint la nuit dernière.",
        "Mon frère s'est tué en moto l'an dernier.",
        "Je suis veuve de guerre.",
        "On l'a enterrée samedi, ma grand-mère.",
        "Il est parti trop tôt, le pauvre.",
        "Maman n'est plus là depuis l'hiver.",
        # a pause ends the sentence the grief words read, so a joke after « … » cannot be told from
        # a death: "Mamie est au ciel… enfin au 10e étage" gets condolences, these keep them
        "Papa est au ciel… Ta recette me rappelle la sienne.",
        "Mon frère s'est tué en moto… Je pense à lui en lisant ton blog.",
    ],
)
def test_a_death_told_beside_the_narrowed_words_still_gets_condolences(text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.loss, tone.cues


@pytest.mark.parametrize(
    "text",
    [
        "Notre maison a été inondée, on a tout perdu.",
        "Notre maison a brûlé de fond en comble.",
        # a pause ends the sentence the words read: « a brûlé... dans les Sims » gets sympathy
        "Notre maison a brûlé… On a tout perdu, même les photos.",
        "Je déprime depuis des semaines, ton blog m'aide un peu.",
    ],
)
def test_a_hard_time_beside_the_narrowed_words_is_still_heard(text):
    assert read_tone(text).label == "grief"


@pytest.mark.parametrize(
    "text",
    [
        "Encore un article pour rien dire. Non merci.",
        "Tu as réinventé l'eau tiède ? Non mais sérieux.",
        "Et moi je suis la reine d'Angleterre. Non mais franchement.",
        "Quel talent pour enfoncer des portes ouvertes...",
        "Passionnant zzzzz...",
        "Ça sert à quoi ce blog ? À rien.",
        "Vous êtes cons ou quoi ? Merci pour rien.",
    ],
)
def test_a_jab_not_taken_back_stays_hostile(text):
    assert read_tone(text).label == "hostile"
