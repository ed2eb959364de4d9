"""Push-to-talk and typed lookups: "schaalvraag", "hoop", "coping bij uitzetting", "deurwaarder".

A worker asks by technique name, by a crisis ("suïcidaal", "kind alleen
thuis"), by an interaction type ("klager") or by a few words of a question.
A crisis gives that crisis's next open protocol step with its guidance; an
interaction type gives that type's questions for where the call is; technique
names and their lookup words come next; the question bank itself is the
fallback. Everything comes back in the worker's register, with alternatives
one key away; a query that matches nothing says so and names the closest
techniques.
"""

from __future__ import annotations

from dataclasses import dataclass

from voice_companion.advisor import Advisor
from voice_companion.bank import Bank, Question
from voice_companion.classifier import Classifier
from voice_companion.labels import CRISES, INTERACTIONS, TECHNIQUES
from voice_companion.matching import Phrase, PhraseIndex
from voice_companion.text import normalize
from voice_companion.tracker import SessionTracker

TECHNIQUE_FLOOR = 0.55  # lookup-word score that names a technique
TOPIC_FLOOR = 0.62  # lookup-word score that names a crisis or an interaction type
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
        topics = []  # crises and interaction types, by the words a worker says for them
        for crisis in bank.crises.values():
            for word in (crisis.name, CRISES[crisis.id], *crisis.lookup):
                topics.append(Phrase(normalize(word), f"crisis:{crisis.id}"))
        for iid, spec in bank.interaction_types.items():
            for word in (spec.get("name", ""), INTERACTIONS.get(iid, ""), *(spec.get("lookup") or ())):
                topics.append(Phrase(normalize(str(word)), f"interaction:{iid}"))
        self.topics = PhraseIndex(topics)

    def find(self, query: str, tracker: SessionTracker | None = None) -> LookupResult:
        tracker = tracker or SessionTracker()
        norm = normalize(query)
        if not norm:
            return LookupResult(query, None, (), "Lege zoekvraag", 0.0)
        ranked = sorted(self.index.best_per_key(self.index.score(norm, normalized=True)).items(),
                        key=lambda kv: -kv[1][0])
        topic = self._topic(norm, tracker, beat=ranked[0][1][0])
        if topic is not None:
            return topic
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
        if technique in ("cause", "none"):
            technique = "problem" if technique == "cause" else technique
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

    def _topic(self, norm: str, tracker: SessionTracker, beat: float) -> LookupResult | None:
        """A crisis or an interaction type named in the query (better than any technique name, `beat`), or None."""
        scored = self.topics.best_per_key(self.topics.score(norm, normalized=True))
        key, (score, _) = max(scored.items(), key=lambda kv: kv[1][0])
        crisis_hits = [h.crisis for h in self.classifier.crisis.evidence(norm, normalized=True)
                       if h.crisis != "life_event"]
        if crisis_hits and (score < TOPIC_FLOOR or not key.startswith("crisis:")):
            key, score = f"crisis:{crisis_hits[0]}", max(score, TOPIC_FLOOR)
        if score < TOPIC_FLOOR or score < beat:
            return None
        kind, ident = key.split(":", 1)
        if kind == "crisis":
            return self._crisis_step(ident, tracker, score)
        return self._interaction_questions(ident, tracker, score)

    def _crisis_step(self, crisis_id: str, tracker: SessionTracker, score: float) -> LookupResult | None:
        info = self.bank.crises[crisis_id]
        state = tracker.crises.get(crisis_id)
        done = set(state.items) if state is not None else set()
        steps: list[tuple[str, Question]] = []
        for item in info.protocol:
            if item.id in done:
                continue
            for qid in item.questions:
                q = self.advisor.in_register(self.bank.questions[qid], tracker.register)
                if q.id not in tracker.asked:
                    steps.append((item.label, q))
        if not steps:
            return None
        label, first = steps[0]
        alternatives = tuple(dict.fromkeys(q.id for _, q in steps[1:] if q.id != first.id))[:3]
        reason = f"Crisis ({info.name.lower()}): {label} — {info.headline}"
        return LookupResult(label, first, alternatives, reason, score)

    def _interaction_questions(self, interaction: str, tracker: SessionTracker, score: float) -> LookupResult | None:
        from voice_companion.advisor import PLAN  # the method's order per interaction type

        probe = SessionTracker(self.bank)
        probe.interaction, probe.register, probe.asked = interaction, tracker.register, tracker.asked
        name = INTERACTIONS.get(interaction, interaction)
        options: list[Question] = []
        for technique in PLAN[tracker.phase][interaction] + PLAN["desired"][interaction]:
            if technique == "welcome":
                continue
            options += [q for q in self.advisor.questions_for(technique, probe) if interaction in q.interaction][:2]
        if not options:
            return None
        return LookupResult(name, options[0], tuple(q.id for q in options[1:4]), f"Opgezocht: {name}", score)
