"""The session pipeline: a failing sink never stops the log; full displays are reported once."""

from __future__ import annotations

from voice_companion.core import Companion
from voice_companion.events import Partial, Utterance
from voice_companion.pipeline import Bus, Session
from voice_companion.sessionlog import LogWriter, read_log


def test_a_broken_sink_is_logged_once_and_the_session_goes_on(bank, tmp_path):
    log_path = tmp_path / "s.jsonl"
    session = Session(Companion(bank), log=LogWriter(log_path), source="test")
    calls = []

    def broken_whisper(event):
        calls.append(event.type)
        raise RuntimeError("audio device gone")

    session.bus.subscribe(broken_whisper)
    session.start()
    for i, text in enumerate(["hoe hou je het vol", "waar hoop je op", "wat is een eerste kleine stap"]):
        session.handle(Utterance(t=5.0 * (i + 1), text=text, start=5.0 * i, end=5.0 * (i + 1), source="test"))
    session.end("done")
    records = read_log(log_path).records
    assert [r["type"] for r in records].count("utterance") == 3
    warnings = [r for r in records if r["type"] == "warning"]
    assert len(warnings) == 1 and "audio device gone" in warnings[0]["message"]
    assert calls == ["session_start"]  # unsubscribed after its failure
    assert records[-1]["type"] == "session_end"


def test_a_display_that_cannot_keep_up_is_reported_once():
    bus = Bus()
    q = bus.subscribe_queue(maxsize=2)
    failures = [bus.publish(Partial(t=float(i), text=str(i))) for i in range(6)]
    assert sum(len(f) for f in failures) == 1
    assert [q.get_nowait().text for _ in range(2)] == ["4", "5"]  # the newest are kept


def test_a_display_that_fails_on_the_end_of_the_session_is_logged_before_session_end(bank, tmp_path):
    log_path = tmp_path / "s.jsonl"
    session = Session(Companion(bank), log=LogWriter(log_path), source="test")

    class PageView:  # a display object, called with each event
        def __call__(self, event):
            if event.type == "session_end":
                raise OSError("the page's connection closed")

    session.bus.subscribe(PageView())
    session.start()
    session.end("done")
    records = read_log(log_path).records
    assert [r["type"] for r in records] == ["session_start", "warning", "session_end"]
    assert records[1]["component"] == "test_a_display_that_fails_on_the_end_of_the_session_is_logged_before_session_end.<locals>.PageView"
    assert "0x" not in records[1]["component"] and "connection closed" in records[1]["message"]
