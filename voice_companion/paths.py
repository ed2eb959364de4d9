"""Where the companion keeps its files: private to the user, in XDG locations.

Call content is sensitive, so every folder we create is 0700 and every file
0600, whatever the umask says.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import platformdirs

APP = "voice-companion"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def data_dir() -> Path:
    """The user's data directory ($XDG_DATA_HOME/voice-companion)."""
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "config.toml"


def sessions_dir() -> Path:
    return data_dir() / "sessions"


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) and make the leaf private to the user."""
    path.mkdir(parents=True, exist_ok=True)
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:  # take group and others' rights away; never add rights (a read-only folder stays so)
        os.chmod(path, mode & 0o700)
    return path


def open_private(path: Path, *, append: bool = True, binary: bool = False):
    """Open a file for writing that only its owner can read, creating it 0600."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    os.chmod(path, PRIVATE_FILE_MODE)  # an existing file may have had wider rights
    mode = ("a" if append else "w") + ("b" if binary else "")
    return os.fdopen(fd, mode) if binary else os.fdopen(fd, mode, encoding="utf-8")


def new_session_log_path(now: float | None = None) -> Path:
    """A fresh log path in the sessions folder, named by local start time."""
    folder = ensure_private_dir(sessions_dir())
    stamp = time.strftime("%Y-%m-%d_%H%M%S", time.localtime(now))
    path = folder / f"session-{stamp}.jsonl"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"session-{stamp}-{n}.jsonl"
    return path
