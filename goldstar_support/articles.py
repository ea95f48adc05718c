"""Every article a Pelican articles generator holds: what the plugins and the bake walk."""

from itertools import chain


def all_articles(generator) -> chain:
    """Return every article of the articles *generator*: published, hidden and drafts, with
    translations."""
    return chain(
        generator.articles,
        generator.translations,
        generator.hidden_articles,
        generator.hidden_translations,
        generator.drafts,
        generator.drafts_translations,
    )


# What `Support:` says for a hard day (the theme's partials read the same values).
SUPPORT_VALUES = ("true", "yes", "1", "on")


def is_support_post(article: object) -> bool:
    """Return whether *article* is a support post (metadata `support: true`, a hard day)."""
    value = getattr(article, "metadata", {}).get("support", "")
    return str(value).strip().lower() in SUPPORT_VALUES
