"""A supervisor's reflection notes, kept beside the log in `<log>.notes.jsonl`.

The session log itself is never touched: notes are JSON lines
{"at": seconds, "text": ..., "author": ..., "ts": ...} in a private (0600) file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from voice_companion.errors import UserError
from voice_companion.paths import open_private

NOTES_SUFFIX = ".notes.jsonl"


@dataclass(frozen=True)
class Note:
    at: float
    text: str
    author: str | None = None
    ts: str | None = None


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
        raise UserError(f"cannot read the notes at {path}: permission denied")
    with handle:
        for raw in handle:
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
                at = record["at"]
                text = record["text"]
                if isinstance(at, bool) or not isinstance(at, (int, float)) or not isinstance(text, str):
                    raise ValueError
            except (ValueError, KeyError, TypeError, UnicodeDecodeError):
                skipped += 1
                continue
            author = record.get("author")
            ts = record.get("ts")
            notes.append(Note(at=float(at), text=text,
                              author=author if isinstance(author, str) and author else None,
                              ts=ts if isinstance(ts, str) else None))
    notes.sort(key=lambda n: n.at)
    return notes, skipped


def add_note(log: Path | str, at: float, text: str, author: str | None = None) -> Note:
    """Append a note to the notes file beside `log` (created private)."""
    note = Note(at=round(float(at), 3), text=text, author=author or None,
                ts=datetime.now().astimezone().isoformat(timespec="seconds"))
    path = notes_path(log)
    try:
        with open_private(path, append=True) as handle:
            handle.write(json.dumps({"at": note.at, "text": note.text, "author": note.author,
                                     "ts": note.ts}, ensure_ascii=False) + "\n")
    except PermissionError:
        raise UserError(f"cannot write the notes at {path}: permission denied")
    return note
