"""End to end: seeds/ becomes a brief in four formats with the documented JSON shape."""

from __future__ import annotations

import json
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
        for rank, source in enumerate(claim["sources"]):
            assert set(source) == SOURCE_KEYS
            passage = texts[source["article"]][source["start"]:source["end"]]
            # The first source is the claim's own passage; later ones are other
            # articles reporting the same thing in their own words (models.Claim).
            assert passage and (rank > 0 or passage in claim["text"] or claim["text"] in passage)
    for quote in data["quotes"]:
        source = quote["sources"][0]
        assert quote["text"] in texts[source["article"]][source["start"] - 1:source["end"] + 1]


# --------------------------------------------------------------------------
# Regeneration: cache, no-op builds, editions, what's new
# --------------------------------------------------------------------------

STORIES = {
    "library": ("Town library gets new funding",
                "The town council approved 2 million dollars for the central library on Monday, "
                "said Mayor Clara Brandt. \"Reading rooms are the heart of this town,\" Brandt said."),
    "budget": ("Council debates budget",
               "Councillor Omar Haddad warned on Tuesday that the library budget would strain "
               "road repairs. He said the town faces a deficit of 300,000 dollars in 2027."),
    "opening": ("Library reopens in spring",
                "The renovated library will reopen in April 2027, the head librarian Mei Tanaka "
                "said. Tanaka expects 500 visitors a day once the new wing opens."),
}


def write_story(folder, key):
    title, body = STORIES[key]
    (folder / f"{key}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")


def test_rebuilds_only_what_changed_and_says_whats_new(tmp_path, seed_build):
    from briefing import config as config_module
    from briefing.pipeline import build

    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    for key in ("library", "budget"):
        write_story(src, key)
    config = config_module.Config(sources=(str(src),), out=str(out), formats=("json",))
    first = build(config)
    assert first.distilled == 2 and first.brief.whats_new is None
    assert first.edition.name == first.brief.edition
    assert json.loads((out / "brief.json").read_text())["edition"] == first.brief.edition

    again = build(config)
    assert again.up_to_date and again.written == {} and again.distilled == 0
    assert again.edition == first.edition and len(list((out / "editions").iterdir())) == 2  # + LATEST

    write_story(src, "opening")
    third = build(config)
    assert third.distilled == 1 and not third.up_to_date
    news = json.loads((out / "brief.json").read_text())["whats_new"]
    assert news["previous_edition"] == first.brief.edition
    assert len(news["new_articles"]) == 1
    assert news["new_articles"] == ["opening"]
    assert "Mei Tanaka" in news["new_people"] and "Clara Brandt" not in news["new_people"]
    manifest = json.loads((third.edition / "manifest.json").read_text())
    assert {i["id"] for i in manifest["inputs"]} == {"library", "budget", "opening"}
    assert manifest["versions"]["briefing"] and manifest["options"]["formats"] == ["json"]


def test_options_that_change_the_brief_rerender_from_the_cache(tmp_path, seed_build):
    import dataclasses

    from briefing import config as config_module
    from briefing.pipeline import build

    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    write_story(src, "library")
    config = config_module.Config(sources=(str(src),), out=str(out), formats=("json",))
    build(config)
    retitled = build(dataclasses.replace(config, title="Library funding"))
    assert not retitled.up_to_date and retitled.distilled == 0
    assert json.loads((out / "brief.json").read_text())["title"] == "Library funding"
    forced = build(dataclasses.replace(config, title="Library funding"), force=True)
    assert not forced.up_to_date and forced.edition != retitled.edition
    (out / "brief.json").unlink()  # a lost published file comes back from its edition
    assert build(dataclasses.replace(config, title="Library funding")).up_to_date
    assert json.loads((out / "brief.json").read_text())["edition"] == forced.edition.name


def test_a_build_killed_at_random_points_leaves_the_brief_whole(tmp_path, seed_build):
    """SIGKILL real builds (cached digests) at a random moment in each phase:
    early, while rendering into the staging folder, and right as the new
    edition is being published.  The published brief.pdf and brief.json stay
    complete, and every edition folder is complete or absent."""
    import random
    import shutil

    from briefing.regenerate import editions, publish
    from tests.helpers import SEEDS

    _result, seed_out, _data = seed_build
    out = tmp_path / "out"
    # Links copied as links: copied as files, `current` became a real folder of
    # the layout before links, whose one-time move aside a kill can split.
    shutil.copytree(seed_out, out, symlinks=True)
    argv = ["build", str(SEEDS), "--out", str(out), "--formats", "pdf,json", "--force", "-q"]
    rng = random.Random()
    staging = lambda: list((out / "editions").glob("*.tmp"))  # noqa: E731
    published = lambda before: set(editions.names(out)) - before  # noqa: E731
    phases = [lambda alive, before: rng.uniform(0.1, 1.0),
              lambda alive, before: _when(staging, alive, rng.uniform(0.0, 1.0)),
              lambda alive, before: _when(lambda: published(before), alive, 0.0)]
    for phase in phases:
        before = set(editions.names(out))
        _kill_during(argv, lambda alive: phase(alive, before))
        _assert_whole(out)
        for name in editions.names(out):
            assert {"brief.pdf", "brief.json", "manifest.json"} <= {
                p.name for p in (out / "editions" / name).iterdir()}, name
    publish.clear_leftovers(out)  # what the next build does first
    editions.prune(out, 20)
    assert not list((out / "editions").glob("*.tmp")) and not list(out.glob(".brief.*"))


def _kill_during(argv, wait_for_moment):
    """Start `briefing *argv`, wait for the moment `wait_for_moment(alive)`
    picks (it returns extra seconds to wait), then SIGKILL it if still running."""
    import signal
    import subprocess
    import sys
    import time

    from tests.helpers import ROOT

    process = subprocess.Popen([sys.executable, "-m", "briefing", *argv], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(wait_for_moment(lambda: process.poll() is None))
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()


def _when(condition, alive, then: float) -> float:
    """Poll (every millisecond) until `condition()` holds or the build has
    ended; then `then`."""
    import time

    while not condition() and alive():
        time.sleep(0.001)
    return then


def _assert_whole(out):
    pdf = (out / "brief.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF")
    data = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 5


def test_a_failed_render_keeps_the_previous_edition(tmp_path, seed_build):
    import dataclasses

    import pytest

    from briefing import config as config_module
    from briefing.regenerate import editions
    from briefing.pipeline import build

    src, out, broken = tmp_path / "src", tmp_path / "out", tmp_path / "broken"
    src.mkdir()
    broken.mkdir()
    write_story(src, "library")
    (broken / "brief.html").write_text("{% for x in %}unclosed", encoding="utf-8")
    config = config_module.Config(sources=(str(src),), out=str(out), formats=("json", "html"))
    first = build(config)
    before = (out / "brief.html").read_bytes()
    with pytest.raises(Exception):
        build(dataclasses.replace(config, templates=str(broken)))
    assert (out / "brief.html").read_bytes() == before
    assert editions.names(out) == [first.edition.name]
    assert not list((out / "editions").glob("*.tmp"))


def test_an_article_with_nothing_left_after_cleaning_is_named_and_skipped():
    from briefing import pipeline
    from briefing.config import Config
    from briefing.models import Document

    def document(aid: str, text: str) -> Document:
        return Document(id=aid, path=f"{aid}.txt", kind="text", text=text, encoding="utf-8", sha256=aid)

    said = []
    digests = pipeline.analyse(
        [document("kept", "The ferry link opened on Monday. Fishermen fear the ferry will crowd the harbour."),
         document("empty", "Subscribe to our newsletter\n\nRead more")],
        Config(jobs=1), log=said.append)
    assert [d.article.id for d in digests] == ["kept"]
    assert any("empty.txt" in line and "no article text left" in line for line in said)


def test_an_article_the_analysis_fails_on_is_named_and_left_out(monkeypatch):
    from briefing import distill, pipeline
    from briefing.config import Config
    from briefing.models import Document

    real = distill.digest

    def fragile(article, doc, config):
        if "trap" in article.text:
            raise IndexError("[E1002] Span index out of range.")
        return real(article, doc, config)

    # The one place this suite patches internals: a bug cannot be injected
    # through an argument, and the point is what happens around one.
    monkeypatch.setattr(distill, "digest", fragile)
    said = []
    texts = {"good": "The ferry link opened on Monday. Fishermen fear it will crowd the harbour.",
             "odd": "The trap door opened on Monday. Nobody knows why it opened at all."}
    digests = pipeline.analyse([Document(id=k, path=f"{k}.txt", kind="text", text=t, encoding="utf-8", sha256=k)
                                for k, t in texts.items()], Config(jobs=1), log=said.append)
    assert [d.article.id for d in digests] == ["good"]
    assert [line for line in said if "odd.txt" in line] == [
        "warning: skipped odd.txt: the analysis failed on it (IndexError: [E1002] Span index out of range.); "
        "the brief is built without it (please report the article)"]


def test_loading_the_pipeline_does_not_load_spacy_or_weasyprint():
    # A no-op rebuild (nothing changed) must stay well under a second: it
    # may not pay for importing the parser or the PDF engine.
    import subprocess
    import sys

    code = ("import sys, briefing.pipeline, briefing.cli; "
            "print(sorted(m for m in ('spacy', 'weasyprint', 'sklearn', 'matplotlib') if m in sys.modules))")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert found.strip() == "[]"


def test_the_next_edition_is_offered_an_automatic_title_never_a_pinned_one():
    from briefing.pipeline import _automatic_title

    from briefing.regenerate.manifest import Manifest

    made = Manifest(edition="1", title="Kestrel Bay ferry link", options={"title": None})
    pinned = Manifest(edition="2", title="Library funding", options={"title": "Library funding"})
    assert _automatic_title(made) == "Kestrel Bay ferry link"
    assert _automatic_title(pinned) is None and _automatic_title(None) is None


def test_a_large_brief_is_rendered_with_the_language_model_let_go(tmp_path, monkeypatch):
    """From `RELEASE_FROM` articles the model itself goes before rendering
    (its memory is the PDF's); below, it stays for the next build."""
    from briefing import config as config_module
    from briefing import pipeline
    from briefing.language import nlp

    loaded_at_render = []
    real = pipeline._render_and_publish

    def render_and_count(*args, **kwargs):
        loaded_at_render.append(nlp.load.cache_info().currsize)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_render_and_publish", render_and_count)
    src = tmp_path / "src"
    src.mkdir()
    write_story(src, "library")
    for release_from, out in ((1000, "small"), (1, "large")):
        monkeypatch.setattr(pipeline, "RELEASE_FROM", release_from)
        pipeline.build(config_module.Config(sources=(str(src),), out=str(tmp_path / out), formats=("json",)))
    assert loaded_at_render == [1, 0]


def test_rendering_starts_with_the_synthesis_parses_let_go(tmp_path, monkeypatch):
    """Rendering is the build's largest step in memory: by the time it
    starts, the short texts the synthesis parsed are no longer kept."""
    from briefing import config as config_module
    from briefing import pipeline
    from briefing.language import nlp

    kept_at_render = []
    real = pipeline._render_and_publish

    def render_and_count(*args, **kwargs):
        kept_at_render.append(nlp.kept())
        return real(*args, **kwargs)

    kept_before = []
    real_forget = nlp.forget_sentences

    def forget_and_count():
        kept_before.append(nlp.kept())
        real_forget()

    monkeypatch.setattr(pipeline, "_render_and_publish", render_and_count)
    monkeypatch.setattr(nlp, "forget_sentences", forget_and_count)
    src = tmp_path / "src"
    src.mkdir()
    write_story(src, "library")
    pipeline.build(config_module.Config(sources=(str(src),), out=str(tmp_path / "out"), formats=("json",)))
    assert kept_before[0] > 0 and kept_at_render == [0]
