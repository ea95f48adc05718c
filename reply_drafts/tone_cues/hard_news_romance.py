"""Hard news told in French, Spanish, Italian or Portuguese that the other lists missed: a pet
gone (told gently), a cancer back after it had gone, and a reader alone since someone left.

Data: the package's docstring says how the lists are written and read."""

from reply_drafts.tone_cues.people import KIN, KIN_OTHER, KIN_ROMANCE

# A laugh or a joke later in the comment turns any of these.
LAUGH_LATER_ROMANCE = r"""(?![^\n]*(?:😂|🤣|😅|😆|😜|😹|\b(?:mdr|ptdr|lol|haha\w*|hihi\w*|
    ahah\w*|ja(?:ja)+|je(?:je)+|k{3,}|xd+)\b|je plaisante|je rigole|je blague|es broma|scherzo|
    brincadeira))"""

PET_WORDS_FR = r"""minou|minette|toutou|chat|chaton|chatte|chien|chienne|chiot|lapin|pupuce"""
PET_OWNER_INTL = r"""mi|nuestr[oa]|il mio|il nostro|la mia|la nostra|o meu|a minha|o nosso|
    a nossa|meu|minha|noss[oa]"""
PET_WORDS_INTL = r"""perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|conejit[oa]|conejo|cane|gatt[oa]|
    gattin[oa]|cagnolin[oa]|mici[oa]|coniglio|cachorr[oa]|cachorrinh[oa]|gatinh[oa]|coelho"""
PET_WENT_INTL = r"""se fue|se nos fue|se ha ido|se nos ha ido|se marchó|se n'è andat[oa]|
    nos deixou|deixou|partiu"""
WHEN_ROMANCE = r"""esta noche|anoche|hoy|ayer|esta mañana|esta madrugada|stanotte|stamattina|
    stasera|ieri|oggi|esta noite|ontem|hoje|esta manhã"""

# A pet gone, told gently: « Adieu Minou. Tu vas nous manquer. », « Le chat est parti rejoindre
# les étoiles. », "Nuestro gato Félix se fue esta noche.", "Il nostro gatto Fufi se n'è andato
# stanotte.", "Nosso gato Tom partiu esta noite.". A loss (in death.DEATH and
# hard_times.GRIEF_STRONG). Not « Minou est parti chasser dans le jardin », « Adieu Minou, à
# demain ! », "Félix se fue de casa pero volvió a la hora de cenar", nor a pet that came back.
PET_GONE_ROMANCE = rf"""(?:^|(?<=[.!?…] ))adieu,? (?:(?:mon|ma|notre|petit|petite|vieux|
    vieille|cher|chère|gros|beau|belle|doux|douce) )*(?:{PET_WORDS_FR})(?= *(?:[.!…]|$))
    (?![^\n]*\b(?:revenue?|rentrée?|retrouvée?|à (?:demain|bientôt|plus|
    tout à l'heure))\b){LAUGH_LATER_ROMANCE}|
    (?:{PET_WORDS_FR}|{KIN}|{KIN_OTHER}|papa|maman|mamie|papi|papy|pépé|mémé)(?: [\w-]+)? (?:est|
    sont) partie?s? rejoindre les (?:étoiles|anges)(?= *(?:[.!…,]|$| (?:cette nuit|
    ce matin|hier|aujourd'hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|
    dimanche)\b)){LAUGH_LATER_ROMANCE}|
    (?:{PET_OWNER_INTL}) (?:{PET_WORDS_INTL})(?: [\w-]+)? (?:{PET_WENT_INTL}) (?:para siempre|
    per sempre|para sempre|{WHEN_ROMANCE})(?= *(?:[.!…,]|$))
    (?![^\n]*\b(?:volvió|regresó|apareció|encontramos|tornat[oa]|ritrovat[oa]|voltou|apareceu|
    achamos|de casa|di casa|de viaje|vacaciones|vacanze|férias)\b){LAUGH_LATER_ROMANCE}"""

# A cancer back after it had gone: « Le cancer a disparu, mais il est revenu. », « Son cancer est
# revenu. ». A hard time (hard_times.GRIEF_STRONG), where « Le cancer a disparu ! » is good news.
CANCER_BACK_FR = rf"""(?:le|mon|ma|son|sa|leur|notre|ton|ta|votre|la) (?:cancer|tumeur|
    lymphome|leucémie) (?:est (?:revenue?|de retour|réapparue?)|a récidivé){LAUGH_LATER_ROMANCE}|
    (?:cancer|tumeur|lymphome|leucémie) (?:a|avait) (?:\w+ )?disparu,? (?:mais|puis|et) (?:il|
    elle) (?:est|était|a) (?:\w+ )?(?:revenue?|réapparue?|de retour|
    récidivé){LAUGH_LATER_ROMANCE}"""

# A reader alone since someone left, said in passing: « Je la fais souvent depuis que je suis
# seule. », "La hago a menudo desde que estoy sola.", "Da quando sono sola", "Desde que fiquei
# sozinha". A hard time of their own (hard_times.GRIEF_STRONG): a quiet reply, no star. Not
# alone for a weekend or an evening (« depuis que je suis seule à la maison ce week-end »).
ALONE_SINCE_ROMANCE = rf"""(?:depuis que je (?:suis|vis) (?:toute )?seule?|
    desde que (?:estoy|vivo|me quedé) sol[oa]|
    da quando (?:sono|vivo|sono rimast[oa]) sol[oa]|
    desde que (?:fiquei|estou|vivo) sozinh[oa])(?= *(?:[.!…,]|$))
    (?![^.!?…]*\b(?:week-end|weekend|ce soir|cette semaine|les vacances|fin de semana|finde|
    esta semana|esta noche|fine settimana|stasera|questa settimana|fim de semana|
    hoje à noite)\b){LAUGH_LATER_ROMANCE}"""

# Someone close who no longer knows the reader: « Mon grand-père ne me reconnaît plus. », "Mi
# abuelo ya no me reconoce.", "Mio nonno non mi riconosce più.", "Meu avô já não me reconhece.",
# as "My grandpa doesn't recognise me anymore." (hard_times.GRIEF_STRONG). Not after a haircut, a
# beard or a disguise, nor laughed off.
NOT_KNOWN_ROMANCE = rf"""(?:(?:(?:mon|ma|notre) (?:\w+ )?(?:{KIN}|{KIN_OTHER})|papa|maman|mamie|
    papi|papy|pépé|mémé) ne (?:me|nous) reconna[iî]t (?:même )?plus|
    (?:(?:mi|nuestr[oa]) (?:{KIN_ROMANCE})|papá|mamá) (?:ya no (?:me|nos) reconoce|
    no (?:me|nos) reconoce ya)|
    (?:(?:il mio|la mia|mio|mia|il nostro|la nostra|nostr[oa]) (?:{KIN_ROMANCE})|papà|
    mamma) non (?:mi|ci) riconosce più|
    (?:(?:o meu|a minha|meu|minha|o nosso|a nossa|noss[oa]) (?:{KIN_ROMANCE})|mãe|
    pai) (?:já não (?:me|nos) reconhece|não (?:me|nos) reconhece mais))
    (?![^.!?…]*\b(?:barbe|coupe|cheveux|lunettes|déguis\w*|masque|barba|pelo|corte|gafas|
    disfraz|capelli|occhiali|travestit\w*|cabelo|óculos|fantasia)\b){LAUGH_LATER_ROMANCE}"""

# A pet no longer there, told in Italian: "Il mio gatto Micio non c'è più da ieri sera." A loss
# (hard_times.GRIEF_STRONG): a quiet reply, no star. Not "Il gatto non c'è, è uscito a caccia",
# nor a pet that came back or is away.
PET_NOT_THERE_IT = rf"""(?:il mio|il nostro|la mia|la nostra|mio|mia|nostr[oa]) (?:gatt[oa]|
    {PET_WORDS_INTL})(?: [\w-]+)? non c'è più(?: (?:da|dalla|dal) (?:ieri sera|ieri notte|
    ieri mattina|domenica|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|{WHEN_ROMANCE}))?
    (?= *(?:[.!…,]|$))
    (?![^\n]*\b(?:tornat[oa]|ritrovat[oa]|rientrat[oa]|di casa|caccia|in giro|vacanze|pensione|
    dal veterinario|dalla nonna)\b){LAUGH_LATER_ROMANCE}"""
