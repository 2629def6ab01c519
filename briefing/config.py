"""Configuration: packaged defaults, one TOML file over them, CLI flags over that.

`Config` documents every option where it is defined.  `load(path, overrides)`
reads a TOML file (the `[briefing]` table, or the top level) and applies the
command line's values; an unknown key or a value of the wrong type is a
`ConfigError` that names the key and the file.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_CONFIG_NAME = "briefing.toml"
FORMATS = ("pdf", "docx", "html", "json", "xlsx", "csv")
DEFAULT_FORMATS = FORMATS[:4]
PAPER_SIZES = ("A4", "Letter")


@dataclass(frozen=True, kw_only=True)
class Config:
    """Every option of a build.  Field docstrings are the reference."""

    sources: tuple[str, ...] = ("seeds",)
    """Folders or files to read articles from (.txt, .md, .html, .htm)."""

    out: str = "outputs"
    """Folder the brief is written to (brief.pdf, brief.docx, ...)."""

    formats: tuple[str, ...] = DEFAULT_FORMATS
    """Which outputs to write: any of pdf, docx, html, json (the default),
    xlsx (the layer's tables as a workbook) and csv (a brief-csv/ folder)."""

    title: str | None = None
    """The brief's title; by default one is made from the corpus's main theme."""

    subject: str | None = None
    """The subject line under the title; by default the top themes."""

    organization: str | None = None
    """Organization named in the title block, e.g. "Policy Unit"."""

    marking: str | None = None
    """Handling marking printed on every page, e.g. "FOR INTERNAL USE"."""

    paper: str = "A4"
    """Paper size of the PDF: A4 or Letter."""

    templates: str | None = None
    """A folder of templates searched before the packaged ones."""

    reference_docx: str | None = None
    """A Word file whose styles the DOCX uses (a house template)."""

    summary_sentences: int = 7
    """How many sentences the executive summary has (5-8 reads best)."""

    key_points: int = 4
    """How many key points each article's digest keeps (3-5)."""

    taxonomy: dict[str, list[str]] = field(default_factory=dict)
    """Optional theme names: {"Energy": ["pipeline", "gas"], ...}. A theme whose
    phrases occur in the corpus is named so (and kept even when small)."""

    state_dir: str | None = None
    """Where the digest cache and lock live; default: <out>/.state."""

    retention: int = 20
    """How many past editions to keep under <out>/editions/."""

    jobs: int = 0
    """Worker processes for distillation; 0 means one per core."""

    executor: str = "local"
    """Where distillation runs: "local" (processes) or "dask" (a cluster)."""

    scheduler: str | None = None
    """Dask scheduler address (tcp://HOST:8786) for executor = "dask"."""

    follow_symlinks: bool = False
    """Follow symbolic links that point outside the sources folders."""

    max_file_mb: float = 20.0
    """Larger input files are skipped with a warning."""

    config_path: str | None = None
    """The TOML file these values came from (set by `load`)."""

    dask_wait_s: float = 60.0
    """How long a Dask build waits for a worker (at the start, or after the
    last one left) before it fails and releases the outputs."""

    max_article_words: int = 200_000
    """A longer article is cut after this many words (at a paragraph end),
    with a warning and a caveat in the brief saying what was kept."""

    worker_memory_mb: int = 2048
    """Memory ceiling of each worker process (its address space); an
    article that needs more is left out with a warning.  0: no ceiling."""

    article_seconds: int = 600
    """Time limit (CPU seconds) for cleaning and analysing one article; a
    slower one is left out with a warning.  0: no limit."""

    sources_file: str | None = None
    """A TOML file listing folders, article URLs and feeds (see `briefing
    fetch --help`): fetched into its corpus before each build, and its
    folders and corpus read besides `sources`."""

    post_build: str | None = None
    """A command run after a new edition is published, with the edition's
    folder (as `{edition}`, or appended); a failing one is a warning."""


_OPTIONS = {f.name: f for f in dataclasses.fields(Config) if f.name != "config_path"}


def load(path: str | os.PathLike | None = None, overrides: dict[str, Any] | None = None) -> Config:
    """A `Config` from the TOML file at `path` (or ./briefing.toml if it
    exists) with `overrides` (CLI values; None means "not given") on top."""
    values: dict[str, Any] = {}
    source = _config_file(path)
    if source is not None:
        values.update(_read_toml(source))
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    config = Config(**{k: _coerce(k, v, source) for k, v in values.items()},
                    config_path=str(source) if source else None)
    validate(config)
    return config


def validate(config: Config) -> None:
    """Raise ConfigError for values of the right type but outside their range."""
    where = f" in {config.config_path}" if config.config_path else ""
    bad = [f for f in config.formats if f not in FORMATS]
    if bad or not config.formats:
        raise ConfigError(f"unknown format {', '.join(bad) or '(none)'}{where}; choose from {', '.join(FORMATS)}")
    if config.paper not in PAPER_SIZES:
        raise ConfigError(f"paper must be A4 or Letter{where}, not {config.paper!r}")
    if config.executor not in ("local", "dask"):
        raise ConfigError(f"executor must be local or dask{where}, not {config.executor!r}")
    if config.executor == "dask" and not config.scheduler:
        raise ConfigError("executor dask needs a scheduler address (--scheduler tcp://HOST:8786)")
    if not 1 <= config.summary_sentences <= 20:
        raise ConfigError(f"summary_sentences must be between 1 and 20{where}")
    check_ranges(config, where)


RANGES: dict[str, tuple[float, float]] = {
    "max_file_mb": (0.001, 10_000), "key_points": (1, 20), "retention": (1, 100_000),
    "jobs": (0, 1024), "max_article_words": (1, 100_000_000), "worker_memory_mb": (0, 1_000_000),
    "article_seconds": (0, 86_400),
}
"""The range each numeric setting must lie in (both ends included)."""


def check_ranges(config: Config, where: str = "") -> None:
    """Raise ConfigError naming the setting when a number is NaN, infinite
    or out of `RANGES`, or when the templates folder does not exist."""
    import math

    for name, (low, high) in RANGES.items():
        value = getattr(config, name)
        if not math.isfinite(value) or not low <= value <= high:
            raise ConfigError(f"{name}{where} must be between {low:g} and {high:g}, not {value!r}")
    if config.templates is not None and not Path(config.templates).is_dir():
        raise ConfigError(f"templates{where}: no such folder {config.templates}")


def _config_file(path: str | os.PathLike | None) -> Path | None:
    if path is not None:
        candidate = Path(path)
        if not candidate.is_file():
            raise ConfigError(f"config file not found: {candidate}")
        return candidate
    default = Path(DEFAULT_CONFIG_NAME)
    return default if default.is_file() else None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None
    _check_tables(data, path)
    table = data.get("briefing", data)
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [briefing] must be a table")
    for key in table:
        if key not in _OPTIONS:
            raise ConfigError(f"{path}: unknown key {key!r} (known: {', '.join(sorted(_OPTIONS))})")
    return dict(table)


def _check_tables(data: dict[str, Any], path: Path) -> None:
    """A ConfigError naming every table beside [briefing] (a misspelled
    "[briefng.taxonomy]", a sources file's "[fetch]"): read as nothing, it
    would be silently ignored."""
    if "briefing" not in data:
        return  # settings at the top level: an unknown key is caught there
    strays = [name for key, value in data.items() if key != "briefing" for name in _table_names(key, value)]
    if strays:
        hint = " ([fetch] belongs in a sources file, see briefing fetch --help)" if "fetch" in data else \
            "; settings go under [briefing], e.g. [briefing.taxonomy]"
        raise ConfigError(f"{path}: unknown settings outside [briefing]: {', '.join(strays)}{hint}")


def _table_names(key: str, value: Any) -> list[str]:
    """How a top-level entry is written in the file: "[briefng.taxonomy]"
    for a table holding only tables, "[fetch]" for a table, the key otherwise."""
    if isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()):
        return [f"[{key}.{sub}]" for sub in value]
    return [f"[{key}]" if isinstance(value, dict) else key]


def _coerce(key: str, value: Any, source: Path | None) -> Any:
    """`value` converted to the option's type, or a ConfigError naming both."""
    where = f" in {source}" if source else ""
    if key not in _OPTIONS:
        raise ConfigError(f"unknown option {key!r}{where}")
    hint = typing.get_type_hints(Config)[key]
    try:
        return _as_type(hint, value)
    except (TypeError, ValueError):
        raise ConfigError(f"{key}{where} must be {_describe(hint)}, not {value!r}") from None


def _as_type(hint: Any, value: Any) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple:
        items = value.split(",") if isinstance(value, str) else value
        if not isinstance(items, (list, tuple)) or not all(isinstance(i, str) for i in items):
            raise TypeError
        return tuple(i.strip() for i in items if i.strip())
    if origin is dict:
        if not isinstance(value, dict) or not all(isinstance(v, list) for v in value.values()):
            raise TypeError
        return {str(k): [str(x) for x in v] for k, v in value.items()}
    if args and type(None) in args:
        return None if value is None else _as_type(next(a for a in args if a is not type(None)), value)
    if hint is bool and not isinstance(value, bool):
        raise TypeError
    if hint in (int, float) and (isinstance(value, bool) or not isinstance(value, (int, float))):
        raise TypeError
    if hint is int and not isinstance(value, int):  # 7.9 is no count
        raise TypeError
    if hint is str and not isinstance(value, str):
        raise TypeError
    return hint(value)


def _describe(hint: Any) -> str:
    origin = typing.get_origin(hint)
    if origin is tuple:
        return "a list of strings"
    if origin is dict:
        return "a table of lists"
    names = [getattr(a, "__name__", str(a)) for a in typing.get_args(hint) if a is not type(None)]
    return "a " + (names[0] if names else getattr(hint, "__name__", str(hint)))


def state_dir(config: Config) -> Path:
    """The folder holding the cache and lock for `config`'s outputs."""
    return Path(config.state_dir) if config.state_dir else Path(config.out) / ".state"
