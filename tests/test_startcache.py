"""The start-up cache: a checked bank comes back from it unchanged; any change to the bank or its learned files checks
afresh; a bank with errors is never cached; no cache folder, or one that cannot be written, changes nothing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from voice_companion.bank import BankErrors, load_bank

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def bank_copy(tmp_path):
    """The shipped bank and its learned files in a folder of their own."""
    for path in (REPO / "prompts").glob("nl*"):
        if path.is_file():
            shutil.copy2(path, tmp_path / path.name)
    return tmp_path / "nl.yaml"


def _cached_files():
    folder = Path(os.environ["XDG_CACHE_HOME"]) / "voice-companion"
    return sorted(folder.glob("bank-*.pickle")) if folder.is_dir() else []


def test_a_checked_bank_comes_back_from_the_cache_unchanged(bank_copy):
    first = load_bank(bank_copy)
    assert len(_cached_files()) == 1
    again = load_bank(bank_copy)
    assert again == first and again is not first
    assert len(_cached_files()) == 1


def test_a_changed_bank_is_checked_afresh_and_its_errors_are_never_cached(bank_copy):
    load_bank(bank_copy)
    text = bank_copy.read_text(encoding="utf-8")
    assert "    settled:\n      - all: [" in text
    bank_copy.write_text(text.replace("    settled:\n      - all: [", "    settled:\n      - al: [", 1), encoding="utf-8")
    with pytest.raises(BankErrors):
        load_bank(bank_copy)
    with pytest.raises(BankErrors):  # and again: the broken bank was not cached
        load_bank(bank_copy)
    assert len(_cached_files()) == 1


def test_a_learned_file_that_no_longer_fits_is_checked_afresh(bank_copy):
    load_bank(bank_copy)
    model = bank_copy.with_name("nl-model.npz")
    model.write_bytes(b"not a model")
    with pytest.raises(BankErrors) as caught:
        load_bank(bank_copy)
    assert "nl-model.npz" in str(caught.value)


def test_without_a_cache_nothing_is_written(bank_copy, monkeypatch):
    monkeypatch.setenv("VOICE_COMPANION_CACHE", "off")
    assert load_bank(bank_copy).questions
    assert _cached_files() == []


def test_a_cache_folder_that_cannot_be_written_changes_nothing(bank_copy, monkeypatch, tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    monkeypatch.setenv("VOICE_COMPANION_CACHE", str(blocked / "cache"))
    assert load_bank(bank_copy) == load_bank(bank_copy)


def test_a_damaged_cache_file_is_passed_by(bank_copy):
    first = load_bank(bank_copy)
    [cached] = _cached_files()
    cached.write_bytes(b"\x80\x04 damaged")
    assert load_bank(bank_copy) == first


def test_the_crisis_rules_and_the_models_come_back_from_the_cache_and_judge_the_same(bank_copy):
    from voice_companion.classifier import Classifier
    from voice_companion.model import _load

    lines = ["je hebt je spullen weggegeven aan je broer", "ze hebben het gas afgesloten en het is koud",
             "wat zou je morgen anders willen", "ben je op dit moment veilig"]
    _load.cache_clear()
    first = [Classifier(load_bank(bank_copy)).classify(line).to_json() for line in lines]
    folder = Path(os.environ["XDG_CACHE_HOME"]) / "voice-companion"
    assert list(folder.glob("rules-*.pickle")) and len(list(folder.glob("model-*.pickle"))) >= 4
    _load.cache_clear()
    again = [Classifier(load_bank(bank_copy)).classify(line).to_json() for line in lines]
    assert again == first
    assert any(row["crisis"] or row.get("possible") for row in again)  # the rules and the crisis model took part


def test_a_model_file_with_other_bytes_is_read_afresh(bank_copy):
    from voice_companion.model import TechniqueModel, _load

    path = bank_copy.with_name("nl-crisis-model.npz")
    _load.cache_clear()
    model = TechniqueModel.load(path)
    model.bias = model.bias + 1.0
    model.save(path)  # (clears the in-memory copy; the cache's key is the file's bytes)
    assert float(TechniqueModel.load(path).bias[0]) == pytest.approx(float(model.bias[0]), abs=1e-6)


def test_only_the_newest_versions_of_a_kind_are_kept():
    from voice_companion import startcache

    folder = Path(os.environ["XDG_CACHE_HOME"]) / "voice-companion"
    for i in range(startcache.KEEP + 3):
        assert startcache.cached("trial", [bytes([i])], lambda i=i: i) == i
        for path in folder.glob("trial-*.pickle"):  # (older files older on any clock)
            os.utime(path, (path.stat().st_mtime - 1, path.stat().st_mtime - 1))
    assert len(list(folder.glob("trial-*.pickle"))) == startcache.KEEP
    assert startcache.cached("trial", [bytes([startcache.KEEP + 2])], lambda: "built again") == startcache.KEEP + 2
    assert startcache.cached("trial", [bytes([0])], lambda: "built again") == "built again"
