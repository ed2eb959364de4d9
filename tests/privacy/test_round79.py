"""Round 79: old age and the people around it; newcomers and their helpers (holdouts CA and CB's forms). What goes:
RA a nickname after "noemen ze je ... maar je heet" (or a name-like word after "noemen ze me"); RB an account's check
digits on the line after a line that ended in "n l"; RC a number glued to a bank code ("... zesenzeventigrabo") and
"(dus) en el <two digits> ing" at the line's start; RD a birthday on a named feast day ("jarig op oudejaarsdag", or
"op koningsdag" after a line that asked for the birthday); RE two letters at the line's end after a [postcode], two
letters alone after "en dan de letters"; RF a mail's first part and domain around "punt [naam] at"; RG a day of
birth alone after a line with "geboortedatum"; RH a number word with a dropped "t" ("achenvijftig", "vierentachig").
RK (what stays): a count at the head of the line after a phone number ("drie keer per week", "twee uur later"),
while the real continuation of a number split over two lines still goes ("drie keer nul ...").
Next to each: what must stay. All own examples, not taken from the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, next_line_test, round_tests

SECRET_CASES = [
    # RA: nicknames
    (["op school noemden ze hem kolja maar hij heet nikolaj petrov"], "kolja nikolaj"),
    (["iedereen noemt haar mimi maar ze heet miriam de graaf"], "mimi miriam"),
    (["in de ploeg noemen ze me sasa maar mijn naam is aleksandar"], "sasa"),
    (["mijn collega's noemen me tonka"], "tonka"),
    (["de buren noemen hem gigi want niemand kan zijn naam zeggen"], "gigi"),
    (["in de fabriek noemen ze je vlad maar je heet vladislav popescu"], "vlad"),
    (["thuis noemen ze haar lina maar ze heet alina georgescu"], "lina"),
    (["ze noemen me tiko maar ik heet tikhon"], "tiko tikhon"),
    # RB: check digits after "n l"
    (["wat zeg je na de n l", "eh eenennegentig"], "eenennegentig"),
    (["en wat komt er na en el", "achtentachtig"], "achtentachtig"),
    (["welk getal hoorde je na de n l", "vierendertig"], "vierendertig"),
    (["wat is het getal na de n l", "ah zesenzestig", "dus n l zesenzestig ing nul twee", "vier vier vijf"],
     "zesenzestig"),
    (["wat volgt er op de n l", "ah negenendertig", "ja n l negenendertig knab nul een nul een", "twee twee"],
     "negenendertig"),
    # RC: a number glued to a bank code; "en el .. ing" at the line's start
    (["nl tweeënvijftigrabo nul vier vier", "acht acht"], "tweeenvijftigrabo nul vier"),
    (["n l dertigknab drie twee een"], "dertigknab drie twee een"),
    (["ja en el vijftien ing nul zes zes"], "vijftien ing nul zes"),
    (["dus n l achtenveertig abna twee twee vijf"], "achtenveertig abna twee vijf"),
    (["nl negenentachtigbunq twee twee"], "negenentachtigbunq twee"),
    (["ja en el vijftien ing", "nul zes zes", "vier een een", "acht acht zeven"], "vijftien ing"),
    (["oke en el zeventig rabo", "nul twee twee", "een een drie"], "zeventig rabo"),
    (["nl drieëndertigabna nul vier vier", "twaalf dertien"], "drieendertigabna"),
    # RD: a birthday on a feast day
    (["mijn zoon is geboren op tweede kerstdag"], "tweede kerstdag"),
    (["zij is jarig op valentijnsdag"], "valentijnsdag"),
    (["wanneer is je verjaardag", "op koningsdag"], "koningsdag"),
    (["ben je ergens in december jarig", "ja met kerstavond"], "kerstavond"),
    (["mijn verjaardag valt altijd op nieuwjaarsdag ja"], "nieuwjaarsdag"),
    (["dus je bent jarig op oudejaarsdag"], "oudejaarsdag"),
    (["mijn vrouw is jarig op tweede kerstdag"], "tweede kerstdag"),
    (["hij is jarig met pakjesavond"], "pakjesavond"),
    (["ze is geboren op oudjaar"], "oudjaar"),
    # RE: a postcode's letters
    (["de postcode is achtendertig zeventien", "en dan de letters", "ka em"], "ka em"),
    (["postcode vijf twee drie nul", "de letters", "es te"], "es te"),
    (["postcode zestig vijftien", "of zestig zestien", "ja dertien ef te"], "ef te"),
    (["acht twee zesentwintig", "en dan de letters", "es we"], "es we"),
    (["negen nul zeventien", "en dan de letters", "pe ka"], "pe ka"),
    (["postcode vier vier drie een", "of vier vier drie zeven", "ah drie zeven te ka"], "te ka"),
    (["postcode twee twee acht een", "of twee twee acht negen", "eh acht negen ce ha"], "ce ha"),
    # RF: a mail's first part and domain
    (["en zijn mail is bo punt jansen at kpnmail"], "bo jansen kpnmail"),
    (["het eind is punt nl", "en het begin is ed punt jansen at planet"], "ed jansen planet"),
    # RG: a day of birth alone after "geboortedatum"
    (["wat is uw geboortedatum", "zeventien"], "zeventien"),
    (["en de geboortedatum van uw man", "eh negenentwintig"], "negenentwintig"),
    (["de geboortedatum van je broer", "drie"], "drie"),
    # RH: a number word with a "t" the recognizer dropped ("achen...", "...tachig")
    (["bel me op nul zes vierendertig achenzestig twaalf elf"], "vierendertig achenzestig twaalf elf"),
    (["ze is geboren op drie vier negentien zesentachig"], "negentien zesentachig"),
    # RK: the real continuation of a number split over two lines still goes
    (["mijn nummer is nul zes een twee", "drie vier vijf zes"], "drie vier vijf zes"),
    (["mijn nummer is nul zes twee", "drie keer nul vijf acht"], "drie nul vijf acht"),
    (["bel de buurman op nul zes vier vier", "twee keer acht en dan negen een"], "twee acht negen een"),
    # RK: the phone number itself still goes with a count on the next line
    (["bel me op nul zes een twee drie vier vijf zes zeven acht", "drie keer per week"], "nul zes een twee acht"),
]

ORDINARY = [
    # RA near misses
    ["hoe noemen ze dat ding ook alweer"],
    ["ze noemen me altijd de baas maar dat ben ik niet"],
    ["ze noemen hem gek maar hij heet gewoon anders"],
    ["noem je dat een oplossing"],
    ["hoe noem je dat in het arabisch"],
    ["ze noemen me lief maar ik voel me niet zo"],
    # RB near misses
    ["ik woon al jaren in nl", "ja twintig"],
    ["wat komt na de n l", "dat weet ik niet"],
    # RC near misses
    ["ik werk bij de rabo", "drie dagen"],
    ["ik bankier bij de ing en de rabo"],
    ["we hebben veel achting voor de ouderen"],
    ["twintig ing medewerkers kregen ontslag"],
    # RD near misses
    ["op koningsdag gaan we altijd naar de markt"],
    ["mijn dochter is jarig en we vieren het met kerst"],
    ["ik werk op tweede kerstdag"],
    ["wanneer ben je jarig", "dat weet ik niet meer"],
    ["was je verjaardag leuk", "ja en op oudejaarsdag komt de familie"],
    ["was je verjaardag leuk", "nee want ik moest werken"],
    ["op valentijnsdag was ik alleen"],
    # RE near misses
    ["de postcode klopt", "en dan de letters", "ja ja"],
    ["en dan de letters", "die ben ik kwijt"],
    ["hoe schrijf je de letters", "ik weet het niet"],
    # RF near misses
    ["het staat op punt drie van de brief"],
    ["ik zat bij punt twee van de lijst"],
    # RG near misses
    ["weet u uw geboortedatum", "nee"],
    ["de geboortedatum staat op de pas", "tien minuten"],
    ["wat is uw geboortedatum", "dat staat in de papieren"],
    # RH near misses
    ["we lachen erom"],
    ["de kachel is kapot"],
    ["ach en wee zei ze"],
    # RK: counts and quantities after a line without a number
    ["drie keer per week ga ik naar de dagbesteding"],
    ["twee uur later belde hij terug"],
    ["vijf dagen niet geslapen"],
    ["drie kinderen heb ik"],
]

# RK: a count at the head of the line after a phone number stays
NEXT_KEPT = [
    (["je kunt me bellen op nul zes een twee drie vier vijf zes zeven acht", "drie keer per week ga ik naar de dagbesteding"], 1),
    (["mijn nummer is nul zes een twee drie vier vijf zes zeven acht", "twee uur later belde hij terug"], 1),
    (["mijn nummer is nul zes een twee drie vier vijf zes zeven acht", "vijf dagen niet geslapen"], 1),
    (["mijn nummer is nul zes een twee drie vier vijf zes zeven acht", "drie kinderen heb ik"], 1),
    (["mijn nummer is nul zes een twee drie vier vijf zes zeven acht", "tien euro per week"], 1),
    (["bel me op nul zes een twee drie vier vijf zes zeven acht", "ja twee of drie keer per nacht word ik wakker"], 1),
    (["het nummer van mijn zus is nul zes acht acht zeven zes vijf vier drie twee", "zes weken heb ik haar niet gezien"], 1),
    (["bel de huisarts op nul twee nul drie vier vijf zes zeven acht negen", "en vier jaar geleden ook al"], 1),
    (["dat is nul zes negen acht zeven zes vijf vier drie twee", "acht maanden ben ik nu zonder werk"], 1),
    (["ze heeft nul zes een een twee twee drie drie vier vier", "twaalf pillen per dag slikt ze"], 1),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


test_next_line_kept = next_line_test(NEXT_KEPT)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY + [lines for lines, _ in NEXT_KEPT])
