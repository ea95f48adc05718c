"""A page DISPLAY_PAGES_ON_MENU shows that MENUITEMS lists too (`("CV", "/cv/")`), or a MENUITEMS
`/archives/` beside the theme's own Archives, was in the menu twice: each address is in it once,
the first entry (the page's, which says it is the current page) kept."""

from pathlib import Path

from tests.support.posts import page_at, write_post

PAGES_ON_THE_MENU = ("index.html", "2026/kind-words/index.html", "cv/index.html", "tags/index.html")


def write_pages(content: Path) -> None:
    """Write a post and two pages, a CV and an About page."""
    write_post(content, "kind-words")
    pages = content / "pages"
    pages.mkdir(parents=True)
    (pages / "cv.md").write_text(
        "Title: Curriculum vitae\nSlug: cv\n\nMy work.\n", encoding="utf-8"
    )
    (pages / "about.md").write_text("Title: About\nSlug: about\n\nMe.\n", encoding="utf-8")


def menu_of(result, page: str) -> list[tuple[str, Path]]:
    """Return the menu of *page*: each entry's text and the file its link leads to."""
    nav = page_at(result, page).select(".site-nav a")
    entries = []
    for link in nav:
        href = link["href"]
        if href.startswith(("https:", "mailto:")):
            entries.append((link.get_text(), Path(href)))
            continue
        base = result.output if href.startswith("/") else (result.output / page).parent
        target = (base / href.lstrip("/")).resolve()
        entries.append((link.get_text(), target / "index.html" if target.is_dir() else target))
    return entries


def test_a_page_on_the_menu_and_in_menuitems_is_shown_once(site_builder, tmp_path) -> None:
    write_pages(tmp_path / "content")
    menu = (
        ("CV", "/cv/"),  # the page the menu shows already
        ("About me", "https://blog.example/about/index.html"),  # the same, by its full address
        ("Archives", "/archives/"),  # the theme's own Archives
        ("GitHub", "https://github.com/maya"),
        ("GitHub", "https://github.com/maya"),
    )

    result = site_builder(
        DISPLAY_PAGES_ON_MENU=True, MENUITEMS=menu, SITE_ORIGIN="https://blog.example"
    )

    assert result.warnings() == []
    for page in PAGES_ON_THE_MENU:
        entries = menu_of(result, page)
        targets = [target for _, target in entries]
        assert len(targets) == len(set(targets)), (page, entries)
        titles = [title for title, _ in entries]
        assert titles == [
            "Home",
            "Archives",
            "Categories",
            "Tags",
            "About",
            "Curriculum vitae",
            "GitHub",
        ]
    cv = page_at(result, "cv/index.html")
    assert cv.select_one('.site-nav a[aria-current="page"]').get_text() == "Curriculum vitae"


def test_menuitems_show_what_the_menu_does_not(site_builder, tmp_path) -> None:
    write_pages(tmp_path / "content")
    menu = (("CV", "/cv/"), ("Contact", "/about/#contact"), ("Talks", "/cv/talks/"))
    (tmp_path / "content" / "pages" / "talks.md").write_text(
        "Title: Talks\nURL: cv/talks/\nSave_as: cv/talks/index.html\n\nTalks.\n", encoding="utf-8"
    )

    result = site_builder(DISPLAY_PAGES_ON_MENU=False, MENUITEMS=menu)

    assert result.warnings() == []
    titles = [title for title, _ in menu_of(result, "index.html")]
    assert titles == ["Home", "Archives", "Categories", "Tags", "CV", "Contact", "Talks"]
