"""A supervisor's reflection notes, kept beside the log in `<log>.notes.jsonl`.

The session log itself is never touched: notes are JSON lines
{"at": seconds, "text": ..., "author": ..., "ts": ...} in a private (0600) file.
A supervisor's overrule of the line that counted as the safety question is a
note too, with "kind": "safety_at" (and optionally "crisis"); the latest wins.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from voice_companion.errors import UserError
from voice_companion.paths import open_private
from voice_companion.sessionlog import MAX_T, _clean
from voice_companion.i18n import _

NOTES_SUFFIX = ".notes.jsonl"


@dataclass(frozen=True)
class Note:
    at: float
    text: str
    author: str | None = None
    ts: str | None = None
    kind: str = "note"  # note | safety_at (the supervisor names the line that was the safety question)
    crisis: str | None = None  # safety_at: which crisis (None: the one open at that moment)


def notes_path(log: Path | str) -> Path:
    log = Path(log)
    return log.with_name(log.name + NOTES_SUFFIX)


def is_notes_file(path: Path) -> bool:
    return path.name.endswith(NOTES_SUFFIX)


def read_notes(log: Path | str) -> tuple[list[Note], int]:
    """The notes for `log`, in time order, and how many lines could not be read."""
    path = notes_path(log)
    notes: list[Note] = []
    skipped = 0
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        return notes, 0
    except PermissionError:
        raise UserError(_('cannot read the notes at {path}: permission denied').format(path=path))
    with handle:
        for raw in handle:
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
                at = record["at"]
                text = record["text"]
                if isinstance(at, bool) or not isinstance(at, (int, float)) or not isinstance(text, str) \
                        or not 0 <= at <= MAX_T or not math.isfinite(at):  # a 400-digit or negative time
                    raise ValueError
                text = _clean(text)  # no terminal escapes in replay
            except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError, OverflowError):
                skipped += 1
                continue
            author = record.get("author")
            ts = record.get("ts")
            kind = record.get("kind")
            crisis = record.get("crisis")
            notes.append(Note(at=float(at), text=text,
                              author=_clean(author) if isinstance(author, str) and author else None,
                              ts=ts if isinstance(ts, str) else None,
                              kind="safety_at" if kind == "safety_at" else "note",
                              crisis=crisis if isinstance(crisis, str) and crisis else None))
    notes.sort(key=lambda n: n.at)
    return notes, skipped


def add_note(log: Path | str, at: float, text: str, author: str | None = None, *,
             kind: str = "note", crisis: str | None = None) -> Note:
    """Append a note to the notes file beside `log` (created private)."""
    note = Note(at=round(float(at), 3), text=text, author=author or None,
                ts=datetime.now().astimezone().isoformat(timespec="seconds"), kind=kind, crisis=crisis)
    record = {"at": note.at, "text": note.text, "author": note.author, "ts": note.ts}
    if kind != "note":
        record["kind"] = kind
        if crisis:
            record["crisis"] = crisis
    path = notes_path(log)
    try:
        with open_private(path, append=True) as handle:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    except PermissionError:
        raise UserError(_('cannot write the notes at {path}: permission denied').format(path=path))
    return note
