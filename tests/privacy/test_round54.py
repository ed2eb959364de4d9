"""Round 54: people in and after institutions (names read off a wristband or an appointment card, names read back, a
call name beside the official name, a surname's letters spelled, an address for the post; rooms, staff and waiting
lists that stay). All own examples, not taken from the holdouts.
Secrets that go: the initials and the name after "<card> staat" ("op je polsbandje staat e. kılıç", "op je
afsprakenkaart staat J. Hoekstra"); an initial before a redacted name ("R. [naam]"); a name read back ("ik zeg hem even
terug bogdan ionescu", "ik herhaal even mirela stan klopt dat"); a call name "voor de vrienden" ("meneer [naam] maar
harrie voor de vrienden"); a surname's letters spelled on the line after it, "de" and "en" as letters ("dus je
achternaam is tesfaye" / "te e es ef a ij e"); a street in "-ring" no list knows, for the post or before its number
("waar je post naartoe gaat is de julianaring", "de beatrixring zeven b").
Near misses that stay: a room, door, bed or ward with its number in a clinic, home or shelter ("je kamer is nummer
twaalf b op de eerste verdieping"); staff "van de" an institution ("de dokter van de pi", "de mensen van het
wijkteam"); an organisation's name after a waiting list or an intake ("je staat op de wachtlijst bij hvo querido");
what a card shows that is no name ("op je afsprakenkaart staat dinsdag om tien uur"); "even terug naar vanmiddag";
"een feestje voor de vrienden"; ordinary words in "-ring" ("de ervaring", "de verklaring"). A person after "bij" where
people are spoken of still goes ("ik logeer bij hanneke de groot").
Rules alone (form F): a surname right after a redacted first name ("[naam] ploegmakers uit de flat") or said alone on
the line after a name ("dus je naam is [naam]" / "en dan" / "tjalsma"); the first word of a street's name before
the redacted street ("hendrik [adres]", "Verlengde [adres]").
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, assert_no_rule_error, round_tests

SECRET_CASES = [
    # A. a name read off a card or a wristband; an initial before a redacted name
    (["op je polsbandje staat e. kılıç en je zegt dat ik elif mag zeggen"], "e kılıç kilic elif"),
    (["Op je polsbandje staat M. Öztürk"], "m öztürk ozturk"),
    (["op je afsprakenkaart staat J. Hoekstra dus Jelmer Hoekstra"], "j hoekstra jelmer"),
    (["op het kaartje staat R. van Dijk"], "r dijk"),
    (["op je armbandje staat b. nowak"], "b nowak"),
    (["op de ontslagbrief staat T. Çelik klopt dat"], "t çelik celik"),
    (["op je pasje staat A. B. Mulder"], "a b mulder"),
    (["dus het is K. Vermeulen"], "k vermeulen"),
    # B. a name read back
    (["ik zeg hem even terug bogdan ionescu"], "bogdan ionescu"),
    (["ik herhaal even mirela stan klopt dat"], "mirela stan"),
    (["ik zeg het even terug yusuf demir"], "yusuf demir"),
    (["even terug dus tomasz wiśniewski"], "tomasz wiśniewski wisniewski"),
    (["ik lees het nog eens terug dragan petrović"], "dragan petrović petrovic"),
    # C. a call name beside the official name
    (["dus meneer hendriks maar harrie voor de vrienden"], "hendriks harrie"),
    (["mevrouw van der veen maar tineke voor de familie"], "veen tineke"),
    (["ik heet cornelis maar kees voor de vrienden"], "cornelis kees"),
    (["dus meneer jacobs maar sjaak voor z'n maten"], "jacobs sjaak"),
    # E. a surname's letters spelled on the line after it
    (["dus je achternaam is tesfaye", "te e es ef a ij e"], "tesfaye"),
    (["dus je achternaam is kidane", "ka i de a en e"], "kidane ka i a e"),
    (["je achternaam is bosma", "be o es em a"], "bosma be o es em a"),
    (["je heet adane", "a de a en e"], "adane a e"),
    (["dus je achternaam is dekker", "de e ka ka e er"], "dekker ka e er"),
    # D. an address for the post; a street in "-ring" before its number
    (["het adres van je broer waar je post naartoe gaat is de julianaring"], "julianaring"),
    (["je post gaat naar de beatrixring"], "beatrixring"),
    (["het adres van je zus waar je post naartoe gaat is de margrietring elf a"], "margrietring elf"),
    (["ik woon op de bernhardring zeven b"], "bernhardring zeven"),
    # F. (rules alone) a surname right after a redacted first name, or alone on the line after a name
    (["en de huisgenoot heet sanne wolterbeek"], "sanne wolterbeek"),
    (["het gaat om je buurman kees ploegmakers uit de flat"], "kees ploegmakers"),
    (["dus je naam is joke", "en dan", "tjalsma"], "joke tjalsma"),
    (["dus meneer brouwers", "kleinjan"], "brouwers kleinjan"),
    # G. (rules alone) the first word of a street's name before the redacted street
    (["hendrik zwaardecroonstraat negen b daar woon je nu"], "hendrik zwaardecroonstraat negen"),
    (["Verlengde Kerkweg 12a Zwolle"], "verlengde kerkweg 12a"),
    # a person after "bij" where people are spoken of still goes
    (["ik logeer bij hanneke de groot"], "hanneke groot"),
    (["ik slaap nu bij mijn zus anouk"], "anouk"),
    (["ik sta op de wachtlijst en logeer zolang bij pieter de vries"], "pieter vries"),
]

ORDINARY = [
    # rooms, wards and doors in clinics, homes and shelters
    ["je kamer is nummer twaalf b op de eerste verdieping"],
    ["je kamer is nummer veertien op de begane grond"],
    ["je ligt op kamer zes a van de afdeling"],
    ["je kamer is drie b aan het eind van de gang"],
    ["je slaapt in kamer elf in de nachtopvang"],
    ["bed vier bij het raam is van jou"],
    ["je bed is nummer negen op de slaapzaal"],
    ["je kluisje is nummer twintig bij de ingang"],
    ["de deur van je kamer is nummer zeven c"],
    ["de groepsruimte is op de tweede verdieping"],
    ["je ligt op afdeling vier van de kliniek"],
    ["de spreekkamer is nummer drie naast de balie"],
    ["je unit is nummer acht in het hoofdgebouw"],
    ["het paviljoen heet de linde en je kamer is nummer vijf"],
    # doctors and staff "van de" an institution
    ["de dokter van de pi heeft je medicatie voor vijf dagen meegegeven"],
    ["de dokter van de ggz belt je morgen terug"],
    ["de mensen van het wijkteam komen donderdag langs"],
    ["de verpleegkundige van de poli heeft je gebeld"],
    ["de begeleider van de opvang zei dat het goed ging"],
    ["de psychiater van de kliniek wil je volgende week zien"],
    ["de arts van de huisartsenpost heeft je doorverwezen"],
    ["de meneer van de reclassering komt woensdag"],
    ["de zuster van de afdeling bracht je pillen"],
    ["de mevrouw van het uwv heeft je brief gestuurd"],
    ["de agent van de pi bracht je naar buiten"],
    ["de medewerker van de gemeente heeft het geregeld"],
    # waiting lists and intakes at organisations
    ["je staat op de wachtlijst bij hvo querido"],
    ["je staat al maanden op de wachtlijst bij de brijder"],
    ["je hebt volgende week een intake bij leger des heils"],
    ["je bent aangemeld bij de jellinek"],
    ["de wachtlijst bij parnassia is een half jaar"],
    ["je staat op de wachtlijst bij het leger"],
    ["de intake bij arkin is op maandag"],
    ["je bent in behandeling bij lentis"],
    ["je bent ingeschreven bij woonstad rotterdam"],
    ["de wachttijd bij altrecht is lang"],
    # what a card shows that is no name; read-backs of no name; ordinary "-ring" words; call names that are none
    ["op je afsprakenkaart staat dinsdag om tien uur"],
    ["op je polsbandje staat je geboortedatum"],
    ["op de kaart staat de afdeling en het tijdstip"],
    ["op je pasje staat een foto"],
    ["ik zeg het even terug je wilt morgen bellen"],
    ["even terug naar vanmiddag"],
    ["ik herhaal even wat je zei"],
    ["ik herhaal even rustig ademhalen"],
    ["we maken een feestje voor de vrienden"],
    ["ik kook vanavond voor de familie"],
    ["dat is fijn voor de familie"],
    ["dat was een goede ervaring"],
    ["je hebt een verklaring van de dokter gekregen"],
    ["de verklaring van het ziekenhuis staat in je dossier"],
    ["ik heb je post naar de afdeling gestuurd"],
    ["je zus haalt je post op bij de balie"],
    ["dus je achternaam is goed gespeld", "ja en de rest ook"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)

# a short line after a line with a name (the name goes, the short line stays as said)
AFTER_A_NAME = [
    ["hallo met ilse", "goedenavond"],
    ["is anouk er ook", "ja die is er"],
    ["je zoon daan is er ook", "en dan"],
    ["je vriend ruud weet ervan", "oké dus"],
    ["dus meneer brouwers", "ja klopt"],
    ["je heet sanne", "fijn dat je belt"],
    ["ik noteer", "fenna punt k", "apenstaartje", "gmail punt com"],  # an e-mail in pieces: its own label, no [naam]
]


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
@pytest.mark.parametrize("lines", AFTER_A_NAME)
def test_short_line_after_a_name_kept(run, lines):
    out = run(lines)
    if "apenstaartje" in lines:
        assert "[naam]" not in out[2:] and "apenstaartje" not in out, out
        return
    assert "[naam]" in out[0] and out[1:] == lines[1:], out


def test_no_rule_error():
    """No round 54 rule fails on its own lines (a failing rule drops the whole line, which would hide a leak)."""
    assert_no_rule_error([c[0] for c in SECRET_CASES] + ORDINARY)


def test_a_garbled_word_beside_a_misread_name_stays_where_no_person_is_spoken_of():
    """Form F takes an unknown word after a redacted name as a surname only where names or a person are talked about:
    in a noisy line ("de dur waarder" read as a name, then "waarder") the recognizer's slip is no surname, and the
    crisis words after it must reach the classifier (a bailiff's letter on the door)."""
    from voice_companion.privacy.redact import Redactor

    line = "hij zag dw brif van de dur waarder op fuw deur hangen"
    for tagger in (None, True):
        out = Redactor(window=True, tagger=tagger).redact_lines([line])
        assert "waarder op fuw deur" in out[0], out
    named = Redactor(window=True, tagger=None).redact_lines(["het gaat om je buurman kees ploegmakers uit de flat"])
    assert "ploegmakers" not in named[0], named
