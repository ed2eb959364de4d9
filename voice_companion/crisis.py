"""Crisis detection from what the worker says (echoes, summaries, questions).

The seed names only four real crises; life events are felt as a crisis but are
not one. Rules come from the bank: every group of a rule must be present, a
group is a set of alternatives, `*` at the end of a word is a prefix and a lone
`*` in a phrase allows up to three words in between ("einde aan * maken").
Words are compared with a tolerance for recognition errors.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from voice_companion.bank import Bank, CueRule
from voice_companion.text import normalize

MAX_GAP = 3  # words a lone * may stand for
SOFT_GAP = 1  # words that may slip in between the words of any phrase


@dataclass(frozen=True, slots=True)
class CrisisHit:
    crisis: str
    trigger: str  # the words that set it off


class _WordMatcher:
    """Which pattern words each utterance word matches, computed once per line.

    Patterns are exact words (tolerant from eight letters) and prefixes (`afsl*`,
    tolerant from six letters); rapidfuzz compares all of them in a few
    vectorised calls instead of word by word.
    """

    def __init__(self, patterns: set[str]):
        self.exact = {p for p in patterns if not p.endswith("*")}
        self.long_exact = sorted(p for p in self.exact if len(p) >= 8)
        self.prefixes = {p[:-1] for p in patterns if p.endswith("*")}
        self.fuzzy_prefixes: dict[int, list[str]] = {}
        for stem in self.prefixes:
            if len(stem) >= 6:
                self.fuzzy_prefixes.setdefault(len(stem), []).append(stem)

    def match(self, words: list[str]) -> list[set[str]]:
        found: list[set[str]] = [set() for _ in words]
        for i, word in enumerate(words):
            if word in self.exact:
                found[i].add(word)
            for k in range(1, len(word) + 1):
                if word[:k] in self.prefixes:
                    found[i].add(word[:k] + "*")
        if self.long_exact:
            long_words = [i for i, w in enumerate(words) if len(w) >= 6]
            if long_words:
                sims = cdist([words[i] for i in long_words], self.long_exact, scorer=fuzz.ratio, score_cutoff=88)
                for row, col in zip(*np.nonzero(sims)):
                    found[long_words[row]].add(self.long_exact[col])
        for length, stems in self.fuzzy_prefixes.items():
            heads = [i for i, w in enumerate(words) if len(w) >= length]
            if heads:
                sims = cdist([words[i][:length] for i in heads], stems, scorer=fuzz.ratio, score_cutoff=85)
                for row, col in zip(*np.nonzero(sims)):
                    found[heads[row]].add(stems[col] + "*")
        return found


def _find_phrase(pattern: list[str], found: list[set[str]]) -> tuple[int, int] | None:
    """Span (start, end) of `pattern` in the line, or None."""

    def match_from(p: int, w: int) -> int | None:
        if p == len(pattern):
            return w
        if pattern[p] == "*":
            for gap in range(0, MAX_GAP + 1):
                end = match_from(p + 1, w + gap)
                if end is not None:
                    return end
            return None
        if w < len(found) and pattern[p] in found[w]:
            if p + 1 == len(pattern) or pattern[p + 1] == "*":
                return match_from(p + 1, w + 1)
            for gap in range(0, SOFT_GAP + 1):  # "beter af [is] zonder jou"
                end = match_from(p + 1, w + 1 + gap)
                if end is not None:
                    return end
        return None

    for start in range(len(found)):
        if pattern[0] == "*" or pattern[0] in found[start]:
            end = match_from(0, start)
            if end is not None:
                return start, end
    return None


class CrisisDetector:
    def __init__(self, bank: Bank):
        self.rules: list[tuple[str, list[list[list[str]]]]] = []
        for crisis in [*bank.crises.values(), bank.life_events]:
            for rule in crisis.rules:
                self.rules.append((crisis.id, self._compile(rule)))
        patterns = {w for _, groups in self.rules for alts in groups for alt in alts for w in alt if w != "*"}
        self.matcher = _WordMatcher(patterns)

    @staticmethod
    def _compile(rule: CueRule) -> list[list[list[str]]]:
        groups = []
        for group in rule.groups:
            groups.append([_normalize_pattern(alt) for alt in group if _normalize_pattern(alt)])
        return groups

    def detect(self, text: str, *, normalized: bool = False) -> list[CrisisHit]:
        """Every crisis (and life event) the line speaks of, each once."""
        words = (text if normalized else normalize(text)).split()
        found = self.matcher.match(words)
        present = set().union(*found) if found else set()
        hits: dict[str, CrisisHit] = {}
        for crisis_id, groups in self.rules:
            if crisis_id in hits:
                continue
            spans = []
            for alternatives in groups:
                span = next((s for alt in alternatives
                             if all(w == "*" or w in present for w in alt) and (s := _find_phrase(alt, found))),
                            None)
                if span is None:
                    break
                spans.append(span)
            else:
                start = min(s for s, _ in spans)
                end = max(e for _, e in spans)
                hits[crisis_id] = CrisisHit(crisis_id, " ".join(words[start:end]))
        real = [h for h in hits.values() if h.crisis != "life_event"]
        # a life event is only reported where no real crisis is named
        return real or list(hits.values())


def _normalize_pattern(alternative: str) -> list[str]:
    out = []
    for raw in alternative.split():
        if raw == "*":
            out.append("*")
        elif raw.endswith("*"):
            stem = normalize(raw[:-1])
            if stem:
                out.append(stem.replace(" ", "") + "*")
        else:
            out.extend(normalize(raw).split())
    return out
