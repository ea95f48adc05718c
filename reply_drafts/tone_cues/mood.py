"""A low mood the commenter tells of ("I feel so alone lately", « j'en peux plus », "Desde que ella
no está..."), and what eases it.

Data: the package's docstring says how the lists are written and read."""

from reply_drafts.tone_cues.people import KIN

# The reader's own low mood, in the first person ("Everything feels pointless lately.", "I feel
# invisible most days.", "I'm such a burden to everyone."): a hard time of theirs, read with
# GRIEF_STRONG (grief.grief_cues), answered quietly with no quote and no star; laughed off ("I'm
# dead inside lol"), it is only guarded (tone.Tone.guarded). A mood word is the writer's state
# only where it ends a clause or says how long or how often it lasts (MOOD_ENDS): not the cold's
# "my fingers feel numb from the cold", a series' "I feel so empty after that finale", a game's
# "I feel invisible in Among Us", nor "I felt invisible at conferences until I read this"
# (MOOD_EASED).
MOOD_ENDS = rf"""(?= *(?:[.!?…,;:)—–]|$|-|and\b|but\b|lately|these days|most days|some days|
    every day|everyday|all the time|most of the time|inside|again|today|tonight|right now|
    recently|sometimes|at times|more and more|for (?:weeks|months|years|days|a while|so long|ages)|
    since\b|to (?:everyone|everybody|the world|people|them|others|my (?:{KIN}|loved ones)|
    (?:the people|those) (?:i love|around me))\b|by (?:everyone|everybody|the world|
    my (?!(?:dog|cat|pet|puppy|kitten|horse|bunny|rabbit)\b)(?:{KIN}))\b|
    in this(?= *(?:[.!…,]|$))|in (?:this|my (?:own )?)(?:world|life|head|home|
    house|marriage|family)\b|honestly|tbh|now\b|(?:too|either)(?= *(?:[.!…,]|$))|any ?more|lol|
    haha|[😞😔😢😭💔🥺]))"""

MOOD_ADVERBS = r"""just|still|really|often|sometimes|always|honestly|genuinely|constantly|mostly|
    truly|actually|also|kind of|kinda|increasingly|usually|already"""

MOOD_DEGREE = r"""so|very|really|completely|totally|utterly|pretty|quite|kind of|kinda|a bit|
    a little|incredibly|deeply|increasingly|all|just|such|always|this|that"""

# Said after "I feel", "I'm feeling", "I've been", "feeling" at a sentence's start.
FELT_MOODS = r"""alone|lonely|hopeless|worthless|empty|numb|invisible|hollow|dead inside|unwanted|
    unloved|forgotten|broken|defeated|trapped|
    like (?:a |such a |a complete |a total |an utter |nothing but a )?(?:failure|burden|ghost|
    waste of space)|
    like (?:nobody|no one) (?:cares|would notice|sees me)|like (?:nothing|none of it) matters|
    like (?:giving up|disappearing)|like there'?s no point|
    like i'?m (?:a burden|drowning|disappearing|invisible|nothing|worthless|falling apart)|
    lost in life|lost(?= (?:lately|these days|most days|all the time))|
    sad(?= (?:lately|these days|all the time|most days|every day|for no reason)(?! (?:that|
    because|when) (?:summer|winter|autumn|the (?:holidays?|season|summer|series|show)|your (?:
    posts?|blog)|you (?:stopped|weren'?t|haven'?t))\b))"""

# Not "no point in anything" or "the only reason I get up" laughed at on the line ("I don't see
# the point of anything but sourdough now, haha.", "...the only reason I get up is to feed my
# starter lol").
LOW_MOOD = rf"""(?:i (?:(?:{MOOD_ADVERBS}) )?(?:feel|felt)|
    i(?:'?m| am) (?:(?:{MOOD_ADVERBS}) )?feeling|
    i(?:'?ve| have) (?:(?:{MOOD_ADVERBS}) )?(?:been feeling|felt|been)|
    (?:^|(?<=[.!?,] ))(?:(?:honestly|lately|still|just|and|been|always),? )?(?:feeling|feel|
    feels like i'?m)|(?:does|do) (?:anyone|anybody) (?:else )?(?:ever )?feel) (?:(?:
    {MOOD_DEGREE}) )*(?:{FELT_MOODS}){MOOD_ENDS}|
    i(?:'?m| am) (?:(?:{MOOD_DEGREE}|just|nothing but) )*(?:lonely|worthless|invisible|numb|hollow|
    empty inside|dead inside|a burden|a failure|broken inside)(?! planet){MOOD_ENDS}|
    i(?:'?m| am) (?:so|completely|utterly|totally|very|always|really|all) alone{MOOD_ENDS}|
    (?:it|life)(?:'s| is| gets| has been) (?:so |really |very |pretty )?lonely{MOOD_ENDS}|
    (?:everything|it all|all of it|life|my life|each day|every day|the days) (?:just )?(?:feels?|
    seems?|is|has been|'s been|has felt) (?:(?:so|just|kind of|kinda|completely|utterly|a bit|
    pretty|really|totally) )*(?:pointless|meaningless|hopeless|empty|bleak|too much|
    heavy(?![^.!?]*\b(?:light|salad|meal|dish|lunch)\b)|
    like a chore|like too much|(?:grey|gray)(?![^.!?]*\b(?:sky|skies|weather|rain\w*|cloud\w*|
    outside|winter|november|photos?|filter|paint\w*|walls?)\b)
    (?![^.!?]*\b(?:team|relegat\w*|season|league|match|derby)\b)){MOOD_ENDS}|
    nothing (?:really |even )?matters(?: to me)?(?: any ?more| these days| lately)?(?= *(?:[.…]|
    $))|
    nothing (?:really |even )?matters(?: to me)?(?: any ?more)? without (?:her|him|them|you)
    (?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))i (?:have|'ve got|'ve) no (?:reason|one) to get (?:up|out of bed)(?: (?:
    in the morning|any ?more|in the morning any ?more))?(?= *(?:[.…]|$))|
    (?:^|(?<=[.!?…] ))(?:ya )?nada tiene sentido(?: sin (?:ella|él|ti))?(?= *(?:[.…]|$))
    (?![^\n]*\b(?:excepto|salvo|menos|aparte de)\b)|
    (?:nothing (?:makes me happy|brings me joy|feels (?:real|good|worth it)|
    tastes (?:like|of) anything(?= any ?more(?= *(?:[.!…]|$| since (?:he|she|they) (?:died|
    passed|left|went)\b))))|
    i (?:can'?t|don'?t) (?:enjoy|feel) anything) any ?more(?! *(?:without|except|like|apart|
    other than|besides|compared|than)\b)|
    what'?s the point (?:of|in) (?:anything|it all|trying|getting up|even trying|doing anything|
    any of (?:it|this))(?: any ?more)?(?= *(?:[.!…]|$))|
    (?:nobody|no one|no-one) (?:really |even |ever |actually )?(?:cares (?:about|for) me|
    notices me|sees me|checks on me|asks (?:about|after|how) me|remembers me)(?= *(?:[.!…,]|$|
    any ?more|anyway))|
    (?:could|can) (?:just )?(?:disappear|vanish)(?: tomorrow)? and (?:nobody|no one) would (?:
    even )?(?:notice|care)|
    (?:can'?t|cannot) keep (?:going|doing this|living|on) like this(?= *(?:[.!…]|$))|
    (?:don'?t|do not|can'?t|cannot) (?:really )?see the point (?:of|in) (?:anything|
    much of anything|it all|life|doing anything)(?: lately| these days| any ?more)?
    (?= *(?:[.!…,]|$| but\b))(?![^\n]*(?:\blol\b|\bhaha|\blmao\b|😂|🤣))|
    (?:(?:some|most) days,? )?the only (?:reason (?:i|that i) (?:get up|get out of bed)|
    thing that gets me (?:up|out of bed))(?= is| these days| lately| *[.!…,]| *$)
    (?![^\n]*(?:\blol\b|\bhaha|\blmao\b|😂|🤣))|
    can'?t (?:take|handle|bear|do) (?:it|this) any ?more(?! *[,—–:-]+ *(?:this|the|these|my|
    our) (?:\w+ )?(?:rain|weather|heat|snow|cold|traffic|noise|bugs?|builds?|code|compiler|
    deadlines?|neighbou?rs?|kids|toddler|printer|wifi|internet))|
    (?:so |just |really |sick and )?(?:tired|exhausted|weary) of (?:everything|it all|all of it|
    fighting|
    trying|being me|being (?:alone|lonely|sad|like this|this way)|feeling (?:like this|this way)|
    pretending (?:i'?m|to be) (?:ok|okay|fine|happy)|life)(?= *(?:[.!…,]|$))|
    exhausted (?:of|by) life(?! (?:admin|insurance|coach\w*|hacks?|events?|stuff|logistics|
    paperwork))|
    i (?:really |just |honestly )?hate (?:myself|my life|who i am|being me){MOOD_ENDS}|
    (?:i'?ve been|i have been|i'?m|i am|i feel|i felt|i'?ve felt|(?:been )?feeling) (?:really |
    so |very |pretty |quite )?(?:low|down)(?! (?:on|to|the|with|in|under|here|there|about the (?:
    rain|weather|cold|heat|snow|grey|gray)|\w+ing)\b)|
    (?:i'?m|i am) not (?:ok|okay|alright|all right|doing (?:well|ok|okay|great)){MOOD_ENDS}|
    i(?:'?m| am) (?:really |so |just |honestly )?struggling(?= *(?:[.!…]|$| lately| these days|
    right now| mentally|
    (?:a lot|so much)(?![^.!?]*\b(?:boss|level|game|blight|tomato\w*|weeds?|slugs?|recipe|
    dough|bread|code|bug|build|exposure|shutter|lens|pace|5k|10k|garden\w*|plants?|soil)\b)|
    to (?:cope|keep going|get up|get out of bed)(?! (?:at \d|
    before|early|for (?:the|a|an|my|our|this)))|
    with (?:my mental health|everything|life|my mood)))|
    (?:some|most) days i (?:can'?t|cannot|don'?t want to) (?:even )?get out of bed(?= *(?:[.!…,]|
    $|and\b|any ?more))|
    (?:can'?t|cannot|couldn'?t) (?:even )?get out of bed (?:most days|for days|any ?more|lately|
    these days|some days)|
    cr(?:y|ying|ied) myself to sleep(?![^.!?]*\b(?:book|film|movie|show|series|ending|finale|
    episode|novel|laugh\w*)\b)|
    i cry (?:every day|every night|all the time|most days|most nights)(?![^.!?]*\b(?:onions?|
    chopping|adverts?|ads|commercials|films?|movies?|views?|bake ?off|laugh\w*|happy tears|cute|
    so sweet|at how|watching)\b)|
    (?:i'?ve|i have) (?:lost|given up) (?:all )?hope{MOOD_ENDS}|
    (?:i'?ve|i have) given up on (?:everything|myself|life){MOOD_ENDS}|
    (?:i'?m|i am) (?:barely|only just) (?:holding on|hanging on|keeping it together|functioning|
    surviving|getting by|coping){MOOD_ENDS}(?![^.!?]*\b(?:degrees|heat ?wave|the heat|humid\w*|
    kept (?:us|me) up|teething|up all night with))|
    (?:i feel like|feels like) i'?m drowning(?= *(?:[.!…]|$))|
    i (?:have|'ve got) (?:no one|nobody|no-one)(?: left)?(?: now| any ?more)?(?= *(?:[.!…]|$))|
    (?:i )?(?:don'?t|do not) have anyone to (?:bake|cook|care|talk) (?:for|to) any ?more(?= *(?:
    [.!…]|$))(?![^\n]*\b(?:food bank|moved out|lol|haha\w*)\b)|
    (?:^|(?<=[.!?…] ))some days are (?:just |really |so )?hard(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))it'?s (?:just )?all (?:just )?too much(?= *(?:[.…]|$)| (?:lately|right now|
    these days|at the moment)(?= *(?:[.!…]|$)))|
    (?:^|(?<=[.!?…] ))(?:i'?m |honestly,? |just )?hanging (?:on )?by a thread(?= *(?:[.!…,]|$|
    honestly| tbh| lately| these days| right now))(?![^.!?]*\b(?:series|suspense\w*|
    cliffhanger|episodes?|chapters?|part|season|plot|story|book|thriller|so good|
    can'?t stop eating|delicious|addictive)\b)|
    (?:^|(?<=[.!?…] ))(?:honestly,? )?not doing (?:great|well|okay|ok|so well|too well|
    so great)(?= *(?:[.!…,]|$| tbh| honestly| lately| these days| right now))|
    (?:(?:some|most) days )?i (?:wonder|don'?t know) why i (?:even )?bother(?= *(?:[.!…]|$))|
    can'?t (?:stop|switch off|turn off|quiet) (?:the|my) (?:dark |bad )?thoughts(?= *(?:[.!…]|$))|
    not (?:sleepy|physically) tired(?= *(?:[.!…]|$))|
    i (?:don'?t|do not) matter(?: to anyone| to anybody| any ?more)?(?= *(?:[.!…]|$))"""

# What says, after it, that a low mood is over: "I felt so alone until I found this blog"; or
# that it was a joke or is someone else's: "Not sleepy tired. Just full of cake.", "Some days are
# hard. Today is not one of them!", "Some days are hard. You don't have to be strong."
MOOD_EASED = r"""(?:until|till) (?:i|we|your|this|reading|finding|now|recently|last)|
    then i (?:found|read|discovered|started|came across)|but now|
    not any ?more|no longer|(?:now|these days) i(?:'m| am| feel) (?:much |so much )?(?:better|fine|
    good|happy|okay|ok)|
    (?<=[.!…] )(?:but )?today (?:is|was)(?:n'?t| not) one of them|
    (?<=[.!…] )you (?:don'?t|do not) have to be strong|
    (?<=[.!…] )(?:just |i'?m just )?full of (?:cake|bread|pie|food|carbs)|
    (?<=[.!…] )i'?m tired of (?:bad|boring|failed|other) recipes|
    (?<=[.!…] )(?:but |now )?(?:i'?m )?doing (?:amazing|great|brilliant|fantastic|wonderful)|
    (?<=[.!…] )with my (?:toddler|kids?|son|daughter|husband|wife|oven|partner)"""

# Weeks of wanting nothing, said in Spanish, German, Italian or Portuguese, and a house gone quiet
# since she is not there, which had been quoted back with a star: "Llevo semanas sin ganas de nada",
# „Seit Wochen habe ich zu nichts Lust.", « Da settimane non ho voglia di niente », "Há semanas não
# tenho vontade de nada", "Desde que ella no está, la casa se siente vacía.", « Da quando lei non
# c'è più », „Seit sie nicht mehr da ist", "Desde que ela se foi". Not a lazy day ("Hoy no tengo
# ganas de nada"), nor a laugh ("desde que ella no está como pizza, jaja"). And nothing making
# sense any more, said to its end ("Ya no le encuentro sentido a nada.", „Es hat alles keinen Sinn
# mehr.", which had been read hostile or starred). Read with GRIEF_OTHER.
# Session 38: not "Llevo semanas sin ganas de nada dulce", „zu nichts Lust außer zu deinem
# Käsekuchen", nor a trip or a new job said in the same sentence ("Desde que ella no está, cocino
# yo: mi mujer está de viaje por trabajo").
LOW_MOOD_INTL = r"""(?:
    llevo (?:\w+ )?(?:semanas|meses) sin ganas de nada|
    (?:no tengo|sin) ganas de nada desde hace (?:\w+ )?(?:semanas|meses)|
    seit (?:\w+ )?(?:wochen|monaten) (?:habe|hab) ich (?:zu|auf) nichts (?:mehr )?lust|
    (?:habe|hab) (?:ich )?seit (?:\w+ )?(?:wochen|monaten) (?:zu|auf) nichts (?:mehr )?lust|
    da (?:\w+ )?(?:settimane|mesi) non ho (?:più )?voglia di (?:niente|nulla)|
    non ho (?:più )?voglia di (?:niente|nulla) da (?:\w+ )?(?:settimane|mesi)|
    há (?:\w+ )?(?:semanas|meses) (?:que )?(?:não tenho|estou sem) (?:mais )?vontade de nada|
    (?:não tenho|sem) vontade de nada há (?:\w+ )?(?:semanas|meses)|
    desde que (?:ella|él) (?:ya )?no está(?= *(?:[.!…,]|$))|
    da quando (?:lei|lui|(?:mia|mio) \w+) non c'è più(?! (?:in|al|a|nel|nella|qui|da)\b)|
    seit (?:sie|er|mama|papa|oma|opa) nicht mehr (?:da|bei uns) ist(?= *(?:[.!…,]|$))|
    desde que (?:ela|ele) (?:se foi|partiu)(?= *(?:[.!…,]|$))|
    (?:ya )?no le (?:encuentro|veo) sentido a nada(?= *(?:[.!…]|$))|
    es hat (?:alles )?keinen sinn mehr(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))ich sehe (?:einfach |gar )?keinen sinn mehr(?: in (?:allem|nichts|
    gar nichts))?(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:mir ist |es ist mir |mir wird )?(?:einfach |gerade )?alles zu viel(?: (?:
    gerade|im moment))?(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))alles ist (?:mir )?(?:einfach |gerade )?zu viel(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))ich bin (?:so |einfach |nur noch |total )*müde von allem(?= *(?:[.!…]|$))|
    non ha più senso (?:niente|nulla)(?= *(?:[.!…]|$)))
    (?![^.!?…]*\b(?:ja(?:ja)+|je(?:je)+|haha\w*|ahah\w*|k{3,}|lol)\b)
    (?! (?:dulce|salado|que no sea|salvo|excepto|más que|menos|tranne|se non|che non sia|außer|als|
    além|que não seja|exceto|a não ser)\b)
    (?![^\n]*\b(?:de viaje|por trabajo|de vacaciones|perché|erasmus|trasferit\w*|job|dienstreise|
    urlaub|umgezogen|sondern|wohnt)\b)"""

WORN_OUT = r"""(?:j'en peux plus|je n'en peux plus|
    ich kann (?:einfach |echt |wirklich )?nicht mehr|
    (?:^|(?<=[.!?…] ))ich mag (?:einfach |echt |wirklich )?nicht mehr(?![^\n]*(?:😂|🤣|😋|😄|
    \b(?:satt|pappsatt|platze|platzen|lecker\w*|köstlich\w*|teller|stück|portion|nachschlag|
    gegessen|bauch)\b))|
    ya no puedo más|non ce la faccio più|não aguento mais|ik kan het niet meer)(?:,? (?:de verdad|
    en serio|wirklich|echt|davvero|sul serio|sério|de verdade))?(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…,] ))(?:estou|tô|estoy|sono|ando) (?:tão |muito |tan |muy |così )?(?:fart[oa]|
    cansad[oa]|hart[oa]|stanc[oa]|stuf[oa]) (?:de|di) (?:tudo|todo|tutto)(?= *(?:[.!…]|$))"""
