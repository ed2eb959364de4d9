"""Round 95 (holdout CR, health care at night, the GP post, hospitals, pharmacies, mental health care, home care and
the ambulance, as development data). What goes: IA a street's first part before a hyphen ("Sint-Annastraat 12");
IB a title that is part of a street's or a person's name ("graaf willem van nassaulaan"); IC "dokter de <surname>"
at the line's end; ID a spelled line partly taken as a name ("ka o dubbel el e", "m e dubbel r"); IE a mail's local
part "<name> punt <tussenvoegsel> <word>"; IF a mobile's "nul zes" and its digits after a short hesitation; IG a
digit corrected on the line after a phone number ("geen drie maar vier"); IH a postcode's false start on the line
before. What stays: II the tagger's date after "de week van" (planning, no birth); IJ "de dokter de hele nacht"
(a role, then ordinary words); round 94's doubtful "de straat op" / "nummer drie was de mooiste" and a game's
score ("de score was drie twee en dan ka el"); and near misses of each form.
All own examples, not taken from the holdouts or the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests, word_kept_test

SECRET_CASES = [
    # IA: a hyphened street's first part
    (["Ze woont op de Sint-Annastraat 12 in Breda"], "Sint Annastraat 12"),
    (["Het adres is Burgemeester-Visserstraat 4"], "Burgemeester Visserstraat 4"),
    (["mijn moeder woont aan de Pieter-Janszstraat 8 in Delft"], "Pieter Janszstraat 8"),
    (["het adres van de patient is Sint-Jorisweg 102a"], "Sint Jorisweg 102a"),
    # IB: a title before a street or a name that was taken
    (["ik spel het voor je", "graaf willem van nassaulaan", "nummer negen"], "graaf willem nassaulaan"),
    (["de cliënt woont op de prinses irenestraat vierendertig"], "prinses irenestraat vierendertig"),
    (["hoe schrijf je dat", "hertog jan van brabantweg", "nummer twaalf"], "hertog jan brabantweg"),
    (["ze wonen aan de koningin julianalaan zes"], "koningin julianalaan zes"),
    # IC: dokter de <surname> at the line's end
    (["de dienstdoende arts vannacht is dokter de wilde"], "wilde"),
    (["mijn psychiater daar is dokter van der made"], "made"),
    (["de huisarts van mijn vader heet dokter de moor"], "moor"),
    (["op de spoedpost zag ik zuster de lange"], "lange"),
    (["morgen komt dokter de groot"], "groot"),
    # ID: a spelled line partly taken as a name
    (["hoe spel je de achternaam", "ka o dubbel el e", "kolle"], "kolle"),
    (["de achternaam van de cliënt", "s a dubbel m i", "sammi"], "sammi"),
    (["welke achternaam", "b a dubbel k e r", "bakker"], "dubbel"),
    # IE: a mail's local part "<name> punt <tussenvoegsel> <word>"
    (["het mailadres van de zorgverlener", "fatima punt van dijk", "at hotmail punt com"], "fatima dijk"),
    (["schrijf op", "pieter punt de jong", "apenstaartje ziggo punt nl"], "pieter jong"),
    (["het mailadres van mijn zus", "ingrid punt van der berg", "nee vandenberg aan elkaar", "at gmail punt com"],
     "ingrid berg"),
    # IF: "nul zes" and digits after a short hesitation
    (["nul zes even kijken eh twee vier", "negen negen een", "acht zes zeven"], "twee vier"),
    (["nul zes wacht eh zeven zeven", "drie een twee", "vijf vijf vier"], "zeven"),
    (["nul zes eh even zien drie een", "twee twee acht", "nul nul vier"], "drie een"),
    # IG: a digit corrected on the line after a phone number
    (["het nummer van de apotheek is nul zes een twee drie vier vijf zes zeven acht",
      "sorry de laatste is geen acht maar negen"], "acht negen"),
    (["bel me op nul zes negen acht zeven zes vijf vier drie twee", "nee het vierde cijfer is niet zes maar vijf"],
     "zes vijf"),
    (["mijn nummer nul zes een een twee twee drie drie vier vier", "oh wacht het is geen vier maar een zeven"],
     "vier zeven"),
    # IH: a postcode's false start on the line before
    (["de postcode achtenveertig", "achtenveertig zeventien", "ka el"], "achtenveertig zeventien ka el"),
    (["postcode is vijfenvijftig", "vijfenvijftig negentien", "a bee"], "vijfenvijftig negentien"),
    (["haar postcode tweeëntwintig", "tweeëntwintig dertig", "es tee"], "tweeentwintig dertig"),
    # more of IA/IC in other words
    (["stuur het naar Sint-Michielsplein 5"], "Michielsplein 5"),
    (["mijn tandarts is dokter ten brink"], "brink"),
    # round 94's doubtful forms, the secret side: an address with "straat op", a phone number with a score word
    (["ik woon in de straat op", "nummer drie"], "drie"),
    (["mijn adres is de kerk straat op", "nummer elf"], "kerk elf"),
    (["de uitslag bel ik je door op nul zes een twee drie vier vijf zes zeven acht"], "vier vijf zes zeven acht"),
    (["de stand van zaken", "mijn nummer is nul zes acht acht zeven zeven zes zes vijf vijf"], "zeven zes vijf"),
]

ORDINARY = [
    # IA near misses: hyphened words that are no street
    ["de huisartsenpost in Noord-Brabant was druk"],
    ["ze is al twee keer in het Sint-Antonius ziekenhuis geweest"],
    ["de na-zorg van de wijkverpleging loopt goed"],
    # IB near misses: titles in ordinary talk
    ["de koning sprak gisteren op tv over de zorg"],
    ["we speelden vroeger prins en prinses"],
    ["de koningin kwam op bezoek in het ziekenhuis"],
    ["sint maarten is pas in november"],
    # IC near misses: the doctor as a role, "de dokter de ..." and a sentence going on
    ["ik heb de dokter de hele nacht niet gezien"],
    ["de dokter de volgende keer bellen"],
    ["ik ga naar de dokter"],
    ["de dokter van de huisartsenpost was aardig"],
    ["wil je de dokter de uitslag laten zien"],
    ["bel de dokter"],
    ["vraag zuster de uitslag"],
    ["mijn dokter de laatste tijd is erg druk"],
    # ID near misses: letters in ordinary talk
    ["a b c d e zei het kind"],
    ["de dubbele dienst was zwaar"],
    ["plan a of plan b"],
    # IE near misses: punt in ordinary talk
    ["het punt is dat ze niet wil"],
    ["op een gegeven punt van de avond"],
    ["ze zette een punt achter de zin"],
    ["tot op zekere hoogte een punt van zorg"],
    # IF near misses: zero and six in ordinary talk
    ["nul zes keer heb ik gebeld vanavond"],
    ["nul zes is het begin van een mobiel nummer"],
    ["het staat nul zes voor ajax"],
    # IG near misses: a correction with no phone number before
    ["ik heb er geen vijf maar acht gegeten", "dat was te veel"],
    ["er waren niet drie maar vier mensen in de wachtkamer"],
    ["de wachttijd was lang", "niet twee maar drie uur"],
    # IH near misses: postcode talk without a postcode
    ["de postcode staat op de brief", "achtendertig mensen stonden in de rij"],
    ["ik weet de postcode niet", "vraag het even"],
    # II: a planned week's date
    ["de casemanager komt in de week van negen maart"],
    ["de fysio begint in de week van twintig oktober"],
    ["de operatie staat gepland in de week van drie juni"],
    ["de thuiszorg belt in de week van tweeëntwintig april terug"],
    # round 94's doubtful forms: "de straat op" (going out), a game's score
    ["we gingen de straat op", "nummer drie was de mooiste"],
    ["de kinderen renden de straat op", "nummer vijf won de race"],
    ["de score was drie twee en dan ka el"],
    ["de stand was vier een voor ons"],
]

KEPT = [
    (["de dienstdoende arts vannacht is dokter de wilde"], "dienstdoende"),
    (["het mailadres van de zorgverlener", "fatima punt van dijk", "at hotmail punt com"], "zorgverlener"),
    (["het nummer van de apotheek is nul zes een twee drie vier vijf zes zeven acht",
      "sorry de laatste is geen acht maar negen"], "laatste"),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
test_word_kept = word_kept_test(KEPT)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
