#!/usr/bin/env python3
"""Classifier figures on labelled utterances (JSON Lines like shared/eval/*.jsonl).

    python scripts/evaluate.py [FILE ...] [--noise 0.15] [--seed 7] [--bank prompts/nl.yaml]

Prints technique and phase accuracy on the lines as written, technique
accuracy on a noisy variant (words dropped, merged or misspelt the way an
offline recognizer does, with a fixed seed), crisis recall and false alarms,
and the confusion between techniques. Exit 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from voice_companion.bank import load_bank  # noqa: E402
from voice_companion.classifier import Classifier  # noqa: E402
from voice_companion.labels import CRISES  # noqa: E402
from voice_companion.text import normalize  # noqa: E402

DEFAULT_FILES = [REPO.parent / "shared" / "eval" / "dev.jsonl", REPO.parent / "shared" / "eval" / "crisis-dev.jsonl"]
TARGETS = {"technique": 0.90, "phase": 0.90, "noisy": 0.80}
_NEIGHBOURS = {"a": "e", "e": "i", "i": "e", "o": "u", "u": "o", "d": "t", "t": "d", "g": "ch", "v": "f",
               "f": "v", "z": "s", "s": "z", "b": "p", "p": "b", "ij": "ei", "ei": "ij", "ou": "au"}


def misspell(word: str, rng: random.Random) -> str:
    """A recognizer-like slip: a sound swapped, a letter lost or doubled."""
    if len(word) <= 2:
        return word + word[-1]
    choice = rng.random()
    if choice < 0.5:
        for src, dst in sorted(_NEIGHBOURS.items(), key=lambda _: rng.random()):
            if src in word[1:]:
                i = word.index(src, 1)
                return word[:i] + dst + word[i + len(src):]
    if choice < 0.8:
        i = rng.randrange(1, len(word))
        return word[:i] + word[i + 1:]
    i = rng.randrange(1, len(word))
    return word[:i] + word[i] + word[i:]


def add_noise(text: str, rate: float, rng: random.Random) -> str:
    """About `rate` of the words dropped, merged with the next, or misspelt."""
    words = normalize(text).split()
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if rng.random() < rate and len(words) > 1:
            kind = rng.choice(("drop", "merge", "misspell"))
            if kind == "drop":
                i += 1
                continue
            if kind == "merge" and i + 1 < len(words):
                out.append(w + words[i + 1])
                i += 2
                continue
            out.append(misspell(w, rng))
        else:
            out.append(w)
        i += 1
    return " ".join(out) or (words[0] if words else "")


def load(paths: list[Path]) -> tuple[list[dict], list[dict]]:
    technique_rows, crisis_rows = [], []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            row["_where"] = f"{path.name}:{number}"
            if "technique" in row:
                technique_rows.append(row)
            if "crisis" in row:
                crisis_rows.append(row)
    return technique_rows, crisis_rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--noise", type=float, default=0.15)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=5, help="noisy variants per line")
    parser.add_argument("--bank", type=Path, default=None)
    parser.add_argument("--errors", action="store_true", help="list every misclassified line")
    args = parser.parse_args(argv)
    files = args.files or [p for p in DEFAULT_FILES if p.exists()]
    if not files:
        print("evaluate: no data files; give JSON Lines files with text/technique/phase or text/crisis", file=sys.stderr)
        return 2
    classifier = Classifier(load_bank(args.bank))
    technique_rows, crisis_rows = load(files)
    ok = True

    if technique_rows:
        tech_hits = phase_hits = 0
        confusion: dict[str, Counter[str]] = defaultdict(Counter)
        errors = []
        for row in technique_rows:
            c = classifier.classify(row["text"])
            gold = row["technique"]
            tech_ok = c.technique in gold
            phase_ok = row.get("phase", "*") == "*" or c.phase == row["phase"]
            tech_hits += tech_ok
            phase_hits += phase_ok
            confusion[gold[0]][c.technique] += 1
            if not (tech_ok and phase_ok):
                errors.append(f"  {row['_where']}: {row['text']!r}: gold {gold}/{row.get('phase')} got "
                              f"{c.technique}/{c.phase} ({c.score:.0f}, 2nd {c.runner_up})")
        n = len(technique_rows)
        rng = random.Random(args.seed)
        noisy_hits = noisy_n = 0
        for _ in range(args.rounds):
            for row in technique_rows:
                noisy = add_noise(row["text"], args.noise, rng)
                noisy_hits += classifier.classify(noisy).technique in row["technique"]
                noisy_n += 1
        figures = {"technique": tech_hits / n, "phase": phase_hits / n, "noisy": noisy_hits / noisy_n}
        print(f"lines: {n} ({', '.join(str(p.name) for p in files)})")
        for key, label in (("technique", "technique accuracy (clean)"), ("phase", "phase accuracy (clean)"),
                           ("noisy", f"technique accuracy ({args.noise:.0%} words dropped/merged/misspelt, "
                                     f"seed {args.seed}, {args.rounds}x)")):
            passed = figures[key] >= TARGETS[key]
            ok &= passed
            print(f"  {label}: {figures[key]:.3f}  target >= {TARGETS[key]:.2f}  {'ok' if passed else 'MISSED'}")
        print("confusion (gold -> predicted, off-diagonal only):")
        off = [(g, p, k) for g, row in sorted(confusion.items()) for p, k in row.items() if p != g]
        for gold, pred, k in sorted(off, key=lambda x: -x[2]):
            print(f"  {gold:>15} -> {pred:<15} {k}")
        if not off:
            print("  (none)")
        if args.errors and errors:
            print("errors:")
            print("\n".join(errors))

    if crisis_rows:
        real = [r for r in crisis_rows if set(r["crisis"]) & set(CRISES)]
        ordinary = [r for r in crisis_rows if not set(r["crisis"]) & set(CRISES)]
        found = false_alarms = 0
        for row in real:
            got = classifier.classify(row["text"]).crisis
            hit = any(c in row["crisis"] for c in got)
            found += hit
            if not hit:
                print(f"  missed crisis {row['_where']}: {row['text']!r} -> {list(got)}")
        for row in ordinary:
            got = [c for c in classifier.classify(row["text"]).crisis if c in CRISES]
            if got:
                false_alarms += 1
                print(f"  false alarm {row['_where']}: {row['text']!r} -> {got}")
        recall_ok = found == len(real)
        alarm_limit = max(1, round(len(ordinary) / 12))
        alarms_ok = false_alarms <= alarm_limit
        ok &= recall_ok and alarms_ok
        print(f"crisis: {found}/{len(real)} real crisis lines found with their type  {'ok' if recall_ok else 'MISSED'}")
        print(f"crisis: {false_alarms} false alarms in {len(ordinary)} ordinary and life-event lines "
              f"(target <= {alarm_limit})  {'ok' if alarms_ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
