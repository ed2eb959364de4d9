"""Word sets the redaction rules share (spoken.py, redact.py, tagger.py).

Round by round the rules had written the same cue words again under a new name ("_HOUSE_CUES",
"_HOUSE_CUES16", "_R20_NUMBER_CUES", "_R23_NUMBER_WORDS": all "nummer huisnummer nr"). Each set
here says one thing once; a rule that reads a little more or less says so where it uses the set
(`POSSESSIVES | {"jullie"}`, `NAME_NOUNS - {"naam"}`), so the difference stays in sight.

All words are folded (lower case, no accents), as the rules read them. This module imports nothing
of the package, so every rule module can import it first.
"""

from __future__ import annotations

# -- names -------------------------------------------------------------------------------------------------------
# a title before a surname ("meneer Bakker", "mw. de Vries")
TITLES = frozenset("meneer mevrouw mevr dhr mw".split())
# the nouns a name is asked or said for ("uw achternaam", "de roepnaam")
NAME_NOUNS = frozenset("naam achternaam voornaam familienaam meisjesnaam roepnaam".split())
# whose someone is ("mijn zus", "uw vader")
POSSESSIVES = frozenset("mijn uw je jouw zijn haar onze ons".split())
# who someone is to the caller ("mijn zus", "de buurman", "haar ex")
KIN = frozenset("zus broer vriend vriendin zoon dochter moeder vader man vrouw buurman buurvrouw neef nicht oom "
                "tante opa oma partner vriendje vriendinnetje collega baas ex schoonzus zwager".split())
# the particles of a Dutch surname as the rules read them (bare and folded, so "'t" is "t"): "van der", "ten",
# "op 't" (round 35's "_R35_TUSSEN" and round 37's "_R37_PARTICLES", one set since round 38)
PARTICLES = frozenset("van de der den het t ten ter in op".split())

# -- numbers -----------------------------------------------------------------------------------------------------
# the word before a house number ("nummer twaalf", "huisnummer drie", "nr 4")
HOUSE_NUMBER_CUES = frozenset("nummer huisnummer nr".split())
# the placeholders of a number said as digits (the order rules try them in)
NUMBER_LABELS = ("[telefoonnummer]", "[bsn]", "[iban]", "[nummer]")
# letter pairs never given to a Dutch postcode
POSTCODE_FORBIDDEN = frozenset({"sa", "sd", "ss"})
# a unit after a number that makes it an amount, a time or a count ("drie uur", "twaalf euro", "tien keer"), no
# house number or piece of a number said (round 34's "_R34_UNITS" and round 37's "_R37_RANGE_NOT_AFTER")
COUNT_UNITS = frozenset(("uur uurtje keer keren jaar jaren maand maanden week weken dag dagen minuut minuten seconden "
                         "euro procent graden kilo km kinderen tellen").split())

# -- dwellings ---------------------------------------------------------------------------------------------------
# a unit inside a building, with a number of its own ("kamer twaalf", "appartement vier")
DWELLING_UNITS = frozenset("kamer appartement unit app flat woning".split())
# a floor ("op de derde verdieping", "drie hoog")
FLOOR_WORDS = frozenset("verdieping etage hoog woonlaag".split())
# a house number's addition ("achttien rood", "twaalf bis", "vier hs")
HOUSE_ADDITIONS = frozenset("rood zwart bg hs bis".split())
# where one lives ("ik woon", "mijn adres")
LIVE_CUES = frozenset("woon woont wonen woonde woonden adres".split())

# -- fillers -----------------------------------------------------------------------------------------------------
# hesitation sounds, never part of what is dictated
HESITATIONS = frozenset("eh uh ehm uhm hm".split())
# the short fillers between the pieces of what is said ("vijf eh ja zes", "twaalf en dan dertien"; redact.py's
# "_FILLER_WORDS" and round 34's "_R34_GAP")
SHORT_FILLERS = HESITATIONS | frozenset("en dan ja nee nou oke ok dus of".split())
# the words around a number's pieces or a postcode's letters said on a short line of their own ("nee het was be de",
# "dus ik hoor twaalf"; round 34's "_R34_FILL" and round 35's "_R35_PC_FILL")
PIECE_FILLERS = frozenset(("of was het is nee ja dus toch sorry ik bedoel zei zegt u je de letters letter dan en eh uh "
                           "ehm hm oke ok klopt dat niet maar hoor heb goed nog wacht").split())

# -- organisations -----------------------------------------------------------------------------------------------
# banks said by name (an account number's bank, never a person's name)
BANK_NAMES = frozenset("rabobank rabo triodos abn amro regiobank sns asn revolut bunq knab ing".split())
