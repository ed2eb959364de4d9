#!/usr/bin/env python3
"""Train the learned redaction tagger (voice_companion/privacy/tagger.npz) and cross-validate it.

    python scripts/train_redaction.py [--C 0.5] [--threshold 0.5] [--cv] [--out PATH]

Every word of every line of the development case files (the generated corpus,
holdouts A to AW; a file not there yet is skipped) is labelled: part of a marked secret
(with the case's category) or not. Each line is seen twice: alone, and after up to three
previous lines of its case (as the session window reads it); only the line's own words are
examples. Filler words inside a secret ("punt", "eh", "en") are left out. A
multinomial logistic regression (scikit-learn) learns the kind from
voice_companion.privacy.tagger.features; the shipped file needs only numpy.

--cv: leave one file out: for each holdout (A to CE) train on all the other development
files and test on it, the rules with and without the tagger, for a few thresholds
(scripts/evaluate_redaction.py's leak rule). Those held-out-file figures are the honest
estimate of what carries over to new data. Never the locked holdout DA
(tests/data/redaction/holdout-da.jsonl): that is for measuring, by the team lead
(holdout F was locked in round 4, G in round 6, H in round 7, I in round 8, J in round 9, K in round
10, L in round 11, M in round 12, N in round 13, O in round 14, P in round 15, Q in round 16, R in
round 18, S in round 19, T in round 20, U in round 21, V in round 22, W in round 23, X in round 24, Y in round 25, Z in round 26, AA in round 27, AB in round 28, AC in round 29, AD in round 30, AE in round 31, AF in round 32, AG to AI in rounds 35 to 37, AJ in round 38, AK in round 39, AL in round 40, AM in round 42, AN in round 43, AO in round 44, AP in round 45, AQ in round 46, AR in round 47, AS in round 49, AT at its end, AU in round 51, AV in round 52, AW at its end, AX in round 54, AY at its end, AZ in round 56, BA at its end, BB at the end of round 57, BC after round 58, BD after round 59, BE after round 60, BF after round 61, BG at the twenty-sixth session's start, BH at the twenty-seventh's start, BI after its round 65, BJ at the twenty-eighth session's start, BK at its end, BL at the twenty-ninth's start, BM after its round 68, BN at its end, BO at the thirtieth session's start, BP after its round 70, BQ at the thirty-first session's start, BR after its
round 71, BS after round 72, BT after round 73, BU at round 73's code, BV at round 74's, BW at round 75's, BX at round 76's, BY and BZ at round 77's, CA and CB at round 78's, CC at round 79's, CD at round 80's, CE at round 81's, CF at round 82's, CG at round 83's, CH at round 84's, CI at round 85's, CJ at round 85's and 86's, CK at round 87's, CL at round 88's, CM at round 89's, CN at round 90's, CO at round 91's, CP at round 92's, CQ at round 93's, CR at round 94's, CS at round 95's, CT at round 96's, CU at round 97's, CV at round 98's, CW at round 99's, CX at round 100's, CY at round 101's, CZ at round 102's (the shipped tagger was last trained before BQ); all are development data
now).
Needs scikit-learn (`pip install 'voice-companion[train]'`).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from voice_companion.privacy import tagger as tg  # noqa: E402
from voice_companion.privacy.redact import Redactor  # noqa: E402

DATA = REPO / "tests/data/redaction"
FILES = {"corpus": "corpus.jsonl", "A": "holdout.jsonl", "B": "holdout-b.jsonl", "C": "holdout-c.jsonl",
         "D": "holdout-d.jsonl", "E": "holdout-e.jsonl", "F": "holdout-f.jsonl",
         "G": "holdout-g.jsonl", "H": "holdout-h.jsonl", "I": "holdout-i.jsonl", "J": "holdout-j.jsonl",
         "K": "holdout-k.jsonl", "L": "holdout-l.jsonl", "M": "holdout-m.jsonl", "N": "holdout-n.jsonl",
         "O": "holdout-o.jsonl", "P": "holdout-p.jsonl",
         "Q": "holdout-q.jsonl", "R": "holdout-r.jsonl",
         "S": "holdout-s.jsonl", "T": "holdout-t.jsonl", "U": "holdout-u.jsonl",
         "V": "holdout-v.jsonl", "W": "holdout-w.jsonl", "X": "holdout-x.jsonl",
         "Y": "holdout-y.jsonl", "Z": "holdout-z.jsonl",
         "AA": "holdout-aa.jsonl", "AB": "holdout-ab.jsonl",
         "AC": "holdout-ac.jsonl",
         "AD": "holdout-ad.jsonl", "AE": "holdout-ae.jsonl",
         "AF": "holdout-af.jsonl", "AG": "holdout-ag.jsonl",
         "AH": "holdout-ah.jsonl", "AI": "holdout-ai.jsonl",
         "AJ": "holdout-aj.jsonl", "AK": "holdout-ak.jsonl",
         "AL": "holdout-al.jsonl", "AM": "holdout-am.jsonl",
         "AN": "holdout-an.jsonl", "AO": "holdout-ao.jsonl",
         "AP": "holdout-ap.jsonl", "AQ": "holdout-aq.jsonl",
         "AR": "holdout-ar.jsonl", "AS": "holdout-as.jsonl",
         "AT": "holdout-at.jsonl", "AU": "holdout-au.jsonl",
         "AV": "holdout-av.jsonl", "AW": "holdout-aw.jsonl", "AX": "holdout-ax.jsonl",
         "AY": "holdout-ay.jsonl", "AZ": "holdout-az.jsonl",
         "BA": "holdout-ba.jsonl", "BB": "holdout-bb.jsonl",
         "BC": "holdout-bc.jsonl", "BD": "holdout-bd.jsonl", "BE": "holdout-be.jsonl",
         "BF": "holdout-bf.jsonl", "BG": "holdout-bg.jsonl", "BH": "holdout-bh.jsonl", "BI": "holdout-bi.jsonl",
         "BJ": "holdout-bj.jsonl", "BK": "holdout-bk.jsonl", "BL": "holdout-bl.jsonl",
         "BM": "holdout-bm.jsonl", "BN": "holdout-bn.jsonl",
         "BO": "holdout-bo.jsonl", "BP": "holdout-bp.jsonl", "BQ": "holdout-bq.jsonl", "BR": "holdout-br.jsonl",
         "BS": "holdout-bs.jsonl", "BT": "holdout-bt.jsonl",
         "BU": "holdout-bu.jsonl", "BV": "holdout-bv.jsonl",
         "BW": "holdout-bw.jsonl", "BX": "holdout-bx.jsonl",
         "BY": "holdout-by.jsonl", "BZ": "holdout-bz.jsonl",
         "CA": "holdout-ca.jsonl", "CB": "holdout-cb.jsonl",
         "CC": "holdout-cc.jsonl", "CD": "holdout-cd.jsonl",
         "CE": "holdout-ce.jsonl", "CF": "holdout-cf.jsonl",
         "CG": "holdout-cg.jsonl", "CH": "holdout-ch.jsonl",
         "CI": "holdout-ci.jsonl", "CJ": "holdout-cj.jsonl",
         "CK": "holdout-ck.jsonl", "CL": "holdout-cl.jsonl",
         "CM": "holdout-cm.jsonl", "CN": "holdout-cn.jsonl",
         "CO": "holdout-co.jsonl", "CP": "holdout-cp.jsonl",
         "CQ": "holdout-cq.jsonl", "CR": "holdout-cr.jsonl",
         "CS": "holdout-cs.jsonl", "CT": "holdout-ct.jsonl",
         "CU": "holdout-cu.jsonl", "CV": "holdout-cv.jsonl",
         "CW": "holdout-cw.jsonl", "CX": "holdout-cx.jsonl",
         "CY": "holdout-cy.jsonl",
         "CZ": "holdout-cz.jsonl"}
LOCKED = "holdout-da.jsonl"  # never read here
assert LOCKED not in FILES.values()
LABEL = {"phone": "[telefoonnummer]", "email": "[e-mail]", "iban": "[iban]", "bsn": "[bsn]",
         "postcode": "[postcode]", "address": "[adres]", "name": "[naam]", "name_list": "[naam]", "dob": "[datum]"}
LABELS = [""] + sorted(set(LABEL.values()))
_MARK = re.compile(r"\{\{(.*?)\}\}")
_WS = re.compile(r"\S+")


def _evaluator():
    spec = importlib.util.spec_from_file_location("evaluate_redaction", REPO / "scripts/evaluate_redaction.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


EV = _evaluator()


def read_cases(names: list[str]) -> list[dict]:
    cases = []
    for name in names:
        path = DATA / FILES[name]
        if path.name == LOCKED or LOCKED in str(path):
            raise SystemExit(f"{path}: locked, not for training")
        if not path.is_file():
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                cases.append(json.loads(raw))
    return cases


def labelled_lines(case: dict) -> tuple[str, list[list[str]], list[list[int]]]:
    """(category, the words of each plain line, per word 1 secret / 0 not / -1 left out)."""
    cat = case.get("cat", case.get("category"))
    if "secret" not in case:  # {{marked}} lines
        words_out, labels_out = [], []
        for line in case["lines"]:
            plain, spans, pos = [], [], 0
            for m in _MARK.finditer(line):
                plain.append(line[pos:m.start()])
                start = sum(len(x) for x in plain)
                plain.append(m.group(1))
                spans.append((start, start + len(m.group(1))))
                pos = m.end()
            plain.append(line[pos:])
            text = "".join(plain)
            ws, ls = [], []
            for m in _WS.finditer(text):
                ws.append(m.group(0))
                inside = any(a < m.end() and m.start() < b for a, b in spans)
                ls.append(1 if inside else 0)
            words_out.append(ws)
            labels_out.append(ls)
    else:
        lines = case["lines"]
        words_out = [_WS.findall(line) for line in lines]
        labels_out = [[0] * len(ws) for ws in words_out]
        flat = [(k, i, tg._bare(w)) for k, ws in enumerate(words_out) for i, w in enumerate(ws)]
        secrets = case["secret"] or []
        if isinstance(secrets, str):
            secrets = [secrets]
        for frag in secrets:
            fw = [tg._bare(w) for w in _WS.findall(str(frag))]
            fw = [w for w in fw if w]
            n = len(fw)
            found = False
            for s in range(len(flat) - n + 1):
                if [b for _, _, b in flat[s:s + n]] == fw and not any(labels_out[k][i] for k, i, _ in flat[s:s + n]):
                    for k, i, _ in flat[s:s + n]:
                        labels_out[k][i] = 1
                    found = True
                    break
            if not found:
                for w in fw:
                    for k, i, b in flat:
                        if b == w and not labels_out[k][i]:
                            labels_out[k][i] = 1
                            break
    y = LABELS.index(LABEL[cat]) if cat in LABEL else 0
    adres = LABELS.index("[adres]")
    for ws, ls in zip(words_out, labels_out):
        bare = [tg._bare(w) for w in ws]
        for i, w in enumerate(ws):
            if ls[i]:
                ls[i] = -1 if bare[i] in EV.NOT_SECRET or not bare[i] else y
        if cat == "postcode":  # the house number said with a postcode is part of the address, not the postcode
            for i in range(len(ws)):
                if ls[i] > 0 and _house_numbered(bare, i):
                    ls[i] = adres
    return cat, words_out, labels_out


_HOUSE = ("nummer", "huisnummer", "nr")


def _house_numbered(bare: list[str], i: int) -> bool:
    """The word is (in) a number after "nummer"/"huisnummer" or before "als huisnummer"."""
    j = i - 1
    while j >= 0 and (bare[j] in ("is", "eh", "uh", "op") or tg._digits(bare[j]) is not None) and i - j <= 3:
        j -= 1
    return (j >= 0 and bare[j] in _HOUSE) or (i + 2 < len(bare) and bare[i + 1] == "als" and bare[i + 2] in _HOUSE)


RULES = Redactor(tagger=None)
RULE_VIEWS = True  # also learn from the words as the rules leave them (placeholders in)


def rule_view(words: list[str], labels: list[int]) -> tuple[list[str], list[int]]:
    """The words as the tagger reads them at run time: after the rules (placeholders in), with
    the labels of the words that are left (a placeholder gets -1: never an example)."""
    import difflib

    out = _WS.findall(RULES.redact_text(" ".join(words))[0])
    lab = [-1] * len(out)
    sm = difflib.SequenceMatcher(None, words, out, autojunk=False)
    for a, b, size in sm.get_matching_blocks():
        for d in range(size):
            if "[" not in out[b + d]:
                lab[b + d] = labels[a + d]
    return out, lab


def examples(cases: list[dict]) -> tuple[list[list[str]], list[int]]:
    X, y = [], []
    for case in cases:
        _, words, labels = labelled_lines(case)
        for k in range(len(words)):
            views = [(words[k], labels[k])]
            if k:
                ctx = [w for ws in words[max(0, k - 3):k] for w in ws]
                ctx_lab = [-1] * len(ctx)  # context words are examples in their own line
                views.append((ctx + words[k], ctx_lab + labels[k]))
            _add_views(views, X, y)
    return X, y


def _add_views(views: list, X: list, y: list) -> None:
    """Each view (words, labels; -1 for context words) as examples, with its rule view when asked for."""
    if RULE_VIEWS:
        views = views + [rule_view(ws, ls) for ws, ls in views]
    for ws, ls in views:
        feats = tg.features(ws, None)
        for i, lab in enumerate(ls):
            if lab >= 0:
                X.append(feats[i])
                y.append(lab)


def worker_examples(groups: list[int]) -> tuple[list[list[str]], list[int]]:
    """The worker lines of the call data as ordinary talk: every word not secret, except what the
    rules redact in them (first names, as [naam])."""
    from voice_companion.privacy.redact import _redacted_words

    rules = Redactor(tagger=None)
    X, y = [], []
    for g, lines in enumerate(worker_lines()):
        if WORKER_GROUP[g] not in groups:
            continue
        for k, text in enumerate(lines):
            ws = _WS.findall(text)
            marks = _redacted_words(text, rules.redact_text(text)[0])
            views = [(ws, 0)]
            if k:
                ctx = [w for line in lines[max(0, k - 3):k] for w in _WS.findall(line)]
                views.append((ctx + ws, len(ctx)))
            views = [(vws, [-1] * off + [LABELS.index("[naam]") if i in marks else 0 for i in range(len(ws))])
                     for vws, off in views]
            _add_views(views, X, y)
    return X, y


def train(cases: list[dict], C: float, threshold: float, min_count: int = 2,
          workers: tuple[int, ...] = (0, 1)) -> tg.Tagger:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(tg._bare(w) for case in cases for ws in labelled_lines(case)[1] for w in ws)
    vocab = frozenset(w for w, c in counts.items() if c >= min_count)
    X, y = examples(cases)
    if workers:
        wx, wy = worker_examples(list(workers))
        X, y = X + wx, y + wy
    wk = [f"{d}w=" for d in (-1, 0, 1)]
    X = [[f for f in fs if not any(f.startswith(p) for p in wk) or f.split("=", 1)[1] in vocab] for fs in X]
    # only features seen at least twice
    fc = Counter(f for fs in X for f in set(fs))
    X = [[f for f in fs if fc[f] >= 2] for fs in X]
    dv = DictVectorizer()
    M = dv.fit_transform([{f: 1.0 for f in fs} for fs in X])
    classes = sorted(set(y))
    lr = LogisticRegression(C=C, max_iter=3000)
    lr.fit(M, y)
    W = np.zeros((M.shape[1], len(LABELS)))
    b = np.zeros(len(LABELS))
    full_coef = lr.coef_ if len(classes) > 2 else np.vstack([-lr.coef_[0] / 2, lr.coef_[0] / 2])
    full_int = lr.intercept_ if len(classes) > 2 else np.array([-lr.intercept_[0] / 2, lr.intercept_[0] / 2])
    b[:] = -30.0  # classes never seen
    for c_i, c in enumerate(classes):
        W[:, c] = full_coef[c_i]
        b[c] = full_int[c_i]
    names = dv.get_feature_names_out()
    keep = np.abs(W).max(axis=1) > 1e-4
    return tg.Tagger([str(x) for x in names[keep]], W[keep], b, LABELS, threshold, vocab)


def arrays(t: tg.Tagger) -> dict:
    names = sorted(t.index, key=t.index.get)
    return {"features": np.array(names), "weights": t.weights.astype(np.float32), "bias": t.bias.astype(np.float32),
            "labels": np.array(t.labels), "threshold": np.array(t.threshold), "vocab": np.array(sorted(t.vocab_words))}


def evaluate(cases: list[dict], tagger) -> tuple[dict[str, list[int]], list[str]]:
    """{category: [cases, bad]} and the bad cases, by evaluate_redaction's rule."""
    per: dict[str, list[int]] = {}
    bad_list = []
    for case in cases:
        cat, plain, secret, context, names = EV.parse_case(case)
        r = Redactor(names=names, window=True, tagger=tagger)
        out = r.redact_lines(plain)
        got = Counter(w for line in out for w in EV.words(line))
        leaked = [w for w in secret if w not in EV.NOT_SECRET and got[w] > context[w]]
        bad = (out != plain) if cat == "ordinary" else bool(leaked)
        st = per.setdefault(cat, [0, 0])
        st[0] += 1
        if bad:
            st[1] += 1
            bad_list.append(f"[{cat}] {' / '.join(plain)} => {' / '.join(out)}")
    return per, bad_list


WORKER_FILES = sorted((REPO / "prompts/training").glob("*.jsonl")) + sorted((REPO / "tests/data").glob("*.jsonl"))
# two halves of the worker lines for cross-validation: crisis lines / the others
WORKER_GROUP = [0 if "crisis" in p.name else 1 for p in WORKER_FILES]


def worker_lines() -> list[list[str]]:
    files = WORKER_FILES
    out = []
    for path in files:
        out.append(EV.texts_of(path))
    return out


def worker_changed(tagger, detail: bool = False, groups: tuple[int, ...] = (0, 1)) -> int:
    n = 0
    for g, lines in enumerate(worker_lines()):
        if WORKER_GROUP[g] not in groups:
            continue
        for text, out in zip(lines, Redactor(window=True, tagger=tagger).redact_lines(lines)):
            if out != text:
                n += 1
                if detail:
                    print(f"    worker: {text} => {out}")
    return n


def _add(total: dict, key: tuple, per: dict[str, list[int]]) -> None:
    acc = total.setdefault(key, {})
    for c, (n, b) in per.items():
        a = acc.setdefault(c, [0, 0])
        a[0] += n
        a[1] += b


def summary(per: dict[str, list[int]]) -> str:
    secret = sum(v[0] for c, v in per.items() if c != "ordinary")
    leaks = sum(v[1] for c, v in per.items() if c != "ordinary")
    cats = " ".join(f"{c}:{v[1]}/{v[0]}" for c, v in sorted(per.items()))
    return f"leaks {leaks}/{secret}, ordinary touched {per.get('ordinary', [0, 0])[1]}/{per.get('ordinary', [0, 0])[0]}  ({cats})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--C", type=float, default=0.5, help="inverse regularisation strength")
    ap.add_argument("--threshold", type=float, default=0.5, help="P(secret) from which a word is redacted")
    ap.add_argument("--cv", action="store_true", help="leave one holdout file out at a time; write nothing")
    ap.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.9", help="with --cv: thresholds to report")
    ap.add_argument("--detail", action="store_true", help="with --cv: list the bad cases")
    ap.add_argument("--only", default="", help="with --cv: held-out files to test, e.g. D,E (default all)")
    ap.add_argument("--out", type=Path, default=tg.MODEL_FILE)
    args = ap.parse_args(argv)
    if not 0 < args.C or not 0 < args.threshold < 1:
        print("--C must be > 0 and --threshold between 0 and 1", file=sys.stderr)
        return 2
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("training needs scikit-learn: pip install 'voice-companion[train]'", file=sys.stderr)
        return 2
    if args.cv:
        ths = [float(x) for x in args.thresholds.split(",")]
        present = [k for k in FILES if (DATA / FILES[k]).is_file()]
        tests_of = [k for k in present if k != "corpus" and (not args.only or k in args.only.split(","))]
        total: dict[tuple, dict[str, list[int]]] = {}
        for test in tests_of:
            trainset = [k for k in present if k != test]
            tests = read_cases([test])
            per, bad = evaluate(tests, None)
            _add(total, ("rules",), per)
            print(f"test {test}, rules alone: {summary(per)}")
            t = train(read_cases(trainset), args.C, 0.5)
            for th in ths:
                t.threshold = th
                per, bad = evaluate(tests, t)
                _add(total, ("tagger", th), per)
                print(f"test {test}, rules + tagger (trained on {'+'.join(trainset)}, C={args.C}, threshold {th}): "
                      f"{summary(per)}")
                if args.detail:
                    for line in bad:
                        print("    " + line)
        for key, per in total.items():
            print(f"all held-out files ({'+'.join(tests_of)}), {' '.join(map(str, key))}: {summary(per)}")
        return 0
    t = train(read_cases(list(FILES)), args.C, args.threshold)
    tg.save(args.out, arrays(t))
    print(f"{args.out}: {len(t.index)} features, {len(t.labels)} classes, threshold {t.threshold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
