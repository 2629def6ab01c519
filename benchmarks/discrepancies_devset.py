"""Every discrepancy the briefs flag on the devset viewpoints stories, listed
for reading (precision is judged by a reader, not computed here).

Each story's `article_*.txt` go through ingest, clean and distill (digests
cached as pickles under --cache, so a rerun only re-synthesizes), then
`voices.merge_people` and `discrepancies.find_discrepancies`.  Prints one
block per flagged discrepancy and the count per kind; `--json FILE` writes
them too.  The baseline (the method before issue 15) is kept in
`benchmarks/discrepancies_baseline.json` and printed beside the new count.

    .venv/bin/python benchmarks/discrepancies_devset.py [--cache /tmp/i15-digests]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEVSET = HERE.parent.parent / "shared" / "devset"
if not DEVSET.exists():
    DEVSET = Path("/work/shared/devset")
BASELINE = HERE / "discrepancies_baseline.json"


def digests_of(story: Path, cache: Path):
    """The story's digests, distilled once and cached."""
    from briefing import ingest, pipeline
    from briefing.config import Config

    cached = cache / f"{story.name}.pickle"
    if cached.exists():
        return pickle.loads(cached.read_bytes())
    files = tuple(str(p) for p in sorted(story.glob("article_*.txt")))
    config = Config(sources=files, out=str(cache / "out"), jobs=1)
    documents, _skipped = ingest.read_sources(config)
    digests = pipeline.analyse(documents, config, log=lambda message: None)
    cache.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(pickle.dumps(digests))
    return digests


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", default="/tmp/i15-digests")
    parser.add_argument("--json", default=None)
    args = parser.parse_args(argv)
    from briefing.synthesize import discrepancies, voices

    stories = sorted(p for p in (DEVSET / "viewpoints").iterdir() if p.is_dir())
    found = []
    for story in stories:
        digests = digests_of(story, Path(args.cache))
        for d in discrepancies.find_discrepancies(digests, voices.merge_people(digests)):
            found.append({"story": story.name, "kind": d.kind, "description": d.description,
                          "items": [c.text for c in d.items]})
            print(f"[{story.name}] {d.kind}: {d.description}")
            for item in d.items:
                print(f"    - {item.text[:300]}")
    kinds = Counter(f["kind"] for f in found)
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    print(f"\n{len(stories)} stories, {len(found)} discrepancies flagged {dict(sorted(kinds.items()))}"
          f"  (baseline: {baseline.get('flagged', '?')} flagged, {baseline.get('real', '?')} real)")
    if args.json:
        Path(args.json).write_text(json.dumps(found, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
