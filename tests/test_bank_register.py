"""The bank speaks the worker's register: every question that can be suggested exists in "je"
and in "u" (or fits both), the seed's wording stays verbatim and its twin is marked as a
variant of it; the crisis protocols' questions exist.

Runs against prompts/nl.yaml as stored (YAML) and through the project's own loader.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import REPO, run_cli
from test_bank_seed_coverage import CONCEPT_TERMS, SEED_COPY, norm, seed_segments

BANK_PATH = REPO / "prompts" / "nl.yaml"
OTHER = {"je": "u", "u": "je"}

# Words that mark the register. A "je" question addresses the caller with je/jij/jou/jouw/jezelf,
# a "u" question with u/uw/uzelf; a neutral one with neither (an imperative such as "vertel eens"
# fits both registers).
JE_WORDS = {"je", "jij", "jou", "jouw", "jezelf", "jijzelf"}
U_WORDS = {"u", "uw", "uzelf", "uwe"}
# Verb forms that do not go with "u" (Hoe houd u, Hoe red u, Ben u, Heb u, Kun u ...).
JE_VERB_BEFORE_U = re.compile(r"\b(houd|red|ben|heb|kun|denk|vind|doe|ga|krijg|neem|wil)\s+u\b", re.I)

# The crisis protocols' questions (ids the protocol items refer to): id -> (text, about)
PROTOCOL_QUESTIONS = {
    # suicide
    "safety.hoe-zou-je-het-doen": ("Heb je er al over nagedacht hoe je het zou doen?", "caller"),
    "safety.middelen-buiten-bereik": ("Kun je de pillen, of wat je klaar hebt liggen, nu buiten bereik leggen "
                                      "of aan iemand meegeven?", "caller"),
    "safety.ben-je-nu-alleen": ("Ben je nu alleen?", "caller"),
    "safety.ketenpartners": ("Wie kunnen we vannacht inschakelen: je huisarts of de huisartsenpost, "
                             "de crisisdienst, 113?", "caller"),
    "safety.afspraak-voor-vannacht": ("Wat spreken we af voor vannacht, tot je morgen je huisarts belt?", "caller"),
    "safety.als-het-erger-wordt": ("Wat doe je als het vannacht toch erger wordt?", "caller"),
    # a vulnerable person not safe: about the person at risk
    "safety.persoon-nu-veilig": ("Is degene om wie je je zorgen maakt nu veilig?", "other"),
    "safety.wie-is-er-nu-bij": ("Wie is er nu bij hem of haar?", "other"),
    "safety.wie-kan-erheen": ("Wie kan er nu naartoe gaan?", "other"),
    "safety.politie-of-112": ("Zullen we nu de politie bellen, of 112 bij direct gevaar?", "other"),
    "safety.veilig-thuis": ("Ik moet hier iets mee doen en neem contact op met Veilig Thuis; hoe is dat voor je?",
                            "other"),
    # eviction and cut-off
    "coping.wat-kun-je-zelf-nog-doen": ("Wat kun je zelf, of met mensen om je heen, vannacht nog doen?", "caller"),
    "safety.kwetsbaren-in-huis": ("Zijn er kinderen of andere kwetsbare mensen in huis die hier last van hebben?",
                                  "other"),
    "safety.warm-en-drinkwater": ("Heeft iedereen in huis het warm genoeg en genoeg drinkwater?", "other"),
    "next_step.overdracht-morgen": ("Wie pakt dit morgenochtend met je op: zal ik het overdragen aan het wijkteam "
                                    "of de schuldhulpverlening?", "caller"),
    "mandate.tijdelijk-en-met-mandaat": ("Als jij dat goed vindt, neem ik dit vannacht tijdelijk van je over; "
                                         "morgen neem je het zelf weer op. Is dat goed?", "caller"),
}
# Existing safety questions that ask about a third person, not the caller.
ABOUT_OTHER = {"safety.zijn-de-kinderen-nu-veilig", "safety.iemand-in-huis-in-gevaar"}


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-zà-ÿ]+", text.lower()))


def register_of(text: str) -> str | None:
    """The register the words mark: je, u, neutral, or None when they mark both."""
    w = words(text)
    je, u = bool(w & JE_WORDS), bool(w & U_WORDS)
    if je and u:
        return None
    return "je" if je else "u" if u else "neutral"


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return yaml.safe_load(BANK_PATH.read_text(encoding="utf-8"))["questions"]


@pytest.fixture(scope="module")
def by_id(raw) -> dict[str, dict]:
    return {q["id"]: q for q in raw}


@pytest.fixture(scope="module")
def twins(raw) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for q in raw:
        if q.get("variant_of"):
            out.setdefault(q["variant_of"], []).append(q)
    return out


# ---------------------------------------------------------------- the helpers themselves

@pytest.mark.parametrize(("text", "expected"), [
    ("Hoe houdt u het vol?", "u"),
    ("Hoe houd je het vol?", "je"),
    ("Wat gaat er goed in jouw leven?", "je"),
    ("Wat gaat er goed in uw leven?", "u"),
    ("Wat gaat er goed, vertel eens…?", "neutral"),
    ("Is er iemand in huis die gevaar loopt?", "neutral"),
    ("Hoe houd je het vol, en hoe redt u het?", None),
])
def test_register_of_reads_the_pronouns(text, expected):
    assert register_of(text) == expected


# ---------------------------------------------------------------- every question has a register

def test_every_question_states_its_register(raw):
    missing = [q["id"] for q in raw if q.get("register") not in ("je", "u", "neutral")]
    assert not missing, f"questions without register: je|u|neutral: {missing}"


def test_the_register_is_the_one_the_words_mark(raw):
    wrong = [(q["id"], q["register"], register_of(q["text"])) for q in raw if register_of(q["text"]) != q["register"]]
    assert not wrong, "register does not match the words (id, stated, read from the text):\n" + \
        "\n".join(f"  - {w}" for w in wrong)


def test_u_questions_use_u_verb_forms(raw):
    wrong = [(q["id"], q["text"]) for q in raw if q["register"] == "u" and JE_VERB_BEFORE_U.search(q["text"])]
    assert not wrong, f"a je verb form before 'u' (Hoe houd u -> Hoe houdt u): {wrong}"


# ---------------------------------------------------------------- twins

def test_every_non_neutral_question_has_exactly_one_twin_in_the_other_register(raw, twins):
    originals = [q for q in raw if q["source"] != "variant"]
    problems = []
    for q in originals:
        found = [t for t in twins.get(q["id"], []) if t["register"] != "neutral"]  # a neutral wording: below
        if q["register"] == "neutral":
            if found:
                problems.append(f"{q['id']}: neutral (fits both registers) but has twins {[t['id'] for t in found]}")
            continue
        if len(found) != 1:
            problems.append(f"{q['id']} ({q['register']}): {len(found)} twins, want exactly one")
            continue
        twin = found[0]
        want_register = OTHER[q["register"]]
        if twin["register"] != want_register or twin["id"] != f"{q['id']}.{want_register}":
            problems.append(f"{q['id']}: twin {twin['id']} ({twin['register']}) should be "
                            f"{q['id']}.{want_register} in '{want_register}'")
    assert not problems, "\n".join(problems)


def test_a_neutral_wording_is_one_per_question_and_marked_as_such(raw, twins):
    """Some questions a worker hears early also have a wording without je or u (for the first lines of a call,
    before the register is sure); it is a variant of a question that has its je/u twin, never of a neutral one."""
    neutral = [t for t in raw if t["source"] == "variant" and t["register"] == "neutral"]
    assert neutral, "no neutral wordings at all"
    for t in neutral:
        assert t["id"] == f"{t['variant_of']}.neutral", t["id"]
        family = twins[t["variant_of"]]
        assert sorted(x["register"] for x in family) in (["je", "neutral"], ["neutral", "u"]), t["id"]
        assert not words(t["text"]) & (JE_WORDS | U_WORDS), f"{t['id']}: {t['text']!r} says je or u"


def test_twins_keep_the_labels_of_their_original(raw, by_id):
    for t in (q for q in raw if q["source"] == "variant"):
        original = by_id.get(t["variant_of"])
        assert original is not None, f"{t['id']}: variant_of {t['variant_of']!r} is not in the bank"
        assert original["source"] in ("seed", "added"), f"{t['id']}: a twin of a twin"
        for key in ("technique", "phase", "interaction", "crisis_ok"):
            assert t[key] == original[key], f"{t['id']}: {key} {t[key]!r} differs from {original['id']}'s {original[key]!r}"
        assert t.get("about", "caller") == original.get("about", "caller"), f"{t['id']}: about differs"
        assert t["sections"] == [], f"{t['id']}: a twin does not stand in the seed; its original names the sections"
        assert t["text"] != original["text"]


def test_a_twins_text_is_really_in_its_register(raw):
    for t in (q for q in raw if q["source"] == "variant" and q["register"] != "neutral"):
        w = words(t["text"])
        if t["register"] == "je":
            assert w & JE_WORDS and not w & U_WORDS, f"{t['id']}: {t['text']!r} is not a je question"
        else:
            assert w & U_WORDS and not w & JE_WORDS, f"{t['id']}: {t['text']!r} is not a u question"


def test_twins_are_not_passed_off_as_the_seeds_words(raw):
    """A twin rewords the seed: its text is not a question the seed quotes."""
    segments = {norm(s) for s in seed_segments(SEED_COPY.read_text(encoding="utf-8"))} - set(CONCEPT_TERMS)
    variants = [t for t in raw if t["source"] == "variant"]
    assert variants, "no twins at all"
    quoted = [t["id"] for t in variants if norm(t["text"]) in segments]
    assert not quoted, f"twins whose text is the seed's own wording (mark it seed, not variant): {quoted}"


def test_the_seeds_wording_is_kept_and_the_coping_questions_exist_in_je(by_id):
    # the examples the method and the issue name, in both registers
    pairs = [("coping.hoe-houdt-u-het-vol", "Hoe houdt u het vol?", "Hoe houd je het vol?"),
             ("coping.hoe-redt-u-het", "Hoe redt u het?", "Hoe red je het?"),
             ("hope.waar-hoopt-u-op", "Waar hoopt u op?", "Waar hoop je op?")]
    for qid, seed_text, je_text in pairs:
        assert by_id[qid]["text"] == seed_text and by_id[qid]["source"] == "seed"
        assert by_id[f"{qid}.je"]["text"] == je_text
    scaling = by_id["scaling.rust-en-overzicht-u.je"]["text"]
    assert "waar zit je dan nu" in scaling and scaling.startswith("Als 10 rust en overzicht is en 0 chaos")


def test_the_opening_is_the_seeds_and_fits_both_registers(raw):
    opening = [q for q in raw if q["text"] == "Hoe kan ik helpen?"]
    assert len(opening) == 1 and opening[0]["register"] == "neutral" and opening[0]["source"] == "seed"


# ---------------------------------------------------------------- the crisis protocols' questions

@pytest.mark.parametrize("qid", sorted(PROTOCOL_QUESTIONS))
def test_protocol_question_exists(by_id, twins, qid):
    text, about = PROTOCOL_QUESTIONS[qid]
    q = by_id.get(qid)
    assert q is not None, f"{qid} is missing (a crisis protocol item refers to it)"
    assert q["text"] == text
    assert q["source"] == "added" and q["crisis_ok"] is True and q["interaction"] == ["any"], qid
    assert q.get("about", "caller") == about, qid
    assert qid.startswith(q["technique"] + ".")
    if q["register"] != "neutral":
        assert [t["id"] for t in twins.get(qid, [])] == [f"{qid}.u"], qid


def test_third_person_safety_questions_are_about_another(by_id):
    for qid in ABOUT_OTHER:
        assert by_id[qid].get("about") == "other", qid
    others = [q for q in by_id.values() if q["technique"] == "safety" and q.get("about", "caller") == "other"]
    assert len(others) >= 9, [q["id"] for q in others]


def test_there_are_several_hope_questions_in_each_register(raw):
    hope = [q for q in raw if q["technique"] == "hope"]
    for register in ("je", "u"):
        fitting = [q for q in hope if q["register"] in (register, "neutral")]
        assert len(fitting) >= 6, (register, [q["text"] for q in fitting])


# ---------------------------------------------------------------- the project's loader and CLI

def test_loader_reads_register_twins_and_about(bank):
    q = bank.questions["coping.hoe-houdt-u-het-vol.je"]
    assert (q.register, q.variant_of, q.source) == ("je", "coping.hoe-houdt-u-het-vol", "variant")
    assert bank.questions["safety.persoon-nu-veilig"].about == "other"
    assert bank.questions["coping.hoe-houdt-u-het-vol"].register == "u"


def test_bank_check_passes():
    proc = run_cli("bank", "check")
    assert proc.returncode == 0, proc.stderr.decode()
    assert "ok" in proc.stdout.decode()
