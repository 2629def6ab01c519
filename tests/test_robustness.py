"""Issue 8 across the pipeline: arbitrary and hostile input never crashes a
stage, every offset stays inside its article, and a folder mixing the seeds
with broken files still becomes a brief that names each bad file once."""

from __future__ import annotations

import io
import json
import shutil
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import clean
from briefing.cli import main
from briefing.models import Document
from tests.helpers import SEEDS, distilled

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
PARAGRAPHS = st.lists(TEXT, min_size=1, max_size=6).map("\n\n".join)


def document(text: str, kind: str = "text") -> Document:
    return Document(id="doc", path="doc.txt", kind=kind, text=text, encoding="utf-8", sha256="0")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PARAGRAPHS)
def test_cleaner_never_crashes_and_spans_match(text):
    article = clean.clean(document(text))
    for paragraph in article.paragraphs:
        piece = article.text[paragraph.start:paragraph.end]
        assert piece and piece.strip() == piece
    assert "\x00" not in article.text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PARAGRAPHS)
def test_distiller_never_crashes_and_sources_stay_inside(text):
    article = clean.clean(document(text))
    if not article.text.strip():
        return
    (digest,) = distilled([article])
    spans = [s.source for s in digest.sentences] + [src for q in digest.quotes for src in q.sources]
    spans += [src for f in digest.figures for src in f.sources]
    for source in spans:
        assert 0 <= source.start <= source.end <= len(article.text)


def _bad_inputs(folder):
    """Every broken or hostile case of issue 8 that is a file, with the
    words its warning must contain."""
    (folder / "empty.txt").write_text("")
    (folder / "blank.txt").write_text("   \n\t\n")
    (folder / "report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (folder / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("a.txt", "hello")
    (folder / "bundle.txt").write_bytes(archive.getvalue())
    return {"empty.txt", "blank.txt", "report.txt", "image.md", "bundle.txt"}


def _odd_but_good_inputs(folder):
    """Files that are awkward but are articles and must be read correctly."""
    body = ("The city council approved the new budget on Monday. "
            "Councillor Zoë Åberg said the plan would cut costs by 12 percent.\n\n"
            "Critics were not convinced and asked for more time.\n")
    (folder / "utf16.txt").write_bytes(body.encode("utf-16"))
    (folder / "latin1.txt").write_bytes(body.replace("Zoë Åberg", "José Nuñez").encode("cp1252"))
    (folder / "controls.txt").write_text(body.replace("budget", "bud\x00get\x0b") + "\u200b\u202e", encoding="utf-8")
    (folder / "hostile.html").write_text(
        "<html><head><script>alert(1)</script><link rel=stylesheet href='http://127.0.0.1:9/x.css'></head>"
        "<body><article><h1>Council vote</h1><p onclick='steal()'>" + body.replace("\n\n", "</p><p>") +
        "</p><img src='file:///etc/passwd'><a href='javascript:alert(2)'>x</a></article></body></html>")
    (folder / "arabic.txt").write_text("قال الوزير إن الاتفاق مهم.\n\nThe minister said the deal mattered.\n",
                                       encoding="utf-8")


@pytest.mark.slow
def test_seeds_mixed_with_bad_files_still_build(tmp_path):
    sources = tmp_path / "sources"
    shutil.copytree(SEEDS, sources)
    bad = _bad_inputs(sources)
    _odd_but_good_inputs(sources)
    out, err = io.StringIO(), io.StringIO()
    code = main(["build", str(sources), "--out", str(tmp_path / "out"), "--formats", "json,html,docx"],
                stdout=out, stderr=err)
    assert code == 3, err.getvalue()
    warnings = [line for line in err.getvalue().splitlines() if "warning" in line]
    for name in bad:
        assert sum(name in line for line in warnings) == 1, (name, warnings)
    data = json.loads((tmp_path / "out" / "brief.json").read_text(encoding="utf-8"))
    used = {a["source_path"].rsplit("/", 1)[-1] for a in data["articles"]}
    assert {"utf16.txt", "latin1.txt", "controls.txt", "hostile.html", "arabic.txt"} <= used
    texts = " ".join(a["text"] for a in data["articles"])
    assert "Zoë Åberg" in texts and "José Nuñez" in texts and "قال الوزير" in texts
    assert "\x00" not in texts and "\u202e" not in texts
    html = (tmp_path / "out" / "brief.html").read_text(encoding="utf-8").lower()
    assert "<script" not in html and "javascript:" not in html and "onclick" not in html


@pytest.mark.slow
def test_title_with_slashes_stays_inside_out(tmp_path):
    out = tmp_path / "out"
    code = main(["build", str(SEEDS / "000_25ce75ef0f82e50b.txt"), "--out", str(out), "--formats", "json",
                 "--title", "../../escape/..\\evil"], stdout=io.StringIO(), stderr=io.StringIO())
    assert code == 0
    assert not (tmp_path / "escape").exists()
    assert json.loads((out / "brief.json").read_text())["title"] == "../../escape/..\\evil"


def test_output_folder_that_cannot_be_written(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    err = io.StringIO()
    code = main(["build", str(SEEDS / "000_25ce75ef0f82e50b.txt"), "--out", str(blocker / "out"),
                 "--formats", "json"], stdout=io.StringIO(), stderr=err)
    errors = [line for line in err.getvalue().splitlines() if "error" in line]
    assert code == 1 and len(errors) == 1 and "cannot write to the output folder" in errors[0]
