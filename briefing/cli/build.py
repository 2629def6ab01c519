"""The `build` and `clean` commands: parsed arguments in, an exit code out.
The build itself is `pipeline.build`, handed in by `briefing.cli.main`."""

from __future__ import annotations

import argparse
from typing import TextIO

from ..errors import EXIT_OK, BriefingError
from . import options, report

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


def add_commands(commands) -> None:
    """Add build and clean to the `commands` subparsers."""
    build = commands.add_parser("build", help="build the brief from articles",
                                description="Build the brief from a folder (or files) of articles.",
                                epilog=BUILD_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    options.add_to(build)
    build.add_argument("--force", action="store_true",
                       help="render a new edition even when nothing changed")
    build.set_defaults(run=run_build)
    clean = commands.add_parser("clean", help="print one article's cleaned text",
                                description="Print the cleaned text of one article.",
                                epilog=CLEAN_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    clean.add_argument("file", metavar="FILE", help="a .txt, .md or .html article")
    clean.add_argument("--report", action="store_true", help="list what was removed or mended, and why")
    clean.set_defaults(run=run_clean)


def run_build(args, stdout: TextIO, stderr: TextIO, build) -> int:
    """Build (with the injected `build`) and print the files written."""
    given = options.BuildOptions.parsed(args)
    log, progress = report.progress_logger(stderr, quiet=given.quiet)
    result = build(given.load_config(), log=log, force=args.force, wait=not given.no_wait, progress=progress)
    return report.written(result, stdout)


def run_clean(args, stdout: TextIO, stderr: TextIO, build) -> int:
    """Print the cleaned text of one article (and, with --report, what went)."""
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
