"""Round 37: all own examples, not taken from the holdouts. Ordinary talk that stays: a letter that names a part of a
place ("uitgang b van het station", "ingang c van het ziekenhuis"), which is no initial before a surname with "van
het". Secrets that go: a letter spelled with a word of the international alphabet that is also a Dutch word ("h van
hotel", "g van golf", "e van echo"), an initial said as "initiaal" with the surname and its particles after it, a
Chinese name said in its syllables after "heet" where a syllable is a Dutch word ("li na"), the country code of an
account number spelled with names and its check digits ("n van nico l van lodewijk zevenenveertig"), and a house
number range after a street ("acht tot en met tien").
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # 2. a letter spelled with an international alphabet word that is also a Dutch word
    (["mijn achternaam is de kok", "k van kilo o van oscar k van kilo"], "kilo oscar"),
    (["dat is h van hotel o van oscar e van echo k van kilo"], "hotel echo"),
    (["de letters zijn g van golf d van delta"], "golf delta"),
    (["ik spel het y van yankee i van india l van lima"], "yankee india"),
    (["achtendertig elf", "m van mike p van papa"], "mike papa"),
    # 3. "initiaal" before the initial and the surname with its particles
    (["dus initiaal p van der linden"], "p van der linden"),
    (["initiaal m de wit dat klopt"], "m de wit"),
    (["met initiaal r ter horst"], "ter horst"),
    # 4. a Chinese name said in its syllables after "heet"
    (["en haar moeder heet zhou li na"], "zhou li na"),
    (["mijn collega heet liu mei ja"], "liu mei"),
    (["de buurvrouw heet huang xiu ying"], "huang xiu ying"),
    # 5. the country code spelled with names and its check digits
    (["n van nico l van lodewijk eenentachtig", "r van rudolf a van anton b van bernhard o van otto"], "eenentachtig"),
    (["het begint met n van nico l van lodewijk drieënveertig"], "drieënveertig"),
    # 6. a house number range after the street
    (["wij wonen op de beatrixlaan zes tot en met acht"], "beatrixlaan acht"),
    (["het pand is emmastraat veertien tot zestien"], "emmastraat zestien"),
]

ORDINARY = [
    # 1. a letter that names a part of a place
    ["u moet bij uitgang b van het station staan"],
    ["ik sta nu bij ingang c van het ziekenhuis"],
    ["we zitten in zaal b van het stadion"],
    ["ze ligt op afdeling a van het verpleeghuis"],
    ["ik wacht bij de b van het busstation"],
    ["bij perron a van het station"],
    # near misses: alphabet words as ordinary words, times and counts with "tot", "na" and "mei" as words
    ["ik speel golf met mijn broer"],
    ["ze heeft een echo gehad in het ziekenhuis"],
    ["we slapen in een hotel vannacht"],
    ["ik werk van acht tot en met tien"],
    ["ik woon op de kerkstraat tot vorig jaar"],
    ["de winkel is open van negen tot vijf"],
    ["we gaan na de zomer weer naar school"],
    ["in mei ga ik na het werk sporten"],
    ["de initiaal is een s"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
