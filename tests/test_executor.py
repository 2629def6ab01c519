"""The executor: how batches are planned, and that every executor returns
the work's results in input order (with a fake work function, no spaCy)."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from briefing import executor
from briefing.config import Config
from briefing.errors import BriefingError
from briefing.progress import Stage
from tests.helpers import ROOT



def shout(batch, config):
    """A stand-in for distillation: one result per item, tagged with the
    process that made it and the batch it came in."""
    return tuple((item.upper(), os.getpid(), len(batch)) for item in batch)


def explode(batch, config):
    raise ValueError(f"cannot read {batch[0]}")


def die(batch, config):
    os._exit(1)  # a worker killed mid-batch (e.g. out of memory)


WORDS = tuple(f"word{i}" for i in range(40))


def test_small_corpora_run_in_this_process_and_say_why():
    chosen = executor.plan(executor.SERIAL_BELOW - 1, Config(jobs=4))
    assert chosen.kind == "serial" and chosen.jobs == 1
    assert "starting workers" in chosen.reason


def test_jobs_one_is_serial_and_jobs_zero_means_every_core():
    assert executor.plan(500, Config(jobs=1)).kind == "serial"
    assert executor.plan(500, Config(jobs=0)).jobs == executor.cores()


def test_large_corpora_use_the_workers_asked_for_with_bounded_batches():
    chosen = executor.plan(1000, Config(jobs=3))
    assert (chosen.kind, chosen.jobs) == ("local", 3)
    assert 1 <= chosen.batch <= executor.BATCH_MAX


def test_no_more_workers_than_batches():
    chosen = executor.plan(executor.SERIAL_BELOW, Config(jobs=64))
    assert chosen.kind == "local" and chosen.jobs > 1
    assert chosen.jobs <= len(executor.batches(range(executor.SERIAL_BELOW), chosen.batch))


def test_batches_cover_every_item_once_in_order():
    parts = executor.batches(list(range(10)), 4)
    assert parts == [(0, 1, 2, 3), (4, 5, 6, 7), (8, 9)]


def test_serial_run_keeps_order_and_warms_once():
    warmed = []
    results = executor.run(WORDS[:3], Config(jobs=4), shout, warm=lambda: warmed.append(1))
    assert [r[0] for r in results] == [w.upper() for w in WORDS[:3]]
    assert {r[1] for r in results} == {os.getpid()} and warmed == [1]


def test_local_pool_uses_other_processes_and_keeps_order():
    log = []
    results = executor.run(WORDS, Config(jobs=2), shout, log=log.append)
    assert [r[0] for r in results] == [w.upper() for w in WORDS]
    assert os.getpid() not in {r[1] for r in results}
    assert max(r[2] for r in results) <= executor.BATCH_MAX
    assert "2 worker processes" in log[0]


def test_with_other_threads_running_workers_are_spawned_not_forked(monkeypatch):
    monkeypatch.setenv("EXECUTOR_TEST_PARENT", str(os.getpid()))  # spawned workers inherit it
    stop = threading.Event()
    waiter = threading.Thread(target=stop.wait)
    waiter.start()
    try:
        results = executor.run(WORDS[:8], Config(jobs=2), shout, warm=_refuse_in_parent)
    finally:
        stop.set()
        waiter.join()
    assert [r[0] for r in results] == [w.upper() for w in WORDS[:8]]
    assert os.getpid() not in {r[1] for r in results}


def _refuse_in_parent():
    """A warm-up that must run in each spawned worker, never before a fork."""
    assert str(os.getpid()) != os.environ["EXECUTOR_TEST_PARENT"]


def test_nothing_to_do_starts_nothing():
    assert executor.run((), Config(jobs=2), explode) == ()


def test_an_error_in_a_worker_reaches_the_caller():
    with pytest.raises(ValueError, match="cannot read word0"):
        executor.run(WORDS, Config(jobs=2), explode)


def test_a_dead_worker_is_a_briefing_error():
    with pytest.raises(BriefingError, match="worker died"):
        executor.run(WORDS, Config(jobs=2), die)


def test_an_unreachable_scheduler_is_a_briefing_error():
    # In a child process: a failed Dask connection leaves its event-loop
    # thread behind, which would make later pools in this process spawn.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        message = pool.submit(_connect_to_nothing).result()
    assert "Dask scheduler at tcp://127.0.0.1:1" in message


def _connect_to_nothing() -> str:
    executor.DASK_TIMEOUT_S = 1  # refused at once, but retried until the timeout
    try:
        executor.run(WORDS, Config(executor="dask", scheduler="tcp://127.0.0.1:1"), shout)
    except BriefingError as error:
        return str(error)
    return "no error"


def test_workers_exit_when_the_build_that_started_them_is_killed(tmp_path):
    psutil = pytest.importorskip("psutil")
    script = tmp_path / "build.py"
    script.write_text(
        "import time\n"
        "from briefing import executor\n"
        "from briefing.config import Config\n"
        "def slow(batch, config):\n"
        "    time.sleep(60)\n"
        "    return batch\n"
        "executor.run(list(range(8)), Config(jobs=2), slow)\n")
    build = subprocess.Popen([sys.executable, str(script)], cwd=ROOT)
    parent = psutil.Process(build.pid)
    workers = _wait_for(lambda: parent.children() if len(parent.children()) >= 2 else None)
    build.kill()
    build.wait()
    _, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, f"orphaned workers: {[w.pid for w in alive]}"


def _wait_for(probe, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = probe()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError("timed out")


def slow_count(batch, config):
    time.sleep(0.4)
    return tuple(len(item) for item in batch)


def _in_child(function, *args):
    # Dask leaves threads behind; with threads about, this process would no
    # longer fork its pools (see test_an_unreachable_scheduler_is_a_briefing_error).
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
        return pool.submit(function, *args).result()


def _build_without_workers(root: str) -> tuple[str, bool]:
    import distributed

    from briefing import pipeline
    from briefing.regenerate import lock

    sources = Path(root) / "articles"
    sources.mkdir()
    (sources / "a.txt").write_text("The council approved the new harbour budget on Monday.\n")
    with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=None) as cluster:
        config = Config(sources=(str(sources),), out=str(Path(root) / "out"), formats=("json",),
                        executor="dask", scheduler=cluster.scheduler_address, dask_wait_s=1)
        started, log = time.monotonic(), []
        try:
            pipeline.build(config, log=log.append)
            message = "built"
        except BriefingError as error:
            message = f"{error} after {time.monotonic() - started:.0f} s"
    assert any(line.startswith("no Dask worker at ") and "waiting up to 1 s" in line for line in log)
    with lock.hold(Path(root) / "out" / ".state", wait=False):
        released = True
    return message, released


def test_a_cluster_without_workers_fails_in_one_line_and_releases_the_lock(tmp_path):
    pytest.importorskip("distributed")
    message, released = _in_child(_build_without_workers, str(tmp_path))
    assert message.startswith("no Dask worker joined the scheduler at ") and "within 1 s" in message
    assert "\n" not in message and int(message.split(" after ")[1].split()[0]) < 30
    assert released


def _lose_a_worker() -> tuple[list[str], int, str]:
    import threading

    import distributed

    log = []
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        gone = sorted(cluster.scheduler_info["workers"])[0]

        def retire():
            time.sleep(1.0)
            with distributed.Client(cluster, set_as_default=False) as client:
                client.retire_workers([gone], close_workers=True)

        threading.Thread(target=retire, daemon=True).start()
        config = Config(executor="dask", scheduler=cluster.scheduler_address)
        results = executor.run(WORDS, config, slow_count, log=log.append)
    return log, len(results), gone


def test_a_lost_worker_is_named_in_a_warning_and_the_build_goes_on():
    pytest.importorskip("distributed")
    log, results, gone = _in_child(_lose_a_worker)
    assert results == len(WORDS)
    warnings = [line for line in log if line.startswith("warning: Dask worker")]
    assert len(warnings) == 1 and gone in warnings[0] and "left the cluster" in warnings[0]


class _Text:
    """A stand-in for a document: only its text's length matters here."""

    def __init__(self, size: int):
        self.text = "x" * size


def test_a_very_long_article_is_a_batch_of_its_own():
    items = [_Text(100) for _ in range(3)] + [_Text(100_000)] + [_Text(100) for _ in range(4)]
    parts = executor.batches(items, 4)
    assert (items[3],) in parts
    assert [item for part in parts for item in part] == items


def test_the_heaviest_batches_are_queued_first_and_results_keep_their_order():
    class Pool:
        def __init__(self):
            self.order = []

        def submit(self, work, part):
            from concurrent.futures import Future
            self.order.append(part)
            future = Future()
            future.set_result(work(part))
            return future

    parts = [(_Text(10),), (_Text(5_000),), (_Text(300),)]
    pool = Pool()
    results = executor._in_order(pool, lambda part: [len(part[0].text)], parts, Stage("t", 3, "items"))
    assert [len(p[0].text) for p in pool.order] == [5_000, 300, 10]
    assert results == [[10], [5_000], [300]]
