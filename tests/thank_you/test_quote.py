"""The phrase quoted from a comment: its own words, stripped of markup, trimmed at a boundary."""

import pytest

from reply_drafts.quote import MAX_QUOTE, MAX_WORDS, pick_quote, read_comment, readable_text


def test_markup_code_quoted_text_and_urls_are_not_quoted():
    text = (
        "> You wrote: kindness is a practice, not a feeling.\n\n"
        "```python\nprint('a very long line of code that should never be quoted back')\n```\n\n"
        "I **really** loved [the part](https://example.org/x) about _leaving notes_ for "
        "`neighbours` <b>at night</b>. See https://example.org/long/url too."
    )
    assert pick_quote(text) == "I really loved the part about leaving notes for neighbours at night"
    prose = readable_text(text)
    assert "print(" not in prose and "kindness is a practice" not in prose
    assert "https://" not in prose and "**" not in prose


def test_the_most_telling_sentence_is_chosen_over_generic_thanks():
    text = (
        "Great post, thanks so much! My grandmother used to leave a lamp on for travellers. Cheers."
    )
    assert pick_quote(text) == "My grandmother used to leave a lamp on for travellers"


def test_an_idea_or_question_is_preferred_when_the_comment_has_one():
    text = (
        "My neighbour leaves tomatoes on our doorstep every August. "
        "What if you wrote a follow-up about kindness at work?"
    )
    reading = read_comment(text)
    assert reading.idea and reading.question
    assert reading.quote == "What if you wrote a follow-up about kindness at work?"
    assert reading.quote_idea and reading.quote_question


def test_a_long_sentence_is_trimmed_at_a_clause_or_word_boundary():
    long_clauses = (
        "When I moved to a new city last spring, knowing nobody at all, a neighbour I had never "
        "met knocked on my door with soup, and I still think about it every single week."
    )
    quote = pick_quote(long_clauses)
    assert len(quote) <= MAX_QUOTE + 1
    assert len(quote.split()) <= MAX_WORDS
    assert long_clauses.startswith(quote.rstrip("…")) or quote.rstrip("…") in long_clauses
    no_clauses = " ".join(["wonderful"] + ["neighbourhood"] * 30)
    cut = pick_quote(no_clauses)
    assert cut.endswith("…") and " neighbourhood…" in cut and "neighbourh…" not in cut


def test_nothing_is_quoted_when_the_comment_has_no_phrase():
    for text in [
        "👍",
        "Great post!",
        "Thanks so much!",
        "",
        "   ",
        "```\ncode only\n```",
        "https://x.example",
    ]:
        assert pick_quote(text) == ""


def test_links_are_noticed_with_their_host():
    assert read_comment("See [this](https://www.example.org/a) please").link_host == "example.org"
    assert read_comment("See https://research.example.edu/x").link_host == "research.example.edu"
    assert read_comment("See https://127.0.0.1/x").link_host == ""
    plain = read_comment("No links here, only words.")
    assert not plain.link and not plain.link_host
    assert read_comment("![a picture](https://img.example/x.png) nice").link is False


@pytest.mark.timeout(60)  # a guard against catastrophic backtracking, not a speed target
def test_pathological_markdown_is_read_without_hanging():
    cases = [
        "[" * 100_000,
        "<" * 100_000,
        "_" * 10_000 + " a",
        "- x\n" * 10_000,
        "[a]: " + " " * 1500 + "b",
        "*a " * 20_000,
        "`" * 50_000 + "x",
    ]
    for text in cases:
        reading = read_comment(text)
        assert not set("<>[]`*") & set(reading.quote)
