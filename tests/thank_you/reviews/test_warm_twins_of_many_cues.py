"""Warm comments that share the words of many cues at once, beside the hard comments those cues
were written for.

Each list holds the warm comments that new or narrowed cues had read worse (as a loss, a reader at
risk, scorn or spam), in English, French, Spanish, German, Italian and Portuguese: each reads as
it did before the cue came. The hard times, jabs and readers at risk the cues were made for still
read hard.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import (
    assert_read_hard,
    assert_read_warm,
    draft_of,
)
from tests.support.readings import (
    assert_not_misread,
    first_comment_draft,
)

# (text, language, label now): each was read worse after the merges.
WARM_AGAIN = [
    (
        "Je suis nulle en cuisine, vraiment incompétente, mais ta recette est inratable. Merci !",
        "fr",
        "praise",
    ),
    (
        "Another recipe with 3000 words of life story, and honestly I read them all. Lovely!",
        "en",
        "praise",
    ),
    ("Ever heard of proofreading? Because this post is flawless, wow.", "en", "question"),
    ("Ma sœur me manque depuis qu'elle vit au Canada, je lui envoie ta recette !", "fr", "neutral"),
    (
        "I've been crying all day at work, I'm so proud of my team's launch! Thanks for the cake "
        "recipe.",
        "en",
        "praise",
    ),
    (
        "Home from hospital after my knee surgery, fully recovered and baking again! Thanks for "
        "the recipes.",
        "en",
        "praise",
    ),
    (
        "I'm nursing on the children's ward and your recipes feed my whole shift. Thanks!",
        "en",
        "praise",
    ),
    (
        "I've been barely holding it together with three toddlers, your 15-minute dinners are a "
        "lifesaver! Thanks!",
        "en",
        "praise",
    ),
    ("I'm barely surviving, it's 40 degrees! Your gazpacho saved me.", "en", "neutral"),
    (
        "I'm barely functioning today, the baby kept us up, but your overnight oats saved me!",
        "en",
        "praise",
    ),
    (
        "Our choir lost Anna on Sunday to the sopranos' section next door, haha. Great rehearsal "
        "tips!",
        "en",
        "praise",
    ),
    (
        "Our club lost Tom last week to a rival team, but your training plan keeps us going!",
        "en",
        "neutral",
    ),
    (
        "Nos voisins sont en plein divorce mais ta tarte a réconcilié tout le monde, haha !",
        "fr",
        "neutral",
    ),
    ("Stage 2. Found out the dough needs more water. Great recipe anyway!", "en", "critical"),
    ("Stage 1. Diagnosed my sourdough with a hungry starter. Your tips fixed it!", "en", "neutral"),
    ("Every day is a bit heavy, so this light salad is perfect.", "en", "praise"),
]


@pytest.mark.parametrize(("text", "language", "label"), WARM_AGAIN)
def test_a_warm_comment_the_new_cues_caught_reads_as_before(text, language, label):
    tone = read_tone(text)
    draft = draft_of(text, language)
    assert tone.label == label, tone.cues
    assert not tone.loss and not draft.crisis
    assert not draft.advice.startswith(("A quiet reply", "This reads as hostile"))
    assert "sorry" not in draft.text.casefold() and "désolée" not in draft.text.casefold()


# The hard time or the jab each narrowed cue was written for, told plainly: still heard.
STILL_HARD = [
    "Ma sœur me manque depuis l'accident.",
    "Ma sœur me manque tellement, elle adorait ce gâteau.",
    "I've been crying all day at work since the funeral.",
    "I've been crying every night and I don't know why.",
    "Out of hospital after my operation, still very weak.",
    "Home from hospital after my knee surgery, reading this on the sofa.",
    "We're still on the children's ward, day 12.",
    "Writing this from the children's ward, my daughter is asleep.",
    "I'm barely holding it together with everything lately.",
    "I haven't slept properly in weeks and I'm barely holding it together.",
    "I'm barely surviving, honestly.",
    "I'm barely surviving these days.",
    "I'm barely functioning today.",
    "I'm barely functioning since the divorce.",
    "Our club lost Tom last week to cancer.",
    "Our choir lost Anna on Sunday. Stroke, 52. We sang her part empty tonight.",
    "Je suis en plein divorce et ta recette m'a fait du bien.",
    "En plein divorce, ce billet sur les petites gentillesses m'a touchée.",
    "Stage 3. Found out Friday, starting chemo Monday.",
    "Stage 2. Diagnosed last week.",
    "Every day is a bit heavy lately.",
    "Everything feels heavy these days.",
]


@pytest.mark.parametrize("text", STILL_HARD)
def test_the_hard_time_each_narrowed_cue_was_for_is_still_heard(text):
    language = "fr" if any(word in text for word in ("suis", "sœur", "divorce,")) else "en"
    draft = draft_of(text, language)
    assert read_tone(text).label == "grief"
    assert draft.gold_stars == 0 and draft.quote == ""


STILL_HOSTILE = [
    ("Je suis sûr que vous êtes incompétente.", "fr"),
    ("Je suis venue pour la recette, auteure incompétente.", "fr"),
    ("Tu es complètement incompétente, arrête d'écrire des tutos.", "fr"),
    ("Great, another recipe with 3000 words of life story before the ingredients.", "en"),
    ("Another recipe with 3000 words of life story. I read none of it.", "en"),
    ("Ever heard of proofreading? Half these sentences make no sense.", "en"),
    ("Ever heard of spell check? Because this post needs it.", "en"),
    ("¿Esto es una broma? Qué tontería.", "es"),
    ("Ist das ein Witz? Schlechtester Artikel ever.", "de"),
]


@pytest.mark.parametrize(("text", "language"), STILL_HOSTILE)
def test_scorn_near_the_narrowed_cues_gets_no_thanks(text, language):
    draft = draft_of(text, language)
    assert read_tone(text).label == "hostile"
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Hoy voy a acabar con todo… el chocolate de casa. ¡Gracias por la receta!"),
        ("es", "Ya no le veo sentido a seguir viviendo sin tu pan, jaja. Buenísimo."),
        ("en", "Hoje à noite vou acabar com tudo… que sobrou do bolo! kkkk"),
        (
            "de",
            "Niemand würde mich vermissen, wenn ich weg wäre... vom Stammtisch, haha. Tolles "
            "Rezept!",
        ),
        ("de", "Niemand würde es merken, wenn ich weg wäre vom Büro, haha. Toller Beitrag!"),
        ("en", "Vai se foder, que bolo bom! kkkk"),
        ("en", "Vai a cagare, che ricetta buona! Ahah."),
        ("de", "Verpiss dich, Winter! Dein Suppenrezept hilft. Danke."),
        (
            "en",
            "Mi è venuto a mancare il mio lievito madre dopo le vacanze, ricomincio con la "
            "tua ricetta!",
        ),
        (
            "en",
            "Mi sono venute a mancare le mie forze dopo la maratona, ma la tua pasta mi ha "
            "salvato!",
        ),
        (
            "en",
            "È venuta a mancare la mia pazienza con il vecchio forno, ne ho comprato uno "
            "nuovo. Grazie!",
        ),
        (
            "en",
            "Sono venuti a mancare i miei soldi dopo le vacanze, ahah. Ricetta economica perfetta!",
        ),
        ("en", "Mi sento vuoto dentro... ho fame! Faccio subito la tua lasagna."),
        ("en", "Niente ha più senso. Dopo questa pizza, le altre non contano. Bravissimo!"),
        ("en", "Ci stiamo separando, io e il mio vecchio forno. Grazie per i consigli sul nuovo!"),
        ("es", "Nada tiene sentido. Excepto esta receta, que es perfecta."),
        ("en", "Nada faz sentido. Como eu vivi sem essa receita? Sensacional!"),
        ("en", "Estou passando por um divórcio... com a dieta, kkkk. Adorei o bolo."),
        ("de", "Nichts hat mehr Sinn. Nach diesem Brot ist alles andere langweilig. Danke!"),
        ("en", "Chi ti credi di essere, Cracco? Scherzo, sei bravissimo!"),
        ("es", "¿Quién te crees que eres, la reina del pan? ¡Es broma, me encanta!"),
        ("en", "Quem você pensa que é, a Ana Maria Braga? Brincadeira, amei!"),
        ("de", "Für wen hältst du dich, für einen Sternekoch? Spaß, einfach großartig!"),
        ("en", "Ma che cazzata! Ho sempre comprato il pane e invece è così facile. Grazie!"),
        ("en", "Vergognati, mi hai fatto mangiare tre fette! Buonissima."),
        ("es", "Avergüénzate, me comí la bandeja entera. ¡Buenísimo!"),
        ("en", "Que mimimi que eu fiz antes de tentar, e deu certo! Obrigada."),
        ("en", "Chega de mimimi, vou fazer esse pão hoje! Obrigada pela receita."),
        ("en", "Babaca sou eu que não conhecia esse texto! Incrível."),
        (
            "de",
            "Stell dich nicht so an, jeder kann backen, hat meine Oma gesagt. Und mit deinem "
            "Rezept stimmt es!",
        ),
        ("en", "Contattaci se organizzi un corso, noi ci siamo! Bellissimo blog."),
        ("es", "Contáctanos si vienes a Madrid, te invitamos a comer. ¡Gracias por el blog!"),
        ("en", "Contacte-nos se vier a Lisboa, adoramos o blog!"),
        ("de", "Kontaktieren Sie uns, sagte mein Chef, und ich war beim Backen. Toller Beitrag!"),
        ("es", "Préstamos rápidos de azúcar en la vecina para tu receta, jaja. ¡Gracias!"),
        ("es", "Préstamos inmediatos de harina entre vecinos, jaja. Gracias por la receta."),
        ("de", "Günstige Kredite beim Bäcker um die Ecke, haha. Tolles Brot."),
        ("es", "Oferta imperdible: tu receta gratis. ¡Me encantó!"),
        ("en", "Promoção imperdível: fiz dois bolos de uma vez! Obrigada."),
    ],
)
def test_a_joke_a_cake_or_an_invitation_is_thanked(language, text):
    assert_read_warm(text, language, thanked=True)


EVERYDAY_WORDS_OF_NEW_CUES = [
    # a pet that ran off, a relative lost for an hour, a trip: not a death
    ("es", "Mi gato se nos fue ayer por la tarde y volvió a las dos horas con un ratón."),
    ("es", "Nuestra perrita se nos fue hace un rato detrás de una paloma, ¡menudo susto!"),
    ("es", "Mi perro se nos fue hoy en el parque persiguiendo una pelota, pero lo encontramos."),
    ("es", "Mi padre se nos fue hace un mes a Argentina de vacaciones y ya ha hecho tu pan allí."),
    ("es", "Perdimos a la abuela en el museo durante una hora, estaba en la cafetería."),
    ("es", "En el aeropuerto perdimos a mi hermano diez minutos, casi perdemos el vuelo."),
    ("es", "Perdimos a nuestro perro en la playa un rato, ¡apareció con un bocadillo robado!"),
    ("es", "El globo aerostático cruzó el arcoíris justo cuando hicimos la foto."),
    ("de", "Wir haben Oma im Möbelhaus verloren, sie saß im Restaurant beim Kuchen."),
    ("de", "Wir haben den Hund kurz verloren, aber er war nur beim Nachbarn."),
    ("de", "Ich habe meinen Bruder am Bahnhof verloren und ihn am Bäckerstand wiedergefunden."),
    ("de", "Die Gäste sind erst um Mitternacht von uns gegangen, der Kuchen war ratzeputz weg."),
    ("de", "Der Praktikant ist letzte Woche von uns gegangen, er arbeitet jetzt bei Bosch."),
    ("de", "Unser Kollege ist nach zwanzig Jahren von uns gegangen – in den Ruhestand!"),
    ("de", "Unsere Katze ist von uns gegangen – zu den Nachbarn, die haben bessere Leckerli."),
    ("de", "Wir sind am Samstag zur Regenbogenbrücke in Hamburg gelaufen, dann gab es Brot."),
    ("de", "Mein Sternenkind-Kalender für die Astronomie-AG ist fertig, danke!"),
    ("en", "Abbiamo perso il cane per due ore al parco, era dal gelataio."),
    ("en", "Abbiamo perso la nonna in fiera, l'abbiamo trovata allo stand dei dolci."),
    ("en", "Abbiamo perso il nonno a carte, come sempre!"),
    ("en", "Mia mamma ci ha lasciati dalla nonna per il weekend e abbiamo fatto la tua torta."),
    ("en", "Mio fratello ci ha lasciati per andare a vivere a Milano, gli ho spedito i biscotti."),
    ("en", "Mio papà ci ha lasciati per due settimane: è in crociera."),
    ("en", "Il progetto è nato morto, ma la torta per consolarci era ottima."),
    ("en", "Il mio lievito madre è nato morto, riprovo domani con la tua guida."),
    ("en", "Sono passata sul ponte dell'arcobaleno a Bologna? No, era un arcobaleno vero!"),
    ("en", "Meu filho partiu hoje para o intercâmbio e levou um pote desses biscoitos."),
    ("en", "Meu marido partiu cedo pro trabalho e deixou só migalhas do bolo."),
    ("en", "Minha filha partiu ontem para Lisboa, mandei a receita para ela."),
    ("en", "Nossa cachorrinha partiu atrás de uma borboleta e voltou toda suja."),
    ("en", "Meu pai partiu feliz para a pescaria com seu pão na mochila."),
    ("en", "Minha filha virou estrelinha na peça da escola e estava linda!"),
    ("en", "No Natal, meu filho virou uma estrelinha no presépio da igreja."),
    ("en", "Nossa gata virou estrelinha da internet com aquela foto!"),
    ("en", "Perdemos o cachorro na praia por meia hora, ele estava atrás de um peixe."),
    ("en", "Perdemos a vovó na feira, ela estava na barraca de pastel."),
    ("en", "Perdemos o vovô no dominó de novo!"),
    # nothing but cake for weeks; someone away on a trip or a new job, said in the same sentence
    ("es", "Llevo semanas sin ganas de nada dulce, pero esta tarta me ha devuelto el apetito."),
    ("es", "No tengo ganas de nada desde hace semanas que no sea tu bizcocho."),
    ("es", "Desde que ella no está, cocino yo: mi mujer está de viaje por trabajo."),
    ("de", "Seit er nicht mehr da ist, ist das Büro viel ruhiger – er hat den Job gewechselt."),
    ("de", "Seit Oma nicht mehr bei uns ist, sondern im schönen Allgäu wohnt, backe ich selbst."),
    ("de", "Seit Wochen habe ich zu nichts Lust außer zu deinem Käsekuchen."),
    ("de", "Hab seit Wochen auf nichts mehr Lust als auf Pizza, danke für das Rezept!"),
    ("en", "Da quando mio figlio non c'è più, perché è andato a studiare a Bologna, cucino meno."),
    ("en", "Da settimane non ho voglia di niente se non della tua focaccia!"),
    ("en", "Non ho voglia di niente da settimane tranne che di questa pasta."),
    ("en", "Há semanas não tenho vontade de nada além de pão de queijo."),
    ("en", "Não tenho vontade de nada há semanas que não seja esse bolo de cenoura."),
    # a family joke told, travel advice, a dog and the hot water, a child's discovery: no retort
    ("es", "Le dije a mi marido que el pan lo hice yo y me contestó: claro, y yo soy astronauta."),
    ("es", 'Mi hijo, cuando le dije que hice el cruasán: "Claro, mamá, y yo soy Batman." Jajaja.'),
    ("es", "Si vas a Sevilla en agosto, infórmate un poco."),
    ("es", "Infórmate antes de publicar recetas de conservas, me lo dijo mi profe. ¡Gracias!"),
    ("es", "El perro descubrió el agua caliente de la ducha y ahora no quiere salir 😂"),
    ("es", "Mi abuelo decía que su pueblo descubrió el agua caliente antes que nadie."),
    ("es", "Mi hija de cinco años me dijo hoy: mamá, has descubierto que el pan lleva harina."),
    ("es", "Contéstame ya, ¡que estoy con la masa en las manos! Qué vergüenza me da preguntar."),
    ("de", "Mein Sohn sagte: Na klar, und ich bin der Kaiser von China. Dann aß er zwei Stück."),
    ("de", "Klar, und ich bin Batman! – sagte mein Mann, als ich vom Brot erzählte."),
    ("de", "Mein Mann sagt immer: Sicher, und ich bin der Papst. Dein Rezept glaubt er."),
    ("de", "Wenn du im August nach Italien fährst, informier dich vorher."),
    ("de", "Für Allergiker: informier dich mal."),
    ("de", "Antworte endlich, Schatz, das Essen ist fertig! – ruft sie. Frechheit, sagt sie."),
    ("en", "Mio figlio quando gli ho detto che l'avevo fatto io: «Sì, certo, e io sono il Papa.»"),
    ("en", "Certo, e io sono Napoleone! — ha detto mio marito. Invece era tutto fatto in casa."),
    ("en", "Se andate a Venezia ad agosto, informati un po'."),
    ("en", "Informati prima di scrivere la lista della spesa, ci sono offerte al mercato!"),
    ("en", "Hai scoperto l'acqua calda, mi ha detto ridendo mia nonna quando le ho spiegato."),
    ("en", "Claro, e eu sou o Papa! — disse meu marido quando contei que fiz o pão."),
    ("en", "Meu filho: claro, mãe, e eu sou o Batman. Kkkk"),
    ("en", "O bebê descobriu a roda do carrinho e não para de girar."),
    ("en", "Quem descobriu a pólvora foram os chineses, aprendi hoje no museu!"),
    ("en", "Você descobriu a roda com essa receita de pão de queijo, perfeita!"),
    ("en", "Se informe antes de escrever a lista de compras: a feira tem promoção de sábado!"),
    # an illness as a job, a charity run, an upbeat diagnosis, a pun
    ("de", "Ich laufe am Sonntag beim Lauf gegen Brustkrebs mit und backe Brot für die Helfer."),
    ("de", "Ich bin Ärztin in der Hautkrebs-Vorsorge und backe jeden Freitag für mein Team."),
    ("de", "Als Onkologe sehe ich viel Lungenkrebs; dein Brot ist mein Wochenend-Ritual."),
    ("de", "Ich lasse mich nicht vom Wetter scheiden, heute wird gegrillt."),
    ("en", "Sono un'oncologa e curo il tumore al seno ogni giorno; la tua torta è il mio premio."),
    ("en", "Faccio la ricercatrice, studio il tumore del pancreas, e nel weekend impasto!"),
    ("en", "Mi hanno diagnosticato la celiachia, quindi grazie per la ricetta senza glutine!"),
    ("en", "Ci hanno diagnosticato una fame da lupi dopo la gita, la tua lasagna ci ha salvati."),
    # a brother who earns more is no money-making offer
    ("es", "Gana 2 euros al día más que yo mi hermano y siempre me invita a churros."),
]


@pytest.mark.parametrize(("language", "text"), EVERYDAY_WORDS_OF_NEW_CUES)
def test_everyday_words_of_the_new_cues_stay_warm(language, text):
    assert_not_misread(text, language)


def assert_warm_and_unguarded(text: str) -> None:
    assert_read_warm(text, "en")
    tone = read_tone(text)
    assert not tone.guarded, tone.cues


# Read worse after the session's merge than before it; fixed by narrowing the cue.
ENGLISH_REGRESSIONS = [
    # a parent's (living) anniversary, not a death's
    "Making this for Mum's anniversary tomorrow, she'll love it!",
    "Baking this for Mum's anniversary tomorrow. 35 years!",
    "Mum's anniversary is next week and I'm making this cake. Wish me luck!",
    "Dad's anniversary is coming up, any ideas for a dessert he'd like?",
    "Grandma's anniversary this weekend, I'm doing your lemon drizzle for the tea.",
    "Mum's anniversary today, so I made your scones and took them round. She loved them!",
    "Made these for Nan's anniversary tomorrow, they went down a storm.",
    "Mum's anniversary was lovely, thanks for the cake recipe!",
    "Mum's anniversary is on Saturday, I'm making her your trifle.",
    "Dad's anniversary this weekend and he's asked for your pavlova!",
    "Grandad's anniversary yesterday was such fun, everyone loved the cake.",
    "Dad's anniversary tomorrow. Making his favourite pie, he's so excited.",
    "Mum's anniversary, so I baked her the lemon cake she loves.",
    "Nana's anniversary next week, 50 golden years! Any ideas?",
    "Mum's anniversary tomorrow, we're taking her out for lunch. Love this recipe though!",
    "Dad's anniversary was last weekend, had a great time with the whole family.",
    # "passing" in sport or in passing, not a death
    "My son's passing has improved so much since he joined the club, thanks for the drills!",
    "Grandad's passing comment about my bread made me try your recipe, and he was right!",
    "My daughter's passing game is on fire after your coaching tips.",
    "Dad's passing remark that I'd never bake bread is why I'm here. Proved him wrong!",
    "My friend's passing comment about your blog got me here, so glad!",
    "My brother's passing phase with sourdough is over, he's onto pasta now lol",
    "My husband's passing interest in baking has turned into an obsession thanks to you!",
    # years apart, then together again; years child-free; years without their help
    "Three years without my sister, now she's back from Australia and we baked this together!",
    "Two years without my husband - he was deployed - and he's home for Christmas!",
    "Five years without kids and we finally took that trip, your guide was perfect.",
    "Ten years without my mum and dad's help, and I run my own bakery now!",
    "Five years without my brother, and now he's home from Australia for good!",
    "Two years without my boyfriend, best decision ever! Love your solo travel posts.",
    "Six years without my dog, and now we've got a puppy! Any training tips?",
    # a toddler or a laptop put to sleep, not a pet put down
    "We had to put Leo to sleep this morning. He'd been up since 4 teething!",
    "I had to put it to sleep yesterday. Laptop's fine now.",
    # years of silence broken, or silent only on one subject
    "I haven't spoken to my sister in years, but your post made me ring her. Thank you!",
    "I haven't talked to my cousin in years and this recipe reminded me of her, going to call her!",
    "Haven't spoken to my brother in years about anything but football, your post got us chatting.",
    "I haven't spoken to my grandma in years in Polish, but your post made me practise.",
    # a job kept, or a loss that turned out well
    "I was terrified of losing my job, then I got promoted! Thank you for the tips.",
    "These interview tips stopped me losing my job at the café, thanks!",
    "I'm not losing my job as family chef after this bake 😂",
    "Your advice saved me from losing my job. Thank you so much!",
    "I've been losing my job applications in the spam folder, thanks for the tip!",
    "Losing my marriage was the best thing that ever happened, honestly. Love this post.",
    "Losing my job was the push I needed to start baking full-time! Thanks for the inspiration.",
    # away for a weekend, not at risk
    "I won't be around to bake it this weekend, we're at my sister's, but saving it!",
    "I won't be around to try it till next month. Bookmarked!",
    "I won't be around to cook on Saturday so I'm making it tonight. Thanks!",
    "I won't be here to make it next week, we're away. Saving it for later!",
    # "cheers for nothing" as a fond grumble
    "Cheers for nothing! Now I'm addicted 😅",
    "Cheers for nothing, my kids ate the whole tray before I got a slice!",
    "Cheers for nothing, now my jeans don't fit. Best brownies ever.",
    # decluttering, a marathon, a hot kitchen, a move
    "I've been giving away my stuff to declutter, Marie Kondo style! Loved this post.",
    "Don't know how much longer I can keep going, mile 20 was brutal! Great running plan though.",
    "I don't know how much longer I can keep doing this, the heat in my kitchen is unbearable 🥵",
    "Honestly don't know how much longer I can keep going, these brownies are too good!",
    "Sorted out all my affairs. Off to Spain tomorrow for a year!",
    "Finally sorted my affairs. Now I can get back to baking!",
    # an operation's party, cake or training, not one ahead
    "I'm having a heart surgery recovery party next week, making your cake!",
    "I'm having a hysterectomy-free year, ha! Best news. Loving the blog.",
    "I'm having a mastectomy cake for my friend's survivor party, any ideas?",
    "Booked for heart surgery training next month, I'm a nurse. Love the blog!",
    "Going in for the amputation scene in the play tonight, wish me luck!",
    # a car's or a phone's prognosis
    "Our old car was given six months to live by the mechanic, and it's still running!",
    "My phone battery was given a few days to live, so I'm reading this fast!",
    # a song, a thank-you
    "Happy birthday in heaven is a song my choir sang, beautiful. Your post reminded me.",
    "What a privileged life you have, and you share it so generously. Thank you!",
]


@pytest.mark.parametrize("text", ENGLISH_REGRESSIONS)
def test_a_warm_comment_sharing_a_new_cues_words_stays_warm(text):
    assert_warm_and_unguarded(text)


# Already warm before and after the merge: pinned so the next cue keeps them warm.
ENGLISH_NEAR_MISSES = [
    "Made your carrot cake for Dad's anniversary tea, he loved it.",
    "Five years without my husband's cooking, I've learnt so much from your blog!",
    "I had to put Sophie to sleep today, she was so overtired after the party.",
    "I haven't spoken to my dad in years, he's a man of few words haha, but he loved this stew.",
    "Mum's anniversary next week, any cake ideas? Dad wants to surprise her.",
    "Nan's anniversary this Sunday, I'm baking a tiered cake for her and grandad!",
    "It's mum's anniversary, she'll be 40 years married on Friday!",
    "Dad's 60th anniversary at the bakery today! He loves your bread posts.",
    "Mum's 70th birthday today and she loved your cake!",
    "Ten years without my best friend: she moved to Canada, and she's visiting next week!",
    "One year without my phone and I've never been happier. Great post!",
    "A year without my parents' help, but I made it through uni on your recipes!",
    "Two years without my husband's snoring thanks to your tip, bless you!",
    "I had to put Emma to sleep early last night. She was exhausted after the party!",
    "I had to put Max to sleep last night with a story about your dog!",
    "I had to put Bella to sleep early last night. Long day at the zoo!",
    "Mum would have been so proud today, I finally nailed the sourdough!",
    "Mum would have been thrilled today, she always loved your blog.",
    "Dad would have been one happy man today seeing this.",
    "Grandma would have been proud of my first loaf, thank you!",
    "We haven't spoken to our neighbours in years but this cake changed that!",
    "These brownies are killing me, in the best way.",
    "You're killing me with these puns 😂",
    "These photos are killing me, I need a slice right now!",
    "I'm dying to try this!",
    "I'm dying to know where you got that dress!",
    "I'm dying laughing, my cat did this too haha",
    "My diet is dead after this recipe 😂",
    "Good grief, these are delicious!",
    "Your blog saves me grief every week, thank you!",
    "Thanks for wasting three hours of my Sunday, I read every post 😂",
    "Thanks for wasting my whole afternoon, I made three batches and loved every minute!",
    "Been giving away my things on Freecycle all week before the move. Great tips!",
    "Put all my affairs in order before the big move. Thanks for the checklist!",
    "Won't be around to bake for a while, new baby arrived! Thanks for all the recipes.",
    "My sourdough was given two weeks to live and it's thriving now!",
    "Lymphoma survivor here, five years clear! Thank you for this recipe.",
    "I'm a lymphoma nurse and this soup is my go-to after shifts.",
]


@pytest.mark.parametrize("text", ENGLISH_NEAR_MISSES)
def test_a_near_miss_of_a_new_cue_stays_warm(text):
    assert_warm_and_unguarded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Deux ans sans toi, ma sœur, reviens vite d'Australie !",
        "Un an sans toi, mon vieux four ! Le nouveau est top.",
        "Un an sans sucre, et ta tarte aux pommes m'a fait craquer !",
        "Ma tentative de brioche a raté mais on a bien ri.",
        "c'est la dernière fois que je viens ici sans mes enfants, ils adorent tes gâteaux !",
        "Je vais tout arrêter : le sucre, le gluten et le beurre. Ça va être dur !",
        "Cordialement, l'équipe compta",
    ],
)
def test_near_misses_stay_warm(text):
    assert_read_warm(text, "fr")


# Read as a loss or a hard time (or the helpline, or hostile) on the merged main; warm again.
REGRESSIONS_IN_OTHER_LANGUAGES = [
    ("es", "Hace un año que se fue mi hija. Ahora vive en Berlín y le encanta tu blog."),
    ("es", "Hace dos años que se fue mi perro. Jaja no, se fue a vivir con mi madre al campo."),
    ("es", "Perdí al bebé del roscón, ¡mi hijo se lo comió! 😂"),
    ("es", "Perdí al bebé Jesús del belén, el gato lo tiró debajo del sofá."),
    ("es", "Perdimos al bebé de la foto, ¿dónde está? jaja"),
    ("es", "Dos años sin mi hermana, ¡hoy por fin la vi en el aeropuerto! 😍"),
    ("es", "Un año sin mi marido, que trabaja en Noruega. ¡Vuelve el mes que viene!"),
    ("es", "Dos años sin papá... y hoy vino a visitarme desde México. ¡Hicimos tu flan!"),
    ("es", "Tres años sin perro, ya es hora de adoptar uno, ¿no?"),
    ("es", "Un año sin gato, hoy adoptamos uno 😍"),
    ("es", "El globo de mi hija se fue al cielo jajaja"),
    ("es", "El precio de la mantequilla se fue al cielo."),
    ("es", "La pelota se fue al cielo y rompió la ventana del vecino 😂"),
    ("es", "El bizcocho subió tanto que casi se fue al cielo, ¡gracias por la receta!"),
    ("es", "Con este postre mi marido se fue al cielo, ¡gracias!"),
    ("es", "Mi hijo probó tu tarta y se fue al cielo. 😍"),
    ("es", "La cometa se fue al cielo y no la volvimos a ver, jaja."),
    ("es", "Freddie Mercury hoy habría cumplido 80 años."),
    ("es", "Mi blog de cocina hoy habría cumplido diez años, si no lo hubiera cerrado jaja"),
    (
        "es",
        "Hoy se cumple un año del accidente de mi marido y ya camina perfectamente, ¡gracias "
        "por tus recetas durante la recuperación!",
    ),
    (
        "es",
        "Se cumple un mes del accidente de mi hijo con la bici y hoy ganó su primera carrera 🚴",
    ),
    ("es", "Tengo la depre, se acabó la Nutella jaja"),
    ("es", "Tengo una depre... ¡se acabó el verano! 😂"),
    ("es", "La depre me come viva desde que se acabó el verano jaja"),
    ("es", "Estoy con la depre y tu tarta me la quitó 😍"),
    ("es", "Llevamos tres años buscando bebé y por fin ¡estoy embarazada! 🎉"),
    (
        "es",
        "Llevamos dos años intentando tener un hijo y ¡por fin llegó! Gracias por tus recetas "
        "en el embarazo",
    ),
    ("es", "Llevamos cinco años intentando tener un hijo... y hoy nació Lucía 💕"),
    ("es", "¡Me acabo de divorciar y nunca he sido tan feliz! Brindo con tu sangría 🥂"),
    ("es", "Me acabo de divorciar y estoy feliz como nunca, ¡a cocinar para mí!"),
    ("es", "Me acabo de divorciar... de mi freidora de aire jaja, ahora todo al horno"),
    ("es", "Tuvimos que sacrificar al perro de peluche, mi hijo le dio de comer helado jaja"),
    ("es", "El gato fue sacrificado... su cama, la usa el perro ahora jaja"),
    ("es", "Se me murio el portatil justo cuando iba a comentar jaja"),
    ("es", "Mi horno murio justo a mitad de la tarta, pero quedó rica igual!"),
    ("es", "El wifi murio y no pude ver el video, pero la receta es genial"),
    ("es", "Nada tiene sentido, mañana no estaré. ¡Vacaciones! 🏖️"),
    ("de", "Ich mag nicht mehr. Ich bin pappsatt! Danke für das leckere Rezept"),
    ("de", "Ich mag nicht mehr! Drei Teller Lasagne später 😂"),
    ("de", "Lecker! Ich mag nicht mehr. Zu satt! 😋"),
    ("de", "Ich mag einfach nicht mehr. Dritter Teller Spaghetti, ich platze 😂"),
    ("de", "Ich mag nicht mehr. Danke, das war köstlich!"),
    ("de", "Mir geht es total schlecht, ich habe den ganzen Kuchen allein gegessen 😂"),
    ("de", "Mir geht's gerade wirklich mies vor Lachen 😂"),
    ("de", "Habe mein Baby verloren! Mein Sauerteig heißt Baby und ist eingegangen 😂"),
    ("de", "Wir haben unser Kind verloren... beim Versteckspiel! Es war im Schrank 😂"),
    ("de", "Bald bin ich euch keine Last mehr! Ab Montag habe ich meine eigene Wohnung 😊"),
    ("de", "Bald bin ich euch keine Last mehr. Ich ziehe nächste Woche aus, Mama!"),
    ("it", "Che bella la torta Sacher! Mozart oggi avrebbe compiuto 270 anni."),
    ("it", "Lucio Dalla oggi avrebbe compiuto 80 anni, che bello ascoltarlo mentre cucino!"),
    ("it", "Il mio blog oggi avrebbe compiuto dieci anni. Bei tempi!"),
    ("it", "Abbiamo dovuto far addormentare il gatto per tagliargli le unghie 😂"),
    ("it", "Il nostro gatto è stato addormentato ieri per la sterilizzazione, ora sta benissimo!"),
    ("it", "Il gatto è stato addormentato, e ora dorme russando sul divano 😂"),
    ("it", "Abbiamo dovuto addormentare il cane per la visita, era troppo agitato. Ora sta bene!"),
    ("it", "Il cagnolino è stato addormentato oggi per l'operazione, è andata benissimo!"),
    ("it", "Abbiamo perso il bambino. Era sotto il tavolo a mangiare il tiramisù 😂"),
    ("it", "Abbiamo perso il bimbo! Trovato in cucina con le mani nella crema 😂"),
    ("it", "Sono due mesi che se n'è andata mia figlia. Erasmus a Madrid, è felicissima!"),
    ("it", "È un anno che se n'è andato mio figlio. Ora vive a Londra e cucina le tue ricette!"),
    ("pt", "Ayrton Senna hoje faria 65 anos. Fiz esse bolo em homenagem!"),
    ("pt", "Meu blog hoje faria 10 anos, que saudade dessa época kkk"),
    ("pt", "Estamos tentando engravidar há dois anos e finalmente deu positivo!! 🎉"),
    (
        "pt",
        "Estamos tentando engravidar há três anos e hoje veio o positivo! Obrigada pelas receitas",
    ),
    ("pt", "Perdemos o bebê! Ele estava escondido atrás do sofá kkkk"),
    ("pt", "Perdemos o bebê. Tava dormindo no cesto de roupa 😂"),
    ("pt", "Se você é incompetente na cozinha como eu, essa receita é perfeita!"),
    ("pt", "Tu és incompetente na cozinha? Esta receita é para ti!"),
    ("pt", "Você é um inútil na cozinha? Eu também era, até achar esse blog!"),
]


@pytest.mark.parametrize(("language", "text"), REGRESSIONS_IN_OTHER_LANGUAGES)
def test_a_warm_comment_sharing_a_new_cues_words_stays_warm_in_other_languages(language, text):
    assert_read_warm(text, language)


# Everyday comments sharing the cues' words that were warm before and after (near misses).
NEAR_MISSES_IN_OTHER_LANGUAGES = [
    ("es", "Tengo las pastillas de levadura aquí al lado, ¡mañana hago tu pan!"),
    ("es", "Cinco años sin fumar y hoy lo celebro con tu tarta."),
    ("es", "Veinte años sin ver a mi prima y hoy la abracé."),
    ("es", "Hace dos años que se fue mi hijo a vivir a Madrid y sigue haciendo tu tortilla."),
    ("es", "Hoy se cumple un año del blog, felicidades!"),
    ("es", "Nos estamos divorciando del azúcar en casa, ¡gracias por estas recetas!"),
    ("es", "Tuvimos que sacrificar el pastel para la foto jaja"),
    ("es", "Mi madre se murio de risa con tu video!"),
    ("es", "Estoy cansada de tanto reír con tus historias"),
    ("es", "Perdimos el tren pero la tarta llegó entera, ¡gracias!"),
    ("es", "Mi perro se durmió en el sofá mientras hacía tu tarta 😍"),
    ("es", "El equipo de fútbol de mi hijo devoró la tarta"),
    ("de", "Ich mag nicht mehr ohne dein Brot leben."),
    ("de", "Ich mag nicht mehr warten! Wann kommt der nächste Teil?"),
    ("de", "Mir geht es wirklich nicht schlecht, dank deiner Rezepte!"),
    ("de", "Zum Todestag von Mozart habe ich deine Torte gebacken."),
    ("de", "Wir haben unser Kind in der 2. Klasse angemeldet, es freut sich riesig."),
    ("it", "Ho le pastiglie per il mal di gola accanto, ma la tua torta è meglio!"),
    ("it", "È un anno che se n'è andato mio figlio a Londra, gli mando la tua ricetta!"),
    ("it", "Ho perso il conto delle volte che ho fatto questa torta!"),
    ("pt", "Tenho meus remédios comigo, tanto faz onde a gente come!"),
    ("pt", "Estou cansada de tanto rir com esse post!"),
    ("pt", "Tivemos que sacrificar o bolo de chocolate pra foto kkkk"),
    ("pt", "Você é demais! Amei a receita."),
]


@pytest.mark.parametrize(("language", "text"), NEAR_MISSES_IN_OTHER_LANGUAGES)
def test_the_near_misses_stay_warm(language, text):
    assert_read_warm(text, language)


# What the same cues were made for, after the narrowing: still a hard time.
STILL_HARD_IN_OTHER_LANGUAGES = [
    ("es", "Hace un año que se fue mi padre. Lo echo de menos cada día."),
    ("es", "Mi abuela se fue al cielo la semana pasada."),
    ("es", "Cinco años sin papá."),
    ("es", "Dos años sin mi hermano, todavía duele."),
    ("es", "Mi madre murio el año pasado y hoy hice su receta."),
    ("es", "Llevamos tres años buscando bebé y otro negativo este mes."),
    ("es", "Tengo la depre y no tengo ganas de nada."),
    ("es", "Nuestro perro fue sacrificado ayer."),
    ("de", "Ich mag einfach nicht mehr. Alles ist zu viel."),
    ("de", "Mir geht es gerade echt nicht gut."),
    ("de", "Wir haben unser Baby in der 12. Woche verloren."),
    ("it", "Il nostro cane è stato addormentato ieri. Non smetto di piangere."),
    ("it", "Abbiamo dovuto sopprimere il cane. Aveva quindici anni."),
    ("it", "Mi manca tantissimo mio papà, oggi avrebbe compiuto 70 anni."),
    ("it", "È un anno che se n'è andata la mia mamma."),
    ("pt", "Sinto muita falta do meu pai, hoje ele faria 70 anos."),
    ("pt", "Estamos tentando engravidar há três anos e mais um negativo."),
]


@pytest.mark.parametrize(("language", "text"), STILL_HARD_IN_OTHER_LANGUAGES)
def test_what_the_cues_were_made_for_still_reads_hard(language, text):
    assert_read_hard(text, language, "grief")


# Near misses that stayed warm through the merges (pinned so they stay so).
WARM_NEAR_MISSES = [
    ("it", "Mi uccido dalle risate ogni volta che leggo i tuoi post!"),
    ("it", "Mi sono tagliata i capelli di nuovo, grazie per l'ispirazione!"),
    ("it", "Sono sul ponte di Rialto adesso, che vista!"),
    ("it", "Ho perso il treno ma ho letto il tuo post, bellissimo!"),
    ("it", "È mancata la corrente mentre cuocevo, ma è venuta buonissima!"),
    ("it", "Vorrei morire dalle risate, grazie!"),
    ("it", "Mi voglio ammazzare di risate con questi video!"),
    ("it", "Ho preso tutte le pillole di sale per la dieta, grazie dei consigli!"),
    ("it", "Stanotte mi uccido di lavoro per finire la torta, ma ne vale la pena!"),
    ("it", "Sono sul tetto del Duomo adesso, che panorama! Grazie per il consiglio!"),
    ("it", "Mi sono tagliata ancora, stavolta con la carta. Grazie per la ricetta!"),
    ("pt", "Me cortei de novo no papel 😂"),
    ("pt", "Perdi o ônibus mas li o seu post inteiro, lindo!"),
    ("pt", "Hoje à noite eu me mato de rir com a série, obrigada pela dica!"),
    ("pt", "Tomei todos os meus remédios e fiz o bolo, ficou ótimo!"),
    ("pt", "Ele se matou de rir com a sua história!"),
    ("pt", "Estou na ponte agora, indo pro trabalho, e lendo seu blog!"),
    ("pt", "Meu irmão se matou de estudar e passou! Obrigada pelas dicas!"),
    ("pt", "Que genial, mais uma receita deliciosa!"),
    ("de", "Ich hab mich wieder verliebt – in dieses Rezept!"),
    ("de", "Heute Nacht bringe ich mich um vor Lachen, danke!"),
    ("de", "Ich stehe gerade auf der Brücke in Prag, was für ein Blick!"),
    ("de", "Ich hab mich wieder geritzt am Papier, haha."),
    ("de", "Ich hab mich schon wieder geritzt an der Rosenhecke, aber die Marmelade ist toll!"),
    ("de", "Die Vitamintabletten nehme ich alle, danke für den Tipp!"),
    ("de", "Heute Nacht bringe ich mich um den Schlaf, weil ich dein Buch lese!"),
]


@pytest.mark.parametrize("support", [False, True])
@pytest.mark.parametrize(("language", "text"), WARM_NEAR_MISSES)
def test_warm_near_misses_stay_warm(language: str, text: str, support: bool) -> None:
    tone = read_tone(text, author="Sam", support=support)
    assert not tone.crisis and not tone.danger_now and not tone.loss, text
    assert tone.label not in ("hostile", "critical"), (text, tone.label)
    assert not first_comment_draft(text, language, support).crisis, text


# The cues still read what they were written for.
@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Sono suicida.", "crisis"),
        ("quero me suicidar", "crisis"),
        ("Estou suicida.", "crisis"),
        ("Stanotte mi uccido.", "crisis"),
        ("Hoje à noite eu me mato.", "crisis"),
        ("ich will mich heute nacht umbringen", "crisis"),
        ("Ich werde mich bald umbringen.", "crisis"),
        ("Ich kann nicht mehr weiterleben.", "crisis"),
        ("Mein Bruder hat sich umgebracht.", "loss"),
        ("Mein Bruder hat sich letztes Jahr umgebracht.", "loss"),
        ("Mio fratello si è impiccato.", "loss"),
        ("Questo è il mio ultimo commento. Addio.", "guarded"),
        ("Das ist mein letzter Kommentar. Lebt wohl.", "guarded"),
        ("Come stai?", "caring_question"),
        ("Como você está?", "caring_question"),
        ("Il link è rotto.", "correction"),
        ("O link está quebrado.", "correction"),
    ],
)
def test_cues_still_read_their_own(text: str, flag: str) -> None:
    assert getattr(read_tone(text, author="Sam"), flag), text
