"""The demo in Debian's chromium at phone and desktop sizes: layout, navigation, dark mode."""

import pytest
from playwright.sync_api import Browser

from tests.support.browser import DARK_BG, LIGHT_BG, open_tab, wheel_down
from tests.support.demo import PAGES

pytestmark = [pytest.mark.browser, pytest.mark.slow]

VIEWPORTS = {"phone": (360, 740), "desktop": (1280, 800)}
# Controls the theme draws; links inside running text are exempt (WCAG 2.5.5 "inline").
CONTROLS = (
    ".brand, .theme-toggle, .site-nav a, .pagination a, .chips a, .site-footer a, .post-kicker a,"
    " .series-parts a, .date-list a, .card-title a, .meta-link"
)


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_no_horizontal_scroll_on_any_page(browser: Browser, demo_url: str, viewport: str) -> None:
    width, height = VIEWPORTS[viewport]
    with open_tab(browser, width, height) as tab:
        overflowing = {}
        for name, path in PAGES.items():
            tab.page.goto(demo_url + path)
            if tab.overflow() > 0:
                overflowing[name] = tab.overflow()
        assert overflowing == {}
        assert tab.errors == []
        assert [url for url in tab.requests if not url.startswith(demo_url)] == []


def test_tap_targets_are_44px(browser: Browser, demo_url: str) -> None:
    small = []
    with open_tab(browser) as tab:
        for path in (PAGES["index"], PAGES["article"], PAGES["tag"], PAGES["archives"]):
            tab.page.goto(demo_url + path)
            boxes = tab.page.eval_on_selector_all(
                CONTROLS,
                """els => els.filter(e => e.getClientRects().length).map(e => {
                    const r = e.getBoundingClientRect();
                    return [e.className, e.textContent.trim(), r.width, r.height];
                })""",
            )
            assert len(boxes) > 10
            for cls, text, width, height in boxes:
                if height < 44 or (width < 44 and cls != "meta-link"):
                    small.append((path, text, round(width), round(height)))
    assert small == []


def test_navigation_is_reachable_on_a_phone(browser: Browser, demo_url: str) -> None:
    with open_tab(browser) as tab:
        tab.page.goto(demo_url + PAGES["article"])
        nav = tab.page.get_by_role("navigation", name="Main")
        for label in ("Home", "Archives", "Categories", "Tags", "About"):
            box = nav.get_by_role("link", name=label, exact=True).bounding_box()
            assert box and box["y"] + box["height"] <= 740, label
        nav.get_by_role("link", name="Archives").click()
        tab.page.wait_for_url("**/archives/")
        assert tab.page.get_by_role("heading", level=1).inner_text().startswith("Archives")


def test_skip_link_comes_first_and_moves_focus(browser: Browser, demo_url: str) -> None:
    with open_tab(browser) as tab:
        tab.page.goto(demo_url + PAGES["article"])
        tab.page.keyboard.press("Tab")
        focused = tab.page.evaluate("document.activeElement.textContent")
        assert focused == "Skip to content"
        box = tab.page.locator(".skip-link").bounding_box()
        assert box["y"] >= 0 and box["height"] >= 30  # visible once focused
        outline = tab.page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline == "solid"
        tab.page.keyboard.press("Enter")
        tab.page.keyboard.press("Tab")
        assert tab.page.evaluate("!!document.activeElement.closest('main')")


def test_dark_mode_toggle_works_and_persists(browser: Browser, demo_url: str) -> None:
    with open_tab(browser, color_scheme="light") as tab:
        page = tab.page
        page.goto(demo_url)
        toggle = page.get_by_role("button", name="Dark mode")
        assert tab.background() == LIGHT_BG
        assert toggle.get_attribute("aria-pressed") == "false"
        toggle.click()
        assert tab.background() == DARK_BG
        assert toggle.get_attribute("aria-pressed") == "true"
        page.reload()
        assert tab.background() == DARK_BG
        assert page.get_by_role("button", name="Dark mode").get_attribute("aria-pressed") == "true"
        page.goto(demo_url + PAGES["article"])
        assert tab.background() == DARK_BG
        page.get_by_role("button", name="Dark mode").click()
        page.goto(demo_url + PAGES["tag"])
        assert tab.background() == LIGHT_BG
        assert tab.errors == []


def test_toggle_overrides_a_dark_system(browser: Browser, demo_url: str) -> None:
    with open_tab(browser, color_scheme="dark") as tab:
        tab.page.goto(demo_url)
        assert tab.background() == DARK_BG
        toggle = tab.page.get_by_role("button", name="Dark mode")
        assert toggle.get_attribute("aria-pressed") == "true"
        toggle.click()
        tab.page.reload()
        assert tab.background() == LIGHT_BG


@pytest.mark.parametrize(("scheme", "background"), [("light", LIGHT_BG), ("dark", DARK_BG)])
def test_works_without_javascript(browser: Browser, demo_url: str, scheme, background) -> None:
    with open_tab(browser, color_scheme=scheme, java_script_enabled=False) as tab:
        tab.page.goto(demo_url + PAGES["article"])
        assert tab.background() == background
        assert not tab.page.locator(".theme-toggle").is_visible()
        assert tab.page.get_by_role("heading", level=1).inner_text() == "How to Thank a Commenter"


def test_no_layout_shift(browser: Browser, demo_url: str) -> None:
    with open_tab(browser) as tab:
        tab.page.add_init_script(
            """window.__shift = 0;
            new PerformanceObserver(list => {
                for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
            }).observe({type: "layout-shift", buffered: true});"""
        )
        for path in (PAGES["article with images"], "2025/the-gold-star-jar/", PAGES["index"]):
            tab.page.goto(demo_url + path)
            for _ in range(8):  # scroll down so the lazy images load
                wheel_down(tab.page, 900)
            tab.page.wait_for_load_state("networkidle")
            assert tab.page.evaluate("window.__shift") == 0, path
            loaded = tab.page.eval_on_selector_all("img", "els => els.every(i => i.complete)")
            assert loaded, path


@pytest.mark.parametrize(("motion", "behaviour"), [("reduce", "auto"), ("no-preference", "smooth")])
def test_reduced_motion_is_honoured(browser: Browser, demo_url: str, motion, behaviour) -> None:
    with open_tab(browser, reduced_motion=motion) as tab:
        tab.page.goto(demo_url)
        style = tab.page.evaluate("getComputedStyle(document.documentElement).scrollBehavior")
        assert style == behaviour


def test_404_page_is_styled_at_any_depth(browser: Browser, demo_url: str) -> None:
    with open_tab(browser) as tab:
        response = tab.page.goto(demo_url + "no/such/post/here/")
        assert response.status == 404
        assert tab.page.get_by_role("heading", level=1).inner_text() == "Page not found"
        assert tab.background() == LIGHT_BG
        tab.page.get_by_role("main").get_by_role("link", name="archives", exact=True).click()
        tab.page.wait_for_url("**/archives/")
