"""Annotated session scripts: a supervisor's judgement in comment lines.

The format is docs/annotated-script.md. The utterances are read by the
same parser as `simulate` (voice_companion/script.py), which skips every `#`
line, so `simulate` and the evaluator see the same words. This module reads
the `#` lines beside them:

    #: register je|u            header, before the first utterance
    #: interaction visitor|complainant|customer
    #: crisis ID | none         one line per crisis (at least one crisis line)
    #: noise recognizer         the lines already carry recognition errors
    #= TECH[|TECH..] PHASE      after an utterance: its labels; PHASE is -, * or ids with |
    #! crisis ID                the crisis first becomes audible in this utterance
    #> TECH[|TECH..] | -        from this utterance on, the suggestions that are right

Any other line starting with `#` (such as `# note`) is a comment. An unknown
label or a malformed `#:`/`#=`/`#!`/`#>` line is a UserError naming file:line
and how to fix it.
"""

from __future__ import annotations

import difflib
import math
from dataclasses import dataclass, field
from pathlib import Path

from voice_companion.errors import UserError
from voice_companion.i18n import _
from voice_companion.labels import CRISES, INTERACTIONS, PHASES, TECHNIQUES
from voice_companion.script import ScriptLine, parse_script

REGISTERS = ("je", "u")
NOISE_VALUES = ("recognizer", "none")
ANY_PHASE = "*"
NO_PHASE = "-"


@dataclass(frozen=True, slots=True)
class Window:
    """A `#>` window: from `start` (the utterance's time) to `end` (the next window, or inf)."""

    start: float
    end: float
    techniques: tuple[str, ...] | None  # None: '-' (no judgement)
    number: int  # the `#>` line's number


@dataclass(slots=True)
class AnnotatedLine:
    """One utterance of the call with the labels written after it."""

    number: int  # the utterance's line number in the file
    t: float
    text: str
    techniques: tuple[str, ...] | None = None  # None: no `#=`, not scored
    phases: tuple[str, ...] | None = None  # ('*',) any phase, ('-',) no phase
    label_number: int | None = None
    audible: tuple[str, ...] = ()  # crises first audible in this line (`#!`)
    window: tuple[str, ...] | None = None  # techniques of a `#>` starting here
    window_open: bool = False  # a `#>` line follows this utterance
    window_number: int | None = None


@dataclass(slots=True)
class AnnotatedCall:
    path: str
    register: str
    interaction: str | None
    crises: tuple[str, ...]  # () when the header says `crisis none`
    noise: str | None
    lines: list[AnnotatedLine]
    script: list[ScriptLine] = field(default_factory=list)
    source: bytes = b""  # the file as read (the noisy runs rewrite its utterance words)

    @property
    def name(self) -> str:
        return Path(self.path).name

    @property
    def crisis_none(self) -> bool:
        return not self.crises

    def windows(self) -> list[Window]:
        opened = [line for line in self.lines if line.window_open]
        out = []
        for i, line in enumerate(opened):
            end = opened[i + 1].t if i + 1 < len(opened) else math.inf
            out.append(Window(line.t, end, line.window, line.window_number or line.number))
        return out

    def audible_line(self, crisis: str) -> int | None:
        """Index into `lines` of the first line whose `#!` names `crisis`."""
        for i, line in enumerate(self.lines):
            if crisis in line.audible:
                return i
        return None


def _closest(word: str, known) -> str:
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return _(" (did you mean '{word}'?)").format(word=close[0]) if close else ""


def _labels(value: str, known, what: str, where: str, example: str) -> tuple[str, ...]:
    parts = value.split("|")
    for part in parts:
        if not part:
            raise UserError(_("{where}: empty {what} in '{value}'; separate alternatives with a single '|', e.g. '{example}'")
                            .format(where=where, what=what, value=value, example=example))
        if part not in known:
            raise UserError(_("{where}: unknown {what} '{part}'{hint}; use one of: {known}").format(
                where=where, what=what, part=part, hint=_closest(part, known), known=", ".join(known)))
    return tuple(dict.fromkeys(parts))


def parse_annotated(data: bytes, name: str = "<annotated>") -> AnnotatedCall:
    """Parse an annotated session script; every mistake is a UserError naming file:line."""
    script = parse_script(data, name)  # the utterances exactly as `simulate` reads them
    by_number = {line.number: line for line in script}
    register: str | None = None
    interaction: str | None = None
    crises: list[str] = []
    said_none = False
    noise: str | None = None
    lines: list[AnnotatedLine] = []
    current: AnnotatedLine | None = None
    for number, raw in enumerate(data.splitlines(), start=1):
        if number in by_number:
            s = by_number[number]
            current = AnnotatedLine(s.number, s.t, s.text)
            lines.append(current)
            continue
        line = raw.decode("utf-8").strip().lstrip("\ufeff")  # parse_script has checked the encoding
        if not line.startswith("#") or len(line) < 2 or line[1] not in ":=!>":
            continue  # blank line or an ordinary comment
        where = f"{name}:{number}"
        kind, body = line[:2], line[2:].strip()
        fields = body.split()
        if kind == "#:":
            if current is not None:
                raise UserError(_("{where}: header line '{line}' after the first utterance; "
                                  "move the '#:' lines above the first 'MM:SS words' line").format(where=where, line=line))
            if len(fields) != 2:
                raise UserError(_("{where}: '{line}' is not a header line; write '#: KEY VALUE', e.g. '#: register je'")
                                .format(where=where, line=line))
            key, value = fields
            if key == "register":
                if value not in REGISTERS:
                    raise UserError(_("{where}: unknown register '{value}'; write '#: register je' or '#: register u'")
                                    .format(where=where, value=value))
                if register is not None and register != value:
                    raise UserError(_("{where}: a second register '{value}' (already '{register}'); keep one '#: register' line")
                                    .format(where=where, value=value, register=register))
                register = value
            elif key == "interaction":
                if "|" in value:
                    raise UserError(_("{where}: one interaction type only; use one of: {known}").format(
                        where=where, known=", ".join(INTERACTIONS)))
                interaction = _labels(value, INTERACTIONS, _("interaction type"), where, "#: interaction visitor")[0]
            elif key == "crisis":
                if value == "none":
                    said_none = True
                else:
                    crises.extend(c for c in _labels(value, CRISES, _("crisis"), where, "#: crisis suicide")
                                  if c not in crises)
                if said_none and crises:
                    raise UserError(_("{where}: '#: crisis none' together with a crisis; keep either 'none' or the crisis lines")
                                    .format(where=where))
            elif key == "noise":
                if value not in NOISE_VALUES:
                    raise UserError(_("{where}: unknown noise '{value}'; write '#: noise recognizer' or leave the line out")
                                    .format(where=where, value=value))
                noise = value
            else:
                raise UserError(_("{where}: unknown header '{key}'{hint}; headers are register, interaction, crisis and noise").format(
                    where=where, key=key, hint=_closest(key, ('register', 'interaction', 'crisis', 'noise'))))
            continue
        if current is None:
            raise UserError(_("{where}: '{kind}' before the first utterance; put it after the 'MM:SS words' line it labels")
                            .format(where=where, kind=kind))
        if kind == "#=":
            if len(fields) != 2:
                raise UserError(_("{where}: '{line}' needs a technique and a phase; write '#= TECHNIQUE PHASE', "
                                  "e.g. '#= summary current' or '#= welcome -'").format(where=where, line=line))
            if current.techniques is not None:
                raise UserError(_("{where}: a second '#=' for the line at {time}; give one '#=' per utterance, alternatives with '|'")
                                .format(where=where, time=number_time(current.t)))
            current.techniques = _labels(fields[0], TECHNIQUES, _("technique"), where, "#= summary|mirroring current")
            if ANY_PHASE in fields[1].split("|"):  # "current|*": any phase is right
                current.phases = (ANY_PHASE,)
            else:  # "-" may stand beside phases ("current|-"): no phase is right too
                current.phases = _labels(fields[1], (*PHASES, NO_PHASE), _("phase"), where, "#= scaling current|desired")
            current.label_number = number
        elif kind == "#!":
            if len(fields) != 2 or fields[0] != "crisis":
                raise UserError(_("{where}: '{line}' is not a crisis mark; write '#! crisis ID', e.g. '#! crisis suicide'")
                                .format(where=where, line=line))
            crisis = _labels(fields[1], CRISES, _("crisis"), where, "#! crisis suicide")
            if len(crisis) != 1:
                raise UserError(_("{where}: one crisis per '#!' line; write a second '#!' line for another crisis").format(where=where))
            if crisis[0] not in crises:  # the header is complete: it stands before the first utterance
                raise UserError(_("{where}: '#! crisis {crisis}' but the header does not list it; add '#: crisis {crisis}' to the header")
                                .format(where=where, crisis=crisis[0]))
            if crisis[0] not in current.audible:
                current.audible += crisis
        else:  # '#>'
            if len(fields) != 1:
                raise UserError(_("{where}: '{line}' is not a window; write '#> TECH|TECH|...' or '#> -', without spaces")
                                .format(where=where, line=line))
            if current.window_open:
                raise UserError(_("{where}: a second '#>' after the line at {time}; give one '#>' per utterance, alternatives with '|'")
                                .format(where=where, time=number_time(current.t)))
            current.window_open = True
            current.window_number = number
            current.window = None if fields[0] == "-" else _labels(fields[0], TECHNIQUES, _("technique"), where,
                                                                  "#> coping|scaling")
    if register is None:
        raise UserError(_("{name}: no '#: register' header; add '#: register je' or '#: register u' above the first utterance")
                        .format(name=name))
    if not crises and not said_none:
        raise UserError(_("{name}: no '#: crisis' header; add '#: crisis ID' per crisis in the call, or '#: crisis none'")
                        .format(name=name))
    return AnnotatedCall(name, register, interaction, tuple(crises), noise, lines, script, data)


def number_time(t: float) -> str:
    if not math.isfinite(t):
        return "the end"
    m, s = divmod(int(round(t)), 60)
    return f"{m:02d}:{s:02d}" if m < 60 else f"{m // 60}:{m % 60:02d}:{s:02d}"


def read_annotated(path: Path | str) -> AnnotatedCall:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(_("no annotated script at {path}; give a text file of 'MM:SS words' lines with '#' labels").format(path=path))
    except IsADirectoryError:
        raise UserError(_("{path} is a folder; give an annotated script file").format(path=path))
    except PermissionError:
        raise UserError(_("cannot read {path}: permission denied").format(path=path))
    return parse_annotated(data, str(path))


def read_folder(folder: Path | str) -> list[AnnotatedCall]:
    """Every `*.txt` annotated script in `folder`, by name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(_("{folder} is not a folder; give a folder of annotated session scripts (*.txt)").format(folder=folder))
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise UserError(_("{folder} holds no annotated scripts; put the calls there as *.txt files").format(folder=folder))
    return [read_annotated(p) for p in paths]
