"""Round 52: unusual homes and how people say who they are (houseboats, caravans, farms, call names next to official
names, numbers read off a card). All own examples, not taken from the holdouts.
Secrets that go: a call name or a second person's name after a cue ("noem me maar jopie", "ze noemen me toos",
"mijn roepnaam is bep"; "maar zeg maar hanneke" and "en je vrouw is wietske" on the line after a name was said); a
name read back with a town ("dus jelle wiersma uit drachten", "jij bent marieke van den heuvel uit tilburg"); the pitch
or berth number of an unusual home ("stacaravan nummer elf", "chalet zesendertig", "standplaats acht", "ligplaats
drie", "woonboot Westerkade t/o 88", a street before "standplaats"); a number read off a card over lines ("ik heb tot
nu toe drie een vier" / "en dan" / ... / "de laatste twee cijfers vijf acht"), the first digit included.
Near misses that stay: a farm's or a house's name ("de boerderij heet de lindehoeve", "ons chalet heet
zonnehoek"; a boat's name goes, as in holdout J), a role ("de mevrouw van de receptie", "de meneer van het uwv"), a
bus, a line, a hospital room, a floor, a caravan's length or age, a count of caravans, "zeg maar gewoon nee", "noem
me maar gek", "en je vrouw is ziek", "dus jij bent net uit huis"; a German street and a foreign postcode (the rules
alone) are in SECRET_CASES E.
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # A. a call name or a second person's name; B. a name read back with a town; C. a pitch or berth number; D. a
    # number read off a card over lines
    (["dus je heet klaas postma", "en je vrouw is wietske"], "wietske"),
    (["dus u heet mevrouw de graaf", "en uw zoon heet djoeke"], "djoeke"),
    (["dus je heet johanna de boer", "maar zeg maar hanneke"], "hanneke"),
    (["dus je heet gerardus", "maar zeg maar sjra"], "sjra"),
    (["noem me maar jopie"], "jopie"),
    (["ze noemen me toos"], "toos"),
    (["mijn roepnaam is bep"], "bep"),
    (["ik heet wilhelmina jansen", "maar iedereen noemt me willy"], "willy"),
    (["dus jelle wiersma uit drachten"], "jelle wiersma"),
    (["jij bent marieke van den heuvel uit tilburg"], "marieke heuvel"),
    (["u bent sjaak vermeulen uit geleen"], "sjaak vermeulen"),
    (["dus jij bent hanne de clercq uit brugge"], "hanne clercq"),
    (["mijn stacaravan is nummer elf op het park"], "stacaravan elf"),
    (["we staan met de woonwagen op standplaats acht"], "standplaats acht"),
    (["ik woon in chalet zesendertig"], "chalet zesendertig"),
    (["de boot ligt op ligplaats drie"], "ligplaats drie"),
    (["woonboot Westerkade t/o 88"], "westerkade 88"),
    (["noteer maar woonark Amsteldijk tegenover 150"], "amsteldijk 150"),
    (["je woont aan de kanaalweg standplaats twaalf"], "kanaalweg standplaats twaalf"),
    (["caravan nummer veertien achter de manege"], "caravan veertien"),
    (["ik heb tot nu toe drie een vier", "en dan", "zes zes negen nul", "ja en de laatste twee cijfers vijf acht"],
     "drie een vier zes negen nul vijf acht"),
    (["ik heb tot nu toe twee acht vijf", "en dan", "een zeven drie nul", "en de laatste twee cijfers negen vier"],
     "twee acht vijf een zeven drie nul negen vier"),
    # E. what the rules alone missed: a German street and its number, a foreign postcode of number words
    (["ze woont net over de grens in de kirchstrasse veertien"], "kirchstrasse veertien"),
    (["hij woont in emmerich", "de kleefse strasse zevenenzestig"], "kleefse strasse zevenenzestig"),
    (["de postcode in belgie is drieduizend"], "drieduizend"),
    (["de postcode in duitsland is vierenveertig vijfhonderd"], "vierenveertig vijfhonderd"),
]
ORDINARY = [
    # a farm's or a house's name; a role after "de mevrouw/meneer van de"; then numbers that are no home's
    # and words after a name cue that are no name
    ["de boerderij heet de lindehoeve"],
    ["onze boerderij heet de hazelaar en ligt achter de dijk"],
    ["het huis heet de wilgen"],
    ["ons chalet heet zonnehoek"],
    ["ons chalet heet het vogelnest"],
    ["de boerderij van de buren heet ook zo"],
    ["ons huisje heet de zeemeeuw"],
    ["het huis heet welgelegen"],
    ["de hoeve heet de kampen en is heel oud"],
    ["de camping heet de berkenhof"],
    ["die boerderij heet de vlasbloem"],
    ["mijn huis heet rustoord"],
    ["het park heet de zandhorst"],
    ["de boerderij heet de olde stee en daar woon ik"],
    ["de mevrouw van de receptie was aardig"],
    ["de meneer van de balie zei dat het goed was"],
    ["de man van de beveiliging stuurde me weg"],
    ["de vrouw van de thuiszorg kwam niet"],
    ["een meneer van de gemeente belde"],
    ["die mevrouw van de woningbouw was streng"],
    ["de mevrouw van de administratie van het park hielp me"],
    ["de meneer van het uwv was kortaf"],
    ["de dame van de kassa lachte"],
    ["de jongen van de bezorging stond voor de deur"],
    ["de mevrouw van de receptie van de camping belde me terug"],
    ["de meneer van de beheerder kwam kijken"],
    ["de vrouw van de overkant bracht soep"],
    ["een mevrouw van de kerk kwam langs"],
    ["de meneer van de verhuur was boos"],
    ["de mevrouw van het wijkteam komt morgen"],
    ["onze hoeve heet de reiger"],
    ["het vakantiehuis heet de duinroos"],
    ["de stal heet de paardenwei"],
    ["de meneer van de receptie van het vakantiepark belde de politie"],
    ["de mevrouw van de balie van het zwembad was lief"],
    ["een meneer van de ggd kwam langs"],
    ["de man van de slotenmaker kwam pas om twaalf uur"],
    ["bus nummer negen gaat naar het station"],
    ["de caravan is negen meter lang"],
    ["we hadden de caravan twaalf jaar"],
    ["lijn twaalf rijdt niet"],
    ["ik lig op kamer twaalf in het ziekenhuis"],
    ["ik woon op de derde verdieping"],
    ["op de camping staan negen caravans"],
    ["de woonboot ligt tegenover de kerk"],
    ["ligplaats vier euro per nacht"],
    ["het chalet heeft twee slaapkamers"],
    ["zeg maar gewoon nee"],
    ["noem me maar gek"],
    ["ze noemen me een zeur"],
    ["en je vrouw is ziek"],
    ["je vrouw is thuis", "en je zoon is boos"],
    ["het is zeg maar lastig"],
    ["noem me maar ouderwets"],
    ["dus jij bent net uit huis"],
    ["dus roos viel uit bed"],
    
    ["dus je bent even weg uit amsterdam"],
    ["dus de trein uit utrecht had vertraging"],
    ["dus jij bent alleen uit eten geweest"],
    ["ik zit op de bank", "zeg maar niks"],
    ["de strasse is daar heel breed"],
    ["de postcode in duitsland is anders"],
    ["de postcode in belgie heeft vier cijfers"],
    ["in duitsland is de snelweg gratis"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
