"""The seeds' brief.json, compared with the golden copy in
tests/golden/seeds_brief.json: any change to what the brief says shows up
here as a list of the places that differ, to review and then accept.

Fields that differ by design from one build to the next are masked: the
generation time, the edition's name (a timestamp) and the one of the
edition before it, and file paths (which depend on where the seeds lie).

To accept a reviewed change, write the golden copy anew:

    BRIEFING_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import json
import os
from pathlib import PurePath
from typing import Any, Iterator

import pytest

GOLDEN = PurePath(__file__).parent / "golden" / "seeds_brief.json"
MASK = "<masked>"
VOLATILE = ("generated_at", "edition")
"""Top-level keys that change with every build."""


def masked(data: dict) -> dict:
    """`data` (a brief.json) with its volatile fields replaced by MASK and
    its file paths cut to their names."""
    data = {key: MASK if key in VOLATILE and data.get(key) is not None else value
            for key, value in data.items()}
    data["articles"] = [{**a, "source_path": PurePath(a["source_path"]).name} for a in data["articles"]]
    data["skipped"] = [{**s, "path": PurePath(s["path"]).name} for s in data["skipped"]]
    if data.get("whats_new") and data["whats_new"].get("previous_edition"):
        data["whats_new"] = {**data["whats_new"], "previous_edition": MASK}
    return data


def differences(expected: Any, actual: Any, where: str = "") -> Iterator[str]:
    """The JSON paths at which `actual` differs from `expected`, each with
    both values (shortened), deepest first found."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in dict.fromkeys([*expected, *actual]):
            if key not in actual or key not in expected:
                yield f"{where}.{key}: {'missing' if key not in actual else 'new'}"
            else:
                yield from differences(expected[key], actual[key], f"{where}.{key}")
    elif isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        for index, (old, new) in enumerate(zip(expected, actual)):
            yield from differences(old, new, f"{where}[{index}]")
    elif expected != actual:
        yield f"{where or '.'}: {_short(expected)} -> {_short(actual)}"


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 120 else text[:117] + "..."


@pytest.mark.slow
def test_seed_brief_matches_the_golden_copy(seed_build):
    _result, _out, data = seed_build
    actual = masked(data)
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        with open(GOLDEN, "w", encoding="utf-8") as handle:
            json.dump(actual, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
    with open(GOLDEN, encoding="utf-8") as handle:
        expected = json.load(handle)
    found = list(differences(expected, actual))
    assert not found, (f"the seeds' brief differs from {GOLDEN.name} in {len(found)} place(s) "
                       "(review, then accept with BRIEFING_UPDATE_GOLDEN=1):\n" + "\n".join(found[:40]))


def test_masking_keeps_what_the_brief_says():
    data = {"title": "T", "generated_at": "2026-01-01T00:00:00+00:00", "edition": "20260101T000000Z",
            "articles": [{"id": "S1", "source_path": "/somewhere/seeds/a.txt", "text": "Words."}],
            "skipped": [{"path": "/somewhere/seeds/b.bin", "reason": "binary"}],
            "whats_new": {"previous_edition": "20251231T000000Z", "new_articles": ["S1"]}}
    got = masked(data)
    assert got["generated_at"] == got["edition"] == got["whats_new"]["previous_edition"] == MASK
    assert got["articles"] == [{"id": "S1", "source_path": "a.txt", "text": "Words."}]
    assert got["skipped"] == [{"path": "b.bin", "reason": "binary"}]
    assert got["whats_new"]["new_articles"] == ["S1"] and got["title"] == "T"


def test_differences_name_the_path_and_both_values():
    found = list(differences({"a": [{"b": 1}], "c": 2}, {"a": [{"b": 3}], "d": 2}))
    assert found == [".a[0].b: 1 -> 3", ".c: missing", ".d: new"]
