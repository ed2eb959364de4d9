"""Round 101 (holdout CX, phones, computers, the internet, online shopping, scams and social media, as development
data). What goes: PA a name after "<person> heet/heette" whose first word is no Dutch word or that is made of short
words to the line's end ("die verkoper heette li mei wang"); PB a name's letters after "met" right behind the name
("broeck met see ka"); PC a spelling's last letter "u" at the line's end; PD a mail said again without its ending
("dus kowalski at gmail"); PE four digits after "ik noteer (even)" on the line before two letters ("see er"); PG a
name's word said again and explained ("wang zoals het woord wang"). What stays: PF a shop chain named after a person on
a line about buying ("besteld bij hans anders"), and round 100's doubtful forms: an unknown unit word on a ward ("op
de cardio gang drie"), a company after "mail naar" ("stuur een mail naar ziggo"), "die straat heet tegenwoordig
anders", letters learnt at school ("op school leerden we de letters a b"); round 99's MG hold is no longer taken by a
back-channel "hm". All own examples, not taken from the holdouts or the calls.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import assert_no_rule_error, round_tests, word_kept_test
from voice_companion.privacy.redact import Redactor

SECRET_CASES = [
    # PA: a name of words that are no listed names after "<person> heet/heette"
    (["die oplichter heette tran van duc"], "tran duc"),
    (["de monteur heette bo yang"], "bo yang"),
    (["die verkoopster heette su lin"], "su lin"),
    (["dus de klant heette kai ming"], "kai ming"),
    (["de bezorger heette ali demir"], "demir"),
    (["hij heette raj"], "raj"),
    (["mijn buurvrouw heet an kim"], "an kim"),
    (["die medewerker heette wen hui"], "wen hui"),
    # PG: the name's word again, explained by the word it sounds like
    (["die verkoper heette tao lin", "lin zoals het woord lin"], "lin"),
    (["mijn buurman heet jan de boer", "boer zoals het woord boer"], "boer"),
    (["de monteur heette kees mol", "mol als in de mol"], "mol"),
    # PB: a name's letters after "met", right behind the name
    (["meneer van der hoeck", "hoeck met see ka"], "hoeck see ka"),
    (["mevrouw de haas", "haas met twee aa"], "haas aa"),
    (["meneer de wit", "wit met dubbel vee"], "vee"),
    (["mevrouw ploeck", "ploeck met see ka"], "see ka"),
    # PC: a spelling that ends in the letter u
    (["mevrouw gruyu", "gee er uu wee u"], "wee u"),
    (["meneer pauw", "pee aa u"], "pee aa u"),
    (["mevrouw rusu", "er u es u"], "er es"),
    # PD: a mail said again without its ending
    (["dus janssen at hotmail"], "janssen hotmail"),
    (["mijn mail is pietje at gmail"], "pietje gmail"),
    (["ja dus gerdavos apenstaartje ziggo"], "gerdavos ziggo"),
    (["of was het kbakker at outlook"], "kbakker outlook"),
    (["het adres is hanneke1970 at hotmail"], "hanneke1970"),
    # PE: four digits after a noting lead, then the letters on the next line
    (["ik noteer even negen zeven eenentwintig", "see ka"], "negen zeven eenentwintig"),
    (["ik schrijf even op een twee drie vier", "ka el"], "een twee drie vier"),
    (["ik noteer dertig twaalf", "es tee"], "dertig twaalf"),
    (["ik noteer even zeventien negentig", "a bee"], "zeventien negentig"),
    (["ik noteer even vierenveertig twaalf", "see er"], "see er"),
    # round 100's doubtful forms made right keep their secrets
    (["ik logeer bij mijn tante op de biltse grift twaalf"], "grift twaalf"),
    (["ik zit bij oma op de oosterse kade negen"], "kade negen"),
    (["de straat heet tegenwoordig de kerkweg"], "kerkweg"),
    (["mijn straat heet inmiddels lange gracht"], "gracht"),
    (["stuur de mail maar naar pietersen"], "pietersen"),
    (["op school leerden we onze postcode vijf zes eenentwintig ka el"], "ka el"),
    # PF does not keep a person who carries a chain's name
    (["ik sprak hans anders van hiernaast"], "hans"),
    (["mijn buurman heet bart smit"], "bart smit"),
    (["die verkoper heette xiu en hij was aardig"], "xiu"),
]

ORDINARY = [
    # PA: heet/heette and talk
    ["die verkoper heette eigenlijk anders"],
    ["die man heette toen anders"],
    ["ze heette eerst ook zo"],
    ["die vrouw heette hoe dan ook"],
    ["die man heette dat ook"],
    ["die jongen heette net als ik"],
    ["ze heette bij ons anders"],
    ["die man heette iets met een k"],
    ["de winkel heette anders"],
    ["die beller heette niet zo"],
    ["hij heette zo raar"],
    ["de app heette eerst anders"],
    # PG: zoals and als without a name before
    ["hij doet het zoals altijd"],
    ["het werkt zoals het woord al zegt"],
    ["dat ging zoals het ging"],
    # PB: met and no name before it
    ["ik ga met je mee"],
    ["ik betaal met de pas"],
    # PC: u at the line's end, no spelling
    ["ik bel u"],
    ["dank u"],
    ["ik zeg het eerlijk tegen u"],
    # PD: at and a provider, no mail
    ["ik zat at home"],
    ["het was at gmail of zo"],
    ["ik ben niet op gmail"],
    ["ik heb geen hotmail meer"],
    ["mijn mail loopt via gmail"],
    # PE: noting a number that is no postcode
    ["ik noteer even vier en twintig", "dan nog wat"],
    ["ik noteer even twee boterhammen", "en een ei"],
    ["ik noteer even twaalf euro", "voor de bril"],
    ["ik schrijf even op drie keer", "dat is genoeg"],
    # PF: a shop chain named after a person, on a line about buying
    ["je nieuwe bril heb je online besteld bij hans anders", "en die is gewoon gekomen"],
    ["de lenzen haal ik altijd bij hans anders"],
    ["ik heb speelgoed gekocht bij bart smit"],
    ["de kast kwam van leen bakker met korting"],
    ["de boodschappen besteld bij jan linders"],
    ["ik heb een bril gekocht bij hans anders in de stad"],
]

# round 100's doubtful forms (its report): no unit word as a street, no brand as a mail, no "anders" as a street, no
# school letters as a postcode
ORDINARY += [
    ["ik zit op de cardio gang drie"],
    ["hij zit op de neuro vleugel twee"],
    ["stuur een mail naar ziggo"],
    ["ik stuur een mail naar coolblue"],
    ["mail maar naar zalando"],
    ["ik stuur een mail naar vattenfall"],
    ["die straat heet tegenwoordig anders"],
    ["de straat heet nog steeds zo"],
    ["op school leerden we de letters a b"],
    ["op school leerden we de letters a b en c"],
]

KEPT = [
    (["ik ging met jan naar de markt"], "markt"),
    (["ik belde met kees over de telefoon"], "telefoon"),
    (["die verkoper heette tao lin", "lin zoals het woord lin"], "zoals"),
    (["meneer van der hoeck", "hoeck met see ka"], "meneer"),
    (["dus janssen at hotmail"], "dus"),
    (["ik noteer even negen zeven eenentwintig", "see ka"], "noteer"),
    (["je bril besteld bij hans anders en mijn buurman heet bart smit"], "bril"),
    (["die oplichter heette tran van duc"], "oplichter"),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
test_word_kept = word_kept_test(KEPT)


@pytest.mark.parametrize("first", ["secretariaat at", "info at"])
def test_back_channel_not_held(first):
    """Round 99's MG held a filler line after any held line; a back-channel "hm" is no longer held by it, "eh" is."""
    r = Redactor(window=True, tagger=None)
    r.redact(first)
    assert r.holding
    r.redact("hm")
    assert not r.holding
    r = Redactor(window=True, tagger=None)
    r.redact(first)
    r.redact("eh")
    assert r.holding


@pytest.mark.parametrize("tagger", [None, True], ids=["rules", "rules+tagger"])
def test_dictation_with_hm_between(tagger):
    """A dictation with "hm" between its number lines still goes whole (the number hold is another rule's)."""
    out = Redactor(window=True, tagger=tagger).redact_lines(
        ["nul zes eenendertig vijftig", "hm", "vijftig twaalf ja en dan", "achtentwintig zeventig"])
    assert not any(w in " ".join(out) for w in ("eenendertig", "twaalf", "achtentwintig", "zeventig")), out
    assert out[1] == "hm"


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY + [lines for lines, _ in KEPT])
