"""A decoded `Document` in, a cleaned `Article` out.

HTML is first reduced to its main text (`html`).  Then, in order:

1. characters that carry no text go, and the text is split into
   paragraphs (`text`);
2. boilerplate goes, recognized by what it is (`boilerplate`), and so do
   photo captions, recognized by their credit (`repeats`);
3. the header lines become metadata: title, author, outlet, date (`metadata`),
   and the dateline the report opens with goes ("WASHINGTON —", `dateline`);
4. words run together where markup was stripped are split (`words`);
5. repeated paragraphs and sentences collapse into their first occurrence,
   and repeats spliced into a sentence are cut out (`repeats`).

The cleaned text joins the kept paragraphs with one blank line; every
offset in the brief points into it.  Each step records what it did as
`Removal`s, which `format_report` lists for `briefing clean --report`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import PurePath

from ..models import Article, Document, Paragraph, Removal
from . import boilerplate, citations, dateline, metadata, repeats, words
from .html import looks_like_html, main_text
from .report import format_report
from .text import Block, blocks, normalize, unmark

__all__ = ["clean", "format_report", "join_paragraphs", "prepare"]


def prepare() -> None:
    """Load what cleaning reads in every article (the English word list,
    0.5 s): once in a process about to fork workers, not once in each."""
    words.prepare()


def clean(document: Document) -> Article:
    """The cleaned `Article` for `document`."""
    parsed, page_meta, front = _source_text(document)
    kept, removed, hints = boilerplate.strip(blocks(parsed, markdown=document.path.endswith((".md", ".markdown"))))
    kept, captions = repeats.without_captions(kept)
    meta, kept, taken = metadata.header(kept, page_title=page_meta.get("title") or ("" if page_meta else None),
                                        page_url=document.url or page_meta.get("url"))
    meta = _merge(meta, page_meta, hints)
    # A fact box's "Tested by:" names whose first person the piece is in;
    # a page's author field often names only who posted it.
    meta = replace(meta, author=metadata.field_writer([b.text for b in kept], meta.outlet) or meta.author,
                   outlet=meta.outlet or metadata.narration_outlet([b.text for b in kept])
                   # A corpus that names its files "<site>_<date>_<slug>": the site, as the text writes its name.
                   or metadata.site_outlet(PurePath(document.path).name, [b.text for b in kept]))
    kept, placed = dateline.strip(kept)
    wire = dateline.agency(placed) or metadata.wire_credit(page_meta.get("author")) \
        or metadata.contributing_wire(removed)  # "AP writers ... contributed to this report"
    meta = replace(meta, outlet=metadata.with_wire(meta.outlet, wire))  # a reprinted wire report keeps its credit
    kept, mended = _mend(kept)
    kept, merged = repeats.collapse(kept)
    body, paragraphs = join_paragraphs([block.text for block in kept])
    meta = metadata.file_name_date(metadata.check_date(meta, body), PurePath(document.path).name)
    removals = front + removed + captions + taken + placed + mended + merged
    return Article(id=document.id, source_path=document.path, sha256=document.sha256,
                   text=body, paragraphs=paragraphs, removals=tuple(sorted(removals, key=_order)),
                   title=meta.title, author=meta.author, outlet=meta.outlet,
                   published=meta.published, date_note=meta.date_note,
                   url=document.url or page_meta.get("url"),
                   genre=metadata.genre(document.url or page_meta.get("url"),
                                        tuple((page_meta.get("sections") or "").split("|"))
                                        + metadata.section_labels([b.text for b in kept])))


def join_paragraphs(paragraphs: list[str]) -> tuple[str, tuple[Paragraph, ...]]:
    """The article text (paragraphs joined by a blank line) and their spans."""
    spans, offset = [], 0
    for index, paragraph in enumerate(paragraphs):
        spans.append(Paragraph(index=index, start=offset, end=offset + len(paragraph)))
        offset += len(paragraph) + 2
    return "\n\n".join(paragraphs), tuple(spans)


def _source_text(document: Document) -> tuple[str, dict, list[Removal]]:
    """The text to clean, the metadata the file states outright (an HTML
    page's, or a front matter block's) and the removal of that block."""
    if document.kind == "html" or looks_like_html(document.text):
        return (*main_text(document.text), [])
    fields, text, removal = metadata.front_matter(normalize(document.text))
    return text, fields, [removal] if removal else []


def _merge(meta: metadata.Meta, page: dict, hints: boilerplate.Hints) -> metadata.Meta:
    """Header-zone metadata first, then the page's own, then boilerplate hints."""
    published = meta.published or (None if meta.date_line else page.get("published"))
    page_author = metadata.person_names(page.get("author"), page.get("outlet"))
    return replace(meta, title=meta.title or page.get("title"),
                   author=meta.author or page_author or hints.author,
                   outlet=meta.outlet or page.get("outlet") or hints.outlet,
                   published=published, date_line=meta.date_line or (published and f"page metadata {published}"))


def _mend(kept: list[Block]) -> tuple[list[Block], list[Removal]]:
    """`kept` with list markers and doubled quote marks undone (`text.unmark`),
    a numbered reference list's markers dropped (`citations`) and, in
    English, run-together words split (`words.mend`); and what was mended."""
    english = words.is_english(" ".join(block.text for block in kept))
    cited = citations.cites_by_number([block.text for block in kept])
    mended: list[Block] = []
    removals: list[Removal] = []
    for block in kept:
        text, marks = unmark(block.text)
        removals.extend(Removal(action="mended", rule=rule, text=before, line=block.line, replacement=after)
                        for rule, before, after in marks)
        text, markers = _unreference(text, cited)
        removals.extend(Removal(action="mended", rule="reference-marker", text=marker, line=block.line,
                                replacement="") for marker in markers)
        if english:
            text, changes = words.mend(text)
            removals.extend(Removal(action="mended", rule="run-together-words", text=before, line=block.line,
                                    replacement=after) for before, after in changes)
        mended.append(Block(text=text, line=block.line))
    return mended, removals


def _unreference(text: str, cited: re.Pattern | None) -> tuple[str, list[str]]:
    """`text` without pointers to a paper's figures and tables and, when the
    text cites by number (`cited`), without its reference markers; and what
    was dropped."""
    text, pointers = citations.unpoint(text)
    if not cited:
        return text, pointers
    text, markers = citations.uncite(text, cited)
    return text, pointers + markers


def _order(removal: Removal) -> int:
    return removal.line
