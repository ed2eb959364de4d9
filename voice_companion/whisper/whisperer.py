"""The whisper: suggestions spoken softly in Dutch into the worker's headset.

    bus -> Suggestion(channel whisper|both) -> gate (silence, no overlap, rate,
           mute) -> synthesizer (cached) -> gain (volume) -> player (headset)
    bus -> Partial with new words / voice_activity() -> interrupt
    outcome -> Whisper(question_id, status, detail) submitted to the session (logged)

Nothing is ever said onto the phone line: the output device must be the
worker's headset; with no device configured, or a configured one missing,
nothing is played (a calm warning, and each whisper is logged as skipped) and
everything else keeps working. A broken speech engine only produces `failed`
Whisper events; it never raises into the session.

`handle(event)` and `step()` are the whole behaviour and run in one thread
(`start()`); tests call them directly with a clock they control.
"""

from __future__ import annotations

import queue
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from voice_companion.events import (
    ComponentWarning,
    Control,
    Crisis,
    Event,
    Partial,
    SessionEnd,
    Suggestion,
    Utterance,
    Whisper,
)
from voice_companion.whisper import WARN_FALLBACK, WARN_HICCUP
from voice_companion.whisper.gate import Decision, Phrase, WhisperGate
from voice_companion.whisper.player import Player, open_player
from voice_companion.whisper.tts import DEFAULT_RATE, Audio, Synthesizer, apply_gain

_STOP = object()
WHISPER_CHANNELS = ("whisper", "both")


class Whisperer:
    """Speaks whisper-channel suggestions when the worker is silent; logs each outcome.

    `session_bus`: a `pipeline.Session` (preferred: Whisper events are submitted
    to it, so the log has them) or a bare `pipeline.Bus` (events are published).
    `output_device`: index or name of the HEADSET (see player.py); None: no playback.
    `echo_guard`: optional; told when a whisper plays so the recognizer can ignore
    it (an object with `whisper_started(duration)` / `whisper_stopped()`, or a
    callable taking True/False).
    """

    def __init__(
        self,
        session_bus: Any,
        *,
        output_device: int | str | None = None,
        volume: float = 0.3,
        rate: int = DEFAULT_RATE,
        min_interval: float = 20.0,
        silence_wait: float = 1.5,
        max_wait: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
        echo_guard: Any = None,
        bank: Any = None,
        synthesizer: Synthesizer | None = None,
        player: Player | None = None,
        report: Callable[[Event], None] | None = None,
        voice: str = "nl",
    ):
        if not 0.0 <= float(volume) <= 1.0:
            raise ValueError("whisper volume must be between 0 and 1")
        self.session = session_bus if hasattr(session_bus, "bus") and hasattr(session_bus, "submit") else None
        self.bus = self.session.bus if self.session is not None else session_bus
        self.volume = float(volume)
        self.clock = clock
        self.echo_guard = echo_guard
        self.bank = bank
        self.gate = WhisperGate(silence_wait=silence_wait, min_interval=min_interval,
                                max_wait=max_wait, clock=clock)
        self.player: Player = player if player is not None else open_player(output_device)
        self._own_synth = synthesizer is None
        self.synth: Synthesizer | None = synthesizer
        if self.synth is None and self.player.available:
            self.synth = Synthesizer(rate=rate, voice=voice)
        self._report = report
        self._t0 = clock()
        self._inbox: queue.Queue = self.bus.subscribe_queue()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="whisper-tts")
        self._audio: dict[int, Future[Audio]] = {}
        self._last_partial = ""
        self._thread: threading.Thread | None = None
        self._warned: set[str] = set()
        self.outcomes: list[Whisper] = []  # what was reported (for tests and the bench)
        self.started_at: dict[int, float] = {}  # phrase token -> clock at playback start

    # -- lifecycle ------------------------------------------------------------
    def start(self) -> "Whisperer":
        if not self.player.available:
            self._warn("device", self.player.description)  # in the worker's words, shown on the page
        elif self.synth is not None:
            self.synth.warm()
            self.prerender_safety()
        self._thread = threading.Thread(target=self._run, name="whisper", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._inbox.put(_STOP)
            self._thread.join(timeout=5)
            self._thread = None
        self.player.stop()
        self._guard(False)
        self.bus.unsubscribe_queue(self._inbox)
        self._executor.shutdown(wait=False, cancel_futures=True)
        if self._own_synth and self.synth is not None:
            self.synth.close()

    # -- thread-safe inputs from outside the bus ---------------------------------
    def voice_activity(self) -> None:
        """The worker is talking (from a VAD): stop any whisper at once."""
        self._inbox.put(("voice", self.clock()))

    def worker_silent(self, since: float | None = None) -> None:
        """The worker stopped talking at `since` (this whisperer's clock; default now)."""
        self._inbox.put(("silent", self.clock() if since is None else since))

    # -- the behaviour ------------------------------------------------------------
    def handle(self, item: Any) -> None:
        """One bus event or internal message (whisper thread, or a test)."""
        if isinstance(item, tuple):
            kind = item[0]
            if kind == "voice":
                self._apply(self.gate.voice(item[1]))
            elif kind == "silent":
                self.gate.silent_since(item[1])
            elif kind == "done":
                _, phrase, ok, detail = item
                self._guard(False)
                self._apply(self.gate.finished(phrase, ok, detail))
            return  # "synth" (audio ready) only wakes the loop
        if isinstance(item, Suggestion):
            self._on_suggestion(item)
        elif isinstance(item, Partial):
            text = item.text.strip()
            if text and text != self._last_partial:  # new words: the worker is talking
                self._apply(self.gate.voice())
            self._last_partial = text
        elif isinstance(item, Utterance):
            self._last_partial = ""
            self.gate.silent_since(self._speech_end(item))
        elif isinstance(item, Control):
            if item.action in ("mute", "unmute"):
                self._apply(self.gate.set_muted(item.action == "mute"))
            elif item.action in ("pause", "resume"):
                self._apply(self.gate.set_paused(item.action == "pause"))
        elif isinstance(item, Crisis):
            self._prerender_crisis(item.crisis)
        elif isinstance(item, SessionEnd):
            self._apply(self.gate.set_muted(True))

    def step(self) -> None:
        """Start the pending phrase if the gate allows it (and its audio is ready)."""
        pending = self.gate.pending
        future = self._audio.get(pending.token) if pending is not None else None
        if pending is not None and future is not None and future.done() and future.exception() is not None:
            self._audio.pop(pending.token, None)
            self._apply(self.gate.abandon(pending, "failed", f"spraak mislukt: {future.exception()}"))
            return
        decision = self.gate.poll(ready=future is not None and future.done())
        if decision.start is not None:
            phrase = decision.start
            future = self._audio.pop(phrase.token)
            audio = apply_gain(future.result(), self.volume)
            reason = getattr(self.synth, "fallback_reason", None)
            if reason:
                self._warn("tts-fallback", f"{WARN_FALLBACK}{reason}")
            self.started_at[phrase.token] = self.clock()
            self._guard(True, audio.duration)
            try:
                self.player.play(audio, lambda ok, detail, p=phrase: self._inbox.put(("done", p, ok, detail)))
            except Exception as exc:  # a player bug must not stop the whisper thread
                self._guard(False)
                self._apply(self.gate.abandon(phrase, "failed", f"afspelen mislukt: {exc}"))
        self._apply(decision)

    # -- internals ------------------------------------------------------------------
    def _on_suggestion(self, s: Suggestion) -> None:
        if s.channel not in WHISPER_CHANNELS:
            return
        self._prerender_alternatives(s.alternatives)
        if not self.player.available or self.synth is None:
            self._emit(Whisper(t=self._t(), question_id=s.question_id, status="skipped",
                               detail=self.player.description))
            return
        decision = self.gate.offer(s.question_id, s.text)
        pending = self.gate.pending
        if pending is not None and pending.token not in self._audio:
            self._audio[pending.token] = self._render(pending)
        self._apply(decision)

    def _render(self, phrase: Phrase) -> "Future[Audio]":
        assert self.synth is not None
        future = self._executor.submit(self.synth.synth, phrase.text)
        future.add_done_callback(lambda _f: self._inbox.put(("synth",)))
        return future

    def _apply(self, decision: Decision) -> None:
        if decision.stop_playback:
            self.player.stop()
            self._guard(False)
        for outcome in decision.outcomes:
            self._audio.pop(outcome.phrase.token, None)
            self._emit(Whisper(t=self._t(), question_id=outcome.phrase.question_id,
                               status=outcome.status, detail=outcome.detail))

    def _speech_end(self, u: Utterance) -> float:
        """When the worker fell silent, on this whisperer's clock."""
        now = self.clock()
        session_clock = getattr(self.session, "clock", None)
        if session_clock is not None and u.end > 0:
            try:
                lag = float(session_clock()) - u.end
            except Exception:
                lag = -1.0
            if 0.0 <= lag <= 5.0:
                return now - lag
        return now

    def _t(self) -> float:
        session_clock = getattr(self.session, "clock", None)
        if session_clock is not None:
            try:
                return float(session_clock())
            except Exception:
                pass
        return self.clock() - self._t0

    def _emit(self, event: Event) -> None:
        if isinstance(event, Whisper):
            self.outcomes.append(event)
        try:
            if self._report is not None:
                self._report(event)
            elif self.session is not None:
                if not getattr(self.session, "ended", False):
                    self.session.submit(event)  # the core passes it into the log
            else:
                self.bus.publish(event)
        except Exception:
            pass  # reporting must never take the whisper (or the session) down

    def _warn(self, key: str, message: str) -> None:
        if key not in self._warned:
            self._warned.add(key)
            self._emit(ComponentWarning(t=self._t(), component="whisper", message=message))

    def _guard(self, active: bool, duration: float = 0.0) -> None:
        guard = self.echo_guard
        if guard is None:
            return
        try:
            if active and hasattr(guard, "whisper_started"):
                guard.whisper_started(duration)
            elif not active and hasattr(guard, "whisper_stopped"):
                guard.whisper_stopped()
            elif callable(guard):
                guard(active)
        except Exception:
            pass

    def _prerender_alternatives(self, question_ids: tuple[str, ...]) -> None:
        if self.synth is None or self.bank is None:
            return
        questions = getattr(self.bank, "questions", {})
        self.synth.prerender(questions[q].text for q in question_ids if q in questions)

    def _prerender_crisis(self, crisis_id: str) -> None:
        """Render the questions of the technique the bank puts first for this crisis."""
        if self.synth is None or self.bank is None:
            return
        info = getattr(self.bank, "crises", {}).get(crisis_id)
        first = getattr(info, "first", None) or "safety"
        questions = getattr(self.bank, "by_technique", {}).get(first, [])
        self.synth.prerender(q.text for q in questions[:4])

    def prerender_safety(self) -> None:
        """Render the crisis-first questions of every crisis now (call at start)."""
        for crisis_id in getattr(self.bank, "crises", {}) or {}:
            self._prerender_crisis(crisis_id)

    def _run(self) -> None:
        while True:
            wake = self.gate.next_wakeup()
            pending = self.gate.pending
            waiting_for_audio = pending is not None and not (
                self._audio.get(pending.token) is not None and self._audio[pending.token].done())
            if wake is None:
                timeout = 0.5
            else:
                timeout = min(max(wake - self.clock(), 0.0), 0.5)
                if waiting_for_audio and timeout == 0.0:
                    timeout = 0.5  # the synth callback wakes us
            try:
                item = self._inbox.get(timeout=timeout)
            except queue.Empty:
                item = None
            if item is _STOP:
                return
            try:
                if item is not None:
                    self.handle(item)
                    while True:  # take everything already there before deciding
                        try:
                            more = self._inbox.get_nowait()
                        except queue.Empty:
                            break
                        if more is _STOP:
                            return
                        self.handle(more)
                self.step()
            except Exception as exc:  # never let the whisper thread die silently
                self._warn(type(exc).__name__, f"{WARN_HICCUP}{type(exc).__name__}: {exc}")
