"""A session for the live tests: the real one (app.open_session) when the bank is
there, else a real pipeline.Session around a small fake core with the same
contract (echoes inputs, answers lookups), so the tests run either way."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from voice_companion.events import Control, Lookup, LookupRequest, Suggestion
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
class FakeCrisis:
    id: str
    name: str
    first: str
    guidance: tuple[str, ...]


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
        self.crises = {
            "suicide": FakeCrisis("suicide", "Suïcidaliteit", "safety", (
                "Veiligheid eerst: vraag direct naar gedachten aan zelfdoding.",
                "Schakel ketenpartners in bij acuut gevaar.")),
        }


class FakeCore:
    """Echoes input events (so they are logged); answers lookups by keyword."""

    def __init__(self, bank: FakeBank):
        self.bank = bank
        self.bank_id = bank.bank_id

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
        if isinstance(event, Control):
            return [event]
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
