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
    CrisisEnd,
    Event,
    Lookup,
    Match,
    Partial,
    PhaseChange,
    Protocol,
    SessionEnd,
    SessionStart,
    Suggestion,
    SuggestionEnd,
    Uptake,
    Utterance,
    Whisper,
)
from voice_companion.defaults import CRISIS_NUMBER as DEFAULT_CRISIS_NUMBER
from voice_companion.labels import CRISES, CRISIS_END_REASONS, INTERACTIONS, LIFE_EVENT, PHASE_ORDER, PHASES, TECHNIQUES
from voice_companion.whisper import page_words as whisper_page_words

COUNTED = ("coping", "scaling", "hope")
CAUSE_NUDGE = "Niet naar oorzaken zoeken tijdens de crisis"
POSSIBLE_PROMPT = "Mogelijk crisis: vraag het direct na"
# a possible crisis the worker's own screening question opened: they asked already, the answer decides
ASKED_PROMPT = "Veiligheidsvraag gesteld: luister naar het antwoord"
NUDGE_SECONDS = 45.0  # how long the cause nudge stays (wall clock, the page hides it)
CLOSED_NOTE_SECONDS = 20.0
CONTROL_NOTICE_SECONDS = 30.0
WHISPER_NOTICE_SECONDS = 60.0
LIFE_EVENT_FALLBACK = (
    "Een life-event wordt vaak als crisis beleefd, maar is geen echte crisis.",
    "Erken de ernst en de emoties; werk oplossingsgericht verder: coping, krachten, een kleine volgende stap.",
)
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


def crisis_number_short(number: str) -> str:
    """The number as it fits on the folded crisis line."""
    number = (number or DEFAULT_CRISIS_NUMBER).strip()
    return "113 / 0800-0113" if number == DEFAULT_CRISIS_NUMBER else f"Crisisnummer {number}"


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
        self.whisper_device: dict[str, Any] | None = None  # {"available", "message"}: the headset
        self.nudge: dict[str, Any] | None = None  # the cause nudge during a crisis
        self.closed_note: dict[str, Any] | None = None  # "crisis gesloten" for a short while
        self.life_event: dict[str, Any] | None = None
        self.log_name: str | None = None
        self.ended: dict[str, Any] | None = None
        self.last: dict[str, Any] | None = None

    def set_whisper_device(self, available: bool, message: str) -> None:
        """What the page says about the whisper (from the whisperer's player), in the worker's words."""
        self.whisper_device = {"available": bool(available), "message": message or ""}
        if self.notice and self.notice.get("component") == "whisper" and self.notice.get("message") == message:
            self.notice = None

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
        headline = getattr(info, "headline", None) or guidance[0]
        return {
            "crisis": crisis_id,
            "name": getattr(info, "name", None) or CRISES.get(crisis_id, crisis_id),
            "headline": headline,
            "certainty": "possible",
            "evidence": 0.0,
            "asked": False,  # the worker asked directly about safety (their own screening question)
            "trigger": trigger,
            "t": t,
            "guidance": guidance,
            "protocol": [],
            "number": crisis_number_line(self.crisis_number) if crisis_id == "suicide" else None,
            "number_short": crisis_number_short(self.crisis_number) if crisis_id == "suicide" else None,
        }

    def _bank_protocol(self, crisis_id: str) -> list[tuple[str, str]]:
        info = (getattr(self.bank, "crises", None) or {}).get(crisis_id)
        return [(p.id, p.label) for p in (getattr(info, "protocol", ()) or ())]

    def _apply_crisis(self, event: Crisis) -> None:
        if event.crisis == LIFE_EVENT:
            self._life_event(event.t)
            return
        view = self.crises.get(event.crisis)
        if view is None:
            view = self.crises[event.crisis] = self.crisis_view(event.crisis, event.trigger, event.t)
        certainty = event.certainty if event.certainty in ("possible", "confirmed") else "confirmed"
        if view["certainty"] != "confirmed":  # never back from confirmed to possible
            view["certainty"] = certainty
        if event.trigger:
            view["trigger"] = event.trigger
        view["asked"] = bool(view.get("asked")) or event.safety_asked
        view["evidence"] = event.evidence
        if view["certainty"] == "confirmed":
            items = [tuple(i) for i in event.protocol if isinstance(i, (list, tuple)) and len(i) == 2] \
                or self._bank_protocol(event.crisis)
            done = {i["id"]: i for i in view["protocol"]}
            view["protocol"] = [done.get(item_id) or {"id": item_id, "label": label, "done": False, "t": None,
                                                      "question_id": None}
                                for item_id, label in items]
            for item_id, item in done.items():  # ticked before the checklist arrived
                if item_id not in {i["id"] for i in view["protocol"]}:
                    view["protocol"].append(item)
        self.closed_note = None

    def _apply_protocol(self, event: Protocol) -> bool:
        view = self.crises.get(event.crisis)
        if view is None:
            return False
        for item in view["protocol"]:
            if item["id"] == event.item:
                if not item["done"]:
                    item.update(done=True, t=event.t, question_id=event.question_id)
                return True
        view["protocol"].append({"id": event.item, "label": event.label or event.item, "done": True,
                                 "t": event.t, "question_id": event.question_id})
        return True

    def _life_event(self, t: float) -> None:
        info = getattr(self.bank, "life_events", None)
        guidance = list(getattr(info, "guidance", ()) or ()) or list(LIFE_EVENT_FALLBACK)
        if self.life_event is None:
            self.life_event = {"name": "Life-event: geen echte crisis", "guidance": guidance, "t": t}

    def _open_confirmed(self) -> bool:
        return any(c["certainty"] == "confirmed" for c in self.crises.values())

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
            if event.technique == "cause" and self._open_confirmed():
                self.nudge = {"text": CAUSE_NUDGE, "t": event.t, "at": time.time() * 1000.0,
                              "seconds": NUDGE_SECONDS}
            if LIFE_EVENT in (event.crisis or ()):
                self._life_event(event.t)
        elif isinstance(event, PhaseChange):
            self.phase = event.phase
        elif isinstance(event, Crisis):
            self._apply_crisis(event)
        elif isinstance(event, Protocol):
            if not self._apply_protocol(event):
                return None
        elif isinstance(event, CrisisEnd):
            view = self.crises.pop(event.crisis, None)
            if view is None:
                return None
            reason = CRISIS_END_REASONS.get(event.reason, event.reason)
            self.closed_note = {"text": f"Crisis gesloten: {view['name']} ({reason})", "t": event.t,
                                "at": time.time() * 1000.0, "seconds": CLOSED_NOTE_SECONDS}
            if not self._open_confirmed():
                self.nudge = None
        elif isinstance(event, SuggestionEnd):
            s = self.suggestion
            if s is None or (event.question_id and s["question_id"] != event.question_id):
                return None
            self.suggestion = None
            if self.lookup and self.lookup.get("found") and \
                    (self.lookup.get("question") or {}).get("question_id") == event.question_id:
                self.lookup = None  # a lookup's answer leaves the screen the same way
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
                "register": event.register,
                "lookup": None,
                "alternatives": [v for v in (self.question_view(q) for q in event.alternatives) if v],
            }
            l = self.lookup
            if l and l["found"] and (l.get("question") or {}).get("question_id") == event.question_id \
                    and abs(float(l["t"]) - float(event.t)) < 1e-6:
                self.suggestion["lookup"] = {"query": l["query"], "via": l["via"]}
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
            if event.question_id is None and self.suggestion and self.suggestion.get("lookup"):
                # an earlier lookup's answer must not stand as if it answered this one
                self.suggestion = None
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
            device = self.whisper_device
            message = event.message
            seconds = CONTROL_NOTICE_SECONDS if event.component == "control" else None
            if event.component == "whisper":
                if device and message == device["message"]:
                    return None  # already shown as the whisper's state
                words = whisper_page_words(message)  # the log keeps the technical detail
                if words is None:
                    return None  # the whisper still plays: nothing for the worker to do
                if words != message:  # a hiccup, not a lasting state
                    message, seconds = words, WHISPER_NOTICE_SECONDS
            # an answer to a control (a crisis that is not open) is said for a while; faults stay
            self.notice = {"component": event.component, "message": message, "t": event.t,
                           "at": time.time() * 1000.0, "seconds": seconds}
        elif isinstance(event, SessionEnd):
            self.ended = {"reason": event.reason, "t": event.t, "log": self.log_name}
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
            "possible_prompt": POSSIBLE_PROMPT,
            "asked_prompt": ASKED_PROMPT,
            "nudge": self.nudge,
            "closed_note": self.closed_note,
            "life_event": self.life_event,
            "whisper_device": self.whisper_device,
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
