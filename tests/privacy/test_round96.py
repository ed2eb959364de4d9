"""Round 96 (holdout CS, legal matters, lawyers, the legal aid desk, courts, bailiffs, police reports, probation and
victim support, as development data). What goes: JA a street named with a preposition and said in pieces ("naar de
achter de kerk steeg"); JB a name's last part after "tot" ("[naam] tot swieten"); JC a mail's local part and "at" at
one line's end, its domain on the next; JD a word of a mail said again to spell it ("... geurts met ts"); JE a bank
code's last letter said apart ("ing b" and the account number); JH a spelled line with "dubbel" ("m e dubbel r e l");
JI a landline's area code, or a filler, before a hesitation and the digits ("eh nul twintig even kijken ...").
What stays: JF (round 94's HT widened) a law's article, its number said in pieces and its letter; JG a list of places
after in/naar/uit; "geef dokter de brief"; a count corrected on the line after a phone number ("er waren geen vijf
maar acht"); and near misses of each form. Also the merge of round 93's HI into round 94's HO (tests of both stay).
All own examples, not taken from the holdouts or the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests, word_kept_test

SECRET_CASES = [
    # JA: a street named with a preposition, said in pieces, at the line's end
    (["de dagvaarding is verstuurd naar de achter de molen straat"], "molen straat"),
    (["mijn advocaat zit op de over de vest gracht twaalf"], "vest gracht twaalf"),
    (["de deurwaarder stond bij de achter den hoven laan"], "hoven laan"),
    (["ze woont aan de onder de toren steeg vier"], "toren steeg"),
    # JB: a name's last part after "tot"
    (["de officier van justitie heet sophie van wassenaer tot catwijck"], "catwijck"),
    (["mijn raadsman heet karel van lynden tot oldenaller"], "oldenaller"),
    (["de curator is mevrouw de vos tot nederveen"], "nederveen"),
    # JC: a mail's local part and "at" at the line's end, its domain on the next line
    (["u kunt de stukken mailen naar griffie at", "pels en partners punt nl"], "griffie pels partners"),
    (["het mailadres van het juridisch loket is vragen at", "janssen en co punt com"], "vragen janssen"),
    (["mail de stukken naar post apenstaartje", "de vries advocaten punt nl"], "post vries advocaten"),
    # JD: a word of the mail said again, then spelled
    (["haar mail is anna punt kuipers at ziggo punt nl kuipers met ka"], "kuipers"),
    (["stuur het naar tom punt hendriks at gmail punt com hendriks met dt"], "hendriks"),
    (["dus dat wordt sanne punt wuyts at hotmail punt com wuyts met uu"], "wuyts"),
    # JE: a bank code's last letter said apart, then the account number
    (["het rekeningnummer is en el twee een", "ing b nul zes zeven zeven acht acht negen negen een een"], "b"),
    (["het rekeningnummer is en el vijf drie", "abn a nul vier vier vijf vijf zes zes zeven zeven acht"], "a"),
    # JH: a spelled line with "dubbel"
    (["m e dubbel r e l", "merrel"], "merrel"),
    (["ka a dubbel s e"], "dubbel"),
    (["b o dubbel t e r", "botter"], "botter"),
    # JI: a landline's area code or a filler first, a hesitation, then the digits
    (["eh nul twintig even kijken drie vier", "vijf zes zeven acht"], "drie vier"),
    (["nul tien eh wacht zes zes", "drie drie vier vier"], "zes"),
    (["ja nul zes even kijken een twee", "drie vier vijf zes"], "een twee"),
    (["dus nul dertig momentje vier vier", "twee een nul negen"], "dertig vier"),
    # JF/JG secret side: a letter after an article number is no excuse for a name, a place list with a person in it
    (["de reclasseringswerker is dokter de wit"], "wit"),
    (["de advocaat heet jan-willem de boer tot haersolte"], "haersolte"),
    (["ze woont in venlo en heet petra smeets"], "petra smeets"),
    # the doubtful "geef dokter de ..." with a surname still goes
    (["ik sprak gisteren met dokter de lange"], "lange"),
    # IG still takes a digit corrected after a phone number
    (["bel de advocaat op nul zes acht zeven zes vijf vier drie twee een", "nee de laatste is geen een maar twee"],
     "een twee"),
    (["mijn nummer nul zes een een twee twee drie drie vier vier", "sorry het is niet vier maar vijf"], "vier vijf"),
    (["zijn nummer is nul zes twee twee drie drie vier vier vijf vijf", "nee er staat geen vijf maar zes"], "vijf zes"),
    # HI in HO (merged): two numbers 10-99 after "postcode", a longer run in front
    (["de postcode zeventig twaalf vierendertig"], "twaalf vierendertig"),
    (["mijn postcode is dertien zevenenveertig"], "dertien zevenenveertig"),
]

ORDINARY = [
    # JA near misses: an article and a preposition, no street
    ["de brief ging naar de rechtbank in de stad"],
    ["we liepen achter de kerk langs naar huis"],
    ["het kantoor ligt aan de overkant van de straat"],
    ["ik ging de straat op na de zitting"],
    # JB near misses: "tot" in ordinary talk after a name
    ["ik heb met de griffie gesproken tot morgen"],
    ["de zitting duurt tot vier uur"],
    ["tot ziens en sterkte met de zaak"],
    ["van maandag tot vrijdag is het loket open"],
    # JC near misses: "at" and "punt" in ordinary talk
    ["het punt is dat de advocaat niet belt"],
    ["ik mail het je morgen", "het punt van de zaak is de boete"],
    # JD near misses: "met" after a word
    ["de advocaat kwam met de stukken"],
    ["hij belde met zijn moeder"],
    # JE near misses: banks in ordinary talk
    ["ik bank bij de ing sinds jaren"],
    ["de abn is vandaag dicht"],
    # JF: law articles and their letters
    ["artikel drie honderd vijf a van het wetboek van strafvordering"],
    ["lid twee b van de regeling is duidelijk"],
    ["artikel twaalf a van de wet gaat over schuld"],
    ["paragraaf vier c van het reglement"],
    ["artikel drie honderd tien bis gaat over diefstal"],
    # JG: a list of places
    ["het juridisch loket heeft kantoren in limburg venlo roermond en maastricht"],
    ["de rechtbank zit in zwolle en arnhem"],
    ["hij verhuisde naar breda tilburg en eindhoven"],
    ["ze komt uit deventer"],
    # doubtful: "geef dokter de brief" and other giving verbs
    ["geef dokter de brief"],
    ["breng zuster de papieren"],
    ["stuur dokter de uitslag"],
    ["vraag dokter de recepten"],
    # JH near misses: letters and "dubbel" in ordinary talk
    ["ik zie dubbel van de moeheid"],
    ["een dubbel leven"],
    ["a b c zei het kind"],
    # JI near misses: "nul" at the start of ordinary talk
    ["nul twintig jaar was ik toen"],
    ["eh nul komma nul begrip"],
    ["nul tien keer heb ik gebeld"],
    # HI/HO near misses: postcode talk with no postcode after it
    ["de postcode staat op de envelop van de rechtbank"],
    ["welke postcode heeft het gerechtshof"],
]

KEPT = [
    (["de dagvaarding is verstuurd naar de achter de molen straat"], "dagvaarding"),
    (["u kunt de stukken mailen naar griffie at", "pels en partners punt nl"], "stukken"),
    (["het rekeningnummer is en el twee een", "ing b nul zes zeven zeven acht acht negen negen een een"],
     "rekeningnummer"),
    (["de officier van justitie heet sophie van wassenaer tot catwijck"], "officier"),
    # IG doubtful: a count corrected on the line after a phone number stays (the number goes)
    (["bel me op nul zes een twee drie vier vijf zes zeven acht", "er waren geen vijf maar acht"], "vijf"),
    (["mijn nummer is nul zes negen negen een een zeven zeven zes zes", "er kwamen geen twee maar drie"], "twee"),
    (["het nummer van de advocaat is nul zes een een twee twee drie drie vier vier", "het duurde geen vijf maar acht uur"],
     "vijf"),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)
test_word_kept = word_kept_test(KEPT)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
