"""Drive a Companion the way the session does, with a clock the test controls (shared by the core tests)."""

from __future__ import annotations

from voice_companion.core import Companion
from voice_companion.events import Suggestion, Tick, Utterance


class Call:
    def __init__(self, bank, *, step: float = 5.0, **kwargs):
        self.core = Companion(bank, **kwargs)
        self.step = step  # seconds from one worker line to the next
        self.t = 0.0
        self.events = []

    def say(self, text: str, pause: float | None = 4.0):
        """One worker line, then (unless pause is None) that many seconds of silence."""
        self.t += self.step
        out = self.core.handle(Utterance(t=self.t, text=text, start=self.t - 2, end=self.t, source="test"))
        if pause:
            out += self.core.handle(Tick(t=self.t + pause, silent_since=self.t))
            self.t += pause
        self.events += out
        return out

    def do(self, event):
        out = self.core.handle(event)
        self.events += out
        return out

    def of(self, kind: str) -> list:
        return [e for e in self.events if e.type == kind]

    @property
    def suggestions(self):
        return [e for e in self.events if isinstance(e, Suggestion)]
