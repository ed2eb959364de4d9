"""`report LOG`: the HTML carries what the log says, read back from its structure."""

from __future__ import annotations

import json
import os
import stat
from collections import Counter
from pathlib import Path

import pytest

from voice_companion.cli import main

from .helpers import EXPECTED, Node, parse_html, run_cli, session_records, write_log


def make_report(log: Path, tmp_path: Path) -> tuple[str, Node]:
    out = tmp_path / "verslag.html"
    assert main(["report", str(log), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    return text, parse_html(text)


def test_phase_timeline_entries(log, tmp_path):
    _, doc = make_report(log, tmp_path)
    rows = [r for r in doc.find("table", cls="phase-timeline").find_all("tr") if "data-phase" in r.attrs]
    assert [(r.attrs["data-phase"], float(r.attrs["data-start"]), float(r.attrs["data-end"])) for r in rows] == \
        EXPECTED["spans"]
    assert "Uitzonderingen en eerdere successen" in rows[1].text()
    assert "03:35" in rows[1].text()
    circle = {r.attrs["data-phase"]: r for r in doc.find("table", cls="circle-table").find_all("tr")
              if "data-phase" in r.attrs}
    assert list(circle) == ["current", "desired", "exceptions", "next_step"]
    assert circle["current"].attrs["data-questions"] == "4"
    assert float(circle["next_step"].attrs["data-duration"]) == 50
    assert doc.find("svg", cls="story-strip") and doc.find("svg", cls="circle-chart")


def test_technique_counts_match_the_log(log, tmp_path):
    _, doc = make_report(log, tmp_path)
    from_log = Counter(json.loads(line)["technique"] for line in log.read_text().splitlines()
                       if json.loads(line)["type"] == "match")
    rows = doc.find("table", cls="technique-counts").find_all("tr")
    shown = {r.attrs["data-technique"]: int(r.attrs["data-count"]) for r in rows if "data-technique" in r.attrs}
    assert {t: n for t, n in shown.items() if n} == dict(from_log) == EXPECTED["techniques"]
    assert all(shown[t] == from_log.get(t, 0) for t in ("coping", "scaling", "hope", "cause"))  # 0 shown as 0
    coping = doc.find("tr", data_technique="coping")
    assert "Copingvraag" in coping.text() and "1" in coping.text()
    balance = {r.attrs["data-balance"]: int(r.attrs["data-count"]) for r in doc.find_all("tr") if "data-balance" in r.attrs}
    assert balance == {"solution": 7, "problem": 1, "questions": 11, "reflect": 5}


def test_crisis_time_to_safety(log, tmp_path):
    _, doc = make_report(log, tmp_path)
    suicide = doc.find("tr", data_crisis="suicide")
    assert float(suicide.attrs["data-time-to-safety"]) == EXPECTED["time_to_safety"]
    assert "45 s" in suicide.find("td", cls="time-to-safety").text()
    assert "denk je erover om een einde aan je leven te maken" in suicide.find("td", cls="time-to-safety").text()
    assert "Suïcidaliteit" in suicide.text() and "04:58" in suicide.text()  # the start of the naming line
    cutoff = doc.find("tr", data_crisis="utility_cutoff")
    assert cutoff.attrs["data-time-to-safety"] == "" and "n.v.t." in cutoff.text()


def test_safety_question_not_asked(tmp_path):
    log = write_log(tmp_path / "geen-veiligheid.jsonl", session_records(safety=False))
    _, doc = make_report(log, tmp_path)
    suicide = doc.find("tr", data_crisis="suicide")
    assert suicide.attrs["data-time-to-safety"] == ""
    assert suicide.find("td", cls="time-to-safety").text().startswith("niet gesteld")


def test_uptake_counts(log, tmp_path):
    _, doc = make_report(log, tmp_path)
    summary = doc.find("table", cls="uptake-summary")
    assert (int(summary.attrs["data-given"]), int(summary.attrs["data-taken"]), int(summary.attrs["data-ignored"])) == \
        (EXPECTED["given"], EXPECTED["taken"], EXPECTED["ignored"])
    rows = doc.find_all("tr", cls="suggestion")
    assert [r.attrs["data-status"] for r in rows] == ["taken", "ignored", "taken", "taken"]
    assert "niet opgevolgd" in rows[1].text()
    controls = [(r.attrs["data-kind"], r.attrs["data-start"]) for r in doc.find("table", cls="control-table").find_all("tr")
                if "data-kind" in r.attrs]
    assert controls == [("mute", "120"), ("pause", "420")]


def test_scale_answers(log, tmp_path):
    _, doc = make_report(log, tmp_path)
    rows = [r for r in doc.find("table", cls="scale-table").find_all("tr") if "data-value" in r.attrs]
    assert [(float(r.attrs["data-t"]), float(r.attrs["data-value"])) for r in rows] == EXPECTED["scale"]
    assert doc.find("section", id="schaal").find_all("svg")  # the chart


def test_notes_and_marks_at_their_moments(log, tmp_path):
    assert main(["note", str(log), "--at", "03:10", "goede schaalvraag <b>hier</b>", "--author", "Sup <A>"]) == 0
    assert main(["note", str(log), "--at", "1", "opening"]) == 0
    text, doc = make_report(log, tmp_path)
    items = doc.find("ol", cls="moments").find_all("li")
    assert [(i.attrs["class"], float(i.attrs["data-at"])) for i in items] == [("note", 1), ("note", 190), ("mark", 205)]
    assert "goede schaalvraag <b>hier</b>" in items[1].text() and "Sup <A>" in items[1].text()
    assert "<b>hier</b>" not in text  # escaped, not markup
    transcript = doc.find("table", cls="transcript")
    notes = transcript.find_all("tr", cls="k-note")
    assert [n.attrs["data-t"] for n in notes] == ["1", "190"]


def test_user_text_is_escaped(log, tmp_path):
    text, doc = make_report(log, tmp_path)
    assert "<script" not in text.lower()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in text
    assert "<script>alert('x')</script>" in doc.find("table", cls="transcript").text()


def test_self_contained(log, tmp_path):
    text, doc = make_report(log, tmp_path)
    assert not doc.find_all("script") and not doc.find_all("link") and not doc.find_all("img")
    for node in doc.iter():
        for name in ("src", "href", "xlink:href"):
            value = node.attrs.get(name)
            assert value is None or value.startswith("#") or value.startswith("data:"), (node.tag, value)
    assert "http://" not in text.replace("http://www.w3.org/", "") and "https://" not in text
    assert "@media print" in text and "size: A4" in text


def test_redaction_marked(log, tmp_path):
    _, doc = make_report(log, tmp_path)
    assert doc.find("p", cls="redaction").attrs["data-redacted"] == "1"
    assert doc.find("table", cls="transcript").find_all("span", cls="redacted-tag")


def test_skipped_lines_are_reported(tmp_path):
    log = write_log(tmp_path / "kapot.jsonl", session_records(),
                    ["this is no json", '{"type": "utterance", "t": 12', "\x00\x01"])
    text, doc = make_report(log, tmp_path)
    notice = doc.find("p", cls="skipped-lines")
    assert notice.attrs["data-skipped"] == "3"
    assert "3 regels" in notice.text() and "overgeslagen" in notice.text()
    # the rest of the report is still there
    assert doc.find("tr", data_crisis="suicide")


def test_truncated_log_still_reports(tmp_path):
    full = write_log(tmp_path / "heel.jsonl", session_records())
    data = full.read_bytes()
    cut = tmp_path / "afgebroken.jsonl"
    cut.write_bytes(data[: len(data) // 2 + 17])
    _, doc = make_report(cut, tmp_path)
    assert doc.find("p", cls="skipped-lines").attrs["data-skipped"] == "1"
    assert doc.find("table", cls="phase-timeline")


def test_report_file_is_private(log, tmp_path):
    out = tmp_path / "verslag.html"
    out.write_text("old")
    os.chmod(out, 0o644)
    assert main(["report", str(log), "-o", str(out)]) == 2  # not a report it wrote: only with --force
    assert out.read_text() == "old"
    assert main(["report", str(log), "-o", str(out), "--force"]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text().startswith("<!DOCTYPE html>")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_report_leaves_the_log_alone(log, tmp_path):
    before = log.read_bytes()
    make_report(log, tmp_path)
    assert log.read_bytes() == before


@pytest.mark.parametrize("case", ["missing", "empty-dir", "missing-out-dir", "overwrite-log", "overwrite-notes",
                                  "garbage", "worker-on-file", "out-is-dir"])
def test_bad_input_is_one_line_exit_2(case, log, tmp_path):
    out = str(tmp_path / "verslag.html")
    source = str(log)
    if case == "missing":
        source = str(tmp_path / "nergens.jsonl")
    elif case == "empty-dir":
        (tmp_path / "leeg").mkdir()
        source = str(tmp_path / "leeg")
    elif case == "missing-out-dir":
        out = str(tmp_path / "bestaat-niet" / "verslag.html")
    elif case == "overwrite-log":
        out = str(log)
    elif case == "overwrite-notes":
        out = str(log) + ".notes.jsonl"
    elif case == "garbage":
        source = str(tmp_path / "rommel.jsonl")
        Path(source).write_text("niets\nnog minder\n")
    elif case == "out-is-dir":
        out = str(tmp_path)
    args = ["report", source, "-o", out] + (["--worker", "x"] if case == "worker-on-file" else [])
    result = run_cli(*args)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("voice-companion: error: "), result.stderr
    assert "Traceback" not in result.stderr
    assert log.read_bytes()  # untouched
