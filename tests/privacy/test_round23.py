"""Round 23: how callers say a postcode's letters, a house number after its street and a name in passing (own
examples, not taken from the holdouts), and near misses that stay.

Postcodes: the two letters said by their Dutch names right after the four digits, also the names that are ordinary
short words ("de en", "de ee") and the two said as one word ("beka").
Addresses: the house number after its street, announced by "nummer" after the town or a question ("de molenstraat
in hengelo en het nummer is zevenenveertig", "de stationsweg weet u het huisnummer nog"), or read back after "zei
je" / "zegt u"; a street named by a place and a compass point with its number ("aan de haven zuid drieëntachtig").
Names: the person addressed before a question ("kadir ben je daar nog"); a person named before their role ("met
joost mijn begeleider"); a name read back to check how it is written ("przemyslaw klopt dat schrijf je met een w");
the full name, then what everyone calls the person ("wilhelmina kortenhoeven maar iedereen zegt mien").
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, leaked, round_tests, rules_and_tagger, rules_only

SECRET_CASES = [
    # a postcode's letters said by their names after its four digits
    (["achtenzestig twaalf ka el lochem"], "achtenzestig twaalf ka el"),
    (["vijfendertig eenentwintig pee er utrecht"], "vijfendertig eenentwintig pee er"),
    (["mijn postcode is vier vijf zes zeven de en"], "vier vijf zes zeven"),
    (["eenentachtig nul twee de ee in zwolle"], "eenentachtig nul twee ee"),
    (["drie vier een twee de es"], "drie vier een twee es"),
    (["negenentwintig zeventien beka dus"], "negenentwintig zeventien beka"),
    (["ja vijf nul zes één elka"], "vijf nul zes één elka"),
    # a house number after its street, announced by "nummer" after the town or a question
    (["de molenstraat in hengelo en het nummer is zevenenveertig"], "molenstraat zevenenveertig"),
    (["ze woont op de kerkweg in ede huisnummer twaalf b"], "kerkweg twaalf"),
    (["de stationsweg weet u het huisnummer nog eh achtentwintig"], "stationsweg achtentwintig"),
    (["dorpsstraat in lemelerveld nummer zes"], "dorpsstraat zes"),
    (["hij slaapt nu op de ruysdaelkade wat is het nummer ja honderdvijftien"], "ruysdaelkade honderdvijftien"),
    (["de beukenlaan te haren en dan nummer eenendertig a"], "beukenlaan eenendertig"),
    # read back after "zei je" / "zegt u"
    (["de molenweg zegt u achttien"], "molenweg achttien"),
    (["wilhelminastraat zei je driehonderd zes"], "wilhelminastraat driehonderd zes"),
    # a street named by a place and a compass point, with its number
    (["ik ben op de parallelweg oost vijftien"], "parallelweg vijftien"),
    (["aan de haven zuid drieëntachtig"], "haven zuid drieëntachtig"),
    (["ze woont aan de singel west honderdtwee"], "singel honderdtwee"),
    # the person addressed before a question
    (["kadir ben je daar nog"], "kadir"),
    (["ja yara hoor je me"], "yara"),
    (["nou ilse voel je dat"], "ilse"),
    (["dewi bent u er nog"], "dewi"),
    # a person named before their role
    (["ik heb gebeld met joost mijn begeleider"], "joost"),
    (["dat was anouschka je zus toch"], "anouschka"),
    (["samen met dilan zijn broer"], "dilan"),
    # the full name, then what everyone calls the person
    (["nee het is wilhelmina kortenhoeven maar iedereen zegt mien"], "wilhelmina kortenhoeven mien"),
    (["ja bartholomeus maar ze zeggen bart"], "bartholomeus bart"),
    # a name read back to check how it is written
    (["przemyslaw klopt dat schrijf je met een w aan het eind"], "przemyslaw"),
    (["dus wolthuis klopt dat spel je dat zo"], "wolthuis"),
]

ORDINARY = [
    # four digits that are a time or a year, and words after them that are no letters
    ["we waren om negentien twintig de en met de kinderen weg"],
    ["dat was in negentien tachtig de er was niks"],
    ["ik heb vierentwintig nul een en de kinderen"],
    ["tien over een de bus"],
    ["om tien over twaalf de te laat"],
    ["het kost twaalf vijftig de week"],
    # "nummer" with no street before it, or other talk between
    ["de bus lijn nummer vier rijdt door de kerkstraat"],
    ["in de kerkstraat reed bus nummer negen"],
    ["kamer nummer twaalf in de gang"],
    ["de supermarkt aan de dorpsstraat is dicht nummer één in de rij"],
    ["dus je woont in de beukenlaan en daar zijn nummer drie en vier van je vrienden"],
    ["ik woon al twaalf jaar in de kerkstraat en mijn nummer is niet belangrijk"],
    ["de stationsweg zei je twee jaar geleden"],
    # a compass point with no street or a number with a unit
    ["we liepen aan het kanaal noord twee uur lang"],
    ["we gaan naar amsterdam noord twaalf mensen"],
    ["ik sta aan de rivier noord twee dagen al"],
    # no name addressed: an ordinary word, or a thing put first ("de huisarts kun je bellen")
    ["mevrouw ben je daar nog"],
    ["hallo ben je daar nog"],
    ["echt ben je er nog"],
    ["sensoor kun je bellen"],
    ["het wijkteam kan je helpen"],
    ["dat hoor je vaak"],
    ["allo ben je er nog"],
    ["hee lieverdje ben je er nog"],
    ["vanavond ben je alleen"],
    ["hopelijk voel je je beter"],
    # no name before a role
    ["gisteren je buurman"],
    ["toen was het je buurman"],
    ["bel morgen je huisarts"],
    ["belde je buurman nog"],
    ["appte je ex weer"],
    ["inmiddels weet je therapeut het"],
    ["ik ga naar almere je zus woont daar"],
    ["dat klopt schrijf je dat zo"],
    ["gewoon goed maar iedereen zegt wat anders"],
    ["het is lastig maar iedereen zegt het"],
    ["soms boos maar ze zeggen niks"],
    ["mooi klopt dat schrijf het maar op"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_the_kinds():
    assert rules_only(["mijn postcode is vier vijf zes zeven de en"]) == ["mijn postcode is [postcode]"]
    assert rules_only(["de molenweg zegt u achttien"]) == ["de [adres] zegt u [adres]"]
    assert rules_only(["kadir ben je daar nog"]) == ["[naam] ben je daar nog"]
    assert rules_only(["ik heb gebeld met joost mijn begeleider"]) == ["ik heb gebeld met [naam] mijn begeleider"]


def test_the_street_and_its_number_go():
    # the town between them may go too (other rules read it with the street); the number never stays
    for run in RUNS.values():
        out = run(["de grachtstraat in sneek nummer negen"])
        assert not leaked(out, "grachtstraat negen"), out


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
def test_a_place_before_a_role_is_no_name(run):
    # a town said at the end of one line, the next starting with a role: the window reads them together
    lines = ["Je gaat dit weekend naar je moeder in Zwolle.", "je dochter van vijftien gaat mee"]
    assert run(lines) == lines


def test_no_errors():
    r_lines = [
        "de molenstraat in hengelo", "en het nummer is", "zevenenveertig", "achtenzestig twaalf ka el",
        "kadir ben je daar nog", "met joost mijn begeleider", "nummer", "de en", "beka", "oost vijf",
    ]
    from voice_companion.privacy.redact import Redactor

    for tagger in (None, True):
        r = Redactor(window=True, tagger=tagger)
        r.redact_lines(r_lines)
        assert r.errors == 0
    assert not leaked(rules_and_tagger(["achtenzestig twaalf ka el lochem"]), "achtenzestig twaalf")
