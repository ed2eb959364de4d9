"""Round 71 (holdouts BP and BQ: legal matters and the authorities; online shopping and deliveries): FA. a name after
a written title ("mr. hendriks", "dhr. baldewsingh"), the title before a street; FB. a name said again after "in plaats
van" or in another order ("of chen wei"); FC. a surname ending the line after a first name with "heet" before it; FD. a
double surname after a role ("de notaris van dam-hoekstra"); FE. a house number said in pieces ("[adres] en twaalf"), a
number corrected on the line after an address or a mail address ("nee negentien"); FG. a postcode's letters on their
own line ("en dan de letters" / "ka el", "de letter b en de letter o"); FH. a date of birth corrected in the same line
("[datum] maar het is twaalf drie"), its year on the next line ("en het jaar achtenzestig"); FI. a name on a doorbell
or a label ("op de deurbel staat kowalski"); FJ. single letters before a spelled name's piece ("e l streepje [naam]",
"k dubbel [naam]"); FK. a foreign account ("pl zevenentwintig ..."), a bank's letter after the account, a stressed
"één" next to a number.
What stays: GA. a day and month without a year in shopping talk with no birth in the window ("het pakket komt op de
negende maart"); GB. English "at home" / "at work" in a message; GC. "de meneer van de overkant", "die mevrouw van de
thuiszorg": a person described by where they are from, no surname. All own examples, not taken from the holdouts.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # FA. a name after a written title; the title before a street
    (["De zaak van mr. Hendriks is volgende week"], "hendriks"),
    (["ik heb gebeld met dhr. Baldewsingh van het juridisch loket"], "baldewsingh"),
    (["de advocaat heet mr chen wei"], "chen wei"),
    (["u woont op Dr. Schaepmanstraat 12a in Tiel"], "dr schaepmanstraat 12a"),
    (["uw adres is dus Mr. Troelstralaan 4 te Zwolle"], "mr troelstralaan"),
    # FB. a name said again
    (["op het vonnis staat Hr. Schroeder in plaats van Schröder"], "schroeder schroder"),
    (["de officier is mr chen wei", "of wei chen"], "chen wei"),
    (["en de advocaat is mr bo li", "of li bo"], "bo li"),
    (["de rechter was mr kim an", "of an kim"], "kim an"),
    # FC. a surname after a first name and "heet"
    (["de buurman die dreigde heet volgens mij peter kroes"], "peter kroes"),
    (["de deurwaarder heet denk ik sandra vos"], "sandra vos"),
    # FD. a double surname after a role
    (["het proces-verbaal is getekend door rechercheur van Dam-Hoekstra"], "dam hoekstra"),
    (["de notaris de Vries-Brink belt u terug"], "vries brink"),
    (["de getuige was agent Bakker-Smit"], "bakker smit"),
    # FE. a house number in pieces, a number corrected after an address or a mail address
    (["dus u woont op de burgemeester visserlaan", "duizend en twaalf"], "visserlaan duizend twaalf"),
    (["je adres is het beukenpad negen toch", "nee negentien"], "beukenpad negen negentien"),
    (["je zei de kastanjelaan acht zeg je", "nee achttien sorry"], "kastanjelaan acht achttien"),
    (["het mailadres is nog een keer", "k punt de jong vierenzestig apenstaartje hotmail punt com",
      "nee vijfenzestig"], "jong vierenzestig hotmail vijfenzestig"),
    # FG. a postcode's letters on their own line
    (["ik schrijf op drie vier nul twee", "en dan de letters", "ka el"], "drie vier nul twee ka el"),
    (["de postcode is vierenzeventig twee twee", "iks ei"], "vierenzeventig twee iks ei"),
    (["dus de postcode is achtenveertig eenendertig", "met de letter b en de letter o"], "achtenveertig eenendertig b o"),
    # FH. a date of birth corrected in the line, its year after it
    (["uw geboortedatum op het vonnis klopt niet", "er staat zeven drie maar het is twaalf drie",
      "twaalf maart achtenzestig"], "zeven twaalf drie achtenzestig"),
    (["de griffier vraagt uw geboortedatum", "zes oktober", "en het jaar vijfenzeventig"], "zes oktober vijfenzeventig"),
    (["de griffier vraagt wanneer u jarig bent", "negen juni", "en het jaar eenenzestig"], "negen juni eenenzestig"),
    # FI. a name on a doorbell or a label
    (["op de deurbel staat kowalski"], "kowalski"),
    (["op het naambordje staat wojcik en daaronder nog een naam"], "wojcik"),
    (["op de bel staat nowak en dan nog iets"], "nowak"),
    # a name after "de mevrouw van" still goes (near miss of GC)
    (["de mevrouw van der velde belde gisteren"], "velde"),
    (["goedenavond meneer van de kamp"], "kamp"),
    # FJ. single letters before a spelled name's piece
    (["en uw achternaam", "e l streepje haddad", "h a d d a d"], "haddad"),
    (["dus op de envelop staat v dubbel e r m a n s", "veermans"], "v veermans"),
    # FK. a foreign account, a bank's letter, "één" next to a number
    (["het geld moet terug op pl zevenentwintig één één twee drie vier vijf zes"],
     "pl zevenentwintig twee drie vier vijf zes"),
    (["de terugbetaling gaat naar fr zesenzeventig een twee drie vier vijf zes zeven acht"],
     "fr zesenzeventig twee drie vier vijf zes zeven acht"),
    (["mijn bsn begint met twee drie en verder is het één acht zeven zes vijf vier drie"],
     "twee drie acht zeven zes vijf vier"),
    (["dus het burgerservicenummer van je dochter eindigt op zes vier en verder is het één zeven drie acht twee nul "
      "negen"], "zes vier een zeven drie acht twee nul negen"),
    (["dus het bsn van mijn zoon eindigt op vijf vijf en verder is het één drie vier vier zes zes zeven"],
     "vijf een drie vier zes zeven"),
    (["het bedrag gaat naar ro achtendertig b b b b een twee drie vier"], "ro achtendertig b een twee drie vier"),
    (["je iban is en el twee nul", "nee twintig ing c", "nul een twee drie vier vijf zes zeven"], "c"),
    (["het geld moet terug op be zes acht", "nul nul twee", "drie vier vijf zes", "zeven acht negen nul"], "be"),
]

ORDINARY = [
    # GA. a day and month in shopping talk
    ["het pakket komt op de negende maart"],
    ["de bezorging is verzet naar de eenentwintigste juni"],
    ["mijn bestelling van de tweede mei is nooit gekomen"],
    ["de retour moest voor de vijftiende april binnen zijn"],
    ["de uitverkoop begint op de eerste juli"],
    # GB. English "at home" in a message
    ["in de app stond at home service tussen acht en tien"],
    ["er stond at work delivery op het briefje"],
    # GC. "de meneer van de overkant" is no name
    ["de oude meneer van de overkant laat zijn hond uit"],
    ["die mevrouw van de thuiszorg kwam niet"],
    ["de aardige mevrouw van nummer twaalf bracht soep"],
    ["een meneer van het wijkteam belt morgen"],
    ["de mevrouw van vluchtelingenwerk hielp met de brief"],
    ["ik moet morgen naar hr"],
    # near misses of FA to FK
    ["de rechter zei dat het niet mijn schuld was"],
    ["ik heb de brief van de advocaat gelezen"],
    ["het pakket staat al twee dagen bij de buren"],
    ["op de doos staat breekbaar"],
    ["op de bel staat niks"],
    ["op het label staat geen adres"],
    ["de deurbel doet het niet"],
    ["in plaats van boos worden ging ik wandelen"],
    ["of morgen of overmorgen"],
    ["nee niet vandaag"],
    ["hij heet ook gewoon zo"],
    ["mijn hond heet volgens de buren bobbie"],
    ["het was een soort heen-en-weer gedoe"],
    ["je hebt je zus ge-appt en je vriendin ook"],
    ["de agent was super-aardig"],
    ["mijn man oud-collega van hem"],
    ["de politie kwam om tien uur"],
    ["en het jaar daarna ging het beter"],
    ["het was een rot jaar"],
    ["ik moet een streepje zetten"],
    ["de letter a is de eerste van het alfabet"],
    ["ik heb een dubbel gevoel erbij"],
    ["dat is punt een en punt twee"],
    ["ik heb één vraag"],
    ["één ding nog"],
    ["je belt het nummer en dan is het één keer overgaan"],
    ["het geld is op"],
    ["ik krijg geld terug van de winkel"],
    ["de bank is dicht"],
    ["ik ben er om tien over half drie"],
    ["maar het is twee uur"],
    ["nee zeventien jaar"],
    ["ik ben op de bank in slaap gevallen"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
