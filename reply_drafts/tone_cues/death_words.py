"""The words of a death, each kept from its everyday uses: "died" but not "died laughing",
"passed" but not a test passed, « décédé » and « est mort » but not « est mort de rire », "murió"
but not "mi horno murió", "morreu" and « è morto » but not a phone or a starter that died, "dead to
me" unless laughed at, "rest in peace" but not "rest in peace, my diet".

Read through `death.DEATH`, which joins them (and `hard_times`, `hard_times_intl`, which import
them from `death`). Data: the package's docstring says how the lists are written and read."""

# "Rest in peace" said of someone who died, not laughed off nor said to a thing that
# gave up or was replaced: « Repose en paix, mon régime », "Riposa in pace, vecchio forno.
# Quello nuovo è una meraviglia.", „Ruhe in Frieden, mein alter Ofen", "Rest in peace, my
# diet", "Rest in peace, sourdough starter #1".
THINGS_AT_REST = r"""régime|ligne|balance|levain|four|batteur|mixeur|robot|moule|poêle|casserole|
    diète|volonté|gâteau|pain|tarte|brioche|cookies?|biscuits?|frigo|congélateur|blender|
    thermomix|boulangerie|cocotte|marmite|machine|cafetière|bouilloire|grille-pain|ordi|voiture|
    dieta|masa madre|horno|batidora|tostadora|nevera|lavadora|móvil|portátil|coche|
    diät|sauerteig|teig|ofen|mixer|toaster|handy|computer|laptop|auto|kühlschrank|waschmaschine|
    lievito(?: madre)?|forno|frullatore|tostapane|telefono|macchina|lavatrice|
    fermento|massa madre|batedeira|liquidificador|torradeira|geladeira|celular|telemóvel|carro"""
THINGS_AT_REST_EN = r"""diet|oven|(?:hand |stand )?mixer|(?:sourdough )?starter|willpower|waistline|
    blender|scales?|fridge|freezer|toaster|kettle|bread machine|bread maker|pan|tin|hopes"""
REST_IN_PEACE = rf"""rest in peace(?![^.!?\n]*(?:haha|ahah|lol|lmao|😂|🤣))
    (?!,? *(?:to )?(?:my |our |the |your )?(?:old |poor |dear |
    beloved |first )?(?:{THINGS_AT_REST_EN})\b)"""
REST_IN_PEACE_INTL = rf"""(?:repose en paix|descans[ae] en paz|ruhe in frieden|riposa in pace|
    descans[ae] em paz)(?![^.!?\n]*(?:jaja|jeje|haha|ahah|kkk|lol|mdr|xd\b|😂|🤣))
    (?!,? *(?:(?:mon|ma|mes|le|la|les|l'|mi|il|o|a|meu|minha|mein|meine|mio|mia|il mio|la mia|
    o meu|a minha) ?)?(?:(?:vieux|vieille|ancien|ancienne|cher|chère|pauvre|petit|petite|viejo|
    vieja|vecchio|vecchia|velho|velha|alter|alte|alten) )?(?:\w+ )?(?:{THINGS_AT_REST})\b)"""

# "Died", but not "died laughing" nor "nearly died of embarrassment".
DIED = r"died(?! (?:laughing|of laughter|a little|of (?:embarrassment|shame|cringe)))"

# « décédé(e) », not said of oneself: « Je suis décédée 😂 cette chute » is a laugh (session 39).
DECEDE = r"(?<!je suis )(?<!chui )(?<!jsuis )(?<!j'suis )(?<!jsui )décéd\w*"

# « est mort(e) » in French, not dying of laughter, hunger, shame or fright: « Mon fils est mort de
# rire devant la vidéo », « Ma fille est morte de honte » (session 39; read as a death).
# Session 40: not a kitchen machine (« Mon four est mort, paix à son âme »).
EST_MORT = r"""(?<!four )(?<!robot )(?<!mixeur )(?<!frigo )(?<!ordi )(?<!téléphone )(?<!portable )
    (?<!batteur )est morte?(?! de (?:rire|faim|honte|peur|trouille|fatigue|jalousie|ennui|soif|
    sommeil))"""

# "Murió" said of a thing: "Mi horno murio a mitad de la tarta", "Se me murio el portatil", "La
# masa madre se me murió otra vez"
# (behind a cheap look for "muri", as it opens an alternative).
MURIO_OF_A_THING = r"""(?=muri)(?<!horno )(?<!wifi )(?<!internet )(?<!coche )(?<!ordenador )
    (?<!masa madre )(?<!masa madre se me )(?<!levadura )(?<!levadura se me )
    (?<!batería )(?<!bateria )(?<!portatil )(?<!movil )(?<!router )(?<!tele )
    (?!muri[óo] (?:el|la|mi) (?:móvil|movil|portátil|portatil|ordenador|coche|horno|wifi|router|
    batería|bateria|teléfono|telefono|masa madre|batidora|microondas|nevera|tele|televisión)\b)"""

# "Dead to me" laughed at: "My husband is dead to me after he ate the last slice 😂".
DEAD_TO_ME_LAUGHING = r"""(?! to me[^.!?\n]*(?:😂|🤣|💀|\blol\b|\blmao\b|\bhaha))"""

# "Passed" as a death: "he passed last May", "she passed in March", "passed two years ago".
PASSED = r"""passed(?= *(?:[.,;!]|$|on\b|last|in (?:his|her|their) sleep|recently|suddenly|
    peacefully|(?:a|one|two|three|\w+) (?:days?|weeks?|months?) later\b(?! *!)(?![^\n]*\b(?:
    tests?|exams?|driving|theory|interview|audition|inspection|resits?|retakes?|proud)\b)|
    in (?:january|february|march|april|may|june|july|august|september|october|november|
    december|\d{4}|the (?:spring|summer|autumn|fall|winter|night))\b|(?:\w+ ){1,2}ago\b|
    this (?:year|month|week|morning|spring|summer|autumn|winter)\b))"""

# A death said in Portuguese and in Italian, in DEATH and in GRIEF_OTHER alike: not a phone, a
# laptop, a plant or a sourdough starter that died, nor dying of laughter, hunger or shame
# ("morreu de rir", « è morta dal ridere »), nor « mio fratello è venuto a mancare alla cena »
# (missed a dinner).
DIED_PT = r"""(?<!notebook )(?<!celular )(?<!computador )(?<!planta )(?<!fermento )
    (?<!fermento natural )(?<!levain )(?<!massa madre )morreu(?! de (?:rir|tanto rir|
    vergonha|fome|sono|medo|susto|calor|frio|tédio))"""

DIED_IT = r"""(?<!portatile )(?<!telefono )(?<!computer )(?<!pianta )(?<!lievito )
    (?<!lievito madre )(?<!pasta madre )è mort[oa](?! d(?:
    al|alle|i) (?:ridere|risate|fame|sonno|noia|paura|vergogna))|
    scompars[oa]|lutto|
    (?:è|sono) venut[oaie] a mancare (?:(?:il|la|i|le) )?(?:mio|mia|miei|mie|
    nostr[oaie]) (?:car[oa] |amat[oa] |adorat[oa] )?(?:padre|madre|papà|babbo|mamma|
    genitori|nonn[oaie]|
    fratell[oi]|sorell[ae]|figli[oae]?|marito|moglie|zi[oaie]|cugin[oaie]|nipot[ei]|compagn[oa]|
    amic[oa]|amici|amiche|suocer[oa]|cane|gatt[oa])\b|
    (?:mio|mia|nostro|nostra) (?:\w+ ){1,2}(?:è|sono) venut[oaie] a mancare
    (?! *(?:\.{2,}|…)? *(?:a|al|alla|all'|ai|alle) ?(?:ultimo momento (?:a |al |alla |all' ?)?)?
    (?:mia |mio |nostra |nostro |sua |suo )?(?:cena|festa|pranzo|appuntamento|riunione|partita|
    lezione|passeggiata|matrimonio|compleanno|concerto|gita|corso)\b)"""
