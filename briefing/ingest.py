"""Source paths in, decoded `Document`s (and `Skipped` notes) out.

Readers are registered by file extension.  A file that is empty, binary,
too large, unreadable, a duplicate of another, a link leading out of its
sources folder, or not English prose is skipped with a one-line reason;
the build goes on.
Decoding: UTF-8 (with or without BOM), UTF-16 (with or without BOM), and
for anything else charset-normalizer, falling back to cp1252 line by line
when a file mixes UTF-8 with a legacy encoding.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import stat
from pathlib import Path
from typing import Callable

from .clean.words import FUNCTION_WORDS
from .config import Config
from .errors import BriefingError
from .models import Document, Skipped

READERS: dict[str, str] = {}
"""File extension -> document kind ("text" or "html")."""

for _ext in (".txt", ".md", ".text", ".markdown"):
    READERS[_ext] = "text"
for _ext in (".html", ".htm", ".xhtml"):
    READERS[_ext] = "html"

_MAGIC = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\x1f\x8b", b"GIF8", b"\xff\xd8\xff", b"BZh",
          b"\x7fELF", b"MZ", b"\xd0\xcf\x11\xe0", b"7z\xbc\xaf", b"Rar!", b"OggS", b"ID3", b"RIFF")
_CONTROL_CHARS = r"[\x00-\x08\x0e-\x1a\x1c-\x1f]"  # control characters no text holds
_BINARY_CONTROLS = re.compile(_CONTROL_CHARS.encode())
_CONTROLS = re.compile(_CONTROL_CHARS)


def read_sources(config: Config, *, log: Callable[[str], None] = lambda m: None
                 ) -> tuple[tuple[Document, ...], tuple[Skipped, ...]]:
    """Every readable article under `config.sources`, and the files skipped.

    Raises BriefingError when a source does not exist or holds no article."""
    paths, skipped = _article_paths(config.sources, follow_symlinks=config.follow_symlinks)
    if not paths and not skipped:
        raise BriefingError(f"no article found in {', '.join(config.sources)} "
                            f"(looked for {', '.join(sorted(READERS))} files)")
    max_bytes = int(config.max_file_mb * 1024 * 1024)
    documents: list[Document] = []
    first_of: dict[str, str] = {}
    for path in paths:
        document, problem = read_file(path, max_bytes=max_bytes)
        if document is not None and not reads_as_english(_visible(document.text) if document.kind == "html"
                                                         else document.text):
            document, problem = None, NOT_ENGLISH
        if document is not None and document.sha256 in first_of:
            document, problem = None, f"same content as {first_of[document.sha256]} (kept that one)"
        if document is None:
            skipped.append(Skipped(path=str(path), reason=problem or "unreadable"))
            continue
        first_of[document.sha256] = document.path
        document, cut = cut_to_words(document, config.max_article_words)
        if cut:
            skipped.append(cut)
        documents.append(document)
    for item in skipped:
        verb = "cut" if item.reason.startswith(CUT) else "skipped"
        log(f"warning: {verb} {item.path}: {item.reason.removeprefix(CUT)}")
    return _unique_ids(documents), tuple(skipped)


CUT = "cut: "
"""How the reason of a `Skipped` note for an article that was cut (not
left out) begins."""

_WORD = re.compile(r"\S+")
_BREAK = re.compile(r"\n\s*\n|\n")


def cut_to_words(document: Document, limit: int) -> tuple[Document, Skipped | None]:
    """`document` cut after `limit` words (at the paragraph break closest
    before that point when one lies in its last tenth), with a note saying
    what was kept; unchanged with None when it is not that long.  Linear
    in the text's size; the cache key follows the cut text."""
    text = document.text
    if len(text) < limit or len(text.split()) <= limit:
        return document, None
    words = _WORD.finditer(text)
    for _ in range(limit):
        end = next(words).end()
    total = limit + sum(1 for _ in words)
    breaks = [m.start() for m in _BREAK.finditer(text, int(end * 0.9), end)]
    end = breaks[-1] if breaks else end
    kept = len(text[:end].split())
    note = Skipped(path=document.path, reason=f"{CUT}longer than the {limit:,}-word limit "
                   f"(max_article_words): kept its first {kept:,} of {total:,} words")
    return dataclasses.replace(document, text=text[:end]), note


def read_file(path: Path, *, max_bytes: int = 20 * 1024 * 1024,
              opener: Callable[[Path], object] = open) -> tuple[Document | None, str | None]:
    """`path` decoded as a Document, or (None, the reason it can't be used).

    Never reads more than `max_bytes` + 1 bytes, so a huge file (or one that
    grows while we read it) costs bounded memory.  `opener` opens the file
    for binary reading (tests inject failures through it)."""
    path = Path(path)
    raw, problem = _read_bounded(path, max_bytes, opener)
    if raw is None:
        return None, problem
    if not raw.strip():
        return None, "empty"
    text, encoding = decode(raw)
    if text is None:
        return None, "not text (binary content)"
    if not text.strip(" \t\r\n\ufeff\x00\u200b"):
        return None, "empty"
    if not any(c.isalnum() for c in text):
        return None, "no words (not a letter or digit in it)"
    if _mostly_controls(text):
        return None, "not text (binary content)"
    kind = READERS.get(path.suffix.lower(), "text")
    return Document(id=article_id(path), path=str(path), kind=kind, text=text,
                    encoding=encoding, sha256=hashlib.sha256(raw).hexdigest()), None


NOT_ENGLISH = "not English prose (almost none of its words are common English words; briefing reads English)"
"""Why a readable file is left out of a brief: `read_file` decodes any
language (cleaning is measured on pages in any); the analysis reads English."""
ENGLISH_SHARE = 0.03
"""The share of a text's words that must be English closed-class words
("the", "of", "was") for it to be read as English prose: English news runs
at 0.08 to 0.45 (on every devset article, seeds and scraped pages alike);
another language, random letters or bytes decoded as text at 0.00 to 0.02."""
JUDGED_FROM = 12  # words from which a text is judged: a shorter one is left to the later stages
_WORDS = re.compile(r"\w+")
_TAGS = re.compile(r"(?is)<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>")


def reads_as_english(text: str) -> bool:
    """Whether `text` (plain text) reads as English prose: True unless it
    holds `JUDGED_FROM` words or more of which under `ENGLISH_SHARE` are
    English closed-class words (a page in another language, noise saved as
    ".txt"), which the analysis, English only, would turn into a brief of junk."""
    words = _WORDS.findall(text)
    if len(words) < JUDGED_FROM:
        return True
    return sum(w.lower() in FUNCTION_WORDS for w in words) >= ENGLISH_SHARE * len(words)


def _visible(html: str) -> str:
    """The text of `html` a reader sees, roughly: scripts, styles, comments
    and tags out (enough to count its words, not to clean it)."""
    return _TAGS.sub(" ", html)


def _read_bounded(path: Path, max_bytes: int, opener) -> tuple[bytes | None, str | None]:
    limit = f"larger than the {max_bytes / (1024 * 1024):g} MB limit (max_file_mb)"
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return None, "not a regular file"
        if info.st_size > max_bytes:
            return None, limit
        with opener(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except FileNotFoundError:
        return None, "disappeared before it could be read"
    except (OSError, ValueError) as error:
        return None, f"cannot be read ({getattr(error, 'strerror', None) or error})"
    return (None, limit) if len(raw) > max_bytes else (raw, None)


def decode(raw: bytes) -> tuple[str | None, str]:
    """(text, encoding) for `raw`, or (None, "") when it is not text."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            return raw.decode(codec, errors="replace"), codec
    if raw.startswith(_MAGIC):
        return None, ""
    utf16 = _bomless_utf16(raw)
    if utf16:
        return raw.decode(utf16, errors="replace"), utf16
    if _looks_binary(raw):
        utf16 = _one_script_utf16(raw)
        return (raw.decode(utf16, errors="replace"), utf16) if utf16 else (None, "")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_legacy(raw)


def _bomless_utf16(raw: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when `raw` looks like BOM-less UTF-16 text:
    mostly NULs on one side of each byte pair, none on the other."""
    head = raw[:4096]
    if len(head) < 4 or len(head) % 2:
        head = head[:len(head) - len(head) % 2]
    even, odd = head[0::2], head[1::2]
    if not head or head.count(b"\x00") < len(head) // 4:
        return None
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > len(zeros) * 0.6 and other.count(0) == 0:
            return codec
    return None


def _one_script_utf16(raw: bytes) -> str | None:
    """BOM-less UTF-16 in one non-Latin script (Arabic, Cyrillic, Greek...):
    its bytes look binary, but one side of each pair is nearly constant
    (the script's block) and the text decodes to printable characters."""
    head = raw[:4096 - 4096 % 2] if len(raw) >= 4096 else raw[:len(raw) - len(raw) % 2]
    for codec, high in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if not high or max(high.count(b) for b in set(high)) < 0.5 * len(high):
            continue
        try:
            sample = head.decode(codec)
        except UnicodeDecodeError:
            continue
        if sum(c.isprintable() or c.isspace() for c in sample) >= 0.97 * len(sample):
            return codec
    return None


def _mostly_controls(text: str) -> bool:
    """Whether a text too short for `_looks_binary`'s count is a tenth or
    more control characters no text holds ("\\x00\\x01\\x02abc")."""
    return len(_CONTROLS.findall(text)) * 10 >= len(text.strip())


def _looks_binary(raw: bytes) -> bool:
    head = raw[:8192]
    return len(_BINARY_CONTROLS.findall(head)) > max(8, len(head) // 100)


def _decode_legacy(raw: bytes) -> tuple[str, str]:
    """Text that is not valid UTF-8: mostly UTF-8 with a few legacy lines is
    decoded line by line; otherwise charset-normalizer picks the encoding."""
    lines = raw.splitlines(keepends=True)
    bad = [line for line in lines if not _is_utf8(line)]
    good_non_ascii = sum(1 for line in lines if not line.isascii() and _is_utf8(line))
    if good_non_ascii and good_non_ascii >= len(bad):
        text = "".join(line.decode("utf-8") if _is_utf8(line) else line.decode("cp1252", errors="replace")
                       for line in lines)
        return text, "utf-8+cp1252"
    western = _western(raw)
    if western is not None:
        return western, "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:1_000_000]).best()
    codec = best.encoding if best is not None else "cp1252"
    return raw.decode(codec, errors="replace"), codec


def _western(raw: bytes) -> str | None:
    """`raw` as cp1252 when that reads as Western text: every byte defined
    and few non-ASCII letters (Cyrillic or Greek bytes read as cp1252 would
    be nearly all accented letters).  Statistical detectors often mistake
    short Western texts for Baltic or Central European code pages."""
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    foreign = sum(1 for c in letters if not c.isascii())
    return text if letters and foreign < 0.15 * len(letters) else None


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def article_id(path: Path) -> str:
    """A stable, readable id for an article: its file name without extension."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", Path(path).stem).strip("-") or "article"


def _article_paths(sources: tuple[str, ...], *, follow_symlinks: bool) -> tuple[list[Path], list[Skipped]]:
    """The article files under `sources` (sorted per source) and the links skipped."""
    paths: list[Path] = []
    skipped: list[Skipped] = []
    for source in sources:
        root = Path(source)
        if not root.exists():
            raise BriefingError(f"sources not found: {root}")
        if not root.is_dir():
            paths.append(root)
            continue
        for path in _walk(root, follow_symlinks, skipped):
            if path.is_symlink() and not follow_symlinks and _is_loop(path):
                skipped.append(Skipped(path=str(path), reason=LOOP))
            elif path.is_symlink() and not follow_symlinks and not _inside(path, root):
                skipped.append(Skipped(path=str(path), reason="symbolic link leading outside the "
                                       "sources folder (set follow_symlinks to read it)"))
            elif path.suffix.lower() in READERS:
                paths.append(path)
    return paths, skipped


LOOP = "symbolic link loop (a link leading back into a folder it is in, or to itself)"


def _walk(root: Path, follow_symlinks: bool, skipped: list[Skipped] | None = None) -> list[Path]:
    """Every file and linked folder under `root`, in a stable order.  Links to
    folders are walked only when following links, and then each folder
    once: a link back to a folder already being walked (`ln -s . loop`) is
    a loop, noted in `skipped` and not entered (os.walk would go round it
    until the path grew too long, its memory growing all the while)."""
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, followlinks=follow_symlinks):
        base = Path(folder)
        if follow_symlinks:
            dirs[:] = _unvisited(base, sorted(dirs), seen, skipped)
        dirs.sort()
        found.extend(base / name for name in sorted(files))
        if not follow_symlinks:
            found.extend(base / name for name in dirs if (base / name).is_symlink()
                         and not _inside(base / name, root))
    return found


def _unvisited(base: Path, dirs: list[str], seen: set[tuple[int, int]],
               skipped: list[Skipped] | None) -> list[str]:
    """The folders of `dirs` (under `base`) not walked yet; `base` itself is
    marked walked.  Folders are told apart by device and inode, so two
    links to one folder are walked once."""
    try:
        info = base.stat()
        seen.add((info.st_dev, info.st_ino))
    except OSError:
        return []
    kept = []
    for name in dirs:
        try:
            info = (base / name).stat()
        except (OSError, RuntimeError):
            if skipped is not None:
                skipped.append(Skipped(path=str(base / name), reason=LOOP))
            continue
        if (info.st_dev, info.st_ino) in seen:
            if skipped is not None and (base / name).is_symlink():
                skipped.append(Skipped(path=str(base / name), reason=LOOP))
            continue
        seen.add((info.st_dev, info.st_ino))
        kept.append(name)
    return kept


def _is_loop(path: Path) -> bool:
    """True for a link that never reaches a file or folder (a cycle of links)."""
    try:
        path.resolve(strict=True)
    except RuntimeError:
        return True
    except OSError as error:
        import errno

        return error.errno == errno.ELOOP
    return False


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):
        return False


def _unique_ids(documents: list[Document]) -> tuple[Document, ...]:
    seen: dict[str, int] = {}
    unique = []
    for document in documents:
        count = seen.get(document.id, 0)
        seen[document.id] = count + 1
        if count:
            document = dataclasses.replace(document, id=f"{document.id}-{count + 1}")
        unique.append(document)
    return tuple(unique)
