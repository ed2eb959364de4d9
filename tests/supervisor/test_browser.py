"""The reports in a real headless Chromium: no errors, no network, something to see, prints on A4."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest

from voice_companion.cli import main

from .helpers import session_records, write_log

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e .[test])")
Image = pytest.importorskip("PIL.Image", reason="pillow is not installed (pip install -e .[test])")
ImageStat = pytest.importorskip("PIL.ImageStat")
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason=f"no Chromium at {CHROMIUM}: install Debian's chromium package to run browser checks")


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def reports(tmp_path):
    folder = tmp_path / "logs"
    folder.mkdir()
    log = write_log(folder / "sessie.jsonl", session_records(), ["kapot"])
    write_log(folder / "andere.jsonl", session_records("W-2", safety=False))
    assert main(["note", str(log), "--at", "03:10", "goede schaalvraag", "--author", "Sup A"]) == 0
    report, trends = tmp_path / "verslag.html", tmp_path / "trends.html"
    assert main(["report", str(log), "-o", str(report)]) == 0
    assert main(["report", str(folder), "-o", str(trends)]) == 0
    return [report, trends]


def open_page(browser, path: Path):
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    requests, problems = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: problems.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
    page.goto(path.as_uri(), wait_until="load")
    return page, requests, problems


def test_reports_open_offline_without_errors(browser, reports):
    for path in reports:
        page, requests, problems = open_page(browser, path)
        try:
            assert requests == [path.as_uri()], f"{path.name} asked for {requests}"
            assert problems == [], problems
            assert page.title()
            shot = Image.open(io.BytesIO(page.screenshot(full_page=True))).convert("L")
            spread = ImageStat.Stat(shot).stddev[0]
            assert spread > 20, f"{path.name} looks blank (pixel spread {spread:.1f})"
            assert shot.size[1] > 1500  # the whole report, not one empty screen
        finally:
            page.close()


def test_report_prints_on_a4(browser, reports):
    page, _, problems = open_page(browser, reports[0])
    try:
        page.emulate_media(media="print")
        assert page.evaluate("getComputedStyle(document.querySelector('nav.toc')).display") == "none"
        pdf = page.pdf(prefer_css_page_size=True)
        assert pdf.startswith(b"%PDF")
        assert pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") >= 2
        boxes = {tuple(float(v) for v in box.split()) for box in re.findall(rb"/MediaBox \[([^\]]*)\]", pdf)}
        assert boxes and all(abs(w - 595) < 2 and abs(h - 842) < 2 for _, _, w, h in boxes), boxes  # A4 in points
        assert problems == []
    finally:
        page.close()
