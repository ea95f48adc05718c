"""The plugin's whole ranking with other fits of its model, paired against the shipped fit.

related_variants.py measures variants of the weighting alone (cosine, top 5); this script keeps
everything the plugin does after the fit (its top-k, feedback from each post's nearest posts, the
least relevance, the promote boost) and changes only how the posts' term counts become vectors:
the terms per post, an exponent on the IDF, a document-frequency floor or ceiling, the first
paragraph (a news story's lede) counted twice, or the summaries scaled by the share of the post's
weight they keep (pivoted normalisation). Each row prints precision@5 and links per post on every
labeled set, and the paired difference with the shipped ranking (the same queries, a 95%
bootstrap interval): a change is a gain only where the interval is above 0.

    .venv/bin/python benchmarks/related_fits.py [--sets news-tass ...] [--variants "96 terms" ...]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))

from promote_related import index as plugin_index
from promote_related.boost import need_scores
from promote_related.corpus import docs_of
from promote_related.links import inbound_link_counts
from promote_related.relate import Readable, relate_own
from promote_related.settings import DEFAULTS
from promote_related.text import read_html
from promote_related.words import TermCounts, count_docs
from related_quality import machine
from related_variants import SETS, Labeled, load_sets, plain_tfidf


@dataclass(frozen=True)
class Fit:
    """How term counts become the posts' vectors; the defaults are the shipped fit."""

    name: str
    terms: int = DEFAULTS["PROMOTE_RELATED_TERMS"]  # type: ignore[assignment]
    title: float = DEFAULTS["PROMOTE_RELATED_WEIGHTS"]["title"]  # type: ignore[index]
    idf_power: float = 1.0
    min_df: int = 2  # a term fewer posts carry is left out of the summaries
    max_df: float = 1.0  # a term more than this share of the posts carry is left out
    lede: bool = False  # the first paragraph counted twice
    full_norm: float = 0.0  # scale each summary by (kept weight / whole weight) ** full_norm


FITS = (
    Fit("96 terms per post", terms=96),
    Fit("112 terms per post", terms=112),
    Fit("IDF ** 0.75", idf_power=0.75),
    Fit("IDF ** 0.5", idf_power=0.5),
    Fit("96 terms, IDF ** 0.75", terms=96, idf_power=0.75),
    Fit("96 terms, IDF ** 0.75, title 2", terms=96, idf_power=0.75, title=2.0),
    Fit("96 terms, IDF ** 0.7, title 2", terms=96, idf_power=0.7, title=2.0),
    Fit("96 terms, IDF ** 0.85, title 2", terms=96, idf_power=0.85, title=2.0),
    Fit("terms in 3 posts or more", min_df=3),
    Fit("terms in 5 posts or more (Lucene MoreLikeThis)", min_df=5),
    Fit("terms in 20% of the posts at most", max_df=0.2),
    Fit("first paragraph counted twice (lede)", lede=True),
    Fit("pivoted: summaries scaled by their share ** 0.5", full_norm=0.5),
    Fit("pivoted: summaries scaled by their share", full_norm=1.0),
)


def term_counts(data: Labeled, weights: dict[str, float], lede: bool) -> tuple[TermCounts, list]:
    """Return the posts' term counts as the plugin reads them, and each post's link targets."""
    pages = [read_html(source.html) for source in data.sources]
    docs = docs_of(data.sources, pages)
    if lede:
        docs = [
            replace(doc, body=f"{page.blocks[0]} {doc.body}") if page.blocks else doc
            for doc, page in zip(docs, pages, strict=True)
        ]
    return count_docs(docs, weights), [page.hrefs for page in pages]


def fitted(words: TermCounts, weights: dict[str, float], fit: Fit) -> plugin_index.Index:
    """Return the plugin's index of *words*, fitted the way *fit* says."""
    counts = words.counts.tocsr()
    posts = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = (np.log((1 + posts) / (1 + df)) + 1) ** fit.idf_power
    idf *= plugin_index.common_fade(df, posts) * (df <= fit.max_df * posts)
    weighted = plugin_index.tf_idf(counts, idf.astype(np.float32))
    weighted = (weighted @ sparse.diags((df >= fit.min_df).astype(np.float32))).tocsr()
    matrix = plugin_index._summarise(weighted, fit.terms)
    if fit.full_norm:
        whole = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        kept = np.asarray(matrix.multiply(weighted).sum(axis=1)).ravel()
        share = np.where(whole > 0, kept / np.maximum(whole, 1e-12), 1.0) ** fit.full_norm
        matrix = (sparse.diags(share.astype(np.float32)) @ matrix).tocsr()
    vocabulary = {term: column for column, term in enumerate(words.terms)}
    names = np.array(words.terms, dtype=object)
    return plugin_index.Index(
        vocabulary, idf, weights, fit.terms, matrix, None, names, words.langs, words.readable,
        "en", words.headline,
    )  # fmt: skip


def ranked(data: Labeled, fit: Fit) -> list[list[int]]:
    """Return each post's links as the plugin ranks them with *fit* (default settings else)."""
    weights = {**DEFAULTS["PROMOTE_RELATED_WEIGHTS"], "title": fit.title}  # type: ignore[dict-item]
    words, hrefs = term_counts(data, weights, fit.lede)
    model = fitted(words, weights, fit)
    inbound = inbound_link_counts(data.urls, list(zip(data.urls, hrefs, strict=True)))
    needs = need_scores(inbound, data.dates, DEFAULTS["PROMOTE_RELATED_EVERGREEN_DAYS"])  # type: ignore[arg-type]
    found = relate_own(
        model.matrix,
        Readable(model.langs, model.readable, model.headline),
        [source.tags for source in data.sources],
        needs,
        [[] for _ in data.sources],
        5,
        DEFAULTS["PROMOTE_RELATED_MIN_SCORE"],  # type: ignore[arg-type]
        DEFAULTS["PROMOTE_RELATED_BOOST"],  # type: ignore[arg-type]
    )
    return [[relation.target for relation in each] for each in found]


def query_hits(found: list[list[int]], labels: list[frozenset[str]]) -> np.ndarray:
    """Return, for each query (a post whose label has six posts), its links of its label in 5."""
    sizes: dict[str, int] = {}
    for each in labels:
        for label in each:
            sizes[label] = sizes.get(label, 0) + 1
    queries = [i for i, each in enumerate(labels) if each and max(sizes[x] for x in each) >= 6]
    return np.array([sum(1 for j in found[i][:5] if labels[j] & labels[i]) for i in queries])


def paired(ours: np.ndarray, shipped: np.ndarray, draws: int = 2000) -> tuple[float, float]:
    """Return the 95% bootstrap interval of the mean difference in precision@5, in points."""
    differences = (ours - shipped) * 100 / 5
    picks = np.random.default_rng(19).integers(0, len(differences), (draws, len(differences)))
    means = differences[picks].mean(axis=1)
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def cell(found: list[list[int]], data: Labeled, shipped: np.ndarray | None) -> str:
    """Return a table cell: precision@5, links per post if under 5, the paired interval."""
    hits = query_hits(found, data.labels)
    links = sum(len(each) for each in found) / len(found)
    text = f"{hits.mean() / 5:.3f}" + (f" ({links:.2f})" if links < 4.995 else "")
    if shipped is not None:
        low, high = paired(hits, shipped)
        text += f" [{low:+.1f}, {high:+.1f}]"
    return text


def main() -> None:
    """Print plain TF-IDF, the shipped ranking and every fit on every labeled set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", choices=list(SETS), default=list(SETS))
    parser.add_argument("--variants", nargs="+", choices=[fit.name for fit in FITS])
    args = parser.parse_args()
    sets = load_sets(args.sets)
    print(f"Machine: {machine()}\n")
    print("| ranking | " + " | ".join(sets) + " |")
    print("| --- |" + " ---: |" * len(sets))
    plain = [cell(plain_tfidf(data), data, None) for data in sets.values()]
    print(f"| plain TF-IDF | {' | '.join(plain)} |", flush=True)
    shipped = {name: ranked(data, Fit("shipped")) for name, data in sets.items()}
    cells = [cell(shipped[name], data, None) for name, data in sets.items()]
    print(f"| the plugin as shipped | {' | '.join(cells)} |", flush=True)
    for fit in FITS:
        if args.variants and fit.name not in args.variants:
            continue
        cells = [
            cell(ranked(data, fit), data, query_hits(shipped[name], data.labels))
            for name, data in sets.items()
        ]
        print(f"| {fit.name} | {' | '.join(cells)} |", flush=True)


if __name__ == "__main__":
    main()
