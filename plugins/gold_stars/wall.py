"""The wall of gold stars: one page thanking the commenters who earned them."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from pelican.generators import Generator, PelicanTemplateNotFound

from .badges import Commenter
from .settings import Badge

logger = logging.getLogger(__name__)

TEMPLATE = "gold_stars_wall"
CONTEXT_KEY = "gold_stars_wall"


@dataclass(frozen=True)
class Wall:
    """What the wall page shows: the commenters with gold stars, and every badge there is."""

    commenters: list[Commenter]
    badges: list[Badge]
    url: str
    save_as: str


def build_wall(
    commenters: dict[str, Commenter], badges: list[Badge], url: str, save_as: str
) -> Wall:
    """Return the wall: commenters with gold stars, most first, with their starred comments."""
    starred = []
    for person in commenters.values():
        # A draft's comments count toward badges, but the wall links only to posts readers can open.
        person.starred = [s for s in person.starred if getattr(s.article, "status", "") != "draft"]
        person.starred.sort(key=lambda s: (s.comment.created or "", s.comment.id))
        if person.starred:
            starred.append(person)
    starred.sort(key=lambda p: (-p.gold_stars, p.name.casefold(), p.key))
    return Wall(starred, badges, url, save_as)


def shown(wall: Wall) -> tuple:
    """Return what the wall page shows (gold_stars_wall.html): the badges, and each commenter's
    name, gold stars, badges and starred comments (post, comment id, excerpt), in order."""
    commenters = tuple(
        (
            person.name,
            person.gold_stars,
            person.badges,
            tuple((s.article, s.comment.id, s.excerpt) for s in person.starred),
        )
        for person in wall.commenters
    )
    return tuple(wall.badges), wall.url, wall.save_as, commenters


class GoldStarsWallGenerator(Generator):
    """Write the wall of gold stars page, when gold_stars prepared one."""

    # The bake step (bake/) runs generate_output again whenever the comment export changes.
    shows_comments = True
    written: tuple | None = None  # what the wall it wrote showed
    warned_taken = False  # whether a page at the wall's address was named

    def generate_output(self, writer) -> None:
        """Render the wall template to its page."""
        wall: Wall | None = self.context.get(CONTEXT_KEY)
        if wall is None or not wall.save_as:
            return
        now_shown = shown(wall)  # once: at 10,000 posts it walks a few thousand commenters
        if now_shown == self.written:
            return  # the bake's wall shows what the page already written shows
        if self._page_in_place(wall):
            return
        try:
            template = self.get_template(TEMPLATE)
        except PelicanTemplateNotFound:
            logger.warning(
                "gold_stars: the theme has no %s.html template, so the wall of gold stars is not "
                "written; copy theme/templates/%s.html into your theme, or set "
                "GOLD_STARS_WALL_SAVE_AS = '' to turn the page off",
                TEMPLATE,
                TEMPLATE,
            )
            return
        writer.write_file(
            wall.save_as,
            template,
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=wall.url,
            wall=wall,
            page_name=wall.url.rstrip("/") or "gold-stars",
        )
        self.written = now_shown

    def _page_in_place(self, wall: Wall) -> bool:
        """Return whether a post or page of the blog's is written where the wall goes, naming it
        once: the blog's page keeps its address (Pelican would stop the build writing over it)."""
        taken_by = content_written_at(self.context, wall.save_as)
        if taken_by is None:
            return False
        if not self.warned_taken:
            logger.warning(
                "gold_stars: %s is written at %s, where the wall of gold stars goes, so the wall "
                "is not written: set GOLD_STARS_WALL_SAVE_AS and GOLD_STARS_WALL_URL to another "
                "address (or GOLD_STARS_WALL_SAVE_AS = '' for no wall), or give the page a "
                "`Slug:` of its own",
                taken_by.relative_source_path,
                wall.save_as,
            )
            self.warned_taken = True
        return True


# The context's lists of what Pelican writes a page for, each post's translations too.
WRITTEN_CONTENTS = ("articles", "drafts", "hidden_articles", "pages", "hidden_pages", "draft_pages")


def content_written_at(context: dict, save_as: str) -> object | None:
    """Return the post or page the site writes at *save_as*, or None."""
    for key in WRITTEN_CONTENTS:
        for content in context.get(key) or ():
            for written in (content, *getattr(content, "translations", ())):
                if getattr(written, "save_as", None) == save_as:
                    return written
    return None
