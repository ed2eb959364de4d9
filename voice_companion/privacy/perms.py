"""Is a session file private? Logs, notes, reports and keys must be readable by the user only.

    check_private(path)   -> warning string, or None when the file and its folder are private
    make_private(path)    -> chmod the file 0600 and its folder 0700; returns what it changed
    check_folder(folder)  -> warnings for the folder and every file directly in it

On systems without POSIX permissions (Windows) the checks return nothing.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from voice_companion.paths import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE
from voice_companion.i18n import _

_OPEN_BITS = stat.S_IRWXG | stat.S_IRWXO


def _posix() -> bool:
    return os.name == "posix"


def _who(mode: int) -> str:
    group = bool(mode & stat.S_IRWXG)
    others = bool(mode & stat.S_IRWXO)
    return _("group and others") if group and others else _("group") if group else _("others")


def _problem(path: Path, st: os.stat_result, kind: str) -> str | None:
    mode = stat.S_IMODE(st.st_mode)
    if mode & _OPEN_BITS:
        verb = _("readable") if mode & (stat.S_IRGRP | stat.S_IROTH) else _("accessible")
        fix = "700" if kind == "folder" else "600"
        return _("{kind} {path} is {verb} by {who} (mode {mode:04o}); "
                 "run 'chmod {fix} {path}' or 'voice-companion config check --fix'").format(
                     kind=_("folder") if kind == "folder" else _("file"), path=path, verb=verb, who=_who(mode),
                     mode=mode, fix=fix)
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return _("{kind} {path} belongs to another user (uid {uid}); move it to your own folder").format(
            kind=_("folder") if kind == "folder" else _("file"), path=path, uid=st.st_uid)
    return None


def check_private(path: Path | str, *, folder: bool = True) -> str | None:
    """A one-line warning when `path` or its folder can be read by group/others, else None.

    A folder given as `path` is checked itself; a missing file gives None (nothing to leak).
    With folder=False only the file itself is checked (a key or config file in ~/.config).
    """
    if not _posix():
        return None
    path = Path(path)
    try:
        st = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except PermissionError:
        return _("cannot check {path}: permission denied").format(path=path)
    if stat.S_ISDIR(st.st_mode):
        return _problem(path, st, "folder")
    warning = _problem(path, st, "file")
    if warning or not folder:
        return warning
    parent = path.parent
    try:
        return _problem(parent, parent.stat(), "folder")
    except OSError:
        return None


def make_private(path: Path | str, *, folder: bool = True) -> list[str]:
    """Make a file 0600 and (with `folder`) its folder 0700 (a folder given as path: 0700); returns changes.

    `folder=False` for a file that lives in a folder that is not the program's own
    (a key file in HOME: HOME is never chmodded)."""
    if not _posix():
        return []
    path = Path(path)
    changed: list[str] = []
    targets = [path] if path.is_dir() or not folder else [path, path.parent]
    for target in targets:
        try:
            st = target.stat()
        except OSError:
            continue
        want = PRIVATE_DIR_MODE if stat.S_ISDIR(st.st_mode) else PRIVATE_FILE_MODE
        if stat.S_IMODE(st.st_mode) & _OPEN_BITS:
            os.chmod(target, want)
            changed.append(f"{target}: {stat.S_IMODE(st.st_mode):04o} -> {want:04o}")
    return changed


def check_folder(folder: Path | str) -> list[str]:
    """Warnings for `folder` and for every regular file directly inside it."""
    folder = Path(folder)
    warnings: list[str] = []
    first = check_private(folder)
    if first:
        warnings.append(first)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return warnings
    for entry in sorted(entries, key=lambda e: e.name):
        if entry.is_file(follow_symlinks=False):
            try:
                w = _problem(Path(entry.path), entry.stat(follow_symlinks=False), "file")
            except OSError:
                continue
            if w:
                warnings.append(w)
    return warnings


def fix_folder(folder: Path | str) -> list[str]:
    """make_private on `folder` and every regular file directly inside it."""
    folder = Path(folder)
    changed = make_private(folder)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return changed
    for entry in entries:
        if entry.is_file(follow_symlinks=False):
            changed += [c for c in make_private(entry.path) if not c.startswith(f"{folder}:")]
    return changed


def warn_if_shared(path: Path | str) -> None:
    """After a command succeeded: one warning line when a log can be read by others.

    Told, not refused (the supervisor may be reading a copy); the file name
    alone reveals no call content, so only the file itself is checked.
    """
    import sys

    warning = check_private(path, folder=False)
    if warning:
        print(_('voice-companion: warning: {warning}').format(warning=warning), file=sys.stderr)
