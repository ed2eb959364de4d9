"""Round 35: all own examples, not taken from the holdouts. Ordinary talk that stays: a span of days before a month
("het weekend van zeventien en achttien mei"), a room, ward or floor in a care home or hospital ("ze woont in kamer
twaalf van het verpleeghuis"). Secrets that go: first names before a surname taken out ("dus u bent jozef [naam]",
"mei ling [naam] dus") and a given name after it ("ik ben [naam] wei"), a surname with its tussenvoegsel after a name
("[naam] der wal", "[naam] of van de wal"), a name spelled letter by letter after it is said ("nowakowski" / "en o we
a ka ..."), a postcode's two letters said again or corrected on the next line ("of was het be de"), a post-office
box's number ("postbus honderdtwaalf"), and digits said the southern or eastern way ("zeuve", "twie", "vief").
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, round_tests

SECRET_CASES = [
    # 2. first names before (and a given name after) a surname taken out
    (["dus u bent jozef vandenbroucke"], "jozef vandenbroucke"),
    (["mevrouw liu ik blijf bij u", "mei ling liu dus"], "mei ling liu"),
    (["dus chen jie hao en u belt uit almere"], "chen jie hao"),
    (["ja ik ben zhang wei"], "zhang wei"),
    (["ja u spreekt met jozef jansen"], "jozef jansen"),
    # a surname with its tussenvoegsel after a name
    (["de heer jansen of van de wal"], "jansen wal"),
    (["mevrouw bakker", "ik schrijf bakker der wal"], "bakker wal"),
    # 3. a name spelled letter by letter, on the same line or the next
    (["nowakowski dus", "en o we a ka o we es ka i"], "nowakowski"),
    (["wisniewska ja", "we i es en i e we es ka a"], "wisniewska es ka"),
    (["grabowski", "ge er a be o we es ka i"], "grabowski ge er be es ka"),
    (["ik heet ramdin r a m d i n"], "ramdin"),
    (["van de wetering we e te e er i en ge"], "wetering"),
    # 4. a postcode's two letters said again or corrected after the postcode
    (["vierenvijftig elf be ce zei u", "of was het be de"], "vierenvijftig elf be ce de"),
    (["drieenveertig twintig ge ha zei u", "of was het ge ka"], "ge ha ka"),
    (["twaalf vierendertig er es klopt dat", "nee het was er te"], "twaalf vierendertig es te"),
    # 5. a post-office box's number
    (["stuur het naar postbus honderdtwaalf in zwolle"], "postbus honderdtwaalf"),
    (["de brief komt van postbus drie twee vier"], "postbus drie twee vier"),
    # 6. digits said the southern or eastern way
    (["nul zes twaalf zeuve acht twie vier vijf dat is mijn nummer"], "zeuve twie twaalf"),
    (["mijn nummer is nul zes vief nege zeuve twie drie vier vijf zes"], "vief nege zeuve twie"),
]

ORDINARY = [
    # 1. a span of days before a month: no birthday
    ["het weekend van zeventien en achttien mei"],
    ["van twaalf tot en met veertien juni zijn we weg"],
    ["het weekend van zevenentwintig en achtentwintig augustus", "dan is de braderie"],
    ["tussen tien en twaalf juni ben ik weg"],
    # a room, ward or floor where one lives in a home or hospital
    ["ik woon in kamer twaalf"],
    ["mijn moeder woont in kamer tweehonderdzes van de zorgflat"],
    ["hij woont in het verpleeghuis kamer achttien op de tweede verdieping"],
    ["ze woont op de derde etage in kamer negenendertig van het verzorgingshuis"],
    ["ik lig op zaal drie bed veertien"],
    # near misses: a month, a time after "of van de", "en de" after a postcode's line
    ["dat was in mei"],
    ["ja dat was het begin van de week"],
    ["mijn postcode heb ik al gegeven", "ja dat klopt en de rest"],
    # a post-office box talked about, digit words the southern way with no number
    ["de postbus hangt aan de muur"],
    ["ik heb een postbus bij het postkantoor"],
    ["ik heb twie katten en zeuve kippen"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
def test_birth_date_range_still_goes(run):
    """A date with a birth cue still goes: the span-of-days rule keeps to lines with no birth or birthday."""
    out = run(["ik ben geboren op zeventien mei negentien tachtig"])
    assert "zeventien" not in out[0] and "tachtig" not in out[0], out


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
def test_named_home_with_room_still_goes(run):
    """A home with a name of its own and a room in it is still an address ("woonzorgcentrum de Lindehof")."""
    out = run(["ze woont in woonzorgcentrum de lindehof", "appartement honderdzes"])
    assert "lindehof" not in " ".join(out) and "honderdzes" not in " ".join(out), out


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
def test_postcode_after_name_letters_after(run):
    """A name said and then two letters with no postcode before: the letters are no postcode's."""
    assert run(["dat is het", "of was het be de"]) == ["dat is het", "of was het be de"]
