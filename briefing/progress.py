"""Progress of a long build: stages with counts in, something for the
analyst to watch out.

- on a terminal, a bar per stage (analysis, synthesis, rendering) with the
  count, the percentage and the time left (`rich`);
- elsewhere (cron, systemd, a log file), a log line every `EVERY_S`
  seconds with the count and the time left, and one when a long stage ends;
- with `-q`, nothing.

No thread is started: a background thread would stop the executor and the
renderer from forking (they fork only a single-threaded process).  Code
that waits instead calls `Stage.tick()` now and then, which redraws the bar
or writes the log line when one is due.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Callable, Iterator, TextIO

Log = Callable[[str], None]

EVERY_S = 30.0
"""Seconds between two log lines about one stage when stderr is no terminal."""

REDRAW_S = 0.1
"""Least seconds between two redraws of a bar."""

TICK_S = 0.5
"""How often code waiting on workers calls `Stage.tick()`."""


class Stage:
    """One stage under way: `advance(n)` when n more items are done,
    `tick()` while waiting, `step(label)` to name what runs now."""

    def __init__(self, name: str, total: int, unit: str):
        self.name, self.total, self.unit = name, total, unit
        self.done, self.label, self.started = 0, "", time.monotonic()

    def advance(self, count: int = 1) -> None:
        self.done = min(self.total, self.done + count)
        self.tick()

    def step(self, label: str) -> None:
        """The part named before is done; `label` (a synthesis step, a
        format) runs now.  The same label again only ticks: it still runs."""
        if self.label and label != self.label:
            self.done = min(self.total, self.done + 1)
        self.label = label
        self.tick()

    def finish(self) -> None:
        self.done, self.label = self.total, ""

    def tick(self) -> None:
        """Redraw or report, if that is due (nothing here: see subclasses)."""

    def left(self) -> float | None:
        """Seconds left at the pace so far; None before the first item is done."""
        if not self.done or self.done >= self.total:
            return None
        return (time.monotonic() - self.started) / self.done * (self.total - self.done)

    def summary(self) -> str:
        """"analysis: 40/200 articles (20%), about 2 min left"."""
        percent = 100 * self.done // self.total if self.total else 100
        left = self.left()
        where = f" ({self.label})" if self.label else ""
        return (f"{self.name}: {self.done}/{self.total} {self.unit} ({percent}%){where}"
                + (f", about {duration(left)} left" if left is not None else ""))


class Progress:
    """No progress shown (-q); the base of the other two."""

    @contextmanager
    def stage(self, name: str, total: int, unit: str) -> Iterator[Stage]:
        """A stage of `total` `unit`s, shown while the `with` block runs."""
        yield Stage(name, total, unit)

    def print(self, line: str, stream: TextIO) -> None:
        """Write a log line to `stream` without breaking a bar."""
        print(line, file=stream, flush=True)


SILENT = Progress()


class _Periodic(Stage):
    def __init__(self, name: str, total: int, unit: str, log: Log, every: float):
        super().__init__(name, total, unit)
        self.log, self.every, self.last = log, every, self.started

    def tick(self) -> None:
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            self.log(self.summary())


class LogProgress(Progress):
    """A log line every `every` seconds with the counts (not on a terminal)."""

    def __init__(self, log: Log, every: float = EVERY_S):
        self.log, self.every = log, every

    @contextmanager
    def stage(self, name: str, total: int, unit: str) -> Iterator[Stage]:
        stage = _Periodic(name, total, unit, self.log, self.every)
        yield stage
        stage.finish()
        took = time.monotonic() - stage.started
        if took >= self.every:  # a short stage needs no line of its own
            self.log(f"{name}: {stage.done}/{total} {unit} in {duration(took)}")


class _Bar(Stage):
    def __init__(self, name: str, total: int, unit: str, bar, task):
        super().__init__(name, total, unit)
        self.bar, self.task, self.drawn = bar, task, 0.0

    def tick(self) -> None:
        if time.monotonic() - self.drawn >= REDRAW_S:
            self.redraw()

    def redraw(self) -> None:
        self.drawn = time.monotonic()
        where = f" ({self.label})" if self.label else ""
        self.bar.update(self.task, completed=self.done, description=f"{self.name}{where}")
        self.bar.refresh()


class BarProgress(Progress):
    """A `rich` progress bar per stage on the terminal `stream`."""

    def __init__(self, stream: TextIO):
        from rich.console import Console

        self.console = Console(file=stream, highlight=False)
        self.live = None

    @contextmanager
    def stage(self, name: str, total: int, unit: str) -> Iterator[Stage]:
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress as Bars, TaskProgressColumn,
                                   TextColumn, TimeElapsedColumn, TimeRemainingColumn)

        # auto_refresh=False: rich would start a refresh thread (see the module docstring).
        bars = Bars(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn(unit), TaskProgressColumn(), TimeElapsedColumn(),
                    TextColumn("elapsed,"), TimeRemainingColumn(), TextColumn("left"), console=self.console,
                    auto_refresh=False, redirect_stdout=False, redirect_stderr=False)
        self.live = bars
        with bars:
            stage = _Bar(name, total, unit, bars, bars.add_task(name, total=total))
            stage.redraw()
            try:
                yield stage
                stage.finish()
            finally:
                stage.redraw()
                self.live = None

    def print(self, line: str, stream: TextIO) -> None:
        if self.live is not None:
            self.live.console.print(line, markup=False, highlight=False)
        else:
            super().print(line, stream)


def for_stream(stream: TextIO, *, quiet: bool, log: Log, every: float = EVERY_S) -> Progress:
    """The progress display for a build logging to `stream`: a bar on a
    terminal, periodic log lines elsewhere, nothing when `quiet`."""
    if quiet:
        return SILENT
    if _is_terminal(stream):
        return BarProgress(stream)
    return LogProgress(log, every)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def duration(seconds: float) -> str:
    """"45 s", "3 min", "1 h 20 min": a time left, as precise as is useful."""
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    if seconds < 5400:
        return f"{round(seconds / 60)} min"
    return f"{int(seconds // 3600)} h {round(seconds % 3600 / 60)} min"
