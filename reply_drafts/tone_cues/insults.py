"""Insults and threats, aimed at the author or not: who is aimed at, who said it (reported,
a third party, oneself), and the words that cancel it ("not an idiot").

Data: the package's docstring says how the lists are written and read."""

# Insults that say what they say: hostile unless the commenter says it of themselves ("I felt like
# an idiot") or denies it ("not an idiot").
# Québec (session 38): « Gros cave, va donc chier. », « T'es ben épais, ça marche pas
# pantoute », not « Tu es épaisse comme un fil » nor « vous êtes un peu épais sur la farine »,
# « Vous êtes épais, les pancakes? », « les gros caves du sous-sol », « les maudits colons anglais »
INSULTS = r"""idiots?|moron\w*|imbeciles?|cretins?|dumbass\w*|dipshits?|assholes?|arseholes?|
    bastards?|pricks?|twats?|douche\w*|piece of (?:shit|crap|garbage|trash)|scumbags?|
    waste of (?:oxygen|space|skin)|halfwits?|nitwits?|dimwits?|tossers?|wankers?|
    connards?|abruti\w*|vollidiot\w*|arschlöcher|wichser|
    (?<!m'appelle )(?<!m'appelait )gros caves?(?! d(?:u|e|es)\b)|
    (?:ostie|osti|estie|crisse) d(?:e |')(?:cave|colon|niaiseux|épais|innocent)|
    maudits? (?:caves?|colons?(?! (?:anglais|français|britanniques))|niaiseux|épais(?! d))|
    (?:t'es|tu es|vous êtes) (?:ben |vraiment |tellement |assez )?épais(?:se)?s?(?= *(?:[.!…,]|$))
    (?!,? (?:les|la|le|disait|dit|comme|pour)\b)|
    (?:vollpfosten|arschloch)(?![^.!?]*(?:😂|🤣|gelacht|lol|haha))|
    idiota|imbécil\w*|gilipollas|stronz\w*|klootzak|un'(?:idiota|imbecille|cretina|stronza)|
    cretin[oa]|cretini|imbecill[ei]|coglion[ei]|pendejo|idioot|idioten|sukkel|
    babaca(?! sou eu)|babacas|
    (?:você é|voce é|vc é|tu és) uma piada(?= *(?:[.!…,]|$))|
    fai (?:proprio |davvero |solo )?pena(?= *(?:[.!…,]|$))|
    дурак|идиот"""

# Words that insult only when aimed ("you clown", "this clown"): a clown at a circus is a clown.
INSULTS_AIMED = r"""clowns?|losers?|fools?|jerks?|hacks?|frauds?|fraude|charlatans?|snowflakes?|
    grifters?|
    (?:muppets?|numpt(?:y|ies))
    (?![^\n]*(?:😂|🤣|😆|😜|😘|❤|\b(?:lol|haha\w*|see (?:you|ya)|love you|xx+)\b))|
    trolls?|shills?|content farm|crétine?s?|idiotes?|débile|
    guignols?|bouffons?|
    incompétente?s?|
    trottel|depp|lügner(?:in)?|
    ignorantes?|mentiros[oa]s?|
    pringad[oa]s?|pfeife|estúpid[oa]s?|incompetente|nul(?:le)?|dumm|blöd|inútil|inutile|
    incapace|un'(?:incapace|inutile|incompetente|ignorante)"""

# What comes just before an aimed insult: "you", "you're a", "this", "what a", "get outside,".
# Session 39: Portuguese "você é um" ("Que texto horrível, você é um incompetente." had been
# quoted back).
# Portuguese "você é" said of oneself too: "Se você é incompetente na cozinha como eu, ...",
# "Você é um inútil na cozinha? Eu também era" (session 39 review: read as an insult).
AIM_PT = "você é|voce é|voce e|tu és"

# ... when the insult is asked, or said of the kitchen or "like me" (tone._insults).
AIM_PT_ASKED = r"[^.!?\n]*(?:\?|\bcomo eu\b|\bna cozinha\b)"

AIM = rf"""(?:you|you'?re|you are|ur|u r|this|what an?|such an?|the author is|author is|
    this guy is|this person is|he'?s|she'?s|they'?re|like you|[a-z]+,|t'es|tu es|vous êtes|
    l'(?:auteure?|autrice|autore) (?:est|è)|(?:der autor|die autorin) ist|(?:el autor|la autora) es|
    (?:o autor|a autora) é|
    du bist(?: ja)?|bist du|sie sind(?: ja)?|eres|sei|(?<!se )(?:{AIM_PT}))(?:\W+\w+){{0,2}}\W+"""

# Swears a draft never quotes back, even when they are said of the reader's own day ("Ma journée
# de merde est sauvée par ta tarte"): CONTEMPT spares a bad day from scorn, not from the quote.
SWEARS = r"""scheiß\w*|scheiss\w*|de merde|de mierda|di merda"""

# What contempt is aimed at when it is hostile: the author, the post, someone in the comments.
TARGET = r"""you|your|yours|you'?re|yourself|this|these|the author|the writer|the post|article|
    blog|blogger|writer|author|post|advice|take|essay|piece|writing|recipe|comments|l'auteur|
    artikel|articolo|artículo|eres|sei|du bist|tu es|tuto|tutoriel|billet|
    artigo|tutorial"""

# A person is hurt by these whatever else the comment says: better not to reply at all.
SEVERE = r"""f+[\W_]*u+[\W_]*c+[\W_]*k+(?:ing)? (?:you|off|yourself)|fu+ck (?:you|off)|f off|
    f\*+ (?:you|off)|screw you|piss off|go to hell|go die|die in a|stfu|gtfo|
    (?<!oh )shut (?:the \w+ )?up(?! and take my (?:money|upvote|like|follow|sub))(?! *!)
    (?![^.!?]{0,60}?\b(?:incredible|amazing|awesome|brilliant|great|genius|perfect|gorgeous|
    stunning|love|wow|delicious|beautiful|insane|so good|too good)\b)(?![^.!?]{0,60}?(?:😭|😍|🤤))|
    kys|kill yourself|hope you (?:die|get (?:cancer|hit|fired|sick))|i know where you live|
    (?:i )?hope (?:your|ur) (?:\w+ )?(?:dog|cat|kids?|children|baby|mom|mum|mother|dad|father|
    family|wife|husband|pet) (?:dies|die|gets (?:cancer|hit|run over|sick))(?= *(?:[.!…]|$))|
    you(?:'re| are) (?:a |an )?(?:worthless|disgusting|pathetic|subhuman|vermin)|
    (?:fuck|screw) (?:the author|this author|this blog|your blog)|va te faire|ta gueule|
    va (?:donc )?chier|
    fick dich|halt die fresse|vete a la mierda|cállate|vaffanculo|
    vai a cagare(?!, che (?:\w+ )?(?:buon[oa]|bell[oa])\b)|
    verpiss dich(?!, (?:winter|regen|kälte|schnee|montag|erkältung|grippe|schnupfen)\b)|
    (?:vai se foder|vai tomar no cu)(?!, que (?:\w+ )?(?:bom|boa|lindo|linda|gostos[oa])\b)|
    (?:i'?ll|i will|i'?m going to|i am going to|gonna) make you (?:regret|pay)|
    you'?(?:ll| will) (?:regret (?:this|it|writing)|pay for (?:this|that|it))|watch your back|
    (?:people|women|men|girls|guys) like you (?:get|deserve|should get) (?:hurt|what|beaten|shot)|
    or (?:else|you'?ll regret it)\b(?! \w)|tu vas le regretter|das wirst du bereuen|
    (?:^|(?<=[.!?] ))(?:just |why don'?t you |you should )?go back (?:to (?:your|ur) (?:own )?
    country|(?:to )?where you came from)(?= *[.!?…]*$)|
    (?:^|(?<=[.!?] ))(?:retourne|rentre) (?:dans ton pays|d'où tu viens)(?= *(?:[.!?…,]|$))|
    (?:you'?ll|you will) be hearing from my (?:lawyer|attorney|solicitor)|
    (?:i'?ll|i will|i'?m going to|i am going to|gonna) sue you(?= *[.!…]*$| for (?:defamation|
    libel|copyright|stealing|using my|every penny))|(?:nobody|no one) wants you (?:here|in (?:this|
    our) country)|
    (?:i'?m|i am) suing you(?= *[.!…]*$)|see you in court(?= *[.!…]*$)|
    you'?ll hear from my (?:lawyer|attorney)|my (?:lawyer|attorney) will be in touch|
    (?:vous allez|tu vas) entendre parler de mon avocat|
    je vais (?:vous|te) (?:poursuivre|attaquer) en justice|on se (?:verra|reverra) au tribunal|
    your (?:home )?address is \d+ \w+(?: \w+)? (?:street|st|road|rd|avenue|ave|lane|ln|drive|
    way|boulevard|blvd|rue)|
    (?:(?:would be a|be a real) |^|(?<=[.!?] ))shame if (?:something|anything) (?:happened|
    were to happen) to (?:you|them|your (?:family|kids|children|house|home|wife|husband|dog|
    cat))(?= *[.!…]*$)"""

# What comes just before an insult someone else said, reported: "someone called you", "they said
# you were". The commenter is not the one insulting ("...They're wrong, this post is great.").
# Only the past: "my friends call you a fraud", "everyone says you're an idiot" are the commenter's.
REPORTED = r"""(?<!\bi )(?<!\bwe )(?<!\bi'm )(?<!\bim )(?:called|calling|named|said|wrote|
    claimed)(?: that)?
    (?: (?:you|the author|this post|your post|your blog|
    it))(?: (?:are|were|was|is|'re))?(?:\W+\w+){0,2}\W+"""

# What comes just before an insult said at the reader's home, reported: „Mein Mann rief: Du
# Idiot! 😂", « Mon mari m'a dit : t'es nulle ! », "Mi marido me gritó: ¡idiota!", "Mio marito ha
# urlato: idiota!", "Meu marido gritou: idiota!", "My husband yelled: you idiot!". The words are
# aimed at someone in the story, not at the author.
HOME_SPEAKER = r"""(?:my|our|mein\w*|unser\w*|mon|ma|mes|notre|nos|mi|mis|nuestr[oa]s?|(?:il |la |
    i |le )?(?:mio|mia|miei|mie|nostr[oa])|(?:o |a |os |as )?(?:meu|minha|meus|minhas|noss[oa]s?))
    (?: \w+)? (?:husband|hubby|wife|partner|boyfriend|girlfriend|son|daughter|kids?|children|
    mum|mom|mother|dad|father|sister|brother|grandma|granny|nan|grandpa|friends?|flatmate|
    roommate|mann|frau|freund|freundin|sohn|tochter|mutter|mama|vater|papa|schwester|bruder|
    kinder|oma|opa|mari|femme|copain|copine|fils|fille|mère|maman|père|sœur|frère|enfants|
    mamie|papi|marido|esposa|mujer|novio|novia|hijos?|hijas?|madre|padre|hermanas?|hermanos?|
    abuela|abuelo|amig[oa]s?|marito|moglie|ragazz[oa]|figli[oa]?|figlie|sorella|fratello|
    nonna|nonno|amic[oa]|amici|amiche|esposo|mulher|namorad[oa]|filh[oa]s?|mãe|pai|irmãs?|
    irmãos?|avó|avô)"""
SAID_AT_HOME = rf"""(?:{HOME_SPEAKER})(?:[ ,]+\w+){{0,6}}?[ ,]+(?:(?:me|mi|m'|mich|mir|to me) ?)?
    (?:ha |hat |a |has |have )?(?:yelled|shouted|screamed|said|says|called me|told me|went|
    laughed|rief|ruft|sagte|sagt|schrie|schreit|meinte|brüllte|gerufen|gesagt|geschrien|
    crié|dit|hurlé|lancé|traitée? d[e']|s'est exclamée?|gritó|grita|dijo|dice|exclamó|
    llamó|urlato|gridato|detto|esclamato|dato del(?:la|l')?|gritou|grita|disse|diz|
    exclamou|chamou de|berrou)(?:\W+\w+){{0,3}}\W+"""

# What comes just before an insult aimed at someone else, in defence of the author: "your ex is an
# idiot", "the people who laid you off are morons", "cancer is a bastard", "My husband says it's
# cardboard but he's an idiot".
# Not "whoever wrote this" nor "people who write posts like this": that is the author.
THIRD_PARTY = r"""(?:\bex|boss|manager|bull(?:y|ies)|landlord|employer|coworkers?|colleagues?|
    neighbou?rs?|cancer|critics|haters|trolls|
    (?:who|whoever) (?:\w+ ){0,3}(?:laid you off|fired you|hurt you|left you|bullied you|dumped you|
    cheated on you|doubted you|attacked you)|
    whoever wrote that (?:\w+ )?(?:review|comment|email|message))(?:'re| is| are| was| were|
    sounds? like)(?:\W+\w+){0,2}\W+|
    (?:mein|meine) (?:chef|chefin|nachbar|nachbarin|ex|vermieter|vermieterin|kollege|kollegin)
    (?: ist| war)(?:\W+\w+){0,2}\W+|
    (?:my|our) (?:husband|hubby|wife|partner|boyfriend|girlfriend|dad|brother|son|kids?|boss|
    flatmate|roommate|neighbou?r)\b[^.!?]{0,40},? but (?:he'?s|she'?s|they'?re|he is|she is|
    they are)
    (?:\W+\w+){0,2}\W+"""

# Words that cancel what follows them ("not stupid", "isn't garbage").
NEGATION = r"""(?:\bnot|\bnever|\bno|n't|\bhardly|\bfar from)(?:\W+\w+){0,2}\W*$"""

# The same in French, German, Italian, Spanish and Dutch, for insults only ("t'es pas nul", "du bist
# nicht dumm"): beside praise they would cancel too much ("...nicht gesehen. Danke!").
NEGATION_OTHER = r"""(?:\bpas|\bjamais|\bnicht|\bkein\w*|\bnon|\bnunca|\bniet|\bgeen)
    (?:\W+\w+){0,2}\W*$"""

# "I am", "I felt like", "I'm such": an insult a commenter says of themselves.
SELF = r"""(?:\bi(?:'?m| am| was| felt| feel| look(?:ed)?)(?: like)?|\bme|\bmyself|\bmy|
    \bje suis|\bje me sens|\bich bin|\bich fühle mich|\bich komme mir|\bsoy|\bme siento|
    \bmi sento|\bsono(?= una?\b| proprio una?\b| $))
    (?:\W+\w+){0,2}\W*$"""
