"""The build lock: one build per outputs folder; the second waits or says why not."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from briefing.regenerate import lock


def test_second_holder_fails_at_once_under_no_wait(tmp_path):
    with lock.hold(tmp_path):
        with pytest.raises(lock.LockBusy) as busy:
            with lock.hold(tmp_path, wait=False):
                pass
    assert f"pid {os.getpid()}" in str(busy.value) and "--no-wait" in str(busy.value)
    with lock.hold(tmp_path, wait=False):  # free again once the first is done
        pass


def test_second_holder_waits_with_a_message(tmp_path):
    messages: list[str] = []
    order: list[str] = []
    first_in = threading.Event()

    def first():
        with lock.hold(tmp_path):
            first_in.set()
            time.sleep(0.5)
            order.append("first done")

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(5)
    with lock.hold(tmp_path, log=messages.append):
        order.append("second in")
    thread.join()
    assert order == ["first done", "second in"]
    assert len(messages) == 1 and "waiting" in messages[0]


def test_waiting_can_time_out(tmp_path):
    with lock.hold(tmp_path):
        with pytest.raises(lock.LockBusy, match="gave up"):
            with lock.hold(tmp_path, timeout=0.3):
                pass


def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    code = ("import sys, time; from briefing.regenerate import lock\n"
            "with lock.hold(sys.argv[1]):\n    print('held', flush=True); time.sleep(60)\n")
    holder = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"held"
        with pytest.raises(lock.LockBusy):
            with lock.hold(tmp_path, wait=False):
                pass
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    with lock.hold(tmp_path, wait=False):
        pass


def test_unusable_state_folder_is_a_clear_error(tmp_path):
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(lock.BriefingError, match="cannot use the state folder"):
        with lock.hold(tmp_path / "file" / "state"):
            pass
