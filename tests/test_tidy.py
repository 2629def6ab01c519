"""A build leaves nothing behind but its outputs: no temporary file or
folder (checked with a private TMPDIR), and a failed build no new folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import pipeline
from briefing.config import Config
from briefing.errors import BriefingError

ARTICLES = {
    "a.txt": "Harbour board approves ferry\n\nThe Kestrel Bay harbour board approved a ferry link "
             "to Marrow Island on Monday.\n\nMayor Anna Ilves said the link would cost 40 million euros.\n",
    "b.txt": "Ferry link costs questioned\n\nAuditor Ruth Omondi said the ferry link to Marrow Island "
             "would cost 55 million euros.\n\nThe board will vote on the budget in March.\n",
}


def write_articles(folder: Path) -> Path:
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def build_in(tmp_path: Path, *options: str) -> tuple[subprocess.CompletedProcess, Path]:
    """A build in a fresh process whose TMPDIR is a private, empty folder."""
    private = tmp_path / "tmp"
    private.mkdir()
    done = subprocess.run([sys.executable, "-m", "briefing", "build", str(write_articles(tmp_path / "in")),
                           "--out", str(tmp_path / "out"), "--jobs", "1", "-q", *options],
                          env=dict(os.environ, TMPDIR=str(private)), capture_output=True, text=True,
                          timeout=600)
    return done, private


@pytest.mark.slow
def test_a_build_with_pdf_and_other_formats_leaves_no_temporary_files(tmp_path):
    done, private = build_in(tmp_path, "--formats", "pdf,html,json")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "brief.pdf").stat().st_size > 0
    assert sorted(p.name for p in private.iterdir()) == []


@pytest.mark.slow
def test_a_build_failing_while_the_pdf_is_written_leaves_no_temporary_files(tmp_path):
    bad = tmp_path / "house.docx"
    bad.write_text("not a Word file")
    done, private = build_in(tmp_path, "--formats", "pdf,docx,json", "--reference-docx", str(bad))
    assert done.returncode == 1 and "reference DOCX" in done.stderr
    assert sorted(p.name for p in private.iterdir()) == []
    assert not (tmp_path / "out").exists()  # a failed first build leaves no folder


def test_a_failed_first_build_leaves_no_new_folders(tmp_path):
    sources = tmp_path / "in"
    sources.mkdir()
    (sources / "empty.txt").write_text("")
    out = tmp_path / "never built"
    with pytest.raises(BriefingError, match="no article with any text"):
        pipeline.build(Config(sources=(str(sources),), out=str(out), formats=("json",)))
    assert not out.exists()


def test_a_failed_build_keeps_folders_that_were_there(tmp_path):
    sources = tmp_path / "in"
    sources.mkdir()
    (sources / "empty.txt").write_text("")
    out = tmp_path / "out"
    (out / ".state").mkdir(parents=True)
    with pytest.raises(BriefingError):
        pipeline.build(Config(sources=(str(sources),), out=str(out), formats=("json",)))
    assert (out / ".state").is_dir()


def test_folders_another_build_holds_are_not_tidied_away(tmp_path):
    # A build that fails removes the folders it made only when no other
    # build (one that started meanwhile) holds their lock.
    from briefing.regenerate import lock
    from briefing.pipeline import _locked

    state = tmp_path / ".state"
    assert not _locked(state / lock.LOCK_NAME)  # no lock file
    with lock.hold(state):
        assert _locked(state / lock.LOCK_NAME)
    assert not _locked(state / lock.LOCK_NAME)
