"""Details of issue #11 found in the audit: start times, plurals, calls that never change phase,
open suggestions on the strip, and trends that count late and missing safety questions once."""

from __future__ import annotations

import re
from datetime import timedelta

from voice_companion.cli import main
from voice_companion.supervisor.analysis import analyse
from voice_companion.supervisor.reflection import reflect

from .helpers import START, parse_html, record, session_records, utter, write_log
from .test_story import bad_call, good_call


def render(log, tmp_path, name="verslag.html"):
    out = tmp_path / name
    assert main(["report", str(log), "-o", str(out)]) == 0
    return parse_html(out.read_text(encoding="utf-8"))


def short_call(*middle: list[dict], end: float = 300) -> list[dict]:
    r = [record("session_start", 0.0, schema=1, lang="nl", bank="nl@test", source="script", worker="W-9")]
    for part in middle:
        r += part
    r.append(record("session_end", end, reason="done"))
    return r


def test_scale_answers_are_shown_at_the_start_of_the_line(tmp_path):
    doc = render(write_log(tmp_path / "s.jsonl", session_records()), tmp_path)
    rows = [r for r in doc.find("table", cls="scale-table").find_all("tr") if "data-value" in r.attrs]
    # "je zegt een vier" was said from 03:18 to 03:20, "dus een zes" from 06:38 to 06:40
    assert [(r.attrs["data-at"], r.find("td", cls="time").text()) for r in rows] == [("198", "03:18"), ("398", "06:38")]


def test_the_circle_says_1_vraag_not_1_vragen(tmp_path):
    records = short_call([record("phase", 0.0, phase="current", previous=None)],
                         utter(60, "hoe houd je het vol", "coping", "current"))
    doc = render(write_log(tmp_path / "een.jsonl", records), tmp_path)
    circle = doc.find("svg", cls="circle-chart").text()
    assert "1 vraag ·" in circle and "0 vragen ·" in circle
    assert not re.search(r"\b1 vragen", circle)


def test_warnings_beyond_the_first_fifty_in_dutch_plural(tmp_path):
    warnings = [record("warning", 10 + i, component="whisper", message="tts failed") for i in range(51)]
    doc = render(write_log(tmp_path / "w.jsonl", short_call(warnings)), tmp_path)
    assert "… en nog 1 melding." in doc.find("section", id="meldingen").text()


def test_a_protocol_of_one_step_is_1_stap():
    records = short_call(utter(30, "je ziet het niet meer zitten", "summary", "current"),
                         [record("crisis", 30, crisis="suicide", trigger="niet meer zitten", certainty="confirmed",
                                 protocol=[["ask_directly", "Vraag het direct"]])],
                         utter(50, "denk je aan zelfdoding", "safety", "current"),
                         [record("protocol", 50, crisis="suicide", item="ask_directly", label="Vraag het direct")])
    strengths = {item.key: item.text for item in reflect(analyse(records), 60).strengths}
    assert strengths["protocol_done"].endswith("doorlopen: 1 van 1 stap")


def test_a_call_that_never_changed_phase_stayed_in_the_current_situation(tmp_path):
    """The companion starts in the current situation and logs a phase only when it changes."""
    records = short_call(utter(30, "hoe kan ik je helpen", "welcome", None),
                         utter(90, "wat speelt er", "problem", None), end=240)
    a = analyse(records)
    assert [(s.phase, s.start, s.end) for s in a.spans] == [("current", 0.0, 240)]
    doc = render(write_log(tmp_path / "stil.jsonl", records), tmp_path)
    assert doc.find("p", cls="no-phase-change")
    row = doc.find("table", cls="circle-table").find("tr", data_phase="current")
    assert row.attrs["data-duration"] == "240" and row.attrs["data-visits"] == "1"
    assert doc.find("svg", cls="story-strip").find_all("rect", data_kind="phase")
    # a log with no utterances at all says nothing about phases
    assert analyse(short_call(end=240)).spans == []


def test_a_suggestion_left_open_reaches_to_the_next_one_or_the_end_on_the_strip(tmp_path):
    suggestion = lambda t, qid: record("suggestion", t, question_id=qid, text="Hoe houd je het vol?",  # noqa: E731
                                       technique="coping", phase="current", reason="", channel="display",
                                       alternatives=[])
    records = short_call(utter(30, "hoe kan ik je helpen", "welcome", None),
                         [suggestion(100, "coping.a"), suggestion(200, "coping.b")], end=400)
    doc = render(write_log(tmp_path / "open.jsonl", records), tmp_path)
    rects = doc.find("svg", cls="story-strip").find_all("rect", data_kind="suggestion")
    assert [(r.attrs["data-start"], r.attrs["data-end"]) for r in rects] == [("100", "200"), ("200", "400")]


def test_trends_count_a_late_and_a_missing_safety_question_once_each(tmp_path):
    folder = tmp_path / "logs"
    folder.mkdir()
    write_log(folder / "a.jsonl", bad_call("W-9"))  # asked after 9 min 51 s
    write_log(folder / "b.jsonl", session_records("W-9", START + timedelta(days=1), safety=False))  # never asked
    write_log(folder / "c.jsonl", good_call("W-9", START + timedelta(days=2)))  # on time
    out = tmp_path / "trends.html"
    assert main(["report", str(folder), "-o", str(out)]) == 0
    doc = parse_html(out.read_text(encoding="utf-8"))
    row = doc.find("table", cls="worker-table").find("tr", data_group="W-9")
    assert (row.attrs["data-safety-late"], row.attrs["data-safety-missing"]) == ("2", "1")
    text = " ".join(row.text().split())
    assert "3× nodig, 1× te laat, 1× niet gesteld" in text


def test_trends_flag_unfinished_logs_in_a_column_that_exists(tmp_path):
    folder = tmp_path / "logs"
    folder.mkdir()
    write_log(folder / "los.jsonl", bad_call(end=False))
    out = tmp_path / "trends.html"
    assert main(["report", str(folder), "-o", str(out)]) == 0
    doc = parse_html(out.read_text(encoding="utf-8"))
    column = re.search(r"zie de kolom (\w+)", doc.find("p", cls="unfinished").text()).group(1)
    table = doc.find("table", cls="session-table")
    heads = [th.text() for th in table.find("thead").find_all("th")]
    assert column in heads
    cell = table.find("tbody").find_all("td")[heads.index(column)]
    assert "niet afgesloten" in cell.text()


def test_sessions_without_a_report_say_so(tmp_path):
    folder = tmp_path / "logs"
    folder.mkdir()
    with_report = write_log(folder / "a.jsonl", bad_call())
    write_log(folder / "b.jsonl", good_call(start=START + timedelta(days=1)))
    assert main(["report", str(with_report), "-o", str(folder / "a.html")]) == 0
    out = tmp_path / "trends.html"
    assert main(["report", str(folder), "-o", str(out)]) == 0
    doc = parse_html(out.read_text(encoding="utf-8"))
    assert doc.find("p", cls="no-reports").attrs["data-count"] == "1"
    cells = {c.find("a").text(): c for c in doc.find("table", cls="session-table").find_all("td", cls="link")}
    assert cells["a.jsonl"].find("a").attrs["data-kind"] == "verslag" and "nog geen verslag" not in cells["a.jsonl"].text()
    assert cells["b.jsonl"].find("a").attrs["data-kind"] == "logboek" and "nog geen verslag" in cells["b.jsonl"].text()


def test_own_average_says_how_often_the_safety_question_was_not_asked(tmp_path):
    folder = tmp_path / "logs"
    folder.mkdir()
    log = write_log(folder / "a-slecht.jsonl", bad_call("W-9"))
    write_log(folder / "b-goed.jsonl", good_call("W-9", START + timedelta(days=1)))
    write_log(folder / "c-niet.jsonl", session_records("W-9", START + timedelta(days=2), safety=False))
    doc = render(log, tmp_path)
    by_rule = {li.attrs["data-rule"]: li for li in doc.find("div", cls="points").find_all("li")}
    compare = by_rule["safety_late"].find("span", cls="compare").text()
    assert compare == "eigen mediaan 38 s, langste 38 s, 1× niet gesteld in 2 andere crises"


def test_the_technique_families_agree_with_the_balance():
    from voice_companion.labels import TECHNIQUES
    from voice_companion.supervisor.analysis import PROBLEM_TALK, SOLUTION_TALK
    from voice_companion.supervisor.charts import TECHNIQUE_FAMILIES, family_of

    assert set(TECHNIQUE_FAMILIES["problem"]) == set(PROBLEM_TALK)
    assert set(SOLUTION_TALK) <= set(TECHNIQUE_FAMILIES["solution"])
    families = [f for f in TECHNIQUE_FAMILIES if f != "none"]
    assert 4 <= len(families) <= 5
    assert {family_of(t) for t in TECHNIQUES} <= set(TECHNIQUE_FAMILIES)


def test_a_trend_chart_of_weeks_without_any_share_draws_no_empty_legend():
    """Weeks where no share could be computed (no suggestions, no calls with a crisis) draw the safety bars alone:
    no legend without labelled lines (matplotlib warned on every such report)."""
    import warnings

    from voice_companion.supervisor.charts import trends_svg

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        svg = trends_svg(["2026-W48", "2026-W49"], [("overgenomen", [None, None], "#2f6690")], [34.0, None])
    assert svg is None or "<svg" in svg
