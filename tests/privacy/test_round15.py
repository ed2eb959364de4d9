"""Round 15: general spoken forms of addresses (own examples, not taken from the holdouts) and near misses that stay.

A named street said bare, as an answer, ends its sentence: "het is de Beukenlaan", "woon je nog aan de
Lindelaan of niet", "bij haar zus in de Molenstraat om de hoek", "Burgemeester Visserstraat" on a line of
its own, a road named for the town it leads to ("dat was de Zwolseweg hè", "de Utrechtsestraatweg").
The house number with its cue and such a street a few small words apart, also over lines ("huisnummer
twaalf en dat is de Beukenlaan", "nummer negen" / "aan de Lindelaan"), and a house number on a line of its
own after a street said without one ("de Beukenlaan" / "en welk nummer was dat" / "zevenenzestig").
Names: the answer to a name noun with fillers between ("en uw achternaam" / "ehm Kloosterboer"), a word that is
no ordinary word followed by what is said of a name ("Tjitske, dat is een Friese naam", "Oosterwijk, kunt u dat
spellen").
Dates of birth: the date before "is hij geboren" ("negen juni is hij geboren", "tweede pinksterdag negentien
negentig werd ze geboren"); a line the window redacted is read with the next ("geboren in ..." / "op de derde" /
"van april").
A number's end dictated digit by digit with no phone word ("dat het eindigt op drie nul acht vijf"); a family's
surname with its tussenvoegsel ("bij de familie de Wolf", not "de familie van mijn man").
Another form of a name taken, said with "of" or "dat is" ("en u bent Lien" / "of Caroline zegt u liever").
Ordinary: a street in a story ("ik heb in de Beukenlaan een fiets gekocht", "we fietsten door de
Molenstraat", "hij is op de Lindelaan geweest"), a generic road ("een zijstraat verderop"), an answer to
another question between ("hoe oud is hij" / "negentien"), a numbered thing ("kamer nummer zes"); no name
after a name noun ("en je achternaam" / "eh dat weet ik niet meer"), an interjection before a remark on a name
("pfoe, dat is een lange naam").
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, round_tests

SECRET_CASES = [
    # a named street said bare, ending its sentence
    (["het is de beukenlaan"], "beukenlaan"),
    (["woon je nog aan de lindelaan of niet"], "lindelaan"),
    (["ze slaapt bij haar zus in de molenstraat om de hoek"], "molenstraat"),
    (["burgemeester visserstraat"], "burgemeester visserstraat"),
    (["dat was de zwolseweg hè"], "zwolseweg"),
    (["ergens op de utrechtsestraatweg bij de bakker"], "utrechtsestraatweg"),
    (["zwolseweg"], "zwolseweg"),
    (["en dan de pieter de hooghstraat"], "pieter hooghstraat"),
    # the house number with its cue a few small words from the street, in a line or over lines
    (["huisnummer twaalf en dat is de beukenlaan"], "twaalf beukenlaan"),
    (["huis nummer negen en het is de lindelaan"], "huis negen lindelaan"),
    (["nummer zevenenzestig", "eh dat was de molenstraat"], "zevenenzestig molenstraat"),
    (["de beukenlaan", "moment", "nummer eenendertig"], "beukenlaan eenendertig"),
    # a house number on a line of its own after a street said without one
    (["de beukenlaan", "en welk nummer was dat", "zevenenzestig"], "beukenlaan zevenenzestig"),
    (["aan de lindelaan", "ja", "veertien a"], "lindelaan veertien"),
    (["burgemeester visserstraat", "ja ik heb het", "negen nee negentien"], "visserstraat negen negentien"),
    # names: the answer to a name noun with fillers between, a word followed by what is said of a name
    (["en uw achternaam", "ehm kloosterboer"], "kloosterboer"),
    (["de voornaam, eh, sjoukje"], "sjoukje"),
    (["ja tjitske dat is een friese naam"], "tjitske"),
    (["oosterwijk", "dat is lang, kunt u dat spellen"], "oosterwijk"),
    (["nijenhuis, hoe spel je dat"], "nijenhuis"),
    # dates of birth: the date before "is hij geboren", a day by its name with its year; a date over three lines
    (["negen juni is hij geboren"], "negen juni"),
    (["tweede pinksterdag negentien negentig werd ze geboren"], "tweede pinksterdag negentien negentig"),
    (["ze is geboren in tweeduizend elf", "op de derde", "van april"], "tweeduizend elf derde april"),
    # a number's end dictated digit by digit, no phone word; a family's surname with its tussenvoegsel
    (["van zijn zus weet ik alleen dat het eindigt op drie nul acht vijf"], "drie nul acht vijf"),
    (["we slapen vannacht bij de familie de wolf"], "wolf"),
    (["de familie ter beek heeft gebeld"], "ter beek"),
    # another form of a name taken, said with "of" or "dat is"
    (["en u bent lien", "of caroline zegt u liever"], "lien caroline"),
    (["ik noem je sanne of suzanne"], "suzanne"),
]

ORDINARY = [
    # a street in a story, or passed through
    ["ik heb in de Beukenlaan een fiets gekocht"],
    ["we fietsten door de Molenstraat"],
    ["hij is op de Lindelaan geweest"],
    ["langs de Beukenlaan staan mooie bomen"],
    ["ik woon in de Dorpsstraat"],
    # a generic road
    ["een zijstraat verderop is een nachtwinkel"],
    ["je liep over de zandweg naar huis"],
    # a numbered thing, not a house
    ["bus nummer twaalf naar de Lindelaan"],
    # names: no name after the noun and its fillers, a remark on a name, an interjection
    ["en je achternaam", "eh dat weet ik niet meer"],
    ["de voornaam eh goed"],
    ["dat is een mooie naam"],
    ["pfoe dat is een lange naam"],
    ["gezellig dat is een goed idee"],
    # dates: no date before "geboren"
    ["hoe laat is hij geboren"],
    ["in dat huis is hij geboren"],
    ["twee weken geleden is hij geboren"],
    ["drie kinderen zijn er geboren"],
    # no number's end: a score, an amount, a time; no family name: whose family, a whole day
    ["de wedstrijd eindigde op twee twee"],
    ["het bedrag eindigt op vier vijf nul nul euro"],
    ["de film eindigt om tien uur"],
    ["de familie van mijn man komt ook"],
    ["de familie van de bruid was er ook"],
    ["mijn familie de hele dag over de vloer"],
    # an ordinary word said with "of" after a name stays
    ["is het goed of niet"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
def test_bare_street_takes_only_its_words(run):
    assert run(["het is de beukenlaan hè"]) == ["het is de [adres] hè"]
    assert run(["huisnummer twaalf en dat is de beukenlaan"])[0].endswith("[adres] en dat is de [adres]")


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
@pytest.mark.parametrize("lines", [
    ["ze woont in de Beukenlaan", "hoe oud is ze nu", "negentien"],  # another question answered between
    ["hij woont aan de Lindelaan", "hoeveel kinderen heeft hij", "drie"],
])
def test_other_answer_after_a_street_stays(run, lines):
    out = run(lines)
    assert out[0].endswith("[adres]") and out[1:] == lines[1:]


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
def test_numbered_thing_is_no_house(run):
    assert run(["kamer nummer zes in de Beukenlaan"]) == ["kamer nummer zes in de [adres]"]


# -- speed (round 15): the tagger's feature indexes and the shared tokens give the same results ------------------
_TEXTS = [
    "mijn postcode is twaalf vierendertig a b en ik woon op nummer zeven",
    "je kunt me bellen op nul zes twaalf vierendertig vijfenzestig achtenzeventig",
    "[naam] woont op de [adres] sinds tweeduizend vijftien, geboren op 3 mei 1980",
    "ik spel het k o e n at ziggo punt n l", "een twee drie", "ja", "", "goedenavond met de nachtlijn",
    "het rekeningnummer is nl91 abna 0417 1643 00 van mevrouw de vries",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_feature_indexes_are_the_features(text):
    from voice_companion.privacy import tagger as tg

    t = tg.load_tagger()
    if t is None:
        pytest.skip("no tagger model")
    words = text.split()
    want = [[k for k in map(t.index.get, fs) if k is not None] for fs in tg.features(words, t.vocab_words)]
    assert t.feature_indexes(words) == want
    assert t.feature_indexes(words) == want  # and again, from what it looked up once


def test_tokens_are_shared_but_never_changed():
    from voice_companion.privacy.spoken import number_tokens, tokens

    text = "om 12.30 uur belde nul zes"
    before = [(t.start, t.end, t.raw, t.low) for t in tokens(text)]
    masked = number_tokens(text)  # masks the clock time in its own tokens
    assert any(t.low == "\u00a7" for t in masked)
    assert [(t.start, t.end, t.raw, t.low) for t in tokens(text)] == before
    a = tokens(text)
    a.pop()
    assert len(tokens(text)) == len(before)


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
def test_pieces_that_make_a_phone_number(run):
    # numbers the rules could not tell the kind of, that together are a phone number, are one
    out = run(["nul zeven, dat is negentien, drieëntwintig, vijfenveertig, zevenenzestig"])
    assert out == ["[telefoonnummer], dat is [telefoonnummer]"]
