#!/usr/bin/env python3
"""Benchmark of the live page and the whisper; prints the figures.

1. Page latency: from an input event (a final utterance, the pause tick after
   it, a lookup) submitted to the session to the suggestion it causes arriving
   in the page, measured in real headless Chromium at the moment the
   server-sent event is received (browser clock = this machine's clock).
   Without Chromium, measured at the server's send point. Target p95 <= 100 ms.
2. Whisper latency: from the worker falling silent to the whisper starting
   (the player being handed the audio), minus the configured silence wait,
   with real synthesis (pyttsx3 worker) uncached and cached, and from a
   suggestion that arrives after the wait already passed to its start.
   Target: <= wait + 300 ms. The headset is a stand-in that records the time
   (this machine has no audio device); everything before it is real.

    python scripts/bench_live.py [--rounds N] [--no-browser]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from voice_companion.events import (  # noqa: E402
    Event, LookupRequest, Match, Suggestion, Utterance,
)
from voice_companion.live.server import LivePage  # noqa: E402
from voice_companion.pipeline import Bus, Session  # noqa: E402

CHROMIUM = os.environ.get("VOICE_COMPANION_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
LOOKUPS = ["schaalvraag", "hoop", "coping bij uitzetting", "uitzondering", "volgende stap",
           "nuttigheidsvraag", "veiligheid", "mandaat", "erkenning", "samenvatten"]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(p / 100.0 * len(ordered) + 0.5)) - 1))
    return ordered[k]


def summary(name: str, values: list[float], target: float | None = None) -> str:
    if not values:
        return f"{name}: no samples"
    line = (f"{name}: n={len(values)}  p50={statistics.median(values):.1f} ms  "
            f"p95={pct(values, 95):.1f} ms  max={max(values):.1f} ms")
    if target is not None:
        line += f"  (target p95 <= {target:.0f} ms: {'OK' if pct(values, 95) <= target else 'MISSED'})"
    return line


# -- sessions ------------------------------------------------------------------------------

class EchoCore:
    """Used only when the real core cannot be opened: a suggestion for every utterance."""

    bank_id = "bench-echo"

    def handle(self, event: Event) -> list[Event]:
        if isinstance(event, Utterance):
            return [event, Match(t=event.t, technique="coping", score=90.0),
                    Suggestion(t=event.t, question_id=f"q{event.t}", text="Hoe houdt u het vol?",
                               technique="coping", phase="current", reason="bench", channel="both")]
        return [event]


def open_bench_session(folder: Path, n: int):
    log_path = folder / f"bench-{n}.jsonl"
    try:
        from voice_companion import app

        bank = app.default_bank()
        return app.open_session(source="script", log_path=log_path, redact=False), bank, "real core"
    except Exception as exc:
        from voice_companion.sessionlog import LogWriter

        session = Session(EchoCore(), log=LogWriter(log_path), source="script")
        session.start()
        return session, None, f"echo core (real core unavailable: {type(exc).__name__}: {exc})"


def input_events() -> list[Event]:
    """The demo call's utterances and pause ticks, then lookups."""
    events: list[Event] = []
    try:
        from voice_companion import app
        from voice_companion.script import parse_script

        data = (Path(app.__file__).parent / "data" / "demo-session.txt").read_bytes()
        events = app.script_events(parse_script(data, "demo-session.txt"))
    except Exception:
        events = [Utterance(t=10.0 * i, text="hoe hou je het vol", start=10.0 * i - 1, end=10.0 * i)
                  for i in range(1, 21)]
    t = max((e.t for e in events), default=0.0)
    for i, query in enumerate(LOOKUPS):
        events.append(LookupRequest(t=t + 10.0 * (i + 1), query=query, via="typed"))
    return events


# -- 1. page latency -------------------------------------------------------------------------

def bench_page(rounds: int, use_browser: bool) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-live-"))
    browser_ctx = None
    page = None
    if use_browser and os.path.exists(CHROMIUM):
        try:
            from playwright.sync_api import sync_playwright

            browser_ctx = sync_playwright().start()
            browser = browser_ctx.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        except Exception as exc:
            print(f"(no browser: {exc}; measuring at the server's send point)")
            browser_ctx = None
    elif use_browser:
        print(f"(no Chromium at {CHROMIUM}; measuring at the server's send point)")

    by_kind: dict[str, list[float]] = {}
    server_side: list[float] = []
    core_name = ""
    for r in range(rounds):
        session, bank, core_name = open_bench_session(folder, r)
        session.run_in_thread()
        live = LivePage(session, bank)
        url = live.start()
        if browser_ctx is not None:
            page = browser.new_page()
            page.goto(url)
            # (not wait_for_function: its polling evaluates a string, which the page's CSP refuses)
            deadline = time.monotonic() + 10
            while page.evaluate("document.body.dataset.connected") != "1" and time.monotonic() < deadline:
                time.sleep(0.02)
        seen_seq = 0
        for event in input_events():
            start_ms = time.time() * 1000.0
            kind = event.type
            session.submit(event)
            deadline = time.monotonic() + 0.6
            arrival = None
            while time.monotonic() < deadline:
                if page is not None:
                    arrivals = page.evaluate(
                        f"window.__live.arrivals.filter(a => a.seq > {seen_seq} && a.last && a.last.type === 'suggestion')")
                    if arrivals:
                        arrival = arrivals[0]["at"]
                        sent = next((s for q, s in live.sent if q == arrivals[0]["seq"]), None)
                        if sent is not None:
                            server_side.append(sent - start_ms)
                        break
                else:
                    hit = [(q, s) for q, s in live.sent if q > seen_seq]
                    with live._lock:
                        last = live.state.last
                    if hit and last and last["type"] == "suggestion":
                        arrival = hit[-1][1]
                        break
                time.sleep(0.002)
            time.sleep(0.03)  # let the rest of this event's messages arrive
            seen_seq = live.state.seq
            if arrival is not None:
                by_kind.setdefault(kind, []).append(arrival - start_ms)
        if page is not None:
            page.close()
            page = None
        live.close()
        session.stop()
    if browser_ctx is not None:
        browser.close()
        browser_ctx.stop()

    where = "in the browser (SSE message received)" if browser_ctx is not None else "at the server's send point"
    print(f"1. input event -> suggestion {where}; {core_name}; {rounds} round(s) of the demo call + lookups")
    everything: list[float] = []
    for kind, values in sorted(by_kind.items()):
        everything.extend(values)
        print("   " + summary(f"after {kind:15s}", values))
    print("   " + summary("all", everything, target=100.0))
    if server_side:
        print("   " + summary("submit -> server send point", server_side))


# -- 2. whisper latency --------------------------------------------------------------------------

class TimingHeadset:
    """Stands in for the headset: records when playback would start."""

    available = True
    description = "bench headset (timing only)"

    def __init__(self):
        self.started: list[float] = []

    def play(self, audio, on_done):
        self.started.append(time.monotonic())
        on_done(True, "")

    def stop(self):
        pass

    def close(self):
        pass


def bench_whisper(trials: int, silence_wait: float, backend: str) -> None:
    from voice_companion.whisper.tts import Synthesizer
    from voice_companion.whisper.whisperer import Whisperer

    bus = Bus()
    headset = TimingHeadset()
    synth = Synthesizer(backend=backend)
    synth.warm()
    time.sleep(0.5)
    whisperer = Whisperer(bus, player=headset, synthesizer=synth, silence_wait=silence_wait,
                          min_interval=0.0).start()
    uncached: list[float] = []
    cached: list[float] = []
    late_uncached: list[float] = []
    late_cached: list[float] = []
    try:
        for i in range(trials):
            for store, prerender, late in ((uncached, False, False), (cached, True, False),
                                           (late_uncached, False, True), (late_cached, True, True)):
                text = f"Als {i} rust is en {i + 1} chaos, waar zit u dan nu, vraag {len(store)} {prerender} {late}?"
                if prerender:
                    synth.prerender([text])
                    deadline = time.monotonic() + 3
                    while not synth.cached(text) and time.monotonic() < deadline:
                        time.sleep(0.005)
                before = len(headset.started)
                bus.publish(Utterance(t=float(i), text="dat klinkt zwaar", start=0.0, end=0.0))
                silent_at = time.monotonic()
                if late:  # the suggestion comes after the wait (the core's pause advice)
                    time.sleep(silence_wait + 0.2)
                offered_at = time.monotonic()
                bus.publish(Suggestion(t=float(i), question_id=f"b{i}", text=text, technique="scaling",
                                       phase="current", reason="bench", channel="both"))
                deadline = time.monotonic() + silence_wait + 3
                while len(headset.started) == before and time.monotonic() < deadline:
                    time.sleep(0.001)
                if len(headset.started) > before:
                    began = headset.started[-1]
                    if late:
                        store.append((began - offered_at) * 1000.0)
                    else:
                        store.append((began - silent_at - silence_wait) * 1000.0)
                time.sleep(0.05)
    finally:
        whisperer.stop()
        name = synth.backend_name
        if synth.fallback_reason:
            name += f" (fallback; pyttsx3: {synth.fallback_reason})"
        synth.close()
    print(f"2. worker silent -> whisper starts (silence wait {silence_wait:g} s; synthesis: {name})")
    print("   " + summary("beyond the wait, not cached", uncached, target=300.0))
    print("   " + summary("beyond the wait, cached    ", cached, target=300.0))
    print("   " + summary("suggestion after the wait -> start, not cached", late_uncached, target=300.0))
    print("   " + summary("suggestion after the wait -> start, cached    ", late_cached, target=300.0))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3, help="demo calls to run through the page")
    parser.add_argument("--trials", type=int, default=15, help="whispers per case")
    parser.add_argument("--silence-wait", type=float, default=1.5)
    parser.add_argument("--no-browser", action="store_true", help="measure at the server's send point")
    parser.add_argument("--skip-page", action="store_true")
    parser.add_argument("--skip-whisper", action="store_true")
    args = parser.parse_args()
    if not args.skip_page:
        bench_page(args.rounds, not args.no_browser)
    if not args.skip_whisper:
        bench_whisper(args.trials, args.silence_wait, "auto")
        bench_whisper(max(3, args.trials // 3), args.silence_wait, "espeak-ng")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
