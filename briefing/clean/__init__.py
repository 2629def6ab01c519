"""A decoded `Document` in, a cleaned `Article` out.

HTML is reduced to its main text first; then the text is split into
paragraphs, and each paragraph is kept, removed (boilerplate) or repaired.
The cleaned text joins the kept paragraphs with one blank line; every offset
in the brief points into it.
"""

from __future__ import annotations

import re

from ..models import Article, Document, Paragraph, Removal


def clean(document: Document) -> Article:
    """The cleaned `Article` for `document`."""
    text, meta = _main_text(document)
    kept, removals = _paragraphs(text)
    body, paragraphs = join_paragraphs(kept)
    return Article(id=document.id, source_path=document.path, sha256=document.sha256,
                   text=body, paragraphs=paragraphs, removals=tuple(removals),
                   title=meta.get("title"), author=meta.get("author"),
                   outlet=meta.get("outlet"), published=meta.get("published"),
                   url=document.url)


def format_report(article: Article) -> str:
    """What the cleaner removed, merged or mended in `article`, a line each."""
    lines = []
    for removal in article.removals:
        where = f"line {removal.line}: " if removal.line else ""
        lines.append(f"[{removal.action}: {removal.rule}] {where}{removal.text}")
    return "\n".join(lines) or "nothing removed"


def join_paragraphs(paragraphs: list[str]) -> tuple[str, tuple[Paragraph, ...]]:
    """The article text (paragraphs joined by a blank line) and their spans."""
    spans, offset = [], 0
    for index, paragraph in enumerate(paragraphs):
        spans.append(Paragraph(index=index, start=offset, end=offset + len(paragraph)))
        offset += len(paragraph) + 2
    return "\n\n".join(paragraphs), tuple(spans)


def _main_text(document: Document) -> tuple[str, dict]:
    if document.kind != "html":
        return document.text, {}
    import trafilatura

    result = trafilatura.bare_extraction(document.text, with_metadata=True, include_comments=False,
                                         include_tables=False, as_dict=True) or {}
    meta = {"title": result.get("title"), "author": result.get("author"),
            "outlet": result.get("sitename"), "published": result.get("date")}
    return result.get("text") or "", meta


def _paragraphs(text: str) -> tuple[list[str], list[Removal]]:
    kept: list[str] = []
    removals: list[Removal] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = re.sub(r"[ \t\u00a0]+", " ", line).strip()
        if not line:
            continue
        if line in kept:
            removals.append(Removal(action="merged", rule="repeated-paragraph", text=line, line=number))
            continue
        kept.append(line)
    return kept, removals
