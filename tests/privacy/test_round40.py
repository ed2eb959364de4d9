"""Round 40: all own examples, not taken from the holdouts. Ordinary talk that stays: a place at work with a number of
its own ("bij dock nummer twaalf", "in loods drie", "bij laadperron zes") and an employer named with its letters first
("ik werk bij dsm chemicals", "hij werkt voor nxp semiconductors"). Secrets that go: a street whose name starts with an
ordinal and carries a person's name ("op de tweede jan steenstraat acht"), and a Vietnamese name with the family name
Le ("mijn moeder heet le thi hoa").
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # 3. a street with an ordinal and a person's name
    (["ik woon op de tweede jan steenstraat acht"], "tweede jan steenstraat acht"),
    (["het adres is de derde pieter de hoochstraat veertien"], "derde pieter hoochstraat veertien"),
    (["we wonen in de eerste willem de zwijgerlaan twaalf"], "eerste willem zwijgerlaan twaalf"),
    # 4. a Vietnamese name with the family name Le
    (["mijn moeder heet le thi hoa"], "le thi hoa"),
    (["en mijn broer is le van minh"], "le minh"),
    (["dus het is le quoc bao"], "le quoc bao"),
    # near misses of 1 and 2 that are secrets: a person one works for, a street after a work word
    (["ik werk voor jan de vries"], "jan vries"),
    (["ik werk voor meneer bakker"], "bakker"),
    (["ik woon in de kerkstraat twaalf"], "kerkstraat twaalf"),
]

ORDINARY = [
    # 1. a place at work with a number of its own
    ["ik sta vannacht bij dock nummer acht"],
    ["we laden bij laadperron nummer zes"],
    ["hij staat in loods drie bij poort nummer vier"],
    ["ik sta bij dock twaalf"],
    ["de vrachtwagen staat aan steiger negen"],
    # 2. an employer named with its letters first
    ["ik werk bij dsm chemicals in geleen"],
    ["hij werkt voor nxp semiconductors"],
    ["ze werkte bij klm cargo op schiphol"],
    # near misses: an ordinal that is no street, Le as an article
    ["het is de eerste keer dat ik bel"],
    ["op de tweede dag ging het beter"],
    ["ze zegt le van gogh museum"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
