"""The question bank: YAML data under prompts/, loaded and validated here.

Validation names the file and line of every problem, so whoever edits the
bank (a trainer, a supervisor) can fix it without reading code.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from voice_companion.errors import UserError
from voice_companion.i18n import _, _N
from voice_companion.labels import CRISES, INTERACTIONS, PHASES, TECHNIQUES
from voice_companion.text import normalize

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ten times faster
REPO_PROMPTS = Path(__file__).resolve().parents[1] / "prompts"
DEFAULT_BANK = REPO_PROMPTS / "nl.yaml"
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_INTERACTIONS = set(INTERACTIONS) | {"any"}
REGISTERS = ("je", "u", "neutral")


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    text: str
    technique: str
    phase: str | None
    interaction: tuple[str, ...]
    sections: tuple[str, ...]
    source: str  # seed (verbatim from the method) | added (the project's) | variant (a register twin)
    crisis_ok: bool
    line: int = 0
    register: str = "neutral"  # je | u | neutral (no pronoun: fits either)
    variant_of: str | None = None  # a twin in the other register: the question it rewords
    about: str = "caller"  # caller | other: whom a safety question asks about (a third person at risk)

    def fits(self, interaction: str | None) -> bool:
        return interaction is None or "any" in self.interaction or interaction in self.interaction


@dataclass(frozen=True, slots=True)
class Technique:
    id: str
    name: str
    phase: str | None
    description: str
    lookup: tuple[str, ...]
    cues: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CueRule:
    """All groups must be present; a group is a set of alternative phrases."""

    groups: tuple[tuple[str, ...], ...]
    unless: tuple[str, ...] = ()  # phrases that, heard in the same line, mean it is not this ("zorgverzekering afsluiten")
    # words that are everyday idiom as well ("je kunt hem wel wurgen", "geen zin meer om te koken"): a hint from
    # such a rule is doubted when the crisis model reads the whole line as ordinary talk
    everyday: bool = False


@dataclass(frozen=True, slots=True)
class ProtocolItem:
    """One step of a crisis protocol, ticked off when the worker says it."""

    id: str
    label: str  # Dutch, short: what the checklist shows
    questions: tuple[str, ...]  # question ids that carry out this step, best first
    rules: tuple[CueRule, ...]  # phrases that tick it off (as crisis cue rules)
    safety: bool = False  # the direct safety question about the person at risk
    line: int = 0
    techniques: tuple[str, ...] = ()  # a worker line of one of these techniques also ticks it off
    question: bool = False  # ticked only by a question (an echo of the words is no check)
    late: bool = False  # suggested only once the worker is at the next step (a takeover, a handover)
    confirms: bool = False  # asking this step presumes the caller said yes: a possible crisis becomes confirmed
    vulnerable_first: bool = False  # comes first once a vulnerable person (a baby, someone frail) was heard
    # a step only this crisis has (a suicide plan): it confirms even while another crisis is confirmed, where a
    # shared step ("who can go there") would belong to the crisis at hand
    own: bool = False


@dataclass(frozen=True, slots=True)
class CrisisInfo:
    id: str
    name: str
    first: str
    role: str
    guidance: tuple[str, ...]
    rules: tuple[CueRule, ...]
    headline: str = ""  # the one line of guidance that stays visible when the banner is folded
    protocol: tuple[ProtocolItem, ...] = ()
    hints: tuple[CueRule, ...] = ()  # cues of a possible crisis (hints, screening questions)
    lookup: tuple[str, ...] = ()  # words a worker says to look the crisis up ("deurwaarder", "suïcidaal")
    weak: tuple[tuple[str, CueRule], ...] = ()  # (group, rule): signals that count only with another group's, across lines
    settled: tuple[CueRule, ...] = ()  # words that say the threat is off ("helemaal betaald", "doet het weer"): no cue counts
    # the worker gives back that the person at risk is safe now ("ze hebben haar gevonden, ongedeerd", "de politie
    # heeft hem meegenomen"): the acute steps (is the person safe, who can go there) are over, the crisis ends as safe
    safe_now: tuple[CueRule, ...] = ()
    # the worker's words that say the caller is the one in danger ("hij heeft je geslagen", "je hebt je opgesloten"):
    # the safety step asks after the caller ("Ben je op dit moment veilig?"), not after "degene om wie je je zorgen maakt"
    caller_at_risk: tuple[CueRule, ...] = ()
    # words that, said earlier in the call, explain this crisis's cues as something else: after "het gas
    # brandde nog onder een lege pan", "en het gas is nu dicht" is the caller's own safety step, no supplier's cut-off
    explained: tuple[CueRule, ...] = ()
    # ... unless the cue's own line gives the supplier's, landlord's or debt's side ("omdat de rekening niet betaald is")
    unexplained: tuple[CueRule, ...] = ()


@dataclass
class Bank:
    path: Path
    meta: dict[str, Any]
    phases: dict[str, dict[str, str]]
    techniques: dict[str, Technique]
    questions: dict[str, Question]
    crises: dict[str, CrisisInfo]
    life_events: CrisisInfo
    interaction_types: dict[str, dict[str, Any]]
    roles: dict[str, str]
    guidance: dict[str, Any]
    digest: str = ""
    by_technique: dict[str, list[Question]] = field(default_factory=dict)

    @property
    def bank_id(self) -> str:
        return f"{self.meta.get('name', 'bank')}@{self.meta.get('version', '?')}#{self.digest[:12]}"

    def item_technique(self, item: ProtocolItem) -> str:
        """What carrying out a protocol step is, as a technique: that of its first question ("safety", "coping")."""
        first = next((self.questions[q] for q in item.questions if q in self.questions), None)
        return first.technique if first is not None else (item.techniques[0] if item.techniques else "safety")

    def lookup_vocabulary(self) -> list[str]:
        """Words a worker says for a push-to-talk lookup (for a restricted grammar)."""
        words: dict[str, None] = {}
        for technique in self.techniques.values():
            if technique.id == "none":
                continue
            for phrase in (technique.name, *technique.lookup):
                norm = normalize(phrase)
                if norm:
                    words[norm] = None
        return list(words)


class BankErrors(UserError):
    def __init__(self, errors: list[str]):
        self.errors = errors
        from voice_companion.i18n import _

        more = _(" (and {count} more; run 'voice-companion bank check')").format(count=len(errors) - 1) if len(errors) > 1 else ""
        super().__init__(errors[0] + more)


def _node_lines(node: yaml.Node) -> dict[str, int]:
    """Line number of each key's value in a mapping node (1-based)."""
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                lines[key.value] = value.start_mark.line + 1
    return lines


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return v
    return None


def _known(value: Any, labels: Any) -> bool:
    return isinstance(value, str) and value in labels


def _packaged_bank() -> Path:
    """The bank the wheel carries (voice_companion/prompts/nl.yaml), as a file on disk."""
    from importlib import resources

    ref = resources.files("voice_companion").joinpath("prompts", "nl.yaml")
    if isinstance(ref, Path):
        return ref
    global _EXTRACTED  # a zipped install: extract once for the life of the process
    if _EXTRACTED is None:
        import atexit
        import contextlib

        stack = contextlib.ExitStack()
        atexit.register(stack.close)
        _EXTRACTED = Path(stack.enter_context(resources.as_file(ref)))
    return _EXTRACTED


_EXTRACTED: Path | None = None


def bank_source(path: Path | str | None = None) -> tuple[Path, str]:
    """The bank in use and why: (path, one of option, env, config, checkout, package).

    Order: an explicit --bank, $VOICE_COMPANION_BANK, `bank` in the config file,
    the checkout's prompts/nl.yaml when run from a checkout, else the packaged copy.
    """
    if path is not None:
        return Path(path), "option"
    env = os.environ.get("VOICE_COMPANION_BANK", "").strip()
    if env:
        return Path(env).expanduser(), "env"
    from voice_companion.config import load_config

    configured = getattr(load_config(), "bank", None)
    if configured is not None:
        return Path(configured), "config"
    if DEFAULT_BANK.is_file() and (REPO_PROMPTS.parent / "pyproject.toml").is_file():
        return DEFAULT_BANK, "checkout"
    return _packaged_bank(), "package"


def resolve_bank_path(path: Path | str | None = None) -> Path:
    return bank_source(path)[0]


def _duplicate_keys(root: yaml.Node | None, path: Any) -> list[str]:
    """'file:line: duplicate key' for every mapping that names a key twice (iterative: deep trees are fine)."""
    found: list[str] = []
    stack = [root] if root is not None else []
    seen_nodes: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen_nodes:
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: dict[str, int] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in keys:
                        found.append(_("{path}:{line}: duplicate key '{key}' (first at line {first}); keep one").format(
                            path=path, line=key.start_mark.line + 1, key=key.value, first=keys[key.value]))
                    else:
                        keys[key.value] = key.start_mark.line + 1
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return found


def load_bank(path: Path | str | None = None) -> Bank:
    """Load and validate a bank; raise BankErrors (a UserError) listing every problem. A bank checked before, with the
    same bytes and the same code, comes from the start-up cache (voice_companion/startcache.py)."""
    from voice_companion.startcache import cached

    resolved = resolve_bank_path(path)
    try:
        raw = resolved.read_bytes()
    except OSError:
        raw = None  # check_bank says what is wrong with it

    def checked() -> Bank:
        bank, errors = check_bank(resolved)
        if errors or bank is None:
            raise BankErrors(errors)
        return bank

    if raw is None:
        return checked()
    return cached("bank", [str(resolved).encode(), raw, *_learned_stamps(resolved)], checked)


def learned_files(bank_path: Path) -> tuple[Path, Path, Path, Path]:
    """The learned files beside a bank that `check_model` reads: technique model, policy, summary and acknowledgement
    phase models."""
    from voice_companion.model import ack_phase_model_path_for, model_path_for, phase_model_path_for
    from voice_companion.policy import policy_path_for

    return (model_path_for(bank_path), policy_path_for(bank_path), phase_model_path_for(bank_path),
            ack_phase_model_path_for(bank_path))


def _learned_stamps(bank_path: Path) -> list[bytes]:
    """The learned files the check reads beside the bank, as path, size and time changed: a retrained or removed model
    checks the bank afresh."""
    stamps = []
    for path in learned_files(bank_path):
        try:
            stat = path.stat()
            stamps.append(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        except OSError:
            stamps.append(f"{path}:absent".encode())
    return stamps


def _parse_rules(raw: Any, where: str, errors: list[str]) -> tuple[CueRule, ...]:
    rules = []
    if not isinstance(raw, list) or not raw:
        errors.append(_("{where}: 'cues' must be a non-empty list of {{all: [...]}} rules").format(where=where))
        return ()
    for item in raw:
        groups = item.get("all") if isinstance(item, dict) else None
        if not isinstance(groups, list) or not groups or not all(isinstance(g, str) and g.strip() for g in groups):
            errors.append(_("{where}: each cue rule must be {{all: [\"a|b\", \"c\"]}} with non-empty strings, got {item!r}")
                          .format(where=where, item=item))
            continue
        unless = item.get("unless", "")
        if not isinstance(unless, str):
            errors.append(_("{where}: 'unless' of a cue rule must be one string of alternatives \"a|b\", got {item!r}")
                          .format(where=where, item=item))
            continue
        everyday = item.get("everyday", False)
        if not isinstance(everyday, bool):
            errors.append(_("{where}: 'everyday' of a cue rule must be true or false, got {item!r}")
                          .format(where=where, item=item))
            continue
        rules.append(CueRule(tuple(tuple(alt.strip() for alt in g.split("|") if alt.strip()) for g in groups),
                             unless=tuple(alt.strip() for alt in unless.split("|") if alt.strip()),
                             everyday=everyday))
    return tuple(rules)


def _parse_protocol(node: yaml.Node | None, raw: Any, what: str, at: Any,
                    errors: list[str]) -> tuple[ProtocolItem, ...]:
    """A crisis protocol: a list of {id, label, questions: [...], cues: [{all: [...]}], safety: bool}."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or not raw:
        errors.append(_("{where}: {what}: 'protocol' must be a list of items with id, label, questions and cues").format(
            where=at(node.start_mark.line + 1 if node is not None else None), what=what))
        return ()
    nodes = node.value if isinstance(node, yaml.SequenceNode) else []
    items: list[ProtocolItem] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        line = nodes[index].start_mark.line + 1 if index < len(nodes) else None
        where = at(line)
        if not isinstance(item, dict):
            errors.append(_("{where}: {what}: each protocol item must be a mapping with id, label, questions, cues").format(
                where=where, what=what))
            continue
        iid, label = item.get("id"), item.get("label")
        if not isinstance(iid, str) or not _ID.match(iid) or iid in seen:
            errors.append(_("{where}: {what}: protocol item id {item!r} must be unique, lower case letters, digits, . _ -").format(
                where=where, what=what, item=iid))
            continue
        if not isinstance(label, str) or not label.strip():
            errors.append(_("{where}: {what}: protocol item '{item}' has no label").format(where=where, what=what, item=iid))
            continue
        qids = item.get("questions") or []
        if not isinstance(qids, list) or not all(isinstance(q, str) for q in qids):
            errors.append(_("{where}: {what}: protocol item '{item}': questions must be a list of question ids").format(
                where=where, what=what, item=iid))
            continue
        techniques = item.get("techniques") or []
        if not isinstance(techniques, list) or any(not _known(t, TECHNIQUES) for t in techniques):
            errors.append(_("{where}: {what}: protocol item '{item}': techniques must be a list of technique ids "
                            "(known: {known})").format(where=where, what=what, item=iid, known=", ".join(TECHNIQUES)))
            continue
        seen.add(iid)
        items.append(ProtocolItem(iid, label.strip(), tuple(qids),
                                  _parse_rules(item.get("cues"), _("{where}: {what}: protocol item '{item}'").format(
                                      where=where, what=what, item=iid), errors),
                                  safety=bool(item.get("safety", False)), line=line or 0,
                                  techniques=tuple(techniques), question=bool(item.get("question", False)),
                                  late=bool(item.get("late", False)), confirms=bool(item.get("confirms", False)),
                                  vulnerable_first=bool(item.get("vulnerable_first", False)),
                                  own=bool(item.get("own", False))))
    return tuple(items)


def _parse_weak(raw: Any, where: str, errors: list[str]) -> tuple[tuple[str, CueRule], ...]:
    """Weak signals: a list of {group: name, cues: [rules]}; two groups together make a hint."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(g, dict) and isinstance(g.get("group"), str) for g in raw):
        errors.append(_("{where}: 'weak' must be a list of {{group: name, cues: [{{all: [...]}}]}}").format(where=where))
        return ()
    return tuple((g["group"], rule) for g in raw for rule in _parse_rules(g.get("cues"), f"{where} {g['group']}", errors))


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else ([] if value is None else [value])


def check_bank(path: Path | str | None = None) -> tuple[Bank | None, list[str]]:
    """Validate a bank file; returns (bank or None, errors with file:line)."""
    path = resolve_bank_path(path)
    try:
        return _check_bank(path)
    except (TypeError, AttributeError, ValueError) as exc:  # a shape no rule above foresaw
        return None, [_("{path}: the bank's structure is not understood ({error}); compare it with prompts/nl.yaml")
                      .format(path=path, error=f"{type(exc).__name__}: {exc}")]


def _check_bank(path: Path) -> tuple[Bank | None, list[str]]:
    try:
        raw_bytes = path.read_bytes()
    except FileNotFoundError:
        return None, [_("{path}: no such question bank; give a YAML file such as prompts/nl.yaml").format(path=path)]
    except IsADirectoryError:
        return None, [_("{path}: is a folder; give the bank's YAML file (prompts/nl.yaml)").format(path=path)]
    except PermissionError:
        return None, [_("{path}: cannot read it (permission denied)").format(path=path)]
    try:
        text = raw_bytes.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw_bytes[: exc.start].count(b"\n") + 1
        return None, [_("{path}:{line}: not UTF-8 text; save the bank as UTF-8").format(path=path, line=line)]
    try:
        loader = _Loader(text)  # one parse gives both the line numbers and the data
        try:
            root = loader.get_single_node()
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return None, [_("{path}{line}: YAML error: {problem}").format(path=path, line=line, problem=problem)]
    if not isinstance(data, dict):
        return None, [_("{path}:1: the bank must be a mapping with meta, techniques, questions, crises").format(path=path)]

    errors: list[str] = _duplicate_keys(root, path)  # YAML silently keeps the last of two equal keys
    top_lines = _node_lines(root)

    def at(line: int | None) -> str:
        return f"{path}:{line or 1}"

    for key in ("meta", "phases", "techniques", "questions", "crises"):
        if key not in data:
            errors.append(_("{where}: missing top-level '{key}'").format(where=at(1), key=key))
    for key in ("meta", "phases", "techniques", "crises", "life_events", "interaction_types", "roles", "guidance"):
        if key in data and data[key] is not None and not isinstance(data[key], dict):
            errors.append(_("{where}: '{key}' must be a mapping (key: value lines)").format(where=at(top_lines.get(key)), key=key))
    if errors:
        return None, errors

    phases = data.get("phases") or {}
    for pid in phases:
        if not _known(pid, PHASES):
            errors.append(_("{where}: unknown phase '{phase}' (known: {known})").format(
                where=at(_node_lines(_child(root, 'phases')).get(pid)), phase=pid, known=", ".join(PHASES)))

    techniques: dict[str, Technique] = {}
    tech_node = _child(root, "techniques")
    tech_lines = _node_lines(tech_node)
    raw_techniques = data.get("techniques") or {}
    if not isinstance(raw_techniques, dict):
        errors.append(_("{where}: 'techniques' must be a mapping of technique ids").format(where=at(top_lines.get('techniques'))))
        raw_techniques = {}
    for tid, spec in raw_techniques.items():
        where = at(tech_lines.get(tid))
        if not _known(tid, TECHNIQUES):
            errors.append(_("{where}: unknown technique '{technique}' (known: {known})").format(
                where=where, technique=tid, known=", ".join(TECHNIQUES)))
            continue
        if not isinstance(spec, dict):
            errors.append(_("{where}: technique '{technique}' must be a mapping with name, phase, cues").format(where=where, technique=tid))
            continue
        phase = spec.get("phase")
        if phase is not None and not _known(phase, PHASES):
            errors.append(_("{where}: technique '{technique}': unknown phase '{phase}'").format(where=where, technique=tid, phase=phase))
        cues = spec.get("cues") or []
        lookup = spec.get("lookup") or []
        if not isinstance(cues, list) or not isinstance(lookup, list) or not all(
                isinstance(c, str) and c.strip() for c in [*cues, *lookup]):
            errors.append(_("{where}: technique '{technique}': cues and lookup must be non-empty strings").format(where=where, technique=tid))
            continue
        techniques[tid] = Technique(
            id=tid, name=str(spec.get("name") or TECHNIQUES[tid]), phase=phase,
            description=str(spec.get("description") or ""), lookup=tuple(lookup), cues=tuple(cues),
        )
    for tid in TECHNIQUES:
        if tid not in raw_techniques:
            errors.append(_("{where}: technique '{technique}' is missing").format(where=at(top_lines.get('techniques')), technique=tid))

    questions: dict[str, Question] = {}
    q_node = _child(root, "questions")
    raw_questions = data.get("questions") or []
    if not isinstance(raw_questions, list):
        errors.append(_("{where}: 'questions' must be a list").format(where=at(top_lines.get('questions'))))
        raw_questions = []
    item_nodes = q_node.value if isinstance(q_node, yaml.SequenceNode) else []
    for index, item in enumerate(raw_questions):
        node = item_nodes[index] if index < len(item_nodes) else None
        line = node.start_mark.line + 1 if node is not None else None
        lines = _node_lines(node) if node is not None else {}
        where = at(line)
        if not isinstance(item, dict):
            errors.append(_("{where}: each question must be a mapping with id, text, technique").format(where=where))
            continue
        qid = item.get("id")
        if not isinstance(qid, str) or not _ID.match(qid):
            errors.append(_("{where}: question id {id!r} must be lower case letters, digits, . _ -").format(where=at(lines.get('id', line)), id=qid))
            continue
        if qid in questions:
            errors.append(_("{where}: duplicate question id '{id}' (first at line {first})").format(
                where=at(lines.get('id', line)), id=qid, first=questions[qid].line))
            continue
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            errors.append(_("{where}: question '{id}' has no text").format(where=at(lines.get('text', line)), id=qid))
            continue
        technique = item.get("technique")
        if not _known(technique, TECHNIQUES):
            errors.append(_("{where}: question '{id}': unknown technique {technique!r}").format(
                where=at(lines.get('technique', line)), id=qid, technique=technique))
            continue
        phase = item.get("phase")
        if phase is not None and not _known(phase, PHASES):
            errors.append(_("{where}: question '{id}': unknown phase {phase!r}").format(where=at(lines.get('phase', line)), id=qid, phase=phase))
            continue
        interaction = item.get("interaction") or ["any"]
        if not isinstance(interaction, list) or any(not _known(i, _INTERACTIONS) for i in interaction):
            errors.append(_("{where}: question '{id}': interaction must be a list of {known}").format(
                where=at(lines.get('interaction', line)), id=qid, known=sorted(_INTERACTIONS)))
            continue
        source = item.get("source")
        if not _known(source, ("seed", "added", "variant")):
            errors.append(_("{where}: question '{id}': source must be 'seed', 'added' or 'variant'").format(
                where=at(lines.get('source', line)), id=qid))
            continue
        register = item.get("register", "neutral")
        if not _known(register, REGISTERS):
            errors.append(_("{where}: question '{id}': register must be one of {known}").format(
                where=at(lines.get('register', line)), id=qid, known=", ".join(REGISTERS)))
            continue
        variant_of = item.get("variant_of")
        if (source == "variant") != (variant_of is not None):
            errors.append(_("{where}: question '{id}': a register twin has source: variant and variant_of: "
                            "<the id it rewords>, and only a twin has them").format(where=at(lines.get('variant_of', line)), id=qid))
            continue
        about = item.get("about", "caller")
        if not _known(about, ("caller", "other")):
            errors.append(_("{where}: question '{id}': about must be 'caller' or 'other'").format(where=at(lines.get('about', line)), id=qid))
            continue
        questions[qid] = Question(
            id=qid, text=text.strip(), technique=technique, phase=phase,
            interaction=tuple(interaction), sections=tuple(str(x) for x in _as_list(item.get("sections"))),
            source=source, crisis_ok=bool(item.get("crisis_ok", False)), line=line or 0,
            register=register, variant_of=variant_of, about=about,
        )
    for q in questions.values():
        if q.variant_of is None:
            continue
        original = questions.get(q.variant_of)
        if original is None:
            errors.append(_("{where}: question '{id}': variant_of '{original}' is not a question in this bank").format(
                where=at(q.line), id=q.id, original=q.variant_of))
        elif original.technique != q.technique or original.register == q.register:
            errors.append(_("{where}: question '{id}': a twin keeps the technique of '{original}' and is in the other register")
                          .format(where=at(q.line), id=q.id, original=original.id))

    crises: dict[str, CrisisInfo] = {}
    crisis_lines = _node_lines(_child(root, "crises"))
    raw_crises = data.get("crises") or {}
    for cid, spec in (raw_crises.items() if isinstance(raw_crises, dict) else []):
        where = at(crisis_lines.get(cid))
        if not _known(cid, CRISES):
            errors.append(_("{where}: unknown crisis '{crisis}' (known: {known})").format(where=where, crisis=cid, known=", ".join(CRISES)))
            continue
        if not isinstance(spec, dict):
            errors.append(_("{where}: crisis '{crisis}' must be a mapping").format(where=where, crisis=cid))
            continue
        first = spec.get("first", "safety")
        if not _known(first, TECHNIQUES):
            errors.append(_("{where}: crisis '{crisis}': unknown technique '{technique}' in 'first'").format(
                where=where, crisis=cid, technique=first))
        guidance = spec.get("guidance") or []
        if not isinstance(guidance, list) or not guidance:
            errors.append(_("{where}: crisis '{crisis}' has no guidance").format(where=where, crisis=cid))
        crises[cid] = CrisisInfo(cid, str(spec.get("name") or CRISES[cid]), first, str(spec.get("role") or ""),
                                 tuple(str(g) for g in guidance), _parse_rules(spec.get("cues"), f"{where}: crisis '{cid}'", errors),
                                 headline=str(spec.get("headline") or (guidance[0] if guidance else "")),
                                 protocol=_parse_protocol(_child(_child(_child(root, "crises"), cid), "protocol"),
                                                          spec.get("protocol"), f"crisis '{cid}'", at, errors),
                                 hints=_parse_rules(spec["hints"], _("{where}: crisis '{crisis}' hints").format(where=where, crisis=cid), errors)
                                 if spec.get("hints") is not None else (),
                                 lookup=tuple(str(w) for w in _as_list(spec.get("lookup"))),
                                 weak=_parse_weak(spec.get("weak"), _("{where}: crisis '{crisis}' weak signals").format(where=where, crisis=cid), errors),
                                 settled=_parse_rules(spec["settled"], _("{where}: crisis '{crisis}' settled").format(where=where, crisis=cid), errors)
                                 if spec.get("settled") is not None else (),
                                 safe_now=_parse_rules(spec["safe_now"], _("{where}: crisis '{crisis}' safe_now").format(where=where, crisis=cid), errors)
                                 if spec.get("safe_now") is not None else (),
                                 caller_at_risk=_parse_rules(spec["caller_at_risk"], _("{where}: crisis '{crisis}' caller_at_risk").format(where=where, crisis=cid), errors)
                                 if spec.get("caller_at_risk") is not None else (),
                                 explained=_parse_rules(spec["explained"], _("{where}: crisis '{crisis}' explained").format(where=where, crisis=cid), errors)
                                 if spec.get("explained") is not None else (),
                                 unexplained=_parse_rules(spec["unexplained"], _("{where}: crisis '{crisis}' unexplained").format(where=where, crisis=cid), errors)
                                 if spec.get("unexplained") is not None else ())
    for cid in CRISES:
        if cid not in raw_crises:
            errors.append(_("{where}: crisis '{crisis}' is missing").format(where=at(top_lines.get('crises')), crisis=cid))

    life = data.get("life_events") or {}
    life_events = CrisisInfo("life_event", str(life.get("name", "Life-event")), "acknowledgement", "",
                             tuple(str(g) for g in _as_list(life.get("guidance"))),
                             _parse_rules(life.get("cues"), f"{at(top_lines.get('life_events'))}: life_events", errors) if life else ())

    for crisis in crises.values():
        for item in crisis.protocol:
            for qid in item.questions:
                if qid not in questions:
                    errors.append(_("{where}: crisis '{crisis}' protocol item '{item}': unknown question '{id}'").format(
                        where=at(item.line), crisis=crisis.id, item=item.id, id=qid))
    if errors:
        return None, errors
    bank = Bank(
        path=path, meta=dict(data.get("meta") or {}), phases=dict(phases), techniques=techniques,
        questions=questions, crises=crises, life_events=life_events,
        interaction_types=dict(data.get("interaction_types") or {}), roles=dict(data.get("roles") or {}),
        guidance=dict(data.get("guidance") or {}), digest=hashlib.sha256(raw_bytes).hexdigest(),
    )
    for q in questions.values():
        bank.by_technique.setdefault(q.technique, []).append(q)
    model_errors = check_model(bank)
    if model_errors:
        return None, model_errors
    return bank, []


def check_model(bank: Bank) -> list[str]:
    """The learned files beside the bank (prompts/nl-model.npz, nl-policy.npz), where there are any, must fit it."""
    model, policy, phase, ack_phase = learned_files(Path(bank.path))
    checks = (
        (model,
         _N("{path}: the technique model cannot be read ({error}); "
            "train it again with scripts/train_classifier.py or remove the file"),
         _N("{path}: the technique model does not fit this bank (unknown techniques: {unknown}); "
            "train it again with scripts/train_classifier.py")),
        (policy,
         _N("{path}: the suggestion policy cannot be read ({error}); "
            "train it again with scripts/train_policy.py or remove the file"),
         _N("{path}: the suggestion policy does not fit this bank (unknown techniques: {unknown}); "
            "train it again with scripts/train_policy.py")),
    )
    errors = [error for path, unreadable, unfit in checks for error in _model_file_errors(bank, path, unreadable, unfit)]
    return errors + _model_file_errors(
        bank, phase,
        _N("{path}: the summary phase model cannot be read ({error}); "
           "train it again with scripts/train_classifier.py or remove the file"),
        _N("{path}: the summary phase model does not fit this bank (unknown phases: {unknown}); "
           "train it again with scripts/train_classifier.py"), known=PHASES) + _model_file_errors(
        bank, ack_phase,
        _N("{path}: the acknowledgement phase model cannot be read ({error}); "
           "train it again with scripts/train_classifier.py --ack-phase-only or remove the file"),
        _N("{path}: the acknowledgement phase model does not fit this bank (unknown phases: {unknown}); "
           "train it again with scripts/train_classifier.py --ack-phase-only"), known=PHASES)


def _model_file_errors(bank: Bank, path: Path, unreadable: str, unfit: str, known=None) -> list[str]:
    """`known`: the labels the model may name (the bank's techniques unless given)."""
    from voice_companion.model import TechniqueModel

    if not path.is_file():
        return []
    try:
        model = TechniqueModel.load(path)
    except (OSError, ValueError, KeyError) as exc:
        return [_(unreadable).format(path=path, error=type(exc).__name__)]
    unknown = sorted(set(model.classes) - set(bank.techniques if known is None else known))
    if unknown or model.weights.shape != (len(model.index), len(model.classes)):
        return [_(unfit).format(path=path, unknown=", ".join(unknown) or "-")]
    return []
