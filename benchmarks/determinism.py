"""Is the brief the same whatever Python's hash seed is?

    .venv/bin/python benchmarks/determinism.py SOURCES... [--seeds 1,2] [--executor local|serial]

Builds brief.json from SOURCES once per hash seed (each in its own
process, its own outputs folder, `--force`), masks the fields that are
meant to change between runs (`generated_at`, `edition`, `whats_new`) and
prints, per top-level key of brief.json, whether the builds agree; for a
key that differs, the first differing lines.  Exit code 1 when any differs.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

VOLATILE = ("generated_at", "edition", "whats_new")


def build(sources: list[str], seed: str, out: Path, jobs: str) -> dict:
    """brief.json of one build of `sources` under PYTHONHASHSEED=`seed`."""
    env = dict(os.environ, PYTHONHASHSEED=seed)
    command = [sys.executable, "-m", "briefing", "build", *sources, "--out", str(out),
               "--formats", "json", "--force", "-q", "--jobs", jobs]
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode not in (0, 3):
        sys.exit(f"build under seed {seed} failed: {done.stderr.strip()}")
    return masked(json.loads((out / "brief.json").read_text(encoding="utf-8")))


def masked(data: dict) -> dict:
    """brief.json without the fields that differ by design between runs."""
    return {key: value for key, value in data.items() if key not in VOLATILE}


def compare(first: dict, second: dict) -> list[str]:
    """The top-level keys whose values differ, each printed with a short diff."""
    differing = []
    for key in first:
        a = json.dumps(first[key], indent=1, ensure_ascii=False).splitlines()
        b = json.dumps(second.get(key), indent=1, ensure_ascii=False).splitlines()
        if a != b:
            differing.append(key)
            diff = list(difflib.unified_diff(a, b, lineterm="", n=1))[2:14]
            print(f"  {key}: DIFFERS\n    " + "\n    ".join(diff))
        else:
            print(f"  {key}: same")
    return differing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+")
    parser.add_argument("--seeds", default="1,2")
    parser.add_argument("--jobs", default="1", help="--jobs for the builds (1 = in-process)")
    args = parser.parse_args()
    seeds = args.seeds.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        briefs = [build(args.sources, seed, Path(tmp) / f"out-{seed}", args.jobs) for seed in seeds]
    print(f"{' '.join(args.sources)}: PYTHONHASHSEED={seeds[0]} vs {seeds[1]}")
    differing = compare(briefs[0], briefs[1])
    print(f"{len(differing)} of {len(briefs[0])} keys differ: {', '.join(differing) or 'none'}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
