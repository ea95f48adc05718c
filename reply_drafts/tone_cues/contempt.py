"""Contempt, condescension, sarcasm and jabs at the post or its author ("what drivel", « Waouh,
révolutionnaire. »), laughter at a hard day, and the words that answer scorn rather than join it.

Data: the package's docstring says how the lists are written and read."""

# Words that answer scorn on a hard-day post rather than join it: the reader quotes it to deny it
# ("Anyone who says you're milking this doesn't know you", "Another sob story? No, ...", « Un
# billet larmoyant peut-être, mais... »). Without one, comfort after scorn does not excuse it:
# "Get over it already. Hugs.", "Nobody cares. Sending hugs though."
SCORN_ANSWERED = r"""(?:but|yet|mais|pourtant|pero|aber|però|maar|mas)(?! (?:(?:i'?m |still |
    je )?(?:sending|hugs?|love|thinking of you|sorry|bisous|câlins?|abrazos?|courage)))|
    no(?=[,.!]| one should)|never|not at all|anyone who|whoever|
    ignore (?:anyone|them|the|those|people)|don'?t listen|who cares what|trolls?|haters?|
    stop apologi[sz]ing|how dare|jk|just kidding|kidding|not really|
    non(?=[,.!])|jamais|quiconque|ceux qui disent|
    n'écoute[sz]? pas|peu importe ce que|
    (?:told|tell|tells|telling) (?:me|you|us|him|her|them) to|
    (?:people|those|anyone|someone|folks) (?:who|that) (?:say|says|said|tell|tells|told)|
    don'?t let (?:anyone|anybody|them|people)|please don'?t|worst advice|
    (?:stupid|cruel|awful|horrible|evil|fucking|damn|bloody) (?:disease|cancer|illness|tumou?r|
    virus)"""

# Contempt: hostile when the sentence points at someone here ("your", "this", "the author").
CONTEMPT = r"""drivel|garbage(?! collect\w*)|trash(?! (?:can|bin))|rubbish|(?<!holy )crap(?:py)?|
    bullshit|
    horseshit|tripe|pathetic|laughable|idiotic|moronic|brain[- ]?dead|clueless|incompetent|
    worthless|self[- ]congratulatory|self[- ]satisfied|self[- ]indulgent|smug|sanctimonious|
    pretentious|condescending|insufferable|delusional|hypocrit\w*|virtue[- ]signal\w*|
    holier[- ]than[- ]thou|tone[- ]deaf|vapid|asinine|cringe\w*|embarrass (?:yourself|themselves)|
    talentless|mental gymnastics|fanboy\w*|clickbait(?! (?:post|article|title)s? but)|echo chamber|
    whiny|whining|whinge\w*|
    dümmst\w*|schwachsinn\w*|blödsinn|peinlich|zeitverschwendung|lächerlich|erbärmlich|
    (?:scheiß|scheiss)(?!tag|woche|wetter|nacht|morgen|montag|job)\w*|
    (?<!journée )(?<!semaine )(?<!soirée )de merde|una mierda|
    (?<!día )(?<!dia )(?<!semana )(?<!noche )de mierda|una merda|
    (?<!giornata )(?<!settimana )(?<!serata )di merda|
    bêtises?|ramassis|prétentieu\w*|pathétique|ridicule|creux|quelle honte|porquería|basura|
    pat[eé]tic[oa]s?|ridícul[oa](?! de bo[am])|vergüenza|vergonha|schifo|ridicol[oa]|vergogna|onzin|
    belachelijk|schande|patetisk\w*|żałosn\w*|жалк\w*|позор\w*|бездарн\w*|смешно|
    ντροπή|yaz[ıi]klar olsun|saçma\w*"""

# Milder words, hostile only when said of someone outright: "this is so stupid", "you're naive".
CONTEMPT_MILD = r"""naive|na[iï]ve|useless|pointless|embarrassing|mediocre|amateurish|
    dumb(?! questions?)|dumber|stupid(?! questions?)|ridiculous|absurd|nonsense|insipid|inane|lazy|
    preachy|bloated|
    worst(?!(?: (?:part|thing|bit)s?\b| *(?![\w ]))[^.!?]{0,60}(?:😂|🤣|😆))(?! (?:
    day|week|month|year|night|time)s? of (?:my|our)| is (?:over|behind))
    (?![^.!?]{0,60}\b(?:love[ds]?|great|amazing|brilliant|perfect|delicious|best|thanks?)\b)|dense|
    ugly|boring|lame|shallow|cringey|yawn|meh|(?<!the )shit(?:ty)?"""

# What comes just before a mild word said of someone: "this is so", "you're just", "your post was".
SAID_OF = r"""(?:you|you'?re|you are|this|that|it|your \w+|this \w+|the post|the article|
    the comments here)(?:'s| is| are| was| were| sound| sounds| look| looks)?(?: so| such| really
    | utterly| completely| totally| just| incredibly| the| a| an| most| even)*\W+"""

# What a mild word may be said of that is the author's work: "this pointless post" is contempt,
# "this pointless bug ate my weekend" is not (tone._of_a_thing).
THE_POST = r"""posts?|articles?|blogs?|pieces?|content|recipes?|takes?|advice|tutorials?|guides?|
    lists?|write-?ups?|essays?|sites?|websites?|videos?|rants?|opinions?|arguments?|stor(?:y|ies)|
    series|threads?|reviews?|writing|words|ideas?|points?|nonsense|drivel|garbage|rubbish|crap|
    trash|clickbait|blogger|author|writer|person|guy|man|woman|people|podcast|newsletter|book|
    code|library|app|tool|project|plugin|theme|design|photos?|pictures?|channel"""

# Condescension ("cute little blog you have here", "works great on your machine"): hostile only in
# a comment that praises nothing warmly (tone.condescension): "What a cute little blog! Love the
# header 😍" is sincere.
# Faint praise "for a beginner", as a whole sentence, in English, German and Spanish (French,
# Italian and Portuguese are in CONTEMPT_PHRASES): "Pretty good, for a beginner.", „Für eine
# Hobbybäckerin gar nicht so schlecht", "No está mal para ser aficionada", "Pretty good for a
# beginner. Keep practicing!". Not the reader's own first try ("Pretty good for a first try, I'm a
# beginner myself!", "Not bad for a beginner, if I say so myself!") nor a recipe that suits
# beginners ("great for beginners like me", "This recipe is pretty good for a beginner.").
BEGINNER_END = r"(?= *[.!…]*$| *[.!…]+ |,? if i (?:do )?say so myself|,? i (?:suppose|guess)\b)"
NOVICE_EN = r"""beginner|amateur|hobbyist|novice|newbie|home (?:baker|cook)|girl|housewife"""
NOVICE_DE = r"""hobbybäcker(?:in)?|hobbyköchin|hobbykoch|anfänger(?:in)?|laien?|amateur(?:in)?|
    hausfrau"""
NOVICE_ES = r"""aficionad[oa]|principiante|novat[oa]|amateur|ama de casa"""
# ... and "for someone who can't bake": "Pretty good for someone who can't bake.", « Pas mal pour
# quelqu'un qui ne sait pas cuisiner. » (jabs.FOR_SOMEONE_WHO_CANT), the reader's own too ("I
# can't bake, so: not bad for someone who can't bake!").
CANT_BAKE = r"""someone who can'?t (?:bake|cook|write)|quelqu'un qui ne sait pas (?:cuisiner|
    écrire)|alguien que no sabe (?:cocinar|escribir)|jemanden?,? (?:der|die) nicht (?:backen|
    kochen|schreiben) kann|un[oa] che non sa (?:cucinare|scrivere)|quem não sabe (?:cozinhar|
    escrever)"""
FOR_A_BEGINNER = rf"""(?:^|(?<=[.!?…:] ))(?:(?:pretty|quite|not) )?(?:good|bad|decent|nice|
    impressive|cute|ok|
    okay)(?: effort| work| job| attempt)?,? for an? (?:{NOVICE_EN}){BEGINNER_END}|
    (?:^|(?<=[.!?…:] ))(?:(?:gar|echt|wirklich) )?(?:nicht (?:mal )?(?:so )?(?:schlecht|übel)|
    ganz (?:ordentlich|nett|okay|ok|gut)),? für (?:eine?n?|ne) (?:{NOVICE_DE}){BEGINNER_END}|
    (?:^|(?<=[.!?…:] ))für (?:eine?n?|ne) (?:{NOVICE_DE})(?: ist (?:das|es))? (?:(?:gar|echt|
    wirklich) )?(?:nicht (?:mal )?(?:so )?(?:schlecht|übel)|ganz (?:ordentlich|nett|okay|ok|
    gut)){BEGINNER_END}|
    (?:^|(?<=[.!?…¡¿:] ))(?:no está mal|nada mal|no (?:es|está) tan malo|bastante bien|mono|
    bonito),? para (?:ser |una? )(?:{NOVICE_ES}){BEGINNER_END}"""

# "For a beginner" is the reader's own when the comment speaks of them: "My first sourdough. Not
# bad for a beginner!", « Mon premier pain. Pas mal pour une débutante ! », "Meu primeiro pão. Nada
# mal pra uma iniciante!" (tone.py drops the condescension then, and reads it as praise of their
# own bake). A hedge's "I" is no such word: "Not bad for a beginner, I suppose.", "Not bad for a
# beginner. I think you'll get there." (HEDGES).
NOVICE_ANY = rf"""{NOVICE_EN}|{NOVICE_DE}|{NOVICE_ES}|débutante?|amatrice|amateur|dilettante|
    principiante|amador[a]?|iniciante|{CANT_BAKE}"""
SPEAKS_OF_SELF = r"""i|i'?m|i'?ve|my|mine|me|myself|we|our|je|j'ai|mon|ma|mes|moi|yo|mi|mis|
    ich|mein\w*|mir|mich|io|mio|mia|eu|meu|minha"""
HEDGES = r"""i (?:suppose|guess|must say|have to say|would say|think|mean|hope)|i'd say|
    if you ask me|je (?:suppose|dirais|pense|trouve)|ich (?:finde|denke|glaube|muss sagen|
    würde sagen)|(?:yo )?(?:supongo|diría|creo)|(?:io )?(?:immagino|direi|credo)|
    (?:eu )?(?:suponho|diria|acho)"""

CONDESCENSION = r"""(?<!what a )cute little (?:blog|post|site|project|article|
    tutorial)(?= *(?:[.…]|$|you have|here))|^nice try,? but (?:no|nope)(?= *[.!…]*$)|
    (?:^|(?<=[.!?] ))how (?:original|creative|groundbreaking|innovative|revolutionary)(?= *[.…]*$)|
    (?:works?|worked) (?:great|fine|perfectly) on your machine(?= *(?:[.!…,]|$))|
    who hurt you(?= *[?!.…]*$)|^not bad for an? (?:amateur|hobbyist)(?= *[.!…]*$)|bless your heart|
    you must have (?:a lot of|too much|so much) (?:free |spare )?time(?= *(?:[.!…]|$|on))|
    (?:plein|pleine|rempli|remplie|enfilade|tissu) de lieux communs(?![^.!?]*\bmais\b)|
    que des lieux communs|(?<!trop )(?<!très )mignon comme (?:tentative|effort)|
    (?:^|(?<=[.!?] ))(?:(?:c'est |quel |qué |che |que )?(?:cute|mignon|mono|carino|bonitinho|
    süßer),? (?:attempt|try|comme tentative|como intento|come tentativo|como tentativa|versuch)|
    (?:a |what a )?(?:cute|adorable) (?:little )?(?:attempt|try))(?= *[.…]*$)|
    (?:^|(?<=[.!?] ))(?:well,? )?(?:it'?s|that'?s) certainly an? (?:post|recipe|choice|take|loaf|
    bake|method)(?= *[.!…]*$)|
    another day,? another (?:humblebrag|sob story|ad|advert|sponsored post|clickbait|brag)(?! (?:
    from|by|of) (?:me|mine|us)\b)(?![^.!?]*\?)(?![^\n]*\btake my money\b)|
    effort is optional(?: now| these days| here)?(?= *[.!…]*$)|
    real (?:bakers|cooks|chefs) [^.!?]{3,60}, but (?:okay|ok|sure|whatever)(?= *[.…]*$)|
    (?:^|(?<=[.!?] ))(?:keep|don'?t quit) your day job(?= *[.!…]*$)|
    funny how (?:the |your )?(?:sponsored|paid|affiliate|ad) (?:posts?|ones|recipes?)(?![^.!?]*\b(?:
    my|our) (?:favou?rites?|faves?)\b)|
    better (?:\w+ )?(?:blindfolded|in (?:her|his|my|their) sleep|with (?:her|his|my|their) (?:
    eyes closed))(?! now)(?![^.!?]*\b(?:thanks to|because of) (?:you|your)\b)|
    (?:really |so )?needed (?:your|the) (?:whole |entire )?life story(?= *(?:[.!…]|$))
    (?![^\n]*\b(?:cheered|happy tears|made my day|loved? (?:it|reading)|why i read)\b)"""

# A retort and a "look it up first" in Spanish, Italian, Portuguese and German, which had been
# quoted back with a star: "Claro que sí, guapi, y yo soy astronauta.", « Sì, certo, e io sono il
# Papa. », "Claro, e eu sou o Papa.", „Na klar, und ich bin der Kaiser von China.", "Infórmate
# antes de escribir.", « Informati prima di scrivere. », „Informier dich erst mal." Not "claro que
# sí, y yo soy la primera en probarlo", "me informé antes de hacerla". Also a demand for an answer
# called rude ("Rispondi subito, aspetto da tre giorni. Che maleducazione."), not an eager "Responde
# logo, fiquei curiosa!", and "has descubierto el agua tibia" (stating the obvious; session 38:
# "Bravo, genio, has descubierto que el pan lleva harina", « Bravo, hai scoperto che il pane si fa
# con la farina 👏👏 », not "¡Bravo! Has descubierto mi nueva receta favorita").
# Session 38: a retort opens its sentence and is not told as a family joke ("me contestó: claro,
# y yo soy astronauta", „Klar, und ich bin Batman! – sagte mein Mann"); "look it up" opens its
# sentence too (not „Wenn du nach Italien fährst, informier dich vorher."); not "El perro
# descubrió el agua caliente de la ducha", "O bebê descobriu a roda do carrinho".
RETORTS_INTL = r"""(?:^|(?<=[.!?…] )|(?<=^sì, )|(?<=^si, )|(?<=^na )|(?<=^ja, )|
    (?<=^sim, ))(?:claro|certo|klar|sicher)[^.!?]{0,20}?,? (?:y yo soy|e io sono|e eu sou|
    und ich bin) (?:el |la |il |lo |o |a |der |die )?(?:papa|papst|reina de inglaterra|
    regina d'inghilterra|rainha da inglaterra|kaiser von china|astronauta|batman|napoleón|
    napoleone|napoleão|napoleon)(?= *(?:[.!…,🙄😒]|$))
    (?![^\n]*\b(?:dijo|contestó|respondió|ha detto|rispose|disse|sagte|sagt)\b)|
    (?:^|(?<=[.!?…] ))(?:infórmate (?:antes de (?:escribir|opinar|hablar|publicar)|
    un poco(?= *[.!…]*$))|
    informati (?:prima di (?:scrivere|parlare|pubblicare)|un po'(?= *[.!…]*$))|
    (?:se informe|informe-se|vai se informar) antes de (?:escrever|falar|postar|publicar)|
    informier(?:e)? dich (?:erst(?:mal| mal)?|mal|besser|vorher)(?= *[.!…]*$))
    (?! (?:recetas?|la|a|el|o|los|las|os|as|il|lo|le|gli|i|die|den|das)\b)|
    (?:^|(?<=[.!?…] ))(?:contesta|contéstame|responde|respóndeme|rispondi|rispondimi|responda|
    antworte|antworte mir)(?: ya| de una vez| subito| logo| já| endlich)(?= *(?:[.!…,]|$))
    (?!,? (?:schatz|cariño|amor|tesoro|querid[oa]|liebling)\b)
    (?=[^\n]*\b(?:falta de respeto|falta de respeito|maleducazione|maleducat[oa]|unverschämt|
    frechheit|qué vergüenza(?! me)|que vergonha(?! me)|che vergogna(?! mi))\b)|
    (?:has descubierto|descubriste) el agua (?:tibia|caliente)|descubri[óo] el agua tibia|
    (?:hai|ha|avete) scoperto l'acqua calda(?![^\n]*\b(?:ha detto|ridendo|dice)\b)|
    (?<!quem )(?:descobriu|descobriste) a (?:roda|pólvora)(?= *(?:[.!…,👏🙄]|$))|
    (?<!mamá, )(?<!papá, )(?<!mami, )(?<!papi, )(?:has descubierto|
    descubriste) que (?:el|la|los|las) [\w ]{1,20}? (?:
    lleva|llevan|se hace|
    se hacen|necesita|necesitan)(?: (?:con|de|la|el))* (?:harina|agua|sal|huevos?|levadura|horno)
    (?= *(?:[.!…,👏🙄]|$))|
    (?:hai|avete) scoperto che (?:il|la|lo|i|le|gli|l')\s?[\w ]{1,20}? (?:si fa|si fanno|
    ha bisogno|vuole|va fatto)(?: (?:con|di|della|del|la|il|lo))* (?:l')?(?:
    farina|acqua|sale|uova|lievito|forno)(?= *(?:[.!…,👏🙄]|$))"""

# Contempt said as a phrase: hostile on its own. Session 38, French: « Toi t'es la honte des
# blogueuses culinaires. », « Bravo, t'as réussi à rater une recette de pâtes. » (not the reader's
# own « J'ai réussi à rater une recette de pâtes 😂 »), « Pas mal pour une fille. », « Sympa pour
# un amateur. », « C'est bien, pour un blog de ménagère. » (not « Sympa pour un amateur comme
# moi, les explications sont claires », « Ce kit est sympa pour un amateur. », « Ma fille m'a
# dit : t'as réussi à rater une omelette. »), all of which had been starred and quoted.
CONTEMPT_PHRASES = r"""i used to (?:like|love|enjoy|read) this (?:blog|site)(?= *[.…]*$)|
    if you'?ve never (?:eaten|had|tasted|baked|made) (?:real|proper|good|decent) \w+(?= *[.…]*$)|
    (?:appreciate|nice|good) (?:the )?(?:effort|try),? i guess(?= *[.…]*$)|
    (?:^|(?<=[.!?] ))what a (?:shock|surprise),? another (?:recipe|post|loaf|article|one) (?:that|
    which) (?:(?:doesn'?t|didn'?t|does not|did not|won'?t) (?:work|rise|turn out|come out|set|
    taste (?:good|right|like anything))|failed|flopped)|
    love how you (?:(?:ignored|ignore|ignoring|completely (?:ignored|missed|skipped)) (?:
    \w+ ){0,3}?(?:comments?|questions?|readers?|feedback|replies|criticism|me|us|everyone|
    everybody|people|the point)\b|never (?:answer|reply|respond|listen)|didn'?t (?:even )?(?:
    bother (?:to|answering|replying|responding|testing|checking|reading)|answer|reply|test|read|
    check))|
    i'?m sure your (?:kids|family|husband|wife|partner|friends|guests) (?:love|enjoy)s? (?:eating |
    being )?(?:your )?(?:experiments|guinea pigs|test subjects)(?= *(?:[.…]|$))(?![^!?]*?\b(?:
    lucky (?:them|kids|him|her)|mine (?:does|do)|so do mine)\b)|
    (?<=[\w,] )if you (?:enjoy|like|love|want) (?:eating |chewing )?(?:bricks|cardboard|doorstops|
    hockey pucks|(?<!love )rocks|sawdust|food poisoning)(?= *(?:[.!…]|$))|
    no need to make (?:a|an entire|a whole) (?:post|blog post|thing|fuss) (?:about|of|out of) (?:
    it)(?= *(?:[.!…]|$))|
    (?<!say )(?<!says )(?<!said )(?<!saying )(?<!think )(?<!thinks )(?:
    (?<!claim )(?<!claims )(?<!told )(?:nobody|no one)) wants to read (?:sad|depressing|miserable|
    your sad|about your) (?:stuff|posts?|things|feelings|grief|problems)(?! *\?)(?!,? (?:
    \w+ ){0,3}?(?:said|says|thinks|told me)\b)(?![^.!?]*\bbut (?:i|we) do\b)|
    (?<!like )(?:nobody|no one) (?:really |even |ever )?cares(?! (?:if|whether|
    for me|about (?!(?:this|that|it|you|your|yours|the (?:post|article|author|blog))\b)))|
    nobody asked|who (?:even )?cares|
    ^(?:das ist|das war|esto es|eso es|questo è|isso é|isto é|dit is|c'est)(?: (?:doch|echt|
    total|wirklich|so|vraiment|complètement))*(?: (?:ein|eine|una|uno|um|uma|du|de la))?(?: (?:
    totaler|kompletter|absoluter))? (?:schwachsinn|blödsinn|müll|basura|mierda|spazzatura|
    lixo|porcaria|onzin|ridículo|ridicolo|ridicule|pathétique|lächerlich|zeitverschwendung|
    ridícula|patético|patetico)(?= *[.!…]*$)|
    (?<!had )(?<!has )(?<!have )(?:too|so) much drama(?= *(?:[.!…]|$))|
    (?:you'?re|you are|what a) (?:such a |a )?drama queen|
    (?:this is|that'?s|so|just|pure|such|how) (?:\w+ )?attention[- ]seek(?:ing|er)(?! (?:behaviou?r|
    whin\w*|bark\w*|cr(?:y|ies|ying)))|attention[- ]seek(?:ing|er) much|
    attention[- ]seeker(?= *[.!…]*$)|
    ^(?:honestly,? |seriously,? )?(?:nobody|no one) (?:wants|needs) to (?:read|hear) about (?:
    your (?:\w+ ){0,3}?(?:life|problems|feelings|drama|grief|sob stor\w+))(?= *[.!…]*$)|
    i (?:stopped|stop) reading personal blogs(?![^.!?]*\bbut\b)|
    (?:on|tout le monde) s'en (?:fiche|fout|moque|balance|tape)(?: de (?:votre|ta|ton|tes|
    vos) (?:vie|blog|avis|article|billet|histoires?)|(?= *[.!…]*$))|^bof(?= *(?:[.!…]+(?:\s|$)|$))|
    ^(?:déjà vu (?:mille|cent) fois|vu et revu)(?! *,? *mais)|encore un article sur rien|
    (?:encore un|un énième|quel) (?:billet|article|post|texte) (?:\w+ )?(?:larmoyant|pleurnichard|
    déprimant)(?![^.!?]*\bmais\b)|bravo pour le pathos|
    merci de (?:nous|me) gâcher (?:la|ma|notre) (?:journée|matinée|soirée)|
    (?:^|(?<=[.!?] ))(?:ce n'est|c'est) pas (?:l'endroit|le lieu) pour (?:ça|cela|parler de ça)(?:
    (?= *[.!…]*$))|
    on (?:vient|venait) (?:ici )?(?:pour|lire) (?:la|le|les|de la|du|des) (?:technique|tech|code|
    tutos?|tutoriels?|recettes?)(?:,? pas (?:pour )?(?:ta|votre|vos|tes) \w+|(?= *[.!…]*$))|
    (?:i|we) (?:come|came|read this blog|subscribed) (?:here )?for (?:the )?(?:tech|code|python|
    tutorials?|recipes?|\w+ (?:content|posts?|articles?)),? not (?:for )?(?:your|this) (?:
    personal (?:life|stuff|problems)|life|problems|feelings|drama|sob stor\w+)(?!.{0,60}\b(?:
    but|yet|and i stayed|and stayed|and here i am)\b)|
    (?:^|(?<=[.!?] ))(?:this is |that'?s |this blog is |a blog is )?not the place for (?:
    this|that|it|your (?:\w+ )?(?:problems|feelings|drama|personal (?:life|stuff)))(?= *[.!…]*$)|
    (?<!["“'])(?:another|such a|what a|spare (?:me|us) the) sob stor(?:y|ies)(?= *(?:[.!…,]|$))(?:
    (?![^!?]*(?:😂|🤣|lol|haha)))|
    (?:nobody|no one) (?:wants|needs) to read (?:this|that|all this)(?: (?:depressing|sad|miserable|
    whiny) (?:stuff|crap|drivel|nonsense))?(?= *[.!…]*$)|
    shame on you(?! for (?:making|posting|getting|sharing|tempting|this)\b)|(?:your|this) (?:blog|
    site|writing|content) used to be (?:good|great|better|worth)|
    i (?:really |just |fucking )?hate (?:you|your (?:blog|post|writing|guts|
    recipes?))(?! for (?:making|
    getting|introducing|showing|this)|,? (?:this|that|it) (?:looks|sounds))
    (?![^\n]*(?:😂|🤣|😆|😅|\blol\b|\blmao\b|\bhaha))|
    you ruined my (?:weekend|day|evening|week|dinner|party|holiday)|
    who (?:even )?reads (?:this|your)|get a (?:real )?(?:job|life)|stick to (?:your day job|photos|
    \w+ing)|(?<!never )(?<!n't )(?<!n't ever )(?<!not )stop (?:writing|blogging|commenting|
    posting)(?! (?:such|so|these|this|all this|
    all these)(?: \w+)? (?:good|great|delicious|tasty|amazing|gorgeous|beautiful|lovely|tempting|
    yummy|irresistible|mouth-?watering))
    (?!\? *(?:never|no|nope|no way|not a chance)\b)|
    quit (?:writing|blogging)(?!\? *(?:never|no|nope|no way|not a chance)\b)|go away|
    waste of (?:my |everyone'?s )?(?:time|bandwidth|pixels)|want (?:the|my) \w+ minutes back|
    should be ashamed|
    how dare you(?! (?:post|share|make|tempt)\w* (?:this|that|me|us)[^.!?]{0,30}\b(?:before|at|
    during|on a) [^.!?]{0,30}(?:😂|🤣|😆))
    (?! make (?:this|it|that|them) (?:look|seem) so (?:easy|simple|effortless|good|delicious))|
    delete (?:this|your) (?:post|blog)|delete your blog|
    do (?:some|your) (?:research|homework)|ever heard of (?:google|research)|thanks for nothing|
    cheers for nothing(?= *[.!…]*$)(?![^\n]*(?:😂|🤣|\blol\b|\bhaha|worth it))|
    captain obvious|stating the obvious|thought leader|groundbreaking\. truly|what a joke|
    worked like a charm(?:\.{2,}|…) *(?:for (?:the first|about|all of|a whole) (?:\w+ )?(?:
    minutes?|seconds?|hours?)|until|right up until|not(?! (?:a|one) ))\b(?![^\n]*\b(?:ate|eaten|
    devoured|crumbs?)\b)|
    (?:^|(?<=[.!?] ))oh (?:great|wonderful|joy|goody|perfect),? (?:yet )?another (?:
    [\w-]+ ){0,3}(?:recipe|post|article|blog post|loaf|tutorial|listicle)(?= *[.…]*$)|
    (?:groundbreaking|original|brilliant|genius|innovative|revolutionary|useful|helpful|
    life-changing)(?: \w+)?,? said no (?:one|body)(?: ever)?(?= *[.!…]*$)|
    (?:^|(?<=[.!?] ))(?:gee|gosh|golly),? thanks(?: so much)? for (?:the|that|this) (?:
    [\w-]+ ){0,2}(?:advice|tips?|insight|info|information|revelation|lesson)(?= *[.…]*$)|
    (?:^|(?<=[.!?] ))(?:gee|gosh|golly),? thanks(?: so much)? for (?:the|that|this) (?:
    [\w-]+ )?(?:life-changing|groundbreaking|revolutionary|earth-shattering|mind-blowing|
    game-changing) (?:advice|tips?|insight|info|information|revelation|lesson)(?= *!+$)|
    works (?:great|fine|perfectly|wonderfully|beautifully) in your (?:fantasy|imaginary|
    make-believe|dream) (?:kitchen|world|land|oven|house)|
    love how you ["“']\w+["”'] to(?![^\n]*(?:😂|🤣|\blol\b|\bhaha|worth it))|
    (?<!said )(?:ur|u r|you'?re|you are) (?:such )?a joke(?![\w-]| (?:teller|machine|
    factory)\b)(?![^\n]*\b(?:jk|just kidding|kidding)\b)|
    (?:this|your) (?:blog|post|site|recipe|article|channel) is (?:a |an absolute |a total |
    a complete )?dumpster fire(?! (?:rescue|saver|fix|cure)\b)|
    (?:your|ur|this) (?:\w+ )?(?:is|was|looks|tastes) (?:so |mad )?mid(?= *(?:[.!…,]|$| af|
    tbh| fr| ngl| lol| lmao))(?![^\n]*\bsaid (?:my|our|the|his|her)\b)|
    (?:is|are) a joke|people like you|you people|are you (?:serious|kidding|stupid|dumb|high)|
    did you even (?:read|think|try|test|check|proofread|bake|cook|make|run|look)|
    didn'?t (?:even )?read the post|you can'?t read|
    did a child write|another (?:blog )?(?:post|article) about nothing|
    (?:^|(?<=[.!?] ))(?:just what )?the (?:internet|world) (?:really |clearly )?needed (?:that|
    another one)(?= *\.*$)|
    (?:a|any) (?:child|toddler|kid|five[- ]year[- ]old|monkey) could (?:do|write|have done|
    have written) (?:it |this |that )?better(?! than (?:me|my|i)\b| with (?:your|these|this|the)\b)|
    some of us (?:have to )?work for a living(?= *[.!…]*$)|
    shame about (?:the|your) (?:parenting|writing|content|cooking|baking|attitude|taste|grammar)|
    (?:stop|quit) being (?:so )?dramatic(?= *(?:[.!]+ |[.!]*$|,? it'?s (?:just|only)\b
    (?![^\n]*(?:😂|🤣|😆|\blol\b|\bhaha))))
    (?![.!]+ *(?:that'?s what|(?:is )?what (?:my|his|her|their|a|the)|said|says))|
    (?:they|someone|somebody|people) (?:finally )?figured you out|
    people (?:lose|bury) (?:their )?(?:parents|jobs|dads|moms|mums|pets|dogs|cats) every ?day
    (?= *(?:[.!…]+ |[.!…]*$|[.,;]* (?:so what|get over it|move on|deal with it)))|
    (?:sick|tired) (?:and tired )?of (?:hearing|reading) about (?:your (?:\w+ )?(?:illness|grief|
    problems|feelings|health|cancer|depression|divorce|job|layoff|drama|dad|mom|mum|loss)(?! (?:
    being|getting) (?:called|labell?ed|described|dismissed|judged|critici[sz]ed|mocked))|
    you(?= *(?:[.!…,]|$|tbh|lol)))|
    (?<!said )(?<!says )(?<!told me )you should(?: have|'ve) worked harder(?![^.!?]*\?)|
    ^should(?: have|'ve) learned [\w ]{1,20} instead of (?:blogging|writing|posting|this|that)|
    you should(?: have|'ve) learned [\w ]{1,20} instead of|
    some things should (?:stay|be kept|remain) private(?= *(?:[.!…]|$))|
    you must be (?:so much |so |such )?(?:fun|a blast|a delight) at parties
    (?![^\n]*?(?:😂|🤣|\b(?:lol|haha|love|compliment|kidding|jk|never change)\b))|
    we all lose (?:people|someone)[.!…,]* (?:move on|get over it|deal with it)(?! *\?)|
    ^(?:lol|lmao|haha) at (?:the comments?(?: section)?|everyone|people) (?:crying|being (?:all |
    so |this )?(?:sad|emotional|weepy|mopey|sensitive))|
    au lieu (?:d'étaler|de raconter|de déballer|d'exposer) (?:ça|tout ça|votre vie|ta vie|vos \w+|
    tes \w+) (?:sur internet|en ligne|ici)|au lieu de (?:pleurnicher|geindre|(?:vous|te) plaindre)|
    (?:arrête|arrêtez)(?: donc)? de (?:te|vous) plaindre(?= *(?:[.!…]|$|,? (?:
    y'?a|il y a|y a) pire))|
    (?:^|(?<=[.!?] ))(?:y'?a|il y a|y a) (?:bien )?pire(?: dans la vie| ailleurs)?(?= *[.!…]*$)|
    (?:tu fais|vous faites) (?:ton|votre) (?:intéressante?|cinéma|cirque)(?= *(?:[.!…,]|$| avec))
    (?![^.!?]*(?:😂|🤣|\bmdr|\bptdr|\blol|\bhaha))
    (?![^.!?]*\b(?:sublime|magnifique|superbe|trop belle|trop beau|parfaite?s?|bravo|
    génial|géniale|délicieu\w*|chapeau|j'adore)\b)|
    (?:you should|you need to|you could|maybe|just|go|get|see a) [^.!?]{0,40}?instead of (?:(?:
    posting|writing|blogging) about (?:it|this|that)|(?:whining|complaining|crying|
    moaning)(?: about (?:it|this|that))?) (?:online|here|on (?:the internet|your blog))|
    you (?:clearly )?(?:have no|don'?t have (?:a|any)) (?:idea|clue)(?! how (?:much|happy|glad|
    grateful|thankful|timely|helpful|perfect|badly|long)| what (?:this|that|it|your|a (?:difference|
    gift|relief|help|comfort|blessing)))|
    know nothing about|learn to (?:write|code|read|think)|unsubscribed|unfollowed|cry more|
    cry me a river|ok boomer|
    worst (?:thing|post|article|blog|take|advice|recipe|tutorial|guide)s? (?:i'?ve|i have|ever)|
    who (?:even )?asked(?= *[?!.]*$)|cool story,? bro|
    did your (?:mom|mum|mother|dad|kid|child) (?:help you )?write this|
    you write like a (?:child|kid|teenager|toddler|\w+ grader)|
    (?:an|is an|a total) (?:insult|embarrassment) to|(?:loss|lack) of (?:any )?credibility|
    no talent|zero (?:experience|talent|clue)|maximum confidence|imagine being paid|
    how do you have (?:readers|a job|friends)|ne conna[iî]t (?:visiblement )?rien|
    cancella questo blog|fai un favore a tutti|lösch deinen blog|borra tu blog|
    c'est (?:vraiment |tellement |trop |complètement |carrément )?nul(?:le)?(?! \w)|
    (?:c'est|quel|du grand) (?:vraiment |complètement )?n'importe quoi|
    (?:^|(?<=[.!?] ))n'importe quoi *[.!…]*$|(?:c'est du |^)n'importe quoi,? (?:cet?|cette|ce) (?:
    article|billet|tuto|recette)|c'est du n'importe quoi|
    (?:t'es|tu es|vous êtes) (?:vraiment |trop |complètement |tellement |grave |
    un peu )?con(?:ne)?s?(?= *(?:[.!?…,]|$| ou | et ))(?![^.!?]*(?:😂|🤣|❤|\bmdr|\bptdr|\blol|
    \bhaha|\bde rire|\brigol\w*|\bj'adore|\bje t'aime))
    (?![^.!?]*\bde (?:ne )?pas avoir (?:goûté|essayé|testé|fait)\b)
    (?![\s\S]*\bmerci (?:pour (?:la|ta|cette|votre) recette|de (?:la |les |l')?partager)\b)|
    (?:^|(?<=[.!?] )|c'est |c'était )nul(?:le)? à chier(?! de (?:devoir )?attendre| d'attendre)
    (?!,? (?:mes|mon|ma|nos|notre)\b)|
    (?:encore un|un énième|un autre) (?:billet|article|post|texte) pour (?:ne )?rien dire
    (?![\s\S]*[.!?] *non,? (?:sérieux|sérieusement|je (?:plaisante|rigole)|tu as|vous avez|
    encore une? |pour tout dire|pour (?:nous |me )?(?:apprendre|régaler|expliquer)))|
    besoin d'une? énième|merci pour ce (?:grand )?moment de (?:vide|néant)(?! *\.\.\. *dans)|
    quel talent pour enfoncer des portes ouvertes(?! *\.\.\. *dans)|
    (?:vous enfoncez|tu enfonces) des portes ouvertes(?!,? mais il fallait le dire)|
    encore (?:un|une) (?:\w+ )?(?:autoproclamée?|qui se prend pour)
    (?![\s\S]*\bgrâce à (?:toi|vous|ta|ton|tes|votre|vos)\b)|
    (?:vous finirez|tu finiras) peut-être (?:un jour )?par (?:apprendre|y arriver|comprendre|
    progresser)(?![^.!?]*, (?:disait|me disait|m'a dit|a dit)\b)|
    (?:c'est (?:pas mal|bien|mignon|sympa)|pas mal|(?:^|(?<=[.!?…] ))sympa),? pour une? (?:
    débutante?|amateur|
    amatrice|blogueuse|femme|fille|blog de (?:ménagère|mère au foyer|maman))(?= *[.!…]*$)|
    (?:^|(?<=[.!?…] ))(?:legalzinho|bonitinho|bom|legal|nada mal|até que (?:é )?(?:bom|
    legal)),? (?:pra|para) (?:um|uma) (?:blog (?:amador|de amador|caseiro)|amador|amadora|
    iniciante)(?= *[.!…]*$)|
    (?:^|(?<=[.!?…] ))(?:carino|non male|niente male|bello),? per (?:un|una) (?:blog (?:
    amatoriale|di dilettanti)|dilettante|principiante)(?= *[.!…]*$)|
    que (?:post|texto|blog|artigo) (?:mais |muito |bem )?fraco(?= *[.!…]*$)|
    (?:vai|vá) aprender a (?:cozinhar|escrever) antes de (?:postar|publicar|escrever)|
    (?<!não )(?<!nunca )(?<!nem )perdi (?:o )?meu tempo(?= *[.!…]*$)|
    (?:(?<=\.\.\. )|(?<=\.\.\.)|(?<=… )|(?<=…))come no(?= *[.…]*$)|
    (?:un'altra|l'ennesima) ricetta copiata (?:da|dal|dalla|di|su)\b(?! (?:mia |tua |sua )?(?:
    nonna|nonno|mamma|madre|zia))|
    (?:vous devriez|tu devrais|il faudrait) (?:peut-être |vraiment )?laisser (?:ça|cela|faire) (?:
    aux pros|aux professionnels|aux vrais)(?!,? (?:je pensais|je me disais|me disait)\b)|
    (?:vous n'avez|tu n'as|t'as) jamais mis les pieds dans une? (?:vraie?|véritable)
    (?![^.!?…]*\? *(?:viens|venez|moi (?:non|pas) plus|moi aussi|pareil|nous non plus|
    je (?:t'|vous )invite))|
    et moi je suis (?:la reine d'angleterre|le pape|le père noël)
    (?![\s\S]*[.!?] *non,? (?:sérieux|sérieusement|je (?:plaisante|rigole)|tu as|vous avez|
    encore une? ))|
    (?:^|(?<=[.!?] ))quelle perte de temps(?:,? (?:cet?|cette|ce|ton|ta|votre) (?:article|billet|
    blog|recette|tuto|texte))?(?= *[.!…]*$)|
    d'une (?:banalité|médiocrité|platitude|nullité) (?:affligeante|consternante)|
    (?:t'es|tu es|vous êtes) la honte (?:des|de la|du) (?:blog|blogueu|cuisin|internet|web|
    profession|métier)\w*(?![^\n]*(?:😂|🤣|\bmdr\b|\blol\b))|
    (?<!: )(?<!« )(?:t'as|tu as|vous avez) réussi à rater (?:une|un|même une|même un) (?:
    \w+ ){0,3}?(?:
    pâtes|riz|œufs?|oeufs?|omelette|croque|salade|soupe)(?= *[.!…]*$)|
    (?:réinventé|inventé|découvert) l'eau tiède(?![\s\S]*[.!?] *non,? (?:sérieux|sérieusement|
    je (?:plaisante|rigole)|tu as|vous avez|encore une? ))|
    encore du pathos(?= *(?:[.!?…,]|$| dans (?:ce|cet|cette|ton|ta|votre) (?:billet|article|post|
    texte|blog)))(?! *, *(?:mais|heureusement)\b)|
    (?:tu devrais|vous devriez) (?:peut-être |vraiment |sérieusement )?arrêter (?:d'écrire|
    de bloguer|le blog|de cuisiner|de publier)(?= *(?:[.!…,]|$))(?![^.!?]*\b(?:repose\w*|
    dors|dormir|pause|santé|fatigu\w*|accros?)\b)|
    (?:pour quelqu'un qui|vous qui|toi qui) n'y conna[iî]t rien(?!,? (?:comme moi|moi|je|j'))|
    (?:passionnant|captivant|palpitant)\W*z{3,}(?!z)(?![.…\s]*c'est ce que (?:dit|disait|fait))|
    chef-d'(?:œ|oe)uvre de (?:médiocrité|nullité|vacuité|banalité)(?![^.!?…]*, (?:disait|dit|a dit|
    me disait|m'a dit|écrivait|a écrit)\b)|
    ça sert à quoi (?:ce|ton|votre) (?:blog|billet|article)(?! *\? *à (?:me|nous) \w)
    (?! *\? *à (?:m'|rendre |régaler|faire (?:plaisir|rêver|saliver|sourire)))|
    mon (?:gamin|fils|neveu|gosse|petit|chat|chien) de \d+ ans (?:fait|ferait|cuisine|écrit) mieux
    (?! *\.\.\. *de)(?![^.!?]*\bgrâce à (?:toi|vous|ta|ton|tes|votre|vos)\b)|
    (?:tu te prends|vous vous prenez|qui se prend|l'auteur se prend) pour (?:un|une) (?:expert|
    experte|génie|spécialiste|écrivain|écrivaine)(?! en )|
    (?:t'as|tu as|vous avez) vraiment (?:écrit|publié|posté) ça sérieusement|
    did you seriously (?:write|publish|post) this|you seriously (?:wrote|published|posted) this|
    (?:vous n'avez|tu n'as|t'as) même pas (?:testé|lu|essayé|vérifié)|
    (?:article|billet|post|articolo|artículo|artigo|tuto) (?:más |tan |così |tão |mais )?(?:
    inutile|inútil|nul(?:le)?|
    sans intérêt)|
    (?:ton|votre|cet?|cette) (?:article|billet|tuto|tutoriel|blog|texte|recette|post) (?:est|
    était) (?:vraiment |complètement |franchement |carrément |totalement |juste )?(?:
    nul(?:le)?(?! part)(?!\W*(?:de ma faute|j'adore|mais j'adore|génial))|
    à chier|de la merde|minable|débile|pourrie?)|
    c'est de la merde,? (?:ce|cet|cette|ton|ta|votre) (?:article|billet|tuto|tutoriel|blog|
    texte|recette|post)|
    quel(?:le)? (?:gros(?:se)? |pauvre |sale )?(?:con(?:ne)?|connard|connasse)(?= *[.!…]*$)|
    (?:t'as|tu as|tu n'as|vous avez|vous n'avez) (?:vraiment )?rien compris(?= au sujet| à rien|
    (?: au \w+,? (?:ma|mon) pauvre)|(?: *[.!…,]| *$))(?![^.!?]*, (?:disait|me disait|a dit)\b)|
    (?:tu ne sais|tu sais|vous ne savez|vous savez|tu ne saches|vous ne sachiez) (?:pas|
    même pas) (?:écrire|lire|coder)(?= *(?:[.!…,]|$))|
    (?:certains|d'autres|les autres) (?:bossent|travaillent),? eux(?= *(?:[.!…]|$))|
    même (?:mon|ma) (?:chat|chien|chienne|fils|fille|gamin|gamine|neveu|nièce|petit frère|
    petite sœur|grand-mère|mamie) (?:de \d+ ans )?(?:code|écrit|cuisine|fait|ferait|coderait|
    écrirait|cuisinerait) mieux(?! que moi)(?![\s\S]*\bmerci\b)|
    (?:tu penses|tu crois|vous pensez|vous croyez) (?:vraiment )?que (?:quelqu'un|
    qui que ce soit) va lire ça|
    c'est une blague,? (?:ce|cet|cette|ton|votre) (?:tuto|tutoriel|article|billet|recette|code|
    blog)(?! *\?[^.!?]*\b(?:génial|facile|super|top|bravo|merci|parfait)\b)|
    encore (?:un|une) (?:tuto|tutoriel|article|billet|recette) qui ne (?:marche|fonctionne) pas|
    (?<!si )(?<!que )(?:tes|vos|ton|ta|votre) (?:\w+ )?(?:photos|textes|billets|articles|tutos|
    recettes|écrits|dessins|pulls|gâteaux) (?:sont|est) (?:vraiment |franchement |tellement |
    super |trop )?(?:
    moches?|nuls|nulles|pourrie?s?|mauvais(?:es)?)(?!\W*pour (?:ma|mon|mes) )(?! compar)|
    (?:ce genre de|ce|cet|ton|ta|votre) (?:billet|article|post|texte|sujet) n'a rien à faire (?:
    ici(?= *(?:[.!…]|$))|sur (?:un|ce|ton|votre) blog)|
    ouais bon,? on a (?:bien )?compris|
    (?:^|(?<=[.!?] ))ben voyons(?= *[,.!…])(?![\s\S]*(?:😍|\bmerci\b))|
    (?:tu n'as|vous n'avez|t'as) aucune idée de ce (?:que tu racontes|dont tu parles|
    que vous racontez|dont vous parlez)|
    c'est (?:vraiment |tellement )?affligeant(?: de bêtise)?(?= *[.!…]*$)|
    (?:tu en fais|vous en faites) (?:un peu |beaucoup |vraiment |encore )?trop avec (?:tes|vos|
    ton|votre|ta) (?:histoires|deuil|maladie|malheurs|problèmes|drames?|pathos|chagrin)|
    (?:reprends-toi|reprenez-vous|secoue-toi|secouez-vous)(?= *[.!…]*$)|
    arrête(?:z)? de (?:te|vous) plaindre(?= *(?:[.!…]|$))|arrête(?:z)? de pleurnicher|
    (?:tu t'attendais|vous vous attendiez) à quoi(?: franchement|
    sérieusement| au juste)?(?= *[?!.…]*$)|
    à quoi (?:tu t'attendais|vous vous attendiez)(?= *[?!.…]*$)|
    (?<!ne )(?:on (?:commence à )?s'en|je commence à m'en) lass(?:e|er)(?! pas| jamais)|
    (?<!pas que )(?<!jamais que )c'est (?:un peu |bien |quand même |aussi )?(?:de )?(?:ta|
    votre) (?:faute|propre faute)(?! si (?:je|j'|on|mes|ma|mon|tu m'))|
    (?:^|(?<=[.!?] ))qu[eé] original(?=,? (?:otra|otro|más)\b)(?![^.!?]*\b(?:perfect\w*|
    buenísim\w*|riquísim\w*|maravillos\w*|fantástic\w*|increíble\w*|deliciosa?|espectacular|
    gracias|justo lo que|me encant\w*)\b)|
    (?:^|(?<=[.!?…] ))genau das hat die welt (?:noch )?(?:gebraucht|gefehlt)(?= *[.…🙄😒]*$)|
    (?:^|(?<=[.!?] ))(?:wie |echt )?(?:innovativ|bahnbrechend)(?= *[.…🙄😒]*$)|
    (?:^|(?<=[.!?…] ))(?:ay )?(?:s[ií],? )?porque el mundo necesitaba (?:otr[oa]|
    más)\b(?![^\n]*(?:!|😍|❤|🥰))|
    (?:^|(?<=[.!?…] ))(?:claro|obvio),? (?:porque )?tod[oa]s tenemos (?:un|
    una)(?= )(?![^\n]*(?:!|😊|😍|❤|gracias))|
    (?:^|(?<=[.!?…] ))(?:klar|na klar|sicher|natürlich),? (?:jeder|jede|wir alle) (?:hat|
    haben) (?:ja )?(?:einen|eine|ein)(?= )(?![^\n]*(?:!|😊|😍|❤|danke))|
    (?<=\? )qu[eé] vergüenza(?= *[.…!🙄😒]*$)|
    (?<!no )(?<!nunca )(?:es|era) (?:solo|sólo|nada más|simplemente) (?:un|una) (?:perr[oa]|
    perrit[oa]|gat[oa]|mascota|animal)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?] ))(?:wie|hoe|che|que|qué) (?:originell|origineel|
    originale|original)(?= *[.…]*$)|
    (?:^|(?<=[.!?] )|(?<=, ))quelle originalité(?= *[.…]*$)|
    (?:^|(?<=[.!?] ))(?:ma )?che originalità(?=,? (?:un'altra|un altro|ancora)\b| *[.…]*$)(?:
    )(?![^.!?]*\b(?:perfett\w*|buonissim\w*|meraviglios\w*|fantastic\w*|incredibil\w*|
    stupend\w*|favolos\w*|splendid\w*|divin[oa])\b)|
    (?:^|(?<=[.!?] ))(?:nossa,? )?que genial(?=,? (?:mais uma|mais um)\b)(?:
    )(?![^.!?]*\b(?:perfett\w*|buonissim\w*|meraviglios\w*|fantastic\w*|incredibil\w*|
    stupend\w*|favolos\w*|splendid\w*|incr[íi]ve\w*|perfeit\w*|deliciosa?|maravilhos\w*|
    fant[áa]stic\w*|divin[oa])\b)|
    (?:^|(?<=[.!?] ))(?:ma )?che genio(?=,? (?:un'altra|un altro)\b)(?:
    )(?![^.!?]*\b(?:perfett\w*|buonissim\w*|meraviglios\w*|fantastic\w*|incredibil\w*|
    stupend\w*|favolos\w*|splendid\w*|incr[íi]ve\w*|perfeit\w*|deliciosa?|maravilhos\w*|
    fant[áa]stic\w*|divin[oa])\b)|
    (?:^|(?<=[.!?] ))(?:nossa,? )?que original(?:idade(?= *[.…]*$|,? (?:mais uma|mais um|
    outra|outro)\b)|(?=,? (?:mais uma|mais um)\b))(?:
    )(?![^.!?]*\b(?:perfett\w*|buonissim\w*|meraviglios\w*|fantastic\w*|incredibil\w*|
    stupend\w*|favolos\w*|splendid\w*|incr[íi]ve\w*|perfeit\w*|deliciosa?|maravilhos\w*|
    fant[áa]stic\w*|divin[oa]|a melhor|o melhor|amei|adorei)\b)|
    encore (?:une?|des) [^.!?…]{0,60}, on n'en avait pas (?:assez|suffisamment)(?= *[.…]*$)|
    une recette de plus qui ne (?:marche|fonctionne) pas(?= *[.…]*$)|
    (?<=, )(?<!super, )(?<!génial, )(?<!chouette, )(?<!top, )(?<!bien, )ça (?:t'|vous )occupe
    (?= *[.…]*$)|
    (?:^|(?<=[.!?…] ))mon (?:chien|chat|hamster|poisson rouge) (?:cuisine|écrit|
    code) mieux(?= *[.…]*$)|
    (?<!si )(?<!comme moi )(?<!comme moi, )(?<!comme nous )(?:t'as|tu n'as|vous n'avez) (?:
    vraiment |absolument )?rien compris (?:au|à la|aux|à l')
    (?![^.!?…]*\b(?:disait|me disait|m'a dit|a dit|m'avait dit|dit (?:mon|ma))\b)|
    même si n'importe qui (?:peut|pourrait|sait) (?:faire|écrire) (?:ça|cela)(?= *[.…]*$)|
    (?:article|billet|post|tuto|tutoriel|blog|texte|contenu|recette|conseils?|astuces?|guide|
    vidéo)(?: [\w-]+)? ?(?:\.\.\.|…) ?qui ne sert (?:absolument |strictement )?à rien
    (?= *[.!…]*$)|
    (?:bel|joli) effort,? mais c'est (?:du |un )?niveau (?:débutant|amateur|scolaire|cm2)
    (?= *[.…]*$)|
    (?<!dit : )(?<!dit: )(?<!dit, )(?<!dis : )(?<!dis, )(?:un jour|bientôt) (?:tu sauras|
    vous saurez) (?:écrire|cuisiner|coder)(?= *[.!…]*$)|
    (?:^|(?<=[.!?…] ))(?:renseignez-vous|renseigne-toi)(?:(?: un peu)?(?: avant (?:d'écrire|
    de publier|de poster))(?= *[.!…]*$)| un peu(?= *[.!…]*$)|(?= *[.…]*$))|
    (?<!oups, )(?<!pardon, )(?<!oups, il )(?<!pardon, il )(?:il )?faudrait (?:peut-être )?(?:
    se )?relire avant de (?:publier|poster)(?![^\n]*\b(?:je voulais dire|mon (?:message|
    commentaire)|j'ai écrit|je me suis trompée?)\b)|
    (?:vous devriez|tu devrais) (?:d'abord )?apprendre les bases avant d(?:e |')(?:écrire|publier|
    donner|faire)|
    (?:^|(?<=[.!?] ))(?:ma |mais |aber )?(?:wat een|was für ein(?:en)?|che|qué|que) (?:onzin|
    schwachsinn|blödsinn|müll|quatsch|schifo|porcaria|lixo|mierda|basura|porquería)(?! (?:dat|
    dass|que|che) )(?! (?:de|di|da|do) (?:giornata|dia|día|forno|horno|ofen|tag|semana|settimana|
    tempo|tiempo|vida|vita|jornada)\b)(?! (?:il mio|la mia|mi|meu|minha|o meu|a minha)\b)(?!,? (?:
    dass|ich)\b)|
    (?:du hast|sie haben) (?:echt |wirklich |absolut |überhaupt )?keine ahnung(?!,? wie)|
    (?:no sabes|du kannst (?:einfach |halt )?nicht) (?:escribir|schreiben)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?] ))so ein (?:schwachsinn|blödsinn|quatsch|müll)(?= *(?:[.!…,]|$))|
    (?:^|(?<=[.!?] ))(?:ma )?che (?:cazzata|stronzata|boiata)(?: di (?:articolo|post|blog|
    tutorial))?(?= *(?:[.!…]|$))(?! *[.!…]+ *(?:ho sempre|avevo sempre|io ho|e io)\b)|
    (?:^|(?<=[.!?,] ))(?:qué|vaya|menud[oa]) (?:idiotez|estupidez|tontería|chorrada|basura|
    porquería|bodrio|truño)(?: de (?:blog|post|entrada|artículo|receta|texto))?(?= *(?:[.!…]|$))|
    no (?:tienes|tenés) (?:ni )?(?:idea|puta idea)(?! de (?:lo|cuánto))|no sabes nada|
    t'y connais rien|tu n'y connais rien|non capisci niente|non sai niente|
    (?:minutes|hours) of my life (?:i'?ll never|i won'?t|i will never) get back|
    who let (?:the intern|this person|you)(?! cook[\w ]{0,20}[?!.\s]*[^.!?]{0,60}?(?:🔥|😍|🤤|
    \b(?:amazing|
    incredible|delicious|love|gorgeous|wow|compliment|insane|so good)\b))|
    you(?:'re| are) the reason(?! i (?:started|began|got|learned|fell|finally|now|still|love|bake|
    cook|code|knit))|did (?:they|the \w+) pay you|
    the audacity|are you (?:actually|really|always|just) (?:this|that|so)|
    why do you (?:even )?bother|
    you clearly (?:don'?t|do not|have never)|another (?:genius|expert|guru|thought leader|
    influencer|so-called expert) who|for clicks|i'?ve seen better|must be nice to (?:have|be)|
    what an? (?:lovely |nice |charming |cosy |cozy )?privileged (?:life|lifestyle|existence) you (?:
    lead|live|have)(?= *(?:[.!…]|$))(?![^\n]*\b(?:thank\w*|shar\w*|generous\w*|grateful|
    inspir\w*)\b)|
    did anyone (?:proofread|edit|read) this|thanks for the ['"]\w+['"]|i'?ll be sure to ignore|
    get off the couch|why your (?:ex|wife|husband|partner|kids?) left|need therapy|
    get (?:some )?therapy(?= *[.!…]*$)|
    (?:mum|mom|mother|dad|parent|wife|husband) of the year|(?:little )?fan club|
    come back when you'?ve(?! (?:had|rested|taken|grieved))|not reading all that|
    (?<!learning )(?<!learn )(?<!hearing )all about you(?! and your)|
    lass das (?:mal )?die profis|cobras por escribir|non fa per te|
    (?:(?:ma )?chi ti credi di essere|(?:¿ ?)?quién te crees que eres|
    quem (?:você|tu) pensa que é|für wen hältst du dich)(?![^.!?]*[.!?]+\W*(?:scherzo|scherzavo|
    es broma|era broma|brincadeira|brincadeirinha|(?:nur )?spaß|scherz)\b)|
    selten so (?:einen |ein |viel )?(?:müll|schwachsinn|blödsinn|quatsch|mist) gelesen
    (?![.…!, ]*(?:(?:habe|hab) ich (?:mir )?gedacht|dachte ich))|
    (?<!n't )(?<!nt )(?<!not )(?<!never )(?<!cannot )stop crying|
    get over (?:it|yourself)|stop (?:whining|complaining|moaning|feeling sorry for yourself)|
    man up|toughen up|suck it up|snap out of it|first world problems?|
    supéralo(?: ya)?(?= *(?:[.!…]|$|, (?:todos|todo el mundo|hay gente)\b))|
    (?:^|(?<=[.!?] ))supera(?: logo| isso)?(?= *[.!…]*$)|
    (?:^|(?<=[.!?] ))(?:que|quanto|chega de) mimimi(?! nada| que eu (?:fiz|fazia)|,? (?:eu )?vou )|
    heul-?artikel|piangerti addosso|
    trovati un lavoro vero|
    (?:votre|ton|ce) (?:blog|article|billet|tuto) est une honte(?= *[.!…]*$)|
    arrête(?:z)? de (?:te|vous) plaindre,? (?:d'autres|il y a pire)|
    (?:tu l'as|vous l'avez) (?:bien |un peu )?cherché(?= *[.!…]*$)|
    (?:dein|ihr|dieser) (?:artikel|beitrag|blog|post|text) ist (?:\w+ )?(?:müll|schrott|mist)
    (?= *[.!…]*$)|
    (?:este|esse|el|il|questo|tu|tuo|teu|seu|o) (?:texto|testo) (?:es|é|è) (?:un |uma? )?(?:
    ridícul[oa]|ridicol[oa]|una vergüenza|uma vergonha|una vergogna|basura|lixo|spazzatura|
    una porquería)(?= *[.!…]*$)|
    (?:^|(?<=[.!?] ))(?:texto|testo) ridícul[oa](?=[ ,.!…]*(?:$|quem|quien|chi))|
    (?:^|(?<=[.!?] ))(?:texto|testo) ridicol[oa](?=[ ,.!…]*(?:$|chi))|
    (?:peinlich|lächerlich|erbärmlich) (?:ist )?(?:dein|ihr|dieser|der) beitrag(?= *[.!…]*$)|
    (?:seu|teu|esse|este) (?:artigo|blog|post|texto|tutorial) é (?:um )?(?:lixo|uma porcaria|
    uma merda)(?= *[.!…]*$)|
    (?:je|jouw|dit) (?:artikel|blog|stuk|bericht) is (?:echt |gewoon |totaal )?(?:waardeloos|
    rommel|troep)(?= *[.!…]*$)|
    just what the (?:world|internet|web) (?:needed|needs)|comme si on en manquait(?= *[.!…]*$)|
    you'?ve (?:gained|put on) (?:(?:some|a lot of|so much|a bit of) )?weight|
    you(?:'re| are) getting (?:fat|fatter|old|bald)|you look (?:old|older|awful|terrible|fat|
    ugly|rough)(?= *(?:[.!…,]|$|lol|in (?:the|this|that)))|
    you(?:'re| are) going to (?:hell|burn in hell)|(?:burn|rot) in hell|
    (?<!si )(?:t'as|tu n'as|vous n'avez) (?:vraiment )?rien d'autre à faire[^.!?]{0,40}\?|
    (?:don'?t you have|do you not have) (?:anything|nothing) better to do|
    you have nothing better to do|
    (?:^|(?<=[.!?] ))les femmes ne (?:devraient|peuvent) pas (?:écrire|coder|programmer|
    bloguer)(?! *\?)|
    je vais (?:signaler|dénoncer) (?:ce blog|cet article|ce billet|votre blog|
    ton blog)(?= *[.!…]*$)|
    (?:^|(?<=[.!?] ))(?:women|girls|females|ladies) (?:shouldn'?t|should not|can'?t|cannot|
    don'?t belong|have no business|aren'?t (?:meant|made))(?: be(?: allowed| able)? to| be)? (?:
    write|writing|code|coding|blog|blogging|program|programming|be in tech|lead|leading)(?=[ .!,…]|
    $)(?! *\?)|(?:^|(?<=[.!?] ))(?:women|girls) (?:should|must) stay in the kitchen|
    (?:^|(?<=[.!?] ))(?:women|girls|you) belong in the kitchen(?= *[.!…]*$)|
    (?:^|(?<=[.!?] ))get back (?:in)?to the kitchen(?= *[.!…]*$)|
    (?:^|(?<=[.!?] ))(?:now )?make me a sandwich(?= *[.!…]*$)|
    (?:i'?m|i am|i will|i'?ll|i'?m going to|i am going to) report(?:ing)? (?:you|this (?:blog|post|
    site)|your (?:blog|post))(?= *(?:[.!…]|$| to (?:google|the police|the authorities|
    your host\w*(?: provider)?)(?: for [^.!?]{1,40})? *(?:[.!…]|$)| for (?:stealing|copyright|
    plagiarism|using my|defamation|harassment)))|
    who taught you (?:how )?to \w+(?:,|\?| —| -)? (?:a|an) (?:monkey|chimp|chimpanzee|baboon|
    toddler|child|raccoon|goat|donkey|five-year-old)(?= *\?)|
    qui (?:t'a|vous a) appris à \w+ ?(?:,|\?)? (?:un|une) (?:singe|enfant|gamin|raton laveur|
    chimpanzé|âne)(?= *\?)|
    (?:wow|oh),? so (?:deep|brave|original|profound|insightful|edgy)|
    another '\w+' (?:post|article|take|piece)|
    \w+ ?(?:\.\.\.|…) ?(?:not|ou pas|pas du tout|oder nicht|o no)(?= *[.!]*$| *[.!]+(?:\s|$))|
    (?:not bad|pretty good|good|decent|smart|clever|funny) for a (?:girl|woman|lady|chick|female|
    blonde|mom|mum|housewife)(?= *(?:[.!?…,]|$))|
    you (?:\w+ ){0,2}(?:got|get|did|wrote|said|made) (?:\w+ ){0,3}right for once|
    are you single(?= *(?:[?.!,]|$))|
    (?:this|your) (?:post|article|blog|writing|recipe|advice) (?:is|was) (?:pretty|very|quite|
    rather|fairly|kinda) (?:useless|pointless|mediocre|lame|boring|bad|terrible|awful)|
    (?:you|u|ya) (?:really |so |totally )?suck(?= *(?:[.!…]|$|lol|lmao|haha))|
    (?:you|u|ya) (?:really |so |totally )?suck at (?:this|it|baking|writing|blogging)(?= *(?:[.!…]|
    $|fr|lol|lmao|tbh|ngl))|
    (?:ur|u r|you'?re|you are) (?:so |such an? |really |actually )?(?:dumb|stupid)(?= *(?:[.!…]|$|
    lol|lmao|af|tbh|fr))|
    (?:your|ur) (?:kids|children|family|parents|mom|mum|mother|dad|father|wife|husband|
    partner) must be (?:so |really |very )?(?:embarrassed|ashamed) (?:of|by) you(?= *[.!…]*$)|
    milking (?:your|his|her|their|a) (?:\w+'?s? )?(?:death|illness|grief|cancer|loss|divorce|
    tragedy) for (?:content|clicks|views|attention|sympathy|money)|
    (?:^|(?<=[.!?] ))(?:great|nice|good) job (?:copying|stealing|plagiari\w+|ripping off) (?:
    this|that|it|someone|other)|
    (?:^|(?<=\. )|(?<=\w, ))said (?:no one|nobody) ever(?= *(?:[.!…]|$))|
    if the (?:goal|point|aim|idea) was to (?:confuse|bore|annoy|mislead)|
    (?:i'?m sure|all) (?:of )?your (?:\d+|two|three|four|five|few|handful of) (?:readers|followers|
    fans|subscribers)(?: will| must| are)|
    \(?not in a good way\)?(?= *[.!…)]*$)|(?<!["“])like (?:that|this)(?:'s| is) ever going to (?:
    work|happen|fly)|(?<!not a )(?<!not )waste of (?:\w+ ){0,2}(?:minutes|hours|seconds) of my life|
    (?:^|(?<=[.!?] ))(?:truly |so |how |just )?groundbreaking(?= *[.!…]*$)|
    (?:oh great|great|ugh),? another (?:["'“]?\S+ ){0,3}(?:listicle|sad post|depressing post)(?:
    (?= *(?:[.!…]|$)))|
    this used to be a (?:good|great|nice|decent) (?:blog|site|read)(?= (?:before|until)| *[.!…]*$)|
    (?:^|(?<=[.!?] ))unsubscribing(?= *[.!…]*$)|
    why is this (?:a (?:blog )?post|on (?:the internet|your blog|here)) (?:and not|instead of) (?:
    in )?(?:a |your )?(?:private )?(?:journal|diary)|
    belongs in (?:a|your) (?:private )?(?:journal|diary)(?= *[.!…]*$)|
    (?<![«"“] )(?<![«"“])retourne (?:à|a) tes fourneaux|(?:une )?liste de banalités(?! *\?)|
    (?:plein|rempli|bourré) de banalités|
    on se croirait dans (?:un téléfilm|une pub|un roman de gare)(?: de noël)?(?= *[.!…]*$)|
    (?:ça|cela) ne sert (?:strictement |absolument )?à rien(?= *[.!…]*$)|
    dommage que (?:tout|tout le reste) (?:soit|est|était) faux|
    certains (?:d'entre nous )?travaillent(?= *[.!…]*$)|
    some of us (?:have|work) (?:real )?jobs(?= *[.!…]*$)|
    using (?:your|his|her|their|a) (?:\w+'?s? )?(?:death|illness|grief|cancer|loss|funeral) (?:
    to get|for) (?:traffic|clicks|views|attention|content|sympathy)|
    turning (?:a|your|his|her|their) (?:\w+'?s? )?(?:funeral|death|grief|loss|illness) (?:
    into content)|loss of dignity|you'?re not special|(?:^|(?<=[.!?] ))delete this(?= *[.!…]*$)|
    (?:^|(?<=[.!?] ))supprime(?:z)? (?:ça|ce billet|cet article)(?= *[.!…]*$)|
    (?:grief|death|your (?:grief|loss)) is not content|le deuil,? ce n'est pas du contenu|
    you'?re milking (?:this|it)(?= *[.!…]*$)|(?:^|(?<=[.!?] ))boo[- ]?hoo|get a grip|
    thanks for ruining my (?:morning|day|evening|week|weekend)|
    make (?:everything|it all) about (?:yourself|you)(?= *(?:[.!…]|$))|
    you (?:bring|brought) (?:this|it) on yourself|thanks for wasting (?:\w+ ){0,3}(?:my|our) (?:
    time|life|evening|morning)|merci de m'avoir fait perdre (?:\w+ ){0,3}(?:de ma vie|mon temps)|
    zero substance|sans aucun (?:contenu|intérêt)|(?:another|a) pity party|more self-pity|
    making your (?:sadness|grief|feelings|problems) everyone'?s problem|water is wet|
    guimauve (?:la plus )?niaise|tout le monde se (?:fiche|fout|moque) de (?:ton|ta|tes|votre|vos)|
    trouve(?:-toi| toi) un vrai (?:travail|boulot|job)|(?:encore )?de l'apitoiement|
    transformes? (?:ta|votre) (?:tristesse|douleur|peine|deuil) en contenu|
    quel ramassis de (?:bêtises|conneries|clichés|banalités|niaiseries)|
    ^(?:franchement|sérieusement|par pitié)?,? ?(?:arrêtez|arrête) d'écrire(?= *[.!…]*$)|
    (?:le truc|l'article|le billet|le texte) le plus (?:débile|nul|stupide|bête) que (?:j'ai|
    j'aie) (?:jamais )?lu(?![\s\S]*\b(?:j'adore|et le plus (?:drôle|marrant|génial|beau|
    utile))\b)|
    pas mal pour quelqu'un qui (?:ne sait|n'y connaît|n'a) (?:visiblement|manifestement|
    clairement|de toute évidence)|
    (?:^|(?<=[.!?] ))so naive(?= *[.!…]*$)|imagine thinking (?:anyone|anybody|people) (?:wants|
    cares)|(?:nice|another) attention[- ]seeking (?:post|piece)|monetize everything|
    most boring (?:post|article|read|blog|thing)|
    managed to make (?:me|us|it|this) (?:even )?more (?:confused|lost|bored)|
    (?:^|(?<=[.!?] ))(?:franchement |vraiment )?nul(?:le)?\.? (?:vraiment|franchement|archi|
    super|complètement) nul(?:le)?(?= *[.!…]*$)|
    send (?:me )?nudes|you'?re (?:so |really |very )?sexy|
    (?<=, )(?:genius|einstein|sherlock)(?= *(?:[.!?…]|$))|(?:ok|okay|sure|yeah|listen|look|
    no shit|nice (?:one|try|job)|good (?:one|job)|well done|thanks|thank you),? (?:genius|einstein|
    sherlock)(?= *(?:[.!?…]|$))|real (?:genius|einstein)(?! (?:with|at|in|when|for))|
    (?:genius|einstein|sherlock),? (?:aren'?t you|huh|
    right ?\?)"""

# "Lovely photos, shame about the writing." in French, Spanish, German, Italian and Portuguese
# (« Vos photos sont jolies, dommage pour le texte. », "Bonitas fotos, lástima el texto.",
# „Schöne Fotos, schade um den Text.", "Belle foto, peccato per il testo.", "Fotos bonitas, pena
# o texto."); not "dommage pour la pluie" nor the reader's own photos.
SHAME_ABOUT_THE_TEXT = r"""(?:photos?|fotos?|bilder|foto),? (?:\w+,? ){0,2}?(?:
    dommage pour (?:le|la|les)|lástima (?:el|la|lo del|por el)|schade um (?:den|die|das)|
    peccato per (?:il|la|le|gli)|
    pena (?:o|a|pelo|pela)) (?:texte|recette|article|billet|écriture|texto|receta|artículo|
    redacción|text|rezept|artikel|testo|ricetta|articolo|scrittura|receita|artigo|escrita)
    (?= *(?:[.!…]|$))"""

# Scorn that people also say in jest ("Thanks for wasting my flour.", "Great, now my kitchen is
# ruined. Cheers for that.", "My grandmother would be rolling in her grave.", "Sweetie, that's not a
# baguette.", "Lovely photos, shame about the recipe.", "Nice of you to finally post
# something useful.", "professional bakers laugh at posts like this"; not "ruined my diet, thanks a
# lot 😂", "shame about the rain", "Love how you skip the fussy steps"; "Mine came out like a
# brick, so thanks for that.", "Great job making a simple thing complicated.", "I hope nobody
# actually follows this.", "Oh wonderful, another 3000 words before the recipe."; "T'es con, tu
# m'as fait pleurer de rire", "Danke für nichts... jetzt hab ich keine Ausrede mehr 😂", "Deja
# de llorar, ¡tu pan está perfecto!"):
# hostile only in a comment with no laughter (tone.hostile_cues), nor said of the reader's own
# photos or bread.
CONTEMPT_UNLESS_LAUGHING = rf"""(?:tu racontes|vous racontez) (?:vraiment )?n'importe quoi|
    another (?:\w+ ){{0,6}}(?:words|pages|paragraphs|essays?) of (?:\w+ )?life story
    (?![^.!?]*\bi (?:read (?:them|it|every)|loved|enjoyed|devoured))
    (?![\s\S]*\b(?:yes please|i (?:love|adore|enjoy) (?:your|reading|every|them|it|the stories)|
    keep them coming)\b)|
    (?:t'es|tu es|vous êtes|espèce de) (?:un |une )?(?:gros(?:se)? |pauvre |vrai(?:e)? |
    sale )?(?:con(?:ne)?|connasse)(?![\w'])(?![\s\S]*\b(?:de rire|je rigole|je plaisante)\b)|
    (?:tu n'as|t'as|vous n'avez) (?:vraiment )?(?:rien de|pas) mieux à faire(?![^.!?]*[.!?…]+ *
    moi non plus)|
    (?:gracias por nada|merci pour rien|danke für nichts|grazie per niente|obrigad[oa] por nada|
    bedankt voor (?:niks|niets))(?= *(?:[.!…,]|$))|
    reiß dich (?:mal )?zusammen(?= *(?:[.!…]|$))|
    hör (?:endlich )?auf zu (?:jammern|heulen|flennen)(?! über)|
    smettila di lamentarti(?! (?:delle|dei|del|della|di|per) )|
    (?:deja de (?:llorar|quejarte|lloriquear)|para de (?:reclamar|chorar|se lamentar|mimimi))(?! (?:
    do|da|de|del|por|con|com|das|dos|des) )(?![^.!?]*\b(?:perfect[oa]s?|lind[oa]s?|incrível|
    increíble|precios[oa]s?|bonit[oa]s?|hermos[oa]s?|genial|maravilhos[oa]s?)\b)|
    stop met (?:zeuren|janken|klagen|zielig doen)(?! over)|
    stell dich (?:doch )?nicht so an(?= *(?:[.!…]|$|, (?:jeder|alle|andere)\b))
    (?![^.!?]*(?:hat|hatte) (?:meine|mein) \w+ gesagt)|
    (?<!no )(?<!nunca )deja de escribir(?= *(?:[.!…,]|$))|
    hör (?:bitte |endlich |doch )*auf zu schreiben(?= *(?:[.!…,]|$))|
    schäm (?:dich|euch)(?= *(?:[.!…]|$))|
    (?:vergognati|vergognatevi|avergüénzate)(?= *(?:[.!…,]|$))(?!,? (?:mi hai fatto|mi avete fatto|
    me has hecho|me hiciste|me comí|me he comido|ho mangiato))|
    thanks for wasting (?:(?:\w+ ){{1,2}}of )?my (?:time|flour|evening|weekend|money|ingredients|
    afternoon|morning|day|
    sunday|saturday|butter|eggs)(?! budget)(?![^\n]*\b(?:best way|can'?t stop|couldn'?t stop|
    worth it|loved|delicious|said|says)\b)|
    (?:ruined|wasted) my (?:whole )?(?:kitchen|sunday|saturday|weekend|evening|afternoon|morning|
    day|oven|flour|dinner)[.!…,]+ *(?:thanks a lot|cheers for that|thanks for that|cheers|
    thanks)(?= *(?:[.!…]|$))(?![^\n]*\b(?:worth it|best day|loved|love it|delicious|so good|
    best (?:possible )?way|good way)\b)|
    now my (?:kitchen|oven|sunday|saturday|weekend|day|evening|dinner) is ruined[.!…,]+ *(?:
    thanks a lot|cheers for that|thanks for that|cheers|thanks)(?= *(?:[.!…]|$))
    (?![^\n]*\b(?:worth it|best day|loved|love it|delicious|so good)\b)|
    (?:nice|good|kind) of you to finally (?:post|write|share|make) something (?:useful|
    worth reading|decent|readable|that works)(?= *(?:[.!…🙄😒]|$))|
    (?:photos?|pictures?|pics|bread|loaf|crust|blog|site)(?: \w+)?,? shame about the (?:recipe|
    post|writing|text|article|instructions|content|bread|taste)(?= *(?:[.!…]|$))|
    {SHAME_ABOUT_THE_TEXT}|
    love how you (?:skip|skipped|left out|leave out|ignore|ignored) (?:every|all the|the) (?:
    important|key|crucial|actual|hard) (?:steps?|parts?|bits?|details?)(?![^\n]*\b(?:simple|
    easy|easier|genius|works|worked|scared|beginners?|shortcut)\b)|
    this is so bad (?:that )?it'?s (?:almost |actually |kind of )?(?:impressive|funny|art|
    an achievement)(?![^\n]*\b(?:my attempt|mine|my (?:loaf|bread|bake|own)|said|says)\b)|
    (?:outdid|outdone) yourself (?:with|in) (?:mediocrity|laziness|nonsense)|
    (?:bakers|chefs|professionals|people|everyone|they) (?:all |would |will |probably )?(?:laugh|
    are laughing|laughed) at (?:posts|blogs|recipes|people|bakers|you) like (?:this|yours|you)
    (?! (?:and|&) (?:me|us|i)\b| until\b)|
    answer my question or (?:i'?m|i will|i'?ll) (?:unsubscrib\w*|leaving|leave|report\w*|
    block\w*|stop reading)|
    (?:^|(?<=[.!?…] ))(?:my |your |our )?(?:grandmother|grandma|granny|nan|nonna|mother|mum|mom|
    father|dad|grandad|grandpa|ancestors)(?:'d| would) be (?:rolling|turning|spinning) in (?:his|
    her|their) graves?(?![^\n]*\b(?:if (?:she|he|they) saw me|if i|at my|but (?:it|your|yours)|
    delicious|tastes? great|loved)\b)|
    (?:^|(?<=[.!?] ))(?:oh )?(?:sweetie|sweetheart|hun|honey),? (?:that'?s not|that is not|
    this is not|this isn'?t) (?:a|an|how|what|real)\b
    (?! (?:bad|terrible|problem|issue|big deal|mistake|failure|disaster)\b)(?![^\n]*\b(?:
    love\w*|masterpiece|art|gorgeous|beautiful|perfect|delicious|amazing|cloud|dream|heaven)\b)|
    (?:came out|turned out|ended up) (?:like|as) (?:a )?(?:brick|rock|doorstop|hockey puck|pancake|
    frisbee)[.!…,]* *(?:so )?(?:thanks for that|cheers for that|thanks a lot)(?= *(?:[.!…]|$))|
    great job (?:making|turning) (?:a )?(?:simple|easy|basic) (?:thing|recipe|bread|loaf|
    process) (?:so )?(?:complicated|hard|difficult)|
    i hope (?:nobody|no one) (?:actually |really |ever )?(?:follows|tries|makes|
    uses) this(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?] ))(?:oh )?(?:great|wonderful|fantastic|brilliant|perfect|lovely),? another (?:
    \d[\d,]*|thousand|million) words (?:before|to get to|until) the recipe(?! *\?)
    (?![^\n]*\b(?:hooked|i love your|love your stories|enjoy\w*|read every)\b)"""

# French sarcasm on a failure of the author's: « Chapeau, vous avez réussi à rater un pain.
# Fallait le faire. » (not « Chapeau, le pain est magnifique ! Fallait le faire, bravo. », nor the
# reader's own « J'ai raté ma première fournée aussi, fallait le faire ! », nor a train missed:
# « Tu as raté ton train, fallait le faire ! », the failure names a bake or a text); read with
# CONTEMPT_PHRASES, a laugh beside it too (« …Fallait le faire 😂 » laughs at the author).
# Session 38: « Waouh, révolutionnaire. » (not « Waouh, révolutionnaire cette technique, je n'y
# aurais jamais pensé ! »), « Génial, encore un blogueur qui a tout compris à la vie », « Bel
# effort, mais on sent que tu n'es pas du métier », « article pondu par ChatGPT », « C'est ça que
# t'appelles une brioche ? » (not « C'est ça que j'appelle une brioche ! », « On sent que tu n'es
# pas du métier et pourtant c'est bluffant », « Ce n'est pas un article pondu par ChatGPT »).
# Session 40, cold scorn with no swear word, read as praise with a gold star and the jab quoted:
# « Bravo, encore une recette de banana bread, quelle audace », « Merci pour le rien », « Je vous
# lis par pitié », « Je suis sûre que votre maman trouve ça très bien », « Ta daronne cuisine mieux
# que toi », and scorn for a hard day (« Tu fais ça pour attirer l'attention », « tout ce
# pathos »); not « Bravo, quelle audace ce mélange, j'adore ! » nor « Ma maman trouve ta recette
# très bien ».
SARCASM_FR = r"""(?:vous avez|tu as|t'as) (?:encore |quand même |vraiment )?(?:
    réussi à (?:rater|louper|foirer|brûler|cramer|massacrer|gâcher|bousiller)|raté|loupé|foiré|
    brûlé|cramé|massacré|gâché|bousillé)(?=[^.!?]{0,30}?\b(?:pains?|brioches?|gâteaux?|cookies?|
    biscuits?|tartes?|recettes?|fournées?|cuissons?|levains?|baguettes?|croissants?|macarons?|
    génoises?|pâtes?|crèmes?|plats?|article|billet|tuto|tutoriel|texte|photos?)\b)(?:
    [^.!?]{0,60}?[.!…]* *(?:il )?fallait le faire)|
    (?:^|(?<=[.!?…] ))(?:waouh|wouah|ouah|wow),? (?:c'est )?(?:vraiment )?révolutionnaire
    (?= *(?:\.(?!\.\.\s*\w)|🙄|$|(?:…|\.\.\.) *🙄))|
    encore (?:un|une) (?:blogueu(?:r|se)|influenceu(?:r|se)|gourou|experte?) qui (?:a tout compris|
    sait tout|croit tout savoir|nous explique la vie)(?! *:)(?![^\n]*(?:😂|\bmdr\b|\blol\b|
    \bj'adore\b|\bmerci\b|\btant mieux\b|\bbravo\b))|
    on sent (?:bien )?que (?:tu n'es|t'es|vous n'êtes) pas du métier(?![^.!?]*\b(?:pourtant|
    bluffant|bravo|et c'est|mais c'est|justement)\b)|
    (?<!pas un )(?<!pas d'un )(?<!rien d'un )(?<!rendu un )(?<!jamais un )(?:
    article|billet|texte|tuto|post) (?:\w+ )?(?:pondue?|écrite?|rédigée?|générée?) par (?:
    chatgpt|chat gpt|gpt|une ia|l'ia|un robot)|
    c'est (?:ça|ca|cela) que (?:t'appelles|tu appelles|vous appelez) (?:un|une|des|du) [\w' -]+\?
    (?![^\n]*\b(?:incroyable|magnifique|sublime|superbe|merci|j'adore|bravo|génial|trop belle|
    trop beau|énorme|jalou\w*|armée|mdr|lol)\b)(?![^\n]*(?:😍|😂|🤣|🤩))|
    encore (?:un|une) [^.!?]{1,60}?,? quelle (?:audace|originalité)(?= *[.!…]*$)|
    merci pour (?:le|ce) (?:rien|néant)(?= *[.!…]*$)|
    (?:j'ai perdu|je viens de perdre) (?:\w+ )?minutes de ma vie(?= *[.!…]* *(?:$|merci))|
    (?:un|encore un) (?:blog|article|billet|site) de plus qui (?:recopie|copie|plagie|pompe)|
    je suis sûre? que (?:votre|ta) (?:maman|mère|mamie|grand-mère|famille) (?:trouve|adore|
    aime) (?:ça|cela)(?: (?:très |vraiment |super |trop )?(?:bien|beau|bon|joli|intéressant|
    génial))?(?= *(?:[.!…]|$))(?![^\n]*(?:😍|🥰|❤️|😊|\bmerci\b|\bbravo\b))|
    (?:ce|ton|votre|cet) (?:blog|article|billet|site|texte|tuto) c'est de la (?:merde|daube|
    bouse)(?! *\?)(?![^\n]*\b(?:je rigole|je plaisante|je déconne|je blague|je taquine)\b)|
    (?:vous écrivez comme vous cuisinez|tu écris comme tu cuisines) ?:? (?:sans (?:saveur|goût|
    sel|talent|âme|intérêt|relief)|mal|avec les pieds)|
    quelle originalité,? (?:un|une|des|encore) [^.!?]{1,50}?[.!…]+ *on (?:n'avait|
    avait) jamais vu ça(?! chez nous)(?![^\n]*\b(?:adoré|adore|j'adore|merci|bravo|
    délicieux|délicieuse)\b)|
    condensé (?:d'évidences|de banalités|de platitudes|de lieux communs)|
    je (?:vous|te) lis par pitié(?! pour (?:mon|ma|mes)\b)(?![^\n]*(?:😂|🤣|\bmdr\b|\bptdr\b))|
    (?:genre d'|un |une |des )?(?:article|billet|texte|post)s? qu'on (?:écrit|écrirait|
    pond) quand on n'a rien à dire|
    beaucoup de mots pour (?:pas grand-chose|pas grand chose|rien)(?= *[.!…]*$)|
    (?:ta daronne|ta mère|ma grand-mère|mon chat|mon chien) cuisine mieux que (?:toi|vous)
    (?![^\n]*(?:😂|🤣|😅|😆|😄|😁|😜|😉|\bmdr\b|\bptdr\b|\blol\b|\bbravo\b|\bmerci\b|
    mais de peu|je plaisante|je rigole|je taquine))|
    dinguerie de nullité|
    (?:t'as|tu as|vous avez) vraiment cru que c'était une bonne idée de (?:poster|publier|
    partager|écrire) (?:ça|cela)(?![^\n]*(?:😄|😊|🥰|😍|\bmerci\b|excellente idée|
    \boui\b))|
    quand (?:vous croyez|tu crois) savoir (?:cuisiner|écrire|faire)(?![^\n]*(?:😂|🤣|😅|
    \bmdr\b|\bptdr\b|\blol\b|c'est moi))|
    mignon,? ce petit effort(?= *(?:[.…]|$))|
    (?:tu fais|vous faites) (?:ça|cela|tout ça) pour (?:attirer l'attention(?! (?:de|des|du)\b)|
    qu'on (?:te|vous) plaigne|les likes|les vues)|
    (?:ton|votre) (?:chagrin|deuil|malheur) est bien commode|
    tout ce pathos(?= *[.!…]* *(?:$|sérieu\w*))|
    c'est (?:un peu |très |trop |franchement )?surjoué(?![^\n]*(?:😂|🤣|😅|😆|😄|😁|😜|😉|
    \bmdr\b|\bptdr\b|\blol\b|\bmais\b[^\n]*\b(?:parfait|top|délicieux|bon|super|j'adore)\b))"""

# Words of praise sarcasm wears most ("Great, another tutorial...", "Nice try, but..."): praise
# that says nothing warmer is doubtful when the model sees hostility close behind (tone.DOUBT).
WORN_PRAISE = frozenset(("nice", "great", "genius", "brilliant", "wow", "amazing", "cool"))

# Contempt in scripts matched anywhere, and the emoji of disgust and eye-rolling.
CONTEMPT_NONSPACED = """読む価値ゼロ|価値がない|恥ずかしくない|浅い記事|
    垃圾|废话|这么烂|脸皮厚|真是高见|한심|
    كلام فارغ|מגוחך|तुम्हें .{0,20}हक़ नहीं|बकवास|viết dở|dạy đời|🤮|🖕|🙄|🤡"""

# Laughter, or a race to be first, with nothing else said: on the author's hard-day post, it is
# no comfort.
LAUGHTER = r"""l+o+l+[sz]?|lmf?ao+|rofl|(?:ha){2,}h?|(?:he){2,}|(?:hi){2,}|kek|xd+|mdr+|ptdr+|
    jaja(?:ja)*|kkk+|first|1st|premier|premi[èe]re"""

LAUGHTER_SYMBOLS = "😂🤣😆😹"

# A French jab dressed as a question with a warm turn after it is a question or a tip (« Tu as
# déjà entendu parler de la relecture croisée ? On le fait au travail, super méthode. », « Qui lit
# encore ce genre de truc ? Moi, et j'adore ! »).
JAB_WARM_TURN_FR = r"""(?![\s\S]*\b(?:merci(?! pour rien| de nous épargner)|j'adore|génial|
    bravo|trop bien|on le fait|super (?!nul|mauvais|décevant)\w+)\b)"""

# "Who would think of this?" said as the whole comment, a jab ("Who even thinks of this?",
# « Qui a eu cette idée ? », "¿A quién se le ocurre?", „Wer kommt denn auf so eine Idee?", "Ma a
# chi viene in mente una cosa del genere?", "Quem teve essa ideia?"); not the question before a
# warm turn ("Who thought of adding cardamom? Genius!", "¿A quién se le ocurre? ¡Genial!").
JAB_ALONE_END = r"(?=[?!\s🙄🤦😒🤨]*$)"
WHO_THINKS_OF_THIS = rf"""^(?:(?:seriously|sérieux|sérieusement|en serio|ernsthaft|sul serio|
    sério),? )?(?:who (?:even|on earth|in their right mind) (?:thinks|thought|comes up|came up)
    (?: with| of) (?:this|that|these|such (?:a|an) \w+|stuff like this)|
    qui a (?:bien |donc |encore )?(?:pu )?(?:eu|avoir) (?:cette|une telle|une idée) ?(?:idée|
    pareille)(?: (?:saugrenue|bizarre|farfelue|absurde|pareille))?|
    ¿?a quién se le (?:ocurre|ocurrió|ocurriría)(?: (?:algo así|semejante (?:cosa|tontería)|
    eso|esto|esta tontería))?|
    wer kommt (?:denn |bitte |überhaupt |eigentlich )*auf (?:so eine?|solche|diese|sowas|
    so was)(?: (?:idee|schnapsidee|blöde idee)n?)?|
    (?:ma )?a chi (?:è venuta in mente|viene in mente|verrebbe in mente) (?:una cosa (?:del genere|
    simile)|un'idea (?:del genere|simile)|questa idea)|
    a chi è venuta (?:questa|quest'|un'|una) ?idea(?: (?:del genere|simile))?|
    quem (?:é que )?(?:teve|tem|teria) (?:essa|esta|uma) ideia(?: (?:dessas|de jerico|absurda|
    maluca))?) ?\?{JAB_ALONE_END}"""

# A jab dressed as a question: no "great question", no gold star. The first two only as the whole
# comment ("Is this a joke? Because I laughed out loud." is a laugh).
RHETORICAL_JABS = rf"""^is this a joke\?$|^c'est une blague ?\?$|{WHO_THINKS_OF_THIS}|
    ^¿?esto es una broma\?(?= *(?:qué|vaya|menuda) (?:tontería|basura|estupidez|porquería|
    mierda|chorrada)\b)|
    ^ist das (?:ein|dein|euer|ihr) witz\?(?= *(?:der |die |das )?(?:schlechteste\w*|was für|
    so (?:ein|eine|einen)|totaler|quatsch|mist|unsinn|schwachsinn|blödsinn)\b)|
    ever heard of (?:proofreading|spell ?check\w*|an editor|editing)(?!\? *because (?:this|your) (?:
    post|article|piece|writing) is (?:flawless|perfect|spotless))(?![\s\S]*\b(?:thanks|
    thank you)\b(?! for nothing))|
    (?:vous avez|tu as) déjà entendu parler (?:de la |de )?(?:
    relecture|correcteur|l'orthographe){JAB_WARM_TURN_FR}|
    qui lit encore ce (?:genre de )?(?:truc|torchon|blabla){JAB_WARM_TURN_FR}|
    avez-vous seulement (?:testé|lu|essayé)(?! (?:
    avec|sans|en remplaçant|de remplacer)){JAB_WARM_TURN_FR}|
    sérieux,? c'est ça (?:votre|ton) (?:tuto|article|billet){JAB_WARM_TURN_FR}"""
