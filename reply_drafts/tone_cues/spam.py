"""Spam: what sellers offer and how to reach them, stock thanks, link drops, self-promotion.

Data: the package's docstring says how the lists are written and read."""

# Money, shopping, links bought and sold, offers: someone selling something; a bot's "As an AI
# language model", "Please visit mine too", "check out bestbreadmachines dot com", "Check my bio
# for a surprise 🎁".
SPAM_TERMS = r"""casinos?|poker|sportsbook|online slots|free spins|jackpot|viagra|cialis|pharmacy|
    no prescription|payday|loans? (?:online|offer|fast)|prêts? rapides?|crédit express|
    crypto (?:bot|trading|signals)|bitcoin|btc|forex|trading signals|binary options|
    investment (?:opportunity|plan)|win rate|rendimento garantido|retorno garantido|renda extra|
    rendement garanti|\d+ ?% (?:ao mês|por mês|par mois|al mes|pro monat|a month|per month)|
    passive income|seo|backlinks?|guest post\w*|
    link building|do-?follow|rank (?:higher|first|fast)|buy (?:real )?(?:\w+ )?(?:followers|likes|
    views|reviews)|(?:instagram|tiktok|youtube) (?:followers|views|likes)|seguidores|followers for|
    essay (?:writing|writer|writers|help|service)|essays in|write my (?:essay|paper)|
    plagiarism[- ]free|assignment help|homework help|ghostwriter|schreiben lassen|replica|rolex|
    cheap (?:meds|hosting|jordans|viagra|essays|pills|watches|bags)|promo code|referral code|
    coupon code|earn \$|\$\d+ ?(?:/|a|per) ?(?:day|hour|week)|paid \$|get paid|make money|
    work from home|from home just|lose \d+ ?(?:kg|lbs|pounds)|doctors hate|weight loss|keto|
    diet pills|escorts?|hot singles|dating site|filles? sexy|rencontres? (?:coquines?|discrètes?)|
    viens me (?:parler|voir) sur mon profil|xxx|click here|visit (?:my|our) (?:site|website|
    blog|page|store|shop)|check out (?:my|our) (?:site|website|blog|page|store|shop|channel|
    profile)|check out (?:my|our) (?:\w+ ){0,3}(?:program|programme|course(?! notes)|coaching|
    services|
    webinar|workshop|masterclass|ebook|products?|offer|podcast|newsletter)|
    link in (?:my )?(?:bio|profile)|lien dans (?:ma |la )?bio|link (?:na|en mi|en la|nella mia|
    nella) bio|link in (?:meiner|der) bio|for more (?:\w+ )?(?:tips|info|information|details) visit|
    also read:|
    best (?:price|prices|deals?|services?|quality)|lowest price|dm me|contact us|our company|
    we offer|our (?:services|expert writers|packages)|hire us|limited (?:offer|time)|
    100% (?:free|guaranteed|legit)|guaranteed results|order (?:now|here)|buy now|shop now|
    sign up (?:now|free)|web design services|digital marketing|marketing agency|spell caster|
    love spells?|lottery|add a link to my|i'?ll pay \$|paypal|free audit|packers and movers|
    \d+% (?:off|welcome bonus|win rate)|wallet:|doubling|купить|скидк\w*|казино|
    achetez (?:des |vos )?(?:\w+ )?(?:followers|abonnés|likes|vues|avis)|
    abonnés (?:instagram|tiktok|youtube)|gagnez (?:\d+|de l'argent)|revenus? passifs?|
    travail à domicile|code promo|cliquez ici|visitez (?:mon|notre) (?:
    site|blog|boutique|profil|page|compte|chaîne)|
    meilleurs? prix|visita (?:mi|nuestra) tienda(?: online| en línea)?|
    visita (?:il mio|il nostro) negozio(?: online)?|
    visite (?:minha|nossa) loja(?: online| virtual)?|
    besuchen sie (?:meinen|unseren) (?:shop|onlineshop)|klicke hier(?! (?:auf den link )?(?:
    zum|zur|für das|für die) (?:original\w*|quelle|rezept|foto|bild))|jetzt klicken|
    (?<!ich )(?<!und )verdiene (?:bis zu )?\d+ ?(?:euro|€|dollar|\$)|geld verdienen von zu hause|
    von zu hause (?:aus )?(?:geld )?verdienen|haz clic aquí|gana dinero desde casa|
    ganhe dinheiro (?:em|de|sem sair de) casa|guadagna (?:soldi )?da casa|
    gagne[rz]? de l'argent (?:depuis|de) (?:chez (?:vous|toi|soi)|la maison)|
    prestit[oi] (?:veloc[ei]|rapid[oi]|immediat[oi])|senza garanzie|
    empréstimos? (?:rápidos?|fácil|na hora)|sem consulta (?:ao )?(?:spc|serasa)|
    préstamos? (?:rápidos?|inmediatos?)(?! de (?!dinero)\w+)(?![^.!?]*\bja(?:ja)+)|sin aval|
    ohne schufa|(?:günstige|schnelle) kredite(?! beim )(?![^.!?]*\b(?:haha|hihi)\b)|
    sofortkredit\w*|
    (?:^|(?<=[.!?…] ))gana \d+ ?(?:€|euros?|dólares|\$) (?:al|por|a la|cada) (?:día|semana|mes)
    (?! más)|
    (?:^|(?<=[.!?…] ))guadagna \d+ ?(?:€|euro) (?:al|a|per|ogni) (?:giorno|settimana|mese)|
    (?:^|(?<=[.!?…] ))ganhe (?:r\$ ?)?\d+(?:[.,]\d+)* ?(?:reais )?(?:por|ao|todo) (?:dia|semana|
    mês)|
    (?:please )?(?:visit|check out|check) mine too(?![^.!?]*\b(?:sometime|round the corner|
    we live|bake this for you)\b)|as an ai language model|
    check (?:out )?my (?:bio|profile) for (?:a |more |the )?(?:surprise|gift|giveaway|offer|link)
    (?![^.!?]*\b(?:donat\w*|charity|fundrais\w*)\b)|
    (?:check out|visit) (?!(?:amazon|ebay|etsy|wikipedia|bbc|google|youtube|kingarthur\w*) )(?:
    [a-z0-9]+ dot com)(?! too\b)"""

# A sales pitch with no link, in French, Spanish, Italian and German: an agency introducing itself,
# its prices, a free quote, a seer's return of a lost love (« Nous sommes une agence de rédaction
# web, tarifs dégressifs, devis gratuit. »). Read with SPAM_TERMS: two of them make spam, one alone
# does not (« J'ai eu un devis gratuit chez mon couvreur, merci pour les conseils ! »). Session 38:
# « Ma boutique : Les Bougies de Claire, livraison offerte. » (its shop line alone is spam now:
# SPAM_LINKLESS), « Voyance gratuite par téléphone, première question offerte ! », « Pour vos
# déménagements sur Paris, pensez à …, devis gratuit. »
SALES_PITCHES = r"""(?:nous sommes|je suis) une? (?:agence|société|entreprise|cabinet|
    plateforme) (?:de|d'\w+|web|seo|digitale|spécialisée)|
    devis (?:gratuits?|offerts?|sans engagement)|
    livraison (?:offerte|gratuite)(?= *(?:[.!…,]|$| (?:dès|partout|en \d)))|
    voyance (?:gratuite|par téléphone|en ligne|privée|sérieuse)|
    première question (?:offerte|gratuite)|
    pour (?:vos|tous vos) (?:déménagements|travaux|rénovations|projets immobiliers) (?:
    sur|à|en|dans)|
    tarifs? (?:dégressifs?|compétitifs?|imbattables?|préférentiels?|avantageux|attractifs?)|
    retour (?:de l'être aimé|affectif)|(?:voyante?|marabout) (?:médium|africain|sérieux|compétent)|
    médium (?:voyante?|sérieux|compétent)|résultats? (?:garantis?|rapides? et garantis?)|
    somos una (?:agencia|empresa) (?:de|digital|seo|especializada)|
    presupuestos? (?:gratuitos?|sin compromiso)|
    tarifas (?:económicas|competitivas|asequibles|imbatibles)|
    siamo (?:un'agenzia|una (?:agenzia|azienda|ditta|società)) (?:di|seo|web|specializzata)|
    preventiv[oi] (?:gratuit[oi]|senza impegno)|prezzi (?:competitivi|imbattibili|vantaggiosi)|
    wir sind (?:eine|ein) [\w-]*(?:agentur|firma|unternehmen)|
    (?:kostenloses|unverbindliches) angebot|(?:unschlagbare|faire) preise"""

# Words of an offer that mean nothing alone ("cheap", "discount") but two of them with a link do.
SPAM_WEAK = r"""cheap|discount\w*|bonus\w*|free trial|free shipping|deal|deals|offer|offers|
    affordable|guaranteed|outlet|wholesale|pills|meds|loans?|hosting|credit|
    (?<! seras )(?<! serez )(?<! suis )(?<! es )(?<! est )(?<! êtes )(?<! fin )prêts?(?! à)|
    cbd(?=[^\n]*(?:https?://|www\.|\w\.(?:com|shop|net|org|io|store|co)\b))|
    niche|traffic|ranking|rank|promo|sale|pas ch(?:er|ers|ère|ères|ere|eres)|réductions?|soldes|
    a metà prezzo|a mitad de precio|zum halben preis|pela metade do preço|
    offerta imperdibile|
    (?:oferta imperdible|promoção imperdível)(?![:,]? (?:tu|tus|seu|teu|eu|fiz|hice)\b)"""

# The stock sentences of comment-spam kits, spun by the thousand, that no person writes: one is
# enough ("I have been browsing online more than 3 hours today"), and in Spanish, Italian,
# Portuguese and German "Visita mi perfil para ver más contenido" and a crypto-recovery scam ("Yo
# recuperé mis bitcoins con un hacker experto, escríbele."), which had been quoted with a star;
# so had "Amazing content!! Follow me for more 💯", « Suivez-moi pour plus », "Seguimi per altri
# contenuti" and "Check my profile 😘" said alone (« Check mon profil », "Mira mi perfil", "Confere
# meu perfil"), not "Check my profile for a photo of my loaf!". A kit's plainer lines ("I know
# this is off topic but...") are also what readers write, so they are not here.
SPAM_KIT = r"""(?:a|an|my) business proposal (?:of|for) (?:our )?mutual (?:benefit|interest)|
    (?=[^.!?]*\b(?:bitcoins?|btc|crypto\w*|forex|trading|passive income|savings)\b)[^.!?]*?
    ask me how(?= *[^\w\s]*$)|
    (?:follow me|suivez-moi|suis-moi|sígueme|seguidme|folgt mir|folg mir|seguimi|me (?:segue|siga)|
    siga-me) (?:for|pour|para|für|per) (?:more|plus|más|mehr|altri|mais)(?: \w+)?
    (?= *(?:[.!…🔥💯🚀✨👇😘💋]|$| @| on| sur| en| auf| su| no))|
    (?:^|(?<=[.!?…] ))(?:check|see|visit) (?:out )?my (?:profile|bio)(?= *[^\w\s]*$)|
    (?:^|(?<=[.!?…] ))(?:check|regarde|va voir|visite|passe sur) (?:mon|ma) (?:profil|bio)
    (?= *[^\w\s]*$)|
    (?:^|(?<=[.!?…] ))(?:mira|visita|revisa|chequea) mi (?:perfil|bio)(?= *[^\w\s]*$)|
    (?:^|(?<=[.!?…] ))schau (?:mal )?(?:auf|in) mein(?:e)? (?:profil|bio)(?= *[^\w\s]*$)|
    (?:^|(?<=[.!?…] ))(?:guarda|visita|controlla) il mio (?:profilo|bio)(?= *[^\w\s]*$)|
    (?:^|(?<=[.!?…] ))(?:confere|confira|olha|visita|veja) (?:o )?meu (?:perfil|bio)
    (?= *[^\w\s]*$)|
    here(?:'s| is) a (?:\w+ ){0,2}comment for (?:your|the|this) (?:blog )?post|
    you(?:'ve| have) been (?:selected|chosen) (?:for|to (?:receive|win)) an? (?:free|
    new|brand new|exclusive)(?! (?:virtual )?(?:hugs?|high[- ]fives?|kiss(?:es)?|cookies?|
    gold stars?|pat on the back)\b)(?! \w+ from me\b)|
    browsing online (?:more than|over) \w+ hours|pretty worth enough for me|
    if all (?:web ?site |site )?(?:owners|webmasters) and bloggers|
    (?:could not|couldn'?t) depart your (?:web ?site|site|blog)|
    (?:paragraph|piece of writing) is (?:pleasant|fastidious)|fastidious (?:paragraph|post|piece)|
    it'?s my first pay a visit|heya i'?m for the (?:first|primary) time here|
    came across this board and i find it|i like the valuable (?:info|information) you provide|
    magnificent goods from you|
    regards? from [\w ]{2,30}[,.]? visit (?:us|me|my \w+) (?:at|on) [\w-]+\.(?:[a-z]{2,}\.?)+|
    inscrivez-vous sur mon site|
    (?:send|dm|pm|message|text) me (?:a message |a dm |a pm )?(?:with )?the word [\w"'“”]+|
    (?:comment|reply with|type) the word [\w"'“”]+ (?:below )?(?:and i'?ll (?:send|
    dm|message|email)|
    (?:for|to get) (?:my|the|a|your) (?:free )?(?:guide|ebook|e-book|course|checklist|link|code))|
    please,? i need (?:your )?(?:financial )?help (?:with|for|to pay) (?:my )?(?:school|tuition|
    hospital|medical) (?:fees|bills)(?! budget)|
    (?:visita|visite|besuche?) (?:mi|il mio|(?:o )?meu|mein) (?:perfil|profilo|profil) (?:para|per|
    für) (?:ver|mais|más|altri|mehr)|
    (?=[^.!?]*\b(?:hacker|experto|esperto|especialista|experte)\b)(?=[^.!?]*\b(?:bitcoins?|btc|
    cripto\w*|krypto\w*)\b)[^.!?]*?(?:recuper(?:é|ó|ou|ato|ado|aron)|zurückgeholt|
    zurückbekommen)"""

# Spam with no link that no reader writes: a romance scam's "I am a widow looking for a kind and
# honest friend, please write to me at my email." (it had been given condolences) and a plea to
# "subscribe to my channel". Not "looking for a good bread knife, can you email me the brand?".
# Session 38: a firm's sign-off (« Cordialement, l'équipe de RénovExpert », "Saludos, el equipo
# de ReformasYa"), a shop line (« Ma boutique : Les Savons de Léa », not « Ma boutique préférée
# vend ce moule ») and a trade's come-on (« Vous cherchez un plombier sur Lyon ? »); not
# « Cordialement, l'équipe compta », « Ma boutique : fermée pour la journée », « Vous cherchez un
# plombier à Lyon ? Moi aussi… 😂 ».
SPAM_LINKLESS = r"""(?:^|(?<=[.!?…] ))guadagna \d+(?:[.,]\d+)* ?(?:€|euro) (?:al|a|per|ogni) (?:
    giorno|settimana|mese) (?:da casa|lavorando da casa|online)|
    (?:^|(?<=[.!?…] ))ganhe (?:r\$ ?)?\d+(?:[.,]\d+)* ?(?:reais )?(?:por|ao) (?:dia|semana|mês) (?:
    em casa|de casa|trabalhando (?:em|de) casa|online)|
    (?:^|(?<=[.!?…] )|(?<=, ))agence (?:seo|web|digitale|
    de référencement) [\w-]+(?= *[.!…]*$)|(?<=cordialement, )agence (?:seo|web|digitale|
    de référencement)(?= *[.!…]*$)|
    looking for (?:a|an) (?:[\w-]+ ){0,4}?(?:friend|man|woman|partner|companion|
    soul ?mate|relationship)\b[^.!?]{0,40}?[.,!;]? *(?:please )?(?:write|e-?mail|contact|message|
    reach) (?:to )?me (?:at|on|via|through) (?:my )?(?:private )?(?:e-?mail|whatsapp|telegram)
    (?![^\n]*\b(?:seriously|kidding|jk|lol|haha\w*)\b)|
    (?:please )?subscribe to my (?:youtube |yt |cooking |baking |food )?channel(?! *\?)
    (?![^\n]*\b(?:said|says|kidding|jk|lol|haha\w*)\b)|
    (?:cordialement|bien cordialement|bien à vous|salutations|saludos|un saludo|viele grüße|
    mit freundlichen grüßen|cordiali saluti|saluti|atenciosamente|abraços),? (?:[-—–] )?(?:
    (?:toute )?l'équipe(?! (?:de |d'|du |des )?(?:compta\w*|bénévoles?|bureau|rh|informatique|
    cuisine|club|l'école|école|crèche|la crèche|classe|la classe|service|nuit|jour)\b)|
    el equipo(?! (?:[\w-]+ez|garc[íi]a|mart[íi]n|ruiz|moreno|romero|alonso|navarro|torres|ramos|
    gil|molina|castro|ortega|rubio|vega|silva|rojas|flores|los \w+)(?= *[.!…]*$))|
    ihr team|das team|il team|lo staff|(?:a )?equipe)(?:
    (?: de| d'| von| di| da)? ?[\w-]+)(?= *[.!…]*$)|
    (?:ma|notre) boutique(?: en ligne)? ?:(?! *(?:fermée?|ouverte?|est|sera|a été)\b)|
    vous cherchez (?:un|une) (?:bon |bonne )?(?:plombier|électricien|serrurier|chauffagiste|
    couvreur|menuisier|maçon|déménageur|artisan|vitrier|paysagiste|avocat|comptable|
    expert-comptable|agence|entreprise|voyante?|médium) (?:sur|à|dans|en) (?!ligne\b)[\w-]+
    (?![^\n]*(?:😂|🤣|\bmoi aussi\b|\bmoi je\b|\btoi-même\b|\bton blog\b))"""

# The stock thanks of SEO spam ("Very nice article. Thanks for sharing this valuable
# information."): spam only beside generic praise and nothing particular (tone.stock_thanks), for
# a reader may write "thanks for the valuable information about rye hydration".
# Session 38, the same in French, Spanish, German, Italian and Portuguese: « Article très
# intéressant, merci de partager ces informations précieuses », "Muy buen artículo. Gracias por
# compartir esta información tan valiosa.", not « Merci pour cet article, très intéressant ! ».
STOCK_THANKS = r"""(?:thanks|thank you) for (?:sharing )?(?:this|such|these) (?:very |really |
    truly |so )?valuable (?:info|information)(?= *[.!…]*$)|
    (?:merci|gracias|danke|grazie|obrigad[oa]) (?:beaucoup |mucho |vielmals |mille |muito )?(?:
    (?:de|pour|por|für|per|pel[ao]s?) )?(?:
    (?:le |el |das )?(?:partager|partage|compartir|teilen|aver condiviso|avere condiviso|
    compartilhar|partilhar) )?(?:(?:ces|cette|vos|tes|esta|estas|tu|su|sus|tus|dieser|diese|die|
    der|queste|questa|le|essas|estas|esta|essa|as|a) )?(?:
    (?:informations?|infos?|información|informaciones|informationen|infos|informazioni|
    informações|informação) (?:si |tan |muy |so |così |molto |tão |muito )?(?:précieuses?|
    valiosas?|wertvoll(?:en?)?|preziose?|valiosas?)|
    (?:précieuses?|valiosas?|wertvollen?|preziose?) (?:informations?|infos?|información|
    informaciones|informationen|infos|informazioni|informações))(?= *(?:[.!…]|$))"""

# A plug for one's own site, shop or blog: no spam on its own (a fellow blogger says it too), but no
# line to quote back as what the author's post was missing.
SELF_PROMOTION = r"""(?:come )?follow my (?:blog|site|page|instagram|channel) (?:at|on) \S+|
    i (?:also )?(?:have|run|write) a (?:website|site|blog|shop|store|channel|newsletter) (?:
    about|on|for|with) [^.!?]{0,40}?(?:hope you'?ll|please|feel free to|do|come) (?:visit|check|
    subscribe|have a look)"""

SPAM_NONSPACED = "代写|代购|博彩|赌场|网赚|高仿|名牌包"

# A reader who thanks for the post's link and shares one more they found, in Italian or
# Portuguese ("Obrigada pelo link, vi também este: https://…", « Grazie per il link, ho trovato
# anche questo: https://… »): the model reads "link" as spam; with one link and no spam word
# beside it, a reader's find (tone.returns_a_link).
LINK_THANKS_IT_PT = r"""(?:obrigad[oa]|valeu) pel[oa] (?:link|dica)|
    grazie (?:per|del) (?:il )?link"""

LINK_ALSO_FOUND_IT_PT = r"""vi também|também (?:vi|encontrei|achei)|(?:encontrei|achei) também|
    ho trovato anche|(?:ho )?visto anche|anche questo|também este|também esse"""

# A link or a phone number dropped with a come-on and nothing else to say: spam, though it has no
# spam word ("Visit for more information: www.…", « passe voir le mien : www.… », „Günstige Uhren
# kaufen: www.…"). Read only
# with a link or a number beside it ("Visit the Louvre if you can" is a tip).
LINK_DROPS = r"""^visit (?:us |our site |my site )?for more (?:info|information|details)|
    passez? voir le mien|(?:passe|passez) (?:voir|sur) mon (?:blog|site)|free quotes?|
    devis gratuits?|
    ^(?:günstig|billig|preiswert)e? (?:[\w-]+ ){1,2}(?:kaufen|bestellen)(?= *[:!.–-])|
    (?:wrote|written|posted) (?:something similar|a similar (?:post|article)|about (?:this|it) too)
    (?: here| on my (?:blog|site))"""

# Ways to reach a seller: a phone number, a handle, "message me", "link in bio", "search 'X'".
CONTACT = r"""dm (?:me )?for (?:details|more|info|rates)|
    message me|dm me|pm me|dm us|pm us|message us|email us|text (?:me|her|him|\w+ on)|email me|
    contact me|call me|
    call (?:him|her|them|us|now|today)|reach (?:me|out to me)|write to me|inbox me|whatsapp|
    telegram|wechat|weixin|kakao|viber|line id|link in (?:my )?(?:bio|profile|name)|
    (?:check|see|visit) my (?:profile|page|channel|shop|store|etsy|website|site|instagram|tiktok)|
    (?:my|our) (?:etsy|shop|store|channel|website)|search (?:for )?['"«„‘][^'"»“’]{3,40}['"»“’]|
    ['"«„‘][^'"»“’]{3,40}['"»“’] on google|on google maps|googeln|on fiverr|on amazon|amzn\.to|
    bit\.ly|tinyurl|escr[íi]beme|m[áa]ndame un mensaje|contáctame|llámame|écrivez-moi|appelez|
    contactez|schreib mir|ruf (?:mich )?an|scrivimi|chiamami|mande mensagem|chama no|zadzwoń|
    contattaci(?! se )|contáctanos(?! si )|contacte-nos(?! se )|
    kontaktieren sie uns(?!,? (?:sagte|hat|meinte))|jetzt anfragen|
    napisz|напиши\w*|звоните|пишите|lihat profil|link (?:di )?bio|profilen|länken|linku|
    (?:instagram|insta|tiktok|discord|twitter|x|signal)\W{0,3}@?[\w.#-]{3,}|
    ig\W{1,3}@?[\w.#-]{3,}"""

# What sellers offer: prices, services, cures, money, deals.
# Not a family firm that loves the recipes ("We're a small family company and we love your
# recipes! Keep it up.").
COMMERCIAL = r"""(?:we'?re|we are) hiring|
    (?:we'?re|we are) an? (?:\w+ ){0,3}(?:company|agency|firm|brand|supplier|startup|retailer)
    (?= and(?! (?:we |i )?(?:(?:just |really |all )?(?:love|loved|adore|enjoy|enjoyed)|
    (?:are|were) (?:fans|big fans))\b)| that| who| based| with| looking|[.,!]| *$)|
    i sell|we sell|we make|we ship|i make (?:custom|handmade)|we offer|i offer|
    achetez (?:mon|ma|mes|notre|nos)(?! (?:\w+ )?(?:préférée?s?|de chevet))|
    our (?:firm|company|agency|team|shop|store|bakery|clinic|hatchery|app|platform|service|
    services|business|studio|course|program|products?|brand|factory|experts?)|my (?:firm|company|
    agency|business|shop|store|course|program|services|cousin'?s business)|free (?:consultation|
    trial|session|audit|download|gift|shipping|spins|quote|estimate)|(?:first|1st) (?:session|
    call|consultation|lesson) (?:is )?(?:free|offert|gratis)|\d+ ?% (?:off|bonus|discount|rabatt|
    descuento|de réduction|win rate|returns?)|discount\w*|coupon\w*|promo\w*|clearance|giveaway|
    in stock|sells? out|this week only|limited (?:time|offer|stock)|nationwide|worldwide shipping|
    guarantee\w*|spell caster|spells?|psychic|medium called|tarot|prophet|priestess|
    healer|heilerin|voyant|marabout|herbal (?:cures?|formulas?|remed(?:y|ies)|drops|supplements?)|
    natural (?:cures?|remed(?:y|ies)|protocol)|(?:grief|life|health|wellness|business) coaching|
    coaching (?:sessions?|programs?|programmes?|packages?)|
    miracle|remission|clinic in|credit score|loans?|kredit\w*|crédit\w*|credite|
    préstamo\w*|půjčk\w*|кредит\w*|δάνει\w*|snabblån|lån|invest(?:ing|ment)|trading|
    (?<! seras )(?<! serez )(?<! suis )(?<! es )(?<! est )(?<! êtes )(?<! fin )prêts?(?! à)|
    crypto\w*|nfts?|forex|passive income|earn (?:money|\$)|make money|gana dinero|
    gagner de l'argent|geld verdienen|tjäna pengar|pengar|kazan\w*|bonus\w*|bedava|gratis|
    kostenlos|grátis|бесплатн\w*|gacor|maxwin|from \$\d+|\$\d+ ?(?:/|a|per) ?(?:month|hour|day|
    week)|[$€£₹¥₩] ?\d[\d,.]*|\d[\d,.]* ?(?:€|\$|£|usd|eur|dollars|euros|tl|zł|kr|dolar)|
    rates? from"""

COMMERCIAL_NONSPACED = (
    "微信|免费|月入|领取|카톡|알바|만원|واتساب|دولار|تومان|টাকা|व्हाट्सएप|कमाएं|สมัคร|สล็อต|תשואה|וואטסאפ"
)
