"""Crisis detection from what the worker says (echoes, summaries, questions).

The seed names only four real crises; life events are felt as a crisis but are
not one. Rules come from the bank: every group of a rule must be present, a
group is a set of alternatives, `*` at the end of a word is a prefix and a lone
`*` in a phrase allows up to three words in between ("einde aan * maken").
Words are compared with a tolerance for recognition errors.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from voice_companion.bank import Bank, CueRule
from voice_companion.text import normalize

MAX_GAP = 3


@dataclass(frozen=True, slots=True)
class CrisisHit:
    crisis: str
    trigger: str  # the words that set it off


def _word_matches(pattern: str, word: str) -> bool:
    if pattern.endswith("*"):
        stem = pattern[:-1]
        if word.startswith(stem):
            return True
        return len(stem) >= 5 and len(word) >= len(stem) and fuzz.ratio(stem, word[: len(stem)]) >= 85
    if pattern == word:
        return True
    return len(pattern) >= 6 and fuzz.ratio(pattern, word) >= 86


def _find_phrase(pattern: list[str], words: list[str]) -> tuple[int, int] | None:
    """Span (start, end) of `pattern` in `words`, or None."""

    def match_from(p: int, w: int) -> int | None:
        if p == len(pattern):
            return w
        if pattern[p] == "*":
            for gap in range(0, MAX_GAP + 1):
                end = match_from(p + 1, w + gap)
                if end is not None:
                    return end
            return None
        if w < len(words) and _word_matches(pattern[p], words[w]):
            return match_from(p + 1, w + 1)
        return None

    for start in range(len(words)):
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

    @staticmethod
    def _compile(rule: CueRule) -> list[list[list[str]]]:
        groups = []
        for group in rule.groups:
            groups.append([_normalize_pattern(alt) for alt in group if _normalize_pattern(alt)])
        return groups

    def detect(self, text: str, *, normalized: bool = False) -> list[CrisisHit]:
        """Every crisis (and life event) the line speaks of, each once."""
        words = (text if normalized else normalize(text)).split()
        hits: dict[str, CrisisHit] = {}
        for crisis_id, groups in self.rules:
            if crisis_id in hits:
                continue
            spans = []
            for alternatives in groups:
                span = next((s for alt in alternatives if (s := _find_phrase(alt, words))), None)
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
