"""Links a blog brings in its MENUITEMS that lead to no page of the built site.

A menu link is on every page, and nothing in Pelican looks at where it leads: an old theme's
sections (`("Guides", "/guides/")`, as in pelican-engineering-theme's example site) or a page
renamed on the way made every page link to nothing. Once the site is written, each local link is
looked for in the output, and one that is not there is named with its title.
"""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import unquote, urlparse

logger = logging.getLogger(__name__)


def check_menu_links(pelican) -> None:
    """Warn about each MENUITEMS link, from the site's root, that leads to no written file."""
    settings = pelican.settings
    output = Path(settings["OUTPUT_PATH"])
    root = urlparse(settings.get("SITEURL") or "").path.rstrip("/")
    for item in settings.get("MENUITEMS") or ():
        if not isinstance(item, (list, tuple)) or len(item) < 2:
            logger.warning(
                "front_matter: MENUITEMS: %r is not a (title, link) pair: write it as "
                '("Title", "/link/")',
                item,
            )
            continue
        title, link = item[0], item[1]  # a theme may read more: (title, link, icon)
        path = _local_path(str(link), root)
        if path is None or _written(output, path):
            continue
        logger.warning(
            "front_matter: MENUITEMS: the link %r (%r) leads to no page of the site: fix it or "
            "take it out (a page your host serves outside the site: write its full https:// "
            "address)",
            link,
            title,
        )


def _local_path(link: str, root: str) -> str | None:
    """Return the file path *link* names in the site, or None for another site's address, a
    fragment, or an address outside the site's own folder *root*."""
    url = urlparse(link)
    if url.scheme or url.netloc or not url.path:
        return None
    path = unquote(url.path)
    if path.startswith("/"):
        if root and not (path == root or path.startswith(root + "/")):
            return None
        path = path[len(root) :]
    return path.lstrip("/")


def _written(output: Path, path: str) -> bool:
    """Return whether a static host finds a file for *path* in *output*: `about/` is a folder's
    `index.html` (`about.html` answers `about`, never `about/`: GitHub Pages and nginx say 404)."""
    target = output / path
    if not path or target.is_dir() or path.endswith("/"):
        return (target / "index.html").is_file()
    return target.is_file() or target.with_name(target.name + ".html").is_file()
