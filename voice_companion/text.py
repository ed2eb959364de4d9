"""Normalisation of Dutch text to the form an offline recognizer produces.

Both the question bank and the worker's words go through `normalize`, so a
typed "Hoe houdt u het vol?" and a recognised "hoe hou je het vol" meet in the
middle: lower case, no accents (rapidfuzz does not fold them), no punctuation,
numbers as words, and common spoken variants (u/je, houd/hou, 't) folded.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_UNITS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
          "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien",
          "zeventien", "achttien", "negentien"]
_TENS = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig",
         "tachtig", "negentig"]


def number_to_words(n: int) -> str:
    """Dutch words for 0..9999 as a recognizer writes them; longer digit runs digit by digit."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        if unit == 0:
            return _TENS[tens]
        return f"{_UNITS[unit]}en{_TENS[tens]}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "honderd" if hundreds == 1 else f"{_UNITS[hundreds]}honderd"
        return head + (number_to_words(rest) if rest else "")
    if n < 10000:
        thousands, rest = divmod(n, 1000)
        head = "duizend" if thousands == 1 else f"{_UNITS[thousands]}duizend"
        return head + (number_to_words(rest) if rest else "")
    return " ".join(_UNITS[int(d)] for d in str(n))


# Spoken variants folded to one form. Left: what people say or type; right: canonical.
_VARIANTS: dict[str, str] = {
    # pronouns: the bank mixes u- and je-forms, workers too
    "u": "je", "uw": "je", "jij": "je", "jou": "je", "jouw": "je", "ge": "je", "jullie": "je",
    "zichzelf": "jezelf", "uzelf": "jezelf", "jijzelf": "jezelf",
    # verb forms that differ only between u/je/jij conjugations
    "houd": "hou", "houdt": "hou", "hebt": "heb", "heeft": "heb", "kunt": "kun", "kan": "kun",
    "wilt": "wil", "zult": "zal", "bent": "ben", "redt": "red",
    "doet": "doe", "gaat": "ga", "zegt": "zeg",
    "vindt": "vind", "denkt": "denk", "wordt": "word", "hoopt": "hoop", "merkt": "merk",
    "probeert": "probeer", "staat": "sta", "komt": "kom",
    "zoudt": "zou",
    # clitics and spoken short forms
    "t": "het", "'t": "het", "m": "hem", "n": "een", "s": "eens", "es": "eens", "ns": "eens",
    "zn": "zijn", "mn": "mijn", "dr": "haar",
    "effe": "even", "eventjes": "even", "ok": "oke", "okay": "oke", "okee": "oke",
    "hmm": "hm", "mm": "hm", "mmm": "hm", "mhm": "hm", "hmhm": "hm", "uhm": "hm", "eh": "hm",
    "uh": "hm", "ehm": "hm",
    
    "één": "een", "eén": "een",
}

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_CLITIC = re.compile(r"\b(z|m|d)'n\b|(?<!\w)'(t|s|m|n)\b|\bd'r\b")
_DIGITS = re.compile(r"\d+")
_NON_WORD = re.compile(r"[^a-z0-9\s]+")
_SPACES = re.compile(r"\s+")


def fold_accents(text: str) -> str:
    if text.isascii():  # nearly every line: nothing to fold, and no walk over its letters
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _expand_clitic(match: re.Match[str]) -> str:
    word = match.group(0)
    return {"z'n": " zijn", "m'n": " mijn", "d'n": " den", "'t": " het", "'s": " eens",
            "'m": " hem", "'n": " een", "d'r": " haar"}.get(word, " ")


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Recognizer-style text: see the module docstring."""
    text = fold_accents(text.translate(_APOSTROPHES)).lower()
    text = _CLITIC.sub(_expand_clitic, text)
    text = _DIGITS.sub(_spell_digits, text)
    text = _NON_WORD.sub(" ", text)
    words = [_VARIANTS.get(w, _fold_verb(w)) for w in text.split()]
    return " ".join(words)


def _spell_digits(match: re.Match[str]) -> str:
    digits = match.group(0)
    if len(digits) > 4 or (len(digits) > 1 and digits[0] == "0"):  # phone-like: digit by digit
        return " " + " ".join(_UNITS[int(d)] for d in digits) + " "
    return f" {number_to_words(int(digits))} "


def _fold_verb(word: str) -> str:
    # "-dt" conjugations (vindt, wordt, houdt) fold to the stem the je-form uses
    if len(word) > 4 and word.endswith("dt"):
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    return normalize(text).split()


# Dutch yes/no questions put the verb before "je": "denk je", "heb je", "ben je".
_QUESTION_VERBS = frozenset(
    "ben heb denk wil voel zie ga kun zou mag moet weet speel loop overweeg bedoel durf "
    "hoor merk zit sta red lukt is".split())
_QUESTION_WORDS = frozenset("wat wie waar wanneer hoe waarom welke welk hoeveel".split())


def is_question(norm: str) -> bool:
    """Is a normalised line phrased as a question (inverted verb, or a question word first)?

    Recognizers drop the question mark; word order keeps it: "denk je eraan
    om ..." asks, "je denkt eraan om ..." echoes.
    """
    words = norm.split()
    for i, word in enumerate(words[:8]):
        if word in _QUESTION_WORDS and i <= 3:
            return True
        if word == "je" and i > 0 and words[i - 1] in _QUESTION_VERBS:
            return True
    return False
