"""Scorn of the post and its author said as a phrase in French, Spanish, Italian, Portuguese,
German and Dutch (« C'est nul », « Tu n'y connais rien », "Qué original, otra receta").

Data: the package's docstring says how the lists are written and read."""

# Joined with scorn's lists (tone._CONTEMPT_PHRASE): SCORN | SCORN_FR | SCORN_INTL |
# SCORN_PERSONAL.
SCORN_FR = r"""c'est (?:vraiment |tellement |trop |complètement |carrément )?nul(?:le)?(?! \w)|
    (?:^|(?<=[.!?…] ))quelle horreur,? (?:cette|ta|votre|ce|ton) (?:recette|gâteau|pain|tarte|
    billet|article)(?![^\n]*(?:😂|🤣|😍|❤|\bmdr|\bptdr|\blol|\bhaha|accro|délicieu\w*|trop bon|
    tellement bon|si bon|j'adore))|
    (?:c'est|quel|du grand) (?:vraiment |complètement )?n'importe quoi|
    (?:^|(?<=[.!?] ))n'importe quoi *[.!…]*$|(?:c'est du |^)n'importe quoi,? (?:cet?|cette|ce) (?:
    article|billet|tuto|recette)|c'est du n'importe quoi|
    (?:t'es|tu es|vous êtes) (?:vraiment |trop |complètement |tellement |grave |
    un peu )?con(?:ne)?s?(?= *(?:[.!?…,]|$| ou | et ))(?![^.!?]*(?:😂|🤣|❤|\bmdr|\bptdr|\blol|
    \bhaha|\bde rire|\brigol\w*|\bj'adore|\bje t'aime))
    (?![^.!?]*\bde (?:ne )?pas avoir (?:goûté|essayé|testé|fait)\b)
    (?![\s\S]*\bmerci (?:pour (?:la|ta|cette|votre) recette|de (?:la |les |l')?partager)\b)|
    (?:^|(?<=[.!?] )|c'est |c'était )nul(?:le)? à chier(?! de (?:devoir )?attendre| d'attendre)
    (?!,? (?:mes|mon|ma|nos|notre)\b)|
    (?:encore un|un énième|un autre) (?:billet|article|post|texte) pour (?:ne )?rien dire
    (?![\s\S]*[.!?] *non,? (?:sérieux|sérieusement|je (?:plaisante|rigole)|tu as|vous avez|
    encore une? |pour tout dire|pour (?:nous |me )?(?:apprendre|régaler|expliquer)))|
    besoin d'une? énième|merci pour ce (?:grand )?moment de (?:vide|néant)(?! *\.\.\. *dans)|
    quel talent pour enfoncer des portes ouvertes(?! *\.\.\. *dans)|
    (?:vous enfoncez|tu enfonces) des portes ouvertes(?!,? mais il fallait le dire)|
    encore (?:un|une) (?:\w+ )?(?:autoproclamée?|qui se prend pour)
    (?![\s\S]*\bgrâce à (?:toi|vous|ta|ton|tes|votre|vos)\b)|
    (?:vous finirez|tu finiras) peut-être (?:un jour )?par (?:apprendre|y arriver|comprendre|
    progresser)(?![^.!?]*, (?:disait|me disait|m'a dit|a dit)\b)|
    (?:c'est (?:pas mal|bien|mignon|sympa)|pas mal|(?:^|(?<=[.!?…] ))sympa),? pour une? (?:
    débutante?|amateur|
    amatrice|blogueuse|femme|fille|blog de (?:ménagère|mère au foyer|maman))(?= *[.!…]*$)|
    (?:^|(?<=[.!?…] ))(?:legalzinho|bonitinho|bom|legal|nada mal|até que (?:é )?(?:bom|
    legal)),? (?:pra|para) (?:um|uma) (?:blog (?:amador|de amador|caseiro)|amador|amadora|
    iniciante)(?= *[.!…]*$)|
    (?:^|(?<=[.!?…] ))(?:carino|non male|niente male|bello),? per (?:un|una) (?:blog (?:
    amatoriale|di dilettanti)|dilettante|principiante)(?= *[.!…]*$)|
    que (?:post|texto|blog|artigo) (?:mais |muito |bem )?fraco(?= *[.!…]*$)|
    (?:vai|vá) aprender a (?:cozinhar|escrever) antes de (?:postar|publicar|escrever)|
    (?<!não )(?<!nunca )(?<!nem )perdi (?:o )?meu tempo(?= *[.!…]*$)|
    (?:(?<=\.\.\. )|(?<=\.\.\.)|(?<=… )|(?<=…))come no(?= *[.…]*$)|
    (?:un'altra|l'ennesima) ricetta copiata (?:da|dal|dalla|di|su)\b(?! (?:mia |tua |sua )?(?:
    nonna|nonno|mamma|madre|zia))|
    (?:vous devriez|tu devrais|il faudrait) (?:peut-être |vraiment )?laisser (?:ça|cela|faire) (?:
    aux pros|aux professionnels|aux vrais)(?!,? (?:je pensais|je me disais|me disait)\b)|
    (?:vous n'avez|tu n'as|t'as) jamais mis les pieds dans une? (?:vraie?|véritable)
    (?![^.!?…]*\? *(?:viens|venez|moi (?:non|pas) plus|moi aussi|pareil|nous non plus|
    je (?:t'|vous )invite))|
    et moi je suis (?:la reine d'angleterre|le pape|le père noël)
    (?![\s\S]*[.!?] *non,? (?:sérieux|sérieusement|je (?:plaisante|rigole)|tu as|vous avez|
    encore une? ))|
    (?:^|(?<=[.!?] ))quelle perte de temps(?:,? (?:cet?|cette|ce|ton|ta|votre) (?:article|billet|
    blog|recette|tuto|texte))?(?= *[.!…]*$)|
    d'une (?:banalité|médiocrité|platitude|nullité) (?:affligeante|consternante)|
    (?:t'es|tu es|vous êtes) la honte (?:des|de la|du) (?:blog|blogueu|cuisin|internet|web|
    profession|métier)\w*(?![^\n]*(?:😂|🤣|\bmdr\b|\blol\b))|
    (?<!: )(?<!« )(?:t'as|tu as|vous avez) réussi à rater (?:une|un|même une|même un) (?:
    \w+ ){0,3}?(?:
    pâtes|riz|œufs?|oeufs?|omelette|croque|salade|soupe)(?= *[.!…]*$)|
    (?:réinventé|inventé|découvert) l'eau tiède(?![\s\S]*[.!?] *non,? (?:sérieux|sérieusement|
    je (?:plaisante|rigole)|tu as|vous avez|encore une? ))|
    encore du pathos(?= *(?:[.!?…,]|$| dans (?:ce|cet|cette|ton|ta|votre) (?:billet|article|post|
    texte|blog)))(?! *, *(?:mais|heureusement)\b)|
    (?:tu devrais|vous devriez) (?:peut-être |vraiment |sérieusement )?arrêter (?:d'écrire|
    de bloguer|le blog|de cuisiner|de publier)(?= *(?:[.!…,]|$))(?![^.!?]*\b(?:repose\w*|
    dors|dormir|pause|santé|fatigu\w*|accros?)\b)|
    (?:pour quelqu'un qui|vous qui|toi qui) n'y conna[iî]t rien(?!,? (?:comme moi|moi|je|j'))|
    (?:passionnant|captivant|palpitant)\W*z{3,}(?!z)(?![.…\s]*c'est ce que (?:dit|disait|fait))|
    chef-d'(?:œ|oe)uvre de (?:médiocrité|nullité|vacuité|banalité)(?![^.!?…]*, (?:disait|dit|a dit|
    me disait|m'a dit|écrivait|a écrit)\b)|
    ça sert à quoi (?:ce|ton|votre) (?:blog|billet|article)(?! *\? *à (?:me|nous) \w)
    (?! *\? *à (?:m'|rendre |régaler|faire (?:plaisir|rêver|saliver|sourire)))|
    mon (?:gamin|fils|neveu|gosse|petit|chat|chien) de \d+ ans (?:fait|ferait|cuisine|écrit) mieux
    (?! *\.\.\. *de)(?![^.!?]*\bgrâce à (?:toi|vous|ta|ton|tes|votre|vos)\b)|
    (?:tu te prends|vous vous prenez|qui se prend|l'auteur se prend) pour (?:un|une) (?:expert|
    experte|génie|spécialiste|écrivain|écrivaine)(?! en )|
    (?:t'as|tu as|vous avez) vraiment (?:écrit|publié|posté) ça sérieusement|
    did you seriously (?:write|publish|post) this|you seriously (?:wrote|published|posted) this|
    (?:vous n'avez|tu n'as|t'as) même pas (?:testé|lu|essayé|vérifié)|
    (?:article|billet|post|articolo|artículo|artigo|tuto) (?:más |tan |così |tão |mais )?(?:
    inutile|inútil|nul(?:le)?|
    sans intérêt)|
    (?:ton|votre|cet?|cette) (?:article|billet|tuto|tutoriel|blog|texte|recette|post) (?:est|
    était) (?:vraiment |complètement |franchement |carrément |totalement |juste )?(?:
    nul(?:le)?(?! part)(?!\W*(?:de ma faute|j'adore|mais j'adore|génial))|
    à chier|de la merde|minable|débile|pourrie?)|
    c'est de la merde,? (?:ce|cet|cette|ton|ta|votre) (?:article|billet|tuto|tutoriel|blog|
    texte|recette|post)|
    quel(?:le)? (?:gros(?:se)? |pauvre |sale )?(?:con(?:ne)?|connard|connasse)(?= *[.!…]*$)|
    (?:t'as|tu as|tu n'as|vous avez|vous n'avez) (?:vraiment )?rien compris(?= au sujet| à rien|
    (?: au \w+,? (?:ma|mon) pauvre)|(?: *[.!…,]| *$))(?![^.!?]*, (?:disait|me disait|a dit)\b)|
    (?:tu ne sais|tu sais|vous ne savez|vous savez|tu ne saches|vous ne sachiez) (?:pas|
    même pas) (?:écrire|lire|coder)(?= *(?:[.!…,]|$))|
    (?:certains|d'autres|les autres) (?:bossent|travaillent),? eux(?= *(?:[.!…]|$))|
    même (?:mon|ma) (?:chat|chien|chienne|fils|fille|gamin|gamine|neveu|nièce|petit frère|
    petite sœur|grand-mère|mamie) (?:de \d+ ans )?(?:code|écrit|cuisine|fait|ferait|coderait|
    écrirait|cuisinerait) mieux(?! que moi)(?![\s\S]*\bmerci\b)|
    (?:tu penses|tu crois|vous pensez|vous croyez) (?:vraiment )?que (?:quelqu'un|
    qui que ce soit) va lire ça|
    c'est une blague,? (?:ce|cet|cette|ton|votre) (?:tuto|tutoriel|article|billet|recette|code|
    blog)(?! *\?[^.!?]*\b(?:génial|facile|super|top|bravo|merci|parfait)\b)|
    encore (?:un|une) (?:tuto|tutoriel|article|billet|recette) qui ne (?:marche|fonctionne) pas|
    (?<!si )(?<!que )(?:tes|vos|ton|ta|votre) (?:\w+ )?(?:photos|textes|billets|articles|tutos|
    recettes|écrits|dessins|pulls|gâteaux) (?:sont|est) (?:vraiment |franchement |tellement |
    super |trop )?(?:
    moches?|nuls|nulles|pourrie?s?|mauvais(?:es)?)(?!\W*pour (?:ma|mon|mes) )(?! compar)|
    (?:ce genre de|ce|cet|ton|ta|votre) (?:billet|article|post|texte|sujet) n'a rien à faire (?:
    ici(?= *(?:[.!…]|$))|sur (?:un|ce|ton|votre) blog)|
    ouais bon,? on a (?:bien )?compris|
    (?:^|(?<=[.!?] ))ben voyons(?= *[,.!…])(?![\s\S]*(?:😍|\bmerci\b))|
    (?:tu n'as|vous n'avez|t'as) aucune idée de ce (?:que tu racontes|dont tu parles|
    que vous racontez|dont vous parlez)|
    c'est (?:vraiment |tellement )?affligeant(?: de bêtise)?(?= *[.!…]*$)|
    (?:tu en fais|vous en faites) (?:un peu |beaucoup |vraiment |encore )?trop avec (?:tes|vos|
    ton|votre|ta) (?:histoires|deuil|maladie|malheurs|problèmes|drames?|pathos|chagrin)|
    (?:reprends-toi|reprenez-vous|secoue-toi|secouez-vous)(?= *[.!…]*$)|
    arrête(?:z)? de (?:te|vous) plaindre(?= *(?:[.!…]|$))|arrête(?:z)? de pleurnicher|
    (?:tu t'attendais|vous vous attendiez) à quoi(?: franchement|
    sérieusement| au juste)?(?= *[?!.…]*$)|
    à quoi (?:tu t'attendais|vous vous attendiez)(?= *[?!.…]*$)|
    (?<!ne )(?:on (?:commence à )?s'en|je commence à m'en) lass(?:e|er)(?! pas| jamais)|
    (?<!pas que )(?<!jamais que )c'est (?:un peu |bien |quand même |aussi )?(?:de )?(?:ta|
    votre) (?:faute|propre faute)(?! si (?:je|j'|on|mes|ma|mon|tu m'))"""

# Sarcasm and scorn in Spanish, Italian, Portuguese, German and Dutch, and more French.
# Session 43: scorn of the author's low mood (« ta déprime passerait si tu sortais de ton
# canapé », "la depresión está en tu cabeza"), which a disclaimer before it had made a critique;
# not the same words quoted to deny them ("Los que dicen que la depresión está en tu cabeza...").
# "You managed to burn water" and "pretty for a beginner, I guess" (thanked with a star), and
# « Encore un billet pour se plaindre ? » on a hard-day post; not the reader's own burnt water.
# "Sinceramente, nadie lee tu blog." (starred and quoted), said as a whole sentence.
# Not laughed with or agreed with ("Otra vez quejándote del horno jaja, ¡a mí me pasa igual!",
# "Si te levantaras del sofá un poco antes, el pan estaría listo, jaja. ¡Gracias!").
SCORN_INTL = r"""(?:^|
    (?<=[.!?…] ))¡?qu[eé] asco de (?:receta|tarta|pan|post|entrada|blog)(?![^\n]*(?:😂|🤣|😍|❤|
    \bjaja|\bjeje|\blol|riquísim\w*|buenísim\w*|me encant\w*))|
    (?:^|(?<=[.!?…] ))(?:complimenti,? )?(?:davvero |proprio |che )?genial[ei] *[,:]? (?:un'altra|
    un altro|ancora una?|di nuovo) (?:[\w']+ ){0,2}?(?:bruciat[oa]|crud[oa]|sgonfi[oa]|
    fallit[oa]|collassat[oa]|immangiabil[ei]|disastro|schifezza|mattone)\b|
    (?<=[\w.…!,] )s[óo] que n[ãa]o(?= *(?:[.!…🙄😒😑🤡]|$))|
    (?:^|(?<=[.!?…] ))(?:schön|toll|nett|super|gut),? dass du (?:auch |ja |endlich )?(?:mal|
    einmal) (?:was|etwas) (?:postest|zeigst|schreibst|bäckst|kochst|hochlädst),? (?:das|
    was) (?:auch )?(?:funktioniert|klappt|gelingt|gelungen ist|schmeckt|essbar ist)|
    (?:^|(?<=[.!?…] ))dafür,? dass du (?:ja |doch )?(?:angeblich (?:\w+ ){0,3}(?:bist|
    sein willst|sein sollst)|(?:\w+ ){1,3}sein willst)(?=,? )|
    (?:^|(?<=[.!?…] ))che schifo (?:di|questa|la tua|sta) (?:ricetta|torta|pane|post|blog)
    (?![^\n]*(?:😂|🤣|😍|❤|\bahah|\blol|buonissim\w*|squisit\w*))|
    (?:^|(?<=[.!?…] ))que nojo (?:de|dessa|desta|da sua) (?:receita|torta|bolo|pão|post|blog)
    (?![^\n]*(?:😂|🤣|😍|❤|\bkkk|\blol|deliciosa?|maravilhos\w*))|
    (?:^|
    (?<=[.!?] ))qu[eé] original(?=,? (?:otra|otro|más)\b)(?![^.!?]*\b(?:perfect\w*|
    buenísim\w*|riquísim\w*|maravillos\w*|fantástic\w*|increíble\w*|deliciosa?|espectacular|
    gracias|justo lo que|me encant\w*)\b)|
    (?:^|(?<=[.!?…] ))genau das hat die welt (?:noch )?(?:gebraucht|gefehlt)(?= *[.…🙄😒]*$)|
    (?:^|(?<=[.!?…] ))(?:jeder|jede|jeder mensch|wir alle) stirbt (?:mal|irgendwann|halt|
    nun mal|eben)(?=,? (?:kein grund|also|stell dich|hör auf|komm drüber|das ist (?:halt|nun mal|
    eben) so)| *[.…]*$)|
    (?:^|(?<=[.!?…] ))(?:es )?(?:war|ist) (?:doch |halt |ja )?nur ein (?:hund|tier|haustier|
    kater|hamster)(?= *[.…🙄😒]*$)|
    (?:^|(?<=[.!?] ))(?:wie |echt )?(?:innovativ|bahnbrechend)(?= *[.…🙄😒]*$)|
    (?:^|(?<=[.!?…] ))(?:ay )?(?:s[ií],? )?porque el mundo necesitaba (?:otr[oa]|
    más)\b(?![^\n]*(?:!|😍|❤|🥰))|
    (?:^|(?<=[.!?…] ))(?:claro|obvio),? (?:porque )?tod[oa]s tenemos (?:un|
    una)(?= )(?![^\n]*(?:!|😊|😍|❤|gracias))|
    (?:^|(?<=[.!?…] ))(?:klar|na klar|sicher|natürlich),? (?:jeder|jede|wir alle) (?:hat|
    haben) (?:ja )?(?:einen|eine|ein)(?= )(?![^\n]*(?:!|😊|😍|❤|danke))|
    (?<=\? )qu[eé] vergüenza(?= *[.…!🙄😒]*$)|
    (?<!no )(?<!nunca )(?:es|era) (?:solo|sólo|nada más|simplemente) (?:un|una) (?:perr[oa]|
    perrit[oa]|gat[oa]|mascota|animal)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?] ))(?:wie|hoe|che|que|qué) (?:originell|origineel|
    originale|original)(?= *[.…]*$)|
    (?:^|(?<=[.!?] )|(?<=, ))quelle originalité(?= *[.…]*$)|
    (?:^|(?<=[.!?] ))(?:ma )?che originalità(?=,? (?:un'altra|un altro|ancora)\b| *[.…]*$)(?:
    )(?![^.!?]*\b(?:perfett\w*|buonissim\w*|meraviglios\w*|fantastic\w*|incredibil\w*|
    stupend\w*|favolos\w*|splendid\w*|divin[oa])\b)|
    (?:^|(?<=[.!?] ))(?:nossa,? )?que genial(?=,? (?:mais uma|mais um)\b)(?:
    )(?![^.!?]*\b(?:perfett\w*|buonissim\w*|meraviglios\w*|fantastic\w*|incredibil\w*|
    stupend\w*|favolos\w*|splendid\w*|incr[íi]ve\w*|perfeit\w*|deliciosa?|maravilhos\w*|
    fant[áa]stic\w*|divin[oa])\b)|
    (?:^|(?<=[.!?] ))(?:ma )?che genio(?=,? (?:un'altra|un altro)\b)(?:
    )(?![^.!?]*\b(?:perfett\w*|buonissim\w*|meraviglios\w*|fantastic\w*|incredibil\w*|
    stupend\w*|favolos\w*|splendid\w*|incr[íi]ve\w*|perfeit\w*|deliciosa?|maravilhos\w*|
    fant[áa]stic\w*|divin[oa])\b)|
    (?:^|(?<=[.!?] ))(?:nossa,? )?que original(?:idade(?= *[.…]*$|,? (?:mais uma|mais um|
    outra|outro)\b)|(?=,? (?:mais uma|mais um)\b))(?:
    )(?![^.!?]*\b(?:perfett\w*|buonissim\w*|meraviglios\w*|fantastic\w*|incredibil\w*|
    stupend\w*|favolos\w*|splendid\w*|incr[íi]ve\w*|perfeit\w*|deliciosa?|maravilhos\w*|
    fant[áa]stic\w*|divin[oa]|a melhor|o melhor|amei|adorei)\b)|
    encore (?:une?|des) [^.!?…]{0,60}, on n'en avait pas (?:assez|suffisamment)(?= *[.…]*$)|
    une recette de plus qui ne (?:marche|fonctionne) pas(?= *[.…]*$)|
    (?<=, )(?<!super, )(?<!génial, )(?<!chouette, )(?<!top, )(?<!bien, )ça (?:t'|vous )occupe
    (?= *[.…]*$)|
    (?:^|(?<=[.!?…] ))mon (?:chien|chat|hamster|poisson rouge) (?:cuisine|écrit|
    code) mieux(?= *[.…]*$)|
    (?<!si )(?<!comme moi )(?<!comme moi, )(?<!comme nous )(?:t'as|tu n'as|vous n'avez) (?:
    vraiment |absolument )?rien compris (?:au|à la|aux|à l')
    (?![^.!?…]*\b(?:disait|me disait|m'a dit|a dit|m'avait dit|dit (?:mon|ma))\b)|
    même si n'importe qui (?:peut|pourrait|sait) (?:faire|écrire) (?:ça|cela)(?= *[.…]*$)|
    (?:article|billet|post|tuto|tutoriel|blog|texte|contenu|recette|conseils?|astuces?|guide|
    vidéo)(?: [\w-]+)? ?(?:\.\.\.|…) ?qui ne sert (?:absolument |strictement )?à rien
    (?= *[.!…]*$)|
    (?:bel|joli) effort,? mais c'est (?:du |un )?niveau (?:débutant|amateur|scolaire|cm2)
    (?= *[.…]*$)|
    (?<!dit : )(?<!dit: )(?<!dit, )(?<!dis : )(?<!dis, )(?:un jour|bientôt) (?:tu sauras|
    vous saurez) (?:écrire|cuisiner|coder)(?= *[.!…]*$)|
    (?:^|(?<=[.!?…] ))(?:renseignez-vous|renseigne-toi)(?:(?: un peu)?(?: avant (?:d'écrire|
    de publier|de poster))(?= *[.!…]*$)| un peu(?= *[.!…]*$)|(?= *[.…]*$))|
    (?<!oups, )(?<!pardon, )(?<!oups, il )(?<!pardon, il )(?:il )?faudrait (?:peut-être )?(?:
    se )?relire avant de (?:publier|poster)(?![^\n]*\b(?:je voulais dire|mon (?:message|
    commentaire)|j'ai écrit|je me suis trompée?)\b)|
    (?:vous devriez|tu devrais) (?:d'abord )?apprendre les bases avant d(?:e |')(?:écrire|publier|
    donner|faire)|
    (?:^|(?<=[.!?] ))(?:ma |mais |aber )?(?:wat een|was für ein(?:en)?|che|qué|que) (?:onzin|
    schwachsinn|blödsinn|müll|quatsch|schifo|porcaria|lixo|mierda|basura|porquería)(?! (?:dat|
    dass|que|che) )(?! (?:de|di|da|do) (?:giornata|dia|día|forno|horno|ofen|tag|semana|settimana|
    tempo|tiempo|vida|vita|jornada)\b)(?! (?:il mio|la mia|mi|meu|minha|o meu|a minha)\b)(?!,? (?:
    dass|ich)\b)|
    (?:du hast|sie haben) (?:echt |wirklich |absolut |überhaupt )?keine ahnung(?!,? wie)|
    (?:no sabes|du kannst (?:einfach |halt )?nicht) (?:escribir|schreiben)(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?] ))so ein (?:schwachsinn|blödsinn|quatsch|müll)(?= *(?:[.!…,]|$))|
    (?:^|(?<=[.!?] ))(?:ma )?che (?:cazzata|stronzata|boiata)(?: di (?:articolo|post|blog|
    tutorial))?(?= *(?:[.!…]|$))(?! *[.!…]+ *(?:ho sempre|avevo sempre|io ho|e io)\b)|
    (?:^|(?<=[.!?,] ))(?:qué|vaya|menud[oa]) (?:idiotez|estupidez|tontería|chorrada|basura|
    porquería|bodrio|truño)(?: de (?:blog|post|entrada|artículo|receta|texto))?(?= *(?:[.!…]|$))|
    no (?:tienes|tenés) (?:ni )?(?:idea|puta idea)(?! de (?:lo|cuánto))|no sabes nada|
    t'y connais rien|tu n'y connais rien|non capisci niente|non sai niente|
    (?:minutes|hours) of my life (?:i'?ll never|i won'?t|i will never) get back|
    who let (?:the intern|this person|you)(?! cook[\w ]{0,20}[?!.\s]*[^.!?]{0,60}?(?:🔥|😍|🤤|
    \b(?:amazing|
    incredible|delicious|love|gorgeous|wow|compliment|insane|so good)\b))|
    you(?:'re| are) the reason(?! i (?:started|began|got|learned|fell|finally|now|still|love|bake|
    cook|code|knit))|did (?:they|the \w+) pay you|
    the audacity|are you (?:actually|really|always|just) (?:this|that|so)|
    why do you (?:even )?bother|
    you clearly (?:don'?t|do not|have never)|another (?:genius|expert|guru|thought leader|
    influencer|so-called expert) who|for clicks|i'?ve seen better|must be nice to (?:have|be)|
    what an? (?:lovely |nice |charming |cosy |cozy )?privileged (?:life|lifestyle|existence) you (?:
    lead|live|have)(?= *(?:[.!…]|$))(?![^\n]*\b(?:thank\w*|shar\w*|generous\w*|grateful|
    inspir\w*)\b)|
    did anyone (?:proofread|edit|read) this|thanks for the ['"]\w+['"]|i'?ll be sure to ignore|
    get off the couch|why your (?:ex|wife|husband|partner|kids?) left|need therapy|
    get (?:some )?therapy(?= *[.!…]*$)|
    (?:mum|mom|mother|dad|parent|wife|husband) of the year|(?:little )?fan club|
    come back when you'?ve(?! (?:had|rested|taken|grieved))|not reading all that|
    (?<!learning )(?<!learn )(?<!hearing )all about you(?! and your)|
    lass das (?:mal )?die profis|cobras por escribir|non fa per te|
    (?:(?:ma )?chi ti credi di essere|(?:¿ ?)?quién te crees que eres|
    quem (?:você|tu) pensa que é|für wen hältst du dich)(?![^.!?]*[.!?]+\W*(?:scherzo|scherzavo|
    es broma|era broma|brincadeira|brincadeirinha|(?:nur )?spaß|scherz)\b)|
    selten so (?:einen |ein |viel )?(?:müll|schwachsinn|blödsinn|quatsch|mist) gelesen
    (?![.…!, ]*(?:(?:habe|hab) ich (?:mir )?gedacht|dachte ich))|
    (?<!n't )(?<!nt )(?<!not )(?<!never )(?<!cannot )stop crying|
    get over (?:it|yourself)|stop (?:whining|complaining|moaning|feeling sorry for yourself)|
    man up|toughen up|suck it up|snap out of it|first world problems?|
    supéralo(?: ya)?(?= *(?:[.!…]|$|, (?:todos|todo el mundo|hay gente)\b))|
    (?:^|(?<=[.!?] ))supera(?: logo| isso)?(?= *[.!…]*$)|
    (?:^|(?<=[.!?] ))(?:que|quanto|chega de) mimimi(?! nada| que eu (?:fiz|fazia)|,? (?:eu )?vou )|
    (?:si tu|si vous) (?:sortais|sortiez|te levais|vous leviez|te décollais|vous décolliez) (?:
    un peu |enfin |plus souvent )?(?:de ton|de votre|du) canapé
    (?![^\n]*(?:\bjaja|\bmdr\b|\bptdr\b|\bhaha|\bahah|\bkkk|😂|🤣|😅|j'adore|tellement vrai|
    me pasa igual|a mí también|me pasa lo mismo))|
    si (?:te levantaras|te levantases|salieras|salieses) (?:un poco |de una vez |más )?del (?:
    sofá|sillón)
    (?![^\n]*(?:\bjaja|\bmdr\b|\bptdr\b|\bhaha|\bahah|\bkkk|😂|🤣|😅|j'adore|tellement vrai|
    me pasa igual|a mí también|me pasa lo mismo))|
    se ti (?:alzassi|staccassi) (?:un po' |ogni tanto |finalmente )?dal divano
    (?![^\n]*(?:\bjaja|\bmdr\b|\bptdr\b|\bhaha|\bahah|\bkkk|😂|🤣|😅|j'adore|tellement vrai|
    me pasa igual|a mí también|me pasa lo mismo))|
    se (?:você |tu )?(?:saísse|saísses|levantasse|levantasses) (?:um pouco )?do sofá
    (?![^\n]*(?:\bjaja|\bmdr\b|\bptdr\b|\bhaha|\bahah|\bkkk|😂|🤣|😅|j'adore|tellement vrai|
    me pasa igual|a mí también|me pasa lo mismo))|
    (?:^|(?<=[.!?,] ))(?:la |ta )?(?:déprime|dépression),? c'est (?:juste |surtout |
    seulement )?dans (?:la|ta|votre) tête|
    (?:^|(?<=[.!?,] ))(?:la |tu )?depresión (?:está|es) (?:solo |todo )?en tu cabeza|
    (?:^|(?<=[.!?,] ))(?:la |la tua )?depressione è (?:solo |tutto )?nella tua testa|
    (?:^|(?<=[.!?,] ))(?:a |essa |sua )?depressão é (?:só |tudo )?(?:coisa )?da (?:sua|tua) cabeça|
    il suffit de (?:se|te|vous) secouer(?: un peu)?(?= *(?:[.!…,]|$))|
    (?:encore|de nouveau) un (?:billet|article|post) pour (?:se|te|vous) plaindre
    (?![^\n]*(?:\bjaja|\bmdr\b|\bptdr\b|\bhaha|\bahah|\bkkk|😂|🤣|😅|j'adore|tellement vrai|
    me pasa igual|a mí también|me pasa lo mismo))|
    (?:^|(?<=[.!?…,] ))(?:personne ne lit (?:ton|votre) blog|nadie lee tu blog|
    nessuno legge il tuo blog|ninguém lê (?:o )?(?:seu|teu) blog)(?= *[.!…]*$)|
    (?:^|(?<=[.!?…] ))(?:otra vez|de nuevo) (?:quejándote|lloriqueando|llorando (?:en el blog|
    por todo|por nada))(?= |[.!…?,]|$)
    (?![^\n]*(?:\bjaja|\bmdr\b|\bptdr\b|\bhaha|\bahah|\bkkk|😂|🤣|😅|j'adore|tellement vrai|
    me pasa igual|a mí también|me pasa lo mismo))|
    (?:^|(?<=[.!?…] ))lá vem (?:o |mais )?mimimi|
    (?:tu as|t'as|vous avez) (?:réussi|trouvé le moyen) à (?:faire )?brûler (?:de )?l'eau|
    (?:conseguiste|lograste|has conseguido|has logrado) quemar (?:el )?agua|
    (?:sei riuscit[oa]|riesci|sei capace) a bruciare (?:anche )?l'acqua|
    (?:você )?(?:conseguiu|conseguiste) queimar (?:a )?água|
    (?:c'est )?(?:joli|mignon|pas mal|bien),? pour une? débutante?,? (?:j'imagine|je suppose|
    je présume)(?= *[.!…]*$)|
    (?:está )?(?:bonito|bien|nada mal),? para (?:ser )?(?:una? )?principiante,? (?:supongo|
    imagino)(?= *[.!…]*$)|
    (?:carino|niente male|non male),? per (?:essere )?(?:una? )?principiante,? (?:immagino|
    suppongo)(?= *[.!…]*$)|
    (?:bonitinho|legalzinho|nada mal),? (?:pra|para) (?:uma? )?iniciante,? (?:eu acho|imagino|
    suponho)(?= *[.!…]*$)|
    heul-?artikel|piangerti addosso|
    trovati un lavoro vero|
    (?:votre|ton|ce) (?:blog|article|billet|tuto) est une honte(?= *[.!…]*$)|
    arrête(?:z)? de (?:te|vous) plaindre,? (?:d'autres|il y a pire)|
    (?:tu l'as|vous l'avez) (?:bien |un peu )?cherché(?= *[.!…]*$)|
    (?:dein|ihr|dieser) (?:artikel|beitrag|blog|post|text) ist (?:\w+ )?(?:müll|schrott|mist)
    (?= *[.!…]*$)|
    (?:este|esse|el|il|questo|tu|tuo|teu|seu|o) (?:texto|testo) (?:es|é|è) (?:un |uma? )?(?:
    ridícul[oa]|ridicol[oa]|una vergüenza|uma vergonha|una vergogna|basura|lixo|spazzatura|
    una porquería)(?= *[.!…]*$)|
    (?:^|(?<=[.!?] ))(?:texto|testo) ridícul[oa](?=[ ,.!…]*(?:$|quem|quien|chi))|
    (?:^|(?<=[.!?] ))(?:texto|testo) ridicol[oa](?=[ ,.!…]*(?:$|chi))|
    (?:peinlich|lächerlich|erbärmlich) (?:ist )?(?:dein|ihr|dieser|der) beitrag(?= *[.!…]*$)|
    (?:seu|teu|esse|este) (?:artigo|blog|post|texto|tutorial) é (?:um )?(?:lixo|uma porcaria|
    uma merda)(?= *[.!…]*$)|
    (?:je|jouw|dit) (?:artikel|blog|stuk|bericht) is (?:echt |gewoon |totaal )?(?:waardeloos|
    rommel|troep)(?= *[.!…]*$)"""
