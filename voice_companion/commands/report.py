"""`voice-companion report LOG|DIR -o FILE.html`: the supervisor's report or trends."""

from __future__ import annotations

import argparse
from pathlib import Path

from voice_companion.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help="write an HTML report of a session log, or trends over a folder of logs (supervisor)",
        description="LOG: one self-contained HTML report of the session (phases, techniques, "
        "crisis moments, suggestion uptake, scaling answers, marks and notes) that opens "
        "offline and prints on A4. DIR: trends over all session logs (*.jsonl) in the folder, "
        "per worker and per ISO week.",
    )
    parser.add_argument("source", metavar="LOG|DIR", type=Path, help="a session log (.jsonl) or a folder of logs")
    parser.add_argument("-o", "--output", metavar="FILE.html", type=Path, required=True,
                        help="the HTML file to write (private to you)")
    parser.add_argument("--worker", metavar="NAME", default=None,
                        help="with DIR: only the sessions of this worker pseudonym ('onbekend' for none)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from voice_companion.supervisor.output import check_output, write_private
    source: Path = args.source
    if not source.exists():
        raise UserError(f"no session log or folder at {source}; give a .jsonl log or a folder of logs")
    if source.is_dir():
        from voice_companion.supervisor.trends import collect, find_logs, render_trends

        logs = find_logs(source)
        check_output(args.output, logs)
        trends = collect(source, args.worker, logs)
        write_private(args.output, render_trends(trends))
        print(f"Trends over {len(trends.sessions)} gesprekken geschreven naar {args.output}")
        return 0
    if args.worker is not None:
        raise UserError("--worker filters a folder of logs; give a folder (report DIR --worker NAME) or leave it out")
    from voice_companion.privacy.perms import warn_if_shared
    from voice_companion.supervisor.analysis import load_session
    from voice_companion.supervisor.report import render_report

    check_output(args.output, [source])
    analysis = load_session(source)
    write_private(args.output, render_report(analysis))
    note = f" ({analysis.skipped} onleesbare regels overgeslagen)" if analysis.skipped else ""
    print(f"Verslag geschreven naar {args.output}{note}")
    warn_if_shared(source)
    return 0
