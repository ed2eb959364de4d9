"""Round 103 (holdout CZ, the food bank, charity, second-hand shops, neighbourhood centres and local volunteers, as
development data). What stays: RA a shop named after a person with "de <shop>" behind it ("bij de jong de
kringloopwinkel"); RB a written brand with a glued tussenvoegsel ("Resto VanHarte"); RC opening hours and clock times
written as numbers ("ma t/m vr 9.00-17.00, za 10.00-16.00"), for the tagger. What goes: RD a name after "achternaam is
dat"; RE two short names after "<person> heet" ("heet bo li"); RF an IBAN's start on its own line ("n l vijf"); RG a
name's words said again on the next line ("eerst wang dan fang"); RH the letters spelling a name that just went
("l i"); RI a postcode's letters said as "twee keer a" / "dubbel a". And round 102's doubtful forms: a first name alone
before a plain trade noun ("ik heb piet verwarming laten maken") goes again; "hij kent de letters a b en c al" stays.
All own examples, not taken from the holdouts or the calls.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, next_line_test, round_tests, word_kept_test
from voice_companion.privacy.redact import Redactor

SECRET_CASES = [
    # RA/RB do not keep a person: no shop word behind, "heet" before, a first name
    (["bij piet de bakker halen we brood"], "piet"),
    (["mijn buurman heet kees de winkel"], "kees"),
    (["meneer kowalski van de bakkerij in zwolle"], "kowalski"),
    (["mevrouw el amrani van de kledingwinkel"], "amrani"),
    (["meneer jansen de slagerij belde"], "jansen"),
    (["hij heet VanDijk"], "VanDijk"),
    (["de vrijwilliger heet marieke van der berg"], "marieke"),
    # RD: "achternaam is dat <name>"
    (["uw achternaam is dat ouali"], "ouali"),
    (["en de achternaam was dat kowalczyk"], "kowalczyk"),
    (["haar naam is dat yildirim"], "yildirim"),
    (["mijn voornaam is dat jolien"], "jolien"),
    # RE: two short names after "<person> heet"
    (["de chauffeur heet bo li"], "bo li"),
    (["de kok heet mo xu"], "mo xu"),
    (["de beheerder heet jun wu"], "jun wu"),
    (["mijn buurvrouw heet mei na"], "mei na"),
    # RF: an IBAN's start on its own line
    (["n l zes", "zevenenzestig bedoel ik", "rabo nul drie een twee", "vier vijf zes zeven acht negen"], "n l zes"),
    (["nl twaalf", "ingb nul nul nul acht", "twee drie vier vijf zes zeven"], "nl twaalf"),
    (["eh n l acht", "nee negenentachtig", "abna nul vijf vijf vijf", "een twee drie vier vijf zes"], "n l acht"),
    # RG: a name's words said again on the next line
    (["de vrijwilliger heet wang jun", "eerst wang dan jun"], "wang"),
    (["mijn contactpersoon heet wang mei", "dus wang en dan mei"], "wang"),
    (["de coördinator heet hu bing", "dus hu en dan bing"], "hu"),
    (["de vrijwilligster heet roos zon", "eerst roos dan zon"], "roos"),
    # RH: the letters spelling a name that just went
    (["de vrijwilliger heet bo li", "b o", "en dan l i"], "b o"),
    (["de vrijwilliger heet bo li", "b o", "en dan l i"], "l i"),
    (["de kok heet mo xu", "m o"], "m o"),
    (["de kok heet mo xu", "m o", "x u"], "x u"),
    # RI: a postcode's letters as "twee keer <letter>", "dubbel <letter>"
    (["uw postcode is drie vier vijf zes", "twee keer a"], "twee keer a"),
    (["mijn postcode is een twee drie vier", "dubbel es"], "dubbel es"),
    (["de postcode is zeven acht negen nul", "en dan twee keer bee"], "twee keer bee"),
    # round 102's doubtful: a first name alone before a plain trade noun is a person
    (["ik heb piet verwarming laten maken"], "piet"),
    (["jan onderhoud"], "jan"),
    (["willem verwarming komt morgen"], "willem"),
    (["mijn man jan onderhoud de tuin"], "jan"),
    (["ik heb gisteren klaas energie laten besparen"], "klaas"),
]

ORDINARY = [
    # RA: a shop named after a person, "de <shop>" behind
    ["bij de jong de kringloopwinkel kun je een fiets kopen"],
    ["we halen de bank bij visser de woonwinkel"],
    ["bij jansen de kringloop kun je ook kasten halen"],
    ["bij de boer de tweedehandszaak is alles half geld"],
    ["bij bakker de speelgoedwinkel kregen we een doos lego"],
    ["ik heb een jas gekocht bij mulder de kledingzaak"],
    # RB: a written brand with a glued tussenvoegsel
    ["Resto VanHarte kookt op dinsdag voor vijf euro"],
    ["ik ben bij DeKringloop geweest"],
    ["we eten bij Resto VanHarte in de wijk"],
    # RC: opening hours and clock times written as numbers
    ["Open: ma t/m vr 9.00-17.00, za 10.00-16.00"],
    ["di 9.00-12.00, do 13.00-16.00, za 10.00-14.00"],
    ["ma-vr 09:00-17:30, za 10:00-16:00"],
    ["open: ma t/m vr 8.30-17.00, za 9.00-12.00, zo gesloten"],
    ["uitgifte wo 13.00-15.00, vr 10.00-12.00"],
    ["inloop do 19.00-21.00"],
    ["om 9.00 uur begint de uitgifte"],
    ["de bus vertrekt om 13:45 en is er om 14.10"],
    ["we sluiten om 16.30"],
    ["de kringloop is open van tien tot vier en zaterdag van tien tot drie"],
    ["de voedselbank is open van negen tot vijf"],
    # RD: "naam is dat" and no name
    ["de achternaam is dat niet"],
    ["mijn naam is dat toch"],
    ["zijn achternaam is dat geloof ik"],
    # RE: heet and no short name
    ["de vrijwilliger heet ook zo"],
    ["de vrijwilliger heet zo al"],
    ["mijn dochter heet ze na"],
    # RF: "nl" and a number that is no IBAN
    ["n l twee is een zender"],
    ["ik keek nl twee"],
    # round 102's doubtful: firms stay, "de letters" stay
    ["ik zit bij frank energie"],
    ["ik heb jansen verwarming gebeld"],
    ["de monteur van bakker onderhoud kwam"],
    ["hij kent de letters a b en c al"],
    ["de kinderen kennen de letters a b c nog niet"],
    ["ze kent de letters a en b ook"],
]

KEPT = [
    (["uw achternaam is dat ouali"], "achternaam"),
    (["de chauffeur heet bo li"], "chauffeur"),
    (["uw postcode is drie vier vijf zes", "twee keer a"], "postcode"),
    (["de vrijwilliger heet wang jun", "eerst wang dan jun"], "eerst"),
    (["n l zes", "zevenenzestig bedoel ik", "rabo nul drie een twee", "vier vijf zes zeven acht negen"], "bedoel"),
    (["ik heb piet verwarming laten maken"], "verwarming"),
    (["bel ma t/m vr tussen 9.00 en 17.00 naar nul zes twaalf vierendertig zesenvijftig achtenzeventig"], "9.00"),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
test_word_kept = word_kept_test(KEPT)

NEXT_KEPT = [
    # RG: a next line with no word of the name again
    (["de vrijwilliger heet marie", "eerst even koffie"], 1),
    (["de kok heet mo xu", "eerst de soep dan de rest"], 1),
    # RI: "twee keer" that is no letter
    (["mijn postcode is een twee drie vier ka el", "twee keer per week kom ik"], 1),
    # RH: letters that spell no name that went
    (["de kok heet mo xu", "o o wat lekker"], 1),
]
test_next_line_kept = next_line_test(NEXT_KEPT)


def test_spelled_name_label():
    """RH (rules alone): the letters that spell a name go as [naam]."""
    out = Redactor(window=True, tagger=None).redact_lines(["de kok heet mo xu", "m o"])
    assert out[1] == "[naam]", out


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY + [lines for lines, _ in KEPT])
