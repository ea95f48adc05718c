"""Addresses a blog brings from its old pelicanconf.py that would link to pages never written.

A `*_URL` is where links point, its `*_SAVE_AS` where Pelican writes the page. A blog that set one
and not the other (`TAGS_URL = "tags.html"` beside Goldstar's `TAGS_SAVE_AS = "tags/index.html"`),
or changed one and forgot the other, linked every page to an address with nothing there. The link
now goes where the page is, with a warning naming both settings. A list page the blog's
DIRECT_TEMPLATES leaves out (`("index", "archives")`, common in old blogs) is not written, so it is
not linked either: its `*_SAVE_AS` is emptied, as a blog turning it off would have written.
"""

from __future__ import annotations

import logging

from .syntax import entry, syntax_of

logger = logging.getLogger(__name__)

# The pages whose address has a `*_URL` and a `*_SAVE_AS` (Pelican's, and the four lists that
# themes link with `*_URL`, which Goldstar's theme reads the same way).
PAIRS = (
    "ARTICLE",
    "ARTICLE_LANG",
    "DRAFT",
    "DRAFT_LANG",
    "PAGE",
    "PAGE_LANG",
    "DRAFT_PAGE",
    "DRAFT_PAGE_LANG",
    "CATEGORY",
    "TAG",
    "AUTHOR",
    "YEAR_ARCHIVE",
    "MONTH_ARCHIVE",
    "DAY_ARCHIVE",
    "ARCHIVES",
    "CATEGORIES",
    "TAGS",
    "AUTHORS",
)
LISTS = ("archives", "categories", "tags", "authors")


def check_addresses(pelican) -> None:
    """Point each `*_URL` that names no page at where its `*_SAVE_AS` writes it, with a warning;
    leave the list pages DIRECT_TEMPLATES does not write unlinked."""
    settings = pelican.settings
    unlink_unwritten_lists(settings)
    for name in PAIRS:
        url, save_as = settings.get(f"{name}_URL"), settings.get(f"{name}_SAVE_AS")
        if not (isinstance(url, str) and isinstance(save_as, str) and url and save_as):
            continue
        if leads_to(url, save_as):
            continue
        settings[f"{name}_URL"] = url_of(save_as)
        logger.warning(
            "front_matter: %s_URL = %r is not where %s_SAVE_AS = %r writes the page, so its "
            "links would lead nowhere; they lead to %r now: set both to the address you want "
            "(your old blog's, to keep its links working; docs/migrating.md)",
            name,
            url,
            name,
            save_as,
            url_of(save_as),
        )


def unlink_unwritten_lists(settings: dict) -> None:
    """Empty the `*_SAVE_AS` of the lists (archives, tags…) DIRECT_TEMPLATES leaves out."""
    direct = settings.get("DIRECT_TEMPLATES")
    if not isinstance(direct, list | tuple):
        return
    for name in LISTS:
        if name not in direct:
            settings[f"{name.upper()}_SAVE_AS"] = ""


def leads_to(url: str, save_as: str) -> bool:
    """Return whether a link to *url* reaches the file *save_as* on a static host: the file
    itself, its folder (`tags/` for `tags/index.html`), or its name without `.html`."""
    url, save_as = url.lstrip("/"), save_as.lstrip("/")
    if url == save_as or url_of(save_as) == url:
        return True
    return save_as in (url + ".html", url + "/index.html")


def url_of(save_as: str) -> str:
    """Return the address of the file *save_as*: its folder's for an `index.html`."""
    save_as = save_as.lstrip("/")
    if save_as == "index.html" or save_as.endswith("/index.html"):
        return save_as[: -len("index.html")]
    return save_as


def match_own_addresses(contents) -> None:
    """Link each post or page whose own `Save_as:` and `URL:` disagree (one written without the
    other: `Save_as: legacy/post.html` alone) where it is written, with a warning naming its file
    and the line to add.

    Pelican takes a missing one from the site's `*_URL` or `*_SAVE_AS`: a post with only
    `Save_as:` was written there but linked at `2011/its-slug/`, where nothing is (every listing,
    the menu, its canonical address), and one with only `URL:` linked where nothing was written.
    """
    for content in contents:
        own_save_as = getattr(content, "override_save_as", None)
        own_url = getattr(content, "override_url", None)
        if own_save_as is None and own_url is None:
            continue
        save_as, url = content.save_as, content.url
        if not save_as or leads_to(url, save_as):  # `Save_as:` empty: written nowhere
            continue
        syntax = syntax_of(content.source_path)
        if own_save_as is None:
            content.override_save_as = content.metadata["save_as"] = save_as_of(url)
            fate = f"it was written to {save_as!r}; it is written to {content.save_as!r} now"
            written, fix = entry("URL", own_url, syntax), entry("Save_as", content.save_as, syntax)
        else:
            content.override_url = content.metadata["url"] = url_of(save_as)
            fate = f"it is linked at {content.url!r} now"
            written = entry("Save_as", own_save_as, syntax)
            fix = entry("URL", content.url, syntax)
        logger.warning(
            "front_matter: %s: with `%s` %s, its links led to %r, where nothing was written: %s; "
            "write `%s` beside it to say so",
            content.relative_source_path,
            written,
            _missing(own_save_as, own_url),
            url,
            fate,
            fix,
            extra={"limit_msg": "front_matter: more posts whose Save_as and URL disagree"},
        )


def _missing(own_save_as: str | None, own_url: str | None) -> str:
    """Return what the post lacks beside the address it wrote: the other key, or agreement."""
    if own_save_as is None:
        return "and no Save_as"
    return "and no URL" if own_url is None else "and a URL of another page"


def save_as_of(url: str) -> str:
    """Return the file a static host serves at *url*: a folder's `index.html`, or the file."""
    url = url.lstrip("/")
    if not url or url.endswith("/"):
        return url + "index.html"
    return url if "." in url.rsplit("/", 1)[-1] else url + ".html"


# Goldstar's pelicanconf.py addresses of a post and of one in another language, and Pelican's
# default for the latter: a blog that brought its ARTICLE_URL (section 2 of docs/migrating.md) but
# never set ARTICLE_LANG_URL had Pelican's for its posts in other languages.
LANG_ADDRESSES = {
    "ARTICLE": ("{date:%Y}/{slug}/", "{date:%Y}/{slug}-{lang}/", "{slug}-{lang}.html"),
    "PAGE": ("{slug}/", "{slug}-{lang}/", "pages/{slug}-{lang}.html"),
}


def check_language_addresses(generator) -> None:
    """Warn when posts (or pages) in another language take Goldstar's address while the others
    keep the blog's own: the blog brought its `*_URL` but not the `*_LANG_URL` beside it."""
    kind = "ARTICLE" if hasattr(generator, "articles") else "PAGE"
    goldstar, goldstar_lang, pelican = LANG_ADDRESSES[kind]
    settings = generator.settings
    url, lang_url = settings.get(f"{kind}_URL"), settings.get(f"{kind}_LANG_URL")
    if url == goldstar or lang_url != goldstar_lang:
        return
    listed = getattr(generator, "articles" if kind == "ARTICLE" else "pages", [])
    others = [c for c in [*listed, *generator.translations] if not c.in_default_lang]
    if not others:
        return
    logger.warning(
        "front_matter: %s_URL is your blog's (%r) but %s_LANG_URL is still Goldstar's (%r): %d "
        "in another language (e.g. %s) moved to %r; if your blog never set %s_LANG_URL, it was "
        "Pelican's %r: set %s_LANG_URL and %s_LANG_SAVE_AS to keep those addresses",
        kind,
        url,
        kind,
        lang_url,
        len(others),
        others[0].relative_source_path,
        others[0].url,
        kind,
        pelican,
        kind,
        kind,
    )
