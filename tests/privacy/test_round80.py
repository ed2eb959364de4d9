"""Round 80: feast days, anniversaries and the calendar (holdout CC's forms), and CB's postcode correction. What goes:
SA a second surname after a name that ended in a surname, at the line's end ("... [naam] bakker", a double surname
whose last part is an ordinary word too); SB the word between "naam ... is" (or "heet") and a [naam] (a surname said
first); SC a street in "-ring" made of a word ending in "e" and "ring" ("oranjering"), a filler between such a street
and its number, and the house letter after the number; SD a Frisian street with "it" after a few head words ("dus it
... tweeentwintig"); SE a postcode's last digits corrected on the next line, also when the window revises the postcode
line only a line later. What stays: SK a diminutive with "een" after it ("je kleine pleegbroertje een klap"), SL a
year said twice after "in" ("in tachtig eh tweeentachtig"). Next to each: what must stay. All own examples, not taken from the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # SA: a double surname whose last part is an ordinary word
    (["de bloemen gaan naar tante corrie de vries visser"], "visser"),
    (["op de envelop schrijf ik voor opa henk de vries bakker"], "bakker"),
    (["de taart is voor buurvrouw ans de jong smit"], "smit"),
    (["het kaartje komt van oom kees de vries koning"], "koning"),
    (["de uitnodiging is voor mevrouw els de jong bos"], "bos"),
    (["de felicitatie is van neef bram de vries bakker eh"], "bakker"),
    # SB: a surname said first, between "naam ... is" and a [naam]
    (["de naam op het cadeau is wang mei ling"], "wang"),
    (["zijn naam in het boek is wang jun hao"], "wang"),
    (["de naam op de taart voor het maanfeest is han ji woo"], "han"),
    (["mijn schoonzoon heet wang jun hao"], "wang"),
    (["de naam op de envelop voor suikerfeest is han ji woo"], "han"),
    (["de naam op de kaart voor het nieuwjaar is song jun hao"], "song"),
    (["haar volle naam is tran thi lan"], "tran"),
    # SC: "-ering" streets made of a word and "ring", a filler before the number, the house letter
    (["ik noteer oranjering eh zesenveertig b"], "oranjering zesenveertig b"),
    (["dus oranjering achtentwintig a"], "oranjering achtentwintig"),
    (["het feest is op de oranjering drieënveertig"], "oranjering drieenveertig"),
    (["zet maar julianaring eh vijftien"], "julianaring vijftien"),
    (["ik schrijf op emmaring uh negentien d in assen"], "emmaring negentien d"),
    (["de koffietafel is aan de beatrixring eh tweeënzeventig"], "beatrixring tweeenzeventig"),
    (["ik noteer oranjering zeventien c"], "oranjering zeventien c"),
    # SD: a Frisian street with "it" after head words
    (["dus it heechein zeventien in sneek"], "it heechein zeventien"),
    (["ja it leechlan negen in joure"], "it leechlan negen"),
    (["eh it skilplein vierentwintig"], "it skilplein vierentwintig"),
    (["oke it sudein drieëndertig in heerenveen"], "it sudein drieendertig"),
    (["dus ik noteer it westerein twaalf"], "it westerein twaalf"),
    (["en dan it kleasterpaed acht"], "it kleasterpaed acht"),
    # SE: a postcode's last digits corrected on the next line
    (["vierendertig achtenzestig", "o nee achtenvijftig", "en dan de letters k m"], "achtenvijftig"),
    (["zesenveertig tweeëntwintig", "nee sorry drieëntwintig", "de letters zijn p r"], "drieentwintig"),
    (["eenentachtig negenenzeventig", "oh nee negenenzestig", "met de letters d f"], "negenenzestig"),
    (["tweeënzestig vierenveertig", "pardon vijfenveertig", "en de letters x t"], "vijfenveertig"),
    (["mijn postcode is negentien zevenentwintig", "o nee zevenendertig"], "zevenendertig"),
    (["zevenendertig eenendertig", "nee ik bedoel eenenvijftig", "en dan de letters h j"], "eenenvijftig"),
    (["drieënvijftig achttien", "o nee negentien", "en dan de letters b b"], "negentien"),
    # SK, SL stay narrow: a real postcode of a decade and a number, a real street in "-tje" with its number
    (["mijn postcode is tachtig tweeëntachtig e u"], "tachtig tweeentachtig"),
    (["de postcode is negentig eh vijfennegentig k l"], "negentig vijfennegentig"),
    (["ik woon op het pleintje een"], "pleintje"),
]

ORDINARY = [
    # SA: a name and an ordinary word that is no second surname
    ["ik ben met mijn tante naar de bakker geweest"],
    ["de visser bracht vis voor het kerstdiner"],
    ["ze kocht de taart bij de bakker op de hoek"],
    ["mijn opa was visser op de noordzee"],
    ["met kerst speelt mijn neefje altijd koning"],
    ["ik liep met mijn hond door het bos"],
    # SB: "naam ... is" without a name behind it
    ["de naam is me even ontschoten"],
    ["zijn naam is nu wel bekend in het dorp"],
    ["de naam van het feest is me vergeten"],
    ["hij heet net als zijn opa"],
    ["mijn wang is dik van de kies"],
    ["de naam op het kaartje is niet te lezen"],
    ["wat is de naam van die feestdag ook alweer"],
    # SC: "-ering" words that are no street
    ["de ervaring eh twee keer was genoeg"],
    ["de verzekering eh drie maanden geleden opgezegd"],
    ["de vergadering eh tien minuten later"],
    ["de levering eh vijf dagen te laat"],
    ["de herinnering aan oudjaar twaalf jaar geleden doet pijn"],
    ["de verandering eh twee weken geleden was zwaar"],
    ["een verbetering van eh twintig procent"],
    ["de oranje trui heb ik drie keer gedragen"],
    # SD: "it" that is no Frisian street
    ["dus it is what it is zeg maar"],
    ["ja it was a long day"],
    ["en dan it was twee keer"],
    ["dus it makes sense toch"],
    ["eh it doesnt matter"],
    # SE: a correction after numbers that were no postcode
    ["we waren met vierendertig mensen", "o nee vijfendertig"],
    ["ik ben achtenzestig", "nee sorry negenenzestig"],
    ["dat was in negentienhonderd zevenentachtig", "o nee achtentachtig"],
    ["ik heb drie kinderen", "nee sorry vier"],
    ["het feest duurde drie dagen", "o nee vier dagen"],
    ["tweeënzestig jaar getrouwd", "o nee drieënzestig", "en nog steeds gelukkig"],
    # SK: a diminutive with "een" after it is no street and house number
    ["en je kleine pleegbroertje een klap gegeven"],
    ["toen heeft mijn pleegzusje een taart gebakken"],
    ["dan krijgt haar stiefbroertje een cadeautje"],
    # SL: a year said twice is no postcode
    ["toen de winkel dicht ging in tachtig eh tweeëntachtig en u alleen kwam te staan"],
    ["we zijn verhuisd in negentig eh vijfennegentig naar het dorp"],
    ["sinds zeventig eh zesenzeventig vieren we kerst bij oma"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
