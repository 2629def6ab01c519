"""The regeneration commands of the command line: `fetch`, `schedule`,
`watch` and `editions`.  Parsed arguments in, an exit code out, as for
`build` (whose options `schedule` and `watch` take too, see `cli.options`).
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from ..errors import EXIT_OK, EXIT_SKIPPED, BriefingError
from . import options, report


def add_commands(commands) -> None:
    """Add fetch, schedule, watch and editions to the `commands` subparsers."""
    _add_fetch(commands)
    _add_schedule(commands)
    _add_watch(commands)
    _add_editions(commands)


FETCH_EPILOG = """\
the sources file (TOML; relative paths are relative to it):
  corpus = "corpus"                        # where fetched articles are stored
  folders = ["articles"]                   # folders read as they are
  urls = ["https://example.org/story.html"]
  feeds = ["https://example.org/rss.xml"]  # RSS or Atom
  [fetch]                                  # optional; these are the defaults
  timeout = 20                             # seconds per request
  retries = 3                              # extra attempts after a network error or 5xx
  max_mb = 5                               # larger responses are refused
  max_items = 50                           # entries read per feed

examples:
  briefing fetch --sources-file sources.toml                # new articles into its corpus
  briefing fetch --sources-file sources.toml --corpus news/
  briefing build --sources-file sources.toml --out briefs/  # fetch, then build

An article already in the corpus (same URL or same text) is not fetched
again.  Exit code 3 when some URLs failed (each named in a warning)."""

WATCH_EPILOG = """\
examples:
  briefing watch articles/ --out briefs/ --every 6h
  briefing watch --sources-file sources.toml --cron "0 6 * * *" --log-file /var/log/brief.log
  briefing watch articles/ --every 1d --poll 2m -q

Each build is logged (with counts every 30 s while it runs) to the log file,
<out>/.state/watch.log by default."""

EDITIONS_EPILOG = """\
examples:
  briefing editions                  # outputs/editions, newest first
  briefing editions --out briefs/

Each line: * for the latest, the edition's name (its UTC time), its article
count and formats, its folder; under it, what changed since the edition
before it (articles new, changed and dropped; new people, figures,
viewpoints and events)."""


def _add_fetch(commands) -> None:
    fetch = commands.add_parser("fetch", help="fetch articles from URLs and feeds into the corpus",
                                description="Fetch the article URLs and RSS/Atom feeds a sources "
                                "file lists into the corpus folder (each with its URL and fetch "
                                "date), so the brief can be rebuilt offline.",
                                epilog=FETCH_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    fetch.add_argument("--sources-file", metavar="FILE", required=True,
                       help="TOML file: corpus, folders, urls, feeds, [fetch] limits")
    fetch.add_argument("--corpus", metavar="DIR", help="store articles here (default: the file's corpus)")
    fetch.add_argument("-q", "--quiet", action="store_true", help="print warnings and errors only")
    fetch.set_defaults(run=_run_fetch)


def _add_schedule(commands) -> None:
    schedule = commands.add_parser(
        "schedule", help="print (or install) a cron line and systemd units for regular builds",
        epilog='examples:\n  briefing schedule --cron "0 6 * * 1-5" articles/ --out briefs/ --install-cron\n'
               '  briefing schedule --cron "0 6 * * *" --install   # systemd user timer',
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Print a crontab line and systemd service and timer units that run "
        "`briefing build` with the options given here, from the current folder.")
    schedule.add_argument("--cron", metavar="EXPR", required=True, help='when, e.g. "0 6 * * *"')
    schedule.add_argument("--install", action="store_true",
                          help="write the systemd units for the current user")
    schedule.add_argument("--install-cron", action="store_true",
                          help="add the line to your crontab (an earlier one for the same outputs "
                          "is replaced; other lines are kept)")
    schedule.add_argument("--unit-dir", metavar="DIR", help="where --install writes them "
                          "(default: ~/.config/systemd/user)")
    options.add_to(schedule)
    schedule.set_defaults(run=_run_schedule)


def _add_watch(commands) -> None:
    watch = commands.add_parser(
        "watch", help="rebuild on a schedule and when sources change (for containers)",
        epilog=WATCH_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Build now, then on schedule and soon after the sources change, "
        "until stopped (SIGTERM or Ctrl-C).  Failed builds are logged; the loop goes on.")
    when = watch.add_mutually_exclusive_group()
    when.add_argument("--every", metavar="INTERVAL", help="e.g. 30m, 6h, 1d (default: 1d)")
    when.add_argument("--cron", metavar="EXPR", help='cron schedule, e.g. "0 6 * * *"')
    watch.add_argument("--poll", metavar="INTERVAL", default="30s",
                       help="how often to look for changed sources (default: 30s)")
    watch.add_argument("--log-file", metavar="FILE", help="default: <state folder>/watch.log")
    options.add_to(watch)
    watch.set_defaults(run=_run_watch)


def _add_editions(commands) -> None:
    editions = commands.add_parser("editions", help="list the published editions of the brief",
                                   description="List the editions kept under <out>/editions/, "
                                   "newest first, with what changed in each.",
                                   epilog=EDITIONS_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    editions.add_argument("--out", metavar="DIR", default="outputs", help="output folder (default: outputs/)")
    editions.set_defaults(run=_run_editions)


def _run_editions(args, stdout: TextIO, stderr: TextIO, build) -> int:
    from pathlib import Path

    from ..regenerate import editions
    from ..regenerate.manifest import Manifest
    from ..regenerate.whatsnew import changes

    out = Path(args.out)
    latest = getattr(editions.latest(out), "edition", None)
    names = editions.names(out)
    # An unreadable manifest still lists its edition, with nothing known of it.
    manifests = {name: editions.read_manifest(editions.folder(out) / name) or Manifest(edition=name)
                 for name in names}
    for older, name in reversed(list(zip([None, *names], names))):
        manifest = manifests[name]
        mark = "*" if name == latest else " "
        print(f"{mark} {name}  {len(manifest.inputs)} article(s)  "
              f"{', '.join(manifest.formats)}  {editions.folder(out) / name}", file=stdout)
        print(f"    {changes(manifests[older] if older else None, manifest)}", file=stdout)
    if not latest:
        raise BriefingError(f"no edition in {out} yet; run briefing build first")
    return EXIT_OK


def _run_fetch(args, stdout: TextIO, stderr: TextIO, build) -> int:
    from ..regenerate import fetch

    log = report.logger(stderr, quiet=args.quiet)
    sources = fetch.load_sources(args.sources_file, corpus=args.corpus)
    fetched = fetch.fetch_all(sources, log=log)
    for path in fetched.stored:
        print(path, file=stdout)
    log(f"{len(fetched.stored)} new, {fetched.known} already in {sources.corpus}, "
        f"{len(fetched.failed)} failed")
    return EXIT_SKIPPED if fetched.failed else EXIT_OK


def _run_schedule(args, stdout: TextIO, stderr: TextIO, build) -> int:
    from pathlib import Path

    from .. import config as config_module
    from ..regenerate import schedule

    given = options.BuildOptions.parsed(args)
    config = given.load_config()
    command = [sys.executable, "-m", "briefing", "build", *given.argv()]
    log_file = config_module.state_dir(config).resolve() / "schedule.log"
    units = schedule.units(args.cron, command, workdir=Path.cwd(), log_file=log_file,
                           name=schedule.unit_name(Path(config.out)))
    print(f"# crontab line (add with `crontab -e`):\n{units.crontab}\n", file=stdout)
    print(f"# {units.name}.service\n{units.service}", file=stdout)
    print(f"# {units.name}.timer\n{units.timer}", file=stdout)
    print(f"# next run: {units.next_run}", file=stdout)
    if args.install:
        unit_dir = Path(args.unit_dir) if args.unit_dir else schedule.default_unit_dir()
        for path in schedule.install(units, unit_dir):
            print(f"wrote {path}", file=stderr)
        print(f"enable with: systemctl --user daemon-reload && "
              f"systemctl --user enable --now {units.name}.timer", file=stderr)
    if args.install_cron:
        schedule.install_crontab(units)
        print(f"added to your crontab (see `crontab -l`); next run: {units.next_run}", file=stderr)
    return EXIT_OK


def _run_watch(args, stdout: TextIO, stderr: TextIO, build) -> int:
    import threading
    from pathlib import Path

    from .. import config as config_module
    from ..progress import SILENT, LogProgress
    from ..regenerate import watch

    every = watch.parse_every(args.every) if args.every else None
    if args.cron:
        from ..regenerate import schedule
        schedule.check_cron(args.cron)
    given = options.BuildOptions.parsed(args)
    config = given.load_config()
    log_file = Path(args.log_file) if args.log_file else config_module.state_dir(config) / "watch.log"
    log = watch.file_logger(log_file, echo=report.logger(stderr, quiet=given.quiet))
    stop = threading.Event()
    watch.stop_on_signals(stop, log)
    sources = watch.watched(config)
    log(f"watching {', '.join(sources)}; logging to {log_file}")
    shown = SILENT if given.quiet else LogProgress(log)  # the watch log is no terminal
    watch.run(lambda: report.written(build(config, log=log, wait=not given.no_wait, progress=shown), stdout),
              sources=sources, stop=stop, every=every, cron=args.cron, poll=watch.parse_every(args.poll),
              ignore=Path(config.out), log=log)
    return EXIT_OK
