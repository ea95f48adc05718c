"""Every article a Pelican articles generator holds (and every page a pages generator holds):
what the plugins and the bake walk."""

from itertools import chain

# The attributes of an ArticlesGenerator that list its posts: published, hidden and drafts, with
# translations.
ARTICLE_LISTS = (
    "articles",
    "translations",
    "hidden_articles",
    "hidden_translations",
    "drafts",
    "drafts_translations",
)
# The same for a PagesGenerator's pages.
PAGE_LISTS = (
    "pages",
    "translations",
    "hidden_pages",
    "hidden_translations",
    "draft_pages",
    "draft_translations",
)


def all_articles(generator) -> chain:
    """Return every article of the articles *generator*: published, hidden and drafts, with
    translations."""
    return chain(*(getattr(generator, name) for name in ARTICLE_LISTS))


# What `Support:` says for a hard day (the theme's partials read the same values: plugins/comments
# writes any other yes of SUPPORT_YES as "true" before they render).
SUPPORT_VALUES = ("true", "yes", "1", "on")
# A yes and a no in the languages of the drafts: « Support: oui » on « Au revoir, papa » is a hard
# day, not a post to throw « 100 étoiles des lecteurs : merci ! » on.
SUPPORT_YES = frozenset(
    (*SUPPORT_VALUES, "oui", "vrai", "sí", "si", "sì", "verdadero", "ja", "wahr", "vero", "sim")
)
SUPPORT_NO = frozenset(
    ("false", "no", "0", "off", "non", "faux", "falso", "nein", "falsch", "não", "nao")
)


def support_said(value: object) -> bool | None:
    """Return what a `Support:` *value* says: True for a yes (in any language of the drafts),
    False for a no, None for anything else (the author said nothing that can be read)."""
    word = str(value).strip().lower()
    return True if word in SUPPORT_YES else False if word in SUPPORT_NO else None


def is_support_post(article: object) -> bool:
    """Return whether *article* is a support post (metadata `support: true`, a hard day)."""
    return support_said(getattr(article, "metadata", {}).get("support", "")) is True
