#!/usr/bin/env python3
"""Classifier figures on labelled utterances (JSON Lines: {"text", "technique", "phase"} or {"text", "crisis", "kind"}).

    python scripts/evaluate.py [FILE ...] [--noise 0.15] [--seed 7] [--bank prompts/nl.yaml]
                               [--crisis-noise 0,15,25,35] [--crisis-seeds 8]

Prints technique and phase accuracy on the lines as written, technique
accuracy on a noisy variant (words dropped, merged or misspelt the way an
offline recognizer does, with a fixed seed), crisis recall and false alarms,
and the confusion between techniques. Exit 1 when a target is missed.

Then, per file, crisis lines under the recognizer noise model of
voice_companion/evaluation/noise.py (the one the whole-call evaluation uses)
at each `--crisis-noise` level, seeds 1..N: crisis lines named with their type
by `classify`, possible or confirmed (`crisis` and `possible` lists; a
`classify` without `possible` counts `crisis` only), and the other lines
(ordinary, life events) named as a crisis, confirmed only and possible or
confirmed. These figures are reported against issue 14's targets but do not
change the exit status. Lines may carry a `kind` (a breakdown per kind is
printed); `technique` and `crisis` may be a list or a single id. A screening
question without a crisis (`"kind": "screening"`, `crisis` empty) is neither
ordinary talk nor a life event: it is reported apart, under the breakdown per kind.
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
from voice_companion.errors import UserError  # noqa: E402
from voice_companion.evaluation.noise import add_noise as recognizer_noise, parse_levels  # noqa: E402
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


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _crisis_labels(row: dict) -> list[str] | None:
    """The crisis labels of a line (None: not a crisis-set line); `none`/`[]` is an ordinary line."""
    if "crisis" in row:
        return [c for c in _as_list(row["crisis"]) if c]
    if "kind" in row and "technique" not in row:
        return [row["kind"]] if row["kind"] in CRISES else ["none"]
    return None


def _screening(row: dict) -> bool:
    return row.get("kind") == "screening"


def load(paths: list[Path]) -> tuple[list[dict], list[dict]]:
    technique_rows, crisis_rows = [], []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise UserError(f"no data file at {path}; give JSON Lines files with text/technique/phase or text/crisis")
        except (IsADirectoryError, PermissionError, UnicodeDecodeError) as exc:
            raise UserError(f"cannot read {path} ({type(exc).__name__}); give a UTF-8 JSON Lines file")
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise UserError(f"{path}:{number}: not JSON ({exc.msg}); write one JSON object a line")
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise UserError(f"{path}:{number}: a line needs a \"text\" string, e.g. "
                                "{\"text\": \"...\", \"crisis\": [\"suicide\"]}")
            row["_where"] = f"{path.name}:{number}"
            row["_file"] = str(path)
            if "technique" in row:
                row["technique"] = _as_list(row["technique"])
                technique_rows.append(row)
            crisis = _crisis_labels(row)
            if crisis is not None:
                row["crisis"] = crisis
                crisis_rows.append(row)
    return technique_rows, crisis_rows


def _named(classifier: Classifier, text: str) -> tuple[set[str], set[str]]:
    """Crisis ids `classify` names for `text`: (confirmed, possible or confirmed)."""
    result = classifier.classify(text).to_json()
    confirmed = {c for c in result.get("crisis", []) if c in CRISES}
    possible = {c for c in result.get("possible", []) or [] if c in CRISES}
    return confirmed, confirmed | possible


def _percent_levels(value: str) -> list[float]:
    return parse_levels(value, "--crisis-noise")


CRISIS_TARGETS = {0: 0.98, 25: 0.90, 35: 0.80}  # issue 14: recall, possible or confirmed
OTHERS_LIMIT = 1 / 12  # issue 14: ordinary and life-event lines named as a crisis, clean and 25 %


def crisis_noise_report(classifier: Classifier, crisis_rows: list[dict], levels: list[float], seeds: int) -> None:
    """Per file: crisis recall and other lines named as a crisis under recognizer noise."""
    print(f"crisis lines under recognizer noise (voice_companion/evaluation/noise.py, seeds 1..{seeds}), per file:")
    by_file: dict[str, list[dict]] = defaultdict(list)
    for row in crisis_rows:
        by_file[row["_file"]].append(row)
    for path, rows in by_file.items():
        real = [r for r in rows if set(r["crisis"]) & set(CRISES)]
        others = [r for r in rows if not set(r["crisis"]) & set(CRISES) and not _screening(r)]
        asked = [r for r in rows if not set(r["crisis"]) & set(CRISES) and _screening(r)]
        print(f"  {Path(path).name}: {len(real)} crisis lines, {len(others)} ordinary and life-event lines"
              + (f" ({len(asked)} screening question{'s' if len(asked) != 1 else ''} without a crisis apart, under 'by kind')" if asked else ""))
        print(f"    {'noise':>6}  {'found, possible|confirmed':>26}  {'found, confirmed':>17}  "
              f"{'others named, confirmed':>24}  {'others named, any':>18}")
        kinds: dict[str, dict[float, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
        for level in levels:
            seeds_here = [0] if level == 0 else range(1, seeds + 1)
            hit_any = hit_conf = n_real = other_conf = other_any = n_other = 0
            for seed in seeds_here:
                for row in rows:
                    text = row["text"] if level == 0 else recognizer_noise(row["text"], level / 100, seed)
                    confirmed, anything = _named(classifier, text)
                    is_real = row in real
                    if not is_real and _screening(row):
                        mark = bool(anything)  # counted under its kind only
                    elif is_real:
                        gold = set(row["crisis"])
                        n_real += 1
                        hit_any += bool(anything & gold)
                        hit_conf += bool(confirmed & gold)
                        mark = bool(anything & gold)
                    else:
                        n_other += 1
                        other_conf += bool(confirmed)
                        other_any += bool(anything)
                        mark = bool(anything)
                    if "kind" in row:
                        pair = kinds[f"{row['kind']} ({'crisis' if is_real else 'other'})"][level]
                        pair[0] += mark
                        pair[1] += 1
                        pair[2] += bool(confirmed & set(row["crisis"])) if is_real else bool(confirmed)

            def ratio(k: int, n: int) -> str:
                return f"{k / n:.3f} ({k}/{n})" if n else "-"

            def per12(k: int, n: int) -> str:
                return f"{12 * k / n:.1f} in 12 ({k}/{n})" if n else "-"

            name = "clean" if level == 0 else f"{level:g} %"
            recall_note = ""
            if level in CRISIS_TARGETS and n_real:
                below = hit_any / n_real < CRISIS_TARGETS[level]
                recall_note = f"  target >= {CRISIS_TARGETS[level]:.2f}{': below' if below else ''}"
            if level in (0, 25) and n_other:
                recall_note += f"; others <= 1 in 12{': above' if other_any / n_other > OTHERS_LIMIT else ''}"
            print(f"    {name:>6}  {ratio(hit_any, n_real):>26}  {ratio(hit_conf, n_real):>17}  "
                  f"{per12(other_conf, n_other):>24}  {per12(other_any, n_other):>18}{recall_note}")
        if kinds:
            print("    by kind, named possible|confirmed / confirmed (crisis lines: with their type; "
                  "other lines: as any crisis):")
            for kind, per_level in sorted(kinds.items()):
                lines = per_level[levels[0]][1] // (1 if levels[0] == 0 else seeds)
                cells = "  ".join(f"{'clean' if lv == 0 else f'{lv:g} %'} {k / n:.2f}/{c / n:.2f}"
                                  for lv, (k, n, c) in per_level.items())
                print(f"      {kind}, {lines} lines: {cells}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--noise", type=float, default=0.15)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=5, help="noisy variants per line")
    parser.add_argument("--bank", type=Path, default=None)
    parser.add_argument("--errors", action="store_true", help="list every misclassified line")
    parser.add_argument("--crisis-noise", default="0,15,25,35",
                        help="noise levels (percent of words) for the per-file crisis figures (default 0,15,25,35)")
    parser.add_argument("--crisis-seeds", type=int, default=8, help="noisy variants per crisis line, seeds 1..N")
    args = parser.parse_args(argv)
    files = args.files or [p for p in DEFAULT_FILES if p.exists()]
    if not files:
        print("evaluate: no data files; give JSON Lines files with text/technique/phase or text/crisis", file=sys.stderr)
        return 2
    try:
        levels = _percent_levels(args.crisis_noise)
        if args.crisis_seeds < 1:
            raise UserError(f"--crisis-seeds {args.crisis_seeds}: give at least 1")
        technique_rows, crisis_rows = load(files)
        classifier = Classifier(load_bank(args.bank))
    except UserError as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    ok = True

    if technique_rows:
        tech_hits = phase_hits = 0
        confusion: dict[str, Counter[str]] = defaultdict(Counter)
        errors = []
        for row in technique_rows:
            c = classifier.classify(row["text"])
            gold = row["technique"]
            tech_ok = c.technique in gold
            # "*" and null both say the line has no phase of its own to judge: the spec's files write "*",
            # our writers' briefs said null "where the technique does not fix a phase"
            phase_ok = row.get("phase") in ("*", None) or c.phase == row["phase"]
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
        # a screening question asked in a call without a crisis ("heb je weleens gedachten om ...") is neither
        # ordinary talk nor a life event: in a call the tracker weighs it (a question opens nothing on its own);
        # per line it is reported apart, under 'by kind'
        ordinary = [r for r in crisis_rows if not set(r["crisis"]) & set(CRISES) and not _screening(r)]
        found = false_alarms = 0
        for row in real:  # possible or confirmed (issue 14): a hint or a screening question is named as possible
            got = sorted(_named(classifier, row["text"])[1])
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
        print(f"crisis: {found}/{len(real)} real crisis lines found with their type (possible or confirmed)  "
              f"{'ok' if recall_ok else 'MISSED'}")
        print(f"crisis: {false_alarms} false alarms in {len(ordinary)} ordinary and life-event lines "
              f"(target <= {alarm_limit})  {'ok' if alarms_ok else 'MISSED'}")
        crisis_noise_report(classifier, crisis_rows, levels, args.crisis_seeds)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
