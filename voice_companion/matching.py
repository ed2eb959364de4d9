"""Fuzzy phrase matching built for recognizer output.

Why not one rapidfuzz scorer: `partial_ratio`, `token_set_ratio` and `WRatio`
give 100 to any phrase that is a subset of the utterance (one shared word can
be enough), and plain `ratio` punishes a worker who says a question in other
words. So we score at two levels and blend them:

* word level: every word of the utterance is matched to the bank vocabulary
  with `fuzz.ratio` (so "volhouwen" still meets "volhouden"), words weigh by
  how specific they are to a technique (a rarity weight over techniques, so
  "hoop" counts and "je" hardly does), and a phrase scores by how much of it
  the utterance covers (recall) and how much of the utterance it explains
  (precision), leaning on recall;
* character level: `fuzz.ratio` on the whole normalised strings, which is
  robust to words a recognizer merged ("houje") or split.

Everything is vectorised over the whole bank (one rapidfuzz `cdist` and numpy
gathers), which keeps one utterance well under a millisecond or two.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from voice_companion.text import normalize

WORD_MIN_SIMILARITY = 0.78  # below this two words are not the same word
SHORT_WORD = 3  # words this short must match exactly ("je" vs "de")
OOV_WEIGHT = 0.8  # weight of an utterance word the bank does not know
RECALL_BETA2 = 2.0  # F-beta with beta^2 = 2: covering the phrase counts more
CHAR_WEIGHT = 0.3  # share of the character-level score in the blend
ANCHOR_WEIGHT = 6.0  # rarity weight a phrase needs to count in full inside a longer line
ANCHOR_SCALE = 0.7  # ... and how much such an anchored phrase may score


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str  # normalised
    key: str  # what the phrase stands for (a technique id, a question id, ...)
    ref: str | None = None  # e.g. the question id when the phrase is a question


class PhraseIndex:
    """All phrases of one kind (cues and questions, or lookup words), ready to score."""

    def __init__(self, phrases: list[Phrase], *, weight_groups: dict[str, str] | None = None):
        phrases = [p for p in phrases if p.text]
        if not phrases:
            raise ValueError("a phrase index needs at least one phrase")
        self.phrases = phrases
        self.texts = [p.text for p in phrases]
        vocab: dict[str, int] = {}
        token_lists = []
        for p in phrases:
            ids = []
            for tok in p.text.split():
                ids.append(vocab.setdefault(tok, len(vocab)))
            token_lists.append(ids)
        self.vocab = list(vocab)
        self.vocab_index = vocab
        self._short = np.array([len(w) <= SHORT_WORD for w in self.vocab])

        # Rarity weight: in how many groups (techniques) does a word occur?
        groups_of_word: dict[int, set[str]] = {}
        for p, ids in zip(phrases, token_lists):
            group = (weight_groups or {}).get(p.key, p.key)
            for i in ids:
                groups_of_word.setdefault(i, set()).add(group)
        n_groups = len({(weight_groups or {}).get(p.key, p.key) for p in phrases})
        weights = np.zeros(len(self.vocab))
        for i, groups in groups_of_word.items():
            weights[i] = math.log((n_groups + 1) / len(groups)) + 0.15
        self.word_weight = weights

        # phrases grouped by key, for best_per_key (stable: ties go to the earlier phrase, as before)
        keys = [p.key for p in phrases]
        self._key_order = np.array(sorted(range(len(phrases)), key=lambda i: keys[i]), dtype=np.int64)
        self._key_spans: list[tuple[str, int, int]] = []
        for pos, i in enumerate(self._key_order):
            if not self._key_spans or self._key_spans[-1][0] != keys[i]:
                self._key_spans.append((keys[i], pos, pos + 1))
            else:
                key, start, _ = self._key_spans[-1]
                self._key_spans[-1] = (key, start, pos + 1)
        # word -> phrases, one row a vocabulary word: which phrases hold it (0/1, for precision) and how much
        # of each phrase's weight it carries (for recall); an utterance hits a few dozen words, so a score
        # reads a few dozen rows instead of every phrase's every token
        self.holds = np.zeros((len(self.vocab), len(phrases)), dtype=np.float32)
        self.carries = np.zeros((len(self.vocab), len(phrases)))
        for row, ids in enumerate(token_lists):
            self.holds[ids, row] = 1.0
            for i in ids:
                self.carries[i, row] += weights[i]
        self.phrase_weight = self.carries.sum(axis=0)

    def word_similarity(self, words: list[str]) -> np.ndarray:
        """(len(words), len(vocab)) similarities in 0..1, thresholded."""
        # (a hair above the threshold: float32 0.78 is below 0.78, so a ratio of exactly 78 never counted)
        sims = cdist(words, self.vocab, scorer=fuzz.ratio, dtype=np.float32,
                     score_cutoff=WORD_MIN_SIMILARITY * 100 + 1e-4) / np.float32(100.0)
        # short words match exactly or not at all: a longer word never equals a short vocabulary word,
        # and a short word counts only for itself
        sims[:, self._short] = 0.0
        for row, word in enumerate(words):
            if len(word) <= SHORT_WORD:
                sims[row] = 0.0
                column = self.vocab_index.get(word)
                if column is not None:
                    sims[row, column] = 1.0
        return sims

    def score(self, text: str, *, normalized: bool = False) -> np.ndarray:
        """Similarity 0..1 of `text` to every phrase, in index order."""
        norm = text if normalized else normalize(text)
        words = norm.split()
        if not words:
            return np.zeros(len(self.phrases))
        sims = self.word_similarity(words)  # (U, V)
        # each utterance word's own weight: the weight of the vocab word it best matches
        best_vocab = sims.argmax(axis=1)
        best_sim = sims.max(axis=1)
        utt_weight = np.where(best_sim > 0, self.word_weight[best_vocab], OOV_WEIGHT)

        # recall: how much of each phrase the utterance covers
        cols = np.flatnonzero(sims.any(axis=0))  # the vocabulary words some word hit: a handful
        recall = sims.max(axis=0)[cols] @ self.carries[cols] / np.maximum(self.phrase_weight, 1e-9)
        # precision: how much of the utterance each phrase explains, each word by its best match in the phrase
        explained = np.zeros(len(self.phrases))
        for u in np.flatnonzero(best_sim > 0).tolist():
            hit = np.flatnonzero(sims[u])
            if hit.size == 1:
                explained += utt_weight[u] * sims[u, hit[0]] * self.holds[hit[0]]
            else:
                explained += utt_weight[u] * (self.holds[hit] * sims[u, hit][:, None]).max(axis=0)
        precision = explained / max(utt_weight.sum(), 1e-9)
        denom = RECALL_BETA2 * precision + recall
        f_score = np.where(denom > 0, (1 + RECALL_BETA2) * precision * recall / np.maximum(denom, 1e-9), 0.0)
        # a distinctive phrase said in full inside a longer line ("even samenvatten ...")
        anchor = ANCHOR_SCALE * recall**2 * np.minimum(1.0, self.phrase_weight / ANCHOR_WEIGHT)
        word_level = np.maximum(f_score, anchor)
        chars = cdist([norm], self.texts, scorer=fuzz.ratio, dtype=np.float32)[0] / 100.0
        return (1 - CHAR_WEIGHT) * word_level + CHAR_WEIGHT * chars

    def best_per_key(self, scores: np.ndarray) -> dict[str, tuple[float, int]]:
        """Highest score and its phrase index for every key (one numpy pass per key group)."""
        grouped = scores[self._key_order]
        best: dict[str, tuple[float, int]] = {}
        for key, start, end in self._key_spans:
            i = start + int(np.argmax(grouped[start:end]))
            best[key] = (float(grouped[i]), int(self._key_order[i]))
        return dict(sorted(best.items(), key=lambda kv: -kv[1][0]))
