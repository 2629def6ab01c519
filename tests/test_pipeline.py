"""End to end: seeds/ becomes a brief in four formats with the documented JSON shape."""

from __future__ import annotations

import re

from briefing.models import STANCES

SOURCE_KEYS = {"article", "paragraph", "start", "end"}


def test_writes_the_four_files(seed_build):
    _result, out, _data = seed_build
    for name in ("pdf", "docx", "html", "json"):
        path = out / f"brief.{name}"
        assert path.is_file() and path.stat().st_size > 1000, name
    assert (out / "brief.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "brief.docx").read_bytes().startswith(b"PK")


def test_json_has_the_documented_shape(seed_build):
    _result, _out, data = seed_build
    assert data["title"]
    assert re.match(r"\d{4}-\d{2}-\d{2}T", data["generated_at"])
    assert len(data["articles"]) == 5
    for article in data["articles"]:
        assert {"id", "title", "author", "outlet", "published", "source_path", "word_count"} <= set(article)
    for key, fields in {"summary": {"text", "sources"}, "themes": {"label", "sentences"},
                        "people": {"name", "aliases", "role", "mentions", "articles"},
                        "figures": {"text", "value", "unit", "measures", "sources"},
                        "quotes": {"text", "speaker", "sources"},
                        "viewpoints": {"voice", "stance", "evidence", "articles"},
                        "divergences": {"topic", "positions"},
                        "timeline": {"date", "text", "sources"}}.items():
        assert isinstance(data[key], list), key
        for item in data[key]:
            assert fields <= set(item), (key, item)
    assert data["summary"] and data["people"] and data["timeline"]
    assert all(v["stance"] in STANCES for v in data["viewpoints"])
    assert all(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", e["date"]) for e in data["timeline"])


def test_every_source_points_at_its_passage(seed_build):
    result, _out, data = seed_build
    texts = {a.id: a.text for a in result.brief.articles}
    claims = data["summary"] + [s for t in data["themes"] for s in t["sentences"]] + data["timeline"]
    for claim in claims:
        assert claim["sources"]
        for source in claim["sources"]:
            assert set(source) == SOURCE_KEYS
            passage = texts[source["article"]][source["start"]:source["end"]]
            assert passage and passage in claim["text"] or claim["text"] in passage
    for quote in data["quotes"]:
        source = quote["sources"][0]
        assert quote["text"] in texts[source["article"]][source["start"] - 1:source["end"] + 1]
