"""Encrypted session logs (*.jsonl.enc) give the same report, replay and trends."""

from __future__ import annotations

import json

import pytest

from voice_companion.cli import main

from .helpers import EXPECTED, parse_html, run_cli, session_records

pytest.importorskip("cryptography", reason="encrypted logs need the cryptography package")

PASSPHRASE = "een lange geheime zin"


@pytest.fixture
def encrypted_log(tmp_path, monkeypatch):
    from voice_companion.privacy.crypto import LogKey, encrypted_path, open_log_stream

    monkeypatch.setenv("VOICE_COMPANION_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "logs"
    folder.mkdir()
    path = encrypted_path(folder / "sessie.jsonl")
    stream = open_log_stream(path, LogKey(PASSPHRASE), n=2**10)  # a cheap key derivation for the test
    for record in session_records():
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    stream.close()
    return path


def test_report_and_trends_of_an_encrypted_log(encrypted_log, tmp_path):
    assert encrypted_log.name == "sessie.jsonl.enc"
    out = tmp_path / "verslag.html"
    assert main(["report", str(encrypted_log), "-o", str(out)]) == 0
    doc = parse_html(out.read_text(encoding="utf-8"))
    shown = {r.attrs["data-technique"]: int(r.attrs["data-count"])
             for r in doc.find("table", cls="technique-counts").find_all("tr") if "data-technique" in r.attrs}
    assert {t: n for t, n in shown.items() if n} == EXPECTED["techniques"]
    assert not doc.find_all("p", cls="skipped-lines")
    trends = tmp_path / "trends.html"
    assert main(["report", str(encrypted_log.parent), "-o", str(trends)]) == 0
    row = parse_html(trends.read_text(encoding="utf-8")).find("tr", data_group="W-17")
    assert row.attrs["data-sessions"] == "1" and float(row.attrs["data-safety-median"]) == 45


def test_wrong_passphrase_is_a_clear_error(encrypted_log, tmp_path, monkeypatch):
    monkeypatch.setenv("VOICE_COMPANION_PASSPHRASE", "iets anders dan de zin")
    for source in (encrypted_log, encrypted_log.parent):
        result = run_cli("report", str(source), "-o", str(tmp_path / "x.html"))
        assert result.returncode == 2, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
