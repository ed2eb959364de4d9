"""The live page in real headless Chromium, fed by a real session's bus."""

from __future__ import annotations

import time
import urllib.error
import urllib.request

import pytest

from voice_companion.events import (
    Crisis, Lookup, Match, Partial, PhaseChange, Suggestion, Utterance,
)

pytest.importorskip("playwright", reason="the playwright package is not installed (pip install -e '.[test]')")
from playwright.sync_api import expect  # noqa: E402

TIMEOUT = 5000


@pytest.fixture
def open_page(browser):
    contexts = []

    def opener(live, *, wait=True):
        context = browser.new_context()
        contexts.append(context)
        page = context.new_page()
        page.requests = []
        page.problems = []
        page.on("request", lambda r: page.requests.append(r.url))
        page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: page.problems.append(str(e)))
        page.goto(live.url)
        if wait:
            expect(page.locator("#connection")).to_have_text("verbonden", timeout=TIMEOUT)
        return page

    yield opener
    for context in contexts:
        context.close()


def suggestion(qid="coping.volhouden", text="Hoe houdt u het vol?", technique="coping", phase="current",
               reason="de beller vertelt hoe zwaar het is", alternatives=()):
    return Suggestion(t=10.0, question_id=qid, text=text, technique=technique, phase=phase,
                      reason=reason, channel="both", alternatives=alternatives)


def test_suggestion_phase_transcript_and_counters_appear_as_published(live, open_page):
    page = open_page(live)
    bus = live.session.bus
    bus.publish(Partial(t=1.0, text="hoe hou je"))
    expect(page.locator("#partial")).to_have_text("hoe hou je", timeout=TIMEOUT)
    bus.publish(Utterance(t=2.0, text="hoe hou je het vol", start=1.0, end=2.0))
    bus.publish(Match(t=2.0, question_id="coping.volhouden", technique="coping", phase="current", score=90))
    bus.publish(PhaseChange(t=2.0, phase="desired", previous="current"))
    bus.publish(suggestion(text="Als 10 rust is en 0 chaos, waar zit u dan nu?", technique="scaling",
                           qid="scaling.x", reason="een pauze: tijd om te schalen"))
    expect(page.locator("#question")).to_have_text("Als 10 rust is en 0 chaos, waar zit u dan nu?", timeout=TIMEOUT)
    name = live.page_server.state.technique_name
    expect(page.locator("#technique")).to_have_text(name("scaling"))
    expect(page.locator("#reason")).to_have_text("een pauze: tijd om te schalen")
    expect(page.locator("#partial")).to_have_text("")
    expect(page.locator("#utterances li").first).to_contain_text("hoe hou je het vol")
    expect(page.locator("#utterances li").first).to_contain_text(name("coping"))
    expect(page.locator("#count-coping")).to_have_text("1")
    expect(page.locator("#count-scaling")).to_have_text("0")
    expect(page.locator("#arc-desired")).to_have_class("arc lit")
    expect(page.locator("#phases li.lit")).to_contain_text("Gewenste situatie")
    assert page.problems == []


def test_crisis_banner_folds_to_its_headline_and_opens_on_demand(live, open_page):
    page = open_page(live)
    expect(page.locator("#crisis")).to_be_hidden()
    live.session.bus.publish(Crisis(t=3.0, crisis="suicide", trigger="je zegt dat je er een eind aan wilt maken"))
    banner = page.locator("#crisis")
    expect(banner).to_be_visible(timeout=TIMEOUT)
    line = page.locator("#crisis .crisis-line")
    expect(line).to_contain_text("Suïcidaliteit")
    headline = getattr(live.bank.crises["suicide"], "headline", "") or live.bank.crises["suicide"].guidance[0]
    expect(line).to_contain_text(headline)
    expect(page.locator("#crisis-number")).to_contain_text("113")
    expect(page.locator("#crisis-number")).to_contain_text("0800-0113")
    assert page.locator("#crisis .crisis-more").count() == 0  # folded: calm, one line
    line.click()
    expect(page.locator("#crisis .crisis-more li")).to_have_count(len(live.bank.crises["suicide"].guidance))
    expect(page.locator("#crisis .crisis-more")).to_contain_text("eind aan wilt maken")
    expect(page.locator("#crisis .crisis-more")).to_contain_text("0800-0113")
    line.focus()
    page.keyboard.press(" ")  # Space on the focused line folds it again (not push-to-talk)
    expect(page.locator("#crisis .crisis-more")).to_have_count(0)
    assert live.ptt.presses == 0


def test_crisis_number_is_a_setting_and_other_crises_show_their_guidance(make_live, open_page):
    live = make_live(crisis_number="0900-1234")
    page = open_page(live)
    live.session.bus.publish(Crisis(t=3.0, crisis="unsafe_vulnerable", trigger="de kinderen zijn niet veilig"))
    expect(page.locator("#crisis")).to_be_visible(timeout=TIMEOUT)
    expect(page.locator("#crisis-number")).to_be_hidden()  # the number is for suicide
    live.session.bus.publish(Crisis(t=4.0, crisis="suicide", trigger="zelfmoord"))
    expect(page.locator("#crisis-number")).to_contain_text("0900-1234", timeout=TIMEOUT)


def test_push_to_talk_with_the_space_bar_looks_up_and_alternatives_are_one_key_away(live, open_page):
    page = open_page(live)
    page.keyboard.down(" ")
    expect(page.locator("#ptt")).to_have_class("ptt active", timeout=TIMEOUT)
    page.keyboard.down(" ")  # key repeat while held: still one press
    page.keyboard.up(" ")
    record = live.wait_for_record(lambda r: r["type"] == "lookup" and r.get("via") == "voice")
    assert record["query"] == "schaalvraag"
    assert live.ptt.presses == 1 and live.ptt.releases == 1
    expect(page.locator("#lookup-status")).to_contain_text("schaalvraag", timeout=TIMEOUT)
    if record["question_id"]:
        best = live.bank.questions[record["question_id"]].text
        expect(page.locator("#question")).to_have_text(best, timeout=TIMEOUT)
        alternatives = page.locator("#alternatives li")
        assert alternatives.count() >= 1
        first_alt = alternatives.first.inner_text()
        page.keyboard.press("1")
        shown = page.locator("#question").inner_text()
        assert shown != best and shown in first_alt
        chosen = live.wait_for_record(lambda r: r["type"] == "control" and r["action"] == "choose")
        assert live.bank.questions[chosen["value"]].text == shown  # the supervisor sees which one
        page.keyboard.press("ArrowLeft")
        expect(page.locator("#question")).to_have_text(best)
        page.keyboard.press("ArrowRight")
        expect(page.locator("#question")).to_have_text(shown)
        page.keyboard.press("Escape")
        expect(page.locator("#question")).to_have_text(best)
    else:  # the core found nothing: the page says so
        expect(page.locator("#lookup-status")).to_contain_text("Geen vraag gevonden")


def test_push_to_talk_button_held_with_the_mouse(live, open_page):
    page = open_page(live)
    page.locator("#ptt").hover()
    page.mouse.down()
    expect(page.locator("#ptt")).to_have_class("ptt active", timeout=TIMEOUT)
    page.mouse.up()
    live.wait_for_record(lambda r: r["type"] == "lookup" and r.get("via") == "voice")
    assert live.ptt.presses == 1


def test_space_in_the_search_box_types_and_enter_searches(live, open_page):
    page = open_page(live)
    page.locator("#search").click()
    page.keyboard.type("hoop bij uitzetting")
    assert live.ptt.presses == 0
    page.keyboard.press("Enter")
    record = live.wait_for_record(lambda r: r["type"] == "lookup" and r.get("via") == "typed")
    assert record["query"] == "hoop bij uitzetting"


def test_without_push_to_talk_the_page_says_to_type(make_live, open_page):
    live = make_live(ptt=None)
    page = open_page(live)
    page.keyboard.down(" ")
    page.keyboard.up(" ")
    expect(page.locator("#lookup-status")).to_contain_text("Typ wat je zoekt", timeout=TIMEOUT)
    assert not live.records("lookup")


def test_a_lookup_that_finds_nothing_names_the_closest_techniques(live, open_page):
    page = open_page(live)
    live.session.bus.publish(Lookup(t=5.0, query="bananenbrood", question_id=None,
                                    alternatives=("scaling", "hope"), via="typed"))
    status = page.locator("#lookup-status")
    expect(status).to_contain_text("Geen vraag gevonden voor “bananenbrood”", timeout=TIMEOUT)
    expect(status).to_contain_text(live.page_server.state.technique_name("scaling"))


def test_toggles_are_submitted_as_control_events_and_logged(live, open_page):
    page = open_page(live)
    page.locator("#mute").click()
    expect(page.locator("#mute")).to_have_attribute("aria-pressed", "true", timeout=TIMEOUT)
    expect(page.locator("#mute")).to_have_text("Fluisteren: uit")
    page.locator("#pause").click()
    expect(page.locator("#pause")).to_have_attribute("aria-pressed", "true", timeout=TIMEOUT)
    page.locator("#interaction button[data-interaction=complainant]").click()
    expect(page.locator("#interaction button[data-interaction=complainant]")).to_have_attribute(
        "aria-pressed", "true", timeout=TIMEOUT)
    page.locator("#mark").click()
    expect(page.locator("#mark")).to_have_text("Moment markeren (1)", timeout=TIMEOUT)
    page.locator("#mute").click()
    expect(page.locator("#mute")).to_have_attribute("aria-pressed", "false", timeout=TIMEOUT)
    live.wait_for_record(lambda r: r["type"] == "control" and r["action"] == "unmute")
    controls = [(r["action"], r.get("value")) for r in live.records("control")]
    assert controls == [("mute", None), ("pause", None), ("interaction", "complainant"),
                        ("mark", None), ("unmute", None)]
    assert page.problems == []


def test_no_request_leaves_the_machine(live, open_page):
    page = open_page(live)
    live.session.bus.publish(suggestion())
    live.session.bus.publish(Crisis(t=3.0, crisis="suicide", trigger="zelfmoord"))
    page.locator("#mute").click()
    page.keyboard.down(" ")
    page.keyboard.up(" ")
    live.wait_for_record(lambda r: r["type"] == "lookup")
    page.reload()
    expect(page.locator("#connection")).to_have_text("verbonden", timeout=TIMEOUT)
    origin = live.url.split("/?")[0] + "/"
    assert page.requests
    outside = [u for u in page.requests if not (u.startswith(origin) or u.startswith("data:"))]
    assert outside == []


def _status(url: str, *, method: str = "GET", headers: dict | None = None, data: bytes | None = None) -> int:
    request = urllib.request.Request(url, method=method, headers=headers or {}, data=data)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_requests_without_the_token_are_refused(live):
    base, token = live.url.split("/?token=")
    assert base.startswith("http://127.0.0.1:")
    assert _status(live.url) == 200
    assert _status(base + "/") == 403
    assert _status(base + "/?token=wrong") == 403
    assert _status(base + "/events") == 403
    assert _status(base + "/state") == 403
    assert _status(base + "/static/app.js") == 403
    assert _status(base + "/control", method="POST", data=b'{"action":"mute"}',
                   headers={"Content-Type": "application/json"}) == 403
    assert _status(base + f"/state?token={token}", headers={"Host": "evil.example:80"}) == 403
    assert _status(base + f"/control?token={token}", method="POST", data=b'{"action":"mute"}',
                   headers={"Content-Type": "application/json", "Origin": "http://evil.example"}) == 403
    # with the token, a choice must name a question of the bank
    assert _status(base + f"/control?token={token}", method="POST", data=b'{"action":"choose","value":"no.such"}',
                   headers={"Content-Type": "application/json"}) == 400
    assert _status(base + f"/control?token={token}", method="POST", data=b'{"action":"explode"}',
                   headers={"Content-Type": "application/json"}) == 400
    assert not live.records("control")


def test_the_page_is_served_on_loopback_only():
    from voice_companion.errors import UserError
    from voice_companion.live.server import LivePage
    from voice_companion.pipeline import Bus

    class S:
        bus = Bus()

    with pytest.raises(UserError):
        LivePage(S(), None, host="0.0.0.0")


def test_a_page_opened_twice_shows_the_same_state(live, open_page):
    first = open_page(live)
    bus = live.session.bus
    bus.publish(Utterance(t=2.0, text="wat heeft u al geprobeerd", start=1.0, end=2.0))
    bus.publish(Match(t=2.0, question_id=None, technique="hope", phase="desired", score=80))
    bus.publish(PhaseChange(t=2.0, phase="exceptions", previous="current"))
    bus.publish(Crisis(t=3.0, crisis="eviction", trigger="de deurwaarder komt morgen"))
    bus.publish(suggestion(text="Wanneer had u daar minder last van?", technique="exception"))
    first.locator("#mark").click()
    expect(first.locator("#mark")).to_have_text("Moment markeren (1)", timeout=TIMEOUT)
    second = open_page(live)
    expect(second.locator("#mark")).to_have_text("Moment markeren (1)", timeout=TIMEOUT)
    assert first.evaluate("document.body.dataset.seq") == second.evaluate("document.body.dataset.seq")
    for selector in ("#question", "#technique", "#reason", "#crisis-list", "#checklist",
                     "#utterances", "#count-hope", "#mark", "#phases", "#crisis"):
        assert second.locator(selector).inner_text() == first.locator(selector).inner_text(), selector
    assert second.evaluate("document.body.dataset.phase") == "exceptions"
    assert "Wanneer had u daar minder last van?" == second.locator("#question").inner_text()


def test_reconnects_after_a_dropped_stream_and_after_a_server_restart(live, open_page):
    page = open_page(live)
    bus = live.session.bus
    live.page_server.drop_streams()
    time.sleep(0.2)
    bus.publish(suggestion(text="Eerste vraag na het wegvallen?"))
    expect(page.locator("#question")).to_have_text("Eerste vraag na het wegvallen?", timeout=TIMEOUT)

    url = live.url
    live.page_server.stop()
    expect(page.locator("#connection")).to_contain_text("opnieuw verbinden", timeout=TIMEOUT)
    bus.publish(suggestion(text="Gezegd terwijl de pagina weg was?"))
    bus.publish(Crisis(t=9.0, crisis="utility_cutoff", trigger="ze sluiten morgen het gas af"))
    assert live.page_server.start() == url  # same address and token
    expect(page.locator("#connection")).to_have_text("verbonden", timeout=10000)
    expect(page.locator("#question")).to_have_text("Gezegd terwijl de pagina weg was?", timeout=TIMEOUT)
    expect(page.locator("#crisis")).to_be_visible()
    bus.publish(suggestion(text="En weer live?"))
    expect(page.locator("#question")).to_have_text("En weer live?", timeout=TIMEOUT)


def test_nothing_on_the_page_moves_or_blinks(live, open_page):
    page = open_page(live)
    live.session.bus.publish(Crisis(t=3.0, crisis="suicide", trigger="zelfmoord"))
    expect(page.locator("#crisis")).to_be_visible(timeout=TIMEOUT)
    animations = page.evaluate("document.getAnimations().length")
    assert animations == 0
    style = page.evaluate("getComputedStyle(document.querySelector('#crisis')).animationName")
    assert style in ("none", "")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    r, g, b = [int(x) for x in background[background.index("(") + 1:-1].split(",")[:3]]
    assert max(r, g, b) < 40  # a dark page for the night
    live.session.bus.publish(suggestion())
    expect(page.locator("#question")).to_have_text("Hoe houdt u het vol?", timeout=TIMEOUT)
    size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('#question')).fontSize)")
    assert size >= 32


def test_a_headset_button_key_works_like_the_space_bar(make_live, open_page):
    live = make_live(ptt_keys=("F9",))
    page = open_page(live)
    expect(page.locator("#ptt .key")).to_have_text("F9")
    page.keyboard.down("F9")
    page.keyboard.up("F9")
    live.wait_for_record(lambda r: r["type"] == "lookup" and r.get("via") == "voice")
    page.keyboard.down(" ")  # not a push-to-talk key here
    page.keyboard.up(" ")
    time.sleep(0.2)
    assert live.ptt.presses == 1
