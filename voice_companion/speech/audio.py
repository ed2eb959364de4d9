"""Audio in: WAV files of any rate and layout, downmixing and resampling to the model's rate.

Everything here streams: a one-hour recording is read a block at a time, never
loaded whole. Bad files (not a WAV, damaged header, truncated data, a format we
cannot decode) become one clear `UserError` before any audio is used.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

import numpy as np

from voice_companion.errors import UserError
from voice_companion.i18n import _

# WAVE format tags
_PCM = 0x0001
_IEEE_FLOAT = 0x0003
_EXTENSIBLE = 0xFFFE
_UNKNOWN_SIZES = (0, 0xFFFFFFFF)  # streaming writers that never went back to fill in the size

_CONVERT_HINT = "convert it with: sox IN.ext -r 16000 -c 1 -b 16 OUT.wav"


@dataclass(frozen=True)
class WavInfo:
    path: Path
    rate: int
    channels: int
    sample_width: int  # bytes per sample
    is_float: bool
    data_offset: int
    data_bytes: int  # bytes of audio that are really in the file (whole frames)

    @property
    def frame_bytes(self) -> int:
        return self.channels * self.sample_width

    @property
    def frames(self) -> int:
        return self.data_bytes // self.frame_bytes

    @property
    def duration(self) -> float:
        return self.frames / self.rate

    def describe(self) -> str:
        kind = "float" if self.is_float else "PCM"
        layout = "mono" if self.channels == 1 else ("stereo" if self.channels == 2 else f"{self.channels} channels")
        return f"{self.duration:.1f} s, {self.rate} Hz, {layout}, {self.sample_width * 8}-bit {kind}"


def read_wav_info(path: Path | str) -> WavInfo:
    """Parse and check a WAV header; raise UserError with the reason if it is unusable."""
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise UserError(_('no audio file at {name}').format(name=name))
    if path.is_dir():
        raise UserError(_('{name} is a folder; give a .wav file').format(name=name))
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            return _parse_header(handle, path, size)
    except PermissionError:
        raise UserError(_('cannot read {name}: permission denied').format(name=name))
    except OSError as exc:
        raise UserError(_('cannot read {name}: {value}').format(name=name, value=exc.strerror or exc))


def _parse_header(handle: BinaryIO, path: Path, size: int) -> WavInfo:
    name = str(path)
    head = handle.read(12)
    if len(head) < 12 or head[:4] not in (b"RIFF", b"RIFX", b"RF64") or head[8:12] != b"WAVE":
        if size == 0:
            raise UserError(_('{name} is empty (0 bytes); it holds no audio').format(name=name))
        raise UserError(_('{name} is not a WAV file (no RIFF/WAVE header); {CONVERT_HINT}').format(name=name, CONVERT_HINT=_CONVERT_HINT))
    if head[:4] != b"RIFF":
        raise UserError(_('{name} is a {value} WAV, which is not supported; {CONVERT_HINT}').format(name=name, value=head[:4].decode(), CONVERT_HINT=_CONVERT_HINT))
    fmt: tuple[int, int, int, int, int] | None = None
    pos = 12
    while True:
        chunk = handle.read(8)
        if len(chunk) < 8:
            if fmt is None:
                raise UserError(_("{name} is damaged or truncated: no 'fmt ' chunk (format description) found").format(name=name))
            raise UserError(_("{name} is damaged or truncated: no 'data' chunk (audio) found").format(name=name))
        chunk_id, chunk_size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
        pos += 8
        if chunk_id == b"fmt ":
            if chunk_size < 16 or chunk_size > 1024:
                raise UserError(_('{name} is damaged: its format chunk has an impossible size ({chunk_size} bytes)').format(name=name, chunk_size=chunk_size))
            body = handle.read(chunk_size)
            if len(body) < chunk_size:
                raise UserError(_('{name} is truncated inside its header').format(name=name))
            tag, channels, rate, _byte_rate, block_align, bits = struct.unpack("<HHIIHH", body[:16])
            if tag == _EXTENSIBLE and chunk_size >= 40:
                tag = struct.unpack("<H", body[24:26])[0]  # first two bytes of the sub-format GUID
            fmt = (tag, channels, rate, block_align, bits)
            pos += chunk_size + (chunk_size & 1)
            if chunk_size & 1:
                handle.read(1)
        elif chunk_id == b"data":
            if fmt is None:
                raise UserError(_('{name} is damaged: its audio comes before its format description').format(name=name))
            info = _make_info(path, fmt, pos, chunk_size, size)
            return info
        else:
            skip = chunk_size + (chunk_size & 1)
            if pos + skip > size:
                raise UserError(_('{name} is damaged or truncated: chunk {chunk_id!r} runs past the end of the file').format(name=name, chunk_id=chunk_id))
            handle.seek(skip, 1)
            pos += skip


def _make_info(path: Path, fmt: tuple[int, int, int, int, int], offset: int, declared: int, size: int) -> WavInfo:
    name = str(path)
    tag, channels, rate, block_align, bits = fmt
    if tag not in (_PCM, _IEEE_FLOAT):
        raise UserError(_('{name} uses WAV format code {tag:#06x} (compressed audio), which is not supported; {CONVERT_HINT}').format(name=name, tag=tag, CONVERT_HINT=_CONVERT_HINT))
    if channels < 1 or channels > 32:
        raise UserError(_('{name} is damaged: it says it has {channels} channels').format(name=name, channels=channels))
    if rate < 4000 or rate > 384000:
        raise UserError(_('{name} has an unusable sample rate ({rate} Hz); {CONVERT_HINT}').format(name=name, rate=rate, CONVERT_HINT=_CONVERT_HINT))
    is_float = tag == _IEEE_FLOAT
    width = (bits + 7) // 8
    if is_float and width not in (4, 8) or not is_float and width not in (1, 2, 3, 4):
        raise UserError(_('{name} has {bits}-bit {value} samples, which are not supported; {CONVERT_HINT}').format(name=name, bits=bits, value='float' if is_float else 'PCM', CONVERT_HINT=_CONVERT_HINT))
    if block_align != width * channels:
        raise UserError(_('{name} is damaged: block size {block_align} does not match {channels} channel(s) of {bits} bits').format(name=name, block_align=block_align, channels=channels, bits=bits))
    available = size - offset
    if declared in _UNKNOWN_SIZES:
        data_bytes = available  # written by a streaming recorder: read up to the end of the file
    elif declared > available:
        frame = width * channels
        raise UserError(
            _('{name} is truncated: its header promises {value:.1f} s of audio but the file holds only {value2:.1f} s; repair it with: sox --ignore-length {name} fixed.wav').format(name=name, value=declared // frame / rate, value2=max(available, 0) // frame / rate)
        )
    else:
        data_bytes = declared
    data_bytes -= data_bytes % (width * channels)
    if data_bytes <= 0:
        raise UserError(_('{name} holds no audio (its data chunk is empty)').format(name=name))
    return WavInfo(path=path, rate=rate, channels=channels, sample_width=width, is_float=is_float,
                   data_offset=offset, data_bytes=data_bytes)


def decode_frames(raw: bytes, channels: int, width: int, is_float: bool) -> np.ndarray:
    """Decode interleaved WAV bytes to float32 mono in [-1, 1] (channels averaged)."""
    if is_float:
        samples = np.frombuffer(raw, dtype="<f4" if width == 4 else "<f8").astype(np.float32)
        samples = np.nan_to_num(samples, nan=0.0, posinf=1.0, neginf=-1.0)
    elif width == 1:
        samples = (np.frombuffer(raw, dtype=np.uint8).astype(np.float32) - 128.0) / 128.0
    elif width == 2:
        samples = np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0
    elif width == 3:
        b = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        value = b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16)
        value = np.where(value >= 1 << 23, value - (1 << 24), value)
        samples = value.astype(np.float32) / float(1 << 23)
    else:
        samples = (np.frombuffer(raw, dtype="<i4").astype(np.float64) / float(1 << 31)).astype(np.float32)
    if channels > 1:
        samples = samples.reshape(-1, channels).mean(axis=1, dtype=np.float32)
    return samples


def int16_to_float(pcm: bytes, channels: int = 1) -> np.ndarray:
    return decode_frames(pcm, channels, 2, False)


def float_to_int16(samples: np.ndarray) -> bytes:
    """Clip to [-1, 1] and convert to little-endian int16 bytes (what Vosk takes)."""
    scaled = np.clip(np.rint(samples * 32767.0), -32768, 32767)
    return scaled.astype("<i2").tobytes()


class Resampler:
    """Streaming band-limited resampler (windowed sinc, rational ratio, polyphase table).

    Feed float32 blocks of any length; get output blocks whose concatenation is
    the resampled signal. `flush()` returns the tail at end of stream.
    """

    def __init__(self, rate_in: int, rate_out: int, *, zero_crossings: int = 16):
        if rate_in <= 0 or rate_out <= 0:
            raise ValueError("sample rates must be positive")
        self.rate_in = rate_in
        self.rate_out = rate_out
        g = math.gcd(rate_in, rate_out)
        self.up = rate_out // g  # L
        self.down = rate_in // g  # M
        self.passthrough = rate_in == rate_out
        cutoff = min(1.0, rate_out / rate_in) * 0.92  # of the input Nyquist; keep aliasing out
        self.half = int(math.ceil(zero_crossings / cutoff))
        taps = np.arange(-self.half + 1, self.half + 1, dtype=np.float64)  # offsets k - base
        phases = np.arange(self.up, dtype=np.float64) / self.up  # fractional position of output
        x = taps[None, :] - phases[:, None]  # distance from output position to each input tap
        beta = 8.0
        w = np.i0(beta * np.sqrt(np.clip(1.0 - (x / self.half) ** 2, 0.0, 1.0))) / np.i0(beta)
        table = cutoff * np.sinc(cutoff * x) * w
        table /= table.sum(axis=1, keepdims=True)  # unity gain at DC for every phase
        self._table = table.astype(np.float32)
        self._offsets = taps.astype(np.int64)
        # history: input samples kept so the filter can look back; index of buffer[0] in the stream
        self._buffer = np.zeros(self.half, dtype=np.float32)  # leading zeros: the signal starts at 0
        self._buffer_start = -self.half
        self._next_out = 0  # index of the next output sample
        self._total_in = 0

    def _positions(self, count: int) -> tuple[np.ndarray, np.ndarray]:
        n = self._next_out + np.arange(count, dtype=np.int64)
        num = n * self.down
        return num // self.up, num % self.up  # base input index, phase

    def _produce(self, available_end: int) -> np.ndarray:
        # output n can be made when base(n) + half < available_end
        last_base = available_end - self.half - 1
        if last_base < 0:
            return np.zeros(0, dtype=np.float32)
        max_n = ((last_base + 1) * self.up - 1) // self.down  # largest n with base(n) <= last_base
        count = max_n - self._next_out + 1
        if count <= 0:
            return np.zeros(0, dtype=np.float32)
        base, phase = self._positions(count)
        idx = base[:, None] + self._offsets[None, :] - self._buffer_start
        out = np.einsum("ij,ij->i", self._buffer[idx], self._table[phase])
        self._next_out += count
        # drop input no longer needed
        keep_from = (self._next_out * self.down) // self.up - self.half + 1 - self._buffer_start
        if keep_from > 0:
            self._buffer = self._buffer[keep_from:]
            self._buffer_start += keep_from
        return out.astype(np.float32)

    def process(self, block: np.ndarray) -> np.ndarray:
        block = np.asarray(block, dtype=np.float32)
        if self.passthrough:
            return block
        self._buffer = np.concatenate([self._buffer, block])
        self._total_in += len(block)
        return self._produce(self._buffer_start + len(self._buffer))

    def flush(self) -> np.ndarray:
        """Output the remaining samples (the input is padded with silence)."""
        if self.passthrough:
            return np.zeros(0, dtype=np.float32)
        expected = (self._total_in * self.up + self.down - 1) // self.down
        self._buffer = np.concatenate([self._buffer, np.zeros(self.half + 1, dtype=np.float32)])
        out = self._produce(self._buffer_start + len(self._buffer))
        surplus = self._next_out - expected
        if surplus > 0:
            out = out[: max(0, len(out) - surplus)]
        return out


class Converter:
    """Any-format int16/float input -> int16 mono bytes at the model's rate, streaming."""

    def __init__(self, rate_in: int, rate_out: int, channels: int = 1):
        self.channels = channels
        self.resampler = Resampler(rate_in, rate_out)

    def convert_int16(self, pcm: bytes) -> bytes:
        if self.channels == 1 and self.resampler.passthrough:
            return pcm[: len(pcm) - len(pcm) % 2]
        usable = len(pcm) - len(pcm) % (2 * self.channels)
        return float_to_int16(self.resampler.process(int16_to_float(pcm[:usable], self.channels)))

    def convert_float(self, samples: np.ndarray) -> bytes:
        return float_to_int16(self.resampler.process(samples))

    def flush(self) -> bytes:
        return float_to_int16(self.resampler.flush())


class WavReader:
    """Reads a checked WAV file as int16 mono blocks at `rate_out` (streaming).

    Yields (pcm_bytes, start_seconds) where start_seconds is the audio time of the
    block's first sample in the output stream.
    """

    def __init__(self, path: Path | str, rate_out: int, *, block_seconds: float = 0.1):
        self.info = read_wav_info(path)
        self.rate_out = rate_out
        self.block_frames = max(1, int(self.info.rate * block_seconds))
        self.frames_read = 0

    @property
    def duration(self) -> float:
        return self.info.duration

    def blocks(self) -> Iterator[tuple[bytes, float]]:
        info = self.info
        converter = Converter(info.rate, self.rate_out, 1)
        produced = 0  # output samples so far
        remaining = info.data_bytes
        try:
            with open(info.path, "rb") as handle:
                handle.seek(info.data_offset)
                while remaining > 0:
                    want = min(remaining, self.block_frames * info.frame_bytes)
                    raw = handle.read(want)
                    if len(raw) < want:
                        raise UserError(_('{path} ended early while reading (the file changed or is truncated)').format(path=info.path))
                    remaining -= len(raw)
                    self.frames_read += len(raw) // info.frame_bytes
                    if not info.is_float and info.sample_width == 2 and info.channels == 1 and converter.resampler.passthrough:
                        out = raw
                    else:
                        samples = decode_frames(raw, info.channels, info.sample_width, info.is_float)
                        out = converter.convert_float(samples)
                    if out:
                        yield out, produced / self.rate_out
                        produced += len(out) // 2
                tail = converter.flush()
                if tail:
                    yield tail, produced / self.rate_out
        except OSError as exc:
            raise UserError(_('cannot read {path}: {value}').format(path=info.path, value=exc.strerror or exc))


__all__ = ["WavInfo", "read_wav_info", "decode_frames", "Resampler", "Converter", "WavReader",
           "float_to_int16", "int16_to_float"]
