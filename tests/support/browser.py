"""A real browser's helpers: Debian's chromium and its flags, tabs that record their errors and
requests, a phone's viewport, axe-core, the embed's and the inbox's common steps."""

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from playwright.sync_api import Browser, Page, expect

from tests.support import ROOT
from tests.support.api import PASSWORD

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 360, "height": 740}
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
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


@dataclass
class Watch:
    """What a page did that it should not have: dialogs opened, errors logged, scripts thrown."""

    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def attach(self, page) -> None:
        """Start watching *page*."""

        def on_dialog(dialog) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.on("pageerror", lambda error: self.errors.append(f"pageerror: {error}"))
        page.on("console", self._on_console)

    def _on_console(self, msg) -> None:
        if msg.type != "error":
            return
        url = msg.location.get("url", "")
        # Expected answers, not script: no favicon on the test site; the inbox asks before sign-in.
        if "Failed to load resource" in msg.text and (
            url.endswith("/favicon.ico") or ("(Unauthorized)" in msg.text and "/api/admin/" in url)
        ):
            return
        self.errors.append(f"console: {msg.text} ({url})")


def watched_page(context) -> tuple[Page, Watch]:
    """Open a new page of the browser *context*, watched from its start; return it and its
    Watch."""
    page = context.new_page()
    watch = Watch()
    watch.attach(page)
    return page, watch


def axe_violations(page) -> list[dict]:
    """Run axe-core on *page*, return its violations (id, impact, targets)."""
    # Evaluated through the DevTools protocol, so the page's strict CSP does not block axe itself.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    found = page.evaluate("async () => (await axe.run(document)).violations")
    return [
        {"id": v["id"], "impact": v["impact"], "targets": [n["target"] for n in v["nodes"]]}
        for v in found
    ]


def wheel_down(page, pixels: int) -> None:
    """Turn the mouse wheel down by *pixels* and wait until the page has scrolled (or stands at
    its end): the wheel's event returns before the page moves."""
    before = page.evaluate("scrollY")
    page.mouse.wheel(0, pixels)
    page.wait_for_function(
        "y => scrollY > y || innerHeight + scrollY >= document.documentElement.scrollHeight - 1",
        arg=before,
        timeout=5_000,
    )


def open_comments(page) -> None:
    """Scroll to the comments so the embed loads, and wait until it has asked the server."""
    page.locator("#comments").scroll_into_view_if_needed()
    expect(page.locator('#comments [data-stars="post"] button')).to_be_visible()


def open_new_post(site, phone, slug: str, title: str):
    """Write post *slug* on *site* (a tests.support.stack.Blog), rebuild it, and return a new page
    of the *phone* browser context on that post with its comments open."""
    site.write_post(slug, title)
    site.rebuild()
    page = phone.new_page()
    page.goto(site.url(slug))
    open_comments(page)
    return page


def sign_in(page, api: str) -> None:
    """Open the inbox and sign in with the admin password."""
    page.goto(f"{api}/admin")
    page.get_by_label("Admin password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#sign-in")).to_be_hidden()
