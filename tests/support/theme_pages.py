"""Reading a built page for the theme's own words: what a page in another language must not say
in English, and the page's text without what its posts wrote themselves."""

import re

from bs4 import BeautifulSoup

# The theme's English words that a page in another language must not show (its posts' own text
# aside).
ENGLISH = re.compile(
    r"\b(?:Comments|Leave a comment|Post comment|Related posts|Home|Categories|Tags|min read|"
    r"Reply|gold stars? (?:in|from)|Older posts|Newer posts|Page \d+ of|\d+ posts?\b|Back to top|"
    r"Skip to content|Atom feed|Posts from|Wall of gold stars|How badges|Page not found|Updated|"
    r"No comments yet|in reply to|Authors|I see you|Star this post|"
    # a date's English month (the build machine's locale has none other: goldstar_support/dates.py)
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
    # (German abbreviates with a dot: « 5 Nov. », « 5 Apr. »)
    r"Aug|Sep|Oct|Nov|Dec)\b(?!\.))\b"
)
# Words another language writes as English does: April, August, September and November are German
# months too; "1 post", "12 posts" are Portuguese.
SAME_IN = {
    "de": ("April|", "August|", "September|", "November|"),
    "pt": (r"\d+ posts?\b|",),
}
# What a post writes itself (the demo's posts are English): not the theme's words.
CONTENT_PARTS = (
    ".post-body, .card-summary, .comment-body, .card-title, .post-title, .date-list-title, "
    ".promote-related-item a, .promote-related-reason, .wall-starred, .brand, .footer-tagline, "
    ".intro h1, .intro-lede, .chips, .post-kicker a, .series-parts, .badge, .wall-legend dd, "
    ".comment-author, cite, h2 a, .page-title, .site-nav li:nth-child(n+5), .series-title strong"
)


def english_in(lang: str) -> re.Pattern:
    """Return ENGLISH without the words *lang* (a code like "pt_BR") writes the same."""
    pattern = ENGLISH.pattern
    for same in SAME_IN.get(lang.split("_")[0].split("-")[0], ()):
        pattern = pattern.replace(same, "")
    return re.compile(pattern)


def theme_text(html: str) -> str:
    """Return the words of a page the theme wrote: no script, no post's own text."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style"]):
        element.decompose()
    for element in soup.select(CONTENT_PARTS):
        element.decompose()
    return soup.get_text(" ", strip=True)


def template_soup(soup: BeautifulSoup, selector: str) -> BeautifulSoup:
    """Return the markup of the <template> at *selector*, parsed (the embed clones it)."""
    return BeautifulSoup(soup.select_one(selector).decode_contents(), "html.parser")
