"""Disagreement and corrections (a typo, a broken link, a missing step), failures reported, and
questions and requests for help.

Data: the package's docstring says how the lists are written and read."""

# Disagreement or a correction, said civilly.
# A word spelled wrong, in the post: a correction ("you spelled 'sourdough' wrong").
SPELLING = r"spelled (?:\S+ )?wrong(?:ly)?|spelling (?:mistake|error)|wrong spelling"

# A broken link reported in Italian or Portuguese ("Il link è rotto.", "O link da receita não
# abre."): a correction, in CRITICAL and CORRECTION.
LINK_BROKEN_IT_PT = r"""link (?:[\w-]+ ){0,5}(?:está|é|è|parece|sembra|risulta) (?:quebrado|
    rotto|morto|partido|inativo|fora do ar|non attivo)(?!\? *(?:no|não),? (?:funziona|funciona))|
    link (?:quebrado|rotto|morto)(?! (?:foi|è stato|já foi) (?:corrigido|consertado|arrumado|
    sistemato|corretto|riparato))|
    (?:o|il|este|esse|questo) link (?:[\w-]+ ){0,5}não (?:funciona|abre)"""

# ... and what the recipe lacks ("Falta a quantidade de açúcar", « Nella ricetta mancano le uova »).
MISSING_IT_PT = r"""falta (?:a quantidade(?! de amor)|a temperatura|o tempo de|um ingrediente|
    o ingrediente)|
    (?:nella ricetta|nel post|tra gli ingredienti) mancan?o"""

# ... and in German, a kind correction: what the recipe or the post lacks („Im Rezept fehlt die
# Hefe.", „Die Backzeit fehlt in der Anleitung."), or a small hint or tip that names a fault („Nur
# ein kleiner Hinweis: …", „Kleiner Tipp: … steht zweimal drin"), which had been quoted back as a
# fine line and starred. Not a recipe that lacks nothing, a reader who lacks the time, nor a tip
# on what to do if something is missing („Kleiner Tipp: Wenn die Hefe fehlt, geht auch Sauerteig.").
MISSING_DE = r"""(?<!mir )(?<!uns )(?:im rezept|in der zutatenliste|bei den zutaten|
    in der anleitung|im beitrag|in der liste|(?:bei|in) schritt \d+) fehl(?:t|en)
    (?! (?:nichts|nix|gar nichts|eigentlich nichts|mir|uns|nur noch)\b)|
    (?<!mir )(?<!uns )(?<!wenn )(?<!falls )fehl(?:t|en) (?:[\w-]+ ){0,3}(?:im rezept|
    in der zutatenliste|bei den zutaten|in der anleitung)(?! (?:nichts|nix)\b)|
    (?:^|(?<=[.!?] ))(?:nur |noch )?(?:ein |als )?(?:kleiner |kurzer |freundlicher )?(?:hinweis|
    tipp)(?: am rande)?
    (?=: (?![^.!?]*\b(?:wenn|falls|sonst)\b)
    (?![^.!?]*\b(?:backe|backen|mache|machen|nehme|nehmen) (?:\w+ ){0,3}(?:doppelt|
    zweimal)\b)[^.!?]*\b(?:fehl(?:t|en)|falsch|stimmt nicht|
    stimmen nicht|geht nicht|funktioniert nicht|doppelt|zweimal|vertauscht|tippfehler|müsste|
    sollte es|heißt es)\b)"""

# Blunt disagreement: a verdict of nonsense on how it is done, then why ("That's nonsense, bread
# doesn't rise like that", „Das ist doch Quatsch, so geht kein Brot auf.", « C'est n'importe quoi,
# le pain ne lève pas comme ça »): critical, not hostile, and no line to star or quote. Not
# nonsense denied or taken back („Kein Quatsch: das beste Brot!", "Sembra una sciocchezza ma
# funziona!"), nor said to comfort the author („Das ist doch Quatsch, du bist keine schlechte
# Bäckerin!").
NONSENSE_SAID = r"""(?:that'?s|that is|this is|it'?s) (?:just |complete |total |utter |pure |
    )?(?:nonsense|baloney|hogwash)|
    (?:das ist|ist) (?:doch |ja |echt |totaler |kompletter |völliger )*(?:quatsch|unsinn)|
    (?:che|è una|questa è una) (?:sciocchezza|stupidaggine|assurdità)|
    c'est (?:vraiment |complètement |du )?n'importe quoi|
    (?:eso|esto) es (?:una )?(?:tontería|bobada|disparate)|qué (?:tontería|disparate)|
    (?:isso|isto) é (?:uma )?(?:bobagem|besteira|tolice|disparate)|que (?:bobagem|besteira)|
    nonsense|rubbish|quatsch|unsinn|n'importe quoi|tonterías?|bobagem|besteira|sciocchezze"""
# ...followed by a claim that something is not so, said of no one here, nor comfort ("That's
# nonsense, it's never too late to learn!", „Das ist doch Quatsch, es ist nie zu spät!").
SAID_TO_COMFORT = r"""you|you'?re|your|du|dein\w*|dich|dir|sie sind|sie haben|tu|te|t'|ti|
    toi|vous|votre|ton|ta|tes|tú|usted|eres|você|sei|hai|too late|too old|zu spät|zu alt|trop tard|
    trop vieux|trop vieille|demasiado tarde|demasiado viej[oa]|troppo tardi|troppo vecchi[oa]|
    tarde demais|velh[oa] demais"""
NOT = r"""not|no|never|\w+n't|nicht|kein\w*|nie|non|pas|jamais|nunca|não"""
NOT_SO = rf"""[,;:—–-]+ *(?![^.!?]*(?<![\w'])(?:{SAID_TO_COMFORT})(?![\w']))[^.!?]*?
    (?<![\w'])(?:{NOT})(?![\w'])"""
BLUNT_DISAGREEMENT = rf"""(?:^|(?<=[.!?] ))(?:but |ma |mais |aber |pero |mas )?(?:{NONSENSE_SAID})
    (?={NOT_SO})"""

# Nonsense said of the author's doubt in themselves, then denied: comfort, not scorn ("That's
# nonsense, you're not a bad baker", „Quatsch, du bist keine schlechte Bäckerin!", « N'importe
# quoi, tu n'es pas nulle ! », "Nonsense, you're a great baker!"); "That's nonsense, you're a bad
# baker." is still scorn. The denial (group "comfort") is praise (tone.nonsense_to_comfort).
YOU_ARE = r"""you'?re|you are|du bist|sie sind|tu es|t'es|vous êtes|eres|sei|você é|tu és"""
YOU_ARE_NOT = r"""you'?re not|you are not|you aren'?t|tu n'es pas|t'es pas|vous n'êtes pas|
    no eres|usted no es|non sei|você não é|tu não és|du bist (?:doch )?(?:kein\w*|nicht)|
    sie sind (?:doch )?(?:kein\w*|nicht)"""
SELF_DOUBT = r"""bad|terrible|awful|lousy|hopeless|useless|stupid|dumb|clumsy|a failure|a fraud|
    an idiot|too old|schlecht\w*|hoffnungslos\w*|unfähig\w*|zu alt|dumm\w*|mauvaise?|nulle?|
    trop vieux|trop vieille|maladroite?|mal[oa]|torpe|inútil|un desastre|demasiado viej[oa]|
    pessim[oa]|negat[oa]|incapace|troppo vecchi[oa]|ruim|péssim[oa]|velh[oa] demais|
    um desastre"""
YOU_PRAISED = r"""great|wonderful|amazing|brilliant|fantastic|talented|gifted|toll\w*|
    großartig\w*|génial\w*|formidable|douée?|genial|estupend[oa]|bravissim[oa]|fantastic[oa]|
    ótim[oa]|incrível|talentos[oa]"""
NONSENSE_TO_COMFORT = rf"""(?:^|(?<=[.!?] ))(?:oh |but |ach |mais |ma |pero |mas )?
    (?:{NONSENSE_SAID})[,;:!.—–-]+ *(?P<comfort>(?:{YOU_ARE_NOT})(?![\w'])[^.!?]{{0,20}}?
    (?<![\w'])(?:{SELF_DOUBT})|(?:{YOU_ARE})(?![\w'])[^.!?]{{0,12}}?(?<![\w'])(?:
    {YOU_PRAISED}))(?![\w'])"""

CRITICAL = rf"""{BLUNT_DISAGREEMENT}|
    i disagree|disagree|i don'?t (?:really |quite |fully )?agree|not sure i agree|
    (?:don'?t|do not|can'?t|cannot) (?:really )?see the point (?:of|in) (?!(?:getting|waking|trying|
    going|living|doing|being|carrying|bothering|keeping|anything|nothing|something|
    everything)\b)[a-z]+ing\b
    (?![^\n]*(?:😂|🤣|\b(?:but (?:it|this|that|yours?|they) (?:works?|worked)|love\w*|lol|
    no-knead|perfect\w*|haha\w*)\b))|
    (?:^|(?<=[.!?,] ))(?:this|this recipe|your recipe|the recipe|this bread|the bread|the loaf|
    this loaf|the method|these instructions|the instructions) (?:was|turned out|came out|tasted)
    (?: just| really| so| absolutely| honestly| pretty| truly)? (?:terrible|awful|horrible|
    inedible|disgusting|dreadful|a disaster|a waste of (?:flour|time|ingredients))
    (?= *(?:[.!…]|$))(?![^\n]*\b(?:sorry|hugs?|hug|poor you|you went through|happened to you|
    but (?:then|now|the second|yours|your|this|it)|thanks to you|fixed|perfect|amazing|loved?|
    delicious|worth it|in a good way|my (?:own )?fault|my bad|user error)\b)|
    thanks for finally (?:getting around to|bothering to|deciding to) (?:\w+ ){{0,4}}(?:i|we) (?:
    reported|pointed out|flagged|mentioned|asked for)(?![\s\S]*\b(?:so happy|so excited|yay|
    woo+hoo+|can'?t wait|worth the wait|love it)\b)|
    next time,? (?:try to |try and )?actually (?:test|try|read|make|bake|cook|proofread|
    check)(?! (?:a double|a triple|double|twice|two|extra|more|(?:the|a) \w+ version)\b)|
    (?:you'?ve|you have|you) misunderstood(?! my| me| nothing)|vous vous trompez (?:sur|dans)|
    can'?t agree|respectfully|push ?back|counterpoint|i'?d argue|i would argue|not convinced|
    unconvinced|(?:isn'?t|is not|not|aren'?t) (?:quite |entirely |really )?(?:right|true|correct|
    accurate|fair|the case)|(?:is|are|was|were) (?:wrong|incorrect|inaccurate|misleading|outdated|
    the wrong)|you(?:'re| are) (?:wrong|mistaken|incorrect)|got (?:it|this|that) wrong|backwards|
    (?:a|one|small|minor|tiny|little|quick|another) typo|typos? (?:in|on|at)|typo:|misspel\w*|
    {SPELLING}|erratum|nitpick|nit|small (?:error|mistake)|
    (?:there'?s|there is|has|is) (?:an?|one) (?:small |minor |tiny )?(?:error|mistake|bug|typo)|
    mistaken|incorrect|inaccurate|
    (?<!taken, )(?<!taken )no offen[cs]e(?= *[.!…]*$)|
    (?<!all )(?<!let's )(?<!lets )(?<!we )stop pretending (?:it'?s|everything|life is|that)|
    (?:kind of |kinda |a bit |pretty |really |so |very )?irresponsible (?:to|of you)
    (?![^\n]*(?:😂|🤣|😆|\blol\b|\bhaha))|
    (?:your|the|this|that) (?:benchmark|methodology|method|analysis|logic|argument|test|
    comparison|premise|reasoning|study|approach) (?:is|was|seems) (?:\w+ )?flawed(?! *\?)|
    misleading|outdated|out of date|deprecated|no longer (?:works|true|the case|valid|accurate|
    exists|needed)|(?:isn'?t|is not|aren'?t) (?:needed|necessary|required) any ?more|
    broken link|link is (?:broken|dead)|dead link|\b404\b|malformed|
    link to [^.!?]{{1,30}} (?:is|seems|looks) dead|dangerous advice(?= *(?:[.!,;]|$))|
    {LINK_BROKEN_IT_PT}|refuso|errore di battitura|{MISSING_IT_PT}|
    {MISSING_DE}|
    (?:post|articolo|testo|ricetta) (?:è )?pien[oa] di errori|
    (?:post|artigo|texto|receita) (?:está |é )?chei[oa] de erros|
    (?:^|(?<=[.!?] ))errado(?= *[:!,.])(?![^\n]*\b(?:mas|porém) é (?:ainda |muito |super )?(?:
    melhor|fácil|facílimo|mais fácil|ótim[oa]|deliciosa?)\b)|
    (?:isso|isto|a receita|esta receita|essa receita) não funciona(?![^.!?]*\?)(?:
    )(?![.…]+ *de (?:tão|tanto)\b)|
    (?<!non )(?<!se )ti sbagli(?![,:!… ]+[^.!?]{{0,30}}\b(?:ancora (?:più|meglio)|molto (?:più|
    meglio))\b)|secondo me sbagli|
    non sono (?:per niente|affatto|proprio|tanto|molto|del tutto|pienamente) d'accordo|
    non sono d ?accordo(?! con chi\b)|non concordo(?! con chi\b)|(?<!non )dissento|
    (?:permettimi|mi permetto|permettetemi) di dissentire|
    non la penso (?:così|come te|allo stesso modo)(?= *(?:[.!…,;:]|$))|
    não é bem assim(?= *(?:[.!…,;:]|$))|
    não estou (?:nada |totalmente |muito |bem )?de acordo(?! com quem\b)|
    please add a warning(?! *:)(?![^\n]*(?:😂|🤣|😆|\blol\b|\bhaha))|
    you could(?: have|'ve) just (?:linked|pointed to|used|read)(?![^.!?]*\bbut\b)|
    (?<!i )(?<!i need to )(?<!i have to )(?<!we need to )hire an editor(?! *\?)|
    get (?:yourself )?an editor|
    wrong on (?:every|so many|many) levels?(?![^.!?]*\b(?:my|i mean)\b)|
    something'?s (?:off|wrong) (?:in|with) (?:the|your|
    this) (?:recipe|post|method|instructions)(?! (?:i|we)\b)|
    expected more (?:depth|detail|from (?:this|you|the post))(?! *\?)|
    doesn'?t (?:work|compile|run)|does not (?:work|compile|run)|didn'?t work|won'?t work|
    silently fails|fails (?:on|with|when|for)|breaks (?:on|when|with|if)|will break|would break|
    won'?t scale|doesn'?t scale|should (?:read|say)|shouldn'?t (?:it|that|this) be|correction|
    you forgot|you missed|you'?re missing|
    (?:is|are) missing (?:a|an|the)|off[- ]by[- ]one|citation needed|oversimplif\w*|too simplistic|
    too (?:long|short|vague|broad)|overstat\w*|exaggerat\w*|a bit much|i'?d be careful|
    be careful (?:with|about|when)|not the same (?:as|thing)|conflat\w*|i see it differently|
    i think you(?:'re| are) missing|strawman|straw man|cherry[- ]pick\w*|fallacy|which is it|
    (?:might|would) be worth (?:adding|mentioning|noting)|(?:blunt|honest|critical) feedback|
    (?:is|are|was) actually (?!(?:really|very|so|quite|pretty|super|great|good|nice|amazing|
    helpful|useful|brilliant|lovely|fun|true|a great))|pas d'accord|je ne suis pas d'accord|
    coquille|faute de frappe|(?:c'était|un peu|trop|assez) fade(?![^.!?]*mais)|
    (?:ça|il|elle|le plat|le gâteau|la sauce) manquait de goût|
    (?<!pas )(?<!ni )(?:trop|un peu) (?:salée?|sucrée?|sèche?)(?= *(?:[.!…,]|$| à mon goût|
    pour moi))|
    (?:(?:je suis|j'ai été|j'étais|suis) |^|(?<=[.!?] ))(?:un peu|assez|très|vraiment|
    plutôt) déçue?s?(?= *[.!…]*$)|
    ingrédients introuvables|
    (?:tu t'es|vous vous êtes) trompée?s?(?! *\?)|
    une erreur|lien mort|petite correction|piccola correzione|pequeña corrección|
    pequena correção|klein foutje|kleine korrektur|stimme nicht zu|
    lien (?:[\w-]+ ){{0,5}}(?:est|semble) (?:mort|cassé|brisé)|
    (?<!que )(?:la|votre|cette) (?:recette|méthode|astuce|technique) ne (?:marche|fonctionne) pas|
    ça ne (?:marche|fonctionne) pas du tout|
    (?:c'est|c'était|cet article est|ce billet est|votre article est|votre billet est) (?:très |
    vraiment |trop |un peu |assez )?(?:confuse?|incompréhensible|illisible)(?! (?:au début|
    au départ|avant|jusqu|pour moi|qu))|votre explication est (?:très |vraiment |un peu )?confuse|
    (?:rien|pas grand-chose) compris à (?:votre|ce|cet) (?:article|billet|texte|explication)|
    nicht einverstanden|tippfehler|ein fehler|ist falsch|
    (?:^|(?<=[.!?] ))(?:c'est|c'était) (?:complètement |totalement )?faux(?! de)|que ce soit faux|
    no estoy de acuerdo|un error|errata|
    es incorrecto|não concordo|um erro|non sono d'accordo|un errore|non funziona|
    ben het niet eens|een fout|klopt niet|i'?d disagree|needs (?:way |a lot |much )?more|
    (?:is|isn'?t|is not) (?:nearly )?enough|rehash\w*|worth (?:fixing|a caveat|correcting|
    mentioning|noting|adding|a note|updating)|might want to (?:fix|update|correct|add|mention|
    check)|
    (?:is|are|was|were) (?:just|simply|plainly|actually|completely) (?:wrong|incorrect|false)|
    not a fan of|(?:might|may) be wrong|
    (?:quel )?dommage qu'(?:elle|il|ça|elles|ils) ne (?:marche|fonctionne|marchent|fonctionnent) pas
    (?= *[.!…]*$)|lástima que no (?:funcione|funciona)(?= *[.!…]*$)|
    schade,? dass (?:es|sie|er|das rezept) nicht (?:funktioniert|klappt)(?= *[.!…]*$)|
    peccato che non (?:funzioni|funziona)(?= *[.!…]*$)|
    pena que não (?:funciona|funcione|dá certo)(?= *[.!…]*$)|
    interesting choice (?:to|of) [^.!?…]{{1,40}}(?:\.\.\.|…)(?= *$)|
    choix intéressant [^.!?…]{{1,40}}(?:\.\.\.|…)(?= *$)|
    ^(?:a )?(?:bold|brave|interesting) choice(?= *[.!…]*$)|
    interesting choice (?:to|of) [^.!?…]{{1,40}}[.!]+ (?:bold|brave)(?= *[.!…]*$)|
    seems (?:wrong|off)|looks (?:wrong|off)|(?:is|are) off|
    (?:is|are|can be) (?:risky|toxic|dangerous|unsafe|harmful) (?:for|to)|
    could you (?:edit|fix|correct|update|add a (?:note|caveat|warning))|please (?:fix|correct|
    update)|
    i'?m guessing you meant|you meant|did you mean|isn'?t really|you can'?t really call|
    if (?:it|this|that|the post|you) (?:weren'?t|wasn'?t|were not|was not|isn'?t|is not) (?:so |
    all |completely |totally |just |that |this )?(?:wrong|incorrect|inaccurate|misleading|outdated)|
    way too|contradicts?|inconsistent|doesn'?t match|don'?t match|mismatch\w*|
    (?:isn'?t|it'?s not|that'?s not|not) (?:quite |entirely |really )?fair|recipe for (?:disaster|
    injury|\w+ splints|trouble)|ignores the|shouldn'?t the|
    (?:this|the post|the article|the recipe|the text|your (?:post|writing|recipe|article|
    blog)) (?:is|was) (?:really |very |so |a bit |quite |pretty |super |too |the most )?
    (?:confusing|hard to follow|difficult to follow)(?! (?:at first|until|before|but (?:this|
    your|now)))|
    hard to read on (?:mobile|my phone|a phone|small screens?)|
    (?:it|this|mine|the (?!original|store)\w+) (?:was|is|tasted|came out) (?:a bit |a little |
    too |rather |quite |very |really |so |pretty |kind of |kinda )?(?:bland|tasteless|too salty|
    too sweet|too dry|greasy|soggy|rubbery)(?![^.!?]*(?:\bbut\b|so i|compared|because i|i lov))|
    not sure why (?:everyone|everybody|people) (?:loves?|likes?|raves? about)(?![^.!?]*\bbut\b)|
    not sure where you'?re getting your (?:info|information)|
    (?:text|font) is (?:too |so |really )?(?:small|tiny)|
    hate (?:the|this|your) (?:recipe|writing|layout|design|font|format|advice)(?= *(?:[.!…,;]|$))|
    (?:took|cost) me (?:\w+ )?(?:hours|days|a day|a week|weeks|all day|the whole \w+) to (?:undo|
    clean up|recover from|repair|fix|untangle) what (?:you|your (?:\w+ )?(?:script|command|code|
    post|guide|tutorial|one-liner|plugin|steps?|advice))|
    undo(?:ing)? (?:the damage|what) (?:you|your (?:\w+ )?(?:script|command|code|post|guide|
    tutorial|one-liner|plugin|steps?|advice)) did|
    why (?:would|on earth would|would you|would anyone|would anybody) (?:anyone |anybody |someone )?
    (?:ever )?(?:use|do|want|need|choose|write|pick|bother|read)(?! anything (?:else|but)\b)
    (?! \w+ (?:else|after|but)\b)(?![^.!?…]*(?:after (?:reading|this)|😍|❤|!))|
    (?:don'?t|do not|can'?t|cannot|fail to) (?:really )?see the point of (?:this|your) (?:post|
    article|piece|tutorial)(?: at all| really| tbh| honestly)?(?= *(?:[.!?…,]|$))|
    not sure what the point of (?:this|your) (?:post|article|piece) is|
    (?:je )?(?:ne )?vois pas (?:trop |vraiment )?(?:l'intérêt|le but|l'utilité) (?:de|d')(?: ce|
    cet| votre| ton)? ?(?:billet|article|post|texte)(?= *(?:[.!?…,]|$))|
    (?:your|this|the) (?:site|blog|page|website) is (?:so+ |really |very |
    painfully |incredibly |too |way too |extremely )?slow(?= *(?:[.!…,]|$|on |to load|lately))|
    (?:your|this|the) (?:site|blog|page|website) takes forever to load|
    (?:ton|votre|le|ce) site (?:est (?:\w+ )?lent|rame)|
    (?:^|(?<=[,.!;] ))fix (?:it|this|that)(?: asap)?(?= *[.!]*$)|
    (?:^|(?<=[,.!;] ))corrige(?:z)? (?:ça|cela)(?= *[.!]*$)|
    (?<!si )(?:vous avez|tu as|t'as) oublié de (?:dire|préciser|mentionner|signaler|indiquer)(?:
    (?! à quel point| combien| que c'(?:est|était) (?:trop |tellement |vraiment )?(?:bon|
    addictif|délicieux|une tuerie)))|
    (?<!si )(?:vous avez|tu as) oublié (?:un|une|le|la|les|d') (?:ingrédient|étape|lien|mot|
    quantité|temps|paramètre|import|point|accent|mot)|
    il manque (?:un|une|le|la|les|des) (?:ingrédient|étape|lien|mot|quantité|temps|paramètre|
    import|parenthèse|guillemet|point-virgule|virgule|accent)|
    (?:it|this|that|your (?:\w+ )?(?:script|command|code|tutorial|guide|post|advice|steps?)|
    the (?:script|command|code)) (?:\w+ )?(?:wiped|deleted|erased|destroyed|corrupted|bricked|
    nuked|broke|trashed) (?:all )?(?:of )?my (?:whole |entire )?(?:database|db|data|files?|
    config|dotfiles|home dir\w*|system|server|build|repo|disk|drive|site|setup|laptop|
    install\w*|machine|computer|pc|mac|phone|project)|
    (?:this|that|your|the) (?:post|advice|take|article|prediction|piece) (?:has )?aged like (?:
    milk|fine milk|a banana|an avocado)|
    (?:this|that|your|the) (?:post|advice|take|article|prediction|piece) (?:has not|hasn'?t|
    didn'?t|did not) aged? well|
    (?:this|that|your|the) (?:post|advice|take|article|prediction|piece) aged (?:badly|poorly)|
    aged like milk(?= *[.!…]*$)|
    drobna poprawka|poprawka|uenig|korreksjon|korrigering|oprava|διόρθωση|уточнення|поправк\w*|
    đính chính|marekebisho|discordo|discrepo|no coincido|fuorviante|stimmt nicht|
    funktioniert (?:leider )?nicht|sbagliat\w*|errat[oa]|erroné\w*|inexact\w*|
    fausse(?! (?:manip\w*|couches?|joie|alerte|modestie)\b)|onjuist|
    nie zgadzam|błąd|ошибк\w*|неправильн\w*|не соглас\w*|yanlış|hata var|kat[ıi]lm[ıi]yorum|
    sai rồi|nhầm|si sahihi"""

# A reader asking for help with their own attempt ("my code doesn't work, can you help?"): a
# question to answer, not a correction of the post.
HELP_REQUEST = r"""(?:can|could|would) (?:you|someone|anyone) (?:please )?help|please help|help me|
    any (?:idea|ideas|clue|hints?) (?:why|what|how)|
    (?:what|where) did i (?:do|go) wrong|i'?m (?:stuck|getting (?:an? )?(?:error|
    exception|\w+error))|i (?:keep )?get(?:ting)? (?:an? |the |this )?(?:error|exception|\w+error)|
    (?:doesn'?t|does not|didn'?t|won'?t) work for me|can'?t get (?:it|this|that) to work|
    my (?:code|script|program|build|install\w*|setup|version|output) (?:doesn'?t|does not|won'?t|
    fails|gives|throws|crashes)|(?:vous )?auriez(?:-vous)? une idée|une idée (?:de pourquoi|
    du problème)|(?:pouvez|pourriez)-vous m'aider|aidez-moi|des conseils ?\?|
    chez moi (?:\w+ ){0,6}\?"""

# A failure the reader reports: beside a request for help, it is their attempt, not the post's.
FAILURE = r"""doesn'?t (?:work|compile|run)|does not (?:work|compile|run)|didn'?t work|won'?t work|
    silently fails|fails (?:on|with|when|for)|breaks (?:on|when|with|if)|
    (?:la|votre|cette) (?:recette|méthode|astuce|technique) ne (?:marche|fonctionne) pas|
    ça ne (?:marche|fonctionne) pas du tout"""

# A bake that let the reader down, or their disappointment, in the six languages readers write
# in most: never quoted back (quote.py), where a thank-you would greet "My loaf came out flat and
# dense, so disappointed", "Se me quemó el pan, qué decepción" or „Mein Brot ist total
# zusammengefallen" with "I love hearing that!". Not a disappointment denied ("never
# disappointing", « pas déçue », "nunca decepciona", „hat mich nicht enttäuscht").
BAKE = r"""loaf|loaves|bread|sourdough|bagels|baguettes?|cake|dough|starter|crust|cookies|
    bake|batch|brioche|focaccia|pie|buns|rolls|pain|gâteau|pâte|levain|miche|tarte|
    biscuits|fournée|pan|bizcocho|masa|tarta|pastel|
    galletas|hogaza|brot|kuchen|teig|sauerteig|laib|brötchen|zopf|hefezopf|torte|plätzchen|pane|
    torta|impasto|lievito madre|pagnotta|ciambella|biscotti|crostata|pão|bolo|massa|fermento|broa|
    fornada"""
# ...unless nothing was left to be disappointed about ("My husband was disappointed there were no
# leftovers!", « déçus qu'il n'en reste plus », "decepcionado porque no sobró nada").
NOTHING_LEFT = r"""(?![^.!?]*\b(?:leftovers?|none left|nothing left|reste plus|restait plus|
    no sobró|no quedó nada|übrig|rimast[oa]|sobrou|acabou)\b)"""
LETDOWN_TOLD = rf"""(?<!not )(?<!n't )(?<!never )(?:disappoint(?:ed|ing)|
    (?:what|such|quite|was|is) a letdown|a (?:bit of a|real|total|big|huge) letdown){NOTHING_LEFT}|
    (?:{BAKE}) (?:\w+ ){{0,3}}?(?:came out|turned out|
    ended up|was|were|is|went) (?:(?!not |never )\w+ ){{0,2}}(?:
    flat|dense|gummy|burnt|burned|raw|soggy|a brick|a disaster|a flop|inedible|rock hard|
    a (?:total |complete |real )?brick)|
    (?:i'?m |so |totally |absolutely )?gutted(?= *(?:[.!…,]|$))|
    (?:{BAKE}) (?:\w+ ){{0,2}}?(?:sank|collapsed|deflated|flopped|fell flat|didn'?t rise|
    did not rise|never rose)|
    (?<!pas )(?<!jamais )(?<!pas été )(?<!aucune )
    (?<!sans )(?:quelle |grosse |une )?déception{NOTHING_LEFT}|
    (?<!pas )(?<!jamais )(?<!pas été )(?:un peu |très |tellement |trop )?déçue?s?{NOTHING_LEFT}|
    (?:{BAKE}) (?:\w+ ){{0,3}}?(?:est resté|est restée|est sorti|est sortie|était|a fini|s'est|
    a) (?:(?!pas )\w+ ){{0,2}}(?:plat|plate|dense|brûlée?|cramée?|pas cuite?|effondrée?|
    affaissée?|ratée?|immangeable|compacte?|tombée? à plat)|
    (?:j'ai )?brûlé (?:mon|ma|mes|toute ma|tout mon) (?:{BAKE})|
    (?:{BAKE}) (?:\w+ ){{0,2}}?n'(?:a|ont) pas (?:du tout )?(?:levé|monté|gonflé)|
    je suis (?:trop |tellement |vraiment )?dégoûtée?|
    (?:{BAKE}) (?:\w+ ){{0,2}}?(?:est|sont) (?:re)?tombée?s? à plat|
    (?:j'ai )?(?:complètement |totalement )?raté (?:mon|ma|mes) (?:{BAKE})|
    (?<!ninguna )(?<!sin )(?<!no )(?<!nunca )(?<!no me )(?<!nunca me )decepci(?:ón|onad[oa]s?|
    onante){NOTHING_LEFT}|
    (?<!ninguna )(?<!sin )(?<!no )(?<!nunca )(?:qué )?desilusi(?:ón|onad[oa]s?){NOTHING_LEFT}|
    se me (?:quemó|quemaron|hundió|hundieron|bajó|desinfló|apelmazó) (?:el|la|los|las|mi|mis) (?:
    {BAKE})|
    (?:{BAKE}) (?:\w+ ){{0,3}}?(?:quedó|salió|quedaron|salieron|estaba) (?:\w+ ){{0,2}}?(?:
    plan[oa]|aplastad[oa]|dens[oa]|quemad[oa]|crud[oa]|apelmazad[oa]|incomible|hundid[oa])|
    (?<!nicht )(?<!nie )enttäusch(?:t|end|ung)(?! nie){NOTHING_LEFT}|
    (?:{BAKE}) (?:\w+ ){{0,3}}?(?:ist|war|
    sind|waren|wurde|wurden|blieb) (?:(?!nicht |nie )\w+ ){{0,2}}(?:
    zusammengefallen|eingefallen|flach|platt|verbrannt|angebrannt|klitschig|
    steinhart|misslungen|sitzengeblieben|nicht aufgegangen|
    roh geblieben)|
    ist mir (?:\w+ ){{0,2}}?(?:verbrannt|angebrannt|zusammengefallen|misslungen)|
    (?<!nessuna )(?<!non )(?<!mai una )(?<!non sono )(?<!non siamo )(?:che )?(?:delusione|
    delus[oa]|deludente){NOTHING_LEFT}|
    (?:{BAKE}) (?:\w+ ){{0,3}}?(?:è venut[oa]|
    è rimast[oa]|è uscit[oa]|era|si è) (?:(?!non )\w+ ){{0,2}}(?:
    piatt[oa]|bass[oa]|dens[oa]|bruciat[oa]|crud[oa]|sgonfiat[oa]|afflosciat[oa]|
    immangiabile|un mattone|durissim[oa])|
    mi si è (?:bruciat[oa]|sgonfiat[oa]|afflosciat[oa])|
    (?:{BAKE}) (?:mi )?si (?:sono|è) (?:\w+ )?(?:bruciat[ioae]|sgonfiat[ioae]|
    afflosciat[ioae])|
    (?<!sem )(?<!nenhuma )(?<!não )(?<!nunca )(?:que )?(?:decepção|decepcionad[oa]s?|
    decepcionante){NOTHING_LEFT}|
    (?:{BAKE}) (?:\w+ ){{0,3}}?(?:ficou|saiu|ficaram|saíram|estava) (?:(?!não )\w+ ){{0,2}}(?:
    solad[oa]|chat[oa]|dens[oa]|queimad[oa]|cru|crua|embatumad[oa]|abatumad[oa]|intragável|
    dur[oa] como (?:uma )?pedra)|
    (?:{BAKE}) (?:\w+ ){{0,2}}?(?:solou|murchou|queimou|desandou|não cresceu|não subiu)"""
# ...unless the same sentence turns out well ("I was devastated when my loaf collapsed, but version
# two is perfect!", „Mein Sauerteig ist ständig zusammengefallen, endlich verstehe ich warum.").
TURNED_OUT_WELL = r"""(?![^.!?]*\b(?:perfect\w*|delicious|amazing|gorgeous|parfait\w*|délicieu\w*|
    perfect[oa]s?|delicios[oa]s?|buenísim[oa]s?|perfekt\w*|lecker|köstlich|perfett[oa]|
    buonissim[oa]|delizios[oa]|perfeit[oa]|delícia|gostos[oa]|understand|comprends|entiendo|
    verstehe|capisco|entendi)\b)"""
LETDOWN = rf"""(?:{LETDOWN_TOLD}){TURNED_OUT_WELL}"""

# What makes a criticism a correction: worth a gold star for the careful reading.
CORRECTION = rf"""(?:a|one|small|minor|tiny|little|quick|another) typo|typos? (?:in|on|at)|typo:|
    misspel\w*|{SPELLING}|erratum|
    broken link|dead link|link is (?:broken|dead)|\b404\b|
    link to [^.!?]{{1,30}} (?:is|seems|looks) dead|
    {LINK_BROKEN_IT_PT}|refuso|errore di battitura|
    {MISSING_IT_PT}|
    {MISSING_DE}|
    should (?:read|say)|shouldn'?t (?:it|that|this) be|small (?:error|mistake)|
    (?:there'?s|there is|has|is) (?:an?|one) (?:small |minor |tiny )?(?:error|mistake|bug|typo)|
    incorrect|outdated|out of date|deprecated|off[- ]by[- ]one|doesn'?t (?:work|compile|run)|
    does not (?:work|compile|run)|(?:is|are) missing (?:a|an|the)|you forgot|malformed|
    (?:tu t'es|vous vous êtes) trompée?s?(?! *\?)|correction|piccola correzione|pequeña corrección|
    pequena correção|klein foutje|
    kleine korrektur|(?:is|are|was) actually|coquille|faute de frappe|une erreur|lien mort|
    tippfehler|
    lien (?:[\w-]+ ){{0,5}}(?:est|semble) (?:mort|cassé|brisé)|
    ein fehler|un error|errata|um erro|un errore|non funziona|een fout|you meant|did you mean|
    i'?m guessing you meant|poprawka|korreksjon|oprava|διόρθωση|уточнення|поправк\w*|đính chính|
    (?<!si )(?:vous avez|tu as|t'as) oublié de (?:dire|préciser|mentionner|signaler|indiquer)(?:
    (?! à quel point| combien| que c'(?:est|était) (?:trop |tellement |vraiment )?(?:bon|
    addictif|délicieux|une tuerie)))|
    (?<!si )(?:vous avez|tu as) oublié (?:un|une|le|la|les|d') (?:ingrédient|étape|lien|mot|
    quantité|temps|paramètre|import|point|accent)|
    il manque (?:un|une|le|la|les|des) (?:ingrédient|étape|lien|mot|quantité|temps|paramètre|
    import|parenthèse|guillemet|point-virgule|virgule|accent)|
    marekebisho|worth fixing|
    (?:small|quick|little|friendly|tiny|just a) heads[- ]up[:,—–-]+ *(?:the|your|there'?s|
    there is|you|in the|step)(?![\w'])|
    (?:you'?ve|you have|you) got (?:the|a|that) (?:date|year|name|number|figure|link|spelling|
    quote|author|order|formula|units?) wrong"""

# Corrections and disagreement in scripts matched anywhere.
CRITICAL_NONSPACED = """間違|誤り|細かいですが|错误|不对|有误|更正|
    정정|잘못|틀렸|오타|خطأ|غلط|تصحيح|
    שגיאה|טעות|תיקון|गलत|ग़लत|सुधार|সংশোধন|اصلاح|แก้ไข"""

# A question asked in the words of one, even without a question mark ("What capo position is
# that in the video"). An English question word does not ask when a subject or "a" follows it:
# it tells ("When I was a kid", "Which I now think was the point", "How you write…", "What a…").
QUESTION_START = r"""(?:(?:how|what|why|when|where|which|who|whom|whose)(?! (?:i|i'm|i've|
    you|you're|we|they|he|she|it|it's|my|our|their|a|an)\b)|what about|how about|could you|
    would you|can you|do you|did you|does it|does this|is it|is there|are there|have you|
    any (?:tips|advice|thoughts|idea|ideas|recommendations?)|wondering (?:if|whether|how|what)|
    can i(?! just| say| tell| add)|could i(?! be any)|should i|do i need|
    (?:would|i'?d) love to know|
    (?:quick|one|a quick|small) q(?:uestion)?(?= *[-:—–]| +(?:can|could|should|do|does|is|are|
    how|what|why|where|when))|
    i wonder|
    curious (?:if|whether|how|what)|est-ce que|pourquoi|comment|wie|warum|wann|gibt es|cómo|
    por qué|dónde|porque|perché|hoe|waarom|(?:(?:sir|madam|ma'am),? )?(?:kindly |please )(?:(?:send|
    email|mail|give|provide|upload) (?:me|us)|share (?:the|your) (?:code|source|pdf|file|link|
    dataset|recipe|slides)))\b"""
