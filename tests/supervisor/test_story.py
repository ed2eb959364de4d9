"""The true story of a call: safety timing from the protocol, problem-digging, the strip, the reflection.

Hand-written logs with the new events (possible/confirmed crisis, protocol, crisis_end,
suggestion_end, cause matches), checked through the report's HTML structure.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from voice_companion.cli import main
from voice_companion.supervisor.analysis import load_session

from .helpers import START, parse_html, record, run_cli, utter, write_log

LABELS = [["person_safe", "Is de persoon in gevaar nu veilig?"], ["who_can_go", "Wie kan erheen?"],
          ["authorities", "Politie / 112, Veilig Thuis"]]


def bad_call(worker: str = "W-9", start=START, schema: int = 1, end: bool = True) -> list[dict]:
    """An unsafe-child call handled badly: nine 'waarom' questions (six while the crisis is open),
    a 'waarom' line misread as safety at 07:52, the real safety question at 11:21 (9 min 51 s
    after the first audible line at 01:30), no coping, scaling or hope."""
    r = [record("session_start", 0.0, start, schema=schema, lang="nl", bank="nl@test", source="script",
                redaction=True, audio_stored=False, worker=worker, interaction="complainant"),
         record("phase", 0.0, start, phase="current", previous=None)]
    r += utter(5, "goedenavond met de nachtlijn hoe kan ik je helpen", "welcome", "current", start=start)
    r += utter(40, "waarom bel je vannacht", "cause", "current", start=start)
    r += utter(70, "hoe komt het dat het zo mis is gegaan", "cause", "current", start=start)
    r += utter(92, "dus je dochter is alleen thuis", "summary", "current", start=start)  # line 01:30-01:32
    r.append(record("crisis", 92, start, crisis="unsafe_vulnerable", trigger="dochter alleen thuis",
                    safety_asked=False, certainty="possible", evidence=0.5))
    r.append(record("suggestion", 92, start, question_id="safety.persoon-nu-veilig", text="Is je dochter nu veilig?",
                    technique="safety", phase="current", reason="crisis", channel="both", alternatives=[], register="je"))
    r += utter(130, "waarom is ze alleen", "cause", "current", start=start)
    r.append(record("crisis", 130, start, crisis="unsafe_vulnerable", trigger="alleen", safety_asked=False,
                    certainty="confirmed", evidence=0.9, protocol=LABELS))
    r += utter(170, "hoe lang speelt dit al", "cause", "current", start=start)
    r.append(record("suggestion_end", 182, start, question_id="safety.persoon-nu-veilig", reason="expired"))
    r += utter(220, "waarom heeft haar vader niets gedaan", "cause", "current", start=start)
    r += utter(300, "wat vind je zelf het moeilijkst", "problem", "current", start=start)
    r.append(record("suggestion", 301, start, question_id="safety.wie-is-er-nu-bij", text="Wie is er nu bij haar?",
                    technique="safety", phase="current", reason="crisis", channel="both", alternatives=[], register="je"))
    r.append(record("suggestion_end", 330, start, question_id="safety.wie-is-er-nu-bij", reason="dismissed"))
    r.append(record("control", 330, start, action="dismiss", value=None))
    r += utter(400, "waarom is het zo gelopen", "cause", "current", start=start)
    r += utter(474, "waarom ben je zelf niet naar haar toe gegaan", "safety", "current", start=start)  # 07:52
    r += utter(560, "waarom nu pas", "cause", "current", start=start)
    r += utter(600, "hoe komt dat dan", "cause", "current", start=start)
    r += utter(683, "is je dochter nu veilig", "safety", "current", "safety.persoon-nu-veilig", start=start)  # 11:21
    r.append(record("protocol", 683, start, crisis="unsafe_vulnerable", item="person_safe",
                    label=LABELS[0][1], question_id="safety.persoon-nu-veilig"))
    r += utter(720, "wie kan er nu naartoe gaan", "safety", "current", "safety.wie-kan-erheen", start=start)
    r.append(record("protocol", 720, start, crisis="unsafe_vulnerable", item="who_can_go", label=LABELS[1][1],
                    question_id="safety.wie-kan-erheen"))
    r.append(record("crisis_end", 760, start, crisis="unsafe_vulnerable", reason="closed"))
    r += utter(800, "waarom denk je dat hij zo is", "cause", "current", start=start)  # after the crisis
    r += utter(830, "fijn dat je belde", "acknowledgement", "current", start=start)
    if end:
        r.append(record("session_end", 840, start, reason="done"))
    return r


def good_call(worker: str = "W-9", start=START, safety_at: float = 100) -> list[dict]:
    """A suicide call: possible at 01:00, confirmed, asked directly within the norm, protocol through."""
    r = [record("session_start", 0.0, start, schema=1, lang="nl", bank="nl@test", source="script",
                redaction=True, audio_stored=False, worker=worker)]
    r += utter(30, "hoe kan ik je helpen", "welcome", "current", start=start)
    r += utter(62, "je ziet het allemaal niet meer zitten", "summary", "current", start=start)
    r.append(record("crisis", 62, start, crisis="suicide", trigger="niet meer zitten", safety_asked=False,
                    certainty="possible", evidence=0.5))
    r += utter(safety_at, "denk je erover om een einde aan je leven te maken", "safety", "current", start=start)
    r.append(record("crisis", safety_at, start, crisis="suicide", trigger="einde aan je leven", safety_asked=True,
                    certainty="confirmed", evidence=1.0, protocol=[["ask_directly", "Vraag het direct"],
                                                                   ["plan", "Plan"]]))
    r.append(record("protocol", safety_at, start, crisis="suicide", item="ask_directly", label="Vraag het direct",
                    question_id=None))
    r += utter(safety_at + 40, "heb je er al een plan voor", "safety", "current", start=start)
    r.append(record("protocol", safety_at + 40, start, crisis="suicide", item="plan", label="Plan", question_id=None))
    r.append(record("crisis_end", safety_at + 40, start, crisis="suicide", reason="assessed"))
    r += utter(safety_at + 80, "hoe houd je dit vol", "coping", "current", start=start)
    r += utter(safety_at + 110, "als tien rust is waar zit je nu", "scaling", "current", start=start)
    r += utter(safety_at + 140, "wat geeft je hoop", "hope", "current", start=start)
    r += utter(safety_at + 170, "dus je zegt een vier", "summary", "current", start=start)
    r.append(record("session_end", safety_at + 200, start, reason="done"))
    return r


def report(log: Path, tmp_path: Path, *extra: str, name: str = "verslag.html", env: dict | None = None):
    out = tmp_path / name
    result = run_cli("report", str(log), "-o", str(out), *extra, env=env)
    assert result.returncode == 0, result.stderr
    return result, parse_html(out.read_text(encoding="utf-8"))


def safety_card(doc):
    return next(n for n in doc.find_all("div", cls="card") if "data-safety-seconds" in n.attrs)


def test_safety_time_comes_from_the_protocol_not_a_waarom_question(tmp_path):
    log = write_log(tmp_path / "slecht.jsonl", bad_call())
    _, doc = report(log, tmp_path)
    card = safety_card(doc)
    # from the start of the first audible line (01:30, a possible crisis) to the start of 'is je dochter nu veilig'
    assert float(card.attrs["data-safety-seconds"]) == 591
    assert card.attrs["data-late"] == "true" and "late" in card.attrs["class"].split()
    assert card.attrs["data-safety-norm"] == "60"
    assert "9 min 51 s" in card.text() and "norm 60 s" in card.text() and "11:21" in card.text()
    row = doc.find("tr", data_crisis="unsafe_vulnerable")
    cell = row.find("td", cls="time-to-safety")
    assert "is je dochter nu veilig" in cell.text() and "waarom ben je zelf" not in cell.text()
    assert "late" in cell.attrs["class"].split()
    assert row.attrs["data-certainty"] == "confirmed" and row.attrs["data-end-reason"] == "closed"
    items = {li.attrs["data-item"]: li.attrs["data-at"] for li in row.find("ol", cls="protocol").find_all("li")}
    assert items == {"person_safe": "681", "who_can_go": "718", "authorities": ""}


def test_cause_counts_on_page_one_and_as_problem_talk(tmp_path):
    log = write_log(tmp_path / "slecht.jsonl", bad_call())
    _, doc = report(log, tmp_path)
    card = next(n for n in doc.find_all("div", cls="card") if "data-cause" in n.attrs)
    assert (card.attrs["data-cause"], card.attrs["data-cause-crisis"]) == ("9", "6")
    balance = {r.attrs["data-balance"]: int(r.attrs["data-count"]) for r in doc.find_all("tr") if "data-balance" in r.attrs}
    assert balance["problem"] == 10 and balance["solution"] == 0  # 9 cause + 1 problem
    counts = {r.attrs["data-technique"]: r.attrs["data-count"] for r in doc.find_all("tr") if "data-technique" in r.attrs}
    assert counts["cause"] == "9" and counts["coping"] == counts["scaling"] == counts["hope"] == "0"
    # the strip: each cause question a tick of its own
    strip = doc.find("svg", cls="story-strip")
    assert len(strip.find_all("line", data_kind="technique", data_technique="cause")) == 9
    gap = strip.find("rect", data_kind="safety-gap")
    assert gap.attrs["data-late"] == "true"
    outcomes = [r.attrs["data-outcome"] for r in strip.find_all("rect", data_kind="suggestion")]
    assert outcomes == ["expired", "dismissed"]


def test_the_summary_names_the_late_safety_question_and_the_digging(tmp_path):
    log = write_log(tmp_path / "slecht.jsonl", bad_call())
    _, doc = report(log, tmp_path)
    points = doc.find("div", cls="points").find_all("li")
    by_rule = {li.attrs["data-rule"]: li.text() for li in points}
    assert "Veiligheidsvraag na 9 min 51 s (norm 60 s)" in by_rule["safety_late"]
    assert "9 waarom-vragen, 6 tijdens de crisis" in by_rule["cause"]
    assert all("regel:" in li.text() for li in points) and 2 <= len(points) <= 3


def test_a_good_call_gets_strengths(tmp_path):
    log = write_log(tmp_path / "goed.jsonl", good_call())
    _, doc = report(log, tmp_path)
    card = safety_card(doc)
    assert float(card.attrs["data-safety-seconds"]) == 38 and card.attrs["data-late"] == "false"
    strengths = {li.attrs["data-rule"]: li.text() for li in doc.find("div", cls="strengths").find_all("li")}
    assert "Veiligheidsvraag na 38 s (norm 60 s)" in strengths["safety_on_time"]
    assert {"no_cause_in_crisis", "protocol_done"} <= set(strengths)
    assert not doc.find("div", cls="points").find_all("li")
    _, doc = report(log, tmp_path, "--safety-norm", "30", name="streng.html")
    assert safety_card(doc).attrs["data-late"] == "true"
    points = {li.attrs["data-rule"] for li in doc.find("div", cls="points").find_all("li")}
    assert "safety_late" in points


def test_norm_from_the_config_and_bad_norms(tmp_path, monkeypatch):
    log = write_log(tmp_path / "goed.jsonl", good_call())
    config = tmp_path / "config.toml"
    config.write_text("safety_norm = 30\n")
    monkeypatch.setenv("VOICE_COMPANION_CONFIG", str(config))
    _, doc = report(log, tmp_path)
    assert safety_card(doc).attrs["data-safety-norm"] == "30" and safety_card(doc).attrs["data-late"] == "true"
    _, doc = report(log, tmp_path, "--safety-norm", "01:30", name="b.html")  # the flag wins; MM:SS too
    assert safety_card(doc).attrs["data-safety-norm"] == "90"
    for bad in ("0", "abc", "-5", "99999"):
        result = run_cli("report", str(log), "-o", str(tmp_path / "c.html"), "--safety-norm", bad)
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    config.write_text("safety_norm = \"lang\"\n")
    result = run_cli("report", str(log), "-o", str(tmp_path / "c.html"))
    assert result.returncode == 2 and "safety_norm" in result.stderr


def test_false_alarm_is_not_a_crisis_call(tmp_path):
    r = [record("session_start", 0.0, schema=1, lang="nl", bank="nl@test", source="script", redaction=True,
                audio_stored=False, worker="W-3")]
    r += utter(40, "denkt u eraan om uzelf iets aan te doen", "safety", "current")
    r.append(record("crisis", 40, crisis="suicide", trigger="uzelf iets aan te doen", safety_asked=True,
                    certainty="possible", evidence=0.4))
    r.append(record("control", 52, action="crisis_false_alarm", value="suicide"))
    r.append(record("crisis_end", 52, crisis="suicide", reason="false_alarm"))
    r += utter(90, "waarom bent u gescheiden", "cause", "current")
    r.append(record("session_end", 120, reason="done"))
    folder = tmp_path / "logs"
    folder.mkdir()
    log = write_log(folder / "scheiding.jsonl", r)
    _, doc = report(log, tmp_path)
    assert not any("data-safety-seconds" in n.attrs for n in doc.find_all("div", cls="card"))
    crisis_card = next(n for n in doc.find_all("div", cls="card") if "Crisis" == n.find("div", cls="label").text())
    assert crisis_card.find("div", cls="value").text() == "geen"
    assert doc.find("tr", data_crisis="suicide").attrs["data-real"] == "false"
    assert doc.find("p", cls="false-alarm").attrs["data-false-alarms"] == "1"
    cause = next(n for n in doc.find_all("div", cls="card") if "data-cause" in n.attrs)
    assert cause.attrs["data-cause-crisis"] == "0"
    trends = tmp_path / "trends.html"
    assert main(["report", str(folder), "-o", str(trends)]) == 0
    tdoc = parse_html(trends.read_text(encoding="utf-8"))
    row = tdoc.find("tr", data_group="W-3")
    assert row.attrs["data-safety-late"] == "0" and row.attrs["data-safety-median"] == ""
    assert "geen crisis die erom vraagt" in row.text()


def test_supervisor_overrules_the_safety_line_beside_the_log(tmp_path, capsys):
    log = write_log(tmp_path / "slecht.jsonl", bad_call())
    before = hashlib.sha256(log.read_bytes()).hexdigest()
    assert main(["note", str(log), "--safety-at", "07:52"]) == 0  # say the supervisor counts the 07:52 line
    assert "6 min 22 s" in capsys.readouterr().out
    assert hashlib.sha256(log.read_bytes()).hexdigest() == before  # the log is never changed
    notes = [json.loads(line) for line in (tmp_path / "slecht.jsonl.notes.jsonl").read_text().splitlines()]
    assert notes[-1]["kind"] == "safety_at" and notes[-1]["at"] == 472 and notes[-1]["crisis"] == "unsafe_vulnerable"
    _, doc = report(log, tmp_path)
    card = safety_card(doc)
    assert float(card.attrs["data-safety-seconds"]) == 472 - 90  # 6 min 22 s
    assert "supervisor" in card.text()
    assert "waarom ben je zelf niet naar haar toe gegaan" in doc.find("td", cls="time-to-safety").text()
    # the latest overrule wins
    assert main(["note", str(log), "--safety-at", "11:21", "toch deze"]) == 0
    assert load_session(log).crises[0].time_to_safety == 591


def test_overrule_bad_input(tmp_path):
    log = write_log(tmp_path / "slecht.jsonl", bad_call())
    plain = write_log(tmp_path / "geen.jsonl", good_call()[:3])
    for args in (["note", str(log), "--safety-at", "xx"],
                 ["note", str(log), "--safety-at", "00:10"],  # before the crisis
                 ["note", str(log), "--safety-at", "59:00"],  # after the end
                 ["note", str(log), "--safety-at", "08:00", "--crisis", "eviction"],
                 ["note", str(log), "--safety-at", "08:00", "--at", "08:00"],
                 ["note", str(plain), "--safety-at", "00:20"],  # no crisis that asks for it
                 ["note", str(log)]):
        result = run_cli(*args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr, result.stderr
    assert not (tmp_path / "slecht.jsonl.notes.jsonl").exists()


def test_old_log_without_protocol_falls_back_to_the_first_safety_match(tmp_path):
    r = [rec for rec in bad_call() if rec["type"] not in ("protocol", "crisis_end", "suggestion_end")]
    for rec in r:
        if rec["type"] == "crisis":
            rec.pop("certainty"), rec.pop("evidence"), rec.pop("protocol", None)
    log = write_log(tmp_path / "oud.jsonl", r)
    a = load_session(log)
    assert a.crises[0].safety_source == "match"
    assert a.crises[0].time_to_safety == 472 - 90  # the first line read as safety after the crisis


def test_own_average_from_the_same_workers_other_sessions(tmp_path):
    from datetime import timedelta

    folder = tmp_path / "logs"
    folder.mkdir()
    log = write_log(folder / "a-slecht.jsonl", bad_call())
    write_log(folder / "b-goed.jsonl", good_call(start=START + timedelta(days=1)))
    write_log(folder / "c-goed.jsonl", good_call(start=START + timedelta(days=2), safety_at=130))
    write_log(folder / "d-ander.jsonl", good_call(worker="W-1", start=START + timedelta(days=3)))
    _, doc = report(log, tmp_path)
    assert doc.find("p", data_own_sessions="2")
    by_rule = {li.attrs["data-rule"]: li for li in doc.find("div", cls="points").find_all("li")}
    compare = by_rule["safety_late"].find("span", cls="compare").text()
    assert "53 s" in compare and "2 andere crises" in compare  # median of 38 s and 68 s
    assert "2 andere gesprekken" in by_rule["cause"].find("span", cls="compare").text()


def test_interaction_unfinished_and_schema(tmp_path):
    log = write_log(tmp_path / "los.jsonl", bad_call(schema=2, end=False))
    result, doc = report(log, tmp_path)
    assert doc.find("p", cls="interaction").attrs["data-interaction"] == "complainant"
    assert "Klaagtypisch" in doc.find("p", cls="interaction").text()
    assert doc.find("p", cls="unfinished")
    assert doc.find("p", cls="schema").attrs["data-schema"] == "2"
    warnings = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(warnings) == 1 and "schema" in warnings[0], result.stderr
    replay = run_cli("replay", str(log), "--speed", "0")
    assert "niet afgesloten" in replay.stdout and "gesprekstype: Klaagtypisch" in replay.stdout


def test_dutch_plurals_for_unreadable_lines(tmp_path):
    one = write_log(tmp_path / "een.jsonl", good_call(), ["{kapot"])
    two = write_log(tmp_path / "twee.jsonl", good_call(), ["{kapot", "[]"])
    dutch = {"LANGUAGE": "nl", "LANG": "nl_NL.UTF-8"}  # the terminal line follows the locale; the report is Dutch
    result, doc = report(one, tmp_path, name="een.html", env=dutch)
    text = doc.find("p", cls="skipped-lines").text()
    assert "1 regel van het logboek kon niet gelezen worden en is overgeslagen" in text
    assert "(1 onleesbare regel overgeslagen)" in result.stdout
    result, doc = report(two, tmp_path, name="twee.html", env=dutch)
    assert "2 regels van het logboek konden niet gelezen worden en zijn overgeslagen" in \
        doc.find("p", cls="skipped-lines").text()
    assert "(2 onleesbare regels overgeslagen)" in result.stdout
    english = report(two, tmp_path, name="two.html")[0].stdout  # the tests run in English
    assert "(2 unreadable lines skipped)" in english and "Report written to" in english


def test_times_are_utterance_starts(tmp_path):
    log = write_log(tmp_path / "slecht.jsonl", bad_call())
    _, doc = report(log, tmp_path)
    lines = [r for r in doc.find("table", cls="transcript").find_all("tr", cls="k-utterance")]
    first = lines[0]
    assert first.attrs["data-t"] == "3" and "00:03" in first.text()  # said from 00:03 to 00:05


def test_simulate_writes_the_interaction_type(tmp_path):
    script = tmp_path / "klager.txt"
    script.write_text("00:00 goedenavond met de nachtlijn hoe kan ik u helpen\n00:20 dat klinkt vervelend\n")
    log = tmp_path / "klager.jsonl"
    result = run_cli("simulate", str(script), "--log", str(log), "--interaction", "complainant", "--quiet")
    assert result.returncode == 0, result.stderr
    start = json.loads(log.read_text(encoding="utf-8").splitlines()[0])
    assert start["type"] == "session_start" and start["interaction"] == "complainant"
    _, doc = report(log, tmp_path)
    card = next(n for n in doc.find_all("div", cls="card") if "data-interaction" in n.attrs)
    assert card.attrs["data-interaction"] == "complainant" and "Klaagtypisch" in card.text()


@pytest.mark.parametrize("late", [True, False])
def test_trends_show_late_count_and_worst_case(tmp_path, late):
    from datetime import timedelta

    folder = tmp_path / "logs"
    folder.mkdir()
    write_log(folder / "a.jsonl", bad_call() if late else good_call(safety_at=70))
    write_log(folder / "b.jsonl", good_call(start=START + timedelta(days=1), safety_at=90))
    write_log(folder / "c.jsonl", good_call(start=START + timedelta(days=2), safety_at=100))
    out = tmp_path / "trends.html"
    assert main(["report", str(folder), "-o", str(out)]) == 0
    doc = parse_html(out.read_text(encoding="utf-8"))
    row = doc.find("tr", data_group="W-9")
    expected_worst = 591 if late else 38
    assert float(row.attrs["data-safety-worst"]) == expected_worst
    assert row.attrs["data-safety-late"] == ("1" if late else "0")
    assert ("te laat" in row.text()) == late
    families = dict(pair.split(":") for pair in row.attrs["data-families"].split())
    assert set(families) <= {"contact", "problem", "solution", "crisis", "none"}
    assert int(families.get("problem", 0)) == (10 if late else 0)


def test_trends_read_the_same_figures_as_the_report(tmp_path):
    """Trends read utterance times without parsing the words; the figures must not differ."""
    from voice_companion.supervisor.trends import read_summary

    tricky = bad_call()
    for rec in tricky:
        if rec["type"] == "utterance" and rec["text"].startswith("waarom is ze"):
            rec["text"] = 'waarom is ze "alleen", "start": 5, \\ zei je'  # quotes and a fake field in the words
    for name, records in (("slecht", tricky), ("goed", good_call()), ("los", bad_call(end=False))):
        log = tmp_path / f"{name}.jsonl"
        with open(log, "w", encoding="utf-8") as handle:  # exactly as LogWriter writes (json.dumps defaults)
            for rec in records:
                handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
        a, s = load_session(log), read_summary(log)
        assert s.safety == a.safety_delays() and s.safety
        assert (s.cause, s.cause_in_crisis, s.techniques, s.taken) == (a.cause_total, a.cause_in_crisis,
                                                                        a.techniques, a.taken_up)


def test_a_hint_that_faded_is_no_crisis_but_one_heard_again_keeps_its_first_line(tmp_path):
    def call(again: bool) -> list[dict]:
        r = [record("session_start", 0.0, schema=1, lang="nl", bank="nl@test", source="script", redaction=True,
                    audio_stored=False, worker="W-4")]
        r += utter(50, "je zegt het hoeft niet meer", "summary", "current")
        r.append(record("crisis", 50, crisis="suicide", trigger="hoeft niet meer", safety_asked=False,
                        certainty="possible", evidence=0.4))
        r += utter(90, "wat is er gebeurd", "problem", "current")
        r.append(record("crisis_end", 150, crisis="suicide", reason="faded"))
        if again:
            r += utter(300, "je hebt pillen opgespaard", "summary", "current")
            r.append(record("crisis", 300, crisis="suicide", trigger="pillen opgespaard", safety_asked=False,
                            certainty="confirmed", evidence=1.0, protocol=[["ask_directly", "Vraag het direct"]]))
            r += utter(330, "denk je erover om een einde aan je leven te maken", "safety", "current")
            r.append(record("protocol", 330, crisis="suicide", item="ask_directly", label="Vraag het direct",
                            question_id=None))
        r.append(record("session_end", 400, reason="done"))
        return r

    faded = load_session(write_log(tmp_path / "vervaagd.jsonl", call(False)))
    assert faded.crises == [] and len(faded.false_alarms) == 1 and faded.safety_delays() == []
    again = load_session(write_log(tmp_path / "terug.jsonl", call(True)))
    assert len(again.crises) == 1 and again.crises[0].reopened == 1
    assert again.crises[0].time_to_safety == 328 - 48  # from the first hint, not from the confirmation


def test_a_possible_crisis_the_workers_own_check_opened_says_so_in_the_report(tmp_path):
    """A `crisis` event with `screening` (the worker asked "gaan ze morgen je gas afsluiten?") is the worker's own
    check: the report's crisis row says so, a possible crisis the companion raised does not."""
    log = write_log(tmp_path / "check.jsonl", [
        record("session_start", 0.0, version=1),
        record("utterance", 30.0, text="gaan ze morgen je gas afsluiten", start=27.0, end=30.0),
        record("crisis", 30.0, crisis="utility_cutoff", certainty="possible", screening=True,
               trigger="gaan ze morgen je gas afsluiten"),
        record("utterance", 60.0, text="je kinderen slapen in een koud huis", start=57.0, end=60.0),
        record("crisis", 60.0, crisis="unsafe_vulnerable", certainty="possible", trigger="koud huis"),
        record("session_end", 120.0, reason="finished"),
    ])
    _, doc = report(log, tmp_path)
    check = doc.find("tr", data_crisis="utility_cutoff")
    alert = doc.find("tr", data_crisis="unsafe_vulnerable")
    assert check.attrs["data-screening"] == "true" and "eigen controlevraag" in check.text()
    assert alert.attrs["data-screening"] == "false" and "controlevraag" not in alert.text()
