"""Sources beyond a folder: a sources file (TOML) in, articles stored in the
corpus folder out, so that every brief can be rebuilt offline.

    corpus = "corpus"                 # where fetched articles are stored
    folders = ["articles"]            # read as they are
    urls = ["https://example.org/story.html"]
    feeds = ["https://example.org/rss.xml"]
    [fetch]                           # optional; these are the defaults
    timeout = 20                      # seconds per request (and per download)
    retries = 3                       # extra attempts after a network error or 5xx
    max_mb = 5                        # larger responses are refused
    max_items = 50                    # entries read per feed

Relative paths are relative to the sources file.  Each article is stored as
`<name>.html` (or `.txt`) with a sidecar `<name>.source.json` holding its
URL and fetch date; `attach_provenance` puts those on the `Document`.  The
same article reached twice, by URL or by content, is stored once.  Feeds
are checked with defusedxml before feedparser reads them, so a feed cannot
expand entities ("billion laughs") or pull in external files.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import time
import tomllib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Sequence
from urllib.parse import urljoin, urlsplit, urlunsplit, parse_qsl, urlencode

from ..errors import ConfigError
from ..models import Document

Log = Callable[[str], None]
SIDECAR = ".source.json"
PAGE_TYPES = {"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt"}
FEED_TYPES = ("xml", "rss", "atom", "rdf", "text/plain")
USER_AGENT = "briefing/1 (+policy brief generator)"


@dataclass(frozen=True, kw_only=True)
class Sources:
    """A parsed sources file."""

    corpus: Path
    folders: tuple[Path, ...] = ()
    urls: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    timeout: float = 20.0
    retries: int = 3
    max_mb: float = 5.0
    max_items: int = 50
    backoff: float = 1.0

    @property
    def read(self) -> tuple[str, ...]:
        """The folders a build reads: those listed, then the corpus."""
        return tuple(str(f) for f in (*self.folders, self.corpus))


@dataclass(frozen=True, kw_only=True)
class FetchReport:
    """What a fetch stored, found already there, and could not get (url, why)."""

    stored: tuple[Path, ...] = ()
    known: int = 0
    failed: tuple[tuple[str, str], ...] = ()


class FetchError(Exception):
    """One URL that could not be fetched; the message says why."""


def load_sources(path: str | Path, *, corpus: str | None = None) -> Sources:
    """The `Sources` in the TOML file at `path` (`corpus` overrides its own)."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read the sources file ({error})") from None
    unknown = set(data) - {"corpus", "folders", "urls", "feeds", "fetch"}
    if unknown:
        raise ConfigError(f"{path}: unknown key {sorted(unknown)[0]!r} (known: corpus, feeds, fetch, folders, urls)")
    base, limits = path.parent, data.get("fetch", {})
    check_limits(limits, path)
    try:
        return Sources(corpus=Path(corpus) if corpus else base / data.get("corpus", "corpus"),
                       folders=tuple(base / f for f in data.get("folders", [])),
                       urls=tuple(str(u) for u in data.get("urls", [])),
                       feeds=tuple(str(u) for u in data.get("feeds", [])),
                       **{k: type(getattr(Sources, k))(v) for k, v in limits.items()})
    except (TypeError, ValueError, AttributeError) as error:
        raise ConfigError(f"{path}: bad [fetch] value ({error})") from None


FETCH_RANGES = {"timeout": (0.1, 3600), "retries": (0, 20), "max_mb": (0.001, 1024),
                "max_items": (1, 100_000), "backoff": (0, 600)}
"""The range of each [fetch] setting (both ends included)."""


def check_limits(limits: object, path: Path) -> None:
    """ConfigError naming the setting and the file when a [fetch] value is
    not a number, is NaN or infinite, out of `FETCH_RANGES`, or a
    fraction where a count is meant."""
    import math

    if not isinstance(limits, dict):
        raise ConfigError(f"{path}: [fetch] must be a table")
    for key, value in limits.items():
        if key not in FETCH_RANGES:
            raise ConfigError(f"{path}: unknown [fetch] key {key!r} (known: {', '.join(sorted(FETCH_RANGES))})")
        low, high = FETCH_RANGES[key]
        count = isinstance(getattr(Sources, key), int)
        if isinstance(value, bool) or not isinstance(value, int if count else (int, float)):
            raise ConfigError(f"{path}: [fetch] {key} must be {'a whole number' if count else 'a number'}, "
                              f"not {value!r}")
        if not math.isfinite(value) or not low <= value <= high:
            raise ConfigError(f"{path}: [fetch] {key} must be between {low:g} and {high:g}, not {value!r}")


def fetch_listed(sources_file: str | Path, *, log: Log = lambda m: None
                 ) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Fetch what the sources file lists: (the folders to build from, the
    (url, why) of each fetch that failed)."""
    sources = load_sources(sources_file)
    report = fetch_all(sources, log=log)
    log(f"fetched {len(report.stored)} new article(s) into {sources.corpus}; "
        f"{report.known} already there, {len(report.failed)} failed")
    return sources.read, report.failed


def fetch_all(sources: Sources, *, client=None, log: Log = lambda m: None) -> FetchReport:
    """Fetch every URL and feed entry of `sources` not yet in its corpus."""
    import httpx

    own = client is None
    client = client or httpx.Client(follow_redirects=True, headers={"User-Agent": USER_AGENT})
    corpus = Corpus(sources.corpus)
    try:
        results = [_fetch_page(client, url, sources, corpus, log) for url in sources.urls]
        for feed in sources.feeds:
            results.extend(_fetch_feed(client, feed, sources, corpus, log))
    finally:
        if own:
            client.close()
    return FetchReport(stored=tuple(r for r in results if isinstance(r, Path)),
                       known=sum(1 for r in results if r is None),
                       failed=tuple(r for r in results if isinstance(r, tuple)))


def _fetch_page(client, url: str, sources: Sources, corpus: Corpus, log: Log,
                fallback: tuple[str, str] | None = None):
    """A stored Path, None when already in the corpus, or (url, reason)."""
    if corpus.has_url(url):
        return None
    try:
        body, kind = download(client, url, sources, accept=PAGE_TYPES)
        suffix = PAGE_TYPES[kind]
    except Exception as error:  # noqa: BLE001 - one bad URL never costs the rest
        error = _as_fetch_error(error)
        if not fallback:
            log(f"warning: could not fetch {url}: {error}")
            return url, str(error)
        log(f"warning: could not fetch {url} ({error}); keeping the feed's copy")
        body, suffix = _entry_page(*fallback), ".html"
    return corpus.store(url, body, suffix, log=log)


def _fetch_feed(client, url: str, sources: Sources, corpus: Corpus, log: Log) -> list:
    try:
        raw, _kind = download(client, url, sources, accept=FEED_TYPES)
        entries = parse_feed(raw, url)
    except Exception as error:  # noqa: BLE001 - one bad feed never costs the rest
        error = _as_fetch_error(error)
        log(f"warning: could not read feed {url}: {error}")
        return [(url, str(error))]
    log(f"feed {url}: {len(entries)} entr{'y' if len(entries) == 1 else 'ies'}")
    return [_fetch_page(client, link, sources, corpus, log, fallback=(title, content))
            for link, title, content in entries[:sources.max_items]]


def download(client, url: str, sources: Sources, *, accept) -> tuple[bytes, str]:
    """The body of `url` and its content type, retrying network errors and
    5xx with exponential backoff; FetchError when it cannot be had."""
    import httpx

    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError("only http and https URLs are fetched")
    for attempt in range(sources.retries + 1):
        try:
            return within_deadline(_get, client, url, sources, accept, seconds=sources.timeout)
        except (httpx.TransportError, _Retryable) as error:
            if attempt >= sources.retries:
                raise FetchError(_reason(error)) from None
            time.sleep(sources.backoff * 2 ** attempt)
        except httpx.HTTPError as error:  # too many redirects, a bad URL: not worth a retry
            raise FetchError(_reason(error)) from None
    raise FetchError("no attempt made (retries < 0)")


def within_deadline(function, *args, seconds: float):
    """`function(*args)` if it returns within `seconds` in all; else
    FetchError.  httpx's timeouts apply to each read, so a server sending
    its headers a byte every few seconds would hold a request for ever: the
    request runs in a daemon thread, and is abandoned at the deadline (its
    connection is closed with the client, or when the process ends)."""
    import queue
    import threading

    answer: queue.Queue = queue.Queue(maxsize=1)

    def run() -> None:
        try:
            answer.put((True, function(*args)))
        except BaseException as error:  # noqa: BLE001 - handed to the caller
            answer.put((False, error))

    threading.Thread(target=run, daemon=True, name="fetch").start()
    try:
        ok, value = answer.get(timeout=seconds + 1)
    except queue.Empty:
        raise FetchError(f"no complete answer within {seconds:g} s") from None
    if ok:
        return value
    raise value


def _as_fetch_error(error: Exception) -> FetchError:
    """Any failure while fetching one URL as a FetchError with a one-line
    reason (a redirect loop, an unknown feed encoding, a bug)."""
    if isinstance(error, FetchError):
        return error
    detail = " ".join(str(error).split())[:200]
    return FetchError(f"{type(error).__name__}: {detail}" if detail else type(error).__name__)


class _Retryable(Exception):
    """A server error worth another try."""


def _get(client, url: str, sources: Sources, accept) -> tuple[bytes, str]:
    limit, deadline = int(sources.max_mb * 1024 * 1024), time.monotonic() + sources.timeout
    with client.stream("GET", url, timeout=sources.timeout) as response:
        if response.status_code >= 500 or response.status_code == 429:
            raise _Retryable(f"server error {response.status_code}")
        if response.status_code >= 400:
            raise FetchError(f"HTTP {response.status_code}")
        kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if not _accepted(kind, accept):
            raise FetchError(f"unexpected content type {kind or '(none)'}")
        if int(response.headers.get("content-length") or 0) > limit:
            raise FetchError(f"larger than the {sources.max_mb:g} MB limit")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"larger than the {sources.max_mb:g} MB limit")
            if time.monotonic() > deadline:
                raise FetchError(f"download took longer than {sources.timeout:g} s")
            chunks.append(chunk)
    return b"".join(chunks), kind


def _accepted(kind: str, accept) -> bool:
    if isinstance(accept, dict):
        return kind in accept
    return any(word in kind for word in accept)


def _reason(error: Exception) -> str:
    import httpx

    if isinstance(error, httpx.TimeoutException):
        return "timed out"
    return str(error) or type(error).__name__


def parse_feed(raw: bytes, url: str) -> list[tuple[str, str | None, str | None]]:
    """(link, title, content) of each entry of an RSS/Atom feed."""
    import feedparser
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        fromstring(raw)
    except DefusedXmlException:
        raise FetchError("the feed declares XML entities or external references; refused") from None
    except ParseError:
        pass  # feedparser copes with sloppy feeds; the DOCTYPE goes anyway
    parsed = feedparser.parse(_strip_doctype(raw), response_headers={"content-location": url})
    if not parsed.entries and parsed.get("bozo"):
        raise FetchError(f"not a feed ({parsed.get('bozo_exception')})")
    return [(urljoin(url, e.get("link", "")), e.get("title"), _entry_content(e))
            for e in parsed.entries if e.get("link")]


def _strip_doctype(raw: bytes) -> bytes:
    """`raw` without DOCTYPE declarations (in linear time: see clean.doctype)."""
    from ..clean.doctype import replace_doctypes

    return replace_doctypes(raw, b"", subset_only=False)


def _entry_content(entry) -> str | None:
    content = entry.get("content") or []
    return (content[0].get("value") if content else None) or entry.get("summary")


def _entry_page(title: str | None, content: str | None) -> bytes:
    from html import escape

    heading = f"<h1>{escape(title)}</h1>" if title else ""
    return f"<html><body><article>{heading}{content or ''}</article></body></html>".encode()


class Corpus:
    """The corpus folder and what is already in it, by URL and by content."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.urls: dict[str, Path] = {}
        self.hashes: dict[str, Path] = {}
        for sidecar in self.root.rglob("*" + SIDECAR):
            meta = _read_sidecar(sidecar)
            for url in meta.get("urls", [meta.get("url")]):
                self.urls[normalize_url(url or "")] = sidecar
            for key in ("sha256", "text_sha256"):
                if meta.get(key):
                    self.hashes[meta[key]] = sidecar

    def has_url(self, url: str) -> bool:
        return normalize_url(url) in self.urls

    def store(self, url: str, body: bytes, suffix: str, *, log: Log = lambda m: None) -> Path | None:
        """Store `body` fetched from `url`; None when the same content (the
        same bytes, or the same article text in other page chrome) is there."""
        digest, text_digest = hashlib.sha256(body).hexdigest(), text_hash(body, suffix)
        same = self.hashes.get(digest) or self.hashes.get(text_digest or "")
        if same:
            log(f"{url}: same article as {same.name}; not stored again")
            self._add_url(same, url)
            return None
        path = self.root / (_file_stem(url) + suffix)
        fetched = datetime.now(timezone.utc).isoformat(timespec="seconds")
        meta = {"url": url, "urls": [url], "fetched": fetched, "sha256": digest,
                "text_sha256": text_digest, "file": path.name}
        _write(path, body)
        _write(_sidecar_for(path), json.dumps(meta, indent=2).encode())
        self.urls[normalize_url(url)] = _sidecar_for(path)
        self.hashes.update({key: _sidecar_for(path) for key in (digest, text_digest) if key})
        log(f"stored {url} as {path}")
        return path

    def _add_url(self, sidecar: Path, url: str) -> None:
        meta = _read_sidecar(sidecar)
        meta["urls"] = sorted({*meta.get("urls", []), url})
        _write(sidecar, json.dumps(meta, indent=2).encode())
        self.urls[normalize_url(url)] = sidecar


def text_hash(body: bytes, suffix: str) -> str | None:
    """A hash of the article text the pipeline would see in `body` (case and
    spacing aside), or None when it has none."""
    from .. import clean, ingest

    text, encoding = ingest.decode(body)
    if not text:
        return None
    kind = ingest.READERS.get(suffix, "html")
    try:
        article = clean.clean(Document(id="fetched", path="fetched" + suffix, kind=kind, text=text,
                                       encoding=encoding, sha256=""))
    except Exception:  # noqa: BLE001 - dedup is a nicety; storing must not fail on it
        return None
    words = " ".join(article.text.casefold().split())
    return hashlib.sha256(words.encode()).hexdigest() if words else None


def attach_provenance(documents: Sequence[Document]) -> tuple[Document, ...]:
    """`documents` with `url` and `fetched` filled from their sidecars."""
    found = []
    for document in documents:
        meta = _read_sidecar(_sidecar_for(Path(document.path)))
        if meta.get("url"):
            document = dataclasses.replace(document, url=meta["url"], fetched=meta.get("fetched"))
        found.append(document)
    return tuple(found)


def normalize_url(url: str) -> str:
    """`url` without fragment and tracking parameters, host in lower case."""
    parts = urlsplit(url.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith("utm_")])
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def _file_stem(url: str) -> str:
    parts = urlsplit(url)
    tail = Path(parts.path).stem or parts.netloc
    slug = re.sub(r"[^A-Za-z0-9]+", "-", tail).strip("-")[:60] or "article"
    return f"{slug}-{hashlib.sha256(normalize_url(url).encode()).hexdigest()[:10]}"


def _sidecar_for(path: Path) -> Path:
    return path.with_name(path.stem + SIDECAR)


def _read_sidecar(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(path: Path, data: bytes) -> None:
    from .publish import write_atomic

    write_atomic(path, data)
