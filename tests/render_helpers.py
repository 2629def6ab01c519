"""Shared helpers for the rendering tests: write a brief, find system tools."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing.config import Config
from briefing.render import render

CONFIG = dict(organization="Policy Unit", marking="FOR INTERNAL USE")


def write(brief, out: Path, formats=("json", "html", "docx", "pdf"), **options) -> dict[str, Path]:
    """Render `brief` into `out` in `formats`; the paths written."""
    return render(brief, Config(formats=tuple(formats), **{**CONFIG, **options}), out)


def tool(name: str, package: str) -> str:
    """The path of command `name`, or skip naming the Debian package."""
    found = shutil.which(name)
    if not found:
        pytest.skip(f"{name} not installed (run scripts/test-deps.sh as root: apt-get install {package})")
    return found
