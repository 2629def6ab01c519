"""The "What's new" section in every format: new, changed and dropped
sources by number and title, new voices by label (render/news.py)."""

from __future__ import annotations

import docx
from tests.helpers import brief, write

from briefing.config import Config
from briefing.models import WhatsNew
from briefing.render import news
from briefing.render.html import render_html

NEWS = WhatsNew(previous_edition="20240301T060000Z", new_articles=("a2",), changed_articles=("a1",),
                dropped_articles=("Harbour fees rise (was S3)",), new_viewpoints=("S2 · Doubts over ferry: mixed",))


def test_groups_name_sources_by_number_and_title():
    found = dict(news.groups(brief(whats_new=NEWS)))
    assert found["New sources"] == ["S2 · Doubts over ferry"]
    assert found["Changed sources"] == ["S1 · Ferry link approved"]
    assert found["Sources no longer included"] == ["Harbour fees rise (was S3)"]
    assert found["New viewpoints"] == ["S2 · Doubts over ferry: mixed"]


def test_a_long_group_says_how_many_more():
    many = WhatsNew(previous_edition="x", new_people=tuple(f"Person {i}" for i in range(40)))
    people = dict(news.groups(brief(whats_new=many)))["New people"]
    assert len(people) == news.SHOWN + 1 and people[-1].startswith("… and 15 more")


def test_html_shows_changed_and_dropped_sources():
    text = render_html(brief(whats_new=NEWS), Config())
    section = text[text.index('id="whats-new"'):text.index('id="summary"')]
    for expected in ("Changed sources", "S1 · Ferry link approved", "Sources no longer included",
                     "Harbour fees rise (was S3)", "S2 · Doubts over ferry: mixed"):
        assert expected in section


def test_docx_shows_changed_and_dropped_sources(tmp_path):
    path = write(brief(whats_new=NEWS), tmp_path, formats=("docx",))["docx"]
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "Changed sources" in text and "S1 · Ferry link approved" in text
    assert "Harbour fees rise (was S3)" in text


def test_pdf_shows_changed_and_dropped_sources(tmp_path):
    from pypdf import PdfReader

    path = write(brief(whats_new=NEWS), tmp_path, formats=("pdf",))["pdf"]
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)
    assert "Changed sources" in text and "Harbour fees rise (was S3)" in text
