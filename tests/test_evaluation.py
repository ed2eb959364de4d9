"""The classifier's targets, measured the way scripts/evaluate.py reports them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, SHARED

DEV = [SHARED / "eval" / "dev.jsonl", SHARED / "eval" / "crisis-dev.jsonl"]
INDEPENDENT = [REPO / "tests" / "data" / "eval-independent.jsonl", REPO / "tests" / "data" / "crisis-independent.jsonl"]


def evaluate(files):
    return subprocess.run([sys.executable, str(REPO / "scripts" / "evaluate.py"), *map(str, files)],
                          capture_output=True, text=True, timeout=300)


@pytest.mark.skipif(not DEV[0].exists(), reason="shared/eval not beside the repo")
def test_targets_hold_on_the_dev_data():
    proc = evaluate(DEV)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "MISSED" not in proc.stdout
    assert "technique accuracy (clean)" in proc.stdout and "crisis:" in proc.stdout


def test_targets_hold_on_an_independently_written_set():
    proc = evaluate(INDEPENDENT)
    assert proc.returncode == 0, proc.stdout
    lines = {l.split(":")[0].strip(): l for l in proc.stdout.splitlines() if "accuracy" in l}
    assert all("ok" in l for l in lines.values()), proc.stdout


def test_noise_is_reproducible_and_really_changes_the_words():
    sys.path.insert(0, str(REPO / "scripts"))
    import random

    from evaluate import add_noise

    text = "als tien rust en overzicht is en nul chaos waar zit je dan nu"
    a = [add_noise(text, 0.15, random.Random(7)) for _ in range(2)]
    assert a[0] == a[1]
    variants = {add_noise(text, 0.15, random.Random(seed)) for seed in range(20)}
    assert len(variants) > 5


def test_a_phase_left_null_is_not_judged_and_a_wrong_phase_is(tmp_path):
    data = tmp_path / "lines.jsonl"
    data.write_text('{"text": "hoe houd je het vol", "technique": "coping", "phase": null}\n'
                    '{"text": "wat zou je het liefste willen", "technique": "goal", "phase": "exceptions"}\n',
                    encoding="utf-8")
    proc = evaluate([data])
    phase = next(l for l in proc.stdout.splitlines() if "phase accuracy" in l)
    assert "0.500" in phase, proc.stdout  # the null line counts as right, the wrong phase does not


def test_training_refuses_an_unspent_locked_set_and_takes_a_spent_one():
    from voice_companion.evaluation import SPENT_ALL, SPENT_LATER, SPENT_LOCKED, SPENT_RECENT, SPENT_SINCE, first_locked

    spent = sorted(SPENT_LOCKED)[0]
    assert first_locked([Path("tests/data") / spent / "lines.jsonl"]) is None
    # locked58 and on are unread (or held out): refused
    assert first_locked([Path("tests/data/own/calls"), Path("tests/data/locked58/calls")]) == Path("tests/data/locked58/calls")
    # locked43 to locked57 are spent and train every model
    assert first_locked([Path("tests/data/locked57/crisis-lines.jsonl")]) is None
    assert "locked57" in SPENT_RECENT and "locked58" not in SPENT_RECENT and not SPENT_RECENT & SPENT_ALL
    assert first_locked([Path("/x/locked99/crisis-lines.jsonl")]) is not None
    # spent since (run once, studied): they may train
    assert first_locked([Path("tests/data/locked13/crisis-lines.jsonl")]) is None
    assert first_locked([Path("tests/data/locked42/calls")]) is None
    assert "locked13" not in SPENT_LOCKED and "locked22" in SPENT_SINCE and "locked25" in SPENT_LATER
    assert "locked43" not in SPENT_ALL and SPENT_ALL == SPENT_LOCKED | SPENT_SINCE | SPENT_LATER


def test_an_unread_crisis_writer_trains_nothing_before_its_first_read():
    """A new crisis writer is measured once before anyone reads or trains on it; the training script leaves it out."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("train_classifier", Path(__file__).parents[1] / "scripts" / "train_classifier.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    from voice_companion.evaluation import UNREAD_CRISIS_SETS
    names = {p.parent.name for p in train.DEFAULT_CRISIS_LINES}
    on_disk = {p.parent.name for p in (Path(__file__).parents[1] / "tests" / "data").glob("crisis-[ab][a-z]/crisis-lines.jsonl")}
    assert "crisis-ad" in names and not names & UNREAD_CRISIS_SETS
    assert on_disk - UNREAD_CRISIS_SETS <= names  # every writer once read trains the next crisis model
