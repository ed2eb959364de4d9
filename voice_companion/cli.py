"""Command line: `voice-companion <command>`; each command lives in commands/."""

from __future__ import annotations

import argparse
import importlib
import sys

from voice_companion import __version__
from voice_companion.errors import ComponentError, UserError, one_line
from voice_companion.i18n import _, install_argparse

# Each module has `register(subparsers)`, which adds its parser and sets `func`.
COMMAND_MODULES = [
    "voice_companion.commands.demo",
    "voice_companion.commands.classify",
    "voice_companion.commands.simulate",
    "voice_companion.commands.lookup",
    "voice_companion.commands.bank",
    "voice_companion.commands.listen",
    "voice_companion.commands.models",
    "voice_companion.commands.devices",
    "voice_companion.commands.replay",
    "voice_companion.commands.report",
    "voice_companion.commands.note",
    "voice_companion.commands.purge",
    "voice_companion.commands.config_cmd",
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, with a hint
        self.exit(2, _("{prog}: error: {message} (see '{prog} --help')").format(prog=self.prog, message=message) + "\n")


def _module_of(command: str) -> str | None:
    """The module that registers `command` (config lives in config_cmd)."""
    name = "config_cmd" if command == "config" else command
    module = f"voice_companion.commands.{name}"
    return module if module in COMMAND_MODULES else None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `only`, just that command's parser (a quicker start: 13 fewer imports)."""
    install_argparse()  # argparse's own words (usage, errors) in the user's language too
    parser = _Parser(
        prog="voice-companion",
        description=_("Offline companion for crisis-line workers: suggests the next "
                      "solution-focused question, logs the session for the supervisor."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=_("show program's version number and exit"))
    subparsers = parser.add_subparsers(dest="command", metavar=_("COMMAND"), parser_class=_Parser)
    only_module = _module_of(only) if only else None
    for name in ([only_module] if only_module else COMMAND_MODULES):
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    parser = build_parser(only=words[0] if words and not words[0].startswith("-") else None)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(_("voice-companion: error: {message}").format(message=one_line(exc)), file=sys.stderr)
        return exc.exit_code
    except ComponentError as exc:
        print(_("voice-companion: failure: {message}").format(message=one_line(exc)), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a disk or folder problem that no command caught: one line, not a traceback
        from voice_companion.sessionlog import describe_os_error

        print(_("voice-companion: error: {message}").format(message=one_line(describe_os_error(exc, exc.filename or _("a file")))),
              file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
