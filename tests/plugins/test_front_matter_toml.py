"""Warnings about Hugo's TOML front matter (`+++`) name the file's line and ask for TOML
(plugins/front_matter/toml_front.py, syntax.py), in real builds: a `title: Hi` pasted into a TOML
block broke it, and the post lost all of its metadata."""

import os
import re
import tomllib
from pathlib import Path

from tests.support.sources import write_source

# Each post's front matter has one problem a warning names; the fix it asks for is pasted in.
POSTS = {
    "table.md": "+++\ntitle = {en = 'Hi'}\ndate = 2024-01-02\n+++\nBody.\n",
    "yesterday.md": "+++\ntitle = 'Bad date'\ndate = 'yesterday'\n+++\nBody.\n",
    "year.md": "+++\ntitle = 'A year'\ndate = '2019'\n+++\nBody.\n",
    "hugo-categories.md": "+++\ntitle = 'Cats'\ndate = 2024-01-03\ncategories = ['a', 'b']\n+++\n",
    "categories-table.md": "+++\ntitle = 'Table'\ndate = 2024-01-04\ncategories = {a = 1}\n+++\n",
    "untitled.md": "+++\ndate = 2024-01-05\n+++\nBody.\n",
    "undated.md": "+++\ntitle = 'Undated'\n+++\nBody.\n",
}
# What the blogger is asked to write: the first `key = value` after "write" or "add".
FIX = re.compile(r"(?:write|add)[^`]*`(?P<key>[a-z]+) = (?P<value>[^`]*)`")


def write_posts(content: Path, posts: dict[str, str]) -> None:
    """Write each of *posts* ({file name: text}) under *content*."""
    for name, text in posts.items():
        write_source(content, name, text)


def front_matter_warnings(result) -> dict[str, str]:
    """Return the plugin's warnings by the file they name."""
    found = (re.match(r"front_matter: ([^:]+)", w) for w in result.warnings())
    return {match[1]: match.string for match in found if match}


def pasted(text: str, warning: str) -> str:
    """Return the post *text* with the line the *warning* asks for in place of its key's line
    (or added at the top of its front matter)."""
    fix = FIX.search(warning)
    assert fix, warning
    line = f"{fix['key']} = {fix['value']}"
    kept = [old for old in text.split("\n") if not old.startswith(f"{fix['key']} =")]
    return "\n".join([kept[0], line, *kept[1:]])


def test_warnings_about_toml_front_matter_ask_for_toml(site_builder, tmp_path) -> None:
    write_posts(tmp_path / "content", POSTS)
    stamp = 1560600000  # 2019-06-15 12:00 UTC
    os.utime(tmp_path / "content" / "undated.md", (stamp, stamp))
    os.utime(tmp_path / "content" / "yesterday.md", (stamp, stamp))

    warned = front_matter_warnings(site_builder(TIMEZONE="UTC"))

    assert warned == {
        "table.md": "front_matter: table.md: `title` is a TOML table, not text; it is read as "
        "'Hi': write `title = \"Hi\"` to say so",
        "yesterday.md": 'front_matter: yesterday.md: `date = "yesterday"` is not a date Pelican '
        "reads ('yesterday' is not a valid date); the post is dated by its file's time "
        "(2019-06-15 12:00) instead: write it as `date = 2024-01-31` or "
        "`date = 2024-01-31T09:30:00`",
        "year.md": 'front_matter: year.md: `date = "2019"` has no month or day, which Pelican '
        "took from the day of the build; it is dated 2019-01-01: write the whole date "
        "(`date = 2019-01-01`)",
        "hugo-categories.md": "front_matter: hugo-categories.md: `categories` is Hugo's; Pelican "
        "reads one `category` and files this post under its folder's or DEFAULT_CATEGORY: "
        'write `category = "a"` (and the others in `tags = [...]`)',
        "categories-table.md": "front_matter: categories-table.md: `categories` is a TOML table "
        "(a = 1), not the names of categories; Pelican reads one `category` and files this post "
        "under its folder's or DEFAULT_CATEGORY: write `category = \"Name\"` with the post's "
        "category",
        "untitled.md": "front_matter: untitled.md: its front matter has no `title`; it is titled "
        "'Untitled' from its file's name, as Jekyll did: write `title = \"Untitled\"` to choose",
        "undated.md": "front_matter: undated.md: the post has no `date`; Pelican would leave it "
        "out: it is dated by its file's time (2019-06-15 12:00) instead: add its real date "
        "(`date = 2024-01-31`), or bring over the DEFAULT_DATE, FILENAME_METADATA or "
        "PATH_METADATA your old pelicanconf.py dated posts with (docs/migrating.md)",
    }


def test_the_toml_a_warning_asks_for_reads_without_a_warning(site_builder, tmp_path) -> None:
    write_posts(tmp_path / "content", POSTS)
    warned = front_matter_warnings(site_builder())
    fixed = {name: pasted(text, warned[name]) for name, text in POSTS.items()}
    for text in fixed.values():
        tomllib.loads(text.split("+++")[1])  # each is TOML still
    write_posts(tmp_path / "fixed", fixed)

    result = site_builder(tmp_path / "fixed")

    assert result.warnings() == []
    titles = {a.title: (a.date.date().isoformat(), a.category.name) for a in result.articles}
    assert titles == {
        "Hi": ("2024-01-02", "misc"),
        "Bad date": ("2024-01-31", "misc"),
        "A year": ("2019-01-01", "misc"),
        "Cats": ("2024-01-03", "a"),
        "Table": ("2024-01-04", "Name"),
        "Untitled": ("2024-01-05", "misc"),
        "Undated": ("2024-01-31", "misc"),
    }


def test_broken_toml_is_named_by_the_files_line(site_builder, tmp_path) -> None:
    # Two blank lines before the `+++`: the broken line is the file's seventh.
    broken = '\n\n+++\ntitle = "A"\ndate = 2024-01-05\ntags = ["a",\nbroken\n+++\nBody.\n'
    write_posts(tmp_path / "content", {"broken.md": broken, "open.md": "\n+++\ntitle = 'Open'\n"})

    result = site_builder()

    assert broken.split("\n")[6] == "broken"
    assert sorted(w for w in result.warnings() if w.startswith("front_matter")) == [
        "front_matter: broken.md:7: broken TOML front matter (Invalid value, column 1); its "
        "metadata is not read: fix that line",
        "front_matter: open.md:2: the TOML front matter opened by `+++` is never closed (a line "
        "`+++`); the file is read as Markdown",
    ]


def test_lines_of_spaces_before_the_fence_open_toml_as_they_open_yaml(site_builder, tmp_path):
    # a line of spaces before `+++` had the block read as Markdown, with no title, while the
    # YAML splitter skipped such lines
    spaced = " \t\n  \n+++\ntitle = 'Spaced'\ndate = 2024-01-02\n+++\nBody.\n"
    undated = "  \n+++\ntitle = 'Undated'\n+++\nBody.\n"
    broken = "  \n+++\ntitle = 'Broken'\ntags = ['a',\nbroken\n+++\nBody.\n"
    yaml = " \t\n  \n---\ntitle: Yaml\ndate: 2024-01-03\n---\nBody.\n"
    posts = {"spaced.md": spaced, "undated.md": undated, "broken.md": broken, "yaml.md": yaml}
    write_posts(tmp_path / "content", posts)
    stamp = 1560600000  # 2019-06-15 12:00 UTC
    os.utime(tmp_path / "content" / "undated.md", (stamp, stamp))

    result = site_builder(TIMEZONE="UTC")

    assert {article.title: article.date.date().isoformat() for article in result.articles} == {
        "Spaced": "2024-01-02",
        "Yaml": "2024-01-03",
        "Undated": "2019-06-15",  # its file's time, as it says
    }
    warned = front_matter_warnings(result)
    assert warned["broken.md"] == (
        "front_matter: broken.md:5: broken TOML front matter (Invalid value, column 1); its "
        "metadata is not read: fix that line"
    )
    assert "add its real date (`date = 2024-01-31`)" in warned["undated.md"]  # asked in TOML


def test_the_keys_a_warning_names_are_toml_keys(site_builder, tmp_path) -> None:
    # Two posts of one day with one title, and a title of symbols: the fix is a `slug` (a
    # `Slug:` line there broke the block).
    post = "+++\ntitle = '{}'\ndate = 2024-01-0{}\n+++\nBody.\n"
    posts = {"one.md": post.format("Same", 2), "two.md": post.format("Same", 2)}
    write_posts(tmp_path / "content", {**posts, "party.md": post.format("🎉", 3)})

    result = site_builder()

    assert sorted(w for w in result.warnings() if w.startswith("front_matter")) == [
        "front_matter: party.md: its title '🎉' makes no slug; it is 'party', from the file's "
        "name: give the post a `title` with words (or a `slug`)",
        "front_matter: two.md: its address 2024/same/index.html is one.md's too; it is written "
        "to 2024/same-2/index.html instead: give it a `slug` of its own to choose its address",
    ]


def test_a_mapping_under_yaml_categories_is_named(site_builder, tmp_path) -> None:
    # Jekyll's `categories:` as a mapping: the fix was "write `category: {'a':`".
    post = "---\ntitle: Cats\ndate: 2024-01-02\ncategories: {a: 1}\n---\nBody.\n"
    write_posts(tmp_path / "content", {"cats.md": post})

    result = site_builder()

    assert result.warnings() == [
        "front_matter: cats.md: `categories:` is a YAML mapping (a: 1), not the names of "
        "categories; Pelican reads one `category:` and files this post under its folder's or "
        "DEFAULT_CATEGORY: write `category: Name` with the post's category"
    ]
