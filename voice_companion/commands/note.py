"""`voice-companion note LOG --at MM:SS TEXT`: a supervisor's reflection note beside the log."""

from __future__ import annotations

import argparse
from pathlib import Path

from voice_companion.errors import UserError

# a note may sit a little after the last event (the caller's last words, the goodbye)
_GRACE = 60.0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "note",
        help="add a supervisor's reflection note to a session log",
        description="Store a note at a moment of the call in LOG.notes.jsonl beside the log "
        "(private to you). The log itself is never changed. Notes appear in replay and report.",
    )
    parser.add_argument("log", metavar="LOG", type=Path, help="session log (.jsonl)")
    parser.add_argument("text", metavar="TEXT", help="the note, in quotes")
    parser.add_argument("--at", required=True, metavar="MM:SS",
                        help="moment of the call the note is about: MM:SS, H:MM:SS or seconds")
    parser.add_argument("--author", metavar="NAME", default=None, help="who wrote the note")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from voice_companion.supervisor.analysis import load_session
    from voice_companion.supervisor.fmt import fmt_clock, parse_clock
    from voice_companion.supervisor.notes import add_note, notes_path
    try:
        at = parse_clock(args.at)
    except ValueError:
        raise UserError(f"--at {args.at!r} is not a time; write MM:SS or H:MM:SS, such as --at 03:10")
    text = " ".join(args.text.split())
    if not text:
        raise UserError("the note is empty; give its text in quotes, such as \"goede schaalvraag\"")
    author = " ".join(args.author.split()) if args.author else None
    analysis = load_session(args.log)
    if at > analysis.duration + _GRACE:
        raise UserError(f"--at {args.at} is after the end of the session ({fmt_clock(analysis.duration)}); "
                        "give a moment within the call")
    add_note(args.log, at, text, author)
    print(f"Notitie bij {fmt_clock(at)} opgeslagen in {notes_path(args.log)}")
    return 0
