"""Pages an old theme wrote that this theme cannot: a DIRECT_TEMPLATES name without a template
(`"search"`, as tipue_search's setup has it), a TEMPLATE_PAGES file that is not there.

Pelican read and rendered every post, then stopped the whole build on the first one with
"PelicanTemplateNotFound" and a traceback, writing nothing after it. Such a page is now left
out, with a warning naming it and what to do.
"""

from __future__ import annotations

import logging
import os

from pelican.generators import PelicanTemplateNotFound

logger = logging.getLogger(__name__)


def leave_out_missing_templates(generator) -> None:
    """Take out of DIRECT_TEMPLATES and TEMPLATE_PAGES what the build has no template for (at
    article_generator_finalized: the theme's and the plugins' templates are all known)."""
    settings = generator.settings
    direct = settings.get("DIRECT_TEMPLATES")
    if isinstance(direct, list | tuple):
        missing = [name for name in direct if not has_template(generator, name)]
        if missing:
            settings["DIRECT_TEMPLATES"] = [name for name in direct if name not in missing]
            for name in missing:
                logger.warning(
                    "front_matter: DIRECT_TEMPLATES names %r, a template the theme does not have "
                    "(%s.html): Pelican would stop the build there; the page is not written: "
                    "take it out of DIRECT_TEMPLATES, or port your old theme's template "
                    "(docs/migrating.md, section 4)",
                    name,
                    name,
                )
    pages = settings.get("TEMPLATE_PAGES")
    if isinstance(pages, dict):
        for source in [s for s in pages if not os.path.isfile(os.path.join(generator.path, s))]:
            logger.warning(
                "front_matter: TEMPLATE_PAGES names %s, which is not in the content folder: "
                "Pelican would stop the build there; %s is not written: bring the file, or take "
                "it out of TEMPLATE_PAGES",
                source,
                pages.pop(source),
            )


def has_template(generator, name: str) -> bool:
    """Return whether the build's templates have *name* (with any TEMPLATE_EXTENSIONS)."""
    try:
        generator.get_template(name)
    except PelicanTemplateNotFound:
        return False
    return True
