"""Round 92 (holdout CO, travel, transport and holidays, as development data). What goes: GA a street said with
"is/was" before its house number ("het appartement aan de duinweg was twaalf"); GB one or two names noted with a role
("ik noteer <first> <surname> als de chauffeur"); GC a third name right after a friend's two-word name; GD a date of
birth with the month as an ordinal ("de negende van de vierde maand"); GF a number's alternative after "of" at a
line's end; GG a bank code spelled after the bank's name ("dus er a be o"); GH a number corrected on the line after an
e-mail; GI a postcode's letter pairs heard with "of"; GJ a house number on its own line after a street. What stays:
English "at gate/desk" with no mail word (GE), and the near misses of each form. Round 91's doubtful forms: GK a club
compound is no street ("bij de schaakclub" / "zeven"), GL "en dan a b" after a score is no postcode. All own examples, not taken from
the holdouts or the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # GA: a street, is/was, a house number at the line's end
    (["het appartement aan de duinweg was twaalf"], "duinweg twaalf"),
    (["de bungalow op de heidelaan is zesendertig"], "heidelaan zesendertig"),
    (["we logeerden aan de vlietkade was het nummer negen"], "vlietkade negen"),
    (["het vakantiehuis aan de meeuwenlaan is nummer achttien"], "meeuwenlaan achttien"),
    (["mijn zus woont in de kastanjestraat was drieënveertig"], "kastanjestraat drieënveertig"),
    # GB: names noted with a role
    (["ik noteer Henk Bloemendaal als de chauffeur"], "henk bloemendaal"),
    (["ik noteer sjoerd als de reisleider"], "sjoerd"),
    (["schrijf op yolanda brinkers als contactpersoon"], "yolanda brinkers"),
    (["ik noteer Jürgen Schulte als de gids van de excursie"], "jurgen schulte"),
    (["noteer ik wessel tromp als de begeleider"], "wessel tromp"),
    (["ik schrijf op tamara knol als onze piloot"], "tamara knol"),
    # GC: a third name after a friend's two-word name
    (["mijn vriendin ayu putri lestari gaat mee op reis"], "ayu putri lestari"),
    (["mijn collega siti nur halima vliegt morgen"], "siti nur halima"),
    # GD: a date of birth with an ordinal month
    (["hij is geboren op de negende van de vierde maand"], "negende vierde maand"),
    (["haar verjaardag is de derde van de elfde maand"], "derde elfde maand"),
    (["geboren op de eenendertigste van de twaalfde maand"], "eenendertigste twaalfde maand"),
    (["ze is jarig op de vijftiende van de zesde maand"], "vijftiende zesde maand"),
    # GF: a number's alternative after "of" at a line's end
    (["het nummer begint met nul zes twaalf of dertien", "ja dan vier vier vijf zes zeven"], "dertien"),
    (["dus het is nul twee nul of nul twee een", "oke dan drie vier vijf zes"], "nul twee een"),
    (["het begint met nul zes achtendertig of negenendertig", "goed dan eenentwintig negentig vijftien"],
     "achtendertig negenendertig"),
    # GG: a bank code spelled after the bank's name
    (["en el negentien rabobank dus er a be o", "nul drie vier vijf zes zeven acht negen een twee"], "er be"),
    (["en el vierenvijftig ing oftewel ie en gee bee", "nul nul nul vijf zes zeven acht negen een"], "gee bee"),
    # GH: a number corrected after an e-mail
    (["je zei sanne punt drieënzeventig at gmail punt com", "of was het vierenzeventig"], "drieënzeventig vierenzeventig"),
    (["mijn mail is kees zesenveertig at live punt nl", "nee sorry zevenenveertig"], "zesenveertig zevenenveertig"),
    (["het is tom streepje elf at outlook punt com", "of is het twaalf"], "elf twaalf"),
    # GI: a postcode's letter pairs heard with "of"
    (["postcode vier vijf zes zeven", "ik hoorde ka el of ka em"], "ka el em"),
    (["de postcode is twee nul acht een", "was het es tee of es ef"], "es tee ef"),
    (["postcode drie drie een twee", "ik hoorde pe er of be er", "be er"], "pe er be"),
    (["mijn postcode is zeven acht een nul", "ik hoorde wee ha of wee a"], "wee ha"),
    # GJ: a house number on its own line after a street
    (["dus het is de schorredijk", "es ce ha o er er ee dee ij ka", "nummer eenendertig in harlingen"],
     "schorredijk eenendertig"),
    (["het adres is de molenweg", "em o el e en", "nummer zestien"], "molenweg zestien"),
    (["het is de lindelaan", "el ie en dee ee", "huisnummer achtenveertig"], "lindelaan achtenveertig"),
]

ORDINARY = [
    # GA
    ["de weg aan de zee was dertig kilometer lang"],
    ["aan de snelweg was het druk"],
    ["we stonden aan de kade is dat niet mooi"],
    ["op de fietspad was het tien graden"],
    ["in de straat is vijf keer ingebroken"],
    ["het strand aan de noordzee was prachtig"],
    # GB
    ["ik noteer dat als de prijs van de reis"],
    ["schrijf op de tijden als de bus vertrekt"],
    ["ik noteer het als de eerste stap"],
    ["ik noteer de chauffeur als contactpersoon"],
    ["noteer jij de bagage als extra"],
    ["ik noteer vanavond als de vertrekdag"],
    # GC
    ["mijn vriendin gaat mee naar spanje"],
    ["mijn collega zei dat het vliegtuig laat was"],
    ["mijn broer reist met de trein naar parijs"],
    # GD
    ["in de tweede week van de derde maand gaan we weg"],
    ["de derde van de vierde maand vertrekt de boot"],
    ["we vertrekken de eerste van de volgende maand"],
    # GE
    ["op het bord stond check in at desk vier"],
    ["boarding at gate b twaalf over een half uur"],
    ["we moeten at the gate zijn om acht uur"],
    # GF
    ["de bus komt om drie of vier uur"],
    ["we blijven zes of zeven nachten"],
    ["ik bel je om nul drie of zo"],
    # GG
    ["ik bank bij de rabobank dus er is geen probleem"],
    ["de pinpas werkt niet dus ik betaal contant"],
    # GH
    ["ik stuur je een mail", "of was het twee mails"],
    ["je kunt mailen naar de receptie", "of bellen"],
    # GI
    ["de postcode weet ik niet meer", "ik hoorde het ook niet goed"],
    ["wat is de postcode van het hotel", "ik hoorde iets over de kust"],
    # GJ
    ["we liepen langs de dijk", "het was koud", "nummer een van mijn favoriete plekken"],
    ["de route langs de kust", "nummer twee op mijn lijst"],
    ["het fietspad", "nummer negen"],
]

# round 91's doubtful forms: GK a club compound is no street ("bij de schaakclub" / "zeven" is no house number, so the
# date of birth said over the next lines goes as a date); GL two letters after a score read back are no postcode
SECRET_CASES += [
    (["en zijn geboortedatum weet je die nog van de inschrijving bij de schaakclub", "zeven", "juni",
      "tweeduizend tien"], "zeven juni tweeduizend tien"),
    (["haar geboortedatum staat op de pas van de zwemclub", "twaalf", "maart", "tweeduizend acht"],
     "twaalf maart tweeduizend acht"),
    (["een twee drie vier zei je", "en dan a b"], "een twee drie vier a b"),
    (["postcode zes zeven acht negen", "ja", "en dan ka el"], "zes zeven acht negen ka el"),
]
ORDINARY += [
    ["ik zit al jaren bij de schaakclub zeven dagen per week"],
    ["we gaan naar de zwemclub", "zeven", "keer per maand"],
    ["de score was twee een zei je", "en dan a b"],
    ["het werd drie nul", "en dan de letters a en b op het bord"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
