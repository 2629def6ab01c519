"""Where the per-article work runs: in this process, a local pool of
processes, or a Dask cluster.  Items in (documents, articles), one result
per item out, in input order.

The work itself is injected (`work(batch, config)` turns a batch into its
results), so this module knows nothing of spaCy: the pipeline hands over
`analyse_batch` (clean, then distill) and a `warm` function that loads the
word list and the model.  Every executor cuts the articles into the same
batches, and a digest depends only on its own article, so the brief is
identical whichever executor ran it.

- serial: this process.  Chosen for `jobs = 1` and for fewer than
  `SERIAL_BELOW` articles, where a pool cannot save more than it costs.
- local: `jobs` worker processes (0 = one per core).  On Linux they are
  forked after the model is loaded, so it is loaded once and its memory
  shared; elsewhere (or when other threads run, which forking could
  deadlock) each worker loads it once as it starts.
- dask: the batches become tasks on the Dask cluster at `config.scheduler`;
  each worker process loads the model once, on its first batch.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable, Sequence, TypeVar

from .config import Config
from .errors import BriefingError
from .progress import TICK_S, Stage

T = TypeVar("T")
Work = Callable[[Sequence[Any], Config], Sequence[T]]

SERIAL_BELOW = 4
"""Fewer articles than this are distilled in-process.  Forking workers from
a process that has loaded the model takes milliseconds and the digests
pickle back in a few more (on the seeds the pool used no more CPU time than
the serial run), while one article takes 0.3-1 s to distill: from a handful
of articles on, two cores finish sooner than one."""

BATCH_MAX = 16
"""Most articles in one batch (one task).  Small enough that 2-8 workers
stay evenly loaded at the end of a run; large enough that shipping a
batch costs little next to parsing it."""

BATCHES_PER_JOB = 4
"""Aim for at least this many batches per worker, so one slow batch (a long
article) does not leave the other workers idle."""

PARENT_POLL_S = 0.5
"""How often a pool worker checks that the build that started it still runs."""

DASK_TIMEOUT_S = 30
"""How long to wait for the Dask scheduler before giving up."""


@dataclass(frozen=True, kw_only=True)
class Plan:
    """How a run will go: `kind` is "serial", "local" or "dask"; `jobs` the
    number of workers (1 for serial, unknown = 0 for dask); `batch` the
    articles per batch; `reason` says why, for the build log."""

    kind: str
    jobs: int
    batch: int
    reason: str


def cores() -> int:
    """The CPUs this process may run on (what `jobs = 0` means)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def plan(count: int, config: Config) -> Plan:
    """The plan for distilling `count` articles under `config`."""
    if config.executor == "dask":
        return Plan(kind="dask", jobs=0, batch=batch_size(count, 8),
                    reason=f"on the Dask cluster at {config.scheduler}")
    jobs = config.jobs if config.jobs > 0 else cores()
    if jobs <= 1:
        return Plan(kind="serial", jobs=1, batch=batch_size(count, 1), reason="in this process (jobs = 1)")
    if count < SERIAL_BELOW:
        return Plan(kind="serial", jobs=1, batch=batch_size(count, 1),
                    reason=f"in this process (under {SERIAL_BELOW} articles, "
                           "starting workers would cost more than it saves)")
    batch = batch_size(count, jobs)
    jobs = min(jobs, math.ceil(count / batch))
    return Plan(kind="local", jobs=jobs, batch=batch, reason=f"in {jobs} worker processes")


def batch_size(count: int, jobs: int) -> int:
    """Articles per batch: at most `BATCH_MAX`, fewer when that is needed
    to give every worker `BATCHES_PER_JOB` batches."""
    return max(1, min(BATCH_MAX, math.ceil(count / (jobs * BATCHES_PER_JOB))))


def batches(items: Sequence[T], size: int) -> list[tuple[T, ...]]:
    """`items` cut into consecutive tuples of at most `size`.  A batch also
    closes before it grows heavier (by `weight`) than twice a batch of
    median items, so a very long article is a batch of its own: it can
    start first (see `_in_order`) while the others share the other workers."""
    weights = [weight(item) for item in items]
    cap = 2 * size * sorted(weights)[len(weights) // 2] if weights else 0
    parts: list[tuple[T, ...]] = []
    current: list[T] = []
    load = 0
    for item, heft in zip(items, weights):
        if current and (len(current) == size or load + heft > cap):
            parts.append(tuple(current))
            current, load = [], 0
        current.append(item)
        load += heft
    if current:
        parts.append(tuple(current))
    return parts


def weight(item: Any) -> int:
    """An item's expected cost: the length of its text (a document, an
    article), else 1.  Parsing time grows with the text's length, and each
    quotation mark adds the work of attributing a quote (measured: 50,000
    marks in 670 KB doubled its time, about 10 characters' worth each)."""
    text = getattr(item, "text", None)
    if not isinstance(text, str):
        return 1
    return len(text) + QUOTE_MARK_WEIGHT * sum(text.count(mark) for mark in '"“”«»„')


QUOTE_MARK_WEIGHT = 10
"""What one quotation mark weighs, in characters of text (see `weight`)."""


def _nothing() -> None:
    """The default warm-up: nothing to prepare (module-level, so it pickles)."""


def run(items: Sequence[Any], config: Config, work: Work, *, warm: Callable[[], Any] = _nothing,
        log: Callable[[str], None] = lambda message: None, stage: Stage | None = None,
        failed: Callable[[Any, BaseException], Any] | None = None) -> tuple[Any, ...]:
    """`work` applied to every item, batch by batch, where `config` says;
    the results flattened in the order of `items`.  `warm()` prepares a
    process to do the work (loads the model); it runs once per process.
    `stage` is told of every batch done (the progress bar).
    With `failed(item, error)`, every item runs under the last-resort
    guard (`guarded`): one that runs out of memory or time becomes
    `failed`'s result instead of stopping the run."""
    stage = stage or Stage("analysis", len(items), "articles")
    if not items:
        return ()
    if failed is not None:
        work = partial(guarded, work=work, failed=failed)
    chosen = plan(len(items), config)
    log(f"distilling {len(items)} article(s) {chosen.reason}")
    parts = batches(items, chosen.batch)
    if chosen.kind == "dask":
        results = _dask(parts, config, work, stage, log)
    elif chosen.kind == "local":
        try:
            results = _local(parts, config, work, warm, chosen.jobs, stage)
        except WorkerDied as died:
            if failed is None:
                raise
            log(f"warning: {died}; analysing the articles again one by one, to leave out only the one at fault")
            results = [_counted(_one_by_one(part, config, work, failed), stage) for part in parts]
    else:
        warm()
        results = [_counted(work(part, config), stage) for part in parts]
    return tuple(result for part in results for result in part)


def _counted(results: Sequence[T], stage: Stage) -> Sequence[T]:
    """`results` of one batch, counted as done in `stage`."""
    stage.advance(len(results))
    return results


def _local(parts: list[tuple], config: Config, work: Work, warm: Callable[[], Any], jobs: int,
           stage: Stage) -> list:
    """The batches through a pool of `jobs` processes, results in order."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        # Warm once here and fork: every worker starts with the model
        # loaded, and its pages are shared rather than copied.
        warm()
        context, initializer = multiprocessing.get_context("fork"), _nothing
    else:
        context, initializer = multiprocessing.get_context("spawn"), warm
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker,
                                 initargs=(os.getpid(), initializer)) as pool:
            return _in_order(pool, partial(work, config=config), parts, stage)
    except BrokenProcessPool as error:
        raise WorkerDied(f"a distillation worker died ({error}); try --jobs 1 or more memory") from None


class WorkerDied(BriefingError):
    """A pool worker process died (killed, crashed): the pool is broken."""


def _one_by_one(items: Sequence[Any], config: Config, work: Work,
                failed: Callable[[Any, BaseException], Any]) -> tuple[Any, ...]:
    """`work` on each item in a fresh worker of its own, after a worker died:
    the item whose worker dies again becomes `failed(item, error)`, the
    others their results.  Slow (one process per item), but only ever run
    after a crash, to name the article at fault and keep the rest."""
    fork = "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
    context = multiprocessing.get_context("fork" if fork else "spawn")
    results: list[Any] = []
    for item in items:
        with ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_start_worker,
                                 initargs=(os.getpid(), _nothing)) as pool:
            try:
                results.extend(pool.submit(work, (item,), config).result())
            except BrokenProcessPool:
                results.append(failed(item, MemoryError("its worker process died (out of memory, "
                                                        "or a crash in a library)")))
    return tuple(results)


def _in_order(pool: ProcessPoolExecutor, work: Callable, parts: list[tuple], stage: Stage) -> list:
    """`work` on each batch in `pool`, results in the order of `parts`;
    `stage` advances as batches finish, and ticks while none does."""
    # Longest processing time first: the heaviest batches are queued
    # first, so the short ones fill in at the end and the workers finish
    # together (results are still returned in the order of `parts`).
    heaviest = sorted(range(len(parts)), key=lambda i: -sum(weight(item) for item in parts[i]))
    submitted = {i: pool.submit(work, parts[i]) for i in heaviest}
    futures = [submitted[i] for i in range(len(parts))]
    waiting = set(futures)
    while waiting:
        finished, waiting = wait(waiting, timeout=TICK_S, return_when=FIRST_COMPLETED)
        for future in finished:
            # A failed batch is raised below, in the order of `parts`, so
            # the error a caller sees does not depend on timing.
            if future.exception() is None:
                stage.advance(len(future.result()))
        stage.tick()
    return [future.result() for future in futures]


def _start_worker(parent: int, warm: Callable[[], Any]) -> None:
    """Prepare a pool worker: warm it, and make it exit when its parent
    does.  A killed build must not leave workers behind, and a forked worker
    never sees its task pipe close (it holds a copy of the parent's end)."""
    threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="watch-parent").start()
    warm()


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    os._exit(1)


def _dask(parts: list[tuple], config: Config, work: Work, stage: Stage, log: Callable[[str], None]) -> list:
    """The batches as tasks on the Dask cluster at `config.scheduler`."""
    client = _dask_client(config)
    with client:
        _wait_for_workers(client, config, log)
        # pure=False: a batch is sent as it is rather than hashed first, which
        # is slow for large texts and would dedupe nothing useful.
        futures = client.map(partial(work, config=config), parts, pure=False)
        _watch_tasks(client, dict(zip(futures, map(len, parts))), config, stage, log)
        return client.gather(futures)


def _dask_client(config: Config):
    """A client of the scheduler at `config.scheduler`, or a one-line error."""
    try:
        from distributed import Client
    except ImportError:
        raise BriefingError("executor dask needs the distributed package: pip install 'dask[distributed]'") from None
    try:
        return Client(config.scheduler, timeout=DASK_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError) as error:
        raise BriefingError(f"cannot reach the Dask scheduler at {config.scheduler}: {error}") from None


def _wait_for_workers(client, config: Config, log: Callable[[str], None]) -> None:
    """Return once the cluster has a worker; a BriefingError (which
    releases the build lock) when none joins within `dask_wait_s`."""
    if not _workers(client):
        log(f"no Dask worker at {config.scheduler} yet; waiting up to {config.dask_wait_s:g} s for one")
    try:
        client.wait_for_workers(1, timeout=config.dask_wait_s)
    except (TimeoutError, OSError):
        raise BriefingError(f"no Dask worker joined the scheduler at {config.scheduler} within "
                            f"{config.dask_wait_s:g} s; start one (dask worker {config.scheduler}) "
                            "or raise dask_wait_s") from None


def _watch_tasks(client, sizes: dict, config: Config, stage: Stage, log: Callable[[str], None]) -> None:
    """Wait until every task (future -> articles in its batch) is done,
    advancing `stage`; name each worker that leaves (Dask reruns its tasks
    elsewhere), and fail when the cluster stays without workers for `dask_wait_s`."""
    pending, workers, alone_since = list(sizes), _workers(client), None
    while pending:
        finished = [f for f in pending if f.done()]
        pending = [f for f in pending if not f.done()]
        stage.advance(sum(sizes[f] for f in finished))
        now = _workers(client)
        for address in sorted(set(workers) - set(now)):
            log(f"warning: Dask worker {workers[address]} left the cluster; its batches run on the others")
        workers = now
        alone_since = None if workers else alone_since or time.monotonic()
        if alone_since is not None and time.monotonic() - alone_since > config.dask_wait_s:
            raise BriefingError(f"every Dask worker left the scheduler at {config.scheduler} and none "
                                f"came back within {config.dask_wait_s:g} s")
        stage.tick()
        time.sleep(TICK_S if pending else 0)


def _workers(client) -> dict[str, str]:
    """The cluster's workers: address -> "name (address)" for a warning."""
    found = client.scheduler_info().get("workers", {})
    return {address: f"{info.get('name')} ({address})" if info.get("name") not in (None, address) else address
            for address, info in found.items()}


class ArticleTimeout(Exception):
    """An item took longer than `config.article_seconds`."""


def guarded(batch: Sequence[Any], config: Config, *, work: Work,
            failed: Callable[[Any, BaseException], Any]) -> tuple[Any, ...]:
    """`work` applied to each item of `batch` on its own, under a time
    limit per item (`config.article_seconds`) and, in a worker process, a
    memory ceiling (`config.worker_memory_mb`); an item that exceeds either
    (or makes the work raise) becomes `failed(item, error)`.  Module-level,
    so it pickles to workers."""
    limit_memory(config.worker_memory_mb)
    results: list[Any] = []
    for item in batch:
        try:
            with time_limit(config.article_seconds):
                results.extend(work((item,), config))
        except BriefingError:
            raise  # not the item's fault (no model, a bad setting): stop the run
        except Exception as error:  # noqa: BLE001 - out of time or memory, or a bug the item hit
            results.append(failed(item, _named(error, config)))
    return tuple(results)


def _named(error: BaseException, config: Config) -> BaseException:
    if isinstance(error, MemoryError):
        return MemoryError(f"it needed more than the {config.worker_memory_mb} MB a worker may use "
                           "(worker_memory_mb)")
    return error


_LIMITED: list[int] = []
"""The memory ceiling (MB) this process has set, once."""


def limit_memory(megabytes: int) -> None:
    """Cap this process's address space at `megabytes` (RLIMIT_AS), once,
    and only in a worker process (never the build's own process, which
    renders afterwards).  0 means no ceiling."""
    import multiprocessing as mp

    if not megabytes or _LIMITED or mp.parent_process() is None:
        return
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        ceiling = megabytes * 1024 * 1024
        if hard != resource.RLIM_INFINITY:
            ceiling = min(ceiling, hard)
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    except (ImportError, ValueError, OSError):
        return
    _LIMITED.append(megabytes)


class time_limit:
    """A `with` block that raises ArticleTimeout after `seconds` of CPU time
    (ITIMER_PROF / SIGPROF: the work is CPU-bound, and CPU time does not
    stretch when the machine is shared; main thread of a Unix process only;
    elsewhere, or for 0, no limit)."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.armed = False

    def __enter__(self) -> "time_limit":
        import signal

        if self.seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGPROF, self._expire)
            signal.setitimer(signal.ITIMER_PROF, self.seconds)
            self.armed = True
        return self

    def __exit__(self, *exc) -> None:
        import signal

        if self.armed:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, self.previous)

    def _expire(self, signum, frame) -> None:
        raise ArticleTimeout(f"it took more than the {self.seconds:g} CPU seconds an article may take "
                             "(article_seconds)")
