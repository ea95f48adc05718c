"""How French comments a review found read wrong are read now, worst harm first, each pinned
with its near misses: the same words in everyday use keep their warmth.

Readers at risk given no helpline, most of them starred and quoted back: « J'ai pensé au suicide
plusieurs fois ce mois-ci. », « J'ai des idées noires en ce moment », « Personne ne remarquerait si
je partais. », « je me suis refait du mal », « Je vais tout arrêter, j'en peux plus de cette
vie. »; oblique words and goodbyes starred or quoted (« J'ai plus la force de continuer, à quoi
bon. », « Ca sert a rien de vivre comme ca », « c'est la dernière fois que j'écris ici », recipes
given away, « Adieu tout le monde, merci pour tout. »), and « Je voudrais juste disparaître
quelques jours sur une île avec ce gâteau 😂 » given a helpline.

Losses and hard times starred and quoted as « exactement le genre de chose que j'espérais lire »:
a child in intensive care, a relapse, failed IVF, a stillbirth's euphemisms, a pet named in its
death, a husband who hits, an assault, words typed without accents (« mon pere est decede »), a
death told as « Mamie est partie cette nuit. », « a rendu l'âme », « le pont de l'arc-en-ciel »,
infertility, a burn-out spelled « burn out », a divorce, a child's attempt, HIV, a layoff said in
Québec (« mis à pied »), a baby in neonatal care, a birthday the dead would have had; and the
other way, « J'ai perdu 3 kilos avec tes recettes ! », « Mon fils est mort de rire » or « J'ai
fait mon deuil du pain parfait haha » answered with condolences, « une fausse manip » read as a
correction.

Scorn, sarcasm and condescension starred or quoted (« Pas mal pour une fille. », Québec insults,
« Merci pour ce magnifique article... qui ne sert à rien. », « Renseignez-vous. », « Mon chien
cuisine mieux. »), and pitches with no link or a web agency's signature thanked.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of


@pytest.mark.parametrize(
    "text",
    [
        "J'ai pensé au suicide plusieurs fois ce mois-ci.",
        "J'ai des idées noires en ce moment, merci pour ton texte.",
        "Personne ne remarquerait si je partais.",
        "Jveux juste dormir pour toujours",
        "J'ai craqué, je me suis refait du mal.",
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
        "J'ai écrit des lettres à tout le monde et je donne mes affaires.",
        "Adieu tout le monde, merci pour tout.",
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_oblique_words_or_a_goodbye_of_a_reader_at_risk_are_never_starred_nor_quoted(text, support):
    tone, draft = read_tone(text, support=support), draft_of(text, "fr", support=support)
    assert tone.guarded or tone.crisis, tone.cues
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Je voudrais juste disparaître quelques jours sur une île avec ce gâteau 😂",
        "J'aimerais disparaître sous la couette tout le week-end.",
        "Après ce gratin je veux juste dormir pour toujours 😂",
        "J'ai envie de dormir pour toujours sous cette couette avec ta soupe.",
        "Personne ne remarquerait si je partais avec le dernier cookie 😂",
        "Le film était plein d'idées noires mais ta recette m'a remonté le moral.",
        "Je me suis refait du mal au dos en jardinant, mais ta soupe m'a réchauffée !",
    ],
)
def test_a_wish_to_vanish_for_a_while_or_to_sleep_forever_in_fun_gets_no_helpline(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Je pars en Australie pour un an, adieu tout le monde et merci pour les recettes !",
        "Adieu les régimes, bonjour ta brioche !",
        "Je donne mes affaires de bébé, merci pour l'idée !",
        "Je donne mes affaires à Emmaüs ce week-end, ça fait du bien.",
        "Je me suis fait agresser par un cygne au parc mdr, heureusement ton gâteau m'a consolée.",
    ],
)
def test_a_move_a_clear_out_or_a_swan_stays_warm(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Jai fait ce gateau pour les obseques de mon grand pere, tout le monde a adoré",
        "mon pere est decede la semaine derniere, merci pour ton blog qui me fait tenir",
        "Mon papa ns a quitté dimanche, il adorait tes recettes",
        "Merci pour la recette ! Je l'ai faite pour la veillée funèbre de mon oncle, ça a fait du "
        "bien à tout le monde.",
        "On vient d'enterrer mon beau-père. Merci pour le gâteau des funérailles, tout le monde a "
        "adoré.",
        "Bravo pour ce billet, très clair. Je le lis à l'hôpital où mon fils est en réa depuis dix "
        "jours.",
        "Ma grand-mère est à l'hôpital depuis lundi, je lui apporterai une part.",
        "Merci pour ce partage, après trois FIV ratées je me sens moins seule.",
        "On est en parcours PMA depuis 4 ans, votre billet m'a fait pleurer.",
        "Notre petit ange est parti à 20 SA, merci de parler de ça.",
        "IMG à 24 semaines l'an dernier. Merci d'en parler.",
        "Merci. Le bébé n'a pas de battement de cœur à l'écho.",
        "Notre minou est parti rejoindre les étoiles cette nuit 😢",
        "Mon chat Filou est mort écrasé ce matin.",
        "J'ai rechuté après deux ans sobre. Merci pour votre texte.",
        "Rechute du cancer annoncée hier. Votre billet tombe à pic.",
        "Ma mère a la maladie de Charcot",
        "Merci pour ce billet, arrêt maladie pour épuisement professionnel, je me reconnais "
        "tellement.",
        "Mon mari me frappe et je ne sais pas à qui parler.",
        "j ai plus envie de rien, plus envie de me lever, a quoi bon",
        "Jsuis au bout du rouleau, plus envie de rien.",
        "Franchement je sais plus quoi faire, je suis épuisée, je vois plus le bout.",
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
        "Je me suis fait agresser dans la rue la semaine dernière, j'ai du mal à sortir.",
    ],
)
def test_a_loss_or_a_hard_time_is_answered_quietly(text):
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
        "J'ai perdu la notion du temps en lisant ton blog.",
        "J'ai perdu 3 kilos avec tes recettes légères !",
        "J'ai perdu mes clés mais trouvé ta recette.",
        "J'ai perdu mon pari, je dois faire ton gâteau pour tout le bureau 😂",
        "J'ai perdu la tête pour cette tarte !",
        "J'ai perdu mon temps à chercher la farine, mais le pain est top",
    ],
)
def test_a_loss_of_nothing_stays_warm(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Ma sœur est infirmière en réa, elle a adoré ton gâteau.",
        "Mon mari travaille en réanimation, il emporte ta quiche au boulot.",
        "Ma sœur est à l'hôpital, elle vient d'accoucher d'un petit garçon !",
        "Ma fille est à l'hôpital pour son stage d'infirmière, elle adore.",
        "J'ai rechuté sur le chocolat 😂 ton fondant est une tuerie.",
        "J'ai rechuté, j'ai refait ton gâteau une troisième fois !",
        "Ma femme me bat aux échecs tous les soirs, mais je gagne en cuisine.",
        "Mon fils me bat à plate couture à Mario Kart.",
        "Mon chat Filou est mort de rire en me voyant rater la pâte 😂",
        "Mon petit ange est parti à l'école avec une part de ton gâteau.",
        "La fusée est partie rejoindre les étoiles, mon fils était aux anges.",
        "Je travaille sur la PMA en labo, super article de vulgarisation.",
        "J'ai eu un bébé grâce à la FIV il y a 3 ans, et aujourd'hui il dévore tes crêpes !",
        "Les funérailles nationales à la télé m'ont donné envie de faire ta tarte tatin.",
        "On vient d'enterrer la capsule temporelle de l'école, trop mignon.",
        "Le bébé a un super battement de cœur à l'écho ! On est ravis.",
        "Je n'ai plus envie de rien d'autre que ce gâteau !",
        "Je vois le bout du tunnel, enfin !",
    ],
)
def test_the_same_words_in_everyday_life_stay_warm(text):
    assert_read_warm(text, "fr")


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


@pytest.mark.parametrize(
    "text",
    [
        "Super article, très instructif ! Visitez mon profil pour plus de conseils.",
        "Excellent contenu, je partage sur mes réseaux. Ma boutique : Les Bougies de Claire, "
        "livraison offerte.",
        "Voyance gratuite par téléphone, première question offerte !",
        "Grand merci ! Pour vos déménagements sur Paris, pensez à DemenagPro, devis gratuit.",
        "Wow c'est vraiment une belle recette, continuez comme ça. Cordialement, agence SEO Paris.",
        "Super tuto, merci. Agence web Lyon.",
    ],
)
def test_a_pitch_with_no_link_or_a_web_agency_s_signature_gets_no_reply(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.label == "spam", tone.cues
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "J'ai commandé le moule sur Amazon, livraison offerte, merci pour le lien !",
        "Ma boutique préférée vend ce moule, merci pour l'idée.",
        "Visitez le marché de Noël de Colmar si vous passez, on y trouve ce pain d'épices !",
    ],
)
def test_a_reader_naming_a_shop_is_no_pitch(text):
    assert_read_warm(text, "fr")
