"""A post's own summary (its `Summary:`, or the part before `<!-- PELICAN_END_SUMMARY -->`) with
links that lead somewhere on every listing page.

Pelican resolves the `{filename}` links of a summary it is given once, before any page is written,
from the site's root; with RELATIVE_URLS (`invoke build`, `invoke serve`) a listing page away from
the root (category/tech/, tag/…/, page/2/) then showed `2024/post/`, which led nowhere from there.
The summary it cuts from a post's first words is resolved for each page it is shown on, and so is
this one now: its source is kept before Pelican resolves it, and `summary_here(post, SITEURL)`
resolves it for the page being written, as Pelican does a post's text (Content._update_content).
"""

from __future__ import annotations


def keep_summary_sources(contents: list) -> None:
    """Keep, as `summary_source`, the summary of each post or page that was given one and still
    names its links as `{filename}`, `{static}`, `{category}`…, before Pelican resolves them."""
    for content in contents:
        if "summary" not in content.settings["FORMATTED_FIELDS"]:
            continue  # Pelican leaves it as written too
        # Pelican's refresh_metadata_intersite_links takes `_summary` first, where plugins write
        summary = getattr(content, "_summary", content.metadata.get("summary"))
        if isinstance(summary, str) and "{" in summary:
            content.summary_source = summary


def summary_here(content, siteurl: str) -> str:
    """Return the summary of *content* with its links resolved from *siteurl*, the SITEURL of
    the page being written (`..` on a page two folders down, with RELATIVE_URLS)."""
    source = getattr(content, "summary_source", None)
    if source is None or not content.settings.get("RELATIVE_URLS"):
        return content.summary  # resolved from the root, as every page of the site sees it
    return content._update_content(source, siteurl)


def give_templates_summary_here(generator) -> None:
    """Give the templates of *generator* (at generator_init) `summary_here`."""
    generator.env.globals["summary_here"] = summary_here
