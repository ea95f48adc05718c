"""A loss and a hard time told in German the way a reader remembers or worries, which the German
lists had missed and which had been starred and quoted back as a fine line („Du hast es so schön
gesagt"): a death said in a clause („Seit Papa tot ist, backe ich …"), the birthday the dead would
have had („Heute wäre Mama 70 geworden."), the one missed („Ich vermisse meine Mama so sehr.",
„Meine Oma hat mir dieses Rezept beigebracht. Sie fehlt mir so sehr."); a job lost and no way on
seen („Ich habe meinen Job verloren und weiß nicht, wie es weitergeht." was „Es freut mich so …
zu lesen"), weeks of feeling empty, a pet gone missing.

Data: the package's docstring says how the lists are written and read."""

from reply_drafts.tone_cues.death import LAUGHS_LATER

# The people and pets a German reader names (nominative, as a name: „Papa", „meine Oma").
KIN_DE = r"""mama|mami|mutti|papa|papi|vati|oma|omi|opa|opi|uroma|uropa|mutter|vater|großmutter|
    großvater|mann|frau|sohn|tochter|bruder|schwester|tante|onkel|freund|freundin|hund|hündin|
    katze|kater|schwiegermutter|schwiegervater|patentante|patenonkel|ehemann|ehefrau|partner|
    partnerin|verlobter|verlobte"""
PARENTS_DE = r"""mama|mami|mutti|papa|papi|vati|oma|omi|opa|opi|uroma|uropa"""
WHO_DE = rf"""(?:(?:mein|meine|unser|unsere) (?:liebe |lieber |geliebte |geliebter |alte |alter |
    kleine |kleiner )?(?:{KIN_DE})|{PARENTS_DE})"""

# Away, not gone: a trip, a spa, a move, a visit due („Ich vermisse meine Mama so sehr, sie ist
# noch zwei Wochen im Urlaub.", „Papa ist tot müde 😄").
AWAY_DE = r"""(?![^\n]*\b(?:urlaub|reise|verreist|kur|reha|ausland|umgezogen|ausgezogen|wohnt|
    zurück|besuch\w*|kommt|wochenende|ferien|klassenfahrt|studium|morgen|bald|schicht\w*|
    arbeit\w*|müde|lol|haha\w*|noch bis|(?:ist|sind) (?:gerade |noch )?bei (?:meiner|meinem|meinen|
    unserer|unserem|unseren))\b)(?![^\n]*(?:😄|😂|🤣|😅|😆))"""

# A death said in a clause, the verb last („Seit Papa tot ist", „nachdem meine Oma gestorben
# ist"), or plain („Opa ist tot."): not dead tired, not a phone or a starter.
DIED_IN_A_CLAUSE_DE = rf"""(?:seit|seitdem|nachdem|weil|da|dass|als|wo) {WHO_DE} (?:\w+ ){{0,3}}?(?:
    tot|gestorben|verstorben|von uns gegangen) (?:ist|war)|
    (?:^|(?<=[.!?…] ))(?:{PARENTS_DE}) ist (?:jetzt |nun |schon |leider |seit \w+ (?:\w+ )?)?tot
    (?= *(?:[.!…,;]|$))"""

# The birthday the dead would have had („Heute wäre Mama 70 geworden.", „Papa hätte heute
# Geburtstag gehabt.").
WOULD_HAVE_TURNED_DE = rf"""(?:heute|morgen|diese woche|dieses jahr|am \w+) wäre {WHO_DE} (?:
    \d+|\w+zig)(?: jahre alt)? geworden|
    {WHO_DE} wäre (?:heute|morgen|diese woche|dieses jahr|am \w+) (?:\d+|\w+zig)(?: jahre alt)?
    (?: geworden)|
    (?:heute|morgen|diese woche|am \w+) hätte {WHO_DE} geburtstag (?:gehabt|gefeiert)|
    {WHO_DE} hätte (?:heute|morgen|diese woche|am \w+) geburtstag (?:gehabt|gefeiert)"""

# The one missed, named, or said „sie" or „er" in a sentence of its own („Meine Oma hat mir dieses
# Rezept beigebracht. Sie fehlt mir so sehr."), so much or every day.
MISSED_DE = rf"""(?:ich|wir) vermissen? {WHO_DE}(?: (?:so sehr|so|jeden tag|immer noch|
    noch immer|unendlich|schrecklich|sehr|ganz furchtbar|ganz doll))?(?= *(?:[.!…,;]|$))|
    {WHO_DE} fehlt (?:mir|uns) (?:so sehr|so|jeden tag|unendlich|schrecklich|sehr|immer noch|
    noch immer|ganz furchtbar)(?= *(?:[.!…,;]|$))|
    (?:^|(?<=[.!?…] ))(?:er|sie) fehlt (?:mir|uns) (?:so sehr|so unendlich|jeden tag|unendlich|
    schrecklich|ganz furchtbar)(?= *(?:[.!…]|$))"""

# For hard_times.GRIEF_STRONG.
LOSS_REMEMBERED_DE = rf"""(?:{DIED_IN_A_CLAUSE_DE}|{WOULD_HAVE_TURNED_DE}|
    {MISSED_DE}){AWAY_DE}{LAUGHS_LATER}"""

# A hard stretch told, often before the good news that ends it („Nach einem schweren Jahr habe ich
# endlich wieder einen Job gefunden." had been read as hostile, „Es war ein schweres Jahr, aber …"
# quoted as a fine line), as English "a hard year" is: not a hard dough nor laughed.
HARD_STRETCH_DE = rf"""(?:(?:nach|in|durch|hinter mir habe|hinter uns haben) (?:einem|einer|diesem|
    dieser|den|diesen|so einem|so einer|einigen) (?:sehr |echt |wirklich |so |ganz |extrem )?(?:
    schweren|harten|dunklen|beschissenen|furchtbaren|schlimmen|schwierigen) (?:zeit|jahr|jahren|
    monaten|wochen|phase)|
    (?:es|das) (?:war|waren|ist) (?:ein|eine|zwei|drei) (?:sehr |echt |wirklich |so |ganz |
    extrem )?(?:schweres|hartes|schwere|harte|dunkles|dunkle|furchtbares|schlimmes|schwierige|
    schwieriges) (?:jahr|jahre|zeit|monate|wochen|phase))
    (?![^\n]*\b(?:teig|sauerteig|brot|backen|kuchen|ofen)\b){LAUGHS_LATER}"""

# A job lost and no way on seen yet; weeks of feeling empty; a pet gone missing („Mein Kater ist
# seit drei Tagen verschwunden."), not found again: for hard_times_intl.GRIEF_OTHER.
# A breakup told in the first person: „Ich hab mich heute getrennt.", „Wir haben uns gestern
# getrennt." A hard time (in HARD_TIMES_DE): a quiet reply, no star. Not „Ich hab mich heute für
# Roggen entschieden", nor eggs separated („Ich habe die Eier getrennt"), nor laughed off.
BREAKUP_DE = rf"""(?:ich (?:habe|hab)|hab|wir haben) (?:mich|uns) (?:heute |gestern |gerade |
    jetzt |letzte woche |letztes wochenende |vor (?:\w+ ){{1,2}})?(?:von (?:ihm|ihr|meinem \w+|
    meiner \w+) )?getrennt(?= *(?:[.!…,]|$| 💔| 😢| 😭))(?![^\n]*\b(?:eier|eigelb|eiweiß|
    teig)\b){LAUGHS_LATER}"""

HARD_TIMES_DE = rf"""(?:ich habe|ich hab|hab) (?:\w+ ){{0,2}}(?:meinen job|meine arbeit|
    meine stelle|meinen arbeitsplatz) verloren und (?:weiß|habe keine ahnung|
    hab keine ahnung) (?:\w+ ){{0,2}}nicht,? (?:wie|was|wo)
    (?![^\n]*\b(?:zum glück|gott sei dank|befördert|gefunden|neuen job|
    neue stelle)\b){LAUGHS_LATER}|
    (?:fühle|fühl) mich (?:jetzt )?seit (?:wochen|tagen|monaten|langem|einer weile) (?:so |
    total |völlig |nur noch |einfach |ganz )*(?:leer|wertlos|nutzlos)(?= *(?:[.!…]|$|,? und))|
    (?:mein|meine|unser|unsere) (?:\w+ )?(?:hund|hündin|katze|kater|kätzchen) (?:[\w-]+ )?ist
    (?: jetzt)? seit (?:\w+ ){{1,2}}(?:verschwunden|weg|weggelaufen|entlaufen|nicht (?:mehr )?(?:
    nach hause|heim)(?: gekommen)?)
    (?![^\n]*\b(?:wieder da|zurück|gefunden|aufgetaucht|zum glück|gott sei dank|
    stunden?|minuten?|jagt|jagen|jagd)\b){LAUGHS_LATER}|
    {BREAKUP_DE}|
    {HARD_STRETCH_DE}"""
