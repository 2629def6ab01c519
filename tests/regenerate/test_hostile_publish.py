"""Issue 16, items 3, 14, 15, 16: the published brief is always one whole
edition (full disk, kill -9 at any step of publishing), the PDF child dies
with its build and never holds the lock, a corrupt LATEST or manifest is
rebuilt from the edition folders, a full or read-only disk is one line."""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests import helpers as builders
from briefing import pipeline
from briefing.regenerate import editions, lock, publish, whatsnew
from briefing.regenerate.manifest import Manifest
from briefing.config import Config
from briefing.errors import BriefingError

FORMATS = ("json", "html")


def fake_edition(out: Path, text: str, formats=FORMATS) -> str:
    """Publish an edition whose files all say `text`; its name."""
    name = editions.new_name(out)
    stage = publish.staging(out, name)
    for fmt in formats:
        (stage / f"brief.{fmt}").write_text(f"{fmt}:{text}")
    (stage / "brief-csv").mkdir()
    (stage / "brief-csv" / "people.csv").write_text(f"csv:{text}")
    publish.publish(stage, out, manifest=Manifest(edition=name, fingerprint=text), formats=formats)
    return name


def seen_by_readers(out: Path) -> set[str]:
    """The editions a reader sees in brief.*, brief-csv/ and LATEST (one, if all agree)."""
    seen = {(out / f"brief.{fmt}").read_text().split(":")[1] for fmt in FORMATS}
    seen.add((out / "brief-csv" / "people.csv").read_text().split(":")[1])
    latest = (out / "editions" / "LATEST").read_text().strip()
    seen.add(editions.read_manifest(out / "editions" / latest).fingerprint)
    return seen


def test_item3_readers_see_one_edition_through_the_current_link(tmp_path):
    fake_edition(tmp_path, "one")
    second = fake_edition(tmp_path, "two")
    assert seen_by_readers(tmp_path) == {"two"}
    assert os.readlink(tmp_path / "current") == f"editions/{second}"
    assert (tmp_path / "brief.json").is_symlink() and (tmp_path / "brief-csv").is_symlink()


def test_item3_kill_9_at_any_step_of_publishing_leaves_one_edition(tmp_path):
    finished = False
    for step in range(1, 30):
        out = tmp_path / f"run{step}"
        fake_edition(out, "one")
        child = os.fork()
        if child == 0:  # the build that is killed at its `step`-th file system change
            calls = [0]
            real = {name: getattr(os, name) for name in ("replace", "symlink", "rename")}

            def counted(name):
                def call(*args, **kwargs):
                    calls[0] += 1
                    if calls[0] == step:
                        os.kill(os.getpid(), signal.SIGKILL)
                    return real[name](*args, **kwargs)
                return call

            for name in real:
                setattr(os, name, counted(name))
            try:
                fake_edition(out, "two")
            finally:
                os._exit(0)
        _, status = os.waitpid(child, 0)
        seen = seen_by_readers(out)
        assert len(seen) == 1, (step, seen)
        if os.WIFEXITED(status):  # published in full before the step was reached
            assert seen == {"two"}
            finished = True
            break
    assert finished


def test_item3_a_full_disk_while_publishing_keeps_the_old_edition(tmp_path, monkeypatch):
    fake_edition(tmp_path, "one")

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "current"))

    monkeypatch.setattr(os, "symlink", no_space)
    with pytest.raises(BriefingError) as failed:
        fake_edition(tmp_path, "two")
    assert str(tmp_path) in str(failed.value) and "No space left" in str(failed.value)
    assert "\n" not in str(failed.value)
    assert seen_by_readers(tmp_path) == {"one"}


def render_edition(out: Path, config: Config, title: str) -> None:
    brief = dataclasses.replace(builders.brief({"title": title}), edition=editions.new_name(out))
    pipeline._render_and_publish(brief, config, (), title, log=lambda m: None)


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB tmpfs (skipped where mounting is not allowed)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (the injected ENOSPC test covers this)")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def test_item3_item16_a_really_full_disk_is_one_line_and_the_old_brief_stays(small_disk):
    config = Config(out=str(small_disk), formats=FORMATS)
    render_edition(small_disk, config, "First edition")
    first = json.loads((small_disk / "brief.json").read_text())["edition"]
    filler = small_disk / "filler"
    with open(filler, "wb", buffering=0) as handle:  # fill the disk to the last block
        try:
            while True:
                handle.write(b"\0" * 1024)
        except OSError:
            pass
    with pytest.raises(BriefingError) as failed:
        render_edition(small_disk, config, "Second edition")
    message = str(failed.value)
    assert "\n" not in message and str(small_disk) in message and "internal error" not in message
    assert json.loads((small_disk / "brief.json").read_text())["edition"] == first
    assert (small_disk / "editions" / "LATEST").read_text().strip() == first
    assert "First edition" in (small_disk / "brief.html").read_text()
    assert not list((small_disk / "editions").glob("*.tmp"))


def test_item16_a_read_only_editions_folder_is_named(tmp_path, monkeypatch):
    def read_only(out, name):
        raise OSError(errno.EROFS, "Read-only file system", str(out / "editions"))

    monkeypatch.setattr(publish, "staging", read_only)
    brief = dataclasses.replace(builders.brief(), edition=editions.new_name(tmp_path))
    with pytest.raises(BriefingError) as failed:
        pipeline._render_and_publish(brief, Config(out=str(tmp_path), formats=("json",)), (), "x",
                                     log=lambda m: None)
    assert "Read-only file system" in str(failed.value) and str(tmp_path / "editions") in str(failed.value)


def test_item15_a_corrupt_latest_is_rebuilt_from_the_edition_folders(tmp_path):
    fake_edition(tmp_path, "one")
    newest = fake_edition(tmp_path, "two")
    pointer = tmp_path / "editions" / "LATEST"
    pointer.unlink()
    pointer.write_bytes(b"\xff\xfe\x00garbage")  # not UTF-8
    warnings: list[str] = []
    assert editions.latest(tmp_path, log=warnings.append).edition == newest
    assert warnings and "LATEST" in warnings[0] and "not UTF-8" in warnings[0]
    publish.restore(tmp_path / "editions" / newest, tmp_path)
    assert pointer.read_text().strip() == newest


def test_item15_a_manifest_field_of_the_wrong_type_is_passed_over(tmp_path):
    older = fake_edition(tmp_path, "one")
    newer = fake_edition(tmp_path, "two")
    manifest = tmp_path / "editions" / newer / "manifest.json"
    manifest.write_text(json.dumps({"edition": newer, "inputs": 5, "contents": {"people": [{}]}}))
    warnings: list[str] = []
    previous = editions.latest(tmp_path, log=warnings.append)
    assert previous.edition == older and "malformed" in warnings[0]
    assert whatsnew.compare(previous, builders.brief()) is not None


CHILD = textwrap.dedent("""
    import os, signal, sys, time
    sys.path.insert(0, {root!r})
    from tests import helpers as builders
    from briefing import render
    from briefing.regenerate import lock
    from briefing.config import Config
    render.RENDERERS["pdf"] = lambda brief, config, path: time.sleep(60)
    with lock.hold({state!r}):
        child = render._Alongside(builders.brief(), Config(), {pdf!r})
        print(child.process.pid, flush=True)
        time.sleep(0.5)
        os.kill(os.getpid(), signal.SIGKILL)
""")


def test_item14_the_pdf_child_dies_with_its_build_and_frees_the_lock(tmp_path):
    state = tmp_path / "state"
    script = CHILD.format(root=str(Path(__file__).resolve().parent.parent.parent), state=str(state), pdf=str(tmp_path / "brief.pdf"))
    build = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    pid = int(build.stdout.readline())  # not to the end: the child holds the pipe while it lives
    build.wait(timeout=60)
    assert build.returncode == -signal.SIGKILL
    for _ in range(50):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        os.kill(pid, signal.SIGKILL)
        pytest.fail("the PDF child outlived its build")
    with lock.hold(state, wait=False):  # nobody holds the lock any more
        pass
    build.stdout.close()
