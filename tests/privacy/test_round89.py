"""Round 89 (holdout CL, banks, insurers and customer services, as development data). What goes: DA a first name
and a surname at a clause's start followed by the organisation the person speaks for ("<first> <surname> van de
(duitse) verzekering heeft ..."), also a first name no list knows; DB a year of birth said alone on its own line
after a day and a month that went on the two lines before ("eh <day>" / "eh <month>" / "<year>"); DC (round 88's
doubtful form) a name of short syllables no dictionary knows after a self-introduction ("ik ben anh le", "hier is
thi le"). What stays: the organisation after such a name ("van de klantenservice" is no part of the name), ordinary
talk about organisations and years, plain "ik ben" / "hier is" talk. All own examples, not taken from the holdouts
or the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests, word_kept_test

SECRET_CASES = [
    # DA: first name + surname + van (de) (adjective) <organisation>
    (['birgit schneider van de zorgverzekeraar heeft gisteren teruggebeld'], 'birgit schneider'),
    (['en toen zei henk mulder van de belastingdienst dat het niet kon'], 'henk mulder'),
    (['jurgen weber van de energiemaatschappij stuurt je een brief'], 'jurgen weber'),
    (['rutger hoekstra van de hypotheekverstrekker belde net'], 'rutger hoekstra'),
    (['ingrid bauer van de klantenservice zegt dat het klopt'], 'ingrid bauer'),
    (['dus lukas fischer van de rabobank komt dinsdag langs'], 'lukas fischer'),
    (['ja wolfgang richter van het incassobureau heeft weer gemaild'], 'wolfgang richter'),
    (['olaf janssen van de oostenrijkse bank heeft een brief gestuurd'], 'olaf janssen'),
    (['mehmet yilmaz van de woningcorporatie belt je terug'], 'mehmet yilmaz'),
    (['stefan koch van het deurwaarderskantoor stond vanmiddag voor de deur'], 'stefan koch'),
    (['gerda smeets van de thuiszorg heeft het doorgegeven'], 'gerda smeets'),
    (['horst keller van de zwitserse verzekeraar wil je spreken'], 'horst keller'),
    # DB: a year alone after a day and a month
    (['de verzekeraar vraagt je geboortedatum ter controle', 'eh vijf', 'eh maart', 'achtenvijftig'],
     'vijf maart achtenvijftig'),
    (['ze wilden je geboortedatum nog even horen', 'eh drie', 'eh december', 'negenennegentig'],
     'drie december negenennegentig'),
    (['de bank wil je geboortedatum weten', 'uh zeventien', 'uh juli', 'negentien tweeënzestig'],
     'zeventien juli tweeënzestig'),
    (['voor de polis je geboortedatum graag', 'eh elf', 'eh februari', 'eh zesentachtig'],
     'elf februari zesentachtig'),
    (['de helpdesk vraagt je geboortedatum om het te checken', 'eh negen', 'eh mei', 'eenenveertig'],
     'negen mei eenenveertig'),
    (['de pensioenfondsmedewerker wil je geboortedatum hebben', 'eh dertig', 'eh april', 'tweeënzeventig'],
     'dertig april tweeënzeventig'),
    # DD (round 88's doubtful form): "<kin or role> heet <first name> van de <word>", also a stop word as surname
    (['haar zoon heet tim van de weg'], 'tim weg'),
    (['de chef heet ruud van der meer'], 'ruud meer'),
    (['mijn collega heet kees van de pas hoor'], 'kees pas'),
    (['de huisarts heet paul van der meer'], 'paul meer'),
    (['mijn schoonzus heet ellen van de weg denk ik'], 'ellen weg'),
    # DC: a name of short unknown syllables after a self-introduction
    (['goedenavond ik ben anh le'], 'anh le'),
    (['hier is thi le van de bank'], 'thi le'),
    (['u spreekt met minh tran'], 'minh tran'),
    (['ik ben thanh vu hoor'], 'thanh vu'),
    (['met linh vo'], 'linh vo'),
    (['mijn naam is quan ly'], 'quan ly'),
    (['hallo hier is kim ngoc'], 'kim ngoc'),
    (['ja ik ben tuan dao en ik bel over mijn rekening'], 'tuan dao'),
]

ORDINARY = [
    # DA near misses: no name before the organisation
    ['iemand van de verzekering heeft je gemaild'],
    ['de man van de bank heeft gisteren gebeld'],
    ['twee brieven van de belastingdienst liggen nog op tafel'],
    ['zorg thuis van de gemeente is gestopt'],
    ['gisteren nog van de bank gehoord'],
    ['nieuwe polis van de zorgverzekeraar is binnen'],
    ['extra kosten van de energiemaatschappij vallen tegen'],
    ['volgens mij van de bank'],
    ['echt heel vervelend van de klantenservice'],
    ['oude schulden van het incassobureau zijn betaald'],
    ['eerst wachten van de helpdesk zeiden ze'],
    ['een medewerker van de woningcorporatie komt kijken'],
    ['de brief van de deurwaarder ligt in de la'],
    ['lang wachten van de thuiszorg hoorde ik'],
    ['drie aanmaningen van de zorgverzekeraar en een brief van het incassobureau'],
    ['twee herinneringen van de bank en nu een aanmaning van de gemeente'],
    # DB near misses: numbers that are no year of birth
    ['de afspraak is op twintig', 'eh oktober', 'om half drie'],
    ['hoeveel mensen waren er', 'vijftig'],
    ['hoe lang duurt het nog', 'eh tien minuten'],
    ['welke dag komt de monteur', 'eh maandag', 'om negen uur'],
    # DD near misses: heet without a person's name after it
    ['mijn zoon heet zo omdat het van de oma komt'],
    ['hoe heet die van de bank nou'],
    ['mijn collega heet eigenlijk anders'],
    ['de winkel heet van de weg de beste'],
    # DC near misses: plain talk after ik ben / hier is / met
    ['ik ben moe hoor'],
    ['hier is het koud'],
    ['ik ben er zo'],
    ['met mij gaat het goed'],
    ['ik ben bang dat het niet lukt'],
    ['ik ben al thuis'],
    ['ik ben zo blij'],
    ['hier is alles rustig'],
    ['ik ben ok hoor'],
    ['hier is de bank open tot vijf'],
    ['ik ben net op'],
    ['met de bank gaat het niet'],
]

# words that stay while data next to them goes (both ways)
KEPT = [
    (['dieter schmidt van de klantenservice belt je morgen'], 'klantenservice'),
    (['pierre dubois van de franse bank heeft gebeld'], 'franse'),
    (['birgit schneider van de zorgverzekeraar heeft gisteren teruggebeld'], 'zorgverzekeraar'),
    (['de bank wil je geboortedatum weten', 'uh zeventien', 'uh juli', 'negentien tweeënzestig'], 'geboortedatum'),
    (['hier is thi le van de bank'], 'bank'),
    (['mag ik uw geboortedatum ter verificatie', 'twaalf', 'maart', 'eenenzestig'], 'verificatie'),
    (['ze willen je geboortedatum ter controle', 'de vierde', 'juni', 'tachtig'], 'controle'),
    (['je geboortedatum graag', 'eh twintig', 'eh oktober', 'vijftig euro kost het'], 'vijftig'),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)

test_word_kept = word_kept_test(KEPT)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
