"""The whisper's timing rules, with a clock the test moves by hand."""

from __future__ import annotations

import pytest

from voice_companion.whisper.gate import WhisperGate


class Clock:
    def __init__(self, t: float = 100.0):
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, dt: float) -> None:
        self.t += dt


@pytest.fixture
def clock():
    return Clock()


def make(clock, **kw):
    kw.setdefault("silence_wait", 1.5)
    kw.setdefault("min_interval", 20.0)
    kw.setdefault("max_wait", 10.0)
    return WhisperGate(clock=clock, **kw)


def statuses(decision):
    return [(o.phrase.question_id, o.status) for o in decision.outcomes]


def test_waits_for_the_silence_wait_after_the_worker_stops(clock):
    gate = make(clock)
    gate.voice()                      # the worker talks ...
    clock.advance(1.0)
    gate.silent_since(clock())        # ... and stops now
    gate.offer("q1", "Hoe houdt u het vol?")
    clock.advance(1.49)
    assert gate.poll().start is None
    clock.advance(0.01)
    started = gate.poll().start
    assert started is not None and started.question_id == "q1"
    assert gate.due_at() is None


def test_silence_counts_from_when_speech_ended_not_from_the_offer(clock):
    gate = make(clock)
    gate.silent_since(clock() - 2.0)  # silent for two seconds already
    gate.offer("q1", "Waar hoopt u op?")
    assert gate.poll().start is not None


def test_never_over_the_worker_new_words_push_the_start_back(clock):
    gate = make(clock)
    gate.silent_since(clock())
    gate.offer("q1", "Waar hoopt u op?")
    clock.advance(1.0)
    gate.voice()                      # talks again before the wait is over
    clock.advance(1.0)
    assert gate.poll().start is None
    clock.advance(0.5)
    assert gate.poll().start is not None


def test_voice_interrupts_a_phrase_that_is_playing(clock):
    gate = make(clock)
    gate.silent_since(clock() - 5)
    gate.offer("q1", "Waar hoopt u op?")
    phrase = gate.poll().start
    assert phrase is not None
    clock.advance(0.4)
    decision = gate.voice()
    assert decision.stop_playback
    assert statuses(decision) == [("q1", "interrupted")]
    # the player's late "finished" for that phrase changes nothing
    assert gate.finished(phrase, True).outcomes == []


def test_never_two_at_once_the_next_waits_until_the_first_is_done(clock):
    gate = make(clock, min_interval=0.0)
    gate.silent_since(clock() - 5)
    gate.offer("q1", "Eén")
    first = gate.poll().start
    gate.offer("q2", "Twee")
    clock.advance(1.0)
    assert gate.poll().start is None  # q1 still playing
    assert statuses(gate.finished(first, True)) == [("q1", "spoken")]
    second = gate.poll().start
    assert second is not None and second.question_id == "q2"


def test_a_newer_suggestion_replaces_the_pending_one(clock):
    gate = make(clock)
    gate.voice()
    gate.offer("q1", "Eén")
    decision = gate.offer("q2", "Twee")
    assert statuses(decision) == [("q1", "skipped")]
    clock.advance(2.0)
    assert gate.poll().start.question_id == "q2"


def test_at_most_one_per_min_interval(clock):
    gate = make(clock, min_interval=20.0, max_wait=10.0)
    gate.silent_since(clock() - 5)
    gate.offer("q1", "Eén")
    first = gate.poll().start
    clock.advance(2.0)
    gate.finished(first, True)
    # 2 s later: cannot start before t+20, which is past its max wait -> skipped now
    gate.offer("q2", "Twee")
    decision = gate.poll()
    assert decision.start is None and statuses(decision) == [("q2", "skipped")]
    assert "20" in decision.outcomes[0].detail
    # 13 s after the first: may start at t+20 (within max wait): it waits, then starts
    clock.advance(11.0)
    gate.offer("q3", "Drie")
    assert gate.poll().start is None
    assert gate.due_at() == pytest.approx(first.offered_at + 20.0)
    clock.advance(7.0)
    assert gate.poll().start.question_id == "q3"


def test_interrupted_phrases_count_for_the_rate_limit(clock):
    gate = make(clock, min_interval=20.0)
    gate.silent_since(clock() - 5)
    gate.offer("q1", "Eén")
    gate.poll()
    gate.voice()
    clock.advance(3.0)
    gate.offer("q2", "Twee")
    assert statuses(gate.poll()) == [("q2", "skipped")]


def test_muted_nothing_is_spoken_and_muting_stops_playback(clock):
    gate = make(clock)
    gate.silent_since(clock() - 5)
    gate.offer("q1", "Eén")
    gate.poll()
    decision = gate.set_muted(True)
    assert decision.stop_playback and statuses(decision) == [("q1", "interrupted")]
    assert statuses(gate.offer("q2", "Twee")) == [("q2", "skipped")]
    clock.advance(30)
    assert gate.poll().start is None
    gate.set_muted(False)
    gate.offer("q3", "Drie")
    assert gate.poll().start.question_id == "q3"


def test_muting_drops_the_pending_phrase(clock):
    gate = make(clock)
    gate.voice()
    gate.offer("q1", "Eén")
    assert statuses(gate.set_muted(True)) == [("q1", "skipped")]
    assert gate.pending is None


def test_paused_nothing_is_spoken(clock):
    gate = make(clock)
    gate.set_paused(True)
    assert statuses(gate.offer("q1", "Eén")) == [("q1", "skipped")]


def test_worker_who_keeps_talking_makes_the_phrase_stale(clock):
    gate = make(clock, max_wait=10.0)
    gate.offer("q1", "Eén")
    for _ in range(11):
        gate.voice()
        clock.advance(1.0)
        decision = gate.poll()
        assert decision.start is None
    assert statuses(decision) == [("q1", "skipped")]
    assert "praten" in decision.outcomes[0].detail


def test_waits_for_audio_but_not_forever(clock):
    gate = make(clock, max_wait=4.0)
    gate.silent_since(clock() - 5)
    gate.offer("q1", "Eén")
    assert gate.poll(ready=False).start is None
    clock.advance(1.0)
    assert gate.poll(ready=True).start is not None
    clock.advance(25.0)
    gate.finished(gate.playing, True)
    gate.offer("q2", "Twee")
    clock.advance(4.5)
    assert statuses(gate.poll(ready=False)) == [("q2", "skipped")]


def test_next_wakeup_is_the_due_time(clock):
    gate = make(clock)
    assert gate.next_wakeup() is None
    gate.silent_since(clock())
    gate.offer("q1", "Eén")
    assert gate.next_wakeup() == pytest.approx(clock() + 1.5)


def test_empty_text_is_skipped(clock):
    gate = make(clock)
    assert statuses(gate.offer("q1", "  ")) == [("q1", "skipped")]


def test_bad_settings_are_refused():
    with pytest.raises(ValueError):
        WhisperGate(silence_wait=-1)
