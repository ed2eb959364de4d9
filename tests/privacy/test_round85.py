"""Round 85: animals, pets, vets, farms, stables and gardens (holdout CH's forms). What stays: YA a pet's name after
"heet" when the clause's head is a breed ("de labrador heet bram"), YB a breed said as a kind ("het is een berner
sennen van negen jaar"), YC an animal's date of birth ("het veulen is op twaalf maart geboren"). What goes: a person's
name said the way a pet's is (a person or kin word at the head, "de schaapherder heet ..."), a person's date of birth
next to an animal; YD round 84's maker and role-model lines no longer keep a name with a name question two lines
back or a mail word or a phone, address or mail mark near; YE a phone, address or mail, or "ze is mijn tante", on the
line right after such a line takes the name kept there after all; ZA a surname said again corrected on a short line
after it ("o sorry kowalska"), ZB a postcode's letters said first ("eindigt op ka bee"), ZC a mail's first word before
"punt [naam]". All own examples, not taken from the holdouts or
the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # YA near misses: a person at the head of "heet"
    (['mijn zoon heet bram en is drie'], 'bram'),
    (['de schaapherder heet bram'], 'bram'),
    (['mijn buurman met de labrador heet gerrit'], 'gerrit'),
    (['de eigenaar van de teckel heet kees'], 'kees'),
    (['de dierenarts heet mirjam'], 'mirjam'),
    (['hoe heet je', 'ik heet sanne en mijn poedel heet kiki'], 'sanne'),
    (['de baas van de husky heet pieter'], 'pieter'),
    (['mijn dochter met de pony heet lisa'], 'lisa'),
    # YB near misses: a person after an article, a breed with a name and a phone
    (['de boxer van meneer jansen woont in de kerkstraat twaalf'], 'kerkstraat'),
    (['bel de fokker van de labrador op nul zes twaalf vierendertig vijfenzestig'], 'nul zes twaalf'),
    (['mijn buurman kees de boer heeft een beagle'], 'kees'),
    (['het is een beagle van mijn buurman kees'], 'kees'),
    # YC near misses: a person's date of birth next to an animal
    (['mijn dochter is op twaalf maart geboren'], 'twaalf maart'),
    (['de pup is op vier juni geboren en mijn zoon ook'], 'vier juni'),
    (['ik ben op negen mei geboren net als mijn kat'], 'negen mei'),
    (['wat is je geboortedatum', 'het kalf en ik zijn op elf april geboren'], 'elf april'),
    (['mijn kleinzoon is op drie oktober geboren op de boerderij'], 'drie oktober'),
    (['hij is op vijf augustus geboren', 'hij heeft een veulen'], 'vijf augustus'),
    # YD: a private person's full name in a maker or role-model line, with a name asked or contact near
    (['hoe heet je', 'eh', 'ik luister naar een liedje van anna de wit'], 'anna de wit'),
    (['wat is je naam', 'nou', 'anna de wit is mijn grote held'], 'anna de wit'),
    (['mail me even', 'dus karin de boer is je grote voorbeeld'], 'karin de boer'),
    (['dus karin de boer is je grote voorbeeld en haar mail is karin at gmail punt com'], 'karin de boer'),
    (['mijn nummer is nul zes een twee drie vier vijf zes zeven acht',
      'je zong een lied van petra van dam'], 'petra dam'),
    (['mijn moeder anna de wit is mijn grote voorbeeld'], 'anna'),
    (['het liedje van anna de wit mijn zus'], 'anna wit'),
    (['ze woont in de kerkstraat', 'en anna de wit is mijn grote voorbeeld'], 'anna wit'),
    # YE: the line after gives contact or kin
    (['dus anna de wit is je grote voorbeeld', 'haar nummer is nul zes een twee drie vier vijf zes zeven acht'],
     'anna de wit'),
    (['je zong een lied van kees bakker', 'zijn nummer is nul zes twaalf vierendertig'], 'kees bakker'),
    (['je luisterde naar een liedje van anna de wit', 'dat is m\'n buurvrouw'], 'anna de wit'),
    (['dus ria de groot is je grote voorbeeld', 'ze woont in de dorpsstraat negen'], 'ria groot'),
    (['je luisterde naar een album van ellen smit', 'haar mail is ellen at hotmail punt com'], 'ellen smit'),
    (['ik draaide een plaat van henk de jong', 'hij is mijn oom'], 'henk de jong'),
    # ZA: a surname said again, corrected, on a short line after it
    (['ik noteer mevrouw kowalski', 'o sorry kowalska'], 'kowalska'),
    (['ik schrijf meneer hendriksen op', 'nee hendriksma'], 'hendriksma'),
    # ZB: a postcode's letters said first
    (['uw postcode eindigt op ka bee', 'en begint met vierendertig achtentwintig'], 'ka bee'),
    (['je postcode eindigt op ee ef'], 'ee ef'),
    # ZC: a mail's first word before "punt [naam]"
    (['dus sietse punt dijkstra', 'dijkstra met i j', 'apenstaartje gmail punt com'], 'sietse'),
]

ORDINARY = [
    # YA: a pet's name after a breed
    ['de labrador heet bram en is drie'],
    ['onze teckel heet snuf'],
    ['de golden retriever heet max'],
    ['mijn poedel heet kiki en is wit'],
    ['de husky van de buren heet storm'],
    ['het shetlandpaard heet tommie'],
    ['de haflinger heet bella'],
    ['onze beagle heet bo'],
    # YB: a breed said as a kind
    ['het is een berner sennen van negen jaar'],
    ['we hebben een jack russell van twee'],
    ['het is een maine coon van vijf jaar'],
    ['de border collie is heel slim'],
    ['het is een friese stabij met lange haren'],
    ['ze kocht een labradoodle van acht weken'],
    ['een golden retriever verhaart veel'],
    ['onze mechelse herdershond blaft naar de post'],
    # YC: an animal's date of birth
    ['het veulen is op twaalf maart geboren en staat al goed op de benen'],
    ['ons kalf is op drie mei geboren'],
    ['de pups zijn op negen juni geboren'],
    ['het lammetje is op twee april geboren in de wei'],
    ['de kittens zijn op elf augustus geboren'],
    ['onze merrie is op vijf mei geboren'],
    # round 84's maker and role-model lines still kept
    ['we zongen samen een liedje van marco borsato'],
    ['dus anouk de vries is je grote voorbeeld'],
    ['je draaide een plaat van nina simone'],
    ['dus vincent van gogh is je grote held', 'hij schilderde zonnebloemen'],
    ['mijn zus zong een liedje van anna de wit'],
    # near misses of YD/YE: no contact, no name asked
    ['hoe gaat het', 'je luisterde naar een album van ilse delange'],
    ['ik draaide de hele avond platen van herman brood'],
    ['de hond heet rocky', 'hij is drie'],
    ['de kat is in mei geboren', 'ze is lief'],
    ['de volkstuin is nummer twaalf', 'daar staan bonen'],
    # ZA to ZC near misses
    ['de dierenarts kwam langs', 'o sorry ik was even weg'],
    ['de postcode eindigt op twee letters'],
    ['dat is een goed punt'],
    ['de hond heet bobby', 'nee hij is drie'],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
