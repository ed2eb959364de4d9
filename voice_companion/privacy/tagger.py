"""A learned word tagger for redaction, added to the rules (a word goes when either says so).

Every whitespace word of a recognized text gets a probability that it is part of a
personal detail, and which kind, from features of the word and its neighbours: a
number word, a letter, a spelled letter, cue words a few words back ("postcode",
"geboren", "mail"), name-likeness (the first-name and surname lists, the letter n-gram score,
the ordinary-words list), street suffixes, the position in the line. The weights
are a multinomial logistic regression trained by scripts/train_redaction.py on the
redaction case files and stored in tagger.npz (numpy only at run time).

    tagger = load_tagger()            # None when the model file is missing
    marks = tagger.marks(text)        # {word index: placeholder}
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from voice_companion.privacy.words import BANK_NAMES  # word sets the rules share

from voice_companion.privacy.spoken import (
    _NOT_HOUSE, _NUMBERED_NAMES, FILLERS, SPELLING_ALPHABET, STOP_WORDS, FIRST_NAMES, FIRST_NAMES_AMBIGUOUS, FIRST_NAMES_MORE, LETTER_NAMES, MONTHS, ORDINARY_WORDS,
    SURNAMES_AMBIGUOUS, SURNAMES_SAFE,
    _is_street_word, event_date, fold, name_score, ordinal_value, word_value,
)

MODEL_FILE = Path(__file__).with_name("tagger.npz")
_WS = re.compile(r"\S+")
_PLACEHOLDER = re.compile(r"\[[a-z-]+\]")
_SUB = re.compile(r"[^\W_]+")
BACK = 8  # cue words looked for this many words back
CUES = {
    "phone": "nummer telefoonnummer telefoon mobiel mobieltje bel bellen bereiken whatsapp nummertje vaste gsm "
             "mobiele belt bereikbaar",
    "bsn": "bsn burgerservicenummer sofinummer sofi bsnnummer burgerservice",
    "iban": "iban rekening rekeningnummer bankrekening bankrekeningnummer overmaken storten bank",
    "postcode": "postcode postkode",
    "live": "woon woont wonen woonde woonden adres straat huisnummer verhuisd",
    "birth": "geboren geboortedatum geb geboortedag geboortejaar verjaardag jarig",
    "name": "naam heet heette achternaam voornaam noem noemen roepnaam",
    "mail": "mail mailadres email emailadres apenstaartje apestaartje gmail hotmail",
    "spell": "spel spelt spellen gespeld",
    "title": "meneer mevrouw dokter dochter zoon zus broer moeder vader man vrouw vriend vriendin buurman buurvrouw",
    "greet": "hallo goedenavond goedemorgen goedemiddag hoi met oke",
    "repeat": "herhalen herhaal nogmaals opschrijven schrijf noteer klopt",
}
_CUE = {w: k for k, ws in CUES.items() for w in ws.split()}
_AT = frozenset({"apenstaartje", "apestaartje", "at", "et", "apenstaart"})
_TLDS = frozenset("com nl net org be eu de info nu me io fr uk co online email".split())
_COUNTRY = frozenset("nl be de fr lu".split())
_HOUSE_WORDS = frozenset("hoog bus huis huisnummer toevoeging boven beneden links rechts achter voor".split())
# round 18: the surname lists' words ("bakker", "jansen"; the last part of "van-der-meer"), so that a common word
# after a first name is a surname by what it is ("Eva Bakker"), not by where it stands ("Eva belden")
_SURNAME_WORDS = frozenset(k.split("-")[-1] for k in SURNAMES_SAFE | SURNAMES_AMBIGUOUS)


@lru_cache(maxsize=16384)
def _bare(word: str) -> str:
    return fold("".join(_SUB.findall(word)))


@lru_cache(maxsize=16384)
def word_classes(word: str) -> tuple[str, ...]:
    """The classes of one folded bare word (the same for any position)."""
    if not word:
        return ("punct",)
    out = []
    v = word_value(word) if word.isalpha() else None
    if word.isascii() and word.isdigit():
        out.append("digits")
        out.append(f"dlen{min(len(word), 5)}")
    elif v is not None:
        out.append("num")
        out.append("nul" if v == 0 else ("unit" if v < 10 else ("teen" if v < 20 else ("tens" if v < 100 else "big"))))
    if ordinal_value(word) is not None:
        out.append("ord")
    if word in MONTHS:
        out.append("month")
    if len(word) == 1 and word.isalpha():
        out.append("letter")
    elif word in LETTER_NAMES:
        out.append("lettername")
    if word in SPELLING_ALPHABET:
        out.append("spellword")  # "hendrik teunis": H T
    if word in FIRST_NAMES or word in FIRST_NAMES_MORE:
        out.append("first")
    if word in FIRST_NAMES_AMBIGUOUS:
        out.append("firstamb")
    common = word in ORDINARY_WORDS
    out.append("common" if common else "uncommon")
    if word.isalpha() and not common and v is None and len(word) >= 3:
        s = name_score(word) if word.isascii() else 0.5
        out.append("namey" if s >= 0.5 else "notnamey")
    if _is_street_word(word):
        out.append("street")
    if word in _AT:
        out.append("at")
    if word in _TLDS:
        out.append("tld")
    if word in ("punt", "dot"):
        out.append("dot")
    if word in FILLERS:
        out.append("filler")
    if word in BANK_NAMES:
        out.append("bank")
    if word in _COUNTRY:
        out.append("country")
    if word in _HOUSE_WORDS:
        out.append("house")
    if word in _CUE:
        out.append("cue")
    out.append(f"len{min(len(word), 8)}")
    if word in _SURNAME_WORDS:
        out.append("surname")  # last, so the class pairs (a word's first two classes) are as before
    return tuple(out)


# Classes of a word that personal data is made of; a line with none of them has nothing to tag.
_DATA = frozenset("digits num ord month letter lettername spellword first firstamb namey street at tld dot bank country "
                  "house cue".split())


@lru_cache(maxsize=8192)
def _at_offset(d: int, classes: tuple[str, ...]) -> tuple[str, ...]:
    """The feature names of a word's classes seen from `d` words away ("-1:num", "-1:unit")."""
    return tuple(f"{d}:{c}" for c in classes)


def features(words: list[str], vocab_words: frozenset[str] | None = None) -> list[list[str]]:
    """Feature names of every whitespace word of a text (placeholders are words too)."""
    bare = [("[ph]" if "[" in w else _bare(w)) for w in words]
    cls = [(("ph",) if b == "[ph]" else word_classes(b)) for b in bare]
    numlike = [any(c in ("num", "digits", "letter") for c in cs) for cs in cls]
    vals = [word_value(b) if b.isalpha() else (int(b) if b.isascii() and b.isdigit() and len(b) < 5 else None)
            for b in bare]
    n = len(words)
    out = []
    for i in range(n):
        f = ["bias"]
        for d in (-2, -1, 0, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.extend(_at_offset(d, cls[j]))
                if d in (-1, 0, 1) and (vocab_words is None or bare[j] in vocab_words):
                    f.append(f"{d}w={bare[j]}")
            else:
                f.append(f"{d}:edge")
        a = cls[i - 1] if i else ("edge",)
        for c0 in cls[i][:2]:
            for c1 in a[:2]:
                f.append(f"pair:{c1}|{c0}")
        for k in range(max(0, i - BACK), i):
            cue = _CUE.get(bare[k])
            if cue:
                f.append(f"cue:{cue}")
                f.append(f"cue:{cue}:{'near' if i - k <= 3 else 'far'}")
        for k in range(i + 1, min(n, i + 5)):
            cue = _CUE.get(bare[k])
            if cue:
                f.append(f"cueafter:{cue}")
        if vals[i] is not None and ((i and vals[i - 1] == vals[i] - 1) or (i + 1 < n and vals[i + 1] == vals[i] + 1)):
            f.append("counting")
        run = sum(numlike[max(0, i - 3):i + 4])
        f.append(f"numrun{min(run, 5)}")
        if i == 0:
            f.append("first_word")
        if i == n - 1:
            f.append("last_word")
        out.append(f)
    return out


class Tagger:
    """The model: feature index, weights (features x classes), the class placeholders and a threshold."""

    def __init__(self, feature_names: list[str], weights: np.ndarray, bias: np.ndarray, labels: list[str],
                 threshold: float, vocab_words: frozenset[str]):
        self.index = {name: k for k, name in enumerate(feature_names)}
        self.weights = weights
        self.bias = bias
        self.labels = labels  # labels[0] is "" (not secret), then placeholders
        self.threshold = threshold
        self.vocab_words = vocab_words
        self._memo: dict[tuple, list[int]] = {}  # (classes, classes) -> feature indexes of the class pair
        self._names: dict[str, list[int]] = {}  # feature name -> [index] or []
        self._words: dict[str, tuple] = {}  # bare word -> (classes, indexes at offsets -2..2, number-like)

    def proba(self, words: list[str]) -> np.ndarray:
        """(len(words), classes) probabilities."""
        if not words:
            return np.zeros((0, len(self.labels)))
        rows = self.feature_indexes(words)
        if all(rows):  # each word's weights summed in order, all words at once (the same sums as row by row)
            starts, at = [], 0
            for r in rows:
                starts.append(at)
                at += len(r)
            # the bias added to the sums (the same numbers as the sums added to the bias)
            z = np.add.reduceat(self.weights[[k for r in rows for k in r]], starts, axis=0)
            z += self.bias
        else:
            z = np.tile(self.bias, (len(words), 1))
            for i, idx in enumerate(rows):
                if idx:
                    z[i] += self.weights[idx].sum(axis=0)
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def feature_indexes(self, words: list[str]) -> list[list[int]]:
        """The model's indexes of features(words, vocab) for each word, in the same order, the features the
        model does not know left out: what proba sums. The same as mapping features() through the index,
        without building the feature names of every word again (the parts that depend on a word alone,
        or on a word and its neighbour's classes, are looked up once per model)."""
        get = self.index.get
        memo = self._memo
        if len(memo) > 65536:
            memo.clear()
        words_memo = self._words
        if len(words_memo) > 65536:
            words_memo.clear()
        n = len(words)
        bare = [("[ph]" if "[" in w else _bare(w)) for w in words]
        # per bare word (looked up once): its classes and its feature indexes seen from each offset -2..2
        per = []
        for b in bare:
            got = words_memo.get(b)
            if got is None:
                c = ("ph",) if b == "[ph]" else word_classes(b)
                lists = []
                for d in (-2, -1, 0, 1, 2):
                    fs = list(_at_offset(d, c))
                    if d in (-1, 0, 1) and (self.vocab_words is None or b in self.vocab_words):
                        fs.append(f"{d}w={b}")
                    lists.append([k for k in map(get, fs) if k is not None])
                got = words_memo[b] = (c, lists[0], lists[1], lists[2], lists[3], lists[4],
                                       any(x in ("num", "digits", "letter") for x in c))
            per.append(got)
        cls = [g[0] for g in per]
        one = self._one
        e0, e1, e3, e4 = (one(f"{d}:edge") for d in (-2, -1, 1, 2))  # (the word itself is never past an edge)
        cued = [(k, cue) for k, cue in enumerate(_CUE.get(b) for b in bare) if cue]
        numlike = [g[6] for g in per]
        vals = [word_value(b) if b.isalpha() else (int(b) if b.isascii() and b.isdigit() and len(b) < 5 else None)
                for b in bare]
        bias, counting, first, last = one("bias"), one("counting"), one("first_word"), one("last_word")
        numrun = [one(f"numrun{r}") for r in range(6)]
        out = []
        for i in range(n):
            # the same lists in the same order as before: bias, offsets -2..2 (or the edge), the class pair, ...
            idx = bias + (per[i - 2][1] if i >= 2 else e0) + (per[i - 1][2] if i >= 1 else e1) + per[i][3] \
                + (per[i + 1][4] if i + 1 < n else e3) + (per[i + 2][5] if i + 2 < n else e4)
            pair_key = (cls[i - 1][:2] if i else ("edge",), cls[i][:2])
            pair = memo.get(pair_key)
            if pair is None:
                pair = memo[pair_key] = [k for k in (get(f"pair:{c1}|{c0}") for c0 in pair_key[1] for c1 in pair_key[0])
                                         if k is not None]
            idx += pair
            if cued:
                for k, cue in cued:
                    if i - BACK <= k < i:
                        idx += one(f"cue:{cue}")
                        idx += one(f"cue:{cue}:{'near' if i - k <= 3 else 'far'}")
                for k, cue in cued:
                    if i < k < i + 5:
                        idx += one(f"cueafter:{cue}")
            if vals[i] is not None and ((i and vals[i - 1] == vals[i] - 1) or (i + 1 < n and vals[i + 1] == vals[i] + 1)):
                idx += counting
            idx += numrun[min(sum(numlike[max(0, i - 3):i + 4]), 5)]
            if i == 0:
                idx += first
            if i == n - 1:
                idx += last
            out.append(idx)
        return out

    def _one(self, name: str) -> list[int]:
        """[index] of one feature name, or [] when the model does not know it (looked up once)."""
        got = self._names.get(name)
        if got is None:
            k = self.index.get(name)
            got = self._names[name] = [] if k is None else [k]
        return got

    def marks(self, text: str, redacted: dict[int, str] | set[int] = frozenset()) -> dict[int, str]:
        """{whitespace word index: placeholder} for the words the model calls secret.

        `redacted`: indexes of the words the rules already took out, with their placeholder
        (placeholders in the text count too).
        A tagged word is kept in a run of two or more tagged words (fillers between them do
        not break it), next to a redacted word, or when the model is sure (SURE); then the
        words next to what is redacted go too from P(secret) >= GROW ("drie hoog", "punt n l").
        Number words that count ("een twee drie") or make a service number (0800, 0900, 113)
        stay, as with the rules.
        """
        words = _WS.findall(text)
        if not words:
            return {}
        if not redacted and not any("[" in w or not _DATA.isdisjoint(word_classes(_bare(w))) for w in words):
            return {}  # no number, letter, name-like word, street, month or cue: nothing to tag (a quick exit)
        p = self.proba(words)
        bare = [("" if "[" in w else _bare(w)) for w in words]  # a placeholder is no cue word
        secret = 1.0 - p[:, 0]
        done = set(redacted) | {i for i, w in enumerate(words) if "[" in w}
        if not done and not (secret >= self.threshold).any():
            # nothing redacted and no word tagged: nothing to keep, grow from or join (the same empty answer as the
            # whole reading below, without working out the counts and service numbers)
            return {}
        veto = _counting_or_service(bare)
        free = [i for i, w in enumerate(words) if i not in done and i not in veto and _SUB.search(w)
                and bare[i] not in _CUE and not bare[i].endswith(_CUE_ENDINGS)]  # "klantnummer 1234"
        tagged = [i for i in free if secret[i] >= self.threshold]
        runs: list[list[int]] = []
        for i in tagged:
            if runs and all(bare[k] in BRIDGES for k in range(runs[-1][-1] + 1, i)):
                runs[-1].append(i)
            else:
                runs.append([i])
        def bridge_to(i: int, step: int, have: set[int]) -> list[int] | None:
            """The bridge words from i to a redacted word in direction step, or None."""
            between, j = [], i + step
            while 0 <= j < len(words) and bare[j] in BRIDGES and j not in have:
                between.append(j)
                j += step
            return between if j in have else None

        numeric = [_digits(b) is not None or b in _NUMBER_JOINS for b in bare]

        def cued(i: int) -> bool:
            return any(_CUE.get(bare[k]) in STRONG_CUES for k in range(max(0, i - BACK), i))

        def dated(i: int) -> bool:  # "dertien juli | negentien achtenvijftig"
            return any(bare[k] in MONTHS for k in range(max(0, i - 2), i))

        keep: set[int] = set()
        label: dict[int, str] = {}
        for run in runs:
            have = keep | done
            if all(numeric[i] for i in run) and not cued(run[0]) and not dated(run[0]) \
                    and (sum(numeric[i] for i in run) < MIN_NUMBERS or any("duizend" in bare[i] for i in run)):
                kind = self.labels[1 + int(np.argmax(p[run, 1:].sum(axis=0)))]
                h = run[0] - 1
                if kind == "[adres]" and h >= 0 and h not in done and _street_like(bare[h]) and bare[run[0]] != "een" \
                        and (h == 0 or bare[h - 1] not in _SUBJECTS) \
                        and (run[-1] + 1 >= len(bare) or bare[run[-1] + 1] not in _NOT_HOUSE):
                    for i in range(h, run[-1] + 1):  # "op de akkerwinde zeven": a street with no suffix
                        keep.add(i)
                        label[i] = kind
                continue  # a few number words alone: an age, a count, a score ("twee keer twee"), a year
            left = bridge_to(run[0], -1, have)
            if left is not None and any(bare[k] == "en" for k in left) and all(numeric[i] for i in run) \
                    and run[-1] + 1 < len(bare) and _counted(bare[run[-1] + 1]):
                continue  # "[bsn] en twee broers": a count of things, not the number going on
            near = left is not None or bridge_to(run[-1], 1, have) is not None
            kind = self.labels[1 + int(np.argmax(p[run, 1:].sum(axis=0)))]
            if kind == "[naam]":
                # round 18: an ordinary word at a name's edge is part of it only when the model is sure it is a name
                # ("Willem en Eva belden": the verb after a name, read as a surname 0.8 by where it stands; "Eva
                # Bakker" is on the surname list, "Eva Zwart" after "met" is the rules' call)
                naam = self.labels.index("[naam]")
                trim = list(run)
                while trim and _plain_word(bare[trim[0]]) and p[trim[0], naam] < SURE:
                    trim.pop(0)
                while trim and _plain_word(bare[trim[-1]]) and p[trim[-1], naam] < SURE:
                    trim.pop()
                if not trim:
                    continue
                if trim != run:
                    run = trim
                    left = bridge_to(run[0], -1, have)
                    near = left is not None or bridge_to(run[-1], 1, have) is not None
            if not near and kind == "[naam]":
                continue  # a name on its own: the rules' call (cues, the lists)
            if not near and kind == "[adres]" and not (
                    any(numeric[i] and bare[i] != "een" for i in run)  # "de Kalverstraat een jas"
                    and any(not numeric[i] and bare[i] not in BRIDGES for i in run)
                    and (run[-1] + 1 >= len(bare) or bare[run[-1] + 1] not in _NOT_HOUSE)):
                continue  # a street needs its number ("ik woon in de Dorpsstraat", "twee uur lang")
            # a word alone, next to nothing redacted, goes when the model is sure of what it is: one kind at SURE,
            # not the kinds added up (round 18: "het anna huis", a name 0.41 and a postcode 0.52, is no postcode)
            if len(run) >= 2 or near or max(p[i, 1:].max() for i in run) >= SURE:
                for i in range(run[0], run[-1] + 1):
                    keep.add(i)
                    label[i] = kind
        grow = True
        while grow:
            grow = False
            for i in free:
                if i in keep or bare[i] in BRIDGES or bare[i] in STOP_WORDS or secret[i] < GROW:
                    continue  # "stuur naar [e-mail]", "ik woon op het [adres]"
                if bare[i] in ORDINARY_WORDS and _DATA.isdisjoint(word_classes(bare[i])):
                    continue  # "[e-mail] graag": an ordinary word with nothing of a detail in it
                # next to the rules' number, where it ends is the rules' call unless cued
                have = keep if numeric[i] and not (cued(i) and secret[i] >= self.threshold) else keep | done
                path = bridge_to(i, -1, have)
                if path is None:
                    path = bridge_to(i, 1, have)
                if path is not None and numeric[i] and any(bare[k] == "en" for k in path) \
                        and i + 1 < len(bare) and _counted(bare[i + 1]):
                    continue  # "[bsn] en twee broers": a count of things, not the number going on
                if path is not None:
                    keep.add(i)
                    keep.update(path)
                    grow = True
        for i in sorted(keep | done):  # a year taken: its month and day go with it ("dertien juli [datum]")
            j = i - 1
            while j >= 0 and bare[j] in FILLERS:
                j -= 1
            if j >= 0 and bare[j] in MONTHS and j not in done:
                keep.add(j)
                label[j] = "[datum]"
                if j and (numeric[j - 1] or ordinal_value(bare[j - 1]) is not None) and (j - 1) not in done:
                    keep.add(j - 1)
                    label[j - 1] = "[datum]"
                    for k in range(j, i):
                        label.setdefault(k, "[datum]")
                if i in keep:
                    label[i] = "[datum]"
        keep -= done
        out = {i: label.get(i) or self.labels[1 + int(np.argmax(p[i, 1:]))] for i in sorted(keep)}
        # what joins a redaction takes its placeholder ("[adres] hoog" -> "[adres]")
        known = {i: lab for i, lab in (redacted.items() if isinstance(redacted, dict) else ())}
        known.update({i: m.group(0) for i, w in enumerate(words) if (m := _PLACEHOLDER.search(w))})
        i = 0
        while i < len(words):
            if i in out or i in done:
                j = i
                while j + 1 < len(words) and (j + 1 in out or j + 1 in done or bare[j + 1] in BRIDGES):
                    j += 1
                labs = [known[k] for k in range(i, j + 1) if k in known]
                if labs:
                    for k in range(i, j + 1):
                        if k in out:
                            out[k] = labs[0]
                i = j + 1
            else:
                i += 1
        return out


SURE = 0.9  # a lone tagged word is redacted from this P(secret)
GROW = 0.4  # a word next to a redaction goes from this P(secret) (a number word from the threshold)
MIN_NUMBERS = 4  # number words alone (no cue) are redacted from this many in a row
# round 18: after a subject the word before a few number words is a verb, not a street said with no suffix word ("en
# je krijcht elf honderd binnen": a misheard verb and an amount; "op de akkerwinde zeven", "grosse strasse acht" stay)
_SUBJECTS = frozenset("ik je jij u hij zij ze we wij jullie men die dat er".split())
_CUE_ENDINGS = ("nummer", "nummers", "adres", "naam", "datum", "code")
_NUMBER_JOINS = frozenset({"keer", "dubbel", "dubbele"})
STRONG_CUES = frozenset({"phone", "bsn", "iban", "postcode", "live", "birth", "mail"})
# words that join the parts of one detail ("k o e n at ziggo punt n l", "zeven eh acht")
BRIDGES = FILLERS | {"punt", "at", "et", "apenstaartje", "apestaartje", "streepje", "liggend", "dot"}
_SERVICE_STARTS = ("0800", "0900", "0906", "0909", "113", "1813")


def _plain_word(word: str) -> bool:
    """An ordinary word that no list knows as a name (first name or surname): "belden", "zwart"."""
    return word in ORDINARY_WORDS and word not in _SURNAME_WORDS and word not in FIRST_NAMES \
        and word not in FIRST_NAMES_MORE and word not in FIRST_NAMES_AMBIGUOUS


def _counted(word: str) -> bool:
    """An ordinary word that a number word before it counts ("twee kinderen", "drie jaar")."""
    return word.isalpha() and word not in BRIDGES and word not in STOP_WORDS - _COUNTED_STOP \
        and _digits(word) is None and (word in ORDINARY_WORDS or word in _COUNTED_STOP)


_COUNTED_STOP = frozenset("kinderen kind broers zussen jaar jaren keer mensen dagen weken maanden uur".split())


def _street_like(word: str) -> bool:
    """An unknown word that may be a street's name: no ordinary word, no first name, no number."""
    return word.isalpha() and len(word) >= 4 and word not in ORDINARY_WORDS and word not in STOP_WORDS \
        and word not in FIRST_NAMES and word not in FIRST_NAMES_MORE and word not in FIRST_NAMES_AMBIGUOUS \
        and word_value(word) is None and word not in MONTHS and word not in _CUE


@lru_cache(maxsize=16384)
def _digits(word: str) -> str | None:
    if word.isascii() and word.isdigit():
        return word
    v = word_value(word) if word.isalpha() else None
    return None if v is None else str(v)


# well-known abbreviations said letter by letter ("de g g z", "het u w v", "n l alert"): no personal data
ABBREVIATIONS = frozenset("""
ggz ggd uwv tv wc nl ov ns ah pgb wmo ic sms pc cjg cbr ad cda vvd pvda sp d66 ok ehbo ggz-arts svb duo
kvk rdw cak vgz cz bsn iban btw aow ww wia wao ziggo kpn vpro nos rtl sbs hbo mbo vwo havo vmbo mri ct
ecg adhd ptss ocd add vog bso kdv hiv soa ivf zzp nvt""".split())


def _abbreviations(bare: list[str]) -> set[int]:
    """Indexes of single letters that spell a well-known abbreviation on their own ("de g g d")."""
    out: set[int] = set()
    i, n = 0, len(bare)
    while i < n:
        if len(bare[i]) == 1 and bare[i].isalpha():
            j = i
            while j + 1 < n and len(bare[j + 1]) == 1 and bare[j + 1].isalnum():
                j += 1
            if j > i and "".join(bare[i:j + 1]) in ABBREVIATIONS \
                    and not (i > 0 and bare[i - 1] in BRIDGES - FILLERS and bare[i - 1] != "punt"):
                out.update(range(i, j + 1))
            i = j + 1
        else:
            i += 1
    return out


_SINCE = frozenset({"sinds", "vanaf", "tot", "rond", "omstreeks", "sedert"})


def _years_since(bare: list[str]) -> set[int]:
    """Indexes of a year said after "sinds", "vanaf", "tot" ("ik woon hier sinds tweeduizend vijftien"):
    a time in someone's story, not a date of birth (unless a birth cue is in the line)."""
    if any(_CUE.get(b) == "birth" for b in bare):
        return set()
    out: set[int] = set()
    for i, b in enumerate(bare[:-1]):
        if b in _SINCE and bare[i + 1] in ("negentien", "tweeduizend", "twintig"):
            out.add(i + 1)
            if i + 2 < len(bare) and _digits(bare[i + 2]) is not None and int(_digits(bare[i + 2])) < 100:
                out.add(i + 2)
        elif b in _SINCE and (v := _digits(bare[i + 1])) is not None and 1900 <= int(v) <= 2099:
            out.add(i + 1)
    return out


def _event_dates(bare: list[str]) -> set[int]:
    """Indexes of a day, month and year said after "op", "sinds", ... with no birth cue or person near:
    a day in the story ("de oorlog eindigde op vijf mei negentien vijfenveertig"), as the rules keep it."""
    out: set[int] = set()
    for m, b in enumerate(bare):
        if b not in MONTHS or m == 0:
            continue
        start = m - 1
        if start >= 2 and bare[start - 1] == "en" and _digits(bare[start - 2]) is not None:  # "negen en twintig mei"
            start -= 2
        if _digits(bare[start]) is None and ordinal_value(bare[start]) is None:
            continue
        if not event_date(bare, start):
            continue
        end, last = m + 1, m + 3
        if end + 1 < len(bare) and bare[end] in ("in", "van") and _digits(bare[end + 1]) is not None:
            end, last = end + 1, last + 1  # round 18: the year after "in" ("op vijf mei in negentien vijfenveertig")
        while end < len(bare) and end <= last and _digits(bare[end]) is not None:
            end += 1
        out.update(range(start, end))
    return out


_BECOMES = frozenset({"wordt", "word", "worden", "werd", "werden"})


def _age_turned(bare: list[str]) -> set[int]:
    """Indexes of a month and the age after it when someone turns that age ("je vader wordt in april
    negentig", "ze wordt volgende maand in mei tachtig"): a form of "worden", then "in" and a month, then
    a number below 120: an age, no date of birth (round 19; a birth cue in the line keeps the date)."""
    if any(_CUE.get(b) == "birth" for b in bare):
        return set()
    out: set[int] = set()
    for m, b in enumerate(bare):
        if b not in MONTHS or m < 2 or bare[m - 1] != "in":
            continue
        if not any(w in _BECOMES for w in bare[max(0, m - 6):m - 1]):
            continue
        k = m + 1
        while k < len(bare) and bare[k] in FILLERS:
            k += 1
        if k < len(bare) and (v := _digits(bare[k])) is not None and int(v) < 120 \
                and not (k + 1 < len(bare) and _digits(bare[k + 1]) is not None):
            out.update((m, k))
    return out


_TIME_BEFORE = frozenset({"om", "tegen", "rond", "rondom", "vanaf", "tot", "voor", "na", "sinds", "omstreeks"})


def _numbered_names(bare: list[str]) -> set[int]:
    """Indexes of a thing's name said with its number, as the rules read it ("covid negentien", "windows
    tien", "psalm drieëntwintig"): no street and its house number (round 13)."""
    out: set[int] = set()
    for i, b in enumerate(bare[:-1]):
        if b in _NUMBERED_NAMES:
            k = i + 1
            while k < len(bare) and _digits(bare[k]) is not None and k - i <= 2:
                k += 1
            if k > i + 1:
                out.update(range(i, k))
    return out


_PATTERN_PARTS = frozenset("voornaam achternaam naam initialen initiaal voorletter voorletters".split())
_MAIL_JOINS = frozenset("punt streepje liggend dot".split())


def _mail_pattern(bare: list[str]) -> set[int]:
    """Indexes of how an organisation's e-mail addresses are made, as the rules read it ("voornaam punt
    achternaam at gemeente punt nl"): the local part only pattern words, nobody's address (round 13)."""
    out: set[int] = set()
    for a, b in enumerate(bare):
        if b not in _AT or a == 0:
            continue
        k = a - 1
        while k >= 0 and (bare[k] in _PATTERN_PARTS or bare[k] in _MAIL_JOINS):
            k -= 1
        local = range(k + 1, a)
        if not any(bare[x] in _PATTERN_PARTS for x in local):
            continue
        e = a + 1
        while e < len(bare) and e - a <= 6 and bare[e].isalpha() and bare[e] not in FILLERS:
            e += 1
        out.update(range(k + 1, e))
    return out


_TRANSPORT = frozenset("bus lijn tram metro buslijn tramlijn metrolijn nachtbus sneltram pendelbus".split())
# round 21: the kinds and brands of bus and train that people name a line by ("de qliner driehonderd", "de sprinter
# naar zwolle", "lijn vijftig van arriva")
_TRANSPORT21 = frozenset("trein sprinter intercity stoptrein sneltrein nachttrein qliner qlink qbuzz arriva connexxion "
                         "breng hermes syntus keolis allgo interliner regiotaxi buurtbus belbus veerboot veerpont pont "
                         "ret gvb htm ebs".split())
_TOWARDS = frozenset({"naar", "richting"})
_LIVE21 = frozenset("woon woont wonen woonde woonden adres straat huisnummer verhuisd verhuis verhuizen".split())


def _transport_lines(bare: list[str]) -> set[int]:
    """Indexes of a bus, tram or metro line and its letter and number ("de nachtbus n zesentachtig", "lijn
    vier"): no account or house number (round 13)."""
    out: set[int] = set()
    for i, b in enumerate(bare):
        if b in _TRANSPORT or b in _TRANSPORT21 or (b.endswith("bus") and len(b) > 3):
            k = i + 1
            if k < len(bare) and len(bare[k]) == 1 and bare[k].isalpha():
                k += 1
            e = k
            while e < len(bare) and _digits(bare[e]) is not None and e - k < 3:
                e += 1
            if e > k:
                out.update(range(i + 1, e))
    # round 21: a line said by its number and where it goes ("de qliner driehonderd naar emmen", "die vijftig richting
    # delfzijl"): a word, one to three number words, then "naar" or "richting" and a place. Not after a word of
    # living or moving ("van de esdoorn twaalf naar de linde"), not after a street's suffix or a placeholder.
    if any(b in _TOWARDS for b in bare) and not any(b in _LIVE21 for b in bare):
        for e, b in enumerate(bare):
            if b not in _TOWARDS or e + 1 >= len(bare) or bare[e + 1] in ("de", "het", "huis", "achteren", "voren",
                                                                          "boven", "beneden", "binnen", "buiten"):
                continue
            k = e
            while k > 0 and e - k < 3 and _digits(bare[k - 1]) is not None:
                k -= 1
            if k == e or k == 0 or not bare[k - 1] or _is_street_word(bare[k - 1]) or bare[k - 1] == "van":
                continue
            out.update(range(k, e))
    return out


def _floor_alone(bare: list[str]) -> set[int]:
    """Indexes of a floor said with no address in the words ("twee hoog achter woont een oude man"): where
    someone lives in a building, no house number; with a street, a number or a placeholder the tagger reads
    it as before ("[adres] drie hoog"). Round 13."""
    at = [i for i in range(len(bare) - 1) if bare[i + 1] == "hoog" and _digits(bare[i]) is not None]
    if len(at) != 1 or any(not b for b in bare):  # "" is a placeholder
        return set()
    i = at[0]
    if any(_digits(b) is not None and b != "een" for k, b in enumerate(bare) if k != i) or any(_street_like(b) or _is_street_word(b)
                                                                             for b in bare):
        return set()
    return {i, i + 1}


def _clock_times(bare: list[str]) -> set[int]:
    """Indexes of a clock time said after "om", "tegen", "tot": an hour and its minutes ("om acht nul
    nul", "tegen zeven dertig", "om half negen"), when no more numbers follow (a time, not a number)."""
    out: set[int] = set()
    for i, b in enumerate(bare[:-1]):
        if b not in _TIME_BEFORE:
            continue
        k = i + 1
        if bare[k] in ("half", "kwart"):
            k += 1
        h = _digits(bare[k]) if k < len(bare) else None
        if h is None or not 0 <= int(h) <= 24:
            continue
        end = k + 1
        if end + 1 < len(bare) and bare[end] == "nul" and (m := _digits(bare[end + 1])) is not None and int(m) < 10:
            end += 2  # "acht nul nul", "zeven nul vijf"
        elif end < len(bare) and (m := _digits(bare[end])) is not None and 10 <= int(m) < 60:
            end += 1  # "zeven dertig"
        if end < len(bare) and _digits(bare[end]) is not None:
            continue  # more numbers: not a time
        out.update(range(k, end))
    return out


def _counting_or_service(bare: list[str]) -> set[int]:
    """Indexes of number words in a count (each one more or less than the last, three or more), a
    service number, or letters said in the alphabet's order ("de a b c d van de zorg"), or a
    well-known abbreviation said letter by letter ("de g g z")."""
    out: set[int] = _abbreviations(bare) | _years_since(bare) | _event_dates(bare) | _age_turned(bare) | _clock_times(bare) \
        | _numbered_names(bare) | _floor_alone(bare) | _mail_pattern(bare) | _transport_lines(bare)
    for i in range(len(bare) - 2):
        trio = bare[i:i + 3]
        if all(len(w) == 1 and "a" <= w <= "z" for w in trio) and ord(trio[1]) == ord(trio[0]) + 1 \
                and ord(trio[2]) == ord(trio[1]) + 1:
            out.update(range(i, i + 3))
    i, n = 0, len(bare)
    while i < n:
        if _digits(bare[i]) is None:
            i += 1
            continue
        j = i
        while j < n and (_digits(bare[j]) is not None or (bare[j] in FILLERS and j + 1 < n and _digits(bare[j + 1]))):
            j += 1
        run = [k for k in range(i, j) if _digits(bare[k]) is not None]
        for a in range(len(run)):  # "een twee drie en nul achthonderd ..." too
            if "".join(_digits(bare[k]) for k in run[a:]).startswith(_SERVICE_STARTS):
                out.update(run[a:])
                break
        vals = [int(_digits(bare[k])) for k in run]
        a = 0
        while a < len(run):
            b = a
            for step in (1, -1):  # counting up or down
                b = a
                while b + 1 < len(run) and vals[b + 1] == vals[b] + step:
                    b += 1
                if b - a >= 2:
                    out.update(run[a:b + 1])
                    break
            a = b + 1 if b > a else a + 1
        i = j
    return out


def save(path: Path, tagger_parts: dict) -> None:
    np.savez_compressed(path, **tagger_parts)


def from_arrays(data) -> Tagger:
    return Tagger(
        feature_names=[str(x) for x in data["features"]],
        weights=np.asarray(data["weights"], dtype=np.float64),
        bias=np.asarray(data["bias"], dtype=np.float64),
        labels=[str(x) for x in data["labels"]],
        threshold=float(data["threshold"]),
        vocab_words=frozenset(str(x) for x in data["vocab"]),
    )


@lru_cache(maxsize=4)
def load_tagger(path: Path = MODEL_FILE) -> Tagger | None:
    """The shipped model, or None when the file is missing or unreadable (the rules still run)."""
    try:
        with np.load(path, allow_pickle=False) as data:
            return from_arrays(data)
    except (OSError, KeyError, ValueError):
        return None
