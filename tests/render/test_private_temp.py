"""The renderers' private temporary folder (`render.private_temp`)."""

import subprocess
import sys
import tempfile
from pathlib import Path

from briefing import render


def _dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_killed_builds_folder_is_swept_and_a_running_ones_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    orphan = tmp_path / f"{render.PRIVATE_PREFIX}{_dead_pid()}-abc123"
    (orphan / "weasyprint-fonts").mkdir(parents=True)
    (orphan / "weasyprint-fonts" / "font.ttf").write_bytes(b"\0" * 64)
    running = tmp_path / f"{render.PRIVATE_PREFIX}1-def456"  # pid 1 always runs
    running.mkdir()
    unrelated = tmp_path / "briefing-render-notes"
    unrelated.mkdir()
    with render.private_temp():
        inside = Path(tempfile.gettempdir())
        assert inside.parent == tmp_path and inside.name.startswith(render.PRIVATE_PREFIX)
    assert not orphan.exists()
    assert running.exists() and unrelated.exists()
    assert not inside.exists()
