"""Round 94 (holdout CQ, the municipality, neighbourhood teams, debt counselling, addiction care and social services,
as development data). What goes: HN a contact person named "meneer/mevrouw de <surname>" where the surname is also a
role ("het aanspreekpunt is mevrouw de koster"); HO a postcode's four digits said as number words 0-99 at the end of
a line that says "postcode" (read as a date before) and on the line after it "begint met / eindigt op <digits>"; HP
a date of birth written after "geb." ("Geb. datum 03-04-1961"); HR a year of birth after "is/was" on a line with
geboortedatum/geboortejaar/geboren; HQ a mail's local part two lines before its "at" line with a spelling between.
What stays: HT a law's article and its letter ("artikel zeven a van de wet"); round 93's doubtful forms: a
housing corporation's service number (088, 0800) "bereikbaar op"; a role after a name's correction ("nee de
vrijwilliger sorry"); two letters after "en dan" in a game's talk ("we deden rummikub en dan a b"). All own examples, not taken from the holdouts or the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests, word_kept_test

SECRET_CASES = [
    # HN: a contact person "meneer/mevrouw de <surname that is also a role>"
    (["het aanspreekpunt bij de gemeente is mevrouw de koster"], "koster"),
    (["mijn contactpersoon bij schuldhulp is meneer de bakker"], "bakker"),
    (["de contactpersoon van het wijkteam is mevrouw de visser"], "visser"),
    (["je vaste contact daar is meneer de smit"], "smit"),
    (["de man heet meneer de boer"], "boer"),
    # HO: a postcode's four digits said as small number words
    (["de postcode van het buurthuis zeven acht eenentwintig"], "zeven acht eenentwintig"),
    (["mijn postcode is drie vier vijftig", "en dan ka el"], "drie vier vijftig ka el"),
    (["de postcode van mijn moeder negen een twee drie"], "negen een twee drie"),
    (["postcode vijf twaalf zes"], "vijf twaalf zes"),
    (["je postcode eindigt op es tee", "en begint met twee vier zeven een"], "es tee twee vier zeven een"),
    (["de postcode eindigt op ee ef", "en die begint met achtenzestig twaalf"], "ee ef achtenzestig twaalf"),
    (["haar postcode eindigt op de ee", "het begint met een twee drie vier"], "een twee drie vier"),
    (["de postcode van je nieuwe adres zes acht negentien", "en dan ha ka"], "zes acht negentien ha ka"),
    # HP: a date of birth after "geb."
    (["Geb. datum 03-04-1961"], "03-04-1961"),
    (["geb. 21-7-1988"], "21-7-1988"),
    (["naam cliënt onbekend geb datum 14/02/1979"], "14/02/1979"),
    (["Geb 30.11.2001 in Zwolle"], "30.11.2001"),
    # HR: a year of birth after is/was
    (["de geboortedatum van je zoon voor het formulier is tweeduizend elf", "de derde mei"], "tweeduizend elf"),
    (["zijn geboortejaar is negentien achtenzeventig"], "negentien achtenzeventig"),
    (["het jaar waarin ze geboren is was negentien vijfenzestig"], "negentien vijfenzestig"),
    (["haar geboortejaar was tweeduizend drie"], "tweeduizend drie"),
    (["de geboortedatum van de aanvrager is negentienhonderdzeventig"], "negentienhonderdzeventig"),
    # HQ: a mail's local part, a spelling, then the domain
    (["dus dat is ka punt wijnaldum", "w ij n a l d u m", "at ziggo punt nl"], "ka punt wijnaldum"),
    (["het adres is ee punt brouwers", "b r o u w e r s", "apenstaartje gmail punt com"], "ee punt brouwers"),
    (["schrijf maar op es punt tahiri", "t a h i r i", "at hotmail punt com"], "es punt tahiri"),
    # round 93's doubtful: a postcode's letters after "en dan" still go with four digits or on their own line
    (["ik noteer vijf zes zeven acht en dan a b"], "vijf zes zeven acht"),
    (["de postcode is een twee drie vier", "en dan a b"], "een twee drie vier"),
    # round 93's doubtful: HF's role guard keeps only roles; the name itself still goes
    (["mevrouw de vries belde", "nee de vrijwilliger sorry"], "vries"),
    (["het was meneer de graaf", "nee de gravin sorry"], "graaf gravin"),
    # an organisation's number with a person's own number beside it still goes
    (["mijn eigen nummer bij de woningcorporatie is nul zes twaalf vierendertig zesenvijftig"],
     "nul zes twaalf vierendertig zesenvijftig"),
    (["bel de woningbouw op nul twintig vierhonderdtwaalf zevenentachtig nul een"],
     "nul twintig vierhonderdtwaalf zevenentachtig nul een"),
    (["de woningcorporatie is bereikbaar op nul zes twaalf vierendertig zesenvijftig"],
     "nul zes twaalf vierendertig zesenvijftig"),
]

ORDINARY = [
    # HN near misses: a role with meneer/mevrouw de and no contact word, a title
    ["vraag maar naar meneer de directeur"],
    ["de contactpersoon is meneer de wethouder"],
    ["mevrouw de voorzitter opende de vergadering"],
    ["de koster van de kerk deed de deur open"],
    ["het contact met de bakker was altijd goed"],
    # HO near misses: numbers after a postcode with a year's or a count's word before, no postcode word
    ["de postcode heb ik al twee keer opgegeven bij de balie"],
    ["ik heb de postcode al twee keer gegeven"],
    ["de postcode klopte niet sinds twee twaalf"],
    ["de postcode staat op de brief van twaalf juni"],
    ["er stonden zeven of acht mensen in de rij"],
    ["de wachtlijst begint met twintig mensen", "en eindigt op vijftig"],
    ["de postcode weet ik niet", "de vergadering begint met twee sprekers"],
    # HP near misses: a date with no birth word
    ["datum 12-11-2024 ingediend"],
    ["de afspraak is op 03-04-2025"],
    ["de brief is van 14/02/2023 en de aanvraag ook"],
    ["het geb is een afkorting voor gebouw"],
    # HR near misses: a year with no birth, a year after sinds/in, zwanger
    ["de uitkering is sinds tweeduizend zes hetzelfde"],
    ["het geboortecijfer daalde sinds tweeduizend zes"],
    ["ze is zwanger en de geboorte is verwacht in de zomer"],
    ["de schuld is van tweeduizend zes"],
    ["het jaar van de verhuizing was tweeduizend twaalf"],
    # HQ near misses: "punt" talk before a spelling that is no mail
    ["dat is het volgende punt", "a b c", "at the end of the day"],
    ["dus punt twee van de agenda", "en dan punt drie"],
    # HT: a law's article and its letter
    ["de beslagvrije voet staat in artikel vierhonderdvijfenzeventig d van het wetboek van burgerlijke rechtsvordering"],
    ["volgens artikel zeven a van de participatiewet mag dat"],
    ["in artikel twaalf b van de wet staat het anders"],
    ["het staat in artikel achttien c van de verordening"],
    # round 93's doubtful: an organisation's service number stays, a role after a name's correction
    ["de woningcorporatie is bereikbaar op nul achtentachtig twee drie vier vijf zes zeven acht"],
    ["de woningcorporatie is bereikbaar op nul achtentachtig"],
    ["de woningbouw is dag en nacht bereikbaar op nul achthonderd vier vijf zes zeven"],
    ["ik sprak met mevrouw", "nee de vrijwilliger sorry"],
    # round 93's doubtful: two letters after "en dan" in a game's talk (the tagger read a postcode's letters)
    ["we deden rummikub en dan a b"],
    ["eerst speelden we scrabble en dan ka el"],
    ["we deden eerst ganzenbord en dan a b"],
    # HG near misses (round 93's doubtful "nog ene")
    ["dat is nog ene kans voor hem"],
    ["hij had nog ene vraag over de toeslag"],
    ["en dan die ene kast in de gang"],
]

# round 93's doubtful HF: a role after a name's correction stays (the name goes)
KEPT = [
    (["mevrouw de vries belde", "nee de vrijwilliger sorry"], "vrijwilliger"),
    (["meneer de beer", "nee de begeleider bedoel ik"], "begeleider"),
    (["mevrouw de wit", "nee de wijkagent sorry"], "wijkagent"),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
test_word_kept = word_kept_test(KEPT)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
