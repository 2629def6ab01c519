"""Safe publishing: a rendered edition in a staging folder in, the new
`<out>/brief.*` out, with no moment at which a reader (or a crash) can see a
half-written or missing brief.

The order is what makes it safe:

1. everything is rendered into `editions/<name>.tmp/` and fsynced;
2. that folder is renamed to `editions/<name>/` (atomic: the edition exists
   completely or not at all);
3. each `brief.<format>` is copied beside its final place and moved over it
   with `os.replace` (atomic per file: the old or the new, never a mix); an
   output that is a folder (brief-csv/) is published as a relative symbolic
   link to the edition's folder, replaced the same way;
4. `editions/LATEST` is rewritten the same way.

A `kill -9` before 2 leaves a staging folder that the next build deletes; at
any later point the outputs are whole files of one edition or the other.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable

from . import editions
from .errors import BriefingError
from .render import OUTPUTS, output_name

Log = Callable[[str], None]
HOOK_TIMEOUT = 600


def ensure_writable(out: Path) -> None:
    """Create `out` if needed, or raise a one-line BriefingError saying why it
    cannot hold the brief, before any work is spent on one."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out, prefix=".write-check-"):
            pass
    except OSError as error:
        raise BriefingError(f"cannot write to the output folder {out}: {error.strerror or error}") from None


def staging(out: Path, name: str) -> Path:
    """A fresh, empty staging folder for edition `name`."""
    path = editions.folder(out) / (name + editions.STAGING_SUFFIX)
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def discard(stage: Path) -> None:
    """Delete a staging folder that will not be published."""
    shutil.rmtree(stage, ignore_errors=True)


def publish(stage: Path, out: Path, *, manifest: dict[str, Any], formats: Iterable[str],
            log: Log = lambda m: None) -> Path:
    """Make the rendered `stage` folder the latest edition; its final path."""
    write_atomic(stage / editions.MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False).encode())
    for path in stage.rglob("*"):
        _fsync_file(path)
    _fsync_dir(stage)
    edition = stage.with_name(manifest["edition"])
    os.replace(stage, edition)
    _fsync_dir(edition.parent)
    formats = tuple(formats)
    for name in formats:
        publish_output(edition / output_name(name), Path(out) / output_name(name))
    write_atomic(editions.folder(out) / editions.POINTER, (edition.name + "\n").encode())
    _remove_stale_formats(Path(out), formats, log)
    return edition


def restore(edition: Path, out: Path, formats: Iterable[str], *, log: Log = lambda m: None) -> list[Path]:
    """Make each `<out>/brief.<format>` a copy of `edition`'s again where it
    is missing or differs (a build killed while publishing, a deleted file);
    the paths restored."""
    restored = []
    for name in formats:
        source, target = Path(edition) / output_name(name), Path(out) / output_name(name)
        if not _same(source, target):
            publish_output(source, target)
            log(f"restored {target} from edition {Path(edition).name}")
            restored.append(target)
    if restored:
        write_atomic(editions.folder(out) / editions.POINTER, (Path(edition).name + "\n").encode())
    return restored


def publish_output(source: Path, target: Path) -> None:
    """Make `target` the edition's output `source`, atomically: a copy of a
    file, a relative link to a folder."""
    if not source.is_dir():
        copy_atomic(source, target)
        return
    link = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    link.unlink(missing_ok=True)
    os.symlink(os.path.relpath(source, target.parent), link, target_is_directory=True)
    if target.is_dir() and not target.is_symlink():
        shutil.rmtree(target)  # a folder put there by hand: nothing to keep atomic
    os.replace(link, target)
    _fsync_dir(target.parent)


def _same(source: Path, target: Path) -> bool:
    if source.is_dir():
        return target.is_symlink() and target.resolve() == source.resolve()
    return target.is_file() and target.read_bytes() == source.read_bytes()


def copy_atomic(source: Path, target: Path) -> None:
    """Replace `target` by a copy of `source` in one atomic step."""
    with open(source, "rb") as handle:
        write_atomic(target, handle.read())


def write_atomic(target: Path, data: bytes) -> None:
    """Write `data` to `target` so that readers see the old or the new file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        # mkstemp makes the file private; a published brief is as readable as
        # any file the user creates (their umask decides).
        os.chmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def clear_leftovers(out: Path) -> None:
    """Delete temporary files a killed build left beside the outputs."""
    for pattern in (".brief.*.tmp", ".brief-*.tmp", f"{editions.FOLDER}/.*.tmp"):
        for temp in Path(out).glob(pattern):
            temp.unlink(missing_ok=True)


def _remove_stale_formats(out: Path, formats: tuple[str, ...], log: Log) -> None:
    # brief.* must all be one edition: a format this edition lacks goes.
    for path in out.glob("brief.*"):
        if path.is_file() and path.suffix[1:] not in formats:
            path.unlink()
            log(f"removed {path} (not part of this edition)")
    for name, folder in OUTPUTS.items():
        path = out / folder
        if name not in formats and (path.is_symlink() or path.exists()):
            path.unlink() if path.is_symlink() or path.is_file() else shutil.rmtree(path)
            log(f"removed {path} (not part of this edition)")


def _fsync_file(path: Path) -> None:
    if path.is_file():
        with open(path, "rb") as handle:
            os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    # Makes renames inside `path` durable; not every platform allows it.
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def run_hook(command: str, edition: Path, *, log: Log = lambda m: None) -> bool:
    """Run the post-build `command` for the new `edition`; True if it succeeded.

    `{edition}` in the command is replaced by the edition's folder, otherwise
    the folder is appended as the last argument; it is also in the
    environment as BRIEFING_EDITION.  A failing hook is a warning: the
    edition is already published."""
    quoted = shlex.quote(str(edition))
    line = command.replace("{edition}", quoted) if "{edition}" in command else f"{command} {quoted}"
    env = {**os.environ, "BRIEFING_EDITION": str(edition)}
    log(f"running post-build hook: {line}")
    try:
        done = subprocess.run(line, shell=True, env=env, timeout=HOOK_TIMEOUT,
                              capture_output=True, text=True)
    except (OSError, subprocess.TimeoutExpired) as error:
        log(f"warning: post-build hook failed: {error}")
        return False
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or [""]
        log(f"warning: post-build hook exited with {done.returncode}: {detail[0]}")
        return False
    return True
