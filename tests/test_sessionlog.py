import json
import os
import stat
from datetime import datetime

import pytest

from voice_companion.errors import UserError
from voice_companion.events import Match, Partial, SessionEnd, SessionStart, Suggestion, Utterance
from voice_companion.paths import new_session_log_path
from voice_companion.sessionlog import LogWriter, read_log


def test_every_event_has_type_t_and_iso_ts_and_is_flushed(tmp_path):
    path = tmp_path / "s.jsonl"
    log = LogWriter(path, started_at=datetime.fromisoformat("2026-11-29T02:00:00+01:00"))
    log.write(SessionStart(t=0.0, bank="nl@1", source="script"))
    log.write(Utterance(t=4.5, text="hoe red je het", start=3.0, end=4.5, source="script"))
    # flushed per event: readable before close
    lines = path.read_text().splitlines()
    assert len(lines) == 2
    second = json.loads(lines[1])
    assert second["type"] == "utterance" and second["t"] == 4.5
    assert second["ts"] == "2026-11-29T02:00:04.500+01:00"
    assert {"text", "start", "end", "source"} <= set(second)
    log.close()


def test_partials_are_not_logged(tmp_path):
    log = LogWriter(tmp_path / "s.jsonl")
    assert log.write(Partial(t=1.0, text="hoe")) is False
    assert log.write(Match(t=1.0, technique="coping")) is True


def test_log_file_is_private_and_folder_too(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    os.umask(0o022)
    path = new_session_log_path()
    with LogWriter(path) as log:
        log.write(SessionEnd(t=0.0))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert str(path).startswith(str(tmp_path / "xdg"))


def test_existing_log_is_never_overwritten(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"type": "session_start", "t": 0}\n')
    with pytest.raises(UserError, match="already exists"):
        LogWriter(path)
    assert path.read_text() == '{"type": "session_start", "t": 0}\n'


def test_reader_skips_and_counts_damaged_lines(tmp_path):
    path = tmp_path / "s.jsonl"
    good = Suggestion(t=2.0, question_id="q", text="Waar hoopt u op?", technique="hope").to_record()
    path.write_bytes(b'{"type": "session_start", "t": 0}\n'
                     b"garbage\n\xff\xfe\n[1,2]\n"
                     + json.dumps(good).encode() + b"\n"
                     + b'{"type": "utterance", "t": 3, "te')  # truncated last line (a crash)
    contents = read_log(path)
    assert [r["type"] for r in contents.records] == ["session_start", "suggestion"]
    assert contents.skipped == 4
    assert contents.skipped_lines == [2, 3, 4, 6]
