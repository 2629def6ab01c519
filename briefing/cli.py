"""The `briefing` command line: arguments in, an exit code out.

`main(argv)` never lets a traceback reach the analyst: a `BriefingError`
becomes one line on stderr and its exit code (see `briefing.errors`).
"""

from __future__ import annotations

import argparse
import sys
from typing import Callable, Sequence, TextIO

from . import __version__
from .errors import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, BriefingError

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

Settings can also come from a TOML file (./briefing.toml or --config FILE);
flags override it.  Exit codes: 0 built, 1 error, 2 usage error,
3 built but some sources were skipped (each named in a warning)."""

CLEAN_EPILOG = """\
The text printed is exactly what the pipeline analyses: every character
offset (start/end) in brief.json points into it.  --report lists what was
removed, merged or mended, and the rule that did it."""


def main(argv: Sequence[str] | None = None, *, stdout: TextIO = sys.stdout,
         stderr: TextIO = sys.stderr) -> int:
    """Run the command line with `argv`; return the exit code."""
    parser = make_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return EXIT_USAGE if exit_.code not in (0, None) else EXIT_OK
    if not getattr(args, "command", None):
        parser.print_help(stdout)
        return EXIT_USAGE
    try:
        return args.run(args, stdout, stderr)
    except BriefingError as error:
        print(f"briefing: error: {error}", file=stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("briefing: interrupted", file=stderr)
        return EXIT_ERROR


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_build(commands)
    _add_clean(commands)
    return parser


def _add_build(commands) -> None:
    build = commands.add_parser("build", help="build the brief from articles",
                                description="Build the brief from a folder (or files) of articles.",
                                epilog=BUILD_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    build.add_argument("sources", nargs="*", metavar="SOURCES",
                       help="folders or .txt/.md/.html files (default: seeds/)")
    build.add_argument("--out", metavar="DIR", help="output folder (default: outputs/)")
    build.add_argument("--formats", metavar="LIST", help="comma-separated: pdf,docx,html,json (default: all)")
    build.add_argument("--title", metavar="TEXT", help="the brief's title (default: from the main theme)")
    build.add_argument("--templates", metavar="DIR", help="folder with brief.html/brief.css to use instead")
    build.add_argument("--config", metavar="FILE", help="TOML settings file (default: ./briefing.toml)")
    build.add_argument("-q", "--quiet", action="store_true", help="print warnings and errors only")
    build.set_defaults(run=_run_build)


def _add_clean(commands) -> None:
    clean = commands.add_parser("clean", help="print one article's cleaned text",
                                description="Print the cleaned text of one article.",
                                epilog=CLEAN_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    clean.add_argument("file", metavar="FILE", help="a .txt, .md or .html article")
    clean.add_argument("--report", action="store_true", help="list what was removed or mended, and why")
    clean.set_defaults(run=_run_clean)


def _run_build(args, stdout: TextIO, stderr: TextIO) -> int:
    from . import config as config_module
    from .pipeline import build

    overrides = {"sources": tuple(args.sources) or None, "out": args.out, "formats": args.formats,
                 "title": args.title, "templates": args.templates}
    config = config_module.load(args.config, overrides)
    result = build(config, log=_logger(stderr, quiet=args.quiet))
    for name, path in result.written.items():
        print(path, file=stdout)
    return EXIT_SKIPPED if result.skipped else EXIT_OK


def _run_clean(args, stdout: TextIO, stderr: TextIO) -> int:
    from pathlib import Path

    from . import clean, ingest

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


def _logger(stream: TextIO, *, quiet: bool) -> Callable[[str], None]:
    def log(message: str) -> None:
        if not quiet or message.startswith("warning"):
            print(f"briefing: {message}", file=stream, flush=True)
    return log


def main_entry() -> None:
    """Console-script entry point: exit with `main`'s code."""
    sys.exit(main())
