"""Hard times told in French, German, Spanish, Italian, Portuguese, Dutch and Russian, with a few
English job losses told beside them (GRIEF_OTHER): a loss, an illness, a job lost, a divorce; the
next sentence that turns them into a joke (JOKE_TURNS, TURNABLE_FR, TURNED_FR); and the same in
scripts written without spaces (GRIEF_NONSPACED). Label "grief", as hard_times.py.

Data: the package's docstring says how the lists are written and read."""

from reply_drafts.tone_cues.death import (
    BABY_CAME,
    DECEDE,
    DIED_IT,
    DIED_PT,
    FR_LAUGH_AFTER,
    LAUGHS_LATER,
    MURIO_OF_A_THING,
    PET_WOKE_UP,
)
from reply_drafts.tone_cues.job_loss import (
    JOB_CUT_LAUGHED_OFF_FR,
    JOB_CUT_TURNED_OUT_WELL,
    WORK_UNSAVED,
)
from reply_drafts.tone_cues.losses_remembered_de import HARD_TIMES_DE
from reply_drafts.tone_cues.mood import WORN_OUT
from reply_drafts.tone_cues.people import KIN, KIN_OTHER, KIN_ROMANCE

# Someone "no longer here to taste it" who is only away, told on the same line: « Elle n'est plus
# là pour goûter, elle est partie en Erasmus », "Ya no está aquí para probarlo, se fue de viaje".
AWAY_TOLD = r"""(?![^\n]*\b(?:erasmus|vacances|voyage|en déplacement|partie? (?:en|à|au|aux|pour)|
    vacaciones|viaje|se fue (?:a|al|de)|se ha ido (?:a|al|de)|mudó|mudado|vacanz\w*|viaggio|
    partit[oa] per|férias|viagem|viajou|foi (?:para|pra))\b)"""

# What « j'ai perdu » loses that is no one: « J'ai perdu 3 kilos avec tes recettes ! », « J'ai perdu
# la notion du temps en lisant ton blog », « perdu mes clés », « perdu mon pari » (session 38).
LOST_NOTHING = rf"""(?:\d+|un|deux|trois|quatre|cinq|six|dix|quelques|
    pas mal de|plein de|beaucoup de)
    (?: \w+)? ?(?:kilos?|kg|grammes|g|cm|centimètres|livres|tailles?)|la notion|le fil|le compte|
    la tête|la boule|la raison|le nord|patience|(?:(?:mon|ma|mes|notre|le|la|les|un|ce|cette|ta|
    du|beaucoup de) )?(?:pari|clés|lunettes|gants|écouteurs|téléphone|portable|sac|parapluie|
    chaussettes?|chemin|souffle|latin|calme|sang-froid|temps|levain|recette|lien|match|partie)|
    (?:toute |toute ma |ma |mon |une |la )?(?:après-midi|soirée|matinée|journée|dimanche|samedi|
    week-end|argent|énergie|farine|beurre|ingrédients)|
    (?:\w+ )?(?:minutes|heures)|(?:(?:tout )?(?:mon|le) )?travail(?={WORK_UNSAVED})"""

# "I can't take any more" in French, German, Spanish, Italian, Portuguese and Dutch, said alone:
# a hard time in GRIEF_OTHER, unless the next sentence laughs („Ich kann nicht mehr. 😂", "Ya no
# puedo más. Jajaja qué foto", "Tô cansada de tudo. Kkkkk mentira": grief.hard_time_words).
# Session 39: „Ich mag nicht mehr." too, at a sentence's start (not „Drei Stück Kuchen später: ich
# mag nicht mehr.").
# Session 39's French hard times in GRIEF_OTHER that the next sentence can turn into a laugh or an
# everyday bake: « Je me suis remise à boire. De l'eau ! », « Mon fils a fait une tentative.
# Verdict : il veut recommencer ! », « Covid : j'ai plus de goût à rien. Vivement que ça
# revienne » (grief.hard_time_words; a cue sees its own sentence only). Matched whole on a cue.
TURNABLE_FR = r"""(?:mon|ma) .+ a fait une tentative|je me suis remise? à boire|
    (?:mon|ma) .+ boit.*|
    .*goût à rien|.*burn out|.+ de (?:divorcer|nous séparer|se séparer)|.+ pour une? autre|
    aurait été .+"""

# What turns them, said in the sentence after.
TURNED_FR = r"""😂|🤣|😅|😆|😄|😁|😜|😉|😹|mdr|ptdr|lol|haha\w*|hihi\w*|je plaisante|je rigole|
    je blague|de l'eau|du thé|du café|verdict|on a fini|recommencer|réussie?s?|covid|revienne|
    pizzas?|ratée?s?|délicieu\w*"""

# Session 38, French, all of which had been starred and quoted: « je vois plus le bout », « Jsuis
# au bout du rouleau », « Ma grand-mère est à l'hôpital depuis lundi » (not « Ma sœur est à
# l'hôpital, elle vient d'accoucher »), « On vient d'enterrer mon beau-père » (not « …la capsule
# temporelle de l'école »); words typed without accents (« mon pere est decede la semaine
# derniere », « les obseques de mon grand pere », « papa ns a quitte dimanche »); a vigil, a child
# in intensive care, a relapse, a long illness, the road to a baby that does not come (« la
# veillée funèbre de mon oncle », « mon fils est en réa depuis dix jours », « J'ai rechuté après
# deux ans sobre. » (not « J'ai rechuté sur le chocolat 😂 »), « Ma mère a la maladie de
# Charcot », « après trois FIV ratées », « en parcours PMA depuis 4 ans », « IMG à 24 semaines »,
# « Notre petit ange est parti à 20 SA » (not « …parti à l'école »), « Notre minou est parti
# rejoindre les étoiles » (not « La fusée est partie rejoindre les étoiles »)); a hand raised at
# home (« Mon mari me frappe et je ne sais pas à qui parler. », not « ma femme me bat aux
# échecs »); an assault (« Je me suis fait agresser dans la rue la semaine dernière », not « …par
# un cygne au parc mdr »).
# Other languages (French, German, Spanish, Portuguese, Italian, Dutch, Russian): a loss, an
# illness, a hard time.
# Not a reader who quit to open a bakery („Ich habe gekündigt", « Mi sono licenziata »), nor one
# home from hospital („aus dem Krankenhaus entlassen"), nor « ho perso il conto » or « 3 chili »;
# a German illness by its organ („Brustkrebs"), « mi hanno diagnosticato un tumore », a divorce
# („Wir lassen uns scheiden", "Estou me divorciando") are hard times; so is a job lost in slang,
# laughed off or not, as "I got fired yesterday lol" (session 38: « j'ai été viré hier… lol »; not
# « J'ai viré le sel de la recette » nor « je me suis fait virer de la cuisine par ma mère »).
# French tells an illness or a loss as the English list does ("tumour", "biopsy", "scattered
# his ashes"): « Le scanner a montré une tumeur. », « La biopsie est revenue. », « Mon fils est en
# réanimation depuis samedi. », « Nous avons dispersé les cendres de papa. »,
# « Je fais partie du plan social. » Not a nurse (« Je suis en réa depuis 15 ans comme
# infirmière »), a game (« Mon mari me bat de dix points au Scrabble »), a pigeon (« agresser
# par un pigeon »), a hen party (« On vient d'enterrer ma vie de jeune fille »), a sky lantern
# (« partie rejoindre les étoiles »), a surgeon's day (« j'ai retiré une tumeur ») nor wood ash.
# Not a charity run or a screening („Lauf gegen Brustkrebs", „Hautkrebs-Vorsorge"), an oncologist
# at work (« curo il tumore al seno »), « Mi hanno diagnosticato la celiachia, grazie! ».
# Session 40: SMS « g plu envie de rien », « je n'ai plus la force de continuer, je crois », « Mon
# mari m'a frappée hier soir » (not « m'a battue au Scrabble »), « Sa chaise est vide à table »,
# « Ma femme est partie avec les enfants. » (not « …avec les enfants au parc »), « que Dieu
# l'accueille dans son paradis », « Maman aurait adoré ce pain » (not « Maman a adoré »).

# A pet gone that came back or was found, or is laughed about: no loss (« Mon chien est parti
# cette nuit ! Il a sauté la clôture, on l'a retrouvé chez le voisin 😅 »).
PET_CAME_BACK = r"""(?![^\n]*\b(?:retrouvée?|revenue?|rentrée?|fugue|clôture|volvió|regresó|
    encontramos|apareció|tornat[oa]|ritrovat[oa]|trovat[oa]|voltou|achamos|encontramos|
    apareceu)\b)(?![^\n]*(?:😅|😂|🤣|😆|\bmdr\b|\bptdr\b|\blol\b|\bjaja|\bahah|\bkkk))"""

GRIEF_OTHER = rf"""{DECEDE}|décès|
    {HARD_TIMES_DE}|
    deced\w*(?! de rire)|obseques|n(?:ou)?s a quitt(?:e|é)\w*(?! pour)|
    veillée funèbre|funérailles(?! (?:nationales|de la reine|du pape|d'état|vikings))
    (?![^.!?…]*(?:😂|🤣|\bmdr\b|\blol\b|\bfilm\b|\bhistoire\b|\blivre\b|\bnapoléon\b|\bhugo\b))
    (?<!étudié les funérailles)|
    (?:on|nous|je) (?:vient|venons|viens) d'enterrer (?:(?:mon|ma|mes|notre|nos) (?:(?:cher|chère|
    vieux|vieille|petit|petite|pauvre) )?(?:{KIN}|{KIN_OTHER}|beau-père|belle-mère|
    beaux-parents|parents|minou|toutou|lapin|cheval)\b|papa|maman|mamie|papi|papy|pépé|mémé)|
    (?:mon|ma|notre) (?:fils|fille|mari|femme|père|mère|papa|maman|frère|sœur|soeur|bébé|enfant|
    grand-père|grand-mère|mamie|papi|compagnon|compagne|conjoint|conjointe) (?:est|est toujours|
    est encore|a été (?:transférée?|admise?)) en (?:réa|réanimation|soins intensifs|néonat|
    néonatalogie|néonatologie|couveuse)
    (?![^.!?…]*\b(?:mdr|ptdr|lol|haha\w*|infirmi\w*|médecin|interne|internat|garde|
    aide-soignante?|soignante?|comme|boulot|stage|de nuit|\w+ ans)\b)|
    (?:j'ai|j ai|jai) (?:encore |de nouveau |à nouveau )?rechuté(?= *(?:[.!…]*$|\. | après|
    au bout))
    (?![^.!?…]*\b(?:mdr|ptdr|lol|haha|gâteau|chocolat|recette|cookies?|parts?|brioche)\b)|
    rechute (?:du|de (?:mon|ma|la)) (?:cancer|lymphome|leucémie|dépression|maladie|sclérose)|
    maladie de (?:charcot|huntington)|
    (?:parcours|protocole|échecs? de|échec en) (?:de )?(?:pma|fiv)|
    (?:fiv|pma|inséminations?) (?:ratées?|échouées?|qui ont échoué|sans succès)|
    (?:une )?img à \d+ ?(?:sa|semaines)|interruption médicale de grossesse|
    (?:notre|mon) (?:petit )?ange (?:est parti|nous a quittés?)(?=\s*[.!…,]*$|
    (?: à \d+ ?(?:sa|semaines|mois de grossesse)| trop tôt))|
    grossesse (?:s'est )?arrêtée|
    (?:mon|ma|notre) (?:(?:petit|petite|vieux|vieille|cher|chère|beau|belle) )?(?:{KIN}|{KIN_OTHER}|
    minou|toutou|chaton|lapin|cheval|jument|hamster|perroquet|loulou|ange)(?: [\w-]+)? (?:
    est|sont) partie?s? (?:rejoindre|retrouver) les (?:étoiles|anges)(?! d(?:u|es|e)\b)|
    (?:arrêt maladie|arrêt de travail|en arrêt) pour (?:épuisement|burn-out|burnout|dépression)|
    épuisement professionnel|
    (?:mon|ma) (?:mari|femme|compagnon|compagne|copain|copine|conjoint|conjointe|ex|père|mère|
    beau-père) (?:me frappe|me bat|lève la main sur moi)(?= *(?:[.!…,;]|$)| (?:et (?!je gagne)|
    depuis|quand|(?:tous les jours|régulièrement|souvent|parfois)(?= *(?:[.!…,;]|$| et)))\b)|
    violences? conjugales?|
    (?:mon|ma) (?:mari|femme|compagnon|compagne|copain|copine|conjoint|conjointe|ex) m'a (?:
    frappée?|battue?|giflée?|tabassée?)(?= *(?:[.!…,;]|$)| (?:hier|ce matin|ce soir|
    cette nuit|encore|devant|la semaine|le week-end)\b)|
    (?:sa|leur) (?:chaise|place) (?:est|reste) (?:vide|inoccupée)(?= *(?:[.!…,]|$| à table|
    depuis))(?![^\n]*(?:😂|🤣|😅|😆|😄|😁|😜|😉|\bmdr\b|\bptdr\b|\blol\b|\bdort\b|\bdorment\b|
    est partie? (?:jouer|au|à la|chez|en stage)\b|\brevien\w*|\brentre\w*))|
    (?:ma femme|mon mari|ma compagne|mon compagnon|ma copine|mon copain) (?:est partie?|
    m'a quittée?) avec (?:les|nos|mes) (?:enfants|gosses|petits)(?= *(?:[.!…,]|$))|
    que dieu (?:l'accueille|l'ait|la garde|le garde) (?:dans son (?:paradis|royaume)|
    en sa (?:sainte )?miséricorde)|
    (?:^|(?<=[.!?…] ))(?:maman|papa|mamie|papi|papy|mémé|pépé) aurai(?:t|ent) (?:adoré|aimé)
    (?! (?:venir|être là|participer)\b)(?![^\n]*\b(?:je|on|nous) (?:\w+ ){{0,2}}(?:lui|
    leur)\b)|
    (?:je me suis fait|je me suis faite?) (?:agresser|violer|tabasser)(?= *(?:[.!…,;]|$)| (?:
    dans|en rentrant|en sortant|en allant|devant|près|hier|ce matin|ce soir|cette nuit|
    la semaine|le week-end|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|
    par (?:un|une|des|deux|trois|plusieurs|mon|ma) (?:hommes?|mecs?|types?|inconnue?s?|
    individus?|jeunes|personnes?|gars|femmes?|ex|collègues?|voisine?s?))\b)(?![^.!?…]*\b(?:mdr|ptdr|
    lol|haha|cygnes?|oies?|mouettes?|guêpes?|moustiques?|chats?|goélands?)\b)|
    s'est donné la mort|s'est (?:pendue?|suicidée?)|cancer,? (?:de )?stade \w+|
    l'enterrement (?:c'était|était|a eu lieu|est) (?:hier|ce matin|aujourd'hui|demain|samedi|
    dimanche)|
    (?:premier|première) (?:noël|anniversaire|fête des (?:mères|pères)|été) sans (?:mon|ma|mes|
    notre|nos|lui|elle|toi,? (?:papa|maman|mamie|papi|papy|pépé|mémé)(?![\w-]))|
    aurait eu (?:\d+|[\w-]+) ans(?: aujourd'hui)?|
    aurait été (?:les|ses) (?:\d+|[\w-]+) ans (?:de|d') ?(?:papa|maman|mamie|papi|papy|pépé|mémé|
    (?:mon|ma|notre) (?:\w+ )?(?:{KIN}|{KIN_OTHER}))(?= *(?:\.(?!\.)|!|$| aujourd'hui))
    (?![^\n]*\b(?:fête|fêter|reporté\w*|décalé\w*)\b){FR_LAUGH_AFTER}|
    (?:a|ai|avons|a été|ai été|avons été|suis|est|sommes|me suis fait|s'est fait) mise? à pied|
    (?:je suis|on est|nous sommes|je suis toujours) en (?:pma|fiv)\b(?! d[eu] )|
    (?:je suis|il est|elle est) séropositi(?:f|ve)\b|
    mes parents (?:divorcent|se séparent|vont divorcer|vont se séparer)(?= *(?:[.!…,]|$| et ))|
    (?:mon|ma) (?:\w+ )?(?:{KIN}|{KIN_OTHER}) a fait une tentative(?= *(?:[.!…,]|$)| (?:hier|
    cette nuit|ce week-end|la semaine dernière|samedi|dimanche|lundi|mardi|mercredi|jeudi|
    vendredi)(?= *(?:[.!…,]|$)))(?=[^.!?…,\n]*[.!…]* *$|[^\n]*\b(?:hôpital|urgences|réa|
    réanimation|psy\w*|
    suicide|samu|pompiers|cachets|médicaments|en vie|vivante?|sauvée?|hospitalisée?|internée?)\b)|
    je me suis remise? à boire(?= *(?:[.!…,]|$| depuis))(?![^\n]*\b(?:eau|thé|café|kombucha|
    citronnade|smoothies?|tisanes?|jus|lait|chocolat|matcha|cold brew|infusions?|
    sirop)\b){FR_LAUGH_AFTER}|
    (?:mon|ma) (?:mari|femme|père|mère|compagnon|compagne|conjointe?) boit (?:trop|de plus en plus|
    à nouveau|encore)(?= *(?:[.!…,]|$| et (?!encore)| depuis))(?![^\n]*\b(?:eau|thé|café|
    kombucha|citronnade|smoothies?|tisanes?|jus|lait|chocolat|matcha|infusions?|sirop|
    soupe)\b){FR_LAUGH_AFTER}|
    (?:^|(?<=[.!?…] ))(?:mon|ma) (?:mari|femme|père|mère|compagnon|compagne|conjointe?) boit(?= *(?:
    [.!…]|$))(?![^\n]*\b(?:eau|thé|café|kombucha|citronnade|smoothies?|tisanes?|jus|lait|chocolat|
    matcha|infusions?|sirop|soupe)\b){FR_LAUGH_AFTER}|
    (?:mon|ma) (?:mari|femme|père|mère|compagnon|compagne|conjointe?) boit(?= et je ne sais plus)|
    (?:j'ai|jai|j'ai) (?:pu|plus) (?:de )?goût à rien(?= *(?:[.!…]|$))(?![^\n]*\b(?:covid|odorat|
    rhume|grippe|fade|saveurs?|revienne)\b){FR_LAUGH_AFTER}|
    (?:premier|première|deuxième) (?:noël|anniversaire|fête des (?:mères|pères)|été) sans (?:
    papa|maman|mamie|papi|papy|mémé|pépé|grand-mère|grand-père)(?![\w-])|
    l'enterrement de (?:papa|maman|mamie|papi|papy|mémé|pépé|grand-mère|grand-père)(?![\w-])|
    (?:vient|viennent|venez|venons) de m'annoncer (?:un |une |que j'ai (?:un |une )?)(?:cancer|
    lymphome|leucémie|tumeur|sarcome|mélanome|sclérose)|on m'a (?:annoncé|diagnostiqué) (?:un |
    une |que j'ai (?:un |une )?)(?:cancer|lymphome|leucémie|tumeur|sarcome|mélanome|sclérose)|
    (?:j'écris|je vous écris|je t'écris) depuis (?:le service de |la )?(?:pédiatrie|réanimation|
    réa|néonatalogie|néonat|oncologie)|
    (?:(?:je fais|j'ai fait|j'ai|je fais encore) des crises d'angoisse|mes crises d'angoisse)
    (?![^.!?…]*\b(?:examens?|partiels?|oral|oraux|avion|vols?|impôts|page blanche|permis|
    concours|entretiens?)\b)|
    m'aide à tenir(?= *(?:[.!…,]|$| le coup))(?![^.!?…]*\b(?:révisions|partiels|examens|bac|
    concours|jusqu'(?:au|à)|ramadan|régime|gardes?|sorties|entraînements?|chantier|travaux)\b)|
    perdu (?:la|notre) maison dans (?:un |l')(?:incendie|inondation)|
    (?:notre|ma) (?:maison|appartement|appart|ferme) a (?:entièrement )?(?:brûlé|été détruite?|
    été inondée?(?! de | d'))(?![^.!?…]*\b(?:minecraft|sims|jeu|mdr|ptdr|lol)\b)
    (?![^.!?…]*\b(?:tout est refait|refait à neuf|reconstruite?)\b)|
    (?<!sont )en (?:plein|pleine procédure de|cours de) divorce(?![^.!?]*\b(?:haha|mdr|lol|ptdr))
    (?! (?:avec|de) (?!(?:mon|ma|son|sa|notre) (?:mari|femme|époux|épouse|conjointe?|compagnon|
    compagne|ex)\b))|
    tu aurais eu [\w-]+ ans aujourd'hui|
    (?:cela|ça) fait un an (?:que tu|qu'il|qu'elle) (?:nous as? quitté|es parti|est parti)\w*|
    endormie? (?:pour toujours|pour la dernière fois)|hace un año que te fuiste|
    bist du (?:von uns )?gegangen|s'est éteinte?(?= *(?:[.!…,]|$| paisiblement|
    cette nuit| hier| dimanche| lundi| mardi| mercredi| jeudi| vendredi| samedi| dans))|
    (?:on a|nous avons) enterré (?:papa|maman|mamie|papi|notre|mon|ma)|(?:a dû être|a été|
    fait) euthanasiée?|
    cancer (?:du sein|du poumon|du côlon|de la prostate|du pancréas|de l'ovaire)|
    deuil(?! d(?:e |u |es |')(?!(?:mon|ma|mes|notre|nos|son|sa|ses|leur) |papa|maman|mamie|papi|
    papy))(?! de (?:mon|ma|mes|notre|nos) (?:\w+ )?(?:
    levain|four|voiture|téléphone|portable|ordi\w*|blog|boulot|job|appart\w*|jardin|cheveux|
    jeunesse|vacances|projet|plante)\b)|obsèques|enterrement(?! de vie de)|condoléances|
    perd(?:u|re) (?:mon|ma|mes|notre)(?! (?:{LOST_NOTHING})\b)|fausses? couches?|chimio\w*|
    licencié\w*|
    (?:mon|notre) (?:poste|emploi) (?:a été|vient d'être|va être|sera) supprimé(?! par (?:le|la|un|
    une|les) (?:modérat|admin)\w*)(?! *(?:…|\.\.\.)? *(?:du (?:forum|site|groupe|blog|fil|salon)|
    de la (?:page|discussion)|par erreur)\b){JOB_CUT_TURNED_OUT_WELL}{JOB_CUT_LAUGHED_OFF_FR}|
    (?:mi|nuestro) (?:puesto|empleo|trabajo) (?:fue|ha sido|ha quedado|va a ser) (?:eliminado|
    suprimido|amortizado){JOB_CUT_TURNED_OUT_WELL}|
    meine stelle (?:wurde|wird|ist) (?:\w+ ){{0,2}}(?:gestrichen|abgebaut|
    weggefallen){JOB_CUT_TURNED_OUT_WELL}|
    (?:il mio|il nostro) (?:posto(?: di lavoro)?|ruolo) (?:è stato|verrà|sarà) (?:eliminato|
    soppresso|tagliato)(?! (?:da|dal|dalla|dai|dalle|
    dall)\b){JOB_CUT_TURNED_OUT_WELL}|
    (?:meu|o meu|nosso) (?:cargo|posto|emprego) (?:foi|vai ser|será) (?:extinto|eliminado|
    cortado){JOB_CUT_TURNED_OUT_WELL}|
    (?:the|my) (?:company|firm|employer|boss|agency|startup) let me go(?= *(?:[.!…,]|$| on | after |
    last | this | today| yesterday))(?![^.!?\n]*\b(?:at (?:noon|lunch\w*|\d+)|long weekend)\b)|
    (?:prescindió|prescindieron|han prescindido|ha prescindido) de (?:mí|
    mis servicios){JOB_CUT_TURNED_OUT_WELL}|
    l'azienda mi ha lasciat[oa] a casa|sono stat[oa] lasciat[oa] a casa(?! (?:da sol[oa]|
    con|dalla scuola)\b)|
    (?:a empresa|o patrão|o chefe) (?:dispensou-me|me dispensou){JOB_CUT_TURNED_OUT_WELL}|
    fui dispensad[oa](?! d[aeo]s?\b)|
    (?:l'entreprise|la boîte|mon employeur|
    la société) s'est séparée de moi{JOB_CUT_TURNED_OUT_WELL}{JOB_CUT_LAUGHED_OFF_FR}|
    sono (?:in|andat[oa] in|finit[oa] in) burnout|
    (?:ho avuto|sto avendo) un esaurimento
    (?! *(?:…|\.{{2,}})? *d(?:[ie]|el|ell[aeo']|egli|ei)\b)(?: nervoso)?
    (?![^.!?]*\b(?:ahah\w*|haha\w*|lol|scherzo)\b)|tive um (?:burnout|
    esgotamento)(?! *(?:…|\.{{2,}})? *d[aeo]s?\b){LAUGHS_LATER}|
    (?<!retiré une )(?<!enlevé une )(?<!opéré une )(?<!étudié les )(?<!annonce une )tumeurs?
    (?! bénignes?)(?![^.!?…]*\b(?:bénigne|patients?|cours)\b)|
    (?<!des )biopsies?(?! de la pâte| du gâteau)(?![^.!?…]*\b(?:rien de grave|bénigne?|
    tout va bien|négative?|rassurante?|kyste|verrue|ouf)\b)|
    (?:je suis|j'étais|(?:papa|maman|mamie|papi|père|mère|fils|fille|mari|femme|frère|sœur|bébé|
    enfant|compagne?|compagnon) (?:est|était|a été)) (?:toujours |encore |transférée? )?en (?:
    réanimation|réa|soins intensifs)(?![^.!?…]*\b(?:mdr|ptdr|lol|haha\w*|infirmi\w*|médecin|interne|
    internat|garde|
    aide-soignante?|soignante?|comme|boulot|stage|de nuit|\w+ ans)\b)|
    dispers\w* (?:les |ses |leurs )cendres(?! d(?:u|es|e) (?:barbecue|feu|poêle|cheminée|bois|
    la cheminée|charbon))(?![^.!?…]*\b(?:potager|compost|engrais|tomates)\b)|
    (?:je fais|j'ai fait|nous faisons|on fait) partie (?:du plan social|des licenciés)
    (?! d(?:u|e l'|es) (?:comité|association|fêtes|club))|
    (?:j'ai été|je me suis fait|je me suis faite|je viens de me faire|on m'a|ils m'ont|mon (?:
    patron|chef|boss) m'a) (?:virée?|virer)(?= *(?:[.!…,;]|$|hier|ce matin|aujourd'hui|
    avant-hier|cette semaine|la semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|
    du (?:boulot|travail|taf)|de mon (?:boulot|travail|job|poste|taf)|comme|sans|après|lol|mdr))
    (?!(?:[^.!?]|\.\.\.)*\b(?:du (?!boulot|travail|taf|jour)|de la|de son|des|par (?:
    le|la|les|ma|mon|mes))\b)|
    depuis mon licenciement(?![^.!?]*(?:redonné le sourire|m'a sauvé|j'ai (?:trouvé|ouvert|lancé)))|
    burn(?<!avoid burn)(?<!avoiding burn)(?<!prevent burn)(?<!preventing burn)(?<!éviter le burn)(?:
    -?out)(?![- ](?:proof|prevention|free))|
    (?:(?:je suis|j'étais|je suis encore|je sors d'un|j'ai fait un|je fais un|il est|elle est|
    il a fait un|elle a fait un) (?:en (?:plein )?|un (?:gros )?|gros )?|
    (?:^|(?<=[.!?…] ))gros |mon |d'un |du |suite à un |après un )burn out{FR_LAUGH_AFTER}|
    dépression|
    (?:je suis|je me sens|j'étais|je me sentais) (?:\w+ )?déprimée?s?(?! par (?:la|le) (?:pluie|
    météo|grisaille|temps|froid|lundi))(?![^.!?…]*\b(?:remonté le moral|redonné le sourire|mdr|
    ptdr|lol)\b)|
    (?<!lachen )(?<!fast )(?<!beinahe )(?<!teig ist )(?<!wieder )gestorben(?! vor (?:lachen|lust|
    neugier|langeweile|hunger))|
    verstorben|trauer\w*|beerdigung|beileid|
    krebs|fehlgeburt(?:en)?|beerdigt|beigesetzt|
    (?<!ich habe )(?<!ich hab )(?<!job )(?<!stelle )gekündigt|
    (?<!gegen )(?<!viel )(?<!vorsorge )(?:brust|lungen|darm|haut|prostata|blut|
    bauchspeicheldrüsen|eierstock|gebärmutterhals)krebs
    (?!-)(?![^.!?\n]*\b(?:vorsorge|früherkennung|screening|forschung|spendenlauf)\b)|
    (?:mi hanno|le hanno|gli hanno|ci hanno|a (?:mia|mio|nostra|nostro) [\w-]+ hanno) diagnosticato
    (?! (?:la |l'|un'|una )?(?:celiachia|
    intolleranza|allergia|fame))|
    (?<!curo )(?<!cura )(?<!studio )(?<!studia )(?<!ricerca sul )(?:un|il|del|al|dal) tumore|
    (?:meine|meinen|unsere|unseren) (?:mutter|vater|mama|papa|frau|mann|sohn|tochter|bruder|
    schwester|oma|opa|großmutter|großvater|kind|baby|partner|partnerin|hund|
    katze) (?:an (?:\w+ ){{1,2}})?verloren|
    falleci\w*|
    {MURIO_OF_A_THING}(?<!portátil )(?<!móvil )(?<!teléfono )(?<!planta )muri[óo]
    (?! mi (?:planta|portátil|móvil))(?! de (?:la )?(?:risa|ganas|hambre|sed|sueño|vergüenza|
    envidia|aburrimiento|amor)\b)|
    (?:velorio|velatorio|entierro|sepelio|funeral|misa de difuntos|misa de cuerpo presente|
    novenario) (?:de|por) (?:mi|mis|nuestr[oa]s?)(?= )(?! (?:\w+ )?(?:
    dieta|solter[ií]a|masa|levadura|horno|coche|carro|auto|móvil|celular|teléfono|ordenador|
    computadora|sueldo|
    juventud|planta|sofá|nevera|heladera|lavadora)\b){LAUGHS_LATER}|
    se nos adelant[óo] (?:mi|nuestr[oa]) (?:\w+ )?(?:{KIN_ROMANCE}|amig[oa])\b|
    (?:mi|nuestr[oa]) (?:\w+ )?(?:{KIN_ROMANCE}) se nos adelant[óo](?= *(?:[.!…,]|$| hace |
    en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|
    diciembre|el (?:año|mes|verano|otoño|invierno)|la pandemia|\d)))|
    (?:mi|nuestr[oa]) (?:\w+ )?(?:{KIN_ROMANCE}) ya (?:está|descansa) (?:con dios|en el cielo|
    en paz)\b(?! con\b)|
    me qued[ée] sin (?:chamba|trabajo|empleo|curro|laburo|chambita)(?= *(?:[.!…,;]|$| y | con |
    desde | hace ))(?![^.!?\n]*\b(?:ja(?:ja)+|de vacaciones)\b)|
    (?:das |unser |mein )?erste[ns]? (?:weihnachten|weihnachtsfest|ostern|geburtstag|muttertag|
    vatertag|sommer|jahr) ohne (?:sie|ihn|mama|papa|oma|opa|(?:meine|meinen|unsere|unseren) (?:
    mutter|vater|mama|papa|frau|mann|sohn|tochter|bruder|schwester|oma|opa|großmutter|großvater|
    kind|baby|partner|partnerin|hund|katze))(?= *(?:[.!…,]|$))|
    (?:sie|er|mama|papa|oma|opa|(?:meine|mein|unsere|unser) (?:mutter|vater|mama|papa|frau|mann|
    sohn|tochter|bruder|schwester|oma|opa|kind|baby|hund|katze)) ist (?:jetzt |nun )?(?:
    bei den engeln|bei gott|im himmel)(?= *(?:[.!…,]|$))|
    (?:meine frau|mein mann|meine freundin|mein freund|meine partnerin|
    mein partner) hat sich (?:\w+ )?von mir getrennt|
    (?:mein|meine|unser|unsere) (?:mann|frau|sohn|tochter|vater|mutter|papa|mama|bruder|
    schwester|oma|opa|baby|kind|freund|freundin|partner|partnerin) (?:liegt|ist|lag|war) (?:
    (?!als\b|pfleger|ärzt|arzt|krankenschwester)\w+ ){{0,3}}?(?:auf der intensivstation|
    auf intensiv|im koma)(?![^.!?\n]*\b(?:
    arbeitet|dienst|schicht|pfleger\w*|ärztin|arzt|als|heute|gesund|entlassen|zu hause)\b)|
    komme seit (?:\w+ ){{0,2}}(?:tagen|wochen|monaten) (?:kaum|nicht mehr|nicht) aus dem bett
    (?![^.!?\n]*\b(?:ferien|urlaub)\b){LAUGHS_LATER}|
    llevo (?:\w+ ){{0,2}}(?:días|semanas|meses) sin ganas de (?:vivir|
    (?:levantarme|salir) de la cama|levantarme|nada)(?= *(?:[.!…,]|$))|
    perdí a|duelo|cáncer|quimio\w*|aborto espontáneo|
    (?<!una )(?<!uma )despedid[oa](?! de solter[oa]s?)|
    me despidieron(?![^.!?]*\bahora tengo\b)|me han despedido|depresión|
    me (?:acaban|acabaron) de despedir|
    (?:mi|nuestr[oa]) (?:hij[oa]|madre|padre|mamá|papá|marido|mujer|espos[oa]|herman[oa]|
    abuel[oa]|bebé|pareja|novi[oa]) (?:está|sigue|lleva \w+ \w+|ha estado) (?:ingresad[oa] )?en (?:
    el hospital|la uci|urgencias)(?! (?:trabajando|de (?:guardia|voluntari[oa]|prácticas)|
    haciendo))|
    condolencias|faleceu|
    {DIED_PT}|
    luto|câncer|
    cancro|demitid[oa]|depressão|condolências|perdi (?:meu|
    minha)(?! tempo\b)(?! trabalho{WORK_UNSAVED})|
    {DIED_IT}|
    funerale|chemio\w*|(?<!mi sono )(?<!si è )licenziat[oa]|depressione|
    condoglianze|overleden|gestorven|rouw|begrafenis|kanker|ontslagen|depressie|gecondoleerd|
    умер|умерла|смерт\w*|похорон\w*|депресси\w*|соболезн\w*|
    nous a quitté\w*(?! pour)|soins palliatifs|
    (?<!pour )(?:une|cette) (?:année|semaine|journée) (?:si |très |vraiment |tellement )?(?:
    difficile|dure|horrible|sombre|épuisante)(?! pour (?:le|la|les|l'|un|une|des)\b)(?! pour (?:mon|
    ma|mes|notre|nos|son|sa|ses) (?!père|mère|papa|maman|famille|fils|fille|mari|femme|chien|chat|
    frère|sœur|grand|mamie|papi|enfant|bébé|moi))|
    (?:je n'arrive pas à|je ne peux pas|j'arrive pas à) (?:m')?arrêter de pleurer(?! de rire)|
    (?:j'ai|il a|elle a|a|ai) (?:eu )?(?:un|une|le) (?:cancer|lymphome|leucémie|tumeur|sarcome|
    mélanome)|sclérose en plaques|leucémie|métastases|
    (?:sors|suis sortie?|sortie?|sortir) de (?:l'|la |d'un |d'une )?(?:hôpital|hospitalisation|
    clinique) psychiatrique|(?:interné|internée|hospitalisée?) en psychiatrie|
    (?:je|on|nous) divor(?:ce|çons|cé|cée)|(?:mon|notre) divorce|en instance de divorce|
    (?:on|nous) (?:vient|venons) de divorcer(?= *(?:[.!…,]|$| après))|
    (?:(?:on|nous) (?:vient|venons) de (?:nous|se)|je viens de me) séparer(?= *(?:[.!…,]|$|
    après (?:\w+ ){{0,2}}ans))
    (?![^\n]*\b(?:cousins?|cousines?|copines|copains|amis|amies|soirée|vacances|stage|week-end|
    semaine)\b){FR_LAUGH_AFTER}|
    (?:mon|ma) (?:mari|femme|compagnon|compagne|copain|copine|conjointe?) (?:est partie?|
    m'a quittée?) pour une? autre(?= *(?:\.(?!\.)|!|$| et |, (?:et|mais|je|j'|votre|vos|ton|ta|
    tes|depuis)\b)){FR_LAUGH_AFTER}|
    nous nous sommes séparée?s(?! en (?:deux|trois|groupes?|équipes?))|
    on s'est séparée?s(?! en (?:deux|trois|groupes?|équipes?))|
    (?:ma|notre|après (?:la|notre|ma)) rupture(?! (?:de|d') )|
    au chômage(?! partiel)|
    (?:je|j') (?:commence à |ai )?(?:perdre|perdu|perds) (?:tout )?espoir(?= *(?:[.!…,]|$))|
    la maladie de (?:maman|papa|mamie|papi|(?:mon|ma) (?:père|mère|fils|fille|mari|femme|frère|
    sœur|soeur))|
    (?:la|depuis la|après la) mort de (?:papa|maman|mamie|papi|papy|pépé|mémé|(?:mon|ma|notre) (?:
    père|mère|frère|sœur|soeur|fils|fille|mari|femme|époux|épouse|grand-père|grand-mère|chien|
    chienne|chat|chatte|ami|amie|bébé|enfant|compagnon|compagne))|
    (?:je n'ai|j'ai) plus goût à rien(?![^.!?]*(?:covid|odeur|odorat|saveur|rhume))|
    (?:je n'ai|j'ai|j ai|jai|g) plus? envie de rien(?= *(?:[.!…,]|$| depuis))(?![^\n]*(?:😂|🤣|
    😅|😆|😄|\bmdr\b|\bptdr\b|\blol\b|\b(?:a|à) part (?:dormir|manger|ta|ton|tes|ce|cette)\b))|
    je me sens (?:si |tellement |complètement )?vide(?= *(?:[.!…,]|$|depuis| à l'intérieur))|
    je me sens (?:si |tellement |complètement |totalement )?(?:invisible|inutile|de trop)(?= *(?:
    [.!…]|$| depuis| en ce moment| au (?:travail|boulot)| dans ma))|
    (?:je suis |je ne suis qu'|je me sens comme |j'ai l'impression d'être )un (?:vrai )?(?:
    fardeau(?= *(?:[.!…,]|$| pour (?!(?:mon|ma|notre) (?:club|groupe|chorale)\b)))|
    boulet pour (?:tout le monde|les autres|mes proches|
    ma famille)(?= *(?:[.!…]|$)))|je ne sers à rien(?= *(?:[.!…]|$))|
    je n'en vois plus le bout(?= *(?:[.!…]|$))|
    je (?:ne )?vois (?:plus|pas) le bout(?= *(?:[.!…]|$))|
    (?:je suis|jsuis|chui|j'suis|je me sens) (?:complètement |vraiment )?au bout du rouleau
    (?! *(?:…|\.\.\.)? *d(?:e|u|') ?(?:papier|scotch|sopalin|essuie|film|ruban|pq))|
    (?:mon|ma|notre) (?:fils|fille|mari|femme|père|mère|papa|maman|frère|sœur|soeur|bébé|enfant|
    grand-père|grand-mère|mamie|papi|compagnon|compagne) (?:est|est toujours|est encore) (?:
    à l'hôpital|hospitalisée?)(?! pour (?:accoucher|une visite|(?:y )?travailler))
    (?![^.!?…]*\b(?:accouch\w*|maternité|naissance|travaille|bosse|garde|stage|internat|
    infirmi\w*|médecin|aide-soignante?|soignante?|de nuit)\b)|
    (?:je déprime|(?:je n'ai|j'ai|jai) (?:pas|plus) (?:trop |vraiment |du tout )?le moral)(?: (?:
    grave|complètement|vraiment|tellement|trop))?(?= *(?:[.!…,]|$| depuis| en ce moment| ces (?:
    temps|jours)))(?![^.!?…]*\b(?:mdr|ptdr|lol|haha|pluie|météo|match|défaite|finale|lundi)\b)
    (?![^.!?…]*\b(?:il pleut|vacances|depuis que j'ai (?:fini|terminé|lu) (?:ta|ton|tes|votre|
    vos))\b)(?![^.!?…]*\b(?:la|le|les|ta|ton|tes|ma|mon|mes) (?:tarte|brioche|gâteau|gâteaux|
    cookies|biscuits|pain|crêpes|galette|série|saison) (?:est|sont) (?:finie?s?|terminée?s?)\b)|
    j'ai le moral (?:à zéro|au plus bas)(?= *(?:[.!…,]|$| depuis| en ce moment| ces (?:temps|
    jours)))(?![^.!?…]*\b(?:défaite|match|finale|série|saison|pluie|météo)\b)|
    (?:je n'ai|j'ai|jai) plus (?:la force(?: de (?:me battre|lutter|continuer|tenir))?(?= *(?:
    [.!…]|$|, je (?:crois|pense)(?= *[.!…]*$)))|la force de rien|
    aucune force(?! dans (?:les|mes) (?:jambes|bras|mains|doigts|cuisses|
    mollets)))(?![^.!?…]*(?:\bmarathon|\brando|\bcourse\b|
    \btrail\b|\bkm\b|\bséance|\bmatch\b|\brepas\b|trop mangé|après (?:le|la|les|ce|cette|mon|
    ma|\d+) ))|tout me pèse(?= *(?:
    [.!…]|$| en ce moment| depuis))(?![^.!?…]*\b(?:haha|mdr|ptdr|lol|surtout mon sac)\b)|
    (?:je suis |(?<=, ))(?:complètement |vraiment )?à bout(?= *(?:
    [.!…,]|$))|je pleure (?:tous les (?:soirs|jours|matins)|sans arrêt|tout le temps)(?= *(?:
    [.!…,]|$| depuis))|
    (?:^|(?<=[.!?…] ))(?:je suis )?(?:si |tellement )?(?:fatiguée?|lasse?|épuisée?) de tout
    (?= *(?:[.!…]|$))|
    en (?:souvenir|mémoire) de (?:mon|ma|mes|notre|nos) (?:défunte?s? )?(?:père|mère|papa|maman|
    mari|femme|fils|fille|frère|sœur|grand-m[eè]re|grand-p[eè]re|mamie|papi|papy|chien|chienne|
    chat|chatte)|palliati(?<!work in palliati)(?<!travaille en palliati)\w+|
    (?:un|d'un|mon|son|ton) avc|
    fausses? couches?|
    mon deuil(?! du (?:pain|gâteau|levain|régime|sucre|chocolat|beurre|fromage|café|vin)\b)|
    j'ai perdu(?! (?:{LOST_NOTHING})\b)|a perdu (?:son|sa)|courage à (?:toi|vous)|
    toutes mes (?:pensées|condoléances)|
    (?:(?:meine|seine|ihre|unsere|die) diagnose (?:heute |gestern |jetzt |endlich )?(?:bekommen|
    erhalten)|(?:reçu|eu|appris) (?:mon|son|sa|le) diagnostic|(?:me|le|nos) (?:dieron|han dado|
    dio|ha dado|acaban de dar) (?:el|mi|su) diagnóstico|recib(?:í|ió|imos) (?:el|mi|su) diagnóstico|
    (?:ho|ha|abbiamo) (?:ricevuto|avuto) la (?:mia |sua )?diagnosi|mi hanno dato la diagnosi|
    (?:recebi|recebeu|recebemos) o (?:meu |seu )?diagnóstico|(?:me|lhe) deram o diagnóstico)(?! (?:
    für|pour|para|per|do carro|del forno|du four)\b)(?![^\n]*\b(?:nichts schlimmes|harmlos|
    rien de grave|bénin|nada grave|benigno|niente di grave|nada de grave)\b)|
    krebsdiagnose|krankenhaus(?! entlassen)|(?<!krankenhaus )(?<!klinik )(?<!reha )entlassen|
    arbeitslos|schlaganfall|
    mein beileid|herzliches beileid|meine gedanken sind bei|
    me quedé sin trabajo|perd(?:er|í) mi (?:trabajo(?!{WORK_UNSAVED})|empleo)|mi más sentido pésame|
    (?:estoy|estuve) (?:ingresad[oa] )?en el hospital|hospitalizad[oa]|hospitalisée?|
    (?:je suis|j'étais) à l'hôpital|sono in ospedale|ricoverat[oa]|
    (?:fini|finie|terminé|terminée|nuit|emmenée?) aux urgences|
    (?:s'est fait|a été|ont été|été) (?:renvers|écras|percut)(?:er|ée?s?) par une? (?:voiture|
    camion|bus|train|moto)|
    (?:estou|estive) (?:internad[oa] )?no hospital|
    (?:mio|mia) (?:\w+ )?(?:marito|{KIN_ROMANCE}) è (?:ancora )?in ospedale(?! (?:a lavorare|
    di turno|per lavoro|a trovare)\b)|
    (?:meu|minha) (?:\w+ )?(?:{KIN_ROMANCE}) (?:está|continua) (?:na uti|na uci|em coma|
    nos cuidados intensivos)|
    (?:mio|mia) (?:\w+ )?(?:marito|{KIN_ROMANCE}) è (?:ancora )?in (?:terapia intensiva|
    rianimazione)|
    estou desempregad[oa]|sono disoccupat[oa]|
    (?:(?:mi|mio|mia|meu|minha|nuestr[oa]|nostr[oa]|noss[oa]) (?:\w+ )?(?:{KIN_ROMANCE}|marito|
    moglie)|(?:mein|meine|unser|unsere) (?:vater|mutter|mann|frau|sohn|tochter|bruder|schwester|
    oma|opa)) (?:tiene|tem|ha|hat) (?:la |a )?(?:ela|sla|als)(?= *(?:[.!…,;]|$| desde | há | hace |
    da | seit ))|
    (?:he perdido|perdí) (?:mi|el) (?:trabajo|empleo|curro|
    puesto de trabajo)(?= *(?:[.!…,]|$| hoy| ayer| esta| después| tras| y ))
    (?![^\n]*\b(?:encontr\w+|consegu\w+|me ascend\w+|por fin|mejor)\b){LAUGHS_LATER}|
    (?:ich habe|ich hab|hab) (?:\w+ ){{0,2}}(?:meinen job|meine arbeit|meine stelle|
    meinen arbeitsplatz) verloren(?= *(?:[.!…,]|$)){JOB_CUT_TURNED_OUT_WELL}{LAUGHS_LATER}|
    (?:meu|minha) (?:\w+ )?(?:{KIN_ROMANCE}) (?:está|continua) (?:internad[oa] )?no hospital(?! (?:
    a trabalhar|trabalhando|de plantão|a visitar|visitando)\b)|
    (?:elle|il) n'est plus là pour (?:le |la |les |l'|en )?(?:goûter|manger|voir|lire|partager|
    profiter)(?![^\n]*\b(?:on a tout|j'ai tout|tout mangé|mdr|ptdr)\b){LAUGHS_LATER}{AWAY_TOLD}|
    ya no está (?:aquí |con nosotros )?para (?:probarl[oa]|verl[oa]|comerl[oa]|disfrutarl[oa]|
    leerl[oa])(?![^\n]*\b(?:nos l[oa] comimos|me l[oa] comí)\b){LAUGHS_LATER}{AWAY_TOLD}|
    non c'è più per (?:assaggiarl[oa]|vederl[oa]|mangiarl[oa]|gustarl[oa]|leggerl[oa])
    (?![^\n]*\b(?:l'abbiamo mangiat[oa]|finit[oa])\b){LAUGHS_LATER}|
    (?:ela|ele) (?:não está|não tá) mais (?:aqui |entre nós )?(?:pra|para) (?:provar|ver|comer|
    experimentar|ler){LAUGHS_LATER}|
    (?:mon|ma|notre) (?:vieux |vieille |petit |petite )?(?:chien|chienne|chat|chatte|toutou|
    minou|lapin) est partie? (?:la semaine dernière|hier|avant-hier|ce matin|cette nuit|
    ce week-end|dimanche|samedi|lundi|mardi|mercredi|jeudi|vendredi)
    (?= *(?:[.!…,]|$)){PET_CAME_BACK}|
    (?:il )?(?:mio|nostro|la mia|mia|la nostra) (?:vecchi[oa] )?(?:cane|cagnolin[oa]|gatt[oa]|
    micio|micia) se n'è andat[oa] (?:la settimana scorsa|ieri|stamattina|stanotte|domenica|
    sabato|lunedì|martedì|mercoledì|giovedì|venerdì)(?= *(?:[.!…,]|$)){PET_CAME_BACK}|
    mi (?:viej[oa] )?(?:perr[oa]|perrit[oa]|gat[oa]|gatit[oa]) se (?:nos )?fue (?:la semana pasada|
    ayer|anoche|esta mañana|el domingo|el sábado)(?= *(?:[.!…,]|$)){PET_CAME_BACK}|
    (?:meu|minha|nosso|nossa) (?:velh[oa] )?(?:cachorr[oa]|cachorrinh[oa]|gat[oa]|gatinh[oa]|
    cão|cadela) partiu (?:na )?(?:semana passada|ontem|hoje|esta manhã|domingo|sábado)
    (?= *(?:[.!…,]|$)){PET_CAME_BACK}|
    nos dejó (?:en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|
    noviembre|diciembre)|el (?:año|mes) pasado|la semana pasada|hace (?:un|una|dos|tres|unos|
    unas|\d+) (?:días?|semanas?|mes(?:es)?|años?)|ayer|anoche)(?= *(?:[.!…,]|$)){LAUGHS_LATER}|
    ci ha lasciat[io] (?:a (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|
    settembre|ottobre|novembre|dicembre)|(?:lo scorso|l'anno scorso|il mese scorso|
    la settimana scorsa)|(?:un|una|due|tre|qualche|\d+) (?:giorn[oi]|settiman[ae]|mes[ei]|
    ann[oi]) fa|ieri|stanotte)(?= *(?:[.!…,]|$)){LAUGHS_LATER}|
    (?:ela|ele) nos deixou (?:em (?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|
    outubro|novembro|dezembro)|(?:no )?(?:mês|ano) passado|(?:na )?semana passada|há (?:um|uma|
    dois|duas|três|\d+) (?:dias?|semanas?|mes(?:es)?|anos?)|
    ontem)(?= *(?:[.!…,]|$)){LAUGHS_LATER}|
    non ho più (?:la )?forza (?:di|per) (?:fare )?(?:niente|
    nulla)(?= *(?:[.!…,]|$)){LAUGHS_LATER}|
    ya no tengo fuerzas? (?:para|de|pa) nada(?= *(?:[.!…,]|$)){LAUGHS_LATER}|
    não tenho mais forças? (?:pra|para) nada(?= *(?:[.!…,]|$)){LAUGHS_LATER}|
    (?:desde o|depois do|após o) enterro d[oa] (?:meu|minha|nosso|nossa) (?:\w+ )?(?:
    {KIN_ROMANCE})\b|
    meus sentimentos|perdi o emprego|perdi meu(?! tempo)(?! trabalho{WORK_UNSAVED})|
    minha mãe faleceu|
    ho perso(?! (?:la cognizione|il conto|la testa per|(?:\d+ )?(?:chili|kg)|peso|le chiavi|
    gli occhiali|il treno|l'autobus|il bus|l'aereo|il volo|il portafoglio|il telefono|il cellulare|
    (?:\w+ ){{1,2}}di vista|tempo|la pazienza|il filo|la scommessa|la partita|la voce|il sonno|
    l'ombrello|la strada|la ricetta|il segno|la password)\b)
    (?! (?:tutto )?(?:il )?(?:mio )?lavoro{WORK_UNSAVED})|
    perso il lavoro(?!{WORK_UNSAVED})|sentite condoglianze|mi dispiace tanto|
    ziekenhuis|verlies|overlijden|sterkte|gecondoleerd|ontslag|
    gick bort|gått bort|beklagar sorgen|sjukhus|
    fyret|gået bort|kræft|sygehus|
    gikk bort|kreft|sykehus|kondolerer|
    kuoli|kuollut|syöpä|sairaala|osanotto|
    zmarł\w*|zmarła|straciłam|straciłem|nowotwór|rak|szpital|udar\w*|wyrazy współczucia|
    zemřel\w*|rakovina|nemocnic\w*|upřímnou soustrast|
    a murit|spital|condoleanțe|
    vefat|kaybettik|kaybettim|kanser\w*|hastane\w*|başın sağ olsun|öldü|
    πέθανε|έχασα|καρκίνο\w*|νοσοκομείο|συλλυπητήρια|
    загинув|помер\w*|лікарн\w*|співчуття|вигоран\w*|выгоран\w*|больниц\w*|больничн\w*|
    meninggal|rumah sakit|turut berduka|dipecat|
    mất|qua đời|ung thư|bệnh viện|chia buồn|thất nghiệp|
    alifariki|saratani|hospitali|pole sana|
    (?:me sens|me sentir) (?:si |très |tellement |tellement )?seule?|solitude|harcelée?|
    m'a quitté\w*|on a rompu(?! avec (?:la|le|les|l'|nos|cette|ce)\b)|
    (?:fühle mich|bin) (?:so |sehr )?(?:einsam|allein)|einsamkeit|
    gemobbt|mobbing|hat mich verlassen|
    (?:mein mann|meine frau|mein freund|meine freundin|mein partner|meine partnerin|
    mein verlobter|meine verlobte) hat mich (?:\w+ ){{1,4}}verlassen(?= *(?:[.!…]|$| für | wegen )|
    ,(?! *um\b))|
    (?:meine|mein|unsere|unser) (?:mutter|vater|mama|papa|oma|opa|mann|frau|großmutter|
    großvater) (?:hat|hatte|leidet an) (?:\w+ )?(?:demenz|alzheimer)\b{LAUGHS_LATER}|
    (?:mio marito|mia moglie|il mio ragazzo|la mia ragazza|il mio compagno|la mia compagna|
    il mio fidanzato|la mia fidanzata) mi ha lasciat[oa](?= *(?:[.!…,]|$| dopo | per (?:un'altra|
    un altro|la sua|il suo)\b| ieri| oggi)){LAUGHS_LATER}|
    (?:meu|minha) (?:marido|mulher|esposa|namorad[oa]|companheir[oa]) (?:me deixou|
    deixou-me)(?= *(?:[.!…,]|$| depois | por (?:outra|outro|uma|um)\b| há | ontem|
    hoje)){LAUGHS_LATER}|me siento (?:tan |muy )?sol[oa]|(?<!años de )soledad|
    me acosan|
    acoso escolar|(?:esposa|mujer|marido|novi[oa]|pareja) me dejó|
    mi sento (?:così |molto )?sol[oa]|solitudine|bullismo|
    mi sento (?:così |molto |tanto |davvero )?(?:vuot[oa]|inutile)(?= *(?:[.!…,]|$| e | dentro|
    ultimamente| da(?! quando ho finito (?:la tua|il tuo|i tuoi|le tue|la serie|il libro|
    l'ultim))))|
    (?:^|(?<=[.!?…] ))(?:ormai )?niente ha più senso(?= *(?:[.!…]|$))|
    (?:tenho me sentido|ando me sentindo|me sinto) (?:tão |muito |meio )?(?:sozinh[oa]|vazi[oa]|
    inútil)(?= *(?:[.!…,]|$| e | ultimamente| por dentro))|
    (?:^|(?<=[.!?…] ))nada (?:mais )?faz (?:mais )?sentido(?: pra mim| para mim)?(?= *(?:[.!…]|$))|
    (?:fühle|fühl) mich (?:(?:in letzter zeit|gerade|momentan|oft|so|sehr|total|einfach|
    nur noch|völlig) )*(?:leer|wertlos|nutzlos)(?= *(?:[.!…]|$|,? und))|
    (?:^|(?<=[.!?…] ))nichts hat (?:mehr )?sinn(?: mehr)?(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:ya )?nada tiene sentido(?= *(?:[.!…]|$| desde que (?:se fue|murió|
    falleció|perdí a|no está) (?:mi|nuestr[oa]) (?:madre|padre|mamá|papá|hij[oa]|herman[oa]|
    abuel[oa]|marido|mujer|espos[oa]|pareja|novi[oa]|amig[oa]|perr[oa]|gat[oa]|tí[oa]|bebé)\b
    (?! (?:a vivir|de casa|de viaje|de vacaciones|a estudiar|a trabajar|al extranjero)\b)
    (?![^.!?]*\b(?:ja){{2,}})))|
    passando por um divórcio|
    (?:è|sono) (?:un anno|\w+ anni|un mese|\w+ mesi) che se n'è andat[oa] (?:la |il )?(?:mi[oa]|
    nostr[oa]) (?:{KIN_ROMANCE})(?= *(?:[.!…]|$))(?![^\n]*\b(?:vive|abita|torna\w*|erasmus|
    lavora|studia|felicissim[oa]|trasferit[oa])\b){LAUGHS_LATER}|
    tentativi di (?:fecondazione assistita|fivet|pma|icsi)(?: \w+)? fallit[ie]|
    anniversario della (?:morte|scomparsa) di (?:mi[oa]|nostr[oa]) (?:{KIN_ROMANCE})\b|
    (?:cane|gatt[oa]|cagnolin[oa]|mici[oa]) è stat[oa] (?:addormentat[oa]|soppress[oa])
    (?= *(?:[.!…,]|$| (?:ieri|oggi|stamattina|stanotte)(?= *(?:[.!…,]|$))))
    (?![^\n]*\b(?:{PET_WOKE_UP})\b){LAUGHS_LATER}|
    abbiamo dovuto (?:far )?(?:addormentare|sopprimere) (?:il |la |nostr[oa] |mi[oa] )?(?:cane|
    gatt[oa]|cagnolin[oa]|mici[oa])(?! per\b)(?![^\n]*\b(?:{PET_WOKE_UP})\b){LAUGHS_LATER}|
    (?:(?:^|(?<=[.!?…,;] ))oggi |oggi (?:(?:mi[oa]|nostr[oa]) (?:{KIN_ROMANCE})|lui|
    lei) )avrebbe compiuto (?:\d+|\w+) anni(?= *(?:[.!…,]|$))|
    (?:(?:^|(?<=[.!?…,;] ))hoy |hoy (?:(?:mi|nuestr[oa]) (?:{KIN_ROMANCE})|él|
    ella) )(?:habría|hubiera) cumplido (?:\d+|\w+) años(?= *(?:[.!…,]|$))|
    (?:(?:^|(?<=[.!?…,;] ))hoje |hoje (?:(?:meu|minha|nosso|nossa) (?:{KIN_ROMANCE})|ele|
    ela) )(?:faria|completaria) (?:\d+|
    \w+) anos(?= *(?:[.!…,]|$))|
    (?:faz|fazem|hace|se cumplen) (?:um ano|un año|\w+ anos|\w+ años|\d+ anos|\d+ años) (?:
    da|de la) (?:morte|muerte) d(?:[oa]|e) (?:meu|minha|nosso|nossa|mi|nuestr[oa]) (?:\w+ )?(?:
    {KIN_ROMANCE})\b|
    (?:cachorr[oa]|cachorrinh[oa]|gat[oa]|gatinh[oa]|cão|cadela|perr[oa]|perrit[oa]) (?:foi|fue|
    teve que ser|precisou ser|tuvo que ser) sacrificad[oa](?= *(?:[.!…,]|$| ontem| hoje| ayer|
    hoy)){LAUGHS_LATER}|
    (?:tivemos|tuvimos) que sacrificar (?:o |a |al |a la |nuestr[oa] |noss[oa] |mi |meu |
    minha )?(?:cachorr[oa]|gat[oa]|perr[oa]|cão|cadela)(?! de (?:peluche|pelúcia|juguete|
    brinquedo|trapo)\b){LAUGHS_LATER}|
    (?:estamos|estou|tô) tentando engravidar (?:há|faz) (?:\w+ )?anos(?![^\n]*\b(?:{BABY_CAME})\b)|
    (?:hoy )?se cumple(?:n)? (?:un año|\w+ años|\d+ años|un mes) (?:del accidente de (?:mi|
    nuestr[oa])(?![^\n]*\b(?:camin\w*|recuperad[oa]|recuperación|gan[óo]|perfectamente|
    como nuev[oa]|ya está bien|está genial|se recuper\w*|sano|sana)\b){LAUGHS_LATER}|
    (?:de la muerte|
    del fallecimiento|de la partida|del funeral|del entierro) de (?:mi|nuestr[oa]))|
    (?:der )?(?:\w+ )?todestag (?:meines|meiner|unseres|unserer) (?:vaters|mutter|bruders|
    schwester|sohnes|sohns|tochter|mannes|frau|opas|omas|großvaters|großmutter|freundes|freundin|
    hundes|katze|katers|babys|kindes|papas|mamas)\b|todestag von (?:mama|papa|oma|opa)\b|
    (?:mamas|papas|omas|opas) (?:\w+ )?todestag|
    (?:la depre me (?:tiene|está|come)|(?:tengo|estoy con) (?:una |la )?depre(?= *(?:[.!…,]|$|
    y )))(?![^\n]*😍){LAUGHS_LATER}|
    llevamos (?:\w+ ){{1,2}}años (?:intentando|buscando) (?:tener )?(?:un )?(?:hijo|
    bebé|embarazo|quedarnos embarazados)(?![^\n]*\b(?:{BABY_CAME})\b)|
    (?:erfolglosen|gescheiterten|missglückten) (?:icsi|ivf|kinderwunsch)[\w-]*|
    (?:me estoy divorciando|(?:me acabo de divorciar|nos estamos divorciando)(?![^\n]*\b(?:
    feliz|libre|brindo|celebr\w*)\b){LAUGHS_LATER}|
    estou me divorciando|(?:mi sto|ci stiamo) separando|sto divorziando|
    (?:wir lassen uns|ich lasse mich) (?!nicht |von nichts )(?:\w+ ){{0,4}}scheiden)
    (?!, io e (?:il|la|lo|l') ?(?:mio|mia) (?!marito|moglie|compagn|ragazz|fidanzat))
    (?= *(?:[.!…,]|$| y | e |
    dopo | después | depois | da (?:mio|mia) | de (?:mi|mis) (?:marido|mujer|espos[oa]|pareja)))|
    me sinto (?:tão |muito )?sozinh[oa]|solidão|eenzaam|gepest|heeft me verlaten|
    traverse une (?:période|passe|phase) (?:très |tellement |si )?(?:difficile|dure|compliquée|
    sombre)|(?:c'est|ça a été) (?:très |tellement |si )?(?:dur|difficile) en ce moment|
    je ne vais pas bien|ça ne va pas fort|(?:une|des) périodes? (?:très |si )?difficiles?(?! à)|
    (?:pasando|paso|pasé|atravesando) por (?:un|una) (?:momento|época|etapa|racha) (?:muy |tan |
    bastante )?(?:difícil|dura|mala|complicada)|no estoy bien|lo estoy pasando mal|
    (?:mir geht es|mir geht's|mir gehts|es geht mir) (?:(?:gerade|momentan|zurzeit|derzeit|
    echt|wirklich|total) ){{0,2}}(?:nicht gut|schlecht|mies)(?! vor lachen){LAUGHS_LATER}|
    (?:schwere|harte|schwierige) zeit|
    (?:sto passando|sto attraversando|attraversando|passando) un (?:periodo|momento) (?:molto |
    così )?(?:difficile|duro|brutto|buio)|non sto bene|
    (?:passando|passei|passo) por (?:um|uma) (?:momento|período|fase) (?:muito |tão )?(?:difícil|
    duro|complicado|ruim)|não estou bem|
    (?:ik heb het|heb het) (?:heel |erg |zo |echt )?(?:moeilijk|zwaar)|(?:moeilijke|zware) (?:tijd|
    periode)|het gaat niet goed met me|{WORN_OUT}"""

# How the next sentence, in Italian, Spanish, Portuguese and German, turns a hard time of
# GRIEF_OTHER said just before it into a joke or into praise: « Mi sento vuoto dentro... ho fame! »,
# "Nada tiene sentido. Excepto esta receta", "Estou passando por um divórcio... com a dieta",
# „Nichts hat mehr Sinn. Nach diesem Brot ist alles andere langweilig." Matched at its start.
JOKE_TURNS = r"""ho (?:una )?(?:fame|gran fame)|
    (?:la dispensa|il frigo|il frigorifero|la pancia|lo stomaco|il barattolo) è vuot[oa]|
    (?:a|al|alla|all'|ai|alle) ?(?:ultimo momento |mia |mio |nostra |nostro )?(?:cena|festa|pranzo|
    appuntamento|riunione|partita|lezione|passeggiata|matrimonio|compleanno|concerto|gita|corso)|
    com a dieta|con la dieta|mit der diät|
    (?:excepto|salvo|tranne|exceto|außer|menos(?: de| do| da)?|
    dopo|nach|después de|depois d[eo]|como (?:eu )?vivi sem|
    come ho vissuto senza|cómo he vivido sin) (?:questa|questo|quest'|esta|este|essa|esse|dessa|
    desse|diese[mnr]?|tu|tua|tuo|teu|sua|deine[mnr]?|la tua|a tua) ?(?:ricetta|receta|receita|
    rezept|pizza|pane|pan|pão|brot|torta|tarta|bolo|kuchen|lasagna)"""

# Scripts written without spaces between words, or whose words take attached prefixes (Japanese,
# Chinese, Korean, Arabic, Hebrew, Devanagari): matched anywhere in the text.
GRIEF_NONSPACED = """亡くな|亡くし|葬式|葬儀|お悔やみ|ご冥福|癌|がん治療|闘病|介護|うつ病|休職|入院|
    流産|失業|解雇|去世|过世|病逝|癌症|葬礼|失业|抑郁|节哀|住院|流产|走了|离开了我们|生前|裁员|
    돌아가셨|명복|암 진단|항암|입원|구조조정|장례|우울증|힘내세요|
    توفي|وفاة|سرطان|رحم الله|عزاء|أجرك|مستشفى|فقدت|
    נפטר|נפטרה|סרטן|בית חולים|משתתף בצערך|
    मारा गए|गुज़र गए|गुजर गए|निधन|कैंसर|अस्पताल|नौकरी चली गई|
    মারা গেছেন|ক্যান্সার|হাসপাতাল|
    درگذشت|سرطان|بیمارستان|تسلیت|
    เสียชีวิต|มะเร็ง|โรงพยาบาล|เสียใจด้วย"""
