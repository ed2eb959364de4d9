"""`voice-companion devices`: the audio devices PortAudio sees (microphones and outputs)."""

from __future__ import annotations
from voice_companion.i18n import _


def register(subparsers) -> None:
    p = subparsers.add_parser("devices", help=_("list audio input and output devices"),
                              description=_("Lists the audio devices PortAudio finds, with their numbers "
                              "for --input-device. '<' marks the default input, '>' the default output."))
    p.set_defaults(func=run)


def run(args) -> int:
    from voice_companion.speech.mic import list_devices, sounddevice_module

    sd = sounddevice_module()
    devices = list_devices(sd)
    try:
        version = sd.get_portaudio_version()[1]
    except Exception:
        version = "PortAudio"
    inputs = [d for d in devices if d.max_input_channels > 0]
    outputs = [d for d in devices if d.max_output_channels > 0]
    if not devices:
        print(_('PortAudio finds no audio devices at all ({version}): no sound card or headset is visible.').format(version=version))
        print(_("Plug in the headset (and check that your user may use audio), or use 'listen --input FILE.wav'."))
        return 0
    print(_("Input devices (microphones):"))
    for d in inputs:
        print(d.line())
    if not inputs:
        print(_("  none: PortAudio finds no microphone; plug in the headset or use 'listen --input FILE.wav'"))
    print(_("Output devices:"))
    for d in outputs:
        print(d.line())
    if not outputs:
        print(_("  none"))
    print(_("Use the number or part of the name with --input-device."))
    return 0
