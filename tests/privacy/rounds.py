"""What the round-by-round redaction tests share: the redactor with and without its learned tagger."""

from __future__ import annotations

import pytest

from voice_companion.privacy.redact import Redactor
from voice_companion.privacy.spoken import fold


def rules_only(lines: list[str]) -> list[str]:
    """The lines through the session window, rules alone."""
    return Redactor(tagger=None, window=True).redact_lines(lines)


def rules_and_tagger(lines: list[str]) -> list[str]:
    """The lines through the session window, rules and the learned tagger (as shipped)."""
    return Redactor(window=True).redact_lines(lines)


# Both ways a round's cases are run (test ids "rules" and "rules+tagger").
RUNS = {"rules": rules_only, "rules+tagger": rules_and_tagger}


def round_tests(secret_cases: list, ordinary: list[list[str]]):
    """The two tests of a round file, both ways (rules, rules + tagger): each secret fragment gone from its
    lines, each ordinary case kept as it was. `test_secret_gone, test_ordinary_kept = round_tests(...)`."""

    @pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
    @pytest.mark.parametrize("lines, secret", secret_cases)
    def test_secret_gone(run, lines, secret):
        out = run(lines)
        assert not leaked(out, secret), (out, leaked(out, secret))

    @pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
    @pytest.mark.parametrize("lines", ordinary)
    def test_ordinary_kept(run, lines):
        assert run(lines) == lines

    return test_secret_gone, test_ordinary_kept


def next_line_test(next_kept: list[tuple[list[str], int]]):
    """A round's test that a line after a secret which is plain talk stays as said, both ways:
    `test_next_line_kept = next_line_test(NEXT_KEPT)` with (lines, index of the line that stays)."""

    @pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
    @pytest.mark.parametrize("lines, k", next_kept)
    def test_next_line_kept(run, lines, k):
        assert run(lines)[k] == lines[k]

    return test_next_line_kept


def word_kept_test(kept: list[tuple[list[str], str]]):
    """A round's test that a plain word next to a secret stays while the secret goes, both ways:
    `test_word_kept = word_kept_test(KEPT)` with (lines, the word that must stay)."""

    @pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
    @pytest.mark.parametrize("lines, word", kept)
    def test_word_kept(run, lines, word):
        assert word in words_left(run(lines)), run(lines)

    return test_word_kept


def assert_no_rule_error(cases: list[list[str]]) -> None:
    """No rule fails on these lines, rules alone or with the tagger (a failing rule drops the whole line, which would
    hide a leak in the tests)."""
    for lines in cases:
        for tagger in (None, True):
            r = Redactor(window=True, tagger=tagger)
            r.redact_lines(lines)
            assert r.errors == 0, lines


def words_left(out: list[str]) -> set[str]:
    """The words of redacted lines as the rules compare them (folded; commas and hyphens split words)."""
    return {fold(w) for w in " ".join(out).lower().replace(",", " ").replace("-", " ").split()}


def leaked(out: list[str], secret: str) -> list[str]:
    """The words of a secret fragment still there in the redacted lines."""
    left = words_left(out)
    return [w for w in secret.split() if w in left]


class EchoCore:
    """A core that passes the utterance on and adds one event of its own, as the real core does."""

    bank_id = "test"

    def __init__(self):
        self.seen: list[str] = []

    def handle(self, event):
        from voice_companion.events import Match, Utterance

        if isinstance(event, Utterance):
            self.seen.append(event.text)
            return [event, Match(t=event.t, technique="none")]
        return []
