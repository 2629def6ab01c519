"""Shared fixtures: the seeds built once per test session, tiny builders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import config as config_module
from briefing.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seeds built into a temporary folder with every format:
    (BuildResult, out folder, parsed brief.json)."""
    out = tmp_path_factory.mktemp("seed-brief")
    config = config_module.Config(sources=(str(SEEDS),), out=str(out))
    result = build(config)
    return result, out, json.loads((out / "brief.json").read_text(encoding="utf-8"))
