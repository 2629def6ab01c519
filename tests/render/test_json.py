"""brief.json keeps the shape the README documents."""

from __future__ import annotations

import json

from tests.helpers import brief, write

DOCUMENTED = {"title", "generated_at", "articles", "summary", "themes", "people", "figures", "quotes",
              "viewpoints", "divergences", "agreements", "discrepancies", "timeline", "digests", "skipped"}


def test_documented_keys_and_shapes(tmp_path):
    data = json.loads(write(brief(), tmp_path, formats=("json",))["json"].read_text(encoding="utf-8"))
    assert DOCUMENTED <= set(data)
    article = data["articles"][0]
    assert {"id", "title", "author", "outlet", "published", "date_note", "source_path", "url", "sha256",
            "word_count", "text", "paragraphs"} <= set(article)
    source = data["summary"][0]["sources"][0]
    assert set(source) == {"article", "paragraph", "start", "end"}
    assert article["text"][source["start"]:source["end"]] == data["summary"][0]["text"]
    assert data["digests"][0]["article"] == "a1"
    assert "options" not in data and "removals" not in article


def test_the_streamed_file_is_the_whole_document_written_at_once(tmp_path):
    from dataclasses import replace

    from briefing.render.json import brief_data

    made = brief()
    for shown in (made, replace(made, digests=(), articles=())):  # empty lists stream as []
        text = write(shown, tmp_path / str(len(shown.articles)), formats=("json",))["json"].read_text(encoding="utf-8")
        assert text == json.dumps(brief_data(shown), ensure_ascii=False, indent=2)


def test_each_item_reads_as_the_standard_library_writes_it():
    from briefing.render.json import _encoded

    item = {"name": "Ines Varga «quoted» — \u2028", "score": 0.125, "mentions": 3, "empty": [], "none": None,
            "nested": {"keys": ["a", "b"], "flag": True, "nothing": {}}, "control": "tab\there\x01"}
    assert _encoded(item) == json.dumps(item, ensure_ascii=False, indent=2)


def test_values_orjson_refuses_or_spells_otherwise_still_give_valid_json():
    from briefing.render.json import _encoded

    huge = {"count": 2 ** 70}  # beyond 64 bits: the standard library writes it
    assert _encoded(huge) == json.dumps(huge, ensure_ascii=False, indent=2)
    odd = {"tiny": 1e-05, "missing": float("nan")}
    assert json.loads(_encoded(odd)) == {"tiny": 1e-05, "missing": None}
