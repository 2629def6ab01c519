"""Safe publishing and editions: whole editions or none, brief.* always the latest."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from briefing.regenerate import editions, publish
from briefing.regenerate.manifest import Manifest


def edition(out, text: str, formats=("json", "html"), when=None) -> str:
    """Publish a fake edition whose files all say `text`; its name."""
    name = editions.new_name(out, when)
    stage = publish.staging(out, name)
    for fmt in formats:
        (stage / f"brief.{fmt}").write_text(f"{fmt}:{text}")
    manifest = Manifest(edition=name, fingerprint=text)
    publish.publish(stage, out, manifest=manifest, formats=formats)
    return name


def test_publish_makes_a_complete_edition_and_the_latest_brief(tmp_path):
    first = edition(tmp_path, "one")
    second = edition(tmp_path, "two")
    assert first != second and editions.names(tmp_path) == sorted([first, second])
    assert (tmp_path / "brief.json").read_text() == "json:two"
    assert (tmp_path / "editions" / first / "brief.json").read_text() == "json:one"
    assert editions.latest(tmp_path).edition == second
    assert (tmp_path / "editions" / "LATEST").read_text().strip() == second
    assert not list(tmp_path.rglob("*.tmp"))


def test_formats_missing_from_the_new_edition_are_withdrawn(tmp_path):
    edition(tmp_path, "one", formats=("json", "html"))
    edition(tmp_path, "two", formats=("json",))
    assert sorted(p.name for p in tmp_path.glob("brief.*")) == ["brief.json"]


def test_retention_keeps_the_newest_and_clears_leftovers(tmp_path):
    names = [edition(tmp_path, str(i), when=datetime(2026, 1, 1 + i, tzinfo=timezone.utc))
             for i in range(4)]
    (tmp_path / "editions" / "20990101T000000Z.tmp").mkdir()  # a killed build's staging
    (tmp_path / ".brief.pdf.abc.tmp").write_text("half")
    publish.clear_leftovers(tmp_path)
    removed = editions.prune(tmp_path, 2)
    assert editions.names(tmp_path) == names[2:]
    assert set(removed) == {"20990101T000000Z.tmp", *names[:2]}
    assert not (tmp_path / ".brief.pdf.abc.tmp").exists()


def test_latest_survives_a_broken_pointer_or_manifest(tmp_path):
    older = edition(tmp_path, "one", when=datetime(2026, 1, 1, tzinfo=timezone.utc))
    newer = edition(tmp_path, "two", when=datetime(2026, 1, 2, tzinfo=timezone.utc))
    (tmp_path / "editions" / "LATEST").write_text("garbage\n")
    assert editions.latest(tmp_path).edition == newer
    (tmp_path / "editions" / newer / "manifest.json").write_text("{not json")
    assert editions.latest(tmp_path).edition == older
    assert editions.latest(tmp_path / "nothing-here") is None


def test_up_to_date_needs_the_same_fingerprint_and_formats(tmp_path):
    edition(tmp_path, "same", formats=("json",))
    latest = editions.latest(tmp_path)
    assert editions.up_to_date(latest, "same", tmp_path, ("json",))
    assert not editions.up_to_date(latest, "other", tmp_path, ("json",))
    assert not editions.up_to_date(latest, "same", tmp_path, ("json", "pdf"))


def test_restore_repairs_published_copies(tmp_path):
    old = edition(tmp_path, "one", formats=("json", "html"))
    (tmp_path / "brief.json").unlink()
    (tmp_path / "brief.html").unlink()  # a stray file where the link was
    (tmp_path / "brief.html").write_text("a newer edition's file, half published")
    restored = publish.restore(tmp_path / "editions" / old, tmp_path, ("json", "html"))
    assert sorted(p.name for p in restored) == ["brief.html", "brief.json"]
    assert (tmp_path / "brief.html").read_text() == "html:one"
    assert publish.restore(tmp_path / "editions" / old, tmp_path, ("json", "html")) == []


def test_write_atomic_replaces_whole_files(tmp_path):
    target = tmp_path / "brief.json"
    publish.write_atomic(target, json.dumps({"v": 1}).encode())
    publish.write_atomic(target, json.dumps({"v": 2}).encode())
    assert json.loads(target.read_text()) == {"v": 2}
    assert [p.name for p in tmp_path.iterdir()] == ["brief.json"]


def test_post_build_hook_gets_the_edition(tmp_path):
    seen = tmp_path / "seen.txt"
    folder = tmp_path / "editions" / "20260101T000000Z"
    assert publish.run_hook(f"echo {{edition}} $BRIEFING_EDITION > {seen}", folder)
    assert seen.read_text().split() == [str(folder), str(folder)]
    assert publish.run_hook(f"sh -c 'echo \"$0\" > {seen}'", folder)
    assert seen.read_text().strip() == str(folder)
    messages: list[str] = []
    assert not publish.run_hook("exit 3", folder, log=messages.append)
    assert "exited with 3" in messages[-1]


def test_the_briefs_own_files_are_never_read_as_articles(tmp_path):
    from briefing.models import Document

    def document(path):
        return Document(id=path.stem, path=str(path), kind="html", text="x", encoding="utf-8", sha256="0")

    kept = editions.without_outputs([document(tmp_path / "story.html"),
                                     document(tmp_path / "out" / "brief.html"),
                                     document(tmp_path / "out" / "editions" / "x" / "brief.html")],
                                    tmp_path / "out")
    assert [d.id for d in kept] == ["story"]


def test_published_files_are_readable_as_the_umask_allows(tmp_path):
    import os
    import stat

    old = os.umask(0o022)
    try:
        target = tmp_path / "brief.json"
        publish.write_atomic(target, b"{}")
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
    finally:
        os.umask(old)
