"""`voice-companion config show|path|check`: the settings in use and whether they are sound."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from voice_companion.i18n import _, ngettext


def register(subparsers) -> None:
    p = subparsers.add_parser("config", help=_("show, locate or check the settings file"))
    sub = p.add_subparsers(dest="config_command", metavar=_("SUBCOMMAND"), parser_class=type(p))
    for name, func, text in (
        ("show", run_show, _("print the settings in use (names to redact are counted, not shown)")),
        ("path", run_path, _("print where the settings file is (or would be)")),
        ("check", run_check, _("check the settings file, the passphrase and that private files are private")),
    ):
        s = sub.add_parser(name, help=text, description=text)
        s.add_argument("--config", type=Path, default=None, metavar=_("FILE"),
                       help=_("config file (default: $VOICE_COMPANION_CONFIG or the user config)"))
        if name == "check":
            s.add_argument("--fix", action="store_true",
                           help=_("make the sessions folder, its files, the key and names files private"))
        s.set_defaults(func=func)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def _path(args: argparse.Namespace) -> Path:
    from voice_companion.config import config_path

    return args.config.expanduser() if args.config is not None else config_path()


def run_path(args: argparse.Namespace) -> int:
    path = _path(args)
    print(f"{path}" + ("" if path.exists() else "  " + _("(does not exist: the defaults are used)")))
    return 0


def _toml_value(value: object) -> str:
    if value is None:
        return _("(not set)")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def run_show(args: argparse.Namespace) -> int:
    from voice_companion.config import load_config
    from voice_companion.privacy.redact import load_names_file, names_file

    path = _path(args)
    config = load_config(path)
    print(f"# {path}" + ("" if path.exists() else " " + _("(does not exist: defaults)")))
    for key, value in config.to_dict().items():
        if key == "redact_names":
            file_names = load_names_file()
            print(_("redact_names = {config} in the config + {file} in {path}").format(
                config=len(value), file=len(file_names), path=names_file()))
            continue
        print(f"{key} = {_toml_value(value)}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from voice_companion import paths
    from voice_companion.config import load_config
    from voice_companion.privacy.perms import check_folder, check_private, fix_folder, make_private
    from voice_companion.privacy.redact import load_names_file, names_file

    path = _path(args)
    config = load_config(path)  # UserError (exit 2) on any mistake
    problems: list[str] = []
    notes: list[str] = [_("settings: {path} ok").format(path=path) if path.exists()
                        else _("settings: {path} (missing: defaults)").format(path=path)]

    private_files = [p for p in (path, names_file(), config.key_file) if p is not None]
    sessions = paths.sessions_dir()
    if args.fix:
        changed = []
        own = {paths.config_file().parent.resolve(), paths.data_dir().resolve()}
        for p in private_files:
            if p.exists():  # the folder too only when it is the program's own (never HOME)
                changed += make_private(p, folder=p.resolve().parent in own)
        if sessions.exists():
            changed += fix_folder(sessions)
        for line in changed:
            notes.append(_("made private: {line}").format(line=line))
    for p in private_files:
        warning = check_private(p, folder=False)
        if warning:
            problems.append(warning)
    if sessions.exists():
        problems += check_folder(sessions)

    names = load_names_file()
    notes.append((_("redaction: on; {count} names to redact") if config.redaction
                  else _("redaction: OFF; {count} names to redact")).format(count=len(config.redact_names) + len(names)))
    if not config.redaction:
        problems.append(_("redaction is off: names and numbers the worker says are logged as said; "
                          "set redaction = true"))
    if config.encrypt_logs:
        from voice_companion.privacy.crypto import resolve_key

        key = resolve_key(config, required=True)  # UserError when no passphrase
        notes.append(_("encryption: on, passphrase from {origin}").format(origin=key.origin))
    else:
        notes.append(_("encryption: off (logs are private files, not encrypted)"))
    notes.append(_("retention: {days} days ('voice-companion purge' removes older sessions)").format(days=config.retention_days))

    for line in notes:
        print(line)
    for line in problems:
        print(_("warning: {message}").format(message=line))
    print(_("ok") if not problems else ngettext("{count} warning", "{count} warnings", len(problems)).format(count=len(problems)))
    return 0 if not problems else 1
