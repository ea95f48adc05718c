"""Words of contempt for the post or its author ("what drivel", "this is so stupid"), what they
are said of, and the praise sarcasm wears.

Data: the package's docstring says how the lists are written and read."""

# Contempt: hostile when the sentence points at someone here ("your", "this", "the author").
CONTEMPT = r"""drivel|garbage(?! collect\w*)|trash(?! (?:can|bin))|rubbish|(?<!holy )crap(?:py)?|
    bullshit|
    horseshit|tripe|pathetic|laughable|idiotic|moronic|brain[- ]?dead|clueless|incompetent|
    worthless|self[- ]congratulatory|self[- ]satisfied|self[- ]indulgent|smug|sanctimonious|
    pretentious|condescending|insufferable|delusional|hypocrit\w*|virtue[- ]signal\w*|
    holier[- ]than[- ]thou|tone[- ]deaf|vapid|asinine|cringe\w*|embarrass (?:yourself|themselves)|
    talentless|mental gymnastics|fanboy\w*|clickbait(?! (?:post|article|title)s? but)|echo chamber|
    whiny|whining|whinge\w*|
    dümmst\w*|schwachsinn\w*|blödsinn|peinlich|zeitverschwendung|lächerlich|erbärmlich|
    (?:scheiß|scheiss)(?!tag|woche|wetter|nacht|morgen|montag|job)\w*|
    (?<!journée )(?<!semaine )(?<!soirée )de merde|una mierda|
    (?<!día )(?<!dia )(?<!semana )(?<!noche )de mierda|una merda|
    (?<!giornata )(?<!settimana )(?<!serata )di merda|
    bêtises?|ramassis|prétentieu\w*|pathétique|ridicule|creux|quelle honte|porquería|basura|
    pat[eé]tic[oa]s?|ridícul[oa](?! de bo[am])|vergüenza|vergonha|schifo|ridicol[oa]|vergogna|onzin|
    belachelijk|schande|patetisk\w*|żałosn\w*|жалк\w*|позор\w*|бездарн\w*|смешно|
    ντροπή|yaz[ıi]klar olsun|saçma\w*"""

# Milder words, hostile only when said of someone outright: "this is so stupid", "you're naive".
CONTEMPT_MILD = r"""naive|na[iï]ve|useless|pointless|embarrassing|mediocre|amateurish|
    dumb(?! questions?)|dumber|stupid(?! questions?)|ridiculous|absurd|nonsense|insipid|inane|lazy|
    preachy|bloated|
    worst(?!(?: (?:part|thing|bit)s?\b| *(?![\w ]))[^.!?]{0,60}(?:😂|🤣|😆))(?! (?:
    day|week|month|year|night|time)s? of (?:my|our)| is (?:over|behind))
    (?![^.!?]{0,60}\b(?:love[ds]?|great|amazing|brilliant|perfect|delicious|best|thanks?)\b)|dense|
    ugly|boring|lame|shallow|cringey|yawn|meh|(?<!the )shit(?:ty)?"""

# What comes just before a mild word said of someone: "this is so", "you're just", "your post was".
SAID_OF = r"""(?:you|you'?re|you are|this|that|it|your \w+|this \w+|the post|the article|
    the comments here)(?:'s| is| are| was| were| sound| sounds| look| looks)?(?: so| such| really
    | utterly| completely| totally| just| incredibly| the| a| an| most| even)*\W+"""

# What a mild word may be said of that is the author's work: "this pointless post" is contempt,
# "this pointless bug ate my weekend" is not (tone._of_a_thing).
THE_POST = r"""posts?|articles?|blogs?|pieces?|content|recipes?|takes?|advice|tutorials?|guides?|
    lists?|write-?ups?|essays?|sites?|websites?|videos?|rants?|opinions?|arguments?|stor(?:y|ies)|
    series|threads?|reviews?|writing|words|ideas?|points?|nonsense|drivel|garbage|rubbish|crap|
    trash|clickbait|blogger|author|writer|person|guy|man|woman|people|podcast|newsletter|book|
    code|library|app|tool|project|plugin|theme|design|photos?|pictures?|channel"""

# Words of praise sarcasm wears most ("Great, another tutorial...", "Nice try, but..."): praise
# that says nothing warmer is doubtful when the model sees hostility close behind (tone.DOUBT).
WORN_PRAISE = frozenset(("nice", "great", "genius", "brilliant", "wow", "amazing", "cool"))

# Contempt in scripts matched anywhere, and the emoji of disgust and eye-rolling.
CONTEMPT_NONSPACED = """読む価値ゼロ|価値がない|恥ずかしくない|浅い記事|
    垃圾|废话|这么烂|脸皮厚|真是高见|한심|
    كلام فارغ|מגוחך|तुम्हें .{0,20}हक़ नहीं|बकवास|viết dở|dạy đời|🤮|🖕|🙄|🤡"""
