"""Open pages of the served demo in a real browser and measure what the theme promises."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from playwright.sync_api import Browser, Page

LIGHT_BG = "rgb(253, 248, 239)"
DARK_BG = "rgb(28, 24, 19)"


@dataclass
class Tab:
    """A browser page, its requests and the errors its console reported (CSP refusals too)."""

    page: Page
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def background(self) -> str:
        """Return the computed background colour of the body."""
        return self.page.evaluate("getComputedStyle(document.body).backgroundColor")

    def overflow(self) -> int:
        """Return by how many pixels the page is wider than the viewport."""
        return self.page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )


@contextmanager
def open_tab(browser: Browser, width: int = 360, height: int = 740, **options) -> Iterator[Tab]:
    """Open a fresh browser context (own storage) at *width* x *height*; yield its page."""
    context = browser.new_context(viewport={"width": width, "height": height}, **options)
    tab = Tab(context.new_page())
    tab.page.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    tab.page.on("pageerror", lambda e: tab.errors.append(str(e)))
    tab.page.on("request", lambda r: tab.requests.append(r.url))
    try:
        yield tab
    finally:
        context.close()
