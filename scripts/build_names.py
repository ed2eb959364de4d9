"""Writes voice_companion/privacy/names_nl.py: more Dutch first names for redaction, from a maintained source.

    pip download faker --no-deps -d /tmp/pkgs && apt-get install wdutch
    .venv/bin/python scripts/build_names.py /tmp/pkgs/faker-*.whl [/usr/share/dict/dutch]

Source: the nl_NL person provider of Faker (MIT licence), its male and female first
names. A name that is also an ordinary Dutch word ("roos", "bas", "amber", "bo") is
left out: the OpenTaal word list (Debian's wdutch, /usr/share/dict/dutch) says
which words are ordinary (they are written there in lower case). Such names are
still caught after a name cue ("ik heet Roos"). Faker's surnames are not used:
many are historical forms that nobody is called today ("Adriaensdr", "Slaetsdochter"),
and they added 2 of 334 names on the measurement below.

Measured 2026-12-01 on an independent list (gender-guesser's nam_dict, the first
names marked common (5 or more) in the Netherlands, said without a cue in four
sentence frames): the built-in list catches 128 of 334, with these names 144;
ordinary lines changed: 15 of 2476 either way (all 15 real first names).

Two more lists for names after a weaker cue ("ik ben Mark", "dokter Pranoto") and a
surname after a first name ("Wouter Hoogeveen", "Mohammed Benali"):

* FIRST_NAMES_AMBIGUOUS: Faker's first names that are also ordinary words ("mark",
  "roos"), accepted only right after "ik ben", "u bent", "dokter" and the like;
* ORDINARY_WORDS: the ordinary Dutch words, i.e. those the OpenTaal list writes in
  lower case AND that wordfreq (build time only: pip install wordfreq, Apache-2.0,
  its Dutch frequencies from subtitles, Wikipedia, news and the web) puts at a Zipf
  frequency of 3.0 or more (about once in a million words). A word that is not one
  of them ("hoogeveen", "benali", "pranoto", "thi") is name-like: after a name cue
  or right after a name it is taken as (part of) the name. Frequency alone cannot
  tell names from words (wordfreq counts "mark" 4.7, "storm" 4.7, "gerrit" 4.0,
  "hoogeveen" 3.8), hence the intersection with the lower-case word list.
* NAME_NGRAMS / NAME_BIAS: a small learned component (logistic regression, L1, on the
  letter 1-4-grams of "^word$"; scikit-learn at build time only) that tells a name
  ("benali", "pranoto", "nguyen") from a rarer ordinary word the frequency list does
  not hold ("snurkt", "aanspreekbaar", "opgebleven"). Trained on the first and last
  names of 20 Faker locales (not ordinary Dutch words) against 80 000 lower-case
  OpenTaal words; on a held-out fifth, at P >= 0.5: 94% of names, 4% of words.
  Used only on a word that is not ordinary, after a name cue or right after a name.
"""

from __future__ import annotations

import ast
import sys
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "voice_companion/privacy/names_nl.py"


def fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).lower()


def faker_first_names(wheel: Path) -> tuple[set[str], str]:
    with zipfile.ZipFile(wheel) as z:
        src = z.read("faker/providers/person/nl_NL/__init__.py").decode("utf-8")
    values: dict[str, object] = {}
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                pass
    names = {fold(n) for key in ("first_names_male", "first_names_female") for n in values[key]}  # type: ignore[union-attr]
    return names, wheel.name


ORDINARY_ZIPF = 3.0


def _rows(words: list[str], width: int = 100) -> str:
    lines, row = [], []
    for w in words:
        if row and sum(len(x) + 1 for x in row) + len(w) > width:
            lines.append(" ".join(row))
            row = []
        row.append(w)
    lines.append(" ".join(row))
    return "\n".join(lines)


NAME_LOCALES = ("nl_NL", "tr_TR", "id_ID", "vi_VN", "de_DE", "fr_FR", "es_ES", "it_IT", "en_IN", "pt_BR",
                "en", "ar_SA", "ar_JO", "en_GB", "hi_IN", "zh_TW", "ja_JP", "th_TH", "ru_RU", "uk_UA")


def faker_all_names(wheel: Path) -> set[str]:
    """First and last names (each part) of several Faker locales, folded."""
    import re

    out: set[str] = set()
    with zipfile.ZipFile(wheel) as z:
        for loc in NAME_LOCALES:
            try:
                src = z.read(f"faker/providers/person/{loc}/__init__.py").decode("utf-8")
            except KeyError:
                continue
            for node in ast.walk(ast.parse(src)):
                if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) \
                        and node.targets[0].id.startswith(("first_names", "last_names")):
                    try:
                        value = ast.literal_eval(node.value)
                    except ValueError:
                        continue
                    for n in (value.keys() if isinstance(value, dict) else value):
                        if isinstance(n, str):
                            for part in re.split(r"[\s\-']+", n):
                                f = fold(part)
                                if f.isalpha() and f.isascii() and len(f) >= 2:
                                    out.add(f)
    return out


def train_name_model(names: set[str], words: set[str]) -> tuple[dict[str, float], float, str]:
    """Letter n-gram logistic regression: name (1) or ordinary word (0). Returns weights, bias, a report line."""
    import random

    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    rng = random.Random(13)
    pos, neg = sorted(names - words), sorted(words - names)
    rng.shuffle(pos)
    rng.shuffle(neg)
    neg = neg[:80000]
    cut_p, cut_n = int(len(pos) * 0.8), int(len(neg) * 0.8)
    vec = CountVectorizer(analyzer="char", ngram_range=(1, 4), preprocessor=lambda w: "^" + w + "$", binary=True,
                          min_df=3)
    x = vec.fit_transform(pos[:cut_p] + neg[:cut_n])
    clf = LogisticRegression(l1_ratio=1.0, solver="liblinear", C=1.0, class_weight="balanced", max_iter=300)
    clf.fit(x, [1] * cut_p + [0] * cut_n)
    p_names = clf.predict_proba(vec.transform(pos[cut_p:]))[:, 1]
    p_words = clf.predict_proba(vec.transform(neg[cut_n:]))[:, 1]
    report = (f"held out: {(p_names >= 0.5).mean():.1%} of {len(p_names)} names and "
              f"{(p_words >= 0.5).mean():.1%} of {len(p_words)} words score >= 0.5")
    weights = {g: round(float(w), 3) for g, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if round(float(w), 3)}
    return weights, round(float(clf.intercept_[0]), 3), report


def _dict_rows(weights: dict[str, float], width: int = 100) -> str:
    items = [f"{g!r}: {w}," for g, w in sorted(weights.items())]
    return _rows(items, width).replace(", ", ",  ").replace(",  ", ", ")


def main(argv: list[str]) -> int:
    if not argv or not Path(argv[0]).is_file():
        print("give the path of a downloaded Faker wheel (pip download faker --no-deps -d DIR)", file=sys.stderr)
        return 2
    words_path = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/dict/dutch")
    if not words_path.is_file():
        print(f"{words_path}: no word list; install Debian's wdutch (apt-get install wdutch)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from voice_companion.privacy import spoken

    names, source = faker_first_names(Path(argv[0]))
    with zipfile.ZipFile(argv[0]) as z:
        licence = next((z.read(n).decode("utf-8") for n in z.namelist() if "dist-info/licen" in n.lower()), "")
    ordinary = {fold(w) for w in words_path.read_text(encoding="utf-8").split() if w[:1].islower()}
    keep = sorted(n for n in names if n.isalpha() and len(n) >= 3 and n not in ordinary
                  and n not in spoken.STOP_WORDS and n not in spoken.TUSSEN and n not in spoken.FIRST_NAMES
                  and spoken.word_value(n) is None and n not in spoken.MONTHS)
    lines = []
    row: list[str] = []
    for n in keep:
        if sum(len(x) + 1 for x in row) + len(n) > 100:
            lines.append(" ".join(row))
            row = []
        row.append(n)
    lines.append(" ".join(row))
    body = "\n".join(lines)
    try:
        from wordfreq import zipf_frequency  # build time only
    except ImportError:
        print("wordfreq is not installed; run 'pip install wordfreq' (only to build this file)", file=sys.stderr)
        return 2
    ambiguous = sorted(n for n in names if n.isalpha() and len(n) >= 2 and n in ordinary)
    try:
        weights, bias, report = train_name_model(faker_all_names(Path(argv[0])),
                                                 {w for w in ordinary if w.isalpha() and w.isascii()})
    except ImportError:
        print("scikit-learn is not installed; run 'pip install scikit-learn' (only to build this file)", file=sys.stderr)
        return 2
    common = sorted(w for w in ordinary if w.isalpha() and zipf_frequency(w, "nl") >= ORDINARY_ZIPF)
    quotes = '"' * 3
    licence = licence.strip().replace(quotes, "'" * 3)
    header = (quotes + "More Dutch first names for redaction (written by scripts/build_names.py; do not edit by hand).\n\n"
              f"From {source}: the nl_NL first names of Faker, less those that are ordinary Dutch words\n"
              "in the OpenTaal word list (wdutch) and those already in spoken.FIRST_NAMES.\n"
              f"{len(keep)} names. Faker's licence:\n\n{licence}\n{quotes}\n\n")
    extra = (f"\n# Faker's first names that are also ordinary words: only right after a weaker name cue\n"
             f"FIRST_NAMES_AMBIGUOUS = frozenset({quotes}\n{_rows(ambiguous)}\n{quotes}.split())\n"
             f"\n# {len(common)} ordinary Dutch words: lower case in the OpenTaal list and Zipf >= {ORDINARY_ZIPF}\n"
             f"# in wordfreq's Dutch frequencies (see scripts/build_names.py)\n"
             f"ORDINARY_WORDS = frozenset({quotes}\n{_rows(common)}\n{quotes}.split())\n"
             f"\n# name or ordinary word: logistic regression on the letter 1-4-grams of '^word$'\n"
             f"# ({report}; see scripts/build_names.py)\n"
             f"NAME_BIAS = {bias}\n"
             f"NAME_NGRAMS = {{\n{_dict_rows(weights)}\n}}\n")
    OUT.write_text(header + f"FIRST_NAMES_MORE = frozenset({quotes}\n{body}\n{quotes}.split())\n" + extra,
                   encoding="utf-8")
    print(f"{len(keep)} names, {len(ambiguous)} ambiguous names, {len(common)} ordinary words, "
          f"{len(weights)} n-gram weights ({report}) -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
