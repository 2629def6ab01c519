"""Issue 16, items 1, 2, 4, 5, 17, 18: templates sandboxed, names escaped,
reference DOCX checked before analysis, settings range-checked, small CLI
hazards.  Small invented inputs only."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from tests import helpers as builders
from briefing import cli, config as config_module, pipeline
from briefing.config import Config
from briefing.errors import BriefingError, ConfigError
from briefing.render.html import packaged_templates, render_html

PAYLOAD = "{{ lipsum.__globals__.os.popen('id').read() }}"


def hostile_templates(tmp_path: Path, payload: str = PAYLOAD) -> Path:
    folder = tmp_path / "T"
    shutil.copytree(packaged_templates(), folder)
    page = folder / "brief.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</body>", payload + "</body>"), encoding="utf-8")
    return folder


def test_item1_a_template_cannot_run_a_command(tmp_path):
    folder = hostile_templates(tmp_path)
    with pytest.raises(BriefingError) as refused:
        render_html(builders.brief(), Config(templates=str(folder)))
    message = str(refused.value)
    assert "sandbox" in message and "\n" not in message and "uid=" not in message


def test_item1_settings_in_the_working_folder_run_no_code_either(tmp_path, monkeypatch):
    hostile_templates(tmp_path)
    (tmp_path / "briefing.toml").write_text('templates = "T"\n')
    monkeypatch.chdir(tmp_path)
    config = config_module.load()
    assert config.templates == "T"
    with pytest.raises(BriefingError, match="sandbox"):
        render_html(builders.brief(), config)


def test_item1_the_packaged_templates_still_render_in_the_sandbox():
    page = render_html(builders.brief(), Config())
    assert "Island ferry link" in page and "</html>" in page


def test_item2_file_names_cannot_forge_log_lines_or_reach_html_raw(tmp_path):
    from briefing.safe_text import printable

    name = "e\nbriefing: all fine\x1b[31m.txt"
    stream = io.StringIO()
    cli.report.logger(stream, quiet=False)(f"warning: skipped {name}: empty")
    printed = stream.getvalue()
    assert printed.count("\n") == 1 and "\x1b" not in printed and "\\x1b[31m" in printed
    assert printable(name) == "e\\nbriefing: all fine\\x1b[31m.txt"
    from briefing.models import Skipped
    brief = builders.brief(skipped=(Skipped(path=name, reason="empty"),))
    page = render_html(brief, Config())
    assert "\x1b" not in page and "\\x1b[31m" in page


def docx_with(tmp_path: Path, name: str, extra: dict[str, bytes]) -> Path:
    """A real DOCX from python-docx with parts added or replaced."""
    import docx

    base = tmp_path / "base.docx"
    docx.Document().save(str(base))
    target = tmp_path / name
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            if info.filename not in extra:
                copy.writestr(info, source.read(info))
        for part, data in extra.items():
            copy.writestr(part, data)
    return target


XXE_HEADER = (b'<?xml version="1.0"?><!DOCTYPE w:hdr [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
              b'<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              b'<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:hdr>')


def test_item4_a_reference_docx_declaring_entities_is_refused_before_analysis(tmp_path, monkeypatch):
    bad = docx_with(tmp_path, "house.docx", {"word/header1.xml": XXE_HEADER})
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text("The council approved the harbour plan on Monday.\n")
    monkeypatch.setattr(pipeline, "analyse", lambda *a, **k: pytest.fail("analysis ran"))
    config = Config(sources=(str(tmp_path / "src"),), out=str(tmp_path / "out"), formats=("docx",),
                    reference_docx=str(bad))
    with pytest.raises(BriefingError) as refused:
        pipeline.build(config)
    assert "header1.xml" in str(refused.value) and str(bad) in str(refused.value)
    assert not (tmp_path / "out" / "brief.docx").exists()


def test_item4_a_docx_that_does_not_reopen_is_never_published(tmp_path, monkeypatch):
    from briefing.render import docx as docx_renderer

    monkeypatch.setattr("docx.document.Document.save",
                        lambda self, path: Path(path).write_bytes(b"PK\x03\x04 not a docx"))
    with pytest.raises(BriefingError, match="does not open again"):
        docx_renderer.write_docx(builders.brief(), Config(), tmp_path / "brief.docx")


def test_item5_a_zip_bomb_reference_is_bounded_and_media_never_copied(tmp_path):
    from briefing.render import docx_reference
    from briefing.render.docx import write_docx

    big = docx_with(tmp_path, "bomb.docx", {"word/styles.xml.big": b"\0" * (21 * 1024 * 1024)})
    with pytest.raises(BriefingError, match="larger than"):
        docx_reference.check(big)
    picture = docx_with(tmp_path, "logo.docx", {"word/media/b.png": b"\x89PNG" + b"\0" * 50_000})
    write_docx(builders.brief(), Config(reference_docx=str(picture)), tmp_path / "brief.docx")
    with zipfile.ZipFile(tmp_path / "brief.docx") as written:
        assert not [n for n in written.namelist() if n.startswith("word/media/b")]


@pytest.mark.parametrize("line, key", [
    ("max_file_mb = nan", "max_file_mb"), ("max_file_mb = inf", "max_file_mb"),
    ("summary_sentences = 7.9", "summary_sentences"), ('templates = "no-such-folder"', "templates"),
    ("retention = -1", "retention"), ("max_article_words = 0", "max_article_words"),
])
def test_item17_settings_are_range_checked(tmp_path, line, key):
    settings = tmp_path / "briefing.toml"
    settings.write_text(line + "\n")
    with pytest.raises(ConfigError) as refused:
        config_module.load(settings)
    assert key in str(refused.value) and str(settings) in str(refused.value)


@pytest.mark.parametrize("line, key", [("retries = -1", "retries"), ("timeout = -1", "timeout"),
                                       ("timeout = nan", "timeout"), ("max_items = 2.5", "max_items")])
def test_item17_fetch_settings_are_range_checked(tmp_path, line, key):
    from briefing.regenerate import fetch

    sources = tmp_path / "sources.toml"
    sources.write_text(f'urls = ["https://example.org/a.html"]\n[fetch]\n{line}\n')
    with pytest.raises(ConfigError) as refused:
        fetch.load_sources(sources)
    assert key in str(refused.value) and str(sources) in str(refused.value)


def test_item18_editions_into_a_closed_pipe_is_no_error(tmp_path):
    from briefing.regenerate import publish
    from briefing.regenerate.manifest import Manifest

    stage = publish.staging(tmp_path, "20260101T000000Z")
    (stage / "brief.json").write_text("{}")
    publish.publish(stage, tmp_path, manifest=Manifest(edition="20260101T000000Z"), formats=("json",))

    class ClosedPipe(io.StringIO):
        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

    errors = io.StringIO()
    assert cli.main(["editions", "--out", str(tmp_path)], stdout=ClosedPipe(), stderr=errors) == 0
    assert "Traceback" not in errors.getvalue() and "internal error" not in errors.getvalue()


def test_item18_a_file_named_like_a_flag_is_a_source(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "--help").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    assert cli.files_as_sources(["build", "--help", "a.txt"]) == ["build", "./--help", "a.txt"]
    assert cli.files_as_sources(["build", "--", "--help"]) == ["build", "--", "--help"]
    args = cli.make_parser().parse_args(cli.files_as_sources(["build", "--help", "a.txt", "--out", "o"]))
    assert args.sources == ["./--help", "a.txt"] and args.out == "o"
