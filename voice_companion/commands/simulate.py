"""`voice-companion simulate SCRIPT --log LOG`: a scripted call through the live pipeline."""

from __future__ import annotations

import sys
from pathlib import Path

from voice_companion.commands._common import add_bank_option, positive_speed
from voice_companion.i18n import _


def register(subparsers) -> None:
    p = subparsers.add_parser("simulate", help=_("run a session script through the pipeline, writing the session log"),
                              description=_("Runs a scripted session ('MM:SS words' lines) through the same "
                              "pipeline as a live call, without audio, and writes the session log."))
    p.add_argument("script", type=Path, help=_("session script: one 'MM:SS words' line per worker utterance"))
    p.add_argument("--log", type=Path, default=None, help=_("where to write the session log (default: your data folder)"))
    p.add_argument("--speed", type=positive_speed, default=0.0, help=_("0 = as fast as possible (default); 1 = real time"))
    p.add_argument("--interaction", choices=["visitor", "complainant", "customer"], default=None,
                   help=_("interaction type, as the worker would set it"))
    p.add_argument("--quiet", action="store_true", help=_("print only the log path"))
    add_bank_option(p)
    p.set_defaults(func=run)


def run(args) -> int:
    return run_script_session(args.script, log=args.log, speed=args.speed, bank=args.bank,
                              interaction=args.interaction, quiet=args.quiet)


def run_script_session(script, *, log, speed, bank, interaction=None, quiet=False, source="script",
                       live_args=None, recover=True) -> int:
    """Play a script through a session; with `live_args` also the live page and whisper."""
    from voice_companion.app import default_bank, open_session, play_script
    from voice_companion.script import read_script
    from voice_companion.terminal_view import TerminalView

    lines = read_script(script)  # bad scripts fail before any log is created
    clock = {"t": 0.0}
    session = open_session(source=source, log_path=log, bank_path=bank, interaction=interaction,
                           clock=lambda: clock["t"], recover=recover,
                           start_fields={"interaction": interaction} if interaction else None)
    if not quiet:
        session.bus.subscribe(TerminalView(default_bank(bank)))
    live = None
    reason = "done"
    try:
        if live_args is not None:  # (inside the try: a Ctrl-C while the page starts still ends the session)
            from voice_companion.live.wiring import start_live

            live = start_live(session, default_bank(bank), live_args)
            session.run_in_thread()
        end = play_script(session, lines, speed=speed or None, threaded=live is not None,
                          on_time=lambda t: clock.__setitem__("t", t))
        if live is not None and live.url and sys.stdin.isatty():
            input(_("Done. The live page stays open until you press Enter. "))
        clock["t"] = max(clock["t"], end)
    except (KeyboardInterrupt, EOFError):
        reason = "interrupted"
    except BaseException:
        reason = "error"  # (the page could not start, ...): the log still ends, the error is still raised
        raise
    finally:
        if live is not None:
            live.stop_whisper()  # before the session ends, so the last whispers are logged
            session.stop(reason)  # session_end reaches the page before its server stops
            live.stop()
        else:
            session.stop(reason)  # (drains the session thread where the page had started it)
    print(f"log: {session.log.path}" if session.log else "", file=sys.stderr if not quiet else sys.stdout)
    return 130 if reason == "interrupted" else 0
