"""Typed events that flow through the pipeline and into the session log.

Every step of the pipeline (audio -> recognizer -> utterance -> classifier ->
tracker -> advisor -> suggestion -> display / whisper) speaks in these events.
The session log is nothing more than these events, one JSON object a line, so
replay and report read back exactly what the live companion saw.

`t` is seconds since the session started (session clock, not wall clock); the
log writer adds the wall-clock `ts` when it writes the line.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Event:
    type: ClassVar[str] = "event"
    t: float

    def to_record(self) -> dict[str, Any]:
        record: dict[str, Any] = {"type": self.type}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple):
                value = list(value)
            record[f.name] = value
        return record


@dataclass(frozen=True, slots=True)
class SessionStart(Event):
    type: ClassVar[str] = "session_start"
    lang: str = "nl"
    bank: str = ""
    source: str = "script"  # mic | file | script
    schema: int = SCHEMA_VERSION
    redaction: bool = True
    audio_stored: bool = False
    worker: str | None = None  # the worker's pseudonym, for the supervisor's trends
    interaction: str | None = None  # the interaction type set at the start (command line or config)
    model: str | None = None  # the speech model's folder name (live and file sessions)


@dataclass(frozen=True, slots=True)
class Partial(Event):
    """A recognizer's running guess while the worker speaks (shown, not logged)."""

    type: ClassVar[str] = "partial"
    text: str = ""


@dataclass(frozen=True, slots=True)
class Utterance(Event):
    type: ClassVar[str] = "utterance"
    text: str = ""
    start: float = 0.0
    end: float = 0.0
    source: str = "script"
    redacted: bool = False
    alternatives: tuple[str, ...] = ()  # the recognizer's next-best readings (redacted like the text)
    confidence: float | None = None  # the recognizer's confidence in the best reading, 0..1


@dataclass(frozen=True, slots=True)
class Match(Event):
    type: ClassVar[str] = "match"
    question_id: str | None = None
    technique: str = "none"
    phase: str | None = None
    score: float = 0.0
    crisis: tuple[str, ...] = ()
    why: str = ""  # short account of the decision: closest phrase, sentence form, model margin


@dataclass(frozen=True, slots=True)
class Register(Event):
    """The worker's register with this caller (je or u), decided from the raw words."""

    type: ClassVar[str] = "register"
    register: str = "je"  # je | u
    previous: str | None = None


@dataclass(frozen=True, slots=True)
class PhaseChange(Event):
    type: ClassVar[str] = "phase"
    phase: str = "current"
    previous: str | None = None


@dataclass(frozen=True, slots=True)
class Crisis(Event):
    """A crisis became audible (`possible`) or was confirmed (`confirmed`).

    A possible crisis (a hint, the worker's own screening question) asks the
    worker to check directly; a confirmed one opens the protocol checklist,
    whose items travel with the event so the page and the report need no bank.
    """

    type: ClassVar[str] = "crisis"
    crisis: str = ""
    trigger: str = ""
    safety_asked: bool = False  # the naming line itself asked directly about safety
    screening: bool = False  # opened by the worker's own screening question ("gaan ze morgen afsluiten?"): a check
    certainty: str = "confirmed"  # possible | confirmed
    evidence: float = 0.0  # the belief that set it off, 0..1
    protocol: tuple[tuple[str, str], ...] = ()  # (item id, Dutch label) in order, when confirmed


@dataclass(frozen=True, slots=True)
class CrisisEnd(Event):
    type: ClassVar[str] = "crisis_end"
    crisis: str = ""
    reason: str = "closed"  # assessed | false_alarm | closed | faded | safe


@dataclass(frozen=True, slots=True)
class Protocol(Event):
    """An item of a crisis protocol was ticked off from what the worker said."""

    type: ClassVar[str] = "protocol"
    crisis: str = ""
    item: str = ""
    label: str = ""
    question_id: str | None = None


@dataclass(frozen=True, slots=True)
class Suggestion(Event):
    type: ClassVar[str] = "suggestion"
    question_id: str = ""
    text: str = ""
    technique: str = ""
    phase: str | None = None
    reason: str = ""
    channel: str = "display"  # display | whisper | both
    alternatives: tuple[str, ...] = ()
    register: str | None = None  # je | u: the register the text is in


@dataclass(frozen=True, slots=True)
class SuggestionEnd(Event):
    """A suggestion left the screen: taken_up | expired | superseded | dismissed."""

    type: ClassVar[str] = "suggestion_end"
    question_id: str = ""
    reason: str = "expired"


@dataclass(frozen=True, slots=True)
class Uptake(Event):
    """The worker asked (about) the question that was suggested."""

    type: ClassVar[str] = "uptake"
    question_id: str = ""
    technique: str = ""
    delay: float = 0.0


@dataclass(frozen=True, slots=True)
class Lookup(Event):
    type: ClassVar[str] = "lookup"
    query: str = ""
    question_id: str | None = None
    alternatives: tuple[str, ...] = ()
    via: str = "typed"  # typed | voice


@dataclass(frozen=True, slots=True)
class LookupRequest(Event):
    """A worker's lookup (typed or push-to-talk); the core answers with a Lookup."""

    type: ClassVar[str] = "lookup_request"
    query: str = ""
    via: str = "typed"


@dataclass(frozen=True, slots=True)
class Control(Event):
    """A worker's control on the live page: mute, pause, interaction type, mark."""

    type: ClassVar[str] = "control"
    # mute | unmute | pause | resume | interaction | mark | choose | dismiss
    # | crisis_close (value: crisis id, "crisis voorbij") | crisis_false_alarm (value: crisis id, "geen crisis")
    action: str = ""
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Tick(Event):
    """The worker has been silent since `silent_since` (drives pause-based advice)."""

    type: ClassVar[str] = "tick"
    silent_since: float = 0.0


@dataclass(frozen=True, slots=True)
class Whisper(Event):
    type: ClassVar[str] = "whisper"
    question_id: str = ""
    status: str = "spoken"  # spoken | interrupted | skipped | failed
    detail: str = ""


@dataclass(frozen=True, slots=True)
class AudioStatus(Event):
    """Audio that could not be handled cleanly: never dropped silently."""

    type: ClassVar[str] = "audio_status"
    overflows: int = 0
    dropped_chunks: int = 0
    status: str = ""


@dataclass(frozen=True, slots=True)
class ComponentWarning(Event):
    """A component failed or degraded while the rest keeps working."""

    type: ClassVar[str] = "warning"
    component: str = ""
    message: str = ""


@dataclass(frozen=True, slots=True)
class SessionEnd(Event):
    type: ClassVar[str] = "session_end"
    reason: str = "done"


# Events that go into the session log (partials and ticks are too chatty).
LOGGED_TYPES: frozenset[str] = frozenset(
    cls.type
    for cls in (
        SessionStart, Utterance, Match, Register, PhaseChange, Crisis, CrisisEnd, Protocol, Suggestion,
        SuggestionEnd, Uptake, Lookup, Control, Whisper, AudioStatus, ComponentWarning, SessionEnd,
    )
)

EVENT_CLASSES: dict[str, type[Event]] = {
    cls.type: cls
    for cls in (
        SessionStart, Partial, Utterance, Match, Register, PhaseChange, Crisis, CrisisEnd, Protocol,
        Suggestion, SuggestionEnd, Uptake, Lookup, LookupRequest, Control, Tick, Whisper, AudioStatus,
        ComponentWarning, SessionEnd,
    )
}


def from_record(record: dict[str, Any]) -> Event | None:
    """Rebuild an event from a log line; unknown types or fields give None."""
    cls = EVENT_CLASSES.get(record.get("type", ""))
    if cls is None:
        return None
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs = {}
    for key, value in record.items():
        if key in names:
            kwargs[key] = tuple(value) if isinstance(value, list) else value
    try:
        return cls(**kwargs)
    except TypeError:
        return None


__all__ = [name for name in dir() if name[0].isupper()] + ["from_record", "field"]
