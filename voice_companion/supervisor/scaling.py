"""Scaling answers: the number the caller gave, as the worker repeated it.

The companion hears only the worker, so a caller's "een vier" reaches the log
when the worker echoes it: "je zegt een vier", "dus een zes", "een vier zeg je".
Numbers are Dutch words nul..tien (or digits), with halves ("vijf en een half").
The scale's own anchors ("van nul tot tien", "als tien rust is") are not answers.
"""

from __future__ import annotations

import re

WORDS: dict[str, float] = {
    "nul": 0, "één": 1, "eén": 1, "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5,
    "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
}
_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[a-zà-ÿ]+")
_HALF = re.compile(r"^(nul|één|eén|een|twee|drie|vier|vijf|zes|zeven|acht|negen)enhalf$")
# words that, just before the number, show the worker repeats the caller's answer
_ECHO_BEFORE = {"zegt", "zeg", "zei", "noemt", "noem", "geeft", "geef", "gaf", "dus", "zit", "zat",
                "sta", "staat", "stond", "kiest", "koos"}
_ECHO_AFTER = {"zeg", "zegt", "zei", "noem", "noemt", "geef", "geeft", "gaf", "kies"}
_FILLERS = {"een", "het", "op", "nu", "dan", "maar", "zo", "ongeveer", "wel", "je", "u", "jij",
            "er", "ergens", "rond", "daar", "dat"}
# words that mark the scale's definition rather than an answer
_ANCHOR = {"tot", "is", "betekent", "staat", "voor"}


def _number_at(tokens: list[str], i: int) -> tuple[float, int] | None:
    """The number starting at tokens[i] and the index after it, or None."""
    tok = tokens[i]
    if tok[0].isdigit():
        value = float(tok.replace(",", "."))
        end = i + 1
    elif tok in WORDS:
        if tok == "een":  # mostly the article: a number only when nothing follows but an echo word
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and nxt not in _ECHO_AFTER:
                return None
        value = WORDS[tok]
        end = i + 1
    else:
        m = _HALF.match(tok)
        if not m:
            return None
        return WORDS[m.group(1)] + 0.5, i + 1
    if tokens[end:end + 3] == ["en", "een", "half"]:
        value += 0.5
        end += 3
    elif tokens[end:end + 2] in (["en", "half"], ["en", "halve"]):
        value += 0.5
        end += 2
    if not 0 <= value <= 10:
        return None
    return value, end


def _is_anchor(tokens: list[str], i: int, end: int) -> bool:
    before = tokens[i - 1] if i > 0 else ""
    after = tokens[end] if end < len(tokens) else ""
    return before == "tot" or after in _ANCHOR or (before == "van" and after == "tot")


def find_scale_answer(text: str, *, strict: bool = False) -> float | None:
    """The scale answer the worker repeats in `text`, or None.

    strict: only an explicit echo ("je zegt een vier", "vier zeg je"), as needed
    for the worker's own scaling questions, which also name numbers.
    """
    tokens = _TOKEN.findall(text.lower())
    strong: float | None = None
    weak: float | None = None
    for i in range(len(tokens)):
        found = _number_at(tokens, i)
        if found is None:
            continue
        value, end = found
        if _is_anchor(tokens, i, end):
            continue
        j = i - 1
        while j >= 0 and tokens[j] in _FILLERS and i - j <= 3:
            j -= 1
        if j >= 0 and (tokens[j] in _ECHO_BEFORE or (tokens[j] == "van" and "naar" in tokens[end:end + 3])):
            strong = value
            break
        if end < len(tokens) and tokens[end] in _ECHO_AFTER:
            strong = value
            break
        if weak is None and (
            (i > 0 and tokens[i - 1] == "een") or len(tokens) <= 3
        ):
            weak = value
    if strong is not None:
        return strong
    return None if strict else weak
