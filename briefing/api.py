"""The package's public Python entry point, for notebooks and scripts.

    import briefing.api as b
    brief = b.build(["seeds"], title="Energy ties")     # the CLI's pipeline
    brief = b.load_brief("outputs/brief.json")           # or a published brief
    frames = b.to_frames(brief)                          # one DataFrame per table
    frames["quotes"][["speaker", "text", "article", "start", "end"]]

`build` runs exactly what `briefing build` runs (ingest, clean, distill,
synthesize, render, publish); `load_brief` reads brief.json back into the
typed `Brief`; `to_frames` lays the brief out as tidy tables (documented in
the README, columns included).  Errors are `BriefingError`s with a
one-line message, as on the command line.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable

from . import config as config_module
from .errors import BriefingError, ConfigError
from .models import Article, Brief, Digest, from_dict
from .render.tables import to_frames

__all__ = ["Brief", "BriefingError", "build", "load_brief", "to_frames", "write_xlsx", "write_csv",
           "sentiment_toward"]

OPTIONS = tuple(name for name in config_module.Config.__dataclass_fields__ if name not in ("sources",
                                                                                         "config_path"))
"""The keyword options `build` takes: the fields of `Config`."""


def build(sources: str | os.PathLike | Iterable[str | os.PathLike] = ("seeds",), *,
          config: str | os.PathLike | None = None, force: bool = False,
          log: Callable[[str], None] | None = None, **options: Any) -> Brief:
    """Build the brief of `sources` (folders or article files) with the
    command line's pipeline; `options` are `Config` fields (`title`,
    `formats`, `out`, `summary_sentences`, ...) over the settings file
    `config` (default ./briefing.toml, as on the command line).

    With `out` the edition is published there as `briefing build --out`
    does; without it the brief is built in a temporary folder (as JSON
    only, unless `formats` says otherwise) that is removed afterwards.
    The Brief returned is the one brief.json holds: `load_brief` on the
    published file gives an equal one."""
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise ConfigError(f"unknown option {', '.join(map(repr, unknown))} for build(); "
                          f"known: {', '.join(OPTIONS)}")
    paths = (sources,) if isinstance(sources, (str, os.PathLike)) else tuple(sources)
    overrides = {**options, "sources": tuple(str(p) for p in paths)}
    if "out" not in options:
        with tempfile.TemporaryDirectory(prefix="briefing-") as out:
            overrides.setdefault("formats", ("json",))
            return _build(config_module.load(config, {**overrides, "out": out}), force, log)
    return _build(config_module.load(config, overrides), force, log)


def _build(config: config_module.Config, force: bool, log: Callable[[str], None] | None) -> Brief:
    from .pipeline import build as pipeline_build

    result = pipeline_build(config, log=log or (lambda message: None), force=force)
    if result.brief is not None:
        return layer(result.brief)
    if "json" in config.formats:  # up to date: the published brief is this one
        return load_brief(Path(result.edition) / "brief.json")
    return layer(pipeline_build(config, log=log or (lambda message: None), force=True).brief)


def layer(brief: Brief) -> Brief:
    """`brief` as brief.json holds it: without the cleaner's report on each
    article (`briefing clean --report` prints that), which is no part of
    the summary layer."""
    articles = {a.id: dataclasses.replace(a, removals=()) for a in brief.articles}
    digests = tuple(dataclasses.replace(d, article=articles.get(d.article.id)
                                        or dataclasses.replace(d.article, removals=()))
                    for d in brief.digests)
    return dataclasses.replace(brief, articles=tuple(articles.values()), digests=digests)


def load_brief(path: str | os.PathLike) -> Brief:
    """The `Brief` a brief.json (or an outputs or edition folder holding
    one) describes, as the typed model."""
    path = Path(path)
    if path.is_dir():
        path = path / "brief.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise BriefingError(f"cannot read {path}: {error.strerror or error}") from None
    except ValueError as error:
        raise BriefingError(f"{path} is not JSON: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise BriefingError(f"{path} is not a brief.json (no list of articles)")
    try:
        return _brief(data)
    except (TypeError, KeyError, AttributeError, ValueError) as error:
        raise BriefingError(f"{path} does not hold a brief this version reads: {error}") from None


def _brief(data: dict) -> Brief:
    articles = tuple(from_dict(Article, a) for a in data["articles"])
    by_id = {a.id: a for a in articles}
    digests = tuple(from_dict(Digest, {**d, "article": None}) for d in data.get("digests") or ())
    digests = tuple(dataclasses.replace(d, article=by_id[raw["article"]])
                    for d, raw in zip(digests, data.get("digests") or ()))
    rest = {k: v for k, v in data.items() if k not in ("articles", "digests")}
    brief = from_dict(Brief, {**rest, "articles": [], "digests": []})
    return dataclasses.replace(brief, articles=articles, digests=digests)


def write_xlsx(brief: Brief, path: str | os.PathLike) -> Path:
    """brief.xlsx's workbook for `brief`, written to `path`."""
    from .render.sheets import write_workbook

    write_workbook(brief, Path(path))
    return Path(path)


def write_csv(brief: Brief, folder: str | os.PathLike) -> Path:
    """brief-csv/'s files for `brief`, one per table, written into `folder`."""
    from .render.sheets import write_folder

    write_folder(brief, Path(folder))
    return Path(folder)


def sentiment_toward(sentence: str, start: int, end: int) -> tuple[str, float]:
    """The sentiment `sentence` expresses toward its span `start:end` (a
    name, a country, a project): (label, score), from the viewpoint
    model the brief's stances use."""
    from .distill.sentiment import sentiment_toward as model_sentiment

    return model_sentiment(sentence, start, end)
