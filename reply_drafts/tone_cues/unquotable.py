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
