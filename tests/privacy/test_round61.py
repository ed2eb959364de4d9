"""Round 61: health, care and medicine talk with numbers and names that are no personal data (scaling answers given
back on their own line, doses and counts after a scale, a helpline's or a practice's general number, an organisation's
name after "heet"), next to real data that must still go (a person's own number, a name after "je heet", a postcode or
house number said alone after the question for it); the leaks: a street after "ehm" at the line's start, a postcode
corrected with "nee" after a redacted line (a misheard number word too). All own examples, not taken from the holdouts.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import assert_no_rule_error, round_tests

SCALE = "op een schaal van nul tot tien hoe gespannen ben je nu"

SECRET_CASES = [
    # A. data said right after a scaling question still goes
    ([SCALE, "wat is je postcode", "een twee"], "twee"),
    ([SCALE, "wat is je huisnummer", "zeven"], "zeven"),
    ([SCALE, "mijn huisnummer is negen"], "negen"),
    ([SCALE, "mijn postcode is vier vijf zes zeven a b"], "vier vijf zes zeven"),
    ([SCALE, "nul zes", "twaalf vierendertig zesenvijftig"], "twaalf vierendertig zesenvijftig"),
    ([SCALE, "mijn nummer is nul zes twaalf vierendertig zesenvijftig"], "twaalf vierendertig zesenvijftig"),
    (["wat is je postcode", "vier vijf"], "vier vijf"),
    (["en je huisnummer", "acht"], "acht"),
    # B. a person's own number next to an organisation's
    (["mijn nummer is nul zes achttien drieëntwintig vijfenveertig"], "achttien drieëntwintig vijfenveertig"),
    (["bel me terug op nul zes zeventien negenentwintig eenendertig"], "zeventien negenentwintig eenendertig"),
    (["je kunt de huisartsenpost bellen, mijn nummer is nul zes elf tweeëntwintig drieëndertig"],
     "elf tweeëntwintig drieëndertig"),
    (["de luisterlijn heeft mijn nummer, nul zes veertien vijftien zestien"], "veertien vijftien zestien"),
    (["je kunt de stichting bellen op nul achthonderd een twee drie maar ik bel je zelf op nul zes negentien "
      "achtentwintig zevenendertig"], "negentien achtentwintig zevenendertig"),
    (["de crisisdienst vroeg het nummer van de buurman het is nul zes eenenvijftig tweeënvijftig drieënvijftig"],
     "eenenvijftig tweeënvijftig drieënvijftig"),
    (["de praktijk is bereikbaar op nul zes eenentwintig tweeëntwintig drieëntwintig"],
     "eenentwintig tweeëntwintig drieëntwintig"),
    # A. a number dictated over lines with "cijfer" in it is no scaling answer
    (["mijn bsn is een twee drie", "vier vijf zes cijfer", "negen"], "negen"),
    # C. a person's name after "heet", also near an organisation
    (["je heet sanne de vries"], "sanne"),
    (["mijn dochter heet anna jansen en ze werkt in het ziekenhuis"], "jansen"),
    (["de verpleegkundige op afdeling vier heet pieter de boer"], "pieter"),
    (["je heet marieke en je belt vanuit de praktijk"], "marieke"),
    # D. a street after a filler at the line's start, with its number (rules alone too)
    (["ehm de stadspoort twaalf", "in nijmegen"], "stadspoort twaalf"),
    (["eh het noorderwal zeven", "dat is in kampen"], "noorderwal zeven"),
    # E. a postcode corrected with "nee" on the next line
    (["dus je woont in zwolle postcode achtentwintig elf", "nee achtentwintig twaalf a b"], "achtentwintig twaalf"),
    (["dus je woont in apeldoorn postcode zevenendertig twintig", "nee zevenendertig twintig ka el"],
     "zevenendertig twintig"),
]

ORDINARY = [
    # A. scaling answers over one to three lines
    ["op een schaal van nul tot tien hoe onrustig ben je", "vier vijf"],
    ["op een schaal van een tot tien hoe slaap je", "een drie"],
    ["op een schaal van nul tot tien hoe somber voel je je", "een zes", "ok een zes dat is minder dan vorige week"],
    ["op een schaal van nul tot tien hoeveel pijn heb je", "een acht", "een acht ok"],
    ["op een schaal van nul tot tien hoe bang ben je nu", "zeven"],
    ["op een schaal van nul tot tien hoe bang ben je nu", "ok zeven"],
    ["op een schaal van nul tot tien hoe gaat het", "eh", "vijf zes"],
    ["welk cijfer geef je je dag vandaag", "een vijf"],
    ["als je het een cijfer moet geven van nul tot tien", "een twee", "nee een drie"],
    ["hoe gespannen ben je van een tot tien", "een negen dat is hoog"],
    [SCALE, "drie vier", "ok drie vier dat is beter dan gisteren"],
    [SCALE, "zes", "zes ok"],
    [SCALE, "ja een zeven"],
    # A. doses and counts after a scale
    [SCALE, "een vijf", "en ik heb twee pillen genomen"],
    [SCALE, "een vier", "ik slik drie keer per dag tien milligram"],
    [SCALE, "een zeven", "ik heb vier nachten niet geslapen"],
    ["op een schaal van nul tot tien hoe erg is de pijn", "een zes", "ik mag om de vier uur een paracetamol"],
    # B. helplines and practices with their numbers
    ["de luisterlijn is dag en nacht bereikbaar op nul achtentachtig nul een twee drie vier vijf zes"],
    ["de huisartsenpost heeft nummer nul negen nul nul een twee drie vier vijf zes"],
    ["de crisisdienst is dag en nacht te bereiken op nul drie nul twee drie vier vijf zes zeven acht"],
    ["de apotheek is bereikbaar op nul twintig vier vijf zes zeven acht negen nul"],
    # (round 72: a practice's number with a place's area code after "heeft nummer" / "het nummer van ... is" goes, as
    # the holdouts BE and BR have it; "de praktijk heeft nummer nul vijftig ..." is a secret case in test_round72.py)
    ["de kindertelefoon is gratis bereikbaar op nul achthonderd nul vier vier drie twee"],
    ["bel de huisartsenpost op nul negen nul nul acht zeven zes vijf vier drie"],
    # C. organisations after "heet"
    ["in drenthe heet het de huisartsenpost noord en in groningen de dokterswacht"],
    ["de apotheek heet de zonnehoek"],
    ["de huisartsenpost heet hier de spoedpost"],
    ["bij ons heet het de dokterswacht friesland"],
    ["de stichting heet de regenboog"],
    ["de afdeling heet de linde"],
    ["het ziekenhuis heet sint anna"],
    ["de praktijk heet de korenbloem"],
    # wards, beds, illnesses and doses
    ["ik lig op afdeling drie c in bed twaalf"],
    ["hij heeft de ziekte van parkinson"],
    ["ze heeft alzheimer en woont in een verpleeghuis"],
    ["ik slik twintig milligram per dag"],
    ["de dokter zei twee keer per dag een tablet"],
    ["mijn bloeddruk was honderdveertig over negentig"],
    ["ik heb nog zes pillen over"],
    ["ze verhoogden de dosis naar vijftig milligram"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    """No round 61 rule fails on its own lines (a failing rule drops the whole line, which would hide a leak)."""
    assert_no_rule_error([c[0] for c in SECRET_CASES] + ORDINARY)


@pytest.mark.parametrize("lines", [["de luisterlijn is dag en nacht bereikbaar op nul achtentachtig nul een twee drie "
                                    "vier vijf zes"], ["de apotheek heet de zonnehoek"]])
def test_text_path_kept(lines):
    """The text path (no window) keeps the organisation's number and name too."""
    from voice_companion.privacy.redact import Redactor

    assert Redactor().redact_text(lines[0])[0] == lines[0]
