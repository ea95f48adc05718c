"""French losses told in other words, and the warm comments that share those words.

« Mamie est partie cette nuit. », « a rendu l'âme », a first Christmas without Maman, a letter to a
dead parent: a French loss, said plainly or in other words, is answered quietly with no star nor
quote, on an ordinary post as on a hard-day post. Beside each case stand its warm twins (an old
oven "buried", a grandma "in heaven" over crêpes, lost keys, a match, « mort de rire »), which get
no condolences.
"""

import pytest

from reply_drafts.grief import hard_time_cues
from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of
from tests.support.readings import (
    assert_read_quiet_in_french,
    assert_warm_or_plain,
)


@pytest.mark.parametrize(
    "text",
    [
        "I've been in a dark place for months and this is the first thing that made me smile.",
        "Mon chien de 14 ans a dû être euthanasié hier. La maison est si silencieuse.",
        "Je viens d'avoir le diagnostic. Cancer, stade 3. Je m'accroche aux petites gentillesses.",
        "Premier Noël sans mon mari. Ton billet m'a fait sourire pour la première fois.",
        "L'enterrement c'était hier. J'ai lu ça à 3h du matin et ça m'a aidée à respirer.",
        "Aujourd'hui ma mère aurait eu 70 ans. Lire ça m'a un peu aidée.",
    ],
)
def test_grief_is_answered_quietly_with_no_star_and_no_quote(text):
    draft = draft_of(text, "fr" if "'" in text[:12] or "é" in text else "en")
    assert draft.tone == "grief" and draft.gold_stars == 0 and not draft.quote


def test_a_husband_gone_three_weeks_is_not_quoted_back_or_starred():
    text = (
        "Merci du fond du cœur. Mon mari est parti il y a trois semaines et je n'arrive plus à "
        "cuisiner. Ta soupe, je l'ai faite hier."
    )
    draft = draft_of(text, "fr")
    assert draft.tone == "grief" and draft.gold_stars == 0 and not draft.quote


@pytest.mark.parametrize(
    "text, language",
    [
        # a last review's misses, each starred and quoted back
        ("Sam, this hit differently today. Dad's birthday would have been today.", "en"),
        ("L'enterrement de ma femme était vendredi. Notre fille a fait ton pain pour après.", "fr"),
        ("Ma mère est partie il y a dix ans et elle me manque encore. Merci pour ce billet.", "fr"),
    ],
)
def test_a_loss_told_in_passing_is_neither_starred_nor_quoted(text, language):
    draft = draft_of(text, language)
    assert draft.tone == "grief" and draft.gold_stars == 0 and draft.quote == ""


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
    assert_read_quiet_in_french(text)


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


@pytest.mark.parametrize("text", NOT_A_DEATH)
def test_heaven_a_trip_a_tv_and_a_golf_widow_are_no_death(text):
    assert_read_warm(text, "fr")
    assert not read_tone(text, support=True).loss


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


# Each had been read as a loss or a hard time by a new cue (none was before).
WARM_NOT_A_LOSS = [
    "Mamie est partie cette nuit… en croisière !",
    "Mamie est partie cette nuit. Elle rentre de Lisbonne dimanche avec des pasteis de nata !",
    "Papa est parti cette nuit. Il revient de Montréal dans une semaine, je teste ta recette !",
    "Maman est partie dans la nuit… au marché de Rungis, comme chaque jeudi 😄",
    "Papi est parti dans son sommeil... enfin, il s'est endormi devant le Tour de France 😂",
    "Mamie est partie cette nuit ! Direction la Corse avec ses copines, elle a pris tes sablés.",
    "Mon chien est parti cette nuit ! Il a sauté la clôture, on l'a retrouvé chez le voisin 😅",
    "Bébé est parti trop tôt à la crèche ce matin, j'ai pu tester ta brioche tranquille !",
    "Bébé est parti rejoindre ses cousins pour le week-end, on a fait tes crêpes !",
    "Bébé est parti paisiblement faire sa sieste, j'ai enfin pu cuisiner.",
    "Mon mari a rendu l'âme après trois parts de ton fondant 😂",
    "Mon frère a rendu son dernier souffle dans la dernière montée du col, mais il est arrivé !",
    "Ma fille a rendu l'âme après la séance de sport mdr",
    "Mon chat a rendu l'âme à mon canapé, il est tout lacéré 😂",
    "Mon fils a rendu son dernier souffle de ballon, la fête était géniale merci pour le gâteau !",
    "On a traversé le pont de l'arc-en-ciel à Tokyo, magnifique de nuit !",
    "Nous avons passé le pont de l'arc-en-ciel à Odaiba, merci pour tes conseils sur le Japon !",
    "Les enfants ont traversé le pont de l'arc-en-ciel du parc d'attractions, trop contents !",
    "On a franchi le pont de l'arc-en-ciel en bateau à Niagara, un souvenir incroyable !",
    "Mon chat est parti au paradis des chats : l'animalerie en bas de chez moi 😂",
    "Notre chat est parti au paradis des chats, la pension du village, pendant nos vacances !",
    "Trois ans sans ma sœur, elle vit en Australie, mais elle rentre à Noël !",
    "10 ans sans mon frère, il rentre enfin du Canada, on a fait ton gâteau !",
    "Deux ans sans mon mari, déjà ! Il est en mission au Mali, je lui envoie tes biscuits.",
    "Un an sans mon chat, il est chez ma mère pendant mes études.",
    "Deux ans sans ma fille, partie étudier à Montréal : elle rentre demain, je fais ta brioche !",
    "Un an sans mon fils, en Erasmus à Berlin. Il rentre samedi, je lui fais ton gratin !",
    "Samedi ça aurait été les 70 ans de papa, mais on a reporté la fête à dimanche !",
    "Ça aurait été les 30 ans de ma sœur si elle ne mentait pas sur son âge 😂",
    "Hier ça aurait été les 40 ans de mon mari… s'il n'avait pas décidé de les fêter en juin 😂",
    "Ma fille a fait une tentative hier, ratée mais délicieuse !",
    "Mon fils a fait une tentative, c'était pas si mal pour un premier essai !",
    "Mon mari a fait une tentative... on a fini par commander des pizzas 😂",
    "Ma sœur a fait une tentative samedi, la brioche a triplé de volume !",
    "Mon fils a fait une tentative. Verdict : il veut recommencer demain !",
    "Ma mère a fait une tentative ce week-end, elle veut ta recette de pâte !",
    "Grâce à ton kombucha, je me suis remise à boire ! 😂",
    "Avec ta citronnade, je me suis remise à boire. De l'eau, je précise 😄",
    "Je me suis remis à boire, du thé vert bien sûr, merci pour l'article !",
    "Après deux mois sans café, je me suis remise à boire depuis ton article sur le cold brew 😅",
    "Je me suis remise à boire. De l'eau ! Deux litres par jour grâce à ton défi.",
    "Moi je cuisine, mon mari boit. Chacun son rôle 😂",
    "Mon mari boit encore et encore ton chocolat chaud, il en redemande !",
    "Mon père boit trop, de ta citronnade ! Il en fait des litres 😂",
    "Ma femme boit encore, et encore, ton smoothie mangue : merci !",
    "Covid : j'ai plus de goût à rien. Vivement que ça revienne pour tester ta tarte !",
    "Mon four est en plein burn out après 12 fournées 😂",
    "Le levain a fait un burn out, il ne monte plus mdr",
    "Tes batch cookings m'ont évité le gros burn out de la rentrée, merci !",
    "Mon robot est en burn out, trop de brioches ce mois-ci 😅",
    "On vient de se séparer après une super soirée crêpes entre copines, merci pour la recette !",
    "On vient de se séparer, les cousins sont rentrés chez eux après une semaine géniale.",
    "Mon mari est parti pour une autre... part de gâteau ! 😂",
    "Mon copain est parti pour une autre, fournée je veux dire 😂",
    "Ma femme est partie pour une autre, tournée de cookies bien sûr !",
    "On est stériles côté idées ce soir, merci pour l'inspiration !",
    "Je suis stérile niveau inspiration, heureusement que ton blog existe !",
    "On est stériles ! Enfin, nos bocaux, grâce à ta méthode au four 😄",
]


@pytest.mark.parametrize("text", WARM_NOT_A_LOSS)
def test_the_new_words_of_a_loss_said_of_a_trip_a_bake_or_a_laugh_stay_warm(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize("text", WARM_NOT_A_LOSS[::4])
def test_under_a_hard_day_post_they_get_no_condolences_either(text):
    tone = read_tone(text, support=True)
    assert not tone.loss and not tone.crisis, tone.cues


@pytest.mark.parametrize(
    "text",
    [
        "Un an sans toi, maman... J'ai fait ta recette de crêpes grâce à ce blog. Merci.",
        "10 ans déjà sans toi, papa.",
        "Deux ans sans toi, mamie. Je refais tes madeleines chaque dimanche.",
    ],
)
def test_a_letter_to_a_dead_parent_gets_the_quiet_reply(text):
    assert_read_hard(text, "fr", "grief")
    assert read_tone(text).shared


@pytest.mark.parametrize("title", ["Un an sans toi, maman", "10 ans déjà sans toi, papa"])
def test_a_letter_to_a_dead_parent_is_a_hard_day(title):
    assert hard_time_cues(title, "", "Je refais ta tarte chaque dimanche.")


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


# From the sweep of 60 warm French comments against the day's French cues.
THINGS_GONE_IN_FUN = [
    "On l'a enterré hier, le vieux four ! Le nouveau cuit ta brioche à merveille.",
    "Mamie est au ciel quand elle goûte tes crêpes, elle en redemande !",
    "Il est parti trop tôt, le dernier croissant ! Délicieux, merci.",
]


@pytest.mark.parametrize("text", THINGS_GONE_IN_FUN)
def test_an_old_oven_a_grandma_in_heaven_over_crepes_and_a_croissant_gone_are_no_death(text):
    assert_read_warm(text, "fr", thanked=True)
    assert not read_tone(text, support=True).loss


@pytest.mark.parametrize(
    "text",
    [
        "On l'a enterrée samedi, ma grand-mère.",
        "On l'a enterré hier.",
        "Mamie est au ciel, elle me manque tant.",
        "Papa est au ciel depuis l'hiver.",
        "Il est parti trop tôt, mon petit frère.",
        "Elle est partie trop tôt.",
    ],
)
def test_a_death_beside_the_narrowed_words_still_gets_condolences(text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.loss, tone.cues
