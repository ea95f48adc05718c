"""The partials and static files the plugins bring to any theme, and a theme's own winning over
them (docs/existing-site.md)."""

from pathlib import Path

from tests.support import ROOT
from tests.support.packaging import ARTICLE_BLOCK
from tests.support.posts import comment, page_of, write_export, write_post

# docs/existing-site.md's block, in a theme of Pelican's `simple`.
ARTICLE = '{% extends "!simple/article.html" %}\n' + ARTICLE_BLOCK


def small_theme(folder: Path, files: dict[str, str] | None = None) -> Path:
    """Write a theme with only article.html (the rest is Pelican's `simple`) and *files* (text by
    path in the theme)."""
    (folder / "templates").mkdir(parents=True)
    (folder / "templates" / "article.html").write_text(ARTICLE, encoding="utf-8")
    for relative, text in (files or {}).items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def commented_blog(content: Path) -> None:
    """Write two related posts, one with a comment the author gave a gold star."""
    write_post(content, "kind-words", title="Kind words", tags="kindness, comments")
    write_post(content, "kind-notes", title="Kind notes", tags="kindness, comments")
    write_export(content, "kind-words", [comment(1, gold_stars=1)])


def test_a_theme_without_goldstar_files_gets_the_plugins_own(site_builder, tmp_path):
    commented_blog(tmp_path / "content")
    theme = small_theme(tmp_path / "theme")
    result = site_builder(
        THEME=str(theme), DIRECT_TEMPLATES=["index"], COMMENTS_API="https://comments.example.org"
    )
    assert result.warnings() == []
    page = page_of(result, "kind-words")
    assert page.select_one("#comments .comment .badge")
    assert page.select_one(".gold-stars .badge--gold")
    assert page.select_one(".promote-related-own a")
    script = page.select_one('script[type="module"]')["src"]
    assert script.endswith("/theme/js/comments.js")
    for relative in ("js/comments.js", "css/comments.css"):
        shipped = (ROOT / "theme/static" / relative).read_bytes()
        assert (result.output / "theme" / relative).read_bytes() == shipped
    assert "Wall of gold stars" in result.read("gold-stars/index.html")


def test_a_themes_own_partials_and_files_win(site_builder, tmp_path):
    commented_blog(tmp_path / "content")
    theme = small_theme(
        tmp_path / "theme",
        {
            "templates/goldstar/promote_related.html": "<p id='mine'>Read next</p>",
            "static/css/comments.css": "/* the theme's own */\n",
        },
    )
    result = site_builder(THEME=str(theme), DIRECT_TEMPLATES=["index"])
    assert result.warnings() == []
    page = page_of(result, "kind-words")
    assert page.select_one("#mine") and not page.select_one(".promote-related")
    assert page.select_one("#comments .comment")  # the plugin's partial still
    assert result.read("theme/css/comments.css") == "/* the theme's own */\n"


def test_a_plugin_turned_off_leaves_its_include_empty(site_builder, tmp_path):
    commented_blog(tmp_path / "content")
    theme = small_theme(tmp_path / "theme")
    result = site_builder(
        THEME=str(theme), DIRECT_TEMPLATES=["index"], PLUGINS=["front_matter", "promote_related"]
    )
    assert result.warnings() == []
    page = page_of(result, "kind-words")
    assert page.select_one(".promote-related-own a") and not page.select_one("#comments")
    assert not (result.output / "theme/js/comments.js").exists()
