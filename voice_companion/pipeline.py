"""The session pipeline: inputs -> core -> log and sinks, as a stream of events.

    audio -> recognizer -> Utterance ─┐
    page / keys -> Control, LookupRequest ─┤-> Session.input queue -> core (classifier,
    silence -> Tick ──────────────────┘   tracker, advisor) -> events -> log + bus
                                                               bus -> terminal / page / whisper

Producers (recognizer thread, web page, timers) only `submit` events; the
session thread is the one place where the core runs, so the core needs no
locks. Every event the core emits is logged first and then published, so the
log is complete even when a sink (whisper, page) fails.
"""

from __future__ import annotations

import dataclasses
import queue
import sys
import threading
import time
from typing import Callable, Protocol

from voice_companion.events import (
    ComponentWarning,
    Control,
    Event,
    LookupRequest,
    SessionEnd,
    SessionStart,
    Utterance,
)
from voice_companion.errors import UserError
from voice_companion.sessionlog import LogWriter, describe_os_error, describe_os_error_nl
from voice_companion.i18n import _

LOG_GIVE_UP = 30.0  # seconds of failed log writes before the session stops (the events wait in memory)
MAX_UNWRITTEN = 20_000  # events kept in memory meanwhile
# Redaction across lines: an utterance that ends in a number the next utterance may continue
# ("het is zevenennegentig acht" / "negenenzestig nul ...") is kept from the log (not from the
# core or the page) until the next utterance shows what it was, for at most this many seconds;
# the session's end writes it at once. Only a hard kill inside that window loses it.
REDACTION_HOLD = 4.0
# A number said over three lines ("nul zes" / "twaalf vierendertig" / "zesenvijftig ..."): while the
# redactor keeps holding, at most this many utterances are kept back at once (the oldest is written
# when one more comes); the hold's time counts from the newest. The log keeps the lines' order.
HOLD_LINES = 2


class Core(Protocol):
    bank_id: str

    def handle(self, event: Event) -> list[Event]:
        """Take one input event; return every event it causes, in order."""


Callback = Callable[[Event], None]


class Bus:
    """Fan-out of events: synchronous callbacks and per-subscriber queues.

    Callbacks run in the session thread and must be quick (terminal printing);
    slow sinks (page, whisper) take a queue and drain it in their own thread.
    A failing sink is reported once and then skipped, never stops the session.
    """

    def __init__(self) -> None:
        self._callbacks: list[Callback] = []
        self._queues: list[queue.Queue[Event]] = []
        self._lock = threading.Lock()
        self.failures: list[tuple[str, str]] = []
        self._overflowed: set[int] = set()

    def subscribe(self, callback: Callback) -> None:
        with self._lock:
            self._callbacks.append(callback)

    def subscribe_queue(self, maxsize: int = 10_000) -> "queue.Queue[Event]":
        q: queue.Queue[Event] = queue.Queue(maxsize=maxsize)
        with self._lock:
            self._queues.append(q)
        return q

    def unsubscribe_queue(self, q: "queue.Queue[Event]") -> None:
        with self._lock:
            if q in self._queues:
                self._queues.remove(q)

    def publish(self, event: Event) -> list[tuple[str, str]]:
        """Deliver `event`; returns (sink, error) for sinks that failed now."""
        failed: list[tuple[str, str]] = []
        with self._lock:
            callbacks = list(self._callbacks)
            queues = list(self._queues)
        for callback in callbacks:
            try:
                callback(event)
            except Exception as exc:  # a sink must never stop the session
                # a function's or a display's name, never a repr with a memory address
                name = getattr(callback, "__qualname__", None) or type(callback).__qualname__
                failed.append((name, f"{type(exc).__name__}: {exc}"))
                with self._lock:
                    if callback in self._callbacks:
                        self._callbacks.remove(callback)
        for q in queues:
            try:
                q.put_nowait(event)
            except queue.Full:
                if id(q) not in self._overflowed:  # said once per display, not once per event
                    self._overflowed.add(id(q))
                    failed.append(("display", "een scherm kon het niet bijhouden; oudste meldingen overgeslagen"))
                try:
                    q.get_nowait()
                    q.put_nowait(event)
                except (queue.Empty, queue.Full):
                    pass
        self.failures.extend(failed)
        return failed


class Session:
    """One call: runs the core on input events, logs and publishes the results."""

    def __init__(
        self,
        core: Core,
        *,
        log: LogWriter | None,
        bus: Bus | None = None,
        source: str = "script",
        lang: str = "nl",
        redact: Callable[[str], tuple[str, bool]] | None = None,
        clock: Callable[[], float] | None = None,
    ):
        self.core = core
        self.log = log
        self.bus = bus or Bus()
        self.source = source
        self.lang = lang
        self.redact = redact
        self._t0 = time.monotonic()
        self.clock = clock or (lambda: time.monotonic() - self._t0)
        self.inbox: queue.Queue[Event | None] = queue.Queue()
        self.ended = False
        self.unwritten: list[Event] = []  # events the log has not taken yet (disk full, ...)
        self.lost = 0
        self.log_error: str | None = None
        self.failed: str | None = None  # set when the session must stop: the log cannot be written
        self._log_failing_since = 0.0
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._held: list[Utterance] = []  # kept from the log until the next line (REDACTION_HOLD, HOLD_LINES)

    # -- emitting ---------------------------------------------------------
    def emit(self, event: Event) -> None:
        """Log, then publish; a sink failure becomes a logged warning.

        A log write that fails (disk full, read-only, removed folder) is said once
        on stderr and on the page; the events are kept in memory and written when
        the disk takes them again. After LOG_GIVE_UP seconds of failing, `failed`
        holds the message and the callers stop the session cleanly.
        """
        with self._lock:
            last = isinstance(event, SessionEnd)  # nothing is logged after session_end: its sinks' warnings first
            if self.log is not None and not last:
                self._log_write(event)
            for sink, error in self.bus.publish(event):
                warning = ComponentWarning(t=event.t, component=sink, message=error)
                if self.log is not None:
                    self._log_write(warning)
                self.bus.publish(warning)
            if self.log is not None and last:
                self._log_write(event)

    def _log_write(self, event: Event) -> None:
        if self.log is None or self.log.closed:
            return
        if len(self.unwritten) >= MAX_UNWRITTEN:
            self.unwritten.pop(0)  # keep the newest; the count of lost lines is in the message
            self.lost += 1
        self.unwritten.append(event)
        if self._held:  # its log lines wait for the next utterance (REDACTION_HOLD)
            return
        self._flush(event.t)

    def _release_held(self, t: float, label: str | None = None, earlier: str | None = None,
                      keep: bool = False) -> None:
        """Write the held utterances and what followed them; `label` closes the newest one's trailing
        number, `earlier` closes the number runs of the one before it (a number said over three lines).
        With `keep` the newest stays held (the next line may still revise it) and is not written yet."""
        held, self._held = self._held, []
        if not held:
            return
        from voice_companion.privacy.redact import revise_earlier, revise_held

        revise = {id(held[-1]): (revise_held, label)}
        if len(held) >= 2:
            revise[id(held[-2])] = (revise_earlier, earlier)
        for i, queued in enumerate(self.unwritten):
            how = revise.get(id(queued))
            if how is None or not how[1]:
                continue  # (ids of held lines: they are alive in `held`, so an id names only them)
            fn, lab = how
            new = dataclasses.replace(queued, text=fn(queued.text, lab), redacted=True,
                                      alternatives=tuple(fn(a, lab) for a in queued.alternatives))
            if new != queued:
                self.unwritten[i] = new
                held = [new if h is queued else h for h in held]
        if not label and not keep:
            getattr(self.redact, "release", lambda: None)()
        stop = None
        if keep:
            self._held = [held[-1]]
            stop = held[-1]
        if self.log is not None and not self.log.closed and self.unwritten:
            self._flush(t, stop)

    def _flush(self, t: float, stop: Event | None = None) -> None:
        try:
            while self.unwritten and (stop is None or self.unwritten[0] is not stop):
                self.log.write(self.unwritten[0])
                self.unwritten.pop(0)
        except OSError as exc:
            now = time.monotonic()
            if self.log_error is None:
                self.log_error = describe_os_error(exc, self.log.path)
                self._log_failing_since = now
                try:
                    print(_('voice-companion: warning: {log_error} (retrying; the session keeps its events in memory meanwhile)').format(log_error=self.log_error), file=sys.stderr, flush=True)
                except OSError:
                    pass
                self.bus.publish(ComponentWarning(
                    t=t, component="log",
                    message=describe_os_error_nl(exc) + "; de sessie bewaart alles in het geheugen en probeert opnieuw"))
            elif self.failed is None and now - self._log_failing_since > LOG_GIVE_UP:
                self.failed = _("{log_error}; the session stopped after {seconds:.0f} s of failed writes "
                                "({count} events not written)").format(log_error=self.log_error, seconds=LOG_GIVE_UP,
                                                                      count=len(self.unwritten))
                self.bus.publish(ComponentWarning(
                    t=t, component="log",
                    message=describe_os_error_nl(exc) + "; de sessie stopt"))
            return
        if self.log_error is not None:  # the disk takes them again
            self.log_error = None
            note = ComponentWarning(t=t, component="log", message="het log wordt weer geschreven")
            self.bus.publish(note)

    def start(self, **extra: object) -> None:
        self.emit(SessionStart(t=0.0, lang=self.lang, bank=self.core.bank_id,
                               source=self.source, redaction=self.redact is not None, **extra))
        if self.log_error is not None and self.log is not None:  # nothing could be written: do not start
            message = self.log_error
            self.ended = True
            self.log.close()
            raise UserError(message)

    def end(self, reason: str = "done", t: float | None = None) -> None:
        if self.ended:
            return
        self.ended = True
        with self._lock:
            self._release_held(self.clock() if t is None else t)
        self.emit(SessionEnd(t=self.clock() if t is None else t, reason=reason))
        if self.log is not None:
            self.log.close()
            if self.unwritten and self.failed is None:
                self.failed = _("{log_error}; {count} events of the end of this session were not written").format(
                    log_error=self.log_error or _("the log could not be written"), count=len(self.unwritten))

    # -- handling ---------------------------------------------------------
    def handle(self, event: Event) -> list[Event]:
        """Run one input event through the core synchronously (session thread)."""
        if self._held and event.t - self._held[-1].t >= REDACTION_HOLD - 1e-6:  # (float sums)
            with self._lock:
                self._release_held(event.t)
        if self.redact is not None:
            if isinstance(event, Utterance):
                peek = getattr(self.redact, "peek", self.redact)  # alternatives leave the window alone
                alternatives = tuple(peek(a)[0] for a in event.alternatives)
                text, changed = self.redact(event.text)
                holding = bool(getattr(self.redact, "holding", False)) and self.log is not None
                if self._held:  # this line shows whether the held ones' number went on
                    with self._lock:
                        self._release_held(event.t, getattr(self.redact, "revised", None),
                                           getattr(self.redact, "revised_before", None),
                                           keep=holding and HOLD_LINES > 1)
                if changed or alternatives != event.alternatives:
                    event = dataclasses.replace(event, text=text, alternatives=alternatives, redacted=True)
                if holding:
                    self._held.append(event)  # the core and the page get it now; the log after the next line
            elif isinstance(event, LookupRequest):
                event = dataclasses.replace(event, query=getattr(self.redact, "peek", self.redact)(event.query)[0])
            elif isinstance(event, Control) and event.action == "mark" and isinstance(event.value, str):
                event = dataclasses.replace(event, value=getattr(self.redact, "peek", self.redact)(event.value)[0])
        try:
            produced = self.core.handle(event)
        except Exception as exc:  # the log must survive a core bug
            produced = [ComponentWarning(t=event.t, component="core",
                                         message=f"{type(exc).__name__}: {exc}")]
        for out in produced:
            self.emit(out)
        if self.failed is not None and self._thread is None:
            raise UserError(self.failed)
        return produced

    # -- threaded use (live) ----------------------------------------------
    def submit(self, event: Event) -> None:
        """Thread-safe: queue an input event for the session thread."""
        self.inbox.put(event)

    def run_in_thread(self) -> threading.Thread:
        def loop() -> None:
            while True:
                event = self.inbox.get()
                if event is None:
                    return
                self.handle(event)
                if self.failed is not None:  # the caller sees `failed` and stops the session
                    return

        self._thread = threading.Thread(target=loop, name="session", daemon=True)
        self._thread.start()
        return self._thread

    def stop(self, reason: str = "stopped") -> None:
        """Drain what was submitted, then end the session."""
        if self._thread is not None:
            self.inbox.put(None)
            self._thread.join(timeout=10)
        self.end(reason)
