"""A post's listing text cut inside a block of code (Pelican counts its first 50 words, code
too): its card showed the first lines of the code ending in "…", as if that were all of it, and
its description was those lines. It ends with the words before that block now."""

import pytest
from bs4 import BeautifulSoup

from tests.support.builds import build_site
from tests.support.corpora import corpus_path
from tests.support.sources import write_source

pytestmark = pytest.mark.slow

LONG_CODE = "\n".join(f"    step_{n} = run(step_{n - 1}, retries=3)" for n in range(1, 30))
POSTS = {
    "cut.md": (
        "Title: Cut in code\nDate: 2024-01-04\n\n"
        "The code essentially boiled down to this loop:\n\n"
        f"```python\ndef start():\n{LONG_CODE}\n```\n\nAnd then it worked.\n"
    ),
    # Near misses: a block the 50 words hold whole, a post that opens with code, its own summary.
    "whole.md": (
        "Title: Whole code\nDate: 2024-01-03\n\nA short one:\n\n"
        "```python\nprint('hello')\n```\n\n" + "More words after it. " * 20 + "\n"
    ),
    "opens.md": (f"Title: Opens with code\nDate: 2024-01-02\n\n```python\n{LONG_CODE}\n```\n"),
    "own.md": (
        "Title: Own summary\nDate: 2024-01-01\nSummary: Words of its own.\n\n"
        f"Words.\n\n```python\n{LONG_CODE}\n```\n"
    ),
}


def cards(built) -> dict[str, BeautifulSoup]:
    """Return each card's summary on the home page, by the post's title."""
    page = BeautifulSoup(built.read("index.html"), "html.parser")
    return {
        card.select_one(".card-title").get_text(strip=True): card.select_one(".card-summary")
        for card in page.select("article.card")
    }


def test_a_summary_cut_inside_code_ends_with_the_words_before_it(tmp_path) -> None:
    for name, text in POSTS.items():
        write_source(tmp_path / "content", name, text)
    built = build_site(tmp_path / "content", tmp_path / "output", DEFAULT_PAGINATION=False)
    assert built.warnings() == []
    summaries = cards(built)
    cut = summaries["Cut in code"]
    assert cut.find("pre") is None
    assert cut.get_text().strip() == "The code essentially boiled down to this loop …"
    post = BeautifulSoup(built.read("2024/cut-in-code/index.html"), "html.parser")
    description = post.find("meta", attrs={"name": "description"})["content"]
    assert description == "The code essentially boiled down to this loop …"
    assert "step_29" in post.select_one(".post-body pre").get_text()  # the post keeps its code
    assert summaries["Whole code"].find("pre").get_text().strip() == "print('hello')"
    assert "…" in summaries["Opens with code"].find("pre").get_text()
    assert summaries["Own summary"].get_text().strip() == "Words of its own."


def test_no_card_of_a_real_blog_ends_inside_its_code(tmp_path) -> None:
    content = corpus_path("blog-bossylobster/content")
    built = build_site(content, tmp_path / "output", DEFAULT_PAGINATION=False)
    summaries = cards(built)
    assert len(summaries) == 84
    with_code = [title for title, summary in summaries.items() if summary.find("pre")]
    assert with_code == ["Wrapping Behavior of `context.WithValue()`"]  # held whole: it stays
    for title in with_code:
        assert "…" not in summaries[title].find_all("pre")[-1].get_text(), title
    assert summaries["Atomically Idempotent"].get_text().strip().endswith("boiled\ndown to …")
