"""Round 60: dates and numbers in life stories that are no personal data (wedding days, anniversaries, dates of death,
funerals, moves, hearings, appointments, ages, gates, platforms, seats), next to real dates of birth and data; the
leaks: a digit's plural in a phone number ("vieren"), a name said again in the other order after "of", a surname after
a redacted first name after "heet", a birth year after "geboortejaar". All own examples, not taken from the holdouts.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # A. a birth date next to an event's date still goes
    (["ze is op twaalf maart geboren en op vijf mei getrouwd"], "twaalf maart"),
    (["mijn geboortedatum is de vijfde mei"], "vijfde"),
    (["hij is jarig op drie juni"], "drie juni"),
    (["wanneer ben je jarig", "op elf oktober"], "elf oktober"),
    (["mijn moeder is geboren op zeven april en overleden in de zomer"], "zeven april"),
    (["haar verjaardag is op negen februari, de dag na de begrafenis"], "negen februari"),
    (["mijn geboortedatum is veertien juli negentien vijfenzestig"], "veertien juli"),
    # C. a digit's plural inside a phone number
    (["mijn telefoonnummer is nul zes twaalf vieren dertig twee zes"], "vieren"),
    (["je mobiele nummer is nul zes vijftig twintig achten negen zeven"], "achten negen zeven"),
    (["mijn mobiel is nul zes een twee drie zessen dertig vijf zes"], "zessen"),
    # D. a name said again in the other order
    (["je heet li wei", "of wei li zoals in je paspoort"], "wei li"),
    (["je heet chen ming", "of ming chen zoals het op je pas staat"], "ming chen"),
    # E. a surname after a redacted first name after "heet"
    (["je vriend heet Kees muller", "en hij is vijftig"], "muller"),
    # F. a birth year after "geboortejaar"
    (["dus je zus is jarig op tien juni", "en haar geboortejaar is achtenzeventig"], "achtenzeventig"),
    (["mijn geboortejaar is negentien zevenenveertig"], "zevenenveertig"),
]

ORDINARY = [
    # A. wedding days and anniversaries
    ["we zijn op de vijfde mei getrouwd in de kerk"],
    ["jullie trouwdag was twaalf augustus", "en dit jaar ben je alleen"],
    ["op drie juni waren we veertig jaar getrouwd"],
    ["onze bruiloft was op zeventien september"],
    ["ons jubileum is op de negende oktober"],
    ["we hadden op twee april verkering, dat vierden we altijd"],
    # A. dates of death and funerals
    ["mijn man is op vier maart overleden"],
    ["ze overleed op de tiende januari in het ziekenhuis"],
    ["de begrafenis was op elf november"],
    ["de crematie is op vrijdag twintig juni"],
    ["de uitvaart is op zes december om tien uur"],
    ["het is op achtentwintig februari een jaar geleden dat hij gestorven is"],
    # A. moves, hearings, appointments
    ["we zijn op een juli verhuisd naar een flat"],
    ["de verhuizing is op vijftien augustus"],
    ["de zitting bij de rechter is op negen mei"],
    ["mijn afspraak bij de huisarts is op dertien maart"],
    ["de hoorzitting is op de zesde april"],
    ["ik heb op twintig januari een gesprek met de schuldhulp"],
    ["hij werd op drie oktober opgenomen"],
    ["mijn operatie is op tweeëntwintig november"],
    # A. ages and amounts near events
    ["hij was pas tweeënveertig toen hij overleed"],
    ["ze is vierentachtig geworden"],
    ["we waren vijftig jaar getrouwd"],
    ["je hebt negenhonderd euro achterstand"],
    ["de uitvaart kostte zesduizend euro"],
    # B. gates, platforms, seats, flights
    ["je zit op schiphol bij gate d vierentwintig"],
    ["de trein vertrekt van spoor zeven b"],
    ["je zat in de trein op stoel twaalf a"],
    ["de bus stopt bij perron drie"],
    ["je vliegt vanaf gate e achttien"],
    ["ik zit in rij veertien"],
    ["de koffers komen op band zes"],
    ["je vlucht vertrekt van pier f"],
    ["de trein naar zwolle staat op spoor vijf a"],
    ["ik sta bij gate b zeven en de vlucht heeft vertraging"],
    # bus and room numbers
    ["ik zit in bus tweeënveertig"],
    ["hij ligt op kamer twaalf"],
    ["neem lijn zeventien naar het station"],
    # dates in talk with no event but no person either
    ["op de tiende januari was het koud"],
    ["ik ben op vijf mei getrouwd en ze is nu weg"],
    ["het was op zeven juli, de dag van de begrafenis"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    """No round 60 rule fails on its own lines (a failing rule drops the whole line, which would hide a leak)."""
    assert_no_rule_error([c[0] for c in SECRET_CASES] + ORDINARY)


@pytest.mark.parametrize("lines", [["we zijn op de vijfde mei getrouwd in de kerk"],
                                   ["je zit op schiphol bij gate d vierentwintig"]])
def test_text_path_kept(lines):
    """The text path (no window) keeps the near misses too."""
    from voice_companion.privacy.redact import Redactor

    assert Redactor().redact_text(lines[0])[0] == lines[0]
