"""Round 9: corrections and alternatives said around a redacted detail (another try for a number,
its start said after its end, a corrected postcode or house number in the same or the next line),
addresses with a block, apartment, pitch or berth, a building's name, the town between street and
number or after the address; dates corrected, in another order or as ordinals; names by the words
around them (a nickname, "heet", a family word, initials after a title, a name said to someone before
"ik hoor je"). Made-up examples, none taken from the case files. And ordinary talk that must stay.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, words_left


SECRET = [
    # numbers: another try, a correction, a piece said apart
    (["of was het zevenenveertig of vierenzeventig op het eind nul zes twaalf dertig achttien vierenzeventig"],
     {"zevenenveertig"}),
    (["niet drie acht maar acht drie dus een twee acht drie vier vijf zes zeven acht"], {"drie", "acht"}),
    (["het begin weet ik nog niet maar het eind is eenentwintig en daarvoor nul zes drieëndertig veertig vijftig"],
     {"eenentwintig", "drieendertig", "veertig"}),
    (["vier vijf vijf nul zes negen twee een en dan nul zes ervoor"], {"vier", "vijf", "negen", "zes"}),
    (["achttien vijfenzestig en dan de letters k m"], {"achttien", "vijfenzestig", "k", "m"}),
    (["de postcode is zeventig elf p d", "nee niet zeventig elf maar zeventig twaalf"], {"zeventig", "elf", "twaalf"}),
    (["drie twee vier nul b als in bernard k als in karel"], {"drie", "twee", "vier", "bernard", "karel"}),
    # addresses: block, apartment, pitch, berth, building, town, number before the street
    (["ze woont aan het Marktplein blok d nummer achtenveertig"], {"marktplein", "achtenveertig"}),
    (["in de aanleunwoning aan de Lindelaan appartement zestien"], {"lindelaan", "zestien"}),
    (["hij staat op camping de Zandhoeve plek zevenentwintig"], {"zandhoeve", "zevenentwintig"}),
    (["de boot ligt aan de Prinsengracht tegenover nummer tweehonderdtien"], {"prinsengracht", "tweehonderdtien"}),
    (["het was nummer negenenvijftig op de Kievitshoek"], {"negenenvijftig", "kievitshoek"}),
    (["het adres van haar zoon is de Wolfsklauw elf in Oud Gastel"], {"wolfsklauw", "elf", "gastel"}),
    (["de kerkstraat in sint jansteen nummer veertig"], {"kerkstraat", "jansteen", "veertig"}),
    (["het adres is Vlierhof vijf in de Lier"], {"vlierhof", "lier"}),
    (["ik hoor het adres Doelenhaven vier twee of was het tweeënveertig"], {"doelenhaven", "tweeenveertig"}),
    (["ze zit in de flat de Lage Horn op Brinklaan negen"], {"horn", "brinklaan"}),
    (["het staat op de envelop j h Kleinstraat drie"], {"j", "h", "kleinstraat"}),
    # dates: corrected, as ordinals, in another order, the next line, the place after it
    (["was het de zevende of de [datum]".replace("[datum]", "zeventiende maart zeventig")], {"zevende", "zeventiende"}),
    (["ik ben geboren in negentienvier", "nee negentienvierenzestig op tien juni"], {"negentienvier", "negentienvierenzestig", "juni"}),
    (["negentien eenenzeventig de twaalfde van de tweede"], {"eenenzeventig", "twaalfde", "tweede"}),
    (["maart zesenvijftig de elfde klopt dat"], {"maart", "zesenvijftig", "elfde"}),
    (["hij is geboren op acht april negentiendrieënnegentig in Zwolle"], {"april", "zwolle"}),
    (["geboren in het jaar negentienzesenzestig op de vierde juli"], {"negentienzesenzestig", "vierde", "juli"}),
    # names
    (["je heet Alexander maar iedereen zegt Xander"], {"alexander", "xander"}),
    (["dus hij heet Wilhelmina maar haar oma noemt haar Mientje"], {"wilhelmina", "mientje"}),
    (["de vriendin heet Floortje"], {"floortje"}),
    (["de overbuurman Wieringa heeft aangebeld"], {"wieringa"}),
    (["ik hoorde Svetlana is dat goed"], {"svetlana"}),
    (["u bent Everhardus de Graaf"], {"everhardus", "graaf"}),
    (["ik noteer meneer k van der Wiel"], {"k", "wiel"}),
    (["nou Iris ik hoor wat je zegt"], {"iris"}),
    (["ja Merel dat begrijp ik"], {"merel"}),
]


@pytest.mark.parametrize("how", sorted(RUNS))
@pytest.mark.parametrize("lines,secret", SECRET)
def test_secret_gone(lines: list[str], secret: set[str], how: str) -> None:
    out = RUNS[how](lines)
    assert not (secret & words_left(out)), out


ORDINARY = [
    "ik heb een roos voor haar gekocht",
    "de roos in de tuin bloeit",
    "de iris is een mooie bloem",
    "de merel zingt ik hoor hem",
    "mark het maar aan in je agenda",
    "de bakker was vanochtend dicht",
    "ja bakker worden dat wil ik",
    "iedereen zegt dat het wel meevalt",
    "ze noemt je lief",
    "het water is heet",
    "mijn buurman heeft de politie gebeld",
    "ik hoorde sirenes is dat goed",
    "was het nou drie of vier uur",
    "niet twee maar drie kinderen",
    "het eind van de film was raar",
    "de flat is mooi en de lift doet het",
    "ik woon in de buurt",
    "we stonden op de camping met de caravan",
    "de eerste van de maand komt het geld",
    "hij werd de derde van de tweede ronde",
    "in maart vorig jaar ging het mis",
    "eerst vijftig en daarvoor nog twintig euro",
    "het begin was moeilijk maar nu gaat het",
    "dat is nummer drie op de lijst",
    "het appartement heeft twee kamers",
]


@pytest.mark.parametrize("how", sorted(RUNS))
@pytest.mark.parametrize("line", ORDINARY)
def test_ordinary_kept(line: str, how: str) -> None:
    assert RUNS[how]([line]) == [line]
