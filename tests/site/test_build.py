"""The demo site, built for real with --fatal warnings: every page type and the theme's promises."""

import gzip
import json
import os
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from bs4 import BeautifulSoup
from pelican.settings import read_settings

from tests.support import ROOT
from tests.support.demo import PAGES, Site, configured_plugins
from tests.support.posts import page_at, write_post

pytestmark = pytest.mark.slow

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'"
)
ORIGIN = "http://127.0.0.1:8000"
BUDGET = 30 * 1024  # bytes, gzip: HTML + CSS + JS of an article page, images excluded


def texts(page: BeautifulSoup, selector: str) -> list[str]:
    """Return the stripped text of every element matching *selector*."""
    return [" ".join(el.get_text(" ").split()) for el in page.select(selector)]


def test_every_page_type_is_written(demo_site: Site) -> None:
    for relative in PAGES.values():
        assert page_at(demo_site, relative).select_one("main#main"), relative
    for extra in ("feeds/all.atom.xml", "feeds/practice.atom.xml"):
        assert (demo_site.output / extra).is_file(), extra
    # Per-tag feeds are an option (TAG_FEED_ATOM), off by default: one more file per tag.
    assert not list((demo_site.output / "feeds").glob("tag-*"))
    sitemap = (demo_site.output / "sitemap.xml").read_text(encoding="utf-8")
    assert "2025/how-to-thank-a-commenter/" in sitemap


@pytest.mark.parametrize("relative", list(PAGES.values()), ids=list(PAGES))
def test_every_page_has_the_frame(demo_site: Site, relative: str) -> None:
    page = page_at(demo_site, relative)
    assert page.html["lang"] == "en"
    assert page.select_one('meta[http-equiv="Content-Security-Policy"]')["content"] == CSP
    viewport = page.select_one('meta[name="viewport"]')["content"]
    assert viewport == "width=device-width, initial-scale=1"
    assert page.title.string.strip().endswith("Small Kindnesses")
    assert page.select_one('meta[name="description"]')["content"].strip()
    assert page.select_one("a.skip-link")["href"] == "#main"
    assert page.select_one("header.site-header nav[aria-label]")
    assert page.select_one("footer.site-footer")
    assert page.select_one('link[rel="alternate"][type="application/atom+xml"]')["href"] == (
        f"{ORIGIN}/feeds/all.atom.xml"
    )
    script = page.select_one('script[src$="theme/js/theme.js"]')
    assert script.has_attr("defer")
    toggle = page.select_one("button.theme-toggle")
    assert toggle.has_attr("hidden") and toggle["aria-pressed"] == "false"
    assert toggle.get_text(strip=True) == "Dark mode"
    if relative != "404.html":
        assert page.select_one('link[rel="canonical"]')["href"] == f"{ORIGIN}/{relative}"
        assert page.select_one('meta[property="og:url"]')["content"] == f"{ORIGIN}/{relative}"


def test_no_inline_code_or_third_party_request(demo_site: Site) -> None:
    """The strict CSP holds on every page: no inline script or style, every resource same-site."""
    for path in demo_site.html_files():
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        name = path.relative_to(demo_site.output)
        assert not page.select("style, [style]"), name
        for script in page.select("script"):
            assert script.get("src") or script.get("type") == "application/ld+json", name
        for element in page.select("script[src], link[rel~=stylesheet], link[rel~=icon], img"):
            url = element.get("src") or element.get("href")
            assert not urlparse(url).netloc, f"{name}: third-party resource {url}"
            assert not url.startswith("//"), name
        for onattr in page.select("*"):
            assert not [a for a in onattr.attrs if a.startswith("on")], name


def test_images_are_lazy_and_sized(demo_site: Site) -> None:
    images = [
        (path, img)
        for path in demo_site.html_files()
        for img in BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select("img")
    ]
    assert len(images) >= 4
    for path, img in images:
        assert img["alt"].strip(), path
        assert int(img["width"]) > 0 and int(img["height"]) > 0, path
        assert img["loading"] == "lazy", path
        target = urljoin(f"{ORIGIN}/{path.relative_to(demo_site.output)}", img["src"])
        assert (demo_site.output / urlparse(target).path.lstrip("/")).is_file(), target


def test_article_page(demo_site: Site) -> None:
    page = page_at(demo_site, PAGES["article"])
    main = page.select_one("main")
    assert texts(main, "h1") == ["How to Thank a Commenter"]
    assert page.select_one('meta[property="og:type"]')["content"] == "article"
    assert page.select_one('link[rel="stylesheet"][href$="theme/css/comments.css"]')
    byline = texts(main, ".byline")[0]
    assert byline.startswith("By Maya Goldstar · 10 June 2025 ·") and byline.endswith("min read")
    assert texts(main, ".post-kicker") == ["Practice"]
    assert texts(main, ".post-footer .chips a") == ["#comments", "#gratitude", "#writing"]
    # The series: part 1 of 3, the other parts linked in date order.
    assert texts(main, ".series-title") == ["Part 1 of 3 in the series Kind Replies"]
    assert texts(main, ".series-parts [aria-current]") == ["How to Thank a Commenter"]
    assert [a["href"] for a in main.select(".series-parts a")] == [
        "../../2025/replying-to-a-critic/",
        "../../2025/when-a-comment-goes-unanswered/",
    ]
    # JSON-LD BlogPosting, as a data block.
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "BlogPosting"
    assert data["headline"] == "How to Thank a Commenter"
    assert data["datePublished"] == "2025-06-10T09:00:00+02:00"
    assert data["author"] == [
        {"@type": "Person", "name": "Maya Goldstar", "url": f"{ORIGIN}/author/maya-goldstar/"}
    ]
    assert data["url"] == f"{ORIGIN}/{PAGES['article']}"
    assert data["description"].startswith("A reply that takes ninety seconds")


def test_article_places_the_plugin_partials(demo_site: Site) -> None:
    """Gold stars sit in the post header, comments close the page (when those plugins are on)."""
    plugins = configured_plugins()
    main = page_at(demo_site, PAGES["article"]).select_one("main")
    if "gold_stars" in plugins:
        assert main.select_one(".post-header .gold-stars")
    if "comments" in plugins:
        assert main.find_all(recursive=False)[-1].get("id") == "comments"


def test_comments_css_only_on_article_pages(demo_site: Site) -> None:
    for name, relative in PAGES.items():
        linked = page_at(demo_site, relative).select_one('link[href$="theme/css/comments.css"]')
        assert bool(linked) == name.startswith("article"), name


def test_support_post_is_marked(demo_site: Site) -> None:
    if "comments" not in configured_plugins():
        pytest.skip("the comments plugin is off")
    section = page_at(demo_site, "2025/a-hard-day/").select_one("#comments")
    assert section["data-support"] == "true"
    assert page_at(demo_site, "2026/welcome/").select_one("#comments")["data-support"] == "false"


def test_index_paginates(demo_site: Site) -> None:
    first = page_at(demo_site, "")
    assert texts(first, "main h1") == ["Small Kindnesses"]
    titles = texts(first, ".card-title")
    assert titles[0] == "Reading Slowly" and len(titles) == 6
    assert first.select_one('.pagination a[rel="next"]')["href"] == "./page/2/"
    assert texts(first, ".pager-status") == ["Page 1 of 3"]
    last = page_at(demo_site, "page/3/")
    assert texts(last, ".card-title")[-1] == "Why I Started Writing About Kindness Online"
    assert last.select_one('.pagination a[rel="prev"]')["href"] == "../../page/2/"
    assert not last.select('.pagination a[rel="next"]')
    assert texts(page_at(demo_site, "page/2/"), "main h1") == ["Older posts page 2 of 3"]


def test_listings_link_every_post(demo_site: Site) -> None:
    category = page_at(demo_site, PAGES["category"])
    assert texts(category, "main h1") == ["Practice 6 posts"]
    assert category.select_one('link[type="application/atom+xml"][href$="feeds/practice.atom.xml"]')
    tag = page_at(demo_site, PAGES["tag"])
    assert texts(tag, "main h1") == ["#comments 6 posts"]
    assert not tag.select('link[href*="feeds/tag-"]')  # per-tag feeds are off by default
    assert not tag.select(".listing-feed")
    author = page_at(demo_site, "author/sam-okafor/")
    assert texts(author, ".card-title") == ["Moderating With Warmth"]
    assert texts(page_at(demo_site, "authors/"), ".chips a") == [
        "Maya Goldstar 15",
        "Priya Raman 1",
        "Sam Okafor 1",
    ]
    tags = texts(page_at(demo_site, "tags/"), ".chips a")
    assert tags[0] == "#accessibility 1" and "#comments 6" in tags
    categories = texts(page_at(demo_site, "categories/"), "main h2")
    assert categories == [
        "Building 3 posts",
        "Notes 5 posts",
        "Practice 6 posts",
        "Stories 3 posts",
    ]


def test_archives(demo_site: Site) -> None:
    archives = page_at(demo_site, "archives/")
    assert texts(archives, "main h1") == ["Archives 17 posts"]
    assert texts(archives, ".period h2") == ["2026 3 posts", "2025 14 posts"]
    assert [a["href"] for a in archives.select(".period h2 a")] == ["../2026/", "../2025/"]
    assert len(archives.select(".date-list li")) == 17
    year = page_at(demo_site, "2025/")
    assert texts(year, "main h1") == ["Posts from 2025 14 posts"]
    assert texts(year, ".period h2")[0] == "December 2025 1 post"
    month = page_at(demo_site, "2025/06/")
    assert texts(month, "main h1") == ["Posts from June 2025 1 post"]
    assert texts(month, ".date-list a") == ["How to Thank a Commenter"]


def test_404_links_from_the_site_root(demo_site: Site) -> None:
    """A host serves 404.html at any missing address, so its links cannot be relative."""
    page = page_at(demo_site, "404.html")
    assert page.select_one('link[rel="stylesheet"]')["href"] == "/theme/css/site.css"
    assert page.select_one("a.brand")["href"] == "/"
    assert page.select_one('meta[name="robots"]')["content"] == "noindex"
    assert texts(page, "main h1") == ["Page not found"]


def test_page(demo_site: Site) -> None:
    page = page_at(demo_site, "about/")
    assert texts(page, "main h1") == ["About"]
    assert page.select_one('nav a[aria-current="page"]').get_text() == "About"
    assert "House rules for comments" in texts(page, "main h2")


def gzip_size(path: Path) -> int:
    """Return the size of *path* gzipped at level 6, as a web server would send it."""
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


def page_weight(site: Site, relative: str) -> int:
    """Return the gzip bytes of an article page: its HTML, stylesheets and scripts."""
    html = site.output / relative / "index.html"
    page = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    total = gzip_size(html)
    for element in page.select("link[rel~=stylesheet], script[src]"):
        url = urljoin(f"{ORIGIN}/{relative}", element.get("href") or element["src"])
        total += gzip_size(site.output / urlparse(url).path.lstrip("/"))
    return total


@pytest.fixture
def embed_site(variant_sites: dict[str, Site]) -> Site:
    """The demo built with the comment embed on (COMMENTS_API set)."""
    return variant_sites["embed"]


def test_comments_api_is_allowed_by_the_csp(embed_site: Site) -> None:
    page = page_at(embed_site, PAGES["article"])
    csp = page.select_one('meta[http-equiv="Content-Security-Policy"]')["content"]
    assert "connect-src 'self' https://comments.example.org;" in csp


def test_article_pages_fit_the_byte_budget(embed_site: Site) -> None:
    """Every article, with the comment embed on, stays under 30 KB of HTML, CSS and JS (gzip)."""
    pages = [p for p in embed_site.output.glob("20*/*/index.html") if not p.parent.name.isdigit()]
    assert len(pages) == 17
    weights = {
        p.parent.name: page_weight(embed_site, f"{p.parent.relative_to(embed_site.output)}/")
        for p in pages
    }
    heaviest = max(weights, key=weights.get)
    assert weights[heaviest] < BUDGET, weights
    assert page_at(embed_site, "2026/welcome/").select_one('script[src$="theme/js/comments.js"]')


def test_published_site_points_at_its_public_address(variant_sites: dict[str, Site]) -> None:
    """publishconf.py: absolute links to SITEURL, none left pointing at the development server."""
    site = variant_sites["publish"]
    public = os.environ.get("GOLDSTAR_SITEURL", "https://example.org")
    for path in [*site.html_files(), *site.output.glob("**/*.xml")]:
        assert "127.0.0.1" not in path.read_text(encoding="utf-8"), path
    page = page_at(site, PAGES["article"])
    assert page.select_one('link[rel="canonical"]')["href"] == f"{public}/{PAGES['article']}"
    assert page.select_one('link[rel="stylesheet"]')["href"] == f"{public}/theme/css/site.css"
    feed = page.select_one('link[type="application/atom+xml"]')["href"]
    assert feed == f"{public}/feeds/all.atom.xml"


def test_a_siteurl_ending_in_a_slash_gives_feed_links_one(tmp_path, site_builder, monkeypatch):
    write_post(tmp_path / "content", "kind-words")
    public = "https://example.com/blog/"
    result = site_builder(
        SITEURL=public, SITE_ORIGIN=public, FEED_DOMAIN=public, RELATIVE_URLS=False
    )
    assert result.warnings() == ["Removed extraneous trailing slash from SITEURL."]  # Pelican's
    for page in ("index.html", "2026/kind-words/index.html"):
        head = page_at(result, page)
        feed = head.select_one('link[type="application/atom+xml"]')["href"]
        assert feed == "https://example.com/blog/feeds/all.atom.xml", page  # was blog//feeds
    monkeypatch.setenv("GOLDSTAR_SITEURL", public)
    monkeypatch.chdir(ROOT)
    published = read_settings(str(ROOT / "publishconf.py"))
    assert published["FEED_DOMAIN"] == published["SITE_ORIGIN"] == "https://example.com/blog"


def test_per_tag_feeds_are_an_option(tmp_path, site_builder) -> None:
    write_post(tmp_path / "content", "kind-words", tags="comments, thanks")
    result = site_builder(TAG_FEED_ATOM="feeds/tag-{slug}.atom.xml")
    assert result.warnings() == []
    assert (result.output / "feeds/tag-comments.atom.xml").is_file()
    tag = page_at(result, "tag/comments/index.html")
    assert tag.select_one('link[type="application/atom+xml"][href$="feeds/tag-comments.atom.xml"]')
    assert tag.select_one(".listing-feed a")["href"].endswith("feeds/tag-comments.atom.xml")


def test_a_blog_whose_feeds_are_rss_links_them(tmp_path, site_builder) -> None:
    write_post(tmp_path / "content", "kind-words", tags="comments, thanks")
    result = site_builder(
        FEED_ALL_ATOM=None,
        CATEGORY_FEED_ATOM=None,
        FEED_ALL_RSS="feeds/all.rss.xml",
        CATEGORY_FEED_RSS="feeds/{slug}.rss.xml",
        TAG_FEED_RSS="feeds/tag-{slug}.rss.xml",
    )
    assert result.warnings() == []
    home = page_at(result, "index.html")
    assert home.select_one('link[type="application/rss+xml"]')["href"].endswith(
        "/feeds/all.rss.xml"
    )
    assert not home.select('link[type="application/atom+xml"]')
    footer = [a["href"] for a in home.select(".site-footer a") if "feeds/" in a["href"]]
    assert footer == ["./feeds/all.rss.xml"]
    post = result.articles[0]
    for listing, feed in (
        (f"category/{post.category.slug}/index.html", f"feeds/{post.category.slug}.rss.xml"),
        ("tag/comments/index.html", "feeds/tag-comments.rss.xml"),
    ):
        page = page_at(result, listing)
        assert (result.output / feed).is_file()
        links = [link["href"] for link in page.select('link[type="application/rss+xml"]')]
        assert [href.rsplit("/feeds/", 1)[1] for href in links] == ["all.rss.xml", feed[6:]]
        assert page.select_one(".listing-feed a")["href"].endswith(feed), listing


def test_a_blog_with_pelican_3_feeds_links_them(tmp_path, site_builder) -> None:
    write_post(tmp_path / "content", "kind-words")
    result = site_builder(
        FEED_ALL_ATOM=None,
        CATEGORY_FEED_ATOM=None,
        FEED_ATOM="feeds/atom.xml",
        FEED_RSS="feeds/rss.xml",
    )
    assert result.warnings() == []
    assert (result.output / "feeds/atom.xml").is_file()
    assert (result.output / "feeds/rss.xml").is_file()
    for page in ("index.html", "2026/kind-words/index.html"):
        soup_ = page_at(result, page)
        heads = [link["href"] for link in soup_.select('link[rel="alternate"]')]
        assert [href.rsplit("/", 2)[-2:] for href in heads] == [
            ["feeds", "atom.xml"],
            ["feeds", "rss.xml"],
        ], page
        footer = [a["href"] for a in soup_.select(".site-footer a") if "feeds/" in a["href"]]
        assert [href.rsplit("/", 2)[-2:] for href in footer] == [
            ["feeds", "atom.xml"],
            ["feeds", "rss.xml"],
        ], page


def test_a_menu_link_from_the_root_leads_there_from_every_page(tmp_path, site_builder) -> None:
    write_post(tmp_path / "content", "kind-words")
    menu = (
        ("Wall", "gold-stars/"),
        ("GitHub", "https://github.com/maya"),
        ("Mail", "mailto:maya@example.org"),
        ("Root", "/feeds/all.atom.xml"),
    )
    result = site_builder(MENUITEMS=menu)
    assert result.warnings() == []
    for page in ("index.html", "2026/kind-words/index.html", "tags/index.html"):
        nav = page_at(result, page).select(".site-nav a")
        links = {a.get_text(): a["href"] for a in nav}
        wall = (result.output / page).parent / links["Wall"]
        assert (wall / "index.html").is_file(), (page, links["Wall"])  # 2026/kind-words/gold-stars/
        assert links["GitHub"] == "https://github.com/maya"
        assert links["Mail"] == "mailto:maya@example.org"
        assert links["Root"] == "/feeds/all.atom.xml"


def test_a_blog_without_tag_category_or_author_pages_links_to_none(tmp_path, site_builder) -> None:
    write_post(tmp_path / "content", "kind-words", tags="comments, thanks", category="Notes")
    write_post(tmp_path / "content", "more-words", date="2026-01-06 09:00", tags="thanks")
    unwritten = ("TAG", "TAGS", "CATEGORY", "CATEGORIES", "AUTHOR", "AUTHORS", "ARCHIVES")
    result = site_builder(**{f"{name}_SAVE_AS": "" for name in unwritten})
    assert result.warnings() == []
    assert not (result.output / "tag").exists() and not (result.output / "author").exists()
    assert broken_links(result.output) == []
    post = page_at(result, "2026/kind-words/index.html")
    assert texts(post, ".chips li") == ["#comments", "#thanks"]  # shown, as text
    assert post.select_one(".post-kicker").get_text() == "Notes"
    assert "Maya Goldstar" in post.select_one(".byline").get_text()


def test_a_blog_without_a_subtitle_describes_its_pages_by_its_name(site_builder, tmp_path):
    # A moved blog that had no SITESUBTITLE sets it empty (docs/migrating.md, or the demo's stays):
    # its home page's description was then empty.
    content = tmp_path / "content"
    content.mkdir()
    (content / "post.md").write_text("Title: A post\nDate: 2020-01-01\n\nText.\n", "utf-8")
    result = site_builder(content, SITENAME="ddaa's blog", SITESUBTITLE="")
    page = page_at(result, "index.html")
    assert page.select_one('meta[name="description"]')["content"] == "ddaa's blog"
    assert page.select_one(".footer-tagline") is None


def broken_links(output: Path) -> list[str]:
    """Return every local link of the built pages (but the 404 page's) that leads nowhere."""
    broken = []
    for page in output.rglob("*.html"):
        if page.name == "404.html" or "theme" in page.parts:  # the 404 page links from the root
            continue
        for link in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select("[href]"):
            href = link["href"].split("#")[0]
            if not href or urlparse(href).scheme:
                continue
            target = (page.parent / href).resolve()
            if not (target / "index.html" if target.is_dir() else target).is_file():
                broken.append(f"{page.relative_to(output)}: {href}")
    return broken


def test_a_hidden_post_a_draft_and_a_translation_link_only_to_written_lists(
    tmp_path, site_builder
) -> None:
    # As in pelican-engineering-theme's example site: a hidden post (Status: hidden) and a
    # translation name a category, tags and an author no published post has; Pelican writes no
    # page for them, and the theme linked each.
    content = tmp_path / "content"
    write_post(content, "shown", tags="thanks", category="Notes")
    write_post(content, "kept", tags="notebook", category="Examples", status="hidden")
    write_post(content, "rough", tags="someday", category="Ideas", status="draft")
    (content / "shown-fr.md").write_text(
        "Title: Montré\nDate: 2026-01-05 09:00\nSlug: shown\nLang: fr\nTags: traduction\n"
        "Category: Notes\nAuthor: Traductrice\n\nUn billet.\n",
        encoding="utf-8",
    )
    result = site_builder(content)
    assert result.warnings() == []
    assert not (result.output / "tag" / "notebook").exists()
    assert broken_links(result.output) == []
    kept = page_at(result, "2026/kept/index.html")
    assert texts(kept, ".chips li") == ["#notebook"]  # shown, as text
    assert kept.select_one(".post-kicker").get_text() == "Examples"
    translated = page_at(result, "2026/shown-fr/index.html")
    assert texts(translated, ".chips li") == ["#traduction"]
    assert "Traductrice" in translated.select_one(".byline").get_text()
    assert translated.select_one(".post-kicker a")  # Notes has its page: still a link
    shown = page_at(result, "2026/shown/index.html")
    assert shown.select_one(".chips a[rel=tag]")["href"].endswith("tag/thanks/")


def test_a_menu_link_to_no_page_is_named(tmp_path, site_builder) -> None:
    # pelican-engineering-theme's example site links "Guides" and "Reference" sections it never
    # writes: every page's menu led to nothing, and no warning said so.
    write_post(tmp_path / "content", "kind-words", category="Notes")
    menu = (
        ("Guides", "/guides/"),
        ("Notes", "/category/notes/"),
        ("Archives", "archives"),
        ("Post", "2026/kind-words/index.html#top"),
        ("Talks", "pages/talks.html"),
        ("Code", "https://code.example/me"),
    )
    result = site_builder(MENUITEMS=menu)
    assert result.warnings() == [
        f"front_matter: MENUITEMS: the link '{link}' ('{title}') leads to no page of the site: fix "
        "it or take it out (a page your host serves outside the site: write its full https:// "
        "address)"
        for title, link in (("Guides", "/guides/"), ("Talks", "pages/talks.html"))
    ]


def test_a_menu_item_that_is_no_pair_is_named_and_the_site_is_built(site_builder, tmp_path):
    # a bare string had stopped the build ("too many values to unpack"), after writing it
    write_post(tmp_path / "content", "kind-words")
    menu = (("Guides", "/guides/", "book-icon"), "Archives", ("About",))
    result = site_builder(MENUITEMS=menu)
    shown = [w for w in result.warnings() if w.startswith("front_matter: MENUITEMS")]
    assert any("'Archives' is not a (title, link) pair" in w for w in shown)
    assert any("('About',) is not a (title, link) pair" in w for w in shown)
    assert any("the link '/guides/' ('Guides') leads to no page" in w for w in shown)


def test_an_update_on_the_day_of_publication_is_not_shown(tmp_path, site_builder) -> None:
    # 25 of fullstackpython's 66 posts write `modified:` with the same day as `date:`: each said
    # "Updated" under its date, the same day twice.
    content = tmp_path / "content"
    write_post(content, "same-day", date="2017-11-01", modified="2017-11-01 18:00")
    write_post(content, "later", date="2017-11-01", modified="2017-11-05")
    result = site_builder(content)
    assert result.warnings() == []
    same_day = page_at(result, "2017/same-day/index.html")
    later = page_at(result, "2017/later/index.html")
    assert "Updated" not in same_day.select_one(".post-footer").get_text()
    assert later.select_one(".post-footer .meta").get_text(" ", strip=True) == (
        "Updated 5 November 2017"
    )


def test_a_blogs_own_404_page_is_the_404_page(tmp_path, site_builder) -> None:
    # Pelican's tips write a custom 404 page as a hidden page saved as 404.html. It went to
    # not-found/ with a warning, which no missing address shows; 404.html kept the theme's words.
    content = tmp_path / "content"
    write_post(content, "kind-words")
    (content / "pages").mkdir()
    (content / "pages" / "404.md").write_text(
        "Title: Not Found\nStatus: hidden\nSave_as: 404.html\n\n"
        "Nothing here. Try [kind words]({filename}/kind-words.md).\n",
        encoding="utf-8",
    )
    result = site_builder(content)
    assert result.warnings() == []
    assert not (result.output / "not-found").exists()
    page = page_at(result, "404.html")
    assert page.title.get_text().startswith("Not Found · ")
    assert page.select_one("main h1").get_text() == "Not Found"
    link = page.select_one(".post-body a")
    assert (link.get_text(), link["href"]) == ("kind words", "/2026/kind-words/")
    assert page.select_one('main a[href="/archives/"]')  # the theme's help stays


def test_a_blogs_own_icon_is_linked_in_place_of_the_theme_s(tmp_path, site_builder) -> None:
    # Every moved blog had Goldstar's star in the browser's tab: the theme linked its icon, which
    # browsers take before the blog's /favicon.ico (EXTRA_PATH_METADATA) or its FAVICON setting.
    content = tmp_path / "content"
    write_post(content, "kind-words")
    (content / "extra").mkdir()
    (content / "extra" / "favicon.ico").write_bytes(b"\x00\x00\x01\x00")
    (content / "images").mkdir()
    (content / "images" / "me.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    at_root = {"extra/favicon.ico": {"path": "favicon.ico"}}

    def icon(result, page: str = "2026/kind-words/index.html") -> tuple[str, str | None]:
        link = page_at(result, page).select_one('link[rel="icon"]')
        return link["href"], link.get("type")

    root_icon = site_builder(content, EXTRA_PATH_METADATA=at_root)
    assert root_icon.warnings() == []
    assert icon(root_icon) == ("../../favicon.ico", "image/x-icon")
    assert icon(root_icon, "404.html") == ("/favicon.ico", "image/x-icon")
    named = site_builder(content, EXTRA_PATH_METADATA=at_root, FAVICON="images/me.png")
    assert icon(named) == ("../../images/me.png", "image/png")
    missing = site_builder(content, FAVICON="/images/gone.png")
    assert missing.warnings() == [
        "front_matter: FAVICON = '/images/gone.png' names no file the site writes "
        "(images/gone.png), so pages link the theme's icon: add the file to STATIC_PATHS, or fix "
        "the path"
    ]
    assert icon(missing) == ("../../theme/images/favicon.svg", "image/svg+xml")
