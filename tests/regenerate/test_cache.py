"""The digest cache: only new or changed articles reach distillation; a
corrupt or outdated cache is rebuilt with a warning, never a crash."""

from __future__ import annotations

import sqlite3

from briefing.config import Config
from briefing.models import Article, Claim, Digest, Document, Paragraph, Source
from briefing.pipeline import in_order
from briefing.regenerate import cache


def article(id_: str, text: str) -> Document:
    """A decoded document (the cache's input; named for what it holds)."""
    return Document(id=id_, path=f"/corpus/{id_}.txt", kind="text", text=text, encoding="utf-8",
                    sha256="x" + id_)


class FakeDistill:
    """Distills by recording which documents it was asked for."""

    def __init__(self):
        self.calls: list[list[str]] = []

    def __call__(self, documents, config, *, log=None):
        self.calls.append([d.id for d in documents])
        return tuple(_digest(d) for d in documents)


def _digest(document: Document) -> Digest:
    a = Article(id=document.id, source_path=document.path, sha256=document.sha256, text=document.text,
                paragraphs=(Paragraph(index=0, start=0, end=len(document.text)),), title=f"About {document.id}")
    point = Claim(text=a.text.split(".")[0], sources=(a.source(0, 5),))
    return Digest(article=a, sentences=(), key_points=(point,), people=(), figures=(), quotes=(),
                  key_phrases=(a.id,), stances=(), events=())


def run(documents, tmp_path, analyse, config=Config(), log=None):
    """What the pipeline does around `analyse`: (the digests in the
    documents' order, how many were analysed)."""
    messages = [] if log is None else log
    with cache.DigestCache(tmp_path / "c.sqlite", config, log=messages.append) as known:
        hits, misses = known.split(documents)
        fresh = tuple(analyse(misses, config, log=messages.append)) if misses else ()
        known.store(fresh)
    return in_order((*hits, *fresh), documents), len(misses)


def test_unchanged_articles_are_never_distilled_again(tmp_path):
    distill = FakeDistill()
    corpus = [article("a", "Alpha rose. More."), article("b", "Beta fell. Less.")]
    first, count = run(corpus, tmp_path, distill)
    second, again = run(corpus, tmp_path, distill)
    assert (count, again) == (2, 0)
    assert distill.calls == [["a", "b"]]
    assert second == first  # the round trip through SQLite keeps every field
    assert second[0].key_points[0].sources[0] == Source(article="a", paragraph=0, start=0, end=5)


def test_new_and_changed_articles_are_distilled_in_order(tmp_path):
    distill = FakeDistill()
    run([article("a", "Alpha rose."), article("b", "Beta fell.")], tmp_path, distill)
    digests, count = run([article("a", "Alpha rose."), article("b", "Beta fell sharply."),
                          article("c", "Gamma held.")], tmp_path, distill)
    assert count == 2 and distill.calls[-1] == ["b", "c"]
    assert [d.article.id for d in digests] == ["a", "b", "c"]
    assert digests[1].article.text == "Beta fell sharply."


def test_options_distillation_reads_are_part_of_the_key(tmp_path):
    distill = FakeDistill()
    corpus = [article("a", "Alpha rose.")]
    run(corpus, tmp_path, distill, Config(key_points=4))
    _digests, count = run(corpus, tmp_path, distill, Config(key_points=3))
    assert count == 1


def test_corrupt_cache_is_rebuilt_with_a_warning(tmp_path):
    (tmp_path / "c.sqlite").write_bytes(b"this is not a database" * 100)
    log: list[str] = []
    digests, count = run([article("a", "Alpha rose.")], tmp_path, FakeDistill(), log=log)
    assert count == 1 and digests[0].article.id == "a"
    assert any("corrupt" in m and m.startswith("warning") for m in log)
    assert run([article("a", "Alpha rose.")], tmp_path, FakeDistill())[1] == 0


def test_other_pipeline_version_is_discarded(tmp_path):
    path = tmp_path / "c.sqlite"
    with cache.DigestCache(path, version="0.0.1+old") as old:
        old.put_many([(cache.article_key(article("a", "Alpha rose."), Config()),
                       _digest(article("a", "Alpha rose.")))])
    log: list[str] = []
    _digests, count = run([article("a", "Alpha rose.")], tmp_path, FakeDistill(), log=log)
    assert count == 1
    assert any("pipeline version 1:0.0.1+old" in m for m in log)


def test_unreadable_entry_is_a_miss_not_a_crash(tmp_path):
    distill = FakeDistill()
    run([article("a", "Alpha rose.")], tmp_path, distill)
    with sqlite3.connect(tmp_path / "c.sqlite") as db:
        db.execute("UPDATE digests SET data = '{broken'")
    _digests, count = run([article("a", "Alpha rose.")], tmp_path, distill)
    assert count == 1


def test_dropped_articles_are_forgotten(tmp_path):
    distill = FakeDistill()
    run([article("a", "Alpha rose."), article("b", "Beta fell.")], tmp_path, distill)
    run([article("a", "Alpha rose.")], tmp_path, distill)
    with cache.DigestCache(tmp_path / "c.sqlite") as kept:
        assert len(kept.keys()) == 1


def test_version_follows_the_distill_code():
    version = cache.pipeline_version()
    assert version.startswith(cache.__version__ + "+") and version == cache.pipeline_version()


def test_articles_the_analysis_drops_are_left_out(tmp_path):
    def analyse(articles, config, *, log=None):
        return tuple(_digest(a) for a in articles if a.text.strip())

    digests, count = run([article("a", "Alpha rose."), article("b", "   ")], tmp_path, analyse)
    assert count == 2 and [d.article.id for d in digests] == ["a"]


def test_a_moved_corpus_still_hits_and_reports_the_new_path(tmp_path):
    import dataclasses

    distill = FakeDistill()
    run([article("a", "Alpha rose.")], tmp_path, distill)
    moved = dataclasses.replace(article("a", "Alpha rose."), path="/elsewhere/a.txt")
    digests, count = run([moved], tmp_path, distill)
    assert count == 0 and digests[0].article.source_path == "/elsewhere/a.txt"


def test_a_file_renamed_to_hold_another_date_is_analysed_again(tmp_path):
    import dataclasses

    distill = FakeDistill()
    run([article("a", "Alpha rose.")], tmp_path, distill)
    dated = dataclasses.replace(article("a", "Alpha rose."), path="/corpus/nyt_2016-09-03_a.txt")
    _digests, count = run([dated], tmp_path, distill)
    assert count == 1  # its date now comes from the name: not the cached analysis
    same = dataclasses.replace(article("a", "Alpha rose."), path="/elsewhere/nyt_2016-09-03_a.txt")
    _digests, count = run([same], tmp_path, distill)
    assert count == 0
