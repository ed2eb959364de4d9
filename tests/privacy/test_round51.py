"""Round 51: calls in a hurry or under stress (data broken off and said again, where the caller is now, a second
number). All own examples, not taken from the holdouts.
Secrets that go: a street of one or two words and its house number after "aan de" / "op de" where the caller is now
or stays ("bij de lidl op de middenweg zestig", "je logeert bij je oom aan de hout veertien", "aan de oude vest
negenenzestig"); a street sign read out and the house number on the next line; a phone number without its "nul zes"
("zonder de nul zes is het een ..."); digits said with an accent ("nul ses", "zefen"); a name said slowly on its own
line after a request; a name explained by a letter ("die xiu schrijf je met een x"); a name after "op naam van"; a
postcode's letter said again ("en de er"); an e-mail's local part on its own line before "apenstaartje"; a Belgian
account number ("rekeningnummer be ..."); a birthday's date on the line after "jarig".
Near misses that stay: "in de jaren tachtig", "in de strip" / "acht", "aan de telefoon", a table or a bus with a
number, "de middenweg" as a compromise, "op naam van mijn moeder", "dat schrijf je met een k", "zeg het nog eens" /
"rustig", and ordinary dates that are no birth date ("dat was in oktober tweeduizend drieentwintig", "vorig jaar",
"in de zomer van ...", a wedding or a move date).
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # A. where the caller is now or stays
    (["ik sta bij de ingang van de lidl op de middenweg zestig"], "middenweg zestig"),
    (["ze slaapt vannacht bij haar zus aan de brink zevenentwintig"], "brink zevenentwintig"),
    (["je logeert bij je oom aan de hout veertien"], "hout veertien"),
    (["hij woont in leiden aan de oude vest negenenzestig"], "oude vest negenenzestig"),
    (["je verblijft bij een vriendin aan de korte gracht twaalf"], "korte gracht twaalf"),
    (["ik zie een bordje lindelaan noordzijde", "het huis ernaast heeft nummer zes"], "lindelaan noordzijde zes"),
    (["er staat een bordje molenpad oost", "en op de deur staat nummer elf"], "molenpad oost elf"),
    # B. a phone number broken off and said again
    (["dus zonder de nul zes is het een twee acht negen een drie vijf zeven"], "twee acht negen drie vijf zeven"),
    (["zonder nul zes is het vier vier een twee drie acht zeven zes"], "vier twee drie acht zeven zes"),
    (["ik schrijf op nul ses drie een zefen vier vier twee acht negen"], "ses drie zefen vier twee acht negen"),
    # C. names said slowly, explained by a letter, after "op naam van"
    (["kun je het nog eens langzaam zeggen", "mekdes"], "mekdes"),
    (["zeg het nog een keer langzaam", "abebech"], "abebech"),
    (["mevrouw chen", "chen xiulan", "die xiu schrijf je met een x"], "chen xiulan xiu"),
    (["meneer wu", "wu zhenyu", "die zhen schrijf je met een z"], "wu zhenyu zhen"),
    (["het staat op naam van Visser"], "visser"),
    (["de rekening staat op naam van de Boer"], "boer"),
    (["dus IBAN NL91 RABO 0123 4567 89 op naam van Smit"], "smit"),
    # D. a postcode's letters said again, an e-mail's local part alone on its line
    (["de postcode is drieendertig twaalf", "en dan de b van bernard en de er"], "drieendertig twaalf bernard er"),
    (["zahrabibi", "alles aan elkaar", "apenstaartje gmail punt com"], "zahrabibi gmail"),
    (["koosjevandam", "at hotmail punt com"], "koosjevandam hotmail"),
    # E. what the rules alone missed: a Belgian account number, a birthday's date on the line after "jarig"
    (["uw rekeningnummer be eenenzestig vier nul nul nul twaalf vierendertig zesenvijftig"], "be eenenzestig"),
    (["mijn belgische rekening dus be zes acht vier nul nul nul een twee drie vier vijf zes"], "be zes acht vier"),
    (["mijn broer is morgen jarig", "op de zevende juni"], "zevende juni"),
    (["ze is volgende week jarig", "op twaalf maart"], "twaalf maart"),
]

ORDINARY = [
    # A. no street where the caller is
    ["in de jaren tachtig"],
    ["hoeveel zitten er nog in de strip", "acht"],
    ["ik zit al aan de telefoon sinds tien"],
    ["we zaten aan de tafel met zijn zessen"],
    ["ik zit in de bus twaalf"],
    ["we moeten de middenweg zoeken samen"],
    ["er hangt een bordje met verboden toegang"],
    # B. and C. what stays around a name
    ["het staat op naam van mijn moeder"],
    ["de huur staat op naam van de woningbouw"],
    ["dat schrijf je met een k"],
    ["zeg het nog eens", "rustig"],
    ["kun je het nog eens langzaam zeggen", "oke"],
    ["mijn rekening staat weer in het rood"],
    ["ze is morgen jarig", "op zaterdag geven we een feestje"],
    # the dates that are no birth date
    ["dat was in oktober tweeduizend drieentwintig"],
    ["dat was in maart vorig jaar"],
    ["we zijn verhuisd in mei tweeduizend negentien"],
    ["dat was in de zomer van tweeduizend achttien"],
    ["we zijn getrouwd in juni negentien negentig"],
    ["dat was in tweeduizend eenentwintig"],
    ["sinds januari tweeduizend tweeentwintig woon ik alleen"],
    ["in april tweeduizend twintig ben ik ontslagen"],
    ["in de winter van tweeduizend zeventien ging het mis"],
    ["vorig jaar in september is mijn vader overleden"],
    ["vanaf november tweeduizend drieentwintig heb ik geen werk"],
    ["we zijn in augustus verhuisd"],
    ["dat was in het voorjaar"],
    ["hij is in december tweeduizend vijftien vertrokken"],
    ["ik ben in februari gescheiden"],
    ["dat was in juli vorig jaar"],
    ["in tweeduizend negentien begon het"],
    ["we trouwden in september tweeduizend twaalf"],
    ["dat was eind oktober"],
    ["ik woon hier sinds tweeduizend zestien"],
    ["in maart tweeduizend vierentwintig kreeg ik de brief"],
    ["dat was in de herfst"],
    ["we gingen in juni op vakantie"],
    ["sinds de zomer slaap ik slecht"],
    ["dat was in mei negentien negenennegentig"],
    ["in januari gaat de huur omhoog"],
    ["hij kwam in april tweeduizend elf uit de gevangenis"],
    ["we zijn in oktober tweeduizend tien getrouwd"],
    ["dat was half november"],
    ["het is begin maart gebeurd"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
