"""The whisper: Dutch speech rendered to audio, gated, played on the headset only."""

from __future__ import annotations

import shutil
import time
import wave

import numpy as np
import pytest

from voice_companion.events import (
    Control, Partial, SessionEnd, Suggestion, Utterance, Whisper,
)
from voice_companion.pipeline import Bus
from voice_companion.whisper.player import (
    NullPlayer, OutputDevice, SoundDevicePlayer, open_player, resample, resolve_output_device,
)
from voice_companion.whisper.tts import (
    Audio, EspeakCliRenderer, Synthesizer, TTSError, apply_gain, decode_wav,
)
from voice_companion.whisper.whisperer import Whisperer

FULL_SCALE_STEP = 1.0 / 32767.0


# -- synthesis ---------------------------------------------------------------------------

def _pyttsx3_ok() -> str | None:
    try:
        import pyttsx3  # noqa: F401
    except Exception as exc:  # pragma: no cover - CI has it
        return f"pyttsx3 not importable: {exc}"
    if not shutil.which("espeak-ng"):
        return "espeak-ng is not installed (apt-get install espeak-ng)"
    return None


needs_espeak = pytest.mark.skipif(_pyttsx3_ok() is not None, reason=_pyttsx3_ok() or "")


def _read_wav(path) -> Audio:
    return decode_wav(path.read_bytes())


@needs_espeak
def test_pyttsx3_renders_dutch_to_a_file_quietly(tmp_path):
    synth = Synthesizer(rate=190, backend="pyttsx3")
    try:
        path = tmp_path / "whisper.wav"
        written = synth.render_to_file("Als tien rust is en nul chaos, waar zit u dan nu?", path, volume=0.3)
        audio = _read_wav(path)
        assert audio.duration > 1.0
        assert audio.peak <= 0.3 + FULL_SCALE_STEP
        assert audio.peak > 0.05  # there is sound, not silence
        assert written.peak <= 0.3
        with wave.open(str(path)) as handle:
            assert handle.getnchannels() == 1 and handle.getsampwidth() == 2
        assert synth.backend_name == "pyttsx3" and synth.fallback_reason is None
    finally:
        synth.close()


@needs_espeak
def test_each_phrase_gets_its_own_audio_and_the_cache_reuses_it():
    """pyttsx3 keeps writing to the first file after save_to_file; our worker must not."""
    synth = Synthesizer(backend="pyttsx3")
    try:
        short = synth.synth("Waar hoopt u op?")
        long = synth.synth("Hoe zou u morgen merken dat u iets aan dit gesprek hebt gehad?")
        assert long.duration > short.duration * 1.5
        renders = synth.renders
        again = synth.synth("Waar hoopt u op?")
        assert again is short and synth.renders == renders
        faster = Synthesizer(backend="pyttsx3", rate=260)
        try:
            assert faster.synth("Waar hoopt u op?").duration < short.duration
        finally:
            faster.close()
    finally:
        synth.close()


@needs_espeak
def test_prerender_fills_the_cache():
    synth = Synthesizer()
    try:
        texts = ["Wat heeft u al geprobeerd?", "Wie kan u daarbij helpen?"]
        synth.prerender(texts)
        deadline = time.monotonic() + 10
        while not all(synth.cached(t) for t in texts) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert all(synth.cached(t) for t in texts)
    finally:
        synth.close()


@needs_espeak
def test_espeak_cli_fallback_renders_the_same_voice():
    audio = EspeakCliRenderer("nl").render("Waar hoopt u op?", 190)
    assert audio.duration > 0.3 and audio.rate > 0


FAKE_PYTTSX3 = """
import wave


class Voice:
    id = "gmw/nl"
    languages = ["nl"]


class Driver:
    _save_file = None


class Proxy:
    def __init__(self):
        self._driver = Driver()


class Engine:
    runs = 0

    def __init__(self):
        self.proxy = Proxy()

    def getProperty(self, name):
        return [Voice()] if name == "voices" else None

    def setProperty(self, name, value):
        pass

    def save_to_file(self, text, path):
        self.proxy._driver._save_file = path

    def runAndWait(self):
        Engine.runs += 1
        with wave.open(self.proxy._driver._save_file, "wb") as f:
            f.setnchannels(1)
            f.setsampwidth(2)
            f.setframerate(22050)
            if Engine.runs > 1:  # the first phrase ends at once, without sound, as espeak does now and then
                f.writeframes(b"\\x10\\x00" * 2205)


def init(name):
    return Engine()
"""


def test_a_phrase_espeak_ends_without_sound_is_said_again_in_the_worker(tmp_path):
    """espeak now and then ends a phrase at once with no sound (1-3 in 100 on a busy machine).
    The worker says it again at once; it used to answer "empty audio", so the renderer restarted
    the worker (about half a second before the whisper could start) or fell back to the CLI."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    fake = tmp_path / "fake"
    (fake / "pyttsx3").mkdir(parents=True)
    (fake / "pyttsx3" / "__init__.py").write_text(FAKE_PYTTSX3, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(fake), str(root)]))
    worker = subprocess.Popen([sys.executable, "-m", "voice_companion.whisper.tts", "--worker", "--voice", "nl"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, cwd=tmp_path)
    try:
        assert json.loads(worker.stdout.readline())["ready"]
        replies = []
        for n in (1, 2):
            path = tmp_path / f"phrase-{n}.wav"
            worker.stdin.write((json.dumps({"id": n, "text": "Waar hoopt u op?", "rate": 190, "path": str(path)})
                                + "\n").encode())
            worker.stdin.flush()
            replies.append(json.loads(worker.stdout.readline()))
            assert _read_wav(path).duration == pytest.approx(0.1)
        assert [(r["ok"], r["attempts"]) for r in replies] == [(True, 2), (True, 1)]
    finally:
        worker.stdin.close()
        worker.wait(timeout=10)


def test_falls_back_to_espeak_when_pyttsx3_cannot_render():
    class Broken:
        name = "pyttsx3"

        def render(self, text, rate):
            raise TTSError("espeak driver crashed")

        def close(self):
            pass

    class Cli:
        name = "espeak-ng"

        def render(self, text, rate):
            return Audio(np.full(100, 0.5, dtype=np.float32), 22050)

    synth = Synthesizer(backend=Broken())
    synth._fallback = Cli()
    audio = synth.synth("Hoi")
    assert audio.duration > 0
    assert synth.backend_name == "espeak-ng" and "crashed" in synth.fallback_reason


def test_gain_never_exceeds_the_volume():
    loud = Audio(np.array([1.0, -1.0, 0.5, -0.99], dtype=np.float32), 22050)
    quiet = apply_gain(loud, 0.3)
    assert quiet.peak == pytest.approx(0.3)
    assert apply_gain(loud, 0.0).peak == 0.0


def test_decode_wav_accepts_espeaks_streamed_header():
    pcm = (np.array([0, 16384, -16384, 32767], dtype="<i2")).tobytes()
    header = (b"RIFF" + b"\xff\xff\xff\x7f" + b"WAVE" + b"fmt " + (16).to_bytes(4, "little")
              + (1).to_bytes(2, "little") + (1).to_bytes(2, "little") + (22050).to_bytes(4, "little")
              + (44100).to_bytes(4, "little") + (2).to_bytes(2, "little") + (16).to_bytes(2, "little")
              + b"data" + b"\xff\xff\xff\x7f")
    audio = decode_wav(header + pcm)
    assert audio.rate == 22050 and len(audio.samples) == 4
    with pytest.raises(TTSError):
        decode_wav(b"not a wav")


# -- playback ---------------------------------------------------------------------------

def test_no_device_configured_means_no_playback_not_a_guess():
    device, why = resolve_output_device(None)
    assert device is None
    assert why.startswith("Geen koptelefoon gekozen: er wordt niets gefluisterd")
    assert "--" not in why  # the worker reads it on the page: no command-line flags
    assert isinstance(open_player(None), NullPlayer)


def test_a_missing_configured_device_is_not_replaced_by_the_default():
    device, why = resolve_output_device("Headset that is not here 12345")
    assert device is None and "niet" in why and "Headset that is not here 12345" in why
    assert isinstance(open_player("Headset that is not here 12345"), NullPlayer)
    assert resolve_output_device(987)[0] is None


def test_null_player_reports_instead_of_raising():
    done = []
    NullPlayer("geen koptelefoon").play(Audio(np.zeros(10, np.float32), 22050), lambda ok, d: done.append((ok, d)))
    assert done == [(False, "geen koptelefoon")]


def test_sounddevice_player_on_a_vanished_device_fails_calmly():
    player = SoundDevicePlayer(OutputDevice(index=4242, name="gone headset", samplerate=48000))
    done = []
    player.play(Audio(np.zeros(2205, np.float32), 22050), lambda ok, d: done.append((ok, d)))
    assert done and done[0][0] is False and "gone headset" in done[0][1]
    player.stop()


def test_a_missing_device_is_named_with_the_devices_that_are_there():
    from voice_companion.errors import UserError
    from voice_companion.whisper.player import require_output_device

    found = [OutputDevice(0, "HDA Intel PCH: ALC257 Analog", 48000.0), OutputDevice(3, "USB Headset Plantronics", 48000.0)]
    device, why = resolve_output_device("Jabra", found)
    assert device is None
    assert "'Jabra' niet gevonden" in why and "ALC257" in why and "Plantronics" in why and "--" not in why
    with pytest.raises(UserError) as exc:
        require_output_device("Jabra", found)
    message = str(exc.value)
    assert "'Jabra'" in message and "0: HDA Intel PCH" in message and "3: USB Headset Plantronics" in message
    assert require_output_device("plantronics", found).index == 3
    with pytest.raises(UserError, match="no output device 'Jabra' .*found: none"):
        require_output_device("Jabra", [])
    found.append(OutputDevice(4, "USB Headset Jabra", 44100.0))
    with pytest.raises(UserError, match="several"):
        require_output_device("USB Headset", found)


def test_after_the_main_engine_fails_once_later_whispers_still_play():
    """The primary engine fails once: the fallback speaks, later phrases still play, and
    after RETRY_PRIMARY_AFTER the primary is tried again (it used to raise AttributeError)."""

    class FlakyPrimary:
        name = "pyttsx3"

        def __init__(self):
            self.calls = 0

        def render(self, text, rate):
            self.calls += 1
            if self.calls == 1:
                raise TTSError("espeak driver crashed")
            return Audio(np.full(2205, 0.5, dtype=np.float32), 22050)

        def close(self):
            pass

    class Cli:
        name = "espeak-ng"

        def __init__(self):
            self.calls = 0

        def render(self, text, rate):
            self.calls += 1
            return Audio(np.full(2205, 0.5, dtype=np.float32), 22050)

    primary, cli = FlakyPrimary(), Cli()
    synth = Synthesizer(backend=primary)
    synth._fallback = cli
    clock = Clock()
    player = FakePlayer()
    w, reported = whisperer(clock, player, synth, silence_wait=0.5, min_interval=0.0)
    texts = ["Hoe houdt u het vol?", "Waar hoopt u op?", "Wat werkt er al?"]
    try:
        for i, text in enumerate(texts):
            w.handle(suggestion(qid=f"q.{i}", text=text))
            clock.t += 1.0
            pump(w)
            assert len(player.played) == i + 1, whispers(reported)
            player.on_done(True, "")
            w.handle(("done", w.gate.playing, True, ""))
            clock.t += 1.0
        assert [s for _q, s in whispers(reported)] == ["spoken"] * 3
        assert primary.calls == 1 and cli.calls == 3  # on the fallback for a while, no AttributeError
        synth.RETRY_PRIMARY_AFTER = 0.0
        assert synth.synth("Wie kan er bij u komen?").duration > 0
        assert primary.calls == 2 and synth.fallback_reason is None  # the primary is back
    finally:
        w.stop()


def test_resample_keeps_duration():
    samples = np.sin(np.linspace(0, 100, 22050)).astype(np.float32)
    out = resample(samples, 22050, 48000)
    assert len(out) == 48000 and out.dtype == np.float32


# -- the whisperer, driven by hand ------------------------------------------------------------

class Clock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


class FakeSynth:
    def __init__(self, fail=False):
        self.fail = fail
        self.texts = []
        self.prerendered = []

    def synth(self, text):
        self.texts.append(text)
        if self.fail:
            raise TTSError("no voice")
        return Audio(np.full(2205, 0.9, dtype=np.float32), 22050)

    def prerender(self, texts):
        self.prerendered.extend(texts)

    def warm(self):
        pass

    def close(self):
        pass


class FakePlayer:
    """Stands in for the headset: records what would be heard."""

    available = True
    description = "test headset"

    def __init__(self):
        self.played = []
        self.stops = 0
        self.on_done = None

    def play(self, audio, on_done):
        self.played.append(audio)
        self.on_done = on_done

    def stop(self):
        self.stops += 1

    def close(self):
        pass


def suggestion(qid="coping.1", text="Hoe houdt u het vol?", channel="both", alternatives=()):
    return Suggestion(t=1.0, question_id=qid, text=text, technique="coping", phase="current",
                      reason="test", channel=channel, alternatives=alternatives)


def whisperer(clock, player=None, synth=None, **kw):
    bus = Bus()
    reported = []
    w = Whisperer(bus, player=player or FakePlayer(), synthesizer=synth or FakeSynth(),
                  clock=clock, report=reported.append, **kw)
    return w, reported


def pump(w, until=2.0):
    """Let the synth executor finish, then run the whisperer's step."""
    deadline = time.monotonic() + until
    while time.monotonic() < deadline:
        pending = w.gate.pending
        fut = w._audio.get(pending.token) if pending else None
        if fut is None or fut.done():
            break
        time.sleep(0.005)
    w.step()


def whispers(reported):
    return [(e.question_id, e.status) for e in reported if isinstance(e, Whisper)]


def test_speaks_after_the_silence_wait_at_the_set_volume():
    clock = Clock()
    player = FakePlayer()
    w, reported = whisperer(clock, player, volume=0.25)
    w.handle(Utterance(t=5.0, text="hoe houd je het vol", start=4.0, end=5.0))
    w.handle(suggestion())
    pump(w)
    assert player.played == []
    clock.t += 1.5
    pump(w)
    assert len(player.played) == 1
    assert player.played[0].peak <= 0.25 + 1e-6
    w.handle(("done", w.gate.playing, True, ""))
    assert whispers(reported) == [("coping.1", "spoken")]
    w.stop()


def test_display_only_suggestions_are_not_whispered():
    clock = Clock()
    player = FakePlayer()
    w, reported = whisperer(clock, player)
    w.handle(suggestion(channel="display"))
    clock.t += 5
    pump(w)
    assert player.played == [] and reported == []
    w.stop()


def test_a_partial_with_new_words_interrupts_playback():
    clock = Clock()
    player = FakePlayer()
    w, reported = whisperer(clock, player)
    w.handle(suggestion())
    pump(w)
    assert len(player.played) == 1
    w.handle(Partial(t=2.0, text=""))          # silence from the recognizer: no effect
    assert player.stops == 0
    w.handle(Partial(t=2.1, text="en"))
    assert player.stops >= 1
    assert whispers(reported) == [("coping.1", "interrupted")]
    w.stop()


def test_voice_activity_from_outside_interrupts_too():
    clock = Clock()
    player = FakePlayer()
    w, reported = whisperer(clock, player)
    w.handle(suggestion())
    pump(w)
    w.voice_activity()
    while not w._inbox.empty():
        w.handle(w._inbox.get_nowait())
    assert whispers(reported) == [("coping.1", "interrupted")]
    w.stop()


def test_mute_control_silences_and_skips():
    clock = Clock()
    player = FakePlayer()
    w, reported = whisperer(clock, player)
    w.handle(Control(t=1.0, action="mute"))
    w.handle(suggestion())
    clock.t += 5
    pump(w)
    assert player.played == []
    assert whispers(reported) == [("coping.1", "skipped")]
    w.handle(Control(t=2.0, action="unmute"))
    w.handle(suggestion(qid="hope.1", text="Waar hoopt u op?"))
    pump(w)
    assert len(player.played) == 1
    w.stop()


def test_rate_limit_through_the_whisperer():
    clock = Clock()
    player = FakePlayer()
    w, reported = whisperer(clock, player, min_interval=20.0)
    w.handle(suggestion())
    pump(w)
    w.handle(("done", w.gate.playing, True, ""))
    clock.t += 3
    w.handle(suggestion(qid="hope.1", text="Waar hoopt u op?"))
    pump(w)
    assert len(player.played) == 1
    assert whispers(reported) == [("coping.1", "spoken"), ("hope.1", "skipped")]
    w.stop()


def test_a_broken_tts_gives_a_failed_event_not_an_exception():
    clock = Clock()
    w, reported = whisperer(clock, FakePlayer(), FakeSynth(fail=True))
    w.handle(suggestion())
    pump(w)
    assert whispers(reported) == [("coping.1", "failed")]
    assert "no voice" in [e for e in reported if isinstance(e, Whisper)][0].detail
    w.stop()


def test_alternatives_are_prerendered():
    class Q:
        def __init__(self, text):
            self.text = text

    class Bank:
        questions = {"hope.1": Q("Waar hoopt u op?"), "scaling.1": Q("Waar zit u nu?")}
        crises = {}

    synth = FakeSynth()
    w, _ = whisperer(Clock(), FakePlayer(), synth, bank=Bank())
    w.handle(suggestion(alternatives=("hope.1", "scaling.1", "unknown")))
    assert synth.prerendered == ["Waar hoopt u op?", "Waar zit u nu?"]
    w.stop()


def test_echo_guard_is_told_when_a_whisper_plays():
    calls = []
    clock = Clock()
    w, _ = whisperer(clock, FakePlayer(), echo_guard=calls.append)
    w.handle(suggestion())
    pump(w)
    w.handle(("done", w.gate.playing, True, ""))
    assert calls == [True, False]
    w.stop()


def test_session_end_drops_what_is_pending():
    clock = Clock()
    w, reported = whisperer(clock, FakePlayer())
    w.handle(Partial(t=1, text="ik"))
    w.handle(suggestion())
    w.handle(SessionEnd(t=3.0))
    assert whispers(reported) == [("coping.1", "skipped")]
    w.stop()


def test_no_output_device_a_calm_warning_and_skipped_whispers_in_the_log(tmp_path):
    """On a machine without audio: the session goes on, the log says what happened."""
    from .helpers import open_test_session, read_records

    session, _bank = open_test_session(tmp_path / "log.jsonl")
    session.run_in_thread()
    w = Whisperer(session, output_device=None).start()
    try:
        session.bus.publish(suggestion())
        deadline = time.monotonic() + 5
        while not any(isinstance(e, Whisper) for e in w.outcomes) and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        w.stop()
        session.stop()
    records = read_records(tmp_path / "log.jsonl")
    warnings = [r for r in records if r["type"] == "warning" and r["component"] == "whisper"]
    assert warnings and warnings[0]["message"].startswith("Geen koptelefoon gekozen")
    whisper = [r for r in records if r["type"] == "whisper"]
    assert whisper and whisper[0]["status"] == "skipped" and whisper[0]["question_id"] == "coping.1"


def test_whisperer_thread_speaks_through_a_fake_headset_and_logs_it(tmp_path):
    from .helpers import open_test_session, read_records

    session, _bank = open_test_session(tmp_path / "log.jsonl")
    session.run_in_thread()
    player = FakePlayer()
    w = Whisperer(session, player=player, synthesizer=FakeSynth(), silence_wait=0.2).start()
    try:
        session.bus.publish(suggestion())
        deadline = time.monotonic() + 5
        while not player.played and time.monotonic() < deadline:
            time.sleep(0.01)
        assert player.played
        player.on_done(True, "")
        while not w.outcomes and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        w.stop()
        session.stop()
    records = read_records(tmp_path / "log.jsonl")
    assert [(r["question_id"], r["status"]) for r in records if r["type"] == "whisper"] == [("coping.1", "spoken")]


def test_sounddevice_player_feeds_the_whole_phrase_and_can_be_cut_short(monkeypatch):
    """PortAudio stand-in: runs the real callback block by block, like a device would."""
    import threading

    import sounddevice as sd

    streams = []

    class FakeStream:
        def __init__(self, *, device, samplerate, channels, dtype, blocksize, callback, finished_callback):
            self.kw = dict(device=device, samplerate=samplerate, channels=channels, dtype=dtype)
            self.callback, self.finished_callback, self.blocksize = callback, finished_callback, blocksize
            self.out = []
            self.aborted = threading.Event()
            self.closed = False
            streams.append(self)

        def start(self):
            def run():
                while not self.aborted.is_set():
                    block = np.zeros((self.blocksize, 1), dtype=np.float32)
                    try:
                        self.callback(block, self.blocksize, None, None)
                    except sd.CallbackStop:
                        self.out.append(block.copy())
                        break
                    self.out.append(block.copy())
                    time.sleep(0.001)
                self.finished_callback()
            self.thread = threading.Thread(target=run)
            self.thread.start()

        def abort(self):
            self.aborted.set()
            self.thread.join()

        def close(self):
            self.closed = True

    monkeypatch.setattr(sd, "OutputStream", FakeStream)
    player = SoundDevicePlayer(OutputDevice(index=3, name="Jabra headset", samplerate=22050))
    samples = np.linspace(-0.3, 0.3, 5000).astype(np.float32)
    done = []
    player.play(Audio(samples, 22050), lambda ok, d: done.append(ok))
    streams[0].thread.join(timeout=5)
    assert done == [True]
    played = np.concatenate(streams[0].out)[:, 0]
    assert np.allclose(played[:5000], samples) and not played[5000:].any()
    assert streams[0].kw["device"] == 3 and streams[0].kw["channels"] == 1

    long = Audio(np.full(22050 * 30, 0.2, dtype=np.float32), 22050)
    player.play(long, lambda ok, d: done.append(ok))
    assert streams[0].closed  # the finished stream is closed by the next play
    time.sleep(0.02)
    player.stop()  # the worker speaks: cut short, no "done" for it
    assert streams[1].aborted.is_set() and streams[1].closed
    assert done == [True]
