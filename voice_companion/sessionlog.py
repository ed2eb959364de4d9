"""The session log: JSON Lines, one event a line, flushed as it happens.

A crash loses at most the line being written. Readers skip (and count) lines
they cannot parse, so a truncated or partly damaged log still replays.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Iterable, Iterator

from voice_companion.errors import UserError
from voice_companion.events import LOGGED_TYPES, Event
from voice_companion.privacy.crypto import LogKey, is_encrypted_log, log_lines, read_key
from voice_companion.privacy.crypto import open_log_stream


class LogWriter:
    """Appends events to a private log file, one flushed JSON line each."""

    def __init__(self, path: Path, *, started_at: datetime | None = None, fsync: bool = False,
                 key: "LogKey | None" = None):
        self.path = Path(path)
        try:
            if self.path.parent != Path(""):
                self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists() and self.path.stat().st_size > 0:
                raise UserError(
                    f"log file {self.path} already exists; choose a new --log path "
                    "(existing sessions are never overwritten)"
                )
            self._file = open_log_stream(self.path, key)
        except IsADirectoryError:
            raise UserError(f"--log {self.path} is a folder; give a file path such as {self.path}/session.jsonl")
        except PermissionError:
            raise UserError(f"cannot write the log at {self.path}: permission denied; choose another --log path")
        except FileNotFoundError:
            raise UserError(f"cannot create the log at {self.path}; check that the folder exists")
        self.started_at = started_at or datetime.now().astimezone()
        self.fsync = fsync
        self.count = 0

    def write(self, event: Event) -> bool:
        """Write `event` if it belongs in the log; returns whether it was written."""
        if event.type not in LOGGED_TYPES:
            return False
        record = event.to_record()
        ts = self.started_at + timedelta(seconds=event.t)
        record = {"type": record.pop("type"), "t": round(record.pop("t"), 3),
                  "ts": ts.isoformat(timespec="milliseconds"), **record}
        self._file.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._file.flush()
        if self.fsync:
            os.fsync(self._file.fileno())
        self.count += 1
        return True

    def close(self) -> None:
        if not self._file.closed:
            self._file.close()

    def __enter__(self) -> "LogWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class LogContents:
    path: Path
    records: list[dict[str, Any]] = field(default_factory=list)
    skipped: int = 0
    skipped_lines: list[int] = field(default_factory=list)

    def of_type(self, *types: str) -> list[dict[str, Any]]:
        return [r for r in self.records if r.get("type") in types]


def iter_log_lines(lines: Iterable[bytes]) -> Iterator[tuple[int, dict[str, Any] | None]]:
    """Yield (line number, record or None when the line cannot be parsed)."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            yield number, None
            continue
        if (
            not isinstance(record, dict)
            or not isinstance(record.get("type"), str)
            or not isinstance(record.get("t"), (int, float))
            or isinstance(record.get("t"), bool)
        ):
            yield number, None
            continue
        yield number, record


def read_log(path: Path | str, key: LogKey | None = None) -> LogContents:
    """Read a session log (plain or encrypted), skipping and counting bad lines."""
    path = Path(path)
    if key is None and is_encrypted_log(path):
        from voice_companion.config import load_config

        key = read_key(load_config())
    contents = LogContents(path=path)
    for number, record in iter_log_lines(log_lines(path, key)):  # missing or folder: a UserError
        if record is None:
            contents.skipped += 1
            contents.skipped_lines.append(number)
        else:
            contents.records.append(record)
    return contents
