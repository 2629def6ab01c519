"""Safe publishing: a rendered edition in a staging folder in, the new
`<out>/brief.*` out, with no moment at which a reader (or a crash, or a full
disk) can see a half-written, missing or mixed brief.

Readers see one edition through one symbolic link:

    <out>/current         -> editions/<name>       (swapped atomically)
    <out>/brief.<format>  -> current/brief.<format> (fixed links)
    <out>/editions/LATEST -> ../current/EDITION     (the edition's own name)

The order is what makes it safe:

1. everything is rendered into `editions/<name>.tmp/`, with its manifest
   and an `EDITION` file naming it, and fsynced;
2. that folder is renamed to `editions/<name>/` (atomic: the edition exists
   completely or not at all);
3. the fixed links are made where missing (they still show the old edition);
4. `current` is re-pointed with one `rename` of a fresh link over it: the
   only moment the published brief changes, and every `brief.*` (a folder
   such as `brief-csv/` too) and `LATEST` change together.

A `kill -9` or a full disk before 4 leaves the old edition published (and
a staging folder the next build deletes); after it, the new one.  Nothing
is copied while publishing, so a full disk can only fail the rendering.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Callable, Iterable

from . import editions
from .manifest import Manifest
from ..errors import BriefingError

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


CURRENT = "current"
"""The link in the outputs folder naming the published edition."""

_OUTPUT = re.compile(r"^brief[.-][^/]+$")
"""What an output is called: brief.<format>, or a folder brief-<kind>."""

EDITION_FILE = "EDITION"
"""The file in each edition folder holding its name (LATEST links to it)."""


def publish(stage: Path, out: Path, *, manifest: Manifest, formats: Iterable[str],
            log: Log = lambda m: None) -> Path:
    """Make the rendered `stage` folder the latest edition; its final path.
    OSError (a full disk, a read-only folder) is a one-line BriefingError
    naming the folder; the previous edition then stays published."""
    out = Path(out)
    try:
        name = manifest.edition
        write_atomic(stage / editions.MANIFEST,
                     json.dumps(manifest.to_json(), indent=2, ensure_ascii=False).encode())
        write_atomic(stage / EDITION_FILE, (name + "\n").encode())
        for path in stage.rglob("*"):
            _fsync_file(path)
        _fsync_dir(stage)
        edition = stage.with_name(name)
        os.replace(stage, edition)
        _fsync_dir(edition.parent)
        show(edition, out, log=log)
    except OSError as error:
        discard(stage)
        raise BriefingError(f"cannot publish into {out}: {error.strerror or error} "
                            f"({error.filename or out}); the previous edition stays published") from None
    return edition


def show(edition: Path, out: Path, *, log: Log = lambda m: None) -> list[Path]:
    """Publish `edition` (a complete folder under `<out>/editions/`): make
    the fixed links, then swap `current` to it in one rename; the links
    that were missing or wrong before."""
    out, edition = Path(out), Path(edition)
    made = [out / link for link in _outputs(edition) if _ensure_link(out / link, f"{CURRENT}/{link}")]
    if _ensure_link(editions.folder(out) / editions.POINTER, f"../{CURRENT}/{EDITION_FILE}"):
        made.append(editions.folder(out) / editions.POINTER)
    if not (edition / EDITION_FILE).is_file():  # an edition published before links were used
        write_atomic(edition / EDITION_FILE, (edition.name + "\n").encode())
    if _ensure_link(out / CURRENT, f"{editions.FOLDER}/{edition.name}"):
        made.append(out / CURRENT)
    _fsync_dir(out)
    _remove_stale_outputs(out, set(_outputs(edition)), log)
    return made


def restore(edition: Path, out: Path, formats: Iterable[str] = (), *, log: Log = lambda m: None) -> list[Path]:
    """Publish `edition` again where what readers see is not it (a build
    killed while publishing, a deleted or replaced `brief.*`, a broken
    LATEST); the paths repaired.  `formats` is kept for callers; every
    output the edition holds is shown."""
    repaired = show(edition, out, log=log)
    for path in repaired:
        log(f"restored {path} from edition {Path(edition).name}")
    return repaired


def published(out: Path) -> str | None:
    """The name of the edition `<out>/current` shows, or None."""
    try:
        target = os.readlink(Path(out) / CURRENT)
    except OSError:
        return None
    name = Path(target).name
    return name if editions.NAME.match(name) else None


def _outputs(edition: Path) -> list[str]:
    """The names readers open in an edition: brief.<format> files and
    brief-<kind>/ folders (anything named brief...)."""
    return sorted(p.name for p in Path(edition).iterdir() if _OUTPUT.match(p.name))


def _ensure_link(path: Path, target: str) -> bool:
    """Make `path` a symbolic link to `target` (relative), replacing what is
    there in one rename; False when it already was."""
    try:
        if os.readlink(path) == target:
            return False
    except OSError:
        pass
    temp = path.with_name(f".{path.name}.{os.getpid()}.link.tmp")
    temp.unlink(missing_ok=True)
    os.symlink(target, temp)
    try:
        if path.is_dir() and not path.is_symlink():  # a real folder from an older layout
            aside = path.with_name(f".{path.name}.{os.getpid()}.old.tmp")
            os.replace(path, aside)
            os.replace(temp, path)
            shutil.rmtree(aside, ignore_errors=True)
        else:
            os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return True


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
    for pattern in (".brief*.tmp", f".{CURRENT}.*.tmp", f"{editions.FOLDER}/.*.tmp"):
        for temp in Path(out).glob(pattern):
            if temp.is_dir() and not temp.is_symlink():
                shutil.rmtree(temp, ignore_errors=True)
            else:
                temp.unlink(missing_ok=True)


def _remove_stale_outputs(out: Path, kept: set[str], log: Log) -> None:
    # brief* must all be one edition: an output this edition lacks goes.
    for path in out.glob("brief*"):
        if path.name in kept or not _OUTPUT.match(path.name) or not (path.is_symlink() or path.is_file()):
            continue
        path.unlink()
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
