"""Round 36: all own examples, not taken from the holdouts. Ordinary talk that stays: an amount of money after the
word for what it is for when that word ends in a money noun ("de zorgtoeslag honderdtwintig", "de huurtoeslag
tweehonderd per maand"). Secrets that go: a phone number whose leading zero is glued to the next number word
("nulzes", "nultwintig"), a relative named with a first name and a surname after "is" / "heet" where the first name is
a short southern form that is also a word ("je opa is jeu driessen"), and a word of a name or an e-mail address spelled
again after a remark on its letters ("met twee a's dus ...", "met dubbel s dus ...").
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, round_tests

SECRET_CASES = [
    # 2. a leading zero glued to the next number word
    (["ik noteer nulzes vierentwintig achttien dertig negen"], "nulzes vierentwintig achttien dertig negen"),
    (["bel me maar op nulzes eenentwintig drieenveertig vijfenzestig zeven"], "nulzes eenentwintig zeven"),
    (["het vaste nummer is nultwintig vijf vier drie twee een nul nul"], "nultwintig vijf vier drie twee"),
    (["schrijf op nulzeven twee vijftig dertig tweeëntwintig elf"], "nulzeven vijftig dertig elf"),
    # 3. a relative named with a first name and a surname after "is" / "heet"
    (["dus je opa is jeu driessen"], "jeu driessen"),
    (["mijn oom heet sjaak hermans"], "sjaak hermans"),
    (["en mijn buurman is thei vossen"], "thei vossen"),
    (["je vader is jeu hendriks dus"], "jeu hendriks"),
    # 4. a word of a name or an e-mail address spelled again after a remark on its letters
    (["mijn mail is fatma punt yilmaz at outlook punt com", "nee met twee a's dus yilmaaz"], "yilmaz yilmaaz"),
    (["mijn achternaam is smits", "met dubbel s dus smitss"], "smits smitss"),
    (["ik ben petra ossendrijver", "met dubbel s dus ossendrijver ja"], "petra ossendrijver"),
    (["mijn mail is kees punt maier at gmail punt com", "met een y dus mayer"], "maier mayer"),
]

ORDINARY = [
    # 1. an amount after a word ending in a money noun: no street and house number
    ["de zorgtoeslag honderdtwintig"],
    ["de huurtoeslag tweehonderd per maand"],
    ["de kinderopvangtoeslag vierhonderd euro en de huur zevenhonderd"],
    ["mijn uitkering elfhonderd en de zorgpremie honderdvijftig"],
    ["het energiesaldo zeventig en de waterrekening dertig"],
    # near misses: a relative with an ordinary word after "is", a remark on letters with no name or address
    ["mijn vader is erg dement"],
    ["mijn broer is door de mand gevallen"],
    ["je moeder is heel ziek"],
    ["mijn opa speelt jeu de boules"],
    ["ik ben met twee auto's gekomen"],
    ["met twee a's schrijf je dat"],
    ["dat schrijf je met dubbel s"],
    # a zero said on its own stays
    ["het staat nul nul voor ajax"],
    ["het was nul graden vannacht"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
def test_street_with_number_still_goes(run):
    """A street whose name ends like a noun still goes with its house number ("op de dorpsslag twaalf")."""
    out = run(["ik woon op de dorpsslag tweehonderddertig"])
    assert "dorpsslag" not in out[0] and "tweehonderddertig" not in out[0], out
