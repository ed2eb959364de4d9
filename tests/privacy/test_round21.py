"""Round 21: more ways of saying a detail (own examples, not taken from the holdouts), and near misses that stay.

Ordinary first: a bus or train line said by its kind or brand and its number, or by its number and where it goes
("de qbuzz vijftig naar delfzijl", "die driehonderd richting assen"), is no street and house number.
Addresses: the house number said before the street ("dus achttien aan de [adres]"); a street that is an ordinary word
with its number and then its village ("op de markt vier in ruinen"); a pitch or plot where someone lives on a camping
or park ("standplaats c twaalf", "kavel negen").
Postcodes: the letters written glued to the digits ("4811ms"; "ms" is no unit said on the phone).
Phone numbers: the area code said first with its town ("nul vijf nul voor groningen en dan ...").
IBANs: its country letters and check digits, a "ja", then its bank ("n l achtenveertig ja rabo").
Phone numbers on later lines: the rest of a number after its area code and town ("en dan vierenveertig dertig" /
"zeventien").
Addresses, also: the house number first, then its street after "en dan" ("huisnummer negen en dan de [street]").
Names: a name read back after its field's name ("voornaam mirjam", "achternaam dus kuipers"); a surname with a
particle said with its first name ("femke ten hove", "daan van 't zand") or with how it is written ("van der wal los
geschreven", "ter horst met ter los").
Dates: the year said after a birth date in the same line ("op [datum] geboren zei je, in 1987").
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests, rules_and_tagger, rules_only

SECRET_CASES = [
    # the house number before the street
    (["dus achttien aan de beukenlaan in veendam"], "achttien beukenlaan"),
    (["en negen op de lindelaan"], "negen lindelaan"),
    # an ordinary word as a street, with its number and village
    (["aan de markt vier in ruinen"], "markt vier ruinen"),
    (["ze woont op de dijk zeventien in warffum"], "dijk zeventien warffum"),
    # a pitch or plot
    (["hij staat op de camping standplaats c twaalf"], "standplaats c twaalf"),
    (["ons chalet is kavel negenentwintig"], "kavel negenentwintig"),
    # a postcode written glued
    (["4811ms ja"], "4811ms"),
    # the area code with its town, then the rest
    (["het is nul vijf nul van groningen en dan drie een twee vier vijf zes"], "vijf drie twee vier zes"),
    # a name after its field
    (["mevrouw kuipers", "voornaam mirjam"], "kuipers mirjam"),
    (["ja achternaam dus bosma"], "bosma"),
    # a surname with a particle, with a first name or with how it is written
    (["femke ten hove"], "femke ten hove"),
    (["daan van t zand"], "daan zand"),
    (["van der wal los geschreven"], "wal"),
    (["ter horst met ter los"], "horst"),
    # an IBAN's head, a "ja", then its bank
    (["n l achtenveertig ja rabo", "nul een twee drie vier vijf zes zeven acht negen"], "achtenveertig"),
    # the house number first, then its street after "en dan"
    (["huisnummer negen en dan de wibenaheerd"], "negen wibenaheerd"),
    # the rest of a phone number on the lines after its area code and town
    (["dat is nul vijf negen acht voor veendam", "en dan vierenveertig dertig", "zeventien"],
     "vijf negen acht vierenveertig dertig zeventien"),
    # the year after a birth date
    (["op twaalf maart geboren zei je in 1987"], "twaalf maart 1987"),
]

ORDINARY = [
    # a bus or train line and where it goes
    ["de qbuzz vijftig naar delfzijl vertrekt om tien over acht"],
    ["je pakt de sprinter richting zwolle"],
    ["de buurtbus vijfhonderd naar ruinen rijdt niet meer"],
    ["die driehonderd naar assen gaat om half zeven"],
    ["de intercity drieduizend naar groningen"],
    # numbers before "aan de", things with a number of their own, counts
    ["we zien elkaar om acht aan de overkant"],
    ["op de kamer drie in assen"],
    ["het ligt aan de tafel twee in utrecht"],
    ["we wonen op de camping"],
    # a unit, not a postcode
    ["ik slik 500 mg per dag"],
    # a field's name said in a sentence
    ["je mag me gewoon bij mijn voornaam noemen hoor"],
    ["wat is je voornaam"],
    ["achternaam weet ik niet"],
    ["voornaam punt achternaam at de gemeente"],
    # particles in ordinary talk
    ["ik ging met iemand van de buren"],
    ["ten eerste wil ik zeggen dat je goed bezig bent"],
    ["ik rijd van t centrum naar huis"],
    ["dat is ten slotte jouw keuze"],
    ["de mama van t werk belde"],
    # a street that is an ordinary word after a house number, a count after an area code
    ["ik woon op nummer vier aan de rand van het dorp"],
    # a year with no birth
    ["op tien mei zei je dat je in 2019 verhuisd bent"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_a_bus_line_is_no_address_for_the_tagger():
    for run in (rules_only, rules_and_tagger):
        out = run(["de qliner vierhonderd naar emmen rijdt om kwart voor zes"])
        assert out == ["de qliner vierhonderd naar emmen rijdt om kwart voor zes"], out


def test_a_moved_address_with_naar_still_goes():
    for run in (rules_only, rules_and_tagger):
        out = run(["ze is verhuisd van de kerkstraat twaalf naar de molenweg drie"])
        assert "twaalf" not in out[0] and "drie" not in out[0], out


def test_the_house_number_first_keeps_the_street():
    for run in (rules_only, rules_and_tagger):
        out = run(["dus achttien aan de beukenlaan"])
        assert out == ["dus [adres] aan de [adres]"], out


def test_a_time_or_a_count_before_the_street_stays():
    for run in (rules_only, rules_and_tagger):
        assert run(["om acht aan de beukenlaan"]) == ["om acht aan de [adres]"]
        assert run(["ik woon al twintig jaar aan de beukenlaan"]) == ["ik woon al twintig jaar aan de [adres]"]
