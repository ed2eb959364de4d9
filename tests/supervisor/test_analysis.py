"""The figures behind replay, report and trends, from a hand-made log."""

from __future__ import annotations

import math

import pytest

from voice_companion.supervisor.analysis import analyse
from voice_companion.supervisor.fmt import fmt_clock, fmt_span, parse_clock
from voice_companion.supervisor.scaling import find_scale_answer

from .helpers import EXPECTED, record, session_records, utter


def test_phase_spans_follow_the_phase_events():
    a = analyse(session_records())
    assert [(s.phase, s.start, s.end) for s in a.spans] == EXPECTED["spans"]
    summaries = {s.phase: s for s in a.phase_summaries()}
    assert summaries["current"].duration == 215
    assert summaries["exceptions"].visits == 1
    # questions asked while in each phase (not acknowledgement, summary or none)
    assert summaries["current"].questions == 4  # welcome, coping, problem, scaling
    assert summaries["desired"].questions == 3  # safety, goal, scaling


def test_a_call_that_starts_before_the_first_phase_event_begins_in_the_current_situation():
    records = [record("session_start", 0, schema=1), record("phase", 30, phase="desired", previous=None),
               record("session_end", 90, reason="done")]
    a = analyse(records)
    assert [(s.phase, s.start, s.end) for s in a.spans] == [("current", 0, 30), ("desired", 30, 90)]


def test_technique_counts_and_balance():
    a = analyse(session_records())
    assert dict(a.techniques) == EXPECTED["techniques"]
    assert a.solution_talk == 1 + 2 + 2 + 1 + 1  # coping, exception, scaling, goal, next_step
    assert a.problem_talk == 1
    assert a.summaries_and_acknowledgement == 5
    assert a.questions == sum(EXPECTED["techniques"].values()) - 5 - 1


def test_time_to_safety_question():
    a = analyse(session_records())
    crises = {c.crisis: c for c in a.crises}
    assert crises["suicide"].time_to_safety == EXPECTED["time_to_safety"]
    assert crises["utility_cutoff"].time_to_safety is None and not crises["utility_cutoff"].needs_safety
    assert [t.technique for t in crises["suicide"].followed][:2] == ["safety", "goal"]
    assert a.safety_delays() == [45.0]


def test_safety_never_asked():
    a = analyse(session_records(safety=False))
    suicide = next(c for c in a.crises if c.crisis == "suicide")
    assert suicide.time_to_safety is None and suicide.safety_t is None
    assert a.safety_delays() == [None]


def test_safety_asked_before_the_crisis_was_named_counts_as_zero():
    records = [record("session_start", 0)]
    records += utter(10, "ben je veilig", "safety", "current", "safety.veilig")
    records += [record("crisis", 20, crisis="unsafe_vulnerable", trigger="kinderen alleen")]
    a = analyse(records)
    assert a.crises[0].time_to_safety == 0.0 and a.crises[0].safety_before == 10


def test_suggestion_uptake():
    a = analyse(session_records())
    status = [(s.question_id, s.taken_via, s.delay) for s in a.suggestions]
    assert status == [
        ("coping.hoe-red-je-het", "uptake", 34.0),
        ("problem.wat-speelt-er", None, None),
        ("exception.hoe-deed-je-dat", "match", 30.0),
        ("safety.ben-je-veilig", "alternative", 44.0),
    ]
    assert a.taken_up == EXPECTED["taken"]
    assert [s.whisper for s in a.suggestions] == ["spoken", None, None, "interrupted"]


def test_a_match_after_60_seconds_is_not_uptake_and_repeated_suggestions_count_once_each():
    records = [record("session_start", 0)]
    records.append(record("suggestion", 10, question_id="hope.x", technique="hope", text="Waar hoop je op?"))
    records += utter(75, "waar hoop je op", "hope", "desired", "hope.x")  # 65 s later: too late
    records.append(record("suggestion", 80, question_id="hope.x", technique="hope", text="Waar hoop je op?"))
    records += utter(90, "waar hoop je nog op", "hope", "desired", "hope.x")
    a = analyse(records)
    assert [s.taken for s in a.suggestions] == [False, True]
    assert a.suggestions[1].delay == 10


def test_mutes_pauses_and_marks():
    a = analyse(session_records())
    assert [(i.kind, i.start, i.end) for i in a.intervals] == [("mute", 120, 180), ("pause", 420, 440)]
    assert [(m.t, m.value) for m in a.marks] == [(205, "mooi moment")]
    records = [record("session_start", 0), record("control", 50, action="mute", value=None),
               record("session_end", 80, reason="done")]
    (interval,) = analyse(records).intervals
    assert interval.open_end and interval.duration == 30


def test_scale_answers_near_a_scaling_question():
    a = analyse(session_records())
    assert [(p.t, p.value) for p in a.scale] == EXPECTED["scale"]


def test_numbers_far_from_a_scaling_question_are_not_scale_answers():
    records = [record("session_start", 0)]
    records += utter(10, "dus een zes", "summary", None)  # no scaling question near
    records += utter(400, "op een schaal van nul tot tien waar zit je", "scaling", None)
    records += utter(410, "een vier zeg je", "acknowledgement", None)
    assert [(p.t, p.value) for p in analyse(records).scale] == [(410, 4)]


def test_redaction_and_unreadable_times_are_counted():
    records = session_records()
    records.append({"type": "utterance", "t": math.nan, "ts": "x", "text": "?"})
    a = analyse(records, skipped=2)
    assert a.redacted_turns == 1
    assert a.skipped == 3


@pytest.mark.parametrize("text, value", [
    ("je zegt een vier", 4), ("dus een zes", 6), ("een vier zeg je", 4), ("je geeft het een drie", 3),
    ("dus vijf en een half", 5.5), ("vierenhalf zeg je", 4.5), ("je zit op een 7", 7), ("een zes", 6),
    ("tien", 10), ("je zegt nul", 0),
    ("als tien rust en overzicht is en nul chaos waar zit je dan nu", None),
    ("op een schaal van één tot tien hoe groot is de chaos nu", None),
    ("stel tien is rust en nul is chaos waar sta je nu", None),
    ("je hebt een kind", None), ("wat maakt dat het een vier is en geen drie", None),
])
def test_dutch_scale_numbers(text, value):
    assert find_scale_answer(text) == value


def test_strict_scale_numbers_need_an_echo():
    assert find_scale_answer("een zes", strict=True) is None
    assert find_scale_answer("dus een zes, wat zou een zeven zijn", strict=True) == 6


@pytest.mark.parametrize("text, seconds", [("03:10", 190), ("3:10", 190), ("1:03:10", 3790), ("190", 190),
                                           ("12.5", 12.5), ("00:00", 0)])
def test_parse_clock(text, seconds):
    assert parse_clock(text) == seconds


@pytest.mark.parametrize("text", ["3:70", "1:60:00", "abc", "-3", "", "03:10:xx", "3m10s"])
def test_parse_clock_rejects(text):
    with pytest.raises(ValueError):
        parse_clock(text)


def test_clock_and_span_formats():
    assert fmt_clock(190.7) == "03:10"
    assert fmt_clock(3790) == "1:03:10"
    assert fmt_clock(None) == "--:--"
    assert fmt_span(45) == "45 s"
    assert fmt_span(125) == "2 min 05 s"
    assert fmt_span(3720) == "1 u 02 min"
