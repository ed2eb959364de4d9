"""Session logs encrypted at rest, still crash-safe line by line.

File format (`<name>.jsonl.enc`), UTF-8/ASCII lines:

    line 1   {"format": "voice-companion-log", "enc": "fernet-lines", "version": 1,
              "kdf": "scrypt", "n": 32768, "r": 8, "p": 1, "salt": "<base64>",
              "check": "<fernet token of a known text>", "created": "<ISO time>"}
    line 2.. one Fernet token a line, each the encryption of one JSON log line

Each line is its own token, flushed as it is written, so a crash loses at most
the line being written; a damaged or truncated token is skipped and counted by
the reader like any unparseable line. The key is derived with scrypt from a
passphrase (env VOICE_COMPANION_PASSPHRASE, or the config's key_file) and the
file's own salt; the header's "check" token tells a wrong passphrase from
damaged lines.

What it does not hide: the header's creation time, the number of lines, each
line's approximate length and (Fernet) each line's encryption time in seconds.

    key = write_key(config)                         # LogKey, or None unless encrypt_logs
    stream = open_log_stream(encrypted_path(p), key) # what LogWriter writes to
    for raw in log_lines(path, read_key(config)):   # bytes lines for iter_log_lines
"""

from __future__ import annotations

import base64
import json
import os
import stat
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Iterator

from voice_companion.errors import UserError
from voice_companion.paths import open_private
from voice_companion.i18n import _

ENV_PASSPHRASE = "VOICE_COMPANION_PASSPHRASE"
FORMAT = "voice-companion-log"
ENC = "fernet-lines"
SUFFIX = ".enc"
CHECK_TEXT = b"voice-companion log key check"
# What a line that fails to decrypt yields: not blank (so iter_log_lines counts it
# as skipped instead of ignoring it) and never valid JSON.
UNDECRYPTABLE = b"\x00undecryptable line\x00"
DEFAULT_N, DEFAULT_R, DEFAULT_P = 2**15, 8, 1
_MAX_HEADER = 64 * 1024


def _fernet_module():
    try:
        from cryptography.fernet import Fernet, InvalidToken
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
    except ImportError:  # pragma: no cover - depends on the install
        raise UserError(
            _("encrypted logs need the 'cryptography' package; install it with "
            "'pip install cryptography' or set encrypt_logs = false")
        ) from None
    return Fernet, InvalidToken, Scrypt


class LogKey:
    """A passphrase for encrypted logs; the key itself is derived per file (salt)."""

    def __init__(self, passphrase: bytes | str, *, origin: str = "passphrase"):
        if isinstance(passphrase, str):
            passphrase = passphrase.encode("utf-8")
        if not passphrase:
            raise UserError(_('the {origin} is empty; give a passphrase of at least 8 characters').format(origin=origin))
        self._secret = passphrase
        self.origin = origin
        self._cache: dict[tuple[bytes, int, int, int], bytes] = {}

    def __repr__(self) -> str:
        return f"LogKey(from {self.origin})"

    def fernet_key(self, salt: bytes, n: int, r: int, p: int) -> bytes:
        cached = self._cache.get((salt, n, r, p))
        if cached is None:
            _, _, Scrypt = _fernet_module()
            raw = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(self._secret)
            cached = base64.urlsafe_b64encode(raw)
            self._cache[(salt, n, r, p)] = cached
        return cached

    def fernet(self, salt: bytes, n: int, r: int, p: int):
        Fernet, _, _ = _fernet_module()
        return Fernet(self.fernet_key(salt, n, r, p))

    # -- where keys come from ----------------------------------------------
    @classmethod
    def from_file(cls, path: Path | str) -> "LogKey":
        """The passphrase in a key file (first line); the file must be private."""
        path = Path(path).expanduser()
        try:
            st = path.stat()
            data = path.read_bytes()
        except FileNotFoundError:
            raise UserError(_('key file {path} does not exist; create it (chmod 600) or fix key_file in the config').format(path=path)) from None
        except IsADirectoryError:
            raise UserError(_('key file {path} is a folder; key_file must name a file').format(path=path)) from None
        except PermissionError:
            raise UserError(_('cannot read the key file {path}: permission denied').format(path=path)) from None
        if os.name == "posix" and stat.S_IMODE(st.st_mode) & 0o077:
            raise UserError(
                _("key file {path} can be read by others (mode {value:04o}); run 'chmod 600 {path}'").format(path=path, value=stat.S_IMODE(st.st_mode))
            )
        secret = data.splitlines()[0].strip() if data.strip() else b""
        return cls(secret, origin=_("key file {path}").format(path=path))

    @classmethod
    def from_env(cls) -> "LogKey | None":
        value = os.environ.get(ENV_PASSPHRASE)
        if value is None or value == "":
            return None
        return cls(value, origin=f"${ENV_PASSPHRASE}")


def resolve_key(config: Any = None, *, required: bool | None = None) -> LogKey | None:
    """The log key: $VOICE_COMPANION_PASSPHRASE, else the config's key_file, else None.

    `required` defaults to the config's encrypt_logs: then a missing key is a UserError.
    """
    if required is None:
        required = bool(getattr(config, "encrypt_logs", False))
    key = LogKey.from_env()
    if key is None:
        key_file = getattr(config, "key_file", None)
        if key_file:
            key = LogKey.from_file(key_file)
    if key is None and required:
        raise UserError(
            _('encrypted logs need a passphrase: set {ENV_PASSPHRASE} or key_file in the config (or set encrypt_logs = false)').format(ENV_PASSPHRASE=ENV_PASSPHRASE)
        )
    return key


def write_key(config: Any) -> LogKey | None:
    """The key to encrypt new logs with: None unless the config says encrypt_logs = true
    (then a missing passphrase is a UserError, raised before any log is opened)."""
    if not getattr(config, "encrypt_logs", False):
        return None
    key = resolve_key(config, required=True)
    if key is not None and len(key._secret) < MIN_PASSPHRASE:  # reading old logs still works
        raise UserError(_('the {origin} is too short for new encrypted logs; give a passphrase of at least {MIN_PASSPHRASE} characters').format(origin=key.origin, MIN_PASSPHRASE=MIN_PASSPHRASE))
    return key


MIN_PASSPHRASE = 8


def read_key(config: Any = None) -> LogKey | None:
    """The key to read .enc logs with, when one is configured (None otherwise)."""
    return resolve_key(config, required=False)


def encrypted_path(path: Path | str) -> Path:
    """session-x.jsonl -> session-x.jsonl.enc"""
    path = Path(path)
    return path if path.name.endswith(SUFFIX) else path.with_name(path.name + SUFFIX)


def is_encrypted_log(path: Path | str) -> bool:
    """True for a .enc name or a file whose first line is our encryption header."""
    path = Path(path)
    if path.name.endswith(SUFFIX):
        return True
    try:
        with open(path, "rb") as handle:
            first = handle.readline(_MAX_HEADER)
    except OSError:
        return False
    if not first.startswith(b"{") or ENC.encode() not in first:
        return False
    try:
        header = json.loads(first.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return False
    return isinstance(header, dict) and header.get("enc") == ENC


# ---------------------------------------------------------------------------
# Header
# ---------------------------------------------------------------------------
def _user_salt() -> bytes:
    """One random salt per user (data folder, 0600), so reading a folder of
    encrypted logs derives the key once instead of once per file; Fernet still
    gives every line its own random IV."""
    from voice_companion.paths import data_dir, ensure_private_dir

    path = data_dir() / "log-salt"
    try:
        salt = base64.b64decode(path.read_bytes().strip(), validate=True)
        if len(salt) >= 16:
            return salt
    except (OSError, ValueError):
        pass
    ensure_private_dir(path.parent)
    salt = os.urandom(16)
    with open_private(path, append=False) as handle:
        handle.write(base64.b64encode(salt).decode("ascii") + "\n")
    return salt


def _new_header(key: LogKey, n: int, r: int, p: int, created: datetime | None) -> tuple[dict[str, Any], Any]:
    salt = _user_salt()
    fernet = key.fernet(salt, n, r, p)
    header = {
        "format": FORMAT, "enc": ENC, "version": 1, "kdf": "scrypt",
        "n": n, "r": r, "p": p, "salt": base64.b64encode(salt).decode("ascii"),
        "check": fernet.encrypt(CHECK_TEXT).decode("ascii"),
        "created": (created or datetime.now().astimezone()).isoformat(timespec="seconds"),
    }
    return header, fernet


def read_header(path: Path | str) -> dict[str, Any]:
    """The parsed header line of an encrypted log (UserError when it is not one)."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            first = handle.readline(_MAX_HEADER)
    except FileNotFoundError:
        raise UserError(_('no session log at {path}').format(path=path)) from None
    except IsADirectoryError:
        raise UserError(_('{path} is a folder; give one session log file').format(path=path)) from None
    except PermissionError:
        raise UserError(_('cannot read {path}: permission denied').format(path=path)) from None
    return _parse_header(path, first)


def _parse_header(path: Path, first: bytes) -> dict[str, Any]:
    try:
        header = json.loads(first.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        header = None
    if not isinstance(header, dict) or header.get("enc") != ENC:
        raise UserError(_('{path} is not an encrypted voice-companion log (its first line is not the header)').format(path=path))
    ok = (
        header.get("kdf") == "scrypt"
        and header.get("version") == 1
        and all(isinstance(header.get(k), int) and not isinstance(header.get(k), bool) for k in ("n", "r", "p"))
        and isinstance(header.get("salt"), str)
        and isinstance(header.get("check"), str)
    )
    if ok:
        n, r, p = header["n"], header["r"], header["p"]
        ok = 2**10 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16 and n * r <= 2**20
    if ok:
        try:
            header["_salt"] = base64.b64decode(header["salt"], validate=True)
        except ValueError:
            ok = False
    if not ok:
        raise UserError(_('the header of encrypted log {path} is damaged or from a newer version; it cannot be read').format(path=path))
    return header


def _fernet_for(path: Path, header: dict[str, Any], key: LogKey | None):
    if key is None:
        raise UserError(_('{path} is encrypted; set {ENV_PASSPHRASE} or key_file in the config to read it').format(
            path=path, ENV_PASSPHRASE=ENV_PASSPHRASE))
    _fernet_cls, InvalidToken, _unused = _fernet_module()  # (not `_`: that is the translation function)
    fernet = key.fernet(header["_salt"], header["n"], header["r"], header["p"])
    try:
        ok = fernet.decrypt(header["check"].encode("ascii")) == CHECK_TEXT
    except (InvalidToken, UnicodeEncodeError, ValueError):
        ok = False
    if not ok:
        raise UserError(_('cannot decrypt {path}: wrong passphrase ({origin}); use the passphrase the log was written with').format(
            path=path, origin=key.origin))
    return fernet


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------
class EncryptedLineWriter:
    """A text file-like object that stores each written line as one Fernet token.

    write(str) buffers until a newline, then encrypts and writes each complete
    line; flush() pushes the tokens to the OS (with fileno() for fsync). An
    existing encrypted log is appended to after checking the key.
    """

    def __init__(self, path: Path | str, key: LogKey, *, n: int = DEFAULT_N, r: int = DEFAULT_R,
                 p: int = DEFAULT_P, created: datetime | None = None):
        self.path = Path(path)
        self._pending = ""
        existing = self.path.exists() and self.path.stat().st_size > 0
        if existing:
            header = read_header(self.path)
            self._fernet = _fernet_for(self.path, header, key)
            self._file: IO[bytes] = open_private(self.path, append=True, binary=True)
            self._ensure_line_start()
        else:
            header, self._fernet = _new_header(key, n, r, p, created)
            self._file = open_private(self.path, append=False, binary=True)
            self._file.write(json.dumps(header).encode("ascii") + b"\n")
            self._file.flush()
            os.fsync(self._file.fileno())

    def _ensure_line_start(self) -> None:
        """After a crash mid-line, start on a fresh line so the next token is intact."""
        with open(self.path, "rb") as handle:
            handle.seek(-1, os.SEEK_END)
            if handle.read(1) != b"\n":
                self._file.write(b"\n")

    @property
    def closed(self) -> bool:
        return self._file.closed

    def write(self, text: str) -> int:
        if self._file.closed:
            raise ValueError("write to a closed log")
        self._pending += text
        if "\n" in self._pending:
            *lines, self._pending = self._pending.split("\n")
            for line in lines:
                self._write_line(line)
        return len(text)

    def encode_line(self, line: str) -> bytes:
        """One line as the bytes to append (LogWriter writes them to fileno() itself)."""
        return self._fernet.encrypt(line.encode("utf-8")) + b"\n"

    def _write_line(self, line: str) -> None:
        token = self._fernet.encrypt(line.encode("utf-8"))
        self._file.write(token + b"\n")

    def flush(self) -> None:
        self._file.flush()

    def fileno(self) -> int:
        return self._file.fileno()

    def close(self) -> None:
        if self._file.closed:
            return
        if self._pending:
            self._write_line(self._pending)
            self._pending = ""
        self._file.flush()
        self._file.close()

    def __enter__(self) -> "EncryptedLineWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_log_stream(path: Path | str, key: LogKey | None, **kdf: int):
    """The file object a LogWriter writes to: private plain text, or encrypted lines.

    With a key, the log is encrypted (the caller names it `<name>.jsonl.enc`,
    see encrypted_path). The object has write(str), flush(), fileno(), close(), closed.
    """
    path = Path(path)
    if key is None:
        return open_private(path, append=True)
    return EncryptedLineWriter(path, key, **kdf)


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------
def read_lines(path: Path | str, key: LogKey | None) -> Iterator[bytes]:
    """The decrypted lines of an encrypted log, as bytes (each ending in a newline).

    The header line yields b"" (so line numbers match the file's); a line that
    does not decrypt yields UNDECRYPTABLE, which iter_log_lines counts as skipped.
    A wrong passphrase raises UserError before anything is yielded.
    """
    path = Path(path)
    header = read_header(path)
    fernet = _fernet_for(path, header, key)
    _, InvalidToken, _ = _fernet_module()
    return _decrypt_lines(path, fernet, InvalidToken)


def _decrypt_lines(path: Path, fernet: Any, invalid: type[Exception]) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        handle.readline(_MAX_HEADER)
        yield b""
        for raw in handle:
            token = raw.strip()
            if not token:
                yield b""
                continue
            try:
                yield fernet.decrypt(token) + b"\n"
            except (invalid, ValueError, TypeError):
                yield UNDECRYPTABLE


def log_lines(path: Path | str, key: LogKey | None = None) -> Iterator[bytes]:
    """Byte lines of any session log: plain .jsonl as is, .jsonl.enc decrypted.

    Feed them to sessionlog.iter_log_lines. Errors (missing file, wrong
    passphrase, no key for an encrypted log) are raised as UserError at once.
    """
    path = Path(path)
    if is_encrypted_log(path):
        return read_lines(path, key)
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        raise UserError(_('no session log at {path}; give the path of a .jsonl log (sessions are in ~/.local/share/voice-companion/sessions)').format(path=path)) from None
    except IsADirectoryError:
        raise UserError(_('{path} is a folder; give one session log file (.jsonl)').format(path=path)) from None
    except PermissionError:
        raise UserError(_('cannot read {path}: permission denied').format(path=path)) from None
    return _plain_lines(handle)


def _plain_lines(handle: IO[bytes]) -> Iterator[bytes]:
    with handle:
        yield from handle
