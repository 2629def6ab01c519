"""The command line: help that teaches, one-line errors, documented exit codes."""

from __future__ import annotations

import io

from briefing.cli import main
from briefing.regenerate.manifest import Input, Manifest
from tests.helpers import SEEDS


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


def test_help_for_regeneration_commands(capsys):
    for argv in (["fetch", "--help"], ["schedule", "--help"], ["watch", "--help"]):
        assert run(*argv)[0] == 0
    text = capsys.readouterr().out
    assert "--sources-file" in text and "--cron" in text and "--every" in text


def test_build_help_lists_regeneration_options(capsys):
    run("build", "--help")
    text = capsys.readouterr().out
    for option in ("--force", "--no-wait", "--post-build", "--sources-file"):
        assert option in text


def test_no_wait_exits_with_a_clear_message_while_another_build_runs(tmp_path):
    from briefing.regenerate import lock

    out = tmp_path / "o"
    with lock.hold(out / ".state"):
        code, _out, err = run("build", str(SEEDS), "--out", str(out), "--no-wait")
    assert code == 1 and "another build is running" in err and err.count("\n") == 1
    assert not (out / "brief.json").exists()


def test_second_build_is_up_to_date_and_renders_nothing(tmp_path, seed_build):
    src, out = tmp_path / "src", tmp_path / "o"
    src.mkdir()
    (src / "a.txt").write_text("The port authority approved a new ferry line on Monday, "
                               "director Lena Ortiz said.\n", encoding="utf-8")
    hook = tmp_path / "hook.txt"
    argv = ("build", str(src), "--out", str(out), "--formats", "json", "--post-build", f"echo > {hook}")
    code, printed, _err = run(*argv)
    assert code == 0 and printed.strip() == str(out / "brief.json") and hook.exists()
    hook.unlink()
    code, printed, err = run(*argv)
    assert code == 0 and printed == "" and "up to date" in err and not hook.exists()
    code, printed, _err = run(*argv, "--force")
    assert code == 0 and printed.strip() == str(out / "brief.json") and hook.exists()


def test_watch_picks_up_a_new_file_and_stops_on_sigterm(tmp_path, seed_build):
    import json
    import os
    import signal
    import threading

    src, out, log_file = tmp_path / "src", tmp_path / "o", tmp_path / "watch.log"
    src.mkdir()
    (src / "a.txt").write_text("The port authority approved a new ferry line on Monday.\n")

    def edition_count():
        try:
            return len(json.loads((out / "brief.json").read_text())["articles"])
        except (OSError, ValueError):
            return 0

    returned = threading.Event()

    def drive():
        try:
            _wait(lambda: edition_count() == 1 or returned.is_set())
            (src / "b.txt").write_text("Ferry tickets will cost 4 dollars, operator Sam Lee said.\n")
            _wait(lambda: edition_count() == 2 or returned.is_set())
        finally:  # stop the loop even if it never rebuilt, so the test fails rather than hangs
            if not returned.is_set():
                os.kill(os.getpid(), signal.SIGTERM)

    previous = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    driver = threading.Thread(target=drive, daemon=True)
    driver.start()
    try:
        code, _out, _err = run("watch", str(src), "--out", str(out), "--formats", "json",
                               "--every", "1h", "--poll", "0.1", "--log-file", str(log_file), "-q")
    finally:
        returned.set()
        driver.join(70)  # no SIGTERM may arrive once the handlers are gone
        signal.signal(signal.SIGTERM, previous[0])
        signal.signal(signal.SIGINT, previous[1])
    assert code == 0 and edition_count() == 2
    log = log_file.read_text()
    assert "building (scheduled)" in log and "building (sources changed)" in log
    assert "SIGTERM" in log and log.rstrip().endswith("watch stopped")
    news = json.loads((out / "brief.json").read_text())["whats_new"]
    assert len(news["new_articles"]) == 1
    assert news["new_articles"] == ["b"]


def _wait(condition, timeout=60.0):
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_editions_lists_newest_first_and_marks_the_latest(tmp_path):
    from briefing.regenerate import editions, publish

    names = []
    for text in ("one", "two"):
        name = editions.new_name(tmp_path) if not names else names[0] + "-2"
        stage = publish.staging(tmp_path, name)
        (stage / "brief.json").write_text(text)
        publish.publish(stage, tmp_path, manifest=Manifest(edition=name, formats=("json",), inputs=(Input(id="a"),)),
                        formats=("json",))
        names.append(name)
    code, out, _err = run("editions", "--out", str(tmp_path))
    lines = [line for line in out.splitlines() if not line.startswith("    ")]
    assert code == 0 and len(lines) == 2
    assert lines[0].startswith(f"* {names[1]}  1 article(s)  json") and lines[1].startswith(f"  {names[0]}")
    code, _out, err = run("editions", "--out", str(tmp_path / "none"))
    assert code == 1 and "no edition" in err


def test_each_command_shows_examples(capsys):
    for argv in (["--help"], ["fetch", "--help"], ["watch", "--help"], ["clean", "--help"],
                 ["editions", "--help"]):
        assert run(*argv)[0] == 0
        text = capsys.readouterr().out
        assert "examples:\n  briefing " in text, argv


def test_fetch_help_shows_the_sources_file_format(capsys):
    run("fetch", "--help")
    text = capsys.readouterr().out
    for line in ("corpus = ", "folders = [", "urls = [", "feeds = [", "[fetch]", "timeout = 20", "max_items = 50"):
        assert line in text


def test_editions_says_what_changed_in_each(tmp_path):
    from briefing.regenerate import editions, publish

    contents = [{"articles": {"a": {"sha256": "1"}, "b": {"sha256": "2"}}, "people": ["ada lovelace"],
                 "figures": [], "events": []},
                {"articles": {"a": {"sha256": "9"}, "c": {"sha256": "3"}}, "people": ["ada lovelace", "grace hopper"],
                 "figures": ["12%|growth"], "events": []}]
    names = []
    for snapshot in contents:
        name = editions.new_name(tmp_path) if not names else names[0] + "-2"
        stage = publish.staging(tmp_path, name)
        (stage / "brief.json").write_text("{}")
        manifest = Manifest.from_json({"edition": name, "formats": ["json"], "inputs": [], "contents": snapshot})
        publish.publish(stage, tmp_path, manifest=manifest, formats=("json",))
        names.append(name)
    code, out, _err = run("editions", "--out", str(tmp_path))
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith(f"* {names[1]}")
    assert lines[1] == "    1 new article, 1 changed article, 1 dropped article, 1 new name, 1 new figure"
    assert lines[3] == "    first edition kept"


def test_build_parses_and_hands_the_whole_build_to_the_injected_function(tmp_path):
    from pathlib import Path

    from briefing.pipeline import BuildResult

    calls = []

    def fake_build(config, **how):
        calls.append((config, how))
        return BuildResult(brief=None, written={"json": Path(config.out) / "brief.json"}, skipped=(),
                           fetch_failed=(("https://example.org/a", "timed out"),))

    listed = tmp_path / "sources.toml"
    listed.write_text('corpus = "corpus"\n', encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["build", "--sources-file", str(listed), "--out", str(tmp_path / "o"), "--post-build",
                 "true", "--no-wait", "--force", "-q"], build=fake_build, stdout=out, stderr=err)
    (config, how), = calls
    assert code == 3 and out.getvalue().strip() == str(tmp_path / "o" / "brief.json")
    assert config.sources == () and config.sources_file == str(listed) and config.post_build == "true"
    assert how["force"] is True and how["wait"] is False


def test_build_options_written_back_parse_to_the_same_options(tmp_path, monkeypatch):
    from briefing.cli import make_parser
    from briefing.cli.options import BuildOptions

    monkeypatch.chdir(tmp_path)
    argv = ["build", "a", "b", "--out", "o", "--formats", "json", "-q", "--no-wait", "--jobs", "2",
            "--post-build", "mail me", "--executor", "local"]
    given = BuildOptions.parsed(make_parser().parse_args(argv))
    again = BuildOptions.parsed(make_parser().parse_args(["build", *given.argv()]))
    assert again == _absolute(given, tmp_path)
    assert given.argv()[:2] == [str(tmp_path / "a"), str(tmp_path / "b")] and "--quiet" in given.argv()


def _absolute(given, root):
    """`given` with its relative paths made absolute under `root`."""
    import dataclasses

    return dataclasses.replace(given, sources=tuple(str(root / s) for s in given.sources),
                               out=str(root / given.out))
