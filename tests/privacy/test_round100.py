"""Round 100 (holdout CW, veterans, soldiers, police officers, firefighters and their families, as development
data). What goes: NA a street of two words and its number after "op/aan de" on a line where someone stays (zit,
logeert, verblijft, slaapt); NB a first name (also one that is a word) after "<possessive> <noun> heet"; NC a mail's
local part alone at the line's end after a mail word and "is"/"naar"/"aan"; ND a postcode's digits with a filler
between; NE a postcode's two letters after "de letters", after a number redacted; round 99's doubtful MB ("de lange
voort negentig in zwolle"). What stays: NF a military unit or mission and its number ("bij dutchbat drie in
srebrenica"), NG a title of nobility of an estate ("de graaf van het kasteel"), round 99's doubtful MC (an adjective
after "mijn naam is kees"), and near misses of each form. All own examples, not taken from the holdouts or the calls.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests, word_kept_test

SECRET_CASES = [
    # NA: a street of two words and its number where someone stays
    (["je logeert nu bij je broer op de kromme zijl zevenentwintig"], "zijl"),
    (["ze verblijft een tijdje bij haar vader op de hooghe boezem achttien"], "hooghe boezem achttien"),
    (["hij slaapt bij een oude maat op de lange gouw negen a"], "gouw negen"),
    (["we zitten nu bij mijn schoonmoeder aan de stille kern tweehonderd"], "kern tweehonderd"),
    (["dus je zit voorlopig bij je dochter op de westlandsche vliet veertig"], "westlandsche vliet"),
    (["hij zat na de uitzending bij zijn ouders op de korte vlijt elf"], "vlijt elf"),
    # NB: a first name after "<possessive> <noun> heet"
    (["dus je maat heet roos de wit"], "roos"),
    (["je sergeant heet bas"], "bas"),
    (["haar commandant heet jan in t veld"], "veld"),
    (["zijn teamgenoot heet bas van der zee"], "bas zee"),
    (["mijn kameraad heet hein ter horst"], "hein horst"),
    # NC: a mail's local part alone at the line's end
    (["het mailadres van mijn dochter is jolien1984"], "jolien1984"),
    (["stuur de mail maar naar kwakkelstein"], "kwakkelstein"),
    (["de mail van zijn oude commandant is hbosman"], "hbosman"),
    (["je kunt het mailen aan vandersluijs"], "vandersluijs"),
    (["zijn mail is pieterjanw", "apenstaartje ziggo punt nl"], "pieterjanw"),
    # ND: a postcode's digits with a filler between
    (["de postcode is vier eh vier acht twee"], "vier acht twee"),
    (["postcode was zes ehm drie", "drie vijf"], "zes"),
    (["mijn postcode is een uh twee drie"], "twee drie"),
    (["en de postcode is negen uhm nul"], "negen nul"),
    # NE: a postcode's letters after "de letters", after a number redacted
    (["het was negen een vijfenveertig", "en de letters bee ee"], "bee"),
    (["dus vijf zes eenenzeventig", "ja en de letters em ee"], "em"),
    (["de postcode is zes vier eenenvijftig en de letters ka el"], "ka el"),
    (["is het twee drie negentien of twee drie negenentwintig", "negentien", "en de letters es tee"], "es tee"),
    # round 99's doubtful MB: a street's adjective before an ordinary word
    (["de lange voort negentig in zwolle"], "voort negentig"),
    (["dus de oude gracht twaalf in utrecht"], "gracht twaalf"),
    (["de hoge brink zeven in deventer"], "brink zeven"),
    # round 99's MC still takes a surname that is a word
    (["mijn naam is kees winter"], "winter"),
    (["uw naam is sanne vogel"], "vogel"),
    (["mijn naam is kees bakker en ik was brandweerman"], "bakker"),
    # NF/NG do not keep a real address or a surname
    (["ik woon in de brigadestraat drie in assen"], "brigadestraat"),
    (["ik sprak meneer de graaf van de afdeling veteranenzaken"], "graaf"),
]

ORDINARY = [
    # NA: things with a number, no street
    ["ik zit op de gesloten afdeling vier"],
    ["hij slaapt op de bovenste verdieping drie"],
    ["we zaten op de eerste rij twaalf"],
    ["ze zat op de intensive care drie dagen"],
    ["ik zit hier op de kazerne twee weken"],
    ["hij sliep op de oude zolder"],
    ["ik zat op de nachtdienst twee keer per week"],
    # NB: heet without a name
    ["mijn soep heet eigenlijk anders"],
    ["je oom heet ook zo"],
    ["mijn hond heet eigenlijk anders"],
    ["onze kat heet max en ze is drie"],
    ["ons paard heet bas"],
    ["mijn eenheid heet nu anders"],
    # NC: a mail word and an ordinary end
    ["de mail van defensie is binnengekomen"],
    ["stuur een mail naar ons"],
    ["ik stuur een mail naar kpn"],
    ["de mail van het loket is doorgestuurd"],
    ["de mail van vanochtend is verdwenen"],
    ["mail maar naar het veteraneninstituut"],
    ["de mail is kwijt"],
    ["de mail aan de kazerne"],
    # ND: a postcode without its digits
    ["de postcode is eh weet ik niet meer"],
    ["de postcode is eh"],
    ["mijn postcode is veranderd na de verhuizing"],
    # NE: letters without a number
    ["op school leerden we eerst de letters"],
    ["om negen uur oefenden we de letters"],
    ["ze kent al de letters a en b"],
    # NF: a unit or mission and its number
    ["ik zat bij dutchbat twee in bosnie"],
    ["je zat bij dutchbat drie in srebrenica in vijfennegentig"],
    ["mijn vader diende bij het bataljon twaalf"],
    ["hij was bij sfor twee in bosnie"],
    ["ik ging met isaf drie naar afghanistan"],
    # NG: a title of an estate
    ["de graaf van het kasteel gaf een rondleiding voor de veteranen"],
    ["de gravin van het landgoed opende de herdenking"],
    ["de baron van het slot kwam ook kijken"],
    ["de hertog van het dorp was er niet"],
    # MB: no adjective, an ordinary word
    ["het team twee in assen"],
    ["de ploeg drie in zwolle"],
]

KEPT = [
    (["mijn naam is kees gelukkig"], "gelukkig"),
    (["mijn naam is lotte verdrietig"], "verdrietig"),
    (["mijn naam is bram eerlijk gezegd"], "eerlijk"),
    (["je logeert nu bij je broer op de kromme zijl zevenentwintig"], "broer"),
    (["dus je maat heet roos de wit"], "maat"),
    (["de mail van zijn oude commandant is hbosman"], "commandant"),
    (["de postcode is vier eh vier acht twee"], "postcode"),
    (["de postcode is zes vier eenenvijftig en de letters ka el"], "letters"),
    (["ik zat bij dutchbat twee in bosnie en daarna bij de politie"], "dutchbat"),
    (["de graaf van het kasteel en mijn naam is kees winter"], "graaf"),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
test_word_kept = word_kept_test(KEPT)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY + [lines for lines, _ in KEPT])
