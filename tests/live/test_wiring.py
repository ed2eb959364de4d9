"""The options `listen` and `demo` add, and starting the page and whisper from them."""

from __future__ import annotations

import argparse
import io
import urllib.request

import pytest

from .helpers import open_test_session, read_records
from voice_companion.live.state import LiveState, crisis_number_line
from voice_companion.live.wiring import add_live_arguments, start_live
from voice_companion.events import Control, Crisis, Match, Utterance


def parser():
    p = argparse.ArgumentParser(prog="voice-companion listen", exit_on_error=False)
    add_live_arguments(p)
    return p


def test_defaults_are_quiet_and_local_and_the_config_fills_the_rest():
    from types import SimpleNamespace

    from voice_companion.live.wiring import _setting

    args = parser().parse_args([])
    assert args.page is True and args.port == 0 and args.output_device is None
    # nothing given: the built-in defaults
    assert _setting(args, "whisper_volume", None, "whisper_volume", 0.3) == 0.3
    assert _setting(args, "crisis_number", None, "crisis_number", "113") == "113"
    # the user's config file fills what the command line leaves open
    config = SimpleNamespace(whisper_volume=0.2, crisis_number="0800-0113", output_device="Jabra")
    assert _setting(args, "whisper_volume", config, "whisper_volume", 0.3) == 0.2
    assert _setting(args, "output_device", config, "output_device", None) == "Jabra"
    # and the command line wins over both
    args = parser().parse_args(["--whisper-volume", "0.1", "--crisis-number", "112"])
    assert _setting(args, "whisper_volume", config, "whisper_volume", 0.3) == 0.1
    assert _setting(args, "crisis_number", config, "crisis_number", "113") == "112"


@pytest.mark.parametrize("argv", [["--whisper-volume", "1.5"], ["--whisper-volume", "luid"],
                                  ["--whisper-rate", "10"], ["--port", "70000"], ["--whisper-wait", "-1"]])
def test_bad_values_are_usage_errors(argv, capsys):
    p = argparse.ArgumentParser(prog="voice-companion listen")
    add_live_arguments(p)
    with pytest.raises(SystemExit) as exc:
        p.parse_args(argv)
    assert exc.value.code == 2
    assert argv[0] in capsys.readouterr().err


def test_start_live_serves_the_page_and_whispers_nowhere_without_a_headset(tmp_path):
    session, bank = open_test_session(tmp_path / "log.jsonl")
    session.run_in_thread()
    out = io.StringIO()
    live = start_live(session, bank, parser().parse_args(["--crisis-number", "0800-0113", "--ptt-key", "F9"]), out=out)
    try:
        assert live.url and live.url in out.getvalue()
        with urllib.request.urlopen(live.url, timeout=5) as response:
            assert response.status == 200
        assert live.page.state.crisis_number == "0800-0113"
        assert live.page.state.ptt_keys == ("F9",)
        assert not live.whisperer.player.available
        device = live.page.state.view()["whisper_device"]
        assert device == {"available": False, "message": live.whisperer.player.description}
        assert device["message"].startswith("Geen koptelefoon gekozen") and "--" not in device["message"]
        assert "Fluisteren: Geen koptelefoon gekozen" in out.getvalue()
        assert "--output-device" in out.getvalue()  # the terminal may name the flag; the page never does
    finally:
        live.stop()
        session.stop()
    warnings = [r for r in read_records(tmp_path / "log.jsonl") if r["type"] == "warning"]
    assert any(r["component"] == "whisper" for r in warnings)


def test_without_a_whisperer_the_page_says_nothing_is_whispered(tmp_path):
    session, bank = open_test_session(tmp_path / "log.jsonl")
    session.run_in_thread()
    live = start_live(session, bank, parser().parse_args([]), whisper=False, out=io.StringIO())
    try:
        assert live.whisperer is None
        assert live.page.state.view()["whisper_device"]["available"] is False
    finally:
        live.stop()
        session.stop()


def test_a_headset_from_the_config_is_named_when_missing_and_a_recording_says_why_it_is_silent(tmp_path):
    from types import SimpleNamespace

    config = SimpleNamespace(output_device="Jabra Evolve 20")
    for whisper in (True, False):
        session, bank = open_test_session(tmp_path / f"log-{whisper}.jsonl")
        session.run_in_thread()
        out = io.StringIO()
        live = start_live(session, bank, parser().parse_args([]), whisper=whisper, config=config, out=out)
        try:
            message = live.page.state.view()["whisper_device"]["message"]
            if whisper:  # listen on the microphone: the configured headset is not there
                assert "'Jabra Evolve 20' niet gevonden" in message and "gevonden" in message
                assert f"Fluisteren: {message}" in out.getvalue()
            else:  # a recording: a headset is configured, but recordings are not whispered
                assert message.startswith("Bij een opname wordt niets gefluisterd")
            assert "--" not in message
        finally:
            live.stop()
            session.stop()


def test_state_pairs_utterances_with_their_technique_and_counts_questions():
    state = LiveState(None)
    state.apply(Utterance(t=1, text="hoe hou je het vol"))
    state.apply(Match(t=1, technique="coping"))
    state.apply(Utterance(t=2, text="waar hoop je op"))
    state.apply(Match(t=2, technique="hope"))
    state.apply(Utterance(t=3, text="ja"))
    state.apply(Match(t=3, technique="none"))
    view = state.view()
    assert [(u["text"], u["technique"]) for u in view["utterances"]] == [
        ("hoe hou je het vol", "coping"), ("waar hoop je op", "hope"), ("ja", "none")]
    assert view["counters"] == {"coping": 1, "scaling": 0, "hope": 1}
    assert view["utterances"][0]["technique_nl"] == "Copingvraag"


def test_crisis_without_bank_guidance_gets_the_seeds_rules():
    state = LiveState(None)
    state.apply(Crisis(t=1, crisis="unsafe_vulnerable", trigger="de kinderen"))
    guidance = " ".join(state.view()["crises"][0]["guidance"])
    for word in ("Veiligheid", "ketenpartners", "mandaat", "tijdelijk", "meldcode"):
        assert word in guidance
    assert state.view()["crises"][0]["number"] is None
    state.apply(Crisis(t=2, crisis="suicide", trigger="zelfmoord"))
    assert "0800-0113" in state.view()["crises"][1]["number"]
    assert crisis_number_line("112") == "Crisisnummer suïcidepreventie: 112"


def test_unknown_controls_change_nothing():
    state = LiveState(None)
    assert state.apply(Control(t=1, action="explode")) is None
    assert state.apply(Control(t=1, action="interaction", value="customer")) == "state"
    assert state.view()["controls"]["interaction"] == "customer"


def test_push_to_talk_results_of_every_shape_become_a_query():
    from voice_companion.live.server import _ptt_candidates, _ptt_text

    assert _ptt_text(" schaalvraag ") == "schaalvraag"
    assert _ptt_text({"text": "hoop"}) == "hoop"
    assert _ptt_text(None) == ""
    try:
        from voice_companion.speech.ptt import LookupResult
    except ImportError:  # pragma: no cover - the speech package is built alongside
        pytest.skip("voice_companion.speech.ptt is not there")
    sure = LookupResult("ok", heard="schaal vraag", match="schaalvraag", candidates=(("schaalvraag", 95.0),))
    assert _ptt_text(sure) == "schaalvraag" and _ptt_candidates(sure) == []
    unsure = LookupResult("not_sure", heard="hoop", candidates=(("hoop", 80.0), ("coping", 75.0)))
    assert _ptt_text(unsure) == "hoop" and _ptt_candidates(unsure) == ["hoop", "coping"]
    assert _ptt_text(LookupResult("nothing")) == ""
