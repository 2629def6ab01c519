"""brief.xlsx and brief-csv/: one sheet (file) per table, readable as data,
never run as formulas; published with the rest of the edition."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from briefing import api
from briefing.cli import main
from briefing.config import Config
from briefing.pipeline import build
from briefing.render.sheets import CELL_LIMIT, write_folder, write_workbook
from tests.helpers import article, brief as small_brief, SEEDS, tool

openpyxl = pytest.importorskip("openpyxl", reason="openpyxl reads the workbook back (pip install -e '.[dev]')")


def test_workbook_has_about_then_one_sheet_per_table(tmp_path):
    brief = small_brief()
    path = tmp_path / "brief.xlsx"
    write_workbook(brief, path)
    book = openpyxl.load_workbook(path)
    frames = api.to_frames(brief)
    assert book.sheetnames == ["About"] + [name for name in frames if name != "about"]
    about = {row[0]: row[1] for row in book["About"].iter_rows(min_row=2, values_only=True)}
    assert about["title"] == brief.title
    assert "Cite a row" in about["how_to_cite"]
    assert about["source 1"].startswith("a1: Ferry link approved")
    for name, frame in frames.items():
        if name == "about":
            continue
        sheet = book[name]
        assert sheet.freeze_panes == "A2", name
        assert [c.value for c in sheet[1]] == list(frame.columns), name
        assert sheet.max_row == len(frame) + 1, name
    quotes = book["quotes"]
    widths = [quotes.column_dimensions[letter].width for letter in ("A", "C")]
    assert all(6 <= w <= 61 for w in widths) and widths[0] < widths[1]  # id narrow, text wider


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    hostile = '=HYPERLINK("http://example.invalid","click")'
    brief = small_brief({"quote": hostile, "name": "+cmd|' /C calc'!A0"})
    write_workbook(brief, tmp_path / "brief.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "brief.xlsx")["quotes"]
    cell = next(c for row in sheet.iter_rows(min_row=2) for c in row if c.value == hostile)
    assert cell.data_type == "s"
    write_folder(brief, tmp_path / "csv")
    text = (tmp_path / "csv" / "quotes.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text


def test_csv_folder_is_utf8_with_bom_one_file_per_table(tmp_path):
    brief = small_brief()
    write_folder(brief, tmp_path / "csv")
    frames = api.to_frames(brief)
    assert sorted(p.stem for p in (tmp_path / "csv").iterdir()) == sorted(frames)
    raw = (tmp_path / "csv" / "people.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "Novák".encode() in raw
    people = pd.read_csv(tmp_path / "csv" / "people.csv", encoding="utf-8-sig")
    assert list(people.columns) == list(frames["people"].columns)
    assert list(people["name"]) == list(frames["people"]["name"])


def test_a_text_longer_than_excel_allows_is_cut_and_said_so(tmp_path):
    long = article("a1", sentences=("word " * (CELL_LIMIT // 4),), title="Long")
    brief = small_brief()
    brief = brief.__class__(**{**{f: getattr(brief, f) for f in brief.__dataclass_fields__},
                               "articles": (long,) + brief.articles[1:]})
    write_workbook(brief, tmp_path / "brief.xlsx")
    book = openpyxl.load_workbook(tmp_path / "brief.xlsx")
    text = next(r[-1] for r in book["articles"].iter_rows(min_row=2, values_only=True) if r[0] == "a1")
    assert text is not None  # the articles sheet ends with the text column
    cell = [c for c in book["articles"][2] if isinstance(c.value, str) and len(c.value) > 1000][0]
    assert len(cell.value) == CELL_LIMIT and cell.value.endswith("\u2026")
    about = [r[1] for r in book["About"].iter_rows(values_only=True) if r[0] == "long cells"]
    assert about and "cut" in about[0]


@pytest.mark.slow
def test_xlsx_and_csv_are_published_with_the_edition(tmp_path):
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "one.txt").write_text("Harbour plan approved\n\n" + " ".join(
        ["The harbour authority approved the ferry plan on Monday, officials said."] * 3), encoding="utf-8")
    out = tmp_path / "out"
    result = build(Config(sources=(str(sources),), out=str(out), formats=("json", "xlsx", "csv"), jobs=1))
    assert (out / "brief.xlsx").is_file()
    link = out / "brief-csv"
    assert link.is_symlink() and (link / "people.csv").is_file()
    assert link.resolve() == (result.edition / "brief-csv").resolve()
    assert result.written["csv"] == link
    # A build without the tables drops them from the outputs (not the edition).
    again = build(Config(sources=(str(sources),), out=str(out), formats=("json",), jobs=1))
    assert not link.exists() and not link.is_symlink() and not (out / "brief.xlsx").exists()
    assert (result.edition / "brief-csv" / "people.csv").is_file() and again.edition != result.edition


@pytest.mark.slow
def test_cli_writes_a_workbook_libreoffice_opens(seed_build, tmp_path):
    _result, seed_out, _data = seed_build
    settings = tmp_path / "briefing.toml"
    settings.write_text(f'state_dir = "{seed_out / ".state"}"\n', encoding="utf-8")  # the digests already made
    out = tmp_path / "out"
    stdout, stderr = io.StringIO(), io.StringIO()
    code = main(["build", str(SEEDS), "--out", str(out), "--formats", "xlsx,csv", "--config", str(settings)],
                stdout=stdout, stderr=stderr)
    assert code == 0, stderr.getvalue()
    assert str(out / "brief.xlsx") in stdout.getvalue() and str(out / "brief-csv") in stdout.getvalue()
    soffice = tool("soffice", "libreoffice-calc-nogui")
    if not Path("/usr/lib/libreoffice/program/libsclo.so").exists():
        pytest.skip("LibreOffice Calc not installed (scripts/test-deps.sh: apt-get install libreoffice-calc-nogui)")
    done = subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                           str(out / "brief.xlsx")], capture_output=True, text=True, timeout=300,
                          env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    pdf = tmp_path / "brief.pdf"
    assert done.returncode == 0 and pdf.is_file(), done.stderr
    text = subprocess.run([tool("pdftotext", "poppler-utils"), str(pdf), "-"], capture_output=True,
                          text=True).stdout
    brief = api.load_brief(seed_out / "brief.json")
    assert "how_to_cite" in text and brief.people[0].name.split()[-1] in text


def _folder_edition(out: Path, text: str, formats=("json", "csv")) -> str:
    """Publish a fake edition whose brief-csv/ holds one file saying `text`."""
    from briefing.regenerate import editions, publish
    from briefing.regenerate.manifest import Manifest

    name = editions.new_name(out)
    stage = publish.staging(out, name)
    (stage / "brief.json").write_text(text)
    if "csv" in formats:
        (stage / "brief-csv").mkdir()
        (stage / "brief-csv" / "people.csv").write_text(text)
    publish.publish(stage, out, manifest=Manifest(edition=name, fingerprint=text),
                    formats=formats)
    return name


def test_a_folder_output_is_swapped_whole_and_restored(tmp_path):
    from briefing.regenerate import publish

    _folder_edition(tmp_path, "one")
    second = _folder_edition(tmp_path, "two")
    link = tmp_path / "brief-csv"
    assert link.is_symlink() and (link / "people.csv").read_text() == "two"
    assert not list(tmp_path.glob(".brief-*.tmp"))
    link.unlink()  # a reader deleted it: an up-to-date build puts it back
    restored = publish.restore(tmp_path / "editions" / second, tmp_path, ("json", "csv"))
    assert restored == [link] and (link / "people.csv").read_text() == "two"
    assert publish.restore(tmp_path / "editions" / second, tmp_path, ("json", "csv")) == []
    _folder_edition(tmp_path, "three", formats=("json",))
    assert not link.is_symlink() and not link.exists()


def test_a_folder_made_by_hand_gives_way_to_the_published_one(tmp_path):
    (tmp_path / "brief-csv").mkdir()
    (tmp_path / "brief-csv" / "stale.csv").write_text("old")
    _folder_edition(tmp_path, "one")
    assert sorted(p.name for p in (tmp_path / "brief-csv").iterdir()) == ["people.csv"]


def test_a_table_longer_than_a_sheet_continues_on_the_next():
    from briefing.render.sheets import _sheets

    frame = pd.DataFrame({"id": range(1, 6)})
    parts = _sheets("stance_evidence", frame, rows=2)
    assert list(parts) == ["stance_evidence", "stance_evidence (2)", "stance_evidence (3)"]
    assert [list(p["id"]) for p in parts.values()] == [[1, 2], [3, 4], [5]]
