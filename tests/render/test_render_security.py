"""Rendering never reads or fetches anything outside the package's assets,
and nothing active from an article survives into the outputs.

A local HTTP server counts requests while briefs full of external
references (images, stylesheets, CSS url(), iframes, SVG, file: URLs to a
secret file) are rendered in every format: it must see none, and the
secret must appear in no output."""

from __future__ import annotations

import http.server
import re
import threading
import zipfile

import pytest
from tests.helpers import brief, write

from briefing.render.fonts import FONTS_DIR, allowed_file


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 (the http.server API)
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Counter)
    _Counter.hits = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", _Counter.hits
    httpd.shutdown()


@pytest.fixture()
def secret(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-7f3a9c", encoding="utf-8")
    return path


def hostile(base: str, secret_uri: str) -> list[str]:
    return [f'<img src="{base}/img">', f'<link rel=stylesheet href="{base}/css">',
            f'<div style="background:url({base}/bg)">x</div>', f'<iframe src="{base}/frame"></iframe>',
            f'<svg xmlns="http://www.w3.org/2000/svg"><image href="{base}/svg"/></svg>',
            f'<img src="{secret_uri}">', f'<object data="{secret_uri}"></object>',
            f'<style>@import url({base}/import); body{{background:url({secret_uri})}}</style>',
            '<script>alert(1)</script>', '<a href="javascript:alert(1)" onclick="x()">y</a>',
            '<body onload="x()">']


def test_hostile_article_text_fetches_nothing_in_any_format(server, secret, tmp_path):
    base, hits = server
    bad = hostile(base, secret.as_uri())
    texts = {"title": bad[0] + bad[5], "name": bad[1], "role": bad[2], "claim": " ".join(bad),
             "quote": bad[3], "figure": bad[4], "measures": bad[6], "topic": bad[7], "label": bad[8]}
    written = write(brief(texts), tmp_path, formats=("json", "html", "docx", "pdf"))
    assert hits == []
    for path in written.values():
        assert b"TOP-SECRET" not in path.read_bytes()
    with zipfile.ZipFile(written["docx"]) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            assert b"TOP-SECRET" not in data and b'TargetMode="External"' not in data


def test_html_keeps_no_script_handler_or_javascript_url(tmp_path):
    bad = hostile("http://127.0.0.1:9", "file:///etc/passwd")
    html = write(brief({"claim": " ".join(bad), "name": bad[9], "title": bad[8]}), tmp_path,
                 formats=("html",))["html"].read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert not re.search(r"<[^>]*\son\w+\s*=", html, re.I)
    assert not re.search(r"(href|src|action)\s*=\s*[\"']?\s*javascript:", html, re.I)
    assert not re.search(r"<(iframe|object|embed|link|img)\b(?![^>]*src=\"data:)", html, re.I)
    assert "&lt;script&gt;" in html  # shown as text, not dropped


def test_the_pdf_fetcher_refuses_even_raw_markup(server, secret, tmp_path):
    # A user template could hold raw markup: the fetcher itself must refuse.
    import weasyprint

    from briefing.render.pdf import package_fetcher

    base, hits = server
    markup = "<html><body>" + "".join(hostile(base, secret.as_uri())) + "</body></html>"
    weasyprint.HTML(string=markup, url_fetcher=package_fetcher(), base_url=None).write_pdf(
        str(tmp_path / "raw.pdf"))
    assert hits == []
    assert b"TOP-SECRET" not in (tmp_path / "raw.pdf").read_bytes()


def test_only_the_packaged_font_files_are_allowed(secret):
    font = FONTS_DIR / "NotoSerif-Regular.ttf"
    assert allowed_file(font.as_uri())
    assert not allowed_file(secret.as_uri())
    assert not allowed_file(f"file://{FONTS_DIR}/../fonts.py")
    assert not allowed_file(f"file://{FONTS_DIR}/OFL.txt")
    assert not allowed_file("http://127.0.0.1/NotoSerif-Regular.ttf")
    assert not allowed_file(f"file://evil.example{font}")


def test_the_server_would_see_an_unguarded_fetch(server, tmp_path):
    # Proves the counting harness: WeasyPrint's own fetcher does call out.
    import weasyprint

    base, hits = server
    weasyprint.HTML(string=f'<img src="{base}/img">').write_pdf(str(tmp_path / "open.pdf"))
    assert hits == ["/img"]
