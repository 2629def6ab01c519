"""The whole product in one function: sources in, a published edition out.

    ingest -> clean -> distill (cached) -> synthesize -> render -> publish

Each stage is one call to one module; the data between them is the frozen
dataclasses of `briefing.models`.  Around them, the regeneration machinery:
a lock (one build per outputs folder), a no-op check (nothing changed,
nothing to do), a digest cache (only new or changed articles are distilled)
and atomic publishing (a killed build never breaks the published brief).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from . import (cache, clean, distill, editions, executor, fetch, ingest, lock, publish, render, synthesize,
               whatsnew)
from .config import Config, state_dir
from .errors import BriefingError
from .models import Article, Brief, Digest, Document, Skipped

Log = Callable[[str], None]


@dataclass(frozen=True, kw_only=True)
class BuildResult:
    """What a build produced: the brief, the files written, what was skipped.

    `up_to_date` is True when nothing changed and nothing was rendered
    (then `brief` is None and `written` empty); `edition` is the folder of
    the edition published (or the latest one when up to date); `distilled`
    counts the articles that were not in the digest cache."""

    brief: Brief | None
    written: dict[str, Path]
    skipped: tuple[Skipped, ...]
    edition: Path | None = None
    up_to_date: bool = False
    distilled: int = 0


def build(config: Config, *, log: Log = lambda message: None, force: bool = False,
          wait: bool = True) -> BuildResult:
    """Build the brief `config` describes and publish it as a new edition in
    `config.out`, unless nothing changed since the latest one (or `force`).
    `wait=False` fails at once if another build holds the outputs."""
    out, state = Path(config.out), state_dir(config)
    # 0. Fail before any work if the brief could not be written, then hold
    #    the outputs: one build at a time, a second one waits its turn.
    publish.ensure_writable(out)
    with lock.hold(state, wait=wait, log=log):
        # 1. Read every source file we can decode (with the URL it was fetched
        #    from); unreadable ones are skipped with a reason, not fatal.
        documents, skipped = ingest.read_sources(config, log=log)
        documents = fetch.attach_provenance(editions.without_outputs(documents, out, log=log))
        # 2. Inputs, options and code as the latest edition had them: the
        #    published brief is already right, so rendering would be waste.
        previous = editions.latest(out)
        stamp = editions.fingerprint(documents, skipped, config)
        if not force and editions.up_to_date(previous, stamp, out, config.formats):
            return _unchanged(out, previous, config, skipped, log)
        # 3-4. Clean and distill each article: the expensive part, so only
        #    documents the cache has not seen (new or changed) go through it.
        digests, distilled = cache.distill_cached(documents, config, analyse,
                                                  path=state / cache.CACHE_NAME, log=log)
        if not digests:
            raise BriefingError(f"no article with any text in {', '.join(config.sources)}")
        # 5. Across articles: summary, themes, voices, timeline, discrepancies;
        #    then what changed since the previous edition, for the reader.
        brief = synthesize.synthesize(digests, config, skipped=skipped)
        name = editions.new_name(out)
        brief = dataclasses.replace(brief, edition=name, whats_new=whatsnew.compare(previous, brief))
        brief = synthesize.judgments.with_changes(brief)
        # 6. One model, four views, rendered into a staging folder and only
        #    then published: the old edition stays whole until the new one is.
        edition = _render_and_publish(brief, config, documents, stamp, log=log)
    written = {name: out / f"brief.{name}" for name in config.formats}
    return BuildResult(brief=brief, written=written, skipped=skipped, edition=edition,
                       distilled=distilled)


def analyse(documents: Sequence[Document], config: Config, *, log: Log) -> tuple[Digest, ...]:
    """The per-article stages: decoded documents in, one digest per article
    that has any text left after cleaning.  Cleaning runs beside the
    distillation, wherever the executor puts it (workers, a Dask cluster);
    an article either stage fails on is left out and named in a warning."""
    results = executor.run(documents, config, analyse_batch, warm=prepare, log=log)
    digests = distill.digests_only(results, log)
    done = {d.article.id for d in digests} | {r.path for r in results if isinstance(r, Skipped)}
    for document in documents:
        if document.id not in done and document.path not in done:
            log(f"warning: skipped {document.path}: no article text left after cleaning")
    return digests


def analyse_batch(documents: Sequence[Document], config: Config) -> tuple[Digest | Skipped, ...]:
    """One batch of documents cleaned and distilled: the unit of work of
    `analyse` (module-level, so it pickles to workers)."""
    # 3. Boilerplate, repeats and broken words out; offsets from here on
    #    point into each article's cleaned text.
    cleaned = [_clean_or_skip(d) for d in documents]
    articles = [a for a in cleaned if isinstance(a, Article) and a.text.strip()]
    # 4. The per-article summary layer: people, figures, quotes, stance, events.
    return tuple(c for c in cleaned if isinstance(c, Skipped)) + distill.distill_batch(articles, config)


def _clean_or_skip(document: Document) -> Article | Skipped:
    try:
        return clean.clean(document)
    except Exception as error:  # noqa: BLE001 - named in a warning, never fatal
        return distill.failed(document.path, error)


def prepare() -> None:
    """Ready a process to clean and distill (the word list, the model)."""
    clean.prepare()
    distill.prepare()


def _render_and_publish(brief: Brief, config: Config, documents, stamp: str, *, log: Log) -> Path:
    """Render `brief` into a staging folder, publish it, prune old editions."""
    out = Path(config.out)
    publish.clear_leftovers(out)
    stage = publish.staging(out, brief.edition)
    try:
        render.render(brief, config, stage, log=log)
    except BaseException:
        publish.discard(stage)  # a failed render leaves nothing half-made behind
        raise
    manifest = editions.manifest(name=brief.edition, brief=brief, documents=documents, config=config,
                                 fingerprint=stamp, contents=whatsnew.contents(brief))
    edition = publish.publish(stage, out, manifest=manifest, formats=config.formats, log=log)
    log(f"published edition {edition}")
    editions.prune(out, config.retention, log=log)
    return edition


def _unchanged(out: Path, previous: dict, config: Config, skipped, log: Log) -> BuildResult:
    edition = editions.folder(out) / previous["edition"]
    publish.restore(edition, out, config.formats, log=log)
    log(f"the brief is up to date (edition {previous['edition']}); nothing to render "
        "(--force renders anyway)")
    return BuildResult(brief=None, written={}, skipped=skipped, edition=edition, up_to_date=True)
