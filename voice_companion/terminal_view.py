"""A calm terminal view of a session, for machines without a browser.

Dutch where the worker reads it. Colour only on a terminal that wants it.
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

from voice_companion.bank import Bank
from voice_companion.events import (
    ComponentWarning,
    Control,
    Crisis,
    Event,
    Lookup,
    Match,
    Partial,
    PhaseChange,
    SessionEnd,
    Suggestion,
    Uptake,
    Utterance,
)
from voice_companion.labels import CRISES, PHASES, TECHNIQUES


def mmss(t: float) -> str:
    t = max(0, int(t))
    h, rest = divmod(t, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60:02d}:{rest % 60:02d}"


class TerminalView:
    def __init__(self, bank: Bank, out: TextIO | None = None, *, color: bool | None = None):
        self.bank = bank
        self.out = out or sys.stdout
        if color is None:
            color = self.out.isatty() and not os.environ.get("NO_COLOR")
        self.color = color
        self._pending_utterance: Utterance | None = None
        self._partial_shown = False

    def _c(self, code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.color else text

    def _print(self, line: str = "") -> None:
        if self._partial_shown:
            self.out.write("\r\033[K" if self.color else "\n")
            self._partial_shown = False
        self.out.write(line + "\n")
        self.out.flush()

    def __call__(self, event: Event) -> None:
        if isinstance(event, Partial):
            if self.color and event.text:
                self.out.write("\r\033[K" + self._c("2", f"  … {event.text[-90:]}"))
                self.out.flush()
                self._partial_shown = True
        elif isinstance(event, Utterance):
            self._pending_utterance = event
        elif isinstance(event, Match):
            u = self._pending_utterance
            if u is None:
                return
            label = TECHNIQUES.get(event.technique, event.technique)
            if event.technique == "none":
                tag = self._c("2", "")
            else:
                tag = self._c("36", f"[{label}]")
            self._print(f"{mmss(u.start)}  {u.text}  {tag}".rstrip())
            self._pending_utterance = None
        elif isinstance(event, PhaseChange):
            self._print(self._c("35", f"       ○ fase: {PHASES.get(event.phase, event.phase)}"))
        elif isinstance(event, Crisis):
            name = CRISES.get(event.crisis, event.crisis)
            self._print(self._c("1;33", f"  ⚠  CRISIS: {name}"))
            info = self.bank.crises.get(event.crisis)
            for line in (info.guidance if info else ())[:4]:
                self._print(self._c("33", f"     · {line}"))
        elif isinstance(event, Suggestion):
            label = TECHNIQUES.get(event.technique, event.technique)
            self._print(self._c("1;32", f"  ➜  {event.text}") + self._c("2", f"   ({label} · {event.reason})"))
        elif isinstance(event, Uptake):
            self._print(self._c("2", "       ✓ suggestie opgepakt"))
        elif isinstance(event, Lookup):
            if event.question_id is None:
                self._print(self._c("33", f"  ?  niets gevonden voor '{event.query}'"))
        elif isinstance(event, Control):
            self._print(self._c("2", f"       [{event.action}{' ' + event.value if event.value else ''}]"))
        elif isinstance(event, ComponentWarning):
            self._print(self._c("33", f"  !  {event.component}: {event.message}"))
        elif isinstance(event, SessionEnd):
            self._print(self._c("2", f"{mmss(event.t)}  einde sessie ({event.reason})"))
