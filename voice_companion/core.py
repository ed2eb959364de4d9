"""The companion's core: classifier -> tracker -> advisor, as events in, events out.

Pure and single-threaded (the session thread owns it), so it is fast to test
and replays deterministically. It decides *when* to suggest: only when
something changed (phase, crisis, interaction type, the last suggestion was
taken up) or the worker paused, and never more often than `min_gap` seconds,
so it does not nag.
"""

from __future__ import annotations

from voice_companion.advisor import Advice, Advisor
from voice_companion.bank import Bank
from voice_companion.classifier import Classifier
from voice_companion.events import (
    Control,
    Crisis,
    Event,
    Lookup,
    LookupRequest,
    Match,
    PhaseChange,
    Suggestion,
    Tick,
    Uptake,
    Utterance,
)
from voice_companion.lookup import Lookup as LookupEngine
from voice_companion.tracker import SessionTracker

UPTAKE_WINDOW = 60.0  # seconds within which asking a suggestion counts as taking it up


class Companion:
    def __init__(self, bank: Bank, *, pause_after: float = 3.0, min_gap: float = 8.0,
                 interaction: str | None = None):
        self.bank = bank
        self.bank_id = bank.bank_id
        self.classifier = Classifier(bank)
        self.tracker = SessionTracker()
        self.tracker.set_interaction(interaction)
        self.advisor = Advisor(bank)
        self.lookup_engine = LookupEngine(bank, self.classifier)
        self.pause_after = pause_after
        self.min_gap = min_gap
        self.muted = False
        self.paused = False
        self.current: Suggestion | None = None
        self._dirty = True  # something changed since the last suggestion
        self._last_suggestion_at: float | None = None

    # -- entry point --------------------------------------------------------
    def handle(self, event: Event) -> list[Event]:
        if isinstance(event, Utterance):
            return self._on_utterance(event)
        if isinstance(event, Tick):
            return self._maybe_suggest(event.t, paused_for=event.t - event.silent_since)
        if isinstance(event, Control):
            return self._on_control(event)
        if isinstance(event, LookupRequest):
            return self._on_lookup(event)
        return [event]  # other events (audio status, warnings, whisper) pass into the log

    # -- utterances ----------------------------------------------------------
    def _on_utterance(self, u: Utterance) -> list[Event]:
        t = u.t
        out: list[Event] = [u]
        c = self.classifier.classify(u.text)
        out.append(Match(t=t, question_id=c.question_id, technique=c.technique, phase=c.phase,
                         score=c.score, crisis=c.crisis))
        update = self.tracker.observe(c, t)
        for crisis_id, trigger in update.new_crises:
            state = self.tracker.crises[crisis_id]
            out.append(Crisis(t=t, crisis=crisis_id, trigger=trigger,
                              safety_asked=state.safety_asked_at is not None))
        if update.phase_changed:
            new, previous = update.phase_changed
            out.append(PhaseChange(t=t, phase=new, previous=previous))
        if self.current is not None and c.technique != "none":
            took_up = c.question_id == self.current.question_id or (
                c.technique == self.current.technique and c.score >= 60)
            if took_up and t - self.current.t <= UPTAKE_WINDOW:
                out.append(Uptake(t=t, question_id=self.current.question_id,
                                  technique=self.current.technique, delay=round(t - self.current.t, 2)))
                self.tracker.mark_asked(self.current.question_id, t)
                self.current = None
                self._dirty = True
        if update.changed or (c.technique != "none" and self.current is None):
            self._dirty = True
        if update.new_crises:  # safety goes in front of the worker at once
            out.extend(self._maybe_suggest(t, paused_for=0.0, force=True))
        return out

    # -- when to suggest --------------------------------------------------------
    def _maybe_suggest(self, t: float, *, paused_for: float, force: bool = False) -> list[Event]:
        advice = self.advisor.advise(self.tracker)
        if advice is None:
            return []
        if self.paused and not advice.urgent:
            return []
        same = self.current is not None and self.current.question_id == advice.question.id
        if same:
            return []
        if not force:
            if paused_for < self.pause_after:
                return []  # shown at the next pause, never mid-flow
            if not self._dirty and self.current is not None:
                return []  # nothing changed and a suggestion is on screen
            if self._last_suggestion_at is not None and t - self._last_suggestion_at < self.min_gap:
                return []
        return [self._suggest(advice, t)]

    def _suggest(self, advice: Advice, t: float, *, reason: str | None = None) -> Suggestion:
        q = advice.question
        suggestion = Suggestion(
            t=t, question_id=q.id, text=q.text, technique=q.technique, phase=q.phase,
            reason=reason or advice.reason, channel="display" if self.muted else "both",
            alternatives=advice.alternatives,
        )
        self.current = suggestion
        self._dirty = False
        self._last_suggestion_at = t
        return suggestion

    # -- controls and lookups ----------------------------------------------------
    def _on_control(self, event: Control) -> list[Event]:
        out: list[Event] = [event]
        if event.action == "mute":
            self.muted = True
        elif event.action == "unmute":
            self.muted = False
        elif event.action == "pause":
            self.paused = True
        elif event.action == "resume":
            self.paused = False
            self._dirty = True
        elif event.action == "interaction":
            self.tracker.set_interaction(event.value or None)
            self._dirty = True
        return out

    def _on_lookup(self, event: LookupRequest) -> list[Event]:
        result = self.lookup_engine.find(event.query, self.tracker)
        out: list[Event] = [Lookup(t=event.t, query=event.query,
                                   question_id=result.question.id if result.question else None,
                                   alternatives=result.alternatives, via=event.via)]
        if result.question is not None:
            advice = Advice(result.question, result.reason, result.alternatives)
            out.append(self._suggest(advice, event.t))
        return out
