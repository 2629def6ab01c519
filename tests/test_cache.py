"""The digest cache: only new or changed articles reach distillation; a
corrupt or outdated cache is rebuilt with a warning, never a crash."""

from __future__ import annotations

import sqlite3

from briefing.regenerate import cache
from briefing.config import Config
from briefing.models import Article, Digest, Paragraph, Source, Claim


def article(id_: str, text: str) -> Article:
    return Article(id=id_, source_path=f"/corpus/{id_}.txt", sha256="x" + id_, text=text,
                   paragraphs=(Paragraph(index=0, start=0, end=len(text)),), title=f"About {id_}")


class FakeDistill:
    """Distills by recording which articles it was asked for."""

    def __init__(self):
        self.calls: list[list[str]] = []

    def __call__(self, articles, config, *, log=None):
        self.calls.append([a.id for a in articles])
        return tuple(_digest(a) for a in articles)


def _digest(a: Article) -> Digest:
    point = Claim(text=a.text.split(".")[0], sources=(a.source(0, 5),))
    return Digest(article=a, sentences=(), key_points=(point,), people=(), figures=(), quotes=(),
                  key_phrases=(a.id,), stances=(), events=())


def run(articles, tmp_path, distill, config=Config(), log=None):
    messages = [] if log is None else log
    return cache.distill_cached(articles, config, distill, path=tmp_path / "c.sqlite",
                                log=messages.append)


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
    moved = dataclasses.replace(article("a", "Alpha rose."), source_path="/elsewhere/a.txt")
    digests, count = run([moved], tmp_path, distill)
    assert count == 0 and digests[0].article.source_path == "/elsewhere/a.txt"
