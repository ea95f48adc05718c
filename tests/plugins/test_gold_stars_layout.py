"""Comments and badges in a real browser: a 320 px screen, light and dark mode, axe-core."""

import json

import pytest

from tests.support import ROOT
from tests.support.posts import article_of, comment, three_posts, write_export, write_post

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
MINE = ["#comments", ".gold-stars", ".gold-stars-wall"]

pytestmark = pytest.mark.browser


@pytest.fixture
def built(tmp_path, site_builder):
    """A site with badges, awards, milestones, deep replies and very long words."""
    content = tmp_path / "content"
    three_posts(content)
    long_name = "Ǎgnès-" + "ā" * 60
    long_body = "<p>" + "https://example.org/" + "very-long-path-" * 12 + "</p>"
    chain = [comment(100, None, long_name, html=long_body, gold_stars=1, stars=12)]
    chain += [comment(n, n - 1, f"Reader {n}", html=long_body) for n in range(101, 108)]
    write_post(content, "deep", date="2026-01-04 09:00")
    write_export(content, "deep", chain, stars=51)
    result = site_builder(content)
    assert result.warnings() == []
    return result


def pages_of(result) -> list[str]:
    """Return the file URLs of the pages that show comments and badges."""
    paths = [article_of(result, slug).save_as for slug in ("one", "deep")]
    return [(result.output / p).as_uri() for p in [*paths, "gold-stars/index.html"]]


def axe_violations(page) -> list[dict]:
    """Run axe-core on the parts of *page* this plugin draws; return its violations."""
    page.add_script_tag(path=str(AXE))
    include = json.dumps([[s] for s in MINE if page.query_selector(s)])
    found = page.evaluate(f"async () => (await axe.run({{include: {include}}})).violations")
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]]} for v in found]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_comments_and_badges_fit_320px_and_pass_axe(browser, built, scheme):
    # axe-core is injected as an inline script, which the theme's CSP rightly blocks: bypass it.
    viewport = {"width": 320, "height": 640}
    context = browser.new_context(viewport=viewport, color_scheme=scheme, bypass_csp=True)
    page = context.new_page()
    try:
        for url in pages_of(built):
            page.goto(url, wait_until="load")
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 320, (url, width)
            assert axe_violations(page) == [], url
    finally:
        context.close()


def test_badges_follow_the_colour_scheme_and_the_theme_toggle(browser, built):
    url = pages_of(built)[0]
    colours = {}
    refused: list[
        str
    ] = []  # anything the page's Content-Security-Policy blocked (inline styles...)
    for scheme, attribute in (
        ("light", None),
        ("dark", None),
        ("light", "dark"),
        ("dark", "light"),
    ):
        context = browser.new_context(color_scheme=scheme)
        page = context.new_page()
        page.on(
            "console", lambda m: refused.append(m.text) if "Security Policy" in m.text else None
        )
        page.goto(url, wait_until="load")
        if attribute:
            page.evaluate(f"document.documentElement.dataset.theme = '{attribute}'")
        colours[(scheme, attribute)] = page.eval_on_selector(
            ".badges .badge", "el => getComputedStyle(el).backgroundColor"
        )
        icon = page.eval_on_selector(
            ".badges .badge", "el => getComputedStyle(el, '::before').width"
        )
        assert icon not in ("0px", "auto")  # the decorative star is drawn by CSS: no image request
        context.close()
    assert refused == []
    assert colours[("light", None)] != colours[("dark", None)]
    assert colours[("light", "dark")] == colours[("dark", None)]
    assert colours[("dark", "light")] == colours[("light", None)]
