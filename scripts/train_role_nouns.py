"""Learn role nouns from PolNeAR `train/` and write
briefing/distill/models/role_nouns.txt (one lemma a line).

    .venv/bin/python scripts/train_role_nouns.py [--devset ../shared/devset] [--cache /tmp/briefing-polnear-docbin]

A role noun is what news writes as a person's title or description: the
lower-case noun right before a name ("billionaire Tom Steyer", "strategist
Ana Ruiz") or heading an appositive to one ("Ana Ruiz, a longtime
friend,").  Nouns seen so in at least MIN_ARTICLES training articles, as a
title in at least two, and as a title in at least half of their uses right
before a name, are kept
(names.is_role_word reads them beside its general-English list).  Only
`train/` is read; the parse is the DocBin cache train_attribution.py
writes (made here when missing).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from train_attribution import parsed, polnear_arguments  # noqa: E402

OUT = ROOT / "briefing" / "distill" / "models" / "role_nouns.txt"
MIN_ARTICLES = 3


def role_uses(doc):
    """(lemma, use) for each lower-case noun right before a name: "title"
    when it is the name's title (a compound of it), "other" when not; and
    "appos" for the head of an appositive to a name."""
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.pos_ == "NOUN" and before.is_lower and before.is_alpha:
            yield before.lemma_.lower(), "title" if before.dep_ == "compound" and before.head.i >= ent.start else "other"
        for token in ent.root.children:
            if token.dep_ == "appos" and token.pos_ == "NOUN" and token.is_lower and token.is_alpha:
                yield token.lemma_.lower(), "appos"


def main(argv: list[str]) -> int:
    args = polnear_arguments(argv, __doc__.splitlines()[0])
    if args is None:
        return 1
    articles: dict[str, set[str]] = defaultdict(set)
    uses: Counter = Counter()
    title: Counter = Counter()
    titled: dict[str, set[str]] = defaultdict(set)
    for article, doc, _ in parsed("train", args.devset, args.cache):
        for lemma, use in role_uses(doc):
            uses[lemma] += use != "appos"
            if use != "other":
                title[lemma] += use == "title"
                articles[lemma].add(article.id)
            if use == "title":
                titled[lemma].add(article.id)
    kept = sorted(n for n in articles if len(articles[n]) >= MIN_ARTICLES and len(titled[n]) >= 2
                  and title[n] * 2 >= uses[n] and len(n) > 2)
    OUT.write_text("".join(f"{noun}\n" for noun in kept), encoding="utf-8")
    print(f"{len(kept)} role nouns -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
