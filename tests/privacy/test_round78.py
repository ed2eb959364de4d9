"""Round 78: family, friends and care at home; emergencies and the night (holdouts BY and BZ's forms). What goes:
QA a postcode's second letter after the first went ("[postcode] ze"), or both letters after four digits that went;
QB a postcode's letters corrected after it ("[postcode] nee a ce"); QC a line of letters and spelling aids whose
first letter fell away after a postcode line ("van sierra te"); QD "nog een L" after a postcode line; QE a bsn read
out over lines, a piece a line; QF a holiday naming the birth date right after it ("... dus tweede kerstdag"); QG a
postcode of four digits and two letters such as "eks"; QH an account number's start after "iban" or at the line's
start with a bank code glued to a digit; QJ a month after a day that went as a date; QK a birthday after "jarig op";
QL letters at the line's end that spell on after "met dubbel n"; QM a Frisian street with "it" at the line's start;
QN "'t" of a street; QO a phone number's digits said again or corrected on the line after it; QP "na" inside a
phone number. Next to each: what must stay. All own examples, not taken from the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, next_line_test, round_tests

SECRET_CASES = [
    # QA: a postcode's second letter; both letters after four digits
    (["dus postcode achtenzestig twaalf pe ze dat is in zwolle"], "pe ze"),
    (["mijn oma woont in postcode drieënveertig eenentwintig wee ex in leiden"], "wee ex"),
    (["de postcode is zesenzestig vijftien ka ze"], "ka ze"),
    # QB: a postcode's letters corrected
    (["de postcode is negenendertig zeventien ka el nee ka em"], "el em"),
    (["postcode zesentachtig dertig a be nee a ce"], "be ce"),
    # QC: letters and aids after a postcode line
    (["dus postcode eenenzeventig vijftien", "van sierra te"], "sierra"),
    (["de postcode is achtentwintig nul drie", "van oscar ha"], "oscar ha"),
    # QD: "nog een L" after a postcode line
    (["de postcode is twee acht vier vijf", "em van marie", "en nog een em"], "em marie"),
    (["dus postcode drie een negen twee", "es van simon", "nog een es"], "es simon"),
    # QE: a bsn a piece a line
    (["het bsn van je moeder is een twee drie vier", "acht", "zeven zes vijf nul"], "acht"),
    (["haar bsn is zeven zeven een twee", "negen nul", "drie vier vijf"], "negen nul"),
    # QF: a holiday naming the birth date
    (["je bent geboren op zesentwintig", "twaalf", "negentig dus tweede kerstdag"], "tweede kerstdag"),
    (["ik ben geboren op een januari tweeduizend dus nieuwjaarsdag"], "nieuwjaarsdag"),
    # QG: four digits and two letters with "eks"
    (["de postcode van mijn zus is drieënzestig achttien eks el"], "drieenzestig achttien eks el"),
    (["de postcode is negenenveertig eenentwintig pe eks"], "negenenveertig eenentwintig pe eks"),
    # QH: an account number's start
    (["de iban n l tweeëntachtig", "dat weet ik verder niet"], "tweeentachtig"),
    (["en el zesendertig ingbnul vier vier", "twee een"], "zesendertig ingbnul vier"),
    # QJ: a month after a day that went as a date
    (["wanneer ben je geboren", "zeventien een tweeëntachtig", "ja zeventien januari"], "januari"),
    # QK: a birthday after "jarig op"
    (["dus je bent jarig op koningsdag zevenentwintig april"], "zevenentwintig april"),
    (["mijn vader is jarig op vijf mei"], "vijf mei"),
    # QL: letters spelling on after "met dubbel n"
    (["ze woont aan de pannekoekstraat vier", "pannekoek met dubbel n e k"], "e k"),
    # QM: a Frisian street at the line's start
    (["it fliet tweeëntwintig in sneek"], "fliet tweeentwintig"),
    # QN: "'t" of a street
    (["het adres is 't Hoogt 9 in utrecht"], "t hoogt 9"),
    # QO: a phone number's digits again or corrected on the next line
    (["nul zes vier vier ehm", "wacht ik hoorde je niet twee vier en dan", "achtendertig negentig een"], "twee vier"),
    (["nul zes drie drie twee acht", "o nee niet twee acht maar zes acht", "en dan vijf vijf een nul"],
     "twee acht zes"),
    # QP: "na" inside a phone number
    (["de buurvrouw heeft zesentwintig achttien vierenveertig elf na nul zes"],
     "zesentwintig achttien vierenveertig elf na"),
    (["bel haar op eenendertig tweeënveertig zeventien negentien na nul zes"], "eenendertig tweeenveertig na"),
    # QH with rekeningnummer
    (["het rekeningnummer en el negentien", "knab en de rest weet ik niet"], "negentien"),
    # QA with an address label before ("postcode" on the line)
    (["mijn tante woont in postcode vierenvijftig tweeëntwintig es ze in veghel"], "es ze"),
    # QB, QD, QH, QJ, QN, QO once more, in the shapes the rules alone or the tagger missed at the start
    (["de postcode is dertien achtenzeventig a ce nee a de"], "a"),
    (["dus postcode vierenvijftig negentien", "en nog een ka"], "nog"),
    (["het iban is n l negen", "zestien"], "negen"),
    (["iban n l vier", "twaalf"], "vier"),
    (["ik heb de geboortedatum nodig", "dertig een achtenzestig", "ja dertig januari"], "januari"),
    (["dus het adres is 't Hof 12 in oss"], "t"),
    (["ze woont op 't Loo 5"], "t loo 5"),
    (["nul zes een acht ehm", "sorry ik verstond je niet goed een acht en dan", "negenendertig zeventig twee"],
     "acht"),
    (["nul zes negen negen vier twee", "o wacht dus niet vier twee maar drie twee", "en dan acht acht een nul"],
     "vier twee drie"),
    (["ik noteer het bsn voor de aanvraag bij de gemeente acht zeven zes vijf", "vier", "drie twee één nul"], "vier"),
    # QE with the burgerservicenummer
    (["het burgerservicenummer is vier vier drie drie", "twee", "een nul nul negen"], "twee"),
]

ORDINARY = [
    # QA/QG near misses: "postcode" without a full postcode
    ["de postcode weet ik niet meer"],
    ["de postcode is ergens in brabant ze zei het al"],
    ["de postcode van de apotheek staat op de brief"],
    ["mijn postcode is veranderd en ze weten het nog niet"],
    # QB near misses
    ["de buurman zei nee a dat wil ik niet"],
    ["de postcode klopt nee echt"],
    # QC/QD near misses: after a line without a postcode
    ["de postcode klopt", "en nog een vraag"],
    ["ik woon hier al lang", "van harte dank"],
    ["ik heb het opgeschreven", "nog een keer"],
    # QE near misses
    ["het bsn heb ik niet bij de hand", "vijf minuten"],
    ["heb je het bsn bij je", "twee"],
    ["ik moet het bsn nog opzoeken", "drie dagen geleden gevraagd"],
    # QF near misses: holidays that are no birth date
    ["we vieren het op eerste kerstdag"],
    ["op koningsdag gaan we naar de vrijmarkt"],
    ["op oudejaarsdag werk ik altijd"],
    ["sinterklaas was gezellig dit jaar"],
    # QH near misses
    ["iban of rekeningnummer weet ik niet"],
    ["en elf mensen waren er"],
    ["mijn iban staat in de app"],
    # QJ/QK near misses
    ["ze is geboren in een ziekenhuis in april"],
    ["ik ben jarig maar ik vier het niet"],
    ["we waren jarig en gingen in mei weg"],
    # QL near misses
    ["ik heb hem met dubbel zoveel liefde opgevoed"],
    ["we spreken met z n allen af"],
    # QM near misses
    ["it support belt om drie uur"],
    ["it is a nice day zei ze"],
    # QN near misses
    ["'t is laat geworden"],
    ["in 't dorp is het stil"],
    # QO/QP near misses
    ["we gaan na tien uur slapen"],
    ["ze belt na het eten nog even"],
    ["ik bel je na vijf minuten terug"],
    ["ze zei dat ze na twaalf uur thuis is"],
    ["het was een twee drie en klaar"],
    ["mijn mail is kapot sinds twee dagen"],
]

# the line after a phone number, a postcode or a bsn that is plain talk
NEXT_KEPT = [
    (["mijn nummer is nul zes een twee drie vier vijf zes zeven acht", "dank je wel"], 1),
    (["de postcode is twee acht vier vijf ka em", "en nog iets"], 1),
    (["het bsn is een twee drie vier vijf zes zeven acht negen", "klopt"], 1),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


test_next_line_kept = next_line_test(NEXT_KEPT)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY + [lines for lines, _ in NEXT_KEPT])
