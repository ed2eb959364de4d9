"""Round 5: general spoken-Dutch rules, each with made-up examples (none taken from the case files).

Each rule has cases it must redact and ordinary talk it must leave alone; the leak check is
the evaluator's: no word of the secret survives.
"""

from __future__ import annotations

import pytest

from voice_companion.privacy.redact import Redactor


def _rules(lines: list[str]) -> list[str]:
    return Redactor(tagger=None, window=True).redact_lines(lines)


def _both(lines: list[str]) -> list[str]:
    return Redactor(window=True).redact_lines(lines)


def _left(out: list[str]) -> set[str]:
    return set(" ".join(out).lower().replace(",", " ").split())


SECRET_CASES = [
    # e-mail: the top-level domain as the recognizer writes it ("punt kom", "punt nel")
    (["mail maar naar kees punt visser at hotmail punt kom"], "kees visser hotmail kom"),
    (["het is anja at ziggo punt nel ja"], "anja ziggo nel"),
    # IBAN: "NL" written as one word
    (["enel drieëndertig r a b o nul een twee drie vier vijf zes zeven acht negen"], "drieendertig rabo"),
    (["ennel zevenenveertig i n g b negen acht zeven zes vijf vier drie twee een"], "zevenenveertig ingb"),
    # postcode: the house number said bare after the letters, as hundreds, with "en" before it
    (["tweeënveertig elf k p negenenzestig toch"], "tweeenveertig elf k p negenenzestig"),
    (["drie vier zes zes r t en vierendertig is het"], "drie vier zes r t vierendertig"),
    (["zeventig twintig b c tweehonderdelf klopt"], "zeventig twintig b c tweehonderdelf"),
    (["ik heb elf negentien d d honderd achttien genoteerd"], "elf negentien d honderd achttien"),
    # postcode letters corrected; a house number's addition from the old city numbering
    (["vijftien drieëntachtig g h eh nee g k toch"], "vijftien drieentachtig g h k"),
    (["zesentwintig tien a b nummer drieëntwintig zwart"], "zesentwintig tien a b drieentwintig zwart"),
    (["de prinsengracht vierhonderdnegen rood"], "prinsengracht vierhonderdnegen rood"),
    # the hundreds of a house number said apart
    (["postcode negentig elf h k nummer vier honderd twaalf"], "negentig elf h k vier honderd twaalf"),
    # a street suffix said apart that is also an ordinary word, after an article
    (["ze woont aan de berken allee zesenveertig"], "berken allee zesenveertig"),
    (["bij de veen pad negentien"], "veen pad negentien"),
    (["de oude molen weg honderdachtentwintig"], "oude molen weg honderdachtentwintig"),
    (["naar de lindehof zes b", ], "lindehof zes"),
    (["aan de kerk hof elf"], "kerk hof elf"),
    # an adjective and a word of the land, then a number
    (["dus lange kamp drieëndertig in het dorp"], "lange kamp drieendertig"),
    (["het is nieuwe brink vier ja"], "nieuwe brink vier"),
    # "boulevard de ..."
    (["boulevard de ruyter eenentwintig"], "boulevard ruyter eenentwintig"),
    # the number first, the street next (same line or the next)
    (["negen", "op de beukenlaan ja"], "negen beukenlaan"),
    (["nummer vijftig zei je", "aan de dorpsstraat"], "vijftig dorpsstraat"),
    (["twaalf b in de vlinderstraat"], "twaalf vlinderstraat"),
    # dates: the month as two digits ("nul acht"), the year as two digits said apart or in the next line
    (["dus achttien nul drie vijf vijf"], "achttien nul drie vijf"),
    (["ze is van drieëntwintig nul vier tweeduizend twee"], "drieentwintig nul vier tweeduizend twee"),
    (["twaalf nul zes en dan het jaar", "negentien achtenzeventig"], "twaalf nul zes negentien achtenzeventig"),
    # a day said apart, a month by its name and a year, no cue
    (["ik noteer zes en twintig oktober negentien eenennegentig"], "zes twintig oktober negentien eenennegentig"),
    (["de derde mei tweeduizend en vier"], "derde mei tweeduizend vier"),
    # the date said again or its year said on after a redacted date
    (["geboren op vier vier tweeduizend een zei je vier april"], "vier april tweeduizend een"),
    (["elf nul twee zeven drie dus negentien drieënzeventig"], "elf nul twee zeven drie negentien drieenzeventig"),
    # names from the newcomers' list, without a cue or after a weak one
    (["heeft burak je toen geholpen"], "burak"),
    (["ja katarzyna dat hoor ik"], "katarzyna"),
    (["mijn vriend mo belt morgen"], "mo"),
]

ORDINARY = [
    "jan en alleman kan dat zien",
    "dat is voor jan met de pet niet te betalen",
    "hij liep weg twee keer op een avond",
    "ik ga weg om negen uur",
    "ze is weg vijf minuten geleden",
    "op de hoge berg zeven koeien",
    "ik ben twee keer op de kalverstraat geweest",
    "er waren drie mensen op de markt",
    "het pad twee keer gelopen",
    "kom je morgen punt uit",
    "het is drie uur op de klok",
    "de postcode weet ik niet meer, ik ben twee keer verhuisd",
    "een vier op een schaal van tien",
    "we hadden het over de weg naar huis",
    "ik lag op de bank van negen tot elf",
    "om zeventien nul vijf gaat de trein",
    "ik zit in kamer twee nul vier",
    "op vijf mei ben ik jarig geweest, toen was het feest",
    "het was een vier nul voor ajax",
]


@pytest.mark.parametrize("run", [_rules, _both])
@pytest.mark.parametrize("lines, secret", SECRET_CASES)
def test_secret_gone(run, lines, secret):
    out = run(lines)
    left = _left(out) - {"de", "het", "en", "a", "b", "zei", "je", "nummer", "ja"}
    from voice_companion.privacy.spoken import fold

    leaked = [w for w in secret.split() if fold(w) in {fold(x) for x in left}]
    assert not leaked, (out, leaked)


@pytest.mark.parametrize("run", [_rules, _both])
@pytest.mark.parametrize("line", ORDINARY)
def test_ordinary_kept(run, line):
    assert run([line]) == [line]
