"""Theme quality on ../shared/devset/multinews/ (figures 0-1).

Multi-News has no theme labels, so two proxies that a generic or muddled
theme fails:

- **Mixed corpora.**  Several clusters (one story each) are pooled into one
  corpus and `synthesize.themes.find_themes` runs on it.  A good theme is
  about one story: `purity` is the mean share of a theme's articles that come
  from its commonest cluster (a theme like "People" or "New" spanning every
  story scores low), `coverage` the share of the pooled stories that are the
  main story of some theme.
- **Labels.**  `label_in_reference` is the share of themes (single-cluster
  corpora and mixed ones alike) whose label's content words all occur in
  the human reference summary of the theme's main story: an editor writing
  about that story used those words.

Each article goes through the real ingest, clean and distill; the pooling
is seeded, so runs compare.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from briefing import ingest, pipeline
from briefing.config import Config
from briefing.synthesize import themes

MIXES = 12
STORIES_PER_MIX = 4
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset("a an the of and or in on to for with by at from as".split())


def run(devset: Path) -> dict:
    clusters = sorted(p for p in (devset / "multinews").iterdir() if p.is_dir())
    digests = {c.name: _digests(c) for c in clusters}
    references = {c.name: _words((c / "reference.txt").read_text(encoding="utf-8")) for c in clusters}
    purity, coverage, labels = [], [], []
    for mix in _mixes(sorted(digests)):
        found = themes.find_themes([d for name in mix for d in digests[name]], Config())
        home = {d.article.id: name for name in mix for d in digests[name]}
        mains = [_main(theme, home) for theme in found]
        purity += [share for _, share in mains]
        coverage.append(len({name for name, _ in mains}) / len(mix))
        labels += [_label_words(t.label) <= references[name] for t, (name, _) in zip(found, mains)]
    for name in sorted(digests):
        labels += [_label_words(t.label) <= references[name] for t in themes.find_themes(digests[name], Config())]
    return {"mixes": MIXES, "purity": _mean(purity), "coverage": _mean(coverage),
            "label_in_reference": _mean(labels), "themes_scored": len(labels)}


def _mixes(names: list[str]) -> list[list[str]]:
    rng = random.Random(7)
    return [rng.sample(names, STORIES_PER_MIX) for _ in range(MIXES)]


def _main(theme, home: dict[str, str]) -> tuple[str, float]:
    """The story most of the theme's articles come from, and their share."""
    counts = Counter(home[a] for a in theme.articles if a in home)
    name, count = counts.most_common(1)[0]
    return name, count / sum(counts.values())


def _label_words(label: str) -> set[str]:
    return _words(label) - _STOP


def _words(text: str) -> set[str]:
    """Lower-case words with a plural -s folded, for loose matching."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in _WORD.findall(text.lower())}


def _mean(values) -> float:
    values = list(values)
    return round(sum(values) / len(values), 3) if values else 0.0


def _digests(cluster: Path):
    files = tuple(str(p) for p in sorted(cluster.glob("article_*.txt")))
    config = Config(sources=files, out="/tmp/briefing-quality", jobs=1)
    documents, _skipped = ingest.read_sources(config)
    # Article ids are file names ("article_1"): the cluster's name keeps
    # the pooled ones apart.
    return [replace(d, article=replace(d.article, id=f"{cluster.name}/{d.article.id}"))
            for d in pipeline.analyse(documents, config, log=lambda message: None)]
