"""`voice-companion bank check [FILE]`: validate a question bank; `bank path`: which bank is in use and why."""

from __future__ import annotations

import sys
from pathlib import Path
from voice_companion.i18n import _, _N


def register(subparsers) -> None:
    p = subparsers.add_parser("bank", help=_("question bank tools"))
    sub = p.add_subparsers(dest="bank_command", metavar=_("SUBCOMMAND"), parser_class=type(p))
    check = sub.add_parser("check", help=_("validate a bank: unique ids, known labels, required fields"))
    check.add_argument("file", nargs="?", type=Path, default=None, metavar=_("FILE"), help=_("bank YAML (default prompts/nl.yaml)"))
    check.set_defaults(func=run_check)
    path = sub.add_parser("path", help=_("which question bank is in use, and why"))
    path.add_argument("--bank", type=Path, default=None, help=_("a bank YAML given explicitly"))
    path.set_defaults(func=run_path)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def run_check(args) -> int:
    from voice_companion.bank import check_bank, resolve_bank_path

    bank, errors = check_bank(args.file)
    if errors:
        for error in errors:
            print(_('voice-companion: error: {error}').format(error=error), file=sys.stderr)
        return 2
    assert bank is not None
    added = sum(q.source == "added" for q in bank.questions.values())
    cues = sum(len(t.cues) for t in bank.techniques.values())
    print(_("{path}: ok — {questions} questions ({seed} from the method, {variants} in the other register, "
            "{added} added), {techniques} techniques, {cues} cue phrases, {crises} crisis types; id {bank_id}").format(
        path=resolve_bank_path(args.file), questions=len(bank.questions),
        seed=sum(q.source == "seed" for q in bank.questions.values()),
        variants=sum(q.source == "variant" for q in bank.questions.values()),
        added=added, techniques=len(bank.techniques), cues=cues, crises=len(bank.crises), bank_id=bank.bank_id))
    return 0


_WHY = {
    "option": _N("given with --bank"),
    "env": _N("from $VOICE_COMPANION_BANK"),
    "config": _N("from 'bank' in the config file"),
    "checkout": _N("the checkout's prompts/nl.yaml (run from a clone of the project)"),
    "package": _N("the copy installed with the package"),
}


def run_path(args) -> int:
    from voice_companion.bank import bank_source

    path, why = bank_source(args.bank)
    print(path)  # the first line alone is the path, for scripts
    print(f"  {_(_WHY[why])}")
    if not path.is_file():
        print(_('voice-companion: error: {path}: no such question bank ({value}); give a YAML file such as prompts/nl.yaml').format(path=path, value=_(_WHY[why])), file=sys.stderr)
        return 2
    return 0
