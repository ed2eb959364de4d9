"""Round 57: neighbours and people in flats, shared houses and corporation homes (a written postcode glued before a
word, a surname after a redacted phone number or IBAN, a first name after "voornaam", a regional first name before a
redacted surname, a neighbour's bare house number, a name after "<role> heet", a house letter after "dash", a birthday
on the line after it was asked for, a day alone after "geboren op de"). All own examples, not taken from the holdouts.
Near misses that stay: units after numbers ("honderdtien pk", "zes kg"), "op veertien" as a floor or a bus line, role
words without a name, "voornaam" in ordinary talk, "heet" about the weather or the soup.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # A. a written postcode after "postcode"
    (["Postcode 3512JK genoteerd"], "3512JK 3512jk"),
    (["de postcode 9712CP klopt"], "9712CP 9712cp"),
    # B. a surname after a redacted phone number or IBAN
    (["06 41 22 87 90 van huismeester Wijnaldum, die belt morgen"], "Wijnaldum"),
    (["NL91 RABO 0312 4470 58 t.n.v. K. Azoulay voor de borg"], "Azoulay"),
    (["nul zes twaalf vierendertig zesenvijftig achtenzeventig van de beheerder kortstee"], "kortstee"),
    # C. a first name after "voornaam" at the end of a question
    (["dus u bent meneer Nguyen, voornaam Thanh?"], "Nguyen Thanh"),
    # D. a regional first name before a redacted surname
    (["jij bent wypkje de vries uit sneek"], "wypkje vries"),
    (["en jij bent hidde-jan bakker uit drachten"], "bakker"),
    # E. a neighbour's bare house number after a redacted address
    (["ik woon aan de lindelaan zes en de buurvrouw met de kat op achttien"], "lindelaan zes achttien"),
    # F. a name after "<role> heet"
    (["de beheerder heet sjoerd vanwaning"], "vanwaning"),
    # G. "dash b"; a birthday on the line after it was asked; a day alone after "geboren op de"
    (["je woont op de molenstraat negen dash c"], "molenstraat negen dash c"),
    (["wanneer ben je jarig", "oké zeventien maart"], "zeventien maart"),
    (["hij is geboren op de negentiende"], "negentiende"),
]

ORDINARY = [
    # units after numbers; "pk" as horsepower
    ["die auto heeft honderdtien pk"],
    ["een motor van 125 pk is best zwaar"],
    ["mijn scooter heeft maar 4 pk"],
    ["ik heb zes kg afgevallen"],
    ["het is 3 km naar de supermarkt"],
    ["de fles is 500 ml"],
    ["de postcode weet ik niet meer"],
    ["wat is jouw postcode ook alweer"],
    # "op veertien" as a floor or a bus line
    ["ik woon op veertien hoog"],
    ["de lift staat op veertien"],
    ["ik neem de bus op lijn veertien"],
    ["de buurman met de hond woont op de bovenste verdieping"],
    ["de buren maken herrie tot half twee"],
    ["mijn buurvrouw is heel aardig"],
    # role words without a name
    ["de huismeester komt morgen langs"],
    ["de huismeester heet ook zo"],
    ["hoe de beheerder heet weet ik niet"],
    ["de verhuurder reageert nooit op mijn mail"],
    ["de huisbaas wil de huur verhogen"],
    ["ik heb het nummer van de huismeester niet"],
    ["je kunt de woningcorporatie bellen"],
    # "voornaam" in ordinary talk
    ["wat is je voornaam?"],
    ["je hoeft alleen je voornaam te noemen"],
    ["mag ik je bij je voornaam noemen?"],
    ["zeg maar gewoon je voornaam, dat is goed"],
    ["je voornaam is genoeg"],
    # birthdays and birth spoken of without a date
    ["wanneer ben je jarig"],
    ["mijn zus is geboren op de eerste hulp"],
    ["ik ben jarig geweest maar niemand wist het"],
    ["zij is geboren in het ziekenhuis"],
    # "heet", "bent", "is" in ordinary talk
    ["de soep is heet"],
    ["het is zo heet in mijn kamer"],
    ["jij bent echt moe vanavond"],
    ["je bent niet alleen"],
    ["de kamer is klein en de gang is donker"],
    ["mijn huisgenoot is weer niet thuis"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    """No round 57 rule fails on its own lines (a failing rule drops the whole line, which would hide a leak)."""
    assert_no_rule_error([c[0] for c in SECRET_CASES] + ORDINARY)


@pytest.mark.parametrize("lines", [["die auto heeft honderdtien pk"], ["ik woon op veertien hoog"],
                                   ["wat is je voornaam?"], ["de soep is heet"]])
def test_text_path_kept(lines):
    """The text path (no window) keeps the near misses too."""
    from voice_companion.privacy.redact import Redactor

    assert Redactor().redact_text(lines[0])[0] == lines[0]
