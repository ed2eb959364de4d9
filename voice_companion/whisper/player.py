"""Playback of a rendered whisper on the worker's headset, and nowhere else.

The output device MUST be the worker's headset (earpiece). Never choose the
device the softphone sends to the caller, nor the room's speakers: a whisper
is for the worker's ear only. That is why there is no guessing here:

* no device configured (`output_device=None`) -> no playback at all;
* a configured device that cannot be found -> no playback (not the default);
* `output_device="default"` uses the system default output, only when asked.

`SoundDevicePlayer` plays through its own sounddevice `OutputStream` with a
callback, so `stop()` silences the phrase within one block (~20 ms) when the
worker starts talking. `NullPlayer` stands in when there is no device: it
reports every phrase as not played, it never raises.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable, Protocol

import numpy as np

from voice_companion.whisper.tts import Audio

DoneCallback = Callable[[bool, str], None]  # (played to the end, detail)


class Player(Protocol):
    available: bool
    description: str

    def play(self, audio: Audio, on_done: DoneCallback) -> None:
        """Start playing (returns at once); `on_done` is called exactly once, unless stopped."""

    def stop(self) -> None:
        """Stop the phrase that is playing now (no `on_done` for it)."""

    def close(self) -> None: ...


@dataclass(frozen=True)
class OutputDevice:
    index: int
    name: str
    samplerate: float


def list_output_devices() -> list[OutputDevice]:
    """Output devices PortAudio sees ([] when PortAudio or the devices are missing)."""
    try:
        import sounddevice as sd

        devices = sd.query_devices()
    except Exception:
        return []
    return [
        OutputDevice(index=i, name=str(d.get("name", "")), samplerate=float(d.get("default_samplerate") or 0))
        for i, d in enumerate(devices)
        if int(d.get("max_output_channels", 0)) > 0
    ]


NO_HEADSET = "Geen koptelefoon gekozen: er wordt niets gefluisterd; de suggesties blijven op het scherm."
NOT_FOR_RECORDINGS = "Bij een opname wordt niets gefluisterd; de suggesties blijven op het scherm."


def _found(devices: list[OutputDevice]) -> str:
    if not devices:
        return "geen enkel uitvoerapparaat gevonden"
    return "gevonden: " + "; ".join(f"{d.index}: {d.name}" for d in devices[:8])


def resolve_output_device(spec: int | str | None,
                          devices: list[OutputDevice] | None = None) -> tuple[OutputDevice | None, str]:
    """Find the configured device; (None, why) rather than a guess.

    `spec`: a device index, a (part of a) device name, "default", or None.
    `why` is in the worker's words (it is shown on the page): no command-line
    flags; a device that is not there is named, with the devices that are.
    """
    if spec is None or (isinstance(spec, str) and not spec.strip()):
        return None, NO_HEADSET
    if devices is None:
        devices = list_output_devices()
    if not devices:
        return None, (f"Koptelefoon '{spec}' niet gevonden (er is geen geluidsuitvoer op deze computer): "
                      "er wordt niets gefluisterd.")
    if isinstance(spec, str) and spec.strip().lower() == "default":
        try:
            import sounddevice as sd

            default = sd.default.device[1]
        except Exception:
            default = -1
        for device in devices:
            if device.index == default:
                return device, f"standaarduitvoer: {device.name}"
        return None, f"Er is geen standaarduitvoer: er wordt niets gefluisterd ({_found(devices)})."
    if isinstance(spec, int) or (isinstance(spec, str) and spec.strip().isdigit()):
        index = int(spec)
        for device in devices:
            if device.index == index:
                return device, device.name
        return None, f"Koptelefoon nummer {index} niet gevonden: er wordt niets gefluisterd ({_found(devices)})."
    wanted = str(spec).strip().lower()
    matches = [d for d in devices if wanted in d.name.lower()]
    exact = [d for d in matches if d.name.lower() == wanted]
    if exact or len(matches) == 1:
        device = (exact or matches)[0]
        return device, device.name
    if matches:
        return None, (f"'{spec}' past op meer apparaten ({_found(matches)[10:]}); kies er één: "
                      "er wordt niets gefluisterd.")
    return None, f"Koptelefoon '{spec}' niet gevonden: er wordt niets gefluisterd ({_found(devices)})."


def require_output_device(spec: int | str, devices: list[OutputDevice] | None = None) -> OutputDevice:
    """The device given with --output-device, or a UserError naming it and the devices found.

    Given explicitly on the command line, a missing headset is a mistake to fix
    before the call (exit 2); from the config file it only turns the whisper off.
    """
    from voice_companion.errors import UserError
    from voice_companion.i18n import _

    if devices is None:
        devices = list_output_devices()
    device, _why = resolve_output_device(spec, devices)
    if device is not None:
        return device
    names = "; ".join(f"{d.index}: {d.name}" for d in devices[:8]) or _("none")
    wanted = str(spec).strip().lower()
    several = [d for d in devices if wanted and wanted in d.name.lower()]
    if len(several) > 1:
        matched = "; ".join(f"{d.index}: {d.name}" for d in several[:8])
        return_msg = _("--output-device '{spec}' matches several output devices ({matched}); give the number").format(
            spec=spec, matched=matched)
    else:
        return_msg = _("no output device '{spec}' (output devices found: {names}); plug in the headset, "
                       "pick one from 'voice-companion devices', or leave out --output-device to only show suggestions").format(
                           spec=spec, names=names)
    raise UserError(return_msg)


def resample(samples: np.ndarray, rate: int, target: int) -> np.ndarray:
    """Linear resampling (enough for speech in an earpiece)."""
    if rate == target or len(samples) == 0:
        return samples.astype(np.float32)
    n = max(1, int(round(len(samples) * target / rate)))
    x_old = np.arange(len(samples), dtype=np.float64) / rate
    x_new = np.arange(n, dtype=np.float64) / target
    return np.interp(x_new, x_old, samples).astype(np.float32)


class NullPlayer:
    """No headset: nothing is played, each phrase is reported back, nothing raises."""

    available = False

    def __init__(self, reason: str = "geen uitvoerapparaat"):
        self.description = reason

    def play(self, audio: Audio, on_done: DoneCallback) -> None:
        on_done(False, self.description)

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass


class SoundDevicePlayer:
    """One phrase at a time on one output device, interruptible within a block."""

    available = True
    BLOCK = 512

    def __init__(self, device: OutputDevice):
        self.device = device
        self.description = device.name
        self._lock = threading.Lock()
        self._stream = None
        self._generation = 0

    def play(self, audio: Audio, on_done: DoneCallback) -> None:
        import sounddevice as sd

        self.stop()
        with self._lock:
            self._generation += 1
            generation = self._generation
        rates = [audio.rate]
        if self.device.samplerate and int(self.device.samplerate) != audio.rate:
            rates.append(int(self.device.samplerate))
        last_error = ""
        for rate in rates:
            data = resample(audio.samples, audio.rate, rate)
            position = [0]

            def callback(outdata, frames, _time, _status, data=data, position=position):
                start = position[0]
                chunk = data[start:start + frames]
                outdata[: len(chunk), 0] = chunk
                if len(chunk) < frames:
                    outdata[len(chunk):, 0] = 0
                    raise sd.CallbackStop
                position[0] = start + frames

            def finished(generation=generation):
                # PortAudio's thread: never close the stream here; the next play/stop does
                with self._lock:
                    current = generation == self._generation
                if current:
                    on_done(True, "")

            try:
                stream = sd.OutputStream(device=self.device.index, samplerate=rate, channels=1,
                                         dtype="float32", blocksize=self.BLOCK, callback=callback,
                                         finished_callback=finished)
                with self._lock:
                    self._stream = stream
                stream.start()
                return
            except Exception as exc:  # unsupported rate, device gone, PortAudio error
                last_error = f"{type(exc).__name__}: {exc}"
                with self._lock:
                    self._stream = None
        on_done(False, f"afspelen mislukt op {self.device.name}: {last_error}")

    def stop(self) -> None:
        with self._lock:
            self._generation += 1  # the stopped phrase gets no on_done
            stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.abort()
                stream.close()
            except Exception:
                pass

    def close(self) -> None:
        self.stop()


def open_player(output_device: int | str | None) -> Player:
    """The player for the configured headset, or a NullPlayer saying why not."""
    device, why = resolve_output_device(output_device)
    if device is None:
        return NullPlayer(why)
    return SoundDevicePlayer(device)
