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


# ---------------------------------------------------------------------------
# Open logs anywhere (--log outside the sessions folder, encrypted logs)
# ---------------------------------------------------------------------------
def _open_dir() -> Path:
    from voice_companion.paths import data_dir

    return data_dir() / "open-sessions"


def register_open(path: Path) -> Path | None:
    """Note that this process writes `path`, so a kill is recovered wherever the log lives."""
    try:
        folder = _open_dir()
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
        marker = folder / f"{os.getpid()}-{abs(hash(str(path.resolve()))):x}.json"
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"path": str(path.resolve()), "pid": os.getpid()}, handle)
        return marker
    except OSError:
        return None


def unregister_open(marker: Path | None) -> None:
    if marker is not None:
        try:
            marker.unlink()
        except OSError:
            pass


def _alive(pid: object) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def _markers() -> list[tuple[Path, Path, bool]]:
    """(marker, log path, writer still running) for every registered open log."""
    found = []
    try:
        entries = sorted(_open_dir().glob("*.json"))
    except OSError:
        return []
    for marker in entries:
        try:
            data = json.loads(marker.read_text(encoding="utf-8"))
            found.append((marker, Path(data["path"]), _alive(data.get("pid"))))
        except (OSError, ValueError, KeyError, TypeError):
            unregister_open(marker)
    return found


def _encrypted_unfinished(path: Path, key) -> bool:
    from voice_companion.privacy.crypto import log_lines

    records = [r for _, r in iter_log_lines(log_lines(path, key)) if r is not None]
    return not records or records[-1].get("type") != "session_end"


def close_unfinished_encrypted(path: Path, key) -> dict:
    """Append an encrypted `session_end` (reason `recovered`) to an encrypted log."""
    from voice_companion.privacy.crypto import EncryptedLineWriter, log_lines

    records = [r for _, r in iter_log_lines(log_lines(path, key)) if r is not None]
    last_t = max((r["t"] for r in records), default=0.0)
    last_ts = next((r.get("ts") for r in reversed(records) if isinstance(r.get("ts"), str)), None)
    try:
        ts = datetime.fromisoformat(last_ts) if last_ts else datetime.now().astimezone()
    except ValueError:
        ts = datetime.now().astimezone()
    record = {"type": "session_end", "t": round(float(last_t), 3),
              "ts": ts.isoformat(timespec="milliseconds"), "reason": "recovered"}
    writer = EncryptedLineWriter(path, key)
    try:
        writer.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        writer.close()
    return record


def _recover_one(path: Path, key_source) -> bool | None:
    """Close `path` if it is unfinished; True when a session_end was appended, None when it cannot tell."""
    if not path.is_file():
        return False
    if is_encrypted_log(path):
        key = key_source()
        if key is None:
            return None  # no passphrase here: it stays open until one is given
        if _encrypted_unfinished(path, key):
            close_unfinished_encrypted(path, key)
            return True
        return False
    records, ends_mid_line = _tail_records(path, CHECK_BYTES)
    if ends_mid_line or not records or records[-1].get("type") != "session_end":
        close_unfinished(path)
        return True
    return False


def recover_all(folder: Path | None = None) -> list[Path]:
    """Close every unfinished session: plain and encrypted logs in the sessions folder, and any log
    a killed session registered elsewhere (--log); a log whose writer still runs is left alone."""
    from voice_companion.errors import UserError

    cache: dict[str, object] = {}

    def key_source():
        if "key" not in cache:
            try:
                from voice_companion.config import load_config
                from voice_companion.privacy.crypto import read_key

                cache["key"] = read_key(load_config())
            except (UserError, OSError):
                cache["key"] = None
        return cache["key"]

    markers = _markers()
    running = {p.resolve() for _, p, alive in markers if alive}
    closed = []
    for path in unfinished_sessions(folder):
        if path.resolve() in running:
            continue
        try:
            close_unfinished(path)
            closed.append(path)
        except OSError:
            continue
    base = folder or sessions_dir()
    if base.is_dir():
        for path in sorted(base.glob("*.jsonl.enc")):
            if path.resolve() in running:
                continue
            try:
                if _recover_one(path, key_source):
                    closed.append(path)
            except (OSError, UserError):
                continue
    for marker, path, alive in markers:
        if alive:
            continue
        try:
            done = None if path in closed else _recover_one(path, key_source)
            if path in closed:
                done = True
            elif done:
                closed.append(path)
        except (OSError, UserError):
            continue  # keep the marker: a later start (with the passphrase) tries again
        if done is None:
            continue
        unregister_open(marker)
    return closed
