"""`voice-companion purge [--older-than 30d] [--dry-run] [--dir FOLDER]`: remove old sessions."""

from __future__ import annotations

import argparse
from pathlib import Path
from voice_companion.i18n import _, ngettext


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "purge",
        help=_("remove old session logs with their notes and reports"),
        description=_("Removes session logs (.jsonl, .jsonl.enc) that started longer ago than "
        "--older-than, with their supervisor notes and HTML reports. Only files directly in the "
        "sessions folder are touched."),
    )
    p.add_argument("--older-than", metavar=_("AGE"), default=None,
                   help=_("age such as 12h, 30d or 2w (default: retention_days from the config, 30 days)"))
    p.add_argument("--dry-run", action="store_true", help=_("list what would be removed; remove nothing"))
    p.add_argument("--dir", type=Path, default=None, metavar=_("FOLDER"),
                   help=_("sessions folder (default: the companion's own sessions folder)"))
    p.add_argument("--config", type=Path, default=None, metavar=_("FILE"),
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
        print(_("no sessions yet ({folder} does not exist); nothing to remove").format(folder=folder))
        return 0

    result = purge_sessions(folder, older_than, dry_run=args.dry_run)
    verb = _("would remove") if args.dry_run else _("removed")
    for session in result.sessions:
        started = session.started.strftime("%Y-%m-%d %H:%M")
        how = "" if session.by == "ts" else _(" (by file time)")
        extra = _(" + {count} notes/reports").format(count=len(session.files) - 1) if len(session.files) > 1 else ""
        print(_("{verb} {name}: started {started}{how}{extra}, {size}").format(
            verb=verb, name=session.log.name, started=started, how=how, extra=extra, size=human_bytes(session.size)))
    for orphan in result.orphans:
        print(_("{verb} {name}: notes or report without a log").format(verb=verb, name=orphan.name))
    for error in result.errors:
        print(_("voice-companion: warning: {warning}").format(warning=error))
    n = len(result.sessions)
    print(_("{verb} {sessions}: {files}, {size} (older than {age}, in {folder}); kept {kept}").format(
        verb=verb, sessions=ngettext("{n} session", "{n} sessions", n).format(n=n),
        files=ngettext("{n} file", "{n} files", result.files).format(n=result.files), size=human_bytes(result.size),
        age=describe(older_than), folder=result.folder, kept=result.kept)
        + (_(" — dry run, nothing was removed") if args.dry_run else ""))
    if result.not_logs:
        print(ngettext("left alone {count} .jsonl file that is not a session log",
                       "left alone {count} .jsonl files that are not session logs", len(result.not_logs))
              .format(count=len(result.not_logs)))
    return 1 if result.errors else 0
