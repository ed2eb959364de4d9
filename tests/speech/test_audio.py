"""WAV reading, downmixing and resampling (no speech engine needed)."""

from __future__ import annotations

import struct
import wave

import numpy as np
import pytest

from voice_companion.errors import UserError
from voice_companion.speech.audio import Converter, Resampler, WavReader, read_wav_info

from .helpers import write_wav


def _read_all(path, rate=16000):
    reader = WavReader(path, rate)
    blocks = list(reader.blocks())
    pcm = b"".join(b for b, _ in blocks)
    return np.frombuffer(pcm, dtype="<i2").astype(np.float64) / 32768, blocks


@pytest.mark.parametrize("rate_in", [8000, 11025, 16000, 22050, 44100, 48000])
def test_resampler_keeps_a_tone_and_the_length(rate_in):
    t = np.arange(rate_in * 2) / rate_in
    x = (0.5 * np.sin(2 * np.pi * 1000 * t)).astype(np.float32)
    r = Resampler(rate_in, 16000)
    # odd block sizes: streaming must not change the result
    y = np.concatenate([r.process(x[i:i + 777]) for i in range(0, len(x), 777)] + [r.flush()])
    assert abs(len(y) - 32000) <= 1
    ref = 0.5 * np.sin(2 * np.pi * 1000 * np.arange(len(y)) / 16000)
    assert np.abs(y[400:-400] - ref[400:-400]).max() < 2e-3


def test_resampler_removes_what_the_target_rate_cannot_hold():
    rate_in = 48000
    t = np.arange(rate_in) / rate_in
    x = (0.5 * np.sin(2 * np.pi * 11000 * t)).astype(np.float32)  # above 8 kHz Nyquist
    r = Resampler(rate_in, 16000)
    y = np.concatenate([r.process(x), r.flush()])
    assert np.sqrt(np.mean(y[400:-400] ** 2)) < 1e-3  # no alias at 5 kHz


def test_stereo_is_downmixed(tmp_path):
    left = np.full(1600, 0.5)
    right = np.full(1600, -0.1)
    inter = np.stack([left, right], axis=1).reshape(-1)
    path = write_wav(tmp_path / "st.wav", inter, 16000, channels=2)
    y, _ = _read_all(path)
    assert len(y) == 1600
    assert np.allclose(y, 0.2, atol=1e-3)


def test_block_times_are_audio_sample_times(tmp_path):
    path = write_wav(tmp_path / "a.wav", np.zeros(44100 * 3), 44100)
    _, blocks = _read_all(path)
    starts = [t for _, t in blocks]
    assert starts[0] == 0.0
    assert all(b > a for a, b in zip(starts, starts[1:]))
    total = sum(len(b) for b, _ in blocks) / 2 / 16000
    assert abs(total - 3.0) < 0.01


def _raw_wav(tag, channels, rate, bits, payload, declared=None):
    block = channels * bits // 8
    fmt = struct.pack("<HHIIHH", tag, channels, rate, rate * block, block, bits)
    size = len(payload) if declared is None else declared
    body = b"WAVE" + b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", size) + payload
    return b"RIFF" + struct.pack("<I", 4 + len(body) - 4) + body


def test_float32_and_8bit_wavs_decode(tmp_path):
    f = tmp_path / "f.wav"
    f.write_bytes(_raw_wav(3, 1, 16000, 32, np.full(1600, 0.25, dtype="<f4").tobytes()))
    y, _ = _read_all(f)
    assert np.allclose(y, 0.25, atol=1e-3)
    b = tmp_path / "b.wav"
    b.write_bytes(_raw_wav(1, 1, 8000, 8, bytes([192]) * 800))  # 8-bit unsigned: 192 = +0.5
    y, _ = _read_all(b)
    assert np.allclose(y[50:-50], 0.5, atol=1e-2)


def test_streamed_wav_with_unknown_size_reads_to_the_end(tmp_path):
    p = tmp_path / "s.wav"
    p.write_bytes(_raw_wav(1, 1, 16000, 16, np.zeros(16000, dtype="<i2").tobytes(), declared=0xFFFFFFFF))
    assert abs(read_wav_info(p).duration - 1.0) < 1e-6


def test_truncated_wav_is_a_clean_error(tmp_path):
    good = write_wav(tmp_path / "good.wav", np.zeros(16000 * 2), 16000)
    data = good.read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(UserError, match="truncated"):
        read_wav_info(cut)
    header_only = tmp_path / "head.wav"
    header_only.write_bytes(data[:30])
    with pytest.raises(UserError, match="truncated|damaged"):
        read_wav_info(header_only)


@pytest.mark.parametrize("content, words", [
    (b"", "empty"),
    (b"ID3\x03\x00\x00\x00\x00\x00\x00" + bytes(200), "not a WAV"),
    (b"hello, this is text\n" * 10, "not a WAV"),
    (b"RIFF\x10\x00\x00\x00WAVEjunk\xff\xff\xff\xff", "damaged|truncated"),
])
def test_non_wav_and_corrupt_files_are_clean_errors(tmp_path, content, words):
    p = tmp_path / "x.wav"
    p.write_bytes(content)
    with pytest.raises(UserError, match=words):
        read_wav_info(p)


def test_corrupt_format_fields_are_clean_errors(tmp_path):
    for tag, ch, rate, bits, word in [(0x55, 1, 16000, 16, "compressed"), (1, 0, 16000, 16, "channels"),
                                      (1, 1, 0, 16, "sample rate"), (1, 1, 16000, 12, "not supported|damaged")]:
        p = tmp_path / f"c{tag}{ch}{rate}{bits}.wav"
        p.write_bytes(_raw_wav(tag, ch, rate, bits, bytes(3200)))
        with pytest.raises(UserError, match=word):
            read_wav_info(p)


def test_missing_and_folder_inputs(tmp_path):
    with pytest.raises(UserError, match="no audio file"):
        read_wav_info(tmp_path / "nope.wav")
    with pytest.raises(UserError, match="folder"):
        read_wav_info(tmp_path)


def test_converter_int16_stereo_48k(tmp_path):
    conv = Converter(48000, 16000, channels=2)
    frames = np.full((4800, 2), 8000, dtype="<i2")
    out = conv.convert_int16(frames.tobytes()) + conv.flush()
    y = np.frombuffer(out, dtype="<i2")
    assert abs(len(y) - 1600) <= 1
    assert abs(int(np.median(y)) - 8000) < 50
