"""The next suggested question, and a reason a worker grasps at a glance.

In a real crisis the seed's order holds: safety first where a life or a
vulnerable person is at stake, then coping, a scaling question, hope, and a
next step (with mandate when the worker takes something over); no digging into
causes. Otherwise the circle: current situation -> desired situation ->
exceptions -> next step, with the questions that fit the interaction type, and
exceptions before the next step. A question already asked is never suggested.
"""

from __future__ import annotations

from dataclasses import dataclass

from voice_companion.bank import Bank, Question
from voice_companion.labels import CRISES, PHASE_ORDER, PHASES, TECHNIQUES
from voice_companion.tracker import SessionTracker

CRISIS_ORDER = ("safety", "coping", "scaling", "hope", "next_step", "mandate")
LIFE_THREATENING = ("suicide", "unsafe_vulnerable")

# Per phase, per interaction type: the techniques in the method's order.
PLAN: dict[str, dict[str, tuple[str, ...]]] = {
    "current": {
        "visitor": ("welcome", "perspective", "usefulness"),
        "complainant": ("welcome", "acknowledgement", "coping", "problem", "summary"),
        "customer": ("welcome", "problem", "summary"),
    },
    "desired": {
        "visitor": ("usefulness", "goal", "hope"),
        "complainant": ("goal", "hope", "scaling"),
        "customer": ("goal", "hope", "scaling"),
    },
    "exceptions": {
        "visitor": ("exception",),
        "complainant": ("exception", "coping"),
        "customer": ("exception", "scaling"),
    },
    "next_step": {
        "visitor": ("next_step", "summary"),
        "complainant": ("next_step", "summary"),
        "customer": ("next_step", "summary"),
    },
}
DEFAULT_INTERACTION = "customer"

# Short reasons, in Dutch, for the worker.
REASON_CRISIS = {
    "safety": "Crisis ({crisis}): eerst veiligheid",
    "coping": "Crisis: krachten mobiliseren, vraag naar coping",
    "scaling": "Crisis: overzicht peilen met een schaalvraag",
    "hope": "Crisis: hoop geeft weer perspectief",
    "next_step": "Crisis: een kleine stap tot morgenochtend",
    "mandate": "Overnemen alleen met mandaat, en tijdelijk",
}


@dataclass(frozen=True, slots=True)
class Advice:
    question: Question
    reason: str
    alternatives: tuple[str, ...] = ()
    urgent: bool = False  # a crisis step: shown even when suggestions are paused


class Advisor:
    def __init__(self, bank: Bank):
        self.bank = bank

    def advise(self, tracker: SessionTracker) -> Advice | None:
        crisis = tracker.active_crisis
        if crisis is not None:
            advice = self._crisis_advice(tracker)
            if advice is not None:
                return advice
        return self._circle_advice(tracker)

    # -- crisis -----------------------------------------------------------
    def _crisis_advice(self, tracker: SessionTracker) -> Advice | None:
        crisis = tracker.active_crisis
        assert crisis is not None
        order = list(CRISIS_ORDER)
        if crisis.crisis not in LIFE_THREATENING and not any(c in tracker.crises for c in LIFE_THREATENING):
            order.remove("safety")
        for technique in order:
            if technique == "safety" and crisis.safety_asked_at is not None:
                continue
            if technique != "safety" and crisis.techniques_since[technique] > 0:
                continue
            if technique == "mandate" and crisis.techniques_since["next_step"] == 0:
                continue
            options = self.questions_for(technique, tracker, crisis_only=True)
            if options:
                name = CRISES.get(crisis.crisis, crisis.crisis).lower()
                reason = REASON_CRISIS[technique].format(crisis=name)
                return Advice(options[0], reason, tuple(q.id for q in options[1:3]),
                              urgent=technique == "safety")
        return None

    # -- the circle -------------------------------------------------------
    def _circle_advice(self, tracker: SessionTracker) -> Advice | None:
        interaction = tracker.interaction or DEFAULT_INTERACTION
        start = PHASE_ORDER.index(tracker.phase)
        for offset, phase in enumerate(PHASE_ORDER[start:]):
            for technique in PLAN[phase][interaction]:
                if tracker.used(technique) > 0 and technique != "exception":
                    continue
                if technique == "exception" and tracker.used("exception") >= 2:
                    continue
                if technique == "welcome" and tracker.utterances > 2:
                    continue  # the opening is past
                if technique == "next_step" and tracker.used("exception") == 0 and phase != tracker.phase:
                    continue  # exceptions before the next step
                options = self.questions_for(technique, tracker)
                if not options:
                    continue
                if offset == 0:
                    reason = f"{PHASES[phase]}: nog geen {TECHNIQUES[technique].lower()}"
                else:
                    reason = f"Door naar {PHASES[phase].lower()}: {TECHNIQUES[technique].lower()}"
                if technique == "exception" and tracker.used("exception") == 1:
                    reason = "Uitzonderingen uitdiepen vóór de volgende stap"
                return Advice(options[0], reason, tuple(q.id for q in options[1:3]))
        # Circle complete: keep the balance of coping, scaling and hope.
        for technique in ("scaling", "hope", "coping"):
            if tracker.used(technique) == 0:
                options = self.questions_for(technique, tracker)
                if options:
                    return Advice(options[0], f"Nog geen {TECHNIQUES[technique].lower()} in dit gesprek",
                                  tuple(q.id for q in options[1:3]))
        return None

    def questions_for(self, technique: str, tracker: SessionTracker, *, crisis_only: bool = False) -> list[Question]:
        """Unasked questions of a technique, best fit first."""
        interaction = tracker.interaction
        candidates = [
            q for q in self.bank.by_technique.get(technique, ())
            if q.id not in tracker.asked and (q.crisis_ok or not crisis_only)
            and q.text.strip(" .…") and len(q.text.strip(" .…")) > 6
        ]

        def rank(q: Question) -> tuple[int, int, int]:
            fits = 0 if (interaction and interaction in q.interaction) else (1 if "any" in q.interaction else 2)
            if interaction is None:
                fits = 0 if "any" in q.interaction else 1
            unfinished = 1 if q.text.rstrip().endswith(("…", "...", "..")) else 0
            crisis_pref = 0 if (crisis_only and q.crisis_ok) else 1
            return (unfinished, fits if not crisis_only else crisis_pref, 0)

        return sorted(candidates, key=rank)
