"""The theme's stylesheets' promises that can be read off their source."""

import re

import pytest

from tests.support import ROOT

STYLESHEETS = sorted((ROOT / "theme" / "static" / "css").glob("*.css"))


def rules(path) -> list[tuple[list[str], str]]:
    """Return each style rule of *path* (those inside @media too): its selectors, its body."""
    css = re.sub(r"/\*.*?\*/", " ", path.read_text(encoding="utf-8"), flags=re.S)
    return [
        (split_selectors(selectors), body)
        for selectors, body in re.findall(r"([^{};]+)\{([^{}]*)\}", css)
    ]


def split_selectors(text: str) -> list[str]:
    """Split a selector list at its top-level commas (not those inside `:is(a, b)`)."""
    selectors, depth, start = [], 0, 0
    for at, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            selectors.append(text[start:at].strip())
            start = at + 1
    return [*selectors, text[start:].strip()]


@pytest.mark.parametrize("path", STYLESHEETS, ids=lambda p: p.name)
def test_a_has_selector_never_shares_its_rule_with_another(path):
    # A browser without :has() (Firefox before 121, Safari before 15.4) drops the whole rule, the
    # other selectors too: `.comments-status:has(.comments-crisis), .comments-help` hid the help.
    mixed = [
        selectors
        for selectors, _ in rules(path)
        if len(selectors) > 1 and any(":has(" in selector for selector in selectors)
    ]
    assert mixed == []


def test_where_help_is_stays_in_sight_and_in_the_posts_print_without_has():
    plain = {
        selector: body
        for selectors, body in rules(ROOT / "theme" / "static" / "css" / "comments.css")
        for selector in selectors
        if ":has(" not in selector
    }
    assert "display: block" in plain[".nudged-grief .comments-help"]
    assert "color: var(--gs-text)" in plain[".comments-help"]
