"""axe-core (from npm) finds no accessibility violation on the demo's key pages, light and dark."""

import pytest
from playwright.sync_api import Browser

from tests.support import ROOT
from tests.support.browser import DARK_BG, LIGHT_BG, open_tab
from tests.support.demo import PAGES

pytestmark = [pytest.mark.browser, pytest.mark.slow]

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHECKED = ("index", "article", "article with code", "tag")


def violations(browser: Browser, url: str, scheme: str) -> list[str]:
    """Run axe-core on *url* in *scheme* colours; return its violations, one line each."""
    # The pages forbid inline scripts; bypass_csp lets Playwright inject axe for the test only.
    with open_tab(browser, color_scheme=scheme, bypass_csp=True) as tab:
        tab.page.goto(url)
        tab.page.add_script_tag(path=str(AXE))
        found = tab.page.evaluate(
            """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations
                .map(v => `${v.id}: ${v.help}: ${v.nodes.map(n => n.target.join(" "))}`)"""
        )
        assert tab.background() == (DARK_BG if scheme == "dark" else LIGHT_BG)
        return found


def test_axe_finds_a_violation_when_there_is_one(browser: Browser, demo_url: str) -> None:
    """The check can fail: a page whose toggle loses its name is reported."""
    with open_tab(browser, bypass_csp=True) as tab:
        tab.page.goto(demo_url)
        tab.page.evaluate(
            """document.querySelector(".theme-toggle .visually-hidden").remove();
            document.querySelector(".theme-toggle").hidden = false;"""
        )
        tab.page.add_script_tag(path=str(AXE))
        ids = tab.page.evaluate(
            """async () => (await axe.run(document, {runOnly: ["button-name"]}))
                .violations.map(v => v.id)"""
        )
        assert "button-name" in ids


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", CHECKED)
def test_no_accessibility_violations(browser: Browser, demo_url: str, name: str, scheme: str):
    assert violations(browser, demo_url + PAGES[name], scheme) == []
