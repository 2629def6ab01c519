"""Stance quality on ../shared/devset/viewpoints/ (proxies; see below).

The devset labels political slant (BASIL `annotated_relative_stance`,
AllSides `side`), not optimism, so no label says "optimistic" or
"skeptical".  Three honest proxies instead, each beside a baseline:

1. `feeling_*` (BASIL): the annotators' `author_feeling_main_event`
   (pos/neg/neu) against the article voice's stance in a brief built from
   the story's three articles (optimistic->pos, skeptical->neg, neutral and
   mixed->neu).  Accuracy, macro-F1, and the majority-class baseline.
2. `quote_*` (BASIL): the annotated polarity (pos/neg) of each quote toward
   its target against the sign of `stance.judge` on the quote's text:
   coverage (share of quotes judged at all) and accuracy on those judged.
3. `slant_*` (BASIL and AllSides): for each story with a left and a right
   article, the sign of (left score - right score) of the article voices;
   `slant_consistency` is the share of stories agreeing with the majority
   sign (0.5 = no separation, 1 = the same direction every time).

Only `article_*.txt` files are fed to the pipeline; labels are read here only.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from briefing import clean, distill, ingest
from briefing.config import Config
from briefing.distill import stance
from briefing.synthesize import viewpoints, voices

_FEELING = {"optimistic": "pos", "skeptical": "neg", "neutral": "neu", "mixed": "neu"}


def run(devset: Path) -> dict:
    """All three proxies over every viewpoints story."""
    feelings, quotes, slants = [], [], []
    for story in sorted(p for p in (devset / "viewpoints").iterdir() if p.is_dir()):
        labels = json.loads((story / "labels.json").read_text(encoding="utf-8"))
        scores = article_scores(story)
        for label in labels["articles"]:
            score, verdict = scores[label["file"]]
            if label.get("author_feeling_main_event"):
                feelings.append((label["author_feeling_main_event"], _FEELING[verdict]))
            quotes += [(q["polarity_toward_target"], stance.judge(q["text"])) for q in label.get("quotes", ())
                       if q.get("polarity_toward_target") in ("pos", "neg")]
        slants += _slant(labels["articles"], scores)
    return {**feeling_figures(feelings), **quote_figures(quotes), **slant_figures(slants)}


def article_scores(story: Path) -> dict[str, tuple[float, str]]:
    """file name -> (score, stance) of that article's own voice in the story's brief."""
    files = tuple(str(p) for p in sorted(story.glob("article_*.txt")))
    config = Config(sources=files, out="/tmp/briefing-quality", jobs=1)
    documents, _skipped = ingest.read_sources(config)
    digests = distill.distill([clean.clean(d) for d in documents], config)
    found = viewpoints.find_viewpoints(digests, voices.merge_people(digests))
    scores = {}
    for digest in digests:
        voice, _kind = stance.article_voice(digest.article)
        view = next((v for v in found if v.voice == voice and digest.article.id in v.articles), None)
        name = Path(digest.article.source_path).name
        scores[name] = (view.score, view.stance) if view else (0.0, "neutral")
    return scores


def feeling_figures(pairs: list[tuple[str, str]]) -> dict:
    if not pairs:
        return {}
    labels = ("pos", "neg", "neu")
    common = Counter(gold for gold, _ in pairs).most_common(1)[0][0]
    baseline = [(gold, common) for gold, _ in pairs]
    return {"feeling_articles": len(pairs),
            "feeling_accuracy": round(sum(g == p for g, p in pairs) / len(pairs), 3),
            "feeling_macro_f1": _macro_f1(pairs, labels),
            "feeling_majority_accuracy": round(sum(g == p for g, p in baseline) / len(pairs), 3),
            "feeling_majority_macro_f1": _macro_f1(baseline, labels),
            "feeling_non_neutral_predicted": sum(p != "neu" for _g, p in pairs)}


def _macro_f1(pairs: list[tuple[str, str]], labels: tuple[str, ...]) -> float:
    """Macro-F1 over the labels that occur in the gold standard."""
    f1s = []
    for label in labels:
        tp = sum(g == p == label for g, p in pairs)
        predicted, actual = sum(p == label for _g, p in pairs), sum(g == label for g, _p in pairs)
        if actual:
            f1s.append(2 * tp / (predicted + actual) if predicted + actual else 0.0)
    return round(sum(f1s) / len(f1s), 3)


def quote_figures(pairs: list[tuple[str, tuple[float, float]]]) -> dict:
    judged = [(gold, "pos" if p > n else "neg") for gold, (p, n) in pairs if p != n]
    majority = Counter(gold for gold, _ in pairs).most_common(1)[0][1] / len(pairs) if pairs else 0.0
    return {"quote_count": len(pairs),
            "quote_coverage": round(len(judged) / len(pairs), 3) if pairs else 0.0,
            "quote_accuracy_when_judged": round(sum(g == p for g, p in judged) / len(judged), 3) if judged else 0.0,
            "quote_majority_baseline": round(majority, 3)}


def slant_figures(signs: list[int]) -> dict:
    if not signs:
        return {}
    ahead = sum(s > 0 for s in signs)
    behind = sum(s < 0 for s in signs)
    return {"slant_stories": len(signs), "slant_left_more_positive": ahead, "slant_right_more_positive": behind,
            "slant_no_difference": len(signs) - ahead - behind,
            "slant_consistency": round(max(ahead, behind) / len(signs), 3)}


def _slant(articles: list[dict], scores: dict[str, tuple[float, str]]) -> list[int]:
    """The sign of (left - right) article-voice score, if the story has both sides."""
    side = {a["file"]: a.get("annotated_relative_stance") or a.get("side") for a in articles}
    left = [scores[f][0] for f, s in side.items() if s == "left"]
    right = [scores[f][0] for f, s in side.items() if s == "right"]
    if not left or not right:
        return []
    difference = sum(left) / len(left) - sum(right) / len(right)
    return [(difference > 0) - (difference < 0)]
