"""A house template (`--reference-docx`) in, a checked and slimmed copy of it
out, before any analysis starts.

A .docx is a zip of XML parts.  A hostile one can declare a DTD with
entities in any part (python-docx would then write a brief Word cannot
open), or hold a 4 GiB picture in 4 MB (a zip bomb, read whole into
memory and copied into the brief).  `check` refuses the first and bounds
the second, reading only the zip's directory and each XML part in
bounded chunks; `slim` is the copy the DOCX writer opens: the styles,
page set-up, headers and footers, without media parts (pictures are
dropped, with the drawings that showed them).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from ..errors import BriefingError

MAX_FILE_MB = 20
"""Largest reference DOCX accepted (house templates are rarely 1 MB)."""

MAX_PART_MB = 20
"""Largest uncompressed part (XML or not) accepted."""

MAX_TOTAL_MB = 60
"""Largest uncompressed total of the parts kept."""

_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.I)
_DRAWING = re.compile(rb"<w:(drawing|pict|object)\b")
_MEDIA_REL = re.compile(rb"<Relationship\b[^>]*Target=\"[^\"]*media/[^\"]*\"[^>]*/>")


def check(path: str | Path) -> None:
    """Raise a one-line BriefingError naming `path` when it cannot serve as a
    house template: missing, too large, not a zip, a part too large once
    uncompressed, a DTD or entity declared in an XML part, or no document."""
    path = Path(path)
    where = f"reference DOCX {path}"
    try:
        size = path.stat().st_size
    except OSError as error:
        raise BriefingError(f"cannot read the {where}: {error.strerror or error}") from None
    if size > MAX_FILE_MB * 1024 * 1024:
        raise BriefingError(f"{where} is larger than {MAX_FILE_MB} MB")
    try:
        with zipfile.ZipFile(path) as package:
            names = package.namelist()
            if "word/document.xml" not in names or "[Content_Types].xml" not in names:
                raise BriefingError(f"{where} is not a Word document (no word/document.xml)")
            for info in package.infolist():
                _check_part(package, info, where)
    except zipfile.BadZipFile:
        raise BriefingError(f"{where} is not a Word document (not a zip file)") from None
    except OSError as error:
        raise BriefingError(f"cannot read the {where}: {error.strerror or error}") from None


def _check_part(package: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> None:
    if _is_media(info.filename):
        return  # never read, never copied
    if info.file_size > MAX_PART_MB * 1024 * 1024:
        raise BriefingError(f"{where}: part {info.filename} is larger than {MAX_PART_MB} MB uncompressed")
    if not info.filename.endswith((".xml", ".rels")):
        return
    data = _read_bounded(package, info, where)
    if _DTD.search(data):
        raise BriefingError(f"{where}: part {info.filename} declares a DTD or entities; refused")


def _read_bounded(package: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> bytes:
    """A part's bytes, never more than MAX_PART_MB (the directory's sizes
    may lie)."""
    limit = MAX_PART_MB * 1024 * 1024
    with package.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise BriefingError(f"{where}: part {info.filename} is larger than {MAX_PART_MB} MB uncompressed")
    return data


def slim(path: str | Path) -> io.BytesIO:
    """The checked reference DOCX at `path` as an in-memory copy without its
    media parts, their relationships and the drawings that showed them."""
    check(path)
    out, total = io.BytesIO(), 0
    with zipfile.ZipFile(path) as package, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in package.infolist():
            if _is_media(info.filename) or info.is_dir():
                continue
            data = _read_bounded(package, info, f"reference DOCX {path}")
            total += len(data)
            if total > MAX_TOTAL_MB * 1024 * 1024:
                raise BriefingError(f"reference DOCX {path} is larger than {MAX_TOTAL_MB} MB uncompressed")
            if info.filename.endswith(".rels"):
                data = _MEDIA_REL.sub(b"", data)
            elif info.filename.endswith(".xml") and info.filename.startswith("word/"):
                data = without_drawings(data)
            copy.writestr(info.filename, data)
    out.seek(0)
    return out


def without_drawings(xml: bytes) -> bytes:
    """`xml` without its <w:drawing>, <w:pict> and <w:object> elements (one
    forward pass: each opening tag's end is found with one search, and an
    unclosed one ends the pass)."""
    parts, kept_to, position = [], 0, 0
    while (opening := _DRAWING.search(xml, position)) is not None:
        closing = xml.find(b"</w:" + opening.group(1) + b">", opening.end())
        if closing < 0:
            break
        end = closing + len(opening.group(1)) + 5
        parts.append(xml[kept_to:opening.start()])
        kept_to = position = end
    return b"".join(parts) + xml[kept_to:] if parts else xml


def _is_media(name: str) -> bool:
    return "/media/" in name or name.startswith(("word/embeddings/", "media/"))
