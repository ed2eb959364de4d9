"""`note LOG --at MM:SS TEXT`: notes beside the log, never in it."""

from __future__ import annotations

import hashlib
import json
import stat

import pytest

from voice_companion.cli import main
from voice_companion.supervisor.notes import notes_path, read_notes

from .helpers import run_cli


def test_note_is_stored_beside_the_log(log, capsys):
    before = hashlib.sha256(log.read_bytes()).hexdigest()
    assert main(["note", str(log), "--at", "03:10", "  goede   schaalvraag ", "--author", "Sup A"]) == 0
    assert main(["note", str(log), "--at", "1:05", "nog een"]) == 0
    assert "03:10" in capsys.readouterr().out
    path = notes_path(log)
    assert path.name == "sessie.jsonl.notes.jsonl"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert [(n["at"], n["text"], n["author"]) for n in lines] == [(190, "goede schaalvraag", "Sup A"),
                                                                  (65, "nog een", None)]
    assert all(isinstance(n["ts"], str) and "T" in n["ts"] for n in lines)
    assert hashlib.sha256(log.read_bytes()).hexdigest() == before
    notes, skipped = read_notes(log)
    assert [n.at for n in notes] == [65, 190] and skipped == 0


def test_unreadable_note_lines_are_skipped(log):
    notes_path(log).write_text('{"at": 3, "text": "goed"}\nkapot\n{"at": "x", "text": 1}\n')
    notes, skipped = read_notes(log)
    assert [n.text for n in notes] == ["goed"] and skipped == 2


@pytest.mark.parametrize("at", ["3:7x", "99:99", "-1", "tien", "59:00"])
def test_bad_at_is_a_clear_error(log, at):
    result = run_cli("note", str(log), "--at", at, "tekst")
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("voice-companion: error: --at")
    assert not notes_path(log).exists()


def test_note_needs_a_log_and_text(tmp_path, log):
    for args in (["note", str(tmp_path / "nergens.jsonl"), "--at", "00:10", "x"],
                 ["note", str(log), "--at", "00:10", "   "],
                 ["note", str(notes_path(log)), "--at", "00:10", "x"]):
        result = run_cli(*args)
        assert result.returncode == 2, args
        assert len(result.stderr.strip().splitlines()) == 1
