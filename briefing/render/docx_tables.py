"""Tables in the DOCX: the "Brief Table" style, a header row that repeats on
every page and is kept by Word when rows are added, widths that fit the page."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

from .docx_fields import safe
from .docx_styles import TABLE_STYLE

TEXT_WIDTH_CM = 16.5


def table(writer, columns: list[str], rows, widths: list[float], *, notes_column: bool = True):
    """A table of `rows` (`Row`s) under `columns`; `widths` are relative.
    With `notes_column` the last column holds each row's note references."""
    document = writer.doc
    _keep_with_table(document)
    grid = document.add_table(rows=1, cols=len(columns))
    grid.style = document.styles[TABLE_STYLE]
    _look(grid)
    header = grid.rows[0]
    _repeat_header(header)
    for cell, text in zip(header.cells, columns):
        cell.text = safe(text)
        cell.paragraphs[0].paragraph_format.keep_with_next = True  # never a header alone at a page's foot
    for row in rows:
        added = grid.add_row()
        _keep_whole(added)
        cells = added.cells
        texts = list(row.cells[: len(columns) - 1 if notes_column else len(columns)])
        for cell, text in zip(cells, texts):
            cell.text = safe(text)
        target = cells[-1].paragraphs[0] if notes_column else cells[len(texts) - 1].paragraphs[0]
        writer.cite(target, row.notes)
    _widths(grid, widths)
    document.add_paragraph()  # Word merges adjacent tables; a paragraph keeps them apart
    return grid


def _keep_with_table(document) -> None:
    """The paragraph before a table (its heading, or the note that
    introduces it) kept on the table's page: a section's opening words left
    at the foot of one page with its table on the next read as cut off."""
    from docx.text.paragraph import Paragraph

    blocks = (child for child in reversed(document.element.body) if child.tag in (qn("w:p"), qn("w:tbl")))
    last = next(blocks, None)
    if last is not None and last.tag == qn("w:p"):
        Paragraph(last, document).paragraph_format.keep_with_next = True


def _look(grid) -> None:
    # firstRow on, banding and first-column emphasis off: the header row is
    # the style's only special row.
    tbl_pr = grid._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblLook")):
        tbl_pr.remove(old)
    tbl_pr.append(parse_xml(f'<w:tblLook {nsdecls("w")} w:val="0420" w:firstRow="1" w:lastRow="0" '
                            'w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'))


def _keep_whole(row) -> None:
    # A short row split over two pages reads as two broken rows.
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def _widths(grid, widths: list[float]) -> None:
    total = sum(widths)
    sizes = [Cm(TEXT_WIDTH_CM * w / total) for w in widths]
    grid.autofit = False
    for column, size in zip(grid.columns, sizes):
        column.width = size
        for cell in column.cells:
            cell.width = size
