"""Round 20: details given step by step over short lines (own examples, not taken from the holdouts), and near misses
that stay.

Addresses: a street's name said alone on its line ("de Binnenrotte", "ja het Buitenhof", "achter de Wal"), then its
number asked for ("welk nummer", also with the street said back: "oké de Meidoorn en welk nummer") or given ("nummer
vijfendertig"; with no question before it, the name is no ordinary word, is said twice, starts with "achter/over/..."
or addresses are talked about; a line about the place may come between when the name is no ordinary word); a house number said again a line or two later ("twaalf b of zonder letter" /
"dus twaalf"), said alone before its street ("vierentwintig zegt u" / "de Lindelaan"), or first with a street named
"De la ..." ("veertien de la Sablonièrekade"); a floor on its own line after an address ("derde verdieping"), a floor's
side ("eerste etage achter"), a room after the house number ("kamer twaalf"), a title before a street named after
someone ("professor de [adres]").
Postcodes: the letters on a line of their own ("ka el", "dubbel e") after the digits, also with a town or "ja"
between; the digits said as two pairs a line or two before the letters.
Numbers: a digit pattern read back between a number's pieces ("dubbel twee in het midden", "drie keer vier"); a number
that goes on after "ja" or such a pattern; a number's first digits, a pause ("ja wacht even"), then the rest; an
international number's "dubbel nul" and country code; the letters N L said alone before an IBAN ("en el" /
"vierenzestig"), and an IBAN's two check digits between its letters or before its bank ("n l drieëndertig i n g b").
Names: a word spelled letter by letter and then said whole, or said in pieces and read back glued; a name asked for
("en haar achternaam") and answered alone; a name with its short form ("bram dat is kort voor abraham", "lotje
zeggen ze", "wilhelmina maar iedereen zegt mien"); someone addressed by a name before "je bent" ("soraya je bent ...").
"""

from __future__ import annotations

from tests.privacy.rounds import leaked, round_tests, rules_and_tagger, rules_only
from voice_companion.privacy.redact import Redactor

SECRET_CASES = [
    # a bare street, then its number asked for or given
    (["ja de binnenrotte", "welk nummer", "drieënveertig"], "binnenrotte drieenveertig"),
    (["buitenhof", "ja het buitenhof", "nummer vijfendertig"], "buitenhof vijfendertig"),
    (["hoge zand", "welk huisnummer", "elf boven de bakker"], "hoge zand elf"),
    (["waar woont u nu", "lange voorhout", "nummer achttien"], "lange voorhout achttien"),
    (["achter de wal", "nummer zeventien"], "wal zeventien"),
    (["oké bolwerkstee", "ja dat is bij het park", "nummer elf"], "bolwerkstee elf"),
    (["de meidoorn", "oké de meidoorn en welk nummer", "eenentwintig"], "meidoorn eenentwintig"),
    # a house number said again, or alone before its street
    (["ze woont op de vismarkt", "nummer twaalf", "twaalf b of zonder letter", "zonder letter dus twaalf"],
     "vismarkt twaalf"),
    (["het is zesennegentig", "ja zesennegentig de lindelaan"], "zesennegentig lindelaan"),
    (["eh vierentwintig zegt u", "de lindelaan"], "vierentwintig lindelaan"),
    (["ja veertien de la sablonierekade"], "veertien la sablonierekade"),
    # a floor, a side, a room, a title
    (["herengracht honderdtwaalf", "derde verdieping"], "herengracht honderdtwaalf derde verdieping"),
    (["kerkstraat negen eerste etage achter"], "kerkstraat negen eerste etage achter"),
    (["hoge rijndijk tweehonderd kamer twaalf"], "rijndijk tweehonderd kamer twaalf"),
    (["professor de moorplein", "ja daar woont ze", "professor de moorplein vier"], "professor moorplein vier"),
    # postcode letters alone, its digits in pairs before them
    (["zevenendertig achttien", "ja", "ka el"], "zevenendertig achttien ka el"),
    (["vijftien negentig", "dat is in leiden", "en dan dubbel e"], "vijftien negentig e"),
    # digit patterns between a number's pieces, a number that goes on
    (["nul zes twee twee vier", "dubbel twee in het midden", "vijf zes zeven acht negen"],
     "twee vier vijf zes zeven acht negen"),
    (["nul zes een twee", "drie vier ja", "en dan vijfenvijftig zesenzestig"], "vijfenvijftig zesenzestig"),
    (["vier vier twee", "ja wacht even", "nul zes vijf twee zeven acht een een"], "vier twee vijf zeven acht"),
    (["dubbel nul achtenveertig dat is polen en dan vijf nul een", "twee drie vier vijf zes zeven"],
     "achtenveertig vijf nul een twee drie vier zes zeven"),
    # the letters N L before an IBAN
    (["en el", "vierenzestig", "rabo nul drie een twee vier vijf zes zeven acht negen"], "el vierenzestig rabo"),
    (["n van nico l van lodewijk", "achtendertig", "a b n a nul vier een zes"], "achtendertig"),
    # an IBAN's check digits before its bank or between its letters
    (["n l drieëndertig i n g b", "nul nul nul een twee drie vier vijf zes zeven"], "drieendertig"),
    # a word spelled and said whole, or said in pieces and read back glued
    (["w van willem i s n i e w s k i", "wisniewski ja"], "wisniewski"),
    (["ik noteer t van dijk", "dus tvandijk"], "dijk tvandijk"),
    # a name asked for and answered alone
    (["en haar achternaam", "brouwer"], "brouwer"),
    (["wat is zijn voornaam", "ja daan"], "daan"),
    # a name with its short form, someone addressed by name
    (["bram dat is kort voor abraham"], "bram abraham"),
    (["lotje zeggen ze"], "lotje"),
    (["wilhelmina maar iedereen zegt mien"], "wilhelmina mien"),
    (["soraya je bent heel dapper"], "soraya"),
]

ORDINARY = [
    # things with a number of their own, and no street before "nummer"
    ["de bus", "welk nummer", "zeventien"],
    ["je kamer", "welk nummer", "twaalf"],
    ["goed zo", "nummer twee"],
    ["de pizza", "nummer zeven"],
    ["oké", "welk nummer", "nul negen nul nul"],
    # a floor, a number of times, a count, no postcode
    ["hij woont op de derde verdieping"],
    ["ik heb drie keer gebeld", "twee keer vandaag"],
    ["dubbel zo veel als gisteren"],
    ["een twee drie", "ja", "en dan adem je uit"],
    ["we waren met vijf", "ja", "of zes misschien"],
    ["tussen de twintig en dertig", "ja", "a"],
    ["ze is vierentachtig", "ja", "en dan wordt het zwaar"],
    ["achter de school", "daar is het gebeurd"],
    ["oké de bus en welk nummer", "zeventien"],
    ["oké pizza", "ja dat is lekker", "nummer vier"],
    # a name asked for and not given
    ["en zijn achternaam", "weet ik niet"],
    ["en haar voornaam", "geen idee"],
    ["en zijn achternaam", "die weet je niet meer"],
    ["en je voornaam", "anoniem"],
    # greetings and sounds before "je bent"
    ["Goedenavond, je bent bij de crisislijn."],
    ["Goeienavond, je bent bij de nachtdienst"],
    ["tja je bent moe"],
    ["hmm je hebt het zwaar"],
    ["jeetje je bent echt geschrokken"],
    ["mmhm je bent moe"],
    ["pfoe je hebt het zwaar"],
    # "kort", "zeggen ze" in ordinary talk
    ["het was kort voor middernacht"],
    ["dat zeggen ze altijd"],
    ["boos maar iedereen zegt dat het goed komt"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_a_bare_street_line_is_held():
    # the next line may ask for or give its number: the line waits (the session holds it from the log)
    r = Redactor(window=True, tagger=None)
    r.redact("lange voorhout")
    assert r.holding
    r.redact("welk nummer")
    assert r.holding


def test_the_held_street_is_revised_by_its_number():
    for run in (rules_only, rules_and_tagger):
        out = run(["hoge zand", "welk nummer", "zevenentwintig"])
        assert out == ["[adres]", "welk nummer", "[adres]"], out


def test_the_window_keeps_a_line_as_logged():
    # the window's copy of a line is what was logged, so a later revision replaces that text
    r = Redactor(window=True, tagger=None)
    out, _ = r.redact("fahrenheitstraat")
    r.redact("ja zeshonderd")
    assert r._context[-2][1] == out


def test_a_number_before_a_name_is_no_check_digit():
    for run in (rules_only, rules_and_tagger):
        out = run(["dus twintig jan zei het"])
        assert out == ["dus twintig [naam] zei het"], out


def test_a_clock_time_after_a_house_number_stays():
    for run in (rules_only, rules_and_tagger):
        out = run(["ze woont op de vismarkt twaalf", "ja", "ik bel je om twaalf terug"])
        assert out[0] != "ze woont op de vismarkt twaalf" and out[2] == "ik bel je om twaalf terug", out
