"""Round 65: ordinary worker talk the redactor took for a name, found by the scan of every annotated call's worker
lines (scripts/evaluate_redaction.py, worker_lines). V. a possessive, a noun no name list knows, "de" and a noun ("in
haar nachtpon de deur uit"); W. a name's everyday tail ("doe [naam] de groeten", "[naam] goeienavond", "[naam] van de
nacht lijn", "[naam] appen"); X. a title before a wish or an imperative ("meneer sterkte"), "met de nacht lijn";
Y. a utility company after "de man van"; Z. a family member and a verb ("je opa dwaalt"), fillers and reflexives.
Next to each: a real name that must still go. All own examples, not taken from the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # V. a title or a name before the particle: a surname still goes
    (["mijn buurvrouw mevrouw de Deur heeft een sleutel"], "deur"),
    (["ik ben Kees de Wit"], "kees"),
    (["ik ben Kees de Wit"], "wit"),
    (["uw buurman meneer de Jas woont ernaast"], "jas"),
    (["haar dokter is dokter de Kamp"], "kamp"),
    (["mijn vriendin Anouk de Vries komt zo"], "vries"),
    (["haar zus heet Marieke de Bruin"], "bruin"),
    # W. the name in a name's everyday tail still goes
    (["doe Sietske de groeten van me"], "sietske"),
    (["nachtlijn met Gerben goeienavond"], "gerben"),
    (["je spreekt met Wilma van de nacht lijn"], "wilma"),
    (["bel je buurvrouw Tineke van de derde verdieping"], "tineke"),
    (["zal ik Femke appen voor je"], "femke"),
    # X. a title before a surname still goes
    (["goedenacht meneer Verhoeven"], "verhoeven"),
    (["sterkte mevrouw Postma"], "postma"),
    # Z. a family member's name still goes
    (["je opa Gerrit woont alleen"], "gerrit"),
    (["mijn oma Truus puzzelt graag"], "truus"),
    (["kun je je oom Hendrik appen"], "hendrik"),
    (["spreek je met Mirte af dat je belt"], "mirte"),
]

ORDINARY = [
    # V. possessive, noun, "de", noun
    ["uw man is in zijn pyjama de straat op gelopen"],
    ["ze ging in haar nachtpon de tuin in"],
    ["hij liep in zijn kamerjas de deur uit"],
    ["je moeder stond in haar ochtendjas de buren te roepen"],
    ["u heeft uw rollator de trap af laten vallen"],
    ["ze heeft haar badjas de hele nacht aangehouden"],
    ["hij is op zijn sokken de dijk op gegaan"],
    ["je vader is in zijn onderhemd de sneeuw in gelopen"],
    ["ze heeft haar handtas de gracht in gegooid"],
    ["uw vrouw is met haar looprek de weg over gestoken"],
    # W. a name's everyday tail (the name itself goes, tested above): lines without the name stay
    ["doe de groeten aan je zus"],
    ["goeienavond met de nachtlijn"],
    ["je spreekt met de nachtlijn van de nacht"],
    ["zal ik je moeder appen"],
    # X. a title before a wish or an imperative
    ["wat naar meneer sterkte"],
    ["wat verdrietig mevrouw gecondoleerd met uw man"],
    ["ik hoor u meneer neem rustig de tijd"],
    ["mevrouw wacht even ik pak een pen"],
    ["meneer het klinkt alsof u erg moe bent"],
    ["ja mevrouw luister even naar me"],
    ["hallo je spreekt met de nacht lijn vertel het maar"],
    ["u spreekt met de dienstdoende medewerker"],
    ["goeienavond met de avond lijn"],
    # Y. utility companies
    ["de man van liander heeft de stroom eraf gehaald"],
    ["die mevrouw van eneco belde vanmiddag"],
    ["iemand van vitens heeft het water dichtgedraaid"],
    ["de monteur van enexis komt morgen"],
    ["er stond iemand van stee din aan de deur"],
    ["u heeft een brief van essent gekregen over de meter"],
    ["de man van evides zegt dat u te veel verbruikt"],
    ["een brief van vattenfall over een achterstand"],
    # Z. family member and a verb, fillers, reflexives
    ["je opa dwaalt 's nachts door het huis"],
    ["mijn oma puzzelt elke avond"],
    ["je moeder zwerft door de wijk"],
    ["uw man piekert de hele nacht"],
    ["tjee wat een nacht"],
    ["hmm hmm ik luister"],
    ["jep dat snap ik"],
    ["je bent effe naar buiten geweest"],
    ["wat spreekt u met uzelf af"],
    ["je moet ook aan jezelf denken"],
    ["hij praat tegen zichzelf"],
    ["kun je je nicht appen vannacht"],
    ["je moet je broer terugbellen"],
    ["toen u uw kleinzoon bij oma ophaalde"],
    ["spreekt u met me af dat u belt"],
]


test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)


def test_enough_cases():
    assert len(ORDINARY) >= 40 and len(SECRET_CASES) >= 15
