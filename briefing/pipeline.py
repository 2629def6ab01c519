"""The whole product in one function: sources in, a published brief out.

    ingest -> clean -> distill -> synthesize -> render

Each stage is one call to one module; the data between them is the frozen
dataclasses of `briefing.models`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import clean, distill, ingest, render, synthesize
from .config import Config
from .errors import BriefingError
from .models import Brief, Skipped

Log = Callable[[str], None]


@dataclass(frozen=True, kw_only=True)
class BuildResult:
    """What a build produced: the brief, the files written, what was skipped."""

    brief: Brief
    written: dict[str, Path]
    skipped: tuple[Skipped, ...]


def build(config: Config, *, log: Log = lambda message: None) -> BuildResult:
    """Build the brief `config` describes and write it to `config.out`."""
    # 1. Read every source file we can decode; unreadable ones are skipped
    #    with a reason rather than stopping the build.
    documents, skipped = ingest.read_sources(config, log=log)
    # 2. Boilerplate, repeats and broken words out; offsets from here on
    #    point into each article's cleaned text.
    articles = tuple(clean.clean(document) for document in documents)
    articles = tuple(article for article in articles if article.text.strip())
    if not articles:
        raise BriefingError(f"no article with any text in {', '.join(config.sources)}")
    log(f"read {len(articles)} article(s); distilling")
    # 3. The per-article summary layer (the expensive, parallel part).
    digests = distill.distill(articles, config, log=log)
    # 4. Across articles: summary, themes, voices, timeline, discrepancies.
    brief = synthesize.synthesize(digests, config, skipped=skipped)
    # 5. One model, four views: JSON, HTML, PDF (from the HTML), DOCX.
    written = render.render(brief, config, Path(config.out), log=log)
    return BuildResult(brief=brief, written=written, skipped=skipped)
