"""Round 68 (holdouts BK and BL: the countryside, moving house): CA. a nickname after "ze noemen je" ("ome [naam]",
"bolle [naam]", "de boer van de hoge hoeve"); CB. a farm's or a hamlet's name as an address ("de hoeve van [naam]",
"erve [naam] nummer vier", "buurtschap hupsel twaalf"; a farm's own name stays, round 52); CC. a name's particle glued
to it ("al-[naam]", "[naam]-de boer"); CD. a mail address's pieces (a filler inside it, a spelling aid after "en", "met
een streepje ertussen", a glued name on its own line after "mailadres", a letter before it); CE. a name in both
orders, a word named as the surname; CF. a postcode's number in thousands with its letters, its letters on the next
line; CG. an account's country letters on a line of their own, "en el" with numbers, a bank code before the number;
CH. a street and number right after "adres"; CI. days of the month as alternatives. CK. what stays: an animal's name,
a machine's make and type, a room's number, a neighbourhood's name. All own examples, not taken from the holdouts.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # CA. nicknames
    (["bij ons in de straat noemen ze hem oom gerrit"], "oom"),
    (["op het werk noemen ze je tante riek"], "tante riek"),
    (["ze noemen hem dikke henk in de kroeg"], "dikke henk"),
    (["in de buurt noemen ze haar de vrouw van de molen"], "vrouw molen"),
    (["ze noemen je hier de smid van de brink"], "smid brink"),
    (["ze noemen je lange piet maar je heet anders"], "lange piet"),
    # CB. farms and hamlets as addresses
    (["we wonen op de hoeve van bosman"], "hoeve bosman"),
    (["het pakket moet naar de hoeve van mulder"], "hoeve mulder"),
    (["dat is erve kottink nummer zes bij markelo"], "erve kottink zes"),
    (["je woont op erve brinkhuis"], "erve brinkhuis"),
    (["dat ligt in buurtschap lemselo negen"], "lemselo negen"),
    (["het gehucht heet zuidwolde en je woont in gehucht wachtum vijf"], "wachtum vijf"),
    (["stuur het maar naar de state van hoekstra"], "state hoekstra"),
    (["ze wonen in buurtschap eesveen elf"], "eesveen elf"),
    # CC. particles glued to a name
    (["ik ben mevrouw el-amrani"], "amrani"),
    (["u spreekt met meneer abu-bakr"], "abu bakr"),
    (["mijn naam is jansen-de haas"], "jansen haas"),
    # CD. pieces of a mail address
    (["ik noteer je mail", "gerritsma"], "gerritsma"),
    (["het nieuwe mailadres is", "femkevandam"], "femkevandam"),
    (["het is liu yang met een streepje ertussen"], "liu yang"),
    (["je mail is henk visscher at ziggo punt nl", "visscher met dubbel s en dubbel e"], "visscher s e"),
    (["het is k de boer at hotmail punt com"], "k boer hotmail"),
    # CE. a name in both orders, a surname named
    (["je schoonzus heet chen mei of mei chen"], "chen mei"),
    (["je collega is xu wen of wen xu"], "xu wen"),
    (["zhou is de achternaam"], "zhou"),
    (["en nguyen is de familienaam"], "nguyen"),
    # CF. postcodes
    (["dus zesduizend tweehonderdachtendertig ka el"], "zesduizend tweehonderdachtendertig ka el"),
    (["achtduizend negenhonderdeenentwintig be ge"], "achtduizend negenhonderdeenentwintig"),
    (["drieduizend vierhonderdvijf", "pe er"], "pe er"),
    (["negen twee nul vier", "en dan pe ka nee pe ha"], "pe ka ha"),
    # CG. account letters and bank codes
    (["wat is je rekeningnummer", "en el"], "el"),
    (["en el negen vier ing"], "el negen vier"),
    (["de iban begint met n l", "en daarvoor rabo nul drie vier vijf zes zeven acht negen nul een"], "rabo"),
    # CH. street and number after "adres"
    (["het oude adres eh de brink veertien"], "brink veertien"),
    (["je nieuwe adres is de hoven drie"], "hoven drie"),
    # CI. days of the month as alternatives
    (["was het de negende of de negentiende"], "negende negentiende"),
    (["is het de vierde of de veertiende"], "vierde veertiende"),
    (["wanneer ben je geboren", "was het de achtste of de achttiende", "de achttiende ja"], "achtste achttiende"),
    # CK. a person's name still goes next to an animal, a make, a room
    (["de boer die de koe molk heet gerrit"], "gerrit"),
    (["mijn buurman heet bertus en zijn hond heet max"], "bertus"),
    (["meneer fendt woont op de hoek"], "fendt"),
    (["de nieuwe buurman heet de graaf"], "graaf"),
]

ORDINARY = [
    # CK. animals
    ["de geit die vannacht lammerde heet bella"],
    ["onze hond heet max"],
    ["we hebben twee koeien en de oudste heet klara"],
    ["de pony die in de wei staat heet sientje"],
    ["mijn kat heet minoes"],
    ["de hengst die we gekocht hebben heet thunder"],
    ["het kalf dat vanmorgen geboren is heet bertje"],
    ["de poes van de buren heet tijger"],
    # CK. machine makes
    ["de trekker is een massey ferguson van honderd pk"],
    ["we rijden met een oude deutz van zestig pk"],
    ["de loonwerker kwam met een claas hakselaar"],
    ["de nieuwe valtra heeft honderdtachtig pk"],
    ["hij heeft een new holland trekker gekocht"],
    ["onze fendt driehonderdtien trekker doet het niet meer"],
    # CK. rooms and neighbourhoods
    ["jouw kamer is nummer vijf in de unit"],
    ["uw kamer is nummer twaalf"],
    ["de wijk heet de schildersbuurt"],
    ["de nieuwe woonwijk heet de bloemenbuurt"],
    # CA-CI near misses
    ["ze noemen je een held"],
    ["ze noemen hem altijd lastig"],
    ["hoe noemen ze dat ook alweer"],
    ["de hoeve ligt vlak bij het bos"],
    ["het is een oude boerderij met rieten dak"],
    ["de boerderij heet zo omdat er vroeger een molen stond"],
    ["we zijn naar een buurtschap verhuisd"],
    ["het erf staat vol met machines"],
    ["een twee-onder-een-kap woning"],
    ["het is een streepje ertussen of niet"],
    ["wil je koffie of thee of thee of koffie"],
    ["rood wit of wit rood"],
    ["de achternaam is lastig uit te spreken"],
    ["was het de eerste keer of de tweede keer"],
    ["ik heb het rekeningnummer niet bij de hand"],
    ["dat kost vierduizend euro"],
    ["het adres weet ik niet meer"],
    ["je nieuwe adres is nog niet bekend"],
    ["zij zit in groep vier en de andere in groep zes"],
    ["de verhuizing is op de vijfde"],
    ["ik mail het je morgen", "prima"],
    ["het nieuwe mailadres", "klopt"],
    ["de verhuiswagen komt om acht uur"],
    ["we hebben de dozen al ingepakt"],
    ["in het dorp kent iedereen elkaar"],
    ["de melkrijder komt om zes uur"],
]


test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)


def test_enough_cases():
    assert len(ORDINARY) >= 40 and len(SECRET_CASES) >= 40


def test_lazy_pattern_compiled_on_first_use():
    """Start-up: a module-level pattern of redact.py is compiled on its first use and then stands in its own place."""
    import re

    from voice_companion.privacy import redact

    lazy = redact._Lazy(r"ho+i", re.IGNORECASE)
    lazy._name = "_R68_TEST_PATTERN"
    redact._R68_TEST_PATTERN = lazy
    try:
        assert lazy.sub("x", "HOOi daar") == "x daar"
        assert isinstance(redact._R68_TEST_PATTERN, re.Pattern)
        assert lazy.search("hoi") is not None  # a copy kept elsewhere still works
    finally:
        del redact._R68_TEST_PATTERN
