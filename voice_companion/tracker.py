"""Where the worker is in the circle, and what has happened in this call.

Pure state, updated from classified utterances and controls; no I/O. The
phase moves with hysteresis (two phase-fixing lines must agree before the
phase flips) because one stray line in a night call means nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from voice_companion.classifier import Classification
from voice_companion.text import is_question

PHASE_VOTES = 2  # agreeing lines needed to change phase
QUESTION_ASKED_SCORE = 55.0  # how literal a question must be said to count as asked


@dataclass
class CrisisState:
    crisis: str
    since: float
    trigger: str
    safety_asked_at: float | None = None
    techniques_since: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True, slots=True)
class TrackerUpdate:
    """What changed with one utterance (the core turns this into events)."""

    phase_changed: tuple[str, str | None] | None = None  # (new, previous)
    new_crises: tuple[tuple[str, str], ...] = ()  # (crisis id, trigger)
    asked_question: str | None = None
    technique: str = "none"

    @property
    def changed(self) -> bool:
        return self.phase_changed is not None or bool(self.new_crises)


class SessionTracker:
    def __init__(self) -> None:
        self.phase: str = "current"
        self._pending_phase: str | None = None
        self._pending_votes = 0
        self.phase_since = 0.0
        self.asked: dict[str, float] = {}  # question id -> time first asked
        self.technique_counts: Counter[str] = Counter()
        self.techniques_in_phase: dict[str, Counter[str]] = {}
        self.crises: dict[str, CrisisState] = {}
        self.life_events: list[tuple[float, str]] = []
        self.interaction: str | None = None
        self.last_technique: str | None = None
        self.last_utterance_at: float | None = None
        self.utterances = 0

    # -- queries ----------------------------------------------------------
    @property
    def active_crisis(self) -> CrisisState | None:
        """The most urgent active crisis: a threat to life before a threat to a home."""
        if not self.crises:
            return None
        urgency = {"suicide": 0, "unsafe_vulnerable": 1, "eviction": 2, "utility_cutoff": 3}
        return min(self.crises.values(), key=lambda c: (urgency.get(c.crisis, 9), c.since))

    def used(self, technique: str, *, in_phase: str | None = None) -> int:
        if in_phase is not None:
            return self.techniques_in_phase.get(in_phase, Counter())[technique]
        return self.technique_counts[technique]

    def balance(self) -> dict[str, int]:
        return {k: self.technique_counts[k] for k in ("coping", "scaling", "hope")}

    # -- updates ----------------------------------------------------------
    def observe(self, c: Classification, t: float) -> TrackerUpdate:
        self.utterances += 1
        self.last_utterance_at = t
        new_crises = []
        for crisis_id in c.crisis:
            if crisis_id == "life_event":
                self.life_events.append((t, c.text))
            elif crisis_id not in self.crises:
                self.crises[crisis_id] = CrisisState(crisis_id, t, c.text)
                new_crises.append((crisis_id, c.text))
        if c.technique == "none":  # a backchannel changes nothing else
            return TrackerUpdate(new_crises=tuple(new_crises))

        self.technique_counts[c.technique] += 1
        self.techniques_in_phase.setdefault(self.phase, Counter())[c.technique] += 1
        self.last_technique = c.technique
        triggered_now = {crisis_id for crisis_id, _ in new_crises}
        asks_safety = c.technique == "safety" and is_question(c.normalized)
        for crisis in self.crises.values():
            if crisis.crisis in triggered_now and not asks_safety:
                continue  # naming the crisis is not yet handling it: an echo is no safety check
            crisis.techniques_since[c.technique] += 1
            if c.technique == "safety" and crisis.safety_asked_at is None:
                crisis.safety_asked_at = t
        asked = None
        if c.question_id and c.question_score >= QUESTION_ASKED_SCORE:
            asked = c.question_id
            self.asked.setdefault(c.question_id, t)
        phase_changed = self._vote(c.phase, t)
        return TrackerUpdate(phase_changed=phase_changed, new_crises=tuple(new_crises),
                             asked_question=asked, technique=c.technique)

    def mark_asked(self, question_id: str, t: float) -> None:
        self.asked.setdefault(question_id, t)

    def set_interaction(self, interaction: str | None) -> None:
        self.interaction = interaction

    def _vote(self, phase: str | None, t: float) -> tuple[str, str | None] | None:
        if phase is None:
            return None
        if phase == self.phase:
            self._pending_phase, self._pending_votes = None, 0
            return None
        if phase == self._pending_phase:
            self._pending_votes += 1
        else:
            self._pending_phase, self._pending_votes = phase, 1
        if self._pending_votes >= PHASE_VOTES:
            previous, self.phase = self.phase, phase
            self.phase_since = t
            self._pending_phase, self._pending_votes = None, 0
            return phase, previous
        return None
