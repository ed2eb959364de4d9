import json
import os
import stat
from datetime import datetime
from pathlib import Path

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


# -- typed garbage: the log reader and every command that reads logs -------------------
import dataclasses as _dc  # noqa: E402

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from voice_companion.events import EVENT_CLASSES  # noqa: E402

_FIELDS = sorted({f.name for cls in EVENT_CLASSES.values() for f in _dc.fields(cls)} | {"ts", "schema"})
_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10 ** 400), max_value=10 ** 400),
    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=30),
    st.sampled_from(["\x1b[2J\x1b]0;x\x07", "suicide", "hope", "je", "u", "possible", "confirmed", "mark", ""]),
)
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                          st.dictionaries(st.text(max_size=5), inner, max_size=3)),
                       max_leaves=12)
_RECORDS = st.fixed_dictionaries(
    {"type": st.one_of(st.sampled_from(sorted(EVENT_CLASSES)), _SCALARS),
     "t": st.one_of(st.floats(min_value=0, max_value=3600), _SCALARS)},
    optional={name: _VALUES for name in _FIELDS if name not in ("t", "type")},
)
_LINES = st.one_of(_RECORDS.map(lambda r: json.dumps(r)),
                   st.text(st.characters(blacklist_characters="\n\r", blacklist_categories=("Cs",)), max_size=40),
                   st.integers(1, 3000).map(lambda n: '{"type": "utterance", "t": 1, "text": ' + "[" * n + "]" * n + "}"))


def _garbage_log(folder, lines):
    start = {"type": "session_start", "t": 0, "ts": "2026-12-01T01:00:00.000+00:00", "lang": "nl", "bank": "nl",
             "source": "script", "schema": 1}
    path = folder / "s.jsonl"
    path.write_text("\n".join([json.dumps(start), *lines, '{"type": "session_end", "t": 99, "reason": "done"}'])
                    + "\n", encoding="utf-8")
    os.chmod(path, 0o600)
    return path


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_LINES, max_size=12))
def test_commands_survive_typed_garbage(tmp_path_factory, lines):
    from voice_companion.cli import main

    folder = tmp_path_factory.mktemp("fuzz")
    path = _garbage_log(folder, lines)
    # the reader: only valid, typed events, every other line counted
    contents = read_log(path)
    # a blank line is skipped silently; "blank" as the reader sees bytes: ASCII white space only
    # (a line of "\x1f" is garbage, counted, though Python's str.strip() would remove it)
    blank = sum(1 for x in lines if not x.encode("utf-8").strip())
    assert contents.skipped + len(contents.records) == len(lines) + 2 - blank
    for record in contents.records:
        assert isinstance(record["t"], (int, float)) and 0 <= record["t"] <= 1e7
        assert "\x1b" not in json.dumps(record, ensure_ascii=False)
    for argv in (["replay", str(path), "--speed", "100000"],
                 ["report", str(path), "-o", str(folder / "r.html")],
                 ["note", str(path), "--at", "00:01", "goed"]):
        assert main(argv) == 0, argv


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.lists(_LINES, max_size=6), min_size=1, max_size=3))
def test_report_dir_survives_typed_garbage(tmp_path_factory, logs):
    from voice_companion.cli import main

    folder = tmp_path_factory.mktemp("fuzzdir")
    for i, lines in enumerate(logs):
        sub = folder / f"s{i}"
        sub.mkdir()
        _garbage_log(sub, lines).rename(folder / f"session-{i}.jsonl")
        sub.rmdir()
    out = folder.parent / f"{folder.name}-trends.html"
    assert main(["report", str(folder), "-o", str(out)]) == 0
    assert out.exists()


def test_crafted_lines_are_skipped_not_fatal(tmp_path):
    path = _garbage_log(tmp_path, [
        '{"type":"phase","t":6,"phase":["x"]}', '{"type":"crisis","t":6,"crisis":[1]}',
        '{"type":"utterance","t":' + "9" * 400 + ',"text":"x"}', '{"type":"match","t":1,"score":1e999}',
        '{"type":"utterance","t":2,"text":"\\u001b[2Jhallo"}'])
    contents = read_log(path)
    assert contents.skipped == 4
    assert [r["text"] for r in contents.of_type("utterance")] == ["[2Jhallo"]


# -- writing: exclusive, untouched devices, disk full ------------------------------------
def test_two_writers_never_share_a_log(tmp_path):
    path = tmp_path / "s.jsonl"
    path.touch()
    first = LogWriter(path)
    with pytest.raises(UserError, match="in use"):
        LogWriter(path)
    first.write(SessionEnd(t=0.0))
    first.close()


def test_an_existing_empty_file_keeps_its_mode_and_an_unused_log_goes(tmp_path):
    path = tmp_path / "s.jsonl"
    path.touch()
    os.chmod(path, 0o640)
    with LogWriter(path) as log:
        log.write(SessionEnd(t=0.0))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    fresh = tmp_path / "fresh.jsonl"
    LogWriter(fresh).close()  # a start that failed before anything was written
    assert not fresh.exists()


def test_log_under_a_file_and_on_a_full_device_are_one_line(tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(UserError, match="is a file, not a folder"):
        LogWriter(tmp_path / "f" / "s.jsonl")
    if os.path.exists("/dev/full"):
        log = LogWriter(Path("/dev/full"))
        with pytest.raises(OSError):
            log.write(SessionEnd(t=0.0))
        log.close()


class _FlakyDisk:
    """os.write for the log's fd fails with ENOSPC while `full` is set."""

    def __init__(self, monkeypatch, log):
        import errno as _errno
        import voice_companion.sessionlog as sl

        self.full = True
        real = os.write

        def write(fd, data):
            if self.full and fd == log._fd:
                raise OSError(_errno.ENOSPC, "No space left on device")
            return real(fd, data)

        monkeypatch.setattr(sl.os, "write", write)


def _session(tmp_path):
    from voice_companion.app import open_session

    return open_session(source="script", log_path=tmp_path / "s.jsonl", recover=False)


def test_a_full_disk_is_said_once_kept_and_written_later(tmp_path, monkeypatch, capsys):
    session = _session(tmp_path)
    seen = []
    session.bus.subscribe(lambda e: seen.append(e))
    disk = _FlakyDisk(monkeypatch, session.log)
    session.handle(Utterance(t=1.0, text="hoe gaat het met je", start=0.5, end=1.0))
    session.handle(Utterance(t=2.0, text="wat helpt je", start=1.5, end=2.0))
    warnings = [e for e in seen if e.type == "warning" and e.component == "log"]
    assert len(warnings) == 1 and "schijf is vol" in warnings[0].message
    assert capsys.readouterr().err.count("the disk is full") == 1
    disk.full = False
    session.handle(Utterance(t=3.0, text="en nu", start=2.5, end=3.0))
    session.end()
    texts = [r["text"] for r in read_log(tmp_path / "s.jsonl").of_type("utterance")]
    assert texts == ["hoe gaat het met je", "wat helpt je", "en nu"]
    assert session.failed is None


def test_a_disk_that_stays_full_stops_the_session_cleanly(tmp_path, monkeypatch):
    import voice_companion.pipeline as pipeline

    session = _session(tmp_path)
    _FlakyDisk(monkeypatch, session.log)
    monkeypatch.setattr(pipeline, "LOG_GIVE_UP", 0.0)
    with pytest.raises(UserError, match="disk is full"):  # no running blind: the caller stops
        # (a line with no number in it: one that may go on in the next line is held back for redaction)
        session.handle(Utterance(t=1.0, text="ja ik luister", start=0.5, end=1.0))
    assert session.failed
    session.end()
    records = read_log(tmp_path / "s.jsonl").records
    assert records[0]["type"] == "session_start"  # what was written before stays


def test_mark_text_is_redacted(tmp_path):
    from voice_companion.events import Control

    session = _session(tmp_path)
    session.handle(Control(t=1.0, action="mark", value="belde 06-12345678 terug"))
    session.end()
    marks = [r for r in read_log(tmp_path / "s.jsonl").of_type("control") if r.get("action") == "mark"]
    assert marks and "12345678" not in json.dumps(marks)


def test_crafted_notes_do_not_crash_replay_or_report(tmp_path, capsys):
    from voice_companion.cli import main
    from voice_companion.supervisor.notes import notes_path

    path = _garbage_log(tmp_path, [])
    notes_path(path).write_text('{"at": ' + "9" * 400 + ', "text": "x"}\n'
                                '{"at": 1, "text": ' + "[" * 50_000 + "]" * 50_000 + '}\n'
                                '{"at": 2, "text": "\\u001b[2Jhoi", "author": "\\u001b]0;x\\u0007ik"}\n')
    assert main(["replay", str(path), "--speed", "100000"]) == 0
    out = capsys.readouterr().out
    assert "hoi" in out and "\x1b[2J" not in out and "\x1b]0" not in out
    assert main(["report", str(path), "-o", str(tmp_path / "r.html")]) == 0


def test_a_line_held_back_for_redaction_is_written_when_its_hold_is_over_in_a_script_too(tmp_path):
    from voice_companion.app import script_events
    from voice_companion.events import Tick
    from voice_companion.pipeline import REDACTION_HOLD
    from voice_companion.script import ScriptLine

    session = _session(tmp_path)
    lines = [ScriptLine(t=4.1, text="mijn nummer is nul zes twaalf", number=1), ScriptLine(t=40.0, text="ja", number=2)]
    events = script_events(lines)
    first = events[0] if not isinstance(events[0], Tick) else events[1]
    assert any(isinstance(e, Tick) and abs(e.t - (first.t + REDACTION_HOLD)) < 1e-9 for e in events)
    log = tmp_path / "s.jsonl"
    for event in events:
        if event.t > 30:
            break
        session.handle(event)
    written = [r["text"] for r in read_log(log).of_type("utterance")]
    assert len(written) == 1 and "twaalf" not in written[0]  # out of hold before the next line, redacted
    session.end()
