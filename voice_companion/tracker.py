"""Where the worker is in the circle, and what has happened in this call.

Pure state, updated from classified utterances and controls; no I/O. The
phase moves with hysteresis (two phase-fixing lines must agree before the
phase flips) because one stray line in a night call means nothing.

Crises are beliefs, not verdicts: every line adds evidence (a named crisis, a
partial match a dropped word left, a hint, the worker's own screening
question) and evidence fades with time. Enough of it makes a crisis
*possible* (the worker is asked to check directly); a crisis named as fact, a
worker who works its protocol, or the caller's yes given back right after the
direct question makes it *confirmed* (the checklist opens).
A possible crisis that the worker moves on from fades; a confirmed one ends
when its protocol is done or the worker closes it.

The register (je or u) comes from the raw words, before normalising folds
them together.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field

from voice_companion.bank import Bank, ProtocolItem
from voice_companion.classifier import Classification
from voice_companion.crisis import CrisisHit, RuleSet, fold_sound
from voice_companion.garbled import asks_through_noise

PHASE_VOTES = 2  # agreeing lines needed to change phase
QUESTION_ASKED_SCORE = 55.0  # how literal a question must be said to count as asked
QUESTION_SAID_SCORE = 80.0  # ... to count as the direct safety check without its key words
LIFE_THREATENING = ("suicide", "unsafe_vulnerable")
# The worker brings in the emergency services now ("hier moet nu meteen een ambulance komen") while no threat to life is
# open (the danger's words were lost to the recognizer, or only shown by what the worker asked): the worker has judged
# someone in acute danger, a confirmed danger to a vulnerable person (after locked44's run: a child whose mother with
# diabetes does not answer, never named at 25 % noise though the worker called the ambulance)
ACUTE_UNNAMED = "unsafe_vulnerable"
# Readings of a question that, in an open crisis and about a safety step of its protocol, count as safety.
REREAD_AS_SAFETY = frozenset("problem consequences perspective summary mirroring exception usefulness goal".split())
# "hoe oud zijn de kinderen" with no crisis open explores the problem (supervisors: problem 5 times, safety once in
# the development calls); with a child in danger it is the safety check (43 of 43)
_AGE_QUESTION = re.compile(r"\bhoe oud\b")
_WORKER_ACTS = frozenset(("mandate", "next_step", "safety"))  # techniques with which a worker takes over or hands over
URGENCY = {"suicide": 0, "unsafe_vulnerable": 1, "eviction": 2, "utility_cutoff": 3}

# Evidence a line adds to a crisis belief (0..1 scale; see the module docstring).
EVIDENCE = {"named": 1.0, "partial": 0.55, "hint": 0.5, "screening": 0.5}
SOFT_CAP = 0.9  # hints and screening questions alone never confirm a crisis (but see _disclosed: a hint given
# back right after the direct question is the caller's yes)
POSSIBLE_AT = 0.45
CONFIRMED_AT = 1.0
HALF_LIFE = 150.0  # seconds for evidence to lose half its weight
DISCLOSURE_LINES = 3  # worker lines after the direct check within which a hint given back is the caller's yes
FADE_LINES = 3  # worker lines without new evidence before a possible crisis that was asked about fades...
FADE_SECONDS = 60.0  # ... and this much time
FADE_UNASKED = (6, 240.0)  # lines and seconds before one nobody asked about fades
WEAK_WINDOW = 75.0  # seconds within which signals of two groups (a small child; drink) add up to a hint
PERSON_WINDOW = 300.0  # who is vulnerable (a small child, an old or confused person) stays true longer than a sign
GUESS_BACKED_AT = 0.75  # a possible crisis only the crisis model raised is put to the worker as the direct question
# once a second line backs it (two hints' belief) or the worker's own words carry a cue (`heard`); a single guess shows
# the page's "Mogelijk crisis: vraag het direct na" and the circle goes on. Over the 50 development and spent call
# folders a single guess's question mostly came before the supervisor heard any crisis (the opening's "is degene om
# wie ... veilig?"): suggestions right 0.921 -> 0.93 clean and 0.908 -> 0.92 at 25 % noise for coverage a point
# lower; crisis found and on time unchanged (the same crisis events, one more when a guess is backed)
EXPLAINED_FOR = (40, 1200.0)  # worker lines and seconds for which a line that explains a crisis's cues (the gas
# left burning) keeps them from counting: "en het gas is nu dicht", "het gas blijft dicht" later is the caller's own
# step; a cue whose line gives the supplier's side (the bank's `unexplained` rules) counts all the same
SUPPRESS_AFTER_FALSE_ALARM = 600.0  # a crisis the worker called a false alarm needs named evidence to return

_U_WORDS = re.compile(r"\b(u|uw|uzelf|u's)\b")
_JE_WORDS = re.compile(r"\b(jij|jou|jouw|jezelf|je)\b")
_GENERIC_JE = re.compile(r"\b(weet je wel|zeg maar|je weet wel|snap je|zie je)\b")


_NEGATIONS = frozenset("niet niets niks geen nooit nee".split())
_CLAUSE_JOINS = frozenset("en maar want omdat dus".split())
_GENERIC = re.compile(r"\b(sommige|veel|meer|andere) mensen\b|\bmensen die\b|\biedereen die\b")
# the same and the method's way of announcing a screening question ("ik vraag het aan iedereen die ...",
# "mag ik je iets vragen", "ik vraag het je recht op de man af"), matched on sound-folded words so that a
# recognizer's spelling keeps them (also with the "ik" misheard: "eik vraag het je ..."; "ik stel deze vraag aan ...",
# "dat vraag ik aan ..." with words run together or "die" lost: "ikvraag", "sommigemensen" ("iets" folds to "its":
# "mag ik je iets vragen" and "wat ik iedereen vraag", twenty-eighth session); "vraag ik dat altijd
# (even)" with its "ik" misheard, after the twenty-sixth session's calls at 25 %; "als iemand dat zegt ..." with the
# "vraag ik het" lost, after locked51's run; "ik vraag [naam] iedereen zoiets meemaakt" ("dit aan" taken for a name,
# "die" lost), after locked58's run; other garbled questions: garbled.asks_through_noise)
_GENERIC_FOLDED = re.compile(r"\b(somige ?|fel |mer |andere )mensen\b|\bmensen ?di\b|\bideren ?di\b|\ban ideren\b|"
                             r"\bfrag (\w+ ){0,2}ideren\b|"
                             r"\bik ?frag\b|\bmag ik (je|u) (its|iets|wat) \w*\s?frag|\bfrag het (je|u)\b|\bfrag (je|u) (dit|its|iets|wat)\b|\bideren frag\b|"
                             r"\bstel (ik )?(dese|dit|di|dat) frag|\bdese frag stel\b|\bfrag ik (het |dit )?an\b|"
                             r"\bfrag i\w{0,2} (dat|dit|het|et|t) (\w+ )?(alt\w{2,4}|standart|ideren|ef\w{1,2})\b|"
                             r"\bals (imant|mensen) (dat|dit|soits|so iets) (segt|seg|segen)\b")


# The worker gives back the caller's no to the question just asked ("nee hoor", "gelukkig niet", "nee u wilt ...").
_ANSWERED_NO = re.compile(r"^(?:(?:oke|oké|ja|hm|eh|nou) )*(?:nee|neen|ne|gelukkig niet|helemaal niet|dat niet|dat speelt niet|"
                          r"dat is niet zo|nooit)\b")
# The worker thanks the caller for telling, right after asking directly: the answer was yes ("ik ben blij dat
# je het me vertelt", "dank je dat je zo eerlijk bent"; not "fijn dat je dat zegt", which may follow a no).
_ANSWERED_YES = re.compile(r"\b(?:blij|fijn|goed|dapper|knap|moedig|dank je wel|dank je|bedankt)(?: \w+){0,2} dat je "
                           r"(?:\w+ ){0,3}(?:vertelt|verteld|durft te zeggen|deelt|gedeeld|eerlijk)\b")
# ... or gives the yes back in the caller's place: "ja je denkt er al een paar weken aan", "ja u heeft er veel aan
# gedacht", "ja je hebt gedacht als ik er nou in stap ..." (not "ja je denkt van wel", "ja je woont alleen"; a line
# with niet, nooit or geen in it is no plain yes; the words as normalized: "je heb", "je denk")
_ANSWERED_YES_ECHO = re.compile(r"^(?:(?:ja|jawel|jazeker|hm|eh|oke|oké|ok) )+(?:(?:je|jij|u) (?:(?:denkt?|dacht) (?:er|"
                                r"eraan|erover|aan|over)\b|(?:hebt?|heeft|had) (?:\w+ ){0,6}?(?:gedacht|nagedacht|bedacht|"
                                r"overwogen)\b|(?:hebt?|heeft) (?:\w+ ){0,3}?plan\w*)"
                                # ... or as thoughts that haunt the caller: "ja het spookt al weken door uw hoofd", "ja die
                                # gedachten zijn er al een tijd" (thirty-fifth session, after locked70's run)
                                # (not when they are said to be gone or of the past: "ja die gedachten zijn gelukkig weg")
                                r"|(?!.*\b(?:weg|voorbij|over|verdwenen|minder|vroeger|toen|gelukkig)\b)"
                                r"(?:(?:het|dat|die gedachten?) (?:\w+ ){0,6}?(?:door|in) (?:je|jouw) hoofd\b"
                                r"|die gedachten? (?:zijn|is|komen|komt) ))")
# ... or, with no "ja" before it, how often the thoughts come: "u denkt er de laatste tijd vaak aan" (forty-fifth
# session: once "beter af zonder u" became a hint, such a yes after the direct question confirmed nothing)
_ANSWERED_YES_OFTEN = re.compile(r"^(?:je|jij|u) (?:denkt?|dacht) (?:er|eraan|erover) (?:\w+ ){0,4}?(?:vaak|soms|veel|"
                                 r"regelmatig|weleens|wel eens|steeds|elke dag|iedere dag|dagelijks|al een tijd|al "
                                 r"weken|al maanden)\b")
_NOT = re.compile(r"\b(?:niet|nooit|geen)\b")


def _answered_yes(norm: str, crisis: str) -> bool:
    """The worker's line right after the direct question says the caller's answer was yes (the thoughts given back
    count for suicidality only: "ja je denkt erover om naar je zus te gaan" answers no danger question)."""
    if _ANSWERED_YES.search(norm):
        return True
    return crisis == "suicide" and bool(_ANSWERED_YES_ECHO.match(norm) or _ANSWERED_YES_OFTEN.match(norm)) \
        and not _NOT.search(norm)


def _announces_screening(norm: str) -> bool:
    """Does the line announce the method's screening question, asked of everyone in the caller's place ("ik vraag
    het aan iedereen die ...", "sommige mensen ...", "mag ik je iets vragen"), also as a recognizer spells it?"""
    return bool(_GENERIC.search(norm) or _GENERIC_FOLDED.search(" ".join(fold_sound(w) for w in norm.split())))


def _denied(norm: str, trigger: str) -> bool:
    """Is a crisis named only to be denied or asked about in general? ("je hebt geen plannen om ...")"""
    words = norm.split()
    if words[:1] in (["nee"], ["ne"]) or _announces_screening(norm):  # "ne": a "nee" as a recognizer may write it
        return True
    head = trigger.split()[:1]
    for i in range(len(words)):
        if head and words[i] == head[0]:
            before = words[max(0, i - 4):i]
            cut = max((k + 1 for k, w in enumerate(before) if w in _CLAUSE_JOINS), default=0)
            # a "niet" in the clause before does not deny: "je kunt het niet meer en je wilt dood"
            return bool(_NEGATIONS & set(before[cut:]))
    return False


def _pronouns(raw: str) -> tuple[int, int, str]:
    """How often a line says "u" and "je" to the caller (generic "weet je wel" left out), and its lowered text."""
    text = _GENERIC_JE.sub(" ", raw.lower())
    return len(_U_WORDS.findall(text)), len(_JE_WORDS.findall(text)), text


def register_of(raw: str) -> str | None:
    """The register of one line as spoken: 'u', 'je', or None when it has no pronoun for the caller."""
    return _register(*_pronouns(raw))


def _register(u: int, je: int, text: str) -> str | None:
    if u > je:
        return "u"
    if je > u:
        return "je"
    if _POLITE_ADDRESS.search(text):
        return "u"  # "ja mevrouw, ik luister": addressed as mevrouw or meneer, the caller is a "u"
    return None


def _wholly_formal(u: int, je: int, text: str) -> bool:
    """A line that addresses the caller as "u" twice, or as "u" and mevrouw/meneer, with no "je" in it: a worker
    who says that has chosen "u" (a "je" may be generic, "dan weet je het niet", so "je" is never taken at once)."""
    if u == 0 or je:
        return False
    return u >= 2 or bool(_POLITE_ADDRESS.search(text))


# Mevrouw / meneer said to the caller (not "de mevrouw van de woningbouw").
_POLITE_ADDRESS = re.compile(r"(?<!\bde )(?<!\bdie )(?<!\been )(?<!\bdeze )(?<!\bdat )\b(mevrouw|meneer)\b")


@dataclass
class CrisisState:
    crisis: str
    since: float  # first evidence
    trigger: str
    certainty: str = "possible"  # possible | confirmed
    strong: float = 0.0  # named and partial evidence, fading
    soft: float = 0.0  # hints and screening questions, fading
    last_evidence: float = 0.0  # the last line that spoke of it or worked on it (it fades from here)
    last_cue: float = 0.0  # the last line that spoke of it: new evidence, worth asking about again
    lines_since_evidence: int = 0
    confirmed_at: float | None = None
    items: dict[str, tuple[float, str | None]] = field(default_factory=dict)  # item id -> (t, question id)
    safety_asked_at: float | None = None
    check_line: int | None = None  # the worker line (count in the call) of the latest direct question about it
    techniques_since: Counter[str] = field(default_factory=Counter)
    heard: bool = False  # some evidence came from the worker's words (a cue rule), not only the crisis model
    backed: bool = False  # the crisis model's guess was backed by a second line (GUESS_BACKED_AT)
    screened_only: bool = False  # all its evidence so far is the worker's own screening question
    answered_no_at: float | None = None  # the worker gave back the caller's no to the direct question ("nee joh ...")

    @property
    def belief(self) -> float:
        return self.strong + min(self.soft, SOFT_CAP)

    @property
    def asks_directly(self) -> bool:
        """More than the crisis model's single guess: the worker's own words, or a second line, point to it."""
        return self.heard or self.backed

    def fade(self, t: float) -> None:
        factor = 0.5 ** (max(0.0, t - self.last_evidence) / HALF_LIFE)
        self.strong *= factor
        self.soft *= factor


@dataclass(frozen=True, slots=True)
class TrackerUpdate:
    """What changed with one utterance (the core turns this into events)."""

    phase_changed: tuple[str, str | None] | None = None  # (new, previous)
    crises: tuple[tuple[str, str, str, float], ...] = ()  # (crisis id, certainty, trigger, belief)
    ticks: tuple[tuple[str, ProtocolItem, str | None], ...] = ()  # (crisis id, item, question id)
    ended: tuple[tuple[str, str], ...] = ()  # (crisis id, reason)
    register_changed: tuple[str, str | None] | None = None
    asked_question: str | None = None
    technique: str = "none"
    reread: str = ""  # why the line counts as another technique in this call (the match event's why)
    explained: tuple[str, ...] = ()  # crises whose cue in this line an earlier line explained (the match event's why)

    @property
    def changed(self) -> bool:
        return self.phase_changed is not None or bool(self.crises) or bool(self.ticks) or bool(self.ended) \
            or self.register_changed is not None


class SessionTracker:
    def __init__(self, bank: Bank | None = None) -> None:
        self.bank = bank
        self.phase: str = "current"
        self._pending_phase: str | None = None
        self._pending_votes = 0
        self.phase_since = 0.0
        self.asked: dict[str, float] = {}  # question id -> time first asked
        self.suggested: Counter[str] = Counter()  # question id -> times suggested in this call
        self.suggested_at: dict[str, float] = {}  # question id -> when it was last suggested
        self.suggested_techniques: Counter[str] = Counter()  # technique -> times suggested
        self.crisis_suggested: Counter[str] = Counter()  # of those, suggested as a crisis step (not the circle's)
        self.taken_up: Counter[str] = Counter()  # technique -> suggestions taken up
        self.technique_counts: Counter[str] = Counter()
        self.techniques_in_phase: dict[str, Counter[str]] = {}
        self.crises: dict[str, CrisisState] = {}  # open crises, possible or confirmed
        self.closed: dict[str, tuple[float, str]] = {}  # crisis id -> (t, reason) of its last end
        # crises whose person at risk the worker's words said is the caller ("hij heeft je geslagen"), said before the
        # crisis opened or after: its person-safe step asks after the caller
        self.caller_at_risk: set[str] = set()
        # crisis id -> when the caller's no to the direct question about it was given back: the worker asked and
        # heard no, so the crisis model's guess or weak signals added up do not put that question up again
        self.answered_no: dict[str, float] = {}
        self.life_events: list[tuple[float, str]] = []
        self.interaction: str | None = None
        self.register: str | None = None
        self._register_votes: list[str] = []
        self._register_support = 0  # lines in a row (the opening left out) that said the current register
        self.last_technique: str | None = None
        self.last_utterance_at: float | None = None
        self.utterances = 0
        self.closing = False  # the worker is saying goodbye
        self.last_phase: str | None = None  # phase of the last line that had one of its own
        self._weak_seen: dict[str, dict[str, float]] = {}  # crisis -> group -> last time heard
        self._explained: dict[str, tuple[int, float]] = {}  # crisis -> (line, t) of the last line that explains its cues
        self._vulnerable_heard = False  # a small child or a frail person was mentioned in this call
        self._heard_items: set[tuple[str, str]] = set()  # (crisis, protocol item) the current line asks about
        self._item_question_cache: dict[tuple[str, ...], set[str]] = {}
        self._protocol_rules: dict[str, RuleSet] = {}
        if bank is not None:
            for crisis in bank.crises.values():
                rules = [(item.id, rule) for item in crisis.protocol for rule in item.rules]
                if rules:
                    self._protocol_rules[crisis.id] = RuleSet(rules)

    # -- queries ----------------------------------------------------------
    @property
    def active_crisis(self) -> CrisisState | None:
        """The most urgent open crisis: confirmed before possible, a threat to life before a threat to a home,
        and a possible threat to life not yet asked about before a confirmed eviction or cut-off (safety first:
        a suicide hint in an eviction call puts the direct question in front of the worker)."""
        by_urgency = self.crises_by_urgency
        return by_urgency[0] if by_urgency else None

    @property
    def crises_by_urgency(self) -> list[CrisisState]:
        """The open crises, the most urgent first (the order of `active_crisis`): where the first asks nothing
        of the worker yet (the crisis model's single guess of a danger), the next one's protocol still does."""

        def rank(c: CrisisState) -> int:
            if c.crisis in LIFE_THREATENING:
                return 0 if c.certainty == "confirmed" else (1 if c.safety_asked_at is None else 3)
            return 2 if c.certainty == "confirmed" else 3
        return sorted(self.crises.values(), key=lambda c: (rank(c), URGENCY.get(c.crisis, 9), c.since))

    @property
    def confirmed_crises(self) -> list[CrisisState]:
        return [c for c in self.crises.values() if c.certainty == "confirmed"]

    def used(self, technique: str, *, in_phase: str | None = None) -> int:
        if in_phase is not None:
            return self.techniques_in_phase.get(in_phase, Counter())[technique]
        return self.technique_counts[technique]

    def balance(self) -> dict[str, int]:
        return {k: self.technique_counts[k] for k in ("coping", "scaling", "hope")}

    def protocol(self, crisis_id: str) -> tuple[ProtocolItem, ...]:
        info = self.bank.crises.get(crisis_id) if self.bank is not None else None
        return info.protocol if info is not None else ()

    def open_items(self, crisis: CrisisState) -> list[ProtocolItem]:
        """The steps still to do, in protocol order; once a vulnerable person was heard in the call (a baby in a
        cold house, an elderly man on oxygen), the step about vulnerable people in the house comes first."""
        items = [item for item in self.protocol(crisis.crisis) if item.id not in crisis.items]
        if self.vulnerable_heard:
            items.sort(key=lambda item: not item.vulnerable_first)
        return items

    @property
    def vulnerable_heard(self) -> bool:
        """Was a vulnerable person (a small child, someone frail, someone at risk) heard in this call?"""
        return self._vulnerable_heard or "unsafe_vulnerable" in self.crises

    # -- updates ----------------------------------------------------------
    def observe(self, c: Classification, t: float, also_heard: tuple = ()) -> TrackerUpdate:
        """One classified worker line; `also_heard` is crisis evidence from the recognizer's other readings."""
        self.utterances += 1
        self.last_utterance_at = t
        self._heard_items = set()
        register_changed = self._observe_register(c.text)
        form = c.form
        if form is not None and form.goodbye and self.utterances > 3:
            self.closing = True
        for crisis_id in c.explains:
            self._explained[crisis_id] = (self.utterances, t)
        crisis_events, ended, explained = self._observe_crises(c, t, also_heard)
        fresh = {cid for cid, *_ in crisis_events}  # crises this line opened or raised
        ended += self._end_safe(c, t, fresh)
        self.caller_at_risk.update(c.caller_at_risk)  # who is in danger, once the worker has said it: the caller
        acute = c.form is not None and c.form.emergency_now  # the worker brings in 112 now: handling, not an echo
        if acute and not any(cid in LIFE_THREATENING for cid in self.crises) \
                and self._may_open(ACUTE_UNNAMED, "named", t):
            crisis_events.append(self._open_acute(c, t))
            fresh.add(ACUTE_UNNAMED)
        ticks = self._tick_protocol(c, t, fresh=fresh, acute=acute)
        crisis_events += self._confirm_by_protocol(t, ticks, acute=acute)
        ended += self.end_assessed(t)
        if c.technique == "none":  # a backchannel changes nothing else
            return TrackerUpdate(crises=tuple(crisis_events), ticks=tuple(ticks), ended=tuple(ended),
                                 register_changed=register_changed, explained=explained)

        technique, reread = self._in_context(c)
        self.technique_counts[technique] += 1
        self.techniques_in_phase.setdefault(self.phase, Counter())[technique] += 1
        self.last_technique = technique
        for crisis in self.crises.values():
            crisis.techniques_since[technique] += 1
        asked = None
        if c.question_id and c.question_score >= QUESTION_ASKED_SCORE:
            asked = c.question_id
            self.asked.setdefault(c.question_id, t)
        own_phase = None if c.phase_from_content else c.phase  # a summary follows the caller's story, not the circle
        if own_phase is not None:
            self.last_phase = own_phase
        phase_changed = self._vote(own_phase, t)
        return TrackerUpdate(phase_changed=phase_changed, crises=tuple(crisis_events), ticks=tuple(ticks),
                             ended=tuple(ended), register_changed=register_changed, asked_question=asked,
                             technique=technique, reread=reread, explained=explained)

    def _in_context(self, c: Classification) -> tuple[str, str]:
        """A question about a safety step of an open crisis's protocol is safety, whatever its words suggest.

        Out of context "hoe oud is dat kindje" explores the problem; with a child in danger (or a baby in
        a house without heating) it is the worker checking safety. The protocol's own cues say which
        questions those are. The other way round, an age asked with no crisis open is the problem explored,
        though its words are close to the safety check's.
        """
        if c.technique == "safety" and not self.crises and not c.evidence and _AGE_QUESTION.search(c.normalized):
            return "problem", "geen crisis: naar de leeftijd vragen verkent het probleem"
        if c.technique not in REREAD_AS_SAFETY or not self._heard_items:
            return c.technique, ""
        for crisis_id, item_id in sorted(self._heard_items):
            item = next((i for i in self.protocol(crisis_id) if i.id == item_id), None)
            if item is not None and self.bank is not None and self.bank.item_technique(item) == "safety":
                return "safety", f"in de crisis ({crisis_id}): {item.label}"
        return c.technique, ""

    def mark_asked(self, question_id: str, t: float) -> None:
        self.asked.setdefault(question_id, t)

    def set_interaction(self, interaction: str | None) -> None:
        self.interaction = interaction

    def recently_assessed(self, t: float | None, within: float = 300.0) -> bool:
        """A threat to a life or a vulnerable person was dealt with a few minutes ago (its protocol done, or the
        person at risk safe now)."""
        now = self.last_utterance_at if t is None else t
        return now is not None and any(c in LIFE_THREATENING and reason in ("assessed", "safe") and now - at <= within
                                       for c, (at, reason) in self.closed.items())

    def end_crisis(self, crisis_id: str, reason: str, t: float) -> bool:
        """The worker closed a crisis ("crisis voorbij", "geen crisis"); False when it is not open."""
        if crisis_id not in self.crises:
            return False
        del self.crises[crisis_id]
        self.closed[crisis_id] = (t, reason)
        return True

    # -- register -----------------------------------------------------------
    def _observe_register(self, raw: str) -> tuple[str, str | None] | None:
        """Decided by the first line with a pronoun; changed when the last two lines agree on the other, or at
        once to "u" by a line that is wholly in it ("neemt u me niet kwalijk mevrouw, waar belt u over")."""
        pronouns = _pronouns(raw)
        reg = _register(*pronouns)
        if reg is None:
            return None
        opening = self.utterances <= 1  # "waarmee kan ik je helpen" is said to every caller alike
        self._register_votes = (self._register_votes + [reg])[-2:]
        changed = None
        if self.register is None or (reg != self.register and (self._register_votes == [reg, reg]
                                                               or _wholly_formal(*pronouns))):
            previous, self.register = self.register, reg
            self._register_support = 0
            if previous != reg:
                changed = reg, previous
        if reg != self.register:
            self._register_support = 0  # a line in the other register: the worker may be switching
        elif _wholly_formal(*pronouns):
            self._register_support = 2
        elif not opening:
            self._register_support += 1
        return changed

    @property
    def register_sure(self) -> bool:
        """Two lines in a row (after the opening) said the register, or one wholly in "u" did. Until then a
        question that says neither je nor u is the safer wording: a worker who opened with "je" to everyone
        may switch to "u" the moment the caller asks."""
        return self._register_support >= 2

    # -- crises -------------------------------------------------------------
    def _observe_crises(self, c: Classification, t: float, also_heard: tuple = ()) -> tuple[list, list, tuple]:
        events: list[tuple[str, str, str, float]] = []
        ended: list[tuple[str, str]] = []
        explained: set[str] = set()
        question = c.form.question if c.form is not None else False
        seen = set()
        line_evidence = c.evidence + tuple(also_heard)  # this line and its other readings
        for hit in self._weak_to_hints(line_evidence, t):
            if hit.crisis == "life_event":
                self.life_events.append((t, c.text))
                continue
            if hit.crisis not in c.unexplained and self._explained_now(hit.crisis, t):
                explained.add(hit.crisis)  # the call's own words before explain it: the gas shut after it burnt on
                continue
            seen.add(hit.crisis)
            kind = hit.kind
            if kind == "named" and (question or _denied(c.normalized, hit.trigger) or asks_through_noise(c.normalized)):
                # the worker's own question ("gaan ze afsluiten?", also as a recognizer garbled it: "heeb j nog
                # stroom"), or the caller's "no" given back ("dus je denkt niet aan zelfmoord"): a check, not a
                # disclosure
                kind = "screening"
            elif kind == "hint" and ((question and c.technique == "safety")
                                     or _announces_screening(c.normalized)):
                # the worker's own safety question in a hint's words ("ben je op dit moment veilig", "waar zijn
                # die pillen nu"): a check too, not the caller's disclosure; and the method's announced screening
                # question heard as a hint, also when only the crisis model still reads it once a recognizer garbled
                # its words ("ik vraag dit aan iedereen die zoiets meemaakt heb je weleens gedachten ... aante doen";
                # the model learnt screening questions): the worker's check all the same; so is the worker's safety
                # question the crisis model alone reads as a crisis ("waar zijn de kinderen nu", twenty-ninth session)
                kind = "screening"
            if not self._may_open(hit.crisis, kind, t, guessed=hit.learned or hit.combined,
                                  follow_up=kind == "named" and self.closed.get(hit.crisis, (0.0, ""))[1] == "safe"
                                  and self._follow_up_step(hit.crisis, c, hit.trigger)):
                continue
            if hit.crisis == "unsafe_vulnerable" and hit.crisis not in self.crises and "suicide" in hit.echoes \
                    and self.crises.get("suicide") is not None and self.crises["suicide"].certainty == "confirmed":
                # "toch vind ik dat hij dit moet weten omdat het vannacht niet veilig is met dat geweer in huis" in a
                # suicide call (locked88): the danger named is the means at hand and nobody else is named at risk;
                # the caller's own safety, the crisis being handled, not another person's
                continue
            if question and hit.kind == "hint" and c.technique in ("safety", "scaling") and hit.crisis not in self.crises \
                    and any(other.certainty == "confirmed" for other in self.crises.values()):
                # "en vannacht ben je veilig" in a suicide call, or a scale from "ik zie geen uitweg" to "ik ben
                # veilig tot morgen": the worker checks the crisis at hand, no other one
                continue
            state = self.crises.get(hit.crisis)
            if state is None:
                state = CrisisState(hit.crisis, t, c.text, last_evidence=t, last_cue=t)
                self.crises[hit.crisis] = state
                was = None
            else:
                state.fade(t)
                was = state.certainty
            askable = state.asks_directly
            if not hit.learned:
                state.heard = True  # the worker's own words point to it (a cue, or a safety question)
            state.screened_only = kind == "screening" and (was is None or state.screened_only)
            if kind in ("named", "partial"):
                state.strong += EVIDENCE[kind]
            else:
                state.soft += EVIDENCE[kind]
            state.last_evidence, state.last_cue, state.lines_since_evidence = t, t, 0
            now = self._certainty(state)
            if now == "possible" and kind == "hint" and self._disclosed(state, hit, question, c.normalized):
                now = "confirmed"
            if now == "possible" and state.belief >= GUESS_BACKED_AT:
                state.backed = True
            if now is not None and now != was:
                if now == "confirmed" and state.confirmed_at is None:
                    state.confirmed_at = t
                state.certainty = now
                events.append((hit.crisis, now, c.text, round(min(state.belief, 1.0), 2)))
            elif now == "possible" == was and state.asks_directly and not askable and c.technique != "safety" \
                    and state.safety_asked_at is None:
                # a guess now backed by a second line or by the worker's own words, not yet asked about: logged
                # again, and the direct question goes in front of the worker at once
                events.append((hit.crisis, now, c.text, round(min(state.belief, 1.0), 2)))
        # a weak sign of an open crisis in the worker's words ("hij nam niet meer op", "een paar blikken bier") adds
        # no belief, but the story is still about it: it does not fade meanwhile
        spoken_of = {h.crisis for h in line_evidence if h.kind.startswith("weak:") and not h.learned}
        for crisis in list(self.crises.values()):
            if crisis.crisis in seen:
                continue
            if crisis.screened_only and crisis.certainty == "possible" and crisis.lines_since_evidence == 0 \
                    and _ANSWERED_NO.match(c.normalized):
                # "nee, u wilt juist beter worden": the caller's no to the screening question, given back
                self.answered_no[crisis.crisis] = t
                ended.append((crisis.crisis, "faded"))
                self.end_crisis(crisis.crisis, "faded", t)
                continue
            if crisis.certainty == "possible" and crisis.safety_asked_at is not None \
                    and crisis.lines_since_evidence == 0 and _ANSWERED_NO.match(c.normalized):
                crisis.answered_no_at = t  # a thanks for the honesty that follows is for this no, not a yes
                self.answered_no[crisis.crisis] = t
            if crisis.certainty == "possible" and crisis.safety_asked_at is not None \
                    and (crisis.answered_no_at is None or crisis.answered_no_at < crisis.safety_asked_at) \
                    and crisis.lines_since_evidence <= 1 and _answered_yes(c.normalized, crisis.crisis):
                crisis.certainty, crisis.confirmed_at = "confirmed", t
                crisis.last_evidence, crisis.lines_since_evidence = t, 0
                events.append((crisis.crisis, "confirmed", c.text, round(min(crisis.belief, 1.0), 2)))
                continue
            if crisis.crisis in spoken_of and crisis.certainty == "possible":
                crisis.last_evidence, crisis.lines_since_evidence = t, 0
                continue
            crisis.lines_since_evidence += 1
            lines, seconds = (FADE_LINES, FADE_SECONDS) if crisis.safety_asked_at is not None or \
                crisis.crisis not in LIFE_THREATENING else FADE_UNASKED
            # a life-threatening crisis the worker's own words pointed to stays open until asked about directly
            # (or the worker's "geen crisis"): the companion keeps the question in front of the worker
            kept = crisis.crisis in LIFE_THREATENING and crisis.heard and crisis.safety_asked_at is None
            if crisis.certainty == "possible" and not kept and crisis.lines_since_evidence >= lines \
                    and t - crisis.last_evidence >= seconds and c.technique not in ("safety", "none"):
                ended.append((crisis.crisis, "faded"))
                self.end_crisis(crisis.crisis, "faded", t)
        # evidence below the possible level opens nothing yet, but is kept to add up with the next line
        return events, ended, tuple(sorted(explained))

    def _open_acute(self, c: Classification, t: float) -> tuple[str, str, str, float]:
        """The worker's own judgement of acute danger with no crisis open: confirmed at once (see ACUTE_UNNAMED)."""
        state = CrisisState(ACUTE_UNNAMED, t, c.text, certainty="confirmed", strong=CONFIRMED_AT, last_evidence=t,
                            last_cue=t, confirmed_at=t, heard=True)
        self.crises[ACUTE_UNNAMED] = state
        return ACUTE_UNNAMED, "confirmed", c.text, CONFIRMED_AT

    def _explained_now(self, crisis_id: str, t: float) -> bool:
        """Did a line earlier in the call explain this crisis's cues as something else (the bank's `explained` rules)?"""
        when = self._explained.get(crisis_id)
        lines, seconds = EXPLAINED_FOR
        return when is not None and self.utterances - when[0] <= lines and t - when[1] <= seconds

    def _safety_asked(self, crisis: CrisisState, t: float, *, asked: bool) -> None:
        """A safety step was worked: when first, and the line of the latest direct question about it."""
        if crisis.safety_asked_at is None:
            crisis.safety_asked_at = t
        if asked:
            crisis.check_line = self.utterances

    def _disclosed(self, state: CrisisState, hit: CrisisHit, question: bool, norm: str) -> bool:
        """Right after a direct check (the first or a later one) the worker gives back what the caller answered
        ("hij heeft je tegen de kast geduwd", "je hebt de pillen al klaarliggen"): the answer was yes, the crisis
        is confirmed.

        Only after a direct check that was a question, and only a hint of the worker's own words (a cue rule,
        not the crisis model alone or two weak signals together, unless the line gives the yes back in so many
        words: "ja je hebt gedacht als ik er nou in stap ..."), said as a statement that does not open with the
        caller's no ("nee, zo bedoelt u het niet, het hoeft voor u niet meer zo").
        """
        if state.crisis not in LIFE_THREATENING or state.check_line is None or question \
                or self.utterances - state.check_line > DISCLOSURE_LINES or _ANSWERED_NO.match(norm):
            return False
        return (not hit.learned and not hit.combined) or _answered_yes(norm, state.crisis)

    def _weak_to_hints(self, evidence: tuple, t: float) -> list:
        """Weak signals become a hint once two groups were heard within WEAK_WINDOW (a vulnerable person within
        PERSON_WINDOW: who is at risk stays true while signs come and go); strong evidence passes.

        While the worker handles one crisis (confirmed, or asked about directly), the crisis model alone opens
        no other: the protocol questions and the caller's answers given back ("ben je nu alleen", "ze slapen,
        de deur is dicht") sound like another crisis to it. A crisis opened only by the worker's own screening
        question is a check, not one being handled: the model still hears another ("waar zijn de kinderen nu",
        then "dat ze beter af zijn zonder jou").
        """
        handling = {c.crisis for c in self.crises.values()
                    if c.certainty == "confirmed" or (c.safety_asked_at is not None and not c.screened_only)}
        evidence = tuple(h for h in evidence if not (h.learned and handling - {h.crisis}))
        out = [h for h in evidence if not h.kind.startswith("weak:")]
        for hit in evidence:
            if not hit.kind.startswith("weak:"):
                continue
            group = hit.kind[5:]
            if group == "person":
                self._vulnerable_heard = True
            seen = self._weak_seen.setdefault(hit.crisis, {})
            if group == "model" and t - seen.get(group, -WEAK_WINDOW - 1) <= WEAK_WINDOW:
                group = "model again"  # two lines that lean the same way add up like two kinds of signal
            seen[group] = t
            recent = [g for g, at in seen.items() if t - at <= (PERSON_WINDOW if g == "person" else WEAK_WINDOW)]
            if len(recent) < 2:
                continue
            # leaning on the model or on an everyday word taken for a cue, it is not the worker's own words
            guessed = any(g.startswith("model") or g == "misheard" for g in recent)
            combined = dataclasses.replace(hit, kind="hint", learned=hit.learned or guessed, combined=True)
            same = [i for i, h in enumerate(out) if h.crisis == hit.crisis]
            if not same:
                out.append(combined)
            elif not combined.learned and all(out[i].learned for i in same):
                # the crisis model guessed it on this very line, and the worker's own words back the guess ("je
                # staat op de dijk ... naar het water te kijken"): heard, not only guessed (one hint, not two)
                out[same[0]] = combined
            else:
                continue
            # the signs are used up; who is vulnerable stays known (PERSON_WINDOW): a later sign or the
            # worker's own safety question about that person adds up with it again
            person = seen.get("person")
            seen.clear()
            if person is not None and group != "person":
                seen["person"] = person
        return out

    def _may_open(self, crisis_id: str, kind: str, t: float, *, guessed: bool = False, follow_up: bool = False) -> bool:
        """May this evidence open (or add to) the crisis? Not when the call has dealt with it, and not on the crisis
        model's guess or weak signals added up once the caller said no to the direct question about it (the worker
        asked and heard no; a cue in the worker's own words opens it again). `follow_up`: the named words are the
        worker's own step of that crisis (see _follow_up_step)."""
        if crisis_id in self.crises:
            return True
        if guessed and kind == "hint" and crisis_id in self.answered_no:
            return False
        last = self.closed.get(crisis_id)
        if last is None or last[1] == "faded":
            return True
        t_closed, reason = last
        if reason in ("false_alarm", "safe"):
            # (safe: the person at risk is safe now; a new danger said in full, "hij staat weer voor de deur", opens it again)
            return (kind == "named" and not (reason == "safe" and follow_up)) or t - t_closed > SUPPRESS_AFTER_FALSE_ALARM
        return False  # assessed or closed by the worker: this call has dealt with it

    def _follow_up_step(self, crisis_id: str, c: Classification, trigger: str) -> bool:
        """Are the named words of this line a step of the crisis's own protocol, said by the worker ("we maken
        altijd een melding bij Veilig Thuis" once the police had the child safe)? Then it is the follow-up of the
        crisis the call dealt with, not a new danger; "hij staat weer voor de deur" names the danger itself."""
        rules = self._protocol_rules.get(crisis_id)
        if rules is None or not c.normalized or not trigger:
            return False
        found = rules.matches(rules.scan(c.normalized.split()))
        step_words = {word for kind, words in found.values() if kind == "named" for word in words.split()}
        return not step_words.isdisjoint(trigger.split())

    @staticmethod
    def _certainty(state: CrisisState) -> str | None:
        if state.strong >= CONFIRMED_AT or state.certainty == "confirmed":
            return "confirmed"
        if state.belief >= POSSIBLE_AT:
            return "possible"
        return None

    def _tick_protocol(self, c: Classification, t: float, fresh: set[str], acute: bool = False) -> list:
        """Items of an open crisis's protocol that this line carries out (`acute`: the worker brings in the
        emergency services now, which handles the crisis the same line names)."""
        ticks = []
        asked = c.form.question if c.form is not None else False
        if c.technique == "cause":
            return ticks  # digging into causes carries out no step of a protocol
        # the method's announced screening question ("ik vraag dit aan iedereen die ... komen er weleens gedachten
        # bij u op om ..."), whose form reads as a statement: it asks directly about the crisis it names
        announced = not asked and bool(fresh) and bool(c.normalized) and _announces_screening(c.normalized)
        for crisis in self.crises.values():
            if crisis.belief < POSSIBLE_AT and crisis.certainty != "confirmed":
                continue
            question = asked or (announced and crisis.crisis in fresh)
            if crisis.crisis in fresh and not question and not acute:
                continue  # naming the crisis is not yet handling it: an echo is no safety check (bringing in
                # the emergency services now, "hier moet nu een ambulance naartoe", is handling it)
            rules = self._protocol_rules.get(crisis.crisis)
            found = rules.matches(rules.scan(c.normalized.split())) if rules is not None and c.normalized else {}
            # a step's own words heard as said: "eindelijk" is no misheard "tijdelijk"
            by_rule = {item_id for item_id, (kind, _) in found.items() if kind == "named"}
            if question:
                self._heard_items.update((crisis.crisis, item_id) for item_id in by_rule)
            for item in self.open_items(crisis):
                if item.question and not question:
                    continue
                qid = c.question_id if c.question_id in self._item_questions(item) and \
                    c.question_score >= QUESTION_ASKED_SCORE else None
                if qid and item.safety and item.id not in by_rule and c.question_score < QUESTION_SAID_SCORE:
                    # the direct safety check is asked in its own words ("einde aan je leven", "is ze nu veilig"):
                    # "heeft u iets moeilijks meegemaakt waarin u het alleen moest doen" only sounds like one
                    qid = None
                if crisis.certainty != "confirmed" and crisis.safety_asked_at is None and not item.safety and not qid \
                        and not acute:
                    # a possible crisis is first worked by asking it directly: before that, "heeft u alles in huis
                    # voor vannacht" is no question about means, "thee gedronken" no answer about substances
                    continue
                if item.late and not qid and c.technique not in _WORKER_ACTS and c.form is not None \
                        and c.form.worker_action is None:
                    # a takeover or a handover is the worker's own act: an echo of who helped before ("de budget
                    # coach van het wijkteam hielp u") or praise ("dat is goed geregeld") carries out neither
                    continue
                if qid or item.id in by_rule or (c.technique in item.techniques):
                    crisis.items[item.id] = (t, qid)
                    if item.safety:
                        self._safety_asked(crisis, t, asked=question)
                    # a worker working the protocol is handling the crisis: it does not fade meanwhile
                    # (a possible one only by a question: "je hebt in de ambulance gezeten" works nothing)
                    if question or crisis.certainty == "confirmed":
                        crisis.last_evidence, crisis.lines_since_evidence = max(crisis.last_evidence, t), 0
                    ticks.append((crisis.crisis, item, qid))
        if asked and c.technique == "safety" and not ticks:
            # a safety question in the worker's own words ("neemt ze het kind mee", "hoe ver woont u bij haar")
            # works the crisis at hand even where it ticks no step: a possible one does not fade meanwhile
            at_hand = self.active_crisis
            if at_hand is not None and at_hand.certainty == "possible":
                at_hand.last_evidence, at_hand.lines_since_evidence = max(at_hand.last_evidence, t), 0
                if at_hand.safety_asked_at is not None:
                    at_hand.check_line = self.utterances  # a later direct check: what is given back next answers it
        return ticks

    def tick_question(self, question_id: str, t: float, only_if_not: frozenset[str] = frozenset(),
                      in_other_words: bool = False) -> list[tuple[str, ProtocolItem]]:
        """A protocol question that was suggested and taken up: its step is done.

        Not when the line went to another crisis's protocol instead (`only_if_not`: the crises it worked on).
        `in_other_words`: the worker asked another question of its technique; that does not do the direct
        safety check ("heeft u iets moeilijks meegemaakt" is no question about suicide), whose own words
        the line's cues would have shown.
        """
        ticks = []
        if only_if_not and any(c not in only_if_not for c in self._crises_of_question(question_id)):
            return ticks
        for crisis in self.crises.values():
            for item in self.open_items(crisis):
                if item.safety and in_other_words:
                    continue
                if question_id in self._item_questions(item):
                    crisis.items[item.id] = (t, question_id)
                    if item.safety:
                        self._safety_asked(crisis, t, asked=True)
                    ticks.append((crisis.crisis, item))
        return ticks

    def _crises_of_question(self, question_id: str) -> set[str]:
        """The open crises whose protocol has this question as a step."""
        return {crisis.crisis for crisis in self.crises.values()
                if any(question_id in self._item_questions(item) for item in self.protocol(crisis.crisis))}

    def _item_questions(self, item: ProtocolItem) -> set[str]:
        """The item's questions and their register twins (worked out once per item)."""
        ids = self._item_question_cache.get(item.questions)
        if ids is None:
            ids = set(item.questions)
            if self.bank is not None:
                ids |= {q.id for q in self.bank.questions.values() if q.variant_of in item.questions}
            self._item_question_cache[item.questions] = ids
        return ids

    def _confirm_by_protocol(self, t: float, ticks: list, *, acute: bool = False) -> list:
        """A worker who asks about plan, means or who can come has heard a yes: the crisis is confirmed. So is one
        the worker brings the emergency services in for now (`acute`: "hier moet nu een ambulance naartoe"), asked
        about directly or not: the worker has judged the danger acute."""
        out = []
        confirmed_worked = {cid for cid, _, _ in ticks if cid in self.crises and self.crises[cid].certainty == "confirmed"}
        for crisis_id, item, _ in ticks:
            state = self.crises.get(crisis_id)
            if state is None or state.certainty == "confirmed" or not item.confirms:
                continue  # only a step that presumes a "yes" (a plan, the means, the police) confirms
            if confirmed_worked - {crisis_id}:
                # the same line carries out a step of the crisis already confirmed ("en bij bedreiging bel je de
                # politie" among a suicidal caller's chain partners): it is that crisis's step, no yes to this one
                continue
            if not acute and (state.safety_asked_at is None or not state.heard):
                continue  # (a crisis only the model guessed is not confirmed by a question that presumes it; the
                # worker's own judgement that the danger is acute, "nu moet de politie komen", is no question)
            if not item.own and any(other.certainty == "confirmed" and other.crisis != crisis_id
                                    for other in self.crises.values()):
                # "who can come" belongs to the crisis already confirmed; this one needs its own words (a step only
                # this crisis has, a suicide plan asked about in an eviction call, is its own words)
                continue
            state.certainty, state.confirmed_at = "confirmed", t
            out.append((crisis_id, "confirmed", state.trigger, round(min(max(state.belief, CONFIRMED_AT), 1.0), 2)))
        return out

    def _end_safe(self, c: Classification, t: float, fresh: set[str]) -> list[tuple[str, str]]:
        """The worker gives back that the person at risk is safe now ("ze hebben haar gevonden, ze is ongedeerd",
        "de politie heeft hem meegenomen"): that crisis's acute steps are over, it ends as safe (the crisis plan
        and then the circle go on, see recently_assessed). Not on a question ("hebben ze haar al gevonden?"), and
        not for a crisis the same line opened."""
        if not c.safe or (c.form is not None and c.form.question):
            return []
        ended = []
        for crisis_id in c.safe:
            if crisis_id in self.crises and crisis_id not in fresh:
                ended.append((crisis_id, "safe"))
                self.end_crisis(crisis_id, "safe", t)
        return ended

    def end_assessed(self, t: float) -> list[tuple[str, str]]:
        """A confirmed crisis whose protocol is done ends as assessed."""
        ended = []
        for crisis in list(self.crises.values()):
            protocol = self.protocol(crisis.crisis)
            if crisis.certainty == "confirmed" and protocol and all(i.id in crisis.items for i in protocol):
                ended.append((crisis.crisis, "assessed"))
                self.end_crisis(crisis.crisis, "assessed", t)
        return ended

    # -- phase --------------------------------------------------------------
    def _vote(self, phase: str | None, t: float) -> tuple[str, str | None] | None:
        if phase is None:
            return None
        if phase == self.phase:
            self._pending_phase, self._pending_votes = None, 0
            return None
        if phase == self._pending_phase:
            self._pending_votes += 1
        else:
            self._pending_phase, self._pending_votes = phase, 1
        if self._pending_votes >= PHASE_VOTES:
            previous, self.phase = self.phase, phase
            self.phase_since = t
            self._pending_phase, self._pending_votes = None, 0
            return phase, previous
        return None
