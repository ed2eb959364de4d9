"""Round 7: forms of addresses and postcodes as Dutch speakers dictate them in general (letters
spelled "k als karel", a crossing, the place after the address, a street with no suffix before its
number, a floor or door after it), each with made-up examples (none taken from the case files), and
ordinary talk that must stay as it is said.
"""

from __future__ import annotations

import pytest

from voice_companion.privacy.redact import Redactor
from voice_companion.privacy.spoken import fold


def _run(lines: list[str], tagger: bool) -> list[str]:
    return Redactor(tagger=True if tagger else None, window=True).redact_lines(lines)


def _left(out: list[str]) -> set[str]:
    return {fold(w) for w in " ".join(out).lower().replace(",", " ").split()}


SECRET = [
    # postcode letters spelled with a word
    (["twaalf vierendertig g als gerard k als karel"], {"twaalf", "vierendertig", "gerard", "karel", "als"}),
    (["vier een zes twee d als dirk eh r als rudolf"], {"vier", "zes", "dirk", "rudolf", "als"}),
    (["de postcode is zeventig tien", "p als pieter a"], {"pieter", "als"}),
    (["drieëntachtig nul vijf w van willem s van simon"], {"drieentachtig", "willem", "simon"}),
    (["negentien negentig", "h als hendrik", "j als johan"], {"hendrik", "johan", "als"}),
    (["zesenveertig elf m als maria z"], {"zesenveertig", "elf", "maria", "als"}),
    # a crossing of two streets
    (["ik sta op de hoek van de Beatrixlaan en de Molenweg"], {"beatrixlaan", "molenweg", "hoek"}),
    (["hij woont op de hoek van de Tulpstraat en het Spoorpad"], {"tulpstraat", "spoorpad"}),
    # the place after or before the address
    (["ze woont aan de Lindelaan zestien in Oosterwolde"], {"lindelaan", "zestien", "oosterwolde"}),
    (["het is Kerkstraat negen te Nieuw Vennep"], {"kerkstraat", "negen", "vennep"}),
    (["de Esdoornlaan twaalf", "in Hollandscheveld"], {"esdoornlaan", "hollandscheveld"}),
    # a street with no suffix before its number
    (["hij woont op Zonnedauw nummer achttien"], {"zonnedauw", "achttien"}),
    (["ze zit bij de Kromhout eh negentien"], {"kromhout", "negentien"}),
    (["het adres is Tolakker nummer vier"], {"tolakker", "vier"}),
    # diminutive and water streets
    (["aan het Kerkesteegje nummer drie"], {"kerkesteegje", "drie"}),
    (["we zitten op de Zuidervaart tweeënveertig"], {"zuidervaart", "tweeenveertig"}),
    # floors, rooms and doors after the address, street prefixes
    (["Rozenstraat elf derde verdieping"], {"rozenstraat", "elf", "derde", "verdieping"}),
    (["flat aan het Marktplein negen deur zevenentwintig"], {"marktplein", "zevenentwintig"}),
    (["dus verlengde Stationsweg honderd twee"], {"verlengde", "stationsweg"}),
    (["ik woon op twaalf a de Eikenhof"], {"eikenhof"}),
]


@pytest.mark.parametrize("tagger", [False, True])
@pytest.mark.parametrize("lines,secret", SECRET)
def test_secret_gone(lines: list[str], secret: set[str], tagger: bool) -> None:
    out = _run(lines, tagger)
    assert not (secret & _left(out)), out


ORDINARY = [
    "ik stond achter het huis",
    "we zaten op de hoek te wachten",
    "op de hoek van de straat is een bakker",
    "ik ga zondag naar de kerk",
    "ik kom om half negen",
    "op een schaal van tien is het een vier",
    "ik neem bus twaalf naar huis",
    "hij ligt in kamer drie",
    "ik zie het als een kans",
    "u als uw moeder belt",
    "en als niemand belt dan neem ik op",
    "de deur was dicht en de kamer ook",
    "ik heb in de Kalverstraat een jas gekocht",
    "we liepen langs de snelweg",
    "het is van mij en van hem",
    "in paniek belde ik mijn zus in de tuin",
    "de scheepvaart ligt stil door de storm",
    "ik was bij de huisarts om drie uur",
    "ik woon in een flat op vier hoog",
    "ze heeft er drie de straat op gestuurd",
    "twee de laan in en dan rechts",
]


@pytest.mark.parametrize("tagger", [False, True])
@pytest.mark.parametrize("line", ORDINARY)
def test_ordinary_kept(line: str, tagger: bool) -> None:
    assert _run([line], tagger) == [line]
