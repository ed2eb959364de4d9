"""Round 73: travel, public transport and lodging (holdout BS's forms). What stays: JA a place after "uit"/"vanaf",
or after "naar" right behind a means of transport ("de nachttrein uit praag", "de bus naar emma"); JB a place before
"airport/centraal/station" and a station's or an airport's spot with its number ("bij bagageband drie"); JC "at"
before a place and a station word ("arrived at utrecht centraal"); JD a company that does something ("keolis heeft
een extra bus ingezet", "een hostelketen heeft een hostel in gent"). What goes: KA after "de naam ... is" at the
line's end a particle and a surname or a person's one-word name ("de naam van de huisarts is visser"); KB a street
said with "het" and a house number where someone stays ("logeert aan het rokin veertien"); KC a letter spelled with
its diacritic next to a spelled name ("o met een trema"). Next to each: a person's name that must still go. All own
examples, not taken from the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # JA: a person with a name after "met", "bij" or a kin word still goes; "naar" without a means of transport
    (["ik reis morgen met sofia naar utrecht"], "sofia"),
    (["mijn nicht sofia komt uit rome"], "sofia"),
    (["ik ga vanavond naar emma toe"], "emma"),
    (["de bus uit zwolle en dan haalt mijn zoon Daan me op"], "daan"),
    (["ik logeer bij annelies in de buurt van het station"], "annelies"),
    (["mijn buurvrouw uit Lotte haar straat heet Jantine"], "jantine"),
    # JB: a name at a station or a gate still goes
    (["ik sta op schiphol met mijn broer Youssef"], "youssef"),
    (["bij perron vier staat mijn vriend Thijs op me te wachten"], "thijs"),
    # JC: a real mail address with a domain still goes
    (["mijn mail is pieter at gmail punt com"], "pieter"),
    (["stuur het naar lotte at hotmail punt nl"], "lotte"),
    # JD: a listed first name or surname before "heeft een ..." still goes
    (["marieke heeft een hostel in amsterdam"], "marieke"),
    (["en jansen heeft een extra bus ingezet voor de school"], "jansen"),
    (["ik ben Anouk en ik heb een hotel in brugge"], "anouk"),
    (["mijn zwager Ruben heeft de rit geannuleerd"], "ruben"),
    # KA: after "de naam ... is" at the line's end
    (["de naam van de dokter is bakker"], "bakker"),
    (["de naam van de huisarts is visser"], "visser"),
    (["de naam voor de reservering is de boer"], "boer"),
    (["de naam op de reservering is van dam"], "dam"),
    (["de naam voor de boeking is de smet"], "smet"),
    (["de naam van mijn begeleider is smit"], "smit"),
    (["de naam van de chauffeur was molenaar"], "molenaar"),
    (["de achternaam van de eigenaar is ter horst"], "horst"),
    (["de naam van mijn buurman is kok"], "kok"),
    # KB: a street with "het" and a house number where someone stays
    (["ik slaap vannacht bij mijn zus aan het rokin veertien"], "rokin veertien"),
    (["hij logeert bij een vriend op het binnenhof drie"], "binnenhof drie"),
    (["ze woont aan het damrak zevenentwintig"], "damrak zevenentwintig"),
    (["we overnachten bij mijn tante aan het spaarne elf"], "spaarne elf"),
    # KC: a letter with its diacritic next to the spelled name
    (["mevrouw Köse", "k o met puntjes s e"], "k o"),
    (["meneer Jürgens", "j u met een umlaut r g e n s"], "j u"),
    (["mijn naam is Zoë", "z o e met een trema"], "z o e"),
    (["de achternaam is Brückner", "b r u met puntjes c k n e r"], "b r u"),
]

ORDINARY = [
    # JA: a place after "uit"/"vanaf", or after "naar" right behind a means of transport
    ["de nachttrein uit praag had twee uur vertraging"],
    ["de vlucht vanaf sofia is geland"],
    ["ik kom oorspronkelijk uit lourdes"],
    ["de bus naar emma gaat niet meer vanavond"],
    ["de veerboot uit harwich legt om negen uur aan"],
    ["hij reed vanaf florence in een keer door"],
    ["de trein naar lisa is vervallen en ik sta hier maar"],
    ["een kaartje naar sofia kost veel te veel"],
    # JB: a place before a station word; a spot with its number
    ["je staat op eindhoven airport bij bagageband vier"],
    ["ik ben nu op rotterdam centraal bij spoor twaalf"],
    ["hij wacht op maastricht airport bij gate drie"],
    ["ze stond bij bagageband zeven te wachten"],
    ["ik zit bij de halte vijf al een uur"],
    ["op groningen station bij de uitgang twee"],
    ["ik ben in leeuwarden station aangekomen"],
    # JC: "at" before a place and a station word
    ["op het scherm staat cancelled at utrecht centraal"],
    ["er stond arrived at lelystad airport dus ik was er"],
    ["op het bord staat departed at zwolle station"],
    # JD: a company that does something
    ["qbuzz heeft een vervangende bus ingezet vanaf groningen"],
    ["stayokay heeft een hostel in amsterdam maar dat zit vol"],
    ["keolis heeft een extra bus ingezet voor de nacht"],
    ["en transdev heeft alle treinen geschrapt"],
    ["maar hostelworld heeft een hotel in gent voor me"],
    ["want ryanair heeft de vlucht van vanavond geannuleerd"],
    # KA near misses: a thing's name, an adjective, a participle
    ["de naam van het hotel is de zwaan"],
    ["de naam van het pension is de ster"],
    ["de naam van de dokter is me ontschoten"],
    ["de naam van de dokter is lastig"],
    ["de naam van de bus is de snelle"],
    # KB near misses: no one stays there, a spot, a time
    ["ik zat aan het eind twee uur te wachten"],
    ["ik sta op het perron vier te wachten"],
    ["we zaten aan het water drie uur lang"],
    ["ik slaap al op het station twee nachten"],
    # KC near misses: letters without a name
    ["dat is een u met puntjes zeg je"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
