"""Scoring whole annotated calls: the figures of docs/annotated-script.md.

`run_call` plays a call through `simulate`'s own code path
(voice_companion.commands.simulate.run_script_session: open_session, the
Companion core, play_script, the session log) into a private temporary log and
reads the log back, so what is scored is exactly what `simulate --log` writes.
With noise, the utterance words are garbled first (voice_companion.evaluation.noise)
and the garbled script goes the same way.

`score_call(call, events)` scores a list of log records (dicts with `type` and
`t`), so a test can score events it wrote by hand. The figures:

- line technique / phase: the first `match` after each utterance against the
  utterance's `#=` labels (utterances and script lines pair up in order). Phase
  `*` accepts any phase, `-` expects none (the match's phase must be null).
- suggestion right: each `suggestion` whose technique is in the `#>` set in
  force at its time (the last `#>` whose utterance started at or before it);
  suggestions before the first `#>` or in a `#> -` window are not judged.
- coverage: each `#>` window with a set that lasts 30 s or more (the last one
  lasts until the session ends) and gets at least one right suggestion.
- register: each suggestion's text in the header's register: right unless it
  holds a word of the other register (u/uw/uzelf against je/jij/jou/jouw/jezelf).
- crisis found: a `crisis` event (possible or confirmed) naming the crisis at or
  after the start of its `#!` line, or the crisis already open then (named
  earlier and not ended).
- crisis on time: the same, but no later than the start of the worker's next
  line after the `#!` line (the alert is there when the worker speaks again).
- false alarm: a confirmed `crisis` event (no `certainty`: confirmed) in a
  `crisis none` call or naming a crisis the header does not list; counted once
  per call and crisis. Possible-only alerts (a crisis named only as possible)
  in `crisis none` calls are counted apart, and apart again those the worker
  opened with their own screening question (the first `crisis` event says
  `safety_asked`, or `screening` for a crisis without a direct safety question,
  such as "gaan ze morgen afsluiten?"): those are the worker's own check, not
  the companion's alert. Of the companion's alerts, those raised where the
  supervisor's window in force lists no `safety` technique are counted once
  more ("of which off-safety"): there the supervisor would not ask either.
- protocol delay: from the first confirmed event of a listed crisis to its first
  `protocol` event or the first suggestion of one of its protocol questions
  (register twins included), whichever comes first.
- cause: utterances labelled `cause` (alone or among alternatives) and how many
  of them the match calls `cause`; matches of `cause` elsewhere are counted too.
"""

from __future__ import annotations

import bisect
import contextlib
import io
import math
import re
import statistics
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from voice_companion.evaluation.annotated import AnnotatedCall, number_time
from voice_companion.evaluation.noise import add_noise
from voice_companion.labels import CRISES

COVERAGE_MIN = 30.0  # a window this long (seconds) counts for coverage
U_WORDS = frozenset({"u", "uw", "uzelf"})
JE_WORDS = frozenset({"je", "jij", "jou", "jouw", "jezelf"})
_TOKENS = re.compile(r"[^\W\d_]+", re.UNICODE)


def text_register(text: str) -> str | None:
    """'u', 'je', 'mixed' or None (no register word) for a question's text."""
    words = set(_TOKENS.findall(text.lower()))
    u, je = bool(words & U_WORDS), bool(words & JE_WORDS)
    return "mixed" if u and je else "u" if u else "je" if je else None


@dataclass(slots=True)
class LineResult:
    number: int
    t: float
    text: str  # as the pipeline heard it (noisy when noise is on)
    techniques: tuple[str, ...]
    phases: tuple[str, ...]
    got_technique: str | None
    got_phase: str | None
    technique_ok: bool
    phase_ok: bool


@dataclass(slots=True)
class SuggestionResult:
    t: float
    question_id: str
    text: str
    technique: str
    window: tuple[str, ...] | None
    window_number: int | None
    right: bool | None  # None: not judged (no window, or '-')
    register_ok: bool
    register: str | None  # the event's own `register` field


@dataclass(slots=True)
class WindowResult:
    start: float
    end: float
    techniques: tuple[str, ...]
    number: int
    counted: bool  # 30 s or more
    covered: bool


@dataclass(slots=True)
class CrisisResult:
    crisis: str
    audible_t: float | None  # start of the `#!` line (None: no `#!` for it)
    deadline: float | None
    first_t: float | None  # when the alert was there (first event at/after audible, or audible if open)
    found: bool
    on_time: bool | None


@dataclass(slots=True)
class Alarm:
    crisis: str
    t: float
    trigger: str
    asked: bool = False  # opened by the worker's own screening question, not raised by the companion
    safety_window: bool = False  # the supervisor's window in force lists a safety question as right: they would ask too


@dataclass(slots=True)
class CallScore:
    name: str
    end_t: float
    lines: list[LineResult] = field(default_factory=list)
    suggestions: list[SuggestionResult] = field(default_factory=list)
    windows: list[WindowResult] = field(default_factory=list)
    crises: list[CrisisResult] = field(default_factory=list)
    false_alarms: list[Alarm] = field(default_factory=list)
    possible_only: list[Alarm] = field(default_factory=list)
    protocol_delays: list[tuple[str, float | None]] = field(default_factory=list)
    cause_annotated: int = 0
    cause_recognised: int = 0
    cause_elsewhere: int = 0
    crisis_none: bool = False


def _certainty(event: dict[str, Any]) -> str:
    return event.get("certainty") or "confirmed"


def protocol_questions(bank, crisis: str) -> frozenset[str]:
    """Question ids that carry out a step of `crisis`'s protocol, with their register twins."""
    info = bank.crises.get(crisis) if bank is not None else None
    if info is None:
        return frozenset()
    ids = {q for item in info.protocol for q in item.questions}
    ids |= {q.id for q in bank.questions.values() if q.variant_of in ids}
    ids |= {bank.questions[q].variant_of for q in list(ids) if q in bank.questions and bank.questions[q].variant_of}
    return frozenset(ids)


def score_call(call: AnnotatedCall, events: Iterable[dict[str, Any]], bank=None) -> CallScore:
    """Score one run of `call` from its session-log records (see the module doc)."""
    events = sorted((e for e in events if isinstance(e, dict) and "type" in e),
                    key=lambda e: float(e.get("t", 0.0)))  # stable: log order within a time
    end_t = max((float(e.get("t", 0.0)) for e in events), default=0.0)
    score = CallScore(call.name, end_t, crisis_none=call.crisis_none)

    # -- lines: utterance i is script line i; its match is the first one after it
    heard: list[str] = []
    matches: list[dict[str, Any] | None] = []
    for e in events:
        if e["type"] == "utterance":
            heard.append(str(e.get("text", "")))
            matches.append(None)
        elif e["type"] == "match" and matches and matches[-1] is None:
            matches[-1] = e
    for i, line in enumerate(call.lines):
        m = matches[i] if i < len(matches) else None
        got_t = m.get("technique") if m else None
        got_p = m.get("phase") if m else None
        if line.techniques is not None:
            phases = line.phases or ("*",)
            phase_ok = m is not None and (phases == ("*",) or (got_p is None and "-" in phases) or got_p in phases)
            score.lines.append(LineResult(line.number, line.t, heard[i] if i < len(heard) else "", line.techniques,
                                          phases, got_t, got_p, got_t in line.techniques, phase_ok))
            if "cause" in line.techniques:
                score.cause_annotated += 1
                score.cause_recognised += got_t == "cause"
            elif got_t == "cause":
                score.cause_elsewhere += 1

    # -- suggestions against the windows in force
    windows = call.windows()
    starts = [w.start for w in windows]

    def window_at(t: float):
        """The supervisor's window in force at `t` (None before the first)."""
        k = bisect.bisect_right(starts, t) - 1
        return windows[k] if k >= 0 else None

    for e in events:
        if e["type"] != "suggestion":
            continue
        t = float(e.get("t", 0.0))
        w = window_at(t)
        technique = str(e.get("technique", ""))
        right = None if w is None or w.techniques is None else technique in w.techniques
        reg = text_register(str(e.get("text", "")))
        score.suggestions.append(SuggestionResult(
            t, str(e.get("question_id", "")), str(e.get("text", "")), technique,
            w.techniques if w else None, w.number if w else None, right,
            reg is None or reg == call.register, e.get("register")))
    for w in windows:
        if w.techniques is None:
            continue
        end = min(w.end, end_t) if math.isfinite(w.end) else end_t
        counted = end - w.start >= COVERAGE_MIN
        covered = any(s.right and w.start <= s.t < (w.end if math.isfinite(w.end) else math.inf)
                      for s in score.suggestions)
        score.windows.append(WindowResult(w.start, end, w.techniques, w.number, counted, covered))

    # -- crises
    crisis_events = [e for e in events if e["type"] == "crisis" and e.get("crisis") in CRISES]
    ends = [e for e in events if e["type"] == "crisis_end"]
    for crisis in call.crises:
        named = [e for e in crisis_events if e["crisis"] == crisis]
        index = call.audible_line(crisis)
        if index is None:
            score.crises.append(CrisisResult(crisis, None, None, float(named[0]["t"]) if named else None,
                                             bool(named), None))
            continue
        audible = call.lines[index].t
        deadline = call.lines[index + 1].t if index + 1 < len(call.lines) else math.inf
        before = [e for e in named if float(e["t"]) < audible]
        open_then = bool(before) and not any(
            e.get("crisis") == crisis and float(before[-1]["t"]) <= float(e["t"]) < audible for e in ends)
        after = [float(e["t"]) for e in named if float(e["t"]) >= audible]
        first = audible if open_then else (after[0] if after else None)
        score.crises.append(CrisisResult(crisis, audible, deadline, first, first is not None,
                                         first is not None and first <= deadline))
    listed = set(call.crises)
    for crisis in sorted({e["crisis"] for e in crisis_events} - listed):
        named = [e for e in crisis_events if e["crisis"] == crisis]
        confirmed = [e for e in named if _certainty(e) == "confirmed"]
        if confirmed:
            score.false_alarms.append(Alarm(crisis, float(confirmed[0]["t"]), str(confirmed[0].get("trigger", ""))))
        elif call.crisis_none:
            t = float(named[0]["t"])
            w = window_at(t)
            supervisor_asks = w is not None and w.techniques is not None and "safety" in w.techniques
            score.possible_only.append(Alarm(crisis, t, str(named[0].get("trigger", "")),
                                             named[0].get("safety_asked") is True or named[0].get("screening") is True,
                                             supervisor_asks))

    # -- protocol delay after the first confirmed event of a listed crisis
    for crisis in call.crises:
        confirmed = [float(e["t"]) for e in crisis_events if e["crisis"] == crisis and _certainty(e) == "confirmed"]
        if not confirmed:
            continue
        t0 = confirmed[0]
        steps = protocol_questions(bank, crisis)
        later = [float(e["t"]) for e in events if float(e.get("t", 0.0)) >= t0 and (
            (e["type"] == "protocol" and e.get("crisis") == crisis)
            or (e["type"] == "suggestion" and e.get("question_id") in steps))]
        score.protocol_delays.append((crisis, round(min(later) - t0, 3) if later else None))
    return score


# -- running -------------------------------------------------------------------

def noisy_source(call: AnnotatedCall, rate: float, seed: int) -> bytes:
    """The annotated file with each utterance's words garbled; times and `#` lines unchanged."""
    raw_lines = call.source.splitlines()
    for line in call.script:
        raw = raw_lines[line.number - 1].decode("utf-8").strip().lstrip("\ufeff")
        stamp = raw.split(None, 1)[0]
        raw_lines[line.number - 1] = f"{stamp} {add_noise(line.text, rate, seed)}".encode("utf-8")
    return b"\n".join(raw_lines) + b"\n"


def run_call(call: AnnotatedCall, *, rate: float = 0.0, seed: int = 1, bank: Path | str | None = None,
             workdir: Path | str | None = None) -> list[dict[str, Any]]:
    """Play `call` through `simulate` (clean, or with noise at `rate` and `seed`); the log's records."""
    from voice_companion.commands.simulate import run_script_session
    from voice_companion.sessionlog import read_log

    with tempfile.TemporaryDirectory(dir=workdir, prefix="evaluate-") as tmp:
        script = Path(tmp) / "call.txt"
        script.write_bytes(noisy_source(call, rate, seed) if rate > 0 else call.source)
        log = Path(tmp) / "call.jsonl"
        with contextlib.redirect_stdout(io.StringIO()):  # simulate --quiet prints the log path
            run_script_session(script, log=log, speed=0.0, bank=bank, interaction=call.interaction,
                               quiet=True, recover=False)
        written = sorted(p for p in Path(tmp).iterdir() if p.name.startswith("call.jsonl"))
        return read_log(written[0]).records


# -- totals over calls and seeds ----------------------------------------------------

@dataclass
class Totals:
    calls: int = 0
    none_calls: int = 0
    technique: list[int] = field(default_factory=lambda: [0, 0])
    phase: list[int] = field(default_factory=lambda: [0, 0])
    right: list[int] = field(default_factory=lambda: [0, 0])
    register: list[int] = field(default_factory=lambda: [0, 0])
    coverage: list[int] = field(default_factory=lambda: [0, 0])
    found: list[int] = field(default_factory=lambda: [0, 0])
    on_time: list[int] = field(default_factory=lambda: [0, 0])
    false_alarms: int = 0
    possible_only: int = 0  # raised by the companion
    possible_off_safety: int = 0  # of those, raised where the supervisor's window lists no safety question
    screening_checks: int = 0  # opened by the worker's own screening question
    delays: list[float] = field(default_factory=list)
    no_protocol: int = 0
    cause: list[int] = field(default_factory=lambda: [0, 0])
    cause_elsewhere: int = 0
    register_fields: dict[str, int] = field(default_factory=dict)

    def add(self, s: CallScore) -> None:
        self.calls += 1
        self.none_calls += s.crisis_none
        for pair, hits in ((self.technique, [l.technique_ok for l in s.lines]),
                           (self.phase, [l.phase_ok for l in s.lines]),
                           (self.right, [x.right for x in s.suggestions if x.right is not None]),
                           (self.register, [x.register_ok for x in s.suggestions]),
                           (self.coverage, [w.covered for w in s.windows if w.counted]),
                           (self.found, [c.found for c in s.crises]),
                           (self.on_time, [c.on_time for c in s.crises if c.on_time is not None])):
            pair[0] += sum(bool(h) for h in hits)
            pair[1] += len(hits)
        self.false_alarms += len(s.false_alarms)
        self.possible_only += sum(not a.asked for a in s.possible_only)
        self.possible_off_safety += sum(not a.asked and not a.safety_window for a in s.possible_only)
        self.screening_checks += sum(a.asked for a in s.possible_only)
        self.delays.extend(d for _, d in s.protocol_delays if d is not None)
        self.no_protocol += sum(d is None for _, d in s.protocol_delays)
        self.cause[0] += s.cause_recognised
        self.cause[1] += s.cause_annotated
        self.cause_elsewhere += s.cause_elsewhere
        for x in s.suggestions:
            key = str(x.register or "neutral")
            self.register_fields[key] = self.register_fields.get(key, 0) + 1

    @staticmethod
    def ratio(pair: list[int]) -> float | None:
        return pair[0] / pair[1] if pair[1] else None

    def figures(self) -> dict[str, Any]:
        return {
            "technique": self.ratio(self.technique), "phase": self.ratio(self.phase),
            "right": self.ratio(self.right), "register": self.ratio(self.register),
            "coverage": self.ratio(self.coverage), "found": self.ratio(self.found),
            "on_time": self.ratio(self.on_time),
            "false_alarms_12": 12 * self.false_alarms / self.calls if self.calls else None,
            "possible_only_12": 12 * self.possible_only / self.none_calls if self.none_calls else None,
            "possible_off_safety_12": 12 * self.possible_off_safety / self.none_calls if self.none_calls else None,
            "screening_12": 12 * self.screening_checks / self.none_calls if self.none_calls else None,
            "delay_median": statistics.median(self.delays) if self.delays else None,
            "delay_max": max(self.delays) if self.delays else None,
        }


def misses(call: AnnotatedCall, s: CallScore) -> list[str]:
    """One line per miss, in time order: file, time, the line as heard, expected, got."""
    out: list[tuple[float, str]] = []

    def add(t: float, what: str) -> None:
        out.append((t, f"{s.name} {number_time(t)} {what}"))

    for l in s.lines:
        if not l.technique_ok or not l.phase_ok:
            kind = "technique+phase" if not (l.technique_ok or l.phase_ok) else \
                "technique" if not l.technique_ok else "phase"
            add(l.t, f"{kind}: '{l.text}' expected {'|'.join(l.techniques)} {'|'.join(l.phases)}, "
                     f"got {l.got_technique} {l.got_phase or '-'}")
    for x in s.suggestions:
        if x.right is False:
            add(x.t, f"suggestion: '{x.text}' ({x.technique}) expected one of {'|'.join(x.window or ())} "
                     f"(#> at line {x.window_number})")
        if not x.register_ok:
            add(x.t, f"register: '{x.text}' is not in '{call.register}'")
    for w in s.windows:
        if w.counted and not w.covered:
            add(w.start, f"coverage: no right suggestion until {number_time(w.end)} "
                         f"(expected one of {'|'.join(w.techniques)}, #> at line {w.number})")
    for c in s.crises:
        if not c.found:
            add(c.audible_t or 0.0, f"crisis: {c.crisis} never named")
        elif c.on_time is False:
            add(c.audible_t or 0.0, f"crisis late: {c.crisis} named at {number_time(c.first_t or 0.0)}, "
                                    f"expected by {number_time(c.deadline or 0.0)}")
    for a in s.false_alarms:
        add(a.t, f"false alarm: {a.crisis} confirmed on '{a.trigger}'")
    for a in s.possible_only:
        what = "screening check" if a.asked else "possible-only alert" if a.safety_window else \
            "possible-only alert (no safety question in the window)"
        add(a.t, f"{what}: {a.crisis} on '{a.trigger}'")
    for crisis, delay in s.protocol_delays:
        if delay is None:
            add(s.end_t, f"protocol: {crisis} confirmed but no protocol step followed")
    return [line for _, line in sorted(out, key=lambda x: x[0])]
