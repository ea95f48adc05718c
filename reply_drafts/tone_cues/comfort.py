"""Comfort and care: condolences and comfort offered to the author, a question that asks after
them, a grief that asks how to live with it, a hard time still lived.

Data: the package's docstring says how the lists are written and read."""

from reply_drafts.tone_cues.people import KIN, KIN_OTHER, PETS

# A reader asking after the author on their hard day ("how are you holding up?", "can I bring you
# dinner?"): a kindness to thank, not a question to promise an answer to.
CARING_QUESTION = r"""how are you (?:holding up|doing|feeling|coping|keeping)|
    how'?s (?:your|the) (?:\w+ )?(?:doing|holding up)|how is your (?:\w+ )?(?:doing|holding up)|
    are you (?:ok|okay|alright|all right|doing (?:ok|okay|alright)|sick|ill|unwell|
    feeling better)|
    (?:is there )?anything (?:i|we) can do(?: to help)?|do you need anything|
    (?:can|could|may) (?:i|we) (?:bring|send|drop off|make) you|need anything at all|
    comment allez-vous|comment vas-tu|comment ça va|ça va aller|tu tiens le coup|
    vous tenez le coup|(?:puis-je|est-ce que je peux|peut-on) (?:faire quelque chose|vous aider|
    t'aider)|avez-vous besoin de quoi que ce soit|
    (?:voulez-vous|vous voulez|veux-tu|tu veux) que je (?:vous |t')?(?:apporte|aide|prépare|
    passe)|
    cómo lo (?:llevas|estás llevando)|cómo estás llevando (?:todo )?(?:esto|eso)|
    cómo te encuentras|cómo estás(?: tú| ahora| hoy)?\?*(?= *$)|
    (?:necesitas|te hace falta) algo\?*(?= *$)|(?:puedo|podemos) hacer algo por ti|
    quieres que te (?:lleve|traiga|prepare) (?:algo|comida|la cena|la comida)|
    wie geht(?:'s| es) dir(?: jetzt| heute| inzwischen| damit)?\?*(?= *$)|
    wie geht es dir damit|wie kommst du (?:damit )?(?:zurecht|klar)|wie hältst du (?:dich|durch)|
    brauchst du (?:irgendwas|irgendetwas|etwas|was)\?*(?= *$)|
    kann ich (?:irgendwas|irgendetwas|etwas|was) für dich tun|
    soll ich dir (?:etwas|was) (?:zu essen )?(?:bringen|kochen|vorbeibringen)|
    (?:come stai|come va|come ti senti|come (?:la )?stai (?:vivendo|affrontando))(?: oggi| adesso|
    ora| in questi giorni)?(?:\?+|(?= *$))(?![^?]*\?)(?:
    )(?! *(?:e tu\?* *)?(?:io|eu|noi|nós|qui|aqui)[, ]+(?:sto |
    estou |tô |stiamo |estamos |tudo )?(?:benissimo|bene|alla grande|ótim[oa]s?|bem|muito bem|
    super bem|otimamente)\b)|
    (?:hai bisogno di qualcosa|posso fare qualcosa per te)\?*(?= *$)|
    (?:como (?:você |tu )?(?:está|estás|vai|vais|te sentes)|como (?:você )?está se sentindo|
    como (?:você )?está (?:lidando|aguentando)(?: com tudo(?: isso)?)?|
    está tudo bem (?:com você|contigo))(?: hoje| agora)?(?:\?+|(?= *$))(?![^?]*\?)(?:
    )(?! *(?:e tu\?* *)?(?:io|eu|noi|nós|qui|aqui)[, ]+(?:sto |
    estou |tô |stiamo |estamos |tudo )?(?:benissimo|bene|alla grande|ótim[oa]s?|bem|muito bem|
    super bem|otimamente)\b)|
    (?:precisa|precisas) de alguma coisa\?*(?= *$)|
    posso (?:fazer|ajudar (?:em|com)) alguma coisa(?: por (?:você|ti))?\?*(?= *$)"""

# Comfort offered to the author: the comment is about a hard time even when it names none.
COMFORT = rf"""i see you(?!'re|'ve|'d|'ll)(?! (?:have|are|had|were|did|do|use|using|wrote|
    mention\w*|updated|changed|got|like|there|also|now))|
    sending (?:you )?(?:strength|light|prayers|good thoughts|healing)|thinking of you|
    (?:so |very |truly )sorry (?:this|that) happened|
    i (?:don'?t|do not) know what to say(?:,? (?:except|but|other than))|
    prayers (?:for|to) (?:you|your family)(?= *(?:[.!…,🙏❤]|$| and (?:your|the) family| all))|
    hope (?:he|she|they|(?:your|ur) (?:\w+ )?(?:{KIN}|{PETS}|back|knee|leg|arm|wrist|shoulder|
    health))(?: gets?| is| feels?) better soon|
    on pense (?:fort |bien )?à (?:toi|vous)(?= *(?:[.!…,]|$| ❤| 💛| 🤍))|
    estou pensando em (?:você|ti)|ti penso(?: (?:tanto|forte|molto|sempre))?(?= *(?:[.!…,]|$| ❤))|
    ti sono vicin[oa],? (?:[\w']+ ){{0,4}}in (?:questo momento|questi giorni)|
    (?:meus|os meus|sinceros) pêsames|
    hope (?:you'?re|ur|you are) (?:ok|okay|alright|all right|doing ok(?:ay)?)(?= *(?:[.!…,]|$))|
    thoughts are with|(?:on est|nous sommes) (?:tous )?avec (?:vous|toi)(?! (?:dans|pour|sur|à|au|
    en)\b)|
    get well soon|(?:wishing you a )?speedy recovery|feel better soon|
    hope (?:you'?re|ur|you are|u r) (?:feeling|doing) (?:much |a lot |a bit |so much )?
    better(?= *(?:[.!…,—–-]|$|now|soon|after|by now|these days))|
    bon rétablissement|prompt rétablissement|remets-toi vite|(?:gute|baldige) (?:besserung|
    genesung)|que te mejores|mejórate pronto|pronta recuperación|buona guarigione|
    rimettiti presto|guarisci presto|^melhoras|(?:boas|rápidas) melhoras|recupera-te depressa|
    holding you|be (?:so )?gentle with yourself|
    (?:quelle horreur|c'est (?:horrible|terrible|affreux)),? (?:tout )?ce qui (?:t'est|
    vous est) arrivée?s?(?= *(?:[.!…]|$))|
    so sorry (?:to hear|about|for)|(?:i'?m|i am) (?:so |very |truly )?sorry (?:to hear|
    about your|for your|for what)|sorry to hear|praying for (?:you|your)|here for you|
    you(?:'re| are) not alone|one day at a time|my heart goes out|with (?:deepest )?sympathy|
    lo siento much\w*|mi dispiace (?:tanto|tantissimo|molto)|
    je pense (?:très |bien )?(?:fort )?à (?:toi|vous)|ich denke? an (?:dich|euch)|
    sinto muito|sinceres condoléances|mein beileid|
    (?:désolée?s?|navrée?s?) pour (?:votre|vos|ton|ta|tes) (?:\w+ )?(?:perte|deuil|papa|maman|
    {KIN}|{KIN_OTHER})(?= *(?:[.!…]|$))"""

# Comfort said in the first person ("my condolences", "I'm so sorry for your loss", "toutes mes
# condoléances"): its "I" and "my" are the comforter's, not a hard time of their own (grief.py).
CONDOLENCE = r"""(?:my|our) (?:deepest |sincere(?:st)? |heartfelt |warmest )?(?:condolences|
    sympath(?:y|ies))|
    (?:i'?m|i am|we'?re|we are) (?:so |very |truly |deeply |really )*sorry (?:to hear|about your|
    for your|for the loss|for what|(?:that )?(?:your|you're|you))|
    (?:my|our) (?:thoughts|prayers|hearts?) (?:are |is )?(?:with|go(?:es)? out to)|
    my heart goes out|(?:i'?m|i am) (?:thinking of|here for) you|
    (?:toutes )?(?:mes|nos) (?:plus )?(?:sincères )?(?:condoléances|pensées)|
    je pense (?:très |bien )?(?:fort )?à (?:toi|vous)|
    je suis (?:de tout c(?:œ|oe)ur |là )?avec (?:toi|vous)|je suis là pour (?:toi|vous)|
    je (?:t'|vous )envoie (?:plein de |beaucoup de |toute ma |toutes mes )?(?:force|courage|
    tendresse|pensées)|je suis (?:tellement |vraiment |si |sincèrement )?désolée? pour (?:ta|votre)
    (?: perte| deuil)|
    (?:mein|unser) (?:herzliches |aufrichtiges |tiefes )?beileid|meine gedanken sind bei|
    ich denke an (?:dich|euch)|(?:os )?meus sentimentos|mis condolencias|mi más sentido pésame|
    (?:le )?mie (?:sentite )?condoglianze|mijn (?:oprechte )?deelneming|
    ik denk aan (?:je|jou|jullie)|
    (?:^|(?<=[.!?…] ))(?:(?:deepest|sincere(?:st)?|heartfelt|sincères|sentidas|sinceras|
    herzliches|aufrichtiges|tiefes|sentite|sincere|sentidos|sinceros) )?(?:condolences|
    sympathies|condoléances|condolencias|pésame|beileid|anteilnahme|condoglianze|condolências|
    pêsames)(?= *(?:[.!…,]|$| (?:to|à|a|an|al|alla|all'|para|aux?) ))"""

# ... unless it is still hard ("years ago, and I still can't...").
STILL_HARD = r"""still (?:struggl\w*|hurts?|hurting|recovering|grieving|looking|searching|
    unemployed|sick|ill|in treatment|fighting|dealing|can'?t|cannot|haven'?t|miss|suffer\w*|
    homeless|scared|afraid|stings?|hard|raw|painful|in (?:rehab|hospital|treatment|therapy))|
    it'?s (?:still )?hard|never (?:really )?recovered|(?:scared|afraid) it'?s back|
    diagnos\w*|chronic\w*|to this day|
    never (?:got|get|really got) over|(?:is|it'?s) back|came back|relapse\w*|
    again (?:now|this year|last week)|toujours pas|encore aujourd'hui|
    j'en souffre encore|est revenue?|rechute|n'arrive (?:plus|pas)|je ne m'en remets pas|
    jamais retrouvé|j'ai du mal|peur|cherche toujours|me manquen?t?|(?:est|sont) partie?s?|
    tengo miedo|ho paura|tenho medo|ich habe angst|ik ben bang|immer noch|todavía|ancora oggi|
    ainda hoje|nog steeds|
    è tornat[oa]|recidiva|ancora (?:in cura|in terapia|fa male|malat[oa])|
    voltou|ainda (?:dói|em tratamento|doente|sofro)"""

# A grieving reader's question about living with it, not one to answer later ("does it ever get
# easier?", "how did you cope?").
GRIEF_QUESTION = r"""(?:does|did|will) it (?:ever )?get (?:any )?easier|(?:how|when) (?:did|do|does|
    can|could) (?:you|one|anyone|i|we) (?:\w+ )?(?:cope|deal|get through|go on|keep going|
    move on|survive|bear it|heal|manage)|will (?:it|the pain|this|the grief) ever (?:stop|end|
    go away|fade|ease)|is (?:it|this) normal (?:to (?:feel|still|cry|miss|be|not)|that i)|
    (?:do|does|will) (?:you|it|one) ever stop|
    how long (?:did|does|will) (?:it|the grief|the pain) (?:take|last)|
    why (?:him|her|them|me|us)(?= *\?)|why did (?:this|it) happen|
    est-ce que (?:ça|cela) (?:finit par |va )?(?:passer|s'arranger|aller mieux)|
    (?:ça|cela) passe un jour|
    comment (?:avez-vous|as-tu|faites-vous|fais-tu|on fait)(?: fait)?(?: pour)? (?:\w+ )?(?:tenu|
    tenir|surmonter|surmonté|fait face|faire face|continuer|avancer)|
    est-ce normal de"""

# Comfort that fits a hard time but also a happy one: counts on a support post or beside grief.
# Not strength the reader has lost ("Non ho più la forza di fare niente", "sem força").
COMFORT_WEAK = r"""sending (?:you )?(?:so much |all my |my )?(?:love|hugs?|warmth|care)|hugs?|💔|🕯️?|
    🫂|fingers crossed for you|
    big hugs|virtual hug|(?:i'?m|i am) so sorry|take (?:good )?care of yourself|rooting for you|
    take all the time you need|with love|un abrazo|un câlin|(?<!a )(?<!mais )(?<!sem )força|
    (?<!la )(?<!più )(?<!della )(?<!senza )forza|
    (?<!le )(?<!du )(?<!de )(?<!ce )courage|
    ti sono vicin[oa]|(?:i'?m|i am) here if you (?:ever )?need (?:anything|me|to talk|someone)(?:
    (?= *(?:[.!…,]|$| ❤| 💛| 🤍)))"""

# Cheer that comforts only beside another word of comfort ("Mucho ánimo, te mando un abrazo",
# "Força, estou contigo"); alone it may cheer a bake or a race ("¡Ánimo con el horno nuevo!").
COMFORT_CHEER = r"""hang in there|(?:mucho |muchísimo )?ánimo|halt(?:et)? durch|viel kraft|
    (?:ich )?umarme dich|
    estou (?:contigo|com você)(?= *(?:[.!…,]|$| ❤| 💛| 🤍))"""

# Cheer for a task ahead, not comfort for a hard time ("Un abrazo y mucho ánimo con el examen",
# "Forza per la gara!", "Good luck, big hugs"): two weak words of comfort beside it are no comfort.
CHEER_FOR_A_TASK = r"""(?:hang in there|ánimo|forza|força|courage|halt(?:et)? durch) (?:con|per|
    para|pour|com|mit|for|bei|with|avec|no|na|nel|nella|en|a|à|al|alla|au|beim)\b(?! (?:todo|
    tutto|tudo|tout|allem|everything)\b)|good luck|bonne chance|suerte|
    buona fortuna|in bocca al lupo|viel glück|viel erfolg|boa sorte|toi,? toi,? toi"""
