"""French jabs, scorn, sarcasm and insults, and the warm comments that share their words.

« Pas mal pour une fille. », « Renseignez-vous. », a Québec curse, backhanded praise, contempt,
scorn for a hard day: none is thanked, starred or quoted. Beside each case stand its warm twins
(banter, self-mockery, « fallait le faire » said warmly, a jab taken back at once, perfect
macarons), which stay warm.
"""

import pytest

from reply_drafts.grief import fold
from reply_drafts.tone import features, read_tone
from reply_drafts.tone_model import decide, load_model, scores, unspelled_scores
from tests.support.drafts import HOSTILE_ADVICE, assert_read_hard, assert_read_warm, draft_of
from tests.support.readings import assert_warm_or_plain


@pytest.mark.parametrize(
    "text",
    [
        "Ah bah bravo, encore un tuto qui ne marche pas. Génie.",
        "Super, encore une recette avec des ingrédients introuvables. Merci hein.",
        "Ouais bon, on a compris que tu voyages en classe affaires. Contente pour toi.",
        "J'ai l'impression que tu recycles les mêmes idées depuis un an. Un peu déçu.",
    ],
)
def test_backhanded_praise_is_neither_starred_nor_quoted(text):
    draft = draft_of(text, "fr")
    assert draft.tone in ("hostile", "critical") and draft.gold_stars == 0 and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        "Tu n'as aucune idée de ce que tu racontes, c'est affligeant.",
        "C'est affligeant de bêtise.",
        "Encore toi ? Tu n'as pas mieux à faire ?",
        "Ben voyons, comme si tout le monde avait un four à pizza chez eux. Pfff.",
    ],
)
def test_french_contempt_gets_no_thanks(text):
    assert read_tone(text).label == "hostile"


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


def test_writing_that_soothes_is_praise_not_scorn():
    # Read as hostile (0.32, no threshold reached, no mark) and held as harsh at the door.
    tone = read_tone("Votre écriture m'apaise.")
    assert tone.label == "praise" and tone.cues == ("m'apaise",)
    assert draft_of("Votre écriture m'apaise.", "fr").text
    assert read_tone("Ce billet ne m'apaise pas du tout, il est faux.").label != "praise"


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


@pytest.mark.parametrize(
    "text",
    [
        "Pas mal pour une fille.",
        "Sympa pour un amateur.",
        "C'est bien, pour un blog de ménagère.",
        "Toi t'es la honte des blogueuses culinaires.",
        "Bravo, t'as réussi à rater une recette de pâtes.",
        "T'es ben épais, ça marche pas pantoute ta recette.",
        "Ostie de colon, apprends à écrire.",
        "Merci pour ce magnifique article... qui ne sert à rien.",
        "Super article… qui ne sert à rien.",
        "Ah ben bravo, encore une recette sans gluten, quelle originalité.",
        "Bel effort, mais c'est du niveau débutant.",
        "Mignon, ce petit blog. Continue, un jour tu sauras écrire.",
        "Je me permets de vous corriger : le levain ne se nourrit pas de sucre. Renseignez-vous.",
        "Euh, on dit « pain au levain », pas « pain de levain ». Faudrait relire avant de publier.",
        "Vous devriez apprendre les bases avant d'écrire un tuto.",
        "Génial, encore une recette de banana bread, on n'en avait pas assez.",
        "Quel talent, vraiment. Mon chien cuisine mieux.",
        "T'as vraiment rien compris au levain, mais bon, c'est mignon d'essayer.",
        "C'est gentil de partager, même si n'importe qui peut faire ça.",
        "Bravo, vraiment bravo. Une recette de plus qui ne marche pas.",
        "Continue à écrire, ça t'occupe.",
    ],
)
def test_scorn_or_a_jab_is_neither_thanked_nor_quoted(text):
    assert_read_hard(text, "fr", "hostile")


def test_a_quebec_curse_is_severe_and_never_answered_warmly():
    text = "Gros cave, va donc chier."
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.label == "hostile" and tone.severe, tone.cues
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Sympa pour un amateur comme moi, les explications sont claires.",
        "C'est bien pour une débutante comme moi, merci !",
        "Pas mal pour une fille de 8 ans qui cuisine seule, bravo à ta nièce !",
        "Tu es épaisse comme un fil, mange donc une part !",
        "Vous êtes un peu épais sur la farine, non ? Moi je mets 200 g.",
        "Une crème bien épaisse, c'est parfait !",
        "J'ai réussi à rater une recette de pâtes, je suis la honte de la cuisine 😂",
        "Tu as réussi à rater une omelette ? Moi aussi la première fois, courage !",
        "Je suis allée à la cave chercher du vin pour accompagner ton gratin.",
    ],
)
def test_the_same_words_said_kindly_stay_warm(text):
    assert_read_warm(text, "fr")


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


@pytest.mark.parametrize(
    "text",
    [
        "Waouh, vraiment révolutionnaire… ma vie a changé depuis ce tuto.",
        "Enfin, encore une blogueuse qui a tout compris : la simplicité !",
        "Encore une experte qui sait tout, et tant mieux pour nous, merci pour les astuces !",
        "On sent que tu n'es pas du métier et pourtant c'est bluffant, bravo !",
        "On sent bien que vous n'êtes pas du métier, et c'est ce qui rend ce blog si humain.",
        "Ce n'est pas un article pondu par ChatGPT, ça se sent, merci !",
        "Ton texte n'a rien d'un texte généré par l'IA, on sent le vécu.",
        "Mon fils a rendu un article écrit par ChatGPT, la prof l'a vu tout de suite 😂",
        "C'est ça que t'appelles une brioche ? Elle est énorme, je suis jaloux 😍",
        "C'est ça que t'appelles un petit gâteau ? Il nourrirait une armée 😂",
        "Idée cadeau sympa pour une fille.",
        "Ce kit est sympa pour un amateur.",
        "Ma fille m'a dit : t'as réussi à rater une omelette.",
        "Mon mari : « t'es la honte de la cuisine » 😂 il a raison, j'ai brûlé les pâtes.",
        "Les maudits colons anglais, disait mon grand-père en cours d'histoire 😂 Belle recette.",
        "Vous êtes épais, les pancakes? Moi je les fais fins.",
        "Mes galettes? T'es ben épais, disait ma mère de ma pâte, et elle avait raison!",
        "Les gros caves du sous-sol sont pleins de conserves de ma grand-mère.",
        "Mon frère m'appelle gros cave quand je rate ma pâte 😂",
        "Les maudits épais du hockey ont perdu, mais ta poutine a sauvé la soirée!",
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_kind_words_like_a_jab_are_no_scorn(text, support):
    assert read_tone(text, support=support).label != "hostile"
    if not support:
        assert_read_warm(text, "fr")


def test_a_child_told_they_will_write_one_day_is_no_jab_under_a_hard_day_post():
    text = (
        "Ma fille rêve d'écrire un blog comme le tien. Je lui ai dit : un jour tu sauras écrire !"
    )
    assert "un jour tu sauras écrire" not in read_tone(text, support=True).cues


@pytest.mark.parametrize(
    "text",
    [
        "T'es vraiment con ou tu le fais exprès ?",
        "Nul à chier ton article.",
        "Super, encore un billet pour ne rien dire.",
        "Génial, on avait vraiment besoin d'une énième recette de pain.",
        "Merci pour ce grand moment de vide.",
        "Quel talent pour enfoncer des portes ouvertes.",
        "Ah, encore une experte autoproclamée.",
        "Encore une influenceuse qui se prend pour une cheffe.",
        "Mignon, ce petit blog. Continuez, vous finirez peut-être par apprendre.",
        "C'est bien, pour une débutante.",
        "Vous devriez peut-être laisser ça aux professionnels.",
        "On voit que vous n'avez jamais mis les pieds dans une vraie boulangerie.",
        "Vous êtes sérieuse là ? N'importe quoi.",
        "T'as rien compris au levain, ma pauvre.",
        "Ouais c'est ça, et moi je suis la reine d'Angleterre.",
        "Quelle perte de temps.",
        "Franchement, ça sert à quoi ce blog ?",
        "Lol, c'est ça ta recette ? Mon gamin de 5 ans fait mieux.",
        "Sans vouloir vous vexer, c'est d'une banalité affligeante.",
        "Félicitations, vous avez réinventé l'eau tiède.",
        "Magnifique, encore du pathos.",
        "Tu devrais arrêter d'écrire, honnêtement.",
        "Bel effort… pour quelqu'un qui n'y connaît rien.",
        "Quel article passionnant… zzz",
        "Bravo pour ce chef-d'œuvre de médiocrité.",
    ],
)
def test_scorn_sarcasm_and_condescension_get_no_star(text):
    assert_read_hard(text, "fr", "hostile")


@pytest.mark.parametrize(
    "text",
    [
        "T'es con mdr, j'adore ce chat 😂",
        "T'es con, tu m'as fait pleurer de rire.",
        "T'es trop con, j'adore ton humour !",
        "Je suis nulle à chier en pâtisserie mais ta recette m'a sauvée !",
        "Continuez, vous finirez par y arriver, bravo pour les progrès !",
        "Super recette pour une débutante comme moi !",
        "Quelle perte de temps j'ai faite avant de trouver ta recette !",
        "Super clair, même pour quelqu'un comme moi qui n'y connaît rien !",
        "Ça sert à quoi le sel dans cette recette ?",
        "Mon fils de 8 ans fait ta recette tout seul maintenant !",
        "Tuerie ce gâteau !!",
        "Je suis mort de rire devant la photo du pain raté 😂",
        "J'ai pleuré de rire.",
        "Crevée mais heureuse, j'ai fait ta recette trois fois aujourd'hui.",
        "Ça m'a achevé ce passage sur la levure 😂",
    ],
)
def test_banter_self_mockery_and_warm_hyperbole_stay_warm(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Arrête de te plaindre, y'a pire.",
        "Arrêtez de vous plaindre.",
        "Il y a pire.",
        "Tu fais ton intéressante avec ton deuil.",
    ],
)
def test_scorn_for_a_hard_day_gets_no_thanks(text):
    tone, draft = read_tone(text, support=True), draft_of(text, "fr", support=True)
    assert tone.label == "hostile", tone
    assert draft.text == "" and draft.gold_stars == 0


@pytest.mark.parametrize(
    "text",
    [
        "Arrête de te plaindre de ton pain, il est magnifique !",
        "Y'a pire comme dimanche, ce pain est top !",
        "Tu fais ton cinéma mdr, ce pain est parfait",
        "Il y a pire dans la vie qu'un pain raté, mais quand même, bravo !",
    ],
)
def test_a_complaint_waved_off_in_everyday_use_stays_warm(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Chapeau, vous avez réussi à rater un pain. Fallait le faire.",
        "Chapeau, vous avez réussi à rater un pain. Fallait le faire 😂",
        "Bravo, vous avez réussi à brûler des cookies. Il fallait le faire.",
        "Tu as raté ton pain, fallait le faire.",
    ],
)
def test_french_sarcasm_on_the_authors_failure_is_not_starred(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.label == "hostile", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    ("text", "thanked"),
    [
        ("Chapeau, le pain est magnifique ! Fallait le faire, bravo.", True),
        ("Vous avez réussi un pain magnifique, fallait le faire !", True),
        ("J'ai raté ma première fournée aussi, fallait le faire ! Merci pour les astuces.", True),
        ("Traverser la France à vélo, fallait le faire ! Chapeau.", False),
    ],
)
def test_fallait_le_faire_said_warmly_stays_warm(text, thanked):
    assert_read_warm(text, "fr", thanked=thanked)


NOT_A_JAB = [
    "Pour quelqu'un qui n'y connaît rien comme moi, ton tuto est parfait !",
    "Pour quelqu'un qui n'y connaît rien, je m'en sors bien grâce à toi ! Merci.",
    "Encore du pathos dans mon film du soir, mais ta tarte me console. Merci.",
    "Encore du pathos à la télé, heureusement ton blog me fait rire.",
    "Tu as raté ton train, fallait le faire ! Mais ta tarte valait le voyage.",
    "Tu n'as jamais mis les pieds dans une vraie boulangerie ? Viens à Lyon, je t'invite !",
    "T'as jamais mis les pieds dans une vraie cuisine pro ? Moi non plus, et ta recette marche !",
    "Un chef-d'œuvre de banalité, disait le critique du film. Ta recette, elle, est un vrai "
    "chef-d'œuvre !",
]


@pytest.mark.parametrize("text", NOT_A_JAB)
def test_a_writer_about_themselves_a_film_a_train_and_a_critic_are_no_jab(text):
    assert_read_warm(text, "fr", thanked=True)


@pytest.mark.parametrize("text", NOT_A_JAB)
def test_on_a_hard_day_post_they_still_get_a_draft(text):
    tone, draft = read_tone(text, support=True), draft_of(text, "fr", support=True)
    assert tone.label != "hostile", tone.cues
    assert draft.text != "" and not draft.advice.startswith(HOSTILE_ADVICE)


NOT_SCORN = [
    "Tu fais ton intéressante avec tes macarons parfaits, bravo !",
    "Nul à chier mes gâteaux avant ta recette ! Merci.",
    "Encore un article pour rien dire ? Non, pour tout dire sur la brioche ! Merci.",
    "Ça sert à quoi ce blog ? À rendre mes dimanches meilleurs, voilà !",
]


@pytest.mark.parametrize("text", NOT_SCORN)
def test_perfect_macarons_the_readers_own_cakes_and_a_jab_taken_back_are_no_scorn(text):
    assert_read_warm(text, "fr", thanked=True)
    assert draft_of(text, "fr", support=True).text != ""


@pytest.mark.parametrize(
    "text",
    [
        "Encore du pathos dans ce billet.",
        "Encore du pathos, quelle surprise.",
        "Tu as raté tes macarons, fallait le faire.",
        "T'as encore cramé la brioche, il fallait le faire !",
        "Vous avez réussi à massacrer une recette simple. Fallait le faire.",
        "On voit que tu n'as jamais mis les pieds dans une vraie cuisine.",
        "Pour quelqu'un qui n'y connaît rien, tu donnes beaucoup de leçons.",
        "Quel chef-d'œuvre de banalité, ce billet.",
        "Un chef-d'oeuvre de vacuité, bravo.",
        "Tu fais ton intéressante avec ton deuil.",
        "Vous faites votre cinéma avec ce billet.",
        "Nul à chier, ton gâteau.",
        "Encore un article pour rien dire ? Non mais sérieux.",
        "Franchement, ça sert à quoi ce blog ?",
    ],
)
def test_the_jabs_beside_the_narrowed_words_still_get_no_star(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.label == "hostile", tone.cues
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Ma journée de merde est sauvée par ta tarte. Merci !"),
        ("en", "Una giornata di merda, ma la tua torta l'ha salvata. Grazie!"),
    ],
)
def test_a_bad_day_is_thanked_but_its_swear_is_not_quoted(language, text):
    assert_read_warm(text, language)
    draft = draft_of(text, language)
    assert draft.quote == "" and draft.gold_stars == 0
