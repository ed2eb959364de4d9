"""Fixtures for the live page: real headless Chromium (Debian's), a live session."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from .helpers import open_test_session, read_records
from voice_companion.live.server import LivePage

CHROMIUM = os.environ.get("VOICE_COMPANION_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium); "
                    "the live page tests need a real browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class FakePTT:
    """Stands in for the microphone at the hardware edge: returns a fixed text."""

    def __init__(self, text: str = "schaalvraag"):
        self.text = text
        self.presses = 0
        self.releases = 0

    def press(self) -> None:
        self.presses += 1

    def release(self) -> str:
        self.releases += 1
        return self.text


@dataclass
class Live:
    session: Any
    bank: Any
    page_server: LivePage
    log_path: Path
    ptt: FakePTT | None
    url: str = ""
    pages: list = field(default_factory=list)

    def records(self, type_: str | None = None) -> list[dict]:
        records = read_records(self.log_path)
        return [r for r in records if type_ is None or r["type"] == type_]

    def wait_for_record(self, predicate, timeout: float = 5.0) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for record in read_records(self.log_path):
                if predicate(record):
                    return record
            time.sleep(0.02)
        raise AssertionError("no such record in the session log")


def _make_live(tmp_path: Path, **page_kw) -> Live:
    log_path = tmp_path / "session.jsonl"
    session, bank = open_test_session(log_path)
    session.run_in_thread()
    ptt = page_kw.pop("ptt", FakePTT())
    server = LivePage(session, bank, ptt=ptt, **page_kw)
    live = Live(session=session, bank=bank, page_server=server, log_path=log_path, ptt=ptt)
    live.url = server.start()
    return live


@pytest.fixture
def make_live(tmp_path):
    made: list[Live] = []
    counter = [0]

    def factory(**page_kw) -> Live:
        counter[0] += 1
        folder = tmp_path / f"live{counter[0]}"
        folder.mkdir()
        live = _make_live(folder, **page_kw)
        made.append(live)
        return live

    yield factory
    for live in made:
        live.page_server.close()
        live.session.stop()


@pytest.fixture
def live(make_live):
    return make_live()
