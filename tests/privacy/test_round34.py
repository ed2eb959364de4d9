"""Round 34: number pieces next to a number already taken out; all own examples, not taken from the holdouts:
digits said right before a number placeholder ("drie nul vier dus [datum]"), a line of number pieces alone before or after a number taken out or named
("vijf een" / "nee mijn postcode is ...", "je bsn zeg je" / "vier drie twee" / "een nul nul"), and digits with the
number's name in the same line ("zes acht vijf dat is het burgerservicenummer", "nl drie vier"); and ordinary talk
that stays: a number with a unit, a time, a count, a scaling answer alone, numbers with no number taken out or named,
a countdown with no cue.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, round_tests

PHONE = "mijn nummer is nul zes twaalf vierendertig zesenvijftig achtenzeventig"

SECRET_CASES = [
    # 1. digits touching a number placeholder
    (["drie nul vier dus twaalf maart negentien tachtig"], "drie nul vier"),
    (["geboren op twaalf maart negentien tachtig", "een twee dus twaalf maart negentien tachtig"], "een twee"),
    (["nul zes ja nul zes twaalf vierendertig zesenvijftig achtenzeventig"], "nul zes"),
    # 2. a line of number pieces alone, before or after
    (["vijf een", "nee mijn postcode is drie vijf een twee ab"], "vijf een"),
    (["drieenveertig zeventien", "of toch mijn postcode is drie vijf een twee ab"], "drieenveertig zeventien"),
    ([PHONE, "nee zesenvijftig negentig zei je"], "zesenvijftig negentig"),
    (["je bsn zeg je", "vier drie twee", "een nul nul"], "vier drie twee nul"),
    (["wat is je postcode", "tweeentwintig elf en de letters"], "tweeentwintig elf"),
    (["zeven een", "rustig maar ik wacht", "mijn postcode is drie vijf een twee ab"], "zeven"),
    (["dus het is negen nul", "mijn bsn is een twee drie vier vijf zes zeven acht twee"], "negen nul"),
    # 3. digits with the number's name in the same line
    (["zes acht vijf dat is het burgerservicenummer"], "zes acht vijf"),
    (["nl drie vier", "bij de bank"], "drie vier"),
]

ORDINARY = [
    # a number with a unit, a time, a count
    ["ik heb twee drie keer gebeld"],
    ["om tien vijfenveertig ging de bel"],
    ["tien vijfenveertig", "ik ga slapen"],
    ["ik ben drieenveertig jaar"],
    # a scaling answer, an age, alone
    ["een zes"],
    ["zes of zeven"],
    ["ik voel me een vier"],
    # numbers with no number taken out or named
    ["twee drie"],
    ["negen acht zeven zes vijf vier drie twee een"],
    ["we tellen af tien negen acht"],
    ["het is nu drie uur en ik lig wakker"],
    # a number's name with one number or a number with a unit
    ["mijn bsn heb ik twee keer gegeven"],
    ["mijn mobiel is leeg al drie uur"],
    ["ik bel een nul nul ja", "nee ik bel niemand"],
    ["de nl is een mooi land"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
@pytest.mark.parametrize("after", ["en drie katten", "en twee kinderen"])
def test_count_after_number_kept(run, after):
    """A count after a number taken out is no part of it ("[telefoonnummer] en drie katten")."""
    out = run(["nul zes twaalf vierendertig zesenvijftig achtenzeventig " + after])
    assert out[0].endswith(after), out
