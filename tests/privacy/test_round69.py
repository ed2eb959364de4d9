"""Round 69 (holdout BM: family and children; the ordinary lines of holdout BI): DA. a street named "-ring" with its
number; DB. names after "de kinderen heten", a first name before a surname on the line after "de naam van ..."; DC. a
postcode's letters said as "de", "ze", "te" and on a line of their own after "postcode"; DD. a mail address's words
"aan elkaar" on the line after it; DE. a date of birth said as numbers (day, month, year) after a birth cue, also a
year on its own line after "en het jaar"; DF. a phone number with "driedubbel"; DG. "en el" with numbers inside a line.
What stays: DH. a clothing or shoe size; DI. a service number (0800, 0900) and its pieces said again; DJ. letters
that abbreviate an organisation said just before ("het sociaal wijkteam" / "s w t"); DK. a date after a holiday's
name with no birth cue; DL. a floor said alone ("drie hoog achter"); DM. a spelling aid for a place one is in or
comes from ("je woont in ijsselstein" / "met een lange ij"); "mind", "hulplijn", "fonds", "instituut" as heads of an
organisation's name (round 66 AB). All own examples, not taken from the holdouts.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # DA. "-ring" streets
    (["noteer ik emmaring zeventien"], "emmaring zeventien"),
    (["schrijf maar op julianaring drieënveertig"], "julianaring drieënveertig"),
    (["de oppas woont op de beatrixring honderdtwaalf"], "beatrixring honderdtwaalf"),
    (["opa zit nu aan de noorderring acht"], "noorderring acht"),
    # DB. names after "heten", a first name on the line after "de naam van"
    (["dus de kinderen heten li na en li wen"], "li na wen"),
    (["de tweeling heten chen yu en chen bo"], "chen yu bo"),
    (["en de jongens heten sem en daan"], "sem daan"),
    (["de naam van het meisje", "yuki mori", "m o r i"], "yuki mori"),
    (["en de naam van de vader", "haruto sato"], "haruto sato"),
    # DC. postcode letters
    (["dus dat wordt zevenduizend driehonderdtien er de"], "zevenduizend driehonderdtien er de"),
    (["de postcode van oma is vierenvijftig twaalf ka te"], "vierenvijftig twaalf ka te"),
    (["je zus woont op postcode zevenentwintig achttien", "en de letters zijn dé es"], "zevenentwintig achttien es"),
    (["de postcode van de school van je zoon is drieëntachtig eenenzestig", "de letters zijn pe el"], "pe el"),
    # DD. mail words "aan elkaar"
    (["het mailadres van je schoonmoeder is tante greetje apenstaartje kpn punt nl", "tante greetje aan elkaar"],
     "greetje"),
    (["de mail van de moeder is mama bosman at gmail punt com", "mama bosman aan mekaar"], "bosman"),
    # DE. dates of birth as numbers
    (["de geboortedatum van je vader is elf drie negentienhonderd negenenveertig"],
     "elf drie negentienhonderd negenenveertig"),
    (["ik noteer de geboortedata van de kleinkinderen", "femke negen vier achttien", "en jesse twee elf twintig"],
     "negen vier achttien twee elf twintig"),
    (["dus je dochter is geboren op zeven acht", "en het jaar", "tweeduizend negentien"],
     "zeven acht tweeduizend negentien"),
    (["de geboortedatum van opa is vier vier negentien achtendertig"], "vier negentien achtendertig"),
    (["wanneer is je zoon jarig", "drieëntwintig negen tweeduizend elf"], "drieëntwintig negen tweeduizend elf"),
    # DF. "driedubbel" in a phone number
    (["de oppas heeft nul zes driedubbel zeven een twee nul vijf"], "driedubbel zeven een twee vijf"),
    (["bel de buurman op nul zes vijf driedubbel acht negen nul drie"], "driedubbel acht negen drie"),
    # DG. "en el" inside a line
    (["het kindgeld gaat naar en el vier", "nee achtenveertig ing nul een twee drie vier vijf zes zeven acht"],
     "vier achtenveertig"),
    (["de alimentatie staat op en el negen zeven"], "el negen zeven"),
    # still going next to the keeps
    (["ik ben geboren op tweede kerstdag", "vijfentwintig nee zesentwintig december"], "vijfentwintig zesentwintig"),
    (["mijn nummer is nul zes twaalf", "vierendertig zesenvijftig"], "vierendertig zesenvijftig"),
    (["ik woon op de kerkstraat twaalf", "drie hoog achter"], "kerkstraat twaalf"),
    (["mijn naam is ijsbrand", "met een lange ij"], "ijsbrand"),
    (["ik ben bij ijsbrand", "met een lange ij"], "ijsbrand"),
    (["het fonds", "jansen", "j a n s e n"], "jansen"),
    (["mijn begeleider bij het wijkteam is jan smit"], "jan smit"),
    (["de kinderen heten anouk en pim en ze zijn vier"], "anouk pim"),
    (["stuur het per post naar je maat dus de molenstraat negenentwintig"], "molenstraat negenentwintig"),
    (["de postcode is vier vier twee een ka el oké en welk huisnummer", "zeventien drie hoog ja"], "zeventien"),
    (["het iban is en el zes zeven", "ingrid", "nul negenhonderd vierendertig vijfhonderdtwaalf drie"],
     "vierendertig vijfhonderdtwaalf"),
]

ORDINARY = [
    # DH. sizes
    ["ze heeft kledingmaat honderdzestien maar draagt honderdachtentwintig"],
    ["zijn schoenmaat is achtendertig"],
    ["de broek is maat honderdvierenveertig"],
    ["hij heeft schoenmaat zevenentwintig en groeit hard"],
    # DI. service numbers
    ["nul achthonderd nul honderddertien", "nul achthonderd", "nul honderddertien"],
    ["de kindertelefoon is nul achthonderd nul vierhonderdtweeëntwintig"],
    ["bel gerust nul negenhonderd twaalf twaalf"],
    # DJ. abbreviations
    ["het sociaal wijkteam in breda", "s w t", "die komen morgen"],
    ["de stichting jeugdzorg", "s j z"],
    ["het centrum jeugd en gezin", "c j g", "daar kun je heen"],
    # DK. holidays
    ["tweede kerstdag", "vijfentwintig nee zesentwintig december", "toen ging het mis"],
    ["op koningsdag", "zevenentwintig april", "was hij er niet"],
    ["oudejaarsavond", "eenendertig december", "toen was het onrustig"],
    # DL. floors
    ["je woont op driehoog", "drie hoog achter"],
    ["we wonen op vierhoog", "vier hoog voor"],
    # DM. a place spelled with an aid
    ["dus je bent in ijmuiden", "met een lange ij", "ij van ijmuiden ja bij de pier"],
    ["je woont in ijsselstein", "met een lange ij"],
    # round 66 AB heads
    ["mind korrelatie", "k o r r e l a t i e", "daar kun je ook terecht"],
    ["de hulplijn kindertelefoon", "die is gratis"],
    # near the forms that go
    ["de vergadering twee", "dat was lastig"],
    ["ik heb ervaring twintig jaar"],
    ["de naam van de school", "de regenboog"],
    ["de naam van de school", "montessori zuid"],
    ["de naam van het medicijn", "weet niet"],
    ["de naam van je hond", "bello junior"],
    ["de kinderen heten allebei anders"],
    ["de postcode weet ik niet", "en de letters ook niet"],
    ["de kinderen zijn twee en vier"],
    ["ze wordt zes op haar verjaardag"],
    ["hij is jarig over twee weken"],
    ["de kinderen waren jarig", "het was gezellig"],
    ["dertig mei was het feest", "dan gaan we weg"],
    ["we lopen dubbel zo hard"],
    ["ik ga naar en el", "het is daar rustig"],
    ["ze zitten aan elkaar vast"],
    ["dat mailtje", "die zitten aan elkaar"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)


def test_enough_cases():
    assert len(ORDINARY) >= 30 and len(SECRET_CASES) >= 30
