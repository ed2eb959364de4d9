"""Round 75: pets, vets, sport and hobbies (holdout BV's forms). What stays: NA a pet's name after "heet" when the
clause's head is an animal ("de kat van mijn oma heet pluis"); NB a match's score after a club ("ajax tegen twente drie
een"); NC a month alone as an animal's birth ("de lammetjes zijn in februari geboren"); ND the window: a title ending one
line does not make "de/het/een" + an ordinary word on the next a surname ("gecondoleerd meneer" / "de begrafenis"); NF
a place after "in" at a line's end that the next line seemed to go on with ("de ijsbaan in heerenveen" / "thialf ...").
What goes: NE a listed first name after "heet" with a person at the clause's head ("mijn buurman met de hond heet
gerrit"); NG a Chinese name's syllables ("heet li na wang", "wei zhang"); NH a particle before "streepje" and a name
("el streepje amrani"); NI the start of a postcode ("je postcode begint met vierendertig"); NJ a mail address's number
corrected ("nee sanne negentien eenennegentig"); NK a bank's letters spelled on the line after an account number's
start ("[iban]" / "a be en a"); NL a birth year after a birthday ("en je bent van tweeënnegentig"); NM a surname
after a first name on a line of its own after "heet" ("de mentor heet" / "ehm" / "[naam] popescu"). Next to each: what must still go or stay. All own examples, not taken
from the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # NA near misses: a person's name next to a pet still goes
    (["de eigenaar van de hond heet kees bakker"], "kees"),
    (["de hond van meneer jansen heet rocky"], "jansen"),
    (["het paard van meneer jansen heet storm"], "jansen"),
    (["de dierenarts heet anouk de vries"], "anouk"),
    (["de hond van de buren heet rocky maar de buurman heet joost"], "joost"),
    (["de trainer van het paard heet henk de graaf"], "henk"),
    (["de eigenaar van de kat heet femke de jong"], "femke"),
    # NE: a person at the clause's head, an animal after it
    (["mijn buurman met de hond heet gerrit"], "gerrit"),
    (["de baas van de kat heet pieter"], "pieter"),
    (["mijn buurvrouw met de kat heet ria"], "ria"),
    # NB near misses: a name or a number with a cue in a line about a match
    (["ik speelde tegen piet"], "piet"),
    (["de wedstrijd was tegen jan de vries"], "vries"),
    (["bel de trainer van ajax op nul zes twee twee een een drie drie vier vier"], "drie vier"),
    (["de voorzitter van psv woont op de kerkstraat twee twee"], "kerkstraat"),
    (["na de wedstrijd tegen vitesse, mijn nummer is nul zes een twee drie vier vijf zes zeven acht"], "zeven acht"),
    (["de keeper van feyenoord heet bram van dijk"], "bram"),
    # NC near misses: a person's date of birth
    (["ik ben in mei geboren, net als onze kat, op twaalf mei negentig"], "twaalf"),
    (["de pony is van mijn nichtje, zij is op vier april tweeduizend tien geboren"], "vier"),
    # ND near misses: a listed surname after the title still goes
    (["ik spreek met meneer", "de vries"], "vries"),
    (["dag mevrouw", "de jong hier"], "jong"),
    (["goedenavond meneer", "de boer spreekt u"], "boer"),
    (["dag meneer", "jansen"], "jansen"),
    (["dag mevrouw", "de kleine"], "kleine"),
    # NG: a Chinese name's syllables
    (["mijn collega heet li na wang"], "wang"),
    (["de nieuwe trainer heet wei zhang"], "zhang"),
    (["ik noteer chen wei als contactpersoon"], "chen"),
    # NH: a particle glued with a hyphen
    (["mevrouw el streepje amrani"], "el"),
    (["haar naam is ben streepje said"], "ben"),
    # NI: the start of a postcode
    (["je postcode begint met vierendertig"], "vierendertig"),
    (["de postcode van de club begint met twaalf"], "twaalf"),
    # NJ: a mail address's number corrected
    (["je mail is sanne negentien negentig apenstaartje gmail punt com", "nee sanne negentien eenennegentig"],
     "eenennegentig"),
    (["mijn mail is kees zeventig apenstaartje hotmail punt nl", "nee kees eenenzeventig"], "eenenzeventig"),
    # NL: a birth year after a birthday
    (["je bent jarig op twaalf mei", "en je bent van negentig"], "negentig"),
    (["wanneer is je verjaardag", "op drie maart", "en ik ben van achtenzeventig"], "achtenzeventig"),
    # NM: a surname after a first name on a line of its own after "heet"
    (["mijn begeleider heet", "ehm", "sanne zwartveld"], "zwartveld"),
    (["de nieuwe vrijwilliger heette", "uh", "marco ferreira"], "ferreira"),
    # NK: a bank's letters spelled on the line after an account number's start
    (["mijn iban is en el vijftig", "a be en a", "nul vier vijf zes"], "be"),
    (["het rekeningnummer is n l twaalf", "te er i o", "nul twee drie vier vijf zes zeven acht"], "er"),
]

ORDINARY = [
    # NA: a pet's name
    ["de kat van mijn oma heet pluis"],
    ["het konijn van mijn dochter heet snuffie"],
    ["de pony van mijn nichtje heet bella"],
    ["de hamster van mijn zoon heet knabbel"],
    ["de poes van de overburen heet tijger"],
    ["onze poes heet mimi"],
    ["de hond heet rocky en de kat heet minoes"],
    # NB: a match's score
    ["gisteren speelde ajax tegen twente drie een"],
    ["de uitslag was az utrecht nul twee"],
    ["psv feyenoord twee een"],
    ["het werd feyenoord twee ajax nul"],
    ["we verloren van vitesse nul drie"],
    ["ik keek naar heracles tegen pec zwolle twee nul"],
    ["de wedstrijd van feyenoord tegen psv eindigde twee twee"],
    ["hij heeft rugnummer negen bij ajax"],
    # NC: an animal's birth month
    ["de kalveren worden in maart geboren"],
    ["de puppy's zijn in april geboren bij de fokker"],
    ["onze lammetjes zijn in februari geboren"],
    ["de veulens worden meestal in mei geboren"],
    # ND: the line after a title
    ["gecondoleerd meneer", "de begrafenis"],
    ["gecondoleerd mevrouw", "de uitvaart is morgen"],
    ["dank u meneer", "de dokter komt zo"],
    # NF: a place at a line's end
    ["je schaatst op de ijsbaan in heerenveen", "thialf op woensdagavond"],
    # NG to NJ near misses
    ["de koeien staan in de wei"],
    ["ik heb een pan met soep op het vuur"],
    ["hij viel al streepje voor streepje terug"],
    ["mijn postcode begint met een letter die ik vergeten ben"],
    ["de wedstrijd begint met een minuut stilte"],
    ["we gaan de long laten onderzoeken"],
    ["ze doet aan tai chi in het buurthuis"],
    ["de kip van de buurvrouw heet henny"],
    ["mijn zoon leert het alfabet", "a be ce de"],
    ["het huis is van negentig"],
    ["de club bestaat al lang", "en de kantine is van zeventig"],
    ["hoe heet je hond", "ehm", "max"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
