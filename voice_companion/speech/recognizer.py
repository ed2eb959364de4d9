"""The streaming recognizer: Vosk in its own thread, fed from a bounded queue.

    source (mic callback / file reader) --AudioChunk--> queue --> recognizer thread
        -> Partial events (published for views, not logged)
        -> Utterance events (submitted to the session; start/end from Vosk word times)
        -> Tick events while the worker is silent after an utterance
        -> AudioStatus events for audio skipped by the echo guard

Times: each AudioChunk carries the session-clock time of its first sample. Vosk
word times count the audio fed to the recognizer; a timeline maps them back to
session time, also across gaps (audio dropped, guarded, a reconnected device).
For files the session clock *is* the audio-sample time.
"""

from __future__ import annotations

import bisect
import json
import queue
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from voice_companion.events import AudioStatus, ComponentWarning, Event, Partial, Tick, Utterance
from voice_companion.speech.audio import Converter
from voice_companion.speech.echo import EchoGuard
from voice_companion.speech.engine import SpeechModel

FEED_SECONDS = 0.1  # Vosk checks the endpoint once per AcceptWaveform call: keep calls short
TICK_INTERVAL = 0.5
DEFAULT_QUEUE_CHUNKS = 150  # 15 s of 0.1 s blocks
# A Vosk recognizer on a dynamic-graph model composes its graph lazily and keeps
# what it expanded; over a long call that cache keeps growing. After this much
# audio the recognizer is replaced at the next pause (right after an utterance
# ended with FinalResult, so nothing is lost).
RECYCLE_AFTER = 120.0
ALTERNATIVES = 3  # Vosk's n best readings: crisis cues are looked for in the runners-up too


@dataclass(frozen=True, slots=True)
class AudioChunk:
    pcm: bytes  # int16 little-endian, interleaved when channels > 1
    t: float  # session time of the first sample
    rate: int
    channels: int = 1

    @property
    def duration(self) -> float:
        return len(self.pcm) / (2 * self.channels * self.rate)


_STOP = object()


class Timeline:
    """Maps recognizer time (seconds of audio fed) to session time, across gaps."""

    def __init__(self, rate: int, tolerance: float = 0.08):
        self.rate = rate
        self.tolerance = tolerance
        self.fed_samples = 0
        self._rec_starts: list[int] = []  # sample index where each segment starts
        self._session_starts: list[float] = []
        self._expected: float | None = None
        self.base_samples = 0  # fed_samples when the current Vosk recognizer was made

    def rebase(self) -> None:
        """A new Vosk recognizer starts counting its time from zero here."""
        self.base_samples = self.fed_samples

    def feed(self, t: float, samples: int) -> None:
        if self._expected is None or abs(t - self._expected) > self.tolerance:
            self._rec_starts.append(self.fed_samples)
            self._session_starts.append(t)
            if len(self._rec_starts) > 4096:  # keep memory flat in very gappy sessions
                del self._rec_starts[:2048]
                del self._session_starts[:2048]
            self._expected = t
        self.fed_samples += samples
        self._expected += samples / self.rate

    def to_session(self, rec_seconds: float) -> float:
        if not self._rec_starts:
            return rec_seconds
        sample = rec_seconds * self.rate + self.base_samples
        i = max(0, bisect.bisect_right(self._rec_starts, sample) - 1)
        return self._session_starts[i] + (sample - self._rec_starts[i]) / self.rate

    @property
    def now(self) -> float:
        """Session time of the end of the audio fed so far."""
        return self._expected if self._expected is not None else 0.0


class LevelFloor:
    """Tracks the background level; says how long the audio has been quiet.

    Frames of 10 ms; a frame is quiet when its RMS is below max(3 x floor, 60)
    (60 = -55 dBFS), where the floor follows the quietest recent frames.
    """

    FRAME = 0.01

    def __init__(self) -> None:
        self.floor = 30.0

    def quiet_run(self, pcm: bytes, rate: int, run: float) -> float:
        n = max(1, int(rate * self.FRAME))
        x = np.frombuffer(pcm, dtype="<i2")
        usable = len(x) - len(x) % n
        if usable <= 0:
            return run
        frames = x[:usable].astype(np.float32).reshape(-1, n)
        rms = np.sqrt(np.mean(frames * frames, axis=1))
        low = float(rms.min())
        # the floor falls fast to quiet frames and rises slowly (noise grows)
        self.floor = low if low < self.floor else self.floor * 0.995 + low * 0.005
        threshold = max(3.0 * self.floor, 60.0)
        for value in rms:
            run = run + self.FRAME if value < threshold else 0.0
        return run


@dataclass
class RecognizerStats:
    chunks: int = 0
    seconds_in: float = 0.0  # audio seconds received
    seconds_fed: float = 0.0  # audio seconds given to Vosk
    seconds_guarded: float = 0.0
    cpu_seconds: float = 0.0  # thread CPU time spent in Vosk and conversion
    utterances: int = 0
    partials: int = 0
    endpoint_delays: list[float] = field(default_factory=list)  # utterance event t - last word end (audio time)
    errors: int = 0
    fast_endpoints: int = 0  # utterances ended by the level detector (the rest by Vosk's rule)
    recycles: int = 0  # Vosk recognizers replaced to keep memory flat

    @property
    def real_time_factor(self) -> float:
        return self.cpu_seconds / self.seconds_fed if self.seconds_fed else 0.0


class StreamingRecognizer:
    """Vosk recognition of one audio stream in a background thread.

    `submit` receives the events the session should handle and log (Utterance,
    Tick, AudioStatus, ComponentWarning); `publish` receives Partial events for
    views. Both are called from the recognizer thread.
    """

    def __init__(
        self,
        model: SpeechModel,
        *,
        submit: Callable[[Event], None],
        publish: Callable[[Event], None] | None = None,
        source: str = "mic",
        echo_guard: EchoGuard | None = None,
        queue_chunks: int = DEFAULT_QUEUE_CHUNKS,
        tick_interval: float | None = TICK_INTERVAL,
        on_utterance_wall: Callable[[Utterance, float], None] | None = None,
        fast_endpoint: bool = True,
        recycle_after: float | None = RECYCLE_AFTER,
        alternatives: int = ALTERNATIVES,
    ):
        self.model = model
        self.submit = submit
        self.publish = publish or (lambda event: None)
        self.source = source
        self.echo_guard = echo_guard
        self.tick_interval = tick_interval
        self.on_utterance_wall = on_utterance_wall
        self.rate = model.sample_rate
        self.queue: queue.Queue[Any] = queue.Queue(maxsize=queue_chunks)
        self.stats = RecognizerStats()
        self.timeline = Timeline(self.rate)
        self._rec: Any = None
        self._converters: dict[tuple[int, int], Converter] = {}
        self._thread: threading.Thread | None = None
        self._last_partial = ""
        self._in_speech = False  # audio fed since the last result (Vosk is mid-utterance)
        self._silent_since: float | None = None
        self._last_tick = 0.0
        self._guard_skipped = 0.0
        self._guard_chunks = 0
        self._last_error_report = -1e9
        self.failed: BaseException | None = None
        # Fast endpoint: the acoustic model decodes ~0.4 s behind the audio, so
        # Vosk's own rule fires at end_silence + ~0.4 s. A level detector on the
        # raw audio sees the pause at once; when the worker has spoken (partial
        # text) and the level stays below the noise floor for end_silence, the
        # utterance is finished there (FinalResult decodes the rest exactly).
        # Vosk's rule still ends utterances in noise the detector cannot judge.
        self.fast_endpoint = fast_endpoint
        self.alternatives = alternatives
        self.recycle_after = recycle_after
        self.end_silence = model.endpoint.end_silence
        self._quiet_run = 0.0  # seconds of low level at the end of the fed audio
        self._floor = LevelFloor()

    # -- producer side ------------------------------------------------------------
    def put(self, chunk: AudioChunk, timeout: float | None = None) -> None:
        """Blocking put (files: back-pressure, nothing is ever dropped)."""
        self.queue.put(chunk, timeout=timeout)

    def offer(self, chunk: AudioChunk) -> bool:
        """Non-blocking put (microphone callback); False when the queue is full."""
        try:
            self.queue.put_nowait(chunk)
            return True
        except queue.Full:
            return False

    def start(self) -> threading.Thread:
        self._rec = self.model.recognizer(alternatives=self.alternatives)
        self._thread = threading.Thread(target=self._run, name="recognizer", daemon=True)
        self._thread.start()
        return self._thread

    def close(self, timeout: float | None = None) -> None:
        """Finish: recognize what is queued, emit the last utterance, stop the thread."""
        if self._thread is None:
            return
        self.queue.put(_STOP)
        self._thread.join(timeout)

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- recognizer thread ------------------------------------------------------------
    def _run(self) -> None:
        try:
            while True:
                item = self.queue.get()
                if item is _STOP:
                    break
                started = time.thread_time()
                try:
                    self._process(item)
                except Exception as exc:  # keep listening; report, but not 10 times a second
                    self.stats.errors += 1
                    now = time.monotonic()
                    if now - self._last_error_report > 10.0:
                        self._last_error_report = now
                        self.submit(ComponentWarning(t=self.timeline.now, component="recognizer",
                                                     message=f"{type(exc).__name__}: {exc}"))
                self.stats.cpu_seconds += time.thread_time() - started
            started = time.thread_time()
            self._finish_utterance(final=True)
            self._report_guard()
            self.stats.cpu_seconds += time.thread_time() - started
        except BaseException as exc:  # pragma: no cover - reported to the session
            self.failed = exc
            self.submit(ComponentWarning(t=self.timeline.now, component="recognizer",
                                         message=f"stopped: {type(exc).__name__}: {exc}"))

    def _convert(self, chunk: AudioChunk) -> tuple[bytes, float]:
        if chunk.rate == self.rate and chunk.channels == 1:
            return chunk.pcm, chunk.t
        key = (chunk.rate, chunk.channels)
        converter = self._converters.get(key)
        if converter is None:
            converter = self._converters[key] = Converter(chunk.rate, self.rate, chunk.channels)
        delay = converter.resampler.half / chunk.rate if not converter.resampler.passthrough else 0.0
        return converter.convert_int16(chunk.pcm), chunk.t - delay

    def _process(self, chunk: AudioChunk) -> None:
        self.stats.chunks += 1
        self.stats.seconds_in += chunk.duration
        pcm, t = self._convert(chunk)
        if not pcm:
            return
        end = t + len(pcm) / (2 * self.rate)
        pieces: list[tuple[bytes, float]] = [(pcm, t)]
        guard_start: float | None = None
        if self.echo_guard is not None:
            spans = self.echo_guard.guarded_spans(t, end)
            if spans:
                pieces = self._cut(pcm, t, spans)
                guard_start = spans[0][0]
            elif self._guard_chunks:
                self._report_guard()
        step = int(FEED_SECONDS * self.rate) * 2
        for data, t0 in pieces:
            if guard_start is not None and t0 >= guard_start:
                self._finish_utterance(final=True)  # what the worker said before the whisper
                guard_start = None
            for i in range(0, len(data), step):
                piece = data[i:i + step]
                self._feed(piece, t0 + i / (2 * self.rate))
        if guard_start is not None:
            self._finish_utterance(final=True)
        self._maybe_tick(end)

    def _cut(self, pcm: bytes, t: float, spans: list[tuple[float, float]]) -> list[tuple[bytes, float]]:
        samples = len(pcm) // 2
        keep: list[tuple[bytes, float]] = []
        cursor = 0
        skipped = 0
        for a, b in spans:
            lo = max(0, min(samples, int(round((a - t) * self.rate))))
            hi = max(0, min(samples, int(round((b - t) * self.rate))))
            if lo > cursor:
                keep.append((pcm[cursor * 2:lo * 2], t + cursor / self.rate))
            skipped += max(0, hi - max(lo, cursor))
            cursor = max(cursor, hi)
        if cursor < samples:
            keep.append((pcm[cursor * 2:], t + cursor / self.rate))
        self._guard_skipped += skipped / self.rate
        self.stats.seconds_guarded += skipped / self.rate
        self._guard_chunks += 1
        return keep

    def _report_guard(self) -> None:
        if self._guard_chunks:
            self.submit(AudioStatus(
                t=self.timeline.now, dropped_chunks=self._guard_chunks,
                status=f"echo_guard: {self._guard_skipped:.2f} s of microphone audio not recognised "
                       "while the whisper played",
            ))
            self._guard_skipped = 0.0
            self._guard_chunks = 0

    def _feed(self, data: bytes, t: float) -> None:
        samples = len(data) // 2
        if not samples:
            return
        self.timeline.feed(t, samples)
        self.stats.seconds_fed += samples / self.rate
        self._in_speech = True
        if self.fast_endpoint:
            self._quiet_run = self._floor.quiet_run(data, self.rate, self._quiet_run)
        if self._rec.AcceptWaveform(data):
            self._emit_result(self._rec.Result())
            return
        partial = json.loads(self._rec.PartialResult()).get("partial", "")
        if partial != self._last_partial:
            self._last_partial = partial
            if partial:
                self._silent_since = None
            self.stats.partials += 1
            self.publish(Partial(t=self.timeline.now, text=partial))
        if self.fast_endpoint and partial and self._quiet_run >= self.end_silence:
            self.stats.fast_endpoints += 1
            self._emit_result(self._rec.FinalResult())
            self._maybe_recycle()

    def _maybe_recycle(self) -> None:
        if self.recycle_after is None:
            return
        if (self.timeline.fed_samples - self.timeline.base_samples) / self.rate >= self.recycle_after:
            self._rec = self.model.recognizer(alternatives=self.alternatives)
            self.timeline.rebase()
            self.stats.recycles += 1

    def _finish_utterance(self, final: bool) -> None:
        if self._rec is None or not self._in_speech:
            return
        self._emit_result(self._rec.FinalResult() if final else self._rec.Result())

    def _emit_result(self, raw: str) -> None:
        self._in_speech = False
        result = json.loads(raw)
        readings = result.get("alternatives")
        others: tuple[str, ...] = ()
        confidence = None
        if readings:  # SetMaxAlternatives: the best reading first, then the next ones
            result = readings[0]
            confidence = result.get("confidence")
            others = tuple(t for r in readings[1:] if (t := (r.get("text") or "").strip()))
        text = (result.get("text") or "").strip()
        if self._last_partial:
            self._last_partial = ""
            self.publish(Partial(t=self.timeline.now, text=""))
        words = result.get("result") or []
        if not text or not words:
            return
        start = self.timeline.to_session(float(words[0]["start"]))
        end = self.timeline.to_session(float(words[-1]["end"]))
        now = self.timeline.now
        if confidence is None and words and all("conf" in w for w in words):
            confidence = sum(float(w["conf"]) for w in words) / len(words)
        utterance = Utterance(t=max(now, end), text=text, start=round(start, 3), end=round(end, 3),
                              source=self.source, alternatives=tuple(dict.fromkeys(o for o in others if o != text)),
                              confidence=round(float(confidence), 3) if confidence is not None else None)
        self.stats.utterances += 1
        self.stats.endpoint_delays.append(utterance.t - end)
        self._silent_since = end
        self._last_tick = now
        if self.on_utterance_wall is not None:
            self.on_utterance_wall(utterance, time.monotonic())
        self.submit(utterance)

    def _maybe_tick(self, now: float) -> None:
        if self.tick_interval is None or self._silent_since is None or self._last_partial:
            return
        if now - self._last_tick >= self.tick_interval:
            self._last_tick = now
            self.submit(Tick(t=now, silent_since=self._silent_since))


__all__ = ["AudioChunk", "StreamingRecognizer", "RecognizerStats", "Timeline"]
