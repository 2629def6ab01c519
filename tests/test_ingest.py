"""Ingest: decoding, skipping hostile or useless inputs with one reason each."""

from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path

import pytest

from briefing import ingest
from briefing.clean import clean
from briefing.config import Config
from briefing.errors import BriefingError

TEXT = "Ministers met in the capital on Monday to discuss the new trade agreement.\n"


def _read(folder: Path, **options):
    lines: list[str] = []
    documents, skipped = ingest.read_sources(Config(sources=(str(folder),), **options), log=lines.append)
    return documents, skipped, lines


def test_reads_text_and_html_by_extension(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><body><p>{TEXT}</p></body></html>", encoding="utf-8")
    (tmp_path / "c.csv").write_text("x,y\n", encoding="utf-8")
    documents, skipped, _ = _read(tmp_path)
    assert [(d.id, d.kind) for d in documents] == [("a", "text"), ("b", "html")] and not skipped


@pytest.mark.parametrize("content", [b"", b"   \n\t\n", b"\xef\xbb\xbf  \n"])
def test_empty_and_whitespace_files_are_skipped(tmp_path, content):
    (tmp_path / "empty.txt").write_bytes(content)
    (tmp_path / "ok.txt").write_text(TEXT)
    documents, skipped, lines = _read(tmp_path)
    assert [d.id for d in documents] == ["ok"]
    assert skipped[0].reason == "empty" and lines == [f"warning: skipped {tmp_path / 'empty.txt'}: empty"]


def test_a_file_without_a_letter_or_digit_is_skipped(tmp_path):
    (tmp_path / "noise.txt").write_bytes(b"\x01\x02\x03 --- ***\n")
    (tmp_path / "ok.txt").write_text(TEXT)
    documents, skipped, _lines = _read(tmp_path)
    assert [d.id for d in documents] == ["ok"]
    assert skipped[0].reason == "no words (not a letter or digit in it)"


def test_binary_files_with_text_extensions_are_skipped(tmp_path):
    (tmp_path / "doc.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (tmp_path / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with zipfile.ZipFile(tmp_path / "archive.html", "w") as archive:
        archive.writestr("inside.txt", TEXT * 20)
    (tmp_path / "ok.txt").write_text(TEXT)
    documents, skipped, lines = _read(tmp_path)
    assert [d.id for d in documents] == ["ok"]
    assert {Path(s.path).name for s in skipped} == {"doc.txt", "image.md", "archive.html"}
    assert all("binary" in s.reason for s in skipped) and len(lines) == 3


@pytest.mark.parametrize("codec,bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-8", b""), ("utf-16-le", b"\xff\xfe"),
                                       ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b""), ("utf-16-be", b""),
                                       ("cp1252", b""), ("latin-1", b"")])
def test_encodings_are_detected(tmp_path, codec, bom):
    text = "Café owners in Zürich said the “new rules” cost them €200 a month, naïvely.\n" * 3
    if codec == "latin-1":
        text = text.replace("“", '"').replace("”", '"').replace("€", "EUR ")
    (tmp_path / "a.txt").write_bytes(bom + text.encode(codec))
    document, problem = ingest.read_file(tmp_path / "a.txt")
    assert problem is None and document.text.lstrip("\ufeff") == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_in_non_latin_scripts(tmp_path, codec):
    for script in ("قال وزير الخارجية إن المحادثات كانت مثمرة.\n" * 4, "Министр заявил, что переговоры прошли успешно.\n" * 4):
        assert ingest.decode(script.encode(codec)) == (script, codec)


def test_random_bytes_are_binary(tmp_path):
    import random

    (tmp_path / "noise.txt").write_bytes(random.Random(7).randbytes(5000))
    assert ingest.read_file(tmp_path / "noise.txt") == (None, "not text (binary content)")


def test_a_short_file_mostly_of_control_bytes_is_binary(tmp_path):
    (tmp_path / "tiny.txt").write_bytes(b"\x00\x01\x02abc")
    assert ingest.read_file(tmp_path / "tiny.txt") == (None, "not text (binary content)")
    (tmp_path / "short.txt").write_bytes(b"A short note\x0c on the ferry.")  # one form feed in text stays text
    assert ingest.read_file(tmp_path / "short.txt")[1] is None


def test_mixed_utf8_and_cp1252_lines_are_both_decoded(tmp_path):
    raw = "Señor Núñez spoke first.\n".encode("utf-8") + "The café’s owner replied.\n".encode("cp1252")
    (tmp_path / "a.txt").write_bytes(raw * 3)
    document, _ = ingest.read_file(tmp_path / "a.txt")
    assert "Señor Núñez" in document.text and "café’s" in document.text and "\ufffd" not in document.text


def test_cyrillic_in_a_legacy_code_page_is_not_read_as_western(tmp_path):
    text = "Министр иностранных дел прибыл в столицу для переговоров о торговле.\n" * 5
    decoded, _ = ingest.decode(text.encode("cp1251"))
    assert "Министр" in decoded


def test_a_text_in_another_language_is_decoded_but_left_out_of_the_brief(tmp_path):
    (tmp_path / "a.txt").write_text("Министр иностранных дел прибыл в столицу для переговоров.\n" * 5)
    (tmp_path / "b.txt").write_text(TEXT)
    assert ingest.read_file(tmp_path / "a.txt")[1] is None  # cleaning reads any language
    documents, skipped, lines = _read(tmp_path)
    assert [Path(d.path).name for d in documents] == ["b.txt"]
    assert [(Path(s.path).name, s.reason) for s in skipped] == [("a.txt", ingest.NOT_ENGLISH)]
    assert lines == [f"warning: skipped {tmp_path / 'a.txt'}: {ingest.NOT_ENGLISH}"]


def test_random_letters_saved_as_text_are_skipped_as_not_english(tmp_path):
    import random

    draw = random.Random(3)
    noise = "".join(draw.choice("abcdefghij klmnop.,QRST\n") for _ in range(3000))
    (tmp_path / "noise.txt").write_text(noise)
    assert not ingest.reads_as_english(noise)


def test_english_prose_with_foreign_words_a_short_note_and_heavy_markup_are_kept(tmp_path):
    quoting = ("The envoy greeted the crowd with «Добро пожаловать, друзья мои» and then spoke of the port "
               "deal for an hour.\n") * 3
    markup = "<html><head><style>.x{color:red}</style><script>var a=1;</script></head><body>" + \
        "".join(f'<div class="c{i}" data-id="{i}"><span>' for i in range(40)) + \
        "<p>The council voted on the harbour levy after a long debate.</p></body></html>"
    for name, text in (("quoting.txt", quoting), ("note.txt", "Zorvak Telmi Quandar"), ("page.html", markup)):
        (tmp_path / name).write_text(text)
    documents, skipped, _ = _read(tmp_path)
    assert len(documents) == 3 and not skipped


def test_invalid_utf8_still_decodes(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"The minister said \xff\xfe\xfa it was fine. " * 10)
    document, problem = ingest.read_file(tmp_path / "a.txt")
    assert problem is None and "The minister said" in document.text


def test_size_limit_skips_without_reading(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:      # a sparse 100 MB file: costs no disk
        handle.truncate(100 * 1024 * 1024)
    (tmp_path / "ok.txt").write_text(TEXT)
    started = time.perf_counter()
    documents, skipped, lines = _read(tmp_path, max_file_mb=20.0)
    assert time.perf_counter() - started < 2
    assert [d.id for d in documents] == ["ok"] and "20 MB limit" in skipped[0].reason and len(lines) == 1


def test_ten_megabyte_single_line_is_cleaned_in_bounded_time(tmp_path):
    words = "the committee reviewed budget figures again while officials waited outside "
    (tmp_path / "line.txt").write_text(words * (10 * 1024 * 1024 // len(words)), encoding="utf-8")
    started = time.perf_counter()
    document, problem = ingest.read_file(tmp_path / "line.txt")
    article = clean(document)
    assert problem is None and article.word_count > 1_000_000
    assert time.perf_counter() - started < 60


def test_symlink_outside_the_folder_is_not_followed(tmp_path):
    outside, folder = tmp_path / "outside", tmp_path / "sources"
    outside.mkdir(), folder.mkdir()
    (outside / "secret.txt").write_text("Secret text that lives elsewhere on the disk.\n")
    (folder / "ok.txt").write_text(TEXT)
    os.symlink(outside / "secret.txt", folder / "link.txt")
    os.symlink(outside, folder / "linked-dir")
    documents, skipped, lines = _read(folder)
    assert [d.id for d in documents] == ["ok"]
    assert {Path(s.path).name for s in skipped} == {"link.txt", "linked-dir"}
    assert all("symbolic link" in line for line in lines)
    documents, skipped, _ = _read(folder, follow_symlinks=True)
    assert sorted(d.id for d in documents) == ["link", "ok"]
    assert [s.reason.split(" (")[0] for s in skipped] == [f"same content as {folder / 'link.txt'}"]


def test_unreadable_file_is_skipped_with_its_reason(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)

    def refuse(path, mode):
        raise PermissionError(13, "Permission denied")

    document, problem = ingest.read_file(tmp_path / "a.txt", opener=refuse)
    assert document is None and problem == "cannot be read (Permission denied)"


def test_file_that_disappears_is_skipped(tmp_path):
    document, problem = ingest.read_file(tmp_path / "gone.txt")
    assert document is None and problem == "disappeared before it could be read"


def test_duplicate_files_keep_the_first_and_name_it(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.txt").write_text(TEXT)
    documents, skipped, lines = _read(tmp_path)
    assert [d.id for d in documents] == ["a"]
    assert skipped[0].path.endswith("b.txt") and str(tmp_path / "a.txt") in skipped[0].reason
    assert len(lines) == 1


def test_thousands_of_tiny_files_are_fast(tmp_path):
    for number in range(2000):
        (tmp_path / f"n{number:04}.txt").write_text(f"Note {number}: the council met again.\n")
    started = time.perf_counter()
    documents, skipped, _ = _read(tmp_path)
    assert len(documents) == 2000 and not skipped and time.perf_counter() - started < 10


def test_folder_without_articles_is_a_clear_error(tmp_path):
    (tmp_path / "data.csv").write_text("a,b\n")
    with pytest.raises(BriefingError, match="no article found"):
        _read(tmp_path)


def test_missing_source_is_an_error(tmp_path):
    with pytest.raises(BriefingError, match="not found"):
        _read(tmp_path / "nope")


def test_same_file_names_in_two_folders_get_distinct_ids(tmp_path):
    for name in ("x", "y"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "story.txt").write_text(f"{TEXT} From folder {name}.")
    documents, _, _ = _read(tmp_path)
    assert [d.id for d in documents] == ["story", "story-2"]
