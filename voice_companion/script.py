"""Session scripts: one worker utterance a line, `MM:SS words` (see contracts.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from voice_companion.errors import UserError
from voice_companion.i18n import _

_LINE = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})(?:\.(\d+))?\s+(\S.*)$")
_TIME_ONLY = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})(?:\.(\d+))?\s*$")
MAX_LINE = 10_000


@dataclass(frozen=True, slots=True)
class ScriptLine:
    number: int
    t: float
    text: str


def parse_time(hours: str | None, minutes: str, seconds: str, fraction: str | None) -> float:
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + float(f"0.{fraction}" if fraction else 0)


def parse_script(data: bytes, name: str = "<script>") -> list[ScriptLine]:
    """Parse a session script; a bad line is a UserError naming file and line."""
    lines: list[ScriptLine] = []
    previous = -1.0
    for number, raw in enumerate(data.splitlines(), start=1):
        try:
            line = raw.decode("utf-8").strip().lstrip("\ufeff")
        except UnicodeDecodeError:
            raise UserError(_('{name}:{number}: not UTF-8 text; save the script as UTF-8').format(name=name, number=number))
        if not line or line.startswith("#"):
            continue
        if len(line) > MAX_LINE:
            raise UserError(_('{name}:{number}: line is {value} characters long (at most {MAX_LINE}); split it into utterances').format(name=name, number=number, value=len(line), MAX_LINE=MAX_LINE))
        if _TIME_ONLY.match(line):
            raise UserError(_("{name}:{number}: a time but no words; write 'MM:SS words'").format(name=name, number=number))
        match = _LINE.match(line)
        if not match:
            raise UserError(_("{name}:{number}: no time at the start; write 'MM:SS words', e.g. '00:31 dus als ik het goed begrijp'").format(name=name, number=number))
        hours, minutes, seconds, fraction, text = match.groups()
        if int(seconds) >= 60 or (hours is not None and int(minutes) >= 60):
            raise UserError(_("{name}:{number}: '{value}' is not a time; seconds and minutes go up to 59").format(name=name, number=number, value=line.split()[0]))
        t = parse_time(hours, minutes, seconds, fraction)
        if t < previous:
            raise UserError(_('{name}:{number}: time {value} is earlier than the line before; keep lines in time order').format(name=name, number=number, value=line.split()[0]))
        previous = t
        lines.append(ScriptLine(number, t, text.strip()))
    if not lines:
        raise UserError(_("{name}: no utterances; write one 'MM:SS words' line per utterance").format(name=name))
    return lines


def read_script(path: Path | str) -> list[ScriptLine]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(_("no session script at {path}; give a text file of 'MM:SS words' lines").format(path=path))
    except IsADirectoryError:
        raise UserError(_('{path} is a folder; give a session script file').format(path=path))
    except PermissionError:
        raise UserError(_('cannot read {path}: permission denied').format(path=path))
    return parse_script(data, str(path))
