"""Round 48: ordinary talk that must stay. All own examples, not taken from the holdouts.
Talk that stays (what the rules or the tagger took as a name is given back): a letter explained with a spelling aid
after an article ("de b van bakker", "met een d van dirk", "of een p van pieter"); a title followed by an apology,
a greeting, a town with its particle or a verb rather than a surname ("meneer 't spijt me", "mevrouw het spijt me",
"meneer pardon", "meneer goeie avond", "meneer den haag belde"); a family or a group and where it is ("de familie op
de camping", "de mensen in de kerk"); the alphabet or its letters recited as an example ("a bee cee dee ee").
Secrets that still go: surnames with particles after a title ("meneer op den berg", "mevrouw van 't hof", "meneer ten
cate", "meneer 't hart", "mevrouw den hartog", "mevrouw de goede", "meneer de jonge werkt hier"); an initial and a
surname after a title ("meneer j van jansen", "de heer p van putten"); letters with aids where a postcode or a name is
asked for, said with numbers or right after an address; a family's surname with particles ("de familie op de kamp",
"de familie in het veld", "de familie van de berg"); a name spelled with letter names that are no run of the
alphabet; a postcode's two letters "a bee".
Also staying: an organisation's acronym spelled letter by letter ("het c j i b", added by the team lead);
"sorry voor de lange wachttijd", "de oude man" ("de" and an adjective that is a surname, before a noun).
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # A. letters with an aid that are a detail, an initial with a surname
    (["meneer j van jansen belde"], "jansen"),
    (["de heer p van putten komt morgen"], "putten"),
    (["wat zijn de letters van je postcode", "de p van pieter en de d van dirk"], "p pieter d dirk"),
    (["postcode twaalf vierendertig de p van pieter en de d van dirk"], "twaalf vierendertig pieter dirk"),
    (["de letters zijn p van pieter d van dirk"], "p pieter d dirk"),
    (["ik woon aan de kerkweg", "nummer acht", "met een b van bernard erachter"], "kerkweg acht b bernard"),
    (["hoe spel je je achternaam", "met een d van dirk"], "d dirk"),
    # B. surnames with particles after a title
    (["meneer op den berg belde"], "op den berg"),
    (["mevrouw van 't hof komt morgen"], "hof"),
    (["meneer ten cate"], "ten cate"),
    (["meneer 't hart zei dat"], "hart"),
    (["mevrouw den hartog heeft gebeld"], "hartog"),
    (["meneer van den bosch belde"], "bosch"),
    (["meneer den hollander is er niet"], "hollander"),
    (["mevrouw de goede zegt dat"], "goede"),
    (["mevrouw de goede belde"], "goede"),
    (["meneer de lange is er niet"], "lange"),
    (["meneer de jonge werkt hier"], "jonge"),
    (["ik sprak mevrouw de oude vandaag"], "oude"),
    (["mijn achternaam is de witte"], "witte"),
    (["de heer ter horst"], "ter horst"),
    # C. a family's surname with particles
    (["de familie op de kamp"], "kamp"),
    (["de familie in het veld belde"], "veld"),
    (["de familie van de berg woont daar"], "berg"),
    (["de familie op den beek"], "beek"),
    # D. letters that spell a name or a postcode
    (["mijn achternaam spel je als bee ee ka ee er"], "bee ee ka er"),
    (["mijn postcode is twaalf vierendertig a bee"], "twaalf vierendertig bee"),
]

ORDINARY = [
    # A. a letter explained with a spelling aid
    ["de b van bakker"],
    ["met een b van bakker"],
    ["dat schrijf je met een d van dirk"],
    ["schrijft u dat met een p van peter of een b van bernard"],
    ["is dat met een k van karel", "ja met een k"],
    ["de v van victor bedoel ik"],
    ["nee de s van simon niet de z"],
    ["dat is een c van cornelis aan het begin"],
    ["met de g van gerard zeg maar"],
    ["de t van teun en niet de d"],
    ["schrijf je het met een h van hendrik"],
    ["bedoel je de m van moeder"],
    ["ik zei de f van fiets"],
    ["spel je dat met een c van cornelis"],
    ["schrijft u dat met een ij van ijmuiden"],
    ["bedoelt u de w van willem"],
    ["met een d van dirk of met een t van teun"],
    # B. a title, then no surname
    ["meneer 't spijt me"],
    ["mevrouw 't spijt me echt"],
    ["meneer den haag belde"],
    ["mevrouw het spijt me dat ik zo laat bel"],
    ["meneer het spijt me heel erg"],
    ["meneer sorry dat ik u stoor"],
    ["mevrouw excuus voor het wachten"],
    ["meneer pardon ik verstond u niet"],
    ["mevrouw goedenavond hoe gaat het"],
    ["meneer goeie avond met de nachtlijn"],
    ["mevrouw goede avond waar kan ik u mee helpen"],
    ["meneer dank u wel"],
    ["meneer den bosch is ver rijden"],
    ["mevrouw den helder was mooi vroeger"],
    ["meneer belde net weer"],
    ["mevrouw zegt dat ze niet kan slapen"],
    ["meneer wil morgen terugbellen"],
    ["meneer weet je wat ik bedoel"],
    ["meneer neem me niet kwalijk"],
    ["mevrouw welterusten en sterkte"],
    ["meneer hallo bent u daar nog"],
    ["mevrouw den haag heeft gebeld over de uitkering"],
    # a title or no title, then "de" and an adjective before a noun
    ["excuses voor de lange wachttijd"],
    ["meneer sorry voor de lange wachttijd"],
    ["mevrouw de lange wachttijd is vervelend"],
    ["de oude man op de hoek"],
    ["je hebt de goede kant gekozen"],
    ["de jonge moeder belde"],
    # C. a family or a group and where it is
    ["de familie op de camping"],
    ["de familie op de camping was luidruchtig"],
    ["de mensen in de kerk zijn aardig"],
    ["de familie in de kerk helpt ons"],
    ["de familie in het dorp weet het al"],
    ["de buren op de camping maken lawaai"],
    ["het gezin op de boot", "en de kinderen op school"],
    ["de familie in de moskee bidt voor je"],
    ["de familie op vakantie belt nooit"],
    ["de vrienden op het werk"],
    ["de familie aan de overkant"],
    ["uw familie op de camping weet het"],
    ["je familie in de kerk bidt voor je"],
    ["de familie in het ziekenhuis belde"],
    ["de familie van de buren", "de familie van het werk belde"],
    # D. the alphabet recited
    ["het alfabet a bee cee dee ee"],
    ["ik ken het alfabet", "a bee cee dee ee"],
    ["mijn zoon leert het alfabet a b c d"],
    ["ze zong het abc a bee cee"],
    ["zo simpel als a bee cee"],
    ["de letters a bee cee dee"],
    ["hij kent zijn letters al a bee cee dee ee ef"],
    ["kun je het alfabet opzeggen", "a bee cee dee ee ef gee"],
    ["u kent het abc wel a bee cee"],
    ["net zo makkelijk als a bee cee zeg maar"],
    ["ka el em en o pee is het stuk van het alfabet dat ze niet kent"],
    ["je moet kiezen uit a b of c"],
    ["plan a werkte niet dus nu plan b"],
    ["het is van a tot z geregeld"],
    # H. (the team lead) an organisation's acronym spelled letter by letter
    ["en het c j i b heeft weer een boete gestuurd"],
    ["je hebt een brief van het u w v gekregen"],
    ["bij de g g d kun je morgen terecht"],
    ["de s v b betaalt de a o w"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
