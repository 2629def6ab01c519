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

from .errors import BriefingError, UsageError

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
    the `cron` schedule."""
    check_cron(cron)
    line = shlex.join(command)
    log = shlex.quote(str(log_file)) if log_file else "/dev/null"
    crontab = f"{cron} cd {shlex.quote(str(workdir))} && {line} >> {log} 2>&1"
    service = SERVICE.format(name=name, workdir=workdir, command=line)
    try:
        calendar = cron_to_calendar(cron)
    except (ValueError, IndexError):
        raise UsageError(f"cannot express {cron!r} as a systemd timer; use plain numbers, "
                         "lists, ranges and */N steps") from None
    timer = TIMER.format(name=name, calendar=calendar, cron=cron)
    return Units(name=name, crontab=crontab, service=service, timer=timer, next_run=next_run(cron))


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
OnCalendar={calendar}
Persistent=true

[Install]
WantedBy=timers.target
"""


def check_cron(cron: str) -> None:
    """UsageError unless `cron` is a valid five-field cron expression."""
    from croniter import croniter

    if len(cron.split()) != 5 or not croniter.is_valid(cron):
        raise UsageError(f"not a cron expression: {cron!r} (five fields, e.g. \"0 6 * * *\")")


def next_run(cron: str, after: datetime | None = None) -> str:
    """When `cron` next fires after `after` (default now), ISO 8601."""
    from croniter import croniter

    return croniter(cron, after or datetime.now().astimezone()).get_next(datetime).isoformat()


def cron_to_calendar(cron: str) -> str:
    """systemd's OnCalendar for the five-field `cron`: "0 6 * * 1-5" ->
    "Mon..Fri *-*-* 06:00:00"."""
    minute, hour, dom, month, dow = cron.split()
    date = f"*-{_field(month, 2)}-{_field(dom, 2)}"
    when = f"{date} {_field(hour, 2)}:{_field(minute, 2)}:00"
    return when if dow in ("*", "?") else f"{_weekdays(dow)} {when}"


def _field(value: str, width: int) -> str:
    """One cron field in OnCalendar syntax: lists, ranges and steps."""
    if value in ("*", "?"):
        return "*"
    return ",".join(_part(part, width) for part in value.split(","))


def _part(part: str, width: int) -> str:
    base, _, step = part.partition("/")
    if base == "*":
        base = "0"
    if "-" in base:
        low, high = base.split("-")
        base = f"{int(low):0{width}d}..{int(high):0{width}d}"
    else:
        base = f"{int(base):0{width}d}"
    return f"{base}/{int(step)}" if step else base


def _weekdays(dow: str) -> str:
    names = []
    if "/" in dow:
        raise ValueError(dow)
    for part in dow.split(","):
        low, _, high = part.partition("-")
        names.append(_day(low) + (f"..{_day(high)}" if high else ""))
    return ",".join(names)


def _day(value: str) -> str:
    if re.fullmatch(r"\d", value):
        return DAYS[int(value) % 7]
    if value[:3].title() not in DAYS:
        raise ValueError(value)
    return value[:3].title()


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
