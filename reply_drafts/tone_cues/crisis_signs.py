"""The signs of a reader at risk told without the words (means, goodbyes, a place, a time),
the danger of now (an act done or set for tonight), guarded words, and where each sign means
something else (a haircut, a box set, a move abroad).

Data: the package's docstring says how the lists are written and read."""

from reply_drafts.tone_cues.crisis import CRISIS_UNLESS_LAUGHING
from reply_drafts.tone_cues.crisis_means import (
    MEANS_NOW_ELSEWHERE,
    PLAN_ELSEWHERE,
    SIGN_MEANS_NOW,
    SIGN_MEANS_WITH_FAREWELL,
    SIGN_PLAN_BARE,
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

SIGN_GOODBYES = r"""(?:wrote|written|writing|finished|left|drafted|sent) (?:all )?(?:my|the) (?:
    goodbye|farewell) (?:letters?|notes?|messages?)|
    (?:i'?ve|i have|i) (?:already )?said (?:my )?goodbyes? to (?:everyone|everybody|my (?:family|
    kids|parents|friends|loved ones))(?= *(?:[.!…]|$))|
    my goodbye letters are (?:written|done|finished|ready)|
    (?:written|wrote|left) (?:letters|notes) (?:to|for) (?:everyone|everybody|my (?:family|kids|
    children))[.!…]+ (?:[^.!?]*? )?before i go(?= *(?:[.!…]|$))|
    (?:i'?ve|i have) made my peace(?: and said my goodbyes)?(?= *(?:[.!…]|$))|
    (?:i'?ve|i have) said my goodbyes(?= *(?:[.!…]|$))|
    (?:[ée]crit|r[ée]dig[ée]|préparé|laissé|fini|terminé) (?:mes|ma|une|des|les) lettres? d'adieu|
    (?:écrit|rédigé|laissé) (?:des|mes) lettres (?:à|pour) (?:tout le monde|tous ceux que j'aime|
    toutes les personnes que j'aime|mes proches)(?= *(?:[.!…,]|$))|
    je (?:voulais|veux|viens) (?:juste |simplement )?(?:de )?dire adieu à (?:tout le monde|tous|
    vous tous)(?: ici)?(?= *(?:[.!…]|$))|^adieu (?:à )?(?:tout le monde|tous)(?= *[.!…]*$)|
    (?:meine |die |einen |den )?abschiedsbriefe? (?:ist |sind )?(?:schon |bereits )?(?:
    geschrieben|verfasst|fertig)|
    (?:mijn |de )?afscheidsbrie(?:f|ven) (?:geschreven|klaar)|
    (?:escrib[íi]|he escrito|ya escrib[íi]|dej[ée]) (?:mis|las|una|mi) cartas? de despedida|
    (?:ho scritto|ho lasciato) (?:le |la |una )?(?:mie )?letter[ae] d'addio|
    (?:escrevi|deixei|já escrevi) (?:as |minhas |a |minha |uma )?cartas? de despedida"""

GOODBYES_ELSEWHERE = r"""students?|pupils?|class|classes|classroom|school|teach\w*|term|
    semester|colleagues?|coworkers?|co-workers?|team|office|company|retir\w*|last day|leaving do|
    moving|emigrat\w*|graduat\w*|camp|campers|year's end|end of the year|party|tenants|flights?|
    trip|abroad|visa|erasmus|exchange|wedding|holidays?|vacation|hospice|funeral|vet|wake|
    memorial|grave|
    neighbou?rs|clients|customers|volunteers|residents|patients|airport|élèves|classe|collègues|
    équipe|retraite|école|déménag\w*|schüler|klasse|kollegen|ruhestand|rente|umzug|leerlingen|klas|
    collega'?s|pensioen|verhuizing|alumnos|compañeros|jubilación|mudanza|alunni|colleghi|pensione|
    trasloco|alunos|colegas|aposentadoria|mudança|blog|chaîne|compte|forum|abonnés|vacances|
    voyage|congés|noël|vœux|voeux|anniversaire|mariage|remerci\w*|naissance|christmas|cards|
    pen ?pals?"""

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
    i (?:don'?t think|doubt) i'?ll be (?:around|here) (?:for )?(?:much|very) longer(?= *(?:[.!…,]|
    $))|
    (?:i won'?t|i will not|i'?m not going to) be (?:around|here) (?:for )?(?:much|very) longer
    (?= *(?:[.!…,]|$))|
    je ne serai (?:plus |pas )?là (?:bien |très |encore )?longtemps(?= *(?:[.!…]|$))|
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

# A goodbye to everyone with thanks for everything, and nothing else said ("Goodbye everyone.
# Thanks for everything.", as « Adieu à tous. Merci pour tout. » in CRISIS): not a holiday, a
# move, a new year or a blog closing ("Goodbye everyone, off on holiday for two weeks! Thanks for
# everything, see you in June.").
SIGN_FAREWELL = r"""(?:^|(?<=[.!?…] ))(?:goodbye|farewell)(?: to)?,? (?:everyone|everybody|all|
    all of you|y'?all|my friends)[.!…,]+ +(?:and )?(?:thanks|thank you)(?: (?:all|everyone|
    everybody|so much))? for everything(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:thanks|thank you)(?: (?:all|everyone|everybody|so much))? for (?:
    everything)[.!…,]+ +(?:and )?(?:goodbye|farewell)(?: to)?,? (?:everyone|everybody|all|
    all of you|y'?all|my friends)(?= *(?:[.!…]|$))"""

FAREWELL_ELSEWHERE = r"""holidays?|vacation|trip|travel\w*|moving|move|moved|abroad|see you|
    back (?:in|on|next|soon|after)|next (?:week|month|year|time|season)|until|till|new year|
    \d{4}|january|february|march|april|june|july|august|september|october|november|december|
    blog|site|newsletter|forum|channel|podcast|stream|server|group|club|class|team|job|office|
    school|retir\w*|graduat\w*|wedding|honeymoon|maternity|paternity|break|hiatus|offline|
    social media|twitter|facebook|instagram|reddit|off to|leaving for|deploy\w*|semester|camp|
    new life|new (?:chapter|adventure|home|start)|(?:i|we) start|starting|meetup|meet-up"""

# The last loaf "I'll ever bake", said with thanks or a goodbye ("This is the last loaf I'll ever
# bake. Wanted to say thanks for everything.", starred and quoted in session 40), is a warning sign
# unless a move, a new kitchen, a diet or a laugh says why; not "the last loaf I'll ever bake
# without your trick" nor the last one this week.
SIGN_LAST_EVER = r"""this (?:is|will be) (?:the|my) (?:very )?last (?:bake|loaf|bread|recipe|cake|
    thing) i'?ll ever (?:bake|make|try)(?= *[.!…]+ *(?:$|thank|thanks|goodbye|wanted|just wanted|
    i wanted))"""
LAST_EVER_ELSEWHERE = r"""moving|move|moved|abroad|emigrat\w*|relocat\w*|new (?:kitchen|flat|house|
    home|oven)|no oven|switch\w*|gluten|coeliac|celiac|diet\w*|allerg\w*|lol|haha\w*|😂|🤣"""

# A goodbye said, then told to a thing after a pause: "Esto es una despedida... ¡de la harina
# blanca!", "Questo è un addio… al pane del supermercato": no farewell to life, unless to everyone
# or to life itself ("Esto es una despedida… de todos vosotros").
GOODBYE_TO_A_THING = r"""(?! *(?:\.{2,}|…) *[¡(]?(?:to|a|al|à|au|aux|de|del|alla|allo|ai|agli|
    alle|do|da|dos|das|ao|vom|von|zum|zur|an) (?!(?:todos|todas|tutti|tutte|everyone|everybody|
    all|you|vosotros|ustedes|voi|vocês|vous|tous|toutes|euch|allen|ihnen|la vida|la vita|a vida|
    life|this world|este mundo|questo mondo|ce monde|dieser welt|der welt)\b))"""

# A farewell said in passing beside a bake ("I don't plan to be around for Christmas.", "Won't be
# a problem much longer.", "This is goodbye.", "I'll be gone by Christmas, so thank you for
# everything.", "Gave my dog to my sister. I won't need him where I'm going."), which had been
# starred and quoted: a warning sign unless the comment says it is a trip, a visit, a move or new
# pans ("I don't plan to be around for Christmas, we're flying to Mum's!", "This is goodbye to shop
# bread"); explained, it is read warm and starred as before (AT_RISK_EXPLAINED).
SIGN_OBLIQUE_FAREWELL = rf"""(?:^|(?<=[.!?…,] ))i (?:don'?t|do not) (?:plan|intend|expect) to be (?:
    around|here|alive) (?:for|by|at|to see) (?:christmas|easter|new year'?s|the new year|
    my birthday|next year|the (?:summer|spring|holidays))(?= *(?:[.!…,]|$| so\b| anyway\b))|
    (?:^|(?<=[.!?…] ))(?:soon |and )?(?:i )?(?:won'?t|will not) be (?:a|such a) (?:problem|burden|
    bother|nuisance) (?:(?:to|for) (?:anyone|anybody|everyone|you|you all|them|my family) )?(?:
    much longer|for much longer|for long|soon|any ?more)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))soon i (?:won'?t|will not) be a (?:problem|burden|bother) (?:to|for) (?:
    anyone|anybody|everyone)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:(?:so|anyway|well|and),? )?this is (?:my )?(?:final )?goodbye
    (?= *(?:[.!…]|$))|
    (?:to )?say goodbye before i go(?= *(?:[.!…]|$))|
    (?:i'?ll|i will) be gone (?:by|before) (?:christmas|easter|new year'?s|the new year|
    my birthday|spring|summer|the weekend|next week)(?= *[.!…,]+ *(?:so |and )?(?:thanks?|
    thank you|goodbye|bye)\b)|
    (?:writing|saying) my goodbyes(?: tonight| today| now| this week)?(?= *(?:[.!…]|$))|
    (?:i'?ve|i have) decided to end (?:things|it all|it)(?= *(?:[.!…]|$))|
    (?:nobody|no one|no-one) (?:will|'?ll|is going to) (?:even )?(?:miss me|
    notice i'?m gone)(?: when i'?m gone|)?(?= *(?:[.!…]|$))|
    (?:won'?t|will not) be (?:here|around) (?:much longer|after (?:today|tonight|
    this week))[.!…,]+ *(?:but )?(?:thanks?|thank you) for everything|
    (?:gave|given|giving) (?:away )?[^.!?]{{0,40}}[.!…,]+ *i (?:won'?t|will not|don'?t) need (?:
    them|it|him|her)(?: any ?more)?(?= *[.!…,]+ *(?:thanks?|thank you) for everything)|
    (?:won'?t|will not) need (?:them|it|him|her|my \w+) where i'?m going(?= *(?:[.!…,]|$))|
    je ne (?:compte|pense|prévois) pas (?:d'?)?être (?:encore )?(?:là|ici|en vie) (?:pour|à) (?:
    noël|pâques|le nouvel an|mon anniversaire|l'été)(?= *(?:[.!…,]|$))|
    (?:bientôt,? )?je ne serai (?:bientôt )?plus (?:un|une) (?:poids|fardeau|charge|
    problème)(?: pour (?:personne|vous|qui que ce soit|ma famille|mes proches))?(?: (?:très |
    bien )?longtemps| bientôt)?(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:alors |donc )?(?:c'est|ceci est) un adieu(?= *(?:[.!…]|$))|
    (?:dire au revoir|vous dire au revoir|dire adieu) avant de partir pour (?:de bon|toujours)
    (?! (?:en|au|aux|à|vivre|m'installer|s'installer)\b)|
    personne ne (?:me regrettera|va me regretter)(?= *(?:[.!…]|$))|
    no (?:pienso|planeo|tengo pensado|espero) (?:estar|seguir) (?:aquí|aqui|vivo|viva|con vida) (?:
    para|en) (?:navidad|año nuevo|mi cumpleaños|el verano)(?= *(?:[.!…,]|$))|
    (?:^|(?<=[.!?…] ))(?:pronto |ya )?no (?:seré|voy a ser) (?:una carga|un problema|
    un estorbo)(?: para nadie(?: más)?| para mi familia)?(?: (?:por )?mucho tiempo(?: más)?|
    pronto)?(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:así que )?esto es una despedida(?= *(?:[.!…]|$)){GOODBYE_TO_A_THING}|
    (?:despedirme|decir adiós) antes de irme para siempre|
    nadie me (?:va a|iba a) (?:echar de menos|extrañar)(?= *(?:[.!…]|$))|
    nadie me (?:echará de menos|extrañará)(?= *(?:[.!…]|$))|
    ich habe nicht vor,? (?:an|zu|bis) (?:weihnachten|ostern|silvester|neujahr|
    meinem geburtstag) (?:noch )?(?:da|hier|am leben) zu sein|
    bald bin ich niemandem mehr (?:eine last|ein problem)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))das (?:ist|hier ist) (?:ein|
    mein) abschied(?= *(?:[.!…]|$)){GOODBYE_TO_A_THING}|
    bevor ich für immer gehe|niemand wird mich vermissen(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))ich werde nicht mehr lange (?:ein problem|eine last)(?: für (?:jemanden|
    irgendwen|euch|alle))? sein(?= *(?:[.!…]|$))|
    non (?:ho intenzione|penso|conto) di esserci (?:ancora )?(?:per|a) (?:natale|pasqua|capodanno|
    il mio compleanno|l'estate)(?= *(?:[.!…,]|$))|
    (?:presto )?non sarò (?:più )?un (?:peso|problema) per nessuno(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))questo è un addio(?= *(?:[.!…]|$)){GOODBYE_TO_A_THING}|
    prima di andarmene per sempre|
    nessuno sentirà la mia mancanza(?= *(?:[.!…]|$))|
    não (?:pretendo|planejo|penso em) estar (?:aqui|viv[oa]) (?:no|para o|pro|até o) (?:natal|
    ano novo|meu aniversário|verão)(?= *(?:[.!…,]|$))|
    (?:logo )?não (?:serei|vou ser) mais um (?:peso|problema|fardo) (?:pra|para) ninguém
    (?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:isto|isso|esta|essa) é uma despedida(?= *(?:[.!…]|$)){GOODBYE_TO_A_THING}|
    antes de ir embora (?:para|pra) sempre|
    (?:^|(?<=[.!?…,] ))(?:and )?(?:i )?won'?t be (?:around|here) (?:for )?(?:much|very) longer
    (?= *(?:[.!…,]|$))|
    (?:i'?m going to|i'?m gonna|i'?ll|i will) (?:go to )?sleep and (?:not|never) wake (?:back )?up
    (?= *(?:[.!…,]|$))|
    (?:won'?t|will not) be (?:around|here) to see (?:spring|summer|christmas|the new year|next year|
    another (?:christmas|summer|spring|year))(?= *(?:[.!…]|$))|
    (?:won'?t|will not) be (?:around|here) to (?:bake|make|see|try|read) (?:it|this|them|
    that) next (?:year|month|christmas|summer|time)[.!…,]+ *(?:thanks?|thank you) for everything|
    (?:^|(?<=[.!?…] ))it'?ll all be over soon(?= *(?:[.!…]|$))|
    i (?:won'?t|will not) need (?:them|it) any ?more(?= *[.!…,]+ *(?:thanks?|
    thank you) for everything)|
    je n'en aurai plus besoin(?= *[.!…,]+ *merci pour tout)|
    ya no (?:las|los|la|lo) (?:voy a|vaya a) necesitar(?= *[.!…,]+ *gracias por todo)|
    ich brauche (?:sie|es|das) nicht mehr(?= *[.!…,]+ *danke für alles)|
    non mi serv(?:e|ono) più(?= *[.!…,]+ *grazie (?:di|per) tutto)|
    não vou (?:mais )?precisar (?:mais )?del[ae]s?(?= *[.!…,]+ *obrigad[oa] por tudo)|
    (?:bientôt )?tout sera (?:bientôt )?fini pour moi(?= *(?:[.!…]|$))|
    je ne serai plus là pour (?:noël|le nouvel an|pâques|mon anniversaire|l'été)(?= *(?:[.!…,]|$))|
    (?:ya )?no (?:voy a estar|estaré) aquí (?:por )?mucho tiempo(?: más)?(?= *(?:[.!…]|$))|
    ich werde bald nicht mehr (?:da|hier) sein(?= *(?:[.!…]|$))|
    non sarò (?:più )?qui per (?:molto|tanto)(?: ancora)?(?= *(?:[.!…]|$))|
    não vou estar aqui por muito tempo(?: mais)?(?= *(?:[.!…]|$))"""

OBLIQUE_ELSEWHERE = r"""holidays?|vacation|trip|travel\w*|moving|move|moved|abroad|see you|
    visa|battery|phone|doctors|terminal|hospice|cancer|chemo|diagnos\w*|prognosis|tumou?r|
    airport|heading|train|bus|shop|store|party|shift|deadline|exam|relocat\w*|emigrat\w*|
    back (?:in|on|next|soon|after)|until|till|job|office|school|retir\w*|graduat\w*|wedding|
    honeymoon|maternity|paternity|hiatus|offline|off to|leaving for|semester|camp|new (?:chapter|
    adventure|home|start|job)|fly\w*|flew|drive|driving|skiing|ski|cruise|
    (?:mum|mom|mother|dad|nan|gran|grandma|parents|in-laws|sister|brother|family)'?s|in-laws|
    spain|france|italy|portugal|germany|greece|australia|canada|new ones|new set|upgrad\w*|
    replac\w*|bakes for me|shop bread|store bread|coat|jumper|sunscreen|sandals|kidding|
    vacances|voyage|ski|chez (?:ma|mon|mes)|déménag\w*|vacaciones|viaje|casa de mi|me mudo|
    erasmus|intercambio|intercâmbio|auslandssemester|
    mudanza|urlaub|reise|fliegen|umzug|zu (?:mama|papa|meinen eltern|oma)|vacanz\w*|viaggio|
    da mia|da mio|trasferi\w*|férias|viagem|viajar|casa da minha|casa do meu|mudança|
    moules|teglie|stampi|tortiere|formas|backformen|moldes|nouveaux|neufs|nuovi|nuove|nuevos|novas|novos|neue|
    old|alte[nrs]?|vieux|vieilles|viejos|viejas|vecch\w+|velh\w+|ziehen|morar|mudar|exams?|
    examens?|esami|exámenes|prüfungen|provas|on part|je pars|nous partons|nos vamos|me voy a|
    wir fahren|wir fliegen|andiamo|partiamo|parto|vamos viajar|vou viajar|heat\w*|weather|storm|
    surgery|operation|crutches|recover\w*|knee|hip|bakery|clos(?:es|ing|ed)|switch\w*|degrees|
    sunny|coats|leaving|
    (?:we'?re|we are|we'?ll be|we will be|i'?ll be|i will be) (?:in|at)
    (?! (?:peace|heaven|rest|a better place)\b)|
    when (?:i'?m|we'?re|i am|we are|i get|we get) (?:back|home)|\w+, that is|
    i mean,? (?:the|my)|celebrating (?:in|at|with)|vieille|(?:on sera|nous serons|je serai) (?:à|en|
    au|chez)|(?:je|on|nous) (?:le |la )?f[êe]te(?:rai|rons|ra)? (?:à|en|au|chez|avec)"""

CRISIS_SIGNS = (
    (SIGN_FAREWELL, FAREWELL_ELSEWHERE),
    (SIGN_TRAPPED, TRAPPED_ELSEWHERE),
    (SIGN_MEANS, MEANS_ELSEWHERE),
    (SIGN_GOODBYES, GOODBYES_ELSEWHERE),
    (SIGN_PLACE, PLACE_ELSEWHERE),
    (SIGN_WAYS, WAYS_ELSEWHERE),
    (SIGN_DONE, DONE_ELSEWHERE),
    (SIGN_STOP, STOP_ELSEWHERE),
    (SIGN_LAST_EVER, LAST_EVER_ELSEWHERE),
    (SIGN_OBLIQUE_FAREWELL, OBLIQUE_ELSEWHERE),
    (SIGN_MEANS_NOW, MEANS_NOW_ELSEWHERE),
    (SIGN_MEANS_WITH_FAREWELL, MEANS_NOW_ELSEWHERE),
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

# Words a reader at risk may write that are too doubtful to read as anything ("Tonight's the
# night.", "I'm so done with life lol"): with AT_RISK_WORDS, a comment that has them is never
# quoted back nor starred, whatever it is read as (tone.Tone.guarded).
AT_RISK_UNQUOTED = r"""(?:^|(?<=[.!?…] ))(?:(?:some|most) (?:days|nights),? )?i (?:just )?(?:don'?t|
    do not|can'?t) see the point(?: any ?more)?(?= *(?:[.…]|$))(?![.…]+ *why would (?:anyone|you|
    people) (?:not |ever )?(?:use|do|make|skip|need)\b)|
    tonight'?s the night|tonight is the night|done with (?:everything|it all|
    life)|it was nice while it lasted|the last thing i (?:will |'ll )?(?:ever )?read|
    kill me now|this (?:is|will be) my (?:very )?last (?:comment|message|post)|
    questo (?:è|e) il mio ultimo commento(?! (?:per|di|del|dell'|della|prima|sul|su) ?)|
    (?:este|esse) (?:é|e) (?:o )?meu [úu]ltimo coment[áa]rio(?! (?:por|de|do|da|deste|desta|
    antes|sobre|aqui no|no) ?)|
    (?:este|esto) (?:es|será|va a ser) mi [úu]ltimo comentario(?! (?:del|de|antes|por|en|
    sobre)\b)|
    (?:das|dies) (?:ist|wird) mein letzter kommentar(?!(?: sein)?,? (?:bevor|bis|ehe)\b)
    (?: sein)?(?! (?:für|von|vor|des|dieses|in|zu|zum|heute|
    hier zu) ?)|
    (?:end|ending) it all|sleep forever|
    disappear forever|want to die(?! (?:of (?:embarrassment|shame|cringe|laughter|laughing)|
    laughing|with laughter|from laughing))|
    easier to (?:just )?disappear(?= *(?:[.!…]|$))|
    what'?s (?:even )?the point any ?more(?= *[.!?…])|
    what'?s the point of (?:any of )?it(?: all)?(?= *[.!?…])(?![^\n]*(?:😂|🤣|😆|😅|
    \blol\b|\bhaha))|
    thinking about (?:just )?not waking up|
    (?:don'?t|do not) think i'?ll be (?:around|here) (?:to|for (?:much )?longer|much)|
    just tired of (?:all of it|it all|everything)(?= *(?:[.!…]|$))|
    the last thing i'?m (?:ever )?going to (?:bake|
    make|cook|write|post)(?= *[.!…]+ *(?:$|wanted|thank))|
    (?:i'?m|i am) (?:standing|sitting) on (?:the|a) (?:bridge|ledge|roof)(?! (?:of|with)\b)
    (?![^.!?\n]*(?:taking|photos?|pictures?|views?|gorgeous|stunning|beautiful|amazing|climb\w*|
    😍|📸|😂|🤣|\blol\b|\bhaha))|
    (?:anyone|anybody|no ?one|nobody) would (?:even )?(?:notice|care) if i (?:stopped showing up|
    disappeared|vanished|was gone|
    were gone|stopped existing|
    stopped (?:commenting|posting|writing)(?= *(?:[.!…]|$)))
    (?! (?:from|at|during|into|to) (?!(?:this |the )?(?:world|earth|planet)\b))
    (?![^\n]*(?:😂|🤣|😆|😅|\blol\b|\bhaha))|
    (?:i'?ve|i have|i'?ve got|i got) (?:the |my |enough |all my |some )?(?:pills|meds|tablets|
    painkillers) (?:saved|stashed|stockpiled|hoarded)(?: up)?(?![^.!?\n]*\b(?:trip|travel\w*|
    surgery|recovery|holiday|vacation|emergenc\w*|flight|journey|camping|hike)\b)|
    (?:i'?ve been|i'?m|i am) (?:stockpiling|hoarding|stashing) (?:my |the |some |all my )?(?:
    pills|meds|tablets|painkillers)|
    (?:i'?m|i am) on (?:the|a) (?:edge of (?:the|a) )?(?:bridge|ledge) right now
    (?![^.!?\n]*(?:taking|photos?|pictures?|views?|gorgeous|stunning|beautiful|amazing|
    climb\w*|😍|📸|😂|🤣|\blol\b|\bhaha))|
    (?:ce sera|ce sont|c'est|ceci est) (?:mon|mes) (?:tout )?derniers? (?:commentaires?|
    messages?)(?: ici)?(?= *(?:[.!…]|$))|
    j'ai (?:mis de côté|accumulé|stocké|économisé) (?:tous |toutes )?(?:mes|assez de) (?:
    médicaments|médocs|cachets|comprimés|somnifères)(?= *(?:[.!…,]|$|mdr|lol))"""

# Words a reader at risk may write that a move or a trip explains, wherever the comment says it
# ("Moving abroad next month, saying goodbye to everyone I love. Great post!"): guarded only in a
# comment that says nothing of the kind (tone.at_risk_words).
LEAVING = r"""moving|move(?! on)|moved|abroad|trip|travel\w*|leaving for|emigrat\w*|relocat\w*|
    new job|flight|visa|overseas|semester|exchange|gap year|deploy\w*|wedding|farewell party|
    going[- ]away party|retir\w*|graduat\w*|backpack\w*"""

# A year to the day ("It's been a year today. I baked his favourite."), not a blog's birthday.
ANNIVERSARY = r"""(?:^|(?<=[.!?…] ))it'?s been (?:a|one|two|three|four|five|\d+) years? today
    (?= *(?:[.!…]|$))"""

CELEBRATED = r"""happy|anniversary|birthday|blogiversary|celebrat\w*|started|married|sober|clean|
    smoke[- ]free|wedding|still the best|best recipe|🎉"""

# A last bake with thanks ("This will be my last bake. Thank you for teaching me."), not one
# before a move or a new kitchen ("...I'm moving to a tiny flat with no oven!").
LAST_BAKE = r"""this (?:is|will be) my (?:very )?last (?:bake|loaf|recipe)(?= *[.!…]+ *(?:$|thank|
    thanks|goodbye))"""

NEW_KITCHEN = rf"""{LEAVING}|new (?:kitchen|flat|house|home|oven)|no oven|switch\w*"""

# A farewell a leave, a meetup or a club explains (FAREWELL_ELSEWHERE) is nothing to guard.
AT_RISK_EXPLAINED = (
    (r"(?:saying|said) goodbye to everyone i love", LEAVING),
    (ANNIVERSARY, CELEBRATED),
    (LAST_BAKE, NEW_KITCHEN),
    (SIGN_FAREWELL, FAREWELL_ELSEWHERE),
    (SIGN_OBLIQUE_FAREWELL, OBLIQUE_ELSEWHERE),
    (SIGN_MEANS_NOW, MEANS_NOW_ELSEWHERE),
    (SIGN_PLAN_BARE, PLAN_ELSEWHERE),  # a means or a plan named bare: guarded, no helpline
)

# in AT_RISK_EXPLAINED: explained, they are read warm and starred as before
EXPLAINED_SIGNS = (SIGN_FAREWELL, SIGN_OBLIQUE_FAREWELL, SIGN_MEANS_NOW, SIGN_MEANS_WITH_FAREWELL)

AT_RISK_WORDS = (  # besides CRISIS, read as crisis wherever it is found
    CRISIS_UNLESS_LAUGHING,
    *(sign for sign, _ in CRISIS_SIGNS if sign not in EXPLAINED_SIGNS),
    CRISIS_HINTS,
    AT_RISK_UNQUOTED,
)

# Oblique words a reader at risk may write ("Je ne sais pas si je serai encore là pour le
# prochain billet.", "I don't know if I'll still be here for the next post.", « Fatigué d'être
# là. », « À quoi bon. », « Adieu tout le monde, merci pour tout. » (session 38; not « Je pars en
# Australie pour un an, adieu tout le monde »), « Ce soir c'est pour ce soir. Adieu. » (as
# "Tonight's the night."; a last « Adieu. », not « Adieu les régimes ! », « Ma ligne ? Adieu. »,
# « Mon régime a duré deux jours. Adieu. » nor the South's greeting « Adieu ! »)): never quoted nor
# starred, unless the comment laughs or says it is a move, a trip, a job or a bad connection
# (tone.guarded_signs). "I won't need the recipe after this week. Thank you for everything." too,
# not "…after this week, I'll know it by heart!"; "I won't be around to make it next month." nor
# "I won't be around much longer." (session 39), not "…next week, off on holiday".
# Session 40: « Je ne serai plus là pour la prochaine recette. Merci pour tout. », « J'ai donné
# mon chat et mes affaires », « …dire merci avant de partir. » (not « …je pars en vacances ! », nor
# « merci avant de partir en vacances »).
GUARDED_SIGNS = r"""(?:i )?won'?t be (?:around|here) (?:for (?:christmas|the new year|new year'?s|
    easter|my birthday)|next week)(?= *[.!…]+ *(?:thanks?|thank you|goodbye|bye)\b)|
    je ne serai pas là pour (?:noël|le nouvel an|pâques)(?= *[.!…]+ *(?:merci|adieu)\b)|
    (?:i )?won'?t be (?:around|here) (?:to (?:make|bake|try|see|read|cook) (?:it|
    this|them|that|these|those)(?: (?:next (?:month|year|christmas|summer|time)|again|any ?more))?|
    much longer)(?= *(?:[.!…]|$))|
    (?:i )?won'?t (?:be needing|need) (?:it|them|this|these|
    (?:the|my) (?:\w+ ){0,2}\w+) (?:after|past|beyond) (?:this week|today|tonight|tomorrow|
    this month|friday|the weekend)(?= *(?:[.!…]|$))|
    (?:je ne sais pas|je sais pas|pas sûre? que|pas certaine? que) (?:si )?je (?:
    serai|sois) (?:(?:encore|toujours) (?:là|ici)|(?:encore |toujours )?(?:parmi vous|
    de ce monde))|
    (?:(?:don'?t know|not sure|no idea|wonder) (?:if|whether)|not sure) i'?ll (?:still )?be (?:
    here|around)
    (?= *(?:[.!…,]|$| for (?:the|your) next| much longer| next| by))|
    fatiguée?s? d'être (?:là|ici)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:mais |franchement,? |bref,? )?à quoi bon(?: tout ça| essayer| se battre)?
    (?= *(?:[.!?…]|$))|
    (?:^|(?<=[.!?…] ))(?:et )?plus envie de rien(?= *(?:[.!…]|$|, (?!tellement|tant|trop)))|
    je ne serai plus là pour (?:la|le|les) (?:prochaine?s? )?(?:recettes?|billets?|
    articles?)(?![^\n]*\b(?:vacances|je pars (?:en|à|au|pour)|congés|voyage|déménag\w*|
    pendant (?:un|une|deux|trois|quelques|\d+) (?:jours?|semaines?|mois)|rien de grave|
    je reviens)\b)|
    j'ai donné (?:mon chat|mon chien|mes chats|mes animaux) et (?:toutes )?mes affaires|
    (?:dire|vous dire|te dire) merci avant de partir(?= *[.!…]*$)|
    tout me (?:semble|paraît) (?:si |tellement )?(?:vide|vain|gris|inutile|absurde)(?= *(?:[.!…,]|
    $| depuis| en ce moment| ces (?:temps|jours)))|
    je ne sais pas combien de temps je (?:serai|vais être|tiendrai) encore(?: là| ici)?(?= *(?:
    [.!…,]|$))|
    (?:quelqu'un|les gens|on) (?:remarquerai(?:en)?t|verrai(?:en)?t|s'apercevrai(?:en)?t) (?:
    même )?si je (?:ne (?:commentais|venais|passais|postais|revenais) plus|n'écrivais plus|
    n'étais plus là|disparaissais)|personne ne (?:me voit|m'entend|me remarque)(?= *(?:[.!…]|$))|
    (?:plus rien n'a|rien n'a plus) (?:de |aucun )?sens(?: pour moi)?(?= *(?:[.!…]|$))|
    je ne vois (?:plus|pas) (?:l'intérêt|le sens|la raison) de continuer(?= *(?:[.!…]|$))|
    (?:ça|cela) ne sert (?:plus )?à rien de continuer(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:ça|ca|cela) (?:ne )?sert (?:plus )?[àa] rien de (?:continuer|
    vivre)(?: comme (?:ça|ca))?(?= *(?:[.!…]|$))(?![^\n]*(?:😂|🤣|😅|😆|😄|😁|😜|😉|😹|\bmdr\b|
    \bptdr\b|\blol\b|\bhaha\w*|\bhihi\w*|je plaisante|je rigole|je blague))|
    (?:^|(?<=[.!?…] ))(?:je n'ai|j'ai|jai) (?:vraiment )?plus (?:la force|le courage) de continuer
    (?= *(?:[.!…]|$|, à quoi bon))(?![^\n]*\b(?:demain|la suite|je finis|je finirai|je ferai|
    je termine|je reprends|au lit|me coucher|dodo)\b)(?![^\n]*(?:
    😂|🤣|😅|😆|😄|😁|😜|😉|😹|\bmdr\b|\bptdr\b|\blol\b|\bhaha\w*|\bhihi\w*|je plaisante|je rigole|
    je blague))|
    (?:^|(?<=[.!?…] ))adieu,? (?:tout le monde|à tous|vous tous|les amis)[.!…,]+ +(?:et )?
    merci pour tout(?= *(?:[.!…]|$))|
    ^(?:ce soir,? )?c'est pour ce soir(?= *(?:\.(?!\.\.\s*\w)|(?:…|\.\.\.)? *$))|
    (?:^|(?<=[.!…] ))adieu(?= *[.…]*$)|
    ich weiß nicht,? wie lange ich (?:das )?(?:hier )?(?:noch )?durchhalte(?= *(?:[.!…]|$))|
    non so se (?:ci )?sarò ancora (?:qui|qua)(?= *(?:[.!…,]|$| per il prossimo))|
    não sei se (?:ainda )?vou estar (?:aqui|por aqui)(?= *(?:[.!…,]|$| (?:no|para o|pro) próximo))|
    no sé si (?:voy a )?seguir (?:aquí|aqui|por aquí) mucho (?:tiempo )?más(?= *(?:[.!…]|$))|
    c'est la dernière fois que (?:j'écris|je viens|je commente|je passe) ici(?= *(?:[.!…]|$))
    (?![^\n]*\b(?:kilos?|tentations?|à chaque|jusqu'à|prochaine?|promis|résist\w*|
    enfin)\b)(?![^\n]*(?:
    😂|🤣|😅|😆|😄|😁|😜|😉|😹|\bmdr\b|\bptdr\b|\blol\b|\bhaha\w*|\bhihi\w*|je plaisante|je rigole|
    je blague))|
    je (?:laisse|donne|lègue) (?:toutes )?mes (?:recettes|affaires|carnets|livres) à (?:ma|mon|
    mes) [\w-]+(?: [\w-]+)?,? je n'en aurai plus besoin(?= *(?:[.!…]|$))(?![^\n]*\b(?:remplac\w*|
    tout est (?:sur|dans|en ligne)|par cœur|numéris\w*|appli\w*|tablette|en ligne)\b)"""

GUARDED_ELSEWHERE = r"""déménag\w*|vacances|voyage|congés?|mutation|stage|expatri\w*|retraite|
    nouveau (?:boulot|travail|poste)|bébé|accouch\w*|connexion|wifi|internet|abonnement|réseau|
    je pars|on part|nous partons|avion|live|direct|atelier|réunion|visio|\d+ ?h\b|marché|fête|
    soirée|apéro|mariage|concert|salon|rendez-vous|régimes?|moving|move|
    trip|holiday|vacation|travel\w*|abroad|new job|baby|due date|retir\w*|connection|
    subscription|stream|meeting|webinar|shift|umbrella|sunshine|weather|borrow\w*|
    taking it back|giving it back|exams?|vacaciones|viaje|me mudo|mudanza|trasferisco|trasloco|
    vacanze|parto per|férias|viajar|viagem|mudança|umzug|urlaub|ziehe um|fastenzeit|diät|
    fasten|ohne zucker"""
