"""Round 84: music, art, culture and going out (holdout CG's forms). What stays: WA a work and its maker ("een liedje
van ...", "de hele nacht naar ... geluisterd"), WB a work's number ("symfonie nummer negen", "cantate bwv
honderdtwintig", "nummer zeven op de setlist"), WC a work's title after heet ("het schilderij heet de nachtwacht"), WD
a venue after "zaal/theater/podium in", WE a role model ("dus ... is je grote voorbeeld"). What goes: XA a birth month
said on the line before the day ("in maart jarig" / "op de twaalfde"), XB a mail's local part spelled with separators
on the line after "je mail is", XC a mail provider after an at-word ("... at hotmail"), XD a street and its number on
lines of their own after "de brief gaat naar de", XE a title that is part of a street ("de keizer karelweg"), XF a
bank's code before an account's digits ("rabo ..."). Next to each: what must stay or still go (a self, kin or title
word, a name asked, a word of living or sending, advice "naar jan geluisterd"). All own examples, not taken from the
holdouts or the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    (['ik luisterde naar mijn buurman kees de boer'], 'kees'),
    (['wat is je naam', 'ik zong een liedje van piet jansen'], 'piet jansen'),
    (['het liedje van mijn zus ellen bakker'], 'ellen bakker'),
    (['ik heet anna de wit en ik zing liedjes'], 'anna'),
    (['mijn naam is truus de jong en ik luister naar muziek'], 'truus'),
    (['je hebt naar je vriend ruud smit geluisterd'], 'ruud smit'),
    (['de cd is van meneer jan de vries'], 'jan vries'),
    (['ik woon in de beethovenstraat nummer negen en luister naar een symfonie'], 'beethovenstraat'),
    (['stuur de setlist naar de dorpsstraat vijf'], 'dorpsstraat'),
    (['mijn adres is de kerkstraat twaalf en ik hou van opus vier'], 'kerkstraat'),
    (['hoe heet je', 'ik heet marieke de boer'], 'marieke'),
    (['mijn dochter heet lotte van dam'], 'lotte'),
    (['de dirigent heet jan smit'], 'jan smit'),
    (['we wonen boven het theater in de stationsstraat vier'], 'stationsstraat'),
    (['mijn oma truus de vries is mijn grote voorbeeld'], 'truus'),
    (['wat is je naam', 'anna de wit is mijn grote held'], 'anna de wit'),
    (['ze is in maart jarig', 'op de twaalfde'], 'maart'),
    (['dus je bent in oktober jarig', 'op de derde', 'negentienhonderdzestig'], 'oktober'),
    (['hij is in augustus geboren', 'op de negentiende'], 'augustus'),
    (['en je mail is', 'ans liggend streepje vos', 'at hotmail punt com'], 'ans liggend streepje vos'),
    (['dus je e-mail is', 'piet punt de punt boer', 'apestaartje gmail punt com'], 'piet'),
    (['je mailadres', 'lies streepje van streepje dam', 'at ziggo punt nl'], 'lies'),
    (['mijn mail is kees punt smit at hotmail'], 'hotmail'),
    (['je zei anna at gmail punt com', 'nee dus anna twee at outlook'], 'outlook'),
    (['de brief gaat naar de', 'lange gracht', 'twaalf'], 'lange gracht'),
    (['het pakket moet naar de', 'oude haven', 'zevenentwintig'], 'oude haven'),
    (['stuur de kaart naar de', 'hoge weide', 'negen'], 'hoge weide'),
    (['de doos gaat naar de', 'achter de kerk', 'elf'], 'achter kerk'),
    (['ik luisterde naar liedjes van mijn opa henk visser'], 'henk visser'),
    (['ik heb naar jan de boer geluisterd', 'hij is mijn vriend', 'hij woont hier'], 'jan'),
    (['het schilderij is van mevrouw de groot'], 'groot'),
    (['ik heb naar piet de boer geluisterd', 'hij weet veel van tuinen'], 'piet'),
    (['je hebt naar je zus anna geluisterd', 'dat was goed'], 'anna'),
    (['ik woon aan de prins hendrikkade vier'], 'prins hendrikkade'),
    (['dus de koningin julianalaan achttien'], 'koningin'),
    (['mijn iban is en el nul twee', 'rabo nul een twee drie vier vijf zes zeven acht negen'], 'rabo'),
    (['dus en el vijf vier', 'rabo een een twee twee drie drie vier vier vijf vijf'], 'rabo'),
    (['bel me op nul zes twaalf vierendertig', 'over de symfonie'], 'nul zes twaalf'),
]

ORDINARY = [
    ['we zongen samen een liedje van marco borsato'],
    ['ik draaide de hele avond platen van herman brood'],
    ['het lied heet avond van boudewijn de groot'],
    ['je luisterde weer naar een album van ilse delange'],
    ['je hebt uren naar anouk geluisterd'],
    ['je hebt de hele rit naar ramses shaffy geluisterd'],
    ['dat nummer heet la vie en rose van edith piaf'],
    ['je draaide een plaat van nina simone'],
    ['het schilderij van johannes vermeer'],
    ['je zong een aria van giuseppe verdi'],
    ['de negende symfonie nummer negen klinkt prachtig'],
    ['ze speelden symfonie nummer vijf van mahler'],
    ['het orkest speelde opus achtentwintig'],
    ['ze zongen cantate bwv honderdtwintig'],
    ['nummer zeven op de setlist was een ballade'],
    ['track nummer twaalf op het album is mijn favoriet'],
    ['het was sonate nummer veertien van beethoven'],
    ['dat album heet de vlucht'],
    ['het schilderij heet de nachtwacht'],
    ['het stuk van vondel heet gijsbrecht van aemstel'],
    ['symfonie nummer zes heet de pastorale'],
    ['de kleine zaal in paradiso was uitverkocht'],
    ['het theater in carre heeft rode stoelen'],
    ['het museum in het rijksmuseum gebouw was druk'],
    ['het podium in de melkweg is klein'],
    ['dus anouk de vries is je grote voorbeeld'],
    ['dus vincent van gogh is je grote held'],
    ['dus rembrandt van rijn is je idool'],
    ['ik ben in juni jarig', 'dan geven we een feest'],
    ['ze is in mei jarig', 'dat vieren we altijd buiten'],
    ['ik stuur je een mail', 'over het concert van vrijdag'],
    ['wat is je mail', 'dat hoef ik niet te zeggen'],
    ['de band gaat naar de', 'grote zaal', 'twee'],
    ['de kaart gaat naar de', 'kassa', 'vijf'],
    ['ik stuur het pakket naar de', 'zaal van het theater', 'nu'],
    ['de setlist is een lijst van twintig nummers'],
    ['de koning woont in een paleis'],
    ['ik bank bij de rabo', 'nee'],
    ['de keizer regeerde lang over het rijk'],
    ['de rabo is om negen uur open'],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
