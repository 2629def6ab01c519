"""Property tests: a Brief made of arbitrary Unicode never crashes the HTML
or DOCX writers, and the DOCX always opens again (the PDF is left out: too
slow for many examples, and it draws the same HTML)."""

from __future__ import annotations

import docx
from tests.helpers import brief
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.config import Config
from briefing.render.docx import write_docx
from briefing.render.html import write_html

KEYS = ("title", "name", "role", "claim", "quote", "figure", "measures", "topic", "label")
texts = st.fixed_dictionaries({key: st.text(min_size=0, max_size=40) for key in KEYS})
SETTINGS = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(texts=texts)
def test_any_text_renders_to_html(tmp_path, texts):
    path = tmp_path / "brief.html"
    write_html(brief(texts), Config(marking="\x00✓"), path)
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@SETTINGS
@given(texts=texts)
def test_any_text_renders_to_a_docx_that_opens_again(tmp_path, texts):
    path = tmp_path / "brief.docx"
    write_docx(brief(texts), Config(organization="\x01Unit\ud800", marking="\x0b"), path)
    document = docx.Document(str(path))
    assert document.paragraphs and document.tables
