"""Closing sessions that a crash, a power cut or SIGKILL left open.

A killed session leaves a log whose last line may be cut off and which has no
`session_end`. On the next start we append `session_end` with reason
`recovered` (after a newline, so a cut-off line stays a single bad line that
readers skip), never rewriting what is already there.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from voice_companion.paths import sessions_dir
from voice_companion.privacy.crypto import is_encrypted_log
from voice_companion.sessionlog import iter_log_lines

TAIL_BYTES = 64 * 1024  # enough to find the last time of a session
CHECK_BYTES = 4096  # enough to see whether a log ends with session_end


def _tail_records(path: Path, tail: int = TAIL_BYTES) -> tuple[list[dict], bool]:
    """Records in the last part of a plain log, and whether it ends mid-line."""
    size = path.stat().st_size
    with open(path, "rb") as handle:
        handle.seek(max(0, size - tail))
        data = handle.read()
    ends_mid_line = bool(data) and not data.endswith(b"\n")
    records = [r for _, r in iter_log_lines(data.splitlines()) if r is not None]
    return records, ends_mid_line


def unfinished_sessions(folder: Path | None = None) -> list[Path]:
    folder = folder or sessions_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.jsonl")):
        if is_encrypted_log(path) or not path.is_file():
            continue
        try:
            records, ends_mid_line = _tail_records(path, CHECK_BYTES)  # cheap: runs at every start
        except OSError:
            continue
        if ends_mid_line or not records or records[-1].get("type") != "session_end":
            found.append(path)
    return found


def close_unfinished(path: Path) -> dict:
    """Append a `session_end` with reason `recovered`; returns the record written."""
    records, ends_mid_line = _tail_records(path)
    last_t = max((r["t"] for r in records), default=0.0)
    last_ts = next((r.get("ts") for r in reversed(records) if isinstance(r.get("ts"), str)), None)
    try:
        ts = (datetime.fromisoformat(last_ts) if last_ts else datetime.now().astimezone())
    except ValueError:
        ts = datetime.now().astimezone()
    record = {"type": "session_end", "t": round(float(last_t), 3),
              "ts": ts.isoformat(timespec="milliseconds"), "reason": "recovered"}
    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        if ends_mid_line:
            handle.write("\n")
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return record


def recover_all(folder: Path | None = None) -> list[Path]:
    """Close every unfinished session in the sessions folder; returns their paths."""
    closed = []
    for path in unfinished_sessions(folder):
        try:
            close_unfinished(path)
            closed.append(path)
        except OSError:
            continue
    return closed
