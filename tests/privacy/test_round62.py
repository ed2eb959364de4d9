"""Round 62: roads, cars and travel (holdout BF) and work, school and benefits (BG) with numbers and names that are no
personal data (a road number after "de", "afslag", "knooppunt"; a hectometre post; a car brand or model with a year
or a type number; "de meneer van de takeldienst"; a contract's end date), next to real data that must still go (a
postcode after "postcode", an address after "woon", a person's name after "meneer", a birth date); the leaks: a name
said alone after "oké", postcode letters said alone on the line after a postcode, an IBAN's bank code spelled and
corrected. All own examples, not taken from the holdouts.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import assert_no_rule_error, round_tests
from voice_companion.privacy.redact import Redactor

SECRET_CASES = [
    # A. next to roads: a real postcode, an address, a phone number still go
    (["ik rijd op de a twaalf en mijn postcode is drie vijf een twee a b"], "drie vijf een twee"),
    (["je staat bij afslag negen maar je woont op de dorpsstraat veertien"], "dorpsstraat veertien"),
    (["ik sta langs de a zeven", "mijn nummer is nul zes twaalf vierendertig zesenvijftig"],
     "twaalf vierendertig zesenvijftig"),
    (["via de a achtentwintig naar huis, ik woon op de kerkweg drieëntwintig"], "kerkweg drieëntwintig"),
    (["mijn postcode is negen zes nul een", "de a zeven is dicht"], "negen zes nul een"),
    # B. next to cars: a person's name and a birth date still go
    (["mijn broer pieter de vries heeft een volvo van tweeduizend achttien"], "pieter"),
    (["ik ben geboren op twaalf maart negentienachtentachtig en rij een opel"], "twaalf maart"),
    (["de dealer in zwolle heet jan bakker en belt me morgen"], "bakker"),
    # C. a person after "meneer" still goes
    (["de meneer jansen van de garage belde"], "jansen"),
    (["mevrouw de groot heeft de auto gebracht"], "groot"),
    # D. a birth date next to contract talk still goes
    (["mijn contract loopt af, ik ben geboren op drie april negentienzeventig"], "drie april"),
    (["je geboortedatum is vijf mei negentienachtenzestig"], "vijf mei"),
    # E. a name said alone after "oké"
    (["hoe heet je", "oké zhang wei"], "zhang"),
    (["oké mohammed el amrani"], "mohammed"),
    (["en hoe heet je collega", "oké chen jiahui"], "jiahui"),
    # F. postcode letters said alone on the line after a postcode
    (["mijn postcode is een twee drie vier", "de letters zijn b en l"], "l"),
    (["mijn postcode is vijf zes zeven acht", "letters zijn k en d"], "d"),
    # H. an address read back after "ik schrijf", a street that is also an everyday word
    (["ik schrijf molen twaalf"], "molen twaalf"),
    (["ik schrijf het op, kade zeven in utrecht"], "kade zeven"),
    # I. a surname opening a sentence in writing, before a role
    (["Yilmaz is je collega."], "yilmaz"),
    # a number dictated over lines with "ik schrijf mee" between stays a number (no street "mee")
    (["acht vier twee", "ik schrijf mee", "drie drie vijf", "nul een zes klopt"], "acht vier twee"),
    (["Zo. Kowalski is je leidinggevende"], "kowalski"),
    # G. an IBAN's bank code spelled and corrected
    (["nl negenenveertig i n g nee i n g b nul zeven vier drie twee een nul nul nul nul"], "g"),
]

ORDINARY = [
    # A. road numbers, exits, junctions, hectometre posts
    ["je staat op de a zeven bij de afrit"],
    ["er is een ongeluk op de a vier en de a dertien"],
    ["je rijdt via de a een en de a dertig naar huis"],
    ["de a tien ring zuid is dicht tussen s honderd en s honderdvier"],
    ["neem afslag zeventien richting het centrum"],
    ["je staat bij hectometerpaal honderdtwaalf komma zes op de a zeven"],
    ["het is laat en je staat op de parkeerplaats langs de a zevenentwintig"],
    ["bij knooppunt ypenburg staat alles vast, neem de a vier"],
    ["de n drieëndertig is afgesloten", "dus je rijdt om via de a zeven"],
    ["op de e negentien richting antwerpen staat file"],
    ["je gaat langs de n tweehonderd naar huis"],
    ["de s honderd is de ring in amsterdam"],
    # B. car brands and models with years and type numbers
    ["je hebt een volvo van tweeduizend negentien"],
    ["je hebt een nieuwe volvo ex zestig besteld"],
    ["mijn opel van tweeduizend twaalf maakt een raar geluid"],
    ["ze rijdt een toyota van tweeduizend zeventien met veel kilometers"],
    ["die peugeot van tweeduizend tien staat bij de garage"],
    ["je hebt een kia van tweeduizend eenentwintig geleasd"],
    ["een tweedehands skoda van tweeduizend vijftien", "die heb je vorig jaar gekocht"],
    ["de nieuwe tesla wordt in april geleverd bij de dealer"],
    # C. a role or a firm after "meneer"
    ["de meneer van de takeldienst heeft je auto op de takelwagen gezet"],
    ["de meneer van de wegenwacht kwam na een uur"],
    ["de mevrouw van de receptie heeft een taxi gebeld"],
    ["de man van de anwb zei dat de accu leeg is"],
    # D. a contract's, a benefit's or a payment's date
    ["je contract loopt af op een maart"],
    ["je contract eindigt op dertig juni"],
    ["de uitkering wordt uitbetaald op vijfentwintig april"],
    ["je opzegtermijn gaat in op een mei"],
    ["met ingang van een januari heb je een nieuwe baan"],
    ["je tijdelijke contract loopt af op eenendertig december"],
    # E. short lines after "oké" that are no names
    ["oké dankjewel"],
    ["oké tot morgen"],
    ["oké goed zo"],
    ["oké zwolle dan"],
    ["oké de a zeven"],
    # H, I near misses: counts and school years after "ik schrijf", a plain word before a role
    ["ik schrijf hoofdstuk drie"],
    ["ik schrijf twee brieven"],
    ["ik noteer vier uur"],
    ["ik schrijf dus sollicitatie drie"],
    ["ik schrijf groep zeven"],
    ["Dat is je collega."],
    ["Zij is je leidinggevende."],
    # trains, ferries, prices
    ["de trein van twaalf over negen vertrekt van spoor vijf"],
    ["de veerboot naar texel gaat om elf uur"],
    ["een kaartje kost vierentwintig euro vijftig"],
    ["de tank vol kostte vijfentachtig euro"],
    ["je rijdt honderdtwintig op de a twee"],
    ["de bus van half twaalf rijdt niet"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    """No round 62 rule fails on its own lines (a failing rule drops the whole line, which would hide a leak)."""
    assert_no_rule_error([c[0] for c in SECRET_CASES] + ORDINARY)


@pytest.mark.parametrize("text", ["[naam] 000A 0A 0B 000A", "ik rijd op de a zeven en mijn postcode is drie vijf een "
                                  "twee a b", "oké zhang wei"])
def test_idempotent(text):
    """Redacting twice gives the same text as once (the round 60 name said again is a word, never "000A")."""
    r = Redactor()
    once = r.redact_text(text)[0]
    assert Redactor().redact_text(once)[0] == once
