"""Round 17: general spoken forms (own examples, not taken from the holdouts) and near misses that stay.

Ordinary first (holdout Q's two touched lines, fixed by stricter general rules): the cents of an amount after
"euro" are no account number even when "rekening" was said ("de rekening was twaalf euro vijftig"); a day and
month said as ordinals with no year and no birth word, with the sentence going on after them, are a day in the
calendar ("op de vijfde van de twaalfde komt Sinterklaas").
Addresses: the one who lives there between "woont" and the street ("woont u op de Lange Ham 12").
Names: a word that is no ordinary word greeted at the start of what is said ("o dag Ber", "hoi Siem, fijn").
Dates of birth: a year said first, then "bent u / ben ik / is hij geboren" ("zevenenveertig bent u geboren").
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # the one who lives there between the verb and the street
    (["en woont u nog op de lange ham twaalf"], "lange ham twaalf"),
    (["woont ze aan het hooiveld drie"], "hooiveld drie"),
    (["woon jij op de oude gaarde negentien"], "oude gaarde negentien"),
    # a name greeted
    (["wie heb ik aan de lijn", "o dag siem"], "siem"),
    (["hoi wubbo, fijn dat je belt"], "wubbo"),
    (["ja hallo ferdinanda"], "ferdinanda"),
    # a year said before being born
    (["vierenvijftig bent u geboren zei u"], "vierenvijftig"),
    (["negentien achtentachtig ben ik geboren"], "negentien achtentachtig"),
    (["tweeduizend elf is hij geboren"], "tweeduizend elf"),
    # still redacted: a day and month alone as the answer, an account number after "rekening"
    (["wanneer ben je geboren", "de negende van de derde"], "negende derde"),
    (["mijn rekening is nl", "vijftig"], "vijftig"),
]

ORDINARY = [
    # an amount's cents
    ["de rekening was twaalf euro vijftig"],
    ["de rekening van de energie is honderdtwintig euro en vijftig"],
    ["de huur is zevenhonderd euro vijfentwintig"],
    # a day in the calendar
    ["op de vijfde van de twaalfde komt sinterklaas"],
    ["de eerste van de eerste gaan we weer naar school"],
    ["op de elfde van de elfde is het feest in het dorp"],
    # where someone lives without an address
    ["woont u op de camping twee jaar al"],
    ["woont hij op de boerderij met vier honden"],
    ["woont u daar al drie jaar"],
    ["woon je in de buurt"],
    # greetings with no name
    ["hoe ben je de dag doorgekomen"],
    ["hallo nachtlijn"],
    ["dag allemaal"],
    ["hoi schat"],
    ["ja hallo daar"],
    # born without a year
    ["drie jaar geleden is hij geboren"],
    ["twee kinderen zijn er geboren"],
    ["om vier uur is ze geboren"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
