"""Privacy tests never see the user's own passphrase or config."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_user_secrets(monkeypatch):
    monkeypatch.delenv("VOICE_COMPANION_PASSPHRASE", raising=False)
    monkeypatch.delenv("VOICE_COMPANION_CONFIG", raising=False)
