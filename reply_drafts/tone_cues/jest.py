"""Scorn that people also say in jest ("Thanks for wasting my flour."): hostile only in a
comment with no laughter.

Data: the package's docstring says how the lists are written and read."""

# "Lovely photos, shame about the writing." in French, Spanish, German, Italian and Portuguese
# (« Vos photos sont jolies, dommage pour le texte. », "Bonitas fotos, lástima el texto.",
# „Schöne Fotos, schade um den Text.", "Belle foto, peccato per il testo.", "Fotos bonitas, pena
# o texto."); not "dommage pour la pluie" nor the reader's own photos.
SHAME_ABOUT_THE_TEXT = r"""(?:photos?|fotos?|bilder|foto),? (?:\w+,? ){0,2}?(?:
    dommage pour (?:le|la|les)|lástima (?:el|la|lo del|por el)|schade um (?:den|die|das)|
    peccato per (?:il|la|le|gli)|
    pena (?:o|a|pelo|pela)) (?:texte|recette|article|billet|écriture|texto|receta|artículo|
    redacción|text|rezept|artikel|testo|ricetta|articolo|scrittura|receita|artigo|escrita)
    (?= *(?:[.!…]|$))"""

# Scorn that people also say in jest ("Thanks for wasting my flour.", "Great, now my kitchen is
# ruined. Cheers for that.", "My grandmother would be rolling in her grave.", "Sweetie, that's not a
# baguette.", "Lovely photos, shame about the recipe.", "Nice of you to finally post
# something useful.", "professional bakers laugh at posts like this"; not "ruined my diet, thanks a
# lot 😂", "shame about the rain", "Love how you skip the fussy steps"; "Mine came out like a
# brick, so thanks for that.", "Great job making a simple thing complicated.", "I hope nobody
# actually follows this.", "Oh wonderful, another 3000 words before the recipe."; "T'es con, tu
# m'as fait pleurer de rire", "Danke für nichts... jetzt hab ich keine Ausrede mehr 😂", "Deja
# de llorar, ¡tu pan está perfecto!"):
# hostile only in a comment with no laughter (tone.hostile_cues), nor said of the reader's own
# photos or bread.
CONTEMPT_UNLESS_LAUGHING = rf"""(?:tu racontes|vous racontez) (?:vraiment )?n'importe quoi|
    another (?:\w+ ){{0,6}}(?:words|pages|paragraphs|essays?) of (?:\w+ )?life story
    (?![^.!?]*\bi (?:read (?:them|it|every)|loved|enjoyed|devoured))
    (?![\s\S]*\b(?:yes please|i (?:love|adore|enjoy) (?:your|reading|every|them|it|the stories)|
    keep them coming)\b)|
    (?:t'es|tu es|vous êtes|espèce de) (?:un |une )?(?:gros(?:se)? |pauvre |vrai(?:e)? |
    sale )?(?:con(?:ne)?|connasse)(?![\w'])(?![\s\S]*\b(?:de rire|je rigole|je plaisante)\b)|
    (?:tu n'as|t'as|vous n'avez) (?:vraiment )?(?:rien de|pas) mieux à faire(?![^.!?]*[.!?…]+ *
    moi non plus)|
    (?:gracias por nada|merci pour rien|danke für nichts|grazie per niente|obrigad[oa] por nada|
    bedankt voor (?:niks|niets))(?= *(?:[.!…,]|$))|
    reiß dich (?:mal )?zusammen(?= *(?:[.!…]|$))|
    hör (?:endlich )?auf zu (?:jammern|heulen|flennen)(?! über)|
    smettila di lamentarti(?! (?:delle|dei|del|della|di|per) )|
    (?:deja de (?:llorar|quejarte|lloriquear)|para de (?:reclamar|chorar|se lamentar|mimimi))(?! (?:
    do|da|de|del|por|con|com|das|dos|des) )(?![^.!?]*\b(?:perfect[oa]s?|lind[oa]s?|incrível|
    increíble|precios[oa]s?|bonit[oa]s?|hermos[oa]s?|genial|maravilhos[oa]s?)\b)|
    stop met (?:zeuren|janken|klagen|zielig doen)(?! over)|
    stell dich (?:doch )?nicht so an(?= *(?:[.!…]|$|, (?:jeder|alle|andere)\b))
    (?![^.!?]*(?:hat|hatte) (?:meine|mein) \w+ gesagt)|
    (?<!no )(?<!nunca )deja de escribir(?= *(?:[.!…,]|$))|
    hör (?:bitte |endlich |doch )*auf zu schreiben(?= *(?:[.!…,]|$))|
    schäm (?:dich|euch)(?= *(?:[.!…]|$))|
    (?:vergognati|vergognatevi|avergüénzate)(?= *(?:[.!…,]|$))(?!,? (?:mi hai fatto|mi avete fatto|
    me has hecho|me hiciste|me comí|me he comido|ho mangiato))|
    thanks for wasting (?:(?:\w+ ){{1,2}}of )?my (?:time|flour|evening|weekend|money|ingredients|
    afternoon|morning|day|
    sunday|saturday|butter|eggs)(?! budget)(?![^\n]*\b(?:best way|can'?t stop|couldn'?t stop|
    worth it|loved|delicious|said|says)\b)|
    (?:ruined|wasted) my (?:whole )?(?:kitchen|sunday|saturday|weekend|evening|afternoon|morning|
    day|oven|flour|dinner)[.!…,]+ *(?:thanks a lot|cheers for that|thanks for that|cheers|
    thanks)(?= *(?:[.!…]|$))(?![^\n]*\b(?:worth it|best day|loved|love it|delicious|so good|
    best (?:possible )?way|good way)\b)|
    now my (?:kitchen|oven|sunday|saturday|weekend|day|evening|dinner) is ruined[.!…,]+ *(?:
    thanks a lot|cheers for that|thanks for that|cheers|thanks)(?= *(?:[.!…]|$))
    (?![^\n]*\b(?:worth it|best day|loved|love it|delicious|so good)\b)|
    (?:nice|good|kind) of you to finally (?:post|write|share|make) something (?:useful|
    worth reading|decent|readable|that works)(?= *(?:[.!…🙄😒]|$))|
    (?:photos?|pictures?|pics|bread|loaf|crust|blog|site)(?: \w+)?,? shame about the (?:recipe|
    post|writing|text|article|instructions|content|bread|taste)(?= *(?:[.!…]|$))|
    {SHAME_ABOUT_THE_TEXT}|
    love how you (?:skip|skipped|left out|leave out|ignore|ignored) (?:every|all the|the) (?:
    important|key|crucial|actual|hard) (?:steps?|parts?|bits?|details?)(?![^\n]*\b(?:simple|
    easy|easier|genius|works|worked|scared|beginners?|shortcut)\b)|
    this is so bad (?:that )?it'?s (?:almost |actually |kind of )?(?:impressive|funny|art|
    an achievement)(?![^\n]*\b(?:my attempt|mine|my (?:loaf|bread|bake|own)|said|says)\b)|
    (?:outdid|outdone) yourself (?:with|in) (?:mediocrity|laziness|nonsense)|
    (?:bakers|chefs|professionals|people|everyone|they) (?:all |would |will |probably )?(?:laugh|
    are laughing|laughed) at (?:posts|blogs|recipes|people|bakers|you) like (?:this|yours|you)
    (?! (?:and|&) (?:me|us|i)\b| until\b)|
    answer my question or (?:i'?m|i will|i'?ll) (?:unsubscrib\w*|leaving|leave|report\w*|
    block\w*|stop reading)|
    (?:^|(?<=[.!?…] ))(?:my |your |our )?(?:grandmother|grandma|granny|nan|nonna|mother|mum|mom|
    father|dad|grandad|grandpa|ancestors)(?:'d| would) be (?:rolling|turning|spinning) in (?:his|
    her|their) graves?(?![^\n]*\b(?:if (?:she|he|they) saw me|if i|at my|but (?:it|your|yours)|
    delicious|tastes? great|loved)\b)|
    (?:^|(?<=[.!?] ))(?:oh )?(?:sweetie|sweetheart|hun|honey),? (?:that'?s not|that is not|
    this is not|this isn'?t) (?:a|an|how|what|real)\b
    (?! (?:bad|terrible|problem|issue|big deal|mistake|failure|disaster)\b)(?![^\n]*\b(?:
    love\w*|masterpiece|art|gorgeous|beautiful|perfect|delicious|amazing|cloud|dream|heaven)\b)|
    (?:came out|turned out|ended up) (?:like|as) (?:a )?(?:brick|rock|doorstop|hockey puck|pancake|
    frisbee)[.!…,]* *(?:so )?(?:thanks for that|cheers for that|thanks a lot)(?= *(?:[.!…]|$))|
    great job (?:making|turning) (?:a )?(?:simple|easy|basic) (?:thing|recipe|bread|loaf|
    process) (?:so )?(?:complicated|hard|difficult)|
    i hope (?:nobody|no one) (?:actually |really |ever )?(?:follows|tries|makes|
    uses) this(?= *(?:[.!…]|$))|
    (?:^|(?<=[.!?] ))(?:oh )?(?:great|wonderful|fantastic|brilliant|perfect|lovely),? another (?:
    \d[\d,]*|thousand|million) words (?:before|to get to|until) the recipe(?! *\?)
    (?![^\n]*\b(?:hooked|i love your|love your stories|enjoy\w*|read every)\b)"""
