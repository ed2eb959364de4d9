"""Round 12: general spoken forms (own examples, not taken from the holdouts) and near misses that stay.

Addresses: a street with its suffix said after "adres" with no number ("het adres is Beukenlaan"); the
house number said after the street with the worker's words between ("de Vossenlaan, ja en welk nummer",
"zevenentwintig"; "huis nummer" as two words; "[adres] en dan huisnummer [adres]"); a street with no
suffix word said with its house number after "naar", "op", "adres is" or at the start ("naar Lange
Dreef ...", "Hoge Brink tweeëndertig", "adres is Achter de Molen vijf", a street that is also an
ordinary word such as "Middenweg" with a number of two digits or more; "op de Kolkakker huis nummer
zes", "nummer eenenvijftig aan de Horst"; a number inside a "Laan van ..." name); a town after an address that is
also an ordinary word, lowercase and on a later line ("[adres]" / "in houten"). Names and streets
checked by their spelling: "Wietske is dat met een w", "de Kramer met een k", "Jorrit, ik schrijf
het met j o". Names: after "ik spreek met"; a name written down ("ik noteer Femke", "ik schrijf de
naam van de buurvrouw op Wentholt"); a surname's head after a title and a tussenvoegsel run together
("mevrouw vande Berg"). Accounts: "gironummer" is a cue. Dates of birth: the year with "in" before or
after "geboren", a day by its name ("op nieuwjaarsdag geboren").
Ordinary: the same amount said twice over two lines is no number ("zeshonderd" / "zeshonderd euro"),
an e-mail address's pattern is nobody's address ("voornaam punt achternaam at ..."), a thing with a
letter in it ("een brief met een b erin"), "ik woon in de Dorpsstraat", plurals after "grote", a
birthday had ("was ik jarig geweest": the tagger's date marks are dropped there, as the rules read it).
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests
from voice_companion.privacy.spoken import redact_bare_streets_and_checked_names

SECRET_CASES = [
    # a street after "adres", the number later
    (["het adres is Beukenlaan"], "beukenlaan"),
    (["zijn adres is de Vossenlaan", "ja en welk nummer", "zevenentwintig"], "vossenlaan zevenentwintig"),
    (["de Wilgenstraat, ja en het nummer, eh, negentien"], "wilgenstraat negentien"),
    (["ze woont op de Dotterbloemstraat huis nummer elf"], "dotterbloemstraat elf"),
    (["Kastanjeweg en dan huisnummer zevenenzestig"], "kastanjeweg zevenenzestig"),
    # a street with no suffix word, with its number
    (["de ambulance gaat naar lange dreef honderdnegen"], "lange dreef honderdnegen"),
    (["hoge brink tweeëndertig"], "hoge brink tweeendertig"),
    (["het adres is achter de molen vijf"], "molen vijf"),
    (["stuur de wijkagent naar middenweg achtenveertig"], "middenweg achtenveertig"),
    (["laan van de zeven linden negenenveertig"], "zeven linden negenenveertig"),
    (["hij woont op de Kolkakker huis nummer zes"], "kolkakker zes"),
    (["ze woont op nummer eenenvijftig aan de horst"], "eenenvijftig horst"),
    # the town on a later line, lowercase, also an ordinary word
    (["Pastorielaan zestien", "in houten"], "pastorielaan zestien houten"),
    (["oude gracht tweehonderdtien", "te woerden"], "gracht tweehonderdtien woerden"),
    # spelled to check
    (["Wietske is dat met een w"], "wietske"),
    (["dus de Kramer met een k"], "kramer"),
    (["jorrit ik schrijf het met j o"], "jorrit"),
    (["de Meerweg met één e"], "meerweg"),
    # names: "ik spreek met", written down
    (["ik spreek met Marloes"], "marloes"),
    (["ik noteer femke"], "femke"),
    (["ik schrijf de naam van de buurvrouw op Wentholt"], "wentholt"),
    # an account number after the older word for it
    (["mijn gironummer is vier acht acht een zes drie"], "vier acht een zes drie"),
    # a surname's head after a tussenvoegsel run together
    (["mevrouw vande berg goedenavond"], "berg"),
    # the year of birth with "in", a day by its name
    (["ze is op nieuwjaarsdag geboren"], "nieuwjaarsdag"),
    (["zij is in achtenzestig geboren"], "achtenzestig"),
    (["ben je in tweeënnegentig geboren"], "tweeennegentig"),
    (["hij is geboren op twaalf maart in negenenzeventig"], "twaalf maart negenenzeventig"),
]

ORDINARY = [
    # a street alone after "ik woon", a story
    ["ik woon in de Dorpsstraat"],
    ["het adres is bekend bij de politie"],
    ["het adres weet ik niet meer"],
    ["ik heb in de Kalverstraat een jas gekocht"],
    # the same amount said twice
    ["hoeveel moet je nog betalen", "zeshonderd", "zeshonderd euro ja"],
    ["hoe lang duurt het", "tweehonderd", "tweehonderd jaar haha"],
    # an e-mail address's pattern
    ["het is altijd voornaam punt achternaam at gemeente punt nl"],
    # a letter in a thing, "met" before an ordinary word
    ["een brief met een b erin"],
    ["met een beetje geluk komt het goed"],
    ["ja dat is met een a"],
    ["ik ga met m'n zus naar de stad"],
    # "ik spreek met" before no name
    ["ik spreek met mijn zus morgen"],
    ["ik spreek met de huisarts"],
    ["ik spreek met niemand meer"],
    # note verbs before ordinary words
    ["ik noteer het even"],
    ["ik schrijf op wat ik voel"],
    # adjectives and numbers that are no address
    ["ik ga naar oude vrienden twee dagen"],
    ["ze is een grote meid zeventien"],
    ["ik ga op de middenweg twee keer per week"],
    ["ik heb grote zorgen twaalf jaar lang"],
    # a number and a place that is no street
    ["ik zit in de kamer nummer drie"],
    ["ik was nummer drie in de race"],
    ["nummer zeven in de tuin"],
    ["het gironummer van de krant staat op de brief"],
    # a birthday had: an event's date, not a date of birth (also for the learned tagger)
    ["op negen augustus was ik jarig geweest, we hadden taart"],
    # born, the year with no "in", or a time
    ["ik ben geboren en getogen in de stad"],
    ["ik ben in drie dagen geboren zei mijn moeder"],
]


test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_one_placeholder_for_a_street_and_its_number():
    assert redact_bare_streets_and_checked_names("[adres] en dan huisnummer [adres]") == "[adres] en dan huisnummer [adres]"
    assert redact_bare_streets_and_checked_names("naar middenweg achtenveertig") == "naar [adres]"
    assert redact_bare_streets_and_checked_names("[adres] in den helder") == "[adres]"


def test_bare_streets_and_checked_names_change_nothing_twice():
    for text in ("het adres is Beukenlaan", "Wietske is dat met een w", "ik noteer femke", "in zeventig geboren",
                 "naar lange dreef honderdnegen", "[adres] in houten"):
        once = redact_bare_streets_and_checked_names(text)
        assert redact_bare_streets_and_checked_names(once) == once
