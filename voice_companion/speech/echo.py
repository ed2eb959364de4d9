"""Echo guard: while the companion's own whisper plays, the microphone may hear it.

The whisper player calls `playing(start, end)` (session-clock seconds) when it
starts a phrase, and `stopped(t)` if it is cut short. For a player that does not
know the session clock (whisper.Whisperer), `whisper_started(duration)` and
`whisper_stopped()` do the same with the guard's own `clock`. The recognizer asks
`guarded_spans(t0, t1)` for every block of audio and does not feed the guarded
part to the main recognizer; the skipped time is counted and logged.
"""

from __future__ import annotations

import threading
import time
from typing import Callable

DEFAULT_TAIL = 0.25  # room echo and output latency after the whisper ends
DEFAULT_LEAD = 0.05  # output latency before it starts


class EchoGuard:
    def __init__(self, *, tail: float = DEFAULT_TAIL, lead: float = DEFAULT_LEAD,
                 clock: Callable[[], float] | None = None):
        self.clock = clock or time.monotonic
        self.tail = tail
        self.lead = lead
        self._spans: list[list[float]] = []  # [start, end]; end may be inf while open
        self._lock = threading.Lock()

    def playing(self, start: float, end: float | None = None) -> None:
        """The whisper plays from `start` until `end` (None: until `stopped`)."""
        stop = float("inf") if end is None else end + self.tail
        with self._lock:
            self._spans.append([start - self.lead, stop])
            self._spans.sort()

    def stopped(self, t: float) -> None:
        """The whisper ended (early) at `t`: guard only `tail` seconds more."""
        with self._lock:
            for span in self._spans:
                if span[0] <= t < span[1]:
                    span[1] = t + self.tail

    def whisper_started(self, duration: float | None = None) -> None:
        now = self.clock()
        self.playing(now, now + duration if duration else None)

    def whisper_stopped(self) -> None:
        self.stopped(self.clock())

    def is_guarded(self, t: float) -> bool:
        with self._lock:
            return any(a <= t < b for a, b in self._spans)

    def guarded_spans(self, t0: float, t1: float) -> list[tuple[float, float]]:
        """Parts of [t0, t1) that are guarded (merged, clipped), oldest spans pruned."""
        out: list[tuple[float, float]] = []
        with self._lock:
            self._spans = [s for s in self._spans if s[1] > t0 - 60.0]
            for a, b in self._spans:
                lo, hi = max(a, t0), min(b, t1)
                if lo < hi:
                    if out and lo <= out[-1][1]:
                        out[-1] = (out[-1][0], max(out[-1][1], hi))
                    else:
                        out.append((lo, hi))
        return out

    def active(self) -> bool:
        with self._lock:
            return bool(self._spans)


__all__ = ["EchoGuard"]
