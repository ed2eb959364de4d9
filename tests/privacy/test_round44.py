"""Round 44: all own examples, not taken from the holdouts. People who came from elsewhere. Secrets that go: a number
said in English inside Dutch talk (three English digits or more in a row, "plus" before a country code, one English
number right after a street or "number", a postcode's digits and its letters by their English names: "ay", "are",
"kay"), a street spelled letter by letter before its own word, an e-mail's local part said after the address ("en
daarvoor ...") or first with "ervoor komt ..." on the line before the sign, a name with "a" between its parts ("lie a
kwie"), "X is de achternaam en Y de voornaam", a birth date's day and month with its year and cue on the next line, a
year guessed on the line after a birth date not known. Talk that stays: the "@" sign talked about ("een apenstaartje
vind je boven de twee"), English without a number stream ("one day", "nine to five", "twenty four seven", "are you
ok", "thank you"), counting in English, a line of two letters with nothing before them.
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # 1. a number said in English inside Dutch talk
    (["dus je nummer is zero six three one", "four four two eight nine seven"],
     "zero six three one four two eight nine seven"),
    (["zijn mobiel is plus three one six", "two seven seven eight one four zero"],
     "plus three one six two seven eight four zero"),
    (["en je bsn", "two four six", "eight one three", "five seven nine"],
     "two four six eight one three five seven nine"),
    (["the number is zero six oh four double five two one three"], "zero six oh four double five two one three"),
    (["ik woon op de lindenlaan seven"], "lindenlaan seven"),
    (["okay so the street is beukenweg twelve in zwolle"], "beukenweg twelve"),
    # 2. a postcode in English, its letters by their English names
    (["mijn postcode is two five one three kay are"], "two five one three kay are"),
    (["so the postcode is six seven two one", "ay ess"], "six seven two one ay ess"),
    (["de postcode is twelve thirty ay bee"], "twelve thirty ay bee"),
    # 3. a street spelled letter by letter before its own word, the number on the next line
    (["hoe schrijf je de straat", "b e u k e n weg", "nummer twaalf"], "b e u k e n weg twaalf"),
    # 4. an e-mail's local part after the address, or first with "ervoor komt" on the line before the sign
    (["dus apenstaartje ziggo punt nl en daarvoor vermeulen zonder puntjes"], "ziggo vermeulen"),
    (["ervoor komt b jansen twaalf", "en dan apenstaartje hotmail punt com"], "jansen twaalf hotmail"),
    # 5. a name with "a" between its parts; the given name said with "de voornaam"
    (["lie a kwie zei u", "goed meneer lie a kwie"], "lie kwie"),
    (["dus li is de achternaam en mei de voornaam"], "li mei"),
    # 6. a birth date's day and month, its year and cue on the next line; a year guessed after a birth date not known
    (["op de pas staat de tweede maart", "negentienhonderdvijftig als geboortedatum"],
     "tweede maart negentienhonderdvijftig"),
    (["ze weet haar geboortedatum niet precies", "rond tweeduizend drie zegt de moeder"], "tweeduizend drie"),
]

ORDINARY = [
    # 1. the "@" sign talked about, no address
    ["een apenstaartje vind je op je toetsenbord boven de twee"],
    ["het apenstaartje zit boven de twee", "en dan een punt en nl"],
    ["zo'n apenstaartje typ je met shift"],
    # 2. English without a number stream
    ["he is number one in the team"],
    ["we zijn open twenty four seven"],
    ["ik werk nine to five"],
    ["are you ok"],
    ["thank you so much"],
    ["my number is fine"],
    ["het was seven eleven"],
    ["ay are"],
    ["oh no"],
    # 3. counting in English, a count
    ["one two three go"],
    ["we waren met zijn one two three four five"],
    ["ik heb two kids en a dog"],
    # 4. near misses of the other forms
    ["plan a is beter"],
    ["vitamine a en b"],
    ["van a tot z"],
    ["we hebben ervoor gezorgd dat alles goed gaat"],
    ["daarvoor kwam ik hier"],
    ["mijn geboortedatum staat op de pas", "in tweeduizend tien ben ik verhuisd"],
    ["ik weet mijn geboortedatum niet meer uit mijn hoofd", "in tweeduizend tien ben ik verhuisd"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
