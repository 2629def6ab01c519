"""One build at a time per outputs folder: a state folder in, a held lock out.

The lock is an OS file lock (`flock`) on `<state>/build.lock`, so it is
released by the kernel when its holder exits for any reason, `kill -9`
included: a crashed build never leaves a stale lock behind.  The file also
records the holder's pid and start time, for the message the second build
prints while it waits (or when it gives up under `--no-wait`).
"""

from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from ..errors import BriefingError

LOCK_NAME = "build.lock"
POLL_SECONDS = 0.2


class LockBusy(BriefingError):
    """Another build holds the lock and we were told not to wait."""


@contextmanager
def hold(state: Path, *, wait: bool = True, timeout: float | None = None,
         log: Callable[[str], None] = lambda m: None) -> Iterator[Path]:
    """Hold the build lock of `state` for the `with` block.

    When another build holds it: wait (saying so once) until it is free or
    `timeout` seconds pass, or with `wait=False` raise `LockBusy` at once."""
    path = Path(state) / LOCK_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+", encoding="utf-8")
    except OSError as error:
        raise BriefingError(f"cannot use the state folder {path.parent}: "
                            f"{error.strerror or error}") from None
    try:
        _acquire(handle, path, wait=wait, timeout=timeout, log=log)
        _record_holder(handle)
        _HELD.add(handle.fileno())
        yield path
    finally:
        _HELD.discard(handle.fileno())
        handle.close()  # closing the file releases the flock


_HELD: set[int] = set()
"""File descriptors of the locks this process holds."""


def _release_in_child() -> None:
    """In a process forked while a lock is held (a PDF writer, a worker):
    let go of the lock's file, so that the lock lives exactly as long as
    the build that took it, never as long as a child that outlives it.
    (flock belongs to the open file, which a fork shares: the child's copy
    is replaced by /dev/null, which leaves the parent's lock untouched.)"""
    if not _HELD:
        return
    devnull = os.open(os.devnull, os.O_RDONLY)
    for fd in _HELD:
        try:
            os.dup2(devnull, fd)
        except OSError:
            pass
    os.close(devnull)
    _HELD.clear()


os.register_at_fork(after_in_child=_release_in_child)


def _acquire(handle, path: Path, *, wait: bool, timeout: float | None, log) -> None:
    if _try_lock(handle):
        return
    holder = describe_holder(path)
    if not wait:
        raise LockBusy(f"another build is running on these outputs ({holder}); "
                       "try again later or drop --no-wait to wait for it")
    log(f"another build is running on these outputs ({holder}); waiting for it to finish")
    deadline = None if timeout is None else time.monotonic() + timeout
    # Polling rather than a blocking flock keeps Ctrl-C and SIGTERM responsive.
    while not _try_lock(handle):
        if deadline is not None and time.monotonic() > deadline:
            raise LockBusy(f"gave up after {timeout:g} s waiting for another build ({holder})")
        time.sleep(POLL_SECONDS)


def _try_lock(handle) -> bool:
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _record_holder(handle) -> None:
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()}, started {started}\n")
    handle.flush()


def describe_holder(path: Path) -> str:
    """Who holds the lock at `path`, as recorded by the holder."""
    try:
        text = Path(path).read_text(encoding="utf-8").strip()
    except OSError:
        text = ""
    return text or "holder unknown"
