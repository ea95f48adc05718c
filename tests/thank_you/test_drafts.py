"""Drafts over a fixture of 100 comments: distinct, personal, quoting, complete, reproducible."""

import itertools
import json
import os
import random
import re
import subprocess
import sys
from collections import defaultdict

import pytest

from reply_drafts import CommentFacts, draft_replies, draft_reply
from reply_drafts.plain import plain_name
from tests.support import ROOT
from tests.support.comment_corpus import hundred_comments

RELATED = (("The Gratitude Jar Experiment", "https://blog.example/2025/gratitude-jar/"),)
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
WORD = re.compile(r"[^\W_]+")


def facts_of(comment, related=RELATED) -> CommentFacts:
    return CommentFacts(
        author=comment.author,
        post_title=comment.title,
        text=comment.text,
        comment_id=comment.id,
        thread=comment.thread,
        commenter=comment.commenter,
        commenter_comments=comment.commenter_comments,
        related=related if comment.id % 3 else (),
    )


@pytest.fixture(scope="module")
def fixture_drafts():
    comments = hundred_comments()
    return comments, draft_replies([facts_of(comment) for comment in comments])


WARM = ("praise", "neutral", "question")


def warm(fixture_drafts) -> list:
    """Return the (comment, draft) pairs whose tone gets a warm reply (quotes, related posts)."""
    comments, drafts = fixture_drafts
    return [(c, d) for c, d in zip(comments, drafts, strict=True) if d.tone in WARM]


def test_most_of_the_hundred_comments_read_as_warm_and_the_poker_spam_gets_no_draft(
    fixture_drafts,
):
    comments, drafts = fixture_drafts
    assert len(warm(fixture_drafts)) >= 75
    poker = next(d for c, d in zip(comments, drafts, strict=True) if "poker" in c.text)
    assert poker.tone == "spam" and poker.text == ""


def test_the_fixture_is_a_hundred_varied_comments(fixture_drafts):
    comments, _ = fixture_drafts
    assert len(comments) == 100
    assert len({c.author for c in comments}) >= 40
    assert len({c.thread for c in comments}) == 8
    assert sum(c.quotable for c in comments) >= 70
    assert any(c.commenter_comments >= 3 for c in comments)


def test_at_least_ninety_percent_of_drafts_are_distinct(fixture_drafts):
    _, drafts = fixture_drafts
    assert len({d.text for d in drafts}) >= 90
    # Not only the names differ: the chosen template and lines differ too.
    assert len({d.phrases for d in drafts}) >= 90
    assert len({d.template for d in drafts}) >= 10


def test_each_draft_names_the_commenter(fixture_drafts):
    comments, drafts = fixture_drafts
    for comment, draft in zip(comments, drafts, strict=True):
        if draft.text:  # spam and a severe attack get no draft
            assert plain_name(comment.author) in draft.text, (comment.author, draft.text)


def test_each_draft_quotes_its_comment_when_a_phrase_can_be_found(fixture_drafts):
    doubted = [comment for comment, draft in warm(fixture_drafts) if "sarcasm" in draft.advice]
    assert len(doubted) <= 1, [comment.text for comment in doubted]  # praise that may be a jab
    for comment, draft in warm(fixture_drafts):
        if not comment.quotable or draft.tone == "question":  # it promises an answer instead
            continue
        if comment in doubted:  # quoted back, a jab would be thanked
            continue
        assert draft.quote, comment.text
        assert f"“{draft.quote}”" in draft.text
        quoted = [w.casefold() for w in WORD.findall(draft.quote)]
        said = [w.casefold() for w in WORD.findall(comment.text)]
        assert len(quoted) >= 3
        runs = {tuple(said[i : i + len(quoted)]) for i in range(len(said))}
        assert tuple(quoted) in runs, (draft.quote, comment.text)


def test_no_draft_shows_a_placeholder_or_markup(fixture_drafts):
    _, drafts = fixture_drafts
    for draft in drafts:
        assert not PLACEHOLDER.search(draft.text), draft.text
        assert "{" not in draft.text and "}" not in draft.text
        assert "None" not in draft.text and "  " not in draft.text
        assert "**" not in draft.text and "```" not in draft.text and "> " not in draft.text


def test_ideas_and_questions_are_noticed(fixture_drafts):
    comments, drafts = fixture_drafts
    ideas = [d for c, d in zip(comments, drafts, strict=True) if c.idea]
    assert ideas
    idea_lines = [p for d in ideas for p in d.phrases if "idea" in p]
    assert len(idea_lines) >= len(ideas) // 2


def test_a_thread_never_gets_the_same_draft_or_template_twice_while_others_fit(fixture_drafts):
    by_thread = defaultdict(list)
    for comment, draft in warm(fixture_drafts):
        if draft.tone != "question":  # questions have templates of their own
            by_thread[comment.thread].append(draft)
    for thread, thread_drafts in by_thread.items():
        texts = [d.text for d in thread_drafts]
        assert len(set(texts)) == len(texts), thread
        first_six = [d.template for d in thread_drafts[:6]]  # six templates always fit
        assert len(set(first_six)) == len(first_six), (thread, first_six)


def test_a_commenter_never_gets_the_same_template_twice_in_a_row():
    # One commenter, twelve comments on one thread, with identical text: only the template varies.
    batch = [
        CommentFacts("Kwame Mensah", "A Hard Day", "Thank you so much.", n, "hard-day", "k", n)
        for n in range(1, 13)
    ]
    drafts = draft_replies(batch)
    templates = [d.template for d in drafts]
    assert all(a != b for a, b in itertools.pairwise(templates)), templates
    assert len({d.text for d in drafts}) == 12


def test_the_last_template_sent_is_never_repeated():
    facts = CommentFacts(
        "Noor", "On Slow Mornings", "I love slow mornings with tea.", 5, "slow", "n", 2
    )
    first = draft_reply(facts)
    for extra in range(20):
        again = draft_reply(
            CommentFacts(
                "Noor",
                "On Slow Mornings",
                "I love slow mornings with tea.",
                6 + extra,
                "slow",
                "n",
                3,
                previous_templates=(first.template,),
            )
        )
        assert again.template != first.template


def test_drafts_are_reproducible_and_ignore_global_random_state():
    comments = hundred_comments()[:30]
    random.seed(1)
    once = [draft_reply(facts_of(c)) for c in comments]
    random.seed(2)
    twice = [draft_reply(facts_of(c)) for c in comments]
    assert once == twice


def test_drafts_are_the_same_in_another_process_with_another_hash_seed():
    script = (
        "import json; from reply_drafts import CommentFacts, draft_reply\n"
        "facts = [CommentFacts('Agnès', 'Small Notes', 'What if you wrote about your neighbours "
        "next? I would love that.', n, 'notes', 'a', n) for n in range(1, 9)]\n"
        "print(json.dumps([draft_reply(f).text for f in facts]))\n"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
        run = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(run.stdout)
    assert len(outputs) == 1
    assert len(set(json.loads(outputs.pop()))) == 8


def test_a_related_post_is_suggested_as_a_link_when_there_is_one(fixture_drafts):
    comments, drafts = fixture_drafts
    with_related = [d for c, d in warm(fixture_drafts) if c.id % 3]
    linked = [d for d in with_related if "](https://blog.example/2025/gratitude-jar/)" in d.text]
    assert len(linked) >= len(with_related) // 2
    without = [d for c, d in zip(comments, drafts, strict=True) if not c.id % 3]
    assert not any("gratitude-jar" in d.text for d in without)
    quiet = [d for c, d in zip(comments, drafts, strict=True) if d.tone in ("grief", "hostile")]
    assert not any("gratitude-jar" in d.text for d in quiet)


def test_gold_stars_match_the_star_line(fixture_drafts):
    _, drafts = fixture_drafts
    for draft in drafts:
        if draft.star_line:
            assert draft.star_line in draft.text
            assert 1 <= draft.gold_stars <= 5
        else:
            assert draft.gold_stars == 0
    assert any(d.gold_stars >= 2 for d in drafts)
