"""Sarcasm and jabs dressed as questions or retorts (« Waouh, révolutionnaire. », "Claro que
sí, y yo soy astronauta.", "Who even thinks of this?").

Data: the package's docstring says how the lists are written and read."""

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
# Session 43, German sarcasm starred and quoted: „Na toll, wieder ein Rezept ohne Mengenangaben.",
# „Wow, du hast es echt drauf. Nicht." (not „Na toll, jetzt hab ich Hunger! 😄").
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
    farina|acqua|sale|uova|lievito|forno)(?= *(?:[.!…,👏🙄]|$))|
    (?:^|(?<=[.!?…] ))na (?:toll|super|klasse|prima|großartig),? (?:schon |mal |noch )?(?:
    wieder|wieder so) (?:ein|eine|einer) (?:\w+ ){0,2}?(?:ohne|voller)\b
    (?![^\n]*(?:😄|😂|😍|❤|\bdanke|\bgenau (?:was|das)|\bendlich\b|\bliebe\b|\blecker\b))|
    (?:drauf|toll\w*|super|großartig|genial|lecker|gelungen|hilfreich|beeindruckend|
    talentiert)[^.!?]{0,20}[.!,]+ +nicht[.!🙄 ]*$"""

# French sarcasm on a failure of the author's: « Chapeau, vous avez réussi à rater un pain.
# Fallait le faire. » (not « Chapeau, le pain est magnifique ! Fallait le faire, bravo. », nor the
# reader's own « J'ai raté ma première fournée aussi, fallait le faire ! », nor a train missed:
# « Tu as raté ton train, fallait le faire ! », the failure names a bake or a text); read with
# scorn.SCORN, a laugh beside it too (« …Fallait le faire 😂 » laughs at the author).
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
    (?:tu as|vous avez|t'as) passé des heures(?: *(?:…|\.\.\.))? *à (?:rater|louper|foirer|brûler|
    cramer|massacrer|gâcher|ruiner|bousiller)(?= (?:ta|votre|ton|vos|tes|la|le|les|ce|cette) )
    (?![^\n]*\b(?:moi aussi|nous aussi|moi pareil|pareil pour moi|courage)\b)|
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
