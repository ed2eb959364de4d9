"""Speed pass 3: the session window's trigger narrowed further, by data. A line whose only signs of personal data are
the address cue words said in ordinary talk (woont, wonen, nummer, adres, rekening), the "s" of "'s avonds" or the "n"
of "'n", or a service word that is no name (nachtlijn, wijkteam, buurtteam, schuldhulp, casemanager, waterbedrijf,
appen, effe) opens no window, nor does the line after it: over the real worker lines and every dev case file such a
window never changed a line or the state. The holding of a line keeps its own trigger (sensitive()). What the window
must still catch: data split over lines (the next line has its own signs and opens the window itself, with the cue
line in its context), a name said again, a spelled name. All own examples.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, assert_no_rule_error, round_tests
from voice_companion.privacy.redact import Redactor, _window_sign, sensitive

SECRET_CASES = [
    # data split over lines after a line whose only sign is a narrowed word: the next line opens the window
    (['mijn adres', 'kerkstraat'], 'kerkstraat'),
    (['adres', 'de lindelaan'], 'lindelaan'),
    (['wonen jullie', 'op de dijk vijf'], 'dijk vijf'),
    (['ik woon', 'in de', 'tulpstraat'], 'tulpstraat'),
    (['huisnummer', 'twaalf'], 'twaalf'),
    (['rekening', 'en el nul twee'], 'nul twee'),
    (['dat is mijn nummer', 'nul zes', 'twaalf'], 'nul zes twaalf'),
    (['haar nummer', 'eindigt op', 'vier twee'], 'vier twee'),
    (['postcode drie vier vijf zes', 'n', 's'], 'drie vier vijf zes n s'),
    (['vier drie twee een', 's', 'k'], 'vier drie twee een s k'),
    # a name after a line with a narrowed word only
    (['goedenavond met de nachtlijn', 'met wie spreek ik', 'met roos'], 'roos'),
    (['met de nachtlijn', 'hoi met sanne'], 'sanne'),
    (['ik bel de nachtlijn', 'met roos'], 'roos'),
    (['de casemanager', 'heet bram'], 'bram'),
    (['de casemanager', 'bram de wit'], 'bram wit'),
    (['ik appen even mijn zus', 'anja'], 'anja'),
    (['zij woont', 'bij de jong'], 'jong'),
    (['de rekening', 'op naam van de vries'], 'vries'),
    (['schuldhulp', 'van de gemeente bij meneer bakker'], 'bakker'),
    # a name said again, and a spelled name, still go through the window
    (['goedenavond met de nachtlijn u spreekt met gerrit', 'dag gerrit'], 'gerrit'),
    (['u spreekt met karel', 'ja karel ik hoor je'], 'karel'),
    (['mijn naam is', 'a', 'n', 'n', 'a'], 'a n'),
    # the signs that stay: meneer/mevrouw and number words still open the window
    (['dag mevrouw', 'de bakker hier'], 'bakker'),
    (['mevrouw', 'de jong'], 'jong'),
    (['twaalf', 'mei negentienzestig'], 'twaalf mei negentienzestig'),
]

ORDINARY = [
    ['waar woont u', 'in de bakkerij'],
    ['waar woont u', 'boven de bakker'],
    ['ze woont', 'op de molenweg'],
    ['mijn adres', 'is bij de kerk'],
    ['het adres is', 'achter de kerk bij de molen'],
    ['het nummer', 'van de flat'],
    ['mijn nummer', 'is dat van mijn werk'],
    ['waar wonen jullie', 'aan de dijk'],
    ['woont', 'in utrecht'],
    ['het wijkteam', 'van bakker'],
    ['s avonds', 'bij bakker'],
    ['s', 'maart'],
    ['goedenavond met de nachtlijn', 'hoe gaat het met je'],
    ['het buurtteam komt morgen', 'fijn'],
    ['de schuldhulp belt terug', 'oke'],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)

# lines whose only signs are the narrowed words (they are still held: sensitive() is unchanged)
QUIET = [
    'waar woont u', 'waar wonen jullie', 'het nummer van de flat', 'mijn adres', 'de rekening komt morgen',
    's avonds kijk ik tv', 'n kop thee', 'goedenavond met de nachtlijn', 'het wijkteam komt morgen',
    'het buurtteam belt', 'de schuldhulp', 'de casemanager', 'het waterbedrijf', 'ik ga even appen', 'effe kijken',
    'met de nachtlijn heeft u een vraag voor het wijkteam',
]

# lines that still open the window
OPEN = [
    'dag mevrouw', 'meneer', 'twee', 'drie', 'tien', 'nul zes', 'mijn postcode', 'de kerkstraat', 'met sanne',
    'a', 'k', 'het nummer is twaalf', 'woont u in de kerkstraat', 'de nachtlijn met sanne', 'één',
]


@pytest.mark.parametrize("text", QUIET)
def test_narrowed_signs_open_no_window(text):
    assert not _window_sign(text)
    assert sensitive(text)  # the holding keeps its trigger


@pytest.mark.parametrize("text", OPEN)
def test_other_signs_still_open_it(text):
    assert _window_sign(text)


def _joined_readings(lines: list[str], tagger) -> list[int]:
    """How often each line's redaction read a joined text (the window)."""
    r = Redactor(window=True, tagger=tagger)
    calls = []
    inner = r.redact_text

    def counting(text):
        calls.append(text)
        return inner(text)

    r.redact_text = counting
    counts = []
    for line in lines:
        before = len(calls)
        r.redact(line)
        counts.append(sum(1 for c in calls[before:] if line in c and c != line))
    return counts


@pytest.mark.parametrize("tagger", [None, True], ids=["rules", "rules+tagger"])
@pytest.mark.parametrize("lines", [
    ['goedenavond met de nachtlijn', 'hoe gaat het'],
    ['waar woont u', 'ik weet het niet'],
    ['het wijkteam', 'komt morgen langs'],
    ['s avonds', 'kijk ik tv'],
])
def test_no_window_after_narrowed_line(lines, tagger):
    assert _joined_readings(lines, tagger) == [0, 0]


@pytest.mark.parametrize("tagger", [None, True], ids=["rules", "rules+tagger"])
@pytest.mark.parametrize("lines", [
    ['dag mevrouw', 'hoe gaat het'],
    ['het is twee', 'ik weet het niet'],
    ['mijn adres', 'kerkstraat'],
])
def test_window_still_runs(lines, tagger):
    assert _joined_readings(lines, tagger)[1] == 1


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
