"""Round 47: all own examples, not taken from the holdouts. Official letters, bills and debts, a recognizer that
slips a lot.
Secrets that go: a surname with its tussenvoegsels in their spoken forms after a title or a name cue ("'t", "'n",
"in 't", "van 't", "ter", "ten", "uit den", "op de" ...), also as the alternative after a name ("of is het in 't
..."), and said again with "het" for "'t"; an Arabic particle after a title ("meneer ben ..."); a surname spelled
with Dutch letter names where names or spelling are talked about ("pee ee tee er ..."); an IBAN's head "n l",
two digits and a bank's code on a line of its own; the street before a redacted side ("... noordzijde twaalf");
a written birth date with words between it and its cue; a part of a number said again in the next line ("waarbij
... het eind is"); number words the recognizer glued ("nulzes", "tweedrie", "dertigvijftig").
Talk that stays: letters in ordinary talk ("a4tje", "tv", "wc", "pc"), "in het veld" and other places after no
name, a place after a title ("meneer op de bank", "mevrouw aan de telefoon", "de meneer van het wijkteam"),
"'s avonds" and "'t gaat" after a title, "ter plaatse" / "ten slotte", a document's date after "geboortedatum weet
ik niet", glued number words that make no detail ("tweedrie keer").
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # A. a surname with particles in their spoken forms
    (["mevrouw van 't zand belde vanmiddag"], "van t zand"),
    (["de heer ter wolde komt om tien uur"], "ter wolde"),
    (["dus meneer uit den haak"], "uit den haak"),
    (["mijn achternaam is op de kamp"], "op de kamp"),
    (["mevrouw 'n hoek"], "n hoek"),
    (["ik sprak meneer in 't hout"], "in t hout"),
    (["meneer in 't zand", "of was het in het zand"], "zand t"),
    (["mevrouw van 't lam", "ja van het lam"], "van t lam het"),
    (["ik schrijf het op voor meneer ben haddou"], "ben haddou"),
    (["ik noteer van apostrof t hoen"], "apostrof hoen"),
    (["mevrouw van der dijk zei u of van de dijk"], "dijk"),
    # B. a surname spelled with Dutch letter names
    (["mijn achternaam spel ik als pee ee tee er ie ee"], "pee ee tee er ie"),
    (["de naam is", "bee o es em a en"], "bee o es em a en"),
    (["achternaam", "vee a el kaa ee en"], "vee el kaa ee en"),
    # C. an IBAN's head on a line of its own
    (["n l negen een rabo", "nul drie een twee", "vier vijf zes zeven acht negen"],
     "n l negen rabo nul drie een twee vier vijf zes zeven acht"),
    # D. a street's side
    (["waar woont u", "molenpad noordzijde twaalf"], "molenpad noordzijde twaalf"),
    # E. a written birth date with words between it and its cue
    (["haar geboortedatum op het formulier is 14-09-1983"], "14 09 1983"),
    # F. a part of a number said again
    (["het nummer is nul zes twaalf vierendertig vijf zes zeven acht", "waarbij vijf zes zeven acht het eind is"],
     "nul zes twaalf vierendertig vijf zes zeven acht"),
    # G. glued number words
    (["mijn nummer is nulzes een twee drie vier vijf zes zeven acht"], "nulzes een twee drie vier vijf zes zeven acht"),
    (["uw bsn is tweedrie vier vijf zes zeven acht negen nul"], "tweedrie"),
    (["nulzes vijftien dertigveertig tweeëntwintig schrijf ik op"], "nulzes vijftien dertigveertig tweeëntwintig"),
]

ORDINARY = [
    # letters in ordinary talk
    ["mag ik een a4tje", "dan schrijf ik het op"],
    ["de tv staat nog aan", "en de wc is boven"],
    ["mijn pc doet het niet meer"],
    # "in het veld" and places after no name or after a title
    ["ik sta in het veld", "in 't veld is het koud"],
    ["meneer op de bank zat te slapen"],
    ["mevrouw aan de telefoon was aardig"],
    ["de meneer van het wijkteam komt morgen langs"],
    ["mevrouw in de hoek zei niets"],
    ["meneer in het ziekenhuis belde"],
    # "'s avonds", "'t gaat", fixed phrases with ter and ten
    ["mevrouw 's avonds ben ik alleen"],
    ["meneer 't gaat niet goed met me"],
    ["het huis ter plaatse", "meneer ten slotte nog iets"],
    ["ja of in het weekend"],
    ["zo schrijf je dat met een apostrof", "t is lastig"],
    ["ik ga met de bus", "of op de fiets"],
    # a document's date, glued number words that are no detail
    ["mijn geboortedatum weet ik niet maar de brief is van 12-03-2024"],
    ["ik heb tweedrie keer gebeld"],
    ["ik heb de brief van het cjib gekregen", "de boete is tweehonderd euro"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
