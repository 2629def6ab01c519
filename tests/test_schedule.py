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
