"""Round 16: general spoken forms of names, addresses and numbers (own examples, not taken from the holdouts)
and near misses that stay.

Names: a name said before the noun it is ("oké, Visscher is de achternaam", "van den Akker is mijn familienaam"),
the name everyone uses at the end of what is said ("maar iedereen zegt Pim", "ze noemen me Loek"; an ordinary
word only when a name was redacted in the line), "ter"/"ten" and a surname after a title ("meneer ten Hove"),
how a name is said, asked with the name at the end ("hoe spreek ik dat uit, Siobhan").
Addresses: a house number with a glued letter after its cue, a street or on a line of its own ("huisnummer 31b",
"de Populierendreef 7a", "en het nummer" / "112d"), "huis nummer" said as two words with the street's word before
it, an addition after the number ("nummer veertig rood", "zes bg"), a street named for a person by title
("Burgemeester van den [...]straat"), "Laan der ..." and "Laan van <name>", a street named "Achter de ..." with
its number at the start of what is said.
A street named right after "adres is" ("het adres van haar moeder is de Singel" / "achtenveertig").
E-mail at a Dutch regional domain ("punt frl", "punt amsterdam").
Numbers: a count of a number's digits between its pieces ("[nummer]" / "en dan de laatste drie" / "zeshonderdvier"),
an eight- or nine-digit number named a BSN right after it.
Ordinary: "iedereen zegt dat het goed komt", "hij noemt me altijd schat", "wat is je achternaam", "dat is de
achternaam van mijn vader", "mevrouw, ten slotte nog dit", "een 4k scherm", "de 2e keer", "lokaal 3b", "achter de
deur twee uur lang", "de laatste drie dagen", "de weg van de minste weerstand".
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, round_tests

SECRET_CASES = [
    # a name before the noun it is
    (["oké, visscher is de achternaam"], "visscher"),
    (["en van den akker is mijn familienaam"], "van den akker"),
    (["dus kowalczyk is zijn achternaam toch"], "kowalczyk"),
    (["marijke is haar roepnaam"], "marijke"),
    # the name everyone uses
    (["maar iedereen zegt pim"], "pim"),
    (["ze noemen me loek"], "loek"),
    (["op papier [naam] maar iedereen zegt kees"], "kees"),
    (["noem me maar joep"], "joep"),
    # "ter"/"ten" and a surname after a title
    (["meneer ten hove belt u terug"], "ten hove"),
    (["mevrouw ter beek is er niet"], "ter beek"),
    # how a name is said
    (["hoe spreek ik dat uit, siobhan"], "siobhan"),
    # a house number with a glued letter
    (["het huisnummer is 31b"], "31b"),
    (["nummer 7a"], "7a"),
    (["de populierendreef 7a"], "populierendreef 7a"),
    (["welke straat was het", "de zilvermeeuw", "en het nummer", "112d ja"], "zilvermeeuw 112d"),
    (["ze woont op brinkhorst 5c"], "brinkhorst 5c"),
    # "huis nummer" as two words, an addition
    (["ik schrijf even op: zandloper huis nummer achtenzestig"], "zandloper achtenzestig"),
    (["de eikenlaan huis nummer negentien bg"], "eikenlaan negentien bg"),
    (["oké de zilverschoonlaan", "en verder", "nummer veertig rood"], "zilverschoonlaan veertig rood"),
    # streets named for a title, "Laan der ...", "Laan van ..."
    (["ze woont aan de burgemeester van den bergstraat twaalf"], "burgemeester bergstraat"),
    (["op de laan der hoven"], "hoven"),
    (["aan de laan van brinkestein"], "brinkestein"),
    (["nummer drie bg laan der nijverheid"], "drie nijverheid"),
    # "Achter de ..." with its number
    (["achter de kolk veertien, daar woont ze"], "kolk veertien"),
    (["op achter 't hout 3"], "hout 3"),
    # a street named right after "adres is"
    (["het adres van haar moeder is de singel", "achtenveertig"], "singel achtenveertig"),
    (["zijn adres is de brink negen"], "brink negen"),
    (["het adres is het zandpad"], "zandpad"),
    # an e-mail address at a Dutch regional domain
    (["mail maar naar sietske at de hoeve punt frl"], "sietske hoeve"),
    # a count of digits between a number's pieces
    (["lees het nummer maar voor", "vierhonderdtwaalf achthonderddrie", "en dan de laatste drie", "zeshonderdvier"],
     "zeshonderdvier"),
    # an eight- or nine-digit number named a BSN after it
    (["driehonderdtwaalf negenenveertig vijfhonderdzes dat is mijn bsn"], "driehonderdtwaalf negenenveertig"),
]

ORDINARY = [
    ["iedereen zegt dat het goed komt"],
    ["hij noemt me altijd schat"],
    ["ze noemen me een zeur"],
    ["iedereen zegt het"],
    ["wat is je achternaam"],
    ["dat is de achternaam van mijn vader"],
    ["mevrouw, ten slotte nog dit"],
    ["meneer ter info, dit gesprek wordt niet opgenomen"],
    ["ik heb een 4k scherm en 5g"],
    ["de 2e keer ging het beter"],
    ["we zitten in lokaal 3b"],
    ["hij stond achter de deur twee uur lang"],
    ["ik zat achter de computer tot twaalf"],
    ["de laatste drie dagen waren zwaar"],
    ["de weg van de minste weerstand"],
    ["de laan van de markt is afgesloten"],
    ["hoe spreek ik dat uit"],
    ["het kost twaalf miljoen dat is de bsn discussie"],
    ["het adres is de plek waar hij woont"],
    ["het adres is het probleem niet"],
    ["wat is het adres van de huisarts"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
def test_the_cue_word_stays(run):
    # the glued house number goes, "huisnummer" and the street's question stay readable
    out = run(["welke straat was het", "de zilvermeeuw", "en het nummer", "112d ja"])
    assert out[2] == "en het nummer"
    assert "huisnummer" in run(["het huisnummer is 31b"])[0]
