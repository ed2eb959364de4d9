"""Remove old sessions: logs with their supervisor notes and reports.

A session's age is its start time: the `ts` of the log's first line (for an
encrypted log the header's `created`), else the file's modification time.
Only regular files directly in the given folder are considered; symlinks and
subfolders are left alone, and so are .jsonl files that are not session logs.

What belongs to a log `session-X.jsonl` (or `.jsonl.enc`):
    session-X.jsonl.notes.jsonl   its notes (also `session-X.notes.jsonl`)
    session-X*.html               its reports (`session-X.html`, `session-X-verslag.html`)
    session-X*.wav (.flac, ...)   its audio, when store_audio is on
A file is matched to the log with the longest name it starts with, so the
reports of `session-X-2.jsonl` never go with `session-X.jsonl`.
Notes and reports whose log is already gone are removed by their own age when
their name starts with "session-".
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from voice_companion.errors import UserError
from voice_companion.i18n import _, ngettext

LOG_SUFFIXES = (".jsonl.enc", ".jsonl")
NOTES_SUFFIXES = (".notes.jsonl", ".notes.jsonl.enc")
REPORT_SUFFIXES = (".html", ".htm")
AUDIO_SUFFIXES = (".wav", ".flac", ".ogg", ".opus", ".mp3")  # store_audio = true
_FIRST_LINE_MAX = 256 * 1024

_DURATION = re.compile(
    r"\s*(\d+(?:\.\d+)?)\s*(h|hr|hrs|hour|hours|u|uur|d|day|days|dag|dagen|w|wk|week|weeks|weken)\s*",
    re.IGNORECASE,
)
_UNIT_HOURS = {"h": 1, "hr": 1, "hrs": 1, "hour": 1, "hours": 1, "u": 1, "uur": 1,
               "d": 24, "day": 24, "days": 24, "dag": 24, "dagen": 24,
               "w": 168, "wk": 168, "week": 168, "weeks": 168, "weken": 168}


def parse_duration(text: str) -> timedelta:
    """'30d', '12h', '2w' (also '36 uur', '3 dagen') -> timedelta; UserError otherwise."""
    m = _DURATION.fullmatch(text or "")
    hint = _("use a number with h, d or w, e.g. 12h, 30d or 2w")
    if not m:
        raise UserError(_("--older-than '{text}' is not a duration; {hint}").format(text=text, hint=hint))
    hours = float(m.group(1)) * _UNIT_HOURS[m.group(2).lower()]
    if hours <= 0:
        raise UserError(_("--older-than '{text}' must be more than zero; {hint}").format(text=text, hint=hint))
    if hours > 24 * 365 * 100:
        raise UserError(_("--older-than '{text}' is more than 100 years; {hint}").format(text=text, hint=hint))
    return timedelta(hours=hours)


def describe(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours % 24 == 0:
        n = int(hours // 24)
        return ngettext("{n} day", "{n} days", n).format(n=n)
    return ngettext("{hours:g} hour", "{hours:g} hours", 1 if hours == 1 else 2).format(hours=hours)


def human_bytes(n: int) -> str:
    value = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "bytes":
                return "1 byte" if n == 1 else f"{n} bytes"
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{n} bytes"  # pragma: no cover


@dataclass
class PurgedSession:
    log: Path
    started: datetime
    by: str  # "ts" (from the log) or "mtime"
    files: list[Path] = field(default_factory=list)
    size: int = 0


@dataclass
class PurgeResult:
    folder: Path
    cutoff: datetime
    dry_run: bool
    sessions: list[PurgedSession] = field(default_factory=list)
    orphans: list[Path] = field(default_factory=list)
    orphans_size: int = 0
    kept: int = 0
    not_logs: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def files(self) -> int:
        return sum(len(s.files) for s in self.sessions) + len(self.orphans)

    @property
    def size(self) -> int:
        return sum(s.size for s in self.sessions) + self.orphans_size


def _log_stem(name: str) -> str | None:
    if name.endswith(NOTES_SUFFIXES):
        return None
    for suffix in LOG_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return None


def _is_companion(name: str) -> bool:
    return name.endswith(NOTES_SUFFIXES) or name.lower().endswith(REPORT_SUFFIXES + AUDIO_SUFFIXES)


def _aware(dt: datetime) -> datetime:
    return dt.astimezone() if dt.tzinfo is None else dt


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return _aware(datetime.fromisoformat(value.strip()))
    except (ValueError, OverflowError, OSError):
        return None


def session_start(path: Path, mtime: float) -> tuple[datetime | None, str]:
    """(start time, how it was found) for a session log; (None, "") when it is not one."""
    try:
        with open(path, "rb") as handle:
            first = handle.readline(_FIRST_LINE_MAX)
    except OSError:
        first = b""
    record = None
    try:
        record = json.loads(first.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        pass
    if isinstance(record, dict):
        if record.get("enc") is not None:  # encrypted log header
            started = _parse_time(record.get("created"))
            if started is not None:
                return started, "ts"
        elif isinstance(record.get("type"), str):
            started = _parse_time(record.get("ts"))
            if started is not None:
                return started, "ts"
            return datetime.fromtimestamp(mtime).astimezone(), "mtime"
    if path.name.startswith("session-") or path.name.endswith(".jsonl.enc"):
        return datetime.fromtimestamp(mtime).astimezone(), "mtime"
    return None, ""


def purge_sessions(folder: Path | str, older_than: timedelta, *, now: datetime | None = None,
                   dry_run: bool = False) -> PurgeResult:
    """Remove (or with dry_run only list) sessions that started before now - older_than."""
    folder = Path(folder).expanduser()
    if not folder.exists():
        raise UserError(_('no sessions folder at {folder}; give an existing folder with --dir').format(folder=folder))
    if not folder.is_dir():
        raise UserError(_('--dir {folder} is not a folder; give the folder that holds the session logs').format(folder=folder))
    now = _aware(now) if now is not None else datetime.now(timezone.utc).astimezone()
    cutoff = now - older_than
    result = PurgeResult(folder=folder, cutoff=cutoff, dry_run=dry_run)

    try:
        entries = [e for e in os.scandir(folder) if e.is_file(follow_symlinks=False)]
    except PermissionError:
        raise UserError(_('cannot read the sessions folder {folder}: permission denied').format(folder=folder))
    stats = {}
    for entry in entries:
        try:
            stats[entry.name] = entry.stat(follow_symlinks=False)
        except OSError:
            continue
    logs = {name: stem for name in stats if (stem := _log_stem(name))}
    stems = sorted(set(logs.values()), key=len, reverse=True)
    by_stem: dict[str, list[str]] = {}
    orphans: list[str] = []
    for name in stats:
        if name in logs or not _is_companion(name):
            continue
        owner = next((s for s in stems if name.startswith(s) and len(name) > len(s)
                      and name[len(s)] in ".-_ "), None)
        if owner is None:
            orphans.append(name)
        else:
            by_stem.setdefault(owner, []).append(name)

    fresh_stems: set[str] = set()
    for name in sorted(logs):
        path = folder / name
        started, how = session_start(path, stats[name].st_mtime)
        if started is None:
            result.not_logs.append(path)
            fresh_stems.add(logs[name])  # its stem's companions are not ours to judge
            continue
        future_limit = cutoff + older_than + timedelta(days=1)  # now, and a day of clock slack
        if started > future_limit:  # a start in the future is a wrong clock or a crafted line: the file's age counts
            started, how = datetime.fromtimestamp(stats[name].st_mtime).astimezone(), "mtime"
        if started >= cutoff:
            result.kept += 1
            fresh_stems.add(logs[name])
            continue
        session = PurgedSession(log=path, started=started, by=how, files=[path], size=stats[name].st_size)
        result.sessions.append(session)
    # companions go with their log, unless another log of the same stem is kept
    for session in result.sessions:
        stem = logs[session.log.name]
        if stem in fresh_stems:
            continue
        for name in sorted(by_stem.get(stem, [])):
            session.files.append(folder / name)
            session.size += stats[name].st_size
        by_stem.pop(stem, None)
    for name in sorted(orphans):
        if not name.startswith("session-"):
            continue
        if datetime.fromtimestamp(stats[name].st_mtime).astimezone() < cutoff:
            result.orphans.append(folder / name)
            result.orphans_size += stats[name].st_size

    if not dry_run:
        for path in [f for s in result.sessions for f in s.files] + result.orphans:
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
            except OSError as exc:
                result.errors.append(_("could not remove {path}: {reason}").format(path=path, reason=exc.strerror or exc))
    return result
