"""Executive-summary quality on ../shared/devset/multinews/ (ROUGE, 0-100).

Each cluster's `article_*.txt` files go through the real pipeline (ingest,
clean, distill) and `synthesize.summary.summarize`; the summary is scored
against `reference.txt` beside two baselines computed in the same run from
the same digests:

- `lead`: the articles' sentences taken in turn (first of each, then second...);
- `keypoints`: each article's key points, taken in turn the same way (the
  per-article layer scored as a summary, beside `lead`);
- `lexrank`: LexRank (TF-IDF cosine graph, threshold 0.1, power iteration),
  best-ranked first, skipping near-duplicates.

`system` may use up to 20 sentences before the cut (as the baselines may);
`system7` is the brief's own 7-sentence summary, usually shorter than the
reference, so its recall (and F1) is lower; `system7_brief` is the same
seven in the order the brief prints them (the most central first, then by
the time they report).

Set-up (as the devset README asks): `rouge_score` with stemming, ROUGE-1,
ROUGE-2 and ROUGE-Lsum F1.  The reference loses its leading "– ".  Every
summary is cut to the reference's word count.  Sentences, one per line: the
system's and the baselines' are the pipeline's own sentences (spaCy parse,
never crossing a paragraph); the reference is split with a regular
expression after ".", "!" or "?" followed by a space and a capital or quote.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

from briefing import ingest, pipeline
from briefing.config import Config
from briefing.synthesize import summary

BASELINE = Path(__file__).resolve().parent / "summary_baseline.json"
SYSTEM_SENTENCES = 20   # enough to fill any reference; the cut decides the length
_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[A-Z0-9\"“‘'(])")


def run(devset: Path) -> dict:
    """Mean ROUGE F1 (x100) of the system and both baselines over all clusters."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    totals: dict[str, list[float]] = {}
    clusters = sorted(p for p in (devset / "multinews").iterdir() if p.is_dir())
    for cluster in clusters:
        digests = _digests(cluster)
        reference = _reference(cluster)
        for name, lines in systems(digests).items():
            scores = scorer.score(reference, _cut(lines, len(reference.split())))
            for key, value in scores.items():
                totals.setdefault(f"{name}_{key}", []).append(100 * value.fmeasure)
    figures = {key: round(float(np.mean(values)), 2) for key, values in sorted(totals.items())}
    # The figures measured before issue 15, printed beside the new ones.
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    before = {f"before_{k}": v for k, v in baseline.items() if isinstance(v, (int, float))}
    return {"clusters": len(clusters), **figures, **before}


def systems(digests) -> dict[str, list[str]]:
    """Each summarizer's sentences for one cluster, best first."""
    return {
        "system": [c.text for c in summary.summarize(digests, SYSTEM_SENTENCES)],
        "system7": [c.text for c in summary.summarize(digests, 7)],  # the brief's default length
        # The same seven as the brief prints them: the most central first, then by the time they report.
        "system7_brief": [c.text for c in summary.in_order(summary.summarize(digests, 7), digests)],
        "lead": lead(digests),
        # Each article's key points (3-5 sentences chosen within the article
        # alone), taken in turn as `lead` takes sentences: how well the
        # per-article layer keeps what a cluster summary keeps.
        "keypoints": interleave([[c.text for c in d.key_points] for d in digests]),
        "lexrank": lexrank([s.text for d in digests for s in d.sentences]),
    }


def lead(digests) -> list[str]:
    """The articles' sentences taken in turn: every first sentence, then every second..."""
    return interleave([[s.text for s in d.sentences] for d in digests])


def interleave(lists: list[list[str]]) -> list[str]:
    """The first item of each list, then the second of each, and so on."""
    longest = max((len(items) for items in lists), default=0)
    return [items[r] for r in range(longest) for items in lists if r < len(items)]


def lexrank(texts: list[str], threshold: float = 0.1, damping: float = 0.85) -> list[str]:
    """Sentences by LexRank score (Erkan & Radev 2004), near-duplicates skipped."""
    if not texts:
        return []
    vectors = summary.vectorize(texts)
    similar = (vectors @ vectors.T).toarray()
    graph = (similar > threshold).astype(float)
    graph /= np.maximum(graph.sum(axis=1, keepdims=True), 1.0)
    rank = np.full(len(texts), 1.0 / len(texts))
    for _ in range(100):
        rank = (1 - damping) / len(texts) + damping * graph.T @ rank
    chosen: list[int] = []
    for index in np.argsort(-rank)[:200]:
        if all(similar[index, j] < summary.DUPLICATE for j in chosen):
            chosen.append(int(index))
    return [texts[i] for i in chosen]


def _digests(cluster: Path):
    files = tuple(str(p) for p in sorted(cluster.glob("article_*.txt")))
    config = Config(sources=files, out="/tmp/briefing-quality", jobs=1)
    documents, _skipped = ingest.read_sources(config)
    return pipeline.analyse(documents, config, log=lambda message: None)


def _reference(cluster: Path) -> str:
    text = (cluster / "reference.txt").read_text(encoding="utf-8").strip()
    text = re.sub(r"^[–-]\s*", "", text)
    return "\n".join(s.strip() for s in _SPLIT.split(text) if s.strip())


def _cut(lines: list[str], words: int) -> str:
    """The lines, one per line, stopped at `words` words (the last line cut short)."""
    kept, left = [], words
    for line in lines:
        if left <= 0:
            break
        tokens = line.split()
        kept.append(" ".join(tokens[:left]))
        left -= len(tokens)
    return "\n".join(kept)
