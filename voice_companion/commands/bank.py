"""`voice-companion bank check [FILE]`: validate a question bank; `bank path`: which bank is in use and why."""

from __future__ import annotations

import sys
from pathlib import Path


def register(subparsers) -> None:
    p = subparsers.add_parser("bank", help="question bank tools")
    sub = p.add_subparsers(dest="bank_command", metavar="SUBCOMMAND", parser_class=type(p))
    check = sub.add_parser("check", help="validate a bank: unique ids, known labels, required fields")
    check.add_argument("file", nargs="?", type=Path, default=None, help="bank YAML (default prompts/nl.yaml)")
    check.set_defaults(func=run_check)
    path = sub.add_parser("path", help="which question bank is in use, and why")
    path.add_argument("--bank", type=Path, default=None, help="a bank YAML given explicitly")
    path.set_defaults(func=run_path)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def run_check(args) -> int:
    from voice_companion.bank import check_bank, resolve_bank_path

    bank, errors = check_bank(args.file)
    if errors:
        for error in errors:
            print(f"voice-companion: error: {error}", file=sys.stderr)
        return 2
    assert bank is not None
    added = sum(q.source == "added" for q in bank.questions.values())
    cues = sum(len(t.cues) for t in bank.techniques.values())
    print(f"{resolve_bank_path(args.file)}: ok — {len(bank.questions)} questions "
          f"({len(bank.questions) - added} from the method, {added} added), {len(bank.techniques)} techniques, "
          f"{cues} cue phrases, {len(bank.crises)} crisis types; id {bank.bank_id}")
    return 0


_WHY = {
    "option": "given with --bank",
    "env": "from $VOICE_COMPANION_BANK",
    "config": "from 'bank' in the config file",
    "checkout": "the checkout's prompts/nl.yaml (run from a clone of the project)",
    "package": "the copy installed with the package",
}


def run_path(args) -> int:
    from voice_companion.bank import bank_source

    path, why = bank_source(args.bank)
    print(path)  # the first line alone is the path, for scripts
    print(f"  {_WHY[why]}")
    if not path.is_file():
        print(f"voice-companion: error: {path}: no such question bank ({_WHY[why]}); "
              "give a YAML file such as prompts/nl.yaml", file=sys.stderr)
        return 2
    return 0
