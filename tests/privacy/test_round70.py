"""Round 70 (holdouts BN and BO: money, work and benefits; clubs, volunteering and associations): EA. letters said
after a postcode or an address ("[postcode] en dan de letters ka el", "[adres] en dan de letter d"), with a spelling
aid ("pe as in pieter"), a postcode said as two numbers with "en dan" and its letters; EB. an account's country
letters said before the account ("el en sorry en el ..."); EC. an area code said with "netnummer"; ED. a mail
address's first part before "apenstaartje" and its domain's line after it ("club de spurt punt nl"); EE. a street
said as two words ("op de molenaar steeg"), a street with its number after the place ("in hengelo op de beurs
zeventien"), a house number corrected on the line after the address ("nee het is veertien"); EF. a surname's
particles after a name ("[naam] van der meer", "[naam] tot oosterhout"), a name said again in another form ("de wit
niet de witte", "pinas" / "pi en dan n a s"), the name after a club's role and "heet" ("de trainer van de veteranen
heet liu wen"), a first name on the line after "de naam van de trainster".
What stays: EG. a club's name after its prefix ("tegen vv hoogeveen"), a youth team ("de jo elf van ajax"); EH. a
pair of function words the recognizer split in the wrong place ("diet an" for "die dan", "wa tis" for "wat is") is no
name. All own examples, not taken from the holdouts.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # EA. letters after a postcode or an address, a spelling aid, two numbers and "en dan" letters
    (["de postcode van de sportclub is drie vier vijf zes en dan de letters ka el"], "ka el"),
    (["mijn postcode is twee twee zes zes eh de er"], "er"),
    (["de postcode van de kantine is een twee drie vier en dan de es de ka"], "es ka"),
    (["de penningmeester woont op de lindelaan elf", "elf en dan de letter d"], "lindelaan elf d"),
    (["dus achtenveertig twaalf en dan pe as in pieter en er"], "achtenveertig twaalf pe pieter er"),
    (["dus vierenvijftig negentien en dan ka en el"], "vierenvijftig negentien ka el"),
    # EB. country letters before the account
    (["het was el en sorry en el achtenzestig ing nul nul een twee drie vier vijf zes zeven acht"], "el en"),
    # EC. an area code with "netnummer"
    (["nul vijf nul is het netnummer en dan drie een vier vier twee acht"], "nul vijf drie een vier twee acht"),
    (["het netnummer is nul twee drie en dan vijf vijf vier een nul nul"], "nul twee drie vijf vier een"),
    # ED. a mail address's first part, its domain on a line of its own
    (["het adres is kantine apenstaartje", "en dan de naam van de club", "club de spurt punt nl"],
     "kantine spurt"),
    (["dus het is ledenadministratie apenstaartje", "en dan", "hockey oranje punt com"],
     "ledenadministratie hockey oranje"),
    # EE. streets
    (["ik woon op de molenaar steeg"], "molenaar steeg"),
    (["de keeper woont in de pieters straat"], "pieters straat"),
    (["je zit in hengelo op de beurs zeventien"], "beurs zeventien"),
    (["ik heb hier de kerkstraat vier", "nee het is veertien"], "kerkstraat vier veertien"),
    # EF. names
    (["de penningmeester heet sjoerd", "sjoerd van der meer"], "sjoerd meer"),
    (["dus mevrouw van der laan tot oosterhout"], "laan oosterhout"),
    (["meneer de wit niet de witte"], "wit witte"),
    (["dus mevrouw kerkhof", "nee van de kerkhoven"], "kerkhof kerkhoven"),
    (["meneer pinas", "pi en dan n a s"], "pinas pi"),
    (["de trainer van de veteranen heet liu wen"], "liu wen"),
    (["ik noteer de naam van de trainster", "hannah stegeman"], "hannah stegeman"),
    (["de leider van de scouting heet bo chen"], "bo chen"),
    # still going next to the keeps
    (["je spreekt met an"], "an"),
    (["ik ben an"], "an"),
    (["de coach heet jan de vries"], "jan vries"),
    (["meneer van den berg van de voetbalclub"], "berg"),
    (["de trainer van vv hoogeveen heet kees bakker"], "kees bakker"),
    (["mijn zoon heet omer en hij speelt bij sv urk"], "omer"),
    (["zeg maar tegen mevrouw de graaf dat ik kom"], "graaf"),
    (["mijn nummer is nul zes een twee drie vier vijf zes zeven acht"], "nul zes een twee drie vier vijf zes zeven acht"),
    (["mijn postcode is vier vier vier vier ka ka"], "ka"),
]

ORDINARY = [
    # EG. clubs and youth teams
    ["we spelen zaterdag tegen vv hoogeveen om twee uur"],
    ["de uitwedstrijd is bij sv urk"],
    ["de jo elf van ajax won met drie nul"],
    ["mijn zoon zit in de o twaalf van feyenoord"],
    ["de wedstrijd tegen fc emmen gaat niet door"],
    # EH. function words split in the wrong place
    ["en diet an gebeurt er niks"],
    ["zeg het maar wa tis er"],
    ["wat diet an zei weet ik niet meer"],
    ["dat je diet an belt is goed"],
    ["en diet an komt de politie"],
    # near misses of EA to EF
    ["op het bord staat de letter a en de letter b"],
    ["wat is het netnummer van amsterdam"],
    ["hoe typ je het teken apenstaartje"],
    ["we wonen op de derde verdieping"],
    ["ik zit in amsterdam op de tram zeventien"],
    ["ik zit in breda op de bank twee uur te wachten"],
    ["we zaten op de oude kade"],
    ["ik loop door de winkelstraat"],
    ["het is een lange steeg"],
    ["de trainer zegt dat het niet zo heet is"],
    ["de coach van het team heet de spelers welkom"],
    ["dat is de zorg van de trainer die heet zo"],
    ["de trainer blijft tot morgen"],
    ["nee niet de grote maar de kleine"],
    ["ik heb een afspraak tot vijf uur"],
    ["de naam van de club", "de zwaluwen"],
    ["het is veertien graden"],
    ["de wedstrijd is om half drie op het hoofdveld"],
    ["we verloren met vijf nul van de koplopers"],
    ["zijn vrienden noemen het clubhuis de kantine"],
    ["het was een mooie dag bij de club"],
    ["ik ga morgen naar de training van de o negen"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
