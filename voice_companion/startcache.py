"""A start-up cache for what the bank file and the code alone decide: the parsed and checked bank, the crisis
detector's compiled rule sets and the learned models read from their files.

Checking the bank (five thousand lines of questions, cues and rules) took a quarter of a second at every start, half
the time to the first answer. The checked bank is pickled in the user's cache folder (`$XDG_CACHE_HOME` or
`~/.cache`, `voice-companion/`, private to the user), keyed by the bank's bytes, its path and the package's own
source, so any change to either checks afresh (the rule sets by the rules themselves, a model by its file's bytes).
Never call data. Each kind keeps its newest few versions (KEEP): the folder does not grow with every retrained model.
A bank with errors is never cached (its one-line messages come every time), and a cache that cannot be read or
written is simply passed by:
`VOICE_COMPANION_CACHE=off` turns it off, `VOICE_COMPANION_CACHE=/some/folder` moves it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")
KEEP = 6  # versions kept per kind: the shipped bank, a test's copy, an edit being tried
_PACKAGE = Path(__file__).resolve().parent
_code_digest: str | None = None


def _code() -> str:
    """The package's source and the Python version: a new release or an edited module makes new keys."""
    global _code_digest
    if _code_digest is None:
        digest = hashlib.sha256(sys.version.encode())
        for path in sorted(_PACKAGE.rglob("*.py")):
            digest.update(path.relative_to(_PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
        _code_digest = digest.hexdigest()
    return _code_digest


def cache_dir() -> Path | None:
    setting = os.environ.get("VOICE_COMPANION_CACHE", "")
    if setting.lower() == "off":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "voice-companion"


def cached(kind: str, parts: list[bytes], build: Callable[[], T]) -> T:
    """`build()`'s value for these inputs, from the cache when it holds it; an exception from `build` is not cached."""
    folder = cache_dir()
    if folder is None:
        return build()
    digest = hashlib.sha256(kind.encode() + b"\0" + _code().encode())
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    path = folder / f"{kind}-{digest.hexdigest()[:40]}.pickle"
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except Exception:  # noqa: BLE001 - absent, unreadable or from another version: build it
        pass
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with open(temporary, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
        _prune(folder, kind)
    except Exception:  # noqa: BLE001 - a read-only home, a full disk: run without the cache
        pass
    return value


def _prune(folder: Path, kind: str) -> None:
    """Only the newest KEEP files of a kind stay."""
    def age(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return 0.0

    versions = sorted(folder.glob(f"{kind}-*.pickle"), key=age, reverse=True)
    for old in versions[KEEP:]:
        try:
            old.unlink()
        except OSError:
            pass
