"""What a supervisor wants to know about a session, computed from its log records.

One `analyse` serves the single-session report, the replay and the trends over
many sessions (which feeds it only the record types it needs, see `trends`), so
the figures agree wherever they are shown.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable

from voice_companion.errors import UserError
from voice_companion.labels import PHASE_ORDER, TECHNIQUES
from voice_companion.sessionlog import LogContents, read_log
from voice_companion.supervisor.fmt import parse_ts
from voice_companion.supervisor.notes import Note, is_notes_file, read_notes
from voice_companion.supervisor.scaling import find_scale_answer
from voice_companion.i18n import _

SOLUTION_TALK = ("goal", "exception", "hope", "coping", "scaling", "next_step", "usefulness")
PROBLEM_TALK = ("problem", "cause")  # digging into causes is problem talk
NOT_QUESTIONS = ("none", "acknowledgement", "summary")
QUESTION_TECHNIQUES = tuple(t for t in TECHNIQUES if t not in NOT_QUESTIONS)
SAFETY_CRISES = ("suicide", "unsafe_vulnerable")
# the protocol item that is the direct safety question about the person at risk
SAFETY_ITEMS = {"suicide": "ask_directly", "unsafe_vulnerable": "person_safe"}
SAFETY_NORM = 60.0  # seconds from the first audible crisis line to the safety question
KNOWN_SCHEMAS = (1,)
ALWAYS_COUNTED = ("coping", "scaling", "hope", "cause")  # shown even at 0
UPTAKE_WINDOW = 60.0  # a later match of the suggested question within this counts as uptake
SCALING_BEFORE = 30.0  # echoes of a scale answer are looked for this long before ...
SCALING_AFTER = 120.0  # ... and this long after a scaling question
FOLLOW_TURNS = 5  # what followed a crisis: this many of the worker's next interventions
UNKNOWN_WORKER = "onbekend"


def _str(value: Any, default: str = "") -> str:
    return value if isinstance(value, str) else default


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)


@dataclass
class Turn:
    """One utterance of the worker and what the classifier made of it."""

    t: float
    text: str | None = None
    start: float | None = None  # when the worker started saying it (the utterance's `start`)
    redacted: bool = False
    technique: str | None = None
    phase: str | None = None
    question_id: str | None = None
    score: float | None = None

    @property
    def at(self) -> float:
        """The moment a supervisor sees: the start of the utterance."""
        return self.start if self.start is not None else self.t


@dataclass
class ProtocolTick:
    item: str
    label: str
    t: float  # event time (end of the line that ticked it)
    at: float  # start of that line
    text: str | None = None
    question_id: str | None = None


@dataclass
class PhaseSpan:
    phase: str | None
    start: float
    end: float

    @property
    def duration(self) -> float:
        return max(0.0, self.end - self.start)


@dataclass
class PhaseSummary:
    phase: str
    duration: float = 0.0
    visits: int = 0
    questions: int = 0


@dataclass
class CrisisMoment:
    """One crisis episode: from its first audible line (possible or confirmed) to its `crisis_end`."""

    crisis: str
    t: float  # the first crisis event (end of the first audible line)
    trigger: str = ""
    mentions: int = 1
    at: float | None = None  # start of the first audible line
    certainty: str = "confirmed"  # the highest certainty reached: possible | confirmed
    confirmed_t: float | None = None
    end_t: float | None = None
    end_reason: str | None = None  # assessed | false_alarm | closed | faded | safe; None: open at the end
    protocol: list[tuple[str, str]] = field(default_factory=list)  # (item, label) as the crisis event gave them
    ticks: list[ProtocolTick] = field(default_factory=list)
    safety_t: float | None = None  # the line that counted as the direct safety question (event time)
    safety_at: float | None = None  # its start
    safety_before: float | None = None  # old logs: last safety question before the naming, if any
    safety_text: str | None = None  # the words that counted as the safety question, for the supervisor to judge
    safety_source: str | None = None  # protocol | match (old logs) | supervisor
    followed: list[Turn] = field(default_factory=list)
    cause: int = 0  # cause questions while this crisis was open
    safety_in_trigger: bool = True  # old logs: the naming line itself may count as the safety question
    screening: bool = False  # opened by the worker's own check ("gaan ze morgen afsluiten?"), not the companion's alert
    reopened: int = 0  # heard again after it faded or closed

    @property
    def start(self) -> float:
        return self.at if self.at is not None else self.t

    @property
    def needs_safety(self) -> bool:
        return self.crisis in SAFETY_CRISES

    @property
    def false_alarm(self) -> bool:
        return self.end_reason == "false_alarm"

    @property
    def faded_possible(self) -> bool:
        """Only ever possible (a hint, a screening question) and faded as the worker moved on: a check, not a crisis."""
        return self.certainty == "possible" and self.end_reason == "faded"

    @property
    def real(self) -> bool:
        """Counts as a crisis in report and trends: not a false alarm ("geen crisis"), not a hint that faded.
        A possible crisis still open at the end of the call counts."""
        return not self.false_alarm and not self.faded_possible

    @property
    def time_to_safety(self) -> float | None:
        if not self.needs_safety:
            return None
        if self.safety_t is not None:
            return max(0.0, (self.safety_at if self.safety_at is not None else self.safety_t) - self.start)
        if self.safety_before is not None:
            return 0.0
        return None

    def late(self, norm: float) -> bool:
        """The safety question came after the norm, or never."""
        if not self.needs_safety or not self.real:
            return False
        delay = self.time_to_safety
        return delay is None or delay > norm


@dataclass
class SuggestionOutcome:
    t: float
    question_id: str
    text: str = ""
    technique: str = ""
    phase: str | None = None
    reason: str = ""
    channel: str = "display"
    taken_t: float | None = None
    taken_via: str | None = None  # uptake | match | alternative
    whisper: str | None = None  # status of the whispered question
    end_t: float | None = None  # when it left the screen (`suggestion_end`)
    end_reason: str | None = None  # taken_up | expired | superseded | dismissed

    @property
    def outcome(self) -> str:
        """taken_up | expired | superseded | dismissed | ignored (older logs without suggestion_end)."""
        if self.end_reason in ("expired", "superseded", "dismissed") and not self.taken:
            return self.end_reason
        return "taken_up" if self.taken else (self.end_reason or "ignored")

    @property
    def taken(self) -> bool:
        return self.taken_t is not None

    @property
    def delay(self) -> float | None:
        return None if self.taken_t is None else max(0.0, self.taken_t - self.t)


@dataclass
class Interval:
    kind: str  # mute | pause
    start: float
    end: float
    open_end: bool = False  # never undone before the session ended

    @property
    def duration(self) -> float:
        return max(0.0, self.end - self.start)


@dataclass
class ScalePoint:
    t: float  # event time (end of the utterance)
    value: float
    text: str
    at: float | None = None  # start of the utterance, the moment a supervisor sees

    @property
    def shown_at(self) -> float:
        return self.at if self.at is not None else self.t


@dataclass
class Moment:
    """A time-stamped event worth showing as-is: mark, lookup, interaction, warning."""

    t: float
    kind: str
    value: str | None = None
    detail: str | None = None


@dataclass
class SessionAnalysis:
    path: Path | None
    started_at: datetime | None = None
    worker: str = UNKNOWN_WORKER
    source: str = ""
    bank: str = ""
    redaction: bool | None = None
    audio_stored: bool | None = None
    duration: float = 0.0
    end_reason: str | None = None
    turns: list[Turn] = field(default_factory=list)
    spans: list[PhaseSpan] = field(default_factory=list)
    techniques: Counter = field(default_factory=Counter)
    crises: list[CrisisMoment] = field(default_factory=list)
    suggestions: list[SuggestionOutcome] = field(default_factory=list)
    intervals: list[Interval] = field(default_factory=list)
    scale: list[ScalePoint] = field(default_factory=list)
    marks: list[Moment] = field(default_factory=list)
    lookups: list[Moment] = field(default_factory=list)
    interactions: list[Moment] = field(default_factory=list)
    warnings: list[Moment] = field(default_factory=list)
    all_crises: list[CrisisMoment] = field(default_factory=list)  # false alarms and faded hints too
    schema: Any = None
    has_protocol: bool = False  # the log has protocol events (newer logs)
    phase_changes: int = 0  # phase events in the log
    notes: list[Note] = field(default_factory=list)
    skipped: int = 0
    skipped_lines: list[int] = field(default_factory=list)
    notes_skipped: int = 0
    events: list[dict] = field(default_factory=list, repr=False)  # the readable records, in time order

    # -- derived figures ---------------------------------------------------
    @property
    def redacted_turns(self) -> int:
        return sum(1 for turn in self.turns if turn.redacted)

    @property
    def solution_talk(self) -> int:
        return sum(self.techniques[t] for t in SOLUTION_TALK)

    @property
    def problem_talk(self) -> int:
        return sum(self.techniques[t] for t in PROBLEM_TALK)

    @property
    def questions(self) -> int:
        return sum(n for t, n in self.techniques.items() if t not in NOT_QUESTIONS)

    @property
    def summaries_and_acknowledgement(self) -> int:
        return self.techniques["summary"] + self.techniques["acknowledgement"]

    @property
    def interventions(self) -> int:
        return sum(n for t, n in self.techniques.items() if t != "none")

    @property
    def taken_up(self) -> int:
        return sum(1 for s in self.suggestions if s.taken)

    def phase_summaries(self) -> list[PhaseSummary]:
        """Time, visits and questions asked in each phase of the circle, in circle order."""
        summaries = {phase: PhaseSummary(phase) for phase in PHASE_ORDER}
        for span in self.spans:
            if span.phase in summaries:
                summaries[span.phase].duration += span.duration
                summaries[span.phase].visits += 1
        starts = [span.start for span in self.spans]
        for turn in self.turns:
            if turn.technique is None or turn.technique in NOT_QUESTIONS:
                continue
            i = bisect.bisect_right(starts, turn.t) - 1
            phase = self.spans[i].phase if i >= 0 else turn.phase
            if phase in summaries:
                summaries[phase].questions += 1
        return list(summaries.values())

    def safety_delays(self) -> list[float | None]:
        """Time to the safety question for each crisis that asks for one (None: never asked)."""
        return [c.time_to_safety for c in self.crises if c.needs_safety]

    @property
    def unfinished(self) -> bool:
        """No `session_end`: the companion stopped without closing the log."""
        return self.end_reason is None

    @property
    def unknown_schema(self) -> bool:
        return self.schema is not None and self.schema not in KNOWN_SCHEMAS

    @property
    def interaction(self) -> str | None:
        """The interaction type last set (at the start or on the page)."""
        return self.interactions[-1].value if self.interactions else None

    @property
    def false_alarms(self) -> list[CrisisMoment]:
        return [c for c in self.all_crises if not c.real]

    @property
    def cause_total(self) -> int:
        return self.techniques["cause"]

    @property
    def cause_in_crisis(self) -> int:
        """Cause questions while a (real) crisis was open."""
        spans = [(c.start, c.end_t if c.end_t is not None else self.duration) for c in self.crises]
        return sum(1 for turn in self.turns if turn.technique == "cause"
                   and any(lo <= turn.t and turn.at <= hi for lo, hi in spans))


def _phase_spans(records: list[dict], end: float) -> list[PhaseSpan]:
    changes = [(r["t"], _opt_str(r.get("phase")), _opt_str(r.get("previous")))
               for r in records if r["type"] == "phase"]
    spans: list[PhaseSpan] = []
    if not changes:
        if any(r["type"] == "match" for r in records) and end > 0:
            # the companion followed the call and never moved on: the whole call stayed where the circle starts
            return [PhaseSpan("current", 0.0, end)]
        return spans
    first_t, _, first_previous = changes[0]
    if first_t > 0:
        # before the first change the call was in `previous`; the circle starts at the current situation
        spans.append(PhaseSpan(first_previous or "current", 0.0, first_t))
    for i, (t, phase, _) in enumerate(changes):
        next_t = changes[i + 1][0] if i + 1 < len(changes) else max(end, t)
        if spans and spans[-1].phase == phase:
            spans[-1].end = next_t
        else:
            spans.append(PhaseSpan(phase, t, next_t))
    return [span for span in spans if span.duration > 0 or span is spans[-1]]


def _turn_at(turns: list[Turn], ends: list[float], t: float) -> Turn | None:
    """The worker's line whose analysis happened at `t` (the last utterance ending at or before it)."""
    i = bisect.bisect_right(ends, t + 1e-6) - 1
    return turns[i] if i >= 0 else None


def _crises(records: list[dict], turns: list[Turn], end: float,
            overrules: list[Note] | None = None) -> list[CrisisMoment]:
    said = [turn for turn in turns if turn.text is not None]
    ends = [turn.t for turn in said]
    has_protocol = any(r["type"] == "protocol" for r in records)
    safety_times = [r["t"] for r in records if r["type"] == "match" and r.get("technique") == "safety"]
    episodes: list[CrisisMoment] = []
    open_: dict[str, CrisisMoment] = {}
    for r in records:
        kind = r["type"]
        if kind == "crisis":
            crisis = _str(r.get("crisis"), "onbekend")
            certainty = "possible" if r.get("certainty") == "possible" else "confirmed"  # old logs: confirmed
            moment = open_.get(crisis)
            if moment is None:
                # the same crisis heard again after it faded or closed is one crisis: its first audible
                # line stays the start (a false alarm is not reopened: what follows is new)
                moment = next((c for c in reversed(episodes) if c.crisis == crisis), None)
                if moment is not None and moment.false_alarm:
                    moment = None
                if moment is not None:
                    moment.end_t = moment.end_reason = None
                    moment.reopened += 1
                    open_[crisis] = moment
            if moment is not None:
                moment.mentions += 1
            else:
                moment = CrisisMoment(crisis=crisis, t=r["t"], trigger=_str(r.get("trigger")), certainty=certainty)
                line = _turn_at(said, ends, r["t"])
                moment.at = line.at if line is not None and r["t"] - line.t < 30 else r["t"]
                moment.safety_in_trigger = r.get("safety_asked", True) is not False
                moment.screening = r.get("screening") is True
                open_[crisis] = moment
                episodes.append(moment)
            if certainty == "confirmed":
                moment.certainty = "confirmed"
                if moment.confirmed_t is None:
                    moment.confirmed_t = r["t"]
            protocol = r.get("protocol")
            if isinstance(protocol, list) and not moment.protocol:
                moment.protocol = [(str(p[0]), str(p[1])) for p in protocol
                                   if isinstance(p, list) and len(p) == 2]
        elif kind == "crisis_end":
            moment = open_.pop(_str(r.get("crisis")), None)
            if moment is not None:
                moment.end_t = r["t"]
                moment.end_reason = _str(r.get("reason"), "closed")
        elif kind == "protocol":
            moment = open_.get(_str(r.get("crisis")))
            if moment is None:  # ticked on the line that closed it: the last episode of that crisis
                moment = next((c for c in reversed(episodes) if c.crisis == r.get("crisis")
                               and c.end_t is not None and c.end_t >= r["t"] - 1e-6), None)
            if moment is None:
                continue
            item = _str(r.get("item"))
            if any(tick.item == item for tick in moment.ticks):
                continue
            line = _turn_at(said, ends, r["t"])
            moment.ticks.append(ProtocolTick(
                item=item, label=_str(r.get("label"), item), t=r["t"],
                at=line.at if line is not None else r["t"], text=line.text if line is not None else None,
                question_id=_opt_str(r.get("question_id"))))
    overrules = list(overrules or [])
    for moment in episodes:
        if moment.needs_safety:
            wanted = SAFETY_ITEMS[moment.crisis]
            tick = next((tick for tick in moment.ticks if tick.item == wanted), None)
            if tick is not None:
                moment.safety_t, moment.safety_at, moment.safety_text = tick.t, tick.at, tick.text
                moment.safety_source = "protocol"
            elif not has_protocol:
                # an older log: the first line the classifier read as a safety question
                in_trigger = moment.safety_in_trigger
                i = (bisect.bisect_left if in_trigger else bisect.bisect_right)(safety_times, moment.t)
                if i < len(safety_times):
                    line = _turn_at(said, ends, safety_times[i])
                    moment.safety_t = safety_times[i]
                    moment.safety_at = line.at if line is not None else safety_times[i]
                    moment.safety_text = line.text if line is not None else None
                    moment.safety_source = "match"
                if i > 0:
                    moment.safety_before = safety_times[i - 1]
        after = [turn for turn in turns if turn.t > moment.t and turn.technique not in (None, "none")]
        moment.followed = after[:FOLLOW_TURNS]
        close = moment.end_t if moment.end_t is not None else end
        moment.cause = sum(1 for turn in turns if turn.technique == "cause" and moment.t <= turn.t <= close + 1e-6)
    # a supervisor's choice of the line that counted overrules the companion's
    for note in overrules:
        candidates = [c for c in episodes if c.needs_safety and c.real
                      and (note.crisis is None or c.crisis == note.crisis)]
        moment = candidates[0] if candidates else None
        for c in candidates:  # the latest crisis that had begun by then
            if c.start <= note.at + 1e-6:
                moment = c
        if moment is None:
            continue
        line = min(said, key=lambda turn: abs(turn.at - note.at), default=None)
        if line is not None and abs(line.at - note.at) <= 5.0:
            moment.safety_t, moment.safety_at, moment.safety_text = line.t, line.at, line.text
        else:
            moment.safety_t, moment.safety_at, moment.safety_text = note.at, note.at, None
        moment.safety_before = None
        moment.safety_source = "supervisor"
    return episodes


def _first_between(by_qid: dict[str, tuple[list[int], list[dict]]], qid: str,
                   after: int, before: int) -> dict | None:
    """The first record for `qid` whose log position lies strictly between `after` and `before`."""
    entry = by_qid.get(qid)
    if entry is None:
        return None
    positions, found = entry
    i = bisect.bisect_right(positions, after)
    if i < len(positions) and positions[i] < before:
        return found[i]
    return None


def _suggestions(records: list[dict]) -> list[SuggestionOutcome]:
    uptakes: dict[str, tuple[list[int], list[dict]]] = {}
    whispers: dict[str, tuple[list[int], list[dict]]] = {}
    ends: dict[str, tuple[list[int], list[dict]]] = {}
    match_positions: list[int] = []
    suggestions: list[tuple[int, dict]] = []
    for pos, r in enumerate(records):
        kind = r["type"]
        if kind == "suggestion":
            suggestions.append((pos, r))
        elif kind == "match":
            match_positions.append(pos)
        elif kind in ("uptake", "whisper", "suggestion_end"):
            qid = r.get("question_id")
            if isinstance(qid, str):
                table = uptakes if kind == "uptake" else whispers if kind == "whisper" else ends
                positions, found = table.setdefault(qid, ([], []))
                positions.append(pos)
                found.append(r)
    # a suggestion stays open until the same question is suggested again
    limits: list[int] = []
    seen: dict[str, int] = {}
    for pos, r in reversed(suggestions):
        qid = _str(r.get("question_id"))
        limits.append(seen.get(qid, len(records)))
        seen[qid] = pos
    limits.reverse()
    outcomes: list[SuggestionOutcome] = []
    for (pos, r), limit in zip(suggestions, limits):
        outcome = SuggestionOutcome(
            t=r["t"], question_id=_str(r.get("question_id")), text=_str(r.get("text")),
            technique=_str(r.get("technique")), phase=_opt_str(r.get("phase")),
            reason=_str(r.get("reason")), channel=_str(r.get("channel"), "display"),
        )
        alternatives = r.get("alternatives")
        alternatives = {a for a in alternatives if isinstance(a, str)} if isinstance(alternatives, list) else set()
        whisper = _first_between(whispers, outcome.question_id, pos, limit)
        if whisper is not None:
            outcome.whisper = _str(whisper.get("status"), "spoken")
        ended = _first_between(ends, outcome.question_id, pos, limit)
        if ended is not None:
            outcome.end_t, outcome.end_reason = ended["t"], _str(ended.get("reason"), "expired")
        uptake = _first_between(uptakes, outcome.question_id, pos, limit)
        if uptake is not None:
            outcome.taken_t, outcome.taken_via = uptake["t"], "uptake"
        elif ended is not None:
            if outcome.end_reason == "taken_up":
                outcome.taken_t, outcome.taken_via = ended["t"], "uptake"
        else:
            alternative_t = None
            for j in range(bisect.bisect_right(match_positions, pos), len(match_positions)):
                m_pos = match_positions[j]
                m = records[m_pos]
                if m_pos >= limit or m["t"] - outcome.t > UPTAKE_WINDOW:
                    break
                qid = m.get("question_id")
                if qid == outcome.question_id:
                    outcome.taken_t, outcome.taken_via = m["t"], "match"
                    break
                if alternative_t is None and qid in alternatives:
                    alternative_t = m["t"]
            if outcome.taken_t is None and alternative_t is not None:
                outcome.taken_t, outcome.taken_via = alternative_t, "alternative"
        outcomes.append(outcome)
    return outcomes


def _intervals(records: list[dict], end: float) -> list[Interval]:
    intervals: list[Interval] = []
    open_: dict[str, float] = {}
    pairs = {"mute": ("mute", True), "unmute": ("mute", False), "pause": ("pause", True), "resume": ("pause", False)}
    for r in records:
        if r["type"] != "control":
            continue
        action = r.get("action")
        if action not in pairs:
            continue
        kind, starts = pairs[action]
        if starts:
            open_.setdefault(kind, r["t"])
        elif kind in open_:
            intervals.append(Interval(kind, open_.pop(kind), r["t"]))
    for kind, start in open_.items():
        intervals.append(Interval(kind, start, max(end, start), open_end=True))
    return sorted(intervals, key=lambda i: i.start)


def _scale_points(turns: list[Turn]) -> list[ScalePoint]:
    questions = [turn.t for turn in turns if turn.technique == "scaling"]
    if not questions:
        return []
    points: list[ScalePoint] = []
    for turn in turns:
        if not turn.text:
            continue
        i = bisect.bisect_left(questions, turn.t - SCALING_AFTER)
        if i >= len(questions) or questions[i] > turn.t + SCALING_BEFORE:
            continue  # no scaling question near this utterance
        value = find_scale_answer(turn.text, strict=turn.technique == "scaling")
        if value is None:
            continue
        if points and points[-1].value == value and turn.t - points[-1].t <= SCALING_AFTER:
            continue  # the same answer echoed again
        points.append(ScalePoint(turn.t, value, turn.text, turn.at))
    return points


def _turns(records: list[dict]) -> list[Turn]:
    turns: list[Turn] = []
    pending: Turn | None = None  # the last utterance still waiting for its match
    for r in records:
        kind = r["type"]
        if kind == "utterance":
            start = _num(r.get("start"))
            pending = Turn(t=r["t"], text=_str(r.get("text")), redacted=r.get("redacted") is True,
                           start=start if start is not None and start <= r["t"] + 1e-6 else None)
            turns.append(pending)
        elif kind == "match":
            turn = pending if pending is not None else Turn(t=r["t"])
            if pending is None:
                turns.append(turn)
            turn.technique = _str(r.get("technique"), "none")
            turn.phase = _opt_str(r.get("phase"))
            turn.question_id = _opt_str(r.get("question_id"))
            turn.score = _num(r.get("score"))
            pending = None
    return turns


def analyse(records: Iterable[dict], *, path: Path | None = None, skipped: int = 0,
            skipped_lines: list[int] | None = None, notes: list[Note] | None = None,
            notes_skipped: int = 0) -> SessionAnalysis:
    """Everything the replay, report and trends show about one session."""
    records = list(records)
    finite = [r for r in records if math.isfinite(r["t"])]  # JSON allows NaN; such a line is unreadable
    bad = len(records) - len(finite)
    records = sorted(finite, key=lambda r: r["t"])  # stable: the log's own order at equal times
    result = SessionAnalysis(path=path, skipped=skipped + bad, skipped_lines=list(skipped_lines or []),
                             notes=list(notes or []), notes_skipped=notes_skipped, events=records)
    end_t: float | None = None
    for r in records:
        kind = r["type"]
        if kind == "session_start" and result.started_at is None:
            result.started_at = parse_ts(r.get("ts"))
            result.worker = _opt_str(r.get("worker")) or UNKNOWN_WORKER
            result.source = _str(r.get("source"))
            result.bank = _str(r.get("bank"))
            result.redaction = r.get("redaction") if isinstance(r.get("redaction"), bool) else None
            result.audio_stored = r.get("audio_stored") if isinstance(r.get("audio_stored"), bool) else None
            result.schema = r.get("schema")
            interaction = _opt_str(r.get("interaction"))
            if interaction:
                result.interactions.append(Moment(r["t"], "interaction", interaction, "start"))
        elif kind == "session_end":
            end_t = r["t"]
            result.end_reason = _str(r.get("reason"))
        elif kind == "match":
            result.techniques[_str(r.get("technique"), "none")] += 1
        elif kind == "control":
            action = r.get("action")
            value = r.get("value")
            value = None if value is None else str(value)
            if action == "mark":
                result.marks.append(Moment(r["t"], "mark", value))
            elif action == "interaction":
                result.interactions.append(Moment(r["t"], "interaction", value))
        elif kind == "lookup":
            result.lookups.append(Moment(r["t"], "lookup", _str(r.get("query")), _opt_str(r.get("question_id"))))
        elif kind in ("warning", "audio_status"):
            detail = (_str(r.get("message")) if kind == "warning"
                      else ", ".join(f"{k}={r[k]}" for k in ("status", "overflows", "dropped_chunks") if r.get(k)))
            result.warnings.append(Moment(r["t"], kind, _str(r.get("component")) or None, detail))
    if result.started_at is None and records:
        result.started_at = parse_ts(records[0].get("ts"))
    last_t = records[-1]["t"] if records else 0.0
    result.duration = max(end_t if end_t is not None else 0.0, last_t, 0.0)
    result.turns = _turns(records)
    result.spans = _phase_spans(records, result.duration)
    result.phase_changes = sum(1 for r in records if r["type"] == "phase")
    overrules = sorted((n for n in result.notes if n.kind == "safety_at"), key=lambda n: n.ts or "")  # latest wins
    result.has_protocol = any(r["type"] == "protocol" for r in records)
    result.all_crises = _crises(records, result.turns, result.duration, overrules)
    result.crises = [c for c in result.all_crises if c.real]
    result.suggestions = _suggestions(records)
    result.intervals = _intervals(records, result.duration)
    result.scale = _scale_points(result.turns)
    return result


def analyse_log(contents: LogContents, notes: list[Note] | None = None, notes_skipped: int = 0) -> SessionAnalysis:
    return analyse(contents.records, path=contents.path, skipped=contents.skipped,
                   skipped_lines=contents.skipped_lines, notes=notes, notes_skipped=notes_skipped)


def load_session(path: Path | str) -> SessionAnalysis:
    """Read a session log and its notes; a file with no readable event is a user error."""
    path = Path(path)
    if is_notes_file(path):
        raise UserError(_('{path} holds supervisor notes, not a session log; give the log it belongs to').format(path=path))
    contents = read_log(path)
    if not contents.records:
        raise UserError(
            _('{path} has no readable session events ({skipped} line(s) skipped); give a session log (.jsonl) written by voice-companion').format(path=path, skipped=contents.skipped)
        )
    notes, notes_skipped = read_notes(path)
    return analyse_log(contents, notes, notes_skipped)
