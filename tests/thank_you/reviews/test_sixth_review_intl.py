"""What a sixth review found in French, then in Spanish, German, Italian, Portuguese and Dutch.

Readers at risk who had been quoted back or starred (« ce serait plus simple de ne pas me réveiller
demain », medicines put aside « au cas où », letters left for the children « por si acaso »), and
the near misses that must stay warm (a holiday that is « bientôt fini pour moi », a blog closing).
"""

import re

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of


@pytest.mark.parametrize(
    "text",
    [
        "J'ai rédigé des lettres pour ma famille hier soir. Je crois que c'est bientôt fini "
        "pour moi.",
        "Parfois je me dis que ce serait plus simple de ne pas me réveiller demain.",
        "Je voulais juste dire adieu à tout le monde ici. Merci pour tout.",
        "J'ai mis de côté mes médicaments, au cas où. Je ne sais pas pourquoi je raconte ça.",
        "J'ai écrit des lettres à mes enfants, au cas où.",
        "Ya no puedo más. He escrito cartas para mis hijos por si acaso.",
        "A veces pienso que sería más fácil no despertar.",
        "Às vezes penso que seria melhor não acordar mais.",
        "Manchmal denke ich, es wäre einfacher, nicht mehr da zu sein.",
        "Soms denk ik dat het makkelijker zou zijn om niet meer wakker te worden.",
        "Ich kann nicht mehr. Ich habe meine Abschiedsbriefe schon geschrieben.",
    ],
)
def test_a_reader_at_risk_is_heard_in_every_language(text):
    assert read_tone(text).crisis


def test_letters_for_when_the_reader_is_gone_get_a_quiet_reply_and_no_quote():
    tone = read_tone("Ho scritto delle lettere ai miei figli, per quando non ci sarò più. Presto.")
    assert tone.label == "grief" and tone.guarded


@pytest.mark.parametrize(
    "text",
    [
        "Les vacances, c'est bientôt fini pour moi, retour au boulot lundi !",
        "Ce serait plus simple de ne pas me réveiller à 5h pour le levain, mais bon 😅",
        "Je ferme le blog ce mois-ci, je voulais dire adieu à tout le monde ici. Merci pour tout.",
        "Je pars à la retraite vendredi, je voulais dire adieu à tous mes élèves.",
        "J'ai mis de côté mes médicaments pour le voyage, au cas où.",
        "J'ai laissé des lettres à mes enfants au cas où je rentre tard, ils adorent ça.",
        "Sería más fácil no despertar tan temprano para hacer el pan 😂",
        "Ich habe meine Abschiedsbriefe an die Kollegen schon geschrieben, letzter Tag morgen!",
    ],
)
def test_a_holiday_a_retirement_or_a_blog_closing_gets_no_helpline(text):
    assert not read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "Quel con.",
        "Franchement ton article est nul, tu racontes n'importe quoi sur Python 3.12.",
        "Franchement, c'est de la merde ce tuto.",
        "T'as rien compris au sujet, retourne à tes casseroles.",
        "Magnifique article, dommage que tu ne saches pas écrire.",
        "Quelle chance tu as de pouvoir partir trois mois, certains bossent eux.",
        "Lol t'es sérieux ? Même mon chat code mieux que ça.",
        "Sérieux, tu penses vraiment que quelqu'un va lire ça jusqu'au bout ?",
        "C'est une blague ce tuto ? Rien ne marche.",
        "Tu ne penses pas que tu en fais un peu trop avec tes histoires de deuil ? Je dis ça "
        "pour toi hein.",
        "Gracias por nada, perdí una hora.",
        "Esto es una mierda de tutorial, no funciona nada.",
        "Du bist echt ein Vollpfosten. Hör auf zu schreiben.",
        "Toll, noch ein Artikel über Sauerteig. Wie originell.",
        "Was für ein Schwachsinn, hast du das überhaupt getestet?",
        "Ma che schifo di tutorial, niente funziona.",
        "Bravo, un altro post inutile. Complimenti davvero.",
        "Que lixo de artigo, nada funciona.",
        "Geweldig, weer een artikel over zuurdesem. Hoe origineel.",
        "Wat een onzin, heb je dit wel getest?",
    ],
)
def test_an_insult_or_a_jab_gets_no_thanks(text):
    assert read_tone(text).label == "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "Mdr tu t'attendais à quoi franchement",
        "Un licenciement, c'est pas la fin du monde hein, y'a pire. Reprends-toi.",
        "Tu devrais peut-être voir un psy au lieu de raconter ta vie ici, je dis ça gentiment.",
        "Génial, encore un post sur ta maladie. On s'en lasse.",
        "Pfff, tout le monde perd son boulot, arrête de te plaindre.",
        "Moi je pense que c'est un peu ta faute aussi, non ?",
    ],
)
def test_scorn_on_the_author_s_hard_day_gets_no_draft(text):
    assert read_tone(text, support=True).label == "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "Je suis con, j'avais oublié le sel 😂 Super recette !",
        "Ne crois surtout pas que c'est ta faute. Courage.",
        "On ne s'en lasse pas, de tes recettes ! Merci",
        "Tes billets, on s'en lasse jamais 😍",
        "Tu t'attendais à quoi en mettant 300 g de sel ? 😂 Blague à part, super recette.",
        "Reprends-toi une part de gâteau, tu l'as méritée 😄",
        "Arrête de te plaindre de ton four, ton pain est magnifique !",
        "Merci pour ton article, il n'est pas du tout nul, au contraire !",
        "Con quel tutorial ho finalmente capito Docker, grazie!",
        "¡Qué original! Me encanta la idea.",
        "Wie originell! Tolle Idee, probiere ich aus.",
        "Wat een onzin dat mensen zeggen dat zuurdesem moeilijk is, jouw recept is super!",
        "Même mon fils de 8 ans a réussi la recette, merci !",
        "Esto es genial, gracias por el tutorial.",
    ],
)
def test_jokes_and_praise_near_these_jabs_stay_warm(text):
    assert read_tone(text).label != "hostile"


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


@pytest.mark.parametrize(
    "text",
    [
        "Il y a eu une tuerie dans le quartier hier, ça m'a secouée. Ta soupe m'a réconfortée.",
        "Ce n'est pas une belle découverte, ce blog. Déçu.",
        "Un peu déçue que tu arrêtes le blog, mais merci pour tout ❤️",
    ],
)
def test_a_massacre_a_denial_or_a_fond_goodbye_gets_no_praise_cue_of_these(text):
    tone = read_tone(text)
    assert not {"une tuerie", "belle découverte", "un peu déçue"} & set(tone.cues)


@pytest.mark.parametrize(
    "text",
    [
        "Je n'ai plus la force. Plus rien ne me retient ici.",
        "Je pense souvent à disparaître. Personne ne s'en rendrait compte.",
        "Demain je ne serai plus là. Merci pour tout ce que tu as écrit.",
    ],
)
def test_a_french_reader_at_risk_said_obliquely_is_heard(text):
    assert read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "J'ai envie de mourir de honte, j'ai servi ton gâteau à l'envers devant ma "
        "belle-famille 😂",
        "Plus rien ne me retient ici, je déménage à Lyon le mois prochain !",
        "Demain je ne serai plus là, je pars en vacances. Bonne semaine à tous !",
        "Je pense souvent à disparaître quelques jours à la campagne avec un bon livre.",
    ],
)
def test_shame_a_move_or_a_holiday_gets_no_helpline(text):
    assert not read_tone(text).crisis


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


def test_a_lay_off_that_keeps_the_reader_awake_is_not_quoted_back():
    draft = draft_of("Depuis mon licenciement je ne dors plus. Je tourne en rond.", "fr")
    assert draft.tone == "grief" and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        "Ya está otra vez llorando en internet. Supéralo.",
        "Schon wieder so ein Heul-Artikel. Reiß dich zusammen.",
        "Hör auf zu jammern, anderen geht es schlimmer.",
        "Basta piangerti addosso, trovati un lavoro vero.",
        "Para de reclamar, todo mundo perde emprego.",
        "Stop met zeuren, iedereen verliest wel eens een baan.",
    ],
)
def test_get_over_it_in_other_languages_gets_no_draft_on_the_author_s_hard_day(text):
    assert read_tone(text, support=True).label == "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "Deja de llorar, que esta receta de cebolla es buenísima 😂",
        "Mein Hund hört auf zu jammern, sobald er dein Rezept riecht 😂",
        "Para de reclamar do forno e faz essa receita, é perfeita!",
    ],
)
def test_an_onion_a_dog_or_an_oven_is_no_scorn(text):
    assert read_tone(text).label != "hostile"


@pytest.mark.parametrize("number", range(1, 9))
def test_french_drafts_keep_their_punctuation_with_no_break_spaces(number):
    text = "Génial comme d'habitude, t'es trop forte ! Ça marche aussi sans gluten ?"
    draft = draft_of(text, "fr", number=number)
    own_words = draft.text.replace(draft.quote, "") if draft.quote else draft.text
    assert not re.search(r" [;:!?»]|« ", own_words), draft.text
    assert not draft.quote or draft.quote in draft.text


def test_french_spaces_are_the_draft_s_own_and_the_reader_s_words_stay_as_written():
    text = "Merci pour cette recette, mon pain est enfin réussi !"
    draft = draft_of(text, "fr", number=28)
    assert "réussi !" in draft.text or not draft.quote
    assert draft.star_line in draft.text


def test_a_husband_gone_three_weeks_is_not_quoted_back_or_starred():
    text = (
        "Merci du fond du cœur. Mon mari est parti il y a trois semaines et je n'arrive plus à "
        "cuisiner. Ta soupe, je l'ai faite hier."
    )
    draft = draft_of(text, "fr")
    assert draft.tone == "grief" and draft.gold_stars == 0 and not draft.quote


def test_a_son_gone_two_weeks_and_a_quiet_house_to_knit_in_stays_warm():
    text = (
        "Mon fils est parti il y a deux semaines et je profite de la maison calme pour tricoter 😄"
    )
    assert read_tone(text).label != "grief"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Je dis ça pour ton bien, mais tes photos sont vraiment moches.", "hostile"),
        (
            "Personnellement je trouve que ce genre de billet n'a rien à faire sur un blog de "
            "cuisine.",
            "hostile",
        ),
        ("Sans vouloir être méchant, ton style est un peu lourd.", "critical"),
        (
            "Je crois que tu t'es trompé : `list.sort()` renvoie None, pas la liste triée.",
            "critical",
        ),
        ("Coucou ! Je suis une fille sexy et seule, viens me parler sur mon profil 😘", "spam"),
    ],
)
def test_more_french_jabs_corrections_and_spam_are_read_for_what_they_are(text, label):
    assert read_tone(text).label == label


def test_a_pregnancy_after_miscarriages_is_glad_news_not_a_line_to_quote():
    text = (
        "Je suis enceinte !!! Après trois fausses couches. Merci d'avoir parlé de ça si "
        "ouvertement."
    )
    draft = draft_of(text, "fr")
    assert draft.tone == "grief" and read_tone(text).good_news and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        "Mes photos sont moches à côté des tiennes, elles sont sublimes !",
        "Je ne sais pas si tes photos sont moches, elles sont juste trop petites sur mobile.",
        "Tu t'es trompée ? Non, c'est moi qui avais mal lu, tout marche !",
        "Je suis enceinte de 6 mois et ta recette de tarte passe toute seule 😄",
    ],
)
def test_the_reader_s_own_photos_a_doubt_or_a_pregnancy_stay_warm(text):
    assert read_tone(text).label not in ("hostile", "critical", "grief")


def test_a_shop_behind_a_get_well_wish_is_spam_on_the_author_s_hard_day():
    text = (
        "Que te mejores pronto. Por cierto, visita mi tienda online de suplementos www.suple-top.es"
    )
    assert read_tone(text, support=True).label == "spam"
