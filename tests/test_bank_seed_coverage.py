"""The question bank (prompts/nl.yaml) against its source, the seed document.

Every question the seed quotes (between ‘ ’ or “ ”) must be in the bank verbatim,
exactly once; the bank must follow the schema and the shared labels. The seed is
kept as a byte-identical copy in tests/data/seed.txt so this test runs without
the shared folder.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from voice_companion.labels import CRISES, INTERACTIONS, PHASES, TECHNIQUES

HERE = Path(__file__).resolve().parent
SEED_COPY = HERE / "data" / "seed.txt"
SHARED_SEED = HERE.parents[1] / "shared" / "seed" / "000_72f4352fe5c332af.txt"
BANK_PATH = HERE.parent / "prompts" / "nl.yaml"

# Quoted segments of the seed that are concepts, not questions a worker asks.
# They must still be in the bank verbatim, in its guidance or descriptions.
CONCEPT_TERMS = {
    "niet-weten",
    "wel weten",
    "dichtbij en veraf",
    "ik kon toch niet anders?",  # a caller's self-evident phrase, to be made discussable
    "Het spiegelen van de werkelijkheid",
    "Het aanschuiven van de werkelijkheid",
}
# How many quoted segments the parser finds in this seed (guards the parser).
EXPECTED_SEGMENTS = 125

TECHNIQUE_PHASE = {
    "welcome": "current", "problem": "current", "cause": "current", "acknowledgement": "current", "safety": "current",
    "usefulness": "desired", "goal": "desired", "hope": "desired",
    "exception": "exceptions",
    "next_step": "next_step", "mandate": "next_step",
    "coping": None, "scaling": None, "perspective": None, "summary": None,
    "mirroring": None, "consequences": None, "none": None,
}


# The circle's phase a seed section stands under ("... > Volgende stap > ...").
SECTION_PHASE = {"Huidige situatie": "current", "Gewenste situatie": "desired", "Volgende stap": "next_step"}


def _allowed_phases(q: dict, by_id: dict[str, dict]) -> set[str | None]:
    """A question's phase follows its technique, or the phase of the seed section it stands under
    (a register twin: its original's sections)."""
    source = by_id.get(q.get("variant_of"), q)
    allowed = {TECHNIQUE_PHASE[q["technique"]]}
    for section in source["sections"]:
        allowed |= {phase for name, phase in SECTION_PHASE.items() if f"> {name}" in section}
    return allowed


# ---------------------------------------------------------------- seed parsing

def _is_apostrophe(text: str, i: int) -> bool:
    """‘ or ’ used as an apostrophe: z’n, collega’s, collega ’s, zo ‘n."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    after = text[i + 2] if i + 2 < len(text) else " "
    if prev.isalpha() and nxt.isalpha():
        return True
    return nxt in "snt" and not after.isalpha()


def _quote_events(text: str):
    """(index, 'open'|'close') for every quote mark that is not an apostrophe."""
    for i, ch in enumerate(text):
        if ch == "“":
            yield i, "open"
        elif ch == "”":
            yield i, "close"
        elif ch in "‘’":
            if _is_apostrophe(text, i):
                continue
            prev = text[i - 1] if i > 0 else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if ch == "‘":
                yield i, "open"
            elif (prev.isspace() or prev in "(-") and not nxt.isspace():
                yield i, "open"  # ’Wat zou jou dat opleveren: a closing mark used to open
            else:
                yield i, "close"


def _cut_unclosed(segment: str) -> str:
    """An unclosed quote runs on over wrapped lines, up to a blank line or the next list item."""
    lines = segment.split("\n")
    kept = [lines[0]]
    for line in lines[1:]:
        stripped = line.strip()
        if not stripped or stripped[0] in "-•‘’“”" or stripped.startswith("o "):
            break
        kept.append(line)
    return "\n".join(kept)


def seed_segments(text: str) -> list[str]:
    """Every quoted segment of the seed, in order (repeats included), not yet normalised.

    Handles quotes that span lines, quotes that are never closed (they run to the end
    of their item), a closing mark without an opening one after a quote on the same
    line (‘…?’ Voor je man, dochter..?’) and mixed marks (‘Voor anderen?”).
    """
    segments: list[str] = []
    open_at: int | None = None
    last_close = 0
    for i, kind in _quote_events(text):
        if kind == "open":
            if open_at is not None:
                segments.append(_cut_unclosed(text[open_at:i]))
            open_at = i + 1
        else:
            if open_at is not None:
                segments.append(text[open_at:i])
                open_at = None
            else:
                start = max(last_close, text.rfind("\n", 0, i) + 1)
                segments.append(text[start:i])
            last_close = i + 1
    if open_at is not None:
        segments.append(_cut_unclosed(text[open_at:]))
    return [s for s in segments if s.strip()]


def norm(text: str) -> str:
    """NFKC, one kind of quote, ellipses and dot runs as '...', whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("‘", "'").replace("’", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"\.{2,}", "...", text)
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED_COPY.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def segments(seed_text) -> list[str]:
    return [norm(s) for s in seed_segments(seed_text)]


@pytest.fixture(scope="module")
def data() -> dict:
    return yaml.safe_load(BANK_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def questions(data) -> list[dict]:
    return data["questions"]


def _strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


# ---------------------------------------------------------------- the seed copy

def test_seed_copy_is_byte_identical_to_the_shared_seed():
    if not SHARED_SEED.exists():
        pytest.skip(f"shared seed not beside the repo ({SHARED_SEED}); the copy in tests/data is used alone")
    assert SEED_COPY.read_bytes() == SHARED_SEED.read_bytes(), \
        "tests/data/seed.txt differs from shared/seed/000_72f4352fe5c332af.txt: copy it again"


def test_parser_finds_every_quoted_segment(segments):
    assert len(segments) == EXPECTED_SEGMENTS, segments
    for tricky in (
        "Hoe kan ik helpen?",  # “…” in running text
        "Nu je toch hier bent, wat zouden we kunnen bespreken om dit gesprek nuttig voor jou te laten zijn?",  # two lines
        "Hoe denk je nu over deze situatie",  # closing mark before the question mark
        "Voor je man, dochter...?",  # no opening mark
        "Voor anderen?",  # ‘ … ”
        "Wat zou dan nu voor jou een volgende stap (je) kunnen zijn?",  # never closed
        "Wat zou jou dat opleveren, anderen?",  # opened with ’, never closed
        "Wat heeft u al geprobeerd in deze situatie en wat daarbij hielp wel en niet?",  # unclosed, two lines
        "Wat voor gevolgen heeft dat denk je voor je partner/kinderen/collega's...?",  # apostrophe inside
    ):
        assert tricky in segments, f"parser missed {tricky!r}"
    assert all("zo 'n" not in s and not s.startswith("n gesprek") for s in segments), "an apostrophe was taken for a quote"
    assert set(CONCEPT_TERMS) <= set(segments), "CONCEPT_TERMS names a segment the seed does not quote"


# ---------------------------------------------------------------- coverage

def _held(questions: list[dict], wanted: set[str]) -> dict[str, set[str]]:
    """The seed questions each bank entry holds. A register twin (source: variant) is judged
    against its original: a register-free fragment it shares with the original ("Voor anderen?",
    "Vertel eens....") is the original's, not a second copy."""
    texts = {q["id"]: norm(q["text"]) for q in questions}
    held = {qid: {s for s in wanted if s in text} for qid, text in texts.items()}
    for q in questions:
        original = q.get("variant_of")
        if original in texts:
            held[q["id"]] -= {s for s in held[q["id"]] if s in texts[original]}
    return held


def test_every_seed_question_is_in_the_bank_verbatim_exactly_once(segments, questions):
    texts = [norm(q["text"]) for q in questions]
    wanted = sorted({s for s in segments if s not in CONCEPT_TERMS}, key=segments.index)
    missing = [s for s in wanted if not any(s in t for t in texts)]
    assert not missing, f"{len(missing)} of {len(wanted)} seed questions are not in the bank verbatim:\n" + \
        "\n".join(f"  - {s}" for s in missing)
    held = _held(questions, set(wanted))
    repeated = {s: [qid for qid, h in held.items() if s in h] for s in wanted}
    repeated = {s: ids for s, ids in repeated.items() if len(ids) > 1}
    assert not repeated, "seed questions in more than one bank entry (merge them, union the sections):\n" + \
        "\n".join(f"  - {s}: {ids}" for s, ids in repeated.items())


def test_seed_questions_are_marked_seed_and_carry_their_sections(segments, questions):
    wanted = {s for s in segments if s not in CONCEPT_TERMS}
    held = _held(questions, wanted)
    for q in questions:
        if q["source"] == "seed":
            assert held[q["id"]], f"{q['id']}: marked seed but holds no quoted seed question"
            assert q["sections"], f"{q['id']}: a seed question names the section(s) it stands under"
        else:
            assert not held[q["id"]], f"{q['id']}: holds a seed question {held[q['id']]} but is marked {q['source']}"


def test_concept_terms_are_in_the_bank_guidance(data):
    text = norm(" ".join(_strings({k: v for k, v in data.items() if k != "questions"})))
    missing = [t for t in CONCEPT_TERMS if norm(t) not in text]
    assert not missing, f"seed concepts missing from the bank's guidance/descriptions: {missing}"


def test_opening_question_is_a_welcome(questions):
    opening = [q for q in questions if q["text"] == "Hoe kan ik helpen?"]
    assert len(opening) == 1 and opening[0]["technique"] == "welcome"


# Labels a supervisor checked against the seed: (seed text, technique, phase).
SEED_LABELS = [
    ("Wat denk je dat jij moet doen om zo snel mogelijk van ons af te zijn?", "consequences", None),  # aanschuiven
    ("Hoe zie jij dit en zou je dit tot jouw voordeel kunnen maken?", "perspective", None),  # perspectiefwisseling
    ("Wat maakt dit gesprek nuttig/belangrijk/fijn voor je…?", "usefulness", "current"),  # klager, huidige situatie
    ("Wat zouden we moeten bespreken zodat je het idee hebt dat … er (beter) naar je geluisterd wordt? "
     "Je inspanningen beloond worden?", "usefulness", "current"),
    ("Wat zou je willen?", "goal", "next_step"),  # bezoeker, volgende stap
    ("Wat zou jou dat opleveren, anderen?", "goal", "next_step"),  # klager, volgende stap
    ("Waaraan zou je merken dat dit gesprek nuttig is geweest?", "usefulness", "next_step"),
    ("Wat werkt (al een beetje) in die richting?", "hope", "desired"),  # interventies bij het vergroten van hoop
    ("Wat denkt u dat het nuttigst is dat ik als maatschappelijk werker nu kan doen?", "coping", None),
    # under the coping interventions, but they ask for the desired situation, not how the caller survives
    ("Waaraan zou u merken dat u de crisis voorbij is?", "goal", "desired"),
    ("Wat wilt u anders hebben wanneer deze situatie voorbij is?", "goal", "desired"),
]


@pytest.mark.parametrize(("text", "technique", "phase"), SEED_LABELS)
def test_seed_labels_a_supervisor_checked(questions, text, technique, phase):
    found = [q for q in questions if q["text"] == text]
    assert len(found) == 1, f"{text!r} is not in the bank exactly once"
    q = found[0]
    assert (q["technique"], q["phase"], q["source"]) == (technique, phase, "seed"), q["id"]
    twins = [t for t in questions if t.get("variant_of") == q["id"]]
    assert all((t["technique"], t["phase"]) == (technique, phase) for t in twins), [t["id"] for t in twins]


# ---------------------------------------------------------------- schema

def test_meta_phases_and_top_level(data):
    assert data["meta"]["name"] == "nl" and data["meta"]["language"] == "nl"
    assert isinstance(data["meta"]["version"], str)
    assert set(data["phases"]) == set(PHASES)
    for pid, phase in data["phases"].items():
        assert phase["name"] and phase["hint"], pid
    for key in ("techniques", "questions", "crises", "life_events", "interaction_types", "roles", "guidance"):
        assert key in data, key


def test_questions_have_unique_ids_and_known_labels(questions):
    by_id = {q["id"]: q for q in questions}
    ids = [q["id"] for q in questions]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    assert not dupes, f"duplicate question ids: {dupes}"
    texts = [norm(q["text"]) for q in questions]
    assert len(set(texts)) == len(texts), "two questions with the same text"
    for q in questions:
        qid = q["id"]
        assert re.fullmatch(r"[a-z0-9][a-z0-9._-]*", qid), qid
        assert q["technique"] in TECHNIQUES, qid
        assert qid.startswith(q["technique"] + "."), f"{qid}: id starts with its technique"
        assert q["phase"] is None or q["phase"] in PHASES, qid
        assert q["phase"] in _allowed_phases(q, by_id), \
            f"{qid}: phase {q['phase']} follows neither the technique nor the seed section it stands under"
        assert q["interaction"] and set(q["interaction"]) <= set(INTERACTIONS) | {"any"}, qid
        assert q["source"] in ("seed", "added", "variant"), qid
        assert isinstance(q["crisis_ok"], bool), qid
        assert isinstance(q["sections"], list), qid
        assert q["technique"] != "none", f"{qid}: 'none' has cues only, no questions"


def test_interaction_follows_the_seed_sections(questions):
    for q in questions:
        inter = set(q["interaction"])
        for section in q["sections"]:
            if "bezoekerstypische" in section:
                assert inter & {"visitor", "any"}, q["id"]
            elif "klaagtypische" in section:
                assert inter & {"complainant", "any"}, q["id"]
            else:
                assert "any" in inter, q["id"]


def test_crisis_ok_follows_the_technique(questions):
    never = {"problem", "perspective", "mirroring", "consequences"}
    always = {"coping", "scaling", "hope", "safety", "next_step", "mandate", "acknowledgement", "summary"}
    for q in questions:
        if q["technique"] in never:
            assert q["crisis_ok"] is False, q["id"]
        if q["technique"] in always and q["source"] == "added":
            assert q["crisis_ok"] is True, q["id"]
    assert all(q["crisis_ok"] for q in questions if q["technique"] in {"coping", "safety", "mandate", "scaling"})


def test_added_questions(questions):
    added = [q for q in questions if q["source"] == "added"]
    assert all(q["sections"] == [] for q in added)
    safety = [q for q in added if q["technique"] == "safety"]
    mandate = [q for q in added if q["technique"] == "mandate"]
    assert len(safety) >= 6, [q["text"] for q in safety]
    assert len(mandate) >= 4, [q["text"] for q in mandate]
    assert all(q["phase"] == "current" and q["crisis_ok"] for q in safety)
    assert all(q["phase"] == "next_step" for q in mandate)


def test_every_technique_has_name_phase_description_lookup_and_cues(data):
    techniques = data["techniques"]
    assert set(techniques) == set(TECHNIQUES)
    for tid, t in techniques.items():
        assert t["name"] and t["description"], tid
        assert t["phase"] == TECHNIQUE_PHASE[tid], tid
        assert t["lookup"] and all(w == w.lower() for w in t["lookup"]), tid
        cues = t["cues"]
        if tid != "none":
            assert len(cues) >= 8, f"{tid}: {len(cues)} cues"
        assert 12 <= len(cues) <= 80, f"{tid}: {len(cues)} cues (want 12-80)"
        assert len(set(cues)) == len(cues), f"{tid}: repeated cue"
        for cue in cues:
            assert re.fullmatch(r"[a-zà-ÿ ]+", cue) and cue == cue.strip(), \
                f"{tid}: cue {cue!r} must be recognizer-style (lower case, no punctuation, numbers as words)"


# ---------------------------------------------------------------- crises

_ALTERNATIVE = re.compile(r"[a-z]+\*?( ([a-z]+\*?|\*))*")  # a lone * is a gap of up to three words


def _check_rules(where: str, rules) -> None:
    assert isinstance(rules, list) and rules, f"{where}: no cue rules"
    for rule in rules:
        groups = rule["all"]
        assert isinstance(groups, list) and groups, f"{where}: {rule!r}"
        for group in groups:
            for alt in group.split("|"):
                assert _ALTERNATIVE.fullmatch(alt), f"{where}: bad alternative {alt!r} (lower case, no accents, * at a word end or alone as a gap)"


def test_crises(data):
    crises = data["crises"]
    assert set(crises) == set(CRISES)
    for cid, c in crises.items():
        assert c["name"], cid
        assert c["first"] == ("safety" if cid in ("suicide", "unsafe_vulnerable") else "coping"), cid
        assert c["role"] in ("instrueren", "sturen"), cid
        assert 3 <= len(c["guidance"]) <= 7, cid
        _check_rules(cid, c["cues"])
    assert "meldcode" in " ".join(crises["unsafe_vulnerable"]["guidance"]).lower()
    life = data["life_events"]
    assert life["name"] and life["guidance"]
    _check_rules("life_events", life["cues"])


def test_interaction_types_roles_and_guidance(data):
    assert set(data["interaction_types"]) == set(INTERACTIONS)
    for iid, it in data["interaction_types"].items():
        assert it["name"] and it["description"] and it["how"], iid
    assert set(data["roles"]) == {"instrueren", "sturen", "helpen"}
    g = data["guidance"]
    assert g["opening"] == "Hoe kan ik helpen?"
    assert g["attitude"] and g["crisis"]


# ---------------------------------------------------------------- with the project's own loader

def test_project_loader_accepts_the_bank():
    bank_mod = pytest.importorskip("voice_companion.bank")
    bank = bank_mod.load_bank(BANK_PATH)
    assert set(bank.techniques) == set(TECHNIQUES)
    assert set(bank.crises) == set(CRISES)


CRISIS_EXAMPLES = [
    # written for this test (not taken from the evaluation data)
    ("de deurwaarder komt overmorgen de sleutels halen", {"eviction"}),
    ("je wordt volgende week ontruimd", {"eviction"}),
    ("je moet over twee weken je huis uit", {"eviction"}),
    ("het energiebedrijf sluit morgen de stroom af", {"utility_cutoff"}),
    ("jullie zitten al drie dagen zonder gas", {"utility_cutoff"}),
    ("ze hebben het water dichtgedraaid", {"utility_cutoff"}),
    ("je wilt er een eind aan maken", {"suicide"}),
    ("je hebt pillen opgespaard", {"suicide"}),
    ("je ziet het leven niet meer zitten", {"suicide"}),
    ("hij heeft je met een mes bedreigd", {"unsafe_vulnerable"}),
    ("de baby is niet veilig bij hem", {"unsafe_vulnerable"}),
    ("je opa is gevallen en kan niet opstaan", {"unsafe_vulnerable"}),
    ("je moeder is vorige week overleden", {"life_event"}),
    ("je bent net gescheiden", {"life_event"}),
    # ordinary talk fires nothing
    ("je telefoonrekening is nog niet betaald", set()),
    ("je bent moe na een lange werkdag", set()),
    ("je hoofd doet pijn", set()),
    ("zullen we het gesprek zo afsluiten", set()),
    ("heb je vannacht een beetje geslapen", set()),
    ("je ziet geen licht meer aan het einde van de tunnel", set()),
    ("heb je je medicijnen vandaag ingenomen", set()),
    ("je mag altijd ophangen als je wilt", set()),
    ("hoe lukt het je om te overleven", set()),
    ("je hebt veel veerkracht", set()),
    ("je hebt flinke klappen gehad in je leven", set()),
]


@pytest.fixture(scope="module")
def detector():
    crisis_mod = pytest.importorskip("voice_companion.crisis")
    bank_mod = pytest.importorskip("voice_companion.bank")
    return crisis_mod.CrisisDetector(bank_mod.load_bank(BANK_PATH))


@pytest.mark.parametrize(("utterance", "expected"), CRISIS_EXAMPLES)
def test_crisis_cues_are_specific(detector, utterance, expected):
    found = {hit.crisis for hit in detector.detect(utterance)}
    assert found == expected, f"{utterance!r}: {found} ({[h.trigger for h in detector.detect(utterance)]})"


def test_no_crisis_rule_hangs_on_a_word_every_worker_line_has(data):
    """The normaliser folds jullie/jij/jou/jouw/u/uw to "je", the word nearly every worker line holds: "jullie" as
    one of a rule's alternatives ("bang dat hij ... jullie") then lets that condition hold on any line addressed to
    the caller. Where the rule means "you", it says "je" itself (and knows it adds nothing)."""
    from voice_companion.text import normalize

    def rules(node):
        if isinstance(node, dict):
            if "all" in node and isinstance(node["all"], list):
                yield node
            for value in node.values():
                yield from rules(value)
        elif isinstance(node, list):
            for value in node:
                yield from rules(value)

    vacuous = []
    for rule in rules(data["crises"]):
        groups = rule["all"]
        for group in groups if len(groups) > 1 else ():
            alternatives = group.split("|")
            folded = [a for a in alternatives if normalize(a) == "je" and a != "je"]
            if folded and "je" not in alternatives:
                vacuous.append((folded, group[:80]))
    assert not vacuous, vacuous
