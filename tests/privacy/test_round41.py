"""Round 41: all own examples, not taken from the holdouts. Secrets that go: a house number said split with "en" after a
street and a hesitation ("ik woon aan de lindelaan eh een en twintig"), and a short southern first name that is also an
everyday word or that no list knows, before a surname and "uit <town>" ("dat was toon lemmens uit venray", "ik sprak
sjef van de ven uit oss"). Ordinary talk that stays: an age or a count said the same way ("ik ben een en dertig jaar",
"ik woon er een en dertig jaar"), and everyday words before a town ("mooi weer uit kerkrade", "de toon uit venlo").
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # 1. a house number said split with "en" after a street and a hesitation
    (["ik woon aan de lindelaan eh een en twintig"], "lindelaan een twintig"),
    (["mijn adres is molenweg eh een en veertig"], "molenweg een veertig"),
    (["het is de stationsweg eh een en vijftig a"], "stationsweg een vijftig"),
    (["we wonen in de beukenlaan eh eh een en zestig"], "beukenlaan een zestig"),
    (["schoolstraat uh een en zeventig"], "schoolstraat een zeventig"),
    # 2. a short southern first name before a surname and "uit <town>"
    (["dat was toon lemmens uit venray"], "toon lemmens"),
    (["ik sprak wiel huijts uit sittard"], "wiel huijts"),
    (["mijn buurman is har driessen uit weert"], "har driessen"),
    (["ik ken sjef van de ven uit oss"], "sjef ven"),
    (["en dan driek van der heijden uit boxtel"], "driek heijden"),
]

ORDINARY = [
    # near misses of 1: an age, a time lived somewhere, a count
    ["ik ben een en dertig jaar"],
    ["ik woon er een en dertig jaar"],
    ["ik woon er al een en twintig jaar en het bevalt goed"],
    ["in de kalverstraat een en ander gekocht"],
    ["ik heb in de dorpsstraat eh een en twintig jaar gewoond"],
    # near misses of 2: everyday words before a town
    ["mooi weer uit kerkrade vandaag"],
    ["de toon uit venlo klonk raar"],
    ["hij kwam net terug uit kerkrade"],
    ["ik reed door roermond uit venlo"],
    ["we hebben toon en muziek uit heerlen"],
    ["de lei uit kerkrade"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
