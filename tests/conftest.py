"""Shared fixtures: the real question bank, a private temporary data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# Property tests: the same examples on every run, so CI on a clean clone passes or fails for a reason;
# HYPOTHESIS_PROFILE=explore draws new examples (run it now and then, and fix what it finds).
try:
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("ci", derandomize=True)
    _hypothesis_settings.register_profile("explore", derandomize=False)
    _hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
except ImportError:  # hypothesis is a test extra
    pass


@pytest.fixture(autouse=True)
def _private_data_home(tmp_path_factory, monkeypatch):
    """Never write into the real user's data folder from a test."""
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    # messages in the code's language (English msgids); tests/test_i18n.py checks Dutch, the default
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture(scope="session")
def bank():
    from voice_companion.bank import load_bank

    return load_bank()


def run_cli(*args: str, stdin: bytes | None = None, env: dict | None = None, timeout: float = 60):
    """Run `python -m voice_companion ARGS` as a user would; returns CompletedProcess."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "voice_companion", *args], input=stdin,
                          capture_output=True, cwd=REPO, env=full_env, timeout=timeout)


@pytest.fixture(scope="session")
def classifier(bank):
    from voice_companion.classifier import Classifier

    return Classifier(bank)
