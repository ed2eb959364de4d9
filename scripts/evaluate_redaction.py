"""Redaction figures: leaks and over-redactions per category, on the written corpus and the holdout.

    .venv/bin/python scripts/evaluate_redaction.py [--detail] [FILE ...]

Each line of a corpus file is one case: {"cat": ..., "lines": [...], "names": [...]}.
Secret fragments are marked {{like this}}; the lines are fed in order to one
session redactor (the same window across lines as a live session). A case
leaks when a word of a secret survives (a word that is not also in the
unmarked text, and not a filler such as "punt" or "eh"). A case of category
"ordinary" is over-redacted when any line changes at all.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from voice_companion.privacy.redact import PLACEHOLDERS, Redactor  # noqa: E402
from voice_companion.privacy.spoken import fold  # noqa: E402

DEFAULT = [ROOT / "tests/data/redaction/corpus.jsonl", ROOT / "tests/data/redaction/holdout.jsonl"]
_MARK = re.compile(r"\{\{(.*?)\}\}")
_WORD = re.compile(r"[^\W_]+")
NOT_SECRET = frozenset(
    "punt eh uh ehm uhm en dan de van der den het nummer huisnummer in op at apenstaartje apestaartje streepje "
    "liggend dubbel dubbele plus mevrouw meneer nee sorry com nl".split())


def words(text: str) -> list[str]:
    for p in PLACEHOLDERS:
        text = text.replace(p, " ")
    return [fold(w) for w in _WORD.findall(text)]


def run_case(case: dict) -> tuple[list[str], list[str], list[str]]:
    """(input lines, output lines, leaked words)."""
    r = Redactor(names=case.get("names", ()), window=True)
    lines = case["lines"]
    plain = [_MARK.sub(lambda m: m.group(1), line) for line in lines]
    out = r.redact_lines(plain)  # as a session logs them (a held line closed by the next)
    secret = Counter(w for line in lines for frag in _MARK.findall(line) for w in words(frag))
    context = Counter(w for line in lines for w in words(_MARK.sub(" ", line)))
    got = Counter(w for line in out for w in words(line))
    leaked = [w for w in secret if w not in NOT_SECRET and got[w] > context[w]]
    return plain, out, leaked


def evaluate(path: Path, detail: bool) -> dict[str, tuple[int, int]]:
    per: dict[str, list[int]] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            case = json.loads(raw)
            cat = case["cat"]
            lines = case["lines"]
        except (ValueError, KeyError, TypeError):
            print(f"{path}:{number}: not a case line", file=sys.stderr)
            sys.exit(2)
        stats = per.setdefault(cat, [0, 0])
        stats[0] += 1
        plain, out, leaked = run_case(case)
        bad = (out != plain) if cat == "ordinary" else bool(leaked)
        if bad:
            stats[1] += 1
            if detail:
                what = "over-redacted" if cat == "ordinary" else "leak " + ",".join(leaked)
                print(f"  {path.name}:{number} [{cat}] {what}: {' / '.join(out)}")
    return {k: (v[0], v[1]) for k, v in per.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--detail", action="store_true", help="list every leak and over-redaction")
    args = ap.parse_args(argv)
    ok = True
    for path in args.files or DEFAULT:
        if not path.is_file():
            print(f"{path}: no such file", file=sys.stderr)
            return 2
        result = evaluate(path, args.detail)
        print(f"{path.name}")
        print(f"  {'category':<12}{'cases':>7}{'bad':>6}   (bad = leaks; for 'ordinary' over-redacted lines)")
        for cat, (n, bad) in sorted(result.items()):
            target = bad == 0 if cat == "ordinary" else bad * 50 <= n
            ok &= target
            print(f"  {cat:<12}{n:>7}{bad:>6}   {'ok' if target else 'MISSES TARGET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
