"""Dutch speech for the whisper: text -> audio samples, never played by the engine.

pyttsx3 (espeak-ng driver, voice nl) renders each phrase to a WAV file, which
we read back into memory; playback is the player's job (sounddevice, on the
headset). Two pitfalls of pyttsx3 2.99 on Linux decide the design:

* `engine.say()` plays through `aplay` on the default device, i.e. the whole
  room (or, worse, whatever the softphone uses) — we never call it;
* after `save_to_file` the espeak driver keeps its file name, so later
  utterances keep writing to that file; and espeak can only be initialised
  once per process.

So the rendering runs in one small persistent worker process
(`python -m voice_companion.whisper.tts --worker`) that receives one JSON line
per phrase, calls `save_to_file` with a fresh file name in a private (0700)
folder, resets the driver's file name, and answers with one JSON line. A crash
or hang of espeak then cannot take the session (or its log) down: the worker
is restarted once, and if pyttsx3 still cannot render, the synthesizer falls
back to calling `espeak-ng --stdout` directly (same voice and rate, WAV read
from the pipe) and says so in `fallback_reason`.

Rendered phrases are kept in an in-memory LRU cache, and `prerender()` renders
likely next phrases (the current suggestion's alternatives, the crisis-first
questions) in the background so a whisper can start the moment the worker is
silent. Audio is rendered at full scale; the whisper volume is a gain applied
to the samples (`apply_gain`), so the peak never exceeds the set volume.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
import wave
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import numpy as np

from voice_companion.errors import ComponentError

from voice_companion.defaults import WHISPER_RATE as DEFAULT_RATE  # noqa: E402
from voice_companion.i18n import _
DEFAULT_VOICE = "nl"
RENDER_TIMEOUT = 5.0
RENDER_ATTEMPTS = 3  # in the worker, for a phrase espeak ended without sound


class TTSError(ComponentError):
    """The speech synthesizer could not render a phrase."""


@dataclass(frozen=True)
class Audio:
    """Mono float32 samples in [-1, 1] at `rate` Hz."""

    samples: np.ndarray
    rate: int

    @property
    def duration(self) -> float:
        return len(self.samples) / float(self.rate) if self.rate else 0.0

    @property
    def peak(self) -> float:
        return float(np.max(np.abs(self.samples))) if len(self.samples) else 0.0


def apply_gain(audio: Audio, volume: float) -> Audio:
    """Scale to `volume` (0..1 of full scale); the peak never exceeds `volume`."""
    volume = min(max(float(volume), 0.0), 1.0)
    samples = np.clip(audio.samples.astype(np.float32) * np.float32(volume), -volume, volume)
    return Audio(samples=samples.astype(np.float32), rate=audio.rate)


def decode_wav(data: bytes) -> Audio:
    """Decode 16-bit PCM WAV bytes (also espeak's streamed header with bogus sizes)."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise TTSError("speech output is not a WAV file")
    pos, rate, channels, width, pcm = 12, 0, 1, 2, b""
    while pos + 8 <= len(data):
        chunk, size = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        body_start = pos + 8
        if chunk == b"fmt ":
            _fmt, channels, rate, _bps, _align, bits = struct.unpack("<HHIIHH", data[body_start:body_start + 16])
            width = bits // 8
        elif chunk == b"data":
            end = len(data) if size >= 0x7FFFFFFF or body_start + size > len(data) else body_start + size
            pcm = data[body_start:end]
            break
        pos = body_start + size + (size & 1)
    if not rate or width != 2:
        raise TTSError("speech output is not 16-bit PCM")
    pcm = pcm[: len(pcm) - (len(pcm) % (2 * channels))]
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
    if channels > 1:
        samples = samples.reshape(-1, channels).mean(axis=1)
    return Audio(samples=samples.astype(np.float32), rate=int(rate))


def write_wav(audio: Audio, path: Path | str) -> Path:
    """Write `audio` as 16-bit mono PCM."""
    path = Path(path)
    pcm = np.clip(np.round(audio.samples * 32767.0), -32768, 32767).astype("<i2").tobytes()
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(audio.rate)
        handle.writeframes(pcm)
    return path


# -- backends -----------------------------------------------------------------


class EspeakCliRenderer:
    """Fallback: `espeak-ng -v nl -s RATE --stdout TEXT` (WAV on the pipe, no file, no playback)."""

    name = "espeak-ng"

    def __init__(self, voice: str = DEFAULT_VOICE, executable: str | None = None):
        self.voice = voice
        self.executable = executable or shutil.which("espeak-ng") or shutil.which("espeak")

    def render(self, text: str, rate: int) -> Audio:
        if not self.executable:
            raise TTSError("espeak-ng is not installed (Debian: apt-get install espeak-ng)")
        try:
            proc = subprocess.run(
                [self.executable, "-v", self.voice, "-s", str(int(rate)), "--stdout", "--", text],
                capture_output=True, timeout=RENDER_TIMEOUT, check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise TTSError(f"espeak-ng failed: {exc}") from exc
        if proc.returncode != 0 or not proc.stdout:
            raise TTSError(f"espeak-ng failed: {proc.stderr.decode('utf-8', 'replace').strip()[:200]}")
        return decode_wav(proc.stdout)

    def close(self) -> None:
        pass


class Pyttsx3Renderer:
    """pyttsx3 in a persistent worker process: one JSON line in, one out, per phrase."""

    name = "pyttsx3"

    def __init__(self, voice: str = DEFAULT_VOICE, workdir: Path | None = None, timeout: float = RENDER_TIMEOUT):
        self.voice = voice
        self.timeout = timeout
        self._own_dir = workdir is None
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="voice-companion-tts-"))  # mkdtemp: 0700
        os.chmod(self.workdir, 0o700)
        self._proc: subprocess.Popen[bytes] | None = None
        self._replies: queue.Queue[dict | None] = queue.Queue()
        self._lock = threading.Lock()
        self._n = 0
        self.last_reply: dict = {}
        self.voice_id: str | None = None

    def _start(self) -> None:
        env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = package_root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        self._replies = queue.Queue()
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "voice_companion.whisper.tts", "--worker", "--voice", self.voice],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
        )
        threading.Thread(target=self._read_replies, args=(self._proc, self._replies),
                         name="tts-worker-reader", daemon=True).start()
        hello = self._wait(self.timeout + 5.0)
        if not hello.get("ready"):
            self._kill()
            raise TTSError(f"pyttsx3 could not start: {hello.get('error', 'no answer')}")
        self.voice_id = hello.get("voice")

    @staticmethod
    def _read_replies(proc: subprocess.Popen[bytes], replies: "queue.Queue[dict | None]") -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            try:
                replies.put(json.loads(line.decode("utf-8")))
            except (UnicodeDecodeError, json.JSONDecodeError):
                continue
        replies.put(None)

    def _wait(self, timeout: float) -> dict:
        try:
            reply = self._replies.get(timeout=timeout)
        except queue.Empty:
            self._kill()
            raise TTSError(f"pyttsx3 did not answer within {timeout:g} s") from None
        if reply is None:
            self._kill()
            raise TTSError("the pyttsx3 worker stopped")
        return reply

    def _kill(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.kill()
            try:
                proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                pass

    def _render_once(self, text: str, rate: int) -> Audio:
        if self._proc is None or self._proc.poll() is not None:
            self._start()
        assert self._proc is not None and self._proc.stdin is not None
        self._n += 1
        path = self.workdir / f"phrase-{self._n}.wav"
        request = {"id": self._n, "text": text, "rate": int(rate), "path": str(path)}
        try:
            self._proc.stdin.write((json.dumps(request, ensure_ascii=False) + "\n").encode("utf-8"))
            self._proc.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            self._kill()
            raise TTSError(f"the pyttsx3 worker is gone: {exc}") from exc
        reply = self._wait(self.timeout)
        self.last_reply = reply
        try:
            if not reply.get("ok"):
                raise TTSError(f"pyttsx3 could not render: {reply.get('error', 'unknown error')}")
            return decode_wav(path.read_bytes())
        except OSError as exc:
            raise TTSError(f"pyttsx3 wrote no audio: {exc}") from exc
        finally:
            try:
                path.unlink()
            except OSError:
                pass

    def render(self, text: str, rate: int) -> Audio:
        with self._lock:
            try:
                return self._render_once(text, rate)
            except TTSError:
                self._kill()  # one fresh worker, one more try
                return self._render_once(text, rate)

    def close(self) -> None:
        with self._lock:
            proc, self._proc = self._proc, None
            if proc is not None:
                try:
                    if proc.stdin:
                        proc.stdin.close()
                    proc.wait(timeout=2)
                except (OSError, subprocess.TimeoutExpired):
                    proc.kill()
        if self._own_dir:
            shutil.rmtree(self.workdir, ignore_errors=True)


# -- the synthesizer the whisper uses ----------------------------------------------


class Synthesizer:
    """Text -> Audio with a cache; pyttsx3 worker first, espeak-ng CLI as fallback.

    `backend`: "auto" (pyttsx3, then espeak-ng), "pyttsx3", "espeak-ng", or any
    object with `render(text, rate) -> Audio` and `close()` (tests).
    """

    RETRY_PRIMARY_AFTER = 60.0  # seconds on the fallback after the primary engine failed

    def __init__(self, *, rate: int = DEFAULT_RATE, voice: str = DEFAULT_VOICE,
                 backend: object = "auto", cache_size: int = 64):
        self.rate = int(rate)
        self.voice = voice
        self.cache_size = cache_size
        self._cache: OrderedDict[tuple[str, int], Audio] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._render_lock = threading.Lock()
        self.fallback_reason: str | None = None
        self._failed_at: float | None = None
        self._fallback: EspeakCliRenderer | None = None
        if backend == "auto" or backend == "pyttsx3":
            self._primary: object = Pyttsx3Renderer(voice)
            if backend == "auto":
                self._fallback = EspeakCliRenderer(voice)
        elif backend == "espeak-ng":
            self._primary = EspeakCliRenderer(voice)
        else:
            self._primary = backend
        self._prerender_q: queue.Queue[str | None] | None = None
        self.renders = 0

    @property
    def backend_name(self) -> str:
        if self.fallback_reason and self._fallback is not None:
            return self._fallback.name
        return getattr(self._primary, "name", type(self._primary).__name__)

    def cached(self, text: str) -> bool:
        with self._cache_lock:
            return (text, self.rate) in self._cache

    def synth(self, text: str) -> Audio:
        """The audio of `text` (from the cache when it was rendered before)."""
        key = (text, self.rate)
        with self._cache_lock:
            audio = self._cache.get(key)
            if audio is not None:
                self._cache.move_to_end(key)
                return audio
        with self._render_lock:
            with self._cache_lock:  # rendered meanwhile by the prerender thread?
                audio = self._cache.get(key)
            if audio is None:
                audio = self._render(text)
                self.renders += 1
        if audio.duration <= 0:
            raise TTSError("the synthesizer produced no sound")
        with self._cache_lock:
            self._cache[key] = audio
            self._cache.move_to_end(key)
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return audio

    def _render(self, text: str) -> Audio:
        retry = self._failed_at is None or time.monotonic() - self._failed_at >= self.RETRY_PRIMARY_AFTER
        if self._fallback is None or retry:
            try:
                audio = self._primary.render(text, self.rate)  # type: ignore[attr-defined]
                self.fallback_reason = None
                self._failed_at = None
                return audio
            except TTSError as exc:
                if self._fallback is None:
                    raise
                self.fallback_reason = str(exc)
                self._failed_at = time.monotonic()
        assert self._fallback is not None
        return self._fallback.render(text, self.rate)

    def render_to_file(self, text: str, path: Path | str, *, volume: float = 1.0) -> Audio:
        """Render `text` with the whisper gain applied and write it as a WAV file."""
        audio = apply_gain(self.synth(text), volume)
        write_wav(audio, path)
        return audio

    def prerender(self, texts: Iterable[str]) -> None:
        """Render `texts` in the background (best effort; failures are ignored)."""
        if self._prerender_q is None:
            self._prerender_q = queue.Queue()
            threading.Thread(target=self._prerender_loop, name="tts-prerender", daemon=True).start()
        for text in texts:
            if text and text.strip() and not self.cached(text):
                self._prerender_q.put(text)

    def warm(self) -> None:
        """Start the speech engine now (in the background), not at the first whisper."""
        self.prerender(["Ja."])

    def _prerender_loop(self) -> None:
        assert self._prerender_q is not None
        while True:
            text = self._prerender_q.get()
            if text is None:
                return
            try:
                self.synth(text)
            except Exception:  # prerendering is an optimisation only
                pass

    def close(self) -> None:
        if self._prerender_q is not None:
            self._prerender_q.put(None)
        for backend in (self._primary, self._fallback):
            close = getattr(backend, "close", None)
            if close:
                try:
                    close()
                except Exception:
                    pass


# -- the worker process -------------------------------------------------------------


def _pick_voice(engine: object, wanted: str) -> str | None:
    voices = engine.getProperty("voices")  # type: ignore[attr-defined]
    wanted = wanted.lower()
    for voice in voices:
        vid = str(voice.id).lower()
        if vid == wanted or vid.endswith("/" + wanted):
            return voice.id
    for voice in voices:
        if wanted in [str(lang).lower() for lang in (voice.languages or [])]:
            return voice.id
    return None


def _worker_main(voice: str) -> int:
    proto = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)  # pyttsx3 prints "Audio saved to ..."; keep it off the protocol
    sys.stdout = open(os.devnull, "w")

    def reply(obj: dict) -> None:
        proto.write(json.dumps(obj, ensure_ascii=False) + "\n")
        proto.flush()

    try:
        import pyttsx3

        engine = pyttsx3.init("espeak")
        voice_id = _pick_voice(engine, voice)
        if voice_id is None:
            reply({"ready": False, "error": f"no espeak voice for language {voice!r}"})
            return 1
        engine.setProperty("voice", voice_id)
        engine.setProperty("volume", 1.0)
    except Exception as exc:
        reply({"ready": False, "error": f"{type(exc).__name__}: {exc}"})
        return 1
    reply({"ready": True, "voice": voice_id})
    driver = getattr(getattr(engine, "proxy", None), "_driver", None)
    for line in sys.stdin:
        try:
            began = time.perf_counter()
            request = json.loads(line)
            path = request["path"]
            engine.setProperty("rate", int(request.get("rate", DEFAULT_RATE)))
            ok, attempts = False, 0
            while not ok and attempts < RENDER_ATTEMPTS:
                # espeak now and then (1-3 phrases in 100 on a busy machine) ends a phrase at once,
                # with no sound: say it again here, in milliseconds, rather than answer "empty" and
                # have the worker restarted (a second or so) or the fallback engine used
                attempts += 1
                engine.save_to_file(str(request["text"]), path)
                engine.runAndWait()
                if driver is not None and hasattr(driver, "_save_file"):
                    driver._save_file = None  # the driver would keep writing to this file
                ok = os.path.exists(path) and os.path.getsize(path) > 44
            reply({"id": request.get("id"), "ok": ok, "ms": round((time.perf_counter() - began) * 1000, 1),
                   "attempts": attempts, **({} if ok else {"error": "empty audio"})})
        except Exception as exc:
            reply({"id": None, "ok": False, "error": f"{type(exc).__name__}: {exc}"})
    return 0


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=_("pyttsx3 render worker (internal)"))
    parser.add_argument("--worker", action="store_true")
    parser.add_argument("--voice", default=DEFAULT_VOICE)
    args = parser.parse_args()
    if args.worker:
        raise SystemExit(_worker_main(args.voice))
    parser.print_help()
