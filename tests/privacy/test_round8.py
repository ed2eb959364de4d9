"""Round 8: general forms of spoken personal details, each with made-up examples (none taken from
the case files): postcode letters said by their names, doubled, after a word between or corrected
digits, a postcode said again; what is said of an address after it (floor, gallery, addition, "bus");
street names with initials, a number word, a first name or a place's adjective before them, and more
street suffixes; foreign IBANs and an IBAN's head before its digits; an e-mail's local part said apart
or glued; older Dutch first names and surnames that are words; dates with accents, corrections and
feast days. And ordinary talk that must stay as it is said.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, words_left


SECRET = [
    # postcodes: letters by their names, a letter doubled, a word between, corrected digits, said again
    (["vijf twee nul drie ee ef zegt u"], {"vijf", "twee", "nul", "drie", "ee", "ef"}),
    (["twee nul nul vier dubbel ee"], {"twee", "nul", "vier", "ee"}),
    (["vier vier nul een ja en de letters zijn tee uu"], {"vier", "nul", "tee", "uu"}),
    (["zes acht een twee uhm pee es"], {"zes", "acht", "twee", "pee", "es"}),
    (["zes acht een twee wim pieter"], {"zes", "acht", "wim", "pieter"}),
    (["twee vijf een nul nee een twee ka el"], {"vijf", "ka", "el"}),
    (["veertien zesentwintig ee bee of eh zesentwintig ee dee"], {"veertien", "zesentwintig", "bee", "dee"}),
    (["de postcode is 1012 ab of 1012 bv"], {"1012", "ab", "bv"}),
    (["negen vijf vier drie", "em en ja marie nico"], {"negen", "vijf", "vier", "drie", "marie", "nico"}),
    # what is said of an address after it
    (["Vondellaan twaalf derde galerij"], {"vondellaan", "twaalf", "derde", "galerij"}),
    (["Dahliastraat achtendertig toevoeging dee"], {"dahliastraat", "achtendertig", "dee"}),
    (["Molenweg negen bis c"], {"molenweg", "negen", "bis"}),
    (["Schoolstraat eenentwintig achter, het kleine huis"], {"schoolstraat", "eenentwintig", "achter"}),
    (["Kerkstraat zes bus twee"], {"kerkstraat", "zes", "bus"}),
    (["ze woont in de Irisstraat", "zeventien", "eh vier hoog"], {"irisstraat", "zeventien", "vier", "hoog"}),
    (["Rozengracht elf twee hoog nee drie hoog"], {"rozengracht", "elf", "hoog"}),
    # street names: initials, a number word, a first name, a place's adjective, said-apart compounds
    (["J P Coenstraat vijftig"], {"coenstraat", "vijftig"}),
    (["Drie Koningenstraat veertien"], {"drie", "koningenstraat", "veertien"}),
    (["Wilhelmina Druckerstraat zeven"], {"wilhelmina", "druckerstraat", "zeven"}),
    (["Haagse Schouwweg honderdtwaalf"], {"haagse", "schouwweg", "honderdtwaalf"}),
    (["drie en veertig Lindelaan"], {"drie", "veertig", "lindelaan"}),
    (["Halve Maansteeg negen"], {"halve", "maansteeg", "negen"}),
    (["Hengelobocht veertien"], {"hengelobocht", "veertien"}),
    (["Westerdiep zesenzestig"], {"westerdiep", "zesenzestig"}),
    (["Zuidervliet acht"], {"zuidervliet", "acht"}),
    (["Noordring honderdvijf"], {"noordring", "honderdvijf"}),
    (["ze woont bij de Zonneweide negen in het dorp"], {"zonneweide", "negen"}),
    # IBAN: a foreign country spelled, the head before its digits, a start given up
    (["f r zeventien drie nul nul nul vier nul drie twee eh vijf acht nul nul"],
     {"zeventien", "drie", "vier", "vijf", "acht"}),
    (["triodos nul twee vijf acht vier drie een zeven zes negen"], {"triodos", "vijf", "zeven", "negen"}),
    (["nl tachtig knab nul zes zes nee sorry nl tachtig knab nul zeven zes vier vier een twee drie drie een"],
     {"zes", "zeven", "vier", "een", "twee", "drie"}),
    # BSN with a doubled first digit
    (["dubbel twee drie vier vijf zes zeven acht negen"], {"twee", "drie", "vier", "vijf", "zes"}),
    # e-mail: "op" heard for "at", "at-teken", a country's domain, the local part after, glued
    (["henk zeventig op ziggo punt nl"], {"henk", "zeventig", "ziggo"}),
    (["bram at-teken outlook punt com"], {"bram", "outlook"}),
    (["tomas punt novak at seznam punt cz"], {"tomas", "novak", "seznam", "cz"}),
    (["apenstaartje gmail punt com en daarvoor kim punt de haan"], {"gmail", "kim", "haan"}),
    (["a de graaf at gmail punt com dus adegraaf"], {"graaf", "adegraaf"}),
    # names: a spelled surname, older first names, a surname that is a word
    (["Wojcik met w o j c i k"], {"wojcik"}),
    (["Ineke Schilder ja"], {"ineke", "schilder"}),
    (["Herman Timmerman klopt"], {"herman", "timmerman"}),
    (["Anneke Rosa oké"], {"anneke", "rosa"}),
    # dates of birth
    (["drieëntwintig vier achtentachtig"], {"drieentwintig", "vier", "achtentachtig"}),
    (["vijf mei nee zes mei negentien zeventig"], {"vijf", "mei", "zes", "negentien", "zeventig"}),
    (["hij is geboren op tweede kerstdag tweeënzestig"], {"kerstdag", "tweeenzestig"}),
    (["geboren op twaalf juni negentien eh vierenzestig"], {"twaalf", "juni", "vierenzestig"}),
    (["zeven augustus zes en tachtig ja"], {"zeven", "augustus", "tachtig"}),
]


@pytest.mark.parametrize("how", sorted(RUNS))
@pytest.mark.parametrize("lines,secret", SECRET)
def test_secret_gone(lines: list[str], secret: set[str], how: str) -> None:
    out = RUNS[how](lines)
    assert not (secret & words_left(out)), out


ORDINARY = [
    "de rekening is van twee februari",
    "het pakket is van vijf maart",
    "ik woon op drie hoog",
    "ik spreek frans en engels",
    "ik zat twee uur in de zithoek",
    "we reden veel te hard door de bocht",
    "mijn verzekering belt morgen terug",
    "op eerste kerstdag zijn we bij oma",
    "de trein van twaalf vierendertig had vertraging",
    "ik heb dubbel betaald",
    "dat kost dubbel zo veel",
    "bus twaalf gaat om drie uur",
    "ik heb het zes keer nee zeven keer gezegd",
    "ik kom om tien nee elf uur",
    "de derde galerij is afgesloten",
    "hij woont achter de kerk",
    "de koeien staan in de weide",
    "we hebben een boomgaard met twee appelbomen",
    "het was in negentien vijfentachtig en ik was twintig",
    "het is twee nul voor de thuisclub",
    "de vergadering duurde drie uur",
    "ik heb vier kinderen en twee kleinkinderen",
    "de brief kwam op vier mei",
    "het huis is van negentien zeventig denk ik",
    "er staan drie bomen op de hoek",
]


@pytest.mark.parametrize("how", sorted(RUNS))
@pytest.mark.parametrize("line", ORDINARY)
def test_ordinary_kept(line: str, how: str) -> None:
    assert RUNS[how]([line]) == [line]
