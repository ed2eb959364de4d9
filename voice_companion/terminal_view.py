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
    CrisisEnd,
    Event,
    Lookup,
    Match,
    Partial,
    PhaseChange,
    Protocol,
    SessionEnd,
    Suggestion,
    SuggestionEnd,
    Uptake,
    Utterance,
)
from voice_companion.defaults import CRISIS_NUMBER as DEFAULT_CRISIS_NUMBER
from voice_companion.labels import CRISES, CRISIS_END_REASONS, LIFE_EVENT, PHASES, TECHNIQUES

SUGGESTION_GONE = {"expired": "verlopen", "dismissed": "weggeklikt"}


def short_label(label: str) -> str:
    """'Plan: hoe, wanneer, al voorbereid?' -> 'Plan' (the checklist on one terminal line)."""
    for sep in (":", "?", ",", "("):
        label = label.split(sep)[0]
    return label.strip()


def number_line(number: str | None) -> str:
    number = (number or DEFAULT_CRISIS_NUMBER).strip()
    if number == DEFAULT_CRISIS_NUMBER:
        return "113 Zelfmoordpreventie: bel 113 of gratis 0800-0113"
    return f"Crisisnummer suïcidepreventie: {number}"


def mmss(t: float) -> str:
    t = max(0, int(t))
    h, rest = divmod(t, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60:02d}:{rest % 60:02d}"


class TerminalView:
    def __init__(self, bank: Bank, out: TextIO | None = None, *, color: bool | None = None,
                 crisis_number: str | None = None):
        self.bank = bank
        self.crisis_number = crisis_number
        self._crises: dict[str, str] = {}  # open crisis id -> certainty shown
        self._life_event_shown = False
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

    def _crisis(self, event: Crisis) -> None:
        if event.crisis == LIFE_EVENT:
            if not self._life_event_shown:
                self._life_event()
            return
        name = CRISES.get(event.crisis, event.crisis)
        certainty = event.certainty if event.certainty == "possible" else "confirmed"
        shown = self._crises.get(event.crisis)
        if shown == "confirmed" or shown == certainty:
            return
        self._crises[event.crisis] = certainty
        if certainty == "possible":
            if event.safety_asked:  # the worker's own screening question: asked already, the answer decides
                self._print(self._c("33", f"  ?  Veiligheidsvraag gesteld: {name} — luister naar het antwoord"))
            else:
                self._print(self._c("33", f"  ?  Mogelijk crisis: {name} — vraag het direct na"))
            if event.crisis == "suicide":
                self._print(self._c("33", f"     · {number_line(self.crisis_number)}"))
            return
        info = self.bank.crises.get(event.crisis)
        self._print(self._c("1;33", f"  ⚠  CRISIS: {name}"))
        headline = getattr(info, "headline", "") if info else ""
        lines = [headline] if headline else list(info.guidance[:2] if info else ())
        for line in lines:
            self._print(self._c("33", f"     · {line}"))
        if event.crisis == "suicide":
            self._print(self._c("1;33", f"     · {number_line(self.crisis_number)}"))
        items = [label for _id, label in event.protocol] or \
            [p.label for p in (getattr(info, "protocol", ()) or ())]
        if items:
            self._print(self._c("33", "     protocol: " + " · ".join(f"○ {short_label(x)}" for x in items)))

    def _life_event(self) -> None:
        self._life_event_shown = True
        guidance = tuple(getattr(getattr(self.bank, "life_events", None), "guidance", ()) or ())
        for line in guidance[:2]:
            self._print(self._c("36", f"     · {line}"))

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
            if event.technique == "cause" and "confirmed" in self._crises.values():
                self._print(self._c("33", "     · Niet naar oorzaken zoeken tijdens de crisis"))
            if LIFE_EVENT in (event.crisis or ()) and not self._life_event_shown:
                self._life_event()
        elif isinstance(event, PhaseChange):
            self._print(self._c("35", f"       ○ fase: {PHASES.get(event.phase, event.phase)}"))
        elif isinstance(event, Crisis):
            self._crisis(event)
        elif isinstance(event, Protocol):
            self._print(self._c("33", f"     ✓ protocol: {event.label or event.item}"))
        elif isinstance(event, CrisisEnd):
            name = CRISES.get(event.crisis, event.crisis)
            self._crises.pop(event.crisis, None)
            reason = CRISIS_END_REASONS.get(event.reason, event.reason)
            self._print(self._c("2", f"       crisis gesloten: {name} ({reason})"))
        elif isinstance(event, Suggestion):
            label = TECHNIQUES.get(event.technique, event.technique)
            self._print(self._c("1;32", f"  ➜  {event.text}") + self._c("2", f"   ({label} · {event.reason})"))
        elif isinstance(event, SuggestionEnd):
            gone = SUGGESTION_GONE.get(event.reason)
            if gone:  # taken up and superseded say so themselves (uptake line, the next suggestion)
                self._print(self._c("2", f"       ✗ suggestie {gone}"))
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
