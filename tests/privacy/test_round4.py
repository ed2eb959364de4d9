"""Round 4: general spoken-Dutch rules, each with made-up examples (none taken from the case files).

Each rule has cases it must redact and ordinary talk it must leave alone; the leak check is
the evaluator's: no word of the secret survives.
"""

from __future__ import annotations

import pytest

from voice_companion.privacy.redact import Redactor

from .rounds import rules_and_tagger, rules_only


_rules = rules_only
_both = rules_and_tagger


def _left(out: list[str]) -> set[str]:
    return set(" ".join(out).lower().split())


@pytest.mark.parametrize("run", [_rules, _both])
@pytest.mark.parametrize("lines, secret", [
    # e-mail: the top-level domain spelled, a domain of two words, "at" heard as "ad", no local part here
    (["het is p jansen at kpn punt n l"], "jansen kpn"),
    (["stuur het naar bram at kpn mail punt nl"], "bram kpn"),
    (["noteer sanne ad hotmail punt nl"], "sanne hotmail"),
    (["at outlook punt com"], "outlook"),
    # the local part spelled with a spelling word: "r van rudolf"
    (["r van rudolf i e k at live punt nl"], "rudolf riek live"),
    # IBAN: the head and its first digits at the end of a line; a bank name in two words; the head alone
    (["n l twaalf a b n a nul"], "twaalf abna"),
    (["nl zesentachtig trio dos een twee drie vier vijf zes zeven acht negen nul"], "zesentachtig trio dos"),
    (["het rekeningnummer begint met nl drieënzestig knab ja"], "drieenzestig knab"),
    (["uw iban eindigt op zevenenvijftig achttien"], "zevenenvijftig achttien"),
    # BSN: a cue and its first digits at the end of a line, the rest dictated in the next lines
    (["het bsn dubbel twee", "acht", "dubbel negen", "zes vijf vier"], "acht negen zes vijf vier"),
    # streets: the suffix said apart, a first name before "de", "een" with a letter, digits one by one
    (["ze woont in de piet hein straat achtendertig"], "piet hein achtendertig"),
    (["het is de willem de zwijgerlaan negen"], "willem zwijgerlaan negen"),
    (["dorpsstraat een b"], "dorpsstraat"),
    (["molenweg drie vier"], "molenweg drie vier"),
    (["de wilhelminastraat negen twee hoog achter"], "wilhelminastraat negen twee hoog achter"),
    (["en het huisnummer is tweeënveertig"], "tweeenveertig"),
    # postcode: letters by the spelling alphabet, and the house number after it
    (["dertien vijfenveertig simon pieter"], "dertien vijfenveertig simon pieter"),
    (["vijftig twaalf k l en dan nummer negen"], "vijftig twaalf negen"),
    (["postcode dertig dertig en dan x willem en u woont op nummer zes"], "dertig willem zes"),
    # "de letters" after four digits; the IBAN's country and check digits alone, the rest in the next lines
    (["achtendertig veertien", "en dan de letters", "p r"], "achtendertig veertien"),
    (["n l", "zevenendertig", "rabo", "nul drie vier vijf zes zeven acht negen een"], "zevenendertig rabo"),
    (["n l eh tweeënnegentig", "i n g b"], "tweeennegentig"),
    (["de bankcode is knab en ervoor nl zevenentwintig"], "zevenentwintig"),
    # number words said on after a redacted number in the same line
    (["bel haar op nul zes achttien negenentwintig nou drieënveertig zeventien"], "drieenveertig zeventien"),
    # a house number corrected or said on after a street
    (["u zei de bremlaan zes of was het zestien"], "bremlaan zes zestien"),
    (["de meidoornstraat vier", "nee veertien"], "meidoornstraat vier veertien"),
    (["ik schrijf de schout van dijklaan negen"], "schout dijklaan negen"),
    # dates as three number words, day month year; an ordinal date; a cue with words between
    (["negen drie zevenentachtig"], "negen drie zevenentachtig"),
    (["elf elf negentien tweeënnegentig"], "elf negentien tweeennegentig"),
    (["de derde van de vierde negentien tachtig"], "derde vierde negentien tachtig"),
    (["zijn geboortedatum van je dochter zeven juni tweeduizend negen"], "zeven juni tweeduizend negen"),
    (["ik staat hier 04-11-1977 als geboortedatum"], "04 11 1977"),
    # names: the name noun as a cue, also in the line before; "u bent" at the end; two name-like words
    (["en zijn achternaam", "kowalczyk"], "kowalczyk"),
    (["dus u bent wopke"], "wopke"),
    (["jurek nowakowski"], "jurek nowakowski"),
    (["meneer", "jansma"], "jansma"),
    (["ja jorinde dat is heel zwaar"], "jorinde"),
    (["en wie is roderick"], "roderick"),
    (["en brechtje die is je zus"], "brechtje"),
    (["mevrouw van het broek"], "broek"),
    # a name found once goes when said again, also in the held line before it
    (["ik noteer bogdan", "bogdan nowicki"], "bogdan nowicki"),
])
def test_round_four_rules_redact(run, lines, secret):
    out = run(lines)
    left = _left(out)
    for w in secret.split():
        assert w not in left, (lines, out)


@pytest.mark.parametrize("lines", [
    ["kijk op het ad punt nl"],
    ["in de straat vijf huizen verder"],
    ["ze liep weg twee keer"],
    ["de dorpsstraat een jas gekocht"],
    ["wat is uw huisnummer"],
    ["ik woon al twintig jaar in nl"],
    ["zes keer de letters"],
    ["bel nul achthonderd nul een een drie en dan twee keer"],
    ["om dertien vijfenveertig kwam de bus"],
    ["een twee drie"],
    ["sinds tweeduizend vijf woont ze daar"],
    ["ik woon hier sinds tweeduizend vijftien"],
    ["vanaf negentien negenennegentig werkte hij daar"],
    ["op vijf mei", "in negentien vijfenveertig"],
    ["het was 12-03-2024 om 14.30 uur"],
    ["uw voornaam graag"],
    ["ik ben bekaf"],
    ["je bent levensmoe"],
    ["uw bsn hoeft niet"],
    ["de u w v belde"],
    ["ze zit bij de g g z"],
    ["hij kijkt t v"],
    ["ik zit in de whatsapp groep"],
    ["ik geef u het nummer van honderddertien nul achthonderd nul een een drie"],
    ["het is een lijn voor de jong volwassenen"],
    ["ja prima dat je belt"],
    ["en wie is daar bij je"],
])
def test_round_four_ordinary_talk_stays(lines):
    out = _both(lines)
    if len(lines) == 1:
        assert out == lines
    else:
        assert out[1:] == lines[1:]


def test_a_dictated_number_goes_on_only_with_number_words():
    # a line of number words after a redacted number continues it; a line with other words does not
    r = Redactor(tagger=None, window=True)
    assert r.redact_lines(["mijn bsn is twee vier acht drie", "zes vijf vier"])[1] != "zes vijf vier"
    r = Redactor(tagger=None, window=True)
    assert r.redact_lines(["mijn bsn is twee vier acht drie", "en dan bel ik terug"])[1] == "en dan bel ik terug"
    r = Redactor(tagger=None, window=True)  # no number before it: counting stays
    assert r.redact_lines(["rustig ademen", "zes vijf vier"])[1] == "zes vijf vier"


def test_a_number_after_a_street_goes_only_as_a_house_number():
    assert _both(["ik woon in de kerkstraat vijf drie jaar al"]) == ["ik woon in de [adres] drie jaar al"]
    assert _both(["de kerkstraat vijf", "drie"]) == ["de [adres]", "[adres]"]
