"""What a review of the French tone reader found (session 37), worst harm first: a reader who has
taken all their pills, written letters to everyone or types « jveux plus vivre » starred and
quoted back; a death told without the word (« depuis que papa n'est plus là », « on l'a enterrée
samedi », « je suis veuve ») answered with cheer; « je n'ai pas eu le courage » taken for comfort
offered, so a bereaved reader was thanked for kind words; a loss told in SMS French or with « on »
answered as if the reader comforted the author; low moods said plainly; and scorn, sarcasm and
condescension (« T'es vraiment con ou tu le fais exprès ? », « Quelle perte de temps. ») starred;
on a hard-day post, « Arrête de te plaindre, y'a pire. » and « Tu fais ton intéressante avec ton
deuil. » thanked, and « Toutes mes condoléances, je suis de tout cœur avec vous. » answered with
condolences, as if the reader's own loss; and « Guérie ! Fin des traitements aujourd'hui » answered
as a hard time going on, not as good news.

Each case is pinned with its near misses: the same words in everyday use keep their warmth.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of


@pytest.mark.parametrize(
    "text",
    [
        "J'ai pris tous mes cachets ce soir.",
        "J'ai avalé toute la boîte de somnifères.",
        "J'ai écrit des lettres à tout le monde, c'est bientôt fini pour moi.",
        "chui a bout, jveux plus vivre",
        "j'veux plus me réveiller",
    ],
)
def test_a_reader_at_risk_is_heard_with_a_helpline(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.label == "grief" and tone.crisis, tone.cues
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Je ne vois plus l'intérêt de continuer.",
        "Plus rien n'a de sens pour moi.",
        "Ce sera mon dernier commentaire ici. Merci pour tout.",
        "Je donne toutes mes affaires, je n'en aurai plus besoin.",
    ],
)
def test_oblique_words_of_a_reader_at_risk_are_never_starred_nor_quoted(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.guarded or tone.crisis, tone
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "J'ai pris tous mes cachets ce matin comme d'habitude, et j'ai fait ta brioche !",
        "J'ai pris tous mes médicaments pour les vacances, merci pour la liste !",
        "J'ai écrit des lettres à tout le monde pour Noël, et j'ai joint ta recette !",
        "Je donne toutes mes affaires de bébé, merci pour l'idée du vide-grenier !",
        "Je ne vois plus l'intérêt de continuer ce régime, ta brioche m'a convaincue !",
        "Ce sera mon dernier commentaire avant les vacances, merci pour tout !",
        "Je vais me tuer à la tâche pour réussir ce levain mdr.",
    ],
)
def test_pills_letters_and_last_comments_in_everyday_use_stay_warm(text):
    assert_read_warm(text, "fr")
    assert not read_tone(text).guarded


@pytest.mark.parametrize(
    "text",
    [
        "Depuis que papa n'est plus là, je refais sa recette de pain chaque dimanche.",
        "Depuis que papa nest plus la je fais plus de pain.",
        "On l'a enterrée samedi. Je n'ai pas encore eu le courage de relire ses lettres.",
        "on la enterree samedi, merci pour ce texte",
        "Mon grand-père s'est éteint la semaine dernière, il adorait ce genre de pain.",
        "Papa est au ciel depuis Noël.",
        "Mon pote s'est tué en voiture le mois dernier.",
        "Je suis veuve depuis cet été.",
        "Il est parti trop tôt, mon petit frère.",
    ],
)
def test_a_death_told_without_the_word_gets_condolences(text):
    assert_read_hard(text, "fr", "grief")
    tone = read_tone(text)
    assert tone.loss and tone.shared, tone


@pytest.mark.parametrize(
    "text",
    [
        "Maman n'est plus là ce week-end, alors j'ai fait ta recette toute seule !",
        "Ma mère n'est plus la même depuis qu'elle a goûté ta brioche 😂",
        "Ma fille n'est plus là pour manger, alors je fais des petites portions.",
        "Mon four s'est éteint tout seul au milieu de la cuisson, mais le pain est réussi !",
        "Papa est au septième ciel avec ton pain !",
        "La veuve noire de mon jardin a eu peur de ta brioche mdr",
        "Il est parti trop tôt de la fête, il a raté ton gâteau !",
        "J'ai enterré ma vie de jeune fille samedi et on a fait ton gâteau !",
        "Le deuil de mon ancien levain est fait, le nouveau est top !",
        "Ma vieille voiture est morte, heureusement ton blog me console mdr.",
    ],
)
def test_leaving_heaven_and_burying_in_everyday_use_stay_warm(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "On l'a enterrée samedi. Je n'ai pas encore eu le courage de relire ses lettres.",
        "chui pas bien depuis que mamie est partie",
        "Licencié ce matin après 15 ans dans la boîte.",
        "On divorce. Je fais ton pain pour tenir le coup.",
    ],
)
def test_a_hard_time_of_the_readers_own_is_not_answered_as_comfort_offered(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.label == "grief" and tone.shared and not tone.comforting, tone
    assert "mots bienveillants" not in draft.text
    assert "m'accompagner dans ce moment" not in draft.text


@pytest.mark.parametrize(
    "text",
    ["Courage à vous, je pense fort à vous.", "Je vous envoie tout mon courage."],
)
def test_courage_offered_is_still_comfort(text):
    assert read_tone(text, support=True).comforting


@pytest.mark.parametrize(
    "text",
    [
        "J'ai plus la force de me battre.",
        "J'ai pas le moral en ce moment, ton blog m'aide un peu.",
        "Je déprime grave ces temps-ci.",
        "Notre maison a brûlé en juin, on repart de zéro.",
    ],
)
def test_a_low_mood_or_a_hard_time_said_plainly_is_heard(text):
    assert_read_hard(text, "fr", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "Après le marathon, j'ai plus aucune force dans les jambes, mais ce pain m'a sauvée !",
        "Je déprime grave, il n'y a plus de brioche mdr",
        "J'ai pas le moral à cause du match, mais ton gâteau m'a consolé.",
        "J'étais déprimée par la pluie mais ta recette m'a remonté le moral !",
        "Ma maison a brûlé dans Minecraft mdr",
    ],
)
def test_tired_legs_a_lost_match_and_a_game_stay_warm(text):
    assert_read_warm(text, "fr")


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
        "Toutes mes condoléances, je suis de tout cœur avec vous.",
        "Je suis tellement désolée pour ta perte.",
        "Je t'envoie plein de force.",
        "Je suis là pour toi, courage.",
    ],
)
def test_comfort_offered_on_a_hard_day_is_thanked_not_condoled(text):
    tone, draft = read_tone(text, support=True), draft_of(text, "fr", support=True)
    assert tone.label == "grief" and tone.comforting and not tone.shared, tone
    assert "condoléances" not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        "Guérie ! Fin des traitements aujourd'hui, merci pour tes mots pendant la chimio.",
        "Dernière chimio hier, et le médecin dit : plus aucune trace du cancer !",
        "Je suis guérie. Merci à tous ceux qui m'ont soutenue pendant la chimio.",
    ],
)
def test_a_hard_time_ending_well_is_answered_glad(text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.good_news, tone
    assert "Cette bonne nouvelle" in draft_of(text, "fr").text


@pytest.mark.parametrize(
    "text",
    [
        "Chimio demain, j'espère être guérie un jour.",
        "Chimio demain, je lis ton blog pour penser à autre chose.",
    ],
)
def test_a_hard_time_not_yet_over_is_no_good_news(text):
    tone = read_tone(text)
    assert tone.label == "grief" and not tone.good_news, tone


def test_a_cold_cured_by_soup_stays_warm():
    assert_read_warm("Je suis guérie de mon rhume grâce à ta soupe !", "fr", thanked=True)
