"""Main-text extraction quality on ../shared/devset/boilerplate/ (0-1).

Each `page.html` goes through the real ingest and clean stages (HTML main
text with trafilatura, then the text cleaner); the cleaned text is scored
against `gold.txt` as the devset README (the benchmark's `evaluate.py`)
says: tokens are `\\w+` matches, compared as multisets of 4-token shingles;
precision and recall are computed per page and averaged over pages, and F1
is computed from those two means.  A page with no shingles predicted gets
precision 0 (never a free point).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from briefing import clean, ingest

SHINGLE = 4
_TOKEN = re.compile(r"\w+")


def run(devset: Path) -> dict:
    """Mean precision, mean recall, F1 of those means, and the worst pages."""
    scores = {}
    for page in sorted((devset / "boilerplate").glob("bp_*")):
        predicted = extract(page / "page.html")
        gold = (page / "gold.txt").read_text(encoding="utf-8")
        scores[page.name] = precision_recall(gold, predicted)
    precision = sum(p for p, _ in scores.values()) / len(scores)
    recall = sum(r for _, r in scores.values()) / len(scores)
    worst = sorted(scores, key=lambda name: f1(*scores[name]))[:3]
    return {"pages": len(scores), "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f1(precision, recall), 4),
            "worst": ", ".join(f"{name}={f1(*scores[name]):.2f}" for name in worst)}


def extract(path: Path) -> str:
    """The cleaned article text the pipeline gets from the page at `path`."""
    document, problem = ingest.read_file(path)
    if document is None:
        return ""
    return clean.clean(document).text


def shingles(text: str) -> Counter:
    """The multiset of 4-token shingles of `text` (one shingle for shorter texts)."""
    tokens = _TOKEN.findall(text or "")
    grams = (" ".join(tokens[i:i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1)))
    return Counter(gram for gram in grams if gram)


def precision_recall(gold: str, predicted: str) -> tuple[float, float]:
    """Shingle precision and recall of `predicted` against `gold`."""
    expected, got = shingles(gold), shingles(predicted)
    hits = sum((expected & got).values())
    precision = hits / sum(got.values()) if got else 0.0
    recall = hits / sum(expected.values()) if expected else 0.0
    return precision, recall


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
