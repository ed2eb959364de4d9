"""End to end on the annotated example calls: simulate, report, and compare with the supervisor's labels.

The safety time must equal the annotated one within one line (from the `#!` line to the first
line labelled `safety` after it) and the count of `cause` questions must lie between the lines
labelled only `cause` and the lines where `cause` is one of the alternatives. These checks depend
on the classifier and crisis judgement (the lead's work): a failure here means the classifier
read a line differently from the supervisor, and the message says which line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from .helpers import REPO, parse_html, run_cli

ANNOTATED = REPO.parent / "shared" / "eval" / "annotated"
SAFETY_CRISES = ("suicide", "unsafe_vulnerable")
CALLS = ["03_zie-het-niet-meer-zitten", "06_buurkinderen-alleen", "07_vriend-slaat-waarom",
         "09_vriendin-zei-bel-maar", "12_ontruiming-hoeft-niet-meer", "13_moeder-dementie-thuiszorg"]
BADLY_HANDLED = ["07_vriend-slaat-waarom", "09_vriendin-zei-bel-maar"]

pytestmark = pytest.mark.skipif(not ANNOTATED.is_dir(), reason=f"no annotated calls at {ANNOTATED}")

_LINE = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})\s+\S")


@dataclass
class Annotation:
    interaction: str | None = None
    times: list[float] = field(default_factory=list)  # start of each worker line
    labels: list[tuple[str, ...]] = field(default_factory=list)  # technique alternatives per line
    crisis_at: dict[str, int] = field(default_factory=dict)  # crisis id -> index of its `#!` line

    def safety_line(self, crisis: str) -> int | None:
        start = self.crisis_at[crisis]
        return next((i for i in range(start, len(self.times)) if "safety" in self.labels[i]), None)

    def cause_range(self) -> tuple[int, int]:
        return (sum(1 for labels in self.labels if labels == ("cause",)),
                sum(1 for labels in self.labels if "cause" in labels))


def read(name: str) -> Annotation:
    a = Annotation()
    for raw in (ANNOTATED / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        m = _LINE.match(line)
        if m:
            hours, minutes, seconds = m.groups()
            a.times.append(int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds))
            a.labels.append(())
        elif line.startswith("#: interaction"):
            a.interaction = line.split()[-1]
        elif line.startswith("#=") and a.times:
            a.labels[-1] = tuple(line[2:].split()[0].split("|"))
        elif line.startswith("#! crisis") and a.times:
            a.crisis_at.setdefault(line.split()[-1], len(a.times) - 1)
    return a


def run(name: str, tmp_path: Path, annotation: Annotation):
    log = tmp_path / f"{name}.jsonl"
    extra = ["--interaction", annotation.interaction] if annotation.interaction else []
    result = run_cli("simulate", str(ANNOTATED / f"{name}.txt"), "--log", str(log), "--quiet", *extra)
    assert result.returncode == 0, result.stderr
    out = tmp_path / f"{name}.html"
    result = run_cli("report", str(log), "-o", str(out))
    assert result.returncode == 0, result.stderr
    return parse_html(out.read_text(encoding="utf-8"))


def _line_of(annotation: Annotation, t: float) -> int:
    """The index of the worker line that starts at `t` (or the last one before it)."""
    return max(i for i, start in enumerate(annotation.times) if start <= t + 0.01)


def _clock(t: float) -> str:
    return f"{int(t) // 60:02d}:{int(t) % 60:02d}"


@pytest.mark.parametrize("name", CALLS)
def test_safety_time_matches_the_annotation(name, tmp_path):
    annotation = read(name)
    doc = run(name, tmp_path, annotation)
    cards = {n.attrs["data-crisis"]: n for n in doc.find_all("div", cls="card") if "data-safety-seconds" in n.attrs}
    for crisis in (c for c in annotation.crisis_at if c in SAFETY_CRISES):
        first, safety = annotation.crisis_at[crisis], annotation.safety_line(crisis)
        expected = annotation.times[safety] - annotation.times[first]
        assert crisis in cards, f"{name}: no {crisis} crisis in the report (annotated at {_clock(annotation.times[first])})"
        card = cards[crisis]
        crisis_line = _line_of(annotation, float(card.attrs["data-crisis-at"]))
        assert abs(crisis_line - first) <= 1, (
            f"{name}: crisis first audible at {_clock(annotation.times[crisis_line])} in the report, "
            f"annotated at {_clock(annotation.times[first])}")
        assert card.attrs["data-safety-at"], (
            f"{name}: no safety question found; annotated at {_clock(annotation.times[safety])} "
            f"({expected:.0f} s after the crisis)")
        safety_line = _line_of(annotation, float(card.attrs["data-safety-at"]))
        assert abs(safety_line - safety) <= 1, (
            f"{name}: safety question at {_clock(annotation.times[safety_line])} in the report "
            f"({float(card.attrs['data-safety-seconds']):.0f} s), annotated at {_clock(annotation.times[safety])} "
            f"({expected:.0f} s)")


@pytest.mark.parametrize("name", sorted(p.stem for p in ANNOTATED.glob("*.txt")) if ANNOTATED.is_dir() else [])
def test_cause_count_matches_the_annotation(name, tmp_path):
    annotation = read(name)
    doc = run(name, tmp_path, annotation)
    card = next(n for n in doc.find_all("div", cls="card") if "data-cause" in n.attrs)
    low, high = annotation.cause_range()
    counted = int(card.attrs["data-cause"])
    assert low <= counted <= high, f"{name}: {counted} cause questions in the report, annotated {low}..{high}"


@pytest.mark.parametrize("name", BADLY_HANDLED)
def test_the_badly_handled_calls_summary_names_the_late_safety_question_and_the_digging(name, tmp_path):
    annotation = read(name)
    doc = run(name, tmp_path, annotation)
    points = {li.attrs["data-rule"]: li.text() for li in doc.find("div", cls="points").find_all("li")}
    assert "safety_late" in points, f"{name}: points to discuss are {points}"
    assert re.search(r"Veiligheidsvraag na \d+ min \d\d s \(norm 60 s\)", points["safety_late"])
    assert "cause" in points, f"{name}: points to discuss are {points}"
    assert "waarom-vra" in points["cause"]
