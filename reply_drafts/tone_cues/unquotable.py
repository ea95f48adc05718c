"""What a draft never quotes back to a reader (quote.py): what they tell of their own health or
identity, and campaigning.

Data: the package's docstring says how the lists are written and read."""

from reply_drafts.tone_cues.people import KIN, KIN_OTHER

# What a commenter tells of their own health, body, addiction or identity ("I'm a recovering
# alcoholic", "my son is autistic", "as a trans woman"): theirs to say, not a line for the author
# to quote back with a gold star, so the quote picker (quote.py) passes over such a sentence.
DISCLOSURE = rf"""alcoholic|alcoholism|sobriety|autis\w*|adhd|dyslexi\w*|
    (?:in|to|out of|from) rehab(?= *(?:[.,;!]|$|for|again))|(?:in|use[sd]?|using) a wheelchair|
    wheelchair user|transgender|non-?binary|diabetic|
    epilep\w*|bipolar|ptsd|fibromyalgia|fibromialgia|fibromyalgie|lupus|ivf|infertil\w*|
    miscarr\w*|homeless|
    (?:recovering|former|drug|alcohol|gambling|opioid) addicts?|single (?:mom|mum|dad|parent)|
    widow(?:ed|er)?(?!s?[ -]control| and orphan|s? lines?)|alcoolique|autiste|tdah|
    en fauteuil roulant|diabétique|sans-abri|je suis sobre depuis|
    as an? (?:gay|lesbian|queer|trans|bisexual|disabled|blind|deaf|fat|sober|pregnant|single) (?:
    woman|man|person|mom|mum|dad|parent|guy|girl|kid|teen|couple)|
    (?:i'?m|i am|i was|i'?ve been|i have been|being|(?:my|our) (?:{KIN}) (?:is|was|has been)|
    je suis|j'étais|(?:mon|ma) (?:{KIN}|{KIN_OTHER}) est) (?:very |so |completely |legally |
    partially |profoundly |a |[\w-]+ (?:days?|weeks?|months?|years?) )?(?:sober|disabled|
    recovering(?= (?:alcoholic|addict))|
    blind(?! to)|deaf(?! to)|fat|overweight|obese|gay|lesbian|bisexual|queer|trans|depressed|
    pregnant|unemployed|divorced|immigrant|refugee|handicapée?|aveugle|sourde?|enceinte|
    déprimée?|au chômage|divorcée?|réfugiée?)(?![-\w])|
    i (?:have|live with|struggle with|suffer from) (?:severe |chronic |bad )?(?:anxiety|depression|
    diabetes|ocd|cancer|ms|multiple sclerosis|a disability)(?![-\w])"""

# Campaigning for a party or a candidate: not a line for the author to quote back as if they said
# it better (quote.py).
CAMPAIGN = r"""vote (?:for|against)(?= )|votez pour|wählt die|vota (?:por|per)|
    vote (?:him|her|them) out|(?:democrats|republicans|
    liberals|conservatives|leftists|the left|the right|the other side) (?:are|is) (?:
    destroying|ruining|evil|the problem)|destroying (?:this|our) country|
    election (?:was )?(?:stolen|rigged)|libtards?|maga"""

# Praise of the blog itself ("Your blog is the best baking blog out there", "Sempre um prazer ler
# o seu blog"): quoted back and agreed with, the author would be praising themselves (quote.py).
PRAISE_OF_THE_BLOG = r"""(?:best|favou?rite|meilleurs?|préférés?|mejor(?:es)?|favoritos?|
    beste[nrs]?|liebste[nrs]?|migliori?|preferit[oi]|melhor(?:es)?|preferidos?) (?:\w+ ){0,3}(?:
    blogs?|sites?|websites?|pages?)|
    (?:blogs?|sites?|websites?) (?:\w+ ){0,5}(?:best|finest|meilleur|mejor|beste[nrs]?|migliore|
    melhor)|lieblingsblog\w*|
    (?:always |such )?an? (?:absolute )?(?:pleasure|joy|delight|treat) to read|
    (?:un )?(?:plaisir|régal|bonheur|délice) de (?:vous |te )?(?:lire|relire)|
    (?:un )?(?:placer|gusto|lujo) (?:leerte|leerle|leerlo|leer (?:tu|su|este) blog)|
    (?:eine? )?(?:freude|vergnügen|genuss),? (?:dich|deinen blog|deine beiträge) zu lesen|
    (?:un )?piacere (?:leggerti|leggere (?:il tuo|questo) blog)|
    (?:um )?prazer (?:ler (?:o seu|o teu|este|seu|teu) blog|te ler|ler-te|lê-l[oa])|
    (?:i |j'|ich |me )?(?:love|adore|adoro|liebe|encanta) (?:reading )?(?:your|votre|ton|tu|deinen|
    il tuo|o seu|o teu) blog|
    (?:blog|site) (?:is|est|es|ist|è|é) (?:\w+ ){0,2}(?:an? |une? |eine? |uma? )?(?:goldmine|gem|
    treasure|inspiration|joya|tesoro|mine d'or|pépite|schatz\w*|perle|goldgrube|miniera|gioiello|
    inspiração|joia|tesouro|mina)|
    you write (?:so |really |very )?(?:beautifully|well)|
    (?:vous écrivez|tu écris) (?:si |tellement |très )?bien|
    escribes (?:de maravilla|tan bien|muy bien)|du schreibst (?:so |sehr |wirklich )?(?:schön|gut|
    toll)|scrivi (?:benissimo|così bene|molto bene|divinamente)|
    escreves (?:tão |muito )?bem|escreve (?:tão |muito )?bem|always a treat|
    immer (?:wieder )?ein (?:genuss|vergnügen)|da gusto leerte|dá gosto (?:ler|te ler)|
    (?:un )?piacere passare (?:di qui|da qui|qui)"""

# A closing formula: signed with a name ("Big hugs, Rita", "Un abbraccio, Rita.", « Bises, Rita »,
# "Un abrazo, Rita", „Liebe Grüße, Rita", "Beijos, Rita"), it is the reader's goodbye, never a line
# to quote back (quote.py), nor the last clause of one ("The bread was perfect, big hugs,
# Rita"). Not a sentence that tells of a hug ("Gave my grandma a hug and a slice, she loved it").
CLOSING = r"""(?:and |et |y |und |e )?(?:(?:big|huge|warm|many|lots of|much|all my|un|una|um|
    uma|grandes?|grosses?|gros|muchos|muitos|tanti|un grande|un gros|un fuerte|um grande|
    um forte|liebe|viele|herzliche|ganz liebe|beste|cari|tanti cari) )?(?:hugs?|love|kisses|
    xoxo|cheers|best|regards|wishes|best wishes|kind regards|warm regards|take care|all the best|
    bises|bisous|amitiés|amicalement|je t'embrasse|cordialement|abrazos?|besos?|besitos|
    saludos?|cariños|grüße|grüsse|gruß|gruss|umarmung|alles liebe|abbracci|abbraccio|baci|
    bacio|bacioni|saluti|saluto|beijos?|beijinhos|bjs|abraços?|saudações)(?: (?:forte|fortissimo|
    fuerte|grande|enorme|apertado|à tous|a tutti|a todos|a todas|a vocês|an alle|
    to (?:you|all)(?: (?:and|&) (?:the|your) \w+)?))?"""

# Praise, then what the bake lacked or had too much of, in one sentence: "Ottima ricetta, ma manca
# il sale.", « Super recette, mais il manque du sel. », "Receta buenísima, pero le falta sal.",
# "Ótima receita, mas falta sal.", "Ottima ricetta, ma troppo dolce per me.". A mild critique,
# never a line to quote back as praise (quote.py). Not "ma io ho aggiunto il limone" (the reader's
# own twist), nor « mais il ne manque rien ».
FAULT_HEDGES = r"""secondo me|per me|per i miei gusti|pour moi|à mon goût|para mí|
    para mi gusto|para mim|pro meu gosto|un po'|un peu|un poco|um pouco|un pochino"""
LACKS = r"""(?:gli |le |a lui |ti |mi )?(?:manca|mancano|mancava|mancavano)|il (?:y )?manque|
    il manquait|(?:le |les |me |te )?(?:falta|faltan|faltó|faltaron|faltaba)|faltou|faltaram|
    faltava"""
TOO_MUCH = r"""(?:(?:è|era|est|était|c'est|es|está|estaba|quedó|é|ficou|estava) (?:un po' |
    un peu |un poco |um pouco |un pochino )?)?(?:troppo|trop|demasiado|muy|muito|bem) (?:salat|
    dolc|secc|sec|crud|cru|dur|pesant|liquid|grass|salé|sucré|cuit|gras|amar|acid|salad|dulce|
    salgad|doce|amarg|insipid|sciap|fade)\w*"""
PRAISE_THEN_FAULT = rf"""(?:ma|mais|pero|mas),? (?:(?:{FAULT_HEDGES}) )?(?:(?:{LACKS})
    (?! (?:niente|nulla|rien|nada)\b)|{TOO_MUCH})"""

# The English kin: "Great recipe, but it lacks salt", "Lovely loaf, but a bit too sweet for me",
# "Delicious, but it needs more salt". Not "but it lacks nothing" nor "but I added lemon".
PRAISE_THEN_FAULT_EN = r"""but,? (?:(?:i think|for me|imo|to my taste|personally|
    honestly),? )?(?:it |the \w+ |this |mine )?(?:lacks|lacked|is lacking|was lacking|needs more|
    needed more|could use (?:a bit |a little |a touch |some )?more|
    could do with (?:a bit |a little |some )?more|
    (?:(?:is|was|'s) )?(?:a bit |a little |a touch |slightly |way |much )?too (?:salty|sweet|dry|
    dense|bland|sour|wet|heavy|greasy|oily|bitter|doughy|gummy|hard|soft|crumbly|runny))(?! nothing)
    (?![\w'])"""

# Calling someone a name, even in jest ("you absolute muppet 😂", "what a numpty"): never a line
# for the author to quote back (quote.py). Not the reader's own self-mockery ("I'm such an idiot, I
# forgot to save."), which keeps the comment unquoted as before rather than quoting its next line.
NAME_CALLING = r"""(?<!i'm )(?<!im )(?<!i am )(?<!i was )(?<!i felt )(?<!i feel )(?:you|
    ya|u|what an?|such an?|you'?re an?|you are an?)(?: (?:absolute|total|
    complete|utter|big|daft|silly|little|massive|right|proper|cheeky|soft|great|old))* (?:muppets?|
    numpt(?:y|ies)|plonkers?|wallys?|pillocks?|prats?|clowns?|dorks?|doofus|goofballs?|dummy|
    dummies|nutters?|nutcases?|weirdos?|idiots?|morons?|eejits?|twits?|losers?|jerks?|donkeys?|
    wallies|berks?|numbskulls?|knobheads?|divs?|nitwits?|dimwits?|halfwits?)(?![\w'])"""
