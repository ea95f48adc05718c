"""What a review of French comments found (session 39), worst harm first: « Je vais tout arrêter,
j'en peux plus de cette vie. » starred and quoted with no helpline; « J'ai plus la force de
continuer, à quoi bon. » and « Ca sert a rien de vivre comme ca » starred or quoted; a death told
as « Mamie est partie cette nuit. », « Bébé est parti trop tôt », « Notre petit ange est parti à
5 mois de grossesse », « une grossesse arrêtée », infertility (« je suis stérile », « nous sommes
infertiles »), a burn-out spelled « burn out », a husband « parti pour une autre » and « on vient
de divorcer » starred or quoted back; sarcasm and condescension starred or quoted (« Merci pour ce
magnifique article... qui ne sert à rien. », « …, quelle originalité. », « Bel effort, mais c'est
du niveau débutant. », « Renseignez-vous. »); and the other way, a laugh answered with
condolences (« Mon fils est mort de rire », « Je suis décédée 😂 », « J'ai fait mon deuil du pain
parfait haha ») and « une fausse manip » read as a correction.

Each case is pinned with its near misses: the same words in everyday use keep their warmth.

Later in the review: a death told as « a rendu l'âme », « son dernier souffle », « le pont de
l'arc-en-ciel », « le paradis des chats »; a child's attempt (« Ma fille a fait une tentative
hier »), a relapse into drink, a husband who drinks, HIV, a layoff said in Québec (« mis à
pied »), IVF under way, parents divorcing, a baby in neonatal care, a birthday the dead would
have had, last words (« c'est la dernière fois que j'écris ici », recipes given away) starred or
quoted; and jabs (« on n'en avait pas assez. », « Mon chien cuisine mieux. », « T'as vraiment
rien compris au… », « ça t'occupe. ») and a web agency's signature thanked.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of


@pytest.mark.parametrize(
    "text",
    [
        "Je vais tout arrêter, j'en peux plus de cette vie.",
        "J'en peux plus de ma vie.",
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_a_reader_at_risk_is_heard_with_a_helpline(text, support):
    tone, draft = read_tone(text, support=support), draft_of(text, "fr", support=support)
    assert tone.label == "grief" and tone.crisis, tone.cues
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "J'ai plus la force de continuer, à quoi bon.",
        "Je n'ai plus la force de continuer.",
        "Ca sert a rien de vivre comme ca",
        "Ça ne sert plus à rien de vivre.",
        "ce soir c'est la dernière fois que j'écris ici. merci pour tout.",
        "Je laisse mes recettes à ma sœur, je n'en aurai plus besoin.",
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_oblique_words_of_a_reader_at_risk_are_never_starred_nor_quoted(text, support):
    tone, draft = read_tone(text, support=support), draft_of(text, "fr", support=support)
    assert tone.guarded or tone.crisis, tone.cues
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Mamie est partie cette nuit. Je relis ses recettes grâce à votre blog.",
        "Papa est parti dans son sommeil.",
        "Bébé est parti trop tôt, à 8 semaines de grossesse.",
        "Notre petit ange est parti à 5 mois de grossesse.",
        "On nous a annoncé une grossesse arrêtée à l'écho des 12 semaines.",
        "Je suis stérile, et lire vos posts sur vos enfants me fait du bien et du mal à la fois.",
        "On a appris que je suis stérile. Trois ans d'essais pour rien.",
        "Le médecin dit que nous sommes infertiles. Je lis vos recettes pour ne pas pleurer.",
        "Gros burn out, arrêt maladie de 3 mois. Je teste tes recettes.",
        "Je suis en burn out depuis janvier.",
        "Mon mari est parti pour une autre, et votre blog me tient compagnie.",
        "On vient de divorcer, mais les enfants ont adoré tes cookies.",
        "Mon chum a été mis à pied la semaine passée, on cuisine pas cher grâce à toi.",
        "Ça me tente pu de rien faire, j'ai pu de goût à rien.",
        "Ça fait trois ans que je suis en PMA, et chaque test négatif me brise.",
        "Aujourd'hui ça aurait été les 60 ans de papa.",
        "Mon papi a rendu l'âme dimanche.",
        "Mon chien a rendu son dernier souffle dans mes bras.",
        "Ma chienne a traversé le pont de l'arc-en-ciel ce matin.",
        "Mon chat est parti au paradis des chats cette nuit.",
        "Ma fille a fait une tentative hier, elle est à l'hôpital.",
        "Je me suis remise à boire.",
        "Mon mari boit et je ne sais plus quoi faire.",
        "Je suis séropositive depuis 10 ans, et tes recettes m'aident à bien manger.",
        "Mes parents divorcent, j'ai 14 ans et je fais tes cookies pour me calmer.",
        "Mon bébé est en néonat depuis 3 semaines, je lis ton blog la nuit.",
    ],
)
def test_a_loss_or_a_hard_time_gets_a_quiet_reply(text):
    assert_read_hard(text, "fr", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "Mamie est partie cette nuit. Je relis ses recettes grâce à votre blog.",
        "Je suis stérile, et lire vos posts sur vos enfants me fait du bien et du mal à la fois.",
        "Notre petit ange est parti à 5 mois de grossesse.",
    ],
)
def test_under_a_hard_day_post_too(text):
    draft = draft_of(text, "fr", support=True)
    assert read_tone(text, support=True).label == "grief"
    assert draft.gold_stars == 0 and draft.quote == "" and not draft.crisis


@pytest.mark.parametrize(
    "text",
    [
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
def test_a_jab_is_neither_thanked_nor_quoted(text):
    assert_read_hard(text, "fr", "hostile")


@pytest.mark.parametrize(
    "text",
    [
        "Mon fils est mort de rire devant la vidéo.",
        "Ma fille est morte de honte quand j'ai montré la photo à ses copines lol",
        "Mon chat est mort de peur à cause de l'orage mais il va bien maintenant lol",
        "Mon fils est mort de faim après le foot, il a tout mangé",
        "Je suis décédée 😂 cette chute de la fin",
        "Je suis décédé de rire",
        "J'ai fait mon deuil du pain parfait haha",
        "J'ai fait une fausse manip avec git, ton article m'a sauvé la vie !",
    ],
)
def test_a_laugh_or_a_slip_gets_no_condolences(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Des figues et du chèvre, quelle originalité ! J'adore.",
        "Pour le levain, renseignez-vous auprès d'un boulanger, ils sont adorables !",
        "Enfin un tuto clair, c'est du niveau débutant, parfait pour moi !",
        "Ce gadget qui ne sert à rien, je l'ai acheté quand même haha",
        "Moi aussi je devrais relire avant de publier mes commentaires lol",
        "Tu devrais apprendre à ta fille les bases avant de faire la pâte, c'est trop mignon",
        "J'ai stérilisé mes bocaux comme tu dis, parfait !",
        "Je suis stérile de toute idée de recette ce soir, merci pour l'inspi !",
        "Mamie est partie cette nuit en train pour Nice, elle a pris ta recette.",
        "Mamie est partie ce matin après une semaine chez nous, la maison est vide haha",
        "Bébé est parti à la crèche tout content avec son cookie !",
        "Ma grossesse s'est bien passée, merci pour les recettes !",
        "J'en peux plus de cette vie de fou avec trois enfants lol",
        "J'ai plus la force de continuer ce régime, je craque pour tes cookies !",
        "Merci, j'ai plus le courage de continuer à chercher, ta recette est parfaite.",
        "C'était une fausse alerte, le levain est reparti !",
        "Mon mari est parti pour une autre tournée de croissants, il adore !",
        "Le deuil du pain blanc, ptdr",
        "Un gros burn de la pâte au fond du moule, mais le goût était top, merci !",
        "Don't let the candles burn out, lovely post!",
        "Encore des cookies, on n'en avait pas assez !",
        "Mon chat cuisine mieux que moi lol, super recette",
        "J'ai rien compris au levain avant ton tuto, merci !",
        "T'as rien compris au levain, ma pauvre, disait mon mari. Maintenant il en redemande !",
        "C'est tellement simple que n'importe qui peut faire ça, merci !",
        "Je travaille dans une agence web et ton tuto m'a aidé, merci !",
        "Ça aurait été les 10 ans du blog, bravo pour la longévité !",
        "On a fêté les 60 ans de papa avec ta forêt-noire, un succès !",
        "Je laisse mes recettes à ma sœur pendant les vacances, elle va adorer.",
        "Je donne mes vieux moules à ma voisine, je n'en aurai plus besoin avec ton astuce !",
        "C'est la dernière fois que je passe ici sans laisser de commentaire, merci !",
        "J'avais plus de goût à rien pendant mon covid, mais maintenant je goûte tout, merci !",
        "Je suis décédée de fatigue, mais le pain est sorti parfait",
        "Mon mari boit son café en lisant ton blog chaque matin.",
        "Mon mari boit trop de café depuis qu'il a découvert ta recette de tiramisu lol",
        "Ma fille a fait une tentative de macarons, ratée mais on a bien ri !",
        "Ma fille a fait une tentative hier de ta brioche, un succès !",
        "Je me suis remise à boire du thé grâce à ton article sur le matcha.",
        "Mon ordi a rendu l'âme pendant le tuto mdr",
        "Mon vieux four a rendu l'âme, tu conseilles quelle marque ?",
        "On est passés sous le pont de l'arc-en-ciel à Nice, magnifique !",
        "Les enfants sont partis au paradis des chats : le café à chats de Lyon, trop mignon !",
        "Mes parents ont divorcé il y a 20 ans et ils font tous les deux ta recette, mdr",
        "Ma fille adore cuisiner, ça l'occupe.",
        "Tu fais du pain le dimanche ? Ça t'occupe bien !",
        "Ah, une recette de plus qui ne marche pas chez moi, j'ai dû rater quelque chose ?",
        "Je suis infirmière en néonat et je lis ton blog la nuit, merci !",
    ],
)
def test_the_same_words_said_in_fun_stay_warm(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Mon chat est mort de vieillesse la semaine dernière.",
        "Mon oncle est mort du covid.",
        "Ma mère est morte il y a un an.",
        "Mon grand-père est décédé en mars.",
        "Je fais mon deuil doucement, merci.",
        "Je suis en deuil de mon chat, ça fait du bien de voir les photos du tien.",
        "Super tuto, dommage que la moitié soit fausse.",
    ],
)
def test_a_death_or_a_correction_is_still_heard(text):
    tone = read_tone(text)
    assert tone.label in ("grief", "critical"), tone.cues
    assert draft_of(text, "fr").gold_stars == 0


@pytest.mark.parametrize(
    "text",
    [
        "Wow c'est vraiment une belle recette, continuez comme ça. Cordialement, agence SEO Paris.",
        "Super tuto, merci. Agence web Lyon.",
    ],
)
def test_a_web_agency_signing_praise_is_spam(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.label == "spam", tone.cues
    assert draft.gold_stars == 0 and draft.quote == ""
