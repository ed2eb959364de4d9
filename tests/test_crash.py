"""A session killed with SIGKILL: every complete line parses; the next start closes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from conftest import REPO, run_cli
from voice_companion.paths import sessions_dir
from voice_companion.sessionlog import read_log


def test_sigkill_mid_session_then_recovered_on_next_start(tmp_path):
    script = tmp_path / "long.txt"
    script.write_text("\n".join(f"{m:02d}:{s:02d} hoe hou je het vol" for m in range(0, 30) for s in (5, 35)) + "\n")
    proc = subprocess.Popen([sys.executable, "-m", "voice_companion", "simulate", str(script), "--speed", "60",
                             "--quiet"], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    folder = sessions_dir()
    deadline = time.time() + 20
    log = None
    while time.time() < deadline:
        logs = list(folder.glob("*.jsonl")) if folder.exists() else []
        if logs and logs[0].stat().st_size > 2000:
            log = logs[0]
            break
        time.sleep(0.05)
    assert log is not None, "the session never wrote its log"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with open(log, "ab") as handle:  # as if the kill cut a line in half
        handle.write(b'{"type": "utterance", "t": 99.0, "te')

    before = read_log(log)
    assert before.records[0]["type"] == "session_start"
    assert before.records[-1]["type"] != "session_end"
    assert before.skipped == 1  # only the cut line

    done = run_cli("demo", "--speed", "0")  # the next start
    assert done.returncode == 0, done.stderr
    after = read_log(log)
    assert after.records[-1]["type"] == "session_end" and after.records[-1]["reason"] == "recovered"
    assert after.records[:len(before.records)] == before.records  # nothing rewritten
    assert after.skipped == 1
    new_logs = [p for p in folder.glob("*.jsonl") if p != log]
    warnings = [r for r in read_log(new_logs[0]).records if r["type"] == "warning"]
    assert any(log.name in w["message"] for w in warnings)


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _pretend_killed(writer) -> None:
    """The writer's process died without closing: its open-log marker names a dead pid."""
    import json

    data = json.loads(writer._marker.read_text())
    data["pid"] = _dead_pid()
    writer._marker.write_text(json.dumps(data))


def test_a_killed_log_outside_the_sessions_folder_is_recovered(tmp_path, monkeypatch):
    from voice_companion.events import SessionStart
    from voice_companion.recovery import recover_all
    from voice_companion.sessionlog import LogWriter

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    path = tmp_path / "elsewhere" / "call.jsonl"
    writer = LogWriter(path)
    writer.write(SessionStart(t=0.0))
    assert recover_all() == []  # its writer still runs: left alone
    _pretend_killed(writer)
    assert recover_all() == [path]
    records = read_log(path).records
    assert records[-1]["type"] == "session_end" and records[-1]["reason"] == "recovered"
    assert recover_all() == []  # once


def test_a_killed_encrypted_log_is_recovered_with_the_passphrase(tmp_path, monkeypatch):
    from voice_companion.events import SessionStart
    from voice_companion.privacy.crypto import LogKey
    from voice_companion.recovery import recover_all
    from voice_companion.sessionlog import LogWriter

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.delenv("VOICE_COMPANION_PASSPHRASE", raising=False)
    path = tmp_path / "call.jsonl.enc"
    key = LogKey("een lange geheime zin")
    writer = LogWriter(path, key=key)
    writer.write(SessionStart(t=0.0))
    writer._file.flush()
    _pretend_killed(writer)
    assert recover_all() == []  # no passphrase here: stays open, tried again later
    monkeypatch.setenv("VOICE_COMPANION_PASSPHRASE", "een lange geheime zin")
    assert recover_all() == [path]
    records = read_log(path, key).records
    assert records[-1]["type"] == "session_end" and records[-1]["reason"] == "recovered"
