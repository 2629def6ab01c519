"""brief.pdf: the HTML brief laid out by WeasyPrint.

Rendering never reaches outside the package: the URL fetcher refuses every
URL but inline `data:` ones, so untrusted article text cannot make the
renderer read a local file or call the network.
"""

from __future__ import annotations

from pathlib import Path

from ..config import Config
from ..errors import BriefingError
from ..models import Brief
from . import renderer
from .html import render_html


def refuse_fetch(url: str, *args, **kwargs):
    """WeasyPrint URL fetcher that only serves data: URLs."""
    if url.startswith("data:"):
        from weasyprint.urls import default_url_fetcher

        return default_url_fetcher(url, *args, **kwargs)
    raise ValueError(f"refused to fetch {url[:60]}")


@renderer("pdf")
def write_pdf(brief: Brief, config: Config, path: Path) -> None:
    try:
        import weasyprint
    except OSError as error:
        raise BriefingError("WeasyPrint cannot find its system libraries (Pango); "
                            "install them: apt-get install libpango-1.0-0 libpangoft2-1.0-0 "
                            f"({error})") from None
    html = weasyprint.HTML(string=render_html(brief, config, for_print=True),
                           url_fetcher=refuse_fetch, base_url=None)
    html.write_pdf(str(path))
