"""Redaction rules for spoken Dutch as an offline recognizer writes it.

Everything works on a token stream (words, digit groups, punctuation), never on
the raw characters, so the recognizer's habits do not matter:

- numbers: digits and number words fold into one digit stream that tolerates
  fillers ("eh", "uh", "en dan"), "dubbel/dubbele", hundreds and thousands
  ("vierhonderdvijftig", "vijfhonderd vierenveertig"), compounds said apart
  ("vier en dertig") and mixed forms ("nul zes 12345678");
- spoken IBANs ("nl zeventig rabo nul drie ...", "en el ... a b n a ..."),
  postcodes with spoken or spelled letters ("twaalf vierendertig a b", "aa bee"),
  e-mail said with "apenstaartje/apestaartje/at" (the local part included),
  streets with a house number before or after ("Laan van Meerdervoort 52",
  "honderdtwaalf Beatrixlaan"), names after a name cue or from a list, dates
  tied to "geboren";
- a small per-session state (StreamState) so a number split over two lines is
  caught: a line that ends in the start of a number is redacted there (the
  decision at the end of a line is conservative, because that line is written
  before the next one arrives), and the next line's leading number goes too.

Ordinary talk stays: scaling answers ("een vier"), times, ages, counts, amounts,
counting ("een twee drie vier"), 112, 113 and 0800-0113.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Iterable

from voice_companion.privacy.words import (  # word sets the rules share
    DWELLING_UNITS,
    FLOOR_WORDS,
    HESITATIONS,
    HOUSE_ADDITIONS,
    HOUSE_NUMBER_CUES,
    KIN,
    LIVE_CUES,
    NAME_NOUNS,
    POSSESSIVES,
    POSTCODE_FORBIDDEN,
    TITLES,
)

# ---------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------
_TOKEN_RE = re.compile(r"\+?[^\W_]+(?:'[^\W_]+)?|[^\w\s]", re.UNICODE)


def _trie_alt(words: Iterable[str]) -> str:
    """A regex alternation that matches exactly the given literal words, written as a trie ("ab(?:c|d)" for
    "abc|abd"): the same strings as "|".join(words), but the regex engine tries one branch per first letter
    at each position instead of every word (the rule gates below are read on every line, often on the four
    lines of the window at once)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?" if len(alts) > 1 or len(body) > 1 else body + "?"
        return body

    return build(trie)


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    raw: str
    low: str


def tokens(text: str) -> list[Tok]:
    """The words and signs of a text (a new list; its Tok objects are shared and never changed)."""
    return list(_tokens(text))


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[Tok, ...]:
    # many rules read the same text in a row (a rule that changed nothing hands it on): tokenized once
    return tuple(Tok(*m.span(), g, fold(g)) for m in _TOKEN_RE.finditer(text) for g in (m.group(),))


_WRITTEN_DATE_TIME = re.compile(
    r"(?<![\w.\-/])(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}[.:]\d{2}(?:\s*uur)?|\d{1,2}[-/]\d{1,2})(?![\w\-/])")


def number_tokens(text: str) -> list[Tok]:
    """tokens() with written dates and clock times masked (never part of a number)."""
    toks = tokens(text)
    spans = [(m.start(), m.end()) for m in _WRITTEN_DATE_TIME.finditer(text)]
    if spans:
        for k, t in enumerate(toks):
            if any(a <= t.start < b for a, b in spans):
                toks[k] = Tok(t.start, t.end, t.raw, "\u00a7")  # a new Tok: tokens() shares its own
    return toks


def _token_spans(red: dict[int, str], toks) -> list[tuple[int, int, str]]:
    """Runs of neighbouring tokens with the same placeholder, as (start, end, placeholder) character spans."""
    spans: list[tuple[int, int, str]] = []
    idx = sorted(red)
    a = 0
    while a < len(idx):
        b = a
        while b + 1 < len(idx) and idx[b + 1] == idx[b] + 1 and red[idx[b + 1]] == red[idx[a]]:
            b += 1
        spans.append((toks[idx[a]].start, toks[idx[b]].end, red[idx[a]]))
        a = b + 1
    return spans


def _replace(text: str, spans: list[tuple[int, int, str]]) -> str:
    if not spans:
        return text
    spans.sort()
    out, last = [], 0
    for start, end, label in spans:
        if start < last:
            continue
        out.append(text[last:start])
        out.append(label)
        last = end
    out.append(text[last:])
    return "".join(out)


# ---------------------------------------------------------------------------
# Number words
# ---------------------------------------------------------------------------
UNITS = {"nul": 0, "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
         "zeven": 7, "acht": 8, "negen": 9}
TEENS = {"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
         "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19}
TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
        "zeventig": 70, "tachtig": 80, "negentig": 90}
_COMPOUND_RE = re.compile(
    r"(een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en)?"  # round 83: "zeventwintig", its "en" dropped
    r"(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)")
MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december", "jan", "feb", "mrt", "apr",
          "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"}
_ORDINAL_SPECIAL = {"eerste": 1, "derde": 3, "achtste": 8}


def _below100(s: str) -> int | None:
    if s in UNITS:
        return UNITS[s]
    if s in TEENS:
        return TEENS[s]
    if s in TENS:
        return TENS[s]
    m = _COMPOUND_RE.fullmatch(s)
    if m:
        return UNITS[m.group(1)] + TENS[m.group(2)]
    return None


def _below1000(s: str) -> int | None:
    if "honderd" in s:
        pre, _, post = s.partition("honderd")
        pv = 1 if pre == "" else _below100(pre)
        if pv is None or pv == 0 or pv > 99:
            return None
        if post.startswith("en") and _below100(post[2:]) is not None and _below100(post) is None:
            post = post[2:]
        qv = 0 if post == "" else _below100(post)
        return None if qv is None else pv * 100 + qv
    return _below100(s)


@lru_cache(maxsize=4096)
def word_value(s: str) -> int | None:
    """The value of one folded number word, or None."""
    for century, base in (("negentien", 1900), ("achttien", 1800)):  # a year as one word: "negentienvijfentachtig"
        if s.startswith(century) and len(s) > len(century):
            rest = _below100(s[len(century):])
            if rest is not None and rest >= 10:
                return base + rest
    if "duizend" in s:
        pre, _, post = s.partition("duizend")
        pv = 1 if pre == "" else _below1000(pre)
        if pv is None or pv == 0:
            return None
        if post.startswith("en") and _below1000(post[2:]) is not None and _below1000(post) is None:
            post = post[2:]
        qv = 0 if post == "" else _below1000(post)
        return None if qv is None else pv * 1000 + qv
    return _below1000(s)


def ordinal_value(s: str) -> int | None:
    if s in _ORDINAL_SPECIAL:
        return _ORDINAL_SPECIAL[s]
    for suffix in ("ste", "de"):
        if s.endswith(suffix):
            v = word_value(s[: -len(suffix)])
            if v is not None and 1 <= v <= 31:
                return v
    m = re.fullmatch(r"(\d{1,2})(?:e|ste|de)", s)
    return int(m.group(1)) if m else None


FILLERS = frozenset({"eh", "uh", "ehm", "uhm", "hm", "hmm", "em", "euh", "eeh", "en", "dan", "uhh", "ehh"})
_SEPARATORS = frozenset({",", "-", ".", "/", "streepje", "min", "koppelteken"})
_DOUBLE = frozenset({"dubbel", "dubbele"})


@dataclass
class Num:
    first: int  # token index
    last: int
    digits: str
    value: int
    word: bool


@dataclass
class Run:
    nums: list[Num]
    plus: int | None = None  # token index of "plus"

    @property
    def digits(self) -> str:
        return "".join(n.digits for n in self.nums)

    @property
    def first(self) -> int:
        return self.plus if self.plus is not None else self.nums[0].first

    @property
    def last(self) -> int:
        return self.nums[-1].last


_TIMES_GLUED = {"tweemaal": 2, "driemaal": 3, "viermaal": 4}


def _num_at(toks: list[Tok], i: int) -> Num | None:
    t = toks[i]
    if t.low.isascii() and t.low.isdigit():
        return Num(i, i, t.low, int(t.low[:18]), False)
    times = _TIMES_GLUED.get(t.low)
    v = word_value(t.low) if times is None else times
    if v is None:
        # round 36: a leading zero glued to the next number word, as a phone number's start is said ("nulzes",
        # "nulzeven", "nultwintig"): its digits with the zero kept
        if t.low.startswith("nul") and len(t.low) >= 6 and (g := _below100(t.low[3:])) is not None and g > 0:
            return Num(i, i, "0" + str(g), g, True)
        return None
    # "drie keer nul": a digit said so many times, inside a longer number (round 13: also "twee keer de
    # acht", "tweemaal de acht", "drie maal nul")
    if (t.low in UNITS and 2 <= v <= 5 and i + 2 < len(toks) and toks[i + 1].low in ("keer", "maal")) \
            or (times is not None and i + 1 < len(toks)):
        d_at = i + 1 if times is not None else i + 2
        if d_at + 1 < len(toks) and toks[d_at].low == "de":
            d_at += 1
        d = toks[d_at].low if d_at < len(toks) else ""
        dv = UNITS.get(d, int(d) if d.isascii() and d.isdigit() and len(d) == 1 else None)
        near = (i > 0 and _plain_num(toks[i - 1].low)) or (d_at + 1 < len(toks) and _plain_num(toks[d_at + 1].low))
        if dv is not None and not near:
            # round 29: "nul zes en dan drie keer de vijf en dan een twee": the digits around said over "en dan"
            b, a = i - 1, d_at + 1
            while b >= 0 and i - b <= 2 and toks[b].low in ("en", "dan"):
                b -= 1
            while a < len(toks) and a - d_at <= 2 and toks[a].low in ("en", "dan"):
                a += 1
            near = (b < i - 1 and b >= 0 and _plain_num(toks[b].low)) \
                or (a > d_at + 1 and a < len(toks) and _plain_num(toks[a].low))
        if dv is not None and near:
            return Num(i, d_at, str(dv) * v, dv, True)
        if times is not None:
            return None
    # "drie nullen"; round 26: any digit's plural, "twee vijven", "drie achten", "twee enen" (a digit said so often)
    if t.low in UNITS and 2 <= v <= 5 and i + 1 < len(toks) and toks[i + 1].low in _DIGIT_PLURALS:
        near = (i > 0 and _plain_num(toks[i - 1].low)) or (i + 2 < len(toks) and _plain_num(toks[i + 2].low))
        if near:
            d = _DIGIT_PLURALS[toks[i + 1].low]
            return Num(i, i + 1, str(d) * v, int(str(d) * v), True)
    # "vier en dertig": a compound said apart
    if t.low in UNITS and v > 0 and i + 2 < len(toks) and toks[i + 1].low == "en" and toks[i + 2].low in TENS:
        v2 = v + TENS[toks[i + 2].low]
        return Num(i, i + 2, str(v2), v2, True)
    return Num(i, i, str(v), v, True)


# round 26: the plural of a digit, as in "nul zes twee vijven": 0 6 5 5
_DIGIT_PLURALS = {"nullen": 0, "enen": 1, "eenen": 1, "tweeën": 2, "tweeen": 2, "drieën": 3, "drieen": 3, "vieren": 4,
                  "vijven": 5, "zessen": 6, "zevens": 7, "zevenen": 7, "achten": 8, "negens": 9, "negenen": 9}


def _plain_num(low: str) -> bool:
    return (low.isascii() and low.isdigit()) or word_value(low) is not None


def runs(toks: list[Tok]) -> list[Run]:
    """Maximal runs of numbers, fillers allowed between them."""
    found: list[Run] = []
    i, n = 0, len(toks)
    while i < n:
        plus = None
        j = i
        if toks[i].low in ("plus", "+") and i + 1 < n:
            plus, j = i, i + 1
        elif toks[i].low.startswith("+") and toks[i].low[1:].isascii() and toks[i].low[1:].isdigit():
            plus = i
        num = _num_at(toks, j) if not (plus == i and j == i) else Num(i, i, toks[i].low[1:], 0, False)
        if num is None and plus is None and toks[i].low in _DOUBLE and i + 1 < n \
                and (d := _num_at(toks, i + 1)) is not None and len(d.digits) == 1:
            num = Num(i, d.last, d.digits * 2, int(d.digits * 2), True)  # "dubbel een drie vier ...": doubled
        if num is None:
            i += 1
            continue
        run = Run([num], plus)
        k = num.last + 1
        while k < n:
            m = k
            while m < n and m - k < 5:
                if toks[m].low in FILLERS or toks[m].low in _SEPARATORS or toks[m].low in ("nog", "nou"):
                    m += 1
                    continue
                # "en dan de laatste vier ...", "de laatste twee cijfers"
                lead = 2 if toks[m].low == "de" and m + 1 < n and toks[m + 1].low == "laatste" else \
                    1 if toks[m].low == "laatste" else 0
                if lead and m + lead < n and toks[m + lead].low in UNITS:
                    skip = m + lead + 1
                    if skip < n and toks[skip].low in ("cijfers", "nummers", "zijn", "is"):
                        skip += 1
                    if skip < n and _plain_num(toks[skip].low):
                        m = skip
                        continue
                break
            double = False
            if m < n and toks[m].low in _DOUBLE:
                double, m = True, m + 1
            if m >= n:
                break
            nxt = _num_at(toks, m)
            if nxt is None:
                break
            prev = run.nums[-1]
            if len(run.nums) == 1 and prev.value == 0 and prev.word and any(
                    t.low == "en" for t in toks[k:m]):
                break  # "tussen nul en tien": a scale, never a number
            if any(t.low == "en" for t in toks[k:m]) and _complete(run.digits) and not double:
                break  # "... zesenvijftig achtenzeventig en twee kinderen": the number was whole
            if double:
                nxt = Num(m - 1, nxt.last, nxt.digits * 2, nxt.value, True)
            if prev.word and nxt.word and not double and nxt.value < 100 and prev.value >= 100 \
                    and prev.value % 100 == 0 and "honderd" in toks[prev.last].low:
                run.nums[-1] = Num(prev.first, nxt.last, str(prev.value + nxt.value), prev.value + nxt.value, True)
            elif prev.word and nxt.word and not double and nxt.value < 1000 and prev.value >= 1000 \
                    and prev.value % 1000 == 0 and "duizend" in toks[prev.last].low:
                run.nums[-1] = Num(prev.first, nxt.last, str(prev.value + nxt.value), prev.value + nxt.value, True)
            else:
                run.nums.append(nxt)
            k = run.nums[-1].last + 1
        found.append(run)
        i = run.last + 1
    return found


def _complete(digits: str) -> bool:
    """A whole phone number (0 and nine digits) or a BSN that passes the eleven test: what follows
    "en" is something else ("nul zes ... achtenzeventig en twee kinderen")."""
    return (len(digits) == 10 and digits.startswith("0") and not digits.startswith(_SERVICE)) \
        or (len(digits) == 9 and not digits.startswith("0") and elfproef(digits))


def _counting(run: Run) -> bool:
    if len(run.nums) < 3 or not all(n.word for n in run.nums):
        return False
    values = [n.value for n in run.nums]
    steps = {b - a for a, b in zip(values, values[1:])}
    if steps == {1} or steps == {-1}:
        return True
    # round 14: counting said after the number counted to ("tel maar tot tien" / "een twee drie vier vijf ...
    # tien"): five counted or more from one, up to the number said first
    if len(values) >= 6 and values[1] == 1 and values[0] == values[-1]:
        return {b - a for a, b in zip(values[1:], values[2:])} == {1}
    # round 98 LM: five counted or more and then "een" ("... negen tien" / "en nog een keer"): the count, an article
    if len(values) >= 6 and values[-1] == 1:
        steps = {b - a for a, b in zip(values[:-1], values[1:-1])}
        return (steps == {1} or steps == {-1}) and values[-2] - values[-3] != values[-1] - values[-2]
    return False


def flagged_runs(flags: list[bool]) -> list[tuple[int, int]]:
    """(first, last) of every run of consecutive flagged tokens: the spans a rule marked for redaction."""
    out, i, n = [], 0, len(flags)
    while i < n:
        if flags[i]:
            j = i
            while j + 1 < n and flags[j + 1]:
                j += 1
            out.append((i, j))
            i = j + 1
        else:
            i += 1
    return out


def elfproef(digits: str) -> bool:
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0


_SERVICE = ("0800", "0900", "0906", "0909")
_SERVICE_WORDS = frozenset({"achthonderd", "negenhonderd"})


def _service_said(toks: list[Tok], run: Run) -> bool:
    """A service number said as "nul achthonderd twee nul nul nul" (Veilig Thuis) or "nul negenhonderd
    achtentachtig vierenveertig" (police): the hundreds word is its 0800/0900, not 802 or 988."""
    words = [toks[i].low for i in range(run.first, run.last + 1) if toks[i].low not in ("eh", "uh", "ehm")]
    return run.plus is None and len(words) >= 3 and words[0] == "nul" and words[1] in _SERVICE_WORDS
_PROTECTED = frozenset({"112", "113", "08000113", "0800113", "1813"})
PHONE_CUES = frozenset({"nummer", "telefoonnummer", "telefoon", "mobiel", "mobieltje", "bel", "bellen",
                        "bereiken", "whatsapp", "nummertje", "telefoonnummertje", "06", "vaste", "gsm",
                        "mobiele", "bellen", "belt"})
BSN_CUES = frozenset({"bsn", "burgerservicenummer", "sofinummer", "sofi", "bsnnummer", "burgerservice"})
IBAN_CUES = frozenset({"iban", "rekening", "rekeningnummer", "bankrekening", "bankrekeningnummer",
                       # round 12: the older words for an account number
                       "gironummer", "girorekening", "banknummer"})
POSTCODE_CUES = frozenset({"postcode", "postkode"})


def _cue_before(toks: list[Tok], i: int, cues: frozenset[str], window: int = 6) -> bool:
    return any(t.low in cues for t in toks[max(0, i - window):i])


# ---------------------------------------------------------------------------
# Letters (postcodes, IBAN bank codes)
# ---------------------------------------------------------------------------
LETTER_NAMES = {"aa": "a", "a": "a", "bee": "b", "be": "b", "cee": "c", "ce": "c", "dee": "d",
                "ee": "e", "ef": "f", "gee": "g", "ge": "g", "ha": "h", "ie": "i", "jee": "j", "je": "j",
                "ka": "k", "el": "l", "em": "m", "en": "n", "oo": "o", "pee": "p", "pe": "p",
                "kuu": "q", "ku": "q", "er": "r", "es": "s", "tee": "t", "te": "t", "uu": "u",
                "vee": "v", "ve": "v", "wee": "w", "we": "w", "iks": "x", "ieks": "x", "ix": "x", "ij": "y", "zet": "z", "zed": "z",
                "haa": "h", "kaa": "k", "bé": "b", "dé": "d", "see": "c"}  # round 102: "see" for c
_NOT_POSTCODE_WORDS = frozenset(
    "aa ad af ah al am an as au be bv ca cd da de dj do eh en er ex ga ha he ho "
    "ie ik in is ja je jo ke la ma me mi na ne nl no nu oa of oh ok ol om oo op pa pc "
    "re so te to tv ui uw we wc xl zo ze km kg cm mm ml mg gb mb kb ms pk kw ct st".split())


def _letter(tok: Tok) -> str | None:
    if len(tok.low) == 1 and tok.low.isascii() and tok.low.isalpha():
        return tok.low
    return LETTER_NAMES.get(tok.low) if len(tok.low) > 1 else None


# the Dutch spelling alphabet: a letter said by its word ("Hendrik Teunis" for H T)
SPELLING_ALPHABET = {"anton": "a", "bernard": "b", "bernhard": "b", "cornelis": "c", "dirk": "d", "eduard": "e",
                     "ferdinand": "f", "gerard": "g", "hendrik": "h", "izaak": "i", "johan": "j", "jan": "j",
                     "karel": "k", "lodewijk": "l", "marie": "m", "maria": "m", "nico": "n", "otto": "o",
                     "pieter": "p", "quotient": "q", "rudolf": "r", "simon": "s", "teunis": "t", "utrecht": "u",
                     "victor": "v", "willem": "w", "xantippe": "x", "ypsilon": "y", "zaandam": "z", "zacharias": "z",
                     # round 19: the international spelling alphabet, its words that are no ordinary Dutch words
                     # (and "alfa", "bravo"; not "golf", "hotel", "papa", "tango", "november", ...)
                     "alfa": "a", "alpha": "a", "bravo": "b", "charlie": "c", "foxtrot": "f", "juliet": "j",
                     "juliett": "j", "lima": "l", "oscar": "o", "quebec": "q", "romeo": "r", "xray": "x",
                     "zulu": "z"}


def _spelled_letter(tok: Tok) -> str | None:
    """A letter as such, its name ("haa", "zet") or its spelling-alphabet word; not a short word ("en", "je")."""
    if tok.low in SPELLING_ALPHABET:
        return SPELLING_ALPHABET[tok.low]
    if tok.low in ("en", "je", "we", "te", "be", "de"):
        return None
    return _letter(tok)


# short words that end an ordinary answer: never heard for postcode letters
_PC_NOT_LETTERS = frozenset("ja nu zo oh ok he al er op in om af uw ik eh uh hm is of na te".split())
_PC_FILLERS = HESITATIONS | {"euh", ",", "-"}
_PC_CLOSERS = frozenset({"zei", "zegt", "u", "je", "toch", "ja", "he", "klopt", "dat", "is", "het", "?", ".", ",", "!",
                         "nummer", "huisnummer", "nr", "of", "oke", "ok", "eh", "uh", "ehm"})


def _strong_letter(tok: Tok) -> str | None:
    """A letter said as such that is no ordinary short word: "k", "ka", "pee", "es", "rudolf" (not "er", "de", "je")."""
    if tok.low in SPELLING_ALPHABET:
        return SPELLING_ALPHABET[tok.low]
    if tok.low in _PC_NOT_LETTERS or tok.low in _NOT_POSTCODE_WORDS - {"ha", "ka", "el"} \
            or tok.low in ("en", "je", "we", "te", "be", "de"):
        return None
    return _letter(tok)


def _strong_pair(toks: list[Tok], i: int) -> int | None:
    """Index after two letters at i that are surely letters ("ka el", "es pee", "rudolf dirk", "k l")."""
    if i + 1 < len(toks) and _strong_letter(toks[i]) and _strong_letter(toks[i + 1]) \
            and _letter_or_alphabet(toks[i]) + _letter_or_alphabet(toks[i + 1]) not in POSTCODE_FORBIDDEN:
        return i + 2
    return None


def _letter_or_alphabet(tok: Tok) -> str:
    return SPELLING_ALPHABET.get(tok.low) or _letter(tok) or ""


def _name_letters(toks: list[Tok], i: int) -> bool:
    """Two words at i that stand for letters: one of the spelling alphabet and one a first name said for its
    first letter ("kees lodewijk", "anton kees"), as people spell with names the alphabet does not have."""
    if i + 1 >= len(toks):
        return False
    a, b = toks[i].low, toks[i + 1].low
    names = _ANY_FIRST
    return (a in SPELLING_ALPHABET and (b in SPELLING_ALPHABET or (b in names and len(b) >= 3))) \
        or (b in SPELLING_ALPHABET and a in names and len(a) >= 3)


def _alphabet_letter(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """A letter with a spelling word ("k van Karel", "b van Bernhard"): (letter, index after)."""
    if i + 2 < len(toks) and toks[i + 1].low == "van":
        a = _letter(toks[i])
        w = toks[i + 2].low
        if a and w.isalpha() and len(w) >= 3 and w[0] == a:
            return a, i + 3
    return None


def _postcode_letters(toks: list[Tok], i: int, relaxed: bool = False) -> int | None:
    """Index after two postcode letters starting at token i, or None.

    `relaxed` (after "postcode", or four digits said as two pairs at the end of a line): two
    letters also as ordinary short words the recognizer heard for them ("je", "an", "de en").
    """
    while i < len(toks) and toks[i].low in _PC_FILLERS:
        i += 1
    if i >= len(toks):
        return None
    first = _alphabet_letter(toks, i)
    if first is not None:
        second = _alphabet_letter(toks, first[1])
        if second is not None:
            return second[1]
        if first[1] < len(toks) and _letter(toks[first[1]]):
            return first[1] + 1
    if toks[i].low in _DOUBLE and i + 1 < len(toks) and _strong_letter(toks[i + 1]):
        return i + 2  # "dubbel k": K K
    if toks[i].low == "ja" and i + 4 < len(toks) and toks[i + 1].low == "en" and toks[i + 2].low == "dan":
        i += 1  # "ja en dan ha ka"
    if toks[i].low == "en" and i + 3 < len(toks) and toks[i + 1].low == "dan" \
            and (end := _strong_pair(toks, i + 2)) is not None and (end >= len(toks) or toks[end].low in _PC_CLOSERS
                                                                    or not toks[end].low.isalpha()):
        return end  # round 13: "twaalf vierendertig en dan ha ka", "... en dan es pee"
    if toks[i].low == "en" and i + 3 < len(toks) and toks[i + 1].low == "dan":  # "en dan x marie"
        a, b = _spelled_letter(toks[i + 2]), _spelled_letter(toks[i + 3])
        if a and b and (len(toks[i + 2].low) == 1 or toks[i + 2].low in SPELLING_ALPHABET) \
                and (len(toks[i + 3].low) == 1 or toks[i + 3].low in SPELLING_ALPHABET):
            return i + 4
        if _name_letters(toks, i + 2):
            return i + 4  # "en dan kees anton"
    if _name_letters(toks, i):
        return i + 2  # "kees lodewijk": a first name for a letter, next to a word of the spelling alphabet
    if relaxed and toks[i].low not in _PC_NOT_LETTERS:
        w = toks[i].low
        if _strong_letter(toks[i]) and len(w) >= 2 and i + 1 < len(toks) and _letter(toks[i + 1]) \
                and (i + 2 >= len(toks) or toks[i + 2].low in _PC_CLOSERS):
            return i + 2  # "el er (klopt dat)": the second letter's name is also a word
        if (len(w) == 1 or w in LETTER_NAMES or w == "de") and w.isalpha() and i + 1 < len(toks) and (
                _letter(toks[i + 1]) or toks[i + 1].low == "de") and toks[i + 1].low not in _PC_NOT_LETTERS:
            return i + 2  # "de en": d, n
        if len(w) == 2 and w.isascii() and w.isalpha() and w not in LETTER_NAMES:
            return i + 1
        if len(w) == 2 and w.isascii() and w.isalpha():
            return i + 1
    if toks[i].low == "de" and i + 1 < len(toks) and len(toks[i + 1].low) >= 2 and toks[i + 1].low in LETTER_NAMES \
            and toks[i + 1].low not in _NOT_POSTCODE_WORDS and toks[i + 1].low not in ("en", "je", "we", "te", "be") \
            and (i + 2 >= len(toks) or toks[i + 2].low in _PC_CLOSERS):
        return i + 2  # "vierentwintig nul nul de zet": D Z ("de" heard for "dee")
    t = toks[i]
    if i + 1 < len(toks) and (toks[i].low in SPELLING_ALPHABET or toks[i + 1].low in SPELLING_ALPHABET):
        a, b = _spelled_letter(toks[i]), _spelled_letter(toks[i + 1])  # "hendrik teunis", "x marie": H T, X M
        if a and b and a + b not in POSTCODE_FORBIDDEN:
            return i + 2
    if i + 1 < len(toks):
        a, b = _letter(toks[i]), _letter(toks[i + 1])
        if a and b and a + b not in POSTCODE_FORBIDDEN:
            # two ordinary words ("en de", "je ze") are not letters: at least one spelled form
            if not (toks[i].low in ("en", "je", "we", "te", "be") and toks[i + 1].low in _NOT_POSTCODE_WORDS):
                return i + 2
    if len(t.low) == 2 and t.low.isascii() and t.low.isalpha() and t.low not in POSTCODE_FORBIDDEN:
        house_after = i + 1 < len(toks) and toks[i + 1].low in HOUSE_NUMBER_CUES
        if t.raw.isupper() or t.low not in _NOT_POSTCODE_WORDS or house_after:
            return i + 1
    return None


# ---------------------------------------------------------------------------
# Numbers: phone, BSN, postcode, other long numbers
# ---------------------------------------------------------------------------
def redact_numbers(text: str) -> str:
    toks = number_tokens(text)
    if not toks:
        return text
    spans: list[tuple[int, int, str]] = []
    found = runs(toks)
    for run in found:
        label, first = _classify(run, toks)
        last = run.last
        if label == "[postcode]":
            first, last = _postcode_span(run, toks)
        if label:
            spans.append((toks[first].start, toks[last].end, label))
    # a postcode's digits corrected before its letters: "drie nul zeven negen nee zeven acht er a"
    for a, b in zip(found, found[1:]):
        between = [t.low for t in toks[a.last + 1:b.first]]
        if between and len(between) <= 3 and all(w in _CORRECTION_LEAD for w in between) \
                and any(w in _CORRECTION_CORE for w in between) and len(a.digits) == 4 and a.digits[0] != "0" \
                and 1 <= len(b.digits) <= 4 and not _counting(a) \
                and (end := _postcode_letters(toks, b.last + 1)) is not None:
            lo, hi = toks[a.first].start, toks[end - 1].end
            spans = [sp for sp in spans if not (lo <= sp[0] and sp[1] <= hi)]
            spans.append((lo, hi, "[postcode]"))
    # "zes vijf vier drie twee een nul acht met nul zes ervoor": the dialling prefix said after
    for a, b in zip(found, found[1:]):
        if [t.low for t in toks[a.last + 1:b.first]] == ["met"] and b.digits.startswith("0") \
                and len(b.digits) <= 4 and len(a.digits) >= 6 and b.last + 1 < len(toks) \
                and toks[b.last + 1].low in ("ervoor", "daarvoor", "voor", "erbij"):
            lo, hi = toks[a.first].start, toks[b.last].end
            spans = [sp for sp in spans if not (lo <= sp[0] and sp[1] <= hi)]
            spans.append((lo, hi, "[telefoonnummer]"))
    return _replace(text, spans)


def _spelled_letters(toks: list[Tok], a: int, b: int) -> bool:
    """The postcode letters toks[a:b] are spelled out ("tee er", "a b"), not an ordinary word."""
    if b - a != 2 or not all(_letter(toks[x]) for x in range(a, b)):
        return False
    lows = [toks[x].low for x in range(a, b)]
    return all(len(w) == 1 for w in lows) or any(len(w) > 1 and w not in _NOT_POSTCODE_WORDS for w in lows)


_PC_TO_HOUSE = frozenset({",", "en", "dan", "u", "je", "woont", "woon", "op", "het", "is", "eh", "uh", "ehm"})


def _postcode_span(run: Run, toks: list[Tok]) -> tuple[int, int]:
    acc, k = 0, len(run.nums)
    while k > 0 and acc < 4:
        k -= 1
        acc += len(run.nums[k].digits)
    if acc != 4:  # a number cut short after "postcode": all of it
        k = 0
    after = _postcode_letters(toks, run.last + 1, _relaxed(run, toks))
    if after is None and (w := _letters_word(toks, run.last + 1)) is not None:  # "... en dan de letters g s"
        late = _postcode_letters(toks, w + 1, True)
        if late is not None:
            return run.nums[k].first, late - 1  # the words between go too (they are only "en dan de letters")
    if after is None and acc == 4 and (late := _letters_past_gap(toks, run.last + 1)) is not None:
        return run.nums[k].first, late - 1
    end = run.last if after is None else after - 1  # no letters: they come in the next line
    # ", huisnummer twaalf (a)", "en u woont op nummer elf", "en achtenzestig als huisnummer"
    j = end + 1
    while j < len(toks) and toks[j].low in _PC_TO_HOUSE and j - end <= 6:
        j += 1
    if after is not None and j + 2 < len(toks) and toks[j + 1].low == "als" and toks[j + 2].low in HOUSE_NUMBER_CUES:
        num = _num_at(toks, j)
        if num is not None and num.last == j:
            return run.nums[k].first, j
    if j < len(toks) and toks[j].low in HOUSE_NUMBER_CUES and j + 1 < len(toks):
        num = _num_at(toks, j + 1)
        if num is not None:
            end = num.last
            if end + 1 < len(toks) and len(toks[end + 1].low) == 1 and toks[end + 1].low.isalpha():
                end += 1
    return run.nums[k].first, end


def _relaxed(run: Run, toks: list[Tok]) -> bool:
    """Ordinary short words may stand for postcode letters: after "postcode", or after four digits
    said as two pairs ("tien zevenenvijftig de en") when the letters end the line."""
    if _cue_before(toks, run.first, POSTCODE_CUES):
        return True
    nums = run.nums
    if not (len(nums) == 2 and all(n.word and 10 <= n.value <= 99 for n in nums)):
        return False
    end = _postcode_letters(toks, run.last + 1, False)
    if end is None:
        j = run.last + 1
        while j < len(toks) and toks[j].low in _PC_FILLERS:
            j += 1
        w = toks[j].low if j < len(toks) else ""
        if len(w) == 2 and w.isalpha() and w not in _PC_NOT_LETTERS:
            end = j + 1
            if end < len(toks) and (_letter(toks[end]) and toks[end].low not in _PC_CLOSERS):
                end += 1
        else:
            return False
    return all(t.low in _PC_CLOSERS for t in toks[end:end + 3]) and len(toks) - end <= 3


def _letters_past_gap(toks: list[Tok], j: int) -> int | None:
    """Index after postcode letters said a word or a few after four digits: one word between before two
    letter names ("drie nul zeven drie kaal ka el"), up to three before two words of the spelling
    alphabet ("drie nul acht zes er de ja rudolf dirk"). The words between are no numbers."""
    for gap in (1, 2, 3):
        p = j + gap
        if p + 1 >= len(toks) or _num_at(toks, p - 1) is not None or toks[p - 1].low in HOUSE_NUMBER_CUES:
            return None
        end = _strong_pair(toks, p)
        if end is None:
            continue
        if gap == 1 and not all(toks[x].low in SPELLING_ALPHABET for x in (p, p + 1)) \
                and _letter(toks[p - 1]) is None and len(toks[p - 1].low) <= 5:
            return end  # "kaal ka el": a false start of the letters
        if all(toks[x].low in SPELLING_ALPHABET for x in (p, p + 1)):
            return end
    return None


def _letters_after(toks: list[Tok], j: int) -> bool:
    """ "(en dan) de letters" right after four digits: the postcode's letters come next."""
    return _letters_word(toks, j) is not None


def _letters_word(toks: list[Tok], j: int) -> int | None:
    """Index of the last word of "(ja, en dan) de letters (zijn/waren)" at j, or None."""
    k = j
    while k < len(toks) and toks[k].low in ("en", "dan", "de", "eh", "uh", ",", "nu", "nog", "twee", "ja", "dus", "oke",
                                            "ok", "die") and k - j < 6:
        k += 1
    if not (k < len(toks) and toks[k].low in ("letters", "lettertjes")):
        return None
    if k + 1 < len(toks) and toks[k + 1].low in ("zijn", "waren", "is", "was", ":", "erachter", "daarachter"):
        k += 1
    return k


def _two_services(digits: str) -> bool:
    """Two service numbers said in a row: "honderddertien, nul achthonderd nul een een drie"."""
    return any(digits.startswith(p) and (digits[len(p):] in _PROTECTED or digits[len(p):].startswith(_SERVICE))
               for p in _PROTECTED)


_BSN_AFTER_FILL = frozenset("dat is was uw je jouw mijn zijn haar het de en dus , . eh uh".split())


def _bsn_named_after(toks: list[Tok], k: int) -> bool:
    """Round 16: the number is named as a BSN right after it: "... dat is uw bsn", "... is mijn burgerservicenummer"."""
    for t in toks[k:k + 5]:
        if t.low in BSN_CUES:
            return True
        if t.low not in _BSN_AFTER_FILL:
            return False
    return False


def _classify(run: Run, toks: list[Tok]) -> tuple[str | None, int]:
    nums = run.nums
    digits = run.digits
    total = len(digits)
    postcode_cue = _cue_before(toks, run.first, POSTCODE_CUES)
    bsn_cue = _cue_before(toks, run.first, BSN_CUES)
    # counting ("een twee drie vier") is ordinary talk, unless a cue says what the digits are
    # ("zijn bsn drie twee een", "postcode vier vijf zes zeven tee er")
    counting = _counting(run) and not (postcode_cue or bsn_cue or _cue_before(toks, run.first, IBAN_CUES))
    # postcode: the last four digits (first not 0) and two letters; after "postcode" also a
    # number the recognizer cut short ("negenennegentig een ee zet")
    letters_at = _postcode_letters(toks, run.last + 1, _relaxed(run, toks))
    if letters_at is not None and not (counting and not _spelled_letters(toks, run.last + 1, letters_at)
                                       and not postcode_cue):
        acc, k = 0, len(nums)
        while k > 0 and acc < 4:
            k -= 1
            acc += len(nums[k].digits)
        if acc == 4 and nums[k].digits[0] != "0":
            return "[postcode]", nums[k].first
        if postcode_cue and 2 <= total <= 4 and digits[0] != "0":
            return "[postcode]", run.first
    if postcode_cue and total == 4 and digits[0] != "0" and _cue_before(toks, run.first, POSTCODE_CUES, 3):
        return "[postcode]", run.first  # the letters in the next line
    if total == 4 and digits[0] != "0" and _letters_after(toks, run.last + 1):
        return "[postcode]", run.first  # "zevenentachtig eenentwintig, en dan de letters"
    if total == 4 and digits[0] != "0" and not counting and _letters_past_gap(toks, run.last + 1) is not None:
        return "[postcode]", run.first  # "drie nul zeven drie kaal ka el"
    if counting:
        return None, run.first
    if digits in _PROTECTED or (digits.startswith(_SERVICE) and run.plus is None) or _service_said(toks, run):
        return None, run.first
    if run.plus is None and _two_services(digits):
        return None, run.first
    phone_cue = _cue_before(toks, run.first, PHONE_CUES)
    if phone_cue and total >= 2 and not counting and any(
            a.low in ("eindigt", "eindigend", "begint", "laatste") for a in toks[max(0, run.first - 3):run.first]):
        return "[telefoonnummer]", run.first  # "mijn nummer eindigt op vijfenveertig negenenzestig"
    if bsn_cue and total >= 2 and _cue_before(toks, run.first, BSN_CUES, 3) \
            and all(t.low in _TAIL_SKIP or t.low in FILLERS for t in toks[run.last + 1:]):
        return "[bsn]", run.first  # "bsn dubbel drie": its first digits, the rest in the next line
    if total >= 2 and any(a.low in ("eindigt", "eindigend", "begint", "laatste") for a in toks[max(0, run.first - 3):run.first]):
        if _cue_before(toks, run.first, IBAN_CUES):  # "uw iban eindigt op zesenveertig tweeenveertig"
            return "[iban]", run.first
        if bsn_cue:
            return "[bsn]", run.first
    if run.plus is not None and total >= 6:
        return "[telefoonnummer]", run.first
    if not digits.startswith("0"):
        if elfproef(digits):
            return "[bsn]", run.first
        if len(nums) > 1 and toks[nums[0].first].low == "een" and elfproef(digits[1:]):
            return "[bsn]", nums[1].first
        if bsn_cue and total >= 3:
            return "[bsn]", run.first
        if 8 <= total <= 9 and _bsn_named_after(toks, run.last + 1):
            return "[bsn]", run.first  # round 16: "twee zeven vijf ... dat is uw bsn" (an old BSN has eight digits)
    remaining = total
    for n in nums:
        if n.digits.startswith("0") and (remaining >= 7 or (phone_cue and remaining >= 5)):
            if not digits[total - remaining:].startswith(_SERVICE):
                return "[telefoonnummer]", run.first
            break
        remaining -= len(n.digits)
    if bsn_cue and total >= 3:
        return "[bsn]", run.first
    if total >= 9:
        return "[nummer]", run.first
    if _cue_before(toks, run.first, IBAN_CUES) and total >= 6:
        return "[iban]", run.first
    if phone_cue and total >= 7:
        return "[telefoonnummer]", run.first
    return None, run.first


# ---------------------------------------------------------------------------
# Spoken IBAN: "nl zeventig rabo nul drie een twee ...", "en el 45 a b n a 0417..."
# ---------------------------------------------------------------------------
_IBAN_GATE = re.compile(r"(?<![^\W_])(?:nl|n|en|enel|ennel|nel)(?![^\W_])", re.IGNORECASE)
_NL_HEARD = frozenset({"enel", "ennel", "nel"})  # "NL" written as one word
_EMAIL_GATE = re.compile(r"apen?\s?staart|(?<![^\W_])aapje(?![^\W_])|@|(?<![^\W_])(?:at|et|ad)(?![^\W_])|(?<![^\W_])op\s+(?:gmail|hotmail|outlook|"
                         r"live|ziggo|kpn|kpnmail|kpnplanet|planet|xs4all|yahoo|icloud|home|chello|casema|hetnet|"
                         r"quicknet|zeelandnet|telfort|tele2|gmx|proton|protonmail|msn|upcmail)(?![^\W_])", re.IGNORECASE)


def redact_spoken_iban(text: str) -> str:
    if not _IBAN_GATE.search(text):
        return text
    toks = tokens(text)
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        j = None
        if toks[i].low == "nl" or toks[i].low in _NL_HEARD:
            j = i + 1
        elif i + 1 < len(toks) and _letter(toks[i]) == "n" and _letter(toks[i + 1]) == "l":
            j = i + 2
        while j is not None and j < len(toks) and toks[j].low in FILLERS:  # "n l eh zesenvijftig"
            j += 1
        if j is None or j >= len(toks):
            i += 1
            continue
        check = _num_at(toks, j)
        if check is None and toks[j].low in ("dubbel", "dubbele") and j + 1 < len(toks):
            # round 28: the check digits said as "dubbel zeven" ("en el dubbel zeven", 77)
            twice = _num_at(toks, j + 1)
            if twice is not None and len(twice.digits) == 1:
                check = Num(j, twice.last, twice.digits * 2, int(twice.digits * 2), True)
        if check is None or len(check.digits) > 2:
            i += 1
            continue
        after = check.last + 1
        # the country and check digits alone, at the end of a line ("n l negentien" / "i n g b" / ...) or
        # after an account cue ("en ervoor nl achtenzestig", "de landcode n l dan vierenzeventig")
        if len(check.digits) == 2 and (
                all(t.low in FILLERS or t.low in _SEPARATORS or t.low in _TAIL_SKIP for t in toks[after:])
                or any(t.low in IBAN_CUES or t.low in _IBAN_MORE_CUES for t in toks)) \
                and _bank_code(toks, after) is None:
            spans.append((toks[i].start, toks[check.last].end, "[iban]"))
            i = after
            continue
        if len(check.digits) == 1 and check.last + 1 < len(toks):  # "nul zeven": the check digits said apart
            second = _num_at(toks, check.last + 1)
            if second is not None and len(second.digits) == 1:
                check = Num(check.first, second.last, check.digits + second.digits, 0, True)
        k = _bank_code(toks, check.last + 1)
        if k is None:
            i += 1
            continue
        rest = [r for r in runs(toks[k:k + 60]) if r.first == 0]
        if rest and len(rest[0].digits) >= 6:
            spans.append((toks[i].start, toks[k + rest[0].last].end, "[iban]"))
            i = k + rest[0].last + 1
        elif not rest and all(t.low in FILLERS or t.low in _SEPARATORS or t.low in _TAIL_SKIP for t in toks[k:]):
            # "n l drieentwintig rabo" and the digits in the next line
            spans.append((toks[i].start, toks[k - 1].end, "[iban]"))
            i = k
        elif rest and all(t.low in FILLERS or t.low in _SEPARATORS or t.low in _TAIL_SKIP
                          for t in toks[k + rest[0].last + 1:]):
            # "n l eenenvijftig i n g b nul": the head and the first digits, the rest in the next line
            spans.append((toks[i].start, toks[k + rest[0].last].end, "[iban]"))
            i = k + rest[0].last + 1
        else:  # "begint met nl tien abna": the country, check digits and bank code alone are the account's
            spans.append((toks[i].start, toks[k - 1].end, "[iban]"))
            i = k
    return _replace(text, spans)


# IBAN countries and their length (the Dutch ones go by their bank code above)
_IBAN_COUNTRIES = {"be": 16, "de": 22, "fr": 27, "gb": 22, "es": 24, "it": 27, "pl": 28, "lu": 20, "at": 20,
                   "ch": 21, "dk": 18, "ie": 22, "pt": 25, "tr": 26, "se": 24, "no": 15, "fi": 18, "ro": 24,
                   "bg": 22, "hu": 28, "cz": 24, "gr": 27, "ma": 28, "nl": 18}
_BANK_WORDS = frozenset("rabo ing abna abn sns asn knab bunq triodos rabobank regiobank snsbank asnbank ingbank "
                        "revolut".split())


def _spelled_code(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """Two letters spelled at i ("b e", "d e", "p l", "bee ee"): (the two, index after)."""
    if i + 1 < len(toks):
        a, b = _letter(toks[i]), _letter(toks[i + 1])
        if a and b and (len(toks[i].low) == 1 or len(toks[i + 1].low) == 1 or toks[i].low not in _NOT_POSTCODE_WORDS):
            return a + b, i + 2
    return None


def redact_foreign_iban(text: str) -> str:
    """A foreign IBAN said: the country spelled, its check digits and the rest ("b e achtenzestig vijf drie
    negen ...", "d e negenentachtig drie zeven ..."): ten digits at least after the country."""
    if not _TWO_LETTERS.search(text):
        return text
    toks = tokens(text)
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        code = _spelled_code(toks, i)
        if code is None or code[0] not in _IBAN_COUNTRIES or code[0] == "nl":
            i += 1
            continue
        rest = [r for r in runs(toks[code[1]:code[1] + 60]) if r.first == 0]
        if rest and len(rest[0].digits) >= 10:
            spans.append((toks[i].start, toks[code[1] + rest[0].last].end, "[iban]"))
            i = code[1] + rest[0].last + 1
        else:
            i += 1
    return _replace(text, spans) if spans else text


_TWO_LETTERS = re.compile(r"(?<![^\W_])[a-z]\s+[a-z](?![^\W_])|(?<![^\W_])bee\s+ee(?![^\W_])", re.I)


def redact_iban_head_before(text: str) -> str:
    """The head of an IBAN said right before its digits, which the number rules already took: the bank code
    ("rabo [telefoonnummer]", "a b o [telefoonnummer]"), with the country and check digits before it
    ("nl zesennegentig ing [telefoonnummer]"), or a foreign country and check digits ("b e [telefoonnummer]")."""
    if "[telefoonnummer]" not in text and "[nummer]" not in text and "[bsn]" not in text:
        return text
    toks = [Tok(m.start(), m.end(), m.group(0), fold(m.group(0))) for m in _PLACEHOLDER_OR_WORD.finditer(text)]
    spans: list[tuple[int, int, str]] = []
    for p, t in enumerate(toks):
        if t.low not in ("[telefoonnummer]", "[nummer]", "[bsn]"):
            continue
        k = p
        bank = False
        if k > 0 and toks[k - 1].low in _BANK_WORDS:
            k, bank = k - 1, True
        else:
            q = k
            while q > 0 and len(toks[q - 1].low) == 1 and toks[q - 1].low.isalpha() and k - q < 4:
                q -= 1
            if k - q in (3, 4):
                k, bank = q, True  # "a b o", "i n g b"
        q = k
        if q > 0 and _num_at(toks, q - 1) is not None and len(_num_at(toks, q - 1).digits) == 2:
            q -= 1  # the check digits
        country, foreign = None, False
        if q > 0 and toks[q - 1].low in ("nl",) + tuple(_NL_HEARD):
            country = q - 1
        elif q > 1 and (c := _spelled_code(toks, q - 2)) is not None and c[0] in _IBAN_COUNTRIES:
            country, foreign = q - 2, c[0] != "nl"
        if country is not None and (bank or q < k or foreign):
            spans.append((toks[country].start, t.end, "[iban]"))
        elif bank:
            spans.append((toks[k].start, t.end, "[iban]"))
    return _replace(text, spans) if spans else text


_IBAN_MORE_CUES = frozenset({"landcode", "bankcode", "code", "iban", "bank", "rekening", "cijfers"})
_BANK_NAMES = frozenset("rabobank triodos abnamro regiobank snsbank asnbank revolut bunq knab ingbank".split())


def _bank_code(toks: list[Tok], k: int) -> int | None:
    """Index after a bank code of four letters said as a word, letters or both ("rabo", "ing b", "k n a b")."""
    if k + 1 < len(toks) and toks[k].low == "abn" and toks[k + 1].low == "amro":
        return k + 2
    if k < len(toks) and toks[k].low in _BANK_NAMES:  # a bank said by its name: "triodos"
        return k + 1
    if k + 1 < len(toks) and toks[k].low + toks[k + 1].low in _BANK_NAMES:  # "trio dos", "asn bank"
        return k + 2
    letters = 0
    while k < len(toks) and letters < 4 and toks[k].low.isascii() and toks[k].low.isalpha() \
            and _num_at(toks, k) is None:
        low = toks[k].low
        if low in FILLERS and low != "en":
            k += 1
            continue
        letters += 1 if (len(low) == 1 or low in LETTER_NAMES) else len(low)
        k += 1
    return k if letters == 4 else None


# ---------------------------------------------------------------------------
# Spoken e-mail
# ---------------------------------------------------------------------------
_AT = frozenset({"apenstaartje", "apestaartje", "@", "at", "et", "apenstaart", "apenstaarte", "apestaarte",
                 "apestaart", "aapje"})  # round 29: "apestaart", also heard apart from its "je" ("apestaart je gmail ...")
_DOT = frozenset({"punt", ".", "dot"})
_TLDS = frozenset("com nl net org be eu de info nu me io fr uk co online email "
                  # round 8: the countries callers mail from ("wp punt pl")
                  "pl es it at ch se dk no fi pt tr cz ro hu gr ie lu ru ua bg sk si hr lt lv ee sr cw ma biz tv "
                  # round 16: the Dutch regional and city domains ("at dewolf punt frl") and a few common new ones
                  "frl amsterdam rotterdam shop app dev"
                  .split())
# a top-level domain as a recognizer writes it after "punt": "punt kom", "punt nel", "punt en el"
_TLDS_HEARD = frozenset("kom komma nel enel".split())
_DOMAIN_JOIN = frozenset({"-", "streepje", "min"})  # "stichting-hulp punt nl"
_LOCAL_JOIN = frozenset({"punt", ".", "streepje", "-", "liggend", "laag", "underscore", "_"})
_LOCAL_STOP = frozenset(
    "is naar op mail mailen email e mailadres emailadres adres via aan dat het mijn zijn haar ja nou "
    "dus oke ok je u kan kun stuur graag dit daar mailt mailtje hier mag die dan wel maar "
    "stuurt sturen : , ? !".split())


# round 31: "aapje", the sign by its nickname ("chen punt li aapje qq punt com"): only with a top-level domain after it
_AT_NICK = frozenset({"aapje"})
# "at" misheard: taken only before a known mail provider ("anouk ad gmail punt com")
_AT_MISHEARD = frozenset({"ad", "add", "op"})  # "zonnetje tweeëntachtig op hotmail punt com"
MAIL_PROVIDERS = frozenset("gmail hotmail outlook live ziggo kpn kpnmail kpnplanet planet xs4all yahoo icloud "
                           "home chello casema hetnet quicknet zeelandnet telfort tele2 gmx proton protonmail "
                           "msn upcmail online".split())
_DOMAIN_STOP = _LOCAL_STOP - {"mail", "email", "online"}


def _tld_end(toks: list[Tok], p: int) -> int | None:
    """Last index of a top-level domain at p, said as a word ("nl") or spelled ("n l", "c o m")."""
    if p >= len(toks):
        return None
    if toks[p].low in _TLDS or (toks[p].low in _TLDS_HEARD and p > 0 and toks[p - 1].low in _DOT):
        return p
    letters = ""
    for q in range(p, min(p + 4, len(toks))):
        low = toks[q].low
        if len(low) != 1 or not low.isalpha():
            # a letter by its name after the dot: "punt en el" (nl), "punt bee ee" (be)
            if q == p and not (p > 0 and toks[p - 1].low in _DOT):
                break
            if low not in LETTER_NAMES or low in ("de", "het"):
                break
            low = LETTER_NAMES[low]
        letters += low
        if len(letters) >= 2 and letters in _TLDS:
            return q
    return None


_TEMPLATE_LOCAL12 = frozenset("voornaam achternaam naam initialen initiaal eerste letter punt streepje liggend laag "
                              "underscore min koppelteken . - _ uw je jouw de".split())


_TEMPLATE_NAMES12 = frozenset("voornaam achternaam naam initialen initiaal".split())
# round 44: the sign named with an article ("een apenstaartje vind je ...", "zo'n apenstaartje typ je ..."): talk about
# e-mail, no address, when no top-level domain and no mail provider follows
_SIGN_ARTICLES = frozenset("een het dat dit zo'n zon geen dat".split())
_SIGN_ARTICLE_LEAD = frozenset("en dan eh uh ja nou maar dus , . waar hoe typ tik zet zit vind vindt staat".split())


def redact_spoken_email(text: str) -> str:
    if not _EMAIL_GATE.search(text):
        return text
    toks = tokens(text)
    spans: list[tuple[int, int, str]] = []
    for m, tok in enumerate(toks):
        split_at = tok.low == "staartje" and m > 1 and toks[m - 1].low in ("apen", "ape")  # "apen staartje"
        misheard = tok.low in _AT_MISHEARD and m + 1 < len(toks) and toks[m + 1].low in MAIL_PROVIDERS
        if tok.low not in _AT and not split_at and not misheard:
            continue  # (at the start of a line too: "apenstaartje gmail punt com en daarvoor ..." needs its domain)
        # domain: word (punt word)+
        k = m + 1
        if tok.low == "at" and k + 1 < len(toks) and toks[k].low == "-" and toks[k + 1].low == "teken":
            k += 2  # "at-teken"
        elif tok.low == "at" and k < len(toks) and toks[k].low == "teken":
            k += 1
        elif tok.low in ("apenstaart", "apestaart") and k + 1 < len(toks) and toks[k].low in ("je", "tje") \
                and toks[k + 1].low.isalnum():
            k += 1  # round 29: "apestaart je gmail punt com": the diminutive heard as a word of its own
        if k >= len(toks) or not toks[k].low.isalnum():
            continue
        end = k
        dots = 0
        tld = False
        # a domain of two or three words before "punt nl": "kpn planet punt nl", "xs vier all punt nl"
        for j in range(k + 1, min(k + 5, len(toks) - 1)):
            if toks[j].low in _DOT and _tld_end(toks, j + 1) is not None:
                if all(toks[x].low.isalnum() and toks[x].low not in _DOMAIN_STOP for x in range(k + 1, j)):
                    end = j - 1
                break
            if not toks[j].low.isalnum():
                break
        while end + 2 < len(toks) and (toks[end + 1].low in _DOT or toks[end + 1].low in _DOMAIN_JOIN) \
                and toks[end + 2].low.isalnum():
            dot = toks[end + 1].low in _DOT
            t_end = _tld_end(toks, end + 2) if dot else None
            if t_end is not None and t_end > end + 2:  # "punt n l"
                end, dots, tld = t_end, dots + 1, True
                break
            end += 2
            dots += dot
            tld = dot and (toks[end].low in _TLDS or toks[end].low in _TLDS_HEARD)
        if (tok.low in ("at", "et", "apenstaart", "apestaart") or tok.low in _AT_NICK) and not tld:
            continue
        if misheard and not tld:
            continue
        if dots == 0 and toks[k].low in STOP_WORDS and toks[k].low not in MAIL_PROVIDERS:
            continue  # round 27: "er stond een apenstaartje in dat bericht": the sign talked about, no domain
        if tok.low in ("apenstaartje", "apestaartje", "@") and dots == 0 and k + 1 < len(toks):
            pass  # "apenstaartje gmail" without the rest: still an address
        if dots == 0 and m > 0 and toks[m - 1].low in _SIGN_ARTICLES and toks[k].low not in MAIL_PROVIDERS \
                and (m < 2 or toks[m - 2].low in _SIGN_ARTICLE_LEAD):
            continue  # round 44: "een apenstaartje vind je boven de twee": the sign itself talked about, no address
        # local part: back to a stop word, at most 7 tokens
        s = m - 2 if split_at else m - 1
        count = 0
        while s >= 0 and count < 7:
            low = toks[s].low
            if low == "elkaar" and s > 0 and toks[s - 1].low == "aan":  # "van der meer aan elkaar"
                s -= 2
                continue
            if s > 1 and toks[s - 1].low == "van" and len(toks[s - 2].low) == 1 and toks[s - 2].low.isalpha() \
                    and low.isalpha() and low[:1] == toks[s - 2].low:  # "k van kees": a spelled letter
                s -= 3
                continue
            if low == "e" and not (s + 1 < len(toks) and toks[s + 1].low.startswith("mail")):
                pass  # a spelled letter, not "e mail"
            elif len(low) == 1 and low.isalpha() and s > 0 and len(toks[s - 1].low) == 1:
                pass  # "m e u l e n": spelled, "u" is a letter here
            elif low in _LOCAL_STOP or not (low.isalnum() or low in _LOCAL_JOIN):
                break
            s -= 1
            count += 0 if len(low) == 1 else 1  # a spelled name: "h o e k s t r a"
        s += 1
        if tok.low == "op":  # "op" for "at" only after a local part that is no ordinary talk ("ik kijk op ziggo punt nl")
            local = [t.low for t in toks[s:m]]
            if not local or any(w in STOP_WORDS for w in local) or not any(
                    _plain_num(w) or w not in ORDINARY_WORDS for w in local):
                continue
        first = next((x for x in range(s, m) if toks[x].low in _TEMPLATE_NAMES12), None)
        if first is not None and all(t.low in _TEMPLATE_LOCAL12 for t in toks[first:m]):
            continue  # round 12: "voornaam punt achternaam at ...": how an organisation's addresses are made
        if s >= (m - 1 if split_at else m):
            if not tld:
                continue
            s = m  # no local part here (said in the line before): "at gmail punt com" still goes
        spans.append((toks[s].start, toks[end].end, "[e-mail]"))
    return _replace(text, spans)


# ---------------------------------------------------------------------------
# Streets with a house number
# ---------------------------------------------------------------------------
STREET_SUFFIXES = ("straatweg", "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "dreef",
                   "steeg", "pad", "hof", "markt", "plantsoen", "wal", "burgwal", "baan", "boulevard",
                   "allee", "passage", "park", "erf", "haven", "hoven", "kwartier", "veld", "oord",
                   # round 7: diminutives and water ("Ransdorperdijkje", "Noordervaart")
                   "straatje", "laantje", "steegje", "dijkje", "pleintje", "hofje", "vaart", "wetering",
                   # round 8: water, bends and land ("Boergoensevliet", "Wolphaertsbocht", "Zuiderdiep",
                   # "Wevershoek", "Fazantenring" (below: not "-ering")), and Frisian ("Buorren", "Tsjerkestrjitte")
                   "vliet", "bocht", "diep", "hoek", "kamp", "akker", "brink", "weide", "donk", "hoeve", "gaarde",
                   "strjitte", "leane", "dyk", "paad", "buorren",
                   # round 10: "Weverstede", and the Frisian "wei" (weg): "Haadwei"
                   "stede", "wei",
                   # round 26: the streets of the south named "-eind" ("Kerkeind", "Hoogeind", "Dorpseind")
                   "eind",
                   # round 27: the streets along water in the north named "-zijde" ("Westzijde", "Oostzijde")
                   "zijde")
NOT_STREETS = frozenset({
    "onderweg", "halverwege", "snelweg", "zijweg", "uitweg", "loopbaan", "ijsbaan", "rijbaan",
    "kerkhof", "gerechtshof", "binnenhof", "levenspad", "voetpad", "fietspad", "wandelpad",
    "pretpark", "attractiepark", "bijbaan", "rechtbank", "jaarmarkt", "arbeidsmarkt", "woningmarkt",
    "supermarkt", "vlooienmarkt", "omweg", "spoorweg", "levensweg", "dwaalweg", "glijbaan",
    "werkplein", "voetbalveld", "sportveld", "speelveld", "slagveld", "gezichtsveld", "middenweg",
    "thuishaven", "jachthaven", "zeehaven", "luchthaven", "weiland", "hiernaast", "tuinpad",
    "bijweg", "wegweg", "erfgoed", "straat", "weg", "pad", "veld", "park", "erf", "hof", "markt",
    "wal", "baan", "oord", "haven", "laan", "plein", "steeg", "kwartier",
    "scheepvaart", "luchtvaart", "ruimtevaart", "bedevaart", "hemelvaart", "zeevaart", "binnenvaart", "vaart",
    "wetering", "straatje", "hofje", "pleintje", "steegje", "laantje", "dijkje",
    # round 8: words with the new suffixes that are no streets
    "vliet", "bocht", "diep", "hoek", "kamp", "akker", "brink", "weide", "donk", "hoeve", "gaarde",
    "haarspeldbocht", "driehoek", "rechthoek", "vierhoek", "zeshoek", "achthoek", "zithoek", "eethoek", "leeshoek",
    "speelhoek", "keukenhoek", "invalshoek", "gezichtshoek", "ooghoek", "mondhoek", "kijkhoek", "hoek", "tuinhoek",
    "werkhoek", "knutselhoek", "zomerkamp", "trainingskamp", "vluchtelingenkamp", "concentratiekamp", "legerkamp",
    "jeugdkamp", "vakantiekamp", "basiskamp", "tentenkamp", "woonwagenkamp", "koeienweide", "schapenweide",
    "paardenweide", "boomgaarde", "kinderboerderij", "levensdiep", "strjitte", "leane", "dyk", "paad",
    # round 10
    "stede", "wei", "hofstede", "karwei",
    # round 26: words in "-eind" that are no streets
    "weekeind", "uiteind", "boveneind", "benedeneind", "ondereind", "achtereind", "voorteind", "voreind",
    "levenseind", "wereldeind", "tafeleind", "staarteind", "touweind", "eindje",
    # round 27: words in "-zijde" that are no streets (a side of something, silk, a page)
    "zijde", "bladzijde", "achterzijde", "voorzijde", "binnenzijde", "buitenzijde", "bovenzijde", "onderzijde",
    "keerzijde", "overzijde", "zonzijde", "schaduwzijde", "moederszijde", "vaderszijde", "linkerzijde",
    "rechterzijde", "waterzijde", "straatzijde", "tuinzijde", "wederzijde", "weerszijde", "beiderzijde",
    "kunstzijde", "langszijde", "kopzijde", "lengtezijde", "zijkant", "gevelzijde", "wegzijde", "spoorzijde",
    "stationszijde", "zeezijde", "landzijde", "havenzijde", "dijkzijde", "stadszijde", "pleinzijde",
})
_BARE_STREETS = frozenset({"singel", "gracht", "kade", "dijk", "dreef", "boulevard", "markt", "plein", "buorren"})
_STREET_HEADS = frozenset({"laan", "weg", "plein", "straat", "kade", "dijk", "pad", "hof", "singel", "park",
                           "gracht", "dreef", "erf",
                           # round 14: the small forms and a few more heads ("Hofje van Wouters nummer drie")
                           "hofje", "steeg", "steegje", "pleintje", "straatje", "laantje", "pad", "baan", "wal"})
_STREET_LINKS = frozenset({"van", "der", "naar", "aan", "op", "over", "achter", "tussen", "bij", "langs"})
_NOT_HOUSE = frozenset({"uur", "keer", "jaar", "jaren", "maand", "maanden", "dag", "dagen", "week", "weken",
                        "minuut", "minuten", "seconden", "kilometer", "km", "meter", "euro", "procent",
                        "mensen", "man", "kinderen", "kwartier", "huizen", "straten", "keren", "stuks",
                        "auto's", "ogenblik", "tegen"})


_SUFFIX_RE = re.compile(r"^\w{3,}(?:" + "|".join(STREET_SUFFIXES) + r")$")


def _is_street(tok: Tok) -> bool:
    return _is_street_word(tok.low)


@lru_cache(maxsize=8192)
def _is_street_word(low: str) -> bool:
    if low in NOT_STREETS or not low.isalpha():
        return low in _BARE_STREETS and low.isalpha()
    # "Fazantenring", "Noordring" (not the many nouns in "-ering": "verzekering", "vergadering")
    if len(low) >= 7 and low.endswith("ring") and low[-5] not in "aeiouy":
        return True
    return bool(_SUFFIX_RE.match(low)) or low in _BARE_STREETS


# round 13: things that have a number of their own, not a house ("bed nummer twaalf", "kamer nummer vier", "lijn
# nummer drie"), and rooms or wards that are no street ("op de slaapzaal", "op de eetzaal", "op de afdeling")
_NUMBERED_THINGS = frozenset("bed kamer stoel tafel kluis kluisje bus tram lijn spoor perron cel box bank paviljoen zaal "
                             "afdeling groep klas lokaal vraag pagina bladzijde hoofdstuk liedje shirt rugnummer plaats "
                             "rij stoelnummer patient patiënt".split())
_ROOM_HEADS = ("zaal", "kamer", "afdeling", "lokaal", "ruimte", "vleugel", "kantine", "unit", "kliniek", "post")


def _room_word(low: str) -> bool:
    """A room, ward or hall: "slaapzaal", "recreatieruimte", "opnameafdeling" (no street)."""
    return low.endswith(_ROOM_HEADS) and not _is_street_word(low)


def _house_number(toks: list[Tok], j: int) -> int | None:
    """Last token index of a house number starting at j (after an optional 'nummer')."""
    while j < len(toks) and toks[j].low in ("eh", "uh", "ehm", "uhm", "euh", "hm", ","):
        j += 1
    if j < len(toks) and toks[j].low in _COMPASS and j + 1 < len(toks) and _num_at(toks, j + 1) is not None:
        j += 1  # "Kanaaldijk Noord 450"
    if j < len(toks) and toks[j].low in HOUSE_NUMBER_CUES:
        j += 1
    if j >= len(toks):
        return None
    num = _num_at(toks, j)
    if num is None or num.value == 0 or num.value > 9999:
        return None
    letter_after = j + 1 < len(toks) and len(toks[j + 1].low) == 1 and toks[j + 1].low in "abcdefgh" \
        and (j + 2 >= len(toks) or not toks[j + 2].low.isalpha() or toks[j + 2].low in _PC_CLOSERS)
    # "Kerkstraat een in Sint-Oedenrode", "Kerkstraat een, ja": the number one, not an article
    letter_after = letter_after or j + 1 >= len(toks) or toks[j + 1].low in ("in", "te", "ja", "klopt", ",", ".", "?")
    # round 26: "een" before digit words is the first digit of a house number said digit by digit ("Van Heekstraat
    # een twee drie"), not an article ("een twee keer" stays: a count, see _NOT_HOUSE below)
    digits_after = j + 1 < len(toks) and toks[j + 1].low in UNITS and toks[j + 1].low != "een"
    # round 41: "een en dertig" is one number (31) said split with "en", as ASR writes it ("Dorpsstraat eh een en
    # dertig"): only a bare "een" can be an article
    if toks[j].low == "een" and num.last == j and not (j > 0 and toks[j - 1].low in HOUSE_NUMBER_CUES) \
            and not letter_after and not digits_after:
        return None  # "de Kalverstraat een jas gekocht": an article ("Bloemstraat een a" is a number)
    last = num.last
    # a number said digit by digit: "vijf zes" (56), "twee nul vier" (204), not "vijf zes keer"
    e = last
    while num.word and num.value < 10 and e + 1 < len(toks) and toks[e + 1].low in UNITS and e - last < 3:
        e += 1
    while e > last and (toks[e].low == "een" or (e + 1 < len(toks) and (
            _num_at(toks, e + 1) is not None or toks[e + 1].low == "hoog"))):
        e -= 1
    if e > last and not (e - last >= 2 and toks[j].low == "nul"):
        last = e
    # "drie honderd een": the hundreds said apart
    if num.word and num.value < 10 and last + 1 < len(toks) and toks[last + 1].low == "honderd":
        last += 1
    # "vijfhonderd vierenveertig", "honderd twaalf"
    if num.word and "honderd" in toks[last].low and num.value % 100 == 0 and last + 1 < len(toks):
        nxt = _num_at(toks, last + 1)
        if nxt is not None and nxt.value < 100:
            last = nxt.last
    if last + 1 < len(toks) and toks[last + 1].low in _NOT_HOUSE:
        return None
    # "12-2", "263-267": a floor or a range
    if last + 2 < len(toks) and toks[last + 1].low == "-" and toks[last + 2].low.isdigit() \
            and len(toks[last + 2].low) <= 4:
        last += 2
    # a letter after the number: "drieënvijftig b", "12 a"
    if last + 1 < len(toks) and len(toks[last + 1].low) == 1 and toks[last + 1].low in "abcdefgh" \
            and not (last + 2 < len(toks) and toks[last + 2].low == "tot"):
        last += 1
        if toks[last].low == "h" and last + 1 < len(toks) and toks[last + 1].low == "s":
            last += 1  # round 10: "drie h s" (huis: the ground floor)
    elif last + 1 < len(toks) and toks[last + 1].low in _HOUSE_LETTER_NAMES \
            and (last + 2 >= len(toks) or not toks[last + 2].low.isalpha() or toks[last + 2].low in _PC_CLOSERS):
        last += 1  # the letter by its name: "twaalf bee", "zeven dee (zei u)"
    if last + 1 < len(toks) and toks[last + 1].low in _HOUSE_ADDITIONS:
        last += 1
        if toks[last].low == "bis" and last + 1 < len(toks) and _house_letter(toks[last + 1]):
            last += 1  # "vijf bis b"
    # "(huisnummer) toevoeging a", "toevoeging bee", "toevoeging twee"
    t = last + 1
    if t < len(toks) and toks[t].low in HOUSE_NUMBER_CUES and t + 1 < len(toks) and toks[t + 1].low == "toevoeging":
        t += 1
    if t < len(toks) and toks[t].low == "toevoeging":
        u = t + 1
        while u < len(toks) and toks[u].low in ("is", "eh", "uh", ",", ":") and u - t <= 2:
            u += 1
        if u < len(toks) and (_house_letter(toks[u]) or toks[u].low in _HOUSE_ADDITIONS
                              or (_num_at(toks, u) is not None and _num_at(toks, u).value < 1000)):
            last = _num_at(toks, u).last if _num_at(toks, u) is not None else u
    # the floor or gallery: "achthonderdnegen vierde galerij", "vierhonderdzevenenzestig zevende etage"
    g = last + 1
    if g + 1 < len(toks) and (ordinal_value(toks[g].low) or 0) in range(1, 31) and toks[g + 1].low in _FLOOR_NOUNS:
        last = g + 1
    # the floor: "twaalf drie hoog achter", "zeven driehoog"
    f = last + 1
    if f + 1 < len(toks) and toks[f].low in UNITS and toks[f + 1].low == "hoog":
        f += 2
    elif f < len(toks) and toks[f].low.endswith("hoog") and toks[f].low[:-4] in UNITS:
        f += 1
    if f > last + 1:
        last = f - 1
        if last + 1 < len(toks) and toks[last + 1].low in ("achter", "voor", "links", "rechts"):
            last += 1
    return last


# what follows a house number: "tweehonderdvier zwart", "vijftien rood" (old city numbering), "bis", "boven",
# "achter" (the house behind)
_HOUSE_ADDITIONS = frozenset("bis hs huis zw rd zwart rood boven beneden bovenhuis benedenhuis achter achterhuis "
                             "voorhuis".split())
_HOUSE_LETTER_NAMES = frozenset("bee cee dee ee ef gee haa".split())
_FLOOR_NOUNS = FLOOR_WORDS | {"galerij"}


def _house_letter(tok: Tok) -> bool:
    """A house number's letter: "a", "b", or its name ("bee", "dee", "ee")."""
    low = tok.low
    return (len(low) == 1 and low.isalpha() and low.isascii()) or (
        low in LETTER_NAMES and len(low) >= 2 and low not in _PC_NOT_LETTERS and low not in ("en", "je", "we", "te", "de"))
_STREET_TITLES = frozenset(
    "burgemeester dokter dr professor prof president koning koningin prins prinses graaf gravin generaal "
    "pastoor pater admiraal kapitein sint st minister jonkheer mr meester ds dominee dijkgraaf schout kardinaal "
    "bisschop abt vrouwe jonkvrouw hertog hertogin baron ridder "
    "mgr monseigneur ir ing burg gen wethouder notaris kolonel majoor luitenant kanunnik deken".split())
_STREET_ADJECTIVES = frozenset(
    "nieuwe oude lange korte grote kleine hoge lage brede smalle nieuw oud groot klein hoog laag "
    "noord zuid oost west noorder zuider ooster wester binnen buiten verlengde oranje "
    # round 8: more words that begin a street's name ("Halve Maanstraat", "Kromme Nieuwegracht", "Witte de Withstraat")
    "halve kromme krom dwarse scheve heilige witte zwarte rode blauwe groene gouden stille vrije droge diepe "
    "hooge lieve".split())
_STREET_ORDINALS = frozenset("eerste tweede derde vierde vijfde 1e 2e 3e 4e 5e 1ste 2de 3de".split())


def _street_prefix(toks: list[Tok], i: int) -> int:
    """The start of a street name before its last word: "Van Goghstraat", "Burgemeester de Withstraat",
    "P C Hooftstraat" (initials), "Zeven Provinciënlaan" (a number word said right before it)."""
    j = i
    while j > 0 and i - j < 4:
        w = toks[j - 1].low
        if len(w) == 1 and w.isalpha() and w.isascii() and w not in ("u",) and (
                j - 1 == 0 or len(toks[j - 2].low) == 1 or (j < i and len(toks[j].low) == 1)  # "brief p c hooftstraat"
                or toks[j - 2].low in _STREET_PREP | _STREET_ARTICLE
                | HOUSE_NUMBER_CUES | {"dus", "ja", "adres", "is", ",", "eh", "uh"}):
            j -= 1  # "P C Hooftstraat", "J P Coenstraat": initials
        elif j == i and w != "een" and word_value(w) is not None and w.isalpha() and (
                j - 1 == 0 or toks[j - 2].low in _STREET_PREP | _STREET_ARTICLE | {"dus", "ja", "adres", "is", ","}):
            j -= 1  # "zeven provinciënlaan twee nul vier"
            break
        elif w in _ANY_FIRST_NAMES and j < i and w not in STOP_WORDS and toks[j].low in ("van", "de", "der", "ter") \
                and (j - 1 == 0 or toks[j - 2].low in _STREET_PREP | _STREET_ARTICLE | {"dus", "ja", "adres", "is", ","}):
            j -= 1  # round 10: "Jacob van Lennepkade", "Willem de Zwijgerlaan"
            break
        elif w in _ANY_FIRST_NAMES and j < i and w not in STOP_WORDS and _unknown_word(toks[j].low) \
                and (j - 1 == 0 or toks[j - 2].low in _STREET_PREP | _STREET_ARTICLE | {"dus", "ja", "adres", "is", ","}):
            j -= 1  # round 10: "Jan Pieterszoon Coenstraat"
            break
        elif w in ("da", "la", "le", "du", "di") and j == i and j > 1 and toks[j - 2].low in _STREET_ARTICLE | _STREET_PREP:
            j -= 1  # round 10: "de Da Costakade", "de La Reystraat"
        elif w in ("van", "der", "den", "ter", "ten", "'t") or w in _STREET_TITLES or w in _STREET_ORDINALS \
                or (w.isalpha() and (ordinal_value(w) or 99) <= 12) \
                or w in _STREET_ADJECTIVES or (w in FIRST_NAMES and j == i):  # "Jan Steenstraat", "Zesde Wijk"
            j -= 1
        elif j == i and w.isalpha() and len(w) >= 3 and w not in STOP_WORDS and word_value(w) is None \
                and w not in MONTHS and w not in HOUSE_NUMBER_CUES and not _is_street_word(w) and (
                    w in FIRST_NAMES_MORE or w in FIRST_NAMES_AMBIGUOUS or w not in ORDINARY_WORDS
                    or (len(w) >= 6 and w.endswith(("se", "sche")))):
            j -= 1  # "Frans Halsstraat", "Aletta Jacobsstraat", "Katendrechtse Lagedijk", "Pijnacker Hordijkstraat"
        elif w == "de" and j > 1 and (toks[j - 2].low in _STREET_TITLES or toks[j - 2].low == "van"
                                      or toks[j - 2].low in ("witte", "halve")):  # "Witte de Withstraat"
            j -= 1
        elif w == "de" and j > 1 and toks[j - 2].low in FIRST_NAMES and j == i:  # "Johan de Wittlaan"
            j -= 2
            break
        else:
            break
    return j


_COMPASS = frozenset({"noord", "zuid", "oost", "west"})
_SPLIT_SUFFIXES = frozenset({"straat", "laan", "plein", "gracht", "kade", "singel", "dijk", "dreef", "steeg",
                             "straatweg", "erf"})  # not "weg" ("hij liep weg twee keer")
_SPLIT_PARTICLES = frozenset({"van", "der", "den", "de", "ter", "ten", "'t"})
# suffixes that are also ordinary words ("hij liep weg", "het pad"): said apart, a street only after an
# article or preposition and before a house number ("van polder weg vierhonderdvijftien", "aan de gagel pad dertien")
_SAID_BETWEEN = frozenset({"zei", "je", "u", "toch", "ja", "eh", "uh", "ehm", ",", "klopt", "zegt", "de", "het"})
_SPLIT_SUFFIXES_WEAK = frozenset({"weg", "pad", "hof", "allee", "park", "veld", "baan", "haven", "markt", "wal"})
_SPLIT_WEAK_BEFORE = frozenset({"de", "het", "'t", "van", "aan", "op", "naar", "in", "den", "bij", "uit", "langs"})
_SPLIT_BEFORE = frozenset({"op", "in", "aan", "bij", "naar", "de", "het", "is", "was", "woont", "woon", "wonen", "adres",
                           "dus", "nee", "ja", ",", ".", ":", "uit", "via", "langs", "over", "eh", "uh", "ehm"})


def _split_street_start(toks: list[Tok], i: int) -> int | None:
    """The first word of a street name said before its suffix as a word of its own ("Anne Frank straat"), or None.

    One to four words: names or words that are no stop words, with "van der" inside; a leading
    "de" only after "van" ("Van de Velde straat"). At least one of them not a particle.
    """
    j = i
    while j > 0 and i - j < 4:
        w = toks[j - 1].low
        if w in _SPLIT_PARTICLES:
            if w == "de" and not (j > 1 and toks[j - 2].low == "van") and not (
                    j > 1 and toks[j - 2].low not in _SPLIT_BEFORE and toks[j - 2].low not in STOP_WORDS
                    and toks[j - 2].low.isalpha()):
                break  # "op de | Bosrand straat": an article
            j -= 1
        elif w.isalpha() and w not in STOP_WORDS and w not in _SPLIT_BEFORE and word_value(w) is None \
                and (w not in MONTHS or w in FIRST_NAMES) and not _is_street_word(w):
            j -= 1
        else:
            break
    while j < i and toks[j].low in _SPLIT_PARTICLES and toks[j].low != "van":
        j += 1
    if j >= i or all(toks[x].low in _SPLIT_PARTICLES for x in range(j, i)):
        return None
    return j


# words that end a sentence part before "weg" ("ik ga weg", "ze is weg"): no street name
ORDINARY_VERBS_HINT = frozenset("ga gaat gaan ging gingen liep liepen loop loopt rende rent reed rijdt is was ben "
                                "bent zijn waren moet moest wil wilde kan kon mag mocht stuur stuurde kijk keek "
                                "helemaal al even snel gauw meteen direct nooit".split())


_LANDSCAPE_HEADS = frozenset("akker hof veld kamp brink es hoek horst weide berg bos meer molen poort vaart "
                             "wetering zand kant heuvel donk burg hei heide laar eng gaarde tuin wei gaard".split())
_ADDRESS_AFTER = frozenset("in te , . ? ! ja klopt toch he hè zei zegt is dat eh uh of nee bij aan".split())


def _is_name_word_street(low: str) -> bool:
    return low.isalpha() and len(low) >= 3 and low not in STOP_WORDS and word_value(low) is None


_STREET_GATE = re.compile(_trie_alt(STREET_SUFFIXES + ("ring", "woon", "wonen", "adres", "huisnummer", "hoge", "lage", "oude",
                                                      "nieuwe", "lange", "korte", "grote", "kleine", "brede")),
                          re.IGNORECASE)


def redact_streets(text: str) -> str:
    if not _STREET_GATE.search(text):
        return text
    toks = tokens(text)
    spans: list[tuple[int, int, str]] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        start = end = None
        # "Laan van Meerdervoort 52", "weg van de vrijheid zeven"
        if t.low in _STREET_HEADS and i + 1 < n and toks[i + 1].low in _STREET_LINKS:
            k = i + 1
            while k < n and k - i <= 6:
                hn = _house_number(toks, k)
                if hn is not None and k > i + 2:
                    # round 12: a number inside the name goes on to the house number ("Laan van de Honderd
                    # Bomen tweeëntachtig", "Weg van de Drie Eiken vijf")
                    if hn + 2 < n and _is_name_word_street(toks[hn + 1].low) and toks[hn + 1].low not in _ADDRESS_AFTER \
                            and toks[hn + 1].low not in _HOUSE_ADDITIONS and (later := _house_number(toks, hn + 2)) is not None:
                        hn = later
                    start, end = i, hn
                    break
                k += 1
        elif t.low in _SPLIT_SUFFIXES and i > 0 and (hn := _house_number(toks, i + 1)) is not None \
                and (b := _split_street_start(toks, i)) is not None:
            start, end = b, hn  # "de Jan van Galen straat honderdzevenentwintig": the suffix said apart
        elif t.low in _SPLIT_SUFFIXES_WEAK and i > 0 and (hn := _house_number(toks, i + 1)) is not None \
                and _num_at(toks, i + 1) is not None and toks[i + 1].low != "een" \
                and (b := _split_street_start(toks, i)) is not None \
                and (b == 0 or toks[b - 1].low in _SPLIT_WEAK_BEFORE) and toks[b].low not in ORDINARY_VERBS_HINT:
            start, end = b, hn  # "de esdoorn allee achtentwintig", "de heer bokel weg zeventien"
        elif t.low in _STREET_ADJECTIVES and i + 2 < n and toks[i + 1].low in _LANDSCAPE_HEADS \
                and _num_at(toks, i + 2) is not None and toks[i + 2].low != "een" \
                and (hn := _house_number(toks, i + 2)) is not None \
                and (hn + 1 >= n or toks[hn + 1].low in _ADDRESS_AFTER):
            start, end = i, hn  # "hoge akker zeven in het dorp": a street named after the land, and its number
        elif t.low == "boulevard" and i + 2 < n and toks[i + 1].low in ("de", "het") \
                and (hn := _house_number(toks, i + 3)) is not None and _is_name_word_street(toks[i + 2].low):
            start, end = i, hn  # "boulevard de Wielingen zesenzeventig"
        elif _is_street(t):
            hn = _house_number(toks, i + 1)
            if hn is not None:
                start, end = _street_prefix(toks, i), hn
            elif i > 0:
                # "honderdtwaalf Beatrixlaan", "nummer zeventien in de Beukenlaan"
                j = i - 1
                if toks[j].low in ("de", "het") and j > 0:
                    j -= 1
                if toks[j].low in ("in", "aan", "op", "van") and j > 0:
                    j -= 1
                    while j > 0 and toks[j].low in _SAID_BETWEEN and i - j < 8:  # "nummer achtenveertig zei je, op de ..."
                        j -= 1
                    lettered = j > 0 and len(toks[j].low) == 1 and toks[j].low in "abcdefgh" \
                        and _num_at(toks, j - 1) is not None
                    b = j - 1 if lettered else j
                    top = b
                    while b > 0 and _num_at(toks, b) is not None and b > top - 3:
                        b -= 1
                    if toks[b].low in HOUSE_NUMBER_CUES and b < top and not (b > 0 and toks[b - 1].low in _NUMBERED_THINGS):
                        start, end = b, i  # (round 13: "lijn nummer zes op de Stationsweg" is a bus line)
                    elif b < top or _num_at(toks, b) is not None:
                        # "zes aan de Schepenenweg" (the number said first, at the start), "vijf a op het Kerkplein"
                        first = b if _num_at(toks, b) is not None else b + 1
                        if (first == 0 or lettered) and toks[first].low != "een" and not t.low in _BARE_STREETS:
                            start, end = first, i
                elif not t.low in _BARE_STREETS and (j == i - 1 or toks[i - 1].low in ("de", "het")):
                    j = i - 1
                    while j > 0 and toks[j].low in ("de", "het", "eh", "uh", "ehm", ","):
                        j -= 1
                    i0 = j + 1  # "achtenzestig, eh, de Merelstraat"
                    num = None
                    b = j
                    while b >= 0 and _num_at(toks, b) is not None and i0 - b <= 3:
                        num = b
                        b -= 1
                    if num is not None and toks[num].low in TENS and b >= 1 and toks[b].low == "en" \
                            and toks[b - 1].low in UNITS and toks[b - 1].low != "nul":
                        num, b = b - 1, b - 2  # "twee en dertig beukenstraat"
                    if num is not None and toks[num].low != "een":
                        if b >= 0 and toks[b].low in HOUSE_NUMBER_CUES:
                            num = b
                        start, end = num, i
        if start is None and t.low in LIVE_CUES:
            start, end = _lived_at(toks, i)
        if start is None and t.low in ("straat", "straatnaam") and i + 1 < n and toks[i + 1].low in ("is", "heet", ":"):
            # "en de straat is de Bosrand", "de straatnaam is Hoge Akker": the name after the cue
            k = i + 2
            while k < n and toks[k].low in ("de", "het", "'t", "eh", "uh") and k - i < 5:
                k += 1
            e = k
            while e < n and e - k < 3 and _is_name_word_street(toks[e].low) and toks[e].low not in ("welke", "niet"):
                e += 1
            # "de straat is donker": a word said of the street, not its name (an article or "straatnaam" first)
            named = t.low == "straatnaam" or any(toks[x].low not in ORDINARY_WORDS for x in range(k, e)) \
                or (e > k and _house_number(toks, e) is not None and _num_at(toks, e) is not None)
            if e > k and named:
                start, end = k, e - 1
                hn = _house_number(toks, e)
                if hn is not None and toks[e].low != "een":
                    end = hn
        if start is None and t.low == "huisnummer":  # "en huisnummer zeventien": the number, not the cue
            k = i + 1
            while k < n and toks[k].low in ("is", "was", "eh", "uh", ":"):
                k += 1
            hn = _house_number(toks, k)
            if hn is not None:
                start, end = k, hn
        if start is not None:
            spans.append((toks[start].start, toks[end].end, "[adres]"))
            i = end + 1
        else:
            i += 1
    return _replace(text, spans)


_LIVE_SKIP = frozenset({"in", "op", "aan", "de", "het", "'t", "bij", "nu", "is", "was", ":", ",", "nog", "al"})
_LIVE_SUBJECTS = frozenset("u je jij hij zij ze jullie we wij ik".split())
# round 35: a room, ward or bed in a home or hospital where one lives ("ze woont in kamer twaalf van het verpleeghuis")
LIVING_ROOMS = frozenset("kamer kamertje zaal bed afdeling unit cel etage verdieping vleugel gang box lokaal".split())


def _lived_at(toks: list[Tok], c: int) -> tuple[int | None, int | None]:
    """A street with no street suffix after "ik woon ...": "ik woon aan het Spui 21", "op de Dam 1"; round 17:
    with the one who lives there after the verb ("woont u op de Lange Ham 12", "woont ze aan het Veld 3")."""
    i = c + 1
    if i < len(toks) and toks[i].low in _LIVE_SUBJECTS and toks[c].low != "adres":
        i += 1
    while i < len(toks) and toks[i].low in _LIVE_SKIP and i - c <= 4:
        i += 1
    start = i
    while i < len(toks) and i - start < 3 and toks[i].low.isalpha() and len(toks[i].low) >= 2 \
            and toks[i].low not in STOP_WORDS and word_value(toks[i].low) is None and toks[i].low not in HOUSE_NUMBER_CUES:
        i += 1
    if i == start or any(toks[x].low in LIVING_ROOMS for x in range(start, i)):  # round 35: "in kamer twaalf"
        return None, None
    hn = _house_number(toks, i)
    if hn is None or (toks[i].low == "een"):
        return None, None
    return start, hn


# ---------------------------------------------------------------------------
# Dates tied to "geboren"
# ---------------------------------------------------------------------------
_BIRTH_CUES = frozenset({"geboren", "geboortedatum", "geb", "geboortedag", "geboortejaar"})
_DATE_SKIP = frozenset({"op", "in", "de", "den", "het", "ik", "ben", "is", "was", "van", ":", ",", ".",
                        "eh", "uh", "ergens", "rond", "zo", "je", "uw", "zijn", "haar", "mijn", "zoon", "dochter",
                        "moeder", "vader", "man", "vrouw", "broer", "zus", "kind", "jaar"})  # "geboortedatum van je zoon"
# "de vijfde van de zesde", "... en het jaar was negentien", "in negentig op elf oktober"
_DATE_JOIN = frozenset({"-", "/", ".", "eh", "uh", "en", ",", "nee", "sorry", "of", "van", "de", "het", "jaar", "was",
                        "op"})


# days by their name, said for a date of birth ("geboren op eerste kerstdag vijfenzeventig")
_DAY_NAMES = frozenset("kerstdag kerstavond kerstmis nieuwjaarsdag nieuwjaar oudejaarsdag oudjaarsdag oudejaarsavond "
                       "oudjaar valentijnsdag koningsdag koninginnedag bevrijdingsdag sinterklaas pakjesavond pasen "
                       "paasdag paaszondag paasmaandag pinksteren pinksterdag hemelvaartsdag hemelvaart "
                       "moederdag vaderdag".split())
_BORN_VAN_WHO = frozenset("hij zij ze die zus broer zoon dochter moeder vader man vrouw kind vriend vriendin partner "
                          "ex baby oma opa".split())


def redact_birth_dates(text: str) -> str:
    low_text = text.lower()
    if "geb" not in low_text and "jarig" not in low_text and " van " not in low_text and "verjaardag" not in low_text:
        return text
    toks = tokens(text)
    spans: list[tuple[int, int, str]] = []
    for c, tok in enumerate(toks):
        # "geboren ...", "jarig op vijf juni", "ik ben van 12-05-1980" (born in)
        # "ik ben van 12-05-1980", "hij is van ...": a person before "is" ("de brief is van drie januari" is no one)
        born_van = tok.low == "van" and c > 0 and (toks[c - 1].low in ("ben", "bent") or (
            toks[c - 1].low == "is" and (toks[c - 2].low in _BORN_VAN_WHO if c > 1 else toks[0].start > 0)))
        # (c == 1 with a space before it: the piece of text after a placeholder, "[naam] is van ...")
        if tok.low not in _BIRTH_CUES and tok.low not in ("jarig", "verjaardag") and not born_van:
            continue
        i = c + 1
        skipped = 0
        while i < len(toks) and toks[i].low in _DATE_SKIP and skipped < 4:
            i += 1
            skipped += 1
        start = i
        last = None
        digits = 0
        month = False
        parts = 0
        j = i
        while j < len(toks):
            low = toks[j].low
            if low in MONTHS or (low in _DAY_NAMES and tok.low in _BIRTH_CUES):
                month, last, parts = True, j, parts + 1
            elif low.isascii() and low.isdigit() and len(low) <= 4:
                digits += len(low)
                last, parts = j, parts + 1
            elif low in ("een", "één") and month and not toks[last].low.endswith(("duizend", "honderd")) \
                    and j + 1 < len(toks) and toks[j + 1].low.isalpha() \
                    and word_value(toks[j + 1].low) is None and not glued_year(toks[j + 1].low) \
                    and toks[j + 1].low not in _DATE_JOIN:
                break  # round 27: "geboren op drie maart (negentienzeventig) op een zondag": an article, no year
            elif word_value(low) is not None:
                digits += len(str(word_value(low)))
                last, parts = j, parts + 1
            elif ordinal_value(low) is not None:
                digits += 2
                last, parts = j, parts + 1
            elif glued_year(low):  # "negentienzeven"
                digits += 4
                last, parts = j, parts + 1
            elif low in _DATE_JOIN and last is not None:
                pass
            elif low == "de" and last is None:
                pass
            else:
                break
            j += 1
        if last is None:
            continue
        if tok.low in ("jarig", "verjaardag") or born_van:  # weaker cues: a month, or a full year
            found = month or digits >= 4
        else:  # "geboren in negentig": a year said in two digits
            found = month or digits >= 4 or parts >= 3 or (parts == 1 and digits == 2 and start > c + 1
                                                              and toks[start - 1].low == "in")
        if found:
            spans.append((toks[start].start, toks[last].end, "[datum]"))
    # the cue after the date: "twintig elf negenentachtig, dat is uw geboortedatum", "... geboren"
    for c, tok in enumerate(toks):
        if tok.low not in ("geboren", "geboortedatum", "geboortedag"):
            continue
        j = c - 1
        while j >= 0 and c - j <= 5 and toks[j].low in _CUE_AFTER_SKIP:
            j -= 1
        last = j
        parts = digits = 0
        month = False
        while j >= 0:
            low = toks[j].low
            if low in MONTHS or (low in _DAY_NAMES and toks[c].low == "geboren"):  # round 15: "eerste kerstdag ..."
                month, parts = True, parts + 1
            elif (low.isascii() and low.isdigit() and len(low) <= 4) or word_value(low) is not None:
                digits += len(low) if low.isdigit() else len(str(word_value(low)))
                parts += 1
            elif ordinal_value(low) is not None:
                digits, parts = digits + 2, parts + 1
            elif low not in _DATE_JOIN:
                break
            j -= 1
        start = j + 1
        while start < last and toks[start].low in _DATE_JOIN:
            start += 1
        if last >= 0 and parts and (month or parts >= 3 or digits >= 4):
            spans.append((toks[start].start, toks[last].end, "[datum]"))
    return _replace(text, spans)


_DATE_GAP = frozenset({"eh", "uh", "ehm", "uhm", "hm", "euh", "-", "/", "."})


def _year_at(toks: list[Tok], i: int) -> int | None:
    """Last index of a year at i: "1985", "negentien vijfentachtig", "tweeduizend twaalf",
    "tweeduizendtwaalf", or two digits said as one compound or tens word ("vierentachtig")."""
    low = toks[i].low
    v = word_value(low) if low.isalpha() else None
    if v is None:
        return None
    if low == "tweeduizend" and i + 2 < len(toks) and toks[i + 1].low == "en":  # "tweeduizend en twee"
        nxt = word_value(toks[i + 2].low)
        if nxt is not None and nxt < 30:
            return i + 2
    if low in ("negentien", "tweeduizend") and i + 1 < len(toks):
        k = i + 1
        while k < len(toks) - 1 and toks[k].low in ("eh", "uh", "ehm", "uhm") and k - i <= 2:
            k += 1  # "negentien eh achtenvijftig"
        nxt = word_value(toks[k].low)
        if nxt is not None and nxt < 100 and (low == "negentien" or nxt < 30):
            if toks[k].low in UNITS and k + 2 < len(toks) and toks[k + 1].low == "en" and toks[k + 2].low in TENS:
                return k + 2  # "negentien acht en tachtig"
            return k
    if 1900 <= v <= 2029:
        return i
    if 20 <= v <= 99 and (low in TENS or "en" in low[1:]):  # "vierentachtig", "zestig"
        return i
    if low in UNITS and v > 0 and i + 2 < len(toks) and toks[i + 1].low == "en" and toks[i + 2].low in TENS:
        return i + 2  # "acht en tachtig": the compound said apart
    return None


_AFTER_POSTCODE = re.compile(
    r"\[postcode\]((?:[ ,]+(?:en|dan|u|je|woont|op|het|is|dat|ja|eh|uh))*[ ,]+)(nummer|nr)\b"
    # the number corrected or said on after the street: "[adres] of was het zestien", "[adres] nee drie"
    r"|\[adres\]((?:[ ,]+(?:of|was|het|nee|sorry|nummer|huisnummer|eh|uh))*)(?=[ ,])", re.I)


_NUMBER_GOES_ON = re.compile(
    r"\[(telefoonnummer|bsn|iban)\]((?:[ ,]+(?:nou|en|dan|eh|uh|ehm|achter|elkaar|daarna|verder|wacht|nog))*[ ,]+)"
    r"(?=\w)", re.I)


def redact_number_goes_on(text: str) -> str:
    """Number words said on after a redacted number in the same line ("[telefoonnummer] nou vijfentachtig
    twaalf", "[telefoonnummer] achter elkaar en dan vijf vier drie"): two or more, to the end of what is said
    or a closer ("ja", "klopt"), and no unit after them ("twee keer", "drie uur")."""
    if "[telefoonnummer]" not in text and "[bsn]" not in text and "[iban]" not in text:
        return text
    out, pos = [], 0
    for m in _NUMBER_GOES_ON.finditer(text):
        rest = text[m.end():]
        toks = tokens(rest)
        k, last, count = 0, None, 0
        while k < len(toks) and (word_value(toks[k].low) is not None or toks[k].low in FILLERS
                                 or toks[k].low in _DOUBLE or (toks[k].low.isascii() and toks[k].low.isdigit())):
            if toks[k].low not in FILLERS and toks[k].low not in _DOUBLE:
                last, count = k, count + 1
            k += 1
        if last is None or (count < 2 and k < len(toks) and toks[k].low not in _TAIL_SKIP
                            and toks[k].low not in ("klopt", "?", ".", "!")):
            continue  # one digit said on only before a closer: "[telefoonnummer] een oke"
        if k < len(toks) and toks[k].low not in _TAIL_SKIP and toks[k].low not in ("klopt", "?", ".", ",", "!", "dat", "is",
                                                                                     "nog", "erachter", "erbij") \
                and not (count >= 2 and toks[k].low in ("nee", "sorry", "wacht", "pardon")):
            continue  # "[telefoonnummer] en dan twee keer ..." (a correction after it: "[iban] nul vier vier nee wacht")
        out.append(text[pos:m.end()] + "[" + m.group(1).lower() + "]")
        pos = m.end() + toks[last].end
    out.append(text[pos:])
    return "".join(out)


_LETTER_WORD = r"(?:[a-z]|" + "|".join(sorted((k for k in LETTER_NAMES if len(k) > 1 and k not in ("en", "je", "we",
                                                                                                 "te", "de")),
                                                  key=len, reverse=True)) + r")"
_ONE_LETTER = (r"(?:een|dubbel|twee|de)[ ,]+" + _LETTER_WORD + r"(?:[ ,]+(?:umlaut|trema|accent|aigu|grave|puntjes|"
               r"apostrof|hoofdletter|erin|erachter|ervoor|aan het eind|aan het begin|in het midden))?")
_LETTERS = _LETTER_WORD + r"(?:[ ,]+" + _LETTER_WORD + r"){1,5}"
# "Bouziane met een z", "[naam] Turk met een o umlaut", "[naam] met s n o": how a name is spelled
_SPELLED_WITH = re.compile(r"(?<![\w\[])(?P<word>[^\W\d_]{3,})[ ,]+met[ ,]+(?:(?P<one>" + _ONE_LETTER
                           + r")|(?P<many>" + _LETTERS + r"))(?![\w])", re.I)
_NAME_SPELLED_WITH = re.compile(r"\[naam\][ ,]+met[ ,]+(?P<many>" + _LETTERS + r")(?![\w])", re.I)
_SPELL_MARKS = re.compile(r"umlaut|trema|accent|aigu|grave|puntjes|apostrof", re.I)


def redact_spelled_name(text: str) -> str:
    """A name said with how it is spelled: "dus Bouziane met een z", "[naam] Turk met een o umlaut",
    "[naam] met s n o". The word before "met" goes when it is no ordinary word, follows a redacted
    name, or has a letter's accent described; letters said after "met" go with it, or after a name."""
    if "met" not in text.lower():
        return text
    spans: list[tuple[int, int, str]] = []
    for m in _SPELLED_WITH.finditer(text):
        word = m.group("word")
        after_name = text[:m.start()].rstrip(" ,").endswith("[naam]")
        low = fold(word)
        if low in STOP_WORDS or word_value(low) is not None or low in MONTHS or low == "naam":
            continue
        if low in ORDINARY_WORDS and not after_name and not (
                m.group("one") and _SPELL_MARKS.search(m.group("one")) and low in _NOT_NAMES):
            continue
        # round 13: a street checked by its spelling is an address ("de Reeweg met twee e's")
        label = "[adres]" if _is_street_word(low) and low not in _GENERIC_STREETS and not after_name else "[naam]"
        spans.append((m.start(), m.end() if m.group("many") else m.start() + len(word), label))
    for m in _NAME_SPELLED_WITH.finditer(text):
        spans.append((m.start("many"), m.end(), "[naam]"))

    spans.sort()
    kept = [sp for k, sp in enumerate(spans) if not k or sp[0] >= spans[k - 1][1]]
    return _replace(text, kept) if kept else text


_PC_BARE_HOUSE = re.compile(r"\[postcode\]((?:[ ,]+(?:en|eh|uh|ehm|dan))*[ ,]+)(?=\w)", re.I)
_PC_CORRECTED = re.compile(
    r"\[postcode\]((?:[ ,]+(?:eh|uh|ehm|nee|sorry|pardon|ik|bedoel|wacht|of|was|het|toch|maar))*[ ,]+)(?=\w)", re.I)


# a street right after a redacted house number or postcode: "[adres] op het kerkplein", "[postcode] aan de Dorpsstraat"
_STREET_AFTER = re.compile(r"(\[(?:postcode|adres|nummer|iban)\][ ,]+(?:(?:eh|uh|ehm|ja|,)[ ,]+)*(?:op|aan|in)[ ,]+"
                           r"(?:(?:de|het|'t)[ ,]+)?)([^\W\d_]+)", re.I)
_ADDITION_AFTER = re.compile(r"(\[(?:postcode|adres)\])(?:[ ,]+(?:eh|uh|ehm))*[ ,]+(?:zwart|rood|bis|boven|beneden)(?!\w)",
                             re.I)


def _postcode_said_on(text: str) -> str:
    """Right after a redacted postcode: the house number said bare ("[postcode] achtenzestig",
    "[postcode] en eenendertig", "[postcode] honderd vierenzestig"; not "[postcode] twee keer"), or
    its letters corrected ("[postcode] eh nee c b")."""
    out, pos = [], 0
    for m in _PC_BARE_HOUSE.finditer(text):
        if m.start() < pos:
            continue
        rest = text[m.end():]
        toks = tokens(rest)
        if not toks or _num_at(toks, 0) is None:
            continue
        hn = _house_number(toks, 0)
        if hn is None or (toks[0].low == "een" and hn == 0):
            continue
        out.append(text[pos:m.end()] + "[adres]")
        pos = m.end() + toks[hn].end
    out.append(text[pos:])
    text = "".join(out)
    out, pos = [], 0
    for m in _PC_CORRECTED.finditer(text):
        if m.start() < pos or not re.search(r"nee|sorry|pardon|bedoel|of", m.group(1), re.I):
            continue
        rest = text[m.end():]
        toks = tokens(rest)
        if len(toks) < 2 or _letter(toks[0]) is None or _letter(toks[1]) is None \
                or (len(toks) > 2 and _letter(toks[2]) is not None and toks[2].low not in _PC_CLOSERS):
            continue
        out.append(text[pos:m.end()] + "[postcode]")
        pos = m.end() + toks[1].end
    out.append(text[pos:])
    return _postcode_again("".join(out))


def _postcode_again(text: str) -> str:
    """After a redacted postcode, a postcode said again or as another guess: its four digits or its last two
    and two letters ("[postcode] dus tweeëntachtig ee ha", "is het [postcode] of 3083 bv"), letters the
    written rules leave alone as ordinary words ("bv", "ha") included."""
    at = text.find("[postcode]")
    if at < 0:
        return text
    head, rest = text[:at + 10], text[at + 10:]
    toks = tokens(rest)
    spans: list[tuple[int, int, str]] = []
    for run in runs(toks):
        d = run.digits
        if len(d) not in (2, 4) or d[0] == "0" or (len(run.nums) > 2 and _counting(run)):
            continue
        if run.first > 0 and toks[run.first - 1].low in ("om", "rond", "tegen", "over"):
            continue
        end = _postcode_letters(toks, run.last + 1, True)
        if end is None and run.last + 3 < len(toks) and toks[run.last + 1].raw == "[" \
                and toks[run.last + 2].low == "naam" and toks[run.last + 3].raw == "]":
            end = run.last + 4  # the letters taken for a name already: "[postcode] of zesentwintig [naam]"
        elif end is None or toks[end - 1].low in _PC_NOT_LETTERS or toks[end - 1].low in _NOT_HOUSE:
            continue
        if not all(t.low in _PC_CLOSERS or t.low in _DICTATION_CLOSE for t in toks[end:end + 3]):
            continue
        spans.append((toks[run.first].start, toks[end - 1].end, "[postcode]"))
    # its letters said after it: "[postcode] dan vee bee ja", "[postcode] en de letters zijn ka el"
    k = 0
    while k < len(toks) and toks[k].low in _LETTERS_LEAD and k < 5:
        k += 1
    if k < len(toks) and (end := _strong_pair(toks, k)) is not None \
            and all(t.low in _PC_CLOSERS or t.low in _DICTATION_CLOSE for t in toks[end:end + 3]) \
            and not any(sp[0] <= toks[k].start < sp[1] for sp in spans):
        spans.append((toks[k].start, toks[end - 1].end, "[postcode]"))
        spans.sort()
    return head + _replace(rest, spans) if spans else text


_LETTERS_LEAD = frozenset({"dan", "en", "eh", "uh", "ehm", ",", "de", "letters", "zijn", "waren", "nee", "sorry", "ja"})


_DICTATION_CLOSE = frozenset({"bedoelt", "bedoel", "zegt", "zei", "dus", "nee", "sorry", "toch", "of"})


def redact_house_after_postcode(text: str) -> str:
    """A house number after a redacted postcode ("[postcode] en u woont op nummer elf") or right after a
    redacted street, corrected or said on ("[adres] of was het zestien", "[adres] nee drieëntwintig")."""
    if "[postcode]" not in text and "[adres]" not in text:
        return text
    if "[postcode]" in text:
        text = _postcode_said_on(text)
    text = _ADDITION_AFTER.sub(lambda m: m.group(1), text)  # "[postcode] rood": the house number's addition
    text = _STREET_AFTER.sub(lambda m: m.group(1) + "[adres]" if _is_street_word(fold(m.group(2))) else m.group(0), text)
    for _ in range(3):  # the number said again after its correction: "[adres] of [adres] tweeëntwintig zei u"
        out, pos = [], 0
        for m in _AFTER_POSTCODE.finditer(text):
            if m.start() < pos:
                continue
            rest = text[m.end():]
            toks = tokens(rest)
            hn = _house_number(toks, 0) if toks else None
            if hn is None:
                continue
            out.append(text[pos:m.end()] + rest[:toks[0].start] + "[adres]")
            pos = m.end() + toks[hn].end
        if not out:
            break
        out.append(text[pos:])
        text = "".join(out)
    return text


_DATE_TAIL = frozenset({"en", "het", "jaar", "dan", "?", ".", ",", "eh", "uh"})


def _number_near(toks: list[Tok], k: int, step: int) -> bool:
    """A number word or digits at k or past fillers ("en dan", "keer") from k in the direction step."""
    while 0 <= k < len(toks):
        low = toks[k].low
        if _plain_num(low):
            return True
        if low not in FILLERS and low not in _DOUBLE and low not in ("keer", "nullen", ","):
            return False
        k += step
    return False


def _day_at(toks: list[Tok], i: int) -> int | None:
    """Last index of a day of the month at i: "negen", "negenentwintig", "negen en twintig", "de negende"."""
    if i >= len(toks):
        return None
    low = toks[i].low
    v = word_value(low) if low.isalpha() else (int(low) if low.isascii() and low.isdigit() and len(low) <= 2 else None)
    if v is not None and low in UNITS and i + 2 < len(toks) and toks[i + 1].low == "en" \
            and toks[i + 2].low in ("twintig", "dertig"):
        v, i = v + TENS[toks[i + 2].low], i + 2
    if v is None:
        v = ordinal_value(low)
    return i if v is not None and 1 <= v <= 31 else None


def redact_month_dates(text: str) -> str:
    """A day, a month by its name and a year, with no cue: "negen en twintig augustus negentien
    vierentachtig", "de derde maart tweeduizend een" (someone's date; "op vijf mei" alone stays)."""
    low_text = text.lower()
    if not any(m in low_text for m in ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                        "september", "oktober", "november", "december")):
        return text
    toks = tokens(text)
    spans: list[tuple[int, int, str]] = []
    for m, tok in enumerate(toks):
        if tok.low not in MONTHS or len(tok.low) < 3 or m == 0:
            continue
        k = m + 1
        while k < len(toks) and toks[k].low in _DATE_GAP:
            k += 1
        last = _year_at(toks, k) if k < len(toks) else None
        if last is None and k < len(toks) and toks[k].low.isascii() and toks[k].low.isdigit() and len(toks[k].low) == 4 \
                and 1900 <= int(toks[k].low) <= 2029:
            last = k
        if last is None:
            continue
        start = None
        for b in range(max(0, m - 3), m):
            if _day_at(toks, b) == m - 1:
                start = b
                break
        if start is None or _event_date(toks, start):
            continue
        spans.append((toks[start].start, toks[last].end, "[datum]"))
    return _replace(text, spans)


# a date after these is a day in the story ("de oorlog eindigde op vijf mei negentien vijfenveertig"),
# unless a birth cue or a person is said with it
_EVENT_PREPS = frozenset("op sinds vanaf tot na voor rond tijdens omstreeks sedert per over".split())
_DATE_KIN = (KIN - {"schoonzus", "zwager"}) | {"kind", "naam"}
_DATE_PERSON = frozenset("ik u je jij hij zij ze mijn uw jouw zijn haar we wij".split()) | _DATE_KIN
_DATE_DICTATION = frozenset("schrijf schrijven noteer noteren vul invullen zei zegt dus klopt genoteerd".split())


def _event_date(toks: list[Tok], start: int) -> bool:
    return event_date([t.low for t in toks], start)


def event_date(lows: list[str], start: int) -> bool:
    """The date that starts at start follows "op/sinds/tot ..." with no birth cue and no person next to
    it: a historical or story date, not someone's data ("op vijf mei negentien vijfenveertig"); round 11:
    also a paper's date ("de brief is van twaalf oktober ...", "de aanmaning van", "gedateerd")."""
    p = start - 1
    if p >= 0 and lows[p] in ("de", "den"):
        p -= 1
    if p >= 0 and lows[p] in _PAPER_DATED:
        pass
    elif p >= 0 and lows[p] == "van" and _paper_before(lows, p):
        pass
    elif p < 0 or lows[p] not in _EVENT_PREPS:
        return False
    if any(w in _BIRTH_CUES or w in ("jarig", "verjaardag", "geboorte") for w in lows):
        return False
    before, after = lows[max(0, p - 4):p], lows[start:start + 8]
    return not any(w in _DATE_PERSON or w in _DATE_DICTATION for w in before) \
        and not any(w in _DATE_KIN or w in _DATE_DICTATION for w in after)


# round 11: papers that carry a date ("de brief is van ...", "de beschikking van ...", "gedateerd ...")
_PAPERS = frozenset("brief brieven factuur rekening aanmaning herinnering beschikking uitspraak vonnis dagvaarding "
                    "contract huurcontract mail e-mail email bericht formulier verklaring uitnodiging afschrift "
                    "polis nota bon kassabon bonnetje ticket kaartje krant artikel post".split())
_PAPER_DATED = frozenset("gedateerd gedagtekend verstuurd verzonden gestempeld".split())


def _paper_before(lows: list[str], p: int) -> bool:
    """A paper named right before "van" at p: "de brief van", "de brief is van", "die factuur was van"."""
    k = p - 1
    if k >= 0 and lows[k] in ("is", "was", "zijn", "waren", "komt", "kwam", "dateert"):
        k -= 1
    return k >= 0 and lows[k] in _PAPERS and (k == 0 or lows[k - 1] in ("de", "die", "deze", "het", "dat", "een", "die"))


_DATUM_SAID_ON = re.compile(
    r"\[datum\]((?:[ ,]+(?:dus|zei|zegt|je|u|of|nee|sorry|en|eh|uh|ehm|dat|is|was|toch|het|jaar|ja|dan|oke|ok))*[ ,]+)"
    r"(?=\w)", re.I)


def redact_date_said_on(text: str) -> str:
    """After a redacted date, the date said again or its year said on: "[datum] dus negentien
    negenenzestig", "[datum] zei je negen september" (a year or a day and a month, nothing else)."""
    if "[datum]" not in text:
        return text
    out, pos = [], 0
    for m in _DATUM_SAID_ON.finditer(text):
        if m.start() < pos:
            continue
        rest = text[m.end():]
        toks = tokens(rest)
        last = _year_at(toks, 0) if toks and toks[0].low.isalpha() else None
        if last is None and toks and toks[0].low.isascii() and toks[0].low.isdigit() and len(toks[0].low) == 4:
            last = 0
        if last is None:
            d = _day_at(toks, 0)
            if d is not None and d + 1 < len(toks) and toks[d + 1].low in MONTHS:
                last = d + 1
                k = last + 1
                if k < len(toks) and (y := _year_at(toks, k)) is not None:
                    last = y
        if last is None or (last + 1 < len(toks) and toks[last + 1].low in _NOT_HOUSE):
            continue
        out.append(text[pos:m.end()] + "[datum]")
        pos = m.end() + toks[last].end
    out.append(text[pos:])
    return "".join(out)


def redact_numeric_dates(text: str) -> str:
    """A date said as three number words, day month year, with no cue: "vijfentwintig twaalf vierentachtig",
    "zes zes zesenzestig", "veertien twee tweeduizend twaalf", "de eerste van de eerste negentien zestig".

    Ordinary talk says a month by its name ("op vijf mei"); a month as a number after a day and
    before a year is someone's date (of birth, mostly). A longer run of numbers is left to the
    number rules; counting ("een twee drie") has no year.
    """
    numbers = 0
    for w in text.lower().split():  # a quick gate: three number words or ordinals at least
        w = fold(w.strip(",.?!:;"))
        if w.isalpha() and (word_value(w) is not None or ordinal_value(w) is not None):
            numbers += 1
    if numbers < 3:
        return text
    toks = tokens(text)
    n = len(toks)
    spans: list[tuple[int, int, str]] = []

    def value(k: int) -> int | None:
        low = toks[k].low  # number words only: a written date ("12-03-2024") is the written rules' call
        return word_value(low) if low.isalpha() else None

    def skip(k: int, extra: frozenset[str] = frozenset()) -> int:
        while k < n and (toks[k].low in _DATE_GAP or toks[k].low in extra):
            k += 1
        return k

    def numberish(k: int) -> bool:
        return 0 <= k < n and (value(k) is not None or (toks[k].low.isascii() and toks[k].low.isdigit()))

    i = 0
    while i < n:
        day = value(i)
        ordinal = False
        if day is None:
            day = ordinal_value(toks[i].low)
            ordinal = day is not None
        if day is None or not 1 <= day <= 31 or numberish(i - 1) and not ordinal:
            i += 1
            continue
        if i > 0 and toks[i - 1].low in ("om", "tegen", "rond", "vanaf", "tot"):
            i += 1  # "om zeventien nul vijf": a time
            continue
        j = skip(i + 1, frozenset({"van", "de"}) if ordinal else frozenset())
        month = None
        zero_month = False  # "veertien nul acht": the month said as two digits
        if j < n:
            month = ordinal_value(toks[j].low) if ordinal else value(j)
            if month == 0 and not ordinal and j + 1 < n and toks[j + 1].low in UNITS and UNITS[toks[j + 1].low] > 0:
                month, zero_month = UNITS[toks[j + 1].low], True
                j += 1
        if month is None or not 1 <= month <= 12:
            i += 1
            continue
        k = skip(j + 1)
        last = _year_at(toks, k) if k < n else None
        if last is None and zero_month and k + 1 < n and toks[k].low in UNITS and toks[k + 1].low in UNITS:
            last = k + 1  # "zes negen": the year's two digits said apart
        if last is None and zero_month and any(t.low == "jaar" for t in toks[k:k + 4]) \
                and all(t.low in _DATE_TAIL for t in toks[k:k + 4]):
            last = j  # "zeventien nul een en dan het jaar": day and month, the year follows
        if last is None or numberish(last + 1) and not toks[last + 1].low in ("en",):
            i += 1
            continue
        if zero_month and (_number_near(toks, i - 1, -1) or _number_near(toks, last + 1, 1)):
            i += 1  # "... negen vier acht en dan vier nul een vier acht": inside a longer number
            continue
        if (pc := _postcode_letters(toks, last + 1)) is not None and _spelled_letters(toks, last + 1, pc):
            i = last + 1  # "negen zeven eenentwintig h g": four digits and two letters, a postcode
            continue
        start = i - 1 if ordinal and i > 0 and toks[i - 1].low == "de" else i
        spans.append((toks[start].start, toks[last].end, "[datum]"))
        i = last + 1
    return _replace(text, spans)


_CUE_AFTER_SKIP = frozenset({"dat", "is", "uw", "je", "jouw", "zijn", "haar", "mijn", "hun", "zo", "de", "het", "u", "ik", "ben", "bent",
                             "als", "staan", "staat", "genoteerd", "opgeschreven", "hier",
                             "was", "zo", ",", ".", "eh", "uh", "toch", "klopt", "daar", "wanneer", "waarop",
                             # round 15: "twaalf maart is hij geboren", "eerste kerstdag werd ze geboren"
                             "hij", "zij", "ze", "jij", "werd"})


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------
FIRST_NAMES = frozenset("""
jan piet klaas kees henk gerrit joop wim hans peter gerard willem johan jeroen martijn erik sander
dennis michel frank paul rob richard robert theo hendrik harm marco bart niels joost koen pieter maarten
arjen jasper wouter jelle sjoerd douwe gert karel fred ronald edwin vincent rene marcel patrick stefan
remco arno ivo daniel david pim guus rutger kevin thijs jesse ruben thomas tim tom lars bram daan sem
finn levi luuk lucas noah milan gijs hugo olivier floris ruud dick joris jos jacques bob rik dirk
stijn teun siem mees jens jurgen leon luc martin marc michael mike nick ricardo roy sven tygo wesley
anna eva emma julia sophie tess zoe sara sarah lisa iris fleur femke sanne lotte noor mila nina evi lieke
anouk marloes petra karin ingrid monique sandra linda marieke esther ellen wendy annemarie yvonne jolanda
ilse astrid miranda patricia angela annie gerda truus mies riet joke dina nel corrie greet wilma thea
marja jacqueline priscilla mirjam judith hanneke janneke mariska manon nicole chantal kelly melissa demi
romy britt isa lynn eline maud vera anne annelies bianca saskia tamara elise jolien naomi ria ans bep
els marian marianne margreet ingeborg henny hennie tineke dineke gonnie jannie willy carla karina
mohammed mohamed muhammad mehmet ahmed ali mustafa yusuf youssef fatima aisha khadija samira nadia
ibrahim hassan omar ayse fatma emre zeynep murat hakan rachid said karim khalid abdel mounir nordin
bilal ilias soufiane hamza anouar yasmina yasmine nora salma mariam meryem hatice ozlem elif
ayoub adam amir malika naima latifa souad rachida zakaria redouan mustapha driss abdelkader
""".split())
# and 330 more from a maintained source (Faker's nl_NL first names, less ordinary Dutch words):
# see scripts/build_names.py for the source and what it measured
from voice_companion.privacy.names_nl import (  # noqa: E402
    FIRST_NAMES_AMBIGUOUS, FIRST_NAMES_MORE, NAME_BIAS, NAME_NGRAMS, ORDINARY_WORDS)

# first names common in the Netherlands that neither list holds: those of the larger groups of
# newcomers (Turkish, Moroccan, Surinamese and Antillean, Polish, Syrian, Eritrean, Somali, Afghan,
# Cape Verdean and Portuguese, Chinese, Indonesian, Ghanaian) and older Dutch and Frisian ones. A name that is
# also an ordinary Dutch word ("roos", "mo") counts only after a cue, like FIRST_NAMES_AMBIGUOUS.
_WORLD_NAMES = frozenset("""
mo moh mohammad mahmoud hamed hamid ahmad ahmet mehmed osman orhan kemal cem can burak serkan volkan
tolga baris deniz onur emine sevda sevgi gul gulsen songul esra merve busra tugba kubra sibel derya
dilek ebru gamze selin ayla aylin hulya leyla berk kaan yunus furkan enes ömer omer tarik tarek
abdelilah abdellah abdul abdullah brahim hicham jamal mimoun mohand noureddine rachid youness younes
hafsa houda ikram imane loubna najat nadia nawal sanae siham soumaya warda zineb zahra zohra hind dounia
rajesh ravi sunil anil vikash ashwin navin sharda sita radha anita kavita shanti devi priya rishi
dewi wulan sri budi agus putri indah rina
marek tomasz piotr pawel krzysztof andrzej jakub kamil lukasz michal marcin grzegorz wojciech
agnieszka katarzyna malgorzata magdalena joanna monika ewa dorota beata justyna aleksandra kasia
ahmad mahmoud rami samer bashar khaled walid fadi ziad ayman rania rasha lina dima reem hiba
yonas dawit tesfay berhane mussie semhar senait helen luwam selam
abdi abdirahman farah hodan faduma ayan hawa sahra
ahmadi wahid farid rahim zarmina farida nasrin
tiago joao paulo pedro miguel rui nuno helder jose manuel antonio luis carlos maria ana isabel
ines catarina beatriz rosa roza lucia filipa joana sandra manuela dulce nelia fernanda jacinta
wei li ming jun hui yan xin lei jing ying mei ling hong chen lin
kwame kofi kwasi yaw ama akosua abena efua adjoa
alfons ambrosius bernadette cornelia dorothea engelbert everdina geertruida hermine hermina
hendrika jacoba johanna margaretha petronella wilhelmina marjolein marjolijn roelof hendrikus
adriaan aart teunis wubbe sjoukje geeske aaltje trijntje jantine grietje froukje hiltje
tjitske tsjitske tjeerd tjerk tsjerk baukje bauke sytske sietske jelmer wietse hylke wytske tjalling tjalle
oebele gerbrich durk jitske jitse sybren sybrand haije heerke hessel ymke ymkje lolkje minke rinske rixt auke
aukje feike gosse hinke hiske jetske klaske liuwe marrit oeds pyt rintje sibbele sieds sipke tiemen tjibbe
wiebe wobbe wopke ytsje jildou hendrikje rintsje gatske doutzen sjouke fokje fokke folkert gerlof hette hotze
jorrit meindert reinder rients sjirk teake watse wybren akke dieuwke eelkje geartsje hiltsje janke jeltsje
adrie anja anneke annemieke annet annette anton antoon arjan arnold bea benno bert brenda carel carin carola caroline
cees cindy claudia conny corine corinne corne danielle debora desiree diana dorien edith edward eelco egbert elly
elsbeth emmy erwin evert francien freek frits gea geke gerben gerry gonda greetje guido hannie harriet hein
herman hilda hilde huub ilona ina ineke inge irene ivonne janine jeanette jeannette jenny josee joyce katja kirsten
kitty lenie leonie lia lidy liesbeth lisette lonneke lucienne mandy marga margot marielle mariette marijke marjan
marjo marjon marleen marlies marry martine mathilde mechteld menno michiel mieke mirella miriam monica natasja
nathalie nelleke nelly netty nico nicolette olga paula paulien pauline ralph ramon rebecca reinier renate rian rianne
riek rineke rita roel roelie rogier roland ronnie rudi ruth sabine sharon simone sjaan sonja suzanne sylvia tanja
teuntje tonny toos trudy ulla walter wijnand willeke yolanda yuri yvette yvon frans
edson adilson ailton anderson cleber edmilson jefferson nilson wilson
""".split())
# (round 8: Dutch first names of the generations born 1940-1990 that the lists above missed, and Cape Verdean
# and Brazilian ones; "albert" (the supermarket), "harry" (Potter), "leo" and "trees" left out: said in ordinary talk)


@lru_cache(maxsize=8192)
def name_score(word: str) -> float:
    """P(name) of a folded word from its letters (names_nl.NAME_NGRAMS, see scripts/build_names.py)."""
    import math

    w = "^" + word + "$"
    grams = {w[a:a + k] for k in range(1, 5) for a in range(len(w) - k + 1)}
    z = NAME_BIAS + sum(NAME_NGRAMS.get(g, 0.0) for g in grams)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


NAME_THRESHOLD = 0.5

SURNAMES_SAFE = frozenset("""
jansen janssen hendriks dijkstra smits jacobs vermeulen schouten willems hoekstra verhoeven huisman
peeters kuipers bosman postma mulder meijer meyer dekker verbeek blom veenstra peters martens
timmermans hermans gerritsen evers wouters claassen yilmaz kaya demir sahin celik ozturk
van-dijk de-vries van-den-berg de-jong van-der-meer van-der-linden van-leeuwen de-graaf van-der-heijden
van-den-heuvel van-der-veen van-den-broek de-bruijn de-bruin van-beek van-vliet van-de-ven van-dam
van-der-wal van-wijk van-der-laan de-lange el-amrani el-idrissi van-der-berg van-den-bosch
""".split())
SURNAMES_AMBIGUOUS = frozenset("""
bakker visser smit bos vos kok prins maas koster brouwer kramer de-boer de-groot de-haan de-wit
de-koning de-ruiter de-jager
molenaar schilder timmerman kuiper schipper koopman boer jager smid wever groen mol koning jonker de-kok de-vos
de-haas de-raaf van-rijn van-loon van-dongen van-der-ploeg van-es van-der-velden van-der-horst ter-horst
van-der-steen van-der-heide van-doorn
""".split())  # (round 8: surnames that are trades or words, taken after a first name or a cue: "Marleen Molenaar")
TUSSEN = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "el", "al", "het", "'t", "t", "'", "la", "le", "da",
                    "di", "dos", "von", "op", "in"})
# inside a surname, only before a name-like word: "Tjon A Fong", "Nguyen Thi Lan", "Abu Bakr"
_NAME_PARTICLES = frozenset({"a", "ben", "bin", "ibn", "abu", "ter", "van", "de", "el", "al"})
# ambiguous first names never taken after a weaker cue ("ik ben lieve", "dokter max ...")
_WEAK_BLOCK = frozenset("ben lieve lot job kick jet bo mare sep puk faas max cas beau nova lex jade".split())
_WEAK_CUES2 = (["ik", "ben"], ["u", "bent"], ["je", "bent"], ["jij", "bent"], ["ben", "ik"], ["bent", "u"])
_STRONG_LAST = frozenset({"is", "heet", "ik", "met", "meneer", "mevrouw", "mevr", "dhr", "mw"})
_WEAK_CUES1 = frozenset({"dokter", "dr", "huisarts", "zuster", "broeder", "juf", "meester"})
# written with a capital but no name: "ik ben Nederlander", "u bent moslim"
_NOT_NAMES = frozenset("""
heef hep
nederlander nederlandse syrier afghaan eritreeer pool poolse roemeen bulgaar somalier irakees iranier koerd marokkaan
marokkaanse turk turkse surinamer surinaamse antilliaan belg duitser engelsman fransman spanjaard italiaan portugees
chinees indonesier molukker hindoestaan amsterdammer rotterdammer hagenaar utrechter brabander limburger fries
groninger zeeuw twentenaar christen moslim jood joods hindoe boeddhist katholiek protestant islamitisch
god gods allah jezus
""".split()) | _DAY_NAMES | frozenset(  # feasts and holidays: "met pasen", "op keti koti", "na het suikerfeest"
    "keti koti suikerfeest offerfeest ramadan eid bayram divali diwali holi chanoeka chanuka hanukkah pesach purim "
    "newroz nowruz nouroez carnaval kerst halloween sintmaarten thanksgiving".split())
_SURNAME_STARTS = frozenset("van de der den ter ten el al la le da di dos von".split())
_NAME_NOUNS = NAME_NOUNS | {"voornamen"}
_PARTING = frozenset("doei dahag welterusten bedankt dankjewel dankuwel tot slaap goeienacht goedenacht".split())
_SPELL_CUES = frozenset("spel spelt spellen gespeld spelling".split())
_OPENERS = frozenset("ja nee oke ok nou hoi hee hé dag luister eens kijk en dus hallo".split())
_NOT_VOCATIVE = frozenset("bsn iban sms mail email whatsapp nl ok oke".split())
_VOCATIVE_NEXT = frozenset("dat dank het die je jij ik wat hoe ik ,".split())


# surnames that start with a place ("In het Veld", "Op de Beek", "Uit den Bogaard", "Aan de Stegge")
_PLACE_PARTICLES = frozenset("in op uit aan onder".split())
_ARTICLES11 = frozenset("de een het die deze".split())
# round 18: how surnames made of two words end ("Dijkhuizen", "Koopmans", "Oosterbaan", "Hoekstra", "Holtkamp")
_SURNAME_TAILS18 = ("huizen", "huis", "kamp", "veld", "berg", "baan", "dijk", "broek", "beek", "horst", "mans", "stra",
                    "sma", "inga", "ema", "ink", "enga")
_PLACE_SURNAME_HEADS = frozenset("veld velde beek bosch bos kamp hof woud brink horst berg stegge stege linden "
                                 "boogaard bogaard braak broek dijk hout heide wal akker weide molen".split())


# verbs whose object is "het" ("ik hoor het, Priscilla"): the "het" is no article before a name
_HET_VERBS = frozenset("hoor hoort snap snapt begrijp begrijpt weet zie ziet merk merkt voel voelt zeg zegt ken "
                       "vind vindt meen bedoel bedoelt hoorde snapte begreep zag voelde zei weten".split())


_NOTE_VERBS = frozenset("herhaal noteer schrijf spel check controleer lees noem zeg typ".split())


# round 14: what is named after a person: "het Jeroen Bosch ziekenhuis", "de Albert Heijn"
_PLACE_NOUNS = ("ziekenhuis", "gasthuis", "kliniek", "school", "college", "lyceum", "instituut", "museum",
                "stichting", "fonds", "centrum", "academie", "theater", "huis", "hof", "fabriek", "prijs")


_DOUBLE_SURNAME = re.compile(r"(\[naam\])\s?-\s?([^\W\d_]{3,})(?![\w\[])|(?<![\w\]])([^\W\d_]{3,})\s?-\s?(\[naam\])")


def redact_double_surname(text: str) -> str:
    """Round 14: the other half of a double surname written with a hyphen: "[naam]-Boersma", "kok-[naam]"
    (also a surname that is an ordinary word: the hyphen ties it to the name)."""
    if "[naam]" not in text or "-" not in text:
        return text

    def sub(m: re.Match[str]) -> str:
        word = m.group(2) or m.group(3)
        if word.lower() in STOP_WORDS or word.lower().endswith(("achtig", "achtige", "loos", "loze")):
            return m.group(0)
        return "[naam]"
    return _DOUBLE_SURNAME.sub(sub, text)


_SPELL_SOUNDS = frozenset("ie ij ei y ee oo aa uu ou au ui dt ck ch sch th ph".split())


def _spelled_after(lows: list[str], k: int) -> bool:
    """ "met ie", "met een y", "met dubbel s", "met twee e's" at k: how the word before is spelled."""
    if k >= len(lows) or lows[k] != "met" or k + 1 >= len(lows):
        return False
    w = lows[k + 1]
    if w in _SPELL_SOUNDS:
        return k + 2 >= len(lows) or lows[k + 2] not in ("je", "u", "we", "ze") and not lows[k + 2].isalpha() \
            or lows[k + 2] in ("en", "aan", "op", "in", "erin", "achteraan", "niet", "geen", ",", "of")
    if w in ("een", "dubbel", "dubbele", "twee") and k + 2 < len(lows):
        nxt = lows[k + 2]
        return (len(nxt) == 1 and nxt.isalpha()) or nxt in _SPELL_SOUNDS or (len(nxt) == 3 and nxt.endswith("'s"))
    return False


def _named_place(lows: list[str], i: int, j: int) -> bool:
    """A name run i..j after "de"/"het" that names a place or firm: a place noun after it, or (after "de")
    a first name and a surname with nothing of a person around ("de albert heijn is open")."""
    if i == 0 or lows[i - 1] not in ("de", "het") or lows[i] in TUSSEN:
        return False
    if j + 1 < len(lows) and lows[j + 1].endswith(_PLACE_NOUNS):
        return True
    return lows[i - 1] == "de" and j > i and not (i >= 2 and lows[i - 2] in _TITLES14)


_TITLES14 = frozenset("meneer mevrouw heer dokter dr zuster broeder mw dhr mevr juf meester".split())


def _object_het(lows: list[str], k: int) -> bool:
    return lows[k] == "het" and k > 0 and lows[k - 1] in _HET_VERBS


def _kin_after(lows: list[str], i: int) -> bool:
    """ "X die is je zus", "X dat is uw vader", "X is je neef": who the word is, told right after it."""
    rest = [w for w in lows[i + 1:i + 6] if w not in (",", "die", "dat", "en")]
    return len(rest) >= 3 and rest[0] in ("is", "was") and rest[1] in POSSESSIVES and rest[2] in KIN


def _compound(word: str) -> bool:
    """Two ordinary words written as one ("levensmoe", "doodmoe"): no name."""
    for k in range(3, len(word) - 2):
        head, tail = word[:k], word[k:]
        if tail in ORDINARY_WORDS and (head in ORDINARY_WORDS or (head.endswith("s") and head[:-1] in ORDINARY_WORDS)):
            return True
    return False


_ASKED_AFTER = frozenset("wat hoe waar wanneer waarom wie welke hoor luister ,".split())
_QUESTION_WORDS = frozenset("waarmee waarover waardoor waarvoor waarom waarheen waarvan hoezo hoeveel welke welk".split())
_NAME_CLOSERS = frozenset({"toch", "he", "hè", "ja", "of", "klopt", ",", ".", "?", "!"})
_NAME_END = frozenset({"oke", "ok", "dank", "zegt", "zei", "nee", "dus"})
# round 14: how a name is said or spelled, asked: "hoe zegt u het: Wahabi", "hoe spel je dat, Oerlemans"
_HOW_SAID = frozenset((verb, you, it) for verb in ("zeg", "zegt", "spel", "spelt", "schrijf", "schrijft", "spreek",
                                                   "spreekt")
                      for you in ("je", "u", "jij") for it in ("het", "dat", "die"))
# round 14: said to someone addressed by a title, no name: "meneer fijn dat u belt", "mevrouw sorry hoor"
_COURTESY = frozenset("fijn goed leuk prettig welkom sorry excuus bedankt dank fijne goede prima".split())
_CLAUSE_AFTER_TITLE = frozenset("dat om hoor he hè joh zeg".split())
_AFTER_VERB = frozenset("u je jij ik we wij ze zij het er even nog wel niet dan nu toch maar".split())
STOP_WORDS = frozenset("""
de het een en of maar dat die dit deze ik je jij u hij zij ze we wij jullie hun hem haar mijn jouw uw
zijn ons onze is ben bent was waren wordt worden zal zou kan kun kunt wil wilt moet moeten mag heb hebt
heeft had hadden niet geen wel nog al ook zo dan toen nu hier daar er waar wat wie hoe waarom wanneer
met van voor naar op in aan bij uit over onder tussen door om tot sinds zonder tegen achter naast
ja nee nou oké ok goed slecht blij bang boos moe verdrietig eenzaam alleen ziek bezig klaar zeker
heel erg echt gewoon even eigenlijk misschien altijd nooit soms vaak weer meer minder veel weinig
iemand niemand iets niets alles allemaal elke elk ieder andere ander zelf zelfs toch dus want omdat
als of hoewel terwijl totdat nadat voordat mevrouw meneer dokter huisarts agent politie buurman
buurvrouw moeder vader zoon dochter broer zus oma opa kind kinderen man vrouw vriend vriendin
collega baas partner familie belangrijk blij benieuwd bezorgd dood thuis hier weg binnen buiten
boven beneden aan het de gek zwanger dronken wakker stil rustig kwaad teleurgesteld benauwd
gebleven gekomen gegaan geweest bellen belde bel praten zeggen zei vragen vroeg horen hoorde
kwam komt ging gaat liep loopt zegt zeggen vindt vond woont woonde belt wilde moest kon deed doet
zit zat staat stond kijkt keek heet heette snapt begrijpt weet wist denkt dacht voelt voelde zag ziet
slaapt sliep werkt werkte helpt hielp schreeuwt schreeuwde slaat sloeg huilt huilde lacht lachte
drinkt dronk rookt komen gaan hebben zijn worden kunnen willen zullen gewoon hiernaast daarnaast
ook nog steeds weer net pas eerst later straks morgen gisteren vandaag vanavond vannacht toen
jongen meisje mensen iedereen buurt wijk huis thuiszorg wijkagent verpleegkundige juf meester
""".split())
# the world names (above) split by whether they are also ordinary words or stop words
_WORLD_SAFE = frozenset(w for w in _WORLD_NAMES if w not in ORDINARY_WORDS and w not in STOP_WORDS
                        and w not in MONTHS and len(w) >= 3 and word_value(w) is None)
FIRST_NAMES_MORE = FIRST_NAMES_MORE | (_WORLD_SAFE - FIRST_NAMES)
FIRST_NAMES_AMBIGUOUS = FIRST_NAMES_AMBIGUOUS | (_WORLD_NAMES - _WORLD_SAFE - STOP_WORDS - FIRST_NAMES - MONTHS
                                                 - frozenset("helder luis berk lei wei hui".split()))
_LISTED_FIRST = FIRST_NAMES | FIRST_NAMES_MORE
_ANY_FIRST = _LISTED_FIRST | FIRST_NAMES_AMBIGUOUS


_PERSON_WORDS = frozenset(
    "hij zij ze die zus broer man vrouw zoon dochter moeder vader vriend vriendin buurman buurvrouw kind "
    "neef nicht oom tante opa oma ex partner vriendje vriendinnetje collega baas jongen meisje dochtertje "
    "zoontje baby hond kat".split())
# "u spreekt met de nachtlijn", "met Joris van de avonddienst": a service, not a name
_SERVICE_NOUNS = ("lijn", "dienst", "centrum", "afdeling", "zorg", "team", "instelling", "organisatie",
                  "gemeente", "politie", "huisartsenpost", "crisisnummer", "woningbouw", "corporatie", "kliniek",
                  "ziekenhuis", "opvang", "hulpverlening",
                  "stichting", "vereniging")  # round 14: "de meneer van de woonstichting zei"


def _joined_key(parts: list[str]) -> str:
    return "-".join(parts)


# sayings with a first name in them: no person ("jan en alleman weet het", "jan met de pet")
_NAME_IDIOMS = tuple(tuple(x.split()) for x in (
    "jan en alleman", "jan met de pet", "jan modaal", "jan rap en zijn maat", "jan , piet en klaas",
    "jan piet en klaas", "klaas vaak", "jantje lacht", "jantje huilt", "pietje precies", "piet snot", "jan lul",
    "jan de bierbrouwer", "jan publiek", "jan boerenlul", "zwarte piet", "hans en grietje", "tante betje",
    "jut en jul", "jan splinter"))


def _idiom_mask(lows: list[str]) -> list[bool]:
    mask = [False] * len(lows)
    for i, w in enumerate(lows):
        for idiom in _NAME_IDIOMS:
            if w == idiom[0] and lows[i:i + len(idiom)] == list(idiom):
                for k in range(i, i + len(idiom)):
                    mask[k] = True
    return mask


# round 13: what is said to someone right after their name at the start: "fijn dat je belt", "je klinkt moe",
# "wat goed", "dank je", "hoe gaat het", "ik hoor je", "," (a name's own words may stand between: "Bouchra el Amrani,")
_SPOKEN_TO = frozenset("fijn goed dank bedankt wat hoe waar wanneer waarom vertel zeg luister kijk sterkte welkom "
                       "goedenavond goeienavond goedenacht hoi hallo".split())
_SPOKEN_TO_SUBJECTS = frozenset("je jij u ik".split())


def _spoken_to(lows: list[str], k: int) -> bool:
    """What follows a name said first is said to that person: a comma, "fijn dat", "wat", "je klinkt" ..."""
    if k >= len(lows):
        return False
    w = lows[k]
    if w == "," or w in _SPOKEN_TO:
        return True
    # "je klinkt moe", "ik hoor je": a subject and a verb (a word that is no stop word other than a verb of hearing)
    return w in _SPOKEN_TO_SUBJECTS and k + 1 < len(lows) and lows[k + 1].isalpha() \
        and (lows[k + 1] in _HET_VERBS or lows[k + 1] not in STOP_WORDS) and lows[k + 1] not in _NOT_NAMES


@lru_cache(maxsize=4096)
def _said_to_name(low: str) -> bool:
    """A word said first that can be the name of the one spoken to: four letters or more with a vowel, and no
    stop word misheard by one letter ("sins wanneer ...": "sinds"; "pff, wat een nacht")."""
    return len(low) >= 4 and any(c in "aeiouy" for c in low) \
        and not any(abs(len(w) - len(low)) <= 1 and _levenshtein(low, w, 1) <= 1 for w in STOP_WORDS)


_GREETING_THEN = frozenset(", . ! ? hier van uit en goedenavond goeienavond goedenacht goedemorgen goedemiddag hoi hallo "
                           "ja ik spreekt".split())


def _greeting_ends(toks: list[Tok], i: int, matcher: "NameMatcher") -> bool:
    """Round 13: "met X" as the very first words is a phone greeting when the name ends what is said or a
    greeting, "hier", "van ..." or its surname follows ("met Hoogendijk", "met Jansen hier"); "met pasen ging
    het goed", "met whatsapp kan het ook" are no greeting."""
    k = i + 1
    while k < len(toks) and (toks[k].low in TUSSEN or matcher._rare(toks[k])) and k - i <= 3:
        k += 1
    return k >= len(toks) or toks[k].low in _GREETING_THEN


_INTERJECTIONS = frozenset("pfoe pff pfff poeh tja tsja jeetje jemig jeminee wauw wow oei oeps ai au jee goh hmm mwah "
                             "nah ach och joh jonge jongens hé hè huh".split())
_OF_NAME_SKIP = frozenset({",", ".", "eh", "uh", "ehm", "hm", "ja", "dat", "is", "die", "lang", "best", "wel", "nogal",
                             "moeilijk", "lastig", "hoor", "zeg"})
_SPELL_ASK = (("kunt", "u"), ("kun", "je"), ("wil", "je"), ("wilt", "u"), ("hoe", "spel"), ("hoe", "spelt"),
                ("hoe", "schrijf"), ("hoe", "schrijft"))


def _said_of_a_name(lows: list[str], k: int) -> bool:
    """From k: "dat is een Friese naam" (a name noun a word or two after "een"), or "kunt u het spellen",
    "hoe spel je dat" after a few small words."""
    n = len(lows)
    while k < n and lows[k] in _OF_NAME_SKIP and lows[k] not in ("kunt", "kun"):
        k += 1
    if k < n and lows[k] == "een":
        return any(lows[x] in _NAME_NOUNS for x in range(k + 1, min(n, k + 3)))
    if k + 1 < n and (lows[k], lows[k + 1]) in _SPELL_ASK:
        return any(lows[x] in _SPELL_CUES for x in range(k + 1, min(n, k + 5)))
    return False


_NOUN_FILLERS = HESITATIONS | {"euh", ","}


def _noun_before_fillers(lows: list[str], i: int) -> bool:
    """A name noun other than "naam" right before the fillers before i ("achternaam eh", "voornaam, ehm")."""
    k = i - 1
    while k >= 0 and lows[k] in _NOUN_FILLERS and i - k <= 3:
        k -= 1
    return k >= 0 and k < i - 1 and lows[k] in _NAME_NOUNS and lows[k] != "naam"


# round 44: English number words and the few English words said around a number ("so your number is zero six ..."):
# no part of a name (the English digits were taken as a first and last name, "four seven")
_EN_NOT_NAMES = frozenset("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                          "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
                          "ninety hundred thousand double plus your my number phone okay thank you please".split()) \
    | frozenset(  # round 45: the English of code-switching talk around details ("got it", "spell je achternaam")
        "got it spell spelled spelling bro yes yeah yup right that this the and so sure cool nice thanks sorry wait "
        "fine good okay write writing birthday born street postcode zip code bank account".split())


@lru_cache(maxsize=16384)
def _name_like_word(low: str) -> bool:
    """A word that may be (part of) a name: letters, no stop word, tussenvoegsel, question word, number, month or service."""
    return low.isalpha() and len(low) >= 2 and low not in STOP_WORDS and low not in TUSSEN \
        and low not in _QUESTION_WORDS and low not in _EN_NOT_NAMES \
        and word_value(low) is None and low not in MONTHS and not low.endswith(_SERVICE_NOUNS)


# the first word of every listed surname ("de" of "de-jong"): a word that is none of them starts no listed surname
_SURNAME_FIRST_PARTS = frozenset(k.split("-")[0] for k in SURNAMES_SAFE | SURNAMES_AMBIGUOUS)


# round 28: "de dokter van de spoedeisende hulp", "de arts van de gesloten afdeling": after a title and "van de", an
# adjective or participle (in -e, -en) before a ward's or service's noun names where one works, not a surname
_R28_UNIT_NOUNS = ("hulp", "afdeling", "post", "dienst", "zorg", "kliniek", "poli", "praktijk", "eenheid", "brigade",
                   "ploeg", "opvang", "unit", "geneeskunde", "psychiatrie", "verpleging", "intake", "team", "zaal",
                   "centrale", "meldkamer", "wijk", "ambulance")


def _r28_unit_after(lows: list[str], k: int) -> bool:
    """The word at k is an adjective or participle (in -e or -en) and a ward's or service's noun follows it."""
    return k + 1 < len(lows) and len(lows[k]) >= 5 and lows[k].endswith(("e", "en")) and lows[k].isalpha() \
        and lows[k + 1].isalpha() and lows[k + 1].endswith(_R28_UNIT_NOUNS)


# round 39: a spoken short form right after a title ("es" for eens, "ie" for hij, "'m", "'s"), then a verb: the title
# spoken to, then what is said ("mevrouw es is er niet"), no surname (one written with a capital stays a name; a
# surname that is also a word, "meneer schaap is er niet", is no short form and stays a name too)
_R39_CLITICS = frozenset("es ns ie em m s effe efkes".split())
_R39_VERB_AFTER = frozenset("is was heeft had zijn waren".split())


class NameMatcher:
    """Names from cues, a common-names list, and the worker's own list (fuzzy)."""

    def __init__(self, worker_names: Iterable[str] = (), *, common: bool = True):
        self.common = common
        keys: set[str] = set()
        for name in worker_names:
            words = [fold(w) for w in re.findall(r"[^\W_]+", name)]
            if not words:
                continue
            full = "".join(words)
            if len(full) >= 2:
                keys.add(full)
            for a in range(len(words)):  # "van leeuwen" of "Thijs van Leeuwen", glued or not
                for b in range(a + 2, len(words) + 1):
                    keys.add("".join(words[a:b]))
            for w in words:
                if len(w) >= 3 and w not in TUSSEN and w not in STOP_WORDS:
                    keys.add(w)
        self.worker = sorted(keys, key=len, reverse=True)
        self._cache: dict[tuple[str, bool], bool] = {}

    # -- the worker's list ------------------------------------------------
    _DIMINUTIVE = ("je", "tje", "pje", "kje", "etje", "atje", "ootje", "ke", "ie", "tjes", "s", "'s", "ke", "tje's")

    def _worker_match(self, cand: str, after_article: bool = False) -> bool:
        cached = self._cache.get((cand, after_article))
        if cached is None:
            cached = self._cache[(cand, after_article)] = self._worker_match_uncached(cand, after_article)
            if len(self._cache) > 20000:
                self._cache.clear()
        return cached

    def _worker_match_uncached(self, cand: str, after_article: bool) -> bool:
        for key in self.worker:
            if cand == key:
                return True
            if cand.startswith(key) and cand[len(key):] in self._DIMINUTIVE and len(key) >= 3 \
                    and not after_article:  # "een roosje" is a little rose
                return True
            if len(key) >= 5 and abs(len(cand) - len(key)) <= 2:
                limit = 1 if len(key) < 9 else 2
                if _levenshtein(cand, key, limit) <= limit:
                    return True
        return False

    def _name_like(self, tok: Tok) -> bool:
        return _name_like_word(tok.low)

    def _surname_at(self, toks: list[Tok], i: int, *, ambiguous: bool) -> int | None:
        """Last index of a listed surname starting at i."""
        if i < len(toks) and toks[i].low not in _SURNAME_FIRST_PARTS and "-" not in toks[i].low:
            return None  # no listed surname starts with this word (a quick exit: the same answer)
        for length in (3, 2, 1):
            if i + length > len(toks):
                continue
            key = _joined_key([t.low for t in toks[i:i + length]])
            if key == "de-jong" and i + 2 < len(toks) and toks[i + 2].low.startswith("volwassen"):
                continue  # "jong volwassenen" said apart
            if key in SURNAMES_SAFE or (ambiguous and key in SURNAMES_AMBIGUOUS):
                if length == 1 and i > 0 and toks[i - 1].low in _ARTICLES11 and key in ORDINARY_WORDS \
                        and toks[i].raw.islower():
                    continue  # round 11: "de dekker kwam het dak maken", "een visser": the trade, no surname
                return i + length - 1
        return None

    def _rare(self, tok: Tok) -> bool:
        """Name-like and not an ordinary Dutch word ("hoogeveen", "benali", "thi")."""
        return self._name_like(tok) and tok.low not in ORDINARY_WORDS and tok.low.isascii() \
            and tok.low not in _NOT_NAMES and name_score(tok.low) >= NAME_THRESHOLD

    def _continue(self, toks: list[Tok], last: int, strong: bool) -> int:
        """Extend a name span over tussenvoegsels, a surname and name-like words that are no ordinary words."""
        first = last
        last = self._continue1(toks, last, strong)
        # right after a listed first name, a word that is no ordinary word is its surname, whatever the
        # letter model says ("Esther Wijnands", "Sanne Kuijpers")
        # (round 18: also after a name cue, whatever the first name, and a word made of two words when it ends as
        # surnames do: "mijn naam is Wietske Oosterbaan", "Anja Dijkhuizen", "Kees Koopmans")
        if last == first and last + 1 < len(toks) and (toks[first].low in _LISTED_FIRST or strong) \
                and self._name_like(toks[last + 1]) and toks[last + 1].low not in ORDINARY_WORDS \
                and toks[last + 1].low.isascii() and len(toks[last + 1].low) >= 4 \
                and toks[last + 1].low not in _NOT_NAMES \
                and (not _compound(toks[last + 1].low) or toks[last + 1].low.endswith(_SURNAME_TAILS18)):
            last += 1
        # a first name that is also a word, right after a listed first name and at the end of what is said:
        # the surname ("Edson Rosa, oké"), or the second of two first names
        if last == first and last + 1 < len(toks) and toks[first].low in _LISTED_FIRST \
                and toks[last + 1].low in FIRST_NAMES_AMBIGUOUS and toks[last + 1].low not in _WEAK_BLOCK \
                and self._name_like(toks[last + 1]) \
                and (last + 2 >= len(toks) or toks[last + 2].low in _NAME_CLOSERS | _NAME_END):
            last += 1
        for _ in range(3):
            j = last + 1
            if j < len(toks) and toks[j].low in _NAME_PARTICLES and j + 1 < len(toks) and self._rare(toks[j + 1]):
                last = j + 1
            elif j < len(toks) and self._rare(toks[j]):
                last = j
            else:
                break
        return last

    def _name_word(self, low: str) -> bool:
        return low in FIRST_NAMES or low in FIRST_NAMES_MORE or low in FIRST_NAMES_AMBIGUOUS \
            or low in SURNAMES_SAFE or low in SURNAMES_AMBIGUOUS

    def _continue1(self, toks: list[Tok], last: int, strong: bool) -> int:
        j = last + 1
        sur = self._surname_at(toks, j, ambiguous=True) if j < len(toks) else None
        if sur is not None:
            return sur
        k = j
        while k < len(toks) and toks[k].low in TUSSEN and k - j < 3:
            k += 1
        if k == j + 1 and toks[j].low in _PLACE_PARTICLES and k < len(toks) and toks[k].low not in TUSSEN:
            # round 28: "mijn zus anna in zwolle", "sanne uit almere": a place after the name; a surname led by
            # in/op/uit/aan/onder has an article after it ("in 't veld", "op den kamp"), as in round 27
            return last
        if k > j and k < len(toks) and self._name_like(toks[k]):
            # round 14: "femke in de tuin", "sanne op de bank": where someone is, not "in 't Veld" (a listed
            # surname, no ordinary word, or written with a capital goes on as before; a cue keeps it too)
            if not strong and toks[j].low in _PLACE_PARTICLES and toks[k].low in ORDINARY_WORDS \
                    and not toks[k].raw[:1].isupper() and not any(t.low in ("'t", "t", "'", "den") for t in toks[j:k]):
                return last
            return k
        if j < len(toks) and self._name_like(toks[j]) and (toks[j].raw[:1].isupper() and toks[last].raw[:1].isupper()):
            return j
        return last

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        toks = tokens(text)
        n = len(toks)
        marks = [False] * n
        lows = [t.low for t in toks]

        def mark(a: int, b: int) -> None:
            for x in range(a, b + 1):
                marks[x] = True

        idiom = _idiom_mask(lows)
        for i in range(n):
            if idiom[i]:
                continue
            prev = lows[max(0, i - 3):i]
            # every strong cue ends in one of _STRONG_LAST (a quick exit: the same answer)
            strong = bool(prev) and prev[-1] in _STRONG_LAST and (prev[-3:] == ["mijn", "naam", "is"] or (len(prev) >= 2 and prev[-1] == "is" and prev[-2] in _NAME_NOUNS)
                      or prev[-2:] in (["ik", "heet"], ["je", "heet"],
                      ["u", "heet"], ["jij", "heet"], ["heet", "ik"], ["spreekt", "met"], ["naam", "is"])
                      or prev[-3:] in (["spreek", "je", "met"], ["spreekt", "u", "met"])
                      or (prev[-1:] in (["meneer"], ["mevrouw"], ["mevr"], ["dhr"], ["mw"]))
                      # "mijn zus heet Ineke", "hij heet Bram" (not "een heet bad": a person before "heet")
                      or (prev[-1:] == ["heet"] and len(prev) >= 2 and prev[-2] in _PERSON_WORDS))
            titled = bool(prev) and prev[-1] in TITLES
            art = i + 2 if i + 2 < n and lows[i + 1] == "'" else i + 1  # "in 't": "'" and "t"
            if strong and lows[i] in _PLACE_PARTICLES \
                    and art + 1 < n and lows[art] in ("het", "'t", "t", "de", "den") \
                    and (lows[art + 1] in _PLACE_SURNAME_HEADS or self._rare(toks[art + 1])
                         or (not titled and self._name_like(toks[art + 1]))) \
                    and not (len(prev) >= 2 and prev[-2] in ("de", "die", "een", "deze", "dat", "die")):
                mark(i, art + 1)  # "meneer in het Veld", "mevrouw op de Beek": a surname, not a place
                continue
            if strong and titled and lows[i] in _PLACE_PARTICLES:
                strong = False  # "mevrouw in de war", "meneer op de bank": where someone is, not a name
            if strong and titled and lows[i] in ("ter", "ten") and i + 1 < n and lows[i + 1] in _TER_TEN_PHRASES:
                strong = False  # round 16: "mevrouw, ten slotte nog dit", "meneer ter info": no surname
            if strong and titled and (lows[i] in _GREETINGS or lows[i] in _PARTING):
                strong = False  # round 10: "goeienacht meneer" / "dag mevrouw": a greeting after a title, read as one
            if strong and prev[-1:] in (["meneer"], ["mevrouw"]) and lows[i] in ORDINARY_WORDS and lows[i] != "van" \
                    and not self._name_word(lows[i]) and i + 1 < n and lows[i + 1] in _AFTER_VERB:
                strong = False  # "mevrouw, blijft u even aan de lijn": a verb, not a name
            if strong and titled and lows[i] in _R39_CLITICS and not toks[i].raw[:1].isupper() \
                    and i + 1 < n and lows[i + 1] in _R39_VERB_AFTER:
                strong = False  # round 39: "mevrouw es is er niet", "meneer ie was er niet": a short word, no surname
            if strong and titled and lows[i] in ORDINARY_WORDS and not self._name_word(lows[i]) \
                    and ((lows[i] in _COURTESY and not toks[i].raw[:1].isupper())
                         or (i + 1 < n and lows[i + 1] in _CLAUSE_AFTER_TITLE)):
                strong = False  # round 14: "goeienavond meneer fijn dat u belt", "mevrouw goed om te horen"
            if strong:
                k = i
                while k < n and lows[k] in TUSSEN and k - i < 3:
                    k += 1
                # a listed first name that is also a month's short form ("mijn naam is Jan de Vries")
                if k < n and (self._name_like(toks[k]) or lows[k] in FIRST_NAMES):
                    mark(i, self._continue(toks, k, True))
                    continue
            # weaker cues: "ik ben Mark", "u bent Wouter Hoogeveen", "dokter Pranoto", "mijn zus Ineke":
            # a listed first name (also one that is an ordinary word) or a word that is no ordinary word
            weak = prev[-2:] in _WEAK_CUES2 or prev[-1:] and prev[-1] in _WEAK_CUES1 \
                or prev[-3:] == ["ik", "spreek", "met"] \
                or (len(prev) >= 2 and prev[-1] in KIN and prev[-2] in POSSESSIVES) \
                or (len(prev) >= 2 and prev[-1] == "van" and prev[-2] in KIN) \
                or (prev[-1:] == ["met"] and all(w in _GREETINGS for w in lows[:i - 1])  # "goedenavond, met Hoogendijk"
                    and (i > 1 or _greeting_ends(toks, i, self)))
            greet = prev[-1:] == ["met"] and all(w in _GREETINGS for w in lows[:i - 1]) \
                and (i > 1 or _greeting_ends(toks, i, self))
            # "en uw voornaam | Sjoukje", "de achternaam Wisniewski": the noun itself is the cue
            # "ik herhaal de naam Aise", "ik noteer uw naam Kaya" (not "de naam van de hond")
            noted = len(prev) == 3 and prev[-1] == "naam" and prev[-2] in ("de", "uw", "je", "zijn", "haar") \
                and prev[-3] in _NOTE_VERBS
            title = prev[-1:] in (["dokter"], ["dr"]) or (bool(prev) and prev[-1] in _NAME_NOUNS and prev[-1] != "naam") \
                or noted or (len(prev) == 3 and tuple(prev) in _HOW_SAID) \
                or (bool(prev) and prev[-1] in _NOUN_FILLERS and lows[i] not in _NOUN_FILLERS
                    and _noun_before_fillers(lows, i))  # round 15: "en je achternaam" / "eh Wijnstra"
            weak = weak or title
            # "u bent Geeske" at the end of what is said: a word that is no ordinary word, ends in a vowel
            # as many first names do ("ik ben bekaf", "je bent levensmoe": no name)
            if prev[-2:] in _WEAK_CUES2 and (i + 1 == n or lows[i + 1] in _NAME_CLOSERS) \
                    and lows[i].isascii() and lows[i][-1:] in "aeiouy" and not _compound(lows[i]):
                weak = title = True
            if prev[-1:] == ["familie"] and lows[i] in TUSSEN and lows[i] not in ("het", "'", "el", "al", "la", "le") \
                    and not (lows[i] in _PLACE_PREPS and (i + 1 == n or lows[i + 1] not in TUSSEN)):
                # round 19: "in" / "op" lead a surname only before another particle ("familie in 't Veld",
                # "familie op de Beek"); alone they say where the family is ("je familie in Turkije")
                # round 15: "bij de familie de Haas", "de familie ter Horst", "familie van der Meer" (not "de familie
                # van mijn man", "de familie van de bruid": after "van" or "van de" only a word that is no ordinary word)
                k = i
                while k < n and lows[k] in TUSSEN and k - i < 3:
                    k += 1
                parts = lows[i:k]
                if k < n and k > i and self._name_like(toks[k]) and ordinal_value(lows[k]) is None \
                        and lows[k] not in POSSESSIVES and (lows[k] not in ORDINARY_WORDS or (
                            parts not in (["van"], ["van", "de"], ["van", "het"]) and not lows[k].endswith("e"))):
                    mark(i, k)
                    continue
            if title and lows[i] in _SURNAME_STARTS:
                k = i  # "dokter van der Zee"
                while k < n and lows[k] in TUSSEN and k - i < 3:
                    k += 1
                if k < n and self._name_like(toks[k]) and ordinal_value(lows[k]) is None \
                        and not (noted and lows[k] in ORDINARY_WORDS) and not _r28_unit_after(lows, k):
                    mark(i, self._continue(toks, k, True))
                    continue
            # after a greeting or a title no ordinary word is taken as a name; after "ik ben" and the like
            # many adjectives and participles are no ordinary words either ("levensmoe"): the letter model decides
            if weak and self._name_like(toks[i]) and lows[i] not in _NOT_NAMES and (
                    ((lows[i] in FIRST_NAMES or lows[i] in FIRST_NAMES_MORE or lows[i] in FIRST_NAMES_AMBIGUOUS)
                     and lows[i] not in _WEAK_BLOCK) or self._rare(toks[i])
                    or ((greet or title) and lows[i] not in ORDINARY_WORDS and lows[i].isascii())):
                mark(i, self._continue(toks, i, True))
                continue
            if not self.common:
                continue
            if (lows[i] in FIRST_NAMES or lows[i] in FIRST_NAMES_MORE) \
                    and not (i > 0 and lows[i - 1] in ("de", "het", "een") and not _object_het(lows, i - 1)):
                mark(i, self._continue(toks, i, False))
                continue
            # a name said to someone at the start ("ja Tomasz, dat ..."), asked after ("wie is Winston"),
            # or told who it is ("Pieternel, die is je zus")
            if self._rare(toks[i]) or (self._name_like(toks[i]) and (lows[i] not in ORDINARY_WORDS
                                                                      or (lows[i] in FIRST_NAMES_AMBIGUOUS
                                                                          and lows[i] not in _WEAK_BLOCK))
                                        and lows[i].isascii() and lows[i] not in _NOT_NAMES and _kin_after(lows, i)):
                opener = i > 0 and all(w in _OPENERS for w in lows[:i]) and lows[i] not in _NOT_VOCATIVE \
                    and (i + 1 == n or lows[i + 1] in _VOCATIVE_NEXT)
                # round 10: at the very start, before "ik hoor (dat) je ...", "ik snap het": "Shanice ik hoor dat je huilt"
                opener = opener or (i == 0 and i + 2 < n and lows[i] not in _NOT_VOCATIVE and lows[1] in ("ik", "je", "jij", "we")
                                    and lows[2] in _HET_VERBS and name_score(lows[i]) >= 0.8)
                # round 13: "Bouchra, fijn dat je belt", "Wieslaw je klinkt moe", "Dunya wat goed dat ...": a word that
                # is no ordinary word, said first and then spoken to (not a feast, nationality or place's particle)
                opener = opener or (i == 0 and self._rare(toks[i]) and _spoken_to(lows, 1)
                                    and name_score(lows[i]) >= 0.8 and _said_to_name(lows[i]))
                if opener or prev[-2:] == ["wie", "is"] or _kin_after(lows, i):
                    mark(i, self._continue(toks, i, False))
                    continue
            # round 14: a word that is no ordinary word, spelled by a sound or letter after it ("nee Ramdien met
            # ie", "Kuipers met ei", "Mayke met een y"): a name being checked
            if self._name_like(toks[i]) and lows[i] not in ORDINARY_WORDS and lows[i].isascii() and len(lows[i]) >= 3 \
                    and lows[i] not in _NOT_NAMES and not (i > 0 and lows[i - 1] in ("een", "de", "het", "die", "dat")) \
                    and not _is_street_word(lows[i]) and _spelled_after(lows, i + 1):
                mark(i, i)
                continue
            # round 14: a word that is no ordinary word before the service someone works for ("ik geef het door
            # aan Sahetapy van de nachtdienst", "Oerlemans van de wijkzorg belt terug")
            if self._name_like(toks[i]) and lows[i] not in ORDINARY_WORDS and lows[i].isascii() and len(lows[i]) >= 4 \
                    and lows[i] not in _NOT_NAMES and not _compound(lows[i]) and i + 3 < n and lows[i + 1] == "van" \
                    and lows[i + 2] in ("de", "het") and lows[i + 3].endswith(_SERVICE_NOUNS) \
                    and not (i > 0 and (lows[i - 1] in ("de", "het", "een") or lows[i - 1] in POSSESSIVES
                                        or (i > 1 and lows[i - 2] in ("de", "het", "een")))):  # "een aan maning": split up
                mark(i, i)
                continue
            # a first name that is also a word, said to someone first and then asked something:
            # "Marjolein, wat zou er anders moeten zijn", "ja Roos hoe gaat het"
            if lows[i] in FIRST_NAMES_AMBIGUOUS and lows[i] not in _WEAK_BLOCK and i + 1 < n \
                    and lows[i + 1] in _ASKED_AFTER and all(w in _OPENERS for w in lows[:i]):
                mark(i, i)
                continue
            # round 9: a first name that is also a word, said to someone before "ik hoor je", "dat snap ik":
            # "ja Roos ik hoor je", "ja Mark dat snap ik" ("roos" the flower and "mark" stay elsewhere)
            if lows[i] in FIRST_NAMES_AMBIGUOUS and lows[i] not in _WEAK_BLOCK and i >= 0 and i + 2 < n \
                    and all(w in _OPENERS for w in lows[:i]) and lows[i + 1] in ("ik", "je", "jij", "dat", "het", "we") \
                    and (lows[i + 2] in _HET_VERBS or (i + 3 < n and lows[i + 2] in ("ik", "je", "jij", "we")
                                                       and lows[i + 3] in _HET_VERBS)):
                mark(i, i)
                continue
            # two words that are no ordinary words and look like names, without a cue: "Kamal Benali",
            # "Wiebe van der Meulen", "Hodan Mohamed"
            if self._rare(toks[i]) and lows[i] not in _WEAK_BLOCK:
                k = i + 1
                while k < n and (lows[k] in _NAME_PARTICLES or lows[k] in ("der", "den", "ten")) and k - i <= 3:
                    k += 1
                if k < n and (self._rare(toks[k]) or lows[k] in FIRST_NAMES or lows[k] in FIRST_NAMES_MORE
                              or self._surname_at(toks, k, ambiguous=k > i + 1) is not None):
                    mark(i, self._continue(toks, k, False))
                    continue
            # round 18: a first name that is also a word, right before a listed surname, no article or
            # possessive before it: "roos bakker", "mark de jong", "iris van dijk" (not "een roos", "de bas")
            if lows[i] in FIRST_NAMES_AMBIGUOUS and lows[i] not in _WEAK_BLOCK and i + 1 < n \
                    and not (i > 0 and (lows[i - 1] in _ARTICLES11 or lows[i - 1] in POSSESSIVES
                                        or lows[i - 1] in ("die", "dat", "deze", "dit", "geen", "elke", "welke"))):
                sur = self._surname_at(toks, i + 1, ambiguous=True)
                if sur is None and len(lows[i + 1]) >= 4 and self._rare(toks[i + 1]) and lows[i + 1] not in _WEAK_BLOCK \
                        and not _compound(lows[i + 1]):
                    sur = i + 1  # round 39: "jonas schneider", "roos kowalski": a surname that is on no list
                if sur is not None:
                    mark(i, sur)
                    continue
            sur = self._surname_at(toks, i, ambiguous=False)
            if sur is not None:
                # a written first name before it, not on the list: "Anita van Dam"
                first = i - 1 if i > 0 and toks[i - 1].raw[:1].isupper() and self._name_like(toks[i - 1]) else i
                mark(first, sur)
        # round 15: a word that is no ordinary word, followed by what is said of a name: "Hylkje, dat is een
        # Friese naam", "Wongsodikromo, dat is lang, kunt u het spellen" (not "een ... naam" of something else)
        for i in range(n):
            if not marks[i] and not idiom[i] and self._name_like(toks[i]) and len(lows[i]) >= 3 \
                    and lows[i] not in ORDINARY_WORDS and lows[i] not in _NOT_NAMES and lows[i] not in _INTERJECTIONS \
                    and (i == 0 or lows[i - 1] in _OPENERS) \
                    and _said_of_a_name(lows, i + 1):
                mark(i, i)
        # a name spelled out: after a name cue or "ik spel het", 2 letters or more; anywhere 4 or more
        i = 0
        while i < n:
            if len(lows[i]) == 1 and lows[i].isalpha() and not marks[i]:
                j = i
                while j + 1 < n and len(lows[j + 1]) == 1 and lows[j + 1].isalpha():
                    j += 1
                before = [w for w in lows[max(0, i - 4):i] if w not in ("het", "even", "eh", "ehm", "is", ":", ",")]
                cued = bool(before) and (before[-1] in _NAME_NOUNS or before[-1] in _SPELL_CUES
                                         or before[-1] in ("heet", "ben", "bent") or before[-1] == "[")
                alphabet = all(ord(lows[x + 1]) - ord(lows[x]) == 1 for x in range(i, j))  # "de a b c d van"
                if (j - i + 1 >= 4 and not alphabet) or (cued and j > i):
                    mark(i, j)
                    # the word the letters spell: "Kowalczyk met c z y k aan het eind" (no ordinary word)
                    w = i - 2 if i >= 2 and lows[i - 1] == "met" else i - 3 if i >= 3 and lows[i - 2:i] == ["met", "een"] \
                        else -1
                    if w >= 0 and self._name_like(toks[w]) and lows[w] not in ORDINARY_WORDS and lows[w] not in _NAME_NOUNS:
                        mark(w, w)
                i = j + 1
            else:
                i += 1
        # the worker's own names, also glued or with a diminutive ("devries", "petraatje")
        if self.worker:
            for i in range(n):
                for length in (3, 2, 1):
                    if i + length > n or not all(lows[x].isalpha() for x in range(i, i + length)):
                        continue
                    if length > 1 and any(lows[x] in STOP_WORDS and lows[x] not in TUSSEN
                                          for x in range(i, i + length)):
                        continue
                    cand = "".join(lows[i:i + length])
                    if length == 1 and (cand in STOP_WORDS or len(cand) < 2):
                        continue
                    if self._worker_match(cand, i > 0 and lows[i - 1] in ("een", "de", "het", "dat", "die")):
                        mark(i, i + length - 1)
                        break
        return [(toks[i].start, toks[j].end, "[naam]") for i, j in flagged_runs(marks) if not _named_place(lows, i, j)]

    def redact(self, text: str) -> str:
        return _replace(text, self.spans(text))


try:
    from rapidfuzz.distance import OSA as _Lev  # an edit or a swap of two letters counts one
except ImportError:  # pragma: no cover - rapidfuzz is a dependency
    _Lev = None


def _levenshtein(a: str, b: str, limit: int) -> int:
    if _Lev is not None:
        return _Lev.distance(a, b, score_cutoff=limit + 1)
    else:  # pragma: no cover
        prev = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            cur = [i]
            for j, cb in enumerate(b, 1):
                cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
            prev = cur
        return prev[-1]


# ---------------------------------------------------------------------------
# Across lines
# ---------------------------------------------------------------------------
@dataclass
class StreamState:
    """What the previous line left open: a number that may go on in the next line.

    `pending`: the previous line ended in a number placeholder (its tail was redacted
    there, by a cue or a clear start such as "nul zes"); the next line's leading number
    gets the same placeholder. `open_toks`: the previous line ended in a number that was
    NOT redacted (it may be a scaling answer, or the first digits of a BSN said with no
    cue); its tokens, with up to six words of context before them, wait for the next
    line: when the two together make a number, `revised` names the placeholder the
    previous line's tail gets (the session holds that line back until then).
    """

    pending: str | None = None  # the placeholder the continuation gets
    pending_cue: bool = False  # that placeholder came from a cue ("bsn", "rekeningnummer")
    tail_digits: str = ""  # digits of an unredacted number that ended the previous line
    open_toks: list[Tok] = field(default_factory=list)  # context + that number's tokens
    open_at: int = 0  # index in open_toks where the number starts
    revised: str | None = None  # set by redact_stream_head: the previous line's tail is this
    history: list[str] = field(default_factory=list)

    def copy(self) -> "StreamState":
        return StreamState(self.pending, self.pending_cue, self.tail_digits, list(self.open_toks),
                           self.open_at, self.revised, list(self.history))


_HEAD_SKIP = frozenset({"ja", "en", "eh", "uh", "ehm", "hm", "dan", "nou", ",", ".", "-", "en dan", "o", "oh", "nog",
                        "daarna", "verder"})
_NUMBER_LABELS = ("[telefoonnummer]", "[bsn]", "[nummer]", "[iban]", "[postcode]")
_CORRECTIONS = frozenset({"nee", "sorry", "pardon", "bedoel", "wacht", "of", "ik", "eh", "uh", "ehm", "nou",
                          "ja", ",", "."})
_CORRECTION_CORE = frozenset({"nee", "sorry", "pardon", "bedoel", "wacht"})


def _skip_head(toks: list[Tok]) -> int:
    i = 0
    while i < len(toks) and toks[i].low in _HEAD_SKIP:
        i += 1
    return i


def redact_stream_head(text: str, state: StreamState) -> str:
    """The leading number of a line that continues the previous line's number."""
    state.revised = None
    if not state.pending and not state.open_toks and len(state.tail_digits) < 2:
        return text
    toks = number_tokens(text)
    i = _skip_head(toks)
    if i >= len(toks) or _num_at(toks, i) is None:
        return text
    if state.open_toks:
        joined = _join_open(text, toks, i, state)
        if joined is not None:
            return joined
    for run in runs(toks[i:i + 60]):
        if run.first == 0 and (not _counting(run) or state.pending_cue):
            label = state.pending
            if label is None:  # the previous line's number, unredacted there, goes on here
                joined = state.tail_digits + run.digits
                if len(joined) < 8 or joined.startswith(_SERVICE) \
                        or _has_thousands(toks[i:], run):  # "negen elf / twee duizend een": a date
                    return text
                label = "[bsn]" if elfproef(joined) else "[nummer]"
            j = i + run.last
            return text[:toks[i].start] + label + text[toks[j].end:]
        break
    return text


def _has_thousands(toks: list[Tok], run: Run) -> bool:
    return any("duizend" in toks[k].low for x in run.nums for k in range(x.first, x.last + 1))


def _join_open(text: str, toks: list[Tok], i: int, state: StreamState) -> str | None:
    """The previous line's open number and this line's leading number read as one."""
    boundary = len(state.open_toks)
    joined = state.open_toks + toks[i:i + 60]
    for run in runs(joined):
        if not (run.first <= state.open_at <= run.last):
            continue
        if run.last < boundary:
            return None  # this line's number is not part of it
        label, first = _classify(run, joined)
        last = run.last
        if label == "[postcode]":
            first, last = _postcode_span(run, joined)
        elif label is None and not _counting(run) and len(run.digits) >= 8 \
                and not run.digits.startswith(_SERVICE) and not _has_thousands(joined, run):
            label = "[bsn]" if elfproef(run.digits) else "[nummer]"
        if label is None or first >= boundary or last < boundary:
            return None
        if last + 1 < len(joined) and joined[last + 1].low in _NOT_HOUSE and label != "[telefoonnummer]":
            return None  # round 12: "twaalfhonderd" / "twaalfhonderd euro": an amount said again, not one number
        state.revised = label
        return text[:toks[i].start] + label + text[joined[last].end:]
    return None


_TAIL_SKIP = frozenset({"?", "!", "ja", "nou", "hoor", "he", "toch", "oke", "ok"})


def _trailing_run(toks: list[Tok]) -> Run | None:
    end = len(toks) - 1
    while end >= 0 and (toks[end].low in FILLERS or toks[end].low in _SEPARATORS or toks[end].low in _TAIL_SKIP):
        end -= 1
    if end < 0:
        return None
    found = [r for r in runs(toks[:end + 1]) if r.last == end]
    return found[0] if found else None


def close_tail(text: str, label: str) -> str:
    """`text` with the number it ends in replaced by `label` (a held line whose number went on)."""
    toks = number_tokens(text)
    run = _trailing_run(toks)
    if run is None:
        return text
    return text[:toks[run.first].start] + label + text[toks[run.last].end:]


def _enumeration(run: Run, toks: list[Tok]) -> bool:
    """Numbers listed with "en" before the last one ("twaalf tien acht en zes"): ages, counts, not a number."""
    if len(run.nums) < 3:
        return False
    between = [t.low for t in toks[run.nums[-2].last + 1:run.nums[-1].first]]
    return between == ["en"] and all(n.word for n in run.nums)


_CURRENCY = frozenset({"euro", "eur", "euri", "piek", "pegels"})


def _amount_cents(toks: list, first: int) -> bool:
    """Round 17: a number right after a currency word with a number before it ("zevenentachtig euro
    vijftig", "twaalf euro en vijftig") is the cents of an amount, never the start of an account number."""
    j = first - 1
    if j >= 0 and toks[j].low == "en":
        j -= 1
    if j < 1 or toks[j].low not in _CURRENCY:
        return False
    before = toks[j - 1].low
    return before.isdigit() or word_value(before) is not None


# round 64: a match's score said with "nul" at a line's end ("jullie verloren met nul zes", "het werd nul drie"): no
# phone number's start to hold, unless a data cue (nummer, bel, bereikbaar) is on the line or the line before.
_SCORE_WORDS = frozenset("verloren verloor gewonnen won wonnen gelijk gelijkgespeeld stond stonden staat werd wordt "
                         "eindigde eindstand uitslag stand ruststand score".split())
_SCORE_FILL = frozenset("met het in eh dus toen uiteindelijk maar wel nog zelfs ook van was is".split())
_SCORE_CUES = PHONE_CUES | frozenset({"bereikbaar", "nummer", "nummers", "bel", "bellen", "belt", "gebeld"})


def _score_tail(toks: list[Tok], run, prev: str) -> bool:
    """ "verloren met nul zes" at a line's end: a score, two number words after a score word (fillers between)."""
    if len(run.nums) != 2 or len(run.digits) > 3:
        return False
    j = run.first - 1
    while j >= 0 and run.first - j <= 3 and toks[j].low in _SCORE_FILL:
        j -= 1
    if j < 0 or toks[j].low not in _SCORE_WORDS:
        return False
    if any(t.low in _SCORE_CUES for t in toks) or (prev and _SCORE_CUES.intersection(prev.lower().split())):
        return False
    return True


def redact_stream_tail(text: str, state: StreamState, prev: str = "") -> str:
    """Decide what the end of a line leaves open for the next one.

    A trailing run that is clearly the start of a number (a cue before it, "plus",
    "nul zes ...") is redacted here and marked `pending`. Any other trailing number
    (a scaling answer, or the first digits of a BSN said with no cue) stays, and is
    kept `open` so that the next line can show it was part of a number.
    """
    state.pending = None
    state.pending_cue = False
    state.tail_digits = ""
    state.open_toks = []
    state.open_at = 0
    stripped = text.rstrip(" ,.-?!")
    # the line already ends in a number placeholder (with fillers after it)
    tail = re.sub(r"(?:\s+(?:eh|uh|ehm|hm|en|dan|ja))*$", "", stripped)
    for label in _NUMBER_LABELS:
        if tail.endswith(label) and label != "[postcode]":
            state.pending = label
            before = tokens(tail[:-len(label)])
            state.pending_cue = label in ("[bsn]", "[iban]") and \
                _cue_before(before, len(before), BSN_CUES | IBAN_CUES)
            return text
    toks = number_tokens(text)
    run = _trailing_run(toks)
    if run is None:
        return text
    digits = run.digits
    if digits in _PROTECTED or digits.startswith(_SERVICE) or _two_services(digits) or _service_said(toks, run):
        return text
    if _amount_cents(toks, run.first):  # round 17: "vierhonderd zevenentachtig euro vijftig" (an amount's cents)
        return text
    bsn_cue = _cue_before(toks, run.first, BSN_CUES)
    iban_cue = _cue_before(toks, run.first, IBAN_CUES)
    if _counting(run) and not (bsn_cue or iban_cue):
        state.open_toks = toks[max(0, run.first - 6):run.last + 1]
        state.open_at = run.first - max(0, run.first - 6)
        return text
    if all(n.value < 100 for n in run.nums):
        state.tail_digits = digits
    label = None
    cue = False
    if digits.startswith("0") and _score_tail(toks, run, prev):  # round 64: "jullie verloren met nul zes"
        state.open_toks = toks[max(0, run.first - 6):run.last + 1]
        state.open_at = run.first - max(0, run.first - 6)
        return text
    if bsn_cue and len(digits) >= 2:
        label, cue = "[bsn]", True
    elif iban_cue and len(digits) >= 2:
        label, cue = "[iban]", True
    elif run.plus is not None and len(digits) >= 2:
        label = "[telefoonnummer]"
    elif digits.startswith("0") and len(digits) >= 3 and not digits.startswith(_SERVICE) \
            and run.nums[0].digits.startswith("0"):
        label = "[telefoonnummer]"
    elif len(digits) == 2 and digits[0] == "0" and digits[1] != "0" and toks[run.nums[0].first].low == "nul" \
            and len(run.nums) == 2:  # "... op nul zes" and the rest in the next line
        label = "[telefoonnummer]"
    elif _cue_before(toks, run.first, PHONE_CUES) and len(digits) >= 2 and digits.startswith("0"):
        label = "[telefoonnummer]"
    elif len(digits) >= 6 and not any(n.value >= 1000 for n in run.nums) and not _enumeration(run, toks):
        label = "[nummer]"
    if label is None:
        # a lone digit ("dat zijn er drie") is everyday talk and gives away one digit at most: not held
        if 2 <= len(digits) <= 8:
            state.open_toks = toks[max(0, run.first - 6):run.last + 1]
            state.open_at = run.first - max(0, run.first - 6)
        return text
    state.pending, state.pending_cue = label, cue
    return text[:toks[run.first].start] + label + text[toks[run.last].end:]


_PLACEHOLDER_SPLIT_RE = re.compile(r"(\[[a-z-]+\])")


def close_number_starts(text: str, label: str, any_run: bool = False) -> str:
    """The start of a phone number left in a line ("nul zes", "nul tien vier", "06") when a later line
    showed it went on: each run of two or more digits that starts with 0 gets `label` (not "nul keer",
    not before a unit such as "uur"). With `any_run`, every run of digits (a line of the number's middle)."""
    parts = _PLACEHOLDER_SPLIT_RE.split(text)
    for p in range(0, len(parts), 2):
        part = parts[p]
        if not part or (not any_run and "nul" not in part.lower() and "0" not in part):
            continue
        toks = tokens(part)
        spans = []
        for run in runs(toks):
            if run.plus is None and (any_run or (run.digits.startswith("0") and len(run.digits) >= 2
                                                 and not run.digits.startswith("00"))) \
                    and not (run.last + 1 < len(toks) and toks[run.last + 1].low in _NOT_HOUSE):
                spans.append((toks[run.first].start, toks[run.last].end, label))
        parts[p] = _replace(part, spans)
    return "".join(parts)


def phone_start(text: str) -> str | None:
    """The digits of the start of a phone number in a line, left unredacted ("nul zes hoor ik", "nul
    tien zei je"): one run of two to six digits that starts with 0 (not 00, not before a unit)."""
    if "nul" not in text.lower() and "0" not in text:
        return None
    toks = number_tokens(text)
    found = [r for r in runs(toks) if r.plus is None]
    if len(found) != 1:
        return None
    run = found[0]
    d = run.digits
    if not d.startswith("0") or d.startswith("00") or not 2 <= len(d) <= 6 \
            or (run.last + 1 < len(toks) and toks[run.last + 1].low in _NOT_HOUSE) \
            or (run.last + 1 < len(toks) and toks[run.last + 1].low in ("komma", "procent", ",")):
        return None
    return d


def dictated_digits(text: str, lead: bool = False) -> str | None:
    """The digits of a line that holds only number words and fillers ("ja vier vijf", "en dan twaalf"), else None.
    With `lead`, a few words of saying it back may come first ("is het zeventien vijftien", "u zegt een acht")."""
    toks = number_tokens(text)
    if lead:
        k = 0
        while k < len(toks) and k < 3 and toks[k].low in _SAID_BACK:
            k += 1
        toks = toks[k:]
    if not toks:
        return None
    found = runs(toks)
    if not found:
        return None
    covered = set()
    for r in found:
        covered.update(range(r.first, r.last + 1))
    for k, t in enumerate(toks):
        if k not in covered and t.low not in FILLERS and t.low not in _DOUBLE and t.low not in _DICTATION_EXTRA:
            return None
    return "".join(r.digits for r in found)


_SAID_BACK = frozenset("is het u je zegt zei dus ja nee of was".split())


def close_street_words(text: str, label: str = "[adres]") -> str:
    """The street words of a short line ("kastanjelaan", "de akkerstraat en de") when the next lines said the
    rest of the address."""
    parts = _PLACEHOLDER_SPLIT_RE.split(text)
    if sum(len(p.split()) for p in parts[::2]) > 6:
        return text
    for p in range(0, len(parts), 2):
        toks = tokens(parts[p])
        spans = [(t.start, t.end, label) for t in toks if _is_street(t) and t.low not in _BARE_STREETS]
        parts[p] = _replace(parts[p], spans)
    return "".join(parts)


_DICTATION_EXTRA = frozenset({"ja", "nee", "sorry", "oke", "ok", "klopt", "toch", "he", "nou", "daarna", "verder",
                              "dus", ",", ".", "?", "!", "-"})


def redact_false_starts(text: str) -> str:
    """A number broken off and said again: "zes eh nul zes nee sorry [telefoonnummer]"."""
    if "[" not in text:
        return text
    for label in _NUMBER_LABELS:
        at = text.find(label)
        while at > 0:
            before = text[:at]
            toks = number_tokens(before)
            k = len(toks) - 1
            core = False
            while k >= 0 and toks[k].low in _CORRECTIONS and len(toks) - k <= 5:
                core |= toks[k].low in _CORRECTION_CORE
                k -= 1
            if not core and label in ("[telefoonnummer]", "[nummer]"):
                # a dialling prefix said apart: "nul zes, dat is [nummer]"
                k = len(toks) - 1
                while k >= 0 and _num_at(toks, k) is None and len(toks) - k <= 3 and toks[k].low not in ("?", "!"):
                    k -= 1
                run = _trailing_run(toks[:k + 1]) if k >= 0 else None
                core = run is not None and run.last == k and run.digits.startswith("0") and 2 <= len(run.digits) <= 4 \
                    and not run.digits.startswith(_SERVICE)
            if core and k >= 0:
                run = _trailing_run(toks[:k + 1])
                if run is not None and run.digits not in _PROTECTED and not _counting(run) \
                        and toks[run.first].start >= 0 and "[" not in before[toks[run.first].start:]:
                    text = before[:toks[run.first].start] + label + before[toks[run.last].end:] + text[at:]
                    at = text.find(label, toks[run.first].start + len(label))
                    continue
            at = text.find(label, at + len(label))
    return text


_CORRECTION_LEAD = frozenset({"nee", "sorry", "pardon", "bedoel", "ik", "of", "eh", "uh", "ehm", "wacht", ",", "."})
_PLACEHOLDER_RE = re.compile(r"\[(telefoonnummer|bsn|nummer|iban|postcode|adres|datum|naam)\]")


def redact_corrections(text: str) -> str:
    """What is said again right after a redacted detail: "[adres] nee acht", "[naam] nee Kremer",
    and a long number corrected in passing: "zes vier drie drie een zes vier zeven nee zes twee"."""
    if "nee" not in text and "sorry" not in text and "bedoel" not in text and "pardon" not in text:
        return text
    for _ in range(3):
        changed = False
        for m in _PLACEHOLDER_RE.finditer(text):
            rest = text[m.end():]
            toks = number_tokens(rest)
            k = 0
            core = False
            while k < len(toks) and toks[k].low in _CORRECTION_LEAD and k < 4:
                core |= toks[k].low in _CORRECTION_CORE
                k += 1
            if not core or k >= len(toks):
                continue
            kind = m.group(1)
            end = None
            if kind == "naam":
                j = k
                while j < len(toks) and j - k < 3 and toks[j].low.isalpha() and toks[j].low not in STOP_WORDS \
                        and word_value(toks[j].low) is None:
                    j += 1
                end = j - 1 if j > k else None
            elif kind == "datum":
                j = k
                while j < len(toks) and (toks[j].low in MONTHS or _plain_num(toks[j].low)
                                         or ordinal_value(toks[j].low) is not None):
                    j += 1
                end = j - 1 if j > k else None
            else:
                found = [r for r in runs(toks[k:k + 40]) if r.first == 0]
                if found:
                    end = k + found[0].last
                    if end + 1 < len(toks) and len(toks[end + 1].low) == 1 and toks[end + 1].low.isalpha():
                        end += 1  # a house number's letter
            if end is None:
                continue
            text = text[:m.end()] + rest[:toks[k].start] + m.group(0) + rest[toks[end].end:]
            changed = True
            break
        if not changed:
            break
    text = _said_before_correction(text)
    # a long number with no placeholder, corrected in passing
    toks = number_tokens(text)
    spans = []
    found = runs(toks)
    for a, b in zip(found, found[1:]):
        between = [t.low for t in toks[a.last + 1:b.first]]
        if between and len(between) <= 3 and all(w in _CORRECTION_LEAD for w in between) \
                and any(w in _CORRECTION_CORE for w in between) and not _counting(a) \
                and a.digits not in _PROTECTED and ((len(a.digits) >= 6 and len(b.digits) <= 4)
                                                    or (len(a.digits) >= 4 and len(a.digits) + len(b.digits) >= 9)):
            label = "[telefoonnummer]" if a.digits.startswith("0") else "[nummer]"
            spans.append((toks[a.first].start, toks[b.last].end, label))
    return _replace(text, spans)


_BEFORE_CORRECTION = re.compile(
    r"((?:[ ,]+(?:eh|uh|ehm|nee|sorry|pardon|ik|bedoel|wacht|of|dus))*[ ,]+(?:nee|sorry|pardon|bedoel)"
    r"(?:[ ,]+(?:eh|uh|ehm|ik|bedoel|wacht|het|is|was|dus))*[ ,]+)\[(datum|postcode|telefoonnummer|bsn|iban|nummer)\]",
    re.I)


def _said_before_correction(text: str) -> str:
    """What was said right before a correction and a redacted detail of the same kind: "drie maart nee [datum]",
    "drie nul zeven negen nee [postcode]", "nul zes twaalf sorry [telefoonnummer]": the first try goes too."""
    out, pos = [], 0
    for m in _BEFORE_CORRECTION.finditer(text):
        if m.start() < pos:
            continue
        before = text[pos:m.start()]
        toks = tokens(before)
        kind = m.group(2).lower()
        k = len(toks)
        while k > 0 and len(toks) - k < 6:
            low = toks[k - 1].low
            if _plain_num(low) or low in _DOUBLE or (kind == "datum" and (low in MONTHS or ordinal_value(low) is not None)) \
                    or (kind == "postcode" and k < len(toks) and _letter(toks[k - 1]) is not None
                        and low not in _PC_NOT_LETTERS and len(low) <= 3):
                k -= 1
            else:
                break
        while k < len(toks) and not _plain_num(toks[k].low) and not (kind == "datum" and toks[k].low in MONTHS):
            k += 1  # it starts with a number (or a month)
        if k >= len(toks):
            continue
        said = toks[k:]
        if kind == "datum" and not any(t.low in MONTHS for t in said) and len(said) < 2:
            continue  # one number before a date: "over twee nee [datum]" is no date
        if kind != "datum" and sum(_plain_num(t.low) for t in said) < 2 and not any(
                len(t.low) >= 2 and t.low.isdigit() for t in said):
            continue
        if k > 0 and toks[k - 1].low in ("om", "rond", "tegen", "over", "na", "voor"):
            continue
        out.append(before[:toks[k].start] + "[" + kind + "]" + m.group(1) + "[" + kind + "]")
        pos = m.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


_LOCAL_PART_JOIN = frozenset({"punt", "streepje", "underscore", "liggend", "laag", "koppelteken"})


def redact_local_part(text: str) -> str:
    """In a line with a redacted e-mail address, its local part said apart, with its dots or dashes:
    "[e-mail] en daarvoor jan punt smit", "[e-mail], ervoor k punt de wit": words joined by "punt",
    "streepje", "underscore" (two words at least, no stop word between)."""
    if "[e-mail]" not in text or not any(j in text for j in ("punt", "streepje", "underscore")):
        return text
    toks = [Tok(m.start(), m.end(), m.group(0), fold(m.group(0))) for m in _PLACEHOLDER_OR_WORD.finditer(text)]
    n = len(toks)
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < n:
        if toks[i].low in _LOCAL_PART_JOIN and 0 < i and i + 1 < n:
            a = i - 1
            if not _local_word(toks[a]):
                i += 1
                continue
            b = i
            while b + 1 < n and toks[b].low in _LOCAL_PART_JOIN:
                c = b + 1
                while c < n and toks[c].low in _LOCAL_PART_JOIN:
                    c += 1
                d = c
                while d < n and toks[d].low in TUSSEN and d - c < 3:
                    d += 1  # "kim punt de haan"
                if d < n and _local_word(toks[d]):
                    b = d + 1
                else:
                    break
            if b > i + 1:
                spans.append((toks[a].start, toks[b - 1].end, "[e-mail]"))
                i = b
                continue
        i += 1
    return _replace(text, spans) if spans else text


_PLACEHOLDER_OR_WORD = re.compile(r"\[[a-z-]+\]|[^\W_]+|[^\w\s]")


def _local_word(tok: Tok) -> bool:
    low = tok.low
    if low in ("[naam]", "[e-mail]", "[nummer]"):
        return True
    return low.isalnum() and low not in STOP_WORDS and low not in _LOCAL_STOP and low not in ("daarvoor", "ervoor")


# ---------------------------------------------------------------------------
# Round 7: forms of addresses and postcodes as any Dutch speaker dictates them
# ---------------------------------------------------------------------------
# the words Dutch people spell a letter with ("k als Karel", "t als Theodoor", "b van Bernard")
SPELL_WORDS = frozenset(SPELLING_ALPHABET) | frozenset(
    "anna adam arie bart bram cor christiaan daan david dora eva emma ernst freek frans frits gijs gert gerrit "
    "hans henk herman isaak ida ivo jaap jacob johannes jozef kees klaas karin lies lotte marco mies martin "
    "niels nel olga oscar paul piet peter quirinus richard rob rutger sara sophie sjaak tinus theo theodoor "
    "thomas ursula uniform vincent vera wim walter xavier yvonne ijmuiden zeeland zorro".split())
_SPELL_LINKS = frozenset({"als", "van", "zoals", "voor"})
# letter names that are also ordinary words: "en als nadia belt" is no "n als Nadia"
_SPELL_AMBIGUOUS = frozenset({"en", "je", "we", "te", "de", "be", "er", "ge", "pe", "ve", "ce", "es", "el", "em"})
_SPELL_FILLERS = HESITATIONS | {",", "-", "en"}


def _spell_unit(toks: list[Tok], i: int) -> int | None:
    """Index after "<letter> als|van|zoals <word>" at i ("k als karel", "ka van kees"), or None."""
    if i + 2 >= len(toks) or toks[i + 1].low not in _SPELL_LINKS:
        return None
    skip = 1 if toks[i + 1].low == "als" and toks[i + 2].low == "in" and i + 3 < len(toks) else 0  # "t als in teun"
    i += skip
    low, w = toks[i - skip].low, toks[i + 2].low
    a = low if len(low) == 1 and low.isascii() and low.isalpha() else LETTER_NAMES.get(low) if len(low) > 1 else None
    if a is None or (low in _SPELL_AMBIGUOUS and w not in SPELLING_ALPHABET):
        return None
    if w in SPELLING_ALPHABET and SPELLING_ALPHABET[w] == a:
        return i + 3
    if not w.isalpha() or len(w) < 3 or not w.startswith(a):
        return None
    if a in ("u", "o", "a", "e", "i") and w not in SPELL_WORDS:  # "u als uw moeder", "o als ouder"
        return None
    if w in SPELL_WORDS or w in FIRST_NAMES:
        return i + 3
    return None


_DIGITS_THEN_LETTERS = frozenset({"en", "dan", "de", "letters", "eh", "uh", "ehm", ","})


def redact_spelled_letters(text: str) -> str:
    """Letters said with a spelling word, as a postcode's or a name's letters are dictated:
    "s als simon h als hendrik", "t als theodoor eh m als maria", "l als lodewijk e", "r als rudolf b".
    A bare letter right before or after goes with them, and the postcode's four digits when they
    come just before ("acht negen drie vier t als theodoor ..."; "vijftig eenenveertig s als simon ...")."""
    low = text.lower()
    if " als " not in low and " van " not in low and " zoals " not in low:
        return text
    toks = tokens(text)
    n = len(toks)
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < n:
        end = _spell_unit(toks, i)
        if end is None:
            i += 1
            continue
        start, last = i, end - 1
        k = end
        while True:  # more units, fillers between, a bare letter after
            j = k
            while j < n and toks[j].low in _SPELL_FILLERS:
                j += 1
            nxt = _spell_unit(toks, j) if j < n else None
            if nxt is not None:
                last, k = nxt - 1, nxt
                continue
            if j < n and len(toks[j].low) == 1 and toks[j].low.isascii() and toks[j].low.isalpha() \
                    and toks[j].low != "u" and (j + 1 >= n or not toks[j + 1].low.isalpha()
                                                 or toks[j + 1].low in _PC_CLOSERS or toks[j + 1].low in ("in", "te")):
                last = j  # "l als lodewijk e", "r als rudolf b"
            # round 10: the rest spelled as bare letters, "k als in karel o e k"
            e = j
            while e < n and e - j < 12 and len(toks[e].low) == 1 and toks[e].low.isascii() and toks[e].low.isalpha():
                e += 1
            if e - j >= 2 and (e >= n or not toks[e].low.isalpha() or toks[e].low in _PC_CLOSERS) \
                    and (_spell_unit(toks, e) is None):
                last = e - 1
            break
        # a bare letter just before: "e t als theodoor"
        if start > 0 and len(toks[start - 1].low) == 1 and toks[start - 1].low.isalpha() and toks[start - 1].low != "u":
            start -= 1
        # the four digits of the postcode just before (round 13: also with "en dan" between, "zesendertig
        # eenenzeventig en dan k van karel l van lodewijk")
        b, digits, label = start, "", "[naam]"
        while b > 0 and toks[b - 1].low in _DIGITS_THEN_LETTERS and start - b < 4:
            b -= 1
        while b > 0 and len(digits) < 4:
            w = toks[b - 1].low
            if w in ("eh", "uh", "ehm", ","):
                b -= 1
                continue
            v = int(w) if w.isascii() and w.isdigit() and len(w) <= 4 else word_value(w)
            if v is None or v > 99 and not w.isdigit():
                break
            digits = (w if w.isdigit() else str(v)) + digits
            b -= 1
        if len(digits) == 4 and digits[0] != "0":
            while b < start and toks[b].low in ("eh", "uh", "ehm", ","):
                b += 1
            start, label = b, "[postcode]"
        elif "postcode" in low or all(t.low in _SPELL_FILLERS or t.low in _SPELL_LINKS or len(t.low) <= 2
                                      or t.low in SPELL_WORDS or t.low in FIRST_NAMES for t in toks):
            label = "[postcode]" if "naam" not in low else "[naam]"
        spans.append((toks[start].start, toks[last].end, label))
        i = last + 1
    return _replace(text, spans) if spans else text


# generic streets: a road, not a named street
_GENERIC_STREETS = frozenset(
    "zijstraat winkelstraat woonstraat uitvalsweg ringweg rondweg snelweg zandweg binnenweg achterstraat "
    "hoofdweg dreef laan straat singel gracht kade steeg grachtengordel zijsteeg".split())
_BARE_STREET_RE = re.compile(r"^\w{4,}(?:straat|laan|gracht|singel|dreef|steeg|kade|straatweg|straatje|laantje|steegje)$")
_STREET_ARTICLE = frozenset({"de", "het", "'t"})
_STREET_PREP = frozenset({"in", "op", "aan", "naar", "bij", "langs", "via", "uit", "door", "over", "vanaf", "richting"})


def _named_street(low: str) -> bool:
    return bool(_BARE_STREET_RE.match(low)) and low not in _GENERIC_STREETS and low not in NOT_STREETS


_ROOM_WORDS = frozenset({"kamer", "deur", "flat", "portiek", "unit", "appartement"})
_PLACE_PREFIX = frozenset({"nieuw", "oud", "sint", "st", "den", "de", "ter", "ten", "'s", "groot", "klein", "oost",
                           "west", "noord", "zuid", "hoog", "laag", "midden"})
_WORDISH = re.compile(r"\[[a-z-]+\]|[^\W_]+(?:'[^\W_]+)?|\S", re.I)


def _placeholder_tokens(text: str) -> list[Tok]:
    """Words folded for matching, a placeholder such as "[adres]" kept as it is (a new list; its Tok objects
    are shared and never changed)."""
    return list(_placeholder_tokens_of(text))


@lru_cache(maxsize=4096)
def _placeholder_tokens_of(text: str) -> tuple[Tok, ...]:
    return tuple(Tok(m.start(), m.end(), m.group(0), m.group(0).lower() if m.group(0).startswith("[") else fold(m.group(0)))
                 for m in _WORDISH.finditer(text))


def _gated_tokens(text: str, gate: re.Pattern[str]) -> tuple[list[Tok], list[str]] | None:
    """The preamble of the rules read on a line the other rules have read: None when the line lacks the
    rule's gate or has fewer than two tokens, else its tokens (placeholders whole) and their folded words."""
    if not gate.search(text):
        return None
    toks = _placeholder_tokens(text)
    if len(toks) < 2:
        return None
    return toks, [t.low for t in toks]


@lru_cache(maxsize=8192)
def _landscape_compound(low: str) -> bool:
    """A word made with a place in the land at its end, as streets are named: "boomgaard", "zonneweide", "kerkakker"."""
    return low.isalpha() and low not in NOT_STREETS and bool(_LANDSCAPE_RE.match(low))


_LANDSCAPE_RE = re.compile(r"^\w{3,}(?:" + "|".join(h for h in sorted(_LANDSCAPE_HEADS) if len(h) >= 4) + r")$")


# round 91 FD: a club said as a compound ("judoclub", "schaakvereniging") is no street's own name
_CLUB_ENDS = ("club", "clubje", "vereniging", "verenigingen")


def _unknown_word(low: str) -> bool:
    """A word that is no ordinary Dutch word, stop word or number: a place's or a street's own name."""
    return low.isalpha() and len(low) >= 3 and low not in ORDINARY_WORDS and low not in STOP_WORDS \
        and word_value(low) is None and low not in MONTHS and low not in FILLERS \
        and low not in _SIDE_WORDS  # "overzijde", which the generated word list lacks: a side, no street


_PART_LEAD = frozenset({"nee", "sorry", "eh", "uh", "ehm", ",", "ja", "dus", "en", "of"})
_PART_WORDS = frozenset({"galerij", "blok", "ingang", "toevoeging", "bus"})  # "bus vier": a Belgian address's box


def _address_part(lows: list[str], k: int) -> int | None:
    """The last index of what is said of an address right after it, from k, or None: its floor ("drie hoog",
    "driehoog", "vierde galerij", "tweede etage"), a gallery, room or door and its number ("galerij drie",
    "kamer nee deur vijftien"), the number's addition ("toevoeging a", "achter", "bis b"); fillers and
    corrections before it ("ja", "nee")."""
    n = len(lows)
    s = k
    while s < n and lows[s] in _PART_LEAD and s - k < 3:
        s += 1
    if s >= n:
        return None
    w = lows[s]
    if s + 1 < n and (ordinal_value(w) or 0) in range(1, 31) and lows[s + 1] in _FLOOR_NOUNS:
        return s + 1
    if s + 1 < n and w in UNITS and w not in ("een", "nul") and lows[s + 1] == "hoog":
        return s + 1
    if w.endswith("hoog") and w[:-4] in UNITS:
        return s
    if w in _ROOM_WORDS or w in _PART_WORDS:
        e = s + 1
        while e < n and lows[e] in _ROOM_WORDS | {"nee", "sorry", "eh", "uh", ",", "nummer", "galerij", "is"} and e - s < 4:
            e += 1
        if e < n and (word_value(lows[e]) is not None or lows[e].isdigit()
                      or (w == "toevoeging" and len(lows[e]) <= 3 and lows[e].isalpha())):
            return e
    if s == k and w in _FLOOR_NOUNS | _PART_WORDS:
        return s  # "[adres] hoog": the floor's number went with a correction ("zes hoog nee vijf hoog")
    if w in _ROOM_WORDS or w in _PART_WORDS:
        return None
    if s == k and w in ("achter", "achterhuis", "voorhuis", "bis") and (s + 1 >= n or lows[s + 1] in _PART_LEAD
                                                                        or lows[s + 1] in ("de", "het")):
        return s
    return None


def redact_address_forms(text: str) -> str:
    """Round 7's address forms, on a line the other rules have read:

    - a crossing: "op de hoek van de Bisschopsweg en de Leidsestraat" (not "op de hoek" alone);
    - a street said with no number after an article or preposition, in a line with an address or a
      postcode: "[adres] de Wilgenhof" (a street alone stays: "ik woon in de Dorpsstraat", "ik heb in
      de Kalverstraat een jas gekocht");
    - the number before a street and its article: "twaalf a de Eikenhof";
    - a street with no street suffix before "nummer" and a house number ("Noorderbreedte nummer drie"),
      or after "bij/aan/op de" and before a house number ("bij de Berkenrode eh zeventien");
    - the place: "in Sexbierum", "te Nieuw Weerdinge" in a line with an address or postcode in it,
      and a house number's floor, door or room after "[adres]" ("[adres] tweede etage", "kamer nee deur vijftien").
    """
    toks = _WORDISH.findall(text)
    if not toks:
        return text
    lows = [fold(t) if not t.startswith("[") else t.lower() for t in toks]
    n = len(lows)
    red = [False] * n
    has_addr = any(w in ("[adres]", "[postcode]") for w in lows)
    for i, w in enumerate(lows):
        if w == "hoek" and i + 2 < n and lows[i + 1] == "van":
            k = i + 2
            while k < n and lows[k] in _STREET_ARTICLE:
                k += 1
            if k < n and (_named_street(lows[k]) or _is_street_word(lows[k]) or lows[k] == "[adres]"):
                e = k
                m = k + 1
                if m < n and lows[m] in ("en", "met"):
                    m += 1
                    while m < n and lows[m] in _STREET_ARTICLE:
                        m += 1
                    if m < n and (_is_street_word(lows[m]) or lows[m] == "[adres]" or _unknown_word(lows[m])):
                        e = m
                for x in range(i, e + 1):
                    red[x] = True
        # a street with no number only next to an address ("[adres] de Wilgenhof"); a street in a story
        # ("ik heb in de Kalverstraat een jas gekocht") stays
        if has_addr and (_named_street(w) or _is_street_word(w) and w not in _GENERIC_STREETS) and i > 0 \
                and (lows[i - 1] in _STREET_ARTICLE or lows[i - 1] in _STREET_PREP) \
                and not (i > 1 and lows[i - 1] in _STREET_ARTICLE and lows[i - 2] in ("elke", "iedere", "welke")):
            b = i
            while b > 0 and (lows[b - 1] in _STREET_ADJECTIVES or lows[b - 1] in _STREET_TITLES):
                b -= 1
            for x in range(b, i + 1):
                red[x] = True
        # the number before the street and its article: "twaalf a de Eikenhof"
        if _is_street_word(w) and w not in _GENERIC_STREETS and i > 1 and lows[i - 1] in _STREET_ARTICLE:
            b = i - 2
            if b > 0 and len(lows[b]) == 1 and lows[b] in "abcdefgh":
                b -= 1
            if b >= 0 and lows[b] != "een" and (lows[b].isdigit() or word_value(lows[b]) is not None) \
                    and (b == 0 or lows[b - 1] in _STREET_PREP or lows[b - 1] in HOUSE_NUMBER_CUES
                         or word_value(lows[b - 1]) is None and lows[b - 1] not in _NOT_HOUSE):
                if b > 0 and lows[b - 1] in HOUSE_NUMBER_CUES:
                    b -= 1
                for x in range(b, i + 1):
                    red[x] = True
        # "Noorderbreedte nummer drie", "bij de Berkenrode eh zeventien"; a word that is a place in the
        # land ("bij de Boomgaard dertien in de wijk") only with the number at the end of what is said of it
        landscape = i > 1 and lows[i - 1] in _STREET_ARTICLE and lows[i - 2] in _STREET_PREP and _landscape_compound(w)
        if (_unknown_word(w) and w not in FIRST_NAMES and not w.endswith(_CLUB_ENDS)) or landscape:
            k = i + 1
            while k < n and lows[k] in ("eh", "uh", "ehm", ","):
                k += 1
            cue = k < n and lows[k] in HOUSE_NUMBER_CUES
            after_article = i > 1 and lows[i - 1] in _STREET_ARTICLE and lows[i - 2] in _STREET_PREP
            if cue or after_article:
                rest = tokens(" ".join(toks[k:k + 8]))
                hn = _house_number(rest, 0) if rest else None
                if landscape and not _unknown_word(w) and hn is not None and hn + 1 < len(rest) \
                        and rest[hn + 1].low not in _ADDRESS_AFTER:
                    hn = None
                if hn is not None and (cue or (rest[0].low != "een" and _num_at(rest, 0) is not None)):
                    nwords = len(_WORDISH.findall(" ".join(t.raw for t in rest[:hn + 1])))
                    for x in range(i, min(n, k + nwords)):
                        red[x] = True
    if has_addr or any(red):
        for i, w in enumerate(lows):
            if w in ("in", "te", "uit") and i + 1 < n:
                k = i + 1
                if lows[k] in _PLACE_PREFIX and k + 1 < n and _unknown_word(lows[k + 1]):
                    red[k] = red[k + 1] = True
                elif _unknown_word(lows[k]) and lows[k] not in FIRST_NAMES_AMBIGUOUS:
                    red[k] = True
                    if k + 1 < n and _unknown_word(lows[k + 1]):
                        red[k + 1] = True
        for i, w in enumerate(lows):  # "[adres] tweede etage", "[adres] kamer nee deur vijftien"
            if w != "[adres]":
                continue
            k = i + 1
            while True:  # one part after another: "[adres] zes hoog nee vijf hoog", "[adres] ja drie hoog"
                e = _address_part(lows, k)
                if e is None:
                    break
                for x in range(k, e + 1):
                    if lows[x] not in ("ja", "dus"):
                        red[x] = True
                k = e + 1
    if not any(red):
        return text
    # rebuild the text with each run of redacted tokens (and the placeholders inside it) as one [adres]
    out, pos, i = [], 0, 0
    starts = []
    p = 0
    for t in toks:
        p = text.index(t, p)
        starts.append(p)
        p += len(t)
    while i < n:
        if red[i] and not lows[i].startswith("["):
            j = i
            while j + 1 < n and (red[j + 1] or lows[j + 1] == "[adres]"):
                j += 1
            b = i
            if b > 0 and lows[b - 1] == "[adres]":
                b -= 1
            out.append(text[pos:starts[b]] + "[adres]")
            pos = starts[j] + len(toks[j])
            i = j + 1
        else:
            i += 1
    out.append(text[pos:])
    return "".join(out)


# ---------------------------------------------------------------------------
# Round 9: corrections and alternatives said around a redacted number
# ---------------------------------------------------------------------------
# words that say a number is a try, a correction or a piece of the one redacted next to it
_ALT_CUES = frozenset("of nee niet maar sorry bedoel pardon wacht eind einde begin laatste eerste stuk stukje "
                      "daarvoor ervoor daarna erachter achteraan vooraan letters cijfers".split())
_ALT_LABELS = ("[telefoonnummer]", "[bsn]", "[iban]", "[nummer]", "[postcode]")
_ALT_AFTER_STOP = _NOT_HOUSE | frozenset("minuten uur jaar jaren jaartjes maanden dagen weken kilo gram liter procent "
                                         "euro cent keer kinderen mensen stuks januari februari maart april mei juni "
                                         "juli augustus september oktober november december".split())
_ALT_BEFORE_STOP = frozenset("om rond rondom tegen over na voor sinds vanaf tot binnen ongeveer zo'n bijna pas "
                             "nummer bus lijn".split())
_ALT_REACH = 8  # tokens between the number and the redacted one


def redact_alternatives(text: str) -> str:
    """A number said as another try, a correction or a piece next to a redacted number of the same kind:
    "was het nou drieënzestig of zesendertig aan het eind [telefoonnummer]", "nee niet vijf vier maar vier
    vijf dus [nummer]", "het laatste stuk was vier vier drie twee en daarvoor [iban]", "[telefoonnummer]
    en dan met nul zes ervoor", "zestien achtentwintig en nog wat letters [postcode]". The number needs two
    digits at least, a cue word between it and the placeholder or just before it, and no unit or time
    word next to it ("om drie uur", "twee kinderen")."""
    text = _number_parts(text)
    if "[" not in text:
        return text
    toks = [Tok(m.start(), m.end(), m.group(0), fold(m.group(0))) for m in _WORDISH.finditer(text)]
    places = [(i, t.low) for i, t in enumerate(toks) if t.low in _ALT_LABELS]
    spans: list[tuple[int, int, str]] = []
    # a house number said again as another try or a correction: "[adres] of was het honderddrieëntwintig"
    for i, t in enumerate(toks):
        if t.low != "[adres]":
            continue
        k = i + 1
        while k < len(toks) and toks[k].low in _NEXT_LEAD and k - i <= 4:
            k += 1
        if k > i + 1 and any(x.low in _ALT_CUES for x in toks[i + 1:k]) and k < len(toks) and toks[k].low != "een":
            hn = _house_number(toks, k)
            if hn is not None and not (hn + 1 < len(toks) and toks[hn + 1].low in _ALT_AFTER_STOP):
                spans.append((toks[k].start, toks[hn].end, "[adres]"))
    if spans:
        return _replace(text, spans)
    if not places or not any(t.low in _ALT_CUES for t in toks):
        return text
    for run in runs(toks):
        a, b = run.first, run.last
        corrected = a > 0 and toks[a - 1].low == "niet" and b + 1 < len(toks) and toks[b + 1].low == "maar"
        if (len(run.digits) < 2 and not corrected) or run.digits in _PROTECTED or _counting(run):
            continue
        if b + 1 < len(toks) and toks[b + 1].low in _ALT_AFTER_STOP:
            continue
        if a > 0 and toks[a - 1].low in _ALT_BEFORE_STOP:
            continue
        near = [(abs(p - a) if p < a else abs(p - b), p, lab) for p, lab in places
                if (p < a and a - p <= _ALT_REACH) or (p > b and p - b <= _ALT_REACH)]
        if not near:
            continue
        _, p, label = min(near)
        lo, hi = (p + 1, a) if p < a else (b + 1, p)
        cued = any(t.low in _ALT_CUES for t in toks[lo:hi]) or any(t.low in _ALT_CUES for t in toks[max(0, a - 5):a])
        if not cued:
            continue
        if label == "[postcode]" and len(run.digits) > 4:
            continue
        spans.append((toks[a].start, toks[b].end, label))
    return _replace(text, spans) if spans else text


_NEXT_LEAD = frozenset("nee niet of sorry pardon bedoel ik was het eh uh ehm dus toch".split())


def redact_alternative_next(prev_out: str, text: str) -> str:
    """This line corrects or gives another try for the number redacted at the end of the line before:
    "het is dus [postcode]" / "niet zesendertig tien"; "[telefoonnummer]" / "of was het nul zes twaalf"."""
    label = None
    for m in _PLACEHOLDER_SPLIT_RE.finditer(prev_out):
        if m.group(1) in _ALT_LABELS or m.group(1) == "[datum]":
            label = m.group(1)
    if label == "[datum]":
        out = redact_date_alternatives(label + " " + text)
        return out[len(label) + 1:] if out.startswith(label + " ") else text
    if label is None or "[" in text.split(" ", 1)[0]:
        return text
    toks = tokens(text)
    k = 0
    while k < len(toks) and toks[k].low in _NEXT_LEAD and k < 4:
        k += 1
    if k == 0 or not any(t.low in _ALT_CUES for t in toks[:k]) or k >= len(toks) or not _plain_num(toks[k].low):
        return text
    out = redact_alternatives(label + " " + text)
    return out[len(label) + 1:] if out.startswith(label + " ") else text


_PREFIX_AFTER = frozenset("ervoor daarvoor vooraan voor".split())


def _number_parts(text: str) -> str:
    """A number said in two parts with what goes where: "zes acht eh zeven zeven vier drie een nul en dan
    met nul zes ervoor" (a phone number's end, then its start: both go), "zestien achtentwintig en nog wat
    letters l t" (a postcode's digits, then its letters)."""
    if "ervoor" not in text and "vooraan" not in text and "letters" not in text:
        return text
    toks = tokens(text)
    found = runs(toks)
    spans: list[tuple[int, int, str]] = []
    for r in found:
        d = r.digits
        after = [t.low for t in toks[r.last + 1:r.last + 3]] + [t.low for t in toks[max(0, r.first - 1):r.first]]
        if d.startswith("0") and 2 <= len(d) <= 4 and any(w in _PREFIX_AFTER for w in after) \
                and not d.startswith(_SERVICE) and d not in _PROTECTED:
            body = [x for x in found if x is not r and 6 <= len(x.digits) <= 9 and not _counting(x)
                    and abs(x.last - r.first) <= 12 and not x.digits.startswith("0")]
            if body:
                spans += [(toks[x.first].start, toks[x.last].end, "[telefoonnummer]") for x in (body[0], r)]
                break
        if len(d) == 4 and d[0] != "0" and not _counting(r):
            j = r.last + 1
            while j < len(toks) and j - r.last <= 5 and toks[j].low != "letters":
                j += 1
            k = j + 1
            if j < len(toks) and toks[j].low == "letters" and k + 1 < len(toks) and all(
                    len(t.low) == 1 and t.low.isalpha() and t.low not in ("u", "e", "o") for t in toks[k:k + 2]) and (
                    k + 2 >= len(toks) or len(toks[k + 2].low) > 1 or not toks[k + 2].low.isalpha()):
                spans += [(toks[r.first].start, toks[r.last].end, "[postcode]"),
                          (toks[k].start, toks[k + 1].end, "[postcode]")]
                break
    spans.sort()
    return _replace(text, spans) if spans else text


# ---------------------------------------------------------------------------
# Round 9: addresses with a block, flat, berth or pitch; the town said between street and number
# ---------------------------------------------------------------------------
_UNIT_NOUNS = frozenset("appartement app plek standplaats ligplaats kavel chalet huisje woning unit kamer".split())
_BUILDING_NOUNS = frozenset("flat seniorenflat flatgebouw complex woontoren camping vakantiepark recreatiepark "
                            "bungalowpark woonwagenkamp woonboot woonzorgcentrum".split())
_NEAR_NUMBER = frozenset("tegenover naast bij achter".split())
_NOT_PLACE = frozenset("buurt stad wijk flat straat centrum buurtje zon regen tuin kelder gang hal lift trein bus "
                       "auto winkel keuken kamer hoek verte gauwigheid gaten war knoop put dorp dorpje land "
                       "noorden zuiden oosten westen midden buitengebied ziekenhuis huis gebouw bos polder weiland "
                       "nieuwbouw oude nieuwe achterbuurt binnenstad".split())


_ADDRESS_GATE9 = re.compile(r"\[adres\]|\b(?:" + _trie_alt(_UNIT_NOUNS | _BUILDING_NOUNS | HOUSE_NUMBER_CUES
                                                          | {"blok", "adres", "nr"}) + r")\b", re.I)


def _unit_part(lows: list[str], k: int) -> int | None:
    """The last index of what follows a street or a building in place of a plain house number, from k:
    "blok c nummer tweehonderdzestien", "appartement veertig", "plek tweeënveertig", "tegenover nummer
    honderdnegen", "nummer zes" (a number word or digits after it)."""
    n = len(lows)
    e = k
    if e + 1 < n and lows[e] == "blok" and (len(lows[e + 1]) == 1 and lows[e + 1].isalpha()
                                            or _plain_num(lows[e + 1])):
        e += 2
        if e >= n or not (lows[e] in _UNIT_NOUNS or lows[e] in HOUSE_NUMBER_CUES):
            return e - 1
    if e < n and lows[e] in _NEAR_NUMBER and e + 1 < n and lows[e + 1] in HOUSE_NUMBER_CUES:
        e += 1
    if e < n and (lows[e] in _UNIT_NOUNS or lows[e] in HOUSE_NUMBER_CUES):
        e += 1
        while e < n and lows[e] in ("eh", "uh", "ehm", ","):
            e += 1
        if e < n and lows[e] != "een" and (_plain_num(lows[e])):
            v = word_value(lows[e]) if not lows[e].isdigit() else int(lows[e][:6])
            if v is not None and 0 < v < 10000 and not (e + 1 < n and lows[e + 1] in _NOT_HOUSE):
                if e + 1 < n and len(lows[e + 1]) == 1 and lows[e + 1] in "abcdefgh":
                    e += 1
                return e
    return None


# round 45: a side of the street, no street's name ("nummer zevenentwintig aan de overkant": a shop across the road)
_SIDE_WORDS = frozenset("overkant overzijde achterkant voorkant zijkant linkerkant rechterkant achterzijde voorzijde "
                        "zijde kant hoek".split())


def redact_address_units(text: str) -> str:
    """Round 9's address forms, on a line the other rules have read:

    - a street or a named building, camping or boat's mooring with a block, apartment, pitch or
      berth and its number: "aan het Europaplein blok c nummer tweehonderdzestien", "de rozenlaan
      appartement veertig", "op camping de Vossenberg plek tweeënveertig", "aan de Amsteldijk
      tegenover nummer honderdnegen";
    - the house number said before the street: "nummer zevenentachtig op de Zwanenhals";
    - a building's name in a line with an address: "in de flat de Hoge Wiek op [adres]";
    - a street word said before the town and the number: "de hoofdstraat in [adres]";
    - a street with no suffix after "het adres": "ik hoor het adres Weteringschans een twee drie";
    - the town after an address ending the line: "[adres] in de Bilt" (not "in de buurt").
    """
    gated = _gated_tokens(text, _ADDRESS_GATE9)
    if gated is None:
        return text
    toks, lows = gated
    n = len(toks)
    if not any(w in _UNIT_NOUNS or w in _BUILDING_NOUNS or w in HOUSE_NUMBER_CUES or w == "blok" or w == "adres"
               or w == "[adres]" for w in lows):
        return text
    red = [False] * n
    has_addr = "[adres]" in lows or "[postcode]" in lows
    for i, w in enumerate(lows):
        street = _is_street_word(w) and w not in _GENERIC_STREETS and w not in _BUILDING_NOUNS
        building = i > 0 and (lows[i - 1] in _BUILDING_NOUNS or (
            i > 1 and lows[i - 1] in _STREET_ARTICLE and lows[i - 2] in _BUILDING_NOUNS))
        named = (_unknown_word(w) or _landscape_compound(w)) and w not in FIRST_NAMES
        if street or (building and (named or w in _STREET_ADJECTIVES)):
            e = i
            if building and w in _STREET_ADJECTIVES and i + 1 < n and lows[i + 1].isalpha() \
                    and lows[i + 1] not in STOP_WORDS and lows[i + 1] not in _NOT_PLACE:
                e = i + 1  # "de Hoge Wiek"
            part = _unit_part(lows, e + 1)
            if part is not None and (lows[e + 1] != "nummer" or building or not street):
                b = _street_prefix(toks, i) if street else i
                for x in range(b, part + 1):
                    red[x] = True
            elif building and has_addr and e > i:
                for x in range(i, e + 1):
                    red[x] = True
            elif building and part is None and i > 1 and lows[i - 2] == "camping":
                pass
        # "de hoofdstraat in [adres]": the street, then the town and the number
        if street and i + 2 < n and lows[i + 1] in ("in", "te") and lows[i + 2] == "[adres]":
            for x in range(_street_prefix(toks, i), i + 1):
                red[x] = True
        # "nummer zevenentachtig op de Zwanenhals" (round 13: not a numbered thing's number in a room, "bed
        # nummer twaalf op de slaapzaal", "kamer nummer vier op de afdeling")
        if w in HOUSE_NUMBER_CUES and i + 4 < n and _plain_num(lows[i + 1]) and lows[i + 1] != "een" \
                and not (i > 0 and lows[i - 1] in _NUMBERED_THINGS):
            e = i + 1
            if e + 1 < n and len(lows[e + 1]) == 1 and lows[e + 1] in "abcdefgh":
                e += 1
            if e + 3 < n and lows[e + 1] in ("op", "aan", "in") and lows[e + 2] in _STREET_ARTICLE \
                    and (_unknown_word(lows[e + 3]) or _landscape_compound(lows[e + 3]) or _is_street_word(lows[e + 3])
                         or lows[e + 3] in _SIDE_WORDS) \
                    and not _room_word(lows[e + 3]) \
                    and (lows[e + 3] not in _SIDE_WORDS or any(x in LIVE_CUES for x in lows)):
                for x in range(i, e + 4):
                    red[x] = True
        # "het adres Weteringschans een twee drie", "het adres is Wederik acht"
        if w == "adres" and i + 2 < n:
            k = i + 1
            while k < n and (lows[k] in ("is", "was", "dus", ":", ",", "eh", "uh", "van", "de", "het")
                             or lows[k] in POSSESSIVES or lows[k] in KIN) and k - i <= 6:
                k += 1  # "het adres van uw dochter is de Hazelaar negen"
            if k + 1 < n and _unknown_word(lows[k]) and lows[k] not in FIRST_NAMES:
                rest = toks[k + 1:k + 9]
                hn = _house_number(rest, 0)
                if hn is None and len(rest) > 1 and rest[0].low == "een" and rest[1].low in UNITS:
                    hn = 0  # "een twee drie": said digit by digit
                if hn is not None and _num_at(rest, 0) is not None and (rest[0].low != "een" or hn > 0
                                                                        or rest[1].low in UNITS):
                    while hn + 1 < len(rest) and _plain_num(rest[hn + 1].low) and rest[hn + 1].low in UNITS:
                        hn += 1  # the number said digit by digit
                    for x in range(k, k + 2 + hn):
                        red[x] = True
    # the town after an address at the end of the line: "[adres] in de Bilt"
    for i, w in enumerate(lows):
        if (w == "[adres]" or red[i]) and i + 2 < n and lows[i + 1] in ("in", "te"):
            k = i + 2
            if lows[k] in ("de", "den", "het", "'s", "ter", "ten") or (lows[k] in _PLACE_PREFIX and k + 1 < n
                                                                       and _unknown_word(lows[k + 1])):
                k += 1  # "in de Bilt", "in Nieuw Buinen"
            if k < n and lows[k].isalpha() and lows[k] not in STOP_WORDS and lows[k] not in _NOT_PLACE \
                    and word_value(lows[k]) is None and (k > i + 2 or _unknown_word(lows[k])) \
                    and (k + 1 >= n or lows[k + 1] in _PC_CLOSERS):
                for x in range(i + 2, k + 1):
                    red[x] = True
    if not any(red):
        return text
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < n:
        if red[i]:
            j = i
            while j + 1 < n and (red[j + 1] or lows[j + 1] == "[adres]" and j + 2 < n and red[j + 2]):
                j += 1
            if j + 1 < n and lows[j + 1] == "[adres]":
                j += 1
            b = i - 1 if i > 0 and lows[i - 1] == "[adres]" else i
            spans.append((toks[b].start, toks[j].end, "[adres]"))
            i = j + 1
        else:
            i += 1
    return _replace(text, spans)


# ---------------------------------------------------------------------------
# Round 9: dates said again, corrected, or in another order
# ---------------------------------------------------------------------------
_GLUED_YEAR = re.compile(r"^(negentien|tweeduizend)(een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|"
                         r"dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)$")


def glued_year(low: str) -> bool:
    """A year said with its last digit glued on: "negentienzeven" (1907), "tweeduizendtwaalf" is a number word."""
    return bool(_GLUED_YEAR.match(low)) and word_value(low) is None


def _date_word(low: str) -> bool:
    return low in MONTHS or glued_year(low) or (ordinal_value(low) or 99) <= 31 or _plain_num(low)


_DATE_ALT_JOIN = frozenset("de van het op in en eh uh".split())
_DATE_GATE9 = re.compile(r"\b(?:van de|" + "|".join(sorted(MONTHS)) + r")\b", re.I)
_DATE_AFTER_STOP = _NOT_HOUSE | frozenset("keer klas plaats verdieping etage week dag maand helft ronde".split())


_ORDINAL_DATE_CLOSE = frozenset("ja toch klopt he hè zei zegt u je dat is het was . , ? ! eh uh ehm hm oké oke "
                                "geloof ik denk".split())


def redact_date_alternatives(text: str) -> str:
    """A date said again as another try or a correction next to a redacted one, or in an order the date
    rules do not read:

    - "was het nou de achtste of de [datum]", "[datum] nee de negende" (a cue word between);
    - "[datum] de derde": the day after a month and year;
    - "negentien vierenzestig de vijfde van de vijfde": a day and month as ordinals ("de vijfde van de
      vijfde"), with the year before it;
    - "oktober drieëntachtig de derde": a month, a year and the day;
    - the place after a birth date: "geboren op [datum] in Paramaribo".
    """
    if "[datum]" not in text and not _DATE_GATE9.search(text):
        return text
    toks = _placeholder_tokens(text)
    n = len(toks)
    lows = [t.low for t in toks]
    red = [False] * n
    has_date = "[datum]" in lows
    if not has_date and "van" not in lows and not any(w in MONTHS for w in lows):
        return text

    def group(k: int, step: int) -> int:
        """The last index of a run of date words from k (step 1) or the first (step -1); k itself if none."""
        e, j = k - step, k
        while 0 <= j < n and (_date_word(lows[j]) or lows[j] in _DATE_ALT_JOIN):
            if _date_word(lows[j]) and lows[j] != "een":
                e = j
            j += step
        return e

    for i, w in enumerate(lows):
        if w == "[datum]":
            # after: "[datum] nee de negende", "[datum] de derde klopt dat"
            k = i + 1
            cue = False
            while k < n and lows[k] in _NEXT_LEAD and k - i <= 4:
                cue |= lows[k] in _ALT_CUES
                k += 1
            if k < n and lows[k] == "de" and k + 1 < n and (ordinal_value(lows[k + 1]) or 99) <= 31:
                e = group(k + 1, 1)
                if e >= k + 1 and not (e + 1 < n and lows[e + 1] in _DATE_AFTER_STOP):
                    for x in range(k, e + 1):
                        red[x] = True
            elif cue and k < n and _date_word(lows[k]) and lows[k] != "een":
                e = group(k, 1)
                if e >= k and not (e + 1 < n and lows[e + 1] in _DATE_AFTER_STOP):
                    for x in range(k, e + 1):
                        red[x] = True
            # before: "de achtste of de [datum]", "drie mei of [datum]"
            k = i - 1
            cue = False
            while k >= 0 and lows[k] in _NEXT_LEAD | {"de"} and i - k <= 4:
                cue |= lows[k] in _ALT_CUES
                k -= 1
            if cue and k >= 0 and _date_word(lows[k]) and lows[k] != "een" and (
                    ordinal_value(lows[k]) is not None or lows[k] in MONTHS or glued_year(lows[k])
                    or (word_value(lows[k]) or 0) >= 10):
                b = group(k, -1)
                if b <= k and not (b > 0 and lows[b - 1] in _ALT_BEFORE_STOP):
                    if b > 0 and lows[b - 1] == "de":
                        b -= 1
                    for x in range(b, k + 1):
                        red[x] = True
            # the place of birth after the date: "geboren op [datum] in Paramaribo"
            if "geboren" in lows[:i] and i + 2 < n and lows[i + 1] in ("in", "te") and _unknown_word(lows[i + 2]) \
                    and (i + 3 >= n or lows[i + 3] in _PC_CLOSERS):
                red[i + 2] = True
        # "de vijfde van de vijfde" (a day and a month as ordinals), the year before it too
        if w == "de" and i + 4 < n and (ordinal_value(lows[i + 1]) or 99) <= 31 and lows[i + 2] == "van" \
                and lows[i + 3] == "de" and (ordinal_value(lows[i + 4]) or 99) <= 12 \
                and not (i + 5 < n and lows[i + 5] in _DATE_AFTER_STOP):
            b = i
            y = i - 1
            while y >= 0 and lows[y] in ("eh", "uh", ","):
                y -= 1
            for start in (y - 1, y):
                if start >= 0 and _year_at(toks, start) == y and (start == y or lows[start] in ("negentien", "tweeduizend")):
                    b = start
                    break
            # round 17: with no year and no birth word, a day and month that a sentence goes on after are a
            # day in the calendar ("op de elfde van de elfde begint carnaval"), not what was asked for
            if b == i and not has_date and not _BIRTH_CUES.intersection(lows) \
                    and any(lows[x] not in _ORDINAL_DATE_CLOSE for x in range(i + 5, n)):
                continue
            for x in range(b, i + 5):
                red[x] = True
        # "oktober drieëntachtig de derde"
        if w in MONTHS and i + 3 < n and _year_at(toks, i + 1) == i + 1 and lows[i + 2] == "de" \
                and (ordinal_value(lows[i + 3]) or 99) <= 31 and not (i + 4 < n and lows[i + 4] in _DATE_AFTER_STOP):
            for x in range(i, i + 4):
                red[x] = True
    if not any(red):
        return text
    spans = [(toks[i].start, toks[j].end,
              "[adres]" if j == i and lows[i - 1] in ("in", "te") and lows[i - 2] == "[datum]" else "[datum]")
             for i, j in flagged_runs(red)]
    return _replace(text, spans)


# ---------------------------------------------------------------------------
# Round 9: names by what is said around them
# ---------------------------------------------------------------------------
_NICK_VERBS = frozenset("noemt noemen noemde noemden zegt zeggen roept".split())
_NICK_OBJECTS = frozenset("je jou hem haar me mij u ons".split())
_HEARD_VERBS = frozenset("hoorde verstond versta noteer noteerde schrijf schreef".split())
_KIN9 = frozenset("overbuurman overbuurvrouw buren huisgenoot collega baas schoonmoeder schoonvader zwager schoonzus "
                  "stiefvader stiefmoeder pleegmoeder pleegvader ex".split())


_NAME_GATE9 = re.compile(r"\[naam\]|\b(?:" + _trie_alt({"was het", "heet", "heten", "genaamd", "naam van"}
                                                       | _HEARD_VERBS | TITLES | KIN | _KIN9) + r")\b", re.I)


def _plain_word(low: str) -> bool:
    """A word that is no ordinary Dutch word, stop word, number or month: a name's own word."""
    return low.isalpha() and len(low) >= 3 and low not in ORDINARY_WORDS and low not in STOP_WORDS \
        and word_value(low) is None and low not in MONTHS and low not in FILLERS and low not in _NOT_NAMES


def redact_name_forms(text: str) -> str:
    """Names the name rules leave, by the words around them:

    - another name for someone already named: "je heet [naam] maar iedereen zegt Moos", "je zus noemt je Truusje";
    - a name after "heet" ("de pleegmoeder heet Annemiek"), before a redacted name ("u bent Diederik [naam]"),
      after a family word ("de buurman Rozendaal heeft ..."), heard back ("ik hoorde Oksana is dat goed");
    - initials after a title or "op naam van": "mevrouw w van t Hof", "op naam van j de Haan";
    - a listed first name after "was het" and a second try after "of": "was het Priscilla of Priscila".
    Each word is no ordinary word, stop word or number.
    """
    gated = _gated_tokens(text, _NAME_GATE9)
    if gated is None:
        return text
    toks, lows = gated
    n = len(toks)
    red = [False] * n
    has_name = "[naam]" in lows

    def closes(k: int) -> bool:
        return k >= n or lows[k] in _NAME_CLOSERS or lows[k] in _NAME_END or lows[k] in ("en", "is", "maar", "heeft",
                                                                                         "die", "[naam]")

    for i, w in enumerate(lows):
        if w.startswith("["):
            continue
        prev = lows[i - 1] if i else ""
        if _plain_word(w) and closes(i + 1):
            if has_name and prev in _NICK_VERBS or (i > 1 and prev in _NICK_OBJECTS and lows[i - 2] in _NICK_VERBS):
                red[i] = True  # "iedereen zegt Moos", "je zus noemt je Truusje"
            elif prev in ("heet", "heten", "genaamd") and name_score(w) >= 0.3:
                red[i] = True
            elif i > 1 and (prev in KIN or prev in _KIN9) and lows[i - 2] in POSSESSIVES | {"de", "die"} \
                    and name_score(w) >= 0.5:
                red[i] = True  # "de buurman Rozendaal heeft de politie gebeld" (a verb after it is no name)
            elif prev in _HEARD_VERBS and name_score(w) >= 0.5 and i + 1 < n and lows[i + 1] in ("is", "klopt", "toch", "?"):
                red[i] = True  # "ik hoorde Oksana is dat goed"
        if _plain_word(w) and i + 1 < n and lows[i + 1] == "[naam]" and i > 0 and (
                prev in ("ben", "bent", "is", "heet", "heten") or prev in TITLES) and name_score(w) >= 0.3:
            red[i] = True  # "u bent Diederik [naam]"
        # "mevrouw w van t Hof", "op naam van j de Haan"
        titled = prev in TITLES or (i > 1 and lows[i - 2:i] == ["naam", "van"])
        if titled and len(w) == 1 and w.isalpha() and w != "u":
            k = i + 1
            while k < n and (len(lows[k]) == 1 and lows[k].isalpha() or lows[k] in TUSSEN) and k - i < 5:
                k += 1
            if k < n and k > i + 1 and (lows[k] == "[naam]" or (lows[k].isalpha() and len(lows[k]) >= 2
                                                                and lows[k] not in STOP_WORDS)):
                for x in range(i, k + (0 if lows[k].startswith("[") else 1)):
                    red[x] = True
            elif k < n and lows[k] in ("[iban]", "[naam]") and k > i:
                for x in range(i, k):
                    red[x] = True
        # "was het Priscilla of Priscila"
        if i > 1 and lows[i - 2:i] == ["was", "het"] and (w in FIRST_NAMES or w in FIRST_NAMES_MORE) \
                and w not in ORDINARY_WORDS:
            red[i] = True
            if i + 2 < n and lows[i + 1] == "of" and _plain_word(lows[i + 2]) and closes(i + 3):
                red[i + 2] = True
        if w == "of" and 0 < i < n - 1 and lows[i - 1] == "[naam]" and _plain_word(lows[i + 1]) and closes(i + 2):
            red[i + 1] = True  # "[naam] of Priscila"
    if not any(red):
        return text
    return _replace(text, [(toks[i].start, toks[j].end, "[naam]") for i, j in flagged_runs(red)])


# ---------------------------------------------------------------------------
# Dwellings, titles (round 10): what is said around an address, names by how people are addressed, pieces around a number
# ---------------------------------------------------------------------------
_ANY_FIRST_NAMES = _ANY_FIRST | _WORLD_NAMES  # (FIRST_NAMES, FIRST_NAMES_MORE, FIRST_NAMES_AMBIGUOUS in _ANY_FIRST)
# a dwelling that has a name of its own: "flat de Zevensprong", "seniorenflat de Hofstede", "woonboot de Albatros"
_DWELLING_RE = re.compile(r"^\w*(?:flat|flatgebouw|complex|camping|woonboot|boot|woonzorgcentrum|verzorgingshuis|"
                          r"verpleeghuis|bejaardenhuis|studentenhuis|woongroep|hofje|woontoren)$")
_NOT_DWELLINGS = frozenset("sloep roeiboot speedboot rubberboot bananenboot ferry plezierboot".split())
# the floor and unit words the address rules already have (_FLOOR_NOUNS, _UNIT_NOUNS), as round 10 reads them
# beside an address or a dwelling: without "hoog", "huisje" and "woning", with a phone's "toestel"
_FLOOR10 = _FLOOR_NOUNS - {"hoog"}
_UNITS10 = (_UNIT_NOUNS - {"huisje", "woning"}) | {"toestel"}
# surnames of a family's address form: "de familie Bakker", "familie van Leeuwen"
_FAMILY = frozenset("familie fam gezin".split())
# a first name used with a family title the way people speak to and of them: "oma Ietje", "tante Jo"
_KIN_TITLES = frozenset("oma opa tante oom ome neef nicht".split())  # round 11: "ome"
# the roles of people whose name is said with "heet": "de huisbaas heet ..."
_ROLE_NOUNS = frozenset("huisbaas verhuurder hospita eigenaar begeleider begeleidster mentor hulpverlener therapeut "
                        "psychiater psycholoog agent wijkagent huisarts verpleegkundige wijkverpleegkundige leraar "
                        "lerares juf meester docent leidinggevende bewindvoerder advocaat voogd coach schoonmoeder "
                        "schoonvader zwager schoonzus stiefvader stiefmoeder pleegmoeder pleegvader overbuurman "
                        "overbuurvrouw huisgenoot kleinzoon kleindochter casemanager behandelaar".split())
_CALL_VERBS = frozenset("noemen noem noemt noemde".split())
_CALLED = frozenset("je jou u hem haar me mij".split())
_THERE_AFTER = frozenset("nog nu ook al bij niet thuis".split())
_SPELL_REMARK = frozenset("een twee drie dubbel dubbele".split())
_PHONE_EXTENSION = frozenset("toestel toestelnummer extensie doorkies doorkiesnummer".split())


@lru_cache(maxsize=4096)
def glued_surname(low: str) -> bool:
    """A surname with its tussenvoegsel written as one word: "devries", "vandenberg", "terhorst", "vanderhoeven"."""
    if not low.isalpha() or len(low) < 6 or low in ORDINARY_WORDS or low in STOP_WORDS:
        return False
    if low in _GLUED_LISTED:
        return True
    for head in ("vander", "vanden", "vande", "vanter", "vant"):
        rest = low[len(head):]
        if low.startswith(head) and len(rest) >= 3 and rest not in STOP_WORDS:
            return True
    return False


_GLUED_LISTED = frozenset(s.replace("-", "") for s in SURNAMES_SAFE | SURNAMES_AMBIGUOUS if "-" in s)


def _own_name_word(low: str) -> bool:
    """A word that can be a person's own name here: a listed first name, a glued surname, or no ordinary word."""
    return (low in _ANY_FIRST_NAMES or glued_surname(low) or _plain_word(low)) and low not in _NOT_NAMES \
        and low not in STOP_WORDS and low not in FILLERS


_DWELLING_TITLE_GATE = re.compile(r"\[|\b(?:" + _trie_alt(_FAMILY | _KIN_TITLES | _CALL_VERBS | _ROLE_NOUNS | _UNITS10
                                                            | _FLOOR10 | {"er"})
                     + r")\b|\b(?:van|de|ter|ten)\w\w\w|flat|camping|boot|huis|hofje|woongroep|complex|toren|centrum",
                     re.I)


def _named_dwelling(lows: list[str], k: int) -> bool:
    """A dwelling word with its own name after it ("woonzorgcentrum de Lindehof", "flat Zonnehof", "boot heet de X");
    round 35: not a home named by its kind alone ("kamer twaalf van het verpleeghuis", "in de zorgflat in Assen")."""
    if not _DWELLING_RE.match(lows[k]):
        return False
    if k + 1 >= len(lows):
        return False
    nxt = lows[k + 1]
    return nxt in _STREET_ARTICLE or nxt in ("heet", "genaamd") or nxt.startswith("[") \
        or (nxt.isalpha() and nxt not in STOP_WORDS and nxt not in _PC_CLOSERS and word_value(nxt) is None
            and nxt not in _UNITS10 and nxt not in _FLOOR10 and nxt not in _NOT_PLACE and nxt not in LIVING_ROOMS)


def redact_dwellings_and_titles(text: str) -> str:
    """Dwellings, family titles, forms of address and pieces around a number (round 10), on a line the
    other rules have read (or the window's lines read as one):

    Addresses:
    - a dwelling with a name of its own: "flat de Zevensprong", "woonboot de Albatros", "zijn boot heet de X";
    - what is said of an address next to it: its floor ("op de tweede etage", "vijfde verdieping"), an
      apartment, room, pitch or berth and its number ("appartement tweehonderdelf", "kamer vier in het
      studentenhuis op de [adres]"), "h s" (huis) after the number;
    - the town after an address said with 't: "[adres] in 't Zandt".
    Names:
    - "mag ik je Mo noemen", "noem haar maar Toos";
    - a family title before a name: "oma Ietje", "tante Jo" (a listed first name or no ordinary word);
    - the same title said again before a redacted name: "tante Wil bedoel je tante [naam]";
    - "is Tinus er nog", "is Gijsbert er ook bij": a listed first name or a word the letter model calls a name;
    - "de familie Bakker", "familie van Leeuwen"; "de huisbaas heet van 't Hof" (a role before "heet");
    - a surname with its tussenvoegsel glued: "ik heb devries gebeld".
    Numbers:
    - "o"/"oh" said for the nought before a number redacted after it ("oh [nummer]");
    - an extension after a phone number ("[telefoonnummer] toestel vijftien");
    - a spelling remark inside an e-mail address ("[naam] met twee t's [e-mail]", "met een y van ypsilon").
    """
    gated = _gated_tokens(text, _DWELLING_TITLE_GATE)
    if gated is None:
        return text
    toks, lows = gated
    n = len(toks)
    red: dict[int, str] = {}
    has_addr = "[adres]" in lows

    def closes(k: int) -> bool:
        return k >= n or lows[k] in _PC_CLOSERS or lows[k] in _NAME_END or lows[k].startswith("[") \
            or lows[k] in ("in", "te", "op", "aan", "bij", "en", "/")

    for i, w in enumerate(lows):
        if w.startswith("["):
            # "oh [nummer]": the nought said as the letter o
            if w in ("[nummer]", "[telefoonnummer]") and i > 0 and lows[i - 1] in ("o", "oh") \
                    and (i < 2 or lows[i - 2] not in ("de", "het", "een", "letter")):
                red[i - 1] = "[telefoonnummer]"
                red[i] = "[telefoonnummer]"
            # "[telefoonnummer] toestel vijftien"
            if w == "[telefoonnummer]" and i + 2 < n and lows[i + 1] in _PHONE_EXTENSION and _plain_num(lows[i + 2]):
                red[i + 1] = red[i + 2] = "[telefoonnummer]"
            # "[naam] met twee t's [e-mail]", "[e-mail] met een y van ypsilon at ..." / "met een [naam] [e-mail]"
            if w in ("[naam]", "[e-mail]") and i + 3 < n and lows[i + 1] == "met" and lows[i + 2] in _SPELL_REMARK:
                k = i + 3
                if k < n and (re.fullmatch(r"[a-z](?:'s)?", lows[k]) or lows[k] == "[naam]" or lows[k] in LETTER_NAMES):
                    k += 1
                    if k + 1 < n and lows[k] in ("van", "als") and (lows[k + 1].isalpha() or lows[k + 1] == "[naam]"):
                        k += 2 if lows[k] == "van" else (3 if k + 2 < n and lows[k + 1] == "in" else 2)
                    if k < n and lows[k] == "[e-mail]":
                        for x in range(i, k + 1):
                            red[x] = "[e-mail]"
            continue
        prev = lows[i - 1] if i else ""
        # -- addresses --------------------------------------------------------
        dwelling = bool(_DWELLING_RE.match(w)) and w not in _NOT_DWELLINGS
        if dwelling:
            k = i + 1
            if k < n and lows[k] in ("heet", "genaamd", "is"):
                k += 1
            if k + 1 < n and k == i + 1 and lows[k] in _STREET_ARTICLE and lows[k + 1] == "[adres]":
                red[i] = red[k] = red[k + 1] = "[adres]"  # "op camping de [adres]": the camping's name went already
            if k + 1 < n and lows[k] in _STREET_ARTICLE and lows[k + 1].isalpha() and lows[k + 1] not in STOP_WORDS \
                    and lows[k + 1] not in _NOT_PLACE and word_value(lows[k + 1]) is None:
                e = k + 1
                if lows[e] in _STREET_ADJECTIVES and e + 1 < n and lows[e + 1].isalpha() \
                        and lows[e + 1] not in STOP_WORDS:
                    e += 1  # "de Hoge Wiek"
                own = _unknown_word(lows[e]) or _landscape_compound(lows[e]) or _is_street_word(lows[e])
                said = e + 1 >= n or lows[e + 1] in _PC_CLOSERS or lows[e + 1] in _UNITS10 \
                    or (e + 2 < n and (ordinal_value(lows[e + 1]) or 0) > 0 and lows[e + 2] in _FLOOR10) \
                    or lows[e + 1] in HOUSE_NUMBER_CUES or lows[e + 1] in ("in", "te", "op", "aan", "/") \
                    or lows[e + 1].startswith("[")
                if (own and said) or (said and lows[k - 1] in ("heet", "genaamd")) \
                        or (said and (e + 1 >= n or lows[e + 1] in _UNITS10 or lows[e + 1].startswith("["))):
                    for x in range(k + 1 if k > i + 1 else i, e + 1):  # "camping de Wielewaal", "boot heet de X"
                        red[x] = "[adres]"
        # "(op de) tweede etage", "vijfde verdieping" with an address in the line (or the lines before it)
        if (has_addr or any(v == "[adres]" for v in red.values())) and (ordinal_value(w) or 0) in range(1, 41) \
                and i + 1 < n and lows[i + 1] in _FLOOR10:
            red[i] = red[i + 1] = "[adres]"
            k = i + 2
            if k + 1 < n and (lows[k] in HOUSE_NUMBER_CUES or lows[k] in _UNITS10) and _plain_num(lows[k + 1]):
                red[k] = red[k + 1] = "[adres]"  # "vijfde verdieping nummer honderdtweeëndertig"
        # "appartement tweehonderdelf", "kamer vier", "standplaats zes" with an address or a dwelling in the line
        if w in _UNITS10 and w != "toestel" and i + 1 < n and _plain_num(lows[i + 1]) and lows[i + 1] != "een" \
                and (has_addr or any(_named_dwelling(lows, x) for x in range(n)) or any(_is_street_word(x) for x in lows)):
            v = word_value(lows[i + 1]) if not lows[i + 1].isdigit() else int(lows[i + 1][:6])
            if v is not None and 0 < v < 10000 and not (i + 2 < n and lows[i + 2] in _NOT_HOUSE):
                red[i] = red[i + 1] = "[adres]"
                for x, y in enumerate(lows):
                    if _is_street_word(y) and y not in _GENERIC_STREETS and y not in NOT_STREETS:
                        red[x] = "[adres]"
                if i + 2 < n and len(lows[i + 2]) == 1 and lows[i + 2] in "abcdefgh":
                    red[i + 2] = "[adres]"
        # "[adres] h s": the house said by its letters (huis: the ground floor)
        if w == "h" and i + 1 < n and lows[i + 1] == "s" and i > 0 and (lows[i - 1] == "[adres]" or _plain_num(prev)) \
                and has_addr:
            red[i] = red[i + 1] = "[adres]"
        # "[adres] in 't Zandt", "[adres] in t Harde"
        if w in ("in", "te") and i > 0 and (lows[i - 1] == "[adres]" or red.get(i - 1) == "[adres]"):
            k = i + 1
            if k < n and lows[k] == "'":
                k += 1
            if k + 1 < n and lows[k] in ("t", "'t", "s", "'s") and lows[k + 1].isalpha() \
                    and lows[k + 1] not in STOP_WORDS and lows[k + 1] not in _NOT_PLACE \
                    and (k + 2 >= n or lows[k + 2] in _PC_CLOSERS or lows[k + 2] == "/"):
                for x in range(i + 1, k + 2):
                    red[x] = "[adres]"
        # -- dates ------------------------------------------------------------
        # "op eerste kerstdag [datum] geboren": the day by its name, next to the date
        if w in _DAY_NAMES and ((i + 1 < n and lows[i + 1] == "[datum]") or lows[i - 1:i] == ["[datum]"]):
            red[i] = "[datum]"
            if i > 0 and (ordinal_value(prev) or 0) in (1, 2):
                red[i - 1] = "[datum]"
        # "ze is van [datum] ja van twaalf augustus": the day and month said on, with a date in the line
        if w in MONTHS and len(w) > 3 and i > 0 and "[datum]" in lows and (d := word_value(prev)) is not None \
                and 1 <= d <= 31 and red.get(i - 1) is None:
            red[i - 1] = red[i] = "[datum]"
        # -- names ------------------------------------------------------------
        # "mag ik je Mo noemen", "iedereen noemt haar Toos"
        if i > 0 and prev in _CALLED and _own_name_word(w) and (
                (i + 1 < n and lows[i + 1] in _CALL_VERBS) or (i > 1 and lows[i - 2] in _CALL_VERBS and closes(i + 1))):
            red[i] = "[naam]"
        # "oma Ietje", "tante Jo zei dat ook"
        if prev in _KIN_TITLES and (w in _ANY_FIRST_NAMES and w not in ORDINARY_WORDS or _plain_word(w)) \
                and w not in _NOT_NAMES and (i < 2 or lows[i - 2] not in ("een", "de", "het")):
            red[i] = "[naam]"
        # "tante Wil bedoel je tante [naam]": the first try before the same title and a name
        if prev in _KIN_TITLES and w.isalpha() and w not in _NOT_FIRST_TRY and i + 1 < n:
            for k in range(i + 1, min(n - 1, i + 6)):
                if lows[k] == prev and lows[k + 1] == "[naam]":
                    red[i] = "[naam]"
                    break
        # "is Tinus er nog", "is Gijsbert er ook bij"
        if prev == "is" and i + 2 < n and lows[i + 1] == "er" and lows[i + 2] in _THERE_AFTER \
                and ((w in _ANY_FIRST_NAMES and w not in ORDINARY_WORDS)
                     or (_plain_word(w) and name_score(w) >= NAME_THRESHOLD) or glued_surname(w)):
            red[i] = "[naam]"
        # "de familie Bakker", "familie van Leeuwen"
        if w in _FAMILY and i + 1 < n:
            k = i + 1
            while k < n and lows[k] in TUSSEN and lows[k] not in ("het", "in", "op", "'") and k - i <= 3:
                k += 1
            if k < n and lows[k].isalpha() and lows[k] not in STOP_WORDS and lows[k] not in _NOT_NAMES and (
                    _plain_word(lows[k]) or glued_surname(lows[k]) or lows[k] in _SURNAME_WORDS
                    or (k > i + 1 and lows[k] not in ORDINARY_WORDS)
                    or (k > i + 1 and lows[i + 1] != "van" and _own_name_word(lows[k]))):
                if not (k == i + 1 and lows[k] in ORDINARY_WORDS and lows[k] not in _SURNAME_WORDS):
                    for x in range(i + 1, k + 1):
                        red[x] = "[naam]"
        # "de huisbaas heet van 't Hof", "mijn begeleider heet Okafor"
        if w == "heet" and prev in _ROLE_NOUNS and i + 1 < n:
            k = i + 1
            while k < n and (lows[k] in TUSSEN or lows[k] == "'") and k - i <= 4:
                k += 1
            if k < n and lows[k].isalpha() and lows[k] not in STOP_WORDS and word_value(lows[k]) is None \
                    and lows[k] not in _NOT_NAMES and (k > i + 1 or _own_name_word(lows[k]) or closes(k + 1)):
                for x in range(i + 1, k + 1):
                    red[x] = "[naam]"
        # "ik heb devries gebeld"
        if glued_surname(w) and (w in _GLUED_LISTED or prev in _TITLES10 or closes(i + 1)):
            red[i] = "[naam]"
    if not red:
        return text
    return _replace(text, _token_spans(red, toks))


_PLACE_PREPS = frozenset({"in", "op"})
_SURNAME_WORDS = frozenset(s for s in SURNAMES_SAFE | SURNAMES_AMBIGUOUS if "-" not in s)
_NOT_FIRST_TRY = frozenset("de het een en of is die dat ik je u we ze hij zij ook nog niet".split())
_TITLES10 = frozenset("meneer mevrouw mevr dhr mw heer familie fam".split())


# ---------------------------------------------------------------------------
# Towns and surnames (round 11): general forms around addresses and names
# ---------------------------------------------------------------------------
_TOWN_SURNAME_GATE = re.compile(r"\[(?:adres|naam)\]|\b(?:" + _trie_alt(
    "nummer huisnummer noteer schrijf zet dokter dr zuster heer juf juffrouw meester dominee pastoor wijkagent maar wel zo "
    "hoor dank snap begrijp sterkte welterusten dankjewel dankuwel bedankt".split()) + r")\b|"
                               r"(?<![\w\[])[b-df-hj-np-tv-z]\s+\w",
                           re.I)
_END11 = frozenset({",", ".", "?", "!", "/", "ja", "toch", "he", "hè", "klopt", "zei", "zegt", "dus", "oke", "ok"})
_NUMBER_BEFORE_LEAD = frozenset({"op", "is", "ja", "en", "eh", "uh", "ehm", ",", "dus", "nee", "het", "huis", "was"})
_STREET_PREP11 = frozenset({"in", "op", "aan"})
_BETWEEN11 = frozenset({"dat", "is", "het", "was", "en", "eh", "uh", "ehm", ",", "ja", "dan", "zit", "ligt", "staat"})
# tussenvoegsels that lead a surname even before an ordinary word ("de Groot", "ter Horst", "van der Meer");
# a bare "van" before an ordinary word is a place or a time ("van school", "van thuis")
_SURNAME_LEADS11 = frozenset({"de", "ter", "ten", "den", "der"})
_NO_INITIAL = frozenset("u o a e i".split())
# a caller addressed by name after the worker's phrase ("zeg het maar Rowena", "dank je wel Rowena, ...")
_VOCATIVE_AFTER11 = frozenset({("het", "maar"), ("vertel", "maar"), ("je", "wel"), ("u", "wel"), ("goed", "zo"),
                               ("hoor", "je"), ("hoor", "u"), ("dank", "je"), ("dank", "u"), ("snap", "je"),
                               ("begrijp", "je"), ("sterkte", ""), ("welterusten", ""), ("dankjewel", ""),
                               ("dankuwel", ""), ("bedankt", "")})
_VOCATIVE_THEN11 = frozenset({",", ".", "?", "!", "ik", "je", "dat", "wat", "hoe", "en", "jij", "u"})
# titles said before a surname ("dokter Pool", "zuster Ramkisoen", "de heer Visser")
_HEER_ADJECTIVES = frozenset("oude jonge oudere aardige vriendelijke nieuwe".split())
_TITLES11 = frozenset("dokter dr zuster juf juffrouw meester dominee pastoor wijkagent".split())
_NOTE11 = frozenset("noteer schrijf zet".split())
_NOTE_FILL11 = frozenset("ik het op even maar dan u je in dossier het dat".split())


def _surname_end_word(tok: Tok) -> bool:
    """A word that can end a surname said after its tussenvoegsel (no stop word, number or month)."""
    low = tok.low
    return low.isalpha() and len(low) >= 2 and low not in STOP_WORDS and word_value(low) is None \
        and low not in MONTHS and low not in _NOT_NAMES and low not in FILLERS


def _town_word(tok: Tok) -> bool:
    """The town after an address: no ordinary word, or a word written with a capital ("Hoorn")."""
    low = tok.low
    if not low.isalpha() or low in STOP_WORDS or low in _NOT_PLACE or word_value(low) is not None or low in MONTHS:
        return False
    return (_unknown_word(low) and low not in FIRST_NAMES_AMBIGUOUS) or (tok.raw[:1].isupper() and len(low) >= 3)


def redact_towns_and_surnames(text: str) -> str:
    """Towns after an address, house numbers before the street, surnames after a tussenvoegsel, initial or
    title (round 11), on a line the other rules have read (or the window's lines read as one):

    Addresses:
    - the town right after an address, with or without "in"/"te" or a comma: "[adres] Enkhuizen",
      "[adres], Bovenkarspel", "[adres] in Hoorn" (no ordinary word, or written with a capital; two words
      with "Nieuw", "Den", "Sint" ...);
    - the house number said before the street: "nummer zevenenveertig, dat is in de Pijlstraat" (also over
      two lines, as the window reads them), or after it with "op": "de Lindelaan op nummer zes";
    - the floor and number after an address: "[adres] op de vijfde, nummer vijfhonderdtwaalf".
    Names:
    - a redacted first name going on with its surname after a tussenvoegsel: "[naam] de Groot", "[naam] ter
      Horst" (an ordinary word only after de/ter/ten/der/den, and at the end of what is said);
    - an initial before a surname: "d Visser", "j van der Meer" (not "u", "o");
    - a surname with its tussenvoegsel said to be written down: "ik schrijf op: ter Horst", "noteer van Dam";
    - a title before a surname: "dokter Pool", "zuster Ramkisoen", "de heer Visser" (a listed surname, no
      ordinary word, or one written with a capital);
    - a caller addressed by name after the worker's phrase: "zeg het maar Rowena", "dank je wel Rowena"
      (a word that is no ordinary word and reads as a name, then the end or the next clause).
    """
    gated = _gated_tokens(text, _TOWN_SURNAME_GATE)
    if gated is None:
        return text
    toks, lows = gated
    n = len(toks)
    red: dict[int, str] = {}

    def ends(k: int) -> bool:
        return k >= n or lows[k] in _END11 or lows[k].startswith("[")

    def surname_from(k: int, strict: bool) -> int | None:
        """Last index of "tussenvoegsels + surname word" starting at k, or None."""
        j = k
        while j < n and (lows[j] in TUSSEN or lows[j] == "'") and lows[j] not in ("het", "te", "el", "al") and j - k < 3:
            j += 1
        if j == k or j >= n or not _surname_end_word(toks[j]) or lows[j].endswith(_SERVICE_NOUNS):
            return None  # "[naam] van de nachtlijn": where the person works
        listed = lows[j] in _SURNAME_WORDS or toks[j].raw[:1].isupper()
        if lows[k] == "van" and lows[k + 1:j] not in (["der"], ["den"]) and not listed:
            return None  # "[naam] van de buren", "[naam] van school": whose or where, unless a listed surname
        if lows[k] in _PLACE_PARTICLES and not listed and lows[j] in ORDINARY_WORDS \
                and not any(w in ("'t", "t", "'", "den") for w in lows[k:j]):
            return None  # round 14: "[naam] in de tuin", "[naam] op de bank": where someone is
        if j == k + 1 and lows[k] in _PLACE_PARTICLES:
            # round 27: "de wijkagent in zaandam", "[naam] uit almere": a place; a surname led by in/op/uit/aan/onder
            # has an article after it ("in 't veld", "op den kamp", "uit den bogaard", "aan de stegge")
            return None
        plain = _plain_word(lows[j]) or listed
        if not plain and (strict or lows[j - 1] not in _SURNAME_LEADS11 or not ends(j + 1)):
            return None
        return j

    for i, w in enumerate(lows):
        # -- the town after an address ---------------------------------------
        if w == "[adres]":
            k = i + 1
            if k < n and lows[k] == ",":
                k += 1
            if k < n and lows[k] in ("in", "te"):
                k += 1
            e = None
            if k < n and lows[k] in _PLACE_PREFIX and k + 1 < n and _town_word(toks[k + 1]) and ends(k + 2):
                e = k + 1
            elif k < n and _town_word(toks[k]) and ends(k + 1):
                e = k
            if e is not None:
                for x in range(i, e + 1):  # one placeholder: "[adres]", not "[adres], [adres]"
                    red[x] = "[adres]"
        # "de Lindelaan op nummer zes", "[adres] op de vijfde, nummer vijfhonderdtwaalf": the number or the
        # floor said after the street with "op"
        if (w == "[adres]" or (_is_street_word(w) and w not in _GENERIC_STREETS and w not in NOT_STREETS)) and i + 2 < n:
            k = i + 1
            floor = None
            if w == "[adres]" and k + 2 < n and lows[k] == "op" and lows[k + 1] in _STREET_ARTICLE \
                    and (ordinal_value(lows[k + 2]) or 0) in range(1, 41):
                floor = k + 2
                if floor + 1 < n and lows[floor + 1] in _FLOOR_NOUNS:
                    floor += 1
                k = floor + 1
            while k < n and lows[k] in (",", "eh", "uh", "ehm", "en", "dan"):
                k += 1
            if k < n and lows[k] in ("op", "aan") and floor is None:
                k += 1
            e = None
            if k + 1 < n and lows[k] in HOUSE_NUMBER_CUES:
                num = _num_at(toks, k + 1)
                if num is not None and 0 < num.value < 10000 and not (
                        num.last + 1 < n and lows[num.last + 1] in _NOT_HOUSE):
                    e = num.last
                    if e + 1 < n and len(lows[e + 1]) == 1 and lows[e + 1] in "abcdefgh":
                        e += 1
            if e is None and floor is not None and ends(floor + 1):
                e = floor
            if e is not None:
                for x in range(i, e + 1):
                    red[x] = "[adres]"
        # -- the house number before the street --------------------------------
        if w in HOUSE_NUMBER_CUES and (i == 0 or lows[i - 1] in _NUMBER_BEFORE_LEAD) and i + 1 < n:
            num = _num_at(toks, i + 1)
            if num is not None and 0 < num.value < 10000 and not (num.last + 1 < n and lows[num.last + 1] in _NOT_HOUSE):
                e = num.last
                if e + 1 < n and len(lows[e + 1]) == 1 and lows[e + 1] in "abcdefgh":
                    e += 1
                k = e + 1
                while k < n and lows[k] in _BETWEEN11 and k - e <= 4:
                    k += 1
                if k < n and lows[k] in _STREET_PREP11:
                    k += 1
                    if k < n and lows[k] in _STREET_ARTICLE:
                        k += 1
                    if k < n and _is_street_word(lows[k]) and lows[k] not in _GENERIC_STREETS \
                            and lows[k] not in NOT_STREETS and ends(k + 1):
                        for x in list(range(i, e + 1)) + [k]:
                            red[x] = "[adres]"
        # -- names ----------------------------------------------------------------
        if w == "[naam]" and i + 1 < n and lows[i + 1] in TUSSEN:
            j = surname_from(i + 1, strict=False)
            if j is not None:
                for x in range(i + 1, j + 1):
                    red[x] = "[naam]"
        if len(w) == 1 and w.isalpha() and w not in _NO_INITIAL and i + 1 < n and toks[i].raw.isalpha() \
                and (i == 0 or (lows[i - 1] not in _ARTICLES11 and len(lows[i - 1]) > 1 and lows[i - 1] != "letter"
                                and not lows[i - 1].isdigit())):
            k = i + 1
            if lows[k] in TUSSEN:
                j = surname_from(k, strict=True)
            else:
                j = k if (lows[k] in _SURNAME_WORDS or (_plain_word(lows[k]) and (
                    name_score(lows[k]) >= NAME_THRESHOLD or toks[k].raw[:1].isupper()))) and lows[k] not in TUSSEN else None
            if j is not None and ends(j + 1) and not (i + 2 < n and len(lows[i + 1]) == 1):
                for x in range(i, j + 1):
                    red[x] = "[naam]"
        # "dokter Pool", "zuster Ramkisoen komt morgen", "de heer Visser": a title and a surname (listed, no
        # ordinary word, or written with a capital); "de dokter zei", "de heer is mijn herder" stay
        if (w in _TITLES11 or (w == "heer" and i > 0 and (lows[i - 1] == "de" or (
                i > 1 and lows[i - 2] == "de" and lows[i - 1] in _HEER_ADJECTIVES)))) and i + 1 < n:
            # round 19: also "de oude heer Pasterkamp", "de jonge heer Bosma" (not "de lieve heer": God)
            k = i + 1
            if lows[k] in TUSSEN:
                j = surname_from(k, strict=True)
            else:
                j = k if _surname_end_word(toks[k]) and lows[k] not in _NOT_NAMES and (
                    _plain_word(lows[k]) or lows[k] in _SURNAME_WORDS or toks[k].raw[:1].isupper()) else None
            if j is not None:
                for x in range(i + 1, j + 1):
                    red[x] = "[naam]"
        # "zeg het maar Rowena ik luister", "dank je wel Rowena": a word that is no ordinary word and reads as a
        # name, right after the worker's phrase and before the end or the next clause
        if i > 0 and ((lows[i - 2] if i > 1 else "", lows[i - 1]) in _VOCATIVE_AFTER11
                      or (lows[i - 1], "") in _VOCATIVE_AFTER11) \
                and _plain_word(w) and w not in _GREETINGS and w not in _PARTING and w not in _OPENERS \
                and (toks[i].raw[:1].isupper() or (w.isascii() and name_score(w) >= NAME_THRESHOLD)) \
                and (i + 1 >= n or lows[i + 1] in _VOCATIVE_THEN11):
            red[i] = "[naam]"
        if w in _NOTE11:
            k = i + 1
            while k < n and lows[k] in _NOTE_FILL11 and k - i <= 4:
                k += 1
            if k < n and (w == "noteer" or (k > i + 1 and lows[k - 1] in ("op", "in", "dossier"))) and lows[k] in TUSSEN \
                    and lows[k] not in ("het", "de", "te"):
                j = surname_from(k, strict=False)
                if j is not None and ends(j + 1):
                    for x in range(k, j + 1):
                        red[x] = "[naam]"
    if not red:
        return text
    return _replace(text, _token_spans(red, toks))


# ---------------------------------------------------------------------------
# Bare streets and checked names (round 12): general forms of addresses, names and dates of birth
# ---------------------------------------------------------------------------
class _BareStreetGate:
    """May a line hold a bare street? A street's ending anywhere, a placeholder, or one of the cue words as a whole
    word, in any case (round 31: plain string and set tests instead of the one large regex it replaced, which
    answered the same on every development case; the gate is read on every line and every window)."""

    _WORDS = frozenset("adres woon woont wonen woonde woonden nummer huisnummer met geboren noteer schrijf naar "
                       "nul".split()) | frozenset(_STREET_ADJECTIVES)
    _WORD_RE = re.compile(r"\w+")

    def search(self, text: str) -> bool:
        low = text.lower()
        if "[adres]" in low or "[naam]" in low or any(suffix in low for suffix in STREET_SUFFIXES):
            return True
        words = self._WORDS
        return any(w in words for w in self._WORD_RE.findall(low))


_BARE_STREET_GATE = _BareStreetGate()
_NUMBER_FIRST18 = frozenset({"is", "op", "ja", ",", "eh", "uh", "ehm", "dus", "nummer", "huisnummer", "adres", ":", "woon",
                             "woont", "wonen", "oke", "ok", "nee"})
_STREET_TO_CUE18 = frozenset({",", "en", "het", "eh", "uh", "ehm", "ja", "dan", "op", "de"})
_CUE_TO_NUMBER18 = frozenset({"is", ",", "eh", "uh", "ehm"})
# what may stand between a street and the house number said after it ("de Esdoorn, en welk nummer, ...")
_BETWEEN12 = frozenset({",", ".", "?", "ja", "en", "het", "is", "dan", "eh", "uh", "ehm", "welk", "wat", "oke",
                        "ok", "o", "dus", "de", "zei", "u", "je", "was", "op", "aan", "huis", "nou"})
_LIVE_SKIP12 = frozenset({"is", "was", "in", "op", "aan", "de", "het", "'t", "nu", "al", ":", ",", "eh", "uh", "ehm",
                          "ergens"})
_SPELL_WITH12 = frozenset({"een", "één", "n", "'n", "dubbel", "dubbele", "twee"})
_SPELL_ASK12 = frozenset({",", "is", "dat", "schrijf", "schrijft", "je", "u", "zei", "toch", "ja", "en", "dan",
                          "zeg", "zegt", "ik", "het", "op", "o", "oke"})
# "een brief met een b erin": a thing; a name checked by its letter ends there or goes on with the talk
_THING_BEFORE12 = frozenset({"een", "geen", "die", "deze", "dit", "dat", "elk", "elke", "ieder", "iedere", "zo'n"})
_SPELL_THEN12 = frozenset({",", ".", "?", "!", "ja", "toch", "he", "hè", "klopt", "zei", "zegt", "dus", "oke", "ok",
                           "of", "en", "aan", "vooraan", "aan het begin", "ik", "goed", "nee", "zoals", "als", "van"})
# round 20: a room or flat said with its own number right after the house number ("Oude Vest 148 kamer 4")
_TO_PLACE12 = frozenset({"naar", "op", "aan", "adres", "is", ":", ",", "dus", "ja"})
_STREET_HEAD_PREPS12 = frozenset({"achter", "voor", "over", "onder", "naast", "bij", "op", "aan", "binnen", "buiten"})
# Dutch towns whose names are also ordinary words (a town that is no ordinary word is found anyway)
_TOWN_WORDS12 = frozenset("assen asten beek bergen best buren delft dieren dongen doorn drachten ede geleen goor gouda "
                          "grave gulpen helder hoorn houten huizen hulst kampen krimpen laren leek leiden lemmer "
                          "putten sluis soest voorst weert wierden woerden".split())
# a village's square or fields, as a street's whole name ("aan de Brink", "op de Horst")
_VILLAGE_STREETS12 = frozenset({"brink", "horst", "donk", "laar", "eng", "kamp", "akker", "weide", "vest", "wierde",
                                "terp", "dijk", "kade", "gracht", "singel", "dreef", "markt", "plaats", "hof", "es"})


def _bare_street_name(low: str) -> bool:
    """A street's name said with no suffix word: no ordinary word, or a village's square or field."""
    return low in _VILLAGE_STREETS12 or (_unknown_word(low) and low not in FIRST_NAMES
                                          and low not in FIRST_NAMES_AMBIGUOUS and low not in _NOT_PLACE
                                          and not _room_word(low))


_REST12 = frozenset({"en", "dan", "de", "rest", "is", "eh", "uh", "ehm", ",", "daarna", "verder", "het", "komt",
                     "nou", "ja"})
_NOT_SPELLED12 = frozenset({"koffie", "thee", "suiker", "melk", "brood"})  # things, not names (also first letters)
_BORN_YEAR_SKIP12 = frozenset({"in", "ergens", "rond", "rondom", "omstreeks", "eh", "uh", "ehm", "het", "jaar", "ben",
                               "bent", "is", "was", "je", "u", "ik", "ze", "hij", "zij", "dus", "toch", "ja", "en"})
_BORN_BEFORE_SKIP12 = frozenset({"ben", "bent", "is", "was", "zijn", "je", "u", "ik", "ze", "hij", "zij", "eh", "uh",
                                 "dus", "toch", "jij", "geworden"})
_NOTE12 = frozenset({"noteer", "schrijf"})
_NOTE_MODAL28 = frozenset({"maar", "even", "dan", "dus", "gewoon"})
_NOTE_FILL12 = frozenset({"ik", "het", "even", "maar", "dan", "u", "je", "de", "naam", "van", "buurman", "buurvrouw",
                          "op", "in", "dossier", ":", ","})


def _named_street_word(low: str) -> bool:
    return _is_street_word(low) and low not in _GENERIC_STREETS and low not in NOT_STREETS


def _letters_spelled_at(toks: list[Tok], k: int) -> list[str]:
    """The letters said from k ("t s j", "een w", "één e", "dubbel l"): the letters, or []."""
    out: list[str] = []
    n = len(toks)
    while k < n and len(out) < 6:
        low = toks[k].low
        if len(low) == 1 and low.isalpha():
            out.append(low)
        elif low in LETTER_NAMES and len(low) >= 2 and low not in ("en", "je", "we", "te", "de", "be", "ge", "pe", "ve",
                                                                    "el", "em", "er", "es", "ha", "ie", "ka"):
            out.append(LETTER_NAMES[low])
        else:
            break
        k += 1
    return out


# round 15: a named street said bare (see redact_bare_streets_and_checked_names)
_TOWN_ROAD = re.compile(r"^\w{4,}(?:se|sche)(?:weg|straatweg|dijk|baan)$")  # "Amsterdamsestraatweg", "Tongerseweg"
_AFTER_BARE_STREET = frozenset({",", ".", "?", "!", "ja", "toch", "he", "hè", "hé", "klopt", "zei", "zegt", "oke", "ok", "of",
                             "nummer", "huisnummer", "nr", "in", "te", "om", "bij", "hoor", "geloof", "denk"})
_STREET_LEAD = frozenset({"en", "dan", "ja", "nee", "dus", "eh", "uh", "ehm", ",", "oke", "ok", "o", "nou", "is", "was",
                            "adres", ":"})
_NUM_TO_STREET = frozenset({"en", "het", "is", "de", "dat", "was", "hm", "ja", "van", "op", "aan", "in", "eh", "uh", "ehm",
                              ",", "dan", "wacht", "even", "moment", "zei", "je", "u", "huis", "oke", "ok", "dus"})
_STREET_TRAVEL = frozenset({"door", "langs", "over", "via", "richting", "uit", "vanaf", "vanuit", "naar", "tot", "met"})


def _other_name_form(low: str) -> bool:
    """A word that may be another form of a name: no ordinary word, stop word, number, month or filler."""
    return low.isalpha() and len(low) >= 2 and low not in ORDINARY_WORDS and low not in STOP_WORDS \
        and low not in _NOT_NAMES and word_value(low) is None and low not in MONTHS and low not in FILLERS \
        and low not in _INTERJECTIONS and low not in TUSSEN


def _bare_named_street(lows: list[str], i: int) -> bool:
    """A named street (no ordinary word, no generic road) at i, ending its sentence: at the line's end or before a
    closing word ("hè", "of ben je verhuisd", "om de hoek", "in Hoorn")."""
    w = lows[i]
    if not w.isalpha() or w in ORDINARY_WORDS or not (_named_street(w) or (_TOWN_ROAD.match(w) and w not in NOT_STREETS)):
        return False
    return i + 1 >= len(lows) or lows[i + 1] in _AFTER_BARE_STREET or lows[i + 1].startswith("[")


def _bare_street_before(lows: list[str], b: int) -> bool:
    """What comes before a bare street's first word at b: the line's start, a lead word ("en dan", "ja"), or
    "de" not after a word of travel ("door de Kerkstraat", "langs de Nieuwegracht")."""
    if b == 0 or lows[b - 1] in _STREET_LEAD:
        return True
    return lows[b - 1] == "de" and (b < 2 or lows[b - 2] not in _STREET_TRAVEL)


def redact_bare_streets_and_checked_names(text: str, again: bool = True) -> str:
    """Streets said bare or with the number apart, names checked by their spelling or written down, birth
    years (round 12), on a line the other rules have read (or the window's lines read as one;
    run once more on its own output, so that what it found can show more):

    Addresses:
    - a street (with its suffix) said after "adres" without a house number: "het adres is Beukenlaan",
      "adres: de Vossenlaan" (after "ik woon in" a street alone stays, as before);
    - a street with no suffix word, said with its house number after "naar", "op", "aan", "adres is" or at
      the start: an adjective and a word ("naar Lange Dreef honderdnegen", "Hoge Brink tweeëndertig"; no
      plural of an ordinary word), "Achter de Molen vijf" after "adres is"/"naar", a street that is also an
      ordinary word ("naar Middenweg achtenveertig"; two digits or more);
    - "op de Kolkakker huis nummer zes", "nummer eenenvijftig aan de Horst": a word that is no ordinary
      word, or a village's square or field, known as a street by its house number before or after it;
    - the house number said after the street with words between, as the worker asks for it: "de Beukenlaan,
      ja en het nummer, zeventien", "[adres] en welk nummer / drieëntwintig", "op de Beukenlaan huis nummer
      vijf", "Kastanjeweg en dan huisnummer [adres]";
    - the town after an address that is also an ordinary word, lowercase and maybe on the next line
      ("[adres]" / "in houten", "te woerden", "in den helder").
    Names and streets checked by their spelling:
    - a word followed by a letter it is spelled with: "Wietske is dat met een w", "de Kramer met een k",
      "Jorrit ik schrijf het met j o", "Meerweg met één e" (the word starts with the letter, or holds it;
      not "een brief met een b erin");
    Names:
    - a name written down after a note verb: "ik noteer Femke", "ik schrijf de naam van de buurvrouw op
      Wentholt" (a listed first name or surname, or a word that is no ordinary word);
    - a surname's head after a title and a tussenvoegsel run together and taken: "mevrouw [naam] berg".
    Phone numbers: "nul zes en dan de rest is eh [nummer]": the start goes with the rest.
    Dates of birth:
    - the year before or after "geboren" with "in": "in achtenzeventig geboren", "ben je in eenennegentig
      geboren", "geboren op [datum] in vierentachtig" (a two-digit year or 1900-2030);
    - a day by its name: "op nieuwjaarsdag geboren".
    """
    gated = _gated_tokens(text, _BARE_STREET_GATE)
    if gated is None:
        word = text.strip()
        if word and " " not in word and _bare_named_street([fold(word)], 0):
            return text.replace(word, "[adres]")  # round 15: a line of one word, a named street ("Heerenveenseweg")
        return text
    toks, lows = gated
    n = len(toks)
    red: dict[int, str] = {}
    for i, w in enumerate(lows):
        # -- a street after an address cue, no number needed -------------------------------
        if w == "adres":  # (not after "woon": "ik woon in de Dorpsstraat" names no one's house)
            k = i + 1
            while k < n and lows[k] in _LIVE_SKIP12 and k - i <= 4:
                k += 1
            if k < n and _named_street_word(lows[k]) and k > i + 1:
                red[k] = "[adres]"
                b = _street_prefix(toks, k)  # its first words: "Burgemeester de Withstraat"
                if b > i and all(lows[x] not in _LIVE_SKIP12 or lows[x] in ("de", "'t") for x in range(b, k)) \
                        and (b == k or lows[b] not in _STREET_ARTICLE):
                    for x in range(b, k):
                        red[x] = "[adres]"
        # -- round 15: another form of a name taken, said with "of" or "dat is": "en jij bent Wies, of [naam]",
        # "[naam] of Hanneke", "dus Mo, dat is [naam]" (a word that is no ordinary word)
        if w == "[naam]":
            for k in ((i - 2,) if i >= 2 and lows[i - 1] == "of" else ()) \
                    + ((i - 3,) if i >= 3 and lows[i - 2:i] == ["dat", "is"] else ()) \
                    + ((i + 2,) if i + 2 < n and lows[i + 1] == "of" else ()):
                if 0 <= k < n and k not in red and _other_name_form(lows[k]) \
                        and (k < i or k + 1 >= n or lows[k + 1] in _END11 or lows[k + 1] in ("zeg", "zegt", "zei")):
                    red[k] = "[naam]"
        # -- round 15: a house number with its cue and a street taken, a few small words apart, either way:
        # "huis nummer dertig en het is de [adres]", "nummer honderdzevenenveertig hm dat was de [adres]",
        # "[adres] wacht even nummer drieëntachtig" (the window's lines read as one)
        if w in ("nummer", "huisnummer") and i + 1 < n and lows[i + 1] != "een" and _num_at(toks, i + 1) is not None \
                and not (i > 0 and (lows[i - 1] in _NUMBERED_THINGS or _room_word(lows[i - 1]))):
            e = _house_number(toks, i + 1)
            if e is not None and not (e + 1 < n and lows[e + 1] in _NOT_HOUSE):
                a = i
                while a > 0 and lows[a - 1] in _NUM_TO_STREET and i - a < 6 and lows[a - 1] != "[adres]":
                    a -= 1
                z = e
                while z + 1 < n and lows[z + 1] in _NUM_TO_STREET and z - e < 6:
                    z += 1
                if (a > 0 and lows[a - 1] == "[adres]") or (z + 1 < n and lows[z + 1] == "[adres]"):
                    start = i - 1 if i > 0 and lows[i - 1] == "huis" else i
                    for x in range(start, e + 1):
                        red[x] = "[adres]"
        # -- round 15: a named street said bare, as the answer: "het is de Rozenstraat", "aan de Nassaulaan of ben
        # je verhuisd", "bij haar moeder in de Spoorstraat om de hoek", "Burgemeester Hoogendijkstraat" on a line
        # of its own, "dat was de Tongerseweg hè" (a road named for its town); not a street in a story
        # ("ik heb in de Kalverstraat een jas gekocht", "lijn vier rijdt door de Kerkstraat")
        if i not in red and _bare_named_street(lows, i):
            b = _street_prefix(toks, i)
            if _bare_street_before(lows, b):
                for x in range(b, i + 1):
                    red[x] = "[adres]"
        # -- a street with no suffix word, said with its house number ("naar Oude Rijn tweehonderdvier",
        # "Grote Noord honderdvierendertig boven", "adres is Achter de Kerk twaalf", "naar Middenweg 223")
        if (i == 0 or lows[i - 1] in _TO_PLACE12) and i + 1 < n:
            k = None
            if w in _STREET_ADJECTIVES and lows[i + 1].isalpha() and len(lows[i + 1]) >= 3 \
                    and not (lows[i + 1] in ORDINARY_WORDS and lows[i + 1].endswith(("en", "s"))) \
                    and lows[i + 1] not in STOP_WORDS and word_value(lows[i + 1]) is None \
                    and lows[i + 1] not in MONTHS and lows[i + 1] not in _NOT_HOUSE:
                k = i + 2
            elif w in _STREET_HEAD_PREPS12 and i > 0 and lows[i - 1] in ("is", ":", "adres", "naar") \
                    and i + 3 < n and lows[i + 1] in _STREET_ARTICLE and lows[i + 2].isalpha() \
                    and len(lows[i + 2]) >= 3 and lows[i + 2] not in STOP_WORDS and word_value(lows[i + 2]) is None:
                k = i + 3
            elif w in NOT_STREETS and _SUFFIX_RE.match(w) and w not in _GENERIC_STREETS:
                k = i + 1
            if k is not None and k < n and lows[k] != "een" and (num := _num_at(toks, k)) is not None \
                    and num.value >= 2 and (k > i + 1 or num.value >= 10):
                e = _house_number(toks, k)
                if e is not None and (e + 1 >= n or lows[e + 1] in _ADDRESS_AFTER or lows[e + 1] in _END11
                                      or lows[e + 1].startswith("[")
                                      or (lows[e + 1] in DWELLING_UNITS and e + 2 < n and _num_at(toks, e + 2) is not None)) \
                        and (num.value >= 10 or k > i + 2 or e > num.last):
                    for x in range(i, e + 1):
                        red[x] = "[adres]"
        # -- the town after an address that is also an ordinary word, lowercase ("[adres] / in hoorn",
        # "aan de [adres] in den helder"; round 11 takes the town that is no ordinary word or has a capital)
        if w == "[adres]":
            k = i + 1
            if k < n and lows[k] == ",":
                k += 1
            if k < n and lows[k] in ("in", "te"):
                k += 1
                if k + 1 < n and lows[k] in _PLACE_PREFIX and lows[k + 1] in _TOWN_WORDS12:
                    k += 1
                if k < n and lows[k] in _TOWN_WORDS12 and (k + 1 >= n or lows[k + 1] in _END11
                                                          or lows[k + 1].startswith("[")):
                    for x in range(i, k + 1):
                        red[x] = "[adres]"
        # -- a street with no suffix word, known by its house number: "op de Hoefslag huis nummer acht",
        # "nummer zesendertig aan de Brink" (a word that is no ordinary word, or a village's square or field)
        # (round 18: the number said before it may also be followed by "dat is de ...": "nummer twaalf a en dat is
        # de Rozenvest"; the number after the street still needs "in", "op" or "aan" before it)
        if w in _STREET_ARTICLE and i > 0 and (lows[i - 1] in _STREET_PREP11 or lows[i - 1] == "is") and i + 1 < n \
                and _bare_street_name(lows[i + 1]):
            k = i + 2 if lows[i - 1] != "is" else n
            # round 18: small words between the street and its number's cue, and after the cue ("op de Lijsterbes,
            # en het nummer is elf", "op de Kievit eh ja nummer zesentwintig", "aan de Meidoorn op nummer vier")
            while k < n and lows[k] in _STREET_TO_CUE18 and k - i <= 6:
                k += 1
            if k + 1 < n and lows[k] == "huis" and lows[k + 1] == "nummer":
                k += 1
            m = k + 1
            while m < n and lows[m] in _CUE_TO_NUMBER18 and m - k <= 3:
                m += 1
            if k < n and lows[k] in HOUSE_NUMBER_CUES and m < n and lows[m] != "een" and _num_at(toks, m) is not None:
                e = _house_number(toks, m)
                if e is not None and (e + 1 >= n or lows[e + 1] in _END11 or lows[e + 1] in _ADDRESS_AFTER):
                    for x in (i + 1, *range(m, e + 1)):
                        red[x] = "[adres]"
            # the number said before it: "nummer zesendertig aan de Brink"
            b = i - 2
            while b >= 0 and lows[b] in _BETWEEN11 and i - b <= 5:
                b -= 1
            if b >= 0 and (i + 2 >= n or lows[i + 2] in _END11 or lows[i + 2] in ("in", "te")):
                q = b
                while q - 1 >= 0 and _num_at(toks, q - 1) is not None and b - q < 3:
                    q -= 1
                if len(lows[b]) == 1 and lows[b] in "abcdefgh" and q == b and b > 0 and _num_at(toks, b - 1) is not None:
                    q = b - 1
                    while q - 1 >= 0 and _num_at(toks, q - 1) is not None and b - q < 3:
                        q -= 1
                if q >= 1 and lows[q - 1] in HOUSE_NUMBER_CUES and _num_at(toks, q) is not None and lows[q] != "een" \
                        and not (q >= 2 and lows[q - 2] in _NUMBERED_THINGS):
                    e = _house_number(toks, q)
                    if e is not None and e <= b + 1:
                        for x in (*range(q, e + 1), i + 1):
                            red[x] = "[adres]"
        # -- round 18: the house number said first, then the street with no suffix word and no cue: "het is
        # achttien de Klaproos", "ja veertien b de Meidoorn in Assen" (the number after "is", "op", "ja" or at
        # the start; the street at the end of what is said or before its town; a word that is no ordinary word)
        if w in _STREET_ARTICLE and 0 < i and i + 1 < n and _bare_street_name(lows[i + 1]) \
                and (i + 2 >= n or lows[i + 2] in _END11 or lows[i + 2] in ("in", "te")) and i + 1 not in red:
            q = i - 1
            if q > 0 and len(lows[q]) == 1 and lows[q] in "abcd" and _num_at(toks, q - 1) is not None:
                q -= 1
            while q - 1 >= 0 and _num_at(toks, q - 1) is not None and i - q < 4:
                q -= 1
            if _num_at(toks, q) is not None and lows[q] not in ("een", "nul") and (q == 0 or lows[q - 1] in _NUMBER_FIRST18) \
                    and not any(lows[x] in MONTHS for x in range(max(0, q - 3), i)):
                e = _house_number(toks, q)
                if e is not None and (e == i - 1 or (e == i - 2 and len(lows[i - 1]) == 1 and lows[i - 1] in "abcd")):
                    e = i - 1  # "veertien b de Meidoorn"
                    for x in (*range(q, e + 1), i + 1):
                        red[x] = "[adres]"
        # -- the house number after the street, words between -----------------------------
        if w == "[adres]" or _named_street_word(w):
            k = i + 1
            while k < n and lows[k] in _BETWEEN12 and k - i <= 6:
                k += 1
            if k + 1 < n and k > i + 1 and lows[k] in HOUSE_NUMBER_CUES and lows[k + 1] == "[adres]" and w != "[adres]":
                red[i] = "[adres]"  # "Molenweg, en dan huisnummer [adres]"
            elif k < n and k > i + 1 and (lows[k] in HOUSE_NUMBER_CUES or (lows[k] == "nummer" and lows[k - 1] == "huis")):
                m = k + 1
                while m < n and lows[m] in (",", "eh", "uh", "ehm", "is") and m - k <= 3:
                    m += 1
                e = _house_number(toks, m) if m < n and lows[m] != "een" and _num_at(toks, m) is not None else None
                if e is not None:
                    for x in (i, *range(m, e + 1)):
                        red[x] = "[adres]"
            elif k < n and k > i + 1 and lows[k - 1] == "nummer" and _num_at(toks, k) is not None \
                    and lows[k] != "een":  # "[adres], en welk nummer, tweeënveertig"
                e = _house_number(toks, k)
                if e is not None and (e + 1 >= n or lows[e + 1] in _END11 or lows[e + 1].startswith("[")):
                    for x in (i, *range(k, e + 1)):
                        red[x] = "[adres]"
        # -- a word checked by its spelling ----------------------------------------------------
        if w == "met" and i > 0 and i + 1 < n:
            p = i + 2 if lows[i + 1] in _SPELL_WITH12 else i + 1
            letters = _letters_spelled_at(toks, p)
            if letters and (p > i + 1 or len(letters) >= 2):
                j = i - 1
                while j >= 0 and lows[j] in _SPELL_ASK12 and i - j <= 5:
                    j -= 1
                after = p + len(letters)
                if j >= 0 and lows[j].isalpha() and len(lows[j]) >= 2 and lows[j] not in STOP_WORDS \
                        and lows[j] not in _NOT_SPELLED12 and word_value(lows[j]) is None and lows[j] not in MONTHS \
                        and not (j > 0 and lows[j - 1] in _THING_BEFORE12) \
                        and (after >= n or lows[after] in _SPELL_THEN12 or lows[after].startswith("[")):
                    target = lows[j]
                    said = "".join(letters)
                    if target.startswith(said) or (len(letters) == 1 and said in target):
                        label = "[adres]" if _is_street_word(target) else "[naam]"
                        red[j] = label
                        if len(letters) >= 2:  # "met t s j": the letters spell it too
                            for x in range(p, p + len(letters)):
                                red[x] = label
        # -- a name written down ---------------------------------------------------------------
        if w in _NOTE12:
            k = i + 1
            while k < n and lows[k] in _NOTE_FILL12 and k - i <= 8:
                k += 1
            # round 28: "noteer maar lysanne de wit", "noteer dan even ...": only a modal word between the verb and the name
            if k < n and ((k > i + 1 and lows[k - 1] in ("op", "dossier", ":")) or (w == "noteer" and k == i + 1)
                          or (w == "noteer" and all(lows[x] in _NOTE_MODAL28 for x in range(i + 1, k)))):
                if k < n and lows[k].isalpha() and lows[k] not in _NOT_NAMES and lows[k] not in STOP_WORDS and (
                        lows[k] in FIRST_NAMES or lows[k] in FIRST_NAMES_MORE or lows[k] in _SURNAME_WORDS
                        or _plain_word(lows[k])) and (k + 1 >= n or lows[k + 1] in _END11 or lows[k + 1] in TUSSEN
                                                      or lows[k + 1].startswith("[") or _plain_word(lows[k + 1])):
                    red[k] = "[naam]"
                    if k + 1 < n and _plain_word(lows[k + 1]) and lows[k + 1] not in TUSSEN:
                        red[k + 1] = "[naam]"
        # -- the year of birth with "in" ---------------------------------------------------------
        # "meneer [naam] veld": a surname's head after its tussenvoegsel run together ("int", "vande") and taken
        if w == "[naam]" and i > 0 and lows[i - 1] in ("meneer", "mevrouw", "mevr", "dhr", "mw") and i + 1 < n \
                and (lows[i + 1] in _PLACE_SURNAME_HEADS or lows[i + 1] in _SURNAME_WORDS) \
                and (i + 2 >= n or lows[i + 2] in _END11 or lows[i + 2] in _GREETINGS or lows[i + 2] in _PARTING):
            red[i] = red[i + 1] = "[naam]"
        # "op oudejaarsdag geboren", "met kerst geboren": a day by its name before "geboren"
        if w == "geboren" and i >= 2 and lows[i - 1] in _DAY_NAMES and lows[i - 2] in ("op", "met", "rond"):
            red[i - 1] = "[datum]"
        # "nul zes en dan de rest is eh [nummer]": the start of a phone number, its rest said after a pause word
        if w == "nul" and i + 2 < n and (lows[i + 1] in UNITS and lows[i + 1] != "nul"):
            k = i + 2
            while k < n and lows[k] in _REST12 and k - i <= 9:
                k += 1
            if k < n and k > i + 2 and lows[k] in ("[nummer]", "[telefoonnummer]") and "rest" in lows[i + 2:k] \
                    or (k < n and k > i + 2 and lows[k] == "[telefoonnummer]"):
                for x in (i, i + 1, k):
                    red[x] = "[telefoonnummer]"
        if w == "geboren":
            # after it: "geboren op [datum] in tweeëntachtig", "geboren ergens in zeventig"
            k = i + 1
            seen_in = False
            while k < n and (lows[k] in _BORN_YEAR_SKIP12 or lows[k] in ("[datum]", "op")) and k - i <= 5:
                seen_in = seen_in or lows[k] == "in"
                k += 1
            if seen_in and k < n and lows[k] != "een" and (num := _num_at(toks, k)) is not None \
                    and (20 <= num.value <= 99 or 1900 <= num.value <= 2030) \
                    and not (num.last + 1 < n and lows[num.last + 1] in _NOT_HOUSE):
                for x in range(k, num.last + 1):
                    red[x] = "[datum]"
            # before it: "in zevenentachtig geboren", "ben je in eenennegentig geboren"
            k = i - 1
            while k >= 0 and lows[k] in _BORN_BEFORE_SKIP12 and i - k <= 3:
                k -= 1
            s0 = k
            while s0 - 1 >= 0 and i - s0 <= 6 and _num_at(toks, s0 - 1) is not None:
                s0 -= 1
            if 0 <= k and s0 >= 1 and lows[s0 - 1] in ("in", "ergens", "rond", "omstreeks") and lows[s0] != "een" \
                    and (num := _num_at(toks, s0)) is not None and num.last == k \
                    and (20 <= num.value <= 99 or 1900 <= num.value <= 2030):
                for x in range(s0, k + 1):
                    red[x] = "[datum]"
    if not red:
        return text
    out = _replace(text, _token_spans(red, toks))
    return redact_bare_streets_and_checked_names(out, False) if again and out != text else out  # what it found may show more


# ---------------------------------------------------------------------------
# Pieces said apart (round 13): a house number before the street, a street said bare before a correction or
# named with "heet", the end of a phone number, a birth year said after the date
# ---------------------------------------------------------------------------
_APART_GATE = re.compile(r"\[(?:adres|datum|telefoonnummer|postcode)\]|\b(?:eindig\w*|jaar|heet|nummer|huisnummer|nee|sorry|of|"
                         r"op|geboren|achternaam|familienaam|voornaam|noem\w*|roep\w*|heten|heette|cijfers|maar|heeft|had|is|was|"
                         r"zal|gaat|ging|kan|kon|wil|wilde|moet|moest)\b|\d|twee|drie|vier|vijf|zes|"
                         r"zeven|acht|negen|tien|elf|twaalf|tig|honderd", re.I)
_CORRECTION_WORDS = frozenset({"nee", "sorry", "of", "eh", "uh", "ehm", ",", "bedoel", "ik", "pardon", "was", "het"})
_ENDS_ON = frozenset("eindigt eindigde eindigen eindigend".split())
_MONEY_WORDS = frozenset("euro eur cent bedrag rekening schuld huur prijs kost kosten betaald betalen saldo "
                           "stand score uitslag".split())
_ENDS_ON_SKIP = frozenset("het hij ie die dat hem ze op met eh uh ehm , dus".split())
_YEAR_ASKED = frozenset("het welk welke jaar is was dan en eh uh ehm , ? ja dat in geboortejaar".split())
_STREET_NAME_END = frozenset(", . ? ! ja toch he hè klopt zei zegt dus oke ok en of nou echt".split())
_BIRTH_WORDS = frozenset("geboren geboortedatum geboortedag jarig".split())


def _number_end(toks: list[Tok], k: int) -> int | None:
    """The last index of the number run (two digits or more) starting at k, or None."""
    for run in runs(toks[k:k + 14]):
        if run.nums[0].first == 0:
            last = k + run.last
            return last if len(run.digits) >= 2 and not (last + 1 < len(toks) and toks[last + 1].low in _NOT_HOUSE) \
                else None
        break
    return None


# round 101: what is said between "de straat heet" and the name, and what says that no name follows
_HEET_ADVERBS101 = frozenset("tegenwoordig inmiddels vroeger eigenlijk officieel sindsdien nu nog steeds ook toch "
                             "gewoon trouwens intussen ondertussen allang alweer weer sinds kort dus".split())
_HEET_NOT_NAME101 = frozenset("anders zo hetzelfde niet niks niets".split())


def redact_pieces_said_apart(text: str) -> str:
    """General forms the earlier passes leave, on a line the other rules have read (or the window's lines
    read as one):

    Addresses:
    - the house number said before the street with "op": "ze zit op drieënveertig in de Zandstraat";
    - a road's word that is also a street's name with its house number: "Hoofdweg bij nummer achttien
      toevoeging c" ("de hoofdweg" alone stays);
    - a street corrected or given as an alternative: "Ketelhavenstraat nee Keteldiepstraat sorry vijf",
      "Julianastraat of [adres]" (the street before the correction, the number after "sorry");
    - a street named with "heet", also when it is made of ordinary words ("de straat heet Achter de Kerk"),
      and the same words said before it in the window with their house number ("achter de kerk twee");
      "op de Berg elf, zo heet de straat".
    Phone numbers: the end of a number told with "eindigt op" in talk of a number ("van je oude nummer weet
    je dat hij eindigt op drie acht een nul"), and "of op ..." after it.
    Dates of birth: the year asked for and said after the date ("[datum] geboren en in welk jaar /
    negenenzeventig"), a feast day's year before "geboren" ("op kerstavond eenentachtig geboren"), a day and
    month said on after "[datum] geboren" ("... en dan op de negende oktober").
    """
    gated = _gated_tokens(text, _APART_GATE)
    if gated is None:
        return text
    toks, lows = gated
    n = len(toks)
    red: dict[int, str] = {}

    def mark(a: int, b: int, label: str) -> None:
        for x in range(a, b + 1):
            red[x] = label

    def closes(k: int) -> bool:
        return k >= n or lows[k] in _STREET_NAME_END or lows[k].startswith("[") or lows[k] in ("in", "te")

    phone_talk = any(w in PHONE_CUES or w == "[telefoonnummer]" for w in lows)
    mail_or_name_talk = any(w in _MAIL_OR_NAME_WORDS or w in ("[e-mail]", "[naam]") for w in lows)
    birth_talk = any(w in _BIRTH_WORDS for w in lows)
    money_talk = any(w in _MONEY_WORDS for w in lows)
    for i, w in enumerate(lows):
        # -- "op drieënveertig in de Zandstraat" -------------------------------------------------
        if w == "op" and i + 4 < n and _num_at(toks, i + 1) is not None and lows[i + 1] != "een":
            e = _house_number(toks, i + 1)
            if e is not None and e + 3 < n and lows[e + 1] in ("in", "aan", "op") and lows[e + 2] in _STREET_ARTICLE \
                    and (_named_street_word(lows[e + 3]) or lows[e + 3] == "[adres]"):
                mark(i + 1, e + 3, "[adres]")
        # -- "Hoofdweg bij nummer achttien toevoeging c" --------------------------------------------
        if w in _GENERIC_STREETS and i + 2 < n and (i == 0 or lows[i - 1] not in _ARTICLES11):
            k = i + 1
            if lows[k] in _NEAR_NUMBER:
                k += 1
            if k + 1 < n and lows[k] in HOUSE_NUMBER_CUES and lows[k + 1] != "een":
                e = _house_number(toks, k)
                if e is not None:
                    part = _address_part(lows, e + 1)
                    mark(i, part if part is not None else e, "[adres]")
        # -- a street corrected: "Ketelhavenstraat nee Keteldiepstraat sorry vijf" -----------------
        if (w == "[adres]" or _named_street_word(w)) and i + 2 < n:
            k = i + 1
            while k < n and lows[k] in _CORRECTION_WORDS and k - i <= 4:
                k += 1
            corrected = k > i + 1 and any(lows[x] in ("nee", "sorry", "of", "bedoel", "pardon") for x in range(i + 1, k))
            if corrected and k < n and (lows[k] == "[adres]" or _named_street_word(lows[k])):
                if w != "[adres]":
                    mark(i, i, "[adres]")
                if lows[k] != "[adres]":
                    mark(k, k, "[adres]")
            elif corrected and k < n and w != "[adres]" and lows[k] != "een" and _num_at(toks, k) is not None \
                    and any(lows[x] in ("nee", "sorry", "pardon") for x in range(i + 1, k)):
                e = _house_number(toks, k)
                if e is not None and closes(e + 1):
                    mark(i, i, "[adres]")
                    mark(k, e, "[adres]")
        # -- "de straat heet Achter de Kerk", "op de Berg elf ja zo heet de straat" ----------------------
        if w == "heet" and i > 0 and lows[i - 1] in ("straat", "straatnaam", "weg", "laan"):
            k = i + 1
            while k < n and lows[k] in _HEET_ADVERBS101:  # round 101: "die straat heet tegenwoordig anders"
                k += 1
            if k < n and lows[k] in _HEET_NOT_NAME101:
                k = n  # no name: "heet (nu) anders", "heet nog steeds zo"
            e = k
            if k + 1 < n and lows[k] in _STREET_HEAD_PREPS12 and lows[k + 1] in _STREET_ARTICLE:
                e = k + 2  # "Achter de Kerk", "Over het Water"
            while e < n and not closes(e) and e - k < 5 and lows[e].isalpha() and lows[e] not in FILLERS \
                    and (lows[e] not in STOP_WORDS or (lows[e] in TUSSEN and e + 1 < n and lows[e + 1] not in STOP_WORDS)):
                e += 1
            if e > k and closes(e) and not (e == k + 1 and lows[k] in ORDINARY_WORDS and lows[k] in STOP_WORDS):
                phrase = lows[k:e]
                mark(k, e - 1, "[adres]")
                size = len(phrase)
                for a in range(0, k - size + 1):  # the same words said before, with their house number
                    if lows[a:a + size] == phrase:
                        hn = _house_number(toks, a + size) if a + size < n else None
                        mark(a, hn if hn is not None and lows[a + size] != "een" else a + size - 1, "[adres]")
        if w == "heet" and i + 2 < n and i > 0 and lows[i - 1] in ("zo", "dat") and lows[i + 1] in _STREET_ARTICLE \
                and lows[i + 2] in ("straat", "weg", "laan"):
            # the street said just before: "op de Berg elf ja zo heet de straat"
            b = i - 2
            while b >= 0 and lows[b] in _STREET_NAME_END and i - b <= 4:
                b -= 1
            if b >= 0 and _num_at(toks, b) is not None:
                q = b
                while q - 1 >= 0 and _num_at(toks, q - 1) is not None and b - q < 2:
                    q -= 1
                s0 = q - 1
                while s0 >= 0 and lows[s0].isalpha() and lows[s0] not in STOP_WORDS and q - s0 <= 3:
                    s0 -= 1
                if s0 >= 1 and s0 < q - 1 and lows[s0] in _STREET_ARTICLE and lows[s0 - 1] in _STREET_PREP11:
                    mark(s0 + 1, b, "[adres]")
        # -- "... weet je dat hij eindigt op drie acht een nul" ---------------------------------------
        if w in _ENDS_ON and not phone_talk and i + 1 < n and not money_talk:
            # round 15: a number's end dictated digit by digit with no phone word ("dat het eindigt op vier zeven
            # twee nul"): four digit words or more, one digit each (not a score, a time or an amount)
            k = i + 1
            while k < n and lows[k] in _ENDS_ON_SKIP and k - i <= 3:
                k += 1
            e = k
            while e < n and (lows[e] in UNITS or (lows[e].isdigit() and len(lows[e]) == 1)):
                e += 1
            if e - k >= 4 and not (e < n and lows[e] in _NOT_HOUSE):
                mark(k, e - 1, "[nummer]")
        if w in _ENDS_ON and phone_talk:
            k = i + 1
            while k < n and lows[k] in _ENDS_ON_SKIP and k - i <= 3:
                k += 1
            e = _number_end(toks, k) if k < n else None
            while e is not None:
                mark(k, e, "[telefoonnummer]")
                k = e + 1  # "of op vijfennegentig"
                while k < n and lows[k] in ("of", "op", "eh", "uh", "nee", ",") and k - e <= 3:
                    k += 1
                e = _number_end(toks, k) if k > e + 1 and k < n and lows[k - 1] in ("of", "op") else None
        # -- the year asked for and said after the date: "[datum] geboren en in welk jaar / negenenzeventig" ---
        if w == "jaar" and birth_talk and "[datum]" in lows[max(0, i - 8):i]:
            k = i + 1
            while k < n and lows[k] in _YEAR_ASKED and k - i <= 4:
                k += 1
            if k < n:
                y = _year_at(toks, k)
                if y is not None and (y + 1 >= n or lows[y + 1] in _STREET_NAME_END or lows[y + 1] in _BIRTH_WORDS
                                      or lows[y + 1] in ("[datum]", "goed", "geloof", "denk")):
                    mark(k, y, "[datum]")
        # -- "op kerstavond eenentachtig geboren" ------------------------------------------------
        if w in _DAY_NAMES and i + 2 < n and i > 0:
            b = i - 2 if lows[i - 1] in ("eerste", "tweede") else i - 1  # "op tweede kerstdag"
            y = _year_at(toks, i + 1)
            if b >= 0 and lows[b] in ("op", "met", "rond") and y is not None and y + 1 < n and lows[y + 1] == "geboren":
                mark(b + 1, y, "[datum]")
        # -- "[datum] geboren en dan op de negende oktober" ----------------------------------------
        if w in MONTHS and i > 0 and birth_talk and "[datum]" in lows:
            b = i - 1
            if _day_at(toks, b) == b:
                mark(b, i, "[datum]")
        # -- a street's own name with no suffix word and its house number: "dat is Wielewaal drieëndertig",
        # "Lambertschaag veertien achter de kerk", "Paktuinen drie Enkhuizen" (no ordinary word, first name or thing)
        if (i == 0 or lows[i - 1] in _BARE_STREET_BEFORE) and i + 1 < n and _bare_street_name(w) \
                and w not in _NUMBERED_NAMES and not _first_name_form(w) and _num_at(toks, i + 1) is not None \
                and lows[i + 1] != "een" and not toks[i].raw[:1].isdigit() and not mail_or_name_talk:
            e = _house_number(toks, i + 1)
            if e is not None and e - i <= 3:
                part = _address_part(lows, e + 1)
                if lows[e] in _NEAR_NUMBER and e > i + 1:
                    e -= 1  # "veertien achter de kerk": where it is, not the back house
                for last in ((part, e) if part is not None else (e,)):
                    if last + 1 >= n or lows[last + 1] in _END11 or lows[last + 1].startswith("[") \
                            or lows[last + 1] in ("in", "te") \
                            or (lows[last + 1] in _NEAR_NUMBER and last + 2 < n and lows[last + 2] in _STREET_ARTICLE):
                        mark(i, last, "[adres]")
                        break
                    if _town_word(toks[last + 1]) and (last + 2 >= n or lows[last + 2] in _END11):
                        mark(i, last + 1, "[adres]")  # "Paktuinen drie Enkhuizen"
                        break
        # -- the house number after a street's spelling is checked: "[adres] met één e, honderdzesenvijftig",
        # "Reeweg met twee e's nummer vier" ----------------------------------------------------------------
        if (w == "[adres]" or _named_street_word(w)) and i + 3 < n and lows[i + 1] == "met":
            k = i + 2
            if lows[k] in _SPELL_WITH12:
                k += 1
            letter = lows[k][:-2] if k < n and lows[k].endswith("'s") else lows[k] if k < n else ""  # "e's"
            if len(letter) == 1 and letter.isalpha() or (letter in LETTER_NAMES and letter not in STOP_WORDS):
                k += 1
                while k < n and lows[k] in (",", "s", "'s", "eh", "uh", "ja", "en", "dan", "het", "nummer", "huisnummer") \
                        and k - i <= 8:
                    k += 1
                if k < n and lows[k] != "een" and _num_at(toks, k) is not None:
                    e = _house_number(toks, k)
                    if e is not None and (e + 1 >= n or lows[e + 1] in _END11 or lows[e + 1] in ("in", "te")):
                        mark(i, i, "[adres]")
                        mark(k, e, "[adres]")
        # -- the postcode's digits said as such: "de letters weet ik niet maar de cijfers zijn zeven vijf twee een" --
        if w == "cijfers" and i + 1 < n and any(x in ("letters", "postcode", "[postcode]") for x in lows):
            k = i + 1
            while k < n and lows[k] in ("zijn", "waren", "is", ":", ",", "eh", "uh", "ehm") and k - i <= 3:
                k += 1
            for run in runs(toks[k:k + 12]) if k < n else ():
                if run.nums[0].first == 0 and len(run.digits) == 4 and run.digits[0] != "0":
                    mark(k, k + run.last, "[postcode]")
                break
        # -- a letter said on after the postcode: "[postcode] ha", "de postcode is [postcode] er" ----------
        if w == "[postcode]" and i + 1 < n and len(lows[i + 1]) <= 3 and (_strong_letter(toks[i + 1]) or lows[i + 1] == "er") \
                and (i + 2 >= n or lows[i + 2] in _PC_CLOSERS or lows[i + 2] in ("en", "sorry", "nee")) \
                and not (i + 2 < n and lows[i + 2] in ("is", "was", "zijn")):
            red[i] = red[i + 1] = "[postcode]"  # one placeholder
        # -- a name told by what is said after it: "Natasha en de achternaam", "Mo, zo noemen ze je" -------
        if i + 2 < n and _name_before_talk(toks[i]) and (i == 0 or lows[i - 1] in _OPENERS or lows[i - 1] in FILLERS
                                                          or lows[i - 1] in ("voornaam", "is", ",")):
            k = i + 1
            while k < n and lows[k] in (",", "dus", "ja", "eh", "uh") and k - i <= 2:
                k += 1
            if k + 1 < n and lows[k] == "en" and lows[k + 1] in ("de", "je", "uw", "jouw", "haar", "zijn") \
                    and k + 2 < n and lows[k + 2] in ("achternaam", "familienaam", "voornaam"):
                red[i] = "[naam]"
            elif k + 2 < n and lows[k] == "zo" and lows[k + 1] in _NAMED_SO and lows[k + 2] in _NAMED_WHO:
                red[i] = "[naam]"
        # -- a person between an auxiliary and its participle: "wat heeft Wieslaw gezegd", "is Dunya gebleven" --
        if w in _AUXILIARIES and i + 2 < n and _name_before_talk(toks[i + 1]) and lows[i + 1] not in ORDINARY_WORDS \
                and name_score(lows[i + 1]) >= 0.8 and _said_to_name(lows[i + 1]) and _participle(lows[i + 2]):
            red[i + 1] = "[naam]"
        # -- another name said in place of a redacted one: "het was niet [naam] maar Denise" --------------
        if w == "maar" and i >= 2 and lows[i - 1] == "[naam]" and lows[i - 2] == "niet" and i + 1 < n \
                and _name_before_talk(toks[i + 1]) and (lows[i + 1] not in ORDINARY_WORDS or lows[i + 1] in _ANY_FIRST_NAMES):
            red[i + 1] = "[naam]"
    if not red:
        return text
    return _replace(text, _token_spans(red, toks))


_AUXILIARIES = frozenset("heeft had hebben is was zijn zal gaat ging kan kon wil wilde moet moest".split())


def _participle(low: str) -> bool:
    """A past participle: "gezegd", "gebeld", "gekomen", "geweest" (ge-, five letters or more, ending d, t or n)."""
    return low.startswith("ge") and len(low) >= 5 and low[-1] in "dtn" and low.isalpha()


# a line that speaks of an e-mail address or a name: "mijn mailadres is bertje drieënzestig" is no street
_MAIL_OR_NAME_WORDS = frozenset("mail email mailadres emailadres mailtje gmail hotmail naam achternaam voornaam heet "
                                "bijnaam at apenstaartje".split())


def _first_name_form(low: str) -> bool:
    """A listed first name or its diminutive ("bertje", "annetje", "pimmetje")."""
    if low in _ANY_FIRST_NAMES:
        return True
    for end in ("tje", "je", "ie", "metje", "etje"):
        if low.endswith(end) and low[:-len(end)] in _ANY_FIRST_NAMES:
            return True
    return False


_BARE_STREET_BEFORE = frozenset("is was dus ja nee adres : , naar eh uh ehm o oke ok sorry".split())
# names said with a number that are no street: "covid negentien", "windows tien", "iphone twaalf"
_NUMBERED_NAMES = frozenset("covid corona windows iphone ipad galaxy playstation fifa xbox pagina paragraaf artikel "
                            "psalm lied gezang hoofdstuk".split())
_NAMED_SO = frozenset("noemen noemt noem noemde noemden heet heten heette roepen roept".split())
_NAMED_WHO = frozenset("ze je jou u hem haar ik mij me we wij iedereen mensen ze".split())


def _name_before_talk(tok: Tok) -> bool:
    """A word that can be a first name said before what is said of it: a listed first name (also one that is
    an ordinary word), or a word that is no ordinary word and reads as a name."""
    low = tok.low
    if not low.isalpha() or low in STOP_WORDS or low in _NOT_NAMES or low in FILLERS or word_value(low) is not None:
        return False
    return low in _ANY_FIRST_NAMES or (low not in ORDINARY_WORDS and name_score(low) >= NAME_THRESHOLD)


# ---------------------------------------------------------------------------
# Round 16: a name said before the noun it is ("Sneek is de familienaam"), the name everyone uses
# ("iedereen zegt Ap"), a surname with "ter"/"ten" after a title, a house number with a glued letter
# ("nummer 9c"), "huis nummer" said as two words, and a house number's addition ("rood", "bg")
_NAME_KIND_NOUNS = frozenset("familienaam achternaam voornaam roepnaam bijnaam meisjesnaam geboortenaam".split())
_NAME_KIND_DETS = frozenset("de mijn zijn haar je jouw uw z'n zn d'r hun".split())
_NAME_KIND_NOT_AFTER = frozenset("van die dat niet nog".split())
_CALLED_BY = frozenset("iedereen ze men we wij mensen vrienden".split())
_CALLED_OBJECT = frozenset("me mij hem haar ons".split())
_CALLED_FILL = frozenset("maar gewoon altijd eigenlijk vaak meestal".split())
_CALLED_END = frozenset({",", ".", "?", "!", "toch", "he", "hè", "ja", "of", "zo", "hoor", "oke", "ok"})
# "ter" and "ten" in fixed expressions, not a surname's tussenvoegsel ("mevrouw, ten slotte ...")
_TER_TEN_PHRASES = frozenset("slotte eerste tweede derde minste hoogste onrechte opzichte behoeve laste koste gevolge "
                             "aanzien einde tijde zuiden noorden oosten westen huize plaatse sprake zake ziele wereld "
                             "info informatie hoogte beschikking dood zee aarde nauwernood herinnering inzage "
                             "overname vergelijking voorbereiding".split())
_HOUSE_ADDITIONS16 = HOUSE_ADDITIONS | {"huis"}
_GLUED_HOUSE = re.compile(r"^\d{1,4}[a-d]$")
_ROUND16_GATE = re.compile(r"\[adres\]|\d[a-d]\b|huis\s+nummer|naam\b|adres\b|\b(?:" + _trie_alt(
    "zegt zeggen noemt noemen noem ter ten bg hs der uit achter van".split()) + r")\b", re.I)
_TITLED_STREET = frozenset("schepen burgemeester professor prof dokter generaal koning koningin prins prinses graaf "
                            "gravin jonkheer pastoor pater kapitein admiraal president sint majoor luitenant kolonel "
                            "minister wethouder meester".split())
_HOW_SAID_OUT = frozenset(("spreek", "spreekt", "zeg", "zegt"))
_LINE_FILL16 = frozenset("oke ok ja eh uh ehm hm klopt toch , . ? ! dus nummer huisnummer nr".split())


def _name_core16(tok: Tok) -> bool:
    low = tok.low
    return low.isalpha() and len(low) >= 2 and low not in STOP_WORDS and low not in FILLERS \
        and word_value(low) is None and low not in MONTHS and low not in _NOT_NAMES


def _house_number_at16(toks: list[Tok], lows: list[str], k: int) -> int | None:
    """The last index of a house number at k (digits, number words, a glued letter "9c", a placeholder "[adres]")
    with its addition ("a", "rood", "bg"), or None."""
    n = len(lows)
    w = lows[k]
    if w == "[adres]" or _GLUED_HOUSE.match(w) or (w.isdigit() and len(w) <= 4) \
            or (word_value(w) is not None and w not in ("een", "nul")):
        e = k
        while e + 1 < n and (word_value(lows[e + 1]) is not None or lows[e + 1] == "[adres]") and e - k < 3 \
                and w != "[adres]":
            e += 1
        if e + 1 < n and (lows[e + 1] in _HOUSE_ADDITIONS16 or (len(lows[e + 1]) == 1 and lows[e + 1] in "abcd")):
            e += 1
        return e
    return None


def redact_name_roles_and_house_numbers(text: str) -> str:
    """Round 16, on a line the other rules have read:

    - a name said before the noun it is: "oké en Sneek is de familienaam", "de la Court is mijn achternaam"
      (words that are no stop word, with their tussenvoegsels; not "dat is de achternaam", "wat is je
      voornaam", "X is de achternaam van ...");
    - the name everyone uses, at the end of what is said: "iedereen zegt Ap", "ze noemen me Mo", "noem me maar
      Sjors" (an ordinary word only when a name was redacted in the line: "officieel [naam] maar iedereen zegt
      Sjaak"; not "iedereen zegt dat ...", "hij noemt me altijd schat");
    - a title, "ter"/"ten" and a word: "mevrouw ter Haar" (not "mevrouw, ten slotte ...");
    - a house number with its letter glued ("9c", "184c") after its cue, a street or "[adres]", or on a line of its
      own ("184c oké"); "huis nummer" said as two words with its number and the street's word before it ("ik noteer
      even Tjalk huis nummer tweehonderdzevenendertig rood"); an addition after a redacted address ("[adres] rood",
      "[adres] bg").
    """
    got = _gated_tokens(text, _ROUND16_GATE)
    if got is None:
        return text
    toks, lows = got
    n = len(toks)
    marks: dict[int, str] = {}
    for i in range(n):
        w = lows[i]
        # "<name> is de familienaam"
        if w == "is" and i + 2 < n and lows[i + 1] in _NAME_KIND_DETS and lows[i + 2] in _NAME_KIND_NOUNS \
                and (i + 3 >= n or lows[i + 3] not in _NAME_KIND_NOT_AFTER):
            k, core, start = i - 1, 0, None
            while k >= 0 and i - k <= 5:
                if lows[k] == "[naam]" or (core and lows[k] in TUSSEN and lows[k] not in ("op", "in")) \
                        or (core < 2 and _name_core16(toks[k])):
                    core += lows[k] != "[naam]" and lows[k] not in TUSSEN
                    start = k
                    k -= 1
                    continue
                break
            if start is not None:
                for x in range(start, i):
                    marks[x] = "[naam]"
        # "iedereen zegt Ap", "ze noemen me Mo"
        if w in ("zegt", "zeggen", "noemt", "noemen", "noem") and i + 1 < n:
            if w == "noem":
                ok = i + 1 < n and lows[i + 1] in _CALLED_OBJECT
            else:
                ok = i > 0 and lows[i - 1] in _CALLED_BY and (w in ("zegt", "zeggen") or (i + 1 < n and lows[i + 1] in _CALLED_OBJECT))
            if ok:
                k = i + 1
                if k < n and lows[k] in _CALLED_OBJECT:
                    k += 1
                while k < n and lows[k] in _CALLED_FILL and k - i < 4:
                    k += 1
                if k < n and _name_core16(toks[k]) and (k + 1 == n or lows[k + 1] in _CALLED_END) \
                        and (lows[k] not in ORDINARY_WORDS or lows[k] in _ANY_FIRST_NAMES or "[naam]" in lows[:i]):
                    marks[k] = "[naam]"
        # "mevrouw ter Haar"
        if w in ("ter", "ten") and i > 0 and lows[i - 1] in ("meneer", "mevrouw", "mevr", "dhr", "mw", "familie", "dokter") \
                and i + 1 < n and lows[i + 1].isalpha() and len(lows[i + 1]) >= 2 and lows[i + 1] not in _TER_TEN_PHRASES:
            marks[i] = marks[i + 1] = "[naam]"
        # "hoe spreek ik dat uit, Germaine": how a name is said, asked with the name at the end
        if w == "uit" and i >= 3 and lows[i - 3] in _HOW_SAID_OUT and lows[i - 2] in ("ik", "je", "u", "jij", "we") \
                and lows[i - 1] in ("dat", "het", "die"):
            k = i + 2 if i + 2 < n and lows[i + 1] == "," else i + 1
            if k < n and _name_core16(toks[k]) and lows[k] not in ORDINARY_WORDS and (k + 1 == n or lows[k + 1] in _CALLED_END):
                marks[k] = "[naam]"
        # a street named for a person by title ("Schepen van der [adres]", "Burgemeester van den [adres]")
        if w == "[adres]" and i >= 2 and lows[i - 1] in ("der", "den") and i >= 3 and lows[i - 2] == "van" \
                and lows[i - 3] in _TITLED_STREET:
            for x in range(i - 3, i):
                marks[x] = "[adres]"
        # "Laan der Verenigde Naties", "Laan van Meerdervoort": a street's head with "der" and its name, or with
        # "van" and a word that is no ordinary word, at the start of what is said or after an article or a number
        if w in _STREET_HEADS and i + 2 < n and (i == 0 or lows[i - 1] in _STREET_PREP | _STREET_ARTICLE | {
                "[adres]", "oke", "ok", "dus", "ja", "is", ",", "eh", "uh"} or lows[i - 1] in _HOUSE_ADDITIONS16
                                                   or lows[i - 1].isdigit() or word_value(lows[i - 1]) is not None):
            if lows[i + 1] == "der" and all(_name_core16(toks[x]) for x in range(i + 2, min(n, i + 4))
                                            if x == i + 2):
                e = i + 2
                if e + 1 < n and _name_core16(toks[e + 1]) and lows[e + 1] not in _CALLED_END:
                    e += 1
                for x in range(i, e + 1):
                    marks[x] = "[adres]"
            elif w == "laan" and lows[i + 1] == "van" and _unknown_word(lows[i + 2]) and lows[i + 2] not in _NOT_NAMES:
                for x in range(i, i + 3):
                    marks[x] = "[adres]"
        # "Achter de Hoven 71", "achter 't Veer negen": a street named "Achter ..." with its number, at the start
        # of what is said (not "achter de deur twee uur", "achter de computer tot twaalf")
        if w == "achter" and (i == 0 or lows[i - 1] in ("op", "woon", "woont", "wonen", "adres", "is", "dus", "oke",
                                                         "ok", "ja", "eh", "uh", ",")):
            k = i + 1
            while k < n and lows[k] in ("de", "het", "t", "'t", "'", "den") and k - i <= 2:
                k += 1
            if k > i + 1 and k + 1 < n and _name_core16(toks[k]) and lows[k + 1] != "[adres]":
                e = _house_number_at16(toks, lows, k + 1)
                if e is not None and (e + 1 >= n or (lows[e + 1] not in _NOT_HOUSE and lows[e + 1] not in (
                        "tot", "om", "over", "voor", "na", "uur", "minuten", "keer"))):
                    for x in range(i, e + 1):
                        marks[x] = "[adres]"
        # "het adres van zijn ex is de Vliet", "haar adres is de Brink zes": a street named right after "adres is"
        if w in ("adres", "woonadres", "huisadres", "postadres"):
            k = i + 1
            if k < n and lows[k] == "van":  # "het adres van zijn ex"
                k += 1
                while k < n and lows[k] not in ("is", "was") and k - i <= 5:
                    k += 1
            if k + 2 < n and lows[k] in ("is", "was") and lows[k + 1] in ("de", "het", "'t", "t"):
                h = k + 2
                e = _house_number_at16(toks, lows, h + 1) if h + 1 < n else None
                if e is not None and lows[h + 1] in ("een", "nul"):
                    e = None
                if _name_core16(toks[h]) and (lows[h] not in ORDINARY_WORDS or lows[h] in STREET_SUFFIXES
                                              or lows[h] in _LANDSCAPE_HEADS or _is_street_word(lows[h])
                                              or (e is not None and (e + 1 >= n or lows[e + 1] not in _NOT_HOUSE))):
                    for x in range(h, (e if e is not None and (e + 1 >= n or lows[e + 1] not in _NOT_HOUSE) else h) + 1):
                        marks[x] = "[adres]"
        # house numbers
        if _GLUED_HOUSE.match(w):
            p = i - 1
            while p >= 0 and lows[p] in ("eh", "uh", "ehm", "is"):
                p -= 1
            alone = all(lows[x] in _LINE_FILL16 for x in range(n) if x != i)
            street = p >= 0 and (lows[p] in HOUSE_NUMBER_CUES or lows[p] == "[adres]"
                                 or (_unknown_word(lows[p]) and lows[p] not in _NOT_NAMES))
            if alone or street:
                e = _house_number_at16(toks, lows, i)
                for x in range(i, (e if e is not None else i) + 1):
                    marks[x] = "[adres]"
                if street and lows[p] not in HOUSE_NUMBER_CUES:
                    marks[p] = "[adres]"  # the street's own word ("Heechhout 6b"), or the address before
                elif street:  # "Kloosterhof, en het nummer 24c": the street's word before the cue
                    q = p - 1
                    while q >= 0 and lows[q] in ("en", "het", "dan", "eh", "uh", "is", ",", "zei", "u", "je"):
                        q -= 1
                    if q >= 0 and q < p - 1 and _unknown_word(lows[q]) and lows[q] not in _NOT_NAMES:
                        marks[q] = "[adres]"
                        if q > 0 and lows[q - 1] in ("sint", "st", "oude", "nieuwe", "oud", "nieuw", "groot", "klein"):
                            marks[q - 1] = "[adres]"
        if w == "huis" and i + 2 < n and lows[i + 1] == "nummer":
            e = _house_number_at16(toks, lows, i + 2)
            if e is not None:
                for x in range(i, e + 1):
                    marks[x] = "[adres]"
                p = i - 1
                if p >= 0 and (lows[p] == "[adres]" or (_name_core16(toks[p]) and lows[p] not in ("mijn", "je", "uw", "zijn", "haar", "ons", "jullie", "hun", "het", "oude", "nieuwe", "eigen"))):
                    marks[p] = "[adres]"
                    # a street's name in two words: "schepen van der [adres]", "sint jorisweg"
        if w == "[adres]" and i + 1 < n and lows[i + 1] in ("rood", "zwart", "bg", "hs", "bis") \
                and (i + 2 >= n or lows[i + 2] in _LINE_FILL16 or lows[i + 2] in ("en", "in", "bij", "daar", "dat", "of")):
            marks[i + 1] = "[adres]"
        if w in HOUSE_NUMBER_CUES and i + 2 < n and lows[i + 2] in ("bg", "hs"):
            e = _house_number_at16(toks, lows, i + 1)
            if e is not None and e == i + 2:
                for x in range(i + 1, e + 1):
                    marks[x] = "[adres]"
    if not marks:
        return text
    labels = [marks.get(x) or (lows[x] if lows[x].startswith("[") else None) for x in range(n)]
    flags = [x in marks for x in range(n)]
    for x in range(n):  # a placeholder next to what is marked with its label goes into the same span
        if not flags[x] and labels[x] and ((x > 0 and flags[x - 1] and labels[x - 1] == labels[x])
                                           or (x + 1 < n and x + 1 in marks and labels[x + 1] == labels[x])):
            flags[x] = True
    spans: list[tuple[int, int, str]] = []
    x = 0
    while x < n:
        if not flags[x]:
            x += 1
            continue
        y = x
        while y + 1 < n and flags[y + 1] and labels[y + 1] == labels[x]:
            y += 1
        spans.append((toks[x].start, toks[y].end, labels[x] or "[naam]"))
        x = y + 1
    return _replace(text, spans)


# ---------------------------------------------------------------------------
# Round 17: a name greeted ("o dag Ber", "hoi Siem, fijn dat je belt")
# ---------------------------------------------------------------------------
_GREETINGS = frozenset("dag hoi hallo hai hey hee goedendag goeiedag goedenavond goeienavond goedemorgen goeiemorgen "
                       "goedemiddag goeiemiddag goedenacht goeienacht welkom".split())
_GREETED_AFTER = frozenset(", . ! ? en fijn goed wat hoe ja leuk mooi".split())
_GREETED_SERVICE = ("lijn", "dienst", "team", "post", "centrum", "huis", "zorg", "telefoon", "land", "stad")
_GREETING_LEAD = frozenset(", . ! ? o oh ah ach ha ja nou nee goh eh uh oké oke hé he en zeg".split())
_GREETING_GATE = re.compile(r"\b(?:" + _trie_alt(_GREETINGS) + r")\b", re.I)


def redact_greeted_name(text: str) -> str:
    """A word that is no ordinary word right after a greeting, ending what is said or before a comma or what
    is said next to a greeting ("o dag Ber", "hoi Siem, fijn dat je belt"): the one greeted. Not an ordinary
    word ("dag allemaal", "hallo daar"), not a service ("hallo nachtlijn": an ordinary word of the lists)."""
    if not _GREETING_GATE.search(text):
        return text
    toks = tokens(text)
    n = len(toks)
    spans = []
    for i in range(n - 1):
        if toks[i].low not in _GREETINGS or (i > 0 and toks[i - 1].low not in _GREETING_LEAD):
            continue  # "hoe ben je de dag doorgekomen": a day, not a greeting
        k = i + 1
        if not _unknown_word(toks[k].low) or toks[k].low in _GREETINGS or toks[k].low.endswith(_GREETED_SERVICE):
            continue
        if k + 1 < n and toks[k + 1].low not in _GREETED_AFTER:
            continue
        spans.append((toks[k].start, toks[k].end, "[naam]"))
    return _replace(text, spans) if spans else text


# ---------------------------------------------------------------------------
# Round 17: a year said first, then that someone was born ("zevenenveertig bent u geboren", "1961 ben ik geboren")
# ---------------------------------------------------------------------------
_BORN_VERBS = frozenset("ben bent is was werd werden".split())
_FILLER_WORDS19 = frozenset({"eh", "uh", "ehm", "uhm", ",", "en", "dus", "ja", "toen", "dan"})
_BORN_SUBJECTS = frozenset("ik u je jij hij zij ze".split())


def redact_year_before_born(text: str) -> str:
    """A year said right before "ben ik / bent u / is hij / werd ze geboren": the year of birth. Not a span of
    time ("drie jaar geleden is hij geboren") nor a count ("twee kinderen zijn er geboren").
    Round 19: also "u bent van zevenendertig geboren", "ik ben van achtenvijftig, geboren in Sneek": someone
    "is van" a year, said before "geboren" in the same line."""
    if "geboren" not in text.lower():
        return text
    toks = tokens(text)
    spans = []
    lows = [t.low for t in toks]
    born = lows.index("geboren") if "geboren" in lows else -1
    for v in range(2, born - 1):
        if toks[v].low == "van" and toks[v - 1].low in _BORN_VERBS and toks[v - 2].low in _BORN_SUBJECTS | {"dus"}:
            end = _year_at(toks, v + 1)
            if end is not None and end < born and all(t.low in _FILLER_WORDS19 for t in toks[end + 1:born]):
                spans.append((toks[v + 1].start, toks[end].end, "[datum]"))
    for g in range(3, len(toks)):
        if toks[g].low != "geboren" or toks[g - 1].low not in _BORN_SUBJECTS or toks[g - 2].low not in _BORN_VERBS:
            continue
        end = g - 3
        for s in (end - 2, end - 1, end):
            if s >= 0 and _year_at(toks, s) == end and (s == end or toks[s].low in ("negentien", "tweeduizend")):
                spans.append((toks[s].start, toks[end].end, "[datum]"))
                break
    return _replace(text, spans) if spans else text


# ---------------------------------------------------------------------------
# Round 19: a surname that is also an ordinary word, right after a first name said to be the name
# ---------------------------------------------------------------------------
# "dus u bent Jan Schaap", "mijn naam is Anna Kraai", "ik heet Piet Vos, ja": after a cue that says what
# someone is called, the first name (taken: [naam]) and one more word at the end of what is said is the
# surname, also when it is an ordinary word. Not a word that says how or where someone is ("u bent Jan kwijt",
# "ik heet Anna hoor", "u bent Kees vergeten", "je heet Sanne eigenlijk"): adjectives, participles, adverbs.
_CALLED19 = (("u", "bent"), ("je", "bent"), ("jij", "bent"), ("naam", "is"), ("ik", "heet"), ("u", "heet"),
             ("je", "heet"), ("jij", "heet"))
_NOT_SURNAME19 = frozenset(
    "hoor toch ook nog niet wel maar dus echt even zelf eigenlijk trouwens natuurlijk zeker gewoon kwijt vergeten "
    "boos blij moe bang ziek thuis hier daar weg binnen buiten alleen samen klaar gek lief stil nu nou net juist "
    "precies allemaal allebei allen erg heel zo toen later straks morgen vandaag gisteren vanavond vannacht "
    "niemand iemand iets niets alles wie wat waar welke hoe waarom wanneer oke okay okee goed fijn mooi jammer "
    "zegt zei zeg zeggen vroeg vraagt bedoel bedoelt heet heette dan daarna eerst enzo".split())
_ADJECTIVE_ENDS19 = ("ig", "lijk", "isch", "baar", "loos", "zaam", "achtig", "ief", "eel", "aal", "end", "ende")


def _surname_word19(low: str) -> bool:
    if not low.isalpha() or len(low) < 3 or low in _NOT_SURNAME19 or low in STOP_WORDS or low in TUSSEN:
        return False
    if low.endswith(_ADJECTIVE_ENDS19) and low not in _SURNAME_WORDS:
        return False
    if low.startswith(("ge", "ver", "be", "ont", "her", "on")) and low.endswith(("d", "t", "en")) and low not in _SURNAME_WORDS:
        return False  # a participle ("vergeten", "gebeld", "betaald")
    return word_value(low) is None and low not in MONTHS


def redact_surname_after_called(text: str) -> str:
    if "[naam]" not in text:
        return text
    toks = tokens(text)
    lows = [t.low for t in toks]
    n = len(toks)
    spans = []
    for i in range(2, n - 3):
        if (lows[i - 2], lows[i - 1]) not in _CALLED19 or lows[i:i + 3] != ["[", "naam", "]"]:
            continue
        k = i + 3
        if k < n and _surname_word19(lows[k]) and (k + 1 == n or lows[k + 1] in _NAME_CLOSERS or lows[k + 1] in _NAME_END):
            spans.append((toks[k].start, toks[k].end, "[naam]"))
    return _replace(text, spans) if spans else text


# ---------------------------------------------------------------------------
# Round 19: a postcode's digits, then the town it is, then its letters
# ---------------------------------------------------------------------------
# "achtentachtig eenenzestig, dat is Harlingen, en dan n p", "twaalf vierendertig dat is in Sneek en dan k l": the
# four digits as two numbers (the first 10 to 99), "dat is" and a town (one word, "in" before it or not), "en dan"
# and the two letters (or their placeholder): the digits go with the letters. Not an age and a count ("ik ben
# achtentachtig en ik woon in Harlingen": no two numbers in a row).
def _pair_number(tok: Tok) -> int | None:
    if tok.low.isdigit():
        return int(tok.low) if len(tok.low) == 2 else None
    v = word_value(tok.low)
    return v if v is not None and v < 100 else None


def redact_postcode_with_town(text: str) -> str:
    if "dat is" not in text.lower():
        return text
    toks = tokens(text)
    n = len(toks)
    spans = []
    for i in range(n - 5):
        if toks[i].low == "[" and toks[i + 1].low == "postcode" and toks[i + 2].low == "]":
            raw, k = False, i + 3  # the digits already taken, the letters not yet
        else:
            a, b = _pair_number(toks[i]), _pair_number(toks[i + 1])
            if a is None or b is None or a < 10 or b < 10 or (i > 0 and _pair_number(toks[i - 1]) is not None):
                continue
            raw, k = True, i + 2
        while k < n and toks[k].low == ",":
            k += 1
        if k + 2 >= n or toks[k].low != "dat" or toks[k + 1].low != "is":
            continue
        k += 2
        if toks[k].low == "in":
            k += 1
        if k + 2 < n and toks[k].low == "[" and toks[k + 1].low in ("adres", "naam") and toks[k + 2].low == "]":
            k += 3  # the town already taken ("dat is in [adres]")
        elif k >= n or not toks[k].low.isalpha() or toks[k].low in STOP_WORDS:
            continue
        else:
            k += 1
        while k < n and toks[k].low == ",":
            k += 1
        if k + 1 < n and toks[k].low == "en" and toks[k + 1].low == "dan":
            k += 2
        if k + 2 < n and toks[k].low == "[" and toks[k + 1].low == "postcode" and toks[k + 2].low == "]":
            if raw:
                spans.append((toks[i].start, toks[i + 1].end, "[postcode]"))
        elif k < n and (end := _postcode_letters(toks, k)) is not None \
                and (end >= n or toks[end].low in _PC_CLOSERS or not toks[end].low.isalpha()):
            spans.append((toks[k].start, toks[end - 1].end, "[postcode]"))
            if raw:
                spans.append((toks[i].start, toks[i + 1].end, "[postcode]"))
    return _replace(text, spans) if spans else text

