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
import fcntl
import shutil
from dataclasses import dataclass
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Sequence

from . import clean, distill, executor, ingest, render, synthesize
from .language import nlp
from .regenerate import cache, editions, fetch, lock, publish, whatsnew
from .regenerate.manifest import Manifest
from .config import Config, state_dir
from .errors import BriefingError
from .models import Article, Brief, Digest, Document, Skipped
from .progress import SILENT, Progress

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
    fetch_failed: tuple[tuple[str, str], ...] = ()
    """(url, why) of each URL or feed of `config.sources_file` not fetched."""


def build(config: Config, *, log: Log = lambda message: None, force: bool = False,
          wait: bool = True, progress: Progress = SILENT) -> BuildResult:
    """Build the brief `config` describes and publish it as a new edition in
    `config.out`, unless nothing changed since the latest one (or `force`).
    `wait=False` fails at once if another build holds the outputs;
    `progress` shows how far analysis, synthesis and rendering are."""
    # 0. New articles from the sources file's URLs and feeds first: its
    #    corpus is then read with the other sources.
    config, fetch_failed = _fetched(config, log)
    out, state = Path(config.out), state_dir(config)
    # 1. Fail before any work if the brief could not be written, then hold
    #    the outputs: one build at a time, a second one waits its turn.
    with _no_new_folders_on_failure(out, state, editions.folder(out)):
        publish.ensure_writable(out)
        check_reference_docx(config)
        result = _build_locked(config, out, state, log=log, force=force, wait=wait, progress=progress)
    # 8. Hand a new edition on (upload it, mail it): never an unchanged one.
    if config.post_build and not result.up_to_date:
        publish.run_hook(config.post_build, result.edition, log=log)
    return dataclasses.replace(result, fetch_failed=fetch_failed)


def _fetched(config: Config, log: Log) -> tuple[Config, tuple[tuple[str, str], ...]]:
    """`config` with the folders of its sources file added to its sources
    once the file's URLs and feeds are fetched, and the fetches that failed."""
    if not config.sources_file:
        return config, ()
    folders, failed = fetch.fetch_listed(config.sources_file, log=log)
    return dataclasses.replace(config, sources=(*config.sources, *folders)), failed


def _build_locked(config: Config, out: Path, state: Path, *, log: Log, force: bool, wait: bool,
                  progress: Progress) -> BuildResult:
    """`build` once the outputs are known writable: under the lock, sources
    in, a published edition (or "up to date") out."""
    with lock.hold(state, wait=wait, log=log):
        # 2. Read every source file we can decode (with the URL it was fetched
        #    from); unreadable ones are skipped with a reason, not fatal.
        documents, skipped = ingest.read_sources(config, log=log)
        documents = fetch.attach_provenance(editions.without_outputs(documents, out, log=log))
        # 3. Inputs, options and code as the latest edition had them: the
        #    published brief is already right, so rendering would be waste.
        previous = editions.latest(out, log=log)
        stamp = editions.fingerprint(documents, skipped, config)
        if not force and editions.up_to_date(previous, stamp, out, config.formats):
            return _unchanged(out, previous, config, skipped, log)
        # 4-5. Clean and distill each article: the expensive part, so only
        #    documents the cache has not seen (new or changed) go through it.
        with cache.DigestCache(state / cache.CACHE_NAME, config, log=log) as known:
            hits, misses = known.split(documents)
            fresh = analyse(misses, config, log=log, progress=progress) if misses else ()
            known.store(fresh)
        digests = in_order((*hits, *fresh), documents)
        if not digests:
            raise BriefingError(f"no article with any text in {', '.join(config.sources)}")
        # 6. Across articles: summary, themes, voices, timeline, discrepancies;
        #    then what changed since the previous edition, for the reader.
        with progress.stage("synthesis", synthesize.STEPS, "steps") as stage:
            brief = synthesize.synthesize(digests, config, skipped=skipped, step=stage.step,
                                          previous_title=_automatic_title(previous))
        name = editions.new_name(out)
        brief = dataclasses.replace(brief, edition=name, whats_new=whatsnew.compare(previous, brief))
        brief = synthesize.judgments.with_changes(brief)
        # A large brief's PDF is the build's largest step in memory: the model goes before it, not beside it.
        if len(digests) >= RELEASE_FROM:
            nlp.release()
        else:
            nlp.forget_sentences()
        # 7. One model, four views, rendered into a staging folder and only
        #    then published: the old edition stays whole until the new one is.
        edition = _render_and_publish(brief, config, documents, stamp, log=log, progress=progress)
    written = {name: out / render.output_name(name) for name in config.formats}
    return BuildResult(brief=brief, written=written, skipped=skipped, edition=edition,
                       distilled=len(misses))


RELEASE_FROM = 200
"""Articles from which a build lets the language model go before
rendering (`nlp.release`): the 1,000-article bench's peak memory (its
PDF's) went from 992 to 950 MB, one run each.  A smaller build keeps the
model, so the next build in the same process (a test, a notebook) need
not read it again."""


def in_order(digests: Sequence[Digest], documents: Sequence[Document]) -> tuple[Digest, ...]:
    """`digests` in the order of their `documents` (the corpus's order)."""
    by_id = {d.article.id: d for d in digests}
    return tuple(by_id[d.id] for d in documents if d.id in by_id)


@contextmanager
def _no_new_folders_on_failure(*folders: Path) -> Iterator[None]:
    """On failure, remove those of `folders` this build created: a failed
    first build leaves no `<out>/.state/` (nor `<out>`) behind.  Whatever
    is in them was made by this build (a digest cache is redone next time)."""
    new = [folder for folder in folders if not folder.exists()]
    try:
        yield
    except BaseException:
        # Another build that started meanwhile may hold them now: leave them.
        if new and not any(_locked(folder / lock.LOCK_NAME) for folder in new):
            for folder in new:
                shutil.rmtree(folder, ignore_errors=True)
        raise


def _locked(path: Path) -> bool:
    """True when some process holds the build lock at `path`."""
    try:
        with open(path, "rb") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False  # no lock file: nobody is building there
    return False


def _automatic_title(previous: Manifest | None) -> str | None:
    """The latest edition's title if it was made from the articles (not
    set by the `title` option): the next edition keeps it while it fits."""
    if not previous or previous.options.get("title"):
        return None
    return previous.title


def check_reference_docx(config: Config) -> None:
    """Refuse a bad house template (`--reference-docx`) before any analysis:
    too large, a zip bomb, DTDs or entities (see render.docx_reference)."""
    if config.reference_docx and "docx" in config.formats:
        from .render.docx_reference import check

        check(config.reference_docx)


def analyse(documents: Sequence[Document], config: Config, *, log: Log,
            progress: Progress = SILENT) -> tuple[Digest, ...]:
    """The per-article stages: decoded documents in, one digest per article
    that has any text left after cleaning.  Cleaning runs beside the
    distillation, wherever the executor puts it (workers, a Dask cluster);
    an article either stage fails on is left out and named in a warning."""
    with progress.stage("analysis", len(documents), "articles") as stage:
        results = executor.run(documents, config, analyse_batch, warm=prepare, log=log, stage=stage,
                               failed=_left_out)
    digests = distill.digests_only(results, log)
    done = {d.article.id for d in digests} | {r.path for r in results if isinstance(r, Skipped)}
    for document in documents:
        if document.id not in done and document.path not in done:
            log(f"warning: skipped {document.path}: no article text left after cleaning")
    return digests


def analyse_batch(documents: Sequence[Document], config: Config) -> tuple[Digest | Skipped, ...]:
    """One batch of documents cleaned and distilled: the unit of work of
    `analyse` (module-level, so it pickles to workers)."""
    # 4. Boilerplate, repeats and broken words out; offsets from here on
    #    point into each article's cleaned text.
    cleaned = [_clean_or_skip(d) for d in documents]
    articles = [a for a in cleaned if isinstance(a, Article) and a.text.strip()]
    # 5. The per-article summary layer: people, figures, quotes, stance, events.
    return tuple(c for c in cleaned if isinstance(c, Skipped)) + distill.distill_batch(articles, config)


def _left_out(document: Document, error: BaseException) -> Skipped:
    """The note for a document the last-resort guard stopped (too slow, too
    much memory): module-level, so it pickles back from workers."""
    detail = str(error) if isinstance(error, (MemoryError, executor.ArticleTimeout)) else \
        f"the analysis failed on it ({type(error).__name__}: {error})"
    return Skipped(path=document.path, reason=f"left out: {detail}")


def _clean_or_skip(document: Document) -> Article | Skipped:
    try:
        return clean.clean(document)
    except Exception as error:  # noqa: BLE001 - named in a warning, never fatal
        return distill.failed(document.path, error)


def prepare() -> None:
    """Ready a process to clean and distill (the word list, the model)."""
    clean.prepare()
    distill.prepare()


def _render_and_publish(brief: Brief, config: Config, documents, stamp: str, *, log: Log,
                        progress: Progress = SILENT) -> Path:
    """Render `brief` into a staging folder, publish it, prune old editions."""
    out = Path(config.out)
    publish.clear_leftovers(out)
    stage = _staging(out, brief.edition)
    try:
        with progress.stage("rendering", len(config.formats), "formats") as shown:
            render.render(brief, config, stage, log=log, step=shown.step)
    except OSError as error:  # a full disk, a read-only folder: named, not a traceback
        publish.discard(stage)
        raise BriefingError(f"cannot write the new edition into {stage.parent}: "
                            f"{error.strerror or error}; the previous edition stays published") from None
    except BaseException:
        publish.discard(stage)  # a failed render leaves nothing half-made behind
        raise
    manifest = editions.manifest(name=brief.edition, brief=brief, documents=documents, config=config,
                                 fingerprint=stamp, contents=whatsnew.contents(brief))
    edition = publish.publish(stage, out, manifest=manifest, formats=config.formats, log=log)
    log(f"published edition {edition}")
    editions.prune(out, config.retention, log=log)
    return edition


def _staging(out: Path, name: str) -> Path:
    try:
        return publish.staging(out, name)
    except OSError as error:
        raise BriefingError(f"cannot write into the editions folder {editions.folder(out)}: "
                            f"{error.strerror or error}") from None


def _unchanged(out: Path, previous: Manifest, config: Config, skipped, log: Log) -> BuildResult:
    edition = editions.folder(out) / previous.edition
    publish.restore(edition, out, config.formats, log=log)
    log(f"the brief is up to date (edition {previous.edition}); nothing to render "
        "(--force renders anyway)")
    return BuildResult(brief=None, written={}, skipped=skipped, edition=edition, up_to_date=True)
