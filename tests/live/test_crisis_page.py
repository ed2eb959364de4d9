"""Crisis on the live page: possible and confirmed, the checklist ticking, the buttons that
close a crisis (answered by the real core), the cause nudge, life events, suggestions leaving."""

from __future__ import annotations

import time

import pytest

from voice_companion.events import (
    Control, Crisis, CrisisEnd, Lookup, Match, Protocol, Suggestion, SuggestionEnd, Utterance,
)
from voice_companion.live.state import ASKED_PROMPT, CAUSE_NUDGE, POSSIBLE_PROMPT, LiveState

pytest.importorskip("playwright", reason="the playwright package is not installed (pip install -e '.[test]')")
from playwright.sync_api import expect  # noqa: E402

from .test_page import open_page, suggestion  # noqa: E402,F401

TIMEOUT = 5000


@pytest.fixture(scope="module")
def bank():
    from voice_companion.app import default_bank

    return default_bank()


def protocol_of(bank, crisis_id):
    return tuple((p.id, p.label) for p in bank.crises[crisis_id].protocol)


# -- the state, fed events directly -------------------------------------------------------

def test_possible_then_confirmed_then_ticked_then_closed(bank):
    state = LiveState(bank)
    state.apply(Crisis(t=1, crisis="suicide", trigger="het hoeft niet meer", certainty="possible", evidence=0.4))
    c = state.view()["crises"][0]
    assert c["certainty"] == "possible" and c["protocol"] == [] and state.view()["possible_prompt"] == POSSIBLE_PROMPT
    assert c["headline"] == bank.crises["suicide"].headline
    state.apply(Protocol(t=2, crisis="suicide", item="ask_directly", label="Direct gevraagd", question_id="q1"))
    state.apply(Crisis(t=3, crisis="suicide", trigger="pillen opgespaard", certainty="confirmed", evidence=0.9,
                       protocol=protocol_of(bank, "suicide")))
    c = state.view()["crises"][0]
    assert c["certainty"] == "confirmed" and c["trigger"] == "pillen opgespaard"
    assert [i["id"] for i in c["protocol"]] == [p.id for p in bank.crises["suicide"].protocol]
    ticked = [i for i in c["protocol"] if i["done"]]
    assert [(i["id"], i["t"], i["question_id"]) for i in ticked] == [("ask_directly", 2, "q1")]  # kept
    state.apply(Crisis(t=4, crisis="suicide", certainty="possible"))  # never back to possible
    assert state.view()["crises"][0]["certainty"] == "confirmed"
    state.apply(Protocol(t=5, crisis="suicide", item="plan", label="Plan"))
    assert [i["t"] for i in state.view()["crises"][0]["protocol"] if i["done"]] == [2, 5]
    assert state.apply(CrisisEnd(t=6, crisis="suicide", reason="false_alarm")) == "state"
    view = state.view()
    assert view["crises"] == [] and "Suïcidaliteit" in view["closed_note"]["text"]
    assert "geen crisis" in view["closed_note"]["text"]
    assert state.apply(CrisisEnd(t=7, crisis="suicide", reason="closed")) is None  # not open: nothing to show
    assert state.apply(Protocol(t=8, crisis="eviction", item="coping")) is None


def test_an_old_log_without_certainty_is_a_confirmed_crisis_with_the_banks_checklist(bank):
    state = LiveState(bank)
    state.apply(Crisis(t=1, crisis="eviction", trigger="deurwaarder"))
    c = state.view()["crises"][0]
    assert c["certainty"] == "confirmed"
    assert [i["id"] for i in c["protocol"]] == [p.id for p in bank.crises["eviction"].protocol]


def test_cause_nudge_only_in_a_confirmed_crisis_and_life_event_guidance(bank):
    state = LiveState(bank)
    state.apply(Match(t=1, technique="cause"))
    assert state.view()["nudge"] is None
    state.apply(Crisis(t=2, crisis="suicide", certainty="possible"))
    state.apply(Match(t=3, technique="cause"))
    assert state.view()["nudge"] is None
    state.apply(Crisis(t=4, crisis="suicide", certainty="confirmed"))
    state.apply(Match(t=5, technique="cause"))
    assert state.view()["nudge"]["text"] == CAUSE_NUDGE == "Niet naar oorzaken zoeken tijdens de crisis"
    state.apply(CrisisEnd(t=6, crisis="suicide", reason="closed"))
    assert state.view()["nudge"] is None
    state.apply(Match(t=7, technique="acknowledgement", crisis=("life_event",)))
    assert state.view()["life_event"]["guidance"] == list(bank.life_events.guidance)


def test_suggestion_end_clears_it_and_a_failed_lookup_never_keeps_an_old_answer(bank):
    state = LiveState(bank)
    q = next(iter(bank.questions.values()))
    state.apply(Suggestion(t=1, question_id=q.id, text=q.text, technique=q.technique))
    assert state.apply(SuggestionEnd(t=2, question_id="other.question", reason="expired")) is None
    assert state.view()["suggestion"] is not None
    state.apply(SuggestionEnd(t=3, question_id=q.id, reason="dismissed"))
    assert state.view()["suggestion"] is None
    # a lookup's answer is labelled as such ...
    state.apply(Lookup(t=4, query="coping", question_id=q.id, alternatives=()))
    state.apply(Suggestion(t=4, question_id=q.id, text=q.text, technique=q.technique, reason="Opgezocht"))
    assert state.view()["suggestion"]["lookup"]["query"] == "coping"
    # ... and a failed lookup does not leave it standing as if it answered "xyzzy"
    state.apply(Lookup(t=5, query="xyzzy", question_id=None, alternatives=("scaling",)))
    view = state.view()
    assert view["suggestion"] is None and view["lookup"]["found"] is False and view["lookup"]["query"] == "xyzzy"
    # an advisor's suggestion stays when a search fails
    state.apply(Suggestion(t=6, question_id=q.id, text=q.text, technique=q.technique, reason="pauze"))
    state.apply(Lookup(t=7, query="xyzzy", question_id=None))
    assert state.view()["suggestion"]["question_id"] == q.id


def test_a_check_the_workers_own_screening_question_opened_says_so_instead_of_asking_again(bank):
    state = LiveState(bank)
    state.apply(Crisis(t=1, crisis="suicide", trigger="denkt u eraan om uzelf iets aan te doen", certainty="possible",
                       safety_asked=True))
    view = state.view()
    assert view["crises"][0]["asked"] is True and view["asked_prompt"] == ASKED_PROMPT
    assert "luister" in ASKED_PROMPT and "vraag het direct na" not in ASKED_PROMPT
    state.apply(Crisis(t=2, crisis="unsafe_vulnerable", trigger="de kinderen alleen thuis", certainty="possible"))
    assert [c["asked"] for c in state.view()["crises"]] == [True, False]  # a hint: the calm prompt to ask
    state.apply(Crisis(t=3, crisis="suicide", trigger="het hoeft niet meer", certainty="possible"))
    assert state.view()["crises"][0]["asked"] is True  # asked once stays asked


# -- the page -----------------------------------------------------------------------------

def test_possible_crisis_is_a_calm_prompt_and_the_checklist_ticks(live, open_page):
    page = open_page(live)
    bus = live.session.bus
    bus.publish(Crisis(t=1, crisis="suicide", trigger="het hoeft allemaal niet meer", certainty="possible"))
    expect(page.locator("#possible")).to_contain_text("Mogelijk crisis: vraag het direct na", timeout=TIMEOUT)
    expect(page.locator("#crisis")).to_be_hidden()
    expect(page.locator("#checklist")).to_be_hidden()
    bus.publish(Crisis(t=2, crisis="suicide", trigger="pillen opgespaard", certainty="confirmed",
                       protocol=protocol_of(live.bank, "suicide")))
    expect(page.locator("#possible")).to_be_hidden(timeout=TIMEOUT)
    expect(page.locator("#checklist li")).to_have_count(len(live.bank.crises["suicide"].protocol))
    expect(page.locator("#checklist li.next")).to_have_attribute("data-item", "ask_directly")
    bus.publish(Protocol(t=65, crisis="suicide", item="ask_directly", label="Direct gevraagd"))
    expect(page.locator("#checklist li.done")).to_have_count(1, timeout=TIMEOUT)
    expect(page.locator("#checklist li.done")).to_contain_text("01:05")
    expect(page.locator("#checklist li.next")).to_have_attribute("data-item", "plan")
    bus.publish(Utterance(t=70, text="waarom denk je dat", start=69, end=70))
    bus.publish(Match(t=70, technique="cause"))
    expect(page.locator("#nudge")).to_have_text("Niet naar oorzaken zoeken tijdens de crisis", timeout=TIMEOUT)
    bus.publish(CrisisEnd(t=80, crisis="suicide", reason="assessed"))
    expect(page.locator("#crisis")).to_be_hidden(timeout=TIMEOUT)
    expect(page.locator("#closed-note")).to_contain_text("Crisis gesloten: Suïcidaliteit", timeout=TIMEOUT)
    expect(page.locator("#nudge")).to_be_hidden()


def test_the_page_says_the_screening_question_was_asked(live, open_page):
    page = open_page(live)
    live.session.bus.publish(Crisis(t=1, crisis="suicide", trigger="heb je gedachten om jezelf iets aan te doen",
                                    certainty="possible", safety_asked=True))
    expect(page.locator("#possible")).to_contain_text(ASKED_PROMPT, timeout=TIMEOUT)
    expect(page.locator("#possible")).not_to_contain_text("vraag het direct na")
    expect(page.locator("#possible button")).to_contain_text("Geen crisis")


def test_crisis_buttons_reach_the_core_and_a_crisis_that_is_not_open_gets_its_warning(live, open_page):
    page = open_page(live)
    # shown on the page only (the core never heard it): the core answers with a warning
    live.session.bus.publish(Crisis(t=1, crisis="eviction", trigger="deurwaarder", certainty="confirmed",
                                    protocol=protocol_of(live.bank, "eviction")))
    expect(page.locator("#crisis")).to_be_visible(timeout=TIMEOUT)
    page.locator("#crisis .crisis-item[data-crisis=eviction] button.close").click()
    control = live.wait_for_record(lambda r: r["type"] == "control" and r["action"] == "crisis_close")
    assert control["value"] == "eviction"
    warning = live.wait_for_record(lambda r: r["type"] == "warning" and r["component"] == "control")
    expect(page.locator("#notice")).to_have_text(warning["message"], timeout=TIMEOUT)
    # a crisis the core did hear: "Geen crisis" closes it everywhere
    live.session.submit(Utterance(t=5, text="ik heb pillen opgespaard en ik wil er een eind aan maken",
                                  start=2, end=5, source="script"))
    record = live.wait_for_record(lambda r: r["type"] == "crisis" and r["crisis"] == "suicide")
    row = page.locator(f"[data-crisis=suicide] button.false-alarm").first
    expect(row).to_be_visible(timeout=TIMEOUT)
    row.click()
    end = live.wait_for_record(lambda r: r["type"] == "crisis_end" and r["crisis"] == "suicide")
    assert end["reason"] == "false_alarm" and record["certainty"] in ("possible", "confirmed")
    expect(page.locator("[data-crisis=suicide]")).to_have_count(0, timeout=TIMEOUT)
    expect(page.locator("#closed-note")).to_contain_text("geen crisis")
    assert len([r for r in live.records("control") if r["action"] == "crisis_false_alarm"]) == 1


def test_dismiss_sends_the_control_and_suggestion_end_clears_the_page(live, open_page):
    page = open_page(live)
    live.session.bus.publish(suggestion())
    expect(page.locator("#question")).to_have_text("Hoe houdt u het vol?", timeout=TIMEOUT)
    page.locator("#dismiss").click()
    record = live.wait_for_record(lambda r: r["type"] == "control" and r["action"] == "dismiss")
    assert record["value"] == "coping.volhouden"
    live.session.bus.publish(SuggestionEnd(t=11, question_id="coping.volhouden", reason="dismissed"))
    expect(page.locator("#question")).to_contain_text("Nog geen suggestie", timeout=TIMEOUT)
    expect(page.locator("#dismiss")).to_be_hidden()


def test_life_event_guidance_is_shown_calmly(live, open_page):
    page = open_page(live)
    live.session.bus.publish(Match(t=1, technique="acknowledgement", crisis=("life_event",)))
    expect(page.locator("#life-event")).to_be_visible(timeout=TIMEOUT)
    expect(page.locator("#life-guidance li")).to_have_count(1)
    expect(page.locator("#life-guidance")).to_contain_text(live.bank.life_events.guidance[0])
    page.locator("#life-fold").click()
    expect(page.locator("#life-guidance li")).to_have_count(len(live.bank.life_events.guidance))
    expect(page.locator("#crisis")).to_be_hidden()  # not a crisis
