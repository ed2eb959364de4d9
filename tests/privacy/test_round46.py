"""Round 46: all own examples, not taken from the holdouts. People who find reading, numbers or speaking hard, and
their supporters: details read off a card or a letter piece by piece, numbers in small pieces over several lines.
Secrets that go: a street or a name said syllable by syllable and then whole (the pieces go with the whole, doubled
letters read once: "ma rij ke" for "marijke"); a house number on its own line(s) before "aan de <street>", or after
a street's line that held no number; "het huisnummer ... is <n>" with words between; a street on its own line after
"en de straat"; the house letter added on the next line ("en dan de letter b"); a street's head at a line's end
("laan van") before the rest; a phone number begun with "nul" or "nul zes" and interrupted, its digits going on in
the next lines; a postcode's digits corrected over lines before "de letters" are asked, and those letters; four
digits said as "<tens> honderd <tens>" with two letters on the next line; a name spelled with "ij met puntjes" and
then said whole.
Talk that stays (decided by the context lines): a care home's unit or room ("je woont in groep vijf" / "op kamer
twaalf"), a town after "je woont in"; a lone number that is a count, an amount or a time (a count word on its line
or the line before: "hoeveel", "euro", "uur", "keer", "jaar"; no street after it; a scale "van nul tot tien"); a
"nul" said as a score and repeated in talk; a year said as "negentien honderd ..." with talk after it; "de letter
c" with no address before it.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, round_tests

SECRET_CASES = [
    # 1. a word said syllable by syllable, then whole
    (["de straat heet ko pe ra", "koperastraat elf"], "ko pe ra koperastraat elf"),
    (["ik lees het van de envelop", "bo ter bloem", "boterbloemweg acht"], "bo ter bloem boterbloemweg acht"),
    (["mijn achternaam is", "ma ka ti ta", "makatita"], "ma ka ti ta makatita"),
    (["ze heet ma rij ke", "marijke"], "ma rij ke marijke"),
    # 2. a house number on its own line(s) before "aan de <street>"
    (["driehonderd", "eh driehonderdtwee", "aan de zonnebloemlaan"], "driehonderd driehonderdtwee zonnebloemlaan"),
    (["dus nummer negen b zegt mijn dochter", "aan het merelpad"], "negen b merelpad"),
    # 3. a bare house number after a street's line that held no number
    (["de hyacintstraat met een t aan het eind", "vierhonderdvijftien"], "hyacintstraat vierhonderdvijftien"),
    # 4. "huisnummer ... is <n>"; the street alone after "en de straat"
    (["het huisnummer zegt ze is zevenenzestig", "en de straat eh", "de kievitsweg"], "zevenenzestig kievitsweg"),
    # 5. the house letter on the next line
    (["mijn buurvrouw zegt de tulpstraat twaalf", "en dan de letter b"], "tulpstraat twaalf letter b"),
    # 6. a street's head at a line's end
    (["ik lees het voor laan van", "meerdervoort", "tweehonderd"], "laan meerdervoort tweehonderd"),
    # 7. a phone number begun with "nul" / "nul zes" and interrupted
    (["het is nul zes eh momentje", "je zei vier vier", "dan een twee", "en dan drie drie vijf zes"],
     "nul zes vier een twee drie vijf"),
    (["ik lees het rustig voor nul", "zes", "vijf", "een twee drie vier vijf zes zeven"],
     "nul zes vijf een twee drie vier zeven"),
    # 8. a postcode's digits corrected over lines before its letters are asked, and the letters
    (["ik hoor zevenenveertig eh", "nee zesenveertig eenentwintig", "en welke letters", "ka el"],
     "zevenenveertig zesenveertig eenentwintig ka el"),
    # 9. four digits as "<tens> honderd <tens>", two letters on the next line
    (["vijftien honderd achtendertig", "ge ka"], "vijftien honderd achtendertig ge ka"),
    # 10. a name spelled with "ij met puntjes", then said whole
    (["d van dirk", "ij met puntjes", "k s t r a", "dijkstra toch"], "dijkstra puntjes"),
]

ORDINARY = [
    # 1. a care home's unit or room; a town after "je woont in"
    ["je woont nu in groep vijf", "op kamer twaalf"],
    ["ik woon in woongroep twee"],
    ["je woont in afdeling zes"],
    ["je woont in zwolle", "al drie jaar"],
    ["je woont in amersfoort"],
    ["ik zit in groep acht"],
    # 2. a lone number that is a count, an amount or a time
    ["hoeveel pillen heb je nog", "tweehonderd", "aan de ene kant is dat veel"],
    ["hoeveel heb je betaald", "driehonderd euro", "aan de verhuurder"],
    ["de bus gaat om tien over acht", "aan de overkant"],
    # 3. a score of nothing, a scale
    ["op een schaal van nul tot tien", "zes", "misschien vijf"],
    ["nul", "echt nul zeg je", "dat is heel zwaar"],
    ["ik geef het een nul", "zes keer vandaag al"],
    # 4. a year with talk after it; letters with no address
    ["negentien honderd vijfenveertig", "toen was de oorlog voorbij"],
    ["we oefenen het alfabet", "en dan de letter c"],
    ["en dan de letter c"],
    # 5. short words in a row that no whole word follows
    ["ja ja ja", "jajaja"],
    ["ik ben er nog", "ja ik ook"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


# 6. a lone number after a street's line stays when its own line or the question before it tells a count or an age
#    (the street itself goes)
@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
@pytest.mark.parametrize("lines, kept", [
    (["ik woon in de lindelaan", "twintig jaar al"], "twintig jaar al"),
    (["ik woon in de lindelaan", "hoe oud ben je", "zevenenveertig"], "zevenenveertig"),
    (["mijn zus woont op de markt", "drie keer per week"], "drie keer per week"),
])
def test_count_after_street_kept(run, lines, kept):
    assert run(lines)[-1] == kept
