#!/usr/bin/env python3
"""Benchmark the supervisor's reports on generated session logs.

Writes, in a temporary folder, one 3-hour session (~1200 utterances with
matches, phase changes, suggestions, uptake, a suicide crisis, scaling answers,
mutes and marks) and 500 ordinary sessions of 15 to 60 minutes by 12 workers
over half a year; then times, as a user would run them,

    voice-companion report LONG.jsonl -o report.html     (target < 2 s)
    voice-companion report DIR -o trends.html             (target < 30 s)

Usage: python scripts/bench_report.py [--sessions 500] [--keep DIR] [--encrypted]

--encrypted writes *.jsonl.enc logs as the companion does with encrypt_logs = true
(each file has its own salt, so reading costs one scrypt key derivation a file).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from voice_companion.events import (  # noqa: E402
    ComponentWarning, Control, Crisis, CrisisEnd, Match, PhaseChange, Protocol, SessionEnd, SessionStart,
    Suggestion, SuggestionEnd, Uptake, Utterance, Whisper,
)

SAFETY_ITEM = {"suicide": "ask_directly", "unsafe_vulnerable": "person_safe"}

PHASE_TECHNIQUES = {
    "current": ["welcome", "acknowledgement", "summary", "problem", "coping", "perspective", "none", "mirroring",
                "cause"],
    "desired": ["goal", "usefulness", "hope", "scaling", "acknowledgement", "none", "summary"],
    "exceptions": ["exception", "coping", "scaling", "acknowledgement", "summary", "none"],
    "next_step": ["next_step", "mandate", "summary", "scaling", "acknowledgement", "none"],
}
TEXTS = {
    "welcome": "goedenavond met de nachtlijn hoe kan ik je helpen",
    "acknowledgement": "dat klinkt echt heel zwaar voor je",
    "summary": "dus als ik het goed begrijp zit je nu alleen thuis",
    "problem": "hoe is dit een probleem voor je",
    "coping": "hoe hou je het vol",
    "perspective": "wat zou je zus hiervan zeggen",
    "mirroring": "je moet wel een goede reden hebben om dat te doen",
    "goal": "wat zou je het liefste willen",
    "usefulness": "hoe merk je morgen dat je iets aan dit gesprek had",
    "hope": "waar hoop je op",
    "scaling": "als tien rust is en nul chaos waar zit je dan nu",
    "exception": "wanneer was het wat minder erg",
    "next_step": "wat is een eerste kleine stap",
    "mandate": "vind je het goed dat ik de huisarts bel",
    "safety": "denk je erover om een einde aan je leven te maken",
    "none": "ja ik hoor je",
    "cause": "hoe komt het dat het zo mis is gegaan",
}
NUMBERS = ["twee", "drie", "vier", "vijf", "zes", "zeven"]


def record(event, started: datetime, **extra) -> dict:
    """The line LogWriter writes for `event` (type, t, ts first), plus extra fields."""
    data = event.to_record()
    return {"type": data.pop("type"), "t": round(data.pop("t"), 3),
            "ts": (started + timedelta(seconds=event.t)).isoformat(timespec="milliseconds"), **data, **extra}


def session(rng: random.Random, minutes: float, started: datetime, worker: str, crisis: str | None) -> list[dict]:
    events: list[dict] = [record(SessionStart(t=0.0, bank="nl@bench", source="mic", redaction=True), started,
                                 worker=worker)]
    add = lambda event: events.append(record(event, started))  # noqa: E731
    end = minutes * 60
    order = ["current", "desired", "exceptions", "next_step"]
    phase, previous = "current", None
    add(PhaseChange(t=0.0, phase=phase, previous=previous))
    next_phase_at = rng.uniform(180, 900)
    crisis_at = rng.uniform(0.1, 0.4) * end if crisis else None
    safety_due: float | None = None
    pending: list[tuple[float, str, str]] = []  # suggestions waiting for uptake
    t = 3.0
    muted = False
    while t < end - 5:
        if t >= next_phase_at:
            previous, phase = phase, order[(order.index(phase) + 1) % 4] if rng.random() < 0.8 else "current"
            if phase != previous:
                add(PhaseChange(t=t, phase=phase, previous=previous))
            next_phase_at = t + rng.uniform(180, 900)
        technique = rng.choice(PHASE_TECHNIQUES[phase])
        safety_now = safety_due is not None and t >= safety_due
        if safety_now:
            technique, safety_due = "safety", None
        qid = f"{technique}.{rng.randint(1, 6)}" if technique != "none" else None
        for s_t, s_qid, s_tech in pending:
            if rng.random() < 0.45 and t - s_t < 50:
                technique, qid = s_tech, s_qid
                break
        text = TEXTS[technique]
        if rng.random() < 0.03:
            text = "[naam] zei je"
        add(Utterance(t=t, text=text, start=t - 2.5, end=t, source="mic", redacted=text.startswith("[")))
        kinds = (crisis,) if crisis_at is not None and t >= crisis_at else ()
        add(Match(t=t, question_id=qid, technique=technique, phase=phase, score=rng.uniform(60, 99), crisis=kinds))
        if safety_now and crisis in SAFETY_ITEM:
            add(Protocol(t=t, crisis=crisis, item=SAFETY_ITEM[crisis], label="veiligheid", question_id=qid))
            add(CrisisEnd(t=t + 30, crisis=crisis, reason="assessed"))
        for s_t, s_qid, s_tech in list(pending):
            if s_qid == qid:
                add(Uptake(t=t, question_id=qid, technique=technique, delay=t - s_t))
                add(SuggestionEnd(t=t, question_id=qid, reason="taken_up"))
                pending.remove((s_t, s_qid, s_tech))
        for p in pending:
            if t - p[0] >= 60:
                add(SuggestionEnd(t=p[0] + 60, question_id=p[1], reason="expired"))
        pending = [p for p in pending if t - p[0] < 60]
        if crisis_at is not None and t >= crisis_at:
            trigger = "niet meer wilt leven" if crisis == "suicide" else "deurwaarder"
            add(Crisis(t=t, crisis=crisis, trigger=trigger, certainty="possible", evidence=0.5))
            add(Crisis(t=t + 5, crisis=crisis, trigger=trigger, certainty="confirmed", evidence=1.0,
                       protocol=((SAFETY_ITEM.get(crisis, "coping"), "veiligheid"), ("plan", "plan"))))
            if crisis in ("suicide", "unsafe_vulnerable") and rng.random() < 0.85:
                safety_due = t + rng.uniform(5, 240)
            crisis_at = None
        if technique == "scaling" and rng.random() < 0.8:
            t += rng.uniform(4, 12)
            add(Utterance(t=t, text=f"je zegt een {rng.choice(NUMBERS)}", start=t - 1.5, end=t, source="mic"))
            add(Match(t=t, question_id="ack.herhalen", technique="acknowledgement", phase=phase, score=80.0))
        if rng.random() < 0.3:
            s_tech = rng.choice(PHASE_TECHNIQUES[phase][:4])
            s_qid = f"{s_tech}.{rng.randint(1, 6)}"
            channel = rng.choice(["display", "whisper", "both"])
            add(Suggestion(t=t + 0.5, question_id=s_qid, text=TEXTS[s_tech].capitalize() + "?", technique=s_tech,
                           phase=phase, reason="past bij de fase", channel=channel,
                           alternatives=(f"{s_tech}.{rng.randint(1, 6)}",)))
            if channel != "display":
                add(Whisper(t=t + 1.0, question_id=s_qid, status="spoken" if rng.random() < 0.9 else "interrupted"))
            pending.append((t + 0.5, s_qid, s_tech))
        if rng.random() < 0.01:
            muted = not muted
            add(Control(t=t + 1, action="mute" if muted else "unmute"))
        if rng.random() < 0.005:
            add(Control(t=t + 1, action="mark", value="bespreken"))
        if rng.random() < 0.002:
            add(ComponentWarning(t=t + 1, component="whisper", message="audio device busy"))
        t += rng.uniform(4, 14)
    add(SessionEnd(t=end, reason="done"))
    return events


def write(path: Path, events: list[dict], key=None) -> Path:
    """Plain JSON lines, or with `key` an encrypted log as the companion writes it (<name>.jsonl.enc)."""
    if key is None:
        with open(path, "w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in events)
        return path
    from voice_companion.privacy.crypto import encrypted_path, open_log_stream

    path = encrypted_path(path)
    stream = open_log_stream(path, key)
    for e in events:
        stream.write(json.dumps(e, ensure_ascii=False) + "\n")
    stream.close()
    return path


def timed(*args: str) -> tuple[float, subprocess.CompletedProcess]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "voice_companion", *args], capture_output=True, text=True,
                            cwd=REPO, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"report failed ({result.returncode}): {result.stderr.strip()}")
    return elapsed, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=500)
    parser.add_argument("--keep", type=Path, default=None, help="write the logs and reports here and keep them")
    parser.add_argument("--encrypted", action="store_true",
                        help="write encrypted logs (*.jsonl.enc, default key derivation) read with a passphrase")
    args = parser.parse_args()
    key = None
    if args.encrypted:
        from voice_companion.privacy.crypto import ENV_PASSPHRASE, LogKey

        os.environ[ENV_PASSPHRASE] = "bench passphrase, not a secret"
        key = LogKey(os.environ[ENV_PASSPHRASE])
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        folder = base / "sessions"
        folder.mkdir(exist_ok=True)
        t0 = time.perf_counter()
        # the long session: ~1200 utterances in 3 hours
        events = session(rng, 180, datetime.fromisoformat("2025-03-04T22:00:00+01:00"), "W-01", "suicide")
        long_log = write(base / "lange-sessie.jsonl", events, key)
        utterances = sum(1 for e in events if e["type"] == "utterance")
        first = datetime.fromisoformat("2025-01-06T21:00:00+01:00")
        workers = [f"W-{n:02d}" for n in range(1, 13)]
        lines = 0
        for i in range(args.sessions):
            started = first + timedelta(days=rng.uniform(0, 182), hours=rng.uniform(0, 8))
            crisis = rng.choice([None, None, "suicide", "unsafe_vulnerable", "eviction", "utility_cutoff"])
            events_i = session(rng, rng.uniform(15, 60), started, rng.choice(workers), crisis)
            lines += len(events_i)
            write(folder / f"session-{i:04d}.jsonl", events_i, key)
        size = sum(p.stat().st_size for p in folder.iterdir())
        print(f"generated{' encrypted' if key else ''} in {time.perf_counter() - t0:.1f} s: long session {len(events)} events "
              f"({utterances} utterances, {long_log.stat().st_size / 1e6:.1f} MB); "
              f"{args.sessions} sessions, {lines} events, {size / 1e6:.1f} MB")

        seconds, _ = timed("report", str(long_log), "-o", str(base / "lange-sessie.html"))
        verdict = "ok" if seconds < 2 else "TOO SLOW"
        print(f"report LOG  (3 h, {utterances} utterances): {seconds:.2f} s  (target < 2 s: {verdict}); "
              f"{(base / 'lange-sessie.html').stat().st_size / 1e6:.2f} MB of HTML")
        seconds, _ = timed("report", str(folder), "-o", str(base / "trends.html"))
        verdict = "ok" if seconds < 30 else "TOO SLOW"
        print(f"report DIR  ({args.sessions} sessions): {seconds:.2f} s  (target < 30 s: {verdict}); "
              f"{(base / 'trends.html').stat().st_size / 1e6:.2f} MB of HTML")
        one = sorted(folder.iterdir())[0]
        seconds, _ = timed("report", str(one), "-o", str(base / "een-sessie.html"))
        print(f"report LOG  (one session in the folder of {args.sessions}, compared with the worker's own "
              f"sessions there): {seconds:.2f} s")
        seconds, _ = timed("replay", str(long_log), "--speed", "0")
        print(f"replay LOG --speed 0 (3 h): {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
