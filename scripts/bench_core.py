#!/usr/bin/env python3
"""Core speed figures (issue targets in brackets).

* classifying one utterance against the whole bank: median [<= 2 ms], p99 [<= 5 ms], one core (and the
  worker lines of the development calls, each once, as a session meets them);
* `voice-companion classify`: start to first answer [<= 0.5 s];
* `simulate` of a 1-hour script, about 400 utterances [< 2 s].

The package is byte-compiled first (`compileall`), as it is on a user's machine after the first run or an
install: a process that must compile changed modules from source on every start (PYTHONDONTWRITEBYTECODE
set, as on the development machine) measures the compiler, about 0.1-0.2 s, not the companion.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("OMP_NUM_THREADS", "1")

from voice_companion.app import default_bank  # noqa: E402
from voice_companion.classifier import Classifier  # noqa: E402

UTTERANCES = [
    "goedenavond met de nachtlijn hoe kan ik je helpen", "hoe hou je het vol", "ja",
    "als tien rust en overzicht is en nul chaos waar zit je dan nu", "wat heb je vanavond al geprobeerd",
    "dus als ik het goed begrijp hebben ze vanmiddag je stroom afgesloten en zit je met de kinderen in het donker",
    "wanneer was het de afgelopen tijd wat minder erg", "wat is een eerste kleine stap voor morgenochtend",
    "vind je het goed dat ik morgen het energiebedrijf voor je bel", "hm", "waar hoop je op",
    "je zegt dat je er een einde aan wilt maken", "wie zou daarin met je mee kunnen denken",
]


def pin_one_core() -> str:
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        return "pinned to one core"
    except (AttributeError, OSError):
        return "not pinned"


def bench_classify() -> None:
    classifier = Classifier(default_bank())
    for text in UTTERANCES:  # warm-up
        classifier.classify(text)
    times = []
    rng = random.Random(1)
    for _ in range(3000):
        text = rng.choice(UTTERANCES)
        start = time.perf_counter()
        classifier.classify(text + " " + str(rng.randrange(10**6)))  # defeat the normalisation cache
        times.append((time.perf_counter() - start) * 1000)
    median, p99 = _median_p99(times)
    print(f"classify one utterance: median {median:.3f} ms, p99 {p99:.3f} ms over {len(times)} (targets 2 / 5 ms)")


def _median_p99(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.99)]


def bench_classify_calls() -> None:
    """Lines as calls bring them, each once and in order: the word caches start cold, as in a new session
    (the fixed utterances above repeat, so after the warm-up every word but the number is known)."""
    import re

    lines = [m.group(1) for f in sorted((REPO / "tests" / "data" / "own" / "calls").glob("*.txt"))
             for m in re.finditer(r"^\d\d:\d\d (.+)$", f.read_text(encoding="utf-8"), re.M)]
    if not lines:
        print("classify the worker lines of calls: skipped (no tests/data/own/calls here)")
        return
    classifier = Classifier(default_bank())
    times = []
    for text in lines:
        start = time.perf_counter()
        classifier.classify(text)
        times.append((time.perf_counter() - start) * 1000)
    median, p99 = _median_p99(times)
    print(f"classify {len(lines)} worker lines of calls, each once (cold caches): median {median:.3f} ms, "
          f"p99 {p99:.3f} ms")


def bench_classify_startup() -> None:
    results = []
    for _ in range(5):
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "voice_companion", "classify"], cwd=REPO,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdin and proc.stdout
        proc.stdin.write("hoe hou je het vol\n".encode())
        proc.stdin.flush()
        proc.stdout.readline()
        results.append(time.perf_counter() - start)
        proc.stdin.close()
        proc.wait()
    print(f"classify start to first answer: median {statistics.median(results):.3f} s, "
          f"max {max(results):.3f} s over {len(results)} runs (target 0.5 s)")


def bench_simulate_hour() -> None:
    rng = random.Random(2)
    lines, t = [], 3.0
    while t < 3600 and len(lines) < 400:
        lines.append(f"{int(t) // 60:02d}:{int(t) % 60:02d} {rng.choice(UTTERANCES)}")
        t += 9.0
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "hour.txt"
        script.write_text("\n".join(lines) + "\n", encoding="utf-8")
        log = Path(tmp) / "hour.jsonl"
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "voice_companion", "simulate", str(script), "--log", str(log),
                               "--quiet"], cwd=REPO, capture_output=True)
        elapsed = time.perf_counter() - start
        assert proc.returncode == 0, proc.stderr.decode()
        n_events = sum(1 for _ in log.open())
    print(f"simulate 1-hour script ({len(lines)} utterances, {n_events} log events): {elapsed:.3f} s "
          f"wall, process start included (target < 2 s)")


if __name__ == "__main__":
    import compileall

    compileall.compile_dir(REPO / "voice_companion", quiet=1)
    print(pin_one_core())
    bench_classify()
    bench_classify_calls()
    bench_classify_startup()
    bench_simulate_hour()
