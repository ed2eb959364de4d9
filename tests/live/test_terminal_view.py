"""The terminal view tells a crisis like the page: the possible prompt, the headline, 113,
the checklist on one line, ticks, the end, and suggestions that leave."""

from __future__ import annotations

import io

import pytest

from voice_companion.events import (
    Crisis, CrisisEnd, Match, Protocol, Suggestion, SuggestionEnd, Uptake, Utterance,
)
from voice_companion.terminal_view import TerminalView


@pytest.fixture(scope="module")
def bank():
    from voice_companion.app import default_bank

    return default_bank()


def run(bank, events, **kw):
    out = io.StringIO()
    view = TerminalView(bank, out, color=False, **kw)
    for e in events:
        view(e)
    return out.getvalue()


def test_a_suicide_crisis_shows_113_the_headline_and_the_checklist(bank):
    protocol = tuple((p.id, p.label) for p in bank.crises["suicide"].protocol)
    text = run(bank, [
        Crisis(t=1, crisis="suicide", trigger="het hoeft niet meer", certainty="possible"),
        Crisis(t=2, crisis="suicide", trigger="pillen opgespaard", certainty="confirmed", protocol=protocol),
        Crisis(t=3, crisis="suicide", trigger="pillen", certainty="confirmed", protocol=protocol),  # said once
        Protocol(t=4, crisis="suicide", item="ask_directly", label=protocol[0][1]),
        CrisisEnd(t=9, crisis="suicide", reason="closed"),
    ])
    assert "Mogelijk crisis: Suïcidaliteit — vraag het direct na" in text
    asked = run(bank, [Crisis(t=1, crisis="suicide", trigger="denk je eraan om jezelf iets aan te doen",
                              certainty="possible", safety_asked=True)])
    assert "Veiligheidsvraag gesteld: Suïcidaliteit — luister naar het antwoord" in asked
    assert "vraag het direct na" not in asked
    assert text.count("CRISIS: Suïcidaliteit") == 1
    assert bank.crises["suicide"].headline in text
    assert "113" in text and "0800-0113" in text
    checklist = [line for line in text.splitlines() if line.strip().startswith("protocol:")]
    assert len(checklist) == 1 and "○ Plan" in checklist[0] and "○ Middelen" in checklist[0]
    assert f"✓ protocol: {protocol[0][1]}" in text
    assert "crisis gesloten: Suïcidaliteit (crisis voorbij)" in text


def test_the_crisis_number_is_the_configured_one(bank):
    text = run(bank, [Crisis(t=1, crisis="suicide", certainty="confirmed")], crisis_number="0900-1234")
    assert "0900-1234" in text
    assert "0800-0113" not in text.replace(bank.crises["suicide"].headline, "")


def test_cause_during_a_crisis_gets_the_nudge_and_life_events_their_guidance(bank):
    text = run(bank, [
        Utterance(t=1, text="waarom denk je dat", start=0.5, end=1),
        Match(t=1, technique="cause"),  # no crisis open: no nudge
        Crisis(t=2, crisis="eviction", certainty="confirmed"),
        Utterance(t=3, text="hoe is het zo gekomen", start=2.5, end=3),
        Match(t=3, technique="cause"),
        Utterance(t=4, text="mijn vrouw is vertrokken", start=3.5, end=4),
        Match(t=4, technique="none", crisis=("life_event",)),
    ])
    assert text.count("Niet naar oorzaken zoeken tijdens de crisis") == 1
    assert bank.life_events.guidance[0] in text


def test_suggestions_that_leave_are_said_to_leave(bank):
    s = Suggestion(t=1, question_id="coping.1", text="Hoe houd je het vol?", technique="coping", reason="pauze")
    text = run(bank, [s, SuggestionEnd(t=5, question_id="coping.1", reason="dismissed"),
                      s, SuggestionEnd(t=30, question_id="coping.1", reason="expired"),
                      s, Uptake(t=31, question_id="coping.1"), SuggestionEnd(t=31, question_id="coping.1", reason="taken_up")])
    assert "suggestie weggeklikt" in text and "suggestie verlopen" in text
    assert text.count("✗") == 2  # taken up says so itself, once
