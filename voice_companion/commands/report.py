"""`voice-companion report LOG|DIR -o FILE.html`: the supervisor's report or trends."""

from __future__ import annotations

import argparse
from pathlib import Path

from voice_companion.errors import UserError
from voice_companion.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help=_("write an HTML report of a session log, or trends over a folder of logs (supervisor)"),
        description=_("LOG: one self-contained HTML report of the session (phases, techniques, "
        "crisis moments, suggestion uptake, scaling answers, marks and notes) that opens "
        "offline and prints on A4. DIR: trends over all session logs (*.jsonl) in the folder, "
        "per worker and per ISO week."),
    )
    parser.add_argument("source", metavar=_("LOG|DIR"), type=Path, help=_("a session log (.jsonl) or a folder of logs"))
    parser.add_argument("-o", "--output", metavar=_("FILE.html"), type=Path, required=True,
                        help=_("the HTML file to write (private to you)"))
    parser.add_argument("--force", action="store_true",
                        help=_("overwrite an existing -o file that is not a report this program wrote"))
    parser.add_argument("--worker", metavar=_("NAME"), default=None,
                        help=_("with DIR: only the sessions of this worker pseudonym ('onbekend' for none)"))
    parser.add_argument("--safety-norm", metavar=_("SECONDS"), default=None,
                        help=_("seconds from the first audible crisis line to the direct safety question above which "
                        "it shows red (default: config key safety_norm, else 60)"))
    parser.set_defaults(func=run)


def _norm(args: argparse.Namespace) -> float:
    if args.safety_norm is None:
        from voice_companion.config import load_config

        return load_config().safety_norm
    from voice_companion.supervisor.fmt import parse_clock
    try:
        norm = parse_clock(str(args.safety_norm))
    except ValueError:
        norm = -1.0
    if not 1 <= norm <= 3600:
        raise UserError(_('--safety-norm {safety_norm!r}: give seconds from 1 to 3600 (or MM:SS), such as --safety-norm 60').format(safety_norm=args.safety_norm))
    return norm


REPORT_MARK = b'<meta name="generator" content="voice-companion'


def _refuse_overwrite(output: Path, force: bool) -> None:
    """Only a report this program wrote is replaced without --force (never a log, notes or another file)."""
    try:
        if not output.exists() or output.is_dir():
            return
        with open(output, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return  # check_output says what is wrong with it
    name = output.name
    is_log = name.endswith((".jsonl", ".jsonl.enc", ".notes.jsonl", ".wav")) or head.lstrip().startswith((b"{", b"gAAAA"))
    if REPORT_MARK in head and not is_log:
        return
    if is_log:
        raise UserError(_('-o {output} is session data (a log or notes), never overwritten; choose another file name such as verslag.html').format(output=output))
    if not force:
        raise UserError(_('-o {output} exists and is not a report this program wrote; choose another file name or add --force to replace it').format(output=output))


def run(args: argparse.Namespace) -> int:
    from voice_companion.supervisor.output import check_output, write_private
    source: Path = args.source
    norm = _norm(args)
    _refuse_overwrite(args.output, getattr(args, "force", False))
    if not source.exists():
        raise UserError(_('no session log or folder at {source}; give a .jsonl log or a folder of logs').format(source=source))
    if source.is_dir():
        from voice_companion.supervisor.trends import collect, find_logs, render_trends

        logs = find_logs(source)
        check_output(args.output, logs)
        trends = collect(source, args.worker, logs)
        write_private(args.output, render_trends(trends, safety_norm=norm, output=args.output))
        _schema_warning([s.path for s in trends.sessions if s.unknown_schema])
        from voice_companion.i18n import ngettext

        print(ngettext("Trends over {count} session written to {path}", "Trends over {count} sessions written to {path}",
                       len(trends.sessions)).format(count=len(trends.sessions), path=args.output))
        from voice_companion.privacy.crypto import is_encrypted_log

        locked = [p for p in trends.unreadable if is_encrypted_log(p)]
        if locked:  # a wrong or missing passphrase must not pass silently
            import sys

            print(_('voice-companion: error: {value} encrypted log(s) could not be read (wrong or missing passphrase); the trends hold only the others; set VOICE_COMPANION_PASSPHRASE to the passphrase they were written with').format(value=len(locked)), file=sys.stderr)
            return 2
        return 0
    if args.worker is not None:
        raise UserError(_("--worker filters a folder of logs; give a folder (report DIR --worker NAME) or leave it out"))
    from voice_companion.privacy.perms import warn_if_shared
    from voice_companion.supervisor.analysis import load_session
    from voice_companion.supervisor.report import render_report

    from voice_companion.i18n import ngettext
    from voice_companion.supervisor.trends import same_worker_average

    check_output(args.output, [source])
    analysis = load_session(source)
    own = same_worker_average(source, analysis.worker)
    write_private(args.output, render_report(analysis, safety_norm=norm, own=own))
    note = ngettext(" ({count} unreadable line skipped)", " ({count} unreadable lines skipped)",
                    analysis.skipped).format(count=analysis.skipped) if analysis.skipped else ""
    print(_("Report written to {path}{note}").format(path=args.output, note=note))
    if analysis.unknown_schema:
        _schema_warning([source], analysis.schema)
    warn_if_shared(source)
    return 0


def _schema_warning(paths: list[Path], schema: object = None) -> None:
    """One line on stderr: the report was written, but the log is of a version this one does not know."""
    import sys

    if not paths:
        return
    if len(paths) == 1:
        version = f" {schema!r}" if schema is not None else ""
        print(_('warning: {name} has an unknown log schema{version} (this version reads 1); check the report, or update voice-companion').format(name=paths[0].name, version=version), file=sys.stderr)
    else:
        print(_('warning: {value} logs have an unknown log schema (this version reads 1), such as {name}; check the trends, or update voice-companion').format(value=len(paths), name=paths[0].name), file=sys.stderr)
