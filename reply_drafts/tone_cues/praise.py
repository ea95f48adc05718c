"""Praise, congratulations and compliments, and the generic praise that spam wears.

Data: the package's docstring says how the lists are written and read."""

# Appreciation, thanks and warmth, in English and other languages.
PRAISE = r"""thanks?|thank you|thx|ty|tysm|love(?:d|ly)?|loving|great|wonderful|beautiful\w*|
    brilliant|helpful|helped (?:me|us|so much|a lot|(?:me |us )?more than you(?:'ll)? (?:ever )?
    know)|useful|inspir\w+|amazing|awesome|excellent|
    fantastic|superb|delightful|happy (?:birthday|anniversary|blogiversary)|
    (?:we|i) (?:have |'ve )?missed (?:you|your (?:posts|writing|blog|words|voice))|
    glad (?:you'?re|to see you|you are) (?:back|writing again|blogging again|posting again)|
    (?:kids?|children|baby|babies|dogs?|cats?|puppy|puppies|kittens?|family|photos?|
    pictures?) (?:are|is|look|looks) (?:so |just |absolutely )?(?:adorable|cute)|
    how (?:adorable|cute|lovely|beautiful|gorgeous|sweet|wonderful)(?= *!)|
    how (?:good|tasty|delicious|lovely|yummy) (?:(?:this|that|it|your|these|those)(?: \w+)? (?:is|
    was|were|are|looks?|tastes?|smells?)|(?:is|was|were|are|does) (?:this|that|it|your|these|
    those)(?: \w+){0,2})(?= *!)|
    enjoy(?:ed)?|made my (?:whole |entire )?(?:day|morning|week|evening|year)|resonat\w+|
    devoured (?:it|them|the (?:lot|whole \w+|batch|cake|bread|pie|cookies))|gobbled (?:it|them) up|
    (?:you(?:'ve)? (?:just |totally |literally )?saved|(?:that|this|it|this post) (?:literally )?
    saved) (?:my (?:whole )?(?:day|weekend|week|night|evening|bacon|sanity|job|project|life|
    thesis|butt|ass)|me (?:so much|hours|days|a lot of) (?:time|work|headaches?))|
    (?:you'?re|you are) (?:\w+ )?(?:killing|crushing|smashing|nailing) it(?! with (?:the|all the|
    your|these|those) (?:ads|pop-?ups|politics|paywall\w*))(?![^.!?]*\b(?:literally|killed)\b)|
    (?:you'?re|you are|these|those|your (?:\w+ )?(?:photos|pics|pictures) are) (?:\w+ )?(?:
    killing me with) (?:these|those|your|the|all (?:these|those|the|your)) (?:\w+ )?(?:photos?|
    pics?|pictures?|recipes?|posts?|bakes?|cakes?|bread|loaves|buns|rolls|cookies|brownies|puns?|
    stories|food|descriptions?)\b|
    (?:this|these|those|your|the) (?:\w+ )?(?:photos|pics|pictures|recipes?|brownies|cookies|cakes?|
    bakes?|buns|rolls) (?:is|are) killing me(?! (?:with|because)\b)(?![^.!?]*\b(?:literally|typos?|
    ads|pop-?ups|none of them|(?:don'?t|doesn'?t|never) work\w*|fail\w*)\b)|
    (?<!not )(?<!not very )talented(?![^.!?]*\b(?:but|terrible|awful)\b)|
    (?:doing )?god'?s work|
    (?:you (?:totally |really |absolutely )?nailed (?:it|this|that|the (?!boring |obvious )\w+)|
    never fails? to (?:amaze|impress|inspire|delight|make me (?:smile|laugh|hungry))|
    (?:you'?re|you are) (?:pure |absolute |actual )?magic|
    (?:should|need to|have to) write a book|
    (?<!will )(?<!i )(?<!i'll )(?:never |don'?t (?:ever )?|do not (?:ever )?)stop (?:writing|
    blogging|posting|sharing)|
    ne (?:ferme|fermez) jamais (?:ton|votre) blog|n'arrête(?:z)? jamais (?:de bloguer|d'écrire)|
    non chiudere mai (?:il|questo) blog|non smettere mai di scrivere|nunca cierres (?:tu|el) blog|
    nunca (?:feche|fecha) (?:o|esse|teu|seu) blog|
    (?:you'?re|you are) (?:such |an absolute |a )?(?:star|saint|treasure)|
    (?:you'?re|you are) (?:too|so) kind|
    (?:you'?re|you are|your (?:blog|site) is) (?:by far |easily |honestly |really )?the best (?:
    resource|teacher|guide|site|blog|place)(?: (?:i'?ve|i have) (?:ever )?found)?(?= *(?:[.!…,]|$|
    for (?:a |an |us |anyone )?(?:beginners?|newbies?|novices?|people|someone|anyone|me|us)\b|
    on (?:the (?:web|internet)|sourdough|bread|baking)\b))
    (?![^\n]*\b(?:said no(?:body| ?one)|not|jk|just kidding|lol|ironically)\b)|
    explain(?:s|ed)? (?:it|this|things|everything|them) so (?:clearly|well)|
    explain(?:s|ed)? (?:\w+ ){1,3}better than (?:my|any|the|every)(?![^.!?]*(?:not|
    n'?t) saying much)|
    (?:good|nice|glad|a relief|comforting|reassuring|happy) to (?:know|hear|read|see) (?:that )?
    (?:i'?m|we'?re|i am|we are) not (?:alone|the only ones?)(?! who (?:thinks?|thought|finds?|
    found|noticed|spotted|disagrees?|hates?|can'?t stand))|
    (?:it |this |that )?worked (?:the )?first (?:time|try)(?! for (?:nobody|no one))|
    worked like a charm|
    (?:kept|keeps|has kept|got|gets|has got|helped) me (?:going|through)(?! (?:to|the door|out)\b)|
    (?:riveting|gripping|compelling|fascinating|lovely|fun) read|
    save (?:me|us) (?:a|some|one|a piece|a slice|a bite|the last)(?: \w+)?(?! (?:the trouble|
    the bother|the lecture|the sermon|the speech|time))\b|
    (?:couldn'?t|could not|can'?t|cannot) stop (?:reading|eating (?:it|them|this)|making (?:it|
    them|this))|
    (?:i'?d|i would|i'?ve|i have) never (?:have )?(?:thought|think) (?:of|to)(?! (?:anyone|anybody|
    someone|somebody|you|a blogger|a grown)\b))(?![^.!?]*\b(?:copying|stealing|plagiari\w+|lazy|
    how wrong|toddlers?|
    wast(?:e|ing) (?:our|my|everyone'?s|people'?s) time|saying nothing|boring|
    making (?:an? |the )?(?:\w+ ){0,2}(?:complicated|harder|worse|confusing)|
    to (?:your|the|their) (?:sponsors?|advertisers?)|
    (?:favou?rite|best) comedy|for a (?:five|5|six|6|three|3)[- ]year[- ]old)\b)(?![^\n]*\b(?:
    just kidding|jk|said no(?:body| ?one) ever|nobody would (?:have to|need to|ever) read|
    a (?:very |really )?dim one)\b)|
    (?:te admiro|je vous admire|je t'admire)(?![^.!?]*\b(?:sans (?:honte|gêne)|rien dire|
    no decir nada|sin (?:vergüenza|pudor)|copi\w+|plagi\w+)\b)|ich bewundere (?:dich|sie|euch)|
    life[- ]?saver|lebensretter|tag gerettet|salvavita|(?:m'as|m'avez) sauvé (?:la vie|la mise)|
    me salvaste (?:la vida|el día)|(?:mi hai|mi avete) salvato la giornata|salvou (?:o )?meu dia|
    not a crumb left|licked (?:the|their|his|her) plates?|
    stop (?:posting|sharing|making) (?:such|so many|these|all these)(?: \w+)? (?:tempting|
    delicious|yummy|irresistible|mouth-?watering)|
    hör auf,? so (?:leckere|verführerische|köstliche|tolle) rezepte zu (?:posten|teilen)|
    arrête(?:z)? de (?:publier|poster|partager) des recettes aussi (?:bonnes|tentantes|
    appétissantes|gourmandes)|
    deja de publicar recetas tan (?:ricas|tentadoras|buenas|deliciosas)|
    smettila di pubblicare ricette così (?:buone|golose|invitanti)|
    para de postar receitas tão (?:gostosas|tentadoras|boas|deliciosas)|
    asked for (?:seconds|thirds|more)|went down a treat|
    (?:a|was a) (?:big |huge )?hit with(?! nobody| no one| none)|
    (?:meant|means) (?:so much|a lot|the world|everything)(?! of| is| was| to do)|
    needed (?:this|to read)|so true|well said|well written|bravo|kudos|spot on|nailed it|agree|
    agreed|gorgeous|fab|cool|nice|good read|so good|really good|very good|good stuff|
    favou?rite(?! comedy)|
    gold star|made me smile|smiled|stunning|legend|legendary|in (?:a good|the best|the good) way|
    i'?d (?:kill|die) for (?:a |an |the |some )?[\w ]{1,30}(?:this|that|so|as) good|
    touch(?:ed|ing)|moved me|heart-?warming|sweet|clever|genius|
    perfect|precious|refreshing|insightful|thoughtful|appreciate\w*|grateful|so glad|congrat\w*|
    well done|good job|great job|keep (?:it up|going|writing)|can'?t wait|wow|yay|killer|wizard|
    recommend\w*|bookmark\w*|\+1|glückwunsch\w*|félicitations|enhorabuena|gefeliciteerd|
    ma[zs]al tov|felicitats|merci|génial|super|superbe|magnifique|formidable|chouette|
    (?<!ne )m'apais(?:e|ent)|(?<!ne )m'a apaisée?|
    j'adore|très bien|(?<!pas )(?<!plus )trop bien(?! pour| avant)|tout dévoré|tout englouti|
    (?<!pas une )(?<!pas la )belle découverte|(?:un |mon |notre )(?:vrai |petit )?rayon de soleil|
    (?:une|quelle) (?:vraie )?dinguerie|(?:c'est )?de la bombe|
    (?:une|quelle) (?:vraie )?tuerie(?= *(?:[.!…,]|$|ce |cette |ces |ton |ta |tes |votre |vos ))|
    (?<!pas )ça déchire|(?<!pas )(?<!plus )trop mignon(?:ne)?s?|
    (?:crève|meurs) d'envie d(?:e |')(?:essayer|tester|faire|goûter|partir|visiter|lire|refaire|
    tricoter|y aller)|
    pas (?:resté )?une miette|
    (?:se sont|me suis) régalée?s?|
    un (?:vrai )?régal|un délice|délicieu\w*|
    danke|dank|toll\w*|großartig\w*|wunderbar\w*|klasse|prima|gefällt mir|schön\w*|
    wunderschön\w*|(?:ich bin|bin) (?:total |echt |einfach )?begeistert|
    gracias|genial|excelente|me encant(?:a|ó|aron|an)|qué pasada|(?:mi|mis) (?:\w+ )?favorit[oa]s?|
    (?:mein|meine|meinen|meinem|meiner) liebste[nrs]?|
    precios[oa]|maravillos[oa]|obrigad[oa]|ótimo|adorei|lindo|sensacional|maravilhos[oa]|
    incríve(?:l|is)|
    (?<!no es )(?<!nada )bonit[oa](?! (?:intento|forma|manera|sería))|buenísim[oa]|riquísim[oa]|
    parabéns|grazie|bellissim[oa]|ottimo|fantastic[oa]|complimenti|chiarissimo|benissimo|bedankt|
    bravissim[oa]|adoro|che meraviglia|
    (?<!não é )(?<!não são )(?<!nem )(?:um |uma )?(?:dos|das) (?:\w+ )?melhores|
    (?:uno|una) de(?:i|lle) (?:\w+ ){0,2}più bell[ie]|
    (?:sigo|acompanho) (?:o |este |o seu |seu )?blog há|
    ti seguo da (?:anni|tempo|sempre)|(?<!non )sei un genio(?! (?:eh|come no))|
    non vedo l'ora di provar\w*|
    che bel (?:blog|post|sito|articolo)|mal posso esperar|(?:você é|és) (?:um|uma) gênio|
    (?<!não )(?<!nem )(?:sou|somos) (?:muito |super |tão )?fãs? d[aeo]s?|
    (?<!não )(?:você é|és) demais|sono (?:una |un )?(?:tua |grande )?fan|
    (?<!non )(?<!non era )(?<!non è )buonissim[oa]|
    (?<!não )(?:ficou|ficaram|está|estava|é) (?:uma|um) delícia|que delícia|
    dank je|dank u|mooi|prachtig|geweldig|leuk|спасибо|отлично|прекрасн\w*|полезн\w*|tack|takk|tak|
    dziękuję|teşekkür\w*|harika|ευχαριστώ|υπέροχ\w*|
    (?:shame|pity) (?:that )?(?:i|we) can'?t (?:eat|taste) (?:them|it)|
    wish (?:i|we) could (?:eat|taste) (?:them|it)"""

PRAISE_NONSPACED = """תודה|מעולה|धन्यवाद|शुक्रिया|बहुत अच्छा|ありがとう|素晴らしい|素敵|感動|
    分かりやすかった|谢谢|感谢|太棒|很好|喜欢|非常好|감사|고마워|좋아요|شكر|رائع|جميل"""

# Emoji and marks that say the same without words.
PRAISE_SYMBOLS = (*"❤♥💛💜💙💚🧡🤍🥰😍😊☺🙂😂🤣👏🙌🙏⭐🌟✨👍💯🎉🥳😄😃🔥", "<3")

# Good wishes to the author ("Congrats on the new baby!", "Bravo pour ton nouveau travail !"):
# kind words to thank, not a line the author quotes back as if the reader said it better (quote.py).
CONGRATULATIONS = r"""congrat\w*|félicitations|bravo pour|well done on|mazel tov|happy birthday|
    joyeux anniversaire|bon anniversaire|best wishes (?:for|on|to)|all the best (?:for|with|on)|
    glückwunsch\w*|felicidades|felicitaciones|parabéns|congratulazioni|auguri|enhorabuena|
    complimenti per|gefeliciteerd|so happy for you|wishing you (?:both |all )?(?:all|every)|
    profitez bien|profite bien|enjoy (?:every|these|each) moments?"""

# A compliment to the author ("You're a wonderful person", "Vous êtes formidable"): thanks to give,
# not a line the author quotes back as if the reader had said it better than the post (quote.py).
COMPLIMENTS = r"""(?:you'?re|you are|vous êtes|tu es|du bist|eres) (?:\w+ ){0,2}(?:formidable|
    génial\w*|incroyable|amazing|wonderful|awesome|the best|a gem|a treasure|an inspiration|
    une inspiration|so kind|si gentil\w*|brilliant|a genius|talented|doué\w*|super|
    une personne formidable)(?= *(?:[.!…]|$|, (?:merci|thank|thanks|honestly|vraiment)))"""

# A reader shrugging off praise of their own bake ("No need to make a fuss, it's just bread!"):
# no jab, though the model alone leans hostile on "no need to make a fuss".
# Faint praise said as the whole sentence: not a line to quote back with a gold star ("I've seen
# worse." — "I have been thinking about that line all morning"), nor a jab to refuse a reply to
# (quote.py passes over it). « Pas votre pire billet. », "He visto cosas peores.", „Besser als der
# letzte Beitrag.", "Ho visto di peggio.", "Já vi piores.". Not "Not your worst post, this is your
# BEST one!" nor "I've seen worse crumb on mine, yours is gorgeous!".
FAINT_PRAISE_END = r"(?= *[.…]*$)"
# "At least this time you tested it.", « Au moins cette fois vous avez testé. », "Almeno questa
# volta l'hai provata."; not the reader's own ("At least this time mine didn't burn!", "Por lo
# menos esta vez no se me quemó").
AT_LEAST_THIS_TIME = r"""(?:at least|au moins|por lo menos|al menos|wenigstens|zumindest|almeno|
    pelo menos) (?:\w+ ){0,3}?(?:this time|cette fois|esta vez|diesmal|questa volta|dessa vez|
    desta vez)(?![^.!?]*\b(?:i|my|mine|me|je|j'ai|mon|ma|mes|mi|yo|ich|mein\w*|mir|mich|io|mio|
    mia|eu|meu|minha|we|our|nous|notre)\b)[^.!?]*"""
# "I guess everyone has one.", « Chacun le sien. », "Interesting... if you like that sort of
# thing.", "Só em outros mil blogs."
TO_EACH_THEIR_OWN = r"""i guess everyone has one|everyone'?s entitled to (?:one|an opinion|
    their opinion)|(?:à )?chacun (?:le sien|son avis|ses goûts)|
    (?:interesting\W+)?if you like that (?:sort|kind) of thing|
    (?:only |just |só |solo |nur )?(?:on|in|em|en|dans|auf|su) (?:a |les )?(?:(?:thousand|mil|
    mille|tausend) (?:other|otros|autres|anderen|altri)|(?:outros|altri) (?:mil|mille)) (?:blogs?|
    sites?)"""
# "So brave of you to post this.", "Che coraggio pubblicare questa roba.", "Que coragem publicar
# isso.", « Courageux de publier ça. » (said of a post that needed no courage); not "So brave of
# you to share your story", « Merci d'avoir eu le courage de publier ça, ça m'aide. ».
BRAVE_TO_POST = r"""(?:so |how )?brave of you to (?:post|publish) (?:this|that)|
    (?:quel|que|che) (?:courage|coragem|coraggio) (?:de |d'|a |di )?(?:publier|publicar|
    pubblicare|postar) (?:ça|cela|isso|isto|questa roba|questo|roba del genere)|
    qué valiente (?:publicar|subir) esto|mutig,? so etwas zu veröffentlichen|
    (?:c'est )?(?:très |vraiment |bien |super )?courageu(?:x|se) (?:de ta part |de votre part )?(?:
    de|d') ?(?:publier|poster|mettre en ligne) (?:ça|cela|un truc pareil)|
    (?:muy )?valiente (?:de tu parte )?(?:publicar|subir) esto|
    (?:molto )?coraggios[oa] (?:a )?pubblicare (?:questo|questa roba)|
    (?:muito )?corajos[oa] (?:de )?(?:publicar|postar) isso"""
# "Bravo, vous avez enfin relu votre texte.", "Complimenti, finalmente hai riletto il testo."
FINALLY_PROOFREAD = r"""(?:finally|enfin|por fin|endlich(?: mal)?|finalmente) (?:\w+ ){0,2}?(?:
    proofread|relu|revisado|revisaste|korrektur gelesen|riletto|revisou|revisado)\b"""
# "Well, you tried.", « Bon, vous avez essayé. », „Na ja, du hast es versucht."
YOU_TRIED = r"""(?:well|bon|bueno|na ja|naja|beh|bom),? (?:(?:at least |au moins |al menos |
    wenigstens |almeno |pelo menos )?(?:you tried|vous avez essayé|tu as essayé|lo intentaste|
    lo has intentado|du hast es (?:wenigstens )?versucht|ci hai provato|você tentou))"""
# Praise that slights every post before it: "Wow, you finally posted something original.",
# « Enfin un billet original, il était temps. », "Por fin algo original, ya era hora.", « Enfin
# quelque chose de mangeable ! », "You actually made something edible this time!"; not
# "Finally! It was about time, I've been dreaming of this recipe!", « Enfin quelque chose de
# mangeable grâce à toi ! ».
FINALLY_SOMETHING_GOOD = r"""(?:finally|enfin|por fin|endlich(?: mal)?|finalmente) (?:\w+ ){0,3}?
    (?:something|anything|un (?:billet|article|post)|quelque chose|algo|was|etwas|qualcosa) (?:
    \w+ )?(?:original|originale|originel\w*|useful|utile|útil|nützliches|interesting|intéressant|
    interesante|interessante[s]?|edible|mangeable|comestible|essbar\w*|mangiabile|comestível)\b
    (?![^.!?]*\b(?:love|thanks?|thank you|merci|gracias|danke|grazie|obrigad[oa]|my|our|us|we|
    we'?ve|mon|ma|mi|mein\w*|mio|mia|meu|minha|nous|grâce|gracias a|dank|graças)\b)|
    (?:you )?(?:actually |finally )?made something (?:edible|decent|readable)(?: (?:for once|
    this time))?(?![^.!?]*\b(?:i|my|me|we|our|thanks?|thank you|love)\b)"""
FAINT_PRAISE = rf"""^(?:(?:well|bon|bueno|na ja|naja|beh|bom),? )?(?:
    i'?ve seen worse|(?:it'?s )?not your worst(?: post| recipe| one)?|surprisingly not (?:bad|
    terrible|awful)|(?:it'?s )?better than (?:your|the) last one(?:,? at least)?|
    good for you,? i guess|i guess it'?s fine|it'?s fine,? i suppose|
    j'ai vu pire|(?:ce n'est |c'est )?pas (?:votre|ton) pire (?:billet|article|post)|
    (?:c'est )?mieux que (?:le|ton|votre) (?:dernier|précédent)(?: (?:billet|article|post))?|
    he visto (?:cosas )?peores|(?:no es|no está) (?:tu|la) peor (?:entrada|receta|publicación)|
    (?:es )?mejor que (?:la|tu) (?:última|anterior)(?: (?:entrada|receta|publicación))?|
    (?:ich )?(?:hab|habe) schon schlimmeres gesehen|
    besser als (?:der|dein) letzte(?:r)?(?: (?:beitrag|post|artikel))?|
    ho visto di peggio|(?:non è )?(?:il|la) tu[oa] peggior[e]? (?:post|ricetta)|
    meglio dell'ultimo(?: (?:post|articolo))?|
    já vi piores|(?:é )?melhor que o último(?: (?:post|artigo))?|
    (?:não é )?(?:o|a) (?:seu|sua|teu|tua) pior (?:post|receita)|
    {AT_LEAST_THIS_TIME}|{YOU_TRIED}|{BRAVE_TO_POST}|
    interesting (?:take|choice|idea|approach),? i (?:suppose|guess)|
    (?:que|qué|how) original,? (?:nunca (?:vi|lo había visto)|never seen (?:that|
    this) before)){FAINT_PRAISE_END}|
    {TO_EACH_THEIR_OWN}{FAINT_PRAISE_END}|{FINALLY_SOMETHING_GOOD}|{FINALLY_PROOFREAD}"""

WARM_SHRUG = r"""it'?s (?:just|only) (?:a |some )?(?:bread|loaf|cake|cookies|biscuits|toast|
    pancakes|soup|flour and water|a recipe)(?= *[.!…]*$)"""

# Praise that fits any post: with a link and nothing particular, the marks of link spam.
GENERIC_PRAISE = r"""nice (?:post|article|blog|site|read|info|information|sharing)|
    great (?:post|article|blog|site|info|information|content|work|share)|good (?:post|article|
    blog|info|information|content)|excellent (?:article|post|content)|
    thanks? for (?:sharing|the (?:info|information|post|article|tutorial))|very (?:informative|
    helpful|useful|nice)|informative|useful (?:info|information|post|article)|
    keep (?:it up|posting|sharing)|i like (?:it|this|your)|really (?:nice|good|great)|
    awesome (?:post|article|blog)|bookmarked|regards|(?:très )?bon article|super article|
    article (?:très )?intéressant|merci pour (?:le partage|cet article|l'article|l'info)|
    (?:toller|guter|super|interessanter|(?:sehr )?informativer) (?:artikel|beitrag)|
    danke fürs teilen|
    (?:excelente|buen|gran|muy buen) (?:artículo|post|blog)|gracias por compartir|
    (?:ottimo|bell'|bellissimo) (?:articolo|post)|articolo (?:molto )?interessante|
    grazie per la condivisione|
    (?:ótimo|excelente|bom) (?:artigo|post)|obrigad[oa] por compartilhar|
    artigo (?:muito )?interessante|
    (?:отличная|хорошая|полезная|интересная) статья|спасибо за статью"""

# The same, in scripts written without spaces: matched anywhere.
GENERIC_PRAISE_NONSPACED = """很好的文章|好文章|写得很好|谢谢分享|感谢分享|
    素晴らしい記事|良い記事|좋은 글"""
