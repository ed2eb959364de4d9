"""Round 91 (holdout CN, sport, clubs, hobbies and volunteering, as development data). What goes: FA a club's or a
group's role said with its person at the line's end ("de dirigent van de fanfare is <first> <surname>", both names no
dictionary knows); FB a surname corrected with its particles and "zei je" after it ("meneer [naam]" / "nee sorry van der
<x> zei je"); FC a postcode's four digits read back with "zei je" and its letters on the next line; FD the date of
birth said over the lines after "geboortedatum ... bij de <x>club" (a club compound is no street, so "tien" is no house
number). Round 90's doubtful EH: pieces read back with no label of their own get the label of the number asked on the
lines before, else [nummer] (no longer always [telefoonnummer]). What stays: the near misses of each form. All own
examples, not taken from the holdouts or the call data.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import assert_no_rule_error, round_tests, rules_only

SECRET_CASES = [
    # FA: a club's role and its person at the line's end, both names unknown to the dictionary (or a very name-like first)
    (["de trainer van het damesteam is sjors vrancken"], "sjors vrancken"),
    (["de penningmeester van de hengelclub was thijmen oomen"], "thijmen oomen"),
    (["de kapitein van de roeiploeg is jeroen wijnands"], "jeroen wijnands"),
    (["de voorzitter van de biljartvereniging is wiel lemmens"], "wiel lemmens"),
    (["de coach van de meiden was fenna sikkema"], "fenna sikkema"),
    (["de jeugdtrainer is dewi rozendaal"], "dewi rozendaal"),
    (["de organisator van de rommelmarkt is hanneke scholtens"], "hanneke scholtens"),
    (["onze scheidsrechter was mauk heijligers"], "mauk heijligers"),
    (["de dirigent van het koor is sjeng hermkens"], "sjeng hermkens"),
    (["de clubarts van de voetbalvereniging is jorien gijsbers"], "jorien gijsbers"),
    # FB: a surname corrected with its particles and "zei je" after it
    (["mevrouw van der plas", "nee sorry van der ploeg zei je"], "van der plas van der ploeg"),
    (["meneer de haan", "nee de hoog zei u"], "de haan de hoog"),
    (["meneer van den berg", "nee van den burg zei je"], "van den berg van den burg"),
    (["mevrouw ter horst", "sorry ter hurst zei je"], "ter horst ter hurst"),
    (["meneer van dijke", "nee sorry van dijken zei je"], "van dijke van dijken"),
    (["mevrouw van der wal", "nee sorry van der wiel zei je"], "van der wal van der wiel"),
    # FC: a postcode's digits read back with "zei je", its letters on the next line
    (["drie twee een twee zei je", "en dan ka el"], "drie twee een twee ka el"),
    (["zes vijf nul vier zei u", "en dan de letters pe ka"], "zes vijf nul vier pe ka"),
    (["negen negen nul een zei je", "en dan er vee", "nee er wee"], "negen negen nul een er vee wee"),
    (["vierendertig zestien zei je", "en dan be ha"], "vierendertig zestien be ha"),
    (["twee acht acht nul zei je", "en dan a es"], "twee acht acht nul a es"),
    # FD: a club compound is no street: the date of birth after "... bij de <x>club" goes
    (["de geboortedatum voor de inschrijving bij de zwemvereniging", "vier", "mei", "tweeduizend negen"], "vier mei tweeduizend negen"),
    (["geboortedatum voor de hockeyclub", "elf", "april", "tweeduizend vijftien"], "elf april tweeduizend vijftien"),
    (["mag ik de geboortedatum voor de aanmelding bij de tennisclub", "negentien", "augustus", "negentien vijfentachtig"], "negentien augustus vijfentachtig"),
    (["en zijn geboortedatum voor het lidmaatschap bij de korfbalclub", "drie", "juli", "tweeduizend elf"], "drie juli tweeduizend elf"),
    (["de geboortedatum van je dochter voor de schaakvereniging", "twintig", "januari", "tweeduizend dertien"], "twintig januari tweeduizend dertien"),
    # round 90 EH: pieces read back, labelled by the number asked (else [nummer])
    (["wat is je bsn", "ik herhaal twee zes vier", "vijfentachtig"], "twee zes vier vijfentachtig"),
    (["wat is je rekeningnummer", "ik noteer zes een", "vijf nul"], "zes een vijf nul"),
    (["ik herhaal zeven drie", "acht een"], "zeven drie acht een"),
    (["ik noteer negen vier", "twee twee"], "negen vier twee"),
    (["wat is het telefoonnummer", "ik herhaal drie een", "zes zes"], "drie een zes"),
]

ORDINARY = [
    # FA near misses: a role and what it is like
    ["de trainer van de club is heel streng"],
    ["de dirigent is echt fantastisch"],
    ["de voorzitter van de vereniging is al jaren lid"],
    ["de keeper van ons team is nog jong"],
    ["de coach was best chagrijnig"],
    ["de penningmeester is gisteren gestopt"],
    ["de trainer is twee weken weg"],
    ["de scheidsrechter was erg partijdig"],
    ["de leider van de groep is zelf ook vrijwilliger"],
    ["de kapitein van het team is weer fit"],
    ["de trainer is super relaxed"],
    ["de coach is echt top"],
    ["de voorzitter is nu thuis"],
    ["de dirigent was heel goed"],
    ["ik ben trainer bij de club sinds maart"],
    # FB near misses
    ["nee sorry dat zei je niet"],
    ["nee van de week zei je"],
    ["nee de ene zei je"],
    ["meneer", "nee sorry van de week zei je"],
    ["nee sorry voor de late reactie zei je"],
    # FC near misses
    ["hoeveel leden zei je", "en dan nog twee"],
    ["tien euro zei je", "en dan nog de kantine"],
    ["dat was vier vijf zei je", "en dan nog wat"],
    ["de uitslag was drie een", "en dan de tweede helft"],
    # FD near misses: a club compound and a number after it
    ["ik zit bij de schaakclub", "al tien jaar"],
    ["ik ben lid van de judoclub", "sinds vorig jaar"],
    ["we trainen bij de hockeyclub", "elke dinsdag"],
    ["mijn zoon zit op de zwemclub"],
    ["bij de judoclub tien jaar lang"],
    ["ik ga met de wandelclub", "twaalf kilometer lopen"],
    ["de biljartvereniging bestaat", "vijftig jaar"],
    # round 90 EH near miss and an appointment that stays
    ["de wedstrijd eindigde in zes een", "vijf nul"],
    ["de monteur komt op", "eh twaalf", "eh maart"],
]

# round 90's doubtful EH: the label of pieces read back (rules alone; the tagger may name the kind itself)
LABELS = [
    (["ik herhaal zeven drie", "acht een"], "[nummer]"),
    (["wat is je bsn", "ik herhaal twee zes vier", "vijfentachtig"], "[bsn]"),
    (["wat is je rekeningnummer", "ik noteer zes een", "vijf nul"], "[iban]"),
    (["wat is het telefoonnummer", "ik herhaal drie een", "zes zes"], "[telefoonnummer]"),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


@pytest.mark.parametrize("lines, label", LABELS)
def test_read_back_label(lines, label):
    out = rules_only(lines)
    assert out[-1] == label and label in out[-2], out


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
