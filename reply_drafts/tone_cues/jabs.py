"""Jabs dressed as something milder, in English, French, Spanish, German, Italian and Portuguese:
a disclaimer before a critique ("No offense, but..."), a shrug after one ("...Just saying."), a
test asked about in scorn (« Vous avez testé la recette au moins ? »), a comparison with a
relative's bake ("My grandma's is better, sorry."), and a put-down asked as the author's level.

Data: the package's docstring says how the lists are written and read."""

# "Did you even test this?" in the other languages (English is in scorn.SCORN):
# « Vous avez testé la recette au moins ? », "¿Al menos probaste la receta?", „Hast du das
# überhaupt getestet?", "Ma l'hai almeno provata la ricetta?", "Você pelo menos testou a
# receita?". Hostile; not a real question about how ("Avez-vous testé la recette avec de la farine
# complète ?", „Hast du das überhaupt mit Dinkel getestet?" goes on past the verb).
TESTED_AT_ALL = r"""(?:vous avez|tu as|t'as|avez-vous|as-tu) (?:au moins |seulement |même )?(?:
    testé|essayé|goûté) (?:la|cette|ta|votre) recette(?: au moins)? ?\?|
    (?:vous avez|tu as|t'as|avez-vous|as-tu) (?:au moins|seulement|même) (?:testé|essayé|
    goûté)(?: ça| cela| ta recette| votre recette)? ?\?|
    ¿?(?:al menos|siquiera|por lo menos) (?:probaste|has probado|testeaste|hiciste) (?:la|esta|
    tu) receta\?|
    ¿?(?:probaste|has probado|hiciste) (?:la|esta|tu) receta (?:al menos|siquiera)\?|
    (?:hast du|habt ihr|haben sie)(?: das| es| das rezept| dieses rezept)? (?:eigentlich )?(?:
    überhaupt|wenigstens|jemals) (?:selbst |mal )?(?:getestet|ausprobiert|probiert|
    nachgebacken)\?|
    (?:ma )?(?:l'hai|l'avete) (?:almeno|mai|davvero) (?:provata|provato|testata|
    testato)(?: la ricetta| questa ricetta)?\?|
    (?:você|vocês|tu) (?:pelo menos|ao menos|sequer|chegou a) (?:testou|testaram|fez|fizeram|
    provou) (?:a|essa|esta|sua) receita\?"""

# Praise after the disclaimer, in the same sentence and not denied, is a joke, not a jab: "Not to
# be rude but this is the best bread I've ever made!", "Not to be rude but can I move in with
# you?", "Not to be rude, but my husband says yours beats mine", « Sans vouloir être impoli,
# c'est le meilleur pain que j'ai fait ! », "Sin ánimo de ofender, pero es el mejor pan del mundo".
# Not "No offense, but this isn't the best recipe here" (denied) nor "my grandma's is better".
PRAISE_AFTER = r"""(?:(?!\bnot\b|n'?t\b|\bnever\b|\bpas\b|\bno\b|\bnicht\b|\bkein|\bnon\b|
    \bnão\b|\bnem\b|\bni\b)[^.!?…])*?\b(?:the best|(?:yours|it|this|that) beats?|
    (?:move in with you|adopt me|marry you)\b|my (?:new )?favou?rite|
    (?:le|la) meilleure?\b|(?:el|la) mejor\b|(?:das|der|die) beste\b|(?:il|la) (?:\w+ )?migliore\b|
    più (?:bell|buon)[oa]\b|(?:o|a) melhor\b)"""

# A disclaimer before a critique: "No offense, but my grandma's is better.", « Sans vouloir vous
# vexer, la recette est trop compliquée. », "Sin ánimo de ofender, pero...", „Nichts für ungut,
# aber...", "Senza offesa, ma...", "Sem querer ofender, mas...", and "Not to be rude but the
# photos are blurry." and its kin (« Sans vouloir être impoli, ... », "No quiero ser grosera,
# pero...", „Ich will nicht unhöflich sein, aber...", "Non voglio essere scortese, ma...", "Não
# quero ser grosseira, mas..."); and a shrug after one: "Your
# crumb is too tight. Just saying.", « ... Je dis ça, je dis rien. », "... Solo digo.", „... Ich
# sag ja nur.", "... Lo dico e basta.", "... Só estou dizendo.". Critical, unless the comment
# praises warmly ("No offense to my grandma, but yours is the best I've had, thank you!",
# tone.softened_critique). Not a disclaimer to someone else ("no offense to my grandma").
NO_OFFENSE_BUT = rf"""(?:^|(?<=[.!?] ))(?:no offen[cs]e|not to be rude|
    i (?:don'?t|do not) (?:want|mean) to be (?:rude|mean)|sans vouloir (?:vous|te) (?:
    vexer|offenser)|sans vouloir être (?:impolie?|grossière|grossier|méchante?|désagréable|
    vexante?)|
    je dis ça,? je dis rien|(?:c'est |ce n'est )?pas pour dire(?=,? mais\b|, )|
    non (?:è )?per dire(?=,? ma\b|, )|não é por nada(?=,? mas\b|, )|
    sin (?:ánimo de )?ofender|(?:no quiero|sin querer) ser (?:grosero|grosera|maleducad[oa]|
    borde)|nichts für ungut|(?:ich )?will nicht unhöflich sein|senza offesa|
    (?:non voglio|senza voler) essere (?:scortese|maleducat[oa])|sem querer ofender|
    (?:não quero|sem querer) ser (?:grosseir[oa]|mal-educad[oa]|mal educad[oa]))
    (?! (?:to|à|a|an|al|à|ao)\b)(?=,? (?:but|mais|pero|aber|ma|mas)? ?\w)
    (?!{PRAISE_AFTER})"""
JUST_SAYING = r"""(?<=[.!?,] )(?:just saying|je dis ça(?:,? je dis rien)?|solo digo|sólo digo|
    (?:ich )?sag(?:e|'| )? ja nur|lo dico e basta|dico solo|só (?:estou )?dizendo|só digo)
    (?= *[^\w\s]*$)"""

# ... said alone, it says nothing to quote back with a gold star.
SHRUG_ALONE = r"""^(?:just saying|je dis ça,? je dis rien|solo digo|sólo digo|
    (?:ich )?sag(?:e)? ja nur|lo dico e basta|só (?:estou )?dizendo|só digo)(?= *[.!…]*$)"""

# A relative's bake said to be better, as the whole sentence: "My grandma's is better, sorry.",
# « Celle de ma grand-mère est meilleure, désolée. », "La de mi abuela es mejor, lo siento.", „Das
# von meiner Oma ist besser, sorry.", "Quella di mia nonna è meglio, scusa.", "A da minha avó é
# melhor, desculpa.". No line to quote back with a gold star; not "My grandma's is better, but
# yours comes close!" (the sentence goes on).
BETTER_AT_HOME = r"""^(?:(?:no offen[cs]e|sorry),? (?:but )?)?(?:my|our) (?:grandma|grandmother|
    granny|gran|nan|nana|mum|mom|mother|mama|dad|wife|husband|aunt|mother-in-law)'?s(?: \w+)?(?: is|
    are| was| tastes?) (?:\w+ )?better(?:,? (?:sorry(?: not sorry)?|just saying|honestly|
    tbh))?|
    ^(?:celle|celui|ceux|la recette|le pain|la version|les \w+) de (?:ma|mon) (?:grand-mère|
    mamie|mère|maman|belle-mère|tante|mari|femme) (?:est|sont|était) (?:\w+ )?(?:meilleure?s?|
    mieux)(?:,? désolée?)?|
    ^(?:la|el|los|las)(?: \w+)? de (?:mi|nuestra) (?:abuela|madre|mamá|suegra|tía) (?:es|está|
    son|era) (?:\w+ )?mejor(?:es)?(?:,? (?:lo siento|perdón|perdona|sorry))?|
    ^(?:das|der|die)(?: \w+)? (?:von )?(?:meiner|meinem) (?:oma|omi|mutter|mama|schwiegermutter|
    tante) (?:ist|sind|war|schmeckt) (?:\w+ )?besser(?:,? (?:sorry|tut mir leid))?|
    ^(?:quell[ao]|la \w+|il \w+) di mia (?:nonna|madre|mamma|suocera|zia) (?:è|era) (?:\w+ )?(?:
    meglio|più buon[ao]|migliore)(?:,? scusa(?:mi)?)?|
    ^(?:a|o)(?: \w+)? da minha (?:avó|mãe|sogra|tia) (?:é|era|fica) (?:\w+ )?melhor(?:,? (?:
    desculpa|desculpe|foi mal))?"""
BETTER_AT_HOME_SAID = rf"(?:{BETTER_AT_HOME})(?= *[.!…]*$)"

# A put-down asked as the author's level: "I'm sure it's good for your level.", « C'est bien pour
# ton niveau. », "Está bien para tu nivel.", „Für dein Niveau ganz gut.", "Per il tuo livello va
# bene.", "Para o seu nível está bom.". Condescension; not the reader's own level ("good for my
# level", "perfect for beginners like me").
FOR_YOUR_LEVEL = r"""(?:^|(?<=[.!?] ))(?:i'?m sure )?(?:it'?s |that'?s )?(?:good|fine|great|ok|
    okay|not bad|decent) for your level|
    (?:^|(?<=[.!?] ))(?:c'est )?(?:bien|pas mal|correct) pour (?:ton|votre) niveau|
    (?:^|(?<=[.!?] ))(?:está )?(?:bien|nada mal) para tu nivel|
    (?:^|(?<=[.!?] ))für dein niveau (?:ganz )?(?:gut|okay|ok|nicht schlecht)|
    (?:^|(?<=[.!?] ))per il tuo livello (?:va )?(?:bene|non male)|
    (?:^|(?<=[.!?] ))para o (?:seu|teu) nível (?:está )?(?:bom|ótimo|nada mal)"""

# Faint praise "for someone who can't bake", as a whole sentence: "Pretty good for someone who
# can't bake.", « Pas mal pour quelqu'un qui ne sait pas cuisiner. », "No está mal para alguien
# que no sabe cocinar.", „Nicht schlecht für jemanden, der nicht backen kann.", "Niente male per
# una che non sa cucinare.", "Nada mal para quem não sabe cozinhar.". Condescension, unless the
# reader says it of themselves (condescension.CANT_BAKE).
CANT_ALTERNATIVES = r"""(?:^|(?<=[.!?…] ))(?:(?:pretty|quite|not) )?(?:good|bad|decent|nice|
    impressive|ok|okay),? for someone who can'?t (?:bake|cook|write)|
    (?:^|(?<=[.!?…] ))(?:c'est )?(?:pas mal|bien|mignon),? pour quelqu'un qui ne sait pas (?:
    cuisiner|écrire)|
    (?:^|(?<=[.!?…¡¿] ))(?:no está mal|nada mal|bastante bien),? para alguien que no sabe (?:
    cocinar|escribir)|
    (?:^|(?<=[.!?…] ))(?:gar )?nicht (?:so )?schlecht,? für jemand(?:en)?,? (?:der|die) nicht (?:
    backen|kochen|schreiben) kann|
    (?:^|(?<=[.!?…] ))für jemand(?:en)?,? (?:der|die) nicht (?:backen|kochen|schreiben) kann,? (?:
    (?:gar|echt|wirklich) )?(?:nicht (?:so )?(?:schlecht|übel)|ganz (?:ordentlich|gut|okay|ok))|
    (?:^|(?<=[.!?…] ))(?:niente male|non male),? per un[oa] che non sa (?:cucinare|scrivere)|
    (?:^|(?<=[.!?…] ))(?:nada mal|até que (?:é )?bom),? para quem não sabe (?:cozinhar|
    escrever)"""
FOR_SOMEONE_WHO_CANT = (
    rf"(?:{CANT_ALTERNATIVES})(?= *[.!…]*$| *[.!…]+ |,? i (?:suppose|guess)\b|"
    r",? (?:finde|denke|glaube) ich\b)"
)

# Scorn for the bake in the photo: "This is why people buy bread.", "Hope you didn't feed that to
# anyone 😂", "Lol did you actually eat that?" (« C'est pour ça qu'on achète du pain. », "Jaja,
# ¿en serio te comiste eso?", „Haha, hast du das echt gegessen?", "Ahah l'hai davvero mangiato?",
# "Kkkk você realmente comeu isso?"). Hostile, unless the reader speaks of their own bake ("Mine
# collapsed again. This is why people buy bread 😂") or praises warmly (tone.hostile_cues); not
# asked in wonder ("Did you really eat that?! Brave!").
SCORN_FOR_THE_BAKE = r"""(?:this is (?:exactly )?why (?:people|we) (?:buy|order) (?:bread|
    from (?:the )?bakery)|
    c'est pour ça qu'on achète (?:du|son) pain|por eso la gente compra (?:el )?pan|
    deshalb kauft man (?:brot|beim bäcker)|ecco perché (?:la gente )?compra il pane|
    (?:é )?por isso que (?:a gente|as pessoas) compra(?:m)? pão)
    (?= *[^\w\s]*$)|
    hope you didn'?t (?:feed|serve|give) (?:that|this|it) to (?:anyone|anybody|your (?:family|
    kids|guests))|
    j'espère que (?:tu n'as|vous n'avez) fait goûter ça à personne|
    espero que no (?:le )?hayas dado (?:eso|esto) a nadie|
    hoffentlich hast du das niemandem (?:gegeben|serviert)|
    (?:lol|lmao|haha|mdr|ptdr|jaja|jajaja|ahah|ahahah|kkk+|rsrs),? (?:did you (?:actually|
    really) eat (?:that|this|it)|(?:tu as|t'as|vous avez) vraiment mangé ça|
    ¿?(?:en serio )?te comiste eso|hast du das (?:echt|wirklich) gegessen|
    l'hai (?:davvero|veramente) mangiato|você (?:realmente|de verdade) comeu isso) ?\?"""

# Faint praise of the bake, as the whole sentence: no line to quote back with a gold star ("Looks
# edible at least.", "Well, it's a start.", "It's giving beginner energy.", « Au moins c'est
# mangeable. », « C'est mignon d'essayer. », "Almeno è commestibile.").
FAINT_JABS = r"""^(?:(?:it )?looks edible,? at least|at least it looks edible|well,? it'?s a start|
    it'?s giving beginner energy|au moins c'est mangeable|c'est mignon d'essayer|
    al menos es comestible|wenigstens essbar|almeno è commestibile|pelo menos é comestível)
    (?= *[.!…]*$)"""

# A compliment with a sting, said to the author: "I love how confident you are for someone who
# just started.", « J'adore ton assurance pour quelqu'un qui vient de commencer. », "Me encanta lo
# segura que estás para alguien que acaba de empezar.", „Ich liebe es, wie selbstbewusst du bist,
# für jemanden, der gerade erst angefangen hat.", "Adoro quanto sei sicura per una che ha appena
# iniziato.", "Adoro como você é confiante para alguém que acabou de começar."; and faint interest
# or boldness with a grimace: "Interesting take on bread 😬", « Intéressant comme pain 😬 », "Bold
# choice of flour 😬"; not the reader's own nerves ("Bold move, I'm scared to try it 😬"). Praise
# so worn is doubtful (tone.backhanded): no star, no quote. So is skill graded by who the author
# is, at the sentence's end: "You're pretty good at this for a blogger.", "You're quite funny for a
# girl.", "Impressive, for a hobby blog.", and "Well, that's one way to make bread, I suppose.",
# "Bless you for trying.", a dry "Riveting." at the end, "sweet summer child" (not "You're
# pretty good at this!", nor "You're a wonderful teacher for a beginner like me"). Not a recipe
# that suits beginners
# ("Your recipe is perfect for someone who just started!", "... for someone who just started like
# me!"), nor "Interesting! 😍".
BACKHANDED = r"""(?:you|you'?re|your|tu|ton|ta|tes|t'|vous|votre|vos|tú|eres|estás|du|dein\w*|
    dich|sei|tuo|tua|você|teu)\b[^.!?]{0,60}?
    (?<!perfect )(?<!great )(?<!ideal )(?<!easy )(?<!parfait )(?<!parfaite )(?<!idéal )
    (?<!idéale )(?<!perfecta )(?<!perfecto )(?<!perfekt )(?<!perfetta )(?<!perfetto )
    (?<!perfeita )(?<!perfeito )(?:for (?:someone|somebody|a person)(?: who| that)? (?:(?:has |
    's )?(?:just|only just|barely) (?:started|begun|began)|
    is (?:just |still )?(?:starting out|new (?:at|to) (?:this|it)))|
    pour (?:quelqu'un|une personne|une débutante?) qui (?:vient de (?:commencer|débuter)|débute|
    commence (?:tout juste|à peine))|
    para (?:alguien|una persona) que (?:acaba de (?:empezar|comenzar)|(?:recién|apenas) (?:
    empieza|empezó|comienza|comenzó)|está empezando)|
    ,? für jemanden,? (?:der|die) (?:gerade )?(?:erst )?(?:angefangen hat|anfängt)|
    per (?:qualcuno|una persona|una|uno) che (?:ha (?:appena|da poco) (?:iniziato|cominciato)|
    è alle prime armi)|
    para (?:alguém|uma pessoa|quem) (?:que )?(?:acabou de (?:começar|iniciar)|está começando|
    começou agora))
    (?![^.!?]*\b(?:like me|like myself|comme moi|como yo|wie ich|come me|como eu)\b)
    (?<=\w)(?: [\w']+){0,2}(?= *(?:[.!…,]|$))|
    (?:^|(?<=[.!?] ))(?:an? )?(?:interesting|intéressante?|interesante|interessant|interessante|
    bold|audacieu(?:x|se)|atrevid[oa]|mutig\w*|audace|coraggios[oa]|ousad[oa])
    (?! (?:but|mais|pero|aber|ma|mas)\b)
    (?![^.!?]*\b(?:i|i'?m|i'?ll|me|my|je|j'ai|moi|yo|ich|io|eu)\b)(?:
    [^.!?😬😐😑🙃]{0,40}[.!…]* *(?:😬|😐|😑|🙃))|
    (?:you'?re|you are) (?:\w+ ){0,3}?(?:good|great|decent|smart|clever|funny|talented|skilled|
    articulate|knowledgeable|competent|impressive|not bad)(?: at (?:\w+ ){0,3}?\w+)?,? for (?:
    an? (?:blogger|amateur|beginner|hobbyist|newbie|novice|home (?:baker|cook)|girl|woman|guy|
    mom|mum|housewife|non-native speaker|self-taught \w+)|your age|(?:someone|somebody) (?:
    your age|self-taught|with no (?:training|experience)))(?= *[.!…]*$| *[.!…]+ )|
    (?:^|(?<=[.!?] ))(?:(?:pretty|quite|really|surprisingly|not) )?(?:good|impressive|decent|
    bad|nice|solid|polished|professional)(?: work| writing| stuff| photos)?,? for an? (?:hobby|
    amateur|little|small|personal|free|mommy|mummy|mom|mum) (?:blog|site|project|baker|cook|
    blogger)(?= *[.!…]*$| *[.!…]+ )|
    (?:^|(?<=[.!?] ))(?:well,? )?(?:that'?s|it'?s) (?:certainly |definitely )?one way to (?:do|
    make|bake|cook|write|say|shape|slice) (?:it|that|this|bread|a loaf|a cake)(?:,? i (?:suppose|
    guess))?(?= *[.!…]*$| *[.!…]+ )|
    (?:^|(?<=[.!?] ))bless you for trying(?= *[.!…]*$| *[.!…]+ )|
    (?:^|(?<=[.!?] ))(?:riveting|gripping|thrilling|scintillating|fascinating stuff)(?: stuff)?
    (?= *[.…]+ *(?:truly|really|honestly)?[.…]* *$)|
    (?:oh,? )?(?:you )?sweet summer child"""
