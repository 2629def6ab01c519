"""Train the portrayal model shipped as briefing/synthesize/portrayal.json.

    .venv/bin/python scripts/train_portrayal.py [--devset ../shared/devset] [--out FILE] [--cache DIR]

BASIL (`viewpoints/vp_basil_dev_*`): each article's `author_feeling_entities`
says how the article treats each main actor (pos, neg, neu).  The stories
are split by number, fixed: the odd-numbered ones train, the even-numbered
ones are only scored.  Each story's three articles are distilled as a
build would, the brief's grid cells found (`portrayals.cells`), and each
labelled entity matched among the grid's actors the way
`benchmarks/quality_stance.py` matches it; the cell's
`portrayals.features` and the label are one example (an entity with no
cell is a miss whatever is decided).  The decision's three numbers
(`portrayals.decide`) are chosen by trying every candidate on the training
stories (see `fit`) and written as JSON; the trade-off between non-neutral
and neutral accuracy is printed.  `--cache DIR` keeps each story's digests as a
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
LEAST = (1, 2, 3, 4, 5, 6)            # clear readings the heavier side needs
SHARE = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)  # ... and as a share of the actor's mentions
QUOTED = (0.0, 0.5, 1.0)                # weight of a reading inside a quote the article chooses
ACTING = (False, True)                  # count only the readings where the actor acts


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


def examples(story: Path, cache: Path | None) -> list[tuple[dict | None, str, frozenset]]:
    """(features, gold label, the sides the article's sentences can show)
    for each labelled entity, matched among the grid's actors the way
    `benchmarks/quality_stance.py` matches it; features None when the
    grid has no cell for it in that article (a miss whatever is decided)."""
    from quality_stance import match_actor

    labels = json.loads((story / "labels.json").read_text(encoding="utf-8"))
    digests = digests_of(story, cache)
    people = voices.merge_people(digests)
    canonical = portrayals.judging_names(digests, people)
    files = {d.article.id: Path(d.article.source_path).name for d in digests}
    by_id = {d.article.id: d for d in digests}
    grid = portrayals.cells(digests, people)
    actors = list(dict.fromkeys(cell.actor for _key, cell in grid))
    found = []
    for entry in labels["articles"]:
        here = {cell.actor: (key, cell) for key, cell in grid if files[cell.article] == entry["file"]}
        for entity, gold in (entry.get("author_feeling_entities") or {}).items():
            actor = match_actor(entity, actors, prefer=here)
            if actor not in here:
                found.append((None, SHORT[gold], frozenset()))
                continue
            key, cell = here[actor]
            digest = by_id[cell.article]
            shown = frozenset(side for side in portrayals.SIDES
                              if portrayals._evidence(digest, key, canonical, side))
            found.append((portrayals.features(digest, key, canonical, cell.mentions), SHORT[gold], shown))
    return found


def split(devset: Path) -> tuple[list[Path], list[Path]]:
    """(training stories: odd numbers, scored stories: even numbers)."""
    stories = sorted((devset / "viewpoints").glob("vp_basil_dev_*"))
    return ([s for s in stories if int(s.name[-2:]) % 2 == 1], [s for s in stories if int(s.name[-2:]) % 2 == 0])


def fit(train: list[tuple[dict | None, str, frozenset]]) -> dict:
    """The decision (`portrayals.decide`'s three numbers) that best agrees
    with the training labels: the mean of the accuracy on the non-neutral
    labels and on the neutral ones (so neither "always neutral" nor
    "always negative" wins), ties broken by macro-F1, then by the more
    cautious decision (more readings needed, a larger share, only the
    readings where the actor acts).  Every candidate is tried; nothing is random."""
    candidates = [{"least": least, "share": share, "quoted": quoted, "acting": acting}
                  for least in LEAST for share in SHARE for quoted in QUOTED for acting in ACTING]
    return max(candidates, key=lambda learned: (balanced(score(train, learned)),
                                                score(train, learned)["macro_f1"], learned["least"], learned["share"],
                                                learned["acting"]))


def balanced(figures: dict) -> float:
    return round((figures["nonneutral_accuracy"] + figures["neutral_accuracy"]) / 2, 3)


def predict(example: tuple[dict | None, str, frozenset], learned: dict) -> str:
    """What the brief shows for one labelled entity: "missing" without a
    cell; neutral when the side decided has no sentence to show it."""
    found, _gold, shown = example
    if found is None:
        return "missing"
    decided = portrayals.decide(found, learned)
    return decided if decided == "neutral" or decided in shown else "neutral"


def score(examples_: list[tuple[dict | None, str, frozenset]], learned: dict | None = None) -> dict:
    from quality_stance import accuracy, macro_f1

    pairs = [(gold, predict(example, learned or portrayals.model())) for example in examples_
             for gold in (example[1],)]
    polar = [(g, p) for g, p in pairs if g != "neutral"]
    neutral = [(g, p) for g, p in pairs if g == "neutral"]
    return {"labels": len(pairs), "nonneutral_accuracy": accuracy(polar), "neutral_accuracy": accuracy(neutral),
            "macro_f1": macro_f1(pairs), "predicted": dict(Counter(p for _g, p in pairs))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=HERE.parent.parent / "shared" / "devset")
    parser.add_argument("--out", type=Path, default=HERE.parent / "briefing" / "synthesize" / portrayals.MODEL_FILE)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args(argv)
    training, scored = split(args.devset)
    train = [e for story in training for e in examples(story, args.cache)]
    held = [e for story in scored for e in examples(story, args.cache)]
    learned = fit(train)
    args.out.write_text(json.dumps(learned, indent=1) + "\n", encoding="utf-8")
    portrayals.model.cache_clear()
    print(f"train {len(train)} labels ({Counter(l for _f, l, _s in train)}) -> {args.out}: {learned}")
    print("train (odd stories)", score(train, learned))
    print("held out (even stories)", score(held, learned))
    print("trade-off on the training stories (least x share at the learned quoted, acting: non-neutral / neutral accuracy):")
    for least in LEAST:
        row = {share: score(train, {**learned, "least": least, "share": share}) for share in SHARE}
        print(f"  least {least}: " + "  ".join(f"{share}: {f['nonneutral_accuracy']:.2f}/{f['neutral_accuracy']:.2f}"
                                             for share, f in row.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
