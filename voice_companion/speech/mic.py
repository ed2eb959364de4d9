"""The headset microphone through PortAudio (sounddevice), and the device list.

The PortAudio callback only copies the block into the recognizer's bounded
queue; it never blocks. Blocks that do not fit are counted, and so are
PortAudio's status flags (input overflow ...); `poll()` turns the counts into
AudioStatus events, so audio is never dropped silently. A headset that vanishes
mid-session gives a warning event; the session goes on and the device is
reopened every `retry_interval` seconds until it is back.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any, Callable

from voice_companion.errors import UserError
from voice_companion.events import AudioStatus, ComponentWarning, Event
from voice_companion.speech.recognizer import AudioChunk
from voice_companion.i18n import _, _N

BLOCK_SECONDS = 0.05  # small blocks: a pause is seen (and the utterance ended) sooner


def sounddevice_module() -> Any:
    try:
        import sounddevice  # noqa: PLC0415
    except OSError as exc:  # the PortAudio library itself is missing
        raise UserError(_('cannot use audio devices: the PortAudio library is missing ({exc}); install it (Debian/Ubuntu: apt-get install libportaudio2) or use --input FILE.wav').format(exc=exc))
    except ImportError as exc:
        raise UserError(_('cannot use audio devices: {exc}; reinstall with: pip install sounddevice').format(exc=exc))
    return sounddevice


@dataclass(frozen=True)
class Device:
    index: int
    name: str
    hostapi: str
    max_input_channels: int
    max_output_channels: int
    default_samplerate: float
    default_input: bool = False
    default_output: bool = False

    def line(self) -> str:
        marks = ("<" if self.default_input else " ") + (">" if self.default_output else " ")
        io = []
        if self.max_input_channels:
            io.append(f"in {self.max_input_channels}")
        if self.max_output_channels:
            io.append(f"out {self.max_output_channels}")
        return f"{marks} {self.index:3d}  {self.name} ({self.hostapi}; {', '.join(io)}; {self.default_samplerate:.0f} Hz)"


def list_devices(sd: Any = None) -> list[Device]:
    sd = sd or sounddevice_module()
    try:
        raw = list(sd.query_devices())
        hostapis = [h["name"] for h in sd.query_hostapis()]
        default_in, default_out = sd.default.device
    except Exception as exc:  # PortAudioError
        raise UserError(_('cannot list audio devices: {exc}').format(exc=exc))
    devices = []
    for i, d in enumerate(raw):
        index = d.get("index", i)
        api = d.get("hostapi", 0)
        devices.append(Device(
            index=index, name=d["name"], hostapi=hostapis[api] if 0 <= api < len(hostapis) else str(api),
            max_input_channels=int(d["max_input_channels"]), max_output_channels=int(d["max_output_channels"]),
            default_samplerate=float(d["default_samplerate"]),
            default_input=index == default_in, default_output=index == default_out,
        ))
    return devices


NO_INPUT = _N("no microphone: PortAudio finds no audio input device (no sound card or headset?); "
              "plug in the headset, or use --input FILE.wav; see 'voice-companion devices'")


def resolve_input_device(spec: str | int | None, sd: Any = None) -> Device:
    """The input device for `--input-device` (index or part of the name) or the default."""
    devices = list_devices(sd)
    inputs = [d for d in devices if d.max_input_channels > 0]
    if not inputs:
        raise UserError(_(NO_INPUT))
    if spec is None or spec == "":
        for d in inputs:
            if d.default_input:
                return d
        return inputs[0]
    text = str(spec).strip()
    if text.lstrip("-").isdigit():
        index = int(text)
        for d in devices:
            if d.index == index:
                if d.max_input_channels == 0:
                    raise UserError(_("audio device {index} ({name}) has no input; see 'voice-companion devices'").format(index=index, name=d.name))
                return d
        raise UserError(_("no audio device with number {index}; see 'voice-companion devices'").format(index=index))
    exact = [d for d in inputs if d.name.lower() == text.lower()]
    if exact:
        return exact[0]
    partial = [d for d in inputs if text.lower() in d.name.lower()]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise UserError(_("no input device named like '{text}'; see 'voice-companion devices'").format(text=text))
    names = "; ".join(f"{d.index}: {d.name}" for d in partial[:5])
    raise UserError(_("'{text}' matches several input devices ({names}); give the number").format(text=text, names=names))


class MicrophoneInput:
    """Microphone -> AudioChunks offered to the recognizer (never blocking the callback)."""

    def __init__(
        self,
        offer: Callable[[AudioChunk], bool],
        *,
        clock: Callable[[], float],
        device: str | int | None = None,
        rate: int = 16000,
        block_seconds: float = BLOCK_SECONDS,
        retry_interval: float = 2.0,
        stall_timeout: float = 2.0,
        rescan: bool = False,
        sd: Any = None,
    ):
        self.offer = offer
        self.clock = clock
        self.device_spec = device
        self.wanted_rate = rate
        self.block_seconds = block_seconds
        self.retry_interval = retry_interval
        self.stall_timeout = stall_timeout
        self.rescan = rescan
        self._sd = sd
        self.device: Device | None = None
        self.rate = rate
        self.channels = 1
        self.stream: Any = None
        # counters written by the PortAudio thread, read by poll()
        self.overflows = 0
        self.dropped_chunks = 0
        self.other_flags = 0
        self.last_flags = ""
        self.callbacks = 0
        self._reported = (0, 0, 0)
        self._last_callback = time.monotonic()
        self._lost_since: float | None = None
        self._next_retry = 0.0
        self._lock = threading.Lock()

    @property
    def sd(self) -> Any:
        if self._sd is None:
            self._sd = sounddevice_module()
        return self._sd

    # -- PortAudio thread ------------------------------------------------------------
    def callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        """PortAudio's callback: copy, stamp, offer; count problems. Must never block."""
        self.callbacks += 1
        self._last_callback = time.monotonic()
        if status:
            if getattr(status, "input_overflow", False):
                self.overflows += 1
            else:
                self.other_flags += 1
            self.last_flags = str(status)
        t0 = self.clock() - frames / self.rate
        if not self.offer(AudioChunk(bytes(indata), t0, self.rate, self.channels)):
            self.dropped_chunks += 1

    # -- control (main thread) ---------------------------------------------------------
    def _pick_format(self, device: Device) -> tuple[int, int]:
        rates = [self.wanted_rate, int(device.default_samplerate), 48000, 44100, 16000]
        for channels in (1, min(2, device.max_input_channels)):
            for rate in dict.fromkeys(rates):
                try:
                    self.sd.check_input_settings(device=device.index, channels=channels, dtype="int16",
                                                 samplerate=rate)
                    return rate, channels
                except Exception:
                    continue
        return int(device.default_samplerate), 1

    def open(self) -> Device:
        """Open the device; UserError when there is none or it cannot be opened."""
        device = resolve_input_device(self.device_spec, self.sd)
        rate, channels = self._pick_format(device)
        try:
            stream = self.sd.RawInputStream(
                samplerate=rate, blocksize=max(1, int(rate * self.block_seconds)), device=device.index,
                channels=channels, dtype="int16", callback=self.callback,
            )
            self.rate, self.channels = rate, channels
            stream.start()
        except Exception as exc:  # PortAudioError
            raise UserError(_('cannot open the microphone {name}: {exc}').format(name=device.name, exc=exc))
        self.stream = stream
        self.device = device
        self._last_callback = time.monotonic()
        self._lost_since = None
        return device

    def close(self) -> None:
        stream, self.stream = self.stream, None
        if stream is not None:
            try:
                stream.stop()
            except Exception:
                pass
            try:
                stream.close()
            except Exception:
                pass

    def _stream_alive(self) -> bool:
        stream = self.stream
        if stream is None:
            return False
        try:
            active = bool(stream.active)
        except Exception:
            return False
        return active and time.monotonic() - self._last_callback < self.stall_timeout

    def poll(self, t: float) -> list[Event]:
        """Call about twice a second: reports dropped audio, a lost and a returned device."""
        events: list[Event] = []
        overflows, dropped, other = self.overflows, self.dropped_chunks, self.other_flags
        d_over, d_drop, d_other = (overflows - self._reported[0], dropped - self._reported[1],
                                   other - self._reported[2])
        if d_over or d_drop or d_other:
            self._reported = (overflows, dropped, other)
            parts = []
            if d_over:
                parts.append("input_overflow: " + _("the sound card delivered audio faster than it was read"))
            if d_drop:
                parts.append("queue_full: " + _("the recognizer fell behind; blocks were not recognised"))
            if d_other:
                parts.append(f"portaudio: {self.last_flags}")
            events.append(AudioStatus(t=t, overflows=d_over, dropped_chunks=d_drop, status="; ".join(parts)))
        now = time.monotonic()
        if self._lost_since is None:
            if self.stream is not None and not self._stream_alive():
                name = self.device.name if self.device else _("microphone")
                self._lost_since = t
                self._next_retry = now + self.retry_interval
                self.close()
                events.append(ComponentWarning(
                    t=t, component="microphone",
                    message=_("the microphone ({name}) stopped delivering audio; the session goes on, "
                              "retrying every {seconds:g} s").format(name=name, seconds=self.retry_interval),
                ))
        elif now >= self._next_retry:
            self._next_retry = now + self.retry_interval
            if self.rescan:
                self._rescan()
            try:
                device = self.open()
            except UserError:
                pass
            else:
                events.append(AudioStatus(t=t, status=f"input_restored: {device.name}"))
        return events

    def _rescan(self) -> None:
        """Let PortAudio see a re-plugged headset (re-initialises the library).

        PortAudio lists devices only when it starts, so a headset plugged back in
        is invisible until then. Re-initialising also ends every other stream of
        this process (e.g. the whisper's output stream): only with `rescan=True`,
        which `listen` sets while nothing else plays through PortAudio.
        """
        sd = self.sd
        terminate, initialize = getattr(sd, "_terminate", None), getattr(sd, "_initialize", None)
        if terminate and initialize:
            try:
                terminate()
                initialize()
            except Exception:
                pass

    @property
    def lost(self) -> bool:
        return self._lost_since is not None


__all__ = ["Device", "list_devices", "resolve_input_device", "MicrophoneInput", "sounddevice_module", "NO_INPUT"]
