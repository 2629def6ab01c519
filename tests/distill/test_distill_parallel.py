"""Analysis (`pipeline.analyse`: clean and distill) gives the same digests,
and the same brief, whether it runs in this process, in local worker
processes or on a Dask cluster."""

from __future__ import annotations

import dataclasses
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pytest

from briefing import clean, executor, ingest, models, pipeline, synthesize
from briefing.config import Config
from briefing.models import Article, Document
from tests.helpers import SEEDS



def _pieces(article: Article, size: int) -> list[Document]:
    """`article` cut into documents of `size` paragraphs each: more, shorter
    articles, so the parallel path is taken without parsing much text."""
    spans = [article.text[p.start:p.end] for p in article.paragraphs]
    return [Document(id=f"{article.id}-{number}", path=f"{article.source_path}-{number}", kind="text",
                     text="\n\n".join(spans[first:first + size]), encoding="utf-8", sha256=article.sha256)
            for number, first in enumerate(range(0, len(spans), size))]


@pytest.fixture(scope="module")
def corpus() -> tuple[Document, ...]:
    documents, _ = ingest.read_sources(Config(sources=(str(SEEDS),)))
    pieces = [piece for document in documents for piece in _pieces(clean.clean(document), 1)]
    assert len(pieces) >= executor.SERIAL_BELOW
    return tuple(pieces[: executor.SERIAL_BELOW + 4])


def _analysed(corpus, config: Config, log=None):
    """The digests of the documents of `corpus`, as a build makes them."""
    return pipeline.analyse(corpus, config, log=log.append if log is not None else (lambda message: None))


@pytest.fixture(scope="module")
def serial(corpus):
    return _analysed(corpus, Config(jobs=1))


def _plain(digests) -> list:
    return models.to_dict(digests)


def _brief(digests) -> dict:
    brief = models.to_dict(synthesize.synthesize(digests, Config()))
    brief.pop("generated_at", None)
    return brief


def test_serial_digests_follow_the_input_order(corpus, serial):
    assert [d.article.id for d in serial] == [d.id for d in corpus]
    assert all(d.sentences for d in serial)


def test_local_workers_give_the_same_digests(corpus, serial):
    log = []
    parallel = _analysed(corpus, Config(jobs=2), log)
    assert "2 worker processes" in log[0]
    assert _plain(parallel) == _plain(serial)


def test_dask_cluster_gives_the_same_digests_and_brief(corpus, serial):
    pytest.importorskip("distributed")
    # In a child process: Dask leaves threads behind, and with threads about
    # the executor no longer forks (it spawns, slowly) in this process.
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
        log, tasks, on_cluster, brief = pool.submit(_on_dask_cluster, corpus).result()
    assert "Dask cluster" in log[0] and tasks >= 1
    assert on_cluster == _plain(serial)
    assert brief == _brief(serial)


def _on_dask_cluster(corpus):
    """Distill `corpus` on an in-process cluster of one single-threaded
    worker (the batches still travel through the scheduler as tasks)."""
    import distributed

    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        log = []
        config = Config(executor="dask", scheduler=cluster.scheduler_address)
        digests = _analysed(corpus, config, log)
        with distributed.Client(cluster, set_as_default=False) as client:
            tasks = client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.task_prefixes))
    return log, tasks, _plain(digests), _brief(digests)


def test_small_corpus_stays_in_this_process(corpus):
    log = []
    digests = _analysed(corpus[:3], Config(jobs=2), log)
    assert "in this process" in log[0] and len(digests) == 3
    assert dataclasses.is_dataclass(digests[0])
