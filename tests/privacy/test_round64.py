"""Round 64: what holdout BH over-redacted, as forms of the numbers of everyday life: S. a size, a size word and the
number right after it ("schoenmaat", "maat", "kledingmaat", "confectiemaat"); T. a run of lottery or bingo numbers
after lot, lotto, loterij or bingo; U. a match's score with "nul" at a line's end after verloren, gewonnen, stond or
werd ("met nul vier"), no phone number's start. Next to each: a real detail that must still go, also where a data cue
(nummer, bel, bereikbaar) is on the line or the line before. All own examples, not taken from the holdouts.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import assert_no_rule_error, round_tests
from voice_companion.privacy.redact import Redactor

SECRET_CASES = [
    # S. a size word on a line with a real address or phone number: the detail still goes
    (["je hebt schoenmaat drieënveertig en je woont op de lindelaan zeventien"], "lindelaan"),
    (["je kledingmaat is veertig, bel me op nul zes twaalf vierendertig zesenvijftig achtenzeventig"], "achtenzeventig"),
    (["mijn maat woont op de kerkstraat vierendertig"], "kerkstraat"),
    (["confectiemaat achtendertig", "en mijn adres is molenweg elf"], "molenweg"),
    (["schoenmaat vijfenveertig zei je", "mijn postcode is twaalf vierendertig ka el"], "vierendertig"),
    (["mijn schoenmaat is vierenveertig en ik woon op de beukenlaan vijf"], "beukenlaan"),
    # T. a lottery word with a data cue on the line or the line before: the number still goes
    (["ik speel lotto, bel me op nul zes vierentwintig achttien negenendertig vijftig"], "vierentwintig"),
    (["je kunt me bellen voor de bingo", "nul zes elf tweeëntwintig drieëndertig vierenveertig"], "drieëndertig"),
    (["mijn nummer voor de loterij is nul zes een twee drie vier vijf zes zeven acht"], "vijf"),
    (["ik win nooit met de loterij", "mijn rekeningnummer is nl negenentachtig rabo nul drie vier vijf zes zeven acht "
      "negen nul een"], "negenentachtig"),
    (["de postcode voor de postcodeloterij is vierendertig twaalf pee ka"], "vierendertig"),
    (["ik heb een lot gekocht, mijn huisnummer is twaalf"], "twaalf"),
    (["we zaten bij de bingo", "mijn huisnummer is zevenenveertig"], "zevenenveertig"),
    (["ik heb een lot gekocht", "ik woon op de dorpsstraat achttien"], "dorpsstraat"),
    # U. a score word, then a real phone number: with a data cue on the line or the line before, or going on
    (["je kunt me bellen, we verloren met nul zes", "twaalf vierendertig zesenvijftig achtenzeventig"], "vierendertig"),
    (["wat is je nummer", "het werd nul zes", "eenendertig negenenveertig zeventien tachtig"], "negenenveertig"),
    (["ik ben bereikbaar, het stond nul zes", "een twee drie vier vijf zes zeven acht"], "acht"),
    (["we hebben gewonnen met nul zes", "achtentwintig vijftig negentien drieënzeventig"], "achtentwintig"),
    (["bel me maar, het werd nul zes vijfenveertig zestien achtentachtig twaalf"], "vijfenveertig"),
]

ORDINARY = [
    # S. sizes
    ["je hebt schoenmaat drieënveertig en die schoenen knellen"],
    ["schoenmaat achtendertig is je maat niet meer"],
    ["je dochter heeft maat zesendertig"],
    ["je draagt confectiemaat vierenveertig sinds de medicijnen"],
    ["je kledingmaat is achtenveertig geworden"],
    ["je zoon heeft schoenmaat tweeëndertig en groeit hard"],
    ["je broekmaat is eenendertig zei je"],
    ["maat veertig past je niet meer"],
    ["je kocht jassen in maat tweeënvijftig"],
    ["je hebt kledingmaat zesenveertig en je voelt je te dik"],
    # T. lottery and bingo numbers
    ["je lotnummers waren acht veertien eenentwintig dertig zesendertig en vierenveertig"],
    ["je speelt lotto met drie elf negentien zevenentwintig en drieëndertig"],
    ["bij de bingo viel vijf tweeëntwintig zevenenveertig en je had bijna een kaart vol"],
    ["je speelt loterij met de getallen zes dertien achttien vijfentwintig"],
    ["de lottogetallen van zaterdag waren twee negen zestien achtentwintig negenendertig"],
    ["de trekking van de loterij was gisteren", "vier tien zeventien drieëntwintig"],
    ["je moeder doet aan bingo", "en ze had zeven drieëndertig en tachtig"],
    ["je lotje had de nummers twaalf negentien en zesentwintig"],
    ["in de lotto kwam elf vijftien tweeëntwintig eenendertig"],
    ["je hebt meegedaan met de staatsloterij en niks gewonnen"],
    # U. scores
    ["jullie verloren met nul vier", "en je kreeg de schuld"],
    ["we hebben gewonnen met nul drie"],
    ["het werd nul zes", "en toen ging je naar huis"],
    ["jullie verloren nul zeven", "de trainer was boos"],
    ["het stond nul twee bij de rust"],
    ["ze speelden gelijk, nul nul"],
    ["het eindigde in nul tegen zes"],
    ["het werd uiteindelijk nul vijf", "en je zoon huilde"],
    ["je team won met nul drie", "bij de buren"],
    ["de uitslag was nul vier"],
    ["jullie stonden met nul twee achter", "en toen scoorde jij"],
    ["het stond nul tegen drie", "en toen ging het licht uit"],
    ["ajax verloor met nul zes"],
    ["we verloren met nul acht", "dat was de derde keer"],
    ["het werd gelijk nul een", "je broer lachte erom"],
    # near misses: other numbers of everyday life on the same kind of lines
    ["je hebt drie paar schoenen gekocht"],
    ["de wedstrijd begint om half acht"],
    ["je hebt twaalf euro vijftig gewonnen met de loterij"],
    ["je speelt al twintig jaar lotto"],
    ["maatje, je doet het goed"],
    ["de score was twee tegen een", "en dat voelde oneerlijk"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    """No round 64 rule fails on its own lines (a failing rule drops the whole line, which would hide a leak)."""
    assert_no_rule_error([c[0] for c in SECRET_CASES] + ORDINARY)


@pytest.mark.parametrize("text", ["je hebt schoenmaat drieënveertig", "je lotnummers waren acht veertien eenentwintig",
                                  "jullie verloren met nul vier"])
def test_idempotent(text):
    """Redacting twice gives the same text as once."""
    once = Redactor().redact_text(text)[0]
    assert Redactor().redact_text(once)[0] == once
