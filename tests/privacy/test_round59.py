"""Round 59: places and things named after people (schools, stadiums, funds, museums, shops named after their founder,
chains and brands), streets named in talk without a number, public figures in ordinary talk, with a person's real data
right next to them; the leaks: a street named after a person with the house number after it, a street starting with a
preposition, a German surname with an umlaut, an e-mail's name part after a redacted first name. All own examples, not
taken from the holdouts. Near misses that stay: the places', shops', brands' and figures' names, streets in talk.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # A. where someone lives: a street with or without a number still goes
    (["je woont aan de kastanjelaan nummer zeventien"], "kastanjelaan zeventien"),
    (["hij woont in de berkenstraat"], "berkenstraat"),
    (["mijn moeder woont aan de lindelaan, vlak bij de apotheek"], "lindelaan"),
    (["ik woon aan de dorpsstraat twaalf boven de bakker"], "dorpsstraat twaalf"),
    (["mijn adres is de molenweg acht, naast de supermarkt"], "molenweg acht"),
    # B. a person next to a school, stadium, museum
    (["mijn zoon zit op de jan ligthart school, hij heet Daan Vermeulen"], "Daan Vermeulen"),
    (["mijn dochter Sanne Kok zit op het erasmus college"], "Sanne Kok"),
    (["de juf van de keizer karel school heet Marieke Jonker"], "Marieke Jonker"),
    (["ik werk met Peter Hoekstra in het museum"], "Peter Hoekstra"),
    # B. a person at a shop
    (["meneer Brouwer van de bakkerij belde"], "Brouwer"),
    (["de eigenaar van de slagerij heet Ruud Willemsen"], "Ruud Willemsen"),
    (["mijn buurman Kees Dijkstra werkt bij de albert heijn"], "Kees Dijkstra"),
    # C. a person's own name that is also a king's or painter's
    (["ik ben willem"], "willem"),
    (["mijn vader heet rembrandt de vries"], "rembrandt vries"),
    (["ik heet beatrix en ik woon in zwolle"], "beatrix"),
    (["mijn zoon heet vincent van gogh, echt waar"], "vincent"),
    (["mijn dochter heet anne frank"], "anne frank"),
    (["ik ben michiel de ruyter en ik woon in vlissingen"], "michiel ruyter"),
    (["mijn broer Kees Bakker speelde voetbal"], "Kees Bakker"),
    (["mijn zus woont bij de apotheek aan de kerkstraat"], "kerkstraat"),
    (["de kerkstraat ken ik niet, ik woon op de molenstraat tien"], "molenstraat tien"),
    # D. a street named after a person with the number on the next line
    (["ik woon op de jan steenstraat", "nummer vijf"], "steenstraat vijf"),
    (["mijn tante woont op het jan de witplein", "nummer veertig"], "jan witplein veertig"),
    # E. a street starting with a preposition, noted
    (["ik noteer achter de wallen zesendertig in zwolle"], "achter wallen zesendertig"),
    # F. a German surname with an umlaut
    (["u spreekt met meneer schröder uit aken"], "schröder"),
    (["mijn man heet günter köhler"], "günter köhler"),
    # G. an e-mail's name part after a redacted first name
    (["dus ineke punt vermolen", "apenstaartje gmail punt com"], "ineke vermolen"),
    (["dus marieke punt visser", "apenstaartje ziggo punt nl"], "marieke visser"),
]

ORDINARY = [
    # A. streets without a number where a public place is, or talked about as a street
    ["de apotheek aan de stationsstraat is open tot tien"],
    ["ik was bij de supermarkt aan de burgemeester de withstraat"],
    ["het politiebureau aan de marnixstraat is 's nachts dicht"],
    ["de bibliotheek aan de oudegracht heeft nieuwe boeken"],
    ["de wereldwinkel aan de voorstraat is verhuisd naar het plein"],
    ["je ging naar de kapper aan de dorpsstraat"],
    ["de huisartsenpost aan de ziekenhuislaan is de hele nacht open"],
    ["de jan van galenstraat ken ik niet", "is dat bij het park"],
    ["de johan de wittlaan ken ik niet"],
    # B. places named after a person
    ["het thomas a kempis college heeft een open dag"],
    ["mijn zoon zit op het erasmus college"],
    ["we gingen naar het johan cruijff stadion"],
    ["het koningin juliana fonds steunt de buurt"],
    ["je zat vroeger op de keizer karel school"],
    ["de koningin beatrix school is gesloten"],
    ["het prinses maxima ziekenhuis is ver weg"],
    ["het van gogh museum was druk"],
    ["het anne frank huis staat in amsterdam"],
    ["het nijntje museum", "van dick bruna"],
    # B. shops named after their founder
    ["ik heb brood gehaald bij bakkerij van dijk"],
    ["je bent langs slagerij de boer gelopen"],
    ["de kapsalon van den berg was al dicht"],
    # C. chains and brands
    ["je hebt boodschappen gedaan bij de dirk van den broek"],
    ["de apotheek bij de dirk is tot negen open"],
    ["een kopje koffie van douwe egberts"],
    ["je was bij de albert heijn en het was druk"],
    ["we zaten bij van der valk te eten"],
    ["thee van pickwick en een koekje"],
    # C. public figures in ordinary talk
    ["koning willem alexander hield een toespraak op tv"],
    ["koningin beatrix was vroeger op tv"],
    ["koningin wilhelmina sprak op de radio in de oorlog"],
    ["je las het dagboek van anne frank"],
    ["het standbeeld van michiel de ruyter staat aan zee"],
    ["dat lied van andré hazes draaide de hele avond"],
    ["je luisterde naar een liedje van guus meeuwis"],
    ["we zagen een schilderij van vincent van gogh"],
    ["het boek van multatuli lag op tafel"],
    ["een documentaire over rembrandt op tv"],
    ["frenkie de jong speelde goed en we keken samen"],
    ["een film over johan cruijff"],
    ["het standbeeld van thorbecke in zwolle"],
    # G. "punt" in talk after a name that stays (none here) and a word after it
    ["dat was het dan, punt uit"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    """No round 59 rule fails on its own lines (a failing rule drops the whole line, which would hide a leak)."""
    assert_no_rule_error([c[0] for c in SECRET_CASES] + ORDINARY)


@pytest.mark.parametrize("lines", [["het koningin juliana fonds steunt de buurt"],
                                   ["de apotheek aan de stationsstraat is open tot tien"],
                                   ["je las het dagboek van anne frank"]])
def test_text_path_kept(lines):
    """The text path (no window) keeps the near misses too."""
    from voice_companion.privacy.redact import Redactor

    assert Redactor().redact_text(lines[0])[0] == lines[0]
