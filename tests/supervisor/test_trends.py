"""`report DIR`: trends per worker and per ISO week."""

from __future__ import annotations

from datetime import datetime, timedelta

from voice_companion.cli import main
from voice_companion.supervisor.analysis import analyse, load_session
from voice_companion.supervisor.trends import collect, read_summary

from .helpers import parse_html, run_cli, session_records, write_log

MONDAY = datetime.fromisoformat("2025-03-03T22:00:00+01:00")  # ISO week 2025-W10


def make_folder(tmp_path):
    folder = tmp_path / "logs"
    (folder / "oud").mkdir(parents=True)
    write_log(folder / "a.jsonl", session_records("W-17", MONDAY))
    write_log(folder / "b.jsonl", session_records("W-17", MONDAY + timedelta(days=7), safety=False))
    write_log(folder / "oud" / "c.jsonl", session_records("W-22", MONDAY + timedelta(days=8)))
    write_log(folder / "d.jsonl", session_records(None, MONDAY + timedelta(days=1)), ["kapot"])
    (folder / "a.jsonl.notes.jsonl").write_text('{"at": 1, "text": "notitie, geen sessie"}\n')
    (folder / "rommel.jsonl").write_text("geen log\n")
    (folder / "lees-mij.txt").write_text("geen log\n")
    return folder


def groups(doc, cls):
    return {r.attrs["data-group"]: r for r in doc.find("table", cls=cls).find_all("tr") if "data-group" in r.attrs}


def test_light_reading_gives_the_same_figures_as_the_full_report(tmp_path):
    log = write_log(tmp_path / "x.jsonl", session_records())
    full = load_session(log)
    light = read_summary(log)
    assert light.techniques == full.techniques
    assert light.safety == full.safety_delays() == [45.0]
    assert (light.given, light.taken) == (len(full.suggestions), full.taken_up)
    assert light.duration == full.duration


def test_trends_per_worker_and_week(tmp_path):
    folder = make_folder(tmp_path)
    out = tmp_path / "trends.html"
    assert main(["report", str(folder), "-o", str(out)]) == 0
    doc = parse_html(out.read_text(encoding="utf-8"))
    workers = groups(doc, "worker-table")
    assert list(workers) == ["W-17", "W-22", "onbekend"]
    assert workers["W-17"].attrs["data-sessions"] == "2"
    assert float(workers["W-17"].attrs["data-safety-median"]) == 45.0
    assert workers["W-17"].attrs["data-safety-missing"] == "1"
    assert "niet gesteld" in workers["W-17"].text()
    assert (workers["W-17"].attrs["data-given"], workers["W-17"].attrs["data-taken"]) == ("8", "5")
    mix = dict(item.split(":") for item in workers["W-22"].attrs["data-techniques"].split())
    assert mix["coping"] == "1" and mix["scaling"] == "2" and mix["summary"] == "3"
    weeks = groups(doc, "week-table")
    assert list(weeks) == ["2025-W10", "2025-W11"]
    assert weeks["2025-W10"].attrs["data-sessions"] == "2" and weeks["2025-W11"].attrs["data-sessions"] == "2"
    assert doc.find("p", cls="skipped-lines").attrs["data-skipped"] == "1"
    assert doc.find("p", cls="unreadable").attrs["data-count"] == "1"  # rommel.jsonl; the notes file is no log
    assert len(doc.find("table", cls="session-table").find_all("tr")) == 1 + 4
    assert doc.find("section", id="grafiek").find_all("svg")
    assert not doc.find_all("script")


def test_worker_filter(tmp_path):
    folder = make_folder(tmp_path)
    trends = collect(folder, "w-22")
    assert [s.worker for s in trends.sessions] == ["W-22"]
    assert [s.worker for s in collect(folder, "onbekend").sessions] == ["onbekend"]
    result = run_cli("report", str(folder), "-o", str(tmp_path / "t.html"), "--worker", "niemand")
    assert result.returncode == 2 and "W-17" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_folder_errors(tmp_path):
    (tmp_path / "leeg").mkdir()
    (tmp_path / "rommel").mkdir()
    (tmp_path / "rommel" / "x.jsonl").write_text("geen log\n")
    for folder in ("leeg", "rommel"):
        result = run_cli("report", str(tmp_path / folder), "-o", str(tmp_path / "t.html"))
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    folder = make_folder(tmp_path)
    result = run_cli("report", str(folder), "-o", str(folder / "a.jsonl"))
    assert result.returncode == 2 and "never overwritten" in result.stderr


def test_iso_week_from_session_start(tmp_path):
    records = session_records("W-1", datetime.fromisoformat("2024-12-30T23:59:00+01:00"))
    assert analyse(records).started_at.isocalendar()[:2] == (2025, 1)
    write_log(tmp_path / "x.jsonl", records)
    assert collect(tmp_path).sessions[0].week == "2025-W01"


def test_many_logs_are_read_in_worker_processes_with_the_same_result(tmp_path, monkeypatch):
    from voice_companion.supervisor import trends as trends_module

    folder = make_folder(tmp_path)
    serial = collect(folder)
    monkeypatch.setattr(trends_module, "PARALLEL_FROM", 2)
    monkeypatch.setattr(trends_module.os, "cpu_count", lambda: 2)
    parallel = collect(folder)
    assert [(s.path, s.techniques, s.safety, s.taken) for s in parallel.sessions] == \
        [(s.path, s.techniques, s.safety, s.taken) for s in serial.sessions]
    assert parallel.unreadable == serial.unreadable
