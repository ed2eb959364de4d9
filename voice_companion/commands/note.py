"""`voice-companion note LOG --at MM:SS TEXT`: a supervisor's reflection note beside the log.

`note LOG --safety-at MM:SS` names the line that really was the direct safety
question (the supervisor overrules the companion); stored as a note, the log is
never changed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from voice_companion.errors import UserError
from voice_companion.i18n import _

# a note may sit a little after the last event (the caller's last words, the goodbye)
_GRACE = 60.0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "note",
        help=_("add a supervisor's reflection note to a session log"),
        description=_("Store a note at a moment of the call in LOG.notes.jsonl beside the log "
        "(private to you). The log itself is never changed. Notes appear in replay and report. "
        "With --safety-at MM:SS: the line said at that moment is the direct safety question "
        "(overrules the companion's reading in the report)."),
    )
    parser.add_argument("log", metavar="LOG", type=Path, help=_("session log (.jsonl)"))
    # TEXT is optional (not with --safety-at); argparse cannot take an optional positional after
    # options (`note LOG --at 03:10 TEXT`), so what follows LOG is parsed again in `run`
    parser.add_argument("text", metavar=_("TEXT"), nargs=argparse.REMAINDER, help=_("the note, in quotes"))
    parser.add_argument("--at", metavar="MM:SS", default=None,
                        help=_("moment of the call the note is about: MM:SS, H:MM:SS or seconds"))
    parser.add_argument("--safety-at", metavar="MM:SS", default=None,
                        help=_("the start of the line that was the direct safety question (overrules the companion)"))
    parser.add_argument("--crisis", metavar="ID", default=None,
                        help=_("with --safety-at: which crisis (suicide, unsafe_vulnerable); default the one open then"))
    parser.add_argument("--author", metavar=_("NAME"), default=None, help=_("who wrote the note"))
    parser.set_defaults(func=run)


def _time(flag: str, value: str) -> float:
    from voice_companion.supervisor.fmt import parse_clock
    try:
        return parse_clock(value)
    except ValueError:
        raise UserError(_('{flag} {value!r} is not a time; write MM:SS or H:MM:SS, such as {flag} 03:10').format(flag=flag, value=value))


def _rest(args: argparse.Namespace) -> None:
    """Options and TEXT given after LOG (argparse leaves them to the REMAINDER positional)."""
    rest = argparse.ArgumentParser(prog="voice-companion note", add_help=False, exit_on_error=False)
    rest.add_argument("text", nargs="*")
    for flag in ("--at", "--safety-at", "--crisis", "--author"):
        rest.add_argument(flag, default=None)
    try:
        parsed, unknown = rest.parse_known_intermixed_args(list(args.text or []))
    except (argparse.ArgumentError, ValueError) as exc:
        raise UserError(_('note: {exc}; write: note LOG --at MM:SS "text" or note LOG --safety-at MM:SS').format(exc=exc))
    if unknown:
        raise UserError(_('note: unknown {value}; write: note LOG --at MM:SS "text" or note LOG --safety-at MM:SS').format(value=' '.join(unknown)))
    for name in ("at", "safety_at", "crisis", "author"):
        if getattr(parsed, name) is not None:
            setattr(args, name, getattr(parsed, name))
    args.text = " ".join(parsed.text) if parsed.text else None


def run(args: argparse.Namespace) -> int:
    _rest(args)
    from voice_companion.supervisor.analysis import SAFETY_CRISES, load_session
    from voice_companion.supervisor.fmt import crisis_name, fmt_clock, fmt_span
    from voice_companion.supervisor.notes import add_note, notes_path
    author = " ".join(args.author.split()) if args.author else None
    if args.safety_at is None:
        if args.crisis is not None:
            raise UserError(_("--crisis goes with --safety-at; add --safety-at MM:SS or leave --crisis out"))
        if args.at is None:
            raise UserError(_("say when: --at MM:SS \"text\" for a note, or --safety-at MM:SS for the safety question"))
        at = _time("--at", args.at)
        text = " ".join((args.text or "").split())
        if not text:
            raise UserError(_("the note is empty; give its text in quotes, such as \"goede schaalvraag\""))
        analysis = load_session(args.log)
        if at > analysis.duration + _GRACE:
            raise UserError(_('--at {at} is after the end of the session ({value}); give a moment within the call').format(at=args.at, value=fmt_clock(analysis.duration)))
        add_note(args.log, at, text, author)
        print(_("Note at {time} saved in {path}").format(time=fmt_clock(at), path=notes_path(args.log)))
        return 0
    if args.at is not None:
        raise UserError(_("give either --at (a note) or --safety-at (the safety question), not both"))
    at = _time("--safety-at", args.safety_at)
    if args.crisis is not None and args.crisis not in SAFETY_CRISES:
        raise UserError(_("--crisis {crisis!r}: a safety question belongs to {known}; give one of those").format(
            crisis=args.crisis, known=_(" or ").join(SAFETY_CRISES)))
    analysis = load_session(args.log)
    if at > analysis.duration + _GRACE:
        raise UserError(_('--safety-at {safety_at} is after the end of the session ({value}); give the start of a line within the call').format(safety_at=args.safety_at, value=fmt_clock(analysis.duration)))
    crises = [c for c in analysis.crises if c.needs_safety and (args.crisis is None or c.crisis == args.crisis)]
    if not crises:
        what = crisis_name(args.crisis) if args.crisis else "suïcidaliteit of een kwetsbaar persoon in gevaar"
        raise UserError(_('this session has no crisis that asks for a safety question ({what}); use --at MM:SS "text" for an ordinary note').format(what=what))
    begun = [c for c in crises if c.start <= at + 1e-6]
    if not begun:
        raise UserError(_('--safety-at {safety_at} is before the crisis became audible ({value}); give a moment after it').format(safety_at=args.safety_at, value=fmt_clock(crises[0].start)))
    text = " ".join((args.text or "").split()) or "Deze regel was de directe veiligheidsvraag (supervisor)."
    add_note(args.log, at, text, author, kind="safety_at", crisis=args.crisis or begun[-1].crisis)
    moment = load_session(args.log).crises
    chosen = next((c for c in moment if c.safety_source == "supervisor"), None)
    delay = _(" ({span} after the crisis began)").format(span=fmt_span(chosen.time_to_safety)) if chosen else ""
    print(_("Safety question at {time}{delay} saved in {path}").format(time=fmt_clock(at), delay=delay,
                                                                         path=notes_path(args.log)))
    return 0
