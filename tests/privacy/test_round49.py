"""Round 49: people who call for someone else, two people's details in one call. All own examples, not taken from
the holdouts.
Secrets that go: a street, its house number "een" and a letter ("molenstraat een b in ede"); two people's house
numbers on the line after their street ("jij op vier en je moeder op tweeenveertig"); a surname finished with "met
puntjes" after a redacted name, on its line or the next; a name of several parts on the line after "heet meneer
[naam]" that starts with the surname said again; a word given as the mailbox and then called a name ("dat was de
achternaam"); an e-mail's local part on the line after "en daarvoor"; a birthday next to "jarig" ("op vijf november
jarig", "jarig op tweede kerstdag"); a second person's birth date on the line after one ("en hij op ...").
Near misses that stay: a floor ("zij op de tweede verdieping"), "een b" as a grade or a vitamin, "met puntjes" in
ordinary talk ("de puntjes op de i", "een jurk met puntjes"), "meneer de directeur", ordinary talk about mail ("ik heb
je mail gelezen" / "nee wacht dat was de post"), a feast day or a date that is no birthday.
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # A. a street, "een" and a letter
    (["zijn eigen huis is molenstraat een b in ede"], "molenstraat een b"),
    (["u zei stationsweg een d in assen"], "stationsweg een d"),
    (["ze woont nu kerkweg een a in hoorn"], "kerkweg een a"),
    (["mijn zus woont op de lindelaan een c in zwolle"], "lindelaan een c"),
    (["het huis van je vader is beukenweg een b toch"], "beukenweg een b"),
    # B. two people's house numbers after their street
    (["jullie wonen allebei op de kastanjelaan", "jij op vier en je moeder op tweeenveertig"], "vier tweeenveertig"),
    (["jullie wonen in de beukenstraat", "u op twaalf en uw zoon op achttien"], "twaalf achttien"),
    (["ze wonen allebei in de eikenlaan zeven", "hij op zeven en zijn moeder op negen a"], "zeven negen"),
    (["u en uw dochter wonen op de kerkweg tien", "u op tien en zij op nummer dertien"], "tien dertien"),
    # C. a surname with "met puntjes"
    (["je buurvrouw mevrouw jansen", "jansen turk met puntjes"], "turk"),
    (["uw buurman meneer kaya", "kaya ozturk met puntjes op de u"], "ozturk"),
    (["de achternaam van je zus", "bakker", "loen met twee puntjes"], "loen"),
    # D. a name of several parts after "heet meneer [naam]"
    (["uw vader heet meneer tan", "tan kiem liong"], "tan kiem liong"),
    (["je oom heet meneer lim", "lim swie hoa"], "lim swie hoa"),
    # E. a mailbox corrected as a name
    (["het mailadres is wang", "nee wacht dat was de achternaam"], "wang"),
    (["zijn mail is bakker", "nee sorry dat was zijn achternaam"], "bakker"),
    (["uw e-mail is de jong", "oh nee dat was uw achternaam"], "jong"),
    # F. an e-mail's local part after "en daarvoor"
    (["je mailadres is oma at hotmail punt com", "at hotmail punt com", "en daarvoor", "oma punt jansen"], "oma jansen"),
    (["het mailadres van je moeder is at gmail punt com", "en daarvoor", "mam punt de vries"], "mam vries"),
    # G. a birthday next to "jarig"
    (["je buddy is op vijf november jarig"], "vijf november"),
    (["mijn zus is op twaalf maart jarig"], "twaalf maart"),
    (["dus je buurman is jarig op tweede kerstdag"], "tweede kerstdag"),
    (["uw moeder is jarig op eerste paasdag"], "eerste paasdag"),
    # H. a second person's birth date
    (["jij bent geboren op drie vier tachtig", "en hij op zeventien twee nul een"], "zeventien twee nul een"),
]

ORDINARY = [
    # B. a floor, a time, a count after "op"
    ["hij woont op nummer vier en zij op de tweede verdieping"],
    ["jullie wonen allebei in dezelfde flat", "hij op drie hoog en zij op de tweede verdieping"],
    ["jij op vier uur langs gaan is goed", "en je moeder op zes uur"],
    ["ik op tien minuten lopen van het station"],
    # A. "een b" as a grade or a vitamin
    ["ik heb een b voor wiskunde"],
    ["ik slik elke dag vitamine een b"],
    ["hij kreeg een b voor zijn werkstuk"],
    # C. "met puntjes" in ordinary talk
    ["de puntjes op de i zetten"],
    ["dat is bijna klaar", "nog even de puntjes op de i zetten"],
    ["ze had een jurk met puntjes aan"],
    ["een stropdas met puntjes"],
    # D. a title and a job word
    ["ik noem hem meneer de directeur"],
    ["mevrouw de burgemeester kwam langs"],
    ["meneer de voorzitter heeft gesproken"],
    # E. ordinary talk about mail
    ["ik heb je mail gelezen", "nee wacht dat was de post"],
    ["je mail is binnen", "nee sorry dat was de brief van de gemeente"],
    ["de mail is weg", "ja"],
    # F. "en daarvoor" in ordinary talk
    ["en daarvoor", "heb je wat geslapen"],
    ["ik was bij de dokter", "en daarvoor bij mijn moeder"],
    # G. dates that are no birthday
    ["op tweede kerstdag gaan we naar oma"],
    ["ik ben op vijf november naar de dokter geweest"],
    ["ik was jarig maar niemand belde"],
    ["op vijf mei ben ik jarig geweest"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
