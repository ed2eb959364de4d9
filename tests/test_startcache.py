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
