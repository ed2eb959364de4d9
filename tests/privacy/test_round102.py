"""Round 102 (holdout CY, energy, water, heating, the meter and the utility companies, as development data). What
stays: QA a firm named after a person with its trade word right behind ("de boer installatietechniek", "frank
energie"); QB a utility company's one-word name ("vandebron heeft ..."); QC a day said in a story ("het was de negende
oktober dat ..."), for the tagger. What goes: QD "see" as the letter c in a postcode; QE a name after "<person> van de
<thing> heet"; QF a street and its house number said digit by digit ("beatrixlaan een een vier"); QG a phone number's
short chunk line ("dan elf") after chunk lines; QH a first name said before the surname that just went ("ria de
wit"); QI "nummer <n>" right after a postcode; QJ "<word> punt <word>" after a line ending in "naar"; QK a double
surname's second part ("hanna de boer van de horst"). And round 101's doubtful forms: a postcode's digits read as a
date between "postcode is" and its letters go as [postcode]; "ze kent de letters a b", "ik zit op de covid cohort
twee" and a "hmm" after "info at" stay. All own examples, not taken from the holdouts or the calls.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import assert_no_rule_error, round_tests, word_kept_test
from voice_companion.privacy.redact import Redactor

SECRET_CASES = [
    # QA/QB do not keep a person: no trade word behind the name, or a person word before it
    (["de monteur heet piet de jong"], "piet"),
    (["ik sprak frank gisteren over de meter"], "frank"),
    (["frank heeft de meter opgenomen"], "frank"),
    (["mijn buurman heet kees bakker"], "kees"),
    # QC does not keep a birthday
    (["het was de negende oktober dat ik geboren ben"], "negende oktober"),
    # QD: "see" for the letter c in a postcode
    (["postcode achttien twaalf see ka in almere"], "see ka"),
    (["mijn postcode is drie vier vijf zes see de"], "see de"),
    (["elf negentien", "see er", "dat is in leiden"], "see er"),
    (["zesenveertig dertien", "a see", "in breda"], "zesenveertig dertien"),
    (["postcode negen nul nul een see bee"], "see bee"),
    # QE: a name after "<person> van de <thing> heet"
    (["de eigenaar van het pand heet jurgen weiss"], "jurgen weiss"),
    (["de beheerder van het complex heet ravi bakker"], "ravi"),
    (["de huisbaas van de flat heet marek nowak en die woont in polen"], "marek nowak"),
    (["de eigenares van de woning heet ingrid"], "ingrid"),
    # QF: a street and its house number said digit by digit
    (["beatrixlaan een een vier"], "beatrixlaan"),
    (["de adres is de molenstraat twee een"], "molenstraat"),
    (["het adres van de aansluiting", "kastanjelaan een nul drie"], "kastanjelaan"),
    (["we wonen op de dorpsstraat een vijf"], "dorpsstraat"),
    # QG: a phone number's chunk line after chunk lines
    (["nul zes om te beginnen", "dan vierentwintig", "dan elf", "dan achtendertig negentig"], "elf"),
    (["nul zeven nul", "dan drieëndertig", "en tien", "dan vijftig"], "tien"),
    # QH: a first name before the surname that just went
    (["het contract staat op mevrouw de wit", "ria de wit"], "ria"),
    (["de meter staat op meneer bakker", "henk bakker"], "henk"),
    (["de rekening is van mevrouw van dam", "els van dam"], "els"),
    # QI: "nummer" and a number right after a postcode
    (["mijn postcode is drie nul nul nul", "a bee", "en dan heb je nummer zevenenveertig"], "zevenenveertig"),
    (["de postcode is vijf zes zeven acht", "ka el", "nummer twaalf"], "twaalf"),
    # QJ: "<word> punt <word>" after a line ending in "naar"
    (["de factuur gaat naar", "milena punt horvat"], "milena horvat"),
    (["de mail van de netbeheerder gaat naar", "eh kasia punt nowak"], "kasia nowak"),
    (["stuur het maar naar", "tomas punt varga"], "varga"),
    # QK: a double surname's second part after a full name with a tussenvoegsel
    (["de rekening staat op hanna de boer van de horst"], "horst"),
    (["de aansluiting staat op piet van dijk van den berg"], "berg"),
    (["het contract staat op mevrouw ter haar van de molen"], "molen"),
    # round 101's doubtful: the postcode's digits that went as a date now go as a postcode
    (["postcode is vijf zes eenentwintig en de letters ka el"], "eenentwintig ka el"),
    (["mijn postcode is zeven acht negentien en de letters er es"], "negentien er es"),
    # a mail after "info at" is still a mail
    (["mail naar info at", "hotmail punt com"], "hotmail"),
]

ORDINARY = [
    # QA: a firm named after a person, its trade word right behind
    ["de monteur van de boer installatietechniek komt morgen"],
    ["de vries installatietechniek heeft de ketel vervangen"],
    ["we hebben de ketel via bakker installaties gekregen"],
    ["de monteur van jansen verwarming kwam niet opdagen"],
    ["frank energie stuurt elke maand een overzicht"],
    ["ik zit bij frank energie"],
    ["mijn contract bij frank energie loopt af"],
    ["de mannen van visser dakwerken zaten op het dak"],
    ["smit loodgieters heeft de lekkage gemaakt"],
    ["van dam installatietechniek belt vrijdag terug"],
    # QB: utility companies
    ["vandebron heeft een brief gestuurd over de termijn"],
    ["vandebron heeft de prijs verhoogd"],
    ["liander komt de meter vervangen"],
    ["eneco belt morgen terug"],
    ["vitens heeft het water afgesloten"],
    ["greenchoice stuurt een nieuwe jaarafrekening"],
    ["ik ben overgestapt naar vandebron"],
    # QC: a day said in a story
    ["het was de negende oktober dat ze het gas dichtdraaiden"],
    ["het was op de tiende juni toen de ketel stuk ging"],
    ["het was de derde maart dat hij vertrok"],
    ["op de twaalfde april toen het water uitviel"],
    # QD: "see" as an English word
    ["ik keek naar see you later"],
    # QE: heet and no name
    ["de eigenaar van de woning heet eigenlijk anders"],
    ["de beheerder van het complex heet hetzelfde als vroeger"],
    ["het konijn van mijn dochter heet snuffie"],
    # QF: a street and a count that is no house number
    ["ik liep de hele dorpsstraat een keer af"],
    ["in de kerkstraat een twee drie keer"],
    ["die winkelstraat een beetje verderop"],
    # QG: a time after a number that stayed
    ["ik bel je om tien", "dan tien minuten later"],
    ["dan tien", "en dan elf"],
    # QH: a talk word before the surname
    ["het contract staat op de vereniging", "ja dat klopt"],
    # QI: "nummer" with no postcode before
    ["en dan heb je nummer twee van de lijst"],
    ["dat is nummer drie"],
    # QJ: "punt" after no lead, or numbers
    ["twee punt vijf"],
    ["het ging naar", "de gemeente"],
    # round 101's doubtful forms
    ["ze kent de letters a b"],
    ["hij kent de letters a b en c"],
    ["ik zit op de covid cohort twee"],
    ["hij ligt op de corona cohort drie"],
]

KEPT = [
    (["de monteur van de boer installatietechniek en mijn buurman heet kees bakker"], "installatietechniek"),
    (["de eigenaar van de woning heet klara meier die woont in bonn"], "woont"),
    (["de eigenaar van de woning heet klara meier die woont in bonn"], "eigenaar"),
    (["ik woon op de beatrixlaan een een vier"], "woon"),
    (["de factuur gaat naar", "milena punt horvat"], "factuur"),
    (["het contract staat op mevrouw de wit", "ria de wit"], "contract"),
    (["postcode is vijf zes eenentwintig en de letters ka el"], "letters"),
    (["het staat op jan de vries van de gemeente"], "gemeente"),
    (["het staat op jan van de woningbouw"], "woningbouw"),
    (["mijn postcode is drie nul nul nul", "a bee", "en dan heb je nummer zevenenveertig"], "nummer"),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
test_word_kept = word_kept_test(KEPT)


@pytest.mark.parametrize("tagger", [None, True], ids=["rules", "rules+tagger"])
def test_hmm_after_info_at_stays(tagger):
    """Round 101's doubtful: a back-channel "hmm" after "info at" is no mail's domain."""
    out = Redactor(window=True, tagger=tagger).redact_lines(["stuur het maar naar info at", "hmm"])
    assert out[1] == "hmm", out


@pytest.mark.parametrize("tagger", [None, True], ids=["rules", "rules+tagger"])
def test_postcode_digits_label(tagger):
    """Round 101's doubtful: the digits between "postcode is" and its letters go as [postcode], not [datum]."""
    out = Redactor(window=True, tagger=tagger).redact_lines(["postcode is vijf zes eenentwintig en de letters ka el"])
    assert "[datum]" not in out[0] and "[postcode]" in out[0], out


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY + [lines for lines, _ in KEPT])
