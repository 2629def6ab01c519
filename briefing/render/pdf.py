"""brief.pdf: the HTML brief laid out by WeasyPrint, tagged (PDF/UA-1).

Rendering never reaches outside the package: the URL fetcher serves inline
`data:` URLs and the package's own font files, and refuses everything else,
so untrusted article text cannot make the renderer read a local file or
call the network.  Bookmarks come from the headings, metadata (title,
author, subject, keywords) from the page's <title> and <meta> tags.
"""

from __future__ import annotations

from pathlib import Path

from ..config import Config
from ..errors import BriefingError
from ..models import Brief
from . import renderer
from .fonts import allowed_file
from .html import render_html
from .pdf_tags import scope_headers


def allowed(url: str) -> bool:
    """True for the only URLs rendering may load: data: and packaged fonts."""
    return url.startswith("data:") or allowed_file(url)


def package_fetcher():
    """A WeasyPrint URL fetcher that serves `allowed` URLs and refuses the rest
    (made on demand: WeasyPrint is imported only when a PDF is written)."""
    from weasyprint.urls import URLFetcher

    class PackageFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if not allowed(url):
                raise ValueError(f"refused to fetch {url[:60]}")
            return super().fetch(url, headers)

    return PackageFetcher(allowed_protocols=("data", "file"), allow_redirects=False)


@renderer("pdf")
def write_pdf(brief: Brief, config: Config, path: Path) -> None:
    try:
        import weasyprint
    except OSError as error:
        raise BriefingError("WeasyPrint cannot find its system libraries (Pango); "
                            "install them: apt-get install libpango-1.0-0 libpangoft2-1.0-0 "
                            f"({error})") from None
    html = weasyprint.HTML(string=render_html(brief, config, for_print=True),
                           url_fetcher=package_fetcher(), base_url=None)
    html.write_pdf(str(path), pdf_variant="pdf/ua-1", custom_metadata=True, finisher=scope_headers)
