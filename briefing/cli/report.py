"""How the command line reports: log lines on stderr (control characters
escaped), a progress bar on a terminal, a count every few seconds elsewhere,
and the files a build wrote on stdout."""

from __future__ import annotations

from typing import Callable, TextIO

from ..safe_text import printable

Log = Callable[[str], None]


def logger(stream: TextIO, *, quiet: bool, progress=None) -> Log:
    """A log function printing to `stream` (through `progress`, so that a
    progress bar is not broken by the line); warnings only when `quiet`."""
    def log(message: str) -> None:
        # Messages name files, URLs and settings: control characters in
        # them are escaped, so no name can forge a log line.
        if not quiet or message.startswith("warning"):
            if progress is None:
                print(f"briefing: {printable(message)}", file=stream, flush=True)
            else:
                progress.print(f"briefing: {printable(message)}", stream)
    return log


def progress_logger(stream: TextIO, *, quiet: bool):
    """(log, progress) for a build reporting to `stream`: a progress bar
    when it is a terminal, a count in the log every few seconds otherwise,
    nothing but warnings when `quiet`."""
    from .. import progress

    shown = progress.for_stream(stream, quiet=quiet, log=logger(stream, quiet=quiet))
    return logger(stream, quiet=quiet, progress=shown), shown


def written(result, stdout: TextIO) -> int:
    """Print the files a build wrote; its exit code (3 when some sources
    were skipped or not fetched)."""
    from ..errors import EXIT_OK, EXIT_SKIPPED

    for path in result.written.values():
        print(printable(str(path)), file=stdout)
    return EXIT_SKIPPED if result.skipped or result.fetch_failed else EXIT_OK
