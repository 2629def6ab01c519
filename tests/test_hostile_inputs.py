"""Issue 16, items 6-9, 11-13 and the last-resort guard: one bad input never
costs the brief, and no input costs unbounded time or memory.  Small
invented inputs; no timings asserted."""

from __future__ import annotations

import random
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from briefing import clean, executor, ingest
from briefing.regenerate import fetch
from briefing.config import Config
from briefing.distill import distill_batch
from briefing.language import nlp
from briefing.models import Document, Skipped

SENTENCE = "Officials from both countries met in the capital on Monday to discuss the new pipeline."


def document(text: str, kind: str = "text", path: str = "a.txt") -> Document:
    return Document(id=Path(path).stem, path=path, kind=kind, text=text, encoding="utf-8", sha256="0")


def test_item6_an_article_longer_than_the_model_allows_is_parsed_in_pieces(monkeypatch):
    model = nlp.load()
    monkeypatch.setattr(model, "max_length", 12_000)  # as 5,000,000 is to a real monster
    random.seed(6)
    words = "harbour council budget ferry island vote plan port road school water".split()
    text = "\n\n".join(f"The {' '.join(random.sample(words, 5))} was discussed at meeting {i}. "
                       f"Minister Ahmed Khan said the {random.choice(words)} mattered." for i in range(300))
    article = clean.clean(document(text))
    assert len(article.text) > 15_000
    [digest] = distill_batch([article], Config())
    assert digest.sentences and all(article.text[s.source.start:s.source.end] == s.text for s in digest.sentences)
    assert any(p.name == "Ahmed Khan" for p in digest.people)


def test_item6_item9_no_piece_given_to_the_model_exceeds_the_bound(monkeypatch):
    model = nlp.load()
    seen: list[int] = []
    real_pipe = model.pipe

    def pipe(texts, **kwargs):
        def watched():
            for text in texts:
                seen.append(len(text))
                yield text
        return real_pipe(watched(), **kwargs)

    monkeypatch.setattr(model, "pipe", pipe)
    random.seed(4)
    words = "minister talks trade energy resume capital officials week".split()
    line = " ".join(random.choice(words) for _ in range(6_000))  # one line, no sentence end
    doc = next(nlp.parse(model, [line], batch_size=16, disable=[]))
    assert doc.text == line and max(seen) <= nlp.PIECE_CHARS and len(seen) > 1


def test_item9_pieces_cover_the_text_exactly_and_prefer_paragraphs():
    text = ("word " * 1000) + "\n\n" + (SENTENCE + " ") * 200 + "x" * 25_000
    spans = nlp.pieces(text, 10_000)
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(b - a <= 10_000 for a, b in spans)
    assert text[spans[0][1] - 2:spans[0][1]] == "\n\n"  # the first cut is the paragraph break


def test_size_policy_an_article_over_the_word_limit_is_cut_and_named(tmp_path):
    (tmp_path / "long.txt").write_text("\n\n".join(SENTENCE for _ in range(40)))
    (tmp_path / "short.txt").write_text(SENTENCE)
    warnings: list[str] = []
    documents, skipped = ingest.read_sources(Config(sources=(str(tmp_path),), max_article_words=100),
                                             log=warnings.append)
    long = next(d for d in documents if d.id == "long")
    assert len(long.text.split()) <= 100 and long.text.endswith(".")
    [note] = skipped
    assert note.path.endswith("long.txt") and "kept its first" in note.reason and "of 600 words" in note.reason
    assert warnings == [f"warning: cut {note.path}: {note.reason.removeprefix('cut: ')}"]


def test_item8_deeply_nested_html_keeps_its_text():
    page = ("<html><body>" + "<div>" * 10_000 + f"<p>{SENTENCE}</p><p>Talks resume next week, "
            "the ministry said in a statement on Tuesday.</p>" + "</div>" * 10_000 + "</body></html>")
    article = clean.clean(document(page, "html", "deep.html"))
    assert SENTENCE in article.text and len(article.paragraphs) == 2


def test_item11_doctype_stripping_is_the_old_regex_in_linear_time():
    from briefing.clean.doctype import replace_doctypes

    old_clean = re.compile(r"<!DOCTYPE[^>\[]*\[.*?\]\s*>", re.I | re.S)
    old_fetch = re.compile(rb"<!DOCTYPE[^\[>]*(\[.*?\])?\s*>", re.S | re.I)
    random.seed(1)
    alphabet = ["<!DOCTYPE", " a", "[", "]", ">", " ", "x", "<!doctype", "]>", "] >"]
    for _ in range(3000):
        page = "".join(random.choice(alphabet) for _ in range(random.randint(0, 12)))
        assert replace_doctypes(page, "<!DOCTYPE html>", subset_only=True) == old_clean.sub("<!DOCTYPE html>", page)
        assert replace_doctypes(page.encode(), b"", subset_only=False) == old_fetch.sub(b"", page.encode())
    # The page (31,500 unclosed subsets took 135 s with the regex).
    hostile = "<p>x</p>" + "<!DOCTYPE a [" * 31_500
    assert replace_doctypes(hostile, "", subset_only=True) == hostile
    assert clean.html.defuse(hostile).startswith("<p>x</p>")


class Trickle(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/bogus.xml":
            body = b'<?xml version="1.0" encoding="bogus-enc"?><rss><channel><item><link>/x</link></item></channel></rss>'
            return self._send("application/rss+xml", body)
        if self.path == "/good.html":
            return self._send("text/html", f"<html><body><article><p>{SENTENCE}</p></article></body></html>".encode())
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2\r\n\r\nok"
        try:
            for byte in head:  # the headers one byte at a time
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass

    def _send(self, kind, body):
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    httpd.handle_error = lambda *a: None
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def test_item7_a_redirect_loop_or_bogus_feed_is_a_warning_and_the_rest_is_fetched(tmp_path, server):
    spec = fetch.Sources(corpus=tmp_path / "corpus", urls=(f"{server}/loop", f"{server}/good.html"),
                         feeds=(f"{server}/bogus.xml",), timeout=5, retries=0)
    warnings: list[str] = []
    with httpx.Client(trust_env=False, follow_redirects=True) as client:
        report = fetch.fetch_all(spec, client=client, log=warnings.append)
    assert len(report.stored) == 1
    assert {url for url, _ in report.failed} == {f"{server}/loop", f"{server}/bogus.xml"}
    assert any("/loop" in w and "redirects" in w for w in warnings)
    assert any("bogus.xml" in w and "bogus-enc" in w for w in warnings)


def test_item12_a_server_trickling_its_headers_meets_the_total_deadline(tmp_path, server):
    spec = fetch.Sources(corpus=tmp_path / "corpus", timeout=1.0, retries=0)
    with httpx.Client(trust_env=False) as client:
        with pytest.raises(fetch.FetchError, match="within 1 s"):
            fetch.download(client, f"{server}/trickle", spec, accept=fetch.PAGE_TYPES)


def test_item13_symlink_loops_are_named_not_walked(tmp_path):
    root = tmp_path / "L"
    root.mkdir()
    (root / "a.txt").write_text(SENTENCE)
    (root / "l1").symlink_to(".")
    (root / "l2").symlink_to("l3")
    (root / "l3").symlink_to("l2")
    for follow in (True, False):
        documents, skipped = ingest.read_sources(Config(sources=(str(root),), follow_symlinks=follow))
        assert [d.id for d in documents] == ["a"]
        assert all("loop" in s.reason for s in skipped) and skipped
        assert not any("outside" in s.reason for s in skipped)


def slow_or_hungry(batch, config):
    if batch[0] == "slow":
        deadline = time.process_time() + 30
        while time.process_time() < deadline:  # CPU-bound, as a runaway parse is
            pass
    if batch[0] == "hungry":
        bytearray(3 * 1024 ** 3)
    return tuple(item.upper() for item in batch)


def left_out(item, error):
    return Skipped(path=item, reason=str(error))


def test_guard_a_slow_or_hungry_article_is_left_out_and_the_pool_goes_on():
    config = Config(jobs=2, article_seconds=1, worker_memory_mb=1500)
    results = executor.run(["a", "slow", "b", "hungry", "c", "d"], config, slow_or_hungry, failed=left_out)
    assert [r for r in results if isinstance(r, str)] == ["A", "B", "C", "D"]
    notes = {r.path: r.reason for r in results if isinstance(r, Skipped)}
    assert "article_seconds" in notes["slow"] and "worker_memory_mb" in notes["hungry"]


def crash_on_bad(batch, config):
    import os

    if "bad" in batch:
        os._exit(9)  # a worker killed outright (the kernel's OOM killer, a segfault)
    return tuple(item.upper() for item in batch)


def test_guard_a_worker_that_dies_costs_only_its_article():
    warnings: list[str] = []
    results = executor.run(["a", "b", "bad", "c", "d", "e"], Config(jobs=2), crash_on_bad,
                           failed=left_out, log=warnings.append)
    assert [r for r in results if isinstance(r, str)] == ["A", "B", "C", "D", "E"]
    assert [r.path for r in results if isinstance(r, Skipped)] == ["bad"]
    assert any("worker died" in w for w in warnings)
