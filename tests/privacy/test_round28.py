"""Round 28: a name said again whole on the next line ("mevrouw [naam]" / "[naam] wei"), an unknown first name after
"noteer maar", a number's parts named by where they stand ("eindigt op ..." / "en begint met ..."), a postcode's
two numbers glued into one word, a house number of the hundreds with "en" in it, a word spelled after "als", IBAN
check digits said as "dubbel zeven" (own examples, not taken from the holdouts), and ordinary talk that stays: an
organisation named after a person and where in it one works, a title "van de" a ward, a service number said over two
lines, a town after a name.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, round_tests

SECRET_CASES = [
    # a name found after a cue at the end of a line, said again whole on the next: the other word is the name's too
    (["mijn dochter heet noa", "noa kroon"], "noa kroon"),
    (["dus je vriend heet tim", "tim hamer"], "tim hamer"),
    (["mevrouw lin", "lin ming", "ik schrijf het op"], "lin ming"),
    (["meneer wang", "wang ming"], "wang ming"),
    # an unknown first name after "noteer maar" / "noteer dan even"
    (["noteer maar lysanne de wit"], "lysanne wit"),
    (["noteer dan even jorinde"], "jorinde"),
    # a number said in parts, named by where they stand (also when the part counts up)
    (["zijn bsn eindigt op een twee drie", "en begint met zes zeven acht"], "een twee drie zes zeven acht"),
    (["het bsn begint met vier vijf zes", "en eindigt op zeven acht negen ja"], "vier vijf zes zeven acht negen"),
    # a postcode's four digits as two numbers glued into one word, then its two letters
    (["dus vijfenveertigtwaalf el em"], "vijfenveertigtwaalf el em"),
    (["mijn postcode is zestienachttien es tee"], "zestienachttien es tee"),
    # a house number of the hundreds said with "en" in it
    (["ik woon aan de kerkweg", "honderd en twaalf"], "kerkweg honderd twaalf"),
    (["ze woont op de dorpsstraat driehonderd en vijf"], "dorpsstraat driehonderd vijf"),
    (["ik woon aan de kerkweg", "honderd en twaalf b"], "kerkweg honderd twaalf b"),
    # a word spelled letter by letter after "als", also with the letter "u"
    (["het is mei punt kuo", "at gmail punt com", "met kuo als k u o"], "kuo k o"),
    (["ik heet niu", "met niu als n i u"], "niu n i"),
    # IBAN check digits said as "dubbel" and a digit
    (["en el dubbel drie", "abna nul vier", "vijf zes zeven acht negen een twee"], "el drie abna vier"),
    (["dus en el dubbel vijf", "ingb dubbel nul", "een twee drie vier vijf zes zeven acht"], "el vijf ingb"),
]

ORDINARY = [
    # an organisation named after a person, and where in it one works
    ["je werkt bij albert heijn in de nachtploeg"],
    ["ze werkt bij albert heijn op de versafdeling"],
    ["hij ligt in het reinier van arkel op de gesloten afdeling"],
    # a title "van de" and a ward or service: where one works, no surname
    ["de dokter van de spoedeisende hulp in het umc"],
    ["de dokter van de gesloten afdeling belde"],
    ["de dokter van de dienstdoende post"],
    # a service number said over two lines
    ["de politie kun je ook bellen op nul negen nul nul", "acht acht vier vier"],
    ["veilig thuis is nul achthonderd", "twee nul nul nul dat is gratis"],
    # "noteer maar" before ordinary talk
    ["noteer maar alles wat je voelt"],
    ["noteer maar even dat het slecht ging"],
    # "begint met" where something else begins
    ["de les begint met een twee drie"],
    # two numbers glued that are no postcode
    ["het was vijftigvijftig he"],
    ["vijftigvijftig en de rest"],
    # "honderd en ..." that is an amount or a distance
    ["ik heb honderd en vijftig euro"],
    # "als" before something that spells nothing
    ["zo als a b"],
    ["net als u"],
    ["ik woon in nl dubbel zo lang"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)

# after a name (or a number), a next line with a word that is no name (or a number that is no part): it stays
AFTER_A_NAME = [
    (["mijn zoon heet dylan", "dylan boos"], "[naam] boos"),
    (["mevrouw bos", "bos goed"], "goed"),
    (["mijn zoon heet dylan", "dylan slaapt nu"], "slaapt nu"),
    # "begint met" / "eindigt op" where something else begins, after a number's line
    (["mijn bsn eindigt op twee drie vier", "de film begint met twee uur vertraging"],
     "de film begint met twee uur vertraging"),
    (["mijn telefoonnummer eindigt op drie vier vijf", "de dienst begint op twee mei"], "de dienst begint op twee mei"),
]


@pytest.mark.parametrize("lines, kept", AFTER_A_NAME)
def test_next_line_kept(lines, kept):
    # the rules alone (the tagger reads verbs after a name on its own; that is not this round's form)
    out = RUNS["rules"](lines)
    assert out[-1].endswith(kept), out


# a town after a name, with no article: a place, not a surname (the name goes, the town stays)
TOWN_AFTER_A_NAME = [
    (["mijn zus anna in zwolle weet ervan"], ["mijn zus [naam] in zwolle weet ervan"]),
    (["mijn zus anna uit almere belde"], ["mijn zus [naam] uit almere belde"]),
    (["mijn vriend kees in amsterdam"], ["mijn vriend [naam] in amsterdam"]),
]


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
@pytest.mark.parametrize("lines, expected", TOWN_AFTER_A_NAME)
def test_town_after_name_kept_name_gone(run, lines, expected):
    assert run(lines) == expected


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
def test_surname_with_article_after_place_particle_still_goes(run):
    out = run(["mijn naam is anna in 't veld"])
    assert out == ["mijn naam is [naam]"], out
