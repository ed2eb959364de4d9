#!/usr/bin/env python3
"""Whole-call figures on folders of annotated session scripts (docs/annotated-script.md).

    python scripts/evaluate_calls.py FOLDER [FOLDER ...] [--noise 0,15,25,35] [--seeds 8] [--detail]

Every call goes through `simulate`'s own code path, clean and with
recognizer-like noise on the worker's words (voice_companion/evaluation/noise.py:
words dropped, merged, split or misspelt as Dutch soundalikes, at the given
percentages of the words; seeds 1..N, counts pooled over the seeds). Per folder
one table: a row per noise level, a column per figure of the spec's table and
the targets of issues 9 and 14. `--detail` lists every miss (file, time, the
line as heard, expected, got). Scoring rules: voice_companion/evaluation/scoring.py.

Exit 0 after printing the figures (they are measurements, not a gate), 2 with
one line for bad input.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from voice_companion.errors import UserError  # noqa: E402
from voice_companion.evaluation.noise import parse_levels  # noqa: E402

COLUMNS = [  # key, header, format
    ("technique", "technique", "{:.2f}"),
    ("phase", "phase", "{:.2f}"),
    ("right", "sugg.right", "{:.2f}"),
    ("register", "register", "{:.2f}"),
    ("coverage", "coverage", "{:.2f}"),
    ("found", "crisis found", "{:.2f}"),
    ("on_time", "on time", "{:.2f}"),
    ("false_alarms_12", "false alarms/12 calls", "{:.2f}"),
    ("possible_only_12", "possible-only/12 none-calls", "{:.2f}"),
    ("possible_off_safety_12", "of which off-safety", "{:.2f}"),
    ("screening_12", "own screening/12", "{:.2f}"),
    ("delay", "protocol s med/max", None),
    ("cause", "cause found", None),
]
TARGETS = {  # issue 9 and 14, for the rows they name
    "clean": {"technique": ">=0.90", "phase": ">=0.90", "right": ">=0.85", "register": "1.00", "coverage": ">=0.60",
              "found": "1.00", "on_time": ">=0.90", "false_alarms_12": "0"},
    "25 %": {"right": ">=0.75", "register": "1.00", "found": ">=0.95", "on_time": ">=0.80", "false_alarms_12": "<=1"},
}


def parse_noise(value: str) -> list[float]:
    return parse_levels(value, "--noise")


def label(level: float) -> str:
    return "clean" if level == 0 else f"{level:g} %"


def cell(key: str, fmt: str | None, totals, figures: dict) -> str:
    if key == "delay":
        if figures["delay_median"] is None:
            return "-" if not totals.no_protocol else f"never ({totals.no_protocol})"
        text = f"{figures['delay_median']:.0f}/{figures['delay_max']:.0f}"
        return text + (f" +{totals.no_protocol} never" if totals.no_protocol else "")
    if key == "cause":
        return f"{totals.cause[0]}/{totals.cause[1]}" + (f" +{totals.cause_elsewhere}" if totals.cause_elsewhere else "")
    value = figures[key]
    return "-" if value is None else fmt.format(value)


def _score(task):
    """One run of one call: (level, seed, call) -> (level, seed, call, score)."""
    from voice_companion.app import default_bank
    from voice_companion.evaluation.scoring import run_call, score_call

    level, seed, call, bank = task
    return level, seed, call, score_call(call, run_call(call, rate=level / 100, seed=seed, bank=bank),
                                         default_bank(bank))


def evaluate_folder(folder: Path, levels: list[float], seeds: int, bank, detail: bool, jobs: int = 1) -> None:
    from voice_companion.evaluation.annotated import read_folder
    from voice_companion.evaluation.scoring import Totals, misses

    calls = read_folder(folder)  # every file parses before anything runs
    started = time.monotonic()
    tasks = [(level, seed, call, bank) for level in levels for call in calls
             for seed in ([0] if level == 0 else range(1, seeds + 1))]
    if jobs > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            results = pool.map(_score, tasks, chunksize=4)
    else:
        results = [_score(task) for task in tasks]
    elapsed = time.monotonic() - started
    totals_by_level = {level: Totals() for level in levels}
    details: list[str] = []
    for level, seed, call, score in results:
        totals_by_level[level].add(score)
        if detail:
            where = label(level) + ("" if level == 0 else f" seed {seed}")
            details.extend(f"  [{where}] {m}" for m in misses(call, score))
    rows = [(label(level), totals_by_level[level]) for level in levels]

    none_calls = sum(c.crisis_none for c in calls)
    n_crises = sum(len(c.crises) for c in calls)
    print(f"{folder}: {len(calls)} calls ({len(calls) - none_calls} with {n_crises} crises, {none_calls} without), "
          f"{len(tasks)} runs (noise seeds 1..{seeds}) in {elapsed:.1f} s")
    headers = ["noise"] + [h for _, h, _ in COLUMNS]
    table = [[name] + [cell(k, f, totals, totals.figures()) for k, _, f in COLUMNS] for name, totals in rows]
    for name in ("clean", "25 %"):
        table.append([f"target {name}"] + [TARGETS[name].get(k, "") for k, _, _ in COLUMNS])
    widths = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(headers)]
    print("  ".join(h.rjust(w) for h, w in zip(headers, widths)))
    for r in table:
        print("  ".join(c.rjust(w) for c, w in zip(r, widths)))
    for name, totals in rows:
        fields = ", ".join(f"{k} {v}" for k, v in sorted(totals.register_fields.items()))
        print(f"  {name}: {totals.calls} call runs; lines {totals.technique[1]}, judged suggestions {totals.right[1]} "
              f"(register field: {fields or 'none'}), windows >= 30 s {totals.coverage[1]}, "
              f"crises {totals.found[1]}; false alarms {totals.false_alarms}, possible-only alerts "
              f"{totals.possible_only} ({totals.possible_off_safety} where the supervisor's window lists no safety "
              f"question; and {totals.screening_checks} safety checks the worker's own screening "
              f"question opened) in {totals.none_calls} crisis-none call runs")
    if detail:
        print("misses:" if details else "misses: none")
        if details:
            print("\n".join(details))
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path, help="folders of annotated session scripts (*.txt)")
    parser.add_argument("--noise", default="0,15,25,35", help="noise levels in percent of the words (default 0,15,25,35)")
    parser.add_argument("--seeds", type=int, default=8, help="noisy runs per call and level, seeds 1..N (default 8)")
    parser.add_argument("--detail", action="store_true", help="list every miss")
    parser.add_argument("--bank", type=Path, default=None, help="question bank (default prompts/nl.yaml)")
    parser.add_argument("--jobs", type=int, default=1, help="processes to run calls in (default 1)")
    args = parser.parse_args(argv)
    try:
        if args.jobs < 1:
            raise UserError(f"--jobs {args.jobs}: give at least 1 process")
        if args.seeds < 1:
            raise UserError(f"--seeds {args.seeds}: give at least 1 noisy run per call")
        levels = parse_noise(args.noise)
        from voice_companion.evaluation.annotated import read_folder

        for folder in args.folders:  # all input is checked before the first (slow) run
            read_folder(folder)
        if args.bank is not None:
            from voice_companion.bank import load_bank

            load_bank(args.bank)
        for folder in args.folders:
            evaluate_folder(folder, levels, args.seeds, args.bank, args.detail, args.jobs)
    except UserError as exc:
        print(f"evaluate_calls: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
