"""`voice-companion listen` end to end, as a subprocess, with the real engine."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from .helpers import REPO, run_cli


def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_listen_file_writes_the_log(tmp_path, ko_model_path, speech):
    log = tmp_path / "session.jsonl"
    done = run_cli("listen", "--input", str(speech["two"]), "--model", str(ko_model_path), "--log", str(log))
    assert done.returncode == 0, done.stderr.decode()
    assert f"log: {log}" in done.stderr.decode() + done.stdout.decode()
    records = _records(log)
    types = [r["type"] for r in records]
    assert types[0] == "session_start" and types[-1] == "session_end"
    assert records[0]["source"] == "file"
    utterances = [r for r in records if r["type"] == "utterance"]
    assert len(utterances) == 2
    for u in utterances:
        assert 0 <= u["start"] < u["end"] <= records[-1]["t"] + 0.01
        assert u["source"] == "file"
    assert records[-1]["reason"] == "done"
    assert "partial" not in types and "tick" not in types
    assert oct(os.stat(log).st_mode & 0o777) == "0o600"
    # no raw audio is kept unless the worker asks for it, and the log says so
    assert records[0]["audio_stored"] is False
    assert sorted(p.name for p in tmp_path.iterdir()) == ["session.jsonl"]


def test_listen_realtime_quiet(tmp_path, ko_model_path, speech):
    log = tmp_path / "rt.jsonl"
    started = time.monotonic()
    done = run_cli("listen", "--input", str(speech["16k"]), "--model", str(ko_model_path), "--log", str(log),
                   "--realtime", "--quiet", "--end-silence", "0.4")
    assert done.returncode == 0, done.stderr.decode()
    assert time.monotonic() - started >= 5.0  # the file is 5.5 s long
    assert done.stdout.decode().strip() == f"log: {log}"
    assert len([r for r in _records(log) if r["type"] == "utterance"]) == 1


@pytest.mark.parametrize("kind", ["truncated", "corrupt", "not_wav", "missing"])
def test_bad_input_file_is_one_line_and_no_log(tmp_path, ko_model_path, speech, kind):
    data = speech["16k"].read_bytes()
    bad = tmp_path / "bad.wav"
    if kind == "truncated":
        bad.write_bytes(data[: len(data) // 3])
    elif kind == "corrupt":
        bad.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt \x10\x00\x00\x00" + os.urandom(200))
    elif kind == "not_wav":
        bad.write_bytes(b"ID3\x04" + os.urandom(500))
    log = tmp_path / "s.jsonl"
    done = run_cli("listen", "--input", str(bad), "--model", str(ko_model_path), "--log", str(log))
    assert done.returncode == 2
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("voice-companion: error:"), lines
    assert not log.exists()


def test_listen_with_a_folder_that_is_not_a_model(tmp_path, speech):
    (tmp_path / "empty").mkdir()
    done = run_cli("listen", "--input", str(speech["16k"]), "--model", str(tmp_path / "empty"),
                   "--log", str(tmp_path / "s.jsonl"))
    assert done.returncode == 2
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "not a usable Vosk model" in lines[0]


def test_listen_without_any_model(tmp_path, speech):
    done = run_cli("listen", "--input", str(speech["16k"]), env={"VOICE_COMPANION_MODEL": ""})
    if done.returncode == 2 and b"models install" in done.stderr:
        assert len(done.stderr.decode().strip().splitlines()) == 1
    else:  # a Dutch model is installed on this machine
        assert done.returncode == 0


def _looped(source, target, times: int):
    """The recording `times` over: a call long enough that Ctrl-C lands mid-call on a slow, busy machine."""
    import wave

    with wave.open(str(source), "rb") as w:
        params, frames = w.getparams(), w.readframes(w.getnframes())
    with wave.open(str(target), "wb") as out:
        out.setparams(params)
        out.writeframes(frames * times)
    return target


def test_ctrl_c_writes_session_end(tmp_path, ko_model_path, speech):
    log = tmp_path / "int.jsonl"
    audio = _looped(speech["two"], tmp_path / "long.wav", 4)
    # Ctrl-C as in a terminal: the test itself may run where SIGINT is ignored (a background job of a
    # non-interactive shell), and an ignored SIGINT is inherited; a worker's terminal never ignores it
    proc = subprocess.Popen([sys.executable, "-m", "voice_companion", "listen", "--input", str(audio),
                             "--model", str(ko_model_path), "--log", str(log), "--realtime"],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until the session has started
        if log.exists() and log.stat().st_size > 0:
            break
        time.sleep(0.1)
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err.decode()
    records = _records(log)
    assert records[0]["type"] == "session_start"
    assert records[-1]["type"] == "session_end" and records[-1]["reason"] == "interrupted"
    assert f"log: {log}".encode() in err


def test_push_to_talk_audio_goes_to_the_lookup_not_to_the_call(ko_model):
    """While the key is held the microphone feeds the real PushToTalk recognizer only."""
    from voice_companion.commands.listen import _AudioRouter
    from voice_companion.speech.ptt import PushToTalk
    from voice_companion.speech.recognizer import AudioChunk

    class CallRecognizer:  # the hardware edge is the microphone; this records what the call would hear
        def __init__(self):
            self.chunks = []

        def offer(self, chunk):
            self.chunks.append(chunk)
            return True

    call = CallRecognizer()
    ptt = PushToTalk(ko_model, ["schaalvraag", "hoop"])
    router = _AudioRouter(call, ptt)
    silence = AudioChunk(b"\x00\x00" * 800, 0.0, ko_model.sample_rate)
    router.offer(silence)
    assert len(call.chunks) == 1
    ptt.press()
    router.offer(silence)
    router.offer(silence)
    assert len(call.chunks) == 1  # held: nothing reached the call's recognizer
    result = ptt.release()
    assert result is not None and not ptt.pressed
    router.offer(silence)
    assert len(call.chunks) == 2


def test_stored_audio_is_private_and_only_what_the_microphone_gave(tmp_path):
    import stat
    import wave

    from voice_companion.commands.listen import _AudioRecorder, _AudioRouter
    from voice_companion.speech.recognizer import AudioChunk

    class CallRecognizer:
        def offer(self, chunk):
            return True

    recorder = _AudioRecorder(tmp_path / "session-x.wav", 16000)
    router = _AudioRouter(CallRecognizer(), None, recorder)
    for _ in range(10):
        router.offer(AudioChunk(b"\x01\x00" * 1600, 0.0, 16000))
    recorder.close()
    assert stat.S_IMODE((tmp_path / "session-x.wav").stat().st_mode) == 0o600
    with wave.open(str(tmp_path / "session-x.wav")) as wav:
        assert wav.getframerate() == 16000 and wav.getnframes() == 16000
