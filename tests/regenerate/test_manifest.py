"""The typed manifest: what manifest.json holds reads back as the same
`Manifest`, and an older or partial manifest reads with defaults."""

from __future__ import annotations

import json

from briefing.models import Skipped
from briefing.regenerate.manifest import ArticleSeen, Input, Manifest, Snapshot, VoiceSeen


def test_a_manifest_reads_back_as_written():
    snapshot = Snapshot(articles={"a": ArticleSeen(title="Ferry approved", sha256="1", number=1, file="a.txt")},
                        people=("anna ilves",), figures=("40 million euros|cost",), viewpoints=("anna ilves|optimistic",),
                        voices={"anna ilves": VoiceSeen(stance="optimistic", evidence="f00d")}, events=("2027|opens",))
    manifest = Manifest(edition="20260101T000000Z", created="2026-01-01T00:00:00+00:00", title="Ferry",
                        fingerprint="abc", formats=("json", "pdf"),
                        inputs=(Input(id="a", path="/src/a.txt", sha256="1", url="https://example.org/a"),),
                        skipped=(Skipped(path="/src/b.bin", reason="binary"),), options={"title": None},
                        versions={"briefing": "1"}, contents=snapshot)
    assert Manifest.from_json(json.loads(json.dumps(manifest.to_json()))) == manifest


def test_a_manifest_from_before_voices_were_kept_reads_with_defaults():
    old = Manifest.from_json({"edition": "20250101T000000Z", "contents": {"articles": {"a": None}, "people": ["x"]}})
    assert old.fingerprint == "" and old.inputs == () and old.contents.voices is None
    assert old.contents.articles == {"a": ArticleSeen()} and old.contents.people == ("x",)
    assert "voices" not in old.contents.to_json()
    assert Manifest.from_json({"edition": "20250101T000000Z", "contents": {}}).contents is None
