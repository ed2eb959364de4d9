"""`voice-companion lookup QUERY`: the best questions for a spoken or typed query."""

from __future__ import annotations

import json

from voice_companion.commands._common import add_bank_option
from voice_companion.i18n import _


def register(subparsers) -> None:
    p = subparsers.add_parser("lookup", help=_("find the best questions for a query ('schaalvraag', 'hoop', 'coping bij uitzetting')"))
    p.add_argument("query", nargs="+", help=_("what you would say or type"))
    p.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    add_bank_option(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from voice_companion.app import default_bank
    from voice_companion.classifier import Classifier
    from voice_companion.errors import UserError
    from voice_companion.labels import TECHNIQUES
    from voice_companion.lookup import Lookup

    query = " ".join(args.query).strip()
    if not query:
        raise UserError(_("empty query; say what you need, e.g. 'schaalvraag' or 'coping bij uitzetting'"))
    bank = default_bank(args.bank)
    result = Lookup(bank, Classifier(bank)).find(query)
    if args.json:
        print(json.dumps({"query": query, "question_id": result.question.id if result.question else None,
                          "text": result.question.text if result.question else None,
                          "technique": result.question.technique if result.question else None,
                          "alternatives": list(result.alternatives), "reason": result.reason},
                         ensure_ascii=False))
        return 0 if result.question else 1
    if result.question is None:
        print(result.reason)
        for qid in result.alternatives:
            q = bank.questions[qid]
            print(f"  - {q.text}   ({TECHNIQUES[q.technique]})")
        return 1
    q = result.question
    print(f"{q.text}   ({TECHNIQUES[q.technique]})")
    for i, qid in enumerate(result.alternatives, start=1):
        alt = bank.questions[qid]
        print(f"  {i}. {alt.text}   ({TECHNIQUES[alt.technique]})")
    return 0
