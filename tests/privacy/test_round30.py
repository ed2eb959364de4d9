"""Round 30: an Arabic surname written with its particle and a hyphen ("meneer al-khatib"), a Frisian or Groningen
surname after a given name no list knows, after "heet" ("heet dus aaltje wiersma"), a surname given alone as the answer
to "uw achternaam" and read back with the given name ("bakker" / "geert bakker dus"), all own examples, not taken from
the holdouts; and ordinary talk that stays: only the start every mobile number shares ("begint met nul zes maar de rest
weet je niet meer"), a short number to call and its correction ("bel dan honderdtwaalf" / "nee een een drie").
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # an Arabic surname with its particle and a hyphen
    (["dus meneer al-haddad"], "al-haddad al haddad"),
    (["ik noteer mevrouw el-idrissi"], "el-idrissi el idrissi"),
    (["dus meneer abu-salem", "en de voornaam is karim"], "abu-salem abu salem karim"),
    # a given name no list knows before a Frisian or Groningen surname, after "heet"
    (["mijn buurvrouw heet trijntje hiemstra"], "trijntje hiemstra"),
    (["hij heet dus eelco huizinga"], "eelco huizinga"),
    (["je tante heet dus jeltje bosma"], "jeltje bosma"),
    # a surname answered alone, read back with the given name
    (["en uw achternaam meneer", "visser", "geert visser dus"], "geert visser"),
    (["wat is uw achternaam", "smit", "ja geertje smit"], "geertje smit"),
]

ORDINARY = [
    # only the start every mobile number or a town's numbers share, nothing more follows
    ["je nummer begint met nul zes maar verder weet je het niet"],
    ["het begint met nul twintig meer weet ik niet"],
    ["zijn nummer begint met nul zes dat weet ik nog wel"],
    # a short number to call, and the line that corrects it
    ["bel dan honderdtwaalf"],
    ["je moet even honderdtwaalf bellen", "nee een een drie"],
    ["als het niet gaat bel je een een drie", "of nee een een twee"],
    # "heet" before ordinary words; a hyphened word that is no name
    ["dat heet extra"],
    ["het heet dus echt drama"],
    ["al-met-al viel het mee"],
    ["we keken de ben-hur film"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


# a number's start with the rest after it in the line or the next: the number goes
def test_start_with_the_rest_goes():
    from tests.privacy.rounds import rules_and_tagger

    out = rules_and_tagger(["het begint met nul zes en dan vierentachtig twaalf dertig negen"])
    assert "nul" not in out[0] and "vierentachtig" not in out[0], out
    out = rules_and_tagger(["mijn nummer begint met nul zes maar dan twaalf vierendertig"])
    assert "nul" not in out[0] and "vierendertig" not in out[0], out


# a surname that is a job word, answered alone, later said of the shop: that line stays
def test_job_word_surname_later_kept():
    from tests.privacy.rounds import RUNS

    for run in RUNS.values():
        out = run(["en uw achternaam", "bakker", "dus ik ga straks naar de bakker"])
        assert out[1] == "[naam]" and out[2] == "dus ik ga straks naar de bakker", out
