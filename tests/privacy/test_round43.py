"""Round 43: all own examples, not taken from the holdouts. Care talk that stays: a hospital or clinic said with the
neuter article after a preposition ("ze ligt in het antonius", "de afspraak is in het amphia in breda", "naar het
catharina ziekenhuis"), a hospital's own word after it ("het maxima mc"), insurers and care organisations by their
brand names ("ik heb ohra en mijn man fbto", "vgz of cz"), a medicine before its dose ("olanzapine vijf milligram",
"temazepam tien mg"), a man or woman named by the job or the service they are from ("een meneer van de gemeente", "de
mevrouw van het wijkteam"), an organisation named after a person going on over "in den <town>". Secrets that go: an
initial (a letter or its name, with or without "punt") before a surname with its particles ("ef punt de jong", "tee
de boer"), a full name one calls for ("ik bel namens kwame mensah"), a floor after a house number said again ("boven op
acht hoog").
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # 1. an initial before a surname with its particles
    (["op het pasje staat ef punt de jong"], "ef de jong"),
    (["dus pee de wit belde gisteren"], "pee wit"),
    (["tee de boer uit zwolle is uw oom"], "tee boer"),
    (["het is jee punt van der linden"], "jee linden"),
    (["ik noteer even", "bee de jager klopt dat"], "bee jager"),
    (["het is k punt rossi"], "k rossi"),
    (["r punt jansen uit tiel"], "r jansen"),
    # 2. a full name one calls for
    (["belt u voor mihaela dumitru"], "mihaela dumitru"),
    (["ik bel namens kwame mensah uit almere"], "kwame mensah"),
    (["ik bel voor dragos ionescu"], "dragos ionescu"),
    (["u belt voor oana tudorache uit tiel"], "oana tudorache"),
    # 3. a floor after a house number said again
    (["molenweg acht huis", "en mijn moeder woont boven op acht hoog"], "acht hoog"),
    (["de lindelaan zeventien", "ja op zeventien hoog achter"], "zeventien hoog achter"),
    # near misses of the care forms: a person's name after a title stays a secret
    (["mevrouw van de berg belde"], "berg"),
    (["de meneer van den broek belde"], "broek"),
]

ORDINARY = [
    # 1. a hospital or clinic with the neuter article, or its own word after it
    ["ze ligt in het antonius in nieuwegein"],
    ["de afspraak is in het amphia in breda"],
    ["de opname was in het wilhelmina in assen"],
    ["mijn moeder ligt in het sint franciscus"],
    ["naar het catharina ziekenhuis"],
    ["ze ligt in het maxima mc"],
    ["hij is overgeplaatst naar het reinier haga"],
    ["de poli van het radboud in nijmegen"],
    ["je ligt op de afdeling in het albert schweitzer"],
    # 2. insurers and care organisations by their names
    ["ik heb ohra en mijn man fbto"],
    ["vgz of cz dat maakt niet uit"],
    ["ik ben overgestapt van zilveren kruis naar menzis"],
    ["de verzekeraar is dsw"],
    ["parnassia of arkin"],
    ["mijn behandelaar bij rivierduinen"],
    # 3. a medicine before its dose
    ["olanzapine vijf milligram"],
    ["haloperidol twee milligram"],
    ["temazepam tien mg voor het slapen"],
    ["en dan nog citalopram twintig milligram"],
    ["ik slik lithium vierhonderd milligram per dag"],
    # 4. a man or woman named by the job or the service
    ["de mevrouw van de thuiszorg kwam"],
    ["een meneer van de gemeente belde"],
    ["die mevrouw van de apotheek"],
    ["de meneer van de receptie"],
    ["een meneer van de woningstichting"],
    ["de mevrouw van het wijkteam"],
    # 5. an organisation named after a person, then where
    ["ze werkt bij albert heijn in den haag"],
    ["een bed bij reinier van arkel in den bosch"],
    # near misses of the secrets
    ["geef em de paracetamol"],
    ["toen kwam er de boer langs"],
    ["ik zie de boer morgen"],
    ["ik bel voor mijn moeder"],
    ["we bellen voor de huur"],
    ["ik bel namens de thuiszorg"],
    ["ik bel voor informatie over quetiapine"],
    ["mijn buurman woont op drie hoog"],
    ["de huur is hoog"],
    ["het is op twee hoog"],
    ["versie twee punt nul"],
    ["ik zei u punt"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
