"""Round 45: all own examples, not taken from the holdouts. Young city people who code-switch (Dutch, English,
straattaal) and the Caribbean Dutch of Curaçao, Aruba and Bonaire. Secrets that go: a Papiamento street with its
number ("kaya ... nummer ...", "kaminda ..."), a house number said again after its street with its letter, a bank's
short name after an IBAN's head and its letters spelled after it, English digits inside a Dutch digit stream ("nul
zero zero", "oh oh"), an IBAN's check digits in English, a postcode's letters by their English names after Dutch
digits ("double u em"), a name spelled in English letter names, a date said in English ("the ninth of march ...",
"geboortedatum twenty one ten ..."), the words between a date's parts ("vorig jaar"), a name said bare before "ik zet
het erbij" or "dat is je achternaam", a first name and an unknown surname before "en" when another name went.
Talk that stays: islands and saints ("sint maarten", "sint eustatius", saba, bonaire), delivery and ride platforms
one works for ("ritten voor uber eats"), a country's calling code talked about ("plus vijf negen zeven is duur"), a
shop's house number said as a landmark ("de bakker op nummer twaalf aan de overkant": nobody lives there; a house
number with "woont" on the line still goes), English around talk ("got it", "spell je naam", "see you in june").
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # 1. a Papiamento street and its number
    (["mijn oma woonde op kaya santa rosa nummer elf"], "kaya santa rosa elf"),
    (["op aruba was het kaminda noord tweeënveertig"], "kaminda noord tweeënveertig"),
    # 2. a house number said again after its street, with its letter
    (["de lindengracht negen c ja negen c"], "lindengracht negen c"),
    (["de buurman woont op nummer zeven aan de overkant"], "zeven"),  # a person lives there: it goes
    (["mijn tante woont op nummer negen aan de overzijde"], "negen"),  # the side word the word list lacks
    # 3. a bank's short name after an IBAN's head; the bank spelled after its name
    (["dus en el zeventig knab nee en el zeventig knab nul twee drie vier vijf zes zeven acht negen een"],
     "zeventig knab nul twee drie vier vijf zes zeven acht negen een"),
    (["en el eenenzestig bunq dus b u n", "nul drie nul vier vijf zes zeven acht negen twee"],
     "eenenzestig bunq b u n drie vier vijf zes zeven acht negen twee"),
    # 4. English digits inside a Dutch stream, an IBAN's check digits in English
    (["schrijf maar op nul zes zero zero vier vier een twee acht"], "nul zes zero vier een twee acht"),
    (["bel me op nul zes drie oh oh seven seven een twee"], "nul zes drie oh seven een twee"),
    (["dus en el six seven ing b nul een twee drie vier vijf zes zeven acht negen"],
     "six seven ing een twee drie vier vijf zes zeven acht negen"),
    # 5. a postcode's letters in English after Dutch digits
    (["het is vijf zes een twee double u kay toch"], "vijf zes een twee double u kay"),
    # 6. a name spelled in English letter names
    (["spell het even", "kay ay ess tee ee el", "kastel dus"], "kay ay ess tee ee el kastel"),
    # 7. a date said in English
    (["geboren the ninth of march nineteen ninety eight"], "ninth march nineteen ninety eight"),
    (["geboortedatum twenty one ten two thousand six"], "twenty one ten two thousand six"),
    # 8. the words between a date's parts
    (["mijn dochter is geboren op zes mei vorig jaar tweeduizend vierentwintig"], "zes mei vorig tweeduizend"),
    # 9. a name said bare before what is done with it
    (["oké ioana dumitrescu ik zet het erbij"], "ioana dumitrescu"),
    (["chen jing dat is je achternaam toch"], "chen jing"),
    # 10. a first name and an unknown surname before "en", another name on the line
    (["dus sarita mangroelal en haar zus heet devi ramsaran"], "sarita mangroelal devi ramsaran"),
]

ORDINARY = [
    # 1. islands, saints and places named after them
    ["ik ben geboren op sint maarten"],
    ["mijn neef woont op sint eustatius en mijn tante op saba"],
    ["we gingen met de boot van bonaire naar curaçao"],
    ["op sint jan gaan we naar de kerk"],
    # 2. platforms one works for
    ["ik heb vannacht veertig ritten voor uber eats gedaan"],
    ["hij bezorgt voor deliveroo en thuisbezorgd"],
    ["ik reed eerst voor uber en nu voor bolt"],
    # 3. a country's calling code talked about
    ["met plus vijf negen zeven bellen is duur"],
    ["plus drie twee is de code van belgie"],
    # 4. a shop's house number as a landmark: nobody lives there
    ["de bakker op nummer twaalf aan de overkant is dicht"],
    ["je staat bij de snackbar op nummer acht aan de overkant"],
    ["de apotheek zit op nummer elf aan de overzijde"],
    ["nummer vier aan de overzijde"],
    # 5. English around the talk
    ["got it"],
    ["spell je achternaam even"],
    ["see you in june"],
    ["why are you here"],
    ["we zijn open twenty four seven"],
    ["ik ben twenty one"],
    ["oké prima ik zet het erbij"],
    ["goed zo dat is je achternaam"],
    ["dus koffie drinken en je broer heet niet zo"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
