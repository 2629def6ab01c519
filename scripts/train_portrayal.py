"""Train the portrayal model shipped as briefing/synthesize/portrayal.json.

    .venv/bin/python scripts/train_portrayal.py [--devset ../shared/devset] [--out FILE] [--cache DIR]

BASIL (`viewpoints/vp_basil_dev_*`): each article's `author_feeling_entities`
says how the article treats each main actor (pos, neg, neu).  The stories
are split by number, fixed: the odd-numbered ones train, the even-numbered
ones are only scored.  Each story's three articles are distilled as a
build would, the brief's grid cells found (`portrayals.cells`), and each
labelled entity matched to its cell in that article the way
`benchmarks/quality_stance.py` matches it; the cell's
`portrayals.features` and the label are one example.  A logistic
regression (lbfgs, balanced classes, fixed seed) is fitted and its
weights written as JSON (see `fit`).  `--cache DIR` keeps each story's digests as a
pickle so a second run skips the distilling.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "benchmarks"))

from briefing import ingest, pipeline  # noqa: E402
from briefing.config import Config  # noqa: E402
from briefing.synthesize import portrayals, voices  # noqa: E402

SHORT = {"neg": "negative", "neu": "neutral", "pos": "positive"}
POLAR_C, SIGN_C = 0.1, 2.0


def digests_of(story: Path, cache: Path | None):
    """The story's digests, distilled (or read from the cache)."""
    kept = cache / f"{story.name}.pkl" if cache else None
    if kept and kept.exists():
        return pickle.loads(kept.read_bytes())
    files = sorted(story.glob("article_*.txt"))
    config = Config(sources=tuple(str(f) for f in files), out="/tmp/briefing-train", jobs=1)
    documents, _skipped = ingest.read_sources(config)
    found = pipeline.analyse(documents, config, log=lambda message: None)
    if kept:
        kept.parent.mkdir(parents=True, exist_ok=True)
        kept.write_bytes(pickle.dumps(found))
    return found


def examples(story: Path, cache: Path | None) -> list[tuple[dict, str]]:
    """(features, gold label) for each labelled entity the grid has a cell for."""
    from quality_stance import match_actor

    labels = json.loads((story / "labels.json").read_text(encoding="utf-8"))
    digests = digests_of(story, cache)
    people = voices.merge_people(digests)
    canonical = portrayals._canonical(people)
    files = {d.article.id: Path(d.article.source_path).name for d in digests}
    by_id = {d.article.id: d for d in digests}
    found = []
    for entry in labels["articles"]:
        here = {cell.actor: (key, cell) for key, cell in portrayals.cells(digests, people)
                if files[cell.article] == entry["file"]}
        for entity, gold in (entry.get("author_feeling_entities") or {}).items():
            actor = match_actor(entity, here)
            if actor:
                key, cell = here[actor]
                found.append((portrayals.features(by_id[cell.article], key, canonical, cell.mentions), SHORT[gold]))
    return found


def split(devset: Path) -> tuple[list[Path], list[Path]]:
    """(training stories: odd numbers, scored stories: even numbers)."""
    stories = sorted((devset / "viewpoints").glob("vp_basil_dev_*"))
    return ([s for s in stories if int(s.name[-2:]) % 2 == 1], [s for s in stories if int(s.name[-2:]) % 2 == 0])


def fit(train: list[tuple[dict, str]]) -> dict:
    """Two logistic regressions: does the article take a side on the actor
    (balanced classes), and, when it does, which (fitted on the labelled
    sides only, so it keeps their real balance)?  `POLAR_C`, `SIGN_C` were
    chosen by 5-fold cross-validation on the training stories only."""
    from sklearn.linear_model import LogisticRegression

    names = sorted({name for found, _label in train for name in found} - {"bias"})
    rows = [[found.get(name, 0.0) for name in names] for found, _label in train]
    polar = LogisticRegression(C=POLAR_C, class_weight="balanced", max_iter=3000, random_state=0)
    polar.fit(rows, [label != "neutral" for _f, label in train])
    sided = [(row, label) for row, (_f, label) in zip(rows, train) if label != "neutral"]
    sign = LogisticRegression(C=SIGN_C, max_iter=3000, random_state=0)
    sign.fit([row for row, _l in sided], [label for _r, label in sided])
    return {"features": names, "polar": _weights(polar), "sign": _weights(sign)}


def _weights(classifier) -> dict:
    """A binary logistic regression as JSON: P(labels[1]) = sigmoid(w . x + bias)."""
    return {"labels": [str(c) for c in classifier.classes_],
            "weights": [round(float(w), 5) for w in classifier.coef_[0]],
            "bias": round(float(classifier.intercept_[0]), 5)}


def score(pairs: list[tuple[dict, str]]) -> dict:
    predicted = [(gold, portrayals.decide(found)[0]) for found, gold in pairs]
    polar = [(g, p) for g, p in predicted if g != "neutral"]
    return {"cells": len(predicted), "nonneutral_accuracy": round(sum(g == p for g, p in polar) / max(len(polar), 1), 3),
            "neutral_accuracy": round(sum(g == p for g, p in predicted if g == "neutral")
                                      / max(sum(g == "neutral" for g, _p in predicted), 1), 3),
            "predicted": dict(Counter(p for _g, p in predicted))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=HERE.parent.parent / "shared" / "devset")
    parser.add_argument("--out", type=Path, default=HERE.parent / "briefing" / "synthesize" / portrayals.MODEL_FILE)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args(argv)
    training, scored = split(args.devset)
    train = [e for story in training for e in examples(story, args.cache)]
    held = [e for story in scored for e in examples(story, args.cache)]
    args.out.write_text(json.dumps(fit(train), indent=1) + "\n", encoding="utf-8")
    portrayals.model.cache_clear()
    print(f"train {len(train)} cells ({Counter(l for _f, l in train)}) -> {args.out}")
    print("train (odd stories)", score(train))
    print("held out (even stories)", score(held))
    return 0


if __name__ == "__main__":
    sys.exit(main())
