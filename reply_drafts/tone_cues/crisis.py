"""A reader who may be thinking of ending their life or of hurting themselves, said in words
("I'm suicidal", « j'ai envie de mourir »), and the jokes that use the same words.

Data: the package's docstring says how the lists are written and read."""

# A reader who may be thinking of ending their life or of hurting themselves, in their own words
# ("I'm going to end it tonight.", "I took a whole bottle of pills an hour ago."; not "…to the
# pharmacy"), or of late: "I was going to give up on everything tonight.", "I wasn't going to be
# here for Christmas but your posts changed my mind" (not "…give up on sourdough").
# Such a comment is read as grief whatever else it says ("thanks, this helped me hold on"), and its
# draft says where help is (LanguageLines.crisis, in language_lines.py). Only the first person:
# "suicide prevention" or "my brother's suicide" is grief, not a reader at risk. Session 38, French:
# « J'ai pensé au suicide plusieurs fois ce mois-ci. » (not « …au suicide de mon grand-oncle »),
# « J'ai des idées noires en ce moment », « Personne ne remarquerait si je partais. », « Jveux
# juste dormir pour toujours », « je me suis refait du mal »; and not « Je voudrais juste
# disparaître quelques jours sur une île avec ce gâteau 😂 », which had been given a helpline.
# Nor « J'ai des idées noires pour Halloween », « Après cette raclette je veux juste dormir pour
# toujours. », « Je me suis refait du mal au dos en pétrissant » (tests: regressions_s38_fr).
# Nor the cook who burns water: "En la cocina estarían todos mejor sin mí, ¡quemo hasta el agua!"
# Slang for killing oneself ("kms", "unalive myself", "ctb": catch the bus) with despair beside
# it, even laughed off: "kms lol… can't do this anymore"; not "kms lol this bread is so good" nor
# ten "kms" run (CRISIS_UNLESS_LAUGHING reads the slang alone).
CRISIS = r"""(?<!\d )(?:kms|unaliv(?:e|ing) myself|ctb)\b[^\n]{0,30}?(?:(?:can'?t|cannot) (?:do|
    take|handle) (?:this|it) any ?more|i'?m (?:so )?done|not (?:joking|kidding)|i mean it|
    for real this time)|
    i'?m suicidal|i am suicidal|(?:feel|feeling|felt|been) suicidal|suicidal thoughts|
    (?:i'?m|i am) going to (?:jump off (?:the|a) (?:bridge|roof|building|cliff)|take all (?:of )?(?:
    my (?:pills|meds|tablets)))(?! (?:to|for) (?:the|a) (?:photo|picture|swim|dive))|
    (?:easier|better) (?:for everyone )?if i (?:wasn'?t|weren'?t) here(?= *(?:[.!…,]|$| anymore))|
    i have a plan and a date(?= *(?:[.!…]|$))|voglio (?:solo )?farla finita(?! con)|
    (?:stand|standing|stood) on (?:the|a) bridge\b[^.!?]{0,40}\bthink(?:ing)? about (?:it|jumping|
    ending it)|
    (?:stand|standing|stood) on (?:the|a|that|this)(?: same)? bridge\b[^.!?]{0,40}\b(?:
    think(?:ing)?|thought) about (?:jumping(?! in\b| into\b| off (?:for|to))|ending it)|
    thoughts (?:of|about) not (?:being here|being alive|wanting to (?:be here|live|be alive))(?:
    any ?more)?(?! (?:for|
    when|at|on|in|next|this|to|during)\b)|
    (?:won'?t|will not) be (?:around|here|alive) to (?:read|see) the next (?:one|post)|
    je ne serai plus là pour (?:lire|voir) le prochain|
    nadie (?:notaría|notaria|se daría cuenta) si (?:desapareciera|me muriera|no estuviera)|
    (?:ya )?no le veo sentido a (?:nada|la vida|vivir|seguir viviendo)(?! sin tus? )
    (?![^.!?]*\bja(?:ja)+)|i won'?t be a burden (?:much|
    for much) longer|
    (?:letters?|notes?)\W+(?:\w+\W+){0,8}?(?:they|the kids|my (?:kids|children|family|wife|husband|
    parents|partner)) will find (?:them|it)(?= *(?:[.!…,]|$| after| when| tomorrow| in the))|
    i (?:just )?want to be with (?:my )?(?:husband|wife|partner|mum|mom|mother|dad|father|son|
    daughter|him|her) (?:again(?= *(?:[.!…]|$))|in heaven|at (?:his|her) grave)|
    (?:bought|got) (?:a|myself a) (?:gun|rifle|pistol|revolver)\W+(?:\w+\W+){0,3}not for (?:
    hunting|sport|the range|protection)|
    (?:wrote|written|left) (?:letters|notes) (?:to|for) (?:my|the) (?:kids|children|family|wife|
    husband|parents)(?: (?:tonight|today|last night|this week))?[.,…]* just in case|
    (?:écrit|rédigé|laissé) des lettres (?:à|pour) (?:mes enfants|ma famille|mon mari|ma femme|
    mes parents),? au cas où(?= *(?:[.!…]|$))|
    (?:escrito|escribí|dejado|dejé) cartas (?:a|para) mis (?:hijos|padres|familiares),? (?:
    por si acaso)(?= *(?:[.!…]|
    $))|
    (?:escrevi|deixei) cartas (?:para|aos) (?:os )?meus (?:filhos|pais),? (?:só )?(?:
    por via das dúvidas)(?= *(?:[.!…]|
    $))|
    briefe an meine (?:kinder|familie|eltern) geschrieben,? (?:nur )?für alle fälle(?= *(?:[.!…]|
    $))|
    (?:wrote|written|writing|left) (?:letters|notes) (?:to|for) (?:everyone|everybody|
    all the people|all those) i love,? just in case(?= *(?:[.!…]|$))|
    (?:everyone|everybody|they|my family|people) (?:would|'d) (?:all )?be (?:happier|
    better off) if i (?:wasn'?t|weren'?t) around(?= *(?:[.!…]|$| any ?more))|
    (?:je (?:ne )?veux|j'?veux) (?:plus|pu) (?:me r[ée]veiller|vivre|être là)
    (?! sans (?:ton|ta|tes|votre|vos|l'odeur|le goût)\b)|
    (?:me jeter|sauter) sous (?:un|le) train|
    je vais sauter (?:du|d'un) (?:pont|toit|immeuble)|(?:demain|ce soir) je saute du pont|
    je vais prendre toutes mes (?:pilules|cachets|médicaments)|
    (?:j'ai|jai) (?:pris|aval[ée]) (?:tous mes|toutes mes|toute (?:ma|la|une) boîte de) (?:
    cachets|comprimés|médicaments|médocs|pilules|somnifères)(?= *(?:[.!…]|$|d'un coup|
    (?:ce soir|cette nuit) *(?:[.!…]|$)))|
    je ne vois plus (?:aucune )?raison de (?:continuer|vivre)|à quoi bon continuer(?: à vivre)?|
    je suis un fardeau pour (?:tout le monde|ma famille|mes proches)|
    (?:seraient|serait) (?:soulagés?|mieux) si je (?:partais|n'étais plus là|disparaissais)|
    (?:(?<=^)|(?<=[.!?…] )|(?<=que )|(?<=bon, )|(?<=bref, )|
    (?<=voilà, ))c'est (?:bientôt )?fini pour moi(?= *(?:[.!…]|$))|
    adieu à tous(?= *(?:[.!…,]|$))(?![\s\S]*\b(?:vacances|voyage|congés|déconnect\w*|pause|
    déménag\w*|retraite|réseaux|facebook|twitter|instagram|forum|à (?:bientôt|lundi|la rentrée|
    l'an prochain)|(?:je pars|on part|nous partons) (?:en|à|au|aux|pour (?:les|le|la|un|une|deux|
    trois|quelques)))\b)|
    c'était mon dernier message|je ne serai plus là (?:la semaine prochaine|demain|bientôt|
    ce soir)|ce soir je vais en finir|j'ai acheté une corde(?= *(?:[.!…]|$))|
    (?:ça|ce) serait plus (?:simple|facile) si je n'étais (?:plus là|pas en vie|plus en vie)|
    (?:ça|ce) serait plus (?:simple|facile) de ne (?:pas|plus|jamais) me réveiller(?= *(?:
    demain *)?(?:[.!…]|$))|
    sería (?:más fácil|
    mejor) no (?:despertar|despertarme)(?: más| nunca más| mañana)?(?= *[.!…]*$)|
    seria (?:mais fácil|melhor) não acordar(?: mais| nunca mais| amanhã)?(?= *[.!…]*$)|
    (?:wäre|wär) (?:einfacher|leichter|besser),? nicht mehr (?:da|hier) zu sein(?= *[.!…]*$)|
    (?:wäre|wär) (?:einfacher|leichter|besser),? wenn ich (?:einfach |morgen |)(?:nicht mehr|
    nie mehr|nie wieder) aufwache(?:n würde)?(?= *[.!…]*$)|
    (?:makkelijker|beter) (?:zou zijn|zijn|is) om niet meer wakker te worden(?= *[.!…]*$)|
    ik ga er (?:\w+ )?een einde aan maken|
    (?:il )?vaudrait mieux que je ne me réveille (?:pas|plus|jamais)(?: demain)?(?= *(?:[.!…]|$))|
    c'est (?:bientôt )?la fin pour moi,? je n'ai plus la force|
    je n'ai plus la force,? je (?:pense|songe) à partir pour de bon|
    ya no (?:aguanto|puedo) más,? adiós a todos(?= *[.!…]*$)|
    (?:wäre|wär) (?:für alle |für alle anderen )?(?:besser|einfacher|leichter),? (?:
    wenn ich nicht mehr (?:da|hier) wäre)(?= *(?:[.!…]|$))|
    (?:ho scritto|ho lasciato) (?:delle )?lettere (?:ai miei figli|per i miei figli|
    alla mia famiglia|ai miei genitori),? per ogni evenienza(?= *(?:[.!…]|$))|
    (?:makkelijker|beter) (?:zou zijn|zijn|is|was) als ik er niet meer (?:was|ben|zou zijn)
    (?= *(?:[.!…]|$))|
    thoughts of (?:suicide|ending (?:it|my life))|thinking (?:about|of) (?:suicide|ending (?:it all|
    my life|things))|(?:hurt|harm|cut) myself|(?:kill|killing) myself(?! laughing| with laughter)|
    hurting myself|harming myself|
    cutting myself|(?:end|ending|take|taking) my (?:own )?life|
    (?:i'?ve|i have|i) (?:just )?(?:started|been|begun|began) (?:cutting|
    self[- ]harming) again(?= *(?:[.!…]|$|and (?:i|i'm|nobody|no one|my)\b))|
    (?:i'?m|i am) (?:cutting|self[- ]harming) again(?= *(?:[.!…]|$|and (?:i|i'm|nobody|no one|
    my)\b))|je me mutile|
    relapsed (?:into|with) self[- ]harm|
    no (?:reason|point) (?:to live|in living|in going on|to go on)|
    better off without me(?! \w+ing\b)|
    (?:everyone|everybody|they|you all|my family|the world|
    people) (?:would|'d) (?:all )?be better off if i (?:just )?(?:disappeared|was gone|were gone|
    wasn'?t here|died|didn'?t exist|stopped(?= *(?:[.!…]|$))|went away(?= *(?:[.!…]|$))|
    wasn'?t (?:alive|breathing))|
    (?:^|(?<=[.!?] ))i (?:just )?want to disappear(?= *(?:[.!…]|$))|
    (?:i'?m|i am) (?:so |just )?done\.? with (?:everything|it all|life)(?= *[.…]*$)|
    i (?:just )?(?:took|swallowed|have taken|'ve taken) all (?:of )?my (?:pills|meds)(?= *(?:[.!…]|
    $|(?:tonight|last night) *(?:[.!…]|$)))|
    i (?:just )?swallowed (?:a bottle|a handful) of (?:pills|tablets)|
    (?:can'?t|cannot) (?:do|take|handle) (?:this|it) any ?more[.!…]* (?:\w+ ){0,3}(?:nobody|
    no one) would (?:even )?(?:notice|care|miss me)(?= *(?:[.!…]|$))|
    (?:je veux|j'aimerais|je voudrais|
    envie)(?: juste| simplement)? que tout (?:ça )?s'arrête(?= *(?:[.!…]|$))|
    (?:je veux|j'ai envie de|je voudrais)(?: juste| simplement)? disparaître(?= *(?:[.!…]|$|
    pour (?:de bon|toujours)(?= *(?:[.!…]|$))))|
    (?:thinking|thought|think) (?:about|of) ending it(?= *(?:[.!…]|$))|
    (?:gone|miss(?:ed|ing)?|heaven|passed|died|dead|death|funeral|grave|
    buried)(?!\w)[^.!?]{0,100}(?:
    [.!?…]+ +[^.!?]{0,40}?)?(?:thinking|thought|think) (?:about|of) joining (?:her|him|them|my (?:
    mom|mum|mother|dad|father|wife|husband|son|daughter|brother|sister))(?= *(?:[.!…]|$))|
    (?:thinking|thought|think) (?:about|of) joining (?:her|him|them|my (?:mom|mum|mother|dad|father|
    wife|husband|son|daughter|brother|sister))[.…]+ +[^.!?]{0,60}?(?<![\w'])(?:gone|miss(?:ed|
    ing)?|heaven|passed|died|dead)(?!\w)|
    (?:tired|sick) of (?:living|being alive|existing)(?! (?:in|with|on|at|like|out|off|under|
    near|next|from|as|without|alone|together|paycheck))|
    what'?s the point (?:of|in) (?:living|going on|being alive)|
    (?:notice|care|miss me) if i (?:disappeared|died|was gone|were gone|wasn'?t here)
    (?= *(?:[.!?…]|$|tomorrow|today))|
    better off dead|wish i (?:was|were|had never been) (?:dead|born|never born)|
    i (?:just |really |sometimes |often )?(?:want(?:ed)? to|wanna) die(?! (?:of (?:embarrassment|
    shame|cringe|laughter|laughing)|laughing|with laughter|from laughing))|
    makes? me want to die(?!,? (?:it'?s|this is|they'?re|these are|that'?s) (?:so |too )?(?:good|
    delicious|tasty|yummy))|
    (?:don'?t|do not|didn'?t) want to (?:be here|live|exist|wake up|go on) (?:anymore|any more)|
    (?:don'?t|do not) want to be alive|
    can'?t go on (?:anymore|any more|like this(?! *[—–-]+ *(?:\w+ ){0,3}(?:rain|weather|heat|
    snow|traffic|bugs?|builds?|code|deadlines?)))|
    (?:the )?only (?:reason|thing) (?:i'?m|i am) still (?:here|alive)(?= *(?:[.!…]|$|tbh|honestly))|
    (?:don'?t|do not|can'?t|cannot) see (?:the|any) point (?:of|in) (?:living|life|being alive|
    anything)(?: any ?more| these days| lately| now)?(?= *(?:[.!…]|$))|
    je me (?:suis )?scarifi\w*|je m'automutile|me scarifier|
    je me (?:fais|suis fait|suis faite) du mal (?:à nouveau|encore|exprès)(?= *(?:[.!…,;]|$))|
    je me suis (?:encore |à nouveau |de nouveau )?(?:re)?(?:fait|faite) du mal(?: exprès| à nouveau|
    encore)?(?= *(?:[.!…,;]|$|hier|cette nuit|ce soir|ce matin|aujourd'hui))
    (?![^.!?\n]*\b(?:dos|genou|cheville|poignet|doigts?|mains?|pieds?|épaule|jambe|bras|
    mandoline|couteau|râpe|sport|foot|pétrissant|jardinant)\b)|
    envie de mourir(?! de (?:honte|rire|chaud|faim|froid|soif|ennui|jalousie|fatigue))|
    veux mourir(?! de (?:honte|rire|chaud|faim|froid|soif|ennui|jalousie|fatigue))|me suicider|
    mettre fin à mes jours|
    envie d'en finir(?! avec (?!tout|la vie|ma vie|mes jours))|
    (?:pense|pensé|songe|réfléchis) (?:sérieusement |vraiment |souvent |parfois |beaucoup |
    encore |de plus en plus |tous les jours )*[àa] en finir(?! avec (?!la vie|
    ma vie|mes jours|tout))|je vais en finir(?: une bonne fois pour toutes)?(?= *(?:\.+|…)? *$)|
    (?:je ne veux plus|j'en peux plus de|je n'en peux plus de) vivre|
    en finir avec (?:la vie|tout ça|tout)(?= *[.!…]*$)|
    (?:je )?pense au suicide|pensées suicidaires|idées suicidaires|(?:je suis|me sens) suicidaire|
    (?<!pas )(?<!jamais )(?:j'ai|j ai|jai) (?:déjà |souvent |parfois |beaucoup |sérieusement |
    encore )?(?:pensé|songé) au suicide(?! d)|
    (?:j'ai|j ai|jai) (?:souvent |parfois |encore |beaucoup |de nouveau |à nouveau |des fois )?(?:
    des )?idées noires(?! (?:il y a|quand j'étais|à l'époque|autrefois|avant|ado|pour))
    (?!(?:…|\.\.\.) comme (?:ton|ta|tes|votre|vos|un|une|le|la|les)\b)
    (?![^.!?\n]*\b(?:comme|halloween|gâteaux?|forêt-noire|brioche|recettes?|mdr|lol)\b)|
    plus envie de vivre|(?:(?:fatiguée?|lasse?) de vivre|fatiguée? d'être en vie)(?= *(?:[.!…,]|$))|
    (?:je )?ne vois plus (?:l'intérêt|le sens) de (?:rien|vivre|
    la vie)(?= *(?:[.!…]|$))|
    à quoi bon vivre|
    personne ne (?:remarquerait|verrait|s'apercevrait|s'en rendrait compte|
    s'en apercevrait)(?: même)? si je (?:disparaissais|mourais|
    n'étais plus là|n'existais plus|partais(?= *(?:[.!…]|$| pour toujours)))
    (?![^.!?\n]*\b(?:gâteaux?|tartes?|cuisine|brioches?|cookies?|recettes?|couette|frigo)\b)
    (?![^\n]*(?:😂|🤣|😅|😆|😄|😁|😜|😉|😹|\bmdr\b|\bptdr\b|\blol\b|je plaisante|je rigole|
    je blague))|
    je n'en peux plus de (?:cette|la|ma) vie(?= *(?:[.!…]|$))|
    (?:j'en|jen) peux plus de (?:cette|la|ma) vie(?= *(?:[.!…]|$))(?![^\n]*\b(?:vacances|
    déménag\w*|je pars|on part|j'ouvre|je me lance|retraite|campagne)\b)(?![^\n]*(?:
    😂|🤣|😅|😆|😄|😁|😜|😉|😹|\bmdr\b|\bptdr\b|\blol\b|\bhaha\w*|\bhihi\w*|je plaisante|je rigole|
    je blague))|
    veux en finir(?! avec)|nicht mehr leben (?:will|möchte)|
    (?:will|möchte) (?:ich )?nicht mehr leben|(?<!wird )(?<!werden )mich umbringen|will sterben|
    suizidgedanken|
    selbstmordgedanken|
    (?:ich )?möchte (?:einfach |nur |so gern )?sterben(?= *(?:[.!…,]|$))|
    (?:ich wäre|wäre ich) (?:\w+ )?(?:besser|lieber) tot(?! als)(?= *(?:[.!…,]|$))|
    (?:ich sehe|sehe ich) (?:einfach )?keinen sinn mehr (?:im leben|in meinem leben|zu leben)|
    (?:will|möchte|werde) (?:einfach |endlich |nur )?(?:allem|meinem leben) ein ende (?:setzen|
    machen)(?= *(?:[.!…]|$))|
    (?<!nicht )(?:ich )?denke (?:(?!nicht |nie |niemals |kaum )\w+ ){0,3}an (?:selbstmord|
    suizid)(?![\w-])|
    (?:ich bin|fühle mich) suizidal|
    (?<!no )(?<!nunca )pienso (?:(?!no |nunca )\w+ ){0,3}en (?:el )?suicidio(?! (?:de|del) )|
    (?:tengo|con) (?:pensamientos|ideas) suicidas|(?:estoy|me siento) suicida|
    (?:wish|want|hope|wanna) (?:i could |to )?(?:just )?(?:go to (?:sleep|bed)|fall asleep|
    sleep) (?:and|&|n) (?:never|not) (?:ever )?wake (?:back )?up(?! (?:for|until|till|before)\b)|
    hope i (?:just )?(?:don'?t|never|won'?t) wake up(?= *(?:[.!…]|$|tomorrow|again[.!…]*$))|
    i'?d rather not wake up|(?:easier|better) (?:to (?:just )?(?:not wake up|never wake up)|if i (?:
    just )?(?:didn'?t|never) (?:wake|woke) up)(?= *(?:[.!…]|$))|
    (?:don'?t|do not) want to wake up(?! (?:early|at (?!all)|before|the|
    my|him|her|them|\w+ing))(?![^.!?\n]*\b(?:comfy|cosy|cozy|lie-in|snooze|duvet)\b)|
    wish i could (?:just )?sleep forever|wish i(?:'d| had) never been born|
    wish i (?:wasn'?t|weren'?t|was not|were not) (?:here|alive)|
    wish i (?:didn'?t|did not) exist|still (?:don'?t|do not) want to be here|
    wish i could (?:just )?disappear(?= *(?:[.!…]|$|and (?:nobody|no one)))|
    (?:m'endormir|dormir) (?:et (?:de )?ne|pour ne) (?:plus |jamais |pas )+me réveiller|
    (?:je voudrais|j'aimerais|j'ai envie de) ne (?:plus|pas|jamais) me réveiller|
    ne plus jamais me réveiller|
    (?:j'aimerais|je voudrais) (?:juste )?disparaître(?! (?:quelques|une|un|deux|trois|le temps|
    pendant|sous|sur|dans|au|aux|loin|ce|cette|en vacances|à (?!jamais)))|
    dormir(?:me)? y no despertar|ojal[áa] no despert\w+|nicht mehr aufwachen|
    einschlafen und nie (?:mehr|wieder) aufwachen|non svegliarmi pi[uù]|
    vorrei (?:solo )?sparire(?! sotto )|
    (?:dormir|durmo) e (?:n[ãa]o|nunca mais) acordar|
    quiero morir(?:me)?(?! (?:de (?:la )?risa|de vergüenza|con (?:el|la|los|las|tu|tus|este|
    esta) (?:chiste|foto|historia|comentario|meme|v[ií]deo)s?))|quitarme la vida|suicidarme|
    no quiero vivir(?! sin)|voglio morire|
    togliermi la vita|non voglio pi[uù] vivere(?! senza)|quero morrer|
    tirar (?:a )?minha (?:própria )?vida|
    n[ãa]o quero mais viver(?! sem)|ik wil dood|wil niet meer leven|
    n[ãa]o aguento mais viver(?! com)|
    non ce la faccio pi[uù] a vivere(?! con)|voglio farla finita(?! con)|
    ya no aguanto (?:más )?vivir|
    quiero acabar con todo(?= *(?:[.!…]|$))|
    (?:he pensado|pienso|pensé|estoy pensando|he estado pensando) (?:\w+ ){0,2}en acabar con (?:
    todo|mi vida)(?= *(?:[.!…]|$))|no quiero seguir viviendo|quiero matarme(?! (?:a|de|con) )|
    (?:que|^) (?:yo )?estaría mejor muert[oa](?= *(?:[.!…,]|$))|
    non voglio (?:più )?continuare a vivere|(?:sarei|starei) meglio mort[oa](?= *(?:[.!…,]|$))|
    voglio uccidermi(?! (?:di|dal|dalle|con) )|(?:ho pensato|penso|sto pensando) (?:spesso |
    seriamente )?di farla finita(?: (?:stanotte|stasera|ieri sera|ieri notte|questa notte|oggi|
    ieri|di nuovo|ancora))?(?= *(?:[.!…]|$))|
    (?:volevo|voglio|vorrei) (?:solo )?ammazzarmi(?! (?:di|dal|dalle|dalla|con|col|per) )
    (?![^\n]*(?:😂|🤣|😆|\b(?:haha\w*|ahah\w*|lol)\b))|
    (?:pensei|penso|tenho pensado|estou pensando|to pensando|tô pensando) (?:(?:seriamente|muito|
    de novo|outra vez) )?em acabar com tudo(?: (?:essa|esta) (?:noite|madrugada)| hoje| ontem(?:
    à noite)?| de novo| outra vez)?(?= *(?:[.!…]|$))|
    (?:eu )?(?:queria|quis) me matar(?! (?:de|com) )(?! quando (?:vi|percebi|descobri|notei|
    lembrei)\b)(?![^\n]*(?:😂|🤣|😆|\b(?:haha\w*|k{3,}|
    rs(?:rs)+|lol)\b))|
    não quero (?:mais )?continuar (?:vivendo|a viver)|
    (?:eu )?(?:estaria|ficaria) melhor mort[oa](?= *(?:[.!…,]|$))|quero me matar(?! (?:de|com) )|
    nicht mehr leben(?= *[.!…]*$)|
    (?<!non )(?<!mai )(?:penso|pensavo|ho pensato|sto pensando) (?:(?!non |mai )\w+ ){0,3}(?:
    al suicidio|[ad] uccidermi|[ad] togliermi la vita)(?! d)|pensieri suicidi|
    (?:sono|mi sento) suicida(?! (?:quando|se|ogni volta|per|dal|dalla|di)\b)|
    vorrei (?:solo |tanto )?morire(?! (?:dal|dalla|dalle|dai|di|per) )|
    ho (?:preso|ingoiato|mandato giù) tutt[ei] (?:le |i )?(?:mie |miei )?(?:pillole|pastiglie|
    compresse|medicine|farmaci|sonniferi)(?= *(?:[.!…]|$))|
    (?:pillole|pastiglie|compresse|farmaci|sonniferi)[^.!?]{0,40}\b(?:le|li) (?:prendo|
    ingoio) tutt[ei](?= *(?:[.!…]|$))|impiccarmi|mi impicco|
    spero di non svegliarmi(?: pi[uù]| domani| mai pi[uù])?(?= *(?:[.!…]|$))|
    mi sono (?:di nuovo |ancora )?tagliat[oa] (?:di nuovo|ancora|un'altra volta)(?= *(?:[.!…]|$))
    (?![^\n]*\b(?:mandolin\w*|coltell\w*|dit[oa]|capelli|frangia|cipoll\w*|affettatrice|
    grattugia|cucina\w*)\b)|
    (?:sul|dal) (?:ponte|tetto|cornicione|viadotto)\b[^.!?]{0,30}\b(?:mi butto|buttarmi|
    mi lancio|lanciarmi)(?= *(?:[.!…]|$| giù))|
    (?<!n[ãa]o )(?<!nunca )(?:penso|pensei|tenho pensado|estou pensando|to pensando) (?:(?!n[ãa]o |
    nunca )\w+ ){0,3}em (?:suic[íi]dio|me matar|tirar (?:a )?minha (?:própria )?vida)(?! d)|
    pensamentos suicidas|(?:estou|me sinto|tô) suicida(?! (?:quando|se|toda vez|com|de)\b)|
    tomei (?:todos|todas) (?:os |as )?(?:meus |minhas )?(?:comprimidos|rem[ée]dios|p[íi]lulas|
    calmantes)(?= *(?:[.!…]|$))|tomei (?:a|uma) cartela inteira|
    (?:comprimidos|rem[ée]dios|p[íi]lulas|calmantes)[^.!?]{0,40}\bvou tomar (?:todos|todas|tudo)
    (?= *(?:[.!…]|$))|me enforcar|enforcar-me|
    (?:queria|quero|espero) (?:n[ãa]o|nunca mais) acordar(?: mais| amanh[ãa]| nunca mais)?
    (?= *(?:[.!…]|$))|
    (?:me cortei|voltei a me cortar) (?:hoje |ontem )?(?:de novo|dnv|outra vez|novamente)
    (?= *(?:[.!…]|$))
    (?![^\n]*\b(?:faca|dedo|cebola|cabelo|franja|mandolina|ralador|cozinh\w*)\b)|
    (?:na ponte|no telhado|no prédio|no predio|no viaduto)\b[^.!?]{0,30}\b(?:vou pular|
    vou me jogar)(?= *(?:[.!…]|$))|
    tentei (?:o )?suic[íi]dio|tentei me matar|
    suicidarmi|mi (?:voglio |vorrei )?suicidare|mi suicido|
    mi (?:voglio|vorrei) (?:ammazzare|uccidere)(?! (?:di|dal|dalle|dalla|con|col) )|
    me suicidar(?! de (?:tanto|rir|vergonha|fome|comer|raiva)\b)|suicidar-me|me suicido|
    me (?:quiero|voy a|quisiera) suicidar|
    ich (?:will|werde|möchte) mich (?:(?!vor |nicht |nie |fast |halb |lachen )\w+ ){1,2}(?:
    umbringen)(?! (?:mit|für|vor|beim|wegen) )|
    mi (?:sono (?:di nuovo |ancora )?fatt[oa] del male|taglio|faccio del male) (?:di nuovo|ancora|
    un'altra volta)(?= *(?:[.!…]|$))(?![^\n]*\b(?:mandolin\w*|coltell\w*|dit[oa]|capelli|
    frangia|cipoll\w*|ginocchio|schiena|caviglia|palestra|corsa|calcio|cucina\w*)\b)|
    (?:en|desde) (?:el|la) (?:puente|azotea|tejado|techo)\b[^.!?]{0,30}\bvoy a (?:tirarme|saltar|
    lanzarme)(?= *(?:[.!…]|$))|
    (?:pastillas|pastis|medicinas)[^.!?]{0,40}\b(?:me las voy a tomar|voy a tomarme(?:las)?) todas
    (?= *(?:[.!…]|$))|
    me (?:tomé|tome|tragué|trague) todas (?:las|mis) (?:pastillas|pastis|medicinas)
    (?= *(?:[.!…]|$))|
    (?:me (?:corté|corte) (?:otra vez|de nuevo)|me volv[ií] a cortar)(?= *(?:[.!…]|$))
    (?![^\n]*\b(?:cuchillo|dedo|pelo|flequillo|cebolla|mandolina|rallador|cocin\w*)\b)|
    no quiero (?:despertar(?:me)?|volver a despertar)(?: mañana| nunca más| más)?(?= *(?:[.!…]|$))|
    (?:ya )?no puedo m[áa]s con (?:la|mi|esta) vida(?= *(?:[.!…]|$))|
    mich (?:aufzuhängen|aufhängen|erhängen|zu erhängen)|
    auf (?:der|einer|dem) (?:brücke|dach)\b[^.!?]{0,30}\b(?:(?:will|werde) (?:ich )?springen|
    spring(?:e)? (?:ich )?gleich)(?= *(?:[.!…]|$))|
    (?:tabletten|pillen|schlaftabletten)[^.!?]{0,40}\b(?:nehme|schlucke) (?:ich )?(?:sie )?alle
    (?= *(?:[.!…]|$))|
    (?:habe|hab) (?:ich )?alle (?:meine )?(?:tabletten|pillen|schlaftabletten) (?:genommen|
    geschluckt)(?= *(?:[.!…]|$))|
    (?:(?:hab|habe) mich (?:wieder|erneut|schon wieder) geritzt|ritze mich (?:wieder|erneut))
    (?![^\n]*\b(?:messer\w*|kochen|dorn\w*|rosen\w*|garten\w*|papier|zwiebel\w*|dose)\b)|
    (?:kann|will) (?:so )?nicht mehr weiterleben(?! ohne)|
    (?:habe|hab) ich (?:\w+ ){0,2}versucht,? mich (?:selbst )?(?:umzubringen|zu töten)|
    (?<!ne )(?<!pas )(?:je |j)pense (?:souvent |parfois |beaucoup |sérieusement |tout le temps |
    de plus en plus |encore )+au suicide(?! d)|jpense au suicide(?! d)|
    jveux mourir(?! de )|
    (?:sur|du haut du?) (?:le |un )?(?:pont|toit)\b[^.!?]{0,30}\bje vais sauter(?= *(?:[.!…]|$))|
    (?:cachets|médicaments|médocs|comprimés|somnifères)[^.!?]{0,40}\bje vais (?:tous |
    toutes )?les prendre(?= *(?:[.!…]|$))|
    i (?:often |sometimes |still |really )?think (?:about|of) suicide(?: a lot| all the time|
    every day| constantly)?(?= *(?:[.!…,]|$))|
    (?:on|off) (?:the|a) (?:roof|bridge|ledge|rooftop)\b[^.!?]{0,30}\b(?:i'?m|im|i am) (?:going to|
    gonna) jump(?= *(?:[.!…]|$))|
    (?:pills|meds|tablets)[^.!?]{0,40}\b(?:i'?m|im|i am) (?:going to|gonna) (?:take|swallow) (?:
    them )?all(?= *(?:[.!…]|$))|
    i (?:just )?want to disappear and never come back|
    (?:i'?m|i am) (?:going to|gonna) end it(?: all)?(?: tonight| today)?(?= *(?:[.!…]|$))|
    i was going to give up on (?:everything|life|living)(?: tonight| today| last night)?(?= *(?:
    [.!…,]|$))|
    (?:wasn'?t|was not)(?![^.!?]*\b(?:booked|trip|holiday|travel\w*|abroad|flights?|snow|spain|
    away|visiting|work|job|sent me)\b) (?:going|planning) to be (?:here|around|alive) (?:for|by|
    at) (?:christmas|
    my birthday|the new year|new year'?s|easter|this summer)[^.!?]*\b(?:changed my mind|kept me|
    stopped me|saved me|made me stay)|
    (?:i )?(?:just )?(?:took|swallowed|have taken|'ve taken) (?:a whole|an entire|the whole) (?:
    bottle|packet|box) of (?:my )?(?:pills|tablets|meds|painkillers|paracetamol|sleeping pills|
    tylenol|aspirin)(?! (?:to|for|over|back|with me|on|out|off|from)\b)|
    (?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:about|of) (?:stepping|
    throwing myself|walking|lying down|jumping) (?:out )?(?:in front of|under) (?:a|the) (?:
    train|tram|bus|truck|lorry|subway|tube|tracks?)|
    (?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:about|of) (?:driving|
    crashing|swerving) (?:my car )?(?:into|off) (?:a|the|oncoming) (?:tree|wall|bridge|cliff|river|
    lake|truck|lorry|traffic|barrier|pillar)|
    (?:want|wanted|tempted|urge) to (?:drive|swerve|crash) (?:my car )?(?:into|off) (?:a|the|
    oncoming) (?:tree|wall|bridge|cliff|river|lake|truck|lorry|traffic|barrier|pillar)|
    easier if i (?:just )?(?:wasn'?t|weren'?t|was not|were not) (?:alive|around any ?more)|
    easier if i (?:just )?(?:was|were) dead|easier if i (?:just )?(?:didn'?t|did not) exist|
    easier if i (?:just )?died|
    (?:i have|i'?ve got|i got|i'?ve|there'?s|there is) nothing (?:left )?to live for|
    (?:wrote|written|writing|write|drafted|left|finished) (?:my|a) suicide (?:notes?|letters?)|
    (?:my|since|survived) (?:last |first |second |recent )?suicide attempt|
    i (?:tried|attempted) to (?:kill myself|end my life|take my (?:own )?life)|
    i (?:tried|attempted) to overdose(?= *(?:[.!…,]|$|last|again|yesterday|on (?:my )?(?:pills|meds|
    sleeping pills|painkillers|insulin|paracetamol|tylenol)))|
    i attempted suicide|
    overdosed?[^.!?\n]{0,60}[.!?…]* *(?:and )?(?:i'?m )?(?:trying|going to try|gonna try|will try|
    i'?ll try) again(?= *[.!…]*$)|
    painless (?:way|ways|method|methods) to (?:die|end it|end it all|end my life|kill myself)|
    how many (?:sleeping pills|pills|tablets|paracetamol|tylenol) (?:would it take|does it take|
    to take) to (?:die|not wake up|end it)|
    (?:ma|mes) (?:\w+ )?tentatives? de suicide|j'ai fait une tentative de suicide|
    (?:tout le monde|ma famille|mes proches|les gens|le monde|mes enfants|ils) (?:serait|seraient|
    se porterait|se porteraient|vivrait|vivraient) (?:bien )?mieux sans moi(?! (?:au|à|aux|dans|en|
    pour) )|(?:serait|seraient) (?:bien )?plus heureux sans moi(?! (?:au|à|aux|dans|en|pour) )|
    (?:ich (?:denke|dachte) (?:\w+ )?(?:daran|darüber nach)|ich (?:habe|hab) (?:\w+ ){0,3}versucht|
    ich (?:überlege|will|möchte|plane)|ich habe vor),? mich (?:selbst )?(?:umzubringen|zu töten)|
    ich (?:will|möchte|werde|könnte) mir das leben (?:zu )?nehmen|
    selbstmord (?:zu )?begehen|(?:mein|meinem|meinen) (?:letzten )?suizidversuch|
    (?:alle|jeder|meine familie) (?:wäre|wären) (?:ohne mich besser dran|besser dran ohne mich)|
    een einde aan mijn leven (?:te )?maken|
    mezelf (?:iets )?(?:aandoen|aan te doen)|
    mezelf (?:van kant|dood) (?:te )?maken|zelfmoord (?:te )?plegen|zelfmoordgedachten|
    mijn zelfmoordpoging|
    (?:iedereen|mijn familie) (?:zou|zouden) beter af zijn zonder mij|
    mi intento de suicidio|
    (?:todos|todo el mundo|mi familia) (?:estaría|estarían) mejor sin mí|
    (?<!cocina )estarían todos mejor sin mí(?![^.!?\n]*(?:quemo|brucio|
    queimo|jaja|ahah|haha|kkk|😂|🤣))|
    (?:^|(?<=[.!?…] )|(?:pienso|creo|siento) que )(?:a veces )?(?:estaría|estarían) mejor sin mí
    (?= *(?:[.!…]|$))(?![^\n]*(?:quemo|cocina|jaja|jeje|haha|kkk|😂|🤣))|
    (?:^|(?<=[.!?…] )|(?:penso|credo) che )(?:a volte )?(?:starebbe|starebbero) meglio senza
    (?= (?:di )?me *(?:[.!…]|$))(?![^\n]*(?:brucio|cucina|ahah|haha|😂|🤣))|
    (?:^|(?<=[.!?…] )|(?:acho|penso|sinto) que )(?:às vezes )?(?:eles )?(?:estariam|ficariam)
    (?= melhor sem mim *(?:[.!…]|$))(?![^\n]*(?:queimo|cozinha|kkk|haha|😂|🤣))|
    (?:^|(?<=[.!?…] )|(?:pense|crois) qu')(?:parfois )?(?:ils|elles|tout le monde) (?:seraient|
    serait) (?:bien )?mieux sans moi(?= *(?:[.!…]|$))(?![^\n]*(?:cuisine|brûle|mdr|ptdr|lol|
    haha|😂|🤣))|
    il mio tentativo di suicidio|
    (?:tutti|la mia famiglia) (?:starebbe|starebbero) meglio senza di me|
    (?<!cucina )(?:starebbe|starebbero) tutti meglio senza di me(?![^.!?\n]*(?:quemo|brucio|
    queimo|jaja|ahah|haha|kkk|😂|🤣))|
    minha tentativa de suicídio|
    (?:todos|todo mundo|minha família) (?:estaria|estariam|ficaria|ficariam) melhor sem mim|
    (?<!cozinha )(?:estariam|ficariam) todos melhor sem mim(?![^.!?\n]*(?:quemo|brucio|
    queimo|jaja|ahah|haha|kkk|😂|🤣))|
    sarebbe (?:meglio|più facile|più semplice)(?: per tutti)? se (?:io )?non ci fossi(?: più)?
    (?= *(?:[.!…,]|$))|
    seria (?:melhor|mais fácil)(?: para todos| pra todo mundo| para todo mundo)? se eu não (?:
    estivesse|existisse)(?: mais)?(?: aqui)?(?= *(?:[.!…,]|$))|
    sería (?:mejor|más fácil)(?: para todos)? si (?:yo )?no (?:estuviera|existiera)(?: aquí)?
    (?= *(?:[.!…,]|$))|
    non (?:vedo|trovo) più (?:il |un )?senso (?:(?:di|a|nel) (?:andare avanti|vivere|continuare)|
    nella (?:mia )?vita)
    (?= *(?:[.!…]|$))|
    não vejo (?:mais )?sentido (?:(?:em|de) (?:viver|continuar vivendo|continuar)|
    na (?:minha )?vida)
    (?= *(?:[.!…]|$))"""

# Wishes to disappear or not to go on that people also say of a burnt cake or a failing build
# ("quero sumir!!! kkkk o bolo afundou"): a reader at risk only in a comment with no laughter
# (tone.crisis_cues). Also a burden, a wish to sleep forever and no one to miss them, said in
# Spanish, German, Italian and Portuguese, which had been quoted with a star: "Soy una carga para mi
# familia.", „Niemand würde mich vermissen.", « Sono stanca di vivere. », "Queria dormir pra
# sempre."; said to its end, so not "cansada de vivir a dieta" nor "si me fuera de vacaciones",
# nor a food coma ("Depois desse feijão, queria dormir pra sempre."). Session 42: "I wish I could
# just not exist.", a family better off without them said in the future or the present beside
# praise (« Belle brioche. Ma famille sera mieux sans moi. », "Mi familia estará mejor sin mí."),
# not a spa weekend nor a kitchen joke (« ...sans moi ce week-end », "...sin mí en la cocina").
# A jump from a bridge, a balcony or a roof said as a sentence of its own ("Stasera mi butto giù
# dal ponte.", "Me tiro del puente esta noche.", "Vou me jogar da ponte."), which had been quoted
# with a star, and so in French and German (« Ce soir je me jette du pont. », „Ich springe von der
# Brücke."); not the sofa nor the pool ("mi butto giù dal divano", "me tiro al sofá"), nor a
# threat after "if" ("Se brucio ancora il pane mi butto dal balcone").
CRISIS_UNLESS_LAUGHING = r"""(?<!\d )(?<!\d)(?:(?:^|(?<=[.!?…] ))|(?<=i'll )|(?<=i will )|
    (?<=gonna )|(?<=going to )|(?<=want to )|(?<=wanna )|(?<=might )|(?<=about to )|
    (?<=should )|(?<=tempted to )|(?<=thinking about )|
    (?<=thought about ))kms(?= *(?:[.!…]|,(?! *(?:this|these|that) \w+ (?:is|are|was|were) (?:
    too|so)\b)|$| (?:tonight|today|honestly|tbh|fr|soon|now|for real)\b))|
    unaliv(?:e|ing) myself(?!\? *(?:never|no way|nope|not)\b)|
    wish i could (?:just )?(?:not exist|stop existing|cease to exist)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:tonight|today|tomorrow),? i(?:'ll| will)? end it(?: all)?
    (?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))(?:(?:stasera|stanotte|oggi|domani|adesso|ora),? )?mi (?:butto|lancio)
    (?: giù)? (?:dal|dalla|da un|da una) (?:ponte|balcone|tetto|finestra|terrazzo|terrazza|
    viadotto|cornicione|palazzo|grattacielo|scogliera)(?: (?:stasera|stanotte|oggi|domani|adesso))?
    (?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:(?:esta noche|hoy|mañana|ahora),? )?(?:me tiro|me voy a tirar|
    voy a tirarme|me lanzo|me voy a lanzar) (?:desde |de |por )?(?:el|del|un|una|la) (?:puente|
    balcón|tejado|azotea|edificio|ventana|acantilado|viaducto)(?: (?:esta noche|hoy|mañana|
    ahora(?: mismo)?))?(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:(?:hoje à noite|hoje a noite|hoje|esta noite|amanhã|agora),? )?(?:eu )?(?:
    vou me jogar|me jogo|vou pular|vou me atirar|me atiro) (?:da|de uma|do|de um) (?:ponte|janela|
    prédio|predio|sacada|varanda|telhado|viaduto|penhasco)(?: (?:hoje à noite|hoje|esta noite|
    amanhã|agora))?(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:(?:ce soir|cette nuit|demain),? )?je (?:me jette|vais me jeter|saute|
    vais sauter) (?:du|d'un|de la|d'une|par la) (?:pont|balcon|toit|fenêtre|falaise|viaduc|
    immeuble)(?: (?:ce soir|cette nuit|demain))?(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:(?:heute nacht|heute abend|morgen),? springe ich|ich springe)(?: (?:
    heute nacht|heute abend|morgen))? (?:von der brücke|vom dach|vom balkon|aus dem fenster|
    von der klippe|vom hochhaus)(?: (?:heute nacht|heute abend|morgen))?(?= *(?:[.!…]|$))|
    (?:thinking (?:of|about)|considering) unaliving(?= *(?:[.!…,]|$))|
    (?:me quiero matar|quiero matarme)(?! (?:de|a) (?:risa|trabajar|estudiar|comer))
    (?![^\n]*\bjaja)|
    (?:commit|committing|thinking about|thought about|think about|considering|contemplating) (?:
    a )?(?:sewer ?slide|sewerslide)|
    (?:gonna|going to|want to|wanna|ready to|i'?ll|i will|plan(?:ning)? to) ctb
    (?![^.!?\n]*\b(?:for|with) (?:the |a |my |some |another |more |a second )?(?:cookies?|batch|
    butter|cake|bread|dough|loaf|pastry|biscuits?|scones?)\b)|
    (?:^|(?<=[.!?…] ))ctb (?:soon|tonight|tomorrow|today)
    (?![^.!?\n]*\b(?:for|with) (?:the |a |my |some |another |more |a second )?(?:cookies?|batch|
    butter|cake|bread|dough|loaf|pastry|biscuits?|scones?)\b)|
    (?:i )?(?:sometimes |often |still |keep )?(?:
    think|thinking|thought) about (?:just )?not waking up(?= *(?:[.!…]|$))|
    (?:everyone|everybody|they|my family|my kids|people|the world) (?:would|'d) (?:all )?be (?:
    fine|okay|ok|better|happier) without me(?= *(?:[.!…]|$|,? honestly|,? tbh|,? anyway))
    (?![.!…]+ *(?:so|that'?s why)\b)(?![^\n]*\b(?:retreat|trip|holidays?|vacation|weekend|
    getaway|booked)\b)|
    (?:everyone|everybody|my family|my kids|people|the world) (?:would|'d) (?:all )?be (?:fine|okay|
    ok|better|happier) without me(?=,? but (?:this|your|the|at least|i)\b)
    (?![^\n]*\b(?:retreat|trip|holidays?|vacation|weekend|getaway|booked|diet)\b)|
    (?:quiero|quisiera|me dan ganas de) desaparecer(?= *(?:[.!…]|$|
    para siempre(?! de)|y no|y que nadie (?:me (?:busque|encuentre|eche de menos|extrañe)|
    se (?:dé|de) cuenta)))|
    (?:quero|queria) (?:sumir|desaparecer)(?= *(?:[.!…]|$|para sempre|pra sempre|e não|
    e (?:que )?ninguém (?:sinta falta|sentir falta|perceba|perceber|note|notar|me procure)))|
    apetecia-me (?:desaparecer|sumir)(?= *(?:[.!…]|$))|
    nadie me echaría de menos(?: si (?:me fuera|desapareciera|no estuviera|
    me muriera))?(?= *(?:[.!…]|$))|
    niemand würde mich (?:\w+ )?vermissen(?= *(?:[.!…]|$))|
    ninguém (?:sentiria|ia sentir|vai sentir) (?:a )?minha falta(?= *(?:[.!…]|$))|
    (?:soy|me siento) una carga para (?:mi familia|todos|todo el mundo|los demás)(?= *(?:[.!…]|$))|
    (?:ich bin|ich fühle mich wie) (?:nur noch |nur )?eine last für (?:alle|meine familie|jeden|
    die anderen)(?= *(?:[.!…]|$))|
    bald (?:bin ich|falle ich) (?:euch|dir|niemandem|keinem) (?:allen |mehr )?(?:keine last mehr|
    nicht mehr zur last)(?= *(?:[.!…]|$))(?![^\n]*\b(?:zieh\w*|ausziehen|auszug|umzug|
    umziehen|wohnung|job|stelle|ausbildung|studium|wg|gehalt)\b)|
    (?:ya )?nada tiene sentido,? (?:y )?mañana (?:ya )?no (?:estaré|voy a estar)(?= *(?:[.!…]|$))
    (?![^\n]*\b(?:vacaciones|viaje|playa|vuelo|me voy de|excursión|boda)\b)|
    (?:sono|mi sento) un peso per (?:tutti|la mia famiglia|gli altri)(?= *(?:[.!…]|$))|
    (?:sou|me sinto) um peso (?:para|pra) (?:todo mundo|todos|minha família|os outros)
    (?= *(?:[.!…]|$))|(?:ya )?no aguanto (?:más )?esta vida(?= *(?:[.!…]|$))|
    (?:sono|sto) stanc[oa] di vivere(?= *(?:[.!…]|$))|(?:estou|tô|to) cansad[oa] de viver
    (?= *(?:[.!…]|$))|estoy cansad[oa] de vivir(?= *(?:[.!…]|$))|
    (?<!feijão, )(?<!almoço, )(?<!jantar, )(?<!comida, )(?<!churrasco, )(?<!feijoada, )
    (?<!domingo, )(?:quero|queria) dormir (?:pra|para) sempre(?= *(?:[.!…]|$))|
    ich will (?:einfach |echt )?nicht mehr(?= *(?:[.!…]|$))|
    (?:tired of|done with|can'?t do) (?:everything|it all|this any ?more)[.!…]+ +(?:goodbye|bye|
    farewell)(?: everyone| all| all of you)?(?= *[.!…]*$)|
    ich möchte (?:einfach )?verschwinden|
    ich will (?:einfach |nur ){0,2}verschwinden(?= *(?:[.!…]|$))|
    (?:ik )?wil er niet meer zijn(?! voor| bij)|
    (?:^|(?<=[.!?…] ))(?:je veux|jveux|j'veux|je voudrais|j'aimerais) (?:
    juste |simplement )?dormir pour toujours(?= *(?:[.!…]|$))|
    ik wil (?:gewoon )?verdwijnen|
    (?:nobody|no one|no-one) would (?:even )?(?:miss me|notice i'?m gone|
    notice if i was gone)(?: anyway|,? honestly)?(?= *(?:[.!…]|$))|
    (?:nobody|no one|no-one) would (?:even )?notice if i (?:disappeared|vanished|was gone|
    were gone) (?:for good|forever)(?= *(?:[.!…]|$))|
    tonight(?:'s| is) the night i (?:finally )?end (?:it|things|it all)(?= *(?:[.!…]|$))|
    (?:been )?planning (?:how|when) to end (?:things|it all|my life)(?! with| between)(?![^\n]*\b(?:
    series|season|blog|post|chapter|book|story|novel)\b)|
    (?:don'?t|do not|can'?t|cannot) see (?:a|any) way out(?: any ?more)?(?= *(?:[.!…]|$))|
    (?:end|ending) it all(?= *(?:[.!…,]|$|tonight|today|now|soon|tomorrow|this (?:week|weekend)|
    and (?:i|i'm|nobody|no one|never)\b))|
    life is (?:so |just |kind of |kinda )?(?:pointless|meaningless|not worth (?:living|it))
    (?! without| if)|(?:i'?m|i am) (?:so )?tired of life(?= *(?:[.!…]|$))|
    (?:ich will|ich möchte|ich wünschte(?: mir)?),? (?:einfach |nur )?dass (?:einfach |
    endlich )?alles aufhört(?= *(?:[.!…]|$))|
    (?:quiero|solo quiero) que todo (?:se )?(?:pare|termine|acabe)(?= *(?:[.!…]|$))|
    voglio (?:solo )?che tutto finisca(?= *(?:[.!…]|$))|
    (?:quero|só quero) que tudo (?:pare|acabe|termine)(?= *(?:[.!…]|$))|
    ik wil (?:gewoon |alleen )?dat alles (?:stopt|ophoudt)(?= *(?:[.!…]|$))|
    ich will (?:einfach |doch )?(?:nur,? )?dass (?:es|alles) aufhört(?= *(?:[.!…]|$))|
    (?:wonder|wondering|wondered|think about|imagine) (?:if|whether|who) (?:anyone|anybody|
    any one|people|someone|many people) (?:would|will) (?:even )?(?:come to|show up (?:to|at|for)|
    attend|go to|cry at|be at) my funeral|
    who would (?:even )?(?:come to|show up (?:to|at|for)|attend|go to|cry at) my funeral|
    (?:si|qui) (?:quelqu'un|les gens) (?:viendrai(?:en)?t|irai(?:en)?t) à mon (?:enterrement|
    funérailles)|
    ob (?:überhaupt )?(?:jemand|irgendwer) zu meiner beerdigung (?:kommen würde|käme)|
    of (?:er )?(?:iemand|mensen) naar mijn begrafenis (?:zou|zouden) komen|
    si alguien (?:iría|vendría) a mi (?:funeral|entierro)|
    se qualcuno (?:verrebbe|andrebbe) al mio funerale|
    (?:se|será que) alguém (?:iria|viria) ao meu (?:funeral|enterro)|
    je vais me tuer(?! à la tâche| au travail| de rire)|(?:j'ai )?envie de me tuer|
    j'ai envie de crever(?! de (?:chaud|faim|froid|rire|soif))|
    (?:je vais|jvais|j'vais) me foutre en l'air|
    (?:je )?pense (?:souvent |parfois |beaucoup |sérieusement |
    de plus en plus )?à (?:disparaître|mourir)(?:,? moi aussi)?(?= *(?:[.!…]|$|
    , (?:je suis|j'en peux)))|
    ik wil (?:gewoon )?niet meer wakker worden(?= *(?:[.!…]|$))|
    me voy a matar(?! (?:de|a) (?:risa|trabajar|estudiar))|
    (?:stasera |domani )?mi ammazzo(?! di (?:risate|lavoro))|vou me matar(?! de (?:rir|trabalhar))|
    (?:stasera|stanotte|domani|oggi|adesso|ora) mi (?:uccido|ammazzo)(?= *(?:[.!…,]|$))(?:
    )(?![.…,]+ *(?:di|dal|dalle|dalla|dai|con|per)\b)|
    mi tolgo la vita(?! social)|mi uccido(?= *(?:[.!…]|$))(?![.…]+ *(?:di|dal|dalle|dalla|dai|con|
    per)\b)|
    (?:hoje(?: à noite| a noite)?|esta noite|essa noite|amanhã|amanha|agora) (?:eu )?me mato
    (?= *(?:[.!…,]|$))(?![.…,]+ *(?:de|a|com)\b)|vou tirar (?:a )?minha (?:própria )?vida|
    (?:esta noche|hoy|mañana|ahora) me (?:mato|suicido)(?= *(?:[.!…,]|$))|me quito la vida|
    me voy a quitar la vida|ahorcarme|me voy a ahorcar|
    (?:ce soir|cette nuit|demain) je me (?:tue|suicide)(?= *(?:[.!…,]|$))|
    je me suicide(?= *(?:[.!…,]|$| ce soir| cette nuit| demain))|me pendre(?! (?:au|à|aux) )|
    (?:hang|hanging) myself(?! (?:an?|some|up|upside)\b)|
    ich bringe? mich (?:heute |morgen |jetzt |bald )?(?:nacht |abend )?um(?= *(?:[.!…]|$))|
    (?:bringe?|bring) ich mich (?:\w+ )?um(?= *(?:[.!…]|$))|
    (?:heute nacht|heute abend) mache ich schluss(?: mit allem| mit meinem leben| für immer)?
    (?= *(?:[.!…]|$))
    (?! *[.!…]+ *(?:mit (?:der|dem|den|meiner|meinem)\b(?! leben)|feierabend|für heute|
    (?:im|vom) büro|bei der arbeit|ich meine|also mit|(?:ab )?in den urlaub))|
    ich mache schluss mit (?:allem|meinem leben)(?= *(?:[.!…]|$))|
    (?:stasera|stanotte|oggi|domani) la faccio finita(?! con)
    (?! *(?:\.{2,}|…|,) *(?:di|con|col|coi|dei|del|della|ahah|haha|scherzo|scherzavo)\b)
    (?! *(?:\.{2,}|…|,) *basta (?:con )?(?:la |il |lo |i |le |gli )?(?:dieta|dolci|zuccher\w*|
    carboidrati|fumo|sigarett\w*|alcol|vino|birra|straordinari|serie|netflix|social)\b)|
    (?:hoje(?: à noite)?|esta noite|essa noite|amanhã) (?:eu )?(?:vou acabar|acabo) com tudo
    (?= *(?:[.!…]|$))
    (?! *(?:\.{2,}|…) *(?:el|la|los|las|que|de|del|do|da|dos|das|o|a|os|as)\b)|
    (?:esta noche|hoy|mañana) voy a acabar con todo
    (?= *(?:[.!…]|$))
    (?! *(?:\.{2,}|…) *(?:el|la|los|las|que|de|del|do|da|dos|das|o|a|os|as)\b)|
    nessuno (?:si accorgerebbe|se ne accorgerebbe|noterebbe) se (?:io )?(?:sparissi|morissi|
    non ci fossi più)(?= *(?:[.!…,]|$|domani|per sempre))
    (?! *(?:\.{2,}|…|,) *(?:(?:da|dal|dalla|dallo|dai|dalle|dagli)\b|dall'))|
    nessuno sentirebbe la mia mancanza(?= *(?:[.!…]|$))|
    ninguém (?:ia|iria|vai) (?:nem )?(?:sentir (?:a )?minha falta|perceber|notar) se eu (?:sumisse|
    morresse|desaparecesse|não estivesse (?:mais )?aqui)(?= *(?:[.!…,]|$|amanhã|para sempre|
    pra sempre))|
    nadie me (?:echaría de menos|extrañaría) si (?:desapareciera|me muriera|muriera|no estuviera)
    (?= *(?:[.!…,]|$|mañana|para siempre))|
    niemand würde (?:mich (?:\w+ )?vermissen|es (?:\w+ )?merken),? wenn ich (?:nicht mehr da|weg|
    tot) wäre(?!\W+(?:vom|von der|von dem|aus dem|aus der|beim|im) )|
    (?:ob|würde) (?:es |mich )?(?:überhaupt )?(?:jemandem|jemand|irgendwem|irgendwer) (?:
    überhaupt )?(?:auffallen|merken|vermissen|fehlen)(?: würde)?,? wenn ich (?:einfach )?(?:
    nicht mehr da|nicht mehr hier|weg|tot) wäre(?!\W+(?:vom|von der|von dem|aus dem|aus der|
    beim|im) )|
    (?:tout le monde|ma famille|mes proches|mes enfants|ils) (?:sera|seront|se portera|
    se porteront|est|sont) (?:bien )?mieux sans moi(?= *(?:[.!…]|$))|
    (?:alle|jeder|meine familie|meine kinder) (?:ist|sind) (?:ohne mich besser dran|
    besser dran ohne mich)(?= *(?:[.!…]|$))|
    (?:todos|todo el mundo|mi familia|mis hijos) (?:estará|estarán|está|están) mejor sin mí
    (?= *(?:[.!…]|$))|
    (?:tutti|la mia famiglia|i miei figli) (?:starà|staranno|sta|stanno) meglio senza (?:di )?me
    (?= *(?:[.!…]|$))|
    (?:todos|todo mundo|minha família|meus filhos) (?:vai|vão) ficar melhor sem mim
    (?= *(?:[.!…]|$))"""
