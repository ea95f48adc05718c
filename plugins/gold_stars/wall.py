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

    def generate_output(self, writer) -> None:
        """Render the wall template to its page."""
        wall: Wall | None = self.context.get(CONTEXT_KEY)
        if wall is None or not wall.save_as:
            return
        now_shown = shown(wall)  # once: at 10,000 posts it walks a few thousand commenters
        if now_shown == self.written:
            return  # the bake's wall shows what the page already written shows
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
