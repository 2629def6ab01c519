"""`briefing schedule`: a crontab line and systemd units that rebuild the brief."""

from __future__ import annotations

import io
import os
import re
import shutil
import shlex
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from briefing.regenerate import schedule
from briefing.cli import main
from briefing.errors import UsageError


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), stdout=out, stderr=err), out.getvalue(), err.getvalue()


@pytest.mark.parametrize("cron, calendar", [
    ("0 6 * * *", "*-*-* 06:00:00"),
    ("30 7 * * 1-5", "Mon..Fri *-*-* 07:30:00"),
    ("*/15 * * * *", "*-*-* *:00/15:00"),
    ("0 6,18 1 */3 *", "*-01/3-01 06,18:00:00"),
    ("0 6 * jan-mar mon-fri/2", "Mon,Wed,Fri *-01..03-* 06:00:00"),
    ("5 1-10/3 * * 0,6", "Sat..Sun *-*-* 01,04,07,10:05:00"),
    ("@daily", "*-*-* 00:00:00"),
    ("@hourly", "*-*-* *:00:00"),
    ("@weekly", "Sun *-*-* 00:00:00"),                # cron's week starts on Sunday
    ("@monthly", "*-*-01 00:00:00"),
])
def test_cron_to_systemd_calendar(cron, calendar):
    assert schedule.cron_to_calendar(cron) == calendar


def test_day_of_month_or_day_of_week_becomes_two_calendars():
    # cron runs "0 6 13 * 5" on the 13th *and* on every Friday.
    assert schedule.cron_to_calendars("0 6 13 * 5") == ["*-*-13 06:00:00", "Fri *-*-* 06:00:00"]
    timer = schedule.units("0 6 13 * 5", ["/bin/true"], workdir=Path("/tmp")).timer
    assert "OnCalendar=*-*-13 06:00:00\nOnCalendar=Fri *-*-* 06:00:00\n" in timer


def test_day_rule_cron_daemons_disagree_on_is_refused_with_a_reason():
    with pytest.raises(UsageError, match="disagree"):
        schedule.units("0 6 */2 * 1", ["/bin/true"], workdir=Path("/tmp"))


def test_reboot_is_refused_with_a_reason():
    with pytest.raises(UsageError, match="@reboot"):
        schedule.units("@reboot", ["/bin/true"], workdir=Path("/tmp"))


def test_bad_cron_is_a_usage_error():
    with pytest.raises(UsageError, match="not a cron expression"):
        schedule.units("61 6 * * *", ["briefing"], workdir=os.getcwd())
    code, _out, err = run("schedule", "--cron", "every morning")
    assert code == 2 and "not a cron expression" in err


def test_prints_crontab_line_and_units_with_absolute_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    code, out, _err = run("schedule", "--cron", "0 6 * * *", "articles", "--out", "briefs",
                          "--formats", "pdf,json", "--post-build", "mail -s brief me@example.org")
    assert code == 0
    cron_line = next(line for line in out.splitlines() if line.startswith("0 6 * * * "))
    command = cron_line.split(" && ")[-1].split(" >> ")[0]
    assert shlex.split(command) == [sys.executable, "-m", "briefing", "build",
                                    str(tmp_path / "articles"), "--out", str(tmp_path / "briefs"),
                                    "--formats", "pdf,json",
                                    "--post-build", "mail -s brief me@example.org"]
    assert f"cd {tmp_path}" in cron_line
    assert f"WorkingDirectory={tmp_path}" in out and f"ExecStart={command}" in out
    assert "OnCalendar=*-*-* 06:00:00" in out and "Persistent=true" in out
    assert "# next run: " in out


def test_install_writes_the_units(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    units = tmp_path / "units"
    code, _out, err = run("schedule", "--cron", "0 6 * * *", "--out", "My Briefs", "--install",
                          "--unit-dir", str(units))
    assert code == 0
    assert sorted(p.name for p in units.iterdir()) == ["briefing-my-briefs.service",
                                                       "briefing-my-briefs.timer"]
    assert "OnCalendar=*-*-* 06:00:00" in (units / "briefing-my-briefs.timer").read_text()
    assert "systemctl --user enable --now briefing-my-briefs.timer" in err


def test_install_cron_adds_the_line_once_and_keeps_the_users_other_lines(tmp_path, monkeypatch):
    # A stand-in `crontab` on PATH keeps the table in a file, as cron does.
    table, bin_dir = tmp_path / "table", tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "crontab").write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = "-l" ]; then [ -f {table} ] && cat {table} || {{ echo "no crontab" >&2; exit 1; }}\n'
        f"else cat > {table}; fi\n")
    (bin_dir / "crontab").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.chdir(tmp_path)
    code, _out, err = run("schedule", "--cron", "0 6 * * *", "--out", "briefs", "--install-cron")
    assert code == 0 and "added to your crontab" in err
    table.write_text(table.read_text() + "15 3 * * * backup.sh\n")
    code, _out, _err = run("schedule", "--cron", "30 7 * * 1-5", "--out", "briefs", "--install-cron")
    lines = table.read_text().splitlines()
    assert code == 0 and "15 3 * * * backup.sh" in lines
    ours = [line for line in lines if "briefing schedule briefing-briefs" in line]
    assert len(ours) == 1 and ours[0].startswith("30 7 * * 1-5 cd ")


def test_install_cron_without_cron_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no crontab command anywhere
    monkeypatch.chdir(tmp_path)
    code, _out, err = run("schedule", "--cron", "0 6 * * *", "--install-cron")
    assert code == 1 and "no `crontab` command" in err


SYSTEMD_ANALYZE = shutil.which("systemd-analyze")
needs_systemd = pytest.mark.skipif(SYSTEMD_ANALYZE is None, reason="systemd-analyze is not installed here")
BASE = datetime(2026, 1, 1, tzinfo=timezone.utc)


def systemd_runs(calendars: list[str], count: int) -> list[str]:
    """The next `count` times (UTC, ISO) that any of `calendars` fires after BASE."""
    times = set()
    for calendar in calendars:
        done = subprocess.run([SYSTEMD_ANALYZE, "calendar", f"--iterations={count}",
                               f"--base-time=@{int(BASE.timestamp())}", calendar],
                              capture_output=True, text=True, env={**os.environ, "TZ": "UTC"})
        assert done.returncode == 0, done.stderr
        times |= {" ".join(line.split()[-3:-1]) for line in done.stdout.splitlines()
                  if "elapse:" in line or "Iter." in line}
    return sorted(times)[:count]


def cron_runs(cron: str, count: int) -> list[str]:
    from croniter import croniter

    runs = croniter(schedule.expand(cron), BASE)
    return [runs.get_next(datetime).strftime("%Y-%m-%d %H:%M:%S") for _ in range(count)]


@needs_systemd
@pytest.mark.parametrize("cron", ["0 6 13 * 5", "30 7 * * 1-5", "0 6,18 1 */3 *", "0 6 */2 * *",
                                  "15 */4 1,15 * sat", "@daily", "@weekly", "@monthly", "@hourly"])
def test_systemd_fires_when_cron_does(cron):
    assert systemd_runs(schedule.cron_to_calendars(cron), 12) == cron_runs(cron, 12)


def cron_shell_command(line: str) -> tuple[str, str]:
    """What cron runs for a crontab `line`: (shell command, its stdin).  The
    sixth field on is the command; an unescaped % ends it, the rest is
    stdin, and \\% is a literal %."""
    command = line.split(None, 5)[5] if not line.startswith("@") else line.split(None, 1)[1]
    parts = re.split(r"(?<!\\)%", command, maxsplit=1)
    return parts[0].replace("\\%", "%"), (parts[1] if len(parts) > 1 else "")


def test_crontab_line_runs_on_a_never_built_folder_and_keeps_percent_signs(tmp_path):
    log = tmp_path / "never built" / ".state" / "schedule.log"
    command = [sys.executable, "-c", "import sys; print('ran with', sys.argv[1:])", "50% more", "$HOME"]
    found = schedule.units("@daily", command, workdir=tmp_path, log_file=log)
    assert found.crontab.startswith("@daily cd ")
    shell, stdin = cron_shell_command(found.crontab)
    assert stdin == ""  # no bare % cut the command short
    subprocess.run(["/bin/sh", "-c", shell], check=True, timeout=60)
    assert log.read_text() == "ran with ['50% more', '$HOME']\n"


def test_service_escapes_percent_and_dollar_for_systemd(tmp_path):
    found = schedule.units("0 6 * * *", ["/usr/bin/env", "echo", "50% of $HOME"], workdir=tmp_path)
    assert "ExecStart=/usr/bin/env echo '50%% of $$HOME'" in found.service


@needs_systemd
def test_units_pass_systemd_analyze_verify(tmp_path):
    written = schedule.install(schedule.units("0 6 13 * 5", [sys.executable, "-c", "print(1)", "%d"],
                                              workdir=tmp_path, name="briefing-test"), tmp_path / "units")
    done = subprocess.run([SYSTEMD_ANALYZE, "verify", *map(str, written)], capture_output=True, text=True,
                          env={**os.environ, "SYSTEMD_LOG_LEVEL": "warning"})
    problems = [line for line in done.stderr.splitlines() if "briefing-test" in line]
    assert done.returncode == 0 and not problems, done.stderr
