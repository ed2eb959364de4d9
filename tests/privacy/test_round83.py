"""Round 83: sports, gyms, swimming pools and outdoor life (holdout CF's forms). What stays: VA a famous athlete named
in full ("femke bol won goud", "je wilt worden zoals ..."), VB a club named like a person ("tegen willem twee", "go
ahead eagles"), VC a set's or a game's score said as two small numbers ("de eerste set verloor je met nul zes"). What
goes: VD a foreign full name with a typical surname ending (-escu, -ovic, -enko, -czyk ...); VE the last part of a
double surname before "met twee achternamen"; VF a postcode in figures with the letters "km"; VG a name misheard and
put right on the next line ("je zei tom" / "o thomas sorry thomas de wit"); a number word with its "en" dropped
("zeventwintig"). Next to each: what must stay or still go. All own examples, not taken from the holdouts or the call
data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # VA stays narrow: an athlete's name said as someone's own name, or with a self or kin word before it
    (["ik heet femke bol"], "femke"),
    (["mijn buurvrouw marianne vos belt zo"], "marianne vos"),
    (["de naam is sven kramer"], "sven kramer"),
    (["wat is je naam", "lieke martens"], "lieke martens"),
    (["meneer johan cruijff van hiernaast"], "johan cruijff"),
    (["mijn zoon sven kramer zit in de auto"], "sven kramer"),
    # VB stays narrow: a club's name said as who someone is
    (["ik ben willem twee keer gebeld"], "willem"),
    (["ik ben twee keer naar willem twee keer geweest", "hij woont in de stad"], "willem"),
    (["mijn buurman willem twee huizen verderop"], "willem"),
    # VC stays narrow: a phone word in the line, or more numbers after
    (["bel me op nul zes"], "nul zes"),
    (["mijn nummer begint met nul zes"], "nul zes"),
    (["de wedstrijd is om acht uur", "mijn mobiel is nul zes twaalf"], "nul zes twaalf"),
    # VD: a foreign full name with a typical surname ending
    (["dus tomasz kowalczyk en hij rijdt"], "kowalczyk"),
    (["ik sprak met dragan petrovic gisteren"], "petrovic"),
    (["ja ioana ionescu belde"], "ionescu"),
    (["en bogdan marinescu komt ook"], "marinescu"),
    (["daar werkt olena shevchenko"], "shevchenko"),
    (["dus cristina vasilescu en ze zwemt bij de club"], "cristina vasilescu"),
    # VE: the last part of a double surname
    (["dus anna de vries jansen met twee achternamen"], "jansen"),
    (["hij heet piet bakker smit met een dubbele achternaam"], "smit"),
    (["dus karin van dam hofman met twee achternamen ja"], "hofman"),
    # VF: a postcode in figures with the letters km
    (["ik noteer 1234 km"], "1234"),
    (["het is 3511 km in utrecht"], "3511"),
    (["de postcode", "ik schrijf 6821 km"], "6821"),
    (["ik noteer 9712 km dus groningen"], "9712 km"),
    # VG: a name misheard and put right on the next line
    (["je zei tom", "o thomas sorry thomas de wit"], "tom"),
    (["u zei jan", "nee janneke pardon janneke smit"], "jan"),
    (["zei je kim", "sorry kimberley kimberley de boer"], "kim"),
    # a number word with its "en" dropped
    (["postcode is zeventwintig dertig ka el"], "zeventwintig"),
    (["dus vierdertig twaalf", "wacht vierendertig twaalf", "pee es"], "vierdertig"),
    (["mijn huisnummer is zesveertig"], "zesveertig"),
]

ORDINARY = [
    # VA: a famous athlete named in full
    ["femke bol won goud op de vierhonderd meter"],
    ["ik keek naar sven kramer op tv"],
    ["epke zonderland aan de rekstok was prachtig"],
    ["max verstappen won weer en je was blij"],
    ["je wilt net zo hard lopen als dafne schippers"],
    ["irene schouten schaatste drie keer goud"],
    ["marianne vos is een kampioen"],
    ["vivianne miedema scoorde twee keer"],
    ["je kijkt graag naar ranomi kromowidjojo"],
    ["je grote held is annemiek van vleuten"],
    ["net als mathieu van der poel wil je door de modder"],
    # VB: a club named like a person
    ["ajax speelde tegen go ahead eagles"],
    ["willem twee degradeerde vorig jaar"],
    ["tegen willem twee verloren we dik"],
    ["nac breda won van roda jc"],
    ["je bent al jaren fan van go ahead eagles"],
    # VC: a set's or a game's score
    ["de eerste set won je met zes drie"],
    ["je verloor de partij met nul zes"],
    ["de tweede set verloor je met nul zes", "de derde won je met zes nul"],
    ["het potje eindigde zeven vijf"],
    ["de stand was vijftien dertig"],
    ["de wedstrijd won je met nul een"],
    ["de set ging naar zes vier", "en de tweede naar zes drie"],
    # VD: ordinary words with a like ending
    ["we gingen langlaufen en skien"],
    ["je deed aan waterski"],
    ["de tour de ski was spannend"],
    # VE: double surnames talked about
    ["ze heeft twee achternamen maar zegt er een"],
    ["met twee achternamen is het formulier lastig"],
    # VF: kilometres
    ["ik fietste 1200 km dit jaar"],
    ["de teller staat op 4500 km"],
    ["de auto heeft 8000 km gereden"],
    ["de tocht is 1500 km naar spanje"],
    # VG: something said and put right that is no name
    ["je zei niks", "nee sorry ik was afgeleid"],
    ["hij zei morgen", "o sorry morgenochtend bedoelde ik"],
    ["je zei mark", "o mark is prima"],
    # a number word with its "en" dropped, in ordinary talk
    ["zeventwintig euro voor de sportschool"],
    ["het zwembad is zesdertig meter lang"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
