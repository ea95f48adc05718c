"""Addresses a migrated blog brings: a `*_URL` beside another `*_SAVE_AS`, and list pages its
DIRECT_TEMPLATES leaves out (plugins/front_matter/addresses.py), in real Pelican builds."""

from pathlib import Path

from bs4 import BeautifulSoup

from plugins.front_matter.addresses import leads_to

POST = "Title: Hello world\nDate: 2018-10-03 10:20\nTags: thats, awesome\n\nThe post.\n"


def write_post(content: Path) -> None:
    """Write one post with two tags."""
    content.mkdir(parents=True, exist_ok=True)
    (content / "hello.md").write_text(POST, encoding="utf-8")


def menu_links(result, page: str) -> dict[str, str]:
    """Return the main menu's links of the output file *page*: {text: href}."""
    soup = BeautifulSoup(result.read(page), "html.parser")
    return {a.get_text(strip=True): a["href"] for a in soup.select("nav.site-nav a")}


def test_a_url_the_save_as_does_not_write_links_where_the_page_is(site_builder, tmp_path):
    # A real blog's settings: TAGS_URL from a Pelican site whose TAGS_SAVE_AS was Pelican's
    # default, moved beside Goldstar's `tags/index.html`; and an ARTICLE_URL changed alone.
    write_post(tmp_path / "content")
    result = site_builder(TAGS_URL="tags.html", ARTICLE_URL="posts/{slug}.html")
    warnings = result.warnings()
    tags = [w for w in warnings if w.startswith("front_matter: TAGS_URL")]
    assert tags == [
        "front_matter: TAGS_URL = 'tags.html' is not where TAGS_SAVE_AS = 'tags/index.html' "
        "writes the page, so its links would lead nowhere; they lead to 'tags/' now: set both "
        "to the address you want (your old blog's, to keep its links working; docs/migrating.md)"
    ]
    assert any("ARTICLE_URL = 'posts/{slug}.html'" in w for w in warnings), warnings
    links = menu_links(result, "index.html")
    assert links["Tags"] == "./tags/"
    assert (result.output / "tags" / "index.html").is_file()
    post = BeautifulSoup(result.read("index.html"), "html.parser").select_one("h2 a")
    assert (result.output / post["href"] / "index.html").is_file(), post["href"]


def test_matching_addresses_are_left_alone(site_builder, tmp_path):
    write_post(tmp_path / "content")
    result = site_builder(
        TAGS_URL="tags.html",
        TAGS_SAVE_AS="tags.html",
        ARTICLE_URL="{slug}",
        ARTICLE_SAVE_AS="{slug}.html",
    )
    assert not [w for w in result.warnings() if "_URL" in w], result.warnings()
    assert menu_links(result, "index.html")["Tags"] == "./tags.html"
    assert result.articles[0].url == "hello-world"


def test_lists_direct_templates_leave_out_are_not_linked(site_builder, tmp_path):
    # A real blog's `DIRECT_TEMPLATES = ('index', 'categories', 'archives')`: no tags or authors
    # page is written, and the menu linked both.
    write_post(tmp_path / "content")
    result = site_builder(DIRECT_TEMPLATES=("index", "categories", "archives"))
    assert not (result.output / "tags").exists()
    links = menu_links(result, "index.html")
    assert "Tags" not in links
    assert links["Categories"] == "./categories/"
    for anchor in BeautifulSoup(result.read("index.html"), "html.parser").select("a[href^='./']"):
        target = result.output / anchor["href"]
        assert target.is_file() or (target / "index.html").is_file(), anchor["href"]


def test_a_page_the_theme_has_no_template_for_is_left_out_not_the_whole_build(
    site_builder, tmp_path
):
    # tipue_search's setup: DIRECT_TEMPLATES with "search", which the old theme had; and a
    # TEMPLATE_PAGES file left behind. Pelican read and rendered every post, then stopped the whole
    # build on PelicanTemplateNotFound (TemplateNotFound), with a traceback.
    write_post(tmp_path / "content")
    result = site_builder(
        DIRECT_TEMPLATES=("index", "tags", "categories", "archives", "search"),
        TEMPLATE_PAGES={"extra/books.html": "books.html"},
    )
    assert result.warnings() == [
        "front_matter: DIRECT_TEMPLATES names 'search', a template the theme does not have "
        "(search.html): Pelican would stop the build there; the page is not written: take it out "
        "of DIRECT_TEMPLATES, or port your old theme's template (docs/migrating.md, section 4)",
        "front_matter: TEMPLATE_PAGES names extra/books.html, which is not in the content folder: "
        "Pelican would stop the build there; books.html is not written: bring the file, or take "
        "it out of TEMPLATE_PAGES",
    ]
    assert (result.output / "2018" / "hello-world" / "index.html").is_file()
    assert (result.output / "tags" / "index.html").is_file()
    assert not (result.output / "search.html").exists()


def test_what_a_static_host_serves() -> None:
    assert leads_to("tags/", "tags/index.html")
    assert leads_to("/tags/", "tags/index.html")
    assert leads_to("{slug}", "{slug}.html")
    assert leads_to("{slug}", "{slug}/index.html")
    assert not leads_to("tags.html", "tags/index.html")
    assert not leads_to("posts/{slug}/", "posts/{slug}.html")


def test_posts_in_another_language_keep_the_blogs_shape_of_address_or_are_named(
    site_builder, tmp_path
) -> None:
    # pelican-engineering-theme's example site: ARTICLE_URL = "{slug}.html" and no ARTICLE_LANG_URL,
    # so its Russian translation was multilingual-guide-ru.html; brought into Goldstar's settings,
    # it moved to 2026/multilingual-guide-ru/ without a word.
    content = tmp_path / "content"
    content.mkdir()
    (content / "guide.md").write_text(
        "Title: Guide\nDate: 2026-02-10\nSlug: guide\n\nText.\n", encoding="utf-8"
    )
    (content / "guide-ru.md").write_text(
        "Title: Руководство\nDate: 2026-02-10\nSlug: guide\nLang: ru\n\nТекст.\n", encoding="utf-8"
    )
    mine = {"ARTICLE_URL": "{slug}.html", "ARTICLE_SAVE_AS": "{slug}.html"}

    moved = site_builder(content, **mine)
    kept = site_builder(
        content,
        **mine,
        ARTICLE_LANG_URL="{slug}-{lang}.html",
        ARTICLE_LANG_SAVE_AS="{slug}-{lang}.html",
    )

    assert moved.warnings() == [
        "front_matter: ARTICLE_URL is your blog's ('{slug}.html') but ARTICLE_LANG_URL is still "
        "Goldstar's ('{date:%Y}/{slug}-{lang}/'): 1 in another language (e.g. guide-ru.md) moved "
        "to '2026/guide-ru/'; if your blog never set ARTICLE_LANG_URL, it was Pelican's "
        "'{slug}-{lang}.html': set ARTICLE_LANG_URL and ARTICLE_LANG_SAVE_AS to keep those "
        "addresses"
    ]
    assert kept.warnings() == []
    assert (kept.output / "guide-ru.html").is_file()
