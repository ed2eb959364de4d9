"""When a whisper may be spoken: pure timing rules with an injected clock.

The gate holds at most one pending phrase and knows whether one is playing.
It never touches audio; the Whisperer asks it what to do and carries it out.

Rules (each one unit-tested with a clock the test controls):

* speak only after the worker has been silent for `silence_wait` seconds;
* never over the worker: new words (a changed partial, voice activity)
  interrupt a phrase that is playing;
* never two at once: one phrase plays, a newer suggestion replaces the
  pending one (the older is reported as skipped);
* at most one phrase started per `min_interval` seconds (an interrupted
  phrase counts: it was heard in part);
* a pending phrase that cannot start within `max_wait` seconds is dropped
  (a question whispered long after the moment is worse than none);
* muted or paused: nothing is spoken; muting stops a phrase that is playing.

Every decision that ends a phrase comes back as an `Outcome` with the status
of the `Whisper` event to log: spoken, interrupted, skipped or failed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable


@dataclass
class Phrase:
    """Something to whisper: a question id and its text."""

    question_id: str
    text: str
    offered_at: float = 0.0
    token: int = 0


@dataclass(frozen=True)
class Outcome:
    phrase: Phrase
    status: str  # spoken | interrupted | skipped | failed
    detail: str = ""


@dataclass
class Decision:
    """What the Whisperer must do now: start `start` and/or stop the player."""

    start: Phrase | None = None
    stop_playback: bool = False
    outcomes: list[Outcome] = field(default_factory=list)


class WhisperGate:
    def __init__(
        self,
        *,
        silence_wait: float = 1.5,
        min_interval: float = 20.0,
        max_wait: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ):
        if silence_wait < 0 or min_interval < 0 or max_wait <= 0:
            raise ValueError("silence_wait and min_interval must be >= 0, max_wait > 0")
        self.silence_wait = float(silence_wait)
        self.min_interval = float(min_interval)
        self.max_wait = float(max_wait)
        self.clock = clock
        self.muted = False
        self.paused = False
        self.pending: Phrase | None = None
        self.playing: Phrase | None = None
        self.last_start: float | None = None
        # When the worker last spoke (gate clock); never heard yet: silent.
        self.last_voice: float = float("-inf")
        self._tokens = 0

    # -- inputs ---------------------------------------------------------------
    def offer(self, question_id: str, text: str) -> Decision:
        """A suggestion to whisper; returns what happens to it (and to an older one)."""
        now = self.clock()
        self._tokens += 1
        phrase = Phrase(question_id=question_id, text=text, offered_at=now, token=self._tokens)
        decision = Decision()
        if not text.strip():
            decision.outcomes.append(Outcome(phrase, "skipped", "geen tekst om te fluisteren"))
            return decision
        if self.muted:
            decision.outcomes.append(Outcome(phrase, "skipped", "fluisteren staat uit (mute)"))
            return decision
        if self.paused:
            decision.outcomes.append(Outcome(phrase, "skipped", "suggesties gepauzeerd"))
            return decision
        if self.pending is not None:
            decision.outcomes.append(Outcome(self.pending, "skipped", "vervangen door een nieuwere suggestie"))
        self.pending = phrase
        return decision

    def voice(self, at: float | None = None) -> Decision:
        """The worker is talking (new words, voice activity): stop any whisper."""
        now = self.clock() if at is None else at
        self.last_voice = max(self.last_voice, now)
        return self._interrupt("de medewerker praat")

    def silent_since(self, at: float) -> None:
        """The worker's speech ended at `at` (gate clock), e.g. a final utterance."""
        self.last_voice = max(self.last_voice, min(at, self.clock()))

    def set_muted(self, muted: bool) -> Decision:
        self.muted = muted
        return self._quiet("fluisteren staat uit (mute)") if muted else Decision()

    def set_paused(self, paused: bool) -> Decision:
        self.paused = paused
        return self._quiet("suggesties gepauzeerd") if paused else Decision()

    def finished(self, phrase: Phrase, ok: bool, detail: str = "") -> Decision:
        """Playback of `phrase` ended by itself (ok) or failed."""
        decision = Decision()
        if self.playing is not None and self.playing.token == phrase.token:
            self.playing = None
            decision.outcomes.append(Outcome(phrase, "spoken" if ok else "failed", detail))
        return decision

    def abandon(self, phrase: Phrase, status: str, detail: str) -> Decision:
        """A pending/started phrase could not be played (no audio, TTS failure)."""
        decision = Decision()
        if self.playing is not None and self.playing.token == phrase.token:
            self.playing = None
            decision.outcomes.append(Outcome(phrase, status, detail))
        elif self.pending is not None and self.pending.token == phrase.token:
            self.pending = None
            decision.outcomes.append(Outcome(phrase, status, detail))
        return decision

    # -- timing -----------------------------------------------------------------
    def due_at(self) -> float | None:
        """Gate-clock time at which the pending phrase may start (None: nothing pending)."""
        if self.pending is None:
            return None
        due = self.last_voice + self.silence_wait
        if self.last_start is not None:
            due = max(due, self.last_start + self.min_interval)
        return due

    def next_wakeup(self) -> float | None:
        """When `poll` should next be called (start time or expiry), if anything is pending."""
        if self.pending is None:
            return None
        due = self.due_at()
        expiry = self.pending.offered_at + self.max_wait
        return min(due, expiry) if due is not None else expiry

    def poll(self, ready: bool = True) -> Decision:
        """Start the pending phrase if every rule allows it; `ready`: its audio exists."""
        now = self.clock()
        decision = Decision()
        phrase = self.pending
        if phrase is None or self.playing is not None:
            if phrase is not None and now - phrase.offered_at > self.max_wait:
                self.pending = None
                decision.outcomes.append(Outcome(phrase, "skipped", "een eerder gefluisterde vraag speelde nog"))
            return decision
        deadline = phrase.offered_at + self.max_wait
        if self.last_start is not None and self.last_start + self.min_interval > deadline:
            self.pending = None
            decision.outcomes.append(Outcome(
                phrase, "skipped", f"hooguit één gefluisterde vraag per {self.min_interval:g} s"))
            return decision
        due = self.due_at()
        if now >= due and ready:  # type: ignore[operator]
            self.pending = None
            self.playing = phrase
            self.last_start = now
            decision.start = phrase
            return decision
        if now > deadline:
            self.pending = None
            reason = ("de medewerker bleef praten" if now - self.last_voice < self.silence_wait
                      else "de spraak was niet op tijd klaar")
            decision.outcomes.append(Outcome(phrase, "skipped", reason))
        return decision

    # -- helpers ----------------------------------------------------------------
    def _interrupt(self, detail: str) -> Decision:
        decision = Decision()
        if self.playing is not None:
            decision.outcomes.append(Outcome(self.playing, "interrupted", detail))
            decision.stop_playback = True
            self.playing = None
        return decision

    def _quiet(self, detail: str) -> Decision:
        decision = self._interrupt(detail)
        if self.pending is not None:
            decision.outcomes.append(Outcome(self.pending, "skipped", detail))
            self.pending = None
        return decision
