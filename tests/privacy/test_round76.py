"""Round 76: money matters (holdout BW's forms). What stays: OA what an organisation, office, bank or shop is called
after "heet" when the clause's head is such a word ("de bank in utrecht heet knab", "het spaarfonds heet noppes").
What goes: OA's other side, a listed first name after "heet" when the clause's head is a person, also next to a bank
or shop ("de baas van de winkel heet gerrit", "mijn adviseur bij de bank heet joris"); OB a house number's suffix glued
with a hyphen ("kerkstraat 12-bis"); OC a name of the line before said again, spelled or qualified ("... karel" /
"karel met een k"); OD a name before "heet" at a subordinate clause's end ("hij zegt dat hij eigenlijk bram heet");
OE a postcode whose letters hold "de" (the letter d) on a line of its own ("dus zevenendertig twaalf de ka"); OF the
last letter of a spelled top-level domain ("... punt be ge"); OG a mail's first part on the line after "... en
daarvoor"; OH a postcode's two letters on the line after "de letters waren"; OI a postcode's digits said with "honderd"
("mijn postcode is twaalf honderd vier"). Next to each: what must still go or stay. All own
examples, not taken from the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # OA near misses: a person at the clause's head, a title or a person's full name after "heet"
    (["de baas van de winkel heet gerrit"], "gerrit"),
    (["mijn adviseur bij de bank heet joris"], "joris"),
    (["de medewerker van de bank heet sanne de vries"], "sanne vries"),
    (["de man van de bank heet joris"], "joris"),
    (["de mevrouw van de bank heet tineke"], "tineke"),
    (["de vrouw van het incassobureau heet yvonne de groot"], "yvonne groot"),
    (["de budgetcoach heet fibu"], "fibu"),
    (["de coach van de bank heet bram"], "bram"),
    (["de bewindvoerder heet fleur jansen"], "fleur jansen"),
    (["de schuldhulpverlener heet sanne"], "sanne"),
    (["de bank heet ingrid jansen"], "ingrid jansen"),
    (["de bank heet sanne"], "sanne"),
    (["het kantoor van mijn broer heet zon"], "zon"),
    (["de budgetcoach heet mevrouw gielen"], "gielen"),
    # OB: a house number's glued suffix
    (["ik woon op de kerkstraat twaalf-bis"], "bis"),
    (["het adres is dorpsweg 17-bis"], "bis"),
    (["stuur het naar molenweg 4-hs"], "hs"),
    (["ik woon op de kerkstraat 12 bis"], "bis"),
    # OC: a name said again on the next line
    (["dus jij bent stefan müller", "muller met een umlaut"], "muller"),
    (["je spreekt met karel", "karel met een k"], "karel"),
    (["dus jij bent anna de wit", "de wit met een w"], "wit"),
    (["mijn buurman heet kees", "kees is aardig"], "kees"),
    (["ik heb kees gesproken", "kees had gelijk"], "kees"),
    # OD: a name before "heet" at a subordinate clause's end
    (["dus de budgetcoach heet mevrouw bakels en je zegt dat ze marit heet"], "marit"),
    (["ik vroeg of hij rudi heet"], "rudi"),
    (["hij zegt dat hij eigenlijk bram heet"], "bram"),
    (["en ze zegt dat ze soufiane heet"], "soufiane"),
    (["ik dacht dat je jolanda heet"], "jolanda"),
    # OE: a postcode with "de" among its letters
    (["dus zevenendertig twaalf de ka"], "zevenendertig twaalf ka"),
    (["ja dertien vierenzestig eh de ef"], "dertien vierenzestig ef"),
    (["mijn postcode is twaalf vierendertig de de"], "twaalf vierendertig"),
    (["dus zesentwintig nul twee de er"], "zesentwintig twee er"),
    # OF: a top-level domain's last letter
    (["mijn mail is piet apenstaartje gmail punt be ge"], "ge"),
    (["je mail is ria streepje bos apestaartje abv punt be ge"], "ge"),
    # OG: a mail's first part on the line after "... en daarvoor"
    (["apenstaartje hotmail punt com en daarvoor", "zonnebloempje negentien"], "zonnebloempje negentien"),
    (["het eindigt op apestaartje ziggo punt nl en daarvoor", "eh wolkenkrabber tachtig"], "wolkenkrabber tachtig"),
    # OH: a postcode's letters after "de letters waren"
    (["en de letters waren", "ka el"], "ka el"),
    (["de letters zijn", "es te"], "es te"),
    # OI: a postcode's digits said with "honderd"
    (["mijn postcode is twaalf honderd vier", "be ce"], "twaalf vier"),
    (["de postcode is vijftien honderd en drie"], "vijftien drie"),
]

ORDINARY = [
    # OA: an organisation's, office's, bank's or shop's name
    ["de bank in utrecht heet knab"],
    ["onze bank heet triodos"],
    ["het bureau heet kredo"],
    ["het energiebedrijf heet vandebron"],
    ["de nieuwe bank heet knab"],
    ["het spaarfonds heet noppes"],
    ["en de bank heet bunq"],
    ["mijn bank heet bunq"],
    ["het incassobureau in rotterdam heet intrum"],
    ["de zorgverzekeraar heet zilveren kruis"],
    ["het loket bij de gemeente heet geldwijzer"],
    ["de webshop heet wehkamp"],
    ["het uitzendbureau heet randstad"],
    ["de winkel heet de spaarpot"],
    ["het kantoor in de stad heet het loket"],
    ["de afdeling heet schuldhulp"],
    ["heeft het bureau een naam", "het bureau heet budgetkracht"],
    ["mijn bank heet bunq", "en mijn spaarrekening staat bij de rabo"],
    # OB near misses: a number with no street
    ["ik heb het huis op nummer 12 bis gekocht"],
    ["ik woon al tien jaar op de kerkweg"],
    # OC near misses: a word said again that was no name
    ["dus je bent bij de bank geweest", "de bank met een blauw logo"],
    ["wat een mooie naam", "naam met een verhaal"],
    ["de rekening staat op naam van het bedrijf"],
    # OD near misses: no name before "heet"
    ["ik weet niet meer hoe ze heet"],
    ["ik dacht dat het anders heet"],
    ["ze vroeg hoe het potje heet"],
    ["hij zei dat het fonds zo heet"],
    ["weet je hoe dat ding heet"],
    ["mijn neef heet ook zo"],
    ["ik vraag me af of ze echt zo heet"],
    # OE near misses: numbers and "de" that are no postcode
    ["zevenentwintig kilo aardappelen en de rest"],
    ["ik heb twintig nul nul de vorige maand betaald"],
    ["om twaalf nul nul de ouders"],
    ["om tien over half de bus"],
    # OF near miss: a mail's domain said, no letters after it
    ["nee de e-mail van de bank kwam gisteren", "dat was een punt nl adres"],
    # OG to OI near misses
    ["ik kreeg een mail en daarvoor", "een brief van de bank"],
    ["de letters waren", "heel klein gedrukt"],
    ["de letters zijn", "a b c"],
    ["de postcode van het huis kostte vijftien honderd euro"],
    ["we betalen twaalf honderd per maand"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
