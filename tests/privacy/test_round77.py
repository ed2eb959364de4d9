"""Round 77: work, jobs and benefits (holdout BX's forms). What goes: PA a name spelled in syllables on the next line
("mevrouw wijnaldum" / "wij nal dum"); PB a corrected surname after a name and a filler ("[naam] eh van der meulen");
PC an address after "adres ... is" ("het adres van het magazijn is de polder singel honderdtwaalf"); PD a postcode
with "ex" (the letter x) on a line of its own ("drie vier een twee ex ka"); PE a postcode's letter with its spelling
aid ("... ex van xantippe") and a line of letters and aids after a postcode ("ka ee dus ka van karel"); PF a line that
spells or qualifies the mail address of the line before ("jansen met ij", "ha met ha"); PG a house number's letter
after the address ("[adres] ce") and floor words before "nummer" ("[adres] twee hoog nummer acht"); PH a birth year
after the date ("[datum] in eh negentien zeventig"); PI letters after "met" that spell a name's start; PJ a street
word of its own before "nummer" ("op de lange dijk nummer negen"); PK a Frisian street with "it"; PL a phone number
corrected on the way with "nee"; PM a mail's first part ending in "punt" after "je mailadres"; PN a letter after an
account number; PO a bank code spelled after an account number's start ("a es en be"); PP a number read out one
piece a line after two such lines went. Next to each: what must stay. All own examples, not taken from the call
data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, next_line_test, round_tests

SECRET_CASES = [
    # PA: syllables of a name said on the line before
    (["mijn leidinggevende heet meneer wijnaldum", "wij nal dum"], "wij nal dum"),
    (["de casemanager is mevrouw koningsbrugge", "ko nings bruk ge"], "ko nings bruk ge"),
    (["je collega heet mevrouw tahitoe", "ta hi toe"], "ta hi toe"),
    # PB: a corrected surname
    (["dus meneer de graaf eh van der meulen bedoel je"], "meulen"),
    (["de chef heet meneer jansen nee ter horst"], "horst"),
    (["mevrouw bakker eh van den heuvel is je consulent"], "heuvel"),
    # PC: an address after "adres ... is"
    (["het adres van het magazijn is de polder singel honderdtwaalf"], "polder singel honderdtwaalf"),
    (["dus het adres van de werkplaats is de oude haven drieënveertig"], "haven drieenveertig"),
    (["het adres is merel veld zevenentwintig"], "merel veld zevenentwintig"),
    (["het adres van je flat is de veluwe ring driehonderd twaalf"], "veluwe ring driehonderd twaalf"),
    (["het adres van de werkplaats is de kempen ring zeshonderd negen"], "kempen ring zeshonderd negen"),
    # PD: a postcode with "ex"
    (["dus drie vier een twee ex ka"], "drie vier een twee ex ka"),
    (["vijf zes zeven acht ex ee in tilburg"], "vijf zes zeven acht ex ee"),
    # PE: a postcode letter with its spelling aid; letters after a postcode line
    (["mijn postcode is vierenveertig tien en dan be ex van xantippe"], "xantippe"),
    (["de postcode is elf twaalf en dan ka ex van xerox"], "xerox"),
    (["ik zei postcode drie drie een twee", "ka ee dus ka van karel"], "ka ee karel"),
    (["de postcode was vijf nul nul een", "zet ee dus zet van zeppelin"], "zeppelin"),
    # PF: a line that spells or qualifies the mail address of the line before
    (["mijn mail is sven de boer zeven at outlook punt com", "boer met oo ee"], "boer oo"),
    (["het adres is jannie h apestaartje gmail punt com", "ha met ha"], "ha"),
    (["je mail is karin w b apenstaartje ziggo punt nl", "wee be van wim boersma"], "boersma"),
    # PG: a house number's letter; floor words before "nummer"
    (["mijn broer woont op de lijsterbeslaan negen ce"], "ce"),
    (["het atelier is aan de waalkade twaalf ha"], "ha"),
    (["mijn moeder woont op de van speijkstraat twee hoog nummer acht"], "acht"),
    (["mijn collega woont op de van lennepstraat twee hoog achter nummer veertig"], "veertig"),
    # PH: a birth year after the date
    (["ik ben geboren op twaalf maart in eh negentien zeventig"], "negentien zeventig"),
    (["je bent geboren op drie juni in negentien achtenvijftig"], "negentien achtenvijftig"),
    # PI: letters after "met" that spell a name's start
    (["dus je heet wilma met wee ie", "ja"], "wee ie"),
    (["dus je heet kevin met ka ee ve"], "ka ee ve"),
    # PJ: a street word of its own before "nummer"
    (["ze woont op de lange dijk nummer negen"], "lange dijk negen"),
    (["hij woont op het pleintje de kleine ring nummer vier"], "kleine ring vier"),
    # PK: a Frisian street with "it"
    (["mijn tante woont op de it fiskerspaad acht in joure"], "fiskerspaad acht"),
    (["je woont met je zus op de it fjildhûs drie in balk"], "fjildhus drie"),
    # PL: a phone number corrected on the way
    (["nul zes vier nee drie vier vijf zes zeven acht negen nul"], "nul zes drie vier vijf zes zeven acht negen"),
    (["nul zes een dubbel twee nee driedubbel twee vier vijf zes"], "nul zes een twee vier vijf"),
    (["nul zes vier nee vijf vier een twee drie vier vijf zes zei je net"], "nul zes vier vijf een twee drie"),
    # PM: a mail's first part ending in "punt"
    (["ik noteer je mailadres", "ruslan punt", "petrov", "at gmail punt com"], "ruslan"),
    (["wat is je mail", "svetlana punt"], "svetlana"),
    # PN: a letter after an account number
    (["de uitkering gaat naar en el vijfenzeventig ing be", "nul zes zes zes", "vier vier twee een"], "be"),
    # PO: a bank code spelled after an account number's start
    (["mijn rekening is en el drieëntachtig", "eh asn bank dus a es en be", "nul zeven zeven acht",
      "vijf vier een twee nul zes"], "es be"),
    # PP: a number read out one piece a line
    (["dus het burgerservicenummer van je zoon voor de opvang", "zeven zeven", "tweeëndertig", "achttien",
      "vijfenvijftig"], "achttien vijfenvijftig"),
]

ORDINARY = [
    # PA near misses: short words with no name before them
    ["ik sprak met de baas", "ja ja ja"],
    ["het werk is zwaar", "op en af"],
    # PB near misses: "eh van de ..." after no name
    ["ik werk daar eh van de week niet"],
    ["ik heb het eh van de baas gehoord"],
    ["de uitkering eh ter info"],
    # PC near misses: "adres is" without street and number
    ["het adres is niet veranderd"],
    ["dat adres is al drie jaar hetzelfde"],
    ["mijn adres is bekend bij de gemeente"],
    ["mijn adres is nog steeds twee straten verder"],
    ["het oude adres is hier vlakbij twee minuten lopen"],
    # PD near misses: numbers and "ex" without a postcode
    ["mijn ex belde drie keer"],
    ["ik heb twee kinderen met mijn ex"],
    ["een twee drie vier mijn ex is weg"],
    # PE near misses
    ["je moet het van de baas horen"],
    ["de letter a van appel"],
    # PF near misses: the line after talk of mail
    ["ik kreeg een mail van het uwv", "met een brief erbij"],
    ["de mail kwam gisteren", "en ik heb hem gelezen"],
    # PG near misses: a letter word after a street without a number
    ["ik loop vaak langs de haven en"],
    ["we zaten op nummer vier in de lijst"],
    # PH near misses: a date that is no birth date and a number after it
    ["het gesprek is op twaalf maart in het kantoor"],
    ["de uitkering stopt op een juli"],
    # PI near misses: "met" and letters without a name
    ["ik werk met een collega"],
    ["het begint met a"],
    # PJ near misses: a street word and "nummer" that is no address
    ["de bus stopt bij de ring", "lijn nummer vier"],
    ["op de weg stond nummer negen te wachten"],
    ["ik sta in de rij als nummer twaalf"],
    # PK near misses: "it" in English talk
    ["ik vond it is what it is een mooie zin"],
    # PL near misses: numbers with "nee" that are no phone number
    ["nul nee een keer maar"],
    ["ik heb nul zes euro nee zeven euro"],
    ["om nul uur nee om een uur"],
    # PM near misses
    ["ik heb je mail gekregen", "dat is een goed punt"],
    ["heb je een mailadres", "nee geen punt"],
    # PO near misses
    ["mijn uitkering komt van het uwv", "a b c d is wat ik leerde"],
    # PP near misses: numbers on lines of their own in ordinary talk
    ["hoeveel uren werk je", "tweeëndertig", "soms achttien"],
    ["ik heb drie kinderen", "twee", "en een hond"],
]

# the line after a name that must stay as said (PA, PF near misses): (lines, index of the line that stays)
NEXT_KEPT = [
    (["ik sprak met mevrouw kuipers", "ja ja ja"], 1),
    (["mijn baas heet meneer harmsen", "dat is hem"], 1),
    (["mijn mail is fenna at gmail punt com", "en mijn nummer wil je ook"], 1),
    (["mijn mail is fenna at gmail punt com", "dank je"], 1),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


test_next_line_kept = next_line_test(NEXT_KEPT)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY + [lines for lines, _ in NEXT_KEPT])
