"""Round 11: general spoken forms (own examples, not taken from the holdouts) and near misses that stay.

Addresses: the town right after an address (with or without "in"/"te" or a comma, a word that is no
ordinary word or is written with a capital, "Den"/"Sint" ... before it); the house number said before
the street (in one line or over two), or after it with "op" ("de Berkenlaan op nummer zeven"); the
floor and number after an address ("[adres] op de derde, nummer tweehonderdtien"). Names: a first name
said on with its surname after a tussenvoegsel ("[naam] ter Veen", also when the first name is one said
before in the session), an initial before a surname, a surname with its tussenvoegsel said to be
written down ("ik noteer van der Zande"), "ome" as a family title, a title before a surname ("de heer
Dijkhuizen", "zuster Oudeboom", "dokter van der Hoeven"), a caller addressed by a name after the
worker's phrase ("zeg het maar Jolieke"). Ordinary: a trade after an article is no surname ("de
bakker", "een dekker"), a paper's date is no one's date ("de factuur is van drie maart tweeduizend
twintig"), "[naam] van de nachtlijn" keeps where the person works, a title or the worker's phrase
before an ordinary word stays.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, round_tests
from voice_companion.privacy.spoken import redact_towns_and_surnames

SECRET_CASES = [
    # the town after an address
    (["stuur het naar Lindelaan 14 Oosterwolde"], "lindelaan oosterwolde"),
    (["het adres is Molenweg 3, Ruinerwold"], "molenweg ruinerwold"),
    (["ze woont op de Kerkweg 8 in Harderwijk"], "kerkweg harderwijk"),
    (["hij zit op de Stationsstraat twaalf in Den Burg"], "stationsstraat twaalf burg"),
    (["het is de Beukenlaan negen", "in Westerbork"], "beukenlaan negen westerbork"),
    # the house number before the street
    (["huisnummer achttien, dat is in de Vlinderstraat"], "achttien vlinderstraat"),
    (["nummer negen", "het is op de Hazelaarlaan"], "negen hazelaarlaan"),
    (["nummer elf b in de Kastanjestraat"], "elf kastanjestraat"),
    # the number said after the street with "op", the floor after an address
    (["hij woont in de Berkenlaan op nummer zeven"], "berkenlaan zeven"),
    (["ze woont in de Esdoornstraat", "op nummer elf"], "esdoornstraat elf"),
    (["ze woont in flat de Reiger op de derde", "nummer tweehonderdtien"], "reiger derde tweehonderdtien"),
    # names
    (["mijn vriendin heet Anouk", "Anouk ter Veen"], "anouk veen"),
    (["je broer Thijs", "Thijs de Wolf zei je"], "thijs wolf"),
    (["ik heb het genoteerd", "r Smulders"], "smulders"),
    (["ik noteer van der Zande"], "zande"),
    (["ik schrijf op", "ten Brinke"], "brinke"),
    (["dus m van Dijk"], "dijk"),
    (["ome Hendrik komt vanavond"], "hendrik"),
    (["de heer Dijkhuizen belde gisteren"], "dijkhuizen"),
    (["is de heer bakker er ook"], "bakker"),
    (["zuster Oudeboom komt vanmiddag"], "oudeboom"),
    (["ik moet naar dokter van der Hoeven"], "hoeven"),
    # a caller addressed by a name that is no ordinary word, after the worker's phrase
    (["zeg het maar Jolieke, ik luister"], "jolieke"),
    (["dank je wel tamsyn"], "tamsyn"),
    (["ik hoor je marijse en ik blijf bij je"], "marijse"),
]

ORDINARY = [
    # the town after an address: a street alone in a story, a word after a house number
    ["ik heb in de Kalverstraat een jas gekocht"],
    ["ze woont in Utrecht"],
    ["ik was in de Kalverstraat op de eerste dag van de uitverkoop"],
    ["we wonen op de derde verdieping, nummer weet ik niet"],
    ["ik ga morgen naar de stad"],
    # a number before a street that is no house number
    ["we hebben nummer twee gewonnen in de finale"],
    ["lijn nummer vier rijdt door de Kerkstraat"],
    ["nummer drie van de lijst is in de straat"],
    # names
    ["ik heb het van de buren gehoord"],
    ["we gingen met z'n allen van school naar huis"],
    ["de bakker is dicht op zondag"],
    ["er kwam een dekker voor het dak"],
    ["de visser ving niks vandaag"],
    ["ik schrijf op wat ik voel"],
    ["noteer het maar in je boekje"],
    ["ik schrijf op de achterkant van de brief"],
    ["a ik weet het niet", "u weet het zelf het best"],
    # a title without a surname
    ["de dokter zei dat het goed was"],
    ["dokter zegt dat ik moet rusten"],
    ["de heer is mijn herder"],
    ["juf zei dat hij goed meedeed"],
    ["de meester van groep acht"],
    ["zuster komt zo langs"],
    # the worker's phrase before an ordinary word
    ["zeg het maar eerlijk"],
    ["dank je wel hoor"],
    ["ik hoor je nauwelijks"],
    ["goed zo meid"],
    ["vertel maar rustig"],
    # a paper's date
    ["de factuur is van drie maart tweeduizend twintig"],
    ["de brief is van twaalf oktober", "tweeduizend vierentwintig"],
    ["die aanmaning was van vijf juni tweeduizend drieëntwintig"],
    # the line's name and where the person works stay as the rules said them
    ["Hoi, met de nachtlijn. Waar belt u over?"],
]


test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
def test_where_the_worker_works_stays(run):
    """A first name is redacted, the service after "van de" is not, and is no name later in the session."""
    out = run(["Hallo, met Marieke van de crisislijn.", "u spreekt met de crisislijn"])
    assert out == ["Hallo, met [naam] van de crisislijn.", "u spreekt met de crisislijn"]


def test_one_placeholder_for_an_address_and_its_town():
    assert redact_towns_and_surnames("[adres], Oosterwolde.") == "[adres]."
    assert redact_towns_and_surnames("[adres] in Den Burg ja") == "[adres] ja"
    assert redact_towns_and_surnames("[adres] in de buurt") == "[adres] in de buurt"


def test_towns_and_surnames_change_nothing_twice():
    for text in ("[adres] Oosterwolde", "[naam] ter Veen", "d Visser", "nummer negen op de Hazelaarlaan"):
        once = redact_towns_and_surnames(text)
        assert redact_towns_and_surnames(once) == once
