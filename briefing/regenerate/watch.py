"""The built-in loop for containers: a build function and a schedule in,
builds at the scheduled times and soon after the sources change out, until
told to stop.

The loop polls the sources folders (paths, sizes and modification times) so
it needs no file-system notification library; a change triggers a build once
the folder has stayed the same for one poll (a file still being copied is
not read half-written).  A failed build is logged and the loop goes on: it
is meant to run unattended for months.  SIGTERM and SIGINT set the stop
event; a build in progress finishes (publishing is atomic anyway) and the
loop returns.
"""

from __future__ import annotations

import logging
import re
import signal
import threading
import time
import traceback
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Callable, Sequence

from ..errors import BriefingError, UsageError

Log = Callable[[str], None]
Snapshot = frozenset
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> float:
    """Seconds in an interval like "90s", "15m", "6h", "1d" (or plain seconds)."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text or "")
    if not match or float(match.group(1)) <= 0:
        raise UsageError(f"not an interval: {text!r} (e.g. 30m, 6h, 1d)")
    return float(match.group(1)) * UNITS[match.group(2) or "s"]


def watched(config) -> tuple[str, ...]:
    """The folders (and files) the loop polls for `config`: its sources, or
    the sources file and the folders it names besides them."""
    if not config.sources_file:
        return tuple(config.sources)
    from .fetch import load_sources

    return (*config.sources, *load_sources(config.sources_file).read, config.sources_file)


def snapshot(sources: Sequence[str | Path], ignore: Path | None = None) -> Snapshot:
    """(path, size, mtime) of every file under `sources` (but not under
    `ignore`, the outputs folder): what the loop compares."""
    entries = set()
    skip = str(Path(ignore).resolve()) + "/" if ignore else None
    for source in sources:
        root = Path(source)
        files = root.rglob("*") if root.is_dir() else [root]
        for path in files:
            try:
                if skip and str(path.resolve()).startswith(skip):
                    continue
                if path.is_file():
                    stat = path.stat()
                    entries.add((str(path), stat.st_size, stat.st_mtime_ns))
            except OSError:
                continue  # vanished between listing and stat: the next poll sees it
    return frozenset(entries)


def next_due(now: float, *, every: float | None, cron: str | None) -> float:
    """The time of the next scheduled build after `now` (epoch seconds)."""
    if cron:
        from croniter import croniter

        from .schedule import expand  # "@daily" and the other nicknames

        return croniter(expand(cron), datetime.fromtimestamp(now).astimezone()).get_next(float)
    return now + (every or 86400.0)


def run(build: Callable[[], object], *, sources: Sequence[str | Path], stop: threading.Event,
        every: float | None = None, cron: str | None = None, poll: float = 30.0,
        ignore: Path | None = None, log: Log = lambda m: None,
        clock: Callable[[], float] = time.time) -> int:
    """Build now, then on schedule and after source changes (files under
    `ignore` aside), until `stop` is set; the number of builds run."""
    builds, built = 0, None
    seen = snapshot(sources, ignore)
    due = clock()
    while not stop.is_set():
        now, current = clock(), snapshot(sources, ignore)
        settled_change = built is not None and current != built and current == seen
        if now >= due or settled_change:
            reason = "scheduled" if now >= due else "sources changed"
            built = current
            _build_once(build, reason, log)
            builds += 1
            if now >= due:
                due = next_due(clock(), every=every, cron=cron)
            continue
        seen = current
        stop.wait(max(0.0, min(poll, due - now)))
    log("watch stopped")
    return builds


def _build_once(build: Callable[[], object], reason: str, log: Log) -> None:
    log(f"building ({reason})")
    try:
        build()
    except BriefingError as error:
        log(f"error: {error}")
    except Exception:  # noqa: BLE001 - an unattended loop must outlive one bad build
        log("error: build failed\n" + traceback.format_exc())


def stop_on_signals(stop: threading.Event, log: Log = lambda m: None) -> None:
    """Make SIGTERM and SIGINT set `stop` (only possible in the main thread)."""
    def handler(signum, _frame):
        log(f"received {signal.Signals(signum).name}; stopping after the current step")
        stop.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, handler)
        signal.signal(signal.SIGINT, handler)


def file_logger(path: Path, echo: Log | None = None) -> Log:
    """A log function writing timestamped lines to `path` (rotated at 5 MB,
    three old files kept) and, if given, to `echo` too."""
    path.parent.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger(f"briefing.watch.{path}")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    if not logger.handlers:
        handler = RotatingFileHandler(path, maxBytes=5 * 1024 * 1024, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        logger.addHandler(handler)

    def log(message: str) -> None:
        logger.info(message)
        if echo:
            echo(message)
    return log
