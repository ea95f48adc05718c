"""What the tests of each built-in draft language (reply_drafts/templates/<language>/) share: a
comment on a blog in that language, a draft's own words, and the checks that its library has
every line, rule and file of the others."""

import re
from collections.abc import Callable

from reply_drafts import CommentFacts, draft_replies
from reply_drafts.entries import FLAGS, PHRASE_SECTIONS, SECTIONS, SLOT, read_file
from reply_drafts.facts import Draft
from reply_drafts.language_lines import lines_for
from reply_drafts.library import BUILTIN, Library, builtin_languages, load_library

LINE_SECTIONS = ("template", *PHRASE_SECTIONS)
# Words that would give an English line away in a language that says "post" too (Italian,
# Portuguese: "il mio post", "o post").
ENGLISH_WORDS = re.compile(
    r"\b(?:the|thank|thanks|you|your|and|for|with|comment|gold star|dear|hi|hello|"
    r"friend|my post|welcome|take care)\b",
    re.IGNORECASE,
)


def blog_comment(
    text: str,
    number: int,
    *,
    author: str,
    language: str,
    title: str,
    related_post: tuple[str, str],
    **changes,
) -> CommentFacts:
    """Return comment *number* by *author* saying *text* under the post *title* (thread
    `/2024/<language>/`) on a blog in *language*, with one *related_post* (title, url); *changes*
    replace any of these facts."""
    values = {
        "author": author,
        "post_title": title,
        "text": text,
        "comment_id": number,
        "thread": f"/2024/{language}/",
        "commenter": f"{number:016x}",
        "commenter_comments": 1 + number % 6,
        "related": (related_post,),
        "language": language,
    }
    return CommentFacts(**(values | changes))


def own_words(draft: Draft, *titles: str) -> str:
    """Return the draft's words without the reader's quoted back and the posts' *titles*."""
    text = draft.text.replace(draft.quote, "") if draft.quote else draft.text
    for title in titles:
        text = text.replace(title, "")
    return text


def without_nameless(text: str, language: str) -> str:
    """Return *text* without the words that name a commenter who gave no name in *language*
    (they say both genders, on purpose)."""
    nameless = lines_for(language).nameless
    return text.replace(nameless, "").replace(nameless[:1].upper() + nameless[1:], "")


def assert_no_placeholder(text: str) -> None:
    """No `{slot}` of a line is left unfilled in *text*."""
    assert not SLOT.search(text) and "{" not in text and "}" not in text, text


def rules_of(library: Library, section: str) -> set[tuple]:
    """Return each line of *section* as its id, tones, flags, stars and personal mark."""
    return {
        (e.key, e.tones, e.when, e.unless, e.hide, e.stars, e.personal)
        for e in library.entries(section)
    }


def flags_used(library: Library) -> set[str]:
    """Return every flag the lines of *library* ask for or refuse."""
    return {
        flag
        for section in SECTIONS
        for entry in library.entries(section)
        for flag in entry.when | entry.unless
    }


def assert_built_in_with_every_line_and_rule_of_english(language: str) -> None:
    """*language*'s library is built in, reads cleanly and has English's line ids, tones and
    flags: THANK_YOU_DISABLED = ["star.whole-sky"] turns off the same line in every language."""
    assert language in builtin_languages()
    english, library = load_library("en"), load_library(language)
    assert library.language == language and library.problems == ()
    for section in LINE_SECTIONS:
        assert rules_of(library, section) == rules_of(english, section), section
    assert flags_used(library) == flags_used(english) <= FLAGS


def assert_same_files_as(language: str, other: str) -> None:
    """*language*'s library has a file for each of *other*'s, and each reads cleanly."""
    theirs = sorted(path.name for path in (BUILTIN / other).glob("*.toml"))
    own = sorted(path.name for path in (BUILTIN / language).glob("*.toml"))
    assert own == theirs
    for name in own:
        found = read_file(BUILTIN / language / name, language)
        assert found.language == language and found.problems == [] and found.entries, name


def assert_placeholders_of_english(language: str) -> None:
    """Each line of *language*'s library fills the same `{slots}` as its English line."""
    english = {e.key: e.text for s in LINE_SECTIONS for e in load_library("en").entries(s)}
    for section in LINE_SECTIONS:
        for entry in load_library(language).entries(section):
            theirs = english[entry.key]
            assert set(SLOT.findall(entry.text)) == set(SLOT.findall(theirs)), entry.key


def varied_thread(
    facts: Callable[[str, int], CommentFacts], praise: str, question: str
) -> list[Draft]:
    """Draft six *praise* comments and two *question*s as one thread (comment *n* saying *text*
    is `facts(text, n)`): the praise draws six templates and no two drafts read the same; return
    the drafts."""
    comments = [praise] * 6 + [question] * 2
    drafts = draft_replies([facts(text, n) for n, text in enumerate(comments, start=1)])
    assert len({draft.template for draft in drafts[:6]}) == 6
    assert len({draft.text for draft in drafts}) == len(drafts)
    return drafts
