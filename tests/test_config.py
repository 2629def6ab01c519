"""Config: defaults, a TOML file over them, flags over that; clear errors."""

from __future__ import annotations

import pytest

from briefing import config
from briefing.errors import ConfigError


def test_defaults_read_seeds_into_outputs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    loaded = config.load()
    assert loaded.sources == ("seeds",) and loaded.out == "outputs"
    assert loaded.formats == ("pdf", "docx", "html", "json")


def test_file_then_flags(tmp_path):
    path = tmp_path / "b.toml"
    path.write_text('[briefing]\ntitle = "From file"\npaper = "Letter"\nformats = ["json"]\n')
    loaded = config.load(path, {"title": "From flag", "out": None})
    assert loaded.title == "From flag" and loaded.paper == "Letter" and loaded.formats == ("json",)


def test_unknown_key_names_key_and_file(tmp_path):
    path = tmp_path / "b.toml"
    path.write_text('titel = "typo"\n')
    with pytest.raises(ConfigError, match=r"b\.toml.*'titel'"):
        config.load(path)


def test_wrong_type_names_key_and_file(tmp_path):
    path = tmp_path / "b.toml"
    path.write_text("summary_sentences = \"seven\"\n")
    with pytest.raises(ConfigError, match=r"summary_sentences in .*b\.toml must be a int"):
        config.load(path)


def test_bad_format_from_flag():
    with pytest.raises(ConfigError, match="unknown format docs"):
        config.load(None, {"formats": "pdf,docs"})


@pytest.mark.parametrize("tables, named", [
    ('[briefng.taxonomy]\nEnergy = ["gas"]\n', r"\[briefng\.taxonomy\]"),
    ("[fetch]\ntimeout = 10\n", r"\[fetch\].*sources file"),
])
def test_unknown_tables_beside_briefing_stop_the_build(tmp_path, tables, named):
    path = tmp_path / "briefing.toml"
    path.write_text('[briefing]\ntitle = "Energy ties"\n' + tables)
    with pytest.raises(ConfigError, match=r"briefing\.toml: unknown settings outside \[briefing\]: " + named):
        config.load(path)


def test_subtables_of_briefing_are_still_read(tmp_path):
    path = tmp_path / "briefing.toml"
    path.write_text('[briefing]\ntitle = "Energy ties"\n[briefing.taxonomy]\nEnergy = ["gas"]\n')
    assert config.load(path).taxonomy == {"Energy": ["gas"]}
