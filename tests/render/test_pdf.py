"""The PDF as a reader's tools see it: outline, metadata, embedded fonts,
page size and running page numbers, and no name that loses a glyph."""

from __future__ import annotations

import subprocess

import pytest
from tests.helpers import brief, tool, write

NAMES = {"name": "Сергей Лавров", "role": "وزير الخارجية", "title": "Zoë Čapek and Ðorđe Müller"}


def flatten(items):
    """Every title in a pypdf outline (nested lists for sub-headings)."""
    for item in items:
        yield from flatten(item) if isinstance(item, list) else [item.title]


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf")
    return write(brief(NAMES), out, formats=("pdf",), paper="Letter")["pdf"]


def test_outline_from_headings(pdf):
    from pypdf import PdfReader

    titles = list(flatten(PdfReader(pdf).outline))
    for heading in ("Executive summary", "Annex: people", "Timeline", "Sources"):
        assert any(heading in title for title in titles), titles


def test_metadata_and_tagging(pdf):
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    meta = reader.metadata
    assert meta.title == NAMES["title"]
    assert meta.author == "Policy Unit" and meta.subject == "Transport policy"
    assert "Transport" in reader.metadata.get("/Keywords", "")
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # tagged (PDF/UA-1)


def test_letter_paper_and_page_x_of_y(pdf):
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert f"Page 1 of {len(reader.pages)}" in reader.pages[0].extract_text()


def test_internal_links_work(pdf):
    from pypdf import PdfReader

    links = [a.get_object() for page in PdfReader(pdf).pages for a in page.get("/Annots", [])]
    internal = [a for a in links if "/Dest" in a or ("/A" in a and a["/A"].get("/S") == "/GoTo")]
    assert internal, "no internal link in the PDF"


def test_fonts_embedded_and_scripts_covered(pdf):
    report = subprocess.run([tool("pdffonts", "poppler-utils"), str(pdf)],
                            capture_output=True, text=True, check=True).stdout
    rows = report.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), report
    assert "Briefing-Arabic" in report or "Briefing-Fallback" in report  # the Arabic role


def test_no_glyph_lost(pdf):
    text = subprocess.run([tool("pdftotext", "poppler-utils"), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    for word in ("Сергей", "Лавров", "Zoë", "Čapek", "Ðorđe", "Müller"):
        assert word in text
    assert "\ufffd" not in text


def test_seed_brief_pdf_has_every_section_and_embeds_its_fonts(seed_build):
    from pypdf import PdfReader

    _, out, data = seed_build
    reader = PdfReader(out / "brief.pdf")
    titles = list(flatten(reader.outline))
    assert "Executive summary" in titles and "Sources" in titles
    assert len(reader.pages) >= 3
    fonts = subprocess.run([tool("pdffonts", "poppler-utils"), str(out / "brief.pdf")],
                           capture_output=True, text=True, check=True).stdout
    assert "Briefing-Serif" in fonts and all(" yes " in row for row in fonts.splitlines()[2:])


def test_a_small_brief_writes_its_pdf_alongside_the_other_formats(tmp_path):
    import os

    from briefing.render import RENDERERS

    pids = []
    real = RENDERERS["pdf"]

    def tracked(made, config, path):
        pids.append(os.getpid())
        (tmp_path / "pdf-pid").write_text(str(os.getpid()))
        real(made, config, path)

    RENDERERS["pdf"] = tracked
    try:
        paths = write(brief(), tmp_path / "out")
    finally:
        RENDERERS["pdf"] = real
    assert paths["pdf"].read_bytes().startswith(b"%PDF") and paths["docx"].stat().st_size > 0
    assert int((tmp_path / "pdf-pid").read_text()) != os.getpid() and not pids  # a forked process wrote it


def test_a_pdf_that_fails_alongside_fails_the_render_with_its_reason(tmp_path):
    from briefing.errors import BriefingError
    from briefing.render import RENDERERS

    real = RENDERERS["pdf"]

    def broken(made, config, path):
        raise BriefingError("WeasyPrint could not load a font")

    RENDERERS["pdf"] = broken
    try:
        with pytest.raises(BriefingError, match="could not write the PDF: WeasyPrint could not load a font"):
            write(brief(), tmp_path / "out")
    finally:
        RENDERERS["pdf"] = real


def test_a_stance_word_and_a_name_are_never_hyphenated(tmp_path):
    """A long role squeezes the people annex's stance column: the word
    stays whole ("Neut-ral" had broken over two lines), as do names."""
    role = ("leader of the anti-immigration Independence Party of the northern provinces and chair of "
            "the Clingendael Institute of International Relations and Affairs")
    out = write(brief({"role": role, "name": "Stronger Togetherness"}), tmp_path, formats=("pdf",))["pdf"]
    text = subprocess.run([tool("pdftotext", "poppler-utils"), "-layout", str(out), "-"],
                          capture_output=True, text=True, check=True).stdout
    annex = text[text.rindex("Annex: people"):]
    assert "Optimistic" in annex and "Skeptical" in annex, annex[:600]
    assert "Stronger Togetherness" in annex
