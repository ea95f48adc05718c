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


# What `Support:` says for a hard day (the theme's partials read the same values).
SUPPORT_VALUES = ("true", "yes", "1", "on")


def is_support_post(article: object) -> bool:
    """Return whether *article* is a support post (metadata `support: true`, a hard day)."""
    value = getattr(article, "metadata", {}).get("support", "")
    return str(value).strip().lower() in SUPPORT_VALUES
