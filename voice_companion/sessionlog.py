"""The session log: JSON Lines, one event a line, flushed as it happens.

A crash loses at most the line being written. Readers skip (and count) lines
they cannot parse, so a truncated or partly damaged log still replays.
"""

from __future__ import annotations

import errno
import fcntl
import json
import re
import math
import os
import stat
import sys
import typing
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Iterable, Iterator

from voice_companion.errors import UserError
from voice_companion.events import LOGGED_TYPES, Event
from voice_companion.privacy.crypto import LogKey, is_encrypted_log, log_lines, read_key
from voice_companion.privacy.crypto import open_log_stream
from voice_companion.i18n import _


def describe_os_error(exc: OSError, path: Path | str) -> str:
    """One line for a file problem, with what to do about it (in the user's language)."""
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return _("cannot write {path}: the disk is full; free some space or choose another --log path").format(path=path)
    if code == errno.EROFS:
        return _("cannot write {path}: the disk is read-only; choose another --log path").format(path=path)
    if code in (errno.EACCES, errno.EPERM):
        return _("cannot write {path}: permission denied; choose another --log path or fix the folder's owner").format(path=path)
    if code == errno.ENOTDIR:
        return _("cannot write {path}: a part of that path is a file, not a folder; choose another --log path").format(path=path)
    if code == errno.EISDIR:
        return _("--log {path} is a folder; give a file path such as {path}/session.jsonl").format(path=path)
    if code == errno.ENOENT:
        return _("cannot create the log at {path}; check that the folder exists").format(path=path)
    reason = exc.strerror or type(exc).__name__
    return _("cannot write {path}: {reason}; choose another --log path").format(path=path, reason=reason)


def describe_os_error_nl(exc: OSError) -> str:
    """The same for the worker's page, in Dutch."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "het log kan niet worden geschreven: de schijf is vol"
    if exc.errno == errno.EROFS:
        return "het log kan niet worden geschreven: de schijf is alleen-lezen"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "het log kan niet worden geschreven: geen toestemming"
    return "het log kan niet worden geschreven"


class LogWriter:
    """Appends events to a private log file, one JSON line each, written straight to the OS.

    The file is created exclusively (O_EXCL) and locked, so two sessions never
    share a log. An existing empty file or a device given as --log is used as it
    is (never chmodded). A write that fails raises OSError with nothing half
    kept in a buffer: the caller may retry the same event later (a line cut off
    by a full disk is ended first, and readers skip it). A log this writer
    created and never wrote to is removed on close.
    """

    def __init__(self, path: Path, *, started_at: datetime | None = None, fsync: bool = False,
                 key: "LogKey | None" = None):
        self.path = Path(path)
        self._created = False
        self._fd: int | None = None
        self._file = None
        self._broken = False  # the last write stopped mid-line
        for parent in self.path.parents:
            if parent.exists():
                if not parent.is_dir():
                    raise UserError(_('cannot write {path}: {parent} is a file, not a folder; choose another --log path').format(path=self.path, parent=parent))
                break
        try:
            if self.path.parent != Path("") and not self.path.parent.is_dir():
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = self._open_exclusive(key)
            if key is not None:
                self._file = open_log_stream(self.path, key)
                self._file.flush()
                self._fd = self._file.fileno()
        except UserError:
            self._discard()
            raise
        except OSError as exc:
            self._discard()
            raise UserError(describe_os_error(exc, self.path)) from None
        self.started_at = started_at or datetime.now().astimezone()
        self.fsync = fsync
        self.count = 0
        from voice_companion.recovery import register_open

        self._marker = register_open(self.path)  # a kill is recovered at the next start, wherever the log is

    def _open_exclusive(self, key: "LogKey | None") -> int:
        flags = os.O_WRONLY | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(self.path, flags | os.O_CREAT | os.O_EXCL, 0o600)
            self._created = True
        except FileExistsError:
            st = os.stat(self.path)
            if stat.S_ISDIR(st.st_mode):
                raise UserError(_('--log {path} is a folder; give a file path such as {path}/session.jsonl').format(path=self.path))
            if stat.S_ISREG(st.st_mode) and st.st_size > 0:
                raise UserError(
                    _('log file {path} already exists; choose a new --log path (existing sessions are never overwritten)').format(path=self.path))
            if key is not None and not stat.S_ISREG(st.st_mode):
                raise UserError(_('an encrypted log needs a regular file, not {path}; choose another --log path').format(path=self.path))
            fd = os.open(self.path, flags)  # an empty file or a device: used as it is, its mode untouched
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise UserError(_('log file {path} is in use by another session; choose a new --log path').format(path=self.path))
        if key is not None:  # the encrypted writer opens the file itself; keep our lock on it
            self._lock_fd = fd
            return fd
        return fd

    def _discard(self) -> None:
        for closer in (getattr(self._file, "close", None),):
            try:
                if closer is not None:
                    closer()
            except OSError:
                pass
        lock_fd = getattr(self, "_lock_fd", None)
        for fd in {self._fd, lock_fd} - {None}:
            try:
                os.close(fd)
            except OSError:
                pass
        self._fd = None
        if self._created:
            try:
                self.path.unlink()
            except OSError:
                pass
            self._created = False

    def _encode(self, line: str) -> bytes:
        if self._file is not None:  # encrypted: one token a line
            return self._file.encode_line(line)
        return (line + "\n").encode("utf-8")

    def write(self, event: Event) -> bool:
        """Write `event` if it belongs in the log; returns whether it was written.

        Raises OSError when the disk refuses it (the event can be written again later).
        """
        if event.type not in LOGGED_TYPES:
            return False
        if self._fd is None:
            raise ValueError("write to a closed log")
        record = event.to_record()
        ts = self.started_at + timedelta(seconds=event.t)
        record = {"type": record.pop("type"), "t": round(record.pop("t"), 3),
                  "ts": ts.isoformat(timespec="milliseconds"), **record}
        data = self._encode(json.dumps(record, ensure_ascii=False))
        if self._broken:
            data = b"\n" + data
        view = memoryview(data)
        written = 0
        try:
            while written < len(view):
                n = os.write(self._fd, view[written:])
                if n <= 0:
                    raise OSError(errno.EIO, "nothing written")
                written += n
        except OSError:
            if written:
                self._broken = True
            raise
        self._broken = False
        if self.fsync:
            os.fsync(self._fd)
        self.count += 1
        return True

    @property
    def closed(self) -> bool:
        return self._fd is None

    def close(self) -> None:
        if self._fd is None:
            return
        from voice_companion.recovery import unregister_open

        unregister_open(getattr(self, "_marker", None))
        if self.count == 0 and self._created:
            self._discard()  # a failed start leaves no empty log behind
            return
        if self._file is not None:
            try:
                self._file.close()
            except OSError:
                pass
            lock_fd = getattr(self, "_lock_fd", None)
            if lock_fd is not None:
                try:
                    os.close(lock_fd)
                except OSError:
                    pass
        else:
            try:
                os.close(self._fd)
            except OSError:
                pass
        self._fd = None

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


MAX_T = 10_000_000.0  # seconds (about 115 days): later times are crafted, not a call
MAX_NUMBER = 1e12
_CONTROL = dict.fromkeys(c for c in range(0x20) if c not in (9, 10))
_CONTROL.update(dict.fromkeys(range(0x7F, 0xA0)))


_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # the characters _CONTROL removes (a C-speed check)


def _clean(text: str) -> str:
    """A string from a log without terminal control characters (ESC sequences and the like)."""
    return text.translate(_CONTROL) if _CONTROL_RE.search(text) else text


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and (
        isinstance(value, float) and math.isfinite(value) and abs(value) <= MAX_NUMBER
        or isinstance(value, int) and abs(value) <= MAX_NUMBER)


def _checker(hint: Any):
    """A function value -> (ok, cleaned value) for one field's declared type."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is str:
        return lambda v: (True, _clean(v)) if isinstance(v, str) else (False, v)
    if hint is bool:
        return lambda v: (isinstance(v, bool), v)
    if hint in (int, float):
        return lambda v: (_number(v), v)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", typing.Union)) and type(None) in args:
        inner = _checker(next(a for a in args if a is not type(None)))
        return lambda v: (True, None) if v is None else inner(v)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _checker(args[0])

            def check_seq(v: Any) -> tuple[bool, Any]:
                if not isinstance(v, list) or len(v) > 10_000:
                    return False, v
                out = []
                for x in v:
                    ok, x = item(x)
                    if not ok:
                        return False, v
                    out.append(x)
                return True, out
            return check_seq
        items = [_checker(a) for a in args]

        def check_fixed(v: Any) -> tuple[bool, Any]:
            if not isinstance(v, list) or len(v) != len(items):
                return False, v
            out = []
            for c, x in zip(items, v):
                ok, x = c(x)
                if not ok:
                    return False, v
                out.append(x)
            return True, out
        return check_fixed
    return lambda v: (True, v)


def _build_schemas() -> dict[str, dict[str, Any]]:
    import dataclasses

    from voice_companion.events import EVENT_CLASSES

    schemas: dict[str, dict[str, Any]] = {}
    for name, cls in EVENT_CLASSES.items():
        hints = typing.get_type_hints(cls)
        schemas[name] = {f.name: _checker(hints[f.name]) for f in dataclasses.fields(cls) if f.name != "t"}
    return schemas


_SCHEMAS: dict[str, dict[str, Any]] | None = None


def validate_record(record: Any) -> dict[str, Any] | None:
    """The record with its fields checked against its event type, or None when it is not one.

    Every event needs a string `type` and a finite, non-negative `t` of sane size;
    each known field of a known type must have its declared type (lists for tuples);
    strings lose terminal control characters. Unknown types and fields pass as they are
    (a newer program's log), with their strings cleaned at the top level.
    """
    global _SCHEMAS
    if not isinstance(record, dict) or not isinstance(record.get("type"), str):
        return None
    t = record.get("t")
    if not _number(t) or t < 0 or t > MAX_T:
        return None
    if _SCHEMAS is None:
        _SCHEMAS = _build_schemas()
    schema = _SCHEMAS.get(record["type"], {})
    out: dict[str, Any] = {}
    for key, value in record.items():
        check = schema.get(key)
        if check is not None:
            ok, value = check(value)
            if not ok:
                return None
        elif isinstance(value, str):
            value = _clean(value)
        out[key] = value
    if "ts" in out and not isinstance(out["ts"], str):
        return None
    return out


def iter_log_lines(lines: Iterable[bytes]) -> Iterator[tuple[int, dict[str, Any] | None]]:
    """Yield (line number, record or None when the line cannot be parsed or is not a valid event)."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        if len(raw) > 1_000_000:
            yield number, None
            continue
        try:
            record = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            yield number, None
            continue
        yield number, validate_record(record)


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
