"""`voice-companion purge [--older-than 30d] [--dry-run] [--dir FOLDER]`: remove old sessions."""

from __future__ import annotations

import argparse
from pathlib import Path
from voice_companion.i18n import _


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "purge",
        help=_("remove old session logs with their notes and reports"),
        description=_("Removes session logs (.jsonl, .jsonl.enc) that started longer ago than "
        "--older-than, with their supervisor notes and HTML reports. Only files directly in the "
        "sessions folder are touched."),
    )
    p.add_argument("--older-than", metavar="AGE", default=None,
                   help=_("age such as 12h, 30d or 2w (default: retention_days from the config, 30 days)"))
    p.add_argument("--dry-run", action="store_true", help=_("list what would be removed; remove nothing"))
    p.add_argument("--dir", type=Path, default=None, metavar="FOLDER",
                   help=_("sessions folder (default: the companion's own sessions folder)"))
    p.add_argument("--config", type=Path, default=None, metavar="FILE",
                   help=_("config file (default: $VOICE_COMPANION_CONFIG or the user config)"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from voice_companion import paths
    from voice_companion.config import load_config
    from voice_companion.privacy.purge import describe, human_bytes, parse_duration, purge_sessions

    if args.older_than is not None:
        older_than = parse_duration(args.older_than)
    else:
        older_than = timedelta(days=load_config(args.config).retention_days)
    folder = args.dir if args.dir is not None else paths.sessions_dir()
    if args.dir is None and not folder.exists():
        print(f"no sessions yet ({folder} does not exist); nothing to remove")
        return 0

    result = purge_sessions(folder, older_than, dry_run=args.dry_run)
    verb = "would remove" if args.dry_run else "removed"
    for session in result.sessions:
        started = session.started.strftime("%Y-%m-%d %H:%M")
        how = "" if session.by == "ts" else " (by file time)"
        extra = f" + {len(session.files) - 1} notes/reports" if len(session.files) > 1 else ""
        print(f"{verb} {session.log.name}: started {started}{how}{extra}, {human_bytes(session.size)}")
    for orphan in result.orphans:
        print(f"{verb} {orphan.name}: notes or report without a log")
    for error in result.errors:
        print(f"voice-companion: warning: {error}")
    n = len(result.sessions)
    print(f"{verb} {n} session{'s' if n != 1 else ''}: {result.files} file{'s' if result.files != 1 else ''}, "
          f"{human_bytes(result.size)} (older than {describe(older_than)}, in {result.folder}); "
          f"kept {result.kept}" + (" — dry run, nothing was removed" if args.dry_run else ""))
    if result.not_logs:
        print(f"left alone {len(result.not_logs)} .jsonl file(s) that are not session logs")
    return 1 if result.errors else 0
