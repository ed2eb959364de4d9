"""The yardstick: annotated session scripts, the recognizer noise model, whole-call scoring, the script."""

from __future__ import annotations

import difflib
import json
import subprocess
import sys
import textwrap

import pytest

from conftest import REPO, run_cli
from voice_companion.errors import UserError
from voice_companion.evaluation.annotated import parse_annotated, read_folder
from voice_companion.evaluation.noise import add_noise, noisy_script, recognizer_text, soundalikes
from voice_companion.evaluation.scoring import Totals, misses, run_call, score_call, text_register
from voice_companion.script import parse_script

CALL = textwrap.dedent("""\
    #: register je
    #: interaction customer
    #: crisis suicide
    # a supervisor's note: ordinary comments are allowed
    00:00 goedenacht met de nachtlijn waarmee kan ik je helpen
    #= welcome -
    #> welcome|problem
    00:40 je ziet het allemaal niet meer zitten
    #= summary|mirroring current
    #! crisis suicide
    #> safety
    01:30 denk je erover om een einde aan je leven te maken
    #= safety current
    02:00 hm hm
    #= none -
    #> -
    02:05 waarom denk je dat het zo mis is gegaan
    #= cause current
    """)


def call(text: str = CALL, name: str = "call.txt"):
    return parse_annotated(text.encode(), name)


# -- parser -----------------------------------------------------------------------

def test_a_good_file_gives_header_labels_crisis_marks_and_windows():
    c = call()
    assert (c.register, c.interaction, c.crises, c.crisis_none) == ("je", "customer", ("suicide",), False)
    assert [l.t for l in c.lines] == [0, 40, 90, 120, 125]
    assert c.lines[0].techniques == ("welcome",) and c.lines[0].phases == ("-",)
    assert c.lines[1].techniques == ("summary", "mirroring") and c.lines[1].audible == ("suicide",)
    assert c.audible_line("suicide") == 1
    windows = c.windows()
    assert [(w.start, w.techniques) for w in windows] == [(0, ("welcome", "problem")), (40, ("safety",)), (120, None)]
    assert windows[0].end == 40 and windows[1].end == 120


def test_a_phase_alternative_may_be_any_phase_or_no_phase():
    text = CALL.replace("#= summary|mirroring current", "#= summary|mirroring current|*") \
               .replace("#= none -", "#= none current|-")
    c = call(text)
    assert c.lines[1].phases == ("*",) and c.lines[3].phases == ("current", "-")
    s = score_call(c, base_events())
    assert [l.phase_ok for l in s.lines] == [True, True, True, True, True]
    events = [{**e, "phase": "desired"} if e["type"] == "match" and e["t"] > 119 else e for e in base_events()]
    assert [l.phase_ok for l in score_call(c, events).lines][3] is False  # a phase not among the alternatives


@pytest.mark.parametrize("bad_line, line_no, words", [
    ("#= welkom -", 6, ["call.txt:6", "unknown technique 'welkom'", "welcome"]),
    ("#= welcome", 6, ["call.txt:6", "#= TECHNIQUE PHASE"]),
    ("#= welcome nu", 6, ["call.txt:6", "unknown phase 'nu'"]),
    ("#> coping | scaling", 6, ["call.txt:6", "#> TECH|TECH"]),
    ("#> coping||scaling", 6, ["call.txt:6", "empty technique"]),
    ("#>", 6, ["call.txt:6", "#> TECH|TECH"]),
    ("#! suicide", 6, ["call.txt:6", "#! crisis ID"]),
    ("#! crisis eviction", 6, ["call.txt:6", "#: crisis eviction"]),
    ("#: register u", 6, ["call.txt:6", "after the first utterance"]),
])
def test_a_bad_hash_line_names_file_and_line_and_says_how_to_fix_it(bad_line, line_no, words):
    lines = CALL.splitlines()
    lines.insert(line_no - 1, bad_line)  # straight after the first utterance (line 5)
    with pytest.raises(UserError) as err:
        call("\n".join(lines) + "\n")
    message = str(err.value)
    for word in words:
        assert word in message, message
    assert "\n" not in message


def test_a_missing_header_or_an_unknown_header_value_is_an_error():
    with pytest.raises(UserError, match=r"no '#: register' header"):
        call(CALL.replace("#: register je\n", ""))
    with pytest.raises(UserError, match=r"no '#: crisis' header"):
        call(CALL.replace("#: crisis suicide\n", "").replace("#! crisis suicide\n", ""))
    with pytest.raises(UserError, match=r"call.txt:1: unknown register 'jij'"):
        call(CALL.replace("#: register je", "#: register jij"))
    with pytest.raises(UserError, match=r"call.txt:3: unknown crisis 'suicidaal'.*did you mean"):
        call(CALL.replace("#: crisis suicide", "#: crisis suicidaal"))
    with pytest.raises(UserError, match=r"call.txt:2: unknown header 'interactie'"):
        call(CALL.replace("#: interaction", "#: interactie"))


def test_the_utterances_are_the_script_parsers_own():
    c = call()
    assert c.script == parse_script(CALL.encode(), "call.txt")
    assert [l.text for l in c.lines] == [s.text for s in c.script]


def test_a_bad_utterance_line_is_the_script_parsers_error():
    with pytest.raises(UserError, match=r"call.txt:8: no time at the start"):
        call(CALL.replace("00:40 je ziet", "0040 je ziet"))


def test_simulate_still_ignores_every_hash_line(tmp_path):
    path = tmp_path / "call.txt"
    path.write_text(CALL, encoding="utf-8")
    log = tmp_path / "call.jsonl"
    proc = run_cli("simulate", str(path), "--log", str(log), "--quiet")
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(l) for l in log.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in records if r["type"] == "utterance"] == [l.text for l in call().lines]


def test_the_example_calls_parse():
    folder = REPO.parent / "shared" / "eval" / "annotated"
    if not folder.is_dir():
        pytest.skip("shared/eval not beside the repo")
    calls = read_folder(folder)
    assert len(calls) >= 10
    assert all(all(l.techniques is not None for l in c.lines) for c in calls)


# -- noise model --------------------------------------------------------------------

TEXT = ("ik wil je iets rechtstreeks vragen denk je erover om een einde aan je leven te maken "
        "en de deurwaarder van de woningcorporatie komt vrijdag om half negen")


def test_noise_is_deterministic_per_seed_and_text_and_differs_between_seeds():
    assert add_noise(TEXT, 0.25, 3) == add_noise(TEXT, 0.25, 3)
    variants = {add_noise(TEXT, 0.25, seed) for seed in range(1, 21)}
    assert len(variants) >= 18
    script = parse_script(b"00:00 " + TEXT.encode() + b"\n00:10 hoe houd je het vol\n")
    assert noisy_script(script, 0.25, 5) == noisy_script(script, 0.25, 5)
    assert [l.t for l in noisy_script(script, 0.25, 5)] == [0, 10]
    # in a fresh interpreter (another hash salt) the same noise comes out
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from voice_companion.evaluation.noise import add_noise; "
            "print(add_noise(sys.argv[2], 0.25, 3))")
    out = subprocess.run([sys.executable, "-c", code, str(REPO), TEXT], capture_output=True, text=True,
                         env={"PYTHONHASHSEED": "123", "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == add_noise(TEXT, 0.25, 3)


def _changed_share(rate: float, seeds: range) -> float:
    changed = total = 0
    for seed in seeds:
        words = TEXT.split()
        noisy = add_noise(TEXT, rate, seed).split()
        same = sum(b.size for b in difflib.SequenceMatcher(a=words, b=noisy, autojunk=False).get_matching_blocks())
        changed += len(words) - same
        total += len(words)
    return changed / total


@pytest.mark.parametrize("rate", [0.15, 0.25, 0.35])
def test_the_rate_of_garbled_words_is_roughly_respected(rate):
    share = _changed_share(rate, range(1, 201))
    # a merge garbles two words for one error, and a soundalike can coincide with a real word
    assert 0.85 * rate <= share <= 1.35 * rate, share


def test_no_noise_only_writes_the_words_as_a_recognizer_does():
    assert add_noise("Hoe houdt u het vol, meneer?", 0.0, 1) == "hoe houdt u het vol meneer"
    assert recognizer_text("Zo'n brief, 's nachts!") == ["zo'n", "brief", "'s", "nachts"]
    assert add_noise("hm", 1.0, 1) != ""
    for seed in range(1, 30):
        assert add_noise("ja", 1.0, seed).strip()  # never an empty line


def test_the_dutch_soundalike_rules():
    assert {"bleiven"} <= set(soundalikes("blijven"))
    assert {"haud", "hout"} <= set(soundalikes("houd"))
    assert "goet" in soundalikes("goed") and "wort" not in soundalikes("wordt")  # final d/t only at the end
    assert {"zechgen", "seggen"} <= set(soundalikes("zeggen"))
    assert "mar" in soundalikes("maar") and "maat" not in soundalikes("maar")
    assert {"fier", "vir"} <= set(soundalikes("vier"))
    assert "lefen" in soundalikes("leven") and "leeven" in soundalikes("leven")  # v/f, single/double vowel
    assert "lichen" in soundalikes("liggen") or "lichgen" in soundalikes("liggen")
    assert "toch" in soundalikes("tog") and "tog" in soundalikes("toch")


def test_noise_uses_the_soundalikes_and_the_other_errors():
    seen = {"drop": 0, "merge": 0, "split": 0}
    words = TEXT.split()
    for seed in range(1, 100):
        noisy = add_noise(TEXT, 0.35, seed).split()
        seen["drop"] += len(noisy) < len(words)
        seen["merge"] += any(a + b in noisy for a, b in zip(words, words[1:]))
        seen["split"] += "woningcorporatie" not in noisy and any(
            a + b == "woningcorporatie" for a, b in zip(noisy, noisy[1:]))
    assert all(v > 0 for v in seen.values()), seen


# -- scoring on hand-written events ---------------------------------------------------

def ev(type_, t, **fields):
    return {"type": type_, "t": t, **fields}


def utterance_match(t, technique, phase):
    return [ev("utterance", t, text="..."), ev("match", t, technique=technique, phase=phase)]


def base_events():
    return [
        ev("session_start", 0.0),
        *utterance_match(4.0, "welcome", None),  # right, right ('-' expects no phase)
        ev("suggestion", 7.0, question_id="problem.x", text="Wat is er lastig voor jou?", technique="problem",
           register="je"),  # right window 1; in 'je'
        *utterance_match(43.0, "summary", "current"),  # right, right
        ev("crisis", 43.0, crisis="suicide", certainty="possible", trigger="niet meer zitten"),
        ev("suggestion", 46.0, question_id="coping.y", text="Hoe houdt u het vol?", technique="coping",
           register="u"),  # wrong (window 2 wants safety), and in 'u'
        *utterance_match(94.0, "problem", "current"),  # technique wrong
        ev("crisis", 94.0, crisis="suicide", certainty="confirmed", trigger="einde aan je leven"),
        ev("suggestion", 97.0, question_id="safety.z", text="Ben je nu alleen?", technique="safety"),  # right
        ev("protocol", 104.0, crisis="suicide", item="plan", question_id=None),
        *utterance_match(121.0, "none", "current"),  # phase wrong: '-' expects none
        ev("suggestion", 124.0, question_id="hope.q", text="Waar hoop je op?", technique="hope"),  # '-': not judged
        *utterance_match(128.0, "cause", "current"),  # cause recognised
        ev("session_end", 135.0),
    ]


def test_a_hand_scored_call():
    s = score_call(call(), base_events())
    assert [(l.technique_ok, l.phase_ok) for l in s.lines] == [
        (True, True), (True, True), (False, True), (True, False), (True, True)]
    assert [x.right for x in s.suggestions] == [True, False, True, None]
    assert [x.register_ok for x in s.suggestions] == [True, False, True, True]
    assert [(w.start, w.end, w.counted, w.covered) for w in s.windows] == [(0, 40, True, True), (40, 120, True, True)]
    assert [(c.crisis, c.found, c.on_time, c.first_t) for c in s.crises] == [("suicide", True, True, 43.0)]
    assert s.false_alarms == [] and s.possible_only == []
    assert s.protocol_delays == [("suicide", 10.0)]  # confirmed 94, protocol event 104
    assert (s.cause_annotated, s.cause_recognised, s.cause_elsewhere) == (1, 1, 0)
    totals = Totals()
    totals.add(s)
    f = totals.figures()
    assert (f["technique"], f["phase"], f["right"], f["register"], f["coverage"]) == (0.8, 0.8, 2 / 3, 0.75, 1.0)
    assert (f["found"], f["on_time"], f["false_alarms_12"], f["delay_median"]) == (1.0, 1.0, 0.0, 10.0)


def test_a_protocol_question_suggested_counts_as_the_first_step(bank):
    step = bank.crises["suicide"].protocol[1].questions[0]
    events = [e if e.get("question_id") != "safety.z" else {**e, "question_id": step} for e in base_events()]
    assert score_call(call(), events, bank).protocol_delays == [("suicide", 3.0)]
    without = [e for e in base_events() if e["type"] not in ("protocol",)]
    assert score_call(call(), without, bank).protocol_delays == [("suicide", None)]


def test_a_window_without_a_right_suggestion_and_a_short_window():
    text = CALL.replace("01:30 denk je", "00:50 denk je").replace("#= safety current\n", "#= safety current\n#> coping\n")
    events = [e for e in base_events() if e["type"] != "suggestion" or e["technique"] != "safety"]
    s = score_call(call(text), events)
    # window 2 (safety) now lasts 40 -> 50: not counted; window 3 (coping) 50 -> 120 gets nothing right
    assert [(w.start, w.counted, w.covered) for w in s.windows] == [(0, True, True), (40, False, False),
                                                                    (50, True, False)]
    assert any("coverage: no right suggestion" in m for m in misses(call(text), s))


def test_crisis_late_missed_or_already_open():
    late = [e for e in base_events() if e["type"] != "crisis"] + [ev("crisis", 95.0, crisis="suicide")]
    s = score_call(call(), late)
    assert (s.crises[0].found, s.crises[0].on_time) == (True, False)  # after 01:30, the next worker line
    missing = [e for e in base_events() if e["type"] != "crisis"]
    s = score_call(call(), missing)
    assert (s.crises[0].found, s.crises[0].on_time) == (False, False)
    early = missing + [ev("crisis", 10.0, crisis="suicide", certainty="possible")]
    s = score_call(call(), early)
    assert (s.crises[0].found, s.crises[0].on_time) == (True, True)  # open since 00:10
    ended = early + [ev("crisis_end", 20.0, crisis="suicide", reason="faded")]
    assert score_call(call(), ended).crises[0].found is False


def test_false_alarms_are_confirmed_crises_the_header_does_not_list():
    none_call = call(CALL.replace("#: crisis suicide", "#: crisis none").replace("#! crisis suicide\n", ""))
    events = base_events() + [ev("crisis", 60.0, crisis="eviction", trigger="deurwaarder")]  # no certainty
    s = score_call(none_call, events)
    assert sorted(a.crisis for a in s.false_alarms) == ["eviction", "suicide"]  # suicide confirmed at 94
    assert s.possible_only == [] and s.crises == []
    only_possible = [e for e in base_events() if not (e["type"] == "crisis" and e.get("certainty") == "confirmed")]
    s = score_call(none_call, only_possible)
    assert s.false_alarms == [] and [a.crisis for a in s.possible_only] == ["suicide"]
    totals = Totals()
    totals.add(s)
    totals.add(score_call(call(), only_possible))  # a crisis call: no possible-only count, no none-call
    assert totals.figures()["possible_only_12"] == 12.0  # 1 alert in 1 crisis-none call
    assert totals.figures()["screening_12"] == 0.0
    # raised at 00:43, where the supervisor's window (#> safety) asks the direct question too: not off-safety
    assert [a.safety_window for a in s.possible_only] == [True]
    assert totals.figures()["possible_off_safety_12"] == 0.0
    # the same alert at 00:10, in the welcome window: the supervisor would not ask there
    early = [dict(e, t=10.0) if e["type"] == "crisis" else e for e in only_possible]
    s_early = score_call(none_call, early)
    assert [a.safety_window for a in s_early.possible_only] == [False]
    totals = Totals()
    totals.add(s_early)
    assert (totals.figures()["possible_only_12"], totals.figures()["possible_off_safety_12"]) == (12.0, 12.0)
    assert any("possible-only alert (no safety question in the window): suicide" in m for m in misses(none_call, s_early))
    # the same possible crisis opened by the worker's own screening question is the method's direct question,
    # counted apart from the companion's alerts
    asked = [dict(e, safety_asked=True) if e["type"] == "crisis" else e for e in only_possible]
    s = score_call(none_call, asked)
    assert [(a.crisis, a.asked) for a in s.possible_only] == [("suicide", True)]
    totals = Totals()
    totals.add(s)
    assert (totals.figures()["possible_only_12"], totals.figures()["screening_12"]) == (0.0, 12.0)
    assert any(m.startswith(f"{s.name} ") and "screening check: suicide" in m for m in misses(none_call, s))
    # so is a crisis without a direct safety question opened by the worker's own check ("gaan ze afsluiten?")
    checked = [dict(e, screening=True) if e["type"] == "crisis" else e for e in only_possible]
    assert [(a.crisis, a.asked) for a in score_call(none_call, checked).possible_only] == [("suicide", True)]
    # in a call with a crisis, an unlisted crisis confirmed is a false alarm too; a listed one never
    s = score_call(call(), events)
    assert [a.crisis for a in s.false_alarms] == ["eviction"]
    totals = Totals()
    totals.add(s)
    assert totals.figures()["false_alarms_12"] == 12.0


def test_register_of_a_text():
    assert text_register("Hoe houdt u het vol?") == "u"
    assert text_register("Wat heb jij al geprobeerd met jouw zus?") == "je"
    assert text_register("Wie kunnen we inschakelen?") is None
    assert text_register("Hoe red je het met uw kinderen?") == "mixed"
    assert text_register("Tjonge, dat is veel") is None  # 'je' inside a word is no 'je'


# -- the real pipeline ------------------------------------------------------------------

def test_run_call_goes_through_simulate_and_scores_what_the_log_says(tmp_path):
    c = call()
    events = run_call(c, workdir=tmp_path)
    assert [e["text"] for e in events if e["type"] == "utterance"] == [l.text for l in c.lines]
    assert events[0]["type"] == "session_start" and events[-1]["type"] == "session_end"
    matches = [e for e in events if e["type"] == "match"]
    s = score_call(c, events)
    assert [l.got_technique for l in s.lines] == [m["technique"] for m in matches]
    assert [x.technique for x in s.suggestions] == [e["technique"] for e in events if e["type"] == "suggestion"]
    noisy = run_call(c, rate=0.35, seed=2, workdir=tmp_path)
    assert [e["text"] for e in noisy if e["type"] == "utterance"] == [
        add_noise(l.text, 0.35, 2) for l in c.lines]
    assert list(tmp_path.iterdir()) == []  # temporary logs are gone


# -- the script, end to end ---------------------------------------------------------------

def script(*args):
    return subprocess.run([sys.executable, str(REPO / "scripts" / "evaluate_calls.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=300, cwd=REPO)


def test_the_script_prints_a_table_per_folder(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    (folder / "a.txt").write_text(CALL, encoding="utf-8")
    (folder / "b.txt").write_text(CALL.replace("#: crisis suicide", "#: crisis none").replace(
        "#! crisis suicide\n", "").replace("#: register je", "#: register u"), encoding="utf-8")
    (folder / "README.md").write_text("not a call")
    proc = script(folder, "--noise", "0,25", "--seeds", "2", "--detail")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert out[0].startswith(f"{folder}: 2 calls (1 with 1 crises, 1 without), 6 runs")
    header = out[1].split()
    assert header[:6] == ["noise", "technique", "phase", "sugg.right", "register", "coverage"]
    for name in ("found", "on", "false", "possible-only/12", "protocol", "cause"):
        assert any(h.startswith(name) for h in header), header
    rows = {line.split()[0]: line.split() for line in out[2:4]}
    assert set(rows) == {"clean", "25"}
    for value in rows["clean"][1:6]:
        assert 0.0 <= float(value) <= 1.0
    assert any(line.startswith("  [clean] a.txt") or line.startswith("  [clean] b.txt") for line in out)
    assert "misses:" in proc.stdout


def test_the_script_stops_on_bad_input_with_one_line(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    (folder / "a.txt").write_text(CALL.replace("#= welcome -", "#= welkom -"), encoding="utf-8")
    proc = script(folder)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "a.txt:6" in proc.stderr and "welkom" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = script(tmp_path / "nowhere")
    assert proc.returncode == 2 and "not a folder" in proc.stderr
    proc = script(folder, "--noise", "0,abc")
    assert proc.returncode == 2 and "--noise" in proc.stderr


def test_misses_come_in_time_order_and_a_crisis_in_the_last_line_has_until_the_end():
    text = CALL.replace("#! crisis suicide\n", "") + "#! crisis suicide\n"
    c = call(text)
    events = [e for e in base_events() if e["type"] != "crisis"] + [ev("crisis", 131.0, crisis="suicide")]
    s = score_call(c, events)
    assert (s.crises[0].deadline, s.crises[0].found, s.crises[0].on_time) == (float("inf"), True, True)
    listed = misses(c, score_call(c, [e for e in events if e["type"] != "crisis"]))
    times = [line.split()[1] for line in listed]
    assert times == sorted(times) and any("crisis: suicide never named" in line for line in listed)


# -- scripts/evaluate.py: crisis lines under the same noise model ---------------------------

def test_evaluate_py_reports_crisis_lines_per_file_and_noise_level(tmp_path):
    lines = tmp_path / "crisis-lines.jsonl"
    rows = [{"text": "dus de deurwaarder komt morgen om je huis te ontruimen", "crisis": ["eviction"], "kind": "named"},
            {"text": "denk je erover om een einde aan je leven te maken", "crisis": ["suicide"], "kind": "screening"},
            {"text": "je hebt het gevoel dat het allemaal geen zin meer heeft", "crisis": ["suicide"], "kind": "hint"},
            {"text": "wat zou je morgen anders willen", "crisis": [], "kind": "ordinary"},
            {"text": "je vader is vorige week overleden", "crisis": ["life_event"], "kind": "life_event"},
            {"text": "heb je weleens gedachten om er een einde aan te maken", "crisis": [], "kind": "screening"}]
    lines.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, str(REPO / "scripts" / "evaluate.py"), str(lines),
                           "--crisis-noise", "0,25", "--crisis-seeds", "2"], capture_output=True, text=True, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr
    out = proc.stdout
    assert "crisis lines under recognizer noise" in out
    # the screening question without a crisis is neither ordinary talk nor a false alarm: it is reported apart
    assert "crisis-lines.jsonl: 3 crisis lines, 2 ordinary and life-event lines (1 screening question" in out
    assert "false alarm crisis" not in out and "crisis: 0 false alarms in 2 ordinary" in out
    assert "screening (other), 1 lines" in out
    table = out[out.index("crisis-lines.jsonl: 3"):].splitlines()
    assert table[2].split()[0] == "clean" and "(/3)" not in table[2] and "/3)" in table[2]
    assert table[3].split()[:2] == ["25", "%"] and "/6)" in table[3]  # 3 lines x 2 seeds
    for kind in ("named (crisis), 1 lines", "screening (crisis), 1 lines", "hint (crisis), 1 lines",
                 "ordinary (other), 1 lines", "life_event (other), 1 lines"):
        assert kind in out, out
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x"}\n{"text": \n', encoding="utf-8")
    proc = subprocess.run([sys.executable, str(REPO / "scripts" / "evaluate.py"), str(bad)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "bad.jsonl:2" in proc.stderr and proc.stderr.count("\n") == 1


def test_evaluate_py_counts_possible_and_works_without_it():
    sys.path.insert(0, str(REPO / "scripts"))
    from evaluate import _named

    class Fake:
        def __init__(self, result):
            self.result = result

        def classify(self, text):
            outer = self

            class R:
                def to_json(self):
                    return outer.result
            return R()

    assert _named(Fake({"crisis": ["eviction"], "possible": ["suicide", "life_event"]}), "x") == (
        {"eviction"}, {"eviction", "suicide"})
    assert _named(Fake({"crisis": ["suicide"]}), "x") == ({"suicide"}, {"suicide"})  # an older classify
