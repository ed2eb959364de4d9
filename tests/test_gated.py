"""A gated alternation answers exactly as the whole regex does: only faster, never differently."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from voice_companion import form
from voice_companion.gated import GatedPattern, top_branches


def test_top_branches_split_only_outside_groups_and_classes():
    assert top_branches(r"a|b(c|d)|[|x]|e\|f") == ["a", "b(c|d)", "[|x]", r"e\|f"]


def test_words_that_are_optional_or_only_looked_behind_are_not_required():
    pattern = GatedPattern(r"(?<!het )goed dat\b|\bwat (heel )?(mooi|fijn)\b|\b(zo )*knap\b|\bsterk(e)?\b")
    assert pattern.search("goed dat je belt")
    assert not pattern.search("het goed dat")
    assert pattern.search("wat mooi")
    assert pattern.search("wat heel fijn")
    assert pattern.search("knap")
    assert pattern.search("sterk")
    assert not pattern.search("wat heel lelijk")


def test_a_branch_with_no_literal_still_runs():
    pattern = GatedPattern(r"^\w+$|\bpetje af\b")
    assert pattern.search("hallo")
    assert pattern.search("nou petje af hoor")
    assert not pattern.search("twee woorden")


WORKER_LINES = [
    "dat klinkt echt zwaar", "petje af hoor", "wat een klap zeg", "ik versta je niet goed", "je valt even weg",
    "mag ik je iets vragen", "ik wil je een moeilijke vraag stellen", "hoe hou je het vol", "dat snap ik wel",
    "je hebt het heel goed gedaan vannacht", "het klinkt alsof je er helemaal klaar mee bent", "ja",
    "dank je wel voor het bellen", "snap ik", "dat vraagt moed", "je bent een sterke moeder", "niet niks",
]


def _long_patterns():
    return [v.pattern for v in vars(form).values() if isinstance(v, (re.Pattern, GatedPattern)) and len(v.pattern) > 100]


def test_the_method_s_long_patterns_answer_as_before_on_worker_lines():
    for source in _long_patterns():
        whole, gated = re.compile(source), GatedPattern(source)
        for line in WORKER_LINES:
            assert gated.search(line) == bool(whole.search(line)), (source[:40], line)
    assert any(GatedPattern(source).search("dat klinkt echt zwaar") for source in _long_patterns())


_VOCABULARY = sorted({w for line in WORKER_LINES for w in line.split()} | {"dat", "is", "het", "je", "heb", "wat"})


_PAIRS = [(re.compile(source), GatedPattern(source)) for source in _long_patterns()]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY), min_size=1, max_size=10))
def test_any_line_of_the_method_s_words_gets_the_same_answer(words):
    line = " ".join(words)
    for whole, gated in _PAIRS:
        assert gated.search(line) == bool(whole.search(line))
