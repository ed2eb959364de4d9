"""Round 13: general spoken forms (own examples, not taken from the holdouts) and near misses that stay.

Addresses: a street's own name with no suffix word and its house number ("dat is Vlinderhof zesentwintig",
"Boerhaavehof negen Alkmaar", "Klaverkamp elf achter de school"); the house number said before the street
with "op" ("hij zit op zeventien in de Tulpstraat"); a road's word that is also a street's name with
"nummer" ("Dorpsweg" is named, "Hoofdstraat bij nummer negen"); a street corrected ("Rozenstraat nee
Resedastraat sorry twaalf", "Esdoornlaan of [adres]"); a street named with "heet", also made of ordinary
words ("de straat heet Over de Brug", said before with its number). Postcodes: the four digits, "en dan",
the letters spelled with words or said by their names ("en dan es pee"), a letter said on after it, the
digits after "de cijfers zijn" in talk of letters. A street checked by its spelling and its number after
it ("de Reeweg met twee e's, nummer vier"). Numbers: "tweemaal de zes", "drie keer de nul" inside a number; the end
of a phone number after "eindigt op" in talk of a number. Names: a name said first and then spoken to
("Ilvana, fijn dat je belt", "Radoslaw je klinkt moe"), a name told by what follows ("Sorina en de
achternaam", "Pim, zo noemen ze me"), between an auxiliary and its participle ("wat heeft Dragan gezegd"), said in
place of a redacted name ("niet [naam] maar Gwendolyn"), a surname with its tussenvoegsels said again on its own ("van 't
Zand"). Dates of birth: the year asked for after the date, a feast day's year before "geboren", a day and
month said on after "[datum] geboren".
Ordinary: feasts are no names ("met pasen", "op suikerfeest"); "met X" as first words with a verb after
is no phone greeting; a numbered thing in a room is no address ("bed nummer vier op de slaapzaal",
"kamer nummer twee op de afdeling"); an interjection or a misheard word at the start is nobody spoken
to ("pff", "sins wanneer"); "de straat heet zo"; a thing and its number ("covid negentien"), a game's
score ("eindigt op twee twee"); a floor said with no address ("drie hoog achter wonen studenten"); a bus or tram line and its number,
how an organisation's e-mail addresses are made ("initialen punt achternaam at ...").
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests
from voice_companion.privacy.spoken import redact_pieces_said_apart

SECRET_CASES = [
    # a street's own name with no suffix word, its house number and what may follow
    (["dat is vlinderhof zesentwintig"], "vlinderhof zesentwintig"),
    (["boerhaavehof negen alkmaar"], "boerhaavehof negen alkmaar"),
    (["klaverkamp elf achter de school"], "klaverkamp elf"),
    (["ja molenwiek honderdvier derde galerij"], "molenwiek honderdvier"),
    (["nee sluisdijkje zeven in den oever"], "sluisdijkje zeven"),
    # the house number before the street with "op"
    (["hij zit op zeventien in de tulpstraat"], "zeventien tulpstraat"),
    (["ze woont op honderdtwaalf aan de prinsengracht ja"], "honderdtwaalf prinsengracht"),
    # a road's word that is a street's name, with "nummer"
    (["hoofdstraat bij nummer negen"], "hoofdstraat negen"),
    (["dorpsstraat nummer vierendertig toevoeging a"], "dorpsstraat vierendertig"),
    # a street corrected, or given as one of two
    (["rozenstraat nee resedastraat sorry twaalf"], "rozenstraat resedastraat twaalf"),
    (["esdoornlaan of eikenlaan eh eikenlaan negen"], "esdoornlaan eikenlaan negen"),
    # a street named with "heet", said before with its number
    (["over de brug zeven", "dus de straat heet over de brug ja"], "brug zeven"),
    (["mijn straat heet Lange Vonder toch"], "lange vonder"),
    # postcode digits, "en dan", the letters by words
    (["negenentwintig achttien en dan p van pieter d van dirk"], "negenentwintig achttien"),
    (["4 3 1 2 en dan r van rudolf s van simon"], "4 3 1 2"),
    (["achtentachtig nul vier en dan es pee"], "achtentachtig nul vier es pee"),
    (["de postcode is zevenenvijftig twaalf", "ja en dan ka el"], "zevenenvijftig twaalf ka el"),
    (["en de postcode was [postcode] ha"], "ha"),
    (["de letters weet ze niet maar de cijfers zijn drie acht een zes"], "drie acht een zes"),
    # a street checked by its spelling, then its number
    (["de reeweg met twee e's nummer vier"], "reeweg vier"),
    (["hij woont op de Korteweg", "Korteweg met een k", "negenendertig"], "korteweg negenendertig"),
    # a digit said so many times inside a number
    (["nul zes twaalf tweemaal de zes drie vier vijf"], "twaalf zes drie vier vijf"),
    (["nul tien vijf drie keer de nul acht vier twee"], "vijf nul acht vier twee"),
    # the end of a phone number
    (["van zijn mobiele nummer weet ik alleen dat het eindigt op zes negen twee"], "zes negen twee"),
    (["[telefoonnummer] en dan", "en het eindigt op zevenendertig of op zevenenveertig"],
     "zevenendertig zevenenveertig"),
    # a name said first and then spoken to, or told by what follows
    (["ilvana, fijn dat je belt"], "ilvana"),
    (["radoslaw je klinkt moe"], "radoslaw"),
    (["sorina en de achternaam", "popovici"], "sorina"),
    (["pim dus zo noemen ze me", "eigenlijk heet ik pieter"], "pim pieter"),
    (["wat heeft dragan gezegd"], "dragan"),
    (["dus het was niet [naam] maar gwendolyn die belde"], "gwendolyn"),
    # a surname with its tussenvoegsels said again
    (["mijn naam is karin van t zand", "ja van t zand"], "karin zand"),
    # dates of birth
    (["negen juli geboren en in welk jaar", "zevenenveertig"], "negen juli zevenenveertig"),
    (["ze is op tweede kerstdag achtenvijftig geboren"], "kerstdag achtenvijftig"),
    (["je bent in april geboren en dan op de twaalfde april"], "twaalfde april"),
]

ORDINARY = [
    # feasts are no names
    ["met pasen ging het nog goed"],
    ["op suikerfeest kwam de hele familie"],
    ["na het offerfeest was het stil"],
    ["met kerst ben ik alleen"],
    # "met X" as the first words, no phone greeting
    ["met whatsapp kan het ook"],
    ["met netflix ging de avond wel voorbij"],
    # a numbered thing in a room
    ["bed nummer vier op de slaapzaal"],
    ["kamer nummer twee op de afdeling"],
    ["lijn nummer zes op de stationsweg rijdt niet"],
    # interjections, misheard words at the start
    ["pff wat een dag"],
    ["sins wanneer is dat zo"],
    ["tja je klinkt moe"],
    # a street that is called something, said of it
    ["de straat heet zo omdat er vroeger een kerk stond"],
    ["de straat heet eigenlijk anders"],
    # a thing and its number, a score, a count
    ["covid negentien ja dat had ik"],
    ["de wedstrijd eindigt op twee twee"],
    ["het eindigt op vijf uur"],
    ["ik heb het tweemaal gezegd"],
    ["ik heb twee keer de bus gemist"],
    # a first name and what is said after it without asking for a surname
    ["de buurman en de achternaam van de buurman weet ik niet"],
    ["koffie dus zo noemen ze het hier"],
    # a thing or a role between an auxiliary and its participle, "niet ... maar" with no name
    ["wat heeft de dokter gezegd"],
    ["heeft netflix gewerkt"],
    ["het was niet [naam] maar iemand anders"],
    # a floor with no address, where people live in a building (the tagger too)
    ["drie hoog achter wonen studenten die veel lawaai maken"],
    # a bus or tram line, how an organisation's e-mail addresses are made (the tagger too)
    ["de nachtbus n zesentachtig rijdt niet meer"],
    ["ik neem tram negen naar huis"],
    ["het is altijd initialen punt achternaam at ziekenhuis punt nl"],
    # digits and letters that are no postcode
    ["ik heb er twaalf en dan ga ik slapen"],
    ["de cijfers zijn drie acht een zes op het rapport"],
    ["ik ga naar de markt met een b twee keer"],
    # a date without a birth, a year asked of something else
    ["in welk jaar was dat", "negentien zevenentachtig"],
    ["op tweede kerstdag achtenvijftig mensen in de kerk"],
]


test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_one_placeholder_for_a_street_its_number_and_town():
    assert redact_pieces_said_apart("boerhaavehof negen alkmaar") == "[adres]"
    assert redact_pieces_said_apart("hij zit op zeventien in de tulpstraat") == "hij zit op [adres]"
    assert redact_pieces_said_apart("klaverkamp elf achter de school") == "[adres] achter de school"


def test_pieces_said_apart_change_nothing_twice():
    for text in ("dat is vlinderhof zesentwintig", "hoofdstraat bij nummer negen", "rozenstraat nee resedastraat sorry twaalf",
                 "dus de straat heet over de brug ja", "[datum] geboren en in welk jaar zevenenveertig",
                 "sorina en de achternaam", "het eindigt op zes negen twee, zijn nummer"):
        once = redact_pieces_said_apart(text)
        assert redact_pieces_said_apart(once) == once
