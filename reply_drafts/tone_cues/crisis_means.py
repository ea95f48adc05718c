"""A means or a plan named bare by a reader at risk ("Going to jump tonight.", "I have the rope
ready.", "Bought the pills today.", « J'ai préparé la corde. », "Stanotte salto."), with no thing
the means acts on, and where the same words are a baker's or a traveller's (a rope of dough, a
jump in the pool, pills for a cold, "salto in padella", "before I go to work").

Data: the package's docstring says how the lists are written and read; crisis_signs.CRISIS_SIGNS
and crisis_guarded.AT_RISK_EXPLAINED read these lists, each with its ELSEWHERE."""

# A means made ready, or set for now, and nothing it acts on after it: read as a warning sign on
# its own ("I have the rope ready.", "Going to jump tonight.", "Bought the pills today.",
# « Ce soir je saute. », "Ya tengo las pastillas.", „Heute Nacht springe ich.", "Já comprei os
# comprimidos."); not "I have the rope of dough ready", "jumping into this recipe tonight",
# "Ce soir je saute le dîner", "Stasera salto la palestra", "Heute Nacht springe ich ein".
SIGN_MEANS_NOW = r"""(?:i'?ve|i have|i'?ve got|i got|got) (?:the|a|my) (?:rope|noose) (?:
    ready|tied|up|prepared)(?= *(?:[.!…]|$))|
    (?:the|my) (?:rope|noose)(?: is|'s) (?:ready|tied|up)(?= *(?:[.!…]|$))|
    (?:i'?ve|i have|i) (?:tied|made|bought) (?:a|the) noose(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:i'?m |i am )?(?:going to|gonna) jump (?:tonight|today|tomorrow|right now|
    this evening)(?= *(?:[.!…]|$))|
    (?:i'?ll|i will|i'?m going to|i'?m gonna|i am going to) jump (?:tonight|today|tomorrow|
    right now|this evening)(?= *(?:[.!…]|$))|
    (?:i'?m|i am) jumping (?:tonight|today|tomorrow)(?= *(?:[.!…]|$))|
    (?:going to|gonna|i'?ll|i will) jump (?:off|from) (?:the|a|my) (?:bridge|roof|rooftop|building|
    cliff|balcony|tower|car park)(?: (?:tonight|today|tomorrow|right now))?(?= *(?:[.!…]|$))|
    (?:going to|gonna|i'?ll|i will) jump (?:tonight|today|tomorrow)(?=, (?:goodbye|bye|farewell|
    thanks? (?:you )?for everything))|
    (?:^|(?<=[.!?…] ))(?:tonight|today|tomorrow),? i(?:'?ll| will|'?m going to|'?m gonna)? jump
    (?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:i )?(?:bought|got) (?:the|all the|enough) (?:sleeping )?(?:
    pills|tablets|painkillers) (?:today|tonight|already|this morning)(?= *(?:[.!…]|$))|
    (?:i'?ve|i have|i) already (?:bought|got) (?:the|enough) (?:sleeping )?(?:pills|tablets|
    painkillers)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:i )?(?:bought|got) (?:a|the) gun (?:today|tonight|already)
    (?= *(?:[.!…]|$))|
    (?:the|my) gun is loaded(?= *(?:[.!…]|$))|
    j'ai (?:déjà )?(?:préparé|attaché|noué) la corde(?= *(?:[.!…]|$))|
    la corde est (?:déjà )?(?:prête|attachée|nouée)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:ce soir|cette nuit|demain),? je saute(?= *(?:[.!…]|$))|
    je (?:vais sauter|saute) (?:ce soir|cette nuit)(?= *(?:[.!…]|$))|
    j'ai déjà acheté les (?:cachets|comprimés|médicaments|médocs|somnifères)(?= *(?:[.!…]|$))|
    j'ai acheté les (?:cachets|comprimés|médicaments|médocs|somnifères) aujourd'hui
    (?= *(?:[.!…]|$))|
    (?:ya tengo|ya compré|ya preparé|he preparado|preparé) (?:la|una) (?:cuerda|soga)
    (?= *(?:[.!…]|$))|
    la (?:cuerda|soga) (?:ya )?está (?:lista|preparada)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))esta noche,? (?:me tiro|salto)(?= *(?:[.!…]|$))|
    (?:voy a saltar|me voy a tirar|salto|me tiro) esta noche(?= *(?:[.!…]|$))|
    ya (?:tengo|compré) las (?:pastillas|pastis|medicinas)(?= *(?:[.!…]|$))|
    hoy compré las (?:pastillas|pastis)(?= *(?:[.!…]|$))|
    (?:das seil|der strick) (?:ist|liegt) (?:schon )?(?:bereit|fertig)(?= *(?:[.!…]|$))|
    ich (?:habe|hab) (?:das seil|den strick) (?:schon )?(?:bereit|vorbereitet|bereitgelegt|
    geknüpft)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))heute (?:nacht|abend),? springe ich(?= *(?:[.!…]|$))|
    ich springe heute (?:nacht|abend)(?= *(?:[.!…]|$))|
    ich (?:habe|hab) die (?:tabletten|pillen|schlaftabletten) (?:schon|heute) (?:gekauft|besorgt|
    geholt)(?= *(?:[.!…]|$))|
    ho (?:già )?preparato la corda(?= *(?:[.!…]|$))|la corda è (?:già )?pronta(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))stanotte,? salto(?= *(?:[.!…]|$))|salto stanotte(?= *(?:[.!…]|$))|
    ho già (?:comprato )?le (?:pillole|pastiglie|compresse)(?= *(?:[.!…]|$))|
    (?:já )?preparei a corda(?= *(?:[.!…]|$))|a corda (?:já )?está pronta(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:hoje à noite|hoje a noite|esta noite|essa noite),? (?:eu )?(?:pulo|
    salto)(?= *(?:[.!…]|$))|
    vou (?:pular|saltar) (?:hoje à noite|hoje a noite|esta noite|hoje)(?= *(?:[.!…]|$))|
    já (?:comprei|tenho) os (?:comprimidos|remédios)(?= *(?:[.!…]|$))|
    comprei os (?:comprimidos|remédios) hoje(?= *(?:[.!…]|$))"""

# Where a rope, a jump or pills are a bake, a sport, a cold or a trip, anywhere in the comment.
MEANS_NOW_ELSEWHERE = r"""braid\w*|plait\w*|strands?|knot\w*|pretzels?|twist\w*|
    swing|hammock|tent|camping|climb\w*|boat|sail\w*|tug|jump ?rope|skipping|washing line|
    clothesline|gym|crossfit|macram\w*|trampolin\w*|parachut\w*|skydiv\w*|bungee|pool|lake|sea|
    ocean|beach|swim\w*|dive|diving|horse|show ?jump\w*|competition|ski|skiing|hurdles?|dance|
    ballet|concert|gig|party|bandwagon|cold|flu|fever|headache|migraine|allerg\w*|hay fever|
    vitamins?|iron|probiotics?|dishwasher|vet|dog|cat|trip|holidays?|vacation|travel\w*|flights?|
    doctor|prescri\w*|pharmac\w*|hunting|range|deer|tresse|balançoire|à sauter|
    à linge|escalade|piscine|mer|lac|parachute|légumes|poêle|repas|dîner|joie|vitamines|rhume|
    grippe|voyage|vacances|chien|chat|trenza|columpio|hamaca|piscina|mar|paracaídas|vitaminas|
    resfriado|gripe|viaje|vacaciones|perro|lavavajillas|caldo|levadura|sartén|zopf|schaukel|
    hängematte|springseil|klettern|schwimmbad|badesee|meer|fallschirm|vitamine|erkältung|reise|
    urlaub|hund|katze|spülmaschine|treccia|altalena|amaca|mare|lago|paracadute|padella|
    cena|pranzo|palestra|raffreddore|influenza|viaggio|vacanze|cane|gatto|lavastoviglie|
    trança|balanço|varal|praia|paraquedas|carnaval|janta|viagem|férias|cachorro|gato|lol|haha\w*|
    jaja\w*|kkk\w*|mdr|ahah\w*|😂|🤣"""

# A means named with nothing more ("Bought the pills.", "Picked up the sleeping pills.", "Wrote my
# letters."): too doubtful for a
# helpline alone (no star, no quote, advice to read it again), a warning sign beside a farewell
# or thanks said as a last word (FAREWELL_BESIDE).
MEANS_BARE = r"""(?:^|(?<=[.!?…] ))(?:i )?(?:bought|got|picked up|collected) (?:the|some|
    enough) (?:sleeping )?(?:pills|tablets|painkillers)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:i )?(?:bought|got) (?:a|the) (?:rope|gun)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:i )?(?:wrote|finished) my letters(?= *(?:[.!…]|$))|
    (?:i'?ve|i have) (?:written|finished) my letters(?= *(?:[.!…]|$))|
    j'ai acheté (?:les|des) (?:cachets|comprimés|médicaments|somnifères)(?= *(?:[.!…]|$))|
    j'ai écrit mes lettres(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))compré (?:las|unas) pastillas(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))escribí mis cartas(?= *(?:[.!…]|$))|
    ich (?:habe|hab) (?:die )?tabletten gekauft(?= *(?:[.!…]|$))|
    ich (?:habe|hab) meine briefe geschrieben(?= *(?:[.!…]|$))|
    ho comprato (?:le|delle) (?:pillole|pastiglie)(?= *(?:[.!…]|$))|
    ho scritto le mie lettere(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))comprei (?:os|uns) (?:comprimidos|remédios)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))escrevi (?:as )?minhas cartas(?= *(?:[.!…]|$))"""

# A last word beside a means named bare: thanks for everything, a goodbye, help that lasted only
# a while ("Thanks for the recipes, they helped for a while.").
FAREWELL_BESIDE = r"""thanks? (?:you )?for everything|goodbye|farewell|bye everyone|
    (?:they|it|you|this blog|your blog|your recipes|your posts|the recipes) (?:really )?helped(?:
    me)? for a while|merci pour tout|adieu|au revoir à tous|gracias por todo|adiós a todos|
    danke für alles|lebt wohl|grazie (?:di|per) tutto|addio|obrigad[oa] por tudo|adeus"""

# Nothing that will matter soon ("soon it won't matter anymore"): doubtful alone, a warning sign
# beside a last word, as a means named bare is.
NOTHING_WILL_MATTER = r"""(?:^|(?<=[.!?…] ))(?:(?:and )?soon,? )?(?:it|none of (?:it|this)) (?:
    won'?t|will not) matter (?:any ?more|much longer)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:soon )?nothing will matter (?:soon|any ?more)(?= *(?:[.!…]|$))|
    bientôt (?:ça|cela|plus rien) n'aura (?:plus )?d'importance(?= *(?:[.!…]|$))|
    pronto (?:ya )?(?:no|nada) importará(?= *(?:[.!…]|$))|
    bald ist (?:eh |sowieso )?alles egal(?= *(?:[.!…]|$))|
    bald spielt (?:es|das|nichts) keine rolle mehr(?= *(?:[.!…]|$))|
    presto non (?:avrà più importanza|importerà più)(?= *(?:[.!…]|$))|
    (?:logo|em breve) (?:nada|não) vai (?:mais )?importar(?= *(?:[.!…]|$))"""

SIGN_MEANS_WITH_FAREWELL = rf"""(?:{MEANS_BARE}|{NOTHING_WILL_MATTER})[\s\S]{{0,200}}?(?:
    {FAREWELL_BESIDE})|
    (?:{FAREWELL_BESIDE})[\s\S]{{0,200}}?(?:{MEANS_BARE}|{NOTHING_WILL_MATTER})"""

# A plan told obliquely with nothing that explains it ("soon it won't matter anymore", "Wanted to
# make something nice before I go.", "Thanks for the recipes, they helped for a while."), and any
# means named bare: too doubtful for a helpline, never starred nor quoted; not "it won't matter
# once it's baked", "before I go to work" nor "it helped for a while, then the dough stuck".
SIGN_PLAN_BARE = rf"""{MEANS_BARE}|{NOTHING_WILL_MATTER}|
    (?:wanted|want|had|needed) to (?:make|bake|cook|do|leave) (?:something|one (?:last|more) (?:
    thing|loaf|cake|bake)) (?:(?:nice|special|good|sweet|lovely) )?before i go(?= *(?:[.!…]|$))|
    (?:they|it|you|this blog|your blog|your recipes|your posts|the recipes) (?:really )?helped(?:
    me)? for a while(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:my |one |the )?last (?:bake|loaf|cake) before i go(?= *(?:[.!…]|$))|
    quelque chose de (?:beau|bon|joli|bien) avant de partir(?= *(?:[.!…]|$))|
    algo (?:bonito|bueno|rico) antes de irme(?= *(?:[.!…]|$))|
    etwas (?:schönes|gutes|leckeres)(?: \w+)?,? bevor ich gehe(?= *(?:[.!…]|$))|
    qualcosa di (?:bello|buono) prima di andarmene(?= *(?:[.!…]|$))|
    algo (?:bonito|gostoso|bom) antes de ir embora(?= *(?:[.!…]|$))"""

PLAN_ELSEWHERE = rf"""{MEANS_NOW_ELSEWHERE}|work|shift|office|school|bed|exams?|moving|move|
    abroad|cracks?|glaze|icing|frosting|crust|tast\w*|baked|oven|cover\w*|hides?|diet|calories|
    weight|then|until|travail|boulot|déménag\w*|examens?|trabajo|mudanza|arbeit|umzug|
    lavoro|trasloco|trabalho|mudança"""

# "Tonight I throw myself" said bare, as a reader at risk says it: "Stasera mi butto.", "Hoy me
# tiro."; not where it lands ("Stasera mi butto sulla pizza", "Hoy me tiro a la piscina", "mi
# butto in questa avventura"). Beside a recipe or a bake named, or cried out ("Oggi mi butto!"), it
# may be "I'll go for it": never starred nor quoted, no helpline (THROW_ELSEWHERE,
# THROW_MYSELF_CRIED); beside a try, a pool or a laugh, warm (THROW_TRIED: "Stasera mi butto. La
# provo!").
THROW_MYSELF = r"""(?:^|(?<=[.!?…,] ))(?:stasera|stanotte|oggi|domani),? mi butto|
    (?:^|(?<=[.!?…] ))mi butto (?:stasera|stanotte|oggi)|
    (?:^|(?<=[.!?…,] ))(?:hoy|mañana),? me tiro|
    (?:^|(?<=[.!?…] ))me tiro (?:hoy|mañana)|
    (?:^|(?<=[.!?…,] ))(?:ce soir|cette nuit|demain),? je me jette|
    (?:^|(?<=[.!?…] ))je me jette (?:ce soir|cette nuit)"""
SIGN_THROW_MYSELF = rf"""(?:{THROW_MYSELF})(?= *(?:[.…]|$))"""
THROW_MYSELF_CRIED = rf"""(?:{THROW_MYSELF})(?= *!)"""

THROW_TRIED = rf"""{MEANS_NOW_ELSEWHERE}|provo|proverò|ci provo|provarla|provarci|la faccio|
    la preparo|impast\w*|inforn\w*|forno|pizza|focaccia|avventura|sfida|pruebo|probar\w*|
    la hago|la preparo|me animo|lo intento|intentar\w*|aventura|reto|horno|hornear|je teste|
    je la fais|je tente|j'essaie|four|pâte|levain"""

THROW_ELSEWHERE = rf"""{THROW_TRIED}|ricett\w*|pane|torta|biscott\w*|dolc\w*|receta\w*|pan|
    bizcocho|tarta|masa|galletas?|postre|recettes?|brioche|gâteau|pain"""

# The pills fetched, said as a plan is told: bare, with a time and nothing else ("Picked up the
# sleeping pills this morning.", « J'ai récupéré les somnifères ce matin. », "Recogí las pastillas
# hoy.", „Ich habe die Schlaftabletten heute abgeholt.", "Já peguei os comprimidos hoje."), not
# as an errand is told, for someone or beside the rest of the shopping ("Picked up the sleeping
# pills for my mum", "...this morning. Mum hasn't slept since her surgery.": guarded, no helpline;
# beside a trip or a pharmacy, warm).
SIGN_PILLS_FETCHED = r"""(?:^|(?<=[.!?…] ))(?:i )?(?:picked up|collected|fetched) (?:the|all the|
    enough) (?:sleeping )?(?:pills|tablets|painkillers) (?:today|tonight|already|this morning|
    earlier)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))j'ai récupéré (?:les|tous les|assez de) (?:somnifères|cachets|
    comprimés) (?:ce matin|aujourd'hui|tout à l'heure)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:ya )?recogí (?:las|todas las) (?:pastillas|pastillas para dormir) (?:
    esta mañana|hoy)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))ich (?:habe|hab) (?:die|alle) (?:schlaftabletten|tabletten) heute (?:
    morgen |früh )?abgeholt(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:stamattina|oggi) ho ritirato (?:i sonniferi|le pillole|
    le pastiglie)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))ho ritirato (?:i sonniferi|le pillole|le pastiglie) (?:stamattina|oggi)
    (?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?…] ))(?:já )?peguei (?:os|todos os) (?:comprimidos|calmantes|
    comprimidos para dormir) (?:hoje de manhã|hoje|esta manhã)(?= *(?:[.!…]|$))"""

ERRAND = rf"""{MEANS_NOW_ELSEWHERE}|mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|
    grandpa|grandad|husband|wife|partner|son|daughter|kids?|children|baby|sister|brother|aunt|
    uncle|neighbou?rs?|friend|her|him|them|shopping|groceries|errands?|flour|butter|eggs|yeast|
    milk|bread|post office|supermarket|maman|mère|papa|père|mamie|mari|femme|enfants?|fils|fille|
    voisine?|mamá|madre|papá|padre|abuel[ao]|hij[ao]s?|marido|esposa|vecin[ao]|mama|mutter|vater|
    oma|opa|mann|frau|kinder|sohn|tochter|nachbar\w*|nonn[ao]|marito|moglie|figli[oa]?|vicin[ao]|
    mãe|pai|avó|avô|filh[oa]s?|vizinh[ao]|farmácia|apotheke|rezept|ricetta|receita|receta|
    ordonnance"""
