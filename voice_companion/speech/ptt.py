"""Push-to-talk lookup: the worker holds a key and says a technique ("schaalvraag").

A second recognizer on the same Model, restricted at run time to the lookup
vocabulary plus "[unk]" when the model has a dynamic graph (graph/HCLr.fst);
with a static graph it recognizes the full vocabulary. Either way the text is
matched with rapidfuzz against the vocabulary, and only a clear winner (a
margin over the runner-up) counts: otherwise the answer is "not sure" with the
candidates, for the page to offer.

    ptt = PushToTalk(model, bank.lookup_vocabulary())
    ptt.press()            # keydown
    ptt.feed(pcm_bytes)    # audio while the key is held (int16 mono, model rate or `rate`)
    result = ptt.release() # keyup: the utterance ends at once (FinalResult)
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from typing import Any, Sequence

from rapidfuzz import fuzz, process, utils

from voice_companion.events import LookupRequest
from voice_companion.speech.audio import Converter
from voice_companion.speech.engine import SpeechModel

UNK = "[unk]"


@dataclass(frozen=True)
class LookupResult:
    status: str  # "ok" | "not_sure" | "nothing"
    heard: str = ""  # what the recognizer heard
    match: str | None = None  # the vocabulary phrase when status == "ok"
    candidates: tuple[tuple[str, float], ...] = field(default_factory=tuple)  # (phrase, score), best first
    mode: str = "grammar"  # "grammar" | "full"
    raw: str = ""  # the recognizer's text as it came (may be "[unk]")
    confidence: float = 1.0  # the engine's lowest word confidence

    @property
    def sure(self) -> bool:
        return self.status == "ok"

    def to_request(self, t: float) -> LookupRequest | None:
        """The LookupRequest to submit to the session (None when nothing was heard)."""
        query = self.match or self.heard
        if not query:
            return None
        return LookupRequest(t=t, query=query, via="voice")


def _normalise(phrase: str) -> str:
    return " ".join(phrase.lower().split())


class PushToTalk:
    def __init__(
        self,
        model: SpeechModel,
        vocabulary: Sequence[str],
        *,
        margin: float = 10.0,
        min_score: float = 70.0,
        min_confidence: float = 0.5,
        rate: int | None = None,
        force_full: bool = False,
    ):
        self.model = model
        self.vocabulary = list(dict.fromkeys(_normalise(v) for v in vocabulary if v and v.strip()))
        if not self.vocabulary:
            raise ValueError("push-to-talk needs at least one lookup phrase")
        self.margin = margin
        self.min_score = min_score
        # a grammar forces what is heard onto a lookup word: the engine's word
        # confidence tells a clear word from a forced guess
        self.min_confidence = min_confidence
        self.rate = rate or model.sample_rate
        self.force_full = force_full
        self._lock = threading.Lock()
        self._build()
        self._converter: Converter | None = None
        self._pressed = False
        self._fed = False

    def _build(self) -> None:
        model = self.model
        # phrases the model can recognize (every word in its vocabulary)
        self.known = [p for p in self.vocabulary if all(model.has_word(w) for w in p.split())]
        self.unknown = [p for p in self.vocabulary if p not in self.known]
        if model.runtime_grammar and self.known and not self.force_full:
            self.mode = "grammar"
            # "[unk]" takes what is not a lookup word, where the model has it (some lack it)
            self.grammar: list[str] | None = self.known + ([UNK] if model.has_word(UNK) else [])
        else:
            self.mode = "full"
            self.grammar = None
        # The grammar is given when the recognizer is made: Vosk's SetGrammar on a
        # recognizer in mid-utterance aborts the process, so it is never called.
        self._rec: Any = model.recognizer(self.grammar, words=True)

    def set_vocabulary(self, vocabulary: Sequence[str]) -> None:
        """New lookup words (the bank was reloaded): a fresh recognizer, safely."""
        phrases = list(dict.fromkeys(_normalise(v) for v in vocabulary if v and v.strip()))
        if not phrases:
            raise ValueError("push-to-talk needs at least one lookup phrase")
        with self._lock:
            self.vocabulary = phrases
            self._build()
            self._pressed = False
            self._fed = False

    @property
    def pressed(self) -> bool:
        """Between press() and release(): microphone audio belongs to the lookup."""
        return self._pressed

    def press(self) -> None:
        """Key down: start a new lookup utterance (a press without release is reset)."""
        with self._lock:
            if self._fed:
                self._rec.FinalResult()  # discard what an unreleased press left behind
            self._converter = Converter(self.rate, self.model.sample_rate) if self.rate != self.model.sample_rate else None
            self._pressed = True
            self._fed = False

    def feed(self, pcm: bytes) -> None:
        with self._lock:
            if not self._pressed:
                return
            if self._converter is not None:
                pcm = self._converter.convert_int16(pcm)
            if pcm:
                self._rec.AcceptWaveform(pcm)
                self._fed = True

    def release(self) -> LookupResult:
        """Key up: the utterance ends now; returns the match or 'not sure'."""
        with self._lock:
            if not self._pressed:
                return LookupResult("nothing", mode=self.mode)
            self._pressed = False
            if self._converter is not None:
                tail = self._converter.flush()
                if tail:
                    self._rec.AcceptWaveform(tail)
                    self._fed = True
            result = json.loads(self._rec.FinalResult()) if self._fed else {}
            self._fed = False
        words = result.get("result") or []
        confidence = min((float(w.get("conf", 1.0)) for w in words), default=1.0)
        return self.match(result.get("text", ""), confidence=confidence)

    def match(self, text: str, *, confidence: float = 1.0) -> LookupResult:
        heard = " ".join(w for w in _normalise(text).split() if w != UNK)
        if not heard:
            return LookupResult("nothing", heard="", mode=self.mode, raw=text)
        found = process.extract(heard, self.vocabulary, scorer=fuzz.WRatio, processor=utils.default_process, limit=3)
        candidates = tuple((phrase, round(float(score), 1)) for phrase, score, _ in found)
        if not candidates:
            return LookupResult("not_sure", heard=heard, mode=self.mode, raw=text)
        best = candidates[0][1]
        second = candidates[1][1] if len(candidates) > 1 else 0.0
        if best >= self.min_score and best - second >= self.margin and confidence >= self.min_confidence:
            return LookupResult("ok", heard=heard, match=candidates[0][0], candidates=candidates,
                                mode=self.mode, raw=text, confidence=confidence)
        return LookupResult("not_sure", heard=heard, candidates=candidates, mode=self.mode, raw=text,
                            confidence=confidence)


__all__ = ["PushToTalk", "LookupResult"]
