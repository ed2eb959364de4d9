"""The whisper: the suggested question spoken softly in Dutch into the worker's headset.

    from voice_companion.whisper import Whisperer
    whisperer = Whisperer(session, output_device="headset", volume=0.3).start()
    ...
    whisperer.stop()

Modules: gate (pure timing rules), tts (pyttsx3 rendering, cache), player
(sounddevice playback on the headset only), whisperer (the bus subscriber).
Imports are lazy so the TTS worker process (`python -m
voice_companion.whisper.tts --worker`) starts without loading audio libraries.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Whisperer", "WhisperGate", "Synthesizer", "open_player", "list_output_devices", "page_words"]

# How the whisperer's warnings begin (the log keeps them whole, with the technical detail).
WARN_FALLBACK = "fluisteren via espeak-ng, omdat pyttsx3 niet lukte: "
WARN_HICCUP = "fluisteren haperde: "
HICCUP_WORDS = "Fluisteren haperde; de vragen blijven op het scherm."


def page_words(message: str) -> str | None:
    """What the live page says for one of the whisperer's warnings, in the worker's words.

    None for the engine fallback (the whisper still plays; nothing for the worker to do);
    the device state as it is (resolve_output_device words it for the worker); anything
    else, a hiccup with an exception's text, as one calm line.
    """
    if message.startswith(WARN_FALLBACK):
        return None
    if message.startswith(WARN_HICCUP):
        return HICCUP_WORDS
    return message

_WHERE = {
    "Whisperer": "voice_companion.whisper.whisperer",
    "WhisperGate": "voice_companion.whisper.gate",
    "Synthesizer": "voice_companion.whisper.tts",
    "open_player": "voice_companion.whisper.player",
    "list_output_devices": "voice_companion.whisper.player",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(name)
