"""Round 93 (holdout CP, housing, moving, landlords and neighbours, as development data). What goes: HA a phone number
or a bsn said in number words with hundreds or a word misheard by one letter ("nul zes vierentwinting achtig ...");
HC the house number of the one next door after a street and house number ("... dus naast ons op negentien"); HD a
house number (and its letter) said on the lines before the street ("eenenveertig b zei je" / "aan de lindelaan");
HF a misheard name corrected on the next line ("mevrouw de graaf" / "nee de graag sorry"); HG "ene <name>" (a certain
...); HH "en dan <two letters>" at the end of a line with a postcode; HI a postcode's four digits at the end of a line
that says "postcode" and of the line after it; HJ "en el" before an account's number; HM (round 92's doubtful) "geboren in de negende maand". What stays: HL an occupation
in "sinds hij huisman is", a service number (088, 0800) with hundreds, and the near misses of each form. All own
examples, not taken from the holdouts or the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests, word_kept_test

SECRET_CASES = [
    # HA: number runs with hundreds or a misheard word
    (["de huisbaas is te bereiken op nul vijftig driehonderdtwaalf vierenveertig nul zes"],
     "nul vijftig driehonderdtwaalf vierenveertig nul zes"),
    (["mevrouw van het wijkteam is direct te bereiken op nul vijftig driehonderdtwaalf vierenveertig nul zes"],
     "nul vijftig driehonderdtwaalf vierenveertig nul zes"),
    (["bel de woningbouw op nul twintig vijfhonderdzestig zevenentachtig nul een"],
     "nul twintig vijfhonderdzestig zevenentachtig nul een"),
    (["het nummer van de verhuurder nul zes achtentwinting dertig vijfenvijftig twaalf"],
     "nul zes achtentwinting dertig vijfenvijftig twaalf"),
    (["de klusjesman nul zes zeventich eenentwintig drieënveertig negen"],
     "nul zes zeventich eenentwintig drieënveertig negen"),
    (["mijn bsn is zeshonderdveertien tweehonderddertig zevenonderdnegen"],
     "zeshonderdveertien tweehonderddertig zevenonderdnegen"),
    (["bsn driehonderdtwaalf vierhondervijftig honderdnegen"], "driehonderdtwaalf vierhondervijftig honderdnegen"),
    # HC: next door's house number
    (["de buurvrouw woont op de vlinderweg elf dus naast ons op negen"], "vlinderweg elf negen"),
    (["hij zit op de kastanjelaan veertig en ik op tweeënveertig"], "kastanjelaan veertig tweeënveertig"),
    (["mijn vriendin woont aan de merelstraat vijf en wij op zeven"], "merelstraat vijf zeven"),
    (["de verhuurder woont op de hoflaan drie en zij op vijf"], "hoflaan drie vijf"),
    # HD: a house number before its street
    (["eenenveertig b zei je", "nee eenenveertig c sorry", "aan de lindelaan in zwolle"], "eenenveertig b c lindelaan"),
    (["het nummer is drie vier twee", "aan de sperwerstraat"], "drie vier twee sperwerstraat"),
    (["achttien a zeg je", "op de reigerlaan"], "achttien reigerlaan"),
    # HF: a misheard name corrected
    (["mevrouw de graaf", "nee de graag sorry"], "graaf graag"),
    (["meneer van dijken", "nee van dijkstra sorry"], "dijken dijkstra"),
    (["de huisbaas is meneer koopmans", "nee koopman bedoel ik"], "koopmans koopman"),
    # HG: ene <name>
    (["de huurder boven is ene brinkhorst uit zwolle"], "brinkhorst"),
    (["er belde ene meneer terpstra van de woningbouw"], "terpstra"),
    (["ik sprak met ene lammers"], "lammers"),
    (["de verhuizer was ene kuipers die het deed"], "kuipers"),
    # HH: en dan two letters at the end with a postcode
    (["postcode tweeënveertig achttien", "achttien ja en dan ka el"], "ka el"),
    (["de postcode is vijfenzestig twaalf en dan er te"], "er te"),
    (["postcode zevenentwintig elf", "of was het zevenentwintig dertien", "dertien oke en dan pe es"], "pe es"),
    # HI: four digits after postcode, and on the next line
    (["postcode van het oude huis in breda achtenveertig elf"], "achtenveertig elf"),
    (["en de postcode in deventer vierenzeventig zeventien"], "vierenzeventig zeventien"),
    (["postcode van de oude woning in zwolle tweeëntachtig dertig", "en de nieuwe in kampen tweeëntachtig eenenzestig"],
     "tweeëntachtig dertig eenenzestig"),
    (["de postcode van mijn moeder in ede zevenenzestig achttien", "en die van mijn zus in wageningen zevenenzestig "
      "eenendertig"], "zevenenzestig achttien"),
    # HM (round 92's doubtful): a birth month said as an ordinal
    (["ze is geboren in de negende maand"], "negende maand"),
    (["mijn zoon is geboren in de derde maand"], "derde maand"),
    # HJ: en el before an account's number
    (["en el negenendertig rabo nul drie", "vier vier vijf zes zeven", "acht negen een twee"], "el negenendertig"),
    (["en el zesentachtig ing b", "nul nul nul twee drie", "vier vijf zes zeven acht"], "el zesentachtig"),
    (["en el eenenveertig nee tweeënveertig abna", "nul vier vijf zes zeven", "acht negen nul een twee"],
     "el eenenveertig tweeënveertig"),
]

ORDINARY = [
    # HL: an occupation after a conjunction, a pronoun, before a verb of being
    ["sinds hij huisman is zit hij de hele dag in dat kleine flatje"],
    ["nu zij huisvrouw is heeft ze meer tijd voor de tuin"],
    ["toen hij conciërge was kende hij iedereen in de flat"],
    ["omdat ze huismeester is weet ze alles van de lift"],
    # HA near misses: service numbers, counts, amounts
    ["de huurcommissie is dag en nacht bereikbaar op nul achthonderd vijftien vijftien"],
    ["de huur ging van zevenhonderdtwintig naar achthonderdvijftig euro"],
    ["we hebben driehonderdvijftig dozen en twintig kratten ingepakt"],
    ["nul komma vijf procent huurverhoging en dan nog twintig euro servicekosten"],
    ["de achtergevel is twintig jaar oud en het dak dertig"],
    ["het wijkteam is dag en nacht te bereiken op nul vijftig driehonderdtwaalf vierenveertig nul zes"],
    # HC near misses: no pronoun, no address before, a floor or a day
    ["we wonen op de derde verdieping en zij op vier hoog"],
    ["ik werk op maandag en zij op dinsdag"],
    ["de bus stopt bij het station en wij stappen uit op twee"],
    ["hij staat op nummer een en wij op twee in de wachtlijst"],
    # HD near misses: numbers said before something that is no street
    ["drie twee zei je", "ja op de wachtlijst"],
    ["twintig zeg je", "op de eerste verdieping"],
    ["het nummer is zeven", "op de bus naar huis"],
    # HF near misses: a correction to a role, not a similar name
    ["ik heb het gevraagd", "nee de verhuurder sorry"],
    ["de verhuurder wilde het niet", "nee de verhuizer bedoel ik"],
    ["de ene week bij zijn vader", "en de andere bij zijn moeder"],
    # HG near misses: ene after de/het, ene before ordinary words
    ["aan de ene kant wil ik verhuizen aan de andere kant niet"],
    ["het ene huis is groter dan het andere"],
    ["de ene buurman is aardig en de andere niet"],
    ["de ene na de andere verhuisdoos"],
    # HH near misses: en dan letters with no postcode
    ["eerst de woonkamer en dan de keuken"],
    ["we speelden een potje en dan zei hij a b c"],
    # HI near misses: postcode with no digits at the end, numbers after other words
    ["de postcode weet ik niet meer van het oude huis"],
    ["ik woon al twintig jaar in deze straat en mijn zus vijftien"],
    ["de postcode veranderde toen we verhuisden in negentien negentig"],
    ["en de nieuwe keuken kostte vijftien twintig"],
    # HM near misses: a pregnancy's month, a month with no birth word
    ["ze is zwanger en zit in de negende maand"],
    ["de huur gaat omhoog in de derde maand van het jaar"],
    # HJ near misses: en el as talk
    ["en el is een letter uit het alfabet"],
    ["ja en el salvador is ver weg"],
]

# HF near misses: a correction to a role after a name stays (the name goes)
KEPT = [
    (["ik sprak mevrouw van dam", "nee de buurvrouw sorry"], "buurvrouw"),
    (["meneer bakker belde", "nee de beheerder bedoel ik"], "beheerder"),
    (["mevrouw de wit", "nee de woningbouw sorry"], "woningbouw"),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
test_word_kept = word_kept_test(KEPT)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
