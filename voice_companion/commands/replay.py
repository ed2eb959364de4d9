"""`voice-companion replay LOG`: the session as it happened, in the terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from voice_companion.commands._common import positive_speed
from voice_companion.errors import UserError
from voice_companion.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "replay",
        help=_("replay a session log in the terminal (supervisor)"),
        description=_("Show a session as it happened: utterances with their technique, phase "
        "changes, crisis moments, suggestions and whether they were taken up, marks, mutes "
        "and the supervisor's notes. Times are MM:SS from the start of the call."),
    )
    parser.add_argument("log", metavar="LOG", type=Path, help=_("session log (.jsonl)"))
    parser.add_argument("--speed", type=positive_speed, default=1.0, metavar="X",
                        help=_("playback speed: 1 = real time (default), 4 = four times as fast, 0 = no waiting"))
    parser.add_argument("--step", action="store_true",
                        help=_("one event at a time: Enter for the next, q to quit (reads lines when stdin is not a terminal)"))
    parser.add_argument("--from", dest="start", metavar="MM:SS", default=None,
                        help=_("start at this moment of the call"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from voice_companion.privacy.perms import warn_if_shared
    from voice_companion.supervisor.analysis import load_session
    from voice_companion.supervisor.fmt import fmt_clock, parse_clock
    from voice_companion.supervisor.replay import build_entries, header_lines, play, use_colour
    start = 0.0
    if args.start is not None:
        try:
            start = parse_clock(args.start)
        except ValueError:
            raise UserError(_('--from {start!r} is not a time; write MM:SS or H:MM:SS, such as --from 03:10').format(start=args.start))
    analysis = load_session(args.log)
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(errors="replace")
    colour = use_colour(out)
    for line in header_lines(analysis):
        out.write((f"\033[1m{line}\033[0m" if colour else line) + "\n")
    out.write("\n")
    entries = build_entries(analysis)
    if start and entries and start > entries[-1].t:
        raise UserError(_('--from {start} is after the end of the session ({value})').format(start=args.start, value=fmt_clock(analysis.duration)))
    play(entries, out=out, speed=args.speed, step=args.step, start=start, inp=sys.stdin, prompt=sys.stderr)
    warn_if_shared(args.log)
    return 0
