"""Round 56: students and young adults in their first homes (data said in English, letter names in English, a foreign
IBAN's country code, a name on a letter or a lease, a first name and a Belgian surname before "uit", a room or unit
letter after an address, a misheard first digit of a phone number). All own examples, not taken from the holdouts.
Secrets that go: an English house number after a street ("de kastanjelaan two hundred and six a"); a date of birth in
English ("the third of may two thousand five"); English letter names spelling a name where a name is asked for, on the
line or the line before ("can you spell your last name" / "oo kee ei ef oo aar"), the name after "so your name is";
a country code before a redacted account number ("el tee", "l t", "dee ee", "b e", written "BE68", "DE44"); the name
after "gericht aan", "op naam van"; "<first> de <surname> uit <town>"; "unit c", "studio b twee" after a redacted
street; "nul zus" at the start of a phone number.
Near misses that stay: rent and study debt ("de huur is vierhonderdvijftig"), a course code before "is het vak",
English talk with "at" and "so" ("so you were at the library at ten"), an institution after "at" ("the student
counsellor at tilburg"), letter names in ordinary words, a name spoken of without a name ("my name is on the list").
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # A. data said in English
    (["so you live at the kastanjelaan two hundred and six a"], "two hundred and six a kastanjelaan"),
    (["my address is the molenstraat forty two b"], "molenstraat forty two b"),
    (["so your date of birth is the third of may two thousand five"], "third may two thousand five"),
    (["you were born on march the twelfth two thousand three"], "march twelfth two thousand three"),
    # B. a name spelled in English letter names; the name after an English cue
    (["can you spell your last name", "bie ei aar ee en dee tie okay"], "bie ei aar ee dee tie"),
    (["so your name is mihaela"], "mihaela"),
    (["and your first name wenjun dabbeljoe ee en dzjee joe en"], "wenjun dabbeljoe dzjee joe"),
    (["so your family name is okafor", "oo kee ei ef oo aar"], "okafor oo kee ei ef aar"),
    # C. a foreign IBAN's country code
    (["de revolut rekening is el tee vierenzeventig drie twee vijf nul nul nul een twee acht zes vier zeven drie nul "
      "negen"], "el tee vierenzeventig"),
    (["mijn n26 is dee ee achtentwintig een nul nul een een nul nul een twee zes drie zeven vier acht vijf een nul "
      "negen"], "dee ee achtentwintig"),
    (["En de Wise-rekening: BE68 5390 0754 7034."], "BE68 be68 5390 0754 7034"),
    (["Dus je rekening is DE44 5001 0517 5407 3249 31"], "DE44 de44 5001 0517 5407 3249"),
    (["l t negenenveertig twaalf drieënveertig nul een vijfenvijftig achtendertig zes"], "l t negenenveertig"),
    # D. a name on a letter or a lease; a first name and a Belgian surname before "uit"
    (["de brief is gericht aan stefania ionescu"], "stefania ionescu"),
    (["het contract staat op naam van karim el amrani"], "karim amrani"),
    (["jelle van der velde uit leuven studeert hier"], "jelle velde"),
    # E. a room or unit after an address
    (["de schoolstraat negen unit c"], "schoolstraat negen unit c"),
    (["de kerkstraat twaalf studio b twee"], "kerkstraat twaalf studio b"),
    # F. a misheard first digit of a phone number
    (["ik heb nul zus twaalf vierendertig zesenvijftig achtenzeventig genoteerd"],
     "nul zus twaalf vierendertig zesenvijftig achtenzeventig"),
]

ORDINARY = [
    # rent and study debt
    ["de huur is vierhonderdvijftig"],
    ["je studieschuld is twaalfduizend"],
    ["ik betaal zeshonderd euro huur en de kale huur is vijfhonderdtwintig"],
    ["je hebt tachtig euro op je rekening en de huur is zevenhonderd"],
    ["de servicekosten zijn vijfenveertig"],
    # course codes
    ["ka em tee twee nul eenendertig is het vak waar je voor gezakt bent"],
    ["je herkansing voor statistiek is volgende week"],
    ["je moet nog zes studiepunten halen"],
    # English talk from international students without data
    ["so you were at the library at ten"],
    ["so what do you want to do tonight"],
    ["i am so tired of this"],
    ["the student counsellor at tilburg has no time"],
    ["i study at leiden and i miss home"],
    ["my roommate is never at home"],
    ["so you feel alone here"],
    ["my name is on the list"],
    ["what is your name again"],
    ["the ninth of october is a bank holiday"],
    ["i was born in a small town"],
    ["my birthday is next week and nobody knows"],
    ["can you spell that for me"],
    ["i live in a student house with six people"],
    ["the rent is too high for me"],
    ["my parents are in india and they do not know"],
    # letter names in ordinary words
    ["the letters on the door are big"],
    ["die jongen en zijn vriend"],
    ["ik heb een es en een el gekocht"],
    # letters, leases and "uit" without a name
    ["de brief is gericht aan de gemeente"],
    ["het contract staat op naam van je vriend"],
    ["hij komt uit de stad"],
    ["je gaat vanavond de deur uit"],
    ["de brief is gericht aan je ouders"],
    # rooms and units without an address
    ["je kamer is klein en koud"],
    ["de studio is te duur"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    """No round 56 rule fails on its own lines (a failing rule drops the whole line, which would hide a leak)."""
    assert_no_rule_error([c[0] for c in SECRET_CASES] + ORDINARY)


@pytest.mark.parametrize("lines", [["de huur is vierhonderdvijftig"], ["so you were at the library at ten"],
                                   ["the student counsellor at tilburg has no time"]])
def test_text_path_kept(lines):
    """The text path (no window) keeps the near misses too."""
    from voice_companion.privacy.redact import Redactor

    assert Redactor().redact_text(lines[0])[0] == lines[0]
