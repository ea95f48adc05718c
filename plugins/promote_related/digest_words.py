"""The words of the promotion digest (`invoke promote`) in the languages the thank-you drafts speak
(reply_drafts/templates/: en, fr, es, de, it, pt), chosen by the blog's DEFAULT_LANG ("fr_CA" is
French); English for any other.

The share line is what the author copies to post publicly, so it is written in the blog's
language: a French blog shares « Jours de tomates » par Ada : https://… — Ada a écrit ce billet
avec tant de soin… Each language keeps the warm, the quiet (a friend's post about a loss or a hard
time: nobody "enjoys" it) and the plain sentences (beside the author's own hard day: nobody
"liked" it) of the English, and the titles between the quotation marks its drafts use (« » with
no-break spaces in French, „ " in German, «» in Italian, “ ” elsewhere).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reply_drafts.language_lines import typeset

from .language import language_code

FALLBACK = "en"


@dataclass(frozen=True)
class DigestWords:
    """The digest's phrases in one language. Placeholders: {friend}, {own} (the author's post
    title), {title} and {url} (the friend's post), {sentence}, {n}, {days}, {date}, {window},
    {order}, {words}, {raised}, {links}, {posts}, {total}."""

    warm: tuple[str, ...]
    quiet: tuple[str, ...]
    plain: tuple[str, ...]
    share: str
    window_one: str  # "Your friends published {n} post in the last {days} days"
    window_many: str
    zero_is_one: bool  # French and Portuguese say "0 billet", "0 post"
    no_dated: str
    newest: str
    none_close: str
    full_stop: str
    heading: str
    order_turns: str
    order_best: str
    undated: str
    relates: str
    also_about: str
    share_label: str
    and_: str
    no_friends: str
    bad_days: str
    boost: str
    language: str = "en"  # how the filled-in lines are set (typeset: French no-break spaces)

    def typeset(self, line: str) -> str:
        """Return *line*, filled in with titles (the friend's, the author's own), set as the
        drafts set them: « Pourquoi mes tomates\u202f? » in French, where a title typed with a plain
        space before its ? or : would otherwise break there."""
        return typeset(line, self.language)

    def window(self, n: int, days: int) -> str:
        """Return "Your friends published *n* posts in the last *days* days"."""
        one = n == 1 or (n == 0 and self.zero_is_one)
        return (self.window_one if one else self.window_many).format(n=n, days=days)

    def listed(self, words) -> str:
        """Return "a", "a and b" or "a, b and c"."""
        if len(words) == 1:
            return words[0]
        return f"{', '.join(words[:-1])} {self.and_} {words[-1]}"


ENGLISH = DigestWords(
    warm=(
        "{friend} wrote this with such care, and it sits beautifully beside my “{own}”.",
        "A lovely read from {friend}; if you liked my “{own}”, you will enjoy this one.",
        "{friend} says it better than I could; it goes hand in hand with my “{own}”.",
        "I learned from this post by {friend}; it is a warm companion to my “{own}”.",
    ),
    quiet=(
        "{friend} writes honestly about something hard; it speaks to what I wrote in my “{own}”.",
        "An honest, careful post from {friend}, close to my “{own}”.",
    ),
    plain=("From {friend}, close to what I wrote in my “{own}”.",),
    share="“{title}” by {friend}: {url} — {sentence}",
    window_one="Your friends published {n} post in the last {days} days",
    window_many="Your friends published {n} posts in the last {days} days",
    zero_is_one=False,
    no_dated="; their feeds have no dated post",
    newest="; the newest is from {date} (try --days)",
    none_close=(
        "; none relates closely enough to yours this time (PROMOTE_RELATED_FRIENDS_MIN_SCORE)"
    ),
    full_stop=".",
    heading="{window}; the {n} that relate most to yours, {order}:",
    order_turns="best first, friends taking turns",
    order_best="best first",
    undated="undated",
    relates="relates to your “{own}”",
    also_about=" (also about {words})",
    share_label="share: ",
    and_="and",
    no_friends=(
        "No friends' feeds yet: list them in PROMOTE_RELATED_FRIENDS or PROMOTE_RELATED_OPML "
        "(see docs/promote-related.md)."
    ),
    bad_days="--days must be a whole number of at least 1, not {days}.",
    boost=(
        "\nYour last build: the promote boost raised {raised} of {links} links to your own "
        "posts, on {posts} of {total} posts, above a more relevant post "
        "(`pelican --debug` lists them).\n"
    ),
)

FRENCH = DigestWords(
    warm=(
        "{friend} a écrit ce billet avec tant de soin, et il se marie si bien avec mon billet "
        "« {own} ».",
        "Une très belle lecture signée {friend} ; si vous avez aimé mon billet « {own} », "
        "celui-ci vous plaira.",
        "{friend} le dit mieux que moi ; ce billet va de pair avec mon billet « {own} ».",
        "J'ai appris en lisant ce billet signé {friend} ; il accompagne chaleureusement mon billet "
        "« {own} ».",
    ),
    quiet=(
        "{friend} écrit avec sincérité sur quelque chose de difficile ; cela rejoint ce que j'ai "
        "écrit dans mon billet « {own} ».",
        "Un billet sincère et délicat, signé {friend}, proche de mon billet « {own} ».",
    ),
    plain=("Signé {friend}, proche de ce que j'ai écrit dans mon billet « {own} ».",),
    share="« {title} » par {friend} : {url} — {sentence}",
    window_one="Vos amis ont publié {n} billet ces {days} derniers jours",
    window_many="Vos amis ont publié {n} billets ces {days} derniers jours",
    zero_is_one=True,
    no_dated=" ; leurs flux n'ont aucun billet daté",
    newest=" ; le plus récent date du {date} (essayez --days)",
    none_close=(
        " ; aucun n'est assez proche des vôtres cette fois (PROMOTE_RELATED_FRIENDS_MIN_SCORE)"
    ),
    full_stop=".",
    heading="{window} ; les {n} les plus proches des vôtres, {order} :",
    order_turns="les meilleurs d'abord, chaque ami à son tour",
    order_best="les meilleurs d'abord",
    undated="sans date",
    relates="proche de votre billet « {own} »",
    also_about=" (aussi sur {words})",
    share_label="à partager : ",
    and_="et",
    no_friends=(
        "Pas encore de flux d'amis : ajoutez-les dans PROMOTE_RELATED_FRIENDS ou "
        "PROMOTE_RELATED_OPML (voir docs/promote-related.md)."
    ),
    bad_days="--days doit être un nombre entier d'au moins 1, pas {days}.",
    boost=(
        "\nVotre dernière construction : le coup de pouce a fait passer {raised} de vos {links} "
        "liens vers vos propres billets, sur {posts} billets sur {total}, devant un billet plus "
        "pertinent (`pelican --debug` les liste).\n"
    ),
)

SPANISH = DigestWords(
    warm=(
        "{friend} escribió esto con muchísimo cuidado, y queda precioso junto a mi “{own}”.",
        "Una lectura preciosa de {friend}; si te gustó mi “{own}”, esta también te gustará.",
        "{friend} lo dice mejor que yo; va de la mano con mi “{own}”.",
        "Aprendí mucho con esta entrada de {friend}; es una cálida compañera de mi “{own}”.",
    ),
    quiet=(
        "{friend} escribe con honestidad sobre algo difícil; conecta con lo que escribí en mi "
        "“{own}”.",
        "Una entrada honesta y cuidadosa de {friend}, cercana a mi “{own}”.",
    ),
    plain=("De {friend}, cercana a lo que escribí en mi “{own}”.",),
    share="“{title}”, de {friend}: {url} — {sentence}",
    window_one="Tus amigos publicaron {n} entrada en los últimos {days} días",
    window_many="Tus amigos publicaron {n} entradas en los últimos {days} días",
    zero_is_one=False,
    no_dated="; sus feeds no tienen ninguna entrada con fecha",
    newest="; la más reciente es del {date} (prueba --days)",
    none_close=(
        "; ninguna se parece lo bastante a las tuyas esta vez (PROMOTE_RELATED_FRIENDS_MIN_SCORE)"
    ),
    full_stop=".",
    heading="{window}; las {n} más cercanas a las tuyas, {order}:",
    order_turns="las mejores primero, por turnos entre amigos",
    order_best="las mejores primero",
    undated="sin fecha",
    relates="cercana a tu “{own}”",
    also_about=" (también sobre {words})",
    share_label="para compartir: ",
    and_="y",
    no_friends=(
        "Aún no hay feeds de amigos: añádelos en PROMOTE_RELATED_FRIENDS o PROMOTE_RELATED_OPML "
        "(consulta docs/promote-related.md)."
    ),
    bad_days="--days debe ser un número entero de al menos 1, no {days}.",
    boost=(
        "\nTu última compilación: el impulso de promoción subió {raised} de {links} enlaces a tus "
        "propias entradas, en {posts} de {total} entradas, por encima de una entrada más "
        "relevante (`pelican --debug` los lista).\n"
    ),
)

GERMAN = DigestWords(
    warm=(
        "{friend} hat das mit so viel Sorgfalt geschrieben, und es passt wunderbar zu meinem "
        "Beitrag „{own}“.",
        "Ein schöner Text von {friend}; wenn dir mein Beitrag „{own}“ gefallen hat, wird dir "
        "dieser auch gefallen.",
        "{friend} sagt es besser, als ich es könnte; es geht Hand in Hand mit meinem Beitrag "
        "„{own}“.",
        "Von diesem Beitrag von {friend} habe ich gelernt; er ist ein warmer Begleiter zu meinem "
        "Beitrag „{own}“.",
    ),
    quiet=(
        "{friend} schreibt ehrlich über etwas Schweres; es berührt, was ich in meinem Beitrag "
        "„{own}“ geschrieben habe.",
        "Ein ehrlicher, behutsamer Beitrag von {friend}, nah an meinem Beitrag „{own}“.",
    ),
    plain=("Von {friend}, nah an dem, was ich in meinem Beitrag „{own}“ geschrieben habe.",),
    share="„{title}“ von {friend}: {url} — {sentence}",
    window_one="Deine Freunde haben in den letzten {days} Tagen {n} Beitrag veröffentlicht",
    window_many="Deine Freunde haben in den letzten {days} Tagen {n} Beiträge veröffentlicht",
    zero_is_one=False,
    no_dated="; ihre Feeds haben keinen datierten Beitrag",
    newest="; der neueste ist vom {date} (versuche --days)",
    none_close="; diesmal ist keiner nah genug an deinen (PROMOTE_RELATED_FRIENDS_MIN_SCORE)",
    full_stop=".",
    heading="{window}; die {n}, die deinen am nächsten sind, {order}:",
    order_turns="die besten zuerst, Freunde abwechselnd",
    order_best="die besten zuerst",
    undated="ohne Datum",
    relates="passt zu deinem Beitrag „{own}“",
    also_about=" (auch über {words})",
    share_label="zum Teilen: ",
    and_="und",
    no_friends=(
        "Noch keine Feeds von Freunden: trage sie in PROMOTE_RELATED_FRIENDS oder "
        "PROMOTE_RELATED_OPML ein (siehe docs/promote-related.md)."
    ),
    bad_days="--days muss eine ganze Zahl von mindestens 1 sein, nicht {days}.",
    boost=(
        "\nDein letzter Build: der Promote-Boost hat {raised} von {links} Links zu deinen "
        "eigenen Beiträgen, auf {posts} von {total} Beiträgen, über einen relevanteren Beitrag "
        "gehoben (`pelican --debug` listet sie auf).\n"
    ),
)

ITALIAN = DigestWords(
    warm=(
        "{friend} l'ha scritto con tanta cura, e sta benissimo accanto al mio post «{own}».",
        "Una bella lettura di {friend}; se ti è piaciuto il mio post «{own}», ti piacerà anche "
        "questo.",
        "{friend} lo dice meglio di me; va di pari passo con il mio post «{own}».",
        "Ho imparato da questo post di {friend}; è un caro compagno del mio post «{own}».",
    ),
    quiet=(
        "{friend} scrive con sincerità di qualcosa di difficile; tocca ciò che ho scritto nel mio "
        "post «{own}».",
        "Un post sincero e delicato di {friend}, vicino al mio post «{own}».",
    ),
    plain=("Da {friend}, vicino a ciò che ho scritto nel mio post «{own}».",),
    share="«{title}» di {friend}: {url} — {sentence}",
    window_one="I tuoi amici hanno pubblicato {n} post negli ultimi {days} giorni",
    window_many="I tuoi amici hanno pubblicato {n} post negli ultimi {days} giorni",
    zero_is_one=False,
    no_dated="; i loro feed non hanno post con una data",
    newest="; il più recente è del {date} (prova --days)",
    none_close=(
        "; questa volta nessuno è abbastanza vicino ai tuoi (PROMOTE_RELATED_FRIENDS_MIN_SCORE)"
    ),
    full_stop=".",
    heading="{window}; i {n} più vicini ai tuoi, {order}:",
    order_turns="i migliori prima, un amico per volta",
    order_best="i migliori prima",
    undated="senza data",
    relates="vicino al tuo post «{own}»",
    also_about=" (anche su {words})",
    share_label="da condividere: ",
    and_="e",
    no_friends=(
        "Ancora nessun feed di amici: aggiungili in PROMOTE_RELATED_FRIENDS o "
        "PROMOTE_RELATED_OPML (vedi docs/promote-related.md)."
    ),
    bad_days="--days deve essere un numero intero di almeno 1, non {days}.",
    boost=(
        "\nLa tua ultima build: la spinta di promozione ha alzato {raised} di {links} link ai "
        "tuoi post, su {posts} di {total} post, sopra un post più pertinente "
        "(`pelican --debug` li elenca).\n"
    ),
)

PORTUGUESE = DigestWords(
    warm=(
        "{friend} escreveu isto com tanto cuidado, e fica lindamente ao lado do meu post “{own}”.",
        "Uma bela leitura de {friend}; quem gostou do meu post “{own}” vai gostar deste.",
        "{friend} diz isto melhor do que eu; anda de mãos dadas com o meu post “{own}”.",
        "Aprendi com este post de {friend}; é um companheiro caloroso do meu post “{own}”.",
    ),
    quiet=(
        "{friend} escreve com honestidade sobre algo difícil; toca no que escrevi no meu post "
        "“{own}”.",
        "Um post honesto e cuidadoso de {friend}, próximo do meu post “{own}”.",
    ),
    plain=("De {friend}, próximo do que escrevi no meu post “{own}”.",),
    share="“{title}”, de {friend}: {url} — {sentence}",
    window_one="Os seus amigos publicaram {n} post nos últimos {days} dias",
    window_many="Os seus amigos publicaram {n} posts nos últimos {days} dias",
    zero_is_one=False,
    no_dated="; os feeds deles não têm nenhum post com data",
    newest="; o mais recente é de {date} (experimente --days)",
    none_close=(
        "; desta vez nenhum se aproxima o suficiente dos seus (PROMOTE_RELATED_FRIENDS_MIN_SCORE)"
    ),
    full_stop=".",
    heading="{window}; os {n} mais próximos dos seus, {order}:",
    order_turns="os melhores primeiro, um amigo de cada vez",
    order_best="os melhores primeiro",
    undated="sem data",
    relates="próximo do seu post “{own}”",
    also_about=" (também sobre {words})",
    share_label="para compartilhar: ",
    and_="e",
    no_friends=(
        "Ainda não há feeds de amigos: adicione-os em PROMOTE_RELATED_FRIENDS ou "
        "PROMOTE_RELATED_OPML (veja docs/promote-related.md)."
    ),
    bad_days="--days tem de ser um número inteiro de pelo menos 1, não {days}.",
    boost=(
        "\nA sua última compilação: o impulso de promoção subiu {raised} de {links} links para os "
        "seus próprios posts, em {posts} de {total} posts, acima de um post mais relevante "
        "(`pelican --debug` lista-os).\n"
    ),
)


def _set_in_french(words: DigestWords) -> DigestWords:
    """Return *words* with French no-break spaces (before ; : » and after «), as the drafts set
    them (reply_drafts.language_lines.typeset): a share line never breaks before its colon."""
    changed = {}
    for name, value in vars(words).items():
        if isinstance(value, str) and name != "language":
            changed[name] = typeset(value, "fr")
        elif isinstance(value, tuple):
            changed[name] = tuple(typeset(text, "fr") for text in value)
    return replace(words, **changed, language="fr")


WORDS = {
    "en": ENGLISH,
    "fr": _set_in_french(FRENCH),
    "es": SPANISH,
    "de": GERMAN,
    "it": ITALIAN,
    "pt": PORTUGUESE,
}


def digest_words(lang: object) -> DigestWords:
    """Return the digest's words in the language of *lang* (DEFAULT_LANG: "fr", "pt_BR"), English
    for a language the drafts do not speak."""
    return WORDS.get(language_code(lang) or FALLBACK, ENGLISH)
