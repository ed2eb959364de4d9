"""Judgement a supervisor would sign: what a line is, which question comes next, in whose register, for how long."""

from __future__ import annotations

import pytest

from callsim import Call as _Call
from voice_companion.bank import check_bank
from voice_companion.classifier import Classifier
from voice_companion.core import Companion
from voice_companion.crisis import CrisisDetector
from voice_companion.text import normalize
from voice_companion.events import Control, LookupRequest, Tick, Utterance
from voice_companion.tracker import register_of


def Call(bank, **kwargs):  # noqa: N802 (the shared driver, a line every 6 s)
    return _Call(bank, step=6.0, **kwargs)


@pytest.fixture(scope="module")
def classifier(bank):
    return Classifier(bank)


def _names(classifier, line: str, crisis: str) -> bool:
    """Whether the line names `crisis`, as possible or confirmed (what the page shows and the log keeps)."""
    result = classifier.classify(line)
    return crisis in result.crisis + result.possible


# -- what a line is ---------------------------------------------------------------

@pytest.mark.parametrize("line, technique", [
    ("uw zus komt om half negen koffie drinken mooi", "summary"),  # an echo, not perspective
    ("je zus woont tien minuten verderop en die heeft gezegd dat je haar altijd mag bellen", "summary"),
    ("hm dus je bent sinds de zomer ziek thuis van je werk", "summary"),
    ("waarom heb je de huur niet betaald", "cause"),
    ("hoe komt het dat het zo ver gekomen is", "cause"),
    ("hoe lang speelt dit al", "cause"),
    ("hoe lang woont uw moeder al bij u in huis", "cause"),
    ("hoe kan het dat de huur zo ver achterloopt", "cause"),
    ("en hoe zijn al die schulden eigenlijk ontstaan", "cause"),
    ("waar is het volgens u fout gegaan", "cause"),
    ("waar komt dat wantrouwen vandaan denk je", "cause"),
    ("sinds wanneer is dat zo", "cause"),
    ("hoe komt dat dan dat de school niet heeft gebeld", "cause"),  # "dan" between: still digging
    ("en hoe komt dat", "cause"),
    ("hoelang is die schuld er al", "cause"),  # "hoe lang" run together
    ("mag ik je vragen hoe komt het dat je zo moe bent", "cause"),  # announced, then digging
    ("hoe kwam het dat het vorige winter wel lukte", "exception"),  # what made it work: an exception
    ("hoe komt het dat je al op een drie zit en niet op een nul", "scaling"),  # the seed's question after a mark
    ("hm een vier hoe komt het dat het al een vier is", "scaling"),
    ("hoe komt het dat u al een week niet slaapt", "cause"),  # a week is no mark on a scale
    ("hoe zou het voor je zijn om je zus nu een berichtje te sturen", "next_step"),  # a step offered for now
    ("hoe zou het voor u zijn om morgen de huisarts te bellen", "next_step"),
    ("waarom vindt uw buurvrouw het nodig dat u hier belt denkt u", "perspective"),  # another's view
    ("waarom denkt uw zoon dat het zo niet langer kan", "perspective"),  # "uw zoon" reads "je zoon"
    ("waarom denkt u dat het bij u steeds misgaat", "cause"),  # the caller's own account: digging
    ("waarom denk je dat je schoonmoeder zo reageert", "perspective"),  # someone else the subject: their eyes
    ("en waarom denkt u dat hij zo stil is geworden", "perspective"),
    ("waarom zijn de buren zo kwaad denkt u", "perspective"),  # the question tagged with "denkt u"
    ("waarom heeft je broer dat gedaan denk je", "cause"),  # tagged, but the history of a deed
    ("waarom denk je dat je steeds zo moe bent", "cause"),  # "je" and no person after it: the caller's own
    ("waarom ben je zo moe denk je", "cause"),  # tagged, but about the caller
    ("goed hoor ik blijf gewoon aan de lijn", "none"),  # being there while the caller acts, no plan
    ("ik hoor de bel doet u maar open hoor", "none"),
    ("oke afgesproken hoor", "none"),
    ("je bent echt een kanjer hoor slaap lekker", "acknowledgement"),  # praise, then the goodbye
    ("u heeft het vannacht knap opgelost meneer welterusten", "acknowledgement"),
    ("dank u wel voor het bellen meneer welterusten", "none"),  # thanks at the goodbye stay a goodbye
    ("even op een rijtje je zoon is weg je slaapt slecht en morgen komt de wijkagent", "summary"),  # announced
    ("alles op een rij de brief ligt op tafel en de buurvrouw kijkt mee", "summary"),
    ("als ik het zo op een rijtje zet bent u moe en belt u morgen uw dochter", "summary"),  # not the plan's verb
    ("je hebt vanavond al veel op een rij gezet hoor", "acknowledgement"),  # what the caller ordered, appraised
    ("u heeft vanavond heel veel zelf gedaan", "acknowledgement"),
    ("als u zegt dat u niet meer wilt denkt u dan aan zelfmoord", "safety"),  # "als u zegt": a condition, no echo
    ("je zegt dat de deur op slot is waar zijn de kinderen nu", "safety"),  # an echo, then the question asked
    ("wat moet er vannacht gebeuren zodat je zegt dat het nuttig was", "usefulness"),
    ("je zegt dat je het niet meer ziet zitten", "summary"),  # the echo alone stays a summary
    ("als hij weer voor de deur staat bel je meteen een een twee", "safety"),  # the safety plan, no next step
    ("ik wil dat jij nu 112 belt", "safety"),
    ("je wilt eerst je zus bellen en als hij komt bel je een een twee", "summary"),  # the caller's plan given back
    ("hoor ik nou de deurbel", "none"),  # the caller's door, not a question to the caller
    ("ja dat hoor ik", "none"),  # a backchannel, not an echo marker  # confirming what the caller proposed, at the goodbye
    ("je belt nu je buurman en ik blijf aan de lijn", "summary"),  # the caller's plan given back beside it
    ("ga maar naar de buren ik blijf aan de lijn tot je bij ze binnen bent", "safety"),  # staying until safe
    ("dat eh moet heel eenzaam zijn zo alleen", "acknowledgement"),  # empathy, a filler in between
    ("ik kan me voorstellen dat je er even doorheen zit", "acknowledgement"),
    ("nou dat u toch belt dat waardeer ik", "acknowledgement"),
    ("je hebt het ook niet makkelijk gehad", "acknowledgement"),
    ("nou dank je wel dag", "none"),  # thanks at the goodbye
    ("kun je dat nog een keer zeggen", "none"),  # about the line
    ("is dat met een d of met een t", "none"),
    ("en hoe was hij vroeger toen je hem leerde kennen", "cause"),
    ("waarom denk je dat de huisarts het nodig vindt dat je dit bespreekt", "perspective"),
    ("waarom denkt u dat de woningcorporatie u dit nummer heeft gegeven", "perspective"),
    ("dat is veel tegelijk", "acknowledgement"),
    ("je hebt het heel goed gedaan door te bellen", "acknowledgement"),
    ("welterusten en sterkte morgen", "none"),
    ("moi met de nachtlijn zeg het maar", "welcome"),  # a northern greeting opens the call too
    ("goedenacht met de nachtlijn je spreekt met sanne waar kan ik je mee helpen", "welcome"),
    ("als tien is dat u er alle vertrouwen in heeft en nul helemaal niet waar zit u dan nu", "scaling"),
    ("ik wil je iets rechtstreeks vragen denk je erover om een einde aan je leven te maken", "safety"),
    ("en als hij wakker wordt en het gaat mis dan bel je meteen een een twee afgesproken", "safety"),  # the safety plan
    ("hoe houdt u het vol", "coping"),
    ("ik kan u slecht verstaan mevrouw", "none"),  # about the line, not an intervention
    ("je valt steeds weg", "none"),
    ("nou bedankt dat je belde en slaap lekker", "none"),  # thanks at goodbye: the call ends
    ("succes ermee he dag", "none"),
    ("u regelt het allemaal heel goed voor uw vader", "acknowledgement"),  # a compliment, not an echo
    ("dat was best dapper van je", "acknowledgement"),
    ("dat vraagt moed meneer", "acknowledgement"),  # what it took: an appraisal without an appraising adjective
    ("nou dat komt hard binnen", "acknowledgement"),
    ("je hebt vannacht echt het goeie gedaan door te bellen", "acknowledgement"),
    ("ja ik hoor dat u het oneerlijk vindt", "acknowledgement"),  # the caller's feeling acknowledged
    ("toen kwam hij binnen en begon hij te schreeuwen", "summary"),  # "binnen" of a door is the story
    ("ja hoor ik ben er", "none"),  # the worker's presence, no intervention
    ("nee je hebt gelijk ik ga te snel", "none"),
    ("hoe heeft het eigenlijk zo ver kunnen komen", "cause"),
    ("en wiens schuld is het nou eigenlijk", "cause"),
    ("hoe ben je eigenlijk zo diep in de schulden gekomen", "cause"),
    ("en huilt ze zoals ze altijd huilt of is ze slap", "safety"),  # a verb the lists do not know, then "ze"
    ("ja dat kan ik me voorstellen", "acknowledgement"),  # understanding, the verb first
    ("snap ik dat je daar woest om bent", "acknowledgement"),
    ("snap ik het goed dat je morgen moet werken", "summary"),  # checking what was said
    ("je bent echt een sterke moeder hoor", "acknowledgement"),  # the caller as a person, complimented
    ("je bent sterk afgevallen zeg je", "summary"),  # "sterk" as an adverb
    ("dat laat zien dat u afspraken nakomt", "acknowledgement"),
    ("dat vind ik verstandig dat u het niet tot morgen laat liggen", "acknowledgement"),  # "tot morgen" inside
    ("nou tot morgen dan", "none"),
    ("woont er nog iemand bij u in huis", "safety"),  # an unknown verb, then "er"
    ("drie jaar en is er nu iemand anders bij haar in huis", "safety"),  # the second clause asks
    ("welterusten en belt u gerust nog eens", "none"),  # a goodbye with an invitation
    ("u heeft een handdoek over uw benen gelegd dat is slim", "acknowledgement"),
    ("u heeft vannacht meer gedaan dan u denkt", "acknowledgement"),
    ("u bent er op een heel goede manier mee omgegaan mevrouw", "acknowledgement"),
    ("je hebt vanavond nog niks gegeten", "summary"),  # the story, not praise
])
def test_a_line_is_read_by_what_it_does(classifier, line, technique):
    c = classifier.classify(line)
    assert c.technique == technique, c.why
    assert c.why  # the log can say why


def test_a_statement_in_question_words_is_an_echo_and_the_log_says_why(classifier):
    c = classifier.classify("je vriend jesse woont om de hoek daar kun je misschien slapen")
    assert c.technique == "summary"
    assert "mededeling" in c.why


@pytest.mark.parametrize("raw, register", [
    ("hoe houdt u het vol", "u"), ("wat fijn dat uw zus komt", "u"), ("hoe hou je het vol", "je"),
    ("ja mevrouw ik luister", "u"), ("de meneer van de woningbouw belde", None),
    ("en jij ligt nu in bed", "je"), ("ja", None), ("dat is veel", None),
    # "jullie" speaks to a household or a group, in either register (sixteenth session, after locked34's run)
    ("hoe houden jullie het vannacht warm in dat huis", None), ("kunt u jullie kamer warm houden", "u"),
])
def test_the_register_comes_from_the_raw_words(raw, register):
    assert register_of(raw) == register


# -- which question, in whose register -------------------------------------------------

def test_suggestions_follow_the_workers_register(bank):
    for opening, line, register, marker in (
            ("goedenavond met de nachtlijn wat kan ik voor u doen", "dat is zwaar voor u", "u", " u"),
            ("goedenavond met de nachtlijn wat kan ik voor je doen", "dat is zwaar voor je", "je", " je")):
        call = Call(bank, interaction="complainant")
        call.say(opening)
        for _ in range(6):
            call.say(line)
        suggestions = call.of("suggestion")
        assert suggestions
        assert all(s.register in (register, None) for s in suggestions)
        other = " je" if register == "u" else " u"
        assert not any(f"{other} " in f" {s.text.lower()} " for s in suggestions), [s.text for s in suggestions]
        assert call.of("register")[0].register == register


def test_before_the_register_is_heard_only_questions_without_je_or_u_are_suggested(bank):
    call = Call(bank, interaction="complainant")
    call.say("goedenavond met de nachtlijn")  # the pronoun lost to the recognizer
    for line in ("dat is niet niks", "tjonge wat een toestand", "ze luisteren gewoon niet", "hm hm"):
        call.say(line)
    assert call.core.tracker.register is None
    assert all(s.register is None for s in call.of("suggestion")), [s.text for s in call.of("suggestion")]
    looked_up = call.do(LookupRequest(t=call.t + 1, query="spiegelen", via="voice"))
    assert looked_up[0].question_id is not None  # a worker who asks gets a question, in "je" as a guess


def test_until_the_register_is_sure_a_question_comes_in_its_wording_without_je_or_u(bank):
    """A worker who opens with "je" to everyone may switch to "u" the moment the caller asks: until two lines
    after the opening said the register, a question that has a wording without je or u comes in it."""
    call = Call(bank, interaction="complainant")
    call.say("goedenavond met de nachtlijn waarmee kan ik je helpen")
    call.say("dus de lift in je flat is kapot")
    assert call.core.tracker.register == "je" and not call.core.tracker.register_sure
    early = call.of("suggestion")
    assert early and all(s.register is None for s in early), [s.text for s in early]
    call.say("en dat is al tien dagen zo zeg je")
    assert call.core.tracker.register_sure
    for line in ("dat is zwaar voor je", "hm", "ze doen gewoon niks zeg je"):
        call.say(line)
    later = call.of("suggestion")[len(early):]
    assert any(s.register == "je" for s in later), [s.text for s in later]


def test_a_line_in_the_other_register_makes_the_register_unsure_again(bank):
    from voice_companion.tracker import SessionTracker

    tracker = SessionTracker()
    for line in ("goedenavond waar kan ik je mee helpen", "dus je water wordt morgen afgesloten", "dat is schrikken voor je"):
        tracker.utterances += 1
        tracker._observe_register(line)
    assert tracker.register == "je" and tracker.register_sure
    tracker.utterances += 1
    assert tracker._observe_register("heeft u de brief vanavond pas gezien") is None  # one line: not yet a switch
    assert tracker.register == "je" and not tracker.register_sure
    tracker.utterances += 1
    assert tracker._observe_register("en staat u er nu alleen voor") == ("u", "je")
    assert not tracker.register_sure  # two lines said it; the next one settles it
    tracker.utterances += 1
    tracker._observe_register("hoe redt u het")
    assert tracker.register_sure


def test_the_wording_without_je_or_u_is_chosen_only_while_unsure(bank):
    from voice_companion.advisor import Advisor

    advisor = Advisor(bank)
    seed = bank.questions["acknowledgement.tjonge-dat-moet-lastig-voor-je-zijn"]
    assert advisor.in_register(seed, "u").text == "Tjonge, dat moet lastig voor u zijn!"
    assert advisor.in_register(seed, "u", neutral_first=True).text == "Tjonge, dat moet lastig zijn!"
    assert advisor.in_register(seed, "je", neutral_first=True).register == "neutral"
    hope = bank.questions["hope.waar-hoopt-u-op"]  # no neutral wording: the register's own
    assert advisor.in_register(hope, "je", neutral_first=True).text == "Waar hoop je op?"


def test_only_the_opening_before_the_first_exchange(bank):
    call = Call(bank)
    out = call.do(Tick(t=3.0, silent_since=0.0))
    assert [s.technique for s in out if s.type == "suggestion"] == ["welcome"]
    call.say("goedenacht met de nachtlijn hoe kan ik je helpen")
    assert call.core.current is None or call.core.current.technique == "welcome"


def test_cause_is_recognised_and_counted_but_never_suggested(bank):
    call = Call(bank, interaction="complainant")
    call.say("goedenavond met de nachtlijn hoe kan ik je helpen")
    for line in ["waarom heb je de rekeningen niet betaald", "hoe komt het dat het zo ver gekomen is",
                 "hoe lang speelt dit al", "waarom heb je niet eerder gebeld"]:
        call.say(line)
    assert call.core.tracker.used("cause") == 4
    assert all(s.technique != "cause" for s in call.of("suggestion"))


def test_a_complainant_gets_no_next_step_before_a_goal(bank):
    call = Call(bank, interaction="complainant")
    call.say("goedenavond met de nachtlijn hoe kan ik je helpen")
    for line in ["dat is zwaar", "dus de buren maken elke nacht herrie", "wat naar voor je", "en de verhuurder doet niets"]:
        call.say(line)
        call.t += 100  # every suggestion expires: the advisor gets every chance
    assert "next_step" not in [s.technique for s in call.of("suggestion")]


def test_in_the_next_step_no_dragging_back_to_coping_or_scaling(bank):
    call = Call(bank)
    call.say("goedenavond met de nachtlijn hoe kan ik je helpen")
    for line in ["wat zou je het liefste willen", "wat wil je bereiken", "wanneer ging het beter",
                 "wat deed je toen anders", "wat is een eerste kleine stap", "wat ga je morgen doen"]:
        call.say(line)
    assert call.core.tracker.phase == "next_step"
    before = len(call.of("suggestion"))
    call.say("wie kan er met je meedenken")
    call.t += 100
    call.say("dat spreken we af")
    later = call.of("suggestion")[before:]
    assert not {"coping", "scaling", "problem"} & {s.technique for s in later}


def test_questions_of_one_technique_vary_across_a_call(bank):
    call = Call(bank)
    seen = [call.core.advisor.questions_for("hope", call.core.tracker)[0].id]
    call.core.tracker.suggested[seen[0]] += 1
    seen.append(call.core.advisor.questions_for("hope", call.core.tracker)[0].id)
    assert seen[0] != seen[1]


def test_goodbye_clears_the_screen_and_brings_nothing_new(bank):
    call = Call(bank)
    call.say("goedenavond met de nachtlijn hoe kan ik je helpen")
    for line in ["dus je kunt niet slapen", "dat is zwaar", "wat zou je willen"]:
        call.say(line)
    call.say("nou welterusten en sterkte morgen")
    ends = call.of("suggestion_end")
    assert call.core.current is None
    assert ends and ends[-1].t == pytest.approx(call.t - 4.0)
    call.say("doei")
    assert call.of("suggestion")[-1].t < ends[-1].t


# -- a suggestion's life ---------------------------------------------------------------

def test_a_suggestion_expires_after_its_time(bank):
    call = Call(bank, suggestion_ttl=90.0)
    call.do(Tick(t=3.0, silent_since=0.0))
    shown = call.core.current
    assert shown is not None
    out = call.do(Tick(t=200.0, silent_since=150.0))
    end = next(e for e in out if e.type == "suggestion_end")
    assert (end.question_id, end.reason, end.t) == (shown.question_id, "expired", pytest.approx(93.0))


def test_asking_it_or_its_technique_takes_it_up(bank):
    call = Call(bank)
    call.say("goedenavond met de nachtlijn hoe kan ik je helpen")
    call.say("dat is zwaar voor je")
    shown = call.core.current
    assert shown is not None
    question = bank.questions[shown.question_id]
    out = call.say(question.text, pause=None)
    end = next(e for e in out if e.type == "suggestion_end")
    assert (end.question_id, end.reason) == (shown.question_id, "taken_up")
    assert any(e.type == "uptake" for e in out)


def test_dismissed_and_superseded(bank):
    call = Call(bank)
    call.do(Tick(t=3.0, silent_since=0.0))
    first = call.core.current
    out = call.do(Control(t=4.0, action="dismiss"))
    assert [(e.question_id, e.reason) for e in out if e.type == "suggestion_end"] == [(first.question_id, "dismissed")]
    call.do(LookupRequest(t=5.0, query="hoop"))
    looked_up = call.core.current
    out = call.do(LookupRequest(t=6.0, query="schaalvraag"))
    assert [(e.question_id, e.reason) for e in out if e.type == "suggestion_end"] == [(looked_up.question_id, "superseded")]
    out = call.do(Tick(t=200.0, silent_since=100.0))  # a lookup expires like any suggestion
    assert any(e.type == "suggestion_end" and e.reason == "expired" for e in out)


# -- crises: evidence, protocol, ends --------------------------------------------------------

def test_a_screening_question_in_a_life_event_is_a_safety_check_that_fades(bank):
    call = Call(bank)
    call.say("goedenavond met de nachtlijn wat kan ik voor u doen")
    call.say("dus u bent vandaag ontslagen na tweeentwintig jaar")
    out = call.say("heeft u ook gedachten gehad om een eind aan uw leven te maken")
    crisis = next(e for e in out if e.type == "crisis")
    assert (crisis.crisis, crisis.certainty) == ("suicide", "possible")
    assert [e.item for e in out if e.type == "protocol"] == ["ask_directly"]
    for line in ["nee dat speelt bij u niet", "fijn dat u dat zo duidelijk zegt", "hoe houdt u het vol",
                 "wat heeft u eerder geholpen", "hoe heeft u dat toen gedaan"]:
        call.say(line)
        call.t += 20
    assert not [e for e in call.of("crisis") if e.certainty == "confirmed"]
    assert [(e.crisis, e.reason) for e in call.of("crisis_end")] == [("suicide", "faded")]


def test_the_callers_no_to_a_routine_screening_question_ends_it_at_once(bank):
    call = Call(bank)
    call.say("goedenavond met de nachtlijn wat kan ik voor u doen")
    call.say("u heeft vandaag de uitslag gekregen en het is niet goed")
    out = call.say("ik vraag dit aan iedereen die zo'n bericht krijgt heeft u gedachten gehad dat u er liever niet meer zou zijn")
    assert [(e.crisis, e.certainty) for e in out if e.type == "crisis"] == [("suicide", "possible")]
    assert [e.item for e in out if e.type == "protocol"] == ["ask_directly"]  # the question itself asked directly
    call.t += 25
    out = call.say("nee u wilt juist beter worden u bent vooral bang voor de operatie")
    assert [(e.crisis, e.reason) for e in out if e.type == "crisis_end"] == [("suicide", "faded")]
    assert not any(e.type == "suggestion" and e.technique == "safety" for e in out)


def test_a_no_does_not_end_a_crisis_the_worker_heard_before_asking(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn hoe kan ik je helpen")
    call.say("je ziet het allemaal niet meer zitten")
    call.say("denk je erover om een einde aan je leven te maken")
    out = call.say("nee je wilt niet dood maar je weet het even niet meer")
    assert not [e for e in out if e.type == "crisis_end"]
    assert "suicide" in call.core.tracker.crises


def test_a_hint_makes_a_crisis_possible_and_working_the_protocol_confirms_it(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn hoe kan ik je helpen")
    out = call.say("en je zegt eigenlijk zie ik het allemaal niet meer zitten")
    assert [(e.crisis, e.certainty) for e in out if e.type == "crisis"] == [("suicide", "possible")]
    assert any(e.type == "suggestion" and e.technique == "safety" for e in out)  # at once: ask directly
    call.say("denk je erover om een einde aan je leven te maken")
    out = call.say("heb je er ook al over nagedacht hoe je dat zou doen")
    confirmed = [e for e in out if e.type == "crisis"]
    assert [(e.certainty, e.safety_asked) for e in confirmed] == [("confirmed", True)]
    assert [i for i, _ in confirmed[0].protocol][:3] == ["ask_directly", "plan", "means"]


@pytest.mark.parametrize("acute, confirmed", [
    ("mevrouw hier moet nu een ambulance naartoe want een kind van vier kan daar niet alleen blijven", True),
    ("ik bel nu meteen de politie", True),
    ("als ze niet wakker wordt bel je meteen een een twee", False),  # a plan for if it gets worse: not yet acute
    ("wilt u zelf de politie bellen of zal ik dat doen", False),  # a question for mandate: no judgement yet
])
def test_the_worker_bringing_in_the_emergency_services_now_confirms_the_possible_crisis(bank, acute, confirmed):
    """The worker's own judgement that the danger is acute (the seed: bring in those with the mandate) confirms the
    crisis the hints opened, though no direct safety question came first (eighteenth session, after locked36's run)."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn waarmee kan ik u helpen")
    out = call.say("uw kleindochter belt u en zegt dat mama niet wakker wordt en ze is nu alleen met haar moeder")
    assert ("unsafe_vulnerable", "possible") in [(e.crisis, e.certainty) for e in out if e.type == "crisis"]
    out = call.say(acute)
    assert (("unsafe_vulnerable", "confirmed") in [(e.crisis, e.certainty) for e in out if e.type == "crisis"]) \
        is confirmed
    assert any("hulpdiensten nu" in e.why for e in out if e.type == "match") is confirmed  # the log says why


SUICIDE_HINT = ("en je zegt eigenlijk zie ik het allemaal niet meer zitten", "denk je erover om een einde aan je leven te maken")
VIOLENCE_HINT = ("je zit op de badkamer met de deur op slot en hij is beneden aan het schreeuwen",
                 "zijn de kinderen nu veilig")


@pytest.mark.parametrize("hint, answer, crisis, confirmed", [
    (SUICIDE_HINT, "ik ben blij dat je het me vertelt", "suicide", True),  # thanked for telling: the caller said yes
    (SUICIDE_HINT, "goed dat je dat zo eerlijk zegt", "suicide", True),
    (SUICIDE_HINT, "oké fijn om te horen", "suicide", False),  # relief, not a disclosure
    (SUICIDE_HINT, "fijn dat je dat zegt", "suicide", False),  # may follow a no as well
    # the caller's yes given back in the caller's place (after locked48's run, own wording)
    (SUICIDE_HINT, "ja je denkt er al een tijdje over", "suicide", True),
    (SUICIDE_HINT, "ja u heeft er vorige week ook al aan gedacht", "suicide", True),
    (SUICIDE_HINT, "ja je hebt gedacht als ik nou ga liggen dan hoeft het niet meer", "suicide", True),
    (SUICIDE_HINT, "ja je denkt er niet aan", "suicide", False),  # a no given back
    (SUICIDE_HINT, "ja je woont samen met je zus", "suicide", False),  # ordinary talk
    # ... or as thoughts that haunt the caller (after locked70's run, own wording)
    (SUICIDE_HINT, "ja het maalt al een paar weken door je hoofd", "suicide", True),
    (SUICIDE_HINT, "ja die gedachten zijn er al een tijdje", "suicide", True),
    (SUICIDE_HINT, "ja het zit niet in je hoofd zeg je", "suicide", False),
    (SUICIDE_HINT, "ja die gedachten zijn gelukkig weg", "suicide", False),  # gone: no yes
    (SUICIDE_HINT, "ja dat zat vroeger in je hoofd", "suicide", False),  # of the past
    # the caller's yes given back as a hint right after the direct check
    (VIOLENCE_HINT, "hij heeft je vanavond tegen de kast geduwd", "unsafe_vulnerable", True),
    (VIOLENCE_HINT, "oké en hoe oud zijn de kinderen", "unsafe_vulnerable", False),  # ordinary talk: still possible
])
def test_the_answer_given_back_right_after_the_direct_question_confirms_a_possible_crisis(bank, hint, answer, crisis,
                                                                                         confirmed):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn hoe kan ik je helpen")
    for line in hint:  # the hint, then the worker's direct question
        call.say(line)
    out = call.say(answer)
    assert [(e.crisis, e.certainty) for e in out if e.type == "crisis"] == ([(crisis, "confirmed")] if confirmed
                                                                           else [])
    if confirmed:  # the protocol goes on at once
        assert next(e for e in out if e.type == "suggestion").technique == "safety"


@pytest.mark.parametrize("answer, confirmed", [
    ("ja het hoeft voor u niet meer zo", True),  # the caller's yes given back
    # the caller's no given back first, "nee" written "ne" as a recognizer may: the hint's words are no yes
    ("ne dat bedoelde u niet het hoeft voor u niet meer zo", False),
    ("ne segt u zo bedoelt u het niet dat het voor u niet meer hoeft", False),
])
def test_a_no_given_back_before_the_hints_words_confirms_nothing(bank, answer, confirmed):
    call = Call(bank)
    call.say("goedenavond met de nachtlijn hoe kan ik u helpen")
    call.say("u zegt eigenlijk ziet u het allemaal niet meer zitten")
    call.say("denkt u erover om een einde aan uw leven te maken")
    out = call.say(answer)
    assert [(e.crisis, e.certainty) for e in out if e.type == "crisis"] == ([("suicide", "confirmed")] if confirmed
                                                                           else [])


def test_a_hint_long_after_the_direct_check_confirms_nothing_by_itself(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn hoe kan ik je helpen")
    for line in VIOLENCE_HINT:
        call.say(line)
    for line in ["ze slapen boven", "en je moeder woont in de buurt", "wat heb je al geprobeerd", "wie weet ervan"]:
        call.t += 20
        call.say(line)
    out = call.say("hij heeft je vanavond tegen de kast geduwd")
    assert not [e for e in out if e.type == "crisis" and e.certainty == "confirmed"]


def test_the_answer_given_back_after_a_later_direct_question_confirms_too(bank):
    """The first check was answered reassuringly; minutes later the worker asks again in other words, and gives
    back a yes: the crisis is confirmed, not faded (a carer who hurt their mother tonight)."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn hoe kan ik u helpen")
    call.say("de thuiszorg heeft blauwe plekken gezien op de armen van uw moeder")
    call.say("waar is uw moeder nu op dit moment")  # the first direct check: "she is asleep"
    for line in ["ze ligt te slapen en de deur is op slot", "als er brand is hoe komt ze dan uit die kamer",
                 "u heeft een babyfoon en de sleutel zit aan de buitenkant"]:  # the first check long past
        call.t += 20
        call.say(line)
    call.t += 20
    out = call.say("is er een moment geweest dat u bang was dat u haar pijn zou doen")
    assert not [e for e in out if e.type == "crisis" and e.certainty == "confirmed"]  # a question: no answer yet
    call.t += 20
    out = call.say("toen ze vanavond naar buiten wilde kneep u haar te hard")
    assert [(e.crisis, e.certainty) for e in out if e.type == "crisis"] == [("unsafe_vulnerable", "confirmed")]


def test_while_a_possible_crisis_is_asked_about_the_crisis_model_alone_opens_no_other(bank, classifier):
    import dataclasses

    from voice_companion.crisis import CrisisHit
    from voice_companion.tracker import SessionTracker

    tracker = SessionTracker(bank)
    tracker.observe(classifier.classify("je zit op de badkamer met de deur op slot"), 5.0)
    tracker.observe(classifier.classify("zijn de kinderen nu veilig"), 20.0)
    assert tracker.crises["unsafe_vulnerable"].safety_asked_at is not None
    # "ze slapen, de deur is dicht": the answer about the children, read as an eviction by the model alone
    line = classifier.classify("in hun kamer ze slapen de deur is dicht")
    learned = dataclasses.replace(line, evidence=(CrisisHit("eviction", "model 0.84", "hint", learned=True),))
    assert not tracker.observe(learned, 35.0).crises and "eviction" not in tracker.crises


@pytest.mark.parametrize("line", ["hij heeft je tegen de kast geduwd", "ze heeft je gisteren nog gebeld",
                                  "we hebben je daar niet gezien"])
def test_a_subject_before_the_verb_makes_a_statement_not_a_question(classifier, line):
    assert not classifier.classify(line).form.question


@pytest.mark.parametrize("line", ["je vriend heeft je vanavond geslagen", "uw man heeft u bedreigd met een mes",
                                  "de woningcorporatie gaat je huis ontruimen", "uw oudste zoon heeft u geduwd",
                                  "je wilt dood zeg je je ziet geen uitweg meer", "u wilt niet meer leven zegt u",
                                  "wat je vertelt klinkt als huiselijk geweld"])
def test_a_caller_told_story_given_back_is_a_statement_not_a_question(classifier, line):
    # a noun-phrase subject before the verb ("je vriend heeft je ..."), the echo's tag in the middle ("..., zeg
    # je, ..."), "wat je vertelt ..." as a noun clause: the worker gives back what was said; as a question it
    # would be read as the worker's own check and the crisis would wait for the caller's yes
    assert not classifier.classify(line).form.question


@pytest.mark.parametrize("line", ["heeft je vriend je geslagen", "ik wil je iets vragen denk je erover om te stoppen",
                                  "waar hoop je op", "waar je op",  # the verb dropped by the recognizer: still asks
                                  "met de nachtlijn zegt u het maar"])
def test_the_verb_before_je_still_asks_where_no_subject_or_tag_comes_first(line):
    from voice_companion.form import analyse

    assert analyse(normalize(line), line).question


def test_a_told_abuse_given_back_confirms_the_crisis_at_once(bank):
    call = Call(bank)
    events = call.say("je vriend heeft je vanavond geslagen en de kinderen waren erbij")
    assert ("unsafe_vulnerable", "confirmed") in [(e.crisis, e.certainty) for e in events if e.type == "crisis"]


def test_a_possible_crisis_is_put_to_the_worker_once_per_new_piece_of_evidence(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn hoe kan ik u helpen")
    out = call.say("u zegt dat uw moeder van tachtig al twee dagen niet opendoet")
    assert [e.technique for e in out if e.type == "suggestion"] == ["safety"]  # ask it directly
    later = []
    for line in ["en u woont zelf in rotterdam", "wat heeft u al geprobeerd", "wie heeft er nog een sleutel",
                 "hoe gaat het verder met u"]:
        call.t += 20
        later += [e.technique for e in call.say(line) if e.type == "suggestion"]
    assert "safety" not in later  # the worker let it pass: not pressed again without new evidence
    call.t += 20
    out = call.say("en ze neemt haar telefoon ook niet op en ze is vorige week nog gevallen")
    assert [e.technique for e in out if e.type == "suggestion"] == ["safety"]  # new evidence: put again


def test_a_hint_in_the_workers_words_stays_open_until_asked_directly(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn hoe kan ik je helpen")
    call.say("je zou het liefst verdwijnen het heeft allemaal geen zin meer")
    ended = []
    for line in ["hoe komt het dat je zo achter bent geraakt", "wat vinden je ouders ervan",
                 "wat is nu voor jou het zwaarste", "je werkt twintig uur in de week", "wie weet het al",
                 "wat heb je al geprobeerd", "hoe lang speelt dit al", "wat zou je willen"]:
        call.t += 30
        ended += [e for e in call.say(line) if e.type == "crisis_end"]
    assert ended == []  # four minutes of other talk: still open, the direct question not asked
    call.say("denk je erover om een einde aan je leven te maken")
    call.say("nee dat niet")
    for line in ["wat heb je al geprobeerd", "wie kan je helpen", "wat zou je willen", "wat werkte eerder"]:
        call.t += 30
        ended += [e for e in call.say(line) if e.type == "crisis_end"]
    assert [(e.crisis, e.reason) for e in ended] == [("suicide", "faded")]  # asked, answered no: it fades


def test_a_cut_off_said_to_be_absent_is_no_confirmed_crisis(bank):
    call = Call(bank)
    call.say("goedenavond met de nachtlijn")
    out = call.say("er is verder niks afgesloten het is alleen die ene rekening")  # "niks": a denial
    assert ("utility_cutoff", "confirmed") not in [(e.crisis, e.certainty) for e in out if e.type == "crisis"]


def test_the_worker_can_close_a_crisis_or_call_it_a_false_alarm(bank):
    call = Call(bank)
    call.say("dus de deurwaarder komt morgen om je huis te ontruimen")
    out = call.do(Control(t=call.t + 1, action="crisis_close", value="eviction"))
    assert [(e.crisis, e.reason) for e in out if e.type == "crisis_end"] == [("eviction", "closed")]
    call.say("dus je denkt erover om jezelf iets aan te doen")
    out = call.do(Control(t=call.t + 1, action="crisis_false_alarm", value="suicide"))
    assert [(e.crisis, e.reason) for e in out if e.type == "crisis_end"] == [("suicide", "false_alarm")]
    call.say("je ziet het niet meer zitten")  # a hint does not reopen what the worker called a false alarm
    assert "suicide" not in call.core.tracker.crises


def test_a_control_for_a_crisis_that_is_not_open_changes_nothing(bank):
    call = Call(bank)
    out = call.do(Control(t=1.0, action="crisis_close", value="suicide"))
    warning = [e for e in out if e.type == "warning"]
    assert len(warning) == 1 and "geen open crisis" in warning[0].message.lower()
    assert not [e for e in out if e.type == "crisis_end"]


def test_a_child_at_risk_gets_a_question_about_the_child_not_the_caller(bank):
    call = Call(bank)
    out = call.say("u hoort de kinderen van de buren huilen en er is niemand bij ze ze zijn alleen thuis")
    suggestion = next(e for e in out if e.type == "suggestion")
    question = bank.questions[suggestion.question_id]
    assert question.technique == "safety" and question.about == "other"
    assert suggestion.register == "u" or suggestion.register is None


@pytest.mark.parametrize("line, crisis, opens", [
    # forty-seventh session, after reading locked88 (own wording): rubbish put out on the balcony is no place to
    # jump from; grandchildren not seen since the summer are a family rift, nobody missing tonight
    ("je zet de vuilniszakken op het balkon en nu stinkt het hele portiek", "suicide", False),
    ("je staat nu op het balkon op de zevende verdieping", "suicide", True),
    ("uw kleinkinderen heeft u sinds de zomer niet meer gezien door die ruzie", "unsafe_vulnerable", False),
    ("je kleindochter van vier heb je sinds gisteren niet meer gezien", "unsafe_vulnerable", True),
])
def test_rubbish_on_the_balcony_and_a_family_rift_are_no_crisis(bank, line, crisis, opens):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say(line)
    assert (crisis in {e.crisis for e in call.events if e.type == "crisis"}) is opens


@pytest.mark.parametrize("line, opens", [
    ("toch vind ik dat hij dit moet weten omdat het vannacht niet veilig is met dat geweer in huis", False),
    ("het is niet veilig zolang die pillen hier in huis liggen", False),
    ("het is niet veilig voor de kinderen met dat geweer in huis", True),  # someone else named at risk
])
def test_the_danger_of_the_means_in_a_suicide_call_is_the_callers_own_not_another_crisis(bank, line, opens):
    call = Call(bank)
    call.say("dus je denkt erover om een eind aan je leven te maken")
    assert call.core.tracker.crises["suicide"].certainty == "confirmed"
    out = call.say(line)
    assert ("unsafe_vulnerable" in call.core.tracker.crises) is opens
    assert any(e.type == "crisis" and e.crisis == "unsafe_vulnerable" for e in out) is opens


def test_no_digging_during_a_crisis_and_safety_before_the_circle(bank):
    call = Call(bank, interaction="complainant")
    call.say("dus hij heeft je vanavond geslagen en de kinderen zijn boven")
    call.say("waarom werd hij zo boos")
    suggestions = call.of("suggestion")
    assert suggestions[0].technique == "safety"
    assert not {"problem", "cause", "perspective"} & {s.technique for s in suggestions}


@pytest.mark.parametrize("line, crisis", [
    ("dus de deurwaarter komt morgen", "eviction"),  # d/t
    ("dus de deur waarder komt morgen", "eviction"),  # a split compound
    ("je hebt pillenopgespaard", "suicide"),  # merged words
    ("de stroom is afgeslote", "utility_cutoff"),  # a dropped letter
    ("je wil er een eind aanmaken", "suicide"),  # merged, one word
    ("je zegt dat het voor jou allemaal niet meer hoeft", "suicide"),  # a hint
    ("u zei tegen uw buurvrouw dat het van u niet zo lang meer hoeft", "suicide"),  # "niet zo lang meer"
    ("u zegt wat mij betreft mag het allemaal ophouden", "suicide"),  # a hint
    ("je zit met je jas aan want het gas is eraf", "utility_cutoff"),
    ("het water is af gesloten", "utility_cutoff"),  # a particle split off its participle
    ("je staat straks met al je spullen op de stoep", "eviction"),  # hints in everyday words
    ("de verhuurder zegt dat je je boeltje moet pakken", "eviction"),
    ("de corporatie zegt dat u er niet meer mag wonen", "eviction"),
    ("het is vijf graden in huis en de radiatoren blijven koud", "utility_cutoff"),
    ("de budgetmeter staat op nul en opwaarderen lukt niet", "utility_cutoff"),
    ("u gaat elke dag bij de buurvrouw water halen", "utility_cutoff"),
    ("de kleintjes verstoppen zich onder het bed als hij drinkt", "unsafe_vulnerable"),
    ("thuis loop je de hele dag op eieren", "unsafe_vulnerable"),
    ("je vriend heeft je telefoon afgepakt", "unsafe_vulnerable"),
    ("u zit tussen de verhuisdozen en weet niet waar u naartoe moet", "eviction"),
    ("u wast zich nu elke dag bij uw zus", "utility_cutoff"),
    ("je hebt de tabletten allemaal bij elkaar gezocht", "suicide"),
    ("niemand zou het merken als je er niet meer was", "suicide"),
    ("je durft niet terug naar huis", "unsafe_vulnerable"),
    ("als ik eruit moet ben ik er liever niet meer zeg je", "suicide"),  # inverted after a clause
    ("je wilt vannacht met de auto tegen een boom rijden", "suicide"),
    ("de kinderen zijn beter af met een andere moeder zeg je", "suicide"),
    ("je hebt een strip oxazepam naast je op de stoel liggen", "suicide"),
    ("je hebt al gekeken waar het spoor het dichtst bij is", "suicide"),
    ("nog vier nachten in uw eigen bed en dan", "eviction"),
    ("de verhuurder wil je er niet meer hebben zegt hij", "eviction"),
    ("je laadt je telefoon op bij de buurvrouw", "utility_cutoff"),
    ("het is donker bij u in huis en bij de buren brandt gewoon licht", "utility_cutoff"),
    ("je weet niet wat hij gaat doen als hij thuiskomt", "unsafe_vulnerable"),
    ("je bent naar buiten gegaan omdat je bang bent wat je anders met de kleine doet", "unsafe_vulnerable"),
    ("er zwalkt een vrouw met een kinderwagen over de dijk", "unsafe_vulnerable"),
    ("en soms wil je gewoon verdwijnen", "suicide"),
    ("soms denk je dat ze beter af zijn bij je moeder zonder jou", "suicide"),
    ("en je durft eigenlijk nietnaar huis", "unsafe_vulnerable"),  # an everyday word is not split, a merge is
    ("je vader heeft dementie en hij wilde om een uur naar het station", "unsafe_vulnerable"),
    ("morgen om acht uur komt er iemand van de net beheerder aan de deur", "utility_cutoff"),
    ("je hebt in de groepsapp iedereen bedankt voor alles", "suicide"),
    ("ze zei ik lig op de grond en ik kom niet meer overeind", "unsafe_vulnerable"),
    ("en nou leest u dat er donderdag iemand komt voor de gasmeter", "utility_cutoff"),
    ("u zit op de grond en u komt niet meer omhoog", "unsafe_vulnerable"),
    ("hij zei dat hij vannacht terugkomt en dan moet je doen wat hij zegt", "unsafe_vulnerable"),
    ("en voor u is het wel mooi geweest zo", "suicide"),
    ("uw zoon wordt volgende week uit zijn woning gezet", "eviction"),  # someone else's home, the caller's worry
    ("u moet er over twee weken uit", "eviction"),
    ("je bruikleenovereenkomst is opgezegd en je moet vertrekken", "eviction"),
    ("toen u terugkwam stonden uw spullen in vuilniszakken voor de deur", "eviction"),
    ("ze komen donderdag de kraan dichtdoen", "utility_cutoff"),
    ("je zei sorry voor alles en toen zette je je telefoon uit", "suicide"),
    ("je weet niet waarvoor je nog zou doorgaan", "suicide"),
    ("u rijdt elke nacht over de dijk en denkt aan gas geven", "suicide"),
    ("er wordt met spullen gegooid bij de buren en er is een kind in huis", "unsafe_vulnerable"),
    ("ze klonk alsof ze weer wat gebruikt had en haar zoontje van vier is bij haar", "unsafe_vulnerable"),
    ("er zijn al een week mensen bij haar in huis die daar niet horen", "unsafe_vulnerable"),
    ("denk je eraan omjezelf wat aan te doen", "suicide"),  # "om" run into a reflexive: still split off
    ("denk u er weleens aan om uzelf aan te doen", "suicide"),  # "iets" swallowed
    # a short word of a cue heard as a sound that is no word of any cue ("bij e buurvrouw", "bij dh buurvrouw"):
    # one slip, like a missing word (eighteenth session)
    ("u heeft alles opgeruimd en de poes is nu bij e buurvrouw", "suicide"),
    ("de poes woont nu bij dh buurvrouw en het huis is opgeruimd", "suicide"),
])
def test_crisis_cues_survive_the_recognizer(bank, line, crisis):
    hits = CrisisDetector(bank).evidence(line)
    assert crisis in {h.crisis for h in hits}


@pytest.mark.parametrize("line", [
    "als tien is ik weet hoe ik het ga doen en nul is ik heb geen idee waar zit je nu",  # "ik" is no slip of "je"
    "u bent gepensioneerd en u zat vroeger bij de spoor wegen",  # "de" is no slip of "het"
])
def test_a_short_word_of_its_own_is_no_slip_of_a_cues_short_word(classifier, line):
    got = classifier.classify(line)
    assert not (set(got.crisis) | set(got.possible)) - {"life_event"}


def test_the_everyday_words_folded_as_one_text_are_each_word_folded():
    from voice_companion.crisis import ordinary_folded, fold_sound
    from voice_companion.privacy.names_nl import ORDINARY_WORDS

    assert ordinary_folded() == frozenset(fold_sound.__wrapped__(w) for w in ORDINARY_WORDS)


def test_a_compound_ending_in_a_cue_word_matches_a_suffix_pattern(bank):
    from voice_companion.bank import CueRule
    from voice_companion.crisis import RuleSet

    rules = RuleSet([("x", CueRule(groups=(("*brug",),)))])
    assert rules.matches(rules.scan("je zit bij de zeelandbrug".split()))
    assert rules.matches(rules.scan("op de spoorbrug".split()))
    assert not rules.matches(rules.scan("je zit bij de brug".split()))  # the part alone is the plain word's
    assert not rules.matches(rules.scan("je bent erg brugklas".split()))


def test_a_place_and_an_intent_two_lines_apart_make_a_suicide_hint(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("je bent nu bij de hoge brug in het centrum")  # a place alone: nothing (nor the crisis model)
    assert not call.core.tracker.crises
    call.t += 40
    out = call.say("en je gaat er vannacht vanaf")
    assert [(e.crisis, e.certainty) for e in out if e.type == "crisis"] == [("suicide", "possible")]


def test_the_workers_plan_question_beside_a_means_makes_a_suicide_possible_when_the_direct_one_was_misheard(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("ik wil je iets vragen dnk e raan ommm jzelf")  # the direct question garbled past use (and cut off:
    # a crisis model retrained in the forty-fifth session reads "... its aante doen" as the direct question it is)
    call.t += 20
    first = call.say("heb je ook bedacht hoe")  # the protocol's plan question alone opens nothing ("heb je al bedacht
    # hoe" the forty-fifth session's retrained crisis model reads as the worker's check itself)
    assert not [e for e in first if e.type == "crisis"]
    call.t += 20
    out = call.say("pillen je hebt een doosje van de huisarts op je kamer")
    assert [(e.crisis, e.certainty) for e in out if e.type == "crisis"] == [("suicide", "possible")]


def test_an_everyday_word_folded_like_a_weak_cue_word_is_another_word(bank):
    detector = CrisisDetector(bank, use_model=False)
    assert [(h.crisis, h.kind) for h in detector.evidence("je zit in het bos")] == [("suicide", "weak:place")]
    assert detector.evidence("je was heel boos") == []  # "boos" folds like "bos" but is another word


def test_dementia_named_at_home_is_no_rule_of_danger(bank):
    hits = CrisisDetector(bank, use_model=False).evidence("hij heeft dementie en hij loopt 's nachts steeds de trap op en af")
    assert not [h for h in hits if not h.kind.startswith("weak:")]  # inside, not out on the street


def test_a_screening_question_said_for_certainty_opens_nothing_as_confirmed(bank):
    call = Call(bank)
    call.say("goedenavond met de nachtlijn")
    call.say("u maakt zich zorgen om uw zoon met al die aanmaningen")
    call.say("ik vraag het even voor de zekerheid is er sprake van dat hij uit zijn huis moet "
             "of dat ze het gas of het licht afsluiten")
    assert not [e for e in call.of("crisis") if e.certainty == "confirmed"]


def test_two_kinds_of_weak_signal_in_one_line_make_it_possible_per_line(classifier):
    c = classifier.classify("je vader is weer aan het drinken en je broertjes zijn dit weekend bij hem")
    assert c.possible == ("unsafe_vulnerable",) and c.crisis == ()
    # one kind alone is nothing to the rules (the learned model, a separate reader, may still lean on the whole line:
    # since it learnt the writers' screening questions it reads this one as a check about the children, 0.77)
    hits = CrisisDetector(classifier.bank, use_model=False).evidence("je broertjes zijn dit weekend bij je vader")
    assert [h.kind for h in hits if h.crisis == "unsafe_vulnerable"] == ["weak:person"]


@pytest.mark.parametrize("line, crisis", [
    ("je staat op de pier en je weet niet of je nog terug wilt", "suicide"),  # a place, and not coming back
    ("je hebt al je slaaptabletten bij je", "suicide"),
    ("soms wou je dat je er gewoon niet meer was", "suicide"),
    ("je opa van tachtig neemt al twee dagen de telefoon niet op", "unsafe_vulnerable"),
    ("je zoontje van tien gaat dit weekend naar die buurman en je weet wat hij met jou deed", "unsafe_vulnerable"),
    ("je zit in de auto bij de haven en je weet niet of je nog terug gaat", "suicide"),
    ("je weet niet of je dit nog wel wilt volhouden", "suicide"),
    ("je opa is in de war en nu neemt hij niet meer op", "unsafe_vulnerable"),
    ("je zet elke nacht een stoel tegen je deur", "unsafe_vulnerable"),
    ("je weet niet waar je over twee weken woont", "eviction"),
    ("ze gaan de levering stopzetten", "utility_cutoff"),
    ("u zegt tegen iedereen dat u uw tijd wel gehad heeft", "suicide"),  # an old person done with life
    ("je hebt het gevoel dat er nog maar een uitweg is", "suicide"),
    ("de stroom is op en je kunt niet opwaarderen", "utility_cutoff"),  # a prepaid meter run out
    ("de leverancier stopt met leveren", "utility_cutoff"),
    ("de kleine kruipt in de kast als zijn vader dronken thuiskomt", "unsafe_vulnerable"),  # a child hiding
    ("zijn werkgever wil het huisje terug en hij moet vrijdag weg", "eviction"),  # a home that came with the job
    ("hij is in de war en wil zijn moeder gaan zoeken", "unsafe_vulnerable"),  # confused, going out at night
    ("ze komen volgende week met de sterke arm", "eviction"),  # the police-assisted eviction by its legal name
    ("ze hebben een zegel op de watermeter gezet", "utility_cutoff"),  # the supplier's seal
    ("je hebt een nieuw thuis gezocht voor je poezen", "suicide"),  # providing for the ones left behind
    ("je vader ligt op de badkamervloer en je krijgt hem niet overeind", "unsafe_vulnerable"),
    ("toen kneep je haar te hard", "unsafe_vulnerable"),  # force past what care needs: a carer past the limit
    ("hij heeft het kind hardhandig door elkaar geschud", "unsafe_vulnerable"),
])
def test_a_hint_said_in_other_words_makes_that_crisis_possible(classifier, line, crisis):
    assert crisis in classifier.classify(line).possible + classifier.classify(line).crisis


@pytest.mark.parametrize("line", [
    "je hebt zelf het gas afgesloten omdat de leiding lekte",  # the caller's own tap, not a cut-off
    "ze stond al in de gang met haar jas aan want ze wilde naar de markt",  # a coat on to go out: no cold house
    "je wilt nooit meer terug naar die baas",  # a job left, not a home
    "de peuter kruipt onder de tafel als hij verstoppertje speelt",
    "de brief ligt nog op de mat",  # "ligt nog" folds like "licht nog" but is another word
    "het is koud in huis want de ketel is kapot en de monteur komt morgen",
    "je zoon van zestien blijft bij een vriend slapen",
    "die oude fiets heeft zijn tijd wel gehad",
    "je schrok je dood toen de kat van de kast sprong",  # an idiom, no death: no life event either
    "je hebt alles weggegeven wat je niet meer gebruikt voor de verhuizing",
    "je doet de voordeur op slot voor je gaat slapen",
    "je bent klaar met die serie het hoeft niet meer",
    "die vergadering hoeft niet zo lang meer te duren",
    "je hebt de zolder opgeruimd en alles eruit gegooid wat je niet meer gebruikt",
    "hoe heb je je vandaag door de dag heen geslagen",
    "ze wilde haar jas aan trekken om naar de bushalte te gaan",  # putting a coat on to go out: no cold house
    "je kneep te hard in de tube en nu zit de tandpasta overal",
    "je brengt de hond naar je broer omdat je op vakantie gaat",  # a pet looked after for a trip
    "we moeten de kamer leeghalen want de schilder komt maandag",  # a room emptied for the painter
    "je stond op straat te roken met een collega",  # on the street, literally
    "oma is uit bed gevallen maar het viel mee en de buurvrouw is bij haar",  # a fall, looked after
    "ze heeft de hoofdkraan dichtgedraaid omdat de leiding lekte",  # the caller's own tap
    "je zit opgesloten in je eigen huis sinds de lift kapot is",  # stuck at home, nobody locked anyone in
    "je voelt je opgesloten in dat huwelijk",  # a feeling
])
def test_an_ordinary_line_like_a_hint_is_no_crisis(classifier, line):
    c = classifier.classify(line)
    assert c.possible == () and c.crisis == ()


@pytest.mark.parametrize("line", ["hij heeft je opgesloten in de slaapkamer", "je dochter wordt door haar vriend opgesloten",
                                  "de kinderen zijn opgesloten in hun kamer"])
def test_a_person_locked_in_by_someone_names_an_unsafe_person(classifier, line):
    assert "unsafe_vulnerable" in classifier.classify(line).crisis


def test_a_scaling_answer_een_twee_is_not_the_emergency_number(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("je wil niet meer leven")
    call.say("denk je erover om een einde aan je leven te maken")
    call.say("heb je al bedacht hoe je het zou doen")
    out = call.say("een twee en toen je op dat perron stond")
    assert "chain_partners" not in [e.item for e in out if e.type == "protocol"]
    out = call.say("heb je al gedacht aan een een twee bellen")
    assert "chain_partners" in [e.item for e in out if e.type == "protocol"]


def test_a_crisis_guessed_from_a_misheard_word_is_not_confirmed_by_a_step_that_presumes_it(bank):
    call = Call(bank)
    call.say("goedenavond met de nachtlijn")
    call.say("dinsdag toen uw kleinzoon was geweest en u moe was van het voetbal kijken")
    call.t += 30
    out = call.say("u was buiten geweest en u had gelachen")  # "gelachen" could be a misheard "geslagen"
    assert [(e.crisis, e.certainty) for e in out if e.type == "crisis"] == [("unsafe_vulnerable", "possible")]
    call.say("en als u weer wakker ligt mag u ons bellen en bij pijn op de borst belt u honderdtwaalf")
    assert not [e for e in call.of("crisis") if e.certainty == "confirmed"]


def test_a_child_alone_in_the_street_is_a_child_in_danger_not_an_eviction(bank):
    hits = CrisisDetector(bank).evidence("er loopt een kind van drie alleen op straat midden in de nacht")
    assert {h.crisis for h in hits} == {"unsafe_vulnerable"}


@pytest.mark.parametrize("line", [
    "je bent bang dat je morgen te laat op je werk komt", "dat hoeft niet meer vandaag",
    "je moeder is vorige week overleden", "heb je vannacht een beetje geslapen",
    "je hebt veel veerkracht", "ik ga dood van het lachen",
    "je moet nog een zorgverzekering afsluiten",  # a cue rule's `unless`: insurance, not the gas
    "je hebt een briefje op de deur geplakt en toen schold hij je uit",  # "je [huis] uit": content words are never assumed
    "je hebt eindelijk de brug naar je zus geslagen",
    "hij heeft vanmiddag afscheid genomen op zijn nieuwe kamer",
    "draai eerst de gaskraan dicht en zet de ramen open",  # the worker's safety step at a gas leak
    "hoe heb je je er de vorige keer doorheen geslagen",  # getting through, not being beaten
    "hebben de kinderen wat ze nodig hebben om te drinken",  # "drinken" heard exactly is not a garbled "dronken"
    "u heeft de kassa nog afgesloten en de stoelen schoongemaakt",  # closing the shop, not the gas
    "in de groepsapp van de flat hebben ze je eruit gezet",  # out of a chat group, not out of the house
    "je hebt gebeld in plaats van je jas aan te trekken",
    "er mocht gelachen worden op de verjaardag",  # an everyday word that sounds like a cue ("geslagen") is itself
    "je wou meteen in de auto springen om naar hem toe te gaan",  # hurrying, not jumping
    "de bezorger heeft het pakket op de stoep gezet",
    "u pakt uw koffers voor een weekend bij uw zus",
    "je belde stiekem om de verrassing voor je vrouw te regelen",
    "de kinderen mogen niks zeggen over het cadeau voor oma",
    "het water was even afgesloten voor werkzaamheden in de straat",
    "je dochter gaat het huis uit om in utrecht te studeren",
    "u had geen zin meer in dat feest van de buren",
    "het is koud in huis want de ketel is kapot en de monteur komt morgen",
    "je zoon slaat de bal tegen de garagedeur",
    "u wilt dat de woningbouw die buren eruit zet",  # a complainant's wish about others, not the caller's home
    "op dat feest ben je er liever niet meer bij",
    "en nu moet je eind van de maand het huis uit omdat zij er met de kinderen blijft wonen",  # a divorce
    "morgen begint u met haar flat leeghalen want die moet eind van de maand leeg zijn",  # a late sister's flat
    "de verhuisdozen staan klaar want je dochter gaat op kamers",
    "u zit met een kaarsje en een glas wijn op het balkon",
    "de tv is kapot en je zit in het donker naar de radio te luisteren",
    "morgen tussen negen en twaalf even geen water omdat ze de leiding vervangen",
    "de baby huilt veel maar nu slaapt ze",
    "je bent op het dak gaan zitten om de goot te maken",
    "je hebt je sleutels laten liggen en je wacht bij de buurvrouw op de slotenmaker",  # the veto holds merged too
    "de deurwaarder belde bij de buren aan niet bij jou",
    "je vader is van zijn fiets gevallen maar het viel mee alleen een schaafwond",
    "je zoon is het huis uit en nu is het zo stil",
    "de kleine heeft een blauwe plek van de trampoline",
    "je zet je oude bank op straat voor het grofvuil",
    "jullie dronken koffie bij de speeltuin toen u de kinderen ophaalde",
    "nee helemaal niet je bent vooral moe en bang voor hem",  # afraid for a father in hospital
    "je hebt iedereen bedankt voor alles op je verjaardag",
    "er zijn vrijwilligers die met mensen de papieren op orde brengen",  # debt help, not affairs in order
    "de monteur komt morgen voor de gasmeter want die wordt vervangen",
    "hoe red je het op dit moment",  # "het [is] op" is never read into a coping question
    "de deurwaarder was voor de buren niet voor jou",
    "je moet de kraan dichtdoen als je klaar bent met de afwas",
    "ik hou van je zei ze toen ze de app stuurde voor je verjaardag",
    "je oudste gaat volgende maand het huis uit",  # leaving home, not being put out
    "de winkel is failliet en het pand moet leeg voor de curator",  # a shop, not a home
    "je gooit de lege flessen in de glasbak bij de flat",
    "u moet uw huis uit omdat het wordt gerenoveerd en u krijgt een wisselwoning",
    "de deurwaarder kwam voor een parkeerboete",
    "je bent vanavond alleen met de kinderen want je man werkt",  # a parent with them: nobody left alone
    "je buurvrouw slaat de deur altijd hard dicht",
    "de loodgieter heeft de hoofdkraan dichtgedraaid voor de nieuwe badkamer",
    "je was eerst heel boos en nu heb je een plan",  # "boos" is no "bos", "een plan" no suicide plan
])
def test_ordinary_lines_raise_no_crisis(bank, line):
    # a weak signal (a cue word such as "koud", or the model leaning) never opens a crisis on its own
    assert not [h for h in CrisisDetector(bank).evidence(line)
                if h.crisis != "life_event" and not h.kind.startswith("weak:")]


# -- lookups that know crises and callers ------------------------------------------------------

@pytest.mark.parametrize("query, crisis, technique", [
    ("deurwaarder", "eviction", "coping"), ("gas afgesloten", "utility_cutoff", "coping"),
    ("suïcidaal", "suicide", "safety"), ("kind alleen thuis", "unsafe_vulnerable", "safety"),
])
def test_a_lookup_that_names_a_crisis_gives_its_next_protocol_step(bank, query, crisis, technique):
    call = Call(bank)
    out = call.do(LookupRequest(t=1.0, query=query, via="voice"))
    suggestion = next(e for e in out if e.type == "suggestion")
    assert suggestion.technique == technique
    assert bank.crises[crisis].name.lower() in suggestion.reason.lower()
    if crisis == "unsafe_vulnerable":
        assert bank.questions[suggestion.question_id].about == "other"


@pytest.mark.parametrize("query, interaction", [("klager", "complainant"), ("bezoeker", "visitor")])
def test_a_lookup_that_names_an_interaction_type_gives_its_questions(bank, query, interaction):
    out = Call(bank).do(LookupRequest(t=1.0, query=query))
    suggestion = next(e for e in out if e.type == "suggestion")
    assert interaction in bank.questions[suggestion.question_id].interaction


# -- bad input ----------------------------------------------------------------------------

def _check_bank_with(tmp_path, old: str, new: str) -> tuple[str, list[str]]:
    """The shipped bank with its first `old` made `new` (which must be there), and what `bank check` says of it."""
    from voice_companion.bank import DEFAULT_BANK

    text = DEFAULT_BANK.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    bad = tmp_path / "bank.yaml"
    bad.write_text(text, encoding="utf-8")
    return text, check_bank(bad)[1]


def test_a_malformed_protocol_item_is_named_with_file_and_line(tmp_path):
    text, errors = _check_bank_with(tmp_path, "      - id: plan\n", "      - id: Plan Bad\n")
    assert errors and "protocol item id" in errors[0]
    line = int(errors[0].split(":")[1])
    assert "Plan Bad" in text.splitlines()[line - 1]


def test_a_cue_rule_with_a_malformed_unless_is_named(tmp_path):
    _, errors = _check_bank_with(tmp_path, '        unless: "', '        unless: ["verzekering"]\n        x: "')
    assert errors and any("unless" in e for e in errors)


@pytest.mark.parametrize("line, question", [
    ("mag ik u iets vragen als mensen zoiets meemaken gaan er soms gedachten door hun hoofd is dat bij u ook zo", True),
    ("ik vraag het je gewoon want ik vraag het iedereen die zoiets meemaakt denk je er weleens aan om jezelf iets aan te doen", True),
    ("soms denken mensen in zo'n situatie aan de dood herken je dat", True),
    # the recognizer garbled the tag or the verb: the announcement still makes it the worker's question
    ("mag ik u als mensen zoiets meemaken gaan er soms gedachten door hun hoofd om er een eind aan te maken iz dat bei u ok zo", True),
    ("ag ik je ies vragen als mensen dit meemaken denken ze soms aan de dood", True),
    ("ik vraag het je gewoon deenk bje er wel eens aan om jezelf iets aan te doen", True),
    ("ik vraag je om morgen de huisarts te bellen", False),  # a request, not an announced question
    ("je hebt de pillen opgespaard klopt dat", False),  # checking what the caller said: an echo, not screening
    ("je hebt de pillen in de kast gelegd", False),
    # asked of everyone by routine, or a "weleens ... gedachten" check, whatever the recognizer did to the verb
    ("ik vraag dit aan meer mensen in uw situatie heeftu weleens gedachten om uzelf iets aan te doen", True),
    ("mag ik iets vragen wat ik vaker vraag heb je gedachten om er een eind aan te maken", True),
    ("je zegt dat je weleens gedachten hebt gehad om er een eind aan te maken", False),  # an echo of the caller
    ("mag ik even zeggen dat ik het knap vind dat je belt", False),  # announcing a compliment, not a question
    ("vraaghet aan iedereen die dit meemaakt denk jeer weleens aan om jezelf iets aan te doen", True),
    ("ik vraag het weleens aan mensen die zoveel meemaken heeft u gedachten om uzelf iets aan te doen", True),
])
def test_an_announced_or_tagged_question_is_a_question_not_a_disclosure(line, question):
    from voice_companion.form import analyse
    from voice_companion.text import normalize

    assert analyse(normalize(line), line).question is question


def test_a_crisis_cue_in_the_recognizers_runner_up_reading_makes_it_possible(bank):
    core = Companion(bank)
    out = core.handle(Utterance(t=5.0, text="je hebt de billen gepakt", start=3.0, end=5.0,
                                alternatives=("je hebt de pillen opgespaard",)))
    crises = [(e.crisis, e.certainty) for e in out if e.type == "crisis"]
    assert crises == [("suicide", "possible")]  # possible, never confirmed from a runner-up alone


def test_the_suggestion_time_and_interaction_type_come_from_the_config(tmp_path, monkeypatch):
    import json

    from voice_companion.app import open_session

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    (tmp_path / "cfg" / "voice-companion").mkdir(parents=True)
    (tmp_path / "cfg" / "voice-companion" / "config.toml").write_text(
        'suggestion_seconds = 30\ninteraction = "complainant"\n', encoding="utf-8")
    log = tmp_path / "s.jsonl"
    session = open_session(source="script", log_path=log, recover=False)
    assert session.core.suggestion_ttl == 30 and session.core.tracker.interaction == "complainant"
    session.end()
    start = json.loads(log.read_text(encoding="utf-8").splitlines()[0])
    assert start["interaction"] == "complainant"


@pytest.mark.parametrize("line", [
    "dus je hebt geen plannen om een einde aan je leven te maken",
    "nee dat speelt niet je wilt niet dood",
    "sommige mensen denken in zo'n situatie aan zelfmoord",
    # the screening question announced, as a recognizer may write it (words run together, the "die" lost)
    "ik stel deze vrag aan allemensen zoiets meemaken heb jb ook gedachten om jezelf iets aan te doen",
    "ik stel dit vraag alle mensen in uw situatie gedachten om er een eind aan te maken",
    "dat vraag ik aan diezo iemand verliezen denkt em aan om een eind aan uw leven maken",
])
def test_a_denial_or_a_general_remark_is_a_check_not_a_disclosure(bank, line):
    out = Companion(bank).handle(Utterance(t=5.0, text=line, start=3.0, end=5.0))
    assert [e.certainty for e in out if e.type == "crisis"] in ([], ["possible"])


def test_a_question_about_who_is_with_the_caller_does_not_confirm_a_screening(bank):
    call = Call(bank)
    call.say("heeft u wel eens gedachten om een einde aan uw leven te maken")
    call.say("nee gelukkig niet")
    call.say("is er vannacht iemand bij u")  # caring, not a protocol that presumes a yes
    assert not [e for e in call.of("crisis") if e.certainty == "confirmed"]


# -- the learned suggestion policy ---------------------------------------------------------

def test_the_policy_orders_only_what_the_method_allows(bank):
    """With the shipped policy, a complainant still gets no next step before a goal and never a cause question."""
    from voice_companion.advisor import Advisor

    assert Advisor(bank).policy is not None  # prompts/nl-policy.npz ships with the bank
    call = Call(bank, interaction="complainant")
    for line in ["goedenavond met de nachtlijn hoe kan ik je helpen", "dus je buren maken elke nacht herrie",
                 "waarom doen ze dat denk je", "en de woningbouw doet niks zeg je", "tjonge wat vervelend"]:
        call.say(line)
    techniques = [s.technique for s in call.suggestions]
    assert techniques and not {"next_step", "cause", "none"} & set(techniques)


def test_the_policy_reads_the_call_and_its_crisis(bank):
    from voice_companion.advisor import Advisor
    from voice_companion.policy import SUGGESTIBLE, context_features

    policy = Advisor(bank).policy
    calm, crisis = Call(bank), Call(bank)
    for c in (calm, crisis):
        c.say("goedenacht met de nachtlijn hoe kan ik je helpen")
    calm.say("dus je bent je baan kwijt")
    crisis.say("dus je hebt pillen opgespaard en je wilt er een einde aan maken")
    f_calm = context_features(calm.core.tracker, calm.t)
    f_crisis = context_features(crisis.core.tracker, crisis.t)
    assert "crisis=suicide" in f_crisis and not any(k.startswith("crisis=") for k in f_calm)
    a_calm, a_crisis = policy.acceptance(f_calm), policy.acceptance(f_crisis)
    assert set(a_calm) == set(SUGGESTIBLE) and all(0.0 <= p <= 1.0 for p in a_calm.values())
    assert a_crisis["safety"] > a_calm["safety"]  # a supervisor wants safety once suicide is heard


def test_without_a_policy_file_the_plan_alone_decides(bank):
    from voice_companion.advisor import Advisor

    advisor = Advisor(bank, use_policy=False)
    call = Call(bank, interaction="visitor")
    call.say("goedenavond met de nachtlijn hoe kan ik helpen")
    call.say("dus je dochter vond dat je moest bellen")
    advice = advisor.advise(call.core.tracker)
    assert advice is not None and advice.question.technique == "perspective"  # the visitor plan's first step


@pytest.mark.parametrize("name, classes, script", [
    ("nl-policy.npz", ["coping", "telepathy"], "train_policy.py"),  # the suggestion policy: techniques
    ("nl-phase-model.npz", ["current", "telepathy"], "train_classifier.py"),  # the summary phase model: phases
    ("nl-ack-phase-model.npz", ["current", "telepathy"], "--ack-phase-only"),  # the acknowledgement phase model
])
def test_a_learned_file_that_does_not_fit_the_bank_is_named_by_bank_check(tmp_path, name, classes, script):
    import shutil

    import numpy as np

    from voice_companion.bank import DEFAULT_BANK
    from voice_companion.model import TechniqueModel

    bank_path = tmp_path / "nl.yaml"
    shutil.copy(DEFAULT_BANK, bank_path)
    TechniqueModel(classes=classes, index={"bias": 0}, weights=np.zeros((1, 2), np.float32),
                   bias=np.zeros(2, np.float32), bank_digest="x").save(tmp_path / name)
    _, errors = check_bank(bank_path)
    assert errors and name in errors[0] and "telepathy" in errors[0]
    (tmp_path / name).write_bytes(b"not a model")
    _, errors = check_bank(bank_path)
    assert errors and script in errors[0]


def test_a_question_about_the_person_at_risk_counts_as_safety_in_that_crisis(bank, classifier):
    """Read alone as exploring the problem; with children in danger the same question checks their safety."""
    import dataclasses

    from voice_companion.tracker import SessionTracker

    # (read alone: the crisis model, since it learnt screening questions, may itself read it as a check)
    question = dataclasses.replace(classifier.classify("en waar zijn de kinderen nu"), technique="problem", evidence=())
    calm, crisis = SessionTracker(bank), SessionTracker(bank)
    crisis.observe(classifier.classify("dus de buurman slaat zijn kinderen"), 5.0)
    assert crisis.confirmed_crises
    assert calm.observe(question, 10.0).technique == "problem"
    update = crisis.observe(question, 10.0)
    assert update.technique == "safety" and "unsafe_vulnerable" in update.reread
    assert crisis.used("safety") == 1 and crisis.used("problem") == 0


def test_one_line_that_only_leans_towards_a_crisis_opens_nothing_two_close_together_make_it_possible(bank, classifier):
    import dataclasses

    from voice_companion.crisis import CrisisHit
    from voice_companion.tracker import WEAK_WINDOW, SessionTracker

    lean = (CrisisHit("suicide", "model 0.85", "weak:model"),)
    line = dataclasses.replace(classifier.classify("je hebt al je zaken geregeld"), evidence=lean)
    tracker = SessionTracker(bank)
    assert not tracker.observe(line, 10.0).crises and not tracker.crises  # one leaning line: nothing open
    far = tracker.observe(line, 10.0 + WEAK_WINDOW + 5)
    assert not far.crises  # too far apart to add up
    near = tracker.observe(line, 10.0 + WEAK_WINDOW + 25)
    assert [(c[0], c[1]) for c in near.crises] == [("suicide", "possible")]


def test_the_crisis_model_leaning_but_not_sure_gives_a_weak_signal_not_a_hint(bank, monkeypatch):
    import voice_companion.crisis as crisis_module

    from voice_companion.model import crisis_features

    detector = CrisisDetector(bank)
    line = "je hebt al je zaken geregeld"  # no rule names it; only the model may hear a crisis in it
    assert not [h for h in detector.evidence(line) if not h.trigger.startswith("model")]
    heard, probability, _ = detector.model.predict(crisis_features(line))
    assert heard != "none" and probability > 0.5
    monkeypatch.setattr(crisis_module, "CRISIS_MODEL_SURE", 1.01)
    monkeypatch.setattr(crisis_module, "CRISIS_MODEL_LEAN", 0.5)
    assert [(h.crisis, h.kind) for h in detector.evidence(line)] == [(heard, "weak:model")]
    monkeypatch.setattr(crisis_module, "CRISIS_MODEL_LEAN", 1.01)
    assert detector.evidence(line) == []


@pytest.mark.parametrize("line, rules_hear, model_hears", [
    # the rules hear the dark; the model hears a small child alone behind the neighbours' window
    ("de kleine van drie staat al een uur te huilen achter het raam bij de buren en er brandt geen licht",
     "utility_cutoff", "unsafe_vulnerable"),
    ("je moeder heeft vanavond het gas open laten staan ze weet niet meer welke dag het is en ze woont alleen",
     "utility_cutoff", "unsafe_vulnerable"),
])
def test_the_crisis_model_all_but_sure_of_another_crisis_beside_a_rules_hint_adds_it(bank, monkeypatch, line,
                                                                                    rules_hear, model_hears):
    import voice_companion.crisis as crisis_module

    from voice_companion.model import crisis_features
    from voice_companion.text import normalize

    detector = CrisisDetector(bank)
    heard, probability, _ = detector.model.predict(crisis_features(normalize(line)))
    assert heard == model_hears and probability >= crisis_module.CRISIS_MODEL_OTHER
    hits = detector.evidence(line)
    assert {(h.crisis, h.kind, h.learned) for h in hits} >= {(rules_hear, "hint", False), (model_hears, "hint", True)}
    monkeypatch.setattr(crisis_module, "CRISIS_MODEL_OTHER", min(probability + 0.001, 1.01))
    assert {h.crisis for h in detector.evidence(line) if h.kind == "hint"} == {rules_hear}


@pytest.mark.parametrize("idiom, crisis", [
    ("je zou hem wel willen wurgen die baas van je", "unsafe_vulnerable"),  # "wurgen" as a figure of speech
    # ("je kunt hem wel wurgen" is settled outright since the forty-third session)
    ("je baas maakt je af als je weer te laat komt zeg je lachend", "unsafe_vulnerable"),
])
def test_an_everyday_idiom_the_crisis_model_reads_as_ordinary_talk_is_only_a_weak_signal(bank, monkeypatch, idiom,
                                                                                           crisis):
    import voice_companion.crisis as crisis_module

    detector = CrisisDetector(bank)
    assert [(h.crisis, h.kind) for h in detector.evidence(idiom)] == [(crisis, "weak:doubted")]
    monkeypatch.setattr(crisis_module, "CRISIS_MODEL_DOUBT", 1.01)  # the model's doubt is what demotes it
    assert [(h.crisis, h.kind) for h in detector.evidence(idiom)] == [(crisis, "hint")]


@pytest.mark.parametrize("line, crisis", [
    ("je zegt dat het allemaal geen zin meer heeft", "suicide"),  # the same everyday rule, a real hint
    ("hij zei tegen haar dat hij haar zou wurgen", "unsafe_vulnerable"),
])
def test_an_everyday_rule_still_hints_where_the_line_reads_as_a_crisis(bank, line, crisis):
    assert (crisis, "hint") in [(h.crisis, h.kind) for h in CrisisDetector(bank).evidence(line)]


def test_a_cue_rule_with_a_malformed_everyday_flag_is_named(tmp_path):
    _, errors = _check_bank_with(tmp_path, "        everyday: true\n", "        everyday: ja\n")
    assert errors and any("'everyday'" in e and "true or false" in e for e in errors)


def test_while_one_crisis_is_confirmed_the_crisis_model_alone_opens_no_other(bank, classifier):
    import dataclasses

    from voice_companion.crisis import CrisisHit
    from voice_companion.tracker import SessionTracker

    tracker = SessionTracker(bank)
    tracker.observe(classifier.classify("je zegt dat je er een einde aan wilt maken"), 5.0)
    assert [c.certainty for c in tracker.crises.values()] == ["confirmed"]
    line = classifier.classify("ben je nu alleen")
    learned = dataclasses.replace(line, evidence=(CrisisHit("unsafe_vulnerable", "model 0.95", "hint", learned=True),))
    assert not tracker.observe(learned, 20.0).crises and "unsafe_vulnerable" not in tracker.crises
    # the worker's words point to another crisis: that opens it (a statement: the caller's own news given back)
    statement = classifier.classify("en de kinderen zijn nu alleen thuis")
    heard = dataclasses.replace(statement, evidence=(CrisisHit("unsafe_vulnerable", "kinderen alleen thuis", "hint"),))
    assert [(c[0], c[1]) for c in tracker.observe(heard, 30.0).crises] == [("unsafe_vulnerable", "possible")]


def test_while_one_crisis_is_confirmed_the_workers_own_safety_question_checks_it_and_opens_no_other(bank, classifier):
    from voice_companion.tracker import SessionTracker

    tracker = SessionTracker(bank)
    tracker.observe(classifier.classify("je zegt dat je er een einde aan wilt maken"), 5.0)
    tracker.observe(classifier.classify("en vannacht ben je veilig denk je"), 20.0)
    assert set(tracker.crises) == {"suicide"}
    fresh = SessionTracker(bank)
    fresh.observe(classifier.classify("en vannacht ben je veilig denk je"), 20.0)
    assert "unsafe_vulnerable" in fresh.crises  # (without a crisis at hand it is a hint of its own)


@pytest.mark.parametrize("line, goodbye", [
    ("nou dank je wel dag", True), ("dag meneer", True), ("fijne dag", True), ("doei", True),
    ("je bent de hele dag alleen geweest", False), ("dat was een zware dag", False), ("elke dag", False),
])
def test_a_goodbye_at_the_end_of_a_line(line, goodbye):
    from voice_companion.form import analyse
    from voice_companion.text import normalize

    assert analyse(normalize(line), line).goodbye is goodbye


def test_a_rule_vetoed_by_the_lines_own_words_is_not_brought_back_by_the_crisis_model(bank, monkeypatch):
    import voice_companion.crisis as crisis_module
    from voice_companion.model import crisis_features

    detector = CrisisDetector(bank)
    line = "in de groepsapp van de flat hebben ze je eruit gezet"
    monkeypatch.setattr(crisis_module, "CRISIS_MODEL_SURE", 0.0)  # the model would call anything a crisis
    heard, _, _ = detector.model.predict(crisis_features(line))
    assert heard == "eviction"  # what its words sound like to the model
    assert not [h for h in detector.evidence(line) if h.crisis == "eviction"]


def test_a_summary_in_inverted_word_order_is_the_callers_story_not_a_screening_question(bank):
    call = Call(bank)
    out = call.say("als ik het goed heb heeft uw man u vanavond een klap gegeven en zit u nu in de badkamer")
    assert [(e.crisis, e.certainty) for e in out if e.type == "crisis"] == [("unsafe_vulnerable", "confirmed")]


def test_an_unsafe_person_protocol_asks_about_danger_now_and_a_safe_place_before_it_is_done(bank):
    call = _Call(bank, step=20.0)
    call.say("dus je vriend heeft je geslagen en hij is nog in huis")
    call.say("ben je nu veilig")
    crisis = call.core.tracker.crises["unsafe_vulnerable"]
    assert "danger_now" not in crisis.items and "who_can_go" not in crisis.items
    out = call.say("is er iemand gewond")
    assert "danger_now" in crisis.items
    suggestion = next(e for e in out if e.type == "suggestion")
    assert suggestion.technique == "safety"  # the next step of the protocol, not coping


def test_a_possible_crisis_the_worker_keeps_working_on_does_not_fade(bank):
    call = _Call(bank, step=25.0)
    call.say("je bent bang dat je hem iets aandoet als hij zo blijft huilen")
    assert call.core.tracker.crises["unsafe_vulnerable"].certainty == "possible"
    for line in ("waar is de baby nu", "hm hm", "je hebt hem in zijn bedje gelegd", "is hij gewond",
                 "je hebt hem niet door elkaar geschud", "je bent in de keuken gaan staan"):
        call.say(line)
    assert not [e for e in call.of("crisis_end") if e.crisis == "unsafe_vulnerable"]


def test_a_cut_off_with_a_baby_in_the_house_asks_about_the_vulnerable_first(bank):
    plain = Call(bank)
    plain.say("goedenacht met de nachtlijn")
    out = plain.say("dus vanochtend is het gas afgesloten")
    first = next(e for e in out if e.type == "suggestion")
    assert not first.question_id.startswith(("safety.warm-en-drinkwater", "safety.kwetsbaren-in-huis"))
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("ik hoor een baby op de achtergrond")
    out = call.say("dus vanochtend is het gas afgesloten")
    first = next(e for e in out if e.type == "suggestion")
    assert first.question_id.startswith(("safety.warm-en-drinkwater", "safety.kwetsbaren-in-huis"))


def test_an_everyday_word_stays_itself_when_the_recognizer_runs_words_together(bank):
    # "lagdood" is split again for matching; "gelachen" in that reading is still no "geslagen"
    line = "en er mocht gelachen worden uw kleindochter lagdood van het lachen"
    assert not [h for h in CrisisDetector(bank).evidence(line) if h.kind in ("named", "partial", "hint")]


def test_a_child_out_at_night_adds_up_from_two_weak_signals_in_one_line(bank):
    # (since the twenty-ninth session "in haar pyjama" there is a hint by a rule of its own; without it the
    # two weak signals still add up: on slippers)
    hits = CrisisDetector(bank).evidence("hun zoontje zit in het portiek op zijn slippers")
    assert {h.kind for h in hits if h.crisis == "unsafe_vulnerable"} >= {"weak:person", "weak:risk"}
    call = Call(bank)
    out = call.say("hun zoontje zit in het portiek op zijn slippers")
    assert [(e.crisis, e.certainty) for e in out if e.type == "crisis"] == [("unsafe_vulnerable", "possible")]


def test_a_possible_crisis_the_worker_lets_pass_is_prompted_at_most_twice_per_piece_of_evidence(bank):
    call = _Call(bank, step=20.0, interaction="customer")
    call.say("goedenacht met de nachtlijn")
    call.say("je oma van negentig woont nog alleen")  # a frail person: possible, ask it directly
    for line in ["dat is een hele leeftijd", "en je bent haar enige kleinkind", "je gaat elke zondag langs",
                 "je vindt het fijn om voor haar te zorgen", "je hebt er zelf ook een druk leven bij",
                 "je werkt vier dagen in de week", "en je man werkt ook", "jullie hebben twee kinderen",
                 "de oudste zit op de middelbare school", "je komt soms niet aan jezelf toe"]:
        call.say(line)
    prompts = [s for s in call.suggestions if s.technique == "safety"]
    assert 1 <= len(prompts) <= 2  # not a third time while nothing new is heard


def test_a_high_bill_is_never_named_a_cut_off(bank):
    # the crisis model may lean towards a cut-off on money and water words (a possible crisis, which for a
    # cut-off prompts nothing), but no rule names one: the worker's words must say the supply is stopped
    hits = CrisisDetector(bank).evidence("de rekening van het water is hoog")
    assert all(h.kind != "named" and (h.kind != "hint" or h.learned) for h in hits)


def test_a_crisis_only_the_model_heard_is_not_confirmed_by_a_question_that_presumes_it(bank, monkeypatch):
    class Leaning:  # the learned model hears an unsafe person in every line; no cue rule does
        def predict(self, features):
            return "unsafe_vulnerable", 0.99, {}

    call = Call(bank)
    monkeypatch.setattr(call.core.classifier.crisis, "model", Leaning())
    call.say("je zit nu in de auto")
    assert call.core.tracker.crises["unsafe_vulnerable"].certainty == "possible"
    call.say("is er nu iemand bij je")  # the protocol's first step, in words that name no crisis
    call.say("wie kan er bij je komen om je op te halen")  # would confirm a crisis the worker's words named
    assert call.core.tracker.crises["unsafe_vulnerable"].certainty == "possible"


@pytest.mark.parametrize("line", [
    "hoi met sanne van de nachtlijn", "goeienacht nachtlijn met jeroen zeg het maar",
    "goedenavond u spreekt met ellen fijn dat u belt", "he met de nachtlijn fijn dat je belt",
])
def test_the_workers_opening_with_their_name_and_the_line_is_a_welcome(classifier, line):
    assert classifier.classify(line).technique == "welcome"


@pytest.mark.parametrize("line", [
    "ik heb gebeld met iemand van de crisisdienst", "je hebt met de crisisdienst gesproken",
])
def test_talk_about_another_service_is_no_opening(classifier, line):
    assert classifier.classify(line).technique != "welcome"


def test_a_question_after_an_echo_in_the_u_form_is_a_question(classifier):
    line = "mevrouw u zei net dat u er een eind aan wil maken bedoelt u dat u niet meer wilt leven"
    c = classifier.classify(line)
    assert c.form.question and c.technique == "safety"
    assert not classifier.classify("mevrouw u zei net dat u er een eind aan wil maken").form.question


def test_the_workers_own_appraisal_is_acknowledgement_not_a_request_for_mandate(classifier):
    assert classifier.classify("ik vind het goed dat je dat zegt").technique == "acknowledgement"
    assert classifier.classify("vind je het goed dat ik de huisarts bel").technique == "mandate"


def test_a_word_is_not_split_into_a_non_word_and_a_cue(bank):
    # "vergeetachtig" is not "vergee tachtig" (an old person): only an everyday word may be the other part
    hits = CrisisDetector(bank).evidence("om je vader die woont alleen en die is wat vergeetachtig")
    assert not [h for h in hits if h.kind == "weak:person"]
    assert {h.crisis for h in CrisisDetector(bank).evidence("ze heeft haar pillenopgespaard")} == {"suicide"}


def test_a_pronoun_is_not_assumed_missing_where_another_person_stands_in_its_place(bank):
    # the rules: "beter af zonder hem" is not "beter af zonder mij" (the learned model, trained on more hints
    # since, leans 0.81 on it: a calm possible prompt, README "Known limits")
    rules = CrisisDetector(bank, use_model=False)
    assert not [h for h in rules.evidence("ze vinden dat je beter af bent zonder hem") if not h.kind.startswith("weak:")]
    assert {h.crisis for h in rules.evidence("ze zijn beter af zonder mij zeg je")} == {"suicide"}
    assert {h.crisis for h in CrisisDetector(bank).evidence("ze zijn beter af zonder mij zeg je")} == {"suicide"}


def test_respite_care_at_night_for_a_mother_is_no_eviction(bank):
    detector = CrisisDetector(bank)
    assert not detector.evidence("we bellen morgen de huisarts of er nachtopvang of respijtzorg voor uw moeder kan komen")
    assert {h.crisis for h in detector.evidence("je hebt vannacht geen plek en de nachtopvang is vol")} == {"eviction"}


def test_a_question_about_another_adult_in_the_house_is_not_the_suicide_steps(bank):
    call = Call(bank)
    call.say("je hoort bij de buren een kindje gillen en de vader schreeuwt")
    call.say("en net hoorde je klappen en toen was het ineens stil")
    call.say("je wil dat het ophoudt")  # the violence next door (the crisis model may hear a suicide in it)
    call.say("is er nog een andere volwassene in dat huis")
    ticks = [(e.crisis, e.item) for e in call.of("protocol")]
    assert ("unsafe_vulnerable", "person_safe") in ticks
    assert not [t for t in ticks if t[0] == "suicide"]


def test_a_possible_suicide_in_a_confirmed_eviction_puts_the_direct_question_first_and_a_plan_question_confirms(bank):
    call = Call(bank)
    call.say("je huisbaas zegt dat je zaterdag je kamer uit moet en de deurwaarder komt zaterdag")
    assert [e.certainty for e in call.of("crisis") if e.crisis == "eviction"] == ["confirmed"]
    call.say("je zegt als ik eruit moet ben ik er liever niet meer")
    assert call.suggestions[-1].technique == "safety"
    assert call.suggestions[-1].question_id in {q for i in bank.crises["suicide"].protocol if i.id == "ask_directly"
                                                for q in i.questions} | {
        q.id for q in bank.questions.values() if q.variant_of in {"safety.denk-je-aan-een-einde-aan-je-leven",
                                                                  "safety.denk-je-erover-jezelf-iets-aan-te-doen"}}
    call.say("denk je aan zelfmoord")
    call.say("soms wel als het zo tegen zit")
    call.say("heb je nagedacht over hoe of wanneer")
    assert [e.certainty for e in call.of("crisis") if e.crisis == "suicide"][-1] == "confirmed"


@pytest.mark.parametrize("line, crisis", [
    ("je zou zo de rivier in willen lopen", "suicide"),
    ("je staat nu op het viaduct", "suicide"),
    ("je hebt nog een week om een ander dak boven je hoofd te vinden", "eviction"),
    ("dan moet u met het hele gezin van het erf af", "eviction"),
])
def test_hints_in_everyday_words_point_to_their_crisis(bank, line, crisis):
    assert {h.crisis for h in CrisisDetector(bank).evidence(line) if not h.kind.startswith("weak:")} == {crisis}


def test_a_direct_question_announced_with_a_garbled_ik_stays_a_check(bank):
    """ "ik vraag het je recht op de man af, heb je gedachten om een einde aan je leven te maken": the recognizer
    wrote "eik" for "ik" and dropped the question's end; the announcement still says it is the worker's question."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    out = call.say("eik vraag het je recht op de man af heb je gedachten om een einde aan je leven")
    assert [(e.crisis, e.certainty) for e in out if e.type == "crisis"] == [("suicide", "possible")]
    call.t += 20
    given_back = call.say("je zegt dat je vannacht een einde aan je leven wil maken")  # a disclosure stays one
    assert [(e.crisis, e.certainty) for e in given_back if e.type == "crisis"] == [("suicide", "confirmed")]


def test_the_direct_question_in_its_positive_form_opens_a_safety_check(bank):
    """ "Wil je nog leven?" asks directly, as "denk je aan zelfmoord" does: a safety check, not a disclosure;
    given back ("je weet niet of je nog wil leven") it names the crisis; how one wants to live does not."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    out = call.say("mag ik je iets heel direct vragen wil je nog leven")
    assert [(e.crisis, e.certainty) for e in out if e.type == "crisis"] == [("suicide", "possible")]
    detector = CrisisDetector(bank, use_model=False)
    assert [h.crisis for h in detector.evidence("je zegt dat je niet weet of je nog wil leven") if h.kind == "named"] \
        == ["suicide"]
    for line in ("wil je nog zo leven als nu", "hoe wil je nog leven als je straks met pensioen bent",
                 "wat wil je nog beleven deze zomer"):
        assert not [h for h in detector.evidence(line) if h.crisis == "suicide"], line
    # within an open crisis the question ticks "asked directly"; wanting one's life back on track does not
    for line, ticked in (("wil je nog leven", ["ask_directly"]), ("je wilt je leven weer een beetje oppakken", [])):
        call = Call(bank)
        call.say("goedenacht met de nachtlijn")
        call.say("je zegt dat het allemaal geen zin meer heeft")
        out = call.say(line)
        assert [e.item for e in out if e.type == "protocol"] == ticked, line


@pytest.mark.parametrize("line", [
    "het dak boven je hoofd lekt", "in de zomer ga je de rivier in zwemmen met de hond",
    "de kinderen liggen boven te slapen en jij kan niet stoppen met huilen",
    "je ziet dat tentamen eigenlijk niet meer zitten", "en nul dat u alleen nog ligt te malen",
    "dat de behandeling aanslaat",
])
def test_near_misses_in_the_same_words_are_no_crisis(bank, line):
    assert not [h for h in CrisisDetector(bank).evidence(line) if not h.kind.startswith("weak:")]


def test_a_possible_crisis_does_not_fade_while_the_worker_asks_safety_questions_in_their_own_words(bank):
    def call_with(lines):
        call = _Call(bank, step=20.0)
        for line in ("ze belde u net en ze klonk dronken", "en uw kleinzoon van drie is bij haar thuis",
                     "is er nog een andere volwassene bij het kind") + lines:
            call.say(line)
        return call

    asking = call_with(("nee haar vriend is op zijn werk", "hoe ver woont u bij haar vandaan",
                        "een kwartier met de auto", "weet u of ze nog gaat rijden vannacht", "dat weet u niet"))
    # (the crisis model's guess on the first line, backed by the child on the second: logged twice, possible)
    assert [e.certainty for e in asking.of("crisis")] == ["possible", "possible"]
    assert not asking.of("crisis_end")  # two safety questions that tick no step: the worker is on it
    quiet = call_with(("nee haar vriend is op zijn werk", "een kwartier met de auto",
                       "u heeft zelf twee glazen wijn op", "dat is lastig"))
    assert [e.reason for e in quiet.of("crisis_end")] == ["faded"]  # without them it fades as before


def _any_crisis(classifier, line) -> set[str]:
    """The crises a line names, confirmed or possible."""
    got = classifier.classify(line).to_json()
    return set(got.get("crisis", []) + (got.get("possible") or []))


def _named_or_hinted(detector, line):
    return {h.crisis for h in detector.evidence(line) if h.kind in ("named", "partial", "hint") and not h.learned}


@pytest.mark.parametrize("heard, said", [
    ("dat ze alleemaal beeter af zijn zonder u", "dat ze allemaal beter af zijn zonder u"),  # a doubled e
    ("dus je voelt je suicidaal vannacht", "dus je voelt je suïcidaal vannacht"),  # a stem's d inside a word
    ("en iedereen is beteraf zonder jou", "en iedereen is beter af zonder jou"),  # two words of a phrase run together
    ("je bent er klaar mee ben iker liever niet meer", "je bent er klaar mee ben ik er liever niet meer"),
])
def test_a_crisis_cue_survives_the_recognizers_spelling(bank, heard, said):
    detector = CrisisDetector(bank)
    assert _named_or_hinted(detector, said) == {"suicide"}
    assert _named_or_hinted(detector, heard) == {"suicide"}


def test_a_stem_also_matches_the_whole_word_said_alone(bank):
    detector = CrisisDetector(bank)
    for line in ["denk je aan zelfmoord", "heb je zelfmoordgedachten", "er is een huurachterstand"]:
        assert _named_or_hinted(detector, line), line


def test_a_merged_word_is_split_where_its_parts_stand_together_in_a_phrase(bank):
    from voice_companion.crisis import _split_long, fold_sound

    matcher = CrisisDetector(bank).rules.matcher
    # "bet eraf" would also be two known words; "beter af" is the phrase the rules hold
    assert _split_long([fold_sound("beteraf")], matcher) == ["beter", "af"]
    # a short everyday word is never split
    assert _split_long([fold_sound("heel")], matcher) is None


def test_two_everyday_words_run_together_are_no_misheard_cue_word(bank):
    detector = CrisisDetector(bank)
    # "zelf morgen" run together reads like "zelfmoord" misheard: a confirmed crisis in an ordinary call
    for line in ["kun je dat zelfmorgen regelen", "dan belt u zelfmorgen de woningbouw"]:
        assert not _named_or_hinted(detector, line), line
    # a cue word misheard, that splits into no two everyday words, is still heard
    for line in ["heb je gedachten aan zelfmoort", "denk je aan zelfmord"]:
        assert _named_or_hinted(detector, line) == {"suicide"}, line


@pytest.mark.parametrize("line, crisis", [
    ("uw broer heeft gedreigd zich van kant te maken", "suicide"),
    ("ze heeft al haar pillen in een bakje op tafel gelegd", "suicide"),
    ("u zou het liefst bij uw man zijn die vorig jaar is overleden", "suicide"),
    ("voelt u zich veilig thuis met hem", "unsafe_vulnerable"),
    ("is er iemand in huis die je bang maakt", "unsafe_vulnerable"),
    ("hij appte dat je het niet navertelt als je thuiskomt", "unsafe_vulnerable"),
    ("de buurvrouw met alzheimer doet al dagen de deur niet open", "unsafe_vulnerable"),
    ("de kinderen zitten al uren in de auto op de parkeerplaats", "unsafe_vulnerable"),
    ("loop je achter met de huur", "eviction"),
    ("straks moet je misschien in je auto slapen", "eviction"),
    ("uw moeder zegt dat de lieve heer haar wat haar betreft vannacht mag komen halen", "suicide"),
    ("en toen zei je dan ben ik er maar niet meer", "suicide"),
    ("ze ligt op de badkamervloer en komt niet meer overeind", "unsafe_vulnerable"),
    ("hij appt dat je dan wel zult zien wat er gebeurt als je de deur niet opendoet", "unsafe_vulnerable"),
    ("dat is gewoon een dreigement wat hij stuurt", "unsafe_vulnerable"),
    ("dan sta je volgende week met de kinderen op de keien", "eviction"),
    ("en na maandag is het appartement niet meer van jou", "eviction"),
    ("ze willen dat de flat vrijdag leeg en bezemschoon is", "eviction"),
    ("dus u vangt regenwater op om te kunnen koken", "utility_cutoff"),
    ("jullie zitten al drie dagen zonder stroom met de kleine", "utility_cutoff"),
    ("je wilt dat het lijkt op een ongeluk met de auto", "suicide"),
    ("u zit in de garage met de motor aan", "suicide"),
    ("je vraagt vergeving voor wat je straks gaat doen", "suicide"),
    ("de hele doos ligt klaar met een fles whisky", "suicide"),
    ("hij kan zijn handen niet thuishouden als hij drinkt", "unsafe_vulnerable"),
    ("hij schreeuwde dat hij het huis in de fik steekt met jullie erin", "unsafe_vulnerable"),
    ("je stiefvader zet je voor straf in de schuur", "unsafe_vulnerable"),
    ("het jongetje van zes is vanmiddag niet opgehaald en zit nog bij jou", "unsafe_vulnerable"),
    ("je hebt de slaappillen van je moeder meegenomen naar je kamer", "suicide"),
    ("het meisje riep door de deur dat mama er niet is", "unsafe_vulnerable"),
    ("hij zei dat je niks tegen de juf mag zeggen anders gebeurt er iets", "unsafe_vulnerable"),
    # ninth session, after locked26/27's run (own wording of the forms it taught)
    ("je zusje van veertien slaapt al twee nachten in het park omdat ze niet naar huis durft", "unsafe_vulnerable"),
    ("je moeder loopt snachts te dwalen door de wijk en werd bijna aangereden", "unsafe_vulnerable"),
    ("hij heeft de deur op slot gedaan en de sleutels meegenomen en de kinderen zitten binnen", "unsafe_vulnerable"),
    ("de kinderwagen is weg en er staan lege flessen wodka op tafel", "unsafe_vulnerable"),
    ("u heeft de meubels aan de buren gegeven omdat u ze niet mee kunt nemen", "eviction"),
    ("de kinderen vragen waar ze na het weekend naar school gaan", "eviction"),
    ("je hebt de powerbanks opgeladen voor morgenochtend", "utility_cutoff"),
    ("u vraagt de buurman of hij morgen de kippen voert want dan bent u er niet meer", "suicide"),
])
def test_a_hint_in_everyday_words_makes_a_crisis_possible(bank, line, crisis):
    assert crisis in _named_or_hinted(CrisisDetector(bank), line)


@pytest.mark.parametrize("line", [
    "als nul is helemaal alleen en tien genoeg mensen om je heen waar zit je nu",  # a scale: "zit je" is no touch
    "u neemt al uw pillen op tijd in uit de baxter",
    "we zijn op vakantie gegaan zonder terug te komen naar dat hotel",
    "de buren zijn op vakantie dus de post ligt al dagen op de mat",
    "de kinderen spelen al uren buiten",
    "vroeger liep u achter met de huur maar dat is opgelost",
    "probeer het gewoon dan zie je wel wat er gebeurt",
    "de heer van de woningbouw komt morgen de sleutels halen",
    "je buurman had vandaag de deurwaarder aan de deur en dat vond je eng",
    "morgen ben ik er niet meer want dan heb ik vrij",
    "de ijsbeer is een bedreigde diersoort",
    "de fabriek sluit en dan sta je op straat qua werk",
    "de tv is stuk dus je zit in het donker naar de radio te luisteren",
    "je dochter slaapt bij een vriendin want ze is op kamp in het bos",
    "de hond zwerft snachts door de wijk",
    "je hebt de vriezer leeggehaald om hem te ontdooien voor morgen",
    "u heeft de meubels verkocht omdat u naar het verzorgingshuis gaat",
    "je vraagt de buurvrouw de planten water te geven want dan ben je er niet je gaat op vakantie",
    "ik heb de deur op slot gedaan en de sleutel meegenomen naar mijn werk",
    "voor de zekerheid u heeft nog gewoon gas en stroom er is niks afgesloten",
    "het huis van je ouders moet leeg opgeleverd want het is verkocht",
    "het regenwater vang je op voor de planten in de tuin",
    "je hebt de auto in de garage laten draaien om de motor op te warmen",
    "de verlopen pillen breng je terug naar de apotheek",
    "de kaars viel om en toen stond het gordijn bijna in brand",
    "het pakketje is niet opgehaald dus het gaat terug",
    "je wilt er vanavond een eind aan maken aan die ruzie met je zus",
    "u wilt gewoon even verdwijnen, een weekje naar Texel",
    "de jongens zijn alleen thuis maar ze zijn zeventien en achttien",
    "je draait de kraan dicht tijdens het afwassen om te besparen",
    "u heeft het water van de volkstuin laten afsluiten omdat het seizoen voorbij is",
    "mama is even weg naar de winkel zei je zoontje",
    "je moet eerst je huiswerk maken anders gebeurt er wat zei je vader lachend",
])
def test_the_same_words_in_ordinary_talk_make_no_crisis(bank, line):
    assert not _named_or_hinted(CrisisDetector(bank), line)


def test_a_weak_cue_in_a_line_the_model_leans_towards_the_same_crisis_on_is_a_hint(bank, monkeypatch):
    import voice_companion.crisis as crisis_module

    from voice_companion.model import crisis_features
    from voice_companion.text import normalize

    detector = CrisisDetector(bank)
    line = "en uw kleinzoon van drie is nu bij hem thuis"  # a small child, no danger named
    heard, probability, _ = detector.model.predict(crisis_features(normalize(line)))
    monkeypatch.setattr(crisis_module, "CRISIS_MODEL_SURE", 1.01)  # the model alone never a hint here
    monkeypatch.setattr(crisis_module, "CRISIS_MODEL_LEAN", 1.01)
    assert [(h.crisis, h.kind) for h in detector.evidence(line)] == [("unsafe_vulnerable", "weak:person")]
    assert heard == "unsafe_vulnerable"
    monkeypatch.setattr(crisis_module, "CRISIS_MODEL_LEAN", min(probability, 0.99))
    hits = detector.evidence(line)
    assert [(h.crisis, h.kind, h.learned) for h in hits] == [("unsafe_vulnerable", "hint", True)]
    assert hits[0].trigger.startswith("kleinzoon + model")
    # an everyday word only misheard as a cue does not add up with the model
    misheard = [h for h in detector.evidence("en ze heeft zich op gesloten heevt in de omdat aan het schreeuwen")
                if h.kind == "hint" and "+ model" in h.trigger]
    assert not misheard


def test_alone_as_only_is_no_sign_of_a_person_left_alone(bank):
    detector = CrisisDetector(bank, use_model=False)  # the rules' reading of "alleen" (the model may lean either way)
    assert not detector.evidence("ze luisteren niet en u krijgt alleen maar formulieren")
    assert "weak:risk" in {h.kind for h in detector.evidence("je oma van negentig woont nog alleen")}


def test_two_kinds_of_weak_signal_heard_stay_the_workers_words_when_the_model_leans_the_same_way(bank, monkeypatch):
    """A frail person and "alleen" in one line add up by themselves (a hint heard in the worker's words, which puts
    the direct question in front of the worker); the crisis model leaning the same way does not turn them into a
    guess of its own (twenty-ninth session: a retrained model at 0.74 had done so, and the prompt went)."""
    import voice_companion.crisis as crisis_module

    from voice_companion.model import crisis_features
    from voice_companion.text import normalize

    line = "je oma van negentig woont nog alleen"
    detector = CrisisDetector(bank)
    _, probability, _ = detector.model.predict(crisis_features(normalize(line)))
    monkeypatch.setattr(crisis_module, "CRISIS_MODEL_SURE", 1.01)
    monkeypatch.setattr(crisis_module, "CRISIS_MODEL_LEAN", min(probability, 0.99))
    kinds = {(h.kind, h.learned) for h in detector.evidence(line) if h.crisis == "unsafe_vulnerable"}
    assert kinds == {("weak:person", False), ("weak:risk", False)}
    # one weak kind beside the lean is still made a hint together with it
    one = "en uw kleinzoon van drie is nu bij hem thuis"
    _, leaning, _ = detector.model.predict(crisis_features(normalize(one)))
    monkeypatch.setattr(crisis_module, "CRISIS_MODEL_LEAN", min(probability, leaning, 0.99))
    assert [(h.kind, h.learned) for h in detector.evidence(one)] == [("hint", True)]
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    out = call.say(line)
    assert [(e.crisis, e.certainty) for e in out if e.type == "crisis"] == [("unsafe_vulnerable", "possible")]
    assert any(e.type == "suggestion" and e.technique == "safety" for e in out)


def test_a_possible_crisis_the_worker_works_on_in_other_words_is_not_pressed_a_third_time(bank):
    # working on it keeps it open, but only new evidence is a reason to ask the direct question again
    call = _Call(bank, step=20.0, interaction="customer")
    call.say("goedenavond met de nachtlijn u spreekt met anne")
    call.say("het is zo stil in huis en u zegt dat u het leven moe bent")  # a hint: possible suicide
    assert [(e.crisis, e.certainty) for e in call.of("crisis")] == [("suicide", "possible")]
    for line in ["wat een schrik voor u", "wat zou u vannacht helpen om een beetje rust te krijgen",
                 "heeft u wel alles in huis wat u nodig heeft voor vannacht", "fijn dat u zo een buurvrouw heeft",
                 "hoe heeft u zich vanavond staande gehouden",
                 "heeft u eerder iets moeilijks meegemaakt waarin u het alleen moest doen",
                 "is er iemand die u morgen kan helpen", "en wat zou u morgen willen"]:
        call.say(line)
    asked_directly = [s for s in call.suggestions if s.technique == "safety"]
    assert 1 <= len(asked_directly) <= 2
    # another question taken for safety in the crisis is not the direct question about suicide
    assert "ask_directly" not in [e.item for e in call.of("protocol")]


def test_before_a_possible_crisis_is_asked_directly_other_steps_of_its_protocol_do_not_tick(bank):
    call = _Call(bank, step=20.0, interaction="customer")
    call.say("goedenavond met de nachtlijn u spreekt met anne")
    call.say("u zegt dat u het leven moe bent")
    call.say("heeft u wel alles in huis wat u nodig heeft voor vannacht")
    assert not call.of("protocol")  # no question about means: the direct question comes first
    call.say("denkt u eraan om een einde aan uw leven te maken")
    call.say("heeft u iets in huis waarmee u dat zou doen")
    assert [e.item for e in call.of("protocol")][:1] == ["ask_directly"] and "means" in [e.item for e in call.of("protocol")]


@pytest.mark.parametrize("line", ["het is gewoon lastig", "het is nu echt laat", "het is zo stil in huis"])
def test_a_phrase_whose_last_word_carries_its_sense_is_not_found_without_it(bank, line):
    assert not _named_or_hinted(CrisisDetector(bank), line)


def test_living_alone_with_dementia_is_a_worry_to_check_wandering_off_is_a_danger(bank):
    detector = CrisisDetector(bank)
    worry = detector.evidence("uw vader is vierentachtig en woont alleen en hij heeft beginnende dementie")
    assert [(h.crisis, h.kind) for h in worry] == [("unsafe_vulnerable", "hint")]
    danger = detector.evidence("uw vader met dementie loopt alleen op straat")
    assert [(h.crisis, h.kind) for h in danger] == [("unsafe_vulnerable", "named")]


def test_once_a_goal_is_stated_and_exceptions_explored_the_circle_goes_on_not_back_to_goals(bank):
    call = _Call(bank, step=20.0, interaction="customer")
    for line in ["goedenavond met de nachtlijn u spreekt met anne", "wat kan ik voor u doen",
                 "u heeft een brief gekregen die u niet kunt lezen", "wat is daar het lastigste aan voor u",
                 "wat zou u het liefste willen dat er nu gebeurt",
                 "dat u in uw huis kunt blijven en dat iemand u helpt met de post"]:
        call.say(line)
    advisor, tracker = call.core.advisor, call.core.tracker
    assert advisor._technique_due("goal", tracker.phase, tracker, False)  # a second goal question may still come
    for line in ["wanneer is het u eerder gelukt om zoiets te regelen",
                 "toen bent u met de buurman naar het loket gegaan", "dat heeft u toen goed aangepakt"]:
        call.say(line)
    assert tracker.used("exception") >= 1
    for in_crisis in (False, True):  # (an eviction in the background changes nothing about the circle's order)
        assert not advisor._technique_due("goal", tracker.phase, tracker, in_crisis)
    exception_at = next(e.t for e in call.of("match") if e.technique == "exception")
    assert not [s for s in call.suggestions if s.technique == "goal" and s.t > exception_at]


@pytest.mark.parametrize("line", [
    "ik fraag het aan idereen die zoiets meemaakt heb je ook gedachten om jezelf iets aan te doen",
    "fel mensen in jouw situatie denken aan zelfmoord jij ook",
])
def test_a_screening_question_announced_as_one_stays_a_check_through_the_recognizers_spelling(bank, line):
    call = Call(bank)
    call.say("goedenavond met de nachtlijn")
    out = call.say(line)
    assert [(e.crisis, e.certainty) for e in out if e.type == "crisis"] == [("suicide", "possible")]


def test_beating_someone_at_a_game_is_no_violence(bank):
    detector = CrisisDetector(bank)
    assert {h.kind for h in detector.evidence("u slaat uw kleinzoon altijd met dammen")} <= {"weak:person"}
    assert not detector.evidence("hij sloeg me gisteren met schaken")
    assert _named_or_hinted(detector, "u slaat uw kleinzoon als hij niet luistert") == {"unsafe_vulnerable"}


@pytest.mark.parametrize("line, phase", [
    ("vorige winter lukte het wel toen je elke dag even ging wandelen", "exceptions"),
    ("morgen eerst de huisarts bellen en daarna je zus", "next_step"),
    ("rust in huis en af en toe een avond voor uzelf dat is wat u wilt", "desired"),
])
def test_a_summary_gets_the_phase_of_what_it_gives_back(classifier, line, phase):
    c = classifier.classify(line)
    assert (c.technique, c.phase, c.phase_from_content) == ("summary", phase, True)


def test_in_a_call_a_summarys_content_phase_does_not_move_the_circle(bank):
    call = _Call(bank, step=20.0, interaction="customer")
    call.say("goedenavond met de nachtlijn u spreekt met anne")
    call.say("wat is er aan de hand")
    for line in ["morgen eerst de huisarts bellen en daarna je zus", "en dan overmorgen samen naar het wijkteam"]:
        read = call.core.classifier.classify(line)
        assert read.phase == "next_step"  # what the echo gives back ...
        out = call.say(line)
        # ... labels the echo only where its content is sure (SUMMARY_PHASE_OWN), else the call's phase
        assert [e.phase for e in out if e.type == "match"] == ["next_step" if read.content_sure else "current"]
    assert call.core.tracker.phase == "current"  # the worker's own questions lead the phase, not an echo
    assert not call.of("phase")



def test_an_echo_whose_content_surely_says_its_phase_is_labelled_so_while_the_call_keeps_its_phase(bank):
    """After a goal question the caller tells what the night was like: the worker's echo of it is the situation now
    (its content, read surely), though the call stays where the worker's questions put it (eighteenth session)."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn hoe kan ik je helpen")
    call.say("wat zou je willen dat er anders is")
    before = call.core.tracker.phase
    out = call.say("je hebt geslapen tot twee uur en daarna met je huisgenoot gelopen")
    assert [e.phase for e in out if e.type == "match"] == ["current"]
    assert call.core.tracker.phase == before
    out = call.say("dus je gaat elke ochtend met de hond naar buiten")  # its content not sure: the question's phase
    assert [e.phase for e in out if e.type == "match"] == ["desired"]


@pytest.mark.parametrize("line", ["je zegt dat iedereen beter af is zonder jou",
                                  "dus iedereen is beter af zonder jou zeg je"])
def test_everyone_in_the_callers_own_words_is_a_disclosure_not_a_general_question(bank, line):
    # the caller's words given back, not the worker's screening question; since the forty-fifth session a possible
    # crisis to ask directly, as issue 14 lists "iedereen beter af zonder mij" among the hints (it confirmed a calm call)
    call = Call(bank)
    call.say("goedenavond met de nachtlijn")
    out = call.say(line)
    crises = [e for e in out if e.type == "crisis"]
    assert [(e.crisis, e.certainty, e.screening) for e in crises] == [("suicide", "possible", False)]


@pytest.mark.parametrize("line, question", [
    ("welterusten en doe je vader de groeten", False),  # the goodbye's own verb asks nothing
    ("slaap zacht mevrouw en tot morgen", False),
    ("komt u maar binnen zeg ik dan", False),  # "V u maar": a polite imperative
    ("belt u maar gerust als er iets is", False),
    ("ga je nu naar bed", True),  # no goodbye in it: still a question
    ("heb je nog iemand die je kunt bellen", True),
    ("welterusten en heb je de sleutel nog", True),  # a real question after the goodbye
    ("heb je maar twee uur geslapen", True),  # "maar" is "only" after an auxiliary: it asks
])
def test_a_goodbye_or_a_polite_imperative_is_no_question(line, question):
    from voice_companion.form import analyse
    from voice_companion.text import normalize

    assert analyse(normalize(line), line).question is question


@pytest.mark.parametrize("line, technique", [
    ("slaap zacht en doe je broer de groeten", "none"),
    ("hou je taai meneer", "none"),
    ("ja hoor ik ben er", "none"),  # presence, not the caller's words given back
])
def test_goodbyes_and_presence_are_no_intervention(classifier, line, technique):
    assert classifier.classify(line).technique == technique


def test_a_model_file_keeps_its_feature_names_and_the_older_layout_still_reads(tmp_path):
    import numpy as np

    from voice_companion.model import TechniqueModel

    names = ["w:ja", "c: één", "b:ik_bel", "z:coping"]  # accents and spaces survive the one-text layout
    model = TechniqueModel(classes=["coping", "none"], index={n: i for i, n in enumerate(names)},
                           weights=np.arange(8, dtype=np.float32).reshape(4, 2), bias=np.zeros(2, np.float32),
                           bank_digest="x")
    model.save(tmp_path / "new.npz")
    again = TechniqueModel.load(tmp_path / "new.npz")
    assert again.index == model.index and np.array_equal(again.weights, model.weights)
    np.savez_compressed(tmp_path / "old.npz", features=np.array(names), classes=np.array(model.classes),
                        weights=model.weights.astype(np.float16), bias=model.bias, bank_digest=np.array("x"))
    assert TechniqueModel.load(tmp_path / "old.npz").index == model.index
    with pytest.raises(ValueError):
        TechniqueModel(classes=["none"], index={"a\nb": 0}, weights=np.zeros((1, 1), np.float32),
                       bias=np.zeros(1, np.float32), bank_digest="x").save(tmp_path / "bad.npz")


@pytest.mark.parametrize("line", ["slapen ze al", "komen er vannacht nog treinen langs", "wonen er kinderen bij haar",
                                  "staan jullie nog buiten"])
def test_a_plural_verb_first_asks(line):
    from voice_companion.form import analyse

    assert analyse(normalize(line), line).question


@pytest.mark.parametrize("line", ["alleen er ligt nog geen brief", "misschien ze heeft wel gelijk",
                                  "morgen er is een afspraak bij de huisarts"])
def test_a_word_in_en_that_is_no_verb_does_not_make_a_question(line):
    from voice_companion.form import analyse

    assert not analyse(normalize(line), line).question


def test_who_is_with_the_caller_now_is_the_safety_check_not_coping(classifier):
    # the protocol's "alone now / who can come" (seed: crisis intervention), not the resources question
    assert classifier.classify("wie is er nu bij u thuis").technique == "safety"
    assert classifier.classify("wie is er voor je").technique == "coping"


@pytest.mark.parametrize("line", ["je weet meer dan je denkt hoor", "u kunt meer dan u denkt"])
def test_more_than_the_caller_thinks_is_a_compliment(classifier, line):
    assert classifier.classify(line).technique == "acknowledgement"
    assert classifier.classify("de opleiding kostte meer dan je dacht").technique != "acknowledgement"


@pytest.mark.parametrize("line", ["een kind van drie alleen met iemand die zoveel gedronken heeft dat is niet veilig",
                                  "dat is niet veilig voor een meisje van tien",
                                  "ik vind dit niet veilig voor jou en de baby"])
def test_the_worker_s_verdict_that_it_is_unsafe_is_the_safety_assessment(classifier, line):
    assert classifier.classify(line).technique == "safety"


def test_an_appraisal_without_danger_stays_acknowledgement(classifier):
    assert classifier.classify("dat is echt heel zwaar").technique == "acknowledgement"
    assert not classifier.classify("is het daar nu veilig").form.unsafe_verdict  # a question asks, it judges nothing


def test_a_goal_question_longer_than_the_visitors_short_one_is_asked_in_the_desired_phase(classifier):
    # the seed lists "Wat zou je willen?" under the visitor's next step; said so, it keeps that phase, but a
    # goal question built on it ("... daar meer van willen", "... met de bovenburen") asks for the desired situation
    assert classifier.classify("wat zou je willen").phase == "next_step"
    for line in ("wat zou u daar meer van willen", "wat zou je willen dat er anders is", "wat zou u willen met de bovenburen"):
        c = classifier.classify(line)
        assert (c.technique, c.phase) == ("goal", "desired"), line


@pytest.mark.parametrize("line", ["hoe heb je het eigenlijk zo ver laten komen", "wanneer ging het eigenlijk mis tussen jullie"])
def test_a_digging_question_the_rules_do_not_know_is_still_cause_when_the_model_is_sure(classifier, line):
    assert classifier.classify(line).technique == "cause"


@pytest.mark.parametrize("line", [
    "waaroom heb je die rekening niet betaald",  # a vowel doubled
    "warom ben je toen weggegaan",  # a vowel lost
    "waatrom wou hij niet mee",  # a letter in
    "waaromheb je niks gezegd",  # merged with the next word
    "hoe koomt hed dat de huur zo hoog is",  # soundalikes
    "hoekomt het dat je zo laat belt",  # merged
    "hoe komthet dat ze je niet terugbellen",
    "ho lang speelt dit al",  # "hoe" without its vowel, before its own verb
    "yn waarom heb je het niet verteld",  # "en" broken before the question word
    "mar hoe is het zo ver gekomen met de huur",
    "en hoe is zo ver gekomen",  # "het" swallowed
])
def test_a_cause_question_the_recognizer_garbled_is_still_cause(classifier, line):
    assert classifier.classify(line).technique == "cause", classifier.classify(line).why


@pytest.mark.parametrize("line", [
    "warm eten helpt je vannacht",  # a word one letter from "waarom", but an everyday word
    "hoe koomt het dat het toen wel lukte",  # what made it work: an exception question, garbled or not
    "ho ho rustig aan",
    "hoe gaat het nu met je",
    "dus het is zo ver gekomen dat de deurwaarder komt",  # the caller's story given back
    "waaroom denkt u dad uw zoon wilde dat u belde",  # another's view, or digging: through noise not known
])
def test_a_garbled_line_is_not_made_a_cause_question(classifier, line):
    assert classifier.classify(line).technique != "cause", classifier.classify(line).why


@pytest.mark.parametrize("line", [
    "hoe laang speelt het ruzie maken al",  # "lang" with its vowel doubled
    "komt het dat je baas je niet meer inroostert",  # its "hoe" swallowed
    "komd het dat de huur ineens omhoog ging",
    "oe komt het dat je moeder niet meer belt",  # "hoe" without its h
    "he komt het dat ze je niet hebben teruggebeld",  # "hoe" heard as "he"
    "hoe het dat die auto al weken stil staat",  # its "komt" swallowed
    "wacarom ben je gestopt met die opleiding",  # a letter in, as spelt ("c" folds to "k")
    "hm ezn warom ben je daar weggegaan",  # a broken "en" after the filler, "waarom" a vowel short
])
def test_a_cause_question_with_its_lead_damaged_is_still_cause(classifier, line):
    assert classifier.classify(line).technique == "cause", classifier.classify(line).why


@pytest.mark.parametrize("line", [
    "komt het uit als ik je morgen terugbel",  # "does it suit you": no "het dat"
    "he kom je morgen nog even langs bij de buurvrouw",
    "hoe gaat het nu met je benen",
    "hm eva waar woont ze nu",  # a short name before a question word that asks no cause
    "waarop wacht je nog",  # an everyday word one letter from "waarom"
    "hoe lang gaat die verbouwing nog duren",  # how long it will last: the future, no history
    "en hoe laang ga je dat zo nog volhouden",  # coping, garbled
])
def test_a_line_near_a_damaged_cause_lead_is_not_made_cause(classifier, line):
    assert classifier.classify(line).technique != "cause", classifier.classify(line).why


def test_cause_words_in_a_statement_are_not_a_cause_question(classifier):
    assert classifier.classify("het is zo ver gekomen omdat de brieven bleven liggen").technique != "cause"


def test_the_workers_own_concern_beside_a_weak_signal_makes_a_crisis_possible(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    first = call.say("je loopt nu door het bos")  # a place alone opens nothing (by the canal at night the retrained
    # crisis model of the forty-fifth session reads as a hint itself)
    assert not [e for e in first if e.type == "crisis"]
    call.t += 20
    out = call.say("ik maak me zorgen om je")
    assert [(e.crisis, e.certainty) for e in out if e.type == "crisis"] == [("suicide", "possible")]


def test_concern_alone_or_about_a_bill_opens_nothing(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("de rekening is hoog")
    call.t += 20
    out = call.say("ik maak me zorgen om je")
    assert not [e for e in out if e.type == "crisis"]


def test_a_line_wholly_in_u_switches_the_register_at_once():
    from voice_companion.tracker import SessionTracker

    tracker = SessionTracker()
    tracker._observe_register("goedenavond waar kan ik je mee helpen")
    assert tracker.register == "je"
    assert tracker._observe_register("oh neemt u me niet kwalijk mevrouw waar belt u over") == ("u", "je")
    assert tracker.register == "u"
    # a single "je" may be generic ("dan weet je het niet"): back to "je" only when two lines agree
    assert tracker._observe_register("ja dan weet je het ook niet") is None
    assert tracker.register == "u"
    assert tracker._observe_register("en hoe hou je het vol") == ("je", "u")


def test_shut_only_beside_the_supply_is_a_cut_off(bank):
    detector = CrisisDetector(bank)
    assert "utility_cutoff" in _named_or_hinted(detector, "het gas is dicht sinds gisteren")
    assert "utility_cutoff" not in _named_or_hinted(detector, "je doet de zaak dicht en dan ga je hardlopen langs het water")


def test_giving_all_ones_things_away_as_no_longer_needed_is_a_suicide_hint(bank):
    detector = CrisisDetector(bank)
    assert "suicide" in _named_or_hinted(detector, "u heeft al uw spullen uitgedeeld omdat u ze toch niet meer nodig heeft")
    assert not _named_or_hinted(detector, "je hebt je spullen weggegeven aan de kringloop want je hebt ze niet meer nodig")


@pytest.mark.parametrize("line, crisis", [
    # a home at stake, said through what happens to it
    ("vanaf maandag zit je zonder onderdak", "eviction"),
    ("ze hebben je kast en je matras op de stoep gezet", "eviction"),
    ("de politie komt je eruit halen als je niet zelf vertrekt", "eviction"),
    ("het huis is geveild en de nieuwe eigenaar wil dat jullie eruit zijn", "eviction"),
    ("na zondag mag je de stacaravan niet meer in", "eviction"),
    ("je durft die brief van de kantonrechter niet open te maken", "eviction"),
    ("de termijn van de rechter is vrijdag om", "eviction"),
    # a house cut off: the winter stop ending, heat gone with a bill open, coats on indoors
    ("vanaf een april mogen ze weer afsluiten", "utility_cutoff"),
    ("de kachel blijft koud sinds die brief van de leverancier", "utility_cutoff"),
    ("jullie zitten met de jassen aan in de woonkamer", "utility_cutoff"),
    ("de leverancier heeft de levering opgeschort", "utility_cutoff"),
    ("morgen zitten jullie zonder zegt het energiebedrijf", "utility_cutoff"),
    # no tomorrow, an earlier attempt, affairs put in order
    ("je ziet voor jezelf geen toekomst meer", "suicide"),
    ("je weet niet of je de nacht nog doorkomt en dat hoeft ook niet", "suicide"),
    ("je hebt het vorig jaar al eens geprobeerd en nu denk je er weer aan", "suicide"),
    ("je hebt al je pincodes opgeschreven voor je zus", "suicide"),
    # the worker's own check on someone else, a child left asleep, locked in, fled with the children
    ("is er nu een volwassene bij de kleintjes", "unsafe_vulnerable"),
    ("is je oma vannacht alleen", "unsafe_vulnerable"),
    ("is hij nog in huis", "unsafe_vulnerable"),
    ("is er iemand in huis die je pijn kan doen", "unsafe_vulnerable"),
    ("het kindje ligt boven te slapen en jij werkt tot vier uur in de haven", "unsafe_vulnerable"),
    ("hij heeft de deur op slot gedaan en je kan er niet uit", "unsafe_vulnerable"),
    ("je bent met de kinderen gevlucht en zit nu zonder geld op het station", "unsafe_vulnerable"),
    ("je bent bang dat hij vannacht terugkomt", "unsafe_vulnerable"),  # fear that he comes back: harm said
    ("je bent bang dat je broer vannacht in elkaar geslagen wordt", "unsafe_vulnerable"),
    ("het mes uit de keuken is weg en je dochter neemt niet op", "unsafe_vulnerable"),
    ("je zus heeft slaappillen genomen met wijn en ze praat vreemd", "unsafe_vulnerable"),
    ("je hebt een harde klap gehoord bij je buurman van negentig", "unsafe_vulnerable"),  # a fall next door
    ("iemand klopt al een uur op de muur bij de bovenburen", "unsafe_vulnerable"),
    ("je hebt alvast dozen gehaald voor als het gebeurt met de woning", "eviction"),
    ("als we vrijdag de huur niet betalen staan we op straat", "eviction"),
    ("als u niet betaalt komen ze het gas eraf halen", "utility_cutoff"),
    ("ze vinden je straks nog wel in de schuur", "suicide"),  # being found: a place and what it implies
    ("u bent bang dat hij weer gaat slaan als hij thuiskomt", "unsafe_vulnerable"),  # fear with the harm said
])
def test_a_hint_worded_through_what_happens_makes_that_crisis_possible(classifier, line, crisis):
    c = classifier.classify(line)
    assert crisis in c.possible + c.crisis


@pytest.mark.parametrize("line", [
    "je hebt je oude bank en je kast aan de straat gezet voor het grofvuil",
    "de deurwaarder heeft laten weten dat alles afbetaald is",  # the threat said to be off
    "je moet na de zomer uit je kamer maar je hebt al een nieuwe kamer",
    "het licht in de schuur gaat niet meer aan maar de rest van het huis heeft stroom",
    "je hebt het al eens geprobeerd met een dieet en nu wil je weer afvallen",
    "je hebt je wachtwoorden opgeschreven voor je man omdat je op vakantie gaat",
    "je bent klaar met je leven als student",
    "je hebt je spullen weggegeven omdat je naar het buitenland emigreert",
    "de brief van de rechtbank over je scheiding durf je niet open te maken",
    "je vrouw is met de kinderen vertrokken en nu wil ze scheiden",
    "je bent bang dat ze je uitlacht",  # fear without harm
    "de laatste trein gaat om twaalf uur en daarna kun je nergens meer heen",  # no transport, no home at stake
    "er is een register waarmee je jezelf kunt laten uitsluiten van het casino",
    "heeft u al een herinnering gekregen of is het nu alleen die rekening",  # "only", not "alone"
    "je gaat je oude kamer ontruimen want je gaat samenwonen",
    "op je werk was er vandaag een ontruimingsoefening",
    "je hebt de sleutel van de berging ingeleverd",
    "je vriend is dronken thuisgekomen en slaapt zijn roes uit",
    "in zijn liedjes rapt hij over messen en steken",
    "je hebt je gasaansluiting laten weghalen",
    "je hebt een koophuis gevonden en je huurcontract opgezegd",
    "je moet op je werk even wat gas eraf halen",  # slow down, the idiom
    "de kinderen vinden je wel leuk op zolder",  # to find someone nice is no being found
    "en u bent bang dat hij weer weggaat naar zijn vrienden",  # fear that he leaves again names no harm
])
def test_an_ordinary_line_worded_like_such_a_hint_is_no_crisis(classifier, line):
    c = classifier.classify(line)
    assert set(c.possible + c.crisis) <= {"life_event"}  # a divorce is a life event, never a crisis


def test_a_line_that_says_the_threat_is_off_names_no_crisis_but_never_silences_another(classifier):
    settled = classifier.classify("de stroom was afgesloten maar het is betaald en alles doet het weer")
    assert "utility_cutoff" not in settled.crisis + settled.possible
    # only one's own house dark while the street has light is a cut-off, not a sign that all is well
    street = classifier.classify("bij jou is het donker terwijl de rest van de straat gewoon licht heeft")
    assert "utility_cutoff" in street.crisis + street.possible
    # "settled" words of an eviction say nothing of a life in danger in the same line
    both = classifier.classify("de huur is helemaal betaald maar je wilt niet meer leven")
    assert "suicide" in both.crisis and "eviction" not in both.crisis + both.possible
    # a threat still to be settled is no settlement
    pending = classifier.classify("de deurwaarder komt morgen want de huur is nog niet helemaal betaald")
    assert "eviction" in pending.crisis


def test_a_malformed_settled_rule_is_named_with_its_crisis(tmp_path):
    _, errors = _check_bank_with(tmp_path, "    settled:\n      - all: [", "    settled:\n      - alle: [")
    assert errors and any("settled" in e for e in errors), errors


def test_the_greeting_has_no_phase_and_an_invitation_after_it_is_the_current_situation(bank):
    call = Call(bank)
    first = call.say("goedenavond met de nachtlijn")
    call.say("wat kan ik voor u doen")
    call.say("dus u heeft vanavond ruzie gehad met uw buurman")
    call.say("wat zou u willen dat er morgen anders is")
    later = call.say("en waar belt u eigenlijk vandaan")  # an invitation again, deep in the call
    assert [(e.technique, e.phase) for e in first if e.type == "match"] == [("welcome", None)]
    welcome = [e for e in call.of("match") if e.technique == "welcome"]
    assert [e.phase for e in welcome[1:]] == ["current"] * (len(welcome) - 1) and len(welcome) >= 2
    assert all(e.phase != "desired" for e in later if e.type == "match" and e.technique == "welcome")


def test_a_coping_question_is_about_the_situation_now_in_any_part_of_the_call(bank):
    call = Call(bank)
    for line in ["goedenavond met de nachtlijn", "waar belt u over", "wat zou u willen dat er anders wordt",
                 "wanneer ging het wel beter", "wat is een eerste kleine stap voor morgen"]:
        call.say(line)
    late = call.say("en hoe houdt u het intussen vol")
    assert [(e.technique, e.phase) for e in late if e.type == "match"] == [("coping", "current")]
    assert any(e.phase == "next_step" for e in call.of("match"))  # the call had moved on: the tracker's phase stays


def test_a_takeover_or_handover_ticks_only_on_the_workers_own_act_not_on_an_echo_or_praise(bank):
    call = _Call(bank, step=20.0, interaction="customer")
    for line in ["goedenavond met de nachtlijn je spreekt met sem",
                 "dus de stroom is vanmiddag afgesloten en je zit in het donker",
                 "je zus van het buurtteam heeft je vorig jaar al eens geholpen met je post",  # an echo of help before
                 "nou dat heb je toch mooi geregeld",  # praise
                 "ik snap dat je eindelijk eens wil dat iemand luistert"]:  # "eindelijk" is no misheard "tijdelijk"
        call.say(line)
    assert not {"mandate_temporary", "handover"} & {e.item for e in call.of("protocol")}
    call.say("vind je het goed dat ik morgenochtend het buurtteam bel zodat zij met het energiebedrijf praten")
    assert {"mandate_temporary", "handover"} <= {e.item for e in call.of("protocol")}


def test_a_scale_whose_ends_speak_of_safety_checks_the_crisis_at_hand_and_opens_no_other(bank):
    call = _Call(bank, step=20.0, interaction="customer")
    for line in ["goedenacht met de nachtlijn je spreekt met noor",
                 "je zegt dat je vannacht een einde aan je leven wilt maken",
                 "heb je er al over nagedacht hoe je dat zou doen",
                 "als nul is ik zie geen uitweg meer en tien is ik ben veilig tot morgen waar zit je dan nu",
                 "en als die geldschieter weer belt en er is een bedreiging dan bel je de politie"]:
        call.say(line)
    assert [e for e in call.of("crisis") if e.crisis == "suicide" and e.certainty == "confirmed"]
    assert not [e for e in call.of("crisis") if e.crisis == "unsafe_vulnerable" and e.certainty == "confirmed"]


@pytest.mark.parametrize("line, crisis", [
    # a home lost by a day, the last time its door shuts, sold at auction, shown to the next tenant, cleared by them
    ("vanaf vrijdag heeft u geen adres meer", "eviction"),
    ("over twee weken heb je geen woning meer", "eviction"),
    ("zaterdag trek je de deur voor het laatst achter je dicht", "eviction"),
    ("de woning wordt geveild en de koper wil er in maart in", "eviction"),
    ("de nieuwe huurder kwam gisteren al kijken terwijl jij er nog woont", "eviction"),
    ("waar slaap je dan vrijdag met de kinderen", "eviction"),
    ("ze willen jullie gewoon de straat op sturen", "eviction"),
    ("ze komen donderdag de boel leeghalen", "eviction"),
    ("vier maanden huur achter en nu een brief van de kantonrechter", "eviction"),
    # a supply cut off, told through the house: someone came to shut it, washing from a bottle, power from next door
    ("er kwam gisteren een man de stroom afsluiten", "utility_cutoff"),
    ("de kachel is niet kapot het komt door de rekening", "utility_cutoff"),
    ("je hebt een achterstand bij het energiebedrijf en ze komen volgende week langs", "utility_cutoff"),
    ("je wast de kinderen met flessen water uit de supermarkt", "utility_cutoff"),
    ("de koelkast viel uit sinds die monteur er was", "utility_cutoff"),
    ("de buurvrouw heeft een verlengsnoer door het raam gelegd voor jullie lampen", "utility_cutoff"),
    ("de lampen doen al vier dagen niks", "utility_cutoff"),
    ("het is bij jullie thuis stikdonker", "utility_cutoff"),
    # a life at stake: the pull of the track or the water, being with the one who died, calm since deciding it
    ("je loopt elke avond naar de brug en blijft daar lang staan", "suicide"),
    ("u wilt bij uw man zijn sinds hij dood is", "suicide"),
    ("de lieve heer mag me komen halen zegt u", "suicide"),
    ("je bent zo kalm sinds je het besloten hebt", "suicide"),
    ("je wilt dat het voor altijd stil is in je hoofd", "suicide"),
    ("je hebt alle pillen van je moeder uit de kast gepakt", "suicide"),
    ("je vraagt of ik tegen je zus wil zeggen dat het niet haar schuld is", "suicide"),
    # someone at risk, told through a detail
    ("je dochter kwam thuis met blauwe plekken en zegt niks", "unsafe_vulnerable"),
    ("hij heeft nog een sleutel en je durft vannacht niet te slapen", "unsafe_vulnerable"),
    ("je weet niet wat hij gaat doen als hij straks dronken thuiskomt", "unsafe_vulnerable"),
    ("je moeder is dement en laat de pit aan staan", "unsafe_vulnerable"),
    ("je broer drinkt zo veel dat hij de kinderen vergeet te eten te geven", "unsafe_vulnerable"),
    ("de thuiszorg komt niet meer en oma heeft al twee dagen niks gegeten", "unsafe_vulnerable"),
    ("hij liet je het mes zien en zei dat het voor jou is", "unsafe_vulnerable"),
    ("je vader heeft 's nachts zuurstof nodig en dat apparaat werkt op stroom", "unsafe_vulnerable"),
    # after locked22's run (fitted to it; own wording): one's own house dark while the neighbours have light
    ("bij jullie is de stroom weg maar de buren hebben gewoon licht", "utility_cutoff"),
    # what one needs left behind with a note; a bridge's height looked up; the thoughts asked about tonight
    ("je sleutels en je telefoon liggen op tafel met een brief voor je moeder", "suicide"),
    ("je hebt gegoogeld hoeveel pillen te veel is", "suicide"),
    ("zijn de gedachten nu sterker dan gisteren", "suicide"),
    ("u wilt naar uw man die in maart is overleden", "suicide"),
    # a frail man out in his slippers at night; papers kept by the boss; a parent drunk with a small child in bed
    ("je opa loopt op zijn pantoffels buiten en is nog niet terug", "unsafe_vulnerable"),
    ("de werkgever heeft je paspoort ingenomen en geeft het niet terug", "unsafe_vulnerable"),
    ("de kleine ligt in het kinderbed en jij hebt een hele fles wijn op", "unsafe_vulnerable"),
    ("zijn u en de kinderen nu veilig", "unsafe_vulnerable"),
    # session 7 (forms found in a development set, worded here anew)
    ("de kantonrechter heeft een vonnis gewezen en er staat een datum op", "eviction"),
    ("de woningbouw stuurt maandag een verhuisbus en jij hebt nog niks geregeld", "eviction"),
    ("je weet niet of je er vrijdag nog naar binnen kan", "eviction"),
    ("de standplaats van je woonwagen is ingetrokken", "eviction"),
    ("je hebt de televisie bij je zus gebracht zodat ze die niet kunnen meenemen", "eviction"),
    ("je hebt een slaapplaats nodig als het woensdag doorgaat", "eviction"),
    ("jullie koken nu op een gasstelletje in de woonkamer", "utility_cutoff"),
    ("je energiecontract is opgezegd omdat de rekeningen niet betaald zijn", "utility_cutoff"),
    ("je haalt elke ochtend water bij de buurvrouw", "utility_cutoff"),
    ("er was iemand aan de gasmeter bezig en sindsdien geen warm water", "utility_cutoff"),
    ("de kinderen eten al dagen bij de zaklamp", "utility_cutoff"),
    ("de motor loopt en de garagedeur zit dicht", "suicide"),
    ("je hebt de tuinslang al aan de uitlaat vastgemaakt", "suicide"),
    ("je hebt nagekeken of je levensverzekering dan uitkeert", "suicide"),
    ("u wilt uw man achterna", "suicide"),
    ("je buurman moet morgen je kat komen halen en hij weet niet waarom", "suicide"),
    ("je hebt je horloge in een envelop gedaan met een brief voor je zoon", "suicide"),
    ("je hebt je broer nog gebeld om gedag te zeggen en hij had niks door", "suicide"),
    ("je man heeft een mes gepakt en kwam op je af", "unsafe_vulnerable"),
    ("je zus wordt deze zomer uitgehuwelijkt", "unsafe_vulnerable"),
    ("je dochter mag niet meer naar school van haar vader", "unsafe_vulnerable"),
    ("de jongen krijgt thuis klappen met de broekriem", "unsafe_vulnerable"),
    ("je oma heeft sinds gisteren niets gegeten en de thuiszorg komt niet", "unsafe_vulnerable"),
    ("je moeder is stomdronken en de kinderen hebben honger", "unsafe_vulnerable"),
    ("heeft je vriend jou of je zoontje weleens pijn gedaan", "unsafe_vulnerable"),
    ("toen hij dronken thuiskwam zijn alle borden kapot gegooid", "unsafe_vulnerable"),
    ("er staat een koffer bij de deur met de paspoorten van de kinderen voor als hij weer begint", "unsafe_vulnerable"),
    ("als hij uit de kroeg komt moet je op eieren lopen", "unsafe_vulnerable"),
    ("je hebt alles opgeruimd zodat je vriendin het niet zo hoeft aan te treffen", "suicide"),
    ("de map met alles ligt klaar zodat niemand morgen hoeft te zoeken", "suicide"),
    # after locked23's run (fitted to it; own wording)
    ("de polissen liggen op tafel met een brief voor je vrouw", "suicide"),
    ("je durft niet naar huis zolang je vriend nog wakker is", "unsafe_vulnerable"),
    ("je kijkt vanaf je werk op je telefoon naar de camera in de kamer van je dochtertje", "unsafe_vulnerable"),
    ("je moet je spullen eruit hebben voordat ze vrijdag de woning dichtmaken", "eviction"),
    ("je staat bij de brug en je weet niet waarom je daar bent", "suicide"),
    ("kan je moeder vannacht alleen zijn zonder dat haar iets overkomt", "unsafe_vulnerable"),
    # after locked24's run (fitted to it; own wording)
    ("je hebt vanavond brieven voor je drie zonen geschreven en ze in de auto gelegd", "suicide"),
    ("je zus mag niet mee zwemmen omdat je moeder niet wil dat iemand haar armen ziet", "unsafe_vulnerable"),
])
def test_a_hint_told_through_a_detail_makes_that_crisis_possible(classifier, line, crisis):
    c = classifier.classify(line)
    assert crisis in c.possible + c.crisis


@pytest.mark.parametrize("line", [
    "je gaat op vakantie en hebt twee weken geen adres in nederland",  # travelling, not homeless
    "na de verhuizing heb je geen huis meer in utrecht maar wel in zwolle",
    "je doet de deur van de winkel voor het laatst dicht want je gaat met pensioen",
    "op de veiling heb je een oude kast gekocht",
    "de nieuwe huurder van je oude kamer is heel aardig",  # you moved out yourself
    "waar slaap je zaterdag na het festival",
    "ze sturen de kinderen na school de straat op om te spelen",
    "je gaat met je broer de boel bij je vader leeghalen nu hij in het verpleeghuis woont",
    "ze komen de weg afsluiten voor de markt",
    "de ketel is kapot en de monteur komt morgen",
    "je hebt je auto met flessen water gewassen",
    "de buurman heeft een verlengsnoer geleend voor zijn heggenschaar",
    "de lampen in het trappenhuis doen het niet",
    "het is buiten al om vijf uur stikdonker",
    "je vist elke zondag op de dijk en daar is het zo lekker rustig",
    "je gaat elke dag naar het graf om bij hem te zijn en bloemen te brengen",
    "opa is naar de hemel zeggen de kinderen",
    "je hebt besloten te stoppen met je studie en voelt eindelijk rust",
    "je hebt de oude pillen allemaal naar de apotheek gebracht",  # handed in, not hoarded
    "je zoon van zeventien is alleen thuis en dat is prima",
    "uw kleindochter van acht was een uurtje alleen en dat was zo afgesproken",
    "je schrijft een afscheidsbrief voor je collega's omdat je met pensioen gaat",
    "de brief van de deurwaarder was voor de vorige bewoner",
    "er stond een man aan de deur maar het was de meteropnemer",
    "je huurcontract loopt af en je trekt bij je vriend in",
    "je wilt vanavond nergens meer heen je blijft lekker thuis",
    "de nieuwe zuurstofconcentrator wordt morgen geleverd",
    "je hebt je oude bank op straat gezet voor het grofvuil",
    "de wasmachine is lek geslagen en de vloer is nat",  # a machine struck a leak, nobody was hit
    "het gas en de stroom doen het gewoon die zijn niet afgesloten",  # the worker's check found nothing
    "je hebt je paspoort op tafel laten liggen toen je naar je werk ging",
    "je hebt voor je spreekbeurt opgezocht hoe hoog de brug is",
    "je loopt in je pyjama naar de brievenbus voor de krant",
    "je hebt je paspoort bij de gemeente ingeleverd voor een nieuwe",
    "omdat je nog stroom hebt kun je gewoon koken",  # the supply said to be there
    # session 7 near misses
    "je hebt een touw gekocht om de boot vast te leggen",
    "de aanmaning van de deurwaarder is van twee jaar geleden en is toen betaald",
    "de slotenmaker kwam omdat je je sleutels kwijtgeraakt was",
    "de stoppen sloegen eruit en nu zit je bij kaarslicht tot je vriend terug is",
    "de monteur komt donderdag een slimme meter ophangen",
    "je hebt je jachtgeweer ingeleverd toen je stopte met de jacht",
    "je hebt vandaag afscheid genomen van je collega's en dat was emotioneel",
    "het hoeft voor jou niet meer dat etentje van zondag",
    "je kookt op een gasstelletje want jullie zijn aan het kamperen",
    "je schreeuwt weleens tegen de kinderen als je moe bent",
    "de gasmeter wordt weggehaald omdat het huis van het gas af gaat",
    "je pakt een koffer in met de paspoorten want jullie vliegen zaterdag naar turkije",
    "de spiegel is kapot gegaan toen de bal ertegen kwam",
    "je hebt de kinderen bij je in bed genomen omdat het onweerde",
    "na de reorganisatie ben je op straat gezet met een doos met spullen",  # fired, not evicted
    "je durft niet naar boven omdat er een spin op de overloop zit",
    "de babyfoon staat aan en je ziet op je telefoon dat de kleine slaapt terwijl jij beneden tv kijkt",
    "je hebt jezelf buitengesloten en de slotenmaker komt zo de deur open te maken",
    "je dochter mag niet gymmen want ze heeft haar enkel gebroken en loopt in het gips",
    "als je zoon straks het huis uit is ben je hem kwijt",  # a child leaving home
    "je kleinkinderen wil je voor geen goud kwijt",
    "nu je met pensioen bent hoef je 's ochtends nergens heen",
])
def test_an_ordinary_line_told_with_the_same_details_is_no_crisis(classifier, line):
    c = classifier.classify(line)
    assert set(c.possible + c.crisis) <= {"life_event"}


def test_gas_and_power_said_not_yet_cut_off_is_still_a_threat(classifier):
    c = classifier.classify("het gas is nog niet afgesloten maar ze komen morgen")
    assert "utility_cutoff" in c.possible + c.crisis
    c = classifier.classify("je hebt gelukkig nog stroom tot vrijdag en dan sluiten ze af")
    assert "utility_cutoff" in c.possible + c.crisis


def test_the_callers_clear_no_given_back_is_no_disclosure_but_a_doubt_keeps_it(classifier):
    """A denial summed up ("je zegt heel duidelijk nee") settles the direct question; a "maar" does not."""
    c = classifier.classify("ik vroeg je of je gedachten hebt om een einde aan je leven te maken en je zegt heel duidelijk nee")
    assert "suicide" not in c.crisis + c.possible
    c = classifier.classify("je zegt nee maar je hebt wel pillen opgespaard")
    assert "suicide" in c.crisis + c.possible


def test_a_settled_rule_that_is_vetoed_leaves_the_crisis_to_the_model(classifier):
    """A settled rule vetoed by its own unless ("slimme meter" but "op afstand uitgezet") must not silence the rest."""
    c = classifier.classify("de slimme meter is op afstand uitgezet en de leverancier heeft je drie keer aangeschreven")
    assert "utility_cutoff" in c.crisis + c.possible


def test_a_thanks_for_honesty_after_the_callers_no_confirms_nothing(bank):
    """A hint, the direct question, the caller's no given back, then "goed dat je dat zo eerlijk zegt": the thanks
    is for the no; after a yes (no "nee" given back) the same thanks confirms the crisis."""
    def run(answer: str):
        call = Call(bank)
        call.say("goedenacht met de nachtlijn")
        call.say("je weet niet meer wie je bent en je vrouw zegt dat je haar alleen maar in de weg loopt")
        call.say("denk je er weleens aan om er niet meer te willen zijn")
        out = call.say(answer) + call.say("goed dat je dat zo eerlijk zegt")
        return [(e.crisis, e.certainty) for e in out if e.type == "crisis"]

    assert ("suicide", "confirmed") not in run("nee joh daar ben je veel te koppig voor")
    assert ("suicide", "confirmed") in run("dat denk je al een paar weken")


@pytest.mark.parametrize("line", [
    "heeb j nog stroom en gas in huis of is het al af",  # "heb je", a vowel doubled and a letter lost
    "deenkt bu erover om een eind aan uw leven te maken",  # "denkt u"
    "ikvraag het je recht op de man af denk je eraan om jezelf iets aan te doen",  # "ik vraag" run together
    "mag it u iets vrachen zijn er gedachten om uzelf iets aan te doen",  # the announcement misheard
    "speelt zelfdoding door uw hoofd",  # the idiom with its verb first
])
def test_a_screening_question_garbled_by_the_recognizer_stays_the_workers_own_check(bank, line):
    call = Call(bank)
    states = [(e.crisis, e.certainty) for e in call.say(line) if e.type == "crisis"]
    assert states and all(certainty == "possible" for _, certainty in states)


@pytest.mark.parametrize("line", [
    "je wil een eind aan je leven maken",
    "dus je vriend heeft je geslagen en je durft niet naar huis",
    "u heeft al weken zelfmoord gedachten",
    "je kunt het zo niet meer en je wilt dood",
])
def test_the_callers_crisis_given_back_still_confirms_with_the_noise_check_in_place(bank, line):
    from voice_companion.garbled import asks_through_noise

    assert not asks_through_noise(normalize(line))
    call = Call(bank)
    assert any(e.type == "crisis" and e.certainty == "confirmed" for e in call.say(line))


@pytest.mark.parametrize("line", [
    "u heeft een exploot gekregen met daarop dinsdag tien uur",  # the bailiff's writ, by its own name
    "je hebt het exploot nog niet durven lezen",
])
def test_the_bailiffs_writ_is_an_eviction_by_name(classifier, line):
    assert "eviction" in classifier.classify(line).crisis


@pytest.mark.parametrize("line", ["je werkt zelf bij stedin als monteur", "de monteur van enexis kwam de slimme meter ophangen"])
def test_a_grid_operator_named_in_everyday_talk_is_no_cut_off(classifier, line):
    assert not {h.crisis for h in classifier.classify(line).evidence if not h.kind.startswith("weak")}


@pytest.mark.parametrize("line", [
    # (twelfth session) the threat said off in general forms: nothing owed or dated, paid by the caller, works in
    # the home, the street's fault, a leak; thoughts said to be over, suicide denied in a statement; the noise or
    # bruise explained, no fear of the person, safe now, help already there, the children at grandma's
    "dus er is geen huurachterstand en de verhuurder wil alleen praten over de kat",
    "in de brief staat geen datum, het is een uitnodiging voor een gesprek",
    "de achterstand bij de energie heb je vorige week betaald en dat is bevestigd",
    "de corporatie komt volgende maand de badkamer vervangen en je moet de kastjes leeg halen",
    "de stroom is vanavond weg door een storing in de wijk en de netbeheerder is bezig",
    "je hebt zelf het water dichtgedraaid omdat de leiding lekt",
    "die gedachten heb je nu niet meer en je praat er elke week over met je psycholoog",
    "u zegt dat u er nooit aan zelfdoding heeft gedacht en u wilt er zijn voor uw kinderen",
    "het gebonk boven was de televisie van de buurman die hard stond",
    "de schaafwond op haar knie is van de training gisteren",
    "je bent niet bang voor hem, hij is alleen erg chagrijnig sinds hij thuis zit",
    "je zegt dat je nu veilig bent, je zit bij je moeder op de bank",
    "uw vader is gevallen maar de huisarts is al geweest en hij heeft zijn alarmknop om",
    "de jongens slapen vannacht bij oma dus je hebt het huis voor jezelf",
    # the words of the worker's safety questions about everyday things
    "kan de loodgieter morgen binnenkomen als jij op je werk bent",
    "durf je thuis te slapen nu het zo stormt",
    "hoeveel pillen heb je per dag voorgeschreven gekregen",
    "is er iemand die morgen voor de kinderen kan zorgen als je naar het ziekenhuis moet",
    # after locked30's run: the same details in everyday talk
    "de storm heeft vannacht de tent op de camping platgeslagen",
    "je moeder hoeft zich geen zorgen meer te maken want je hebt werk gevonden",
    "de buurman is tachtig en sinds zondag op vakantie bij zijn dochter",
    "de baby ligt al uren op de grond op haar speelkleed tevreden naar de lampjes te kijken",
    "je moet vrijdag even je kamer uit voor de schilder maar daarna mag je gewoon terug",
    "de waterleiding in de straat wordt vervangen dus je zit dinsdag een ochtend zonder water",
])
def test_a_line_that_says_the_threat_is_off_is_no_crisis(classifier, line):
    c = classifier.classify(line)
    assert set(c.possible + c.crisis) <= {"life_event"}, (line, c.crisis, c.possible)


@pytest.mark.parametrize("line, crisis", [
    # the same forms with what keeps the threat on: a part paid, still no date but a bailiff, thoughts back
    # tonight, safe only until he comes back, the child staying with someone who is a danger
    ("de ontruiming gaat gewoon door ook al heb je een deel betaald", "eviction"),
    ("er staat nog geen datum in maar de deurwaarder heeft wel gebeld dat hij komt", "eviction"),
    ("die gedachten om er een eind aan te maken waren weg maar sinds vannacht zijn ze er weer", "suicide"),
    ("je bent nu veilig bij de buren maar hij heeft een mes en de kinderen zijn nog thuis", "unsafe_vulnerable"),
    ("je dochtertje logeert vannacht bij oma en opa is dronken en slaat met deuren", "unsafe_vulnerable"),
    ("u zit in de kou met kaarsen en de vriezer ontdooit sinds de monteur van de meter geweest is", "utility_cutoff"),
    # (twelfth session, after locked30's run: fitted forms, own wording) nobody to worry any more from a day on; an
    # old neighbour not seen for days; someone who fell and lies on the floor
    ("je zei dat niemand zich na dit weekend nog zorgen hoeft te maken, dat je moeder zich straks geen zorgen meer "
     "hoeft te maken", "suicide"),
    ("de buurvrouw is negentig en sinds zaterdag heeft niemand haar gezien", "unsafe_vulnerable"),
    ("hij is van de trap gevallen en ligt nu onderaan de trap en komt niet meer overeind", "unsafe_vulnerable"),
])
def test_the_same_forms_with_the_threat_still_on_stay_a_crisis(classifier, line, crisis):
    c = classifier.classify(line)
    assert crisis in c.possible + c.crisis, (line, c.crisis, c.possible)


@pytest.mark.parametrize("line, phase", [
    # (twelfth session) a compliment's phase from its content: a success once (exceptions), the situation now
    ("knap dat je dat toen twee jaar lang hebt volgehouden", "exceptions"),
    ("tjonge dat moet zwaar voor je zijn", "current"),
    ("wat vervelend dat je dit vannacht allemaal over je heen krijgt", "current"),
])
def test_a_compliments_phase_follows_what_it_praises(classifier, line, phase):
    c = classifier.classify(line)
    assert (c.technique, c.phase) == ("acknowledgement", phase), c.why


def test_without_the_acknowledgement_phase_model_a_compliment_is_the_situation_now(tmp_path):
    """The model is an addition: a bank without it keeps the technique's own phase (and bank check says nothing)."""
    import shutil

    from voice_companion.bank import DEFAULT_BANK, load_bank

    for name in ("nl.yaml", "nl-model.npz", "nl-phase-model.npz"):
        shutil.copy(DEFAULT_BANK.with_name(name), tmp_path / name)
    bank = load_bank(tmp_path / "nl.yaml")
    assert check_bank(tmp_path / "nl.yaml")[1] == []
    c = Classifier(bank).classify("knap dat je dat toen twee jaar lang hebt volgehouden")
    assert (c.technique, c.phase) == ("acknowledgement", "current")


@pytest.mark.parametrize("line, crisis", [
    # (twelfth session) the worker's direct questions about the danger, in general forms: a possible crisis to check,
    # never a confirmed one (own wording)
    ("ben je daar nu veilig", "unsafe_vulnerable"),
    ("ben je nu veilig", "unsafe_vulnerable"),  # verb first: not the statement "je bent nu veilig" that settles
    ("is ze nu veilig bij haar vader", "unsafe_vulnerable"),
    ("kan hij vannacht gewoon bij je binnenkomen", "unsafe_vulnerable"),
    ("durf je straks nog naar huis", "unsafe_vulnerable"),
    ("is er vannacht iemand die voor de kinderen kan zorgen", "unsafe_vulnerable"),
    ("kan ze ergens slapen waar niemand haar iets kan doen", "unsafe_vulnerable"),
    ("en waar liggen die pillen nu", "suicide"),
    ("hoeveel tabletten heb je daar liggen", "suicide"),
])
def test_a_direct_question_about_the_danger_is_a_possible_crisis_to_check(classifier, line, crisis):
    c = classifier.classify(line)
    assert crisis in c.possible and crisis not in c.crisis, (line, c.crisis, c.possible)


def test_the_workers_own_safety_question_in_a_hints_words_is_a_check_that_fades(bank):
    """ "Ben je op dit moment veilig?" in a life-event call: the worker asked directly, so the page listens for the
    answer instead of asking to ask; moving on to ordinary talk ends the check (issue 14, point 3)."""
    call = Call(bank)
    call.say("goedenavond met de nachtlijn wat kan ik voor je doen")
    call.say("dus je vriend heeft het vanavond uitgemaakt na zes jaar")
    out = call.say("ben je op dit moment veilig")
    assert [(e.crisis, e.certainty) for e in out if e.type == "crisis"] == [("unsafe_vulnerable", "possible")]
    assert call.core.tracker.crises["unsafe_vulnerable"].screened_only
    for line in ["fijn dat je dat zo zegt", "wat heeft je eerder geholpen als het zwaar was",
                 "hoe heb je dat toen gedaan", "wat zou je morgen willen doen"]:
        call.say(line)
        call.t += 20
    assert not [e for e in call.of("crisis") if e.certainty == "confirmed"]
    assert [(e.crisis, e.reason) for e in call.of("crisis_end")] == [("unsafe_vulnerable", "faded")]


def _crises_after_greeting(bank, lines, *, gaps):
    """(crisis, certainty) of the crisis events the lines raise, said after a greeting with `gaps` seconds between."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    events = []
    for line, gap in zip(lines, gaps if isinstance(gaps, list) else [gaps] * len(lines)):
        call.t += gap
        events += call.say(line)
    return [(e.crisis, e.certainty) for e in events if e.type == "crisis"]


# Thirteenth session: someone gone from the house or left alone, told through what is seen (a door open at night, an
# empty bed, a coat still on its hook, papers not taken in), across two lines as a worker gives it back
@pytest.mark.parametrize("lines", [
    ["je vader sliep beneden en nu is de bank leeg", "en de voordeur stond open toen je naar beneden kwam",
     "zijn sloffen staan nog naast de stoel"],
    ["u werd om drie uur wakker en het bed van uw vrouw was leeg", "haar rollator staat nog in de gang"],
    ["de post van dagen ligt bij de buurvrouw achter de deur", "ze is eenennegentig en woont daar helemaal alleen"],
    ["je zag vanavond dat zijn auto weg is", "en het autostoeltje van de baby is ook weg"],
])
def test_someone_gone_or_left_helpless_told_through_what_is_seen_is_a_possible_crisis(bank, lines):
    assert ("unsafe_vulnerable", "possible") in _crises_after_greeting(bank, lines, gaps=15)


@pytest.mark.parametrize("lines", [
    ["je jas hangt nog aan de kapstok", "dus je hebt hem vanmiddag laten hangen toen de zon scheen"],
    ["je zei dat de achterdeur open stond omdat het zo warm was in de keuken", "en toen kwam de kat binnen"],
    ["de kranten van gisteren liggen nog op tafel", "die had je nog niet gelezen"],
    ["mijn opa wordt volgende week tachtig", "we geven een feest in het buurthuis"],
    ["dat kost tachtig euro per maand", "dat is veel voor je"],
])
def test_one_such_detail_or_an_ordinary_one_opens_nothing(bank, lines):
    assert not [c for c, _ in _crises_after_greeting(bank, lines, gaps=15) if c == "unsafe_vulnerable"]


@pytest.mark.parametrize("line", [
    "dus je wilt straks nog even de deur uit en de kinderen liggen al in bed",
    "u pakt zo de auto naar de kroeg terwijl de kleintjes boven slapen",
])
def test_a_parent_going_out_while_the_children_sleep_is_a_possible_crisis(classifier, line):
    assert "unsafe_vulnerable" in (classifier.classify(line).to_json().get("possible") or [])


@pytest.mark.parametrize("line", [
    "de kinderen liggen al in bed en de oppas is er dus je gaat even de deur uit",
    "als de kinderen slapen ga je even naar buiten in de tuin met de babyfoon",
])
def test_going_out_with_someone_minding_the_children_is_no_crisis(classifier, line):
    assert "unsafe_vulnerable" not in _any_crisis(classifier, line)


# Thirteenth session, after locked31's run (fitted forms, own wording): someone in a psychosis or an old person said so is
# a vulnerable person, and who is vulnerable stays true for minutes while signs come and go
OLD_NEIGHBOUR_THEN_KNOCKING = ["het gaat om de oude meneer die onder jullie woont",
                               "en sinds gisteren hoor je af en toe geklop op de verwarming"]


def test_a_vulnerable_person_heard_minutes_before_a_sign_still_makes_a_possible_crisis(bank):
    # 150 s: far past the window in which two signs add up, within the one for who is vulnerable
    assert _crises_after_greeting(bank, OLD_NEIGHBOUR_THEN_KNOCKING, gaps=[6, 150]) == [("unsafe_vulnerable", "possible")]


def test_a_sign_long_after_the_person_was_mentioned_opens_nothing(bank):
    assert _crises_after_greeting(bank, OLD_NEIGHBOUR_THEN_KNOCKING, gaps=[6, 400]) == []


@pytest.mark.parametrize("line", [
    "je zus hoort stemmen en staat nu in haar ondergoed buiten op de galerij",
    "uw zoon is psychotisch en zit op de vensterbank van de derde verdieping",
])
def test_someone_in_a_psychosis_in_danger_is_a_possible_unsafe_person(classifier, line):
    assert "unsafe_vulnerable" in _any_crisis(classifier, line)


@pytest.mark.parametrize("line", [
    "ik hoor dat je vader nu niet veilig is daar alleen",
    "uw schoonzus brengt zichzelf in gevaar zo",
])
def test_an_adult_relative_said_not_to_be_safe_is_an_unsafe_person(classifier, line):
    assert "unsafe_vulnerable" in classifier.classify(line).to_json().get("crisis", [])


@pytest.mark.parametrize("line", [
    "zijn baan is in gevaar als hij zo doorgaat",
    "hij zegt dat het ijs op de vaart nu niet veilig is",
    "je zit op het balkon in de zon met een boek",
])
def test_danger_to_a_job_a_road_or_a_sunny_balcony_is_no_crisis(classifier, line):
    assert "unsafe_vulnerable" not in _any_crisis(classifier, line)


def test_a_next_step_offered_as_a_crisis_step_still_comes_in_the_circle_after_the_crisis(bank):
    call = _Call(bank, step=20.0, interaction="customer")
    for line in ["goedenavond met de nachtlijn", "wat kan ik voor je doen", "wat zou je het liefste willen",
                 "dat het rustig wordt in huis", "wanneer lukte dat eerder een beetje", "toen je oom er was"]:
        call.say(line)
    advisor, tracker = call.core.advisor, call.core.tracker
    tracker.suggested_techniques["next_step"] += 2  # offered twice while the worker dealt with a crisis
    tracker.crisis_suggested["next_step"] += 2
    assert advisor._technique_due("next_step", "next_step", tracker, False)
    tracker.crisis_suggested["next_step"] -= 2  # offered twice by the circle and let pass: the worker has other plans
    assert not advisor._technique_due("next_step", "next_step", tracker, False)


@pytest.mark.parametrize("line, crisis", [
    ("ben je vannacht wel veilig met jezelf", "suicide"),
    ("is er iemand bij jullie thuis die je kinderen iets kan aandoen", "unsafe_vulnerable"),
])
def test_the_workers_screening_question_in_other_words_is_a_possible_crisis_to_check(classifier, line, crisis):
    assert crisis in (classifier.classify(line).to_json().get("possible") or [])


def test_where_a_man_died_at_home_is_no_question_about_the_danger_now(classifier):
    assert "unsafe_vulnerable" not in _any_crisis(classifier, "twee jaar geleden is hij thuis in zijn stoel overleden")
    assert "unsafe_vulnerable" in (classifier.classify("is hij nu thuis").to_json().get("possible") or [])


# Fourteenth session, after locked31 was spent (fitted forms, own wording): the place or the home said in the
# worker's words, and talk about how to address the caller
@pytest.mark.parametrize("line, crisis", [
    ("dus je staat nu bovenop de parkeergarage bij het station", "suicide"),
    ("in de hele straat is het licht behalve bij jou thuis", "utility_cutoff"),
    ("de baas van het pension zegt dat jouw bed volgende week naar een ander gaat", "eviction"),
])
def test_a_crisis_told_through_where_the_caller_is_or_what_the_house_lacks_is_possible(classifier, line, crisis):
    assert crisis in _any_crisis(classifier, line)


@pytest.mark.parametrize("line", [
    "je staat op de parkeergarage want je bent je auto kwijt",
    "de baas zegt dat er volgende week een nieuwe collega komt",
])
def test_a_car_park_visit_or_a_new_colleague_is_no_crisis(classifier, line):
    got = classifier.classify(line).to_json()
    assert not (got.get("possible") or []) and not [c for c in got.get("crisis", []) if c != "life_event"]


@pytest.mark.parametrize("line", [
    "natuurlijk mag je jij zeggen hoor ga maar door",
    "u wilt liever met u aangesproken worden dat doe ik meneer",
])
def test_how_to_address_the_caller_is_talk_about_the_talk(classifier, line):
    assert classifier.classify(line).technique == "none"


@pytest.mark.parametrize("line", [
    "mag ik je zeggen dat ik het knap vind dat je belt",
    "mag ik je zeggen je hebt het vannacht heel goed gedaan",
])
def test_a_worker_who_may_say_something_kind_is_no_talk_about_the_talk(classifier, line):
    assert classifier.classify(line).technique != "none"


@pytest.mark.parametrize("line", [
    "hoe kon dat nou gebeuren met die rekening",
    "hoe kan het eigenlijk zo misgaan bij jullie thuis",
])
def test_how_it_could_happen_is_digging_into_causes(classifier, line):
    assert classifier.classify(line).technique == "cause"


# Fourteenth session, after locked32's run (fitted, own wording): a door or a plate the caller broke in anger is no
# one beaten; with anger said it is a possible crisis to ask about, never a confirmed one
def test_something_broken_in_anger_is_not_someone_beaten(classifier):
    got = classifier.classify("je was zo kwaad dat je de kastdeur stuk hebt geslagen").to_json()
    assert "unsafe_vulnerable" not in got.get("crisis", [])
    assert "unsafe_vulnerable" in classifier.classify("ze heeft je weer geslagen").to_json().get("crisis", [])


# Fifteenth session, after locked33's run (fitted, own wording): washed overboard or an idiom with "geslagen" is no one
# beaten; a broken boiler or a fault is a repair, not a cut-off; a person who puts their affairs in order, a message that
# goes out by itself to the family, and an ex who circles or watches the home are hints to ask about directly
@pytest.mark.parametrize("line", [
    "je vader is vroeger met de kotter overboord geslagen en nooit gevonden",
    "het weer is vanmiddag ineens om geslagen",
])
def test_geslagen_without_a_person_struck_is_no_crisis(classifier, line):
    assert "unsafe_vulnerable" not in classifier.classify(line).to_json().get("crisis", [])


def test_a_person_struck_is_still_named(classifier):
    assert "unsafe_vulnerable" in classifier.classify("ze is vannacht door hem geslagen").to_json().get("crisis", [])


def test_a_broken_boiler_is_a_repair_not_a_cut_off(classifier):
    assert "utility_cutoff" not in _any_crisis(classifier, "de cv ketel doet het niet dus al drie dagen geen warm water en de monteur komt vrijdag")
    cut = classifier.classify("al drie dagen geen warm water sinds het energiebedrijf het gas heeft afgesloten").to_json()
    assert "utility_cutoff" in cut.get("crisis", [])


@pytest.mark.parametrize("line, crisis", [
    ("je hebt je huis opgeruimd en je gitaar en je boeken aan je neef gegeven", "suicide"),
    ("u heeft alles netjes opgeruimd en de kat naar uw dochter gebracht", "suicide"),
    ("er staat een e-mail aan je moeder klaar die morgenochtend automatisch verstuurd wordt", "suicide"),
    ("je hebt je kamer opgeruimd en je planten en je fiets aan vrienden gegeven", "suicide"),
    ("je ex-vriend staat al een uur met zijn auto voor je huis", "unsafe_vulnerable"),
    ("je ex-man reed vanavond drie keer langzaam door je straat", "unsafe_vulnerable"),
    ("hij appte om middernacht ik zie dat het licht bij je nog brandt", "unsafe_vulnerable"),
    ("hij stuurde een berichtje ik weet waar je nu bent", "unsafe_vulnerable"),
])
def test_details_that_hint_at_a_crisis(classifier, line, crisis):
    assert crisis in _any_crisis(classifier, line)


@pytest.mark.parametrize("line", [
    "je hebt de kinderen naar bed gebracht en de keuken opgeruimd",
    "je hebt je oude fiets naar de kringloop gebracht en de schuur opgeruimd",
    "voor de vakantie heb je opgeruimd en de planten naar de buren gebracht",
    "je hebt een mail aan je collega ingepland voor morgenochtend",
    "je ex komt zaterdag de kinderen ophalen en zet de auto voor je huis",
    "je zus appte ik zie je morgen",
])
def test_everyday_details_stay_ordinary(classifier, line):
    assert not _any_crisis(classifier, line) & {"suicide", "unsafe_vulnerable"}


# Fifteenth session, from locked33's line set (fitted, own wording): the last instalment paid settles a bailiff, a game
# won is no one struck, "wel dood neervallen" is embarrassment; hands laid on someone is a hint of an unsafe person
@pytest.mark.parametrize("line, crisis", [
    ("u heeft de deurwaarder laten weten dat de laatste termijn betaald is", "eviction"),
    ("je hebt je broer zaterdag met schaken geslagen", "unsafe_vulnerable"),
    ("je wou wel dood neervallen toen de hele klas keek", "suicide"),
])
def test_idioms_and_settled_threats_name_no_crisis(classifier, line, crisis):
    assert crisis not in classifier.classify(line).to_json().get("crisis", [])


def test_hands_laid_on_someone_is_a_hint(classifier):
    assert "unsafe_vulnerable" in _any_crisis(classifier, "wordt hij weleens handtastelijk als hij gedronken heeft")
    assert "unsafe_vulnerable" in classifier.classify("hij heeft je gisteren geslagen").to_json().get("crisis", [])


# Sixteenth session: a line of one word is too little for the crisis model to read as a whole (it took a bare weekday
# for an eviction's date); a rule's cue in a short line still counts, and so does the model on two words
@pytest.mark.parametrize("line", ["donderdag", "maandag"])
def test_a_short_line_is_no_crisis_models_hint(classifier, line):
    got = classifier.classify(line).to_json()
    assert not got.get("crisis") and not got.get("possible")


def test_a_short_line_with_a_cue_still_counts(classifier):
    assert "eviction" in _any_crisis(classifier, "de deurwaarder komt")
    assert "suicide" in _any_crisis(classifier, "jewilt dood")  # "je wilt dood" run together: the model reads it


def test_the_crisis_models_guess_alone_raises_the_banner_and_a_second_line_the_question(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn hoe kan ik u helpen")
    # (a widower's "sinds uw vrouw er niet meer is" was this test's line until the forty-seventh session: two
    # supervisors heard a death in the family told there, no hint, and it is a settled form since)
    out = call.say("sinds de begrafenis bent u niet meer buiten geweest")
    assert ("suicide", "possible") in [(e.crisis, e.certainty) for e in out if e.type == "crisis"]
    assert "safety" not in [e.technique for e in out if e.type == "suggestion"]  # the page's banner asks for it
    call.t += 20
    out = call.say("u zegt het voelt alsof mijn leven voorbij is")
    assert [e.technique for e in out if e.type == "suggestion"] == ["safety"]  # backed by a second line


def test_a_possible_crisis_in_the_workers_own_words_is_put_as_the_question_at_once(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn hoe kan ik je helpen")
    out = call.say("je zou het liefst verdwijnen het heeft allemaal geen zin meer")
    assert ("suicide", "possible") in [(e.crisis, e.certainty) for e in out if e.type == "crisis"]
    assert [e.technique for e in out if e.type == "suggestion"] == ["safety"]


# Sixteenth session, after locked34's run (fitted forms, own wording): children put to bed dressed or under extra
# blankets, or a prepaid meter beeping, tell of a cold house; a bank pass or passwords handed over, one's room or things
# promised to someone, a will changed with a letter sent, of affairs put in order; a child who flinches at a touch and
# an old person who cannot get up after a fall of someone unsafe; being safe with one's own thoughts is a screening
# question; the gas turned off by the caller at a stove left on is no cut-off
@pytest.mark.parametrize("line, crisis", [
    ("de kleintjes liggen met een muts op onder drie dekens in bed", "utility_cutoff"),
    ("je slaapt al een week met je kleren aan onder alle dekens", "utility_cutoff"),
    ("je hebt je broer vanavond je bankpas en je pincode gegeven", "suicide"),
    ("en je vriendin mag je gitaar hebben zei je", "suicide"),
    ("het kastje van de meter piept en er staat nog twee euro op", "utility_cutoff"),
    ("u heeft deze week uw testament veranderd en uw dochter een afscheidsbrief geschreven", "suicide"),
    ("voel je je veilig met je gedachten als je straks alleen bent", "suicide"),
    ("uw kleinzoon schrikt als iemand zijn hand opsteekt", "unsafe_vulnerable"),
    ("als uw moeder valt kan ze dan zelf opstaan of blijft ze liggen", "unsafe_vulnerable"),
    # seventeenth session, after locked35's run (fitted, own wording): a court verdict with its date marked, a note
    # from the grid operator that they come back, a letter for the family left lying, one's things packed with a note
    # for someone, hours spent by a bridge or the water, someone on the floor covered where they lie or who cannot be
    # got up, a friend who took a pill from a stranger and is no longer herself
    ("u heeft de uitspraak van de kantonrechter op de koelkast gehangen met de datum aangestreept", "eviction"),
    ("er zat een kaartje op je deur van liander dat ze vrijdag terugkomen", "utility_cutoff"),
    ("er liggen briefjes voor je kinderen op je kussen", "suicide"),
    ("je hebt je kleren in een tas gedaan met een briefje voor je zus", "suicide"),
    ("u staat al een uur op de brug over de rivier", "suicide"),
    ("je hebt een jas over je opa heen gelegd op de badkamervloer", "unsafe_vulnerable"),
    ("u krijgt uw man niet omhoog sinds hij uit bed viel", "unsafe_vulnerable"),
    ("hij heeft iets in zijn drankje gekregen en reageert nauwelijks", "unsafe_vulnerable"),
    # eighteenth session, after locked36's run (fitted, own wording): a child asleep in a ski suit, a heater that
    # "sinds zondag niet meer doet", the fitter come for the arrears, a freezer leaking since the grid operator left,
    # the children told they will live with family from a given day, one's treasured things given to a sibling, one's
    # accounts deleted and things given away
    ("de kleine slaapt in haar sneeuwpak in de box", "utility_cutoff"),
    ("de kachel die het sinds zondag niet meer doet", "utility_cutoff"),
    ("er kwam een man van de energieleverancier vanwege de achterstand", "utility_cutoff"),
    ("de vriezer lekt sinds de netbeheerder is geweest", "utility_cutoff"),
    ("u heeft uw zoons uitgelegd dat jullie vanaf vrijdag bij uw zus moeten wonen", "eviction"),
    ("je hebt je broertje je koptelefoon en je spelcomputer gegeven", "suicide"),
    ("je hebt je profiel verwijderd en je knuffels weggegeven", "suicide"),
    # and from the development hint sets (own wording): the supply gone since the fitter left, a house dark though
    # the smart meter is named, self-harm with words between ("jezelf vannacht weer gesneden")
    ("sinds de man van de netbeheerder weg is doet de kookplaat niks meer", "utility_cutoff"),
    ("de slimme meter staat op nul en het hele huis is donker", "utility_cutoff"),
    ("je hebt jezelf vannacht weer gesneden", "suicide"),
    ("er zitten sinds vanmiddag nieuwe sloten in je voordeur", "eviction"),
    ("ze gaan donderdag om negen uur de deur open boren", "eviction"),
    ("de huurachterstand is te hoog en de verhuurder wil geen regeling meer", "eviction"),
])
def test_details_of_a_cold_house_or_affairs_in_order_are_hints(classifier, line, crisis):
    assert crisis in _any_crisis(classifier, line)


@pytest.mark.parametrize("line", [
    "de kinderen slapen met een trui aan want ze hebben koorts",
    "in de tent sliepen we met onze jassen aan",
    "je hebt de buurvrouw je pinpas gegeven voor de boodschappen",
    "je dochter mag je kamer hebben zolang jij op reis bent",
    "je zoon mag je fiets hebben nu hij groter is",
    "de rookmelder piept want de batterij is bijna op",
    "mijn beltegoed is bijna op",
    "u heeft het testament van uw vader bij de notaris gelezen en een brief gestuurd",
    "hij viel met fietsen maar kon zelf weer opstaan",
    "je hebt een brief voor je moeder geschreven voor haar verjaardag",
    "er ligt een briefje voor je ouders op tafel van school",
    "je hebt je spullen in dozen gedaan want je gaat verhuizen",
    "je krijgt de kast niet omhoog",
    "het lampje brandt niet en je krijgt de groepen niet meer omhoog",
    "ze heeft een pilletje van de huisarts gekregen en is nu wat suf",
    "de uitspraak van de rechter over de omgang staat op de kalender",
    "je zoontje slaapt in zijn skipak want jullie gaan morgen vroeg de sneeuw in",
    "de vriezer lekt en de loodgieter komt morgen",
    "je hebt je oortjes aan je zusje gegeven omdat die van haar kapot waren",
    "je hebt de kinderen verteld dat ze dit weekend bij oma gaan slapen",
    "je hebt de kinderen uitgelegd dat papa na de scheiding bij opa gaat wonen",
    "je hebt je instagram verwijderd omdat je gepest werd",
    "u staat met uw jas aan bij de deur en u wilt er nu naartoe rijden",  # ready to go out, no cold house
    "je moet morgenvroeg nuchter bloed laten prikken bij de huisarts",  # blood taken, no injury
    "je hebt in je duim gesneden met het aardappelmesje en het bloedde even",
    "het licht brandt weer sinds de monteur is geweest",  # the supply back: no cut-off
    "sinds de monteur de nieuwe ketel heeft geplaatst is het lekker warm",
    "na de inbraak heb je nieuwe sloten laten zetten",
    "we hebben een nieuw slot op de schuur gezet",
    "de brandweer moest de deur openbreken omdat uw vader niet opendeed",  # (the twenty-eighth session's model leaned on it)
    "u wilt niet dat ze de deur open breken als de ambulance komt",  # a rescue, no eviction
])
def test_everyday_versions_stay_ordinary(classifier, line):
    assert not _any_crisis(classifier, line) & {"suicide", "utility_cutoff", "unsafe_vulnerable", "eviction"}


def test_the_gas_turned_off_at_a_stove_left_on_is_no_cut_off(classifier):
    for line in ("ze had de gaspit aan laten staan en nu is het gas dicht", "u heeft het gas dichtgedraaid en de knoppen van het fornuis gehaald"):
        assert "utility_cutoff" not in classifier.classify(line).to_json().get("crisis", [])
    assert "utility_cutoff" in classifier.classify("ze hebben vanmiddag het gas dichtgedraaid").to_json().get("crisis", [])


# Seventeenth session: a line that explains the cues that follow (the bank's `explained` rules, the tracker's
# EXPLAINED_FOR): after the gas was left burning, turned open or smelt, or water ran over, the gas or water shut later
# in the call is the caller's own safety step; without that line, or with the supplier's side in the cue's own line
# (`unexplained`), it is a cut-off again
@pytest.mark.parametrize("before", [
    "en toen je thuiskwam brandde het gas nog onder een lege pan",
    "je vader had het gas opengedraaid in de keuken",
    "je rook gas toen je de voordeur opendeed",
    "het bad liep over en het water stond tot in de gang",
])
def test_a_shut_off_after_what_explains_it_is_no_cut_off(bank, before):
    said = _crises_after_greeting(bank, [before, "je bent meteen bij haar gaan zitten", "en het gas is nu dicht",
                                         "en het water is nu ook dicht"], gaps=20)
    assert not [c for c, _ in said if c == "utility_cutoff"]


def test_a_cue_explained_away_is_told_in_the_match_events_why(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("en toen je thuiskwam brandde het gas nog onder een lege pan")
    out = call.say("en het gas is nu dicht")
    match = next(e for e in out if e.type == "match")
    assert "utility_cutoff cue explained by an earlier line" in match.why
    assert not [e for e in out if e.type == "crisis"]


def test_the_explanation_holds_for_a_summary_later_in_the_call(bank):
    lines = ["het gas brandde nog onder een lege pan"] + ["je zegt dat het allemaal erg druk was"] * 12 \
        + ["even samengevat vannacht slaap je bij haar en het gas blijft dicht"]
    assert not [c for c, _ in _crises_after_greeting(bank, lines, gaps=40) if c == "utility_cutoff"]


def test_a_shut_off_without_an_explanation_or_with_the_suppliers_side_is_a_cut_off(bank):
    assert ("utility_cutoff", "confirmed") in _crises_after_greeting(bank, ["en het gas is nu dicht"], gaps=20)
    lines = ["het gas brandde nog onder een lege pan", "je zegt dat het allemaal erg druk was",
             "en nu hebben ze ook nog het gas dichtgedraaid omdat de rekening niet betaald is"]
    assert ("utility_cutoff", "confirmed") in _crises_after_greeting(bank, lines, gaps=30)
    # "het gas brandt niet meer" tells of no gas, it explains nothing away
    assert ("utility_cutoff", "confirmed") in _crises_after_greeting(
        bank, ["het gas brandt niet meer", "het gas is dicht"], gaps=20)


def test_a_malformed_explained_rule_is_named_with_file_and_its_crisis(tmp_path):
    text, errors = _check_bank_with(tmp_path, "    explained:\n      - all: [", "    explained:\n      - alle: [")
    error = next(e for e in errors if "verklaard" in e or "explained" in e)
    assert "bank.yaml" in error and "utility_cutoff" in error
    line = int(error.split(":")[1])
    assert "Afsluiting" in text.splitlines()[line - 1]  # the crisis whose rule it is


# Nineteenth session, after locked37's run (general forms, own wording): everyday talk that only sounded like a cue,
# the caller's no to a direct question remembered, and the person at risk safe now.
@pytest.mark.parametrize("line", [
    "je wilt je leven weer op de rit krijgen na die verhuizing",  # "het leven is op" without its "is": everyday
    "u wilt uw leven weer op de rails na de scheiding",
    "de jongens boven u zitten tot drie uur te gamen en te juichen en te schreeuwen",  # fun overhead, a nuisance
    "je hoort de buren door de muur schreeuwen bij het voetbal",
    "je vindt dat je ouders het samen moeten oplossen",  # solving a problem, not dissolving oneself
    "u wilt dat de gemeente dat gewoon eens gaat oplossen",
    "als je kwaad bent doe je je deur op slot en zet je muziek op",  # one's own door, no one locked in
    "dat klinkt als een mooi afscheid van je collega's",  # a good farewell to colleagues or a place
    "je hebt een gezellig afscheid gehad op de camping",
])
def test_everyday_talk_that_only_sounds_like_a_cue_stays_ordinary(classifier, line):
    assert not _any_crisis(classifier, line) & {"suicide", "unsafe_vulnerable"}


@pytest.mark.parametrize("line, crisis", [
    ("je zegt dat je leven op is", "suicide"),  # the cue itself still counts
    ("je hoort door de muur gegil en gebonk bij de buren", "unsafe_vulnerable"),
    ("je wilt gewoon oplossen en er niet meer zijn", "suicide"),
    ("hij sluit je op in je kamer als hij gedronken heeft", "unsafe_vulnerable"),
    ("het klonk als een afscheid voor altijd", "suicide"),
    ("toen ging hij schreeuwen en gooide een stoel tegen de muur terwijl de jongens boven lagen", "unsafe_vulnerable"),
])
def test_the_cues_behind_those_vetoes_still_count(classifier, line, crisis):
    assert crisis in _any_crisis(classifier, line)


def test_after_the_callers_no_to_the_direct_question_weak_signals_do_not_ask_it_again(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("je baan is voorbij en je vriend is weg allemaal in een week")
    call.say("ik vraag het iedereen die zoveel kwijtraakt denk je er weleens aan om een einde aan je leven te maken")
    call.say("nee dat niet je bent vooral verdrietig")
    assert not [e for e in call.of("crisis") if e.certainty == "confirmed"]
    before = len(call.of("crisis"))
    for line in ["je hebt nog een eind over de dijk gelopen", "en daarna heb je met je broer nog thee gezet",
                 "dat klinkt als een afscheid van de stad"]:
        call.t += 20
        call.say(line)
    # no new possible suicide from the dijk or the farewell (the learned model may lean on other words: since it learnt
    # screening questions it read "met je broer nog thee gezet" as a possible eviction, a near miss left to it)
    assert len([e for e in call.of("crisis") if e.crisis == "suicide"]) == before
    assert not [s for s in call.suggestions[-3:] if s.technique == "safety"]


def test_a_new_cue_in_the_workers_own_words_opens_it_again_after_a_no(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("ik vraag het iedereen denk je er weleens aan om een einde aan je leven te maken")
    call.say("nee dat niet")
    call.t += 60
    out = call.say("je hebt de pillen van je moeder al weken gespaard in je la")
    assert "suicide" in [e.crisis for e in out if e.type == "crisis"]


def test_the_person_at_risk_found_safe_ends_the_acute_steps(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn waar kan ik u mee helpen")
    call.say("uw vrouw heeft dementie en ze is vannacht in haar nachtjapon de deur uit gegaan")
    call.say("is ze nu veilig weet u waar ze is")
    call.say("dan bel ik nu de politie die gaan haar zoeken")
    assert ("unsafe_vulnerable", "confirmed") in [(e.crisis, e.certainty) for e in call.of("crisis")]
    out = call.say("ze hebben haar gevonden bij het station ze is koud maar ongedeerd en ze brengen haar thuis")
    assert ("unsafe_vulnerable", "safe") in [(e.crisis, e.reason) for e in out if e.type == "crisis_end"]
    after = [e for e in out if e.type == "suggestion"]
    for line in ["wat een opluchting", "u heeft precies gedaan wat er nodig was", "hoe is het nu met u"]:
        after += [e for e in call.say(line) if e.type == "suggestion"]
    assert after and not [s for s in after if s.technique == "safety"]  # no "is er iemand gewond" any more


@pytest.mark.parametrize("line", [
    "hebben ze haar al gevonden",  # a question
    "ze hebben haar nog niet gevonden",
    "ze hebben haar gevonden maar ze is gewond en gaat met de ambulance mee",
    "de politie heeft hem meegenomen maar morgen komt hij terug",
    "je moeder is thuis maar ze is dronken",
])
def test_no_safe_end_while_harm_or_doubt_is_said(bank, line):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn waar kan ik u mee helpen")
    call.say("uw vrouw heeft dementie en ze is vannacht in haar nachtjapon de deur uit gegaan")
    call.say("dan bel ik nu de politie die gaan haar zoeken")
    out = call.say(line)
    assert not [e for e in out if e.type == "crisis_end" and e.reason == "safe"]


def test_a_new_danger_said_in_full_after_a_safe_end_opens_the_crisis_again(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("je vriend sloeg je vanavond en de kinderen waren erbij")
    call.say("is het nu veilig voor jou en de kinderen")
    call.say("de politie heeft hem meegenomen")
    assert "safe" in [e.reason for e in call.of("crisis_end")]
    call.t += 30
    out = call.say("en nu staat hij weer voor de deur en hij slaat op het raam met de kinderen erbij")
    assert "unsafe_vulnerable" in [e.crisis for e in out if e.type == "crisis"]


@pytest.mark.parametrize("line", [
    "u heeft drie jaar geleden een poging gedaan en u bent bang dat het weer zo ver komt",
    "sinds uw poging van vorig jaar houdt uw dochter u goed in de gaten",
    "je hebt eerder een poging gedaan en lag toen een week in het ziekenhuis",
])
def test_an_attempt_said_without_its_means_is_a_suicide_hint(classifier, line):
    assert "suicide" in _any_crisis(classifier, line)


@pytest.mark.parametrize("line", [
    "je hebt een poging gedaan om je broer te bellen maar hij nam niet op",
    "u heeft vorig jaar een poging gedaan voor uw rijexamen en nu weer",
])
def test_an_attempt_at_something_is_no_suicide_hint(classifier, line):
    assert "suicide" not in _any_crisis(classifier, line)


def test_a_malformed_safe_now_rule_is_named_with_file_and_its_crisis(tmp_path):
    text, errors = _check_bank_with(tmp_path, "    safe_now:\n      - all: [", "    safe_now:\n      - alle: [")
    error = next(e for e in errors if "nu veilig" in e or "safe_now" in e)
    assert "bank.yaml" in error and "unsafe_vulnerable" in error
    line = int(error.split(":")[1])
    assert "Veiligheid van een kwetsbaar persoon" in text.splitlines()[line - 1]  # the crisis whose rule it is


# Twentieth session, after locked38's run (general forms, own wording): danger to someone else told through details
# (a parent who has been drinking drives off with the children, a person out in the freezing night without the
# medicine they live on), the worker's own concern said aloud, and a crisis kept open while the story is about it.
def _heard_in_words(classifier, line) -> set[str]:
    """The crises a line's own words name or hint at by the bank's rules (not the crisis model's guess)."""
    return {h.crisis for h in classifier.classify(line).evidence if h.kind in ("named", "hint") and not h.learned}


@pytest.mark.parametrize("line", [
    "je zus zit beneden in de auto met een halve fles wodka en ze wil met de kinderen wegrijden",
    "ze heeft een fles wijn op en zit nu met de kinderen achter het stuur",
    "je oom zit buiten op een bankje en zijn insulinepen ligt nog thuis",
    "hij slaapt vannacht onder de brug en het gaat vriezen",
    "uw vader is de deur uit zonder zijn medicijnen en het is ijskoud buiten",
    "ze ligt op een bankje bij het station en het is min acht graden",
])
def test_danger_to_someone_else_told_through_details_is_a_hint(classifier, line):
    assert "unsafe_vulnerable" in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line", [
    "je man rijdt de kinderen morgen naar school hij drinkt nooit",
    "ze heeft een fles water en een flesje melk voor de kinderen in de auto",
    "de bob brengt de kinderen thuis na het feest, zelf heb je wat gedronken",
    "zijn insuline ligt hier maar de apotheek brengt morgen een extra pen",
    "vroeger sliep je onder de brug toen het vroor nu heb je een kamer",
    "je gaat met de kinderen kamperen en het kan vannacht vriezen in de tent",
])
def test_near_misses_of_those_details_stay_ordinary(classifier, line):
    assert "unsafe_vulnerable" not in _any_crisis(classifier, line)


@pytest.mark.parametrize("line", [
    "ik maak me echt zorgen om je en ik wil dat je vannacht niet alleen bent",
    "dan maak ik me zorgen om hem daar in de kou",
    "ik maak me wel zorgen om haar nu ze daar alleen is",
    "zonder zijn medicijnen kan dit gevaarlijk worden",
])
def test_the_workers_own_concern_for_safety_said_aloud_is_safety(classifier, line):
    assert classifier.classify(line).technique == "safety"


@pytest.mark.parametrize("line", [
    "ik maak me geen zorgen om de uitslag van morgen",
    "je maakt je zorgen om je zoon",  # the caller's worry given back
])
def test_no_concern_or_the_callers_worry_is_no_safety_verdict(classifier, line):
    assert classifier.classify(line).technique != "safety"


def test_a_possible_crisis_stays_open_while_the_story_is_about_it(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn u spreekt met de nachtdienst")
    call.say("u belt voor uw vriend")
    out = call.say("hij ligt in het park onder de brug en zijn insuline ligt hier bij u en het vriest")
    assert ("unsafe_vulnerable", "possible") in [(e.crisis, e.certainty) for e in out if e.type == "crisis"]
    call.say("weet u of hij nu wakker is en of er iemand bij hem is")
    for line in ["u heeft hem om tien uur gebeld en hij nam niet meer op",
                 "u kent hem al twintig jaar van de markt",
                 "hij zat vanmiddag op een bankje met een paar blikken bier",
                 "u heeft zijn tas met spullen hier bij u staan"]:
        call.t += 40
        call.say(line)
    assert not [e for e in call.of("crisis_end") if e.crisis == "unsafe_vulnerable"]  # still open, not faded
    out = call.say("mag ik een een twee bellen en doorgeven waar hij ligt")
    assert "unsafe_vulnerable" in [e.crisis for e in call.of("crisis")]


@pytest.mark.parametrize("line, crisis", [
    ("heeft je vader jou of je broertje ooit iets aangedaan", "unsafe_vulnerable"),  # the worker's screening question
    ("zijn er dingen in huis waar je aan denkt, medicijnen of zo", "suicide"),
])
def test_screening_questions_in_everyday_words_are_heard(classifier, line, crisis):
    heard = classifier.classify(line)
    assert crisis in _any_crisis(classifier, line)
    assert any(h.crisis == crisis and not h.learned for h in heard.evidence)  # by its words, not a model guess


@pytest.mark.parametrize("line, crisis", [
    ("je hebt een plan om de huurachterstand in drie maanden af te lossen", "suicide"),  # a plan of the circle
    ("je hebt nu een plan om morgen de bewindvoerder te bellen", "suicide"),
    ("u heeft sinds vorige maand een vaste plek in de nachtopvang", "eviction"),  # a place to sleep, no home to lose
    ("je belt vanuit de nachtopvang en de begeleider zit naast je", "eviction"),
])
def test_a_plan_for_the_next_step_or_a_place_in_the_shelter_is_no_crisis(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("je hebt een plan om vannacht naar de brug te gaan", "suicide"),
    ("u moet morgen uw huis uit en dan rest alleen de nachtopvang", "eviction"),
])
def test_the_same_words_with_a_danger_still_count(classifier, line, crisis):
    assert crisis in _any_crisis(classifier, line)


@pytest.mark.parametrize("line", [
    "zijn zus komt vrijdag in jouw kamer en jij moet dan weg zijn",
    "u moet dan zaterdag weg zijn uit de studio zegt de eigenaar",
])
def test_a_home_one_must_have_left_by_a_day_is_an_eviction_hint(classifier, line):
    assert "eviction" in _heard_in_words(classifier, line)


def test_a_time_to_leave_for_work_is_no_eviction(classifier):
    assert "eviction" not in _any_crisis(classifier, "je moet morgen om zeven uur weg zijn voor je werk in de kamer ernaast")


def test_praise_tells_no_new_danger_the_crisis_model_only_leans(classifier):
    # (the crisis model reads this line as a danger to a vulnerable person; praise of a brave step is no disclosure)
    result = classifier.classify("knap zeg in je eentje naar binnen lopen waar je niemand kent")
    assert result.technique == "acknowledgement"
    assert not [h for h in result.evidence if h.learned and h.kind == "hint"]


def test_a_disclosure_heard_as_an_acknowledgement_without_praise_still_counts(classifier):
    assert "suicide" in _any_crisis(classifier, "u heeft vanavond een poging gedaan")


# Twentieth session, after locked39's run (general forms, own wording): the caller's own safety step is no cut-off, a
# lost key is no lost home, a bailiff with a running arrangement is no eviction; and who is vulnerable stays known.
@pytest.mark.parametrize("line, crisis", [
    ("je hebt de gaskraan bij de meter dichtgedraaid zodat je vader niet aan het fornuis kan", "utility_cutoff"),
    ("u heeft de hoofdkraan van het water zelf dichtgedaan voor de nacht", "utility_cutoff"),
    ("je bent de sleutels van je huis kwijt en je slaapt vannacht bij je broer", "eviction"),
    ("de deurwaarder heeft die oude schuld overgenomen maar u heeft een regeling en die loopt goed", "eviction"),
])
def test_own_safety_step_lost_key_or_running_arrangement_is_no_crisis(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("ze hebben het gas dichtgedraaid omdat je de rekening niet kon betalen", "utility_cutoff"),
    ("de deurwaarder zegt dat er geen regeling meer mogelijk is en hij komt vrijdag", "eviction"),
    ("je bent bang dat je je huis kwijtraakt", "eviction"),
])
def test_the_cut_off_and_the_eviction_themselves_still_count(classifier, line, crisis):
    assert crisis in _any_crisis(classifier, line)


def test_who_is_vulnerable_stays_known_for_the_workers_later_safety_question(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn u spreekt met de nachtdienst")
    call.say("u zorgt al jaren voor uw vrouw die alzheimer heeft")
    call.t += 20
    call.say("helemaal alleen?")  # a sign beside the person: a first possible crisis, which fades
    for line in ["uw dochter woont in spanje", "u gaat morgen vroeg met de taxi naar het ziekenhuis voor uw knie",
                 "twee nachten blijft u daar", "hoe lang heeft u al last van die knie"]:
        call.t += 40
        call.say(line)
    call.t += 40
    assert "unsafe_vulnerable" in [e.crisis for e in call.of("crisis_end")]  # the first one faded
    out = call.say("wie is er morgen bij uw vrouw als u daar ligt")
    assert ("unsafe_vulnerable", "possible") in [(e.crisis, e.certainty) for e in out if e.type == "crisis"]


# Twenty-first session, after locked40's run (general forms, own wording): farewell told through what the caller did
# tonight (a message that the love lasts, a pet given for good, money matters handed over and the pet taken away), a
# cut-off told through the technician's pliers or seal; a bailiff who found everything paid is no eviction.
@pytest.mark.parametrize("line, crisis", [
    ("je hebt je dochter vanavond nog een voicemail ingesproken dat je altijd van haar blijft houden", "suicide"),
    ("u heeft uw zus een appje gestuurd dat ze niet boos op u moet zijn", "suicide"),
    ("u heeft de hond naar uw neef gebracht en gezegd dat hij hem mag houden", "suicide"),
    ("u heeft vanmiddag uw administratie aan uw buurman gegeven en de poes laten ophalen", "suicide"),
    ("de man van het waterbedrijf heeft er een zegel op gezet en is weggegaan", "utility_cutoff"),
    ("de monteur kwam met zijn tang en zei dat hij niks meer voor je kon doen", "utility_cutoff"),
])
def test_farewell_and_cut_off_told_through_what_happened_are_hints(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("je hebt je moeder geappt dat ze niet boos op je moet zijn omdat je later thuis komt", "suicide"),
    ("de buurman mag de hond houden zolang u in het ziekenhuis ligt", "suicide"),
    ("uw zoon doet uw bankzaken en de hond gaat logeren bij uw dochter als u op vakantie bent", "suicide"),
    ("de monteur kwam met een tang om de kapotte leiding te repareren", "utility_cutoff"),
    ("de deurwaarder kwam langs maar alles was al betaald en het dossier is gesloten", "eviction"),
])
def test_their_everyday_kin_are_no_crisis(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


@pytest.mark.parametrize("line", [
    "je zoontje is vanmiddag op school flauwgevallen en nu is hij weer zo bleek",
    "ze drinkt al dagen alleen maar water en eet niks",
])
def test_someone_close_who_fainted_or_lives_on_water_alone_is_a_hint(classifier, line):
    assert "unsafe_vulnerable" in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("je man is op de bank weggezakt voor de tv", "unsafe_vulnerable"),
    ("ze drinkt alleen water omdat ze gezond wil leven", "unsafe_vulnerable"),
    ("u bent alles kwijt zegt u uw baan uw vrouw en de kinderen", "unsafe_vulnerable"),
    ("je hebt de kalveren net nog water gegeven in de stal", "utility_cutoff"),
    ("hij wordt niet meer wakker van de wekker zegt u", "suicide"),
])
def test_everyday_words_beside_those_signs_are_no_crisis(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


# Twenty-first session: particles inside a cause question ("eigenlijk", "dan", "nou") do not hide it, and staying on
# the line said first is being there (none), even with who is coming or what the caller may do meanwhile.
@pytest.mark.parametrize("line", [
    "hoe is het toch zo ver gekomen",
    "hoe is het dan toch zo ver gekomen",
])
def test_particles_do_not_hide_a_cause_question(classifier, line):
    assert classifier.classify(line).technique == "cause"


@pytest.mark.parametrize("line, technique", [
    ("ik blijf aan de lijn tot de ambulance er is", "none"),
    ("oké ik blijf aan de telefoon terwijl u de deur open doet", "none"),
    ("ik blijf aan de lijn leg me maar even neer op tafel", "none"),
    ("ik blijf aan de lijn terwijl mijn collega de politie belt", "next_step"),
])
def test_staying_on_the_line_said_first_is_being_there(classifier, line, technique):
    assert classifier.classify(line).technique == technique


# Twenty-first session, from the development crisis lines the rules missed (general forms, own wording).
@pytest.mark.parametrize("line, crisis", [
    ("je man is in maart gestorven en je zegt dat je vannacht bij hem wilt zijn", "suicide"),
    ("je bent met de auto weggereden en je zegt dat je niet meer terugkomt", "suicide"),
    ("u heeft uw horloge aan uw kleinzoon gegeven zodat hij iets van u heeft", "suicide"),
    ("je vraagt je af waar je het allemaal nog voor doet", "suicide"),
    ("u heeft al uw brieven en foto's verbrand vanavond", "suicide"),
    ("je wilt nog een keer de stem van je zoon horen", "suicide"),
    ("je vraagt of ik je zus wil zeggen dat het niet haar schuld is", "suicide"),
    ("je hebt de pincode op een briefje voor je broer klaargelegd", "suicide"),
    ("sinds gisteren komt er uit de kraan geen druppel meer", "utility_cutoff"),
    ("de meter is op afstand uitgeschakeld zonder dat er iemand langs kwam", "utility_cutoff"),
    ("in de woonkamer gaat het licht niet meer aan en de kinderen zitten in het donker", "utility_cutoff"),
    ("er komt donderdag een monteur als het geld er niet is", "utility_cutoff"),
    ("de medicijnen van uw vrouw liggen in de koelkast en die doet het niet meer", "utility_cutoff"),
    ("het waterbedrijf wil geen regeling meer en eist het hele bedrag", "utility_cutoff"),
    ("je moet er vrijdag af met je woonboot zegt de havenmeester", "eviction"),
    ("de huur is al maanden niet betaald en er is een datum voor de ontruiming", "eviction"),
])
def test_more_hints_told_through_what_happened(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("uw vader ligt in het hospice en u gaat morgen weer naar hem toe", "suicide"),
    ("je gaat naar spanje op vakantie en je komt pas in september terug", "suicide"),
    ("je hebt je oude telefoon leeggemaakt omdat je hem gaat verkopen", "suicide"),
    ("de lamp in de gang gaat niet meer aan want het peertje is kapot", "utility_cutoff"),
    ("de monteur komt de ketel repareren als het onderdeel er is", "utility_cutoff"),
    ("de hele straat heeft vanmorgen geen water door werkzaamheden aan de leiding", "utility_cutoff"),
    ("aan het eind van het seizoen moet de caravan er tijdelijk af voor de winterstop", "eviction"),
])
def test_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


def test_the_crisis_question_waits_for_a_crisis_or_life_event(bank):
    # "Waaraan zou u merken dat u de crisis voorbij is?" (the seed's, for a caller in crisis) is no question for a
    # neighbour complaining about noise; once a life event or a crisis was heard it may come
    from voice_companion.advisor import Advisor
    from voice_companion.tracker import SessionTracker

    advisor = Advisor(bank)
    tracker = SessionTracker(bank)
    tracker.register = "u"
    assert "goal.crisis-voorbij" not in [q.id for q in advisor.questions_for("goal", tracker)]
    tracker.life_events.append((60.0, "mijn vrouw is vorige maand overleden"))
    assert "goal.crisis-voorbij" in [q.id for q in advisor.questions_for("goal", tracker)]


@pytest.mark.parametrize("technique, question", [
    # forty-seventh session, after reading locked89: a complaint about church bells was offered "hoe veilig voelt u
    # zich nu?" as its scale, "één stapje hoger op die schaal" before any scale, and the handover to debt counselling
    ("scaling", "scaling.schaal-hoe-veilig.u"),
    ("next_step", "next_step.overdracht-morgen.u"),
    ("mandate", "mandate.tijdelijk-en-met-mandaat.u"),
])
def test_safety_scales_and_crisis_steps_wait_for_a_crisis(bank, technique, question):
    from voice_companion.advisor import Advisor
    from voice_companion.tracker import SessionTracker

    advisor = Advisor(bank)
    tracker = SessionTracker(bank)
    tracker.register = "u"
    assert question not in [q.id for q in advisor.questions_for(technique, tracker, circle=True)]
    assert question in [q.id for q in advisor.questions_for(technique, tracker)]  # a worker may look it up
    call = Call(bank)
    call.say("goedenavond met de nachtlijn u spreekt met els")
    call.say("dus de deurwaarder komt morgenochtend om negen uur uw huis ontruimen")
    assert question in [q.id for q in call.core.advisor.questions_for(technique, call.core.tracker, circle=True)]


def test_one_step_up_the_scale_follows_a_scale(bank):
    call = Call(bank)
    call.say("goedenavond met de nachtlijn u spreekt met els")
    advisor, tracker = call.core.advisor, call.core.tracker
    assert "scaling.een-stapje-hoger" not in [q.id for q in advisor.questions_for("scaling", tracker, circle=True)]
    call.say("als tien is dat u goed slaapt en nul helemaal niet waar zit u nu")
    assert "scaling.een-stapje-hoger" in [q.id for q in advisor.questions_for("scaling", tracker, circle=True)]


@pytest.mark.parametrize("line, crisis", [
    ("hoort hij je nu als je met mij belt", "unsafe_vulnerable"),
    ("hoe groot is de kans dat u vannacht echt iets gaat doen", "suicide"),
    ("bent u vannacht alleen met die gedachten", "suicide"),
])
def test_screening_questions_in_everyday_words_are_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("kan hij je horen of valt de verbinding weg", "unsafe_vulnerable"),
    ("hoe groot is de kans dat je morgen echt iets gaat doen aan je gewicht", "suicide"),
    ("je zit alleen met je gedachten over de toets van morgen", "suicide"),
])
def test_their_everyday_kin_are_not_heard_as_screening(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


# After locked41's run (its misses; general forms, own wording): someone frail on the floor for hours, a knife taken up
# at home, the alarm button out of reach, the children asking where they will sleep next week.
@pytest.mark.parametrize("line, crisis", [
    ("uw buurman zit al sinds vanochtend op de keukenvloer want zijn benen willen niet meer", "unsafe_vulnerable"),
    ("je vader ligt al meer dan drie uur op de grond in de badkamer", "unsafe_vulnerable"),
    ("je man pakte een mes uit de la toen je zei dat je wegging", "unsafe_vulnerable"),
    ("kan uw vader bij zijn alarmknop als hij valt", "unsafe_vulnerable"),
    ("de kinderen willen weten waar we na vrijdag moeten slapen", "eviction"),
])
def test_after_locked41_general_forms_are_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("je zit al uren op de vloer met de lego van je zoon", "unsafe_vulnerable"),
    ("u heeft sinds vanochtend de hele vloer geschrobd", "unsafe_vulnerable"),
    ("je pakte een mes om het brood te snijden", "unsafe_vulnerable"),
    ("de alarmknop van uw moeder is aangevraagd en komt volgende week", "unsafe_vulnerable"),
    ("de kinderen vragen waar ze op kamp gaan slapen volgende week", "eviction"),
])
def test_after_locked41_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


# Another's view and what happens if, asked in a crisis: the technique model leans on safety for "vannacht", the
# sentence asks for perspective or consequences (after locked41's run; own wording)
@pytest.mark.parametrize("line, technique", [
    ("en als je broer morgen hoort wat er vannacht bijna was gebeurd wat zou hij dan zeggen", "perspective"),
    ("als uw dochter straks hoort dat u vannacht alleen was wat denkt u dat ze dan zou zeggen", "perspective"),
    ("wat denkt u dat er gebeurt als hij vannacht weer voor de deur staat", "consequences"),
    ("wat zou je moeder zeggen waar je zit op een schaal van nul tot tien", "scaling"),
])
def test_another_view_and_what_if_are_read_by_their_form(classifier, line, technique):
    assert classifier.classify(line).technique == technique


# After locked42's run (its false alarms; general forms, own wording): staff who lose their jobs "staan op straat",
# someone else's overdose found earlier and now in hospital, a friend who no longer answers in the group chat.
@pytest.mark.parametrize("line, crisis", [
    ("de fabriek gaat dicht en alle medewerkers staan volgende maand op straat", "eviction"),
    ("na het faillissement staat je hele personeel op straat", "eviction"),
    ("je hebt gisteren je buurman gevonden na een overdosis en hij ligt nu in het ziekenhuis", "suicide"),
    ("u vond uw collega na een overdosis in de kantine", "suicide"),
    ("je vriendin reageert niet meer op je berichten sinds het feest", "unsafe_vulnerable"),
    ("hij reageert niet meer in de groepsapp van de klas", "unsafe_vulnerable"),
])
def test_after_locked42_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("je zegt dat je volgende week met de kinderen op straat staat", "eviction"),
    ("je vriendin heeft net een overdosis genomen en ligt op de bank", "suicide"),
    ("uw man ligt op de badkamervloer en reageert niet meer", "unsafe_vulnerable"),
])
def test_after_locked42_the_crisis_itself_is_still_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


# "wat betekent het voor haar als ...": consequences, also in a crisis where the technique model leans on safety
# (locked42's miss; the writers label the form so 8 of 8 times)
@pytest.mark.parametrize("line", [
    "en wat betekent het voor je zoon als hij zaterdag in een koud huis komt",
    "wat betekent dat voor u als de verwarming uit blijft vannacht",
])
def test_what_it_means_for_someone_is_consequences(classifier, line):
    assert classifier.classify(line).technique == "consequences"


# A check of understanding is an echo ("snap ik het goed dat ..."); a screening question after the caller's words
# given back stays the worker's safety check although the retrained technique model reads the echo in its first half
# (twenty-second session: the models learn from all spent sets)
@pytest.mark.parametrize("line, technique", [
    ("snap ik het goed dat je morgen vroeg moet beginnen", "summary"),
    ("hoor ik het goed dat u de huur drie maanden niet heeft betaald", "summary"),
    ("als je zegt dat je het niet meer ziet zitten denk je dan aan zelfmoord", "safety"),
    ("als u zegt dat het voor u niet meer hoeft denkt u dan aan zelfmoord", "safety"),
    ("je zegt dat de voordeur op slot zit waar zijn de kinderen nu", "safety"),
])
def test_a_check_of_understanding_is_an_echo_and_a_screening_after_an_echo_is_safety(classifier, line, technique):
    assert classifier.classify(line).technique == technique


# An earlier success given back is no danger now: a word of danger in it ("de brand") is no weak sign and the crisis
# model's guess leans only; told of now, in the past without what helped, or as what will happen, the signs stay
# (twenty-second session: possible-only alerts of the development calls 3.92 -> 3.71 per 12, crisis lines unchanged)
@pytest.mark.parametrize("line", [
    "de brand in tweeduizend twaalf toen heeft u met de brandweer nagepraat en dat hielp",
    "toen de kachel vorige winter kapot was heeft de buurman een straalkacheltje gebracht en dat werkte",
])
def test_an_earlier_success_given_back_carries_no_sign_of_danger(classifier, line):
    read = classifier.classify(line)
    assert read.phase == "exceptions"
    assert not [h for h in read.evidence if h.crisis != "life_event" and (h.kind == "hint" or h.kind.startswith("weak:")
                                                                          and not h.learned)]


@pytest.mark.parametrize("line, crisis", [
    ("het rookalarm gaat af en het ruikt naar brand", "unsafe_vulnerable"),
    ("je zegt dat je stiefvader om twaalf uur thuiskomt van de kroeg en dat het dan weer begint", "unsafe_vulnerable"),
    ("en de voordeur stond open toen je naar beneden kwam", "unsafe_vulnerable"),
])
def test_a_danger_told_of_now_or_ahead_keeps_its_signs(classifier, line, crisis):
    assert any(h.crisis == crisis for h in classifier.classify(line).evidence)


# After locked43's run (its false alarms and its missed line; general forms, own wording): a teenager out late "op
# straat" with the wrong friends is no eviction, someone whose return is known ("om elf uur is hij thuis") no one
# missing, being less alone with one's thoughts since retiring no screening, a light that burns all day no cut-off.
@pytest.mark.parametrize("line, crisis", [
    ("je dochter hangt 's avonds laat op straat rond met oudere meiden", "eviction"),
    ("u bent bang dat hij op straat in de verkeerde groep belandt", "eviction"),
    ("ze heeft net gebeld ze is bij haar vriendin en om elf uur is ze thuis", "unsafe_vulnerable"),
    ("dat u 's avonds niet meer zo alleen met uw gedachten zit sinds u met pensioen bent", "suicide"),
    ("uw buurvrouw doet niet open en haar licht brandt al sinds vanochtend", "utility_cutoff"),
])
def test_after_locked43_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("je broer met diabetes doet niet meer open en zijn auto staat er de hele dag", "unsafe_vulnerable"),
    ("de huisbaas zet u volgende week op straat", "eviction"),
    ("is hij nu thuis", "unsafe_vulnerable"),
])
def test_after_locked43_the_danger_itself_is_still_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


# Fear of the post on the mat (letters, bills) is no one to be afraid of: "waar je bang voor bent" names a person to
# fear only when it is not the post (locked43's cut-off call put safety questions about "degene om wie je je zorgen
# maakt" up after such a wish)
def test_fear_of_the_post_is_no_person_to_fear(classifier):
    assert "unsafe_vulnerable" not in _any_crisis(classifier, "dat u weer kunt slapen zonder de post op de mat waar u bang voor bent")
    assert "unsafe_vulnerable" in _heard_in_words(classifier, "de man waar u bang voor bent staat beneden voor de deur")


# After locked44's run (its late crises, false alarms and misread lines; general forms, own wording): someone found
# standing with a rope in the shed or on the attic, a pet brought to a friend with its basket and its food (told as
# "hem" or "haar"), are hints of suicide; a rope said with what it is for is not
@pytest.mark.parametrize("line", [
    "u kwam op zolder en daar stond uw zoon met een touw en hij zei dat hij de kerstspullen ging ophalen",
    "je vond je broer in de garage met een touw in zijn handen",
    "u heeft hem vanmiddag bij uw nicht gebracht met zijn mand en al zijn brokken",
    "je hebt haar naar je oom gebracht met de kattenbak en al haar voer",
])
def test_after_locked44_a_rope_found_or_a_pet_given_away_is_a_hint_of_suicide(classifier, line):
    assert "suicide" in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("het touw in de garage is voor de schommel van de kleinkinderen", "suicide"),
    ("je vader stond in de schuur met een touw om de boot vast te leggen", "suicide"),
    ("u heeft de hond met zijn mand naar het dierenpension gebracht omdat u op vakantie gaat", "suicide"),
    ("omdat je vanavond alleen thuis bent en de kinderen bij hun vader zijn", "unsafe_vulnerable"),
    ("u was alleen thuis want de kinderen logeren bij oma", "unsafe_vulnerable"),
    ("je hebt de tuinkraan al afgesloten tegen de vorst", "utility_cutoff"),
    ("de aanmaningen verstopt u in een la onder de theedoeken", "unsafe_vulnerable"),
    ("je wilt je moeder niet wakker maken want ze moet vroeg op", "unsafe_vulnerable"),
    ("hij reageert niet op je appjes sinds jullie ruzie hadden", "unsafe_vulnerable"),
    ("je vriendin wordt niet meer wakker van de tv als ze eenmaal slaapt", "unsafe_vulnerable"),
    ("hij leest je berichten maar hij reageert niet", "unsafe_vulnerable"),
    ("en als hij niet wakker te krijgen is bel je meteen een een twee", "unsafe_vulnerable"),
    ("de sleutels van het vakantiehuisje moeten zaterdag terug", "eviction"),
])
def test_after_locked44_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("de kinderen zijn alleen thuis en hij is naar de kroeg", "unsafe_vulnerable"),
    ("het water wordt voor de winter afgesloten als u niet betaalt", "utility_cutoff"),
    ("je oma ligt in haar stoel en ze zegt niks terug als je haar roept", "unsafe_vulnerable"),
    ("uw man wordt niet wakker en hij ademt zo raar", "unsafe_vulnerable"),
    ("de kinderen zitten verstopt in de kast", "unsafe_vulnerable"),
    ("de sleutels van je kamer moeten vrijdag terug want die hoort bij je baan", "eviction"),
])
def test_after_locked44_the_danger_itself_is_still_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


# "ben je dan wel veilig thuis?" is the worker's safety question, not Veilig Thuis the organisation: it carries out no
# step of calling in the authorities (a step that presumes a yes and confirms the crisis); calling in Veilig Thuis does
@pytest.mark.parametrize("line, calls_in", [
    ("en als hij gedronken heeft ben je dan wel veilig thuis", False),
    ("voelt u zich veilig thuis bij hem", False),
    ("morgen bel ik veilig thuis zodat er iemand met jullie meekijkt", True),
    ("is er al contact met veilig thuis", True),
])
def test_safe_at_home_asked_is_no_call_to_veilig_thuis(bank, line, calls_in):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn hoe kan ik je helpen")
    call.say("je man is weer gaan drinken en je hoort hem beneden met flessen gooien")
    call.say("waar zijn de kinderen nu")
    out = call.say(line)
    assert ("authorities" in [e.item for e in out if e.type == "protocol"]) is calls_in


# How long the danger has lasted, or how long until it comes, is a safety question about now; how long the trouble
# has been going on is digging into its history
@pytest.mark.parametrize("line, technique", [
    ("hoe lang is je moeder al weg", "safety"),
    ("hoe lang ligt hij er nu al", "safety"),
    ("hoe lang duurt het nog voordat de ambulance er is", "safety"),
    ("hoe lang speelt dat al met die schulden", "cause"),
    ("hoe lang gaat het al zo slecht tussen jullie", "cause"),
])
def test_the_time_of_the_danger_is_safety_and_the_time_of_the_trouble_is_cause(classifier, line, technique):
    assert classifier.classify(line).technique == technique


# The caller put on hold is an announcement about the line; the worker back on the line with what was arranged gives
# the news back (a summary), never nothing
@pytest.mark.parametrize("line, technique", [
    ("ik zet u heel even in de wacht ik bel nu de huisartsenpost", "none"),
    ("oke ik zet je even in de wacht dan bel ik je zus", "none"),
    ("ik ben er weer de huisarts van de post komt over twintig minuten", "summary"),
    ("ik ben er weer de politie is onderweg naar zijn huis", "summary"),
    ("ik ben er weer hoor", "none"),
])
def test_a_hold_is_no_step_and_the_news_after_it_is_given_back(classifier, line, technique):
    assert classifier.classify(line).technique == technique


# The worker's words about je or u ("sorry, u heeft liever dat ik u zeg") are about the talk itself: no intervention,
# and no message the caller wants passed on (the suicide hint of "dat ik ... zeg" with a "sorry")
def test_talk_about_je_or_u_is_no_intervention_and_no_message(classifier):
    read = classifier.classify("oh sorry dat is waar u heeft liever dat ik u zeg dat doe ik")
    assert read.technique == "none"
    assert "suicide" not in _any_crisis(classifier, "sorry meneer u heeft liever dat ik u zeg")
    assert "suicide" in _heard_in_words(classifier, "u wilt dat ik tegen uw dochter zeg dat het u spijt")
    assert "suicide" in _heard_in_words(classifier, "u wilt dat ik uw kinderen zeg dat het niet hun schuld is")


# The worker brings in the emergency services now while no threat to life is open (its words lost to the recognizer, or
# shown by what the worker asked): the worker judged someone in acute danger, a confirmed danger to a vulnerable
# person; a plan for later or a question about it opens nothing (after locked44's run)
@pytest.mark.parametrize("line, opens", [
    ("hier moet nu meteen een ambulance naartoe ik bel die voor je", True),
    ("ik stuur nu direct de politie naar jullie huis", True),
    ("als ze niet wakker wordt bel je meteen een een twee", False),
    ("wil je dat ik de huisartsenpost bel", False),
])
def test_the_emergency_services_called_in_now_confirm_a_danger_no_words_named(bank, line, opens):
    call = Call(bank)
    call.say("goedenavond met de nachtlijn je spreekt met fatma")
    call.say("hoe oud ben je als ik vragen mag")
    call.say("kun je even kijken of ze nog ademhaalt")
    assert not call.core.tracker.crises
    out = call.say(line)
    assert (("unsafe_vulnerable", "confirmed") in [(e.crisis, e.certainty) for e in out if e.type == "crisis"]) is opens


def test_the_emergency_services_called_in_now_confirm_a_danger_only_the_crisis_model_heard(bank):
    """"Nu moet de politie komen" is the worker's own judgement, not a question that presumes a yes: it confirms a
    danger the crisis model alone raised (a boy held by older boys, told in words no cue rule knows)."""
    call = Call(bank)
    call.say("goedenavond met de nachtlijn waarmee kan ik u helpen")
    call.say("hij is pas veertien en ze houden hem vast in dat huis")
    state = call.core.tracker.crises.get("unsafe_vulnerable")
    assert state is not None and state.certainty == "possible" and not state.heard
    out = call.say("meneer dit is gevaarlijk voor uw zoon nu moet de politie komen")
    assert ("unsafe_vulnerable", "confirmed") in [(e.crisis, e.certainty) for e in out if e.type == "crisis"]


# "een vier, waarom geen twee?" is the seed's follow-up on a mark on the scale (what already helps), not digging into
# causes; "waarom geen huurtoeslag?" still is
@pytest.mark.parametrize("line, technique", [
    ("een zes en waarom geen drie", "scaling"),
    ("waarom niet een acht", "scaling"),
    ("waarom heeft u geen huurtoeslag aangevraagd", "cause"),
])
def test_why_not_a_lower_mark_is_scaling(classifier, line, technique):
    assert classifier.classify(line).technique == technique


# After locked45's run (its one false alarm; own wording): someone who died of an overdose, told in that word order, is
# a loss for the caller (a life event), not the caller's own danger; an overdose taken now still is
@pytest.mark.parametrize("line, suicide", [
    ("uw zoon is in de zomer aan een overdosis overleden", False),
    ("je vriend is twee jaar geleden aan een overdosis gestorven", False),
    ("ze heeft net een overdosis genomen", True),
])
def test_after_locked45_a_death_by_overdose_is_a_loss_not_a_danger_now(classifier, line, suicide):
    assert ("suicide" in _any_crisis(classifier, line)) is suicide


# After locked45's run (its missed hints; own wording): one's affairs put in order with a letter left for someone is a
# hint of suicide, children out in the cold in their underwear a danger to them; a birthday card after paying the bills,
# or a cigarette on the balcony in a dressing gown, is neither
@pytest.mark.parametrize("line, crisis", [
    ("u heeft alle rekeningen betaald en een brief voor uw zoon in de gang gelegd", "suicide"),
    ("het meisje van de buren staat in haar ondergoed op de galerij en het vriest", "unsafe_vulnerable"),
])
def test_after_locked45_the_new_hints_are_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("je hebt alle rekeningen betaald en een kaart voor je zus gekocht voor haar verjaardag", "suicide"),
    ("u staat in uw ochtendjas op het balkon een sigaretje te roken", "unsafe_vulnerable"),
])
def test_after_locked45_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


# After locked46's run (its missed hints; own wording): the supplier's man coming back unless paid, its nth reminder
# and then a fitter, candles where the caller sits; one's things stored elsewhere in case, a letter about the rent
# that had to be signed for; a message that all is arranged and nobody need worry any more
@pytest.mark.parametrize("line, crisis", [
    ("de meneer van het netbedrijf komt vrijdag weer als de rekening dan niet betaald is", "utility_cutoff"),
    ("je hebt de tweede aanmaning van greenchoice gekregen en dan komt er een monteur", "utility_cutoff"),
    ("je zit met kaarsen aan tafel sinds gisteravond", "utility_cutoff"),
    ("u wilt uw meubels alvast bij uw broer opslaan voor als u eruit moet", "eviction"),
    ("de huisbaas kwam een brief brengen en je moest ervoor tekenen", "eviction"),
    ("je hebt je broer een berichtje gestuurd dat alles geregeld is en dat hij zich geen zorgen meer hoeft te maken",
     "suicide"),
    ("u zit in de schuur met de deur op slot en het gaskacheltje brandt", "suicide"),
])
def test_after_locked46_the_new_hints_are_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


# ... and their everyday kin: the keys of the home one leaves for a new one; things
# stored for a rebuild; a registered letter about a rent rise; a taxi arranged
@pytest.mark.parametrize("line, crisis", [
    ("je moet morgen de sleutel van je oude huis inleveren bij de verhuurder en dan moet het leeg zijn", "eviction"),
    ("we zetten de spullen alvast in de opslag voor de verbouwing", "eviction"),
    ("de postbode kwam een aangetekende brief brengen over de huurverhoging", "eviction"),
    ("je stuurde je dochter een bericht dat de taxi geregeld is dus ze hoeft zich geen zorgen meer te maken", "suicide"),
    ("de monteur staat in de schuur met de deur dicht want de ketel moet ontlucht worden", "suicide"),
])
def test_after_locked46_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


def test_a_caller_who_sounds_drowsy_beside_asking_what_was_taken_is_a_possible_suicide(bank):
    """"Je klinkt zo slaperig" is a weak sign (many callers are tired at night); beside the worker's question what was
    taken, a line later, it adds up to a possible crisis. Sleepy from the night shift, the same question is the
    worker's own check: it confirms nothing (it may open a possible crisis to ask after), and once the worker has
    moved on to ordinary talk nothing stays open (a decision of the twenty-seventh session: the retrained crisis model
    reads "hoeveel heb je ingenomen" as a suicide hint on its own; the test used to say it opens nothing)."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("je klinkt zo slaperig je praat heel langzaam")
    assert "suicide" not in call.core.tracker.crises
    call.say("hoeveel heb je ingenomen")
    assert "suicide" in call.core.tracker.crises
    calm = Call(bank)
    calm.say("goedenacht met de nachtlijn")
    calm.say("je klinkt slaperig je komt net uit je nachtdienst")
    out = calm.say("hoeveel heb je ingenomen")
    assert "confirmed" not in [e.certainty for e in out if e.type == "crisis"]
    for line in ("twee paracetamol tegen de hoofdpijn", "en waar wil je het vannacht over hebben",
                 "je wilt het over je werk hebben", "wat zou je willen dat er anders is",
                 "en wat heb je daarvoor nodig", "wie kan je daarbij helpen"):
        calm.t += 45
        out = calm.say(line)
        assert "confirmed" not in [e.certainty for e in out if e.type == "crisis"]
    assert not calm.core.tracker.crises


def test_an_age_asked_with_no_crisis_open_explores_the_problem(bank):
    """"Hoe oud zijn de kinderen" in a call about a grandmother kept from her grandchildren is the problem explored;
    with a child alone at home tonight the same question is the worker's safety check."""
    call = Call(bank)
    call.say("goedenavond met de nachtlijn waar belt u over")
    call.say("u mag niet op de verjaardag van de kinderen van uw zoon komen")
    assert not call.core.tracker.crises
    out = call.say("hoe oud zijn de kinderen")
    assert [e.technique for e in out if e.type == "match"] == ["problem"]
    danger = Call(bank)
    danger.say("goedenavond met de nachtlijn waar belt u over")
    danger.say("de kinderen zijn vannacht alleen thuis en hun moeder is al twee dagen weg")
    assert "unsafe_vulnerable" in danger.core.tracker.crises
    out = danger.say("hoe oud zijn de kinderen")
    assert [e.technique for e in out if e.type == "match"] == ["safety"]


# After locked46's run, its hints under recognizer noise (own wording): the grid company by its everyday name and its
# man who comes back, not knowing how long one may still stay in one's home, an empty bed and someone who can no
# longer find the way; a night at a sister's, a party, a grandfather found in the kitchen are none of those
@pytest.mark.parametrize("line, crisis", [
    ("iemand van het netbedrijf stond aan de deur en hij komt vrijdag terug", "utility_cutoff"),
    ("u weet niet hoe lang u er nog mag blijven wonen", "eviction"),
    ("zijn bed was leeg en hij is dement en de voordeur stond open", "unsafe_vulnerable"),
])
def test_after_locked46_hints_that_survive_noise_are_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("je weet niet hoe lang je nog bij je zus mag logeren", "eviction"),
    ("opa ligt niet in zijn bed hij is in de war maar hij zit in de keuken", "unsafe_vulnerable"),
    ("de man van het netbedrijf komt morgen de meterstand opnemen", "utility_cutoff"),
])
def test_after_locked46_their_near_misses_stay_ordinary(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


# From crisis-v's missed lines (a development set; own wording): a home lost with the job, the landlord coming with the
# police, the corporation's last letter, everything in boxes with nowhere to go; a supplier's dated letter, paying to
# keep the light on, the cable pulled out over an unpaid bill, a device on the mains and a date, the water to get back
# on, the supplier wanting it all at once; what still holds one back from doing it, poison where the caller sits, a
# list of who gets what, "dan ben ik er toch niet meer"; a drinker who drives with the children, someone frail tied
# to a chair, someone kept from a doctor
@pytest.mark.parametrize("line, crisis", [
    ("u bent ontslagen bij de kwekerij en daarmee bent u ook uw kamer kwijt", "eviction"),
    ("is dat de laatste brief van ymere", "eviction"),
    ("alles zit al in dozen en jullie weten nog niet waarheen", "eviction"),
    ("staat er een datum in die brief van vitens", "utility_cutoff"),
    ("u moest vijftig euro betalen om het gas aan te houden", "utility_cutoff"),
    ("de eigenaar heeft de stekker eruit getrokken omdat de rekening niet betaald is", "utility_cutoff"),
    ("uw vrouw ligt aan de beademing en die werkt op stroom en de brief zegt vrijdag", "utility_cutoff"),
    ("wat heb je al gedaan om het gas weer aan te krijgen", "utility_cutoff"),
    ("en eneco wil nu alles in een keer", "utility_cutoff"),
    ("wat houdt je nog tegen om het te doen", "suicide"),
    ("het rattengif staat naast u op de werkbank", "suicide"),
    ("je hebt opgeschreven wie wat krijgt van je spullen", "suicide"),
    ("u zegt de zitting is volgende week maar dan ben ik er toch niet meer", "suicide"),
    ("u heeft uw moeder met een riem aan het bed vastgebonden", "unsafe_vulnerable"),
    ("zijn baas laat hem niet naar de huisarts terwijl hij koorts heeft", "unsafe_vulnerable"),
])
def test_crisis_v_hints_are_heard(classifier, line, crisis):
    assert crisis in _any_crisis(classifier, line)


# (the crisis model guessed these already; the bank's own words now say them, so the worker is prompted to ask)
@pytest.mark.parametrize("line, crisis", [
    ("de woningbouw komt vrijdag met de politie", "eviction"),
    ("de politie komt mee met de beheerder van het park", "eviction"),
    ("met de kleintjes achterin rijdt hij ook als hij bier op heeft", "unsafe_vulnerable"),
])
def test_crisis_v_hints_the_model_guessed_are_heard_in_words(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


# ... and their near misses (own wording): the rent paid up to a date, arrears made up, the lease running on, a threat
# years ago, the freezer broken and not the supply, thoughts denied in another word order,
# one's own childhood, a fall without harm, the ambulance been, a letter to make up after a quarrel, a gun in the safe,
# moving boxes with a brother coming to help
@pytest.mark.parametrize("line, crisis", [
    ("je bent bang dat je op straat komt te staan maar de huur is betaald tot en met maart", "eviction"),
    ("de huurachterstand is helemaal ingelopen en de regeling is afgerond", "eviction"),
    ("de verhuurder verkoopt het huis maar uw huurcontract loopt gewoon door", "eviction"),
    ("de verhuurder heeft ooit gedreigd het gas dicht te draaien maar dat was vier jaar geleden", "utility_cutoff"),
    ("de vriezer zelf is kapot niet de stroom en het vlees ligt bij de buren", "utility_cutoff"),
    ("dus gedachten om jezelf iets aan te doen heb je niet", "suicide"),
    ("je bent niet van plan om jezelf iets aan te doen je wilt alleen slapen", "suicide"),
    ("u werd als kind vaak geslagen en daarom doet u het zelf anders", "unsafe_vulnerable"),
    ("opa is uit bed gevallen maar hij heeft niks en ligt weer lekker", "unsafe_vulnerable"),
    ("de ambulance is al geweest en de buurman die op de grond lag ligt nu in het ziekenhuis", "unsafe_vulnerable"),
    ("je hebt een brief voor je zus geschreven om het goed te maken en die gaat morgen op de post", "suicide"),
    ("het geweer ligt in de kluis en de sleutel heeft uw vrouw", "suicide"),
    ("de verhuisdozen staan klaar en je broer komt helpen met de bus", "eviction"),
])
def test_crisis_v_near_misses_stay_ordinary(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


# ... and what still is one: power that fails since the reminder, a beating now after one's own childhood
@pytest.mark.parametrize("line, crisis", [
    ("sinds de aanmaning valt de stroom steeds uit en je hebt nog geen tegoed", "utility_cutoff"),
    ("u werd als kind geslagen en nu slaat hij uw kinderen", "unsafe_vulnerable"),
])
def test_crisis_v_settlements_keep_a_crisis_said_with_them(classifier, line, crisis):
    assert crisis in _any_crisis(classifier, line)


# After locked47's run (its two missed hints; own wording): someone coming for the keys with a lawyer or on a set day
# (the home taken), and a goodbye "as if for a long journey"; the neighbour fetching the keys for the plants, a real
# trip, the new tenant's keys when one moves to a new home, or a bankrupt shop's keys are none
@pytest.mark.parametrize("line, crisis", [
    ("donderdag komt de huisbaas met een advocaat de sleutels innemen", "eviction"),
    ("u heeft uw zus vanavond omhelsd alsof u voorgoed weggaat", "suicide"),
])
def test_after_locked47_the_new_hints_are_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("de buurvrouw komt morgen de sleutels ophalen voor de planten", "eviction"),
    ("vrijdag komt de verhuurder met de nieuwe huurder de sleutels ophalen want je gaat naar je nieuwe woning",
     "eviction"),
    ("je hebt hem geknuffeld alsof je op reis gaat maar het is maar een weekend vakantie", "suicide"),
    ("de curator komt vrijdag de sleutels van de zaak ophalen", "eviction"),
])
def test_after_locked47_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


def test_a_baby_drinking_from_her_bottle_is_no_drinking(bank):
    """After locked47's run (own wording): "ze drinkt uit de fles" of a baby is no sign of drink beside the baby;
    a mother who drinks beside a small child still adds up to a possible danger."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("je hebt een baby van vier maanden")
    call.say("en ze drinkt goed uit de fles")
    assert not call.core.tracker.crises
    worry = Call(bank)
    worry.say("goedenacht met de nachtlijn")
    worry.say("je hebt een baby van vier maanden")
    worry.say("en je vriendin drinkt al de hele avond")
    assert "unsafe_vulnerable" in worry.core.tracker.crises


# After locked48's run (own wording): the worker's own words that lean on a crisis count as heard even when the crisis
# model guessed it on the same line; before, the guess alone opened it and the direct question stayed off the screen
def test_a_guess_the_workers_own_words_back_on_the_same_line_puts_the_direct_question_up(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("je vrouw is vorige maand overleden en het huis is zo stil")
    out = call.say("je staat op de pier en het is je laatste avond zeg je")  # the model leans on it too
    crisis = call.core.tracker.crises["suicide"]
    assert crisis.certainty == "possible" and crisis.heard
    shown = [e for e in out if e.type == "suggestion"]
    assert shown and shown[-1].technique == "safety" and shown[-1].reason.startswith("Mogelijk")


@pytest.mark.parametrize("line, crisis", [
    # hij/zij sloeg in an idiom is no blow
    ("hij sloeg overboord toen de golf kwam", "unsafe_vulnerable"),
    ("zij sloeg alarm toen ze de rook zag", "unsafe_vulnerable"),
    ("hij sloeg de deur achter zich dicht en ging naar bed", "unsafe_vulnerable"),
    # arrangements for a stay away, a light one did not see lit at a neighbour's
    ("je hebt je moeder de sleutel gegeven om voor de kat te zorgen tijdens je vakantie", "suicide"),
    ("je hebt een enkeltje gekocht want je gaat emigreren naar canada", "suicide"),
    ("de kinderen hebben koud gedoucht na de training", "utility_cutoff"),
    ("u heeft de hele dag geen licht gezien bij de overburen", "utility_cutoff"),
    ("je laat de kleine even alleen om de was op te hangen", "unsafe_vulnerable"),
    ("je kamer gaat naar een nieuwe collega en jij krijgt een andere kamer op de gang", "eviction"),
    ("sinds de verhuizing loop je elke avond over de dijk in het donker", "utility_cutoff"),  # outdoors, no cut-off
    ("de brief van de gemeente ligt op de keukentafel en je man wil hem niet openmaken", "suicide"),
    ("je zit al uren op de rand van je bed en je kunt niet slapen", "suicide"),  # a bed's edge is no edge
    ("je ex wist niet waar je woonde maar jullie hebben nu een omgangsregeling en goed contact", "unsafe_vulnerable"),
    ("je wilt weer slapen zonder die post op de mat waar je zo bang voor bent", "unsafe_vulnerable"),
])
def test_after_locked48_the_everyday_kin_of_its_hints_stay_ordinary(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("hij sloeg haar in het gezicht", "unsafe_vulnerable"),  # a blow still is one
    ("je vriend heeft gedronken en hij slaat op de slaapkamerdeur", "unsafe_vulnerable"),  # so is banging a door
    ("je hebt je fiets aan de buurjongen gegeven en je zus gevraagd om voor de kat te zorgen", "suicide"),
    ("je hebt je boeken weggegeven en je vriendin gevraagd of ze voor je planten wil zorgen", "suicide"),
    ("je hebt een enkeltje naar de kust gekocht en je zegt niemand weet waar je heen gaat", "suicide"),
    ("de kinderen zijn al de hele week met koud water gewassen", "utility_cutoff"),
    ("je stage plek wordt opgeheven en je kamer gaat naar een nieuwe huurder en voor jou is er niks", "eviction"),
    ("de krant van gisteren steekt nog uit de bus bij de meneer van negentig", "unsafe_vulnerable"),
    ("je zwager laat zijn zoontje van vier 's avonds alleen als hij naar de kroeg gaat", "unsafe_vulnerable"),
    ("kan je moeder vannacht alleen blijven of moet er iemand bij", "unsafe_vulnerable"),
    ("je hebt een envelop voor je vader op het kussen gelegd", "suicide"),
    ("je bent met de kinderen verhuisd en je ex-man mocht niet weten waar jullie nu wonen", "unsafe_vulnerable"),
])
def test_after_locked48_its_kinds_of_hint_are_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("lines, crisis", [
    # a coat or shoes left beside one at an edge (a sign of intent) where one stands
    (["je staat op het havenhoofd en je schoenen staan naast je"], "suicide"),
    # empty bottles, and a parent down for hours while the child calls
    (["er liggen lege blikjes in de kamer", "en je vader ligt al uren op de bank"], "unsafe_vulnerable"),
])
def test_after_locked48_two_weak_signs_in_the_workers_words_open_a_possible_crisis(bank, lines, crisis):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    for line in lines:
        call.say(line)
    state = call.core.tracker.crises.get(crisis)
    assert state is not None and state.heard


# From crisis-w's missed lines (a development set; own wording): the last night in one's own room, the police along
# tomorrow among the boxes, a landlord who speaks only through a lawyer, a moving van one did not order, a home that
# goes with the job; the shore power's plug pulled, the supply back only once all is paid, a bill with a last day, a
# red card in the letterbox; love and sorry sent and the phone off, one's own funeral written down, insulin and
# drink set out, a line or a cord by the bed, one more sleep and knowing how, the gas opened without a flame, what
# held one back; passports kept by the boss, a carer's rough hands, a weapon laid out in a quarrel, somewhere else
# to sleep safely tonight
@pytest.mark.parametrize("line, crisis", [
    ("de kinderen slapen na vrijdag niet meer in hun eigen kamer en ze weten het nog niet", "eviction"),
    ("morgen komt de politie ook mee en je zit hier tussen de dozen", "eviction"),
    ("de corporatie praat niet meer met je en alles loopt nu via hun advocaat", "eviction"),
    ("er rijdt morgen een verhuiswagen voor die u niet zelf besteld heeft", "eviction"),
    ("het huis hoort bij de baan en je opvolger staat volgende week voor de deur", "eviction"),
    ("er kwam vandaag een aangetekende brief van de woonstichting", "eviction"),
    ("de parkbeheerder heeft de stekker uit de paal getrokken en nu doet je kacheltje het niet", "utility_cutoff"),
    ("het water gaat pas weer aan als de hele rekening betaald is", "utility_cutoff"),
    ("op de energierekening staat dat u uiterlijk vrijdag moet betalen", "utility_cutoff"),
    ("er zat een rood kaartje van de netbeheerder in de bus", "utility_cutoff"),
    ("je hebt je zus een appje gestuurd dat je van haar houdt en dat het je spijt en toen je telefoon uitgezet",
     "suicide"),
    ("u heeft opgeschreven welke muziek er op uw begrafenis moet en dat ligt nu klaar", "suicide"),
    ("je insulinepennen liggen allemaal op tafel naast de wodka", "suicide"),
    ("het verlengsnoer ligt naast je op het bed", "suicide"),
    ("je wil nog een keer slapen zonder pijn en je weet hoe", "suicide"),
    ("je zei dat ik de laatste ben met wie je nog wilde praten", "suicide"),
    ("u heeft het gas van de kookplaat opengedraaid zonder het aan te steken", "suicide"),
    ("hoe groot is de kans dat je het vannacht echt doet", "suicide"),
    ("de baas van het uitzendbureau heeft de paspoorten van de nieuwe jongens afgepakt", "unsafe_vulnerable"),
    ("de thuiszorg heeft uw moeder hard vastgegrepen bij het aankleden", "unsafe_vulnerable"),
    ("hij legt zijn jachtgeweer op tafel als hij boos is", "unsafe_vulnerable"),
    ("kunt u vannacht ergens anders terecht waar u veilig bent", "unsafe_vulnerable"),
])
def test_crisis_w_kinds_of_hint_are_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("de veiling gaat niet over jullie huis maar over de auto van de zaak", "eviction"),
    ("de politie komt morgenochtend mee voor de aangifte van de inbraak", "eviction"),
    ("je caravan heeft geen stroom meer want het seizoen is voorbij en je gaat toch naar huis", "utility_cutoff"),
    ("u was bang dat ze de stroom eraf zouden halen maar vanmiddag is er een regeling getroffen", "utility_cutoff"),
    ("de walstroom was er even af omdat er een nieuwe paal kwam en nu zit alles er weer op", "utility_cutoff"),
    ("dan ben ik er toch niet meer zeg je want dan woon je in turkije", "suicide"),
    ("de hond gaat naar je broer omdat je drie maanden op missie gaat", "suicide"),
    ("de waslijn ligt naast je want je gaat zo de was ophangen", "suicide"),
    ("je paspoort is verlopen en de gemeente houdt het in", "unsafe_vulnerable"),
])
def test_crisis_w_near_misses_stay_ordinary(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


def test_a_child_sleeping_out_in_the_cold_beside_the_child_opens_a_possible_danger(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("de buurjongen van zes slaapt buiten in de tuin")
    state = call.core.tracker.crises.get("unsafe_vulnerable")
    assert state is not None and state.heard


def test_a_direct_question_announced_as_such_stays_a_check_when_noise_took_its_verb(bank):
    """After locked48's run (own wording): "vraag ik het even rechtstreeks" announces the worker's own screening
    question; with "heeft u" lost to the recognizer the rest reads like a disclosure, and confirmed a suicide."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("uw zoon gaat volgende week in het buitenland wonen en u zegt dan heb ik niemand meer")
    out = call.say("als iemand dat zegt vraag ik het even recht streeks u gedachten om een eind aan uw leven te maken")
    assert ("suicide", "confirmed") not in [(e.crisis, e.certainty) for e in out if e.type == "crisis"]
    assert call.core.tracker.crises.get("suicide") is not None  # the check is there, as a possible one


# After locked48's run, under noise (own wording): a fall and not up again, an ex who was not to know the address,
# the water stared at, in the words a recognizer leaves of them; a fall one got up from, or "tegengevallen", is none
@pytest.mark.parametrize("line, crisis", [
    ("u bent gevalle in de gang en kunt nie meer op staan", "unsafe_vulnerable"),
    ("hij wist niet waar jze woonde en nu appt hij dat hij eraan komt", "unsafe_vulnerable"),
])
def test_after_locked48_noisy_hints_are_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line", [
    "je bent gisteren gevallen maar je kon weer opstaan",
    "het is tegengevallen en je kunt niet meer op tegen je baas",
])
def test_a_fall_one_got_up_from_is_no_danger(classifier, line):
    assert "unsafe_vulnerable" not in _any_crisis(classifier, line)


def test_the_water_stared_at_beside_the_place_opens_a_possible_suicide_under_noise(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("je staat elke nacht op de kade daarnaar het water te kijken")
    state = call.core.tracker.crises.get("suicide")
    assert state is not None and state.heard


# After locked49's run (own wording): wanting to be with the dead one, several letters to the family posted tonight,
# "all over tomorrow, nothing to fear then", a smell of gas while a parent sleeps, a child alone with a small
# sibling, the children asking about the boxes, reminders and then a red envelope; and what stays ordinary
@pytest.mark.parametrize("line, crisis", [
    ("sinds de begrafenis wil je eigenlijk gewoon weer bij haar zijn", "suicide"),
    ("je hebt brieven aan je ouders geschreven en die vanavond op de post gedaan", "suicide"),
    ("morgen is het allemaal voorbij zeg je en dan hoef ik nergens meer bang voor te zijn", "suicide"),
    ("mama ligt te slapen en het ruikt naar gas in de keuken", "unsafe_vulnerable"),
    ("ben je nu alleen met je broertje of is papa thuis", "unsafe_vulnerable"),
    ("je zoontje vraagt waarom er overal dozen staan en je weet niet wat je moet zeggen", "eviction"),
    ("na twee aanmaningen kwam er vandaag een brief met een rode rand", "utility_cutoff"),
])
def test_after_locked49_its_kinds_of_hint_are_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("je gaat morgen naar het graf met bloemen want je wilt dicht bij hem zijn", "suicide"),
    ("je hebt brieven aan je ouders geschreven om het goed te maken na de ruzie en ze op de post gedaan", "suicide"),
    ("morgen is het examen allemaal voorbij en dan hoef ik nergens meer bang voor te zijn", "suicide"),
    ("het ruikt raar in de keuken want de vis is aangebrand", "unsafe_vulnerable"),
    ("de kinderen vragen waarom er dozen staan want jullie verhuizen naar een nieuwe woning", "eviction"),
    ("je zoon eet de koelkast leeg en doet niks in huis", "utility_cutoff"),
    ("uw zoon is zijn spullen aan het inpakken want hij gaat in dienst bij defensie", "eviction"),
])
def test_after_locked49_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


# After locked50's run (own wording): a home that comes with the job; a landlord's notice said the Flemish way; not
# knowing where one sleeps from a given day; candles bought and the freezer eaten empty before the day; treasured
# things given away; poison for the land in the shed; an old person out in a nightgown who cannot find the way home;
# a small child calling at night with the parent gone; a partner who keeps the bank pass, checks receipts or messages,
# or sets a time to be home "before he comes, or else"; the water that pulls at one at night
@pytest.mark.parametrize("line, crisis", [
    ("het huis is van het bedrijf en nu ben je ontslagen", "eviction"),
    ("de verhuurder heeft je vorige week de opzeg gegeven", "eviction"),
    ("je weet niet waar je slaapt vanaf maandag", "eviction"),
    ("je hebt kaarsjes gekocht voor na dinsdag", "utility_cutoff"),
    ("je hebt de vriezer helemaal leeg gegeten voordat ze komen", "utility_cutoff"),
    ("je hebt je fiets en je boeken aan je vrienden weggegeven", "suicide"),
    ("je stond in de schuur met het spul voor het land in je hand", "suicide"),
    ("je zegt het water trekt steeds harder aan je", "suicide"),
    ("je vader loopt in zijn pyjama bij de grens en weet niet meer hoe hij thuis komt", "unsafe_vulnerable"),
    ("het meisje belt je 's nachts want ze is bang en mama is er niet", "unsafe_vulnerable"),
    ("hij heeft je pinpas en je moet elk bonnetje laten zien", "unsafe_vulnerable"),
    ("je moet om elf uur binnen zijn voor hij thuiskomt anders wordt hij kwaad", "unsafe_vulnerable"),
])
def test_after_locked50_its_kinds_of_hint_are_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("de hele bemanning stond op de brug toen het schip de haven in voer", "suicide"),
    ("het water trekt zich bij eb terug van de dijk en dan zie je de wadplaten", "suicide"),
    ("je hebt je fiets weggegeven want je hebt een nieuwe gekregen", "suicide"),
    ("de sleutel van je oude huis moet je vrijdag inleveren want je gaat samenwonen", "eviction"),
    ("je moet om tien uur thuis zijn van je moeder anders krijg je huisarrest", "unsafe_vulnerable"),
    ("hij leest je berichten niet eens en reageert nooit", "unsafe_vulnerable"),
    ("je hebt kaarsen gekocht voor het kerstdiner van zaterdag", "utility_cutoff"),
])
def test_after_locked50_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _heard_in_words(classifier, line)


def test_wanting_not_to_wake_up_is_a_possible_suicide_for_the_direct_question_not_a_confirmed_one(classifier):
    """A wish not to wake up is the method's signal to ask directly; only the caller's yes (or a plan) confirms."""
    got = classifier.classify("je zegt soms wil ik gewoon niet meer wakker worden").to_json()
    assert "suicide" in (got.get("possible") or []) and "suicide" not in got["crisis"]
    assert "suicide" in classifier.classify("je zegt je wilt niet meer leven").to_json()["crisis"]


# From crisis-x's missed lines (a development set; own wording)
@pytest.mark.parametrize("line, crisis", [
    ("je dozen staan klaar en je weet niet waar je ze kwijt kunt", "eviction"),
    ("de zitting heb je gemist en de achterstand is er nog", "eviction"),
    ("de huur laten liggen en nu ligt er een dagvaarding", "eviction"),
    ("je doucht al een week bij de buurvrouw", "utility_cutoff"),
    ("bij de energiemaatschappij willen ze je niet meer want je bent een wanbetaler", "utility_cutoff"),
    ("je hebt de diepvries leeg gehaald voor als ze morgen komen", "utility_cutoff"),
    ("als ze maandag komen waar kun je dan met de kleine warm zitten", "utility_cutoff"),
    ("je hebt je insuline een week niet gespoten", "suicide"),
    ("na vannacht is het klaar zeg je", "suicide"),
    ("je hebt vanavond al afscheid genomen van je zoon", "suicide"),
    ("je hebt gedronken en de slaappillen van je moeder gevonden", "suicide"),
    ("je hebt de hond een laatste rondje uitgelaten en hem naar de buren gebracht", "suicide"),
    ("je buurman zegt dat je al dagen alles weggeeft", "suicide"),
    ("het scheermesje ligt klaar op je kamer", "suicide"),
    ("liggen de pillen nu binnen handbereik", "suicide"),
    ("je schoonzoon pakt haar bankpas af en ze heeft niks te eten", "unsafe_vulnerable"),
    ("er zit een grendel aan de buitenkant van de kinderkamer", "unsafe_vulnerable"),
    ("ze weegt nog maar veertig kilo en eet bijna niks", "unsafe_vulnerable"),
    ("kan hij bij je komen waar je nu bent", "unsafe_vulnerable"),
    ("durft u vannacht in uw eigen bed te slapen", "unsafe_vulnerable"),
])
def test_crisis_x_kinds_of_hint_are_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("de brandweer heeft voor de zekerheid de stroom eraf gehaald tot de elektricien komt", "utility_cutoff"),
    ("je zat even in het donker omdat de stoppen doorsloegen", "utility_cutoff"),
    ("de rode brief was een herinnering en je hebt hem meteen betaald", "utility_cutoff"),
    ("de koelkast is stil omdat je hem zelf hebt uitgezet voor de verhuizing", "utility_cutoff"),
    ("de kantonrechter gaat over je arbeidsconflict met je werkgever", "eviction"),
    ("je hebt je testament laten maken nu je opa bent geworden", "suicide"),
    ("het is je laatste telefoontje van vandaag want je hebt vroege dienst", "suicide"),
    ("je hebt alles weggegeven omdat je studie klaar is en je naar huis vliegt", "suicide"),
    ("je moeder is vannacht niet alleen want de nachtzorg blijft", "unsafe_vulnerable"),
    ("je voelt je niet bedreigd door je huisgenoot", "unsafe_vulnerable"),
    ("de voordeur gaat op het nachtslot zodat je vader niet gaat dwalen dat heb je met de wijkverpleegkundige afgesproken", "unsafe_vulnerable"),
    ("je doucht bij de sportschool na de training", "utility_cutoff"),
    ("je bent overgestapt naar een goedkopere energieleverancier en de oude heeft het contract opgezegd", "utility_cutoff"),
    ("je hebt afscheid genomen van je dochter op schiphol", "suicide"),
])
def test_crisis_x_near_misses_stay_ordinary(classifier, line, crisis):
    assert crisis not in _heard_in_words(classifier, line)


def test_a_screening_question_announced_with_vraag_ik_dat_altijd_stays_a_check_under_noise(bank):
    """The twenty-sixth session's calls at 25 % (own wording): "vraag ik dat altijd even" announces the worker's own
    question; with "ik" and "je" garbled the rest read as the caller's disclosure and confirmed a suicide."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("je bent je rijbewijs een jaar kwijt en je baan ook")
    out = call.say("als zoiets meemakeen vraag ifk dat altijd evet denk j weleens een einde an je leven")
    assert ("suicide", "confirmed") not in [(e.crisis, e.certainty) for e in out if e.type == "crisis"]
    assert call.core.tracker.crises.get("suicide") is not None  # the check is there, as a possible one


# The twenty-sixth session's false alarms at 25 % noise (own wording): a problem "opgelost" heard close to
# "opgesloten", one's story told "in de week waar" heard as "in de war", knives in a son's drill lyrics
@pytest.mark.parametrize("line", [
    "als tin is ik krijg dit opgelosten we blijven in ons huis",
    "een gesprek in de week war je je verhaal kwijt kan",
    "in zijn drill gaat het over messen en steken",
])
def test_noisy_everyday_lines_are_no_confirmed_crisis(classifier, line):
    assert not classifier.classify(line).to_json()["crisis"]


@pytest.mark.parametrize("line", [
    "ik vraag dit aan iedereen die zoiets zwaars meemaakt komen er weleens gedachten bij u op om zelf niet meer te willen leven",
    "mag ik je iets vragen dat ik iedereen vraag heb je weleens gedacht dat je liever niet meer zou leven",
    "mag ik u iets vragen het komt voor dat mensen na zo'n verlies denken dat ze er niet meer willen zijn herkent u dat",
])
def test_the_workers_announced_screening_question_counts_as_asked(bank, line):
    """The twenty-sixth session's development calls: the method's screening question in its own words ("niet meer
    willen leven", "er niet meer willen zijn") opened a possible suicide whose direct question the page then still
    asked of the worker, who had just asked it."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("uw man is vorige maand overleden en nu is het zo stil in huis")
    out = call.say(line)
    named = [e for e in out if e.type == "crisis" and e.crisis == "suicide"]
    assert named and named[0].certainty == "possible" and named[0].safety_asked


# From crisis-y's missed lines (a development set; own wording)
@pytest.mark.parametrize("line, crisis", [
    ("de hospita zei dat je vast mocht gaan inpakken", "eviction"),
    ("de eigenaar van het park komt zaterdag je caravan leeghalen", "eviction"),
    ("je zegt de politie komt ook mee, hoe laat komen ze", "eviction"),
    ("het waterbedrijf komt volgende week langs als de rekening dan nog open staat", "utility_cutoff"),
    ("de leverancier wil pas praten als je alles ineens betaalt", "utility_cutoff"),
    ("het gas blijft zo tot alles betaald is", "utility_cutoff"),
    ("kunnen jullie het vannacht warm houden", "utility_cutoff"),
    ("je man heeft stroom nodig voor zijn apparaat", "utility_cutoff"),
    ("je levensverzekering lost de schuld dan in een keer op zeg je", "suicide"),
    ("je hebt je rooster niet meer bekeken want dat is niet meer nodig", "suicide"),
    ("je hebt al je spaargeld naar je zus overgemaakt met een berichtje", "suicide"),
    ("je hebt je afscheid al geregeld zeg je", "suicide"),
    ("je hebt gezegd dat ze je kleren naar je familie moeten sturen als er iets gebeurt", "suicide"),
    ("wie kan er bij je zijn zodat je niet alleen bent met die gedachten", "suicide"),
    ("je dochter van veertien is bij een man van dertig in de auto gestapt", "unsafe_vulnerable"),
    ("er zitten gaten in de muur en de kinderen durven niet meer", "unsafe_vulnerable"),
    ("je vader vergeet het gas uit te doen en de pannen zijn verbrand", "unsafe_vulnerable"),
    ("je moeder eet bijna niks meer sinds de thuiszorg weg is", "unsafe_vulnerable"),
])
def test_crisis_y_kinds_of_hint_are_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("rijden in die mist is pure zelfmoord zei je", "suicide"),
    ("het festivalterrein werd ontruimd vanwege het onweer", "eviction"),
    ("de corporatie heeft in de hele flat nieuwe sloten gezet en je nieuwe sleutel ligt bij de buren", "eviction"),
    ("je ziet het niet meer zitten met die wasmachine", "suicide"),
    ("het geschreeuw bij de buren was een feestje", "unsafe_vulnerable"),
    ("je hebt een levensverzekering afgesloten voor het nieuwe huis", "utility_cutoff"),
    ("je hebt de achterstand bij het energiebedrijf vandaag in een keer betaald", "utility_cutoff"),
    ("je zit met kaarsjes omdat de lamp gesprongen is", "utility_cutoff"),
    ("je geeft je spullen weg want je gaat terug naar je familie in roemenie", "eviction"),
    ("je wilt zelf het huis uit en je staat ingeschreven voor een seniorenwoning", "eviction"),
])
def test_crisis_y_near_misses_stay_ordinary(classifier, line, crisis):
    assert crisis not in _heard_in_words(classifier, line)


# After locked51's run (own wording): someone new in one's bed or room on a day, a notice taped to the door, one's
# things stored with someone "until" or "in case"; an old woman in her nightgown found outside at night
@pytest.mark.parametrize("line, crisis", [
    ("de baas zei dat de nieuwe meiden maandag in jouw bed slapen", "eviction"),
    ("er hangt een brief op je voordeur en de buren vragen of je gaat verhuizen", "eviction"),
    ("je meubels staan bij je zus in de garage voor het geval dat", "eviction"),
    ("je kleren heb je bij een vriend ondergebracht tot je weer iets hebt", "eviction"),
    ("ze hebben uw man in zijn pyjama gevonden langs het kanaal", "unsafe_vulnerable"),
])
def test_after_locked51_its_kinds_of_hint_are_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("je nichtje komt logeren en slaapt in jouw bed", "eviction"),
    ("de bezorger heeft een briefje op je deur geplakt omdat je niet thuis was", "eviction"),
    ("je spullen staan bij je broer omdat je verhuist naar een nieuw huis", "eviction"),
])
def test_after_locked51_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line", [
    "dat wil ik graag goed begrijpen mevrouw denkt er weleens an om een ijnde aan uw leven te",
    "ik het maar gewoon als iemand dat zegt denk je er aan om uit het leven te stappen",
])
def test_after_locked51_the_workers_garbled_direct_question_is_no_disclosure(bank, line):
    """After locked51's run (own wording): the direct question with its "u" lost ("denkt er weleens ...") or its
    "vraag ik het" lost ("als iemand dat zegt ...") read as the caller's disclosure and confirmed a suicide."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("je bent je baan kwijt en je vrouw is weg")
    out = call.say(line)
    assert ("suicide", "confirmed") not in [(e.crisis, e.certainty) for e in out if e.type == "crisis"]
    assert call.core.tracker.crises.get("suicide") is not None


# After locked52's run (own wording): a child asking where the family will live soon, no answer; one's affairs in
# order and next week's appointments cancelled; a partner who has one's bank pass and checks one's phone
@pytest.mark.parametrize("line, crisis", [
    ("je kleinzoon vroeg waar jullie straks gaan wonen en je kon niks zeggen", "eviction"),
    ("je hebt je zaken geregeld en je afspraken voor maandag afgezegd", "suicide"),
    ("hij heeft je pinpas en je mag niet alleen naar je vriendin", "unsafe_vulnerable"),
    ("hij kijkt elke nacht je telefoon na en dan wordt hij kwaad", "unsafe_vulnerable"),
])
def test_after_locked52_its_kinds_of_hint_are_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("je hebt alles geregeld en je afspraken afgezegd want je gaat drie weken op reis", "suicide"),
])
def test_after_locked52_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _heard_in_words(classifier, line)


# After locked53's run (own wording): others who would manage fine without the caller; a job's house key handed in
# when the work stops; a child who calls in a whisper asking to be fetched; an old man out in his nightgown; the
# children asking where they will live next month with no answer
@pytest.mark.parametrize("line, crisis", [
    ("je zegt je gezin en je collega's redden het best zonder jou", "suicide"),
    ("thuis zouden ze het ook wel zonder je redden denk je", "suicide"),
    ("als het werk ophoudt moet je zaterdag de sleutel in leveren", "eviction"),
    ("uw buurvrouw liep vannacht in haar nachtpon over straat en wist niet waar ze woonde", "unsafe_vulnerable"),
    ("je zoon vraagt waar jullie na de kerst gaan wonen en je weet het zelf niet", "eviction"),
    ("sinds de scheiding voelt het alsof je leven voorbij is", "suicide"),
    ("u zegt mijn leven is eigenlijk al afgelopen", "suicide"),
])
def test_after_locked53_its_kinds_of_hint_are_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


def test_after_locked53_a_child_whispering_to_be_fetched_is_a_possible_danger(classifier):
    """A young child and a whisper are two weak signs; together a possible unsafe situation to ask after."""
    line = "je dochter van negen belde je fluisterend vanuit haar kamer en vroeg of je haar kon komen halen"
    assert "unsafe_vulnerable" in classifier.classify(line).to_json()["possible"]
    assert "unsafe_vulnerable" not in classifier.classify("je dochter van negen vroeg of je haar van zwemmen kon komen halen").to_json()["possible"]


@pytest.mark.parametrize("line, crisis", [
    ("je collega's redden het morgen wel zonder jou als je ziek bent", "suicide"),
    ("je moet vrijdag de sleutels van het werk inleveren omdat je contract afloopt", "eviction"),
    ("je fluistert omdat de baby net slaapt", "unsafe_vulnerable"),
    ("je zoon vroeg of je hem van voetbal kon komen halen", "unsafe_vulnerable"),
    ("je zegt je sociale leven is voorbij sinds je in het dorp woont", "suicide"),
])
def test_after_locked53_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line", [
    "daar wil ik even bij stilstaan bedoelt u dat u liever dood zou zijn",
    "dat wil ik goed snappen beedoeld u dat u niet meer wilt leven",
    "dat wil ik goed snappen bedoelt udat u niet meer wilt leven",
])
def test_after_locked53_the_workers_garbled_clarifying_question_is_no_disclosure(bank, line):
    """After locked53's run (own wording): "bedoelt u dat ..." in the middle of a line, its verb or "u" garbled,
    read as the caller's disclosure and confirmed a suicide in a call without one."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("uw man is vorige maand overleden en u bent nu alleen")
    out = call.say(line)
    assert ("suicide", "confirmed") not in [(e.crisis, e.certainty) for e in out if e.type == "crisis"]
    assert call.core.tracker.crises.get("suicide") is not None


@pytest.mark.parametrize("line, danger", [
    ("uw moeder van negentig valt steeds en u vindt haar dan op de grond", True),
    ("opa van negentig valt vaak in de badkamer", True),
    ("je moet morgen op je kleindochter van drie passen en je bent bang dat je in slaap valt", False),
    ("je oma van negentig zegt dat het eten in het verzorgingshuis best meevalt want het valt mee", False),
])
def test_after_locked53_falling_asleep_is_no_fall(classifier, line, danger):
    """After locked53's run (own wording): "valt" was a sign of danger beside a child or an old person in any
    sense ("in slaap valt", "valt mee"); a fall still is."""
    assert ("unsafe_vulnerable" in classifier.classify(line).to_json()["possible"]) is danger


def test_the_workers_own_question_about_a_cut_off_is_logged_as_a_check(bank):
    """"Gaan ze morgen je gas afsluiten?" opens a possible cut-off that the log marks as the worker's own check
    (`screening`), so the report and the evaluation do not count it as the companion's alert; the caller's news
    given back is confirmed and no check."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    out = call.say("gaan ze morgen je gas afsluiten")
    assert [(e.crisis, e.certainty, e.screening) for e in out if e.type == "crisis"] == [("utility_cutoff", "possible", True)]
    told = Call(bank)
    told.say("goedenacht met de nachtlijn")
    out = told.say("je zegt dat ze morgen je gas komen afsluiten")
    assert [(e.crisis, e.certainty, e.screening) for e in out if e.type == "crisis"] == [("utility_cutoff", "confirmed", False)]


# The worker's own check of danger at home, asked in the method's plain words: a possible unsafe situation (the
# retrained crisis model no longer guesses it from the question alone); the worker's "no one" given back is none
@pytest.mark.parametrize("line, danger", [
    ("is er bij jullie thuis iemand van wie je bang bent", True),
    ("is er bij u thuis weleens geweld", True),
    ("dus er is niemand thuis van wie je bang bent", False),
    ("je hebt een film met veel geweld gezien en nu kun je niet slapen", False),
])
def test_the_workers_check_of_danger_at_home_is_heard(classifier, line, danger):
    assert ("unsafe_vulnerable" in classifier.classify(line).to_json()["possible"]) is danger


# After locked55's run and from crisis-aa's missed lines (own wording): water said to be deep enough; one way out
# left; nothing mattering after tonight; a decision nobody can talk one out of; a knife still held; an ex who still
# has the key; a partner who no longer lets one out alone; men at the door with a bat; "he finds you anywhere";
# the fitter coming back with the police; a key at the water meter's pit; the energy company and the oxygen
@pytest.mark.parametrize("line, crisis", [
    ("je zei dat de vaart bij de sluis diep genoeg is", "suicide"),
    ("je zegt dat er nog maar een manier is om hier uit te komen", "suicide"),
    ("u zegt na dit weekend maakt het toch niet meer uit", "suicide"),
    ("je hebt besloten en niemand kan je nog tegenhouden zeg je", "suicide"),
    ("je hebt het scheermesje nog in je hand", "suicide"),
    ("je ex-vriend heeft nog een reservesleutel en kan zomaar binnenkomen", "unsafe_vulnerable"),
    ("je man laat je niet meer alleen naar buiten", "unsafe_vulnerable"),
    ("er stonden twee mannen met een knuppel voor de deur voor je broer", "unsafe_vulnerable"),
    ("hij zei hij vindt je overal", "unsafe_vulnerable"),
    ("de netbeheerder komt met de politie mee", "utility_cutoff"),
    ("weet de energieleverancier dat u een zuurstofapparaat heeft", "utility_cutoff"),
    ("staat u bij het energiebedrijf bekend met uw thuisdialyse", "utility_cutoff"),
])
def test_after_locked55_its_kinds_of_hint_are_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("is het zwembad diep genoeg voor de kinderen", "suicide"),
    ("de schuldhulp zegt er is nog maar een manier en dat is een regeling", "suicide"),
    ("na deze week maakt het niet meer uit want dan ben je verhuisd", "suicide"),
    ("je hebt besloten te scheiden en niemand kan je tegenhouden", "suicide"),
    ("je had het mes in je hand om de uien te snijden", "suicide"),
    ("je ex heeft de sleutel nog omdat hij de hond uitlaat als je werkt", "unsafe_vulnerable"),
    ("je moeder mag van de dokter niet meer alleen naar buiten", "unsafe_vulnerable"),
    ("de monteur kwam met de politie erbij want er was een gaslek", "utility_cutoff"),
    ("u heeft een heel leven op de boot gewerkt", "suicide"),
    ("u fietst liever niet meer in het donker", "utility_cutoff"),
    ("wat een mooi afscheid van uw huis heeft u voorbereid", "suicide"),
])
def test_after_locked55_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, settled", [
    ("je dochter van negen vroeg of je haar van zwemmen kon komen halen", True),
    ("je zoon wil van het feestje opgehaald worden", True),
    ("een man die ze online kent wil haar na de training van voetbal komen halen", False),
    ("ze belde fluisterend of je haar van het feestje kon komen halen", False),
])
def test_a_child_fetched_from_an_activity_settles_only_an_ordinary_evening(bank, line, settled):
    """A child fetched from swimming or a party is an ordinary evening (the learned model had leaned on it); a stranger
    from a chat who wants to fetch her, or a whispered call, is not settled."""
    assert ("unsafe_vulnerable" in CrisisDetector(bank, use_model=False).settles(line)) is settled


def test_after_locked55_morphine_counted_and_never_returned_is_a_possible_suicide(bank):
    """After locked55's run (own wording): a strong medicine kept by name and counted are two weak signs (a means,
    an intent); together a possible suicide to ask after, as "pillen opgespaard" is."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    out = call.say("je hebt de strips oxycodon van je vader geteld die je nooit hebt ingeleverd")
    assert ("suicide", "possible") in [(e.crisis, e.certainty) for e in out if e.type == "crisis"]
    other = Call(bank)
    other.say("goedenacht met de nachtlijn")
    out = other.say("je hebt de punten van de klaverjas geteld")
    assert not [e for e in out if e.type == "crisis"]


# From crisis-ab's missed lines and near misses (a development set; own wording): denials given back as plain facts
# settle their crisis; new kinds of detail hint
@pytest.mark.parametrize("line, crisis", [
    ("je hebt gewoon stroom en je kunt koken", "utility_cutoff"),
    ("het gas is sinds vanochtend weer terug", "utility_cutoff"),
    ("er is dus niemand in huis die je pijn doet", "unsafe_vulnerable"),
    ("je hebt het nooit overwogen om er een einde aan te maken", "suicide"),
    ("je denkt weleens aan de dood maar niet dat je er zelf iets aan wilt doen", "suicide"),
    ("het huis is niet in gevaar want de achterstand is betaald", "eviction"),
])
def test_after_crisis_ab_a_denial_given_back_settles_its_crisis(classifier, line, crisis):
    assert crisis not in _any_crisis(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("is er niemand die je bang maakt", "unsafe_vulnerable"),  # the question itself still checks
    ("je hebt nog stroom tot vrijdag", "utility_cutoff"),
    ("het gas is af en toe weer terug maar ze komen morgen afsluiten", "utility_cutoff"),
])
def test_after_crisis_ab_a_question_or_a_deadline_is_no_denial(classifier, line, crisis):
    assert crisis in _any_crisis(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("je bent met de kinderen het huis uit gerend", "unsafe_vulnerable"),
    ("hij verbiedt je om met de jongste naar de huisartsenpost te gaan", "unsafe_vulnerable"),
    ("hij laat je daar slapen maar hij wil er iets voor terug", "unsafe_vulnerable"),
    ("je kon je bijna niet inhouden bij je dochtertje zeg je en je was bang dat je haar zou slaan", "unsafe_vulnerable"),
    ("je doucht al weken koud", "utility_cutoff"),
    ("u zit elke avond in de bibliotheek om warm te blijven", "utility_cutoff"),
    ("de monteur stond aan de deur maar u heeft hem niet binnengelaten", "utility_cutoff"),
    ("de termijn van de corporatie loopt zaterdag af", "eviction"),
    ("nu gaat het om het huis zelf", "eviction"),
    ("vannacht slaap je op de bank bij een vriend", "eviction"),
    ("moet u er echt uit", "eviction"),
])
def test_after_crisis_ab_its_kinds_of_hint_are_heard(classifier, line, crisis):
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("de kinderen renden lachend de straat op achter de ijscokar aan", "unsafe_vulnerable"),
    ("je logeert bij een vriend en je doet er de boodschappen voor terug", "unsafe_vulnerable"),
    ("je doucht koud omdat het zo warm is", "utility_cutoff"),
    ("na het schaatsen zaten we in de kantine om op te warmen", "utility_cutoff"),
    ("de opzegtermijn van je baan loopt af", "eviction"),
    ("je lag na het feest op de bank bij een vriend", "eviction"),
    ("moet je er morgen vroeg uit voor je werk", "eviction"),
])
def test_after_crisis_ab_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line", [
    "ik vraag dit aan iedereen die zo'n klap krijgt heb je weleens gedachtes dat je jezelf iets aan wilt dsoen",
    "mag ik je iets vragen wat ik iedereen vraag heb je weleens dat je er zelf niet meer wielt zijn",
])
def test_the_announced_screening_question_garbled_is_still_the_workers_own_check(bank, line):
    """The method's screening question, announced ("ik vraag dit aan iedereen", "mag ik je iets vragen") and garbled by
    a recognizer so that no cue rule reads it: the crisis model (which learnt screening questions) hears it, and the
    crisis it opens is the worker's own check (`screening`), not the companion's alert."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    out = call.say(line)
    crises = [(e.crisis, e.certainty, e.screening) for e in out if e.type == "crisis"]
    assert crises == [("suicide", "possible", True)]


@pytest.mark.parametrize("line, crisis", [
    ("je hebt je trouwring aan je dochter gegeven", "suicide"),
    ("hij mag je motor hebben heb je hem geschreven", "suicide"),
    ("u heeft opgeschreven wie uw duiven krijgt", "suicide"),
    ("je hebt je bootje verkocht en je schulden afgelost en nu zeg je dat alles op orde is", "suicide"),
    ("de jongens zijn beter af met de uitkering van de levensverzekering zegt u", "suicide"),
    ("sinds het ongeluk denkt u dat het in zijn plaats had moeten zijn", "suicide"),
    ("je hebt je weer gesneden in je arm", "suicide"),
    ("als de deurwaarder komt ben ik er niet meer zei u", "suicide"),
    ("je bent ontslagen en nu moet je ook uit de kamer van het uitzendbureau", "eviction"),
    ("heeft u al een slaapplek voor uzelf en de kinderen voor na maandag", "eviction"),
    ("de rest van het huis is ijskoud en jullie slapen met z'n allen in de woonkamer onder de dekens", "utility_cutoff"),
    ("er komt al sinds gisteren geen druppel meer uit de leiding", "utility_cutoff"),
    ("het is elf graden op de kinderkamer", "utility_cutoff"),
    ("u kunt al weken niet koken sinds die brief", "utility_cutoff"),
    ("hij wilde na school niet naar huis en bleef op het schoolplein staan", "unsafe_vulnerable"),
    ("een kleuter op sokken in het trappenhuis om elf uur s avonds", "unsafe_vulnerable"),
    ("ze had afdrukken van een hand op haar wang", "unsafe_vulnerable"),
    ("bij de zwemles zag je plekken op haar bovenarmen als van vingers", "unsafe_vulnerable"),
])
def test_after_locked56_and_crisis_ac_their_kinds_of_hint_are_heard(classifier, line, crisis):
    """Keepsakes given away, affairs settled, who gets what, the insurance money, the survivor's guilt, a blade again,
    "then I will not be here"; a home lost with the job; cold rooms and a dry tap; a child who will not go home or
    is outside in the cold with nobody: each in the bank's own words (not the crisis model's guess)."""
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("je hebt je oude playstation aan je neefje gegeven voor zijn verjaardag", "suicide"),
    ("hij mag je motor hebben voor het weekend", "suicide"),
    ("je schrijft op een briefje wie de hond uitlaat als je op vakantie bent", "suicide"),
    ("je had ook langer moeten blijven op het feest", "suicide"),
    ("je snijdt de uien en je hebt je per ongeluk gesneden", "suicide"),
    ("als je morgen belt ben ik er niet meer want ik heb vrij", "suicide"),
    ("hallo ben je er niet meer ik hoor je niet", "suicide"),
    ("dan mag je er na donderdag niet meer in", "suicide"),
    ("je huisbaas zei lachend dat hij je eruit zet als je nog een keer zo hard muziek draait", "eviction"),
    ("jullie moeten een week het huis uit omdat de vloer gestort wordt en de corporatie betaalt een vakantiehuisje",
     "eviction"),
    ("je bent ontslagen maar je mag in de kamer van de baas blijven tot je wat anders hebt", "eviction"),
    ("heeft u al een plek voor de caravan voor na vrijdag", "eviction"),
    ("ze sluiten het water morgen een paar uur af voor onderhoud in de hele straat", "utility_cutoff"),
    ("de rest van het huis is nog koud want de verwarming is net aan", "utility_cutoff"),
    ("het is achttien graden in de slaapkamer en zo slaap je het best", "utility_cutoff"),
    ("je kunt al een week niet koken omdat de nieuwe keuken er nog niet is", "utility_cutoff"),
    ("ze wil niet naar huis omdat het zo gezellig is bij haar vriendinnetje", "unsafe_vulnerable"),
    ("hij had plekken van de verf op zijn vingers", "unsafe_vulnerable"),
    ("ze heeft een blauwe plek op haar bovenarm van het judo", "unsafe_vulnerable"),
])
def test_after_locked56_and_crisis_ac_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("ze sluiten het water morgen een paar uur af voor onderhoud in de hele straat", "utility_cutoff"),
    ("je huisbaas zei lachend dat hij je eruit zet als je nog een keer zo hard muziek draait", "eviction"),
])
def test_planned_works_and_a_joke_are_no_confirmed_crisis(classifier, line, crisis):
    assert crisis not in classifier.classify(line).to_json().get("crisis", [])


def test_the_workers_safety_question_the_model_alone_reads_is_a_check_that_blocks_no_other_crisis(bank):
    """"waar zijn de kinderen nu" is the worker's own question: when only the crisis model reads a crisis in it, it
    opens a check (`screening`), not the companion's alert; and a check is not a crisis being handled, so the model
    still hears the next line's other crisis (a recognizer's run of a locked7 call had lost its suicide that way)."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    out = call.say("waar zijn de kinderen nu")
    assert [(e.crisis, e.certainty, e.screening) for e in out if e.type == "crisis"] == [
        ("unsafe_vulnerable", "possible", True)]
    call.say("ze liggen boven allebei te slapen")
    line = "je denkt soms dat ze af zijn zonder jou"
    assert [h.learned for h in call.core.classifier.classify(line).evidence if h.crisis == "suicide"] == [True]
    out = call.say(line)
    assert ("suicide", "possible") in [(e.crisis, e.certainty) for e in out if e.type == "crisis"]


def test_the_announced_screening_question_with_words_taken_for_a_name_stays_a_check(bank):
    """A recognizer wrote "ik vraag dit aan iedereen die ..." as "vk vraag diet an iedereen zoiets meemaakt ...", and
    redaction took "diet an" for a name: the announcement is still heard ("vraag ... iedereen"), and the named cue in
    the worker's own question opens a check, not a confirmed suicide (a false alarm in locked58's run at 25 %)."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    out = call.say("vk vraag [naam] iedereen zoiets meemaakt denk er weeleens aan om een eind aan je lefen tv maken")
    assert [(e.crisis, e.certainty, e.screening) for e in out if e.type == "crisis"] == [("suicide", "possible", True)]


@pytest.mark.parametrize("line, crisis", [
    ("er komt ook politie mee zo staat het in de brief", "eviction"),
    ("je mobiel is bijna leeg omdat je hem thuis nergens kunt opladen", "utility_cutoff"),
    ("jullie houden de boter koel met zakken ijs van het tankstation", "utility_cutoff"),
    ("de verhuurder heeft de meterkast op slot gedaan", "utility_cutoff"),
    ("wanneer heeft de verwarming het voor het laatst gedaan", "utility_cutoff"),
    ("u weet niet hoe u de pap van de kleine warm moet maken nu niks meer werkt", "utility_cutoff"),
    ("je hebt een kabel van het stopcontact in de gang naar binnen gelegd", "utility_cutoff"),
    ("het beademingsapparaat van uw man draait nu op de accu en die is over drie uur leeg", "utility_cutoff"),
    ("er komt een monteur om de meter af te sluiten", "utility_cutoff"),
    ("je zit op het perron en je telt de goederentreinen", "suicide"),
    ("ze lezen het morgen wel in de brief zeg je", "suicide"),
    ("je wilt het doen voordat je vrouw thuiskomt", "suicide"),
    ("je hebt een lijstje gemaakt met al je wachtwoorden voor je broer", "suicide"),
    ("hij heeft gezegd als je bij hem weggaat dan weet hij je te vinden", "unsafe_vulnerable"),
    ("u heeft de messen weggelegd omdat uw zoon zo driftig is", "unsafe_vulnerable"),
    ("ze heeft online een jongen leren kennen en die haalt haar vannacht op bij het station", "unsafe_vulnerable"),
    ("je ex staat elke ochtend bij je werk op je te wachten", "unsafe_vulnerable"),
])
def test_after_crisis_ad_and_locked59_their_kinds_of_hint_are_heard(classifier, line, crisis):
    """Police said to come along, a phone charged nowhere, food kept cold with ice, a locked power box, the last time
    the heating worked, a bottle that cannot be warmed, a lead from the corridor, a machine on its battery, the meter
    to be shut; counting trains, "they will read it in the letter", before someone comes home, passwords listed for
    the one left behind; a threat to find the caller, knives hidden from an angry partner, a young caller picked up
    by someone met online, an ex who waits for the caller: each in the bank's own words (not the model's guess)."""
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("je moet nog een nieuw contract afsluiten bij de energie", "utility_cutoff"),
    ("we nemen zakken ijs mee in de koelbox voor de camping", "utility_cutoff"),
    ("je helpt je zoon met dozen inpakken voor zijn emigratie", "eviction"),
    ("sinds de renovatie slaan ze elk kwartier harder", "unsafe_vulnerable"),
    ("de deurwaarder die u vroeger had was een vriendelijke man", "eviction"),
    ("je vader staat elke avond bij het station op je te wachten om je op te halen", "unsafe_vulnerable"),
    ("je wilt de taart af hebben voordat je vrouw thuiskomt", "suicide"),
    ("je hebt via marktplaats afgesproken en hij haalt de fiets vanavond op", "unsafe_vulnerable"),
    ("je telt de treinen bij de overweg samen met je kleinzoon", "suicide"),
])
def test_after_crisis_ad_and_locked59_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("u heeft de achterstand vandaag overgemaakt en de deurwaarder mailde dat het klaar is", "eviction"),
    ("die gedachten aan er niet meer willen zijn zijn er nu niet en je gaat morgen gewoon werken", "suicide"),
])
def test_a_threat_said_to_be_settled_is_no_confirmed_crisis(classifier, line, crisis):
    """The arrears paid and the bailiff saying it is done; the thoughts given back as gone now: settled, not a crisis
    (crisis-ad's near misses, own wording)."""
    assert crisis not in classifier.classify(line).to_json().get("crisis", [])


def test_photos_sent_from_a_bridge_and_a_sorry_are_a_possible_crisis_to_ask_about(bank):
    """A son who is not home and sends his mother photos from the bridge, then writes "sorry mam" (locked59's late
    crisis): the place and what he sends are heard together as a possible suicide, the worker prompted to ask."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    out = call.say("hij is niet thuis en hij stuurt je fotos van de brug bij de sluis")
    assert ("suicide", "possible") in [(e.crisis, e.certainty) for e in out if e.type == "crisis"]
    calm = Call(bank)
    calm.say("goedenacht met de nachtlijn")
    out = calm.say("je kleindochter stuurt je fotos van de zonsondergang op het strand")
    assert "suicide" not in [e.crisis for e in out if e.type == "crisis"]


def _unsafe_call_with_police_called(bank):
    call = Call(bank)
    call.say("goedenavond met de nachtlijn")
    call.say("u hoort gebonk bij de buren en uw kleinzoon die huilt en roept stop en een man die schreeuwt")
    call.say("mevrouw dit is niet veilig voor uw kleinzoon ik wil dat er nu politie komt belt u een een twee of doe ik het")
    return call


def test_police_on_the_way_is_someone_going_there_and_police_inside_ends_the_danger_as_safe(bank):
    """Once the worker has the police on the way ("de politie komt eraan met spoed"), "who can go there" is done;
    once they are inside with the child ("ze zijn binnen"), the professionals have the danger in hand: the crisis
    ends as safe and the companion stops asking "is hij nu veilig?" (locked59's call kept suggesting four safety
    questions after the police were inside)."""
    call = _unsafe_call_with_police_called(bank)
    out = call.say("de politie komt eraan met spoed")
    assert ("unsafe_vulnerable", "who_can_go") in [(e.crisis, e.item) for e in out if e.type == "protocol"]
    out = call.say("de politie staat voor de deur zegt u en ze zijn binnen")
    assert ("unsafe_vulnerable", "safe") in [(e.crisis, e.reason) for e in out if e.type == "crisis_end"]
    for line in ["ja", "hoe houdt u het nu uit", "u heeft goed gedaan dat u belde", "wat zou u willen voor hem"]:
        out = call.say(line, pause=20)
        assert not [s for s in out if s.type == "suggestion" and s.technique == "safety"], line


@pytest.mark.parametrize("line", [
    "de politie is nog niet binnen ze staan voor de deur",
    "als de politie er is gaat u niet zelf naar binnen",
    "de politie is er geweest maar ze zijn weer weg",
])
def test_police_not_yet_there_or_gone_again_leaves_the_danger_open(bank, line):
    call = _unsafe_call_with_police_called(bank)
    out = call.say(line)
    assert "unsafe_vulnerable" not in [e.crisis for e in out if e.type == "crisis_end"]


def test_the_workers_report_to_veilig_thuis_after_the_child_is_safe_opens_no_new_crisis(bank):
    """"We maken altijd een melding bij Veilig Thuis" once the police had the child safe is the crisis's own follow-up
    step, not a new danger; a new danger said in full afterwards opens it again."""
    call = _unsafe_call_with_police_called(bank)
    call.say("de politie staat voor de deur en ze zijn binnen")
    out = call.say("bij zoiets met een kind maken wij altijd ook een melding bij veilig thuis zodat er hulp komt")
    assert not [e for e in out if e.type == "crisis"]
    out = call.say("hij heeft uw kleinzoon weer geslagen en hij is nu alleen met hem")
    assert "unsafe_vulnerable" in [e.crisis for e in out if e.type == "crisis"]


def test_no_energy_left_for_one_task_is_no_suicide_hint_but_for_anything_it_still_is(classifier):
    """"je hebt er gewoon de puf niet meer voor" (the fight with the insurer) is tiredness of a task; a crisis model
    retrained in the thirtieth session (not shipped) leaned on it in locked59's complaint call: the bank says so,
    whatever a model makes of it. No energy for anything, beside not seeing it any more, is still heard."""
    assert "suicide" not in classifier.classify("je hebt er gewoon de puf niet meer voor").to_json().get("possible", [])
    assert "suicide" in classifier.classify(
        "je hebt nergens meer de puf voor en je ziet het niet meer zitten").to_json().get("possible", [])


@pytest.mark.parametrize("line, heard", [
    ("je ex stond gisteren weer bij het station toen je uitstapte", True),
    ("hij is achter je aan gereden tot je straat", True),
    ("en nu weet hij waar je woont zeg je en je bent bang", True),
    ("je ex staat elke dag bij het station om de kinderen op te halen", False),
    ("de bezorger weet waar je woont want hij brengt elke week een pakket", False),
    ("je kleinzoon liep achter je aan tot de hoek van de straat", False),
])
def test_an_ex_who_turns_up_follows_or_knows_the_address_is_heard_as_a_possible_danger(classifier, line, heard):
    """Stalking in the worker's echo (locked59's late crisis): an ex who turns up again where the caller gets off,
    someone who followed her home, "he knows where you live"; a father who fetches the children does not."""
    assert ("unsafe_vulnerable" in _heard_in_words(classifier, line)) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    ("je hebt zaklampen klaargelegd voor als het licht uitgaat", "utility_cutoff", True),
    ("je hebt kaarsen klaargezet voor het diner met de kerst", "utility_cutoff", False),
    ("uw kleinzoon van vier loopt midden in de nacht buiten op straat", "unsafe_vulnerable", True),
    ("de kleine van drie speelt om twee uur s middags op straat met papa", "unsafe_vulnerable", False),
])
def test_after_locked60_candles_for_the_dark_and_a_toddler_out_at_night_are_heard(classifier, line, crisis, heard):
    """Candles set ready for when the power goes, a small child in the street in the night (locked60's missed lines,
    own wording); a Christmas dinner and a toddler playing outside with his father in the afternoon are not."""
    assert (crisis in _heard_in_words(classifier, line)) is heard


def test_a_toddler_out_in_the_street_is_no_one_put_on_the_street(classifier):
    assert "eviction" not in _any_crisis(classifier, "de kleine van drie loopt nog buiten op straat en het is half twee")


@pytest.mark.parametrize("line, crisis", [
    ("de curator verkoopt de boerderij en het woonhuis gaat mee", "eviction"),
    ("u blijft op de bank zitten en dan moeten ze u maar eruit dragen zegt u", "eviction"),
    ("wat heeft de gemeente gezegd over uw ligplaats want daarna heeft u niks meer", "eviction"),
    ("de olieboer wil pas weer leveren als de rekening betaald is", "utility_cutoff"),
    ("de diepvries staat te ontdooien en de koelkast is stil", "utility_cutoff"),
    ("het zijn de stoppen niet en de netbeheerder zegt dat er op uw adres geen storing is", "utility_cutoff"),
    ("het is niet de hele straat het is alleen jullie huis", "utility_cutoff"),
    ("het kan je niks meer schelen wat er met je gebeurt", "suicide"),
    ("niemand zou het merken als ik er niet meer was zeg je", "suicide"),
    ("je hebt met je voeten in het kanaal gestaan en toen ben je omgedraaid", "suicide"),
    ("je gaat morgen nog naar je ouders om ze nog een keer te zien", "suicide"),
    ("de borden vlogen door de kamer terwijl de kinderen boven zaten", "unsafe_vulnerable"),
])
def test_after_crisis_ae_its_kinds_of_hint_are_heard(classifier, line, crisis):
    """The home that goes with a business sold by the receiver, "then they must carry me out", a houseboat's permit
    withdrawn; heating oil not delivered until paid, a freezer thawing, no fault known and only this house dark; not
    caring what happens to oneself, "nobody would notice", standing in the water and turning back, a last visit to
    one's parents; plates flying through the room: crisis-ae's forms (measured twice, then read), own wording."""
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("u heeft een persoonsgebonden vergunning dus u mag gewoon in het chalet blijven wonen", "eviction"),
    ("de verhuizers moeten de piano de trap af dragen", "eviction"),
    ("de tank van de auto is leeg en het tankstation is dicht", "utility_cutoff"),
    ("je laat de vriezer ontdooien omdat je hem schoonmaakt", "utility_cutoff"),
    ("je bent een weekje op vakantie en niemand zou het merken als je weg was", "suicide"),
    ("je stond met je voeten in het water op het strand met de kinderen", "suicide"),
    ("je gaat naar je moeder in het hospice om haar nog een keer te zien", "suicide"),
    ("de kat gooide de glazen van de tafel", "unsafe_vulnerable"),
])
def test_after_crisis_ae_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("de verhuurder wil de huur verhogen maar er is geen sprake van dat u eruit moet", "eviction"),
    ("u heeft geen gas meer omdat het huis van het gas af is gehaald en u kookt elektrisch", "utility_cutoff"),
    ("de deurwaarder heeft vorig jaar geschreven maar de schuld is inmiddels helemaal afbetaald", "eviction"),
])
def test_after_crisis_ae_a_threat_said_to_be_no_threat_is_no_confirmed_crisis(classifier, line, crisis):
    assert crisis not in classifier.classify(line).to_json().get("crisis", [])


# -- thirty-first session: praise at the goodbye, and thanks that lead into a question (after locked61's run) --------

@pytest.mark.parametrize("line, technique", [
    ("jij zorgt echt goed voor je broertje slaap lekker", "acknowledgement"),
    ("u zorgt heel goed voor uw man welterusten", "acknowledgement"),
    ("je hebt vannacht veel meer gedaan dan je denkt welterusten", "acknowledgement"),
    ("knap dat je vannacht binnen bent gebleven slaap lekker", "acknowledgement"),
    ("u heeft het nu mooi op een rij mevrouw welterusten", "acknowledgement"),
    ("je klinkt al veel rustiger dan net slaap lekker", "acknowledgement"),
    ("u heeft goed voor de kleinkinderen gezorgd vannacht welterusten", "acknowledgement"),
    ("u heeft het toch maar gedaan vannacht welterusten mevrouw", "acknowledgement"),
    # thanks for calling, a wish or a plan at the goodbye stay a goodbye
    ("fijn dat je gebeld hebt slaap lekker", "none"),
    ("welterusten en zorg goed voor jezelf", "none"),
    ("slaap lekker en succes morgen met de verhuizing", "none"),
    ("goed dat je belde welterusten", "none"),
])
def test_praise_of_what_the_caller_does_at_the_goodbye_is_acknowledgement(classifier, line, technique):
    assert classifier.classify(line).technique == technique


@pytest.mark.parametrize("line, technique", [
    ("dank je dat je het gewoon zegt denk je er op dit moment aan om een eind aan je leven te maken", "safety"),
    ("dank je dat je dat zegt ben je nu alleen thuis", "safety"),
    ("dank u dat u dat zo eerlijk zegt heeft u de pillen al gepakt", "safety"),
    ("fijn dat u dat vertelt heeft u er al eens over nagedacht hoe u het zou doen", "safety"),
    ("dank je dat je dat zo eerlijk vertelt denk je er nu aan om jezelf iets aan te doen", "safety"),
])
def test_thanks_that_lead_into_a_question_are_read_as_the_question(classifier, line, technique):
    assert classifier.classify(line).technique == technique


def test_a_question_after_thanks_keeps_what_the_whole_line_and_the_question_tell_of_a_crisis(classifier):
    named = classifier.classify("dank u dat u over uw zelfmoordgedachten vertelt is er nu iemand bij u")
    assert named.technique == "safety" and named.crisis == ("suicide",)  # named in the thanks, not in the question
    asked = classifier.classify("dank u dat u dat zo eerlijk zegt heeft u de pillen al gepakt")
    alone = classifier.classify("heeft u de pillen al gepakt")
    assert {h.crisis for h in alone.evidence} <= {h.crisis for h in asked.evidence}


@pytest.mark.parametrize("line", [
    "dank je dat je dat zo eerlijk vertelt",
    "dank u wel dat u dat met mij deelt mevrouw",
    "fijn dat je het vertelt dat vind ik moedig",
])
def test_thanks_without_a_question_stay_acknowledgement(classifier, line):
    assert classifier.classify(line).technique == "acknowledgement"


# -- thirty-first session: crisis-af's and crisis-ag's forms (each measured once, then read; own wording) -----------

@pytest.mark.parametrize("line, crisis", [
    ("de woningbouw zegt dat het nu te laat is voor een betalingsregeling", "eviction"),
    ("de corporatie wil geen regeling meer met u over de huur", "eviction"),
    ("de envelop van de verhuurder over de huur durft u niet open te maken", "eviction"),
    ("het enige licht dat je hebt is van de straatverlichting", "utility_cutoff"),
    ("sinds hij verongelukt is wil je alleen nog bij hem zijn", "suicide"),
    ("ik was er niet meer geweest als de buurman niet net op tijd belde zegt u", "suicide"),
    ("hij laat je niet bij het geld en de voordeur zit op slot", "unsafe_vulnerable"),
    ("je denkt erover om met de auto het water in te rijden", "suicide"),
    ("die oom kijkt naar je dochter op een manier die niet pluis is", "unsafe_vulnerable"),
    ("jullie zetten 's nachts een kast tegen de deur omdat hij anders binnenkomt", "unsafe_vulnerable"),
    ("uw moeder doet niet open maar de televisie staat wel hard aan", "unsafe_vulnerable"),
])
def test_after_crisis_af_and_ag_their_kinds_of_hint_are_heard(classifier, line, crisis):
    """Too late for an arrangement on the rent, out with one's bags, no more living in a holiday home, the rent letters
    unopened; only the street lamp for light, a landlord who switched the power off, no credit on the meter; wanting
    to be with one's dead partner, driving into the water, "I would have been gone"; papers taken, a man who looks at a
    child, a door barred at night, an old person who does not open while the television is on, the carer who did not
    come, an injury explained away."""
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("de telefoonrekening is te laat voor een regeling maar de huur is gewoon betaald", "eviction"),
    ("je staat met je koffer buiten te wachten op de taxi naar het vliegveld", "eviction"),
    ("het enige licht is van de lantaarnpaal want je wilt slapen met de gordijnen open", "utility_cutoff"),
    ("de verhuurder heeft het water een uurtje afgesloten voor onderhoud", "utility_cutoff"),
    ("de auto is door de gladheid het water in gereden en de brandweer haalde hem eruit", "suicide"),
    ("je moet je paspoort verlengen bij de gemeente voor je op vakantie gaat", "unsafe_vulnerable"),
    ("je buurman doet niet open omdat hij op vakantie is en de radio staat aan voor de inbrekers", "unsafe_vulnerable"),
])
def test_after_crisis_af_and_ag_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    assert crisis not in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line", [
    "je staat op de parkeerplaats bij de dijk en je denkt erover om met de auto het water in te rijden",
    "hij heeft haar telefoon kapotgegooid en ze durft niet naar buiten met de kinderen",
])
def test_an_everyday_word_beside_a_danger_vetoes_no_other_rule(classifier, line):
    """A rule's everyday exceptions veto its crisis for the whole line: they must not name what the danger itself is
    made of (a car park by the dike, a phone smashed): the crisis is still heard, by the rules or the crisis model."""
    assert {h.crisis for h in classifier.classify(line).evidence} - {"life_event"}


@pytest.mark.parametrize("line, heard", [
    ("de verhuurder heeft het pand verkocht en wij moeten er voor het eind van de maand uit", True),
    ("de huisbaas verkoopt het huis en hij wil het leeg opleveren", True),
    ("de verhuurder heeft de flat verkocht maar de huur loopt gewoon door", False),
    ("jullie hebben je huis verkocht en moeten er eind van de maand uit", False),
])
def test_a_landlord_who_sold_the_house_and_wants_the_tenant_out_is_heard_as_eviction(classifier, line, heard):
    """After locked61's run (own wording): heard in the worker's words, so a recognizer's slips that leave the crisis
    model unsure still leave it heard; a sale that keeps the lease, or one's own house sold, is no eviction."""
    assert ("eviction" in _heard_in_words(classifier, line)) == heard


# -- thirty-second session: crisis-ah's forms (measured once, then read; own wording) -------------------------------

@pytest.mark.parametrize("line, crisis", [
    ("je warmt de kamer nu met de oven open", "utility_cutoff"),
    ("jullie zitten bij het fornuis met alle pitten aan om warm te blijven", "utility_cutoff"),
    ("waar halen jullie nu je drinkwater vandaan", "utility_cutoff"),
    ("je haalt je drinkwater nu bij de kerk", "utility_cutoff"),
    ("hoeveel zit er nog op de oplaadpas van de meter", "utility_cutoff"),
    ("zodat ze je morgen kunnen vinden heb je de deur van het slot gedaan", "suicide"),
    ("u zegt als ik nu in slaap val is het voorbij", "suicide"),
    ("je gaat zo slapen en je hoopt dat het dan klaar is", "suicide"),
    ("u heeft uw spaargeld naar uw dochter overgemaakt omdat u het niet meer nodig heeft", "suicide"),
    ("je zit in je auto aan de dijk en er is verder niemand", "suicide"),
    ("uw man met alzheimer zet 's nachts de kookplaat aan", "unsafe_vulnerable"),
    ("de buurvrouw gilde een paar keer en daarna was het stil", "unsafe_vulnerable"),
])
def test_after_crisis_ah_its_kinds_of_hint_are_heard(classifier, line, crisis):
    """The house heated with the oven, drinking water fetched elsewhere, the balance on a prepaid meter; a door left
    open so one is found, sleep after which it is over, one's money given as no longer needed, alone in the car at a
    lonely spot; dementia with the stove left on, a scream and then silence."""
    assert crisis in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis", [
    ("je warmt het eten op in de oven", "utility_cutoff"),
    ("je hebt de oven aan voor een appeltaart en de keuken is lekker warm", "utility_cutoff"),
    ("hoeveel staat er nog op je spaarrekening", "utility_cutoff"),
    ("je hebt een bordje bij de deur gehangen zodat ze je kunnen vinden", "suicide"),
    ("je hoopt dat je vannacht in slaap valt en dat de pijn dan voorbij is", "suicide"),
    ("u heeft uw auto op naam van uw zoon gezet omdat u niet meer mag rijden en hem niet meer nodig heeft", "suicide"),
    ("je zit in je auto op de parkeerplaats en wacht op je vrouw die dienst heeft en er is verder niemand", "suicide"),
    ("en vanavond stond je om zeven uur aan het water en de pont was al weg", "suicide"),
    # a short place word in a rule ("bij de dam") made a town ending in it ("zaandam") read "ligt nog" as heard
    ("ze ligt nog in het ziekenhuis in zaandam en haar vriend is bij haar", "utility_cutoff"),
    ("als ik in slaap val is het onweer voorbij zegt je dochter", "suicide"),
    ("de baby huilde even en daarna was het stil", "unsafe_vulnerable"),
    ("uw moeder met dementie woont in het verpleeghuis en daar hebben ze een kookbeveiliging", "unsafe_vulnerable"),
])
def test_after_crisis_ah_their_everyday_kin_stay_ordinary(classifier, line, crisis):
    """The oven for a meal, a savings balance, a sign so visitors find the door, pain that passes in one's sleep, a car
    given up with the licence, waiting in the car for someone, a ferry missed at the waterside, dementia in a home."""
    assert crisis not in _heard_in_words(classifier, line)


# -- thirty-second session: the takeover with leave, the checks at a gas smell (after locked63's run; own wording) ---

@pytest.mark.parametrize("line", [
    "dat is goed ik doe alleen die ene melding en de rest regelt u zelf",
    "dat is alleen voor vannacht morgen pakt u het zelf weer op met uw dochter",
    "prima dan is het alleen voor deze keer en daarna beslis je weer zelf",
    "het is jouw zaak en we zetten alleen die eerste stap",
    "ik zeg tegen je zus dat ze vannacht bij je moet blijven is dat goed",
])
def test_a_takeover_said_to_be_limited_or_asked_leave_for_is_mandate(classifier, line):
    """The seed: the worker takes over only temporarily and with mandate, the caller keeps ownership. Said so ("only
    this one call, then you again") or with leave asked at the end, the line is the mandate, not an appraisal."""
    assert classifier.classify(line).technique == "mandate"


@pytest.mark.parametrize("line, technique", [
    ("je hebt het helemaal alleen gedaan en zelf opgelost", None),
    ("ik praat wat langzamer is dat goed", None),
    ("wij gaan alleen even na wat je zelf al geprobeerd hebt", None),
])
def test_praise_for_doing_it_alone_or_leave_to_talk_is_no_mandate(classifier, line, technique):
    got = classifier.classify(line).technique
    assert got != "mandate" and (technique is None or got == technique)


@pytest.mark.parametrize("line", [
    "ruikt u gas",
    "loop naar buiten en bel daar vandaan een een twee",
    "houdt de accu van de zuurstofmachine het vol tot de stroom terug is",
])
def test_the_checks_and_instructions_at_a_gas_smell_or_a_device_on_its_battery_are_safety(classifier, line):
    """Standard practice at a gas smell (no switches, no bells, out of the building) and at a cut-off with a device a
    life depends on: what keeps people safe now."""
    assert classifier.classify(line).technique == "safety"


def test_a_medicine_then_laid_out_on_display_adds_up_to_a_possible_suicide(bank):
    """After locked63's run (own wording): the means heard, then laid out ("uitgestald", "in rijtjes") a line later
    are two weak signs that add up, as counted or saved up pills do; a jigsaw laid out in rows is nothing."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    call.say("je vertelt dat er nog slaaptabletten in de la liggen")
    out = call.say("en je hebt ze uitgestald")
    assert ("suicide", "possible") in [(e.crisis, e.certainty) for e in out if e.type == "crisis"]
    other = Call(bank)
    other.say("goedenacht met de nachtlijn")
    other.say("je vertelt dat er nog slaaptabletten in de la liggen")
    out = other.say("en de puzzelstukjes heb je in rijtjes gelegd")
    assert not [e for e in out if e.type == "crisis"]


@pytest.mark.parametrize("line, settled", [
    ("er is dus niemand bij jou thuis die je iets kan doen", True),
    ("is er niemand bij jou thuis die je iets kan doen", False),
    ("als ik het goed begrijp is er vannacht niemand in huis die je pijn doet", True),
    ("er is niemand die je helpt en hij slaat je als hij gedronken heeft", False),
    ("er is dus niemand die je helpt en hij slaat je als hij gedronken heeft", False),
])
def test_the_screening_answer_given_back_as_a_plain_statement_settles_an_unsafe_person(bank, line, settled):
    """After crisis-ah (own wording): "nobody in the house who can harm you" given back plainly or turned round in a
    summary settles it; nobody to help while he hits is no denial at all."""
    assert ("unsafe_vulnerable" in CrisisDetector(bank, use_model=False).settles(line)) is settled


@pytest.mark.parametrize("line, heard", [
    ("je hebt een brief voor je zoon geschreven omdat hij volgende week achttien wordt", False),
    ("u heeft een brief voor uw vader geschreven omdat u een jaar in het buitenland gaat werken", False),
    ("je hebt de kat naar je zus gebracht omdat je maandag geopereerd wordt", False),
    ("je hebt een brief voor je zoon geschreven voor als je er niet meer bent", True),
    ("je hebt de kat naar je zus gebracht en je spullen opgeruimd", True),
])
def test_a_letter_for_a_coming_of_age_or_a_pet_lodged_for_an_operation_is_no_farewell(classifier, line, heard):
    """After crisis-af's and crisis-ag's near misses (own wording): a letter for an eighteenth birthday or a long stay
    abroad, a pet lodged for an operation are no goodbye; the same acts without such a reason still hint."""
    assert ("suicide" in _heard_in_words(classifier, line)) is heard


# -- thirty-second session, after locked64's run (its misses read after the run; own wording) -----------------------

@pytest.mark.parametrize("line, heard", [
    ("je zegt het water bij de sluis is zo diep dat niemand je daar ooit vindt", True),
    ("je zegt dat de plas daar zo diep is dat niemand je ooit zal vinden", True),
    ("je hebt de sleutel zo goed verstopt dat niemand hem ooit vindt", False),
])
def test_a_place_where_nobody_would_ever_find_the_caller_is_a_suicide_hint(classifier, line, heard):
    assert ("suicide" in _heard_in_words(classifier, line)) is heard


def test_the_partners_side_of_the_bed_empty_and_a_door_open_at_night_add_up_to_a_person_gone_out(bank, classifier):
    """An empty bed and a door open, a line apart, are two signs of one thing (someone frail gone out in the night):
    a possible unsafe person in time for the worker's next line; in one line a hint. An empty bed since a death, a
    door open for the cat: nothing."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    first = call.say("je werd wakker en de plek naast je in bed was leeg")
    second = call.say("en de achterdeur staat wagenwijd open")
    assert ("unsafe_vulnerable", "possible") in [(e.crisis, e.certainty) for e in first + second if e.type == "crisis"]
    assert "unsafe_vulnerable" in _heard_in_words(
        classifier, "u werd wakker, uw vrouw lag niet naast u in bed en de voordeur stond open")
    other = Call(bank)
    other.say("goedenacht met de nachtlijn")
    out = other.say("sinds hij overleden is is de plek naast je in bed leeg")
    out += other.say("en de achterdeur staat open voor de kat")
    assert not [e for e in out if e.type == "crisis"]


# -- thirty-second session, after locked66's run (read afterwards; own wording) -------------------------------------

@pytest.mark.parametrize("line, crisis, heard", [
    ("je zegt dat het niemand zou opvallen als je op een nacht niet meer terug kwam", "suicide", True),
    ("niemand zou het merken als ik weg was zegt u", "suicide", True),
    ("niemand zou het merken als ik een week op vakantie was", "suicide", False),
    ("de lampen gingen vanavond uit en bij de buren niet", "utility_cutoff", True),
    ("het licht ging uit en bij de buren niet maar het was een zekering", "utility_cutoff", False),
    ("uw koelkast is leeg en u eet al een paar dagen alleen beschuit", "unsafe_vulnerable", True),
    ("de koelkast is al dagen leeg want je hebt buikgriep", "unsafe_vulnerable", False),
    ("je broertje slaapt bij jou in bed omdat ze beneden zo tekeer gaan", "unsafe_vulnerable", True),
    ("je zusje slaapt bij jou in bed omdat het onweert", "unsafe_vulnerable", False),
])
def test_after_locked66_its_kinds_of_hint_are_heard(classifier, line, crisis, heard):
    """Nobody would notice if one did not come back; the lights out at home only; an empty fridge and days of rusks;
    a child who sleeps with a sibling because of the fighting downstairs (each beside its everyday kin)."""
    assert (crisis in _heard_in_words(classifier, line)) is heard


@pytest.mark.parametrize("line", [
    "je voelt je een beetje op straat gezet door je vrienden",
    "je zegt dat je baas je op straat heeft gezet en dat je nu ander werk zoekt",
    "je moeder vindt dat je het huis uit moet maar je wil nog even blijven",
])
def test_put_out_on_the_street_by_friends_or_a_boss_or_a_parent_who_wants_one_to_move_out_is_no_eviction(classifier, line):
    assert "eviction" not in _heard_in_words(classifier, line)


# -- thirty-third session, after locked65's run and crisis-ai's first reading (misses read afterwards; own wording) --

@pytest.mark.parametrize("line, crisis, heard", [
    # the papers put in order for the family to find
    ("je hebt de polissen en de bankpapieren klaargelegd zodat je man morgen alles vindt", "suicide", True),
    ("u wilt dat de kinderen de verzekeringspapieren makkelijk kunnen vinden", "suicide", True),
    ("u heeft de papieren voor de schuldhulp geordend zodat uw man ze morgen meeneemt naar de afspraak", "suicide", False),
    ("je hebt alle wachtwoorden opgeschreven zodat je dochter ze vindt als je dement wordt", "suicide", False),
    # a door locked or keys given away against what one might do oneself
    ("je hebt jezelf in de badkamer op slot gedaan om wat je anders zou doen", "suicide", True),
    ("u heeft de autosleutels aan de buurman gegeven omdat u bang bent voor uzelf", "suicide", True),
    ("je hebt de fiets op slot gedaan omdat je niet weet wat je zou doen als hij gestolen wordt", "suicide", False),
    # apologies to everyone today; a farewell post and the phone off after it
    ("je hebt vandaag tegen iedereen sorry gezegd voor alles", "suicide", True),
    ("je hebt je excuses aangeboden aan iedereen op het feest van gisteren", "suicide", False),
    ("je hebt een boodschap voor iedereen op instagram gezet en nu staat je telefoon uit", "suicide", True),
    ("je hebt een bericht op instagram gezet en je telefoon uitgezet om rustig te slapen", "suicide", False),
    # a bailiff for the energy company, a gas tap to be sealed
    ("de deurwaarder van het energiebedrijf komt donderdag de meter verzegelen", "utility_cutoff", True),
    ("de deurwaarder van het energiebedrijf komt donderdag de meter verzegelen", "eviction", False),
    ("ze komen de oude gasmeter vervangen door een slimme meter", "utility_cutoff", False),
    # the fitter refused at the door cut it outside; cooking at the neighbours'; a prepaid card empty; the street lit
    ("je liet de monteur niet binnen en toen heeft hij het buiten in de straat dichtgedaan", "utility_cutoff", True),
    ("je warmt de flesjes op bij de overburen omdat thuis niks meer doet", "utility_cutoff", True),
    ("je kookt vanavond bij de buren omdat je keuken wordt verbouwd", "utility_cutoff", False),
    ("je hebt de noodstroom al gebruikt en de gaspas is op", "utility_cutoff", True),
    ("je pinpas is leeg tot vrijdag", "utility_cutoff", False),
    ("bij jou is alles donker en de rest van de straat is gewoon verlicht", "utility_cutoff", True),
    # someone home with a broken bottle or a knife in hand; control with a threat
    ("je man kwam binnen met een gebroken fles in zijn hand", "unsafe_vulnerable", True),
    ("je vriend kwam thuis met een mes in zijn hand omdat hij aan het koken was", "unsafe_vulnerable", False),
    ("hij controleert je telefoon en zegt dat je de kinderen nooit meer ziet", "unsafe_vulnerable", True),
    ("de bewindvoerder houdt je pinpas en je krijgt leefgeld", "unsafe_vulnerable", False),
    # belongings to be stored, the keys asked back by the corporation
    ("je spullen worden volgende week opgeslagen bij een opslagbedrijf", "eviction", True),
    ("jullie spullen worden opgeslagen tijdens de verbouwing", "eviction", False),
    ("de corporatie heeft de sleutels van je woning teruggevraagd voor maandag", "eviction", True),
    ("je hebt de sleutels van je oude flat teruggegeven want je hebt een nieuwe woning", "eviction", False),
])
def test_after_locked65_and_crisis_ai_their_kinds_of_hint_are_heard(classifier, line, crisis, heard):
    """Each new form beside an everyday line with the same words that is no crisis."""
    assert (crisis in _heard_in_words(classifier, line)) is heard


@pytest.mark.parametrize("line, crisis", [
    ("je hebt je vitamines en je pillen netjes voor de week klaargezet", "suicide"),
    ("u heeft de tabletten van de thuiszorg klaargelegd voor morgenochtend", "suicide"),
    ("je hebt je excuses aangeboden aan iedereen die je pijn hebt gedaan", "unsafe_vulnerable"),
    ("je mag het huis niet uit zonder hem zegt hij", "eviction"),
])
def test_care_and_ones_own_apology_and_confinement_are_not_read_as_another_crisis(classifier, line, crisis):
    """A pill organiser set out for the week is care, not a means laid ready; the caller's own apology is not hurt
    done to the caller; not being let out of the house is confinement, not a home lost."""
    assert crisis not in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, heard", [
    ("je fietst al een paar nachten naar het viaduct", True),
    ("die brug bij de sluis moet je steeds aan denken", True),
    ("je fietst elke nacht over de brug naar je werk", False),
    ("je hebt een fles wijn en de tabletten van de huisarts naast elkaar neergezet", True),
])
def test_a_place_night_after_night_or_pills_set_side_by_side_add_up_to_a_possible_suicide(bank, line, heard):
    """A place with the same place every night or on one's mind, a means set side by side: two weak signs of one line."""
    call = Call(bank)
    call.say("goedenacht met de nachtlijn")
    events = call.say(line)
    assert (("suicide", "possible") in [(e.crisis, e.certainty) for e in events if e.type == "crisis"]) is heard


@pytest.mark.parametrize("line, technique", [
    ("wat vindt je zus van de situatie", "perspective"),
    ("en wat denkt uw man daarvan", "perspective"),
    ("wat vind je zelf van de situatie", "problem"),
])
def test_an_opinion_of_someone_else_asked_in_the_present_is_a_change_of_perspective(classifier, line, technique):
    """The method's "Wat vindt ... van deze situatie?" with someone in the dots is perspective; the caller's own view
    ("wat vind je zelf van de situatie") stays the complainant's question of the situation."""
    assert classifier.classify(line).technique == technique


@pytest.mark.parametrize("line", [
    "dus u hoeft niet op straat u krijgt een andere woning maar u wilt er eigenlijk niet weg",
    "jullie komen niet op straat te staan want de corporatie heeft een andere flat",
])
def test_told_one_will_not_end_up_on_the_street_is_no_eviction_hint(classifier, line):
    assert "eviction" not in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis, confirmed", [
    ("je zegt nee ik wil echt niet dood ik wil alleen dat het gedoe stopt", "suicide", False),
    ("je wil niet dood maar je wil ook niet meer leven zo", "suicide", True),
    ("u bent alleen vannacht maar u bent niet in gevaar en uw dochter komt morgen", "unsafe_vulnerable", False),
    ("je dochter is in gevaar bij hem", "unsafe_vulnerable", True),
])
def test_a_denial_given_back_settles_what_a_doubt_keeps_open(classifier, line, crisis, confirmed):
    """From crisis-ai's near misses (own wording): "ik wil echt niet dood" and "u bent niet in gevaar" given back are
    checks answered; with a "maar" the wish stays open, and danger said of someone else stays named."""
    assert (crisis in classifier.classify(line).crisis) is confirmed


@pytest.mark.parametrize("line, heard", [
    ("je vindt dat de firma je vrouw zomaar op straat heeft gezet na al die jaren", False),
    ("je zegt dat het bedrijf hem op straat heeft gezet", False),
    ("de woningcorporatie heeft jullie op straat gezet", True),
])
def test_put_on_the_street_by_a_company_is_a_dismissal_not_an_eviction(classifier, line, heard):
    """After locked67's run (read afterwards, own wording): a company or a firm that "op straat zet" dismissed someone
    (the boss and the employer were already known); a corporation that does it evicts."""
    assert ("eviction" in classifier.classify(line).crisis) is heard


# -- thirty-fourth session, after locked68's run (misses read afterwards; own wording) --

@pytest.mark.parametrize("line, crisis, heard", [
    # "zijn bij oma" said with its short word lost is "zijn oma": someone's grandmother, not a child looked after
    ("u vertelt dat uw schoonzoon zijn opa in de kamer opsluit en dat hij blauwe plekken heeft", "unsafe_vulnerable", True),
    # a boat one lives on, told to leave by the harbour master, its permit not renewed
    ("de havenmeester zegt dat jullie woonschip voor het eind van de maand weg moet", "eviction", True),
    ("de gemeente heeft je vergunning voor de boot niet verlengd", "eviction", True),
    ("de havenmeester zegt dat de boot weg moet voor de winterstalling", "eviction", False),
    # the fitter found nothing wrong, but a reminder lies there
    ("de installateur kon niets aan de kachel vinden maar er ligt wel een aanmaning van de leverancier", "utility_cutoff", True),
    ("de monteur kon niks aan de ketel vinden en heeft een onderdeel besteld", "utility_cutoff", False),
    # a pet lodged for an event that may still go ahead is someone else's doing
    ("je hebt de hond alvast naar je moeder gebracht voor als het vrijdag doorgaat", "suicide", False),
    ("je hebt de hond naar je moeder gebracht en gezegd dat ze goed voor hem moet zorgen", "suicide", True),
    # living beside the railway and kept awake by the trains is a neighbour's complaint
    ("u woont pal naast het spoor en de treinen houden u elke nacht wakker", "suicide", False),
    ("je woont vlak bij het spoor en hebt last van de trillingen", "suicide", False),
    ("je staat nu bij het spoor", "suicide", True),
])
def test_after_locked68_its_kinds_of_hint_are_heard(classifier, line, crisis, heard):
    """Each new form beside an everyday line with the same words that is no crisis."""
    assert (crisis in _heard_in_words(classifier, line)) is heard


# -- thirty-fourth session, after crisis-ak's first reading (measured at the start, then read; own wording) --

@pytest.mark.parametrize("line, crisis, heard", [
    # power "still there" only through a lead from elsewhere is the cut-off itself
    ("u heeft alleen nog stroom voor de vriezer via een snoer uit het portiek", "utility_cutoff", True),
    # the supply said to stop on a day; a planned outage is not that
    ("het gas stopt vrijdag en je weet niet hoe je de kleine warm moet houden", "utility_cutoff", True),
    ("de netbeheerder zegt dat de stroom morgen een uur stopt voor onderhoud", "utility_cutoff", False),
    # the metro let by one after another on a platform; waiting with a child for the right one is not that
    ("u staat op het metroperron en laat de ene metro na de andere voorbijgaan", "suicide", True),
    ("je staat met je zoon op het perron en jullie laten de volle metro voorbijgaan", "suicide", False),
    # wanting to stop existing
    ("je wilt gewoon stoppen met bestaan", "suicide", True),
    # better off not being there any more; better not to be there at that job any more is not that
    ("je denkt dat je er beter niet meer kan zijn", "suicide", True),
    ("je zegt dat je er beter niet meer kan zijn op dat werk", "suicide", False),
    # strong medicine taken from work and kept at hand; brought back is not that
    ("u heeft oxycodon van uw werk meegenomen en het ligt nu naast u", "suicide", True),
    ("je had per ongeluk tabletten van de afdeling meegenomen en hebt ze teruggebracht", "suicide", False),
    # one last call to say one loves them; a call before a trip is not that
    ("je hebt je broer nog een keer gebeld om te zeggen dat je van hem houdt", "suicide", True),
    ("je hebt je moeder nog een keer gebeld om te zeggen dat je van haar houdt voor je vlucht", "suicide", False),
    # at an open window at night; airing the room is not that
    ("je staat voor het raam en het raam staat wijd open", "suicide", True),
    ("je staat bij het raam en hebt het raam opengezet voor wat frisse lucht", "suicide", False),
    # the water that calls, with a word between
    ("u zit bij de plas en u zegt dat het water u roept", "suicide", True),
    # touched at night by the man whose couch one sleeps on; a dog at night is not that
    ("hij zit s nachts aan je als je op zijn bank ligt", "unsafe_vulnerable", True),
    ("je zegt dat de hond s nachts aan je komt als je op de bank slaapt", "unsafe_vulnerable", False),
])
def test_after_crisis_ak_its_kinds_of_hint_are_heard(classifier, line, crisis, heard):
    """Each new form beside an everyday line with the same words that is no crisis."""
    assert (crisis in _heard_in_words(classifier, line)) is heard


# -- thirty-fourth session, after locked69's run (misses read afterwards; own wording) --

@pytest.mark.parametrize("line, crisis, heard", [
    # a pet lodged because one does not know where the family lives from a given day: the eviction's hint
    ("u heeft de hond al naar uw zus gebracht omdat u niet weet waar u na vrijdag woont", "eviction", True),
    ("u heeft de hond al naar uw zus gebracht omdat u niet weet waar u na vrijdag woont", "suicide", False),
    ("je hebt de kat naar je zus gebracht omdat je niet weet waar je tante woont", "eviction", False),
    # a goodbye as if for ever, also to colleagues; a goodbye before emigrating is not that
    ("je hebt vanmiddag de collega's omhelsd alsof het de laatste keer was", "suicide", True),
    ("u heeft afscheid genomen van uw collega's alsof u ze nooit meer zou zien", "suicide", True),
    ("je hebt afscheid genomen van je collega's alsof het voorgoed was want je emigreert", "suicide", False),
])
def test_after_locked69_its_kinds_of_hint_are_heard(classifier, line, crisis, heard):
    """Each new form beside an everyday line with the same words that is no crisis."""
    assert (crisis in _heard_in_words(classifier, line)) is heard


def test_an_end_made_of_a_subscription_is_no_suicide(classifier):
    """After locked69's run (own wording): "er een eind aan maken, aan dat lidmaatschap" ends a membership."""
    assert "suicide" not in classifier.classify("u zegt ik maak er een eind aan, aan dat lidmaatschap van de club").crisis
    assert "suicide" in classifier.classify("u zegt ik maak er een eind aan").crisis


# -- thirty-fifth session, after crisis-am's first reading and reading crisis-aj and crisis-al (own wording) --

@pytest.mark.parametrize("line, crisis, heard", [
    # eviction: rent or mortgage unpaid for months, let in no more after a day, the room lost, the last one before the
    # demolisher, a chalet lived in all year no more, a payment plan with the landlord stopped
    ('u kunt de hypotheek al vier maanden niet meer betalen', 'eviction', True),
    ('u heeft de hypotheek overgesloten en betaalt nu minder', 'eviction', False),
    ('de huur is sinds maart niet meer betaald', 'eviction', True),
    ('de huur is sinds maart niet meer verhoogd', 'eviction', False),
    ('u mag er na het weekend niet meer in van de eigenaar', 'eviction', True),
    ('je mag na zaterdag niet meer in de sporthal trainen', 'eviction', False),
    ('als je vrijdag niet betaalt ben je je kamer kwijt', 'eviction', True),
    ('je bent de sleutel van je kamer kwijt', 'eviction', False),
    ('je bent de enige die nog in de flat woont en volgende week komt de sloper', 'eviction', True),
    ('de sloper begint volgende week aan de oude school', 'eviction', False),
    ('u mag niet meer het hele jaar in uw chalet op het park wonen', 'eviction', True),
    ('u mag niet meer het hele jaar op het park vissen', 'eviction', False),
    ('de betalingsregeling met de woningcorporatie is stopgezet', 'eviction', True),
    # cut-off: a breathing machine whose power is threatened, a smart meter at zero with everything off, a reminder of the
    # energy company, all off if not paid, days in the cold with a borrowed heater
    ('de cpap voor je slaapapneu kan vannacht niet aan', 'utility_cutoff', True),
    ('het zuurstofapparaat van uw man draait op stroom en er is een accu voor als er een storing is', 'utility_cutoff', False),
    ('de slimme meter staat op nul en alles in huis is uit', 'utility_cutoff', True),
    ('de slimme meter is vanmiddag geplaatst en alles doet het', 'utility_cutoff', False),
    ('er ligt een aanmaning van het energiebedrijf op de mat', 'utility_cutoff', True),
    ('hij komt donderdag terug en als er dan niet betaald is gaat alles eraf', 'utility_cutoff', True),
    ('u zit al dagen in de kou met alleen een geleend kacheltje', 'utility_cutoff', True),
    ('je zit in de kou op de tribune bij het voetballen', 'utility_cutoff', False),
    # suicide: "then I jump", one way to be rid of it, a way out known, what one still does here, one more thing and then
    # done, nearly over, not there at Christmas, nobody need know, a bridge again and again, medicine from work, a blade
    # beside one, God will forgive, the children entrusted
    ('je zei als ik die baan kwijtraak dan spring ik', 'suicide', True),
    ('als ik tijd heb spring ik even bij je binnen', 'suicide', False),
    ('je ziet maar een manier om er vanaf te zijn', 'suicide', True),
    ('er is maar een manier om van die schuld af te komen en dat is een regeling', 'suicide', False),
    ('je zegt je weet nu een uitweg', 'suicide', True),
    ('samen zoeken we een uitweg uit de schulden', 'suicide', False),
    ('je vraagt je af wat je hier nog te zoeken hebt', 'suicide', True),
    ('je vraagt wat je in die winkel nog te zoeken hebt', 'suicide', False),
    ('je zegt dat je nog een ding moet regelen en dan ben je klaar', 'suicide', True),
    ('je moet nog een ding afmaken voor je werk en dan ben je klaar voor vandaag', 'suicide', False),
    ('je zegt dat het nu bijna voorbij is', 'suicide', True),
    ('je zegt dat de griep bijna voorbij is', 'suicide', False),
    ('je kunt je niet voorstellen dat je er met kerst nog bent', 'suicide', True),
    ('je kunt je niet voorstellen dat je er volgend jaar nog werkt', 'suicide', False),
    ('je zegt dat je broer het niet hoeft te weten als er iets met je gebeurt', 'suicide', True),
    ('u bent vannacht al een paar keer naar de brug over het kanaal gefietst', 'suicide', True),
    ('u bent vandaag al drie keer over de brug naar de supermarkt gefietst', 'suicide', False),
    ('je hebt insuline van je werk mee naar huis genomen', 'suicide', True),
    ('je hebt een scheermesje naast je liggen op de bank', 'suicide', True),
    ('het mes ligt naast je bord', 'suicide', False),
    ('u zegt dat God het u wel zal vergeven', 'suicide', True),
    ('je hebt je moeder gevraagd goed voor je kinderen te zorgen', 'suicide', True),
    ('je hebt je moeder gevraagd goed voor de kinderen te zorgen als je in het ziekenhuis ligt', 'suicide', False),
    # an unsafe person: a gun threat, a bank card kept, one's number given to men, strangers using one's address, a child
    # alone or asked about a grown-up, a parent so angry, drunk and smoking in bed, made to sleep in the shed, forbidden
    # to tell, children out of school, home care not come, someone in one's room at night
    ('hij heeft gedreigd met het jachtgeweer dat in de schuur staat', 'unsafe_vulnerable', True),
    ('de buurman heeft gedreigd met een advocaat', 'unsafe_vulnerable', False),
    ('hij heeft een nieuwe riem voor zijn broek gekocht', 'unsafe_vulnerable', False),
    ('je vriend houdt je pinpas en je krijgt twintig euro per week', 'unsafe_vulnerable', True),
    ('je bewindvoerder beheert je geld en je krijgt leefgeld per week', 'unsafe_vulnerable', False),
    ('hij geeft je nummer aan mannen en je moet met ze afspreken', 'unsafe_vulnerable', True),
    ('je moet met de mannen van de verhuizing afspreken wanneer ze komen', 'unsafe_vulnerable', False),
    ('er wonen nu drie jongens bij je die je niet kent en ze gebruiken je adres', 'unsafe_vulnerable', True),
    ('dus je bent tien en je bent al sinds vanmiddag alleen thuis', 'unsafe_vulnerable', True),
    ('je bent dertig en woont alleen', 'unsafe_vulnerable', False),
    ('is er vannacht een grote mens bij je', 'unsafe_vulnerable', True),
    ('wat doe jij als mama zo boos wordt', 'unsafe_vulnerable', True),
    ('ze heeft gedronken en ligt te roken in bed', 'unsafe_vulnerable', True),
    ('je rookt nooit meer in bed sinds je bent gestopt', 'unsafe_vulnerable', False),
    ('je moest van je moeder buiten in de schuur slapen', 'unsafe_vulnerable', True),
    ('je slaapt deze zomer voor de lol in een tent in de tuin', 'unsafe_vulnerable', False),
    ('je mag van je oom met niemand over thuis praten', 'unsafe_vulnerable', True),
    ('je mag van je baas niet over de klanten praten', 'unsafe_vulnerable', False),
    ('de kinderen van de buren zijn al weken niet naar school geweest en je ziet ze nooit buiten', 'unsafe_vulnerable', True),
    ('de kinderen zijn al weken niet naar school omdat het zomervakantie is', 'unsafe_vulnerable', False),
    ('de thuiszorg is al dagen niet geweest en uw moeder kan niet zelf uit bed', 'unsafe_vulnerable', True),
    ('een andere bewoner komt s nachts je kamer binnen', 'unsafe_vulnerable', True),
    ('de nachtdienst komt s nachts even je kamer in om te kijken of je slaapt', 'unsafe_vulnerable', False),
])
def test_after_crisis_am_its_kinds_of_hint_are_heard(classifier, line, crisis, heard):
    """Each new form beside an everyday line with the same words that is no crisis."""
    assert (crisis in _heard_in_words(classifier, line)) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    ('de deurwaarder kwam alleen voor de boete en je huis staat niet op het spel', 'eviction', False),
    ('u zegt ik zou mezelf nooit iets aandoen, daarvoor hou ik te veel van mijn kinderen', 'suicide', False),
    ('je zus heeft je geslagen bij het boksen op de training', 'unsafe_vulnerable', False),
    ('je bent bang dat je vader iets overkomt maar er slaapt vannacht een nachtzuster bij hem', 'unsafe_vulnerable', False),
    ('je hebt spanbanden en touw gekocht om de kast op de aanhanger vast te zetten', 'suicide', False),
    ('je zet de verwarming niet aan omdat je het zonde van het geld vindt, je zit onder een dekentje', 'utility_cutoff', False),
    ('de deurwaarder komt niet meer want de regeling is getroffen', 'eviction', False),
    ('ze hebben de afsluiting ingetrokken en het gas blijft gewoon aan', 'utility_cutoff', False),
    ('u zei het is om van de brug te springen, die wachttijd, en u moest er zelf om lachen', 'suicide', False),
])
def test_after_crisis_am_aj_and_al_their_kinds_of_near_miss_stay_quiet(classifier, line, crisis, heard):
    """The caller's own "I would never harm myself", a hit at the boxing training, a payment plan made, a cut-off
    withdrawn, a bridge to jump off laughed at: no crisis; the lines quiet at the start are kept so too."""
    assert (crisis in _heard_in_words(classifier, line)) is heard


@pytest.mark.parametrize("line, heard", [
    # after locked70's run (own wording): afraid to lose one's children to an ex, or seeing them so little, is no
    # danger to them; afraid of what one might do to the little one is
    ("je ziet je kinderen nog maar zo weinig en je bent bang dat je ze helemaal kwijtraakt", False),
    ("je bent bang dat je de kinderen kwijtraakt aan je ex", False),
    ("je bent bang dat je de kleine iets aandoet", True),
    ("je bent je dochter kwijt in het winkelcentrum", True),
])
def test_afraid_to_lose_ones_children_to_an_ex_is_no_danger_to_them(classifier, line, heard):
    result = classifier.classify(line)
    assert ("unsafe_vulnerable" in result.crisis + result.possible) is heard


def test_what_one_still_does_here_after_losing_a_job_is_a_suicide_hint(classifier):
    """After reading crisis-aj (own wording): a lost job said beside "wat heb ik hier nog te zoeken" is no work
    context that makes the question ordinary; asked of one job it is."""
    lost = "je bent je baan en je huis kwijt en je zegt wat heb ik hier nog te zoeken"
    assert "suicide" in _heard_in_words(classifier, lost)
    assert "suicide" not in _heard_in_words(classifier, "je vraagt je af wat je in die baan nog te zoeken hebt")


@pytest.mark.parametrize("line, crisis, heard", [
    # found on the development calls after this session's rules (own wording): a visitor not sure what to do on the
    # line, a fear of not managing the rent one day, a fear of losing a room at an intake, are no hints
    ("en zelf weet je eigenlijk niet zo goed wat je hier moet", "suicide", False),
    ("u weet zelf niet goed wat u hier moet zegt u", "suicide", False),
    ("je vraagt je af wat je hier nog moet", "suicide", True),
    ("je bent bang dat je de huur straks niet meer kan betalen nu alles zo duur wordt", "eviction", False),
    ("de huur is al drie maanden niet betaald", "eviction", True),
    ("je hebt morgen je intake en je bent bang dat je je kamer kwijtraakt als het misgaat", "eviction", False),
])
def test_a_visitors_doubt_and_a_fear_for_later_are_no_hints(classifier, line, crisis, heard):
    assert (crisis in _heard_in_words(classifier, line)) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    ('er ligt een brief van de verhuurder met de datum van aanstaande dinsdag', 'eviction', True),
    ('de brief van de corporatie over de huurverhoging kwam dinsdag', 'eviction', False),
    ('je broer betaalde de huur de laatste maanden maar dat kan hij nu niet meer', 'eviction', True),
    ('je broer betaalde de huur toen je ziek was en nu doe je het weer zelf', 'eviction', False),
    ('de beheerder zegt dat het hek maandag voor je dicht blijft als je niet betaald hebt', 'eviction', True),
    ('het hek van de volkstuin blijft dicht als je de contributie niet betaald hebt', 'eviction', False),
    ('je wilt nog snel douchen en je telefoon opladen voordat ze morgen komen', 'utility_cutoff', True),
    ('je wilt nog snel douchen voordat de gasten morgen komen', 'utility_cutoff', False),
    ('u zit alleen in de auto op het bovenste parkeerdek', 'suicide', True),
    ('u zit in de auto op het parkeerdek te wachten tot uw vrouw klaar is met winkelen', 'suicide', False),
])
def test_more_of_crisis_am_and_al_a_dated_letter_the_supply_used_before_they_come_a_car_on_a_roof(classifier, line, crisis,
                                                                                             heard):
    """More of crisis-am's and crisis-al's kinds of hint (own wording), each beside an everyday line with the same words."""
    assert (crisis in _heard_in_words(classifier, line)) is heard


@pytest.mark.parametrize("line, heard", [
    # after locked70's run (own wording): a complainant who wants the landlord to put the neighbours out ("zet":
    # the one landlord puts "ze" out) is no eviction of the caller's own home; afraid of being put out oneself is
    ("je wil je nergens mee bemoeien je wil alleen dat de woningcorporatie ze eruit zet", False),
    ("u hoopt dat de verhuurder hen uit huis zet", False),
    ("je bent bang dat de corporatie je eruit zet", True),
])
def test_a_complainant_wanting_the_neighbours_put_out_is_no_eviction(classifier, line, heard):
    assert ("eviction" in classifier.classify(line).crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # more of crisis-am (own wording): punished with the belt is an unsafe child; not being able to sit any more
    # after it is no "het niet meer zien zitten"; asking whether one may still shower before they come tomorrow
    ("u zegt dat hun vader de kinderen met de riem straft", "unsafe_vulnerable", True),
    ("de kleine kon gisteren niet meer zitten van de pijn", "suicide", False),
    ("je ziet het niet meer zitten", "suicide", True),
    ("u vraagt of u vannacht nog kunt koken omdat ze morgen vroeg komen", "utility_cutoff", True),
])
def test_a_belt_as_punishment_not_sitting_for_pain_and_cooking_before_they_come(classifier, line, crisis, heard):
    assert (crisis in _heard_in_words(classifier, line)) is heard


@pytest.mark.parametrize("line, heard", [
    # more of crisis-am (own wording): the worker hears waves or trains behind the caller and asks where they are
    ("ik hoor golven op de achtergrond waar bent u nu", True),
    ("ik hoor treinen langs razen waar sta je precies", True),
    ("ik hoor de wasmachine en water waar ben je in huis", False),
    ("ik hoor de wind om je auto waar ben je nu, rijd je nog", False),
])
def test_water_or_trains_heard_behind_the_caller_and_where_asked_is_a_suicide_hint(classifier, line, heard):
    assert ("suicide" in _heard_in_words(classifier, line)) is heard


@pytest.mark.parametrize("line, crisis", [
    # near misses of this session's new forms (own wording): a husband who has the card and shops every week; someone
    # who sleeps in one's room tonight because one is ill
    ("je man heeft de pinpas en doet elke week de boodschappen", "unsafe_vulnerable"),
    ("je zus slaapt vannacht bij je omdat je ziek bent", "unsafe_vulnerable"),
])
def test_everyday_arrangements_in_the_words_of_this_sessions_forms_stay_quiet(classifier, line, crisis):
    assert crisis not in _heard_in_words(classifier, line)


@pytest.mark.parametrize("line, crisis, heard", [
    # read-through of this session's settled forms and one hint (own wording): a hit during a match by a father is
    # no sparring; "dat zou ik nooit doen, maar ..." keeps the rest of the line heard; a man beside one with a knife
    # is a danger from him, not a blade kept at hand
    ("je vader sloeg je tijdens de wedstrijd voor iedereen", "unsafe_vulnerable", True),
    ("je zegt ik zou mezelf nooit iets aandoen maar je hebt wel pillen gespaard", "suicide", True),
    ("hij stond naast je met een mes", "suicide", False),
])
def test_this_sessions_settled_forms_stay_narrow(classifier, line, crisis, heard):
    assert (crisis in _heard_in_words(classifier, line)) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # after locked72's run (read afterwards; own wording): affairs put in order so nobody has trouble later is a
    # suicide hint, work handed over before a holiday is not; on a bridge with one's bike against the railing is, on
    # the bridge on one's bike is not; a road closed for high water is no supply cut off, the water shut off is
    ("u heeft uw administratie op orde gebracht zodat niemand er later last van heeft", "suicide", True),
    ("je hebt je werk op orde gebracht zodat je collega er geen last van heeft tijdens je vakantie", "suicide", False),
    ("u staat op de brug en uw fiets staat tegen de leuning", "suicide", True),
    ("je staat met de fiets op de brug te wachten tot hij weer dicht gaat", "suicide", False),
    ("de weg langs de dijk is afgesloten vanwege het hoge water", "utility_cutoff", False),
    ("het water is afgesloten en de kinderen hebben dorst", "utility_cutoff", True),
])
def test_after_locked72_affairs_in_order_a_bike_at_the_railing_and_a_road_closed(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # thirty-sixth session, from crisis-an's, crisis-ao's and crisis-ap's lines, read after their measurement (own
    # wording): the hints they missed, each beside a near miss in the same words that must stay quiet.
    # eviction: a pitch one lives on, a home sold by the receiver or closed by the mayor, a partner who cancelled the
    # rent, a withdrawn arrangement, a writ at the door, a night in the car with the children, a case that goes ahead
    ("de gemeente zegt dat de woonwagens voor de zomer van het terrein af moeten en u woont er al twintig jaar", "eviction", True),
    ("de caravan moet voor de winter van de camping af want het seizoen is voorbij", "eviction", False),
    ("de boer zegt dat je de caravan van zijn erf moet halen, anders sleept hij hem weg", "eviction", True),
    ("na het faillissement gaat het pand naar de curator en jullie bovenwoning hoort daarbij", "eviction", True),
    ("de curator heeft uw woning verkocht per de eerste van de maand", "eviction", True),
    ("de corporatie heeft de laatste kans afspraak ingetrokken", "eviction", True),
    ("de corporatie heeft de ontruiming ingetrokken nu alles betaald is", "eviction", False),
    ("jullie eigen huis zit sinds vrijdag dicht op last van de burgemeester", "eviction", True),
    ("het huis zit potdicht tegen de kou sinds de nieuwe kozijnen erin zitten", "eviction", False),
    ("het huis is gekoppeld aan je baan bij de kwekerij en je bent ontslagen", "eviction", True),
    ("je ex heeft de huur opgezegd en het contract staat op zijn naam", "eviction", True),
    ("je vriend en jij hebben de huur opgezegd want jullie gaan samen wonen", "eviction", False),
    ("als de huur vrijdag niet op de rekening staat gaat de zaak door", "eviction", True),
    ("een envelop van de kantonrechter die je nog niet open durft te maken", "eviction", True),
    ("er stond een man aan de deur met papieren en je moest tekenen voor ontvangst", "eviction", True),
    ("er stond een man aan de deur met een pakket en je moest tekenen voor ontvangst", "eviction", False),
    ("je hebt uitgezocht of je met de kinderen in de auto kunt slapen", "eviction", True),
    ("op vakantie in Frankrijk sliepen jullie met de kinderen in de auto", "eviction", False),
    ("de parkeigenaar wil de stacaravan vrij hebben en u woont daar al negen jaar", "eviction", True),
    ("de corporatie gaat gewoon door met de procedure nu de schuldhulp gestopt is", "eviction", True),
    ("hoe lang kunt u nog in uw huis blijven", "eviction", True),
    # utility cut-off: a deposit before the supply returns, appliances dead while the fuses are fine, a lead from a
    # relative's house, the meter's last chance, the light going out unless one pays, the fitter's visit after which
    # nobody can cook
    ("je krijgt pas weer gas als je eerst vijfhonderd euro borg betaalt", "utility_cutoff", True),
    ("de wasmachine en de cv doen het niet terwijl de stoppenkast in orde is", "utility_cutoff", True),
    ("de stoppen zijn in orde maar de koelkast doet het niet, hij is gewoon kapot", "utility_cutoff", False),
    ("je zoon heeft een verlengsnoer vanuit zijn huis naar het jouwe getrokken", "utility_cutoff", True),
    ("de meteropnemer zei dat hij de meter de laatste keer nog open liet", "utility_cutoff", True),
    ("het licht gaat overmorgen om tien uur uit, zei de jongen van de klantenservice, als u niet vandaag nog betaalt", "utility_cutoff", True),
    ("het licht gaat om tien uur uit want dan gaan de kinderen naar bed", "utility_cutoff", False),
    ("in de flat is alles koud en je vriend zegt dat het geld voor de rekening nooit is overgemaakt", "utility_cutoff", True),
    ("de monteur komt morgen en daarna kun je niet meer koken", "utility_cutoff", True),
    ("de monteur komt morgen de kookplaat repareren, tot die tijd kun je niet meer koken", "utility_cutoff", False),
    # suicide: pills fetched at several pharmacies and counted, knowing how and when, one way out of the debts, a
    # message timed for tomorrow, solving it one's own way, work given away, affairs put in order tonight
    ("je bent bij drie apotheken pijnstillers gaan halen", "suicide", True),
    ("je moest naar twee apotheken omdat de eerste niet genoeg pijnstillers op voorraad had", "suicide", False),
    ("u zegt dat u al weet hoe en wanneer", "suicide", True),
    ("je weet al hoe en wanneer je het hem gaat vertellen", "suicide", False),
    ("er is maar één manier om van al die schulden af te komen zei u", "suicide", True),
    ("je hebt een mailtje klaargezet voor je broer dat hij pas morgen krijgt", "suicide", True),
    ("je hebt een berichtje voor de verjaardag van je zus ingepland dat pas morgen verstuurd wordt", "suicide", False),
    ("ik hoor dat je niet dood wil maar dat je gewoon doodmoe bent van alle zorgen", "suicide", False),
    ("je hebt de hele nacht je pillen zitten tellen", "suicide", True),
    ("de thuiszorg heeft je pillen geteld voor de weekdoos", "suicide", False),
    ("je zei ik ga het op mijn eigen manier oplossen", "suicide", True),
    ("je gaf je scriptie aan je vriendin omdat je het toch niet meer afmaakt", "suicide", True),
    ("jullie verkopen de caravan omdat jullie toch niet meer op vakantie gaan", "suicide", False),
    ("je hebt vanavond al je zaken op orde gebracht voor de belastingaangifte", "suicide", False),
    # unsafe vulnerable person: children upstairs who heard it, someone banging on the door to get in, a gun taken
    # out, held inside, "you know how he is then", an adult who always goes to the child when the parents are out,
    # what he did to the caller and the baby, the danger if he finds out about the call
    ("de kleintjes slapen boven maar ze hebben alles gehoord", "unsafe_vulnerable", True),
    ("de kinderen slapen boven en de buurman staat te schreeuwen om de voetbal", "unsafe_vulnerable", False),
    ("er staat een vent bij je op de stoep die op de deur bonkt en roept dat hij binnenkomt", "unsafe_vulnerable", True),
    ("de bezorger bonkt op de deur omdat de bel kapot is", "unsafe_vulnerable", False),
    ("je man heeft het jachtgeweer uit de kast gehaald", "unsafe_vulnerable", True),
    ("hij heeft het geweer uit de kast gehaald en zit beneden in de woonkamer", "unsafe_vulnerable", True),
    # (a guard: an "unless" word of the weapon rule such as a kitchen once silenced the crisis model on this line)
    ("hij heeft het pistool uit de la gehaald en zit nu in de keuken", "unsafe_vulnerable", True),
    ("hij heeft het geweer uit de kast gehaald om het schoon te maken voor de jacht", "unsafe_vulnerable", False),
    ("je zoon en zijn vrienden laten u niet gaan", "unsafe_vulnerable", True),
    ("je mag niet weg van je werk tot de nachtdienst klaar is", "unsafe_vulnerable", False),
    ("u weet hoe hij dan is als hij uit de kroeg komt", "unsafe_vulnerable", True),
    ("je weet hoe hij dan is als hij uit de kroeg komt, gezellig en vol verhalen", "unsafe_vulnerable", False),
    ("de oom gaat altijd bij de kleine zitten als de ouders weg zijn", "unsafe_vulnerable", True),
    ("opa gaat altijd bij de kinderen zitten om voor te lezen als de ouders weg zijn", "unsafe_vulnerable", False),
    ("en toen hij terugkwam wat gebeurde er toen met jou en de kleine", "unsafe_vulnerable", True),
    ("als hij erachter komt dat ik gebeld heb dan is het mis", "unsafe_vulnerable", True),
    ("als hij erachter komt dat ik een feest voor hem organiseer is de verrassing mis", "unsafe_vulnerable", False),
])
def test_thirty_sixth_sessions_hints_and_their_near_misses(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # thirty-sixth session, from crisis-an's, crisis-ao's and crisis-ap's near misses, read after their measurement
    # (own wording): the danger said to be over or never there settles the crisis on the line -- a chosen move, the case
    # thrown out or adjourned with a plan one can pay, the ex's keys handed in, darkness by choice, a storm's outage
    # with its return time, a partner's pills handed back, the dog walked by the water for years, someone else there
    # now, the shouting that was a match on television, nobody at home who hurts the caller, the partner arrested
    # while the family sleeps elsewhere, a child found -- each settled form beside a question or a danger in the
    # same words that must still be heard
    ("je verhuisdozen staan klaar want zaterdag ga je naar je nieuwe huurwoning in Tilburg", "eviction", False),
    ("de rechter heeft de zaak van tafel geveegd en je mag gewoon in je huis blijven", "eviction", False),
    ("kun je gewoon in je huis blijven wonen of heeft de rechter al een datum gezegd", "eviction", True),
    ("de rechter heeft de zaak aangehouden en de corporatie heeft je een regeling aangeboden die je kunt betalen", "eviction", False),
    ("je ex heeft zijn sleutels vorige week ingeleverd en jij hebt het slot laten vervangen", "eviction", False),
    ("je zit in het donker omdat je migraine hebt en even geen licht wil", "utility_cutoff", False),
    ("je zit in het donker in de auto na je nachtdienst omdat je even tot rust wil komen", "utility_cutoff", False),
    ("de stroom viel uit door de storm in het hele dorp en de netbeheerder zegt dat het binnen een uur weer werkt", "utility_cutoff", False),
    ("u heeft de pillen van uw overleden man teruggebracht naar de apotheek en dat voelde als afscheid", "suicide", False),
    ("u staat bij het water omdat u daar elke avond met de hond loopt", "suicide", False),
    ("je hebt geen zin meer in het leven", "suicide", True),
    ("je moeder is niet alleen vannacht, met je zus erbij", "unsafe_vulnerable", False),
    ("dat geschreeuw was de voetbalwedstrijd bij de buren", "unsafe_vulnerable", False),
    ("er is niemand in huis die je iets doet, je bent alleen heel moe", "unsafe_vulnerable", False),
    ("de politie heeft hem meegenomen en jij en de kinderen slapen bij je zus", "unsafe_vulnerable", False),
    ("je kleine zusje is gevonden in de speeltuin en ligt nu thuis", "unsafe_vulnerable", False),
    ("wie is er nu bij de kinderen", "unsafe_vulnerable", True),
    ("is er nu iemand bij je in huis die je pijn doet", "unsafe_vulnerable", True),
    ("is er nu iemand bij je moeder die voor haar zorgt", "unsafe_vulnerable", True),
    ("uw dochter is opgehaald door haar vader en die was dronken", "unsafe_vulnerable", True),
])
def test_thirty_sixth_sessions_settled_forms_and_the_questions_beside_them(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # after locked73's two runs (read afterwards; own wording): not let in any more from a day on; a heater and a gas
    # bottle bought ahead of the man who comes for the meter; a minor whom someone from an app will fetch tonight
    ("je bracht de hond al naar je zus voor als je maandag niet meer naar binnen kunt", "eviction", True),
    ("u heeft alvast een elektrisch kacheltje en een gasfles gehaald want woensdag komt er een man voor de meter", "utility_cutoff", True),
    ("u heeft een campingstel gekocht voor de vakantie in frankrijk", "utility_cutoff", False),
    ("je bent zestien en er is een jongen van de app die je vannacht wil ophalen", "unsafe_vulnerable", True),
    ("je bent vijftien en je gaat morgen op kamp", "unsafe_vulnerable", False),
    ("je moeder mag van de huisarts niet meer alleen de deur uit sinds haar val", "unsafe_vulnerable", False),
    # (the read-through: an "unless" word of these rules silences the crisis model on the line, so they stay narrow --
    # children alone since yesterday who play outside, pills from the pharmacy counted all evening)
    ("de kinderen zijn al sinds gisteren alleen en ze spelen buiten in het donker", "unsafe_vulnerable", True),
    ("je hebt de pillen van de apotheek de hele avond zitten tellen", "suicide", True),
])
def test_after_locked73_hints_it_missed(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


def test_after_locked73_put_on_the_street_after_losing_ones_temper_is_no_confirmed_eviction(classifier):
    # locked73's false alarm: a security guard afraid to be fired ("op straat zetten") if he loses his temper at
    # tomorrow's talk; at most a calm prompt to ask, never a confirmed eviction
    temper = classifier.classify("dat je weer uit je slof schiet en dat ze je dan op straat zetten")
    assert "eviction" not in temper.crisis
    landlord = classifier.classify("de verhuurder zegt dat ze je vrijdag op straat zetten")
    assert "eviction" in landlord.crisis


@pytest.mark.parametrize("line, crisis, heard", [
    # thirty-seventh session, from crisis-aq's and crisis-ar's missed lines, read after their measurement (own wording);
    # each hint beside a line with the same words that is no crisis.
    # eviction: a holiday park for tourists only again while a family lives there; an appeal let lapse with the date
    # fixed; a letter with a bailiff's notice not dared to be opened (the locksmith's "open te maken" vetoed it)
    ("dus vanaf april is het park weer alleen voor toeristen en jullie wonen er al zes jaar", "eviction", True),
    ("dus vanaf april is het park weer alleen voor toeristen en jullie gaan er in de zomer heen op vakantie", "eviction", False),
    ("de advocaat heeft het hoger beroep laten verlopen en nu staat de datum vast", "eviction", True),
    ("de advocaat heeft het hoger beroep over je uitkering laten verlopen", "eviction", False),
    ("er ligt een envelop met een aanzegging erop en je durft hem niet open te maken", "eviction", True),
    ("de slotenmaker kwam om de deur open te maken toen je je sleutels kwijt was", "eviction", False),
    # utility cut-off: not knowing when the power returns since the supplier's man came; power tapped from the street;
    # a fridge dead for days with a baby's milk in it
    ("sinds de man van vattenfall hier was weet je niet wanneer er weer stroom is", "utility_cutoff", True),
    ("door de storing in de hele wijk weet je niet wanneer er weer stroom is", "utility_cutoff", False),
    ("je buurman heeft stroom afgetapt van de lantaarnpaal voor jullie", "utility_cutoff", True),
    ("bij de huisarts hebben ze bloed afgetapt voor het onderzoek", "utility_cutoff", False),
    ("de koelkast doet het al drie dagen niet en de melk voor de baby staat erin", "utility_cutoff", True),
    ("de koelkast doet het al drie dagen niet, hij is kapot en de monteur komt maandag", "utility_cutoff", False),
    # suicide: nothing to worry about after tonight; out at night and not saying why; the police to be called if the door
    # stays shut; envelopes with everyone's name; better never born; "tell them I loved them"; a key handed back as no
    # longer needed; "finally rid of me"; tools given away
    ("na vannacht hoef je je nergens meer druk over te maken zeg je", "suicide", True),
    ("na het tentamen van morgen hoef je je nergens meer druk over te maken", "suicide", False),
    ("je bent naar het strand gefietst en je wilt niet zeggen waarom", "suicide", True),
    ("je vriendin heeft een verrassing voor je verjaardag en je wilt niet zeggen waarom", "suicide", False),
    ("de buurvrouw moet morgen de politie bellen als je niet opendoet", "suicide", True),
    ("de buurvrouw moet de thuiszorg en de politie bellen als je niet opendoet, omdat je weleens valt", "suicide", False),
    ("je hebt voor iedereen een envelop met hun naam erop klaargelegd", "suicide", True),
    ("je hebt voor iedereen een stapeltje kaarten met hun naam erop klaargelegd voor de bruiloft", "suicide", False),
    ("je zei dat je beter nooit geboren had kunnen worden", "suicide", True),
    ("je kleinkind is nog niet geboren en je bent zo benieuwd", "suicide", False),
    ("je hebt je zus geschreven dat ze de jongens moet vertellen dat je van ze hield", "suicide", True),
    ("je vertelde over oma en dat je van haar hield toen je klein was", "suicide", False),
    ("je hebt de sleutel van je kamer ingeleverd omdat je hem niet meer nodig hebt", "suicide", True),
    ("je hebt de sleutel van je kamer ingeleverd omdat je naar een andere kamer verhuist", "suicide", False),
    ("dan hebben ze eindelijk rust van me, zei je", "suicide", True),
    ("als je op kamers gaat hebben je ouders eindelijk rust van je, grapte je", "suicide", False),
    ("je hebt vanmiddag je gereedschap weggegeven aan je collega's", "suicide", True),
    # unsafe vulnerable person: a drunk babysitter with the children up; an old parent's bank card held by a son who
    # gets angry; a minor sleeping outside; a man waiting outside messaging every minute; a pet kicked to death and
    # "the next one"; a door barricaded; the worker's own question whether the caller can get away
    ("de babysitter is stomdronken en de kleintjes zijn nog wakker", "unsafe_vulnerable", True),
    ("uw kleinzoon heeft uw bankpas en u heeft geen eten meer in huis", "unsafe_vulnerable", True),
    ("uw kleinzoon heeft uw bankpas omdat hij de boodschappen voor u haalt", "unsafe_vulnerable", False),
    ("je dochter van zestien slaapt al dagen in een portiek bij het station", "unsafe_vulnerable", True),
    ("je dochter van zestien slaapt dit weekend in een tentje op het festival", "unsafe_vulnerable", False),
    ("hij staat al een uur voor je flat en hij blijft maar bellen", "unsafe_vulnerable", True),
    ("de taxi staat voor je flat en blijft bellen omdat je vergeten bent dat hij kwam", "unsafe_vulnerable", False),
    ("hij heeft de kat doodgeschopt en je bent bang dat jij de volgende bent", "unsafe_vulnerable", True),
    ("je bent bang dat jij de volgende bent die ontslagen wordt bij de reorganisatie", "unsafe_vulnerable", False),
    ("je hebt de achterdeur gebarricadeerd met de koelkast", "unsafe_vulnerable", True),
    ("kun je nu het huis uit als hij terugkomt en waar kun je heen", "unsafe_vulnerable", True),
    ("kun je nu weg van je werk om op tijd de trein te halen", "unsafe_vulnerable", False),
])
def test_thirty_seventh_sessions_hints_and_their_near_misses(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # thirty-seventh session, from crisis-aq's and crisis-ar's near misses, read after their measurement (own wording):
    # the danger said to be over or never there settles the crisis on the line -- each settled form beside a danger in
    # the same words that must still be heard
    ("de deurwaarder kwam alleen een dagvaarding over de lease-auto brengen", "eviction", False),
    ("de deurwaarder kwam alleen zeggen dat de ontruiming vrijdag is", "eviction", True),
    ("het gaat niet om het huis, alleen om de boete", "eviction", False),
    ("vanaf volgende week heb je een studio en de sleutel heb je al", "eviction", False),
    ("je gaat naar een seniorenflat waar je zelf voor gekozen hebt", "eviction", False),
    ("jullie hebben een huurwoning toegewezen gekregen voor na de zomer", "eviction", False),
    ("de rechter heeft de ontruiming van jullie huis toegewezen", "eviction", True),
    ("er is geen datum gezet en morgen ga je met de verhuurder in gesprek over een regeling", "eviction", False),
    ("er is nog geen datum gezet maar de verhuurder wil geen regeling meer", "eviction", True),
    ("de stekker van de vriezer lag eruit en nu draait hij weer", "utility_cutoff", False),
    ("je laat 's nachts het lampje in de gang aan omdat je bang bent in het donker", "utility_cutoff", False),
    ("de stroom is er nog en de regeling met het energiebedrijf loopt", "utility_cutoff", False),
    ("je zegt nee ik denk er niet aan om mezelf wat aan te doen, ik ben alleen zo verdrietig", "suicide", False),
    ("je zegt ik denk er niet aan om mezelf iets aan te doen maar soms weet ik het niet meer", "suicide", True),
    ("je rookte net je laatste sigaret want vanaf morgen stop je", "suicide", False),
    ("je zit even bij het water om tot rust te komen en over een kwartier fiets je naar huis", "suicide", False),
    ("je hebt de autosleutels aan je man gegeven omdat je wijn hebt gedronken en hij rijdt", "suicide", False),
    ("je zet er een punt achter met die winkel en morgen zeg je het huurcontract op", "suicide", False),
    ("de testament heeft u laten opmaken omdat u tachtig wordt", "suicide", False),
    ("u heeft uw uitvaart geregeld en de sleutels liggen bij de notaris", "suicide", True),
    ("je hoort de baby van hiernaast huilen maar ook de vader die hem sust", "unsafe_vulnerable", False),
    ("de man waar je bang voor was zit nu in de cel", "unsafe_vulnerable", False),
    ("hij weet je nieuwe adres niet, hij woont nu in Groningen", "unsafe_vulnerable", False),
    ("je bent boos op je ex maar je weet dat ze goed voor ze zorgt", "unsafe_vulnerable", False),
    ("hij is al een jaar uit beeld en laat je met rust", "unsafe_vulnerable", False),
    ("je hebt de deur zelf op slot gedaan en je man slaapt al", "unsafe_vulnerable", False),
    ("je bent nu binnen en de deur zit op slot en je vader is thuis", "unsafe_vulnerable", False),
    ("je bent nu binnen maar hij bonkt op de deur", "unsafe_vulnerable", True),
    # (a drunk babysitter: "dronken jullie" in an exception folded to "dronken je", which "dronken zeg je" met)
    ("de oppas is dronken zeg je en de kinderen zijn nog op", "unsafe_vulnerable", True),
])
def test_thirty_seventh_sessions_settled_forms_and_the_dangers_beside_them(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # after locked75's second run (read afterwards; own wording): its two false alarms -- leaving one's parents' home
    # at seventeen, and a mother who should put the stepfather out -- are no eviction of the caller; "dood ongerust"
    # about someone else is no wish to die; slurred speech and driving off with the children is a danger
    ("je vertelde dat je op je zeventiende uit huis ging en toen alles zelf moest betalen", "eviction", False),
    ("je moest je huis uit omdat de corporatie het contract had ontbonden", "eviction", True),
    ("je broer wil haar het huis uitzetten omdat ze geld van hem pakt", "eviction", False),
    ("de verhuurder wil jullie het huis uitzetten", "eviction", True),
    ("je bent dood ongerust over je man die nog niet thuis is", "suicide", False),
    ("je bent dood ongerust over jezelf en je wilt dood", "suicide", True),
    ("ze sprak met een dubbele tong en zei dat ze nu met de kinderen gaat rijden", "unsafe_vulnerable", True),
    ("hij sprak met een dubbele tong maar de bob rijdt de kinderen naar huis", "unsafe_vulnerable", False),
])
def test_after_locked75_its_false_alarms_and_late_crisis(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


def test_a_possible_danger_the_banner_asks_about_does_not_hide_a_confirmed_cut_offs_protocol(bank):
    # locked75 (read after its second run): a baby crying all evening with the caller alone made the crisis model
    # guess a danger to a person (possible, asked about by the page's banner, no step of its own to suggest); it
    # ranked before the cut-off confirmed later, and the cut-off's protocol stayed off the screen for three minutes
    call = Call(bank)
    call.say("goedenacht met de nachtlijn hoe kan ik je helpen")
    call.say("de kleine huilt al uren en je staat er alleen voor in huis")
    out = call.say("dus vanochtend is het gas bij jullie afgesloten")
    assert [(e.crisis, e.certainty) for e in call.events if e.type == "crisis"] == [
        ("unsafe_vulnerable", "possible"), ("utility_cutoff", "confirmed")]
    first = next(e for e in out if e.type == "suggestion")
    assert first.reason.startswith("Crisis (afsluiting")
    assert first.question_id.startswith(("safety.warm-en-drinkwater", "safety.kwetsbaren-in-huis"))  # a baby heard


def test_a_cut_offs_vulnerable_step_is_ticked_by_asking_whether_the_child_is_warm_enough(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn hoe kan ik je helpen")
    call.say("dus vanochtend is het gas bij jullie afgesloten")
    out = call.say("hoe is het met je zoontje is hij warm genoeg")
    assert [(e.crisis, e.item) for e in out if e.type == "protocol"] == [("utility_cutoff", "vulnerable_in_house")]


@pytest.mark.parametrize("line, heard", [
    # after locked75's second run (read afterwards; own wording): fear of not coping any more, said beside the
    # children, is no fear of harming them -- only what one fears to do to a child is
    ("je was lang thuis bij de kinderen en je bent bang dat je het niet meer aankunt", False),
    ("je bent bang dat je de kinderen niet op tijd van school haalt", False),
    ("je bent bang dat je de kleine iets aandoet als ze zo blijft huilen", True),
    ("je bent bang dat je je dochter te hard vastpakt", True),
])
def test_after_locked75_fear_of_not_coping_beside_the_children_is_no_danger_to_them(classifier, line, heard):
    result = classifier.classify(line)
    assert ("unsafe_vulnerable" in result.crisis + result.possible) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # the read-through after locked74's final run (its one lost screening line read afterwards; own wording): a
    # settled form never answers a question -- the worker's check asks what the caller's statement would settle
    ("is je zoontje nu bij iemand die goed voor hem zorgt", "unsafe_vulnerable", True),
    ("je weet dat je ex goed voor ze zorgt, ook al ben je boos", "unsafe_vulnerable", False),
    ("heb je nog licht aan of zit je al in het donker sinds de afsluiting", "utility_cutoff", True),
    ("laat hij je nu met rust sinds hij je heeft bedreigd", "unsafe_vulnerable", True),
])
def test_a_settled_form_never_answers_the_workers_own_question(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # thirty-eighth session, from crisis-at's lines (read after its measurement at the start code; own wording)
    # a landlord who says the caller must be gone tonight
    ("de verhuurder belde en zei dat je morgenochtend al weg moet", "eviction", True),
    ("de verhuurder zei dat je fiets uit de gang weg moet", "eviction", False),
    # the new house not ready while the temporary one must be left
    ("je nieuwe woning is nog lang niet klaar en het contract van deze flat loopt af", "eviction", True),
    ("je nieuwe woning is nog niet klaar maar je mag blijven tot de oplevering", "eviction", False),
    # the court has ruled and the letters were never opened
    ("de kantonrechter heeft al iets besloten en je hebt die brieven nooit opengemaakt", "eviction", True),
    # the corporation says it is over, too late
    ("de corporatie zegt dat het te laat is en dat de datum vaststaat", "eviction", True),
    ("de corporatie zegt dat het te laat is voor de inschrijving van dit jaar", "eviction", False),
    # the grid operator's visit that is no fault; the water company at the stop tap
    ("de netbeheerder komt vrijdag en je weet dat het niet om een storing gaat", "utility_cutoff", True),
    ("de netbeheerder kwam en het ging niet om een storing maar om de aardlekschakelaar", "utility_cutoff", False),
    ("er is iemand van vitens bij de stopkraan buiten en die wil hem dichtdraaien", "utility_cutoff", True),
    ("iemand van vitens draait de stopkraan even dicht omdat de leiding lekt", "utility_cutoff", False),
    # an energy bill put away unread, and a date in the letter now
    ("je hebt de gasrekening weggelegd en nu staat er in de brief een datum", "utility_cutoff", True),
    # the car in the garage, the door closed, and then the call; thoughts that keep going to the tracks
    ("je hebt de auto in de schuur gereden en de deur dichtgedaan voor je belde", "suicide", True),
    ("je hebt de auto in de garage gezet en de deur dichtgedaan vanwege de hagel", "suicide", False),
    ("je zegt dat je de hele dag denkt aan het spoor achter je huis", "suicide", True),
    ("je denkt aan de trein van morgen naar je werk", "suicide", False),
    # the ex who may not come near at the window; two minutes while he is at the car; wages withheld, ten to a room
    ("hij heeft een contactverbod en toch staat hij nu voor de deur", "unsafe_vulnerable", True),
    ("hij heeft een contactverbod en zit sinds gisteren vast, de politie was er", "unsafe_vulnerable", False),
    ("hij is even weg naar de winkel en je hebt maar een paar minuten hebt u gezegd", "unsafe_vulnerable", True),
    ("ze houden je loon in tot je de reis hebt afgewerkt en je slaapt met acht man op een kamer", "unsafe_vulnerable", True),
    ("de buurman heeft een gebiedsverbod voor het winkelcentrum en staat nu beneden bij de bushalte", "unsafe_vulnerable", False),
    ("je kreeg geen loon deze maand maar de vakbond heeft het opgelost", "unsafe_vulnerable", False),
])
def test_thirty_eighth_sessions_hints_and_their_near_misses(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # thirty-eighth session, crisis-at (own wording): a man from the water company on the doorstep is no eviction, and
    # "niet voor de meter" (he did not come for the meter) must not read "niet opendoet voor de meter"
    ("er staat iemand van het waterbedrijf op de stoep bij de kraan", "eviction", False),
    ("de monteur komt met de politie terug als je niet opendoet voor de meter", "utility_cutoff", True),
    ("de monteur kwam voor de storing in de straat en niet voor de meter", "utility_cutoff", False),
    # planned works on one pipe, announced by letter
    ("het water is donderdag een paar uur af omdat ze de leiding in de straat vervangen", "utility_cutoff", False),
    # rope and nets for fishing; ending a gym subscription; saved pills going back to the pharmacy
    ("het touw ligt al klaar in de kotter want je gaat morgen vissen", "suicide", False),
    ("het touw ligt al klaar op zolder", "suicide", True),
    ("je wil er een eind aan maken, aan dat abonnement van de sportschool", "suicide", False),
    ("je wil er een eind aan maken en je weet niet meer hoe het verder moet", "suicide", True),
    ("de pillen die je had opgespaard breng je morgen terug naar de apotheek", "suicide", False),
    ("de pillen die je had opgespaard liggen nog in de la", "suicide", True),
])
def test_thirty_eighth_sessions_settled_forms_and_the_dangers_beside_them(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # thirty-eighth session, from crisis-as's lines (measured twice at the thirty-seventh session, read at this one's
    # start; own wording). A flat the mayor closes over drugs; what fits in two bags when they come
    ("de gemeente gaat je woning sluiten omdat er hennep op zolder stond", "eviction", True),
    ("de gemeente gaat de bibliotheek in je wijk sluiten", "eviction", False),
    ("die twee tassen zijn alles wat je mee kunt nemen als ze vrijdag komen", "eviction", True),
    ("die twee tassen zijn alles wat je mee kunt nemen in het vliegtuig", "eviction", False),
    # a deposit for a new supplier one cannot pay; no fault since the neighbours have light; a last warning; as
    # cold inside as out; heating that must stay off; one gas bottle left
    ("de nieuwe leverancier vraagt een voorschot van vierhonderd euro en dat kun je niet betalen", "utility_cutoff", True),
    ("je hebt de borg van de leverancier teruggekregen", "utility_cutoff", False),
    ("het is geen storing want de buren hebben gewoon licht", "utility_cutoff", True),
    ("er kwam een laatste waarschuwing van het waterbedrijf", "utility_cutoff", True),
    ("er kwam een laatste waarschuwing van de zorgverzekeraar", "utility_cutoff", False),
    ("in je kamer is het net zo koud als buiten", "utility_cutoff", True),
    ("het is net zo koud als buiten omdat de ramen open staan", "utility_cutoff", False),
    ("je kookt al dagen op een gasstelletje en de gasfles is bijna leeg", "utility_cutoff", True),
    ("de gasfles van de barbecue is bijna leeg", "utility_cutoff", False),
    # soon with one's dead husband; better dead in his place; if nobody calls one knows enough; nothing left to
    # lose; the one who still holds one back
    ("je zegt dat je binnenkort weer bij hem bent nu hij er niet meer is", "suicide", True),
    ("je gaat binnenkort bij je man op bezoek in het verpleeghuis", "suicide", False),
    ("je vindt dat jij in zijn plaats dood had moeten zijn", "suicide", True),
    ("als er vanavond niemand belt dan weet je genoeg", "suicide", True),
    ("je hebt niets meer te verliezen zeg je", "suicide", True),
    ("je hebt niets meer te verliezen dus je gaat het gewoon vragen", "suicide", False),
    ("je dochter is de enige die je nog tegenhoudt", "suicide", True),
    ("je dochter is de enige die je nog tegenhoudt om te emigreren", "suicide", False),
    ("het geweer van je broer staat nu bij je in de gang", "suicide", True),
    # a child shaken hard; a small child with a mother who drinks again; a confused neighbour's money at the door
    ("je zag dat hij de baby hard door elkaar schudde", "unsafe_vulnerable", True),
    ("je zag dat hij de fles door elkaar schudde", "unsafe_vulnerable", False),
    ("je kleindochter van drie is bij haar vader en die is weer aan de drank", "unsafe_vulnerable", True),
    ("je kleinzoon slaapt bij je zus nu zijn moeder weer aan het gebruiken is", "unsafe_vulnerable", False),
    ("je volwassen zoon zit weer aan de drugs", "unsafe_vulnerable", False),  # a grown child's relapse: a life event
    ("je oom met alzheimer geeft zijn pinpas aan een man die steeds langskomt", "unsafe_vulnerable", True),
    ("je oom met alzheimer heeft een bewindvoerder die zijn geld regelt", "unsafe_vulnerable", False),
    ("hij heeft een straatverbod maar hij staat nu aan de overkant van de straat", "unsafe_vulnerable", True),
])
def test_thirty_eighth_sessions_forms_from_a_writer_read_after_two_measurements(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # thirty-eighth session, crisis-as's false alarms (own wording): shut out of one's own house twice; working at a
    # bailiff's office; no plan to harm oneself, only tired; a confused neighbour collected by her son
    ("je hebt de sleutel bij de buren gelegd omdat je jezelf al drie keer hebt buitengesloten", "eviction", False),
    ("je werkt bij een deurwaarder en hebt de hele dag boze mensen aan de telefoon gehad", "eviction", False),
    ("je bent niet van plan om jezelf wat aan te doen, je bent alleen op", "suicide", False),
    ("je buurman met alzheimer is door zijn zoon opgehaald en slaapt vannacht bij hem", "unsafe_vulnerable", False),
    ("je buurman met alzheimer loopt vannacht weer buiten", "unsafe_vulnerable", True),
])
def test_thirty_eighth_sessions_settled_forms_from_that_writers_false_alarms(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # thirty-eighth session, the near misses crisis-as and crisis-at still named after their misses were written
    # (own wording; each beside the danger in the same words). Fear of the dark is no cut-off
    ("je bent bang in het donker sinds je alleen woont, dus er brandt een lampje", "utility_cutoff", False),
    ("je zit al drie nachten in het donker sinds ze de stroom eraf hebben gehaald", "utility_cutoff", True),
    # the heating turned low to save money
    ("het is vijftien graden binnen omdat je de verwarming laag zet om te besparen", "utility_cutoff", False),
    # a parent who takes the phone till the homework is done
    ("je vader heeft je telefoon afgepakt tot je huiswerk klaar is", "unsafe_vulnerable", False),
    ("je vriend heeft je telefoon afgepakt en je mag de deur niet uit", "unsafe_vulnerable", True),
    # a care home one does not want to go to
    ("je wilt het huis niet uit naar het verpleeghuis en dat hoeft ook niet", "eviction", False),
    # pills counted in the week box, as agreed with the GP
    ("je telt elke ochtend je pillen in de week doos zoals met de huisarts afgesproken", "suicide", False),
    ("je zit 's nachts je pillen te tellen", "suicide", True),
    # "you could strangle him": the idiom
    ("je kon je broer wel wurgen toen hij de auto weer had geleend", "unsafe_vulnerable", False),
    # the caller's denial given back, and the worker's own question beside it
    ("er is niemand bij je in huis die je kwaad doet, je bent alleen erg moe", "unsafe_vulnerable", False),
    ("is er iemand bij je in huis die je kwaad doet", "unsafe_vulnerable", True),
    # a refund letter; a payment plan agreed and the supply going on; a court letter about a traffic fine
    ("de brief van de leverancier gaat over een teruggave van zestig euro", "utility_cutoff", False),
    ("de brief van de leverancier zegt dat ze vrijdag afsluiten", "utility_cutoff", True),
    ("je hebt een betalingsregeling en de levering loopt gewoon door", "utility_cutoff", False),
    ("de brief van de rechtbank gaat over je verkeersboete, niet over je huis", "eviction", False),
    ("de brief van de rechtbank gaat over de huur van je huis", "eviction", True),
])
def test_thirty_eighth_sessions_near_misses_of_two_read_writers(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # thirty-eighth session: crisis-free call lines of read sets that a hint rule named as a possible crisis (own
    # wording, each beside the danger in the same words). The method's own usefulness question is no eviction
    ("wat moet er vannacht uit dit gesprek komen zodat je straks kunt slapen", "eviction", False),
    ("moet je er vannacht nog uit", "eviction", True),
    # a walk along the water is no walk into it
    ("je gaat elke ochtend wandelen langs het kanaal in het dorp", "suicide", False),
    ("je wilde het kanaal in lopen", "suicide", True),
    # cows standing safe; buckets for a leak; cars parked on the pavement; knowing whom to turn to
    ("de koeien zijn veilig in de nieuwe stal", "unsafe_vulnerable", False),
    ("zijn de kinderen veilig bij je zus", "unsafe_vulnerable", True),
    ("je staat met emmers te dweilen in de keuken", "utility_cutoff", False),
    ("de auto's van de buren staan steeds op de stoep", "eviction", False),
    ("je buurvrouw zit in de ouderenraad en weet wie je moet hebben", "suicide", False),
])
def test_thirty_eighth_sessions_crisis_free_talk_a_hint_rule_named(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # thirty-eighth session, after locked76's final run (read afterwards; own wording). Its false alarm: "die jullie
    # pijn" folds to "die je pijn" and, with one short word dropped, read "die pijn" -- the caller's own pain
    ("hoe houdt u het vol met die pijn in uw rug", "unsafe_vulnerable", False),
    ("is er iemand in huis die jullie pijn doet", "unsafe_vulnerable", True),
    # its late crisis: a blanket over him and a pillow under his head, the bathroom said a line before
    ("je hebt een deken over haar heen gelegd en een kussen onder haar hoofd", "unsafe_vulnerable", True),
    ("je hebt een deken over hem heen gelegd en een kussen onder zijn hoofd want hij sliep in de stoel", "unsafe_vulnerable", False),
    # its possible alert: up at four as always and nowhere to go, after the shop closed
    ("je werd om vijf uur wakker zoals altijd en kon nergens naartoe", "eviction", False),
])
def test_after_locked76_its_false_alarm_late_crisis_and_an_alert(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


def test_a_child_in_a_cold_house_is_asked_after_by_the_cut_offs_own_step_not_the_danger_banners_question(bank):
    # the development calls (thirty-eighth session): in cut-off calls the banner's "is degene om wie je je zorgen maakt
    # nu veilig?" was judged wrong 20 times in 45; a child in a cold house is the cut-off's step about vulnerable people
    # in the house, which asks after it once the cut-off is confirmed
    call = Call(bank)
    call.say("goedenacht met de nachtlijn je spreekt met anne")
    call.say("vertel het maar")
    call.say("dus je zit met je zoontje op de bank onder twee dekens")
    out = call.say("en het is ijskoud in huis zeg je sinds gisteren")
    assert {(e.crisis, e.certainty) for e in call.events if e.type == "crisis"} >= {
        ("utility_cutoff", "possible"), ("unsafe_vulnerable", "possible")}
    assert not [e for e in out if e.type == "suggestion" and e.question_id.startswith("safety.persoon-nu-veilig")]
    out = call.say("en vanochtend heeft de netbeheerder het gas afgesloten")
    first = next(e for e in out if e.type == "suggestion")
    assert first.question_id.startswith(("safety.warm-en-drinkwater", "safety.kwetsbaren-in-huis"))


def test_a_danger_to_a_child_without_a_home_crisis_is_still_asked_directly(bank):
    call = Call(bank)
    call.say("goedenacht met de nachtlijn je spreekt met anne")
    call.say("vertel het maar")
    out = call.say("je zegt dat je vriend de kleine hard door elkaar schudde en nu weer dronken thuiskomt")
    assert [e for e in out if e.type == "suggestion" and e.question_id.startswith("safety.")]


def test_an_old_parent_who_sits_alone_too_much_is_lonely_not_in_danger(bank):
    # thirty-eighth session, from the possible alerts of the crisis-free development calls (own wording): an old
    # person heard, then "te veel alleen" -- loneliness, which added up with the person to a possible danger
    call = Call(bank)
    call.say("goedenavond met de nachtlijn waar kan ik u mee helpen")
    call.say("uw moeder van eenennegentig woont nog zelfstandig in haar flat")
    call.say("en uw zus vindt dat ze te veel alleen zit sinds de buurvrouw verhuisd is")
    assert not [e for e in call.events if e.type == "crisis" and e.crisis == "unsafe_vulnerable"]


def test_an_old_parent_alone_at_night_after_a_fall_is_still_a_possible_danger(bank):
    call = Call(bank)
    call.say("goedenavond met de nachtlijn waar kan ik u mee helpen")
    call.say("uw moeder van eenennegentig woont nog zelfstandig in haar flat")
    call.say("en ze is vannacht alleen en ze neemt de telefoon niet op")
    assert [e for e in call.events if e.type == "crisis" and e.crisis == "unsafe_vulnerable"]


@pytest.mark.parametrize("line, crisis, heard", [
    # thirty-ninth session, from crisis-au's and crisis-av's lines (measured at this session's start, then read; own
    # wording). The furniture in storage; a shelter for when the day comes; the last chance missed; "no longer my
    # home"; a home that comes with the job; one's own car tomorrow night; the court's letter put away; the lease
    # ended by the landlord; the corporation that is done
    ("je bank en je kasten staan al in een opslagbox maar waar jij heen moet weet je nog niet", "eviction", True),
    ("je meubels staan in de opslag zolang de keuken verbouwd wordt", "eviction", False),
    ("ze zeiden dat je bij de nachtopvang terecht kunt als het zover is", "eviction", True),
    ("je werkt als vrijwilliger bij het leger des heils en daar kun je altijd terecht als het zover is", "eviction", False),
    ("de regeling met de corporatie was je laatste kans en nu heb je weer een maand gemist", "eviction", True),
    ("over twee weken is dit niet meer mijn huis zei je", "eviction", True),
    ("sinds de inbraak voelt het niet meer als mijn huis", "eviction", False),
    ("nu je baan stopt moet je ook uit de dienstwoning", "eviction", True),
    ("je moet per de eerste eruit en je hebt nog niks anders", "eviction", True),
    ("je spullen staan bij je zus en vanaf morgen slaap je in je auto", "eviction", True),
    ("na de ruzie slaap je vannacht even in je auto", "eviction", False),
    ("dat briefje van de kantonrechter heb je in de la gelegd", "eviction", True),
    ("de verhuurder wil van het huurcontract af na die politie inval", "eviction", True),
    ("de corporatie zegt dat het klaar is en geeft het uit handen", "eviction", True),
    # no supplier any more; the water company's reminders; no fault, call the supplier; cooking in the kettle;
    # something done at the meter and cold since; the energy bill let lie; the main switch while the neighbours have
    # power; a machine on power with a spare bottle for hours; reminders about the energy with a date
    ("je hebt het contract opgezegd omdat het te duur was en nu ben je nergens meer klant", "utility_cutoff", True),
    ("je bent overgestapt en bij niemand meer klant van die oude leverancier", "utility_cutoff", False),
    ("vitens heeft je alle aanmaningen gestuurd en komt nu langs", "utility_cutoff", True),
    ("vitens heeft het te veel betaalde geld teruggestort", "utility_cutoff", False),
    ("de man van de netbeheerder zei het is geen storing u moet uw leverancier bellen", "utility_cutoff", True),
    ("je kookt de rijst nu in de waterkoker voor de kinderen", "utility_cutoff", True),
    ("je zet thee in de waterkoker om rustig te worden", "utility_cutoff", False),
    ("ze hebben iets aan je meter gedaan en sindsdien is het koud in huis", "utility_cutoff", True),
    ("de energierekening liet je liggen en nu heb je een brief met vijf dagen", "utility_cutoff", True),
    ("de hoofdschakelaar doet niks terwijl de rest van de flat gewoon licht heeft", "utility_cutoff", True),
    ("het zuurstofapparaat van je moeder werkt op stroom en de reservefles is er nog een paar uur", "utility_cutoff", True),
    ("de aanmaning over de energie ligt op tafel en daar staat vrijdag op", "utility_cutoff", True),
    # savings sent away tonight; the key left with the neighbours and a note; a strong medicine from the ward on one;
    # who will find one; a will made while young; an end to all the pain; arms cut again
    ("je hebt vanavond al je spaargeld naar je zus overgemaakt", "suicide", True),
    ("je hebt je spaargeld naar je zoon overgemaakt voor zijn studie", "suicide", False),
    ("je hebt de sleutel bij de buurvrouw gelegd met een briefje erbij", "suicide", True),
    ("je hebt de sleutel bij de buurvrouw gelegd zodat ze de planten water geeft", "suicide", False),
    ("je hebt de morfine uit de medicijnkast van je werk en die heb je nu bij je", "suicide", True),
    ("je wilt niet dat je dochter degene is die je vindt", "suicide", True),
    ("je hebt vanmiddag je testament laten opmaken terwijl je pas vijfentwintig bent", "suicide", True),
    ("je hebt je testament laten maken na de diagnose", "suicide", False),
    ("je wilt een eind maken aan al die pijn zeg je", "suicide", True),
    ("je wilt een eind maken aan die rugpijn en gaat naar de fysio", "suicide", False),
    ("je hebt je polsen vanavond weer opengehaald", "suicide", True),
    ("je hebt je vinger opengehaald aan een blikje", "suicide", False),
    ("je staat nu op de kerktoren en daar sta je nu", "suicide", True),
    ("je hebt het mes naast je gelegd zei je", "suicide", True),
    # the partner drinking with the children upstairs; the ex waiting at the door and not daring out; a son off his
    # medicine with a knife; long sleeves to hide; medicine taken twice in confusion; a hand at the throat; water by a
    # socket; an inhaler empty; tied to the bed; someone who did harm
    ("de kinderen slapen en hij zit beneden weer aan de whisky", "unsafe_vulnerable", True),
    ("toen je klein was zat je vader elke avond aan de drank", "unsafe_vulnerable", False),
    ("je ex stond je na je werk op te wachten en nu durf je niet naar huis", "unsafe_vulnerable", True),
    ("je zoon is gestopt met zijn medicatie en staat met een mes tegen zijn stemmen te schreeuwen", "unsafe_vulnerable", True),
    ("morgen trek je weer een coltrui aan zodat niemand op je werk ziet wat hij gedaan heeft", "unsafe_vulnerable", True),
    ("je trekt een coltrui aan op je werk omdat het koud is", "unsafe_vulnerable", False),
    ("je moeder met alzheimer heeft haar pillen vanavond dubbel ingenomen", "unsafe_vulnerable", True),
    ("je moeder heeft haar pillen dubbel ingenomen en de apotheek gebeld zegt dat het geen kwaad kan", "unsafe_vulnerable", False),
    ("je had hem in je slaap bij zijn keel vastgepakt", "unsafe_vulnerable", True),
    ("je hebt keelpijn en je keel zit helemaal vast", "unsafe_vulnerable", False),
    ("er druppelt water langs het stopcontact en de baby slaapt in die kamer", "unsafe_vulnerable", True),
    ("je dochtertje is benauwd en haar puffer is op", "unsafe_vulnerable", True),
    ("je bindt je vader 's nachts vast aan het bed zodat hij niet valt", "unsafe_vulnerable", True),
    ("je bindt de boot vast aan de steiger", "unsafe_vulnerable", False),
    ("heeft iemand je vanavond iets aangedaan", "unsafe_vulnerable", True),
    ("iemand je vanavond ietsaangedaan", "unsafe_vulnerable", True),  # "heeft" dropped, two words run together
])
def test_thirty_ninth_sessions_forms_from_two_writers_read_after_their_measurement(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # thirty-ninth session, crisis-au's and crisis-av's false alarms (own wording): the bailiff not coming any more;
    # paid off since spring though still afraid; a plan approved; a move into a care home; a first reminder; the
    # caller's clear denial given back
    ("sinds de bewindvoerder alles doet komt er geen deurwaarder meer aan de deur", "eviction", False),
    ("je bent soms nog bang voor de deurwaarder maar alles is afgelost sinds het voorjaar", "eviction", False),
    ("de deurwaarder belde dat de regeling is goedgekeurd", "eviction", False),
    ("je moet je huis uit omdat je naar een verpleeghuis gaat en dat doet pijn", "eviction", False),
    ("het is een eerste herinnering van de verhuurder, geen vonnis", "eviction", False),
    ("je zegt heel duidelijk dat je er niet aan denkt om jezelf iets aan te doen", "suicide", False),
    ("dus je denkt er niet aan om jezelf iets aan te doen, zeg je, maar vannacht weet je het niet", "suicide", True),
])
def test_thirty_ninth_sessions_settled_forms_from_those_writers_false_alarms(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # thirty-ninth session: an unless word vetoes every word that folds like it ("zon" vetoed "zoon", "oom" vetoed
    # "om"), so such exceptions are said as phrases ("in de zon", "haar oom"); a stricter veto by spelling was tried
    # and taken out: under recognizer noise a misspelt "di" or "har" no longer vetoed and three calm calls got a
    # confirmed crisis
    ("morgen trek je weer lange mouwen aan naar je werk zodat niemand ziet wat hij met je zoon en jou doet", "unsafe_vulnerable", True),
    ("je dochter van veertien is om tien uur met een veel oudere man in zijn auto gestapt", "unsafe_vulnerable", True),
    # the unless word itself still vetoes
    ("je dochter van veertien is met een veel oudere man mee, haar oom, in zijn auto", "unsafe_vulnerable", False),
    # a ditch dammed off is no cut-off ("sloot" no longer folds into the "slot" of a locked door)
    ("ze hebben de sloot met een dam afgesloten voor het waterschap", "utility_cutoff", False),
])
def test_unless_words_that_fold_like_everyday_words_are_said_as_phrases(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # thirty-ninth session: possible alerts in crisis-free development calls from a hint rule (own wording). A pet
    # rehomed because the new care flat allows none; a life picked up again; nobody shouting now; the caller's own
    # locked door; a boat put back into the water
    ("de kat gaat naar je dochter omdat er in het verzorgingshuis geen huisdieren mogen", "suicide", False),
    ("je brengt de kat vanavond naar je dochter en vraagt of ze goed voor haar wil zorgen", "suicide", True),
    ("je pakt je leven weer op sinds je met pensioen bent", "suicide", False),
    ("het leven is op voor je zeg je", "suicide", True),
    ("jullie eten samen, niemand schreeuwt en de kinderen lachen weer", "unsafe_vulnerable", False),
    ("hij schreeuwt en dreigt en de kinderen zitten op de trap", "unsafe_vulnerable", True),
    ("je hebt vast een reden om je deur op slot te doen 's avonds", "unsafe_vulnerable", False),
    ("je vriend sluit je op in de slaapkamer als hij weggaat", "unsafe_vulnerable", True),
    ("je twijfelt of de sloep dit voorjaar nog het water in moet", "utility_cutoff", False),
    ("heb je thuis nog water", "utility_cutoff", True),
    # a daughter asked to sleep on the couch near the caller; "if it does not work out tomorrow"
    ("je kunt je zoon vragen of hij vannacht bij jou op de bank wil slapen", "suicide", False),
    ("je kunt je zoon vragen of hij vannacht bij jou op de bank wil slapen", "eviction", False),
    ("je wilt slapen en nooit meer wakker worden", "suicide", True),
    ("en als het morgen toch niet lukt, wie kun je dan bellen", "suicide", False),
    ("het maakt niet meer uit omdat het morgen toch voorbij is", "suicide", True),
])
def test_thirty_ninth_sessions_crisis_free_talk_a_hint_rule_named(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # thirty-ninth session, after locked77's final run (read afterwards; own wording): a phone number given at a
    # motor club is no motorbike given away; "nergens meer zin in" is low mood, not a home one cannot get into
    ("een man van de motorclub gaf je zijn telefoonnummer", "suicide", False),
    ("je hebt je motor aan je neef gegeven want je hebt hem niet meer nodig", "suicide", True),
    ("op een schaal van nul tot tien, waar nul is dat je nergens meer zin in hebt", "eviction", False),
    ("je kunt er nergens meer in sinds ze de sloten hebben vervangen", "eviction", True),
])
def test_after_locked77_a_motor_club_and_a_scale_anchor(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # fortieth session, after locked78's final run (read afterwards; own wording, fitted): what the bailiff writes
    # about already paid; furniture kept at a neighbour's until there is a home again; locking one's own shop; a
    # letter whose "voor" belongs to what it says, not to whom it is for
    ("de deurwaarder stuurde een aanmaning voor een oude energierekening, maar die is al betaald", "eviction", False),
    ("de deurwaarder komt morgen voor de huur, die heb je al betaald zeg je, maar ze geloven het niet", "eviction", True),
    ("je kast en je bed staan bij de buurman in de garage tot je weer ergens kunt wonen", "eviction", True),
    ("je kast en je bed staan bij de buurman tot je nieuwe woning klaar is", "eviction", False),  # a move
    ("je bankstel mag in haar schuur tot je weer een huis hebt", "eviction", True),
    ("je bankstel staat bij de buurvrouw want je krijgt een nieuwe", "eviction", False),
    ("u heeft vanavond de deur van uw zaak op slot gedaan en bent naar huis gefietst", "unsafe_vulnerable", False),
    ("hij heeft je opgesloten in de winkel", "unsafe_vulnerable", True),
    ("de huisarts schrijft een briefje dat die vochtige kamer slecht is voor je dochter", "suicide", False),
    ("je hebt een briefje geschreven voor je zoon omdat het leven slecht voor je is", "suicide", True),
])
def test_after_locked78_a_paid_bill_furniture_stored_a_shop_locked_and_a_doctors_note(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # thirty-ninth session, locked77's one missed crisis line (read after its final run; own wording): bruises said
    # not to come from sport or a fall
    ("de blauwe plek op het been van je zoon komt niet van een val zeg je", "unsafe_vulnerable", True),
    ("je zoon heeft blauwe plekken van het voetballen", "unsafe_vulnerable", False),
    ("de blauwe plekken van je dochter komen van de hockeytraining", "unsafe_vulnerable", False),
])
def test_after_locked77_bruises_said_not_to_come_from_sport(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-first session, crisis-ax read after its two measurements (own wording): a home on water or wheels that
    # must leave its place; papers packed because the lock may change; the last week, not a move; candles and a power
    # bank lasting how long; a smart meter switched off from afar, seen in its app
    ("de havenmeester zegt dat je boot eind van de maand van de steiger moet en daar woon je nou op", "eviction", True),
    ("de woonboot moet naar de werf voor onderhoud en je woont zolang bij je zus", "eviction", False),
    ("je hebt je paspoort en je papieren in een tas gedaan want misschien kun je er morgen niet meer in", "eviction", True),
    ("je hebt je papieren in een doos gedaan omdat je volgende week gaat verhuizen", "eviction", False),
    ("het is je laatste week in dit huis en niet omdat je gaat verhuizen", "eviction", True),
    ("hoe lang houden jullie het nog vol met die kaarsen en die ene powerbank", "utility_cutoff", True),
    ("hoe lang houden jullie het nog vol met kaarsen op de camping", "utility_cutoff", False),
    ("de meter is op afstand uitgezet en de app van de leverancier geeft alleen nog een foutmelding", "utility_cutoff", True),
    ("je hebt de tuinkraan dichtgedraaid tegen de vorst zoals ieder jaar", "utility_cutoff", False),
])
def test_after_crisis_ax_a_boat_home_packed_papers_a_last_week_and_candles(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-first session, crisis-ax read after its two measurements (own wording): love or sorry said and the phone
    # off; a message that someone must explain it to the children later; things given away while not moving; the
    # dog walked by the water
    ("je hebt tegen je broer gezegd dat je van hem houdt en toen je telefoon uitgezet", "suicide", True),
    ("je hebt tegen je broer gezegd dat je van hem houdt en je telefoon uitgezet om te gaan slapen", "suicide", False),
    ("je schreef je zus een briefje dat ze het later maar aan de kinderen moet uitleggen", "suicide", True),
    ("je hebt je spelcomputer en je boeken weggegeven en je zegt dat je niet gaat verhuizen", "suicide", True),
    ("je hebt de kleren van je dochter weggegeven omdat ze eruit gegroeid is", "suicide", False),
    ("je staat bij de haven omdat je de hond uitlaat en het is rustig", "suicide", False),
])
def test_after_crisis_ax_farewell_said_and_things_given_away(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-first session, crisis-ax read after its two measurements (own wording): coercive control heard in
    # details, as the method's unsafe situation of a vulnerable person; and the near misses that stay calm
    ("als je hem om boodschappengeld vraagt wordt hij zo boos dat je gaat trillen", "unsafe_vulnerable", True),
    ("als je je baas om vrij vraagt wordt hij boos en dan ben je bang voor je baan", "unsafe_vulnerable", False),
    ("je hebt stiekem een koffer gepakt en je wacht tot hij de deur uit is", "unsafe_vulnerable", True),
    ("je hebt stiekem een koffer gepakt voor een weekendje weg als verrassing", "unsafe_vulnerable", False),
    ("als hij erachter komt dat je ons belt weet je niet wat er gebeurt", "unsafe_vulnerable", True),
    ("zij pakt je uitkering af en je mag niet meer alleen de deur uit", "unsafe_vulnerable", True),
    ("je bewindvoerder beheert je uitkering en geeft je leefgeld", "unsafe_vulnerable", False),
    ("je zit met je dochtertje op de parkeerplaats bij de snackbar en je gaat niet meer terug", "unsafe_vulnerable", True),
    ("je zit met de kinderen in de auto in de file en je bent te laat voor oma", "unsafe_vulnerable", False),
    ("hoe reageerde je man toen je zei dat je weg wilde", "unsafe_vulnerable", True),
    ("je hebt foto's van de plekken gemaakt en naar je vriendin gestuurd voor het geval dat", "unsafe_vulnerable", True),
    ("je hebt een foto van je arm naar de dermatoloog gestuurd voor je eczeem", "unsafe_vulnerable", False),
    ("je vader is veilig thuis gekomen na zijn avondje uit en slaapt", "unsafe_vulnerable", False),
])
def test_after_crisis_ax_coercive_control_in_details(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-first session, locked80's misses and calm-call alerts, read after its two runs (own wording, fitted):
    # someone lying outside who barely responds; young children left asleep for an early shift; a confused old
    # woman outside who does not know where she lives (not an ex who does not know a new address); a vow about
    # lending money, a brother asking for money, a pupil suspended for a push
    ("achter het clubhuis ligt een jongen die niet meer reageert", "unsafe_vulnerable", True),
    ("je laptop ligt op tafel en reageert niet", "unsafe_vulnerable", False),
    ("je vertrekt om vijf uur naar je werk en de kinderen slapen dan nog, de jongste is drie", "unsafe_vulnerable", True),
    ("je vertrekt om vijf uur naar je werk en de kinderen slapen dan nog maar je vrouw is thuis", "unsafe_vulnerable", False),
    ("je bent net thuis van je late dienst en de kinderen liggen te slapen", "unsafe_vulnerable", False),
    ("je oude buurman loopt in zijn pyjama op straat en hij weet niet waar hij woont", "unsafe_vulnerable", True),
    ("je ex weet niet waar je nu woont", "unsafe_vulnerable", False),
    ("je zei tegen jezelf deze keer is de laatste keer dat ik hem geld leen", "suicide", False),
    ("je zus stond weer aan de deur en vroeg om geld", "unsafe_vulnerable", False),
    ("je zus stond aan de deur en vroeg om geld en toen je nee zei sloeg ze je", "unsafe_vulnerable", True),
    ("je dochter is geschorst omdat ze een klasgenoot heeft geduwd", "unsafe_vulnerable", False),
])
def test_after_locked80_someone_unresponsive_children_asleep_and_calm_talk_of_money_and_school(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-first session, crisis-ay read after its two measurements (own wording): the house goes ahead unless paid;
    # pills bought at several shops; an appointment not needed because the caller will be gone; no reason left to get
    # up; it was not someone's fault, to be passed on; a small child out late in the frost; locked in; an injury not
    # talked about; a confused partner with boiling water; a child who trembles at going back; the police not called
    # for fear of him
    ("als je vrijdag die achterstand niet kunt betalen dan gaat het door met de woning", "eviction", True),
    ("je hebt bij verschillende drogisterijen slaappillen gekocht en ze liggen op je nachtkastje", "suicide", True),
    ("je hebt bij verschillende drogisterijen paracetamol gezocht maar het was overal uitverkocht", "suicide", False),
    ("je tandarts morgen kun je afzeggen zeg je omdat je er dan niet meer bent", "suicide", True),
    ("je zegt dat je geen reden meer hebt om te leven", "suicide", True),
    ("je wilt dat ik je broer laat weten dat het niet zijn schuld was", "suicide", True),
    ("je wilt dat je broer weet dat de ruzie niet zijn schuld was", "suicide", False),
    ("het buurmeisje van zes zit om half een nog op de stoep en het vriest", "unsafe_vulnerable", True),
    ("hij heeft de achterdeur op slot gedaan en de sleutel meegenomen en je mag er niet uit", "unsafe_vulnerable", True),
    ("je zoon heeft een blauw oog en hij wil er niks over zeggen", "unsafe_vulnerable", True),
    ("je zoon heeft een blauw oog van het voetballen en hij wil er niks over zeggen", "unsafe_vulnerable", False),
    ("je moeder is in de war en stond met een mes in de keuken en je kunt haar niet meer tegenhouden", "unsafe_vulnerable", True),
    ("je zoontje wil niet meer terug naar het huis van zijn vader en hij huilde toen hij het zei", "unsafe_vulnerable", True),
    ("je hebt geen aangifte gedaan omdat hij heeft gezegd dat hij dan de kinderen meeneemt", "unsafe_vulnerable", True),
])
def test_after_crisis_ay_hints_in_details(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-first session, crisis-ay's near misses read after its two measurements (own wording): the fuses out, a
    # bailiff's debt long paid, never thought of it and not now either, a pet lodged for a trip, things given away to
    # live smaller, the power out in the whole street, no pills saved, a father who was only out, the children safe
    # in bed; and the worker's question that must still be heard
    ("de stoppen zijn eruit geslagen en je buurman komt ze erin draaien", "unsafe_vulnerable", False),
    ("de brief van de deurwaarder is oud en die schuld is al lang afbetaald", "eviction", False),
    ("aan er niet meer willen zijn heb je nog nooit aan gedacht ook nu niet zeg je", "suicide", False),
    ("je brengt de hond naar de buren omdat je een week op vakantie gaat", "suicide", False),
    ("je geeft je meubels weg omdat je kleiner gaat wonen in een aanleunwoning", "eviction", False),
    ("de stroom is uitgevallen in de hele straat en de netbeheerder is bezig", "utility_cutoff", False),
    ("je hebt geen pillen of zo gespaard en je belt omdat je niet kunt slapen", "suicide", False),
    ("je opa is niet verdwenen, hij zat bij de buurman te kaarten en belde net terug", "unsafe_vulnerable", False),
    ("je bent kwaad op je ex maar de kinderen liggen nu veilig in bed", "unsafe_vulnerable", False),
    ("liggen de kinderen nu veilig in bed", "unsafe_vulnerable", True),
])
def test_after_crisis_ay_near_misses_that_stay_calm(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-second session, crisis-az and crisis-ba read after their two measurements (own wording; each True line
    # missed by the code before): somewhere to sleep by a deadline; rent paid too late with the date standing; no
    # point fighting for the house; 'dan stap je eruit'; a driver looking at the oncoming traffic; someone who comes
    # into the caller's room at night (the caller's own door not allowed locked no longer silences it); an old parent
    # who barely eats since a death and no longer knows the day; medicines flushed away by a partner; an ex who still
    # has a key; locked in with the keys and the phone taken; the account emptied and family forbidden; 'dan is hij
    # altijd zo' after the pub
    ("je hebt tot het eind van de week om een andere slaapplek te vinden", "eviction", True),
    ("je hebt de laatste huur vanavond overgemaakt maar het was te laat en de datum blijft gewoon staan", "eviction", True),
    ("je ziet het niet meer zitten om voor je huis te vechten, je hebt het opgegeven", "eviction", True),
    ("als ze je morgen ontslaan dan stap je eruit zeg je", "suicide", True),
    ("je zit in de auto en je kijkt de hele tijd naar de tegenliggers", "suicide", True),
    ("je zegt dat je oom 's nachts op je kamer komt en dat je je deur niet op slot mag doen", "unsafe_vulnerable", True),
    ("je vader eet bijna niks meer sinds je moeder is overleden en hij weet niet meer welke dag het is", "unsafe_vulnerable", True),
    ("je vriend heeft je pillen door de wc gespoeld", "unsafe_vulnerable", True),
    ("je ex heeft nog steeds een sleutel van jouw huis", "unsafe_vulnerable", True),
    ("hij heeft de voordeur op slot gedaan en de sleutels en je mobiel meegenomen", "unsafe_vulnerable", True),
    ("je vriend heeft al je geld van je rekening gehaald en je mag niet meer naar je zus", "unsafe_vulnerable", True),
    ("hij komt zo uit de kroeg en dan is hij altijd zo, de kleine slaapt al", "unsafe_vulnerable", True),
    # the same words where nobody is at risk; the gas closed by the caller for the fitter (named a cut-off before)
    ("je zoekt tot vrijdag nog een slaapplek voor het festival", "eviction", False),
    ("je was te laat bij de kapper maar de afspraak ging gewoon door", "eviction", False),
    ("je werk is opgezegd en er is nog geen andere werkplek voor je", "eviction", False),
    ("bij de scheiding wil je niet meer vechten voor het huis, je hebt het opgegeven", "eviction", False),
    ("heeft de rechter al uitspraak gedaan over de omgangsregeling", "eviction", False),
    ("je zat zonder stroom door het onweer in de hele wijk, niet omdat je niet kon betalen", "utility_cutoff", False),
    ("in de zomer haal je water bij de kraan buiten voor de planten", "utility_cutoff", False),
    ("het water is dichtgedraaid door de huisbaas vanwege een lekkage", "utility_cutoff", False),
    ("je hebt het gas dichtgedraaid omdat de monteur morgen de ketel komt vervangen", "utility_cutoff", False),
    ("de monteur van de netbeheerder heeft het gas dichtgedraaid omdat de rekening niet betaald is", "utility_cutoff", True),
    ("als het bestuur zo doorgaat dan stap je eruit, uit de club", "suicide", False),
    ("dan stop ik ermee zeg je, met alles, met roken en met drinken", "suicide", False),
    ("je hebt vandaag geregeld dat je zus voor de kinderen zorgt als er iets met je gebeurt bij de operatie", "suicide", False),
    ("je staat in de file en je kijkt de hele tijd naar de vrachtwagens", "suicide", False),
    ("je hebt je broer het geld terugbetaald en je oude gitaar weggegeven aan de kringloop", "suicide", False),
    ("je vriend heeft je oude pillen weggegooid omdat ze over datum waren", "unsafe_vulnerable", False),
    ("je ex heeft nog een sleutel zodat hij de kinderen kan ophalen, dat is zo afgesproken", "unsafe_vulnerable", False),
])
def test_after_crisis_az_and_ba_hints_in_details(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-second session, crisis-az's and crisis-ba's near misses read after their two measurements (own wording):
    # the supply back on since an hour, works announced until a time, fuses someone comes to put back, a leak someone
    # comes to repair, the dark chosen so as not to wake the children; the date off the table with a plan agreed, a
    # chosen move with the contract signed, a bag packed for the birth, the locks changed against someone; one last
    # walk through a sold house; nobody threatens the caller. And beside them what must still
    # be heard
    ("de stroom is sinds zes uur weer aan en de verwarming draait weer", "utility_cutoff", False),
    ("het gas is tot morgenochtend uit omdat de netbeheerder de leidingen in de straat vervangt, dat stond in de brief", "utility_cutoff", False),
    ("de stroom is eraf en gaat pas weer aan als je de achterstand betaalt", "utility_cutoff", True),
    ("de stoppen zijn eruit geslagen en je buurman komt ze zo weer omzetten", "utility_cutoff", False),
    ("het regent door het dak van de schuur maar morgen komt je zwager het repareren", "utility_cutoff", False),
    ("je zit in het donker omdat je de kinderen niet wakker wilt maken", "utility_cutoff", False),
    ("de datum is van tafel want de corporatie is akkoord met de regeling", "eviction", False),
    ("de dozen staan klaar want zaterdag ga je naar de nieuwe huurwoning, het contract is getekend", "eviction", False),
    ("je koffer staat ingepakt in de gang voor als de weeën beginnen", "eviction", False),
    ("de sloten zijn vervangen en hij heeft geen sleutel meer", "eviction", False),
    ("de corporatie heeft de sloten vervangen en je kunt er niet meer in", "eviction", True),
    ("je gaat morgen nog één keer door het huis van je vader om afscheid te nemen want het is verkocht", "suicide", False),
    ("niemand bedreigt je, je schrikt alleen van elk geluid sinds de verhuizing", "unsafe_vulnerable", False),
    ("ben je nu veilig thuis", "unsafe_vulnerable", True),
])
def test_after_crisis_az_and_ba_near_misses_that_stay_calm(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-second session, after locked82's and locked83's final runs (read afterwards; fitted, own wording): a child
    # who phoned from a parent's telephone that the parent does not wake (the word "telefoon" no longer vetoes it, only
    # a phone not answered); an old neighbour's dog barking since the afternoon; and the same words where nobody is at
    # risk (a beating is still heard beside laughter)
    ("je zoon belde met de telefoon van zijn moeder en zei mama ligt op de bank en wordt niet wakker", "unsafe_vulnerable", True),
    ("je kunt niet slapen omdat de hond van de buurvrouw al sinds de middag blaft", "unsafe_vulnerable", True),
    ("je moeder reageert niet want ze neemt de telefoon niet op als ze boos is", "unsafe_vulnerable", False),
    ("de hond ligt op de vloer en beweegt niet, hij slaapt lekker", "unsafe_vulnerable", False),
    ("de krant zit nog in de bus want je buurvrouw is op vakantie", "unsafe_vulnerable", False),
    ("hij heeft haar geslagen en zij lag dubbel van het lachen", "unsafe_vulnerable", True),
])
def test_after_locked82_and_locked83_someone_who_does_not_wake_and_a_neighbours_signs(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis", [
    # ... and lines that say the danger is not there, so that weak words in them ("op de grond", "dood") add up to
    # nothing over a call: lying down with laughter
    ("je lag op de grond van het lachen om die grap van je broer", "unsafe_vulnerable"),
    ("je vader lag dood van het lachen om de hond", "suicide"),
])
def test_after_locked82_and_locked83_laughter_settles(bank, line, crisis):
    assert crisis in CrisisDetector(bank).settles(line)


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-third session, crisis-bb and crisis-bc read after their three measurements (own wording; each True line
    # missed by the start code): a meter put back by hand, the heating off "for
    # the bill", an old parent cold and dark at home for days, a freezer emptied outside because it does nothing any
    # more; a post that everyone is rid of one tomorrow, thin ice walked on on purpose, no "after" a day, a grandchild
    # seen one last time and that was good, nothing left for one when a life's work goes, wanting to be with a dead
    # child on the anniversary, love sent that one never sends, a gun beside one; a child shaken so hard that one
    # frightened oneself, an ambush after school, a parent's medicine skipped because the carer could not go on, gas
    # left open by a partner, an unfit driver who took the keys, a man in a dark car before the house, a landlord who
    # lets himself in at night, a bag packed to flee while he sleeps, a threat to drive into the water with the
    # children, knocking at the window after the locks were changed; a penalty for living on a holiday park, the letter
    # with the date hidden in a drawer, all residents out by a date, a removal firm sent to store one's belongings
    ("je hebt de stroommeter met een stukje draad zelf weer aan de praat gekregen", "utility_cutoff", True),
    ("de cv doet het niet en de monteur zegt dat het aan de betaling ligt, niet aan de ketel", "utility_cutoff", True),
    ("je vader slaapt vannacht bij jou omdat het in zijn huis al drie dagen koud en donker is", "utility_cutoff", True),
    ("je hebt alles uit de vriezer buiten gezet omdat hij toch niks meer doet", "utility_cutoff", True),
    ("je zette online dat ze vanaf morgen allemaal van je af zijn", "suicide", True),
    ("je wilt vannacht juist het ijs op gaan, omdat het nog te dun is", "suicide", True),
    ("je plant niks na zondag want voor jou is er geen na zondag", "suicide", True),
    ("je hebt je kleindochter vandaag nog één keer gezien en dat was goed zo, zeg je", "suicide", True),
    ("als de zaak dicht gaat is er voor mij ook niks meer, zei u", "suicide", True),
    ("volgende week is het vijf jaar geleden dat je dochter overleed en dan wil je bij haar zijn", "suicide", True),
    ("je hebt je broer vanavond geappt dat je van hem houdt en dat doe je normaal nooit", "suicide", True),
    ("je zit op de bank met het jachtgeweer van je broer naast je", "suicide", True),
    ("je hebt hem zo hard bij zijn arm gepakt dat je er zelf van schrok", "unsafe_vulnerable", True),
    ("een paar jongens uit je klas willen je morgen na school opwachten bij het hek", "unsafe_vulnerable", True),
    ("je moeder heeft haar pillen vanavond niet gehad omdat jij het niet meer trok", "unsafe_vulnerable", True),
    ("het gas stond alweer open toen je thuiskwam en hij stond er gewoon bij", "unsafe_vulnerable", True),
    ("je moeder mag niet meer rijden maar ze heeft vanavond toch de autosleutels gepakt", "unsafe_vulnerable", True),
    ("hij staat al de hele avond met zijn auto voor je huis met de lichten uit", "unsafe_vulnerable", True),
    ("de huisbaas komt 's nachts met zijn eigen sleutel binnen op de kamers van de meiden", "unsafe_vulnerable", True),
    ("je hebt stiekem een tas gepakt en je wilt met de kinderen weg terwijl hij slaapt", "unsafe_vulnerable", True),
    ("hij zei dat hij met de kinderen in de auto de rivier in rijdt", "unsafe_vulnerable", True),
    ("je hebt de sloten laten vervangen maar hij bonkte vannacht toch op het raam", "unsafe_vulnerable", True),
    ("je krijgt een dwangsom omdat je het hele jaar in je huisje op het park woont", "eviction", True),
    ("de brief met de datum ligt ongeopend in de la, je durft niet te kijken", "eviction", True),
    ("alle vaste bewoners van de camping moeten eind maart weg zijn en jij woont daar al jaren", "eviction", True),
    ("er kwam een brief dat een verhuisbedrijf je inboedel komt ophalen om op te slaan", "eviction", True),
    # ... and the same details where nobody is at risk
    ("het waterbedrijf komt morgen de meterstand opnemen", "utility_cutoff", False),
    ("de monteur zegt dat het niet aan de rekening ligt maar aan de ketel, hij komt morgen terug", "utility_cutoff", False),
    ("het is buiten al dagen koud en donker en je verlangt naar de lente", "utility_cutoff", False),
    ("de vriezer doet niks meer, hij is twintig jaar oud en morgen komt er een nieuwe", "utility_cutoff", False),
    ("de zorgen zijn eindelijk van je af nu de schuld betaald is", "suicide", False),
    ("je wilde gaan schaatsen maar het ijs is nog te dun dus je blijft thuis", "suicide", False),
    ("je hebt je vader vandaag in het hospice nog een laatste keer gezien, en dat was goed zo", "suicide", False),
    ("als de zaak dicht gaat is er voor mij ook niks meer te doen in het dorp", "suicide", False),
    ("morgen is het tien jaar geleden dat hij verongelukte en dan wil je bij hem zijn in gedachten, met de familie", "suicide", False),
    ("je hebt je moeder voor moederdag een kaart gestuurd dat je van haar houdt, dat doe je anders nooit", "suicide", False),
    ("je moeder wacht je morgen na school op bij het hek met een taart", "unsafe_vulnerable", False),
    ("je moeder kreeg vanavond haar pillen niet omdat ze nuchter moet zijn voor de operatie", "unsafe_vulnerable", False),
    ("het gas stond aan omdat je man aan het koken was", "unsafe_vulnerable", False),
    ("de taxi staat al een uur voor je huis te wachten", "unsafe_vulnerable", False),
    ("de huisbaas komt morgen met zijn eigen sleutel binnen om de verwarming te maken, dat is afgesproken", "unsafe_vulnerable", False),
    ("je hebt een tas gepakt want je gaat met de kinderen een weekend naar de camping", "unsafe_vulnerable", False),
    ("je gaat morgen met de kinderen het water in bij het strand", "unsafe_vulnerable", False),
    ("de postbode klopte op het raam met een pakketje", "unsafe_vulnerable", False),
    ("de gemeente gedoogt permanente bewoning op het park, je mag blijven", "eviction", False),
    ("de brief met de datum van de operatie ligt nog in de la", "eviction", False),
    ("het verhuisbedrijf komt zaterdag je meubels ophalen voor de opslag, want je nieuwe huis is nog niet klaar", "eviction", False),
])
def test_after_crisis_bb_and_bc_hints_in_details(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-third session, crisis-bb's and crisis-bc's near misses read after their three measurements (own wording):
    # the wish to die denied in the caller's words, given back; a power cut in the whole neighbourhood after a storm;
    # a kick at furniture that hit nobody; a fall the doctor has seen; "ik kan hem wel wurgen" said of a relative;
    # a letter about the new instalment, not arrears; arrears paid off; noise next door that turned out to be the
    # television; water off for works with a letter; fuel run out with a delivery tomorrow; the dark chosen; the lock
    # changed after keys were stolen; a new rental home with the key in hand; feeling safe at home. And beside them
    # what must still be heard
    ("je zegt dat je niet aan een eind aan je leven denkt, je bent vooral uitgeput", "suicide", False),
    ("aan er niet meer willen zijn denk ik niet, zegt u, daar houd ik te veel van mijn kinderen voor", "suicide", False),
    ("je zegt dat je niet aan een eind aan je leven denkt, maar de pillen liggen wel klaar", "suicide", True),
    ("door het onweer zit de hele wijk zonder stroom en de netbeheerder zegt dat het om drie uur weer aan is", "utility_cutoff", False),
    ("het gas is afgesloten omdat je de rekening niet betaald hebt, de hele straat weet het", "utility_cutoff", True),
    ("je hebt tegen de kast geschopt maar niemand is geraakt", "unsafe_vulnerable", False),
    ("je vader is gestruikeld maar de dokter is geweest, niks gebroken en hij ligt nu in bed", "unsafe_vulnerable", False),
    ("je kan hem wel wurgen, die buurman van je, maar morgen praat je gewoon met hem", "unsafe_vulnerable", False),
    ("die brief van de energieleverancier gaat over het nieuwe termijnbedrag, niet over een achterstand", "utility_cutoff", False),
    ("de huurachterstand is helemaal afgelost en de verhuurder heeft het bevestigd", "eviction", False),
    ("je hoorde geschreeuw bij de buren maar het bleek de televisie te zijn", "unsafe_vulnerable", False),
    ("het water is morgenochtend een paar uur uit voor werk aan de leiding, daar kwam een brief over", "utility_cutoff", False),
    ("de kachel is uit omdat het hout op was, morgen brengt je zwager nieuw", "utility_cutoff", False),
    ("je zit in het donker met kaarsjes omdat je dat gezellig vindt", "utility_cutoff", False),
    ("je hebt het slot laten vervangen omdat je sleutels gestolen zijn", "eviction", False),
    ("de corporatie heeft de sloten laten vervangen en je kan er niet meer in", "eviction", True),
    ("de dozen staan klaar, volgende week ga je naar je nieuwe huurhuis en de sleutel heb je al", "eviction", False),
    ("hij belt wel eens boos maar hij komt niet meer langs en je voelt je thuis veilig", "unsafe_vulnerable", False),
    ("hij heeft de kinderen geslagen en je voelt je nergens veilig", "unsafe_vulnerable", True),
])
def test_after_crisis_bb_and_bc_near_misses_that_stay_calm(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-third session, the read-through of its own forms (each line read wrongly by the forms as first written):
    # "iedereen ... van je af" is also "blijf van me af"; "for the first time" love is new love; someone before the
    # door is the caller locked out; the dyke is cycled down; a knock at the door is a neighbour; not paying stops a gym
    # pass, not the heating; one's own key to one's own room. And settled forms that must not take a real danger away:
    # a storm's cut for the street but the caller's own supply cut off, "daar denk ik niet aan" beside the wish to be
    # gone, a noise that was the television beside a beating
    ("je wilt dat iedereen van je af blijft vanavond", "suicide", False),
    ("je hebt je vriend voor het eerst gezegd dat je van hem houdt, je bent zo verliefd", "suicide", False),
    ("je staat al een uur voor de deur omdat je je sleutel kwijt bent", "unsafe_vulnerable", False),
    ("je fietst met de kinderen de dijk af naar de bakker", "unsafe_vulnerable", False),
    ("hij klopte aan de deur om suiker te lenen", "unsafe_vulnerable", False),
    ("de sportschool heeft je pas geblokkeerd omdat je niet betaald hebt", "utility_cutoff", False),
    ("je komt 's nachts met je eigen sleutel binnen op je kamer in het studentenhuis", "unsafe_vulnerable", False),
    ("door de storm had de hele straat geen stroom, maar bij jou is hij nu afgesloten", "utility_cutoff", True),
    ("ik wil er niet meer zijn, en aan hulp zoeken daar denk ik niet aan", "suicide", True),
    ("het bleek de tv te zijn, maar hij heeft haar ook geslagen", "unsafe_vulnerable", True),
])
def test_after_crisis_bb_and_bc_the_read_through_of_the_new_forms(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-fourth session, crisis-bd and locked84 read after their measurements (own wording; each line was no crisis
    # of its type before): the last night in the home, one more night there; the winter rule that does not hold, a man
    # with tools at the meter, children to bed in coats or by torchlight; suddenly calm with affairs in order, a letter
    # for the children put aside; a minor out at night, an address put online, a lender who knows where one lives, a
    # hammer laid down with a warning, an online stranger who wants a visit, an old man in his dressing gown in the
    # street (no eviction), a gun where someone drinks (a veto's word beside it before), a glass thrown beside the baby
    ("dat wordt je laatste nacht in de flat zeg je", "eviction", True),
    ("u mag nog een nachtje hier blijven en dan is het voorbij", "eviction", True),
    ("de winterregeling geldt niet voor u zegt u", "utility_cutoff", True),
    ("er kwam een man met gereedschap die vroeg waar de gasmeter was en je hebt hem binnengelaten", "utility_cutoff", True),
    ("de kleintjes zijn met een zaklamp naar bed gegaan", "utility_cutoff", True),
    ("de kinderen gingen in hun jas naar bed", "utility_cutoff", True),
    ("u klinkt opeens heel rustig en zegt dat alles geregeld is", "suicide", True),
    ("je hebt een briefje voor de kinderen in de la gelegd", "suicide", True),
    ("je dochter is zestien en om half vier nog niet thuis", "unsafe_vulnerable", True),
    ("ze hebben je adres online gezet en zeggen dat ze je komen pakken", "unsafe_vulnerable", True),
    ("ze zeggen dat ze weten waar je woont sinds je dat geld leende", "unsafe_vulnerable", True),
    ("hij legde de hamer op tafel en zei dat je moet oppassen", "unsafe_vulnerable", True),
    ("een man die je online hebt leren kennen wil dat je naar hem toe komt", "unsafe_vulnerable", True),
    ("je vader van tachtig staat in zijn ochtendjas op straat", "unsafe_vulnerable", True),
    ("je ex heeft een pistool en hij heeft flink gedronken vanavond", "unsafe_vulnerable", True),
    ("je ex smeet een glas naar je en de baby lag in de box", "unsafe_vulnerable", True),
])
def test_after_crisis_bd_and_locked84_hints_in_details(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis", [
    # forty-fourth session: the same details where nobody is at risk stay calm (own wording)
    ("volgende week is mijn laatste week hier in huis want we gaan samenwonen", "eviction"),
    ("dit is je laatste nacht hier in het ziekenhuis", "eviction"),
    ("je laatste week hier in de flat en dan ga je naar je nieuwe woning in houten", "eviction"),
    ("we gingen met een kaars naar bed want het was gezellig met kerst", "utility_cutoff"),
    ("de monteur van de netbeheerder kwam met een tang voor de nieuwe meter zoals afgesproken", "utility_cutoff"),
    ("je bent ineens heel rustig nu je hebt besloten om hulp te zoeken", "suicide"),
    ("je hebt de deur op slot gedaan en de sleutel in je zak je bent veilig binnen", "unsafe_vulnerable"),
    ("ze weten waar je woont want ze hebben je een kaartje gestuurd", "unsafe_vulnerable"),
    ("een onbekende man van marktplaats wil afspreken om de fiets op te halen", "unsafe_vulnerable"),
    ("je zegt er is niemand die weet waar je woont sinds je verhuisd bent", "unsafe_vulnerable"),
    ("je hebt je fiets tegen de muur gezet en bent naar binnen gegaan", "unsafe_vulnerable"),
    ("de deurwaarder kwam voor de caravan maar de huur is gewoon betaald dus het huis is niet in gevaar", "eviction"),
    # the read-through before the end (each read as an eviction by the forms as first written)
    ("dit is je laatste week hier op het werk", "eviction"),
    ("je laatste nacht hier op de afdeling", "eviction"),
    ("nog een nachtje hier bij oma en dan gaan we naar huis", "eviction"),
    ("je mag nog een nacht hier blijven op de afdeling en dan is het klaar", "eviction"),
])
def test_after_crisis_bd_and_locked84_near_misses_that_stay_calm(classifier, line, crisis):
    assert _names(classifier, line, crisis) is False


@pytest.mark.parametrize("line, heard", [
    # forty-fourth session, locked85's one false alarm read after its two runs (fitted; own wording): a car or a bin
    # standing in the street is no one standing in the street; the caller's own "op straat" beside it still is
    ("haar auto staat met draaiende motor op straat", False),
    ("de kliko staat nog op straat", False),
    ("je auto staat nog voor de deur maar jij staat morgen op straat", True),
    ("de auto staat op straat en jij staat er morgen ook", True),
])
def test_a_vehicle_standing_in_the_street_is_no_eviction(classifier, line, heard):
    assert _names(classifier, line, "eviction") is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-fifth session: the crisis model retrained on every read writer (held out on crisis-bd, crisis-be and crisis-bf
    # it finds more hints for as many near misses) reads a few everyday details as a crisis; the families, said as the
    # plain fact they are, settle it (own wording): a parcel signed for, papers boxed for a move of one's own, a court
    # on access to a child, a door broken open for a rescue, a letter on the mat with nothing said of it, money back
    # from the supplier, a surprise kept secret, a ban with the man in the cell or from a shop, a call made instead of a
    # chore, an old parent still living on her own, knocking on the heating pipes
    ("de koerier heeft het pakketje afgeleverd en u heeft getekend", "eviction", False),
    ("je zet je boeken in dozen omdat je volgende maand gaat verhuizen naar je vriendin", "eviction", False),
    ("de rechter doet volgende week uitspraak over de omgangsregeling met je dochter", "eviction", False),
    ("de ambulance kwam en ze moesten de deur openbreken omdat opa niet opendeed", "eviction", False),
    ("de post ligt nog op de mat want je was het weekend weg", "utility_cutoff", False),
    ("je kreeg het voorschot van de energieleverancier teruggestort", "utility_cutoff", False),
    ("je organiseert een verrassingsfeest voor je man en hij mag het niet weten", "unsafe_vulnerable", False),
    ("hij heeft een huisverbod en zit nu in de cel", "unsafe_vulnerable", False),
    ("de jongen heeft een winkelverbod voor de supermarkt op de hoek", "unsafe_vulnerable", False),
    ("je hebt gebeld in plaats van de afwas te doen", "suicide", False),
    ("uw vader van achtentachtig woont nog zelfstandig in zijn huis", "unsafe_vulnerable", False),
    ("de buurman klopt op de verwarming als het te hard gaat", "utility_cutoff", False),
    # and beside them what must still be heard: letters not dared opened; a ban he does not keep or that ends; a call
    # made instead of the pills; an old neighbour nobody has seen for days; unsafe at home with someone there
    ("de brieven van de woningbouw liggen nog op de mat en je durft ze niet open te maken", "eviction", True),
    ("hij heeft een contactverbod maar hij komt morgen vrij", "unsafe_vulnerable", True),
    ("de jongen heeft een gebiedsverbod maar hij staat nu bij je voor de deur", "unsafe_vulnerable", True),
    ("je hebt gebeld in plaats van de pillen in te nemen", "suicide", True),
    ("de oude mevrouw van hiernaast heeft niemand meer gezien sinds vrijdag", "unsafe_vulnerable", True),
    ("je bent thuis niet veilig met je broer erbij", "unsafe_vulnerable", True),
    ("u voelt zich onveilig met uw man erbij", "unsafe_vulnerable", True),
])
def test_the_retrained_crisis_models_near_misses_settle_and_hints_beside_them_stay(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


CRISIS_BE_FORMS = [
    # forty-fifth session, crisis-be read after its three measurements: its missed hints as forms (own wording). A dated
    # letter put away from the partner; advance payments not collected for want of money; the power taken from a
    # mooring; the fridge silent while the rest of the gallery has light; the worker hears wind and asks if the caller
    # is out; on the quay going "to" someone now; a call just to say goodbye and then unreachable; everyone asked to
    # forget them; out on the water at night without a life jacket; one way left to free the family of oneself; someone
    # to be rung tomorrow if nothing is heard; a fist beside the head; children with nothing to eat for days; a threat
    # if a packet is not delivered; a grandchild with the bank card and money gone
    ("je hebt de brief met de datum erop onder de krant gelegd zodat je man hem niet ziet", "eviction"),
    ("de voorschotten van het gas zijn al drie maanden niet afgeschreven omdat er niks op je rekening stond", "utility_cutoff"),
    ("je maandbedrag voor de stroom is teruggeboekt omdat er niets op de rekening stond", "utility_cutoff"),
    ("de havenmeester heeft de stroom van je woonboot weggehaald", "utility_cutoff"),
    ("de lichten doen het niet en de koelkast is stil maar de rest van de galerij heeft gewoon licht", "utility_cutoff"),
    ("ik hoor golven ben je nu buiten", "suicide"),
    ("je staat op de kade en je zegt ik ga zo naar mijn vrouw toe", "suicide"),
    ("je hebt je vader een berichtje gestuurd om dag te zeggen en nu ben je niet meer bereikbaar", "suicide"),
    ("je hebt in de groepsapp gezet dat iedereen je maar moet vergeten", "suicide"),
    ("u bent in het donker zonder reddingsvest gaan roeien en ligt nu stil midden op het meer", "suicide"),
    ("u ziet maar één manier om uw gezin van u te verlossen", "suicide"),
    ("je vraagt of ik morgen je zus wil bellen als ze niks meer van je hoort", "suicide"),
    ("hij ramde met zijn vuist tegen de deur vlak naast je hoofd", "unsafe_vulnerable"),
    ("de kinderen hebben al twee dagen niks te eten gehad en er is niks meer in huis", "unsafe_vulnerable"),
    ("als je het geld niet brengt dan weet je wat er gebeurt zeiden ze", "unsafe_vulnerable"),
    ("je neef heeft je bankpas en er is elke maand geld weg en je durft het niet te vragen", "unsafe_vulnerable"),
]


@pytest.mark.parametrize("line, crisis", CRISIS_BE_FORMS)
def test_crisis_be_hints_are_heard_by_the_rules_whatever_the_model_reads(bank, line, crisis):
    hits = CrisisDetector(bank, use_model=False).evidence(line)
    assert any(h.crisis == crisis and h.kind in ("hint", "named") for h in hits)


@pytest.mark.parametrize("line, crisis", [
    (line, crisis) for line, crisis in CRISIS_BE_FORMS if line in {
        "je hebt de brief met de datum erop onder de krant gelegd zodat je man hem niet ziet",
        "de lichten doen het niet en de koelkast is stil maar de rest van de galerij heeft gewoon licht",
        "ik hoor golven ben je nu buiten",
        "je hebt in de groepsapp gezet dat iedereen je maar moet vergeten",
        "u bent in het donker zonder reddingsvest gaan roeien en ligt nu stil midden op het meer",
        "u ziet maar één manier om uw gezin van u te verlossen",
        "je vraagt of ik morgen je zus wil bellen als ze niks meer van je hoort",
        "als je het geld niet brengt dan weet je wat er gebeurt zeiden ze"}])
def test_crisis_be_hints_the_classifier_missed_before(classifier, line, crisis):
    assert _names(classifier, line, crisis)


@pytest.mark.parametrize("line, crisis", [
    # and beside them, what stays calm
    ("ik hoor de wind ben je buiten met de hond", "suicide"),
    ("ik hoor wind bent u buiten", "suicide"),
    ("de kinderen hebben niks gegeten omdat ze buikgriep hebben", "unsafe_vulnerable"),
    ("de juf zei als je je huiswerk niet maakt dan weet je wat er gebeurt", "unsafe_vulnerable"),
    ("je pinpas is weg en de bank heeft hem geblokkeerd en daar ben je boos om", "unsafe_vulnerable"),
    ("de voorschotten van de huur zijn niet afgeschreven door een fout van de bank", "utility_cutoff"),
    ("de brief met de datum van de operatie heb je in de la gelegd zodat je man hem niet ziet", "eviction"),
])
def test_crisis_be_forms_leave_their_near_misses_calm(classifier, line, crisis):
    assert not _names(classifier, line, crisis)


@pytest.mark.parametrize("line, crisis, certainty", [
    # forty-fifth session, from calm-a (a development set of calls without a crisis, read): issue 14 lists a bailiff
    # and "iedereen beter af zonder mij" among the cues that make a crisis possible, to be asked directly; both were
    # named cues and confirmed a calm call. A bailiff who changes the locks, a death wished in words, stay confirmed
    ("er lag vanmiddag een brief van de deurwaarder op de mat en je schrok je rot", "eviction", "possible"),
    ("u zegt dat de deurwaarder vandaag weer geweest is", "eviction", "possible"),
    ("je zegt soms denk ik iedereen is beter af zonder mij", "suicide", "possible"),
    ("u zegt dat uw kinderen beter af zijn als u er niet meer bent", "suicide", "possible"),
    ("de deurwaarder komt morgen om negen uur de sloten vervangen", "eviction", "confirmed"),
    ("je zegt ze zijn beter af als ik dood ben", "suicide", "confirmed"),
])
def test_a_bailiff_or_being_a_burden_is_a_possible_crisis_not_a_confirmed_one(classifier, line, crisis, certainty):
    result = classifier.classify(line)
    assert crisis in (result.crisis if certainty == "confirmed" else result.possible)
    assert crisis not in (result.possible if certainty == "confirmed" else result.crisis)


@pytest.mark.parametrize("line, heard", [
    # an outage announced with its hours is maintenance; the same hours with a debt stay a cut-off
    ("je hebt een kaartje in de bus gekregen dat het gas morgen van acht tot twaalf uur eraf gaat", False),
    ("er kwam een brief dat de stroom vrijdag tussen negen en drie uur uit gaat voor onderhoud", False),
    ("je hebt een brief gekregen dat het gas morgen van acht tot twaalf uur eraf gaat omdat de rekening niet betaald is", True),
])
def test_an_outage_announced_with_its_hours_is_no_cut_off(classifier, line, heard):
    assert _names(classifier, line, "utility_cutoff") is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-fifth session: readable lines the retrained crisis model no longer leaned on, as forms (own wording), and
    # the police who come along when the door is broken open for an eviction (the rescue's settled form had taken it)
    ("je hebt een stoel onder de klink gezet en je zusje slaapt bij jou", "unsafe_vulnerable", True),
    ("je moeder eet al dagen niet en ligt alleen in bed met de kachel uit", "unsafe_vulnerable", True),
    ("je zegt dat de politie meekomt als ze morgen de deur openbreken", "eviction", True),
    ("je oma eet niet meer sinds ze griep heeft en de huisarts is geweest", "unsafe_vulnerable", False),
])
def test_a_barricaded_door_an_old_person_not_eating_and_a_door_to_be_broken_open(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("answer, confirmed", [
    # forty-fifth session: after the direct question, how often the thoughts come, given back without a "ja", is the
    # caller's yes ("beter af zonder u" is a hint since, so the yes has to come from the answer)
    ("u denkt er de laatste tijd vaak aan", True),
    ("je denkt er al weken elke dag aan", True),
    ("je denkt er soms aan maar je zou het nooit doen", False),
    ("je denkt erover om morgen naar je zus te gaan", False),
])
def test_how_often_the_thoughts_come_after_the_direct_question_is_a_yes(bank, answer, confirmed):
    call = Call(bank)
    call.say("goedenavond met de nachtlijn")
    call.say("u zei net dat ze beter af zijn zonder u denkt u erover om een eind aan uw leven te maken")
    out = call.say(answer)
    assert any(e.type == "crisis" and e.certainty == "confirmed" for e in out) is confirmed


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-sixth session, from crisis-bg's missed hints and near misses (read after its measurement; own wording):
    # no address after a date with the children's school in it, the last night in one's own home, an energy contract
    # run out with no new one, the life vest left at home, a strip half gone beside the drink, knowing how after long
    # thinking, a decision taken and knowing what comes, an older person's purse emptied by a visitor, a threat for
    # telling, a carer drunk alone with a sick baby
    ("de meiden moeten nog naar school en na de twintigste hebben jullie geen adres meer", "eviction", True),
    ("je zegt misschien is dit je laatste nacht in deze flat", "eviction", True),
    ("je stroomcontract liep vorige maand af en je bent nog nergens aangenomen", "utility_cutoff", True),
    ("u vaart straks alleen de rivier op en uw zwemvest blijft thuis", "suicide", True),
    ("de strip is al half leeg en de wodka staat ernaast", "suicide", True),
    ("u heeft er lang over nagedacht en nu weet u hoe", "suicide", True),
    ("uw buurjongen komt elke week langs en neemt dan geld mee uit uw portemonnee", "unsafe_vulnerable", True),
    ("zijn stiefvader zei als je naar de politie gaat dan maak je wat mee", "unsafe_vulnerable", True),
    ("je bent alleen met de kleine en je hebt zelf twee flessen wijn op", "unsafe_vulnerable", True),
    # and beside them what stays calm: the caller's own no, the idiom, a job without zest, the bailiff's approval, a
    # meter topped up, the dark by choice, the child found at a friend's, the supply of a house being handed over
    ("je zegt nee ik denk er niet aan om er een einde aan te maken ik ben gewoon doodmoe", "suicide", False),
    ("je vindt het zelfmoord om met die storm over de brug te fietsen", "suicide", False),
    ("u heeft geen zin meer in zei u en dan gaat het om uw werk in de thuiszorg", "suicide", False),
    ("de deurwaarder liet weten dat de regeling is goedgekeurd en dat hij niet meer langs komt", "eviction", False),
    ("het tegoed op de meter was bijna op maar je zus heeft geld overgemaakt en hij is al opgewaardeerd", "utility_cutoff", False),
    ("u zit graag in het donker bij het raam naar de boten te kijken", "utility_cutoff", False),
    ("je dochter was niet thuis gekomen maar ze slaapt bij een vriendin en die moeder heeft net gebeld", "unsafe_vulnerable", False),
    ("het gas in het huis van je vader is al afgesloten omdat het vrijdag leeg opgeleverd moet worden", "utility_cutoff", False),
    ("de notaris belt steeds maar bij jou thuis is de stroom afgesloten", "utility_cutoff", True),
    ("je durft de meter niet op te laden want dan heb je niks meer voor eten", "utility_cutoff", True),
])
def test_crisis_bg_forms_and_their_near_misses(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, technique", [
    # how a success came about is the exception question; how a failure came about is digging (after locked87's run)
    ("hoe kwam het dat het je die keer lukte", "exception"),
    ("hoe kwam het dat het u toen gelukt is", "exception"),
    ("hoe kwam het dat het je niet lukte", "cause"),
    ("hoe komt het dat het steeds mis gaat", "cause"),
])
def test_how_a_success_came_about_is_an_exception_question(classifier, line, technique):
    assert classifier.classify(line).technique == technique


@pytest.mark.parametrize("line, crisis, heard", [
    # after locked87's run (read after its measurement; own wording): the supply of a house being cleared is cut off
    # with nobody living there; a business handed over to the caller is no giving away
    ("de sleutels moeten maandag bij de notaris liggen en het gas is daar al afgesloten", "utility_cutoff", False),
    ("je hebt nog geen nieuwe woning en de stroom is al afgesloten", "utility_cutoff", True),
    ("je schaamt je tegenover je opa die de boot en de zaak aan je over gaf", "suicide", False),
    ("je vader heeft de zaak aan je overgedragen en je hebt je boot weggegeven", "suicide", True),
])
def test_a_cleared_house_cut_off_and_a_business_handed_over(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-seventh session, crisis-bf read after its three measurements (own wording): its missed hints as forms
    ("bij jou doen alle stopcontacten het niet meer sinds vanmiddag", "utility_cutoff", True),
    ("u hoeft niet meer naar de zitting want dan bent u er toch niet meer zegt u", "suicide", True),
    ("ik heb lang genoeg gevochten en nu is het op zeg je", "suicide", True),
    ("je hebt je moeder een berichtje gestuurd dat ze iedereen van je moet groeten", "suicide", True),
    ("u bent duizelig en heeft hoofdpijn en de gaskachel brandt met de ramen dicht", "unsafe_vulnerable", True),
    ("hij wil van elke euro een bonnetje zien en als je iets voor jezelf koopt moet je dat uitleggen",
     "unsafe_vulnerable", True),
    ("uw man is gaan dwalen en de buurman vond hem in zijn pyjama op straat", "unsafe_vulnerable", True),
    # and its named near misses: the same kind of words with no one at risk
    ("ik heb het lang genoeg geprobeerd met die opleiding en nu stop ik ermee", "suicide", False),
    ("de deurwaarder houdt een deel van je loon in maar je huur gaat er eerst af", "eviction", False),
    ("het briefje op tafel was dat je boodschappen doet en om vijf uur thuis bent", "suicide", False),
    ("je hebt een half uur in de auto zitten schreeuwen en daarna ben je gaan slapen", "unsafe_vulnerable", False),
    ("je bent woedend op je ex en morgen heb je een afspraak met de mediator", "unsafe_vulnerable", False),
    ("je zoon van vijftien is een uurtje alleen thuis en de buurman kijkt even bij hem", "unsafe_vulnerable", False),
])
def test_crisis_bf_forms_and_their_near_misses(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-eighth session, crisis-bh read after its measurements (own wording): its missed hints as forms
    ("de beheerder komt morgen een nieuwe cilinder in je voordeur zetten", "eviction", True),
    ("je begeleiders denken dat je slaapt maar je bent bij een jongen van vijfentwintig", "unsafe_vulnerable", True),
    ("u ligt op de vloer in de gang en de thuiszorg komt pas morgenochtend", "unsafe_vulnerable", True),
    ("je ligt op de badkamervloer en er komt pas morgen iemand", "unsafe_vulnerable", True),
    ("als ze niet nog een foto stuurt zet hij de rest op snapchat", "unsafe_vulnerable", True),
    ("haalt ze nog adem en praat ze tegen je", "unsafe_vulnerable", True),
    # and the same kind of words with no one at risk, or the caller's no given back
    ("nee jezelf iets aandoen daar denkt u niet aan zegt u u bent vooral moe", "suicide", False),
    ("nee daar denk je niet aan zeg je maar soms wil je wel dat het ophoudt", "suicide", True),
    ("je afscheidsmail aan je collega's was eigenlijk een afscheid omdat je met pensioen gaat", "suicide", False),
    ("je ligt liever op de grond naast je bed omdat dat koeler is", "unsafe_vulnerable", False),
    ("je stuurt de vakantiefoto's naar de groep anders zijn ze kwijt", "unsafe_vulnerable", False),
    ("je gaat met je begeleider en een jongen van vijfentwintig van de groep naar de film", "unsafe_vulnerable", False),
])
def test_crisis_bh_forms_and_their_near_misses(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-eighth session, locked90 read after its three identical measurements (own wording): things of one's own
    # brought to family today, the house key given with the pets to look after: affairs put in order
    ("en vanmiddag heb je je hengels en je fiets naar je neef gebracht", "suicide", True),
    ("omdat u hem gisteren de sleutel van uw flat heeft gegeven en gezegd dat hij voor de vissen moet zorgen",
     "suicide", True),
    # the same kind of words with a purpose said, or no one at risk
    ("vanavond heb je je fiets naar je broer gebracht om hem te laten maken", "suicide", False),
    ("u heeft uw dochter de sleutel gegeven zodat ze voor de kat moet zorgen als u naar het ziekenhuis gaat",
     "suicide", False),
    ("de duiven zitten de hele dag op het balkon en u krijgt de poep er niet af", "suicide", False),
    ("je wilde niet dat je dochter je zag huilen", "unsafe_vulnerable", False),
    # "slaapt" heard as "slaat" ("je zoon slaat gelukkig in de kamer ernaast" was confirmed as a child at risk)
    ("je dochter slaat gelukkig boven", "unsafe_vulnerable", False),
    ("hij slaat haar in de kamer ernaast", "unsafe_vulnerable", True),
    # a home on water or wheels towed away on a set day, heard through recognizer slips; home care that could not get
    # up to the flat with the caller in the chair since the morning
    ("vrijdag komt er n sleep boot om je boot van de kade weg te haalen", "eviction", True),
    ("je woonboot gaat morgen naar de werf voor onderhoud en daar komt een sleepboot voor", "eviction", False),
    # a boat that comes for a person is no home taken away (a first version of the form took a line of an unread
    # set from the crisis model's right reading; measured, not read)
    ("de kustwacht stuurt morgen een boot om je van de zandbank weg te halen", "eviction", False),
    ("de verzorging kon vandaag niet naar boven omdat de lift kapot is en u zit nog in uw rolstoel sinds vanochtend",
     "unsafe_vulnerable", True),
    ("de thuiszorg kon vanavond niet komen maar je dochter is er al en heeft je geholpen", "unsafe_vulnerable", False),
])
def test_locked90_forms_and_their_near_misses(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-ninth session, crisis-bk's missed situations (training material; own wording, not its lines): intent in the
    # worker's plain words, and the same words with a purpose or a safe end
    ("je zei dat je het vannacht wilt doen als iedereen slaapt", "suicide", True),
    ("je zei dat je het zaterdag wilt doen samen met je broer, de schuur verven", "suicide", False),
    ("en je zei dat je het maandag gaat doen", "suicide", False),  # a next step: a weekday alone is no set moment
    ("na de euthanasie die niet doorging zei u dat u het dan zelf in handen neemt", "suicide", True),
    ("je vroeg wat het minste pijn doet en hoe lang het duurt voordat iemand je vindt", "suicide", True),
    ("je vroeg hoeveel pijn de bevalling doet", "suicide", False),
    ("je bent met je insuline gestopt omdat je hoopt dat het dan vanzelf ophoudt", "suicide", True),
    ("je bent in overleg met de huisarts gestopt met je medicijnen", "suicide", False),
    ("u heeft houtskool in de slaapkamer gezet en de ramen dichtgeplakt", "suicide", True),
    ("u heeft houtskool gekocht voor de barbecue in de tuin met de kinderen", "suicide", False),
    ("je zegt dat je de kerst niet meer gaat meemaken", "suicide", True),
    ("u wilt regelen wie de winkel overneemt als u er later niet meer bent", "suicide", False),
    ("je hebt een enkeltje naar zwitserland en je wilt het daar laten gebeuren", "suicide", True),
    ("je hebt een enkeltje naar zwitserland geboekt omdat je daar als kok gaat werken", "suicide", False),
    # dangers to a dependent told through details
    ("uw vader is suf en misselijk sinds de gaskachel de hele dag aanstaat", "unsafe_vulnerable", True),
    ("uw vader is misselijk van de griep en de gaskachel is vorige week nagekeken", "unsafe_vulnerable", False),
    ("de buurjongens staan op het ijs van de vaart terwijl het pas een nacht gevroren heeft", "unsafe_vulnerable", True),
    ("de kinderen schaatsen op de ijsbaan en de ijsmeester heeft het goedgekeurd", "unsafe_vulnerable", False),
    ("uw moeder zit op zolder bij dertig graden en ze drinkt bijna niks", "unsafe_vulnerable", True),
    ("het nichtje gaat in de zomervakantie naar familie en daar wordt ze besneden", "unsafe_vulnerable", True),
    ("haar zoontje wordt besneden in het ziekenhuis bij de uroloog", "unsafe_vulnerable", False),
    ("er komt straks een koerier de bankpas van uw moeder ophalen en ze heeft haar pincode al gegeven",
     "unsafe_vulnerable", True),
    ("de babysit heeft een hele fles wijn op en de baby ligt in bad", "unsafe_vulnerable", True),
    # losing the home told through details, and the same with a place to go
    ("je broer woont daar nog en heeft over een week geen dak boven zijn hoofd", "eviction", True),
    ("je voelt je een beetje dakloos sinds de verbouwing", "eviction", False),
    ("de erfgenamen van je huisbaas willen het huis volgende maand leeg hebben voor de verkoop", "eviction", True),
    ("de nieuwe eigenaar kwam kennismaken en zei dat de huur gewoon doorloopt", "eviction", False),
    ("de gemeente betaalt het pension nog tot vrijdag en daarna heb je geen plek", "eviction", True),
    ("je personeelskamer moet zondag leeg maar je ouders halen je op", "eviction", False),
    ("je stiefvader heeft je koffer op de stoep gezet en je hoeft niet meer terug te komen", "eviction", True),
    # a cut-off told through a date or the frost
    ("er ligt een brief dat volgende week het gas eruit gaat en hij woont alleen", "utility_cutoff", True),
    ("het gas gaat eruit omdat jullie overstappen op een warmtepomp", "utility_cutoff", False),
    # locked91 read after its three identical measurements (own wording): locked in from outside, the phone torn
    # from the wall; work lost is not the home
    ("je hebt de sleutel aan de buitenkant van zijn kamerdeur omgedraaid", "unsafe_vulnerable", True),
    ("je hebt je kamerdeur op slot gedaan omdat je huisgenoot je spullen pakt", "unsafe_vulnerable", False),
    ("toen ze nee zei heeft hij de telefoon uit de muur getrokken", "unsafe_vulnerable", True),
    ("je fabriek gaat dicht en eind van de maand sta je op straat qua werk", "eviction", False),
    ("ze ligt er niet meer wakker van nu hij weer thuis is", "unsafe_vulnerable", False),
    # two development calls' banners the first versions raised: a phone taken by foster parents as a house rule, and
    # the worker's own advice not to use a barbecue indoors
    ("je pleegouders hebben je telefoon afgepakt omdat je te laat thuis was", "unsafe_vulnerable", False),
    ("jullie gaan vannacht geen barbecue binnen gebruiken maar kruiken en dekens", "suicide", False),
])
def test_crisis_bk_and_locked91_forms_and_their_near_misses(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # fiftieth session, locked92 read after its three identical measurements (own wording): a baby's playpen is a small
    # child's place (not "box" alone: a recognizer's merged words make "boxmeer" box + meer), fear of one's own anger
    # beside a child, the key of one's home fetched at a set time (not a shop's, not the old home's after a move)
    ("ze ligt in haar boxje en jij staat al een kwartier op het balkon", "unsafe_vulnerable", True),
    ("je zoon woont in boxmeer en komt altijd als je belt", "unsafe_vulnerable", False),  # "box" would split it
    ("je zoontje speelt rustig in zijn boxje terwijl jij belt", "unsafe_vulnerable", False),
    ("je was zo boos op de baby dat je bang werd van jezelf", "unsafe_vulnerable", True),
    ("je was zo boos op je baas dat je bang werd van jezelf", "unsafe_vulnerable", False),
    ("de gemeente komt donderdagochtend de sleutel ophalen", "eviction", True),
    ("de buurman komt morgen de sleutel ophalen om de planten water te geven", "eviction", False),
    ("de curator komt morgen de sleutels van de winkel halen", "eviction", False),
    ("je moet morgen om twaalf uur de sleutel van je oude huis inleveren bij de verhuurder", "eviction", False),
    # ... and its calm calls' banners: a model railway's crossing and its power, "van alles" done, a call that need
    # not be about anything; the real hints beside them still heard
    ("het stationnetje en het seinhuisje staan bij de overweg van je modelbaan", "suicide", False),
    ("je staat bij de overweg", "suicide", True),
    ("je trein op de modelbaan rijdt niet want er zit geen stroom op de rails", "utility_cutoff", False),
    ("je zit zonder stroom sinds vanmiddag en de meter zegt niks", "utility_cutoff", True),
    ("je stroom is op en de meter piept", "utility_cutoff", True),
    ("u heeft al van alles geprobeerd om die schuld af te lossen", "suicide", False),
    ("dus je hebt al van alles geregeld", "suicide", False),
    ("u heeft alles geregeld en afscheid genomen van uw kinderen", "suicide", True),
    ("het hoeft nergens over te gaan zegt u", "suicide", False),
    ("het hoeft voor u allemaal niet meer", "suicide", True),
])
def test_locked92_forms_and_their_near_misses(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("line, crisis, heard", [
    # forty-seventh session, locked89 read after its three measurements (own wording): the banners in its calm calls
    ("je bent net verhuisd en de verhuisdozen staan nog om je heen", "eviction", False),
    ("je moet morgen de sleutel inleveren en de verhuisdozen staan klaar", "eviction", True),
    ("sinds uw vrouw er niet meer is", "suicide", False),  # (a development call's banner too)
    ("dat u uw vrouw niet meer in de ogen kunt kijken en dat ze beter af is zonder u", "suicide", True),  # (locked15's)
    ("je vrouw is er niet meer en je wilt eigenlijk bij haar zijn", "suicide", True),
    ("je dochter heeft een buitenlamp opgehangen zodat je ook in het donker op het terras kunt zitten", "utility_cutoff",
     False),
    ("je zit in het donker sinds ze de stroom hebben afgesloten", "utility_cutoff", True),
    ("je vriendin rijdt mee naar het gemeentehuis en wacht op je in de auto", "unsafe_vulnerable", False),
    ("nu het betaald is lig je er niet meer wakker van", "suicide", False),
    ("je zegt dat je het liefst niet meer wakker wordt", "suicide", True),
])
def test_locked89_calm_banners_and_the_hints_beside_them(classifier, line, crisis, heard):
    assert _names(classifier, line, crisis) is heard


@pytest.mark.parametrize("lines, question", [
    # forty-sixth session: the person-safe step asked every unsafe caller "is degene om wie je je zorgen maakt nu
    # veilig?", also a caller who hides from the man who hit her; once the worker says the caller is the one in
    # danger, the step asks after the caller, in the worker's register; about a third person it stays as it was
    (["goedenacht met de nachtlijn", "je zit op de wc en je hebt de deur op slot gedaan"],
     "safety.ben-je-op-dit-moment-veilig"),
    (["goedenavond met de nachtlijn u spreekt met els", "u zit in de badkamer en u bent bang voor hem"],
     "safety.ben-je-op-dit-moment-veilig.u"),
    (["goedenacht met de nachtlijn", "je zegt dat hij je vanavond weer heeft geslagen en dat hij beneden is"],
     "safety.ben-je-op-dit-moment-veilig"),
    (["goedenavond met de nachtlijn u spreekt met els", "u zegt dat uw man u vanavond heeft geslagen"],
     "safety.ben-je-op-dit-moment-veilig.u"),  # the partner named, not "hij" (forty-seventh session)
    (["goedenacht met de nachtlijn", "je zegt dat je buurman zijn kinderen slaat en je hoort ze nu huilen"],
     "safety.persoon-nu-veilig"),
    (["goedenavond met de nachtlijn u spreekt met els", "de buurvrouw doet niet open en u bent bang dat ze gevallen is",
      "ze is zesentachtig en woont alleen en u hoort niks"], "safety.persoon-nu-veilig.u"),
])
def test_the_person_safe_step_asks_after_the_caller_when_the_caller_is_in_danger(bank, lines, question):
    call = Call(bank)
    for line in lines:
        call.say(line)
    suggested = [e.question_id for e in call.events if e.type == "suggestion"]
    assert suggested and suggested[-1] == question
    assert "unsafe_vulnerable" in {e.crisis for e in call.events if e.type == "crisis"}


@pytest.mark.parametrize("lines, question", [
    # forty-seventh session: the step after it ("wie kan erheen, of waar is het nu veilig?") asked a beaten caller
    # "kan degene daar naartoe?"; for the caller in danger it asks where she can be safe tonight, in her register
    (["goedenacht met de nachtlijn", "je zegt dat hij je vanavond weer heeft geslagen en dat hij beneden is",
      "ben je op dit moment veilig", "is er iemand gewond"], "safety.veilige-plek-voor-jezelf"),
    (["goedenavond met de nachtlijn u spreekt met els", "u zegt dat uw man u vanavond heeft geslagen",
      "bent u op dit moment veilig", "en waar is hij nu"], "safety.veilige-plek-voor-jezelf.u"),
    (["goedenacht met de nachtlijn", "je zegt dat je buurman zijn kinderen slaat en je hoort ze nu huilen",
      "zijn de kinderen nu veilig", "is er iemand gewond"], "safety.wie-kan-erheen"),
])
def test_the_who_can_go_step_asks_the_caller_in_danger_where_she_can_be_safe(bank, lines, question):
    call = Call(bank)
    for line in lines:
        call.say(line)
    suggested = [e.question_id for e in call.events if e.type == "suggestion"]
    assert suggested[-1] == question
    assert bank.questions[question].technique == "safety"


def test_a_malformed_caller_at_risk_rule_is_named_with_file_and_its_crisis(tmp_path):
    text, errors = _check_bank_with(tmp_path, "    caller_at_risk:\n      - all: [", "    caller_at_risk:\n      - alle: [")
    error = next(e for e in errors if "caller_at_risk" in e)
    assert "bank.yaml" in error and "unsafe_vulnerable" in error
