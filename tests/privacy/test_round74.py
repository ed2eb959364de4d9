"""Round 74: housing; school, study and childcare (holdouts BT and BU's forms). What stays: LA a room's number ("het
examen is in lokaal nul negen"), a short number right after a room word is no phone number; LB the @ sign talked about
with an article ("waar vind ik het apenstaartje"). What goes: MA after "heet" a first word, particles and a listed
surname ("heet marijke van der berg"); MB an address's number going on: an addition with "streepje", a correction
("ik bedoel twaalf b"), the next house ("nummer vijf en zeven"), the number on the next line after a street alone;
MC "bank" after a bank's name inside an account number. Next to each: what must still go or stay. All own examples,
not taken from the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # LA: a phone number after a room word said with more digits, or a phone number said near a room
    (["mijn nummer is nul zes een twee drie vier vijf zes zeven acht"], "zeven acht"),
    (["bel me op nul zes vier vier drie twee een een nul nul, ik zit in lokaal vijf"], "vier vier drie"),
    (["de juf haar nummer is nul zes twaalf vierendertig zesenvijftig achtenzeventig"], "vierendertig"),
    # LB: a real mail address said with "apenstaartje" still goes
    (["mijn mail is sanne apenstaartje gmail punt com"], "sanne"),
    (["het is pieter apenstaartje hotmail punt nl"], "pieter"),
    (["mail de mentor op jan punt bakker apenstaartje school punt nl"], "bakker"),
    # MA: after "heet" a first word, particles and a listed surname
    (["mijn mentor heet lieven de vries"], "lieven"),
    (["de begeleider heet koen van dijk"], "koen"),
    (["haar leraar", "heet joris de jong"], "joris"),
    (["de kinderopvang juf heet marleen de boer"], "marleen"),
    (["zijn docent heette wout de graaf"], "wout"),
    (["de directeur heet gerrit jansen"], "gerrit"),
    (["mijn begeleider heet lieven"], "lieven"),
    # MB: an addition with "streepje" after the address
    (["ze woont in de kerkstraat vijf en dan een streepje twee"], "streepje twee"),
    (["het adres is de molenweg twaalf streepje drie"], "streepje drie"),
    (["mijn zoon woont op de beukenlaan negen en dan streepje a"], "streepje a"),
    # MB: a correction of the house number
    (["de opvang is op de lindelaan veertien ik bedoel vijftien"], "vijftien"),
    (["mijn moeder woont op de dorpsstraat drie b ik bedoel drie c"], "bedoel"),
    (["hij woont op de kastanjelaan twintig sorry eenentwintig"], "eenentwintig"),
    # MB: the next house
    (["de buren op de esdoornlaan nummer vijf en zeven hebben ook last"], "zeven"),
    (["de huizen aan de wilgenweg elf en dertien staan leeg"], "dertien"),
    (["mijn ouders wonen op de beukenhof acht en tien"], "tien"),
    # MB: the number on the next line after a street alone
    (["mijn zus woont ook in die buurt", "op de populierenlaan", "maar dan tweeëntwintig"], "tweeëntwintig"),
    (["de school staat verderop", "hij woont aan de kastanjelaan", "nummer achttien"], "achttien"),
    (["het is in de berkenstraat", "dan vijftien b"], "vijftien"),
    # MC: "bank" after a bank's name inside an account number
    (["mijn rekening is n l twaalf ing bank nul nul een twee", "drie vier vijf zes"], "bank"),
    (["en el vierenveertig triodos bank nul drie acht vier", "vijf zes zeven acht"], "triodos"),
    (["het nummer is n l zeventig rabo bank nul drie", "een twee drie vier vijf zes"], "bank"),
    (["n l achtenveertig abn bank nul vier vijf zes", "zeven acht negen nul"], "bank"),
    (["mijn iban is en el negen asn bank nul zeven acht", "een een twee twee drie"], "asn"),
]

ORDINARY = [
    # LA: a room's number
    ["je hebt morgen om negen uur je toets wiskunde in lokaal nul acht"],
    ["het examen engels is in zaal nul drie"],
    ["de ouderavond is in lokaal nul veertien"],
    ["ik moet naar collegezaal nul twee voor de presentatie"],
    ["de les is verplaatst naar lokaal b nul zes"],
    ["het mondeling frans is in lokaal nul nul zeven"],
    ["de gymles is in gymzaal nul een"],
    # LB: the @ sign talked about
    ["ik weet niet hoe je een apenstaartje typt op die laptop"],
    ["waar zit het apenstaartje op dit toetsenbord"],
    ["mijn dochter vindt dat apenstaartje altijd zo moeilijk"],
    ["je moet een apenstaartje zetten in het formulier"],
    # MA near misses: no surname, a thing's name, a question
    ["hoe heet die cursus ook alweer"],
    ["het vak heet gewoon de natuurkunde"],
    ["de school heet de regenboog"],
    ["het heet eigenlijk de boer op de hoek"],
    # MB near misses: a number that is no house's
    ["we wonen al vijf jaar in deze buurt"],
    ["ik ben naar de bibliotheek geweest", "maar dan drie uur lang"],
    ["de klas heeft een streepje voor"],
    ["hij kreeg een zes en een streepje"],
    ["ik bedoel twaalf uur niet elf uur"],
    ["de kinderen zijn vijf en zeven jaar"],
    ["groep vijf en zes hebben samen les"],
    ["ze zijn twaalf en veertien"],
    ["hoofdstuk acht en negen moet je leren"],
    # MC near misses: a bank that is no account's
    ["ik ben bij de ing bank geweest voor een lening"],
    ["de triodos bank is dicht op zaterdag"],
    ["ik zit op de bank met de kinderen"],
    ["de rabo bank heeft een studentenrekening"],
    ["ik heb de ing bank drie keer gebeld"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
