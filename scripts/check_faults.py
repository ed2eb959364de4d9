"""Fault cases and their outcome: every one should give one clear line and exit 2, or run on with a warning.

    .venv/bin/python scripts/check_faults.py [--detail]

Runs the real command line in a throw-away HOME (nothing of yours is touched).
A case passes when it ends as expected (exit code), prints no traceback, and
says what went wrong in one line on stderr where it fails.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
SCRIPT_TEXT = "00:01 goedenavond, met de hulplijn\n00:05 wat is er aan de hand\n00:12 hoe gaat het nu met je\n"


def cli(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PY, "-m", "voice_companion", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)


def crafted_logs(folder: Path) -> dict[str, Path]:
    start = {"type": "session_start", "t": 0, "ts": "2026-12-01T01:00:00.000+00:00", "lang": "nl",
             "bank": "nl", "source": "script", "schema": 1}
    utter = {"type": "utterance", "t": 2, "text": "hoe gaat het", "start": 1, "end": 2, "source": "script"}
    end = {"type": "session_end", "t": 9, "reason": "done"}
    odd = {
        "phase-list": {"type": "phase", "t": 6, "phase": ["x"]},
        "crisis-list": {"type": "crisis", "t": 6, "crisis": [1], "trigger": "x"},
        "t-400-digits": {"type": "utterance", "t": int("9" * 400), "text": "x"},
        "nested-json": None,
        "escape-text": {"type": "utterance", "t": 3, "text": "\x1b]0;pwned\x07\x1b[2Jhallo", "start": 2, "end": 3},
        "t-negative": {"type": "match", "t": -5, "technique": "hope"},
        "t-string": {"type": "match", "t": "5", "technique": "hope"},
        "protocol-dict": {"type": "crisis", "t": 6, "crisis": "suicide", "protocol": {"a": 1}},
        "score-inf": None,
    }
    logs = {}
    for name, record in odd.items():
        path = folder / f"{name}.jsonl"
        lines = [json.dumps(start), json.dumps(utter)]
        if name == "nested-json":
            lines.append('{"type": "utterance", "t": 4, "text": ' + "[" * 100_000 + "]" * 100_000 + "}")
        elif name == "score-inf":
            lines.append('{"type": "match", "t": 4, "technique": "hope", "score": 1e999}')
        else:
            lines.append(json.dumps(record))
        lines.append(json.dumps(end))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        logs[name] = path
    return logs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--detail", action="store_true", help="print stderr of every case")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="vc-faults-"))
    home = tmp / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local/share"),
           "XDG_CONFIG_HOME": str(home / ".config"), "PYTHONPATH": str(ROOT)}
    script = tmp / "call.txt"
    script.write_text(SCRIPT_TEXT, encoding="utf-8")
    results: list[tuple[str, bool, str]] = []

    def case(name: str, proc: subprocess.CompletedProcess[str], want: int, extra: bool = True) -> None:
        err = proc.stderr.strip()
        lines = [line for line in err.splitlines() if line.strip()]
        ok = proc.returncode == want and "Traceback" not in err and extra
        if want == 2:
            ok = ok and 1 <= len(lines) <= 2
        first = lines[-1] if lines else ""
        results.append((name, ok, f"exit {proc.returncode}: {first[:150]}"))
        if args.detail:
            print(f"--- {name}\n{err}\n")

    # -- writing the log --------------------------------------------------
    good_log = tmp / "good.jsonl"
    case("simulate writes a log", cli(env, "simulate", str(script), "--log", str(good_log), "--quiet"), 0)
    case("--log /dev/full", cli(env, "simulate", str(script), "--log", "/dev/full", "--quiet"), 2)
    regular = tmp / "a-file"
    regular.write_text("x")
    case("--log under a regular file", cli(env, "simulate", str(script), "--log", str(regular / "s.jsonl")), 2)
    case("--log an existing session log", cli(env, "simulate", str(script), "--log", str(good_log)), 2,
         extra=good_log.stat().st_size > 0)
    empty = tmp / "empty.jsonl"
    empty.touch()
    os.chmod(empty, 0o644)
    proc = cli(env, "simulate", str(script), "--log", str(empty), "--quiet")
    case("--log an existing empty file (mode left alone)", proc, 0,
         extra=stat.S_IMODE(empty.stat().st_mode) == 0o644 and empty.stat().st_size > 0)
    failed_start = tmp / "nofolder" / "deeper"
    failed_start.parent.mkdir()
    os.chmod(failed_start.parent, 0o500)
    if os.geteuid() != 0:
        case("--log in a read-only folder", cli(env, "simulate", str(script), "--log", str(failed_start / "s.jsonl")), 2)
    os.chmod(failed_start.parent, 0o700)

    # -- bad options ------------------------------------------------------
    case("--speed inf", cli(env, "simulate", str(script), "--speed", "inf"), 2)
    case("--whisper-wait inf", cli(env, "demo", "--whisper-wait", "inf"), 2)
    case("--crisis-number abc", cli(env, "demo", "--crisis-number", "abc"), 2)

    # -- crafted logs -----------------------------------------------------
    crafted = tmp / "crafted"
    crafted.mkdir()
    logs = crafted_logs(crafted)
    for name, path in logs.items():
        proc = cli(env, "replay", str(path), "--speed", "1000")
        case(f"replay {name}", proc, 0, extra="\x1b" not in proc.stdout)
        case(f"report {name}", cli(env, "report", str(path), "-o", str(tmp / f"{name}.html")), 0)
        case(f"note {name}", cli(env, "note", str(path), "--at", "00:03", "goed gedaan"), 0)
    case("report DIR of crafted logs", cli(env, "report", str(crafted), "-o", str(tmp / "trends.html")), 0)

    # -- overwriting --------------------------------------------------------
    other = tmp / "other.jsonl"
    other.write_bytes(good_log.read_bytes())
    before = other.read_bytes()
    case("report -o another session log", cli(env, "report", str(good_log), "-o", str(other)), 2,
         extra=other.read_bytes() == before)
    case("report -o another session log --force", cli(env, "report", str(good_log), "-o", str(other), "--force"), 2,
         extra=other.read_bytes() == before)
    text = tmp / "thesis.html"
    text.write_text("<html>mijn scriptie</html>")
    case("report -o a file it did not write", cli(env, "report", str(good_log), "-o", str(text)), 2,
         extra="scriptie" in text.read_text())
    case("report -o a file it did not write --force", cli(env, "report", str(good_log), "-o", str(text), "--force"), 0)
    case("report -o its own earlier report", cli(env, "report", str(good_log), "-o", str(text)), 0)

    # -- a disk that fills up during the session ------------------------------
    proc = subprocess.run([PY, "-c", FULL_DISK], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    case("disk full during a session (kept, retried, written)", proc, 0, extra="OK" in proc.stdout)

    width = max(len(n) for n, _, _ in results)
    failed = 0
    for name, ok, what in results:
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name:<{width}}  {what}")
    print(f"{len(results) - failed} of {len(results)} fault cases as expected")
    shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


# The log's disk refuses writes for a while, then takes them again: nothing is lost.
FULL_DISK = r"""
import errno, os, sys
from pathlib import Path
import tempfile
from voice_companion import app
from voice_companion.sessionlog import read_log
import voice_companion.sessionlog as sl
from voice_companion.events import Utterance
tmp = Path(tempfile.mkdtemp())
import atexit, shutil
atexit.register(shutil.rmtree, tmp, True)
session = app.open_session(source="script", log_path=tmp / "s.jsonl", recover=False)
real = os.write
state = {"full": True}
def write(fd, data):
    if state["full"] and fd == session.log._fd:
        raise OSError(errno.ENOSPC, "No space left on device")
    return real(fd, data)
sl.os.write = write
session.handle(Utterance(t=1.0, text="hoe gaat het met je", start=0.5, end=1.0))
assert session.log_error and session.unwritten, "the failure was not noticed"
state["full"] = False
session.handle(Utterance(t=2.0, text="wat heb je al geprobeerd", start=1.5, end=2.0))
session.end()
texts = [r.get("text") for r in read_log(tmp / "s.jsonl").records if r["type"] == "utterance"]
assert texts == ["hoe gaat het met je", "wat heb je al geprobeerd"], texts
print("OK")
"""

if __name__ == "__main__":
    sys.exit(main())
