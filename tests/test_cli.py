"""The command line as a user meets it: answers, logs, and one-line errors."""

from __future__ import annotations

import json
import os
import stat

import pytest

from conftest import REPO, SHARED, run_cli
from voice_companion.sessionlog import read_log

SESSION = SHARED / "eval" / "sessions" / "afsluiting-energie.txt"
DEMO = REPO / "voice_companion" / "data" / "demo-session.txt"


def assert_one_line_error(proc, *words):
    assert proc.returncode == 2, proc.stderr
    err = proc.stderr.decode()
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    for word in words:
        assert word in err


def test_classify_writes_one_json_object_per_line():
    proc = run_cli("classify", stdin="hoe hou je het vol\nja\n\nals tien rust is en nul chaos waar zit je\n".encode())
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(rows) == 4
    assert set(rows[0]) == {"text", "technique", "phase", "question_id", "score", "crisis", "possible"}
    assert rows[0]["technique"] == "coping" and rows[0]["phase"] == "current"  # how the caller copes now
    assert rows[1]["technique"] == "none" and rows[2]["technique"] == "none"
    assert rows[3]["technique"] == "scaling"
    assert all(0 <= r["score"] <= 100 for r in rows)


def test_classify_survives_huge_and_non_utf8_lines_and_loses_nothing():
    stdin = b"x" * 10_000 + b"\n" + b"hoe red je het \xff\xfe\n" + b"waar hoop je op\n"
    proc = run_cli("classify", stdin=stdin)
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(rows) == 3  # every line answered
    assert rows[1]["technique"] == "coping" and rows[2]["technique"] == "hope"
    assert proc.returncode == 2
    assert "line 2 is not UTF-8" in proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()


@pytest.mark.skipif(not SESSION.exists(), reason="shared/eval session script not beside the repo")
def test_simulate_writes_a_log_that_matches_the_contract(tmp_path):
    log = tmp_path / "s.jsonl"
    proc = run_cli("simulate", str(SESSION), "--log", str(log))
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    contents = read_log(log)
    assert contents.skipped == 0
    records = contents.records
    assert records[0]["type"] == "session_start" and records[-1]["type"] == "session_end"
    assert {"schema", "lang", "bank", "source"} <= set(records[0])
    required = {"utterance": {"text", "start", "end", "source"}, "match": {"question_id", "technique", "phase", "score"},
                "phase": {"phase", "previous"}, "crisis": {"crisis", "trigger"},
                "suggestion": {"question_id", "text", "technique", "phase", "reason", "channel"},
                "session_end": {"reason"}}
    for r in records:
        assert {"type", "t", "ts"} <= set(r)
        assert set(required.get(r["type"], ())) <= set(r), r
    ts = [r["t"] for r in records]
    assert ts == sorted(ts)
    types = [r["type"] for r in records]
    assert types.count("utterance") == 13 and types.count("match") == 13
    crises = [r for r in records if r["type"] == "crisis"]
    assert [c["crisis"] for c in crises] == ["utility_cutoff"]
    phases = [r["phase"] for r in records if r["type"] == "phase"]
    assert phases and phases[-1] == "next_step"
    assert any(r["type"] == "suggestion" for r in records)


def test_simulate_bad_script_names_the_line_and_writes_nothing(tmp_path):
    script = tmp_path / "bad.txt"
    script.write_text("00:04 goedenavond\nzonder tijd\n")
    log = tmp_path / "s.jsonl"
    proc = run_cli("simulate", str(script), "--log", str(log))
    assert_one_line_error(proc, "bad.txt:2", "MM:SS")
    assert not log.exists()


def test_simulate_missing_script_and_existing_log(tmp_path):
    assert_one_line_error(run_cli("simulate", str(tmp_path / "nope.txt")), "no session script")
    log = tmp_path / "s.jsonl"
    log.write_text("keep me\n")
    proc = run_cli("simulate", str(DEMO), "--log", str(log))
    assert_one_line_error(proc, "already exists")
    assert log.read_text() == "keep me\n"


def test_demo_runs_without_microphone_or_model_and_shows_the_log(tmp_path):
    proc = run_cli("demo", "--speed", "0")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert "➜" in out and "CRISIS" in out
    log_line = [l for l in proc.stderr.decode().splitlines() if l.startswith("log: ")]
    assert log_line
    contents = read_log(log_line[0][5:])
    assert contents.records[-1]["type"] == "session_end"
    assert stat.S_IMODE((contents.path.parent).stat().st_mode) == 0o700


def test_lookup_command():
    proc = run_cli("lookup", "schaalvraag")
    assert proc.returncode == 0
    assert "Schaalvraag" in proc.stdout.decode()
    proc = run_cli("lookup", "--json", "hoop")
    assert json.loads(proc.stdout)["technique"] == "hope"


def test_bank_check_ok_and_errors_name_file_and_line(tmp_path):
    proc = run_cli("bank", "check")
    assert proc.returncode == 0 and "ok" in proc.stdout.decode()
    bank = (REPO / "prompts" / "nl.yaml").read_text(encoding="utf-8")
    lines = bank.splitlines()
    # duplicate the first question id and give the second question an unknown technique
    ids = [i for i, l in enumerate(lines) if l.strip().startswith("- id:")]
    first_id = lines[ids[0]].split(":", 1)[1].strip()
    lines[ids[1]] = lines[ids[1]].split("- id:")[0] + f"- id: {first_id}"
    bad = tmp_path / "bad.yaml"
    bad.write_text("\n".join(lines), encoding="utf-8")
    proc = run_cli("bank", "check", str(bad))
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert f"{bad}:{ids[1] + 1}: duplicate question id '{first_id}'" in err
    tech = next(i for i in range(ids[2], len(lines)) if lines[i].strip().startswith("technique:"))
    lines[tech] = lines[tech].split("technique:")[0] + "technique: wondervraag"
    bad.write_text("\n".join(lines), encoding="utf-8")
    err = run_cli("bank", "check", str(bad)).stderr.decode()
    assert f"{bad}:{tech + 1}:" in err and "unknown technique 'wondervraag'" in err
    # a broken bank given to another command: one line, exit 2
    assert_one_line_error(run_cli("lookup", "hoop", "--bank", str(bad)), "bank check")


def test_usage_errors_are_one_line():
    assert_one_line_error(run_cli("simulate"), "script")
    assert_one_line_error(run_cli("demo", "--speed", "fast"), "--speed")


def test_a_log_readable_by_others_is_warned_about_but_still_read(tmp_path):
    log = tmp_path / "s.jsonl"
    assert run_cli("simulate", str(DEMO), "--log", str(log), "--quiet").returncode == 0
    os.chmod(log, 0o644)
    proc = run_cli("replay", str(log), "--speed", "0")
    assert proc.returncode == 0
    assert "readable by group and others" in proc.stderr.decode()
    os.chmod(log, 0o600)
    assert "readable" not in run_cli("replay", str(log), "--speed", "0").stderr.decode()


def test_a_taken_port_for_the_page_is_one_line_in_the_readers_language():
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        dutch = run_cli("demo", "--speed", "0", "--page", "--port", port, env={"LANG": "nl_NL.UTF-8", "LANGUAGE": ""})
        english = run_cli("demo", "--speed", "0", "--page", "--port", port, env={"LANG": "en_US.UTF-8", "LANGUAGE": ""})
    assert_one_line_error(dutch, port, "de poort is al in gebruik", "--port")
    assert "already in use" not in dutch.stderr.decode()  # not the system's English text inside a Dutch line
    assert_one_line_error(english, port, "the port is already in use")


@pytest.mark.parametrize("failure, reason", [(KeyboardInterrupt, "interrupted"), (RuntimeError, "error")])
def test_a_session_whose_page_fails_to_start_still_ends_its_log(tmp_path, monkeypatch, failure, reason):
    import argparse

    import voice_companion.live.wiring as wiring
    from voice_companion.commands.simulate import run_script_session

    def start_live(*args, **kwargs):
        raise failure("the page did not come up")

    monkeypatch.setattr(wiring, "start_live", start_live)
    log = tmp_path / "s.jsonl"
    if failure is KeyboardInterrupt:
        try:
            code = run_script_session(DEMO, log=str(log), speed=0, bank=None, quiet=True,
                                      live_args=argparse.Namespace())
        except KeyboardInterrupt:
            pytest.fail("a Ctrl-C while the page starts escaped the session")
        assert code == 130
    else:
        with pytest.raises(RuntimeError):
            run_script_session(DEMO, log=str(log), speed=0, bank=None, quiet=True, live_args=argparse.Namespace())
    records = read_log(log).records
    assert records[0]["type"] == "session_start" and records[-1] == {**records[-1], "type": "session_end", "reason": reason}
