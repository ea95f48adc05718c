"""A loss told with a first name only ("We lost Rex on Sunday.", "Rex died on Sunday.", "Lily is
gone.", "We said goodbye to Bella this morning.", "We buried Rusty under the apple tree.", « Il y
a un an, papa partait. », "Perdimos a Luna.", „Wir haben Rex verloren.", « Rex ci ha lasciati. »,
"O Thor partiu."), and someone missed
("I miss my mother every time I bake this", « Maman me manque »).

Unlike the other lists, LOSS_BY_NAME is matched with the case kept: {NAME} stands for a word
written with a capital, a first name ("Rex", "Bella"), and each fragment around it is written in
lower case and matched ignoring case (reply_drafts/losses_by_name.py). A name must end the
sentence's words of loss, or a when must ("on Sunday", "this morning", « hier »): not "Lily is gone
for the weekend", "Dad left us the recipe", "Kevin didn't make it to the party", "We lost Rex in
the park for an hour", "Said goodbye to Bella at the airport, see you in June!".
A thing that died, a character, a joke (THING_OR_JOKE in the same comment: "Rex died on Sunday,
my starter is gone lol", "RIP Kevin the sourdough") or a leaving (A_LEAVING) is no grief; such a
line is not quoted back either (reply_drafts/quote.py), nor is someone missed (MISSED).

Data: the package's docstring says how the lists are written and read."""

from reply_drafts.tone_cues.people import KIN, KIN_OTHER

# Words written with a capital that are no one's first name, and things a sentence may open on.
NOT_A_NAME = r"""the|a|an|it|this|that|these|those|he|she|they|we|i|you|my|our|your|his|her|
    their|everything|everyone|everybody|nothing|something|someone|somebody|all|both|half|
    monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|god|internet|wifi|
    wi-fi|power|le|la|les|il|elle|on|nous|el|los|las|ella|él|der|die|das|er|sie|es|wir|lo|gli|
    lei|lui|o|os|as|ele|ela|un|une|una|uno|um|uma|ein|eine|mon|ma|mi|mein|meine|mio|mia|meu|
    minha|tout|todo|toda|alles|tutto|tudo|starter|sourdough|levain|yeast|bread|loaf|oven|mixer|
    phone|laptop|plant|battery|car|fridge|printer|wifi|masa|lievito|fermento|sauerteig|
    chrome|windows|excel|netflix|season|series|show|episode|game|team|match|hope|time|mom|mum|
    dad|mother|father|papa|maman|mama|zeit|geld|kontakt|punkte|spaß|lust|hoffnung|gewicht|link|
    akku|handy|laptop|teig|brot|kuchen|ofen|server|drucker|auto|computer|spiel|tor|bus|zug|
    winter|summer|spring|autumn|fall|christmas|easter|halloween|thanksgiving|january|february|
    march|april|may|june|july|august|september|october|november|december|hiver|été|printemps|
    automne|noël|pâques|invierno|verano|otoño|navidad|sommer|frühling|herbst|weihnachten|
    inverno|estate|autunno|natale|verão|outono|natal|weekend|covid|corona"""

# Teams a match is lost to or at, written with a capital like a name: "We lost Arsenal.", "We lost
# Spurs on Sunday." (a result, not a death; tone_cues/named_losses.NOT_A_NAME gets them too).
TEAMS = r"""arsenal|chelsea|spurs|tottenham|liverpool|everton|united|city|villa|leeds|newcastle|
    wolves|palace|brighton|fulham|brentford|forest|celtic|rangers|hibs|hearts|barca|barça|
    barcelona|madrid|real|atletico|atlético|juve|juventus|milan|inter|napoli|roma|lazio|bayern|
    dortmund|psg|ajax|benfica|porto|lakers|celtics|knicks|bulls|warriors|yankees|mets|dodgers|
    cubs|packers|cowboys|patriots|eagles|giants|jets|steelers|all blacks|wallabies|springboks|
    england|scotland|wales|ireland|france|germany|italy|spain|portugal|brazil|argentina|
    australia|holland|netherlands|belgium|croatia"""

# Articles and possessives a capital follows in a noun, not a name: „der Link ist tot",
# "the Show is gone", « le Wifi est mort ».
BEFORE_A_NOUN = """der|die|das|den|dem|des|ein|eine|einen|mein|meine|unser|unsere|the|my|our|le|
    la|les|el|il|lo|mon|ma|mi|mio|mia|meu|minha|his|her|their|your|its|son|sa|ses|su|sus|sein|
    seine|ihr|ihre|suo|sua|seu|ton|ta|tu|tuo|dein|deine"""

# Names pets and people are often given, which a reader who writes all in lower case writes
# without a capital too: "we lost max on sunday", "buddy died this morning". Only these: a
# lower-case word is no name by itself ("we lost track of time", "bread died on me lol"); no
# name that is also a food, a plant or a thing ("pepper", "ginger", "biscuit", "shadow").
LOWER_CASE_NAMES = r"""max|buddy|bella|luna|charlie|lucy|cooper|daisy|rex|milo|coco|bailey|
    rocky|molly|sadie|lola|duke|toby|tucker|oscar|teddy|zeus|winston|maggie|sophie|chloe|penny|
    rosie|ruby|lily|stella|zoe|nala|simba|smokey|felix|leo|loki|misty|murphy|ollie|gizmo|bruno|
    marley|jasper|archie|alfie|poppy|willow|bonnie|roxy|ziggy|fido|boots|whiskers|mittens|
    tigger|garfield|kiki|bob|tom|jack|sam|ben|joe|dan|mike|steve|dave|john|paul|pete|jim|
    sarah|emma|anna|kate|jen|amy|lisa|mary|sue|jane|ellie|grace"""

# A pet gone with the food, a joke on its mischief: "Coco is gone, she ate the whole tray!",
# "Rex is gone and so are the cookies", "Luna's gone, she ran off with the last slice!"; unless the
# comment speaks of a death too (SAD_TOO: "...ate a grape and the vet couldn't save her").
MISCHIEF = r"""(?:ate|eaten|scoffed|gobbled|wolfed|devoured|inhaled|polished off|stole|stolen|
    nicked|pinched|swiped|snatched|ran off with|made off with|took off with|legged it with|
    helped (?:her|him|them)self to) (?:up |down )?(?:the|all|every|my|our|your|half|both|a whole|
    the whole|the last|what was left)\b|
    (?:and )?so (?:are|is) the (?:cookies|cake|bread|brownies|biscuits|treats|sausages|leftovers|
    pie|butter|cheese|loaf|buns|muffins)|
    (?:and )?so (?:are|is) (?:the |my |our |all (?:the|my|our) |half (?:the|my|our) )?(?:whole |
    entire |last |)(?:tray|plate|batch|box|tin|pan|bag|bowl|dish|packet|rack)s? of\b"""
SAD_TOO = r"""poison\w*|toxic|vet|vets|emergency|put (?:her|him|them) down|put to sleep|died|dead|
    passed|rainbow bridge|rip|miss (?:her|him|them)|heart|heartbroken|💔|😢|😭|grief|grieving|
    gone forever|couldn'?t save|too late|funeral|buried"""

# Who: a first name, or a parent named bare (« papa partait », "Mom passed", "Oma ist gestorben").
PARENTS = r"""papa|maman|mamie|papi|papy|mamá|papá|abuela|abuelo|mama|mum|mom|dad|oma|opa|
    mamma|papà|babbo|nonna|nonno|mãe|pai|vovó|vovô|avó|avô"""

# When, after the words of loss: "on Sunday", "this morning", « hier soir », "ayer", „gestern".
WHEN_WORDS = r"""on|last|this|early|late|(?:on )?(?:sunday|monday|tuesday|wednesday|thursday|
    friday|saturday)|yesterday|today|tonight|morning|night|evening|afternoon|week|month|year|
    (?:a|one|two|three|\d+) (?:days?|weeks?|months?|years?) ago|ago|peacefully|suddenly|in|
    (?:his|her|their) sleep|hier|aujourd'hui|ce matin|cette nuit|ce soir|dimanche|lundi|mardi|
    mercredi|jeudi|vendredi|samedi|soir|dernier|dernière|ayer|hoy|anoche|esta mañana|domingo|
    lunes|martes|miércoles|jueves|viernes|sábado|pasado|gestern|heute|heute morgen|letzte|
    letzten|woche|sonntag|montag|ieri|oggi|stamattina|stanotte|domenica|ontem|hoje|esta manhã|
    domingo passado|el|am|la|le|il|sadly|just|quietly|at home|in (?:my|our) arms|après|tras|
    nach|dopo"""
WHEN = rf"(?: (?:{WHEN_WORDS})){{0,4}}"
# A goodbye said is a loss when a when follows: "We said goodbye to Bella this morning.", not
# "Saying goodbye to Heroku", "Today we said goodbye to Sam, off to Berlin".
WHEN_SAID = rf"(?: (?:{WHEN_WORDS})){{1,4}}"

# Where the words of loss end: the sentence does, or it goes on with how it feels.
END = r"""(?= *(?:[.!…,;:]|$| and (?:i|we|it|the house|our)\b| et | y | und | e | 💔| 😢| 😭|
    lol| haha| 😂| 🤣| jaja| mdr| xd))"""

# The words of loss around {NAME}, matched with the case kept (see the module's docstring).
LOSS_BY_NAME = rf"""we (?:just |sadly |finally )?lost {{NAME}}{WHEN}{END}|
    {{NAME}} (?:died|passed|passed on|passed away|has passed|is gone|has gone|'s gone|
    left us|has left us|didn't make it|did not make it|is no longer with us|
    crossed the rainbow bridge|went to sleep for the last time){WHEN}{END}|
    (?:we |i )?(?:said|say) (?:our |my )?goodbyes? to {{NAME}}{WHEN_SAID}{END}|
    had to say (?:our |my )?goodbyes? to {{NAME}}{WHEN}{END}|
    (?:we|i) (?:buried|had to bury) {{NAME}}{WHEN}(?:{END}|(?= (?:under|beneath|in the garden|
    in our garden|in the back ?yard|next to|beside|by the|at the bottom)\b))|
    (?:we|i) laid {{NAME}} to rest{WHEN}{END}|
    {{NAME}} (?:est (?:morte?|décédée?)|nous a quittée?s?|s'est éteinte?|
    n'est plus là){WHEN}{END}|
    il y a (?:\w+ ){{1,2}}(?:ans?|mois|semaines|jours),? {{NAME}} (?:partait|nous quittait|
    s'éteignait|est partie?|nous a quittée?s?){END}|
    (?:on a|nous avons|j'ai) perdu {{NAME}}{WHEN}{END}|
    (?:on a|nous avons|j'ai) dit adieu à {{NAME}}{WHEN_SAID}{END}|
    {{NAME}} (?:murió|falleció|se nos fue|nos dejó|ya no está|se nos murió){WHEN}{END}|
    (?:perdimos|perdí) a {{NAME}}{WHEN}{END}|(?:nos )?despedimos (?:de|a) {{NAME}}{WHEN}{END}|
    {{NAME}} ist (?:\w+ )?(?:gestorben|tot|von uns gegangen|nicht mehr da|eingeschlafen){WHEN}{END}|
    {{NAME}} hat es nicht geschafft{WHEN}{END}|wir haben {{NAME}}{WHEN} verloren{END}|
    {{NAME}} (?:è mort[oa]|è mancat[oa]|se n'è andat[oa]|ci ha lasciat[oi]|
    non ce l'ha fatta){WHEN}{END}|abbiamo perso {{NAME}}{WHEN}{END}|
    {{NAME}} (?:morreu|faleceu|nos deixou|não resistiu){WHEN}{END}|
    perdemos (?:o |a )?{{NAME}}{WHEN}{END}"""

# A death by a name laughed off is not quoted back either: "RIP Kevin the sourdough".
RIP_BY_NAME = "rip {NAME}"

# A thing, a character or a joke beside the words of loss: no grief ("my starter is gone lol",
# "RIP Kevin the sourdough", "Rex died in the finale", "my phone Lily is gone").
THING_OR_JOKE = r"""lol|lmao|haha\w*|ahah\w*|hihi|mdr|ptdr|jaja\w*|jeje\w*|kkk+|xd|😂|🤣|😅|😆|
    😹|😜|jk|just kidding|starter|sourdough|levain|masa madre|lievito|fermento|sauerteig|yeast|
    plant|basil|cactus|succulent|phone|laptop|computer|oven|mixer|car|battery|tamagotchi|
    character|series|season|finale|episode|show|book|novel|game|match|team|film|movie|
    \d+ ?[-–] ?\d+|nil|derby|league|penalt(?:y|ies)|extra time|overtime|relegat\w*|
    referee|the ref|kick-?off|(?:home|away) (?:game|match|leg)|
    personnage|série|saison|plante|téléphone|portable|personaje|temporada|personaggio|stagione|
    pianta|telefono|personagem|planta|celular|figur|staffel|pflanze|handy"""

# A leaving, not a loss, in the same comment: "Today we said goodbye to Luna, our foster kitten,
# who went to her forever home!", "Said goodbye to Bella at the airport, see you in June!".
A_LEAVING = r"""foster\w*|forever home|new home|adopt\w*|rehomed|airport|station|gare|aeropuerto|
    flughafen|aeroporto|see you|à bientôt|hasta pronto|bis bald|a presto|até logo|trip|holiday|
    vacation|vacances|vacaciones|urlaub|vacanze|férias|moved|moving|déménag\w*|umgezogen|
    came back|come back|found (?:him|her|them)|est revenue?|volvió|zurück|è tornat[oa]|voltou|
    al mare|in vacanza|in ferie|in montagna|viaggio|voyage|déplacement|viaje|reise|viagem|
    de viaje|a la playa"""

# Someone missed ("I miss my mother every time I bake this", « Ma mère me manque », "Extraño a mi
# madre", „Ich vermisse meine Mutter", « Mi manca mia madre », "Sinto falta da minha mãe"): a
# tender memory, never "I have been thinking about that line all morning" (reply_drafts/quote.py).
MISSED = rf"""i (?:still |really |so |truly )?miss (?:my|our) (?:late |dear )?(?:{KIN})|
    (?:ma|mon|mes|notre|nos) (?:{KIN}|{KIN_OTHER}) me manquen?t?|
    (?:maman|papa|mamie|papi|papy) me manque|
    (?:extraño|echo de menos|extrañamos|echamos de menos) a (?:mi|mis|nuestr[oa]s?)|
    (?:ich|wir) vermissen? (?:meine?n?|unsere?n?)|mi mancan?o? (?:la |il )?(?:mia|mio|miei|mie)|
    (?:sinto|tenho|sentimos) (?:tanta |muita )?(?:falta|saudades?) d[aoe]s? (?:minha|meu|meus|
    minhas|nossa|nosso)"""

# Someone missed who is away, not lost, in the same sentence: quoted back and thanked as before
# ("I miss my mum so much when she's on her cruise", « Mon frère me manque depuis qu'il est parti
# à Montréal », « Ma fille me manque, elle rentre de colo samedi ! »).
AWAY = r"""cruise|camp|colo|on the road|away|lives in|moved|abroad|work trip|comes? home|
    back home|when (?:she|he|they)(?:'s| is| are|'re)|(?:she|he)'ll|see (?:her|him|them)|visit\w*|
    est partie? (?:à|au|en|aux)|vit (?:à|au|en|aux)|rentre|revient|reviennent|au bureau|
    déplacement|vient nous voir|viennent|s'appelle|noël|vacances|voyage|en la oficina|vive en|
    vuelve|wohnt|kommt|zurück|abita|torna|mora em|volta (?:pra|para)|voltar|viagem|
    férias|vacaciones|urlaub|vacanza"""
