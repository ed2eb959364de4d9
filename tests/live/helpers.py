"""A session for the live tests: the real one (app.open_session) when the bank is
there, else a real pipeline.Session around a small fake core with the same
contract (echoes inputs, answers lookups), so the tests run either way."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from voice_companion.events import ComponentWarning, Control, Crisis, CrisisEnd, Lookup, LookupRequest, \
    Suggestion, Utterance
from voice_companion.pipeline import Session
from voice_companion.sessionlog import LogWriter


@dataclass(frozen=True)
class FakeQuestion:
    id: str
    text: str
    technique: str
    phase: str | None


@dataclass(frozen=True)
class FakeTechnique:
    id: str
    name: str


@dataclass(frozen=True)
class FakeItem:
    id: str
    label: str


@dataclass(frozen=True)
class FakeCrisis:
    id: str
    name: str
    first: str
    guidance: tuple[str, ...]
    headline: str = ""
    protocol: tuple[FakeItem, ...] = ()


class FakeBank:
    bank_id = "fake-bank@test"

    def __init__(self):
        qs = [
            FakeQuestion("scaling.rust-chaos", "Als 10 rust en overzicht is en 0 chaos, waar zit u dan nu?", "scaling", "current"),
            FakeQuestion("scaling.een-stap-hoger", "Wat zou één stap hoger op die schaal zijn?", "scaling", "next_step"),
            FakeQuestion("coping.volhouden", "Hoe houdt u het vol?", "coping", "current"),
            FakeQuestion("hope.waarop", "Waar hoopt u op?", "hope", "desired"),
            FakeQuestion("safety.veilig", "Bent u nu veilig?", "safety", "current"),
        ]
        self.questions = {q.id: q for q in qs}
        self.techniques = {t: FakeTechnique(t, n) for t, n in (
            ("scaling", "Schaalvraag"), ("coping", "Copingvraag"), ("hope", "Hoop"), ("safety", "Veiligheid"))}
        self.by_technique = {}
        for q in qs:
            self.by_technique.setdefault(q.technique, []).append(q)
        takeover = (FakeItem("coping", "Coping: wat heeft de cliënt zelf al gedaan?"),
                    FakeItem("own_options", "Wat kan de cliënt zelf nog doen?"),
                    FakeItem("vulnerable_in_house", "Kwetsbaren in huis?"),
                    FakeItem("mandate_temporary", "Overnemen alleen met mandaat, tijdelijk"),
                    FakeItem("handover", "Overdracht morgenochtend"))
        self.crises = {
            "suicide": FakeCrisis("suicide", "Suïcidaliteit", "safety", (
                "Veiligheid eerst: vraag direct naar gedachten aan zelfdoding.",
                "Schakel ketenpartners in bij acuut gevaar."),
                "Vraag direct naar suïcide; zoek nu niet naar oorzaken. 113 / 0800-0113.",
                (FakeItem("ask_directly", "Direct gevraagd naar suïcidegedachten"), FakeItem("plan", "Plan: hoe?"),
                 FakeItem("means", "Middelen: wat heeft de beller?"), FakeItem("alone", "Alleen?"))),
            "unsafe_vulnerable": FakeCrisis("unsafe_vulnerable", "Veiligheid van een kwetsbaar persoon", "safety",
                                            ("Is de persoon in gevaar nu veilig?",),
                                            "Is de persoon in gevaar nu veilig? Zoek nu niet naar oorzaken.",
                                            (FakeItem("person_safe", "Is de persoon nu veilig?"),
                                             FakeItem("who_can_go", "Wie kan erheen?"))),
            "eviction": FakeCrisis("eviction", "Huisuitzetting", "coping", ("Coping eerst.",),
                                   "Coping eerst; zoek nu niet naar oorzaken.", takeover),
        }
        self.life_events = FakeCrisis("life_event", "Life-event", "acknowledgement", (
            "Een life-event wordt vaak als crisis beleefd, maar is geen echte crisis.",
            "Erken de ernst en de emoties."))


class FakeCore:
    """Echoes input events (so they are logged); answers lookups by keyword."""

    def __init__(self, bank: FakeBank):
        self.bank = bank
        self.bank_id = bank.bank_id
        self.open: set[str] = set()

    def handle(self, event):
        if isinstance(event, LookupRequest):
            words = event.query.lower()
            hit = next((q for q in self.bank.questions.values()
                        if q.technique in words or q.technique[:5] in words or "schaal" in words and q.technique == "scaling"), None)
            if hit is None:
                return [Lookup(t=event.t, query=event.query, question_id=None,
                               alternatives=("scaling", "hope", "coping"), via=event.via)]
            alts = tuple(q.id for q in self.bank.questions.values() if q.id != hit.id)[:3]
            return [Lookup(t=event.t, query=event.query, question_id=hit.id, alternatives=alts, via=event.via),
                    Suggestion(t=event.t, question_id=hit.id, text=hit.text, technique=hit.technique,
                               phase=hit.phase, reason=f"gezocht: {event.query}", channel="both",
                               alternatives=alts)]
        if isinstance(event, Utterance) and "pillen" in event.text:
            self.open.add("suicide")
            items = tuple((i.id, i.label) for i in self.bank.crises["suicide"].protocol)
            return [event, Crisis(t=event.t, crisis="suicide", trigger=event.text, certainty="confirmed",
                                  protocol=items)]
        if isinstance(event, Control) and event.action in ("crisis_close", "crisis_false_alarm"):
            if event.value in self.open:
                self.open.discard(event.value)
                reason = "closed" if event.action == "crisis_close" else "false_alarm"
                return [event, CrisisEnd(t=event.t, crisis=event.value, reason=reason)]
            return [event, ComponentWarning(t=event.t, component="control",
                                            message="Er is geen open crisis; er is niets veranderd.")]
        return [event]


def open_test_session(log_path: Path, *, clock=None):
    """(session, bank): the real session when it can be opened, else the fake core."""
    try:
        from voice_companion import app

        bank = app.default_bank()
        session = app.open_session(source="script", log_path=log_path, clock=clock, redact=False)
        return session, bank
    except Exception:
        bank = FakeBank()
        session = Session(FakeCore(bank), log=LogWriter(log_path), source="script", clock=clock)
        session.start()
        return session, bank


def read_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def spawn_on_terminal(argv: list[str], *, cwd, env) -> tuple[Any, int]:
    """Start `argv` with a new pseudo-terminal as its controlling terminal (stdin, stdout, stderr).

    Returns (process, master fd). Closing the master fd is what closing the terminal window
    does: the kernel sends SIGHUP and every later write to the terminal fails with EIO.
    """
    import fcntl
    import os
    import subprocess
    import termios

    master, slave = os.openpty()

    def controlling_terminal() -> None:
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=slave, stdout=slave, stderr=slave,
                            preexec_fn=controlling_terminal, close_fds=True)
    os.close(slave)
    return proc, master


def read_terminal(master: int, into: bytearray, pattern: bytes, timeout: float) -> bool:
    """Read what the program writes to its terminal until `pattern` shows (True) or time is up."""
    import os
    import select
    import time

    deadline = time.monotonic() + timeout
    while pattern not in into and time.monotonic() < deadline:
        ready, _w, _x = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return pattern in into
            if not chunk:
                break
            into.extend(chunk)
    return pattern in into
