"""A reflection for the supervisor's talk: strengths and points to discuss, each from a rule.

Every item says what was measured (`text`) and the rule that picked it (`rule`),
so the supervisor can check it against the call; when other sessions of the
same worker are at hand, `compare` puts the figure beside the worker's own
average. Nothing here judges a person: the rules are the method's.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Sequence

from voice_companion.supervisor.analysis import SessionAnalysis
from voice_companion.supervisor.fmt import crisis_name, fmt_clock, fmt_norm, fmt_span, plural

CAUSE_MANY = 3  # this many cause questions in one call is worth discussing
MIN_LENGTH_FOR_TOOLS = 300.0  # a call this long is expected to hold coping, scaling or hope
MAX_ITEMS = 3


@dataclass
class OwnAverage:
    """The same worker's figures in the other sessions of the folder."""

    sessions: int = 0
    safety: list[float | None] = field(default_factory=list)  # per crisis that needs one
    cause: list[int] = field(default_factory=list)  # per session
    solution_share: list[float] = field(default_factory=list)  # per session with any such talk
    tools: list[int] = field(default_factory=list)  # coping + scaling + hope per session

    def safety_text(self) -> str | None:
        if not self.safety:
            return None
        asked = [d for d in self.safety if d is not None]
        missing = len(self.safety) - len(asked)
        parts = [f"eigen mediaan {fmt_span(statistics.median(asked))}, langste {fmt_span(max(asked))}"] if asked else []
        if missing:
            parts.append(f"{missing}× niet gesteld")
        return f"{', '.join(parts)} in {plural(len(self.safety), 'andere crisis', 'andere crises')}"

    def cause_text(self) -> str | None:
        if not self.cause:
            return None
        mean = statistics.fmean(self.cause)
        return f"eigen gemiddelde {_dec(mean)} per gesprek in {plural(self.sessions, 'ander gesprek', 'andere gesprekken')}"

    def balance_text(self) -> str | None:
        if not self.solution_share:
            return None
        return (f"eigen gemiddelde {round(statistics.fmean(self.solution_share))}% oplossingsgericht in "
                f"{plural(len(self.solution_share), 'ander gesprek', 'andere gesprekken')}")

    def tools_text(self) -> str | None:
        if not self.tools:
            return None
        return (f"eigen gemiddelde {_dec(statistics.fmean(self.tools))} per gesprek in "
                f"{plural(self.sessions, 'ander gesprek', 'andere gesprekken')}")


def _dec(value: float) -> str:
    return f"{value:.1f}".replace(".", ",").replace(",0", "")


@dataclass
class Item:
    key: str  # stable id of the rule, for tests and tools
    text: str  # the figure, in Dutch
    rule: str  # the rule that picked it
    compare: str | None = None  # the worker's own average, when known


@dataclass
class Reflection:
    strengths: list[Item]
    points: list[Item]


def _safety_items(a: SessionAnalysis, norm: float, own: OwnAverage | None) -> tuple[list[Item], list[Item]]:
    good: list[Item] = []
    bad: list[Item] = []
    compare = own.safety_text() if own else None
    for c in a.crises:
        if not c.needs_safety:
            continue
        name = crisis_name(c.crisis).lower()
        delay = c.time_to_safety
        if delay is None:
            bad.append(Item("safety_missing", f"Geen directe veiligheidsvraag bij {name}",
                            f"bij {name} hoort een directe veiligheidsvraag, binnen {fmt_norm(norm)} na de eerste "
                            f"crisisregel ({fmt_clock(c.start)})", compare))
        elif delay > norm:
            bad.append(Item("safety_late", f"Veiligheidsvraag na {fmt_span(delay)} (norm {fmt_norm(norm)})",
                            f"van de eerste crisisregel ({fmt_clock(c.start)}) tot de directe veiligheidsvraag "
                            f"({fmt_clock(c.safety_at)}) langer dan de norm", compare))
        else:
            good.append(Item("safety_on_time", f"Veiligheidsvraag na {fmt_span(delay)} (norm {fmt_norm(norm)})",
                             f"van de eerste crisisregel ({fmt_clock(c.start)}) tot de directe veiligheidsvraag "
                             f"({fmt_clock(c.safety_at)}) binnen de norm", compare))
    return good, bad


def reflect(a: SessionAnalysis, norm: float, own: OwnAverage | None = None) -> Reflection:
    """Two or three strengths and two or three points to discuss, in order of weight."""
    good, bad = _safety_items(a, norm, own)
    if own is not None and not own.sessions:
        own = None

    # digging into causes
    cause, in_crisis = a.cause_total, a.cause_in_crisis
    if in_crisis or cause >= CAUSE_MANY:
        text = f"{plural(cause, 'waarom-vraag', 'waarom-vragen')}"
        if a.crises:
            text += f", {in_crisis} tijdens de crisis"
        rule = ("vragen naar oorzaken en voorgeschiedenis (‘waarom’, ‘hoe komt het’); "
                + ("in een crisis niet naar oorzaken zoeken" if in_crisis else f"{CAUSE_MANY} of meer in één gesprek"))
        bad.append(Item("cause", text, rule, own.cause_text() if own else None))
    elif a.crises and not in_crisis:
        good.append(Item("no_cause_in_crisis", "Niet naar oorzaken gezocht tijdens de crisis",
                         "0 waarom-vragen tussen het begin en het einde van de crisis"))

    # the protocol
    for c in a.crises:
        if not c.protocol or c.certainty != "confirmed":
            continue
        ticked = {tick.item for tick in c.ticks}
        missing = [label for item, label in c.protocol if item not in ticked]
        name = crisis_name(c.crisis).lower()
        if not missing:
            good.append(Item("protocol_done", f"Crisisprotocol ({name}) doorlopen: "
                             f"{len(c.protocol)} van {plural(len(c.protocol), 'stap', 'stappen')}",
                             "elke stap van het protocol werd in het gesprek afgevinkt"))
        elif c.end_reason != "false_alarm":
            short = "; ".join(label.split("?")[0].split("(")[0].strip() for label in missing[:3])
            bad.append(Item("protocol_open", f"{plural(len(missing), 'stap', 'stappen')} van het protocol niet "
                            f"besproken: {short}",
                            f"stappen van het protocol ({name}) zonder vinkje"))

    # balance of the talk
    solution, problem = a.solution_talk, a.problem_talk
    compare = own.balance_text() if own else None
    if problem > solution and problem >= 3:
        bad.append(Item("problem_talk", f"Probleemgericht {problem} tegenover oplossingsgericht {solution}",
                        "meer probleemverkenning (waarom-vragen meegeteld) dan oplossingsgerichte vragen", compare))
    elif solution >= 3 and solution >= problem:
        good.append(Item("solution_talk", f"Oplossingsgericht {solution} tegenover probleemgericht {problem}",
                         "oplossingsgerichte vragen (doel, uitzonderingen, hoop, coping, schaal, volgende stap, "
                         "nuttigheid) minstens zo vaak als probleemverkenning", compare))

    # coping, scaling, hope
    counts = {t: a.techniques[t] for t in ("coping", "scaling", "hope")}
    tools = sum(counts.values())
    listing = f"coping {counts['coping']}, schaal {counts['scaling']}, hoop {counts['hope']}"
    compare = own.tools_text() if own else None
    if tools == 0 and a.duration >= MIN_LENGTH_FOR_TOOLS:
        bad.append(Item("no_tools", "Geen coping-, schaal- of hoopvraag",
                        f"{listing} in een gesprek van {fmt_span(a.duration)}", compare))
    elif tools >= 2:
        good.append(Item("tools", f"Coping-, schaal- en hoopvragen gesteld ({listing})",
                         "twee of meer vragen die de beller weer grip geven", compare))

    # questions against summaries and acknowledgement
    questions, reflect_ = a.questions, a.summaries_and_acknowledgement
    if questions >= 6 and reflect_ * 4 < questions:
        bad.append(Item("few_reflections", f"Weinig samengevat of erkend ({reflect_} tegenover "
                        f"{plural(questions, 'vraag', 'vragen')})", "minder dan één samenvatting of erkenning per vier vragen"))
    elif reflect_ >= 3 and reflect_ * 3 >= questions:
        good.append(Item("reflections", f"Vragen afgewisseld met samenvatten en erkennen ({questions} : {reflect_})",
                         "minstens één samenvatting of erkenning per drie vragen"))

    # suggestions
    given, taken = len(a.suggestions), a.taken_up
    if given >= 3 and taken * 2 >= given:
        good.append(Item("uptake", f"{taken} van {plural(given, 'suggestie', 'suggesties')} opgevolgd",
                         "de helft of meer van de suggesties gesteld"))
    return Reflection(strengths=good[:MAX_ITEMS], points=bad[:MAX_ITEMS])


def own_average(summaries: Sequence, exclude=None) -> OwnAverage:
    """The worker's figures over trend summaries (see trends.SessionSummary) of other sessions."""
    own = OwnAverage()
    for s in summaries:
        if exclude is not None and s.path == exclude:
            continue
        own.sessions += 1
        own.safety.extend(s.safety)
        own.cause.append(s.techniques.get("cause", 0))
        if s.solution + s.problem:
            own.solution_share.append(100 * s.solution / (s.solution + s.problem))
        own.tools.append(sum(s.techniques.get(t, 0) for t in ("coping", "scaling", "hope")))
    return own
