"""`voice-companion demo`: a bundled night call played through the real pipeline.

What a new user runs first, on a machine with no microphone and no speech model.
"""

from __future__ import annotations

import sys
from pathlib import Path

from voice_companion.commands._common import positive_speed
from voice_companion.live.wiring import add_live_arguments, check_page_port
from voice_companion.i18n import _

DEMO_SCRIPT = Path(__file__).resolve().parents[1] / "data" / "demo-session.txt"


def register(subparsers) -> None:
    p = subparsers.add_parser("demo", help=_("play a bundled night call through the companion (no microphone needed)"),
                              description=_("Plays a bundled session script through the same pipeline as a live "
                              "call: suggestions appear as they would during a call, and the session log is written."))
    p.add_argument("--speed", type=positive_speed, default=8.0,
                   help=_("playback speed: 1 = real time, 8 = eight times faster (default), 0 = no waiting"))
    p.add_argument("--log", type=Path, default=None, help=_("where to write the session log (default: your data folder)"))
    add_live_arguments(p, page_default=sys.stdout.isatty())
    p.set_defaults(func=run)


def run(args) -> int:
    from voice_companion.commands.listen import _raise_on_signals, _restore_signals
    from voice_companion.commands.simulate import run_script_session

    if args.output_device:  # given on the command line: a missing headset is a mistake to fix now
        from voice_companion.whisper.player import require_output_device

        require_output_device(args.output_device)
    check_page_port(args)  # a port another companion holds: refused before the log is created
    print(_("Demo: a night call about energy that was cut off and worries about safety (a made-up case)."))
    print(_("Only the worker's side is heard. Suggestions appear with ➜.") + "\n")
    live = args if (args.page or args.output_device) else None
    previous = _raise_on_signals()  # SIGTERM / SIGHUP end the demo like Ctrl-C: with session_end
    try:
        return run_script_session(DEMO_SCRIPT, log=args.log, speed=args.speed, bank=None, live_args=live)
    finally:
        _restore_signals(previous)
