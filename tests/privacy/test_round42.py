"""Round 42: all own examples, not taken from the holdouts. Secrets that go: a child's, partner's or sibling's first
name that no Dutch list knows, after a family word once a name went ("meneer jansen uw dochter is nkechi toch", "en uw
zoon is tiberiu" after "mevrouw de graaf"), before a verb ("haar dochter svitlana woont daar"), after "<vader/moeder>
van" ("als moeder van olumide"), written down ("ik heb hier ook nkechi staan") or at the start of a line before "en
haar zoon"; "fam" before a surname; a Chinese name's syllables before "en uw ..."; an e-mail address dictated over
lines ("at gemeente" / "eh punt en el") and its spelled local part said back ("ssee dus"). Ordinary talk that stays:
a word, an age or a count after the family word ("mijn zoon is boos", "je broertje is zes", "uw man is dement",
"vader van twee", "de vader van de buurjongen").
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # 1. a first name no list knows after "<poss> <kin> is/heet", a name having gone before
    (["oke mevrouw de graaf ik noteer even", "en uw zoon is tiberiu"], "tiberiu"),
    (["meneer jansen uw dochter is nkechi toch"], "nkechi"),
    (["je heet kevin bakker en je broertje is olumide"], "olumide"),
    (["mijn zoontje heet tiberiu"], "tiberiu"),
    (["ik heb mevrouw de wit genoteerd", "en haar zusje is thandiwe"], "thandiwe"),
    # ... before a verb, after "<vader/moeder> van", written down
    (["haar dochter svitlana woont daar"], "svitlana"),
    (["ik heb hier piet de vries als vader van thandiwe staan"], "thandiwe"),
    (["ik heb hier piet de vries als moeder van roos staan"], "roos"),
    (["meneer de boer ik heb hier ook nkechi staan is dat uw vrouw"], "nkechi"),
    # 2. a name no list knows at the start of a line, before "en <poss> <kin>"
    (["svitlana en haar zoon dariusz kowalczyk wonen bij jou in"], "svitlana dariusz kowalczyk"),
    (["oke tiberiu en zijn dochter komen morgen"], "tiberiu"),
    # 3. "fam" before a surname
    (["dus je mail eindigt op at ziggo punt en el", "en ervoor staat fam jansen"], "fam jansen"),
    # 4. Chinese syllables before "en uw ..."
    (["uw naam is wang li na en uw zoon heet wang hao"], "wang li na hao"),
    # 5. an e-mail address dictated over lines, its spelled local part said back
    (["en je werkmail", "j punt de vries", "at gemeente", "eh punt en el"], "gemeente el"),
    (["en je mailadres", "k punt de wit", "at ziggo", "punt nl"], "ziggo nl"),
    (["je mail is dubbel es dubbel ee apenstaartje hotmail punt com", "ssee dus"], "ssee"),
]

ORDINARY = [
    # near misses of 1: a word, an age or a count after the family word
    ["mijn zoon is boos"],
    ["en uw zoon is ziek"],
    ["en je broertje is zes"],
    ["uw dochter is twaalf toch"],
    ["uw man is dement en gaat naar een verpleeghuis"],
    ["uw vrouw is dement toch"],
    ["ik noteer even", "en uw zoon is autistisch"],
    ["mijn zoon is vandaag jarig"],
    ["haar zoon woont bij zijn vader"],
    ["de vader van de buurjongen is boos"],
    ["ik ben vader van twee"],
    ["ik ben moeder van drie kinderen"],
    ["de vader van mijn vriendin"],
    ["ik heb hier ook koffie staan"],
    # near misses of 3 and 5
    ["mijn fam is ver weg"],
    ["we kijken even", "at gemeente", "ja"],
    ["ik ga naar de markt", "punt en el"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
