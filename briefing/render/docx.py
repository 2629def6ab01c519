"""brief.docx: the `Brief` written with python-docx in real Word styles."""

from __future__ import annotations

import re
from pathlib import Path

from ..config import Config
from ..models import Brief
from . import renderer
from .citations import Citations

_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def safe(text: str | None) -> str:
    """`text` without the characters XML does not allow."""
    return _XML_FORBIDDEN.sub("", text or "")


@renderer("docx")
def write_docx(brief: Brief, config: Config, path: Path) -> None:
    import docx

    document = docx.Document()
    cite = Citations(brief)
    document.add_paragraph(safe(brief.title), style="Title")
    document.add_paragraph(f"Generated {brief.generated_at}")
    document.add_heading("Executive summary", level=1)
    for claim in brief.summary:
        document.add_paragraph(safe(claim.text) + _marks(cite(claim.sources)), style="List Bullet")
    document.add_heading("Themes", level=1)
    for theme in brief.themes:
        document.add_heading(safe(theme.label), level=2)
        for claim in theme.sentences:
            document.add_paragraph(safe(claim.text) + _marks(cite(claim.sources)), style="List Bullet")
    _table(document, "Key people", ["Name", "Role", "Articles"],
           [[p.name, p.role or "", ", ".join(p.articles)] for p in brief.people])
    _table(document, "Key figures", ["Figure", "What it measures", "Source"],
           [[f.text, f.measures or "", _marks(cite(f.sources))] for f in brief.figures])
    document.add_heading("Viewpoints", level=1)
    for view in brief.viewpoints:
        document.add_heading(safe(f"{view.voice}: {view.stance}"), level=2)
        for claim in view.evidence:
            document.add_paragraph(safe(claim.text) + _marks(cite(claim.sources)), style="List Bullet")
    document.add_heading("Timeline", level=1)
    for event in brief.timeline:
        document.add_paragraph(safe(f"{event.date}: {event.text}") + _marks(cite(event.sources)),
                               style="List Bullet")
    _sources(document, brief, cite)
    document.save(str(path))


def _marks(numbers: list[int]) -> str:
    return "".join(f" [{n}]" for n in numbers)


def _table(document, heading: str, columns: list[str], rows: list[list[str]]) -> None:
    document.add_heading(heading, level=1)
    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, columns):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = safe(text)


def _sources(document, brief: Brief, cite: Citations) -> None:
    document.add_heading("Sources", level=1)
    for article in brief.articles:
        parts = [article.title or article.id, article.outlet, article.author, article.published]
        document.add_paragraph(safe(" · ".join(p for p in parts if p)), style="List Bullet")
    document.add_heading("Notes", level=1)
    for number, source, article, passage in cite.notes():
        label = (article.title if article and article.title else source.article)
        document.add_paragraph(safe(f"[{number}] {label}, paragraph {source.paragraph + 1}"))
