"""briefing.api: build, load back, compare; the tables the README documents."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

import briefing.api as b
from briefing.regenerate import whatsnew
from briefing.regenerate.manifest import Manifest
from briefing.errors import BriefingError, ConfigError
from briefing.models import Claim, frozen
from briefing.render.json import write_stream
from tests.helpers import brief as small_brief, ROOT, SEEDS


SOURCE = ("article", "published", "paragraph", "start", "end", "source_count")


def documented_tables() -> dict[str, list[str]]:
    """The tables and columns README.md lists under "Tables"."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### Tables", 1)[1].split("\n## ", 1)[0]
    tables = {}
    for line in section.splitlines():
        match = re.match(r"\| `(\w+)` \| (.+?) \|", line)
        if match:
            columns = re.findall(r"`(\w+)`", match.group(2))
            tables[match.group(1)] = columns + (list(SOURCE) if "*source*" in match.group(2) else [])
    return tables


@pytest.fixture(scope="module")
def seed_brief(seed_build, tmp_path_factory):
    """The seeds built through the API (reusing the session build's digest
    cache) into a fresh outputs folder: (Brief, out folder)."""
    _result, seed_out, _data = seed_build
    out = tmp_path_factory.mktemp("api-brief")
    brief = b.build([str(SEEDS)], out=str(out), formats=("json",), state_dir=str(seed_out / ".state"))
    return brief, out


@pytest.mark.slow
def test_build_write_load_compare(seed_brief, tmp_path):
    brief, out = seed_brief
    loaded = b.load_brief(out / "brief.json")
    assert loaded == brief
    assert b.load_brief(out) == brief  # the outputs folder names its brief.json
    # Built again with nothing changed: the published brief, not a new one.
    again = b.build([str(SEEDS)], out=str(out), formats=("json",), state_dir=str(out.parent / "unused"))
    assert again == brief and again.edition == brief.edition
    # A second write of the loaded brief is byte for byte the first.
    path = tmp_path / "again.json"
    with open(path, "w", encoding="utf-8") as handle:
        write_stream(loaded, handle)
    assert path.read_text(encoding="utf-8") == (out / "brief.json").read_text(encoding="utf-8")


def test_small_brief_round_trips(tmp_path):
    brief = b.layer(small_brief())
    path = tmp_path / "brief.json"
    with open(path, "w", encoding="utf-8") as handle:
        write_stream(brief, handle)
    assert b.load_brief(path) == brief


@pytest.mark.slow
def test_every_documented_frame_is_filled_on_the_seeds(seed_brief):
    brief, _out = seed_brief
    # The seeds are one edition: what's new needs a previous one to compare with.
    brief = dataclasses.replace(brief, whats_new=whatsnew.compare(Manifest(edition="0"), brief))
    frames = b.to_frames(brief)
    documented = documented_tables()
    assert set(documented) <= set(frames)
    for name, columns in documented.items():
        assert list(frames[name].columns) == columns, name
        # Every seed is readable, and no two seeds give conflicting figures
        # or roles (the two pipelines' costs are two different things).
        # The seeds portray every actor neutrally (no clear lean), so no portrayal carries evidence.
        if name not in ("skipped", "discrepancies", "discrepancy_items", "portrayal_evidence"):
            assert len(frames[name]) > 0, name
    assert len(frames["people"]) == len(brief.people)
    assert len(frames["roles"]) == sum(len(p.roles) for p in brief.people)
    assert len(frames["quotes"]) == len(brief.quotes)


@pytest.mark.slow
def test_quotes_join_back_to_the_article_text(seed_brief):
    brief, _out = seed_brief
    frames = b.to_frames(brief)
    joined = frames["quotes"].merge(frames["articles"][["article", "text"]], on="article",
                                    suffixes=("", "_article"))
    assert len(joined) == len(frames["quotes"]) > 0
    for row in joined.itertuples():
        assert _squash(row.text_article[row.start:row.end]) == _squash(row.text)


def test_rows_carry_their_source_and_children_their_parent():
    brief = small_brief()
    frames = b.to_frames(brief)
    person = brief.people[0]
    people = frames["people"].set_index("name")
    assert people.loc[person.name, "article"] == person.sources[0].article
    assert people.loc[person.name, "start"] == person.sources[0].start
    assert people.loc[person.name, "aliases"] == "; ".join(person.aliases)
    roles = frames["roles"]
    assert list(roles["person_name"]) == [person.name]
    assert roles.loc[0, "published"] == "2024-03-04"  # the date of the article giving the role
    positions = frames["divergence_positions"]
    assert set(positions["divergence_id"]) == set(frames["divergences"]["id"])
    citations = frames["citations"]
    quotes = citations[citations["table"] == "quotes"]
    assert len(quotes) == sum(len(q.sources) for q in brief.quotes)


@frozen
class Assessment:
    text: str
    confidence: str
    evidence: tuple[Claim, ...] = ()


@frozen
class Extended(b.Brief):
    assessments: tuple[Assessment, ...] = ()


def test_a_new_list_on_the_brief_gets_a_table_without_code():
    """A list added to `Brief` later is a table through the type hints alone."""
    base = small_brief()
    claim = base.summary[0]
    brief = Extended(**{f.name: getattr(base, f.name) for f in dataclasses.fields(b.Brief)},
                     assessments=(Assessment(text="Likely delayed", confidence="moderate", evidence=(claim,)),))
    frames = b.to_frames(brief)
    table = frames["assessments"]
    assert list(table["confidence"]) == ["moderate"]
    assert table.loc[0, "article"] == claim.sources[0].article
    assert list(frames["assessment_evidence"]["text"]) == [claim.text]


def test_build_refuses_unknown_options_in_one_line():
    with pytest.raises(ConfigError, match="unknown option 'titel'.*known: .*title"):
        b.build(["seeds"], titel="x")


def test_load_brief_errors_are_one_line(tmp_path):
    with pytest.raises(BriefingError, match="cannot read"):
        b.load_brief(tmp_path / "missing.json")
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(BriefingError, match="is not JSON"):
        b.load_brief(tmp_path / "bad.json")
    (tmp_path / "other.json").write_text(json.dumps({"a": 1}), encoding="utf-8")
    with pytest.raises(BriefingError, match="not a brief.json"):
        b.load_brief(tmp_path / "other.json")


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.slow
def test_build_without_an_outputs_folder_leaves_nothing_behind(tmp_path, monkeypatch):
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "one.txt").write_text("Ferry plan approved\n\n" + " ".join(
        ["The island council approved the ferry plan on Monday, its chair said."] * 3), encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # no briefing.toml here, and nothing may be written here
    brief = b.build(sources, jobs=1)
    assert [a.source_path for a in brief.articles] == [str(sources / "one.txt")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["src"]
    assert b.to_frames(brief)["articles"].loc[0, "word_count"] == brief.articles[0].word_count


def test_sentiment_toward_is_the_packaged_model():
    """The API's sentiment function is the trained target-sentiment model:
    a label from the three and the model's probability for it."""
    from briefing.distill import sentiment

    praise = "Voters praised Mayor Lena Ortiz for her honest and effective leadership."
    attack = "Critics blasted Senator Tom Reed as corrupt and incompetent."
    for sentence, name, expected in ((praise, "Lena Ortiz", "positive"), (attack, "Tom Reed", "negative")):
        start = sentence.index(name)
        label, score = b.sentiment_toward(sentence, start, start + len(name))
        assert (label, score) == sentiment.sentiment_toward(sentence, start, start + len(name))
        assert label == expected and 0.5 < score <= 1.0


def test_sentiment_toward_refuses_a_span_outside_the_sentence():
    with pytest.raises(ValueError, match="not inside the sentence"):
        b.sentiment_toward("Too short.", 5, 40)


@pytest.mark.slow
def test_build_runs_the_post_build_hook_as_the_command_line_does(tmp_path):
    src, hook = tmp_path / "src", tmp_path / "hook.txt"
    src.mkdir()
    (src / "a.txt").write_text("The port authority approved a new ferry line on Monday, "
                               "director Lena Ortiz said.\n", encoding="utf-8")
    brief = b.build(src, out=str(tmp_path / "o"), formats=("json",), jobs=1, post_build=f"echo > {hook}")
    assert hook.exists() and [a.id for a in brief.articles] == ["a"]
