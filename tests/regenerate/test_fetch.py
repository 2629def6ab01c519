"""Fetching URLs and feeds from a local server: timeouts, retries, size and
type checks, entity bombs refused, each article stored once with its URL."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from briefing import ingest
from briefing.regenerate import fetch
from briefing.config import Config

PAGE = ("<html><head><title>{title}</title></head><body><nav>Home | World | Sport</nav>"
        "<article><h1>{title}</h1><p>{body}</p><p>The council will vote again in March, "
        "officials said on Tuesday.</p></article><footer>Copyright 2026</footer></body></html>")
PAGES = {
    "/a1.html": PAGE.format(title="Harbour plan approved", body="The city council approved a "
                            "new harbour plan worth 40 million euros after a long debate."),
    "/a2.html": PAGE.format(title="Fishermen object", body="Local fishermen said the harbour "
                            "plan would cut their catch by a third."),
    "/a3.html": PAGE.format(title="Mayor defends plan", body="Mayor Ines Okafor said the plan "
                            "would bring 300 jobs to the harbour district."),
}
# The same story in other page chrome: stored once all the same.
PAGES["/same-as-a1.html"] = PAGES["/a1.html"].replace("Home | World | Sport", "Menu").replace(
    "Copyright 2026", "All rights reserved")
RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour news</title>
<item><title>Harbour plan approved</title><link>{base}/a1.html</link></item>
<item><title>Fishermen object</title><link>/a2.html</link></item>
<item><title>Same story, other address</title><link>{base}/same-as-a1.html?utm_source=rss</link></item>
<item><title>Gone</title><link>{base}/gone.html</link>
<description>&lt;p&gt;Harbour workers walked out on Monday over pay.&lt;/p&gt;</description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Harbour</title><id>urn:x</id><updated>2026-01-01T00:00:00Z</updated>
<entry><title>Mayor defends plan</title><id>urn:a3</id><updated>2026-01-01T00:00:00Z</updated>
<link href="{base}/a3.html"/></entry></feed>"""
BOMB = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>x</title>
<link>{base}/a1.html</link></item></channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}

    def do_GET(self):  # noqa: N802 - the http.server interface
        path = self.path.split("?")[0]
        Handler.hits[path] = Handler.hits.get(path, 0) + 1
        base = f"http://127.0.0.1:{self.server.server_port}"
        if path in PAGES:
            return self._send(200, "text/html; charset=utf-8", PAGES[path])
        routes = {"/feed.xml": ("application/rss+xml", RSS), "/atom.xml": ("application/atom+xml", ATOM),
                  "/bomb.xml": ("application/rss+xml", BOMB), "/text.txt": ("text/plain", "A plain text story.")}
        if path in routes:
            kind, body = routes[path]
            return self._send(200, kind, body.format(base=base))
        if path == "/slow.html":
            time.sleep(2)
            return self._send(200, "text/html", PAGES["/a1.html"])
        if path == "/flaky.html" and Handler.hits[path] == 1:
            return self._send(503, "text/plain", "try later")
        if path == "/flaky.html":
            return self._send(200, "text/html", PAGES["/a2.html"])
        if path == "/broken.html":
            return self._send(500, "text/plain", "boom")
        if path == "/big.html":
            return self._send(200, "text/html", "<p>" + "x" * (2 * 1024 * 1024) + "</p>")
        if path == "/image.png":
            return self._send(200, "image/png", "\x89PNG")
        return self._send(404, "text/plain", "not found")

    def _send(self, status, kind, body):
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # clients that give up (timeouts, size limits) break the pipe on purpose


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


@pytest.fixture
def client():
    with httpx.Client(trust_env=False, follow_redirects=True) as client:
        yield client


def sources(tmp_path, **values) -> fetch.Sources:
    return fetch.Sources(corpus=tmp_path / "corpus", timeout=0.5, retries=1, backoff=0.01,
                         max_mb=1, **values)


def test_feeds_become_articles_stored_once_with_their_url(tmp_path, server, client):
    spec = sources(tmp_path, feeds=(f"{server}/feed.xml", f"{server}/atom.xml"))
    messages: list[str] = []
    report = fetch.fetch_all(spec, client=client, log=messages.append)
    names = sorted(p.name for p in report.stored)
    assert len(names) == 4 and all(n.endswith(".html") for n in names)  # a1, a2, a3, gone (feed copy)
    assert any("same article as" in m for m in messages)
    assert any("keeping the feed's copy" in m for m in messages)
    documents, skipped = ingest.read_sources(Config(sources=(str(spec.corpus),)))
    documents = fetch.attach_provenance(documents)
    assert not skipped and len(documents) == 4
    urls = {d.url for d in documents}
    assert f"{server}/a2.html" in urls and f"{server}/a3.html" in urls  # relative link resolved
    assert all(d.fetched and d.fetched.startswith("20") for d in documents)
    again = fetch.fetch_all(spec, client=client)
    assert again.stored == () and again.known == 5 and not again.failed


def test_slow_broken_big_and_wrong_type_are_reported_not_fatal(tmp_path, server, client):
    bad = ("/slow.html", "/broken.html", "/big.html", "/image.png", "/missing.html")
    spec = sources(tmp_path, urls=tuple(server + b for b in bad) + (f"{server}/text.txt",))
    started = time.monotonic()
    report = fetch.fetch_all(spec, client=client)
    reasons = dict(report.failed)
    assert time.monotonic() - started < 6
    assert reasons[f"{server}/slow.html"] == "timed out"
    assert "server error 500" in reasons[f"{server}/broken.html"]
    assert "1 MB limit" in reasons[f"{server}/big.html"]
    assert "content type image/png" in reasons[f"{server}/image.png"]
    assert reasons[f"{server}/missing.html"] == "HTTP 404"
    assert [p.suffix for p in report.stored] == [".txt"]
    assert Handler.hits["/broken.html"] == 2  # one retry


def test_retries_a_flaky_server(tmp_path, server, client):
    report = fetch.fetch_all(sources(tmp_path, urls=(f"{server}/flaky.html",)), client=client)
    assert len(report.stored) == 1 and not report.failed


def test_entity_bomb_feed_is_refused(tmp_path, server, client):
    report = fetch.fetch_all(sources(tmp_path, feeds=(f"{server}/bomb.xml",)), client=client)
    assert report.stored == () and "entities" in report.failed[0][1]


def test_only_web_urls_are_fetched(tmp_path, client):
    report = fetch.fetch_all(sources(tmp_path, urls=("file:///etc/passwd",)), client=client)
    assert report.failed == (("file:///etc/passwd", "only http and https URLs are fetched"),)


def test_sources_file(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text('corpus = "fetched"\nfolders = ["local"]\nurls = ["https://example.org/a"]\n'
                    'feeds = ["https://example.org/rss"]\n[fetch]\ntimeout = 5\nmax_mb = 2\n')
    spec = fetch.load_sources(path)
    assert spec.corpus == tmp_path / "fetched" and spec.folders == (tmp_path / "local",)
    assert spec.timeout == 5.0 and spec.max_mb == 2.0 and spec.retries == 3
    assert fetch.load_sources(path, corpus="/x").corpus.as_posix() == "/x"
    path.write_text('feed = ["https://example.org/rss"]\n')
    with pytest.raises(fetch.ConfigError, match="unknown key 'feed'"):
        fetch.load_sources(path)


def test_normalize_url_drops_tracking_and_fragment():
    assert (fetch.normalize_url("HTTPS://Example.ORG/a?utm_source=x&id=3#top")
            == "https://example.org/a?id=3")


def test_sidecar_is_plain_json(tmp_path):
    corpus = fetch.Corpus(tmp_path)
    path = corpus.store("https://example.org/news/story-1.html", b"<p>Hello</p>", ".html")
    meta = json.loads((tmp_path / (path.stem + fetch.SIDECAR)).read_text())
    assert meta["url"] == "https://example.org/news/story-1.html" and path.name.startswith("story-1-")


def test_a_feed_on_localhost_becomes_a_brief(tmp_path, server, seed_build):
    from briefing.cli import main
    import io

    listed = tmp_path / "sources.toml"
    listed.write_text(f'corpus = "corpus"\nfeeds = ["{server}/atom.xml", "{server}/feed.xml"]\n'
                      f'urls = ["{server}/missing.html"]\n[fetch]\ntimeout = 2\nretries = 0\n')
    out, err = io.StringIO(), io.StringIO()
    code = main(["build", "--sources-file", str(listed), "--out", str(tmp_path / "o"),
                 "--formats", "json"], stdout=out, stderr=err)
    assert code == 3, err.getvalue()  # built, but one source could not be had
    assert f"could not fetch {server}/missing.html: HTTP 404" in err.getvalue()
    data = json.loads((tmp_path / "o" / "brief.json").read_text())
    assert len(data["articles"]) == 4
    assert {a["url"] for a in data["articles"]} >= {f"{server}/a1.html", f"{server}/a3.html"}
    assert any("Ines Okafor" in a["text"] for a in data["articles"])
    manifest = json.loads(next((tmp_path / "o" / "editions").glob("*/manifest.json")).read_text())
    assert all(i["url"] and i["fetched"] for i in manifest["inputs"])


def test_the_fetch_command_stores_what_the_sources_file_lists_and_says_so(tmp_path, server):
    import io

    from briefing.cli import main

    listed = tmp_path / "sources.toml"
    listed.write_text(f'corpus = "corpus"\nurls = ["{server}/a1.html"]\n', encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["fetch", "--sources-file", str(listed)], stdout=out, stderr=err) == 0
    assert out.getvalue().strip().endswith(".html") and "1 new, 0 already in" in err.getvalue()
    out, err = io.StringIO(), io.StringIO()
    assert main(["fetch", "--sources-file", str(listed)], stdout=out, stderr=err) == 0
    assert out.getvalue() == "" and "0 new, 1 already in" in err.getvalue()
