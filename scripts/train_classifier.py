#!/usr/bin/env python3
"""Train the small technique model shipped beside the bank (prompts/nl-model.npz).

    python scripts/train_classifier.py [--bank prompts/nl.yaml] [--lines prompts/training/lines.jsonl ...]
                                      [--C 4] [--check FOLDER_OR_JSONL ...]

Training data: the bank's cue phrases and questions (each labelled with its
technique) and labelled lines written from the method (prompts/training/,
JSON Lines with "text" and "technique"). Never the evaluation sets: those are
for measuring. `--check` prints line accuracy on annotated calls or labelled
lines with and without the model, so a new model is kept only when it helps
on data it was not trained on. Needs scikit-learn (`pip install
'voice-companion[train]'`); the shipped model needs only numpy.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from voice_companion.bank import DEFAULT_BANK, load_bank  # noqa: E402
from voice_companion.classifier import Classifier  # noqa: E402
from voice_companion.model import TechniqueModel, features, model_path_for  # noqa: E402
from voice_companion.text import normalize  # noqa: E402

DEFAULT_LINES = [REPO / "prompts" / "training" / "lines.jsonl"]
MIN_COUNT = 2  # n-gram features seen fewer times are dropped (keeps the file small)


def training_data(bank, line_files: list[Path]) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for technique in bank.techniques.values():
        for cue in technique.cues:
            texts.append(cue)
            labels.append(technique.id)
    for q in bank.questions.values():
        texts.append(q.text)
        labels.append(q.technique)
    for path in line_files:
        if not path.exists():
            print(f"train: {path} not found, skipped", file=sys.stderr)
            continue
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
                label = row["technique"]
                label = label[0] if isinstance(label, list) else label
                if label not in bank.techniques:
                    raise KeyError(label)
            except (ValueError, KeyError, IndexError, TypeError) as exc:
                raise SystemExit(f"{path}:{number}: not a labelled line ({exc}); write {{\"text\": ..., \"technique\": ...}}")
            texts.append(row["text"])
            labels.append(label)
    return texts, labels


def line_features(classifier: Classifier, text: str) -> dict[str, float]:
    c = classifier.classify(text)
    norm = normalize(text)
    best = classifier.index.best_per_key(classifier.index.score(norm, normalized=True)) if norm else {}
    return features(norm, c.form, {k: v[0] for k, v in best.items()})


def annotated_lines(path: Path) -> list[tuple[str, list[str]]]:
    """(text, accepted techniques) from annotated calls (#= lines) or labelled JSON Lines."""
    out = []
    files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
    for f in files:
        if f.suffix == ".jsonl":
            for raw in f.read_text(encoding="utf-8").splitlines():
                if raw.strip():
                    row = json.loads(raw)
                    gold = row["technique"]
                    out.append((row["text"], gold if isinstance(gold, list) else [gold]))
            continue
        last = None
        for raw in f.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^(?:\d+:)?\d{1,2}:\d{2}\s+(.*)$", raw)
            if m:
                last = m.group(1)
            elif raw.startswith("#=") and last is not None:
                out.append((last, raw[2:].split()[0].split("|")))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bank", type=Path, default=DEFAULT_BANK)
    parser.add_argument("--lines", type=Path, nargs="*", default=DEFAULT_LINES)
    parser.add_argument("--C", type=float, default=4.0)
    parser.add_argument("--check", type=Path, nargs="*", default=[])
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        print("train: scikit-learn is needed to train; pip install scikit-learn", file=sys.stderr)
        return 2

    bank = load_bank(args.bank)
    plain = Classifier(bank, use_model=False)
    texts, labels = training_data(bank, args.lines)
    feats = [line_features(plain, t) for t in texts]
    counts: dict[str, int] = {}
    for f in feats:
        for k in f:
            counts[k] = counts.get(k, 0) + 1
    keep = {k for k, n in counts.items() if n >= MIN_COUNT or k[0] in "fzs"}
    feats = [{k: v for k, v in f.items() if k in keep} for f in feats]
    vec = DictVectorizer()
    X = vec.fit_transform(feats)
    lr = LogisticRegression(C=args.C, max_iter=4000)
    lr.fit(X, labels)
    names = list(vec.get_feature_names_out())
    model = TechniqueModel(classes=list(lr.classes_), index={n: i for i, n in enumerate(names)},
                           weights=lr.coef_.T.astype(np.float32), bias=lr.intercept_.astype(np.float32),
                           bank_digest=bank.digest)
    out = args.out or model_path_for(Path(args.bank))
    model.save(out)
    print(f"trained on {len(texts)} lines ({len(texts) - sum(len(t.cues) for t in bank.techniques.values()) - len(bank.questions)} "
          f"written lines), {len(names)} features, {len(model.classes)} techniques -> {out} "
          f"({out.stat().st_size // 1024} kB)")
    if args.check:
        with_model = Classifier(bank, model_path=out)
        for path in args.check:
            data = annotated_lines(path)
            base = sum(plain.classify(t).technique in g for t, g in data)
            new = sum(with_model.classify(t).technique in g for t, g in data)
            print(f"  {path}: {len(data)} lines, technique without model {base / len(data):.3f}, "
                  f"with model {new / len(data):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
