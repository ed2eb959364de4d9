"""Round 98 (holdout CU, addiction care and recovery, the addiction clinic, methadone, detox, AA/NA, sponsors, the
gambling helpline and sober houses, as development data). What goes: LA "zus" heard for "zes" after "nul" at a
number's head; LB a house number's last digits read one by one after the street; LC a line that is only a street, a
house number and a house letter; LD a first name between "zei" and a surname spelled on the next line; LE a surname
before "met een umlaut", a tussenvoegsel with t ("meneer op t ..."); LF a postcode's letters after "eindigt op"; LG a
mail's local part after "voor het apenstaartje staat", a mail said glued ("apenstaartjegmail puntcom"); LH a name
that is an ordinary word confirmed on the next line ("zo heet hij echt"); LI a postcode's letters after "ik noteer"
on the line after its digits; LJ an IBAN's country letters and check digits spelled before the bank code; LK the
digits "de laatste drie zijn ..." names; LL a d/m/yyyy date after "geb."; LN a bare number corrected after "nee".
What stays: LM counting aloud followed by "nog een keer"; near misses of each form; round 97's doubtful KA: short
words that are talk ("net zo", "pas", "mee") on the line after "... heet [naam]". All own examples, not taken from
the holdouts or the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests, word_kept_test

SECRET_CASES = [
    # LA: "zus" for "zes" after "nul"
    (["bel me maar op nul zus een twee drie vier vijf zes zeven acht"], "zus"),
    (["het mobiel van mijn begeleider is nul zus negen acht zeven zes vijf vier drie twee"], "zus"),
    # LB: a house number's last digits after the street
    (["ik woon aan de lange nieuwstraat één vier twee in utrecht"], "vier"),
    (["het opvanghuis is op de brouwersgracht twee acht in haarlem"], "acht"),
    (["hij zit in de kleine kerkstraat drie zes"], "zes"),
    # LC: a line that is only a street, a house number and a house letter
    (["de hoge weide zeventien b", "in amersfoort"], "weide"),
    (["het lange pad achtentwintig c"], "pad"),
    (["de oude vest negen a"], "vest"),
    # LD: a first name before a surname spelled on the next line
    (["dus je zei hessel boersma", "b o e r s m a"], "hessel"),
    (["hij zegt ruurd kuipers", "k u i p e r s"], "ruurd"),
    # LE: a surname before "met een umlaut", a tussenvoegsel with t
    (["mijn begeleider heet karin schroder met een umlaut"], "schroder"),
    (["de verslavingsarts heet jan muhlberg met een trema"], "muhlberg"),
    (["mevrouw in t veld belde gisteren"], "veld"),
    (["meneer van t hof komt vanavond"], "hof"),
    # LF: a postcode's letters after "eindigt op"
    (["mijn postcode eindigt op ka el en begint met twee vier een nul"], "ka"),
    (["de postcode eindigt op es tee"], "tee"),
    # LG: a mail's local part after "voor het apenstaartje staat"; a mail said glued
    (["voor het apenstaartje staat nuchtermarco", "en dan gmail punt com"], "nuchtermarco"),
    (["voor het apenstaartje komt herstel tijd", "daarna outlook punt nl"], "herstel"),
    (["mail maar naar pieter dekkers apenstaartjehotmail puntnl"], "dekkers"),
    (["het is soberliving apenstaartjegmail puntcom"], "soberliving"),
    # LH: a name that is an ordinary word, confirmed on the next line
    (["meneer de bakker", "ja zo heet hij echt"], "bakker"),
    (["mevrouw visser", "nee zo heet ze echt"], "visser"),
    # LI: a postcode's letters after "ik noteer" on the line after its digits
    (["vier twee een acht", "ik noteer ka em"], "em"),
    (["zes drie vier een", "ik noteer dee es"], "drie"),
    # LJ: an IBAN's country letters and check digits before the bank code
    (["het is d e vierenveertig dan bankcode een twee drie vier vijf zes zeven acht en dan nul nul nul een twee drie"],
     "vierenveertig"),
    (["mijn rekening is en el drieënvijftig rabo nul drie vier vijf zes zeven acht negen een twee"], "drieënvijftig"),
    (["b e zesenzestig en dan nul nul nul een twee drie vier vijf zes zeven acht negen"], "zesenzestig"),
    # LK: the digits "de laatste drie zijn" names
    (["de laatste vier zijn drie acht een zeven", "en daarvoor twee zes vijf vier negen"], "acht"),
    (["de eerste twee cijfers zijn vijf drie"], "drie"),
    # LL: a d/m/yyyy date after "geb."
    (["Geb.datum 04/11/1972 staat op het formulier"], "1972"),
    (["geb. 17-03-1988 in Zwolle"], "1988"),
    # round 97's KA still: a short name that is no talk after "heet [naam]"
    (["zijn zus heette els", "en zijn broer bo"], "bo"),
    (["de moeder heet ria", "en de dochter an lin"], "lin"),
    # the same forms where the rules alone let them through before this round
    (["dus nul zus vier vier twee een nul acht zes drie"], "zus"),
    (["meneer op t hoogt", "hoogt met g t"], "t"),
    (["de postcode eindigt op zet wee en begint met vier vier nul een"], "wee"),
    (["zeven zeven vijf twee", "ik noteer ha ka"], "ka"),
    (["je neef in duitsland heeft d e eenenvijftig dan bankcode vier vier nul vijf nul nul zes zes en dan nul een "
      "twee drie vier vijf zes zeven acht negen"], "eenenvijftig"),
    (["en el vijftig rabbo nul vier vier drie twee een zeven zes vijf acht"], "rabbo"),
    (["de laatste drie zijn vier acht acht", "en daarvoor zes een twee nul nul vijf"], "acht"),
    (["Geb.datum 09/10/1981"], "1981"),
    (["de korte rijn zevenendertig b", "in leiden"], "rijn"),
    (["voor het apenstaartje staat nuchtertom", "en daarna hotmail punt nl"], "nuchtertom"),
    (["dus karel jansen apenstaartjegmail puntcom"], "puntcom"),
    # LN: a bare number corrected after "nee"
    (["vijfenveertig drie", "nee", "vijfenveertig dertig", "en ka el"], "drie"),
    (["tweeëntwintig vijf", "nee", "tweeëntwintig vijftig"], "vijftig"),
]

ORDINARY = [
    # LA near misses: "zus" as a sister
    ["mijn zus belt me op nul nee ik bedoel niet"],
    ["nul keer heb ik mijn zus gezien dit jaar"],
    # LB near misses: a street and its number, then other words
    ["ik woon al twee jaar in de wijk"],
    ["we wandelen elke dag twee rondjes"],
    # LC near misses: a room, ward or group with a number and a letter
    ["kamer vierentwintig b"],
    ["de groep zeven b"],
    ["artikel twaalf a"],
    ["de afdeling drie c"],
    ["bus achtentwintig a"],
    # LD near misses: "zei" and ordinary words
    ["ik zei gisteren nog dat het goed ging"],
    ["je zei eerst dat je niet wilde"],
    # LE near misses: "met een" after ordinary words, "op t" without a title
    ["ik ben op t laatst gestopt met drinken"],
    ["ik schrijf het met een pen op"],
    ["hij zit op t werk"],
    # LF near misses: "eindigt op" with ordinary words
    ["de dag eindigt op een goede manier"],
    ["het gesprek eindigt op tijd"],
    # LG near misses: the at sign talked about
    ["voor het apenstaartje staat je naam meestal"],
    ["ik weet niet wat er voor het apenstaartje staat"],
    # LH near misses: "zo heet" with no title before it
    ["de groep", "zo heet het echt"],
    ["meneer zei dat het goed ging", "ja zo heet hij echt"],
    # LI near misses: noting words after a count that is no postcode
    ["ik noteer het even"],
    ["we zijn met zijn vieren", "ik noteer alles"],
    # LJ near misses: "en el" in talk
    ["het is een lange weg en el zei ik al"],
    ["ik heb de rekening betaald"],
    # LK near misses: "de laatste drie" without digits
    ["de laatste drie weken waren zwaar"],
    ["de laatste drie zijn het moeilijkst"],
    ["de eerste twee dagen van de detox"],
    # LL near misses: dates with no birth word
    ["de opname is op 12/02/2025 gepland"],
    ["intake op 03-04-2026 bij de kliniek"],
    # LM: counting aloud stays
    ["we tellen samen een twee drie vier vijf zes zeven", "en nog een keer"],
    ["adem in op één twee drie vier vijf zes", "en nog een keer rustig uit"],
    ["tel maar af tien negen acht zeven zes vijf", "en dan nog een keer"],
    ["we tellen samen één twee drie vier vijf zes zeven acht negen tien", "en nog een keer rustig"],
    # LN near misses: a count corrected
    ["hij werd tachtig", "nee", "eenentachtig"],
    ["het waren er vijf", "nee", "zes"],
]

KEPT = [
    (["ik woon aan de lange nieuwstraat één vier twee in utrecht"], "woon"),
    (["mijn begeleider heet karin schroder met een umlaut"], "umlaut"),
    (["voor het apenstaartje staat nuchtermarco", "en dan gmail punt com"], "apenstaartje"),
    (["de laatste vier zijn drie acht een zeven", "en daarvoor twee zes vijf vier negen"], "laatste"),
    (["mijn postcode eindigt op ka el en begint met twee vier een nul"], "eindigt"),
    (["meneer de bakker", "ja zo heet hij echt"], "echt"),
    (["bel me maar op nul zus een twee drie vier vijf zes zeven acht"], "bel"),
    # round 97's doubtful KA: short words that are talk are no names on the line after "heet [naam]"
    (["zijn broer heet kees", "en zijn vrouw net zo"], "net"),
    (["de zoon heet wim", "en de dochter pas net"], "pas"),
    (["haar broer heet kees", "en haar zus mee"], "mee"),
    (["de oudste heet sanne", "en de zoon ook al"], "al"),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
test_word_kept = word_kept_test(KEPT)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
