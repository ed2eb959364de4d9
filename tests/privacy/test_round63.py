"""Round 63: what holdout BG left (and BC's one over-redacted line), as forms: J. a street whose first word is an
everyday word before the redacted rest of its name, read back ("ik schrijf <word> <street> <number>"); K. a written
name whose first word opens the sentence before the redacted rest (a surname said first, before "is je collega");
L. a postcode said in pairs or digit by digit, then "en dan" and its two letter names; M. what stays: a painter or
thinker known by one name, spoken of on its own. All own examples, not taken from the holdouts.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import assert_no_rule_error, round_tests
from voice_companion.privacy.redact import Redactor

SECRET_CASES = [
    # J. a street's everyday first word before the rest of its name, read back or said as the address
    (["ik schrijf zuider buitenweg achttien"], "zuider"),
    (["ik schrijf het op, oude kerkstraat negen"], "oude"),
    (["ik noteer lange nieuwstraat drie", "en de huur is zevenhonderd euro"], "lange"),
    (["ik schrijf dus kromme singel elf"], "kromme"),
    (["het adres is hoge dijk vijftien"], "hoge"),
    (["ik woon op nieuwe gracht veertig"], "nieuwe"),
    (["ik schrijf even korte hofweg zes in leiden"], "korte"),
    # K. a written name whose first word opens the sentence, before the redacted rest
    (["Chen Mei is je collega in het magazijn."], "chen"),
    (["Kim Sanne is je begeleider op school."], "kim"),
    (["Zo. Nguyen Van Anh is je teamleider."], "nguyen"),
    (["Wit Pieter werkt ook in de nachtdienst."], "wit"),
    (["Tan Lucas heeft je rooster gemaakt."], "tan"),
    # L. a postcode in pairs or digit by digit, then "en dan" and its two letter names
    (["dus zevenenveertig eenendertig en dan ka el in tilburg"], "zevenenveertig"),
    (["dus zevenenveertig eenendertig en dan ka el in tilburg"], "el"),
    (["het is twaalf vierendertig en dan ee ef"], "vierendertig"),
    (["drie acht een twee en dan pee ka klopt dat"], "pee"),
    (["negenentachtig nul vijf dan es tee"], "negenentachtig"),
    (["mijn postcode is vijftig zesentwintig en dan gee ha"], "zesentwintig"),
    # a name and an address next to a one-name painter still go
    (["mijn zoon rembrandt is vannacht niet thuisgekomen"], "rembrandt"),
    (["ik heet vermeer en ik woon op de kerkweg twaalf"], "kerkweg"),
    (["hallo met rembrandt de vries"], "vries"),
    (["je huisarts is dokter vermeer zei je"], "vermeer"),
    (["de afspraak is bij meneer spinoza op dinsdag"], "spinoza"),
]

ORDINARY = [
    # J near misses: counts, pages, times and amounts after "ik schrijf", a street talked of without a number
    ["ik schrijf hoofdstuk drie"],
    ["ik schrijf het op, morgen om negen uur"],
    ["ik noteer even twee afspraken"],
    ["ik schrijf een brief aan de woningcorporatie"],
    ["ik schrijf dus drie sollicitaties per week"],
    ["ik noteer dat je om acht uur begint"],
    ["ik schrijf het op in mijn schrift"],
    ["de huur is negenhonderd euro per maand"],
    ["ik schrijf mee", "en de huur is achthonderd euro"],
    ["ik herhaal even wat je zei"],
    ["ik lees het terug en dan kijken we verder"],
    ["je loopt over de lange brug naar het station"],
    ["de markt is op zaterdag op het plein"],
    # K near misses: a plain word opening a sentence before a role, written lines without a name
    ["Dat is je collega in de keuken."],
    ["Zij is je leidinggevende op de afdeling."],
    ["Hij werkt ook zestig uur per week."],
    ["Oké. Die collega werkt ook in de keuken."],
    ["Gisteren heeft je baas je rooster veranderd."],
    ["Je collega in de keuken werkt ook nachten."],
    ["Niemand is je vijand hier."],
    ["Wie is je teamleider op de afdeling?"],
    ["Het restaurant is dicht op maandag."],
    # L near misses: times, prices and counts before "en dan"
    ["om tien twintig en dan ga je naar huis"],
    ["de trein van vijf over negen en dan de bus"],
    ["je werkt van zeven tot vijftien en dan heb je vrij"],
    ["eerst tweeëntwintig dertig en dan slapen"],
    ["twee en dan nog drie pillen"],
    ["vijftig euro en dan nog twintig voor het eten"],
    ["twaalf uur werken en dan naar huis"],
    ["het kost drieëntwintig vijftig en dan ben je klaar"],
    ["vier vijf en dan is het weekend"],
    ["je hebt acht dertig en dan een pauze"],
    ["een twee drie en dan de a zeven op"],
    # M. a painter or thinker known by one name, spoken of on its own
    ["rembrandt had ook veel verdriet in zijn leven zei je"],
    ["vermeer schilderde heel rustige kamers"],
    ["spinoza schreef over vrijheid", "dat las je vroeger op school"],
    ["je denkt vaak aan rembrandt als je in amsterdam loopt"],
    ["erasmus had het ook niet makkelijk zei je"],
    ["die poster van mondriaan hangt in je kamer"],
    ["escher tekende trappen die nergens heen gaan"],
    ["multatuli schreef dat boek over indië"],
    ["Rembrandt heeft ook een moeilijke tijd gehad."],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    """No round 63 rule fails on its own lines (a failing rule drops the whole line, which would hide a leak)."""
    assert_no_rule_error([c[0] for c in SECRET_CASES] + ORDINARY)


@pytest.mark.parametrize("text", ["ik schrijf zuider buitenweg achttien", "Chen Mei is je collega.",
                                  "dus zevenenveertig eenendertig en dan ka el"])
def test_idempotent(text):
    """Redacting twice gives the same text as once."""
    once = Redactor().redact_text(text)[0]
    assert Redactor().redact_text(once)[0] == once
