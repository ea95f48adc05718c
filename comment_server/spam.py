"""Spam rules as pure functions: link limit and the word and website blocklists.

Each returns the fields at fault and their problems (empty when the comment may go on).
"""

import re
from urllib.parse import urlsplit

from comment_server.settings import Settings

_URL = re.compile(r"https?://[^\s<>\"'()\[\]]+", re.IGNORECASE)


def blocked_word(text: str, words: tuple[str, ...]) -> str | None:
    """Return the first blocked word (or phrase) found in *text*, compared without case."""
    folded = text.casefold()
    for word in words:
        if re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", folded):
            return word
    return None


def host_blocked(url: str, domains: tuple[str, ...]) -> bool:
    """Return whether *url*'s host is a blocked domain or one of its subdomains."""
    try:
        host = (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return False
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def spam_problems(
    settings: Settings, author: str | None, text: str, website: str | None, links: int
) -> dict[str, str]:
    """Return the fields a comment breaks the spam rules with (empty if none)."""
    problems: dict[str, str] = {}
    if links > settings.max_links:
        problems["text"] = f"has {links} links; at most {settings.max_links} are allowed"
    for name, value in (("author", author), ("text", text), ("website", website)):
        if value and blocked_word(value, settings.block_words):
            problems[name] = "contains a word this blog does not accept"
    if website and host_blocked(website, settings.block_websites):
        problems["website"] = "is a website this blog does not accept"
    if any(host_blocked(url, settings.block_websites) for url in _URL.findall(text)):
        problems["text"] = "links to a website this blog does not accept"
    return problems
