"""Shared fixtures: the seeds built once per test session (builders are in
tests/helpers.py)."""

from __future__ import annotations

import json

import pytest

from briefing import config as config_module
from briefing.pipeline import build
from tests.helpers import SEEDS


def pytest_collection_modifyitems(items):
    """A test that reads the seeds' build needs a whole brief built: slow."""
    for item in items:
        if "seed_build" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seeds built into a temporary folder with every format:
    (BuildResult, out folder, parsed brief.json)."""
    out = tmp_path_factory.mktemp("seed-brief")
    config = config_module.Config(sources=(str(SEEDS),), out=str(out))
    result = build(config)
    return result, out, json.loads((out / "brief.json").read_text(encoding="utf-8"))
