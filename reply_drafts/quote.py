"""Read a comment's Markdown source: the sentence worth quoting back, and what kind of comment.

No Markdown library: the comment is reduced to its readable words with a few patterns (code,
quoted text, links, markup and URLs removed), split into sentences, and the sentence that says
the most (content words, a sensible length, an idea or question when the comment has one) is
quoted, trimmed at a clause or word boundary.
"""

import html
import re
from dataclasses import dataclass

from reply_drafts import tone_cues
from reply_drafts.losses_by_name import told_by_name
from reply_drafts.plain import link_host, plain_text
from reply_drafts.sentences import sentences

MAX_QUOTE = 120  # characters: long enough for a clause, short enough to read in one breath
MAX_WORDS = 18
MIN_WORDS = 3

_IDEA = re.compile(
    r"\b(?:what if|maybe you could|you could|you might|you should|how about|why not|"
    r"ideas?|suggest\w*|would be (?:nice|cool|great|lovely|fun)|have you (?:tried|considered)|"
    r"it would be|consider|et si|pourquoi (?:ne )?pas|vous pourriez|tu pourrais|idées?|"
    r"suggère\w*|suggestions?|ce serait (?:bien|sympa|génial|chouette|top)|"
    r"avez-vous (?:essayé|pensé)|as-tu (?:essayé|pensé)|"
    r"y si|qué tal si|podrías|deberías|sugerencias?|sugiero|has probado|sería (?:genial|bueno)|"
    r"e se \w+(?:sse|r)|que tal (?:se|uma?)|"
    r"(?:poderia|podia|devia|deveria) (?:fazer|escrever|criar|mostrar|juntar|pôr|colocar|"
    r"acrescentar)|sugest(?:ão|ões)|sugiro|ideias?|"
    r"já (?:experimentou|pensou em|tentou)|seria (?:ótimo|bom|legal|giro|incrível)|"
    r"was wäre,? wenn|wie wäre es|du könntest|du solltest|ideen?|vorschlag|vorschläge|"
    r"hast du (?:schon mal )?(?:versucht|probiert|überlegt)|wäre (?:schön|toll|cool|super))\b",
    re.IGNORECASE,
)
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]+", re.IGNORECASE)
# A link that is the object of its sentence ("I found a better recipe at https://…"): removed, it
# would leave the sentence cut off, so it is marked and the sentence is not quoted.
_POINTED_URL = re.compile(
    r"(?<![\w'])(at|see|here|on|from|via|sur|ici|voir|chez)[ \t]*+(?:https?://|www\.)[^\s<>()\[\]]+",
    re.IGNORECASE,
)
# A question about the post or its author, which the author answers, never "wondered the same":
# "How long does it keep in the fridge?", « Est-ce que je peux remplacer le beurre ? ».
_ASKS_THE_AUTHOR = re.compile(
    r"(?<![\w'])(?:you|your|yours|this|these|it|its|i|my|vous|votre|vos|tu|ton|ta|tes|ça|je|j'|"
    r"on|cette|ce|cet)(?![\w'])",
    re.IGNORECASE,
)
# A question asked with no question mark: "Would it work with gluten-free flour"
_ASKS_UNMARKED = re.compile(
    r"^(?:would|will|could|can|does|do|did|is|should) (?:it|i|you|this|that|we|one)\b|"
    r"^(?:est-ce que|peut-on|on peut|puis-je|je peux|pourrait-on|faut-il)\b",
    re.IGNORECASE,
)
_CUT = "\u2063"  # an invisible separator where such a link was: no one types it
_MD_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\(\s*<?([^()\s<>]*)>?(?:\s+[\"'][^()\n]*[\"'])?\s*\)")
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)")
_REF_LINK = re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_REF_DEF = re.compile(r"^ {0,3}\[[^\[\]\n]+\]:[ \t]*\S.*$", re.MULTILINE)
_FENCE = re.compile(r"^ {0,3}(`{3,}+|~{3,}+)[^\n]*+\n.*?(?:^ {0,3}\1[^\n]*$|\Z)", re.M | re.S)
_INDENTED = re.compile(r"^(?: {4}|\t).*$", re.MULTILINE)
_BLOCKQUOTE = re.compile(r"^ {0,3}>.*$", re.MULTILINE)
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_AUTOLINK = re.compile(r"<(?:[a-z][a-z0-9+.-]*:|mailto:)[^<>\s]*>", re.IGNORECASE)
_CODE_SPAN = re.compile(r"(?<!`)(`++)([^`]+?)(?<!`)\1(?!`)")  # linear: no backtracking in runs
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)([^\n]{1,120}?)(?<=\S)\1")  # bounded: linear
_LINE_MARKER = re.compile(
    r"^ {0,3}(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+|[-*_= \t]{3,}$)", re.M
)
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# A sign-off, as the whole sentence or its last clause: a closing formula and a name, maybe a
# place ("Big hugs, Rita", "Un abbraccio, Rita.", "The bread was perfect, big hugs, Rita xx",
# "Cheers, Rita from Leeds"); the name is capitalised, so "Crisp crust, love it" is not one.
_NAME = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*+(?:[ -][A-ZÀ-ÖØ-Þ][^\W\d_]*+)?"
_SIGNED = re.compile(
    rf"(?:^|\s*[,;–—-]\s*)(?i:{tone_cues.words(tone_cues.unquotable.CLOSING).pattern}),? {_NAME}"
    rf"(?: (?i:from|de|da|aus|desde|dal|dalla|do|della) {_NAME})?(?: x+o*x*)?[\s.!…]*$"
)
# What is not quoted back: a commenter's own health or identity, a campaign, good wishes, a
# compliment to the author or their blog, comfort offered to the author (not a word that also
# tells of a happy day: "hugs", "forza", "courage").
_UNQUOTABLE = tone_cues.words(
    "|".join(
        (
            tone_cues.unquotable.DISCLOSURE,
            tone_cues.unquotable.CAMPAIGN,
            tone_cues.unquotable.PRAISE_OF_THE_BLOG,
            tone_cues.comfort.COMFORT,
            tone_cues.comfort.CONDOLENCE,
            tone_cues.comfort.COMFORT_CHEER,
            tone_cues.praise.CONGRATULATIONS,
            tone_cues.praise.COMPLIMENTS,
            tone_cues.critical.NONSENSE_TO_COMFORT,
            tone_cues.jabs.BETTER_AT_HOME_SAID,
            tone_cues.jabs.SHRUG_ALONE,
            tone_cues.jabs.FAINT_JABS,
            tone_cues.spam.SELF_PROMOTION,
            tone_cues.critical.LETDOWN,
            tone_cues.praise.FAINT_PRAISE,
            tone_cues.unquotable.PRAISE_THEN_FAULT,
            tone_cues.unquotable.PRAISE_THEN_FAULT_EN,
            tone_cues.unquotable.NAME_CALLING,
        )
    )
)
# What a reader says to anyone, which quoted back as a fine line reads as a machine: a thank-you
# ("Thanks for the recipe, I made it yesterday"), a greeting ("Hi there!"), good wishes or a
# sign-off ("Have a great weekend!", "Best wishes from Scotland"), a promise to try it someday
# ("Can't wait to try it", "Will try this weekend"), « Merci pour l'article ».
_SMALL_TALK = re.compile(
    r"^(?:thanks?\b(?! to\b)|thank you|thx\b|many thanks|cheers\b|hi\b|hello\b|hey\b|hiya\b|"
    r"greetings\b|"
    r"good (?:morning|afternoon|evening)\b|dear\b|happy (?:new year|holidays|christmas|easter|"
    r"weekend|friday|sunday|baking)\b|have a (?:\w+ )?(?:day|week|weekend|evening|one)\b|"
    r"best wishes|(?:sending|much) love|love from\b|(?:kind |warm )?regards\b|"
    r"(?:can'?t|cannot|can’t) wait\b|will (?:try|make|bake|give)\b|saving (?:it|this)\b|"
    r"looking forward\b|i'?ll be back\b|just (?:a quick note|wanted to say thank)|"
    r"keep (?:up|it up|baking|writing|going)\b|i'?ve been (?:reading|following|lurking)\b|"
    r"long[- ]time (?:reader|follower)|"
    r"i'?m a (?:long[- ]?time |regular )?(?:reader|follower|lurker)\b|"
    r"(?:this is )?(?:my )?first (?:time )?(?:comment(?:ing|er)?|time i comment)\b|"
    r"i'?ll (?:definitely |certainly |surely |probably |def )?(?:try|give it a (?:go|try)|"
    r"let you know|report back)\b(?:(?! (?:with|for|on|at|in|when)\b)[^,;:.!?]){0,60}"
    r"(?=[,;:.!?]|$)|"
    r"test(?:ing)?(?: comment)?\b.{0,20}\bignore\b|merci\b|bonjour\b|salut\b|gracias\b|hola\b|"
    r"obrigad[oa]s?\b|olá\b|oi\b|bom dia\b|boa (?:tarde|noite)\b|"
    r"danke\b|hallo\b|bonne (?:journée|soirée|semaine)\b|"
    r"grazie\b|ciao\b|buongiorno\b|buonasera\b|salve\b)",
    re.IGNORECASE,
)
# A compliment to the author or the post: quoted back, the author would be praising themselves
# ("I love how you explain the autolyse step", "Your photos are gorgeous", "It's the only one I
# use now"); a reader's own words about their bake or their life are what is worth quoting.
_PRAISES_THE_AUTHOR = re.compile(
    r"^(?:(?:dude|wow|oh|omg|honestly|seriously|man|okay|ok|so|as an? [\w -]{1,30}),? )*"
    r"(?:i (?:\w+ )?(?:love|loved|like|liked|adore|appreciate|appreciated|enjoyed) "
    r"(?:(?:how|the way|that|when) you|your)\b|"
    r"(?:the|this|these|your) (?:(?!(?:i|we|my|our)\b)[\w'-]+ ){0,7}(?:is|are|was|were|looks?) "
    r"(?:so |really |just |"
    r"absolutely )?(?:stunning|gorgeous|beautiful|lovely|amazing|fascinating|incredible)[.!]*$|"
    r"i (?:\w+ )?(?:love|loved|like|liked|enjoyed) (?:the|your) (?:way|photos?|"
    r"pictures?|writing|style|blog|new look)\b|"
    r"(?:love|loved|adore) (?:the|your) (?:new look|blog|photos?|pictures?|post|writing|site)\b|"
    r"your (?:\w+ ){0,2}(?:is|are|was|were) (?:\w+ )?(?:clear|gorgeous|beautiful|stunning|lovely|"
    r"amazing|wonderful|great|fantastic|brilliant|helpful|perfect)\b|"
    r"i (?:\w+ )?look forward to (?:your|every|each)\b|"
    r"(?:lovely|beautiful|gorgeous|stunning|great) (?:photos?|pictures?|words|writing)\b|"
    r"you make it (?:look|sound|seem)\b|"
    r"you (?:have|'ve got) (?:such |a real )?(?:a )?(?:lovely|wonderful|great|beautiful|real) "
    r"(?:way|gift|talent|eye)\b|you always (?:make|explain|manage|know)\b|well written\b|"
    r"(?:it|this) (?:was|is) (?:such )?a (?:joy|pleasure|delight) to read\b|"
    r"(?:this|it)(?: is|'s| was) (?:\w+ )?(?:the|my) (?:best|only one|go-to|favou?rite)\b|"
    r"the (?:part|bit|section) about\b.*\b(?:was|is) (?:\w+ )?(?:fascinating|great|brilliant|"
    r"interesting|wonderful|helpful|lovely|genius)\b|"
    r"(?:j'adore|j'aime) (?:la façon|la manière|comment|vos|votre|tes|ton|ta)\b|"
    r"(?:vos|votre|tes|ton|ta) \w+ (?:sont|est) (?:\w+ )?(?:magnifiques?|superbes?|sublimes?|"
    r"claire?s?)\b|me encanta (?:cómo|como|tu|tus|la forma)\b|"
    r"(?:tus|tu) \w+ (?:son|es) (?:\w+ )?(?:preciosa?o?s?|increíbles?|geniales?)\b|"
    r"ich (?:liebe|mag) (?:wie du|deine?n?)\b|"
    r"deine? \w+ (?:sind|ist) (?:\w+ )?(?:wunderschön|toll|großartig|klasse)\b)",
    re.IGNORECASE,
)
# A lead-in, not the reader's words: "Quick question: what hydration do you use?", "Just wanted
# to say this loaf turned out perfectly"; in French, Spanish, German, Italian and Portuguese too:
# « Une question : quelle farine utilisez-vous ? », "Una pregunta: ¿cuánto tiempo reposa?",
# „Kurze Frage: welches Mehl?", "Una domanda: che farina usi?", "Uma dúvida: qual farinha?".
_LEAD_IN = re.compile(
    r"^(?:(?:quick|one|a|just a) question\s*[:,;–—-]|just wanted to (?:say|let you know)"
    r"(?: that)?|(?:une |petite |juste une )?question\s*[:;–—-]|"
    r"(?:una |pequeña |una pequeña )?(?:pregunta|duda)\s*[:;–—-]|"
    r"(?:eine |kurze |kleine )?frage\s*[:;–—-]|(?:una |piccola |una piccola )?domanda\s*[:;–—-]|"
    r"(?:uma |pequena |uma pequena )?(?:pergunta|dúvida)\s*[:;–—-])\s*(?=[\w¿¡])",
    re.IGNORECASE,
)
# A memory ("My grandmother baked bread every Sunday", "She baked every Sunday, my nan"): tender,
# maybe of someone gone, so never "made my day a little brighter" nor "you said it better".
_ELDER = re.compile(
    r"\b(?:grand\w*|gran|granny|gramma|nan|nana|nanna|mum|mom|mother|dad|father|aunt\w*|uncle|"
    r"grand-mère|grand-père|mamie|mémé|papi|pépé|maman|ma mère|mon père|abuel[ao]|mi madre|"
    r"mi padre|oma|opa|großmutter|großvater|"
    r"av[óô]|vov[óô]|minha mãe|meu pai|nonn[ao]|mia madre|mio padre)(?![\w-])",
    re.IGNORECASE,
)
_REMEMBERED = re.compile(
    r"\b(?:used to|would|always|every (?:sunday|saturday|week|weekend|morning|christmas|summer)|"
    r"reminded me|reminds me|when i was (?:little|young|a)|as a (?:kid|child)|growing up|"
    r"memor(?:y|ies)|during the war|tous les dimanches|faisait|quand j'étais|souvenirs?|"
    r"todos los domingos|hacía|cuando era|recuerdos?|jeden sonntag|früher|als ich klein|"
    r"erinnerung\w*|"
    r"todos os domingos|fazia|quando eu era|lembr\w*|tutte le domeniche|faceva|quando ero|"
    r"ricord\w*)\b",
    re.IGNORECASE,
)
# ... or the elder did it once, long ago: "My grandfather was a baker in Naples", "my mum, who
# taught me to bake" (not "I made it for my mum's birthday", which is the reader's own story, nor
# "My dad said it was better than the bakery's", a verdict on the reader's loaf).
_ELDER_DID = re.compile(
    r"\b(?:grand\w*|gran|granny|nan|nana|mum|mom|mother|dad|father|aunt\w*|uncle),? "
    r"(?:who )?(?:was|were|made|baked|said(?! (?:it|this|these|they|that (?:it|this))\b)|taught|"
    r"had|kept|grew|showed)\b|"
    r"\b(?:oma|opa|großmutter|großvater) hat\b",
    re.IGNORECASE,
)
# What the reader did, or will do, with the post ("My kids ate half the loaf", "I used a Dutch
# oven and it came out perfect", "I'm going to try this with my grandchildren"): a story to be
# glad of, not a line "I have been thinking about all morning" nor one "my post was missing".
_STORY = re.compile(
    r"^(?:(?:so|and|well|ok|okay),? )?(?:(?:just |already )?(?:made|tried|baked|making|baking|"
    r"used|printed|planning|will)\b|"
    r"you (?:\w+ )?(?:inspired|got|made|convinced|encouraged|taught) me\b|"
    r"(?:i|i'm|i've|we|we're|we've|my|our|everyone|it|this|the|they|he|she)\b.*\b"
    r"(?:\w{3,}ed|made|ate|had|did|took|came|went|got|gave|said|told|was|were|grew|found|"
    r"brought|bought|knew|rose|been|going to|gonna|will|tonight|tomorrow|"
    r"next (?:week|weekend|time))\b|"
    r"(?:j'ai|je l'ai|nous avons|on a|on l'a|je vais|nous allons|mes \w+ ont|mon \w+ a|"
    r"ma \w+ a|(?:il|elle|ça|cela) m'a)(?![\w'])|"
    r"(?:añadí|hice|probé|usé|horneé|la hice|lo hice|he hecho|hemos hecho|voy a|vamos a|"
    r"l[oa] voy a|me ha|"
    r"mis \w+ (?:se )?\w+(?:ron|aron))\b|"
    r"(?:ich habe|ich hab|wir haben|ich werde|meine \w+ haben|mein \w+ hat)\b|"
    r"(?:l'ho|l'abbiamo|(?:ho|abbiamo) (?:fatto|provato|usato|aggiunto|preparato|mangiato)|"
    r"la rifarò|"
    r"i miei \w+ (?:si )?(?:sono |hanno )?\w+(?:ato|ati|ata|ate|uto|uti))(?![\w'])|"
    r"(?:fiz|fizemos|experimentei|usei|acrescentei|preparei|vou fazer|vamos fazer|"
    r"(?:os )?meus \w+ \w+ram)\b)",
    re.IGNORECASE,
)
# What a draft the author posts must never repeat, nor read out as a fine line: the reader's
# phone number or street address ("call me on 555-123-4567", "I live at 12 Elm Street"), an
# e-mail address, or code ("bread.bake(temp=250)").
_NOT_TO_QUOTE = re.compile(
    r"(?i:\b\d{1,5},? (?:rue|avenue|boulevard|chemin|allée)\b)|"
    r"\b\d{1,5}[a-z]?,? (?:[A-Z][\w'-]*+ ){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Close|"
    r"Way|Boulevard|Court|Place|Terrace|Crescent)\b|"
    # the number follows the street's name ("via Roma, 12", "Rua Padre Anchieta nº 45"), not a
    # word of the sentence ("in via Roma nel 1975", "na Rua das Flores em 1985" is a memory)
    r"(?i:calle|avenida|rua|via|viale|piazza|rue) (?:[a-z]{1,4}'? ?){0,3}[A-Z][\w'-]*+"
    r"(?: (?:[A-Z][\w'-]*+|d[aeio]s?|de[il]|degli|dell[aeo]))*+,? (?:(?i:n[.º°]?|numero) ?)?\d|"
    r"(?i:\w(?:straße|strasse|gasse|platz) \d)|"
    r"(?<![^\s@])[^\s@]++@[^\s@]++\.\w|"
    r"(?i:\b[a-z_]\w*+\.[a-z_]\w*+\()|\w\([^()=]*+=[^()]*+\)|[=!]==?|&&|\|\||"
    # an arrow in code ("(a, b) => a + b", "x=>x.id", "p->next"), not steps between words
    # ("Mix => rest => fold")
    r"[)\]]\s*+(?:=>|->)|(?:=>|->)\s*+[{(\[]|\w(?:=>|->)|(?:=>|->)\w|"
    r"(?:=>|->) ?\w++(?:\.\w|\(| ?[*+/%] ?\w)"
)
# Digits grouped as a phone number is ("555-123-4567", "06 12 34 56 78", "+44 (0)7700 900123"),
# seven or more of them; not a date ("12.05.2024") nor a span of years ("1990-2020").
_DIGITS = re.compile(r"\+?\(?\d[\d ().-]{5,}\d")
_NOT_A_PHONE = re.compile(r"\d{1,2}([./])\d{1,2}\1\d{2,4}|\d{4} ?[-–] ?\d{4}")


def private(sentence: str) -> bool:
    """Return whether *sentence* holds what the reader would not want repeated in public: a phone
    number, a street address, an e-mail address; or code, which reads as no one's words."""
    if _NOT_TO_QUOTE.search(sentence):
        return True
    for found in _DIGITS.finditer(sentence):
        number = found.group(0)
        if sum(char.isdigit() for char in number) >= 7 and not _NOT_A_PHONE.fullmatch(
            number.strip(" ()")  # "My grandma (1921 - 2019)": a span of years in brackets
        ):
            return True
    return False


# Inline code that is code ("`bread.bake(temp=250)`"), not a word set in backticks ("`my`").
_CODE_LIKE = re.compile(r"[(){}\[\]=<>;/\\.]|\w_\w")
_CLAUSE = re.compile(r"(?:(?<!\s)\s*+[,;:]|\s[-–—]\s)\s*")
# Words that say nothing in particular: a sentence of only these is not worth quoting.
_GENERIC_WORDS = """a an and the this that it is was i me my you your so very much really just
    for of to in on
    at great good nice awesome amazing cool love loved like liked thanks thank post article blog
    read reading piece wonderful lovely excellent brilliant fantastic keep up work writing
    written wow yes agree totally indeed again all such as be are am with too
    recipe recipes tutorial guide tips tip info information explanation explanations photos
    pictures share sharing content site write-up writeup advice help helpful useful
    helped helps lot lots exactly needed need today enjoyed enjoy appreciate appreciated best
    ever always bookmarked true what perfect timing something new learned learnt later saved saving
    first time commenting commenter long longtime long-time reader lurker lurking here same
    one ones
    merci beaucoup bravo super génial excellent excellente top chouette sympa joli jolie beau belle
    bel magnifique bien très vraiment trop article billet blog texte lecture lire lu cet cette ce
    ces le la les un une des du de et je tu vous il elle est c'est j'ai pour sur dans avec mon ma
    mes votre vos ton ta tes plein encore continuez continue ça cela oui d'accord quel quelle
    quels quelles que qui quoi ne pas si tout tous toute toutes aussi comme mais ou donc
    on nous a ai avez été être fait recette recettes tuto tutoriel conseil conseils astuce
    astuces partage partager explication explications aidé aidée m'a besoin exactement
    aujourd'hui adoré aimé j'adore j'aime appris utile utiles
    gracias muchas muchísimas mucho muy buen buena bueno buenísimo genial excelente increíble
    bonito bonita precioso preciosa maravilloso maravillosa entrada artículo texto post leer leído
    lectura este esta esto estos estas el los las unos unas del yo te tus su sus mi mis por para
    en con qué como es está son fue ha he has me encanta encantó gusta gustó hoy siempre sigue
    sigan así todo toda todos todas también pero sí ya lo al receta consejo consejos compartir
    ayuda ayudado ayudó útil aprendido enhorabuena felicidades bravo tan interesante
    estupendo estupenda fantástico fantástica hermoso hermosa lindo linda encantado encantada
    obrigado obrigada obrigadão muito muita muitos muitas adorei amei gostei adoro amo gosto
    ótimo ótima maravilhoso maravilhosa belo bela incrível fantástico fantástica perfeito perfeita
    demais artigo texto dica dicas ler li lido útil úteis ajudou ajudar aprendi partilhar
    partilha compartilhar esse essa isto isso os as uns umas da dos das eu você seu sua seus
    meu minha pelo pela pra no na nas é foi mais hoje também mas sim já tudo parabéns bom boa
    bem tão sensacional excelente interessante lindo linda receita sempre este esta com que como
    danke dank vielen vielmals schön schöner schönes schöne toll toller tolle tolles klasse
    großartig großartiger wunderbar prima der die das den dem des ein eine einen einem einer und
    ich du dir dich dein deine deinen deinem deiner mir mich ist war sehr wirklich echt für von
    zu auf im am an es hat habe hast beitrag artikel blogbeitrag lesen gelesen rezept tipp tipps
    anleitung teilen geteilt hilfreich geholfen heute immer weiter mach auch aber oder ja gerne
    gern genau mag gefällt gefallen gelernt diese dieser dieses diesen diesem tollen schönen
    großartigen wunderbaren interessant interessanter interessanten spannend spannender
    spannenden klasse hammer mega viel viele neues neue"""
_GENERIC = frozenset(_GENERIC_WORDS.split())
_DANGLING_WORDS = """a an the and or but of to in on at for with my your our their his her its
    le la les un une des de du et ou mais à au aux en dans pour par sur avec mon ma mes votre vos
    el los las unos unas y o pero a al del en por para con mi mis tu tus su sus
    der die das den dem des ein eine einen einem einer und oder aber zu im am an auf für mit von
    mein meine dein deine"""
_DANGLING = frozenset(_DANGLING_WORDS.split())  # words a cut quote should not end on


@dataclass(frozen=True)
class Reading:
    """What the draft needs to know about a comment's text."""

    quote: str = ""
    idea: bool = False
    question: bool = False
    link: bool = False
    link_host: str = ""
    quote_idea: bool = False
    quote_question: bool = False
    asks_the_author: bool = False
    quote_memory: bool = False
    quote_story: bool = False


def readable_text(markdown: str, code: str = "") -> str:
    """Return the words of the comment's own prose: no code, quoted text, URLs or markup; inline
    code keeps its words, or is replaced by *code* when given (a mark that keeps its sentence
    from being quoted)."""
    text = markdown.replace("\r\n", "\n").replace("\r", "\n")
    text = _FENCE.sub("\n", text)
    text = _HTML_COMMENT.sub(" ", text)
    text = _BLOCKQUOTE.sub("", text)
    text = _INDENTED.sub("", text)
    text = _REF_DEF.sub("", text)
    text = _MD_LINK.sub(lambda m: "" if m.group(0).startswith("!") else m.group(1), text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub("", text)
    text = _TAG.sub(" ", text)
    text = _URL.sub("", text)
    text = _CODE_SPAN.sub(
        lambda m: code if code and _CODE_LIKE.search(m.group(2)) else m.group(2).strip(), text
    )
    for _ in range(2):  # nested emphasis: ***both*** or **_mixed_**
        text = _EMPHASIS.sub(r"\2", text)
    text = _LINE_MARKER.sub("", text)
    return html.unescape(text)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _score(sentence: str, prefer_idea: bool) -> float:
    words = _words(sentence)
    if len(words) < MIN_WORDS:
        return -1.0
    content = [word for word in words if word.casefold() not in _GENERIC and len(word) > 2]
    if not content:
        return -1.0
    score = min(len(content), 8) + min(len(words), MAX_WORDS) / 4
    if len(words) > 3 * MAX_WORDS:
        score -= 3  # a run-on paragraph quotes badly even when trimmed
    if prefer_idea and (_IDEA.search(sentence) or sentence.endswith("?")):
        score += 4
    return score


def shouted(sentence: str) -> bool:
    """Return whether *sentence* is typed in capitals (four words or more): quoted back, it would
    shout in the author's reply."""
    letters = [char for char in sentence if char.isalpha()]
    return len(_words(sentence)) >= 4 and sum(char.isupper() for char in letters) > 0.8 * len(
        letters
    )


def _fits(text: str) -> bool:
    return len(_words(text)) <= MAX_WORDS and len(text) <= MAX_QUOTE


def _best_clause_span(sentence: str) -> str:
    # Clauses run between separators; the longest run of whole clauses that fits is quoted.
    cuts = [0, *(m.start() for m in _CLAUSE.finditer(sentence)), len(sentence)]
    starts = [0, *(m.end() for m in _CLAUSE.finditer(sentence))]
    best = ""
    for first, start in enumerate(starts):
        for end in cuts[first + 1 :]:
            span = sentence[start:end].strip()
            if not _fits(span):
                break
            if len(_words(span)) >= 5 and len(_words(span)) > len(_words(best)):
                best = span
    return best


def _balanced(quote: str) -> str:
    # Spanish opens a question or an exclamation with ¿ or ¡: a quote cut before the closing mark
    # drops the opening one ("¿Has probado alguna vez…" reads as a question left hanging).
    for opening, closing in (("¿", "?"), ("¡", "!")):
        while quote.count(opening) > quote.count(closing):
            at = quote.rfind(opening)
            quote = quote[:at] + quote[at + 1 :]
    return quote


def trim_quote(sentence: str) -> str:
    """Return *sentence* cut to a quotable length, at clause boundaries when some fit."""
    sentence = sentence.strip().rstrip(".,;:").rstrip()
    if _fits(sentence):
        return sentence
    return _balanced(_trimmed(sentence))


def _trimmed(sentence: str) -> str:
    span = _best_clause_span(sentence)
    if span:
        ended = sentence.endswith(span)
        return span if ended else span.rstrip(".,;:-–—") + "…"
    kept: list[str] = []
    for token in sentence.split(" "):
        if not _fits(" ".join([*kept, token]) + "…"):
            break
        kept.append(token)
    while len(kept) > MIN_WORDS and kept[-1].casefold().strip(".,;:") in _DANGLING:
        kept.pop()  # "…and I have not missed a single…" reads better as "…not missed…"
    return " ".join(kept).rstrip(".,;:-–—") + "…"


def quote_from_prose(prose: str, prefer_idea: bool = False) -> str:
    """Return the phrase of readable *prose* most worth quoting back, as inert text, or ""."""
    best, best_score = "", 0.0
    for sentence in sentences(prose):
        if _CUT in sentence:
            continue  # its link or code was removed: "I found a better recipe at" says nothing
        if private(sentence) or shouted(sentence):
            continue  # a phone number, an address, code, or a line in capitals
        clean = asked(without_lead_in(plain_text(sentence, limit=10_000)))
        if _UNQUOTABLE.search(clean.casefold()) or told_by_name(clean):
            continue  # their health or identity, someone missed or lost, a campaign, good wishes
        clean = own_words(_SIGNED.sub("", clean))
        if not clean:
            continue  # words said to anyone, or a compliment the author would quote to themselves
        score = _score(clean, prefer_idea)
        if score > best_score:  # ties keep the earlier sentence
            best, best_score = clean, score
    if not best:
        return ""
    quote = trim_quote(best)
    return quote if len(_words(quote)) >= MIN_WORDS else ""


# What a reader tells of their own bake or life after a compliment to the author, in its next
# clause ("Your photos are gorgeous, we got hopelessly lost on that walk last spring."): the line
# worth quoting, where the whole sentence had been left out for its compliment.
_TOLD_OF_THEIR_OWN = re.compile(
    r"(?<![\w'])(?:i|i'm|i've|i'd|i'll|my|me|we|we've|we're|our|us)(?![\w'])(?=.*(?:\w+\W+){4})",
    re.IGNORECASE,
)
# ...unless it tells of a letdown, which a thank-you would greet with "I love hearing that!":
# "Your recipes are usually great, my family hated this one though."
_LETDOWN = re.compile(
    r"(?<![\w'])(?:though|however|hated|burnt|burned|flat|failed|disaster|sank|sunk|ruined|"
    r"terrible|awful|inedible|soggy|raw|useless|struggl\w*)(?![\w'])",
    re.IGNORECASE,
)


# The reader's own words in a clause: "we tried the walk", "the dark mode stops my eyes burning".
_OWN = re.compile(r"(?<![\w'])(?:i|i'm|i've|i'd|i'll|my|me|we|we've|we're|our|us)(?![\w'])", re.I)
# A conjunction a clause opens on, dropped when the clause is quoted on its own: "And every time
# you post…", "But I've baked your rye loaf five times" read as a line cut from another.
_CONJUNCTION = re.compile(
    r"^(?:and|but|so|or|et|mais|donc|y|pero|und|aber|also|e|ma|mas|ou)\s+(?=\w)", re.IGNORECASE
)


def own_words(sentence: str) -> str:
    """Return the reader's own words of *sentence*: none for a thank-you, a greeting or a
    compliment to the author, said to anyone; what follows such a clause when something does
    ("Thanks for the recipe, I made it yesterday" is "I made it yesterday"), and what follows a
    compliment when it tells of the reader's own ("I love how you explain it, my daughter finally
    understood fractions" is "My daughter finally understood fractions")."""
    for _ in range(3):
        # Spanish opens with the mark it ends with: "¡Gracias por la receta, me salió genial!" is
        # "¡Me salió genial!"
        opening = sentence[:1] if sentence[:1] in "¡¿" else ""
        praise = _PRAISES_THE_AUTHOR.match(sentence)
        if not (praise or _SMALL_TALK.match(sentence[len(opening) :])):
            return sentence
        clause = _CLAUSE.search(sentence)
        if not clause:
            return ""
        rest = _CONJUNCTION.sub("", sentence[clause.end() :])
        if opening and rest.endswith({"¡": "!", "¿": "?"}[opening]):
            rest = opening + rest.lstrip("¡¿")
        if praise and (not _TOLD_OF_THEIR_OWN.search(rest) or _LETDOWN.search(rest)):
            return ""  # "Your photos are gorgeous, so moody and dark": still the compliment
        if praise and not _OWN.search(_CLAUSE.split(rest, maxsplit=1)[0]):
            return ""  # "…the best guide on the internet, full stop, and I have read them all"
        mark = len(rest) - len(rest.lstrip("¡¿"))
        sentence = rest[:mark] + rest[mark : mark + 1].upper() + rest[mark + 1 :]
    return ""


def without_lead_in(sentence: str) -> str:
    """Return *sentence* without a lead-in ("Quick question: could I halve it?" is "Could I
    halve it?")."""
    rest = _LEAD_IN.sub("", sentence)
    if rest == sentence:
        return rest
    mark = len(rest) - len(rest.lstrip("¿¡"))  # "¿cuánto…?" is "¿Cuánto…?"
    return rest[:mark] + rest[mark : mark + 1].upper() + rest[mark + 1 :]


def quotable_text(markdown: str) -> str:
    """Return readable_text of *markdown* with a mark where a link the sentence pointed to
    ("see https://…") or inline code ("use `bake(temp=250)`") was removed."""
    return readable_text(_POINTED_URL.sub(rf"\1 {_CUT}", markdown), code=_CUT)


def asked(sentence: str) -> str:
    """Return *sentence* with the question mark a question asked without one lacks ("Would it
    work with rye"), so that it is quoted, and answered, as the question it is."""
    if _ASKS_UNMARKED.match(sentence) and sentence[-1:].isalnum():
        return sentence + "?"
    return sentence


def pick_quote(markdown: str, prefer_idea: bool = False) -> str:
    """Return the phrase of the comment most worth quoting back, as inert text, or ""."""
    return quote_from_prose(quotable_text(markdown), prefer_idea)


def _first_link_host(markdown: str) -> str:
    targets = [m.group(2) for m in _MD_LINK.finditer(markdown) if not m.group(0).startswith("!")]
    targets += _URL.findall(markdown)
    for target in targets:
        url = target if "://" in target else "http://" + target
        host = link_host(url)
        if host:
            return host
    return ""


def read_comment(markdown: str) -> Reading:
    """Return the quote and the kind of comment (idea, question, link) *markdown* holds."""
    prose = readable_text(markdown)
    idea = bool(_IDEA.search(prose))
    question = "?" in prose or any(asked(each).endswith("?") for each in sentences(prose))
    quote = quote_from_prose(quotable_text(markdown), prefer_idea=idea or question)
    shared = _IMAGE.sub("", markdown)  # a picture is not a link shared to read
    has_link = bool(_URL.search(shared) or _MD_LINK.search(shared))
    return Reading(
        quote=quote,
        idea=idea,
        question=question,
        link=has_link,
        link_host=_first_link_host(shared) if has_link else "",
        quote_idea=bool(quote and _IDEA.search(quote)),
        quote_question=quote.endswith("?"),
        asks_the_author=quote.endswith("?") and bool(_ASKS_THE_AUTHOR.search(quote)),
        quote_memory=is_memory(quote),
        quote_story=is_story(quote),
    )


def is_memory(quote: str) -> bool:
    """Return whether *quote* remembers an elder's ways ("My nan baked every Sunday")."""
    if _ELDER_DID.search(quote):
        return True
    return bool(_ELDER.search(quote) and _REMEMBERED.search(quote))


def is_story(quote: str) -> bool:
    """Return whether *quote* tells what the reader did or will do ("My kids ate half the
    loaf"), rather than a thought, a tip or a question; a memory is told apart (is_memory)."""
    plain = quote.rstrip("…")
    return not plain.endswith("?") and not is_memory(quote) and bool(_STORY.match(plain))
