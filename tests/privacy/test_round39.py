"""Round 39: all own examples, not taken from the holdouts. Secrets that go: a first name that is also a word before
a surname on no list ("roos kowalski", "jonas schneider"); a name given where the verb is said once and left out after
"en" ("zhang is je achternaam en wei je voornaam"); a digit said twice inside a number that goes on from the line
before ("twee keer zeventig"); a house number said digit by digit with a hesitation between after the house-number cue
or the street ("mijn huisnummer is een eh acht"). Ordinary talk that stays: one capital letter ending a sentence and an
ordinary word starting the next ("plan B. Daarna"), and a word after a title that is no surname, before "is"/"was"
("mevrouw es is er niet").
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # 1. a first name that is also a word, then a surname on no list
    (["dus u zei roos kowalski uit warschau"], "roos kowalski"),
    (["ik bedoel mark oyelaran van hiernaast"], "mark oyelaran"),
    (["het was bas szymanski die belde"], "bas szymanski"),
    # 2. a name in a sentence whose verb is left out after "en"
    (["dus li is je achternaam en ming je voornaam"], "li ming"),
    (["de wit is mijn achternaam en roos mijn voornaam"], "wit roos"),
    (["je achternaam is nguyen en an je roepnaam"], "nguyen an"),
    # 3. a digit said twice inside a number that goes on from the line before
    (["nul zes achtendertig", "achtendertig", "ja twee keer achtendertig en dan twaalf vierenvijftig"],
     "achtendertig twaalf vierenvijftig"),
    # 4. a house number digit by digit with a hesitation between
    (["mijn huisnummer is twee eh zes"], "twee zes"),
    (["ik woon op nummer drie eh vier"], "drie vier"),
    (["het is de lindelaan vijf eh twee"], "lindelaan vijf twee"),
    # near misses of 5 and 6 that are names: a surname that is also a word, one initial before a surname
    (["meneer schaap is er niet"], "schaap"),
    (["mevrouw haan was er gisteren"], "haan"),
    (["de brief is van J. Kaas"], "j kaas"),
]

ORDINARY = [
    # 5. one capital letter ends a sentence, an ordinary word starts the next
    ["we hebben nog een plan B. Daarna zien we wel"],
    ["ik neem vitamine C. Dan voel ik me beter"],
    ["dat was blok A. Toen gingen we naar huis"],
    # 6. a word after a title that is no surname, then "is" or "was"
    ["mevrouw es is er niet meer"],
    ["meneer nou was het zo dat ik belde"],
    # near misses: the verb left out after "en" with no name; digits with a hesitation that are no house number
    ["wat is je achternaam en ook je voornaam"],
    ["dat is je achternaam en dan je voornaam"],
    ["ik heb eh twee eh drie uur geslapen"],
    ["we reden over de snelweg een eh twee uur"],
    ["ik heb twee keer gebeld en daarna nog drie keer"],
    ["ik ben vier eh vijf keer wakker geworden"],
    ["de roos bloeit en de mark is weg"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
