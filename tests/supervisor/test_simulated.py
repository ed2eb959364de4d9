"""Replay and report on logs written by the real pipeline (`voice-companion simulate`)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from .helpers import REPO, parse_html, run_cli

SHARED_SCRIPT = REPO.parent / "shared" / "eval" / "sessions" / "afsluiting-energie.txt"
SCRIPT = """\
# made-up call: a caller who no longer wants to live
00:03 goedenavond met de nachtlijn hoe kan ik je helpen
00:30 dat klinkt heel zwaar
01:00 je zegt dat je soms niet meer wilt leven
01:40 denk je erover om een einde aan je leven te maken
02:10 als tien rust is en nul chaos waar zit je dan nu
02:25 je zegt een vier
03:00 wanneer was het de afgelopen tijd wat minder erg
03:40 wat zou je het liefste willen
04:10 wat is een eerste kleine stap voor morgen
"""

pytestmark = pytest.mark.skipif(not (REPO / "prompts" / "nl.yaml").exists(),
                                reason="simulate needs the question bank prompts/nl.yaml, which is not in this checkout yet")


def simulate(script: Path, log: Path) -> list[dict]:
    result = run_cli("simulate", str(script), "--log", str(log), "--quiet")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(params=["shared", "suicide"])
def simulated(request, tmp_path):
    if request.param == "shared":
        if not SHARED_SCRIPT.exists():
            pytest.skip(f"no shared session script at {SHARED_SCRIPT}")
        script = SHARED_SCRIPT
    else:
        script = tmp_path / "script.txt"
        script.write_text(SCRIPT, encoding="utf-8")
    log = tmp_path / "sessie.jsonl"
    return log, simulate(script, log)


def test_report_of_a_simulated_session(simulated, tmp_path):
    log, records = simulated
    out = tmp_path / "verslag.html"
    result = run_cli("report", str(log), "-o", str(out))
    assert result.returncode == 0, result.stderr
    doc = parse_html(out.read_text(encoding="utf-8"))
    assert not doc.find_all("p", cls="skipped-lines")
    counts = Counter(r["technique"] for r in records if r["type"] == "match")
    shown = {r.attrs["data-technique"]: int(r.attrs["data-count"])
             for r in doc.find("table", cls="technique-counts").find_all("tr") if "data-technique" in r.attrs}
    assert {t: n for t, n in shown.items() if n} == dict(counts)
    assert all(t in shown for t in ("coping", "scaling", "hope", "cause"))  # shown even at 0
    phases = [r for r in records if r["type"] == "phase"]
    if phases:
        rows = [r for r in doc.find("table", cls="phase-timeline").find_all("tr") if "data-phase" in r.attrs]
        assert rows and rows[-1].attrs["data-phase"] == phases[-1]["phase"]
    starts = {r["t"]: r["start"] for r in records if r["type"] == "utterance"}  # line end -> its start
    for crisis in {r["crisis"] for r in records if r["type"] == "crisis"}:
        row = doc.find("tr", data_crisis=crisis)
        named = min(r["t"] for r in records if r["type"] == "crisis" and r["crisis"] == crisis)
        if crisis in ("suicide", "unsafe_vulnerable") and row.attrs["data-real"] == "true":
            # from the start of the first audible line to the start of the line that ticked the safety item
            item = {"suicide": "ask_directly", "unsafe_vulnerable": "person_safe"}[crisis]
            safety = [r["t"] for r in records if r["type"] == "protocol" and r["crisis"] == crisis
                      and r["item"] == item and r["t"] >= named]
            if safety:
                expected = starts[safety[0]] - starts[named]
                assert float(row.attrs["data-time-to-safety"]) == pytest.approx(expected, abs=0.01)
            else:
                assert row.find("td", cls="time-to-safety").text().startswith("niet gesteld")
    summary = doc.find("table", cls="uptake-summary")
    assert int(summary.attrs["data-given"]) == sum(1 for r in records if r["type"] == "suggestion")
    if any(r["type"] == "uptake" for r in records):
        assert int(summary.attrs["data-taken"]) >= 1


def test_replay_of_a_simulated_session(simulated):
    log, records = simulated
    result = run_cli("replay", str(log), "--speed", "0")
    assert result.returncode == 0, result.stderr
    timed = [line for line in result.stdout.splitlines() if re.match(r"\d\d:\d\d  ", line)]
    spoken = [r["text"] for r in records if r["type"] == "utterance"]
    shown = [line for line in timed if line[7:8] == "“"]
    assert [line.split("“", 1)[1].split("”", 1)[0] for line in shown] == spoken
    assert timed[-1].endswith(")") and "Einde gesprek" in timed[-1]
