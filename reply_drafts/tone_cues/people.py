"""The people and pets a comment may speak of ("my brother", « notre chien »), in each language:
the words the loss, mood and comfort lists build on.

Data: the package's docstring says how the lists are written and read."""

# People and pets whose loss or illness a commenter may write about ("my brother", "our dog").
KIN = r"""mom|mum|mother|mama|mommy|mummy|dad|father|papa|daddy|brother|sister|siblings?|
    (?<!its )(?:parents?|child|children)(?! (?:process\w*|threads?|nodes?|elements?|widgets?|
    components?|class\w*|tables?|rows?|themes?|items?|views?|directory|directories|folders?|
    commits?|windows?|containers?|pid|pids|company|selectors?))|sons?|daughters?|kids?|baby|
    babies|twins?|wife|husband|partner|spouse|
    fianc[ée]e?|boyfriend|girlfriend|friends?|grand(?:ma|mother|pa|father|parents?|son|daughter)|
    granny|gran|nan|nana|grandad|aunt|auntie|uncle|cousin|niece|nephew|colleague|coworker|mentor|
    dog|cat|pet|puppy|kitten|horse|bunny|rabbit|in-laws?|family|père|mère|frère|sœur|vater|mutter|
    bruder|schwester|padre|madre|hermano|hermana|pai|mãe|irmão|irmã|papà|mamma|fratello|sorella|
    vader|moeder|broer|zus|mari|maman|mamie|papi|papy|fille|fils|épouse|époux|tante|oncle|
    grand-m[eè]re|grand-p[eè]re|chienne?"""

# The same people and pets in French, Spanish and Portuguese, where KIN does not have them: a loss
# is "j'ai perdu mon mari", not "j'ai perdu mon emploi".
KIN_OTHER = r"""fils|filles?|mari|femme|époux|épouse|compagne?|compagnon|amie?s?|chien(?:ne)?|
    chat(?:te)?|bébé|enfants?|grand-p[eè]re|grand-m[eè]re|papi|papy|mamie|oncle|tante|cousine?|
    neveu|nièce|papa|maman|hij[oa]|espos[oa]|marido|perr[oa]|gat[oa]|abuel[oa]|amig[oa]|
    filh[oa]|esposa|mulher|avô|avó|cachorro|cão|bebê"""

# A death told without the word ("we put our cat to sleep", "put our old boy to sleep", "today
# would have been my mum's 70th birthday", "we said goodbye to our old girl", "lost our Bella to
# cancer"; not "put my old boy to bed"): part of both GRIEF_STRONG and DEATH. French too: « Nous
# avons dit adieu à notre chat Milo aujourd'hui. »
PETS = "dog|cat|pet|puppy|kitten|horse|bunny|rabbit|hamster|guinea pig|parrot|budgie"

# A death's anniversary told without the word ("Mum's anniversary today.", "Dad's 5th anniversary
# today. Still can't believe it.", "Anniversary of losing mum today.", "the anniversary of Mum's
# passing"): not a couple's ("Mum and Dad's anniversary today, 40 years!"), a wedding's, a work
# anniversary, nor one celebrated ("Mum's anniversary today so we're going out to celebrate"), nor
# one the parent is alive for ("...she and Dad are off to Paris", "60 years with grandad!").
ELDERS_EN = r"""mum|mom|mother|mama|mummy|mommy|dad|father|daddy|nan|nana|nanna|gran|granny|
    grandma|grandmother|grandad|granddad|grandpa|grandfather"""

# A death told as a leaving, in French ("mon père est parti de la même façon", "partie trop
# tôt", "Papa est parti dimanche, paisiblement", "papa nous quittait"), not "parti en vacances";
# said bare ("Ma maman est partie il y a trois semaines."), only of a parent, a grandparent or a
# pet: a husband who "est parti" may have left (PARTI_BARE).
ELDERS = r"""papa|maman|mamie|papi|papy|pépé|mémé|(?:mon|ma|notre) (?:père|mère|grand-p[eè]re|
    grand-m[eè]re|papa|maman|mamie|papi|papy|chien|chienne|chat|chatte)"""

# A death told without the word, in French: « depuis que papa n'est plus là », « on l'a enterrée
# samedi », « mon grand-père s'est éteint la semaine dernière », « Papa est au ciel », « il est
# parti trop tôt », « je suis veuve », « s'est tué en voiture »; not « maman n'est plus là ce
# week-end » (away), « n'est plus la même », an oven that « s'est éteint tout seul », « au septième
# ciel », « la veuve noire », a guest who « est parti trop tôt de la fête »; nor (session 37
# review) a wife away « le mardi » or « parti en voyage », a grandpa who « s'est éteint la télé »,
# a papa « au ciel depuis qu'il a goûté ta tarte », a « veuve du golf », a time capsule buried, a
# cake « parti trop tôt, le gâteau », or « s'est tué en vélo… de rire » (a pause after « au ciel »
# or « en vélo » is a joke's: the sentence it ends is all the grief list sees); nor an old oven
# « enterré hier », a mamie « au ciel quand elle goûte tes crêpes », « le dernier croissant ».
CLOSE = r"""mari|femme|époux|épouse|frère|sœur|soeur|fils|fille|compagnon|compagne"""

KIN_ROMANCE = r"""pap[aá]|mam[aá]|padre|madre|abuel[oa]|abuelit[oa]|herman[oa]|hij[oa]|espos[oa]|
    marido|mujer|perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|pap[aà]|mamma|babbo|nonn[oa]|fratello|
    sorella|figli[oa]|moglie|cane|gatt[oa]|gattin[oa]|pai|m[ãa]e|av[ôóoô]|vov[óôo]|irm[ãa]o?|
    filh[oa]|cachorr[oa]|cachorrinh[oa]|gatinh[oa]|mulher"""
