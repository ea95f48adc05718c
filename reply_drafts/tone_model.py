"""The tone model: a linear model over a comment's features (`cue_features`, what the word lists
found; `word_features`, its own words), its trained weights (`load_model`: tone_model.json,
trained by benchmarks/tone_model.py), each label's probability (`scores`, `unspelled_scores`)
and the label they decide (`decide`) with the model's thresholds, the marks that settle a label
at once (DECISIVE) and the labels that withhold the reply (SILENCING), in the order of LABELS.
"""

import functools
import itertools
import json
import math
import re
from pathlib import Path

from reply_drafts import tone_cues as cue
from reply_drafts.cues_found import Cues

LABELS = ("spam", "hostile", "grief", "critical", "question", "praise", "neutral")
# The labels that withhold the reply: a mark, the model's clear majority or words take them.
SILENCING = frozenset({"spam", "hostile"})
# The marks that settle a label at once, in the order of LABELS: what a reply must not do for the
# first labels matters more than how warm it is for the last, so they are looked for first.
DECISIVE = {
    "spam": (
        "cue:spam_kit",
        "cue:spam2",
        "cue:offer_link",
        "cue:generic_link",
        "cue:spam_weak2",
        "cue:offer",
    ),
    "hostile": ("cue:hostile",),
    "grief": ("cue:grief", "cue:comfort", "cue:comfort_weak_support"),
    "critical": ("cue:critical",),
}
MODEL = Path(__file__).resolve().parent / "tone_model.json"
MODEL_FORMAT = "goldstar-tone-model"
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|[?？؟]")


def cue_features(cues: Cues, support: bool) -> dict[str, float]:
    """Return the marks the word lists found, as the model's features."""
    named = {
        "spam": bool(cues.spam),
        "spam2": len(set(cues.spam)) >= 2,
        "spam_weak": bool(cues.spam_weak),
        "spam_weak2": len(set(cues.spam_weak)) >= 2,
        "spam_kit": bool(cues.spam_kit),
        "link": cues.links > 0,
        "links3": cues.links >= 3,
        "contact": cues.contact,
        "generic": bool(cues.generic),
        "offer_link": bool(cues.spam or cues.spam_weak) and bool(cues.links or cues.contact),
        "reach": bool(cues.reach),
        "commercial": bool(cues.commercial),
        "commercial2": len(set(cues.commercial)) >= 2,
        "offer": bool(cues.commercial) and bool(cues.reach or cues.links or cues.contact),
        "generic_link": bool(cues.generic) and cues.links > 0 and cues.particular < 6,
        # laughing at the author's hard day, or racing to be first on it
        "hostile": bool(cues.hostile) or (support and bool(cues.bare_laughter)),
        "hostile2": len(cues.hostile) >= 2,
        "severe": bool(cues.severe),
        "insult": bool(cues.insults),
        "grief": bool(cues.grief),
        "grief2": len(cues.grief) >= 2,
        "shared": cues.shared,
        "comfort": bool(cues.comfort),
        "comfort_weak": bool(cues.comfort_weak),
        "comfort_weak_support": bool(cues.comfort_weak) and support,
        "critical": bool(cues.critical),
        "correction": bool(cues.correction),
        "asks": cues.asks,
        "praise": bool(cues.praise),
        "support": support,
        "short": cues.particular <= 2,
    }
    return {f"cue:{name}": 1.0 for name, holds in named.items() if holds}


def word_features(prose: str) -> dict[str, float]:
    """Return the comment's words, word pairs and, for scripts without spaces, character pairs."""
    tokens = _TOKEN.findall(prose)
    found: dict[str, float] = {}
    for token in tokens:
        if len(token) > 2 and not token.isascii():
            for i in range(len(token) - 1):  # Chinese, Japanese: no spaces between words
                found[f"c:{token[i : i + 2]}"] = 1.0
        if token not in cue.function_words.FUNCTION_WORDS:
            found[f"w:{token}"] = 1.0
    for first, second in itertools.pairwise(tokens):
        if not (
            first in cue.function_words.FUNCTION_WORDS
            and second in cue.function_words.FUNCTION_WORDS
        ):
            found[f"b:{first} {second}"] = 1.0
    return found


@functools.lru_cache(maxsize=1)
def load_model(path: Path = MODEL) -> dict:
    """Return the trained weights: `labels`, `intercept` and `weights` (feature -> per label)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != MODEL_FORMAT or tuple(data.get("labels", ())) != LABELS:
        raise ValueError(f"{path} is not a tone model for labels {LABELS}; retrain it")
    return data


def scores(found: dict, model: dict) -> dict[str, float]:
    """Return each label's probability for the features *found*."""
    totals = list(model["intercept"])
    weights = model["weights"]
    for name, value in found.items():
        for index, weight in enumerate(weights.get(name, ())):
            totals[index] += weight * value
    top = max(totals)
    exps = [math.exp(total - top) for total in totals]
    return {label: exp / sum(exps) for label, exp in zip(model["labels"], exps, strict=True)}


# What the words of a comment read as when they give scorn or spam no ground: warm, or plain.
_SAY_NOTHING = ("praise", "neutral")


def decide(
    found: dict,
    probabilities: dict[str, float],
    thresholds: dict[str, float],
    unlikely: frozenset = frozenset(),
    unspelled: dict[str, float] | None = None,
) -> str:
    """Return the label of a comment: the first of LABELS whose decisive marks were *found* or
    whose probability reaches its threshold (unless the label is *unlikely*; `_reaches`), else the
    likeliest, unless it withholds the reply and leads only for spelling: not once the character
    pairs of words in Latin letters are set aside (*unspelled*, `unspelled_scores`). Then the
    likeliest of the others."""
    for label, marks in DECISIVE.items():
        if any(mark in found for mark in marks):
            return label
        if label not in unlikely and _reaches(label, probabilities, thresholds, unspelled):
            return label
    likeliest = max(probabilities, key=probabilities.get)
    if likeliest in SILENCING and unspelled and max(unspelled, key=unspelled.get) != likeliest:
        others = {label: p for label, p in probabilities.items() if label not in SILENCING}
        return max(others, key=others.get)
    return likeliest


def _reaches(
    label: str,
    probabilities: dict[str, float],
    thresholds: dict[str, float],
    unspelled: dict[str, float] | None,
) -> bool:
    """Return whether *label* reaches its threshold. One that withholds the reply must reach it
    with the character pairs of words in Latin letters set aside too (*unspelled*), unless the
    words alone read as something to answer (a question, a hard time, a correction): « Qué pasada
    de artículo, de verdad. » was hostile 0.61 for the pairs of "artículo" alone, its words plain;
    "Are you paid by the cliché?" stays hostile, its words alone a question."""
    if probabilities[label] < thresholds[label]:
        return False
    if label not in SILENCING or not unspelled or unspelled[label] >= thresholds[label]:
        return True
    return max(unspelled, key=unspelled.get) not in _SAY_NOTHING


# A word in Latin letters, accented or not (Latin-1's: English, French, German with its "ß" and
# their neighbours), elided or not (« d'écrire »).
_LATIN_WORD = re.compile(r"[a-zß-öø-ÿœ]+(?:'[a-zß-öø-ÿœ]+)?")


def unspelled_scores(prose: str, found: dict, model: dict) -> dict[str, float] | None:
    """Return each label's probability without the character pairs of words in Latin letters,
    None when there are none.

    Pairs stand for words in scripts without spaces (word_features), yet every word with an accent
    gives them, and their weights were learned from other texts: "ri" (« écriture », « j'écris »)
    leans to hostility, so « Votre écriture m'apaise. » was held as harsh with no threshold
    reached and no mark (hostile 0.32). Scorn or spam needs a mark, its threshold or its words.
    """
    spelling = {
        f"c:{token[i : i + 2]}"
        for token in _TOKEN.findall(prose)
        if len(token) > 2 and not token.isascii() and _LATIN_WORD.fullmatch(token)
        for i in range(len(token) - 1)
    }
    if not spelling & found.keys():
        return None
    return scores({name: value for name, value in found.items() if name not in spelling}, model)
