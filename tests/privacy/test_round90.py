"""Round 90 (holdout CM, family history, births and the civil registry, as development data). What goes: EC a first
name that begins a street named after a person ("<first name> <surname>laan <number>"); ED a Surinamese-Chinese
surname "<x>-a-<y>" of which a part went; EE a spelled name going on after a diacritic word ("... o umlaut d e r");
EF a written date after "geboortedatum <word>:"; EG a day said as an ordinal right before "geboren" ("op zondag de
<ordinal> geboren"); EH the pieces of a phone number over lines: the line before a later piece ("<pieces> aan het
eind" / "en daarvoor <number>"; "ik herhaal <pieces>" / "<pieces>"). What stays: the royal family by title and name
and the royal's birthday (EA), "de groot" / "de jong" as the older and the younger child with an age (EB), and the
near misses of each form. All own examples, not taken from the holdouts or the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests, word_kept_test

SECRET_CASES = [
    # EC: a first name that begins a street named after a person
    (['schrijf ik goed jacob catslaan negentien'], 'jacob catslaan negentien'),
    (['ze woont op de hendrik tollensstraat veertien'], 'hendrik tollensstraat veertien'),
    (['klopt het adres johannes vermeerplein drie'], 'johannes vermeerplein drie'),
    (['het is frederik hendriklaan tweeëntwintig'], 'frederik hendriklaan tweeëntwintig'),
    (['noteer maar abraham kuyperstraat elf'], 'abraham kuyperstraat elf'),
    (['mijn opa woonde op de karel doormanweg zes'], 'karel doormanweg zes'),
    # ED: "<x>-a-<y>" surnames
    (['haar achternaam is tjon-a-fat'], 'tjon-a-fat'),
    (['de vader heet ronald', 'ronald sie-a-ling'], 'ronald sie-a-ling'),
    (['ik ben jennifer fung-a-loi'], 'jennifer fung-a-loi'),
    (['mevrouw kam-a-ong belt straks terug'], 'kam-a-ong'),
    (['zijn moeder heet sandra lie-a-kwie'], 'sandra lie-a-kwie'),
    # EE: a spelled name going on after a diacritic word
    (['de achternaam van opa was günther', 'g u umlaut n t h e r'], 'günther g u n t h e r'),
    (['haar meisjesnaam is möller', 'm o umlaut l l e r'], 'möller m o l l e r'),
    (['zijn oma heette zoë', 'z o trema e'], 'zoë z o e'),
    (['de familienaam is müller', 'm u umlaut l l e r'], 'müller m u l l e r'),
    (['zijn voornaam is rené', 'r e n e accent aigu'], 'rené r e n'),
    # EF: a written date after "geboortedatum <word>:"
    (['Geboortedatum kind: 03-07-2019'], '03-07-2019'),
    (['Geboortedatum moeder: 21-11-1984'], '21-11-1984'),
    (['geboortedatum oudste: 9-4-2011'], '9-4-2011'),
    (['Geboortedatum tweeling: 30/01/2023'], '30/01/2023'),
    (['geboortedatum van de baby: 02.12.2024'], '02.12.2024'),
    # EG: an ordinal day right before "geboren"
    (['onze dochter is op maandag de elfde geboren'], 'elfde'),
    (['mijn kleinzoon is op de negentiende geboren'], 'negentiende'),
    (['de tweeling is op vrijdag de derde geboren'], 'derde'),
    (['hij is op woensdag de achtentwintigste geboren', 'achtentwintigste juni'], 'achtentwintigste juni'),
    (['mijn nichtje is op de tweede geboren', 'tweede oktober'], 'tweede oktober'),
    # EH: phone pieces over lines
    (['ok vierenveertig negentien aan het eind', 'en daarvoor nul zes twaalf achtendertig'],
     'vierenveertig negentien nul zes twaalf achtendertig'),
    (['dus dertien zevenenzestig op het eind', 'en daarvoor nul zes achtentwintig vijftig'],
     'dertien zevenenzestig nul zes achtentwintig vijftig'),
    (['ik herhaal drie twee', 'acht nul', 'vijf vijf', 'een vier en dan begint het met nul zes'],
     'drie twee acht nul vijf vijf vier zes'),
    (['ik noteer negen zeven', 'twee vier', 'zes zes', 'en het begint met nul zes'],
     'negen zeven twee vier zes zes'),
    (['ik herhaal even acht acht', 'drie een', 'zeven zes', 'vier twee en dan begint het met nul zes'],
     'acht drie zeven zes vier twee'),
]

ORDINARY = [
    # EA: the royal family
    ['prinses amalia wordt later koningin'],
    ['koningin beatrix en prins claus trouwden in zesenzestig'],
    ['koning willem-alexander is jarig op zevenentwintig april'],
    ['de koning is jarig op zevenentwintig april dat is koningsdag'],
    ['koningin juliana was jarig op dertig april'],
    ['de koningin is jarig op zeventien mei'],
    ['koning willem-alexander en maxima openden het museum'],
    ['prins bernhard en juliana woonden op soestdijk'],
    # EB: de groot / de jong with an age
    ['de jong en de oud zijn vijf en negen jaar'],
    ['de groot is al tien jaar en de klein is drie'],
    ['de klein is net een jaar geworden en de groot wordt zes'],
    # EC near misses
    ['de abraham kuyperschool is dicht vandaag'],
    ['de kerk staat naast het park'],
    ['ze liepen samen over het pad langs de dijk'],
    # ED near misses
    ['dat was een a-merk'],
    ['de a-kant van de plaat is beter'],
    # EE near misses
    ['de umlaut staat op de o'],
    ['ze kreeg een a min en een b plus'],
    ['met een trema op de e schrijf je het anders'],
    # EF near misses
    ['geboortedatum weet ik niet maar de brief is van 12-03-2020'],
    ['de afspraak staat op 14-02-2025'],
    # EG near misses
    ['de oudste is thuis geboren', 'en de jongste in het ziekenhuis'],
    ['ze woont op de vijfde verdieping'],
    ['de baby mocht op de derde dag naar huis'],
    ['op de eerste dag na de geboorte kwam de kraamzorg'],
    # EH near misses
    ['de wedstrijd eindigde in zes een', 'vijf nul was het vorige week'],
    ['ik herhaal het nog een keer', 'het gaat om twee dingen'],
    ['ik noteer twee uur', 'drie kwartier'],
    ['ik herhaal twee keer per dag', 'drie tabletten'],
    ['ik noteer zes een', 'dat klopt niet helemaal'],
    ['dus de score is twee een', 'en daarvoor was het een nul'],
    ['het was vijf een aan het eind', 'en daarvoor stond het gelijk'],
    # round 89's doubtful DA: a brand before a thing of the organisation is no first name and surname
    ['paypal rekening van de bank is geblokkeerd'],
    ['klarna factuur van de verzekering kwam vandaag'],
    ['mijn tikkie verzoek van de bank werkt niet'],
    ['de revolut kaart van de bank is verlopen'],
]

# words that stay while data next to them goes (both ways)
KEPT = [
    (['mijn dochter is jarig op zevenentwintig april net als de koning'], 'koning'),
    (['de prinses van de klas is jarig op vier mei'], 'prinses'),
    (['schrijf ik goed jacob catslaan negentien'], 'schrijf'),
    (['mijn kleinzoon is op de negentiende geboren'], 'geboren'),
    (['Geboortedatum kind: 03-07-2019'], 'geboortedatum'),
    (['ok vierenveertig negentien aan het eind', 'en daarvoor nul zes twaalf achtendertig'], 'eind'),
]

# data that goes where a near form of EA stays (both ways): a child's birthday next to "de koning"
SECRET_CASES += [
    (['mijn dochter is jarig op zevenentwintig april net als de koning'], 'zevenentwintig april'),
    (['de prinses van de klas is jarig op vier mei'], 'vier mei'),
    (['de koningin van het bal is jarig op twee juni'], 'twee juni'),
    (['de koning is jarig op zevenentwintig april en mijn zoon ook'], 'zevenentwintig april'),
]

# and a first name with a surname before the organisation still goes (round 89 DA, with a surname as ours)
SECRET_CASES += [
    (['ilse vermeulen van de bank belt je terug'], 'ilse vermeulen'),
    (['dus gerrit bakker van de verzekering heeft het doorgegeven'], 'gerrit bakker'),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)

test_word_kept = word_kept_test(KEPT)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
