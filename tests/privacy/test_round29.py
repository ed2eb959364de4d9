"""Round 29: a digit said so many times between "en dan"s ("nul zes en dan twee keer de acht en dan ..."), a house
number on the next line after a street said with how it is spelled ("de dorpsweg met een d van dirk" / "nummer
achttien"), a street named after a person whose first word no list knows ("de cort van der lindenstraat"), a given name
that is an ordinary word read back after its field ("uw voornaam roos"), a name corrected with "of was het ...", a name
spelled back with "ie", "u" and "ij" among the letters, "apestaart je" for the @, the middle part of a number said
after its start and end ("en in het midden ..."), all own examples, not taken from the holdouts; and ordinary talk that
stays: football clubs named after a person or with letters and a town ("naar willem twee", "bij pec zwolle").
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, round_tests

SECRET_CASES = [
    # a digit said so many times, with "en dan" before and after it
    (["mijn nummer is nul zes en dan twee keer de acht en dan vier vijf zes zeven acht"], "nul zes twee acht vier"),
    (["nul zes en dan drie keer de twee en dan vijf zes zeven acht"], "nul zes drie twee vijf"),
    # a street said with how it is spelled, its house number on the next line
    (["dus het is de dorpsweg met een d van dirk", "nummer achttien"], "dorpsweg achttien"),
    (["het is de zonnebloemlaan met een z van zaandam", "nummer zeven b"], "zonnebloemlaan zeven"),
    # a street named after a person, with a first word no list knows and particles
    (["ik woon op de cort van der lindenstraat twaalf"], "cort lindenstraat twaalf"),
    (["ik woon aan de kolff van oosterwijklaan vier"], "kolff oosterwijklaan vier"),
    (["dus de snouck de hurgronjestraat drie in leiden"], "snouck hurgronjestraat drie"),
    # a given name that is an ordinary word too, read back after its field at the end of the line
    (["meneer de boer ik noteer uw voornaam wei"], "boer wei"),
    (["mevrouw li uw voornaam roos"], "li roos"),
    # a name corrected after it: "of was het ..." / "of is het ..."
    (["mevrouw smit of is het smid"], "smit smid"),
    (["meneer bakker of was het bakkers"], "bakker bakkers"),
    # a name said, then spelled with "ie", "u", "ij" among the letters
    (["uw naam is kuipers", "en ka u ie pe ee er es"], "kuipers ka ie pe ee er es"),
    (["uw naam is nijhof", "en ie ij ha o ef"], "nijhof ie ij ha ef"),
    # "apestaart je" for the @ sign, heard as two words
    (["pietjepuk apestaart je hotmail punt com"], "pietjepuk apestaart hotmail"),
    (["ricovanloon apestaart je ziggo punt nl"], "ricovanloon apestaart ziggo"),
    # the middle part of a number, after its start and end
    (["je bsn begint met een twee drie en eindigt op zeven acht negen", "en in het midden vier vijf zes"],
     "een twee drie zeven acht negen vier vijf zes"),
    (["mijn rekeningnummer begint met nul nul en eindigt op vier vijf", "en daartussen zit zes zeven"],
     "vier vijf zes zeven"),
]

ORDINARY = [
    # football clubs named after a person, or with letters and a town
    ["je gaat zondag naar willem twee met je broer"],
    ["hij speelt bij pec zwolle"],
    ["we gingen naar go ahead eagles kijken"],
    ["je zat vroeger bij de jeugd van fortuna sittard"],
    # "keer de" that is no digit said so often
    ["ik was er vijf en dan twee keer de trein gemist"],
    ["ik heb het twee keer de vijf gegeven en dan drie"],
    # "in het midden" / "daartussen" that is no number's part
    ["in het midden drie stoelen"],
    ["en daartussen zit een gang"],
    # "apestaart je" with no domain
    ["er zat een apestaart je in"],
    # "of was het ..." and "voornaam ..." before ordinary words
    ["uw voornaam graag"],
    ["ik noteer even uw voornaam"],
    # a street after a shop, not a street named after a person
    ["ik sta bij de bakker de kerkstraat is dicht"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


# after a name, "of was het" / "voornaam" before an ordinary word: the name goes, the word stays
AFTER_A_NAME = [
    (["meneer bakker of was het gisteren"], "of was het gisteren"),
    (["mevrouw de jong of is het raar"], "of is het raar"),
    (["mevrouw li uw voornaam alstublieft"], "uw voornaam alstublieft"),
    (["mevrouw li ik heb uw voornaam nodig"], "uw voornaam nodig"),
    (["mevrouw li ik wil uw voornaam weten"], "uw voornaam weten"),
    (["meneer bakker of was het vorige week"], "of was het vorige week"),
    # a count after a name "willem twee": no club
    (["ik ben twee keer naar willem twee keer geweest"], "twee keer geweest"),
]


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
@pytest.mark.parametrize("lines, kept", AFTER_A_NAME)
def test_word_after_name_kept(run, lines, kept):
    out = run(lines)
    assert out[-1].endswith(kept) and "[naam]" in out[-1], out


# a line of letters after a line with nothing redacted: not a name spelled back (the rules alone)
def test_spelled_ordinary_word_not_taken_by_the_spelling_rule():
    out = RUNS["rules"](["het was een vaas", "ve a a es"])
    assert out == ["het was een vaas", "ve a a es"], out
