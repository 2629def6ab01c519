"""The command line: help that teaches, one-line errors, documented exit codes."""

from __future__ import annotations

import io

from briefing.cli import main
from conftest import SEEDS


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_help_for_each_command(capsys):
    for argv in (["--help"], ["build", "--help"], ["clean", "--help"]):
        assert run(*argv)[0] == 0
    assert "--formats" in capsys.readouterr().out


def test_missing_sources_is_one_line_and_code_1(tmp_path):
    code, _out, err = run("build", str(tmp_path / "nope"), "--out", str(tmp_path / "o"))
    assert code == 1
    assert err.count("\n") == 1 and "sources not found" in err


def test_bad_format_is_usage_error(tmp_path):
    code, _out, err = run("build", str(SEEDS), "--formats", "pdf,odt", "--out", str(tmp_path))
    assert code == 2 and "unknown format odt" in err


def test_folder_without_articles(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n")
    code, _out, err = run("build", str(tmp_path), "--out", str(tmp_path / "o"))
    assert code == 1 and "no article" in err


def test_clean_prints_what_the_pipeline_sees(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("First paragraph here.\n\nSecond one here.\nFirst paragraph here.\n", encoding="utf-8")
    code, out, _err = run("clean", str(path))
    assert code == 0
    assert out == "First paragraph here.\n\nSecond one here.\n"
