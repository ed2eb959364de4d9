"""Purge: old sessions go with their notes and reports, new ones and strangers stay."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from voice_companion.cli import main
from voice_companion.errors import UserError
from voice_companion.privacy.purge import parse_duration, purge_sessions

NOW = datetime.now().astimezone().replace(microsecond=0)  # the CLI purges by the real clock


def log(folder: Path, name: str, started: datetime | None, body: str = "x" * 100) -> Path:
    path = folder / name
    first = (json.dumps({"type": "session_start", "t": 0.0, "ts": started.isoformat()})
             if started else "garbage {")
    path.write_text(first + "\n" + json.dumps({"type": "utterance", "t": 1.0, "text": body}) + "\n")
    return path


def touch(path: Path, when: datetime | None = None, text: str = "r") -> Path:
    if not path.exists():
        path.write_text(text)
    if when is not None:
        os.utime(path, (when.timestamp(), when.timestamp()))
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "sessions"
    d.mkdir()
    old = NOW - timedelta(days=40)
    new = NOW - timedelta(days=2)
    log(d, "session-2024-04-22_020000.jsonl", old)
    touch(d / "session-2024-04-22_020000.jsonl.notes.jsonl")
    touch(d / "session-2024-04-22_020000.html")
    touch(d / "session-2024-04-22_020000-verslag.html")
    touch(d / "session-2024-04-22_020000.wav")
    # same start second, a second session: its report is its own
    log(d, "session-2024-04-22_020000-2.jsonl", new)
    touch(d / "session-2024-04-22_020000-2.html")
    log(d, "session-2024-05-30_010000.jsonl", new)
    touch(d / "session-2024-05-30_010000.jsonl.notes.jsonl")
    # no readable first line: falls back to the file time
    touch(log(d, "session-2024-01-01_000000.jsonl", None), NOW - timedelta(days=100))
    # encrypted log: the header's created time
    (d / "session-2024-03-01_000000.jsonl.enc").write_text(
        json.dumps({"format": "voice-companion-log", "enc": "fernet-lines",
                    "created": (NOW - timedelta(days=90)).isoformat()}) + "\ntoken\n")
    # strangers: not session logs, other files, a subfolder, a symlink
    touch(d / "todo.jsonl", NOW - timedelta(days=400), '{"not": "a log"}\n')
    touch(d / "readme.txt", NOW - timedelta(days=400))
    (d / "sub").mkdir()
    log(d / "sub", "session-old.jsonl", old)
    outside = log(d.parent, "session-outside.jsonl", old)
    (d / "session-link.jsonl").symlink_to(outside)
    # an old report whose log is gone
    touch(d / "session-2023-01-01_000000.html", NOW - timedelta(days=500))
    return d


def names(d: Path) -> set[str]:
    return {p.name for p in d.iterdir()}


def test_parse_duration():
    assert parse_duration("30d") == timedelta(days=30)
    assert parse_duration("12h") == timedelta(hours=12)
    assert parse_duration("2w") == timedelta(weeks=2)
    assert parse_duration(" 36 uur ") == timedelta(hours=36)
    assert parse_duration("1.5d") == timedelta(hours=36)
    for bad in ("", "30", "d", "3x", "-1d", "0d", "30 dagen en zo", "1e9w"):
        with pytest.raises(UserError) as info:
            parse_duration(bad)
        assert "\n" not in str(info.value) and "12h" in str(info.value)


def test_dry_run_removes_nothing(folder):
    before = names(folder)
    result = purge_sessions(folder, timedelta(days=30), now=NOW, dry_run=True)
    assert names(folder) == before
    assert len(result.sessions) == 3 and result.files > 0


def test_purge_old_sessions(folder, tmp_path):
    result = purge_sessions(folder, timedelta(days=30), now=NOW)
    assert names(folder) == {
        "session-2024-04-22_020000-2.jsonl", "session-2024-04-22_020000-2.html",
        "session-2024-05-30_010000.jsonl", "session-2024-05-30_010000.jsonl.notes.jsonl",
        "todo.jsonl", "readme.txt", "sub", "session-link.jsonl",
    }
    removed = {s.log.name: s for s in result.sessions}
    assert set(removed) == {"session-2024-04-22_020000.jsonl", "session-2024-01-01_000000.jsonl",
                            "session-2024-03-01_000000.jsonl.enc"}
    assert len(removed["session-2024-04-22_020000.jsonl"].files) == 5  # log, notes, 2 reports, audio
    assert removed["session-2024-04-22_020000.jsonl"].by == "ts"
    assert removed["session-2024-01-01_000000.jsonl"].by == "mtime"
    assert [p.name for p in result.orphans] == ["session-2023-01-01_000000.html"]
    assert result.kept == 2 and result.size > 0 and result.files == 8
    assert [p.name for p in result.not_logs] == ["todo.jsonl"]
    assert (folder / "sub" / "session-old.jsonl").exists()
    assert (tmp_path / "session-outside.jsonl").exists()


def test_shorter_age_removes_more(folder):
    result = purge_sessions(folder, parse_duration("12h"), now=NOW)
    assert result.kept == 0
    assert "session-2024-05-30_010000.jsonl.notes.jsonl" not in names(folder)


def test_start_time_not_file_time(tmp_path):
    # a log written today about a session that started 40 days ago is old by its first line
    path = log(tmp_path, "session-a.jsonl", NOW - timedelta(days=40))
    result = purge_sessions(tmp_path, timedelta(days=30), now=NOW)
    assert not path.exists() and result.sessions[0].by == "ts"


def test_missing_or_wrong_folder(tmp_path):
    with pytest.raises(UserError, match="no sessions folder"):
        purge_sessions(tmp_path / "nope", timedelta(days=1))
    f = tmp_path / "f"
    f.write_text("x")
    with pytest.raises(UserError, match="not a folder"):
        purge_sessions(f, timedelta(days=1))


def test_cli(folder, capsys):
    assert main(["purge", "--older-than", "30d", "--dir", str(folder), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would remove 3 sessions" in out and "nothing was removed" in out
    assert "session-2024-04-22_020000.jsonl" in out
    assert main(["purge", "--older-than", "30d", "--dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "removed 3 sessions: 8 files" in out and "bytes" in out
    assert not (folder / "session-2024-04-22_020000.jsonl").exists()


def test_cli_bad_duration(folder, capsys):
    assert main(["purge", "--older-than", "soon", "--dir", str(folder)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "soon" in err and "12h" in err


def test_cli_default_from_config(tmp_path, monkeypatch, capsys):
    d = tmp_path / "s"
    d.mkdir()
    log(d, "session-a.jsonl", datetime.now().astimezone() - timedelta(days=10))
    log(d, "session-b.jsonl", datetime.now().astimezone() - timedelta(days=3))
    config = tmp_path / "c.toml"
    config.write_text("retention_days = 7\n")
    monkeypatch.setenv("VOICE_COMPANION_CONFIG", str(config))
    assert main(["purge", "--dir", str(d)]) == 0
    assert "older than 7 days" in capsys.readouterr().out
    assert names(d) == {"session-b.jsonl"}


def test_cli_default_folder(capsys):
    from voice_companion import paths

    assert main(["purge"]) == 0
    assert "nothing to remove" in capsys.readouterr().out
    folder = paths.ensure_private_dir(paths.sessions_dir())
    log(folder, "session-x.jsonl", datetime.now().astimezone() - timedelta(days=31))
    assert main(["purge"]) == 0
    assert not (folder / "session-x.jsonl").exists()


def test_a_future_dated_log_is_aged_by_its_file(tmp_path):
    # a first line dated in 2099 (a wrong clock, or crafted) must not keep an old log forever
    path = touch(log(tmp_path, "session-future.jsonl", NOW + timedelta(days=3000)), NOW - timedelta(days=60))
    result = purge_sessions(tmp_path, timedelta(days=30), now=NOW)
    assert not path.exists() and result.sessions[0].by == "mtime"
    fresh = touch(log(tmp_path, "session-future2.jsonl", NOW + timedelta(days=3000)), NOW - timedelta(days=1))
    purge_sessions(tmp_path, timedelta(days=30), now=NOW)
    assert fresh.exists()
