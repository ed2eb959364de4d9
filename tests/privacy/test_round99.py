"""Round 99 (holdout CV, disability, aids and adaptations, the WMO desk, wheelchairs and mobility scooters, the
regional taxi, care assessments and personal care budgets, as development data). What goes: MA a street named after
a person with "van der" before it; MB a line that is only "de <street> <number> in <city>"; MC a surname after
"naam is <first name>"; MD a name spelled letter by letter after a [naam] (with the tagger too); ME a postcode's two
letters alone on the line after its four digits; MF a postcode's letters said as one word ("er") after its digits in
two pairs; MG a mail's local part before a filler line; MH a mail's middle part on its own line after "streepje";
MI an IBAN's head written glued ("NL12INGB"); MJ a number's first digits, a filler line, then the rest; MK a date
with its day and month as ordinals on two lines before the year; ML number words after "geboortedatum ... is".
What stays: near misses of each form. All own examples, not taken from the holdouts or the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests, word_kept_test

SECRET_CASES = [
    # MA: a street named after a person with "van der" before it
    (["ik woon op de van der palmstraat van oldenbarneveltlaan negen"], "palmstraat"),
    (["de taxi kwam naar de van der hoop van speijklaan twaalf"], "hoop"),
    (["het is de van den berg van heemstedeweg vier"], "berg"),
    # MB: a line that is only a street, its number and the city
    (["ja de breestraat achtenzestig in leiden"], "breestraat"),
    (["dus de kortenaerkade elf te haarlem"], "kortenaerkade"),
    (["ja de haverkamp zeventien in delft"], "haverkamp"),
    (["de mariaplaats zeventig b in utrecht"], "mariaplaats"),
    # MC: a surname after "naam is <first name>"
    (["uw naam is jolanda pietersma en u belt over de scootmobiel"], "pietersma"),
    (["mijn naam is bram ottens"], "ottens"),
    (["haar naam is femke brouwer toch"], "brouwer"),
    (["mijn naam is henk vogel en ik bel voor mijn vrouw"], "vogel"),
    (["uw naam is ingrid wolf"], "wolf"),
    (["haar naam is els klein toch"], "klein"),
    # MD: a name spelled after a [naam] line (five or more letters)
    (["meneer wisniewski", "wee ie es en ie ee wee es ka ie"], "wee"),
    (["mevrouw szabo", "es zet a bee o"], "zet"),
    (["mevrouw kaczmarek", "ka a see zet em a er ee ka"], "see"),
    # ME: a postcode's two letters alone after its four digits
    (["wat is de postcode", "drie vier vijf zes", "ka ka"], "ka"),
    (["en uw postcode", "twee twee zeven een", "ha ee"], "ha"),
    (["wat is de postcode", "een twee drie vier", "ha ha"], "ha"),
    # MF: the letters said as one word after two pairs
    (["dus zesenvijftig tweeëntwintig er"], "er"),
    (["ja achtendertig vijfenveertig el"], "el"),
    # MG: a mail's local part before a filler line
    (["het mailadres van de wmo", "loket at", "ehm", "zorgstad punt nl"], "loket"),
    (["de mail van de vereniging", "info at", "uh", "rolstoelclub punt nl"], "info"),
    # MH: a mail's middle part on its own line after "streepje"
    (["de mail gaat naar mijn zoon", "pieter streepje", "de boer", "at hotmail punt com"], "boer"),
    (["stuur het naar", "anja punt", "van dam", "at ziggo punt nl"], "dam"),
    (["stuur het naar", "eva streepje", "van gent", "at gmail punt com"], "gent"),
    # MI: an IBAN's head written glued
    (["het rekeningnummer van het pgb is NL12INGB", "0007 1234 56"], "nl12ingb"),
    (["mijn rekening nl44abna en dan 0417 1643 00"], "nl44abna"),
    # MJ: a number's first digits, a filler line, the rest
    (["mijn bsn is", "twee vier een", "uh", "achthonderdtweeënveertig", "driehonderdzeventien"], "twee"),
    (["dus drie nul nul", "eh", "vierhonderdnegentien", "zeshonderdtwaalf"], "drie"),
    # MK: day and month as ordinals on two lines before the year
    (["ze is geboren op de achtste", "van de derde", "negentien vijfenzestig"], "achtste"),
    (["op de twintigste", "van de elfde", "negentienhonderd zestig", "ben ik geboren"], "elfde"),
    # ML: number words after "geboortedatum ... is", even before they are a valid date
    (["de geboortedatum op de aanvraag is vijftien vijftien", "nee vijftien vijf", "tweeënvijftig"], "vijftien"),
    (["zijn geboortedatum is negen negen", "negentien zeventig"], "negen"),
    (["mijn geboortedatum is drie zes", "tachtig"], "zes"),
    (["uw geboortedatum voor het pgb is veertien veertien", "oh veertien vier", "eenenvijftig"], "veertien"),
]

ORDINARY = [
    # MA near misses: "van der" before a street word that is no street
    ["ik kom net van de markt"],
    ["ik kwam van de huisarts en toen naar huis"],
    ["de taxi kwam van de andere kant van het dorp"],
    # MB near misses: a number in a city that is no address
    ["ik ben vijf jaar in leiden"],
    ["de bus drie in utrecht rijdt niet"],
    ["de lijn tien in amsterdam was laat"],
    ["de ploeg drie in zwolle"],
    ["het team vijf in breda"],
    ["de wijk zes in almere"],
    ["we waren met zijn vieren in haarlem"],
    ["de wmo twee keer in delft"],
    # MC near misses: talk after the name
    ["de naam is niet belangrijk"],
    ["haar naam is toch bekend"],
    # MD near misses: letters after a line without a name
    ["we leerden het alfabet", "a b c d e f"],
    ["de rolstoel heet een model a", "en de scootmobiel b"],
    # ME near misses: letters without four digits before
    ["wat een dag", "ha ha"],
    ["hij werd vijfentachtig", "ha ha"],
    ["ik heb het nummer drie vier vijf zes gezien", "ha ha"],
    # MF near misses: two numbers and a word that is no letter pair
    ["ze is zeventig of tachtig ofzo"],
    ["ze is vijfentachtig of zesentachtig"],
    ["zevenentwintig achtentwintig ja"],
    ["dus vijftig zestig al"],
    ["ze werd negentig of eenennegentig"],
    # MG/MJ near misses: a filler after a held line with no detail after
    ["ik heb een vraag", "eh", "over de traplift"],
    ["het was een twee drie", "uh", "zo gebeurd"],
    ["de indicatie duurt", "ehm", "drie maanden"],
    ["ik tel een twee drie", "eh", "ja klaar"],
    # MH near misses: a line after "punt" that is no mail
    ["dat is het punt", "van de zaak", "zeg maar"],
    ["ik heb een streepje", "op de kaart gezet"],
    # MI near misses: codes that are no IBAN head
    ["de scootmobiel type s400 is kapot"],
    ["het kenteken is ab12cd"],
    ["model xl24 pro van de rolstoel"],
    # MK near misses: "van de derde" with no year after
    ["het is de derde", "van de vijfde klas"],
    ["de les van de zesde", "was leuk"],
    ["op de eerste", "van de tweede groep"],
    # round 98's doubtful LC: a thing with a number and a letter is no street
    ["de kluis zeven a"],
    ["de kast twaalf b"],
    ["het loket drie c"],
    ["de locker veertien d"],
    # ML near misses: "geboortedatum is" without numbers
    ["de geboortedatum is belangrijk voor de aanvraag"],
    ["uw geboortedatum is niet ingevuld"],
    ["de geboortedatum is bekend bij de wmo"],
]

KEPT = [
    (["ja de breestraat achtenzestig in leiden"], "ja"),
    (["mijn naam is karel en ik bel over de rolstoel"], "rolstoel"),
    (["uw naam is anne toch"], "toch"),
    (["mijn naam is kees gewoon"], "gewoon"),
    (["mijn naam is anna trouwens"], "trouwens"),
    (["mijn naam is piet hoor"], "hoor"),
    (["mevrouw de haan", "ha a a en ja"], "ja"),
    (["goedenacht u spreekt met de nachtlijn mijn naam is greet waar kan ik u mee helpen"], "waar"),
    (["goedenavond mijn naam is joost hoe kan ik u helpen"], "hoe"),
    (["met de nachtlijn mijn naam is lies wat kan ik voor u doen"], "wat"),
    (["haar naam is ineke en ze woont alleen"], "woont"),
    (["uw naam is jolanda pietersma en u belt over de scootmobiel"], "scootmobiel"),
    (["het rekeningnummer van het pgb is NL12INGB", "0007 1234 56"], "rekeningnummer"),
    (["de geboortedatum op de aanvraag is vijftien vijftien", "nee vijftien vijf", "tweeënvijftig"], "aanvraag"),
    (["de mail van de vereniging", "info at", "uh", "rolstoelclub punt nl"], "vereniging"),
    (["ik woon op de van der palmstraat van oldenbarneveltlaan negen"], "woon"),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
test_word_kept = word_kept_test(KEPT)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
