"""The HTML brief: every section, citations that lead to notes and sources,
standalone, escaped, and drawn by a real browser."""

from __future__ import annotations

import re
import subprocess

import pytest
from tests.helpers import brief, tool, write

from briefing.render.html import render_html
from briefing.config import Config


@pytest.fixture(scope="module")
def html(tmp_path_factory):
    out = tmp_path_factory.mktemp("html")
    path = write(brief(), out, formats=("html",))["html"]
    return path, path.read_text(encoding="utf-8")


def test_every_section_in_reading_order(html):
    _, text = html
    ids = ["key-judgments", "scope", "whats-new", "summary", "themes", "viewpoints", "figures", "timeline",
           "caveats", "sources", "notes", "people", "quotes", "appendix"]
    positions = [text.index(f'id="{anchor}"') for anchor in ids]
    assert positions == sorted(positions)
    assert "Key judgments" in text and "High confidence" in text and "FOR INTERNAL USE" in text and "Policy Unit" in text


def test_contents_links_to_each_section(html):
    _, text = html
    toc = text[text.index('class="toc"'):text.index("</nav>")]
    for anchor in re.findall(r'href="#([\w-]+)"', toc):
        assert f'id="{anchor}"' in text


def test_each_citation_leads_to_a_note_and_each_note_to_a_source(html):
    _, text = html
    cited = set(re.findall(r'href="#note-(\d+)"', text))
    notes = set(re.findall(r'id="note-(\d+)"', text))
    assert cited and cited == notes
    for article in re.findall(r'href="#source-([\w-]+)"', text):
        assert f'id="source-{article}"' in text


def test_viewpoints_side_by_side_with_stances(html):
    _, text = html
    table = text[text.index('class="sides"'):]
    table = table[:table.index("</table>")]
    for side in ("Optimistic", "Skeptical", "Mixed"):
        assert f'<th scope="col">{side}</th>' in table
    assert "Olek Petrenko" in table and "Jana Novák" in table


def test_standalone_no_external_reference(html):
    _, text = html
    # Nothing is loaded from outside the page (links to the sources are
    # navigation, not resources).
    assert not re.search(r'src="(?!data:)', text) and not re.search(r"<link\b", text)
    assert not re.search(r'href="(?!#|data:|https?://)', text)
    assert "<style>" in text and "data:image/svg+xml;base64," in text


def test_empty_sections_are_left_out():
    bare = brief(people=(), figures=(), quotes=(), divergences=(), agreements=(), discrepancies=(),
                 whats_new=None, bottom_line=None, key_judgments=(), scope=None)
    text = render_html(bare, Config())
    for anchor in ("people", "figures", "quotes", "whats-new"):
        assert f'id="{anchor}"' not in text
    assert "Key judgments" not in text and 'id="scope"' not in text


def test_chromium_draws_a_page_that_is_not_blank(html, tmp_path):
    from PIL import Image, ImageStat

    chromium = tool("chromium", "chromium")
    shot = tmp_path / "shot.png"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--screenshot={shot}", "--window-size=412,900", html[0].as_uri()],
                   capture_output=True, timeout=120)
    assert shot.is_file(), "chromium wrote no screenshot"
    image = Image.open(shot).convert("L")
    assert ImageStat.Stat(image).stddev[0] > 10  # text on a white page, not a blank one


def test_whats_new_without_changes_says_so():
    from briefing.models import WhatsNew

    text = render_html(brief(whats_new=WhatsNew(previous_edition="2024-03-01")), Config())
    section = text[text.index('id="whats-new"'):text.index('id="summary"')]
    assert "No changes" in section and "2024-03-01" in section


def test_first_edition_has_no_whats_new():
    assert 'id="whats-new"' not in render_html(brief(whats_new=None), Config())


def test_source_urls_are_links_and_only_web_ones():
    from dataclasses import replace as swap

    base = brief()
    articles = (swap(base.articles[0], url="https://example.org/ferry"),
                swap(base.articles[1], url="javascript:alert(1)"))
    text = render_html(swap(base, articles=articles), Config())
    assert '<a class="url" href="https://example.org/ferry">https://example.org/ferry</a>' in text
    assert 'href="javascript:' not in text


def test_each_note_links_back_to_its_first_mark():
    import re

    text = render_html(brief(), Config())
    backs = re.findall(r'href="#cite-(\d+)"', text)
    marks = re.findall(r'id="cite-(\d+)"', text)
    notes = re.findall(r'<li id="note-(\d+)"', text)
    assert backs == notes and sorted(marks, key=int) == sorted(set(marks), key=int) == notes


def test_viewpoints_stack_at_phone_width_each_saying_its_stance():
    text = render_html(brief(), Config())
    phone = text[text.index("@media (max-width"):]
    assert "table.sides, table.sides tbody, table.sides tr, table.sides td { display: block" in phone
    assert '<p class="phone-side">Optimistic</p>' in text and '<p class="phone-side">Skeptical</p>' in text
    assert "phone-side" not in render_html(brief(), Config(), for_print=True).split("</style>")[-1]
