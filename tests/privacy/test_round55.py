"""Round 55: people who flee or hide (a name someone calls himself by, a spelled name with a syllable left, letters
said as letter names after a postcode or at the start of an e-mail, a country domain in an e-mail; for the rules alone
a year alone after a birth date's day and month, a bank's name in a corrected account number). All own examples, not
taken from the holdouts.
Secrets that go: the name after "noemt zich", "noemt zichzelf", "laat zich ... noemen", "gaat door het leven als"
("de huisbaas noemt zich jorge silva"); a syllable between two redacted pieces of a name ("dus je heet [naam] mei
[naam]"); letter names on the line after a postcode ("[postcode]" / "de letters zijn em es") and at the start of an
e-mail ("je mail begint met ka el"); a two-part country domain ("sanne at gmail punt com punt au"); a year alone on the
line after a birth date's day and month; a bank's name after a redacted account number ("... ing").
Near misses that stay: what one calls oneself that is no name ("hij noemt zich de baas", "ze noemt zichzelf een
loser", "hij gaat door het leven als kunstenaar"); letters in ordinary talk ("de letters zijn lastig te lezen", "ik
heb de letters a en b geleerd"); a mail that begins with words ("je mail begint met je naam"); "punt" in ordinary
sentences ("dat is een goed punt"); a bank spoken of ("je bank is de ing").
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # A. a name someone calls himself by
    (["de huisbaas noemt zich jorge silva"], "jorge silva"),
    (["de man van de schuld noemt zich wei zhang"], "wei zhang"),
    (["de man noemt zich tegenwoordig mehmet"], "mehmet"),
    (["ze laat zich nikki noemen"], "nikki"),
    (["hij gaat door het leven als ricardo"], "ricardo"),
    (["je ex noemt zichzelf nu dragan petrović"], "dragan petrović petrovic"),
    # B. a syllable left between two redacted pieces of a spelled name
    (["dus je heet li na chen", "mevrouw chen ik noteer het"], "li na chen"),
    (["dus je naam is xu mei ling"], "xu mei ling"),
    # C. letter names after a postcode; the first letters of an e-mail
    (["dus de oude postcode is drieëndertig twaalf", "de letters zijn em es"], "drieëndertig twaalf em es"),
    (["je nieuwe postcode is negenenveertig elf", "en de letters zijn ka el"], "negenenveertig elf ka el"),
    (["dus je mail begint met ka el", "ka el de vries apenstaartje gmail punt com"], "ka el vries gmail"),
    (["je mailadres begint met pe ij"], "pe ij"),
    (["dus je mail begint met em es", "em es jansen at hotmail punt com"], "em es jansen hotmail"),
    # D. a two-part country domain in an e-mail
    (["het mailadres is sanne at gmail punt com punt au"], "sanne gmail com au"),
    (["mijn oude mail is piet punt de vries at hotmail punt co punt uk"], "piet vries hotmail co uk"),
    (["zijn mail was budi at yahoo punt co punt id"], "budi yahoo co id"),
    (["b santoso at yahoo punt co punt id"], "b santoso yahoo co id"),
    # E. (rules alone) a year alone on the line after a birth date's day and month
    (["de geboortedatum van je dochter", "negen maart", "tweeduizend twintig"], "negen maart tweeduizend twintig"),
    (["en wanneer is hij geboren", "twaalf juni", "tweeduizend vijftien"], "twaalf juni tweeduizend vijftien"),
    # F. (rules alone) a bank's name in a corrected account number
    (["je zei en el eenenveertig ing", "nee sorry en el eenenveertig rabo nul drie vijf vijf een nul negen acht acht zeven"],
     "eenenveertig ing rabo"),
]

ORDINARY = [
    # what one calls oneself that is no name
    ["hij noemt zich de baas"],
    ["hij noemt zich de baas van de buurt"],
    ["ze noemt zichzelf een loser"],
    ["hij noemt zich mijn vriend"],
    ["hij noemt zich koning van de straat"],
    ["ze noemt zichzelf een doorzetter"],
    ["hij noemde zich altijd de sterkste"],
    ["ze laat zich niet zomaar wegsturen"],
    ["hij laat zich niks zeggen"],
    ["ze liet zich overhalen"],
    ["hij gaat door het leven als kunstenaar"],
    ["ze gaat door het leven als alleenstaande moeder"],
    ["hoe noem je dat eigenlijk"],
    ["je noemt jezelf een slechte moeder"],
    # letters and letter names in ordinary talk
    ["de letters zijn lastig te lezen"],
    ["ik heb de letters a en b geleerd"],
    ["op het bord staan de letters groot"],
    ["de letters van je naam staan op de brief"],
    ["ka de is een spelletje"],
    ["el en em zijn letters"],
    ["je postcode weet ik al", "de letters zijn lastig te lezen"],
    # a mail that begins with words
    ["je mail begint met je naam"],
    ["je mail begint met beste"],
    ["je mail begint met hoi allemaal"],
    ["die mail begon met een excuus"],
    # "punt" in ordinary sentences
    ["dat is punt één"],
    ["punt uit"],
    ["we zijn op het punt dat het niet meer gaat"],
    ["dat is een goed punt"],
    ["het punt is dat je bang bent"],
    ["je ging naar het punt van de bus"],
    # banks spoken of
    ["je ging naar de ing"],
    ["je bank is de ing"],
    ["je hebt een rekening bij de rabo"],
    ["de ing heeft je pas geblokkeerd"],
    # a year after a month that is no birth date
    ["in oktober ben je verhuisd", "tweeduizend achttien was een zwaar jaar"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    """No round 55 rule fails on its own lines (a failing rule drops the whole line, which would hide a leak)."""
    assert_no_rule_error([c[0] for c in SECRET_CASES] + ORDINARY)


@pytest.mark.parametrize("lines", [["hij noemt zich de baas"], ["dat is een goed punt"]])
def test_text_path_kept(lines):
    """The text path (no window) keeps the near misses too."""
    from voice_companion.privacy.redact import Redactor

    assert Redactor().redact_text(lines[0])[0] == lines[0]
