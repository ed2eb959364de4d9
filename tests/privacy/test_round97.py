"""Round 97 (holdout CT, a death in the family, funerals, undertakers, inheritance, the notary, the bank after a death,
clearing out a house and grief support, as development data). What goes: KA a second kin named on the line after
"... heet [naam]" with short given names that are also words ("en de dochter li mei"); KB a name on the line after a
hanging heet/heette, and a filler inside a name ("[naam] eh doelwijt"); KC a mail's local part of several words
starting the line after a hanging "naar" ("herinneringen aan jan apenstaartje ..."); KD a feast day just before
jarig/geboren ("op kerstavond jarig"); KE a date with an apostrophe year ("12-5-'44"). What stays: KF a town hall's
14 number ("veertien nul twintig"); KG an organisation's 088/0800/0900 number after a helpline's name; and near
misses of each form. All own examples, not taken from the holdouts or the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests, word_kept_test

SECRET_CASES = [
    # KA: a second kin named on the next line
    (["de oudste zoon heet wim", "en de dochter an lan"], "lan"),
    (["haar broer heette kees", "en haar zus mei ling"], "ling"),
    (["de weduwe heet truus", "en de zoon bo"], "bo"),
    (["de kleinzoon heet daan", "en de kleindochter xiu mei"], "xiu"),
    (["zijn vader heette gerrit", "en zijn moeder hendrika"], "hendrika"),
    (["de erfgenaam heet tom", "en zijn zus yun"], "yun"),
    # KB: a name after a hanging heet/heette, a filler inside it
    (["de notaris in het dorp heette", "bartholomeus eh lanckriet"], "lanckriet"),
    (["de overleden tante in suriname heette", "wilhelmina eh pinas"], "pinas"),
    (["de uitvaartleider bij ons heet", "gijsbert eh kamsteeg"], "kamsteeg"),
    (["haar eerste man heette", "doelemans"], "doelemans"),
    (["de executeur is evert eh tjoelker"], "tjoelker"),
    (["de contactpersoon is marieke ehm bosschaart"], "bosschaart"),
    (["het was petra uh wijnbergen"], "wijnbergen"),
    # KC: a mail's local part of several words after a hanging "naar"
    (["de kaarten kunnen naar", "afscheid van piet apenstaartje gmail punt com"], "afscheid"),
    (["stuur de foto's maar naar", "in memoriam els at hotmail punt com"], "memoriam"),
    (["de rouwkaarten gaan naar", "familie de wit at outlook punt com"], "familie"),
    (["alle berichten graag via", "herdenking opa apenstaartje ziggo punt nl"], "herdenking"),
    # KD: a feast day just before jarig/geboren
    (["hij was op kerstavond jarig"], "kerstavond"),
    (["mijn moeder was op oudejaarsdag jarig"], "oudejaarsdag"),
    (["ze is op koningsdag geboren"], "koningsdag"),
    (["opa was op nieuwjaarsdag jarig", "dat vierden we altijd"], "nieuwjaarsdag"),
    (["ze was op pakjesavond jarig"], "pakjesavond"),
    (["onze vader was op valentijnsdag jarig"], "valentijnsdag"),
    # KE: a date with an apostrophe year
    (["Geb. 3-11-'51 volgens het trouwboekje."], "3-11-'51"),
    (["geb. 24/06/'38 in Delft"], "24/06/'38"),
    (["op de kaart staat 7.2.'29 als geboortedatum"], "7.2.'29"),
    (["Overl. 1-1-'99, geb. 12-12-'20"], "12-12-'20"),
    (["geboortedatum 30-4-’47"], "30-4-’47"),
    # near the kept numbers: a private number after the same words still goes
    (["de gemeente belde mij op nul zes een twee drie vier vijf zes zeven acht"], "zeven acht"),
    (["mijn buurvrouw is op nul zes negen acht zeven zes vijf vier drie twee"], "drie twee"),
    (["de zoon van de luisterlijn is 0612345678"], "0612345678"),
    (["bel mij op 06 1234 5678"], "5678"),
    # round 96's doubtful JA: a street named with a preposition after "naar" (no article before it)
    (["de rouwstoet ging naar achter de kerk steeg"], "kerk steeg"),
    (["de bloemen moeten naar over de brug straat zeven"], "brug straat"),
    (["de kist werd gebracht naar achter het raadhuis plein"], "raadhuis plein"),
    # KH/KI near misses: a phone digit corrected and a real postcode after sinds stay secret
    (["bel me op nul zes een twee drie vier vijf zes zeven acht", "nee niet drie maar vier"], "vier"),
    (["de postcode is sinds kort vijf twee een twee ka el"], "twee ka el"),
]

ORDINARY = [
    # KA near misses: "en de dochter ..." with no name before it
    ["en de dochter ook"],
    ["en de zoon woont in spanje"],
    # KB near misses: a hanging heet with ordinary words after it, a filler in ordinary talk
    ["hoe het ook heette", "ik weet het niet meer"],
    ["het dorp waar hij woonde heette", "eh even denken"],
    ["hoe heet", "de begrafenisondernemer ook alweer"],
    ["het was eh moeilijk"],
    ["de kist eh stond er al"],
    ["het afscheid was eh mooi"],
    # KC near misses: a hanging naar, then ordinary talk or a mail with its own words
    ["de kaarten kunnen naar", "het adres van de uitvaart"],
    ["stuur het maar naar", "mijn mail [e-mail] staat in de brief"],
    ["de rouwkaarten gaan naar", "de familie en de buren"],
    ["we gaan morgen naar", "de notaris in het dorp"],
    # KD near misses: a feast day with no birthday
    ["op kerstavond was hij al erg ziek"],
    ["ze is op oudejaarsdag begraven"],
    ["op koningsdag waren we allemaal bij elkaar"],
    ["wie is er op kerstavond jarig in jouw familie"],
    ["op de begrafenis was hij jarig geweest zeiden ze"],
    # KE near misses: years with an apostrophe, no day and month
    ["hij kwam in '44 terug uit indië"],
    ["de zomer van '76 was heet"],
    ["dat liedje uit de jaren '80"],
    ["de kist is besteld op 3-2-'25"],
    ["de akte is opgemaakt op 14-6-'23 bij de notaris"],
    # KF: a town hall's 14 number stays
    ["de gemeente bel je op veertien nul twintig"],
    ["het nummer van de gemeente is veertien nul tien"],
    ["bellen via 14020 kan ook"],
    ["de gemeente is bereikbaar op veertien nul vijf vijf"],
    # KG: an organisation's number after a helpline's name stays
    ["de Luisterlijn is 088 0767 000."],
    ["bel de rouwlijn op 0800 1234"],
    ["de kindertelefoon 0800 0432 is gratis"],
    ["de infolijn van de bank is 0900 0024"],
    ["de hulplijn 088 1234 567 is dag en nacht open"],
    # JA near misses after "naar": no street word, or "weg" (going away)
    ["hij rende naar achter de schuur weg"],
    ["we liepen naar achter de kerk"],
    ["de kinderen gingen naar boven het huis in"],
    # KI: a year after sinds/vanaf
    ["de postcode is sinds negentien negentig veranderd"],
    ["het tarief geldt vanaf twintig vierentwintig"],
    ["die postcode bestaat sinds negentien zeventig niet meer"],
    # round 96's doubtful forms left as they were (see the report): places after in/naar/uit
    ["we reden naar bergen en daarna naar houten"],
    ["hij woonde in goes"],
]

KEPT = [
    (["de oudste zoon heet wim", "en de dochter an lan"], "dochter"),
    (["de kaarten kunnen naar", "afscheid van piet apenstaartje gmail punt com"], "kaarten"),
    (["hij was op kerstavond jarig"], "jarig"),
    (["Geb. 3-11-'51 volgens het trouwboekje."], "volgens"),
    (["de notaris in het dorp heette", "bartholomeus eh lanckriet"], "notaris"),
    # KA near misses: the next line says more about the kin, no name
    (["de oudste zoon heet wim", "en de dochter ook"], "ook"),
    (["haar broer heette kees", "en haar zus woont in spanje"], "woont"),
    (["de weduwe heet truus", "en de zoon is er niet"], "niet"),
    (["de kleinzoon heet daan", "en de kleindochter kwam later"], "kwam"),
    (["de kleinzoon heet daan", "en de kleindochter ook al"], "ook"),
    # KH: a count corrected on the line after a phone number stays (round 96's doubtful form)
    (["bel me op nul zes een twee drie vier vijf zes zeven acht", "er waren er niet drie maar vier"], "drie"),
    (["mijn nummer is nul zes negen negen een een zeven zeven zes zes", "het waren geen twee maar drie uur"], "twee"),
    (["het nummer is nul zes een een twee twee drie drie vier vier", "er kwamen niet vijf maar zes mensen"], "zes"),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
test_word_kept = word_kept_test(KEPT)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
