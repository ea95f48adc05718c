"""Make untrusted text inert: plain words that no Markdown or HTML renderer turns into markup.

A commenter's name and the phrase quoted from their comment go into a draft the author may post
as Markdown. Everything they typed is treated as text: control and direction characters go,
whitespace collapses to single spaces, and the few characters that start markup are replaced
by look-alikes or dropped, so the draft renders to exactly the words the reader sees.
"""

import re
import unicodedata
from urllib.parse import urlsplit

# Format characters worth keeping: zero-width (non-)joiners shape emoji and Indic/Persian text.
_KEEP_FORMAT = {"\u200c", "\u200d"}
_MAX_MARKS = 2  # combining marks kept per base character ("Zalgo" text stacks hundreds)

# Characters that open Markdown or HTML constructs inside a line, and what replaces them.
_INLINE = str.maketrans(
    {
        "<": "‹",
        ">": "›",
        "[": "(",
        "]": ")",
        "{": "(",
        "}": ")",
        "`": "'",
        "*": None,
        "~": None,
        "\\": None,
        "^": None,
    }
)
_ENTITY = re.compile(r"&(?=#?\w+;)")
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")  # keep snake_case, drop _emphasis_
_SCHEME = re.compile(r"\b(?:[a-z][a-z0-9+.-]{0,30}+:)?//(?:www\.)?|\bwww\.", re.IGNORECASE)
# Markers that make a block (heading, list, quote, rule, table) when a line starts with them.
_BLOCK_START = re.compile(r"^(?:#++|[+\-:]++(?=\s|$)|[>=|_!.\s]|\d++[.)](?=\s|$))++")
_SPACE = re.compile(r"\s+")
# An arrow typed between words ("Mix => rest => fold") is set as one, not as "=›".
_ARROWS = {"=>": "⇒", "->": "→"}
_ARROW = re.compile(r"(?<=\s)(?:=>|->)(?=\s)")


def _is_dropped(char: str) -> bool:
    category = unicodedata.category(char)
    if category == "Cf":
        return char not in _KEEP_FORMAT
    return category in {"Cc", "Cs", "Co", "Cn"}


def _clean_characters(text: str) -> str:
    if text.isascii() and text.isprintable():
        return text  # the common case: nothing to drop, no combining marks
    kept: list[str] = []
    marks = 0
    for char in unicodedata.normalize("NFC", text):
        if _is_dropped(char):
            kept.append(" " if unicodedata.category(char) == "Cc" else "")
            continue
        if unicodedata.combining(char):
            marks += 1
            if marks > _MAX_MARKS:
                continue
        else:
            marks = 0
        kept.append(char)
    return "".join(kept)


def shorten(text: str, limit: int) -> str:
    """Return *text* cut at a word boundary to at most *limit* characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–—") + "…"


def plain_text(text: str, limit: int = 200) -> str:
    """Return *text* as one line of inert plain text of at most *limit* characters."""
    text = _clean_characters(text)
    text = _SPACE.sub(" ", text).strip()
    text = _SCHEME.sub("", text)
    text = _ENTITY.sub("＆", text)
    text = _ARROW.sub(lambda match: _ARROWS[match.group(0)], text)
    text = text.translate(_INLINE)
    text = _UNDERSCORE.sub("", text)
    text = _BLOCK_START.sub("", text)
    text = _SPACE.sub(" ", text).strip()
    return shorten(text, limit)


# What forms and old imports put where nobody typed a name: greeted as "friend", not "Hi null".
PLACEHOLDER_NAMES = frozenset(
    (
        *("anonymous", "anon", "anonyme", "anonym", "anónimo", "anonimo", "guest", "gast"),
        *("invité", "invitado", "null", "undefined", "none", "n/a", "name", "user"),
        *("unknown", "inconnu", "your name", "votre nom", "no name", "not given"),
        *("mr", "mrs", "ms", "dr"),  # a title with no name after it
        # a role, not a person: "Dear admin", « Bonjour Visiteur » read as a form letter
        *("admin", "administrator", "administrateur", "webmaster", "moderator", "test"),
        *("visitor", "visiteur", "visiteuse", "visitante", "besucher", "visitatore", "ospite"),
        *("reader", "commenter", "anónima", "anonima", "anônimo", "anônima", "anonyma"),
    )
)
# A login, not a name: letters run into digits, or lower-case words joined by "." ("jdoe42",
# "baker_99", "jane.doe") is greeted as "friend", not "Dear jdoe42" ("J.R." and "Mr.Itsy" stay
# names, and so does a nickname with no digit, "xX_baker_Xx").
_HANDLE = re.compile(
    r"(?=\S*\d)[^\W_]++(?:[_.][^\W_]++)*+|[^\W\d_A-Z]{2,}+(?:\.[^\W\d_A-Z]{2,}+)++"
)
# Markup and addresses typed in the name field are no one's name: "Hi ‹b›Bob‹/b›" reads oddly, and
# a reply greeting "bob@example.com" would publish the address the commenter meant to keep private.
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?[a-z][a-z0-9-]*(?:\s[^<>]*)?/?>", re.IGNORECASE)
_NAME_READ = 200  # characters of a name read (the server keeps 80): the patterns stay fast
_EMAIL = re.compile(r"<?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?")
_WEB_ADDRESS = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+|"
    r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|info|biz|shop|store|online|site|xyz|dev|"
    r"app|blog|me|fr|de|uk|ca|eu|nl|es|it|be|ch|us|ai|example)(?![\w.-])/?",
    re.IGNORECASE,
)

_EMPTY_BRACKETS = re.compile(r"[(\[{<]\s*[)\]}>]")


def plain_name(name: str, fallback: str = "friend") -> str:
    """Return the commenter's display *name* as inert text without markup, or *fallback* when
    nothing is left or the name is a placeholder, a web or e-mail address; a name typed in
    capitals is greeted as "John Smith"."""
    name = name[:_NAME_READ].strip()
    if _WEB_ADDRESS.fullmatch(name):
        return fallback
    cleaned = plain_text(_without_markup(name), limit=40)
    if not any(char.isalnum() for char in cleaned) or _is_placeholder(cleaned):
        return fallback
    return _unshouted(cleaned)


def _without_markup(name: str) -> str:
    """Return *name* without HTML tags (a script's or a style's content too), e-mail or web
    addresses ("Jane (janebakes.com)" is Jane), and the brackets or dashes left around them."""
    name = _TAG.sub(" ", _SCRIPT.sub(" ", _EMAIL.sub(" ", name)))
    name = _EMPTY_BRACKETS.sub(" ", _WEB_ADDRESS.sub(" ", name))
    return name.strip(" -–—|:,")


def _is_placeholder(name: str) -> bool:
    bare = name.strip(" .!-?")
    return bare.casefold() in PLACEHOLDER_NAMES or bool(_HANDLE.fullmatch(bare))


# A surname's particles, in lower case inside a name unshouted: "MARÍA DE LA CRUZ" is "María de la
# Cruz" (and "DE LA CRUZ" is "De la Cruz").
_PARTICLES = frozenset(
    ("de", "del", "della", "la", "le", "da", "das", "dos", "di", "du", "van", "von", "der", "den")
)


# "MCDONALD" is "McDonald", not "Mcdonald" ("O'NEIL" is "O'Neil" already).
_MC = re.compile(r"\bMc([a-z])")


def _raised(match: re.Match) -> str:
    return "Mc" + match.group(1).upper()


def _unshouted(name: str) -> str:
    """Return "John Smith" for "JOHN SMITH", "María de la Cruz" for "MARÍA DE LA CRUZ"; initials
    and short words ("DJ Kool", "JJ ABRAMS") stay as typed."""
    words = name.split()
    if not name.isupper() or not all(
        len(word) > 2 or word.casefold() in _PARTICLES for word in words
    ):
        return name
    if all(word.casefold() in _PARTICLES for word in words):
        return name
    said = [
        word.casefold() if word.casefold() in _PARTICLES else _MC.sub(_raised, word.title())
        for word in words
    ]
    return " ".join(said)[:1].upper() + " ".join(said)[1:]


def safe_url(url: str) -> str:
    """Return *url* when it is a plain http(s) or site-absolute link, else ""."""
    url = url.strip()
    if not url or any(char in url for char in " <>()[]{}\"'`\\") or not url.isprintable():
        return ""
    if url.startswith("/") and not url.startswith("//"):
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme in {"http", "https"} and parts.hostname else ""


def link_host(url: str) -> str:
    """Return the host name of *url* without "www." when it is a plain DNS name, else ""."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    host = host.removeprefix("www.")
    if re.fullmatch(
        r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,63}", host
    ):
        return host
    return ""
