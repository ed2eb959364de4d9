"""Round 38: all own examples, not taken from the holdouts. Ordinary talk that stays: the day's own date said with
its weekday or with "vandaag"/"morgen" ("het is dinsdag de derde maart", "morgen is het de eerste april"), which is
no date of birth. Secrets that go: initials before a surname written with dots ("meneer K.L. van den Berg",
"mevrouw B.C. [naam]") or said with the letters' names after a title ("meneer ka el de jong"), a house number said
digit by digit with a hesitation between and then whole on the next line ("zes eh twee" / "dus tweeënzestig"), and a
postcode's letters on the line after its four digits when the digits were taken as some other number ("vier drie
een twee" / "en dan er es").
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # 2. written initials with dots before the surname, with or without particles
    (["ik heb gesproken met meneer K.L. van den Berg"], "k l van den berg"),
    (["de brief is van mevrouw B.C. Vermeulen-Dekker"], "b c vermeulen dekker"),
    (["het staat op naam van T.W. de Haan"], "t w haan"),
    (["mevrouw S. ter Beek belde gisteren"], "s ter beek"),
    # 2. initials said with the letters' names after a title
    (["dus u bent meneer ka el de jong"], "ka el jong"),
    (["ik ben mevrouw tee es van dam"], "tee es van dam"),
    (["spreek ik met de heer dee ef bakker"], "dee ef bakker"),
    # 3. a house number said digit by digit with a hesitation, then whole
    (["ik woon aan de kerkweg zes eh twee", "dus tweeënzestig"], "kerkweg tweeenzestig"),
    (["mijn huisnummer is twee eh vier", "ja vierentwintig"], "vierentwintig"),
    # 4. a postcode's letters after its four digits read as another number
    (["mijn postcode is", "vier drie een twee", "en dan er es"], "er es"),
    (["wacht ik pak de brief", "zevenendertig vijftien", "en dan te ka"], "te ka"),
]

ORDINARY = [
    # 1. the day's own date with its weekday or "vandaag"/"morgen"
    ["weet u welke dag het is", "het is dinsdag de derde maart"],
    ["morgen is het woensdag de eerste april"],
    ["het is vandaag de twaalfde juni"],
    ["ik moet vrijdag de zeventiende naar de tandarts"],
    ["gisteren de negende was het heel druk"],
    ["op zaterdag de achtste mei gaan we naar oma"],
    # near misses: initials that are no names, letter names that are words, digits that are no postcode
    ["bel de huisarts a.u.b. morgen"],
    ["meneer er is iets mis met mijn deur"],
    ["ik heb vitamine D. De dokter zei dat"],
    ["het is van vier tot vijf uur o.a. op dinsdag"],
    ["ik werk drie dagen per week", "en dan er nog de zaterdag bij"],
    ["het waren er vier drie een twee", "en dan er es nog een"],
    ["ik heb eh zes eh acht uur gewerkt", "dus acht uur"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
