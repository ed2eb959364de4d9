"""A small linear model that weighs a line's words, its form and the bank's fuzzy match.

Phrase matching alone cannot tell two techniques apart when they share words
("hoe ga je het vannacht redden" is coping, not safety); a linear model over
word and character n-grams, the sentence's form (`form.Form`) and the fuzzy
score of every technique learns which words decide. It is trained by
`scripts/train_classifier.py` on the bank's cue phrases and questions and on
labelled lines written from the method (`prompts/training/`), and shipped as
one small file beside the bank (`prompts/nl-model.npz`) that `bank check`
verifies. At run time it is a sparse dot product in numpy: no scikit-learn.

The model proposes; `classifier._by_form` still applies the method's rules
(an echo is a summary, a cause question is a cause), and `match.why` names
the model's margin so a supervisor can see what decided.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

import numpy as np

from voice_companion.form import Form

MODEL_SUFFIX = "-model.npz"
CRISIS_MODEL_SUFFIX = "-crisis-model.npz"
PHASE_MODEL_SUFFIX = "-phase-model.npz"
ACK_PHASE_MODEL_SUFFIX = "-ack-phase-model.npz"


def model_path_for(bank_path: Path) -> Path:
    return bank_path.with_name(bank_path.stem + MODEL_SUFFIX)


def crisis_model_path_for(bank_path: Path) -> Path:
    return bank_path.with_name(bank_path.stem + CRISIS_MODEL_SUFFIX)


def phase_model_path_for(bank_path: Path) -> Path:
    return bank_path.with_name(bank_path.stem + PHASE_MODEL_SUFFIX)


def ack_phase_model_path_for(bank_path: Path) -> Path:
    return bank_path.with_name(bank_path.stem + ACK_PHASE_MODEL_SUFFIX)


@lru_cache(maxsize=1)
def _dutch_stem():
    """snowballstemmer's Dutch stemmer, its module loaded alone: the package's own `__init__` imports the stemmers
    of all its thirty-odd languages (12-30 ms at every start on the development host) for a lookup by name not
    needed here."""
    try:
        import importlib
        import importlib.util
        import sys
        import types

        alone = "_voice_companion_snowball"  # a private name: `import snowballstemmer` elsewhere stays as it was
        if alone not in sys.modules:
            spec = importlib.util.find_spec("snowballstemmer")
            package = types.ModuleType(alone)
            package.__path__ = list(spec.submodule_search_locations)
            sys.modules[alone] = package
        stem = importlib.import_module(alone + ".dutch_stemmer").DutchStemmer().stemWord
    except (ImportError, AttributeError, TypeError):  # another layout of the package: the ordinary way
        import snowballstemmer

        stem = snowballstemmer.stemmer("dutch").stemWord
    return lru_cache(maxsize=65536)(stem)


def crisis_features(norm: str) -> dict[str, float]:
    """Sound-folded words and their stems, word pairs and character n-grams: what a crisis sounds like,
    through recognizer slips and Dutch inflection ("opgespaard"/"spaart", "afgesloten"/"afsluiting").

    The Dutch Snowball stemmer added 0.01-0.03 recall at the same false alarms, held out by writer.
    """
    from voice_companion.crisis import fold_sound

    raw = norm.split()
    words = [fold_sound(w) for w in raw]
    out: dict[str, float] = {}
    if not words:
        return out
    scale = 1.0 / math.sqrt(len(words))
    stem = _dutch_stem()
    for w in words:
        out["w:" + w] = scale
    for w in raw:
        out["s:" + fold_sound(stem(w))] = scale
    for a, b in zip(words, words[1:]):
        out[f"b:{a}_{b}"] = scale
    joined = " " + " ".join(words) + " "
    grams = [joined[i:i + n] for n in (4, 5) for i in range(len(joined) - n + 1)]
    cscale = 1.0 / math.sqrt(max(1, len(grams)))
    for g in grams:
        out["c:" + g] = cscale
    return out


def features(norm: str, form: Form | None, fuzzy: dict[str, float]) -> dict[str, float]:
    """The features of one normalised line (the same function in training and at run time)."""
    words = norm.split()
    out: dict[str, float] = {}
    if words:
        scale = 1.0 / math.sqrt(len(words))
        for w in words:
            out["w:" + w] = scale
        for a, b in zip(words, words[1:]):
            out[f"b:{a}_{b}"] = scale
        grams = [w[i:i + n] for w in (f" {w} " for w in words) for n in (3, 4) for i in range(len(w) - n + 1)]
        if grams:
            cscale = 1.0 / math.sqrt(len(grams))
            for g in grams:
                out["c:" + g] = cscale
        out["s:" + words[0]] = 1.0
    if form is not None:
        for f in fields(form):
            value = getattr(form, f.name)
            if isinstance(value, bool) and value:
                out["f:" + f.name] = 1.0
            elif isinstance(value, str):
                out[f"f:{f.name}={value}"] = 1.0
        out["f:short"] = 1.0 if form.content_words <= 4 else 0.0
    for technique, score in fuzzy.items():
        out["z:" + technique] = score
    return out


@dataclass
class TechniqueModel:
    classes: list[str]
    index: dict[str, int]  # feature name -> row of `weights`
    weights: np.ndarray  # (n_features, n_classes)
    bias: np.ndarray  # (n_classes,)
    bank_digest: str

    @classmethod
    def load(cls, path: Path) -> "TechniqueModel":
        """Read a model file (once per file version: the bank check and the classifier share it)."""
        stat = path.stat()
        return _load(str(path), stat.st_mtime_ns, stat.st_size)

    @classmethod
    def _read(cls, path: Path) -> "TechniqueModel":
        with np.load(path, allow_pickle=False) as data:
            if "feature_text" in data.files:
                text = data["feature_text"].tobytes().decode("utf-8")
                names = text.split("\n") if text else []
            else:  # the older layout: a fixed-width unicode array, ten times the bytes to inflate
                names = data["features"].tolist()
            return cls(classes=[str(c) for c in data["classes"]], index=dict(zip(names, range(len(names)))),
                       weights=data["weights"].astype(np.float32), bias=data["bias"].astype(np.float32),
                       bank_digest=str(data["bank_digest"]))

    def save(self, path: Path) -> None:
        _load.cache_clear()
        names = sorted(self.index, key=self.index.get)
        # feature names as one UTF-8 text, a name a line: a fixed-width unicode array pads every name to the
        # longest and stores four bytes a letter, and inflating it was most of a start's model loading
        if any("\n" in name for name in names):
            raise ValueError("a feature name holds a line break")
        text = np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8)
        np.savez_compressed(path, feature_text=text, classes=np.array(self.classes),
                            weights=self.weights.astype(np.float16), bias=self.bias,
                            bank_digest=np.array(self.bank_digest))

    def predict(self, feats: dict[str, float]) -> tuple[str, float, str]:
        """(class, probability, runner-up) for one line's features."""
        probs = self.probabilities(feats)
        order = np.argsort(-probs)
        return self.classes[order[0]], float(probs[order[0]]), self.classes[order[1]]

    def probabilities(self, feats: dict[str, float]) -> np.ndarray:
        get = self.index.get
        idx, val = [], []
        for k, v in feats.items():  # (a plain loop: most of an utterance's n-grams are not in the model)
            i = get(k)
            if i is not None:
                idx.append(i)
                val.append(v)
        logits = self.bias.copy()
        if idx:
            logits += np.array(val, dtype=np.float32) @ self.weights[idx]
        logits -= logits.max()
        probs = np.exp(logits)
        return probs / probs.sum()


@lru_cache(maxsize=8)
def _load(path: str, mtime_ns: int, size: int) -> TechniqueModel:
    """The model in a file, from the start-up cache when a file with these very bytes was read before (inflating the
    crisis model's feature names and weights was a fifth of the companion's start)."""
    from voice_companion.startcache import cached

    raw = Path(path).read_bytes()
    return cached("model", [raw], lambda: TechniqueModel._read(Path(path)))
