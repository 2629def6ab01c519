"""The seeds' outputs pass the validators on the package index: the PDF
`pdfua check` (PDF/UA-1), the DOCX and XLSX `openxml-audit` (the Open XML
SDK's schema validation), and the DOCX declares Word 2013+ (mode 15)."""

from __future__ import annotations

import pytest

from briefing import api

pdfua = pytest.importorskip("pdfua", reason="pdfua validates the PDF (pip install -e '.[dev]')")
openxml_audit = pytest.importorskip("openxml_audit",
                                    reason="openxml-audit validates DOCX/XLSX (pip install -e '.[dev]')")


def _findings(report):
    return [f"{f.rule_id} {f.severity.name}: {f.message}" for f in report.findings]


@pytest.mark.slow
def test_pdf_passes_pdfua_check(seed_build):
    _result, out, _data = seed_build
    report = pdfua.validate(str(out / "brief.pdf"))
    assert _findings(report) == []
    assert report.exit_code == 0


def test_small_pdf_passes_pdfua_check(tmp_path):
    from builders import brief
    from render_helpers import write

    written = write(brief(), tmp_path, formats=("pdf",))
    assert _findings(pdfua.validate(str(written["pdf"]))) == []


def _audit(path):
    from openxml_audit import OpenXmlValidator

    result = OpenXmlValidator().validate(str(path))
    return [f"{getattr(e, 'category', '')} {e.severity.value}: {e.description} "
            f"({getattr(e, 'part', '') or getattr(e, 'path', '')})" for e in result.errors]


@pytest.mark.slow
def test_docx_is_schema_valid_and_in_current_mode(seed_build):
    import docx

    from briefing.render.docx_compat import compatibility_mode

    _result, out, _data = seed_build
    assert compatibility_mode(docx.Document(str(out / "brief.docx"))) == "15"
    assert _audit(out / "brief.docx") == []


@pytest.mark.slow
def test_xlsx_is_schema_valid(seed_build, tmp_path):
    _result, out, _data = seed_build
    path = api.write_xlsx(api.load_brief(out / "brief.json"), tmp_path / "brief.xlsx")
    assert _audit(path) == []


def test_reference_docx_without_compat_gets_mode_15(tmp_path):
    import docx
    from docx.oxml.ns import qn

    from briefing.render.docx_compat import compatibility_mode, modernize

    document = docx.Document()
    settings = document.settings.element
    settings.remove(settings.find(qn("w:compat")))
    assert compatibility_mode(document) is None
    modernize(document)
    document.save(str(tmp_path / "house.docx"))
    assert compatibility_mode(docx.Document(str(tmp_path / "house.docx"))) == "15"
    assert _audit(tmp_path / "house.docx") == []


def test_header_cells_get_the_scope_their_table_implies(tmp_path):
    """Column headers in the table head, row headers named by their row's
    data cells: the /Scope WeasyPrint leaves out, added by the finisher."""
    import pikepdf
    import weasyprint

    from briefing.render.pdf_tags import scope_headers

    html = ("<html lang='en'><head><title>t</title></head><body><table>"
            "<thead><tr><th scope='col'>Name</th><th scope='col'>Role</th></tr></thead>"
            "<tbody><tr><th scope='row'>Ana</th><td>mayor</td></tr>"
            "<tr><th scope='row'>Ben</th><td>clerk</td></tr></tbody></table></body></html>")
    path = tmp_path / "t.pdf"
    weasyprint.HTML(string=html).write_pdf(str(path), pdf_variant="pdf/ua-1", finisher=scope_headers)
    with pikepdf.open(path) as pdf:
        scopes = sorted(str(o.A.Scope) for o in pdf.objects
                        if isinstance(o, pikepdf.Dictionary) and o.get("/S") == "/TH")
    assert scopes == ["/Column", "/Column", "/Row", "/Row"]
