"""What the live page shows, built from the session's events (pure, no I/O).

The server keeps one `LiveState`, applies every bus event to it, and sends
the whole view (a few kB) to each page after every change, so a page opened
twice, or a browser that reconnects, shows exactly the same thing.
"""

from __future__ import annotations

import time
from collections import deque
from typing import Any

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
    SessionStart,
    Suggestion,
    Uptake,
    Utterance,
    Whisper,
)
from voice_companion.defaults import CRISIS_NUMBER as DEFAULT_CRISIS_NUMBER
from voice_companion.labels import CRISES, INTERACTIONS, PHASE_ORDER, PHASES, TECHNIQUES

COUNTED = ("coping", "scaling", "hope")
INTERACTION_SHORT = {"visitor": "Bezoeker", "complainant": "Klager", "customer": "Klant"}

# What the seed says about any real crisis; used when the bank has no guidance.
FALLBACK_GUIDANCE: dict[str, tuple[str, ...]] = {
    "_all": (
        "Veiligheid eerst: vraag rechtstreeks of de beller nu veilig is.",
        "Ga na welke ketenpartners nodig zijn om de situatie weer veilig te maken (grenzen van het vak).",
        "Vraag mandaat voordat je iets van de beller overneemt.",
        "Zeg duidelijk dat jij het tijdelijk overneemt, tot de crisis is afgewend.",
    ),
    "eviction": ("Instanties willen vaak niet meer met de beller onderhandelen: neem zo nodig tijdelijk over, met mandaat.",),
    "utility_cutoff": ("Instanties willen vaak niet meer met de beller onderhandelen: neem zo nodig tijdelijk over, met mandaat.",),
    "suicide": ("Vraag direct naar suïcidegedachten en plannen; schakel bij acuut gevaar hulp in.",),
    "unsafe_vulnerable": ("Is een kwetsbaar persoon onveilig: jij bent verantwoordelijk voor de voortgang; volg de meldcode.",),
}


def crisis_number_line(number: str) -> str:
    """The line with the national suicide-prevention number (configurable)."""
    number = (number or DEFAULT_CRISIS_NUMBER).strip()
    if number == DEFAULT_CRISIS_NUMBER:
        return "113 Zelfmoordpreventie: bel 113 of gratis 0800-0113"
    return f"Crisisnummer suïcidepreventie: {number}"


class LiveState:
    def __init__(self, bank: Any = None, *, crisis_number: str = DEFAULT_CRISIS_NUMBER,
                 ptt_available: bool = False, ptt_keys: tuple[str, ...] = (" ",),
                 max_utterances: int = 6):
        self.bank = bank
        self.crisis_number = crisis_number
        self.ptt_available = ptt_available
        self.ptt_keys = ptt_keys
        self.seq = 0
        self.suggestion: dict[str, Any] | None = None
        self.phase: str | None = None
        self.crises: dict[str, dict[str, Any]] = {}
        self.counters = {k: 0 for k in COUNTED}
        self.utterances: deque[dict[str, Any]] = deque(maxlen=max_utterances)
        self.partial = ""
        self.controls: dict[str, Any] = {"muted": False, "paused": False, "interaction": None, "marks": 0,
                                         "last_mark": None}
        self.lookup: dict[str, Any] | None = None
        self.whisper: dict[str, Any] | None = None
        self.notice: dict[str, Any] | None = None
        self.ended = False
        self.last: dict[str, Any] | None = None

    # -- names from the bank or the labels --------------------------------------
    def question_view(self, question_id: str | None) -> dict[str, Any] | None:
        if not question_id:
            return None
        q = (getattr(self.bank, "questions", None) or {}).get(question_id)
        if q is None:
            if question_id in TECHNIQUES:  # a lookup may propose a technique
                return {"question_id": None, "text": "", "technique": question_id,
                        "technique_nl": self.technique_name(question_id), "phase": None, "phase_nl": ""}
            return {"question_id": question_id, "text": question_id, "technique": "",
                    "technique_nl": "", "phase": None, "phase_nl": ""}
        return {"question_id": q.id, "text": q.text, "technique": q.technique,
                "technique_nl": self.technique_name(q.technique), "phase": q.phase,
                "phase_nl": PHASES.get(q.phase or "", "")}

    def technique_name(self, technique: str | None) -> str:
        if not technique:
            return ""
        t = (getattr(self.bank, "techniques", None) or {}).get(technique)
        return getattr(t, "name", None) or TECHNIQUES.get(technique, technique)

    def crisis_view(self, crisis_id: str, trigger: str, t: float) -> dict[str, Any]:
        info = (getattr(self.bank, "crises", None) or {}).get(crisis_id)
        guidance = list(getattr(info, "guidance", ()) or ())
        if not guidance:
            guidance = list(FALLBACK_GUIDANCE["_all"]) + list(FALLBACK_GUIDANCE.get(crisis_id, ()))
        return {
            "crisis": crisis_id,
            "name": getattr(info, "name", None) or CRISES.get(crisis_id, crisis_id),
            "trigger": trigger,
            "t": t,
            "guidance": guidance,
            "number": crisis_number_line(self.crisis_number) if crisis_id == "suicide" else None,
        }

    # -- events -----------------------------------------------------------------
    def apply(self, event: Event) -> str | None:
        """Update from one event; returns "state", "partial" or None (nothing to show)."""
        if isinstance(event, Partial):
            if event.text == self.partial:
                return None
            self.partial = event.text
            return "partial"
        if isinstance(event, Utterance):
            self.partial = ""
            self.utterances.append({"t": event.t, "text": event.text, "technique": None,
                                    "technique_nl": "", "redacted": event.redacted})
        elif isinstance(event, Match):
            for u in reversed(self.utterances):
                if u["technique"] is None:
                    u["technique"] = event.technique
                    u["technique_nl"] = self.technique_name(event.technique)
                    break
            if event.technique in self.counters:
                self.counters[event.technique] += 1
        elif isinstance(event, PhaseChange):
            self.phase = event.phase
        elif isinstance(event, Crisis):
            if event.crisis not in self.crises:
                self.crises[event.crisis] = self.crisis_view(event.crisis, event.trigger, event.t)
        elif isinstance(event, Suggestion):
            view = self.question_view(event.question_id) or {}
            self.suggestion = {
                **view,
                "question_id": event.question_id,
                "text": event.text or view.get("text", ""),
                "technique": event.technique,
                "technique_nl": self.technique_name(event.technique),
                "phase": event.phase,
                "phase_nl": PHASES.get(event.phase or "", ""),
                "reason": event.reason,
                "channel": event.channel,
                "t": event.t,
                "taken_up": False,
                "alternatives": [v for v in (self.question_view(q) for q in event.alternatives) if v],
            }
            if event.phase and self.phase is None:
                self.phase = event.phase
        elif isinstance(event, Uptake):
            if self.suggestion and self.suggestion["question_id"] == event.question_id:
                self.suggestion["taken_up"] = True
        elif isinstance(event, Lookup):
            alternatives = [v for v in (self.question_view(q) for q in event.alternatives) if v]
            self.lookup = {"query": event.query, "via": event.via, "t": event.t,
                           "found": event.question_id is not None,
                           "question": self.question_view(event.question_id),
                           "alternatives": alternatives}
        elif isinstance(event, Control):
            c = self.controls
            if event.action in ("mute", "unmute"):
                c["muted"] = event.action == "mute"
            elif event.action in ("pause", "resume"):
                c["paused"] = event.action == "pause"
            elif event.action == "interaction":
                c["interaction"] = event.value if event.value in INTERACTIONS else None
            elif event.action == "mark":
                c["marks"] += 1
                c["last_mark"] = event.t
            else:
                return None
        elif isinstance(event, Whisper):
            self.whisper = {"question_id": event.question_id, "status": event.status,
                            "detail": event.detail, "t": event.t}
        elif isinstance(event, ComponentWarning):
            self.notice = {"component": event.component, "message": event.message, "t": event.t}
        elif isinstance(event, SessionEnd):
            self.ended = True
        elif isinstance(event, SessionStart):
            pass
        else:
            return None
        self.last = {"type": event.type, "t": event.t,
                     "question_id": getattr(event, "question_id", None)}
        return "state"

    def view(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "sent": time.time() * 1000.0,
            "suggestion": self.suggestion,
            "phase": self.phase or PHASE_ORDER[0],  # a call starts in the current situation
            "phases": [{"id": p, "name": PHASES[p]} for p in PHASE_ORDER],
            "crises": list(self.crises.values()),
            "counters": dict(self.counters),
            "utterances": list(self.utterances),
            "partial": self.partial,
            "controls": dict(self.controls),
            "interactions": [{"id": k, "name": v, "short": INTERACTION_SHORT.get(k, v)}
                             for k, v in INTERACTIONS.items()],
            "lookup": self.lookup,
            "whisper": self.whisper,
            "notice": self.notice,
            "ended": self.ended,
            "ptt": {"available": self.ptt_available, "keys": list(self.ptt_keys)},
            "crisis_number": crisis_number_line(self.crisis_number),
            "last": self.last,
        }
