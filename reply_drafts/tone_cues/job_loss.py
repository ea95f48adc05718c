"""A job lost, told with what makes it no hard day: a whole team let go, a job cut that turned
out well or was laughed at, a redundancy told as the start of something wanted. Read by the hard
time lists (hard_times.GRIEF_STRONG, hard_times_intl.GRIEF_OTHER).

Data: the package's docstring says how the lists are written and read."""

from reply_drafts.tone_cues.death import LAUGHS_LATER

# A job cut told with the better turn it took: good news, not a hard day. In Spanish, German,
# Italian and Portuguese, in the same sentence, after "and" or "but": "Mi puesto fue eliminado… ¡y
# me ascendieron!", „Meine Stelle wurde gestrichen – und ich habe eine viel bessere gefunden!",
# "A empresa me dispensou… e abri minha própria padaria!"; in French, anywhere later on the line:
# « Mon poste a été supprimé… et j'ai retrouvé un job en deux semaines ! », « L'entreprise s'est
# séparée de moi et j'ai enfin ouvert mon salon de thé ».
JOB_CUT_TURNED_OUT_WELL = r"""(?![^!?\n]{0,12}?\b(?:y|e|und|aber|pero|mas|
    ma) (?:\w+ ){0,3}?(?:me ascendieron|me han ascendido|ascendid[oa]|fui promovid[oa]|promovid[oa]|
    mi hanno promoss[oa]|promoss[oa]|befördert|(?:encontré|conseguí|me dieron|tengo) uno mejor|
    encontrei um melhor|(?:ne )?ho trovato uno migliore|eine (?:viel )?bessere gefunden|
    (?:mont[ée]|abr[íi]) (?:mi|minha) (?:propia |própria )?\w+|ho aperto|habe \w+ gegründet|
    (?:ich bin|estoy|sono|estou) (?:\w+ )?(?:glücklich|feliz|felice|felicissim[oa]))\b)
    (?![^!?\n]{0,4}?\b(?:zum glück|gott sei dank|por suerte|menos mal|per fortuna|meno male|
    por sorte|ainda bem)\b)
    (?![^\n]*(?:bien mieux|meilleure chose|j'en ai (?:re)?trouvé|
    j'ai (?:enfin |vite |alors )?(?:re)?(?:trouvé|créé|ouvert|lancé)|
    (?:on|ils|elle|il) m'a proposé (?:mieux|un autre|un nouveau|une promotion)|
    j'ai (?:trop )?hâte))"""
# A French job cut laughed at, later on the line (« Mon poste a été supprimé 😂 », « …mdr »).
JOB_CUT_LAUGHED_OFF_FR = r"""(?![^\n]*(?:😄|😂|🤣|😁|🎉|\bmdr\b))"""

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

# Work lost, not a job: hours of it, or a file that was not saved ("Perdí mi trabajo de tres
# horas en el documento, jaja", "Ho perso il lavoro di tutto il pomeriggio, il file non si è
# salvato", "Perdi meu trabalho de três horas no documento", « J'ai perdu mon travail de trois
# heures »); not "Perdí mi trabajo esta tarde" nor "Perdí mi trabajo de diez años" (a job). Goes
# after "trabajo", "lavoro", "trabalho" or "travail", in a negative lookahead.
WORK_UNSAVED = r"""(?: (?:de|di|del|della|da|do|du|de la) (?:\w+ ){0,3}?(?:horas?|minutos?|
    tarde|mañana|noche|ore|minuti|pomeriggio|mattinata|serata|manhã|noite|tarde|heures?|minutes|
    après-midi|matinée|soirée)\b|
    [^.!?\n]*\b(?:documento|archivo|fichero|arquivo|ficheiro|fichier|document|file|word|excel|
    sin guardar|sem salvar|senza salvare|sans sauvegarder|no (?:lo )?guardé|não salvei|
    non ho salvato|pas sauvegardé|se colgó|se cerró|travou|ha planté|crash\w*)\b)"""
