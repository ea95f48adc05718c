"""Condescension and faint praise ("cute little blog you have here", "Pretty good, for a
beginner."), and what shows the reader speaks of their own first try.

Data: the package's docstring says how the lists are written and read."""

# Condescension ("cute little blog you have here", "works great on your machine"): hostile only in
# a comment that praises nothing warmly (tone.condescension): "What a cute little blog! Love the
# header 😍" is sincere.
# Faint praise "for a beginner", as a whole sentence, in English, German and Spanish (French,
# Italian and Portuguese are in scorn_intl.SCORN_FR): "Pretty good, for a beginner.", „Für eine
# Hobbybäckerin gar nicht so schlecht", "No está mal para ser aficionada", "Pretty good for a
# beginner. Keep practicing!". Not the reader's own first try ("Pretty good for a first try, I'm a
# beginner myself!", "Not bad for a beginner, if I say so myself!") nor a recipe that suits
# beginners ("great for beginners like me", "This recipe is pretty good for a beginner.").
BEGINNER_END = (
    r"(?= *[.!…]*$| *[.!…]+ |,? if i (?:do )?say so myself|,? i (?:suppose|guess)\b|"
    r",? (?:finde|denke|glaube) ich\b)"
)
NOVICE_EN = r"""beginner|amateur|hobbyist|novice|newbie|home (?:baker|cook)|girl|housewife"""
NOVICE_DE = r"""hobbybäcker(?:in)?|hobbyköchin|hobbykoch|anfänger(?:in)?|laien?|amateur(?:in)?|
    hausfrau"""
NOVICE_ES = r"""aficionad[oa]|principiante|novat[oa]|amateur|ama de casa"""
# ... and "for someone who can't bake": "Pretty good for someone who can't bake.", « Pas mal pour
# quelqu'un qui ne sait pas cuisiner. » (jabs.FOR_SOMEONE_WHO_CANT), the reader's own too ("I
# can't bake, so: not bad for someone who can't bake!").
CANT_BAKE = r"""someone who can'?t (?:bake|cook|write)|quelqu'un qui ne sait pas (?:cuisiner|
    écrire)|alguien que no sabe (?:cocinar|escribir)|jemand(?:en)?,? (?:der|die) nicht (?:backen|
    kochen|schreiben) kann|un[oa] che non sa (?:cucinare|scrivere)|quem não sabe (?:cozinhar|
    escrever)"""
FOR_A_BEGINNER = rf"""(?:^|(?<=[.!?…:] ))(?:(?:pretty|quite|not) )?(?:good|bad|decent|nice|
    impressive|cute|ok|
    okay)(?: effort| work| job| attempt)?,? for an? (?:{NOVICE_EN}){BEGINNER_END}|
    (?:^|(?<=[.!?…:] ))(?:(?:gar|echt|wirklich) )?(?:nicht (?:mal )?(?:so )?(?:schlecht|übel)|
    ganz (?:ordentlich|nett|okay|ok|gut)),? für (?:eine?n?|ne) (?:{NOVICE_DE}){BEGINNER_END}|
    (?:^|(?<=[.!?…:] ))für (?:eine?n?|ne) (?:{NOVICE_DE})(?: ist (?:das|es))? (?:(?:gar|echt|
    wirklich) )?(?:nicht (?:mal )?(?:so )?(?:schlecht|übel)|ganz (?:ordentlich|nett|okay|ok|
    gut)){BEGINNER_END}|
    (?:^|(?<=[.!?…¡¿:] ))(?:no está mal|nada mal|no (?:es|está) tan malo|bastante bien|mono|
    bonito),? para (?:ser |una? )(?:{NOVICE_ES}){BEGINNER_END}"""

# "For a beginner" is the reader's own when the comment speaks of them: "My first sourdough. Not
# bad for a beginner!", « Mon premier pain. Pas mal pour une débutante ! », "Meu primeiro pão. Nada
# mal pra uma iniciante!" (tone.py drops the condescension then, and reads it as praise of their
# own bake). A hedge's "I" is no such word: "Not bad for a beginner, I suppose.", "Not bad for a
# beginner. I think you'll get there." (HEDGES).
NOVICE_ANY = rf"""{NOVICE_EN}|{NOVICE_DE}|{NOVICE_ES}|débutante?|amatrice|amateur|dilettante|
    principiante|amador[a]?|iniciante|{CANT_BAKE}"""
SPEAKS_OF_SELF = r"""i|i'?m|i'?ve|my|mine|me|myself|we|our|je|j'ai|mon|ma|mes|moi|yo|mi|mis|
    ich|mein\w*|mir|mich|io|mio|mia|eu|meu|minha"""
HEDGES = r"""i (?:suppose|guess|must say|have to say|would say|think|mean|hope)|i'd say|
    if you ask me|je (?:suppose|dirais|pense|trouve)|ich (?:finde|denke|glaube|muss sagen|
    würde sagen)|(?:finde|denke|glaube) ich|(?:yo )?(?:supongo|diría|creo)|
    (?:io )?(?:immagino|direi|credo)|
    (?:eu )?(?:suponho|diria|acho)"""

CONDESCENSION = r"""(?<!what a )cute little (?:blog|post|site|project|article|
    tutorial)(?= *(?:[.…]|$|you have|here))|^nice try,? but (?:no|nope)(?= *[.!…]*$)|
    (?:^|(?<=[.!?] ))how (?:original|creative|groundbreaking|innovative|revolutionary)(?= *[.…]*$)|
    (?:works?|worked) (?:great|fine|perfectly) on your machine(?= *(?:[.!…,]|$))|
    who hurt you(?= *[?!.…]*$)|^not bad for an? (?:amateur|hobbyist)(?= *[.!…]*$)|bless your heart|
    you must have (?:a lot of|too much|so much) (?:free |spare )?time(?= *(?:[.!…]|$|on))|
    (?:plein|pleine|rempli|remplie|enfilade|tissu) de lieux communs(?![^.!?]*\bmais\b)|
    que des lieux communs|(?<!trop )(?<!très )mignon comme (?:tentative|effort)|
    (?:^|(?<=[.!?] ))(?:(?:c'est |quel |qué |che |que )?(?:cute|mignon|mono|carino|bonitinho|
    süßer),? (?:attempt|try|comme tentative|como intento|come tentativo|como tentativa|versuch)|
    (?:a |what a )?(?:cute|adorable) (?:little )?(?:attempt|try))(?= *[.…]*$)|
    (?:^|(?<=[.!?] ))(?:well,? )?(?:it'?s|that'?s) certainly an? (?:post|recipe|choice|take|loaf|
    bake|method)(?= *[.!…]*$)|
    another day,? another (?:humblebrag|sob story|ad|advert|sponsored post|clickbait|brag)(?! (?:
    from|by|of) (?:me|mine|us)\b)(?![^.!?]*\?)(?![^\n]*\btake my money\b)|
    effort is optional(?: now| these days| here)?(?= *[.!…]*$)|
    real (?:bakers|cooks|chefs) [^.!?]{3,60}, but (?:okay|ok|sure|whatever)(?= *[.…]*$)|
    (?:^|(?<=[.!?] ))(?:keep|don'?t quit) your day job(?= *[.!…]*$)|
    funny how (?:the |your )?(?:sponsored|paid|affiliate|ad) (?:posts?|ones|recipes?)(?![^.!?]*\b(?:
    my|our) (?:favou?rites?|faves?)\b)|
    better (?:\w+ )?(?:blindfolded|in (?:her|his|my|their) sleep|with (?:her|his|my|their) (?:
    eyes closed))(?! now)(?![^.!?]*\b(?:thanks to|because of) (?:you|your)\b)|
    (?:really |so )?needed (?:your|the) (?:whole |entire )?life story(?= *(?:[.!…]|$))
    (?![^\n]*\b(?:cheered|happy tears|made my day|loved? (?:it|reading)|why i read)\b)"""
