"""Push-to-talk and typed lookups: "schaalvraag", "hoop", "coping bij uitzetting".

A worker asks by technique name or by a few words of a question. Technique
names and their lookup words are matched first; the question bank itself is
the fallback. The best unasked question comes back, with alternatives one key
away; a query that matches nothing says so and names the closest techniques.
"""

from __future__ import annotations

from dataclasses import dataclass

from voice_companion.advisor import Advisor
from voice_companion.bank import Bank, Question
from voice_companion.classifier import Classifier
from voice_companion.labels import TECHNIQUES
from voice_companion.matching import Phrase, PhraseIndex
from voice_companion.text import normalize
from voice_companion.tracker import SessionTracker

TECHNIQUE_FLOOR = 0.55  # lookup-word score that names a technique
QUESTION_FLOOR = 0.5  # question-text score that is a usable match


@dataclass(frozen=True, slots=True)
class LookupResult:
    query: str
    question: Question | None
    alternatives: tuple[str, ...]
    reason: str
    score: float


class Lookup:
    def __init__(self, bank: Bank, classifier: Classifier):
        self.bank = bank
        self.classifier = classifier
        self.advisor = Advisor(bank)
        phrases = []
        for technique in bank.techniques.values():
            if technique.id == "none":
                continue
            for word in (technique.id.replace("_", " "), technique.name, TECHNIQUES[technique.id], *technique.lookup):
                phrases.append(Phrase(normalize(word), technique.id))
        self.index = PhraseIndex(phrases)

    def find(self, query: str, tracker: SessionTracker | None = None) -> LookupResult:
        tracker = tracker or SessionTracker()
        norm = normalize(query)
        if not norm:
            return LookupResult(query, None, (), "Lege zoekvraag", 0.0)
        ranked = sorted(self.index.best_per_key(self.index.score(norm, normalized=True)).items(),
                        key=lambda kv: -kv[1][0])
        crisis_named = bool(self.classifier.crisis.detect(norm, normalized=True)) or tracker.active_crisis is not None
        technique, (score, _) = ranked[0]
        if score < TECHNIQUE_FLOOR:
            c = self.classifier.classify(query)
            if c.technique != "none" and c.score / 100 >= QUESTION_FLOOR:
                technique, score = c.technique, c.score / 100
            else:
                closest = [tid for tid, _ in ranked[:3]]
                names = ", ".join(TECHNIQUES[t] for t in closest)
                firsts = tuple(qs[0].id for t in closest if (qs := self.advisor.questions_for(t, tracker)))
                return LookupResult(query, None, firsts, f"Niets gevonden voor '{query}'; dichtstbij: {names}", score)
        options = self.advisor.questions_for(technique, tracker, crisis_only=crisis_named)
        if not options and crisis_named:
            options = self.advisor.questions_for(technique, tracker)
        if not options:
            return LookupResult(query, None, (), f"Alle vragen van {TECHNIQUES[technique]} zijn al gesteld", score)
        alternatives = [q.id for q in options[1:3]]
        second = next((tid for tid, _ in ranked[1:] if tid != technique), None)
        if second is not None and (more := self.advisor.questions_for(second, tracker)):
            alternatives.append(more[0].id)
        return LookupResult(query, options[0], tuple(alternatives), f"Opgezocht: {TECHNIQUES[technique]}", score)
