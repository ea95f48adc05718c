"""Train the tone reader's model on the labeled comments and measure it per label.

    .venv/bin/python benchmarks/tone_model.py          # train, write reply_drafts/tone_model.json
    .venv/bin/python benchmarks/tone_model.py --check  # measure the shipped model only

Training comments: tests/thank_you/data/tone_train_*.json (written by the developers). Measured on
three sets the model never trains on: the labeled fixture the tests assert on (tone_comments.json),
the held-out set the word lists were tuned against while they were written (tone_holdout.json),
and a final set written separately and never looked at while tuning (tone_final.json), the honest
figure. The model is a multinomial logistic regression (scikit-learn, only here: the
shipped model is a JSON of weights read by plain Python) over the features of
`reply_drafts.tone.features`: what the word lists found, and the comment's own words.
"""

import argparse
import collections
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reply_drafts import tone, tone_model  # noqa: E402

DATA = ROOT / "tests" / "thank_you" / "data"
# A label that withholds the reply (spam) or the thanks (hostile) needs a mark the word lists
# found, or the model's clear majority: a kind comment taken for either hurts a kind person.
SILENCING = (0.5, 0.6, 0.7, 0.8, 1.0)
THRESHOLDS = (0.3, 0.35, 0.4, 0.5, 0.6, 1.0)  # below 0.3, kind comments are misread
PRUNE = 0.05  # weights smaller than this for every label are dropped (they change no decision)


def comments(path: Path) -> list[dict]:
    """Return the labeled comments of the file at *path*."""
    return json.loads(path.read_text(encoding="utf-8"))["comments"]


def featurize(items: list[dict]) -> list[dict]:
    """Return the features of each labeled comment."""
    return [
        tone.features(c["text"], c.get("author", ""), "", bool(c.get("support"))) for c in items
    ]


def fit(matrix, labels: list[str], c: float):
    """Return a logistic regression fitted to *matrix* and *labels*."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(matrix, labels)


def tuned_thresholds(matrix, labels: list[str], found: list[dict], c: float) -> dict:
    """Return the probability each priority label needs, chosen by 5-fold cross-validation:
    the thresholds under which `tone_model.decide` reads the training comments best."""
    import numpy
    from sklearn.model_selection import StratifiedKFold

    held_out = numpy.zeros((len(labels), len(tone_model.LABELS)))
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    for train_rows, test_rows in folds.split(matrix, labels):
        model = fit(matrix[train_rows], [labels[i] for i in train_rows], c)
        order = [list(model.classes_).index(label) for label in tone_model.LABELS]
        held_out[test_rows] = model.predict_proba(matrix[test_rows])[:, order]
    probabilities = [dict(zip(tone_model.LABELS, row, strict=True)) for row in held_out]

    def hits(thresholds: dict) -> int:
        return sum(
            tone_model.decide(f, p, thresholds) == label
            for f, p, label in zip(found, probabilities, labels, strict=True)
        )

    thresholds = dict.fromkeys(tone_model.DECISIVE, 1.0)
    for _ in range(2):  # coordinate ascent, twice round
        for label in tone_model.DECISIVE:
            choices = SILENCING if label in ("spam", "hostile") else THRESHOLDS
            thresholds[label] = max(choices, key=lambda t: hits(thresholds | {label: t}))
    return thresholds


def train(items: list[dict], c: float) -> dict:
    """Return the model trained on *items*, as the JSON document tone_model.py reads."""
    from sklearn.feature_extraction import DictVectorizer

    vectorizer = DictVectorizer()
    found = featurize(items)
    matrix = vectorizer.fit_transform(found)
    labels = [c["label"] for c in items]
    model = fit(matrix, labels, c)
    order = [list(model.classes_).index(label) for label in tone_model.LABELS]
    coefficients = model.coef_[order]
    weights = {}
    for index, name in enumerate(vectorizer.get_feature_names_out()):
        column = coefficients[:, index]
        if abs(column).max() >= PRUNE:
            weights[name] = [round(float(w), 3) for w in column]
    counts = collections.Counter(labels)
    return {
        "format": tone_model.MODEL_FORMAT,
        "version": 1,
        "about": "Goldstar's tone reader, trained by benchmarks/tone_model.py: do not edit.",
        "labels": list(tone_model.LABELS),
        "trained_on": {label: counts[label] for label in tone_model.LABELS},
        "regularization_c": c,
        "intercept": [round(float(model.intercept_[i]), 4) for i in order],
        "thresholds": tuned_thresholds(matrix, labels, found, c),
        "weights": dict(sorted(weights.items())),
    }


def model_json(model: dict) -> str:
    """Return the model as JSON with one feature a line (a retrained model diffs readably)."""
    head = {key: value for key, value in model.items() if key != "weights"}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ', "weights": {']
    rows = [
        f"{json.dumps(name, ensure_ascii=False)}: {json.dumps(weights, separators=(',', ':'))}"
        for name, weights in model["weights"].items()
    ]
    return "\n".join([*lines, ",\n".join(rows), "}}"]) + "\n"


def measure(model: dict, items: list[dict]) -> tuple:
    """Return per-label totals and hits of *model* on *items*, and the misread comments."""
    totals, hits, misread = collections.Counter(), collections.Counter(), []
    for item, found in zip(items, featurize(items), strict=True):
        prose = tone.fold(tone.readable_text(item["text"]))
        unspelled = tone_model.unspelled_scores(prose, found, model)
        label = tone_model.decide(
            found, tone_model.scores(found, model), model["thresholds"], frozenset(), unspelled
        )
        totals[item["label"]] += 1
        if label == item["label"]:
            hits[label] += 1
        else:
            misread.append((item["label"], label, item["text"]))
    return totals, hits, misread


def report(name: str, model: dict, items: list[dict], show: bool) -> None:
    """Print the accuracy of *model* on *items*, overall and per label."""
    totals, hits, misread = measure(model, items)
    overall = sum(hits.values()) / sum(totals.values())
    per_label = " | ".join(f"{label} {hits[label]}/{totals[label]}" for label in tone_model.LABELS)
    print(f"{name}: {overall:.3f} ({sum(hits.values())}/{sum(totals.values())}) | {per_label}")
    for expected, got, text in misread if show else ():
        print(f"    {expected:>8} read as {got:<8} {text[:110]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="measure the shipped model only")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularization strength")
    parser.add_argument("--show", action="store_true", help="print each misread fixture comment")
    args = parser.parse_args()
    training = [item for path in sorted(DATA.glob("tone_train_*.json")) for item in comments(path)]
    if args.check:
        model = tone_model.load_model()
    else:
        started = time.perf_counter()
        model = train(training, args.c)
        tone_model.MODEL.write_text(model_json(model), "utf-8")
        print(
            f"trained on {len(training)} comments in {time.perf_counter() - started:.1f} s: "
            f"{len(model['weights'])} features, {tone_model.MODEL.stat().st_size // 1024} KB"
        )
    report("fixture", model, comments(DATA / "tone_comments.json"), args.show)
    report("held-out", model, comments(DATA / "tone_holdout.json"), False)
    report("final", model, comments(DATA / "tone_final.json"), False)


if __name__ == "__main__":
    main()
