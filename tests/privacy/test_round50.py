"""Round 50: regional speech and dialect. All own examples, not taken from the holdouts.
Secrets that go: number words said the regional way (Low Saxon, Brabant, Limburg, Zeeland: "vieftig", "achtien",
"zeuven", "zeuventig", "honderdzeuve", "zesse", "veer" next to another number, "veerentachtig", a clipped
"vierennegent", "twij", "vief", "vaaier") in a phone number, a postcode, a house number, a BSN, an IBAN and a birth
date; the cue words said around them ("wat zeg ie", "an de", "bie", "jao", "dien nummer", "oe nummer",
"apenstoartje", "ie woont", "gij bunt"); a house number's addition ("rood", "boven", "bis") after such a number; a
house number's letter after the number the rules took as an address ("molenweg twaalf ha", "dus zestien c").
Near misses that stay: ordinary dialect words that look like number words ("de veer naar ameland", "op je teen",
"dien een klacht in", "zei ie"), a village feast with its place ("t paasvuur in ...", "met poasen"), a public building
said with its street and no house number ("het wijkcentrum aan de kerkstraat"), a sentence in Frisian, a feast date
that is no birthday ("de elfde van de elfde", "elf november" before carnival).
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import round_tests
from voice_companion.privacy.redact import dialect_as_dutch, dialect_number

SECRET_CASES = [
    # A. a phone number said with regional number words
    (["mien nummer is nul zesse twij vief zeuven achtien drie negen"], "zesse twij vief zeuven achtien"),
    (["dien nummer", "nul zes vieftig zeuventig vierenveertig"], "vieftig zeuventig vierenveertig"),
    (["oe nummer is nul vieftig", "drieëntwintig zesse achtien veer"], "vieftig zesse achtien veer"),
    (["bel mij maar op nul zeuve achtien twintig", "zeuventig vier"], "zeuve achtien zeuventig"),
    (["wat zeg ie", "nul zes vierennegent drieëntwintig twaalf elf"], "vierennegent"),
    # B. a postcode
    (["de postcode is zeuventig zesse ka pee"], "zeuventig zesse"),
    (["postcode vieftig achtien be ef"], "vieftig achtien"),
    # C. a house number, with its addition
    (["ie woont an de molenstraat zesse in hengelo"], "molenstraat zesse"),
    (["gij woont op de kerkweg honderdzeuve bie oss"], "kerkweg honderdzeuve"),
    (["ik woon in de dorpsstraat tweehonderdzeuven"], "dorpsstraat tweehonderdzeuven"),
    (["zij woont op de lindelaan honderdachtien rood"], "lindelaan honderdachtien rood"),
    (["mijn adres is beukenstraat vieftig boven"], "beukenstraat vieftig boven"),
    (["het adres is de kastanjelaan achtien bis"], "kastanjelaan achtien bis"),
    # C2. a house number's letter after the number the rules took as an address, on its line or the next
    (["de brief gaat naar de molenweg twaalf ha"], "molenweg twaalf ha"),
    (["lindelaan zestien a", "oh c sorry dus zestien c"], "lindelaan zestien"),
    (["het is de beukenkade negentig", "negentig bee ja"], "beukenkade negentig bee"),
    (["ie woont an de esweg zeuventig c"], "esweg zeuventig c"),
    (["ze woont in de merelstraat", "nummer zeuvenenveertig huis b"], "merelstraat zeuvenenveertig huis b"),
    # D. a BSN
    (["dien bsn is twee veer zesse achtien zeuven nul twij vief"], "veer zesse achtien zeuven twij vief"),
    (["jao mijn sofinummer is drie vaaier zes", "zeuven acht achtien vief"], "vaaier zeuven achtien vief"),
    # E. an IBAN
    (["mijn rekeningnummer is en el veerentachtig rabo nul een zeuven drie zesse achtien vieftig"],
     "veerentachtig zeuven zesse achtien vieftig"),
    # F. an e-mail with the sign said the regional way
    (["mien mail is gerritje apenstoartje hotmail punt com"], "gerritje"),
    # G. a birth date
    (["ie bunt geboren op achtien maart zeuventig"], "achtien zeuventig"),
    (["mijn geboortedatum is zeuvenentwintig mei negentienzeuvenentachtig"], "zeuvenentwintig negentienzeuvenentachtig"),
]

ORDINARY = [
    # dialect words that look like number words
    ["we gaan morgen met de veer naar ameland"],
    ["ik heb een blaar op mijn teen"],
    ["dien een klacht in bij de gemeente"],
    ["en toen zei ie dat het niet meer ging"],
    ["jao dat snap ik wel"],
    ["hij woont bie zien moeder"],
    ["ik kom zo an de beurt"],
    ["wat zeg ie nou"],
    ["ik heb het zeuven keer gezegd"],
    ["dat duurt wel vieftig jaar"],
    # a letter that is no house number's
    ["ik woon op de dorpsstraat maar u weet wel waar"],
    ["het is vier uur u mag gaan"],
    # a village feast with its place
    ["t paasvuur in de buurtschap was mooi", "met poasen"],
    ["met poasen gaan we naar t paasvuur"],
    ["met karmis is het hier altied druk"],
    ["met kerst zit ik alleen"],
    ["we gaan met carnaval naar oeteldonk"],
    ["met vastelaovend is iedereen buiten"],
    ["ik mis het paasvuur in ons dorp"],
    ["met pinksteren is de kermis in ons dorp"],
    ["met poasen en met kerst bin ik altied alleen"],
    # a public building with its street and no house number
    ["het wijkcentrum aan de kerkstraat is dicht"],
    ["de bibliotheek aan de stationsweg is open tot acht uur"],
    ["het buurthuis aan de molenstraat", "daar drink ik koffie"],
    ["het gemeentehuis aan de markt is al dicht"],
    ["de huisartsenpost aan de ziekenhuislaan"],
    ["het dorpshuis in de dorpsstraat organiseert een bingo"],
    ["de supermarkt op de beukenlaan is open tot tien uur"],
    ["het zwembad aan de sportlaan is weer open"],
    ["de school aan de lindelaan heeft vakantie"],
    ["het politiebureau aan de marktstraat is vannacht open"],
    ["de moskee aan de parkweg", "daar ga ik morgen heen"],
    # a sentence in Frisian
    ["de plysje hat dy thúsbrocht"],
    ["myn mem wie juster yn it sikehus"],
    ["hy hat dy net belle fannacht"],
    ["ik wie juster yn snits", "mei myn heit"],
    ["sy hat my juster net belle"],
    ["myn heit wennet yn drachten"],
    # a feast date that is no birthday
    ["de elfde van de elfde", "dan begint het carnaval weer"],
    ["elf november", "dan gaan de kinderen langs de deuren"],
    ["op vijf december komt de sint"],
    ["met kerst op vijfentwintig december zit ik alleen"],
    ["zevenentwintig april is het koningsdag"],
    ["op sint maarten elf november lopen we met lampionnen"],
    ["op de elfde van de elfde om elf over elf"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


@pytest.mark.parametrize("said, read", [
    ("vieftig", "vijftig"), ("achtien", "achttien"), ("zeuven", "zeven"), ("zeuventig", "zeventig"),
    ("honderdzeuve", "honderdzeven"), ("zesse", "zes"), ("veerentachtig", "vierentachtig"),
    ("vierennegent", "vierennegentig"), ("twij", "twee"), ("vief", "vijf"), ("tachentig", "tachtig"),
    ("zeuvenentwintigste", "zevenentwintigste"),
])
def test_regional_number_read(said, read):
    assert dialect_number(said) == read


@pytest.mark.parametrize("word", ["vier", "zeven", "twintig", "zest", "veert", "tee", "null", "zeg", "een", "thee"])
def test_no_regional_number(word):
    assert dialect_number(word) is None


def test_ambiguous_only_next_to_numbers():
    assert dialect_as_dutch("de veer naar texel") == "de veer naar texel"
    assert dialect_as_dutch("twee veer drie") == "twee vier drie"
