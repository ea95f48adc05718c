"""The farewells of a reader at risk: goodbye letters written, goodbyes said to everyone with thanks
for everything, the last loaf "I'll ever bake", a farewell said in passing ("I don't plan to be
around for Christmas.", "This is goodbye."), and where each means something else (a class, a move,
a holiday, new pans).

Data: the package's docstring says how the lists are written and read; crisis_signs.CRISIS_SIGNS
and crisis_guarded.AT_RISK_EXPLAINED read these lists, each with its ELSEWHERE."""

# Goodbye letters written, goodbyes said to everyone ("I wrote my goodbye letters last night",
# "I've written letters to everyone. Just wanted to thank you too before I go."): not a class's,
# a team's, a move's or Christmas letters.
SIGN_GOODBYES = r"""(?:wrote|written|writing|finished|left|drafted|sent) (?:all )?(?:my|the) (?:
    goodbye|farewell) (?:letters?|notes?|messages?)|
    (?:i'?ve|i have|i) (?:already )?said (?:my )?goodbyes? to (?:everyone|everybody|my (?:family|
    kids|parents|friends|loved ones))(?= *(?:[.!…]|$))|
    my goodbye letters are (?:written|done|finished|ready)|
    (?:written|wrote|left) (?:letters|notes) (?:to|for) (?:everyone|everybody|my (?:family|kids|
    children))[.!…]+ (?:[^.!?]*? )?before i go(?= *(?:[.!…]|$))|
    (?:i'?ve|i have) made my peace(?: with (?:things|everything|it all|all of it|life|
    the world))?(?: and said my goodbyes)?(?= *(?:[.!…]|$))|
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
    (?:won'?t|will not) need (?:the|this|that|your|any) (?:recipes?|starter|bread|blog|
    bakes?|cookbooks?|oven|tins?) (?:any ?more )?where i'?m going(?= *(?:[.!…,]|$))|
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
