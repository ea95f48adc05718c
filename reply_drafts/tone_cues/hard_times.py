"""A hard time, by label "grief": a loss told (GRIEF_STRONG), words that count with a person or a
pet beside them (GRIEF_WEAK), illness, job loss, divorce and other hard times (GRIEF_OTHER),
and the turns that make the same words a joke.

Data: the package's docstring says how the lists are written and read."""

from reply_drafts.tone_cues.death import (
    ANNIVERSARY_TOLD,
    BABY_CAME,
    DEAD_TO_ME_LAUGHING,
    DEATH_OBLIQUE,
    DEATH_TOLD,
    DEATH_TOLD_FR,
    DEATH_TOLD_INTL,
    DECEDE,
    DIED,
    DIED_IT,
    DIED_PT,
    EST_MORT,
    FR_LAUGH_AFTER,
    GRIEF_AS_TROUBLE,
    GRIEF_OATH,
    LAUGHS_LATER,
    LOST_TOLD,
    MISSED,
    MURIO_OF_A_THING,
    OLD_PET_GONE,
    PARTI,
    PARTI_BARE,
    PASSED,
    PET_DEATH_FR,
    PET_WOKE_UP,
    REST_IN_PEACE,
    REST_IN_PEACE_INTL,
    SUICIDE_OF_OTHER,
    WAKE,
)
from reply_drafts.tone_cues.mood import WORN_OUT
from reply_drafts.tone_cues.people import KIN, KIN_OTHER, KIN_ROMANCE

# A job cut told with the better turn it took, in the same sentence: "Mi puesto fue eliminado… ¡y
# me ascendieron!", „Meine Stelle wurde gestrichen – und ich habe eine viel bessere gefunden!",
# "A empresa me dispensou… e abri minha própria padaria!": good news, not a hard day.
JOB_CUT_TURNED_OUT_WELL = r"""(?![^!?\n]{0,12}?\b(?:y|e|und|aber|pero|mas|
    ma) (?:\w+ ){0,3}?(?:me ascendieron|me han ascendido|ascendid[oa]|fui promovid[oa]|promovid[oa]|
    mi hanno promoss[oa]|promoss[oa]|befördert|(?:encontré|conseguí|me dieron|tengo) uno mejor|
    encontrei um melhor|(?:ne )?ho trovato uno migliore|eine (?:viel )?bessere gefunden|
    (?:mont[ée]|abr[íi]) (?:mi|minha) (?:propia |própria )?\w+|ho aperto|habe \w+ gegründet|
    (?:ich bin|estoy|sono|estou) (?:\w+ )?(?:glücklich|feliz|felice|felicissim[oa]))\b)
    (?![^!?\n]{0,4}?\b(?:zum glück|gott sei dank|por suerte|menos mal|per fortuna|meno male|
    por sorte|ainda bem)\b)"""

# A first seizure, or a seizure had, in every language ("Our daughter had her first seizure last
# night", « sa première crise d'épilepsie », "tuvo su primera convulsión", „seinen ersten
# Krampfanfall"): not a "first seizure-free year", nor a police seizure of paintings, nor a fit
# of laughter or joy ("tuvo una convulsión de risa", "una convulsione di risate").
FIT_OF_LAUGHTER = r"""(?! (?:de|di|da) (?:la )?(?:risa|risas|riso|risos|risate|ridere|rir|
    alegr[ií]a|felicidad|gioia|felicidade))"""
SEIZURE_TOLD = rf"""first seizure(?![\w-])|
    (?:had|has had|having) (?:a|his|her|their|my|our|another) (?:first |second |\w+ )?seizure(?!-)|
    (?:(?:première|premiere) crise (?:d'épilepsie|d'epilepsie|convulsive|épileptique)|
    (?:a fait|a eu|ai fait|ai eu|fait|refait) (?:une|sa|ma|une nouvelle) (?:première )?crise (?:
    d'épilepsie|convulsive|épileptique))(?![^\n]*\b(?:il y a (?:\d+|deux|trois|quatre|cinq|six|
    dix|quelques|plusieurs) ans|(?:va|vont|allons|vais) (?:très |super |parfaitement )?bien depuis|
    plus (?:jamais|aucune) (?:eu|fait|refait) de crise|quand (?:il|elle|j') ?(?:était|étais) (?:
    petite?|bébé|enfant))\b)|
    primera (?:convulsi[óo]n|crisis (?:epil[ée]ptica|convulsiva))|
    (?:tuvo|ha tenido|tuve|sufri[óo]|le dio) (?:una|su|otra) (?:primera )?(?:
    convulsi[óo]n{FIT_OF_LAUGHTER}|crisis (?:epil[ée]ptica|convulsiva))|
    erste[nrm]? (?:krampfanfall|epileptischen anfall)|
    (?:hatte|erlitt|bekam|hat) (?:\w+ ){{0,3}}(?:krampfanfall|epileptischen anfall)|
    prima (?:crisi (?:epilettica|convulsiva)|convulsione)|
    (?:ha|ho|abbiamo) avuto (?:\w+ ){{0,2}}(?:crisi (?:epilettica|convulsiva)|
    convulsion[ei]{FIT_OF_LAUGHTER})|
    primeira (?:convuls[ãa]o|crise (?:epil[ée]ptica|convulsiva))|
    teve (?:\w+ ){{0,2}}(?:convuls[ãa]o{FIT_OF_LAUGHTER}|crise (?:epil[ée]ptica|convulsiva))"""
# A whole team let go ("The whole team was let go this morning", "We were all let go",
# "Despidieron a todo el equipo", « Ci hanno licenziati tutti », "Fomos todos despedidos"): not a
# team "let go early for the holidays", nor « ci siamo licenziati » to open a bakery.
TEAM_LET_GO = rf"""(?:the|my|our) (?:whole |entire )?(?:team|department|division|office|
    company) (?:was|were|got|has been|have been) (?:all )?let go(?! (?:early|home|for|of))|
    (?:we|they) (?:were|got) all let go(?! (?:early|home|for|of))|
    despidieron a todo el (?:equipo|departamento|personal)(?= *(?:[.!…,]|$| (?:hoy|ayer|esta)))|
    (?<!ci siamo )ci hanno licenziat[io] tutti(?! (?:dal corso|dalla cucina|
    da casa)){LAUGHS_LATER}|
    (?:fomos|fomos todos|fui) despedid[oa]s?(?= *(?:[.!…,]|$| (?:hoje|ontem|esta)))|
    fomos todos despedidos(?! (?:da cozinha|do curso|de casa)){LAUGHS_LATER}"""
# A redundancy, a divorce or a "they let me go" told as the start of something wanted, later in
# the comment ("My redundancy came through and I've finally opened my bakery!", "Divorce was
# finalised yesterday, best day of my life lol, celebrating with cake!"): no hard time. Goes after
# the words.
NEW_START = r"""(?![^\n]*(?:\bthrilled\b|\bcelebrat|best day of my|\bso happy\b|\bfinally (?:opened|
    free|started|quit)\b|\bopened my\b|🎉|🥳))"""
GRIEF_STRONG = rf"""passed away|passing of|{ANNIVERSARY_TOLD}|
    {OLD_PET_GONE}|{SEIZURE_TOLD}|{TEAM_LET_GO}|
    {DEATH_OBLIQUE}|{PARTI}|{PARTI_BARE}|{MISSED}|
    funeral(?! potatoes)(?<!i'm a funeral)(?<!i am a funeral)(?<!as a funeral)|
    {DEATH_TOLD_FR}|{DEATH_TOLD_INTL}|
    {PET_DEATH_FR}|
    {LOST_TOLD}|
    (?:out of|home from|back from) (?:the )?hospital after (?:my|an?|the|her|his|our) (?:\w+ )?(?:
    operation|surgery|op)(?![^.!?]*\b(?:fully recovered|good as new|back to normal|feeling great|
    last year|years ago|since then))|
    (?:(?:writing|reading|sitting|sat|sleeping|staying|(?:{KIN}|little one)(?:
    's| is| was| has been)) (?:\w+ )?|(?:we'?re|i'?m|we are|i am) (?:(?:still|back|stuck|here|
    now|sitting|sleeping|staying|writing|living) )?)(?:from|in|on|at) (?:the )?(?:children'?s|
    kids'?|paediatric|pediatric|neonatal) (?:ward|hospital|icu|unit)(?! (?:team|staff|rota))
    (?![^.!?]*\bas an? (?:doctor|nurse|volunteer|consultant|paediatrician|pediatrician|porter|
    clown|cleaner)\b)|
    (?:i|i'?ve|i have) (?:just )?(?:keep|kept|been) crying (?:at work|all day|every (?:day|night)|
    for (?:no reason|days|weeks)|and i don'?t know why)(?! (?:laughing|at the|over the|watching|
    reading))(?![^.!?]*\b(?:proud|happy tears|tears of joy|for joy|so happy|laugh\w*|hilarious|
    funny|jokes?))|
    barely holding (?:it|myself|things) together(?= *(?:[.!…,]|$| since| these| this| and| at|
    with(?! (?:\w+ )?(?:two|three|four|five|twins|toddlers|kids|babies|children)(?![^.!?]*
    \bsince (?:he|she|they) left(?= *(?:[.!…,]|$))))| right))
    (?![^.!?]*\b(?:excite\w*|anticipation|giggl\w*|laugh\w*|heat|degrees|humid\w*|joy|twins|
    toddlers?|bedtime|game|level|boss|dungeon|miles?|km|race|marathon)\b)|
    (?:(?:^|(?<=[.!?…] ))(?:and |honestly,? |just )?|(?:i'?m|i am|i'?ve been|i have been) (?:just |
    slowly |quietly |completely |kind of |kinda )?)falling apart(?= *(?:[.!…,]|$| since| these|
    this| lately| inside| at the seams| right now| without))
    (?![^.!?]*\b(?:cakes?|bread|loaf|dough|crumb|pastry|burgers?|book|binding|shoes|boots|
    car|house|sofa|jeans|laugh\w*|lol|haha)\b)
    (?![^.!?]*\b(?:flu|cold|covid|virus|fever|cough\w*|sick|bug|hangover)\b)|
    memorial service|
    (?:the|a|his|her|their|(?:{KIN})'s) memorial (?:tea|lunch|reception|gathering|dinner|meal)
    (?![^.!?]*\b(?:annual|yearly|every|club|cup|trophy|fund\w*|raised|roof|society|museum|
    war memorial|
    memorial (?:park|hall|day|cup|trophy|match|race|run))\b)|
    (?:at|for|to) (?:the|a|his|her|their|(?:{KIN})'s) celebration of (?:his |her |
    their )?life(?!'s)(?! and\b)(?![^.!?]*\b(?:wedding|anniversary|birthday|school|class|
    earth day|
    spring|christening|graduation)\b)|
    (?:sitting|sat|sit) shiva|shiva (?:house|call|visit)(?![^.!?]*\b(?:neighbou?rs|temple)\b)|
    (?:call|news|told (?:us|me)|found out|heard) (?:that )?(?:my |our )?(?:{KIN}) didn'?t make it
    (?! (?:to|into|onto|home|in time|past|back|out|on|up|for)\b)(?![^.!?]*\b(?:team|squad|
    final|cut|interview|audition|trials?|exams?)\b)|
    (?<!\bi )(?<!we )(?<!kids )(?<!starter )didn'?t make it through (?:the night|surgery|
    the surgery|the operation)(?! (?:shift|without)\b)|
    (?<!says )(?<!say )(?:it'?s|it is|it was|turns out it'?s|they said it'?s|
    confirmed it'?s) (?:cancer|lymphoma|leuka?emia|melanoma|carcinoma|sarcoma|myeloma|
    mesothelioma|glioblastoma)(?= *(?:[.…]|$))|
    (?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|
    thirty|forty|fifty) years? without (?:(?:my|our) (?:{KIN})|(?!(?:kids?|children|babies|
    friends?|family|partner|boyfriend|girlfriend|pets?|dog|cat)\b)(?:{KIN}))(?= *(?:[.!…,;:()—–-]|
    $|today|now|and|but))(?! and (?:my |our )?(?:{KIN})'s)(?![^\n]*\b(?:(?:is|he'?s|she'?s|
    they'?re|are|came|got|comes|coming) (?:back|home)|back from|reunited|visit\w*|deployed|
    deployment|moved (?:to|abroad)|abroad|
    child-?free|best (?:decision|thing)|happier|single|(?:got|adopted|have) a (?:new )?(?:puppy|
    kitten|dog|cat))\b)|
    (?:\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt) ans? (?:déjà )?sans (?:(?:toi|
    vous),? )?(?:mon |ma |notre )?(?:{KIN}|{KIN_OTHER})(?= *(?:[.!…,;:()—–-]|$|aujourd'hui|déjà))
    (?![^\n]*\b(?:vit|vivent|habite|rentr\w*|revien\w*|reviens|retour\w*|retrouv\w*|réuni\w*|
    mission|erasmus|étudi\w*|études|expatri\w*|voyage\w*|vacances|saison|ski|survécu|déployée?|
    australie|canada|colo|internat|(?:il|elle) (?:est|vit|dort) chez)\b){FR_LAUGH_AFTER}|
    (?:\d+|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte) años? sin (?:(?:mi |
    nuestr[oa] )(?:{KIN}|{KIN_OTHER}|papá|mamá)|papá|mamá|papa|mama)(?= *(?:[.!…,;:()—–-]|$|hoy|
    ya))(?![^\n]*(?:😍|\b(?:vuelve|volvi[óo]|vino|viene|regresa|regres[óo]|por fin|aeropuerto|
    adopt\w*|trabaja|vive|viven|visit\w*)\b)){LAUGHS_LATER}|
    (?:i|we) had to say goodbye to [a-z]+ (?:yesterday|today|this morning|last night)(?= *(?:[.!…]|
    $))|
    (?:i|we) had to put (?!(?:the|them|it|myself|kids|baby|babies|twins)\b)[a-z]+ to sleep (?:
    yesterday|today|this morning|last night)(?= *(?:[.!…]|$))(?![^\n]*\b(?:teeth\w*|nap\w*|
    bedtime|cot|crib|up since|overtired|lullaby|laptop|computer|pc|phone|tablet)\b)|
    (?:still smells|smells) (?:like|of) (?:him|her|them) still|still smells (?:like|of) (?:him|her|
    them)(?= *(?:[.!…,]|$))(?![^\n]*\b(?:boyfriend|girlfriend|so sweet|puppy|kitten|i mean|
    lol|haha)\b)|
    (?:his|her|their|(?:my|our) (?:{KIN})'s) (?:chair|seat|place) (?:
    at the table is (?:still )?empty|is still empty|is empty (?:now|at the table))
    (?![^.!?]*\b(?:because|every|when|while)\b)|
    (?:house|home|kitchen|flat) (?:is|feels) (?:so )?(?:quiet|empty|silent) (?:now )?without (?:him|
    her|them)(?= *(?:[.!…,]|$))(?![^\n]*\b(?:moved|moving|roommate|flatmate|uni|university|
    college|trip|holiday|lol|haha\w*|(?:grandma|grandpa|granny|nan|nana)'s|grandparents|camp|
    sleepover|peace)\b)|
    hanged (?:himself|herself|themselves)|took (?:his|her|their) own life|{SUICIDE_OF_OTHER}|
    (?:we|i) buried (?:{KIN})(?! (?:in the sand|at the beach))|
    (?:you|he|she) would(?: have|'ve) been (?:\d+|\w+)(?: years old)? (?:today|this (?:week|year))|
    (?:(?:my|our) (?:{KIN})|mum|mom|dad|mama|papa|mummy|mommy|daddy|nan|nana|gran|granny|grandma|
    grandad|grandpa) would(?: have|'ve) been (?:\d+|[a-z]+ty|one|two|three|four|five|six|seven|
    eight|nine|ten|eleven|twelve)(?: years old)? (?:today|this (?:week|year))(?!,? if\b)|
    happy (?:\w+ )?birthday in heaven(?! (?:is|was) a (?:song|hymn|poem|card))|
    (?:(?:mi|nuestr[oa]|su) (?:[\w-]+ )?(?:{KIN_ROMANCE})(?: [\w-]+)?|papá|mamá) (?:se fue|
    se ha ido|se marchó) al cielo(?! de\b)(?![^\n]*(?:😍|\b(?:gracias|receta|postre|tarta|
    bizcocho)\b)){LAUGHS_LATER}|
    (?:went|gone) to sleep for the (?:last|final) time|
    (?:in|been in) (?:a )?(?:really )?dark place(?! with (?:my|the|this) (?:\w+ )?(?:skills|baking|
    bread|sourdough|cooking|code|work|garden\w*))|
    (?:an )?empty chair at the (?:dinner )?table|
    (?:{KIN})'s memorial(?= *(?:[.!…,;]|$| and| yesterday| today| last| on| this))|
    (?:she|he) would(?: have|'ve) turned (?:\d+|[a-z]+ty)(?: years old)? (?:today|this (?:week|
    month|year)|on \w+day)(?!,? if\b)|
    (?:^|(?<=[.!?] ))(?:goodbye|farewell|saying goodbye to|losing|remembering|adieu|
    au revoir)[, ]+(?:my |our |mon |ma |notre )?(?:{KIN})(?: \w+)?(?= *(?:[.!…]|$))|
    (?:{KIN})(?: \w+)?,? \(?(?:1[89]|20)\d\d ?[–-] ?(?:19|20)\d\d\)?(?= *(?:[.!…]|$))|
    condolences(?! to my (?:diet|waistline|wallet|jeans))|
    in memoriam|in loving memory of (?:(?:my|our|his|her|their) )?(?:[\w-]+ )?(?:{KIN})|
    in memory of (?:(?:my|our|his|her|their) (?:late |beloved |dear )?)?(?:{KIN})(?= *(?:[,.!;:]|$|
    who|and))|
    had to let (?:him|her|them) go(?= *(?:[.!…,]|$))|{WAKE}|
    sympath(?:y|ies) (?:for|on) (?:your|the) loss|deepest sympath(?:y|ies)|
    sorry for (?:your|the) loss|bereave\w*|widowed|widower|
    (?<!good )(?!{GRIEF_OATH})grie(?:f{GRIEF_AS_TROUBLE}|ving|ved?)|mourn\w*|
    (?:i'?m|i am|became|i became|being|(?:christmas|birthday|year|anniversary|holiday|life|
    months?|weeks?) as) a (?:young |new |recent )?widow(?! (?:line|control|
    property|spider|maker))(?!'s walk)|
    miscarr\w+|still ?b(?:orn|irth)|
    lost (?:the|our|my|a) (?:baby(?! weight| fat| teeth| bump)|pregnancy)|
    chemo\w*|radiotherapy|radiation therapy|diagnos(?:ed|is|es) (?:with|of)|
    (?:i'?m having|i am having|i'?ll be having|booked (?:in )?for|go(?:ing)? in for|
    scheduled for) (?:a |an |the |my )?(?:double |partial |emergency )?(?:mastectomy|lumpectomy|
    hysterectomy|amputation|(?:open[- ])?heart surgery|brain surgery)(?![- ](?:recovery|
    anniversary|party|celebration|scars?|check-?up|free|cakes?|survivors?|training|placements?|
    rotations?|courses?|lectures?|exams?|scenes?|jokes?)\b)|
    (?:mastectomy|lumpectomy|hysterectomy|amputation) is (?:booked|scheduled) for|
    (?:i'?ve been|i'?m|i am|i was|been) (?:\w+ )?(?:fighting|battling) (?:(?:breast|lung|colon|
    bowel|skin|ovarian|prostate|brain|bone|blood|pancreatic|stage \w+) )?(?:cancer|leuka?emia|
    lymphoma|ms(?! (?:paint|office|teams|word|excel|edge|dos)\b)|lupus|sepsis(?! of the))|
    (?:she|he)(?:'d have|'d'?ve| would have| would'?ve) loved (?:her|his) grand(?:kids|children|son|
    daughter|baby|babies)|
    (?:the|a|your) diagnosis|terminal(?:ly)? ill|
    (?:my|her|his|their|mom's|mum's|dad's|mother's|father's) (?:\w+ )?diagnosis|
    (?:stage (?:[1-4]|i{{1,3}}|iv|one|two|three|four)|metastatic) (?:\w+ )?(?:cancer|carcinoma|
    melanoma|lymphoma|tumou?r)|
    (?:i was|i'?ve been|i'?m|i am|i woke up) (?:\w+ )?(?:in|from) a (?:medically induced )?coma|
    hospital bed|(?:i'?m|i am|we're|we are|i was|we were|i might be) (?:\w+ )?infertile|
    buried (?:my|our|his|her|their) (?:\w+ )?(?:{KIN})|
    (?:house|home|car|flat) (?:was |got |has been )?repossessed|foreclos(?:ed|ure)|
    (?:and i|we) (?:are |'re |have |just |recently )?(?:splitting up|split up|separating|
    separated)(?! (?:the|a|an|our|my|your|it|them|this|that|these|those|into|work|tasks?|\w+ing)\b)|
    terminal (?:cancer|diagnosis)|
    hospice(?<!i'm a hospice)(?<!i am a hospice)(?<!as a hospice)(?<!work in hospice)|
    palliative(?<!i'm a palliative)(?<!as a palliative)(?<!work in palliative)|
    end[- ]of[- ]life (?:care|nurse|nursing|planning|decisions?|wishes|doula)|
    (?:treatment|chemo|surgery) (?:failed|didn'?t work|stopped working|isn'?t working)|
    laid off|layoffs?|lost (?:my|his|her|our|their) jobs?|
    (?<!of )(?<!from )(?<!me )(?<!us )(?<!not )(?<!avoid )(?<!without )(?<!about )losing (?:my|
    our) (?:jobs?|marriage)(?! (?:interviews?|applications?|titles?|hunt\w*|search\w*)\b)(?! *\?)
    (?![^\n]*(?:\bpromot\w*|
    \bas (?:the )?(?:family|head|chief|resident)\b|\blol\b|\bhaha|😂|🤣|\bbest thing|
    \bpush i needed|\bblessing in disguise|\bmaking of me))|got (?:fired|let go|sacked)|
    been (?:fired|let go)|made redundant|unemployed|
    burn(?<!avoid burn)(?<!avoiding burn)(?<!prevent burn)(?<!preventing burn)(?:(?:ed|t)[- ]?out|
    burnout)(?![- ](?:proof|prevention|free))|
    (?<!economic )(?<!great )(?<!tropical )depression(?![- ]era)|depressed|depressive|
    panic attacks?|
    anxiety attacks?|(?:my|our) anxiety|anxiety (?:has|is|was) (?:been )?(?:so )?bad|
    (?:my|our) mental health|suicid\w*(?! squad)|selbstmord\w*|suizid\w*|
    sich (?:\w+ ){{0,3}}das leben genommen|self[- ]harm|(?:my|our|the) divorce|divorced|divorce is|
    getting divorced|separated from (?:my|our) (?:wife|husband|partner)|dementia|alzheimer\w*|
    parkinson\w*|multiple sclerosis|cancer (?:came back|returned|is back|spread)|
    (?:has|had|have|with|got) cancer|tumou?rs?|biopsy|intensive care|\bicu\b|\bnicu\b|\bpicu\b|
    (?<!starter is on )(?<!starter's on )(?<!plant is on )(?<!oven is on )life support|
    psych(?:iatric)? (?:ward|hospital|unit)|
    (?:baby|babies|twins?|scan|ultrasound) (?:had|has|showed|with) no (?:fetal )?heartbeat|
    there (?:was|is) no (?:fetal )?heartbeat(?= *(?:[.!…]|$))|
    (?:my|our|his|her|their) (?:{KIN}) (?:went|has gone|has been) missing|
    put (?:our|my|his|her|their|him|her|them) (?:\w+ ){{0,3}}down|had to put (?:\w+ ){{0,3}}down|
    put to sleep|{DEATH_TOLD}|{REST_IN_PEACE}|no longer with us|
    {REST_IN_PEACE_INTL}|
    lost (?:my|our|her|his|their) (?:\w+ )?(?:{KIN})|
    (?:(?:^|(?<=[.!?…] ))it|cancer|covid|dementia|suicide|leuka?emia|(?:that|the) disease) took
    (?: my| our) (?:
    {KIN})(?: (?:too|as well|also|from (?:me|us)|in \d{{4}}|last (?:year|month|week)|
    (?:\w+ ){{1,2}}(?:years?|months?|weeks?) ago))*(?= *(?:[.!…]|$))|
    (?:scatter|spread)\w* (?:\w+ ){{0,3}}ashes|
    (?:hard|rough|tough|difficult|awful|terrible|horrible|dark|grey|gray|brutal) (?:day|days|
    week|weeks|month|months|year|years|time|times|patch|season|stretch)(?! (?:with|to|getting|
    understanding|finding|figuring|installing|setting|making|reading|following|\w+ing))|
    (?:i'?ve|i have|we'?ve|we have) been struggling|going through (?:a lot|hell|it)|
    (?<!hard i )(?:can'?t|couldn'?t) stop crying(?! (?:laughing|from laughing|with laughter))|
    cried (?:all(?! (?:the way )?through)|for(?! joy)|myself)|
    heartbroken(?! (?:that|when) i (?:burned|burnt|dropped|forgot|overbaked|ruined|broke|spilled|
    missed))|
    broken[- ]hearted|devastated(?! (?:when|that) (?:my|the|i) (?:\w+ )?(?:loaf|cake|bread|batch|
    bake|starter|souffl\w*|dough|oven|burned|burnt|dropped|forgot))|
    (?:kidney|heart|organ|renal|liver) failure|rainbow bridge|
    oncology(?<!work in oncology)(?<!as an oncology)(?<!i'm an oncology)|
    infertility|ivf|infertilité|(?:je suis|nous sommes|on est|je suis devenue?) (?:\w+ )?(?:
    stériles?|infertiles?)(?= *(?:[.!…,;:]|$| depuis\b| et\b| tous\b| les deux\b))
    (?![^\n]*\b(?:bocaux|pots|stérilis\w*|idées?|inspi\w*)\b){FR_LAUGH_AFTER}|
    trying (?:for a baby|to conceive)|
    long covid|chronic (?:pain|illness)|
    caregiver|caring for my|(?:my|our|her|his) late (?:{KIN})|since (?:\w+ )?(?:passed|died)|
    (?:first|second) (?:christmas|birthday|year|mother'?s day|father'?s day) without|
    wish (?:he|she|they|my \w+) could have seen|
    (?:my|our) (?:late )?(?:{KIN}) would (?:have|'ve) (?:loved|liked|enjoyed|been so)|
    (?:mon|ma|mes|notre|nos) (?:\w+ )?(?:{KIN}|{KIN_OTHER}) aurai(?:t|ent) (?:adoré|aimé|été si)|
    (?:(?:don'?t|do not|no idea|not sure)(?: i)?(?: know)? how|how (?:do|can|will|am) i(?:
    supposed)?)(?: to| i'?m (?:supposed|going) to)? (?:go on|keep going|carry on|live|move on|
    do this|get through (?:this|it)) without (?:her|him|my (?:{KIN}))|
    (?:je ne sais pas comment|comment (?:je vais|on fait pour|vais-je)) (?:\w+ )?(?:continuer|
    vivre|avancer|tenir) sans (?:elle|lui|(?:mon|ma) (?:{KIN}|{KIN_OTHER}))|
    (?:ich weiß nicht|weiß nicht), wie ich ohne (?:sie|ihn) (?:weiterleben|weitermachen)|
    no sé cómo (?:seguir|vivir|continuar) sin (?:ella|él)|
    non so come (?:andare avanti|vivere|continuare) senza di (?:lei|lui)|
    não sei como (?:viver|continuar|seguir) sem (?:ela|ele)|
    (?<!quand )(?<!si )il manque (?:une personne|quelqu'un) à (?:la )?table(?= *(?:[.!…,]|$| chez|
    cette| depuis))|
    lighting a candle|lost someone|losing (?:a|my|your|our) (?:\w+ )?(?:{KIN}|parent|child|baby|
    loved one)|being let go|let go (?:from|after|end of)|(?:i|we) (?:was|were) let go(?! of)|
    (?:^|(?<=[.!?] ))they let (?:me|us) go(?= *(?:[.!…,]|$| today| yesterday| this (?:week|morning)|
    last (?:week|month)| after))(?![^.!?\n]*(?:\.{{2,}}|…) *to\b){NEW_START}|
    my redundancy (?:came through|was confirmed|is official|went through){NEW_START}|
    (?:my |the )?divorce (?:was|is|got) (?:finali[sz]ed|final)(?= *(?:[.!…,]|$| yesterday| today|
    this (?:week|morning))){NEW_START}|
    (?:my|a|our) redundancy (?:notice|letter|email|package)|(?:team|job|role|position) (?:got |was |
    getting )?(?:cut|eliminated)|lost (?:my|our) (?:job|home|house|business|startup)|
    (?:a|my|our|the|through a) (?:divorce|breakup|miscarriage|
    funeral(?! potatoes)(?<!i'm a funeral)(?<!i am a funeral)(?<!as a funeral))|
    (?<!after a )(?<!on a )(?<!for a )bad day|
    crappy day|worst (?:day|week|month|year|night)s? of (?:my|our) (?:entire |whole )?li(?:fe|
    ves)(?! *(?:😂|🤣|lol|lmao|haha|jk))|
    awful day|(?:my|our|his|her) (?:cancer|tumou?r|chemo|surgery|illness|
    diagnosis|treatment)|anxiety (?:has|makes|is|kept|keeps)|(?:my|with|from) anxiety|
    hope the (?:surgery|treatment|scan|results?)|(?:recovering|recovery) (?:from|after)|
    so sorry 😭|(?:this|that|it) (?:is|was|made me|makes me) (?:so|very|really|incredibly|truly|
    just) sad|so sad to (?:read|hear)|^[😢😭😞😔🥺💔 ]+$|
    rip (?:to )?(?:(?:your|my|our) )?(?:{KIN})\b|rip (?:to )?(?:your|my|our) (?:sweet|old|beautiful|
    dear|little)|rest easy|
    fly high|gone too soon|died suddenly|
    killed (?:himself|herself|themselves)|took (?:his|her|their) (?:own )?life|died by suicide|
    (?:am|i'?m|being|been|was|were|got|get|getting) (?:\w+ )?bullied|bullied (?:at|by|me|for)|
    cyberbull\w*|
    (?:haven'?t|have not|hasn'?t|has not) (?:spoken|talked) (?:to|with) (?:my|our) (?:{KIN}) (?:in|
    for) (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|a few|over \w+) )?years
    (?! (?:about|in (?:person|\w+ish|french|welsh|dutch|greek))\b)
    (?![^\n]*\b(?:again|reconnect\w*|back in touch|made up|lol|haha\w*|ring|rang|
    call|called|calling|phoned?|texted|messaged|chat\w*|got us|reach(?:ed)? out)\b)|
    (?:{KIN}) (?:(?:left|dumped|cheated on|walked out on) (?:me|us)(?! (?:a|an|the|some|with|this|
    that|\w+ing)\b)|(?:has |have )?stopped (?:talking|speaking) to (?:me|us)(?! (?:about|for|during|
    while|until))|(?:won'?t|doesn'?t|refuses to) (?:talk|speak) to (?:me|us)(?= *(?:[.!…,]|$|
    any ?more))|(?:kicked|threw) (?:me|us) out(?= *(?:[.!…,;]|$| of (?:the|their|our|my) (?:house|
    home|flat|apartment)| when| at| after| because| last| two| three| a (?:year|month|week)))|
    (?:hits|hit|beats|beat|hurts|kicks|chokes|slaps|punches|punched|shoves) (?:me|us)(?= *(?:
    [.!…,]|$|when|whenever|every|again|sometimes|if|and|in front))|
    (?:has been|had been|was|is|'s been) (?:\w+ )?cheating(?! (?:at|in|on (?!me\b))))|
    broke up with (?:me|him|her)|
    we (?:just |recently )?broke up(?! (?:the|it|this|that|our|a|an)\b)|
    (?:my|our) (?:marriage|relationship|life|family|world) (?:is|was|
    has been) (?:\w+ )?(?:falling apart|over|ending|ended|in pieces)|
    i'?m falling apart(?! laughing| with laughter)|
    (?:my|our) (?:marriage|relationship|engagement) (?:just |finally |recently )?(?:ended|
    fell apart|broke down)|
    took the kids|loneliness|(?:nobody|no one|noone) to talk to|can'?t cope|
    (?:struggling|unable) to cope|rock bottom|at my lowest|my lowest point|
    (?:bomb|air[- ]raid) shelters?|air raids?|
    (?:under|during|through) (?:the )?(?:heavy )?shelling|
    (?:we|i) (?:bake|sleep|live|hide|stay|are|am)\w* (?:\w+ )?in (?:the|a|our) shelter|
    (?:we'?re|i'?m|i am|we are) (?:(?:\w+ )?in (?:the|a|our) (?:bomb )?shelter(?! (?:kitchen|
    office|shop|business))|(?:finally )?safe now(?= *(?:[.!…]|$)))|the kids are safe now|
    (?:writing|reading (?:this|your \w+)) (?:to you )?(?:from|in) (?:kyiv|kiev|kharkiv|
    odesa|odessa|mariupol|zaporizhzhia|dnipro|kherson|gaza|rafah|khartoum|aleppo)|
    (?:flee|fled|fleeing) (?:the |a |our )?(?:war|
    country|home|fighting|bombs?)|refugees?|war in (?!the\b)\w+|
    (?:our|my) (?:house|home|flat|apartment) (?:was |got |is )?(?:burned|burnt|flooded|destroyed)|
    (?:house|home|flat|apartment) (?:burned|burnt) down|
    lost (?:the|our|my) (?:house|home|flat|apartment) (?:in|to) (?:a |the )?(?:fire|flood)|
    lost everything(?= *(?:[.,;!]|$|in |when |after |we |i ))|
    (?:got|been|was|were|being|getting) evicted|eviction (?:notice|letter|papers)|
    (?:our|my|an?|the) eviction (?:hearing|court)(?![^.!?]*\b(?:clients?|cover)\b)|
    (?:the )?bailiffs (?:came|come|are coming|arrived|turned up)(?![^.!?]*\b(?:act|scene|episode|
    play|show|film|movie|panto|series|novel|chapter|downton|musical|cast|wrong house|hilarious|
    lol|haha)\b)|
    (?:(?:{KIN})|he|she|they) (?:still )?(?:doesn'?t|does not|don'?t|didn'?t) (?:recogni[sz]e|
    know) (?:me|us|who (?:i am|we are)) any ?more
    (?![^.!?]*(?:lol|haha|beard|haircut|hair|glasses|😂|🤣|flour|face|apron|wearing|costume|
    make-?up|mask|teenager|football|since (?:he|she|they) (?:discovered|got into|started)|
    since i (?:started|got)))|
    (?<!got )(?<!been )(?<!was )(?<!forum )(?<!mods )(?<!admin )(?<!site )purged (?:again|after (?:
    eating|dinner|lunch|breakfast|making|every))(?! *\?)(?![^.!?]*\b(?:pantry|fridge|
    cupboards?|inbox|files|wardrobe|clear\w*)\b)|binged and purged|
    (?:i'?m in|in the middle of|having|during|day \d+ of) (?:a|another|my) (?:bad |big |nasty |
    (?:crohn'?s|lupus|ms|migraine|fibro\w*|endo\w*|arthritis|colitis|eczema|psoriasis|pain|
    symptom) )?flare(?:[- ]up)?(?! gun| of)(?! (?:demonstration|ceremony|display|photography|
    launch|signal|party|stack|pit)\b)(?![^.!?]*(?:\blol\b|\bhaha|😂|🤣))|
    (?:crohn'?s|lupus|ms|fibro\w*|endo\w*|arthritis|colitis|eczema|psoriasis|migraines?|pain) (?:
    is |are |has been |have been )?flar(?:ing|ed)(?: up)?(?![^.!?]*(?:\blol\b|\bhaha|😂|🤣|
    next time|worth it))|
    (?:crohn'?s|lupus|fibro\w*|endo\w*|arthritis|colitis|migraine) flare(?:[- ]up)?|
    (?:i'?ve been|been|i'?m|i am) (?:skipping meals|restricting) again(?![^.!?]*\b(?:carbs?|
    sugar|gluten|marathon|diet|exams?|training|race|cheat)\b)|
    (?:haven'?t|have not) eaten (?:properly |anything |a proper meal )?in (?:days|
    weeks)(?= *(?:[.!…,]|$| and))|
    (?:^|(?<=[.!?…] )|(?<=but )|(?<=and ))i (?:used|drank) again(?= *(?:[.!…,]|$|(?: last night|
    yesterday| this (?:week|weekend))(?= *(?:[.!…,]|$))))(?![^.!?]*\b(?:better|recipe|flour|
    starter|loaf|bread|tea)\b)|
    (?:he|she) left me for (?:my|his|her|a|an|someone|another)(?! (?:whole|minute|moment|second|
    bit|while|
    few|dead)\b)(?![^.!?]*\b(?:cakes?|croissants?|nap|playstation|xbox|phone|games?|tv|telly|
    bread|loaf|slice|snacks?|sandwich|dinner|lunch|toys?|ipad|football|golf|loyalty|team|
    bake-?off)\b)|
    (?:i'?m|i am) (?:so |really |too )?(?:scared|afraid|terrified) to go home(?= *(?:[.!…,]|$|
    tonight|again))(?![^\n]*\b(?:kidding|jk|oven|eaten|tease|mess|disaster|burnt|bread|loaf|
    cake|slice)\b)|
    (?:^|(?<=[.!?] ))(?:he|she) (?:hits|beats|hurts|slaps|punches|kicks|chokes) me(?= *(?:[.!…,]|$|
    when|whenever|if))(?!(?<=beats me) when (?:we|it comes to)\b)(?![^.!?]*\b(?:race|racing|
    games?|chess|scrabble|cards|tennis|running|
    play\w*|match|at)\b)|
    (?:choose|choosing|chose) between (?:heating|eating|food|rent) and (?:eating|heating|food|rent)|
    (?:we'?re|i'?m|we are|i am|been) (?:on|using|relying on) (?:the |a )?food ?banks?(?= *(?:[.!…,]|
    $| now| again| this| since| but| and))|
    (?:got|been given|was given|(?:was|been|got) handed) my notice (?:at work|today|yesterday|
    this week)(?![^.!?]*\b(?:passed|promotion|promoted|accepted|approved|own|retir\w*|allotment|
    at last|finally|celebrat\w*|full-time|bakery|new job)\b)|
    can'?t stop thinking about (?:the|my|his|her) (?:accident|crash|attack|assault|diagnosis|
    miscarriage|funeral)(?![^.!?]*\b(?:race|f1|show|film|movie|episode|series|drama|game|match|
    souffl\w*|cake|loaf|bread|market|stocks?|what a)\b)|
    (?:nobody|no one) (?:came|showed up|turned up) (?:to|for) my (?:birthday|party|wedding|
    graduation)(?: party)?(?= *(?:[.!…]|$| again| this year))
    (?![^\n]*\b(?:kidding|jk|joking|lol|haha\w*)\b)|
    (?:starting|started|start|i'?m on|been on) (?:my )?antidepressants(?! for (?:my|our|the) (?:
    dog|cat|pet|puppy))|
    (?:{KIN}) (?:went|moved|has gone|had to go|has moved) into (?:a|the) (?:care |nursing )?home
    (?= *(?:[.!…,]|$| this| last| today| yesterday))(?![^.!?]*\b(?:first|flat|own|housewarming|
    bought|renovat\w*|new)\b)|
    (?:been |was |were )?(?<!car was )(?<!van was )(?<!battery was )(?<!phone was )
    (?<!laptop was )(?<!tree was )given (?:(?:only |just |about |around )?(?:a few|
    \d+|two|three|four|five|six|nine|twelve|eighteen) )?(?:days|weeks|months) to live(?![^.!?]*\b(?:
    bounced back|repair\w*|but it|still (?:here|going|alive|running|working|ticking)|starter|
    sourdough|thriving|plant|oven|mechanic|garage|engine|battery|harvest)\b)|
    given (?:days|weeks),? not (?:weeks|months)|
    (?:my|our) angel (?:baby|babies|son|daughter|boy|girl)(?! (?:helped|slept|washed|cleaned|ate|
    made|baked|did|loves?|loved|always|never|is now|turned|cousin|sister|brother|niece|
    nephew)\b)|(?:i'?m|am|been|was|were|became|
    becoming) homeless|(?:being |been |was |were |getting )?made homeless|
    sleeping rough|relapsed|relapse|(?:drug|alcohol|gambling|opioid|heroin|
    cocaine|meth) addiction|alcoholism|(?:in|out of) rehab|(?:i|we|he|she|they) (?:was|were|got|
    have been|had been|has been) (?:\w+ )?abused|abused (?:as a (?:child|kid|teen)|by (?:my|his|her|
    their|a|an))|abusive (?:relationship|partner|parents?|home|
    father|mother|husband|wife|ex|marriage)|domestic (?:violence|abuse)|child abuse|assaulted|
    raped|\bptsd\b|(?:my|childhood|the) trauma|traumatic (?:experience|event|birth|brain)|
    eating disorder|anorexi\w*|bulimi\w*|i'?m in (?:so much |constant |a lot of )?pain|
    (?:constant|daily) pain|in pain (?:every|all)|
    (?:i|i'?ve|i have|i had|had|after) (?:a )?(?:stroke|heart attack|seizure)(?! of)|
    (?:i'?ve been|i was|i am|i'?m) (?:\w+ )?(?:in|at) (?:the )?hospital|
    (?:^|(?<=[.!?] ))(?:back )?in (?:the )?hospital again(?! ?\?)|
    been (?:\w+ )?(?:in|at) (?:the )?hospital(?! (?:software|it|tech|admin\w*|management|systems?))|
    since (?:the|my|our) (?:car |bike |motorbike |motorcycle )?accident|
    since (?:the|my|our) (?:car|bike|motorbike|motorcycle) crash|
    (?:ended up|landed|went|was rushed|rushed|was taken|taken) (?:\w+ )?(?:in|to|at) (?:the )?(?:er|
    a&e|emergency room|emergency department|urgent care)(?![\w&])(?! (?:diagram|model|tab))|
    (?<!nearly )(?<!almost )(?:broke|fractured) (?:my|his|her|their|our) (?:\w+ )?(?:arm|wrist|leg|
    ankle|hip|neck|collarbone|ribs?|foot|hand|finger|toe|elbow|shoulder|knee|pelvis|jaw|
    skull)(?! (?:mixer|blender|pump|brake|drill|towel|cream))|
    (?:a|my|his|her) broken (?:arm|wrist|leg|ankle|hip|collarbone|foot|hand|elbow|knee|pelvis)|
    (?<!if i )(?<!if you )(?<!if we )(?<!if he )(?<!if she )(?:got|was|were|been|getting) (?:hit|
    run over|killed|struck) by a (?:car|truck|lorry|bus|train|van)(?! (?:error|factor|
    fault|tomorrow))|(?:got|was|been|getting) run over(?! by (?:deadlines|work|emails))|
    (?:can'?t|cannot) stop (?:shaking|trembling)(?= *(?:[.!…,]|$))|
    (?:doctors?|oncologists?|the hospital|nurses?|the vets?) (?:say|said|told (?:us|me)) (?:
    that )?(?:there'?s|there is) nothing (?:more|else) (?:they|we|anyone) can do(?! (?:about|
    with|on))|
    (?:cheated|cheating) on me|
    (?:ex|step(?:dad|father|mum|mom|mother)) (?:hits|hit|beats|beat|hurts|kicks|chokes|slaps|
    punches|punched|shoves) (?:me|us)(?= *(?:[.!…,]|$|when|whenever|every|again|sometimes|if|and|
    in front))|
    finally (?:leave|left|leaving) (?:my (?:husband|wife|partner|boyfriend|girlfriend|abuser)|
    him|her)(?= *(?:[.!…,]|$|after|and))|
    estranged|
    (?:christmas|the holidays|holidays|mother'?s day|father'?s day|this time of year|sundays|
    birthdays) (?:is|are|will be|was|has been|have been) (?:so |really |always |very |still )?(?:
    hard|tough|difficult|rough|lonely)(?= *(?:[.!…,]|$| for (?:me|us)| without))|
    c(?:an'?t|annot|ouldn'?t|an not) afford (?:to eat|food|groceries|rent|the rent|my rent|
    heating|to heat|my meds|my medication|insulin|therapy|diapers|nappies)(?= *(?:[.!…,;]|$|
    this|right|any|and|but|so|until|since|anymore))|
    some days are (?:really |so |very )?(?:hard|tough|dark|awful|rough)(?= *(?:[.!…]|$))|
    (?:waiting list|wait list|waitlist) (?:for|to see) (?:a |an )?(?:therapist|psychiatrist|
    counsell?or|mental health|surgery|transplant|operation)|
    (?:biopsy|scan|mri|ct|pet scan|mammogram|blood test|pathology|my) results (?:come|are coming|
    will come|are due|came)(?: back)?|
    (?:days?|weeks?|months?|nights?) (?:post[- ]?op|after (?:my |the )?(?:surgery|operation)|
    (?:\d+ )?(?:in|at) (?:the )?hospital(?! (?:software|hackathon|kitchen|cafeteria|it|admin)))|
    the pain is (?:still )?(?:so |really )?(?:bad|awful|unbearable|terrible|constant)(?= *(?:[.!…,]|
    $))|
    (?:i|we) (?:no longer|don'?t|didn'?t) (?:had|have) a job(?= *(?:[.!…,]|$| any ?more))|
    (?:my|our) (?:whole |entire )?(?:team|department|division|office) (?:was|were|got|has been|
    have been) (?:all )?(?:let go|laid off|cut|made redundant|eliminated)(?! (?:early|home|for))|
    (?:and i|we) (?:have |'ve |just |recently )?decided to (?:separate|split up|divorce|
    get divorced|go our separate ways|end (?:our|the) marriage)(?= *(?:[.!…,]|$| after))|
    (?:lost|losing) (?:the|our|my) (?:home|house|farm)(?= *(?:[.,;!]|$))|
    (?:kids|children|boys|girls) (?:moved|have moved|went) (?:out )?with (?:their|my ex|her|
    his) (?:mother|mum|mom|father|dad)(?!'s)|
    (?:husband|wife|partner|boyfriend|girlfriend|fianc[ée]e?) (?:has |just )?(?:left|moved out|
    walked out)(?: (?:on \w+|last \w+|yesterday|today|this (?:morning|week|weekend)))?(?= *(?:
    [.!…]|$))|
    (?:job|work|career|role) (?:that )?(?:was|is|had been|has been) (?:slowly )?(?:breaking|
    crushing|destroying|killing) me(?! *(?:lol|haha|😂|🤣))|
    (?:(?:mon|ma|notre|mein|meine|unser|unsere) (?:\w+ )?(?:{KIN}|{KIN_OTHER}|hund|katze|
    kater|oma|opa|mann|frau|sohn|tochter)|papa|maman|mamie|papi|papy) (?:{EST_MORT}|ist tot)|
    (?:mon|ma|notre) (?:vieux |vieille |petit |petite )?(?:chat|chatte|chien|chienne|lapin|cheval|
    jument) [\w-]+ est morte?(?! de (?:rire|faim|froid|chaud|honte|peur|fatigue|jalousie))"""

# (Above, near the end: a parent who "doesn't recognise us anymore", a purge, meals skipped again,
# "I used again last night", an eviction hearing, the bailiffs, "He left me for my best friend";
# a chronic illness flaring ("I'm in a flare again", "Crohn's flare so I can't eat it"), "I'm
# scared to go home tonight", "He hits me when...", "choose between heating and eating", "We're on
# the food bank now", "I got my notice at work today", "Nobody came to my birthday.", "Starting
# antidepressants", "Mum went into a home", "given weeks, not months", "my angel baby"; not a cat
# after a haircut "lol", an app, an inbox purged, "left me for a minute", a lens flare, "a flare of
# creativity", "she beats me when we race", volunteering at the food bank, "my notice of
# acceptance", "a new home", angel food cake, "condolences to my diet".)

# Words of loss or illness that count with a person or pet in the same or the last sentence
# ("we lost Rosie", after "our dog"); not "the build died", nor "I'm legit dying, the cat photo
# is too funny", "I'm dying, the cat in the flour bag 😂", "My dad's speech, I was dying laughing".
GRIEF_WEAK = rf"""{DIED}|dies|dying(?! to| (?:of )?laugh)(?<!legit dying)(?<!literally dying)
    (?![^.!?\n]*(?:😂|🤣|💀|\blol\b|\blmao\b|\bhaha))|death|
    (?<!i'm )(?<!im )(?<!i am )(?<!literally )(?<!actually )dead{DEAD_TO_ME_LAUGHING}(?! (?:link|
    links|code|end|simple|
    easy|right|on|tired|serious|set|weight|zone|lock|letter|pixels?|keys?|inside|jealous))|
    lost(?! (?:my|our|the|a|an|some|track|interest|weight|time|money|data|keys?|it|count|sleep|
    patience|touch|faith|hope))|loss(?! function)|{PASSED}|cancer|sick|ill|illness|stroke|
    heart attack|
    hospital|hospitali[sz]ed|surgery|scan|scans|ambulance|accident|ashes|miss (?:him|her|them)|
    (?<!i'll be )(?<!i will be )(?<!we'll be )(?<!we will be )gone(?! (?:for (?!good|ever)|
    to (?!heaven|a better place|sleep|rest|be with|join|the rainbow)|
    again|off|shopping|camping|fishing|on (?:holiday|vacation|a trip)|away for)\b)|
    (?:il|elle|ils|elles) me manquen?t?(?= *(?:[.!…]|$| tellement| énormément| beaucoup| tant|
    terriblement| chaque| depuis))|
    miss (?:my|our) (?:{KIN})'s(?! (?:cooking|baking|food|bread|cakes?|pies?|soup)\b[^.!?\n]*
    \b(?:comes? close|came close|just like|tastes? like|as good as|reminds? me)\b)|
    miss (?:my|our) late (?:{KIN})|
    treatment|diagnosed|disease|recovering|recovery|overdos(?:ed|e)|ventilator|(?<!food )coma|
    ziekte|ziek|krank|{EST_MORT}|ist tot|liegt im sterben|
    malade|enfermo|enferma"""

# What « j'ai perdu » loses that is no one: « J'ai perdu 3 kilos avec tes recettes ! », « J'ai perdu
# la notion du temps en lisant ton blog », « perdu mes clés », « perdu mon pari » (session 38).
LOST_NOTHING = r"""(?:\d+|un|deux|trois|quatre|cinq|six|dix|quelques|
    pas mal de|plein de|beaucoup de)
    (?: \w+)? ?(?:kilos?|kg|grammes|g|cm|centimètres|livres|tailles?)|la notion|le fil|le compte|
    la tête|la boule|la raison|le nord|patience|(?:(?:mon|ma|mes|notre|le|la|les|un|ce|cette|ta|
    du|beaucoup de) )?(?:pari|clés|lunettes|gants|écouteurs|téléphone|portable|sac|parapluie|
    chaussettes?|chemin|souffle|latin|calme|sang-froid|temps|levain|recette|lien|match|partie)|
    (?:\w+ )?(?:minutes|heures)"""

# "I can't take any more" in French, German, Spanish, Italian, Portuguese and Dutch, said alone:
# a hard time in GRIEF_OTHER, unless the next sentence laughs („Ich kann nicht mehr. 😂", "Ya no
# puedo más. Jajaja qué foto", "Tô cansada de tudo. Kkkkk mentira": grief.hard_time_words).
# Session 39: „Ich mag nicht mehr." too, at a sentence's start (not „Drei Stück Kuchen später: ich
# mag nicht mehr.").
# Session 39's French hard times in GRIEF_OTHER that the next sentence can turn into a laugh or an
# everyday bake: « Je me suis remise à boire. De l'eau ! », « Mon fils a fait une tentative.
# Verdict : il veut recommencer ! », « Covid : j'ai plus de goût à rien. Vivement que ça
# revienne » (grief.hard_time_words; a cue sees its own sentence only). Matched whole on a cue.
TURNABLE_FR = r"""(?:mon|ma) .+ a fait une tentative|je me suis remise? à boire|
    (?:mon|ma) .+ boit.*|
    .*goût à rien|.*burn out|.+ de (?:divorcer|nous séparer|se séparer)|.+ pour une? autre|
    aurait été .+"""

# What turns them, said in the sentence after.
TURNED_FR = r"""😂|🤣|😅|😆|😄|😁|😜|😉|😹|mdr|ptdr|lol|haha\w*|hihi\w*|je plaisante|je rigole|
    je blague|de l'eau|du thé|du café|verdict|on a fini|recommencer|réussie?s?|covid|revienne|
    pizzas?|ratée?s?|délicieu\w*"""

# Session 38, French, all of which had been starred and quoted: « je vois plus le bout », « Jsuis
# au bout du rouleau », « Ma grand-mère est à l'hôpital depuis lundi » (not « Ma sœur est à
# l'hôpital, elle vient d'accoucher »), « On vient d'enterrer mon beau-père » (not « …la capsule
# temporelle de l'école »); words typed without accents (« mon pere est decede la semaine
# derniere », « les obseques de mon grand pere », « papa ns a quitte dimanche »); a vigil, a child
# in intensive care, a relapse, a long illness, the road to a baby that does not come (« la
# veillée funèbre de mon oncle », « mon fils est en réa depuis dix jours », « J'ai rechuté après
# deux ans sobre. » (not « J'ai rechuté sur le chocolat 😂 »), « Ma mère a la maladie de
# Charcot », « après trois FIV ratées », « en parcours PMA depuis 4 ans », « IMG à 24 semaines »,
# « Notre petit ange est parti à 20 SA » (not « …parti à l'école »), « Notre minou est parti
# rejoindre les étoiles » (not « La fusée est partie rejoindre les étoiles »)); a hand raised at
# home (« Mon mari me frappe et je ne sais pas à qui parler. », not « ma femme me bat aux
# échecs »); an assault (« Je me suis fait agresser dans la rue la semaine dernière », not « …par
# un cygne au parc mdr »).
# Other languages (French, German, Spanish, Portuguese, Italian, Dutch, Russian): a loss, an
# illness, a hard time.
# Not a reader who quit to open a bakery („Ich habe gekündigt", « Mi sono licenziata »), nor one
# home from hospital („aus dem Krankenhaus entlassen"), nor « ho perso il conto » or « 3 chili »;
# a German illness by its organ („Brustkrebs"), « mi hanno diagnosticato un tumore », a divorce
# („Wir lassen uns scheiden", "Estou me divorciando") are hard times; so is a job lost in slang,
# laughed off or not, as "I got fired yesterday lol" (session 38: « j'ai été viré hier… lol »; not
# « J'ai viré le sel de la recette » nor « je me suis fait virer de la cuisine par ma mère »).
# French tells an illness or a loss as the English list does ("tumour", "biopsy", "scattered
# his ashes"): « Le scanner a montré une tumeur. », « La biopsie est revenue. », « Mon fils est en
# réanimation depuis samedi. », « Nous avons dispersé les cendres de papa. »,
# « Je fais partie du plan social. » Not a nurse (« Je suis en réa depuis 15 ans comme
# infirmière »), a game (« Mon mari me bat de dix points au Scrabble »), a pigeon (« agresser
# par un pigeon »), a hen party (« On vient d'enterrer ma vie de jeune fille »), a sky lantern
# (« partie rejoindre les étoiles »), a surgeon's day (« j'ai retiré une tumeur ») nor wood ash.
# Not a charity run or a screening („Lauf gegen Brustkrebs", „Hautkrebs-Vorsorge"), an oncologist
# at work (« curo il tumore al seno »), « Mi hanno diagnosticato la celiachia, grazie! ».
# Session 40: SMS « g plu envie de rien », « je n'ai plus la force de continuer, je crois », « Mon
# mari m'a frappée hier soir » (not « m'a battue au Scrabble »), « Sa chaise est vide à table »,
# « Ma femme est partie avec les enfants. » (not « …avec les enfants au parc »), « que Dieu
# l'accueille dans son paradis », « Maman aurait adoré ce pain » (not « Maman a adoré »).
# A job lost for a better one, or laughed at: « Mon poste a été supprimé… et j'ai retrouvé un job
# en deux semaines ! », « L'entreprise s'est séparée de moi et j'ai enfin ouvert mon salon de thé ».
# (JOB_CUT_TURNED_OUT_WELL, above, says it in Spanish, German, Italian and Portuguese)
BETTER_AFTER = r"""(?![^\n]*(?:😄|😂|🤣|😁|🎉|\bmdr\b|bien mieux|meilleure chose|
    j'en ai (?:re)?trouvé|j'ai (?:enfin |vite |alors )?(?:re)?(?:trouvé|créé|ouvert|lancé)|
    (?:on|ils|elle|il) m'a proposé (?:mieux|un autre|un nouveau|une promotion)|
    j'ai (?:trop )?hâte))"""

GRIEF_OTHER = rf"""{DECEDE}|décès|
    deced\w*(?! de rire)|obseques|n(?:ou)?s a quitt(?:e|é)\w*(?! pour)|
    veillée funèbre|funérailles(?! (?:nationales|de la reine|du pape|d'état|vikings))
    (?![^.!?…]*(?:😂|🤣|\bmdr\b|\blol\b|\bfilm\b|\bhistoire\b|\blivre\b|\bnapoléon\b|\bhugo\b))
    (?<!étudié les funérailles)|
    (?:on|nous|je) (?:vient|venons|viens) d'enterrer (?:(?:mon|ma|mes|notre|nos) (?:(?:cher|chère|
    vieux|vieille|petit|petite|pauvre) )?(?:{KIN}|{KIN_OTHER}|beau-père|belle-mère|
    beaux-parents|parents|minou|toutou|lapin|cheval)\b|papa|maman|mamie|papi|papy|pépé|mémé)|
    (?:mon|ma|notre) (?:fils|fille|mari|femme|père|mère|papa|maman|frère|sœur|soeur|bébé|enfant|
    grand-père|grand-mère|mamie|papi|compagnon|compagne|conjoint|conjointe) (?:est|est toujours|
    est encore|a été (?:transférée?|admise?)) en (?:réa|réanimation|soins intensifs|néonat|
    néonatalogie|néonatologie|couveuse)
    (?![^.!?…]*\b(?:mdr|ptdr|lol|haha\w*|infirmi\w*|médecin|interne|internat|garde|
    aide-soignante?|soignante?|comme|boulot|stage|de nuit|\w+ ans)\b)|
    (?:j'ai|j ai|jai) (?:encore |de nouveau |à nouveau )?rechuté(?= *(?:[.!…]*$|\. | après|
    au bout))
    (?![^.!?…]*\b(?:mdr|ptdr|lol|haha|gâteau|chocolat|recette|cookies?|parts?|brioche)\b)|
    rechute (?:du|de (?:mon|ma|la)) (?:cancer|lymphome|leucémie|dépression|maladie|sclérose)|
    maladie de (?:charcot|huntington)|
    (?:parcours|protocole|échecs? de|échec en) (?:de )?(?:pma|fiv)|
    (?:fiv|pma|inséminations?) (?:ratées?|échouées?|qui ont échoué|sans succès)|
    (?:une )?img à \d+ ?(?:sa|semaines)|interruption médicale de grossesse|
    (?:notre|mon) (?:petit )?ange (?:est parti|nous a quittés?)(?=\s*[.!…,]*$|
    (?: à \d+ ?(?:sa|semaines|mois de grossesse)| trop tôt))|
    grossesse (?:s'est )?arrêtée|
    (?:mon|ma|notre) (?:(?:petit|petite|vieux|vieille|cher|chère|beau|belle) )?(?:{KIN}|{KIN_OTHER}|
    minou|toutou|chaton|lapin|cheval|jument|hamster|perroquet|loulou|ange)(?: [\w-]+)? (?:
    est|sont) partie?s? (?:rejoindre|retrouver) les (?:étoiles|anges)(?! d(?:u|es|e)\b)|
    (?:arrêt maladie|arrêt de travail|en arrêt) pour (?:épuisement|burn-out|burnout|dépression)|
    épuisement professionnel|
    (?:mon|ma) (?:mari|femme|compagnon|compagne|copain|copine|conjoint|conjointe|ex|père|mère|
    beau-père) (?:me frappe|me bat|lève la main sur moi)(?= *(?:[.!…,;]|$)| (?:et (?!je gagne)|
    depuis|quand|(?:tous les jours|régulièrement|souvent|parfois)(?= *(?:[.!…,;]|$| et)))\b)|
    violences? conjugales?|
    (?:mon|ma) (?:mari|femme|compagnon|compagne|copain|copine|conjoint|conjointe|ex) m'a (?:
    frappée?|battue?|giflée?|tabassée?)(?= *(?:[.!…,;]|$)| (?:hier|ce matin|ce soir|
    cette nuit|encore|devant|la semaine|le week-end)\b)|
    (?:sa|leur) (?:chaise|place) (?:est|reste) (?:vide|inoccupée)(?= *(?:[.!…,]|$| à table|
    depuis))(?![^\n]*(?:😂|🤣|😅|😆|😄|😁|😜|😉|\bmdr\b|\bptdr\b|\blol\b|\bdort\b|\bdorment\b|
    est partie? (?:jouer|au|à la|chez|en stage)\b|\brevien\w*|\brentre\w*))|
    (?:ma femme|mon mari|ma compagne|mon compagnon|ma copine|mon copain) (?:est partie?|
    m'a quittée?) avec (?:les|nos|mes) (?:enfants|gosses|petits)(?= *(?:[.!…,]|$))|
    que dieu (?:l'accueille|l'ait|la garde|le garde) (?:dans son (?:paradis|royaume)|
    en sa (?:sainte )?miséricorde)|
    (?:^|(?<=[.!?…] ))(?:maman|papa|mamie|papi|papy|mémé|pépé) aurai(?:t|ent) (?:adoré|aimé)
    (?! (?:venir|être là|participer)\b)(?![^\n]*\b(?:je|on|nous) (?:\w+ ){{0,2}}(?:lui|
    leur)\b)|
    (?:je me suis fait|je me suis faite?) (?:agresser|violer|tabasser)(?= *(?:[.!…,;]|$)| (?:
    dans|en rentrant|en sortant|en allant|devant|près|hier|ce matin|ce soir|cette nuit|
    la semaine|le week-end|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|
    par (?:un|une|des|deux|trois|plusieurs|mon|ma) (?:hommes?|mecs?|types?|inconnue?s?|
    individus?|jeunes|personnes?|gars|femmes?|ex|collègues?|voisine?s?))\b)(?![^.!?…]*\b(?:mdr|ptdr|
    lol|haha|cygnes?|oies?|mouettes?|guêpes?|moustiques?|chats?|goélands?)\b)|
    s'est donné la mort|s'est (?:pendue?|suicidée?)|cancer,? (?:de )?stade \w+|
    l'enterrement (?:c'était|était|a eu lieu|est) (?:hier|ce matin|aujourd'hui|demain|samedi|
    dimanche)|
    (?:premier|première) (?:noël|anniversaire|fête des (?:mères|pères)|été) sans (?:mon|ma|mes|
    notre|nos|lui|elle)|aurait eu (?:\d+|[\w-]+) ans(?: aujourd'hui)?|
    aurait été (?:les|ses) (?:\d+|[\w-]+) ans (?:de|d') ?(?:papa|maman|mamie|papi|papy|pépé|mémé|
    (?:mon|ma|notre) (?:\w+ )?(?:{KIN}|{KIN_OTHER}))(?= *(?:\.(?!\.)|!|$| aujourd'hui))
    (?![^\n]*\b(?:fête|fêter|reporté\w*|décalé\w*)\b){FR_LAUGH_AFTER}|
    (?:a|ai|avons|a été|ai été|avons été|suis|est|sommes|me suis fait|s'est fait) mise? à pied|
    (?:je suis|on est|nous sommes|je suis toujours) en (?:pma|fiv)\b(?! d[eu] )|
    (?:je suis|il est|elle est) séropositi(?:f|ve)\b|
    mes parents (?:divorcent|se séparent|vont divorcer|vont se séparer)(?= *(?:[.!…,]|$| et ))|
    (?:mon|ma) (?:\w+ )?(?:{KIN}|{KIN_OTHER}) a fait une tentative(?= *(?:[.!…,]|$)| (?:hier|
    cette nuit|ce week-end|la semaine dernière|samedi|dimanche|lundi|mardi|mercredi|jeudi|
    vendredi)(?= *(?:[.!…,]|$)))(?=[^.!?…,\n]*[.!…]* *$|[^\n]*\b(?:hôpital|urgences|réa|
    réanimation|psy\w*|
    suicide|samu|pompiers|cachets|médicaments|en vie|vivante?|sauvée?|hospitalisée?|internée?)\b)|
    je me suis remise? à boire(?= *(?:[.!…,]|$| depuis))(?![^\n]*\b(?:eau|thé|café|kombucha|
    citronnade|smoothies?|tisanes?|jus|lait|chocolat|matcha|cold brew|infusions?|
    sirop)\b){FR_LAUGH_AFTER}|
    (?:mon|ma) (?:mari|femme|père|mère|compagnon|compagne|conjointe?) boit (?:trop|de plus en plus|
    à nouveau|encore)(?= *(?:[.!…,]|$| et (?!encore)| depuis))(?![^\n]*\b(?:eau|thé|café|
    kombucha|citronnade|smoothies?|tisanes?|jus|lait|chocolat|matcha|infusions?|sirop|
    soupe)\b){FR_LAUGH_AFTER}|
    (?:^|(?<=[.!?…] ))(?:mon|ma) (?:mari|femme|père|mère|compagnon|compagne|conjointe?) boit(?= *(?:
    [.!…]|$))(?![^\n]*\b(?:eau|thé|café|kombucha|citronnade|smoothies?|tisanes?|jus|lait|chocolat|
    matcha|infusions?|sirop|soupe)\b){FR_LAUGH_AFTER}|
    (?:mon|ma) (?:mari|femme|père|mère|compagnon|compagne|conjointe?) boit(?= et je ne sais plus)|
    (?:j'ai|jai|j'ai) (?:pu|plus) (?:de )?goût à rien(?= *(?:[.!…]|$))(?![^\n]*\b(?:covid|odorat|
    rhume|grippe|fade|saveurs?|revienne)\b){FR_LAUGH_AFTER}|
    (?:premier|première|deuxième) (?:noël|anniversaire|fête des (?:mères|pères)|été) sans (?:
    papa|maman|mamie|papi|papy|mémé|pépé|grand-mère|grand-père)(?![\w-])|
    l'enterrement de (?:papa|maman|mamie|papi|papy|mémé|pépé|grand-mère|grand-père)(?![\w-])|
    (?:vient|viennent|venez|venons) de m'annoncer (?:un |une |que j'ai (?:un |une )?)(?:cancer|
    lymphome|leucémie|tumeur|sarcome|mélanome|sclérose)|on m'a (?:annoncé|diagnostiqué) (?:un |
    une |que j'ai (?:un |une )?)(?:cancer|lymphome|leucémie|tumeur|sarcome|mélanome|sclérose)|
    (?:j'écris|je vous écris|je t'écris) depuis (?:le service de |la )?(?:pédiatrie|réanimation|
    réa|néonatalogie|néonat|oncologie)|
    (?:(?:je fais|j'ai fait|j'ai|je fais encore) des crises d'angoisse|mes crises d'angoisse)
    (?![^.!?…]*\b(?:examens?|partiels?|oral|oraux|avion|vols?|impôts|page blanche|permis|
    concours|entretiens?)\b)|
    m'aide à tenir(?= *(?:[.!…,]|$| le coup))(?![^.!?…]*\b(?:révisions|partiels|examens|bac|
    concours|jusqu'(?:au|à)|ramadan|régime|gardes?|sorties|entraînements?|chantier|travaux)\b)|
    perdu (?:la|notre) maison dans (?:un |l')(?:incendie|inondation)|
    (?:notre|ma) (?:maison|appartement|appart|ferme) a (?:entièrement )?(?:brûlé|été détruite?|
    été inondée?(?! de | d'))(?![^.!?…]*\b(?:minecraft|sims|jeu|mdr|ptdr|lol)\b)
    (?![^.!?…]*\b(?:tout est refait|refait à neuf|reconstruite?)\b)|
    (?<!sont )en (?:plein|pleine procédure de|cours de) divorce(?![^.!?]*\b(?:haha|mdr|lol|ptdr))
    (?! (?:avec|de) (?!(?:mon|ma|son|sa|notre) (?:mari|femme|époux|épouse|conjointe?|compagnon|
    compagne|ex)\b))|
    tu aurais eu [\w-]+ ans aujourd'hui|
    (?:cela|ça) fait un an (?:que tu|qu'il|qu'elle) (?:nous as? quitté|es parti|est parti)\w*|
    endormie? (?:pour toujours|pour la dernière fois)|hace un año que te fuiste|
    bist du (?:von uns )?gegangen|s'est éteinte?(?= *(?:[.!…,]|$| paisiblement|
    cette nuit| hier| dimanche| lundi| mardi| mercredi| jeudi| vendredi| samedi| dans))|
    (?:on a|nous avons) enterré (?:papa|maman|mamie|papi|notre|mon|ma)|(?:a dû être|a été|
    fait) euthanasiée?|
    cancer (?:du sein|du poumon|du côlon|de la prostate|du pancréas|de l'ovaire)|
    deuil(?! d(?:e |u |es |')(?!(?:mon|ma|mes|notre|nos|son|sa|ses|leur) |papa|maman|mamie|papi|
    papy))(?! de (?:mon|ma|mes|notre|nos) (?:\w+ )?(?:
    levain|four|voiture|téléphone|portable|ordi\w*|blog|boulot|job|appart\w*|jardin|cheveux|
    jeunesse|vacances|projet|plante)\b)|obsèques|enterrement(?! de vie de)|condoléances|
    perd(?:u|re) (?:mon|ma|mes|notre)(?! (?:{LOST_NOTHING})\b)|fausses? couches?|chimio\w*|
    licencié\w*|
    (?:mon|notre) (?:poste|emploi) (?:a été|vient d'être|va être|sera) supprimé(?! par (?:le|la|un|
    une|les) (?:modérat|admin)\w*)(?! *(?:…|\.\.\.)? *(?:du (?:forum|site|
    groupe|blog|fil|salon)|de la (?:page|discussion)|par erreur)\b){BETTER_AFTER}|
    (?:mi|nuestro) (?:puesto|empleo|trabajo) (?:fue|ha sido|ha quedado|va a ser) (?:eliminado|
    suprimido|amortizado){JOB_CUT_TURNED_OUT_WELL}|
    meine stelle (?:wurde|wird|ist) (?:\w+ ){{0,2}}(?:gestrichen|abgebaut|
    weggefallen){JOB_CUT_TURNED_OUT_WELL}|
    (?:il mio|il nostro) (?:posto(?: di lavoro)?|ruolo) (?:è stato|verrà|sarà) (?:eliminato|
    soppresso|tagliato)(?! (?:da|dal|dalla|dai|dalle|
    dall)\b){JOB_CUT_TURNED_OUT_WELL}|
    (?:meu|o meu|nosso) (?:cargo|posto|emprego) (?:foi|vai ser|será) (?:extinto|eliminado|
    cortado){JOB_CUT_TURNED_OUT_WELL}|
    (?:the|my) (?:company|firm|employer|boss|agency|startup) let me go(?= *(?:[.!…,]|$| on | after |
    last | this | today| yesterday))(?![^.!?\n]*\b(?:at (?:noon|lunch\w*|\d+)|long weekend)\b)|
    (?:prescindió|prescindieron|han prescindido|ha prescindido) de (?:mí|
    mis servicios){JOB_CUT_TURNED_OUT_WELL}|
    l'azienda mi ha lasciat[oa] a casa|sono stat[oa] lasciat[oa] a casa(?! (?:da sol[oa]|
    con|dalla scuola)\b)|
    (?:a empresa|o patrão|o chefe) (?:dispensou-me|me dispensou){JOB_CUT_TURNED_OUT_WELL}|
    fui dispensad[oa](?! d[aeo]s?\b)|
    (?:l'entreprise|la boîte|mon employeur|la société) s'est séparée de moi{BETTER_AFTER}|
    sono (?:in|andat[oa] in|finit[oa] in) burnout|
    (?:ho avuto|sto avendo) un esaurimento
    (?! *(?:…|\.{{2,}})? *d(?:[ie]|el|ell[aeo']|egli|ei)\b)(?: nervoso)?
    (?![^.!?]*\b(?:ahah\w*|haha\w*|lol|scherzo)\b)|tive um (?:burnout|
    esgotamento)(?! *(?:…|\.{{2,}})? *d[aeo]s?\b){LAUGHS_LATER}|
    (?<!retiré une )(?<!enlevé une )(?<!opéré une )(?<!étudié les )(?<!annonce une )tumeurs?
    (?! bénignes?)(?![^.!?…]*\b(?:bénigne|patients?|cours)\b)|
    (?<!des )biopsies?(?! de la pâte| du gâteau)(?![^.!?…]*\b(?:rien de grave|bénigne?|
    tout va bien|négative?|rassurante?|kyste|verrue|ouf)\b)|
    (?:je suis|j'étais|(?:papa|maman|mamie|papi|père|mère|fils|fille|mari|femme|frère|sœur|bébé|
    enfant|compagne?|compagnon) (?:est|était|a été)) (?:toujours |encore |transférée? )?en (?:
    réanimation|réa|soins intensifs)(?![^.!?…]*\b(?:mdr|ptdr|lol|haha\w*|infirmi\w*|médecin|interne|
    internat|garde|
    aide-soignante?|soignante?|comme|boulot|stage|de nuit|\w+ ans)\b)|
    dispers\w* (?:les |ses |leurs )cendres(?! d(?:u|es|e) (?:barbecue|feu|poêle|cheminée|bois|
    la cheminée|charbon))(?![^.!?…]*\b(?:potager|compost|engrais|tomates)\b)|
    (?:je fais|j'ai fait|nous faisons|on fait) partie (?:du plan social|des licenciés)
    (?! d(?:u|e l'|es) (?:comité|association|fêtes|club))|
    (?:j'ai été|je me suis fait|je me suis faite|je viens de me faire|on m'a|ils m'ont|mon (?:
    patron|chef|boss) m'a) (?:virée?|virer)(?= *(?:[.!…,;]|$|hier|ce matin|aujourd'hui|
    avant-hier|cette semaine|la semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|
    du (?:boulot|travail|taf)|de mon (?:boulot|travail|job|poste|taf)|comme|sans|après|lol|mdr))
    (?!(?:[^.!?]|\.\.\.)*\b(?:du (?!boulot|travail|taf|jour)|de la|de son|des|par (?:
    le|la|les|ma|mon|mes))\b)|
    depuis mon licenciement(?![^.!?]*(?:redonné le sourire|m'a sauvé|j'ai (?:trouvé|ouvert|lancé)))|
    burn(?<!avoid burn)(?<!avoiding burn)(?<!prevent burn)(?<!preventing burn)(?<!éviter le burn)(?:
    -?out)(?![- ](?:proof|prevention|free))|
    (?:(?:je suis|j'étais|je suis encore|je sors d'un|j'ai fait un|je fais un|il est|elle est|
    il a fait un|elle a fait un) (?:en (?:plein )?|un (?:gros )?|gros )?|
    (?:^|(?<=[.!?…] ))gros |mon |d'un |du |suite à un |après un )burn out{FR_LAUGH_AFTER}|
    dépression|
    (?:je suis|je me sens|j'étais|je me sentais) (?:\w+ )?déprimée?s?(?! par (?:la|le) (?:pluie|
    météo|grisaille|temps|froid|lundi))(?![^.!?…]*\b(?:remonté le moral|redonné le sourire|mdr|
    ptdr|lol)\b)|
    (?<!lachen )(?<!fast )(?<!beinahe )(?<!teig ist )(?<!wieder )gestorben(?! vor (?:lachen|lust|
    neugier|langeweile|hunger))|
    verstorben|trauer\w*|beerdigung|beileid|
    krebs|fehlgeburt|(?<!ich habe )(?<!ich hab )(?<!job )(?<!stelle )gekündigt|
    (?<!gegen )(?<!viel )(?<!vorsorge )(?:brust|lungen|darm|haut|prostata|blut|
    bauchspeicheldrüsen|eierstock|gebärmutterhals)krebs
    (?!-)(?![^.!?\n]*\b(?:vorsorge|früherkennung|screening|forschung|spendenlauf)\b)|
    (?:mi hanno|le hanno|gli hanno|ci hanno) diagnosticato(?! (?:la |l'|un'|una )?(?:celiachia|
    intolleranza|allergia|fame))|
    (?<!curo )(?<!cura )(?<!studio )(?<!studia )(?<!ricerca sul )(?:un|il|del|al|dal) tumore|
    (?:meine|meinen|unsere|unseren) (?:mutter|vater|mama|papa|frau|mann|sohn|tochter|bruder|
    schwester|oma|opa|großmutter|großvater|kind|baby|partner|partnerin|hund|
    katze) (?:an (?:\w+ ){{1,2}})?verloren|
    falleci\w*|
    {MURIO_OF_A_THING}(?<!portátil )(?<!móvil )(?<!teléfono )(?<!planta )muri[óo]
    (?! mi (?:planta|portátil|móvil))(?! de (?:la )?(?:risa|ganas|hambre|sed|sueño|vergüenza|
    envidia|aburrimiento|amor)\b)|
    (?:velorio|velatorio|entierro|sepelio|funeral|misa de difuntos|misa de cuerpo presente|
    novenario) (?:de|por) (?:mi|mis|nuestr[oa]s?)(?= )(?! (?:\w+ )?(?:
    dieta|solter[ií]a|masa|levadura|horno|coche|carro|auto|móvil|celular|teléfono|ordenador|
    computadora|sueldo|
    juventud|planta|sofá|nevera|heladera|lavadora)\b){LAUGHS_LATER}|
    se nos adelant[óo] (?:mi|nuestr[oa]) (?:\w+ )?(?:{KIN_ROMANCE}|amig[oa])\b|
    (?:mi|nuestr[oa]) (?:\w+ )?(?:{KIN_ROMANCE}) se nos adelant[óo](?= *(?:[.!…,]|$| hace |
    en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|
    diciembre|el (?:año|mes|verano|otoño|invierno)|la pandemia|\d)))|
    (?:mi|nuestr[oa]) (?:\w+ )?(?:{KIN_ROMANCE}) ya (?:está|descansa) (?:con dios|en el cielo|
    en paz)\b(?! con\b)|
    me qued[ée] sin (?:chamba|trabajo|empleo|curro|laburo|chambita)(?= *(?:[.!…,;]|$| y | con |
    desde | hace ))(?![^.!?\n]*\b(?:ja(?:ja)+|de vacaciones)\b)|
    (?:das |unser |mein )?erste[ns]? (?:weihnachten|weihnachtsfest|ostern|geburtstag|muttertag|
    vatertag|sommer|jahr) ohne (?:sie|ihn|mama|papa|oma|opa|(?:meine|meinen|unsere|unseren) (?:
    mutter|vater|mama|papa|frau|mann|sohn|tochter|bruder|schwester|oma|opa|großmutter|großvater|
    kind|baby|partner|partnerin|hund|katze))(?= *(?:[.!…,]|$))|
    (?:sie|er|mama|papa|oma|opa|(?:meine|mein|unsere|unser) (?:mutter|vater|mama|papa|frau|mann|
    sohn|tochter|bruder|schwester|oma|opa|kind|baby|hund|katze)) ist (?:jetzt |nun )?(?:
    bei den engeln|bei gott|im himmel)(?= *(?:[.!…,]|$))|
    (?:meine frau|mein mann|meine freundin|mein freund|meine partnerin|
    mein partner) hat sich (?:\w+ )?von mir getrennt|
    (?:mein|meine|unser|unsere) (?:mann|frau|sohn|tochter|vater|mutter|papa|mama|bruder|
    schwester|oma|opa|baby|kind|freund|freundin|partner|partnerin) (?:liegt|ist|lag|war) (?:
    (?!als\b|pfleger|ärzt|arzt|krankenschwester)\w+ ){{0,3}}?(?:auf der intensivstation|
    auf intensiv|im koma)(?![^.!?\n]*\b(?:
    arbeitet|dienst|schicht|pfleger\w*|ärztin|arzt|als|heute|gesund|entlassen|zu hause)\b)|
    komme seit (?:\w+ ){{0,2}}(?:tagen|wochen|monaten) (?:kaum|nicht mehr|nicht) aus dem bett
    (?![^.!?\n]*\b(?:ferien|urlaub)\b){LAUGHS_LATER}|
    llevo (?:\w+ ){{0,2}}(?:días|semanas|meses) sin ganas de (?:vivir|
    (?:levantarme|salir) de la cama|levantarme|nada)(?= *(?:[.!…,]|$))|
    perdí a|duelo|cáncer|quimio\w*|aborto espontáneo|
    (?<!una )(?<!uma )despedid[oa](?! de solter[oa]s?)|
    me despidieron(?![^.!?]*\bahora tengo\b)|me han despedido|depresión|
    me (?:acaban|acabaron) de despedir|
    (?:mi|nuestr[oa]) (?:hij[oa]|madre|padre|mamá|papá|marido|mujer|espos[oa]|herman[oa]|
    abuel[oa]|bebé|pareja|novi[oa]) (?:está|sigue|lleva \w+ \w+|ha estado) (?:ingresad[oa] )?en (?:
    el hospital|la uci|urgencias)(?! (?:trabajando|de (?:guardia|voluntari[oa]|prácticas)|
    haciendo))|
    condolencias|faleceu|
    {DIED_PT}|
    luto|câncer|
    cancro|demitid[oa]|depressão|condolências|perdi (?:meu|
    minha)(?! tempo\b)|
    {DIED_IT}|
    funerale|chemio\w*|(?<!mi sono )(?<!si è )licenziat[oa]|depressione|
    condoglianze|overleden|gestorven|rouw|begrafenis|kanker|ontslagen|depressie|gecondoleerd|
    умер|умерла|смерт\w*|похорон\w*|депресси\w*|соболезн\w*|
    nous a quitté\w*(?! pour)|soins palliatifs|
    (?<!pour )(?:une|cette) (?:année|semaine|journée) (?:si |très |vraiment |tellement )?(?:
    difficile|dure|horrible|sombre|épuisante)(?! pour (?:le|la|les|l'|un|une|des)\b)(?! pour (?:mon|
    ma|mes|notre|nos|son|sa|ses) (?!père|mère|papa|maman|famille|fils|fille|mari|femme|chien|chat|
    frère|sœur|grand|mamie|papi|enfant|bébé|moi))|
    (?:je n'arrive pas à|je ne peux pas|j'arrive pas à) (?:m')?arrêter de pleurer(?! de rire)|
    (?:j'ai|il a|elle a|a|ai) (?:eu )?(?:un|une|le) (?:cancer|lymphome|leucémie|tumeur|sarcome|
    mélanome)|sclérose en plaques|leucémie|métastases|
    (?:sors|suis sortie?|sortie?|sortir) de (?:l'|la |d'un |d'une )?(?:hôpital|hospitalisation|
    clinique) psychiatrique|(?:interné|internée|hospitalisée?) en psychiatrie|
    (?:je|on|nous) divor(?:ce|çons|cé|cée)|(?:mon|notre) divorce|en instance de divorce|
    (?:on|nous) (?:vient|venons) de divorcer(?= *(?:[.!…,]|$| après))|
    (?:on|nous) (?:vient|venons) de (?:nous|se) séparer(?= *(?:[.!…,]|$| après (?:\w+ ){{0,2}}ans))
    (?![^\n]*\b(?:cousins?|cousines?|copines|copains|amis|amies|soirée|vacances|stage|week-end|
    semaine)\b){FR_LAUGH_AFTER}|
    (?:mon|ma) (?:mari|femme|compagnon|compagne|copain|copine|conjointe?) (?:est partie?|
    m'a quittée?) pour une? autre(?= *(?:\.(?!\.)|!|$| et |, (?:et|mais|je|j'|votre|vos|ton|ta|
    tes|depuis)\b)){FR_LAUGH_AFTER}|
    nous nous sommes séparée?s(?! en (?:deux|trois|groupes?|équipes?))|
    on s'est séparée?s(?! en (?:deux|trois|groupes?|équipes?))|
    (?:ma|notre|après (?:la|notre|ma)) rupture(?! (?:de|d') )|
    au chômage(?! partiel)|
    (?:je|j') (?:commence à |ai )?(?:perdre|perdu|perds) (?:tout )?espoir(?= *(?:[.!…,]|$))|
    la maladie de (?:maman|papa|mamie|papi|(?:mon|ma) (?:père|mère|fils|fille|mari|femme|frère|
    sœur|soeur))|
    (?:la|depuis la|après la) mort de (?:papa|maman|mamie|papi|papy|pépé|mémé|(?:mon|ma|notre) (?:
    père|mère|frère|sœur|soeur|fils|fille|mari|femme|époux|épouse|grand-père|grand-mère|chien|
    chienne|chat|chatte|ami|amie|bébé|enfant|compagnon|compagne))|
    (?:je n'ai|j'ai) plus goût à rien(?![^.!?]*(?:covid|odeur|odorat|saveur|rhume))|
    (?:je n'ai|j'ai|j ai|jai|g) plus? envie de rien(?= *(?:[.!…,]|$| depuis))(?![^\n]*(?:😂|🤣|
    😅|😆|😄|\bmdr\b|\bptdr\b|\blol\b|\b(?:a|à) part (?:dormir|manger|ta|ton|tes|ce|cette)\b))|
    je me sens (?:si |tellement |complètement )?vide(?= *(?:[.!…,]|$|depuis| à l'intérieur))|
    je me sens (?:si |tellement |complètement |totalement )?(?:invisible|inutile|de trop)(?= *(?:
    [.!…]|$| depuis| en ce moment| au (?:travail|boulot)| dans ma))|
    (?:je suis |je ne suis qu'|je me sens comme |j'ai l'impression d'être )un (?:vrai )?(?:
    fardeau(?= *(?:[.!…,]|$| pour (?!(?:mon|ma|notre) (?:club|groupe|chorale)\b)))|
    boulet pour (?:tout le monde|les autres|mes proches|
    ma famille)(?= *(?:[.!…]|$)))|je ne sers à rien(?= *(?:[.!…]|$))|
    je n'en vois plus le bout(?= *(?:[.!…]|$))|
    je (?:ne )?vois (?:plus|pas) le bout(?= *(?:[.!…]|$))|
    (?:je suis|jsuis|chui|j'suis|je me sens) (?:complètement |vraiment )?au bout du rouleau
    (?! *(?:…|\.\.\.)? *d(?:e|u|') ?(?:papier|scotch|sopalin|essuie|film|ruban|pq))|
    (?:mon|ma|notre) (?:fils|fille|mari|femme|père|mère|papa|maman|frère|sœur|soeur|bébé|enfant|
    grand-père|grand-mère|mamie|papi|compagnon|compagne) (?:est|est toujours|est encore) (?:
    à l'hôpital|hospitalisée?)(?! pour (?:accoucher|une visite|(?:y )?travailler))
    (?![^.!?…]*\b(?:accouch\w*|maternité|naissance|travaille|bosse|garde|stage|internat|
    infirmi\w*|médecin|aide-soignante?|soignante?|de nuit)\b)|
    (?:je déprime|(?:je n'ai|j'ai|jai) (?:pas|plus) (?:trop |vraiment |du tout )?le moral)(?: (?:
    grave|complètement|vraiment|tellement|trop))?(?= *(?:[.!…,]|$| depuis| en ce moment| ces (?:
    temps|jours)))(?![^.!?…]*\b(?:mdr|ptdr|lol|haha|pluie|météo|match|défaite|finale|lundi)\b)
    (?![^.!?…]*\b(?:il pleut|vacances|depuis que j'ai (?:fini|terminé|lu) (?:ta|ton|tes|votre|
    vos))\b)(?![^.!?…]*\b(?:la|le|les|ta|ton|tes|ma|mon|mes) (?:tarte|brioche|gâteau|gâteaux|
    cookies|biscuits|pain|crêpes|galette|série|saison) (?:est|sont) (?:finie?s?|terminée?s?)\b)|
    j'ai le moral (?:à zéro|au plus bas)(?= *(?:[.!…,]|$| depuis| en ce moment| ces (?:temps|
    jours)))(?![^.!?…]*\b(?:défaite|match|finale|série|saison|pluie|météo)\b)|
    (?:je n'ai|j'ai|jai) plus (?:la force(?: de (?:me battre|lutter|continuer|tenir))?(?= *(?:
    [.!…]|$|, je (?:crois|pense)(?= *[.!…]*$)))|la force de rien|
    aucune force(?! dans (?:les|mes) (?:jambes|bras|mains|doigts|cuisses|
    mollets)))(?![^.!?…]*(?:\bmarathon|\brando|\bcourse\b|
    \btrail\b|\bkm\b|\bséance|\bmatch\b|\brepas\b|trop mangé|après (?:le|la|les|ce|cette|mon|
    ma|\d+) ))|tout me pèse(?= *(?:
    [.!…]|$| en ce moment| depuis))(?![^.!?…]*\b(?:haha|mdr|ptdr|lol|surtout mon sac)\b)|
    (?:je suis |(?<=, ))(?:complètement |vraiment )?à bout(?= *(?:
    [.!…,]|$))|je pleure (?:tous les (?:soirs|jours|matins)|sans arrêt|tout le temps)(?= *(?:
    [.!…,]|$| depuis))|
    (?:^|(?<=[.!?…] ))(?:je suis )?(?:si |tellement )?(?:fatiguée?|lasse?|épuisée?) de tout
    (?= *(?:[.!…]|$))|
    en (?:souvenir|mémoire) de (?:mon|ma|mes|notre|nos) (?:défunte?s? )?(?:père|mère|papa|maman|
    mari|femme|fils|fille|frère|sœur|grand-m[eè]re|grand-p[eè]re|mamie|papi|papy|chien|chienne|
    chat|chatte)|palliati(?<!work in palliati)(?<!travaille en palliati)\w+|
    (?:un|d'un|mon|son|ton) avc|
    fausses? couches?|
    mon deuil(?! du (?:pain|gâteau|levain|régime|sucre|chocolat|beurre|fromage|café|vin)\b)|
    j'ai perdu(?! (?:{LOST_NOTHING})\b)|a perdu (?:son|sa)|courage à (?:toi|vous)|
    toutes mes (?:pensées|condoléances)|
    krebsdiagnose|krankenhaus(?! entlassen)|(?<!krankenhaus )(?<!klinik )(?<!reha )entlassen|
    arbeitslos|schlaganfall|
    mein beileid|herzliches beileid|meine gedanken sind bei|
    me quedé sin trabajo|perd(?:er|í) mi (?:trabajo|empleo)|mi más sentido pésame|
    (?:estoy|estuve) (?:ingresad[oa] )?en el hospital|hospitalizad[oa]|hospitalisée?|
    (?:je suis|j'étais) à l'hôpital|sono in ospedale|ricoverat[oa]|
    (?:fini|finie|terminé|terminée|nuit|emmenée?) aux urgences|
    (?:s'est fait|a été|ont été|été) (?:renvers|écras|percut)(?:er|ée?s?) par une? (?:voiture|
    camion|bus|train|moto)|
    (?:estou|estive) (?:internad[oa] )?no hospital|
    (?:mio|mia) (?:\w+ )?(?:marito|{KIN_ROMANCE}) è (?:ancora )?in ospedale(?! (?:a lavorare|
    di turno|per lavoro|a trovare)\b)|
    (?:meu|minha) (?:\w+ )?(?:{KIN_ROMANCE}) (?:está|continua) (?:na uti|na uci|em coma)|
    (?:mio|mia) (?:\w+ )?(?:marito|{KIN_ROMANCE}) è (?:ancora )?in (?:terapia intensiva|
    rianimazione)|
    estou desempregad[oa]|sono disoccupat[oa]|
    (?:meu|minha) (?:\w+ )?(?:{KIN_ROMANCE}) (?:está|continua) (?:internad[oa] )?no hospital(?! (?:
    a trabalhar|trabalhando|de plantão|a visitar|visitando)\b)|
    meus sentimentos|perdi o emprego|perdi meu(?! tempo)|minha mãe faleceu|
    ho perso(?! (?:la cognizione|il conto|la testa per|(?:\d+ )?(?:chili|kg)|peso|le chiavi|
    gli occhiali|il treno|l'autobus|il bus|l'aereo|il volo|il portafoglio|il telefono|il cellulare|
    (?:\w+ ){{1,2}}di vista|tempo|la pazienza|il filo|la scommessa|la partita|la voce|il sonno|
    l'ombrello|la strada|la ricetta|il segno|la password)\b)|
    perso il lavoro|sentite condoglianze|mi dispiace tanto|
    ziekenhuis|verlies|overlijden|sterkte|gecondoleerd|ontslag|
    gick bort|gått bort|beklagar sorgen|sjukhus|
    fyret|gået bort|kræft|sygehus|
    gikk bort|kreft|sykehus|kondolerer|
    kuoli|kuollut|syöpä|sairaala|osanotto|
    zmarł\w*|zmarła|straciłam|straciłem|nowotwór|rak|szpital|udar\w*|wyrazy współczucia|
    zemřel\w*|rakovina|nemocnic\w*|upřímnou soustrast|
    a murit|spital|condoleanțe|
    vefat|kaybettik|kaybettim|kanser\w*|hastane\w*|başın sağ olsun|öldü|
    πέθανε|έχασα|καρκίνο\w*|νοσοκομείο|συλλυπητήρια|
    загинув|помер\w*|лікарн\w*|співчуття|вигоран\w*|выгоран\w*|больниц\w*|больничн\w*|
    meninggal|rumah sakit|turut berduka|dipecat|
    mất|qua đời|ung thư|bệnh viện|chia buồn|thất nghiệp|
    alifariki|saratani|hospitali|pole sana|
    (?:me sens|me sentir) (?:si |très |tellement |tellement )?seule?|solitude|harcelée?|
    m'a quitté\w*|on a rompu(?! avec (?:la|le|les|l'|nos|cette|ce)\b)|
    (?:fühle mich|bin) (?:so |sehr )?(?:einsam|allein)|einsamkeit|
    gemobbt|mobbing|hat mich verlassen|me siento (?:tan |muy )?sol[oa]|(?<!años de )soledad|
    me acosan|
    acoso escolar|(?:esposa|mujer|marido|novi[oa]|pareja) me dejó|
    mi sento (?:così |molto )?sol[oa]|solitudine|bullismo|
    mi sento (?:così |molto |tanto |davvero )?(?:vuot[oa]|inutile)(?= *(?:[.!…,]|$| e | dentro|
    ultimamente| da(?! quando ho finito (?:la tua|il tuo|i tuoi|le tue|la serie|il libro|
    l'ultim))))|
    (?:^|(?<=[.!?…] ))(?:ormai )?niente ha più senso(?= *(?:[.!…]|$))|
    (?:tenho me sentido|ando me sentindo|me sinto) (?:tão |muito |meio )?(?:sozinh[oa]|vazi[oa]|
    inútil)(?= *(?:[.!…,]|$| e | ultimamente| por dentro))|
    (?:^|(?<=[.!?…] ))nada (?:mais )?faz (?:mais )?sentido(?: pra mim| para mim)?(?= *(?:[.!…]|$))|
    (?:fühle|fühl) mich (?:(?:in letzter zeit|gerade|momentan|oft|so|sehr|total|einfach|
    nur noch|völlig) )*(?:leer|wertlos|nutzlos)(?= *(?:[.!…]|$|,? und))|
    (?:^|(?<=[.!?…] ))nichts hat (?:mehr )?sinn(?: mehr)?(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:ya )?nada tiene sentido(?= *(?:[.!…]|$| desde que (?:se fue|murió|
    falleció|perdí a|no está) (?:mi|nuestr[oa]) (?:madre|padre|mamá|papá|hij[oa]|herman[oa]|
    abuel[oa]|marido|mujer|espos[oa]|pareja|novi[oa]|amig[oa]|perr[oa]|gat[oa]|tí[oa]|bebé)\b
    (?! (?:a vivir|de casa|de viaje|de vacaciones|a estudiar|a trabajar|al extranjero)\b)
    (?![^.!?]*\b(?:ja){{2,}})))|
    passando por um divórcio|
    (?:è|sono) (?:un anno|\w+ anni|un mese|\w+ mesi) che se n'è andat[oa] (?:la |il )?(?:mi[oa]|
    nostr[oa]) (?:{KIN_ROMANCE})(?= *(?:[.!…]|$))(?![^\n]*\b(?:vive|abita|torna\w*|erasmus|
    lavora|studia|felicissim[oa]|trasferit[oa])\b){LAUGHS_LATER}|
    tentativi di (?:fecondazione assistita|fivet|pma|icsi)(?: \w+)? fallit[ie]|
    anniversario della (?:morte|scomparsa) di (?:mi[oa]|nostr[oa]) (?:{KIN_ROMANCE})\b|
    (?:cane|gatt[oa]|cagnolin[oa]|mici[oa]) è stat[oa] (?:addormentat[oa]|soppress[oa])
    (?= *(?:[.!…,]|$| (?:ieri|oggi|stamattina|stanotte)(?= *(?:[.!…,]|$))))
    (?![^\n]*\b(?:{PET_WOKE_UP})\b){LAUGHS_LATER}|
    abbiamo dovuto (?:far )?(?:addormentare|sopprimere) (?:il |la |nostr[oa] |mi[oa] )?(?:cane|
    gatt[oa]|cagnolin[oa]|mici[oa])(?! per\b)(?![^\n]*\b(?:{PET_WOKE_UP})\b){LAUGHS_LATER}|
    (?:(?:^|(?<=[.!?…,;] ))oggi |oggi (?:(?:mi[oa]|nostr[oa]) (?:{KIN_ROMANCE})|lui|
    lei) )avrebbe compiuto (?:\d+|\w+) anni(?= *(?:[.!…,]|$))|
    (?:(?:^|(?<=[.!?…,;] ))hoy |hoy (?:(?:mi|nuestr[oa]) (?:{KIN_ROMANCE})|él|
    ella) )(?:habría|hubiera) cumplido (?:\d+|\w+) años(?= *(?:[.!…,]|$))|
    (?:(?:^|(?<=[.!?…,;] ))hoje |hoje (?:(?:meu|minha|nosso|nossa) (?:{KIN_ROMANCE})|ele|
    ela) )(?:faria|completaria) (?:\d+|
    \w+) anos(?= *(?:[.!…,]|$))|
    (?:faz|fazem|hace|se cumplen) (?:um ano|un año|\w+ anos|\w+ años|\d+ anos|\d+ años) (?:
    da|de la) (?:morte|muerte) d(?:[oa]|e) (?:meu|minha|nosso|nossa|mi|nuestr[oa]) (?:\w+ )?(?:
    {KIN_ROMANCE})\b|
    (?:cachorr[oa]|cachorrinh[oa]|gat[oa]|gatinh[oa]|cão|cadela|perr[oa]|perrit[oa]) (?:foi|fue|
    teve que ser|precisou ser|tuvo que ser) sacrificad[oa](?= *(?:[.!…,]|$| ontem| hoje| ayer|
    hoy)){LAUGHS_LATER}|
    (?:tivemos|tuvimos) que sacrificar (?:o |a |al |a la |nuestr[oa] |noss[oa] |mi |meu |
    minha )?(?:cachorr[oa]|gat[oa]|perr[oa]|cão|cadela)(?! de (?:peluche|pelúcia|juguete|
    brinquedo|trapo)\b){LAUGHS_LATER}|
    (?:estamos|estou|tô) tentando engravidar (?:há|faz) (?:\w+ )?anos(?![^\n]*\b(?:{BABY_CAME})\b)|
    (?:hoy )?se cumple(?:n)? (?:un año|\w+ años|\d+ años|un mes) (?:del accidente de (?:mi|
    nuestr[oa])(?![^\n]*\b(?:camin\w*|recuperad[oa]|recuperación|gan[óo]|perfectamente|
    como nuev[oa]|ya está bien|está genial|se recuper\w*|sano|sana)\b){LAUGHS_LATER}|
    (?:de la muerte|
    del fallecimiento|de la partida|del funeral|del entierro) de (?:mi|nuestr[oa]))|
    (?:der )?(?:\w+ )?todestag (?:meines|meiner|unseres|unserer) (?:vaters|mutter|bruders|
    schwester|sohnes|sohns|tochter|mannes|frau|opas|omas|großvaters|großmutter|freundes|freundin|
    hundes|katze|katers|babys|kindes|papas|mamas)\b|todestag von (?:mama|papa|oma|opa)\b|
    (?:mamas|papas|omas|opas) (?:\w+ )?todestag|
    (?:la depre me (?:tiene|está|come)|(?:tengo|estoy con) (?:una |la )?depre(?= *(?:[.!…,]|$|
    y )))(?![^\n]*😍){LAUGHS_LATER}|
    llevamos (?:\w+ ){{1,2}}años (?:intentando|buscando) (?:tener )?(?:un )?(?:hijo|
    bebé|embarazo|quedarnos embarazados)(?![^\n]*\b(?:{BABY_CAME})\b)|
    (?:erfolglosen|gescheiterten|missglückten) (?:icsi|ivf|kinderwunsch)[\w-]*|
    (?:me estoy divorciando|(?:me acabo de divorciar|nos estamos divorciando)(?![^\n]*\b(?:
    feliz|libre|brindo|celebr\w*)\b){LAUGHS_LATER}|
    estou me divorciando|(?:mi sto|ci stiamo) separando|sto divorziando|
    (?:wir lassen uns|ich lasse mich) (?!nicht |von nichts )(?:\w+ ){{0,4}}scheiden)
    (?!, io e (?:il|la|lo|l') ?(?:mio|mia) (?!marito|moglie|compagn|ragazz|fidanzat))
    (?= *(?:[.!…,]|$| y | e |
    dopo | después | depois | da (?:mio|mia) | de (?:mi|mis) (?:marido|mujer|espos[oa]|pareja)))|
    me sinto (?:tão |muito )?sozinh[oa]|solidão|eenzaam|gepest|heeft me verlaten|
    traverse une (?:période|passe|phase) (?:très |tellement |si )?(?:difficile|dure|compliquée|
    sombre)|(?:c'est|ça a été) (?:très |tellement |si )?(?:dur|difficile) en ce moment|
    je ne vais pas bien|ça ne va pas fort|(?:une|des) périodes? (?:très |si )?difficiles?(?! à)|
    (?:pasando|paso|pasé|atravesando) por (?:un|una) (?:momento|época|etapa|racha) (?:muy |tan |
    bastante )?(?:difícil|dura|mala|complicada)|no estoy bien|lo estoy pasando mal|
    (?:mir geht es|mir geht's|mir gehts|es geht mir) (?:(?:gerade|momentan|zurzeit|derzeit|
    echt|wirklich|total) ){{0,2}}(?:nicht gut|schlecht|mies)(?! vor lachen){LAUGHS_LATER}|
    (?:schwere|harte|schwierige) zeit|
    (?:sto passando|sto attraversando|attraversando|passando) un (?:periodo|momento) (?:molto |
    così )?(?:difficile|duro|brutto|buio)|non sto bene|
    (?:passando|passei|passo) por (?:um|uma) (?:momento|período|fase) (?:muito |tão )?(?:difícil|
    duro|complicado|ruim)|não estou bem|
    (?:ik heb het|heb het) (?:heel |erg |zo |echt )?(?:moeilijk|zwaar)|(?:moeilijke|zware) (?:tijd|
    periode)|het gaat niet goed met me|{WORN_OUT}"""

# How the next sentence, in Italian, Spanish, Portuguese and German, turns a hard time of
# GRIEF_OTHER said just before it into a joke or into praise: « Mi sento vuoto dentro... ho fame! »,
# "Nada tiene sentido. Excepto esta receta", "Estou passando por um divórcio... com a dieta",
# „Nichts hat mehr Sinn. Nach diesem Brot ist alles andere langweilig." Matched at its start.
JOKE_TURNS = r"""ho (?:una )?(?:fame|gran fame)|
    (?:la dispensa|il frigo|il frigorifero|la pancia|lo stomaco|il barattolo) è vuot[oa]|
    (?:a|al|alla|all'|ai|alle) ?(?:ultimo momento |mia |mio |nostra |nostro )?(?:cena|festa|pranzo|
    appuntamento|riunione|partita|lezione|passeggiata|matrimonio|compleanno|concerto|gita|corso)|
    com a dieta|con la dieta|mit der diät|
    (?:excepto|salvo|tranne|exceto|außer|menos(?: de| do| da)?|
    dopo|nach|después de|depois d[eo]|como (?:eu )?vivi sem|
    come ho vissuto senza|cómo he vivido sin) (?:questa|questo|quest'|esta|este|essa|esse|dessa|
    desse|diese[mnr]?|tu|tua|tuo|teu|sua|deine[mnr]?|la tua|a tua) ?(?:ricetta|receta|receita|
    rezept|pizza|pane|pan|pão|brot|torta|tarta|bolo|kuchen|lasagna)"""

# Scripts written without spaces between words, or whose words take attached prefixes (Japanese,
# Chinese, Korean, Arabic, Hebrew, Devanagari): matched anywhere in the text.
GRIEF_NONSPACED = """亡くな|亡くし|葬式|葬儀|お悔やみ|ご冥福|癌|がん治療|闘病|介護|うつ病|休職|入院|
    流産|失業|解雇|去世|过世|病逝|癌症|葬礼|失业|抑郁|节哀|住院|流产|走了|离开了我们|生前|裁员|
    돌아가셨|명복|암 진단|항암|입원|구조조정|장례|우울증|힘내세요|
    توفي|وفاة|سرطان|رحم الله|عزاء|أجرك|مستشفى|فقدت|
    נפטר|נפטרה|סרטן|בית חולים|משתתף בצערך|
    मारा गए|गुज़र गए|गुजर गए|निधन|कैंसर|अस्पताल|नौकरी चली गई|
    মারা গেছেন|ক্যান্সার|হাসপাতাল|
    درگذشت|سرطان|بیمارستان|تسلیت|
    เสียชีวิต|มะเร็ง|โรงพยาบาล|เสียใจด้วย"""
