"""The `briefing` command line: arguments in, an exit code out.

`main(argv)` never lets a traceback reach the analyst: a `BriefingError`
becomes one line on stderr and its exit code (see `briefing.errors`).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from typing import Callable, Sequence, TextIO

from .. import __version__
from ..safe_text import printable
from ..errors import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, BriefingError

DESCRIPTION = """\
Turn a folder of news articles on one subject into a policy brief:
PDF, editable DOCX, HTML and a JSON export of the structured summary layer.
Every sentence, figure and quote in the brief cites the article and passage
it came from."""

BUILD_EPILOG = """\
examples:
  briefing build                          # seeds/ -> outputs/brief.{pdf,docx,html,json}
  briefing build articles/ --out briefs/  # another folder
  briefing build a.txt b.html --formats pdf,json --title "Energy ties"

An argument that starts with "-" but names an existing file or folder is a
source (so `briefing build *` never mistakes a file called --help for a
flag); everything after `--` is a source too.

Settings can also come from a TOML file (./briefing.toml or --config FILE);
flags override it.  Exit codes: 0 built, 1 error, 2 usage error,
3 built but some sources were skipped (each named in a warning)."""

CLEAN_EPILOG = """\
examples:
  briefing clean articles/story.html            # the text the brief is made from
  briefing clean articles/story.html --report   # and what was cut or mended, and why

The text printed is exactly what the pipeline analyses: every character
offset (start/end) in brief.json points into it.  --report lists what was
removed, merged or mended, and the rule that did it."""

MAIN_EPILOG = """\
examples:
  briefing build articles/ --out briefs/          # articles -> briefs/brief.{pdf,docx,html,json}
  briefing clean articles/story.html --report     # what the cleaner made of one article
  briefing fetch --sources-file sources.toml      # fetch URLs and feeds into the corpus
  briefing schedule --cron "0 6 * * 1-5" --out briefs/ --install-cron
  briefing watch articles/ --every 6h             # rebuild on a schedule and on changes
  briefing editions --out briefs/                 # past editions and what changed in each

`briefing COMMAND --help` explains each command's options, with examples."""


def main(argv: Sequence[str] | None = None, *, stdout: TextIO = sys.stdout,
         stderr: TextIO = sys.stderr) -> int:
    """Run the command line with `argv`; return the exit code."""
    parser = make_parser()
    try:
        args = parser.parse_args(files_as_sources(sys.argv[1:] if argv is None else list(argv)))
    except SystemExit as exit_:
        return EXIT_USAGE if exit_.code not in (0, None) else EXIT_OK
    if not getattr(args, "command", None):
        parser.print_help(stdout)
        return EXIT_USAGE
    try:
        return args.run(args, stdout, stderr)
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
    parser = argparse.ArgumentParser(prog="briefing", description=DESCRIPTION, epilog=MAIN_EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_build(commands)
    _add_clean(commands)
    # The regeneration commands live in their own module, which builds on
    # this one's build options (hence imported here, once this is loaded).
    from . import regenerate as cli_regenerate

    cli_regenerate.add_commands(commands)
    return parser


def _add_build(commands) -> None:
    build = commands.add_parser("build", help="build the brief from articles",
                                description="Build the brief from a folder (or files) of articles.",
                                epilog=BUILD_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    build_options(build)
    build.add_argument("--force", action="store_true",
                       help="render a new edition even when nothing changed")
    build.set_defaults(run=_run_build)


def build_options(build) -> None:
    """The options of `build`, shared by `watch` and `schedule`."""
    first = len(build._actions)
    build.add_argument("sources", nargs="*", metavar="SOURCES",
                       help="folders or .txt/.md/.html files (default: seeds/)")
    build.add_argument("--out", metavar="DIR", help="output folder (default: outputs/)")
    build.add_argument("--formats", metavar="LIST", help="comma-separated: pdf,docx,html,json,xlsx,csv "
                       "(default: pdf,docx,html,json)")
    build.add_argument("--title", metavar="TEXT", help="the brief's title (default: from the main theme)")
    build.add_argument("--templates", metavar="DIR", help="folder with brief.html/brief.css to use instead")
    build.add_argument("--reference-docx", metavar="FILE", help="Word file whose styles the DOCX uses (a house template)")
    build.add_argument("--config", metavar="FILE", help="TOML settings file (default: ./briefing.toml)")
    build.add_argument("-q", "--quiet", action="store_true", help="print warnings and errors only")
    build.add_argument("--sources-file", metavar="FILE",
                       help="TOML list of folders, article URLs and feeds; fetched first")
    build.add_argument("--no-wait", action="store_true",
                       help="exit at once if another build is running on the same outputs")
    build.add_argument("--post-build", metavar="CMD",
                       help="command run after a new edition is published, with its folder")
    build.add_argument("--jobs", metavar="N", type=int,
                       help="worker processes for distillation (default: 0 = one per core)")
    build.add_argument("--executor", choices=("local", "dask"),
                       help="where distillation runs: local processes or a Dask cluster (default: local)")
    build.add_argument("--scheduler", metavar="ADDR", help="Dask scheduler address, e.g. tcp://HOST:8786")
    build.set_defaults(build_actions=build._actions[first:])


def _add_clean(commands) -> None:
    clean = commands.add_parser("clean", help="print one article's cleaned text",
                                description="Print the cleaned text of one article.",
                                epilog=CLEAN_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    clean.add_argument("file", metavar="FILE", help="a .txt, .md or .html article")
    clean.add_argument("--report", action="store_true", help="list what was removed or mended, and why")
    clean.set_defaults(run=_run_clean)


def _run_build(args, stdout: TextIO, stderr: TextIO) -> int:
    log, progress = progress_logger(stderr, quiet=args.quiet)
    return build_and_publish(args, stdout, log, force=args.force, progress=progress)


def build_config(args):
    """The `Config` the build options in `args` describe."""
    from .. import config as config_module

    overrides = {"sources": tuple(args.sources) or None, "out": args.out, "formats": args.formats,
                 "title": args.title, "templates": args.templates, "reference_docx": args.reference_docx, "jobs": args.jobs,
                 "executor": args.executor, "scheduler": args.scheduler}
    config = config_module.load(args.config, overrides)
    return config


def build_and_publish(args, stdout: TextIO, log, *, force: bool = False, progress=None) -> int:
    """Fetch (with --sources-file), build, run the post-build hook; the exit code."""
    import dataclasses

    from ..pipeline import build
    from ..progress import SILENT
    from ..regenerate.publish import run_hook

    config = build_config(args)
    failed = ()
    if args.sources_file:
        sources, failed = _fetch_sources(args.sources_file, None, log)
        config = dataclasses.replace(config, sources=tuple(args.sources) + sources)
    result = build(config, log=log, force=force, wait=not args.no_wait, progress=progress or SILENT)
    for name, path in result.written.items():
        print(printable(str(path)), file=stdout)
    if args.post_build and not result.up_to_date:
        run_hook(args.post_build, result.edition, log=log)
    return EXIT_SKIPPED if result.skipped or failed else EXIT_OK


def _fetch_sources(sources_file: str, corpus: str | None, log):
    """Fetch what the sources file lists; (folders to build from, failures)."""
    from ..regenerate import fetch

    sources = fetch.load_sources(sources_file, corpus=corpus)
    report = fetch.fetch_all(sources, log=log)
    log(f"fetched {len(report.stored)} new article(s) into {sources.corpus}; "
        f"{report.known} already there, {len(report.failed)} failed")
    folders = tuple(str(f) for f in (*sources.folders, sources.corpus))
    return folders, report.failed


def _run_clean(args, stdout: TextIO, stderr: TextIO) -> int:
    from pathlib import Path

    from .. import clean, ingest

    path = Path(args.file)
    if not path.is_file():
        raise BriefingError(f"no such file: {path}")
    if path.suffix.lower() not in ingest.READERS:
        raise BriefingError(f"{path}: not an article (expected {', '.join(sorted(ingest.READERS))})")
    document, problem = ingest.read_file(path)
    if problem:
        raise BriefingError(f"{path}: {problem}")
    article = clean.clean(document)
    print(article.text, file=stdout)
    if args.report:
        print(clean.format_report(article), file=stderr)
    return EXIT_OK


def logger(stream: TextIO, *, quiet: bool, progress=None) -> Callable[[str], None]:
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


def main_entry() -> None:
    """Console-script entry point: exit with `main`'s code."""
    sys.exit(main())
