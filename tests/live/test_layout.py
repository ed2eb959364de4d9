"""The live page's layout in real Chromium: the suggested question (and in a crisis the
protocol checklist) stays inside the window at 1366x768, 1024x600 and at 200 % zoom,
measured from layout (getBoundingClientRect), with screenshots in tests/output/layout/."""

from __future__ import annotations

from pathlib import Path

import pytest

from voice_companion.events import (
    ComponentWarning, Crisis, Lookup, LookupRequest, Match, Protocol, Suggestion, Utterance,
)

pytest.importorskip("playwright", reason="the playwright package is not installed (pip install -e '.[test]')")
from playwright.sync_api import expect  # noqa: E402

TIMEOUT = 5000
OUTPUT = Path(__file__).resolve().parents[1] / "output" / "layout"
# (name, CSS viewport, device scale): 200 % zoom of a 1366x768 screen is a 683x384 CSS viewport
SIZES = [("1366x768", 1366, 768, 1), ("1024x600", 1024, 600, 1), ("1366x768-zoom200", 683, 384, 2)]
QUESTION = "Als 10 rust en overzicht is en 0 chaos, waar zit je dan nu, en wat maakt dat het geen 0 is?"


def protocol_of(bank, crisis_id):
    info = bank.crises[crisis_id]
    return tuple((p.id, p.label) for p in info.protocol)


@pytest.fixture(params=SIZES, ids=[s[0] for s in SIZES])
def sized_page(request, browser, live):
    name, width, height, scale = request.param
    context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=scale)
    page = context.new_page()
    page.goto(live.url)
    expect(page.locator("#connection")).to_have_text("verbonden", timeout=TIMEOUT)
    yield name, page
    context.close()


def box(page, selector):
    return page.evaluate(
        """(sel) => { const r = document.querySelector(sel).getBoundingClientRect();
                      return {top: r.top, bottom: r.bottom, left: r.left, right: r.right,
                              width: r.width, height: r.height,
                              vw: document.documentElement.clientWidth, vh: window.innerHeight}; }""",
        selector)


def assert_in_view(page, selector, what):
    b = box(page, selector)
    assert b["height"] > 0 and b["width"] > 0, f"{what} has no size: {b}"
    assert b["top"] >= 0 and b["left"] >= 0, f"{what} starts outside the window: {b}"
    assert b["bottom"] <= b["vh"] + 0.5 and b["right"] <= b["vw"] + 0.5, f"{what} ends outside the window: {b}"


def shoot(page, name, step):
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"{name}-{step}.png"))


def publish_suggestion(live, text=QUESTION, qid="scaling.rust-chaos"):
    bank = live.bank
    alts = tuple(q for q in bank.questions if q != qid)[:3]
    live.session.bus.publish(Suggestion(t=20.0, question_id=qid, text=text, technique="scaling",
                                        phase="current", reason="een pauze: tijd om te schalen",
                                        channel="both", alternatives=alts))


def test_question_and_checklist_stay_in_view_with_two_crises_open(live, sized_page):
    name, page = sized_page
    bus = live.session.bus
    publish_suggestion(live)
    expect(page.locator("#question")).to_have_text(QUESTION, timeout=TIMEOUT)
    assert_in_view(page, "#question", "the question")
    assert_in_view(page, "#lookup-status", "the lookup status")
    shoot(page, name, "1-question")

    bus.publish(Crisis(t=30.0, crisis="suicide", trigger="ik zie het niet meer zitten, ik heb pillen gespaard",
                       certainty="confirmed", evidence=0.9, protocol=protocol_of(live.bank, "suicide")))
    bus.publish(Crisis(t=31.0, crisis="unsafe_vulnerable", trigger="de kinderen zijn alleen thuis",
                       certainty="confirmed", evidence=0.8, protocol=protocol_of(live.bank, "unsafe_vulnerable")))
    bus.publish(Protocol(t=40.0, crisis="suicide", item="ask_directly", label="Direct gevraagd",
                         question_id=None))
    expect(page.locator("#crisis .crisis-item")).to_have_count(2, timeout=TIMEOUT)
    expect(page.locator("#checklist li.done")).to_have_count(1, timeout=TIMEOUT)
    # folded: one line per crisis, with the crisis's headline and, for suicide, 113
    for crisis_id in ("suicide", "unsafe_vulnerable"):
        row = page.locator(f"#crisis .crisis-item[data-crisis={crisis_id}] .crisis-row")
        expect(row).to_contain_text(live.bank.crises[crisis_id].headline[:30])
        height = row.evaluate("r => r.getBoundingClientRect().height")
        line = row.locator(".crisis-line").evaluate("e => parseFloat(getComputedStyle(e).fontSize) * 1.4")
        assert height < 2.6 * line, f"{crisis_id} banner is not folded to one line ({height}px)"
    expect(page.locator("#crisis-number")).to_contain_text("0800-0113")
    assert_in_view(page, "#question", "the question with two crises open")
    assert_in_view(page, "#checklist", "the protocol checklist with two crises open")
    assert_in_view(page, "#crisis-number", "the suicide number")
    shoot(page, name, "2-two-crises")

    # a cause question during the crisis: the nudge shows, the question stays in view
    bus.publish(Utterance(t=50.0, text="waarom denk je dat het zo gekomen is", start=48.0, end=50.0))
    bus.publish(Match(t=50.0, technique="cause", phase="current", score=80))
    expect(page.locator("#nudge")).to_have_text("Niet naar oorzaken zoeken tijdens de crisis", timeout=TIMEOUT)
    assert_in_view(page, "#nudge", "the cause nudge")
    assert_in_view(page, "#question", "the question with the nudge")

    # opening one crisis's guidance on demand
    page.locator("#crisis .crisis-item[data-crisis=suicide] .crisis-line").click()
    expect(page.locator("#crisis .crisis-more li").first).to_be_visible()
    assert page.locator("#crisis .crisis-more li").count() == len(live.bank.crises["suicide"].guidance)
    shoot(page, name, "3-guidance-open")
    page.locator("#crisis .crisis-item[data-crisis=suicide] .crisis-line").click()
    expect(page.locator("#crisis .crisis-more")).to_have_count(0)
    assert_in_view(page, "#question", "the question after folding again")


def test_a_failed_search_shows_next_to_the_question_and_never_keeps_an_old_answer(live, sized_page):
    name, page = sized_page
    bus = live.session.bus
    bus.publish(Crisis(t=30.0, crisis="suicide", trigger="zelfmoord", certainty="confirmed",
                       protocol=protocol_of(live.bank, "suicide")))
    bus.publish(Crisis(t=31.0, crisis="eviction", trigger="de deurwaarder komt morgen", certainty="confirmed",
                       protocol=protocol_of(live.bank, "eviction")))
    # a real lookup through the session: "coping" finds a question ...
    live.session.submit(LookupRequest(t=40.0, query="coping", via="typed"))
    live.wait_for_record(lambda r: r["type"] == "lookup" and r["query"] == "coping")
    expect(page.locator("#label")).to_contain_text("Opgezocht", timeout=TIMEOUT)
    found = page.locator("#question").inner_text()
    assert found and "Nog geen suggestie" not in found
    # ... and "xyzzy" finds nothing: said next to the question, the old answer is gone
    page.locator("#search").fill("xyzzy")
    page.locator("#search").press("Enter")
    record = live.wait_for_record(lambda r: r["type"] == "lookup" and r["query"] == "xyzzy")
    assert record["question_id"] is None
    status = page.locator("#lookup-status")
    expect(status).to_contain_text("Geen vraag gevonden voor “xyzzy”", timeout=TIMEOUT)
    expect(page.locator("#label")).not_to_contain_text("Opgezocht")
    assert page.locator("#question").inner_text() != found
    page.evaluate("window.scrollTo(0, 0)")
    assert_in_view(page, "#lookup-status", "the failed search's message")
    assert_in_view(page, "#question", "the question box after a failed search")
    assert_in_view(page, "#checklist", "the checklist after a failed search")
    shoot(page, name, "4-failed-search")


def test_push_to_talk_shows_wherever_the_page_is_scrolled(live, sized_page):
    name, page = sized_page
    publish_suggestion(live)
    expect(page.locator("#question")).to_have_text(QUESTION, timeout=TIMEOUT)
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.keyboard.down(" ")
    expect(page.locator("#lookup-status")).to_contain_text("Luistert", timeout=TIMEOUT)
    assert_in_view(page, "#lookup-status", "the listening status while scrolled")
    assert_in_view(page, "#question", "the question while push-to-talk is held")
    page.keyboard.up(" ")
    live.wait_for_record(lambda r: r["type"] == "lookup" and r.get("via") == "voice")
    shoot(page, name, "5-push-to-talk-scrolled")


def test_nothing_is_covered_by_a_fixed_footer(live, sized_page):
    _name, page = sized_page
    fixed = page.evaluate("""() => Array.from(document.querySelectorAll('body *'))
        .filter(e => ['fixed', 'sticky'].includes(getComputedStyle(e).position)).map(e => e.id || e.tagName)""")
    assert fixed == []


NOTICE = ("Het log kan niet worden geschreven: de schijf is vol (/home/medewerker/.local/share/voice-companion/"
          "sessions). De gebeurtenissen blijven in het geheugen tot de schijf weer ruimte heeft.")


def test_a_crowded_screen_still_shows_the_question_and_the_checklist(live, sized_page):
    """Everything at once: the bank's longest question, two crises, a possible third, the cause
    nudge and a long notice; then one crisis's guidance opened; then a third crisis. The question,
    its lookup status and the checklist stay inside the window; the status bar stays one line."""
    name, page = sized_page
    bus = live.session.bus
    longest = max(live.bank.questions.values(), key=lambda q: len(q.text))
    publish_suggestion(live, text=longest.text, qid=longest.id)
    for crisis_id in ("suicide", "unsafe_vulnerable"):
        bus.publish(Crisis(t=30.0, crisis=crisis_id, trigger="ik heb pillen gespaard en de kinderen zijn alleen",
                           certainty="confirmed", evidence=0.9, protocol=protocol_of(live.bank, crisis_id)))
    bus.publish(Crisis(t=31.0, crisis="eviction", trigger="de deurwaarder komt morgen en ik weet niet waar ik heen moet",
                       certainty="possible", evidence=0.4))
    bus.publish(Utterance(t=50.0, text="waarom denk je dat het zo gekomen is", start=48.0, end=50.0))
    bus.publish(Match(t=50.0, technique="cause", phase="current", score=80))
    bus.publish(ComponentWarning(t=51.0, component="log", message=NOTICE))
    expect(page.locator("#notice")).to_have_text(NOTICE, timeout=TIMEOUT)
    expect(page.locator("#possible .possible-row")).to_have_count(1, timeout=TIMEOUT)
    expect(page.locator("#nudge")).to_be_visible(timeout=TIMEOUT)

    def all_in_view(step):
        page.wait_for_timeout(100)  # the checklist is fitted after the view is drawn
        assert_in_view(page, "#question", f"the question ({step})")
        assert_in_view(page, "#lookup-status", f"the lookup status ({step})")
        assert_in_view(page, "#checklist", f"the protocol checklist ({step})")
        assert_in_view(page, "#crisis-number", f"the suicide number ({step})")
        bar = box(page, "header.bar")
        line = page.evaluate("parseFloat(getComputedStyle(document.querySelector('header.bar')).fontSize) * 1.4")
        assert bar["height"] < 2 * line + 10, f"the status bar takes more than one line ({step}): {bar}"
        shoot(page, name, f"6-crowded-{step}")

    all_in_view("folded")
    page.locator("#crisis .crisis-item[data-crisis=suicide] .crisis-line").click()
    expect(page.locator("#crisis .crisis-more li").first).to_be_visible()
    all_in_view("guidance-open")
    page.locator("#crisis .crisis-item[data-crisis=suicide] .crisis-line").click()
    bus.publish(Crisis(t=60.0, crisis="eviction", trigger="de deurwaarder komt morgen", certainty="confirmed",
                       evidence=0.9, protocol=protocol_of(live.bank, "eviction")))
    expect(page.locator("#crisis .crisis-item")).to_have_count(3, timeout=TIMEOUT)
    all_in_view("three-crises")
    # what is folded away is still there: every item of every protocol, in its tooltip at least
    titles = page.evaluate("Array.from(document.querySelectorAll('#checklist li')).map(li => li.title)")
    expected = [label for c in ("suicide", "unsafe_vulnerable", "eviction") for _i, label in protocol_of(live.bank, c)]
    assert sorted(titles) == sorted(expected)
