"""The learned redaction tagger: shipped, read with numpy, added to the rules, kept off ordinary talk."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from voice_companion.privacy import tagger as tg
from voice_companion.privacy.redact import Redactor

REPO = Path(__file__).resolve().parents[2]
RULES = Redactor(tagger=None)
BOTH = Redactor()


def test_the_model_ships_and_loads_without_pickle():
    assert tg.MODEL_FILE.is_file()
    with np.load(tg.MODEL_FILE, allow_pickle=False) as data:
        assert set(data.files) >= {"features", "weights", "bias", "labels", "threshold", "vocab"}
        assert data["weights"].shape == (len(data["features"]), len(data["labels"]))
    t = tg.load_tagger()
    assert t is not None and t.labels[0] == "" and 0 < t.threshold < 1


def test_a_missing_or_broken_model_leaves_the_rules(tmp_path):
    assert tg.load_tagger(tmp_path / "none.npz") is None
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip")
    assert tg.load_tagger(bad) is None
    r = Redactor(tagger=tg.load_tagger(bad))
    assert r("bel me op 0612345678")[0] == "bel me op [telefoonnummer]"


@pytest.mark.parametrize("lines", [
    # what the rules alone leave: a date with no cue and a two-digit year, an e-mail said without its ending
    # (the rules took "drie hoog achter" and "punt n l" in round 4, a day, month and year in round 5:
    # see test_round4.py, test_round5.py)
    ["dus februari zevenenzeventig"],
    ["mijn mail is joost punt mulder at ziggo"],
])
def test_the_tagger_takes_what_the_rules_leave(lines):
    rules = Redactor(tagger=None, window=True).redact_lines(lines)
    both = Redactor(window=True).redact_lines(lines)
    assert both != rules
    left = " ".join(both).split()
    assert not {"februari", "zevenenzeventig", "ziggo"} & set(left), both


@pytest.mark.parametrize("text", [
    "tel maar mee een twee drie vier vijf zes zeven acht",
    "tien negen acht zeven zes vijf vier drie twee een",
    "de a b c d van de zorg",
    "bel gerust nul achthonderd nul een een drie",
    "ik woon in de Dorpsstraat",
    "ik heb in de Kalverstraat een jas gekocht",
    "mijn broer is dertig en mijn zus is achtentwintig",
    "dat is dan twee keer twee",
])
def test_ordinary_talk_stays(text):
    assert BOTH(text) == (text, False)


def test_counting_and_service_numbers_are_vetoed():
    bare = "tel mee een twee drie en nul achthonderd nul een een drie".split()
    veto = tg._counting_or_service(bare)
    assert {2, 3, 4} <= veto  # een twee drie
    assert {6, 7, 8, 9, 10, 11} <= veto  # 0800 0113
    assert not tg._counting_or_service("nul zes eenentwintig zevenenzestig".split())


def test_a_second_pass_changes_nothing():
    for text in ["u woont op de lindengracht twaalf drie hoog achter", "het is p de boer at ziggo punt n l",
                 "A:0000000 O", "NUL 000000000 NUL"]:
        out, _ = BOTH(text)
        assert BOTH(out) == (out, False)


def test_the_trainer_rejects_bad_options_in_one_line():
    run = subprocess.run([sys.executable, str(REPO / "scripts/train_redaction.py"), "--threshold", "2"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert run.stderr.strip().count("\n") == 0 and "--threshold" in run.stderr
    assert "Traceback" not in run.stderr


def test_the_model_is_package_data():
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert "privacy/*.npz" in text
    assert "voice_companion/privacy/tagger.npz" in (REPO / "MANIFEST.in").read_text(encoding="utf-8")


def test_the_shipped_file_is_a_plain_npz():
    assert zipfile.is_zipfile(tg.MODEL_FILE)
    with zipfile.ZipFile(tg.MODEL_FILE) as z:
        assert all(name.endswith(".npy") for name in z.namelist())
