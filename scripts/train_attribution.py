"""Train the quote-speaker model from PolNeAR `train/` and write
briefing/distill/models/attribution.json.

    .venv/bin/python scripts/train_attribution.py [--devset ../shared/devset] [--cache /tmp/briefing-polnear-docbin]

Every quotation the build finds in a training article (quotes.quote_spans)
gives one group of candidates (speakers.candidates: the same code the
build runs), labelled from the annotated attribution whose content it
overlaps most: a candidate is positive when its token lies in that Source
span, and "the previous quote's speaker" is positive when the quote shares
its Source span with the previous one and no candidate in the window is
positive.  Quotation marks PolNeAR does not annotate (scare quotes,
titles) give groups with no positive.  A logistic regression (fixed seed,
L2) scores candidates; the decision threshold is chosen by 4-fold cross-
validation over training articles, maximising right - 3 x wrong speakers
(precision first).  Only `train/` is read for fitting; `dev/` is scored
at the end for information.  Parsed documents are cached as spaCy DocBin
files under --cache, so a rerun does not parse again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from quality_attribution import _one_per_article, attributions  # noqa: E402

from briefing.distill import PIPES_USED, people as people_mod, quotes, speakers  # noqa: E402
from briefing.language import nlp  # noqa: E402
from briefing.models import Article, Paragraph  # noqa: E402

OUT = ROOT / "briefing" / "distill" / "models" / "attribution.json"
SEED = 13
MIN_COUNT = 3
"""A feature seen on fewer training candidates has no weight (keeps the model small)."""


def article_of(path: Path, text: str) -> Article:
    """The raw PolNeAR text as an Article (paragraphs at blank lines), so
    the annotation's offsets hold."""
    paragraphs, start = [], 0
    for block in text.split("\n\n"):
        lead = len(block) - len(block.lstrip())
        body = block.strip()
        if body:
            paragraphs.append(Paragraph(index=len(paragraphs), start=start + lead, end=start + lead + len(body)))
        start += len(block) + 2
    return Article(id=path.stem, source_path=str(path), sha256=hashlib.sha256(text.encode()).hexdigest(),
                   text=text, paragraphs=tuple(paragraphs))


def parsed(split: str, devset: Path, cache: Path):
    """[(article, doc, gold attributions)] of a split, docs cached as DocBin."""
    from spacy.tokens import DocBin

    root = devset / "attribution" / "polnear" / split
    items = []
    for ann in _one_per_article(root / "attributions"):
        text_path = root / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt")
        if text_path.exists():
            text = text_path.read_text(encoding="utf-8")
            items.append((article_of(text_path, text), attributions(ann, text)))
    model = nlp.load()
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"{split}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(model.vocab))
    else:
        unused = [n for n in model.pipe_names if n not in PIPES_USED]
        docs = list(model.pipe((a.text for a, _ in items), batch_size=16, disable=unused))
        DocBin(store_user_data=False, docs=docs).to_disk(path)
    return [(a, d, g) for (a, g), d in zip(items, docs)]


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "\"“”‘’'«»"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"“”‘’'«»,"):
        end -= 1
    return start, end


def groups(article: Article, doc, gold: list[dict]):
    """(candidates, labels, named direct quote?) per quotation the build
    finds in one article (quotes.quote_spans, as at run time: a quote
    interrupted by its frame is two).  A span takes the source of the
    annotated content it overlaps most; a span no content overlaps (scare
    quotes, titles) has no positive candidate."""
    people = people_mod.find_people(article, doc)
    sentences = speakers.Sentences(doc, people)
    previous, result = None, []
    for span in quotes.quote_spans(article):
        g = max(gold, key=lambda item: _overlap(item["content_pieces"], span.pieces), default=None)
        if g is not None and _overlap(g["content_pieces"], span.pieces) == 0:
            g = None
        found = speakers.candidates(article, doc, span, sentences, previous)
        source = g["source_pieces"] if g else []
        labels = [not c.previous and _in(source, c.token, c.names) for c in found]
        if g and previous is not None and not any(labels):
            labels = [c.previous and _overlaps(source, previous[2]) for c in found]
        result.append((found, labels, bool(g and g["name"] and g["direct"])))
        previous = (speakers.Speaker(name="previous"), span, source) if source else None
    return result


def _overlap(pieces, others) -> int:
    return sum(max(0, min(b, d) - max(a, c)) for a, b in pieces for c, d in others)


def _in(source, token, names) -> bool:
    return any(a <= t.idx < b for a, b in source for t in (token, names))


def _overlaps(one, other) -> bool:
    return any(a < d and c < b for a, b in one for c, d in other)


def fit(train_groups):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(f for found, _, _ in train_groups for c in found for f in c.features)
    rows = [{f: 1 for f in c.features if seen[f] >= MIN_COUNT} for found, _, _ in train_groups for c in found]
    labels = [int(y) for _, ys, _ in train_groups for y in ys]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(rows)
    classifier = LogisticRegression(C=0.5, max_iter=2000, random_state=SEED)
    classifier.fit(x, labels)
    weights = {name: round(float(w), 4) for name, w in zip(vectorizer.get_feature_names_out(), classifier.coef_[0])
               if abs(w) >= 0.005}
    return weights, round(float(classifier.intercept_[0]), 4)


def decide(group, weights, intercept):
    """(best probability, whether the best is right) of one group, or None."""
    import math

    found, labels, _ = group
    if not found:
        return None
    scored = [(intercept + sum(weights.get(f, 0.0) for f in c.features), y) for c, y in zip(found, labels)]
    z, right = max(scored, key=lambda pair: pair[0])
    return 1 / (1 + math.exp(-z)), right


def choose_threshold(train_groups, articles_of_groups) -> float:
    """The threshold maximising right - 3 x wrong over 4 cross-validation folds."""
    folds = [[], [], [], []]
    for group, article in zip(train_groups, articles_of_groups):
        folds[int(hashlib.md5(article.encode()).hexdigest(), 16) % 4].append(group)
    decided = []
    for k in range(4):
        weights, intercept = fit([g for j in range(4) if j != k for g in folds[j]])
        decided += [d for g in folds[k] for d in [decide(g, weights, intercept)] if d and g[2]]
    best, best_gain = 0.5, -1e9
    for step in range(5, 96):
        threshold = step / 100
        gain = sum(1 if right else -3 for p, right in decided if p >= threshold)
        if gain > best_gain:
            best, best_gain = threshold, gain
    return best


def report(name: str, all_groups, weights, intercept, threshold) -> None:
    decided = [decide(g, weights, intercept) for g in all_groups if g[2]]
    given = [d for d in decided if d and d[0] >= threshold]
    right = sum(r for _, r in given)
    print(f"{name}: named direct quotes {len(decided)}, speaker given {len(given)}, "
          f"right {right / max(1, len(decided)):.3f} of all, wrong {(len(given) - right) / max(1, len(decided)):.3f}")


def polnear_arguments(argv: list[str], description: str) -> argparse.Namespace | None:
    """The training scripts' command line (--devset, --cache) parsed, or
    None (after a one-line message) when PolNeAR's train/ is not there."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--devset", type=Path, default=ROOT.parent / "shared" / "devset")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/briefing-polnear-docbin"))
    args = parser.parse_args(argv)
    if not (args.devset / "attribution" / "polnear" / "train").is_dir():
        print(f"PolNeAR not found under {args.devset}", file=sys.stderr)
        return None
    return args


def main(argv: list[str]) -> int:
    args = polnear_arguments(argv, __doc__.splitlines()[0])
    if args is None:
        return 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    if not OUT.exists():  # the candidates' code loads the model only to score, never to list
        OUT.write_text(json.dumps({"weights": {}, "intercept": 0.0, "threshold": 0.5}))
    train_groups, owners = [], []
    for article, doc, gold in parsed("train", args.devset, args.cache):
        found = groups(article, doc, gold)
        train_groups += found
        owners += [article.id] * len(found)
    print(f"train: {len(train_groups)} quotations, {sum(len(g[0]) for g in train_groups)} candidates")
    threshold = choose_threshold(train_groups, owners)
    weights, intercept = fit(train_groups)
    OUT.write_text(json.dumps({"source": "PolNeAR train/ (scripts/train_attribution.py)", "threshold": threshold,
                               "intercept": intercept, "weights": dict(sorted(weights.items()))}, indent=0) + "\n")
    report("train", train_groups, weights, intercept, threshold)
    dev_groups = [g for article, doc, gold in parsed("dev", args.devset, args.cache) for g in groups(article, doc, gold)]
    report("dev", dev_groups, weights, intercept, threshold)
    print(f"threshold {threshold}, {len(weights)} weights -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
