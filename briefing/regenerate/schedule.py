"""Scheduling: a cron expression and the build's command line in, a crontab
line and systemd service and timer units out (and written, for `--install`).

The command the schedule runs is the same `briefing build` with absolute
paths, run from the project folder, so it behaves at 6 a.m. exactly as it
did when typed.  `cron_to_calendar` turns the five cron fields into
systemd's OnCalendar form; `croniter` validates them and says when the next
run is.
"""

from __future__ import annotations

import re
import shlex
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import BriefingError, UsageError

DAYS = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")


@dataclass(frozen=True, kw_only=True)
class Units:
    """What `briefing schedule` prints: a crontab line and two systemd units."""

    name: str
    crontab: str
    service: str
    timer: str
    next_run: str


def units(cron: str, command: list[str], *, workdir: Path, name: str = "briefing",
          log_file: Path | None = None) -> Units:
    """The crontab line and systemd units running `command` in `workdir` on
    the `cron` schedule (five fields or a nickname such as "@daily")."""
    fields = expand(cron)
    calendars = cron_to_calendars(fields)
    return Units(name=name, crontab=crontab_line(cron, command, workdir=workdir, log_file=log_file),
                 service=SERVICE.format(name=name, workdir=_systemd_escape(str(workdir)),
                                        command=_systemd_escape(shlex.join(command))),
                 timer=TIMER.format(name=name, cron=cron,
                                    calendar="\n".join(f"OnCalendar={c}" for c in calendars)),
                 next_run=next_run(fields))


def crontab_line(cron: str, command: list[str], *, workdir: Path, log_file: Path | None) -> str:
    """The crontab line: into `workdir`, create the log's folder (the outputs
    may never have been built), run `command` appending to the log.  Every
    `%` is escaped, since cron reads a bare one as a newline."""
    log = shlex.quote(str(log_file)) if log_file else "/dev/null"
    prepare = f"mkdir -p {shlex.quote(str(Path(log_file).parent))} && " if log_file else ""
    line = f"cd {shlex.quote(str(workdir))} && {prepare}{shlex.join(command)} >> {log} 2>&1"
    return f"{cron} {line.replace('%', chr(92) + '%')}"


def _systemd_escape(text: str) -> str:
    """`text` for a unit file line: systemd reads `%x` as a specifier and
    `$NAME` as a variable, so both are doubled."""
    return text.replace("%", "%%").replace("$", "$$")


SERVICE = """\
[Unit]
Description=Rebuild the policy brief ({name})
After=network-online.target

[Service]
Type=oneshot
WorkingDirectory={workdir}
ExecStart={command}
Nice=10
"""

TIMER = """\
[Unit]
Description=Rebuild the policy brief ({name}) on schedule: {cron}

[Timer]
{calendar}
Persistent=true

[Install]
WantedBy=timers.target
"""

NICKNAMES = {"@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *",
             "@weekly": "0 0 * * 0", "@daily": "0 0 * * *", "@midnight": "0 0 * * *",
             "@hourly": "0 * * * *"}
"""cron's nicknames and the five fields each stands for (as Vixie cron has them)."""

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
LIMITS = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 7))
"""The lowest and highest value of each of the five fields (7 is Sunday too)."""


def expand(cron: str) -> str:
    """The five-field form of `cron` (a nickname replaced by its fields), or
    a UsageError saying what is wrong with it."""
    from croniter import croniter

    text = " ".join(cron.split())
    if text.lower() == "@reboot":
        raise UsageError("@reboot is not a schedule a timer can keep; run `briefing watch` "
                         "from your start-up scripts instead")
    fields = NICKNAMES.get(text.lower(), text)
    if len(fields.split()) != 5 or not croniter.is_valid(fields):
        raise UsageError(f"not a cron expression: {cron!r} (five fields, e.g. \"0 6 * * *\", "
                         f"or one of {', '.join(NICKNAMES)})")
    return fields


def check_cron(cron: str) -> None:
    """UsageError unless `cron` is a valid five-field cron expression or nickname."""
    expand(cron)


def next_run(cron: str, after: datetime | None = None) -> str:
    """When `cron` next fires after `after` (default now), ISO 8601."""
    from croniter import croniter

    return croniter(expand(cron), after or datetime.now().astimezone()).get_next(datetime).isoformat()


def cron_to_calendar(cron: str) -> str:
    """systemd's OnCalendar for `cron` when one expression says it all:
    "0 6 * * 1-5" -> "Mon..Fri *-*-* 06:00:00" (see `cron_to_calendars`)."""
    return "\n".join(cron_to_calendars(cron))


def cron_to_calendars(cron: str) -> list[str]:
    """systemd OnCalendar expressions that together fire when `cron` does.

    When both the day of the month and the day of the week are restricted,
    cron runs the job on days matching *either*; systemd's weekday and date
    must both match.  So "0 6 13 * 5" (the 13th, and every Friday) becomes
    "*-*-13 06:00:00" and "Fri *-*-* 06:00:00".  A step from `*` in one of
    the two ("*/2") is refused: cron daemons disagree on what it means."""
    minute, hour, dom, month, dow = expand(cron).split()
    if not (_any(dom) or _any(dow)) and (dom.startswith("*") or dow.startswith("*")):
        raise UsageError(f"{cron!r}: cron daemons disagree on whether a day of the month like {dom!r} "
                         f"and a weekday like {dow!r} must both match or either; write the days "
                         "as a list (e.g. 1,3,5) to say which")
    try:
        time_, months = f"{_field(hour, 1)}:{_field(minute, 0)}:00", _field(month, 3)
        on_date = f"*-{months}-{_field(dom, 2)} {time_}"
        if _any(dow):
            return [on_date]
        if _any(dom):
            return [f"{_weekdays(dow)} {on_date}"]
        return [on_date, f"{_weekdays(dow)} *-{months}-* {time_}"]
    except (ValueError, IndexError):
        raise UsageError(f"cannot express {cron!r} as a systemd timer; use numbers, names, lists, "
                         "ranges and steps") from None


def _any(field: str) -> bool:
    return field in ("*", "?")


def _field(value: str, index: int) -> str:
    """Cron field number `index` in OnCalendar syntax: "*", "*/N" from the
    field's lowest value, otherwise the values it matches, consecutive ones
    joined into ranges ("1-5,10" -> "01..05,10")."""
    low, _high = LIMITS[index]
    if value in ("*", "?"):
        return "*"
    if re.fullmatch(r"\*/\d+", value):
        return f"{low:02d}/{int(value[2:])}"
    return ",".join(a if a == b else f"{a}..{b}" for a, b in _runs(sorted(_values(value, index))))


def _values(value: str, index: int) -> set[int]:
    """Every number cron field `index` matches ("1-9/2,20" -> {1, 3, 5, 7, 9, 20})."""
    low, high = LIMITS[index]
    found: set[int] = set()
    for part in value.split(","):
        base, _, step = part.partition("/")
        first, _, last = base.partition("-")
        start = low if base == "*" else _number(first, index)
        end = high if base == "*" else _number(last, index) if last else (high if step else start)
        if not low <= start <= end <= high:
            raise ValueError(part)
        found.update(range(start, end + 1, int(step) if step else 1))
    return found


def _number(text: str, index: int) -> int:
    if text.isdigit():
        return int(text)
    names = MONTHS if index == 3 else tuple(d.lower() for d in DAYS) if index == 4 else ()
    if text[:3].lower() not in names:
        raise ValueError(text)
    return names.index(text[:3].lower()) + (1 if index == 3 else 0)


def _runs(numbers: list[int]) -> list[tuple[str, str]]:
    """Consecutive numbers as (first, last) pairs of two-digit strings."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return [(f"{a:02d}", f"{b:02d}") for a, b in runs]


def _weekdays(dow: str) -> str:
    """The day-of-week field as systemd weekday names, Monday first and
    consecutive days as ranges ("1-5" -> "Mon..Fri", "0,6" -> "Sat..Sun")."""
    monday_first = sorted({(n + 6) % 7 for n in _values(dow, 4)})
    names = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    return ",".join(names[int(a)] if a == b else f"{names[int(a)]}..{names[int(b)]}"
                    for a, b in _runs(monday_first))


def install(found: Units, unit_dir: Path) -> list[Path]:
    """Write the service and timer units into `unit_dir`; the paths written."""
    unit_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for suffix, text in (("service", found.service), ("timer", found.timer)):
        path = unit_dir / f"{found.name}.{suffix}"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def install_crontab(found: Units) -> str:
    """Add this schedule's line to the user's crontab (through the `crontab`
    command), replacing the line an earlier install wrote for the same
    outputs and keeping every other line; the crontab as installed."""
    tag = f"# briefing schedule {found.name}"
    current = _crontab(["-l"])
    # `crontab -l` fails when the user has no crontab yet: start empty.
    lines = current.stdout.splitlines() if current.returncode == 0 else []
    table = "\n".join([line for line in lines if not line.endswith(tag)] + [f"{found.crontab}  {tag}"]) + "\n"
    written = _crontab(["-"], table)
    if written.returncode != 0:
        raise BriefingError(f"crontab refused the new line: {written.stderr.strip() or 'no reason given'}")
    return table


def _crontab(args: list[str], table: str | None = None) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["crontab", *args], input=table, capture_output=True, text=True, timeout=30)
    except FileNotFoundError:
        raise BriefingError("no `crontab` command here: install cron, or use --install for the "
                            "systemd units") from None


def unit_name(out: Path) -> str:
    """A systemd-safe unit name for the brief published in `out`."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", Path(out).resolve().name).strip("-").lower()
    return f"briefing-{slug or 'brief'}"


def default_unit_dir() -> Path:
    return Path.home() / ".config" / "systemd" / "user"
