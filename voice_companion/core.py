"""The companion's core: classifier -> tracker -> advisor, as events in, events out.

Pure and single-threaded (the session thread owns it), so it is fast to test
and replays deterministically. It decides *when* to suggest: only when
something changed (phase, crisis, interaction type, register, the last
suggestion ended) or the worker paused, and never more often than `min_gap`
seconds, so it does not nag. A crisis that becomes possible or confirmed, or
a protocol step done, is shown at once.

A suggestion has a life: it is shown, then ends (a `suggestion_end` event)
when the worker takes it up (asks it, or another question of its technique),
when it expires (`suggestion_ttl`, 90 s by default), when a newer one
supersedes it, or when the worker dismisses it. Lookups live the same way.
"""

from __future__ import annotations

import dataclasses

from voice_companion.advisor import Advice, Advisor, is_about_crisis, is_crisis_step
from voice_companion.bank import Bank
from voice_companion.classifier import Classifier
from voice_companion.events import (
    ComponentWarning,
    Control,
    Crisis,
    CrisisEnd,
    Event,
    Lookup,
    LookupRequest,
    Match,
    PhaseChange,
    Protocol,
    Register,
    Suggestion,
    SuggestionEnd,
    Tick,
    Uptake,
    Utterance,
)
from voice_companion.labels import CRISES
from voice_companion.lookup import Lookup as LookupEngine
from voice_companion.tracker import SessionTracker, TrackerUpdate

SUGGESTION_TTL = 90.0  # seconds a suggestion stays on screen when nothing else ends it
CRISIS_CONTROLS = {"crisis_close": "closed", "crisis_false_alarm": "false_alarm"}


class Companion:
    def __init__(self, bank: Bank, *, pause_after: float = 3.0, min_gap: float = 8.0,
                 interaction: str | None = None, suggestion_ttl: float = SUGGESTION_TTL):
        self.bank = bank
        self.bank_id = bank.bank_id
        self.classifier = Classifier(bank)
        self.tracker = SessionTracker(bank)
        self.tracker.set_interaction(interaction)
        self.advisor = Advisor(bank)
        self.lookup_engine = LookupEngine(bank, self.classifier)
        self.pause_after = pause_after
        self.min_gap = min_gap
        self.suggestion_ttl = suggestion_ttl
        self.muted = False
        self.paused = False
        self.current: Suggestion | None = None
        self._dirty = True  # something changed since the last suggestion
        self._last_suggestion_at: float | None = None

    # -- entry point --------------------------------------------------------
    def handle(self, event: Event) -> list[Event]:
        out = self._expire(event.t)
        if isinstance(event, Utterance):
            return out + self._on_utterance(event)
        if isinstance(event, Tick):
            return out + self._maybe_suggest(event.t, paused_for=event.t - event.silent_since)
        if isinstance(event, Control):
            return out + self._on_control(event)
        if isinstance(event, LookupRequest):
            return out + self._on_lookup(event)
        return out + [event]  # other events (audio status, warnings, whisper) pass into the log

    # -- utterances ----------------------------------------------------------
    def _on_utterance(self, u: Utterance) -> list[Event]:
        t = u.t
        out: list[Event] = [u]
        c = self.classifier.classify(u.text)
        update = self.tracker.observe(c, t, also_heard=self._alternative_evidence(u, c))
        # the greeting that opens the call has no phase; an invitation after it ("waar belt u over") is the
        # current situation (labels.md: welcoming, the reason for the call), and so is a coping question (supervisors
        # write `coping current` or `coping *`, never another phase); a line without a phase of its own
        # (an echo, an acknowledgement) belongs to the phase of the worker's last phase-bearing line: the caller
        # is answering that question
        if c.technique == "none" or (c.technique == "welcome" and self.tracker.utterances <= 1):
            phase = None
        elif c.technique in ("welcome", "coping"):
            phase = "current"  # and how the caller copes is asked about the situation now, in any part of the call
        else:
            # (a summary's content phase is not the call's, but a sure one is the line's own label)
            own = None if c.phase_from_content and not c.content_sure else c.phase
            phase = own or self.tracker.last_phase or self.tracker.phase
        technique = update.technique if update.reread else c.technique
        why = f"{c.why} -> {technique} ({update.reread})" if update.reread else c.why
        if update.explained:  # a crisis cue not counted: an earlier line of the call explains it (the gas left on)
            why += "; " + ", ".join(f"{crisis_id} cue explained by an earlier line" for crisis_id in update.explained)
        out.append(Match(t=t, question_id=c.question_id, technique=technique, phase=phase,
                         score=c.score, crisis=c.crisis, why=why))
        out.extend(self._tracker_events(update, t))
        out.extend(self._uptake(technique, c.question_id, c.score, t,
                                worked_on=frozenset(crisis_id for crisis_id, _, _ in update.ticks)))
        if update.changed or (c.technique != "none" and self.current is None):
            self._dirty = True
        if self.tracker.closing and self.current is not None:
            out.append(self._end_current(t, "expired"))  # goodbye: nothing stays on screen
        if update.crises or update.ticks or update.ended:  # crisis steps go in front of the worker at once
            out.extend(self._maybe_suggest(t, paused_for=0.0, force=True))
        return out

    def _alternative_evidence(self, u: Utterance, c) -> tuple:
        """Crisis cues in the recognizer's runner-up readings count as partial evidence (possible, not confirmed)."""
        known = {h.crisis for h in c.evidence}
        extra = {}
        for reading in u.alternatives:
            for hit in self.classifier.crisis.evidence(reading):
                if hit.crisis not in known and hit.crisis != "life_event" and not hit.kind.startswith("weak:"):
                    extra.setdefault(hit.crisis, dataclasses.replace(hit, kind="partial" if hit.kind == "named" else hit.kind))
        return tuple(extra.values())

    def _tracker_events(self, update: TrackerUpdate, t: float) -> list[Event]:
        out: list[Event] = []
        if update.register_changed:
            new, previous = update.register_changed
            out.append(Register(t=t, register=new, previous=previous))
        for crisis_id, certainty, trigger, belief in update.crises:
            state = self.tracker.crises.get(crisis_id)
            protocol = tuple((i.id, i.label) for i in self.tracker.protocol(crisis_id)) \
                if certainty == "confirmed" else ()
            out.append(Crisis(t=t, crisis=crisis_id, trigger=trigger, certainty=certainty, evidence=belief,
                              safety_asked=state is not None and state.safety_asked_at is not None,
                              screening=state is not None and state.screened_only,
                              protocol=protocol))
        for crisis_id, item, question_id in update.ticks:
            out.append(Protocol(t=t, crisis=crisis_id, item=item.id, label=item.label, question_id=question_id))
        for crisis_id, reason in update.ended:
            out.append(CrisisEnd(t=t, crisis=crisis_id, reason=reason))
        if update.phase_changed:
            new, previous = update.phase_changed
            out.append(PhaseChange(t=t, phase=new, previous=previous))
        return out

    # -- the suggestion's life --------------------------------------------------
    def _uptake(self, technique: str, question_id: str | None, score: float, t: float,
                worked_on: frozenset[str] = frozenset()) -> list[Event]:
        """The worker asked the suggested question, or another of its technique, while it was shown.

        `worked_on`: crises whose protocol this line carried out by its own words. A question of the same
        technique that went to another crisis ("is er nog een volwassene in dat huis" while a suicide
        question was shown) takes the suggestion up, but is not that suggestion's protocol step.
        """
        s = self.current
        if s is None or technique == "none":
            return []
        family = self.advisor.family.get(self.bank.questions[s.question_id].variant_of or s.question_id, {}) \
            if s.question_id in self.bank.questions else {}
        if question_id not in family.values() and not (technique == s.technique and score >= 50):
            return []
        self.tracker.mark_asked(s.question_id, t)
        self.tracker.taken_up[s.technique] += 1
        out: list[Event] = [Uptake(t=t, question_id=s.question_id, technique=s.technique, delay=round(t - s.t, 2)),
                            self._end_current(t, "taken_up")]
        # the worker asked (in their own words) the protocol step that was suggested: it is done
        asked_it = question_id in family.values() or question_id == s.question_id
        for crisis_id, item in self.tracker.tick_question(s.question_id, t,
                                                          only_if_not=frozenset() if asked_it else worked_on,
                                                          in_other_words=not asked_it):
            out.append(Protocol(t=t, crisis=crisis_id, item=item.id, label=item.label, question_id=s.question_id))
        for crisis_id, reason in self.tracker.end_assessed(t):
            out.append(CrisisEnd(t=t, crisis=crisis_id, reason=reason))
        return out

    def _expire(self, t: float) -> list[Event]:
        if self.current is None or t - self.current.t < self.suggestion_ttl:
            return []
        return [self._end_current(round(self.current.t + self.suggestion_ttl, 3), "expired")]

    def _end_current(self, t: float, reason: str) -> SuggestionEnd:
        assert self.current is not None
        ended = SuggestionEnd(t=t, question_id=self.current.question_id, reason=reason)
        self.current = None
        self._dirty = True
        return ended

    # -- when to suggest --------------------------------------------------------
    def _maybe_suggest(self, t: float, *, paused_for: float, force: bool = False) -> list[Event]:
        advice = self.advisor.advise(self.tracker)
        if advice is None:
            return []
        if self.paused and not advice.urgent:
            return []
        if self.current is not None and self.current.question_id == advice.question.id:
            return []
        if not force:
            if paused_for < self.pause_after:
                return []  # shown at the next pause, never mid-flow
            if not self._dirty and self.current is not None:
                return []  # nothing changed and a suggestion is on screen
            if self._last_suggestion_at is not None and t - self._last_suggestion_at < self.min_gap:
                return []
        return self._suggest(advice, t)

    def _suggest(self, advice: Advice, t: float, *, reason: str | None = None) -> list[Event]:
        out: list[Event] = []
        if self.current is not None:
            out.append(self._end_current(t, "superseded"))
        q = advice.question
        suggestion = Suggestion(
            t=t, question_id=q.id, text=q.text, technique=q.technique, phase=q.phase,
            reason=reason or advice.reason, channel="display" if self.muted else "both",
            alternatives=advice.alternatives, register=q.register if q.register != "neutral" else None,
        )
        self.current = suggestion
        self.tracker.suggested[q.id] += 1
        self.tracker.suggested_at[q.id] = t
        self.tracker.suggested_techniques[q.technique] += 1
        if is_crisis_step(suggestion.reason):
            self.tracker.crisis_suggested[q.technique] += 1
        self._dirty = False
        self._last_suggestion_at = t
        out.append(suggestion)
        return out

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
        elif event.action == "dismiss":
            if self.current is not None:
                out.append(self._end_current(event.t, "dismissed"))
        elif event.action in CRISIS_CONTROLS:
            crisis_id = event.value or ""
            reason = CRISIS_CONTROLS[event.action]
            if self.tracker.end_crisis(crisis_id, reason, event.t):
                out.append(CrisisEnd(t=event.t, crisis=crisis_id, reason=reason))
                if self.current is not None and is_about_crisis(self.current.reason):
                    out.append(self._end_current(event.t, "superseded"))
                self._dirty = True
            else:
                name = CRISES.get(crisis_id, crisis_id or "onbekend")
                out.append(ComponentWarning(t=event.t, component="control",
                                            message=f"Er is geen open crisis '{name}'; er is niets veranderd."))
        return out

    def _on_lookup(self, event: LookupRequest) -> list[Event]:
        result = self.lookup_engine.find(event.query, self.tracker)
        out: list[Event] = [Lookup(t=event.t, query=event.query,
                                   question_id=result.question.id if result.question else None,
                                   alternatives=result.alternatives, via=event.via)]
        if result.question is not None:
            advice = Advice(result.question, result.reason, result.alternatives)
            out.extend(self._suggest(advice, event.t))
        return out
