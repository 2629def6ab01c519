"""The DOCX as Word and LibreOffice see it: named styles only, a TOC field,
real footnotes, a table style with a repeating header row, pictures with
captions, core properties, and a house template's styles when given one."""

from __future__ import annotations

import re
import subprocess

import docx
import pytest
from tests.helpers import brief, tool, write

from briefing.render.docx_styles import TABLE_STYLE

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("docx")
    path = write(brief(), out, formats=("docx",))["docx"]
    return path, docx.Document(str(path))


def _styles(document) -> set[str]:
    return {p.style.name for p in document.paragraphs}


def test_real_styles_for_headings_lists_quotes_captions(built):
    _, document = built
    assert {"Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "Quote",
            "Caption"} <= _styles(document)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == ["What’s new since the last edition", "Executive summary",
                            "Key developments by theme"]


def test_toc_is_a_field(built):
    _, document = built
    instructions = [t.text for t in document.element.body.iter(f"{W}instrText")]
    assert any(i.strip().startswith("TOC") for i in instructions)
    assert any(i.strip().startswith("SEQ Figure") for i in instructions)


def test_citations_are_real_footnotes(built):
    _, document = built
    from lxml import etree

    part = next(rel.target_part for rel in document.part.rels.values() if rel.reltype.endswith("/footnotes"))
    root = etree.fromstring(part.blob)
    notes = [n for n in root.iter(f"{W}footnote") if int(n.get(f"{W}id")) > 0]
    refs = list(document.element.body.iter(f"{W}footnoteReference"))
    assert notes and len(refs) == len(notes)
    assert {int(r.get(f"{W}id")) for r in refs} == {int(n.get(f"{W}id")) for n in notes}
    text = "".join(t.text for t in notes[0].iter(f"{W}t"))
    assert re.search(r"S\d+ ¶\d+: “", text)  # compact: source number and paragraph
    anchors = {h.get(f"{W}anchor") for h in root.iter(f"{W}hyperlink")}
    marks = {b.get(f"{W}name") for b in document.element.body.iter(f"{W}bookmarkStart")}
    assert anchors <= marks  # each note leads to its source entry


def test_tables_use_the_named_style_with_a_repeating_header(built):
    _, document = built
    assert len(document.tables) >= 4
    for table in document.tables:
        assert table.style.name == TABLE_STYLE
        assert table.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None
    style = document.styles[TABLE_STYLE]
    assert style.element.find(f"{W}tblStylePr[@{W}type='firstRow']") is not None
    table = document.tables[-1]
    row = table.add_row()  # an editor adding a row keeps the table's style
    assert table.style.name == TABLE_STYLE and len(row.cells) == len(table.columns)


def test_a_table_stays_on_the_page_of_what_introduces_it(built):
    _, document = built
    for table in document.tables:
        before = table._tbl.getprevious()
        if before is not None and before.tag == f"{W}p":
            assert before.find(f"{W}pPr/{W}keepNext") is not None
        header = table.rows[0].cells[0].paragraphs[0]
        assert header.paragraph_format.keep_with_next


def test_charts_are_pictures_with_alt_text(built):
    _, document = built
    pictures = document.inline_shapes
    assert len(pictures) >= 2
    assert all(p._inline.docPr.get("descr") for p in pictures)


def test_core_properties(built):
    _, document = built
    props = document.core_properties
    assert props.title == "Island ferry link" and props.author == "Policy Unit"
    assert props.subject == "Transport policy" and "Transport" in props.keywords


def test_reference_docx_styles_are_used(tmp_path):
    house = docx.Document()
    house.styles["Heading 1"].font.name = "Courier New"
    house.add_paragraph("house content that must not survive")
    house.save(str(tmp_path / "house.docx"))
    path = write(brief(), tmp_path / "out", formats=("docx",),
                 reference_docx=str(tmp_path / "house.docx"))["docx"]
    document = docx.Document(str(path))
    assert document.styles["Heading 1"].font.name == "Courier New"
    assert "house content" not in "".join(p.text for p in document.paragraphs)


def test_libreoffice_converts_it(built, tmp_path):
    soffice = tool("soffice", "libreoffice-writer-nogui")
    result = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                             "--convert-to", "pdf", "--outdir", str(tmp_path), str(built[0])],
                            capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "brief.pdf"
    assert result.returncode == 0 and pdf.is_file(), result.stderr
    from pypdf import PdfReader

    text = PdfReader(pdf).pages[0].extract_text()
    assert "Island ferry link" in text


def test_a_house_template_missing_styles_still_works(tmp_path):
    house = docx.Document()
    for name in ("List Bullet", "Caption", "Quote", "Title", "Subtitle", "Heading 3", "TOC Heading"):
        element = house.styles[name].element
        element.getparent().remove(element)
    house.save(str(tmp_path / "bare.docx"))
    path = write(brief(), tmp_path / "out", formats=("docx",), reference_docx=str(tmp_path / "bare.docx"))["docx"]
    document = docx.Document(str(path))
    assert {"Title", "List Bullet", "Caption", "Quote", "Heading 3"} <= _styles(document)
    num = document.styles["List Bullet"].element.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
    numbering = document.part.numbering_part.element
    abstract = numbering.find(f"{W}num[@{W}numId='{num}']/{W}abstractNumId").get(f"{W}val")
    fmt = numbering.find(f"{W}abstractNum[@{W}abstractNumId='{abstract}']/{W}lvl/{W}numFmt")
    assert fmt.get(f"{W}val") == "bullet"  # the list still shows bullets
    level = document.styles["Heading 3"].element.find(f"{W}pPr/{W}outlineLvl")
    assert level is not None and level.get(f"{W}val") == "2"  # in the navigation pane


def test_a_bad_reference_docx_is_a_clear_error(tmp_path):
    from briefing.errors import BriefingError

    (tmp_path / "not.docx").write_text("not a zip")
    with pytest.raises(BriefingError, match="reference DOCX"):
        write(brief(), tmp_path / "out", formats=("docx",), reference_docx=str(tmp_path / "not.docx"))


def test_cli_passes_reference_docx_to_the_config():
    from briefing.cli import make_parser

    args = make_parser().parse_args(["build", "--reference-docx", "house.docx"])
    assert args.reference_docx == "house.docx"


def test_an_almost_empty_brief_renders_in_every_format(tmp_path):
    from tests.helpers import article

    from briefing.models import Brief

    bare = Brief(title="Nothing much", generated_at="2024-01-01T00:00:00Z", articles=(article(),),
                 summary=(), themes=(), people=(), figures=(), quotes=(), viewpoints=(), divergences=(),
                 timeline=())
    written = write(bare, tmp_path, formats=("json", "html", "docx", "pdf"))
    assert all(path.stat().st_size > 0 for path in written.values())
    document = docx.Document(str(written["docx"]))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == ["Discrepancies and caveats", "Sources"]


def test_a_house_template_naming_styles_like_libreoffice(tmp_path):
    # LibreOffice writes <w:name w:val="Heading 1"/>; Word and python-docx expect "heading 1".
    house = docx.Document()
    house.styles["Heading 1"].element.name_val = "Heading 1"
    house.styles["Caption"].element.name_val = "CAPTION"
    house.save(str(tmp_path / "lo.docx"))
    path = write(brief(), tmp_path / "out", formats=("docx",), reference_docx=str(tmp_path / "lo.docx"))["docx"]
    document = docx.Document(str(path))
    ids = [s.style_id for s in document.styles]
    assert len(ids) == len(set(ids))
    assert "Heading 1" in _styles(document) and "Caption" in _styles(document)


def test_detail_goes_to_annexes_after_the_sources(tmp_path):
    """The brief proper shows the best-attested timeline rows and the
    portrayal grid; the full timeline and the sentences behind the grid
    are annexes after the Sources, as in the PDF."""
    from dataclasses import replace

    from briefing.models import Event, Portrayal
    from briefing.render.view import TIMELINE_ROWS
    from tests.helpers import claim

    base = brief()
    art = base.articles[0]
    events = tuple(Event(date=f"{2000 + i}", text=f"Event number {i} happened.", sources=claim(art, 0).sources)
                   for i in range(TIMELINE_ROWS + 5))
    portrayal = Portrayal(actor="Jana Novák", article=art.id, polarity="negative", score=-0.5, mentions=1,
                          evidence=(claim(art, 1),))
    path = write(replace(base, timeline=events, portrayals=(portrayal,)), tmp_path, formats=("docx",))["docx"]
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings.index("Sources") < headings.index("Annex: portrayal evidence")
    assert headings.index("Sources") < headings.index("Annex: full timeline")
    timelines = [t for t in document.tables if t.rows[0].cells[0].text == "Date"]
    assert [len(t.rows) - 1 for t in timelines] == [TIMELINE_ROWS, TIMELINE_ROWS + 5]
    body = [p.text for p in document.paragraphs]
    evidence = body.index("Annex: portrayal evidence")
    assert any("S1 on Jana Novák (negative)" in text for text in body[evidence:])
    assert not any("S1 on Jana Novák (negative)" in text for text in body[:evidence])


def test_table_cells_have_the_tables_own_paragraph_styles(tmp_path):
    document = docx.Document(str(write(brief(), tmp_path, formats=("docx",))["docx"]))
    cell_styles = {p.style.name for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs}
    assert cell_styles <= {"Table Text", "Table Quote"} and "Table Text" in cell_styles


def test_portrayal_grid_columns_never_break_a_name_inside_a_word(tmp_path):
    """Eight actors share the grid: each column is at least as wide as its
    longest word (8-point letters, 0.16 cm each, plus the cell's margins),
    where equal shares had broken "Schwarzenegger" inside the word; the
    columns still fit the page together."""
    from dataclasses import replace

    from briefing.models import Portrayal
    from briefing.render.docx_tables import TEXT_WIDTH_CM

    base = brief()
    art = base.articles[0]
    names = ["Arnold Schwarzenegger", "Benjamin Netanyahu", "Ana Li", "Bo Xu", "Jo Ng", "Al Gore", "Ed Lee", "Ty Cobb"]
    portrayals = tuple(Portrayal(actor=name, article=art.id, polarity="neutral", score=0.0, mentions=1)
                       for name in names)
    document = docx.Document(str(write(replace(base, portrayals=portrayals), tmp_path, formats=("docx",))["docx"]))
    grid = next(t for t in document.tables if t.rows[0].cells[0].text == "Source")
    widths = {cell.text: grid.columns[n].width.cm for n, cell in enumerate(grid.rows[0].cells)}
    assert widths["Arnold Schwarzenegger"] >= 0.38 + 0.16 * len("Schwarzenegger")
    assert widths["Benjamin Netanyahu"] >= 0.38 + 0.16 * len("Netanyahu")
    assert widths["Bo Xu"] >= 0.38 + 0.16 * len("negative")  # a mark's word fits too
    assert sum(widths.values()) <= TEXT_WIDTH_CM + 0.01


def test_a_hyphenated_name_needs_only_its_longest_part_in_the_portrayal_grid():
    from briefing.render.docx_portrayals import column_widths

    # Word breaks a line after a hyphen, so "Campa-Najjar" needs "Campa-"'s
    # width, not the whole word's; eight long names then fit unscaled and
    # "Department" is not broken inside the word.
    names = ["Duncan Hunter", "Donald J. Trump", "Justice Department", "Democrats", "Republicans", "Hunters",
             "Gregory A. Vega", "Ammar Campa-Najjar"]
    widths = column_widths(names)
    alone = column_widths(["Ammar Campa-Najjar"])[1]
    assert alone == column_widths(["Ammar Najjar"])[1] < column_widths(["Ammar CampaNajjar"])[1]
    assert widths[names.index("Justice Department") + 1] >= 0.38 + 0.17 * len("Department")
