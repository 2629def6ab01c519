"""The same inputs and options give the same brief.json, whatever Python's
hash seed: two builds in fresh processes under different PYTHONHASHSEED
values must agree byte for byte once the fields that differ by design
(generation time, edition name, what's new since the last edition) are
masked.  The articles are invented for this test and built to exercise
the tie-breaks a set's order would decide: names of equal length, figures
that disagree, voices with the same stance."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ARTICLES = {
    "a.txt": """Ferry link to Marrow Island approved

The Kestrel Bay harbour board approved a ferry link to Marrow Island on Monday, after two years of debate.

The cost of the ferry link would be 40 million euros, the mayor said. Mayor Anna Ilves expects it to open in 2027. "This is a lifeline for the island," Ilves said.

Board member Piotr Varga warned that the timetable was optimistic. "We have seen such promises before," Varga said.

Residents of Marrow Island welcomed the news, and shop owners expect more visitors in summer.
""",
    "b.txt": """Island ferry plan faces doubts over cost

The cost of the ferry link would be 55 million euros, according to the regional auditor.

Auditor Ruth Omondi said the board had left out the cost of a new pier. "The numbers do not add up," Omondi said.

Mayor Anna Ilves rejected the criticism and said the project was on track for 2027.

Environmental groups in Kestrel Bay fear that the ferry will harm seagrass meadows near the island.
""",
    "c.txt": """Kestrel Bay ferry: what we know

The harbour board of Kestrel Bay voted five to two for the ferry link to Marrow Island.

Piotr Varga and Ruth Omondi both asked for an independent review of the budget of 40 million euros.

The ferry would carry 300 passengers and 40 cars on each crossing, the board said.

Anna Ilves said tickets would cost less than the current water taxi. Critics said the island needs a bridge instead.
""",
}
VOLATILE = ("generated_at", "edition", "whats_new")


def build(sources: Path, out: Path, seed: str) -> dict:
    """brief.json of a fresh build under PYTHONHASHSEED=`seed`, volatile fields masked."""
    env = dict(os.environ, PYTHONHASHSEED=seed)
    done = subprocess.run([sys.executable, "-m", "briefing", "build", str(sources), "--out", str(out),
                           "--formats", "json", "--jobs", "1", "-q"],
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    data = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    return {key: "(masked)" if key in VOLATILE else value for key, value in data.items()}


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> tuple[dict, dict]:
    root = tmp_path_factory.mktemp("determinism")
    sources = root / "articles"
    sources.mkdir()
    for name, text in ARTICLES.items():
        (sources / name).write_text(text, encoding="utf-8")
    return build(sources, root / "out-1", "1"), build(sources, root / "out-2", "2")


def _text(data: dict, leave_out: tuple[str, ...] = ()) -> str:
    return json.dumps({k: v for k, v in data.items() if k not in leave_out}, indent=1, ensure_ascii=False)


def test_two_hash_seeds_give_the_same_brief(two_builds):
    first, second = two_builds
    assert first["people"] and first["viewpoints"], "the articles must give the brief something to order"
    assert _text(first, ("discrepancies",)) == _text(second, ("discrepancies",))


def test_two_hash_seeds_give_the_same_discrepancies(two_builds):
    first, second = two_builds
    assert first["discrepancies"], "the articles disagree on a figure"
    assert _text(first) == _text(second)
