"""`briefing schedule`: a crontab line and systemd units that rebuild the brief."""

from __future__ import annotations

import io
import os
import shlex
import sys

import pytest

from briefing import schedule
from briefing.cli import main
from briefing.errors import UsageError


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), stdout=out, stderr=err), out.getvalue(), err.getvalue()


@pytest.mark.parametrize("cron, calendar", [
    ("0 6 * * *", "*-*-* 06:00:00"),
    ("30 7 * * 1-5", "Mon..Fri *-*-* 07:30:00"),
    ("*/15 * * * *", "*-*-* *:00/15:00"),
    ("0 6,18 1 */3 0", "Sun *-00/3-01 06,18:00:00"),
])
def test_cron_to_systemd_calendar(cron, calendar):
    assert schedule.cron_to_calendar(cron) == calendar


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
    command = cron_line.split(" && ", 1)[1].split(" >> ")[0]
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
