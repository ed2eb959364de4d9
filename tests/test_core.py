"""The core's behaviour: tracker hysteresis, crisis order, no repeats, no nagging."""

from __future__ import annotations

import pytest

from callsim import Call
from voice_companion.events import Control, Crisis, LookupRequest, PhaseChange, Suggestion, Tick


def techniques(events):
    return [e.technique for e in events if isinstance(e, Suggestion)]


def test_one_stray_line_does_not_flip_the_phase_but_two_do(bank):
    call = Call(bank)
    call.say("goedenavond met de nachtlijn wat kan ik voor je doen")
    call.say("wanneer ging het de laatste tijd wat beter")
    assert call.core.tracker.phase == "current"
    call.say("wat deed je toen anders")
    assert call.core.tracker.phase == "exceptions"
    assert [e.phase for e in call.events if isinstance(e, PhaseChange)] == ["exceptions"]


def test_a_backchannel_changes_nothing(bank):
    call = Call(bank)
    call.say("wanneer ging het de laatste tijd wat beter", pause=None)
    counts = dict(call.core.tracker.technique_counts)
    call.say("ja", pause=None)
    call.say("hm", pause=None)
    assert dict(call.core.tracker.technique_counts) == counts
    call.say("wat deed je toen anders", pause=None)
    assert call.core.tracker.phase == "exceptions"  # the backchannels did not reset the vote


def test_suicide_puts_safety_first_at_once_even_when_paused(bank):
    call = Call(bank)
    call.do(Control(t=1.0, action="pause"))
    out = call.say("je zegt dat je er een einde aan wilt maken", pause=None)
    assert any(isinstance(e, Crisis) and e.crisis == "suicide" for e in out)
    first = [e for e in out if isinstance(e, Suggestion)]
    assert len(first) == 1 and first[0].technique == "safety"
    assert "veiligheid" in first[0].reason.lower()


def test_a_confirmed_suicide_walks_the_protocol_then_ends_assessed(bank):
    call = Call(bank)
    out = call.say("je zegt dat je er een einde aan wilt maken")
    confirmed = next(e for e in out if isinstance(e, Crisis))
    assert confirmed.certainty == "confirmed"
    items = [item for item, _ in confirmed.protocol]
    assert items[0] == "ask_directly" and {"plan", "means", "alone", "chain_partners", "agreement"} <= set(items)
    ticked = []
    for _ in range(12):
        s = call.core.current
        if s is None or not s.reason.startswith("Crisis"):
            break
        call.say(s.text)  # the worker takes the suggestion up
        ticked = [e.item for e in call.events if e.type == "protocol"]
    assert ticked[:1] == ["ask_directly"]  # safety first
    assert set(ticked) == set(items)  # every step, one suggestion at a time
    ends = [e for e in call.events if e.type == "crisis_end"]
    assert [(e.crisis, e.reason) for e in ends] == [("suicide", "assessed")]
    assert all(e.type != "suggestion" or e.technique != "cause" for e in call.events)


def test_eviction_starts_with_coping_not_safety(bank):
    call = Call(bank)
    out = call.say("dus de deurwaarder komt morgenochtend om je huis te ontruimen", pause=None)
    assert techniques(out) == ["coping"]


def test_no_digging_into_causes_during_a_crisis(bank):
    call = Call(bank)
    call.say("de stroom is vanmiddag afgesloten zeg je")
    for _ in range(8):
        if call.core.current is None:
            break
        call.say(call.core.current.text)
    assert not {"problem", "perspective", "mirroring", "consequences"} & set(techniques(call.events))


def test_never_suggests_a_question_already_asked(bank):
    call = Call(bank)
    script = ["goedenavond met de nachtlijn hoe kan ik helpen", "wat is er lastig voor jou aan deze situatie",
              "hoe redt u het", "waar hoopt u op", "wanneer had jij daar minder last van",
              "wat was er toen anders", "wat is een eerst volgende kleine stap"]
    asked_before = set()
    for line in script:
        for e in call.say(line):
            if isinstance(e, Suggestion):
                assert e.question_id not in asked_before
        asked_before |= set(call.core.tracker.asked)
    ids = [s.question_id for s in call.suggestions]
    assert len(ids) == len(set(ids))


def test_does_not_nag_without_a_pause(bank):
    call = Call(bank)
    for line in ["goedenavond met de nachtlijn", "vertel het maar", "wat is er lastig voor jou aan deze situatie",
                 "hoe is dat een probleem voor je", "wat zou je het liefste willen"]:
        call.say(line, pause=None)
    assert call.suggestions == []
    call.do(Tick(t=call.t + 4, silent_since=call.t))
    assert len(call.suggestions) == 1
    # the same pause going on does not bring a second suggestion
    call.do(Tick(t=call.t + 8, silent_since=call.t))
    assert len(call.suggestions) == 1


def test_interaction_type_shapes_the_questions(bank):
    call = Call(bank)
    call.do(Control(t=0.5, action="interaction", value="visitor"))
    call.say("goedenavond met de nachtlijn hoe kan ik helpen")
    assert call.core.current is None  # after the opening the caller has the floor
    call.say("dus je dochter vond dat je moest bellen")
    s = call.core.current
    assert s is not None
    q = bank.questions[s.question_id]
    assert "visitor" in q.interaction or "any" in q.interaction
    assert s.technique in {"perspective", "usefulness"}


def test_muted_suggestions_are_display_only(bank):
    call = Call(bank)
    call.do(Control(t=0.5, action="mute"))
    call.say("goedenavond met de nachtlijn hoe kan ik helpen")
    call.say("dat klinkt heftig voor je")
    assert call.suggestions and all(s.channel == "display" for s in call.suggestions)


@pytest.mark.parametrize("query, technique", [
    ("schaalvraag", "scaling"), ("hoop", "hope"), ("coping", "coping"), ("volgende stap", "next_step"),
    ("spiegelen", "mirroring"), ("veiligheid", "safety"), ("uitzondering", "exception"),
])
def test_lookup_by_technique_name(bank, query, technique):
    call = Call(bank)
    out = call.do(LookupRequest(t=1.0, query=query, via="voice"))
    assert out[0].type == "lookup" and out[0].question_id is not None
    assert out[1].technique == technique


def test_lookup_coping_during_eviction_gives_a_crisis_question(bank):
    call = Call(bank)
    out = call.do(LookupRequest(t=1.0, query="coping bij uitzetting"))
    q = bank.questions[out[0].question_id]
    assert q.technique == "coping" and q.crisis_ok


def test_lookup_that_matches_nothing_says_so_and_offers_the_closest(bank):
    call = Call(bank)
    out = call.do(LookupRequest(t=1.0, query="qqq zzz"))
    assert len(out) == 1 and out[0].question_id is None
    assert len(out[0].alternatives) >= 1


def test_a_direct_safety_question_that_names_suicide_counts_as_asked(bank):
    call = Call(bank)
    out = call.say("ik wil je iets rechtstreeks vragen denk je eraan om een einde aan je leven te maken", pause=None)
    crisis = next(e for e in out if isinstance(e, Crisis))
    assert crisis.safety_asked is True and crisis.certainty == "possible"  # screening, not disclosure
    assert call.core.tracker.crises["suicide"].safety_asked_at is not None
    assert [e.item for e in out if e.type == "protocol"] == ["ask_directly"]
    assert "safety" not in techniques(out)  # asked: the worker hears the answer


def test_an_echo_of_suicidal_words_is_not_a_safety_check(bank):
    call = Call(bank)
    out = call.say("je zegt dat je soms niet meer wilt leven", pause=None)
    crisis = next(e for e in out if isinstance(e, Crisis))
    assert crisis.safety_asked is False
    assert techniques(out) == ["safety"]
