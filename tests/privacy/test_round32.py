"""Round 32: callers in a hurry who give data in bits, correct themselves and hear it read back as a question; all
own examples, not taken from the holdouts: an alternative read back ("was het nou de beukenlaan of de berkenlaan",
"... acht of negen aan het eind", "was het honderdtwaalf of honderdtwintig aan het eind van je bsn") and the one
confirmed on the next line, the last part of a number on its own ("en het laatste is acht"), a flat's number after
the address ("en dan appartement tweehonderd twaalf", "... dus op de derde"), a correction after a redacted item
("[adres] nee c", "nee wacht niet negen maar acht"), a top level domain corrected on the next line ("nee punt com
sorry"), a postcode's letters named ("de letters zijn ka el") or the last one added ("en dan nog een b"), its digits
said with a hundreds word before "en dan" and the letters, a bank's code alone on a line, "zero" for a zero after an
account number, a correction on the next line ("ik noteer even de molenschans" / "nee de [adres]", "mevrouw
[naam]" / "nee van den broek"), a surname that is also a word after "meneer" ("oke meneer bakker ik heb het"), a first name before a
redacted surname after "ik noteer", written initials ("J.P. Smeets"), an address range ("tot en met"); and ordinary
talk that stays: days and times as alternatives, the last of something that is no number, a floor with no address,
"meneer" with a verb, "nee" after a count.
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # 1. an alternative read back as a question: the other side of "of" goes too
    (["was het nou de beukenlaan of de berkenlaan"], "beukenlaan berkenlaan"),
    (["was het nou het kruisplein of de kruiskade"], "kruisplein kruiskade"),
    (["is het nul zes twaalf drie vier vijf zes zeven acht of negen aan het eind"], "acht negen"),
    (["was het nou honderdtwaalf of honderdtwintig aan het eind van je bsn"], "honderdtwaalf honderdtwintig"),
    (["was het nou meneer jansen of janssen"], "jansen janssen"),
    # 1. the alternative confirmed on the next line, the postcode's letters after it
    (["was het vierenveertig elf of vierenveertig twaalf", "twaalf ja en dan ka el"], "vierenveertig elf twaalf ka el"),
    # 2. the last part of a number on its own
    (["nul zes twaalf drie vier vijf zes zeven", "en het laatste is acht"], "acht"),
    (["het laatste deel was nog drie vier acht negen toch"], "drie vier acht negen"),
    # 3. a flat's number after the address, a house number after the street's kind said again
    (["dus de kastanjelaan", "eh veertien", "en dan appartement tweehonderd twaalf"], "kastanjelaan veertien tweehonderd twaalf"),
    (["beukenlaan", "eh twaalf", "en dan driehonderd vier dus op de derde"], "beukenlaan twaalf driehonderd vier"),
    (["het adres is beukenlaan twaalf", "laan oke nummer acht"], "beukenlaan twaalf acht"),
    # 4. a correction right after a redacted item
    (["ik woon op de beukenlaan twaalf b nee c"], "beukenlaan twaalf b c"),
    (["nul zes twaalf drie vier vijf zes zeven acht negen nee wacht niet negen maar acht"], "negen acht"),
    (["mijn mail is piet at ziggo punt nl", "nee punt com sorry"], "piet ziggo com"),
    # 5. a postcode's letters named, the last letter added, its digits with a hundreds word
    (["de letters zijn ka el"], "ka el"),
    (["dus 1234 a en dan nog een b"], "1234 a b"),
    (["dus achttienhonderd vijftig en dan d x"], "achttienhonderd vijftig d x"),
    # 6. a bank's code alone on a line, "zero" for a zero
    (["mijn iban is nl twaalf", "rabo", "nul een twee drie vier vijf zes zeven acht negen"], "twaalf rabo"),
    (["mijn iban is nl twaalf ing b nul nul nul een twee drie vier vijf zes zero"], "twaalf zero"),
    # 7. a surname that is a word after "meneer", a first name before a redacted surname, written initials
    (["oke meneer wang ik heb het genoteerd"], "wang"),
    (["ik noteer mary jansen"], "mary jansen"),
    (["dus de naam is J.P. Smeets"], "J.P. Smeets"),
    # 8. an address range
    (["ik noteer de molenweg twaalf tot en met twaalf b"], "molenweg twaalf tot met b"),
    # 9. a correction on the line after the item: the item corrected goes too; particles and a surname
    (["ik noteer even de molenschans", "nee de kerkstraat twaalf"], "molenschans kerkstraat twaalf"),
    (["ik noteer mevrouw jansen", "nee van den broek"], "jansen broek"),
    # 5. a postcode's digits said whole with thousands and hundreds before its letters
    (["dus achtduizend driehonderd twaalf ka el"], "achtduizend driehonderd twaalf ka el"),
]

ORDINARY = [
    # days, times, counts and towns as alternatives
    ["was het nou maandag of dinsdag"],
    ["was het nou zes of zeven jaar geleden"],
    ["is het twee of drie keer per week"],
    ["was het in almere of in lelystad"],
    ["was het om tien uur of om elf uur"],
    # the last of something that is no number
    ["het laatste stuk was nog vijf kilometer"],
    ["het laatste is twee"],
    ["mijn laatste cijfer was een acht"],
    # a floor with no address; "nee" after a count; "meneer" with a verb
    ["ik woon op de derde verdieping"],
    ["ik heb drie kinderen nee vier"],
    ["meneer zegt dat het goed gaat"],
    ["oke meneer dank u wel"],
    ["ik noteer even wat je zegt"],
    # the letters of a word, "nog een" of something
    ["de letters zijn vaag"],
    ["nog een kopje koffie"],
    # a place corrected on the next line
    ["ik ben naar de markt geweest", "nee de kerk"],
    ["ik zag hem in de stad", "nee in het dorp"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


# the alternative of two numbers with no data word: a count, it stays
def test_numbers_without_a_data_word_stay():
    from tests.privacy.rounds import RUNS

    for run in RUNS.values():
        assert run(["was het nou twintig of dertig euro"]) == ["was het nou twintig of dertig euro"]


# "nee van harte" after a name is no surname
def test_van_harte_stays():
    from tests.privacy.rounds import RUNS

    for run in RUNS.values():
        out = run(["ik noteer mevrouw jansen", "nee van harte"])
        assert out[1] == "nee van harte" and "jansen" not in out[0], out
