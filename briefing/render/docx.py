"""brief.docx: the `BriefView` written with python-docx, for editing in Word.

Drawn from the same view as the HTML (not from the HTML), in named styles
only: Title, Subtitle, Heading 1-3, List Bullet, Quote, Caption, the
"Brief Table" table style with a repeating header row, a real TOC field,
citations as real footnotes, charts as pictures with SEQ-numbered captions,
and the core properties set.  `config.reference_docx` (a house template)
supplies the styles, page set-up, headers and footers, as pandoc's
reference doc does.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from ..config import Config
from ..errors import BriefingError
from ..models import Brief
from . import renderer
from .docx_compat import modernize
from .docx_fields import Footnotes, bookmark, field, safe, toc, update_fields_on_open
from .docx_styles import TABLE_STYLE, ensure_styles, table_text
from .docx_tables import table
from ..language.labels import shorten
from .view import BriefView, Cited, build_view, contents

__all__ = ["safe", "write_docx"]

CHART_CM = 12
"""A chart's width on the page (the text block is 17 cm wide)."""

FOOTNOTE_CHARS = 70
"""Longest excerpt of the passage a footnote quotes: one line at 8 pt."""


@renderer("docx")
def write_docx(brief: Brief, config: Config, path: Path) -> None:
    from .html import brief_charts

    view = build_view(brief, config)
    document = _start(config)
    writer = _Writer(document, view, brief_charts(brief))
    writer.brief = brief  # the portrayal section reads it (docx_portrayals)
    writer.write()
    _properties(document, brief, view)
    modernize(document)
    document.save(str(path))
    check_written(path)


def check_written(path: Path) -> None:
    """Re-open the DOCX just written with python-docx; a file that does not
    open is a one-line BriefingError, so it is never published."""
    import docx

    try:
        docx.Document(str(path))
    except Exception as error:  # noqa: BLE001 - python-docx raises many kinds
        raise BriefingError(f"the DOCX written ({path}) does not open again; nothing was published "
                            f"({type(error).__name__}: {' '.join(str(error).split())[:160]})") from None


def _start(config: Config):
    """A blank document: the house template emptied, or python-docx's own."""
    import docx

    if not config.reference_docx:
        document = docx.Document()
        _page(document, config.paper)
        ensure_styles(document, house=False)
        return document
    from .docx_reference import slim

    try:
        document = docx.Document(slim(config.reference_docx))
    except BriefingError:
        raise
    except Exception as error:  # python-docx raises many kinds on a bad file
        raise BriefingError(f"cannot use {config.reference_docx} as reference DOCX: {error}") from None
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    ensure_styles(document, house=True)
    return document


def _page(document, paper: str) -> None:
    from docx.shared import Cm, Inches

    section = document.sections[0]
    if paper == "Letter":
        section.page_width, section.page_height = Inches(8.5), Inches(11)
    else:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2.2)


def _properties(document, brief: Brief, view: BriefView) -> None:
    props = document.core_properties
    props.title = safe(view.title)[:255]
    props.subject = safe(view.subject)[:255]
    props.author = safe(view.organization or "briefing")[:255]
    props.keywords = safe(", ".join(t.label for t in brief.themes[:8]))[:255]
    props.category = "Policy brief"
    props.comments = safe(f"Built by briefing from {len(brief.articles)} sources")
    try:
        props.created = dt.datetime.fromisoformat(brief.generated_at.replace("Z", "+00:00"))
    except ValueError:
        pass  # an unreadable timestamp leaves python-docx's default


class _Writer:
    """Walks the view, section by section, into the document."""

    def __init__(self, document, view: BriefView, charts: dict):
        self.doc, self.view, self.charts = document, view, charts
        self.notes = {note.number: note for note in view.notes}
        self.sources = {row.cells[0]: int(row.cells[7][1:]) for row in view.sources}
        self.footnotes = Footnotes(document)
        self.figures = 0

    def write(self) -> None:
        from .docx_portrayals import write_portrayals
        from .docx_sections import SECTIONS

        self._title()
        portrayed = False
        for anchor, heading in contents(self.view):
            # Portrayals follow the viewpoints, before the tables (as in the HTML).
            if not portrayed and anchor not in ("whats-new", "summary", "themes", "viewpoints"):
                write_portrayals(self, getattr(self, "brief", None))
                portrayed = True
            if anchor in SECTIONS:
                title = self.heading(heading, 1)
                # Reference matter starts on its own page, as in the PDF.
                title.paragraph_format.page_break_before = anchor in ("sources", "appendix")
                SECTIONS[anchor](self)
        table_text(self.doc)
        self._chrome()
        update_fields_on_open(self.doc)

    # ----- building blocks used by docx_sections -----

    def heading(self, text: str, level: int):
        return self.doc.add_paragraph(safe(text), style=f"Heading {level}")

    def para(self, text: str = "", style: str | None = None, notes=()):
        paragraph = self.doc.add_paragraph(safe(text), style=style)
        self.cite(paragraph, notes)
        return paragraph

    def items(self, items: tuple[Cited, ...], style: str = "List Bullet") -> None:
        for item in items:
            paragraph = self.doc.add_paragraph(style=style)
            if item.label:
                paragraph.add_run(safe(item.label + ": ")).bold = True
            paragraph.add_run(safe(item.text))
            self.cite(paragraph, item.notes)

    def cite(self, paragraph, notes) -> None:
        if notes:
            self.footnotes.cite(paragraph, notes, self._note)

    def _note(self, number: int) -> tuple[str, str, str]:
        note = self.notes[number]
        # Footnotes sit on every page: one line each ("S3 ¶4: “the opening
        # words…”"), a shorter excerpt than the HTML's notes.
        passage = shorten(note.passage, FOOTNOTE_CHARS)
        rest = f" ¶{note.paragraph}" + (f": “{passage}”" if passage else "")
        return note.label, f"src_{self.sources.get(note.article, 0)}", rest

    def table(self, columns, rows, widths, notes_column: bool = True):
        return table(self, columns, rows, widths, notes_column=notes_column)

    def chart(self, name: str) -> None:
        chart = self.charts.get(name)
        if chart is None:
            return
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm

        picture = self.doc.add_paragraph()
        picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
        picture.paragraph_format.keep_with_next = True
        shape = picture.add_run().add_picture(io.BytesIO(chart.png), width=Cm(CHART_CM))
        shape._inline.docPr.set("descr", safe(f"{chart.title}. {chart.caption}"))
        self.figures += 1
        caption = self.doc.add_paragraph("Figure ", style="Caption")
        field(caption, "SEQ Figure \\* ARABIC", str(self.figures))
        caption.add_run(safe(f". {chart.title}. {chart.caption}"))

    # ----- title block and page furniture -----

    def _title(self) -> None:
        v = self.view
        if v.marking:
            self.para(style="Subtitle").add_run(safe(v.marking)).bold = True
        if v.organization:
            self.para(v.organization, "Subtitle")
        self.para(v.title, "Title")
        meta = " · ".join(x for x in (v.subject, v.date, f"Edition {v.edition}" if v.edition else "",
                                      f"{v.source_count} sources") if x)
        self.para(meta, "Subtitle")
        from .docx_sections import title_box

        title_box(self)
        self.para("Contents", "TOC Heading")
        # The notes are Word footnotes here, not a section: not in the contents.
        toc(self.doc, [heading for anchor, heading in contents(self.view) if anchor != "notes"])

    def _chrome(self) -> None:
        """Marking in the header, "Page X of Y" in the footer (house
        templates keep their own header and footer when they have one)."""
        section = self.doc.sections[0]
        if self.view.marking and not any(p.text for p in section.header.paragraphs):
            section.header.paragraphs[0].text = safe(self.view.marking)
        footer = section.footer.paragraphs[0]
        if not footer.text:
            footer.text = safe(f"{self.view.title} — Page ")
            field(footer, "PAGE", "1")
            footer.add_run(" of ")
            field(footer, "NUMPAGES", "1")

    def bookmark_source(self, paragraph, number: int) -> None:
        bookmark(paragraph, f"src_{number}", number)


__all__ += ["TABLE_STYLE"]
