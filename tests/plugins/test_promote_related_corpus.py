"""plugins/promote_related reads posts into sorted word counts and the links of each."""

import numpy as np
from promote_related import corpus

from tests.support.corpora import corpus_path

WEIGHTS = {"title": 3.0, "tags": 3.0, "category": 1.0, "body": 1.0}


def real_sources(count: int) -> list:
    """Return *count* sources cut from the real posts of blog-bossylobster (HTML paragraphs)."""
    posts = sorted(corpus_path("blog-bossylobster/content").glob("*.md"))
    texts = [path.read_text(encoding="utf-8").partition("\n---\n")[2] for path in posts]
    sources = []
    for number in range(count):
        text = texts[number % len(texts)]
        # every copy a different slice, so the posts differ in their words and their counts
        start = (number * 37) % max(len(text) - 400, 1)
        body = text[start : start + 2000].replace("<", " ").replace(">", " ")  # no cut-off tags
        html = f'<p>{body}</p><p><a href="/post-{number // 2}/">older</a> Café Ünïcode</p>'
        tags = (f"tag{number % 7}", "Maths") if number % 3 else ()
        title = f"Post {number} on {posts[number % len(posts)].stem}"
        sources.append(corpus.Source(title, tags, "Notes", html))
    return sources


def test_the_vocabulary_is_sorted_wanted_terms_whatever_the_order_posts_are_read_in():
    sources = real_sources(300)
    read = corpus.read_corpus(sources, WEIGHTS)
    assert list(read.words.terms) == sorted(read.words.terms)
    assert "café" in read.words.terms and "ünïcode" in read.words.terms
    assert "the" not in read.words.terms and not any(t[0].isdigit() for t in read.words.terms)
    assert read.words.counts.shape == (len(sources), len(read.words.terms))
    assert read.hrefs == [(f"/post-{n // 2}/",) for n in range(len(sources))]
    backwards = corpus.read_corpus(sources[::-1], WEIGHTS)
    assert backwards.words.terms == read.words.terms
    assert (backwards.words.counts[::-1] != read.words.counts).nnz == 0


def test_the_counts_weigh_each_field():
    source = corpus.Source("Compost", ("garden",), "Outdoors", "<p>compost <b>worms</b></p>")
    read = corpus.read_corpus([source], WEIGHTS)
    counts = dict(zip(read.words.terms, read.words.counts.toarray()[0].tolist(), strict=True))
    # words are stemmed: "worms" and "worm" are one term
    assert counts == {"compost": 4.0, "garden": 3.0, "outdoor": 1.0, "worm": 1.0}
    assert np.isclose(read.words.counts.sum(), 9.0)
