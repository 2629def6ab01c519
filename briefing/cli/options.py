"""The options `build`, `watch` and `schedule` share: one table that
declares them to argparse, reads them back as a typed `BuildOptions`, turns
them into the build's `Config`, and writes them out again as an argument
list (the command `schedule` installs)."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from typing import Any

from ..config import Config

OPTIONS: tuple[tuple[tuple[str, ...], dict[str, Any]], ...] = (
    (("sources",), dict(nargs="*", metavar="SOURCES", help="folders or .txt/.md/.html files (default: seeds/)")),
    (("--out",), dict(metavar="DIR", help="output folder (default: outputs/)")),
    (("--formats",), dict(metavar="LIST", help="comma-separated: pdf,docx,html,json,xlsx,csv "
                          "(default: pdf,docx,html,json)")),
    (("--title",), dict(metavar="TEXT", help="the brief's title (default: from the main theme)")),
    (("--templates",), dict(metavar="DIR", help="folder with brief.html/brief.css to use instead")),
    (("--reference-docx",), dict(metavar="FILE", help="Word file whose styles the DOCX uses (a house template)")),
    (("--config",), dict(metavar="FILE", help="TOML settings file (default: ./briefing.toml)")),
    (("-q", "--quiet"), dict(action="store_true", help="print warnings and errors only")),
    (("--sources-file",), dict(metavar="FILE", help="TOML list of folders, article URLs and feeds; fetched first")),
    (("--no-wait",), dict(action="store_true",
                          help="exit at once if another build is running on the same outputs")),
    (("--post-build",), dict(metavar="CMD", help="command run after a new edition is published, with its folder")),
    (("--jobs",), dict(metavar="N", type=int, help="worker processes for distillation (default: 0 = one per core)")),
    (("--executor",), dict(choices=("local", "dask"),
                           help="where distillation runs: local processes or a Dask cluster (default: local)")),
    (("--scheduler",), dict(metavar="ADDR", help="Dask scheduler address, e.g. tcp://HOST:8786")),
)
"""(flags, argparse keywords) of each build option, in the order `--help`
lists them and `BuildOptions.argv` writes them."""

PATHS = {"sources", "out", "config", "templates", "sources_file", "reference_docx"}
"""Options naming files or folders: made absolute in `argv`."""


@dataclass(frozen=True, kw_only=True)
class BuildOptions:
    """The build options as given on the command line (None: not given)."""

    sources: tuple[str, ...] = ()
    out: str | None = None
    formats: str | None = None
    title: str | None = None
    templates: str | None = None
    reference_docx: str | None = None
    config: str | None = None
    quiet: bool = False
    sources_file: str | None = None
    no_wait: bool = False
    post_build: str | None = None
    jobs: int | None = None
    executor: str | None = None
    scheduler: str | None = None

    @classmethod
    def parsed(cls, args) -> "BuildOptions":
        """The build options of parsed arguments `args`."""
        values = {f.name: getattr(args, f.name) for f in dataclasses.fields(cls)}
        return cls(**{**values, "sources": tuple(values["sources"] or ())})

    def load_config(self) -> Config:
        """The `Config` these options describe, over the settings file."""
        from .. import config as config_module

        # With a sources file and no SOURCES, only the file's folders are read.
        sources = self.sources or (() if self.sources_file else None)
        overrides = {"sources": sources, "out": self.out, "formats": self.formats, "title": self.title,
                     "templates": self.templates, "reference_docx": self.reference_docx, "jobs": self.jobs,
                     "executor": self.executor, "scheduler": self.scheduler,
                     "sources_file": self.sources_file, "post_build": self.post_build}
        return config_module.load(self.config, overrides)

    def argv(self) -> list[str]:
        """These options as an argument list for `briefing build`, paths
        made absolute so the command works from anywhere."""
        argv: list[str] = []
        for flags, _ in OPTIONS:
            name = flags[-1].lstrip("-").replace("-", "_")
            value = getattr(self, name)
            if value in (None, False, ()):
                continue
            values = [os.path.abspath(v) if name in PATHS else str(v)
                      for v in (value if isinstance(value, tuple) else (value,))]
            flag = [flags[-1]] if flags[-1].startswith("-") else []
            argv += flag if value is True else flag + values
        return argv


def add_to(parser) -> None:
    """Declare the build options on `parser` (build, watch, schedule)."""
    for flags, keywords in OPTIONS:
        parser.add_argument(*flags, **keywords)
