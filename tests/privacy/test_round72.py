"""Round 72 (holdout BR: health care and medicines): HA. a practice's or a pharmacy's own number with a place's area
code ("de tandarts in assen heeft nummer nul vijf nul ..."): round 61's organisation number stays for a number that is
no place's (0800, 0900, 088, 14 0xx), one with an area code only when it is said to be reachable ("dag en nacht
bereikbaar op nul vijftig ..."); HB. the rest of a name at the line's end after "de naam ... is" ("de naam op
het etiket is [naam] wu"); HC. a word of a mail address said again on the next line to spell it ("[e-mail]" / "zomer
zoals het seizoen"), two words of a name said again with "aan elkaar"; HD. a house number corrected after "o/oh" on
the line after an address; HE. a bank's name and letter right before an account's number ("rabo c nul ..."); HF. a
short piece of a name between "punt" and a name in a mail address; HG. a street ending in -drift ("de ossendrift
negen").
What stays: IA. "meneer/mevrouw na" before a time word ("mevrouw na al die jaren"); IB. a verb right after
"meneer/mevrouw" ("meneer zit u nog op de bank", "die mevrouw opbellen"); IC. "de mevrouw van de slager": a person
described by the shop she is from; ID. "zeg je dat de trein ...": a thing after "zeg je dat de". A surname after a
title, after "zeg je dat de" (de vries, de jong) or "de meneer van der ..." still goes. All own examples, not taken from
the holdouts.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # HA. a practice's own number with an area code
    (["de tandarts in assen heeft nummer nul vijf nul drie vier vijf zes zeven acht negen"],
     "vijf drie vier zes zeven acht negen"),
    (["het nummer van de fysiotherapeut in breda is nul zesenzeventig vijf twee twee drie drie een"],
     "zesenzeventig vijf twee drie een"),
    (["is het nummer van de huisartsenpraktijk nog nul twintig vier vier drie twee een nul"],
     "twintig vier drie twee een"),
    (["de apotheek in heerlen heeft nummer nul vijfenveertig zeven een twee drie vier vijf"],
     "vijfenveertig zeven een twee drie vier vijf"),
    (["het nummer van de praktijk is nul dertig zes acht acht zeven zes vijf"], "dertig zes acht zeven vijf"),
    (["de praktijk heeft nummer nul vijftig drie een twee drie vier vijf zes"], "vijftig drie een twee vier vijf zes"),
    (["het nummer van de dokterswacht is nul achtenvijftig een twee drie vier vijf zes zeven"],
     "achtenvijftig een twee drie vier vijf zes zeven"),
    # HB. the rest of a name after "de naam ... is"
    (["de naam op het etiket is wang xiu wu"], "wang xiu wu"),
    (["de naam op de doos is chen bo"], "chen bo"),
    (["de naam op het recept was zhang li na"], "zhang li na"),
    (["de naam op het potje is lin mei"], "lin mei"),
    # HC. a word of a mail address said again to spell it
    (["je mail is sanne punt zomer at gmail punt com", "zomer zoals het seizoen"], "sanne zomer"),
    (["het adres is piet punt molen at hotmail punt com", "molen zoals een windmolen ja"], "piet molen"),
    (["het is karim punt el amrani", "el en amrani aan elkaar", "at outlook punt com"], "karim el amrani"),
    # HD. a house number corrected after "o"
    (["dus de kastanjelaan achtendertig", "o drieëntachtig"], "kastanjelaan achtendertig drieentachtig"),
    (["je woont op de berkenweg twaalf", "oh eenentwintig"], "berkenweg twaalf eenentwintig"),
    (["dat was de molenstraat veertien", "o eenenveertig"], "molenstraat veertien eenenveertig"),
    # HE. a bank's name and a letter before the account
    (["mijn rekening", "rabo c nul drie drie vier vijf zes zeven acht negen"],
     "rabo c nul drie vier vijf zes zeven acht negen"),
    (["het is ing b nul nul nul zeven zes vijf vier drie twee een"], "ing b zeven zes vijf vier drie twee een"),
    (["en el twaalf", "ing a nul nul nul vier vier drie drie twee twee een"], "ing vier drie twee een"),
    # HF. a short piece of a name between "punt" and a name
    (["het is fatima punt al mansouri", "at gmail punt com"], "fatima al mansouri"),
    (["dat wordt youssef punt el haddad", "at hotmail punt com"], "youssef el haddad"),
    # HG. a street ending in -drift
    (["het moet naar mijn moeder", "de ossendrift negen"], "ossendrift negen"),
    (["ik woon aan de schapendrift elf in epe"], "schapendrift elf"),
    # near misses of the kept forms that must still go: a surname after a title
    (["welterusten meneer bakker"], "bakker"),
    (["goedenacht mevrouw gerritsen"], "gerritsen"),
    (["meneer kramer ligt op de grond"], "kramer"),
    (["en je bewindvoerder heet mevrouw schouten"], "schouten"),
    (["ik heb die meneer gerritsen gesproken"], "gerritsen"),
    (["de buurvrouw is mevrouw verhoeven"], "verhoeven"),
    (["zegt u dat de vries gebeld heeft"], "vries"),
    (["zeg je dat de jong niet meer komt"], "jong"),
    (["de mevrouw van der velde vraagt naar uw knie"], "velde"),
    (["mevrouw haverkamp na de operatie"], "haverkamp"),
    (["ik heb meneer visser gesproken"], "visser"),
    (["de naam op het doosje is pieter smit"], "pieter smit"),
    (["de mevrouw van de bakker heet ria de wit"], "ria wit"),
]

ORDINARY = [
    # HA near: an organisation's general number without a place's area code stays
    ["de luisterlijn is dag en nacht bereikbaar op nul achtentachtig nul zeven zes zeven nul nul nul"],
    ["de kindertelefoon heeft nummer nul achthonderd nul vier drie twee"],
    ["de politie kun je ook bellen op nul negen nul nul acht acht vier vier"],
    ["de gemeente heeft het nummer veertien nul twintig"],
    ["de crisisdienst is dag en nacht bereikbaar op nul vijftig twee twee drie drie vier vier"],
    ["de apotheek is in het weekend te bereiken op nul veertig een twee drie vier vijf zes"],
    # HB near
    ["de naam op het doosje is niet goed te lezen"],
    ["de naam van het medicijn is moeilijk"],
    ["de naam staat er niet op"],
    ["de naam van het medicijn is quetiapine"],
    ["de naam van de pillen is oxazepam"],
    # HC near
    ["je mail is binnen", "zomer zoals het seizoen"],
    ["we doen het samen en aan elkaar vast"],
    # HD near
    ["ik was bij de huisarts", "o vijf minuten later"],
    ["o vijf minuten nog"],
    # HE near
    ["ik bank bij de ing"],
    ["de rabo is om tien uur open"],
    # HF near
    ["dat is punt een en punt twee"],
    # HG near
    ["hij deed het uit drift twee keer"],
    ["in een aandrift drie keer gebeld"],
    # IA. "na" after a title before a time word
    ["dat is een groot verlies mevrouw na al die jaren samen"],
    ["meneer na zo veel jaar werken bent u moe"],
    ["het gaat niet goed mevrouw na de val"],
    # IB. a verb right after the title
    ["meneer zit u nog op de bank"],
    ["mevrouw ligt uw man nog in bed"],
    ["u zorgt zo goed voor uw moeder meneer vergeet uzelf niet"],
    ["je hebt gisteren voor die mevrouw gekookt en vandaag voor jezelf"],
    ["misschien kun je die meneer aanspreken"],
    ["goed dat u dit gemerkt heeft meneer anders was het te laat geweest"],
    ["dat is een mooie gave mevrouw voorlezen daar hebben kinderen veel aan"],
    ["u bent een sterke vrouw mevrouw rijd voorzichtig"],
    # IC. a person described by the shop they are from
    ["de mevrouw van de slager vraagt altijd naar uw heup"],
    ["die meneer van de kapper is heel aardig"],
    ["de meneer van de supermarkt belde de ambulance"],
    ["een mevrouw van de post stond voor de deur"],
    # ID. a thing after "zeg je dat de"
    ["zegt u dat de trein niet meer stopt in het dorp"],
    ["zeg je dat de lift al een week kapot is"],
    ["zegt u dat de dokter te laat kwam"],
    ["zegt u dat de pillen op zijn"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
