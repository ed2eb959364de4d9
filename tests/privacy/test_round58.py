"""Round 58: everyday life full of names that are not people's (pets, boats, television and stage figures, roles after
"meneer de", "familie" before a preposition, an institution where one works), with a person's real name right next to
them; a Chinese syllable after a redacted name; a one-word answer to "hoe mag ik je noemen". All own examples, not taken
from the holdouts. Near misses that stay: the pet's, boat's, role's and institution's names.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # A. people next to pets
    (["de hond van meneer de Vries blaft de hele nacht"], "Vries"),
    (["de eigenaar van de kat heet Kees Bakker"], "Kees Bakker"),
    (["onze hond is van Sanne Hoekstra geweest"], "Sanne Hoekstra"),
    (["de dierenarts heet Pieter Wolters"], "Pieter Wolters"),
    (["de dierenarts zei dat mevrouw Kaya moet bellen"], "Kaya"),
    (["mijn buurman Henk Mulder heeft een hond"], "Henk Mulder"),
    # B. people next to boats
    (["de eigenaar van de boot heet Jeroen Smits"], "Jeroen Smits"),
    (["de boot van Jan Visser heet de zwaluw"], "Jan Visser"),
    (["de boot heet de zwaluw en is van Kees Bakker"], "Kees Bakker"),
    # a boat's name alone, its mooring on the next line (a home): it goes, as before
    (["mijn boot heet de meeuw", "die ligt aan de westkade ligplaats negen"], "meeuw westkade"),
    (["we wonen op de woonboot, die heet de reiger, in de haven"], "reiger"),
    (["de boot is van Gerrit Zwart uit lemmer"], "Gerrit Zwart"),
    # C. people next to television and concerts
    (["ik heb met Anouk Verbeek naar de fabeltjeskrant gekeken"], "Anouk Verbeek"),
    (["mijn zus Fenna Bosma kijkt elke avond goede tijden slechte tijden"], "Fenna Bosma"),
    (["we keken goede tijden slechte tijden", "en toen belde Kees Bakker"], "Kees Bakker"),
    (["ik heb een kaartje voor Kees Bakker gekocht"], "Kees Bakker"),
    # D. people after meneer / mevrouw de
    (["mevrouw de Jong belde je gisteren"], "Jong"),
    (["meneer de Wit is de voorzitter van de club"], "Wit"),
    (["mevrouw de Boer van de overkant"], "Boer"),
    (["meneer de voorzitter Jan Smit belde"], "Jan Smit"),
    (["de hond heet Max en de eigenaar heet Kees Bakker"], "Kees Bakker"),
    (["de hond van mevrouw de Groot"], "Groot"),
    # E. a person's name after "familie"
    (["de familie Jansen woont ernaast"], "Jansen"),
    (["de familie van Dijk heeft een parkiet"], "Dijk"),
    (["de familie in de Braak woont hier"], "Braak"),
    # F. a person who works in an institution
    (["mijn collega Ria Postma werkt in het verpleeghuis"], "Ria Postma"),
    # G. a Chinese syllable after a redacted name
    (["dus jij bent liu yang en je studeert in delft"], "liu yang"),
    (["jij bent chen wang en je woont in leiden"], "chen wang"),
    # H. a one-word answer to "hoe mag ik je noemen", and the name again with a surname
    (["hoe mag ik je noemen", "lieve", "lieve de smedt oké"], "lieve smedt"),
    (["hoe mag ik je noemen", "roos"], "roos"),
]

ORDINARY = [
    # A. pets
    ["de hond heet max"],
    ["onze kat heet bella en ze is oud"],
    ["mijn konijn heet snuf en mijn cavia heet dropje"],
    ["ik heb een parkiet die pino heet"],
    ["we hebben een poes die guus heet"],
    ["jullie hond bobby is al twaalf"],
    ["mijn kat luna slaapt bij me"],
    ["haar paard storm staat in de wei"],
    ["de dierenarts zei dat fikkie te dik is"],
    ["de dierenarts zei dat kiki een spuitje krijgt"],
    ["het paard heet bliksem"],
    ["de hond heet ook zo"],
    # B. boats and caravans
    ["de boot heet de jonge maria en is van hout"],
    ["ons schip heet de vrouwe johanna en vaart nog elke zomer"],
    ["de caravan van mijn ouders heet de rode rakker en staat in de schuur"],
    ["de boot ligt in de haven en heet de zwaluw"],
    ["het bootje van opa heet de sterre, daar gingen we mee zeilen"],
    # C. television and stage
    ["meneer de uil uit de fabeltjeskrant"],
    ["vroeger keek ik naar meneer de uil op tv"],
    ["we hebben naar goede tijden slechte tijden gekeken", "en ludo sanders deed weer gemeen"],
    ["ik keek weer de soap", "en laura was weer boos"],
    ["ik heb een kaartje voor jan smit in ahoy"],
    ["we hebben kaartjes voor guus meeuwis in de kuip"],
    # D. roles after meneer de / mevrouw de
    ["meneer de voorzitter van de voetbalclub belde"],
    ["mevrouw de directeur wil me spreken"],
    ["meneer de burgemeester kwam langs"],
    ["mevrouw de rechter was streng"],
    ["meneer de dokter zegt dat het goed komt"],
    ["meneer de pastoor van de kerk"],
    # E. "familie" before a preposition
    ["we waren met de hele familie in het restaurant"],
    ["de familie bij elkaar op kerst"],
    ["met de familie naar het strand"],
    ["de hele familie aan tafel"],
    # F. institutions where one works
    ["je werkt als kok in het verpleeghuis de wielewaal"],
    ["ik werk in het zorgcentrum de eikenhof"],
    ["ze is vrijwilliger op school de regenboog"],
    ["mijn dienst in het verpleeghuis de linde begint om zeven"],
    # the pets' and figures' owners spoken of without a name
    ["de eigenaar van de hond is aardig"],
    ["de boot van mijn vader ligt op de kant"],
    ["hoe mag ik je noemen", "zeg maar niks"],
    ["hoe mag ik je noemen", "weet ik niet"],
    ["jij bent echt lief en je studeert hard"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    """No round 58 rule fails on its own lines (a failing rule drops the whole line, which would hide a leak)."""
    assert_no_rule_error([c[0] for c in SECRET_CASES] + ORDINARY)


@pytest.mark.parametrize("lines", [["de hond heet max"], ["meneer de voorzitter van de voetbalclub belde"],
                                   ["ik werk in het zorgcentrum de eikenhof"],
                                   ["ons schip heet de vrouwe johanna en vaart nog elke zomer"]])
def test_text_path_kept(lines):
    """The text path (no window) keeps the near misses too."""
    from voice_companion.privacy.redact import Redactor

    assert Redactor().redact_text(lines[0])[0] == lines[0]
