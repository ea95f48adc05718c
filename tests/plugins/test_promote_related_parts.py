"""plugins/promote_related piece by piece: index, top-k, boost, link counting, settings."""

import re
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

import numpy as np
import pytest
from promote_related import boost, index, links, relate, results, settings, text, words
from scipy import sparse

from tests.support.corpora import corpus_path, naughty_strings

BODY_ONLY = {"title": 0.0, "tags": 0.0, "category": 0.0, "body": 1.0}


def test_top_k_matches_the_brute_force_cosines():
    rng = np.random.default_rng(6)
    matrix = sparse.random(57, 40, density=0.2, random_state=rng, dtype=np.float32, format="csr")
    matrix = sparse.csr_matrix(
        matrix / np.maximum(sparse.linalg.norm(matrix, axis=1), 1e-9)[:, None]
    )
    dense = (matrix @ matrix.T).toarray()
    found = index.top_k(matrix, matrix, 4, 0.05, exclude_self=True)
    assert len(found) == 57
    for row, pairs in enumerate(found):
        scores = dense[row].copy()
        scores[row] = -1
        expected = [j for j in np.argsort(-scores, kind="stable") if scores[j] >= 0.05][:4]
        assert [j for j, _ in pairs] == expected
        assert [s for _, s in pairs] == pytest.approx([scores[j] for j in expected], rel=1e-5)


def test_the_index_reads_every_field_and_keeps_only_the_strongest_terms():
    docs = [
        index.Doc("Tomato compost", ("garden",), "Outdoors", "seedlings mulch straw " * 3),
        index.Doc("Compost heaps", ("garden",), "Outdoors", "worms mulch leaves"),
        index.Doc("Chain oil", ("cycling",), "Outdoors", "tyres gears canal 2019 _id"),
    ]
    weights = {"title": 3.0, "tags": 3.0, "category": 1.0, "body": 1.0}
    built = index.build_index(docs, weights, terms_per_post=4)
    assert "compost" in built.vocabulary and "garden" in built.vocabulary
    assert "2019" not in built.vocabulary and "_id" not in built.vocabulary
    assert "the" not in built.vocabulary  # a stop word
    assert max(np.diff(built.matrix.indptr)) <= 4
    # the cycling post shares only "outdoors" with the others, which every post carries: no weight
    assert np.allclose(sparse.linalg.norm(built.matrix, axis=1), [1.0, 1.0, 0.0])
    found = index.top_k(built.matrix, built.matrix, 2, 0.01, exclude_self=True)
    assert found[0][0][0] == 1  # the two garden posts find each other
    friend = built.vectors([index.Doc("Compost for tomatoes", ("garden",), "", "unknownword")])
    assert index.top_k(friend, built.matrix, 1, 0.01)[0][0][0] in (0, 1)


def test_an_index_of_posts_without_words_relates_nothing():
    docs = [index.Doc("", (), "", ""), index.Doc("", (), "", "2024 42")]
    built = index.build_index(docs, {"title": 1.0, "tags": 1.0, "category": 1.0, "body": 1.0}, 8)
    assert index.top_k(built.matrix, built.matrix, 3, 0.0, exclude_self=True) == [[], []]


def test_the_need_for_readers_follows_the_documented_formula():
    newest = datetime(2026, 1, 1)
    needs = boost.need_scores([0, 3, 0], [newest, newest, newest - timedelta(days=730)], 365)
    assert needs == pytest.approx([0.5, 0.125, 0.5 + 0.5 * 730 / (730 + 365)])
    # the age part never saturates: among old posts, the older needs readers more
    ages = [newest - timedelta(days=365 * years) for years in (1, 2, 4, 8)]
    old_needs = boost.need_scores([0] * 4, [newest, *ages][:4], 365)
    assert old_needs == sorted(old_needs) and len(set(old_needs)) == 4
    assert boost.rank_score(0.5, 1.0, 0.2) == pytest.approx(0.6)
    assert boost.rank_score(0.5, 1.0, 0.0) == pytest.approx(0.5)


def test_links_to_a_post_are_counted_once_per_linking_page_whatever_their_form():
    targets = ["2025/bread/", "2025/garden/"]
    pages = [
        ("2025/a/", ["/2025/bread/", "/2025/bread/#crust", "https://other.example/2025/garden/"]),
        ("2025/b/", ["../bread/index.html", "mailto:me@example.org"]),
        ("2025/c/", ["https://blog.example/2025/bread/?utm=x"]),
        ("2025/bread/", ["/2025/bread/", "../garden/"]),  # a self link does not count
    ]
    assert links.inbound_link_counts(targets, pages, "https://blog.example") == [3, 1]


def test_absolute_links_to_the_site_count_with_or_without_www_over_http_or_https():
    targets = ["2025/bread/", "2025/garden/"]
    pages = [
        ("2025/a/", ["http://www.blog.example/2025/bread/"]),
        ("2025/b/", ["https://BLOG.example:443/2025/bread/#crust"]),
        ("2025/c/", ["https://old.example/2025/bread/", "https://www.old.example/2025/garden/"]),
        ("2025/d/", ["https://blog.example.evil/2025/garden/", "//other.example/2025/garden/"]),
    ]
    assert links.inbound_link_counts(targets, pages, "https://blog.example") == [2, 0]
    counts = links.inbound_link_counts(
        targets, pages, "https://blog.example", ["https://old.example"]
    )
    assert counts == [3, 1]
    # a site under a path: only links under it are its own
    under = [
        ("x/", ["https://www.host.example/blog/2025/bread/", "https://host.example/2025/garden/"])
    ]
    assert links.inbound_link_counts(targets, under, "https://host.example/blog") == [1, 0]


def test_reasons_put_shared_tags_first_then_terms_no_tag_already_says():
    assert relate.common_tags(["Garden", "Food"], ["garden", "tools"]) == ("Garden",)
    words = results.reason_words(("Garden",), ["garden", "compost", "mulch", "straw"])
    assert words == ("Garden", "compost", "mulch")


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("PROMOTE_RELATED_MAX", -1, 5),
        ("PROMOTE_RELATED_MAX", 2.5, 5),
        ("PROMOTE_RELATED_MIN_SCORE", 3, 0.05),
        ("PROMOTE_RELATED_BOOST", "high", 0.2),
        ("PROMOTE_RELATED_TIMEOUT", 0, 5.0),
        ("PROMOTE_RELATED_PER_FRIEND", True, 1),
    ],
)
def test_recoverable_settings_warn_and_use_the_default(caplog, key, value, expected):
    config = settings.read_config({key: value, "PATH": "content", "CACHE_PATH": "cache"})
    field = {
        "PROMOTE_RELATED_MAX": "max_links",
        "PROMOTE_RELATED_MIN_SCORE": "min_score",
        "PROMOTE_RELATED_BOOST": "boost",
        "PROMOTE_RELATED_TIMEOUT": "timeout",
        "PROMOTE_RELATED_PER_FRIEND": "per_friend",
    }[key]
    assert getattr(config, field) == expected
    (record,) = caplog.records
    assert key in record.getMessage() and repr(value) in record.getMessage()
    assert f"default {expected!r}" in record.getMessage()


def test_the_default_settings_need_no_warning(caplog):
    config = settings.read_config({"PATH": "content", "CACHE_PATH": "cache"})
    assert caplog.records == []
    assert config.max_links == 5 and config.friends == () and config.opml is None
    assert str(config.cache_dir).endswith("cache/promote_related")


def test_text_comes_from_lxml_without_scripts_and_with_links():
    page = text.read_html(
        '<p>Kind <a href="/2025/x/">words</a> &amp; deeds</p><script>var no = 1</script>'
        "<!-- hidden --><style>p{}</style>"
    )
    assert page.text.split() == ["Kind", "words", "&", "deeds"]
    assert page.hrefs == ("/2025/x/",)
    assert text.read_html("   ") == text.PageText((), ())


def test_text_keeps_each_block_apart_whatever_its_markup():
    page = text.read_html(
        "<p>Plain words here</p><p>Some <em>marked</em> words</p>"
        "<ul><li>First item</li><li>Second <b>item</b></li></ul><div></div>tail text"
        '<p><a name="top">no target</a> and <a href="/b/">a target</a></p>'
    )
    assert page.blocks == (
        "Plain words here",
        "Some  marked  words",
        "First item",
        "Second  item",
        "tail text",
        "no target  and  a target",
    )
    assert page.hrefs == ("/b/",)


def test_text_reads_alike_in_threads():
    """Each thread parses with a parser of its own (lxml parsers must not be shared)."""
    markups = [
        f"<p>Post {n} on <code>x{n}</code> and <a href='/{n}/'>more</a></p>" for n in range(40)
    ]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(text.read_html, markups)) == [text.read_html(m) for m in markups]


def test_the_real_corpus_relates_posts_of_the_same_series():
    """The bossylobster blog has multi-part series; each part's best match is another part."""
    folder = corpus_path("blog-bossylobster/content")
    series = sorted(folder.glob("*conways-topograph-part-*.md"))
    assert len(series) >= 3
    others = sorted(p for p in folder.glob("20*.md") if "topograph" not in p.name)[:40]
    docs = []
    for path in series + others:
        head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
        title = next(line[7:] for line in head.splitlines() if line.startswith("title: "))
        docs.append(index.Doc(title, (), "", text.read_html(f"<p>{body}</p>").text))
    weights = {"title": 3.0, "tags": 3.0, "category": 1.0, "body": 1.0}
    built = index.build_index(docs, weights, terms_per_post=64)
    found = index.top_k(built.matrix, built.matrix, 1, 0.0, exclude_self=True)
    for part in range(len(series)):
        assert found[part][0][0] < len(series)


def test_shared_terms_are_the_heaviest_products_of_each_pair():
    terms = np.array(["alpha", "beta", "gamma", "delta"], dtype=object)
    left = sparse.csr_matrix(np.array([[0.9, 0.1, 0.4, 0.0], [0.0, 0.0, 0.0, 1.0]], np.float32))
    right = sparse.csr_matrix(np.array([[0.1, 0.9, 0.4, 0.0], [0.5, 0.0, 0.5, 0.5]], np.float32))
    found = index.shared_terms(left, [0, 0, 1, 1], right, [0, 1, 0, 1], terms, 2)
    assert found == [("gamma", "alpha"), ("alpha", "gamma"), (), ("delta",)]
    assert index.shared_terms(left, [], right, [], terms, 2) == []


CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def test_words_are_the_runs_of_word_characters_a_regex_finds_even_in_naughty_strings():
    naughty = naughty_strings()
    texts = [
        *naughty,
        "Ünïcode café_au_lait 2019 İstanbul ΣΊΣΥΦΟΣ x",
        "It’s “quoted” — and–dashed… ‘fine’",  # non-ASCII for its punctuation only
        " ".join(naughty),
    ]
    counts, terms = words.raw_counts([words.Doc("", (), "", body) for body in texts], BODY_ONLY)
    counts = counts.tocsr()
    for row, body in enumerate(texts):
        if CJK.search(body):
            continue  # Chinese and Japanese are read as pairs of characters, below
        found = Counter(re.findall(r"\w+", body.lower()))
        start, end = counts.indptr[row], counts.indptr[row + 1]
        row_terms = [terms[column] for column in counts.indices[start:end]]
        assert dict(zip(row_terms, counts.data[start:end].tolist(), strict=True)) == found
    assert "café_au_lait" in terms and "istanbul" not in terms  # "i̇stanbul"


def test_chinese_and_japanese_are_read_as_pairs_of_characters_hiragana_aside():
    # a sentence written without spaces was one word: two posts about 東京 shared none
    texts = ["田中さんにあげて下さい", "東京都の寿司屋で、sushi2 を食べた", "사회과학원 어학연구소"]
    found = [words._words(text) for text in texts]
    assert found == [
        ["田中", "下"],
        ["東京", "京都", "寿司", "司屋", "sushi2", "食"],
        ["사회과학원", "어학연구소"],  # Korean writes spaces: its words are read as written
    ]


def big_site_vectors(posts: int) -> tuple[sparse.csr_matrix, np.ndarray, list, list]:
    """Return unit vectors, terms, tags and needs of a made-up site of *posts* posts."""
    rng = np.random.default_rng(7)
    rows = np.repeat(np.arange(posts), 12)
    columns = rng.zipf(1.4, posts * 12) % 900
    values = rng.random(posts * 12).astype(np.float32)
    matrix = sparse.csr_matrix((values, (rows, columns)), shape=(posts, 900))
    matrix.sum_duplicates()
    matrix = sparse.csr_matrix(matrix.multiply(1 / np.sqrt(matrix.power(2).sum(axis=1))))
    matrix.sort_indices()
    terms = np.array([f"term{n}" for n in range(900)], dtype=object)
    tags = [(f"tag{n % 13}", "Notes") if n % 4 else () for n in range(posts)]
    return matrix, terms, tags, rng.random(posts).tolist()


def relate_big_site(relate, posts: int) -> list:
    matrix, terms, tags, needs = big_site_vectors(posts)
    pins = [[(n + 1) % posts] if n % 97 == 0 else [] for n in range(posts)]
    readable = relate.Readable(["en"] * posts, {"en": terms})
    return relate.relate_own(matrix, readable, tags, needs, pins, 5, 0.05, 0.2)


def test_shared_tags_of_many_pairs_are_common_tags_in_the_first_posts_order_and_spelling():
    rng = np.random.default_rng(11)
    spellings = ["Garden", "garden", "GARDEN", "Food", "food", "Go", "Travel", "Émile", "ÉMILE"]
    tags = [tuple(str(t) for t in rng.choice(spellings, rng.integers(0, 4))) for _ in range(300)]
    shared = relate._shared_tags(tags, tags)
    pairs = [(post, target) for post in range(300) for target in range(0, 300, 7)]
    expected = [relate.common_tags(tags[p], tags[t]) for p, t in pairs]
    assert [shared(p, t) for p, t in pairs] == expected
    assert sum(1 for p, t in pairs if shared(p, t)) > len(pairs) // 4


def test_a_big_sites_relations_give_each_link_its_shared_tags_and_terms():
    posts = 2003
    matrix, terms, tags, _ = big_site_vectors(posts)
    found = relate_big_site(relate, posts)
    assert sum(len(each) for each in found) > 4 * posts
    for post, relations in enumerate(found):
        for relation in relations:
            assert relation.shared_tags == relate.common_tags(tags[post], tags[relation.target])
        for relation in relations if post % 50 == 0 else ():
            both = matrix[post].multiply(matrix[relation.target])
            assert set(relation.shared_terms) <= set(terms[both.indices])
    assert any(relation.shared_tags and relation.shared_terms for relation in found[-1])


def test_the_site_urls_setting_takes_http_urls_and_warns_about_anything_else(caplog):
    good = settings.read_config({"PROMOTE_RELATED_SITE_URLS": ["https://old.example"]})
    assert good.site_urls == ("https://old.example",) and caplog.records == []
    bad = settings.read_config({"PROMOTE_RELATED_SITE_URLS": "old.example"})
    assert bad.site_urls == ()
    (record,) = caplog.records
    assert "PROMOTE_RELATED_SITE_URLS" in record.getMessage()
    assert "'old.example'" in record.getMessage()
