"""Round 31: spoken addresses of small towns and villages and the forms around them, all own examples, not taken from
the holdouts: a house number's addition said on its own after the address ("kerkstraat negen" / "en de toevoeging is
a", "met huisnummertoevoeging zwart"), a written house number with its floor after a hyphen ("Dorpsweg 12-III"), a
street of two words with an adjective ("aan de oude haven op nummer negen"), a street's name alone on its line before
its house number ("dus de molendijk ja" / "en dan een nul zes"), a house number dictated digit by digit and said whole
after ("en dan drie acht" / "dus achtendertig"), a postcode's digits on a line before its letters ("7311 zei je" / "en
dan pee tee"), an e-mail address with "aapje" for the sign, the last digits of a phone number after it ("... ja en
dan acht negen"), an IBAN's "nl" heard as "een l", a surname spelled letter by letter after it was asked for
(also the letter "er"), a mobile number in groups with "eh" between whose tail reads like a date; and ordinary talk
that stays: what an organisation is called ("de praktijk in zwolle heet dimence"), the date of a letter or an
appointment ("de brief van het cjib van drie maart"), the addition word in talk, a walk along an old harbour.
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # 1. a house number's addition said on its own after the address
    (["kerkstraat negen", "en de toevoeging is a"], "kerkstraat negen toevoeging is a"),
    (["beukenlaan zeventien", "met huisnummertoevoeging zwart"], "beukenlaan zeventien huisnummertoevoeging zwart"),
    (["het adres is schoolstraat acht", "toevoeging bis"], "schoolstraat acht toevoeging bis"),
    # 2. a written house number with its floor or letter after a hyphen
    (["dus Dorpsweg 12-III"], "Dorpsweg 12-III III"),
    (["ik woon op Havenkade 3-B"], "Havenkade 3-B B"),
    # 3. a street of two words, an adjective and a street's noun
    (["je woont aan de oude haven in lemmer op nummer negen"], "oude haven negen"),
    (["hij woont aan de lange dijk"], "lange dijk"),
    # 8. a street's name alone on its line, its house number on the next
    (["dus de molendijk ja", "en dan een nul zes"], "molendijk een nul zes"),
    # 9. a house number dictated digit by digit, said whole on the next line
    (["oke de beukenweg en dan drie acht", "dus achtendertig"], "beukenweg drie acht achtendertig"),
    # 4. a postcode's digits on a line of their own, its letters on the next
    (["7311 zei je", "en dan pee tee"], "7311 pee tee"),
    # 5. an e-mail address with "aapje" for the sign
    (["wim punt de haan aapje ziggo punt nl"], "wim de haan aapje ziggo"),
    # 6. a surname spelled letter by letter after it was asked for, and the word the letters make
    (["kunt u uw achternaam spellen", "ka o er te e", "korte dank u"], "ka o er te e korte"),
    (["hoe spel je dat", "be er o u we e er", "brouwer ja"], "be er o u we e brouwer"),
    # 7. a mobile number in groups with "eh" between, its tail like a date
    (["nul zes eh twaalf eh dertig eh elf eh vierentachtig"], "nul zes twaalf dertig elf vierentachtig"),
    # 10. the last digits of a phone number after it with "ja en dan"
    (["mijn nummer is nul zes twaalf vierendertig vijf zes ja en dan acht negen"], "acht negen"),
    # 11. an IBAN's "nl" heard as "een l" or "en el" before its check digits
    (["dus een l eenenveertig ing nul zeven vijf een twee zes negen acht vier vier"], "l eenenveertig ing"),
    (["dus en el eenenveertig ing nul zeven vijf een twee zes negen acht vier vier"], "el eenenveertig ing"),
]

ORDINARY = [
    # what an organisation or place is called
    ["de praktijk in zwolle heet dimence"],
    ["die ggz hier heet gewoon lentis"],
    ["het buurthuis heet de kern"],
    # the date of a letter, a bill or an appointment
    ["je hebt de brief van het cjib van drie maart"],
    ["de rekening van de energie van twaalf januari ligt nog op tafel"],
    ["de afspraak bij de huisarts is op negen april"],
    # the addition word in talk; a walk along an old harbour; a dyke and then a time
    ["er komt een toevoeging bij het contract"],
    ["de toevoeging is een probleem voor ze"],
    ["we liepen langs de oude haven"],
    ["dat was op de zeedijk", "twee uur geleden"],
    ["we liepen over de zeedijk ja", "drie kilometer"],
    # a spelling asked for and answered with words; a pet's name
    ["kunt u dat spellen", "ja hoor"],
    ["mijn dochter heeft een aapje als knuffel"],
    # a number's digits and then something else to do; a letter shape
    ["je moet daarna twee keer drukken"],
    ["ik heb een l vormige bank"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


# the psychiatrist of an organisation is called so: the name goes
def test_person_of_the_organisation_goes():
    from tests.privacy.rounds import RUNS

    for run in RUNS.values():
        out = run(["de psychiater van de ggz heet pietersen"])
        assert "pietersen" not in out[0], out


# a birthday stays a birthday after the letter words
def test_birthday_still_goes():
    from tests.privacy.rounds import rules_and_tagger

    out = rules_and_tagger(["ik ben geboren op veertien februari"])
    assert "veertien" not in out[0], out


# a phone number and then what to do after it: the number goes, "twee keer drukken" stays
def test_after_the_number_what_to_do_stays():
    from tests.privacy.rounds import RUNS

    for run in RUNS.values():
        out = run(["bel nul zes twaalf vierendertig vijf zes acht negen en dan twee keer drukken"])
        assert out[0].endswith("en dan twee keer drukken") and "vierendertig" not in out[0], out
