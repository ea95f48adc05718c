"""Laughter at a hard day, and the words that answer scorn rather than join it.

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

# Laughter, or a race to be first, with nothing else said: on the author's hard-day post, it is
# no comfort.
LAUGHTER = r"""l+o+l+[sz]?|lmf?ao+|rofl|(?:ha){2,}h?|(?:he){2,}|(?:hi){2,}|kek|xd+|mdr+|ptdr+|
    jaja(?:ja)*|kkk+|first|1st|premier|premi[èe]re"""

LAUGHTER_SYMBOLS = "😂🤣😆😹"
