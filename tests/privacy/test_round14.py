"""Round 14: general spoken forms (own examples, not taken from the holdouts) and near misses that stay.

Names: a name asked after by how it is said or spelled ("hoe spelt u dat: Oudshoorn"); a name that is no
ordinary word before the service someone works for ("ik verbind je door met Tjokrosaputro van de
wijkzorg"); the other half of a double surname written with a hyphen ("[naam]-Oosterhuis", also a surname
that is an ordinary word: "Bakker-[naam]").
A name checked by its spelling ("nee Ramdien met ie", "Kuijpers met ij"); a street head in its small form
before "van" and a house number ("het Hofje van Wouters nummer drie", "de Steeg van de Smid zeven").
Ordinary: where someone is after a first name is no surname ("Lotte op de bank", "Sanne in de keuken";
"op den Akker" and "in 't Veld" stay surnames); a courtesy said to someone addressed by a title is no name
("goedenavond mevrouw fijn dat u er bent", "meneer goed dat u belt"); a place or firm named after a person
("het Jeroen Bosch ziekenhuis" like "het Antoni van Leeuwenhoek ziekenhuis", "de Albert Heijn"; not
yet "de Dirk van den Broek": the tagger takes "dirk"); counting up to a number said first ("tel tot acht" / "een twee drie ... acht"); a title before the
service someone works for ("de mevrouw van de stichting"); "heef" ("heeft" said short) after a kin word.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, round_tests
from voice_companion.privacy.spoken import redact_double_surname

SECRET_CASES = [
    # a name asked after by how it is said or spelled
    (["hoe spelt u dat oudshoorn"], "oudshoorn"),
    (["mevrouw eh hoe zegt u het", "hoe zeg je het kwakernaak"], "kwakernaak"),
    (["hoe schrijf je dat wijnbergen"], "wijnbergen"),
    # a name that is no ordinary word before the service someone works for
    (["ik verbind je door met tjokrosaputro van de wijkzorg"], "tjokrosaputro"),
    (["morgen belt nuijten van de thuiszorg je terug"], "nuijten"),
    # the other half of a double surname with a hyphen
    (["mijn naam is Marloes Kuiper-Oosterhuis"], "marloes kuiper oosterhuis"),
    (["ik heet Gert Bakker-Zwart"], "gert bakker zwart"),
    # where someone is does not stop a real surname with its tussenvoegsel
    (["dit is hendrik op den akker"], "hendrik op den akker"),
    (["mijn naam is lotte in de betou"], "lotte betou"),
    # a name checked by how it is spelled
    (["nee ramdien met ie"], "ramdien"),
    (["het is kuijpers met ij"], "kuijpers"),
    (["ja wouterse met dubbel s"], "wouterse"),
    # a street head in its small form with "van" and a house number
    (["ik woon in het hofje van wouters nummer drie"], "hofje wouters drie"),
    (["de steeg van de smid zeven"], "steeg smid zeven"),
]

ORDINARY = [
    # a courtesy to someone addressed by a title
    ["goedenavond mevrouw fijn dat u er bent"],
    ["meneer goed dat u belt"],
    ["dag meneer leuk dat je er bent"],
    # places and firms named after a person
    ["hij ligt in het antoni van leeuwenhoek ziekenhuis"],
    ["ze werkt in het jeroen bosch ziekenhuis"],
    ["de albert heijn is tot tien uur open"],
    # counting up to a number said first
    ["tel maar tot acht", "een twee drie vier", "vijf zes zeven acht"],
    ["ik tel tot zes een twee drie vier vijf zes"],
    # a split word before a service is no name
    ["ik kreeg een aan maning van de zorg verzekeraar"],
    ["de huisarts van de huisartsenpost zei dat"],
    # spelling of ordinary words, a small street head with no house number
    ["koffie met ijs graag"],
    ["een kat met een k"],
    ["het hofje van mijn oma is mooi"],
    ["de baan van de atletiekclub is vierhonderd meter"],
    # a service after a title, a colloquial verb form after a kin word
    ["de mevrouw van de thuiszorgstichting belde", "de stichting zegt dat het goed is"],
    ["je dochter heef koorts en je bent ongerust"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
@pytest.mark.parametrize("lines, out", [
    # where someone is, after a first name: the name goes, the place stays
    (["lotte op de bank", "sanne in de keuken"], ["[naam] op de bank", "[naam] in de keuken"]),
    (["ik zag femke in de tuin en toen ging ze weg"], ["ik zag [naam] in de tuin en toen ging ze weg"]),
    (["femke in de tuin"], ["[naam] in de tuin"]),
])
def test_where_someone_is_stays(run, lines, out):
    assert run(lines) == out


@pytest.mark.parametrize("text, out", [
    ("[naam]-Oosterhuis", "[naam]"),
    ("Kok-[naam] zei het", "[naam] zei het"),
    ("[naam]-achtig gedoe", "[naam]-achtig gedoe"),  # a suffix, no surname
    ("dat is het - [naam]", "dat is het - [naam]"),  # a stop word, no surname
    ("geen placeholder-hier", "geen placeholder-hier"),
])
def test_double_surname(text, out):
    assert redact_double_surname(text) == out


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
def test_a_number_said_with_a_cue_is_no_counting(run):
    out = run(["mijn nummer is zes een twee drie vier vijf"])
    assert "vijf" not in out[0] and "twee" not in out[0]
