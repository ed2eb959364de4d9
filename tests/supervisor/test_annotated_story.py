"""End to end on annotated calls: simulate, report, and compare with the supervisor's labels.

The calls are the shared example calls (`../shared/eval/annotated/`), the team's own annotated
calls (`tests/data/own/calls/`) and a badly handled unsafe-child call written for the supervisor's
report (`data/kind-onveilig-waarom.txt`: nine "waarom" questions, the safety question 9 min 51 s late).

The safety time must equal the annotated one within one line (from the `#!` line to the first
line labelled `safety` after it) and the count of `cause` questions must lie between the lines
labelled only `cause` and the lines where `cause` is one of the alternatives. These checks depend
on the classifier and crisis judgement (the lead's work): a failure here means the classifier
read a line differently from the supervisor, and the message says which line. Where the core is
known to read a line differently, the case is marked xfail with that line, so the report is not
bent around it and the mark shows when the core changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from .helpers import REPO, parse_html, run_cli

ANNOTATED = REPO.parent / "shared" / "eval" / "annotated"
OWN = REPO / "tests" / "data" / "own" / "calls"
MADE_UP = Path(__file__).resolve().parent / "data"
SAFETY_CRISES = ("suicide", "unsafe_vulnerable")
CALLS = ["03_zie-het-niet-meer-zitten", "06_buurkinderen-alleen", "07_vriend-slaat-waarom",
         "09_vriendin-zei-bel-maar", "12_ontruiming-hoeft-niet-meer", "13_moeder-dementie-thuiszorg"]
OWN_CALLS = ["05_liefst-niet-meer-wakker", "06_eind-aan-maken-te-laat", "07_kleinzoon-dochter-gedronken",
             "08_vader-gas-aan-vriendin-zei-bellen", "09_man-mes-politie-doet-niks",
             "15_huisbaas-zaterdag-liever-niet-meer", "16_buurkind-klappen-stil"]
BADLY_HANDLED = ["07_vriend-slaat-waarom", "09_vriendin-zei-bel-maar"]
BAD_CHILD_CALL = MADE_UP / "kind-onveilig-waarom.txt"
# own calls where the core (crisis tracker, protocol) reads a line differently from the annotation
CORE_READS_OTHERWISE = {
    "16_buurkind-klappen-stil": "01:30 'hoe oud is dat kindje ongeveer' (annotated safety) is not a direct question "
                                "whether the child is safe, so it ticks no person_safe; the protocol ticks it at "
                                "04:30 'is er nog een andere volwassene in dat huis'",
}


_LINE = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})\s+\S")


def _script(name: str) -> Path:
    for folder in (ANNOTATED, OWN, MADE_UP):
        if (folder / f"{name}.txt").is_file():
            return folder / f"{name}.txt"
    pytest.skip(f"no annotated call {name}")


def _own(names: list[str]) -> list:
    return [pytest.param(name, marks=pytest.mark.xfail(reason=f"core judgement: {CORE_READS_OTHERWISE[name]}",
                                                       raises=AssertionError, strict=False))
            if name in CORE_READS_OTHERWISE else name for name in names]


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
    for raw in _script(name).read_text(encoding="utf-8").splitlines():
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


_RUNS: dict[str, Path] = {}  # one simulation and report per call for the whole module


def run(name: str, tmp_path: Path, annotation: Annotation):
    if name not in _RUNS:
        log = tmp_path / f"{name}.jsonl"
        extra = ["--interaction", annotation.interaction] if annotation.interaction else []
        result = run_cli("simulate", str(_script(name)), "--log", str(log), "--quiet", *extra)
        assert result.returncode == 0, result.stderr
        out = tmp_path / f"{name}.html"
        result = run_cli("report", str(log), "-o", str(out))
        assert result.returncode == 0, result.stderr
        _RUNS[name] = out
    return parse_html(_RUNS[name].read_text(encoding="utf-8"))


def _line_of(annotation: Annotation, t: float) -> int:
    """The index of the worker line that starts at `t` (or the last one before it)."""
    return max(i for i, start in enumerate(annotation.times) if start <= t + 0.01)


def _clock(t: float) -> str:
    return f"{int(t) // 60:02d}:{int(t) % 60:02d}"


@pytest.mark.parametrize("name", CALLS + _own(OWN_CALLS) + [BAD_CHILD_CALL.stem])
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


@pytest.mark.parametrize("name", sorted(p.stem for p in ANNOTATED.glob("*.txt")) + sorted(p.stem for p in OWN.glob("*.txt"))
                         + [BAD_CHILD_CALL.stem])
def test_cause_count_matches_the_annotation(name, tmp_path):
    annotation = read(name)
    doc = run(name, tmp_path, annotation)
    card = next(n for n in doc.find_all("div", cls="card") if "data-cause" in n.attrs)
    low, high = annotation.cause_range()
    counted = int(card.attrs["data-cause"])
    assert low <= counted <= high, f"{name}: {counted} cause questions in the report, annotated {low}..{high}"


@pytest.mark.parametrize("name", BADLY_HANDLED + [BAD_CHILD_CALL.stem])
def test_the_badly_handled_calls_summary_names_the_late_safety_question_and_the_digging(name, tmp_path):
    annotation = read(name)
    doc = run(name, tmp_path, annotation)
    points = {li.attrs["data-rule"]: li.text() for li in doc.find("div", cls="points").find_all("li")}
    assert "safety_late" in points, f"{name}: points to discuss are {points}"
    assert re.search(r"Veiligheidsvraag na \d+ min \d\d s \(norm 60 s\)", points["safety_late"])
    assert "cause" in points, f"{name}: points to discuss are {points}"
    assert "waarom-vra" in points["cause"]
