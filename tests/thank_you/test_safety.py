"""Hostile names and comment texts stay plain text in the draft, as Markdown or shown raw."""

import dataclasses
import re
import unicodedata
from html.parser import HTMLParser

import markdown
import pytest

from reply_drafts import CommentFacts, draft_reply
from reply_drafts.plain import plain_name, plain_text, safe_url
from tests.support.corpora import naughty_strings, xss_payloads
from thanks_queue.cli import terminal_safe

RELATED_URL = "https://blog.example/2025/letters/"
RELATED = (("Letters to Strangers", RELATED_URL),)
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
HAND_WRITTEN = [
    "# Heading",
    "1. list item",
    "- bullet",
    "> quoted",
    "=====",
    "    indented code",
    "[click](javascript:alert(1))",
    "![img](https://evil.example/x.png)",
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "**bold** and _em_ and `code` and ~~gone~~",
    "&lt;script&gt;alert(1)&lt;/script&gt; &#60;b&#62;",
    "\u202eevil\u202c name",
    "Bob\n\n# injected heading\n\n<iframe src=//evil.example>",
    "{name}{quote}{related_link}",
    "javascript:alert(1)",
    "http://evil.example/path",
    "<http://evil.example>",
    "Z̷̢̛̲͇̙̯̮̯͌̐̿͆̈́͛̽a̶̢̪̗͙̤̗͑l̷̞̳͇̖͂̑̈́g̸̙̤̓̔o",
    "\x1b[31mred\x1b[0m\x07",
    "line\u2028separator\u2029paragraph",
    "[x]: https://evil.example\n\n[x]",
]


def hostile_strings() -> list[str]:
    """Return the naughty strings, every XSS payload of the corpora, and hand-written cases."""
    return [*naughty_strings(), *xss_payloads(), *HAND_WRITTEN]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


def rendered_tags(text: str) -> list[tuple[str, list]]:
    parser = _Tags()
    parser.feed(markdown.markdown(text))
    return parser.tags


def assert_plain(draft_text: str) -> None:
    assert not PLACEHOLDER.search(draft_text), draft_text
    for char in draft_text:
        category = unicodedata.category(char)
        assert char == "\n" or category not in {"Cc", "Cs", "Co", "Cn"}, repr(char)
        assert category != "Cf" or char in "\u200c\u200d", repr(char)
    for tag, attrs in rendered_tags(draft_text):
        assert tag in {"p", "a"}, (tag, draft_text)
        if tag == "a":
            assert attrs == [("href", RELATED_URL)], (attrs, draft_text)


@pytest.fixture(scope="module")
def hostile():
    strings = hostile_strings()
    assert len(strings) > 2500
    return strings


def test_a_hostile_name_stays_plain_text(hostile):
    for number, name in enumerate(hostile):
        facts = CommentFacts(
            name,
            "Letters",
            "I loved the bit about the lamp in the window.",
            number,
            "t",
            "c",
            1,
            related=RELATED,
        )
        draft = draft_reply(facts)
        assert_plain(draft.text)
        shown = plain_name(name)  # "friend", or "Friend" when it opens a paragraph
        assert shown in draft.text or shown[:1].upper() + shown[1:] in draft.text


def test_a_hostile_comment_text_stays_plain_text(hostile):
    for number, text in enumerate(hostile):
        facts = CommentFacts("Ana", "Letters", text, number, "t", "c", 2, related=RELATED)
        draft = draft_reply(facts)
        assert_plain(draft.text)
        assert not set("<>[]{}`*\\") & set(draft.quote), (text, draft.quote)


def test_a_hostile_post_title_and_related_post_stay_plain():
    facts = CommentFacts(
        "Ana",
        "<script>alert(1)</script> [x](javascript:y)",
        "I loved the lamp in the window.",
        3,
        "t",
        "c",
        2,
        related=(("<b>bold</b> [x](javascript:alert(1))", "javascript:alert(1)"),),
    )
    texts = [draft_reply(dataclasses.replace(facts, comment_id=n)).text for n in range(40)]
    for text in texts:
        assert {tag for tag, _ in rendered_tags(text)} == {"p"}, text  # no link, no markup
    assert any("“‹script›alert(1)‹/script› (x)(javascript:y)”" in text for text in texts)
    assert any("“‹b›bold‹/b› (x)(javascript:alert(1))”" in text for text in texts)


def test_plain_text_keeps_ordinary_names_and_words_as_they_are():
    for name in [
        "Zoë O'Connor",
        "Nguyễn Thị Mai",
        "李娜",
        "Jean-Luc Picard-Martin",
        "snake_case_fan",
        "محمد الأحمد",
        "👩‍👩‍👧 family",
        "Tom & Jerry",
        "A.J. Smith",
    ]:
        assert plain_name(name) == name
    assert plain_name("   ") == "friend"
    assert plain_name("<>") == "friend"
    assert plain_text("# Heading") == "Heading"
    assert plain_text("<b>hi</b>") == "‹b›hi‹/b›"
    assert plain_text("word " * 100, limit=30).endswith("…")
    assert len(plain_text("word " * 100, limit=30)) <= 30


def test_a_placeholder_name_is_greeted_as_friend_and_a_shouted_name_gently():
    for placeholder in ["Anonymous", "anon", "Guest", "null", "undefined", "None", "Your name"]:
        assert plain_name(placeholder) == "friend", placeholder
    assert plain_name("JOHN SMITH") == "John Smith"
    assert plain_name("MARY-JANE O'NEIL") == "Mary-Jane O'Neil"
    for kept in ["DJ Kool", "AJ", "john", "Anonymous Coward fan club", "Nullah", "Na", "Nan"]:
        assert plain_name(kept) == kept
    facts = CommentFacts(
        author="null",
        post_title="Tomatoes",
        text="Lovely post, I planted mine today thanks to you!",
        comment_id=1,
        thread="t",
        commenter="0123456789abcdef",
        commenter_comments=1,
    )
    drafts = [draft_reply(dataclasses.replace(facts, comment_id=n)).text for n in range(20)]
    assert not any("null" in text for text in drafts) and any("friend" in t for t in drafts)


def test_a_name_that_is_markup_or_an_address_is_greeted_without_it():
    # Once greeted as "Hi ‹b›Bob‹/b›" or "Welcome back, bob@example.com!": a reply would publish
    # the address.
    assert plain_name("<b>Bob</b>") == "Bob"
    assert plain_name("<i>Zoë</i> O'Connor") == "Zoë O'Connor"
    assert plain_name("Ana <ana@example.org>") == "Ana"
    for address in [
        "bob@example.com",
        "https://cheap-seo.example.com",
        "www.bestdeals.shop",
        "bestdeals.shop",
        "<script>alert(1)</script>",
        "Mr.",
    ]:
        assert plain_name(address) == "friend", address
    for kept in ["Dr. Jane Smith", "A.J. Smith", "@bob", "I <3 NY", "Node.js fan", "Mr.Itsy"]:
        assert plain_name(kept) == plain_text(kept), kept
    # Once "Hi The Kitchen Guy (kitchenguy.example), and welcome!": the address is not the name.
    for named, name in [
        ("The Kitchen Guy (kitchenguy.example)", "The Kitchen Guy"),
        ("Bob (bob.dev)", "Bob"),
        ("Tom | tom.dev", "Tom"),
        ("Jean - www.jean.fr", "Jean"),
    ]:
        assert plain_name(named) == name, named
    assert plain_name("a" * 100_000 + "@") == "a" * 39 + "…"


def test_safe_url_allows_only_web_and_site_links():
    assert safe_url("https://blog.example/x/") == "https://blog.example/x/"
    assert safe_url("/2025/x/") == "/2025/x/"
    for bad in [
        "javascript:alert(1)",
        "//evil.example",
        "data:text/html,x",
        "https://x.example/a b",
        "https://x.example/(x)",
        "ftp://x.example",
        "",
    ]:
        assert safe_url(bad) == ""


def test_the_terminal_never_sees_escape_sequences_from_a_comment():
    shown = terminal_safe("hi\x1b[2J\x1b]0;title\x07 there\u202e\nnext\tline")
    assert shown == "hi[2J]0;title there\nnext\tline"
