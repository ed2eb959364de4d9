"""Round 6: ordinary talk that was over-redacted, and general spoken-Dutch rules for the leaks of the
development holdouts, each with made-up examples (none taken from the case files).

Each rule has cases it must redact and ordinary talk it must leave alone; the leak check is the
evaluator's: no word of the secret survives.
"""

from __future__ import annotations

import pytest

from .rounds import rules_and_tagger, rules_only
from voice_companion.privacy.spoken import fold


_rules = rules_only
_both = rules_and_tagger


def _left(out: list[str]) -> set[str]:
    return {fold(w) for w in " ".join(out).lower().replace(",", " ").split()}


# ---------------------------------------------------------------------------
# Ordinary talk that must stay as it is said
# ---------------------------------------------------------------------------
ORDINARY = [
    # a date in the story or history (no birth cue, no person next to it)
    "op vijf mei negentien vijfenveertig",
    "de oorlog eindigde op vijf mei negentien vijfenveertig",
    "op elf september tweeduizend een zag ik het op tv",
    "sinds een januari tweeduizend twintig is het rustiger",
    "op negen en twintig mei negentien veertig begon het",
    "tot de vierde juli tweeduizend negentien werkte ik daar",
    # a clock time after "om", "tegen"
    "bel me om acht nul nul",
    "bel me morgen om negen nul nul terug",
    "kun je me tegen zeven dertig bellen",
    "bel me om half negen",
    # what follows "en" after a whole phone number or BSN is something else
    "ik heb een hond en twee kinderen",
]


@pytest.mark.parametrize("run", [_rules, _both])
@pytest.mark.parametrize("line", ORDINARY)
def test_ordinary_kept(run, line):
    assert run([line]) == [line]


KEPT_AFTER_NUMBER = [
    ("mijn nummer is nul zes twaalf vierendertig zesenvijftig achtenzeventig en twee kinderen heb ik",
     "en twee kinderen heb ik"),
    ("nul twintig vier vijf zes zeven acht negen een en drie katten", "en drie katten"),
    ("bsn honderddrieëntwintig vierhonderdzesenvijftig zevenhonderdtweeëntachtig en twee broers", "en twee broers"),
]


@pytest.mark.parametrize("run", [_rules, _both])
@pytest.mark.parametrize("line, tail", KEPT_AFTER_NUMBER)
def test_words_after_a_whole_number_stay(run, line, tail):
    out = run([line])[0]
    assert out.endswith(tail) and "[" in out, out
    assert "twaalf" not in out and "vierhonderdzesenvijftig" not in out and "vier vijf zes" not in out


# ---------------------------------------------------------------------------
# Secrets that must still go
# ---------------------------------------------------------------------------
SECRET_CASES = [
    # a date with a birth cue or a person next to it still goes, also after "op"
    (["mijn moeder is op vijf mei negentien vijftig geboren"], "vijf mei negentien vijftig"),
    (["hij is op twaalf maart negentien zestig overleden"], "twaalf maart negentien zestig"),
    (["op drie juni negentien tachtig is mijn vader overleden"], "drie juni negentien tachtig"),
    (["ik schrijf het op de zesde maart zevenentachtig"], "zesde maart zevenentachtig"),
    (["wat is je geboortedatum", "op zeven juli negentien negentig"], "zeven juli negentien negentig"),
    (["dus elf oktober negentien achtenzestig"], "elf oktober negentien achtenzestig"),
    # a phone number said with "om" in the line, a number that goes on after "en" before it is whole
    (["bel me op nul zes een twee drie vier vijf zes zeven acht om acht uur"], "zes een twee drie vier vijf zeven"),
    (["nul zes twaalf vierendertig zesenvijftig zeven en acht"], "zes twaalf vierendertig zesenvijftig zeven acht"),
]


@pytest.mark.parametrize("run", [_rules, _both])
@pytest.mark.parametrize("lines, secret", SECRET_CASES)
def test_secret_gone(run, lines, secret):
    out = run(lines)
    left = _left(out)
    leaked = [w for w in secret.split() if fold(w) in left]
    assert not leaked, (out, leaked)


# ---------------------------------------------------------------------------
# Names: Frisian first names, surnames that start with a place ("In het Veld"), a name after
# "ik hoor het", a name said with how it is spelled
# ---------------------------------------------------------------------------
NAME_CASES = [
    (["ik schrijf op sietske hoekstra"], "sietske hoekstra"),
    (["even controleren wiebe de vries is dat uw broer"], "wiebe vries"),
    (["jorrit de haan uit leeuwarden belde"], "jorrit haan"),
    (["goedenavond meneer op de beek"], "beek"),
    (["dag mevrouw in 't veld, hoe is het"], "veld"),
    (["mijn naam is in het veld"], "veld"),
    (["ik snap het femke, je bent moe"], "femke"),
    (["dus el amrani met een e aan het eind"], "amrani"),
    (["meneer [naam] kaya met een k"], "kaya"),
    (["de achternaam is", "vanderstraaten", "met dubbel a"], "vanderstraaten"),
    (["mevrouw dekkers", "met k s aan het eind"], "k s"),
]


@pytest.mark.parametrize("run", [_rules, _both])
@pytest.mark.parametrize("lines, secret", NAME_CASES)
def test_name_gone(run, lines, secret):
    out = run(lines)
    left = _left(out)
    leaked = [w for w in secret.split() if fold(w) in left]
    assert not leaked, (out, leaked)


NAME_ORDINARY = [
    "mevrouw in de war, dat snap ik",
    "meneer in de tuin zei niets",
    "de mevrouw in het veld liep weg",
    "meneer op de bank bij het raam",
    "koffie met een k is grappig",
    "schrijf je dat met een c of met een k",
    "ik ga met de bus",
    "een brief met een b erin",
    "het anna huis is dicht",
]


@pytest.mark.parametrize("run", [_rules, _both])
@pytest.mark.parametrize("line", NAME_ORDINARY)
def test_name_ordinary_kept(run, line):
    assert run([line]) == [line]


# ---------------------------------------------------------------------------
# Numbers: "nou" between the digits of one number, digits said on after "eh wacht" and before
# "nog", postcode letters "de zet" ("de" heard for "dee")
# ---------------------------------------------------------------------------
NUMBER_CASES = [
    (["mijn bsn is een twee drie nou vier vijf zes zeven acht twee"], "twee drie vier vijf zes zeven acht"),
    (["nul zes twaalf nou vierendertig zesenvijftig achtenzeventig"], "twaalf vierendertig zesenvijftig achtenzeventig"),
    (["bel nul zes een twee drie vier vijf eh wacht zes zeven acht nog"], "een twee drie vier vijf zes zeven acht"),
    (["postcode drieëndertig elf de zet ja"], "drieendertig elf zet"),
    (["het was zeventig twintig de ka klopt"], "zeventig twintig ka"),
]


@pytest.mark.parametrize("lines, secret", NUMBER_CASES)
def test_number_gone(lines, secret):
    out = _both(lines)
    left = _left(out)
    leaked = [w for w in secret.split() if fold(w) in left]
    assert not leaked, (out, leaked)


NUMBER_ORDINARY = [
    "ik heb er twee nou drie gehad",
    "wacht even, ik heb nog twee vragen",
    "de zet was goed",
    "hij is twaalf en de zet van zijn moeder deed pijn",
]


@pytest.mark.parametrize("run", [_rules, _both])
@pytest.mark.parametrize("line", NUMBER_ORDINARY)
def test_number_ordinary_kept(run, line):
    assert run([line]) == [line]


# a name after "ik herhaal de naam", "ik noteer uw naam"
@pytest.mark.parametrize("run", [_rules, _both])
@pytest.mark.parametrize("lines, secret", [
    (["ik herhaal de naam yildiz"], "yildiz"),
    (["ik noteer uw naam van der linden"], "linden"),
    (["even kijken, ik lees de naam marwa terug"], "marwa"),
])
def test_name_after_noting(run, lines, secret):
    left = _left(run(lines))
    assert not [w for w in secret.split() if fold(w) in left]


@pytest.mark.parametrize("run", [_rules, _both])
@pytest.mark.parametrize("line", ["ik herhaal de naam van de hond", "ik schrijf de naam op", "ik noteer de naam even"])
def test_noting_a_name_kept(run, line):
    assert run([line]) == [line]
