"""Round 19: general spoken forms (own examples, not taken from the holdouts) and near misses that stay.

Ordinary: someone who turns an age in a month ("hij is negenenzeventig en wordt in maart tachtig": a form of
"worden", "in", a month and a number below 120) is no date of birth, for the tagger too; after "familie" a bare
"in" or "op" says where the family lives ("je familie in Marokko"), it leads a surname only before another particle
("de familie in 't Veld", "familie op de Beek").
Dutch as spoken in Friesland: Frisian number words (units, teens, tens with "-tich", compounds such as
"sânenfyftich", hundreds with "hûndert"), ordinals ("tredde", "fjirtjinde"), months ("maaie", "jannewaris",
"desimber") and cue words ("berne", "nûmer", "postkoade", "wurdt", "skriuw", "-strjitte") are read as their Dutch
words; what redaction leaves is given back as it was said.
Postcode letters said in the international spelling alphabet (its words that are no ordinary Dutch words, and
"alfa", "bravo"): "45 12 alfa romeo". A postcode's digits, then the town it is, then its letters ("zevenenzestig vierentwintig dat is
Dokkum en dan r s"). A year after "ik ben / u bent van" before "geboren" ("u bent van drieënveertig
geboren") is the year of birth.
Names: a surname after "de oude / jonge heer" as after "de heer"; after a cue that says what someone is called
("u bent", "mijn naam is", "ik heet"), the first name and one word more at the end of what is said is the surname,
also when that word is an ordinary word ("u bent Jan Kraai"), not an adjective, participle or adverb.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import leaked, round_tests, rules_and_tagger, rules_only
from voice_companion.privacy.redact import Redactor, frisian_as_dutch, frisian_back, frisian_word, revise_held

SECRET_CASES = [
    # Frisian dates of birth
    (["ik bin berne op fjouwerentweintich maaie njoggentjin sânenfyftich"],
     "fjouwerentweintich maaie njoggentjin sanenfyftich"),
    (["berne op de tredde jannewaris njoggentjinhûndert seisentachtich"], "tredde jannewaris njoggentjinhundert"),
    (["myn bertedatum is alve desimber njoggentjin twaensechstich"], "alve desimber njoggentjin twaensechstich"),
    (["ik bin op fjirtjinde novimber berne"], "fjirtjinde novimber"),
    # Frisian phone numbers, also over lines
    (["myn telefoannûmer is nul seis trije fiif alve tolve njoggen sân"], "trije fiif alve tolve njoggen"),
    (["it nûmer is nul fiif acht", "twa trije fjouwer", "fiif seis sân"], "fiif twa trije fjouwer seis"),
    (["skriuw mar op nul seis tweintich tritich fjirtich fyftich"], "tweintich tritich fjirtich fyftich"),
    # Frisian postcodes, BSN and streets
    (["de postkoade is achtentachtich santjin a b"], "achtentachtich santjin"),
    (["myn bsn is ien twa trije fjouwer fiif seis sân acht twa"], "ien twa trije fjouwer fiif seis san"),
    (["ik wenje op de skoalstrjitte njoggen"], "skoalstrjitte njoggen"),
    # a surname after "de oude heer", "de jonge heer"
    (["de oude heer brandsema belde"], "brandsema"),
    (["de jonge heer wiersema is er niet"], "wiersema"),
    # a surname that is an ordinary word after a called first name
    (["dus u bent jan kraai"], "kraai"),
    (["mijn naam is anna kraai, ja"], "kraai"),
    (["ik heet piet vos"], "vos"),
    (["je heet sanne haan toch"], "haan"),
    # postcode letters in the international spelling alphabet
    (["mijn postcode is 45 12 alfa romeo"], "45 12 alfa romeo"),
    (["postcode zeventien drieëntwintig quebec zulu"], "zeventien drieentwintig quebec zulu"),
    (["63 81 charlie foxtrot zei je"], "63 81 charlie foxtrot"),
    # a postcode's digits, the town it is, then its letters
    (["dus zevenenzestig vierentwintig dat is dokkum en dan r s"], "zevenenzestig vierentwintig r s"),
    (["de postcode is eenentachtig dertien, dat is in bolsward, en dan k l"], "eenentachtig dertien k l"),
    (["92 31 dat is grou en dan x y"], "92 31 x y"),
    # "van" a year, before "geboren"
    (["u bent van drieënveertig geboren"], "drieenveertig"),
    (["ik ben van achtenvijftig, geboren in sneek"], "achtenvijftig"),
]

ORDINARY = [
    # an age someone turns in a month
    ["mijn vader is negenentachtig en wordt in april negentig"],
    ["ze wordt in mei tachtig"],
    ["oma is negenenzeventig en wordt in maart tachtig"],
    # a family somewhere
    ["in juli ga je naar je familie in turkije"],
    ["mijn familie in marokko weet het niet"],
    ["bij de familie op terschelling"],
    # Frisian words in ordinary talk
    ["ik bin fiif minuten te let"],
    ["om alve oere ga ik op bêd"],
    ["wy ha trije bern en twa hûnen"],
    ["it is maaie en moai waar"],
    ["sy is tritich en wurdt yn maaie ienentritich"],
    ["se wurdt sântich yn july"],
    ["de bus fan tsien oere"],
    # God
    ["de lieve heer weet het"],
    ["de oude heer is moe"],
    # spelling-alphabet words that are ordinary words; "van" a time or a family
    ["bravo, goed gedaan"],
    ["charlie slaapt al"],
    ["hij is van twaalf tot vier geboren"],
    ["ik ben van dertig jaar geleden geboren"],
    ["ze is van vijftig procent afgekeurd"],
    # two numbers and "dat is" that are no postcode
    ["we waren met twaalf twintig dat is veel en dan ik"],
    ["het kost vijftig twintig dat is duur en dan de rest"],
    ["ik ben achtentachtig en dat is oud en dan a b c"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


@pytest.mark.parametrize("word, dutch", [
    ("ien", "een"), ("twa", "twee"), ("trije", "drie"), ("fjouwer", "vier"), ("fiif", "vijf"), ("seis", "zes"),
    ("sân", "zeven"), ("njoggen", "negen"), ("tsien", "tien"), ("alve", "elf"), ("tolve", "twaalf"),
    ("njoggentjin", "negentien"), ("tweintich", "twintig"), ("njoggentich", "negentig"),
    ("achtenfjirtich", "achtenveertig"), ("njoggenentachtich", "negenentachtig"), ("ienentweintich", "eenentwintig"),
    ("achtentachtich", "achtentachtig"), ("trijehûndert", "driehonderd"), ("tredde", "derde"),
    ("fjirtjinde", "veertiende"), ("tweintichste", "twintigste"), ("maaie", "mei"), ("berne", "geboren"),
    ("acht", None), ("san", None), ("een", None), ("tien", None), ("familie", None), ("tachtig", None),
])
def test_frisian_words(word, dutch):
    assert frisian_word(word) == dutch


@pytest.mark.parametrize("text", [
    "ik bin  fiif jier, en  sy is sân!", "Tolve? Ja, tolve.", "nul seis tolve [naam] fjouwer", "gewoon Nederlands",
])
def test_what_is_left_is_given_back_as_said(text):
    read = frisian_as_dutch(text)
    assert len(read.split()) == len(text.split())
    assert frisian_back(text, read, read) == text


def test_placeholders_are_not_given_back():
    out = Redactor(tagger=None).redact_text("myn telefoannûmer is nul seis trije fiif alve tolve njoggen sân")[0]
    assert out == "myn telefoannûmer is [telefoonnummer]"


def test_a_held_frisian_line_is_closed():
    # the held line ends in Frisian number words, the next goes on with the number
    assert "tolve" not in revise_held("it nûmer is nul seis tolve", "[telefoonnummer]")
    for run in (rules_only, rules_and_tagger):
        out = run(["it nûmer is nul seis tolve", "fjouwer fiif seis sân acht"])
        assert not leaked(out, "tolve fjouwer fiif seis"), out


@pytest.mark.parametrize("run", [rules_only, rules_and_tagger], ids=["rules", "rules+tagger"])
@pytest.mark.parametrize("line, kept", [
    # a called first name with a word about the person: the name goes, the word stays
    ("u bent jan kwijt", "kwijt"), ("ik heet anna hoor", "hoor"), ("u bent kees vergeten", "vergeten"),
    ("je heet sanne eigenlijk", "eigenlijk"), ("u bent anna toch", "toch"), ("u bent jan ongerust", "ongerust"),
    ("mijn naam is anna, zeker", "zeker"),
])
def test_a_word_about_a_called_name_stays(run, line, kept):
    out = run([line])[0]
    assert "[naam]" in out and out.split()[-1].strip(",") == kept, out
