"""A `Brief` in, files out: one renderer per format, registered by name.

Every renderer draws the same `Brief`; none computes anything another lacks.
Files are written into `out` under the names brief.<format>, except the
outputs `OUTPUTS` names (the CSV tables are a folder, brief-csv/).
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from ..config import Config
from ..errors import BriefingError
from ..models import Brief
from ..progress import TICK_S

Renderer = Callable[[Brief, Config, Path], None]
RENDERERS: dict[str, Renderer] = {}
OUTPUTS = {"csv": "brief-csv"}
"""Formats whose output is not the file brief.<format>: a folder of files."""

ALONGSIDE_BELOW = 500
"""A brief over fewer articles writes its PDF in a forked process while
this one writes the other formats: WeasyPrint is most of a small build's
time, and the machine has a second core.  A larger brief renders one
format after another, so its memory is not held twice."""


def renderer(name: str) -> Callable[[Renderer], Renderer]:
    """Register the decorated function as the renderer of format `name`."""
    def register(function: Renderer) -> Renderer:
        RENDERERS[name] = function
        return function
    return register


def output_name(name: str) -> str:
    """The file (or folder) format `name` is written to: brief.pdf, brief-csv."""
    return OUTPUTS.get(name, f"brief.{name}")


def render(brief: Brief, config: Config, out: Path, *, log: Callable[[str], None] = lambda m: None,
           step: Callable[[str], None] = lambda name: None) -> dict[str, Path]:
    """Write each of `config.formats` into `out`; the paths written, by
    format.  `step(name)` is called as each format starts (the progress bar)."""
    _load_renderers()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BriefingError(f"cannot write to {out}: {error.strerror or error}") from None
    with private_temp():
        return _render_all(brief, config, out, log=log, step=step)


def _render_all(brief: Brief, config: Config, out: Path, *, log: Callable[[str], None],
                step: Callable[[str], None]) -> dict[str, Path]:
    names = list(config.formats)
    alongside = _pdf_alongside(brief, config, out / "brief.pdf", names)
    written = {}
    try:
        for name in names:
            path = out / output_name(name)
            log(f"writing {path}")
            if name != "pdf" or alongside is None:
                step(name)
                RENDERERS[name](brief, config, path)
            written[name] = path
    except BaseException:
        if alongside is not None:
            alongside.stop()  # nothing may write into a folder about to be discarded
        raise
    if alongside is not None:
        step("pdf")
        alongside.wait(step)
    return written


PRIVATE_PREFIX = "briefing-render-"


def sweep_orphans(folder: Path) -> None:
    """Remove the private folders (`private_temp`) in `folder` left by
    builds whose process is gone; those of running builds, and any folder
    not named by `private_temp`, stay."""
    for left in folder.glob(f"{PRIVATE_PREFIX}*-*"):
        pid = left.name[len(PRIVATE_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(left, ignore_errors=True)


def _running(pid: int) -> bool:
    """Whether process `pid` exists (one of another user's counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def private_temp() -> Iterator[None]:
    """Temporary files go into a folder of their own for the `with` block,
    which is deleted at its end, even on failure.  WeasyPrint copies the
    fonts into a `weasyprint-*` folder that it removes only when its font
    configuration is garbage-collected: never in the forked process that
    writes the PDF (it ends with os._exit, or is killed when another format
    fails).  The fork inherits the setting; this process removes the folder.
    A build killed outright (SIGKILL, a scheduler's timeout) cannot remove
    its folder: the folder is named after its process, and the next build
    removes those of processes no longer running (`sweep_orphans`)."""
    sweep_orphans(Path(tempfile.gettempdir()))
    with tempfile.TemporaryDirectory(prefix=f"{PRIVATE_PREFIX}{os.getpid()}-") as private:
        before, tempfile.tempdir = tempfile.tempdir, private
        try:
            yield
        finally:
            tempfile.tempdir = before


class _Alongside:
    """The PDF written by a forked copy of this process."""

    def __init__(self, brief: Brief, config: Config, path: Path):
        context = multiprocessing.get_context("fork")
        self.receive, send = context.Pipe(duplex=False)
        self.process = context.Process(target=_write_pdf, args=(brief, config, path, send), daemon=True)
        self.process.start()
        send.close()

    def wait(self, step: Callable[[str], None] = lambda name: None) -> None:
        """Return once the PDF is written; raise what the child raised.
        `step("pdf")` again every `TICK_S` meanwhile, so a bar keeps moving."""
        try:
            while not self.receive.poll(TICK_S):
                step("pdf")
            failure = self.receive.recv()
        except EOFError:
            failure = f"the PDF process ended without a word (exit code {self.process.exitcode})"
        self.process.join()
        if failure:
            raise BriefingError(f"could not write the PDF: {failure}")

    def stop(self) -> None:
        self.process.kill()
        self.process.join()


def _pdf_alongside(brief: Brief, config: Config, path: Path, names: list[str]) -> _Alongside | None:
    """Start the PDF in a forked process when that is worth it and safe
    (a small brief, other formats to write meanwhile, no other threads)."""
    if "pdf" not in names or len(names) < 2 or len(brief.articles) >= ALONGSIDE_BELOW \
            or threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    from .html import brief_charts

    brief_charts(brief)  # drawn once, here, for both processes
    return _Alongside(brief, config, path)


def _write_pdf(brief: Brief, config: Config, path: Path, send) -> None:
    """In the forked process: write the PDF, then send "" or what failed."""
    die_with_parent()
    try:
        RENDERERS["pdf"](brief, config, path)
        send.send("")
    except BaseException as error:  # noqa: BLE001 - reported by the parent
        send.send(str(error) or type(error).__name__)
    finally:
        send.close()


def die_with_parent() -> None:
    """Make the kernel kill this (forked) process when its parent dies, so a
    build killed with -9 while writing the PDF leaves no writer behind.
    Linux only (prctl PR_SET_PDEATHSIG); elsewhere a no-op."""
    import ctypes
    import os
    import signal

    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the call took effect
        os._exit(1)


def _load_renderers() -> None:
    # Imported here so that `briefing clean` never pays for WeasyPrint.
    from . import docx, html, json, pdf, sheets  # noqa: F401
