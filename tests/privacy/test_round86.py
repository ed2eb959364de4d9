"""Round 86: travel, transport and holidays (holdout CI's forms). What stays: AA a car's make and model said as a kind
("je huurauto is een toyota yaris"), not with a kin word or a title in the line, a name asked or a contact mark. What
goes: AB a name after "heet/heette" with a travel or service role as its subject, also when its words are ordinary
words ("de gids heette wang li of li wang"); AC a filler between two pieces of one postcode ("[postcode] ja
[postcode]"); AD a name or a mail's word of the line before said again before "zonder" ("muller zonder umlaut"); AE a
foreign account's country code and check digits ("r o negenenveertig" after an account word, "dus be zevenenzestig"
alone) and the line of letters and digits after an account. All own examples, not taken from the holdouts or the call
data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # AB: a name after a travel or service role's "heet/heette"
    (['de gids heette wang li of li wang dat weet ik niet meer'], 'wang li'),
    (['de reisleider heet kowalczyk'], 'kowalczyk'),
    (['onze buschauffeur heette ming zhao denk ik'], 'ming zhao'),
    (['de stewardess heette lin of lan'], 'lin'),
    (['de stewardess heette lin of lan'], 'lan'),
    (['de piloot heette dirk wolters'], 'wolters'),
    (['onze gastvrouw heette maria jose of zo'], 'maria jose'),
    (['de receptioniste heet kim lee volgens mij'], 'kim lee'),
    (['de skileraar heette hans gruber'], 'gruber'),
    (['die taxichauffeur heette ali yilmaz'], 'yilmaz'),
    (['de kapitein heette bos'], 'bos'),
    (['de gids heette tan'], 'tan'),
    # AB near misses: the role's name next to a pet, a kin word
    (['mijn oom heet wang li'], 'wang'),
    (['de gids heette wang en zijn vrouw heette li'], 'wang'),
    # AA near misses: a person in the line, a name asked, a contact mark
    (['mijn buurman kees rijdt een toyota'], 'kees'),
    (['hoe heet je', 'mercedes garcia en ik huur een auto'], 'mercedes garcia'),
    (['de huurauto staat op naam van kees bakker'], 'kees bakker'),
    (['mijn zoon joris rijdt een opel corsa'], 'joris'),
    (['de verhuurder heet henk jansen en zijn auto is een toyota'], 'henk jansen'),
    (['ik huur de auto bij meneer ford de vries op nul zes een twee drie vier vijf zes zeven acht'],
     'nul zes een twee'),
    # AC: a filler between two pieces of one postcode
    (['dus de postcode is drie vier twee een', 'ka el ja ka el'], 'ka el ja ka el'),
    (['mijn postcode is negen zeven een twee', 'pee ee eh pee ee'], 'pee ee eh pee ee'),
    (['de postcode is vijf zes zeven acht', 'es tee nou es tee'], 'es tee nou es tee'),
    # AD: a name or a mail's word said again before "zonder"
    (['noteer ik j punt muller at gmail punt com', 'muller zonder umlaut'], 'muller'),
    (['ik noteer mevrouw muller', 'muller zonder puntjes'], 'muller'),
    (['mijn mail is k punt schroder at ziggo punt nl', 'schroder zonder trema'], 'schroder'),
    (['dat is meneer gunther', 'gunther zonder h'], 'gunther'),
    (['mijn mail is piet punt jansen at hotmail punt com', 'jansen zonder s'], 'jansen'),
    (['mevrouw kruger zei ze', 'kruger zonder umlaut'], 'kruger'),
    (['ik schrijf meneer lowe op', 'lowe zonder trema'], 'lowe'),
    # AE: a foreign account's country code and check digits, and its next piece of letters and digits
    (['dus fr zesenzeventig', 'drie nul nul nul vier', 'een twee drie vier'], 'fr zesenzeventig'),
    (['het rekeningnummer van mijn zus in polen p l eenenzestig', 'een nul nul nul'], 'p l eenenzestig'),
    (['de bankrekening van de camping in portugal is p t vijftig', 'nul nul twee'], 'p t vijftig'),
    (['dus de rekening in roemenie r o negenenveertig', 'b t r l een twee drie vier'], 'b t r l'),
    (['eh be drieenveertig', 'nul nul een twee drie vier vijf'], 'be drieenveertig'),
    (['de iban van het hotel in kroatie is h r tweeentwintig', 'x y twee vier drie'], 'x y twee vier drie'),
]

ORDINARY = [
    # AA: a car's make and model said as a kind
    ['je huurauto is een toyota yaris'],
    ['we rijden een kia picanto op vakantie'],
    ['de huurauto was een opel corsa'],
    ['ik heb een skoda fabia gehuurd'],
    ['de taxi was een toyota prius'],
    ['ze rijden daar allemaal in een fiat panda met huurauto'],
    ['mijn auto is een renault clio'],
    ['we huurden een peugeot partner voor de camping'],
    ['de leaseauto wordt een volkswagen polo'],
    ['ik heb een dacia duster geparkeerd bij het hotel'],
    ['je reed in een citroen berlingo'],
    ['de deelauto is een hyundai kona'],
    # AB near misses: no role, no name
    ['de gids heette ons welkom in het hotel'],
    ['de reisleider heet iedereen welkom'],
    ['de gids heette eigenlijk anders'],
    ['de bus gaat zonder stop naar het strand'],
    ['het hotel heette de gouden leeuw'],
    ['de chauffeur heet net als ik'],
    ['de gids heet hetzelfde als mijn oom'],
    ['het dorp heette vroeger anders'],
    ['de pont heet ook zo'],
    ['de camping heet zeewind'],
    # AC, AD near misses
    ['dus de trein van half negen ja die van half negen'],
    ['ik reis zonder koffer'],
    ['zon zonder wolken de hele week'],
    ['ik noteer je vlucht', 'vlucht zonder overstap'],
    ['we gaan met de ferry', 'ferry zonder reservering kan ook'],
    ['de postcode van het hotel weet ik niet', 'ja dat weet ik niet'],
    ['het was een tocht zonder gids'],
    ['reizen zonder stress is fijn'],
    # AE near misses: a bus, a seat, a gate, a sum of money
    ['dus de zevenenzestig'],
    ['we nemen bus de zevenenzestig naar het strand'],
    ['ik zit in rij d vijftien'],
    ['je vlucht vertrekt van gate b twaalf'],
    ['dus het is perron vijf b'],
    ['de rekening van het hotel was hoog', 'ja drie nachten'],
]


test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
