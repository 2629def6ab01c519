"""Source paths in, decoded `Document`s (and `Skipped` notes) out.

Readers are registered by file extension.  A file that is empty, binary or
cannot be decoded is skipped with a one-line reason; the build goes on.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Callable

from .config import Config
from .errors import BriefingError
from .models import Document, Skipped

READERS: dict[str, str] = {}
"""File extension -> document kind ("text" or "html")."""

for _ext in (".txt", ".md", ".text", ".markdown"):
    READERS[_ext] = "text"
for _ext in (".html", ".htm", ".xhtml"):
    READERS[_ext] = "html"


def read_sources(config: Config, *, log: Callable[[str], None] = lambda m: None
                 ) -> tuple[tuple[Document, ...], tuple[Skipped, ...]]:
    """Every readable article under `config.sources`, and the files skipped."""
    documents: list[Document] = []
    skipped: list[Skipped] = []
    for path in _article_paths(config.sources):
        document, problem = read_file(path, max_bytes=int(config.max_file_mb * 1024 * 1024))
        if problem:
            skipped.append(Skipped(path=str(path), reason=problem))
            log(f"warning: skipped {path}: {problem}")
        else:
            documents.append(document)
    return _unique_ids(documents), tuple(skipped)


def read_file(path: Path, *, max_bytes: int = 20 * 1024 * 1024) -> tuple[Document | None, str | None]:
    """`path` decoded as a Document, or (None, the reason it can't be used)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return None, f"larger than the {max_bytes // (1024 * 1024)} MB limit"
        raw = path.read_bytes()
    except OSError as error:
        return None, f"cannot be read ({error.strerror or error})"
    text, encoding = decode(raw)
    if text is None:
        return None, "not text (binary content)"
    if not text.strip():
        return None, "empty"
    return Document(id=article_id(path), path=str(path), kind=READERS[path.suffix.lower()],
                    text=text, encoding=encoding, sha256=hashlib.sha256(raw).hexdigest()), None


def decode(raw: bytes) -> tuple[str | None, str]:
    """(text, encoding) for `raw`, or (None, "") when it is not text."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            return raw.decode(codec, errors="replace"), codec
    if _looks_binary(raw):
        return None, ""
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        return raw.decode("cp1252", errors="replace"), "cp1252"
    return str(best), best.encoding


def _looks_binary(raw: bytes) -> bool:
    head = raw[:4096]
    if head.startswith((b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\x1f\x8b", b"GIF8", b"\xff\xd8\xff")):
        return True
    return head.count(b"\x00") > len(head) // 10


def article_id(path: Path) -> str:
    """A stable, readable id for an article: its file name without extension."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", path.stem).strip("-") or "article"


def _article_paths(sources: tuple[str, ...]) -> list[Path]:
    paths: list[Path] = []
    for source in sources:
        root = Path(source)
        if not root.exists():
            raise BriefingError(f"sources not found: {root}")
        candidates = sorted(root.rglob("*")) if root.is_dir() else [root]
        paths.extend(p for p in candidates if p.is_file() and p.suffix.lower() in READERS)
    return paths


def _unique_ids(documents: list[Document]) -> tuple[Document, ...]:
    seen: dict[str, int] = {}
    unique = []
    for document in documents:
        count = seen.get(document.id, 0)
        seen[document.id] = count + 1
        if count:
            document = Document(**{**document.__dict__, "id": f"{document.id}-{count + 1}"})
        unique.append(document)
    return tuple(unique)
