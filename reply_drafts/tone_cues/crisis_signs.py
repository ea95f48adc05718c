"""The signs of a reader at risk told without the words (means, a place, the ways looked up,
giving up, no way out), the danger of now (an act done or set for tonight), the hints too doubtful
for a helpline, and where each sign means something else (a haircut, a box set, a ship). The
farewells are in crisis_farewells, the guarded words in crisis_guarded.

Data: the package's docstring says how the lists are written and read."""

from reply_drafts.tone_cues.crisis_farewells import (
    FAREWELL_ELSEWHERE,
    GOODBYES_ELSEWHERE,
    LAST_EVER_ELSEWHERE,
    OBLIQUE_ELSEWHERE,
    SIGN_FAREWELL,
    SIGN_GOODBYES,
    SIGN_LAST_EVER,
    SIGN_OBLIQUE_FAREWELL,
)
from reply_drafts.tone_cues.crisis_means import (
    ERRAND,
    MEANS_NOW_ELSEWHERE,
    SIGN_MEANS_NOW,
    SIGN_MEANS_WITH_FAREWELL,
    SIGN_PILLS_FETCHED,
    SIGN_THROW_MYSELF,
    THROW_ELSEWHERE,
)

# What "cutting again" is about when it is not self-harm: hair, a diet, a garden, a quilt.
CUT_ELSEWHERE = r"""hair\w*|haircuts?|salon|barber|clients|bulk\w*|pounds|lbs|kg|weight|diet\w*|
    carbs|calories|sugar|meal prep|quilt\w*|fabric|sewing|cuttings|hydrangeas?|roses|plants?|
    garden\w*|prun\w*|wood|boards|paper|coupons|costs|that is|dough|onions?|veg\w*|
    again and again|kcal|dress|low-carb|lawn|grass|hedges?|lathe|mats?"""

# What "I'm going to end it tonight" ends when it is no life (tone.crisis_cues): "Only two
# episodes left of the box set, I'm going to end it tonight.", "This diet has gone on long enough.
# I'm going to end it today."
END_IT_ELSEWHERE = r"""episodes?|box ?sets?|series|seasons?|chapters?|books?|novels?|diets?|
    detox|fast(?:ing)?|streak|challenge|subscription|contract|lease|binge\w*|argument|row|feud|
    trial|games?|match"""

# Warning signs a reader at risk may write without a word of dying: the means at hand, goodbyes
# written, the place, the ways looked up, giving up ("I have the pills saved up", "I wrote my
# goodbye letters last night", "I'm on the bridge right now", "researching ways to end it", "I
# can't do this anymore. I'm done.", "I've been saving up my pills, just in case.", "I've written
# letters to everyone. Just wanted to thank you too before I go."). The same words are everyday
# ones (Christmas letters, a trip's pills) about a trip, a class, a
# ship, a band, a tooth or a bug: each sign is read only in a comment with no laughter and none of
# the words of its everyday use (tone.crisis_signs), each list below followed by those words.
SIGN_MEANS = r"""(?:i'?ve|i have|i'?ve got|i got|got) (?:the |my |enough |all the |
    all my |some )?(?:sleeping pills|pills|meds|tablets|painkillers|medication) (?:saved|stashed|
    stockpiled|hoarded|put aside|set aside|ready)(?: up)?(?= *(?:[.!…]|$|now|already|to do it|
    to end it|and ready|, (?:so|and) (?:thanks?|thank you|goodbye|bye)))|
    (?:i'?ve been|i'?m|i am|been|i started|i have been) (?:stockpiling|hoarding|saving up|stashing|
    collecting|saving) (?:my |the |some |all my )?(?:sleeping pills|pills|meds|tablets|painkillers|
    medication|insulin|paracetamol)(?= *(?:[.!…]|$|again|,? just in case|for (?:months|weeks|
    a while|ages|some time)))|
    (?:i'?ve been|i'?m|i am|i have been) (?:stockpiling|hoarding|stashing) (?:my |the |some |
    all my )?(?:sleeping pills|pills|meds|tablets|painkillers)(?=,? but\b)|
    saved (?:up )?enough (?:sleeping pills|pills|meds|tablets|painkillers)(?= *(?:[.!…]|$|
    to do it|to end it))|
    saved up (?:sleeping pills|pills|meds|tablets|painkillers)(?= *(?:[.!…]|$))|
    (?:i'?ve|i have) (?:stockpiled|hoarded|stashed) (?:enough |all )?(?:of )?(?:my |the )?(?:
    sleeping pills|pills|meds|tablets|painkillers)(?= *(?:[.!…]|$))|
    j'ai (?:préparé|mis de côté|accumulé|stocké|économisé|rassemblé) (?:tous |toutes )?(?:mes|
    les|des|assez de) (?:médicaments|médocs|cachets|comprimés|pilules|somnifères)(?= *(?:[.!…]|$|
    ,? et je (?:suis|me sens) prête?|,? au cas où(?![\s\S]*\b(?:rando\w*|trousse|voyage|vacances|
    séjour|je pars|on part|nous partons)\b)))|
    ich (?:habe|hab) (?:die |meine |genug )?(?:tabletten|pillen|schlaftabletten|medikamente)
    (?: \w+)? (?:gesammelt|gehortet|gebunkert|beiseitegelegt|bereitgelegt)(?= *(?:[.!…,]|$))|
    ik heb (?:de |mijn |genoeg )?(?:pillen|medicijnen|slaappillen|tabletten) (?:verzameld|gespaard|
    opgespaard|klaarliggen)(?= *(?:[.!…]|$))|
    tengo (?:las |mis |suficientes )?(?:pastillas|medicinas) (?:guardadas|juntadas|
    acumuladas)(?= *(?:[.!…]|$))|
    tengo (?:las|mis|todas las) (?:pastillas|pastis|medicinas) (?:aqu[íi] |justo )?(?:al lado|
    a mano|conmigo|delante|aqu[íi])[.!…,]* (?:y )?(?:ya|total,?) (?:me )?da (?:todo )?igual
    (?= *(?:[.!…]|$))|
    (?:die|meine) (?:tabletten|pillen|schlaftabletten) (?:liegen|habe ich|hab ich) (?:schon )?(?:
    neben mir|hier|bereit|vor mir)[.!…,]* (?:ist )?(?:eh|jetzt|sowieso|doch) (?:alles )?egal
    (?= *(?:[.!…]|$))|
    ho (?:le|i) (?:pillole|pastiglie|farmaci|sonniferi) (?:qui )?(?:accanto|vicino|davanti)
    (?: a me)?[.!…,]* (?:tanto )?(?:ormai )?non (?:importa|ha importanza) (?:più )?(?:niente|
    nulla)?(?= *(?:[.!…]|$))|
    (?:tenho|estou com) (?:os|as|meus|minhas) (?:comprimidos|remédios|pílulas|calmantes) (?:aqui )?
    (?:do lado|ao lado|comigo|na mão)[.!…,]* (?:já )?tanto faz(?= *(?:[.!…]|$))|
    he (?:juntado|guardado|acumulado) (?:las |mis |suficientes )?(?:pastillas|pastis|medicinas|
    pastillas para dormir)(?= *(?:[.!…]|$))|
    ho (?:già )?(?:messo da parte|accumulato|tenuto da parte|
    preparato) (?:tutte )?(?:le |i |abbastanza )?(?:pillole|
    pastiglie|farmaci|medicine|sonniferi)(?= *(?:[.!…]|$))|
    (?:juntei|acumulei|separei|tenho guardad[oa]s) (?:todos )?(?:os |as |meus |minhas )?(?:
    comprimidos|
    remédios|pílulas|calmantes)(?= *(?:[.!…]|$))"""

MEANS_ELSEWHERE = r"""trip|travel\w*|holidays?|vacation|abroad|shortages?|strike|pharmac\w*|
    insurance|refills?|prescriptions?|pandemic|lockdown|hurricane|storm|winter|prepp\w*|apocalypse|
    flights?|moving|vet|clinic|laptop|money|voyage|vacances|semaine|pilulier|
    pénurie|grève|pharmacie|ordonnance|valise|séjour|départ|déménagement|reise|urlaub|apotheke|
    lieferengpass|engpass|vakantie|reis|apotheek|viaje|vacaciones|farmacia|viaggio|vacanze|viagem|
    férias|escassez|enfermeir\w*|infermier\w*|enfermer\w*|pfleger\w*|krankenschwester|
    plantão|reparto|turno"""


SIGN_PLACE = r"""(?:i'?m|i am) (?:standing |sitting )?on (?:the|a) (?:edge of (?:the|a) )?(?:bridge|
    ledge|rooftop|roof|cliff)(?: right now| now)?(?= *(?:[.!…]|$|, (?:just|and i|one last|
    about to|i just)\b))|
    ich stehe (?:gerade |jetzt )?auf (?:der|einer) brücke(?= *(?:[.!…]|$))|
    ik sta (?:nu )?op (?:de|een) brug(?= *(?:[.!…]|$))|
    estoy (?:ahora )?en el puente(?: ahora(?: mismo)?)?(?= *(?:[.!…]|$))|
    sono sul ponte(?: adesso| ora)?(?= *(?:[.!…]|$))|
    estou na ponte(?: agora)?(?= *(?:[.!…]|$))"""

PLACE_ELSEWHERE = r"""ship|boat|hik\w*|climb\w*|
    deck|captain|crew|sail\w*|cruise|ferry|helm|navy|trek|
    enterprise|band|songs?|chorus|verse|guitar|music|track|solo|riff|traffic|commute|bus|bike|
    cycling|run|running|jog\w*|walk\w*|views?|sunset|photos?|pics?|pictures?|shingles|gutters?|
    antenna|repair\w*|fix\w*|leak\w*|game|level|playing|minecraft|zelda|cards|schiff|boot|kapitän|
    schip|kapitein|barco|capitán|nave|capitano|navio|capitão"""

SIGN_WAYS = r"""(?:researching|looking up|looked up|googling|googled|searching|searched|
    reading up on|read up on|looking into|looked into) (?:\w+ )?(?:ways|methods|how) to (?:end it|
    end things|die)(?= *(?:[.!…,]|$))|
    (?:most |a )?painless (?:way|ways|method|methods) to go(?= *(?:[.!?…]|$|last night|tonight|
    yesterday))|
    how many (?:sleeping pills|pills|tablets|paracetamol|tylenol) (?:it )?(?:would|will|does)
    (?: it)? take(?= *(?:[.!?…]|$))|
    (?:cherch\w*|renseign\w*|regard\w*) (?:des |les )?(?:moyens|façons|manières|
    méthodes) (?:d'en finir|de mourir|de me tuer)|
    (?:la )?(?:façon|manière|méthode) la (?:plus douce|moins douloureuse) (?:de|pour) (?:mourir|
    en finir|partir(?= *(?:[.!?…]|$)))|
    (?:wege|methoden|möglichkeiten),? (?:mein leben zu beenden|mich umzubringen)|
    (?:zoek|zocht|gezocht|zoeken) (?:\w+ )?(?:manieren|methodes) om (?:er een einde aan te maken|
    dood te gaan|zelfmoord te plegen)|
    (?:busco|buscando|busqué|he buscado|investigando|investigué) (?:\w+ )?(?:formas|maneras|
    métodos) de (?:acabar con todo|matarme|morir)|
    (?:cerco|cercando|ho cercato|cercato) (?:\w+ )?(?:modi|metodi|un modo) (?:per )?(?:farla finita|
    uccidermi|morire)|
    (?:procuro|procurando|procurei|pesquiso|pesquisando|pesquisei) (?:\w+ )?(?:formas|jeitos|
    maneiras|métodos) de (?:acabar com tudo|me matar|morrer)"""

WAYS_ELSEWHERE = r"""label|dose|dosage|headache|migraine|fever|flu|cold|
    cramps|kids?|child|toddler|tooth|teeth|extraction|dentist|dental|wax\w*|epilat\w*|migrat\w*|
    upgrad\w*|switch\w*|moving|install\w*|refactor\w*|deploy\w*|database|python|rust|framework|
    plugin|version|legacy|server|code|relationship|breakup|marriage|contract|subscription|lease|
    conversation|speech|talk|meeting|call|season|series|show|game|minecraft|chapter|plot|
    characters?|lobsters?|crabs?|fish|chickens?|turkeys?|slaughter\w*|hunt\w*|mice|mouse|rats?|
    wasps?|weeds?|pests?|dent|dents|dentiste|migration|voiture|jeu|personnage|zahn|zähne|
    spiel|diente|dentista|dente|denti|gioco|jogo"""

SIGN_DONE = r"""(?:can'?t|cannot) (?:do|take|handle) (?:this|it) any ?more[.!…]* (?:i'?m|
    i am) (?:so |just )?done(?= *[.!…]*(?: *(?:goodbye|bye|farewell|thank you for everything|
    thanks for everything)[.!…]*)?$)|
    (?:demain|ce soir|bientôt),? je ne serai plus là(?= *(?:[.!…]|$))(?![\s\S]*\b(?:je pars|
    on part|nous partons|avion|nouveau (?:boulot|travail|poste)|vacances|voyage|déménag\w*)\b)|
    i (?:just |really )?want (?:it all|everything|all of it) to (?:stop|end)(?:,? (?:honestly|tbh|
    really))?(?= *(?:[.!…]|$))|
    i (?:just |really )?want to sleep forever(?= *(?:[.!…]|$))|
    (?:is it normal|do you ever|does anyone else|i) (?:to )?(?:just |really )?(?:
    want to disappear forever)(?= *(?:[.!?…]|$))"""

DONE_ELSEWHERE = r"""code|coding|bugs?|build|compil\w*|config\w*|webpack|css|javascript|
    typescript|python|rust|java|deploy\w*|server|framework|npm|docker|kubernetes|regex|merge|git|
    tests?|homework|exams?|thesis|essay|deadline|toddler|baby|
    newborn|traffic|noise|neighbou?rs|construction|drilling|barking|rain|notifications?|emails?|
    marathon|race|flight|jet ?lag|night shift|cabin|woods|island|beach|embarrass\w*|cringe|
    mortified|moving|move|relocat\w*|leaving|cancer|terminal|hospice|chemo|diagnos\w*|prognosis|
    tumou?r|shop|store|office|party|airport|heading|train|bus|déménag\w*|départ|partir|retraite|
    boulot|travail|soins palliatifs|chimio|visa|off to|trip|holiday|vacation|abroad|battery|phone|
    roadworks|drilling|weeks|doctors|médecins|semaines|vacances|voyage|déménage\w*|ville|
    appartement"""

# Not to be around much longer, said bare or shrugged ("I won't be around much longer.", "Great
# recipe! Honestly I won't be around much longer anyway.", « Je ne serai plus là bien longtemps
# de toute façon. », session 42: "anyway" had been quoted
# with a star): a warning sign unless DONE_ELSEWHERE says why; beside a move or a trip
# (crisis_guarded.AT_RISK_EXPLAINED: "I won't be around much longer, moving to Lisbon on
# Friday!") it is read warm; not a shop nor a day ("Won't be around much longer today").
SIGN_NOT_AROUND = r"""i (?:don'?t think|doubt) i'?ll be (?:around|here) (?:for )?(?:much|
    very) longer(?= *(?:[.!…,]|$| anyway| anyways| though| either| honestly| tbh))|
    (?:i won'?t|i will not|i'?m not going to) be (?:around|here) (?:for )?(?:much|very) longer
    (?= *(?:[.!…,]|$| anyway| anyways| though| either| honestly| tbh))|
    je ne serai (?:plus |pas )?là (?:bien |très |encore )?longtemps(?= *(?:[.!…]|$|
    de toute façon|de toutes façons|de toute manière))"""

# « Je vais tout arrêter demain. Merci pour tout. », not quitting sugar, a job or the blog.
# « Ik denk erover om er een einde aan te maken. », not to a subscription or a quarrel.
SIGN_STOP = r"""je vais tout arrêter(?: demain| ce soir| cette nuit)?(?= *(?:[.!…]|$))|
    (?:denk|dacht|overweeg|wil|ga) (?:\w+ ){0,2}(?:om )?er (?:een )?einde aan (?:te )?maken
    (?= *(?:[.!…]|$))"""

STOP_ELSEWHERE = r"""sucre|café|cigarettes?|clope|tabac|alcool|régime|sport|abonnement|réseaux|
    facebook|instagram|twitter|tiktok|youtube|blog|chaîne|boulot|job|travail|études|fac|projet|
    série|association|club|compte|podcast|contract|relatie|ruzie|discussie|project|werk|baan|
    lidmaatschap|gedoe"""

# No way out, nothing holding them, joining someone: not an escape room, a move, a lease ending,
# a loaf stuck to its tin, a daughter off to university.
SIGN_TRAPPED = r"""je ne vois (?:plus|pas|aucune) (?:d'|aucune )?issue(?= *(?:[.!…]|$))|
    (?:there'?s|there is) no way out (?:for me|any ?more)(?= *(?:[.!…]|$))|
    plus rien ne me retient(?: ici| en vie| sur terre| dans ce monde)?(?= *(?:[.!…]|$))|
    (?:i'?ve been|i have been|i'?m|i am|i keep|i was|been) (?:thinking|thought|think) (?:about|
    of) joining (?:her|him|them|my (?:mom|mum|mother|dad|father|wife|husband|son|daughter|brother|
    sister))(?: soon)?(?= *(?:[.…]|$))"""

TRAPPED_ELSEWHERE = r"""escape|maze|labyrinth|games?|level|puzzle|boss|dungeon|traffic|lift|
    elevator|stuck|loaf|dough|bread|tin|pan|uni|university|college|off to|moving|move|trip|
    holiday|vacation|club|class|gym|team|abroad|beach|party|course|pain|moule|pâte|levain|recette|
    bail|cdd|contrat|direction|déménag\w*|je pars|on part|nouvelle vie|boulot|travail|job|lease"""

CRISIS_SIGNS = (
    (SIGN_FAREWELL, FAREWELL_ELSEWHERE),
    (SIGN_TRAPPED, TRAPPED_ELSEWHERE),
    (SIGN_MEANS, MEANS_ELSEWHERE),
    (SIGN_GOODBYES, GOODBYES_ELSEWHERE),
    (SIGN_PLACE, PLACE_ELSEWHERE),
    (SIGN_WAYS, WAYS_ELSEWHERE),
    (SIGN_DONE, DONE_ELSEWHERE),
    (SIGN_NOT_AROUND, DONE_ELSEWHERE),
    (SIGN_STOP, STOP_ELSEWHERE),
    (SIGN_LAST_EVER, LAST_EVER_ELSEWHERE),
    (SIGN_OBLIQUE_FAREWELL, OBLIQUE_ELSEWHERE),
    (SIGN_MEANS_NOW, MEANS_NOW_ELSEWHERE),
    (SIGN_MEANS_WITH_FAREWELL, MEANS_NOW_ELSEWHERE),
    (SIGN_THROW_MYSELF, THROW_ELSEWHERE),
    (SIGN_PILLS_FETCHED, ERRAND),
)

# A reader at risk in danger now (tone.Tone.danger_now), whose draft asks them to call their local
# emergency number first, as crisis lines advise (LanguageLines.crisis_now): a crisis cue telling
# of an act done (the pills taken, letters left)...
DANGER_ACTS = r"""(?:took|swallowed|taken) all (?:of )?my|swallowed (?:a bottle|a handful)|
    (?:took|swallowed|taken) (?:a whole|an entire|the whole) (?:bottle|packet|box)|
    (?:j'ai|jai) (?:pris|aval[ée])|ho (?:preso|ingoiato|mandato giù) tutt[ei]|tomei|
    me (?:tomé|tome|tragué|trague) todas|genommen|geschluckt|
    letters?|notes?|messages|lettres?|briefe|abschiedsbriefe?|afscheidsbrie(?:f|ven)|cartas?|
    letter[ae]"""

# ... or, beside any crisis cue, a time for now ("I have the pills ready. Tonight is the night.",
# « ce soir je vais en finir », "heute Nacht"; not "not tonight" nor "your post tonight"), the
# bridge or the ledge they stand on, goodbye letters.
DANGER_TIME = r"""(?<!not )(?<!pas )(?<!nicht )(?<!post )(?<!article )(?:tonight|right now|
    this evening|ce soir|cette nuit|esta noche|ahora mismo|heute nacht|heute abend|stasera|
    stanotte|esta noite|essa noite|hoje à noite|hoje a noite|heut nacht|vannacht|vanavond)"""

DANGER_NOW = r"""(?:i'?m|im|i am) (?:standing |sitting )?on (?:the|a) (?:edge of (?:the|a) )?(?:
    bridge|ledge|rooftop|roof|cliff)|
    (?:stehe|sta|estoy|sono|estou|tô|to|bin|suis) (?:\w+ )?(?:auf (?:der|einer) brücke|
    op (?:de|een) brug|en el puente|sul ponte|na ponte|sul tetto|sul cornicione|no telhado|
    en la azotea|en el tejado|auf dem dach|sur le pont|sur le toit)|
    (?:goodbye|farewell) (?:letters?|notes?)|lettres? d'adieu|abschiedsbriefe?|
    afscheidsbrie(?:f|ven)|cartas? de despedida|letter[ae] d'addio"""

# ... though "tonight" (DANGER_TIME) must share a sentence with the crisis cue ("Years ago I took
# all my pills. Tonight I'm baking your bread." is no danger now), but for the night named as the
# one.
DANGER_TONIGHT_IS_THE_NIGHT = r"""tonight(?:'s| is) the night|c'est pour ce soir"""

# An act told as past, in its own sentence ("A year ago I took all my pills.", « Il y a deux ans
# j'ai pris tous mes médicaments. », "I used to think everyone would be better off without me."):
# the reader came through it, no danger now; BEHIND too (tone._ACT_IN_THE_PAST).
ACT_IN_THE_PAST = r"""(?:a|one|\w+|\d+) (?:years?|months?) ago|used to|
    last (?:year|month|summer|winter|spring|autumn|fall)|
    il y a (?:un|une|\w+|\d+) (?:ans?|mois)|l'an dernier|l'année dernière|
    vor (?:einem|\w+|\d+) (?:jahr|jahren|monat|monaten)|letztes jahr|
    (?:un|\w+|\d+) (?:anno|anni|mese|mesi) fa|l'anno scorso|
    há (?:um|\w+|\d+) (?:ano|anos|mês|meses)|no ano passado|
    hace (?:un|\w+|\d+) (?:año|años|mes|meses)|el año pasado"""

# Signs too doubtful for a line about helplines ("I've given away most of my things this week",
# "after my overdose", "je suis au bout du rouleau"): read as the reader's own hard time (a quiet
# reply, no quote, no gold star) unless the comment laughs or says what else it is about.
CRISIS_HINTS = r"""(?:written|made|finished|sorted) my will and (?:tidied|sorted|put|got) (?:
    everything|my (?:affairs|things)) (?:up|in order)(?! before (?:my|our|a|the) (?:trip|holiday|
    travels?|move|flight|surgery|operation|wedding|trek))|
    (?:put (?:all )?my affairs in order(?= *(?:[.!…]|$| and i'?m at peace))|
    (?:sorted|sorted out) (?:all )?my affairs(?: in order)?(?= *[.!…]*$| and i'?m at peace))
    (?![^\n]*\b(?:tax\w*|paperwork|accountant|filing|finances|bills|admin)\b)|
    this (?:is|will be) my (?:very )?last (?:bake|loaf|recipe|comment)[.!…]+ *(?:i'?ve|i have) (?:
    sorted|sorted out|taken care of|tidied up|put in order) (?:everything|it all|things|all of it)
    (?: out| up| in order)?(?= *(?:[.!…]|$))|
    gave (?:away )?(?:my |our )?[\w ]{1,30}? (?:away|to) [^.!?]{1,80}[.!…]+ *(?:i )?(?:won'?t|
    will not|don'?t) (?:need|be needing) (?:them|it|any of (?:it|them))(?: any ?more)?
    (?= *(?:[.!…]|$))|
    gave (?:away )?my (?:dog|cat|puppy|kitten|rabbit|bunny|hamster|parrot|budgie|
    horse) to [^.!?]{1,40}[.!…]+ (?:she|he|they)(?:'ll| will) be better off(?= *(?:[.!…]|$))|
    i (?:just )?want (?:the|this) pain to (?:stop|end)(?= *(?:[.!…]|$))(?![^\n]*\b(?:said every|
    teeth\w*|tooth\w*|miles?|marathon|runners?|labou?r|contractions?|cramps?|migraine|
    headache|hangover|sunburn|blisters?)\b)|
    (?:i )?keep thinking about (?:just )?driving (?:off )?and (?:not|never) (?:
    stopping|coming back)(?= *(?:[.!…]|$))(?![.…]* *from\b)|
    (?:i'?ve|i have|i) (?:just )?stopped taking my (?:meds|medication|antidepressants|pills)(?= *(?:
    [.!…]|$))(?![^\n]*\b(?:all clear|doctor said|weaned|celebrat\w*)\b)|
    (?:i'?ve|i have|i) (?:just )?(?:given|gave) away (?:most|all|almost all|
    nearly all|half) (?:of )?my (?:things|stuff|belongings|possessions|books|clothes)|
    (?:i'?ve|i have|i) (?:just )?(?:given|gave) away my (?:things|stuff|belongings|possessions)|
    (?:i'?ve|i have) been giving away my (?:things|stuff|belongings|possessions)(?= *(?:[.!…]|$))
    (?![^\n]*\bdeclutter\w*)|
    (?:don'?t|do not|can'?t|cannot) see the point (?:of|in) (?:getting up|getting out of bed|
    waking up|trying|going on|living)(?: any ?more)?(?= *(?:[.!…]|$))|
    not sure i (?:want to|can) keep (?:fighting|going)(?= *(?:[.!…]|$))|
    (?:kids|children|family) would be better off with (?:someone else|another (?:mom|mum|dad|
    parent|mother|father))|
    giv(?:ing|en|e) (?:\w+ ){0,3}(?:away|to)[^.!?]{0,40}[.!…]+ (?:
    (?:i )?(?:don'?t|do not) think i'?ll|
    (?:i )?won'?t|i will not) (?:need|be needing) (?:them|it)(?= *[.!…]*$| where i'?m going)|
    (?:don'?t|do not) know how (?:much )?longer i can keep (?:doing this|going)(?= *(?:[.!…,]|$))
    (?![^\n]*(?:😂|🤣|\blol\b|\bhaha|\bshifts?\b|\bcommute\b|\bdiet\b|\bmiles?\b|\bmarathon|
    \brun(?:ning)?\b|\brace\b|\btraining\b|\bgym\b|\bheat(?:wave)?\b|\bkitchen\b|\boven\b|
    \btoo good\b|\beat(?:ing|en)?\b|\bbrownies?\b|\bcookies?\b|\bcakes?\b|\bslices?\b))|
    can'?t keep doing this(?: any ?more)?(?= *[.!…]*$|[.!…]+ (?:every|i'?m|i am|nothing|i can'?t))
    (?![^\n]*(?:😂|🤣|😆|\blol\b|\bhaha))|
    (?:everyone|people) keeps? telling me it gets better[.!…]* (?:it doesn'?t|it does not|
    it won'?t)(?![^\n]*(?:😂|🤣|😆|\blol\b|\bhaha))|
    stopped taking my (?:meds|medication|antidepressants)[.!…]* what'?s the point|
    my (?:last |recent |first )?overdose(?! (?:of|on))|after (?:an|the) overdose(?! (?:of|on))|
    (?:i|i'?ve|i have) overdosed(?= *(?:[.!…,]|$|last|again|yesterday|on (?:my )?(?:pills|meds|
    sleeping pills|painkillers|insulin|paracetamol|tylenol)))|
    j'ai donné (?:presque )?(?:toutes mes|la plupart de mes) affaires|
    (?:je donne|je distribue|je suis en train de donner)
    (?![^.!?…]*\b(?:déménag\w*|emménag\w*|vide-grenier)\b) (?:presque )?(?:toutes mes|
    la plupart de mes|mes(?= affaires *(?:[.!…]|$))) affaires(?! d(?:e |'))|
    (?<!photos )(?<!recettes )pour quand je ne serai plus là(?![^.!?…]*\b(?:recettes?|photos?|
    cahiers?|petits-enfants)\b)|
    (?<!ricette )(?<!foto )per quando non ci sarò più(?![^.!?…]*\b(?:ricette|foto|nipoti)\b)|
    (?:je suis|me sens|suis) (?:vraiment |complètement )?au bout du rouleau|
    ich habe (?:alles geregelt und )?(?:fast )?(?:alle )?meine sachen verschenkt|
    ik heb (?:bijna )?al mijn spullen weggegeven|
    (?:regal[ée]|he regalado) (?:casi )?(?:todas mis cosas|mis cosas(?! de\b))|
    ho regalato (?:quasi )?tutte le mie cose|
    dei (?:quase )?todas as minhas coisas"""

HINTS_ELSEWHERE = r"""declutter\w*|minimalis\w*|moving|moved|kondo|konmari|downsiz\w*|charity|
    thrift|garage sale|yard sale|clutter|spring clean\w*|tiny house|van|vanlife|nomad|sell|sold|
    selling|ebay|craigslist|vinted|emigrat\w*|travel\w*|backpack\w*|monastery|retir\w*|coffee|
    caffeine|sugar|chocolate|déménag\w*|désencombr\w*|minimalisme|vide-grenier|umzug|verhuizing|
    mudanza|trasloco|mudança|auswander\w*|wandern (?:\w+ ){0,3}aus|umzieh\w*|ziehen (?:nach|um)|
    nos mudamos|me mudo|ci trasferiamo|mi trasferisco|vamos mudar|nos mudámos"""
