"""Any file handed to `listen --input` gives audio blocks or one clear UserError, never a crash."""

from __future__ import annotations

import struct

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from voice_companion.errors import UserError
from voice_companion.speech.audio import WavReader


def _header(channels: int, rate: int, bits: int, fmt: int, data_size: int) -> bytes:
    block = channels * max(bits // 8, 1)
    body = struct.pack("<HHIIHH", fmt, channels, rate, rate * block, block, bits)
    return (b"RIFF" + struct.pack("<I", min(36 + data_size, 2**32 - 1)) + b"WAVE" + b"fmt " + struct.pack("<I", 16) + body
            + b"data" + struct.pack("<I", data_size))


def _read_all(path) -> int:
    reader = WavReader(path, 16000)
    return sum(len(pcm) for pcm, _ in reader.blocks())


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(channels=st.integers(0, 9), rate=st.integers(0, 400_000), bits=st.sampled_from([0, 1, 8, 12, 16, 24, 32, 64]),
       fmt=st.sampled_from([0, 1, 2, 3, 0xFFFE]), data_size=st.integers(0, 2**32 - 1),
       payload=st.binary(max_size=3000))
def test_mislabelled_and_lying_headers(tmp_path_factory, channels, rate, bits, fmt, data_size, payload):
    path = tmp_path_factory.mktemp("wav") / "x.wav"
    path.write_bytes(_header(channels, rate, bits, fmt, data_size) + payload)
    try:
        _read_all(path)
    except UserError as err:
        assert "\n" not in str(err)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.binary(max_size=400))
def test_arbitrary_bytes(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("wav") / "x.wav"
    path.write_bytes(data)
    try:
        _read_all(path)
    except UserError as err:
        assert "\n" not in str(err)


def test_empty_and_header_only_files(tmp_path):
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    try:
        _read_all(empty)
        raise AssertionError("an empty file must be refused")
    except UserError as err:
        assert "empty.wav" in str(err)
    header_only = tmp_path / "header.wav"
    header_only.write_bytes(_header(1, 16000, 16, 1, 0))
    try:
        _read_all(header_only)
        raise AssertionError("a recording without audio must be refused")
    except UserError as err:
        assert "no audio" in str(err)
