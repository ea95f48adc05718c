"""Scorn of the post and its author said as a phrase, hostile on its own, mostly in English:
"I used to like this blog.", "Nobody asked", "Get a real job", scorn for a hard day ("another
sob story"), and personal attacks ("you look old", "women shouldn't code").

Data: the package's docstring says how the lists are written and read."""

# Contempt said as a phrase: hostile on its own. Session 38, French: « Toi t'es la honte des
# blogueuses culinaires. », « Bravo, t'as réussi à rater une recette de pâtes. » (not the reader's
# own « J'ai réussi à rater une recette de pâtes 😂 »), « Pas mal pour une fille. », « Sympa pour
# un amateur. », « C'est bien, pour un blog de ménagère. » (not « Sympa pour un amateur comme
# moi, les explications sont claires », « Ce kit est sympa pour un amateur. », « Ma fille m'a
# dit : t'as réussi à rater une omelette. »), all of which had been starred and quoted.
# Joined in this order with scorn_intl's lists (tone._CONTEMPT_PHRASE):
# SCORN | SCORN_FR | SCORN_INTL | SCORN_PERSONAL.
# Not "Thanks for nothing short of the best brownie recipe ever." nor "Other people have it
# worse, so I shared half the loaf with my neighbours!" (a "so" that tells no one to cheer up).
SCORN = r"""i used to (?:like|love|enjoy|read) this (?:blog|site)(?= *[.…]*$)|
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
    do (?:some|your) (?:research|homework)
    (?! before (?:baking|you bake|starting|you start|buying|you buy|choosing|you choose)\b)
    (?![^\n]*\b(?:i (?:learned|learnt|found out)|the hard way|unlike me|like i didn'?t)\b)|
    ever heard of (?:google|research)|
    thanks for nothing(?! short of| but the best)(?![^\n]*(?:😂|🤣|\blol\b|\bhaha|\bjk\b|
    just kidding|my (?:own )?fault))|
    cheers for nothing(?= *[.!…]*$)(?![^\n]*(?:😂|🤣|\blol\b|\bhaha|worth it))|
    captain obvious|stating the obvious|thought leader|groundbreaking\. truly|what a joke|
    worked like a charm(?:\.{2,}|…) *(?:for (?:the first|about|all of|a whole) (?:\w+ )?(?:
    minutes?|seconds?|hours?)|until|right up until|not(?! (?:a|one) ))\b(?![^\n]*\b(?:ate|eaten|
    devoured|crumbs?)\b)|
    (?:^|(?<=[.!?] ))oh (?:great|wonderful|joy|goody|perfect),? (?:yet )?another (?:
    [\w-]+ ){0,3}(?:recipe|post|article|blog post|loaf|tutorial|listicle)(?= *[.…]*$)|
    (?:^|(?<=[.!?] ))oh (?:great|brilliant|wonderful|joy|goody|perfect|fantastic|lovely),? (?:
    yet )?another (?:[\w-]+ ){0,2}(?:recipe|post|loaf|bake|tutorial) that (?:takes|needs|
    requires) (?:two|three|four|five|six|seven|several|multiple|\d+) (?:days|hours|weeks)
    (?= *[.…]*$)|
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
    (?:^|(?<=[.!?] ))(?:honestly,? |well,? )?(?:other )?people have it (?:so much |much |far |way )?
    worse(?= *(?:[.!…]|$|,? (?:chin up|get over it|move on|so (?:stop|quit|get over|move on|
    chin up|cheer up|toughen up|deal with it))\b))|
    (?:^|(?<=[.!?,] ))(?:there'?s )?no need to (?:post|write|blog|make a (?:whole )?post) about it
    (?= *(?:[.!…]|$))|
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
    cancella questo blog|fai un favore a tutti|lösch deinen blog|borra tu blog"""

# Personal attacks, harassment, a loss used as content, and a few more jabs.
SCORN_PERSONAL = r"""just what the (?:world|internet|web) (?:needed|needs)|
    comme si on en manquait(?= *[.!…]*$)|
    you'?ve (?:gained|put on) (?:(?:some|a lot of|so much|a bit of) )?weight|
    should (?:someone|somebody|a person|people) (?:of )?your (?:size|weight|age|shape) (?:
    really |even )?be|
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
