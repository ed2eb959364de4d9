"""Round 53: details from the phone and the internet (profile and account names, names spelled or read back again,
addresses read off a shared location or written down without a street word, an e-mail's correction). All own examples,
not taken from the holdouts.
Secrets that go: a profile or account name next to the real name, its number words and letters too ("je instagram
naam is fleur nul nul drie", "op je account staat lars k" / "dus voluit lars kuipers"); a surname with particles
said twice ("ik noteer tim van t zand van t zand met een d"); a name read back before "heb ik dat goed" / "klopt
dat"; "<word> <number> in <town>" after a shared location or "ik schrijf het op" ("de locatie die je deelt is dam
zeven in amsterdam", "ik schrijf het op brink vier in deventer"); a street with "dubbel <digit>" ("de kastanjelaan
dubbel vier"); the last letter of a domain said letter by letter in a correction ("nee gmail punt n l sorry").
Near misses that stay: a website's, an app's or a shop's name said with a dot ("de website van thuisarts punt n l",
"ik bestel altijd bij albert heijn punt nl", "kijk op www punt mind punt nl"), what a profile or an account shows
that is no name ("een foto van je hond", "nul euro"), "schrijf het maar voluit", a time or a day read back ("de bus
van acht heb ik dat goed"), "ik zie dubbel", a room, a platform, a page or a bus with a number "in <place>", "van de
week van de week", "een streepje ertussen", "twee keer in de week".
Rules alone: a double surname ("[naam] streepje ouwerkerk", "Mevrouw Kramer-de Lange") and a name spelled after an
e-mail ("twee n s in hanna") go too.
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # A. a profile or account name next to the real name
    (["op je whatsapp profiel staat fenna maar je heet eigenlijk femke de jong"], "fenna femke jong"),
    (["op je whatsapp staat joop maar je heet johannes de wit"], "joop johannes wit"),
    (["dus je instagram naam is karim nul nul negen maar je heet karim el amrani"], "karim nul negen amrani"),
    (["je instagram naam is fleur nul nul drie"], "fleur nul drie"),
    (["op je account staat lars k", "dus voluit lars kuipers"], "lars k kuipers"),
    (["op je account staat kees b", "dus voluit kees bakker"], "kees b bakker"),
    (["je tiktok naam is sanne twee acht"], "sanne twee acht"),
    (["dus voluit is het ilse van der meulen"], "ilse meulen"),
    # B. a name spelled or read back again
    (["ik noteer tim van t zand van t zand met een d"], "tim zand"),
    (["ik noteer bas van t hek van t hek met een t"], "bas hek"),
    (["ik noteer joost van de berg van de berg met een g"], "joost berg"),
    (["ik noteer kees van t hof van t hof met een f"], "kees hof"),
    (["ioana popescu heb ik dat goed"], "ioana popescu"),
    (["mihaela popescu heb ik dat goed", "popescu met een c"], "mihaela popescu"),
    (["andrei ionescu heb ik dat goed", "ionescu met een c"], "andrei ionescu"),
    (["ilse verhoeven klopt dat", "verhoeven met een v"], "ilse verhoeven"),
    # C. an address without its street word, from a shared location or written down; "dubbel <digit>"
    (["de locatie die je deelt is dam zeven in amsterdam"], "dam zeven"),
    (["de locatie die je deelt is plein twaalf in den haag ben je daar nu"], "plein twaalf"),
    (["de locatie die je deelt is kade negen in zwolle ben je daar nu"], "kade negen"),
    (["ik schrijf het op meent twaalf in rotterdam centrum"], "meent twaalf"),
    (["ik schrijf het op spui acht in den haag"], "spui acht"),
    (["ik schrijf het op brink vier in deventer"], "brink vier"),
    (["ik schrijf het op meent drieëntachtig in rotterdam"], "meent drieentachtig"),
    (["ik schrijf het op vismarkt vijf in utrecht"], "vismarkt vijf"),
    (["de pin staat op markt drie in gouda"], "markt drie"),
    (["de kastanjelaan dubbel vier in zwolle"], "kastanjelaan dubbel vier"),
    (["de wilhelminalaan dubbel drie in zwolle"], "wilhelminalaan dubbel drie"),
    (["ik woon op de beukenlaan nummer dubbel zes"], "beukenlaan dubbel zes"),
    # E. what the rules alone missed: a double surname with "streepje" or a hyphen and a particle, a name spelled
    # on the line after an e-mail ("twee n s in hanna"), an address read back after "dus" or "op het"
    (["lotte pieters ouwerkerk", "met een streepje ertussen pieters streepje ouwerkerk"], "pieters ouwerkerk"),
    (["Mevrouw Kramer-de Lange ik ben er nog hoor"], "kramer lange"),
    (["Mevrouw Jansen-de Groot ik ben er nog"], "jansen groot"),
    (["dus het is hanna punt kovac apenstaartje gmail punt com", "twee n s in hanna"], "hanna kovac"),
    (["met dubbel l in willemijn"], "willemijn"),
    (["sint jacobsklooster dertien in utrecht klopt dat"], "jacobsklooster dertien"),
    (["ik noteer bosveld dertig in arnhem"], "bosveld dertig"),
    (["dus achterom vier in eext"], "achterom vier"),
    (["dertien twaalf ieks ka in arnhem"], "dertien twaalf ieks ka"),
    # D. an e-mail's correction
    (["dus het is sara punt bakker apenstaartje gmail punt com", "nee gmail punt n l sorry"],
     "sara bakker gmail n l"),
    (["dus het is tom punt visser apenstaartje hotmail punt com", "nee hotmail punt n l sorry"],
     "tom visser hotmail n l"),
]
ORDINARY = [
    # a website's, an app's or a shop's name said aloud with a dot
    ["je hebt de website van thuisarts punt nl open staan"],
    ["je hebt de website van thuisarts punt n l open staan op je laptop"],
    ["op de website van thuisarts punt n l staat het ook"],
    ["kijk maar op de site van de ns punt nl"],
    ["ik zat op de website van bol punt com"],
    ["ik heb het besteld bij coolblue punt nl"],
    ["kijk eens op rijksoverheid punt n l"],
    ["de app van buienradar zegt dat het gaat regenen"],
    ["ik lees op nu punt nl dat het druk is op de weg"],
    ["ga naar de website van de ggd punt nl"],
    ["op thuisarts punt nl staat dat je moet rusten"],
    ["ik heb een jas gekocht op zalando punt nl"],
    ["ik zoek het even op google punt com"],
    ["ik zoek het op via google punt n l"],
    ["de site van de gemeente punt nl werkt niet"],
    ["heb je al gekeken op marktplaats punt nl"],
    ["op de website van de huisartsenpost punt nl staat het nummer"],
    ["ik heb het gelezen op nos punt nl"],
    ["ik vond het op wikipedia punt org"],
    ["kijk op www punt mind punt nl"],
    ["het staat op de website van het ziekenhuis punt nl"],
    ["de webshop van hema punt nl was dicht"],
    ["ik bestel altijd bij albert heijn punt nl"],
    ["die link naar youtube punt com werkt niet"],
    ["ik was op de site van de belastingdienst punt nl"],
    ["op funda punt nl zag ik een huis"],
    ["kijk maar op de website van het juridisch loket punt nl"],
    ["ik heb de app van de ns open staan"],
    ["op de site van de politie punt nl kun je aangifte doen"],
    ["ik was online op netflix punt com tot laat"],
    ["ik heb het gevonden op 113 punt nl"],
    ["de website van de bibliotheek punt nl is handig"],
    ["ga maar naar mijn overheid punt nl"],
    ["je kunt online kijken op hln punt be"],
    ["ik heb het besteld via bol punt com en het is niet gekomen"],
    ["heb je de pagina van de kringloop punt nl gezien"],
    # what a profile or an account shows that is no name; "voluit"; a time or a day read back; "dubbel"
    ["op je whatsapp profiel staat een foto van je hond"],
    ["op je account staat nog geld"],
    ["op je account staat nul euro"],
    ["op je profiel staat dat je single bent"],
    ["mijn whatsapp is kapot"],
    ["je account is geblokkeerd maar je heet nog steeds hetzelfde"],
    ["schrijf het maar voluit"],
    ["voluit gezegd is het gewoon te veel"],
    ["de bus van acht heb ik dat goed"],
    ["morgen om tien uur klopt dat"],
    ["dus maandag klopt dat"],
    ["dus twee keer per dag heb ik dat goed"],
    ["ritalin heb ik dat goed"],
    ["dus amsterdam klopt dat"],
    ["sertraline klopt dat"],
    ["spotify klopt dat"],
    ["netflix spotify klopt dat"],
    ["ik zie dubbel"],
    ["het bed is dubbel twee meter"],
    ["nee dubbel zo veel"],
    # a number "in <place>" that is no house number; particles said twice that are no surname
    ["ik woon al twintig jaar in utrecht"],
    ["ik zit op kamer twaalf in het ziekenhuis"],
    ["ik schrijf het op blad twee in mijn schrift"],
    ["ik schrijf het op pagina tien in het schrift"],
    ["ik sta op perron vier in utrecht"],
    ["ik zit in bus twaalf in de richting van zwolle"],
    ["de locatie die je deelt is al een uur oud"],
    ["ik schrijf het op in mijn dagboek"],
    ["ik sta al tien minuten in de regen"],
    ["ik ben om acht in amersfoort"],
    ["ik ben op dag drie in maastricht"],
    ["de route staat op stap vijf in google maps"],
    ["ik woon aan de markt in gouda"],
    ["het pakket ligt bij de buren in de schuur"],
    ["van de week van de week was zwaar"],
    ["het is een streepje ertussen"],
    ["een streepje en dan een punt"],
    ["de Noord-Holland trein was vol"],
    ["dus dag drie in maastricht"],
    ["dus morgen acht in den haag"],
    ["ik heb er zes in huis"],
    ["dus kamer vier in het ziekenhuis"],
    ["dus groep acht in tilburg"],
    ["met twee kinderen in huis"],
    ["twee keer in de week"],
    ["van de week heb ik gewerkt van de ochtend tot de avond"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
