"""Round 27: a street named with an adjective before it ("lange ...", "de nieuwe ...") or in "-zijde", a surname after a
name found late ("[naam] de boer"), a postcode's letters said by their names ("de er") before the town, an e-mail
address dictated piece by piece ("eerst ..." / "dan liggend streepje"), a letter clarified after an e-mail address
(own examples, not taken from the holdouts), and ordinary talk that stays: the sign "apenstaartje" talked about, a
weekday after a birth date, a feast day after a date, a day's date after a house number, a place after a title and "in".
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, round_tests, rules_only

SECRET_CASES = [
    # an adjective that starts a street's name, with a word that is no ordinary one (or a town's) and a house number
    (["ze woont aan de korte voorhout elf"], "korte voorhout elf"),
    (["mijn adres is lange haven vierentwintig schiedam"], "lange haven vierentwintig"),
    (["hij zit op de oude delft negen"], "oude delft negen"),
    (["ik woon op de Nieuwe Kerkstraat 14B"], "nieuwe kerkstraat 14b"),
    (["mijn oma woont aan de oude molenweg zeventien"], "oude molenweg zeventien"),
    # streets named "-zijde", with their house number
    (["oostzijde tweehonderdvier in zaandam"], "oostzijde tweehonderdvier"),
    (["ze woont op de noordzijde zesendertig"], "noordzijde zesendertig"),
    # a surname after its tussenvoegsel, after a first name that a later rule found
    (["ik noteer ytje de groot"], "ytje groot"),
    (["ik noteer ytje de boer"], "ytje boer"),
    # a birth year that ends in "een" before a word
    (["ze is geboren op vier juni tweeduizend één dus ze is nog jong"], "vier juni tweeduizend een"),
    # a postcode's letters said by their names, even "de", then the town
    (["mijn postcode is drieëntachtig twaalf de el in zeist"], "drieentachtig twaalf el"),
    (["dus tweeënzestig achttien de es in delft"], "tweeenzestig achttien es"),
    (["vijftig eenendertig de er te arnhem"], "vijftig eenendertig er"),
    # an e-mail address dictated piece by piece: the first piece on its own line before the sign
    (["dus eerst meintje", "dan liggend streepje", "kramer", "apenstaartje hotmail punt com"],
     "meintje kramer hotmail"),
    (["eerst kwakkel", "dan punt", "jansen at ziggo punt nl"], "kwakkel jansen ziggo"),
    # a number corrected halfway: both parts go (the correction stays in the log)
    (["nul zes een nee wacht nul zes twee drie vier vijf zes zeven acht"],
     "nul zes een twee drie vier vijf zes zeven acht"),
]

ORDINARY = [
    # the sign "@" talked about, with no domain after it
    ["er stond een apenstaartje in de naam dat klopt niet"],
    ["zonder apenstaartje werkt het niet"],
    # "eerst ..." and a sign that is no dictation
    ["eerst koffie", "en dan punt"],
    ["eerst even slapen", "ja"],
    # a place after a title and "in"
    ["de wijkagent in zwolle weet ervan"],
    ["de dominee in urk komt morgen langs"],
    ["zuster in zwolle zei dat"],
    # adjectives before words with a number that are no street
    ["een lange dag twaalf uur gewerkt"],
    ["een korte nacht vier uur geslapen"],
    ["de oude vrouw is negentig"],
    ["aan de achterzijde twee ramen"],
    ["lees bladzijde twaalf maar"],
    # two numbers with words after them that are no postcode
    ["om tien twintig de bus in zwolle"],
    ["vijftig twintig de er in april"],
    # a correction between numbers that are no number to redact
    ["ik heb twee nee drie kinderen"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)

# a detail, then a line of ordinary talk about it that stays as said
AFTER_A_DETAIL = [
    # a weekday after a birth date: "op een zondag"
    ["mijn dochter is geboren op twaalf juli", "op een zondag"],
    ["mijn vader is geboren op negen maart negentienvijftig", "een dinsdag"],
    ["mijn vader is geboren op negen maart", "dat was op een maandag"],
    # a feast day after a date
    ["op zevenentwintig april", "ja koningsdag"],
    ["het was vijfentwintig december", "eerste kerstdag"],
    ["dat was op vijf mei", "ja bevrijdingsdag"],
    # a day's date after a house number
    ["mijn zus woont op de dorpsstraat negen", "op negen mei gaan we erheen"],
]


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
@pytest.mark.parametrize("lines", AFTER_A_DETAIL)
def test_the_line_after_a_detail_stays(run, lines):
    assert run(lines)[1] == lines[1]


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
def test_a_weekday_after_a_birth_date_on_one_line(run):
    assert run(["ik ben geboren op drie juni op een woensdag"]) == ["ik ben geboren op [datum] op een woensdag"]


def test_the_kinds():
    assert rules_only(["ik woon op de lange delft vijf"]) == ["ik woon op de [adres]"]
    # a letter clarified after an e-mail address is the address's, after a postcode the postcode's
    assert rules_only(["p punt jansen at gmail punt com", "h van hendrik"])[1] == "[e-mail] van [e-mail]"
    assert rules_only(["mijn postcode is drie vier vijf zes", "h van hendrik"])[1] == "[postcode]"


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
def test_the_adjective_goes_with_its_street(run):
    assert run(["ik schrijf op Oude Molenweg 12"]) == ["ik schrijf op [adres]"]



def test_no_errors():
    lines = ["apenstaartje", "een apenstaartje in", "lange", "lange delft", "oude [adres]", "vijftig twintig de",
             "de er", "nee wacht", "[telefoonnummer] nee", "h van", "op een", "bevrijdingsdag", "westzijde"]
    from voice_companion.privacy.redact import Redactor

    for tagger in (None, True):
        r = Redactor(window=True, tagger=tagger)
        r.redact_lines(lines)
        assert r.errors == 0
