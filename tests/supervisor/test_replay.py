"""`replay LOG`: the session as it happened, in order, at any speed or step by step."""

from __future__ import annotations

import io
import re

from voice_companion.cli import main
from voice_companion.supervisor.analysis import load_session
from voice_companion.supervisor.replay import build_entries, play

from .helpers import run_cli

EXPECTED_LINES = [
    "00:00  ── Fase: Huidige situatie",
    "00:01  “goedenavond met de nachtlijn hoe kan ik je helpen”  · Welkom",
    "01:13  “dus als ik het goed begrijp hebben ze je stroom afgesloten”  · Samenvatten",
    "01:15  !! Crisis: Afsluiting van water en energie — “stroom afgesloten”",
    "01:16  → Suggestie (scherm en fluistering): Copingvraag — “Hoe red je het op dit moment?” · opgevolgd na 34 s",
    "01:48  “hoe red je het op dit moment”  · Copingvraag",
    "01:50  ✓ Suggestie opgevolgd: Copingvraag (na 34 s)",
    "02:00  ‖ Gedempt",
    "02:05  → Suggestie (scherm): Probleemverkenning — “Wat speelt er nog meer?” · niet opgevolgd",
    "03:00  ‖ Dempen uit",
    "03:08  “als tien rust en overzicht is en nul chaos waar zit je dan nu”  · Schaalvraag",
    "03:10  ✎ Notitie van Sup A: goede schaalvraag",
    "03:25  ‖ Markering: mooi moment",
    "03:35  ── Fase: Uitzonderingen en eerdere successen (was: Huidige situatie)",
    "05:00  !! Crisis: Suïcidaliteit — “niet meer wilt leven”",
    "05:01  → Suggestie (fluistering): Veiligheid — “Ben je nu veilig?” · alternatief gesteld na 44 s",
    "05:02  ~ Fluistering onderbroken: safety.ben-je-veilig",
    "05:43  “denk je erover om een einde aan je leven te maken”  · Veiligheid",
    "07:00  ‖ Gepauzeerd",
    "07:48  “zal ik [naam] voor je bellen” [geanonimiseerd]  · Mandaat",
    "07:58  “<script>alert('x')</script> & <b>co</b>”",
    "08:10  ? Opgezocht (getypt): “hoop” → hope.waar-hoop-je-op",
    "08:15  ! Melding (whisper): tts failed",
    "08:20  ■ Einde gesprek (afgerond)",
]


def test_replay_at_speed_0_shows_the_right_lines_in_order(log, capsys):
    assert main(["note", str(log), "--at", "03:10", "goede schaalvraag", "--author", "Sup A"]) == 0
    capsys.readouterr()
    assert main(["replay", str(log), "--speed", "0"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Gesprek van dinsdag 4 maart 2025, 23:10 · duur 08:20"
    assert "werker: W-17" in lines[1]
    positions = [lines.index(line) for line in EXPECTED_LINES]  # each present ...
    assert positions == sorted(positions)  # ... and in order
    assert "\033[" not in out  # no colours when not a terminal
    times = [line[:5] for line in lines if re.match(r"\d\d:\d\d  ", line)]
    assert times == sorted(times)


def test_replay_waits_in_proportion_to_the_speed(log):
    entries = build_entries(load_session(log))
    waits: list[float] = []
    out = io.StringIO()
    play(entries, out=out, speed=4, sleep=waits.append)
    assert abs(sum(waits) - 500 / 4) < 1e-6
    assert len(out.getvalue().splitlines()) == len(entries)


def test_replay_from_a_moment(log, capsys):
    assert main(["replay", str(log), "--speed", "0", "--from", "07:00"]) == 0
    timed = [line for line in capsys.readouterr().out.splitlines() if re.match(r"\d\d:\d\d  ", line)]
    assert timed[0] == "07:00  ‖ Gepauzeerd" and timed[-1].startswith("08:20")


def test_step_mode_reads_lines_from_stdin(log):
    # first event at once, then one per line; 'q' stops
    result = run_cli("replay", str(log), "--step", stdin="\n\nq\n")
    assert result.returncode == 0, result.stderr
    timed = [line for line in result.stdout.splitlines() if re.match(r"\d\d:\d\d  ", line)]
    assert timed == EXPECTED_LINES[:1] + [
        "00:01  “goedenavond met de nachtlijn hoe kan ik je helpen”  · Welkom",
        "00:38  “dat klinkt heel vervelend”  · Erkenning",
    ]
    assert result.stderr == ""  # no prompt when stdin is not a terminal


def test_step_mode_stops_at_end_of_input(log):
    result = run_cli("replay", str(log), "--step", stdin="")
    assert result.returncode == 0
    timed = [line for line in result.stdout.splitlines() if re.match(r"\d\d:\d\d  ", line)]
    assert len(timed) == 1


def test_replay_of_a_partly_broken_log_says_so(tmp_path):
    from .helpers import session_records, write_log

    log = write_log(tmp_path / "kapot.jsonl", session_records(), ["{niet af"])
    result = run_cli("replay", str(log), "--speed", "0")
    assert result.returncode == 0
    assert "1 regel van het logboek kon niet gelezen worden en is overgeslagen" in result.stdout


def test_replay_bad_input(tmp_path, log):
    for args in (["replay", str(tmp_path / "nergens.jsonl")], ["replay", str(log), "--speed", "-1"],
                 ["replay", str(log), "--from", "99:99"], ["replay", str(tmp_path)],
                 ["replay", str(log), "--from", "59:00"]):
        result = run_cli(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_replay_tells_a_check_the_workers_own_screening_question_opened_from_a_possible_crisis(tmp_path):
    from .helpers import record, write_log

    log = write_log(tmp_path / "s.jsonl", [
        record("session_start", 0.0, version=1),
        record("crisis", 60.0, crisis="suicide", certainty="possible", safety_asked=True,
               trigger="denk je eraan om jezelf iets aan te doen"),
        record("crisis", 90.0, crisis="unsafe_vulnerable", certainty="possible", safety_asked=False,
               trigger="de kinderen alleen thuis"),
        record("crisis", 100.0, crisis="utility_cutoff", certainty="possible", safety_asked=False, screening=True,
               trigger="gaan ze morgen je gas afsluiten"),
        record("session_end", 120.0, reason="finished"),
    ])
    texts = [e.text for e in build_entries(load_session(log)) if e.kind == "crisis"]
    assert texts[0].startswith("!! Mogelijke crisis: Suïcidaliteit") and texts[0].endswith(
        "(eigen veiligheidsvraag van de hulpverlener)")
    assert "veiligheidsvraag" not in texts[1] and "controlevraag" not in texts[1]
    assert texts[2].endswith("(eigen controlevraag van de hulpverlener)")  # a check of a crisis without one
