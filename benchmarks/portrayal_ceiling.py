"""How far the portrayal grid's evidence can go: a probe, not a shipped model.

    .venv/bin/python benchmarks/portrayal_ceiling.py [--devset ../shared/devset] [--cache DIR]

The shipped portrayal decision (`synthesize/portrayals.decide`, fitted by
`scripts/train_portrayal.py`) turns one cell's counts of clear readings
(`portrayals.features`) into a polarity.  Issue 14 aims at 70 % of BASIL's
non-neutral `author_feeling_entities` labels.  This probe asks whether any
decision over the same evidence could get there honestly: a logistic
regression over every feature (log counts; balanced classes; fixed, no
randomness) is fitted on the odd-numbered stories and scored on the
even-numbered ones at a range of thresholds on its neutral probability.
Each row prints the held-out non-neutral accuracy (the aim), the neutral
accuracy, the cells shown leaning and the share of those that lean the
labelled way (polar precision; the base rate of polar labels is about
0.2).  It also prints, for each feature alone, its AUC separating negative
labels from neutral ones (0.5 is chance) on all stories.

A labelled entity with no cell counts as a miss, as in `make quality`.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scripts"))
sys.path.insert(0, str(HERE))

THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def auc(higher: list[float], lower: list[float]) -> float:
    """The chance that a value of `higher` exceeds one of `lower` (ties half)."""
    pairs = [(a > b) + 0.5 * (a == b) for a in higher for b in lower]
    return sum(pairs) / len(pairs) if pairs else float("nan")


def matrix(examples: list, keys: list[str]) -> list[list[float]]:
    """The log-count feature rows of the examples that have a cell."""
    return [[math.log1p(found[k]) for k in keys] for found, _gold, _shown in examples if found]


def trade_off(train: list, held: list) -> list[dict]:
    """Held-out figures of the regression at each neutral-probability threshold."""
    from sklearn.linear_model import LogisticRegression

    keys = sorted(next(found for found, _g, _s in train if found))
    model = LogisticRegression(C=0.3, max_iter=2000, class_weight="balanced")
    model.fit(matrix(train, keys), [gold for found, gold, _s in train if found])
    classes = list(model.classes_)
    scored = [(gold, probs) for (found, gold, _s), probs in
              zip([e for e in held if e[0]], model.predict_proba(matrix(held, keys)))]
    polar_labels = sum(gold != "neutral" for _f, gold, _s in held)
    neutral_labels = sum(gold == "neutral" for _f, gold, _s in held)
    rows = []
    for threshold in THRESHOLDS:
        pairs = [(gold, "neutral" if probs[classes.index("neutral")] > threshold
                  else max(("negative", "positive"), key=lambda c: probs[classes.index(c)]))
                 for gold, probs in scored]
        leaning = [(g, p) for g, p in pairs if p != "neutral"]
        rows.append({"threshold": threshold,
                     "nonneutral_accuracy": round(sum(g == p != "neutral" for g, p in pairs) / polar_labels, 3),
                     "neutral_accuracy": round(sum(g == p == "neutral" for g, p in pairs) / neutral_labels, 3),
                     "polar_cells": len(leaning),
                     "polar_precision": round(sum(g == p for g, p in leaning) / len(leaning), 3) if leaning else 0.0})
    return rows


def separations(examples: list) -> dict[str, float]:
    """Each feature's AUC for negative labels against neutral ones."""
    keys = sorted(next(found for found, _g, _s in examples if found))
    negative = [found for found, gold, _s in examples if found and gold == "negative"]
    neutral = [found for found, gold, _s in examples if found and gold == "neutral"]
    return {k: round(auc([f[k] for f in negative], [f[k] for f in neutral]), 3) for k in keys}


def main(argv: list[str] | None = None) -> int:
    import train_portrayal

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=HERE.parent.parent / "shared" / "devset")
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args(argv)
    training, scored = train_portrayal.split(args.devset)
    train = [e for story in training for e in train_portrayal.examples(story, args.cache)]
    held = [e for story in scored for e in train_portrayal.examples(story, args.cache)]
    print("feature: AUC negative vs neutral (all stories)")
    for key, value in sorted(separations(train + held).items(), key=lambda kv: -kv[1]):
        print(f"  {key:28} {value}")
    print("held-out (even stories), regression trained on the odd ones:")
    for row in trade_off(train, held):
        print("  " + "  ".join(f"{k} {v}" for k, v in row.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
