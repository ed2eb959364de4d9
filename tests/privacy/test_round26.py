"""Round 26: a digit's plural inside a phone number ("twee achten"), a house number said digit by digit from "een"
after its street, a street of the south named "-eind", a name spelled over "griekse ij", a letter clarified with a word on the line after an e-mail
address, a birth year alone two lines after its date (own examples, not taken from the holdouts), and ordinary talk
that stays: organisations named after a person, a day's date after a feast day or a weekday.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, leaked, round_tests, rules_and_tagger, rules_only

SECRET_CASES = [
    # a digit said with its plural inside a phone number: "twee achten" is 8 8
    (["bel me op nul zes drie achten twee nul een vier"], "nul zes drie achten twee een vier"),
    (["nul zes een twee zessen vier vier nul negen acht"], "nul zes een twee zessen vier negen acht"),
    (["mijn nummer is nul zeven nul twee enen vijf zes zeven acht"], "nul zeven twee enen vijf zes acht"),
    # a house number said digit by digit from "een" after its street
    (["ik woon op de lindelaan een vier zeven"], "lindelaan een vier zeven"),
    (["de molenstraat een nul twee in almelo"], "molenstraat een nul twee"),
    # a street of the south named "-eind", with its house number
    (["ze woont op het hoogeind vierendertig"], "hoogeind vierendertig"),
    (["heuveleind twaalf in mierlo"], "heuveleind twaalf"),
    (["mijn moeder woont naast de slager dorpseind negen"], "dorpseind negen"),
    # a spelled name going on over "griekse ij"
    (["mirthe met em i er griekse ij"], "mirthe er griekse ij"),
    (["sylvana met es griekse ij el"], "sylvana es griekse ij el"),
    # a letter clarified with a word on the line after an e-mail address
    (["het is r punt dekker at kpnmail punt nl", "r van rianne"], "dekker kpnmail rianne"),
    (["w punt smits at ziggo punt nl", "en de w van wendelien"], "smits ziggo wendelien"),
    # a birth year alone two lines after its date, with a remark between
    (["ik ben geboren op elf juni", "dat weet ik nog goed", "negentienhonderdachtenzestig"],
     "elf juni negentienhonderdachtenzestig"),
    (["hij is geboren op drie oktober", "ja echt waar", "tweeduizend negen"], "drie oktober tweeduizend negen"),
]

ORDINARY = [
    # organisations named after a person, where one is treated, admitted or works
    ["mijn zoon heeft een behandelaar bij vincent van gogh"],
    ["ze ligt in het jeroen bosch ziekenhuis"],
    ["hij is opgenomen in het antoni van leeuwenhoek"],
    ["ik werk bij albert heijn in de nacht"],
    # a day's date after a feast day or a weekday: no house number
    ["op bevrijdingsdag vijf mei was ik alleen"],
    ["op kerstavond vierentwintig december kwam het allemaal terug"],
    ["op zaterdag twaalf april ging het mis"],
    # digit plurals that are no number; "een twee keer" is a count
    ["ik heb twee zessen gegooid"],
    ["we gaan het vieren"],
    ["ik ben in de kerkstraat een twee keer geweest"],
    # words in "-eind" that are no street
    ["het weekeind twee dagen weg"],
    ["aan het boveneind van de tafel zitten vier mensen"],
    # a letter and a word that are no spelling, a year that is no birthday
    ["de a van amsterdam is mooi"],
    ["op vijf mei", "ja toen was het feest", "tweeduizend"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_the_kinds():
    assert rules_only(["bel me op nul zes drie achten twee nul een vier"]) == ["bel me op [telefoonnummer]"]
    assert rules_only(["ik woon op de lindelaan een vier zeven"]) == ["ik woon op de [adres]"]
    assert rules_only(["w punt smits at ziggo punt nl", "w van wendelien"])[1] == "[e-mail] van [e-mail]"


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
def test_a_person_with_an_organisations_name_still_goes(run):
    # the name of an organisation without a word that places someone there: a person
    assert leaked(run(["mijn buurman reinier de graaf"]), "reinier graaf") == []


def test_no_errors():
    lines = ["griekse ij", "met griekse ij", "x van", "h van helen", "geboren op", "ja", "negentien",
             "bij reinier van arkel", "op koningsdag zevenentwintig", "april", "twee vijven"]
    from voice_companion.privacy.redact import Redactor

    for tagger in (None, True):
        r = Redactor(window=True, tagger=tagger)
        r.redact_lines(lines)
        assert r.errors == 0
    assert not leaked(rules_and_tagger(["mirthe met em i er griekse ij"]), "griekse")
