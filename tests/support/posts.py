"""Tiny blogs with comments: posts, export comments and the export files the server writes, and
what to read of their builds; three posts whose comments earn Agnès and Tomás their badges, a
fourth, and the next export's changes (more comments, a gold star)."""

import hashlib
import json
from pathlib import Path

from bs4 import BeautifulSoup

AGNES = "a9e5000000000001"
TOMAS = "70a5000000000002"
MAYA = "0a17000000000003"
SAM = "5a11000000000005"
KIM = "c1a0000000000007"


def write_post(content: Path, slug: str, date: str = "2026-01-05 09:00", **meta: str) -> Path:
    """Write a Markdown post with *slug* (and extra metadata) into *content*."""
    meta.setdefault("title", slug.replace("-", " ").title())
    return write_text_post(content, slug, "A post to comment on.", date, **meta)


def write_text_post(
    content: Path, slug: str, text: str, date: str = "2026-01-05 09:00", **meta: str
) -> Path:
    """Write a Markdown post *slug* that says *text* into *content*, titled *slug* unless `title`
    is given, with extra metadata *meta*."""
    content.mkdir(parents=True, exist_ok=True)
    lines = [f"Title: {meta.pop('title', slug)}", f"Date: {date}", f"Slug: {slug}"]
    lines += [f"{key}: {value}" for key, value in meta.items()]
    path = content / f"{slug}.md"
    path.write_text("\n".join(lines) + f"\n\n{text}\n", encoding="utf-8")
    return path


def comment(cid: int, parent: int | None = None, author: str = "Agnès", **fields) -> dict:
    """Return one valid export comment; *fields* replace the defaults."""
    record = {
        "id": cid,
        "parent": parent,
        "author": author,
        "website": None,
        "created": f"2026-01-{(cid % 28) + 1:02d}T10:00:00Z",
        "edited": None,
        "updated": f"2026-01-{(cid % 28) + 1:02d}T11:30:00Z",
        "html": f"<p>Comment number {cid}.</p>",
        "markdown": f"Comment number {cid}.",
        "stars": 0,
        "gold_stars": 0,
        "by_author": False,
        "commenter": hashlib.sha256(author.encode()).hexdigest()[:16],
    }
    record.update(fields)
    return record


def said(cid: int, author: str, text: str, commenter: str, parent=None, **fields) -> dict:
    """Return an export comment by *author* that says *text* (`tone` as the server read it), a
    reply to *parent* if given."""
    html = f"<p>{text}</p>"
    return comment(cid, parent, author, html=html, markdown=text, commenter=commenter, **fields)


def badge_ids(page: BeautifulSoup, cid: int) -> list[str]:
    """Return the ids of the badges shown beside comment *cid*."""
    return [li["data-badge"] for li in page.select(f"#comment-{cid} > article .badges .badge")]


def award(page: BeautifulSoup, cid: int) -> str | None:
    """Return the text of comment *cid*'s gold star award, or None when it shows none."""
    found = page.select_one(f"#comment-{cid} > article .gold-star-award")
    return found.get_text() if found else None


def write_export(
    content: Path, thread: str, comments: list[dict], stars: int = 0, version: int = 2, **top
) -> Path:
    """Write `comments/<thread>.json` the way the server's export does (a comment's `tone` only
    when given: without one, the build reads the room as with an export of version 1)."""
    folder = content / "comments"
    folder.mkdir(parents=True, exist_ok=True)
    data = {"format": "goldstar-comments", "version": version, "thread": thread, "stars": stars}
    data["comments"] = comments
    data.update(top)
    path = folder / f"{thread}.json"
    text = json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def article_of(result, slug: str):
    """Return the built article with *slug*."""
    return next(a for a in result.articles if a.slug == slug)


def page_of(result, slug: str) -> BeautifulSoup:
    """Return the parsed output page of the article with *slug*."""
    return page_at(result, article_of(result, slug).save_as)


def said_text(element) -> str:
    """Return the text of *element* as a reader reads it: its white space (French's no-break
    spaces too) folded to single spaces."""
    return " ".join(element.get_text().split())


def page_at(built, relative: str) -> BeautifulSoup:
    """Return the parsed output file at *relative* of a build (a BuildResult or a built Site)."""
    return BeautifulSoup(built.read(relative), "html.parser")


def three_posts(content: Path) -> None:
    """Write three posts whose comments give Agnès four badges and Tomás two."""
    write_post(content, "one", date="2026-01-01 09:00")
    write_post(content, "two", date="2026-01-02 09:00")
    write_post(content, "three", date="2026-01-03 09:00")
    agnes = {"commenter": AGNES}
    write_export(
        content,
        "one",
        [
            comment(1, None, "Agnès", gold_stars=1, **agnes),
            comment(2, 1, "Maya", by_author=True, commenter=MAYA, gold_stars=0),
        ],
        stars=26,
    )
    write_export(
        content,
        "two",
        [
            comment(4, None, "Tomás", stars=10, commenter=TOMAS),
            comment(5, 4, "Agnès", gold_stars=2, **agnes),
            comment(6, None, "Agnès", **agnes),
        ],
        stars=9,
    )
    write_export(
        content,
        "three",
        [
            comment(8, None, "Agnès", **agnes),
            comment(9, 8, "Agnès D.", **agnes, created="2026-03-01T10:00:00Z"),
        ],
        stars=100,
    )


def four_posts(content: Path) -> None:
    """Write three_posts' posts and exports, and a fourth post with no comments yet."""
    three_posts(content)
    write_post(content, "four", date="2026-01-04 09:00", tags="kindness")
    write_post(content, "quiet", date="2025-12-20 09:00")


def add_comments(content: Path, thread: str, *comments: dict, stars: int | None = None) -> None:
    """Add *comments* to the export of *thread* (and set its stars), as the next export would."""
    path = content / "comments" / f"{thread}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["comments"] += list(comments)
    if stars is not None:
        data["stars"] = stars
    write_export(content, thread, data["comments"], stars=data["stars"])


def add_gold_star(content: Path, thread: str, comment_id: int) -> Path:
    """Give comment *comment_id* of *thread* one more gold star, as the next export would."""
    path = content / "comments" / f"{thread}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for one in data["comments"]:
        if one["id"] == comment_id:
            one["gold_stars"] += 1
    return write_export(content, thread, data["comments"], stars=data["stars"])
