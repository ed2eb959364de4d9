"""The user's settings: a TOML file, every key optional, every mistake one clear line.

    load_config()            -> Config from $VOICE_COMPANION_CONFIG or paths.config_file()
    load_config(path)        -> Config from that file
    parse_config(data, src)  -> Config from TOML bytes (no file access)

A missing file gives the defaults. A file with an error (bad TOML, an unknown
key, a value of the wrong type or out of range) raises UserError with one line
that names the file, the line where it can be found, the key and how to fix it.

Example config.toml:

    model = "vosk-model-small-nl-0.22"
    whisper_volume = 0.3
    crisis_number = "113"
    redact_names = ["Sanne", "Mohammed"]
    retention_days = 30
    encrypt_logs = true
    key_file = "~/.config/voice-companion/log.key"
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from voice_companion import paths
from voice_companion.defaults import CRISIS_NUMBER, WHISPER_RATE
from voice_companion.errors import UserError
from voice_companion.i18n import _

ENV_CONFIG = "VOICE_COMPANION_CONFIG"
UI_CHOICES = ("page", "terminal", "none")


@dataclass(frozen=True)
class Config:
    model: str | None = None
    input_device: str | int | None = None
    output_device: str | int | None = None
    whisper_volume: float = 0.3
    whisper_rate: int = WHISPER_RATE
    whisper_min_interval: float = 20.0
    silence_wait: float = 1.5
    end_silence: float = 0.5
    crisis_number: str = CRISIS_NUMBER  # 113 Zelfmoordpreventie; also 0800-0113
    redaction: bool = True
    redaction_model: bool = True  # the learned word tagger beside the redaction rules
    redact_names: tuple[str, ...] = field(default=(), repr=False)  # never in tracebacks
    store_audio: bool = False
    retention_days: int = 30
    encrypt_logs: bool = False
    key_file: Path | None = None
    worker: str | None = None
    ui: str = "page"
    safety_norm: float = 60.0  # report: seconds to the direct safety question above which it shows red
    suggestion_seconds: float = 90.0  # a suggestion nobody took up leaves the screen after this
    interaction: str | None = None  # the interaction type a session starts with (visitor, complainant, customer)
    bank: Path | None = None  # the question bank (after --bank and $VOICE_COMPANION_BANK; see bank.bank_source)
    source: Path | None = field(default=None, compare=False)  # the file it came from, if any

    def to_dict(self) -> dict[str, Any]:
        """Settings as plain values (for `config show`); names are counted, not shown."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            if f.name == "source":
                continue
            value = getattr(self, f.name)
            if isinstance(value, Path):
                value = str(value)
            if isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        return out


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
class _Bad(Exception):
    """A value is wrong; the message says what is expected."""


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _optional_str(what: str, max_len: int = 200) -> Callable[[Any], Any]:
    def check(v: Any) -> Any:
        if not isinstance(v, str):
            raise _Bad(_('use {what} in quotes').format(what=what))
        v = v.strip()
        if "\n" in v or "\r" in v or len(v) > max_len:
            raise _Bad(_('use {what} on one line of at most {max_len} characters').format(what=what, max_len=max_len))
        return v or None
    return check


def _device(v: Any) -> Any:
    if isinstance(v, bool) or not isinstance(v, (str, int)):
        raise _Bad(_("use a device number (see 'voice-companion devices') or part of its name in quotes"))
    if isinstance(v, int):
        if v < 0:
            raise _Bad(_("use a device number of 0 or more (see 'voice-companion devices')"))
        return v
    v = v.strip()
    if "\n" in v or len(v) > 200:
        raise _Bad(_("use a device number or a short part of its name in quotes"))
    return v or None


def _number(low: float, high: float, *, low_open: bool = False) -> Callable[[Any], Any]:
    def check(v: Any) -> Any:
        if not _is_number(v) or not math.isfinite(v):
            raise _Bad(_('use a number from {low:g} to {high:g}').format(low=low, high=high))
        if v > high or v < low or (low_open and v == low):
            lo = f"more than {low:g}" if low_open else f"from {low:g}"
            raise _Bad(_('{v:g} is out of range; use a number {lo} to {high:g}').format(v=v, lo=lo, high=high))
        return float(v)
    return check


def _whole(low: int, high: int) -> Callable[[Any], Any]:
    def check(v: Any) -> Any:
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        if isinstance(v, bool) or not isinstance(v, int):
            raise _Bad(_('use a whole number from {low} to {high}').format(low=low, high=high))
        if not low <= v <= high:
            raise _Bad(_('{v} is out of range; use a whole number from {low} to {high}').format(v=v, low=low, high=high))
        return v
    return check


def _bool(v: Any) -> Any:
    if not isinstance(v, bool):
        raise _Bad(_("use true or false (without quotes)"))
    return v


def _crisis_number(v: Any) -> Any:
    if isinstance(v, int) and not isinstance(v, bool):
        v = str(v)  # crisis_number = 113 is a common slip; a number keeps no leading 0 though
    if not isinstance(v, str) or not re.fullmatch(r"\+?[0-9][0-9 \-]{1,19}", v.strip()):
        raise _Bad(_('use the phone number in quotes, e.g. "113" or "0800-0113"'))
    return v.strip()


def _names(v: Any) -> Any:
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise _Bad(_('use a list of names in quotes, e.g. ["Sanne", "Mohammed"]'))
    names = []
    for x in v:
        x = x.strip()
        if "\n" in x or len(x) > 100:
            raise _Bad(_("give each name on one line, at most 100 characters"))
        if x:
            names.append(x)
    return tuple(names)


def _retention(v: Any) -> Any:
    return _whole(1, 3650)(v)


def _ui(v: Any) -> Any:
    if not isinstance(v, str) or v.strip().lower() not in UI_CHOICES:
        raise _Bad("use one of " + ", ".join(f'"{c}"' for c in UI_CHOICES))
    return v.strip().lower()


def _interaction(v: Any) -> Any:
    from voice_companion.labels import INTERACTIONS

    if not isinstance(v, str) or v.strip().lower() not in INTERACTIONS:
        raise _Bad("use one of " + ", ".join(f'"{c}"' for c in INTERACTIONS) + " (bezoeker, klager, klant)")
    return v.strip().lower()


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "model": _optional_str("the model name or folder"),
    "input_device": _device,
    "output_device": _device,
    "whisper_volume": _number(0.0, 1.0),
    "whisper_rate": _whole(60, 400),
    "whisper_min_interval": _number(0.0, 3600.0),
    "silence_wait": _number(0.0, 60.0, low_open=True),
    "end_silence": _number(0.0, 10.0, low_open=True),
    "crisis_number": _crisis_number,
    "redaction": _bool,
    "redaction_model": _bool,
    "redact_names": _names,
    "store_audio": _bool,
    "retention_days": _retention,
    "encrypt_logs": _bool,
    "key_file": _optional_str("the path of the key file", 1000),
    "worker": _optional_str("a pseudonym (not your real name)", 64),
    "ui": _ui,
    "safety_norm": _number(1.0, 3600.0),
    "suggestion_seconds": _number(10.0, 3600.0),
    "interaction": _interaction,
    "bank": _optional_str("the path of the question bank (.yaml)", 1000),
}
KEYS = tuple(_CHECKS)


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------
def config_path() -> Path:
    """The config file in use: $VOICE_COMPANION_CONFIG if set, else the XDG location."""
    env = os.environ.get(ENV_CONFIG, "").strip()
    return Path(env).expanduser() if env else paths.config_file()


def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(
        rf"""^[ \t]*(?:\[+[ \t]*)?(?:{re.escape(key)}|"{re.escape(key)}"|'{re.escape(key)}')[ \t]*(?:=|\]|\.)""",
        re.MULTILINE,
    )
    m = pattern.search(text)
    return text.count("\n", 0, m.start()) + 1 if m else None


def _where(source: str, text: str, key: str) -> str:
    line = _line_of(text, key)
    return (_("config file {source}, line {line}").format(source=source, line=line) if line
            else _("config file {source}").format(source=source))


def _one_line(s: str, limit: int = 60) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def parse_config(data: bytes, source: str = "<config>", *, base_dir: Path | None = None) -> Config:
    """A Config from the bytes of a TOML file; UserError (one line) on any mistake."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UserError(_('config file {source}, line {line}: not UTF-8 text; save the file as UTF-8').format(source=source, line=line))
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"\(at line (\d+), column (\d+)\)", msg)
        reason = _one_line(re.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "", msg))
        if reason.startswith("Cannot overwrite") or reason.startswith("Cannot declare"):
            reason = "a key or section is set twice; keep one"
        where = f"line {m.group(1)}, column {m.group(2)}" if m else "at the end"
        raise UserError(
            _('config file {source}, {where}: not valid TOML ({reason}); write settings as key = value, text in quotes, e.g. crisis_number = "113"').format(source=source, where=where, reason=reason)
        )
    except (ValueError, RecursionError) as exc:  # defensive: tomllib bugs on odd input
        raise UserError(_('config file {source}: cannot be read as TOML ({value}); fix or remove the file').format(source=source, value=_one_line(exc)))

    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in _CHECKS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f"did you mean '{close[0]}'?" if close else "known keys: " + ", ".join(KEYS)
            kind = "section" if isinstance(value, dict) else "key"
            shown = _one_line(key, 40)
            raise UserError(_("{value}: unknown {kind} '{shown}'; {hint}").format(value=_where(source, text, key), kind=kind, shown=shown, hint=hint))
        try:
            values[key] = _CHECKS[key](value)
        except _Bad as exc:
            raise UserError(_('{value}: {key}: {exc}').format(value=_where(source, text, key), key=key, exc=exc)) from None
    for path_key in ("key_file", "bank"):
        value = values.get(path_key)
        if value is not None:
            kf = Path(value).expanduser()
            if not kf.is_absolute() and base_dir is not None:
                kf = base_dir / kf
            values[path_key] = kf
    return Config(**values)


def load_config(path: Path | str | None = None) -> Config:
    """Load the settings; a missing file gives the defaults."""
    path = Path(path).expanduser() if path is not None else config_path()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Config()
    except IsADirectoryError:
        raise UserError(_('config file {path} is a folder; give the path of a .toml file').format(path=path))
    except PermissionError:
        raise UserError(_("cannot read the config file {path}: permission denied; run 'chmod 600 {path}'").format(path=path))
    except OSError as exc:
        raise UserError(_('cannot read the config file {path}: {value}').format(path=path, value=exc.strerror or exc))
    config = parse_config(data, str(path), base_dir=path.parent)
    return dataclasses.replace(config, source=path)
