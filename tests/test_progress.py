"""Progress of a build: a bar on a terminal, a log line every few seconds
elsewhere, nothing with -q; the executor and the renderer report to it."""

from __future__ import annotations

import io

from briefing import executor, progress
from briefing.cli.report import progress_logger
from briefing.config import Config


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def count(batch, config):
    return tuple(len(item) for item in batch)


WORDS = tuple(f"word{i}" for i in range(40))


def test_the_display_fits_the_stream():
    log = []
    assert progress.for_stream(Terminal(), quiet=True, log=log.append) is progress.SILENT
    assert isinstance(progress.for_stream(io.StringIO(), quiet=False, log=log.append), progress.LogProgress)
    assert isinstance(progress.for_stream(Terminal(), quiet=False, log=log.append), progress.BarProgress)


def test_log_lines_give_counts_percentage_and_time_left():
    lines = []
    shown = progress.LogProgress(lines.append, every=0)  # a line at every tick
    with shown.stage("analysis", 4, "articles") as stage:
        stage.advance(1)
        stage.advance(1)
    assert lines[0].startswith("analysis: 1/4 articles (25%), about ") and lines[0].endswith(" left")
    assert lines[1].startswith("analysis: 2/4 articles (50%)")
    assert lines[-1].startswith("analysis: 4/4 articles in ")


def test_no_log_line_before_the_interval():
    lines = []
    with progress.LogProgress(lines.append, every=3600).stage("analysis", 4, "articles") as stage:
        stage.advance(4)
    assert lines == []


def test_steps_count_the_parts_done():
    lines = []
    with progress.LogProgress(lines.append, every=0).stage("synthesis", 3, "steps") as stage:
        stage.step("themes")
        stage.step("themes")  # still running: no count
        stage.step("people")
    assert lines[0] == "synthesis: 0/3 steps (0%) (themes)"
    assert lines[2] == "synthesis: 1/3 steps (33%) (people), about " + lines[2].split("about ")[1]


def test_a_terminal_gets_a_bar_with_counts_and_time_left():
    terminal = Terminal()
    shown = progress.BarProgress(terminal)
    with shown.stage("analysis", 40, "articles") as stage:
        results = executor.run(WORDS, Config(jobs=1), count, stage=stage)
    drawn = terminal.getvalue()
    assert len(results) == 40 and "analysis" in drawn and "40/40" in drawn and "100%" in drawn
    assert "left" in drawn


def test_log_lines_go_above_the_bar():
    terminal = Terminal()
    log, shown = progress_logger(terminal, quiet=False)
    with shown.stage("rendering", 2, "formats"):
        log("writing brief.pdf")
    assert "briefing: writing brief.pdf" in terminal.getvalue() and "rendering" in terminal.getvalue()


def test_quiet_shows_nothing_but_warnings():
    terminal = Terminal()
    log, shown = progress_logger(terminal, quiet=True)
    with shown.stage("analysis", 40, "articles") as stage:
        executor.run(WORDS, Config(jobs=1), count, stage=stage)
        log("distilling 40 articles")
        log("warning: skipped a.txt")
    assert terminal.getvalue() == "briefing: warning: skipped a.txt\n"


def test_worker_processes_report_every_batch():
    done = []

    class Counting(progress.Stage):
        def advance(self, n=1):
            done.append(n)
            super().advance(n)

    stage = Counting("analysis", len(WORDS), "articles")
    results = executor.run(WORDS, Config(jobs=2), count, stage=stage)
    assert sum(done) == len(WORDS) == stage.done and len(done) > 1 and len(results) == len(WORDS)


def test_duration_reads_as_a_person_would_say_it():
    assert [progress.duration(s) for s in (0.2, 45, 200, 5400 + 1200)] == ["1 s", "45 s", "3 min", "1 h 50 min"]
