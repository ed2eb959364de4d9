"""The microphone path: no device here, so the error path and the callback/queue logic."""

from __future__ import annotations

import types

import pytest

from voice_companion.errors import UserError
from voice_companion.events import AudioStatus, ComponentWarning
from voice_companion.speech import mic as MIC
from voice_companion.speech.recognizer import AudioChunk, StreamingRecognizer

from .helpers import run_cli


def _real_sd():
    sd = MIC.sounddevice_module()
    if any(d["max_input_channels"] > 0 for d in sd.query_devices()):
        pytest.skip("this machine has a microphone; the no-device path is not reachable")
    return sd


def test_no_input_device_is_a_clear_error():
    sd = _real_sd()
    with pytest.raises(UserError, match="no microphone"):
        MIC.resolve_input_device(None, sd)
    with pytest.raises(UserError, match="no microphone"):
        MIC.resolve_input_device("headset", sd)


def test_devices_command_says_none():
    _real_sd()
    done = run_cli("devices")
    assert done.returncode == 0
    assert b"no audio devices" in done.stdout


def test_listen_without_microphone_fails_before_any_log(tmp_path, ko_model_path):
    _real_sd()
    log = tmp_path / "s.jsonl"
    done = run_cli("listen", "--model", str(ko_model_path), "--log", str(log))
    assert done.returncode == 2
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "no microphone" in lines[0]
    assert not log.exists()


class FakeStream:
    def __init__(self, **kw):
        self.kw = kw
        self.active = False
        self.closed = False

    def start(self):
        self.active = True

    def stop(self):
        self.active = False

    def close(self):
        self.closed = True


class FakeSD:
    """Just enough of sounddevice: one headset that can vanish and come back."""

    def __init__(self):
        self.present = True
        self.opened: list[FakeStream] = []
        self.default = types.SimpleNamespace(device=(0, 1))

    def query_devices(self):
        devs = [{"name": "Speakers", "hostapi": 0, "max_input_channels": 0, "max_output_channels": 2,
                 "default_samplerate": 48000.0}]
        if self.present:
            devs.insert(0, {"name": "USB Headset Mic", "hostapi": 0, "max_input_channels": 1,
                            "max_output_channels": 0, "default_samplerate": 48000.0})
        return devs

    def query_hostapis(self):
        return [{"name": "ALSA"}]

    def check_input_settings(self, device, channels, dtype, samplerate):
        if samplerate not in (16000, 48000) or channels != 1:
            raise ValueError("unsupported")

    def RawInputStream(self, **kw):  # noqa: N802
        if not self.present:
            raise RuntimeError("Device unavailable")
        stream = FakeStream(**kw)
        self.opened.append(stream)
        return stream


def test_device_by_number_and_name():
    sd = FakeSD()
    assert MIC.resolve_input_device("usb", sd).name == "USB Headset Mic"
    assert MIC.resolve_input_device("0", sd).index == 0
    assert MIC.resolve_input_device(None, sd).default_input
    with pytest.raises(UserError, match="has no input"):
        MIC.resolve_input_device("1", sd)
    with pytest.raises(UserError, match="no input device named"):
        MIC.resolve_input_device("bluetooth", sd)


def test_callback_counts_overflows_and_full_queue(ko_model):
    import sounddevice as sd_real

    rec = StreamingRecognizer(ko_model, submit=lambda e: None, queue_chunks=2)  # not started: fills up
    mic = MIC.MicrophoneInput(rec.offer, clock=lambda: 5.0, rate=16000, sd=FakeSD())
    block = bytes(3200)
    mic.callback(block, 1600, None, sd_real.CallbackFlags())
    overflow = sd_real.CallbackFlags()
    overflow.input_overflow = True
    mic.callback(block, 1600, None, overflow)
    mic.callback(block, 1600, None, sd_real.CallbackFlags())  # queue full: dropped, counted
    mic.callback(block, 1600, None, sd_real.CallbackFlags())
    assert mic.overflows == 1 and mic.dropped_chunks == 2
    chunk = rec.queue.get_nowait()
    assert isinstance(chunk, AudioChunk) and chunk.pcm == block
    assert chunk.t == pytest.approx(5.0 - 0.1) and chunk.rate == 16000
    events = mic.poll(6.0)
    status = [e for e in events if isinstance(e, AudioStatus)]
    assert len(status) == 1
    assert status[0].overflows == 1 and status[0].dropped_chunks == 2
    assert "input_overflow" in status[0].status and "queue_full" in status[0].status
    assert [e for e in mic.poll(6.5) if isinstance(e, AudioStatus)] == []  # reported once


def test_vanished_headset_warns_and_comes_back(monkeypatch):
    sd = FakeSD()
    chunks = []
    mic = MIC.MicrophoneInput(lambda c: chunks.append(c) or True, clock=lambda: 1.0, rate=16000, sd=sd,
                              retry_interval=0.0, rescan=False)
    device = mic.open()
    assert device.name == "USB Headset Mic" and mic.rate == 16000
    assert sd.opened[0].kw["blocksize"] == 800 and sd.opened[0].kw["dtype"] == "int16"
    mic.callback(bytes(3200), 1600, None, None)
    assert mic.poll(1.5) == []
    sd.present = False
    sd.opened[0].active = False  # PortAudio stops the stream when the device goes
    events = mic.poll(2.0)
    assert len(events) == 1 and isinstance(events[0], ComponentWarning)
    assert events[0].component == "microphone" and "retrying" in events[0].message
    assert mic.lost and sd.opened[0].closed
    assert mic.poll(2.5) == []  # still gone: retried quietly
    sd.present = True
    events = mic.poll(3.0)
    assert len(events) == 1 and isinstance(events[0], AudioStatus)
    assert events[0].status.startswith("input_restored")
    assert not mic.lost and len(sd.opened) == 2


def test_stalled_stream_counts_as_lost(monkeypatch):
    sd = FakeSD()
    mic = MIC.MicrophoneInput(lambda c: True, clock=lambda: 0.0, sd=sd, stall_timeout=0.0, retry_interval=60)
    mic.open()
    events = mic.poll(1.0)  # active, but no callback within the stall timeout
    assert any(isinstance(e, ComponentWarning) for e in events)
