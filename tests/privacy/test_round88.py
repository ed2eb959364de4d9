"""Round 88 (holdout CK, work and jobs, as development data). What stays: CA a numbered thing at work that the
tagger took for an address ("kluisje negentien", "trede vier", "locker twaalf"); CB "de <noun> van de <ordinary
noun>" taken for a surname ("de bakker van de broodfabriek"). What goes: CC a first name, a tussenvoegsel and a
surname after heet, whatever the subject ("de ploeg heet ... van der ...", a hyphenated first name and "van 't");
CD a mail address's first letters ("je mail begint met de letter k") and CE the next line's "en dan <word>"; CF
"<x> punt <y>" after a mail word when one side already went; CG a bank's name and its code's letters on the line
after an account number ("rabo b"); CH "de maand" before a month of birth; CI a number noted and then corrected to
a postcode on the next line ("ik schrijf op negenhonderd" / "nee negentienhonderd vijf" / "de ka"); CJ (round 87's
doubtful form) "ha" and a surname after "ik ben" / "met" ("ik ben ha nguyen"). All own examples, not taken from
the holdouts or the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests, word_kept_test

SECRET_CASES = [
    # CC: first name + tussenvoegsel + surname after heet
    (['de ploegleider op de vroege dienst heet maarten van der veen'], 'maarten veen'),
    (['jouw mentor op de werkvloer heet sanne van den broek'], 'sanne broek'),
    (['de nieuwe planner heet Anne-Sophie van \'t Veld'], 'anne sophie veld'),
    (['en de afdeling inkoop heet eigenlijk nee de chef van inkoop heet pieter de graaf'], 'pieter graaf'),
    (['je teamleider in het magazijn heet kees van het hof'], 'kees hof'),
    (['de vrouw van personeelszaken heette ingrid ter horst'], 'ingrid horst'),
    (['de sollicitant van vanochtend heet joost ten brink denk ik'], 'joost brink'),
    (['de uitzendkracht heet Marie-Louise van der Linden'], 'marie louise linden'),
    (["je collega op de afdeling heet Anne-Sophie van 't Veld"], 'anne sophie veld'),
    (['je begeleider op de afdeling heet ruud van den berg'], 'ruud berg'),
    (['en je maatje bij de afdeling inpak heet sander van der werf'], 'sander werf'),
    # CD, CE: a mail address's start, and its next piece
    (['dus je mail begint met de letter k', 'en dan oudshoorn', 'apenstaartje hotmail punt com'], 'oudshoorn'),
    (['je werkmail begint met een p', 'en dan vermeulen', 'at bedrijf punt nl'], 'vermeulen'),
    (['het mailadres begint met de letters a b', 'en dan terpstra', 'eh', 'apenstaartje gmail punt com'], 'terpstra'),
    (['je mail begint met de letter w', 'dan wijnands', 'apenstaartje outlook punt com'], 'wijnands'),
    (['je mailadres op het werk begint met de letter k', 'daarna oudshoorn', 'ehm', 'apenstaartje hotmail punt com'],
     'letter k oudshoorn'),
    (['je werkmail begint met de letter p', 'en dan vermeulen', 'ehm', 'at bedrijf punt nl'], 'letter p vermeulen'),
    (['dus je mail begint met de letters a b'], 'letters a b'),
    (['je mailadres begint met een q', 'en dan ruiters'], 'q ruiters'),
    # CF: x punt y after a mail word
    (['je werkmail is chen punt wu', 'at fabriek punt nl'], 'wu'),
    (['dus het mailadres is jansen punt bo', 'apenstaartje werk punt nl'], 'bo'),
    (['zijn zakelijke mail is li punt kowalski', 'at logistiek punt nl'], 'li kowalski'),
    (['je zakelijke mail is wang punt mo', 'at bouwbedrijf punt nl'], 'wang mo'),
    # CG: a bank and its code's letters after an account line
    (['mijn rekening is n l twaalf', 'nee eenentwintig', 'rabo b', 'nul een twee drie vier vijf zes zeven acht negen'],
     'rabo'),
    (['ik geef je iban', 'n l vierenveertig', 'ing b', 'nul nul negen acht zeven zes vijf vier drie twee'], 'ing'),
    (['het rekeningnummer is n l zesentachtig', 'asn b', 'negen negen acht acht zeven zeven zes zes vijf vijf'],
     'asn'),
    # CH: de maand before a month of birth
    (['je bent geboren in de maand oktober', 'op de elfde', 'in negentienzeventig'], 'maand oktober elfde'),
    (['dus u bent jarig in de maand mei', 'op de vierde', 'van negentien tachtig'], 'maand mei vierde'),
    (['uw geboortedatum valt in de maand juli', 'op de twintigste', 'in vijfenzestig'], 'maand juli twintigste'),
    # CI: a number noted, corrected to a postcode on the next line
    (['ik noteer negenhonderd', 'nee negentienhonderd vijf', 'de ka'], 'negenhonderd'),
    (['ik schrijf op honderdveertig', 'sorry veertienhonderd tien', 'ef ge'], 'honderdveertig'),
    (['dus ik noteer tweehonderdzestig', 'nee zesentwintig zestig', 'a bee'], 'tweehonderdzestig'),
    # CJ: ha and a surname after ik ben / met
    (['ik ben ha nguyen'], 'ha nguyen'),
    (['goedenavond ik ben ha nguyen en ik werk in de schoonmaak'], 'ha nguyen'),
    (['je spreekt met ha tran'], 'ha tran'),
    (['met ha pham'], 'ha pham'),
    # CA/CB near misses: a real address or name next to the kept words still goes
    (['ik woon op de lockerstraat drieëntwintig'], 'drieëntwintig'),
    (['de baas van de fabriek is meneer de boer'], 'boer'),
    (['mijn collega jan van de bakkerij heet jan de wit'], 'wit'),
    (['ik woon aan de schaapweg twaalf', 'en mijn kluisje is nummer vier'], 'schaapweg twaalf'),
    (['je slaapt vannacht in kamer negen van het hostel aan de', 'kerkstraat', 'elf'], 'negen kerkstraat elf'),
    (['hij logeert op kamer vijftien', 'in het hotel aan de stationsweg achttien'], 'stationsweg achttien'),
]

ORDINARY = [
    # CA: numbered things at work
    ['je spullen gaan in locker negentien', 'de sleutel krijg je van de chef'],
    ['kluisje zevenentwintig is leeg', 'daar mag je je jas in hangen'],
    ['je salaris staat in schaal acht', 'en je begint op trede drie'],
    ['na een jaar ga je naar trede vier', 'en dat scheelt best'],
    ['je staat op lijn twee', 'en morgen op lijn drie'],
    ['je werkplek is nummer zes', 'naast het raam'],
    ['je bent ingedeeld in loonschaal vijf', 'trede nul'],
    ['op stelling veertig staan de dozen', 'en op stelling eenenveertig de pallets'],
    ['je ploeg begint om zes uur', 'op lijn vier'],
    ['de kantine is op de tweede', 'en je locker is nummer tweeëndertig'],
    # CB: de <noun> van de <ordinary noun>
    ['je werkt voor de molenaar van de houtzaagmolen', 'hij is streng maar eerlijk'],
    ['de bakker van de broodfabriek belde', 'of je morgen kan'],
    ['de portier van de hoofdingang is aardig', 'hij zegt altijd goedemorgen'],
    ['de chef van de vleesafdeling is ziek', 'dus jij draait de dienst'],
    ['de eigenaar van de bloemenkwekerij betaalt slecht', 'en te laat'],
    ['een collega van de nachtploeg helpt je', 'als het druk is'],
    # CC near misses: heet without a person's name
    ['de afdeling heet van de kaart', 'zo noemen ze het'],
    ['het project heet van de grond', 'leuk bedacht'],
    ['je functie heet medewerker logistiek', 'dat staat in je contract'],
    ['de ploeg heet de vroege', 'en die andere de late'],
    # CD near misses: a mail that starts with an ordinary word
    ['je mail begint met beste meneer', 'en dan je verhaal'],
    ['je sollicitatiebrief begint met de letter van je voornaam', 'dat is prima'],
    ['de mail begint met goedemorgen', 'en dan de vraag'],
    # CF near misses: punt in a mail line with nothing redacted
    ['de mail had maar een punt', 'en dat was de planning'],
    ['in je mail staat punt een de uren', 'en punt twee het loon'],
    ['de mail is klaar punt uit', 'ik stuur hem morgen'],
    ['in de mail is stap punt twee', 'het belangrijkste'],
    ['de mail begint met de uitleg', 'en dan de vraag'],
    # CG near miss: a bank said after an account line, as a bank
    ['ik heb mijn rekening bij de rabo', 'of bij de ing dat weet ik niet meer'],
    # CH near misses
    ['de maand maart was druk op het werk', 'met veel overuren'],
    ['volgende maand mei heb je vakantie', 'twee weken'],
    # CI near misses: a number noted, no postcode after
    ['ik noteer vijftig uur', 'nee veertig uur', 'dat klopt'],
    ['ik schrijf op tweehonderd euro', 'nee tweehonderdvijftig', 'per week'],
    # CJ near misses: ha is a filler
    ['ik ben ha blij dat je belt'],
    ['ik ben ha benieuwd hoe het ging'],
    ['met ha ha dat is grappig'],
    ['ik ben ha van de dienst zo moe'],
]

# words that stay while data next to them goes (both ways)
KEPT = [
    (['ik woon aan de schaapweg twaalf', 'en mijn kluisje is nummer vier'], 'kluisje'),
    (['de baas van de fabriek is meneer de boer'], 'fabriek'),
    (['je bent geboren in de maand oktober', 'op de elfde', 'in negentienzeventig'], 'geboren'),
    (['dus je mail begint met de letter k', 'en dan oudshoorn', 'apenstaartje hotmail punt com'], 'begint'),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)

test_word_kept = word_kept_test(KEPT)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
