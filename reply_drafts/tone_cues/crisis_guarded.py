"""The words a reader at risk may write that are too doubtful for a line about helplines: never
quoted back nor starred (tone.Tone.guarded), unless the comment says what else they are about (a
move, a trip, a blog's birthday, a new kitchen); and AT_RISK_WORDS, every crisis sign read as
crisis wherever it is found.

Data: the package's docstring says how the lists are written and read."""

from reply_drafts.tone_cues.crisis import CRISIS_UNLESS_LAUGHING
from reply_drafts.tone_cues.crisis_farewells import (
    FAREWELL_ELSEWHERE,
    OBLIQUE_ELSEWHERE,
    SIGN_FAREWELL,
    SIGN_OBLIQUE_FAREWELL,
)
from reply_drafts.tone_cues.crisis_means import (
    MEANS_NOW_ELSEWHERE,
    PLAN_ELSEWHERE,
    SIGN_MEANS_NOW,
    SIGN_MEANS_WITH_FAREWELL,
    SIGN_PILLS_FETCHED,
    SIGN_PLAN_BARE,
    SIGN_THROW_MYSELF,
    THROW_MYSELF_CRIED,
    THROW_TRIED,
)
from reply_drafts.tone_cues.crisis_signs import CRISIS_HINTS, CRISIS_SIGNS, SIGN_NOT_AROUND

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
    j'en ai (?:fini avec|marre de) la vie(?= *(?:[.!…,]|$|mdr\b|lol\b|ptdr\b))|
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

# Not around much longer for a move or a trip, in English or in French (SIGN_NOT_AROUND).
NOT_AROUND_LEFT = rf"""{LEAVING}|déménag\w*|je pars|on part|nous partons|vacances|voyage|
    expatri\w*|nouveau (?:boulot|travail|poste)|avion|retraite"""

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

# A jump from a balcony, a bridge or a window said of oneself, even as a joke after "if" ("Se
# brucio ancora il pane mi butto dal balcone", « Si je rate encore le pain je me jette par la
# fenêtre mdr », "Si se me quema otra vez me tiro por el balcón", "Se eu queimar o pão de novo eu
# me jogo da varanda", "If it burns again I'm jumping off the balcony lol"): no gold star, no
# quote, unless a dive or a swim explains it (JUMP_ELSEWHERE); the sentence said alone is crisis
# (crisis.CRISIS_UNLESS_LAUGHING).
# Not the bread thrown ("lo butto dal balcone"), nor the sofa or the pool ("mi butto sul divano",
# "me tiro a la piscina"). So too a shot or a kill after "if" ("Se eu errar o fermento de novo eu
# me mato kkkk", "Se sbaglio ancora il lievito mi sparo, giuro 😂"), not "me mato de rir".
JUMP_FROM_HIGH = r"""(?:mi (?:butto|lancio)|buttarmi|lanciarmi)(?: giù)? (?:dal|dalla|da un|
    da una|dalla mia) (?:ponte|balcone|tetto|finestra|terrazzo|terrazza|viadotto|palazzo|
    grattacielo|scogliera)|
    (?:me tiro|me voy a tirar|tirarme|me lanzo|lanzarme|me aviento|aventarme) (?:desde |de |
    por )?(?:el|del|un|una|la|mi) (?:puente|balcón|tejado|azotea|edificio|ventana|acantilado|
    viaducto)|
    (?:me jogo|me jogar|me atiro|me atirar|jogar-me|atirar-me) (?:da|de uma|do|de um|pela) (?:
    ponte|janela|prédio|predio|sacada|varanda|telhado|viaduto|penhasco)|
    (?:je me jette|me jeter|je me balance|je saute) (?:du|d'un|de la|d'une|par la|de mon) (?:
    pont|balcon|toit|fenêtre|falaise|viaduc|immeuble)|
    (?:i'?m|i am|i'?ll|i will|gonna) (?:be )?(?:jump(?:ing)?|throw(?:ing)? myself) (?:off|
    out of) (?:the|a|my) (?:balcony|bridge|roof|window|building|cliff)|
    (?:se|si) [^.!?\n]{3,60} (?:(?:eu )?me mato|mi sparo|mi ammazzo|me pego un tiro|
    je me tire une balle|je me flingue)(?! (?:de|a|di|da|dal|del|por|pour|com|con|trabalhando|
    estudando|lavorando|trabajando|ridere|rir)\b)"""

# A dive, a bungee jump or a swim explains the jump: "I'll jump off the cliff tomorrow, cliff
# diving in Malta!", "Domani mi butto dal trampolino... ehm, dalla scogliera: tuffi!".
JUMP_ELSEWHERE = r"""div(?:e|es|ing)|diver|bungee|parachut\w*|skydiv\w*|zip ?lines?|paraglid\w*|
    swim\w*|pool|lake|river|into the (?:water|sea)|tuff[oi]|piscina|lago|fiume|paracadut\w*|
    clavados?|paracaídas|puenting|parapente|plongeon|plonger|élastique|paraquedas|mergulh\w*|
    rapel|rappel"""

# A farewell a leave, a meetup or a club explains (FAREWELL_ELSEWHERE) is nothing to guard.
AT_RISK_EXPLAINED = (
    (r"(?:saying|said) goodbye to everyone i love", LEAVING),
    (JUMP_FROM_HIGH, JUMP_ELSEWHERE),  # "...jump off the cliff tomorrow, cliff diving": warm
    (ANNIVERSARY, CELEBRATED),
    (LAST_BAKE, NEW_KITCHEN),
    (SIGN_FAREWELL, FAREWELL_ELSEWHERE),
    (SIGN_OBLIQUE_FAREWELL, OBLIQUE_ELSEWHERE),
    (SIGN_MEANS_NOW, MEANS_NOW_ELSEWHERE),
    (SIGN_PLAN_BARE, PLAN_ELSEWHERE),  # a means or a plan named bare: guarded, no helpline
    (SIGN_THROW_MYSELF, THROW_TRIED),  # "Stasera mi butto." beside a recipe: guarded
    (THROW_MYSELF_CRIED, THROW_TRIED),  # "Oggi mi butto!": guarded
    (SIGN_PILLS_FETCHED, MEANS_NOW_ELSEWHERE),  # the pills fetched for mum: guarded
    (SIGN_NOT_AROUND, NOT_AROUND_LEFT),  # "...much longer, moving to Lisbon on Friday!": warm
)

# in AT_RISK_EXPLAINED: explained, they are read warm and starred as before
EXPLAINED_SIGNS = (
    SIGN_FAREWELL,
    SIGN_OBLIQUE_FAREWELL,
    SIGN_MEANS_NOW,
    SIGN_MEANS_WITH_FAREWELL,
    SIGN_THROW_MYSELF,
    SIGN_PILLS_FETCHED,
    SIGN_NOT_AROUND,
)

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
# « merci avant de partir en vacances »). Session 42, beside praise: the recipe not needed after
# Friday in five more languages, ready to go after thanks for everything, a plan and a calm, posts
# that kept them alive then a goodbye, a last bake with thanks, "They'll be okay without me",
# "Hoje à noite eu me jogo." (not "...na balada!"); not after exams, a diet, a move or a trip.
# A date not to be seen ("I won't make it to Christmas.", « Je ne passerai pas Noël. »), a last
# meal (« Pour mon dernier repas. », "Perfekt für meine Henkersmahlzeit."), "See you on the other
# side.", "Tell my cat I'm sorry."; not "...without eating all of these!", "...of exams!".
# Also a blog that kept them going, "Not anymore though." (had been answered as hostile), posts
# "the only thing keeping me going", « Tanto non ci sarò ancora per molto. », „Ich bin eh nicht
# mehr lange hier."; not before a move or a holiday, nor a shop that won't be around much longer.
# Session 43: "No sé si seguiré aquí para la primavera." (and so in Italian and Portuguese), and
# « Je vais tout arrêter bientôt. Merci pour tout. » in four languages, which were starred and
# quoted; not beside a move (GUARDED_ELSEWHERE), nor sugar quit or a new life by the sea.
# Session 43: "I won't be around for the next bake-along." (starred and quoted; not "...I'm on
# holiday!"). Also "Made your bread for my last supper, so to speak. It's been a good run.", "Baking
# this one last time for my family. I want them to remember something nice.", a pet rehomed, "the
# last thing on my list", "...when I won't be here next year?".
# Not a shop, a stall or a café closing (GUARDED_ELSEWHERE): "We're closing the shop Friday. It's
# been a good run!"
GUARDED_SIGNS = r"""(?:i )?won'?t be (?:around|here) (?:for (?:christmas|the new year|new year'?s|
    easter|my birthday)|next week)(?= *[.!…]+ *(?:thanks?|thank you|goodbye|bye)\b)|
    (?:^|(?<=[.!?…] ))i (?:won'?t|will not) be (?:around|here) (?:for|to see) (?:the|your) next (?:
    post|bake-?along|bake|recipe|one|challenge|live|newsletter)(?= *(?:[.!…]|$))|
    je ne serai pas là pour (?:noël|le nouvel an|pâques)(?= *[.!…]+ *(?:merci|adieu)\b)|
    (?:i |(?:^|(?<=[.!?…,] )))won'?t be (?:around|here) (?:to (?:make|bake|try|see|read|cook|
    enjoy|eat|taste) (?:it|this|them|that|these|those)(?: (?:next (?:month|year|christmas|summer|
    time)|again|any ?more))?|
    to see how (?:it|this|they) turns? out|much longer)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:they|he|she|everyone|my (?:kids|children|family|husband|wife|partner|
    son|daughter|cat|dog))(?:'ll| will) be (?:okay|ok|fine|alright|all right) without me
    (?= *(?:[.!…]|$))|
    (?:thanks?|thank you) for everything[.!…,]+ *i'?m (?:finally )?ready to go(?: now)?
    (?= *[.…]*$)|
    (?:thanks?|thank you) for everything[.!…,]+ *i (?:won'?t|will not) be (?:back|coming back)
    (?= *[.…]*$)|
    (?:^|(?<=[.!?…] ))i'?m (?:finally )?ready to go(?: now)?[.…,]+ *(?:thanks?|
    thank you) for everything(?= *[.!…]*$)|
    (?:^|(?<=[.!?…] ))i (?:finally )?have a plan(?: now)?,? (?:and|so) i (?:feel|am|'?m) (?:
    (?:so |strangely |oddly |finally )?(?:calm|at peace|peaceful|relieved))(?= *(?:[.!…]|$))|
    (?:kept|keeps|have kept|has kept) me (?:alive|going)[^.!?\n]{0,40}[.!…]+ *(?:goodbye|farewell|
    bye)(?= *[.!…]*$)|
    je n'en aurai plus besoin après (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|
    ce soir|aujourd'hui|cette semaine|ce week-end)(?= *(?:[.!…]|$))|
    no (?:la|lo|las|los) (?:voy a|vaya a) necesitar (?:más )?después (?:del|de) (?:lunes|martes|
    miércoles|jueves|viernes|sábado|domingo|hoy|mañana|esta semana|este finde|este fin de semana)
    (?= *(?:[.!…]|$))|
    nach (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|morgen|dieser woche|
    dem wochenende) brauche ich (?:es|das|sie|ihn) nicht mehr(?= *(?:[.!…]|$))|
    ich brauche (?:es|das|sie|ihn) nach (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|
    sonntag|heute|morgen|dieser woche|dem wochenende) nicht mehr(?= *(?:[.!…]|$))|
    dopo (?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|oggi|domani|stasera|
    questa settimana) non mi serv(?:irà|iranno) più(?= *(?:[.!…]|$))|
    non mi serv(?:irà|iranno) più dopo (?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|
    domenica|oggi|domani|stasera|questa settimana)(?= *(?:[.!…]|$))|
    não vou (?:mais )?precisar (?:mais )?(?:dela |dele |disso |delas |deles )?depois de (?:
    segunda|terça|quarta|quinta|sexta|sábado|domingo|hoje|amanhã|esta semana)(?= *(?:[.!…]|$))|
    merci pour tout[.!…,]+ *je suis (?:enfin )?prête? à partir(?: maintenant)?(?= *[.…]*$)|
    gracias por todo[.!…,]+ *(?:ya )?estoy (?:list[ao]|preparad[ao]) para irme(?= *[.…]*$)|
    danke für alles[.!…,]+ *ich bin (?:jetzt )?bereit(?:,)? zu gehen(?= *[.…]*$)|
    grazie (?:di|per) tutto[.!…,]+ *sono (?:pront[ao]|prepara[ot]) (?:ad|a) andare(?= *[.…]*$)|
    obrigad[oa] por tudo[.!…,]+ *(?:já )?estou pront[ao] (?:para|pra) ir(?= *[.…]*$)|
    (?:^|(?<=[.!?…] ))j'ai (?:enfin )?un plan(?: maintenant)?,? et je me sens (?:(?:si |enfin )?(?:
    calme|sereine?|en paix|apaisée?|soulagée?))(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:ya )?tengo un plan y me siento (?:tranquil[ao]|en paz|calmad[ao]|
    aliviad[ao])(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))ich habe (?:jetzt )?einen plan und (?:bin|fühle mich) (?:ganz |so )?(?:ruhig|
    gelassen|erleichtert)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))ho un piano(?: adesso| ora)? e mi sento (?:calm[ao]|tranquill[ao]|in pace|
    sollevat[ao])(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:já )?tenho um plano e me sinto (?:calm[ao]|tranquil[ao]|em paz|
    aliviad[ao])(?= *(?:[.!…]|$))|
    me (?:mantuvieron|mantuvo|han mantenido|ha mantenido) viv[oa][^.!?\n]{0,40}[.!…]+ *adiós
    (?= *[.!…]*$)|
    mi (?:hanno|ha) tenut[oa] in vita[^.!?\n]{0,40}[.!…]+ *addio(?= *[.!…]*$)|
    me (?:mantiveram|manteve) viv[oa][^.!?\n]{0,40}[.!…]+ *adeus(?= *[.!…]*$)|
    (?:haben|hat) mich (?:\w+ )?am leben gehalten[^.!?\n]{0,40}[.!…]+ *(?:lebt wohl|lebewohl|
    adieu)(?= *[.!…]*$)|
    (?:^|(?<=[.!?…] ))(?:c'est )?(?:ma )?dernière (?:fournée|recette|brioche|cuisson)
    (?: avant de partir)?(?=[.!…,]+ *merci pour tout *[.!…]*$)|
    (?:^|(?<=[.!?…] ))(?:esta es |este es )?mi [úu]ltim[ao] (?:receta|pan|horneada|bizcocho)
    (?=[.!…,]+ *gracias por todo *[.!…]*$)|
    (?:^|(?<=[.!?…] ))(?:das ist )?(?:mein|das) letzte[sn]? (?:brot|kuchen|rezept)(?:, das ich (?:
    backe|backen werde))?(?=[.!…,]+ *danke für alles *[.!…]*$)|
    (?:^|(?<=[.!?…] ))(?:questa è )?(?:la mia )?ultima (?:torta|ricetta|infornata|pagnotta)
    (?: prima di andarmene)?(?=[.!…,]+ *grazie (?:di|per) tutto *[.!…]*$)|
    (?:^|(?<=[.!?…] ))(?:esta é |essa é )?(?:a |o )?(?:minha |meu )?[úu]ltim[ao] (?:receita|
    fornada|torta|bolo|pão)(?=[.!…,]+ *obrigad[oa] por tudo *[.!…]*$)|
    (?:^|(?<=[.!?…] ))(?:hoje à noite|hoje a noite|esta noite|hoje),? (?:eu )?me jogo
    (?= *(?:[.…]|$))|
    (?:i )?won'?t (?:be needing|need) (?:it|them|this|these|
    (?:the|my) (?:\w+ ){0,2}\w+) (?:after|past|beyond) (?:this week|today|tonight|tomorrow|
    this month|friday|the weekend|this weekend|monday|tuesday|wednesday|thursday|saturday|sunday|
    next week)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:(?:i )?won'?t|i will not|i'?m not going to|i am not going to|
    i'?m not gonna) make it (?:to|through|past) (?:christmas|easter|new year'?s|the new year|
    my birthday|the weekend|spring|summer|next (?:week|month|year))(?= *(?:[.!…]|$))|
    (?:kept|used to keep|has kept|
    have kept) me (?:going|alive)[.!…]+ *(?:but )?not any ?more(?:,? though)?(?= *[.!…]*$)|
    the only thing (?:that )?(?:is |was |has been )?(?:keeping|kept|keeps) me (?:going|alive)
    (?= *(?:[.!…]|$))|
    m'a (?:fait tenir|aidée? à tenir|gardée? en vie)[.!…]+ *(?:mais )?plus maintenant
    (?= *[.!…]*$)|
    me (?:mantenía|mantuvo|ha mantenido) (?:a flote|viv[oa]|en pie)[.!…]+ *(?:pero )?ya no
    (?= *[.!…]*$)|
    (?:haben|hat) mich (?:\w+ )?(?:am leben|über wasser) gehalten[.!…]+ *(?:aber )?(?:jetzt )?
    nicht mehr(?= *[.!…]*$)|
    mi (?:ha|hanno) tenut[oa] in (?:vita|piedi)[.!…]+ *(?:ma )?(?:ora |adesso )?non più
    (?= *[.!…]*$)|
    me (?:manteve|mantinha|mantiveram) (?:de pé|viv[oa]|à tona)[.!…]+ *(?:mas )?(?:não mais|
    já não)(?= *[.!…]*$)|
    (?:^|(?<=[.!?…] ))(?:(?:tanto|comunque|in ogni caso),? )?non ci sarò (?:ancora )?(?:per molto|
    a lungo)(?: (?:ancora|tempo))?(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:(?:de todas formas|de todos modos|total),? )?no (?:estaré|voy a estar) (?:
    aquí |por aquí )?(?:mucho tiempo(?: más)?|mucho más)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:(?:de qualquer forma|de qualquer jeito|enfim),? )?não vou estar (?:
    aqui |por aqui )?(?:por )?muito (?:mais )?tempo(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:(?:sowieso|eh|ohnehin),? )?(?:ich bin|
    bin ich) (?:eh |sowieso |ohnehin )?nicht mehr lange (?:hier|da)(?= *(?:[.!…]|$))|
    (?:for|as) my last (?:meal|supper)(?:,? so to speak)?(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:well,? )?it'?s been a good run(?= *(?:[.!…]|$))|
    (?:baking|making|cooking) (?:this|it) one last time for (?:my|the) (?:family|kids|children|
    husband|wife|partner|loved ones)(?= *(?:[.!…]|$))|
    (?:i )?want (?:them|my (?:family|kids|children)) to remember (?:me|something nice|
    something good|me (?:happy|well|like this))(?= *(?:[.!…]|$))|
    (?:i'?ve |i have |i )?rehomed (?:my|our) (?:cat|dog|puppy|kitten|rabbit|bunny|pets?|budgie|
    parrot)(?= *(?:[.!…]|$| and\b))|
    (?:your \w+|this|it) is the last thing on my list(?= *(?:[.!…]|$))|
    (?:when|since|as|because) i (?:won'?t|will not) be (?:here|around|alive) (?:
    next year|by next year|next (?:month|summer|christmas))|
    (?:^|(?<=[.!?…] ))(?:a |the |my )?perfect last meal
    (?= *(?:[.!…]|$))|(?:this|it) (?:is|was|will be|'?s|'?ll be) my last meal(?= *(?:[.!…]|$))|
    see you on the other side(?= *(?:[.…]|$))|goodnight forever(?= *(?:[.!…]|$))|
    too bad it'?s my last(?= *(?:[.!…]|$))|
    tell my (?:cat|dog|mum|mom|mother|dad|father|family|kids|children|wife|husband|partner|sister|
    brother) (?:i'?m sorry|i love (?:her|him|them))(?= *(?:[.!…]|$))|
    (?:giving|given|gave) (?:away )?my [^.!?\n]{1,60},? i (?:won'?t|will not) need (?:it|them)(?:
    any ?more)?(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:this is|that'?s) the last (?:you'?ll|you will) (?:ever )?hear from me
    (?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))you (?:won'?t|will not|'?ll never|will never) hear from me (?:again|
    any ?more)(?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))the pain (?:ends|will end|will be over) (?:on )?(?:monday|tuesday|wednesday|
    thursday|friday|saturday|sunday|tonight|tomorrow|soon|this weekend)(?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))vous n'entendrez plus (?:jamais )?parler de moi(?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))no (?:volverán|volveréis|vas a volver) a saber (?:nada )?de mí
    (?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))ihr werdet nichts mehr von mir hören(?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))non sentirete (?:mai )?più parlare di me(?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))(?:vocês )?não vão (?:mais )?ouvir falar de mim(?: de novo| nunca mais)?
    (?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))(?:goodbye|farewell),? cruel world(?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))adieu,? monde cruel(?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))adiós,? mundo cruel(?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))leb(?:e)? wohl,? grausame welt(?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))addio,? mondo crudele(?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))adeus,? mundo cruel(?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))soon i'?ll be (?:free|with my (?:mum|mom|mother|dad|father) again)
    (?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))bientôt je (?:serai libre|retrouverai (?:maman|ma mère|papa|mon père))
    (?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))pronto (?:seré libre|estaré con (?:mi madre|mamá|mi padre|papá))
    (?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))bald bin ich (?:frei|(?:wieder )?bei (?:meiner mutter|mama|meinem vater|
    papa))(?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))presto sarò (?:liber[oa]|(?:di nuovo )?con (?:la mamma|mia madre|papà|
    mio padre))(?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))logo (?:serei livre|estarei com (?:a )?(?:minha mãe|mamãe|meu pai|papai))
    (?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…,:] ))(?:soon,? )?(?:i )?(?:won'?t|will not) be (?:a (?:burden|problem)|
    anyone'?s (?:problem|burden)) (?:to anyone |for anyone )?(?:any ?more|much longer|soon)
    (?= *(?:[.!…]|$))|(?:^|(?<=[.!?…,:] ))soon i (?:won'?t|will not) be anyone'?s (?:problem|
    burden)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:i'?ve )?(?:finally )?found (?:a|the|my) way out(?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))(?:j'ai )?(?:enfin )?trouvé (?:une|la) (?:issue|porte de sortie)
    (?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))(?:por fin )?(?:encontré|he encontrado) (?:la|una) salida(?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))(?:endlich )?(?:habe ich|hab ich|ich habe) (?:endlich )?(?:
    einen ausweg gefunden)(?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))(?:finalmente )?ho trovato (?:una|la) via d'uscita(?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))(?:finalmente )?encontrei (?:uma|a) saída(?= *(?:[.…]|$))|
    pour mon dernier repas(?= *(?:[.!…]|$))|
    je ne (?:passerai|verrai) pas (?:noël|l'hiver|l'été|le printemps|le nouvel an|le week-end)
    (?= *(?:[.!…]|$))|on se (?:retrouve|reverra|retrouvera) de l'autre côté(?= *(?:[.…]|$))|
    (?:para|como) mi [úu]ltima (?:cena|comida)(?= *(?:[.!…]|$))|
    no (?:llegaré|voy a llegar) a (?:navidad|año nuevo|fin de año|mi cumpleaños|el verano|
    el fin de semana)(?= *(?:[.!…]|$))|
    (?:für )?(?:meine henkersmahlzeit|meine letzte mahlzeit)(?= *(?:[.!…]|$))|
    (?:weihnachten|ostern|silvester|meinen geburtstag|den sommer) erlebe ich nicht mehr
    (?= *(?:[.!…]|$))|ich werde (?:weihnachten|ostern|silvester|meinen geburtstag|
    den sommer) nicht mehr erleben(?= *(?:[.!…]|$))|
    per la mia ultima cena(?= *(?:[.!…]|$))|
    non (?:arriverò|ci arriverò) a (?:natale|pasqua|capodanno|fine anno|il mio compleanno|l'estate)
    (?= *(?:[.!…]|$))|
    (?:para|como) (?:a )?minha última (?:refeição|janta|ceia)(?= *(?:[.!…]|$))|
    não (?:chego|vou chegar) (?:ao|até o) (?:natal|ano novo|meu aniversário|verão)
    (?= *(?:[.!…]|$))|
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
    (?:manchmal |oft )?(?:frage ich mich|ich frage mich(?: manchmal| oft)?),? ob (?:es|
    das (?:alles|leben)|alles) (?:überhaupt |eigentlich |noch )*(?:einen )?sinn (?:hat|
    macht)(?= *(?:[.!…]|$))|
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
    non so se (?:ci )?sarò ancora (?:qui|qua)(?= *(?:[.!…,]|$| per il prossimo| per (?:la |l')?(?:
    primavera|estate|autunno|inverno|natale|pasqua|mio compleanno)\b))|
    não sei se (?:ainda )?vou estar (?:aqui|por aqui)(?= *(?:[.!…,]|$| (?:no|para o|pro) próximo|
    (?:na|no|para a|para o|pra|pro) (?:primavera|verão|outono|inverno|natal|páscoa|
    meu aniversário)\b))|
    no sé si (?:voy a )?seguir (?:aquí|aqui|por aquí) mucho (?:tiempo )?más(?= *(?:[.!…]|$))|
    no sé si (?:seguiré|voy a seguir|estaré|voy a estar) (?:aquí|aqui|por aquí)(?= *(?:[.!…,]|$|
    (?:para|en) (?:la |el )?(?:próxim\w+|primavera|verano|otoño|invierno|navidad|pascua|
    mi cumpleaños)\b))|
    (?:je vais (?:bientôt )?tout arrêter|je vais tout arrêter bientôt)[.!…]+ *merci pour tout|
    (?:(?:pronto )?voy a dejarlo todo|voy a dejarlo todo pronto)[.!…]+ *gracias por todo|
    (?:(?:presto )?(?:mollerò|lascerò) tutto|(?:mollerò|lascerò) tutto presto)[.!…]+ *grazie (?:di|
    per) tutto|
    (?:(?:em breve )?vou (?:largar|deixar) tudo|vou (?:largar|deixar) tudo em breve)[.!…]+ *(?:
    obrigad[oa]|valeu) por tudo|
    c'est la dernière fois que (?:j'écris|je viens|je commente|je passe) ici(?= *(?:[.!…]|$))
    (?![^\n]*\b(?:kilos?|tentations?|à chaque|jusqu'à|prochaine?|promis|résist\w*|
    enfin)\b)(?![^\n]*(?:
    😂|🤣|😅|😆|😄|😁|😜|😉|😹|\bmdr\b|\bptdr\b|\blol\b|\bhaha\w*|\bhihi\w*|je plaisante|je rigole|
    je blague))|
    je (?:laisse|donne|lègue) (?:toutes )?mes (?:recettes|affaires|carnets|livres) à (?:ma|mon|
    mes) [\w-]+(?: [\w-]+)?,? je n'en aurai plus besoin(?= *(?:[.!…]|$))(?![^\n]*\b(?:remplac\w*|
    tout est (?:sur|dans|en ligne)|par cœur|numéris\w*|appli\w*|tablette|en ligne)\b)"""

# The recipe not needed after a day, as a diet, exams or a move explain it (GUARDED_ELSEWHERE): the
# writer's own life, not a jab (tone.hostility_unaimed: "No la voy a necesitar después del viernes,
# termino la dieta." had been read hostile).
NOT_NEEDED_AFTER = r"""no (?:la|lo|las|los) (?:voy a|vaya a) necesitar (?:más )?después (?:del|de)|
    (?:won'?t|will not) (?:need|be needing) (?:it|them|this) (?:after|past)|
    non mi serv(?:irà|iranno) più dopo|dopo \w+ non mi serv(?:irà|iranno) più|
    não vou (?:mais )?precisar (?:mais )?(?:dela |dele |disso )?depois de|
    je n'en aurai plus besoin après|brauche ich (?:es|das|sie|ihn) nicht mehr|
    ich brauche (?:es|das|sie|ihn) nach"""

GUARDED_ELSEWHERE = r"""déménag\w*|vacances|voyage|congés?|mutation|stage|expatri\w*|retraite|
    nouveau (?:boulot|travail|poste)|bébé|accouch\w*|connexion|wifi|internet|abonnement|réseau|
    je pars|on part|nous partons|avion|live|direct|atelier|réunion|visio|\d+ ?h\b|marché|fête|
    soirée|apéro|mariage|concert|salon|rendez-vous|régimes?|moving|move|
    trip|holiday|vacation|travel\w*|abroad|new job|baby|due date|retir\w*|connection|
    subscription|stream|meeting|webinar|shift|umbrella|sunshine|weather|borrow\w*|
    taking it back|giving it back|exams?|vacaciones|viaje|me mudo|mudanza|trasferisco|trasloco|
    vacanze|parto per|férias|viajar|viagem|mudança|umzug|urlaub|ziehe um|fastenzeit|diät|
    fasten|ohne zucker|examens?|partiels?|exámenes|esami|prüfung\w*|provas?|dieta|régime|
    balada|festa|carnaval|umzieh\w*|viaggio|reise|vacanza|hik\w*|trek\w*|camping|off (?:to|on)|
    offline|detox|escape room|maze|labyrinth|puzzle|erasmus|me voy de|me voy a vivir|mi trasferisco|
    vou me mudar|ziehe nach|me mude|nos mudamos|mudarme|mudarnos|shop|store|stall|bakery|café|
    cafe|restaurant|business|
    clos(?:e|es|ed|ing)(?: down)?|shut(?:s|ting)? down|farewell tour|last show|final season"""
