"""The `briefing` command line: arguments in, an exit code out.

`main(argv)` never lets a traceback reach the analyst: a `BriefingError`
becomes one line on stderr and its exit code (see `briefing.errors`).
The commands parse and report; `pipeline.build` does the work:

    cli/__init__.py    main, the parser, errors -> exit codes
    cli/build.py       build, clean
    cli/regenerate.py  fetch, schedule, watch, editions
    cli/options.py     the build options (build, watch, schedule) -> Config
    cli/report.py      log lines, progress, the files written
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from typing import Callable, Sequence, TextIO

from .. import __version__
from ..errors import EXIT_ERROR, EXIT_OK, EXIT_USAGE, BriefingError
from ..safe_text import printable
from . import build as build_commands
from . import regenerate as regenerate_commands

Build = Callable[..., object]
"""`pipeline.build`'s signature: (config, *, log, force, wait, progress) -> BuildResult."""

DESCRIPTION = """\
Turn a folder of news articles on one subject into a policy brief:
PDF, editable DOCX, HTML and a JSON export of the structured summary layer.
Every sentence, figure and quote in the brief cites the article and passage
it came from."""

MAIN_EPILOG = """\
examples:
  briefing build articles/ --out briefs/          # articles -> briefs/brief.{pdf,docx,html,json}
  briefing clean articles/story.html --report     # what the cleaner made of one article
  briefing fetch --sources-file sources.toml      # fetch URLs and feeds into the corpus
  briefing schedule --cron "0 6 * * 1-5" --out briefs/ --install-cron
  briefing watch articles/ --every 6h             # rebuild on a schedule and on changes
  briefing editions --out briefs/                 # past editions and what changed in each

`briefing COMMAND --help` explains each command's options, with examples."""


def main(argv: Sequence[str] | None = None, *, build: Build | None = None, stdout: TextIO = sys.stdout,
         stderr: TextIO = sys.stderr) -> int:
    """Run the command line with `argv`; return the exit code.  `build` is
    what builds a brief (`pipeline.build`, imported only when a command
    builds, so `--help` stays quick); tests hand in their own."""
    parser = make_parser()
    try:
        args = parser.parse_args(files_as_sources(sys.argv[1:] if argv is None else list(argv)))
    except SystemExit as exit_:
        return EXIT_USAGE if exit_.code not in (0, None) else EXIT_OK
    if not getattr(args, "command", None):
        parser.print_help(stdout)
        return EXIT_USAGE
    try:
        return args.run(args, stdout, stderr, build or _pipeline_build)
    except BriefingError as error:
        print(f"briefing: error: {printable(str(error))}", file=stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("briefing: interrupted", file=stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # `briefing editions | head -1`: the reader has all it wanted.
        _silence(stdout)
        return EXIT_OK
    except Exception as error:  # noqa: BLE001 - a bug is still one line, not a traceback
        print(f"briefing: internal error: {type(error).__name__}: {printable(str(error))} "
              "(BRIEFING_DEBUG=1 shows the traceback)", file=stderr)
        if os.environ.get("BRIEFING_DEBUG"):
            traceback.print_exc(file=stderr)
        return EXIT_ERROR


def _pipeline_build(*args, **kwargs):
    from ..pipeline import build

    return build(*args, **kwargs)


SOURCE_COMMANDS = ("build", "watch", "schedule")


def files_as_sources(argv: list[str]) -> list[str]:
    """`argv` with each argument of a build command that starts with "-" but
    names an existing file made a path ("./--help"), so that
    `briefing build *` in a folder holding a file called `--help` builds
    rather than printing usage.  Arguments after `--` are always sources."""
    if not argv or argv[0] not in SOURCE_COMMANDS:
        return argv
    fixed, options_over = [argv[0]], False
    for arg in argv[1:]:
        if arg == "--":
            options_over = True
        elif not options_over and arg.startswith("-") and _is_file(arg):
            arg = os.path.join(os.curdir, arg)
        fixed.append(arg)
    return fixed


def _is_file(arg: str) -> bool:
    try:
        return os.path.lexists(arg)
    except (OSError, ValueError):
        return False


def _silence(stream: TextIO) -> None:
    """Point `stream` at /dev/null, so that flushing it at exit after its
    reader went away raises no second BrokenPipeError."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def make_parser() -> argparse.ArgumentParser:
    """The parser of every command: build and clean, then the regeneration
    commands (fetch, schedule, watch, editions)."""
    parser = argparse.ArgumentParser(prog="briefing", description=DESCRIPTION, epilog=MAIN_EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    build_commands.add_commands(commands)
    regenerate_commands.add_commands(commands)
    return parser


def main_entry() -> None:
    """Console-script entry point: exit with `main`'s code."""
    sys.exit(main())
