"""Round 22: how callers spell and workers read back (own examples, not taken from the holdouts), and near misses
that stay.

Letters: spelled with the international spelling alphabet ("delta echo kilo", "tango victor"), two of its words in a
row, with a postcode's four digits just before them and the same letters read back after them ("sierra kilo / s k");
letters spelled with a name ("die m van marieke") and an initial before a surname with particles ("t van den heuvel").
Names: read back with how they are written ("de haen met e", "van 't riet met apostrof t", "kortekaas aan elkaar"),
asked to be used ("mag ik u henk noemen"), written down as heard ("ik noteer het als przybylski"), said after the field
and "is" ("haar achternaam is visser"), given as initials ("de voorletters zijn a k"), as the official form of a
nickname ("geertruida officieel", "op papier heet ze ..."), or after the person's role ("jouw begeleider yohannes", a
word that sounds like a name; a verb after a role stays).
Numbers: announced by their count ("de laatste drie cijfers zijn ..."); an IBAN's "n l" with its check digits and its
bank code said as a word ("ingb"); a date said as two ordinals ("de derde van de zesde").
Over lines (the session window): a street said with its suffix, its number a line or two later ("welk nummer" /
"honderdtwaalf"); a number dictated in groups of three, with or without a line between; the last digit after it was
announced; a piece of a number or date heard, corrected or read back next to it ("ik hoor negen of negentien");
a name said alone, said again with its title two lines later; spelled letters read back ("p d"); a postcode's digits,
a line between, then its letters; the year asked for after a date and said alone.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, leaked, round_tests, rules_and_tagger, rules_only

SECRET_CASES = [
    # the international spelling alphabet
    (["ik spel het even", "delta echo kilo kilo echo romeo"], "delta echo kilo romeo"),
    (["de letters waren tango victor"], "tango victor"),
    (["alfa bravo"], "alfa bravo"),
    (["hij heet foxtrot oscar kilo kilo echo"], "foxtrot oscar kilo echo"),
    (["kan je het spellen", "juliet alfa november"], "juliet alfa november"),
    (["lima lima nee lima mike zegt u"], "lima mike"),
    (["papa echo"], "papa echo"),
    # with the postcode's digits before, and read back after
    (["vijfenveertig twaalf tango victor in zwolle"], "vijfenveertig twaalf tango victor"),
    (["dus zeven acht drie één echo golf"], "zeven acht drie één echo golf"),
    (["sierra kilo", "s k dus"], "sierra kilo s k"),
    (["de letters zijn p van pieter d van dirk", "ja p d"], "p pieter d dirk"),
    (["postcode vier vier nul één", "mike sierra ja"], "vier nul één mike sierra"),
    (["negen zeven twee twee", "even wachten", "whiskey alfa"], "negen zeven twee whiskey alfa"),
    (["mijn postcode is zes vier één twee", "eh wacht", "r van rudolf t van teunis"], "zes vier één twee rudolf teunis"),
    # an IBAN's country and bank letters spelled
    (["november lima", "drieëntwintig", "romeo alfa bravo oscar"], "november lima drieëntwintig romeo alfa bravo oscar"),
    # names with how they are written
    (["mevrouw de haan eh de haen met e"], "haan haen"),
    (["van 't riet met apostrof t"], "riet"),
    (["ja met een y", "van der pluym met y"], "pluym"),
    (["dus kortekaas aan elkaar"], "kortekaas"),
    # names asked to be used, written down as heard, after their field, as initials, official
    (["mag ik u henk noemen"], "henk"),
    (["mag ik jou fenna noemen"], "fenna"),
    (["ik noteer het als przybylski voor nu"], "przybylski"),
    (["en haar achternaam is visser"], "visser"),
    (["even checken uw achternaam is jansen"], "jansen"),
    (["zijn voornaam was dus gerrit"], "gerrit"),
    (["geertruida officieel maar iedereen zegt truus"], "geertruida"),
    # a letter spelled with a name, an initial before a surname with particles
    (["die m van marieke"], "marieke"),
    (["t van den heuvel ja"], "heuvel"),
    # numbers announced, an IBAN's head and bank code, a date of two ordinals
    (["de laatste drie cijfers zijn vier nul zeven"], "vier nul zeven"),
    (["n l vijfenzeventig dat heb ik"], "vijfenzeventig"),
    (["het rekeningnummer begint met n l tweeënnegentig"], "tweeënnegentig"),
    (["daarna ingb en dan de cijfers"], "ingb"),
    (["de bank is rbrb"], "rbrb"),
    (["de derde van de zesde ben ik geboren"], "derde zesde"),
    (["de vierde van de tweede is ze jarig"], "vierde tweede"),
    # a street with its suffix, its number later
    (["ze woont in de prinsengracht", "welk nummer", "honderdtwaalf"], "prinsengracht honderdtwaalf"),
    (["de zonnebloemstraat ja", "zevenenveertig"], "zonnebloemstraat zevenenveertig"),
    (["op de molenweg", "en het huisnummer", "drieënzestig"], "molenweg drieënzestig"),
    (["hij slaapt in de beatrixstraat bij een vriend", "welk nummer", "weet ik niet precies dertien denk ik"],
     "beatrixstraat dertien"),
    (["zeventien zegt u", "ja de kastanjelaan zeventien"], "zeventien kastanjelaan"),
    # a number dictated in groups
    (["twee acht vier", "ik schrijf het op", "vijf nul drie", "één één zes"], "twee acht vier vijf nul drie zes"),
    (["drie zes negen", "ja nul vier vier", "twee twee één"], "drie zes negen nul vier twee"),
    (["één vier zeven", "ja", "twee twee nul", "negen acht drie"], "één vier zeven twee nul negen acht drie"),
    (["412", "877", "305"], "412 877 305"),
    (["het bsn is twee vier acht", "oké en dan vijf vijf zes"], "twee vier acht vijf zes"),
    # the last digits announced
    (["nul zes twaalf vierendertig zesenvijftig en de laatste", "zeven"], "zeven"),
    (["nul zes vier vier twaalf dertien en de laatste twee cijfers", "vier acht"], "vier acht"),
    # a piece heard, corrected or read back
    (["geboren op twee mei negentien vierentachtig", "vierentachtig klopt"], "twee mei negentien vierentachtig"),
    (["ik hoor negen of negentien", "negentien ja", "negentien juni negentien tachtig"], "negen negentien juni tachtig"),
    (["twaalf mei zevenentachtig", "nee achtentachtig"], "twaalf mei zevenentachtig achtentachtig"),
    (["zestien juli tweeduizend één", "wacht tweeduizend twee"], "zestien juli tweeduizend één twee"),
    # the year asked for after a date
    (["geboren op zesentwintig februari", "van welk jaar", "tachtig"], "zesentwintig februari tachtig"),
    # the digits announced on the line before
    (["k van karel l van lodewijk", "en dan de cijfers", "vier acht zes één"], "karel lodewijk vier acht zes één"),
    # a person named after their role, the official name "op papier"
    (["jouw begeleider yohannes"], "yohannes"),
    (["op papier heet ze wilhelmina de graaf"], "wilhelmina graaf"),
    # a name said again two lines later, a name said whole and then in pieces
    (["wieringa", "hendrika", "dus mevrouw wieringa zegt u"], "wieringa hendrika"),
]

ORDINARY = [
    # words of the spelling alphabet that are ordinary words, and not two in a row as letters
    ["de echo was goed", "de baby groeit"],
    ["we gaan in november naar india"],
    ["mijn papa speelt golf"],
    ["ze zit in een hotel in lima"],
    ["hotel golf is dicht"],
    ["de golf was hoog"],
    ["papa komt zo"],
    ["we zeiden alfa en omega"],
    ["de tango is een dans"],
    ["hij werkt bij de delta"],
    # "met", "mag ik", "als", a field: no name after them
    ["thee met suiker"],
    ["ik kom met u mee"],
    ["met de fiets"],
    ["mag ik je iets vragen"],
    ["mag ik eerlijk zeggen"],
    ["mag ik even iets zeggen"],
    ["ik schrijf het op als afspraak"],
    ["schrijf het op als je wil"],
    ["zijn voornaam weet ik niet"],
    ["het is nu officieel"],
    ["de cijfers zijn goed"],
    ["de cijfers waren slecht"],
    ["n l is nederland"],
    # a role and a verb, or an ordinary word, after it
    ["je zoon rookt"],
    ["mijn zus helpt"],
    ["je begeleider is er morgen"],
    ["je coach wist het"],
    ["op papier is het goed geregeld"],
    ["de cijfers zijn drie acht een zes op het rapport"],
    # ordinals that are no date of birth
    ["op de elfde van de elfde begint carnaval"],
    ["op de tweede van de derde verdieping"],
    ["de eerste van de maand krijg ik geld"],
    ["tweede van de derde klas"],
    # counting, scales, times and amounts over lines
    ["tel maar mee een twee drie", "vier vijf zes"],
    ["een twee drie", "vier vijf zes"],
    ["van een tot tien", "een zeven"],
    ["zes zeven acht", "ja"],
    ["adem in twee drie vier", "en uit twee drie vier"],
    ["om drie uur", "vier vijf zes"],
    ["kamer drie twee", "ja", "vier vijf"],
    ["bus drie vier vijf"],
    ["vier vijf keer per dag", "ja", "zes zeven keer"],
    ["een twee", "drie vier"],
    ["kilo suiker", "twee"],
    # a street with no number asked for or given
    ["ik loop over de kalverstraat", "twee minuten nog"],
    ["ja die staat aan de kerkweg", "tien minuten lopen"],
    ["op de snelweg", "twintig minuten"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_letters_get_the_kind_they_spell():
    # two letters after four digits are a postcode's, "n l" and a bank's four letters an IBAN's
    assert rules_only(["vijfenveertig twaalf tango bravo"]) == ["[postcode]"]
    assert "[iban]" in rules_only(["india november golf bravo"])[0]
    assert "[iban]" in rules_only(["november lima vijfenzeventig"])[0]


def test_a_date_of_ordinals_needs_no_lead_or_a_birth():
    assert rules_only(["dus de achtste van de achtste"]) == ["dus [datum]"]
    assert rules_only(["de tweede van de derde rij"]) == ["de tweede van de derde rij"]


def test_a_correction_needs_a_short_line_and_a_number_of_as_many_digits():
    out = rules_only(["twaalf mei zevenentachtig", "nee ik ben nu zevenendertig en moe"])
    assert out[1] == "nee ik ben nu zevenendertig en moe"


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
def test_no_rule_raises_on_the_new_forms(run):
    from voice_companion.privacy.redact import Redactor

    lines = ["even herhalen van speykstraat met een ij", "eenendertig", "rood", "papa golf", "[naam] echo", "n l"]
    r = Redactor(window=True, tagger=None if run is rules_only else True)
    r.redact_lines(lines)
    assert r.errors == 0


def test_the_groups_of_a_number_need_five_digits_and_no_count():
    assert rules_and_tagger(["vijf zes", "zeven acht"]) == ["vijf zes", "zeven acht"]
    assert not leaked(rules_and_tagger(["vier nul drie", "ja vier nul drie", "zes zes", "één twee acht"]),
                      "vier nul drie zes één twee acht")
