"""The watch loop: builds on schedule and after the sources change, stops cleanly."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from briefing.regenerate import watch
from briefing.errors import BriefingError, UsageError


def test_parse_every():
    assert watch.parse_every("6h") == 21600 and watch.parse_every("90") == 90
    assert watch.parse_every("1.5m") == 90
    with pytest.raises(UsageError):
        watch.parse_every("soon")


def test_next_due_from_cron_or_interval():
    now = time.time()
    assert watch.next_due(now, every=60, cron=None) == now + 60
    due = watch.next_due(now, every=None, cron="*/5 * * * *")
    assert now < due <= now + 300 and int(due) % 300 == 0
    hourly = watch.next_due(now, every=None, cron="@hourly")  # cron's nicknames too
    assert now < hourly <= now + 3600 and int(hourly) % 3600 == 0


def test_loop_rebuilds_after_a_new_file_and_stops(tmp_path):
    (tmp_path / "a.txt").write_text("first")
    stop, built, messages = threading.Event(), [], []

    def build():
        built.append(sorted(p.name for p in tmp_path.iterdir()))
        if len(built) == 2:
            stop.set()

    loop = threading.Thread(target=lambda: watch.run(build, sources=[tmp_path], stop=stop,
                                                     every=3600, poll=0.05, log=messages.append))
    loop.start()
    _wait_for(lambda: built)
    (tmp_path / "b.txt").write_text("second")
    loop.join(10)
    assert not loop.is_alive()
    assert built == [["a.txt"], ["a.txt", "b.txt"]]
    assert messages[0] == "building (scheduled)" and "building (sources changed)" in messages
    assert messages[-1] == "watch stopped"


def test_loop_survives_failing_builds_and_builds_on_schedule(tmp_path):
    stop, calls, messages = threading.Event(), [], []

    def build():
        calls.append(1)
        if len(calls) == 3:
            stop.set()
        raise BriefingError("no article with any text") if len(calls) == 1 else ValueError("bug")

    assert watch.run(build, sources=[tmp_path], stop=stop, every=0.05, poll=0.01,
                     log=messages.append) == 3
    assert "error: no article with any text" in messages
    assert any(m.startswith("error: build failed") and "ValueError: bug" in m for m in messages)


def test_sigterm_stops_the_loop(tmp_path):
    stop, messages = threading.Event(), []
    previous = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    try:
        watch.stop_on_signals(stop, messages.append)
        timer = threading.Timer(0.2, lambda: os.kill(os.getpid(), signal.SIGTERM))
        timer.start()
        builds = watch.run(lambda: None, sources=[tmp_path], stop=stop, every=3600, poll=0.05)
        timer.join()
    finally:
        signal.signal(signal.SIGTERM, previous[0])
        signal.signal(signal.SIGINT, previous[1])
    assert builds == 1 and stop.is_set() and "SIGTERM" in messages[0]


def test_file_logger_writes_timestamped_lines(tmp_path):
    echoed: list[str] = []
    log = watch.file_logger(tmp_path / "logs" / "watch.log", echo=echoed.append)
    log("building (scheduled)")
    line = (tmp_path / "logs" / "watch.log").read_text().strip()
    assert line.endswith(" building (scheduled)") and line[:4].isdigit()
    assert echoed == ["building (scheduled)"]


def _wait_for(condition, timeout=5.0):
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)


def test_changes_in_the_outputs_folder_are_not_source_changes(tmp_path):
    (tmp_path / "a.txt").write_text("first")
    out = tmp_path / "briefs"
    out.mkdir()
    before = watch.snapshot([tmp_path], ignore=out)
    (out / "brief.html").write_text("<html>a new edition</html>")
    assert watch.snapshot([tmp_path], ignore=out) == before
    assert watch.snapshot([tmp_path]) != before
