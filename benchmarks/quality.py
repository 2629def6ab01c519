"""Score the current code on the evaluation sets in ../shared/devset/.

Each `benchmarks/quality_<part>.py` module exposes `run(devset: Path) -> dict`
of named figures (floats, 0-1 or 0-100 as the module says).  This script runs
them all (or those named on the command line), prints one table, and writes
`benchmarks/quality.json`.

    .venv/bin/python benchmarks/quality.py [boilerplate quotes summary stance]
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEVSET = HERE.parent.parent / "shared" / "devset"


def parts() -> list[str]:
    """The names of the quality modules present, e.g. ["boilerplate", ...]."""
    return sorted(p.stem.removeprefix("quality_") for p in HERE.glob("quality_*.py"))


def main(argv: list[str]) -> int:
    if not DEVSET.is_dir():
        print(f"devset not found at {DEVSET}", file=sys.stderr)
        return 1
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(HERE.parent))
    results = {}
    for name in argv or parts():
        started = time.perf_counter()
        figures = importlib.import_module(f"quality_{name}").run(DEVSET)
        results[name] = {**figures, "seconds": round(time.perf_counter() - started, 1)}
        for key, value in figures.items():
            print(f"{name:12} {key:40} {value}")
    (HERE / "quality.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
