"""Tiny blogs for the related box: January posts with tags and a language, and the titles the box
offers beside a post."""

from pathlib import Path

from tests.support.posts import page_of


def write_january_post(
    content: Path, slug: str, day: int, title: str, body: str, tags: str, lang: str = "en", **meta
) -> None:
    """Write post *slug*, dated the *day*th of January 2026, with *tags*, *lang* and *body* (and
    extra metadata such as `Support="true"`) into *content*."""
    lines = [f"Title: {title}", f"Date: 2026-01-{day:02d} 09:00", f"Slug: {slug}", f"Lang: {lang}"]
    lines += [f"Tags: {tags}"] + [f"{key}: {value}" for key, value in meta.items()]
    text = "\n".join(lines) + f"\n\n{body}\n"
    (content / f"{slug}.md").write_text(text, encoding="utf-8")


def related_titles(result, slug: str, part: str = "own") -> list[str]:
    """Return the titles the related box offers beside post *slug*: its *part* ("own" posts of the
    blog, or "friends")."""
    page = page_of(result, slug)
    return [a.get_text() for a in page.select(f".promote-related-{part} .promote-related-item a")]
