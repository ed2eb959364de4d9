"""Round 82: shops, markets, hairdressers, garages and small businesses (holdout CE's forms), and round 81's doubtful
points. What stays: UK a stall or shop called by its trade and a first name ("bakker bart heeft ...", "bij kapper
sandra"); UL a pitch at a market and its number ("op de markt op plek twaalf"); round 81's TL "tot maria" only with a
praying word close before and no clause between; TD no longer takes "een" ("geboren op een" / "boerderij"). What goes:
UA the rest of a surname after "ter/ten/der/den" ("ter haar"); UB a mail's local part in two or three words before a
line "aan elkaar" and the domain; UC a spelled "ha" at the head of spelled letters; UD a birthday on a feast day with
words after it; UE a day said as an ordinal on the line after a birth cue, and the month on the line after; UF a year
alone after a line about the year of a birth, and the day and month after it; UG a birth date in figures with an
apostrophe year; UH a house letter after a hesitation at the line's end. Next to each: what must stay or still go.
All own examples, not taken from the holdouts or the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # UK stays narrow: a trade and a first name said as who someone is, or with a surname after it
    (["ik ben bakker bart"], "bart"),
    (["hij heet slager henk"], "henk"),
    (["bakker bart de graaf belde net over de bestelling"], "graaf"),
    (["meneer kapper sandra wil terugbellen"], "sandra"),
    # UL stays narrow: where someone lives, with no pitch word
    (["ze woont aan de markt nummer zeven"], "zeven"),
    (["ik woon op de markt op nummer twaalf"], "twaalf"),
    (["we staan op camping de vossenberg plek negentien"], "negentien"),
    (["de woonwagen staat bij de markt", "standplaats elf"], "elf"),
    (["ze logeert op de markt op plek drie bij haar zus"], "drie"),
    # UA: the rest of a surname after ter, ten, der, den
    (["u heet gerben jan ter haar en u heeft de bakkerij"], "haar"),
    (["de eigenaar heet wim ter horst en hij is ziek"], "horst"),
    (["u heet anna ten bosch en u heeft een kapsalon"], "bosch"),
    # UB: a mail's local part in pieces, "aan elkaar", then the domain
    (["mijn mail is", "bakkerij smit", "aan elkaar", "apenstaartje gmail punt com"], "bakkerij smit"),
    (["het emailadres is", "kapsalon linda", "aan elkaar geschreven", "apenstaartje hotmail punt com"],
     "kapsalon linda"),
    (["uw mailadres", "chen mei ling", "aan elkaar", "apestaartje outlook punt com"], "chen mei ling"),
    (["je email", "autobedrijf vos", "aan elkaar", "apenstaartje ziggo punt nl"], "autobedrijf vos"),
    # UC: a spelled "ha" at the head of spelled letters
    (["ik spel het even", "ha ee en de er i ka es"], "ha"),
    (["ik spel even mee", "ha o es te ee er"], "ha"),
    (["spel maar", "ha a el es"], "ha"),
    (["de postcode is", "vier drie twee een ha ha"], "ha"),
    # UD: a birthday on a feast day with words after it
    (["ik ben jarig op oudejaarsdag hoor"], "oudejaarsdag"),
    (["jarig op koningsdag zegt hij"], "koningsdag"),
    (["mijn vrouw is jarig op kerstavond weet je"], "kerstavond"),
    # UE: a day as an ordinal on the line after a birth cue, and the month after it
    (["en je bent jarig", "eh op de vijftiende"], "vijftiende"),
    (["wanneer ben je jarig", "eh op de twaalfde", "maart"], "twaalfde maart"),
    (["en u bent jarig", "op de derde", "juni"], "derde juni"),
    (["zijn verjaardag", "ehm de eenentwintigste", "oktober"], "eenentwintigste oktober"),
    # UF: a year alone after a line about the year of a birth, then the day and month
    (["en het jaar dat u geboren bent", "negentienhonderdachtenzestig"], "negentienhonderdachtenzestig"),
    (["het jaar dat je geboren bent", "eh tweeduizend een"], "tweeduizend"),
    (["in welk geboortejaar", "negentienhonderdzeventig", "op de vierde mei"], "negentienhonderdzeventig vierde mei"),
    (["het jaar dat hij geboren is", "negentienhonderdzesenveertig", "op de tiende april"],
     "negentienhonderdzesenveertig tiende april"),
    # UG: a birth date in figures with an apostrophe year
    (["geboortedatum 3-7-'91"], "91"),
    (["geboren 12-04-'77"], "77"),
    (["mijn geboortedatum is 28-2-'65"], "65"),
    # UH: a house letter after a hesitation at the line's end
    (["dus het adres is kerkstraat veertien eh b"], "b"),
    (["het afleveradres is stationsweg twaalf eh a"], "a"),
    (["de bezorging gaat naar molenweg zesentwintig uh d"], "d"),
    # round 81 TL narrowed: a person's name after "tot" in a clause
    (["ik bid dat hij blijft tot maria er is"], "maria"),
]

ORDINARY = [
    # UK: a stall or shop called by its trade and a first name
    ["bakker bart heeft vandaag krentenbollen in de aanbieding"],
    ["slager henk heeft vandaag gehakt in de aanbieding"],
    ["visboer kees staat er morgen niet"],
    ["bij kapper sandra is het altijd druk op zaterdag"],
    ["groenteboer ali heeft mooie tomaten"],
    ["we halen de taart bij bakker bart"],
    ["zegt slager henk ook"],
    # UL: a pitch at a market
    ["je staat op de markt op plek twaalf"],
    ["hij staat op de markt op standplaats negen"],
    ["op de markt op kraam achttien verkopen ze kaas"],
    ["de kermis staat op het plein en wij op plek zes"],
    ["de braderie is zaterdag", "wij staan op plek zes"],
    ["de auto staat op plek vier in de garage"],
    # UA: "ter" and "ten" in ordinary talk
    ["ter info de winkel gaat om zes uur dicht"],
    ["ten slotte nog even de kassa tellen"],
    # UB: "aan elkaar" with no mail
    ["de planken", "aan elkaar", "met lijm vastzetten"],
    ["de twee kramen", "aan elkaar vast", "dat mag niet van de markt"],
    # UC: "ha" as a laugh
    ["ha dat is een goeie"],
    ["ha ha ja precies"],
    ["ha ha ha die is goed"],
    # UD: a feast day with no birthday
    ["op kerstavond is de winkel dicht zegt hij"],
    ["we zijn open op koningsdag hoor"],
    ["mijn zoon is jarig en op kerstavond zijn we dicht"],
    # UE: an ordinal with no birth cue, or a birthday that was
    ["wanneer gaat de winkel open", "eh op de vijftiende"],
    ["de levering komt", "op de derde", "juni"],
    ["hij staat in de rij", "als vijftiende"],
    # UF: a year with no birth talk
    ["in welk jaar ben je begonnen", "negentienhonderdvierennegentig"],
    ["het jaar dat de winkel begon", "negentienhonderdnegentig"],
    ["de garage bestaat sinds", "tweeduizend twee"],
    # UG: a date with an apostrophe year and no birth word
    ["de actie liep tot 3-7-'24"],
    ["de kassa is vervangen op 12-04-'22"],
    # UH: a hesitation at the end with no letter, or a letter with no address
    ["het adres is dat van de winkel eh ja"],
    ["de maat is eh m"],
    # round 81 TL and TD
    ["ze bidt elke avond tot maria"],
    ["ik bid tot maria"],
    ["ze is geboren op een", "boerderij in drenthe"],
    ["hij is geboren op een", "woonboot in amsterdam"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
