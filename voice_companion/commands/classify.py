"""`voice-companion classify`: utterances on stdin, one JSON object a line on stdout."""

from __future__ import annotations

import json
import sys

from voice_companion.commands._common import add_bank_option
from voice_companion.i18n import _

MAX_CHARS = 10_000


def register(subparsers) -> None:
    p = subparsers.add_parser("classify", help=_("classify utterances read from stdin (one a line) as JSON lines"),
                              description=_("Reads utterances from stdin, one a line; writes one JSON object a line."))
    add_bank_option(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from voice_companion.bank import load_bank, resolve_bank_path  # not the session machinery: a quick start
    from voice_companion.classifier import Classifier

    classifier = Classifier(load_bank(resolve_bank_path(args.bank)))
    problems = 0
    out = sys.stdout
    for number, raw in enumerate(sys.stdin.buffer, start=1):
        try:
            text = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            text = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            print(_('voice-companion: warning: line {number} is not UTF-8; undecodable bytes replaced').format(number=number), file=sys.stderr)
            problems += 1
        if len(text) > MAX_CHARS:
            print(_('voice-companion: warning: line {number} has {value} characters; classified the first {MAX_CHARS}').format(number=number, value=len(text), MAX_CHARS=MAX_CHARS),
                  file=sys.stderr)
            text = text[:MAX_CHARS]
        result = classifier.classify(text)
        out.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
        out.flush()
    return 2 if problems else 0
