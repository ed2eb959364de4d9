#!/usr/bin/env python3
"""A long night: a 3-hour scripted session through the real pipeline.

Prints resident memory and the time to handle an utterance (classifier,
tracker, advisor, log write) per half hour of session time, so growth and
drift are visible. Targets: memory growth <= 20 MB after warm-up, latency flat.

    python scripts/bench_long.py [--hours 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from voice_companion.app import open_session, script_events  # noqa: E402
from voice_companion.script import ScriptLine  # noqa: E402

LINES = [
    "goedenavond met de nachtlijn hoe kan ik je helpen", "hoe hou je het vol", "ja", "hm",
    "als tien rust en overzicht is en nul chaos waar zit je dan nu", "wat heb je vanavond al geprobeerd",
    "dus als ik het goed begrijp is de stroom vanmiddag afgesloten", "wanneer was het wat minder erg",
    "wat is een eerste kleine stap voor morgenochtend", "vind je het goed dat ik morgen voor je bel",
    "waar hoop je op", "wie zou met je mee kunnen denken", "dat klinkt heel zwaar", "neem je tijd",
    "wat zou je het liefste willen", "hoe is deze situatie een probleem voor je", "bel me op nul zes een twee drie vier vijf zes zeven acht",
]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hours", type=float, default=3.0)
    args = parser.parse_args()
    rng = random.Random(3)
    lines, t = [], 2.0
    while t < args.hours * 3600:
        lines.append(ScriptLine(len(lines) + 1, round(t, 1), rng.choice(LINES)))
        t += rng.uniform(4, 16)
    with tempfile.TemporaryDirectory() as tmp:
        clock = {"t": 0.0}
        session = open_session(source="script", log_path=Path(tmp) / "long.jsonl", clock=lambda: clock["t"])
        window = 1800.0
        buckets: dict[int, list[float]] = {}
        rss: dict[int, float] = {}
        start = time.perf_counter()
        for event in script_events(lines):
            clock["t"] = event.t
            t0 = time.perf_counter()
            session.handle(event)
            if event.type == "utterance":
                buckets.setdefault(int(event.t // window), []).append((time.perf_counter() - t0) * 1000)
            rss[int(event.t // window)] = rss_mb()
        session.end("done")
        wall = time.perf_counter() - start
        size = (Path(tmp) / "long.jsonl").stat().st_size
    print(f"{len(lines)} utterances over {args.hours:g} h of session time, handled in {wall:.2f} s; log {size / 1e6:.1f} MB")
    print("half hour   utterances   median ms   p95 ms   RSS MB")
    for k in sorted(buckets):
        values = sorted(buckets[k])
        print(f"{k * 30:>5} min   {len(values):>10}   {statistics.median(values):>9.3f}   "
              f"{values[int(len(values) * 0.95)]:>6.3f}   {rss[k]:>6.1f}")
    first, last = rss[min(rss)], rss[max(rss)]
    print(f"memory growth after the first half hour: {last - first:+.1f} MB (target <= 20 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
