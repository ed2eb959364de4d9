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


# A4 (210 mm) less the report's page margins (14 mm each side), in CSS pixels (96 per inch)
A4_CONTENT_PX = int((210 - 2 * 14) / 25.4 * 96)

OVERFLOW_JS = """() => {
  const page = document.documentElement.clientWidth;
  const out = [];
  for (const table of document.querySelectorAll('table')) {
    const box = table.getBoundingClientRect();
    if (box.right > page + 1 || box.left < -1) out.push(`table ${table.className} ${box.left}-${box.right} > ${page}`);
    for (const cell of table.querySelectorAll('th, td')) {
      if (cell.scrollWidth > cell.clientWidth + 1) out.push(`${table.className} cell "${cell.textContent.slice(0, 30)}" ${cell.scrollWidth} > ${cell.clientWidth}`);
    }
  }
  if (document.documentElement.scrollWidth > page + 1) out.push(`page ${document.documentElement.scrollWidth} > ${page}`);
  return out;
}"""


@pytest.fixture
def many_trends(tmp_path):
    """Trends over sessions of workers with long pseudonyms over several weeks, some with a report beside the log."""
    from datetime import timedelta

    from .helpers import START
    from .test_story import bad_call, good_call

    folder = tmp_path / "logs"
    folder.mkdir()
    for i in range(12):
        worker = ["W-17", "Nachtdienst-Amsterdam-Zuidoost", "onbekend-werker-met-lange-naam"][i % 3]
        start = START + timedelta(days=5 * i)
        records = bad_call(worker, start) if i % 4 == 0 else good_call(worker, start, safety_at=60 + 9 * i)
        log = write_log(folder / f"session-{i:02d}.jsonl", records)
        if i % 2 == 0:
            assert main(["report", str(log), "-o", str(folder / f"session-{i:02d}.html")]) == 0
    out = tmp_path / "trends" / "trends.html"
    out.parent.mkdir()
    assert main(["report", str(folder), "-o", str(out)]) == 0
    return out


def test_trends_print_on_a4_without_overlap(browser, many_trends):
    page = browser.new_page(viewport={"width": A4_CONTENT_PX, "height": 1100})
    try:
        page.goto(many_trends.as_uri(), wait_until="load")
        page.emulate_media(media="print")
        problems = page.evaluate(OVERFLOW_JS)
        assert problems == [], "\n".join(problems)
        # the small print under a figure is no larger than the table it stands in
        larger = page.evaluate("""() => [...document.querySelectorAll('table.trend-table .hint')]
            .filter(h => parseFloat(getComputedStyle(h).fontSize) > parseFloat(getComputedStyle(h.closest('table')).fontSize))
            .map(h => h.textContent.slice(0, 30))""")
        assert larger == [], larger
        pdf = page.pdf(format="A4", prefer_css_page_size=True)
        boxes = {tuple(float(v) for v in box.split()) for box in re.findall(rb"/MediaBox \[([^\]]*)\]", pdf)}
        assert boxes and all(abs(w - 595) < 2 and abs(h - 842) < 2 for _, _, w, h in boxes), boxes
    finally:
        page.close()


def test_single_report_prints_on_a4_without_overlap(browser, tmp_path):
    from .test_story import bad_call

    log = write_log(tmp_path / "slecht.jsonl", bad_call())
    out = tmp_path / "verslag.html"
    assert main(["report", str(log), "-o", str(out)]) == 0
    page = browser.new_page(viewport={"width": A4_CONTENT_PX, "height": 1100})
    try:
        page.goto(out.as_uri(), wait_until="load")
        page.emulate_media(media="print")
        problems = [p for p in page.evaluate(OVERFLOW_JS) if "transcript" not in p]
        assert problems == []
    finally:
        page.close()


def test_trends_link_each_session_to_its_report(browser, many_trends):
    from .helpers import parse_html

    doc = parse_html(many_trends.read_text(encoding="utf-8"))
    links = doc.find("table", cls="session-table").find_all("a")
    assert len(links) == 12
    for link in links:
        href = link.attrs["href"]
        assert not href.startswith(("/", "file:", "http")), href  # relative, so the folder can move
        target = (many_trends.parent / href).resolve()
        assert target.is_file()
        number = int(link.text().split("-")[1].split(".")[0])
        assert link.attrs["data-kind"] == ("verslag" if number % 2 == 0 else "logboek")
        assert target.suffix == (".html" if number % 2 == 0 else ".jsonl")
    page = browser.new_page()
    try:
        page.goto(many_trends.as_uri(), wait_until="load")
        page.click("a[data-kind=verslag] >> nth=0")
        page.wait_for_load_state()
        assert page.title().startswith("Terugblik op het gesprek")
    finally:
        page.close()
