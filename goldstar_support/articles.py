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
