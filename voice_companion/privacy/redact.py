"""Redaction of personal details in what the worker says, before anything is logged.

`Redactor(names=...)` is the Session's `redact` hook: `redactor(text)` returns
`(text, changed)` with personal details replaced by placeholders:

    [telefoonnummer]  06-12345678, +31 6 1234 5678, 020-1234567, and spoken
                      "nul zes twaalf vierendertig ..." / "plus eenendertig zes ..."
    [e-mail]          jan.jansen@gmail.com, spoken "jan punt jansen apenstaartje gmail punt com"
    [iban]            NL91ABNA0417164300 (with or without spaces; mod-97 checked,
                      Dutch-shaped IBANs are redacted even when a digit is misheard)
    [bsn]             9 digits passing the elfproef, written or spoken
    [nummer]          another long number (9+ digits) that is none of the above
    [postcode]        1234 AB (12), 1234ab, spoken "twaalf vierendertig a b nummer twaalf"
    [adres]           a street with a house number: "Kalverstraat 12", "dorpsstraat twaalf"
    [naam]            names from the worker's list (whole word, any case, any accents)

Only one regex pass per rule: no model, no network. Ordinary speech is left
alone, in particular the scaling questions and times a worker says all night
("als tien rust is en nul chaos", "je zegt een vier", "van nul tot tien",
"om drie uur", "een 7 of een 8"): number words only count as a phone number
when a run of them starts with "nul" (or "plus") and holds 7 or more digits.

The log records THAT an utterance was redacted (Utterance.redacted), never what.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache, partial
from pathlib import Path
from typing import Callable, Iterable, Iterator


class _Lazy:
    """A module-level pattern compiled on its first use, not at import (start-up: about two hundred patterns, many of
    them for rare forms). The first use puts the compiled pattern in its place in the module, so later uses meet the
    pattern itself; a copy kept elsewhere (a default argument, a partial) passes on to it."""

    __slots__ = ("_args", "_name", "_compiled")

    def __init__(self, pattern, flags=0):
        self._args = (pattern, flags)
        self._name = None
        self._compiled = None

    def _get(self) -> "re.Pattern[str]":
        got = self._compiled
        if got is None:
            got = self._compiled = re.compile(*self._args)
            g = globals()
            if self._name is not None and g.get(self._name) is self:
                g[self._name] = got
        return got

    def __getattr__(self, name):
        return getattr(self._get(), name)

from voice_companion.privacy.spoken import TEENS, TENS, UNITS, _trie_alt
from voice_companion.privacy.spoken import elfproef  # noqa: F401  (the BSN check; also this module's API)

from voice_companion.privacy.words import (  # word sets the rules share
    BANK_NAMES,
    COUNT_UNITS,
    DWELLING_UNITS,
    FLOOR_WORDS,
    HESITATIONS,
    HOUSE_ADDITIONS,
    HOUSE_NUMBER_CUES,
    KIN,
    LIVE_CUES,
    NAME_NOUNS,
    NUMBER_LABELS,
    PARTICLES,
    PIECE_FILLERS,
    POSSESSIVES,
    POSTCODE_FORBIDDEN,
    SHORT_FILLERS,
    TITLES,
)

PLACEHOLDERS = (
    "[telefoonnummer]", "[e-mail]", "[iban]", "[bsn]", "[nummer]",
    "[postcode]", "[adres]", "[naam]", "[datum]",
)
_PLACEHOLDER_SPLIT = _Lazy("(" + "|".join(re.escape(p) for p in PLACEHOLDERS) + ")")

NAMES_FILE_NAME = "redact-names.txt"

# ---------------------------------------------------------------------------
# Dutch number words
# ---------------------------------------------------------------------------
_UNITS = {
    "nul": 0, "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4,
    "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
}
_UNIT_1_9 = [w for w, v in _UNITS.items() if v > 0]


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# "vierendertig", "tweeëntwintig", and the recognizer's "vier en dertig"
_COMPOUND = rf"(?:{_alt(_UNIT_1_9)})(?:en|ën|\s+en\s+)(?:{_alt(TENS)})"
_NUMWORD = rf"(?:{_COMPOUND}|{_alt(list(TEENS) + list(TENS) + list(_UNITS))}|\d{{1,4}})(?!\w)"


def iban_valid(compact: str) -> bool:
    """ISO 13616 mod-97 check of an IBAN without spaces."""
    compact = compact.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


_IBAN_LENGTHS = {
    "NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "PL": 28,
    "LU": 20, "AT": 20, "CH": 21, "DK": 18, "IE": 22, "PT": 25, "TR": 26, "SE": 24,
    "NO": 15, "FI": 18, "RO": 24, "BG": 22, "HU": 28, "CZ": 24, "GR": 27, "MA": 28,
    "SR": 0,  # Suriname has no IBAN; keep the digits to other rules
}

# ---------------------------------------------------------------------------
# Written forms
# ---------------------------------------------------------------------------
_DIGIT = _Lazy(r"\d")
_EMAIL_RE = _Lazy(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", re.UNICODE)
_IBAN_START = _Lazy(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}")
_NL_IBAN_SHAPE = _Lazy(r"NL\d{2}[A-Z]{4}\d{10}", re.IGNORECASE)
# +31 6 12345678, +31 (0)6-1234 5678, 0031 20 1234567, +44 20 7946 0958
_PHONE_INTL = _Lazy(
    r"(?<![\w+])(?:\+|00)\s?[1-9]\d{0,2}(?:[ .\-/]?(?:\(0\)\s?)?\d){6,12}(?!\d)")
# 06-12345678, 06 1234 5678, 0612345678, 020-1234567, 010 123 4567, (020) 123 45 67
_PHONE_NL = _Lazy(r"(?<![\w+])\(?0(?:[ .\-/)]{0,2}\d){9}(?!\d)")
_DATE_START = _Lazy(r"\(?\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
_SERVICE_PREFIXES = ("0800", "0900", "0906", "0909")  # not a caller's own number
# BSN: 9 digits, as one block or in the groupings people write and recognizers
# produce (123456782, 123 456 782, 1234.56.782, 12 34 56 782, 1 2 3 4 5 6 7 8 2)
_S = r"[ .\-]"
_BSN_RE = _Lazy(
    rf"(?<![\w])(?<!\d[ .\-])(?:\d{{9}}|\d{{3}}{_S}\d{{3}}{_S}\d{{3}}|\d{{4}}{_S}\d{{2}}{_S}\d{{3}}"
    rf"|\d{{3}}{_S}\d{{2}}{_S}\d{{2}}{_S}\d{{2}}|\d{{2}}{_S}\d{{2}}{_S}\d{{2}}{_S}\d{{3}}|\d(?: \d){{8}})"
    r"(?![ .\-]?\d)(?!\w)")
_LONG_NUMBER = _Lazy(r"(?<![\w])\d{9,}(?!\w)")
_POSTCODE_RE = _Lazy(
    r"(?<![\w])([1-9]\d{3})( ?)([A-Za-z]{2})(?![\w])"
    rf"(?:(?:[ ]*,)?[ ]+(?:(?:nr\.?|nummer|huisnummer)[ ]*)?(\d{{1,5}}(?:[ \-]?[A-Za-z](?![\w]))?|{_NUMWORD}))?",
)
# Two-letter words and units that follow numbers in ordinary speech: "in 2019 en",
# "2000 km". Written in capitals without them, or glued ("1234ab"), it is a postcode.
_NOT_POSTCODE_WORDS = frozenset(
    "aa ad af ah al am an as au be bv ca cd da de dj do eh en er ex ga ha he hè hé ho "
    "ie ik in is ja je jo ke la ma me mi na ne nl no nu oa of oh ok ol om oo op pa pc "
    "re so te to tv ui uw we wc xl zo ze".split())
# round 21: no "ms" (milliseconds are not said on the phone; "9723ms" is a postcode written glued)
_UNIT_WORDS = frozenset("km kg cm mm ml mg gb mb kb pk kw ct st".split())

_STREET_SUFFIXES = (
    "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "dreef",
    "steeg", "pad", "hof", "markt", "plantsoen", "wal", "burgwal", "baan",
    "boulevard", "allee", "passage", "park",
    "drift",  # round 72 HG: "de schapendrift zes"
)
_NOT_STREETS = frozenset({
    "onderweg", "halverwege", "snelweg", "zijweg", "uitweg", "loopbaan", "ijsbaan",
    "rijbaan", "kerkhof", "gerechtshof", "binnenhof", "levenspad", "voetpad",
    "fietspad", "wandelpad", "pretpark", "attractiepark", "bijbaan", "rechtbank",
    "jaarmarkt", "arbeidsmarkt", "woningmarkt", "supermarkt", "vlooienmarkt",
    "omweg", "spoorweg", "levensweg", "dwaalweg", "glijbaan", "werkplein",
    "aandrift", "gedrift",
})
_STREET_RE = _Lazy(
    rf"(?<![\w])([^\W\d_][\w'\-]+?(?:{'|'.join(_STREET_SUFFIXES)}))"
    rf"[ ]+(?:(?:nummer|nr\.?|huisnummer)[ ]*)?"
    rf"(\d{{1,5}}(?:[ \-]?[A-Za-z](?![\w]))?|{_NUMWORD})(?![\w])"
    r"(?![ ]+(?:uur|keer|jaar|jaren|maand|maanden|dag|dagen|week|weken|minuut|minuten|"
    r"seconden|kilometer|km|meter|euro|procent|mensen|man|auto's|kinderen)\b)",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------
# Rules: each takes one piece of text (never containing a placeholder)
# ---------------------------------------------------------------------------
def _redact_email(text: str) -> str:
    if "@" not in text:
        return text
    return _EMAIL_RE.sub("[e-mail]", text)


def _iban_end(text: str, start: int) -> int | None:
    """End of the IBAN that starts at `start`, or None when there is none."""
    # gather alphanumerics allowing single spaces; note where each chunk ends
    compact: list[str] = []
    ends: list[tuple[int, int]] = []  # (compact length, text position) at chunk ends
    i, n = start, len(text)
    while i < n and len(compact) < 34:
        ch = text[i]
        if ch.isascii() and ch.isalnum():
            compact.append(ch)
            i += 1
            if i >= n or not (text[i].isascii() and text[i].isalnum()):
                ends.append((len(compact), i))
        elif ch == " " and compact and i + 1 < n and text[i + 1].isascii() and text[i + 1].isalnum():
            i += 1
        else:
            break
    joined = "".join(compact).upper()
    want = _IBAN_LENGTHS.get(joined[:2])
    for length, pos in reversed(ends):
        if length < 15 or (want is not None and length != want):
            continue
        candidate = joined[:length]
        if iban_valid(candidate) or _NL_IBAN_SHAPE.fullmatch(candidate):
            if pos < n and text[pos].isalnum():
                continue
            return pos
    return None


def _redact_iban(text: str) -> str:
    out: list[str] = []
    last = 0
    for m in _IBAN_START.finditer(text):
        if m.start() < last:
            continue
        end = _iban_end(text, m.start())
        if end is not None:
            out.append(text[last:m.start()])
            out.append("[iban]")
            last = end
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _phone_nl(m: re.Match[str]) -> str:
    found = m.group(0)
    digits = re.sub(r"\D", "", found)
    if digits.startswith(_SERVICE_PREFIXES) or _DATE_START.match(found):
        return found
    return "[telefoonnummer]"


def _bsn(m: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", m.group(0))
    return "[bsn]" if elfproef(digits) else m.group(0)


def _postcode(m: re.Match[str]) -> str:
    letters = m.group(3)
    low = letters.lower()
    if low in POSTCODE_FORBIDDEN or low in _UNIT_WORDS:
        return m.group(0)
    if m.group(2) and low in _NOT_POSTCODE_WORDS and not letters.isupper():
        return m.group(0)
    return "[postcode]"


def _street(m: re.Match[str]) -> str:
    # "de Kalverstraat een jas gekocht": "een" is an article there, not house number 1
    if m.group(1).lower() in _NOT_STREETS or m.group(2).lower() == "een":
        return m.group(0)
    return "[adres]"


def _redact_written_numbers(text: str) -> str:
    if not _DIGIT.search(text):
        return text
    text = _redact_iban(text)
    text = _PHONE_INTL.sub("[telefoonnummer]", text)
    text = _PHONE_NL.sub(_phone_nl, text)
    text = _BSN_RE.sub(_bsn, text)
    text = _POSTCODE_RE.sub(_postcode, text)
    text = _LONG_NUMBER.sub("[nummer]", text)
    return text


def _redact_street(text: str) -> str:
    return _STREET_RE.sub(_street, text)


from voice_companion.privacy.spoken import (  # noqa: E402  (the spoken-Dutch rules)
    TUSSEN,
    number_tokens, runs,
    NameMatcher, StreamState, close_tail, redact_birth_dates, redact_corrections, redact_false_starts,
    redact_house_after_postcode, redact_number_goes_on, redact_numbers, redact_numeric_dates,
    redact_month_dates, redact_date_said_on, redact_spelled_name, close_number_starts, dictated_digits, phone_start,
    close_street_words, redact_spelled_letters, redact_address_forms, redact_local_part, redact_foreign_iban,
    redact_iban_head_before, redact_alternatives, redact_alternative_next, redact_address_units, redact_date_alternatives, redact_name_forms,
    redact_dwellings_and_titles,
    redact_towns_and_surnames,
    redact_bare_streets_and_checked_names, redact_pieces_said_apart, redact_double_surname,
    redact_name_roles_and_house_numbers,
    redact_greeted_name, redact_surname_after_called, redact_postcode_with_town,
    redact_year_before_born,
    redact_spoken_email, redact_spoken_iban, redact_stream_head, redact_stream_tail, redact_streets,
    FILLERS,
    FIRST_NAMES,
    FIRST_NAMES_AMBIGUOUS,
    FIRST_NAMES_MORE,
    LETTER_NAMES,
    MONTHS,
    ORDINARY_WORDS,
    SPELLING_ALPHABET,
    SPELL_WORDS,
    STOP_WORDS,
    SURNAMES_AMBIGUOUS,
    SURNAMES_SAFE,
    _ANY_FIRST_NAMES,
    _GENERIC_STREETS,
    _NOT_HOUSE,
    _NUMBERED_THINGS,
    _PLACE_NOUNS,
    _SERVICE,
    _SURNAME_WORDS,
    _TOWN_WORDS12,
    _WEAK_BLOCK,
    _WORLD_NAMES,
    _is_street_word,
    _plain_word,
    _skip_head,
    _trailing_run,
    _unknown_word,
    fold,
    name_score,
    ordinal_value,
    tokens,
    word_value,
)


# ---------------------------------------------------------------------------
# Names (accent- and case-insensitive, whole words)
# ---------------------------------------------------------------------------
def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _accent_variants() -> dict[str, str]:
    """Base letter -> regex class of the letter and its accented forms."""
    variants: dict[str, set[str]] = {}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = strip_accents(ch).lower()
        if len(base) == 1 and base.isascii() and base.isalpha() and ch.isalpha():
            variants.setdefault(base, {base}).update({ch.lower(), ch.upper()})
    return {base: "[" + "".join(sorted(chars)) + "]" for base, chars in variants.items()}


def _name_pattern(name: str) -> str | None:
    base = " ".join(strip_accents(name).lower().split())
    if len(base.replace(" ", "")) < 2:
        return None
    classes = _accent_variants()
    parts: list[str] = []
    for ch in base:
        if ch == " ":
            parts.append(r"[\s\-]+")
        elif ch in classes:
            parts.append(classes[ch] + "[\u0300-\u036f]*")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def clean_names(names: Iterable[str]) -> list[str]:
    """Unique, stripped names; blank lines and '#' comments dropped."""
    seen: dict[str, str] = {}
    for raw in names:
        if not isinstance(raw, str):
            continue
        name = raw.strip()
        if not name or name.startswith("#"):
            continue
        key = strip_accents(name).casefold()
        seen.setdefault(key, name)
    return list(seen.values())


# ---------------------------------------------------------------------------
# The redactor
# ---------------------------------------------------------------------------
_MONEY = _Lazy(r"\b(?:euro|eur|bedrag|achterstand|schuld|kost|kosten|betaald|betalen|huur|boete)\b", re.I)
_NUMBER_LABELS = frozenset(NUMBER_LABELS)


def _through_dutch(text: str, redact) -> tuple[str, bool]:
    """Redact a line with its Frisian number, month and cue words read as Dutch (round 19), the rest put back as
    said; a line with none of them is redacted as it is."""
    read = as_dutch(text)
    if read != text:
        out = frisian_back(text, read, redact(read)[0])
        if out != text:
            out = _r45_said(text, out)  # round 45: "double u", "the" of what was read
        return out, out != text
    return redact(text)


class Redactor:
    """`redactor(text) -> (text, changed)`; never raises, idempotent."""

    def __init__(self, names: Iterable[str] = (), *, common_names: bool = True, window: bool = False,
                 tagger: object = True):
        self.names = tuple(clean_names(names))
        patterns = [p for p in (_name_pattern(n) for n in self.names) if p]
        patterns.sort(key=len, reverse=True)  # "Jan Jansen" before "Jan"
        self._names_re = (
            re.compile(r"(?<![\w])(?:" + "|".join(patterns) + r")(?![\w])", re.IGNORECASE)
            if patterns else None
        )
        self._matcher = NameMatcher(self.names, common=common_names)
        # the learned word tagger (tagger.py) added to the rules; True: the shipped model, None: rules only
        if tagger is True:
            from voice_companion.privacy.tagger import load_tagger

            tagger = load_tagger()
        self._tagger = tagger or None
        self.window = window
        self._state = StreamState()
        self._context: list[tuple[str, str]] = []  # the previous lines: (as said, as redacted)
        self._last_out = ""  # the previous line as redacted (a dictated number goes on in the next)
        self._names_seen: set[str] = set()  # names redacted in this session (said again, they go again)
        self._names_cued: set[str] = set()  # names that are also words, found after "meneer"/"mevrouw"
        self._names_listed: set[str] = set()  # round 18: listed names that are also words, taken as a name
        self._streets_seen: set[str] = set()  # street names redacted in this session (said again, they go again)
        self._name_phrases: set[tuple[str, ...]] = set()  # surnames with their tussenvoegsels ("in t veld"), likewise
        self._sensitive = False  # the last line speaks of personal details (it is held)
        self._revised_before: str | None = None  # the line two back: its number runs went on (see revised_before)
        self._earlier: str | None = None  # the line two back as the window's lines read together show it (Earlier "texts")
        self._number_label: tuple[str, int] | None = None  # a number placeholder and the lines since it
        self._phone_open: tuple[str, int] | None = None  # digits of a phone number's start, lines it spans
        self._hold_more = False  # round 20: a bare street, a number question or letters alone (held for the next line)
        self._house_numbers: dict[str, int] = {}  # round 20: house numbers just redacted (said again, they go again)
        self._r58_answers: set[str] = set()  # round 58: one-word names given to "hoe mag ik je noemen"
        self._r67_street = 0  # round 67 BD: lines since a street went, only lines taken whole since (0: none)
        self.errors = 0  # lines dropped whole because a rule raised (a bug; tests keep it 0)
        self._amounts: set[str] = set()  # round 14: amounts of money said just before (digits)
        self._memo: dict[tuple[int, str], str] = {}  # (rule, text) -> the rule's output (see _pass)
        self._rules_memo: dict[str, str] = {}  # text -> _rules_text(text) (a function of the text alone)
        # round 25: (text, amounts) -> _redact_text_read(text): rules and tagger are a function of the text and the
        # amounts said just before alone (a line said again, the window's lines read together again)
        self._read_memo: dict[tuple[str, frozenset[str]], tuple[str, bool]] = {}
        self._rules: list[Callable[[str], str]] = [
            _redact_email, redact_spoken_email, redact_spoken_iban, redact_foreign_iban, _redact_written_numbers,
            redact_birth_dates, redact_numeric_dates, redact_month_dates, redact_streets, _redact_street, redact_numbers,
        ]
        if self._names_re is not None:
            names_re = self._names_re
            self._rules.append(lambda text: names_re.sub("[naam]", text))
        self._rules.append(self._matcher.redact)

    @classmethod
    def from_config(cls, config: object | None = None, *, names_path: Path | None = None) -> "Redactor":
        """A redactor for the config's `redact_names` plus the per-user names file.

        Does not look at `config.redaction`; make_redactor() does (None when off).
        """
        names = list(getattr(config, "redact_names", ()) or ())
        names += load_names_file(names_path)
        # `redaction_model = false`: the rules alone (fewer ordinary words touched, more personal data missed)
        return cls(names=names, window=True, tagger=True if getattr(config, "redaction_model", True) else None)

    def __repr__(self) -> str:  # never show the names themselves
        return f"Redactor({len(self.names)} names)"

    def _pass(self, text: str) -> str:
        # every rule is a function of the text alone: a piece seen before (the next pass over a text that
        # no longer changes, the free text between placeholders, the window's lines read again) is looked up
        memo = self._memo
        if len(memo) > _MEMO_SIZE:
            memo.clear()
        for k, rule in enumerate(self._rules):
            if "[" in text:
                parts = _PLACEHOLDER_SPLIT.split(text)
                # even indexes are free text, odd ones placeholders
                for i in range(0, len(parts), 2):
                    if parts[i]:
                        key = (k, parts[i])
                        out = memo.get(key)
                        if out is None:
                            out = memo[key] = rule(parts[i])
                        parts[i] = out
                text = "".join(parts)
            else:
                key = (k, text)
                out = memo.get(key)
                if out is None:
                    out = memo[key] = rule(text)
                text = out
        return text

    def redact_text(self, text: str) -> tuple[str, bool]:
        """One utterance on its own (no state across lines)."""
        if not isinstance(text, str) or not text:
            return text, False
        return self._as_said(text, _through_dutch(text, self._redact_text_read)[0], window=False)

    def _redact_text_read(self, text: str) -> tuple[str, bool]:
        key = (text, frozenset(self._amounts))
        memo = self._read_memo
        got = memo.get(key)
        if got is None:
            if len(memo) > _MEMO_SIZE:
                memo.clear()
            got = memo[key] = self._redact_text_read_once(text)
        return got

    def _redact_text_read_once(self, text: str) -> tuple[str, bool]:
        result = self._rules_text(text)
        if self._tagger is not None:
            # the tagger's words too: read on the text as said (next to what the rules took out),
            # then on what is left until it adds nothing (so a second pass changes nothing)
            source, redacted = text, (_redacted_words(text, result) if result != text else {})
            for _ in range(8):
                marks = self._tagger.marks(source, redacted)
                if marks and _PAST_BIRTHDAY.search(source) and not _BORN.search(source):
                    # round 12: a date before a birthday had ("op vijf mei ben ik jarig geweest"): an event's
                    # date, as the rules read it ("jarig geweest op negen mei" after it is one's birthday)
                    ws = [_bare(w) for w in _WS.findall(source)]
                    at = next((k for k, w in enumerate(ws) if w in ("jarig", "verjaardag")), len(ws))
                    marks = {i: lab for i, lab in marks.items() if lab != "[datum]" or i > at}
                if marks and self._amounts and "[" not in source \
                        and any(lab in _NUMBER_LABELS for lab in marks.values()) \
                        and "".join(run.digits for run in runs(number_tokens(source))) in self._amounts:
                    # round 14: an amount of money just said, said again digit by digit ("de achterstand is
                    # drieduizend tweehonderd euro" / "drie twee nul nul, ja dat is veel"): no phone or account number
                    marks = {i: lab for i, lab in marks.items() if lab not in _NUMBER_LABELS}
                if marks:
                    marks = drop_date_as_address(source, marks)  # round 26: "op koningsdag zevenentwintig april"
                    marks = drop_article_as_date(source, marks)  # round 27: "op een zondag", "ja bevrijdingsdag"
                    marks = drop_document_date(source, marks)  # round 31: "de brief van het uwv van twee mei"
                    marks = drop_date_range(source, marks)  # round 35: "het weekend van zeventien en achttien mei"
                    marks = drop_amount_as_address(source, marks)  # round 36: "de huurtoeslag tweehonderd"
                    marks = drop_calendar_date(source, marks)  # round 38: "het is maandag de vijfde februari"
                merged = _merge(source, result, marks) if marks else result
                if merged == result:
                    if source == result and not redacted:
                        break
                    source, redacted = result, {}  # and once more on what is left
                    continue
                result = source = self._rules_text(merged)
                redacted = {}
        if result != text:
            result = _said_glued(text, result)
            if "[nummer]" in result:
                result = _pieces_make_a_phone(text, result)
            result = keep_organisations(text, result)  # round 26
            result = _r30_keep_numbers(text, result)  # round 30
            result = redact_round31(text, result)  # round 31
        elif _r31_gate(text) or "nul" in text:
            result = redact_round31(text, result)  # round 31: "de oude haven" before the window reads it
        result = redact_round43(text, result)  # round 43: "in het reinier de graaf", "j punt de wit"
        result = _r45_keep(text, result)  # round 45: "op sint maarten", "ritten voor uber eats", "plus vijf negen negen"
        result = _r48_keep(text, redact_round48(text, result))  # round 48: "de b van bakker" stays
        result = redact_round49(text, result)  # round 49: "dorpsstraat een b", "[naam] turk met puntjes"
        result = _r50_keep(text, _r50_house_letter(text, result))  # round 50: "met poasen"; "kolkweg veertien ha"
        result = redact_round51(text, result)  # round 51: "aan de hout veertien", "op naam van visser"
        result = _r52_keep(text, redact_round52(text, result))  # round 52: "caravan nummer negen"; a farm's name
        result = _r53_keep(text, redact_round53(text, result))  # round 53: a profile name, a shared location; a website
        result = _r54_keep(text, redact_round54(text, result))  # round 54: a name off a wristband; a room, a waiting list
        result = redact_round55(text, result)  # round 55: a name one calls oneself by; letter names; a country domain
        return result, result != text

    def _rules_text(self, text: str) -> str:
        # all the rules together are a function of the text alone (the worker's names are fixed per redactor): a
        # text read before (a short line said again, "ja", "hm", "oké"; the tagger's second reading of a text the
        # rules left as it was) is looked up, as _pass does rule by rule
        memo = self._rules_memo
        got = memo.get(text)
        if got is not None:
            return got
        if len(memo) > _MEMO_SIZE:
            memo.clear()
        got = memo[text] = self._rules_text_read(text)
        return got

    def _rules_text_read(self, text: str) -> str:
        result = redact_spelled_letters(text)
        for _ in range(4):  # until nothing more changes (a redaction may expose another)
            again = self._pass(result)
            if again == result:
                break
            result = again
        for rule in (  # then the passes that read a whole text once, in this order
                redact_false_starts, redact_corrections, redact_house_after_postcode,
                redact_number_goes_on, redact_date_said_on, redact_spelled_name, redact_address_forms,
                redact_local_part, redact_iban_head_before,
                redact_address_units, redact_alternatives, redact_date_alternatives, redact_name_forms,
                redact_dwellings_and_titles, redact_towns_and_surnames, redact_bare_streets_and_checked_names,
                redact_pieces_said_apart, redact_double_surname, redact_name_roles_and_house_numbers,
                redact_greeted_name, redact_year_before_born, redact_surname_after_called,
                redact_postcode_with_town, redact_round21):
            result = rule(result)
        # rounds 22, 23, 24: read on the line as said
        # round 25 too
        result = redact_round25(text, redact_round24(text, redact_round23(text, redact_round22(text, result))))
        # round 26
        result = redact_round26(text, result)
        result = redact_round27(text, result)  # round 27
        if _R28_GLUED_GATE.search(text):
            result = _line_pass(text, result, _r28_glued_postcode)  # round 28
        if "[adres]" in result and _R28_HUNDREDS_AND.search(text):
            result = _r28_hundreds_and(text, result)  # round 28
        if _R36_KIN_GATE.search(text):
            result = _line_pass(text, result, _r36_kin_name)  # round 36: "je vader is jeu lemmens"
        if "[naam]" in result and _R37_SYLL_GATE.search(text):
            result = _line_pass(text, result, _r37_syllables)  # round 37: "heet wang li na"
        if "[adres]" in result and _R37_RANGE_GATE.search(text):
            result = _line_pass(text, result, _r37_house_range)  # round 37: "julianalaan acht tot en met tien"
        if _R38_INITIAL_GATE.search(text):
            result = _line_pass(text, result, _r38_initials)  # round 38: "meneer J.P. van der Linde"
        if _R39_GAP_GATE.search(text):
            result = _line_pass(text, result, _r39_gapped_name)  # round 39: "zhang is je achternaam en wei je voornaam"
        if _R39_HOUSE_GATE.search(text):
            result = _line_pass(text, result, _r39_house_digits)  # round 39: "mijn huisnummer is een eh acht"
        if " uit " in text and _R41_GATE.search(text):
            result = _line_pass(text, result, _r41_short_given_name)  # round 41: "dat was toon lemmens uit venray"
        if _R42_GATE.search(text):
            result = _line_pass(text, result, _r42_family_names)  # round 42: "en uw zoon is tiberiu"
        if "[naam]" in result and _R42_SYLL_GATE.search(text):
            result = _line_pass(text, result, _r42_syllables)  # round 42: "uw naam is wang li na en uw zoon ..."
        return _r40_pass(text, keep_organisations(text, result) if result != text else result)

    def redact(self, text: str) -> tuple[str, bool]:
        """One utterance; with `window` the previous line's open number is carried over.

        After a call, `holding` says that this line ends in a number that the next line
        may continue (the caller should keep it back from the log for a few seconds),
        and `revised` names the placeholder the previous line's tail gets because this
        line went on with it (apply it with `close_tail(previous, revised)`), else None.
        """
        if not self.window or not isinstance(text, str) or not text:
            return self.redact_text(text)
        split = _r47_unglue(text)  # round 47: glued number words ("nulzes", "tweedrie") read apart
        if split is not None:
            out, _ = _through_dutch(split, self._redact_read)
            out = _r47_reglue(text, split, out)
        else:
            out = _through_dutch(text, self._redact_read)[0]
        return self._as_said(text, out, window=True)

    def _redact_read(self, text: str) -> tuple[str, bool]:
        try:
            prev_raw = self._context[-1][0] if self._context else None  # round 28
            # round 14: the amounts of money said in the two lines before (see redact_text)
            self._amounts = {run.digits for raw, _ in self._context[-2:] if _MONEY.search(raw)
                             for run in runs(number_tokens(raw)) if len(run.digits) >= 3} if self._context else set()
            head = redact_stream_head(text, self._state)
            # the text is read as Dutch already (see redact): redact_text's own reading would change nothing
            result, _ = self._redact_text_read(head) if isinstance(head, str) and head else (head, False)
            if prev_raw is not None and head == text and result != text:
                result = _r28_service_goes_on(prev_raw, text, result)  # round 28, before the window reads it
            result = redact_false_starts(redact_stream_tail(result, self._state, prev_raw or ""))
            if "[" in result:  # round 12: what the tail's placeholder shows ("nul zes en dan de rest is [nummer]")
                result = redact_bare_streets_and_checked_names(result)
            result = self._across(text, result)
            result = self._dictation(result)
            result = self._names_again(text, result)
            if ("[naam]" in result or self._names_cued) and len(self._context) >= 2:
                result = self._r28_name_said_whole(text, result)  # round 28: "mevrouw [naam]" / "[naam] wei"
            result = self._number_over_lines(text, result)
            result = self._alternative_next(result)
            result = self._house_number_after_street(text, result)
            result = self._month_after_date(text, result)
            result = self._round20(text, result)
            if "[" in result:
                result = redact_round21(result)  # round 21: on what the window passes made of the line too
            result = self._round21(text, result)
            result = self._round22(text, result)
            result = self._round24(text, result)
            if "[" in result:
                result = redact_round24(text, result)  # round 24: on what the window passes made of the line too
            if "[nummer]" in result:
                result = _pieces_make_a_phone(text, result)
            result = self._round26(text, result)
            result = self._round27(text, result)
            if "[adres]" in result and _R28_HUNDREDS_AND.search(text):
                result = _r28_hundreds_and(text, result)  # round 28: "[adres]" / "tweehonderd en vijftig"
            if " als " in text:
                result = self._r28_spelled_as(text, result)  # round 28: "met liu als l i u"
            if _R28_PART.search(text):
                result = self._r28_number_part(text, result)  # round 28: "... eindigt op [bsn]" / "en begint met ..."
            if "[adres]" in result:
                result = _r29_street_head(text, result)  # round 29: "de ruys de [adres]"
            if len(self._context) >= 2:
                result = _r29_spelled_back(text, result, self._context[-4:-1])  # round 29
            if "[naam]" in result and _R29_GATE.search(text):
                result = _r29_names(text, result)  # round 29: "[naam] of was het hermens", "uw voornaam wei"
            if result != text:
                result = keep_organisations(text, result)  # round 26
                if prev_raw is not None:
                    result = _r28_service_goes_on(prev_raw, text, result)  # round 28
                result = _r30_keep_numbers(text, result, prev_raw)  # round 30
            if "-" in text or _R30_HEET_RE.search(text) \
                    or any(o.strip(" ,.?!") == "[naam]" for _, o in self._context[-4:-1]):
                result = _r30_name_words(text, result, self._context[-4:-1])  # round 30
            result = self._round31(text, result)  # round 31
            result = self._round32(text, result)  # round 32
            result = self._round33(text, result)  # round 33
            result = self._round34(text, result)  # round 34
            result = self._round35(text, result)  # round 35
            if "met " in text:
                result = self._round36(text, result)  # round 36
            if " keer " in text and "] keer " in result:
                result = _R39_TIMES_IN_NUMBER.sub(r"\1", result)  # round 39: "[telefoonnummer] keer [nummer]"
            result = _r40_pass(text, result)  # round 40: "bij dock nummer twaalf", "de tweede [naam] [adres]"
            result = self._round42(text, result)  # round 42: "at gemeente" / "punt en el"; "llee dus"
            result = redact_round43(text, result)  # round 43: care talk stays; "ka de boer", "veertien hoog" go
            result = self._round44(text, result)  # round 44: a spelled street, "en daarvoor jansen", a birth year
            result = self._round45(text, result)  # round 45: a Papiamento street, a house number again; what stays
            result = self._round46(text, result)  # round 46: details read off a card piece by piece
            result = self._round47(text, result)  # round 47: particles and letter names in surnames; parts again
            result = redact_round48(text, result)  # round 48: "de heer p van putten", "de familie van de berg"
            before = self._context[-3:-1] if self._context and self._context[-1][0] == text else self._context[-2:]
            if "[naam]" in result or "[postcode]" in result:  # round 48: ordinary talk the window passes took
                result = _r48_keep(text, result, tuple(before))
            if " van " in text and any("[" in o or _R48_ASK_LETTERS.search(r) for r, o in before):
                result = _r48_aid_after_details(text, result, before)
            result = self._round49(text, result)  # round 49: two people's details in one call
            result = _r50_keep(text, _r50_house_letter(text, result), tuple(before))  # round 50
            result = self._round51(text, result)  # round 51: calls in a hurry or under stress
            result = self._round52(text, result)  # round 52: unusual homes, call names
            result = self._round53(text, result)  # round 53: details from the phone and the internet
            result = self._round54(text, result)  # round 54: people in and after institutions
            result = self._round55(text, result)  # round 55: people who flee or hide
            if self._context and self._context[-1][0] == text:  # round 20: the window keeps the line as logged
                self._context[-1] = (text, result)
        except Exception:  # never let a rule bug reach the log unredacted: drop the whole text
            self.errors += 1
            self._state = StreamState()
            self._state.revised = "[geanonimiseerd]"  # and the held line before it goes too
            self._context = []
            self._sensitive = False
            self._last_out = ""
            self._revised_before = None
            self._earlier = None
            self._number_label = None
            self._phone_open = None
            self._hold_more = False
            self._house_numbers = {}
            return "[geanonimiseerd]", True
        return result, result != text

    def _number_over_lines(self, text: str, result: str) -> str:
        """A number said over three lines, or with a line between ("nul zes dat snap ik" / "en daarna vier
        vier" / "acht negen twaalf ..."; "bsn [...]" / "eh sorry wat zei je" / "een nul een"):

        - a line of number words only, one line after a line that ended in a redacted number and a line
          with no number in between, goes on with that number;
        - when this line holds a redacted number, the start of a phone number ("nul zes", "nul tien")
          left in the line before goes with it, and in the line before that when the line between holds
          a number too (that line is still held: `revised_before`).
        """
        self._revised_before = None
        prev_label, self._number_label = self._number_label, None
        # the start of a phone number ("nul tien zei je") and lines of digits after it ("ja vier vijf"):
        # ten digits in all close them all
        opened, self._phone_open = self._phone_open, None
        middle = False
        if opened is not None and result == text and (d := dictated_digits(text)) is not None:
            total = opened[0] + d
            if len(total) >= 10:
                result = close_number_starts(text, "[telefoonnummer]", any_run=True)
                middle = opened[1] == 2  # the line before is the number's middle: all its digits go
                if self._context:
                    self._context[-1] = (text, result)
            elif opened[1] < 2:
                self._phone_open = (total, opened[1] + 1)
        elif result == text and (d := phone_start(text)) is not None:
            self._phone_open = (d, 1)
        words = _WS.findall(result)
        label = next((w.strip(",.?!") for w in words if w.strip(",.?!") in _CLOSE_LABELS), None)
        def numeric(w: str) -> bool:
            b = _bare(w)
            return bool(b) and (b.isdigit() or word_value(b) is not None)

        if prev_label is not None and prev_label[1] == 1 and words \
                and any(numeric(w) for w in words) \
                and all(numeric(w) or _bare(w) in _DICTATION_WORDS or w.strip(",.?!") == prev_label[0] for w in words):
            nums = [i for i, w in enumerate(words) if numeric(w)]
            result = " ".join(words[:nums[0]] + [prev_label[0]] + words[nums[-1] + 1:])
            label = prev_label[0]
            words = _WS.findall(result)
            if self._context:
                self._context[-1] = (text, result)
            self._last_out = result
        if label is None:
            has_number = any(numeric(w) for w in _WS.findall(_DIGITS_COUNTED.sub(" ", result)))
            if prev_label is not None and prev_label[1] == 0 and not has_number:
                self._number_label = (prev_label[0], 1)  # a line between: "eh sorry wat zei je"
            return result
        at = max((i for i, w in enumerate(words) if label in w), default=len(words))
        self._number_label = (label, 0) if all(_bare(w) in _DICTATION_CLOSERS for w in words[at + 1:]) \
            and label in NUMBER_LABELS else None
        if len(self._context) < 2:
            return result
        # the number (or street) goes on at the head of this line: "[postcode]", "nee [postcode]", "uh [bsn]"
        head = label in _CLOSE_LABELS and all(_bare(w) in _DICTATION_WORDS or not _bare(w)
                                              for w in words[:min((i for i, w in enumerate(words) if label in w),
                                                                  default=0)])
        if label not in ("[telefoonnummer]", "[nummer]") and not head:
            return result
        prev_raw, prev_out = self._context[-2]
        rev = self._state.revised
        key, base = _held_text(prev_out, rev)
        new = close_number_starts(base, label, any_run=middle) if label in ("[telefoonnummer]", "[nummer]") else base
        if head and label != "[adres]" and dictated_digits(prev_raw, lead=True) is not None:
            new = close_number_starts(new, label, any_run=True)  # "honderdtwaalf" / "[nummer]"
        if head and label == "[adres]":
            new = close_street_words(new)  # "heerenveenseweg" / "[adres]"
        if new != base:
            self._state.revised = Revision(rev or label, {key: new})
            self._context[-2] = (prev_raw, new)
            base = new
        between = any(p in base for p in _CLOSE_LABELS) or (head and _filler_line(prev_raw))
        if len(self._context) >= 3 and between:
            raw2, out2 = self._context[-3]
            mode = "start" if label in ("[telefoonnummer]", "[nummer]") else None
            if head and label != "[adres]" and dictated_digits(raw2, lead=True) is not None:
                mode = "digits"  # "een acht zeven" / "uh" / "[bsn]"
            elif head and label == "[adres]":
                mode = "street"  # "kastanjelaan" / "uh" / "[adres]"
            if mode is not None:
                earlier = Earlier(label, mode)
                new2 = revise_earlier(out2, earlier)
                if new2 != out2:
                    self._revised_before = earlier
                    self._context[-3] = (raw2, new2)
        return result

    def _alternative_next(self, result: str) -> str:
        """Another try or a correction of the number redacted in the line before ("[postcode]" /
        "niet zesendertig tien")."""
        if len(self._context) < 2:
            return result
        new = redact_alternative_next(self._context[-2][1], result)
        if new != result:
            self._context[-1] = (self._context[-1][0], new)
            if self._last_out == result:
                self._last_out = new
        return new

    def _r28_number_part(self, text: str, result: str) -> str:
        """Round 28: a number said in parts, each named by where it stands ("je bsn eindigt op [bsn]" / "en begint met
        twee drie vier", "het nummer begint met [telefoonnummer] en eindigt op ..."): the number words after
        "begint met" / "eindigt op" are that number's part, also when they count up ("twee drie vier")."""
        labels = [p for p in iter_placeholders(result) if p in _NUMBER_LABELS]
        if not labels and len(self._context) >= 2:
            labels = [p for p in iter_placeholders(self._context[-2][1]) if p in _NUMBER_LABELS]
        if not labels:
            return result
        label = labels[-1]
        own = _redacted_words(text, result)
        toks = number_tokens(text)
        spans = [(m.start(), m.end()) for m in _WS.finditer(text)]
        changed = False
        for m in _R28_PART.finditer(text):
            lead = [_bare(w) for w in _WS.findall(text[:m.start()])]
            if not all(w in _R28_PART_LEAD for w in lead) and not any(w.endswith(_R28_NUMBER_NOUNS) for w in lead):
                continue  # "de film begint met ...": something else begins
            k = next((x for x, t in enumerate(toks) if t.start >= m.end()), None)
            if k is None:
                continue
            found = runs(toks[k:])
            if not found or found[0].first != 0:
                continue
            after = [_bare(w) for w in _WS.findall(text[toks[k + found[0].last].end:])]
            if after and after[0] not in _R28_PART_AFTER:
                continue  # "begint met twee uur vertraging", "op twee mei"
            start, end = toks[k].start, toks[k + found[0].last].end
            for x, (a, b) in enumerate(spans):
                if a >= start and b <= end and x not in own:
                    own[x] = label
                    changed = True
        if not changed:
            return result
        out = _join_marked(_WS.findall(text), own)
        if self._context and self._context[-1][0] == text:
            self._context[-1] = (text, out)
        return out

    def _r28_spelled_as(self, text: str, result: str) -> str:
        """Round 28: a word spelled letter by letter after "als" ("met liu als l i u", "kuo als k u o"): the spelling
        shows a name or a piece of an address being written down; both go (also with the letter "u", which alone is
        no letter elsewhere). The label is the word's own, else [e-mail] after an e-mail address, else [naam]."""
        lows = _r20_lows(text)
        n = len(lows)
        own = _redacted_words(text, result) if result != text else {}
        extra: dict[int, str] = {}
        for i in range(1, n - 2):
            w = lows[i - 1]
            if lows[i] != "als" or not w.isalpha() or len(w) < 2:
                continue
            said, j = "", i + 1
            while j < n and len(said) < len(w):
                x = lows[j]
                letter = "u" if x == "u" else _r24_letter(x, False)
                if letter is None:
                    break
                said += letter
                j += 1
            if said != w or len(said) < 2 or all(k in own for k in [i - 1, *range(i + 1, j)]):
                continue
            label = own.get(i - 1) or next((own[k] for k in range(i + 1, j) if k in own), None)
            if label is None:
                recent = " ".join(out for _, out in self._context[-4:-1])
                label = "[e-mail]" if "[e-mail]" in recent else "[naam]"
            extra.update({k: label for k in [i - 1, *range(i + 1, j)] if k not in own})
        if not extra:
            return result
        out = _merge(text, result, extra, fillers_too=True)
        if self._context and self._context[-1][0] == text:
            self._context[-1] = (text, out)
        return out

    def _r28_name_said_whole(self, text: str, result: str) -> str:
        """Round 28: a name found at the end of the line before after a name cue ("dus je zoon heet dylan", "mevrouw
        chen") said again as the whole line with one more word: that word is the rest of the name, the surname or the
        given name ("dylan bijl", "chen wei"), unless it is a stop word (a verb, "dylan slaapt"), a number or a month."""
        words = _WS.findall(text)
        if len(words) > 6:
            return result
        lows = [fold(_bare(w)) for w in words]
        a, b = 0, len(lows)
        while a < b and lows[a] in _R28_LEAD:
            a += 1
        while b > a and lows[b - 1] in _R28_CLOSE:
            b -= 1
        if b - a != 2:
            return result
        prev_raw, prev_out = self._context[-2]
        if not prev_out.rstrip(" .,?!").endswith("[naam]") or not _NAME_CUE_BEFORE.search(prev_raw):
            return result
        own = _redacted_words(text, result)
        name, w = lows[a], lows[a + 1]
        if (own.get(a) != "[naam]" and not (a not in own and name in self._names_cued)) or a + 1 in own \
                or name not in {fold(_bare(x)) for x in _WS.findall(prev_raw)}:
            return result
        if not w.isalpha() or len(w) < 2 or w in STOP_WORDS or w in TUSSEN or word_value(w) is not None \
                or w in MONTHS or (w.endswith(("t", "de", "te")) and w not in _SURNAME_WORDS and not _plain_word(w)):
            return result
        own[a] = own[a + 1] = "[naam]"
        out = _join_marked(words, own)
        if self._context and self._context[-1][0] == text:
            self._context[-1] = (text, out)
        return out

    def _names_again(self, text: str, result: str) -> str:
        """A name once found in the session is a name when said again, also in the held line before
        it ("ik schrijf op Marek" / "Marek Zielinski": the second line shows what the first said)."""
        marks = _redacted_words(text, result) if result != text else {}
        words = _WS.findall(text)
        lows = [fold(_bare(w)) for w in words]
        new = set()
        for i, lab in marks.items():
            w = lows[i] if i < len(words) else ""
            if lab == "[naam]" and _maybe_name(w):
                new.add(w)
            elif lab == "[naam]" and w.isalpha() and len(w) >= 2 and w not in _STOP_FOR_SOUND and w not in TUSSEN \
                    and _after_title(lows, i):
                self._names_cued.add(w)  # "mevrouw Wang": a name that is also a word, said after a title
            if lab == "[naam]" and w in _LISTED_WORD_NAMES:
                self._names_listed.add(w)  # round 18: "roos bakker": a listed name that is also a word, taken as a name
        new |= _spelled_words(lows, marks)  # "k o e k" / "koek": the word a name was spelled as
        self._names_seen |= new
        self._streets_seen |= {lows[i] for i, lab in marks.items() if lab == "[adres]" and i < len(lows)
                               and _own_street(lows[i])}
        self._name_phrases |= _surname_phrases(lows, marks)
        if not self._names_seen and not self._names_cued and not self._streets_seen and not self._name_phrases \
                and not self._names_listed:
            return result
        again = {i: "[naam]" for i, w in enumerate(words)
                 if i not in marks and lows[i] in self._names_seen}
        # round 13: a surname with its tussenvoegsels said again on its own ("Femke in 't Veld, ja in 't Veld")
        said_as = [_R47_SPOKEN_PARTICLE.get(w, w) for w in lows]  # round 47: "in het veld" / "in 't veld" alike
        for phrase in self._name_phrases:
            size = len(phrase)
            phrase = tuple(_R47_SPOKEN_PARTICLE.get(w, w) for w in phrase)
            for i in range(len(lows) - size + 1):
                if tuple(said_as[i:i + size]) == phrase and any(k not in marks for k in range(i, i + size)):
                    again.update({k: "[naam]" for k in range(i, i + size) if k not in marks})
        # a street said again ("kruisweg zeventien" / "kruisweg met een k ja")
        again.update({i: "[adres]" for i, w in enumerate(words) if i not in marks and lows[i] in self._streets_seen})
        # a cued name that is also a word, said again where names are talked about ("wang li of li wang,
        # welke is de achternaam"): it and a short word next to it that is no stop word
        if self._names_cued and any(w in _NAME_TALK for w in lows):
            for i, w in enumerate(lows):
                if w in self._names_cued and i not in marks:
                    again[i] = "[naam]"
                    for k in (i - 1, i + 1):
                        if 0 <= k < len(lows) and k not in marks and _name_neighbour(lows[k]):
                            again[k] = "[naam]"
        # round 18: a listed name that is also a word, taken as a name, said again where its writing is talked about
        # ("roos bakker" / "ja roos zoals de bloem", "mevrouw de koning" / "ja koning zonder de ervoor"): the word alone
        if self._names_listed and any(w in _NAME_TALK or w in _WRITING_TALK for w in lows):
            for i, w in enumerate(lows):
                if w in self._names_listed and i not in marks:
                    again[i] = "[naam]"
        if again:
            result = redact_towns_and_surnames(_merge(text, result, again))  # round 11: "[naam] de groot" said on
            if self._context:
                self._context[-1] = (text, result)
        if new and len(self._context) >= 2:  # the held line before this one
            prev_raw, prev_out = self._context[-2]
            pw = _WS.findall(prev_raw)
            theirs = {i: "[naam]" for i, w in enumerate(pw) if fold(_bare(w)) in new}
            # the name misheard in the held line, maybe as two words ("jil maas" / "Yilmaz"): the same sound
            keys = {_sound(w) for w in new if len(w) >= 4}
            plow = [fold(_bare(w)) for w in pw]
            for i in range(len(pw)):
                for length in (1, 2):
                    part = plow[i:i + length]
                    if len(part) == length and all(x.isalpha() for x in part) and _sound("".join(part)) in keys \
                            and not any(x in _STOP_FOR_SOUND for x in part):
                        for k in range(i, i + length):
                            theirs[k] = "[naam]"
            if theirs:
                label = self._state.revised
                held, base = _held_text(prev_out, label)
                new_prev = _merge(prev_raw, base, theirs)
                if new_prev != held:
                    self._state.revised = Revision(str(label) if label else "[naam]", {held: new_prev})
                    self._context[-2] = (prev_raw, new_prev)
        return result

    def _house_number_after_street(self, text: str, result: str) -> str:
        """Round 15: a house number on a line of its own, after a street said without one in one of the two lines
        before ("het is de [adres]" / "rozen zoals de bloem ja" / "achttien"; "[adres]" / "ja" / "drieëntwintig en
        dan twee hoog"; "acht nee achttien"). The line holds number words, a floor, an addition and fillers only."""
        if result != text or len(self._context) < 2:
            return result
        toks = tokens(text)
        nums = []
        for k, t in enumerate(toks):
            low = t.low
            if low.isdigit() or word_value(low) is not None:
                nums.append(k)
            elif low not in _HOUSE_LINE_WORDS and not (len(low) == 1 and low in "abcd" and k and k - 1 in nums):
                return result
        if not nums or any(toks[k].low.isdigit() and len(toks[k].low) > 4 for k in nums) \
                or all(toks[k].low in ("een", "nul") for k in nums):
            return result
        before = self._context[-3:-1]
        for q, (raw, out) in enumerate(before):
            between = {_bare(w) for r, _ in before[q + 1:] for w in _WS.findall(r)}
            if (("[adres]" in out and not runs(number_tokens(raw)))
                    or (_r29_street_gone(raw, out)  # round 29: "met een d van dirk": "een" is no house number
                        and all(r.digits == "1" for r in runs(number_tokens(raw))))) and "[" not in raw \
                    and between.isdisjoint(_OTHER_QUESTION):  # "[adres]" / "hoe oud ben je" / "achttien"

                # the street went without its number: this line's numbers (not a floor's: "twee hoog") go
                floor = {k for k in nums if k + 1 < len(toks) and toks[k + 1].low == "hoog"}
                spans = [(toks[k].start, toks[k].end) for k in nums if k not in floor]
                for k in range(len(toks)):
                    if (len(toks[k].low) == 1 and toks[k].low in "abcd" and k - 1 in nums) \
                            or (toks[k].low in HOUSE_ADDITIONS and k - 1 in nums) \
                            or toks[k].low in ("nummer", "huisnummer", "nr", "huis"):  # its cue and addition go too
                        spans.append((toks[k].start, toks[k].end))
                out_text = text
                for a, b in sorted(spans, reverse=True):
                    out_text = out_text[:a] + "[adres]" + out_text[b:]
                return re.sub(r"\[adres\](?:\s+\[adres\])+", "[adres]", out_text)
        return result

    def _said(self, k: int) -> tuple[str, str] | None:
        """The line `k` back in the session window, as said and as logged (0: the newest)."""
        ctx = self._context
        return ctx[-1 - k] if len(ctx) > k else None

    def _window_read(self, text: str, result: str) -> tuple[tuple[str, ...], dict[int, str]] | None:
        """What the window passes (rounds 20 and 22) read of `text`: its lowered words and the words already
        redacted in `result`; None where `text` is not the window's newest line."""
        ctx = self._context
        if not ctx or ctx[-1][0] != text:
            return None
        return _r20_lows(text), (_redacted_words(text, result) if result != text else {})

    def _round20(self, text: str, result: str) -> str:
        """Round 20: details said over short lines, as Dutch callers give them when asked step by step.

        - a street said alone on its line ("spui", "ja het spui", "lange poten"), then its number asked for
          ("welk nummer") or given ("nummer tweehonderdzes", "zevenentwintig boven de winkel"): both go;
        - a house number said again a line or two after it went ("zeven a of zonder letter" / "dus zeven");
        - a floor said on its own line after an address ("[adres]" / "eerste verdieping"), a floor's side
          ("tweede etage voor") and a title before a street named after someone ("burgemeester de [adres]");
        - a postcode's letters on a line of their own ("be es", "dubbel a", "x van xantippe") after its digits,
          and its digits said in two pairs a line or two before its letters ("tweeëntwintig eenennegentig");
        - a digit pattern read back between a number's pieces ("dubbel vijf in het midden", "drie keer drie");
        - the letters N L said alone before an IBAN's pieces ("en el" / "zevenentwintig" / "[iban]").
        """
        ctx = self._context
        read = self._window_read(text, result)
        if read is None:
            self._hold_more = False
            return result
        lows, own = read
        marks: dict[int, str] = {}
        back: dict[int, dict[int, str]] = {}
        hold = False
        line = self._said

        # a bare street and its number
        question = _r20_number_question(text)
        if question or _r20_bare_street(text, result) is not None:
            hold = True
        answer = None if question else _r20_answer(text)
        if answer is not None and all(own.get(i, "[adres]") == "[adres]" for i in answer[0]):
            nums, cued = answer
            q1 = line(1) is not None and _r20_number_question(line(1)[0])
            found: dict[int, list[int]] = {}
            sq = _r20_street_question(*line(1)) if line(1) is not None and not q1 else None
            if sq:
                q1, found[1] = True, sq  # "oké de esdoorn en welk nummer" / "tweeënveertig"
            for k in ((2,) if q1 else (1, 2) if cued else ()):
                got = line(k)
                idx = _r20_bare_street(*got) if got else None
                if idx is None:
                    if k == 1 and cued and line(2) is not None and (far := _r20_bare_street(*line(2))) is not None \
                            and any(_r20_lows(line(2)[0])[i] not in ORDINARY_WORDS for i in far) \
                            and not _r20_has_number(line(1)[0]) and "[" not in line(1)[1]:
                        found[2] = far  # "oke weverstede" / "dat is naast de supermarkt" / "nummer vier"
                    break
                found[k] = idx
            if found and not q1:
                # "nummer N" with no question before it: the street is no ordinary word, said twice ("spui" / "ja het
                # spui"), or addresses are being talked about ("de pizza" / "nummer zeven" stays)
                said = [tuple(_r20_lows(line(k)[0])[i] for i in idx) for k, idx in found.items()]
                if not (any(w not in ORDINARY_WORDS for ws in said for w in ws) or (len(said) == 2 and said[0] == said[1])
                        or any(ws and ws[0] in _R20_STREET_HEADS for ws in said)
                        or any(_R20_ADDRESS_TALK.search(raw) for raw, _ in ctx)):
                    found = {}
            if found:
                marks.update({i: "[adres]" for i in nums})
                for k, idx in found.items():
                    back[k] = {i: "[adres]" for i in idx}
        if question:
            for k in (1, 2):
                got = line(k)
                idx = _r20_bare_street(*got) if got else None
                if idx is None:
                    break
                klows = _r20_lows(got[0])
                if "[adres]" in got[1] or any(klows[i] not in ORDINARY_WORDS for i in idx):
                    back[k] = {i: "[adres]" for i in idx}
        # a house number said again
        if self._house_numbers:
            for i, w in enumerate(lows):
                if w in self._house_numbers and i not in own \
                        and (i + 1 >= len(lows) or (lows[i + 1] not in _R20_UNITS
                                                     and lows[i + 1] not in MONTHS)) \
                        and (i == 0 or lows[i - 1] not in _R20_TIME_BEFORE):  # "om twaalf" is a time
                    marks[i] = "[adres]"  # (round 27: "op vijf mei" after "kerkstraat vijf" is a date)
        # a floor on its own line after an address; its side; a title before a street
        prev = line(1)
        content = [i for i, w in enumerate(lows) if w and w not in _R20_FILL]
        if prev is not None and "[adres]" in prev[1] and content and not own:
            cw = [lows[i] for i in content]
            if (len(cw) in (2, 3) and (cw[0] in _R20_ORDINALS or _r20_number(cw[0]) is not None)
                    and cw[1] in FLOOR_WORDS and (len(cw) == 2 or cw[2] in _R20_SIDES)) \
                    or cw in (["begane", "grond"], ["souterrain"], ["bovenste", "verdieping"]):
                marks.update({i: "[adres]" for i in content})
        for k in (1, 2):  # the held lines as the window revised them
            got = line(k)
            if got is not None and "[" in got[1]:
                glows, gown = _r20_lows(got[0]), _redacted_words(*got)
                extra = {**_r20_titles_and_sides(glows, gown, {}), **_r20_intl_prefix(glows, gown)}
                if extra:
                    back[k] = {**back.get(k, {}), **extra}
        if own:
            marks.update(_r20_titles_and_sides(lows, own, marks))
        # a postcode's letters and its digits in pairs
        letters = _r20_letters(text)
        cur_postcode = "[postcode]" in result and not any(p in result for p in ("[adres]", "[iban]", "[bsn]"))
        if letters is not None or cur_postcode:
            hold = hold or letters is not None
            for k in (1, 2):
                got = line(k)
                if got is None:
                    break
                pairs = _r20_two_pairs(*got)
                if pairs is not None:
                    back[k] = {i: "[postcode]" for i in pairs}
                    if letters is not None:
                        marks.update({i: "[postcode]" for i in letters})
                    break
                if letters is not None and "[postcode]" in got[1]:
                    marks.update({i: "[postcode]" for i in letters})
                    break
        # a digit pattern read back between a number's pieces
        pattern = _r20_pattern(text)
        labels = NUMBER_LABELS + ("[postcode]", "[datum]")
        if pattern is not None:
            hold = True
            plabel = next((p for p in reversed(list(iter_placeholders(prev[1]))) if p in labels), None) \
                if prev is not None else None
            if plabel is not None:
                marks.update({i: plabel for i in pattern if i not in own})
        elif prev is not None and "[" in result:
            ppat = _r20_pattern(prev[0])
            plabel = next((p for p in iter_placeholders(result) if p in labels), None)
            if ppat is not None and plabel is not None:
                back[1] = {**back.get(1, {}), **{i: plabel for i in ppat}}
        # the letters N L before an IBAN
        nl_now = _r20_nl(text)
        if nl_now is not None:
            hold = True
        if prev is not None and (pidx := _r20_nl(prev[0])) is not None:
            rest = [w for w in lows if w and w not in ("ja", "dus", "eh", "uh", "oke", "ok")]
            value = _r20_number(rest[0]) if len(rest) == 1 else None
            if value is not None and 10 <= value <= 99 and not own:
                marks.update({i: "[iban]" for i, w in enumerate(lows) if w == rest[0]})
                back[1] = {**back.get(1, {}), **{i: "[iban]" for i in pidx}}
            elif own and own.get(min(own)) == "[iban]" and all(
                    not w or w in ("ja", "dus", "eh", "uh", "oke", "ok") for w in lows[:min(own)]):
                back[1] = {**back.get(1, {}), **{i: "[iban]" for i in pidx}}
        # the house number first, then a street that starts with "de la" ("ja honderdzes de la reyweg")
        marks.update(_r20_number_first(lows, own))
        # an international number's "dubbel nul" and country code before its pieces ("dubbel nul veertig ... [nummer]")
        marks.update(_r20_intl_prefix(lows, {**own, **marks}))
        # a house number said first on a line of its own, then again with its street ("het is honderdzes" / "ja
        # honderdzes de la reyweg"): the first one goes too
        adres_numbers = {lows[i] for i, lab in {**own, **marks}.items()
                         if lab == "[adres]" and i < len(lows) and _r20_number(lows[i]) is not None and lows[i] != "een"}
        for k in (1, 2):
            got = line(k)
            if got is None or not adres_numbers or got[0] != got[1]:
                continue
            klows = _r20_lows(got[0])
            rest = [i for i, w in enumerate(klows) if w and w not in _R20_ANSWER_LEAD and w != "zei"]
            if len(rest) == 1 and klows[rest[0]] in adres_numbers:
                back[k] = {**back.get(k, {}), rest[0]: "[adres]"}
        # a word spelled letter by letter, then said whole ("k van karel o w a ..." / "kowalczyk ja"), and a word
        # said in pieces, then read back glued ("e l amrani f" / "dus elamranif")
        for k in (1, 2):
            got = line(k)
            if got is None:
                break
            mine, theirs = _r20_glued(text, result, *got)
            marks.update({i: lab for i, lab in mine.items() if i not in own})
            if theirs:
                back[k] = {**back.get(k, {}), **theirs}
        # a name and its short form or nickname said together ("gosia dat is een afkorting van małgorzata", "mo
        # zeggen ze", "abdulrahman maar ze noemen je [naam]"), and a caller addressed by name before "je bent" ("nour
        # je bent nu veilig")
        marks.update({i: lab for i, lab in _r20_nicknames(lows, own).items() if i not in own})
        # the house number said alone, its street on the next line ("eh veertien zegt u" / "de [adres]",
        # "achtentwintig" / "dat is het nummer en de straat is de [adres]")
        if prev is not None and "[adres]" in result and not _r20_has_number(text) and prev[0] == prev[1]:
            plows = _r20_lows(prev[0])
            rest = [i for i, w in enumerate(plows) if w and w not in _R20_ANSWER_LEAD
                    and w not in ("zegt", "zei", "u", "je", "toch", "klopt", "he")]
            p2 = line(2)
            asked_other = p2 is not None and not {_bare(w) for w in _WS.findall(p2[0])}.isdisjoint(_OTHER_QUESTION)
            if len(rest) == 1 and not asked_other and (v := _r20_number(plows[rest[0]])) is not None and 1 <= v <= 9999 \
                    and plows[rest[0]] != "een":
                back[1] = {**back.get(1, {}), rest[0]: "[adres]"}
        # a surname or first name asked for, answered alone on the next line ("en zijn achternaam" / "koster")
        if prev is not None and _r20_name_question(prev[0]) and not own:
            answer_words = _r20_name_answer(lows)
            if answer_words:
                marks.update({i: "[naam]" for i in answer_words})
        # a number's first digits, a pause ("ja", "even wachten ik schrijf"), then the rest
        if own:
            first = min(own)
            lead = lows[:first]
            label = own[first]
            p1, p2 = line(1), line(2)
            if label in NUMBER_LABELS and all(not w or w in _R20_FILL for w in lead) \
                    and p1 is not None and p2 is not None and p1[0] == p1[1] and not _r20_has_number(p1[0]):
                idx = _r20_digits_only(*p2)
                if idx is not None:
                    back[2] = {**back.get(2, {}), **{i: label for i in idx}}
        if prev is not None and (_r20_digits_only(*prev) is not None or _r20_two_pairs(*prev) is not None):
            hold = True  # a pause (or the town) may follow the first digits
        if prev is not None and (pst := _r20_bare_street(*prev)) is not None \
                and any(_r20_lows(prev[0])[i] not in ORDINARY_WORDS for i in pst):
            hold = True  # a line about the street may come before its number
        # an IBAN's two check digits between its letters or before its digits ("dus vierentwintig [iban]",
        # "[naam] negentien [naam]" for "n l negentien r a b o")
        marks.update({i: "[iban]" for i in _r20_check_digits(lows, {**own, **marks})})
        self._hold_more = hold
        result = self._keep_marks(text, result, marks, back)
        # the house numbers of this line, said again in the next lines
        ttl = {w: n - 1 for w, n in self._house_numbers.items() if n > 1}
        if "[adres]" in result:
            for i, lab in _redacted_words(text, result).items():
                if lab == "[adres]" and i < len(lows) and _r20_number(lows[i]) is not None and lows[i] != "een":
                    ttl[lows[i]] = 3
        self._house_numbers = ttl
        return result

    def _round21(self, text: str, result: str) -> str:
        """Round 21: the rest of a phone number on the lines after its area code said with its town ("nul vijf
        negen negen voor stadskanaal" / "en dan zesenzestig vijftig" / "drieëntachtig"): a line of number words
        alone (after "en dan", "ja") goes as the phone number, while the number goes on."""
        ctx = self._context
        if len(ctx) < 2 or "[telefoonnummer]" not in ctx[-2][1]:
            return result
        outs = [out for _, out in ctx[-3:-1]]
        if not any(_R21_AREA_TOWN.search(out) for out in outs):
            return result
        if not (_R21_AREA_TOWN.search(outs[-1]) or outs[-1].rstrip().endswith("[telefoonnummer]")):
            return result
        m = _R21_REST.match(result)
        if not m:
            return result
        words = m.group(2).split()
        if not all(_r20_number(fold(_bare(w).lower())) is not None for w in words):
            return result
        new = m.group(1) + "[telefoonnummer]"
        ctx[-1] = (ctx[-1][0], new)
        return new

    def _round22(self, text: str, result: str) -> str:
        """Round 22: details given over lines as callers dictate and workers read back.

        - a street said with its suffix ("beijerlandselaan", "op de stadhoudersweg") and its house number alone on
          the next line or after "welk nummer" ("zesendertig"): the street goes with the number;
        - a number dictated in groups of three with a line between ("zeven drie vijf" / "ik schrijf mee" / "zes zes
          één"): both groups;
        - the last digit said on its own after it was announced ("... en de laatste was" / "zes toch");
        - a piece of a number or date heard, corrected or read back on a short line next to the line that holds it
          ("ik hoor zestien of zestig" / "zestien oké" / "[datum]"; "[datum]" / "zevenenvijftig goed");
        - a name said alone, said again two lines later with its title, or said whole and then in pieces;
        - spelled letters read back on the next line ("echo mike" / "e m", "quebec" / "ja q"), and a letter heard and
          corrected on the short lines before the letters are spelled ("ik hoor echo" / "nee delta" / "delta mike");
        - a postcode's four digits, then (after a line between) its letters: the digits go with the letters;
        - the year asked for after a date and said alone ("[datum]" / "van welk jaar" / "tachtig");
        - a house number said alone first, then with its street ("eh veertien zegt u" / "de [adres]").
        A line that may be followed by such a line is held (Redactor.holding): the first group of a number, a
        postcode's four digits, a letter of the spelling alphabet heard.
        """
        ctx = self._context
        read = self._window_read(text, result)
        if read is None:
            return result
        lows, own = read
        marks: dict[int, str] = {}
        back: dict[int, dict[int, str]] = {}
        hold = False
        line = self._said

        p1, p2 = line(1), line(2)
        # a street with its suffix, then its house number
        answer = _r20_answer(text)
        if answer is None and p1 is not None and _r22_number_asked(p1[0]):
            nums = [i for i, w in enumerate(lows) if _r20_number(w) is not None]
            if len(nums) == 1 and lows[nums[0]] != "een" and len(lows) <= 8 and 1 <= (_r20_number(lows[nums[0]]) or 0) <= 9999 \
                    and (nums[0] + 1 >= len(lows) or lows[nums[0] + 1] not in _R20_UNITS) \
                    and (nums[0] == 0 or lows[nums[0] - 1] not in _R20_TIME_BEFORE):
                answer = ([nums[0]], True)  # "weet ik niet precies dertien denk ik"
        if answer is not None and all(own.get(i, "[adres]") == "[adres]" for i in answer[0]):
            for k in (1, 2):
                got = line(k)
                if got is None:
                    break
                idx = _r22_street_words(*got)
                if idx or _r22_street_gone(*got):
                    if k == 2 and not (_r22_number_asked(p1[0]) or _r22_street_again(*p1)):
                        break
                    glows = _r20_lows(got[0])
                    if k == 1 and not (answer[1] or len([w for w in glows if w]) <= 4
                                       or _R20_ADDRESS_TALK.search(got[0]) or "zei" in glows
                                       or (idx and idx[0] >= 2 and glows[idx[0] - 1] in ("de", "het", "t")
                                           and glows[idx[0] - 2] in ("aan", "op"))):
                        break  # "de boerderij ligt aan de espelerweg" / "vijftien"
                    if idx:
                        back[k] = {i: "[adres]" for i in idx}
                    marks.update({i: "[adres]" for i in answer[0] if i not in own})
                    if idx or not _r22_street_again(*got):
                        break  # the street said again on the line before ("kralingse plaslaan goed"): and the first time
                if k == 1 and (_r20_has_number(got[0]) or not (_r22_number_asked(got[0]) or _r22_street_again(*got))):
                    break
        # the year asked for after a date and said alone ("[datum]" / "van welk jaar" / "tachtig")
        if p1 is not None and p2 is not None and not own and "[datum]" in p2[1] and p1[0] == p1[1]:
            plows = [w for w in _r20_lows(p1[0]) if w]
            if plows and len(plows) <= 6 and any(w in ("jaar", "jaartal", "geboortejaar") for w in plows) \
                    and not any(_r20_number(w) is not None for w in plows):
                content = [i for i, w in enumerate(lows) if w and w not in _R20_FILL]
                if content and len(content) <= 3 and all(_r20_number(lows[i]) is not None for i in content):
                    marks.update({i: "[datum]" for i in content})
        # a house number said alone first, then with its street ("eh veertien zegt u" / "de koppelweg veertien")
        if p1 is not None and p1[0] == p1[1] and "[adres]" in result:
            nums = {lows[i] for i, lab in own.items() if lab == "[adres]" and i < len(lows)
                    and _r20_number(lows[i]) is not None and lows[i] != "een"}
            plows = _r20_lows(p1[0])
            rest = [i for i, w in enumerate(plows) if w and w not in _R20_ANSWER_LEAD
                    and w not in ("zegt", "zei", "u", "je", "toch", "klopt", "he", "was", "dacht", "ik")]
            if nums and len(rest) == 1 and plows[rest[0]] in nums:
                back[1] = {**back.get(1, {}), rest[0]: "[adres]"}
        # a number dictated in groups, on lines after each other or with a line between
        cur = _r22_digit_run(text, result, whole=True)
        label = next((lab for lab in own.values() if lab in NUMBER_LABELS), None)
        rest_of_number = label is not None and all(w in _R20_FILL or i in own for i, w in enumerate(lows))
        if p1 is not None and (cur is not None or rest_of_number):
            groups: dict[int, list[int]] = {}
            g1 = _r22_digit_run(*p1, whole=True)
            if g1 is not None:
                groups[1] = g1
                g2 = _r22_digit_run(*p2, whole=True) if p2 is not None else None
                if g2 is not None:
                    groups[2] = g2
            elif p2 is not None and not _r20_has_number(p1[0]) and "[" not in p1[1]:
                g2 = _r22_digit_run(*p2)
                if g2 is not None:
                    groups[2] = g2
            if groups:
                digits = len(cur or ()) + sum(_r22_group_size(line(k)[0], idx) for k, idx in groups.items())
                if rest_of_number or digits >= 5:
                    label = label or "[nummer]"
                    if cur is not None:
                        marks.update({i: label for i in cur})
                    for k, idx in groups.items():
                        back[k] = {**back.get(k, {}), **{i: label for i in idx}}
        if p1 is not None and _r22_digit_run(*p1) is not None:
            hold = True  # a pause may come before the next group
        # the last digit, announced
        if p1 is not None and not own:
            tail = re.search(r"(\[(?:telefoonnummer|bsn|iban|nummer)\])((?:\s+\S+){0,7})\s*$", p1[1])
            if tail and re.search(r"\b(?:laatste|cijfer|cijfers|cijfertje)\b", tail.group(2)):
                content = [i for i, w in enumerate(lows) if w and w not in _R20_FILL and w not in ("zegt", "was", "is")]
                if 1 <= len(content) <= 2 and all((v := _r20_number(lows[i])) is not None and v <= 99
                                                  and not lows[i].isdigit() for i in content):
                    marks.update({i: tail.group(1) for i in content})
        # a piece heard, corrected or read back next to the line that holds it
        pieces = _r22_pieces(text, result, own, p1, p2)
        marks.update({i: lab for i, lab in pieces.items() if i not in own})
        if own:
            said = {lows[i]: lab for i, lab in own.items() if lab in _R22_PIECE_LABELS and i < len(lows)
                    and _r20_number(lows[i]) is not None}
            if said:
                for k in (1, 2):
                    got = line(k)
                    if got is None:
                        break
                    idx = _r22_readback_line(got[0], said)
                    if idx is None:
                        break
                    back[k] = {**back.get(k, {}), **idx}
        # a name said again two lines later; a name said whole, then in pieces
        if p2 is not None and "[naam]" in result:
            names = {lows[i] for i, lab in own.items() if lab == "[naam]" and i < len(lows) and _maybe_name(lows[i])}
            glued = _r22_glued_names(lows, own)
            p2lows = _r20_lows(p2[0])
            p2own = _redacted_words(*p2) if p2[0] != p2[1] else {}
            extra = {i: "[naam]" for i, w in enumerate(p2lows) if i not in p2own and (w in names or w in glued)}
            if extra:
                back[2] = {**back.get(2, {}), **extra}
            if p1 is not None and glued:
                p1lows = _r20_lows(p1[0])
                extra = {i: "[naam]" for i, w in enumerate(p1lows) if w in glued}
                if extra:
                    back[1] = {**back.get(1, {}), **extra}
        # spelled letters read back
        if p1 is not None and p1[0] != p1[1]:
            letters = _r22_spelled(p1[0], single=True)
            if letters is not None:
                label = _first_placeholder(p1[1])
                run = _r22_letter_run(lows, letters)
                if run and (len(letters) >= 2 or all(i in run or w in _R22_READBACK_FILL or not w
                                                     for i, w in enumerate(lows))):
                    marks.update({i: label if label in _R22_PH_LABELS else "[naam]" for i in run if i not in own})
        # letters heard and corrected on short lines before the letters spelled now ("ik hoor echo" / "nee delta")
        now = {**own, **marks}
        if any(w in _R22_NATO and i in now for i, w in enumerate(lows)):
            label = next((now[i] for i, w in enumerate(lows) if w in _R22_NATO and i in now), "[naam]")
            for k in (1, 2):
                got = line(k)
                if got is None:
                    break
                glows = _r20_lows(got[0])
                nato = [i for i, w in enumerate(glows) if w in _R22_NATO]
                if not nato or len([w for w in glows if w]) > 5 or any(
                        w and i not in nato and w not in _R22_READBACK_FILL and w not in ("hoor", "ik", "of", "het")
                        and _r22_letter(w) is None for i, w in enumerate(glows)):
                    break
                back[k] = {**back.get(k, {}), **{i: label for i in nato}}
        if any(w in _R22_NATO for w in lows) and len([w for w in lows if w]) <= 5:
            hold = True  # a letter heard ("ik hoor echo"): the next lines may correct or spell on
        # the postcode's digits before its letters
        if "[postcode]" in result and any(lab == "[postcode]" for lab in {**own, **marks}.values()) \
                and _r22_letters_first(lows):
            for k in (1, 2):
                got = line(k)
                if got is None:
                    break
                idx = _r22_four_digits_at_end(got[0])
                if idx is not None:
                    back[k] = {**back.get(k, {}), **{i: "[postcode]" for i in idx}}
                    break
                if _r20_has_number(got[0]):
                    break
        if p1 is not None and _r22_four_digits_at_end(p1[0]) is not None and p1[0] == p1[1]:
            hold = True  # the letters may come after a line between
        if hold:
            self._hold_more = True
        result = self._keep_marks(text, result, marks, back)
        return result

    def _round24(self, text: str, result: str) -> str:
        """Round 24: letters spelled over lines and the word they make read back; a postcode's letters corrected on
        the line after it; a date's year said on the next line (forms 5 and 6 of round 24)."""
        read = self._window_read(text, result)
        if read is None or len(self._context) < 2:
            return result
        lows, own = read
        n = len(lows)
        if n > 14:
            return result
        words = _WS.findall(text)
        marks: dict[int, str] = {}
        # 5. the word the letters spelled on the lines before make ("lardinois" after "l a r d" / "i n o i s")
        spelled, label = "", "[naam]"
        for k in range(1, 4):
            said = self._said(k)
            if said is None:
                break
            got = _r24_spelled(said[0])
            if got is None:
                break
            spelled = got + spelled
            if len(got) == 2 and "[postcode]" in said[1]:
                label = "[postcode]"  # a postcode's two letters ("c d" / "cd ja")
        if len(spelled) >= 2:
            for i, w in enumerate(lows):
                if w == spelled and i not in own and words[i] not in PLACEHOLDERS:
                    marks[i] = label
        prev = self._said(1)
        # a postcode's letters heard and corrected on the line after it: two letters said together
        if prev is not None and "[postcode]" in prev[1] and not any(_r20_number(w) is not None for w in lows):
            for i in range(n - 1):
                if i in own or i + 1 in own:
                    continue
                a, b = _r24_letter(lows[i], True), _r24_letter(lows[i + 1], True)
                if a and b and (len(lows[i]) > 1 or len(lows[i + 1]) > 1 or lows[i] not in ("a", "o")) \
                        and not (i + 2 < n and _r24_letter(lows[i + 2], True)):
                    marks[i] = marks[i + 1] = "[postcode]"
        # 6. the year of the date on the line before: "van dit jaar ja tweeduizend vijfentwintig"
        # round 25: the year alone after a question for it ("[datum] en welk jaar" / "tweeduizend")
        year_asked = prev is not None and "[datum]" in prev[1] and bool(_R25_YEAR_ASKED.search(prev[1]))
        if prev is not None and (prev[1].rstrip(" .,?!").endswith("[datum]") or year_asked) and n <= 8:
            marks.update(_year_alone(lows, own, lambda k: k if year_asked and lows[k] == "tweeduizend" and (
                k + 1 >= n or _r20_number(lows[k + 1]) is None) else None))
        if prev is not None and not marks:
            marks = _r24_after_line(prev, lows, own, self._said(2))
        marks = {i: lab for i, lab in marks.items() if words[i] not in PLACEHOLDERS}
        return _merge(text, result, marks, fillers_too=True) if marks else result

    def _round26(self, text: str, result: str) -> str:
        """Round 26: a letter clarified with a word on the line after an e-mail address or a name ("h van hanneke");
        a birth year alone two lines after its date with a remark between (forms 2 and 3)."""
        if len(self._context) < 2:
            return result
        words = _WS.findall(text)
        n = len(words)
        if n > 12:
            return result
        lows = tuple(_bare(w) for w in words)
        own = _redacted_words(text, result) if result != text else {}
        prev = self._said(1)
        marks: dict[int, str] = {}
        # 2. "[e-mail]" / "h van hanneke": the letter and its word (a name, its first letter the letter)
        if prev is not None and ("[e-mail]" in prev[1] or "[naam]" in prev[1]):
            label = "[e-mail]" if "[e-mail]" in prev[1] else "[naam]"
            for i in range(n - 2):
                a, w = lows[i], lows[i + 2]
                if lows[i + 1] == "van" and len(a) == 1 and a.isalpha() and len(w) >= 3 and w.isalpha() \
                        and w[0] == a and i + 2 not in own \
                        and all(x in SHORT_FILLERS or x in ("met", "een", "de", "is", "zoals") or x == ""
                                for x in lows[:i]):
                    marks.update({i: label, i + 2: label})
        # 3. "geboren op [datum]" / "ja op een zondag" / "negentienhonderdzestig": the year two lines after its date
        before = self._said(2)
        if not marks and prev is not None and before is not None and before[1].rstrip(" .,?!").endswith("[datum]") \
                and _BORN.search(before[0] + " " + prev[0]) and "[" not in prev[1] and len(_WS.findall(prev[0])) <= 6 \
                and not any(_r20_number(_bare(w)) is not None for w in _WS.findall(prev[0])) and n <= 6:
            marks.update(_year_alone(lows, own, lambda k: k if 1900 <= (_r20_number(lows[k]) or 0) <= 2099 else None,
                                     skip_own=True))
        marks = {i: lab for i, lab in marks.items() if words[i] not in PLACEHOLDERS}
        return _merge(text, result, marks, fillers_too=True) if marks else result

    def _round27(self, text: str, result: str) -> str:
        """Round 27 on the window's newest line: a letter clarified after an e-mail address is the address's (form 6),
        a feast day no address (form 5); the first piece of an e-mail address dictated piece by piece (form 7)."""
        result = _r27_no_feast_address(text, result)
        joined = _R27_LOCAL_JOIN_LINE.match(text)
        if joined:
            prev = self._said(1)
            if prev is not None and _R27_DICTATION_START.match(prev[0]):
                pw = _WS.findall(prev[0])
                last = len(pw) - 1
                low = _bare(pw[last])
                # after "punt" or "streepje" alone (also said in talk) only a word that is no ordinary one
                if low.isalpha() and len(low) >= 2 and not (joined.group("weak") and low in ORDINARY_WORDS) \
                        and last not in (_redacted_words(*prev) if prev[1] != prev[0] else {}):
                    self._r20_revise(1, {last: "[e-mail]"})
        if "[postcode]" not in result:
            return result
        prev = self._said(1)
        if prev is None or "[e-mail]" not in prev[1] or "[postcode]" in prev[1]:
            return result
        before = self._said(2)
        if before is not None and "[postcode]" in before[1]:
            return result
        words = _WS.findall(text)
        n = len(words)
        if n > 12:
            return result
        lows = [_bare(w) for w in words]
        own = _redacted_words(text, result)
        marks = dict(own)
        for i in range(n - 2):
            a, w = lows[i], lows[i + 2]
            if lows[i + 1] == "van" and len(a) == 1 and a.isalpha() and len(w) >= 3 and w.isalpha() and w[0] == a \
                    and own.get(i) == "[postcode]" and own.get(i + 2) == "[postcode]":
                marks[i] = marks[i + 2] = "[e-mail]"
                marks.pop(i + 1, None)
        if marks == own:
            return result
        return _join_marked(words, marks)

    def _round31(self, text: str, result: str) -> str:
        """Round 31 on the window's newest line: a house number's addition after the address (form 1), the hyphened
        floor (form 2), a street of two words (form 3), a postcode's digits in the line before its letters (form 4)."""
        prev, before = self._said(1), self._said(2)
        address_before = (prev is not None and "[adres]" in prev[1]) or (before is not None and "[adres]" in before[1])
        result = redact_round31(text, result, address_before)
        if prev is None or self._context[-1][0] != text:
            return result
        # form 6: the letters of a name asked to be spelled, and the word they make said after them
        letters = _r31_letters(text) if len(text) < 80 else None
        if letters is not None and (_R31_SPELL_CUE.search(prev[0]) or (before is not None
                                                                      and _R31_SPELL_CUE.search(before[0]))):
            cue = prev[0] if _R31_SPELL_CUE.search(prev[0]) else before[0]
            label = "[e-mail]" if "mail" in cue else "[adres]" if ("straat" in cue or "adres" in cue) else "[naam]"
            lows = _r20_lows(text)
            result = _merge(text, result, {k: label for k, w in enumerate(lows) if w and w not in _R31_SPELL_FILLERS},
                            fillers_too=True)
        for k in (1, 2):
            back = self._said(k)
            if back is None:
                break
            spelled = _r31_letters(back[0]) if len(back[0]) < 80 else None
            if spelled is not None and spelled in _r20_lows(text):
                lows = _r20_lows(text)
                result = _merge(text, result, {i: "[naam]" for i, w in enumerate(lows) if w == spelled})
        # form 8: "dus de molendijk ja" / "en dan een nul zes": a line of numbers alone after a street alone
        lows = _r20_lows(text)
        if "[" not in prev[1] and any(_r20_number(w) is not None for w in lows) \
                and all(_r20_number(w) is not None or w in SHORT_FILLERS or w in _DICTATION_CLOSERS for w in lows) \
                and all(w in _R31_STREET_LEAD or _r31_street_word(w) for w in _r20_lows(prev[0])):
            marks = _r31_street_alone(*prev)
            if marks:
                result = _merge(text, result, {k: "[adres]" for k, w in enumerate(lows) if _r20_number(w) is not None})
                self._r20_revise(1, marks)
        # form 8: "dus de molendijk ja" / "en dan [telefoonnummer]"
        if any(p in result for p in _R31_NUMBER_LABELS) and any(_r20_number(w) is not None for w in _r20_lows(text)):
            marks = _r31_street_alone(*prev)
            if marks:
                self._r20_revise(1, marks)
            elif before is not None and any(p in prev[1] for p in _R31_NUMBER_LABELS) \
                    and all(_r20_number(w) is not None or w in SHORT_FILLERS for w in _r20_lows(prev[0])):
                marks = _r31_street_alone(*before)  # "dus de molendijk ja" / "en dan een nul" / "zes dus"
                if marks:
                    self._r20_revise(2, marks)
        # form 9: "en dan [adres]" / "dus achtendertig"
        if any(p in prev[1] for p in _R31_NUMBER_LABELS):
            marks = _r31_whole_after_digits(prev[0], prev[1], text, result)
            if marks:
                result = _merge(text, result, marks)
        if "[postcode]" not in result and prev is not None and self._context[-1][0] == text:
            # "7311 zei je" / "en dan pee tee": two letters alone after the digits alone
            lows = _r20_lows(text)
            letters = [k for k, w in enumerate(lows) if w not in SHORT_FILLERS or w == "en" and k > 0
                       and lows[k - 1] not in ("", "en")]
            if len(letters) == 2 and len(lows) <= 5 and all(_r31_letters(lows[k] + " a a") for k in letters) \
                    and all(w in SHORT_FILLERS or k in letters for k, w in enumerate(lows)):
                marks = _r31_digits_before_letters(*prev)
                if marks:
                    result = _merge(text, result, {k: "[postcode]" for k in letters}, fillers_too=True)
        if "[postcode]" in result and prev is not None and self._context[-1][0] == text \
                and not any(_r20_number(w) is not None for w in _r20_lows(text)) \
                and all(_bare(w) in SHORT_FILLERS or w.strip(",.?!") in PLACEHOLDERS for w in _WS.findall(result)):
            marks = _r31_digits_before_letters(*prev)
            if marks:
                self._r20_revise(1, marks)
        return result

    def _round32(self, text: str, result: str) -> str:
        """Round 32 on the window's newest line: forms 1, 4, 6-8 on the line, and forms 2-6 over the lines."""
        result = redact_round32(text, result)
        if not self._context or self._context[-1][0] != text:
            return result
        prev, before = self._said(1), self._said(2)
        if "[" not in result and (prev is None or "[" not in prev[1]) and (before is None or "[" not in before[1]) \
                and "letters" not in text and not _R32_PART.search(text):
            return result  # every form below reads a redacted item in this line or the two before
        lows = _r20_lows(text)
        if len(lows) > 12:
            return result
        labels_before = [p for s in (prev, before) if s is not None for p in iter_placeholders(s[1])]
        # form 2: the last part of a number
        if _R32_PART.search(text):
            result = _r32_part(text, result, next((p for p in labels_before if p in _R32_NUMBER_LABELS), None))
        own = _redacted_words(text, result) if result != text else {}
        marks: dict[int, str] = {}
        if "[adres]" in labels_before:  # form 3: the flat's number, the house number after the street's kind
            nums = [k for k, w in enumerate(lows) if k not in own and _r20_number(w) is not None]
            if nums and len(nums) <= 3 and nums == list(range(nums[0], nums[-1] + 1)):
                head, tail = lows[:nums[0]], lows[nums[-1] + 1:]
                ok_head = all(w in SHORT_FILLERS or w in _DICTATION_CLOSERS or w in _R32_FLAT_WORDS or own.get(k) == "[adres]"
                              or w in _R32_STREET_KINDS or w in ("op", "de", "") for k, w in enumerate(head))
                t = [w for w in tail if w not in SHORT_FILLERS and w not in _DICTATION_CLOSERS]
                ok_tail = not t or (t[0] in ("op", "de") and all(w in ("op", "de", "verdieping", "etage", "hoog")
                                                                   or w in _R32_ORDINALS for w in t)
                                    and any(w in _R32_ORDINALS for w in t))
                if ok_head and ok_tail and (any(w in _R32_FLAT_WORDS for w in head) or "dan" in head or t):
                    marks.update({k: "[adres]" for k in nums})
        if "[e-mail]" in labels_before and "punt" in lows:  # form 4: "nee punt com sorry"
            p = lows.index("punt")
            if p + 1 < len(lows) and 2 <= len(lows[p + 1]) <= 4 and lows[p + 1].isalpha() \
                    and all(w in SHORT_FILLERS or w in _DICTATION_CLOSERS or w in ("sorry", "het", "is", "maar", "")
                            for k, w in enumerate(lows) if k not in (p, p + 1)):
                marks[p] = marks[p + 1] = "[e-mail]"
        if "[postcode]" in labels_before or "letters" in lows or "[postcode]" in result:  # form 5
            marks.update(_r32_postcode_letters(lows, own, "[postcode]" in labels_before or "[postcode]" in result))
        if "[iban]" in labels_before:  # form 6: the bank's code alone on a line
            banks = [k for k, w in enumerate(lows) if w in _R32_BANKS]
            if banks and all(w in _R32_BANKS or w in SHORT_FILLERS or w in _DICTATION_CLOSERS or w == ""
                             for w in lows):
                marks.update({k: "[iban]" for k in banks})
        if prev is not None and len(lows) <= 6 and " of " in prev[0]:  # form 1: one of the alternatives confirmed
            p_lows = _r20_lows(prev[0])
            p_own = _redacted_words(prev[0], prev[1]) if prev[1] != prev[0] else {}
            lab = next((p for p in iter_placeholders(prev[1]) if p in _R32_NUMBER_LABELS), None) \
                or next((p for p in iter_placeholders(result) if p in _R32_NUMBER_LABELS), None)
            o = p_lows.index("of") if "of" in p_lows else 0
            if lab is not None and 0 < o < len(p_lows) - 1 and _r20_number(p_lows[o - 1]) is not None \
                    and _r20_number(p_lows[o + 1]) is not None:
                said = {w: p_own.get(k, lab) for k, w in enumerate(p_lows) if (_r20_number(w) or 0) >= 10}
                for k, w in enumerate(lows):
                    if k not in own and w in said and (k == 0 or lows[k - 1] in SHORT_FILLERS):
                        marks[k] = said[w]
        if prev is not None and lows and lows[0] in ("nee", "sorry"):  # form 9: the correction on the next line
            marks.update(_r32_name_corrected(lows, own, labels_before))
            if own:
                back = _r32_corrected_before(prev[0], prev[1], lows, own)
                if back:
                    self._r20_revise(1, back)
        return _merge(text, result, marks, fillers_too=True) if marks else result

    def _round33(self, text: str, result: str) -> str:
        """Round 33 on the window's newest line: names with no cue word (forms 1-5 in the round 33 block)."""
        lows = _r20_lows(text)
        if not lows or len(lows) > 16:
            return result
        result, names = _r33_line(text, result)  # forms 1-6 read the line alone (a line said again is looked up)
        if names:
            self._names_seen |= set(names)
        before = [s for s in (self._said(1), self._said(2)) if s is not None]
        if "[e-mail]" not in result and not any("[e-mail]" in s[1] for s in before) and "noem" not in text \
                and not any(w in _R33_KINDS or w in ("wijk", "steiger", "ligplaats") for w in lows):
            return result  # forms 3 (over the lines), 7, 8 and 9 need one of these
        own = _redacted_words(text, result) if result != text else {}
        # form 7: an e-mail address's first part read back or built on
        if "[e-mail]" in result or any("[e-mail]" in s[1] for s in before):
            more = _r33_mail_tail(lows, own, _r33_mail_words(before), "[e-mail]" in own.values())
            if more:
                result = _merge(text, result, more)
                own = _redacted_words(text, result)
        # forms 8 and 9: a street said as two words, addresses without a street
        prev = self._said(1)
        if any(w in _R33_KINDS for w in lows) and (_R33_ADDRESS_CUE.search(text) or (
                prev is not None and prev[0] != text and _R33_ADDRESS_CUE.search(prev[0]))):
            more = _r33_split_street(lows, own)
            if more:
                result = _merge(text, result, more)
                own = _redacted_words(text, result)
                if prev is not None and self._context[-1][0] == text and "straat" in prev[0]:
                    p_lows = _r20_lows(prev[0])
                    back = {k + 1: "[adres]" for k, w in enumerate(p_lows[:-1])
                            if w == "op" and k > 0 and p_lows[k - 1] in ("woont", "woon", "wonen")
                            and _r20_number(p_lows[k + 1]) is not None}
                    if back:
                        self._r20_revise(1, back)
        if "wijk" in lows or "steiger" in lows or "ligplaats" in lows:
            more = _r33_no_street(text, lows, own)
            if more:
                result = _merge(text, result, more)
                own = _redacted_words(text, result)
        # form 3: the name one wants to be called goes when said again later in the call
        for i in range(len(lows) - 2):
            if lows[i] in ("je", "jou", "u", "me", "mij") and lows[i + 2] in ("noem", "noemen") \
                    and own.get(i + 1) == "[naam]":
                self._names_seen.add(lows[i + 1])
            elif lows[i] in ("noem", "noemt", "noemen") and lows[i + 1] in ("me", "mij"):
                j = i + 2 + (lows[i + 2] in ("maar", "gewoon", "dus", "eh"))
                if own.get(j) == "[naam]":
                    self._names_seen.add(lows[j])
        return result

    def _round34(self, text: str, result: str) -> str:
        """Round 34 on the window's newest line: number pieces next to a number already taken out (forms 1-3 in the
        round 34 block)."""
        lows = _r20_lows(text)
        if not lows or len(lows) > 16:
            return result
        here = _r34_label(result)
        if here is None and not any(_r34_digit(w) for w in lows):
            return result  # no number placeholder and no number word: nothing to do (most lines)
        if here is not None:
            result = _r34_touching(text, result)  # form 1
        # form 2: a line of number pieces alone, before or after a line with a number taken out or a number's cue
        before = [s for s in (self._said(1), self._said(2)) if s is not None]
        if here is None and _r34_pieces_only(lows):
            for raw, out in before:
                if raw == text:
                    continue
                lab = _r34_label(out) or _r34_cue(raw)
                if lab:
                    return _merge(text, result, {k: lab for k, w in enumerate(lows) if _r34_digit(w)})
            return result
        if here is not None:
            for k, (raw, out) in enumerate(before, start=1):
                if raw == text or out != raw:
                    continue
                p_lows = _r20_lows(raw)
                if _r34_pieces_only(p_lows):
                    self._r20_revise(k, {i: here for i, w in enumerate(p_lows) if _r34_digit(w)})
        elif here is None:
            result = _r34_cue_same_line(text, result, lows)  # form 3
        return result

    def _round35(self, text: str, result: str) -> str:
        """Round 35 on the window's newest line: first names before a surname taken out (form 2), a name spelled
        letter by letter after it is said (form 3)."""
        lows = _r20_lows(text)
        if not lows or len(lows) > 24:
            return result
        if "[naam]" in result:
            own = _redacted_words(text, result)
            more = _r35_given_names(lows, own)
            if more:
                result = _merge(text, result, more)
        if len(lows) <= 8:
            result = self._r35_postcode_letters(text, result, lows)  # form 4
        if "postbus" in lows or "antwoordnummer" in lows:
            more = _r35_po_box(lows)  # form 5
            if more:
                result = _r35_over(text, result, more)
        spelled = _r35_spelled_run(lows)
        if spelled is None:
            return result
        first = spelled[1][0]
        for w_i, w in enumerate(lows[:first]):
            sub = _r35_sub_run(lows, spelled, w, _r35_after_tussen(lows, w_i))
            if sub:
                return _r35_over(text, result, {i: "[naam]" for i in [w_i, *sub]})
        for k in (1, 2):
            said = self._said(k)
            if said is None or said[0] == text:
                continue
            p_lows = _r20_lows(said[0])
            for w_i, w in enumerate(p_lows):
                sub = _r35_sub_run(lows, spelled, w, _r35_after_tussen(p_lows, w_i))
                if not sub:
                    continue
                p_own = _redacted_words(said[0], said[1]) if said[1] != said[0] else {}
                if w_i not in p_own:
                    self._r20_revise(k, {w_i: "[naam]"})
                return _r35_over(text, result, {i: "[naam]" for i in sub})
        return result

    def _round42(self, text: str, result: str) -> str:
        """Round 42: an e-mail address dictated over lines (see _r42_mail_lines)."""
        if len(self._context) < 2:
            return result
        if _R42_GATE.search(text) and any("[naam]" in o for _, o in self._context[-3:-1]):
            # "oke mevrouw [naam] ik noteer even" / "en uw zoon is tiberiu": a name went just before
            result = _line_pass(text, result, partial(_r42_family_names, named=True))
        if "[" in result or len(text) > 60:
            return result
        return _r42_mail_lines(text, result, self._context[-4:-1])

    def _round44(self, text: str, result: str) -> str:
        """Round 44 on the window's newest line: the line's own forms, then a year after a birth date talked about."""
        result = redact_round44(text, result)
        if len(self._context) >= 2:
            prev_raw, prev_out = self._context[-2]
            result = _r44_birth_year(prev_raw, prev_out, text, result)
            if result != text:
                extra = _r44_held_part(prev_raw, prev_out, text, result)
                if extra:
                    self._r20_revise(1, extra)
        return result

    def _round45(self, text: str, result: str) -> str:
        """Round 45 on the window's newest line: its own forms, then what stays."""
        result = redact_round45(text, result)
        return _r45_keep(text, result)

    def _round47(self, text: str, result: str) -> str:
        """Round 47 on the window's newest line: its own forms (A to E), then a number's part said again (F)."""
        before = self._context[-4:-1] if self._context and self._context[-1][0] == text else self._context[-3:]
        cue_before = bool(before) and (bool(_R47_SPELL_CUE_RE.search(before[-1][0])) or "[naam]" in before[-1][1])
        result = redact_round47(text, result, cue_before)
        if before and any(lab in o for _, o in before for lab in NUMBER_LABELS):
            lows = _r20_lows(text)
            own = _redacted_words(text, result) if result != text else {}
            extra = _r47_part_again(lows, own, before)
            if extra:
                result = _merge(text, result, extra, fillers_too=True)
        return result

    def _round49(self, text: str, result: str) -> str:
        """Round 49 on the window's newest line (forms A to F and what stays, see redact_round49)."""
        result = redact_round49(text, result)
        if len(self._context) < 2 or self._context[-1][0] != text:
            return result
        before = self._context[-3:-1]
        prev_raw, prev_out = before[-1]
        lows = _r20_lows(text)
        own = _redacted_words(text, result) if result != text else {}
        extra: dict[int, str] = {}
        if " op " in text and any("[adres]" in o for _, o in before):
            extra.update(_r49_house_numbers(lows, own))  # B
        if " op " in text and "[datum]" in prev_out and _BORN.search(prev_raw):
            extra.update(_r49_second_birth_date(lows, own))  # H
        if "[naam]" in prev_out:
            extra.update(_r49_name_parts(lows, own, prev_raw, prev_out))  # D
            if len(lows) >= 3 and lows[1] == "met" and _R49_DOTS_GATE.search(text) and 0 not in own \
                    and lows[0].isalpha() and lows[0] not in STOP_WORDS and word_value(lows[0]) is None:
                extra[0] = "[naam]"  # C on the line after the name: "turk met puntjes"
        if len(lows) <= 6 and any(_r49_cue_only(r) for r, _ in before) and any("[e-mail]" in o for _, o in before) \
                and not _r49_cue_only(text) and ("punt" in lows or own or len(lows) <= 2):
            extra.update(_r49_after_cue_line(lows, own))  # F
        if extra:
            result = _merge(text, result, extra, fillers_too=True)
            self._context[-1] = (text, result)
        if _R49_CORRECTED_NAME.search(text):  # E
            for k in (1, 2):
                if k <= len(before):
                    marks = _r49_mail_word(*before[-k])
                    if marks:
                        self._r20_revise(k, marks)
                        break
        return result

    def _round51(self, text: str, result: str) -> str:
        """Round 51 on the window's newest line: a house number after a street sign, a name said slowly after a
        request, an e-mail's local part on a line of its own before "apenstaartje" (see redact_round51)."""
        result = redact_round51(text, result)
        if not self._context or self._context[-1][0] != text:
            return result
        before = self._context[-3:-1]
        if "[datum]" in result:
            result = _r51_keep(text, result, tuple(before))
        if len(self._context) < 2:
            return result
        prev_raw, prev_out = before[-1]
        sign = "[adres]" in prev_out and "bord" in prev_raw and "nummer" in text
        slow = prev_out == prev_raw and _R51_SLOW.search(prev_raw) is not None
        mail = "[e-mail]" in result
        birthday = "jarig" in prev_raw and "geweest" not in prev_raw and " op " in f" {text} "
        if not (sign or slow or mail or birthday):
            return result
        lows = _r20_lows(text)
        own = _redacted_words(text, result) if result != text else {}
        extra: dict[int, str] = {}
        # a house number on the line after a street sign ("het huis ernaast heeft nummer zes")
        if sign and _R51_SIGN.intersection(_r20_lows(prev_raw)) and len(lows) <= 10:
            for k in range(len(lows) - 1):
                if lows[k] in ("nummer", "huisnummer", "nr") and k + 1 not in own:
                    e = _r51_number_end(lows, k + 1)
                    if e is not None:
                        extra.update({x: "[adres]" for x in range(k + 1, e) if x not in own})
        # a name said slowly on a line of its own after a request
        if slow and not own and len(lows) <= 2 \
                and all(_unknown_word(w) and w not in _R51_AT_WORDS for w in lows):
            extra.update({i: "[naam]" for i in range(len(lows))})
        # a birthday's date on the line after "jarig" ("je wordt morgen jarig zei je" / "op de zesde mei")
        if birthday and _R49_JARIG_GATE.search(prev_raw):
            for k, w in enumerate(lows):
                if w == "op":
                    e = _r49_date_span(lows, k + 1)
                    if e is not None and all(x in _R51_AFTER_OK or x in HESITATIONS for x in lows[e:]) \
                            and all(x in _R51_AFTER_OK or x in HESITATIONS or x in ("en", "dus") for x in lows[:k]):
                        extra.update({x: "[datum]" for x in range(k + 1, e) if x not in own and lows[x] != "de"})
                    break
        if extra:
            result = _merge(text, result, extra, fillers_too=True)
            self._context[-1] = (text, result)
        # an e-mail's local part on a line of its own before the line with "apenstaartje"
        if "[e-mail]" in result and lows and (lows[0] in _R51_AT_WORDS or (len(lows) > 1 and lows[0] in HESITATIONS
                                                                          and lows[1] in _R51_AT_WORDS)):
            if _r51_single_word(prev_raw) and prev_out == prev_raw:
                self._r20_revise(1, {0: "[e-mail]"})
            elif len(before) == 2 and _r51_single_word(before[0][0]) and before[0][1] == before[0][0] \
                    and all(w in _R51_TOGETHER for w in _r20_lows(prev_raw)):
                self._r20_revise(2, {0: "[e-mail]"})
        return result

    def _round52(self, text: str, result: str) -> str:
        """Round 52 on the window's newest line: a call name or a second person's name on the line after a name was
        said ("dus je heet [naam]" / "maar zeg maar tjits", "en je vrouw is durkje"); what stays (see redact_round52)."""
        result = redact_round52(text, result)
        if self._context and self._context[-1][0] == text and len(self._context) >= 2 \
                and _R52_WINDOW_GATE.search(text) and any("[naam]" in o for _, o in self._context[-3:-1]):
            new = _line_pass(text, result, _r52_named_marks)
            if new != result:
                result = new
                self._context[-1] = (text, result)
        if "cijfer" in text and self._context and self._context[-1][0] == text and len(self._context) >= 2:
            label = next((lab for _, o in reversed(self._context[-4:-1]) for lab in _R52_NUM_LABELS if lab in o), None)
            if label is not None:
                new = _line_pass(text, result, partial(_r52_last_digits, label=label))
                if new != result:
                    result = new
                    self._context[-1] = (text, result)
        kept = _r52_keep(text, result)
        if kept != result and self._context and self._context[-1][0] == text:
            self._context[-1] = (text, kept)
        return kept

    def _round53(self, text: str, result: str) -> str:
        """Round 53 on the window's newest line: the line's forms on what the window made of it; what stays."""
        new = _r53_keep(text, redact_round53(text, result))
        if new != result and self._context and self._context[-1][0] == text:
            self._context[-1] = (text, new)
        return new

    def _round54(self, text: str, result: str) -> str:
        """Round 54 on the window's newest line: the line's forms on what the window made of it (see redact_round54);
        a surname's letters spelled on the line after it (form E: "[naam]" / "ka i de a en e"); what stays."""
        new = redact_round54(text, result)
        p1 = self._said(1)
        if p1 is not None and "[naam]" in p1[1] and self._context and self._context[-1][0] == text:
            new = _r54_spelled_after(text, new, p1)
        if self._context and self._context[-1][0] == text:
            if "[adres]" in new:  # form G: "dus august [adres]", "Verlengde [adres]"
                new = _line_pass(text, new, _r54_street_head)
            if "[naam]" in new and (_R54_NAME_TALK.search(text) or (p1 is not None and _R54_NAME_TALK.search(p1[0]))):
                # form F: "dus je heet [naam] verboom": only where names are talked about, so a word the recognizer
                # garbled next to a misread name ("hij zag [naam] waarder op je deur") is not taken for a surname
                new = _line_pass(text, new, _r54_surname_after)
            elif p1 is not None and ("[naam]" in p1[1] or (
                    p1[0] == p1[1] and _r54_alone(p1[0]) == () and (p2 := self._said(2)) is not None
                    and "[naam]" in p2[1])):
                new = _r54_name_alone(text, new)  # form F: "[naam]" / "siebenga", "[naam]" / "en dan" / "siebenga"
        new = _r54_keep(text, new)
        if new != result and self._context and self._context[-1][0] == text:
            self._context[-1] = (text, new)
        return new

    def _round55(self, text: str, result: str) -> str:
        """Round 55 on the window's newest line: the line's forms on what the window made of it (see redact_round55),
        letter names on the line after a redacted postcode; a year alone after a birth date's day and month (form E)."""
        newest = bool(self._context) and self._context[-1][0] == text
        p1 = self._said(1) if newest else None
        new = redact_round55(text, result, p1 is not None and "[postcode]" in p1[1])
        if p1 is not None and ("tweeduizend" in text or "negentien" in text):
            new = _r55_year_after_birth(text, new, p1, self._said(2))
        if new != result and newest:
            self._context[-1] = (text, new)
        return new

    def _as_said(self, text: str, result: str, window: bool) -> tuple[str, bool]:
        """Rounds 56 and 57 on the line as said (English read as Dutch put back, see redact_round56 and
        redact_round57), last, on both paths: with the window, what the line before asked for ("can you spell your
        last name" / "tee ie es ef", "wanneer ben je jarig"); what stays."""
        if self.errors and result == "[geanonimiseerd]":
            return result, True
        try:
            cue = ""
            if window:
                p1 = self._said(1) if self._context else None  # the window's newest line is this one
                if p1 is not None:
                    plow = p1[0].lower()
                    if _R56_NAME_CUE.search(plow) is not None:
                        cue = "name"
                    elif _R56_BIRTH.search(plow) is not None:
                        cue = "birth"
            new = _r56_keep(text, redact_round56(text, result, cue))
            new = redact_round57(text, new, cue)
            prev = ""
            answer: set[str] | None = None
            p1 = self._said(1) if window and self._context else None  # the line before, as said and as logged
            if window:
                prev = p1[0].lower() if p1 is not None else ""
                if prev:  # round 58 H: a one-word answer to "hoe mag ik je noemen", and that word said again after
                    got = r58_name_answer(prev, text)
                    if got:
                        self._r58_answers = self._r58_answers | got
                    answer = self._r58_answers or None
            new = redact_round58(text, new, prev, answer)  # round 58
            new = redact_round59(text, new, prev)  # round 59
            names: frozenset = frozenset()
            p2 = None
            p2low = ""
            pc_before = False
            if window and prev:  # prev is said only where p1 is there
                names = r60_names(p1[0], p1[1])
                p2 = self._said(2)
                p2low = p2[0].lower() if p2 is not None else ""
                pc_before = "postcode" in prev and p1[0] != p1[1]
            new = redact_round60(text, new, prev, names)  # round 60
            new = redact_round61(text, new, prev, p2low, pc_before)  # round 61
            new = redact_round62(text, new, prev, pc_before)  # round 62
            new = redact_round63(text, new)  # round 63
            if new != text:
                new = redact_round65(text, new)  # round 65: ordinary talk taken for a name stays
            if new != text:
                kept64 = redact_round64(text, new, prev if window else "")  # round 64
                if kept64 != new:
                    new = kept64
                    if window and self._state.pending and not kept64.rstrip(" ,.?!").endswith("]"):
                        self._state.pending = None  # a lottery number at the line's end is no number going on
            before67 = [q for q in (self._said(k) for k in (1, 2, 3)) if q is not None] if window and prev else []
            age = 0
            if before67:  # round 67 BD: how many lines back a street went, with only lines taken whole since
                q1 = before67[0]
                age = 1 if "[adres]" in q1[1] else (self._r67_street + 1 if self._r67_street and self._r67_street < 4
                                                    and _r67_all_gone(*q1) else 0)
                self._r67_street = age
            new = redact_round67(text, new, before67, age)  # round 67: spelled pieces, spelling aids; BD to BF
            if new != text and "[naam]" in new:
                new = self._round66(text, new, window)  # round 66/67: a medicine, an organisation, a place spelled
                if window and new == text and str(self.revised_before or "") == "[naam]" and _r66_runs(_r20_lows(text)):
                    self._revised_before = self._earlier = None  # the letters spelled a thing: no name two back
            new = redact_round68(text, new, before67)  # round 68: nicknames, farms, pieces of mail; animals, makes
            new = redact_round69(text, new, before67)  # round 69: ring streets, heten, dates of birth; sizes
            new = redact_round70(text, new, before67)  # round 70: letters after a postcode, particles; clubs
            new = redact_round71(text, new, before67)  # round 71: titles, bells, foreign accounts; shop dates
            new = redact_round72(text, new, before67)  # round 72: names on a box, mail words again, banks
            new = redact_round73(text, new, before67)  # round 73: places, stations, companies; naam is, het, umlauts
            new = redact_round74(text, new, before67)  # round 74: rooms, the @ sign; heet, house numbers, bank
            new = redact_round75(text, new, before67)  # round 75: pets, scores, animals' births; a title's next line
            new = redact_round76(text, new, before67)  # round 76: organisations after heet; suffixes, names again
            new = redact_round77(text, new, before67)  # round 77: syllables, corrections, letters and their aids
            new = redact_round78(text, new, before67)  # round 78: a postcode's letters, a bsn over lines, holidays
            new = redact_round79(text, new, before67)  # round 79: nicknames, check digits, feast days; counts
            new = redact_round80(text, new, before67)  # round 80: double surnames, naam is, ring streets, it
            new = redact_round81(text, new, before67)  # round 81: Bible verses, holy figures; graves, heet
            new = redact_round82(text, new, before67)  # round 82: trade names, market pitches; dates of birth
            new = redact_round83(text, new, before67)  # round 83: athletes, clubs, set scores; foreign names
            new = redact_round84(text, new, before67)  # round 84: works and makers, work numbers, venues
            new = redact_round85(text, new, before67)  # round 85: pets after a breed, breeds, animals' births
            if window and p1 is not None and self._state.revised is None and "[" in new:
                k85 = r85_contact_after(text, new, p1)
                if k85:
                    self._r20_revise(1, k85)  # round 85 YE: "... is je grote voorbeeld" / "haar nummer is ..."
            if window and p1 is not None and self._state.revised is None and "[datum]" in new:
                k84 = r84_month_fix(text, new, p1)
                if k84 is not None:
                    self._r20_revise(1, {k84: "[datum]"})  # round 84 XA: "in juni jarig" / "op de [datum]"
            if window and p1 is not None and new == text and "mail" in p1[0].lower() and r84_mail_local(text, new, p1):
                new = _merge(text, new, {i: "[e-mail]" for i in range(len(_WS.findall(text)))})  # round 84 XB
            if window and p1 is not None and new == text and self._state.revised is None \
                    and r84_street_lines(text, new, p1, p2):
                self._r20_revise(1, {i: "[adres]" for i in range(len(_WS.findall(p1[0])))})  # round 84 XD
                new = _merge(text, new, {i: "[adres]" for i in range(len(_WS.findall(text)))})
            if window and p1 is not None and "[naam]" in new and " zei " in " " + p1[0].lower() \
                    and self._state.revised is None:
                k83 = r83_name_fix(text, new, p1)
                if k83 is not None:
                    self._r20_revise(1, {k83: "[naam]"})  # round 83 VG: "je zei mark" / "o [naam] sorry [naam]"
            if window and p2 is not None and "[e-mail]" in new and r82_mail_pieces(text, p1, p2, self._said(3)):
                self._r20_revise(2, {i: "[e-mail]" for i in range(len(_WS.findall(p2[0])))})  # round 82 UB
            if window and p1 is not None and self._state.revised is None and r81_postcode_fix(p1, text, new):
                self._state.revised = "[postcode]"  # round 81 TG: "... is vierendertig vierentachtig" / "een a en een ee"
                self._context[-2] = (p1[0], close_tail(p1[0], "[postcode]"))
            if window and p2 is not None and self._state.revised is None and r80_postcode_fix(p1, p2):
                self._state.revised = "[postcode]"  # round 80 SE: "[postcode]" / "o nee drieenzestig" (held)
                self._context[-2] = (p1[0], close_tail(p1[0], "[postcode]"))
            if window and prev and new == text and str(self.revised or "") == "[naam]" and r75_place_not_name(*p1):
                self._state.revised = None  # round 75 NF: "... op de ijsbaan in heerenveen" / "thialf op ..."
                self._context[-2] = (p1[0], p1[0])
            if window and prev and new == text and (self.revised or self.revised_before) and r69_no_revision(
                    text, before67):  # round 69 DI, DK: a service number's or a holiday's line is no data's start
                if self.revised:
                    self._state.revised = None
                    self._context[-2] = (p1[0], p1[0])
                if self.revised_before and p2 is not None:
                    self._revised_before = self._earlier = None
                    self._context[-3] = (p2[0], p2[0])
            if window and "[iban]" in new and self._revised_before is None and len(before67) >= 2 \
                    and str(self.revised or "") == "[iban]":
                q2 = before67[1]  # round 67 BH: "n l vijf eh" / "vijfenvijftig" / "abn ...": the country code goes too
                if q2[0] == q2[1] and _r67_iban_start(q2[0]):
                    self._revised_before = Earlier("[iban]", "texts", {q2[1]: "[iban]"})
                    self._context[-3] = (q2[0], "[iban]")
            if window and prev and new == text and (self.revised or self.revised_before):
                q3 = self._said(3)
                if self.revised and r61_scale_answer(p1[0], p2low, q3[0].lower() if q3 else ""):
                    self._state.revised = None  # round 61 A: a scaling answer kept as said is not a number's start
                    self._context[-2] = (p1[0], p1[0])
                q4 = self._said(4)
                if self.revised_before and p2 is not None and q3 is not None \
                        and r61_scale_answer(p2[0], q3[0].lower(), q4[0].lower() if q4 else ""):
                    self._revised_before = self._earlier = None
                    self._context[-3] = (p2[0], p2[0])
            if window and new != result and self._context:
                self._context[-1] = (self._context[-1][0], new)
        except Exception:  # never let a rule bug reach the log unredacted
            self.errors += 1
            return "[geanonimiseerd]", True
        return new, new != text

    def _round66(self, text: str, result: str, window: bool) -> str:
        """Round 66: the line's medicine, organisation or place (spelled or said) put back, read with the window's
        last three lines as said; the held line before it too when it lost the same word."""
        before = [p[0] for p in (self._said(k) for k in (1, 2, 3)) if p is not None] if window and self._context \
            else []
        new, lines, things = redact_round66(text, result, before)
        if window and things and before:
            p1 = self._said(1)
            rev = self._state.revised
            if p1 is not None and p1[0] != p1[1] and isinstance(rev, Revision) and p1[1] in rev.texts.values():
                kept = _r66_keep_line(p1[0], p1[1], lines, things)
                if kept != p1[1]:
                    held = next(h for h, t in rev.texts.items() if t == p1[1])
                    self._state.revised = Revision(str(rev), {held: kept}) if kept != held else None
                    self._context[-2] = (p1[0], kept)
        return new

    def _round46(self, text: str, result: str) -> str:
        """Round 46 on the window's newest line: details read off a card piece by piece over lines (forms A to F)."""
        if not self._context or self._context[-1][0] != text:
            return result
        p1, p2, p3 = self._said(1), self._said(2), self._said(3)
        if p1 is not None and "[adres]" in p1[1] and (kept := _r46_keep(p1[0], p1[1], p2)) != p1[1]:
            # form F on the held line too: the window read it with this line ("... in groep drie" / "op kamer ...")
            rev = self._state.revised
            if isinstance(rev, Revision) and p1[1] in rev.texts.values():
                held = next(h for h, t in rev.texts.items() if t == p1[1])
                self._state.revised = Revision(str(rev), {held: kept}) if kept != held else None
                self._context[-2] = p1 = (p1[0], kept)
        result = _r46_keep(text, result, p1)
        lows = _r20_lows(text)
        n = len(lows)
        if n > 14:
            return result
        own = _redacted_words(text, result) if result != text else {}
        marks: dict[int, str] = {}
        back: dict[int, dict[int, str]] = {}
        plines = [(k, p, _r20_lows(p[0]), _redacted_words(p[0], p[1]) if p[0] != p[1] else {})
                  for k, p in ((1, p1), (2, p2), (3, p3)) if p is not None]

        def add_back(k: int, idx, label: str) -> None:
            if k <= 2:
                back[k] = {**back.get(k, {}), **{i: label for i in idx}}

        # A. a word said syllable by syllable, then whole
        for j, low in enumerate(lows):
            if not low.isalpha() or len(low) < 5:
                continue
            label = own.get(j)
            if label not in (None, "[naam]", "[adres]"):
                continue
            if label is None and (len(low) < 6 or not _unknown_word(low) or low in HESITATIONS):
                continue
            found = False
            here = _r46_syllables(lows, low, before=j)
            if here and any(i not in own for i in here):
                found = True
                marks.update({i: label or ("[adres]" if _is_street_word(low) else "[naam]") for i in here})
            for k, p, plows, pown in plines[:2]:
                idx = _r46_syllables(plows, low)
                if idx and any(i not in pown for i in idx):
                    found = True
                    add_back(k, idx, label or ("[adres]" if _is_street_word(low) else "[naam]"))
            if found and label is None:
                marks[j] = "[adres]" if _is_street_word(low) else "[naam]"
        # E. a name spelled over lines ("ij met puntjes" for its ij), then said whole; the ij's words alone
        spelled = _r46_letters(lows)
        if spelled is not None and spelled[1] and plines and (plines[0][3] or _r46_letters(plines[0][2])):
            marks.update({i: "[naam]" for i in spelled[1]})
        elif spelled is None:
            letters, lines_back = "", []
            for k, p, plows, pown in plines:
                got = _r46_letters(plows)
                if got is None:
                    break
                letters = got[0] + letters
                lines_back.append((k, got[1]))
            if len(letters) >= 4 and any(odd for _, odd in lines_back):
                for j, low in enumerate(lows):
                    # the first letter or two may have been spelled on a line the window no longer holds
                    if j not in own and low.endswith(letters) and len(low) - len(letters) <= (2 if len(plines) < 3 else 0):
                        marks[j] = "[naam]"
                        for k, odd in lines_back:
                            add_back(k, odd, "[naam]")
        # B1. a house number on its own line(s) before "aan de <street>"
        s = 0
        while s < n and lows[s] in _R46_FILL:
            s += 1
        if s + 2 < n and lows[s] in ("aan", "op", "in") and lows[s + 1] in ("de", "het") \
                and (own.get(s + 2) == "[adres]" or (_is_street_word(lows[s + 2]) and lows[s + 2] not in ORDINARY_WORDS)):
            found = False
            for k, p, plows, pown in plines[:2]:
                idx = _r46_house_number(plows, pown)
                if not idx:
                    break
                found = True
                add_back(k, idx, "[adres]")
            if found and s + 2 not in own:
                marks[s + 2] = "[adres]"
        # B2. a bare house number right after a street's line that held no number
        if p1 is not None and "[adres]" in p1[1] and not own:
            plows = plines[0][2]
            if not any(_r46_number(w) is not None and w != "een" for w in plows) \
                    and not any(w in _R46_COUNT or w == "postcode" for w in plows):
                idx = _r46_house_number(lows, own)
                if idx and "nummer" not in lows and all(lows[i] not in ("nummer", "huisnummer") for i in idx):
                    marks.update({i: "[adres]" for i in idx})
        # B3. "huisnummer ... is <n>"; a street alone after "en de straat"
        if "huisnummer" in lows:
            h = lows.index("huisnummer")
            e = h + 1
            while e < n and e - h <= 5 and lows[e] in _R46_AFTER_HUISNUMMER:
                e += 1
            if e < n and e > h + 1 and (v := _r46_number(lows[e])) and e not in own:
                marks[e] = "[adres]"
                if e + 1 < n and lows[e + 1] in _R46_HOUSE_LETTERS:
                    marks[e + 1] = "[adres]"
        if p1 is not None and "straat" in plines[0][2] and not own:
            plows = plines[0][2]
            t = plows.index("straat")
            if t and plows[t - 1] in ("de", "welke", "die") and len(plows) <= 6 \
                    and all(w in _R46_FILL or w in ("de", "welke", "die", "straat", "is", "en", "het") for w in plows):
                rest = [i for i, w in enumerate(lows) if w not in _R46_FILL and w not in ("de", "het")]
                if len(rest) == 1 and _is_street_word(lows[rest[0]]) and lows[rest[0]] not in ORDINARY_WORDS:
                    marks[rest[0]] = "[adres]"
        # B4. the house letter added on the next line ("en dan de letter b")
        if p1 is not None and p1[1].rstrip(" ,.?!").endswith("[adres]") and not own \
                and any(_r46_number(w) for w in plines[0][2]):
            rest = [i for i, w in enumerate(lows) if w not in _R46_FILL and w not in ("de", "het", "met", "letter")]
            if len(rest) == 1 and rest[0] == n - 1 and (lows[-1] in _R46_HOUSE_LETTERS
                                                        or lows[-1] in _R46_HOUSE_LETTER_NAMES):
                marks[n - 1] = "[adres]"
                if "letter" in lows:
                    marks[lows.index("letter")] = "[adres]"
        # B5. a street's head at the line's end before the rest of the street ("... laan van" / "[adres]")
        if p1 is not None and own.get(s) == "[adres]":
            plows, pown = plines[0][2], plines[0][3]
            e = len(plows)
            while e > 0 and (plows[e - 1] in _R46_HEADS or plows[e - 1] in _R46_HEAD_GLUE) and e - 1 not in pown:
                e -= 1
            run = list(range(e, len(plows)))
            if run and any(plows[i] in _R46_HEADS for i in run):
                while run and plows[run[0]] in ("de", "het"):
                    run.pop(0)
                add_back(1, run, "[adres]")
        # C. a phone number begun with "nul" ("nul zes") and interrupted, its digits going on in the next lines
        digits_here = _r46_digit_line(lows)  # a line of digits only: no digit said in talk ("dat het een nul is")
        if digits_here and not any(w in _R46_COUNT for w in lows):
            between = 0
            for k, p, plows, pown in plines[:2]:
                run = _r46_phone_start(plows, pown)
                if run and len(run) + between + digits_here >= (3 if k == 2 else 4):
                    add_back(k, run, "[telefoonnummer]")
                    # the digit lines since then are the number's pieces too
                    marks.update({i: "[telefoonnummer]" for i, w in enumerate(lows) if _r46_number(w) is not None})
                    if k == 2:
                        add_back(1, [i for i, w in enumerate(plines[0][2]) if _r46_number(w) is not None],
                                 "[telefoonnummer]")
                    break
                got = _r46_digit_line(plows)
                if not got:
                    break
                between += got
        # D. a postcode's digits corrected over lines before its letters are asked; its letters after the question
        if _R46_LETTERS_ASKED.search(text) and plines:
            k, p, plows, pown = plines[0]
            idx = _r46_four_digits(plows)
            if idx and not any(i in pown for i in idx):
                add_back(1, idx, "[postcode]")
                if len(plines) > 1 and plows and plows[0] == "nee":
                    q = plines[1][2]
                    pair = [i for i, w in enumerate(q) if (v := _r46_number(w)) is not None and 10 <= v <= 99]
                    if len(pair) == 1 and not any(w in _R46_COUNT for w in q):
                        add_back(2, pair, "[postcode]")
        rest = [i for i, w in enumerate(lows) if w not in HESITATIONS and w not in ("dus", "ja", "toch")]
        if len(rest) == 2 and all(_r46_letter(lows[i]) for i in rest) and plines \
                and all(own.get(i) in (None, "[naam]", "[postcode]") for i in own):
            k, p, plows, pown = plines[0]
            if _R46_LETTERS_ASKED.search(p[0]) and len(plines) > 1 and "[postcode]" in plines[1][1][1]:
                marks.update({i: "[postcode]" for i in rest})
            elif not pown and (idx := _r46_four_digits(plows)):
                add_back(1, idx, "[postcode]")
                marks.update({i: "[postcode]" for i in rest})
        if marks:
            result = _merge(text, result, marks, fillers_too=True)
            self._context[-1] = (text, result)
        for k, extra in back.items():
            self._r20_revise(k, extra)
        if (spelled is not None and n <= 8) or (digits_here and n <= 8) or any(w in _R46_HEADS for w in lows[-2:]) \
                or _r46_pieces(lows):
            self._hold_more = True  # pieces that the next lines may go on with
        return result

    def _round36(self, text: str, result: str) -> str:
        """Round 36 on the window's newest line: a word of a name or an e-mail address spelled again after a remark
        on its letters ("met twee a's dus warsaame"), as what it corrects in this line or the two before (form 4)."""
        lows = _r20_lows(text)
        if len(lows) > 16 or not any(w == "met" and (x in _R36_TIMES or len(x) == 1) for w, x in zip(lows, lows[1:])):
            return result
        own = _redacted_words(text, result) if result != text else {}
        before = [(lows, own)]
        for k in (1, 2):
            said = self._said(k)
            if said is not None and said[0] != text and said[1] != said[0]:
                before.append((_r20_lows(said[0]), _redacted_words(said[0], said[1])))
        if len(before) == 1 and not own:
            return result
        more = _r36_respelled(lows, own, before)
        return _merge(text, result, more) if more else result

    def _r35_postcode_letters(self, text: str, result: str, lows: tuple[str, ...]) -> str:
        """Form 4: a postcode's two letters said again or corrected on a line of their own after the postcode ("of was
        het ge ka", "nee het was be de"), even letters that are words ("de", "er", "te")."""
        pair = _r35_pc_pair(lows)
        if pair is None:
            return result
        for k in (1, 2):
            said = self._said(k)
            if said is not None and said[0] != text and ("[postcode]" in said[1] or _r38_four_digits(*said)):
                return _r35_over(text, result, {i: "[postcode]" for i in pair})
        return result

    def _keep_marks(self, text: str, result: str, marks: dict[int, str], back: dict[int, dict[int, str]]) -> str:
        """The window's marks on its newest line (kept as logged) and on the held lines `back` (1 or 2)."""
        if marks:
            before, result = result, _merge(text, result, marks)
            self._context[-1] = (text, result)
            if self._last_out == before:
                self._last_out = result
        for k, extra in back.items():
            self._r20_revise(k, extra)
        return result

    def _r20_revise(self, k: int, extra: dict[int, str]) -> None:
        """Round 20: words of the held line `k` back (1 or 2) redacted as well."""
        if len(self._context) <= k:
            return
        raw, out = self._context[-1 - k]
        if k == 1:
            label = self._state.revised
            held, base = _held_text(out, label)
            new = _merge(raw, base, extra)
            if new != base:
                self._state.revised = Revision(str(label) if label else _first_placeholder(new), {held: new})
                self._context[-2] = (raw, new)
            return
        if self._revised_before:
            return
        earlier = self._earlier
        if isinstance(earlier, Earlier) and earlier.mode == "texts" and earlier.texts:
            key, base = next(iter(earlier.texts.items()))
        else:
            key, base = out, out
        new = _merge(raw, base, extra)
        if new != base:
            self._earlier = Earlier(_first_placeholder(new), "texts", {key: new})
            self._context[-3] = (raw, new)

    def _month_after_date(self, text: str, result: str) -> str:
        """Round 18: a month said on a line of its own (fillers, "van", "in" aside), right after a line that ended in a
        date's piece ("haar geboortedatum / dat is / eh / [datum]" / "november"): the date goes on, past the window's
        cue. A line with anything else, or after a line with no date, is left as it was."""
        if result != text or len(self._context) < 2:
            return result
        ws = [_bare(w) for w in _WS.findall(text)]
        months = [k for k, w in enumerate(ws) if w in MONTHS]
        if len(months) != 1 or any(w not in MONTHS and w not in _MONTH_LINE_WORDS for w in ws):
            return result
        # the line before it, past lines of fillers only ("geboren op de [datum]" / "van" / "juni")
        prev_out = ""
        for raw, out in self._context[-2:-5:-1]:
            if any(_bare(w) not in _MONTH_LINE_WORDS for w in _WS.findall(raw)):
                prev_out = out
                break
        if not re.search(r"\[datum\][\s,.?!]*$", prev_out):
            return result
        words = _WS.findall(text)
        k = months[0]
        m = re.match(r"^(\W*)(.*?)(\W*)$", words[k])
        words[k] = m.group(1) + "[datum]" + m.group(3)
        out = " ".join(words)
        self._context[-1] = (text, out)
        return out

    def _dictation(self, result: str) -> str:
        """A line of number words only, right after a line that ended in a redacted number, goes on
        with it ("bsn dubbel drie vier" / "dubbel vijf zes"; "[iban]" / "zes vijf vier"): a number
        dictated in pieces, also when the piece alone counts ("zes vijf vier") or is short."""
        prev, self._last_out = self._last_out, result
        if not prev:
            return result
        core = _WS.findall(prev)
        while core and (_bare(core[-1]) in _DICTATION_CLOSERS or _bare(core[-1]) in _R20_PATTERN_TAIL
                        or _bare(core[-1]) in _R22_SAID_TAIL) \
                and "[" not in core[-1]:  # round 20: "[telefoonnummer] ja", "[...] in het midden" / "en dan ..."
            core.pop()
        tail = [w for w in (_bare(x) for x in core) if w and w not in _DICTATION_CLOSERS]
        label = next((p for p in NUMBER_LABELS if " ".join(core).rstrip(" ?.!,").endswith(p)), None)
        if label is None or (tail and tail[-1] != label.strip("[]").replace("-", "")):
            return result
        words = _WS.findall(result)
        # round 20: number words with a diaeresis ("tweeëntwintig") read as written without it
        numbers = [i for i, w in enumerate(words) if (b := _bare(w)) and (b.isdigit() or word_value(fold(b)) is not None)]
        # round 22: "oké" with its accent is the filler "oke"
        if not numbers or not all(fold(b := _bare(w)) in _DICTATION_WORDS or b.isdigit() or word_value(fold(b)) is not None
                                  or "[" in w for w in words):
            return result
        a, b = numbers[0], numbers[-1]
        out = " ".join(words[:a] + [label] + words[b + 1:])
        self._last_out = out
        return out

    def _across(self, text: str, result: str) -> str:
        """The same rules over the previous lines and this one read as one text.

        A cue in the previous line ("en de postcode", "het adres is") tells what this
        line's words are, and this line can show what the previous one started ("ze
        woont in de Wilgenlaan" / "nummer dertig a"). Words redacted in the joined text
        are redacted here too; for the previous line (held back from the log while it
        may go on) `revised` then carries its new text.
        """
        self._earlier = None
        context, self._context = self._context, (self._context + [(text, result)])[-CONTEXT_LINES:]
        was_sensitive, self._sensitive = self._sensitive, sensitive(text) or "[" in result
        # a filler line after a held one ("kastanjelaan" / "uh" / "zesentwintig"): held too, so that the
        # line after it can still close the first
        self._sensitive = self._sensitive or (was_sensitive and _filler_line(text))
        label = self._state.revised
        if not context or not (self._sensitive or was_sensitive):
            return result
        raws = [raw for raw, _ in context] + [text]
        joined, _ = self.redact_text(" ".join(raws))
        marks = _redacted_words(" ".join(raws), joined)
        words = [_WS.findall(raw) for raw in raws]
        starts = [sum(len(w) for w in words[:k]) for k in range(len(words))]
        # a name runs on into this line only after a name cue ("mijn naam is" / "petra de vries"); two
        # unknown words that meet across lines ("hm ihm" / "warom ...") are no name
        names_go_on = bool(_NAME_CUE_BEFORE.search(" ".join(raws[:-1]))) or "[naam]" in context[-1][1]
        mine = {i - starts[-1]: lab for i, lab in marks.items()
                if i >= starts[-1] and (lab != "[naam]" or names_go_on)}
        result = _merge(text, result, mine)
        # round 15: a line that the window redacted speaks of a detail too ("geboren in [datum]" / "op de zeventiende"
        # / "van maart"): the next line is read with it
        self._sensitive = self._sensitive or "[" in result
        self._context[-1] = (text, result)
        prev_raw, prev_out = context[-1]
        theirs = {i - starts[-2]: lab for i, lab in marks.items() if starts[-2] <= i < starts[-1]}
        # round 10: the line two back (still held while the line between is): "dertien juni" / "nee [datum]" /
        # "[datum] negentien zesennegentig" shows that its words were the first try of the date
        self._earlier = None
        if len(context) >= 2:
            raw2, out2 = context[-2]
            older = {i - starts[-3]: lab for i, lab in marks.items()
                     if starts[-3] <= i < starts[-2] and lab in _EARLIER_LABELS}
            new2 = _merge(raw2, out2, older) if older else out2
            if new2 != out2:
                self._earlier = Earlier(_first_placeholder(new2), "texts", {out2: new2})
                self._context[-3] = (raw2, new2)
        base = close_tail(prev_out, label) if label and label != "[geanonimiseerd]" else prev_out
        new_prev = _merge(prev_raw, base, theirs)
        if new_prev != prev_out:
            self._state.revised = Revision(label or _first_placeholder(new_prev), {prev_out: new_prev})
            self._context[-2] = (prev_raw, new_prev)
        return result

    @property
    def holding(self) -> bool:
        """The last line ends in an unredacted number, or speaks of personal details, that the next line may continue."""
        return self.window and (bool(self._state.open_toks) or self._sensitive or self._hold_more)

    @property
    def revised_before(self) -> str | None:
        """The placeholder for the number runs of the line before the previous one (see revise_earlier):
        a number said over three lines; the session applies it when it still holds that line."""
        return (self._revised_before or self._earlier) if self.window else None

    @property
    def revised(self) -> str | None:
        """The placeholder for the previous line's trailing number (it went on in the last line)."""
        return self._state.revised if self.window else None

    def release(self) -> None:
        """The held line is written as it is (time passed): the next line no longer revises it."""
        self._state.open_toks = []
        self._state.revised = None

    def peek(self, text: str) -> tuple[str, bool]:
        """Like redact() but leaves the state alone (the recognizer's alternatives)."""
        if not self.window:
            return self.redact_text(text)
        saved = (self._state.copy(), list(self._context), self._sensitive, self._last_out, set(self._names_seen),
                 self._revised_before, self._number_label, self._phone_open, set(self._names_cued),
                 set(self._streets_seen), self._earlier, set(self._names_listed), self._hold_more,
                 dict(self._house_numbers), set(self._r58_answers))
        try:
            return self.redact(text)
        finally:
            (self._state, self._context, self._sensitive, self._last_out, self._names_seen,
             self._revised_before, self._number_label, self._phone_open, self._names_cued,
             self._streets_seen, self._earlier, self._names_listed, self._hold_more,
             self._house_numbers, self._r58_answers) = saved

    def reset(self) -> None:
        self._last_out = ""
        self._names_seen = set()
        self._names_cued = set()
        self._names_listed = set()
        self._streets_seen = set()
        self._name_phrases = set()
        self._earlier = None
        self._state = StreamState()
        self._context = []
        self._sensitive = False
        self._revised_before = None
        self._number_label = None
        self._phone_open = None
        self._hold_more = False
        self._house_numbers = {}
        self._r58_answers = set()
        self._r67_street = 0

    def redact_lines(self, lines: Iterable[str]) -> list[str]:
        """Consecutive lines as a session logs them: a held line's tail is closed by the next."""
        out: list[str] = []
        held = 0  # how many of the last lines are held (pipeline.HOLD_LINES at most)
        for line in lines:
            text, _ = self.redact(line)
            if held and self.revised:
                out[-1] = revise_held(out[-1], self.revised)
            if held >= 2 and self.revised_before:
                out[-2] = revise_earlier(out[-2], self.revised_before)
            out.append(text)
            held = (1 if held else 0) + 1 if self.holding else 0
        return out

    __call__ = redact


# ---------------------------------------------------------------------------
# The worker's names list and the config
# ---------------------------------------------------------------------------
def names_file() -> Path:
    """The per-user names file: one name a line, '#' starts a comment."""
    from voice_companion import paths

    return paths.data_dir() / NAMES_FILE_NAME


def load_names_file(path: Path | None = None) -> list[str]:
    """Names from the per-user names file; a missing file gives no names."""
    from voice_companion.errors import UserError

    path = Path(path) if path is not None else names_file()
    from voice_companion.i18n import _

    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    except IsADirectoryError:
        raise UserError(_("names file {path} is a folder; it must be a text file with one name a line").format(path=path))
    except PermissionError:
        raise UserError(_("cannot read the names file {path}: permission denied; run 'chmod 600 {path}'").format(path=path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(_("names file {path} is not UTF-8 text; save it as UTF-8 with one name a line").format(path=path))
    return clean_names(text.splitlines())


def make_redactor(config: object | None = None, *, names_path: Path | None = None) -> Redactor | None:
    """The redactor the session should use, or None when the config turns redaction off.

    Names come from the config's `redact_names` plus the per-user names file.
    """
    if config is not None and not getattr(config, "redaction", True):
        return None
    return Redactor.from_config(config, names_path=names_path)


def revise_held(text: str, label: str) -> str:
    """A held line after the next one showed that its trailing number went on (see Redactor.revised)."""
    read = as_dutch(text) if isinstance(text, str) else text
    if read != text:  # round 19: a held line with Frisian number words (the redactor read it as Dutch)
        return frisian_back(text, read, _revise_held(read, label))
    return _revise_held(text, label)


def _revise_held(text: str, label: str) -> str:
    if label == "[geanonimiseerd]":
        return label
    if isinstance(label, Revision) and text in label.texts:
        out = _r32_after_revision(text, _r52_whole_number(text, label.texts[text]))  # round 52
    else:
        out = _r32_after_revision(text, close_tail(text, label))
    if "[adres]" in out:  # round 67 BA: "op de nieuwe [adres]" as the next line showed the street
        out = _r67_street_adjective(out)
    return out


def _r32_after_revision(before: str, after: str) -> str:
    """Round 32: a held line revised (its number went on in a later line) read again for an alternative read back
    ("was het [postcode] of dertien tweeentachtig") and an English "zero" after the number ("[iban] zero")."""
    if "[" not in after:
        return after
    if "zero" in after:
        after = _R32_ZERO.sub(r"\1", after)
    if " of " in after and "[" not in before and after != before:
        after = _r32_alternative(before, after)
    return after


def revise_earlier(text: str, label: str | None) -> str:
    """A held line two back after a later line showed that its number went on (Redactor.revised_before):
    the start of a phone number, all its digits (a line of number words only) or its street words."""
    if not label:
        return text
    read = as_dutch(text) if isinstance(text, str) else text
    if read != text:  # round 19: Frisian number words (see revise_held)
        return frisian_back(text, read, _revise_earlier(read, label))
    return _revise_earlier(text, label)


def _revise_earlier(text: str, label: str) -> str:
    mode = getattr(label, "mode", "start")
    if mode == "texts":
        return _r32_after_revision(text, _r52_whole_number(text, label.texts.get(text, text)))  # round 52
    if mode == "street":
        return close_street_words(text, str(label))
    return _r32_after_revision(text, close_number_starts(text, str(label), any_run=mode == "digits"))


class Earlier(str):
    """Redactor.revised_before: the placeholder, and what of the line two back it closes (`mode`)."""

    mode: str
    texts: dict[str, str]

    def __new__(cls, label: str, mode: str = "start", texts: dict[str, str] | None = None) -> "Earlier":
        obj = super().__new__(cls, label)
        obj.mode = mode
        obj.texts = texts or {}
        return obj


_EARLIER_LABELS = frozenset(NUMBER_LABELS + ("[postcode]", "[adres]", "[datum]"))


def _filler_line(raw: str) -> bool:
    """A line with nothing in it but a filler or an answer ("uh", "ja", "eh sorry wat zei je" is not one)."""
    ws = [_bare(w) for w in _WS.findall(raw)]
    return bool(ws) and len(ws) <= 3 and all(w in _DICTATION_WORDS or w in _BETWEEN_WORDS for w in ws)


_BETWEEN_WORDS = frozenset("wacht even moment nummer huisnummer".split())


def _held_text(prev_out: str, revised: str | None) -> tuple[str, str]:
    """The held line as logged so far (the key its revision replaces) and its text with what this line
    already revised: a Revision carries the new text, a bare label closes the line's trailing number."""
    if isinstance(revised, Revision):
        return next(iter(revised.texts.items()))
    base = close_tail(prev_out, revised) if revised and revised != "[geanonimiseerd]" else prev_out
    return prev_out, base


class Revision(str):
    """Redactor.revised when the next line showed more than a trailing number: a placeholder
    (for the held line's alternatives) that also carries the held line's new text."""

    texts: dict[str, str]

    def __new__(cls, label: str, texts: dict[str, str]) -> "Revision":
        obj = super().__new__(cls, label)
        obj.texts = texts
        return obj


# a birthday in the past tense ("ben ik jarig geweest", "toen ik jarig was", "mijn verjaardag gevierd")
_PAST_BIRTHDAY = _Lazy(r"\b(?:jarig\s+(?:geweest|was|waren)|was\s+(?:ik|je|u|hij|ze|zij)\s+jarig|"
                            r"verjaardag\s+(?:gevierd|was)|vierden|gevierd)\b", re.IGNORECASE)
_BORN = _Lazy(r"\bgebo|\bgeb\b", re.IGNORECASE)
CONTEXT_LINES = 3  # previous lines read together with the current one
_MEMO_SIZE = 4096  # rule outputs kept per redactor (about a megabyte at most)
_CLOSE_LABELS = NUMBER_LABELS + ("[postcode]", "[adres]")
# round 16: a count of a number's digits said between its pieces ("ja en de laatste drie"): no piece of the number
_DIGITS_COUNTED = _Lazy(r"\b(?:laatste|eerste|volgende|overige|andere|resterende)\s+(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|[1-9])\b"
                             r"(?:\s+(?:cijfers?|nummers?|getallen))?", re.I)
_OTHER_QUESTION = frozenset("hoe hoeveel hoelang wanneer waarom hoelaat jaar jaren oud leeftijd uur keer kinderen".split())
_HOUSE_LINE_WORDS = frozenset("ja nee sorry eh uh ehm hm en dan nummer huisnummer nr op is het hoog huis , . ? oke ok "
                               "toch klopt zei ik bedoel".split()) | HOUSE_ADDITIONS  # round 15: what a house number's own line holds
_DICTATION_CLOSERS = frozenset("ja oke ok klopt toch he hè nou".split())
_DICTATION_WORDS = HESITATIONS | frozenset("en dan nee sorry dubbel dubbele keer ja oke ok klopt toch".split())
_WS = _Lazy(r"\S+")
_SENSITIVE_WORDS = frozenset(
    "nummer telefoonnummer mobiel bsn burgerservicenummer iban rekening rekeningnummer bankrekening "
    "postcode adres woon woont wonen woonde mail mailadres email emailadres apenstaartje apestaartje "
    "naam heet heette geboren geboortedatum nl huisnummer voornaam achternaam meneer mevrouw jarig "
    "noteer schrijf".split()  # round 11: "ik schrijf op" / "ter horst"
    # round 44: an e-mail's local part said first ("ervoor komt ..." / "apenstaartje ..."); a date whose year and cue
    # come on the next line ("op de pas staat de tweede maart" / "negentienhonderdvijftig als geboortedatum")
    + "ervoor daarvoor".split())


_STOP_FOR_SOUND = frozenset("de het een en of is in op van te ik je u we ze".split())
_SOUND_RULES = (("ij", "y"), ("ei", "y"), ("j", "y"), ("z", "s"), ("ph", "f"), ("c", "k"), ("dt", "t"), ("d$", "t"),
                ("ou", "au"), ("w", "v"), ("ch", "g"), ("h", ""))


def _sound(word: str) -> str:
    """A rough Dutch sound key: "jilmaas" and "yilmaz" sound the same (y/j, s/z, long vowels, ...)."""
    w = word.lower()
    for a, b in _SOUND_RULES:
        w = re.sub(a, b, w)
    return re.sub(r"(.)\1+", r"\1", w)


_NAME_TALK = frozenset("naam namen achternaam voornaam familienaam heet heten heette spel spelt spelling "
                       "geschreven schrijf".split())
# round 18: how a name is written, said of a listed name taken before ("roos zoals de bloem", "koning zonder de ervoor")
_WRITING_TALK = frozenset({"zoals", "zonder", "elkaar", "hoofdletter"})


def _listed_word_names() -> frozenset[str]:
    # single words only: not the heads of "de groot", "van der meer" ("groot", "meer" are said all the time)
    return frozenset(w for w in FIRST_NAMES_AMBIGUOUS - _WEAK_BLOCK | {k for k in SURNAMES_SAFE | SURNAMES_AMBIGUOUS
                                                                       if "-" not in k} if len(w) >= 3)


_LISTED_WORD_NAMES = _listed_word_names()


def _after_title(lows: list[str], i: int) -> bool:
    """The word at i follows "meneer"/"mevrouw", maybe with particles between ("mevrouw de Boer")."""
    k = i - 1
    while k >= 0 and lows[k] in TUSSEN and i - k <= 3:
        k -= 1
    return k >= 0 and lows[k] in TITLES


def _spelled_words(lows: list[str], marks: dict[int, str]) -> set[str]:
    """The words that redacted runs of spelled letters make: "k o e k", "k als in karel o e k" -> "koek"."""
    out: set[str] = set()
    letters: list[str] = []
    skip = 0
    for i in range(len(lows) + 1):
        lab = marks.get(i) if i < len(lows) else None
        w = lows[i] if i < len(lows) else ""
        if lab == "[naam]" and skip:
            skip -= 1
            continue
        if lab == "[naam]" and len(w) == 1 and w.isalpha():
            letters.append(w)
            continue
        if lab == "[naam]" and w in ("als", "van") and letters:
            skip = 2 if w == "als" and i + 1 < len(lows) and lows[i + 1] == "in" else 1  # "als in karel", "van anton"
            continue
        if len(letters) >= 3:
            out.add("".join(letters))
        letters = []
    return out


def _surname_phrases(lows: list[str], marks: dict[int, str]) -> set[tuple[str, ...]]:
    """The surnames that start with a tussenvoegsel inside the redacted names of a line ("femke in t veld":
    ("in", "t", "veld")): a tussenvoegsel or two and a word that is none."""
    out = set()
    for i, w in enumerate(lows):
        if marks.get(i) != "[naam]" or w not in TUSSEN or (i > 0 and marks.get(i - 1) == "[naam]" and lows[i - 1] in TUSSEN):
            continue
        k = i
        while k < len(lows) and marks.get(k) == "[naam]" and lows[k] in TUSSEN and k - i < 3:
            k += 1
        if k < len(lows) and k > i and marks.get(k) == "[naam]" and lows[k].isalpha() and len(lows[k]) >= 3 \
                and lows[k] not in _STOP_FOR_SOUND:
            out.add(tuple(lows[i:k + 1]))
    return out


def _own_street(low: str) -> bool:
    """A street's own name (not "straat" or "de dorpsstraat" of any village): a word with a street suffix."""
    return len(low) >= 6 and _is_street_word(low) and low not in _GENERIC_STREETS


def _name_neighbour(low: str) -> bool:
    """A word next to a name said again that is part of it: no stop word, and no ordinary word unless short ("li")."""
    return low.isalpha() and 2 <= len(low) and low not in STOP_WORDS and low not in TUSSEN and word_value(low) is None \
        and (low not in ORDINARY_WORDS or len(low) <= 3) and low not in _NAME_TALK


def _maybe_name(low: str) -> bool:
    """A word that is no ordinary word (a name the next line may show: "Hodan" / "Hodan Mohamed")."""
    return len(low) >= 3 and low.isalpha() and low not in ORDINARY_WORDS and low not in STOP_WORDS


_NAME_CUE_BEFORE = _Lazy(r"\b(naam|namen|heet|heten|heette|voornaam|achternaam|meneer|mevrouw|spel|spelt|"
                              r"noteer|schrijf)\b|"
                              r"\b(ben|bent|is|zoon|dochter|man|vrouw|vriend|vriendin|buurman|buurvrouw)\W*$",
                              re.IGNORECASE)


def sensitive(text: str) -> bool:
    """The line may hold part of a personal detail that the next line goes on with (it is held back)."""
    for w in re.findall(r"[^\W_]+", text):
        low = fold(w)
        if low.isdigit() or low in _SENSITIVE_WORDS or word_value(low) is not None or _is_street_word(low) \
                or (len(low) == 1 and low.isalpha()) or _maybe_name(low):
            return True
    # round 27: the first piece of something dictated piece by piece ("dus eerst grietje" / "dan liggend streepje")
    if "[" in text or ("eerst" in text and _R27_DICTATION_START.match(text) is not None):
        return True
    # round 44: a line that ends in a day and a month, its year and cue may follow ("... staat de tweede maart")
    return _R44_DATE_END.search(text) is not None


_R44_DATE_END = _Lazy(r"(?<![^\W_])(?:\w+(?:ste|de)|\d{1,2}e?)\s+(?:"
                           r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
                           r")\W*$", re.I)
_MONTH_LINE_WORDS = HESITATIONS | frozenset("en dan ja van in de".split()) | {""}


@lru_cache(maxsize=16384)
def _bare(word: str) -> str:
    return re.sub(r"[\W_]+", "", word).lower()


def _first_placeholder(text: str) -> str:
    return next(iter_placeholders(text), "[geanonimiseerd]")


def _redacted_words(raw: str, out: str) -> dict[int, str]:
    """Indexes of the whitespace words of `raw` that `out` replaced, with their placeholder."""
    return dict(_redacted_pairs(raw, out))


@lru_cache(maxsize=256)
def _redacted_pairs(raw: str, out: str) -> tuple[tuple[int, str], ...]:
    """_redacted_words as pairs, kept for the same two texts met again (a line's redaction is read
    by _said_glued, the window and _names_again in turn)."""
    import difflib

    a, b = _WS.findall(raw), _WS.findall(out)
    marks: dict[int, str] = {}
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op in ("replace", "delete"):
            labels = [p for w in b[j1:j2] for p in iter_placeholders(w)] \
                or [p for w in b[max(0, j1 - 1):j1 + 1] for p in iter_placeholders(w)] or ["[geanonimiseerd]"]
            for i in range(i1, i2):
                marks[i] = labels[0]
    return tuple(marks.items())


def _pieces_make_a_phone(raw: str, out: str) -> str:
    """Round 15: numbers redacted as "[nummer]" (a kind the rules could not tell) whose pieces together are a Dutch
    phone number are one: "nul zes, dat is twaalf, vierendertig, zesenvijftig, achtenzeventig" -> "[telefoonnummer],
    dat is [telefoonnummer]" (all the line's numbers, ten digits from a 0, no service number)."""
    if "[" in raw or any(p in out for p in PLACEHOLDERS if p not in ("[nummer]", "[telefoonnummer]")):
        return out
    digits = "".join(run.digits for run in runs(number_tokens(raw)))
    if len(digits) != 10 or not digits.startswith("0") or digits.startswith(("0800", "0900", "0906", "0909")):
        return out
    return out.replace("[nummer]", "[telefoonnummer]")


def _said_glued(raw: str, out: str) -> str:
    """Words redacted in the line said again as one word: "j van der meer at gmail punt com ... dus jvandermeer",
    "petra de vries ... ja pdevries": a word that is two to six redacted words (or their first letters) glued."""
    marks = _redacted_words(raw, out)
    if len(marks) < 2:
        return out
    words = _WS.findall(raw)
    bare = [_bare(w) for w in words]
    glued: dict[str, str] = {}
    for a in sorted(marks):
        for b in range(a + 1, min(a + 6, len(words))):
            if b not in marks or not all(x in marks for x in range(a, b + 1)):
                break
            key = "".join(bare[a:b + 1])
            if len(key) >= 5:
                glued[key] = marks[a]
            initial = bare[a][:1] + "".join(bare[a + 1:b + 1])  # "pdevries"
            if len(initial) >= 5 and len(bare[a]) > 1:
                glued.setdefault(initial, marks[a])
    extra = {i: glued[b] for i, b in enumerate(bare) if i not in marks and b in glued}
    return _merge(raw, out, extra) if extra else out


def _join_marked(words: list[str], marks: dict[int, str]) -> str:
    """The line's words with each run of marked words under one label written as that label."""
    parts: list[str] = []
    i = 0
    while i < len(words):
        if i in marks:
            lab = marks[i]
            while i + 1 < len(words) and marks.get(i + 1) == lab:
                i += 1
            parts.append(lab)
        else:
            parts.append(words[i])
        i += 1
    return " ".join(parts)

def _merge(raw: str, out: str, extra: dict[int, str], *, fillers_too: bool = False) -> str:
    """`out` (the redaction of `raw`) with the words `extra` names redacted as well (a filler-like word only
    where `fillers_too`: the letter "en" of a postcode)."""
    words = _WS.findall(raw)
    extra = {i: lab for i, lab in extra.items()
             if i < len(words) and (fillers_too or _bare(words[i]) not in SHORT_FILLERS)}
    if not extra:
        return out
    own = _redacted_words(raw, out)
    if set(extra) <= set(own):
        return out
    marks = {**extra, **own}
    return _join_marked(words, marks)


def iter_placeholders(text: str) -> Iterator[str]:
    """The placeholders in a redacted text (for tests and reports)."""
    for i, part in enumerate(_PLACEHOLDER_SPLIT.split(text)):
        if i % 2:
            yield part


# ---------------------------------------------------------------------------
# Round 19: Dutch as spoken in Friesland. Frisian number, month and date words ("tolve", "fjouwer",
# "achtenfjirtich", "njoggentjin", "maaie", "berne op") are read as their Dutch words: the text the
# rules and the tagger read has the Dutch word in its place (one word for one word, nothing else moved);
# what they leave is given back as it was said.
# ---------------------------------------------------------------------------
_FY_UNITS = {"ien": "een", "twa": "twee", "trije": "drie", "fjouwer": "vier", "fiif": "vijf", "seis": "zes",
             "sân": "zeven", "njoggen": "negen",
             # round 35: digits as they are said in the south and east, read the same way ("nul zes zeuve acht twie")
             "zeuve": "zeven", "zeuven": "zeven", "zeve": "zeven", "twie": "twee", "tweej": "twee", "dreij": "drie",
             "vief": "vijf", "nege": "negen"}
_NL_UNITS = {w: w for w in UNITS if w != "nul"}
_FY_TEENS = {"tsien": "tien", "alve": "elf", "tolve": "twaalf", "trettjin": "dertien", "fjirtjin": "veertien",
             "fyftjin": "vijftien", "sechstjin": "zestien", "santjin": "zeventien", "sântjin": "zeventien",
             "achttjin": "achttien", "njoggentjin": "negentien"}
# the tens, Frisian and Dutch tens said with a Frisian "-ich"
_FY_TENS = {"tweintich": "twintig", "twintich": "twintig", "tritich": "dertig", "dertich": "dertig",
            "fjirtich": "veertig", "veertich": "veertig", "fyftich": "vijftig", "vijftich": "vijftig",
            "sechstich": "zestig", "zestich": "zestig", "santich": "zeventig", "sântich": "zeventig",
            "zeventich": "zeventig", "tachtich": "tachtig", "njoggentich": "negentig", "negentich": "negentig"}
_NL_TENS = {w: w for w in TENS}
_FY_ORDINALS = {"earste": "eerste", "twadde": "tweede", "tredde": "derde", "fjirde": "vierde", "fyfde": "vijfde",
                "seisde": "zesde", "sânde": "zevende", "njoggende": "negende", "tsiende": "tiende", "alfde": "elfde",
                "tolfde": "twaalfde"}
_FY_MONTHS = {"jannewaris": "januari", "febrewaris": "februari", "maaie": "mei", "juny": "juni", "july": "juli",
              "septimber": "september", "novimber": "november", "desimber": "december"}
# the words around them that the rules read as cues
_FY_CUES = {"berne": "geboren", "jierdei": "verjaardag", "bertedatum": "geboortedatum", "skriuw": "schrijf",
            "nûmer": "nummer", "telefoannûmer": "telefoonnummer", "postkoade": "postcode", "namme": "naam",
            "hjit": "heet", "wurdt": "wordt", "wurd": "word", "wurde": "worden", "wenje": "woon", "wenne": "woon", "yn": "in", "dûbel": "dubbel", "dûbele": "dubbele"}
_FY_WORD = _Lazy(r"[^\W\d_]+")


_FY_BELOW100 = {**_FY_TENS, **_FY_TEENS, **_FY_UNITS}  # one lookup; where a word is in two, the units win, then teens
# words read one for one, the months first, then cue words, ordinals and the numbers below a hundred
_FY_SINGLE = {**_FY_BELOW100, **_FY_ORDINALS, **_FY_CUES, **_FY_MONTHS}


def _fy_below100(w: str) -> str | None:
    """The Dutch word for a Frisian number word below a hundred ("achtenfjirtich" -> "achtenveertig")."""
    if w in _FY_BELOW100:
        return _FY_BELOW100[w]
    for sep in ("en", "ën"):  # a unit, "en", the tens; one of the two Frisian
        for tens, dutch_tens in (*_FY_TENS.items(), *_NL_TENS.items()):
            if w.endswith(sep + tens):
                unit = w[:-len(sep + tens)]
                dutch_unit = _FY_UNITS.get(unit) or _NL_UNITS.get(unit)
                if dutch_unit and (unit in _FY_UNITS or tens in _FY_TENS):
                    return dutch_unit + "en" + dutch_tens
    return None


@lru_cache(maxsize=8192)
def frisian_word(word: str) -> str | None:
    """The Dutch word for a Frisian number, ordinal, month or cue word (lower case, accents as said), or None."""
    w = word.lower()
    if w in _FY_SINGLE:
        return _FY_SINGLE[w]
    got = _fy_below100(w)
    if got:
        return got
    for frisian, dutch in (("hûndert", "honderd"), ("hundert", "honderd"), ("tûzen", "duizend"), ("tuzen", "duizend")):
        if frisian in w:  # "trijehûndert", "hûndertfiif", "twatûzen"
            pre, _, post = w.partition(frisian)
            pre_d = "" if not pre else (_fy_below100(pre) or _NL_UNITS.get(pre) or _NL_TENS.get(pre))
            post_d = "" if not post else (_fy_below100(post) or _NL_UNITS.get(post) or _NL_TENS.get(post))
            if pre_d is not None and post_d is not None:
                return pre_d + dutch + post_d
    for end, cut in (("tjinde", 2), ("tichste", 3)):  # "fjirtjinde" -> "veertiende", "tweintichste" -> "twintigste"
        if w.endswith(end):
            got = _fy_below100(w[:-cut])
            if got:
                return got + w[-cut:]
    if w.endswith("strjitte") and len(w) > 10:  # a street: "Skoalstrjitte"
        return w[:-8] + "straat"
    return None


def frisian_as_dutch(text: str) -> str:
    """The text with each Frisian number, month and cue word replaced by its Dutch word (the rest as it was)."""
    if not any(map(frisian_word, _FY_WORD.findall(text))):  # most lines: no Frisian word (a quick look first)
        return text

    def one(m: re.Match[str]) -> str:
        got = frisian_word(m.group(0))
        if got is None:
            return m.group(0)
        return got.capitalize() if m.group(0)[:1].isupper() else got

    return _FY_WORD.sub(one, text)


_FY_SPACE = _Lazy(r"\S+")


def frisian_back(said: str, read: str, out: str) -> str:
    """`out` (what redaction made of `read`, the Dutch reading of `said`) with the words it left as `said` had them."""
    import difflib

    said_toks, read_toks, out_toks = _FY_SPACE.findall(said), _FY_SPACE.findall(read), _FY_SPACE.findall(out)
    if len(said_toks) != len(read_toks):  # cannot happen (one word for one word); keep what redaction made
        return out
    back: dict[str, str] = {}  # Dutch word -> as said, for the words a changed piece still holds
    said_words = {w.lower() for w in _FY_WORD.findall(said)}
    for s_tok, r_tok in zip(said_toks, read_toks):
        if s_tok != r_tok:
            for s_w, r_w in zip(_FY_WORD.findall(s_tok), _FY_WORD.findall(r_tok)):
                if s_w != r_w and r_w.lower() not in said_words:
                    back.setdefault(r_w, s_w)
    restored: dict[int, str] = {}  # index in out_toks -> the token as said
    sm = difflib.SequenceMatcher(None, read_toks, out_toks, autojunk=False)
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        if op == "equal":
            restored.update(zip(range(b0, b1), said_toks[a0:a1]))
        else:
            for b in range(b0, b1):  # the words of a changed piece, not those of its placeholders
                parts = _PLACEHOLDER_SPLIT.split(out_toks[b])
                parts[::2] = [_FY_WORD.sub(lambda m: back.get(m.group(0), m.group(0)), x) for x in parts[::2]]
                restored[b] = "".join(parts)
    k = iter(range(len(out_toks)))
    return _FY_SPACE.sub(lambda m: restored[next(k)], out)


# ---------------------------------------------------------------------------
# Round 50: number words as they are said in the regions (Low Saxon, Brabant, Limburg, Zeeland: "vieftig",
# "achtien", "zeuven", "zeuventig", "honderdzeuve", "zesse", "veerentachtig", a clipped "vierennegent") read as
# the Dutch number word, as the Frisian words above, and the cue words said around them ("wat zeg ie", "an de",
# "bie", "jao", "dien nummer", "oe nummer", "apenstoartje"). One spelling pattern, not a list: a word is read as
# the number word whose skeleton it shares, the skeleton folding the vowels that change from region to region
# (ie/ij/ei/ee as one, eu as e, oa as aa) and doubled consonants as one ("achttien" / "achtien", "zesse" / "zes"),
# the word also tried without an added final -e, with a dropped final -n ("zeuve") and with a clipped final -ig
# ("vierennegent", a compound only). A dialect word that is also an ordinary word ("veer", "teen") is read only
# next to another number; standard Dutch words are never read.
# ---------------------------------------------------------------------------
_DL_DOUBLE = _Lazy(r"([bcdfghjklmnpqrstvwxz])\1")
_DL_VOWELS = _Lazy(r"ij|ie|ei|ee")
_DL_EXTRA = {"vaaier": "vier", "vaier": "vier", "elluf": "elf", "twaalluf": "twaalf", "twalluf": "twaalf",
             "twalef": "twaalf", "ain": "een", "aine": "een",
             "ses": "zes", "zefen": "zeven", "sefen": "zeven"}  # round 51: digits said with an accent
# ordinary words that share a number's skeleton: read only next to another number ("de veer", "op je teen")
_DL_AMBIGUOUS = frozenset("veer teen ene drei ein eine ain aine twie dree zeve nege ach achte vijve tiene".split())
# the words before a noun: an ambiguous word after them is that noun ("het veer", "mijn teen")
_DL_NOUN_BEFORE = frozenset("de het t 't den een mijn je jouw uw zijn haar die dat dit deze ons onze".split())
# words never read as a number, whatever their skeleton (ordinary Dutch and dialect words)
_DL_NEVER = frozenset("zeg zie zij zei ie ee een die dit null tee thee".split())


def _dl_skeleton(w: str) -> str:
    w = w.replace("eu", "e").replace("oa", "aa").replace("achentig", "achtig")
    if "ach" in w:  # round 79: a "t" the recognizer dropped ("achenvijftig", "vierentachig")
        w = w.replace("tachig", "tachtig").replace("achen", "achten")
    return _DL_DOUBLE.sub(r"\1", _DL_VOWELS.sub("I", w))


def _dl_join(a: str, b: str) -> str:
    """Two skeletons one after the other, a doubled consonant where they meet as one ("honderd" "dertig")."""
    return a + b[1:] if a and b and a[-1] == b[0] and a[-1] not in "aeiouI" else a + b


@lru_cache(maxsize=1)
def _dl_table() -> dict[str, str]:
    """The skeleton of every Dutch number word a number is said with (0-999, the years 1800-1999 as one word, the
    ordinals to 31) and its Dutch word; built from the skeletons of the words' parts (quick at the first read)."""
    sk = _dl_skeleton
    below = {w: (sk(w), v) for w, v in (*UNITS.items(), *TEENS.items(), *TENS.items())}
    for u, uv in UNITS.items():
        if uv:
            for t, tv in TENS.items():
                below[u + "en" + t] = (_dl_join(sk(u) + "en", sk(t)), uv + tv)
    table: dict[str, str] = {}
    for w, (s, _) in below.items():
        table.setdefault(s, w)
    for pre in ("", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"):
        head = sk(pre) + "honderd"
        table.setdefault(head, pre + "honderd")
        for w, (s, v) in below.items():
            if v:
                table.setdefault(_dl_join(head, s), pre + "honderd" + w)
                table.setdefault(_dl_join(head + "en", s), pre + "honderden" + w)
    for century in ("negentien", "achttien"):
        for w, (s, v) in below.items():
            if v >= 10:
                table.setdefault(_dl_join(sk(century), s), century + w)
    ordinals = "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde".split()
    ordinals += [w + "de" for w, v in TEENS.items() if v > 12]
    ordinals += [w + "ste" for w, (_, v) in below.items() if 20 <= v <= 31]
    for w in ordinals:
        table.setdefault(sk(w), w)
    return table


_DL_FIRST = frozenset("neitdvzah")  # the first letters of the number words (and of their regional forms)
_DL_COMPOUND_END = _Lazy(r"en(?:twin|der|veer|vijf|zes|zeven|tach|negen)tig$")


@lru_cache(maxsize=8192)
def dialect_number(word: str) -> str | None:
    """The Dutch number word for a number word said the regional way ("vieftig" -> "vijftig", "zesse" -> "zes",
    "honderdzeuve" -> "honderdzeven"), or None (also for a Dutch number word itself)."""
    w = word.lower()
    if w in _DL_EXTRA:
        return _DL_EXTRA[w]
    if len(w) < 3 or w in _DL_NEVER or not w.isalpha():
        return None
    w = "".join(ch for ch in unicodedata.normalize("NFD", w) if not unicodedata.combining(ch))
    if w[0] not in _DL_FIRST:
        return None
    table = _dl_table()
    tries = [w]
    if w.endswith("e"):
        tries += [w[:-1], w + "n"]
    if w.endswith("t") and len(w) >= 8:
        tries.append(w + "ig")
    for k, c in enumerate(tries):
        std = table.get(_dl_skeleton(c))
        if std is None or std == w:
            continue
        if c.endswith("ig") and c != w and not w.endswith("ig") and not _DL_COMPOUND_END.search(std):
            continue  # a clipped -ig only on a compound ("vierennegent"), never "zest", "veert"
        return std
    return None


_DL_DETAIL_NOUNS = frozenset("nummer telefoonnummer nummertje mobiel bsn sofinummer burgerservicenummer naam achternaam "
                             "voornaam adres postcode rekeningnummer rekening iban geboortedatum mail email mailadres "
                             "emailadres huisnummer".split())
_DL_YOU_VERBS = frozenset("woont woon bunt bint bent zijt zij heet hiet hiete hebt het heb geboren".split())
_DL_ALWAYS = {"jao": "ja", "joa": "ja", "bie": "bij", "apenstoartje": "apenstaartje", "apestoartje": "apenstaartje",
              "apenstoart": "apenstaart", "bunt": "bent", "bint": "bent", "zijt": "bent", "hiet": "heet"}
_DL_WORD = _Lazy(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_DL_GATE = _Lazy(r"(?<![^\W_])(?:" + _trie_alt(("jao", "joa", "bie", "an", "dien", "oe", "ie", "gij", "ge", "bunt",
                                                    "bint", "zijt", "hiet", "den")) + r")(?![^\W_])|stoart", re.I)


def dialect_as_dutch(text: str) -> str:
    """The text with each regional number word and the cue words said around it read as Dutch (round 50)."""
    found = _DL_WORD.findall(text)
    if not any(map(dialect_number, found)) and not _DL_GATE.search(text):
        return text
    words = [(m.start(), m.end(), m.group(0)) for m in _DL_WORD.finditer(text)]
    lows = [w[2].lower() for w in words]
    nums = [dialect_number(low) for low in lows]
    n = len(lows)

    def number_at(k: int) -> bool:
        if not 0 <= k < n:
            return False
        return (nums[k] is not None and lows[k] not in _DL_AMBIGUOUS) or _plain_number(lows[k])

    read: dict[int, str] = {}
    for k, low in enumerate(lows):
        got = nums[k]
        if got is not None:
            noun = k > 0 and lows[k - 1] in _DL_NOUN_BEFORE  # "achter 't veer negen": a noun, a street's name
            if low not in _DL_AMBIGUOUS or (not noun and (number_at(k - 1) or number_at(k + 1))):
                read[k] = got
            continue
        nxt = lows[k + 1] if k + 1 < n else ""
        prev = lows[k - 1] if k else ""
        if low in _DL_ALWAYS:
            read[k] = _DL_ALWAYS[low]
        elif low == "an" and nxt in ("de", "den"):  # "an 't hooge" may be a street's own name
            read[k] = "aan"
        elif low == "den" and nxt and (ordinal_value(fold(nxt)) is not None or dialect_number(nxt) is not None):
            read[k] = "de"  # "geboren den drieëntwintigste van den achtste"
        elif low in ("dien", "oe") and nxt in _DL_DETAIL_NOUNS:
            read[k] = "jouw" if low == "dien" else "uw"
        elif low in ("ie", "gij", "ge") and (nxt in _DL_YOU_VERBS or (low == "ie" and prev in ("zeg", "zei", "zegt"))):
            read[k] = "je"
    if not read:
        return text
    return _with_words_read(text, words, read)


def _plain_number(low: str) -> bool:
    return (low.isascii() and low.isdigit()) or word_value(low) is not None


# ---------------------------------------------------------------------------
# Round 44: a number said in English inside Dutch talk (newcomers, seasonal and agency workers, expats: "zero six
# four seven ...", "plus four eight ...", "postcode nine four one one ay are", "rijnkade three"), read as Dutch for
# the rules and put back as said where nothing was taken out (as the Frisian reading above)
# ---------------------------------------------------------------------------
_EN_UNITS = {"zero": "nul", "one": "een", "two": "twee", "three": "drie", "four": "vier", "five": "vijf", "six": "zes",
             "seven": "zeven", "eight": "acht", "nine": "negen"}
_EN_MORE = {"ten": "tien", "eleven": "elf", "twelve": "twaalf", "thirteen": "dertien", "fourteen": "veertien",
            "fifteen": "vijftien", "sixteen": "zestien", "seventeen": "zeventien", "eighteen": "achttien",
            "nineteen": "negentien", "twenty": "twintig", "thirty": "dertig", "forty": "veertig", "fifty": "vijftig",
            "sixty": "zestig", "seventy": "zeventig", "eighty": "tachtig", "ninety": "negentig"}
_EN_INSIDE = {"oh": "nul", "double": "dubbel"}  # only between digits: "six oh four", "double five"
_EN_NUMBER = {**_EN_UNITS, **_EN_MORE}
# the words around an English number that the rules read as cues, read only on a line with such a number
_EN_CUES = {"number": "nummer", "phone": "telefoon", "mobile": "mobiel", "zip": "postcode", "citizen": "burgerservice",
            "your": "uw", "my": "mijn", "so": "dus", "okay": "oke", "ok": "oke", "yes": "ja", "and": "en", "the": "de",
            "street": "straat", "house": "huis", "birth": "geboorte"}
# English letter names (only those no Dutch speaker uses for the letter) after a postcode's digits
_EN_LETTERS = {"ay": "a", "aitch": "haa", "jay": "jee", "kay": "kaa", "are": "er", "ar": "er", "ess": "es",
               "ex": "iks", "zed": "zet", "cue": "ku", "queue": "ku"}
_NL_LETTER_WORDS = frozenset("a b c d e f g h i j k l m n o p q r s t u v w x y z bee cee dee ee ef gee haa ie jee kaa el "
                             "em en oo pee ku er es tee uu vee wee iks zet".split())
_EN_FILL = frozenset("eh uh um uhm ehm erm , - .".split())
_EN_GATE = _Lazy(r"(?<![^\W_])(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                      r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ay|are|ar|ess|zed|jay|kay)(?![^\W_])", re.I)
_EN_WORD = _Lazy(r"[^\W_]+(?:'[^\W_]+)?|[,.\-]")
_EN_HOUSE_CUES = frozenset("number nummer huisnummer nr".split())


def english_as_dutch(text: str) -> str:
    """The text with an English number stream read as Dutch ("zero six four seven" -> "nul zes vier zeven"): three
    digits said in English or more in a row, or one English number right after a street or "number" ("rijnkade
    three"); with it the cue words of its line and the English letter names after four digits ("nine four one one
    ay are"). A line of two letter names with an English one ("ay are", after a postcode's digits) is read too.
    English without such a stream stays as it was ("one day", "nine to five", "are you ok")."""
    if not _EN_GATE.search(text):
        return text
    words, lows = _en_words(text)
    n = len(lows)
    read: dict[int, str] = {}
    i = 0
    while i < n:
        if lows[i] not in _EN_NUMBER:
            i += 1
            continue
        j, units, idx = i, 0, []
        while j < n:
            low = lows[j]
            if low in _EN_NUMBER:
                idx.append(j)
                units += low in _EN_UNITS
            elif low in _EN_INSIDE and idx and j + 1 < n and lows[j + 1] in _EN_UNITS:
                idx.append(j)
                units += low == "oh"
            elif not (low in _EN_FILL and idx and j + 1 < n and lows[j + 1] in _EN_NUMBER):
                break
            j += 1
        before = lows[i - 1] if i > 0 else ""
        street = i > 0 and (_is_street_word(before) or before in _EN_HOUSE_CUES)
        # a postcode said in English tens ("postcode twelve thirty ay bee"): two numbers or more after its cue
        cued = len(idx) >= 2 and any(w in ("postcode", "zip") for w in lows[max(0, i - 3):i])
        if units >= 3 or (street and len(idx) <= 2) or cued:
            for k in idx:
                read[k] = {**_EN_NUMBER, **_EN_INSIDE}[lows[k]]
            # a postcode's letters in English after its four digits ("three five eight one ay are")
            if (units == 4 and len(idx) == 4) or cued:
                got = [k for k in range(j, min(j + 2, n)) if lows[k] in _EN_LETTERS or lows[k] in _NL_LETTER_WORDS]
                if len(got) == 2 and got == [j, j + 1] and any(lows[k] in _EN_LETTERS for k in got):
                    for k in got:
                        read[k] = _EN_LETTERS.get(lows[k], lows[k])
        i = j if j > i else i + 1
    if not read:
        # a line of two letter names, one of them English ("ay are", "el ay"), and nothing else but fillers
        core = [k for k, low in enumerate(lows) if low not in _EN_FILL and low not in _EN_LETTERS_LINE_FILL]
        if len(core) == 2 and all(lows[k] in _EN_LETTERS or lows[k] in _NL_LETTER_WORDS for k in core) \
                and any(lows[k] in _EN_LETTERS for k in core) and core[1] == core[0] + 1:
            for k in core:
                read[k] = _EN_LETTERS.get(lows[k], lows[k])
        if not read:
            return text
    else:
        for k, low in enumerate(lows):
            if k not in read and low in _EN_CUES and not (low == "citizen" and (k + 1 >= n or lows[k + 1] != "service")):
                read[k] = _EN_CUES[low]
    return _with_words_read(text, words, read)


def _en_words(text: str) -> tuple[list[tuple[int, int, str]], list[str]]:
    """The words of `text` as the English readings see them: (start, end, word) and each lower-cased."""
    words = [(m.start(), m.end(), m.group(0)) for m in _EN_WORD.finditer(text)]
    return words, [w[2].lower() for w in words]


def _with_words_read(text: str, words, read: dict[int, str]) -> str:
    """`text` with word k (its span in `words`) replaced by `read[k]`, capitalised as said (rounds 44 and 45)."""
    out, last = [], 0
    for k in sorted(read):
        a, b, raw = words[k]
        got = read[k]
        out.append(text[last:a])
        out.append(got.capitalize() if raw[:1].isupper() else got)
        last = b
    out.append(text[last:])
    return "".join(out)


_EN_LETTERS_LINE_FILL = frozenset("so yes and okay ok dus ja en oke then dan".split())


@lru_cache(maxsize=4096)  # round 50: a line is read several times (the line, the window, a held tail)
def as_dutch(text: str) -> str:
    """The text as the rules read it: Frisian (round 19), English (rounds 44, 45) and regional (round 50) number and cue
    words as Dutch."""
    return english_mixed_as_dutch(english_as_dutch(frisian_as_dutch(dialect_as_dutch(text))))


# ---------------------------------------------------------------------------
# Round 20: details said over several short lines (a bare street, its number asked for; the letters of a
# postcode or of "NL" on a line of their own; a digit pattern read back between a number's pieces)
# ---------------------------------------------------------------------------

# words around a bare street on its own line ("ja het spui", "aan het noordeinde"): no part of its name
_R20_FILL = HESITATIONS | frozenset("ja nee oke ok dus en dan nou zei u je het de t aan op in bij sorry toch "
                                    "klopt he hè meneer mevrouw goed zo".split())
# words that are no street's name on a line of their own before "welk nummer" ("de bus", "je kamer", "goed zo")
_R20_NOT_STREET = frozenset("""adres straat nummer huisnummer postcode woonplaats plaats huis woning flat deur welk welke
    wat waar hoe prima fijn mooi top precies juist inderdaad natuurlijk zeker duidelijk helder rustig even wacht
    moment momentje hallo hoi dag doei dank bedankt dankjewel dankuwel tot ziens super begrijp snap hoor echt ook nog
    weer sterkte welterusten telefoon mobiel telefoonnummer nummertje verdieping etage hoog brief formulier pas
    paspoort dossier klantnummer code pincode huisarts dokter praktijk ziekenhuis kamer lijn bus tram trein
    vraag vragen antwoord keer week jaar maand dagen kinderen""".split())
_R20_QUESTION = frozenset("welk welke wat is het en op nummer huisnummer nr meneer mevrouw dan oke ok ja daar van u je "
                          "erbij ook nog huis zei was dus de eh uh".split())
_R20_ANSWER_LEAD = frozenset("ja oke ok dus eh uh ehm hm het is nummer huisnummer nr op en dan".split())
_R20_UNITS = frozenset("jaar jaren uur euro keer minuten minuut dagen dag weken week maanden maand procent kilo km "
                       "meter seconden kinderen mensen pillen tabletten glazen flessen biertjes".split())
_R20_ORDINALS = frozenset("eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde "
                          "bovenste onderste".split())
_R20_SIDES = frozenset("voor achter links rechts".split())
_R20_ADDRESS_TALK = _Lazy(r"\b(?:adres|woon|woont|wonen|woonde|straat|verblijft|slaapt|huisnummer)\b", re.I)
_R20_STREET_HEADS = frozenset("achter voor over onder naast binnen buiten bij".split())
_R20_TITLES = frozenset("burgemeester dokter doctor professor generaal pastoor kapitein prins prinses koningin koning "
                        "graaf gravin jonkheer president minister admiraal sint pater dominee meester".split())
_R20_LETTER_FILL = frozenset("en dan de het eerste tweede laatste letter letters dubbel dubbele is ja zei je dus oke ok "
                             "eh uh hm nee".split())
_R20_PATTERN_TAIL = frozenset("in het midden aan begin eind einde achteraan vooraan erachter ervoor ja toch zei je klopt "
                              "oke ok dus eh uh".split())
_R20_REPEAT = frozenset(("dubbel", "dubbele", "driedubbel", "tweemaal", "driemaal", "keer"))


@lru_cache(maxsize=512)
def _r20_lows(raw: str) -> tuple[str, ...]:
    """The whitespace words of a line, bare and folded (read by several round 20 rules for the same few lines)."""
    return tuple(fold(_bare(w)) for w in _WS.findall(raw))


@lru_cache(maxsize=4096)
def _r20_number(low: str) -> int | None:
    """A word's value as a number (digits or a number word), None if it is none; asked for the same few words
    tens of thousands of times an hour by the round 20-27 passes."""
    if low.isdigit():
        return int(low) if len(low) <= 4 and low.isascii() else None  # not "¹"
    return word_value(low)


def _r20_bare_street(raw: str, out: str) -> list[int] | None:
    """The indexes of a street's name said alone on a line ("spui", "ja het spui", "aan het noordeinde", "lange
    poten"): one to three words that are no stop word, number, question or thing with a number of its own."""
    if "?" in raw or ("[" in out and any(p in out for p in PLACEHOLDERS if p != "[adres]")):
        return None
    lows = _r20_lows(raw)
    content = [i for i, w in enumerate(lows) if w and w not in _R20_FILL]
    if len(content) >= 2 and lows[content[0]] in _R20_STREET_HEADS and content[0] + 1 < len(lows) \
            and lows[content[0] + 1] in ("de", "het", "t"):
        head, content = content[0], content[1:]  # "achter de molen": a street named by where it lies
    else:
        head = None
    if not 1 <= len(content) <= 3 or len(lows) > 6:
        return None
    for i in content:
        w = lows[i]
        if not w.isalpha() or len(w) < 2 or w in STOP_WORDS or w in _NUMBERED_THINGS or w in _R20_NOT_STREET \
                or _r20_number(w) is not None or w in MONTHS:
            return None
    return content if head is None else [head, head + 1, *content]


def _r20_street_question(raw: str, out: str) -> list[int] | None:
    """"oké de esdoorn en welk nummer": a street said back and its number asked for in one line: the street's words."""
    lows = _r20_lows(raw)
    for j, w in enumerate(lows):
        if w in ("welk", "welke", "wat") and j >= 1:
            rest = [x for x in lows[j:] if x]
            if not _r20_number_question(" ".join(rest)):
                return None
            k = j
            while k > 0 and lows[k - 1] in ("en", "dan", ",", ""):
                k -= 1
            head = " ".join(_WS.findall(raw)[:k])
            if not head:
                return None
            return _r20_bare_street(head, " ".join(_WS.findall(out)[:k]) if raw != out else head)
    return None


def _r20_number_question(raw: str) -> bool:
    """"welk nummer", "en het huisnummer?", "welk nummer meneer": the house number asked for, nothing else."""
    lows = [w for w in _r20_lows(raw) if w]
    return bool(lows) and len(lows) <= 6 and any(w in HOUSE_NUMBER_CUES for w in lows) \
        and all(w in _R20_QUESTION for w in lows)


def _r20_answer(raw: str) -> tuple[list[int], bool] | None:
    """A house number at the start of a line ("zevenentwintig boven de winkel", "nummer tweehonderdzes", "ja zeven
    a"): the indexes of the number and its letter or addition, and whether "nummer" was said before it."""
    lows = _r20_lows(raw)
    i, cued = 0, False
    while i < len(lows) and lows[i] in _R20_ANSWER_LEAD:
        cued = cued or lows[i] in HOUSE_NUMBER_CUES
        i += 1
    if i >= len(lows):
        return None
    value = _r20_number(lows[i])
    if value is None or not 1 <= value <= 9999 or (lows[i] == "een" and not cued):
        return None
    nxt = lows[i + 1] if i + 1 < len(lows) else ""
    if nxt in _R20_UNITS or _r20_number(nxt) is not None:
        return None
    got = [i]
    if nxt and ((len(nxt) == 1 and nxt.isalpha()) or nxt in HOUSE_ADDITIONS):
        got.append(i + 1)
    return got, cued


def _r20_letters(raw: str) -> list[int] | None:
    """A line of letters only ("be es", "dubbel a", "x van xantippe", "en de tweede letter a", "iks"): their indexes."""
    lows = _r20_lows(raw)
    got = []
    for i, w in enumerate(lows):
        if not w:
            continue
        if (len(w) == 1 and w.isalpha() and w.isascii() and w != "u") or (w in LETTER_NAMES and w not in
                                                                           ("en", "je", "we", "er", "ie", "de")) \
                or w in SPELLING_ALPHABET or w == "ypsilon":
            got.append(i)
        elif w == "van" and got and i + 1 < len(lows) and lows[i + 1] in SPELLING_ALPHABET:
            got.append(i)
        elif w not in _R20_LETTER_FILL:
            return None
    return got or None


def _r20_nl(raw: str) -> list[int] | None:
    """The letters N and L said alone ("n l", "en el", "nl", "n van nico l van lodewijk"): their indexes."""
    lows = _r20_lows(raw)
    keep = [i for i, w in enumerate(lows) if w and w not in ("ja", "dus", "eh", "uh", "oke", "ok", "van")
            and not (i and lows[i - 1] == "van" and w in SPELLING_ALPHABET)]  # "n van nico": one letter
    said = "".join(SPELLING_ALPHABET.get(lows[i], {"en": "n", "el": "l", "em": "m"}.get(lows[i], lows[i]))
                   for i in keep)
    if said != "nl" or not all(len(lows[i]) <= 2 or lows[i] in SPELLING_ALPHABET for i in keep):
        return None
    return [i for i, w in enumerate(lows) if w and w not in ("ja", "dus", "eh", "uh", "oke", "ok")]


def _r20_pattern(raw: str) -> list[int] | None:
    """A digit pattern read back between a number's pieces ("dubbel vijf in het midden", "drie keer drie ja",
    "dubbel nul"): the indexes of its number words and "dubbel"/"keer"."""
    lows = _r20_lows(raw)
    nums = [i for i, w in enumerate(lows) if _r20_number(w) is not None and not w.isdigit()]
    reps = [i for i, w in enumerate(lows) if w in _R20_REPEAT]
    if not nums or not reps or len(nums) > 3:
        return None
    if any(w and i not in nums and i not in reps and w not in _R20_PATTERN_TAIL for i, w in enumerate(lows)):
        return None
    if any(_r20_number(lows[i]) > 9 for i in nums):
        return None
    return sorted(nums + reps)


def _r20_two_pairs(raw: str, out: str) -> list[int] | None:
    """A line that ends in two numbers of two digits, not redacted ("tweeëntwintig eenennegentig", "ik lees hem terug
    drieëntwintig zeventien"): a postcode's digits said in pairs. Their indexes."""
    if raw != out:
        return None
    lows = list(_r20_lows(raw))
    while lows and lows[-1] in ("ja", "toch", "he", "oke", "ok", ""):
        lows.pop()
    if len(lows) < 2:
        return None
    a, b = _r20_number(lows[-2]), _r20_number(lows[-1])
    if a is None or b is None or not 10 <= a <= 99 or not 10 <= b <= 99 or lows[-2].isdigit() or lows[-1].isdigit():
        return None
    if len(lows) > 2 and (_r20_number(lows[-3]) is not None or lows[-3] in ("tussen", "van", "om", "tot", "of")):
        return None
    return [len(lows) - 2, len(lows) - 1]


def _r20_titles_and_sides(lows: list[str], own: dict[int, str], marks: dict[int, str]) -> dict[int, str]:
    """A floor's side at the end of an address ("[adres] voor") and a title with its tussenvoegsels before a street
    named after someone ("burgemeester de [adres]")."""
    got: dict[int, str] = {}
    for i, w in enumerate(lows):
        if i in own or i in marks:
            continue
        if w in _R20_SIDES and own.get(i - 1) == "[adres]" and all(not x for x in lows[i + 1:]):
            got[i] = "[adres]"
        elif w in DWELLING_UNITS and own.get(i - 1) == "[adres]":
            j = i + 1 if i + 1 < len(lows) and lows[i + 1] not in ("nummer", "nr") else i + 2
            if j < len(lows) and (value := _r20_number(lows[j])) is not None and 1 <= value <= 9999:
                got.update({x: "[adres]" for x in range(i, j + 1)})  # "[adres] kamer vier": its room goes too
        elif w in _R20_TITLES:
            j = i + 1
            while j < len(lows) and lows[j] in TUSSEN and j not in own:
                j += 1
            if own.get(j) == "[adres]":
                got.update({x: "[adres]" for x in range(i, j)})
    first = min((i for i, lab in own.items() if lab == "[iban]"), default=None)
    if first is not None and first >= 2 and (lows[first - 2], lows[first - 1]) in (("n", "l"), ("en", "el")):
        got.update({first - 2: "[iban]", first - 1: "[iban]"})  # "n l [iban]": the country said in letters
    return got


_R20_NAME_QUESTION = frozenset("en wat is was uw je jouw zijn haar hun de het van hoe heet heette hij zij ze die dan "
                               "ook nog mag ik weet u vader moeder zoon dochter man vrouw vriend vriendin broer zus "
                               "buurman buurvrouw eh uh oke ok ja".split())
_R20_NOT_ANSWER = frozenset("idee geen onbekend vergeten vergeet kwijt moeilijk lastig geheim weet niet later zo even "
                            "wacht momentje snap hoor graag liever nee prima goed oke ok sorry hetzelfde zelfde "
                            "dezelfde anders zeggen zeg spellen spel letter letters klopt anoniem onbekend".split())


def _r20_name_question(raw: str) -> bool:
    """"en zijn achternaam", "wat is uw voornaam?", "hoe heet hij van achternaam": a name asked for, nothing else."""
    lows = [w for w in _r20_lows(raw) if w]
    return bool(lows) and len(lows) <= 8 and any(w in NAME_NOUNS for w in lows) \
        and all(w in NAME_NOUNS or w in _R20_NAME_QUESTION for w in lows)


def _r20_name_answer(lows: list[str]) -> list[int]:
    """The one or two words of a name said alone after it was asked for ("koster", "ja koster", "de wit")."""
    content = [i for i, w in enumerate(lows) if w and w not in ("ja", "eh", "uh", "dus", "oke", "ok", "hm")]
    words = [lows[i] for i in content]
    if not 1 <= len(content) <= 3 or any(not w.isalpha() for w in words):
        return []
    core = [i for i in content if lows[i] not in TUSSEN]
    if not 1 <= len(core) <= 2:
        return []
    for i in core:
        w = lows[i]
        if len(w) < 2 or w in STOP_WORDS or w in _R20_NOT_ANSWER or _r20_number(w) is not None or w in NAME_NOUNS:
            return []
    return content


def _r20_has_number(raw: str) -> bool:
    return any(_r20_number(w) is not None for w in _r20_lows(raw) if w)


def _r20_digits_only(raw: str, out: str) -> list[int] | None:
    """A line of two to six digits said one by one and nothing else ("een negen twee", "acht nul een ja"), not redacted
    and no count ("een twee drie"): their indexes."""
    if raw != out:
        return None
    lows = _r20_lows(raw)
    idx = [i for i, w in enumerate(lows) if w and w not in ("ja", "eh", "uh", "dus", "oke", "ok", "hm")]
    if not 2 <= len(idx) <= 6:
        return None
    values = [_r20_number(lows[i]) for i in idx]
    if any(v is None or v > 9 or lows[i].isdigit() for v, i in zip(values, idx)):
        return None
    if all(b == a + 1 for a, b in zip(values, values[1:])):  # counting up
        return None
    return idx


def _r20_number_first(lows: list[str], own: dict[int, str]) -> dict[int, str]:
    """The house number said first, then a street whose name starts with "de la" or "de le" ("ja honderdzes de la
    reyweg", "het is twaalf de la courtstraat"): number and street."""
    n = len(lows)
    for i in range(n - 3):
        if lows[i + 1] == "de" and lows[i + 2] in ("la", "le") and i not in own \
                and all(not w or w in _R20_ANSWER_LEAD or w == "woon" for w in lows[:i]):
            value = _r20_number(lows[i])
            street = lows[i + 3]
            if value is not None and 1 <= value <= 9999 and street.isalpha() and len(street) >= 5 \
                    and _is_street_word(street) and (i + 4 >= n or lows[i + 4] in ("in", "te", "ja", "toch", "")):
                return {x: "[adres]" for x in range(i, i + 4)}
    return {}


def _r20_glued(raw: str, out: str, prev_raw: str, prev_out: str) -> tuple[dict[int, str], dict[int, str]]:
    """A word spelled (or said in pieces) in one line and said whole in the other: ({this line's}, {the other's})."""
    def pieces(r: str) -> list[tuple[int, str]]:
        ws = _r20_lows(r)
        got = []
        for i, w in enumerate(ws):
            if i and ws[i - 1] == "van" and w in SPELLING_ALPHABET and got:
                got.append((i, ""))  # "k van karel": the letter said already
            elif w == "van" and i + 1 < len(ws) and ws[i + 1] in SPELLING_ALPHABET and got:
                got.append((i, ""))
            elif len(w) == 1 and w.isalpha():
                got.append((i, w))
            elif w in SPELLING_ALPHABET:
                got.append((i, SPELLING_ALPHABET[w]))
            elif w in LETTER_NAMES and w not in ("en", "je", "we", "er", "ie", "de", "a"):
                got.append((i, LETTER_NAMES[w]))
            elif w.isalpha():
                got.append((i, w + "*"))  # a word piece ("amrani")
            else:
                got.append((i, "#"))
        return got

    def whole(r: str) -> dict[str, int]:
        return {w: i for i, w in enumerate(_r20_lows(r)) if len(w) >= 5 and w.isalpha()}

    def runs_of(r: str) -> dict[str, list[int]]:
        if not any(len(w) == 1 and w.isalpha() and w != "u" for w in _r20_lows(r)):
            return {}  # no letter said on its own: nothing spelled or dictated in pieces
        ps = pieces(r)
        found: dict[str, list[int]] = {}
        for a in range(len(ps)):
            text, letters, idx = "", 0, []
            for b in range(a, min(len(ps), a + 16)):
                i, p = ps[b]
                if p == "#":
                    break
                if p.endswith("*"):
                    text += p[:-1]
                else:
                    text += p
                    letters += 1 if p else 0
                idx.append(i)
                if letters >= 1 and len(idx) >= 2 and len(text) >= 5 and ps[a][1] and ps[b][1]:
                    found.setdefault(text, list(idx))
        return found

    def said_whole_in(whole_raw: str, whole_marks: dict[int, str], spelled_raw: str, spelled_marks: dict[int, str],
                      to_whole: dict[int, str], to_spelled: dict[int, str]) -> None:
        """The word said whole in one line that the other line spelled: both go, under the label either has."""
        wholes = whole(whole_raw)
        if not wholes:
            return
        for text, idx in runs_of(spelled_raw).items():
            i = wholes.get(text)
            if i is not None:
                lab = whole_marks.get(i) or next((spelled_marks[x] for x in idx if x in spelled_marks), "[naam]")
                to_whole[i] = lab
                to_spelled.update({x: lab for x in idx})

    mine: dict[int, str] = {}
    theirs: dict[int, str] = {}
    own_marks = _redacted_words(raw, out) if raw != out else {}
    prev_marks = _redacted_words(prev_raw, prev_out) if prev_raw != prev_out else {}
    said_whole_in(raw, own_marks, prev_raw, prev_marks, mine, theirs)  # spelled before, said whole now
    said_whole_in(prev_raw, prev_marks, raw, own_marks, theirs, mine)  # said whole before, spelled now
    return mine, theirs


def _r20_intl_prefix(lows: list[str], marks: dict[int, str]) -> dict[int, str]:
    """"dubbel nul veertig dat is roemenië toch en dan [nummer]": a number dialled abroad starts with 00 and the
    country's code; said before the number's pieces in the same line, they go with them."""
    n = len(lows)
    for i in range(n - 2):
        if (lows[i], lows[i + 1]) in (("dubbel", "nul"), ("nul", "nul")) and i not in marks and i + 1 not in marks:
            code = _r20_number(lows[i + 2])
            if code is None or not 1 <= code <= 999:
                continue
            after = [marks.get(x) for x in range(i + 3, min(n, i + 12))]
            if any(lab in ("[nummer]", "[telefoonnummer]") for lab in after):
                return {x: "[telefoonnummer]" for x in range(i, i + 3)}
    return {}


_R20_INTERJECTIONS = frozenset("hmm hm hmmm pff okee okay oke ok mm mmm tja goh ach jeetje jee nou oh och zeg joh wauw wow "
                               "oei ai au oef hoi hallo ja nee jawel sorry dus want maar kijk luister hee hey he hé "
                               "welkom dag doei moi mooi fijn prima top kom allee hallootjes".split())
_R20_TIME_BEFORE = frozenset("om tot na rond over half kwart voor tegen sinds vanaf".split())
_R20_SOUND = _Lazy(r"(?:[mh]+|[eu]+h*m+|p+f+[ft]*|p?[fs]?j?oe+h*|t?sja+|nja+|ja+|nee+|o+ke+j?|ok[ie]do|a+h+|o+h+|"
                        r"hu+h|wo+w|jo+h|hee+|hé+|tja+|ai+|au+|oei+)")
_R20_CALLED = frozenset("noemen noemt noemde zeggen zegt zei".split())
_R20_NICK_NOUNS = frozenset("afkorting verkorting bijnaam roepnaam koosnaam".split())
_R20_YOU_VERBS = frozenset("bent hebt heeft kan kunt mag moet klinkt doet hoeft blijft bleef was had zit zat staat "
                           "weet wil wilt".split())


def _r20_name_word(w: str, short: bool = False) -> bool:
    """A word that may be a first name: no ordinary or stop word (a short one, "mo", only where the form says so)."""
    return w.isalpha() and (len(w) >= 3 or (short and len(w) == 2)) and w not in STOP_WORDS \
        and w not in _R20_INTERJECTIONS and not _R20_SOUND.fullmatch(w) and _r20_number(w) is None and (short or w not in ORDINARY_WORDS) \
        and w not in TUSSEN and not w.endswith(("avond", "morgen", "middag", "nacht", "dag")) \
        and not w.startswith(("goe", "welkom", "bedankt", "dank"))


def _r20_nicknames(lows: list[str], own: dict[int, str]) -> dict[int, str]:
    n = len(lows)
    got: dict[int, str] = {}
    start = 0
    while start < n and lows[start] in ("ja", "dus", "oke", "ok", "en", "eh", "uh"):
        start += 1
    if start >= n:
        return got
    first = lows[start]
    nxt = list(lows[start + 1:start + 4])
    # "gosia dat is een afkorting van małgorzata", "bob is kort voor robert"
    for j in range(start + 1, min(n - 1, start + 6)):
        if (lows[j] in _R20_NICK_NOUNS or lows[j] == "kort") and lows[j + 1] in ("van", "voor"):
            between = lows[start + 1:j]
            if all(w in ("dat", "het", "is", "een", "de", "zijn", "haar", "je", "jouw", "uw") for w in between) \
                    and _r20_name_word(first, short=True) and first not in ("dat", "het"):
                got[start] = "[naam]"
                if j + 2 < n and _r20_name_word(lows[j + 2], short=True) and lows[j + 2] not in ("de", "het"):
                    got[j + 2] = "[naam]"
            break
    # "mo zeggen ze", "mo noemen ze je"
    if nxt[:2] in (["zeggen", "ze"], ["noemen", "ze"], ["zegt", "iedereen"], ["noemt", "iedereen"]) \
            and _r20_name_word(first, short=True):
        got[start] = "[naam]"
    # "abdulrahman maar ze noemen je [naam]", "abdulrahman, maar iedereen zegt abdul"
    if len(nxt) >= 3 and nxt[0] == "maar" and (nxt[1] in ("ze", "iedereen", "men", "je", "jullie", "wij", "we")
                                              and nxt[2] in _R20_CALLED) and _r20_name_word(first):
        got[start] = "[naam]"
    # "nour je bent nu veilig", "nour, jij hebt ..."
    if start == 0 and len(nxt) >= 2 and nxt[0] in ("je", "jij", "u") and nxt[1] in _R20_YOU_VERBS \
            and _r20_name_word(first) and start not in own:
        got[start] = "[naam]"
    return got


def _r20_check_digits(lows: list[str], marks: dict[int, str]) -> list[int]:
    n = len(lows)
    got = []
    for i, w in enumerate(lows):
        if i in marks or not w or i + 1 >= n or (i + 1) not in marks:
            continue
        value = _r20_number(w)
        if value is None or not 10 <= value <= 99 or (w.isdigit() and len(w) != 2):
            continue
        after = [marks.get(x) for x in range(i + 1, n) if x in marks]
        numberlike = any(lab in ("[iban]", "[telefoonnummer]", "[nummer]") for lab in after)
        sandwich = (i - 1) in marks and marks[i - 1] in ("[naam]", "[postcode]", "[iban]") \
            and marks[i + 1] in ("[naam]", "[postcode]", "[iban]")
        before_ok = i == 0 or (i - 1) in marks or lows[i - 1] in ("dus", "ja", "is", "eh", "uh", "terug", "het", "")
        if (numberlike and marks[i + 1] in ("[iban]", "[naam]", "[postcode]") and before_ok) or sandwich:
            got.append(i)
    return got


# ---------------------------------------------------------------------------------------------------------------
# Round 21: two more ways of saying a detail, each one Dutch speaking habit (read on one line, after the rules).
#
# 1. The house number said first, before the street ("dus tweeëntwintig aan de [adres] in appingedam", "nummer
#    acht op de [adres]"): one or two number words right before "aan/op de/het [adres]" go with the street. Not after
#    a word of time or count ("om acht aan de [adres]", "al twintig jaar aan de [adres]": "jaar" breaks the form).
# 2. The area code said first with the town it belongs to, then the rest of the number ("nul vijf twee acht voor
#    hoogeveen en dan [telefoonnummer]"): "nul" and one to three more digit words before "voor/van" and a word, with
#    a phone number later in the same line.
_R21_HOUSE_FIRST = _Lazy(
    r"(?<![\w\[])((?:[^\W\d_]+|\d{1,4})(?:\s+(?:[^\W\d_]+|\d{1,4}))?)\s+((?:aan|op)\s+(?:de|het|t|'t)\s+\[adres\])",
    re.IGNORECASE)
_R21_NOT_BEFORE = frozenset("om tot na rond over half kwart voor tegen sinds vanaf al jaar jaren maanden weken keer "
                            "uur minuten met z'n zn".split())
_R21_AREA = _Lazy(
    r"(?<![\w\[])(nul(?:\s+(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|nul)){2,3})(\s+(?:voor|van)\s+[^\W\d_]+\b)"
    r"(?=.*\[(?:telefoonnummer|nummer)\])", re.IGNORECASE)


# 3. A name read back after the name of its field, with no "is" ("voornaam geertje", "achternaam dus koster").
# 4. A surname with a particle said with its first name ("anke van 't hof", "krijn ten brink"), or followed by how it
#    is written ("van der molen los geschreven", "ten brink met ten los", "vandermolen aan elkaar").
# 5. The year said after a birth date in the same line ("op [datum] geboren zei je, in 1999").
# 6. A pitch or plot on a camping or park where someone lives, with its letter and number ("standplaats b negen").
# 7. A street that is an ordinary word with its number and then its village ("aan de brink drie in dwingeloo").
_R21_FIELD = _Lazy(r"\b(voornaam|achternaam|roepnaam|meisjesnaam|familienaam)((?:\s+(?:dus|eh|ehm|ja))*)\s+"
                        r"([^\W\d_][\w'-]*)", re.IGNORECASE)
_R21_PARTICLES = r"(?:van\s+(?:'t|t|de|der|den|het)|ten|ter|in\s+(?:'t|t|het)|op\s+(?:'t|t|de|ten)|van|de|te)"
_R21_FIRST_PARTICLE = _Lazy(rf"\b([^\W\d_]+)\s+({_R21_PARTICLES})\s+([^\W\d_]{{2,}})\b", re.IGNORECASE)
_R21_WRITTEN = _Lazy(rf"(?<![\w\[])((?:{_R21_PARTICLES})\s+[^\W\d_]{{2,}})(?=\s+(?:los\b|aan\s+elkaar|met\s+(?:ten|ter|van|de|der|den)\s+los))",
                          re.IGNORECASE)
_R21_YEAR_AFTER = _Lazy(r"\bin\s+((?:19|20)\d\d|(?:negentien|tweeduizend)(?:\s*[^\W\d_]+)?)\b", re.IGNORECASE)
_R21_PITCH = _Lazy(r"\b(standplaats|staanplaats|kavel|kavelnummer|plaatsnummer|chalet|chaletnummer|bungalownummer)"
                        r"\s+((?:[a-z]\s+)?(?:nummer\s+)?(?:\d{1,4}|[^\W\d_]+))\b", re.IGNORECASE)
_R21_STREET_VILLAGE = _Lazy(r"\b(aan|op)\s+(de|het|t|'t)\s+([^\W\d_]{3,})\s+([^\W\d_]+|\d{1,4})\s+in\s+([^\W\d_]{4,})\b",
                                 re.IGNORECASE)
_R21_NUMBERED_THINGS = frozenset("kamer bus lijn tafel bed verdieping etage afdeling groep klas hoofdstuk pagina bladzijde "
                                 "plek stoel rij baan veld perron spoor gang cel unit poort ingang uitgang paviljoen "
                                 "vak stand zaal school week dag jaar uur keer".split())


# what may come before a field's name read back ("ja voornaam geertje", "en achternaam koster")
_R21_FIELD_LEAD = frozenset("ja en dus oke ok eh ehm uh hm nou de het sorry goed mooi prima dan".split()) | {"[naam]"}
_R21_FIELD_NOT = frozenset("en of van weet niet graag staat stond klopt heb hebt heeft had punt at et apenstaartje streepje "
                           "liggend underscore noemen noem noemt gebruiken gebruik spellen spel spelt schrijven schrijf "
                           "zeggen zeg zegt opschrijven invullen vul geven geef weten ook nog alleen eerst".split())
# the fixed phrases with "ten" and "ter" ("ten slotte", "ter plaatse"): no surname
_R21_TEN_PHRASES = frozenset("slotte minste eerste tweede derde behoeve dele opzichte laste onrechte zuiden noorden oosten "
                             "westen einde tijde huize koste gevolge aanzien volle hoogste spijt overstaan val gronde "
                             "plaatse sprake zake hoogte beschikking info informatie herinnering wereld dood ziele "
                             "discussie inzage kennisname vergelijking verantwoording zijde".split())


def _r21_name_word(low: str, strict: bool) -> bool:
    if low in STOP_WORDS or word_value(low) is not None or low in FILLERS or low in _R20_INTERJECTIONS:
        return False
    return not strict or low not in ORDINARY_WORDS or low in FIRST_NAMES or low in FIRST_NAMES_MORE


_R21_AREA_TOWN = _Lazy(r"\[telefoonnummer\]\s+(?:voor|van)\s+[^\W\d_]+\s*$")
_R21_REST = _Lazy(r"^((?:(?:en|dan|ja|eh|ehm|oke|dus)\s+)*)((?:[^\W\d_]+|\d{1,4})(?:\s+(?:[^\W\d_]+|\d{1,4})){0,5})\s*$",
                       re.IGNORECASE)
# 8. The country letters and check digits of an IBAN, a "ja", then its bank ("n l vijfentwintig ja knab").
# 9. The house number first, then its street after "en dan" or "aan" ("nummer zeventien b en dan de X"): a word no
#    list knows as ordinary.
_R21_IBAN_HEAD = _Lazy(r"(?<![\w\[])((?:n\s+l|nl|en\s+el)\s+[^\W\d_]+)((?:\s+(?:ja|eh|ehm|dus|oke|en\s+dan))+\s+)"
                            r"(knab|rabo|rabobank|ing|abn|sns|asn|triodos|bunq|regiobank|revolut|\[iban\])\b", re.IGNORECASE)
_R21_STREET_AFTER = _Lazy(r"(\[adres\])((?:\s+[a-z])?\s+(?:en\s+dan\s+|aan\s+|op\s+)(?:de|het|t|'t)\s+)([^\W\d_]{4,})\b",
                               re.IGNORECASE)


def redact_round21(text: str) -> str:
    """Round 21, one line: a name read back after its field ("voornaam mirjam"), a surname with a particle said
    with its first name or "los geschreven", an IBAN's "n l" and check digits before its bank, a street word after
    a redacted address, a birth year after the birth date, a camping pitch, an ordinary-word street with its number
    and village. Each form is looked for only where a cheap word test says it can be there: the rules run on every
    logged line, and again on what the window's passes made of it (Redactor._redact_read)."""
    low_text = text.lower()
    if "naam" in low_text:
        def field(m: re.Match[str]) -> str:
            w = fold(m.group(3).lower())
            before = text[:m.start()].split()
            lead = fold(_bare(before[-1]).lower()) if before else ""
            if lead and lead not in _R21_FIELD_LEAD:
                return m.group(0)  # "bij mijn voornaam noemen": the field named in a sentence, not read back
            if w in _R21_FIELD_NOT or not _r21_name_word(w, False) or w in _R20_NOT_ANSWER or w in NAME_NOUNS:
                return m.group(0)
            return m.group(1) + m.group(2) + " [naam]"
        text = _R21_FIELD.sub(field, text)
    if " van " in low_text or " ten " in low_text or " ter " in low_text or " de " in low_text or " te " in low_text \
            or " in " in low_text or " op " in low_text or low_text.startswith(("van ", "ten ", "ter ")):
        def first_particle(m: re.Match[str]) -> str:
            first, part, sur = m.group(1), m.group(2), m.group(3)
            lf, ls = fold(first.lower()), fold(sur.lower())
            plain = part.lower() in ("van", "de", "te", "op de", "van de", "van het", "in het", "op ten")
            if lf in ORDINARY_WORDS or not lf.isalpha() or len(lf) < 3:
                return m.group(0)
            if lf not in FIRST_NAMES and lf not in FIRST_NAMES_MORE and (
                    plain or lf in STOP_WORDS or lf in _R20_INTERJECTIONS or not lf.isascii() or name_score(lf) < 0.5):
                return m.group(0)  # a word no list knows goes before a particle only names have ("anke ten brink")
            if not _r21_name_word(ls, plain) or ls in _R21_TEN_PHRASES:
                return m.group(0)
            return "[naam] [naam]"
        text = _R21_FIRST_PARTICLE.sub(first_particle, text)
        text = _R21_WRITTEN.sub(lambda m: m.group(0) if not _r21_name_word(fold(m.group(1).split()[-1].lower()), False)
                                else "[naam]", text)
    if "n" in low_text and ("l " in low_text or " el " in low_text):
        def iban_head(m: re.Match[str]) -> str:
            if _r20_number(fold(m.group(1).split()[-1].lower())) is None:
                return m.group(0)
            bank = m.group(3)
            return "[iban]" + m.group(2) + ("[iban]" if not bank.startswith("[") else bank)
        text = _R21_IBAN_HEAD.sub(iban_head, text)
    if "[adres]" in text:
        def street_after(m: re.Match[str]) -> str:
            w = fold(m.group(3).lower())
            if w in ORDINARY_WORDS or w in STOP_WORDS or not w.isalpha() or _r20_number(w) is not None \
                    or w in FIRST_NAMES or w in FIRST_NAMES_MORE:
                return m.group(0)
            return m.group(1) + m.group(2) + "[adres]"
        text = _R21_STREET_AFTER.sub(street_after, text)
    if "[datum]" in text and _BORN.search(text):
        text = _R21_YEAR_AFTER.sub(lambda m: "in [datum]" if m.start() > text.find("[datum]") else m.group(0), text)
    if "plaats" in low_text or "kavel" in low_text or "chalet" in low_text or "bungalow" in low_text:
        def pitch(m: re.Match[str]) -> str:
            last = fold(m.group(2).split()[-1].lower())
            if not (last.isdigit() or _r20_number(last) is not None):
                return m.group(0)
            return "[adres]"
        text = _R21_PITCH.sub(pitch, text)
    if " in " in low_text and ("aan " in low_text or "op " in low_text):
        def street_village(m: re.Match[str]) -> str:
            street, num, town = (fold(x.lower()) for x in (m.group(3), m.group(4), m.group(5)))
            n = int(num) if num.isdigit() else _r20_number(num)
            if n is None or n <= 0 or num == "een" or street in _R21_NUMBERED_THINGS or not street.isalpha() \
                    or town in ORDINARY_WORDS or not _r21_name_word(street, False):
                return m.group(0)
            return f"{m.group(1)} {m.group(2)} [adres] in [adres]"
        text = _R21_STREET_VILLAGE.sub(street_village, text)
    if "[adres]" in text:
        def house_first(m: re.Match[str]) -> str:
            words = m.group(1).split()
            keep: list[str] = []
            nums = []
            for w in words:
                low = fold(w.lower())
                nums.append(_r20_number(low))
            # the number words at the end of group 1 (one or two), before the street
            k = len(words)
            while k > 0 and nums[k - 1] is not None and 0 < nums[k - 1] < 1000:
                k -= 1
            if k == len(words):
                return m.group(0)
            keep = words[:k]
            before = text[:m.start()].split()
            prev = keep[-1] if keep else (before[-1] if before else "")
            if fold(_bare(prev).lower()) in _R21_NOT_BEFORE:
                return m.group(0)
            if len(words) - k == 1 and fold(words[-1].lower()) == "een":
                return m.group(0)  # "een aan de [adres]": an article or a count
            return " ".join(keep + ["[adres]"]) + " " + m.group(2)
        text = _R21_HOUSE_FIRST.sub(house_first, text)
    if ("[telefoonnummer]" in text or "[nummer]" in text) and "nul" in text.lower():
        said = _R21_AREA.sub(lambda m: "[telefoonnummer]" + m.group(2), text)
        if said != text:  # the rest of the number after its area code is a phone number too
            text = said.replace("[nummer]", "[telefoonnummer]")
    return text


# ---------------------------------------------------------------------------
# Round 22: how Dutch callers and workers spell and read back, said in one sentence each
# ---------------------------------------------------------------------------
# 1. Letters are spelled with the international spelling alphabet ("papa golf", "india november golf bravo"): two of
#    its words in a row (or one next to what was already redacted, alone on its line) are letters, not talk; the four
#    digits of a postcode just before go with them, and the same letters read back right after ("dus k n").
_R22_NATO = {"alfa": "a", "alpha": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f",
             "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j", "kilo": "k", "lima": "l",
             "mike": "m", "november": "n", "oscar": "o", "papa": "p", "quebec": "q", "romeo": "r", "sierra": "s",
             "tango": "t", "uniform": "u", "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x", "yankee": "y",
             "zulu": "z"}
_R22_NATO_BETWEEN = frozenset("nee eh uh ehm of sorry".split())
# a word before that makes the words a thing, a place or a time ("de echo", "in hotel india", "mijn papa")
_R22_NATO_BEFORE_NOT = frozenset("de het een t mijn m n zijn haar jouw je uw ons onze hun naar in op met uit bij voor per "
                                 "tijdens sinds tot na om elke iedere deze die dat welk welke aan over als zoals".split())
_R22_BANK_CODES = frozenset("abna ingb rabo snsb asnb rbrb knab bunq trio".split())
_R22_READBACK_FILL = frozenset("dus ja oke ok nee zeg zegt zei u je klopt dat goed eh uh en dan de letters letter is was "
                               "toch he net als".split())
_R22_PH_LABELS = frozenset(("[naam]", "[postcode]", "[iban]"))
_R22_SAID_TAIL = frozenset(("zegt", "u", "zei", "je"))  # a number read back with "zegt u" before it goes on


def _bare_letter(low: str, u_too: bool = False) -> bool:
    """A letter said bare ("k"); "u" only where `u_too` (else it is the word "u")."""
    return len(low) == 1 and low.isascii() and low.isalpha() and (u_too or low != "u")


def _r22_letter(low: str) -> str | None:
    """A letter said bare or by its name ("k", "ka", "pee"); not a short word ("en", "je", "u")."""
    if _bare_letter(low):
        return low
    if low in LETTER_NAMES and low not in ("en", "je", "we", "er", "ie", "de", "be", "te", "ge", "pe", "ve", "a"):
        return LETTER_NAMES[low]
    return None


def _r22_postcode_digits_before(lows: tuple[str, ...], start: int) -> int | None:
    """The index where four postcode digits said just before `start` begin ("drieëndertig achttien", "drie nul twee
    zeven", "3317"), or None."""
    digits, b = "", start
    while b > 0 and len(digits) < 4:
        w = lows[b - 1]
        if w in ("eh", "uh", "ehm"):
            b -= 1
            continue
        if w.isdigit() and w.isascii():
            if len(w) not in (1, 2, 4):
                return None
            digits = w + digits
        else:
            v = _r20_number(w)
            if v is None or v > 99:
                break
            digits = str(v) + digits
        b -= 1
    return b if len(digits) == 4 and digits[0] != "0" else None


def _r22_nato(words: list[str], lows: tuple[str, ...]) -> dict[int, str]:
    """Rule 1 on one line: {index: placeholder} of the spelling-alphabet letters (and what goes with them)."""
    marks: dict[int, str] = {}
    n = len(lows)
    i = 0
    while i < n:
        ph_i = words[i] in _R22_PH_LABELS
        if lows[i] not in _R22_NATO and not (ph_i and i + 1 < n and lows[i + 1] in _R22_NATO):
            i += 1
            continue
        start, k, nato, has_ph = i, i, [], False
        while k < n:
            if lows[k] in _R22_NATO:
                nato.append(k)
            elif words[k] in _R22_PH_LABELS:
                has_ph = True
            elif not (lows[k] in _R22_NATO_BETWEEN and nato and k + 1 < n and lows[k + 1] in _R22_NATO):
                break
            k += 1
        end = k  # the run is start .. end - 1
        while end > start and lows[end - 1] in _R22_NATO_BETWEEN:
            end -= 1
        i = max(k, i + 1)
        before = lows[start - 1] if start > 0 else ""
        pc = _r22_postcode_digits_before(lows, start)
        if len(nato) >= 2:
            if before in _R22_NATO_BEFORE_NOT and len(nato) < 3 and pc is None:
                continue
            if "november" in (lows[x] for x in nato) and (_r20_number(before) is not None
                                                         or (end < n and _r20_number(lows[end]) is not None
                                                             and lows[nato[-1]] == "november")):
                continue  # "tien november", "november negentien": a date
        elif not (nato and has_ph and all(lows[x] in FILLERS or lows[x] in _R22_READBACK_FILL or x in range(start, end)
                                          for x in range(n) if lows[x])):
            continue  # one word of the alphabet next to a placeholder, alone on its line ("[naam] echo")
        letters = "".join(_R22_NATO[lows[x]] for x in nato)
        label = "[naam]"
        if len({lows[x] for x in nato}) == 1 and len(nato) <= 2 and pc is None:
            continue  # one word said twice ("echo echo", "papa nee papa")
        if len(nato) == 2 and pc is None and all(lows[x] in ORDINARY_WORDS for x in nato) \
                and any(lows[x] and x not in range(start, end) and lows[x] not in FILLERS
                        and lows[x] not in _R22_READBACK_FILL and words[x] not in PLACEHOLDERS for x in range(n)):
            continue  # two ordinary words ("hotel golf is dicht"): letters only when the line is nothing else
        if pc is not None and len(letters) == 2:
            label, start = "[postcode]", pc
        elif letters == "nl" or (len(letters) == 4 and letters in _R22_BANK_CODES):
            label = "[iban]"
        elif len(letters) == 2:
            label = "[postcode]"
        else:
            label = next((words[x] for x in range(start, end) if words[x] in _R22_PH_LABELS), label)
        for x in range(start, end):
            if lows[x] and words[x] not in PLACEHOLDERS:
                marks[x] = label
        # the same letters read back right after ("kilo november dus k n")
        j = end
        while j < n and lows[j] in _R22_READBACK_FILL:
            j += 1
        got, e = "", j
        while e < n and (c := _r22_letter(lows[e])) is not None and len(got) < len(letters):
            got += c
            e += 1
        if got and got == letters:
            marks.update({x: label for x in range(j, e)})
            i = max(i, e)
    return marks


# 2. A name is read back with how it is written ("van den bergh met h", "van 't hoff met apostrof t"), asked to be
#    used ("mag ik gosia zeggen"), written down as heard ("ik schrijf het op als woitsjik"), said after its field and
#    "is" ("zijn achternaam is ook bakker"), given as initials ("de voorletters j p"), or said as the official form of
#    a nickname ("abraham officieel").
_R22_WRITE_LETTERS = frozenset("ij ei ou au ui ph ch ck dt th sch".split())
_R22_WRITE_WORDS = frozenset("apostrof hoofdletter trema accent streepje koppelteken".split())
_R22_FIELD = NAME_NOUNS - {"naam"}
_R22_FIELD_NOT = frozenset("genoeg anders lastig moeilijk makkelijk lang kort bekend onbekend geheim hetzelfde dezelfde "
                           "gelijk raar mooi apart bijzonder niet nog al wel ook dus eh ehm ja nee gewoon leuk heel erg "
                           "een de het hier daar veranderd vergeten belangrijk nodig niks niets iets".split())
_R22_OFFICIAL = frozenset(("officieel", "voluit", "officiele"))
_R22_POSSESSIVES = POSSESSIVES | {"jullie"}
_R22_ROLES = frozenset("begeleider begeleidster mentor hulpverlener therapeut huisarts casemanager behandelaar coach "
                       "bewindvoerder voogd buurman buurvrouw overbuurman overbuurvrouw huisgenoot vriend vriendin "
                       "broer zus zusje broertje zoon dochter collega partner ex huisbaas verhuurder".split())


def _r22_namey(low: str, strict: bool = True) -> bool:
    if not low.isalpha() or len(low) < 2 or not _r21_name_word(low, False) or low in TUSSEN:
        return False
    return not strict or low not in ORDINARY_WORDS or low in FIRST_NAMES or low in FIRST_NAMES_MORE




def _r22_names(words: list[str], lows: tuple[str, ...]) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    for i, w in enumerate(lows):
        if w == "met" and 0 < i and i + 1 < n:
            # how a name is written: "bergh met h", "hoff met apostrof t", "meijer met ij"
            j = i + 1
            if lows[j] == "een" and j + 1 < n:
                j += 1
            said = lows[j]
            if said in _R22_WRITE_WORDS:
                ok = True
            elif said in _R22_WRITE_LETTERS or (len(said) == 1 and said.isalpha() and said not in "u"):
                ok = said in lows[i - 1]
            else:
                ok = False
            k = i - 1
            if ok and _r22_namey(lows[k]) and words[k] not in PLACEHOLDERS:
                marks[k] = "[naam]"
                while k > 0 and lows[k - 1] in ("van", "der", "den", "de", "t", "ten", "ter", "het", "in", "op") \
                        and words[k - 1] not in PLACEHOLDERS:
                    k -= 1
                    marks[k] = "[naam]"
                if said == "apostrof" and j + 1 < n and lows[j + 1] == "t":
                    marks[j + 1] = "[naam]"
        elif w == "mag" and i + 2 < n and lows[i + 1] == "ik":
            j = i + 2
            if lows[j] in ("je", "u", "jou", "jullie") and j + 1 < n:
                j += 1
            if j + 1 < n and lows[j + 1] in ("zeggen", "noemen") and _r22_namey(lows[j]):
                marks[j] = "[naam]"
        elif w == "als" and i >= 2 and ("schrijf" in lows[max(0, i - 4):i] or "noteer" in lows[max(0, i - 4):i]) \
                and i + 1 < n and _r22_namey(lows[i + 1]):
            marks[i + 1] = "[naam]"  # "ik schrijf het op als woitsjik"
        elif w in _R22_FIELD and i + 2 < n and lows[i + 1] in ("is", "was"):
            j = i + 2
            while j < n and lows[j] in ("ook", "dus", "eh", "ehm", "gewoon"):
                j += 1
            if j < n and lows[j] not in _R22_FIELD_NOT and _r22_namey(lows[j], strict=False) \
                    and words[j] not in PLACEHOLDERS:
                marks[j] = "[naam]"
        elif w in ("voorletters", "voorletter", "initialen", "initiaal"):
            j = i + 1
            while j < n and lows[j] in ("is", "zijn", "dus", "eh", "ja"):
                j += 1
            k = j
            while k < n and len(lows[k]) == 1 and lows[k].isalpha():
                k += 1
            if k > j and (k - j >= 2 or w in ("voorletter", "initiaal")):
                marks.update({x: "[naam]" for x in range(j, k)})
                # round 37: the surname with its particles right after the initials ("initiaal j de groot")
                e = k
                while e < n and lows[e] in PARTICLES and e - k < 2:
                    e += 1
                if e < n and words[e] not in PLACEHOLDERS and _r22_namey(lows[e], strict=False) \
                        and lows[e] not in _R22_FIELD_NOT:
                    marks.update({x: "[naam]" for x in range(k, e + 1)})
        elif w == "aan" and 0 < i and i + 1 < n and lows[i + 1] == "elkaar" and words[i - 1] not in PLACEHOLDERS \
                and _r22_namey(lows[i - 1]) and len(lows[i - 1]) >= 5:
            marks[i - 1] = "[naam]"  # "kortekaas aan elkaar (geschreven)"
        elif w == "papier" and i + 1 < n and lows[i + 1] in ("is", "heet", "staat", "heette", "stond"):
            j = i + 2  # the name as it is written officially: "maar op papier is het christina wubs"
            while j < n and lows[j] in ("het", "hij", "ze", "zij", "je", "u", "er", "dus", "eh"):
                j += 1
            k = j
            while k < n and k - j < 3 and words[k] not in PLACEHOLDERS and _r22_namey(lows[k], strict=False) \
                    and lows[k] not in _R22_FIELD_NOT:
                marks[k] = "[naam]"
                k += 1
        elif w in _R22_ROLES and 0 < i and i + 1 < n and lows[i - 1] in _R22_POSSESSIVES \
                and words[i + 1] not in PLACEHOLDERS and _r22_namey(lows[i + 1]) and len(lows[i + 1]) >= 3 \
                and (lows[i + 1] in FIRST_NAMES or lows[i + 1] in FIRST_NAMES_MORE or name_score(lows[i + 1]) >= 0.7) \
                and (i + 2 >= n or lows[i + 2] not in ("is", "was", "heeft", "had", "zegt", "zei", "belt", "belde", "komt")
                     or lows[i + 1] in FIRST_NAMES or lows[i + 1] in FIRST_NAMES_MORE):
            marks[i + 1] = "[naam]"  # a person named after their role: "jouw begeleider rahwa"
        elif w in _R22_OFFICIAL:
            first = next((x for x in range(n) if lows[x] not in _R20_FILL), None)
            for k in (i - 1, i + 1):
                if 0 <= k < n and words[k] not in PLACEHOLDERS and (
                        lows[k] in FIRST_NAMES or lows[k] in FIRST_NAMES_MORE or _r22_namey(lows[k])
                        or (k == first and n <= 4 and _r22_namey(lows[k], strict=False))):
                    marks[k] = "[naam]"  # "abraham officieel ja"
    # a name corrected in the same line: the first try goes with it ("van den berg eh van den bergh met h")
    named = [lows[i] for i, lab in marks.items() if lab == "[naam]" and len(lows[i]) >= 4]
    if named:
        for i, w in enumerate(lows):
            if i not in marks and len(w) >= 4 and any(w != x and w[:4] == x[:4] for x in named) \
                    and _r22_namey(w, strict=False) and words[i] not in PLACEHOLDERS:
                marks[i] = "[naam]"
                k = i
                while k > 0 and lows[k - 1] in ("van", "der", "den", "de", "t", "ten", "ter", "het") and k - 1 not in marks:
                    k -= 1
                    marks[k] = "[naam]"
    return marks


# 3. Digits are announced by their count before they are read ("de laatste vier cijfers waren acht acht twee één");
#    an IBAN's "n l" is said with its check digits ("n l zeventig"), and its bank code is said as a word ("abna");
#    a date is said as two ordinals ("de achtste van de achtste").
_R22_CODE_WORDS = frozenset("abna ingb snsb asnb rbrb".split())
_R22_AFTER_DATE_NOT = frozenset("klas verdieping week maand rij keer groep etage plaats ronde".split())


def _r22_numbers(words: list[str], lows: tuple[str, ...]) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    for i, w in enumerate(lows):
        if w in ("cijfers", "cijfertjes"):
            # "de laatste vier cijfers waren ...", "en de cijfers" / "twee vijf zes een"; not "de cijfers zijn drie
            # acht op het rapport"
            counted = i > 0 and (_r20_number(lows[i - 1]) is not None or lows[i - 1] in ("laatste", "eerste", "overige"))
            j = i + 1
            while counted and j < n and lows[j] in ("waren", "zijn", "is", "was", "dus", "eh", "ja"):
                j += 1
            k = j
            while k < n and (v := _r20_number(lows[k])) is not None and v <= 9 and not lows[k].isdigit():
                k += 1
            if k - j >= 3:
                marks.update({x: "[nummer]" for x in range(j, k)})
        elif w in _R22_CODE_WORDS:
            marks[i] = "[iban]"
        elif w == "n" and i + 2 < n and lows[i + 1] == "l" and (words[i + 2] in ("[iban]", "[telefoonnummer]", "[nummer]")
                                                                or ((v := _r20_number(lows[i + 2])) is not None
                                                                    and 10 <= v <= 99 and not lows[i + 2].isdigit())):
            marks.update({i: "[iban]", i + 1: "[iban]"})
            if not words[i + 2].startswith("["):
                marks[i + 2] = "[iban]"
            if i + 4 < n and lows[i + 3] == "of" and (v := _r20_number(lows[i + 4])) is not None and 10 <= v <= 99:
                marks[i + 4] = "[iban]"  # "n l zeventig of zeventien"
        elif w == "n" and i + 6 < n and lows[i + 1] == "van" and lows[i + 2][:1] == "n" and len(lows[i + 2]) >= 3 \
                and lows[i + 3] == "l" and lows[i + 4] == "van" and lows[i + 5][:1] == "l" and len(lows[i + 5]) >= 3 \
                and (v := _r20_number(lows[i + 6])) is not None and 10 <= v <= 99 and not lows[i + 6].isdigit():
            # round 37: the country code spelled with names and its check digits ("n van nico l van lodewijk
            # zevenenveertig")
            marks.update({x: "[iban]" for x in range(i, i + 7)})
        elif w == "van" and 0 < i and i + 2 < n and lows[i + 1] == "de":
            a, b = ordinal_value(lows[i - 1]), ordinal_value(lows[i + 2])
            lead = [x for x in lows[:i - 1] if x not in ("dus", "ja", "nee", "oke", "ok", "eh", "uh")]
            tail = [x for x in lows[i + 3:] if x not in _R22_READBACK_FILL]
            if a is not None and b is not None and 1 <= b <= 12 and not lows[i - 1].isdigit() \
                    and (i + 3 >= n or lows[i + 3] not in _R22_AFTER_DATE_NOT) \
                    and ((not lead and not tail) or _BORN.search(" ".join(lows)) or "jarig" in lows
                         or "verjaardag" in lows):  # "achtste van de achtste ja": a date read back
                marks.update({i - 1: "[datum]", i: "[datum]", i + 1: "[datum]", i + 2: "[datum]"})
    return marks


# 4. A letter is spelled with a name ("die b van bert"), and an initial goes before a surname with its particles
#    ("t van der sluis", "j van den berg").
_R22_INITIAL_PARTICLES = (("van", "der"), ("van", "den"), ("van", "t"), ("van", "het"), ("ten",), ("ter",))


# round 37: words before a letter that make it a part of a place or a thing, no initial ("uitgang b van het station",
# "ingang c van het ziekenhuis", "de b van het station")
_R37_LETTER_UNITS = frozenset("uitgang ingang perron spoor vak zaal gebouw blok hal afdeling vleugel toren poort deur "
                              "tribune verdieping etage niveau parkeerdek parkeerplaats terminal pier gate trap trappenhuis "
                              "lift kant zijde categorie groep klas route lijn bus tram paviljoen sectie zone laan "
                              "de het een die deze dat".split())


def _r22_letters(words: list[str], lows: tuple[str, ...]) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    for i, w in enumerate(lows):
        if len(w) != 1 or not w.isalpha() or w == "u" or not w.isascii() or i + 2 >= n:
            continue
        nxt = lows[i + 1]
        if nxt == "van" and len(lows[i + 2]) >= 3 and lows[i + 2][0] == w \
                and (lows[i + 2] in SPELLING_ALPHABET or lows[i + 2] in FIRST_NAMES or lows[i + 2] in FIRST_NAMES_MORE
                     or lows[i + 2] in _R22_NATO) \
                and not (i + 3 < n and lows[i + 3] in ("der", "den", "de", "t", "het")):
            # round 37: the international alphabet's ordinary words too ("h van hotel", "g van golf", "e van echo")
            marks.update({i: "[naam]", i + 1: "[naam]", i + 2: "[naam]"})
            continue
        if i and lows[i - 1] in _R37_LETTER_UNITS:
            continue  # round 37: a letter that names a part of a place ("uitgang b van het station", "de c van ...")
        for parts in _R22_INITIAL_PARTICLES:
            e = i + 1 + len(parts)
            if tuple(lows[i + 1:e]) == parts and e < n and _r22_namey(lows[e], strict=False) \
                    and words[e] not in PLACEHOLDERS and lows[e] not in _R21_TEN_PHRASES:
                marks.update({x: "[naam]" for x in range(i, e + 1)})
                break
    return marks


_R22_ROLE_HINTS = ("begeleid", "mentor", "hulpverlener", "therapeut", "huisarts", "casemanager", "behandelaar", "coach",
                   "bewindvoerder", "voogd", "buur", "huisgenoot", "vriend", "broer", "zus", "zoon", "dochter", "collega",
                   "partner", "ex ", "huisbaas", "verhuurder")
_R22_HINT = _Lazy(r"\b(?:" + "|".join(_R22_NATO) + r"|met|mag|als|papier|voorletters?|initialen|initiaal|officieel|voluit|"
                       r"officiele|cijfers|cijfertjes|abna|ingb|snsb|asnb|rbrb|n l|van|te[nr]|elkaar|ex)\b|naam|"
                       + "|".join(h.strip() for h in _R22_ROLE_HINTS if h.strip() != "ex"), re.IGNORECASE)


def redact_round22(raw: str, out: str) -> str:
    """Round 22 on one line: the forms 1 to 4 above, read on the line as said (`raw`) and added to what the other rules
    made of it (`out`). A cheap test first: most lines have none of the words these forms need."""
    if not _R22_HINT.search(raw):
        return out
    words = _WS.findall(raw)
    lows = tuple(w if w in PLACEHOLDERS else x for w, x in zip(words, _r20_lows(raw)))
    marks = _r22_nato(words, lows)
    low_text = raw.lower()
    if "naam" in low_text or " met " in low_text or "mag ik" in low_text or " als " in low_text or "elkaar" in low_text \
            or "papier" in low_text or any(r in low_text for r in _R22_ROLE_HINTS) \
            or "voorlet" in low_text or "initia" in low_text or "offici" in low_text or "voluit" in low_text:
        marks.update({i: lab for i, lab in _r22_names(words, lows).items() if i not in marks})
    marks.update({i: lab for i, lab in _r22_numbers(words, lows).items() if i not in marks})
    if " van " in low_text or " ten " in low_text or " ter " in low_text:
        marks.update({i: lab for i, lab in _r22_letters(words, lows).items() if i not in marks})
    marks = {i: lab for i, lab in marks.items() if words[i] not in PLACEHOLDERS}
    if not marks:
        return out
    return _merge(raw, out, marks)


# the window's helpers (Redactor._round22)
_R22_PIECE_LABELS = frozenset(NUMBER_LABELS + ("[datum]", "[postcode]"))
_R22_READBACK_WORDS = frozenset("ik hoor heb had of oke ok ja nee zegt zei u je toch dus goed klopt niet maar aan het begin "
                                "eind einde wel o sorry eh uh was is".split())
_R22_FIX_CUES = frozenset("wacht nee niet sorry bedoel correctie".split())
_R22_PIECE_CUES = frozenset("toch wel nee zegt zei of goed klopt dus oke ok hoor".split())


def _r22_street_words(raw: str, out: str) -> list[int]:
    """The words of a street said with its suffix and no number after it ("even voor de zekerheid beijerlandselaan",
    "u zei kralingseweg of kralingse plaslaan"), not redacted yet, with an adjective before ("kralingse")."""
    lows = _r20_lows(raw)
    own = _redacted_words(raw, out) if raw != out else {}
    if "?" in raw or any(lab != "[adres]" for lab in own.values()):
        return []
    got = []
    for i, w in enumerate(lows):
        if i not in own and _own_street(w):
            if any(_r20_number(x) is not None for x in lows[i + 1:]):
                return []  # "stationsweg twaalf": its number is in the line
            got.append(i)
            if i > 0 and i - 1 not in own and lows[i - 1].endswith(("se", "sche")) and lows[i - 1] not in STOP_WORDS:
                got.append(i - 1)
    return sorted(got)


def _r22_street_gone(raw: str, out: str) -> bool:
    """A line where a street said with its suffix went already, with no number ("hij slaapt in de [adres]")."""
    if "[adres]" not in out:
        return False
    lows = _r20_lows(raw)
    if any(_r20_number(w) is not None and w != "een" for w in lows):
        return False
    return any(lab == "[adres]" and i < len(lows) and _own_street(lows[i]) for i, lab in _redacted_words(raw, out).items())


def _r22_street_again(raw: str, out: str) -> bool:
    """A line that said the street again and it went ("kralingse plaslaan goed"): no number in it."""
    return "[adres]" in out and not _r20_has_number(raw) and all(
        lab == "[adres]" for lab in _redacted_words(raw, out).values())


def _r22_number_asked(raw: str) -> bool:
    """A short line that asks for or announces the house number ("maar welk nummer", "en het huisnummer was")."""
    lows = [w for w in _r20_lows(raw) if w]
    return bool(lows) and len(lows) <= 6 and any(w in HOUSE_NUMBER_CUES for w in lows) \
        and not any(_r20_number(w) is not None for w in lows)


def _r22_digit_run(raw: str, out: str, whole: bool = False) -> list[int] | None:
    """A group of a dictated number: two to four digits said as single number words in a row, or one numeral of three
    digits, not redacted ("zeven drie vijf", "even rustig drie vijf één dat heb ik", "859"); no count ("een twee drie")
    and no amount or time after; with `whole` the line holds nothing else but fillers. Their indexes."""
    if raw != out and "[" in out:
        return None
    lows = _r20_lows(raw)
    best: list[int] | None = None
    i = 0
    while i < len(lows):
        w = lows[i]
        if w.isdigit() and w.isascii():
            if best is not None or len(w) != 3:
                return None
            best = [i]
            i += 1
            continue
        v = _r20_number(w)
        if v is None or v > 9:
            i += 1
            continue
        j = i
        while j < len(lows) and (x := _r20_number(lows[j])) is not None and x <= 9 and not lows[j].isdigit():
            j += 1
        if best is not None:
            return None  # two runs: no one group
        best = list(range(i, j))
        i = j
    if best is None or not (len(best) == 1 and lows[best[0]].isdigit() or 2 <= len(best) <= 4):
        return None
    if len(best) == 2 and lows[best[0]] == "een" and _WS.findall(raw)[best[0]].lower().strip(",.?!") == "een":
        return None  # "een vier": a mark on a scale, with its article
    digits = lows[best[0]] if lows[best[0]].isdigit() else "".join(str(_r20_number(lows[i])) for i in best)
    if digits in "0123456789" or digits in "9876543210" or digits.startswith(_SERVICE_PREFIXES):
        return None  # counting ("een twee drie", "drie twee een"), a service number ("nul negen nul nul")
    after = lows[best[-1] + 1] if best[-1] + 1 < len(lows) else ""
    before = lows[best[0] - 1] if best[0] > 0 else ""
    if after in _R20_UNITS or before in _R20_TIME_BEFORE or after in ("of", "tot", "procent") \
            or before in ("tussen", "van", "een", "of", "cijfer", "nummer", "bus", "lijn", "kamer"):
        return None
    if whole and any(w and w not in _R20_FILL and w not in _R22_READBACK_WORDS and i not in best
                     for i, w in enumerate(lows)):
        return None
    return best


def _r22_group_size(raw: str, idx: list[int]) -> int:
    lows = _r20_lows(raw)
    return len(lows[idx[0]]) if len(idx) == 1 and lows[idx[0]].isdigit() else len(idx)


def _r22_pieces(text: str, result: str, own: dict[int, str], p1: tuple[str, str] | None,
                p2: tuple[str, str] | None) -> dict[int, str]:
    """Number words of a short line that were redacted in the line before, or the one before that (a piece read back
    or corrected: "o toch wel drie", "zevenenvijftig goed"), with the placeholder they had there."""
    if p1 is None or p1[0] == p1[1]:
        return {}
    lows = _r20_lows(text)
    if len([w for w in lows if w]) > 8:
        return {}
    said: dict[str, str] = {}
    for got in (p2, p1):
        if got is None or got[0] == got[1]:
            continue
        plows = _r20_lows(got[0])
        said.update({plows[i]: lab for i, lab in _redacted_words(*got).items() if lab in _R22_PIECE_LABELS
                     and i < len(plows) and _r20_number(plows[i]) is not None})
    if not said:
        return {}
    cue = any(w in _R22_PIECE_CUES for w in lows)
    # a correction of a piece on its own short line ("wacht zesenzestig", "nee achttien"): a number of as many digits
    fix = any(w in _R22_FIX_CUES for w in lows) and len([w for w in lows if w and w not in _R20_FILL]) <= 3
    sizes = {len(str(_r20_number(w))): lab for w, lab in said.items() if (_r20_number(w) or 0) >= 10}
    marks = {}
    for i, w in enumerate(lows):
        if i in own:
            continue
        if w not in said:
            v = _r20_number(w)
            if fix and v is not None and v >= 10 and not w.isdigit() and len(str(v)) in sizes \
                    and (i + 1 >= len(lows) or lows[i + 1] not in _R20_UNITS):
                marks[i] = sizes[len(str(v))]
            continue
        v = _r20_number(w)
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        prv = lows[i - 1] if i > 0 else ""
        if nxt in _R20_UNITS or prv in _R20_TIME_BEFORE or w == "een" or (v is not None and v <= 9 and not cue):
            continue
        marks[i] = said[w]
    if marks or own:  # the number goes on in the words after it ("wacht tweeduizend twee")
        for i in sorted({**own, **marks}):
            lab = marks.get(i) or own.get(i)
            if lab not in _R22_PIECE_LABELS or _r20_number(lows[i]) is None or (_r20_number(lows[i]) or 0) < 100:
                continue
            k = i + 1
            while k < len(lows) and k not in own and (x := _r20_number(lows[k])) is not None and x < 100 \
                    and (k + 1 >= len(lows) or lows[k + 1] not in _R20_UNITS):
                marks[k] = lab
                k += 1
    return marks


def _r22_readback_line(raw: str, said: dict[str, str]) -> dict[int, str] | None:
    """A line before a detail of number words heard or corrected and little else ("ik hoor zestien of zestig",
    "dus niet vijf maar zes aan het begin") with a number the detail holds: its number words."""
    lows = _r20_lows(raw)
    nums = [i for i, w in enumerate(lows) if _r20_number(w) is not None and not w.isdigit()]
    if not nums or any(w and i not in nums and w not in _R22_READBACK_WORDS for i, w in enumerate(lows)):
        return None
    if not any(lows[i] in said for i in nums):
        return None
    label = next(said[lows[i]] for i in nums if lows[i] in said)
    return {i: label for i in nums}


def _r22_glued_names(lows: tuple[str, ...], own: dict[int, str]) -> set[str]:
    """Words said in pieces and redacted as a name, glued ("jad nanan sing" -> "jadnanansing")."""
    got = set()
    idx = sorted(i for i, lab in own.items() if lab == "[naam]" and i < len(lows))
    for a in range(len(idx)):
        for b in range(a + 1, min(a + 5, len(idx))):
            if idx[b] - idx[a] != b - a:
                break
            key = "".join(lows[idx[x]] for x in range(a, b + 1))
            if len(key) >= 6:
                got.add(key)
    return got


def _r22_spelled(raw: str, single: bool = False) -> str | None:
    """The letters a line spells with the spelling alphabets ("echo mike", "n van nico l van lodewijk"), two or more
    (with `single` also one)."""
    lows = _r20_lows(raw)
    letters = ""
    i = 0
    while i < len(lows):
        w = lows[i]
        if w in _R22_NATO:
            letters += _R22_NATO[w]
        elif i + 2 < len(lows) and len(w) == 1 and lows[i + 1] in ("van", "als") \
                and lows[i + 2][:1] == w and (lows[i + 2] in SPELLING_ALPHABET or len(lows[i + 2]) >= 3):
            letters += w
            i += 3
            continue
        elif w in SPELLING_ALPHABET:
            letters += SPELLING_ALPHABET[w]
        i += 1
    return letters if len(letters) >= (1 if single else 2) else None


def _r22_letter_run(lows: tuple[str, ...], letters: str) -> list[int]:
    """The indexes of the letters read back bare in a line ("ja r g", "oké n l net als nederland")."""
    for i in range(len(lows)):
        got, e = "", i
        while e < len(lows) and (c := _r22_letter(lows[e])) is not None:
            got += c
            e += 1
        if got and got == letters:
            return list(range(i, e))
    return []


def _r22_letters_first(lows: tuple[str, ...]) -> bool:
    """The line starts (after fillers) with letters spelled ("hotel echo ja", "k van karel a van anton")."""
    for w in lows:
        if not w or w in _R20_FILL:
            continue
        return w in _R22_NATO or w in SPELLING_ALPHABET or _r22_letter(w) is not None
    return False


def _r22_four_digits_at_end(raw: str) -> list[int] | None:
    """A line that ends in a postcode's four digits ("ik zet drie twee vijf één", "3317", "drie nul twee zeven ja")."""
    lows = list(_r20_lows(raw))
    while lows and lows[-1] in ("ja", "toch", "he", "oke", "ok", "klopt", ""):
        lows.pop()
    b = _r22_postcode_digits_before(tuple(lows), len(lows))
    if b is None or b == len(lows):
        return None
    if b > 0 and _r20_number(lows[b - 1]) is not None:
        return None
    return list(range(b, len(lows)))


# ---------------------------------------------------------------------------
# Round 23: how callers say a postcode's letters, a house number after its street and a name in passing
# ---------------------------------------------------------------------------
# 1. A postcode's two letters are said by their Dutch names right after its four digits, also the names that are
#    ordinary short words ("tweeënzeventig nul één de en zutphen", "... de ee wijchen") or the two said as one word
#    ("zes vijf twee vier beka"): not "en" first (the conjunction after a number), nor "je" or "we".
# 2. A house number follows its street after the town or a question, announced by "nummer" ("de grotestraat in goor
#    nummer negentien", "de dorpsstraat in enter en dan nummer vier a", "op de assendorperstraat weet je het nummer
#    ja drieëntwintig"): the street and the number go.
# 3. A street named by a place and a compass point, with its number ("aan het kanaal noord driehonderdnegen", "op de
#    haven west twaalf"): after "aan"/"op".
#    Or read back after "zei je" / "zegt u" ("de molenweg zegt u achttien", "[adres] zei je honderd twee").
# 4. A name in passing: the person addressed, before a question ("semira ben je daar nog"); a person named before
#    their role ("met gradus je buurman"); a name read back to check how it is written ("ghebremedhin klopt dat
#    schrijf je met ge ha"); the full name, then what everyone calls the person ("ja martinus geurts maar iedereen
#    zegt tinus").
_R23_NOT_FIRST_LETTER = frozenset(("en", "je", "we"))
_R23_NOT_SECOND_LETTER = frozenset(("je", "we"))
_R23_NUMBER_GAP = frozenset("ja is was dus eh ehm uh oke ok nou zei je u het zegt nog even".split())
# between a street and "nummer": its town ("in goor"), a question ("weet je het"), fillers
_R23_STREET_GAP = frozenset("in te en dan het de weet je u jij wat is was welk welke zei zegt ja eh ehm uh dus oke ok "
                            "nog nou maar even".split())
_R23_COMPASS = frozenset("noord zuid oost west noordzijde zuidzijde oostzijde westzijde".split())
_R23_VOC_LEAD = frozenset("ja nee he hee hey hoi hallo oke ok nou dus en maar".split())
# only verbs whose object is seldom put first ("de huisarts kun je bellen" is no name addressed)
_R23_VOC_VERBS = frozenset("ben bent hoor hoort voel voelt".split())
_R23_VOC_YOU = frozenset(("je", "jij", "u"))
_R23_PLACE_BEFORE = frozenset("in naar uit te nabij via richting".split())  # "naar almere, je zus ..."
# what a caller is called that is no name, and greetings as the recognizer may write them
_R23_ENDEARMENTS = frozenset("allo hallo halloo hallootjes hoihoi lieverd lieverdje liefje lief schat schatje "
                             "schatteke meisje meid meiske jongen jongetje knul kerel vriend vriendje maatje makker joh "
                             "jochie mop moppie popje pop snoes snoesje kindje kind kleintje dame heer meneer mevrouw "
                             "buurman buurvrouw dokter zuster mam mama pap papa oma opa tante oom".split())
_R23_STREET_CUES = frozenset(("nummer", "huisnummer", "nr", "zei", "zegt", "noord", "zuid", "oost", "west",
                              "noordzijde", "zuidzijde", "oostzijde", "westzijde"))
_R23_NAME_CUES = frozenset(("ben", "bent", "hoor", "hoort", "voel", "voelt", "maar", "klopt", "toch", "correct",
                            "goed"))
_R23_NAME_VERBS = frozenset("is was heet heette ben bent".split())
_R23_CHECK = frozenset(("klopt", "toch", "correct", "goed"))
_R23_WRITING = frozenset("schrijf schrijft schrijven geschreven spel spelt spellen gespeld".split())
_R23_HINT = _Lazy(r"\b(?:nummer|huisnummer|nr|noord|zuid|oost|west\w*|je|jij|u|jouw|uw|mijn|zijn|haar|jullie|"
                       r"onze?|maar|klopt|schrijf\w*|geschreven|spel\w*|gespeld)\b|"
                       r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|tig)\b|\d", re.IGNORECASE)


def _r23_letters(low: str) -> str | None:
    """A letter said by its name or bare ("de", "ee", "ka", "k"), or two said as one word ("beka"): the letters."""
    if _bare_letter(low):
        return low
    if low in LETTER_NAMES:
        return LETTER_NAMES[low]
    return "d" if low == "de" else None  # the letter d as said ("de"), next to another letter only


def _r23_glued(low: str) -> str | None:
    """Two letter names said as one word ("beka", "elka", "esté"): both letters, or None (an ordinary word is none:
    "deen")."""
    if not (4 <= len(low) <= 6) or not low.isalpha() or low in ORDINARY_WORDS:
        return None
    for k in range(2, len(low) - 1):
        a, b = low[:k], low[k:]
        if a in LETTER_NAMES and b in LETTER_NAMES and a not in _R23_NOT_FIRST_LETTER \
                and b not in _R23_NOT_SECOND_LETTER:
            return LETTER_NAMES[a] + LETTER_NAMES[b]
    return None


def _r23_postcode(words: list[str], lows: tuple[str, ...]) -> dict[int, str]:
    """Form 1: {index: "[postcode]"} for four digits and the two letters said by their names right after them."""
    marks: dict[int, str] = {}
    n = len(lows)
    for i in range(1, n):
        if words[i] in PLACEHOLDERS or _r20_number(lows[i]) is not None:
            continue
        glued = _r23_glued(lows[i])
        if glued is not None:
            end = i + 1
        elif i + 1 < n and lows[i] not in _R23_NOT_FIRST_LETTER and lows[i + 1] not in _R23_NOT_SECOND_LETTER \
                and _r23_letters(lows[i]) and _r23_letters(lows[i + 1]) and words[i + 1] not in PLACEHOLDERS:
            end = i + 2
        else:
            continue
        if end < n and (_r23_letters(lows[end]) or _r20_number(lows[end]) is not None):
            continue  # a longer spelling or more digits: another form's
        if glued is None and lows[i] == "de" and lows[i + 1] in ("er", "te", "ie"):
            continue  # "de- er was niks": a false start
        b = _r22_postcode_digits_before(lows, i)
        if b is None or (b > 0 and (_r20_number(lows[b - 1]) is not None or words[b - 1] in PLACEHOLDERS
                                    or lows[b - 1] in _R20_TIME_BEFORE or lows[b - 1] in ("in", "sinds", "van"))):
            continue  # a time or a year ("om negentien twintig", "in negentien tachtig")
        for k in range(b, end):
            marks[k] = "[postcode]"
    return marks


def _r23_house_number(lows: tuple[str, ...], j: int) -> list[int]:
    """The house number after "nummer" at `j` ("nummer ja drieëntwintig", "nummer vier a"): its indexes, or []."""
    n = len(lows)
    k = j + 1
    while k < n and k - j <= 4 and lows[k] in _R23_NUMBER_GAP:
        k += 1
    if k >= n or k - j > 4:
        return []
    v = _r20_number(lows[k])
    if v is None or not 1 <= v <= 9999 or (k + 1 < n and lows[k + 1] in _R20_UNITS):
        return []
    got = [k]
    if v >= 100 and v % 100 == 0 and k + 1 < n and (w := _r20_number(lows[k + 1])) is not None and 1 <= w <= 99 \
            and not (k + 2 < n and lows[k + 2] in _R20_UNITS):
        k += 1  # "honderd twee", "driehonderd zes"
        got.append(k)
    if k + 1 < n and (lows[k + 1] in HOUSE_ADDITIONS or (len(lows[k + 1]) == 1 and lows[k + 1].isalpha()
                                                          and lows[k + 1] != "u")
                      or lows[k + 1] in ("bee", "cee", "dee", "ee", "ef", "gee", "haa")):
        got.append(k + 1)
    elif k + 1 < n and lows[k + 1] in LETTER_NAMES and k + 2 == n:
        got.append(k + 1)
    return got


def _r23_streets(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Forms 2 and 3: {index: "[adres]"} of a street and its house number said later in the line."""
    marks: dict[int, str] = {}
    n = len(lows)
    for s in range(n):
        street = (s not in own and lows[s] and _is_street_word(lows[s])) or own.get(s) == "[adres]"
        if not street:
            continue
        if s + 2 < n and lows[s + 1] in ("zei", "zegt") and lows[s + 2] in ("je", "u"):
            # the house number read back after the street: "de molenweg zegt u achttien", "[adres] zei je honderd twee"
            got = _r23_house_number(lows, s + 2)
            if got:
                marks.update({x: "[adres]" for x in [s, *got] if x not in own})
            continue
        for j in range(s + 1, min(n, s + 9)):
            if lows[j] in HOUSE_NUMBER_CUES:
                if j > 0 and lows[j - 1] in _R21_NUMBERED_THINGS:
                    break
                if any(own.get(x, "[adres]") != "[adres]" or _r20_number(lows[x]) is not None
                       or not (lows[x] in _R23_STREET_GAP or lows[x - 1] in ("in", "te")) for x in range(s + 1, j)):
                    break  # another number or other talk between: not this street's
                got = _r23_house_number(lows, j)
                if got:
                    marks.update({x: "[adres]" for x in [s, *got] if x not in own})
                break
    # a street named by a place and a compass point, with its number: "aan het kanaal noord driehonderdnegen"
    for c in range(2, n - 1):
        if lows[c] not in _R23_COMPASS:
            continue
        w = c - 1
        if not (lows[w].isalpha() and len(lows[w]) >= 4 and lows[w] not in STOP_WORDS) or w in own:
            continue
        p = w - 1
        if lows[p] in ("de", "het", "t") and p > 0:
            p -= 1
        if lows[p] not in ("aan", "op"):
            continue
        v = _r20_number(lows[c + 1])
        if v is None or not 1 <= v <= 9999 or (c + 2 < n and lows[c + 2] in _R20_UNITS) or c + 1 in own:
            continue
        got = [w, c, c + 1]
        if c + 2 < n and (lows[c + 2] in HOUSE_ADDITIONS or (len(lows[c + 2]) == 1 and lows[c + 2].isalpha()
                                                              and lows[c + 2] != "u")):
            got.append(c + 2)
        marks.update({x: "[adres]" for x in got})
    return marks


def _r23_names(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Form 4: {index: "[naam]"} of a name said in passing."""
    marks: dict[int, str] = {}
    n = len(lows)
    start = 0
    while start < n and lows[start] in _R23_VOC_LEAD:
        start += 1
    if start + 2 < n + 1 and start < n and start not in own and words[start] not in PLACEHOLDERS:
        first = lows[start]
        listed = first in FIRST_NAMES or first in FIRST_NAMES_MORE
        nxt = lows[start + 1:start + 4]
        # the person addressed before a question: "semira ben je daar nog", "ja fenna hoor je me"
        if len(nxt) >= 2 and nxt[0] in _R23_VOC_VERBS and nxt[1] in _R23_VOC_YOU and first not in _R23_ENDEARMENTS \
                and (_r20_name_word(first) or (listed and _r22_namey(first))) and len(first) >= 3:
            marks[start] = "[naam]"
        # a name read back to check how it is written: "ghebremedhin klopt dat schrijf je met ge ha"
        elif nxt and nxt[0] in _R23_CHECK and any(w in _R23_WRITING for w in lows[start + 1:]) \
                and _r22_namey(first) and len(first) >= 4:
            marks[start] = "[naam]"
    # the full name, then what everyone calls the person: "ja martinus geurts maar iedereen zegt tinus"
    for m in range(1, n - 2):
        if lows[m] == "maar" and lows[m + 1] in ("iedereen", "ze", "men", "we", "wij", "jullie") \
                and lows[m + 2] in _R20_CALLED:
            k = m
            while k > 0 and m - k < 3 and (own.get(k - 1) == "[naam]" or (
                    k - 1 not in own and words[k - 1] not in PLACEHOLDERS and _r22_namey(lows[k - 1])
                    and len(lows[k - 1]) >= 3)):
                k -= 1
            if k < m and (k == 0 or lows[k - 1] in _R23_VOC_LEAD or lows[k - 1] in _R23_NAME_VERBS):
                marks.update({x: "[naam]" for x in range(k, m) if x not in own})
            break
    # a person named before their role: "met gradus je buurman", "ik sprak fatima mijn begeleider"
    for i in range(n - 2):
        if lows[i + 1] in _R22_POSSESSIVES and lows[i + 2] in _R22_ROLES and i not in own \
                and words[i] not in PLACEHOLDERS and len(lows[i]) >= 3 and _r22_namey(lows[i]) \
                and words[i][-1].isalnum() and (i == 0 or lows[i - 1] not in _R23_PLACE_BEFORE) \
                and (lows[i] in FIRST_NAMES or lows[i] in FIRST_NAMES_MORE or name_score(lows[i]) >= 0.7):
            marks[i] = "[naam]"
    return marks


def redact_round23(raw: str, out: str) -> str:
    """Round 23 on one line: the forms 1 to 4 above, read on the line as said (`raw`) and added to what the other rules
    made of it (`out`)."""
    if not _R23_HINT.search(raw):
        return out
    words = _WS.findall(raw)
    lows = tuple(w if w in PLACEHOLDERS else x for w, x in zip(words, _r20_lows(raw)))
    seen = set(lows)
    numbers = sum(1 for w in lows if _r20_number(w) is not None)
    marks = _r23_postcode(words, lows) if numbers >= 2 else {}
    streets = numbers >= 1 and not seen.isdisjoint(_R23_STREET_CUES)
    names = not seen.isdisjoint(_R23_NAME_CUES) or not seen.isdisjoint(_R22_ROLES)
    if streets or names:
        own = _redacted_words(raw, out) if raw != out else {}
        for found in ((_r23_streets(words, lows, own) if streets else {}),
                      (_r23_names(words, lows, own) if names else {})):
            marks.update({i: lab for i, lab in found.items() if i not in marks})
    marks = {i: lab for i, lab in marks.items() if words[i] not in PLACEHOLDERS}
    if not marks:
        return out
    return _merge(raw, out, marks, fillers_too=True)  # the letter "en" of a postcode goes too


# ---------------------------------------------------------------------------
# Round 24: a house number before its street, a name before "is de achternaam", a number read back next to its
# placeholder, a date of birth said in numbers (own examples, not taken from the holdouts)
# ---------------------------------------------------------------------------
# 1. Addresses: a street said bare, then where it lies ("de lindestraat dat is in emmen"); the house number first,
#    then its street ("zeventien en dan de lindestraat"); the house number after the street announced by "bij" / "op"
#    ("op de hoek van de kerkstraat bij nummer negen"); a street named after a person with a title and "van"
#    ("aan de pastoor van arsstraat", "de dokter van leeuwenweg").
# 2. Names: a name before "is de achternaam" ("dus nowak is de achternaam van je ex"); a first name that is also a
#    word, as the subject of a question about what was said or done ("en wat zei joep toen").
# 3. Numbers: digits read back right after a phone number ("[telefoonnummer] ja nul vijf zes klopt"), a digit before
#    a correction ("... acht oh nee nul vijf ..."), digits going on after a bank code ("n l negen ing nul vier vijf").
# 4. A date of birth said in numbers with its year ("achttien drie en dan tweeduizend en twee").
_R24_WHERE_VERBS = frozenset("is ligt zit".split())
_R24_WHERE_PREPS = frozenset("in bij te vlakbij achter naast".split())
_R24_TITLES = frozenset("pastoor burgemeester dokter dominee kapelaan graaf gravin prins prinses koning koningin "
                        "generaal professor kardinaal bisschop meester jonkheer baron admiraal pater broeder "
                        "zuster kapitein".split())
_R24_NAME_NOUNS = NAME_NOUNS | {"bijnaam"}
_R24_NAME_DETS = frozenset("de zijn haar mijn je jouw z'n zn d'r dr hun uw onze".split())
_R24_SAID_VERBS = frozenset("zei zegt vond vindt deed doet dacht denkt reageerde wilde wil vroeg antwoordde".split())
_R24_AFTER_SUBJECT = frozenset("toen dan daarvan ervan erop daarop daar dat er nou nu eigenlijk precies daarover "
                               "erover zelf".split())
_R24_FILL = frozenset("ja nee oh o eh uh ehm hm dus sorry of".split())
_R24_CORRECT = frozenset("nee sorry".split())
_R24_BANKS = frozenset("ing ingb rabo abna knab asnb bunq snsb rbrb trio triodos".split())
_R24_DIGITS = frozenset(_UNITS)  # the digit words, as the number reader has them (lows are folded: "één" is "een")
_R24_HINT = _Lazy(r"\b(?:dat|die) (?:is|ligt|zit) |\ben dan (?:de|het) |\b(?:" + "|".join(sorted(_R24_TITLES)) + r") van |"
                       r"\b(?:bij|op|naast|tegenover) (?:huis)?nummer\b|naam\b|"
                       r"\b(?:zei|zegt|vond|vindt|deed|doet|dacht|denkt|reageerde|wilde|wil|vroeg|antwoordde) \w+ \w|"
                       r"tweeduizend|negentien|\b(?:de|het|t) \w{3,} \w+ (?:\w )?(?:in|te) \w", re.IGNORECASE)


_R24_NOT_BARE = frozenset("team fase ronde stap niveau week dag groep klas kamer lijn bus tram trein nummer plek plaats "
                          "stand score ronde maat periode module les".split())


def _r24_town(low: str) -> bool:
    """A town's name: a word that is no ordinary word, stop word, number or month ("valkenswaard", "deurne")."""
    return low.isalpha() and len(low) >= 3 and low not in STOP_WORDS and _r20_number(low) is None \
        and low not in MONTHS and _unknown_word(low) and low not in FIRST_NAMES_AMBIGUOUS


def _year_alone(lows: tuple[str, ...], own, fallback, *, skip_own: bool = False) -> dict[int, str]:
    """A year said on a line of its own (only the words of _R24_YEAR_LINE around it): its words as [datum].

    The first year the line says decides; `fallback(k)` names a year `_r24_year` does not read (the end index, or
    None); `skip_own`: words other rules redacted are no start of a year.
    """
    n = len(lows)
    for k in range(n):
        if skip_own and k in own:
            continue
        end = _r24_year(lows, k)
        if end is None:
            end = fallback(k)
        if end is not None:
            if all(lows[x] in _R24_YEAR_LINE for x in range(n) if not k <= x <= end) \
                    and (end + 1 >= n or lows[end + 1] not in _R20_UNITS):
                return {x: "[datum]" for x in range(k, end + 1) if x not in own}
            return {}
    return {}


def _r24_year(lows: tuple[str, ...], k: int) -> int | None:
    """The end index of a year said at `k` ("tweeduizend en vier", "tweeduizend vier", "negentien zevenentachtig")."""
    n = len(lows)
    if k >= n:
        return None
    if lows[k] == "tweeduizend":
        j = k + 1
        if j < n and lows[j] == "en":
            j += 1
        v = _r20_number(lows[j]) if j < n else None
        return j if v is not None and 1 <= v <= 99 else None
    if lows[k] == "negentien" and k + 1 < n:
        v = _r20_number(lows[k + 1])
        return k + 1 if v is not None and 10 <= v <= 99 else None
    return None


def _r24_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    for s in range(n):
        w = lows[s]
        if own.get(s, "[adres]") not in ("[adres]", "[naam]") or words[s] in PLACEHOLDERS:
            continue
        # 1. streets
        if len(w) >= 6 and _is_street_word(w):
            got = [s]
            # "aan de pastoor van arsstraat": the title and "van" before the street
            p = s - 1
            while p >= 0 and lows[p] in ("van", "der", "den", "de") and s - p <= 3:
                p -= 1
            if p >= 0 and p < s - 1 and lows[p] in _R24_TITLES and p > 0 and lows[p - 1] in ("de", "het"):
                got = list(range(p, s + 1))
            # "de lindestraat dat is in emmen"
            where = s + 3 < n and lows[s + 1] in ("dat", "die") and lows[s + 2] in _R24_WHERE_VERBS \
                and lows[s + 3] in _R24_WHERE_PREPS
            # "zeventien en dan de lindestraat": the house number first, at the start of the line
            q = s - 1
            if q >= 0 and lows[q] in ("de", "het"):
                q -= 1
            first = None
            if q >= 1 and lows[q] == "dan" and lows[q - 1] == "en":
                q -= 2
                k = q
                while k >= 0 and k not in own and (_r20_number(lows[k]) is not None or (
                        len(lows[k]) == 1 and lows[k].isalpha() and lows[k] != "u")) and q - k < 2:
                    k -= 1
                if q - k >= 1 and _r20_number(lows[k + 1]) is not None and all(x in _R23_VOC_LEAD for x in lows[:k + 1]):
                    v = _r20_number(lows[k + 1])
                    if 1 <= v <= 9999:
                        first = list(range(k + 1, q + 1))
            if len(got) > 1 or where or first:
                marks.update({x: "[adres]" for x in got})
                marks.update({x: "[adres]" for x in (first or [])})
    # a street without a suffix, its number and its town: "dus de brink zeven in deurne"
    for s in range(1, n - 3):
        if lows[s - 1] not in ("de", "het", "'t", "t") or s in own or s + 1 in own:
            continue
        x, v = lows[s], _r20_number(lows[s + 1])
        if v is None or not 1 <= v <= 999 or not x.isalpha() or len(x) < 3 or x in STOP_WORDS \
                or x in _NUMBERED_THINGS or x in _R21_NUMBERED_THINGS or x in _R20_UNITS or x in _R24_NOT_BARE \
                or _r20_number(x) is not None or x in MONTHS:
            continue
        t = s + 2
        if t < n and len(lows[t]) == 1 and lows[t].isalpha() and lows[t] != "u":
            t += 1
        if t + 1 < n and lows[t] in ("in", "te") and t + 1 not in own and _r24_town(lows[t + 1]) \
                and (t + 2 >= n or lows[t + 2] not in _R20_UNITS):
            marks.update({i: "[adres]" for i in range(s, t)})
    # the house number after the street, announced by "bij" / "op": "[adres] bij nummer elf"
    for j in range(2, n - 1):
        if lows[j] in HOUSE_NUMBER_CUES and lows[j - 1] in ("bij", "op", "naast", "tegenover") \
                and any(own.get(x) == "[adres]" or _is_street_word(lows[x]) for x in range(max(0, j - 10), j - 1)):
            for x in _r23_house_number(lows, j):
                if x not in own:
                    marks[x] = "[adres]"
    # 2. names: "dus nowak is de achternaam van je ex"
    for m in range(1, n - 2):
        if lows[m] in ("is", "was") and lows[m + 1] in _R24_NAME_DETS and lows[m + 2] in _R24_NAME_NOUNS:
            k = m - 1
            if k in own or words[k] in PLACEHOLDERS or lows[k] in STOP_WORDS or lows[k] in ORDINARY_WORDS \
                    or not lows[k].isalpha() or len(lows[k]) < 3 or not _r22_namey(lows[k], False):
                continue
            marks[k] = "[naam]"
            while k > 0 and lows[k - 1] in TUSSEN and k - 1 not in own:
                k -= 1
                marks[k] = "[naam]"
    # "en wat zei joep toen": a first name (also one that is a word) as the subject of a question
    for v in range(1, n - 2):
        if lows[v] in _R24_SAID_VERBS and lows[v - 1] in ("wat", "hoe", "waarom", "wanneer") \
                and lows[v + 2] in _R24_AFTER_SUBJECT and v + 1 not in own:
            x = lows[v + 1]
            if x not in STOP_WORDS and x not in _R23_ENDEARMENTS and len(x) >= 3 and x.isalpha() \
                    and (x in FIRST_NAMES or x in FIRST_NAMES_MORE or x in FIRST_NAMES_AMBIGUOUS):
                marks[v + 1] = "[naam]"
    # 3. digits next to a phone number or a bank code
    for p in range(n - 1):
        lab = own.get(p)
        if lab not in ("[telefoonnummer]", "[iban]") or p + 1 in own:
            continue
        k = p + 1
        while k < n and lows[k] in _R24_FILL and k - p <= 2 and lab == "[telefoonnummer]":
            k += 1
        bank = lab == "[iban]" and k < n and lows[k] in _R24_BANKS
        if bank:
            k += 1  # "[iban] ing nul een acht zeven": the bank's code, then the digits
        e = k
        while e < n and e not in own and lows[e] in _R24_DIGITS:
            e += 1
        run = e - k
        if run == 0 or (e < n and lows[e] in _R20_UNITS):
            continue
        if run >= 2 and (lab == "[iban]" and k == p + 1 + bank or lows[k] == "nul"):
            marks.update({x: lab for x in range(p + 1 if bank else k, e)})
        elif lab == "[telefoonnummer]" and k == p + 1 and run <= 2 and e + 1 < n \
                and (lows[e] in _R24_CORRECT or (lows[e] in ("oh", "o", "of") and lows[e + 1] in _R24_CORRECT)):
            marks.update({x: lab for x in range(k, e)})
    # 4. a date said in numbers with its year: "achttien drie en dan tweeduizend en twee"
    for d in range(n - 2):
        if d in own:
            continue
        dv, mv = _r20_number(lows[d]), _r20_number(lows[d + 1])
        if dv is None or mv is None or not (1 <= dv <= 31 and 1 <= mv <= 12) or lows[d].isdigit():
            continue
        if d > 0 and (_r20_number(lows[d - 1]) is not None or lows[d - 1] in _R20_TIME_BEFORE):
            continue
        k = d + 2
        if k + 1 < n and lows[k] == "en" and lows[k + 1] == "dan":
            k += 2
        end = _r24_year(lows, k)
        if end is None or (end + 1 < n and (lows[end + 1] in _R20_UNITS or _r20_number(lows[end + 1]) is not None)):
            continue
        marks.update({x: "[datum]" for x in range(d, end + 1) if x not in own})
    return marks


# a digit word within three words after a phone or account number's placeholder (form 3's cheap gate)
_R24_NEXT_DIGIT = _Lazy(r"\[(?:telefoonnummer|iban)\](?: \S+){0,3}? (?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|"
                             r"negen)\b")


@lru_cache(maxsize=1024)
def _line_words(raw: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """_line_pass's reading of a line as said, a function of the line alone (the same line read by many rounds'
    passes in turn): its whitespace words and their folded forms, placeholders kept as they are."""
    said = tuple(_WS.findall(raw))
    return said, tuple(w if w in PLACEHOLDERS else x for w, x in zip(said, _r20_lows(raw)))


def _line_pass(raw: str, out: str, find_marks) -> str:
    """A round's pass on one line: `find_marks(words, lows, own)` reads the line as said (`raw`; placeholders kept,
    the words the other rules already redacted in `own`) and its marks are merged into `out`, fillers included."""
    said, lows = _line_words(raw)
    words = list(said)  # a new list each pass (a round may change its own)
    own = _redacted_words(raw, out) if raw != out else {}
    marks = {i: lab for i, lab in find_marks(words, lows, own).items() if words[i] not in PLACEHOLDERS}
    return _merge(raw, out, marks, fillers_too=True) if marks else out


def _line_keep(raw: str, out: str, find_kept) -> str:
    """A round's keep pass on one line, the counterpart of _line_pass: `find_kept(words, lows, own)` reads the line as
    said and names the redacted words (indexes in `own`) that stay as said; the others keep their labels."""
    words = _WS.findall(raw)
    lows = _r20_lows(raw)
    if len(words) != len(lows):
        return out
    own = _redacted_words(raw, out)
    kept = find_kept(words, lows, own)
    if not kept:
        return out
    return _join_marked(words, {i: lab for i, lab in own.items() if i not in kept})


def redact_round24(raw: str, out: str) -> str:
    """Round 24 on one line: the forms 1 to 4 above, read on the line as said (`raw`) and added to what the other rules
    made of it (`out`)."""
    if not _R24_HINT.search(raw) and not (("[telefoonnummer]" in out or "[iban]" in out)
                                          and _R24_NEXT_DIGIT.search(out) is not None):
        return out
    return _line_pass(raw, out, _r24_marks)  # (fillers go too: "en dan" inside a date)


# the window's forms of round 24 (Redactor._round24)
# 5. Letters spelled over lines, then the word they make read back ("p e t / e r s / ik schrijf peters"; "k x" / "kx
#    ja"); a postcode's letters heard and corrected on the line after the postcode ("[postcode]" / "nee ka ix bestaat
#    niet het moet ka iks zijn").
# 6. The year of a date said on the next line ("[datum]" / "van dit jaar ja tweeduizend vijfentwintig").
_R24_COMMON_LETTERS = frozenset("en de je we te be pe ve ce ie er el ha ij a o".split())
_R24_SPELL_FILL = frozenset("eh uh ehm hm ja en dan nog de letters letter is".split())
_R24_YEAR_LINE = frozenset("van dit het jaar ja nee in dus eh uh ehm en oke ok dat is was geboren zelfde vorig "
                           "afgelopen".split())


def _r24_letter(low: str, strong: bool) -> str | None:
    if _bare_letter(low):
        return low
    if low in LETTER_NAMES and (not strong or low not in _R24_COMMON_LETTERS):
        return LETTER_NAMES[low]
    return None


def _r24_spelled(raw: str) -> str | None:
    """The letters a line spells ("l van lodewijk a r d", "i n o i s"), or None for a line that spells nothing."""
    lows = _r20_lows(raw)
    letters: list[str] = []
    other = 0
    i = 0
    while i < len(lows):
        w = lows[i]
        got = _r24_letter(w, True)
        if got is not None:
            letters.append(got)
            if i + 2 < len(lows) and lows[i + 1] in ("van", "als") and lows[i + 2][:1] == got:
                i += 2  # "l van lodewijk"
        elif w not in _R24_SPELL_FILL:
            other += 1
        i += 1
    return "".join(letters) if len(letters) >= 2 and other <= 1 else None


# 7. A house number said apart ("acht en zestig") on its own line after "het nummer van het huis was"; the digits of an
#    account number going on over the lines after its start ("[iban] en de rest" / "vier vijf zes zeven acht negen");
#    a number after the name of an e-mail address said on the line after its domain ("at hotmail punt com" / "jan punt
#    smit tweeëntachtig").
_R24_HOUSE_ASKED = frozenset("nummer huisnummer".split())
_R24_HOUSE_TAIL = frozenset("van het huis is was eh uh dan en de".split())
_R24_DIGIT_LINE = frozenset("ja nee eh uh ehm en dan de rest zei je u dus oke ok nog".split())


def _r24_after_line(prev: tuple[str, str], lows: tuple[str, ...], own: dict[int, str],
                    before: tuple[str, str] | None) -> dict[int, str]:
    n = len(lows)
    plows = _r20_lows(prev[0])
    # "en het nummer van het huis was" / "acht en zestig"
    at = next((k for k, w in enumerate(plows) if w in _R24_HOUSE_ASKED), None)
    if at is not None and all(w in _R24_HOUSE_TAIL for w in plows[at + 1:]):
        for i in range(n - 2):
            if lows[i + 1] == "en" and (u := _r20_number(lows[i])) is not None and 1 <= u <= 9 \
                    and (t := _r20_number(lows[i + 2])) is not None and t in range(20, 100, 10) \
                    and all(w in SHORT_FILLERS for k, w in enumerate(lows) if not i <= k <= i + 2):
                return {k: "[adres]" for k in range(i, i + 3)}
    # the digits of an account number going on: four or more digit words, nothing else but fillers
    recent = prev[1] + " " + (before[1] if before is not None else "")
    if "[iban]" in recent and n <= 12:
        digits = [i for i, w in enumerate(lows) if w in _R24_DIGITS and i not in own]
        if len(digits) >= 4 and all(w in _R24_DIGITS or w in _R24_DIGIT_LINE or i in own for i, w in enumerate(lows)):
            return {i: "[iban]" for i in digits}
    # a number after the name of an e-mail address: "[e-mail]" / "jan punt smit tweeëntachtig"
    if "[e-mail]" in recent:
        for i in range(1, n):
            if own.get(i - 1) in ("[naam]", "[e-mail]") and i not in own and (v := _r20_number(lows[i])) is not None \
                    and 0 <= v <= 9999 and (i + 1 >= n or lows[i + 1] not in _R20_UNITS):
                return {i: "[e-mail]"}
    return {}


# ---------------------------------------------------------------------------
# Round 25: how callers say a name in passing, a street's name with "en" in it, a house number said digit by digit or
# before "aan de" and a postcode with its town (own examples, not taken from the holdouts)
# ---------------------------------------------------------------------------
# 1. Names: a name no list knows but that reads as one (name_score) as the subject at the start of a clause ("en
#    svetlana spreekt geen nederlands", "maar jorieke heeft de sleutels") or between "wat" and a verb at the clause's
#    end ("wat jef zei"); a surname after "ik spreek met" with "zei je" / "toch" after it ("ik spreek met dirksen zei
#    je"); the words of a surname before how it is written ("ter gunnewiek met twee n aan het eind").
# 2. Addresses: a street whose name holds "en" ("de berg en dalseweg", "hoog en laagweg"); a house number said digit
#    by digit after its street ("eikstraat twee nul een"); the house number before "aan de" and its street, a title in
#    the street's name ("zevenentachtig aan de prins hendrikweg"); a bare street at the start of a line with the
#    house number asked after it ("lindenlaan dat is een lange laan welk huisnummer").
# 3. Postcodes: four digits said as two numbers, the two letters and the town ("vierendertig tweeënzeventig ab
#    zwolle").
_R25_YEAR_ASKED = _Lazy(r"\b(?:welk|welke|wat voor)\s+(?:geboorte)?jaar\b|\bgeboortejaar\b|\bjaar\s*\??\s*$")
_R25_LEAD = frozenset("en maar dus want ja nee oh o nou eh uh ehm toen omdat".split())
_R25_SUBJECT_VERBS = frozenset("zegt zei spreekt sprak heeft had wil wilde kan kon durft durfde gaat ging komt kwam "
                               "woont woonde werkt werkte belt belde weet wist vindt vond doet deed wordt werd moet "
                               "moest slaapt sliep drinkt dronk huilt huilde schreeuwt schreeuwde slaat sloeg "
                               "begrijpt snapt praat praatte liegt loog".split())
_R25_CLAUSE_END_VERBS = frozenset("zei zegt vertelde vertelt vond vindt deed doet wilde wil vroeg vraagt schreef "
                                  "bedoelde bedoelt".split())
_R25_AFTER_SPEAK = frozenset("zei zegt toch ja he hè klopt of".split())
_R25_WRITE_COUNT = frozenset("twee dubbel dubbele een één 2 1".split())
_R25_HOUSE_VERBS = LIVE_CUES | {"op", "aan", "is"}
_R25_HINT = _Lazy(r"^(?:(?:" + "|".join(sorted(_R25_LEAD)) + r") )*\S+ (?:" + "|".join(sorted(_R25_SUBJECT_VERBS)) + r")\b|"
                       r"\bwat \S+ (?:" + "|".join(sorted(_R25_CLAUSE_END_VERBS)) + r")\b|"
                       r"\bspreekt? met |\bmet (?:twee|dubbele?|een|één|[12]) \w+\b|\S en \S{5,}|"
                       r"\S (?:aan|op) (?:de|het) \S|huisnummer|(?:tig|tien|elf|twaalf) \S+ \S", re.IGNORECASE)
# a house number corrected after its street's placeholder (checked on the redacted line)
_R25_ADRES_AGAIN = _Lazy(r"\[adres\] (?:nee|sorry|of)\b")
# the digits of a house number after its street's placeholder (checked on the redacted line)
_R25_ADRES_DIGITS = _Lazy(r"\[adres\] (?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)\b")


# organisations a caller names as the subject ("liander heeft een brief gestuurd"): no person's name
_R25_ORGANISATIONS = frozenset("""
liander enexis stedin westland coteq rendo essent eneco vattenfall greenchoice budgetenergie oxxio vandebron
energiedirect engie delta zeeuwse vitens evides brabantwater dunea waternet oasen pwn wml wmd waterbedrijf
ymere eigenhaard rochdale stadgenoot woonbron havensteder vestia portaal mitros bo-ex woonstad vidomes staedion
haag wooninvest woonzorg talis woonbedrijf trudo wonen woonstichting lefier elkien accolade woonpunt
uwv svb duo cjib ggd ggz cak belastingdienst toeslagen gemeente politie wijkteam kredietbank schuldhulp
kpn ziggo odido vodafone tmobile tele2 lebara lyca simyo ben youfone
ing rabo rabobank abn asn sns knab bunq triodos regiobank
intrum flanderijn vesting lavg cannock incasso deurwaarder nibud
jumbo albert heijn aldi lidl plus dirk vomar coop spar hema action kruidvat etos bol zalando wehkamp
tikkie paypal klarna afterpay riverty
ajax psv feyenoord az twente utrecht vitesse heerenveen groningen nec heracles sparta excelsior willem fortuna go ahead eagles rkc nac pec zwolle cambuur volendam almere roda vvv emmen den bosch telstar dordrecht
parnassia arkin lentis ggnet altrecht dimence mondriaan yulius emergis propersona accare karakter levvel jellinek tactus brijder novadic kentron iriszorg vincent humanitas cordaan amsta zorggroep buurtzorg leger salvation sensoor mind veilig thuis kindertelefoon slachtofferhulp
""".split())


def _r25_unknown_name(low: str, score: float = 0.5) -> bool:
    """A word no list knows that reads as a name (its letters), or a listed name: no street, town-like only if
    name-like enough."""
    if low in FIRST_NAMES or low in FIRST_NAMES_MORE:
        return False  # a listed name is the other rules' (which know when it is a pet's: "charlie slaapt al")
    if not _unknown_word(low) or low in ORDINARY_WORDS or low in STOP_WORDS or _is_street_word(low) or low in TUSSEN \
            or low in _R25_ORGANISATIONS or low in SPELLING_ALPHABET or not any(c in "aeiouy" for c in low):
        return False
    return name_score(low) >= score


def _r25_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    free = [i not in own and words[i] not in PLACEHOLDERS for i in range(n)]
    # 1. a name as the subject at the start of a clause: "en svetlana spreekt geen nederlands"
    k = 0
    while k < n and lows[k] in _R25_LEAD:
        k += 1
    if k + 1 < n and free[k] and lows[k + 1] in _R25_SUBJECT_VERBS and _r25_unknown_name(lows[k]) \
            and (k + 2 >= n or lows[k + 2] not in ("je", "u", "jij")):
        marks[k] = "[naam]"
    # "wat jef zei": a name between "wat" and a verb that ends the clause
    for i in range(1, n - 1):
        if lows[i - 1] == "wat" and free[i] and lows[i + 1] in _R25_CLAUSE_END_VERBS \
                and (i + 2 >= n or lows[i + 2] in _R25_LEAD or lows[i + 2] in ("toen", "daarover", "over")) \
                and _r25_unknown_name(lows[i]):
            marks[i] = "[naam]"
    # "ik spreek met dirksen zei je": a surname after "spreek met"
    for i in range(2, n):
        if lows[i - 1] == "met" and lows[i - 2] in ("spreek", "spreekt") and free[i] \
                and (i + 1 >= n or lows[i + 1] in _R25_AFTER_SPEAK) and _r25_unknown_name(lows[i], 0.0):
            marks[i] = "[naam]"
    # "ter gunnewiek met twee n aan het eind": the surname's words before how it is written
    for m in range(1, n - 2):
        if lows[m] != "met" or lows[m + 1] not in _R25_WRITE_COUNT or _r24_letter(lows[m + 2], False) is None:
            continue
        if m + 3 < n and lows[m + 3] not in ("aan", "op", "in", "erin", "achteraan", "vooraan", "ja", "en", "eraan"):
            continue
        start = 0
        while start < m and lows[start] in _R25_LEAD:
            start += 1
        if not 1 <= m - start <= 3:
            continue
        span = range(start, m)
        if any(not lows[x].isalpha() or lows[x] in STOP_WORDS and lows[x] not in TUSSEN for x in span):
            continue
        if any(own.get(x) == "[naam]" or _r25_unknown_name(lows[x], 0.0) for x in span):
            marks.update({x: "[naam]" for x in span if free[x]})
    # 2. a street whose name holds "en": "de berg en dalseweg", "je woont hoog en laagweg drie"
    for s in range(2, n):
        if lows[s - 1] != "en" or not (len(lows[s]) >= 6 and _is_street_word(lows[s]) or own.get(s) == "[adres]"):
            continue
        x = lows[s - 2]
        if not x.isalpha() or len(x) < 3 or x in STOP_WORDS or own.get(s - 2) not in (None, "[adres]"):
            continue
        if s - 3 >= 0 and lows[s - 3] in _R25_HOUSE_VERBS | {"de", "het"} \
                and (lows[s - 3] not in ("de", "het") or s - 4 < 0 or lows[s - 4] in _R25_HOUSE_VERBS):
            marks.update({x2: "[adres]" for x2 in (s - 2, s - 1, s) if free[x2]})
    # a house number said digit by digit after its street: "[adres] nul een" (the street and its first digit taken)
    for i in range(1, n):
        if own.get(i - 1) != "[adres]" or not free[i] or lows[i] not in _R24_DIGITS or lows[i - 1] not in _R24_DIGITS:
            continue
        e = i
        while e < n and free[e] and lows[e] in _R24_DIGITS and e - i < 2:
            e += 1
        if e < n and (lows[e] in _R20_UNITS or lows[e] in _R24_DIGITS):
            continue
        if "nul" in lows[i - 1:e] or e - i >= 2:
            marks.update({x: "[adres]" for x in range(i, e)})
    # a house number corrected right after it: "[adres] nee veertien", "[adres] of nee sorry zestien"
    for i in range(1, n - 1):
        if (own.get(i - 1) or marks.get(i - 1)) != "[adres]" or _r20_number(lows[i - 1]) is None or not free[i] \
                or lows[i] not in ("nee", "sorry", "of"):
            continue
        k = i
        while k < n and lows[k] in ("nee", "sorry", "of", "eh", "uh") and k - i < 3:
            k += 1
        if k < n and free[k] and (v := _r20_number(lows[k])) is not None and 1 <= v <= 9999 \
                and (k + 1 >= n or (lows[k + 1] not in _R20_UNITS and lows[k + 1] not in DWELLING_UNITS)):
            e = k + 1
            while e < n and free[e] and _r20_number(lows[e]) is not None and e - k < 3:
                e += 1
            marks.update({x: "[adres]" for x in range(k, e)})
    # the house number before "aan de" and its street: "zevenentachtig aan de prins hendrikweg"
    for i in range(n - 3):
        if not free[i] or lows[i + 1] not in ("aan", "op") or lows[i + 2] not in ("de", "het"):
            continue
        v = _r20_number(lows[i])
        if v is None or not 1 <= v <= 9999 or lows[i].isdigit() or (i > 0 and _r20_number(lows[i - 1]) is not None):
            continue
        b = i - 1
        if b >= 0 and lows[b] in HOUSE_NUMBER_CUES:
            b -= 1
        if b >= 0 and (lows[b] in _R20_TIME_BEFORE or lows[b] in _NUMBERED_THINGS or lows[b] in _R21_NUMBERED_THINGS
                       or lows[b] in _R24_NOT_BARE or lows[b] in _R20_UNITS):
            continue  # "om acht aan de ...", "lijn nummer zes op de stationsweg"
        s = i + 3
        title = lows[s] in _R24_TITLES
        if title:
            s += 1
        if s < n and (len(lows[s]) >= 6 and _is_street_word(lows[s]) or own.get(s) == "[adres]"):
            marks.update({x: "[adres]" for x in [i] + list(range(i + 3, s + 1)) if free[x]})
    # a title in a street's name: "de graaf ottoweg"
    for s in range(2, n):
        if lows[s - 1] in _R24_TITLES and lows[s - 2] in ("de", "het") \
                and (own.get(s) == "[adres]" or (len(lows[s]) >= 6 and _is_street_word(lows[s]))):
            marks.update({x: "[adres]" for x in (s - 1, s) if free[x] or own.get(x) == "[naam]"})
    # a bare street at the start of a line with the house number asked after it
    k = 0
    while k < n and lows[k] in _R25_LEAD:
        k += 1
    if k < n and free[k] and len(lows[k]) >= 6 and _is_street_word(lows[k]) and lows[k] not in ORDINARY_WORDS \
            and any(w in ("huisnummer", "huisnummers") for w in lows[k + 1:]):
        marks[k] = "[adres]"
    # 3. a postcode said as two numbers, its letters and its town: "vierendertig tweeënzeventig ab zwolle"
    for i in range(n - 2):
        if not (free[i] and free[i + 1]) or lows[i].isdigit():
            continue
        a, b = _r20_number(lows[i]), _r20_number(lows[i + 1])
        if a is None or b is None or not 10 <= a <= 99 or not 0 <= b <= 99 or (i > 0 and _r20_number(lows[i - 1]) is not None):
            continue
        j = i + 2
        letters = ""
        if j < n and (g := _r23_glued(lows[j]) or (lows[j] if len(lows[j]) == 2 and lows[j].isalpha()
                                                    and lows[j] not in STOP_WORDS
                                                    and (lows[j] not in ORDINARY_WORDS
                                                         or j + 1 < n and _r24_town(lows[j + 1]))
                                                    else None)):
            letters, j = g, j + 1
        else:
            while j < n and len(letters) < 2 and (c := _r24_letter(lows[j], len(letters) == 0)) is not None:
                letters += c
                j += 1
        if len(letters) != 2:
            continue
        if j < n and not (_r24_town(lows[j]) or lows[j] in ("ja", "in", "te", "klopt")):
            continue
        marks.update({x: "[postcode]" for x in range(i, j) if free[x]})
    return marks


def redact_round25(raw: str, out: str) -> str:
    """Round 25 on one line: the forms 1 to 3 above, read on the line as said (`raw`) and added to what the other rules
    made of it (`out`)."""
    if not _R25_HINT.search(raw) and ("[adres]" not in out or not (_R25_ADRES_DIGITS.search(out)
                                                                   or _R25_ADRES_AGAIN.search(out))):
        return out
    return _line_pass(raw, out, _r25_marks)


# ---------------------------------------------------------------------------
# Round 26: how callers spell with "griekse ij", clarify a letter with a word ("h van helen") and give a birth year two
# lines after its date; organisations named after a person and a day's date after a feast day stay (own examples,
# not taken from the holdouts)
# ---------------------------------------------------------------------------
# 1. Names: a spelled name goes on over "griekse ij" / "griekse y" / "lange ij" and the letters after ("ka a griekse ij
#    a"): the letter y (or ij) said with its description.
# 2. A letter of an e-mail address or a name clarified with a word on the line after ("[e-mail]" / "h van hanneke"):
#    the word (a name) and its letter.
# 3. A birth year said alone two lines after the date, with a remark between ("geboren op [datum]" / "ja op een
#    zondag" / "negentienhonderdzestig").
# 4. Ordinary talk that stays: an organisation named after a person ("een behandelaar bij reinier van arkel", "opgenomen
#    in het jeroen bosch"), and a day number before a month after a feast day or a weekday ("op koningsdag
#    zevenentwintig april"): a date, never a house number.
_R26_LETTER_DESCRIBED = frozenset("griekse grieks lange korte".split())
_R26_DESCRIBED_LETTERS = frozenset("ij y i ei ie".split())
# care and other organisations named after a person (lower case, as said); only after a word that places one there
_R26_PERSON_ORGS = tuple(tuple(o.split()) for o in (
    # famous names only: a name a caller or a neighbour could carry ("jan van es", "dirk van den broek") is
    # redacted even where it is an institution or a shop; a leak costs more than a bracket in the log
    "reinier van arkel", "jeroen bosch", "antoni van leeuwenhoek", "antonie van leeuwenhoek",
    "vincent van gogh", "albert schweitzer", "rudolf steiner", "prinses maxima", "prinses máxima",
    "koningin beatrix", "koningin juliana", "prinses amalia", "juliana kinderziekenhuis", "emma kinderziekenhuis",
    "sophia kinderziekenhuis", "wilhelmina kinderziekenhuis", "albert heijn", "johan cruijff", "willem alexander",
    "anna paulowna",
    # round 29: football clubs named after a person, or with letters and a town ("naar willem twee", "bij de jeugd
    # van vvv venlo"): a club one goes to or plays at, no person
    "willem twee", "willem ii", "willem 2", "vvv venlo", "go ahead eagles", "pec zwolle", "fortuna sittard",
    "roda jc", "nac breda", "rkc waalwijk", "ado den haag", "mvv maastricht", "top oss", "helmond sport",
    "heracles almelo", "sparta rotterdam", "almere city", "telstar velsen",
))
_R26_ORG_BEFORE = frozenset("bij naar in van via uit vanuit door het de op".split())
_R26_HINT = _Lazy(r"\b(?:griekse?|lange|korte)\s+(?:ij|y|i|ei|ie)\b", re.IGNORECASE)


def _r26_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Form 1 on one line: the spelled name going on over "griekse ij"."""
    marks: dict[int, str] = {}
    n = len(lows)
    for i in range(n - 1):
        if lows[i] not in _R26_LETTER_DESCRIBED or lows[i + 1] not in _R26_DESCRIBED_LETTERS or i in own:
            continue
        # a spelled name before it (or "met" after a name): "[naam] met ka a griekse ij a", "met een griekse y"
        b = i - 1
        while b >= 0 and b not in own and (_r24_letter(lows[b], False) is not None or lows[b] in ("een", "met")) \
                and i - b <= 8:
            b -= 1
        if b < 0:
            continue
        if own.get(b) != "[naam]":
            # "sylvana met es griekse ij el": the word spelled (before "met") is the name
            if lows[b + 1] != "met" or b in own or len(lows[b]) < 3 or not lows[b].isalpha() \
                    or lows[b] in STOP_WORDS or lows[b] in ORDINARY_WORDS:
                continue
            marks[b] = "[naam]"
        e = i + 2
        while e < n and (_r24_letter(lows[e], False) is not None
                         or lows[e] in _R26_LETTER_DESCRIBED and e + 1 < n and lows[e + 1] in _R26_DESCRIBED_LETTERS):
            e += 2 if lows[e] in _R26_LETTER_DESCRIBED and _r24_letter(lows[e], False) is None else 1
        marks.update({x: "[naam]" for x in range(b + 1, min(e, n)) if x not in own and lows[x] not in ("met", "een")})
    return marks


def redact_round26(raw: str, out: str) -> str:
    """Round 26 on one line (form 1), read on the line as said (`raw`) and added to what the other rules made of it."""
    if not _R26_HINT.search(raw):
        return out
    return _line_pass(raw, out, _r26_marks)


_R29_COUNTED = frozenset("keer jaar jaren uur uren dagen weken maanden minuten kinderen euro dingen".split())


def _r26_org_spans(lows: list[str]) -> list[int]:
    """The word indexes of organisations named after a person, said where one is treated or works ("bij reinier van
    arkel", "het jeroen bosch ziekenhuis")."""
    keep: list[int] = []
    n = len(lows)
    for org in _R26_PERSON_ORGS:
        m = len(org)
        for i in range(n - m + 1):
            if tuple(lows[i:i + m]) != org:
                continue
            if org[-1] in ("twee", "ii", "2") and i + m < n and lows[i + m] in _R29_COUNTED:
                continue  # round 29: "naar willem twee keer": a name and a count, no club
            if (i > 0 and lows[i - 1] in _R26_ORG_BEFORE) or (i + m < n and lows[i + m].endswith(_PLACE_NOUNS)):
                keep.extend(range(i, i + m))
    return keep


def keep_organisations(raw: str, out: str) -> str:
    """Round 26: an organisation named after a person ("een behandelaar bij reinier van arkel") stays as said."""
    if "[naam]" not in out:
        return out
    lows = [_bare(w) for w in _WS.findall(raw)]
    if not any(org[0] in lows for org in _R26_PERSON_ORGS):
        return out
    keep = _r26_org_spans(lows)
    if not keep:
        return out
    own = _redacted_words(raw, out)
    if not any(own.get(i) == "[naam]" for i in keep):
        return out
    words = _WS.findall(raw)
    keep = _r28_org_goes_on(lows, keep, own)  # round 28: "bij albert heijn in de nachtploeg"
    marks = {i: lab for i, lab in own.items() if not (i in keep and lab == "[naam]")}
    return _join_marked(words, marks)


_R28_PART = _Lazy(r"\b(?:begint|beginnen|begon|eindigt|eindigen|eindigde|start|startte|ophoudt)\s+(?:het\s+)?"
                       r"(?:met|op)\b"
                       # round 29: the part between ("en in het midden een nul twee", "en daartussen zit ...")
                       r"|\b(?:in\s+het\s+midden(?:\s+(?:zit|zitten|staat|staan|komt))?|(?:daar|er)tussen"
                       r"(?:\s+(?:zit|zitten|staat|staan|komt))?)\b", re.IGNORECASE)
_R28_PART_LEAD = frozenset("en dan dus ja nee maar het hij die ze zij eh uh ehm nou oke en".split())
_R28_NUMBER_NOUNS = ("nummer", "bsn", "iban", "rekening", "telefoon", "mobiel", "sofinummer")
_R28_PART_AFTER = frozenset("ja toch he hè klopt oke ok dus en of zei zeg geloof denk ik , . ? !".split())
_R28_LEAD = frozenset("ja dus nee oke ok eh uh ehm nou en , .".split())
_R28_CLOSE = frozenset("ja toch he hè klopt oke ok , . ? ! dus".split())


# round 28: an organisation named after a person and then where in it one is ("je werkt bij albert heijn in de
# nachtploeg", "bij reinier van arkel op de open afdeling"): the name run went on over a place's preposition and article
# as if over a surname's particles ("in de", "op de"); that part stays with the organisation
_R28_ORG_PLACE_PREPS = frozenset("in op aan bij naar voor achter naast tegenover onder boven bij om uit".split())
_R28_ORG_ARTICLES = frozenset("de het 't t een den".split())  # round 43: "in den bosch"


def _r28_org_goes_on(lows: list[str], keep: list[int], own: dict[int, str]) -> list[int]:
    """`keep` with the redacted words right after an organisation that start with a preposition and an article."""
    spans = set(keep)
    more: list[int] = []
    for e in sorted(spans):
        j = e + 1
        if j in spans or own.get(j) != "[naam]" or lows[j] not in _R28_ORG_PLACE_PREPS \
                or j + 1 >= len(lows) or lows[j + 1] not in _R28_ORG_ARTICLES:
            continue
        while own.get(j) == "[naam]" and j not in spans:
            more.append(j)
            j += 1
    return keep + more if more else keep


_R26_FEAST_DAYS = frozenset("koningsdag koninginnedag bevrijdingsdag kerstavond kerstdag kerst oudejaarsdag "
                            "oudejaarsavond nieuwjaarsdag pasen paasdag paaszondag paasmaandag pinksteren "
                            "pinksterdag hemelvaartsdag moederdag vaderdag sinterklaas sinterklaasavond "
                            "carnaval dodenherdenking valentijnsdag goede vrijdag maandag dinsdag woensdag "
                            "donderdag vrijdag zaterdag zondag".split())


def drop_date_as_address(source: str, marks: dict[int, str]) -> dict[int, str]:
    """Round 26: the tagger's [adres] on a day number before a month ("op koningsdag zevenentwintig april") and on the
    feast day or weekday before it: a date, never a house number."""
    if "[adres]" not in marks.values():
        return marks
    ws = [_bare(w) for w in _WS.findall(source)]
    drop: set[int] = set()
    for i, lab in marks.items():
        if lab != "[adres]" or i + 1 >= len(ws) or ws[i + 1] not in MONTHS:
            continue
        v = _r20_number(ws[i])
        if v is None or not 1 <= v <= 31:
            continue
        drop.add(i)
        b = i - 1
        while b >= 0 and marks.get(b) == "[adres]" and ws[b] in _R26_FEAST_DAYS:
            drop.add(b)
            b -= 1
    return {i: lab for i, lab in marks.items() if i not in drop} if drop else marks


# ---------------------------------------------------------------------------
# Round 27: a street named with an adjective before it, a surname after a name found late, a postcode's letters said
# by their names, an e-mail address dictated piece by piece, a letter clarified after an e-mail address; ordinary talk
# that stays: the sign "@" talked about, a weekday after a birth date, a feast day after a date, a place after a title
# (own examples, not taken from the holdouts)
# ---------------------------------------------------------------------------
# 1. Addresses: the adjective that starts a street's name before the street ("de nieuwe binnenweg", "oude
#    kerkstraat"), and an adjective with a word that is no ordinary word (or a town's) and a house number ("lange
#    delft vijfendertig", "korte voorhout twaalf"); streets named "-zijde" (spoken.STREET_SUFFIXES).
# 2. Names: a surname after its tussenvoegsel after a name that a later rule or the tagger found ("ik noteer [naam] de
#    boer"): read again with redact_towns_and_surnames.
# 3. Postcodes: four digits said as two numbers and the two letters by their names, even the common ones ("de er",
#    "en el"), then the town ("vierenveertig eenenzestig de er in goes").
# 4. (A number corrected halfway, "[telefoonnummer] nee wacht [telefoonnummer]", stays as the log shows a correction:
#    both parts go, the words between stay; see test_redact.test_cues_and_corrections.)
# 5. Ordinary talk: the sign "apenstaartje" with no domain after it (spoken.redact_spoken_email); "op een zondag"
#    after a birth date (spoken.redact_birth_dates and the tagger's [datum] on "een"); a feast day never an address;
#    a day number before a month never a house number said again; a place after a title and "in" ("de wijkagent in
#    zaandam") no surname (spoken.redact_towns_and_surnames).
# 6. A letter clarified with a word on the line after an e-mail address ("h van hendrik"): part of the address, not a
#    postcode's letter.
_R27_STREET_ADJ = frozenset("nieuwe oude lange korte hoge lage grote groote kleine brede smalle".split())
_R27_STREET_ADJ_RE = _Lazy(r"\b(?:" + "|".join(sorted(_R27_STREET_ADJ)) + r")\s+\S", re.IGNORECASE)
# 7. An e-mail address dictated piece by piece over lines: "dus eerst grietje" / "dan liggend streepje" / ... : the
#    first piece (held as the start of something dictated) is the address's when the next line goes on with a sign.
_R27_DICTATION_START = _Lazy(r"^\W*(?:(?:dus|nou|ja|oke|oké|en|dan)\W+)?(?:eerst|als eerste)\W+[^\W\d_]{2,}\W*$",
                                  re.IGNORECASE)
_R27_LOCAL_JOIN_LINE = _Lazy(r"^\W*(?:(?:dan|en|daarna|dus|eh|uh|ehm|met)\W+)*(?:een\W+)?(?:(?:liggend|laag|lage|"
                                  r"onder)\W*(?:streepje|streep)|underscore)\W*$|^\W*(?:(?:dan|en|daarna|dus|eh|uh)\W+)*"
                                  r"(?P<weak>punt|streepje)\W*$", re.IGNORECASE)
_R27_SURNAME_AFTER = _Lazy(r"\[naam\] (?:de|ter|ten|den|der|van) \w", re.IGNORECASE)
_R27_TWO_NUMBERS = _Lazy(r"(?:tig|tien|elf|twaalf)\s+\S+\s+\S{1,3}\s+\S{1,3}", re.IGNORECASE)


def _r27_town(low: str) -> bool:
    return _r24_town(low) or low in _TOWN_WORDS12


def _r27_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    free = [i not in own and words[i] not in PLACEHOLDERS for i in range(n)]
    for i in range(n - 1):
        if lows[i] not in _R27_STREET_ADJ or not free[i]:
            continue
        # "de nieuwe [adres]": the adjective that starts the street's name
        if own.get(i + 1) == "[adres]" and (_is_street_word(lows[i + 1]) or _r20_number(lows[i + 1]) is None):
            marks[i] = "[adres]"
            continue
        # "lange delft vijfendertig": an adjective, a word that is no ordinary one (or a town's, or written with a
        # capital) and a house number
        if i + 2 >= n or not free[i + 1]:
            continue
        x = lows[i + 1]
        if not x.isalpha() or len(x) < 3 or x in STOP_WORDS or x in MONTHS or _r20_number(x) is not None \
                or not (x not in ORDINARY_WORDS or _r27_town(x) or _is_street_word(x) or words[i + 1][:1].isupper()):
            continue
        v = _r20_number(lows[i + 2])
        if v is None and not (lows[i + 2][:-1].isdigit() and lows[i + 2][-1:].isalpha()):
            continue  # no number, nor one with its letter ("233a")
        if v is not None and not 1 <= v <= 9999:
            continue
        e = i + 3
        if e < n and (lows[e] in _R20_UNITS or lows[e] in _NOT_HOUSE or lows[e] in DWELLING_UNITS):
            continue
        marks.update({x2: "[adres]" for x2 in range(i, e) if free[x2]})
    # 3. "vierenveertig eenenzestig de er in goes": a postcode's letters by their names, then its town
    for i in range(n - 3):
        if not (free[i] and free[i + 1]) or lows[i].isdigit() or (i > 0 and _r20_number(lows[i - 1]) is not None):
            continue
        a, b = _r20_number(lows[i]), _r20_number(lows[i + 1])
        if a is None or b is None or not 10 <= a <= 99 or not 0 <= b <= 99:
            continue
        # (the letter d said by its name, "de", is no article here: a letter name and the town follow)
        c = "d" if lows[i + 2] in ("de", "dee") else _r24_letter(lows[i + 2], False)
        d = _r24_letter(lows[i + 3], False)
        if c is None or d is None or not (free[i + 2] and free[i + 3]):
            continue
        j = i + 4
        if j < n and lows[j] in ("in", "te", "uit"):
            j += 1
        if j < n and _r27_town(lows[j]) and lows[j] not in STOP_WORDS:
            marks.update({x2: "[postcode]" for x2 in range(i, i + 4)})
    return marks


def redact_round27(raw: str, out: str) -> str:
    """Round 27 on one line (forms 1 to 3), read on the line as said (`raw`) and added to what the other rules made of
    it (`out`)."""
    if "[naam] " in out and _R27_SURNAME_AFTER.search(out):
        out = redact_towns_and_surnames(out)
    if _R27_STREET_ADJ_RE.search(raw) or _R27_TWO_NUMBERS.search(raw):
        out = _line_pass(raw, out, _r27_marks)
    return out


def _r27_no_feast_address(raw: str, out: str) -> str:
    """Form 5: a feast day or a weekday is never an address ("ja bevrijdingsdag" after a date)."""
    if "[adres]" not in out:
        return out
    lows = [_bare(w) for w in _WS.findall(raw)]
    if not any(w in _R26_FEAST_DAYS for w in lows):
        return out
    own = _redacted_words(raw, out)
    drop = {i for i, lab in own.items() if lab == "[adres]" and lows[i] in _R26_FEAST_DAYS}
    if not drop:
        return out
    return _join_marked(_WS.findall(raw), {i: lab for i, lab in own.items() if i not in drop})


def drop_article_as_date(source: str, marks: dict[int, str]) -> dict[int, str]:
    """Round 27: the tagger's [datum] on "(op) een" before a word that is no number ("op een zondag" after a birth
    date): an article; and its [adres] on a feast day or weekday."""
    ws = None
    drop: set[int] = set()
    for i, lab in marks.items():
        if lab not in ("[datum]", "[adres]"):
            continue
        if ws is None:
            ws = [_bare(w) for w in _WS.findall(source)]
        if i >= len(ws):
            continue
        if lab == "[adres]":
            if ws[i] in _R26_FEAST_DAYS:
                drop.add(i)
            continue
        if ws[i] not in ("een", "één") or i + 1 >= len(ws) or marks.get(i + 1) == "[datum]" \
                or not ws[i + 1].isalpha() or _r20_number(ws[i + 1]) is not None or ws[i + 1] in MONTHS:
            continue
        drop.add(i)
        if i > 0 and ws[i - 1] == "op" and marks.get(i - 1) == "[datum]":
            drop.add(i - 1)
    return {i: lab for i, lab in marks.items() if i not in drop} if drop else marks


# round 28: a service number said over two lines ("de politie bel je op nul negen nul nul" / "acht acht vier vier",
# "nul achthonderd" / "twee nul nul nul"): the line after the 0800/0900 start holds the rest of that number, not a
# BSN or phone number of one's own (the rules leave it; the tagger alone, reading the line on its own, took it)
def _r28_service_goes_on(prev_raw: str, text: str, result: str) -> str:
    if not any(lab in result for lab in _NUMBER_LABELS):
        return result
    run = _trailing_run(number_tokens(prev_raw))
    if run is None or not run.digits.startswith(_SERVICE) or len(run.digits) > 8:
        return result
    toks = number_tokens(text)
    i = _skip_head(toks)
    found = runs(toks[i:]) if i < len(toks) else []
    if not found or found[0].first != 0 or len(run.digits + found[0].digits) not in (8, 11):
        return result
    start, end = toks[i].start, toks[i + found[0].last].end
    at = [k for k, m in enumerate(_WS.finditer(text)) if m.start() >= start and m.end() <= end]
    own = _redacted_words(text, result)
    if not at or not all(own.get(k) in _NUMBER_LABELS for k in at):
        return result
    return _join_marked(_WS.findall(text), {k: lab for k, lab in own.items() if k not in at})


# round 28: a postcode's four digits said as two numbers run together in one word, then its two letters ("dus
# zestienachttien es tee", "vijfenveertigtwaalf el em"): the recognizer glued the two numbers
_R28_GLUED_GATE = _Lazy(r"(?:tien|tig|elf|twaalf)[a-z]*(?:tien|tig|elf|twaalf)\b", re.IGNORECASE)
_R28_NOT_LETTER = frozenset("en de ja he ik of nu".split())


def _r28_split_two(low: str) -> tuple[int, int] | None:
    """The two numbers from 10 to 99 a word is made of ("zestienachttien" -> 16, 18), or None."""
    for k in range(4, len(low) - 3):
        a, b = _r20_number(low[:k]), _r20_number(low[k:])
        if a is not None and b is not None and 10 <= a <= 99 and 10 <= b <= 99:
            return a, b
    return None


def _r28_glued_postcode(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    for i in range(n - 2):
        if i in own or not _R28_GLUED_GATE.search(lows[i]) or _r28_split_two(lows[i]) is None:
            continue
        a, b = lows[i + 1], lows[i + 2]
        if a in _R28_NOT_LETTER or b in _R28_NOT_LETTER or _r24_letter(a, False) is None \
                or _r24_letter(b, False) is None:
            continue
        if i + 3 < n and _r24_letter(lows[i + 3], False) is not None and lows[i + 3] not in _R28_NOT_LETTER:
            continue  # more letters: something spelled, not a postcode's two
        marks.update({i: "[postcode]", i + 1: "[postcode]", i + 2: "[postcode]"})
    return marks


# round 28: a house number of the hundreds said with "en" in it, as older speakers say it ("tweehonderd en vijftig",
# "honderd en twaalf"): the part after "en" belongs to the number (not when a unit or a counted word follows it:
# "honderd en vijftig meter")
_R28_HUNDREDS_AND = _Lazy(r"honderd\s+en\s+\w", re.IGNORECASE)


def _r28_hundreds_and(raw: str, out: str) -> str:
    own = _redacted_words(raw, out)
    lows = _r20_lows(raw)
    n = len(lows)
    extra: dict[int, str] = {}
    for i, lab in own.items():
        if lab != "[adres]" or i + 2 >= n or not lows[i].endswith("honderd") or lows[i + 1] != "en" \
                or i + 1 in own or own.get(i + 2, lab) != lab:
            continue
        v = _r20_number(lows[i + 2])
        if v is None or not 1 <= v <= 99:
            continue
        if i + 3 < n and lows[i + 3] in ORDINARY_WORDS and lows[i + 3] not in STOP_WORDS \
                and lows[i + 3] not in FILLERS and _r24_letter(lows[i + 3], False) is None:
            continue  # "tweehonderd en vijftig meter verder"
        extra[i + 1] = extra[i + 2] = "[adres]"
        if i + 4 == n and len(lows[i + 3]) == 1 and lows[i + 3].isalpha() and lows[i + 3] != "u":
            extra[i + 3] = "[adres]"  # its letter: "honderd en twaalf b"
    return _merge(raw, out, extra, fillers_too=True) if extra else out


# Round 29 (own examples, not taken from the holdouts):
# 1. A name corrected after it, as a question to oneself ("meneer [naam] of was het smid", "mevrouw [naam] of is het
#    bakkers"): the word after "of was het" / "of is het" is the name again, spelled another way.
# 2. A given name that is an ordinary word too ("wei", "roos", "hoop") read back after its field at the end of the
#    line, when a name was taken from the line already ("mevrouw [naam] ik noteer even uw voornaam wei").
_R29_GATE = _Lazy(r"\bof\s+(?:was|is)\s+het\b|\b(?:voornaam|achternaam|roepnaam)\b", re.IGNORECASE)
_R29_NOT = frozenset("graag alstublieft alsjeblieft even nog dan ook maar eens mag svp please niet wel toch nou "
                     "goed juist fout anders eerst alleen zo weer hoor nodig kwijt erbij klopt mee op aan uit door "
                     "correct apart".split())


def _r29_name_like(low: str) -> bool:
    return (low.isalpha() and len(low) >= 2 and low not in STOP_WORDS and low not in FILLERS and low not in _R29_NOT
            and low not in _R21_FIELD_NOT and low not in MONTHS and low not in TUSSEN and word_value(low) is None)


def _r29_names(raw: str, out: str) -> str:
    """Round 29, one line: forms 1 and 2 above."""
    words = _WS.findall(raw)
    lows = [_bare(w) for w in words]
    n = len(lows)
    own = _redacted_words(raw, out)
    if not any(lab == "[naam]" for lab in own.values()):
        return out
    first_name = min(i for i, lab in own.items() if lab == "[naam]")
    extra: dict[int, str] = {}
    for i in range(n):
        # 1. "[naam] of was het X"
        if lows[i] == "of" and i + 3 < n and lows[i + 1] in ("was", "is") and lows[i + 2] == "het" \
                and first_name < i and i + 3 not in own and _r29_name_like(lows[i + 3]) \
                and (i + 4 == n or lows[i + 4] in _R28_CLOSE) \
                and (lows[i + 3] not in ORDINARY_WORDS
                     or any(lab == "[naam]" and lows[k][:3] == lows[i + 3][:3] for k, lab in own.items())):
            extra[i + 3] = "[naam]"
        # 2. "... uw voornaam X" ending the line, after a name taken from the line
        if lows[i] in ("voornaam", "achternaam", "roepnaam") and i + 1 < n and first_name < i \
                and i + 1 not in own and _r29_name_like(lows[i + 1]) \
                and (lows[i + 1] not in ORDINARY_WORDS or (len(lows[i + 1]) <= 5 and not lows[i + 1].endswith("en"))) \
                and (i + 2 == n or all(w in _R28_CLOSE for w in lows[i + 2:])) \
                and i > 0 and lows[i - 1] in ("uw", "je", "jouw", "zijn", "haar", "de", "dus"):
            extra[i + 1] = "[naam]"
    if not extra:
        return out
    own.update(extra)
    return _join_marked(words, own)


# 3. A word said in the lines before, then spelled letter by letter with the letters' Dutch names ("uw naam is
#    kuipers" / "en ka u ie pe ee er es"): "u", "ie" and "ij" are letters there too; the whole spelling goes.
_R29_LETTERS_MORE = {"u": "u", "ie": "i", "ij": "ij", "ei": "ei", "ee": "e"}


def _r29_letter(low: str) -> str | None:
    return _R29_LETTERS_MORE.get(low) or _r24_letter(low, False)


def _r29_spells(letters: list[str], said: set[str]) -> bool:
    """Whether the letters spell a word said: "ij" is the letter y or the j too ("en ie ij ha u ie es")."""
    plain = "".join(letters)
    if plain in said:
        return True
    if "ij" not in letters:
        return False
    pattern = re.compile("".join("(?:ij|y|j)" if x == "ij" else re.escape(x) for x in letters))
    return any(pattern.fullmatch(w) for w in said)


def _r29_spelled_back(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    words = _WS.findall(raw)
    if len(words) < 3:
        return out
    lows = [_bare(w) for w in words]
    letters = [_r29_letter(w) for w in lows]
    if sum(x is not None for x in letters) < 3 or not any("[" in bout for _, bout in before):
        return out
    said = set()
    for braw, bout in before:  # the words redacted in the lines before
        if "[" in bout:
            bw = _WS.findall(braw)
            said.update(fold(_bare(bw[k])) for k in _redacted_words(braw, bout) if k < len(bw))
    said = {w for w in said if w.isalpha() and len(w) >= 3}
    if not said:
        return out
    own = _redacted_words(raw, out)
    n = len(lows)
    extra: dict[int, str] = {}
    i = 0
    while i < n:
        if letters[i] is None:
            i += 1
            continue
        j = i
        while j < n and letters[j] is not None:
            j += 1
        for a in (i, i + 1):  # "en ka u ie ...": "en" the word or the letter n
            if j - a >= 3 and _r29_spells(letters[a:j], said):
                extra.update({k: "[naam]" for k in range(a, j) if k not in own})
                break
        i = j
    if not extra:
        return out
    own.update(extra)
    return _join_marked(words, own)


# 4. A street said with how it is spelled ("de dorpsweg met een d van dirk"), taken from the line under another label,
#    and its house number on the next line ("nummer achttien"): the street went without its number all the same.
def _r29_street_gone(raw: str, out: str) -> bool:
    if "[naam]" not in out:
        return False
    words = _WS.findall(raw)
    return any(k < len(words) and _is_street_word(_bare(words[k])) for k in _redacted_words(raw, out))


# 5. A street named after a person with a particle, whose first word no list knows ("de ruys de beerenbrouckstraat", "op
#    de cort van der lindenstraat"): the words between the article and the street word are the street's too.
_R29_STREET_PARTICLES = frozenset("de van der den ten ter la le du 't t".split())
_R29_STREET_TITLES = frozenset("graaf gravin generaal burgemeester dokter professor koningin koning prins prinses "
                               "gouverneur goeverneur admiraal pastoor kapelaan kardinaal president minister "
                               "jonkheer baron hertog hertogin ridder meester mr dr prof".split())


def _r29_street_head(raw: str, out: str) -> str:
    words = _WS.findall(raw)
    lows = [_bare(w) for w in words]
    own = _redacted_words(raw, out)
    extra: dict[int, str] = {}
    n = len(lows)
    for st, lab in own.items():
        if lab != "[adres]" or st == 0 or own.get(st - 1) == "[adres]":
            continue  # the start of a street's run only
        e = st
        while e < n and own.get(e) == "[adres]" and not _is_street_word(lows[e]):
            e += 1
        if e >= n or own.get(e) != "[adres]" or any(lows[k] not in _R29_STREET_PARTICLES for k in range(st, e)):
            continue  # no street word in the run, or words other than particles before it
        x = st - 1
        while x >= 0 and lows[x] in _R29_STREET_PARTICLES and x not in own:
            x -= 1
        if x < 1 or (x == st - 1 and st == e):
            continue  # nothing before it, or no particle between
        w = lows[x]
        if own.get(x) == "[adres]":
            extra.update({k: "[adres]" for k in range(x + 1, st)})  # "[adres] de [adres]"
            continue
        if x in own or lows[x - 1] not in ("de", "het") or not w.isalpha() or len(w) < 3 or w in STOP_WORDS \
                or (w in ORDINARY_WORDS and w not in _R29_STREET_TITLES):
            continue
        extra.update({k: "[adres]" for k in range(x, st)})
    if not extra:
        return out
    own.update(extra)
    return _join_marked(words, own)


# round 30: numbers that are no one's own, kept as said (the rules or the tagger took them):
# - only the start every mobile number or a town's numbers share ("je nummer begint met nul zes maar de rest weet je
#   niet meer", "het begint met nul twintig meer weet ik niet"): "nul zes" / an area code, with words after it that
#   say nothing more follows, and no other number in the line;
# - a short service number to call, three or four digits ("bel je een een drie", "bel dan honderdtwaalf"), and the
#   line after it that corrects it ("nee een een twee sorry"): a number of one's own has ten digits
_R30_BEGINS = frozenset("begint beginnen begon start startte".split())
_R30_NOTHING_MORE = frozenset("maar meer verder de dat weet weten geloof denk ken onthoud".split())
_R30_CALL = frozenset("bel bellen belt belde gebeld".split())
_R30_GATE = _Lazy(r"\b(?:%s)\b" % "|".join(sorted(_R30_BEGINS | _R30_CALL)), re.IGNORECASE)
_R30_CORRECT = frozenset("nee of sorry eh nou ik bedoel".split())


def _r30_short_call(toks, run) -> bool:
    return any(t.low in _R30_CALL for t in toks[max(0, run.first - 4):run.first])


def _r30_keep_numbers(raw: str, out: str, prev_raw: str | None = None) -> str:
    if not (_R30_GATE.search(raw) or (prev_raw and _R30_GATE.search(prev_raw))) \
            or not any(lab in out for lab in _NUMBER_LABELS):
        return out
    toks = number_tokens(raw)
    found = runs(toks)
    if not found:
        return out
    keep: list[tuple[int, int]] = []
    if len(found) == 1:
        run = found[0]
        d = run.digits
        after = [t.low for t in toks[run.last + 1:]]
        if run.plus is None and d.startswith("0") and not d.startswith("00") and 2 <= len(d) <= 4 \
                and any(t.low in _R30_BEGINS for t in toks[max(0, run.first - 4):run.first]) \
                and after and after[0] in _R30_NOTHING_MORE:
            keep.append((toks[run.first].start, toks[run.last].end))
    if not keep and all(3 <= len(r.digits) <= 4 and not r.digits.startswith("0") and r.plus is None for r in found):
        said_call = any(_r30_short_call(toks, r) for r in found)
        if not said_call and prev_raw and toks and toks[0].low in _R30_CORRECT:
            ptoks = number_tokens(prev_raw)
            pruns = runs(ptoks)
            said_call = bool(pruns) and all(3 <= len(r.digits) <= 4 and not r.digits.startswith("0")
                                            for r in pruns) and any(_r30_short_call(ptoks, r) for r in pruns)
        if said_call:
            keep.extend((toks[r.first].start, toks[r.last].end) for r in found)
    if not keep:
        return out
    own = _redacted_words(raw, out)
    at = {k for k, m in enumerate(_WS.finditer(raw)) if any(m.start() >= a and m.end() <= b for a, b in keep)}
    if not at or not all(own.get(k) in _NUMBER_LABELS for k in at):
        return out
    return _join_marked(_WS.findall(raw), {k: lab for k, lab in own.items() if k not in at})


# round 30: names the rules let through:
# - an Arabic surname written with its particle and a hyphen ("meneer al-khatib", "mevrouw el-amrani", "abu-bakr"):
#   one word the name lists cannot know;
# - a given name that is also a word or no listed name before a surname, after "heet" ("je vriendin heet dus aaltje
#   [naam]", "hij heet tjalling [naam]");
# - a surname given alone as the answer to "uw achternaam" on its own line, read back later with the given name
#   before it ("bakker" / "geert bakker dus"): both words, also when the surname is a job word
_R30_HYPHEN_NAME = _Lazy(r"^(?:al|el|abu|abou|ibn|ould|ait|abd|abdel|abdul)-[a-z]{3,}$")
_R30_NORTH_SURNAME = _Lazy(r"\w{2,}(?:sma|stra|inga|enga|ema|huizen|ingh)$")
_R30_READ_BACK = frozenset("ja nee dus meneer mevrouw oke oké noteer herhaal".split())
_R30_HEET = frozenset("heet heten hete noemt".split())
_R30_HEET_RE = _Lazy(r"\b(?:%s)\b" % "|".join(sorted(_R30_HEET)), re.IGNORECASE)
_R30_NOT_GIVEN = frozenset("dus nou eh ja nee ook echt wel niet meneer mevrouw toch maar gewoon".split())


def _r30_name_words(raw: str, out: str, context: list | None = None) -> str:
    words = _WS.findall(raw)
    lows = [fold(_bare(w)) for w in words]
    hy = [fold(w.lower().strip(",.?!")) for w in words]
    own = _redacted_words(raw, out) if out != raw else {}
    extra: dict[int, str] = {}

    def plain(k: int) -> bool:
        w = lows[k]
        return k not in own and w.isalpha() and len(w) >= 3 and w not in STOP_WORDS and w not in FILLERS \
            and w not in TUSSEN and w not in _R30_NOT_GIVEN

    for i, w in enumerate(hy):
        if i not in own and _R30_HYPHEN_NAME.match(w) and w.split("-", 1)[1] not in STOP_WORDS:
            extra[i] = "[naam]"
    def after_heet(k: int) -> bool:  # "heet aaltje", "heet dus aaltje"
        return lows[k - 1] in _R30_HEET or (lows[k - 1] == "dus" and k >= 2 and lows[k - 2] in _R30_HEET)

    for i in range(1, len(lows) - 1):
        if own.get(i + 1) is None and plain(i) and plain(i + 1) and _R30_NORTH_SURNAME.search(lows[i + 1]) \
                and after_heet(i):
            extra[i] = extra[i + 1] = "[naam]"  # "heet dus aaltje wiersma": a Frisian or Groningen surname
        if own.get(i + 1) == "[naam]" and plain(i) and after_heet(i):
            extra[i] = "[naam]"
    if context:
        answered = {fold(_bare(x)) for r, o in context if o.strip(" ,.?!") == "[naam]" and len(_WS.findall(r)) <= 2
                    for x in _WS.findall(r)}
        answered = {w for w in answered if w.isalpha() and len(w) >= 3 and w not in STOP_WORDS and w not in FILLERS}
        for i, w in enumerate(lows):
            if w in answered and i >= 1 and plain(i - 1) \
                    and (i < 2 or lows[i - 2] in FILLERS or lows[i - 2] in _R30_READ_BACK):
                extra[i] = extra[i - 1] = "[naam]"  # "geert bakker dus", "ja geert bakker"
    if not extra:
        return out
    return _merge(raw, out, extra)


# ---------------------------------------------------------------------------
# Round 31
# ---------------------------------------------------------------------------
# 1. A house number's addition said on its own after the address, as a form asks for it ("kerkstraat negen" / "en de
#    toevoeging is a", "met huisnummertoevoeging zwart", "huisnummer toevoeging twee hoog"): the addition word and the
#    letter, colour, floor or number that follows it go with the address (only after an address in the line or the
#    two before: "er kwam een toevoeging bij het contract" stays).
# 2. A written house number with its floor or letter after a hyphen ("Dorpsweg 12-III", "Kade 3-A"): the part after
#    the hyphen goes with the number ("-bis" stays as it did: test_redact).
# 3. A street of two words, an adjective before a street's noun ("aan de oude haven op nummer negen", "de lange
#    dijk twaalf"): both words go when the line has the house number redacted or says where one lives ("ze woont
#    aan de nieuwe markt"); a walk "langs de oude haven" stays.
# 4. A postcode's digits alone on a line ("7311 zei je") and its letters on the next ("en dan ka ee"): the digits go
#    too.
# 5. Ordinary talk that stays: what an organisation or a place is called ("de ggz hier heet lentis", "de praktijk
#    in zwolle heet dimence"); the date of a letter, bill or appointment ("de brief van het cjib van drie maart").
_R31_ADDITION_CUES = frozenset("toevoeging huisnummertoevoeging toevoegsel".split())
_R31_ADDITION_WORDS = frozenset("rood zwart bis hs bg huis boven beneden hoog achter voor links rechts i ii iii iv "
                                "een twee drie vier vijf zes zeven acht negen tien".split())
_R31_ADDITION_SKIP = frozenset("is die dat was daarbij erbij dus eh uh ehm ja , : de het".split())
_R31_HYPHEN = _Lazy(r"\[adres\]-(?:[ivx]{1,4}|[a-z]{1,2}|\d{1,3}|hs|rood|zwart|hoog|boven|huis)(?![\w-])",
                         re.IGNORECASE)
_R31_STREET_ADJ = frozenset("nieuwe oude lange korte hoge lage grote kleine brede smalle achterste voorste "
                            "binnen buiten noord zuid oost west noorder zuider ooster wester".split())
_R31_STREET_NOUNS = frozenset("gracht haven dijk weg straat markt kade singel laan plein steeg dreef wal vaart "
                              "zijde hof gang pad dam".split())
_R31_BRIDGE_GATE = frozenset("en eh uh nummer huisnummer".split())


def _r31_gate(raw: str) -> bool:
    """Whether form 1, 3 or the street of form 8 may be in a line (a cheap test on its words first)."""
    low = raw.lower()
    if "toevoeg" in low:
        return True
    ws = low.split()
    for k in range(len(ws) - 1):
        w = ws[k]
        if (w in _R31_STREET_ADJ and ws[k + 1].strip(",.?!") in _R31_STREET_NOUNS) \
                or (ws[k + 1] in _R31_BRIDGE_GATE and w.endswith(_STREET_SUFFIXES)):
            return True
    return False
_R31_ORGS = frozenset("ggz ggd praktijk instelling organisatie stichting kliniek ziekenhuis opvang centrum afdeling "
                      "wijkteam team vereniging club bedrijf firma zaak winkel school app website site programma "
                      "dienst gemeente corporatie woningcorporatie kerk moskee buurthuis cafe café kroeg restaurant "
                      "camping groep cursus training therapie methode project apotheek huisartsenpost post "
                      "verslavingszorg zorginstelling tehuis verpleeghuis dorp stad wijk buurt hulplijn lijn "
                      "locatie cliniek crisisdienst huisartsenpraktijk".split())
_R31_ORG_ENDS = ("praktijk", "centrum", "kliniek", "instelling", "organisatie", "vereniging", "zorg", "huis",
                 "dienst", "opvang", "team")
_R31_PLACE_PREPS = frozenset("in uit bij van te hier daar om rond".split())
_R31_ARTICLES = frozenset("de het t die dat deze onze mijn jullie je hun zijn haar".split())
_R31_TITLES = frozenset("dokter dr meneer mevrouw mr juf meester zuster broeder".split())
_R31_DOCS = frozenset("brief brieven rekening factuur aanmaning herinnering beschikking mail mailtje bericht "
                      "afspraak uitnodiging beslissing besluit uitspraak zitting betaling overboeking incasso "
                      "nota bon melding aanvraag keuring controle dagvaarding vonnis".split())
_R31_BIRTH = _Lazy(r"\bgebo|\bgeb\b|jarig|verjaardag|\bjaar\s+oud|\bgeboorte", re.IGNORECASE)


def _r31_lows(raw: str) -> list[str]:
    return [fold(_bare(w)) for w in _WS.findall(raw)]


def _r31_addition(raw: str, out: str, address_before: bool) -> str:
    """Form 1: the addition word and what follows it, after an address."""
    lows = _r31_lows(raw)
    if not any(w in _R31_ADDITION_CUES for w in lows):
        return out
    if not address_before and "[adres]" not in out:
        return out
    own = _redacted_words(raw, out) if out != raw else {}
    marks: dict[int, str] = {}
    n = len(lows)
    for t, w in enumerate(lows):
        if w not in _R31_ADDITION_CUES:
            continue
        j = t + 1
        while j < n and lows[j] in _R31_ADDITION_SKIP and j - t <= 3:
            j += 1
        if j >= n:
            continue
        x = lows[j]
        if not (x in _R31_ADDITION_WORDS or (len(x) == 1 and x.isalpha()) or x in LETTER_NAMES
                or (x.isdigit() and len(x) <= 2) or own.get(j) == "[adres]"):
            continue
        if j + 1 < n and lows[j + 1] not in SHORT_FILLERS and lows[j + 1] not in _DICTATION_CLOSERS \
                and lows[j + 1] not in ("hoog", "huis", "boven", "beneden", "achter", "voor", "dus", "zei", "toch"):
            continue  # "de toevoeging is een probleem": the addition word in talk
        s = t - 1 if t > 0 and lows[t - 1] == "huisnummer" else t
        e = j + 1 if j + 1 < n and lows[j + 1] in ("hoog", "huis", "boven", "beneden") else j
        marks.update({k: "[adres]" for k in range(s, e + 1)})
    return _merge(raw, out, marks, fillers_too=True) if marks else out


def _r31_two_word_street(raw: str, out: str) -> str:
    """Form 3: "aan de oude haven op nummer [adres]", "ze woont aan de nieuwe markt"."""
    lows = _r31_lows(raw)
    n = len(lows)
    own = None
    marks: dict[int, str] = {}
    for i in range(1, n - 1):
        if lows[i] not in _R31_STREET_ADJ or lows[i + 1] not in _R31_STREET_NOUNS or lows[i - 1] not in ("de", "het"):
            continue
        if own is None:
            own = _redacted_words(raw, out) if out != raw else {}
        if own.get(i, "[naam]") != "[naam]" or own.get(i + 1, "[naam]") != "[naam]":
            continue  # ("de lange" read as a surname: the street's adjective)
        if not (any(lab == "[adres]" for k, lab in own.items() if k > i + 1)
                or any(w in LIVE_CUES for w in lows[max(0, i - 4):i])):
            continue
        marks[i] = marks[i + 1] = "[adres]"
    if not marks:
        return out
    own = dict(own or {})
    for i in marks:
        if own.get(i - 1) == "[naam]" and lows[i - 1] in ("de", "het") and i - 1 not in marks:
            del own[i - 1]  # the article of "de lange" read as a surname
    return _join_marked(_WS.findall(raw), {**own, **marks})


_R31_STREET_LEAD = frozenset("dus ja oke oké ok nou eh uh ehm en dan de het t aan op is adres mijn straat zei je "
                             "woon woont".split())
_R31_NUMBER_BRIDGE = frozenset("en dan eh uh ehm nummer huisnummer op".split())


def _r31_street_word(w: str) -> bool:
    if not w.endswith(_STREET_SUFFIXES) or w in _NOT_STREETS or not w.isalpha():
        return False
    suf = next((s for s in _STREET_SUFFIXES if w.endswith(s)), None)
    return suf is not None and len(w) >= len(suf) + 3


def _r31_street_then_number(raw: str, out: str) -> str:
    """Form 8 in one line: "oke de beukenweg en dan drie acht": the street, "en dan", the house number."""
    lows = _r20_lows(raw)
    n = len(lows)
    marks: dict[int, str] = {}
    for i, w in enumerate(lows):
        if not _r31_street_word(w) or not all(x in _R31_STREET_LEAD for x in lows[:i]):
            continue
        j = i + 1
        while j < n and lows[j] in _R31_NUMBER_BRIDGE:
            j += 1
        if j == i + 1:
            continue  # the street right before its number: the rules read that
        k = j
        while k < n and k - j < 3 and (v := _r20_number(lows[k])) is not None and v < 1000:
            k += 1
        if k == j or not all(x in _DICTATION_CLOSERS or x in SHORT_FILLERS for x in lows[k:]):
            continue
        marks.update({x: "[adres]" for x in range(i, k) if x == i or x >= j})
    if not marks:
        return out
    own = _redacted_words(raw, out) if out != raw else {}
    return _join_marked(_WS.findall(raw), {**own, **marks})


def _r31_org_called(raw: str, out: str) -> str:
    """Form 5: "de ggz in eindhoven heet [naam]": an organisation's or a place's name stays."""
    if "[naam]" not in out:
        return out
    lows = _r31_lows(raw)
    n = len(lows)
    own = _redacted_words(raw, out)
    keep: list[int] = []
    for h, w in enumerate(lows):
        if w not in ("heet", "heten", "hete", "noemt"):
            continue
        k = h + 1
        while k < n and lows[k] in ("dus", "gewoon", "eigenlijk", "officieel", "tegenwoordig", "nu", "sinds", "kort"):
            k += 1
        if k >= n or own.get(k) != "[naam]" or own.get(k + 1) == "[naam]" or (k > 0 and lows[k - 1] in _R31_TITLES):
            continue
        j, found = h - 1, False
        for _ in range(6):
            if j < 0:
                break
            x = lows[j]
            if x in _R31_ORGS or (len(x) > 4 and x.endswith(_R31_ORG_ENDS)):
                found = j == 0 or lows[j - 1] in _R31_ARTICLES or lows[j - 1] not in _R31_PLACE_PREPS
                if j >= 2 and lows[j - 1] in _R31_ARTICLES and lows[j - 2] in _R31_PLACE_PREPS:
                    j -= 3  # "de psychiater van de ggz heet ...": the ggz is not what is called so
                    found = False
                    continue
                break
            if j >= 1 and lows[j - 1] in _R31_PLACE_PREPS:
                j -= 2  # "in eindhoven"
                continue
            if x in ("hier", "daar", "nu", "ook", "dus", "eigenlijk") or x in _R31_ARTICLES:
                j -= 1
                continue
            break
        if found:
            keep.append(k)
    if not keep:
        return out
    marks = {i: lab for i, lab in own.items() if i not in keep}
    return _join_marked(_WS.findall(raw), marks)


def drop_document_date(source: str, marks: dict[int, str]) -> dict[int, str]:
    """Form 5: the tagger's [datum] on a letter's, bill's or appointment's date ("de brief van het uwv van twee
    mei"): no birthday (a line that speaks of birth or a birthday keeps it)."""
    if "[datum]" not in marks.values() or _R31_BIRTH.search(source):
        return marks
    lows = _r31_lows(source)
    drop: list[int] = []
    for i in sorted(k for k, lab in marks.items() if lab == "[datum]"):
        if marks.get(i - 1) == "[datum]" or i == 0:
            continue
        if lows[i - 1] not in ("van", "op", "sinds", "gedateerd", "per", "tot", "vanaf"):
            continue
        if not any(w in _R31_DOCS for w in lows[max(0, i - 6):i - 1]):
            continue
        k = i
        while marks.get(k) == "[datum]":
            drop.append(k)
            k += 1
    if not drop:
        return marks
    return {i: lab for i, lab in marks.items() if i not in drop}


def redact_round31(raw: str, out: str, address_before: bool = False) -> str:
    """Round 31 on one line (forms 1, 2, 3, 7, 10, 11 and the organisation's name of form 5)."""
    if "nul" in raw and (out == raw or "[datum]" in out or "[nummer]" in out):
        out = _r31_phone_groups(raw, out)
    if ("[telefoonnummer]" in out and " dan " in raw) or ("[iban]" in out and "l " in raw):
        out = _r31_number_tails(raw, out)
    if "[" in out:
        if "]-" in out:
            out = _R31_HYPHEN.sub("[adres]", out)
        if "[naam]" in out and ("heet" in raw or "heten" in raw or "noemt" in raw):
            out = _r31_org_called(raw, out)
    if not _r31_gate(raw):
        return out
    out = _r31_addition(raw, out, address_before)
    out = _r31_street_then_number(raw, out)
    return _r31_two_word_street(raw, out)


def _r31_digits_before_letters(prev_raw: str, prev_out: str) -> dict[int, str]:
    """Form 4: the postcode's digits in the line before its letters ("7311 zei je", "vierenzeventig elf dus")."""
    words = _WS.findall(prev_raw)
    if not words or len(words) > 6 or "[postcode]" in prev_out:
        return {}
    lows = _r31_lows(prev_raw)
    own = _redacted_words(prev_raw, prev_out) if prev_out != prev_raw else {}
    nums = [k for k, w in enumerate(lows) if _r20_number(w) is not None]
    if len(nums) == 1 and lows[nums[0]].isdigit() and len(lows[nums[0]]) == 4 and 1000 <= int(lows[nums[0]]) <= 9999:
        pick = nums
    elif len(nums) == 2 and nums[1] == nums[0] + 1 and all(10 <= (_r20_number(lows[k]) or 0) <= 99 for k in nums):
        pick = nums
    else:
        return {}
    if any(k in own for k in pick):
        return {}
    rest = [w for k, w in enumerate(lows) if k not in pick]
    if not all(w in SHORT_FILLERS or w in ("zei", "je", "u", "zeg", "ik", "de", "postcode", "is", "het", "dat", "")
               for w in rest):
        return {}
    return {k: "[postcode]" for k in pick}


# 6. A name spelled letter by letter after it was asked for ("kunt u dat spellen" / "ka o er te e" / "korte dank u"):
#    every letter goes (also a letter that is a word, "er", "en", "je"), and the word the letters make, said after.
# 7. A mobile number said in groups with "eh" between, whose tail reads like a date ("nul zes eh twaalf eh dertig eh
#    elf eh vierentachtig"): the ten digits from "nul" are one phone number.
# 8. A street's name alone on its line ("dus de molendijk ja") and its house number redacted on the next ("en dan
#    een nul zes"): the street goes too.
# 9. A house number dictated digit by digit ("en dan drie acht") and said whole on the next line ("dus
#    achtendertig"): the whole number goes too.
_R31_SPELL_CUE = _Lazy(r"\bspel|letter\s+voor\s+letter|\bletters\b", re.IGNORECASE)
_R31_SPELL_FILLERS = HESITATIONS | frozenset(", . streepje spatie".split())


@lru_cache(maxsize=512)
def _r31_letters(raw: str) -> str | None:
    """The letters of a line that is a spelling and nothing else (three letters at least), else None."""
    got = ""
    for w in _r20_lows(raw):
        if not w or w in _R31_SPELL_FILLERS:
            continue
        if len(w) == 1 and w.isalpha():
            got += w
        elif w in LETTER_NAMES:
            got += LETTER_NAMES[w]
        else:
            return None
    return got if len(got) >= 3 else None


def _r31_phone_groups(raw: str, out: str) -> str:
    """Form 7 on one line."""
    lows = _r20_lows(raw)
    own = _redacted_words(raw, out) if out != raw else {}
    marks: dict[int, str] = {}
    i, n = 0, len(lows)
    while i < n:
        if lows[i] != "nul":
            i += 1
            continue
        digits, nums, j = "", [], i
        while j < n and len(digits) < 10:
            w = lows[j]
            v = 0 if w == "nul" else _r20_number(w)
            if v is not None and v < 100:
                digits += str(v)
                nums.append(j)
            elif w not in SHORT_FILLERS or w in ("en", "dan", "ja", "nee"):
                break
            j += 1
        if len(digits) == 10 and digits.startswith("0") and not digits.startswith(_SERVICE_PREFIXES) \
                and any(own.get(k) != "[telefoonnummer]" for k in nums):
            marks.update({k: "[telefoonnummer]" for k in range(nums[0], nums[-1] + 1)})
            i = j
        else:
            i += 1
    if not marks:
        return out
    keep = {k: lab for k, lab in own.items() if k not in marks}
    return _join_marked(_WS.findall(raw), {**keep, **marks})


_R31_NUMBER_LABELS = ("[telefoonnummer]", "[nummer]", "[adres]", "[bsn]", "[iban]")


def _r31_street_alone(prev_raw: str, prev_out: str) -> dict[int, str]:
    """Form 8: the street word of a short line before a redacted house number."""
    words = _WS.findall(prev_raw)
    if not words or len(words) > 5 or "?" in prev_raw:
        return {}
    own = _redacted_words(prev_raw, prev_out) if prev_out != prev_raw else {}
    marks: dict[int, str] = {}
    for k, w in enumerate(_r20_lows(prev_raw)):
        if k in own or w in _NOT_STREETS or not w.isalpha():
            continue
        suf = next((s for s in _STREET_SUFFIXES if w.endswith(s)), None)
        if suf is not None and len(w) >= len(suf) + 3:
            marks[k] = "[adres]"
    return marks


def _r31_whole_after_digits(prev_raw: str, prev_out: str, raw: str, out: str) -> dict[int, str]:
    """Form 9: a number word of this short line that is the digits redacted in the line before, said whole."""
    lows = _r20_lows(raw)
    if len(lows) > 4:
        return {}
    own = _redacted_words(raw, out) if out != raw else {}
    p_lows = _r20_lows(prev_raw)
    p_own = _redacted_words(prev_raw, prev_out) if prev_out != prev_raw else {}
    said: dict[int, str] = {}
    run: list[int] = []
    for k, w in enumerate(p_lows + ("",)):
        v = _r20_number(w) if w else None
        if v is not None and v < 10 and k in p_own:
            run.append(k)
            continue
        if run and w in HESITATIONS:
            continue  # round 38: "vijf eh een", the digits with a hesitation between
        if 2 <= len(run) <= 3:
            said[int("".join(str(_r20_number(p_lows[x])) for x in run))] = p_own[run[0]]
        run = []
    if not said:
        return {}
    marks: dict[int, str] = {}
    for k, w in enumerate(lows):
        v = _r20_number(w)
        if k not in own and v is not None and v >= 10 and v in said:
            marks[k] = said[v]
    if marks and not all(w in SHORT_FILLERS or w in _DICTATION_CLOSERS or k in marks for k, w in enumerate(lows)):
        return {}
    return marks


# 10. The last digits of a phone number said after it with "ja en dan" ("[telefoonnummer] ja en dan acht negen"): they
#     go with it (numbers up to the end of the line only: "... en dan twee keer drukken" stays).
# 11. An IBAN's "NL" heard as "een l", "en el" or "n l" before its check digits, the rest redacted ("een l eenenveertig
#     [iban]"): the head goes with it.
_R31_TAIL_BRIDGE = frozenset("ja en dan eh uh ehm nog daarna daarachter erachter".split())


def _r31_number_tails(raw: str, out: str) -> str:
    """Forms 10 and 11 on one line."""
    if "[telefoonnummer]" not in out and "[iban]" not in out:
        return out
    lows = _r20_lows(raw)
    own = _redacted_words(raw, out) if out != raw else {}
    n = len(lows)
    marks: dict[int, str] = {}
    for k in range(n):
        lab = own.get(k)
        if lab == "[telefoonnummer]" and own.get(k + 1) is None and k + 1 < n:
            j = k + 1
            while j < n and lows[j] in _R31_TAIL_BRIDGE and j not in own:
                j += 1
            if j == k + 1 or "dan" not in lows[k + 1:j]:
                continue
            e = j
            while e < n and e not in own and (v := _r20_number(lows[e])) is not None and v < 100:
                e += 1
            if e > j and all(x in _DICTATION_CLOSERS for x in lows[e:]):
                marks.update({x: lab for x in range(j, e)})
        elif lab == "[iban]" and own.get(k - 1) is None and k >= 3 and 10 <= (_r20_number(lows[k - 1]) or 0) <= 99 \
                and lows[k - 2] in ("l", "el") and lows[k - 3] in ("een", "en", "n") and (k - 3) not in own:
            marks.update({k - 3: lab, k - 2: lab, k - 1: lab})
        elif lab == "[iban]" and own.get(k - 1) is None and k >= 2 and lows[k - 1] in ("l", "el") \
                and lows[k - 2] in ("een", "en", "n"):
            marks.update({k - 2: lab, k - 1: lab})  # the check digits already in the placeholder
        elif lab == "[iban]" and lows[k] in ("l", "el") and k >= 1 and own.get(k - 1) is None \
                and lows[k - 1] in ("een", "en", "n"):
            marks[k - 1] = lab  # "een [iban]": the "l" of "nl" already in the placeholder
    return _merge(raw, out, marks, fillers_too=True) if marks else out


# Round 32: callers in a hurry who give data in bits, correct themselves and hear it read back as a question. All own
# examples, not taken from the holdouts.
# 1. An alternative read back as a question ("was het nou de beukenlaan of de berkenlaan", "is het [telefoonnummer]
#    of negen aan het eind", "meneer [naam] of jansma"): when one side of "of" is redacted, the other side of the
#    same kind goes too; with a data word in the line ("... aan het begin van je bsn") two numbers on both sides go.
# 2. The last part of a number given or read back on its own ("[telefoonnummer]" / "en het laatste is acht", "het
#    laatste stuk was nog drie vier acht negen toch").
# 3. A flat's number after the address ("[adres]" / "[adres]" / "en dan driehonderd vier dus op de derde"), and the
#    house number after a street's kind said again ("straat oke nummer acht").
# 4. A correction right after a redacted item ("[adres] nee c", "[telefoonnummer] nee wacht niet negen maar acht"),
#    and a top level domain corrected on the line after an e-mail address ("nee punt com sorry").
# 5. A postcode's letters named ("de letters zijn ka el"), the last letter added ("[postcode] en dan nog een b").
# 6. A bank's code alone on a line after the IBAN's head ("[iban]" / "rabo" / ...), "zero" for a zero.
# 7. A surname that is also a Dutch word right after "meneer" or "mevrouw" at a clause's end ("oke meneer bakker ik heb
#    het"), a first name before a redacted surname after a writing cue ("ik noteer [naam]"), written initials ("R.J.").
# 8. An address range ("[adres] tot en met [adres]") as one address.
_R32_NUMBER_LABELS = NUMBER_LABELS + ("[postcode]",)
_R32_QUESTION = frozenset("was is bedoel bedoelt zei zegt".split())
_R32_SIDE_SKIP = frozenset("de het mevrouw meneer nummer huisnummer punt".split())
_R32_DATA_WORDS = {"bsn": "[bsn]", "burgerservicenummer": "[bsn]", "postcode": "[postcode]", "iban": "[iban]",
                   "rekeningnummer": "[iban]", "rekening": "[iban]", "telefoonnummer": "[telefoonnummer]",
                   "mobiel": "[telefoonnummer]", "mobiele": "[telefoonnummer]", "huisnummer": "[adres]"}
_R32_SIDE_STOP = frozenset("aan het eind begin toch of ja nee oke ok he hè dus dan en zei je u bedoel ik".split())
_R32_PART = _Lazy(r"\b(?:het|de)\s+(?:laatste|eerste|rest)\b", re.IGNORECASE)
_R32_PART_NOUNS = frozenset("stuk stukje deel gedeelte cijfer cijfers getal getallen nummer nummers".split())
_R32_ORDINALS = (_R20_ORDINALS - {"bovenste", "onderste"}) | {"begane"}  # floors: "op de derde", "de begane grond"
_R32_FLAT_WORDS = frozenset("appartement appartementnummer flat flatnummer woning kamer nummer huisnummer".split())
_R32_STREET_KINDS = frozenset("straat laan weg plein kade gracht singel dijk erf hof pad".split())
_R32_BANKS = BANK_NAMES | {"abna"}
_R32_NOT_SURNAME = frozenset("is wil zegt heeft kan moet mag gaat komt wacht belt vraagt denkt weet zit staat ligt "
                             "loopt was had zei vindt doet hoort ziet bedoelt dank bedankt graag even nog ook al "
                             "alstublieft".split())
_R32_NOT_FIRST = frozenset("even nog alleen gewoon dus dan naam achternaam voornaam hier daar nu eerst ook wel "
                            "zijn haar hem hun mijn uw je jouw u op voor als de het die dat deze".split())
_R32_ZERO = _Lazy(r"(\[(?:iban|telefoonnummer|bsn|nummer)\])(?:\s+zero)+\b")
STOP_WORDS_R32 = frozenset("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split())
_R32_CLAUSE = frozenset("ik we wij dank bedankt dan".split())
_R32_WRITE_CUES = frozenset("noteer noteren genoteerd opgeschreven schrijf".split())
_R32_INITIALS = _Lazy(r"(?<![\w.])((?:[A-Z]\.\s?){1,4})([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b")
_R32_RANGE = _Lazy(r"\[adres\]\s+(?:tot\s+en\s+met|t/m|tot)\s+\[adres\]")
_R32_RANGE_NUMBER = _Lazy(
    rf"\[adres\]\s+(?:tot\s+en\s+met|t/m)\s+(?:{_NUMWORD})(?:\s+(?:{_NUMWORD}))?(?:\s+[a-z])?(?=\s*[,.?!]?\s*$|\s+(?:ja|dus|toch|oke|oké)\b)",
    re.IGNORECASE)
_R32_CORRECTION = frozenset("nee nee, sorry wacht niet maar eh uh of".split())


def _r32_kind_like(w: str, label: str, after_number: bool) -> bool:
    """Whether a word may be part of an item of the kind `label` (one side of an alternative)."""
    if not w or w in _R32_SIDE_STOP:
        return False
    if label in _R32_NUMBER_LABELS:
        if w == "nul" or _r20_number(w) is not None:
            return True
        return label == "[postcode]" and after_number and (len(w) == 1 and w.isalpha())
    if label == "[adres]":
        return _r31_street_word(w) or _r20_number(w) is not None or (after_number and len(w) == 1 and w.isalpha())
    if label == "[naam]":
        return _r29_name_like(w) or w in TUSSEN
    if label == "[e-mail]":
        return w.isalnum() and (len(w) == 1 or _r29_name_like(w) or w in ("at", "punt", "gmail", "hotmail"))
    return False


def _r32_alternative(raw: str, out: str) -> str:
    """Form 1 on one line."""
    lows = _r20_lows(raw)
    n = len(lows)
    if "of" not in lows or not any(w in _R32_QUESTION for w in lows[:3]):
        return out
    own = _redacted_words(raw, out) if out != raw else {}
    marks: dict[int, str] = {}
    for o, w in enumerate(lows):
        if w != "of" or o == 0 or o + 1 >= n:
            continue
        r = o + 1
        while r < n - 1 and lows[r] in _R32_SIDE_SKIP and r not in own:
            r += 1
        left, right = own.get(o - 1), own.get(r)
        if left is not None and right is None:  # the right side like the left one
            k, got = r, False
            if left in ("[adres]", "[naam]") and _r32_similar(lows[r], lows[o - 1]):
                marks[r] = left
                continue
            while k < n and k not in own and _r32_kind_like(lows[k], left, got or left in _R32_NUMBER_LABELS):
                got = got or _r20_number(lows[k]) is not None
                marks[k] = left
                k += 1
                if left == "[naam]" and k - r >= 3:
                    break
        elif right is not None and left is None:  # the left side like the right one
            k = o - 1
            if right in ("[adres]", "[naam]") and _r32_similar(lows[k], lows[r]):
                marks[k] = right
                continue
            while k >= 0 and k not in own and lows[k] not in _R32_QUESTION and lows[k] not in ("het", "nou") \
                    and _r32_kind_like(lows[k], right, right in _R32_NUMBER_LABELS) and o - k <= 3:
                marks[k] = right
                k -= 1
        elif left is None and right is None:  # "was het tweehonderdzes of tweehonderdzestien ... van je bsn"
            data = next((_R32_DATA_WORDS[x] for x in lows if x in _R32_DATA_WORDS), None)
            a, b = _r20_number(lows[o - 1]), _r20_number(lows[r])
            if data is not None and a is not None and b is not None and a >= 10 and b >= 10:
                k = o - 1
                while k >= 0 and _r20_number(lows[k]) is not None:
                    marks[k] = data
                    k -= 1
                k = r
                while k < n and _r20_number(lows[k]) is not None:
                    marks[k] = data
                    k += 1
    return _merge(raw, out, marks) if marks else out


def _r32_similar(a: str, b: str) -> bool:
    """Two words that share their first four letters and differ after ("kruisplein" / "kruiskade")."""
    return a.isalpha() and b.isalpha() and len(a) >= 6 and len(b) >= 6 and a[:4] == b[:4] and a != b \
        and a not in STOP_WORDS_R32 and b not in STOP_WORDS_R32


def _r32_digits_before_postcode(raw: str, out: str) -> str:
    """Form 5: "dus negenhonderd eenenzeventig en dan [postcode]": the digits said before "en dan" and the
    postcode's letters."""
    lows = _r20_lows(raw)
    own = _redacted_words(raw, out)
    n = len(lows)
    for k in range(n):
        if own.get(k) != "[postcode]" or own.get(k - 1) is not None:
            continue
        j = k - 1
        while j >= 0 and lows[j] in ("en", "dan", "eh", "uh", "ehm") and j not in own:
            j -= 1
        bridged = j < k - 1 and "dan" in lows[j + 1:k]
        if j < k - 1 and not bridged:
            continue
        e = j
        while e >= 0 and e not in own and (v := _r20_number(lows[e])) is not None and v < 10000 and j - e < 4:
            e -= 1
        if e == j:
            continue
        vals = [_r20_number(lows[x]) or 0 for x in range(e + 1, j + 1)]
        whole = len(vals) >= 2 and vals[0] >= 100 and all(vals[i] > sum(vals[i + 1:]) and vals[i] % 10 == 0
                                                           for i in range(len(vals) - 1))
        if whole:
            vals = [sum(vals)]  # "negenhonderd eenenzeventig", "zevenduizend negenhonderd eenentwintig"
        elif not bridged:
            continue
        digits = "".join(str(v) for v in vals)
        if 3 <= len(digits) <= 4 and all(x in SHORT_FILLERS or x in _DICTATION_CLOSERS for x in lows[:e + 1]):
            return _merge(raw, out, {x: "[postcode]" for x in range(e + 1, k)}, fillers_too=True)
    return out


def _r32_correction(raw: str, out: str) -> str:
    """Form 4 on one line: "[adres] nee c", "[telefoonnummer] nee wacht niet [telefoonnummer] maar acht"."""
    lows = _r20_lows(raw)
    own = _redacted_words(raw, out) if out != raw else {}
    n = len(lows)
    marks: dict[int, str] = {}
    for k in range(n):
        lab = own.get(k)
        if lab is None or lab == "[naam]" or own.get(k + 1) is not None:
            continue
        j = k + 1
        if j >= n or lows[j] not in ("nee", "sorry", "maar"):
            continue
        while j < n and (lows[j] in _R32_CORRECTION or own.get(j) == lab):
            j += 1
        e = j
        while e < n and e not in own and (lows[e] == "nul" or _r20_number(lows[e]) is not None
                                          or (len(lows[e]) == 1 and lows[e].isalpha() and lab in ("[adres]", "[postcode]"))):
            e += 1
        if e > j and e - j <= 4 and all(x in _DICTATION_CLOSERS or x in SHORT_FILLERS for x in lows[e:]):
            marks.update({x: lab for x in range(j, e)})
    return _merge(raw, out, marks, fillers_too=True) if marks else out


def _r32_surname_word(raw: str, out: str) -> str:
    """Form 7 on one line: "oke meneer bakker ik heb het genoteerd", "ik noteer mary [naam]", "R.J. Pinas"."""
    lows = _r20_lows(raw)
    n = len(lows)
    own = _redacted_words(raw, out) if out != raw else {}
    marks: dict[int, str] = {}
    for k in range(n - 1):
        if lows[k] in ("meneer", "mevrouw") and (k + 1) not in own and _r29_name_like(lows[k + 1]) \
                and lows[k + 1] not in _R32_NOT_SURNAME and (k + 2 >= n or lows[k + 2] in _R32_CLAUSE) \
                and all(x in SHORT_FILLERS or x in _DICTATION_CLOSERS for x in lows[:k]):
            marks[k + 1] = "[naam]"
        if lows[k] in _R32_WRITE_CUES:
            j = k + 1
            while j < n and j not in own and j - k <= 2 and _r29_name_like(lows[j]) and lows[j] not in _R32_NOT_SURNAME \
                    and lows[j] not in _R32_NOT_FIRST:
                j += 1
            if j > k + 1 and own.get(j) == "[naam]":
                marks.update({x: "[naam]" for x in range(k + 1, j)})
    if marks:
        out = _merge(raw, out, marks)
    if "." in raw and _R32_INITIALS.search(out):
        out = _R32_INITIALS.sub(_r32_initials_name, out)
    return out


# round 39: words that start a sentence and are no surname ("Daarna", "Dan", "Toen")
_R39_SENTENCE_START = STOP_WORDS | frozenset(("daarna daarom daarnaast vervolgens eerst verder gelukkig helaas misschien "
                                              "sindsdien ondertussen intussen anders").split())


def _r32_initials_name(m: re.Match) -> str:
    """"R.J. Pinas", "K. Jansen": initials and a surname; not a month, nor (round 39) one capital letter ending a
    sentence and an ordinary word starting the next ("plan B. Daarna", "vitamine C. Dan"), unless a title is before."""
    word = m.group(2).lower()
    if word in MONTHS:
        return m.group(0)
    if len(m.group(1).replace(" ", "")) == 2 and m.group(1).endswith(" ") and word in _R39_SENTENCE_START \
            and word not in SURNAMES_SAFE and word not in SURNAMES_AMBIGUOUS \
            and not re.search(r"\b(?:meneer|mevrouw|mevr|dhr|mw|heer)\.?\s*$", m.string[:m.start()], re.IGNORECASE):
        return m.group(0)
    return "[naam]"


def redact_round32(raw: str, out: str) -> str:
    """Round 32 on one line (forms 1, 4, 6's "zero", 7 and 8)."""
    if " of " in raw:
        out = _r32_alternative(raw, out)
    if "[" in out:
        if " nee " in raw or " sorry " in raw or " maar " in raw:
            out = _r32_correction(raw, out)
        if "zero" in raw:
            out = _R32_ZERO.sub(r"\1", out)
        if "nuls " in raw:
            out = re.sub(r"\bnuls\s+(\[telefoonnummer\])", r"\1", out)
        if "[adres] t" in out:
            out = _R32_RANGE_NUMBER.sub("[adres]", out)
            out = _R32_RANGE.sub("[adres]", out)
    if "[postcode]" in out and (" dan " in raw or "honderd" in raw or "duizend" in raw):
        out = _r32_digits_before_postcode(raw, out)
    if "meneer" in raw or "mevrouw" in raw or "note" in raw or "schrijf" in raw or "." in raw:
        out = _r32_surname_word(raw, out)
    return out


def _r32_part(raw: str, out: str, label: str | None) -> str:
    """Form 2: "(en) het laatste (stuk) is/was (nog) <numbers>": with a number redacted just before, or four digits
    at least."""
    lows = _r20_lows(raw)
    n = len(lows)
    own = _redacted_words(raw, out) if out != raw else {}
    for k in range(n - 2):
        if lows[k] not in ("het", "de") or lows[k + 1] not in ("laatste", "eerste", "rest"):
            continue
        j = k + 2
        if j < n and lows[j] in _R32_PART_NOUNS:
            j += 1
        if j < n and lows[j] in ("is", "was", "zijn", "waren", "wordt"):
            j += 1
        else:
            continue
        while j < n and lows[j] in ("nog", "dan", "eh", "uh", "dus"):
            j += 1
        e = j
        while e < n and e not in own and (lows[e] == "nul" or (_r20_number(lows[e]) or 1000) < 100):
            e += 1
        if e == j or not all(x in _DICTATION_CLOSERS or x in SHORT_FILLERS or x == "" for x in lows[e:]):
            continue
        lab = label or ("[nummer]" if e - j >= 4 and all((_r20_number(x) or 0) < 10 for x in lows[j:e]) else None)
        if lab is None or not all(x in SHORT_FILLERS or x in _DICTATION_CLOSERS or x == "" for x in lows[:k]):
            continue
        return _merge(raw, out, {x: lab for x in range(j, e)})
    return out


def _r32_postcode_letters(lows: tuple[str, ...], own: dict[int, str], after_postcode: bool) -> dict[int, str]:
    """Form 5: "de letters zijn ka el" (two letters after "letters"), "(en dan) nog een b" after a postcode."""
    def letter(w: str) -> bool:
        return (len(w) == 1 and w.isalpha()) or w in LETTER_NAMES

    n = len(lows)
    for k, w in enumerate(lows):
        if w == "letters" and k + 1 < n and lows[k + 1] in ("zijn", "waren", "is"):
            got = [x for x in range(k + 2, n) if letter(lows[x]) and x not in own]
            rest = [x for x in range(k + 2, n) if x not in got and lows[x] not in SHORT_FILLERS]
            if 1 <= len(got) <= 2 and not rest:
                return {x: "[postcode]" for x in got}
    if after_postcode:
        letters = [x for x in range(n) if letter(lows[x]) and x not in own and lows[x] not in ("en", "een", "je")]
        if len(letters) == 1 and all(x in letters or x in own or lows[x] in SHORT_FILLERS
                                     or lows[x] in ("nog", "een", "de", "letter", "laatste", "is")
                                     or lows[x] in _DICTATION_CLOSERS for x in range(n)) and "nog" in lows \
                and letters[0] > lows.index("nog"):
            return {letters[0]: "[postcode]"}
    return {}


_R32_NOT_AFTER_VAN = frozenset("harte mij jou jouw hem haar ons hun zelf huis werk school nu toen dag plan "
                               "gisteren vandaag morgen avond nacht ochtend middag week maand jaar".split())


# 9. A correction on the line after the item ("ik noteer even de schans" / "nee de [adres]", "dus negen twintig
#    dertien" / "nee [postcode]", "mevrouw [naam]" / "nee van der velde"): the item corrected goes too, and a surname
#    with its particles said as the correction.
def _r32_corrected_before(prev_raw: str, prev_out: str, lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """The words at the end of the line before that this line's redacted item ("nee (de) [label]") corrects."""
    k = 1
    while k < len(lows) and lows[k] in ("nee", "sorry", "wacht", "het", "is", "de", "eh", "uh", "dus"):
        k += 1
    lab = own.get(k)
    if lab is None or lab == "[naam]":
        return {}
    p_lows = _r20_lows(prev_raw)
    p_own = _redacted_words(prev_raw, prev_out) if prev_out != prev_raw else {}
    if not p_lows or len(p_lows) > 8 or "?" in prev_raw:
        return {}
    e = len(p_lows)
    while e > 0 and p_lows[e - 1] in _DICTATION_CLOSERS:
        e -= 1
    if lab == "[adres]":
        s = e
        while s > 0 and e - s < 2 and (s - 1) not in p_own and p_lows[s - 1].isalpha() \
                and p_lows[s - 1] not in ("de", "het") and _r29_name_like(p_lows[s - 1]):
            s -= 1
        if s == e or s == 0 or p_lows[s - 1] not in ("de", "het"):
            return {}
        return {x: lab for x in range(s, e)}
    if lab in _R32_NUMBER_LABELS:
        s = e
        while s > 0 and (s - 1) not in p_own and (_r20_number(p_lows[s - 1]) is not None
                                                  or _r32_glued_number(p_lows[s - 1])):
            s -= 1
        if s == e or not all(w in SHORT_FILLERS or w in ("het", "is", "was", "") for w in p_lows[:s]):
            return {}
        return {x: lab for x in range(s, e)}
    return {}


@lru_cache(maxsize=1024)
def _r32_glued_number(w: str) -> bool:
    """A word of two or three number words said as one ("negentwintigdertien")."""
    if len(w) < 8 or not w.isalpha():
        return False
    for i in range(3, len(w) - 2):
        if word_value(w[:i]) is not None and (word_value(w[i:]) is not None or _r32_glued_number(w[i:])):
            return True
    return False


def _r32_name_corrected(lows: tuple[str, ...], own: dict[int, str], labels_before: list[str]) -> dict[int, str]:
    """ "mevrouw [naam]" / "nee van der velde": particles and a surname as the whole correction."""
    if "[naam]" not in labels_before:
        return {}
    k = 1
    while k < len(lows) and lows[k] in ("nee", "sorry", "het", "is", "eh", "uh"):
        k += 1
    s = k
    while k < len(lows) and lows[k] in TUSSEN:
        k += 1
    if k == s or k >= len(lows) or k - s > 3 or not _r29_name_like(lows[k]) or k in own \
            or lows[k] in _R32_NOT_AFTER_VAN:
        return {}
    if not all(w in _DICTATION_CLOSERS or w in SHORT_FILLERS for w in lows[k + 1:]):
        return {}
    return {x: "[naam]" for x in range(s, k + 1)}


# Round 33: names without a cue word, the ways people say them to someone or about themselves.
# 1. A name used to address the caller: at the start of the line (after "ja", "oké", "wat fijn" ...) and before
#    "ik", "je", "dat je", "vertel" ... ("ja joep ik ben er nog", "sjaak je klinkt moe", "wat fijn henkie dat je
#    belt"); a name that is also a word only from a small list of Dutch first names that are words.
# 2. Who someone is: "jij bent (dus) X", "u bent (dus) X", "ben jij X" ending the line.
# 3. The name one wants to be called: "noem me maar X", "mag ik je X noemen", "als ik je X noem", "zeg maar X":
#    it goes there and, said again later in the call, there too.
# 4. A line that is a name alone in another language: two or three words no Dutch list knows, one name-like
#    ("ionescu" style surnames after a first name), no town's ending.
# 5. A first name right before a surname that was taken out, at the start of the line ("dus amara [naam]").
_R33_WORD_NAMES = frozenset("""
sjaak jaap lies bas kees klaas joop henk gerrit hans harm bert wim jos mies fien truus sjef tom rob ruud
frits fred guus jet mien bep ria riet gijs stijn tim teun thijs bart roos iris geert rien
""".split())
# the people one's own name goes with ("je vriend sjaak", "mijn buurvrouw jet")
_R33_RELATIONS = frozenset("""vriend vriendin vriendje vriendinnetje buurman buurvrouw broer broertje zus zusje neef nicht
oom ome tante opa oma zoon dochter collega maat""".split())
# "ja ben ik gek": a verb, not the name Ben; sounds and words of surprise a line starts with
_R33_NOT_NAME = frozenset("""ben pfoe pff pfff poe poeh tja tsja jeetje jemig jezus joh oei oeps ach hmm hmmm mwah nja
nah jep jup yes okay oh ah au auw bah jee goh zucht haha hihi sjonge tjonge potverdorie verdorie shit fuck
spell check wait call text send write tell say look listen can could bro sis wollah wallah mattie""".split())  # round 45: English
_R33_LEAD = frozenset("ja oke ok oké nou hoi hee he hé dag hallo goed fijn mooi sorry dus en".split())
_R33_LEAD2 = frozenset({("wat", "fijn"), ("wat", "goed"), ("wat", "mooi"), ("wat", "fijn"), ("dank", "je"),
                        ("nou", "ja"), ("ja", "hoor")})
_R33_AFTER = frozenset("ik je jij u dat vertel zeg luister hoor weet ben blijf".split())
_R33_TOWN_END = ("dam", "dorp", "stad", "meer", "veen", "hoven", "burg", "berg", "wijk", "horst", "broek", "land",
                 "wolde", "zijl", "sloot", "haven", "heim", "heem", "drecht", "recht", "voort", "huizen", "kerk",
                 "mond", "zand", "bosch", "loo", "oord", "ven", "hout", "weg", "laan", "straat", "plein", "kade")


def _r33_name(w: str, strong: bool, ambiguous: bool = True) -> bool:
    """A first name or a word no list knows that reads as a name (no town's ending); with `strong` also a Dutch
    first name that is a word, and with `ambiguous` too Faker's names that are words."""
    if not w or not w.isalpha() or len(w) < 2 or w in _R33_NOT_NAME:
        return False
    if w in FIRST_NAMES or w in FIRST_NAMES_MORE or (_r25_unknown_name(w) and not w.endswith(_R33_TOWN_END)):
        return True
    return strong and (w in _R33_WORD_NAMES or (ambiguous and w in FIRST_NAMES_AMBIGUOUS))


def _r33_lead_end(lows: tuple[str, ...]) -> int:
    """Where the words a line starts with before a name said to someone end ("ja", "oké", "wat fijn")."""
    k = 0
    while k < len(lows) and k < 3:
        if k + 1 < len(lows) and (lows[k], lows[k + 1]) in _R33_LEAD2:
            k += 2
        elif lows[k] in _R33_LEAD:
            k += 1
        else:
            break
    return k


def _r33_marks(lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Forms 1, 2, 3 and 5 on one line."""
    n = len(lows)
    marks: dict[int, str] = {}
    k = _r33_lead_end(lows)
    # 1. said to the caller
    if k < n - 1 and k not in own and lows[k + 1] in _R33_AFTER and (k + 2 < n or lows[k + 1] != "u") \
            and (k > 0 or lows[1] in ("ik", "je", "jij")):
        w = lows[k]
        if _r33_name(w, strong=lows[k + 1] in ("ik", "je", "jij") or k > 0, ambiguous=k > 0):
            marks[k] = "[naam]"
    # 5. a first name before a surname taken out ("dus amara [naam]"; "geert en [naam]": two people)
    if k < n - 2 and k not in own and lows[k + 1] == "en" and own.get(k + 2) == "[naam]" and k + 2 in own \
            and _r33_name(lows[k], strong=True, ambiguous=False):
        marks[k] = "[naam]"
    for f in range(k, n - 1):
        if f in own or own.get(f + 1) != "[naam]" or (f > k and lows[f - 1] not in ("dus", "is", "heet")):
            continue
        if (_r33_name(lows[f], strong=True) or (_unknown_word(lows[f]) and not lows[f].endswith(_R33_TOWN_END)
                                                and lows[f] not in _R25_ORGANISATIONS)) \
                and all(w in _R28_CLOSE or w in _DICTATION_CLOSERS for j, w in enumerate(lows[f + 2:], f + 2)
                        if j not in own):
            marks[f] = "[naam]"
    for i in range(n - 1):
        w = lows[i]
        # 5. a surname's particles and its last word after the part taken out ("[naam] der meer")
        if own.get(i) == "[naam]" and w not in ("der", "den") and lows[i + 1] in ("der", "den", "ter", "ten") \
                and i + 2 < n and i + 1 not in own and i + 2 not in own and _r29_name_like(lows[i + 2]):
            marks[i + 1] = marks[i + 2] = "[naam]"
        # 6. a name that is a word after the relation ("je vriend sjaak")
        if w in _R33_RELATIONS and i + 1 not in own and i > 0 and lows[i - 1] in ("je", "jouw", "mijn", "m'n", "uw", "zijn",
                                                                              "haar", "de") \
                and (lows[i + 1] in _R33_WORD_NAMES or _r33_name(lows[i + 1], strong=False)) \
                and all(x in _R28_CLOSE or x in _DICTATION_CLOSERS for x in lows[i + 2:]):
            marks[i + 1] = "[naam]"
        # 2. who someone is, ending the line
        if (w, lows[i + 1]) in (("jij", "bent"), ("u", "bent"), ("ben", "jij"), ("bent", "u")):
            j = i + 2
            while j < n and lows[j] in ("dus", "eh", "toch", "meneer", "mevrouw"):
                j += 1
            if j < n and j not in own and _r33_name(lows[j], strong=True) \
                    and all(x in _R28_CLOSE or x in _DICTATION_CLOSERS or x == "" for x in lows[j + 1:]):
                marks[j] = "[naam]"
        # 3. the name one wants to be called
        j = None
        if w in ("noem", "noemt", "noemen") and lows[i + 1] in ("me", "mij"):
            j = i + 2 + (i + 2 < n and lows[i + 2] in ("maar", "gewoon", "dus", "eh"))
        elif w == "zeg" and lows[i + 1] == "maar" and i == _r33_lead_end(lows):
            j = i + 2
        elif w in ("je", "jou", "u") and i + 2 < n and lows[i + 2] in ("noem", "noemen"):
            j = i + 1
        if j is not None and j < n and j not in own and _r33_name(lows[j], strong=True):
            marks[j] = "[naam]"
    return marks


def _r33_alone(lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Form 4: a line that is a name alone in another language."""
    content = [k for k, w in enumerate(lows) if not (k == 0 and w in ("eh", "uh", "dus", "ja"))]
    if not 2 <= len(content) <= 3 or own:
        return {}
    ws = [lows[k] for k in content]
    if not all(len(w) >= 3 and (w in FIRST_NAMES or w in FIRST_NAMES_MORE or _r24_town(w)) for w in ws):
        return {}
    if any(w.endswith(_R33_TOWN_END) for w in ws):
        return {}
    if any(w in _R25_ORGANISATIONS for w in ws) \
            or not any(w in FIRST_NAMES or w in FIRST_NAMES_MORE or name_score(w) >= 0.8 for w in ws):
        return {}
    return {k: "[naam]" for k in content}


# 7. An e-mail address's first part read back or built on after it was said: its words and the number that goes with
#    them ("[e-mail]" / "bakker en dan tweeentachtig aan elkaar", "... en dat zesenveertig in cijfers", "en voor de at
#    nog elf", "dus kim1990"): only words of the address, number words and the words that glue them.
_R33_MAIL_GLUE = frozenset("""eerst en dan aan elkaar nog voor de at streepje underscore liggend laag in cijfers dus ja oke
ok eh erachter achter ervoor erbij met het is dat getal""".split())
_R33_MAIL_JOIN = frozenset("at elkaar streepje underscore cijfers erachter ervoor".split())
_R33_GLUED = _Lazy(r"^[a-z]{2,}\d{2,4}$")


def _r33_mail_words(said: list[tuple[str, str]]) -> set[str]:
    """The words said as an e-mail address in the lines given."""
    got: set[str] = set()
    for raw, out in said:
        if "[e-mail]" in out:
            lows = _r20_lows(raw)
            got |= {lows[i] for i, lab in _redacted_words(raw, out).items() if lab == "[e-mail]" and i < len(lows)}
    return got


def _r33_mail_tail(lows: tuple[str, ...], own: dict[int, str], mail_words: set[str], mail_here: bool) -> dict[int, str]:
    """Form 7 on one line (with the address in the line: what comes after it)."""
    if mail_here:
        last = max(k for k, lab in own.items() if lab == "[e-mail]")
        if last + 1 < len(lows) and last + 1 not in own:
            tail = _r33_mail_tail(lows[last + 1:], {k - last - 1: lab for k, lab in own.items() if k > last},
                                  mail_words, False)
            if tail and any(w in _R33_MAIL_JOIN or w == "dan" for w in lows[last + 1:]):
                return {k + last + 1: lab for k, lab in tail.items()}
    rest = [k for k, w in enumerate(lows) if k not in own and w not in _R33_MAIL_GLUE and w != ""]
    joined = "".join(lows[k] for k in rest)
    if rest and len(joined) >= 5 and "elkaar" in lows and any(joined in m for m in mail_words):
        return {k: "[e-mail]" for k in rest}  # "familie en al masri aan elkaar": a glued first part in pieces
    nums = [k for k, w in enumerate(lows) if k not in own and _r20_number(w) is not None]
    letters = "".join(lows[k] for k in sorted(own) if k < len(lows) and len(lows[k]) == 1)
    glued = [k for k, w in enumerate(lows) if k not in own and _R33_GLUED.match(w)]
    words = [k for k, w in enumerate(lows) if k not in own and w in mail_words and w not in _R33_MAIL_GLUE]
    if not glued and not any(_r20_number(w) is not None for w in lows):
        return {}
    if not all(k in own or w in _R33_MAIL_GLUE or w == "" or k in nums or k in glued or k in words
               for k, w in enumerate(lows)):
        return {}
    if not (words or glued or mail_here or any(w in _R33_MAIL_JOIN for w in lows)
            or any(lab == "[naam]" and lows[k] in mail_words for k, lab in own.items() if k < len(lows))
            or (len(letters) >= 3 and any(letters in m for m in mail_words))):
        return {}
    return {k: "[e-mail]" for k in nums + glued + words}


# 8. A street's name said as two words, its kind last ("de kamperfoelie straat", "de lijsterbes laan") where an
#    address is talked about (in this line or the one before: "woon", "adres", "welke straat"); a house number
#    said before it ("u woont op twaalf ja welke straat") goes with it.
# 9. Addresses without a street: "wijk vier nummer twaalf" (villages numbered by district), a houseboat's mooring
#    ("bij steiger acht", "ligplaats twaalf") where a boat is talked about.
_R33_KINDS = frozenset("straat laan weg plein dijk kade gracht singel steeg hof pad dreef".split())
_R33_NOT_STREET_HEAD = frozenset("""eigen zelfde andere hele goede verkeerde drukke lange korte grote kleine oude nieuwe
hoofd zij achter voor ene volgende vorige""".split())
_R33_ADDRESS_CUE = _Lazy(r"\b(?:woon|woont|wonen|woonde|adres|straatnaam|welke straat)\b")
_R33_BOAT = _Lazy(r"\b(?:boot|woonboot|ligt|schip|jacht)\b")


def _r33_split_street(lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Form 8 on one line: the street's words and a house number right after them."""
    marks: dict[int, str] = {}
    for j in range(2, len(lows)):
        if lows[j] not in _R33_KINDS or j in own or lows[j - 2] != "de":
            continue
        w = lows[j - 1]
        if j - 1 in own or len(w) < 4 or not w.isalpha() or w in STOP_WORDS or w in _R33_NOT_STREET_HEAD \
                or (w.endswith("e") and not w.endswith("ie")) or _r20_number(w) is not None:
            continue
        marks[j - 1] = marks[j] = "[adres]"
        k = j + 1
        while k < len(lows) and k - j <= 2 and _r20_number(lows[k]) is not None:
            marks[k] = "[adres]"
            k += 1
    return marks


def _r33_no_street(raw: str, lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Form 9 on one line."""
    marks: dict[int, str] = {}
    n = len(lows)
    for i in range(n - 1):
        if lows[i] == "wijk" and _r20_number(lows[i + 1]) is not None and i + 3 < n and lows[i + 2] == "nummer" \
                and _r20_number(lows[i + 3]) is not None:
            marks.update({k: "[adres]" for k in range(i, i + 4)})
        elif lows[i] in ("steiger", "ligplaats") and _r20_number(lows[i + 1]) is not None and _R33_BOAT.search(raw):
            marks[i] = marks[i + 1] = "[adres]"
            if i >= 2 and lows[i - 1] == "bij" and _is_street_word(lows[i - 2]):  # "aan de havendijk bij steiger acht"
                marks[i - 2] = marks[i - 1] = "[adres]"
    return {k: lab for k, lab in marks.items() if k not in own}


@lru_cache(maxsize=2048)
def _r33_line(text: str, result: str) -> tuple[str, tuple[str, ...]]:
    """Forms 1-6 on one line: the line as logged and the names found (to be known for the rest of the call)."""
    lows = _r20_lows(text)
    own = _redacted_words(text, result) if result != text else {}
    marks = _r33_marks(lows, own)
    if len(lows) <= 4 and not own:
        marks.update(_r33_alone(lows, own))
    if not marks:
        return result, ()
    result = _merge(text, result, marks)
    own = _redacted_words(text, result)
    return result, tuple(lows[k] for k, lab in marks.items() if lab == "[naam]" and own.get(k) == "[naam]"
                         and len(lows[k]) >= 3)


# Round 34: number pieces next to a number already taken out. All own examples; the forms, as people say them:
# 1. digits said right before (at most a filler between) or right after a number placeholder in the same line,
#    after it only where the line ends or goes on with a filler or "ik", "aan", "achter", "op", "bij":
#    the first digits said again ("nul zes ja [telefoonnummer]", "dus vier [postcode]"), a tail read back
#    ("[telefoonnummer] achtendertig"), digits with "dubbel"/"driedubbel" ("een driedubbel [iban]"),
#    a date's digits before the date ("twee drie nul vier dus [datum]").
# 2. a line of number pieces alone (two or more digits or pairs, with "nee", "of", "dus", "het is", "zei je",
#    "ik hoor" ...) on the line before or after a line where a number was taken out or was asked for by name
#    (bsn, postcode, iban, telefoonnummer, geboortedatum): "vijf een / nee [postcode]", "je bsn zeg je / vier
#    drie twee / een nul nul".
# 3. digits in one line with the number's name: "zes acht vijf dat is het burgerservicenummer", "nl drie vier".
# Ordinary talk stays: a number with a unit ("twee keer", "tien uur", "drie jaar"), one number alone (a scaling
# answer, an age), numbers with any other word, and numbers where no number was taken out or asked for.

_R34_LABELS = ("[telefoonnummer]", "[nummer]", "[postcode]", "[bsn]", "[iban]", "[datum]")
_R34_MULT = frozenset("dubbel dubbele driedubbel driedubbele tripel".split())
_R34_CUES = {"bsn": "[bsn]", "burgerservicenummer": "[bsn]", "sofinummer": "[bsn]", "postcode": "[postcode]",
             "iban": "[iban]", "rekeningnummer": "[iban]", "telefoonnummer": "[telefoonnummer]",
             "mobiel": "[telefoonnummer]", "mobieltje": "[telefoonnummer]", "geboortedatum": "[datum]",
             "geboortejaar": "[datum]"}


@lru_cache(maxsize=4096)
def _r34_digit(low: str) -> bool:
    """A digit or a pair as said in a number read out ("nul", "zes", "achtentwintig", "02"), or "dubbel"."""
    if low in _R34_MULT:
        return True
    if low.isdigit():
        return low.isascii() and len(low) <= 4
    v = _r20_number(low)
    return v is not None and 0 <= v < 100 and low not in ("honderd", "duizend")


def _r34_label(out: str) -> str | None:
    if "[" not in out:
        return None
    for lab in _R34_LABELS:
        if lab in out:
            return "[telefoonnummer]" if lab == "[nummer]" else lab
    return None


def _r34_cue(raw: str) -> str | None:
    for w in _r20_lows(raw):
        lab = _R34_CUES.get(w)
        if lab:
            return lab
    return None


def _r34_pieces_only(lows: tuple[str, ...]) -> bool:
    """Two or more number pieces and nothing but fillers besides ("nee vijf een", "tien vijfenveertig")."""
    n = 0
    for w in lows:
        if not w:
            continue
        if _r34_digit(w):
            n += w not in _R34_MULT
        elif w not in PIECE_FILLERS:
            return False
    return n >= 2


def _r34_touching(text: str, result: str) -> str:
    """Form 1: runs of number pieces right before or after a number placeholder (at most one filler between)."""
    lows = _r20_lows(text)
    own = _redacted_words(text, result)
    marks: dict[int, str] = {}
    n = len(lows)
    for k, lab in own.items():
        lab = "[telefoonnummer]" if lab == "[nummer]" else lab
        if lab not in _R34_LABELS or lab == "[nummer]":
            continue
        for step in (-1, 1):
            j = k + step
            while 0 <= j < n and j in own:
                j += step
            if 0 <= j < n and lows[j] in SHORT_FILLERS and 0 <= j + step < n and _r34_digit(lows[j + step]) \
                    and j + step not in own:
                j += step
            run = []
            while 0 <= j < n and j not in own and (_r34_digit(lows[j]) or lows[j] in _R34_FOREIGN):
                run.append(j)
                j += step
            if not run:
                continue
            if step == 1 and (run[0] != k + 1 or (j < n and lows[j] not in _R34_AFTER)):
                continue  # only right after it, then the line ends or goes on: not "[datum] en drie katten"
            if step == -1 and len(run) == 1 and lows[run[0]] in ("een", "1"):
                continue  # the article: "een [telefoonnummer]"
            marks.update({i: lab for i in run})
    return _merge(text, result, marks) if marks else result


_R34_FOREIGN = frozenset(("zero",))  # an English digit in a number read out ("[iban] een zero"); next to a placeholder only
_R34_AFTER = frozenset("ja dus nee of eh hm ik aan achter op bij zei zegt klopt toch oke ok sorry".split())


def _r34_cue_same_line(text: str, result: str, lows: tuple[str, ...]) -> str:
    """Form 3: two or more number pieces in a row on a line that names the number ("... dat is het
    burgerservicenummer", "nl drie vier")."""
    lab = _r34_cue(text)
    marks: dict[int, str] = {}
    n = len(lows)
    if lab is None:
        for i in range(n - 1):
            if lows[i] == "nl" and lows[i + 1] not in _R34_MULT and _r34_digit(lows[i + 1]) and i + 2 < n \
                    and lows[i + 2] not in _R34_MULT and _r34_digit(lows[i + 2]):  # "nl zeven zes", not "nl dubbel"
                j = i + 1
                while j < n and _r34_digit(lows[j]):
                    marks[j] = "[iban]"
                    j += 1
        return _merge(text, result, marks) if marks else result
    own = _redacted_words(text, result) if result != text else {}
    i = 0
    while i < n:
        if _r34_digit(lows[i]) and i not in own:
            j = i
            while j < n and _r34_digit(lows[j]) and j not in own:
                j += 1
            if j - i >= 3 and not (j < n and lows[j] in COUNT_UNITS):
                marks.update({k: lab for k in range(i, j)})
            i = j
        else:
            i += 1
    return _merge(text, result, marks) if marks else result


# ---------------------------------------------------------------------------
# Round 35 (own examples, not taken from the holdouts)
# ---------------------------------------------------------------------------
# 1. Ordinary talk: a span of days before a month ("het weekend van zeventien en achttien mei", "van twaalf tot en
#    met veertien juni"): the tagger's marks on it go (a line that speaks of birth or a birthday keeps them); a room,
#    a ward or a bed where one lives (spoken._lived_at: "ze woont in kamer twaalf van het verpleeghuis") is no street.
_R35_RANGE_JOIN = frozenset(("en", "tot", "t/m", "tm", "-"))


def drop_date_range(source: str, marks: dict[int, str]) -> dict[int, str]:
    """Round 35, form 1: the tagger's marks on two day numbers joined by "en"/"tot (en met)" before a month: a span of
    days (a weekend, a holiday), never one's date of birth."""
    if _R31_BIRTH.search(source):
        return marks
    lows = _r31_lows(source)
    n = len(lows)
    drop: set[int] = set()
    for m in range(2, n):
        if lows[m] not in MONTHS:
            continue
        b = _r20_number(lows[m - 1])
        if b is None or not 1 <= b <= 31:
            continue
        j = m - 2
        if j >= 1 and lows[j] == "met" and lows[j - 1] == "en" and j >= 2 and lows[j - 2] == "tot":
            j -= 2
        if j < 1 or lows[j] not in _R35_RANGE_JOIN:
            continue
        a = _r20_number(lows[j - 1])
        if a is None or not 1 <= a < b:
            continue
        drop.update(range(j - 1, m + 1))
    if not drop or not drop & marks.keys():
        return marks
    return {i: lab for i, lab in marks.items() if i not in drop}
# 2. Names: first names said before a surname already taken out ("dus u bent jozef [naam]", "li wei [naam] dus"): a
#    listed first name, a first name that is also a word or a spelling word, a world name, or a word no list knows,
#    up to three, after a lead ("ben", "bent", "heet", "dus", "met", a title) or at the line's start.
# 3. Names: a name said, then spelled with the letters' names on the same or the next line ("kowalczyk" / "ka o we a
#    el ..."): the spelled letters and the word they spell go.
_R35_NAME_LEAD = frozenset("ben bent is heet heet heten heette noem noemt dus ja nee oke ok oké nou en met mevrouw "
                           "meneer juffrouw naam voornaam voornamen zei zegt hier spreekt spreek hallo dag hoi was "
                           "of sorry klopt zeg mijn".split())
_R35_NOT_GIVEN = frozenset("utrecht zaandam ijmuiden zeeland quotient ypsilon xantippe uniform zorro".split())
_R35_LETTERS = {"jot": "j", "ypsilon": "y", "ij": "y", "u": "u"}


@lru_cache(maxsize=4096)
def _r35_given(w: str) -> bool:
    if not w.isalpha() or len(w) < 2 or w in STOP_WORDS or w in FILLERS or w in TUSSEN or w in _R35_NAME_LEAD \
            or w in _R35_NOT_GIVEN or _r20_number(w) is not None:
        return False
    if w in MONTHS and w != "mei":
        return False
    return _r33_name(w, True) or w in _WORLD_NAMES or w in SPELL_WORDS


def _r35_given_names(lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Form 2: the first names before a surname taken out."""
    marks: dict[int, str] = {}
    for k, lab in own.items():
        if lab != "[naam]" or k == 0 or (k - 1) in own:
            continue
        j = k - 1
        run: list[int] = []
        while j >= 0 and j not in own and len(run) < 3 and _r35_given(lows[j]):
            run.append(j)
            j -= 1
        if not run:
            continue
        if j >= 0 and j not in own and lows[j] not in _R35_NAME_LEAD:
            continue
        marks.update({i: "[naam]" for i in run})
    for k, lab in own.items():  # a given name after the surname ("[naam] wei dus"): the family name first
        if lab != "[naam]" or (k + 1) in own or k + 1 >= len(lows):
            continue
        j = k + 1
        run = []
        while j < len(lows) and j not in own and len(run) < 2 and _r35_given(lows[j]):
            run.append(j)
            j += 1
        if run and (j >= len(lows) or j in own or lows[j] in _R35_NAME_AFTER):
            marks.update({i: "[naam]" for i in run})
    for k, lab in own.items():  # "[naam] der meer", "[naam] of van de wal": a surname with its tussenvoegsel after it
        if lab != "[naam]" or (k + 1) in own:
            continue
        j = k + 1
        alt = j < len(lows) and lows[j] in ("of", "nee")
        j += alt
        t = j
        while j < len(lows) and lows[j] in PARTICLES and j - t < 3:
            j += 1
        if j == t or j >= len(lows) or not (alt or lows[t] in _R35_TUSSEN_BARE):
            continue
        w = lows[j]
        if not w.isalpha() or len(w) < 2 or w in _R35_NAME_AFTER or _r20_number(w) is not None \
                or w in PARTICLES or w in _R35_TIMES or (j + 1 < len(lows) and lows[j + 1] not in _R35_NAME_AFTER):
            continue
        marks.update({i: "[naam]" for i in range(t, j + 1)})
    return marks


_R35_TIMES = frozenset("week dag maand jaar ochtend middag avond nacht morgen week weekend zomer winter".split())
_R35_TUSSEN_BARE = frozenset("der den ten ter".split())  # right after a name with no "of": never an ordinary phrase


_R35_NAME_AFTER = frozenset("dus en ja nee klopt zei zegt toch of oke ok oké hoor ik u je is was uit van spreekt".split())


def _r35_letter(w: str) -> str | None:
    if _bare_letter(w, u_too=True):
        return w
    return _R35_LETTERS.get(w) or LETTER_NAMES.get(w)


def _r35_spelled_run(lows: tuple[str, ...]) -> tuple[str, list[int]] | None:
    """The longest run of four or more letters said one by one in a line, and its word indexes."""
    best: tuple[str, list[int]] | None = None
    i, n = 0, len(lows)
    while i < n:
        if _r35_letter(lows[i]) is None:
            i += 1
            continue
        j, got = i, []
        while j < n and _r35_letter(lows[j]) is not None:
            got.append(j)
            j += 1
        if len(got) >= 4 and (best is None or len(got) > len(best[1])):
            best = ("".join(_r35_letter(lows[x]) for x in got), got)
        i = j
    return best


def _r35_over(raw: str, out: str, extra: dict[int, str]) -> str:
    """`out` with the words `extra` names under its labels, over what the other rules or the tagger made of them (a
    spelled name's letters read as a postcode's)."""
    words = _WS.findall(raw)
    own = _redacted_words(raw, out) if out != raw else {}
    return _join_marked(words, {**own, **{i: lab for i, lab in extra.items() if i < len(words)}})


def _r35_after_tussen(lows: tuple[str, ...], i: int) -> bool:
    """The word `i` comes after a surname's tussenvoegsel ("van de wetering", "ter horst")."""
    return i >= 1 and (lows[i - 1] in _R35_TUSSEN_BARE or (i >= 2 and lows[i - 2] == "van" and lows[i - 1] in (
        "de", "den", "der", "het", "t", "'t")))


def _r35_sub_run(lows: tuple[str, ...], spelled: tuple[str, list[int]], word: str,
                 surname: bool = False) -> list[int] | None:
    """The letters of the run that spell `word` (the run may hold a word before or after them: "en", "we"); a word
    that is also an ordinary word only after a tussenvoegsel (`surname`)."""
    w = fold(word).replace("ij", "y")
    if len(w) < 4 or not w.isalpha() or w in _R35_NOT_SPELLED or not (surname or _r35_namey(fold(word))):
        return None
    letters, idx = spelled
    m = len(w)
    if len(idx) < m - 1:
        return None
    best = None
    for size in (m, m - 1, m + 1):
        for a in range(0, len(idx) - size + 1):
            sub = letters[a:a + size]
            if sub == w:
                return idx[a:a + size]
            if best is None and _r35_spells(sub, w):
                best = idx[a:a + size]
    return best


_R35_NOT_SPELLED = frozenset("even spellen spel letter letters schrijf schrijft schrijven zeg zegt".split())


def _r35_spells(letters: str, word: str) -> bool:
    w = fold(word).replace("ij", "y")
    s = letters.replace("ij", "y")
    if len(w) < 4 or not w.isalpha():
        return False
    if w == s:
        return True
    if len(w) < 6 or abs(len(w) - len(s)) > 1:
        return False
    # one letter heard wrong, missed or added (a long foreign name)
    if len(w) == len(s):
        return sum(a != b for a, b in zip(w, s)) <= 1
    short, long_ = (w, s) if len(w) < len(s) else (s, w)
    return any(long_[:x] + long_[x + 1:] == short for x in range(len(long_)))


# 4. Postcodes: the two letters said again or corrected on a line of their own after a line with the postcode taken out
#    ("of was het ge ka", "nee het was be de", "dus er te"): both go, even letters that are words.


def _r35_pc_pair(lows: tuple[str, ...]) -> list[int] | None:
    """The two letters of a line that says two letters and fillers alone."""
    n = len(lows)
    for i in range(n - 1, 0, -1):
        if _r23_letters(lows[i]) and _r23_letters(lows[i - 1]):
            if (i + 1 < n and _r23_letters(lows[i + 1]) and lows[i + 1] not in PIECE_FILLERS) \
                    or (i >= 2 and _r23_letters(lows[i - 2]) and lows[i - 2] not in PIECE_FILLERS):
                return None  # three letters: no postcode's
            rest = [w for x, w in enumerate(lows) if x not in (i - 1, i)]
            if all(w in PIECE_FILLERS for w in rest) and not (lows[i - 1] in PIECE_FILLERS and lows[i] in PIECE_FILLERS
                                                             and lows[i - 1] != "de"):
                return [i - 1, i]
            return None
    return None


# 5. Addresses: a post-office box and its number ("postbus honderdtwaalf", "antwoordnummer twaalf drie"): the box's
#    number is an address (the word alone stays: "de postbus hangt buiten").
def _r35_po_box(lows: tuple[str, ...]) -> dict[int, str]:
    marks: dict[int, str] = {}
    for i, w in enumerate(lows):
        if w not in ("postbus", "antwoordnummer"):
            continue
        j = i + 1
        while j < len(lows) and (_r20_number(lows[j]) is not None or (lows[j] == "en" and j + 1 < len(lows)
                                                                        and _r20_number(lows[j + 1]) is not None)):
            j += 1
        if j > i + 1:
            marks.update({x: "[adres]" for x in range(i, j)})
    return marks


@lru_cache(maxsize=4096)
def _r35_namey(w: str) -> bool:
    """A word a spelled name may be: a listed name, or no ordinary word ("een vaas" spelled stays)."""
    if w in STOP_WORDS:
        return False
    return w not in ORDINARY_WORDS or w in _ANY_FIRST_NAMES


# ---------------------------------------------------------------------------
# Round 36 (own examples, not taken from the holdouts)
# ---------------------------------------------------------------------------
# 1. Ordinary talk: an amount of money after the name of what it is for, a word ending in a money noun ("de
#    zorgtoeslag honderdtwintig", "de huurtoeslag tweehonderd"): the tagger's [adres] on such a word and its number is
#    no street with a house number (drop_amount_as_address).
# 2. Phone numbers: a leading zero glued to the next number word ("nulzes", "nultwintig"): spoken._num_at.
# 3. Names: a relative named with a first name and a surname after "is" / "heet" ("je vader is jeu lemmens", "mijn
#    oom heet sjaak driessen"): the first name may be a short southern form that is also a word.
# 4. A part of a name or an e-mail address spelled again after a remark on its letters ("met twee a's dus
#    warsaame", "met dubbel s dus janssens"): the word that follows (or the one before the remark) goes as what it
#    corrects.
_R36_MONEY_TAILS = ("toeslag", "bijslag", "uitkering", "huur", "premie", "rekening", "schuld", "loon", "salaris",
                    "pensioen", "bijdrage", "kosten", "boete", "tegoed", "saldo", "toelage", "vergoeding", "abonnement")
_R36_AMOUNT_AFTER = frozenset("euro eur en per in op de het is was dus nou ja toch hoor elke iedere".split())


def drop_amount_as_address(source: str, marks: dict[int, str]) -> dict[int, str]:
    """Form 1: the tagger's [adres] on a word ending in a money noun and the number after it: an amount, never a
    street and its house number."""
    if "[adres]" not in marks.values():
        return marks
    lows = _r20_lows(source)
    n = len(lows)
    drop: set[int] = set()
    for i in range(n - 1):
        if marks.get(i) != "[adres]" or not lows[i].endswith(_R36_MONEY_TAILS) or _r20_number(lows[i + 1]) is None:
            continue
        j = i + 1
        while j < n and _r20_number(lows[j]) is not None:
            j += 1
        if j < n and lows[j] not in _R36_AMOUNT_AFTER:
            continue
        drop.update(x for x in range(i, j) if marks.get(x) == "[adres]")
    return {i: lab for i, lab in marks.items() if i not in drop} if drop else marks


_R36_KIN_VERBS = frozenset("is was heet heette".split())
# short southern and eastern forms of given names that are also words or that no list knows as names
_R36_SHORT_GIVEN = frozenset("jeu sjaak sjra sjang thei har driek mien door hanne".split())
_R36_KIN_GATE = _Lazy(r"\b(?:" + _trie_alt(KIN) + r")\s+(?:is|was|heet|heette)\s+\S+\s+\S", re.IGNORECASE)


def _r36_kin_name(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Form 3: "<mijn/je> <vader/oom/...> is <first name> <surname>" at the end of what is said."""
    n = len(lows)
    marks: dict[int, str] = {}
    for i in range(2, n - 2):
        if lows[i] not in _R36_KIN_VERBS or lows[i - 1] not in KIN or lows[i - 2] not in POSSESSIVES:
            continue
        a, b = i + 1, i + 2
        if b + 1 < n and lows[b + 1] not in _R35_NAME_AFTER:
            continue
        first = lows[a]
        if a in own or not (first in _R36_SHORT_GIVEN or first in _ANY_FIRST_NAMES or _r35_given(first)):
            continue
        last = lows[b]
        # a surname that is also a word ("vossen", "bakker") only after a first name that is no word
        strong = first in _R36_SHORT_GIVEN or first not in ORDINARY_WORDS
        if own.get(b) == "[naam]" or (b not in own and ((_r35_given(last) and last not in ORDINARY_WORDS)
                                                         or (strong and _r29_name_like(last)))):
            marks[a] = marks[b] = "[naam]"
    return marks


_R36_TIMES = {"twee": 2, "dubbel": 2, "dubbele": 2, "een": 1}
_R36_RESPELL_LINK = frozenset("dus dat is zo als in geschreven eh uh ja".split())


def _r36_letter(w: str) -> str | None:
    """The letter a remark names: "s", "a's" (bare "as"), "l'en" (bare "len"), or a letter's name."""
    if len(w) == 1 and w.isalpha():
        return w
    if len(w) == 2 and w[1] == "s" and w[0] in "aeiouy":
        return w[0]
    if len(w) == 3 and w.endswith("en") and w[0] not in "aeiouy":
        return w[0]
    return _r35_letter(w)


def _r36_close(a: str, b: str) -> bool:
    """Two spellings of one word: one letter doubled, added or changed ("warsame" / "warsaame")."""
    import difflib

    return len(a) >= 4 and len(b) >= 4 and a != b and a[0] == b[0] \
        and difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.8


def _r36_respelled(lows: tuple[str, ...], own: dict[int, str],
                   before: list[tuple[tuple[str, ...], dict[int, str]]]) -> dict[int, str]:
    """Form 4: the word spelled again after "met twee a's", "met dubbel s", "met een y"."""
    n = len(lows)
    marks: dict[int, str] = {}
    for i in range(n - 2):
        if lows[i] != "met":
            continue
        if lows[i + 1] in _R36_TIMES:  # "met twee a's", "met dubbel s", "met een y"
            times, at = _R36_TIMES[lows[i + 1]], i + 2
        elif len(lows[i + 1]) == 1:  # "met y"
            times, at = 1, i + 1
        else:
            continue
        letter = _r36_letter(lows[at])
        if letter is None:
            continue
        k = at + 1
        while k < n and lows[k] in _R36_RESPELL_LINK and k - at <= 3:
            k += 1
        for w_i in (k, i - 1):
            if not 0 <= w_i < n or w_i in own:
                continue
            w = lows[w_i]
            if not w.isalpha() or len(w) < 4 or letter * times not in w or w in STOP_WORDS or w in FILLERS:
                continue
            lab = next((lb for ls, o in before for x, lb in o.items() if lb in ("[e-mail]", "[naam]")
                        and x < len(ls) and _r36_close(ls[x], w)), None)
            if lab is None and w not in ORDINARY_WORDS:
                lab = next((lb for _, o in before for lb in o.values() if lb in ("[e-mail]", "[naam]")), None)
            if lab is not None:
                marks[w_i] = lab
                break
    return marks


# ---------------------------------------------------------------------------
# Round 37
# ---------------------------------------------------------------------------
# 1. (in _r22_letters) A letter after a word that makes it a part of a place ("uitgang b van het station", "ingang c
#    van het ziekenhuis", "de b van het station") is no initial before a surname with "van het".
# 2. (in _r22_letters) A letter spelled with a word of the international alphabet that is also a Dutch word ("h van
#    hotel", "g van golf", "e van echo", "d van delta", "i van india", "y van yankee") is a letter, as "b van bernhard".
# 3. (in _r22_names) "initiaal" as "voorletter", and the surname with its particles after the initial ("initiaal j de
#    groot", "de initiaal k van der meer").
# 4. A Chinese (or Vietnamese) name said in its syllables after "heet" ("heet wang li na", "heet li na", "heet zhang
#    xiu ying"): the syllables after the name that went, up to the end of what is said, go too, also where one is a
#    Dutch word ("na", "mei", "dan").
_R37_SYLLABLES = frozenset("li na wei ming hui fang jun ying mei lan hua xiu yan jing ling hong xin yu qing jie lei tao "
                           "hao yi jia xiao min ping feng jian zhi qiang yong xia juan chun zhen zhong thi anh minh thu "
                           "hoa mai linh trang dung tuan".split())
_R37_SYLL_GATE = _Lazy(r"\b(?:heet|heette|noemt|naam\s+is)\s+\S+\s+(?:" + "|".join(sorted(_R37_SYLLABLES))
                            + r")\b", re.IGNORECASE)
_R37_SYLL_END = frozenset("ja he toch eh uh ehm oke ok zo dus".split())


def _syllable_names(words: list[str], lows: tuple[str, ...], own: dict[int, str],
                    goes_on: Callable[[tuple[str, ...], int], bool]) -> dict[int, str]:
    """Up to three name syllables after "heet/noemt/naam is [naam]" (rounds 37 and 42), taken where `goes_on`
    accepts what follows them (lows, the index after the syllables)."""
    n = len(lows)
    marks: dict[int, str] = {}
    for i in range(n - 2):
        if not (lows[i] in ("heet", "heette", "noemt") or (lows[i] == "is" and i and lows[i - 1] == "naam")):
            continue
        j = i + 1
        if own.get(j) != "[naam]" and words[j] != "[naam]":
            continue
        k = j + 1
        while k < n and (own.get(k) == "[naam]" or words[k] == "[naam]"):
            k += 1
        e = k
        while e < n and e - k < 3 and lows[e] in _R37_SYLLABLES and e not in own:
            e += 1
        if e > k and goes_on(lows, e):
            marks.update({x: "[naam]" for x in range(k, e)})
    return marks


def _r37_syllables(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Form 4: "heet <name> <syllable> <syllable>" with the syllables at the end of what is said."""
    return _syllable_names(words, lows, own,
                           lambda lows, e: all(not w or w in _R37_SYLL_END for w in lows[e:]))


# 5. A house number range after a street that went ("julianalaan acht tot en met tien", "stationsweg vier tot zes"):
#    the last number of the range goes with the street.
_R37_RANGE_GATE = _Lazy(r"\btot\s+(?:en\s+met\s+)?\S", re.IGNORECASE)


def _r37_house_range(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    n = len(lows)
    marks: dict[int, str] = {}
    for i in range(1, n - 1):
        if lows[i] != "tot" or own.get(i - 1) != "[adres]" or _r20_number(lows[i - 1]) is None:
            continue
        j = i + 1
        if j + 2 < n and lows[j] == "en" and lows[j + 1] == "met":
            j += 2
        if j < n and j not in own and (v := _r20_number(lows[j])) is not None and 0 < v < 2000 \
                and not (j + 1 < n and lows[j + 1] in COUNT_UNITS):
            e = j + 1
            if e < n and e not in own and ((len(lows[e]) == 1 and lows[e].isalpha() and lows[e] != "u")
                                           or lows[e] in HOUSE_ADDITIONS):
                e += 1  # "twaalf tot en met twaalf b": the addition goes too
            marks.update({x: "[adres]" for x in range(i, e)})
    return marks


# ---------------------------------------------------------------------------
# Round 38 (own examples, not taken from the holdouts)
# ---------------------------------------------------------------------------
# Round 38, form 1: the tagger's [datum] on the day's own date said with its weekday or with "vandaag", "morgen"
# ("het is maandag de vijfde februari", "vandaag is het de tweede maart"): what day it is, an appointment, never one's
# date of birth (a line that speaks of birth or a birthday keeps it, and so does a date with a year).
_R38_DAY_LEADS = frozenset("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag vandaag morgen gisteren "
                           "overmorgen eergisteren vanavond vannacht vanmiddag vanochtend vanmorgen".split())
_R38_DAY_GAP = frozenset("de het is was wordt op dus eh uh ja al pas nu".split())


def drop_calendar_date(source: str, marks: dict[int, str]) -> dict[int, str]:
    """Round 38, form 1: the tagger's [datum] on a date right after a weekday or "vandaag"/"morgen" (with "de",
    "het is", "op" between): the day's date, no birthday."""
    if _R31_BIRTH.search(source):
        return marks
    lows = _r31_lows(source)
    drop: set[int] = set()
    for i in sorted(k for k, lab in marks.items() if lab == "[datum]"):
        if marks.get(i - 1) == "[datum]" or i == 0 or i in drop:
            continue
        j = i - 1
        while j >= 0 and i - j <= 4 and lows[j] in _R38_DAY_GAP:
            j -= 1
        if j < 0 or lows[j] not in _R38_DAY_LEADS:
            continue
        k = i
        run: list[int] = []
        while marks.get(k) == "[datum]":
            run.append(k)
            k += 1
        if any((v := _r20_number(lows[x])) is not None and v > 31 for x in run + [k] if x < len(lows)):
            continue  # a year with it: a date of birth may be said with its weekday
        drop.update(run)
        if marks.get(j) == "[datum]":
            drop.add(j)
    if not drop:
        return marks
    return {i: lab for i, lab in marks.items() if i not in drop}


# Round 38, form 2: initials before a surname, written with dots ("meneer J.P. van der Linde", "mevrouw A.M. [naam]",
# "J. de Boer") or said with the letters' names after a title ("meneer jee pee de wit", "mevrouw ka el bakker"): the
# initials, the particles and the surname go together.
_R38_INITIAL_NAMES = frozenset("aa bee cee dee ee ef gee haa jee ka kaa el em oo pee kuu er es tee uu vee wee iks "
                               "zet".split())
_R38_PARTICLES = frozenset("van de der den t ten ter".split())
_R38_NOT_SURNAME = frozenset("is was en of zei zegt heeft had die dat dit ook niet nog wel maar dus ja nee toch hoor "
                             "u je ik hij zij ze we wij jij bent ben zijn kan mag moet wil gaat komt belt".split())
_R38_DOTTED = _Lazy(r"(?:[A-Za-z]\.){1,4},?")
_R38_INITIAL_GATE = _Lazy(r"(?<![\w.])[A-Za-z]\.(?:\s|[A-Za-z]\.)|\b(?:meneer|mevrouw|mevr|dhr|mw|heer)\.?\s+(?:"
                               + "|".join(sorted(_R38_INITIAL_NAMES)) + r")\b", re.IGNORECASE)


def _r38_initials(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Round 38, form 2: initials (dotted, or letter names after a title) with the surname after them."""
    n = len(lows)
    marks: dict[int, str] = {}
    i = 0
    while i < n:
        titled = i > 0 and (lows[i - 1] in TITLES or (lows[i - 1] == "heer" and i > 1 and lows[i - 2] == "de"))
        j, letters, dotted, upper = i, 0, False, True
        while j < n and j - i < 4:
            w = words[j]
            if _R38_DOTTED.fullmatch(w):
                dotted, letters = True, letters + sum(c.isalpha() for c in w)
                upper = upper and w.upper() == w
            elif titled and not dotted and (lows[j] in _R38_INITIAL_NAMES
                                            or (len(lows[j]) == 1 and lows[j].isalpha() and lows[j] not in "uoaei")):
                letters += 1
            elif titled and not dotted and own.get(j) == "[naam]" and j + 1 < n and lows[j + 1] in _R38_INITIAL_NAMES:
                pass  # "meneer [jee] pee de wit": a letter the rules already took as a name
            else:
                break
            j += 1
        if j == i or letters == 0 or (dotted and not upper and not titled):
            i += 1
            continue
        k = j
        while k < n and k - j < 3 and (lows[k] in _R38_PARTICLES or (lows[k] == "het" and k > j and lows[k - 1] == "van")) \
                and not (dotted and words[k][:1].isupper()):  # "vitamine D. De dokter": a new sentence
            k += 1
        if k >= n:
            i += 1
            continue
        parts = k > j
        sure = own.get(k) == "[naam]" or (dotted and words[k][:1].isupper() and lows[k].isalpha())
        if not sure and lows[k].isalpha() and lows[k] not in _R38_NOT_SURNAME and len(lows[k]) > 1 \
                and (parts or (not dotted and letters >= 2) or (dotted and letters >= 2 and titled)):
            sure = True
        if not sure or (dotted and letters < 2 and not titled and not parts and own.get(k) != "[naam]"):
            i += 1
            continue
        marks.update({x: "[naam]" for x in range(i, k + 1)})
        i = k + 1
    return marks


# Round 38, form 3: a postcode's four digits alone on a line, taken as some number ("negen negen nul een" read as an
# account number), and its two letters on the next line ("en dan er vee", "en dan de ka"): the letters are the
# postcode's too (no phone, account or BSN number is four digits).
def _r38_four_digits(raw: str, out: str) -> bool:
    """A line that says four digits (one by one or in pairs) and fillers alone, redacted as a number."""
    if out == raw or not any(lab in out for lab in NUMBER_LABELS):
        return False
    digits = ""
    for w in _r20_lows(raw):
        v = _r20_number(w)
        if v is not None and v < 100:
            digits += str(v)
        elif w not in PIECE_FILLERS:
            return False
    return len(digits) == 4 and digits[0] != "0"


# Round 39.
# 1. A name given in a sentence whose verb is said once and left out after "en" ("zhang is je achternaam en wei je
#    voornaam", "de vries is mijn achternaam en piet mijn voornaam"): the word(s) before the second name noun are that
#    name too, whatever the word ("wei" is also a meadow).
# 2. A house number said digit by digit with a hesitation between, right after the house-number cue or the street
#    ("mijn huisnummer is een eh acht", "de molenlaan twee eh vier"): digits and hesitations go with it.
_R39_NAME_POSS = POSSESSIVES - {"onze", "ons"} | {"z'n", "zn"}  # whose name ("je", "z'n"); "onze naam" is no one's
_R39_NOT_GIVEN = frozenset("dan nu ook nog en of is was dus ja nee eh uh ehm hm nou oke ok wel niet toch de het een "
                           "dat die wat hoe waar zo".split())
_R39_GAP_GATE = _Lazy(r"\ben\s+\S+(?:\s+\S+){0,3}\s+(?:je|uw|mijn|zijn|haar|z'n|jouw|de)\s+\w*naam\b", re.IGNORECASE)
# round 44: "chen is de achternaam en wei de voornaam": the name's parts said with "de" (only the given and family
# names: "de naam" is anyone's)
_R44_DE_NOUNS = frozenset("achternaam voornaam familienaam roepnaam".split())
_R39_HOUSE_GATE = _Lazy(r"\b(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|nul|\d)\s+(?:eh|uh|ehm|uhm|hm)\s+"
                             r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|nul|\d)\b", re.IGNORECASE)


def _r39_whose(lows, k: int) -> bool:
    """A whose-name pair at k: "je achternaam", "z'n naam"; round 44: "de achternaam", "de voornaam"."""
    return lows[k + 1] in NAME_NOUNS and (lows[k] in _R39_NAME_POSS or (lows[k] == "de" and lows[k + 1] in _R44_DE_NOUNS))


def _r39_gapped_name(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Form 1: "<name> is <poss> <noun> en <name> <poss> <noun>" (or "<poss> <noun> is <name> en ..."): the second name."""
    n = len(lows)
    marks: dict[int, str] = {}
    # the copula said once before: "is je achternaam" / "je achternaam is"
    said = [k for k in range(n - 2) if (lows[k] == "is" and _r39_whose(lows, k + 1))
            or (_r39_whose(lows, k) and lows[k + 2] == "is")]
    if not said:
        return marks
    for k in range(said[0] + 3, n):
        if not _r39_whose(lows, k - 1):
            continue
        p = k - 2  # the words between "en" and the possessive
        while p > said[0] + 2 and lows[p] != "en" and k - 1 - p <= 4:
            p -= 1
        if lows[p] != "en" or p + 1 >= k - 1:
            continue
        given = range(p + 1, k - 1)
        body = [x for x in given if lows[x] not in PARTICLES]
        if not body or any(lows[x] in _R39_NOT_GIVEN or not lows[x].isalpha() for x in body) or len(body) > 2:
            continue
        marks.update({x: "[naam]" for x in given})
    return marks


def _r39_digit(low: str) -> bool:
    v = _r20_number(low)
    return v is not None and v < 10 and not (low.isdigit() and len(low) > 1)


def _r39_house_digits(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Form 2: a cue (huisnummer, "op nummer", a street) then digits with a hesitation between, to the line's end or a
    closer ("ja", "toch", "dus")."""
    n = len(lows)
    marks: dict[int, str] = {}
    for c in range(n - 3):
        street = own.get(c) == "[adres]" or (_is_street_word(lows[c]) and lows[c] not in HOUSE_NUMBER_CUES)
        cue = lows[c] in ("huisnummer", "huisnr") or (lows[c] == "nummer" and c > 0 and lows[c - 1] in ("op", "huis")) \
            or street
        if not cue:
            continue
        j = c + 1
        while j < n and lows[j] in ("is", "was", "dus", "eh", "uh", "ehm", "nummer"):
            j += 1
        if j >= n or not _r39_digit(lows[j]):
            continue
        e, gap = j, False
        while e + 1 < n:
            f = e + 1
            while f < n and lows[f] in HESITATIONS:
                f += 1
            if f < n and f > e + 1 and _r39_digit(lows[f]):
                gap, e = True, f
            elif f == e + 1 and f < n and _r39_digit(lows[f]):
                e = f
            else:
                break
        if not gap or (e + 1 < n and lows[e + 1] not in SHORT_FILLERS and lows[e + 1] not in ("toch", "hoor", "klopt")):
            continue
        marks.update({x: "[adres]" for x in range(j, e + 1)})
        if street:
            marks[c] = "[adres]"
    return marks


# 3. A digit said twice or three times inside a number ("twee keer zeventig", "drie keer de nul") when the number goes on
#    from the line before: "keer" and the rest are one number, labelled as its start.
_R39_TIMES_IN_NUMBER = _Lazy(r"(\[(?:telefoonnummer|iban|bsn|nummer)\])\s+keer\s+(?:de\s+)?"
                                  r"\[(?:telefoonnummer|iban|bsn|nummer)\]")


# ---------------------------------------------------------------------------------------------------------------------
# Round 40 (own examples, not taken from the holdouts):
# 1. Ordinary talk that stays: a place at work with a number of its own ("bij dock nummer twaalf", "in loods drie",
#    "aan laadperron zes", "bij gate vier"): no street and house number.
# 2. Ordinary talk that stays: an employer named with its letters first ("ik werk bij dsm chemicals", "hij werkt voor
#    nxp semiconductors"): after a verb of working and "bij"/"voor", a word of 2-5 letters with no vowel starts a
#    company's name, never a person's.
# 3. An address whose street starts with an ordinal and carries a person's name ("de tweede jan steenstraat acht",
#    "op de eerste pieter de hoochstraat"): the ordinal and the name go with the street.
# 4. A Vietnamese name with the family name Le (a French article on the other lists): "le thi hoa", "le van minh".
_R40_WORK_PLACES = frozenset("dock dok docks dokken hal loods poort gate laadperron laaddock laadkuil laadpoort "
                             "laadstation steiger magazijn stelling werkplek linie band productielijn lijn "
                             "dockdeur dockdeuren bay kraan".split())
_R40_WORK_VERBS = frozenset("werk werkt werken werkte werkten gewerkt dienst stage solliciteer solliciteert "
                            "solliciteerde gesolliciteerd".split())
_R40_STREET_ORDINALS = frozenset("eerste tweede derde vierde vijfde zesde zevende achtste negende tiende".split())
_R40_VIET_MIDDLE = frozenset("thi van hoang minh duc ngoc quoc huu xuan thanh dinh quang hong kim".split())
# a line holds work to do only with one of the words the forms below look for
_R40_GATE = _Lazy(r"\b(?:" + "|".join(sorted(_R40_WORK_PLACES | _R40_WORK_VERBS | _R40_STREET_ORDINALS | {"le"},
                                                key=len, reverse=True)) + r")\b", re.IGNORECASE)
_R40_NUMBERISH = frozenset("nummer nr no".split())
_R40_ORDINAL_STREET = _Lazy(r"\b(de|op|het|in|aan) (?:" + "|".join(sorted(_R40_STREET_ORDINALS))
                                 + r") (?:\[naam\] )?\[adres\]", re.IGNORECASE)


def _r40_number_word(low: str) -> bool:
    return low in _R40_NUMBERISH or low.isdigit() or _r20_number(low) is not None or (len(low) == 1 and low.isalpha())


def _r40_pass(raw: str, out: str) -> str:
    """Round 40 on one line, read on the line as said (`raw`) next to what the other rules made of it (`out`)."""
    if ("[" not in out and "le " not in raw) or not _R40_GATE.search(raw):
        return out
    words = _WS.findall(raw)
    lows = [_bare(w) for w in words]
    own = _redacted_words(raw, out) if raw != out else {}
    n = len(lows)
    keep: set[int] = set()
    add: dict[int, str] = {}
    i = 0
    while i < n:
        lab = own.get(i)
        if lab is None:
            i += 1
            continue
        j = i
        while j + 1 < n and own.get(j + 1) == lab:
            j += 1
        run = lows[i:j + 1]
        if lab == "[adres]":
            # 1. "bij dock nummer twaalf", "bij [adres]" over "dock twaalf": a work place's number
            body = run[1:] if run[0] in _R40_WORK_PLACES else (run if i > 0 and lows[i - 1] in _R40_WORK_PLACES
                                                                else None)
            if body and all(_r40_number_word(x) for x in body) and any(x not in _R40_NUMBERISH for x in body):
                keep.update(range(i, j + 1))
        elif lab == "[naam]" and i >= 2 and lows[i - 1] in ("bij", "voor") \
                and any(x in _R40_WORK_VERBS for x in lows[max(0, i - 5):i - 1]):
            # 2. "ik werk bij dsm chemicals": a company's letters first
            first = run[0]
            if first.isalpha() and 2 <= len(first) <= 5 and not any(c in "aeiouyéëèáàäöüï" for c in first) \
                    and all(x not in FIRST_NAMES and x not in FIRST_NAMES_MORE for x in run[1:]):
                keep.update(range(i, j + 1))
        i = j + 1
    # 4. "is le thi hoa": a Vietnamese name with the family name Le
    for k in range(n - 2):
        if lows[k] == "le" and k not in own and lows[k + 1] in _R40_VIET_MIDDLE \
                and (k == 0 or lows[k - 1] in ("is", "heet", "heette", "ben", "bent", "naam", "en", "met", "ja", "dus")):
            third = lows[k + 2]
            if third.isalpha() and third not in TUSSEN and len(third) >= 2 \
                    and (lows[k + 1] != "van" or third not in STOP_WORDS):
                add.update({x: "[naam]" for x in range(k, k + 3) if x not in own})
    if keep or add:
        marks = {x: lab for x, lab in own.items() if x not in keep}
        marks.update(add)
        out = _join_marked(words, marks)
    if "[adres]" in out:
        # 3. "de tweede [naam] [adres]": the ordinal and a person's name in the street's name
        out = _R40_ORDINAL_STREET.sub(r"\1 [adres]", out)
    return out


# ---------------------------------------------------------------------------------------------------------------------
# Round 41 (own examples, not taken from the holdouts):
# 1. An address: a house number said split with "en" after a hesitation ("de lindelaan eh een en twintig"): see
#    spoken._house_number (only a bare "een" can be an article there, "een en twintig" is one number).
# 2. A name: a short southern (Limburg, Brabant) form of a first name that is also an everyday word or that no list
#    knows ("toon", "har", "wiel", "jeu", "sjef", "driek"), before a surname and "uit <town>" ("dat was toon lemmens
#    uit venray", "ik sprak sjef van de ven uit oss"): the first name goes with the surname. Without a surname the
#    words stay ("mooi weer uit kerkrade", "de toon uit venlo").
_R41_SHORT_GIVEN = frozenset("""jeu tjeu sjra sjang sjeng thei har harrie driek drik mien sjef zjef zef pie ber toon
wiel lei gies ties huub noud nol mie jo sjaak sjo hanne trien sjaan kee dré dre lambert""".split()) | _R36_SHORT_GIVEN
_R41_SHORT_GIVEN = _R41_SHORT_GIVEN - {"door"}  # a preposition far more often than Dorothea
_R41_NOT_BEFORE = frozenset("de het een die dat deze dit geen elke ieder wat welke zo".split())
_R41_GATE = _Lazy(r"\b(?:" + "|".join(sorted(_R41_SHORT_GIVEN, key=len, reverse=True))
                       + r")\s+\S+(?:\s+\S+){0,3}\s+uit\s+\w", re.IGNORECASE)


def _r41_short_given_name(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Form 2: "<short first name> (<van de>) <surname> uit <town>"."""
    n = len(lows)
    marks: dict[int, str] = {}
    for i in range(n - 3):
        if lows[i] not in _R41_SHORT_GIVEN or i in own or (i > 0 and lows[i - 1] in _R41_NOT_BEFORE):
            continue
        k = i + 1
        while k < n - 2 and k - i <= 3 and lows[k] in TUSSEN and k not in own:
            k += 1
        if own.get(k) == "[naam]":
            end = k
            while end + 1 < n and own.get(end + 1) == "[naam]":
                end += 1
        else:
            last = lows[k]
            if k in own or last in ORDINARY_WORDS or len(last) < 3 or not _r29_name_like(last) \
                    or not (last in SURNAMES_SAFE or last in SURNAMES_AMBIGUOUS or _r35_given(last)):
                continue
            end = k
        if end + 2 >= n or lows[end + 1] != "uit" or not lows[end + 2].isalpha() or lows[end + 2] in STOP_WORDS:
            continue
        marks.update({x: "[naam]" for x in range(i, end + 1) if x not in own})
    return marks


# ---------------------------------------------------------------------------------------------------------------------
# Round 42 (own examples, not taken from the holdouts): names in talk about a family.
# 1. A child's, partner's or sibling's first name that no Dutch list knows, after a family word:
#    "<mijn/uw/je/haar> <zoon/broertje/...> is|heet <name>" ("en uw zoon is tiberiu", "je zusje heet nkechi toch"),
#    "<haar/zijn> <zoon/...> <name>" before a verb or the end ("haar dochter svitlana woont daar"), and
#    "<vader/moeder/...> van <name>" ("ik heb u als moeder van olumide staan"); a name that is also a word only after
#    "<vader/moeder> van" inside a registration frame ("ik heb hier ... als vader van roos staan").
# 2. A name no list knows said before a family word at the start of a line ("svitlana en haar zoon ..."), or written
#    down ("ik heb hier ook nkechi staan").
# 3. "fam" before a surname taken out: the family's mail or doorbell name ("ervoor staat fam [naam]").
# 4. A Chinese given name of syllables after "naam is" / "heet" when the line goes on with "en <uw/ik/...>" (round
#    37 took only a name at the end of what is said): "uw naam is wang li na en uw zoon heet ...".
# Ordinary talk that stays: a word, an age or a count after the family word ("mijn zoon is boos", "je broertje is
# zes", "vader van twee", "de vader van de buurjongen").
_R42_KIN = KIN | frozenset("""broertje zusje zoontje dochtertje zoon dochter kind kindje jongste oudste stiefzoon
stiefdochter pleegzoon pleegdochter kleinzoon kleindochter schoonzoon schoondochter vrouw man echtgenoot echtgenote
verloofde""".split())
_R42_PARENTS = frozenset("vader moeder papa mama pa ma ouder voogd pleegvader pleegmoeder stiefvader stiefmoeder opa oma "
                         "broer zus".split())
_R42_VERBS = frozenset("is was heet heette".split())
_R42_NOT_CHILD = frozenset("beroep nature huis zichzelf elkaar iedereen niemand allemaal".split())
_R42_AFTER = frozenset("toch en dus of ja he hè hoor klopt eh uh ehm die maar oke ok zei zegt".split())
_R42_VERB_AFTER = frozenset("woont wonen woonde is was zit zat gaat ging komt kwam heeft had slaapt sliep en die "
                            "toch dus staat staan".split())
_R42_REGISTER = _Lazy(r"\b(?:heb|hebben|staat|sta|staan|genoteerd|ingeschreven|noteer)\b")
_R42_WHO = POSSESSIVES | frozenset("ik hij zij ze je u we wij jij".split())
_R42_GATE = _Lazy(r"\b(?:" + _trie_alt(_R42_KIN | _R42_PARENTS) + r"|staan|fam)\b", re.IGNORECASE)
_R42_SYLL_GATE = _Lazy(r"\b(?:heet|heette|noemt|naam\s+is)\s+\S+\s+\S+.*\ben\s", re.IGNORECASE)


_R42_WORD_ENDS = ("ig", "lijk", "isch", "baar", "loos", "zaam", "end", "ent", "ant", "ief", "eerd", "iek", "eel",
                  "ueel", "aal", "ist", "isme", "heid", "ing", "tje", "je")


def _r42_new_name(low: str) -> bool:
    """A word that is a given name no Dutch list of words knows ("tiberiu", "nkechi"), with no ending of a Dutch
    adjective, participle or noun ("dement", "autistisch")."""
    return len(low) >= 3 and low.isalpha() and low not in ORDINARY_WORDS and low not in STOP_WORDS \
        and low not in HESITATIONS and low not in KIN and not low.endswith(_R42_WORD_ENDS) \
        and not (low.startswith("ge") and low.endswith(("d", "t", "en"))) and _r35_given(low)


def _r42_family_names(words: list[str], lows: tuple[str, ...], own: dict[int, str],
                      named: bool = False) -> dict[int, str]:
    """Forms 1 to 3; "<kin> is <name>" only when a name went already (on this line, or before: `named`), as it
    does when a family is being registered ("meneer [naam] uw dochter is ...")."""
    n = len(lows)
    named = named or "[naam]" in own.values() or "[naam]" in words
    marks: dict[int, str] = {}

    def take(k: int) -> None:
        marks[k] = "[naam]"
        # a surname no list knows right after it ("olumide adeyemi")
        if k + 1 < n and k + 1 not in own and _r42_new_name(lows[k + 1]) and lows[k + 1] not in _R42_VERB_AFTER:
            marks[k + 1] = "[naam]"

    register = None
    for i, w in enumerate(lows):
        if w in _R42_KIN and i and lows[i - 1] in _R22_POSSESSIVES:
            j = i + 1
            if j < n and lows[j] in _R42_VERBS:
                j += 1
            if j >= n or j in own or not _r42_new_name(lows[j]):
                continue
            nxt = lows[j + 1] if j + 1 < n else ""
            if j > i + 1 and (not nxt or nxt in _R42_AFTER or (own.get(j + 1) == "[naam]")) \
                    and (named or lows[i + 1] in ("heet", "heette")):
                take(j)  # "uw zoon is tiberiu (toch)"
            elif j == i + 1 and (not nxt or nxt in _R42_VERB_AFTER or own.get(j + 1) == "[naam]"):
                take(j)  # "haar dochter svitlana woont daar"
        elif w == "van" and i and lows[i - 1] in _R42_PARENTS and i + 1 < n and i + 1 not in own:
            x = lows[i + 1]
            if _r42_new_name(x):
                take(i + 1)  # "als moeder van olumide"
            elif x.isalpha() and len(x) >= 3 and x not in STOP_WORDS and x not in _R22_POSSESSIVES \
                    and _r20_number(x) is None and x not in COUNT_UNITS and x not in _R42_NOT_CHILD \
                    and i >= 2 and lows[i - 2] == "als":
                if register is None:
                    register = _R42_REGISTER.search(" ".join(lows)) is not None and "hier" in lows
                if register and (i + 2 >= n or lows[i + 2] in ("staan", "genoteerd", "ingeschreven", "toch")):
                    marks[i + 1] = "[naam]"  # "ik heb hier [naam] als vader van roos staan"
        elif w == "staan" and i >= 2 and i - 1 not in own and _r42_new_name(lows[i - 1]) \
                and ("hier" in lows[max(0, i - 5):i - 1] and "heb" in lows[max(0, i - 6):i - 1]):
            marks[i - 1] = "[naam]"  # "ik heb hier ook nkechi staan"
        elif w == "fam" and i + 1 < n and own.get(i + 1) == "[naam]":
            marks[i] = "[naam]"  # "ervoor staat fam [naam]"
    # 2. "svitlana en haar zoon ...": a name no list knows at the start of the line, before a family word
    k = 0
    while k < n and lows[k] in _R33_LEAD and k < 2:
        k += 1
    if k + 3 < n and k not in own and lows[k + 1] in ("en", "met") and lows[k + 2] in _R22_POSSESSIVES \
            and lows[k + 3] in _R42_KIN and _r42_new_name(lows[k]):
        marks[k] = "[naam]"
    return marks


def _r42_syllables(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Form 4: round 37's syllables when the line goes on with "en <who> ..."."""
    return _syllable_names(words, lows, own,
                           lambda lows, e: e + 1 < len(lows) and lows[e] == "en" and lows[e + 1] in _R42_WHO)


# 5. An e-mail address dictated over lines: its domain said on a line of its own after a line with its local part or
#    the word mail ("a punt de vries" / "at gemeente"), the end of the domain on the next ("eh punt en el"), and the
#    local part said back whole after it was spelled ("dubbel el dubbel ee apenstaartje ..." / "llee dus").
_R42_AT = frozenset("at apenstaartje apestaartje".split())
_R42_TLD = frozenset("nl com net org be eu nu de info".split())
_R42_FILL = frozenset("eh uh ehm en dan dus ja toch klopt he hè oke ok nou".split())
_R42_MAILWORD = _Lazy(r"mail|\[e-mail\]|\bat\b|apenstaartje|apestaartje", re.IGNORECASE)


def _r42_spelled(raw: str) -> str:
    """The letters a line spells, glued ("dubbel el dubbel ee" is "llee")."""
    got: list[str] = []
    times = 1
    for w in _WS.findall(raw):
        low = _bare(w)
        if low in ("dubbel", "dubbele"):
            times = 2
            continue
        x = _r29_letter(low) if low not in ("en", "de", "je", "we", "te") else None
        if x is None:
            got.append(" ")
        else:
            got.append(x * times)
        times = 1
    return "".join(got)


def _r42_mail_lines(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    lows = [_bare(w) for w in _WS.findall(raw)]
    core = [w for w in lows if w and w not in _R42_FILL]
    if not core or len(core) > 4 or not before:
        return out
    braw, bout = before[-1]
    if core[0] in _R42_AT and 2 <= len(core) <= 4 and core[1].isalpha() and core[1] not in STOP_WORDS:
        # "at gemeente", "apenstaartje hotmail punt com": the domain after a line with the local part or "mail"
        if any(_R42_MAILWORD.search(o) or ("[naam]" in o and " punt " in f" {r} ") for r, o in before):
            return "[e-mail]"
        return out
    if core[0] == "punt" and 2 <= len(core) <= 3 and (core[1] in _R42_TLD or "".join(core[1:]) in ("enel", "el", "nl")) \
            and (bout.strip().endswith("[e-mail]") or any(_bare(w) in _R42_AT for w in _WS.findall(braw))):
        return "[e-mail]"  # "eh punt en el" after the domain
    if len(core) == 1 and "[e-mail]" in bout and len(core[0]) >= 3 and core[0].isalpha() \
            and core[0] not in STOP_WORDS and core[0] in _r42_spelled(braw):
        return out.replace(_WS.findall(raw)[lows.index(core[0])], "[e-mail]", 1)  # "llee dus"
    return out


# ---------------------------------------------------------------------------
# Round 43: care talk (hospitals, mental-health institutions, insurers, medicines, people named by their job) stays;
# an initial before a surname, a full name one calls for and a floor after a house number go
# ---------------------------------------------------------------------------

# 1. an institution said with the neuter article after a preposition: Dutch names a hospital or a clinic as a building
# ("in het reinier de graaf", "naar het antonius", "van het erasmus mc"), never a person ("bij het jan" is no Dutch)
_R43_ARTICLE_PREPS = frozenset("in naar bij van uit vanuit via op voor door tegenover achter naast".split())
# ... or with the word that makes it a hospital after it ("erasmus mc", "maxima mc", "het spaarne gasthuis")
_R43_CARE_HEADS = frozenset("mc umc mcl ziekenhuis gasthuis kliniek zkh ggz ziekenhuizen".split())
# 2. care organisations and insurers by their own (brand) names: a closed set of a few dozen, hand-written (no package
# lists Dutch insurers or care institutions; the Vektis UZOVI register needs the network). Given names that are also
# an organisation ("ona", "iza", "antes") are left out: the article form (1) takes those
_R43_CARE_ORGS = frozenset("""
vgz cz menzis dsw ohra fbto achmea interpolis unive univé zekur anderzorg ditzo caresq hollandzorg promovendum
bewuzt aevitae zorgdirect ikzorg pnoz vvaa
olvg lumc umcg umcu amc vumc radboudumc mumc erasmusmc isala gelre rijnstate amphia ikazia maasstad tergooi meander
bernhoven zuyderland alrijne bravis treant dijklander slingeland elkerliek anzu zgt mst cwz
rivierduinen mediant lucertis youz ggze bascule jutters curium psyq impegno reinaerde ipse careyn evean vivium aafje
zorgbalans parnassia arkin lentis ggnet altrecht dimence yulius emergis propersona accare karakter levvel jellinek
tactus brijder novadic kentron iriszorg cordaan amsta buurtzorg
""".split())
# 3. a dose after a medicine: "quetiapine vijfentwintig milligram", "oxazepam tien mg"
_R43_DOSE_UNITS = frozenset("milligram mg microgram mcg gram ml milliliter druppels druppel tabletten tablet pillen "
                            "pil eenheden capsules capsule puffs pufjes procent".split())
# 4. a man or woman named by the job or the place they are from: "de meneer van de bewaking", "die mevrouw van de
# thuiszorg", "een meneer van het wijkteam"; a surname is "van de berg", "van der meer"
_R43_TITLE_ARTICLES = frozenset("de die een deze dat diezelfde".split())
_R43_TITLES = frozenset("meneer mevrouw heer dame mijnheer".split())
_R43_KEEP_GATE = _Lazy(r"\b(?:het|mc|umc|ziekenhuis|gasthuis|kliniek|den|meneer|mevrouw|heer|dame|mijnheer|"
                            + _trie_alt(_R43_DOSE_UNITS | _R43_CARE_ORGS) + r")\b", re.IGNORECASE)

# 5. an initial (a letter, or its name, with or without "punt") before a surname with its particles: "j punt de wit",
# "ka de boer", "em van der linden"
# (not "em", "er", "es", "ha", "wee": a filler, "er", a greeting or a word before "de": "geef em de ...")
_R43_INITIAL_NAMES = frozenset("bee bé cee dee dé ef gee haa jee ka kaa el pee tee vee iks ix zet".split())
_R43_PARTICLES = frozenset("van de der den ter ten te".split())
# 6. a full name one calls for: "u belt voor ioana popescu", "ik bel namens dragos ionescu"
_R43_CALL_FOR = _Lazy(r"\b(?:bel|belt|bellen|belde|belden)\s+(?:(?:u|je|jij|ik|hij|zij|ze|we)\s+)?"
                           r"(?:voor|namens)\s+|\bnamens\s+", re.IGNORECASE)
_R43_ADD_GATE = _Lazy(r"\b(?:punt|voor|namens|hoog)\b|\b(?:[a-z]|" + _trie_alt(_R43_INITIAL_NAMES)
                           + r")\s+(?:punt\s+)?(?:van|de|der|den|ter|ten|te)\s", re.IGNORECASE)


def _r43_surname_after(lows: list[str], k: int) -> int | None:
    """The last index of a surname with its particles from k ("de wit", "van der linden"), or None."""
    j = k
    while j < len(lows) and lows[j] in _R43_PARTICLES and j - k < 3:
        j += 1
    if j == k or j >= len(lows):
        return None
    w = lows[j]
    if w in STOP_WORDS or not w.isalpha() or len(w) < 2:
        return None
    if "-".join(lows[k:j + 1]) in SURNAMES_SAFE or "-".join(lows[k:j + 1]) in SURNAMES_AMBIGUOUS \
            or w in _SURNAME_WORDS or (_unknown_word(w) and w not in _R43_CARE_ORGS and w not in SPELLING_ALPHABET
                                       and (j - k >= 2 or lows[k] != "van")):  # "k van kovalenko": spelled
        return j
    return None


def _r43_keep(lows: list[str], own: dict[int, str]) -> set[int]:
    """The indexes of [naam]/[adres] words that are care talk (forms 1-4)."""
    keep: set[int] = set()
    n = len(lows)
    i = 0
    while i < n:
        lab = own.get(i)
        if lab not in ("[naam]", "[adres]"):
            i += 1
            continue
        j = i
        while j + 1 < n and own.get(j + 1) == lab:
            j += 1
        run = range(i, j + 1)
        nxt = lows[j + 1] if j + 1 < n else ""
        if lab == "[naam]":
            # 1. "in het reinier de graaf", "het [naam]" over "erasmus mc"
            b = i - 1  # over the unredacted head of the name: "in het reinier [naam]" over "de graaf"
            while b >= 1 and i - b <= 2 and b not in own and (lows[b] in FIRST_NAMES or lows[b] in FIRST_NAMES_MORE
                                                               or lows[b] in ("sint", "st")):
                b -= 1
            if b >= 1 and lows[b] == "het" and lows[b - 1] in _R43_ARTICLE_PREPS:
                keep.update(run)
            elif lows[j] in _R43_CARE_HEADS or nxt in _R43_CARE_HEADS:
                keep.update(run)
            else:
                # 2. the organisations' own names in the run ("vgz menzis cz en dsw")
                inside = [k for k in run if lows[k] in _R43_CARE_ORGS]
                if inside and all(lows[k] in _R43_CARE_ORGS or lows[k] in ("en", "of") for k in run):
                    keep.update(run)
                elif inside:
                    keep.update(inside)
            # 4. "de meneer van de bewaking": the title's run is "van de <word>", the word no surname
            if i >= 1 and lows[i - 1] in _R43_TITLES and i >= 2 and lows[i - 2] in _R43_TITLE_ARTICLES \
                    and lows[i] == "van" and j - i == 2 and lows[i + 1] in ("de", "het", "t") \
                    and lows[j] in ORDINARY_WORDS and lows[j] not in _SURNAME_WORDS \
                    and f"van-{lows[i + 1]}-{lows[j]}" not in SURNAMES_SAFE \
                    and f"van-den-{lows[j]}" not in SURNAMES_SAFE and f"van-der-{lows[j]}" not in SURNAMES_SAFE:
                keep.update(run)
        # 3. "[adres] milligram" over "quetiapine vijfentwintig": a medicine and its dose
        # (the unit inside the run too: "[adres]" over "olanzapine vijf milligram")
        if any((lows[k] if k <= j else nxt) in _R43_DOSE_UNITS and (word_value(lows[k - 1]) is not None
                                                                    or lows[k - 1].isdigit())
               for k in range(i + 1, j + 2)):
            keep.update(run)
        i = j + 1
    return keep


def _r43_add(lows: list[str], own: dict[int, str]) -> dict[int, str]:
    """The words of forms 5-7 to redact as well."""
    add: dict[int, str] = {}
    n = len(lows)
    for i in range(n):
        w = lows[i]
        # 5. an initial before a surname with its particles
        if (len(w) == 1 and w.isalpha() and w != "u") or w in _R43_INITIAL_NAMES:
            k = i + 1
            dotted = k < n and lows[k] == "punt"
            if dotted:
                k += 1
            if k < n and lows[k] in _R43_PARTICLES and (dotted or len(w) > 1 or w not in "aeio"):
                e = _r43_surname_after(lows, k)
                if e is not None and not any(own.get(x) not in (None, "[naam]") for x in range(i, e + 1)):
                    add.update({x: "[naam]" for x in range(i, e + 1)})
            elif dotted and k < n and i not in own and (own.get(k) == "[naam]" or (
                    k not in own and _unknown_word(lows[k]) and lows[k] not in _R43_CARE_ORGS
                    and name_score(lows[k]) >= 0.5)) and (k + 1 >= n or lows[k + 1] not in ("at", "apenstaartje")):
                # "m punt esposito", "h punt [naam]": the initial with its point before a surname
                add.update({x: "[naam]" for x in range(i, k + 1)})
        # 7. a floor after a house number: "[adres] hoog" over "veertien hoog", "drie hoog achter"
        if w == "hoog" and own.get(i - 1) == "[adres]" and i not in own:
            add[i] = "[adres]"
            if i + 1 < n and lows[i + 1] in ("achter", "voor") and i + 1 not in own:
                add[i + 1] = "[adres]"
    return add


def _r43_called_for(raw: str, lows: list[str], own: dict[int, str]) -> dict[int, str]:
    """6. a full name after "bel voor", "namens": two or three words no list knows, one of them name-like."""
    add: dict[int, str] = {}
    for m in _R43_CALL_FOR.finditer(raw):
        k = len(_WS.findall(raw[:m.end()]))
        e = k
        while e < len(lows) and e - k < 3 and e not in own and _unknown_word(lows[e]) and lows[e] not in TUSSEN \
                and lows[e] not in _R43_CARE_ORGS and lows[e] not in _R25_ORGANISATIONS and not _is_street_word(lows[e]):
            e += 1
        if e - k >= 2 and any(_r25_unknown_name(lows[x]) or lows[x] in FIRST_NAMES or lows[x] in FIRST_NAMES_MORE
                              for x in range(k, e)):
            add.update({x: "[naam]" for x in range(k, e)})
    return add


def redact_round43(raw: str, out: str) -> str:
    """Round 43 on one line, read on the line as said (`raw`) next to what the other rules made of it (`out`)."""
    keep_gate = "[" in out and _R43_KEEP_GATE.search(raw)
    add_gate = _R43_ADD_GATE.search(raw)
    if not keep_gate and not add_gate:
        return out
    words = _WS.findall(raw)
    lows = [_bare(w) for w in words]
    own = _redacted_words(raw, out) if raw != out else {}
    marks = dict(own)
    if keep_gate:
        keep = _r43_keep(lows, own)
        if keep:
            keep |= set(_r28_org_goes_on(lows, sorted(keep), own))  # "van reinier van arkel [naam]" over "in den bosch"
            marks = {i: lab for i, lab in own.items() if i not in keep}
    if add_gate:
        extra = _r43_add(lows, marks)
        extra.update(_r43_called_for(raw, lows, marks))
        marks.update({i: lab for i, lab in extra.items() if i not in marks})
    if marks == own:
        return out
    return _join_marked(words, marks)


# ---------------------------------------------------------------------------
# Round 44: people who came from elsewhere. Read on one line as said next to what the other rules made of it:
# 1. a street spelled letter by letter before its own word ("b e u k e n weg", "m e r e l laan"): the letters and the
#    word are the street (the letters alone were taken as a name, the number on the next line then stayed);
# 2. an e-mail's local part said after its address ("apenstaartje ziggo punt nl en daarvoor jansen zonder puntjes");
# 3. a name with "a" between its parts, as Surinamese-Chinese names are ("tjon a tam", "lie a kwie zei u").
# In the window: a year said on the line after one's birth date was asked or talked about ("zijn geboortedatum weet hij
# niet" / "ergens in negentienhonderdzestig").
# ---------------------------------------------------------------------------
_R44_STREET_HEADS = frozenset("weg straat laan plein kade gracht singel dijk dreef pad hof park steeg straatweg "
                              "allee baan veld markt wal".split())
_R44_AFTER_STOP = frozenset("zonder met en aan elkaar , ja toch klopt zei zegt dus oke ok of is was dan nee maar "
                            "alles kleine kleine hoofdletters hoofdletter letters".split())
_R44_AFTER_LEAD = frozenset("komt staat is dan".split())
_R44_A_BEFORE = frozenset("meneer mevrouw mw dhr familie heet is dus ja naam achternaam".split())
_R44_A_CLOSE = frozenset("zei zegt u je toch ja klopt he is was heet en".split())
_R44_GATE = _Lazy(r"(?<![^\W_])(?:" + _trie_alt(sorted(_R44_STREET_HEADS)) + r"|daarvoor|ervoor|a)(?![^\W_])", re.I)


def _r44_letter(low: str) -> bool:
    return (len(low) == 1 and low.isalpha()) or (low in LETTER_NAMES and low not in ("de", "het", "en", "je", "we"))


def _r44_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    n = len(lows)
    marks: dict[int, str] = {}
    for k in range(n):
        low = lows[k]
        # 1. a spelled street: three letters or more, then the street's own word
        if low in _R44_STREET_HEADS and k >= 3:
            s = k
            while s > 0 and len(words[s - 1]) == 1 and words[s - 1].isalpha():
                s -= 1
            if k - s >= 3 and any(x in own for x in range(s, k)):
                marks.update({x: "[adres]" for x in range(s, k + 1)})
        # 2. the local part after the address: "[e-mail] en daarvoor jansen (zonder puntjes)"
        elif low in ("daarvoor", "ervoor") and any(own.get(x) == "[e-mail]" for x in range(max(0, k - 3), k)):
            p = k + 1
            while p < n and lows[p] in _R44_AFTER_LEAD:
                p += 1
            e = p
            while e < n and e - p < 4 and lows[e] and lows[e] not in _R44_AFTER_STOP:
                e += 1
            if e > p:
                marks.update({x: "[e-mail]" for x in range(p, e)})
        # 3. "<name> a <short word>": the name's last part
        elif low == "a" and k > 0 and k + 1 < n and k + 1 not in own \
                and (own.get(k - 1) == "[naam]" or (_r25_unknown_name(lows[k - 1]) and len(lows[k - 1]) <= 6
                                                    and (k == 1 or lows[k - 2] in _R44_A_BEFORE))) \
                and lows[k + 1].isalpha() and 2 <= len(lows[k + 1]) <= 5 and lows[k + 1] not in STOP_WORDS \
                and (k + 2 == n or lows[k + 2] in _R44_A_CLOSE):
            marks.update({k - 1: "[naam]", k: "[naam]", k + 1: "[naam]"})
    return marks


def redact_round44(raw: str, out: str) -> str:
    """Round 44 on one line (forms 1 to 3 above)."""
    if ("[" not in out and " a " not in raw) or not _R44_GATE.search(raw):
        return out
    return _line_pass(raw, out, _r44_marks)


_R44_BIRTH_CUES = frozenset("geboortedatum geboortejaar geboren geboortedag".split())
_R44_YEAR_AFTER_CUE = _Lazy(r"(?<![^\W_])(?:negentien|tweeduizend|\d{4})", re.I)


def _r44_birth_year(prev_raw: str, prev_out: str, raw: str, out: str) -> str:
    """A year said on the line after a line that talked about one's birth date without giving it."""
    if "[datum]" in prev_out or not _R44_YEAR_AFTER_CUE.search(raw):
        return out
    prev = _r20_lows(prev_raw)
    if not any(w in _R44_BIRTH_CUES for w in prev) or not any(w in _R44_UNKNOWN for w in prev):
        return out
    lows = _r20_lows(raw)
    if not any(w in _R44_HEDGES for w in lows):
        return out
    own = _redacted_words(raw, out) if raw != out else {}
    marks = {}
    for k, low in enumerate(lows):
        v = _r20_number(low) if low.isdigit() else word_value(low)
        if v is not None and 1910 <= v <= 2025 and k not in own \
                and (low.startswith(("negentien", "tweeduizend")) or low.isdigit()):
            marks[k] = "[datum]"
            if low == "tweeduizend" and k + 1 < len(lows) and (w := word_value(lows[k + 1])) is not None and w < 100:
                marks[k + 1] = "[datum]"
    return _merge(raw, out, marks) if marks else out


# the birth date not known or not sure on the line before ("hij weet zijn geboortedatum niet precies"), a guess on the
# line with the year ("ergens in ...", "rond ...", "zegt zijn broer")
_R44_UNKNOWN = frozenset("niet precies onbekend geen zeker vergeten".split())
_R44_HEDGES = frozenset("ergens rond ongeveer omstreeks zo'n zon denk denkt zegt zeggen volgens waarschijnlijk "
                        "misschien".split())


_R44_BEFORE_LEAD = frozenset("komt staat is zijn dan eerst".split())
_R44_AT_LEAD = frozenset("en dan eh uh ehm ja het de".split())


def _r44_held_part(prev_raw: str, prev_out: str, raw: str, out: str) -> dict[int, str]:
    """The part of the held line before that this line shows to be a detail:
    4. an e-mail's local part said first with "ervoor (komt)" / "daarvoor", the address from its sign on this line
       ("ervoor komt a jansen twaalf" / "en dan apenstaartje hotmail punt com");
    5. a date's day and month at the held line's end, its year and the birth cue on this line ("op de pas staat de
       tweede maart" / "negentienhonderdvijftig als geboortedatum")."""
    plows = _r20_lows(prev_raw)
    lows = _r20_lows(raw)
    own = _redacted_words(raw, out)
    pown = _redacted_words(prev_raw, prev_out) if prev_raw != prev_out else {}
    extra: dict[int, str] = {}
    mail = [k for k, lab in own.items() if lab == "[e-mail]"]
    if mail and ("ervoor" in plows or "daarvoor" in plows) \
            and all(w in _R44_AT_LEAD for w in lows[:mail[0]]) and lows[mail[0]] in ("apenstaartje", "apestaartje", "at"):
        k = max(i for i, w in enumerate(plows) if w in ("ervoor", "daarvoor")) + 1
        while k < len(plows) and plows[k] in _R44_BEFORE_LEAD:
            k += 1
        if 0 < len(plows) - k <= 5 and not any(w in _R44_NOT_LOCAL for w in plows[k:]):
            extra.update({x: "[e-mail]" for x in range(k, len(plows)) if x not in pown})
    dates = [k for k, lab in own.items() if lab == "[datum]"]
    if dates and any(w in _R44_BIRTH_CUES for w in lows) and "[datum]" not in prev_out \
            and all(w in _R44_AT_LEAD for w in lows[:min(dates)]):  # the year goes on with the date, then its cue
        e = len(plows) - 1
        while e >= 0 and plows[e] in HESITATIONS:
            e -= 1
        if e >= 1 and plows[e] in MONTHS and (ordinal_value(plows[e - 1]) or 0) >= 1:
            extra.update({e - 1: "[datum]", e: "[datum]"})
    return extra


_R44_NOT_LOCAL = frozenset("is naar op mail mailen email mailadres adres via aan dat het mijn zijn haar nou dus oke ok je u "
                           "kan kun stuur graag dit daar hier mag die wel maar".split())


# ---------------------------------------------------------------------------
# Round 45: young city people who code-switch (Dutch, English, straattaal) and the Caribbean Dutch of Curaçao, Aruba
# and Bonaire. What stays: a saint's or an island's name ("sint maarten", "sint eustatius"), a delivery or ride
# platform one works for ("ritten voor uber eats"), a country's calling code talked about ("bellen met plus vijf
# negen negen is duur"). What goes: a Papiamento street ("kaya grandi nummer zesentwintig"), a house number said
# again after its street ("[adres] oké twaalf b"), a bank's short name after an IBAN's head ("[iban] rabo").
# ---------------------------------------------------------------------------
_R45_PLATFORMS = tuple(tuple(p.split()) for p in sorted((
    "uber eats", "uber", "just eat", "just eat takeaway", "takeaway", "thuisbezorgd", "deliveroo", "bolt", "bolt food",
    "flink", "gorillas", "getir", "picnic", "crisp", "zapp", "post nl", "postnl", "dhl", "dpd", "gls", "amazon",
    "temper", "helpling", "lyft", "felyx"), key=len, reverse=True))
_R45_PLATFORM_FIRST = frozenset(p[0] for p in _R45_PLATFORMS)
# the talk that goes on after a country's calling code ("met plus vijf negen negen is duur", "plus drie twee voor belgie")
_R45_CODE_TALK = frozenset("is was kost kosten kostte duur goedkoop gratis voor van betekent bellen belt bel dat die heeft "
                           "hebben hoort werkt".split())
_R45_CODE_WORDS = frozenset("landcode landnummer landennummer netnummer kengetal".split())
_R45_SAINT = frozenset(("sint", "st", "saint", "san", "santa", "santo"))
_R45_KEEP_GATE = _Lazy(r"(?<![^\W_])(?:plus|" + "|".join(sorted(_R45_SAINT | _R45_PLATFORM_FIRST)) + r")(?![^\W_])",
                            re.I)
_R45_DIGITS = {**_UNITS, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
               "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _r45_keep(raw: str, out: str) -> str:
    """Round 45, what stays: the [naam] on a platform's name or on the name after "sint"; a [telefoonnummer] that
    is only "plus" and a country's code of one to three digits with talk going on after it."""
    if ("[naam]" not in out and "[telefoonnummer]" not in out) or not _R45_KEEP_GATE.search(raw):
        return out
    words = _WS.findall(raw)
    lows = [fold(_bare(w)) for w in words]
    n = len(lows)
    if not (_R45_PLATFORM_FIRST.intersection(lows) or _R45_SAINT.intersection(lows) or "plus" in lows):
        return out
    own = _redacted_words(raw, out)
    drop: set[int] = set()
    for i, low in enumerate(lows):
        if low in _R45_PLATFORM_FIRST:
            for p in _R45_PLATFORMS:
                if tuple(lows[i:i + len(p)]) == p and all(own.get(x) == "[naam]" for x in range(i, i + len(p))):
                    drop.update(range(i, i + len(p)))
                    break
        elif low in _R45_SAINT and i + 1 < n and own.get(i + 1) == "[naam]" and i not in own \
                and (i + 2 >= n or own.get(i + 2) != "[naam]"):
            drop.add(i + 1)  # "op sint maarten", "sint jan": a saint, a place named after one
        elif low == "plus" and own.get(i + 1) == "[telefoonnummer]":
            e = i + 1
            while e < n and own.get(e) == "[telefoonnummer]":
                e += 1
            digits = [lows[x] for x in range(i + 1, e)]
            if 1 <= len(digits) <= 3 and all(d in _R45_DIGITS for d in digits) and e < n \
                    and (lows[e] in _R45_CODE_TALK or any(w in _R45_CODE_WORDS for w in lows)):
                drop.update(range(i, e))
    if not drop:
        return out
    return _join_marked(words, {i: lab for i, lab in own.items() if i not in drop})


# 1. a Papiamento street (Curaçao, Aruba, Bonaire): its word first, its name, its number ("kaya grandi nummer
#    zesentwintig", "kaminda santa rosa tien")
_R45_PAP_STREETS = frozenset("kaya kaminda plasa kaiya caya".split())
# 2. a house number said again after its street's placeholder, with its letter or ending the line
_R45_AGAIN_LEAD = frozenset("oke ok oké ja dus nee sorry eh uh ehm zei je het is nummer huisnummer so yes".split())
_R45_AGAIN_CLOSE = frozenset("dus ja toch klopt he hè oke ok oké".split())
_R45_HOUSE_LETTERS = frozenset("a b c d e f g h bee cee dee ee ef gee haa".split())
# 5. what is said between a date's parts ("[datum] vorig jaar [datum]")
_R45_DATE_BETWEEN = frozenset("vorig vorige dit jaar van het eh uh ehm dus in".split())
# 6. a name said bare, then what the worker does with it or what it is ("oké amara diallo ik zet het erbij", "li wei
#    dat is je achternaam")
_R45_NOTE_CUES = (("ik", "zet", "het", "erbij"), ("ik", "zet", "het", "op"), ("ik", "schrijf", "het", "op"),
                  ("ik", "noteer", "het"), ("ik", "zet", "hem", "erbij"), ("dat", "is", "je"), ("dat", "is", "uw"),
                  ("is", "dat", "je"), ("is", "dat", "uw"))
_R45_NAME_NOUNS = frozenset("naam achternaam voornaam familienaam roepnaam".split())
_R45_NAME_LEAD = frozenset("oke ok oké ja dus en nou so yes eh uh ehm".split())
_R45_GATE1 = _Lazy(r"(?<![^\W_])(?:kaya|kaminda|plasa|kaiya|caya|erbij|noteer|schrijf|\w*naam)(?![^\W_])", re.I)


def _r45_number(low: str) -> bool:
    v = _r20_number(low) if low.isdigit() else word_value(low)
    return v is not None and 1 <= v <= 9999


def _r45_namey(low: str) -> bool:
    """A word that may be part of a name said bare: a listed first name, a word no list knows, or a name-like word."""
    if not low.isalpha() or len(low) < 2 or low in STOP_WORDS or low in MONTHS or word_value(low) is not None \
            or low in _R33_NOT_NAME or low in _SP_EN_NOT_NAMES or low in _R45_NAME_NOUNS or low in _R25_ORGANISATIONS \
            or _is_street_word(low) or low.endswith(_R33_TOWN_END) or low in HESITATIONS:
        return False
    return low in _ANY_FIRST_NAMES or _unknown_word(low) or name_score(low) >= 0.6


def _r45_strong(low: str) -> bool:
    return low in FIRST_NAMES or low in FIRST_NAMES_MORE or (_unknown_word(low) and name_score(low) >= 0.7)


def _r45_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    n = len(lows)
    marks: dict[int, str] = {}
    for k in range(n):
        low = lows[k]
        # 1. a Papiamento street and its number
        if low in _R45_PAP_STREETS and k + 2 < n:
            e = k + 1
            while e < n and e - k <= 3 and not _r45_number(lows[e]) and lows[e] not in ("nummer", "nr", "number") \
                    and lows[e].isalpha() and lows[e] not in STOP_WORDS:
                e += 1
            if e > k + 1 and e < n and lows[e] in ("nummer", "nr", "number"):
                e += 1
            if e > k + 1 and e < n and _r45_number(lows[e]):
                if e + 1 < n and lows[e + 1] in _R45_HOUSE_LETTERS and len(lows[e + 1]) == 1:
                    e += 1
                marks.update({x: "[adres]" for x in range(k, e + 1)})
        # 2. the house number again after its street's placeholder ("[adres] oké twaalf b dus")
        elif own.get(k) == "[adres]" and own.get(k + 1) != "[adres]":
            p = k + 1
            while p < n and p - k <= 3 and lows[p] in _R45_AGAIN_LEAD and p not in own:
                p += 1
            if p > k + 1 and p < n and p not in own and _r45_number(lows[p]):
                e = p
                if e + 1 < n and lows[e + 1] in _R45_HOUSE_LETTERS:
                    e += 1
                if e > p or e + 1 == n or lows[e + 1] in _R45_AGAIN_CLOSE:
                    marks.update({x: "[adres]" for x in range(p, e + 1)})
        # 3. a bank's short name after an IBAN's head ("[iban] rabo nee ..."), its letters after "dus"
        elif own.get(k) == "[iban]" and k + 1 < n and k + 1 not in own and lows[k + 1] in BANK_NAMES:
            marks[k + 1] = "[iban]"
        elif own.get(k) == "[iban]" and low in BANK_NAMES and k + 2 < n and lows[k + 1] in ("dus", "ja", "met") \
                and k + 1 not in own and len(lows[k + 2]) == 1 and low.startswith(lows[k + 2]):
            e = k + 2  # "[iban] dus t r i o": the bank's name spelled after it
            while e < n and len(lows[e]) == 1 and lows[e].isalpha():
                e += 1
            if e - k - 2 >= 2 and low.startswith("".join(lows[k + 2:e])):
                marks.update({x: "[iban]" for x in range(k + 1, e)})
        # 4. "double u" (an English W) with its other half redacted
        elif low == "double" and k + 1 < n and lows[k + 1] in ("u", "you") and (k + 1 in own) != (k in own):
            marks[k] = marks[k + 1] = own.get(k) or own.get(k + 1)
        # 5. an English date's article; the words between a date's parts
        elif low == "the" and own.get(k + 1) == "[datum]" and k not in own:
            marks[k] = "[datum]"
        elif own.get(k) == "[datum]" and k + 1 < n and k + 1 not in own and lows[k + 1] in _R45_DATE_BETWEEN:
            e = k + 1
            while e < n and e - k <= 3 and e not in own and lows[e] in _R45_DATE_BETWEEN:
                e += 1
            if own.get(e) == "[datum]":
                marks.update({x: "[datum]" for x in range(k + 1, e)})
    # 6. a name said bare at the line's start, then what is done with it
    s = 0
    while s < n and s < 3 and lows[s] in _R45_NAME_LEAD:
        s += 1
    e = s
    while e < n and e - s < 3 and e not in own and _r45_namey(lows[e]):
        e += 1
    if e - s >= 2 and any(tuple(lows[e:e + len(c)]) == c for c in _R45_NOTE_CUES) \
            and (lows[e] == "ik" or any(w in _R45_NAME_NOUNS for w in lows[e + 2:e + 5])) \
            and any(_r45_strong(lows[x]) for x in range(s, e)):
        marks.update({x: "[naam]" for x in range(s, e)})
    # 7. a first name and an unknown surname before "en", when another name on the line went ("dus amara diallo en
    #    haar broer heet [naam]")
    if "[naam]" in own.values():
        for k in range(n - 2):
            if k in own or k + 1 in own or lows[k + 2] != "en":
                continue
            if (lows[k] in _ANY_FIRST_NAMES or name_score(lows[k]) >= 0.7) and _r45_namey(lows[k]) \
                    and _unknown_word(lows[k + 1]) \
                    and _r45_namey(lows[k + 1]) and (k == 0 or lows[k - 1] in _R45_NAME_LEAD
                                                               or lows[k - 1] in ("heet", "is", "met")):
                marks[k] = marks[k + 1] = "[naam]"
    return marks


def redact_round45(raw: str, out: str) -> str:
    """Round 45 on one line (forms 1 to 7 above)."""
    if not (_R45_GATE1.search(raw) or ("[" in out and ("[adres]" in out or "[iban]" in out or "[datum]" in out
                                                     or ("[naam]" in out and " en " in raw)))):
        return out
    return _line_pass(raw, out, _r45_marks)


# Round 45: English said mixed into Dutch details, read as Dutch after round 44's reading (one word for one word):
# a. English digits inside a Dutch digit stream ("nul zero zero zeven", "een twee oh oh vijf");
# b. a postcode's letters by their English names after four Dutch digits ("drie nul drie drie double u em");
# c. a name spelled in English letter names ("double u oh el tee ee ar");
# d. a date said in English ("the fifth of june two thousand three", "geboortedatum thirteen twelve two thousand four").
_R45_NL_DIGITS = frozenset("nul een één twee drie vier vijf zes zeven acht negen".split())
_R45_EN_LETTERS = {"ay": "a", "bee": "bee", "see": "cee", "cee": "cee", "dee": "dee", "ee": "ee", "ef": "ef",
                   "gee": "gee", "aitch": "haa", "eye": "ie", "jay": "jee", "kay": "kaa", "el": "el", "ell": "el", "em": "em",
                   "en": "en", "oh": "o", "pee": "pee", "cue": "ku", "ar": "er", "ess": "es", "tee": "tee",
                   "you": "uu", "vee": "vee", "ex": "iks", "wye": "ij", "zed": "zet"}
_R45_EN_STRONG = frozenset("ay aitch jay kay ar ess zed wye double".split())  # no Dutch word, no English one alone
_R45_MONTHS = {m: d for m, d in zip(
    "january february march april may june july august september october november december".split(),
    "januari februari maart april mei juni juli augustus september oktober november december".split())}
_R45_ORDINALS = {m: d for m, d in zip(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth".split(),
    "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde dertiende veertiende "
    "vijftiende zestiende zeventiende achttiende negentiende twintigste dertigste".split())}
_R45_EN_BIG = {"hundred": "honderd", "thousand": "duizend"}
_R45_EN_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_R45_BIRTH = frozenset("geboren geboortedatum geboortedag birthday born jarig verjaardag".split())
_R45_DATE_GLUE = {"the": "de", "of": "van"}
_R45_GATE = _Lazy(r"(?<![^\W_])(?:" + _trie_alt(sorted(
    set(_EN_NUMBER) | {"oh", "double", "ay", "aitch", "jay", "kay", "ar", "ess", "zed", "wye", "thousand", "hundred"}
    | set(_R45_MONTHS) | set(_R45_ORDINALS))) + r")(?![^\W_])", re.I)


def _r45_tens_unit(lows: list[str], k: int) -> str | None:
    """"twenty four" at k as one Dutch word ("vierentwintig"), else None."""
    if k + 1 < len(lows) and lows[k] in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety") \
            and lows[k + 1] in _EN_UNITS and lows[k + 1] != "zero":
        unit = _EN_UNITS[lows[k + 1]]
        return unit + ("ën" if unit.endswith("e") else "en") + _EN_MORE[lows[k]]
    return None


def _r45_letters(lows: list[str], k: int, accept, most: int | None = None) -> list[tuple[int, str]]:
    """The letter names from word k on that `accept` takes, each read as Dutch, "double u" as an English W ("eh wee");
    at most `most` letters."""
    got: list[tuple[int, str]] = []
    n = len(lows)
    while k < n and (most is None or sum(lab != "eh" for _, lab in got) < most):
        if lows[k] == "double" and k + 1 < n and lows[k + 1] in ("u", "you"):
            got += [(k, "eh"), (k + 1, "wee")]
            k += 2
        elif accept(lows[k]):
            got.append((k, _R45_EN_LETTERS.get(lows[k], lows[k])))
            k += 1
        else:
            break
    return got


def english_mixed_as_dutch(text: str) -> str:
    """Forms a to d above, on the text as round 44 read it; English without them stays as it was."""
    if not _R45_GATE.search(text):
        return text
    words, lows = _en_words(text)
    n = len(lows)
    read: dict[int, str] = {}

    def digit(k: int) -> bool:
        return 0 <= k < n and (lows[k] in _R45_NL_DIGITS or lows[k] in _EN_UNITS)

    # a. a digit stream of Dutch and English digits ("oh" and "double" between digits)
    i = 0
    while i < n:
        if not digit(i):
            i += 1
            continue
        j, idx = i, []
        while j < n:
            if digit(j):
                idx.append(j)
            elif lows[j] in ("oh", "double") and idx:
                e = j
                while e < n and lows[e] in ("oh", "double"):
                    e += 1
                if not digit(e):
                    break
                idx.extend(range(j, e))
                j = e
                continue
            elif not (lows[j] in _EN_FILL and idx and digit(j + 1)):
                break
            j += 1
        en = [k for k in idx if lows[k] in _EN_UNITS or lows[k] in ("oh", "double")]
        nl = [k for k in idx if lows[k] in _R45_NL_DIGITS]
        if en and nl and sum(lows[k] != "double" for k in idx) >= 3:
            for k in en:
                read[k] = _EN_UNITS.get(lows[k]) or {"oh": "nul", "double": "dubbel"}[lows[k]]
        # b. a postcode's letters in English after four Dutch digits
        if len(idx) == 4 and all(lows[k] in _R45_NL_DIGITS or k in read for k in idx) and j < n:
            got = _r45_letters(lows, j, lambda low: low in _R45_EN_LETTERS or low in _NL_LETTER_WORDS, most=2)
            if sum(lab != "eh" for _, lab in got) == 2 and any(lows[x] in _R45_EN_STRONG or lows[x] == "double"
                                                                  or lows[x] in _EN_LETTERS for x, _ in got):
                read.update(got)
        i = j if j > i else i + 1
    # a2. an IBAN's check digits in English after its country's letters ("en el four two rabo ...")
    for k in range(1, n - 1):
        if (lows[k - 1], lows[k]) in (("en", "el"), ("n", "l")) and lows[k + 1] in _EN_NUMBER and k + 1 not in read:
            e = k + 1
            while e < n and e - k <= 2 and lows[e] in _EN_NUMBER:
                read[e] = _EN_NUMBER[lows[e]]
                e += 1
    # c. a name spelled in English letter names: three letters or more, one of them English only
    i = 0
    while i < n:
        got = _r45_letters(lows, i, lambda low: low in _R45_EN_LETTERS or (len(low) == 1 and low.isalpha()))
        j = got[-1][0] + 1 if got else i
        letters = [x for x, lab in got if lab != "eh"]
        if len(letters) >= 3 and any(lows[x] in _R45_EN_STRONG for x, _ in got) \
                and not any(x in read for x, _ in got):
            read.update(got)
        i = j if j > i else i + 1
    # d. a date said in English: a month with its day and year, or English numbers after a birth cue
    month = [k for k in range(n) if lows[k] in _R45_MONTHS]
    birth = any(w in _R45_BIRTH for w in lows)
    if month or birth:
        for k in range(n):
            low = lows[k]
            near = any(abs(k - m) <= 6 for m in month) or (birth and any(lows[x] in _R45_BIRTH
                                                                         for x in range(max(0, k - 8), k)))
            if not near or k in read:
                continue
            if low in _R45_MONTHS:
                read[k] = _R45_MONTHS[low]
            elif low in _R45_ORDINALS:
                read[k] = _R45_ORDINALS[low]
            elif (tu := _r45_tens_unit(lows, k)) is not None:
                read[k], read[k + 1] = tu, "eh"
            elif low in _EN_NUMBER or low in _R45_EN_BIG:
                read[k] = _EN_NUMBER.get(low) or _R45_EN_BIG[low]
        if not any(lows[k] not in _R45_MONTHS for k in read):
            read = {}  # a month alone ("see you in june")
        elif any(lows[k] in _R45_MONTHS or lows[k] in _R45_ORDINALS or lows[k] in _R45_EN_BIG for k in read):
            for k in range(n):
                if k not in read and lows[k] in _R45_DATE_GLUE and (k + 1 in read or k - 1 in read):
                    read[k] = _R45_DATE_GLUE[lows[k]]
        elif sum(lows[k] in _EN_NUMBER for k in read) < 2:
            read = {k: v for k, v in read.items() if lows[k] not in _EN_NUMBER}
    if not read:
        return text
    return _with_words_read(text, words, read)


from voice_companion.privacy.spoken import _EN_NOT_NAMES as _SP_EN_NOT_NAMES  # noqa: E402  (round 45)


def _r45_said(raw: str, out: str) -> str:
    """Round 45 on a line read as Dutch, put back as said: an English W's two words ("double u") and an English
    date's article ("the [datum]") go with what was taken out next to them."""
    lows = [w.lower() for w in _WS.findall(raw)]
    if "double" not in lows and "the" not in lows and not any(w in _R45_EN_TENS for w in lows):
        return out
    own = _redacted_words(raw, out)
    marks: dict[int, str] = {}
    for k, low in enumerate(lows[:-1]):
        if low in _R45_EN_TENS and k in own and k + 1 not in own and lows[k + 1] in _EN_UNITS:
            marks[k + 1] = own[k]  # "nineteen ninety eight": read as one Dutch word and a filler
            continue
        if low == "double" and lows[k + 1] in ("u", "you") and (k + 1 in own) != (k in own):
            marks[k] = marks[k + 1] = own.get(k) or own.get(k + 1)
        elif low == "the" and own.get(k + 1) == "[datum]" and k not in own:
            marks[k] = "[datum]"
    return _merge(raw, out, marks) if marks else out


# ---------------------------------------------------------------------------
# Round 46: details read off a card or a letter piece by piece, over several short lines (people who find reading,
# numbers or speaking hard, and their supporters)
# ---------------------------------------------------------------------------
# A. a word said syllable by syllable and then whole ("ko pe ra" / "koperastraat tien"): the pieces go with the whole
# B. a house number on its own line before "aan de <street>" or after a street's line; "huisnummer ... is <n>"; a
#    street on its own line after "en de straat"; the house letter added on the next line ("en dan de letter b");
#    a street's head ("laan van", "burgemeester") at a line's end before the rest of the street
# C. a phone number begun with "nul" or "nul zes" and interrupted, its digits going on in the next lines
# D. a postcode's digits corrected over lines before "de letters" are asked; four digits said as "<tens> honderd
#    <tens>" with its two letters on the next line
# E. a name spelled over lines with "ij met puntjes" ("lange ij") and then said whole
# F. what stays: a care home's unit or room after "woon(t) in" or "op" ("groep drie", "kamer veertien")
_R46_FILL = HESITATIONS | frozenset("ja nee oke ok dus en dan nou sorry toch klopt he wacht even nog".split())
_R46_COUNT = frozenset("""hoeveel euro uur keer jaar jaren maanden weken dagen minuten mensen procent kilo meter cent
    punten stuks pillen tabletten kinderen""".split())
_R46_UNITS = frozenset("groep woongroep kamer afdeling unit paviljoen vleugel etage verdieping".split())
_R46_HEADS = frozenset("""laan burgemeester dokter dr prins prinses koningin koning graaf gravin generaal president
    pastoor professor meester mr admiraal kapitein""".split())
_R46_HEAD_GLUE = frozenset("van der den de het".split())
_R46_HOUSE_LETTERS = frozenset("a b c d e f g h".split())
_R46_HOUSE_LETTER_NAMES = {"a": "a", "be": "b", "bee": "b", "ce": "c", "cee": "c", "de": "d", "dee": "d", "ee": "e",
                           "ef": "f", "ge": "g", "gee": "g", "ha": "h", "haa": "h"}
_R46_AFTER_HUISNUMMER = frozenset("is zegt zei zeg u je ze hij dat het was dus eh uh ja volgens mij de op brief staat "
                                  "er".split())
_R46_IJ = (("ij", "met", "puntjes"), ("ij", "met", "de", "puntjes"), ("lange", "ij"), ("ij", "met", "twee", "puntjes"))
_R46_LETTERS_ASKED = _Lazy(r"(?<![^\W_])(?:de|welke|die|twee) letters(?![^\W_])", re.I)


def _r46_collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


def _r46_number(low: str) -> int | None:
    v = _r20_number(low)
    return v if v is not None and 0 <= v <= 9999 else None


def _r46_syllables(plows: tuple[str, ...], whole: str, before: int | None = None) -> list[int]:
    """The indexes of a run of two or more short pieces in `plows` (before index `before`) that together are `whole`
    or its first half or more (doubled letters read once: "ha ne ke" for "hanneke")."""
    target = _r46_collapse(whole)
    end = len(plows) if before is None else before
    for i in range(end):
        if not plows[i].isalpha() or len(plows[i]) > 4:
            continue
        acc, j = "", i
        while j < end and plows[j].isalpha():
            nxt = acc + plows[j]
            if not target.startswith(_r46_collapse(nxt)):
                break
            acc, j = nxt, j + 1
        got = _r46_collapse(acc)
        if j - i >= 2 and len(got) >= 4 and (got == target or len(got) * 2 >= len(target)) \
                and all(len(plows[x]) <= 4 for x in range(i, j - 1)) \
                and sum(plows[x] not in STOP_WORDS and plows[x] not in _R46_FILL for x in range(i, j)) >= 2:
            return list(range(i, j))
    return []


def _r46_letters(plows: tuple[str, ...]) -> tuple[str, list[int]] | None:
    """A line that spells letters only ("b van bart", "ij met puntjes", "l s m a"): the letters and the indexes
    of its words that are no plain letter ("ij met puntjes"), None for any other line."""
    got, odd, i, n = "", [], 0, len(plows)
    while i < n:
        low = plows[i]
        ij = next((p for p in _R46_IJ if plows[i:i + len(p)] == p), None)
        if ij is not None:
            got += "ij"
            odd.extend(range(i, i + len(ij)))
            i += len(ij)
        elif len(low) == 1 and low.isalpha() and low.isascii():
            if i + 2 < n and plows[i + 1] == "van" and plows[i + 2][:1] == low:
                got += low
                i += 3
            else:
                got += low
                i += 1
        elif low in HESITATIONS:
            i += 1
        else:
            return None
    return (got, odd) if got else None


def _r46_house_number(plows: tuple[str, ...], own: dict[int, str]) -> list[int]:
    """The house number (and its letter) of a line that is only that ("tweehonderd", "eh tweehonderdeen") or holds
    "nummer <n>" ("dus nummer acht a zegt je begeleider"); [] when the line talks of a count, an amount or a time."""
    if any(w in _R46_COUNT for w in plows):
        return []
    n = len(plows)
    for i, low in enumerate(plows):
        if low in ("nummer", "huisnummer", "nr") and i + 1 < n and (v := _r46_number(plows[i + 1])) and v >= 1:
            e = i + 2
            if e < n and plows[e] in _R46_HOUSE_LETTERS:
                e += 1
            return list(range(i + 1, e))
    idx = [i for i, w in enumerate(plows) if w not in _R46_FILL]
    if not idx or any(_r46_number(plows[i]) is None for i in idx[:1]):
        return []
    nums = [i for i in idx if _r46_number(plows[i]) is not None]
    rest = [i for i in idx if i not in nums]
    if not 1 <= len(nums) <= 2 or len(rest) > 1 or (rest and (plows[rest[0]] not in _R46_HOUSE_LETTERS
                                                               or rest[0] != nums[-1] + 1)):
        return []
    if any(not 1 <= _r46_number(plows[i]) <= 9999 for i in nums):
        return []
    return nums + rest


def _r46_phone_start(plows: tuple[str, ...], own: dict[int, str]) -> list[int]:
    """"nul" and at most two digits after it, at a line's end or before words that are no number ("het is nul zes eh
    wacht even"), the line's only number and not yet redacted."""
    nums = [i for i, w in enumerate(plows) if _r46_number(w) is not None and w != "een"
            or (w == "een" and i > 0 and _r46_number(plows[i - 1]) is not None)]
    if not nums or plows[nums[0]] != "nul" or nums[0] in own:
        return []
    run = [nums[0]]
    for i in nums[1:]:
        if i == run[-1] + 1 and plows[i] in _UNITS and plows[i] != "nul" and len(run) < 3:
            run.append(i)
        else:
            return []
    if any(i in own for i in run) or any(w in _R46_COUNT or w in ("tot", "komma", "schaal") for w in plows):
        return []
    return run


def _r46_digit_line(plows: tuple[str, ...]) -> int:
    """How many digits a line of number words only gives (fillers and "je zegt", "dan" aside), 0 for any other line."""
    count = 0
    for w in plows:
        if w in _R46_FILL or w in ("je", "zegt", "zei", "u", "het", "is"):
            continue
        if w in _UNITS:  # (folded words: no accented een)
            count += 1
        elif (v := _r46_number(w)) is not None and 10 <= v <= 99:
            count += 2
        else:
            return 0
    return count


def _r46_four_digits(plows: tuple[str, ...]) -> list[int]:
    """A postcode's four digits said as two pairs or as "<tens> honderd <tens>" ("tweeentwintig honderd
    vijfenzeventig"), the line holding nothing else but fillers."""
    idx = [i for i, w in enumerate(plows) if w not in _R46_FILL]
    vals = [_r46_number(plows[i]) if plows[i] != "honderd" else -1 for i in idx]
    if any(v is None for v in vals):
        return []
    if len(vals) == 3 and vals[1] == -1 and 10 <= vals[0] <= 99 and 0 <= vals[2] <= 99:
        return idx
    if len(vals) == 2 and 10 <= vals[0] <= 99 and 10 <= vals[1] <= 99:
        return idx
    return []


def _r46_pieces(lows: tuple[str, ...]) -> bool:
    """Three or more short pieces in a row, two of them no common word ("wil hel mi na", "la tu pe ri sa")."""
    run = odd = 0
    for w in lows:
        if w.isalpha() and len(w) <= 4:
            run += 1
            odd += w not in STOP_WORDS and w not in _R46_FILL
            if run >= 3 and odd >= 2:
                return True
        else:
            run = odd = 0
    return False


def _r46_letter(low: str) -> bool:
    return (len(low) == 1 and low.isalpha() and low.isascii()) or low in LETTER_NAMES


def _r46_keep(raw: str, out: str, prev: tuple[str, str] | None) -> str:
    """Form F: a care home's unit or room ("je woont in groep drie", "op kamer veertien") is no address: its
    [adres] goes back when it is the line's only address and the line before named no address either."""
    if "[adres]" not in out or (prev is not None and "[adres]" in prev[1]):
        return out
    lows = _r20_lows(raw)
    if not _R46_UNITS.intersection(lows):
        return out
    own = _redacted_words(raw, out)
    addr = {i for i, lab in own.items() if lab == "[adres]"}
    for k, low in enumerate(lows[:-1]):
        if low not in _R46_UNITS or (v := _r46_number(lows[k + 1])) is None or not 1 <= v <= 999:
            continue
        if k + 2 < len(lows) and (lows[k + 2] in ("nummer", "huisnummer", "nr") or _r46_number(lows[k + 2])):
            continue
        span = {k, k + 1} | ({k - 1} if k and lows[k - 1] in ("in", "op", "de", "het") else set())
        if addr and addr <= span and (k == 0 or lows[k - 1] in ("in", "op", "de", "het")):
            words = _WS.findall(raw)
            return _join_marked(words, {i: lab for i, lab in own.items() if i not in span})
    return out


# ---------------------------------------------------------------------------
# Round 47: official letters, bills and debts, a recognizer that slips a lot.
# A. a surname with its tussenvoegsels in their spoken forms after a title or a name cue ("meneer in 't veld",
#    "de heer ter horst", "mevrouw uit den bogaard", "meneer ben yahia"), and as an alternative after a name
#    ("[naam] of is het van de veen");
# B. a surname spelled with Dutch letter names ("ka o wee a el es ka ie") where names or spelling are talked about;
# C. the letters "n l" said right before a redacted number (an IBAN's head);
# D. a street's side ("kerkpad zuidzijde zesendertig"): the street before a redacted "...zijde";
# E. a written birth date with words between it and its cue ("geboortedatum volgens de app is 22-06-1975");
# F. (window) a number's part said again ("waarbij nul acht nul negen het eind is" after the whole number);
# G. (reading) number words the recognizer glued ("nulzes", "tweedrie", "dertigvijftig") read apart.
# ---------------------------------------------------------------------------
from voice_companion.privacy.spoken import _BANK_WORDS, _LANDSCAPE_HEADS, ORDINARY_VERBS_HINT  # noqa: E402  (round 47)

_R47_SPOKEN_PARTICLE = {"het": "t", "een": "n"}  # "'t" and "'n" as said in a surname ("in 't veld", "van 't hof")
# the shared Dutch particles and those of other languages' surnames and spoken forms ("'n", "'s", "ben", "el")
_R47_PARTICLE_WORDS = PARTICLES | frozenset("n s uit te aan bij onder over voor ben bin ibn abu "
                                            "el al ait ould da di dos du la le von".split())
_R47_STRONG_PARTICLES = frozenset("ter ten den der ben bin ibn abu ait ould".split())
_R47_SURNAME_NOUNS = _LANDSCAPE_HEADS | frozenset("hart beek hoek hul zand hooft hoen wout lam loo kruis wal water velde "
                                                  "bosch broek hout kolk woud stee rot hage haar hul hal bunt schouw "
                                                  "berge hoeve hove linde meulen vliet graaf boer hoed wolde veen dijk meer berg laan "
                                                  "sande kamp hoeven poel".split())
_R47_TIME_S = frozenset("avonds morgens middags nachts ochtends winters zomers zondags maandags dinsdags woensdags "
                        "donderdags vrijdags zaterdags werelds lands rijks levens".split())
_R47_APOSTROPHE = frozenset("apostrof apostrofje afkappingsteken".split())
_R47_PLACE_WORDS = frozenset("in op uit aan bij onder over voor".split())
_R47_CUE_SKIP = HESITATIONS | frozenset("is was dus , nou".split())
_R47_NAME_CUES = NAME_NOUNS | frozenset("heet heette heten".split())
_R47_GATE = _Lazy(r"(?<![^\W_])(?:apostrof|apostrofje|meneer|mevrouw|mevr|dhr|mw|mijnheer|heer|familie|naam|achternaam|"
                       r"familienaam|meisjesnaam|heet|heette|heten|of)(?![^\W_])|'[tns](?![^\W_])", re.I)


def _r47_surname_word(low: str, strong: bool) -> bool:
    if not low.isalpha() or len(low) < 2 or low in STOP_WORDS or low in HESITATIONS or word_value(low) is not None \
            or low in TITLES or low in _R21_TEN_PHRASES or low in _R47_TIME_S or low in _R47_PARTICLE_WORDS:
        return False
    return low not in ORDINARY_WORDS or (strong and low in _R47_SURNAME_NOUNS)


def _r47_particle_name(words: list[str], lows: tuple[str, ...], j: int, alternative: bool = False,
                       after_title: bool = False, named_words: frozenset[str] = frozenset()) -> list[int]:
    """The particles from j and the surname after them ("in 't veld", "uit den bogaard"), else []."""
    n = len(lows)
    e = j
    while e < n and e - j < 4 and (lows[e] in _R47_PARTICLE_WORDS or lows[e] in _R47_APOSTROPHE):
        if lows[e] in ("t", "n", "s") and not words[e].startswith(("'", "\u2019")) \
                and not (e and lows[e - 1] in _R47_APOSTROPHE):
            return []  # a bare letter, no spoken particle
        e += 1
    if e == j or e >= n:
        return []
    said = tuple(w for w in lows[j:e] if w not in _R47_APOSTROPHE)
    apostrophe = any(words[k].startswith(("'", "\u2019")) or lows[k] in _R47_APOSTROPHE for k in range(j, e))
    if not said:
        return []
    if alternative and lows[e] in named_words:
        return list(range(j, e + 1))  # "[naam] zei je of van de veen": the same surname with other particles
    if said[-1] in ("van", "in", "op", "uit", "aan", "bij", "onder", "over", "voor") and not apostrophe:
        return []  # "meneer van mijn werk" is no particle run
    if "s" in said and lows[e] in _R47_TIME_S:
        return []
    strong = apostrophe or alternative or bool(_R47_STRONG_PARTICLES.intersection(said))
    if after_title and not (apostrophe or _R47_STRONG_PARTICLES.intersection(said)):
        return []  # "de meneer van het wijkteam": the plain forms after a title are the older rules' to read
    if said[0] in ("ter", "ten") and lows[e] in _R21_TEN_PHRASES:
        return []
    archaic = bool({"den", "der", "ter", "ten"}.intersection(said))  # "uit den haak", "ter wolde": a surname's forms
    if archaic and not apostrophe and lows[e] not in ORDINARY_VERBS_HINT and lows[e].isalpha() and len(lows[e]) >= 3 \
            and _r47_surname_word(lows[e], True) is False and lows[e] in ORDINARY_WORDS and lows[e] not in STOP_WORDS \
            and lows[e] not in _R21_TEN_PHRASES and word_value(lows[e]) is None and lows[e] not in _R47_PARTICLE_WORDS:
        return list(range(j, e + 1))
    return list(range(j, e + 1)) if _r47_surname_word(lows[e], strong) else []


def _r47_letter_run(lows: tuple[str, ...], start: int) -> tuple[int, int]:
    """The end of the run of letter names from start and how many are strong ones."""
    k, strong = start, 0
    while k < len(lows):
        w = lows[k]
        if w in _R47_STRONG_LETTERS:
            strong += 1
        elif not (w in _R47_WEAK_LETTERS or (len(w) == 1 and w.isalpha())
                  or (w in ("dubbel", "dubbele", "griekse") and k + 1 < len(lows)
                      and (lows[k + 1] in _R47_STRONG_LETTERS or lows[k + 1] in _R47_WEAK_LETTERS
                           or len(lows[k + 1]) == 1))):
            break
        k += 1
    return k, strong


_R47_STRONG_LETTERS = frozenset("bee cee dee ee ef gee haa jee ka kaa el em pee ku kuu es tee vee wee iks ix zet ie uu "
                                "ypsilon".split())
_R47_WEAK_LETTERS = frozenset("a aa o oo u i e en er ha ij ei y".split())
_R47_SPELL_CUES = NAME_NOUNS | frozenset("spel spelt spellen gespeld schrijf schrijft schrijven geschreven als letters "
                                         "heet heten heette".split())


def _r47_alphabet(letters: list[str]) -> bool:
    """The letters are the alphabet recited ("a bee cee dee")."""
    return all(ord(b) - ord(a) == 1 for a, b in zip(letters, letters[1:]))


def _r47_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str], cue_before: bool = False) -> dict[int, str]:
    n = len(lows)
    marks: dict[int, str] = {}
    named = any(lab == "[naam]" for lab in own.values())
    named_words = frozenset(lows[i] for i, lab in own.items() if lab == "[naam]" and i < n and len(lows[i]) >= 3)
    # A0. a surname dictated with its apostrophe said ("in apostrof t veld"): the word "apostrof" is the cue
    for k, w in enumerate(lows):
        if w in _R47_APOSTROPHE and k + 1 < n and lows[k + 1] in ("t", "n", "s"):
            j = k
            while j > 0 and k - j < 2 and lows[j - 1] in ("in", "van", "op", "uit", "aan", "onder", "voor", "over"):
                j -= 1
            span = _r47_particle_name(words, lows, j, alternative=True)
            if span and any(x not in own for x in span):
                marks.update({x: "[naam]" for x in span})
    # A. a title or a name cue, then particles and a surname
    for k, w in enumerate(lows):
        title = w in TITLES or w == "mijnheer" or (w == "heer" and k and lows[k - 1] == "de") or w == "familie"
        if title and k + 1 < n and lows[k + 1] in _R47_PLACE_WORDS:
            title = False  # "meneer op de camping", "de familie bij de buren": a place, no particle (strong forms above)
            if k + 2 < n and (words[k + 2].startswith(("'", "\u2019")) or lows[k + 2] in ("den", "der")):
                title = True  # "meneer in 't veld", "mevrouw uit den bogaard"
        cue = w in _R47_NAME_CUES
        alt = w == "of" and (named or cue_before)
        if not (title or cue or alt):
            continue
        j = k + 1
        while j < n and (lows[j] in HESITATIONS or ((cue or alt) and lows[j] in _R47_CUE_SKIP)
                         or (alt and lows[j] in ("het", "was") and j + 1 < n and lows[j - 1] in ("is", "was", "of")
                             and lows[j + 1] in _R47_PARTICLE_WORDS and j - k <= 2 and lows[j + 1] != "het")):
            j += 1
        if j < n and j not in own:
            span = _r47_particle_name(words, lows, j, alternative=alt, after_title=title and not cue and not alt,
                                      named_words=named_words)
            if span and any(x not in own for x in span):
                marks.update({x: "[naam]" for x in span})
    # B. a surname spelled with letter names
    k = 0
    while k < n:
        e, strong = _r47_letter_run(lows, k)
        if e - k >= 3 and strong >= 2:
            letters = [LETTER_NAMES.get(lows[x], lows[x][:1]) for x in range(k, e)
                       if lows[x] not in ("dubbel", "dubbele", "griekse")]
            cue = cue_before or any(lows[x] in _R47_SPELL_CUES for x in range(max(0, k - 6), k))
            if not _r47_alphabet(letters) and (cue or (e - k >= 4 and strong >= 3)):
                marks.update({x: own.get(x, "[naam]") for x in range(k, e)})
            k = e
        else:
            k = max(e, k + 1)
    # C. "n l" right before a redacted number
    for k in range(n - 1):
        if (lows[k], lows[k + 1]) in (("n", "l"), ("en", "el")) and k + 2 < n and own.get(k + 2) in NUMBER_LABELS \
                and k not in own:
            marks.update({k: "[iban]", k + 1: "[iban]"})
        elif lows[k] in ("nl", "enel") and own.get(k + 1) in NUMBER_LABELS and k not in own:
            marks[k] = "[iban]"
    # C2. "n l", two digits and a bank's code: an IBAN's head on a line of its own ("n l nul zeven ing")
    for k in range(n):
        e = k + 2 if (k + 1 < n and (lows[k], lows[k + 1]) in (("n", "l"), ("en", "el"))) else \
            k + 1 if lows[k] in ("nl", "enel") else None
        if e is None:
            continue
        d, x = "", e
        while x < n and len(d) < 2 and (v := _r47_digits(lows[x])) is not None:
            d += v
            x += 1
        if len(d) == 2 and x < n and lows[x] in _BANK_WORDS:
            marks.update({y: own.get(y, "[iban]") for y in range(k, x + 1)})
    # D. a street's side: the street before a redacted "zuidzijde"
    for k in range(1, n):
        if lows[k].endswith("zijde") and own.get(k) == "[adres]" and k - 1 not in own and _is_street_word(lows[k - 1]):
            marks[k - 1] = "[adres]"
    # E. a written birth date with words between it and its cue
    if any(w.startswith(("geboortedatum", "geboren", "geb")) for w in lows):
        seen_cue = False
        for k, word in enumerate(words):
            if lows[k].startswith(("geboortedatum", "geboren")):
                seen_cue = True
            elif seen_cue and lows[k] in _R47_DATE_BREAK:
                seen_cue = False  # "geboortedatum weet ik niet maar de brief is van ...": another date
            elif seen_cue and k not in own and _R47_WRITTEN_DATE.fullmatch(word.strip(".,?!")):
                marks[k] = "[datum]"
    return marks


_R47_SPELL_CUE_RE = _Lazy(r"(?<![^\W_])(?:achternaam|voornaam|familienaam|naam|spel|spelt|spellen|schrijf|"
                               r"schrijft|letters)(?![^\W_])", re.I)
_R47_LETTER_GATE = _Lazy(r"(?<![^\W_])(?:bee|cee|dee|ee|ef|gee|haa|jee|ka|kaa|el|em|pee|ku|kuu|es|tee|vee|wee|iks|"
                              r"ix|zet|ie|uu|ypsilon)(?![^\W_])", re.I)
_R47_DATE_BREAK = frozenset("maar niet geen van vanaf sinds tot brief datum verstuurd gestuurd verzonden gedateerd "
                             "afspraak en of vandaag gisteren morgen".split())
_R47_WRITTEN_DATE = _Lazy(r"\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}")


def redact_round47(raw: str, out: str, cue_before: bool = False) -> str:
    """Round 47 on one line (forms A to E above)."""
    if not ("[" in out or cue_before or _R47_GATE.search(raw) or "geb" in raw or " l " in raw
            or len(_R47_LETTER_GATE.findall(raw)) >= 2):
        return out
    return _line_pass(raw, out, partial(_r47_marks, cue_before=cue_before))


def _r47_digits(low: str) -> str | None:
    if low.isdigit():
        return low
    v = word_value(low)
    return None if v is None or v > 99 else str(v)


def _r47_number_runs(lows: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """The runs of number words in a line: (start, end, digits)."""
    out, k, n = [], 0, len(lows)
    while k < n:
        if _r47_digits(lows[k]) is None:
            k += 1
            continue
        e, digits = k, ""
        while e < n and (d := _r47_digits(lows[e])) is not None:
            digits += d
            e += 1
        out.append((k, e, digits))
        k = e
    return out


def _r47_part_again(lows: tuple[str, ...], own: dict[int, str], before: list[tuple[str, str]]) -> dict[int, str]:
    """Form F: a run of number words (two or more, four digits or more) that is part of a number redacted in
    the lines just before gets that number's placeholder."""
    mine = [(a, b, d) for a, b, d in _r47_number_runs(lows) if b - a >= 2 and len(d) >= 4
            and any(x not in own for x in range(a, b))]
    if not mine:
        return {}
    whole: list[tuple[str, str]] = []
    for praw, pout in before:
        if praw == pout:
            continue
        plows, pown = _r20_lows(praw), _redacted_words(praw, pout)
        for a, b, d in _r47_number_runs(plows):
            labs = {pown.get(x) for x in range(a, b)}
            if len(d) >= 7 and len(labs) == 1 and (lab := labs.pop()) in NUMBER_LABELS:
                whole.append((d, lab))
    marks: dict[int, str] = {}
    for a, b, d in mine:
        for wd, lab in whole:
            if d in wd:
                marks.update({x: lab for x in range(a, b)})
                break
    return marks


_R47_PIECES = sorted(set(UNITS) | set(TEENS) | set(TENS) | {"een"} | {f"{u}{j}{t}" for u in UNITS if u != "nul"
                                                               for t in TENS for j in ("en", "ën")}, key=len, reverse=True)
_R47_GLUED = _Lazy(r"(?<![^\W_])(?:" + _trie_alt(_R47_PIECES + ["één"]) + r"){2,6}(?![^\W_])", re.I)


@lru_cache(maxsize=1024)
def _r47_split_word(word: str) -> tuple[str, ...] | None:
    """A word of two or more number words glued ("nulzes", "dertigvijftig"), split; None for one number word."""
    low = fold(word.lower())
    if word_value(low) is not None:
        return None
    best: dict[int, tuple[int, ...]] = {0: ()}
    for i in range(len(low)):
        if i not in best:
            continue
        for p in _R47_PIECES:
            fp = fold(p)
            if low.startswith(fp, i) and (i + len(fp) not in best or len(best[i + len(fp)]) > len(best[i]) + 1):
                best[i + len(fp)] = best[i] + (i + len(fp),)
    cuts = best.get(len(low))
    if not cuts or len(cuts) < 2 or len(low) != len(word) or low.startswith(("negentien", "achttien")):
        return None  # "negentienzeven": a year said short, read by the date rules
    out, last = [], 0
    for c in cuts:
        out.append(word[last:c])
        last = c
    return tuple(out)


def _r47_unglue(text: str) -> str | None:
    """Form G: the line with its glued number words read apart, or None when it has none."""
    if not _R47_GLUED.search(text):
        return None
    changed = False

    def one(m: re.Match[str]) -> str:
        nonlocal changed
        parts = _r47_split_word(m.group(0))
        if parts is None:
            return m.group(0)
        changed = True
        return " ".join(parts)

    split = _R47_GLUED.sub(one, text)
    return split if changed else None


def _r47_reglue(text: str, split: str, out: str) -> str:
    """What redaction made of the line read apart, as the line was said: a glued word goes when one of its
    pieces went; the words left are written as said."""
    if out == split:
        return text
    words, pieces = _WS.findall(text), _WS.findall(split)
    owner: list[int] = []
    for i, w in enumerate(words):
        k = len(_WS.findall(_R47_GLUED.sub(lambda m: " ".join(_r47_split_word(m.group(0)) or (m.group(0),)), w)))
        owner += [i] * k
    if len(owner) != len(pieces):
        return out
    marks: dict[int, str] = {}
    for p, lab in _redacted_words(split, out).items():
        marks.setdefault(owner[p], lab)
    glued = {i for i in set(owner) if owner.count(i) > 1}
    if all(all(p in _redacted_words(split, out) for p, o in enumerate(owner) if o == i) for i in glued):
        return out
    return _join_marked(words, marks)


# ---------------------------------------------------------------------------
# Round 48: ordinary talk that must stay (own examples, not taken from the holdouts). What the rules or the tagger
# took as a name there is given back:
# A. a letter explained with a spelling aid, after an article ("de b van bakker", "met een d van dirk", "of een p van
#    pieter"): the aid's word starts with the letter; not in a run of letters (a name or a postcode spelled), not on a
#    line with numbers, not where the line before asks for letters, a postcode or a name;
# B. after a title, no surname: an apology ("meneer 't spijt me", "mevrouw het spijt me", "meneer pardon"), a greeting
#    ("meneer goeie avond"), a town whose name has a particle, before a verb ("meneer den haag belde");
#    real surnames with particles ("meneer op den berg", "mevrouw van 't hof", "meneer ten cate") still go;
# C. a family or a group and where it is ("de familie op de camping", "de mensen in de kerk"): a place noun that is
#    no surname's head ("op de kamp", "in het veld" still go);
# D. the alphabet or its letters recited as an example ("a bee cee dee ee", "zo simpel als a bee cee").
# ---------------------------------------------------------------------------
_R48_ARTICLES = frozenset("de een n met".split())
_R48_TITLES = TITLES | frozenset("mijnheer menheer meneertje heer juffrouw".split())  # the shared titles and older forms
_R48_APOLOGY = frozenset("sorry sorrie excuus excuses pardon".split())
_R48_GREETING = frozenset("goedenavond goeienavond goedeavond goedemorgen goeiemorgen goedemiddag goeiemiddag "
                          "goedendag goeiendag goeiedag hallo hoi dag welterusten goedenacht goeienacht".split())
_R48_GREET_FIRST = frozenset("goeie goede goeden goeien fijne prettige".split())
_R48_GREET_SECOND = frozenset("avond morgen middag nacht dag".split())
# towns whose name starts with a particle (no one's surname without a "van" before it)
_R48_PARTICLE_TOWNS = frozenset({("den", "haag"), ("den", "bosch"), ("den", "helder"), ("den", "dolder"),
                                 ("ter", "apel"), ("de", "bilt"), ("de", "meern")})
_R48_AFTER_TOWN = ORDINARY_VERBS_HINT | frozenset(
    "belde belt heeft had zei zegt komt kwam wacht wachtte vraagt vroeg weet denkt ligt lag en of daar toen dus ook nog "
    "hoor toch is was ver".split())
_R48_GROUPS = frozenset("familie gezin buren mensen jongens meiden kinderen vrienden vriendinnen collega's collegas "
                        "groep club ploeg vrouwen mannen ouderen gasten bezoekers leden broers zussen".split())
_R48_PLACE_LINKS = frozenset("op in aan bij uit naast achter onder voor tegenover".split())
_R48_PLACE_NOUNS = frozenset(
    "camping kerk dorp moskee synagoge stad buurt wijk straat flat boot trein bus school werk markt overkant tuin "
    "zaak feest bruiloft begrafenis ziekenhuis caravan boerderij zolder camper galerij portiek overloop kermis "
    "verjaardag sportschool kantine zaal kroeg cafe café supermarkt speeltuin gemeente opvang azc kliniek "
    "bovenverdieping benedenverdieping etage bank bankje plein parkeerplaats stacaravan hotel pension".split())
_R48_PLACE_BARE = frozenset("vakantie bezoek visite reis".split())
_R48_ASK_LETTERS = _Lazy(r"(?<![^\W_])(?:postcode|letters?|naam|achternaam|voornaam|spel|spelt|spellen|kenteken|"
                              r"mail|e-mail|email|adres|straat|iban|rekening)(?![^\W_])", re.I)
_R48_ALPHABET_CUE = frozenset("alfabet abc".split())
_R48_ALPHABET_RE = _Lazy(r"(?<![^\W_])(?:alfabet|abc)(?![^\W_])", re.I)
_R48_GATE = _Lazy(r"(?<![^\W_])(?:van|spijt|sorry|sorrie|excuus|excuses|pardon|goe\w*|hallo|hoi|dag|welterusten|"
                       r"den|ter|de|a|aa|neem|alfabet|abc|letters)(?![^\W_])", re.I)  # "de": form G too


def _r48_letter(low: str) -> str | None:
    if len(low) == 1 and low.isascii() and low.isalpha():
        return low
    if low in ("en", "je", "de", "we", "te", "be", "er", "ie", "el", "em", "es", "ha", "ij"):
        return None  # short words before all else
    return LETTER_NAMES.get(low)


def _r48_alpha_letter(low: str) -> str | None:
    """A letter as recited in the alphabet ("a", "bee", "ee", "ef", "el", "em", "en")."""
    if len(low) == 1 and low.isascii() and low.isalpha():
        return low
    return LETTER_NAMES.get(low)


_R48_ADJECTIVES = frozenset("lange jonge oude goede witte zwarte rode grote kleine korte nieuwe brave vrije "
                             "groene blauwe".split())
_R48_NOT_NOUNS = _R32_NOT_SURNAME | _R38_NOT_SURNAME | ORDINARY_VERBS_HINT


def _r48_noun(low: str, titled: bool) -> bool:
    """A word that may be the noun after an adjective ("wachttijd", "man"): an ordinary word, no verb or stop word;
    after a title no word ending as a verb does ("meneer de jonge werkt hier" is a name)."""
    if low not in ORDINARY_WORDS or low in STOP_WORDS or low in _R48_NOT_NOUNS or len(low) < 3 or not low.isalpha():
        return False
    return not (titled and (low.endswith(("t", "de", "te", "en"))))


def _r48_aids(lows: list[str], own: dict[int, str]) -> list[int]:
    """Form A: where a letter explained with a spelling aid starts ("de b van bakker", "met een d van dirk"): an
    article before it, the aid's word starting with the letter; none on a line with numbers, other details or talk of
    letters, names, a postcode or an e-mail address; none in a run of letters."""
    n = len(lows)
    if "van" not in lows or any(w.isdigit() or word_value(w) is not None for w in lows if w not in ("een", "n")) \
            or any(lab != "[naam]" for lab in own.values()) \
            or any(_R48_ASK_LETTERS.fullmatch(w) and not w.startswith("spel") for w in lows):
        return []
    out = []
    for k in range(1, n - 2):
        if lows[k + 1] != "van" or lows[k - 1] not in _R48_ARTICLES:
            continue
        letter = _r48_letter(lows[k])
        aid = lows[k + 2]
        if letter and aid.isalpha() and len(aid) >= 3 and aid not in TUSSEN \
                and (aid.startswith(letter) or (letter == "y" and aid.startswith("ij"))) \
                and (k < 2 or lows[k - 2] not in _R48_TITLES) \
                and (k + 3 >= n or (_r48_letter(lows[k + 3]) is None and lows[k + 3] not in TUSSEN)) \
                and (k < 2 or _r48_letter(lows[k - 2]) in (None, "u") or lows[k - 1] == "met"):
            out.append(k)
    return out


def _r48_spans(lows: list[str], own: dict[int, str], before: tuple[tuple[str, str], ...]) -> set[int]:
    """The indexes of the words that are ordinary talk (forms A to D) and were taken as a name."""
    n = len(lows)
    keep: set[int] = set()
    # A. a spelling aid, where the lines before give no detail and ask for none
    if not any("[" in o or _R48_ASK_LETTERS.search(r) for r, o in before):
        for k in _r48_aids(lows, own):
            if own.get(k) == "[naam]":
                keep.update(x for x in (k, k + 1, k + 2) if own.get(x) == "[naam]")
    for k, w in enumerate(lows):
        # B. a title, then an apology, a greeting or a town with its particle
        if w in _R48_TITLES and k + 1 < n and own.get(k + 1) == "[naam]" and k not in own:
            a = lows[k + 1]
            b = lows[k + 2] if k + 2 < n else ""
            span: tuple[int, ...] = ()
            if a in ("t", "het") and b == "spijt":
                span = (k + 1, k + 2, k + 3)
            elif a in _R48_APOLOGY or a in _R48_GREETING or (a == "neem" and b in ("me", "mij", "het")):
                span = (k + 1,)
            elif a in _R48_GREET_FIRST and b in _R48_GREET_SECOND:
                span = (k + 1, k + 2)
            elif (a, b) in _R48_PARTICLE_TOWNS and (k + 3 >= n or lows[k + 3] in _R48_AFTER_TOWN):
                span = (k + 1, k + 2)
            keep.update(x for x in span if own.get(x) == "[naam]")
        # C. a family or a group and where it is
        elif w in _R48_GROUPS and k + 2 < n and lows[k + 1] in _R48_PLACE_LINKS and k not in own:
            if lows[k + 2] in ("de", "het", "t") and k + 3 < n and lows[k + 3] in _R48_PLACE_NOUNS:
                span = (k + 1, k + 2, k + 3)
            elif lows[k + 2] in _R48_PLACE_BARE:
                span = (k + 1, k + 2)
            else:
                continue
            if any(own.get(x) == "[naam]" for x in span) and all(own.get(x) in (None, "[naam]") for x in span):
                keep.update(x for x in span if own.get(x) == "[naam]")
    # G. "de" and an adjective that is also a surname, before a noun ("sorry voor de lange wachttijd", "de oude man")
    for k in range(n - 2):
        if lows[k] == "de" and lows[k + 1] in _R48_ADJECTIVES and own.get(k + 1) == "[naam]" and k + 2 not in own \
                and _r48_noun(lows[k + 2], titled=k > 0 and lows[k - 1] in _R48_TITLES):
            keep.update(x for x in (k, k + 1) if own.get(x) == "[naam]")
    # D. the alphabet recited: three letters or more in the alphabet's order from "a", or where the alphabet is talked
    #    about and no name or postcode is (a postcode has two letters, a name is no run of the alphabet)
    cue = (any(w in _R48_ALPHABET_CUE for w in lows) or any(_R48_ALPHABET_RE.search(r) for r, _ in before[-1:])) \
        and not any(_R48_ASK_LETTERS.fullmatch(w) and w != "letters" for w in lows)
    k = 0
    while k < n:
        first = _r48_alpha_letter(lows[k])
        if first is None:
            k += 1
            continue
        e, last = k + 1, first
        while e < n and (nxt := _r48_alpha_letter(lows[e])) is not None and ord(nxt) - ord(last) == 1:
            last = nxt
            e += 1
        if e - k >= 3 and (first == "a" or cue):
            # a postcode has two letters: four letters of the alphabet in a row taken as one are no postcode
            labs = ("[naam]", "[postcode]") if e - k >= 4 else ("[naam]",)
            if any(own.get(x) in labs for x in range(k, e)) and all(own.get(x) in (None,) + labs for x in range(k, e)):
                keep.update(x for x in range(k, e) if own.get(x) in labs)
        k = e
    return keep


# H. (the team lead, seventeenth session, from a spent call) an organisation's acronym spelled letter by letter ("het c j
#    i b heeft een boete gestuurd", "bij de g g d"): the letters together are no one's name
# (public bodies only: a bank's code spelled is part of an IBAN, and a spelled "d i r k" may be a name)
_R48_SPELLED_ORGS = frozenset("uwv svb duo cjib ggd ggz cak ind coa kvk rdw cbr".split())
_R48_LETTER_RUN = _Lazy(r"(?<![^\W_])[a-z](?:\s+[a-z]){1,4}(?![^\W_])", re.I)


def _r48_spelled_orgs(lows: list[str], own: dict[int, str]) -> set[int]:
    """Form H: the indexes of a run of single letters that spells an organisation's acronym and was taken as a name."""
    keep: set[int] = set()
    k, n = 0, len(lows)
    while k < n:
        e = k
        while e < n and len(lows[e]) == 1 and lows[e].isalpha():
            e += 1
        if e - k >= 2 and "".join(lows[k:e]) in _R48_SPELLED_ORGS:
            keep.update(x for x in range(k, e) if own.get(x) == "[naam]")
        k = max(e, k + 1)
    return keep


def _r48_keep(raw: str, out: str, before: tuple[tuple[str, str], ...] = ()) -> str:
    """Round 48, what stays (forms A to D and H above): the [naam] taken off ordinary talk."""
    if ("[naam]" not in out and "[postcode]" not in out) or not (_R48_GATE.search(raw) or _R48_LETTER_RUN.search(raw)):
        return out
    words = _WS.findall(raw)
    lows = [fold(_bare(w)) for w in words]
    own = _redacted_words(raw, out)
    keep = _r48_spans(lows, own, before) | _r48_spelled_orgs(lows, own)
    if not keep:
        return out
    return _join_marked(words, {i: lab for i, lab in own.items() if i not in keep})


# Round 48, what goes (found while writing the secret cases of forms B and C):
# E. an initial and a surname with its particles after "de heer" ("de heer p van putten"): the initial, particles and
#    surname;
# F. a family named with "van de", "van der", "van den", "van 't" and a surname's head ("de familie van de berg",
#    "de familie van der veen"); "de familie van de buren", "van het werk" stay.
_R48_FAMILY_PARTICLES = (("van", "de"), ("van", "der"), ("van", "den"), ("van", "t"), ("van", "het"))
_R48_GO_GATE = _Lazy(r"(?<![^\W_])(?:heer|familie)(?![^\W_])", re.I)


def _r48_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    n = len(lows)
    marks: dict[int, str] = {}
    for k, w in enumerate(lows):
        if w == "heer" and k and lows[k - 1] == "de" and k + 3 < n and len(lows[k + 1]) == 1 \
                and lows[k + 1].isalpha() and lows[k + 2] in TUSSEN:
            e = k + 2
            while e < n and e - k <= 4 and lows[e] in TUSSEN:
                e += 1
            head = lows[e] if e < n else ""
            if head.isalpha() and len(head) >= 2 and head not in STOP_WORDS and head not in HESITATIONS \
                    and word_value(head) is None and head not in _R48_PLACE_NOUNS and head not in ORDINARY_VERBS_HINT \
                    and any(x not in own for x in range(k + 1, e + 1)):
                marks.update({x: "[naam]" for x in range(k + 1, e + 1)})
        elif w == "familie" and k + 3 < n and (lows[k + 1], lows[k + 2]) in _R48_FAMILY_PARTICLES \
                and (words[k + 2].startswith(("'", "\u2019")) or lows[k + 2] != "t"):
            head = lows[k + 3]
            if head.isalpha() and len(head) >= 3 and (head in _R47_SURNAME_NOUNS or _r47_surname_word(head, False)) \
                    and head not in _R48_PLACE_NOUNS and any(x not in own for x in range(k + 1, k + 4)):
                marks.update({x: "[naam]" for x in range(k + 1, k + 4)})
    return marks


def redact_round48(raw: str, out: str) -> str:
    """Round 48 on one line (forms E and F above)."""
    if not _R48_GO_GATE.search(raw):
        return out
    return _line_pass(raw, out, _r48_marks)


def _r48_aid_after_details(raw: str, out: str, before) -> str:
    """Form A in the window: a letter with its spelling aid right after a detail or a question for one ("[adres]" /
    "[adres]" / "met een a van anton erachter") is part of it: the letter, "van" and the aid go under the detail's
    placeholder."""
    words = _WS.findall(raw)
    lows = [fold(_bare(w)) for w in words]
    own = _redacted_words(raw, out) if raw != out else {}
    aids = _r48_aids(lows, own)
    if not aids:
        return out
    label = next((lab for _, o in reversed(before) for lab in reversed(list(iter_placeholders(o)))), "[naam]")
    marks = dict(own)
    for k in aids:
        marks.update({x: own.get(x, label) for x in (k, k + 1, k + 2)})
    return _join_marked(words, marks) if marks != own else out


# ---------------------------------------------------------------------------
# Round 49: people who call for someone else (two people's details in one call)
# ---------------------------------------------------------------------------
# A. a street, its house number "een" and a letter ("dorpsstraat een b in ede", "kerkweg een a"): the "een" is the
#    number, not an article, when a single letter follows it;
# B. two people's house numbers on the line after their street ("jullie wonen op de [adres]" / "jij op vier en je
#    moeder op tweeenveertig"): "op" and a number after a person word (a floor, "op de tweede", a time, a date stay);
# C. a surname finished with "met puntjes" / "met een trema" after a redacted name or on the line after one
#    ("[naam] turk met puntjes"); "een jurk met puntjes", "de puntjes op de i" stay;
# D. a name of two to four parts on the line after "heet meneer [naam]" that starts with the surname said again
#    ("tan kiem liong");
# E. a word given as a mailbox and then corrected as a name ("het mailadres is wang" / "nee wacht dat was de
#    achternaam"): the word goes as a name; "ik heb je mail gelezen" / "nee wacht dat was de post" stays;
# F. an e-mail's local part said on the line after "en daarvoor" ("[e-mail]" / "en daarvoor" / "oma punt [naam]");
# and what stays: "meneer de directeur" (a title and a job word), "de puntjes op de i".
_R49_LETTERS = frozenset("a b c d e f g h bee cee dee".split())
_R49_STREET_GATE = _Lazy(r"\w(?:straat|weg|laan|plein|kade|dijk|singel|gracht|hof|dreef|pad|steeg|markt|park|ring)"
                              r"\s+(?:een|één|eén)\s+\w\b", re.I)
_R49_PERSON = frozenset("jij je ik u hij zij ze wij we jullie die".split()) | KIN | frozenset(
    "zus zusje broertje schoonmoeder schoonvader ouders kinderen kind buren dochters zonen".split())
_R49_AFTER_NUMBER_STOP = frozenset("uur minuten minuut meter kilometer km jaar jaren procent euro keer hoog verdieping "
                                   "weken dagen maanden kwart half seconden".split()) | frozenset(MONTHS)
_R49_DOTS_GATE = _Lazy(r"\bmet\s+(?:de\s+|twee\s+|een\s+)?(?:puntjes|trema)\b", re.I)
_R49_ROLE_WORDS = frozenset(
    "directeur dokter burgemeester voorzitter pastoor dominee notaris rechter agent conducteur chef manager leraar "
    "minister president wethouder huisarts tandarts psychiater chauffeur buschauffeur portier conciërge concierge "
    "professor generaal kapitein commissaris officier advocaat deurwaarder specialist baas meester juf".split())
_R49_CORRECTED_NAME = _Lazy(r"\bdat\s+(?:was|is)\s+(?:de|mijn|zijn|haar|je|uw|z'n|d'r|hun)\s+"
                                 r"(?:achternaam|voornaam|naam|familienaam|meisjesnaam)\b", re.I)
_R49_MAIL_IS = _Lazy(r"\b(?:mail|mailadres|e-mail|email|emailadres|e-mailadres)\s+(?:is|was)\s+", re.I)
_R49_BEFORE_CUE = frozenset("en daarvoor ervoor daar voor komt staat eh uh dan het ervoor".split())
_R49_LINE_FILLERS = frozenset("ja nee dus eh uh ehm oke ok hm nou".split())


def _r49_single_letter(low: str) -> bool:
    return low in _R49_LETTERS


def _r49_line_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Forms A and C on one line."""
    n = len(lows)
    marks: dict[int, str] = {}
    for k in range(n - 2):
        if lows[k + 1] in ("een", "één", "eén") and _r49_single_letter(lows[k + 2]) and lows[k].isalpha() \
                and _is_street_word(lows[k]) and (k + 3 >= n or not lows[k + 3].isalpha() or lows[k + 3] in _R49_TOWN_LINK):
            marks.update({x: "[adres]" for x in (k, k + 1, k + 2)})
    for k in range(1, n - 1):
        if lows[k] == "met" and (lows[k + 1] in ("puntjes", "trema")
                                 or (k + 2 < n and lows[k + 1] in ("de", "twee", "een") and lows[k + 2] in ("puntjes", "trema"))):
            w = lows[k - 1]
            if w.isalpha() and k - 1 not in own and own.get(k - 2) == "[naam]" and w not in STOP_WORDS \
                    and word_value(w) is None:
                marks[k - 1] = "[naam]"
    return marks


_R49_TOWN_LINK = frozenset("in te bij ja toch he hè oke ok klopt en".split())


def redact_round49(raw: str, out: str) -> str:
    """Round 49 on one line (forms A and C above), then what stays."""
    if _R49_STREET_GATE.search(raw) or ("[naam]" in out and _R49_DOTS_GATE.search(raw)):
        out = _line_pass(raw, out, _r49_line_marks)
    if "jarig" in raw and _R49_JARIG_GATE.search(raw):
        out = _line_pass(raw, out, _r49_birthday_marks)
    return _r49_keep(raw, out)


def _r49_keep(raw: str, out: str) -> str:
    """What stays: "meneer de directeur", "mevrouw de dokter" (a title, "de" and a job word); "de puntjes op de i"."""
    if "[naam]" not in out or not (" de " in raw or raw.startswith("de ")):
        return out
    words = _WS.findall(raw)
    lows = [fold(_bare(w)) for w in words]
    own = _redacted_words(raw, out)
    keep: set[int] = set()
    n = len(lows)
    for k in range(n - 1):
        if lows[k] != "de" or own.get(k) != "[naam]":
            continue
        nxt = lows[k + 1]
        if own.get(k + 1) == "[naam]" and (
                (nxt in _R49_ROLE_WORDS and k and lows[k - 1] in TITLES and (k + 2 >= n or own.get(k + 2) != "[naam]"))
                or (nxt == "puntjes" and k + 2 < n and lows[k + 2] == "op")):
            keep.update((k, k + 1))
    if not keep:
        return out
    return _join_marked(words, {i: lab for i, lab in own.items() if i not in keep})


def _r49_house_numbers(lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Form B: "jij op vier en je moeder op tweeenveertig", "hij op nummer zes" (the line after the street)."""
    n = len(lows)
    marks: dict[int, str] = {}
    for k in range(1, n - 1):
        if lows[k] != "op" or lows[k - 1] not in _R49_PERSON:
            continue
        j = k + 1
        if lows[j] in ("nummer", "huisnummer", "nr") and j + 1 < n:
            j += 1
        num = _r20_number(lows[j])
        if num is None or not 0 < num < 1000 or (j + 1 < n and lows[j + 1] in _R49_AFTER_NUMBER_STOP):
            continue
        e = j
        if e + 1 < n and _r49_single_letter(lows[e + 1]) and lows[e + 1] != "e":
            e += 1
        marks.update({x: "[adres]" for x in range(k + 1, e + 1) if x not in own})
    return marks


def _r49_name_parts(lows: tuple[str, ...], own: dict[int, str], prev_raw: str, prev_out: str) -> dict[int, str]:
    """Form D: the line after "heet meneer [naam]" starts with the surname said again and goes on with one to three
    short parts of the name ("tan kiem liong")."""
    n = len(lows)
    if not 2 <= n <= 4 or not prev_out.rstrip(" .,?!").endswith("[naam]"):
        return {}
    prev_lows = _r20_lows(prev_raw)
    prev_own = _redacted_words(prev_raw, prev_out)
    said = {prev_lows[i] for i, lab in prev_own.items() if lab == "[naam]" and i < len(prev_lows)}
    if lows[0] not in said or not any(w in ("heet", "heette", "naam") for w in prev_lows):
        return {}
    if not all(w.isalpha() and 2 <= len(w) <= 7 and w not in STOP_WORDS and w not in _R49_LINE_FILLERS
               and w not in HESITATIONS and word_value(w) is None for w in lows[1:]):
        return {}
    return {i: "[naam]" for i in range(n) if i not in own}


def _r49_mail_word(raw: str, out: str) -> dict[int, str]:
    """Form E: the words given as the mailbox ("het mailadres is wang") that the next line calls a name."""
    m = _R49_MAIL_IS.search(raw)
    if not m:
        return {}
    words = _WS.findall(raw)
    start = len(_WS.findall(raw[:m.end()]))
    own = _redacted_words(raw, out) if raw != out else {}
    lows = _r20_lows(raw)
    marks: dict[int, str] = {}
    for i in range(start, min(len(words), start + 3)):
        w = lows[i]
        if w in ("nee", "wacht", "sorry", "of", "en", "at", "apenstaartje") or i in own:
            break
        if w in STOP_WORDS or w in HESITATIONS or not w.isalpha():
            continue
        marks[i] = "[naam]"
    return marks


def _r49_after_cue_line(lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Form F: every word of the line after "en daarvoor" but its fillers (the local part of the e-mail)."""
    return {i: "[e-mail]" for i, w in enumerate(lows)
            if i not in own and w not in _R49_LINE_FILLERS and w not in HESITATIONS and w not in ("klopt", "toch")}


def _r49_cue_only(raw: str) -> bool:
    lows = _r20_lows(raw)
    return 0 < len(lows) <= 4 and ("daarvoor" in lows or "ervoor" in lows or ("daar" in lows and "voor" in lows)) \
        and all(w in _R49_BEFORE_CUE or w in HESITATIONS for w in lows)


# Round 49, what the rules alone missed on holdout AS (the tagger must not be all there is between a date and the log):
# G. a birthday said with its day and month next to "jarig" ("is op vijf november jarig", "jarig op twaalf maart") or
#    a feast day right after "jarig op" ("jarig op tweede kerstdag"); "op tweede kerstdag gaan we naar oma" and a past
#    birthday said apart ("op vijf mei ben ik jarig geweest") stay;
# H. a second person's birth date on the line after one ("jij bent geboren op [datum]" / "en hij op zeventien twee nul
#    een"): the number words after "op" and a person word.
_R49_FEAST_DAYS = frozenset("kerstdag paasdag pinksterdag nieuwjaarsdag oudejaarsdag koningsdag kerstavond "
                            "oudejaarsavond valentijnsdag bevrijdingsdag hemelvaartsdag".split())
_R49_JARIG_GATE = _Lazy(r"\bjarig\b", re.I)


def _r49_date_span(lows: tuple[str, ...], j: int) -> int | None:
    """The end (exclusive) of a day and a month said from `j` ("vijf november", "de vijfde november",
    "tweede kerstdag"), else None."""
    n = len(lows)
    if j < n and lows[j] == "de":
        j += 1
    if j + 1 >= n:
        return None
    day = _r20_number(lows[j])
    ordinal = _r49_ordinal_day(lows[j])
    if lows[j + 1] in MONTHS and (ordinal or (day is not None and 1 <= day <= 31)):
        return j + 2
    if lows[j + 1] in _R49_FEAST_DAYS and lows[j] in ("eerste", "tweede"):
        return _r49_date_span(lows, j + 2) or j + 2  # "eerste kerstdag vijfentwintig december"
    return None


def _r49_ordinal_day(low: str) -> bool:
    """A day of the month said as an ordinal word ("vijfde", "eenendertigste"): spoken.ordinal_value, words only."""
    return low.isalpha() and ordinal_value(low) is not None


def _r49_birthday_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Form G on one line."""
    n = len(lows)
    marks: dict[int, str] = {}
    for k, w in enumerate(lows):
        if w != "jarig":
            continue
        if k + 2 < n and lows[k + 1] == "op" and (k + 2 >= n or lows[k + 2] != "geweest"):
            e = _r49_date_span(lows, k + 2)
            if e is not None:
                marks.update({x: "[datum]" for x in range(k + 2, e) if x not in own and lows[x] != "de"})
        for s in (k - 2, k - 3):  # "op vijf november jarig", "op de vijfde november jarig"
            if s >= 1 and lows[s - 1] == "op" and _r49_date_span(lows, s) == k:
                marks.update({x: "[datum]" for x in range(s, k) if x not in own and lows[x] != "de"})
    return marks


def _r49_second_birth_date(lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """Form H: "en hij op zeventien twee nul een" (number words to the end of the line, four digits at least)."""
    n = len(lows)
    for k in range(1, n - 1):
        if lows[k] == "op" and lows[k - 1] in _R49_PERSON:
            j = k + 1
            if lows[j] == "de":
                j += 1
            e = j
            while e < n and (_r20_number(lows[e]) is not None or lows[e] in MONTHS or _r49_ordinal_day(lows[e])):
                e += 1
            if e - j >= 2 and all(lows[x] in _R49_LINE_FILLERS or lows[x] in HESITATIONS for x in range(e, n)):
                return {x: "[datum]" for x in range(j, e) if x not in own}
    return {}


# ---------------------------------------------------------------------------
# Round 50: ordinary talk from the regions that stays (the regional number and cue words are read in
# dialect_as_dutch above): a village feast ("met poasen", "t paasvuur"), a public building said with its street and
# no house number ("het wijkcentrum aan de kerkstraat"), a sentence in Frisian ("hat dy thúsbrocht"), a feast date
# that is no birthday ("de elfde van de elfde", "elf november" with no year and no birthday talked about)
# ---------------------------------------------------------------------------
_R50_FEASTS = frozenset("""pasen poasen paosen paoze paose paosje peaske pinksteren pinkster poaskevuur paasvuur
    poasvuur paosvuur kerst kerstmis korsmis kersmis kesmis kersemis kerstavond karmis kermis kermes kirmes carnaval
    vastelaovend vastenaovend vasteloavend vastelaovendj sinterklaas sunterklaas sinteklaas pakjesavond oudjaar
    oudejaar nieuwjaar nijjaar aldjier koningsdag hemelvaart bevrijdingsdag herdenking dodenherdenking elfstedentocht
    schuttersfeest oogstfeest midwinterhoorn dorpsfeest volksfeest""".split())
_R50_PUBLIC = frozenset("""wijkcentrum buurthuis buurtcentrum dorpshuis gemeenschapshuis gemeentehuis stadhuis
    raadhuis bibliotheek bieb kerk kerkje moskee synagoge school basisschool station politiebureau zwembad sporthal
    sportpark ziekenhuis huisartsenpost apotheek supermarkt jongerencentrum speeltuin gezondheidscentrum
    buurtteam wijkteam inloophuis voedselbank kringloop kringloopwinkel postkantoor brandweerkazerne museum
    theater schouwburg bioscoop cafe kroeg markt begraafplaats kerkhof gymzaal clubhuis kantine
    zorgcentrum verzorgingshuis bejaardenhuis""".split())
_R50_AT = frozenset("aan in op bij naast achter tegenover langs van".split())
_R50_ARTICLES = frozenset("de het t den".split())
_R50_LIVE = frozenset("woon woont wonen woonde adres huisnummer postcode slaapt verblijft logeert".split())
# Frisian words no name is made of (function words, common verbs and nouns, the Frisian names of towns)
_R50_FRISIAN = frozenset("""myn dyn syn us hat hie ha hawwe dy my hy sy wy jo jim it yn mei net wol ik dat en fan op ut nei thus hus
    brocht thusbrocht brochten plysje wie wiene is binne bin sil silst kin kinst moat moast wurde wurdt waard hjir der
    no wat hoe mar ek al noch gjin neat wer jun moarn juster hjoed nacht fannacht fanjun tige goed min heit mem bern
    famylje freon freondinne buorman buorfrou dokter sikehus ljouwert snits drachten dokkum harns boalsert frjentsjer
    starum sleat hylpen warkum grou burgum earnewald joure lemmer wolvega aldeboarn wurkum feanwalden dronryp""".split())
_R50_FRISIAN_MARKERS = frozenset("""myn dyn syn hat dy hy sy wy jo yn mei nei thus hus thusbrocht plysje wie hie sil kin moat wurde
    wurdt hjir der gjin neat juster hjoed fannacht fanjun tige heit mem bern ljouwert snits""".split())
_R50_BIRTH = frozenset("geboren geboortedatum geb geboortedag geboortejaar jarig verjaardag berne jierdei".split())
# the one feast date kept on a line of its own (carnival's start, Sint Maarten); any other only with its feast named
_R50_FEAST_DATES = frozenset({(11, 11)})
_R50_DATE_ASKED = frozenset("datum geboortedatum jaar wanneer".split())
_R50_DATE_FILL = frozenset("de van den het op t".split())
_R50_GATE = _Lazy(r"\[(?:naam|adres|datum)\]")


def _r50_date(lows: list[str]) -> tuple[int, int] | None:
    """(day, month) of a date said with no year ("elf november", "de elfde van de elfde", "elf elf"), or None."""
    parts = [w for w in lows if w not in _R50_DATE_FILL]
    if len(parts) != 2:
        return None
    a, b = parts
    day = ordinal_value(a) if ordinal_value(a) is not None else (word_value(a) if not a.isdigit() else int(a))
    if b in MONTHS:
        month = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                 "november", "december"].index(b) + 1 if len(b) > 3 else None
    else:
        month = ordinal_value(b) if ordinal_value(b) is not None else (word_value(b) if not b.isdigit() else int(b))
    if day is None or month is None or not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return day, month


def _r50_keep(raw: str, out: str, before: tuple[tuple[str, str], ...] = ()) -> str:
    """Round 50, what stays (see above)."""
    if out == raw or not _R50_GATE.search(out):
        return out
    words = _WS.findall(raw)
    lows = [fold(_bare(w)) for w in words]
    n = len(lows)
    own = _redacted_words(raw, out)
    if not own:
        return out
    drop: set[int] = set()
    # a feast's name ("met poasen")
    drop.update(i for i, lab in own.items() if lab == "[naam]" and lows[i] in _R50_FEASTS)
    # a public building with its street and no house number, nobody living there
    if _R50_PUBLIC.intersection(lows) and not _R50_LIVE.intersection(lows):
        for i, low in enumerate(lows):
            if low not in _R50_PUBLIC:
                continue
            j = i + 1
            while j < n and j <= i + 2 and lows[j] not in _R50_AT and j not in own:
                j += 1  # "het wijkcentrum de bolster aan de ..."
            if j >= n or lows[j] not in _R50_AT:
                continue
            j += 1
            if j < n and lows[j] in _R50_ARTICLES and j not in own:
                j += 1
            e = j
            while e < n and own.get(e) == "[adres]":
                e += 1
            if e == j or e - j > 3 or not _is_street_word(lows[e - 1]):
                continue  # a street ("aan de kerkstraat"), no village ("de kerk in ransdorp")
            if any(_plain_number(lows[x]) for x in range(j, e)):
                continue
            if e < n and (_plain_number(lows[e]) or lows[e] in HOUSE_NUMBER_CUES):
                continue
            drop.update(range(j, e))
    # a sentence in Frisian
    if any(lab == "[naam]" for lab in own.values()) and len(_R50_FRISIAN_MARKERS.intersection(lows)) >= 2:
        drop.update(i for i, lab in own.items() if lab == "[naam]" and lows[i] in _R50_FRISIAN)
    # a feast date: a day and month with no year, no birthday talked about on the line or the lines before
    if "[datum]" in out and not _R50_BIRTH.intersection(lows) \
            and not any((_R50_BIRTH | _R50_DATE_ASKED).intersection(fold(_bare(w)) for w in _WS.findall(r))
                        for r, _ in before):
        for i, e in _label_runs(own, n, "[datum]"):
            s = i - 1 if i > 0 and lows[i - 1] in _R50_DATE_FILL and i - 1 not in own else i
            got = _r50_date(lows[s:e])
            if got is not None and (got in _R50_FEAST_DATES or _R50_FEASTS.intersection(lows)):
                drop.update(range(i, e))
    if not drop:
        return out
    return _join_marked(words, {i: lab for i, lab in own.items() if i not in drop})


# a house number's letter said after the number the rules took as an address ("kolkweg veertien ha", "dus
# zesendertig a", "twaalf b ja" on the line after its street): the letter goes with it
_R50_ADDITIONS = HOUSE_ADDITIONS | frozenset("huis boven beneden".split())
_R50_HOUSE_LETTERS = frozenset("a b c d e f g h j k l m n p r s t v w x z bee cee dee ee ef gee ha haa kaa".split())


def _label_runs(own: dict[int, str], n: int, label: str):
    """(start, end) of each run of words the redactor gave `label` (rounds 50 and 51 read a date span as a whole)."""
    i = 0
    while i < n:
        if own.get(i) != label:
            i += 1
            continue
        e = i
        while e < n and own.get(e) == label:
            e += 1
        yield i, e
        i = e


def _redacted_runs(own: dict[int, str], n: int) -> list[tuple[int, int, str]]:
    """(start, end, label) of each run of words the redactor gave one label, in line order (rounds 54 and 56 read what
    stays run by run)."""
    runs: list[tuple[int, int, str]] = []
    k = 0
    while k < n:
        if k not in own:
            k += 1
            continue
        s, lab = k, own[k]
        while k < n and own.get(k) == lab:
            k += 1
        runs.append((s, k, lab))
    return runs


def _r50_house_letter(raw: str, out: str) -> str:
    if "[adres]" not in out:
        return out
    words = _WS.findall(raw)
    lows = [fold(_bare(w)) for w in words]
    own = _redacted_words(raw, out)
    add = {i: "[adres]" for i in range(1, len(lows))
           if lows[i] in _R50_HOUSE_LETTERS and i not in own and own.get(i - 1) == "[adres]"
           and (_plain_number(lows[i - 1])  # "achtenzestig huis a": after the number's addition too
                or (lows[i - 1] in _R50_ADDITIONS and own.get(i - 2) == "[adres]" and _plain_number(lows[i - 2])))
           and words[i - 1][-1:].isalnum()  # "twaalf, e" is no letter of the number
           and (i + 1 >= len(lows) or lows[i + 1] not in _R50_HOUSE_LETTERS)}
    if not add:
        return out
    return _join_marked(words, {**own, **add})


# ---------------------------------------------------------------------------
# Round 51: calls in a hurry or under stress (holdout AU). On one line:
# A. where the caller is now: a street of one or two words and its house number at the end of the line after "aan de",
#    "op de", "in de" ("je logeert bij je moeder aan de hout veertien", "aan de oude vest negenenzestig", "voor de lidl
#    op de middenweg zestig"); a street sign read out ("ik zie een bordje lindelaan noordzijde");
# B. a phone number without its "nul zes" ("zonder de nul zes is het een twee ..."): every number word after it;
# C. a name explained by a letter ("die xiu schrijf je met een x"); a name after "op naam van" ("op naam van Visser");
# D. a postcode's letter said again after its other letter ("[postcode] en de er").
# On the window (see Redactor._round51): a house number on the line after a street sign ("het huis ernaast heeft
# nummer zes"); a name said slowly on a line of its own after a request ("zeg het nog eens langzaam" / "mekdes"); an
# e-mail's local part on a line of its own before the line with "apenstaartje" (a line like "alles aan elkaar" between).
# What stays: a month and a year, a year, a season that is no birth date ("dat was in oktober tweeduizend
# drieentwintig", "we zijn in mei verhuisd"): see _r51_keep.
# ---------------------------------------------------------------------------
from voice_companion.privacy.spoken import _SUFFIX_RE as _SP_SUFFIX_RE  # noqa: E402  (round 51)

_R51_AT = frozenset("aan op in".split())
_R51_ART = frozenset("de het t 't den".split())
_R51_STREET_ADJ = frozenset("""lange korte oude nieuwe hoge lage grote kleine brede smalle oost west noord zuid
    oostelijke westelijke noordelijke zuidelijke binnen buiten achter voor boven beneden""".split())
_R51_NOT_STREET = _NUMBERED_THINGS | frozenset("""verdieping etage a n e s snelweg afrit uitgang ingang weg straat
    zender kanaal lijst top leeftijd klok graden schaal teller meter trap trede telefoon lijn bank bed tafel bus trein
    tram boot pont rij stoep hoek brug kruising rotonde parkeerplaats parkeerplek plek vak paal hectometerpaal pagina
    zolder kelder gang galerij markt camping kamer zaal afdeling unit groep klas nacht dag week maand jaar eeuw
    telling score stand jaren tijd strip doos doosje pakje fles potje la lade kast zak tas""".split())
_R51_STAY = ("woon", "logeer", "slaap", "verblijf", "adres", "huis", "wonen")
_R51_AFTER_OK = frozenset("ja toch he hè oke ok klopt nu geloof ik denk".split())
_R51_SIGN = frozenset("bordje straatbordje straatnaambordje bord straatbord naambordje straatnaam".split())
_R51_GATE = _Lazy(r"\b(?:aan|op|in)\s+(?:de|het|'?t|den)\s|bord|zonder\s+(?:de\s+)?nul|schrijf|naam\s+van"
                       r"|\ben\s+de\s+\w+\s*[.,?!]?\s*$", re.I)
_R51_POSTCODE_LETTERS = frozenset("er ef el em en es ee aa bee cee dee gee ha ka pee tee uu vee wee iks ie ij zet o u y"
                                  .split())


def _r51_number_end(lows: tuple[str, ...], j: int) -> int | None:
    """The end (exclusive) of a house number said from `j` (one or two number words, 1 to 999, a letter may follow)
    with only fillers or "in <town>" after it; else None."""
    n = len(lows)
    if j >= n:
        return None
    v = _r20_number(lows[j])
    if v is None or not 0 < v < 1000:
        return None
    e = j + 1
    if e < n and (w := _r20_number(lows[e])) is not None and v in (20, 30, 40, 50, 60, 70, 80, 90, 100, 200, 300) \
            and 0 < w < 10:
        return None  # "twintig vier": no house number said that way
    if e < n and lows[e] in _R49_LETTERS and lows[e] != "e":
        e += 1
    rest = lows[e:]
    if rest and rest[0] == "in" and len(rest) <= 3:
        return e
    if all(w in _R51_AFTER_OK or w in HESITATIONS for w in rest):
        return e
    return None


def _r51_street_word_ok(low: str) -> bool:
    return low.isalpha() and len(low) >= 3 and low not in STOP_WORDS and low not in _R51_NOT_STREET \
        and low not in HESITATIONS and word_value(low) is None and low not in MONTHS


def _r51_line_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    n = len(lows)
    marks: dict[int, str] = {}
    # A. a street of one or two words after "aan de" / "op de" / "in de" and a house number ending the line
    stay = any(w.startswith(_R51_STAY) for w in lows)
    for k in range(n - 3):
        if lows[k] not in _R51_AT or lows[k + 1] not in _R51_ART:
            continue
        j = k + 2
        for width in (1, 2):
            street = list(range(j, j + width))
            if street[-1] >= n or not all(_r51_street_word_ok(lows[x]) for x in street):
                break
            if width == 2 and not (lows[j] in _R51_STREET_ADJ or _is_street_word(lows[j + 1])
                                   or words[j][:1].isupper()):
                continue
            if not (stay or any(_is_street_word(lows[x]) or _unknown_word(lows[x]) or words[x][:1].isupper()
                                or _SP_SUFFIX_RE.match(lows[x]) for x in street)):  # "op de middenweg zestig"
                continue  # "in de strip" / "acht": a word of every day, nobody staying there
            e = _r51_number_end(lows, j + width)
            if e is not None:
                marks.update({x: "[adres]" for x in range(j, e) if x not in own})
                break
    # A. a street sign read out: the one to three words after "bordje" to the end of the line
    for k in range(n - 1):
        if lows[k] in _R51_SIGN and (k == 0 or lows[k - 1] in ("een", "het", "t", "dat", "dit", "de")):
            rest = list(range(k + 1, n))
            if lows[k + 1:k + 2] == ("van",) or lows[k + 1:k + 2] == ("met",):
                rest = rest[1:]
            rest = [x for x in rest if lows[x] not in _R51_AFTER_OK and lows[x] not in HESITATIONS]
            if 1 <= len(rest) <= 3 and all(lows[x].isalpha() and lows[x] not in STOP_WORDS for x in rest) \
                    and (any(_is_street_word(lows[x]) or _unknown_word(lows[x]) for x in rest)):
                marks.update({x: "[adres]" for x in rest if x not in own})
    # B. a phone number without its "nul zes": every number word after it
    for k in range(n - 2):
        if lows[k] != "zonder":
            continue
        j = k + 1 + (lows[k + 1] == "de")
        if lows[j:j + 2] != ("nul", "zes"):
            continue
        j += 2
        while j < n and lows[j] in ("is", "het", "t", "dan", "wordt", "dus", "eh", "uh"):
            j += 1
        e = j
        while e < n and _r20_number(lows[e]) is not None:
            e += 1
        if e - j >= 4:
            marks.update({x: "[telefoonnummer]" for x in range(j, e) if x not in own})
    # C. a name explained by a letter: "die xiu schrijf je met een x"
    for k in range(n - 4):
        if lows[k + 1] in ("schrijf", "schrijft", "schrijven", "spel", "spelt") and lows[k + 2] in ("je", "u", "jij", "ze", "we", "hij", "zij") \
                and lows[k + 3] == "met" and k + 5 < n + 1:
            at = k + 4 + (lows[k + 4] in ("een", "de", "twee") if k + 4 < n else 0)
            if at >= n:
                continue
            letter = lows[at]
            w = lows[k]
            if k not in own and len(letter) <= 3 and _unknown_word(w) and w[0] == letter[0] \
                    and not _is_street_word(w):
                marks[k] = "[naam]"
    # C. a name after "op naam van"
    for k in range(1, n - 2):
        if lows[k] != "naam" or lows[k + 1] != "van" or lows[k - 1] not in ("op", "de"):
            continue
        j = k + 2
        part = []
        while j < n and lows[j] in ("de", "van", "der", "den", "ter", "ten", "het", "t") and len(part) < 3:
            part.append(j)
            j += 1
        if j >= n or j in own:
            continue
        w = lows[j]
        if not w.isalpha() or w in STOP_WORDS or w in HESITATIONS or word_value(w) is not None:
            continue
        known = w in SURNAMES_SAFE or w in SURNAMES_AMBIGUOUS or words[j][:1].isupper() or _unknown_word(w)
        if part and lows[part[0]] in ("de", "het", "t") and not (w in SURNAMES_SAFE or w in SURNAMES_AMBIGUOUS
                                                                  or words[j][:1].isupper()):
            continue  # "op naam van de woningbouw"
        if known and w not in KIN:
            marks.update({x: "[naam]" for x in part + [j] if x not in own})
    # D. a postcode's letter said again: "[postcode] en de er"
    if any(lab == "[postcode]" for lab in own.values()):
        for k in range(2, n):
            if lows[k] in _R51_POSTCODE_LETTERS and lows[k - 1] == "de" and lows[k - 2] == "en" and k not in own \
                    and any(own.get(x) == "[postcode]" for x in range(max(0, k - 5), k - 2)) \
                    and all(w in _R51_AFTER_OK or w in HESITATIONS for w in lows[k + 1:]):
                marks[k] = "[postcode]"
    return marks


@lru_cache(maxsize=4096)  # a line is read several times (the line, the window, a held tail)
def redact_round51(raw: str, out: str) -> str:
    """Round 51 on one line (forms A to E)."""
    if _R51_GATE.search(raw):
        out = _line_pass(raw, out, _r51_line_marks)
    if "be [" in out and _R51_ACCOUNT.search(raw):
        out = _R51_BELGIAN.sub("[iban]", out)  # E
    return out


# E. a Belgian account number said after "rekeningnummer" whose digits the rules read as a phone number ("uw
#    rekeningnummer be [telefoonnummer]"): the country letters and the digits are one account number
_R51_ACCOUNT = _Lazy(r"\b(?:rekeningnummer|rekening|iban|bankrekening|bankrekeningnummer)\b", re.I)
_R51_BELGIAN = _Lazy(r"\bbe \[(?:telefoonnummer|nummer|bsn|iban)\]", re.I)


_R51_SEASONS = frozenset("zomer winter lente voorjaar herfst najaar zomervakantie kerstvakantie meivakantie".split())
_R51_IN = frozenset("in sinds vanaf tot rond begin eind half medio".split())
_R51_DATE_FILL = frozenset("de het van t".split())


def _r51_keep(raw: str, out: str, before: tuple[tuple[str, str], ...] = ()) -> str:
    """What stays: a month and a year, a year or a season after "in" ("dat was in oktober tweeduizend drieentwintig")
    with no birth talked about on the line or the lines before."""
    if "[datum]" not in out or out == raw:
        return out
    words = _WS.findall(raw)
    lows = [fold(_bare(w)) for w in words]
    if _R50_BIRTH.intersection(lows) or any(_R50_BIRTH.intersection(fold(_bare(w)) for w in _WS.findall(r))
                                            for r, _ in before):
        return out
    own = _redacted_words(raw, out)
    n = len(lows)
    drop: set[int] = set()
    for i, e in _label_runs(own, n, "[datum]"):
        s = i
        while s > 0 and (lows[s - 1] in _R51_DATE_FILL or lows[s - 1] in _R51_SEASONS) and s - 1 not in own:
            s -= 1
        full = e
        while full < n and full - i < 4 and _r20_number(lows[full]) is not None:
            full += 1  # "in april tweeduizend elf" with "elf" left by the tagger
        if full < n and (lows[full] in ("de", "op") or _r20_number(lows[full]) is not None
                         or ordinal_value(lows[full]) is not None):
            continue  # "in augustus de zesde": the date goes on
        span = [w for w in lows[i:full] if w not in _R51_DATE_FILL]
        months = [w for w in span if w in MONTHS]
        nums = [w for w in span if w not in MONTHS]
        vals = [_r20_number(w) for w in nums]
        if s > 0 and lows[s - 1] in _R51_IN and len(months) <= 1 and all(v is not None for v in vals) \
                and len(nums) <= 3 and (not months or span[0] in MONTHS):
            # a month, then a year in one to three words ("tweeduizend drieentwintig", "negentien negentig")
            year = _r51_year(nums)
            if (months and not nums) or year is not None:
                drop.update(range(i, e))
    if not drop:
        return out
    return _join_marked(words, {i: lab for i, lab in own.items() if i not in drop})


def _r51_year(nums: list[str]) -> int | None:
    """A year said in one to three number words ("tweeduizend drieentwintig", "negentien negentig", "tachtig"), else
    None."""
    vals = [_r20_number(w) for w in nums]
    if not vals or any(v is None for v in vals):
        return None
    if len(vals) == 1:
        v = vals[0]
        return v if 1900 <= v <= 2100 or 10 <= v <= 99 else None
    if len(vals) == 2:
        a, b = vals
        if a in (19, 20) and 0 <= b <= 99:
            return a * 100 + b
        if a in (2000,) and 0 < b < 100:
            return a + b
        if a == 1000 and b == 900:
            return None
        return None
    if len(vals) == 3 and vals[0] == 2000 and vals[1] is not None:
        return None
    return None


_R51_SLOW = _Lazy(r"\b(?:langzaam|langzamer|nog\s+(?:eens|een\s+keer|1\s+keer)|herhaal|spellen|spel\s+(?:het|even)"
                       r"|rustig\s+aan)\b", re.I)
_R51_TOGETHER = frozenset("alles aan elkaar achter elkaar vast zonder spatie spaties in een woord één ja dus eh uh "
                          "allemaal kleine letters klein".split())
_R51_AT_WORDS = frozenset("at apenstaartje apestaartje".split())


def _r51_single_word(raw: str) -> bool:
    lows = _r20_lows(raw)
    return len(lows) == 1 and lows[0].isalpha() and len(lows[0]) >= 3 and lows[0] not in STOP_WORDS \
        and lows[0] not in HESITATIONS and lows[0] not in _R49_LINE_FILLERS and word_value(lows[0]) is None \
        and lows[0] not in _R51_AT_WORDS


# ---------------------------------------------------------------------------
# Round 52: unusual homes and how people say who they are (holdout AV). All own examples. On one line:
# A. a call name or a second person's name after a cue: "noem me maar hans", "ze noemen me tjits", "mijn roepnaam is
#    bram"; "zeg maar X" and "<je/uw/zijn/haar> <vrouw/zoon/...> is|heet X" when a name was said on the line or (the
#    window) on one of the two lines before ("dus je heet [naam]" / "en je vrouw is durkje");
# B. a name read back with a town: "dus <first> (<particles>) <surname> uit <town>", "jij bent / u bent ..." ("dus
#    sjef cremers uit kerkrade", "jij bent lieve de smet uit gent");
# C. the pitch or berth number of an unusual home: "caravan nummer negen", "chalet twaalf", "standplaats zeventien",
#    "ligplaats vier" (the home word and its number; a street right before it too: "aan de zandweg standplaats vier"),
#    and a berth said by a quay across from a number ("woonboot Zuider Amstelkade t/o 212", "tegenover", "bij");
# D. a number read off a card over lines whose held first line kept a digit before the part the window took
#    ("tot nu toe vijf [telefoonnummer]"): a number word right before or after a number placeholder in a revised
#    held line goes with it (see _revise_held and _revise_earlier);
# What stays (_r52_keep): a farm's or a house's name ("de boerderij heet de eikenhorst", "ons chalet heet
# zonnehoek"; not a boat's, see _R52_PLACE_NAMED) and a role ("de mevrouw van de receptie van het park").
# ---------------------------------------------------------------------------
_R52_HOMES = frozenset("""caravan stacaravan chalet woonwagen standplaats ligplaats woonboot woonark bungalow
    trekkershut tuinhuisje vakantiehuisje blokhut woonunit""".split())
_R52_BERTH = frozenset("woonboot woonark ligplaats boot schip".split())
_R52_ACROSS = frozenset("to t/o tegenover bij nabij naast".split())
_R52_NUMBER_WORD = frozenset("nummer nr no nummertje".split())
_R52_AFTER_HOME = frozenset("""op in aan bij achter naast voor van en ja toch he hè oke ok klopt dus eh uh ehm
    hoor zei je zeg""".split())
_R52_NOT_UNIT = COUNT_UNITS | _NOT_HOUSE | frozenset("""meter m personen slaapkamers bedden plekken stuks pond mannen
    vrouwen mensen kinderen jongens meiden man vrouw""".split())
_R52_COUNT_LEAD = frozenset("die deze een dat dit welke hoeveel per elke iedere zo'n zon".split())
_R52_GATE = _Lazy(r"caravan|chalet|standplaats|ligplaats|woonboot|woonark|woonwagen|bungalow|hut\b|huisje"
                       r"|blokhut|woonunit|noem|roepnaam|zeg\s+maar|\b(?:dus|bent)\b.*\buit\s+\w|stra(?:ss|ß|s)e\b|postcode", re.I)
_R52_CALLED = _Lazy(r"\b(?:noem\s+me|noemen\s+me|noemt\s+me|noemen\s+mij|noemt\s+mij|noem\s+mij|roepnaam)\b",
                         re.I)
_R52_CALL_FILL = frozenset("maar gewoon gerust even allemaal altijd is was het de".split())
_R52_END_OK = frozenset("toch he hè hoor ja oke ok klopt dus eh uh ehm hm maar zo of zei je zegt nou".split())
_R52_NOT_NAME = frozenset("""ziek thuis weg boos bang moe zwanger dood overleden jarig bezig nerveus alleen daar hier
    ook niet wel niks niets iets alles nee ja gek raar een zeur lastig mam pap schat lieverd liefje meid jongen
    vriend vriendin buurman buurvrouw baas oma opa tante oom mevrouw meneer mams paps""".split())
_R52_KIN = _R42_KIN | frozenset("vriendin vriend partner ex".split())
_R52_LEAD = frozenset("dus ja oke ok oké en nou".split())
_R52_BE = frozenset("bent".split())
_R52_NOT_TOWN = frozenset("""huis bed werk school zicht elkaar nood angst frustratie woede het de een dat die
    balans bocht de hand elkaar stad""".split())


def _r52_name_word(w: str, strong: bool) -> bool:
    """A word that can be a name after a cue: a given name or a word no Dutch list knows; a given name that is also a
    word ("lieve", "hans") only after a strong cue ("noem me maar", "heet")."""
    if not w.isalpha() or len(w) < 2 or w in STOP_WORDS or w in HESITATIONS or w in _R52_NOT_NAME \
            or w in _R52_END_OK or w in KIN or _r20_number(w) is not None or w in MONTHS:
        return False
    if _unknown_word(w) and not w.endswith(("isch", "lijk", "baar")):
        return True
    return _r35_given(w) and (strong or w not in ORDINARY_WORDS)


def _r52_take_name(lows: tuple[str, ...], own: dict[int, str], j: int, strong: bool) -> list[int]:
    """The name said from `j` (a word, and a surname after it) when only fillers follow it, else []."""
    n = len(lows)
    if j >= n or j in own or not _r52_name_word(lows[j], strong):
        return []
    got = [j]
    e = j + 1
    while e < n and len(got) < 4 and e not in own and (lows[e] in TUSSEN or _unknown_word(lows[e])
                                                        or lows[e] in SURNAMES_SAFE) \
            and lows[e] not in _R52_END_OK and lows[e] not in ("en", "of", "die", "dat"):
        got.append(e)
        e += 1
    while got and lows[got[-1]] in TUSSEN:
        got.pop()
    if all(lows[x] in _R52_END_OK or x in own for x in range(e, n)):
        return got
    return []


def _r52_line_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str], named: bool = False
                    ) -> dict[int, str]:
    n = len(lows)
    marks: dict[int, str] = {}
    named = named or "[naam]" in own.values()
    for k in range(n - 1):
        w = lows[k]
        # A. "noem me maar X", "ze noemen me X", "mijn roepnaam is X"
        if w in ("noem", "noemen", "noemt", "roepnaam") and (w == "roepnaam" or lows[k + 1] in ("me", "mij")):
            j = k + 1 if w == "roepnaam" else k + 2
            while j < n and lows[j] in _R52_CALL_FILL and j - k < 5:
                j += 1
            marks.update({x: "[naam]" for x in _r52_take_name(lows, own, j, True)})
        # A. "zeg maar X" after a name
        elif w == "zeg" and lows[k + 1] == "maar" and named:
            j = k + 2
            while j < n and lows[j] in ("gewoon", "gerust"):
                j += 1
            marks.update({x: "[naam]" for x in _r52_take_name(lows, own, j, False)})
        # A. "<je/uw> <vrouw/zoon/...> is|heet X" after a name
        elif w in _R52_KIN and k and lows[k - 1] in _R22_POSSESSIVES and lows[k + 1] in _R42_VERBS \
                and (named or lows[k + 1] in ("heet", "heette")):
            marks.update({x: "[naam]" for x in _r52_take_name(lows, own, k + 2, lows[k + 1] in ("heet", "heette"))})
    # B. "dus <first> (<particles>) <surname> uit <town>", "jij bent <first> ... uit <town>"
    if "uit" in lows:
        k = 0
        while k < n and lows[k] in _R52_LEAD and k < 2:
            k += 1
        lead = k > 0 and lows[k - 1] == "dus"
        if k + 1 < n and lows[k] in ("jij", "u", "je") and lows[k + 1] in _R52_BE:
            k += 2
            lead = True
        if lead and k < n and k not in own and _r35_given(lows[k]):
            g = k
            j = k + 1
            while j < n and lows[j] in TUSSEN and j - g <= 3 and j not in own:
                j += 1
            if j + 2 < n + 0 and j < n:
                s = lows[j]
                particles = j > g + 1
                surname = own.get(j) == "[naam]" or (s.isalpha() and len(s) >= 2 and s not in STOP_WORDS
                                                     and _r20_number(s) is None
                                                     and (s in SURNAMES_SAFE or s in SURNAMES_AMBIGUOUS
                                                          or _unknown_word(s)
                                                          or (particles and s not in _R52_NOT_TOWN)))
                if surname and (lows[g] not in ORDINARY_WORDS or particles or s in SURNAMES_SAFE
                                or _unknown_word(s)) and j + 2 < n and lows[j + 1] == "uit" \
                        and lows[j + 2].isalpha() and lows[j + 2] not in STOP_WORDS \
                        and lows[j + 2] not in _R52_NOT_TOWN:
                    marks.update({x: "[naam]" for x in range(g, j + 1) if x not in own})
    # C. a home's pitch or berth number: "caravan nummer negen", "standplaats zeventien"
    for k in range(n - 1):
        w = lows[k]
        if w not in _R52_HOMES and w not in _R52_BERTH:
            continue
        j = k + 1
        if w in _R52_HOMES and not (lows[j] not in _R52_NUMBER_WORD and (
                (k and lows[k - 1] in _R52_COUNT_LEAD) or "hoeveel" in lows)):  # "in die caravan" / "vijf"
            if lows[j] in ("is", "heeft", "heet", "was") and j + 1 < n and lows[j + 1] in _R52_NUMBER_WORD:
                j += 1  # "mijn caravan is nummer negen"
            if lows[j] in _R52_NUMBER_WORD:
                j += 1
            e = _r52_number_end(lows, j)
            if e is not None:
                s = k
                # a street said right before it after "aan de" ("aan de zandweg standplaats vier")
                if k >= 3 and lows[k - 3] in _R51_AT and lows[k - 2] in _R51_ART and _r51_street_word_ok(lows[k - 1]) \
                        and (_is_street_word(lows[k - 1]) or _unknown_word(lows[k - 1])):
                    s = k - 1
                marks.update({x: "[adres]" for x in range(s, e) if x not in own})
                continue
        if w in _R52_BERTH:
            # "woonboot Zuider Amstelkade t/o 212"
            e = j
            while e < n and e - j < 3 and lows[e] not in _R52_ACROSS and lows[e].isalpha() \
                    and lows[e] not in STOP_WORDS and (words[e][:1].isupper() or _is_street_word(lows[e])
                                                        or _unknown_word(lows[e]) or lows[e] in _R51_STREET_ADJ):
                e += 1
            if e > j and e + 1 < n and lows[e] in _R52_ACROSS and (words[e].lower() in ("t/o", "tegenover")
                                                                    or lows[e] != "to"):
                end = _r52_number_end(lows, e + 1)
                if end is not None:
                    marks.update({x: "[adres]" for x in range(j, end) if x not in own})
    # E. a German street ("de bahnhofstrasse drieentwintig", "de ochtruper strasse honderdzeven") and its number
    for k in range(n - 1):
        w = lows[k]
        if not w.endswith(_R52_STRASSE) or k in own:
            continue
        s = k
        if w in _R52_STRASSE:
            if k == 0 or not lows[k - 1].isalpha() or lows[k - 1] in STOP_WORDS or k - 1 in own:
                continue
            s = k - 1
        e = _r52_number_end(lows, k + 1)
        if e is not None:
            marks.update({x: "[adres]" for x in range(s, e) if x not in own})
    # F. a foreign postcode of number words after "de postcode in belgie is" ("negenentwintig tien")
    if "postcode" in lows and _R52_ABROAD.intersection(lows):
        k = lows.index("postcode")
        j = next((x + 1 for x in range(k + 1, min(n, k + 5)) if lows[x] in ("is", "was")), None)
        if j is not None:
            e = j
            while e < n and e - j < 4 and e not in own and _r20_number(lows[e]) is not None:
                e += 1
            if e > j and all(w in _R52_END_OK for w in lows[e:]):
                marks.update({x: "[postcode]" for x in range(j, e)})
    return marks


_R52_STRASSE = ("strasse", "straße", "strase", "str")
_R52_ABROAD = frozenset("belgie belgië belgische duitsland duitse frankrijk franse buitenland luxemburg".split())


def _r52_number_end(lows: tuple[str, ...], j: int) -> int | None:
    """The end (exclusive) of a pitch or berth number said from `j` (digits, or one or two number words, 1 to 999,
    a letter may follow) with no unit after it ("negen meter", "twaalf jaar"); else None."""
    n = len(lows)
    if j >= n:
        return None
    v = _r20_number(lows[j])
    if v is None or not 0 < v < 1000:
        return None
    e = j + 1
    if e < n and lows[j] in ("honderd", "tweehonderd", "driehonderd") and _r20_number(lows[e]) is not None:
        e += 1
    if e < n and lows[e] in _R49_LETTERS and lows[e] != "e":
        e += 1
    if e < n and (lows[e] in _R52_NOT_UNIT or _r20_number(lows[e]) is not None):
        return None
    if e < n and lows[e] not in _R52_AFTER_HOME and not lows[e].startswith(("camping", "park")):
        return None
    return e


@lru_cache(maxsize=4096)
def redact_round52(raw: str, out: str) -> str:
    """Round 52 on one line (forms A to C)."""
    if _R52_GATE.search(raw) or (" is " in raw and "[naam]" in out):
        out = _line_pass(raw, out, _r52_line_marks)
    return out


# (not a boat: a houseboat's name is how it is found, holdout J takes "zijn boot heet de albatros" as an address)
_R52_PLACE_NAMED = frozenset("""boerderij hoeve huis chalet caravan stacaravan camping
    park vakantiepark vakantiehuis vakantiehuisje huisje tuinhuis woning boerenhoeve
    bungalow villa pand molen zaak winkel kroeg cafe café hotel pension dorp buurtschap gehucht wijk flat complex
    gebouw erf landgoed stal manege kwekerij tuin volkstuin kamp woonwagenkamp hofje""".split())
_R52_ROLE_PERSON = frozenset("mevrouw meneer heer dame man vrouw jongen meisje mensen".split())
_R52_ORGS = frozenset("uwv ggd ggz cjg svb cak duo ns gvb ret htm belastingdienst kvk rdw anwb ind coa".split())
_R52_KEEP_GATE = _Lazy(r"\bheet\b|\bheten\b|\bvan\s+(?:de|het|'?t)\b", re.I)


def _r52_keep(raw: str, out: str) -> str:
    """What stays: a place's name after "<boerderij/huis/...> heet" and a role after "de mevrouw van de"."""
    if ("[naam]" not in out and "[adres]" not in out) or not _R52_KEEP_GATE.search(raw):
        return out
    return _line_keep(raw, out, _r52_kept)


def _r52_kept(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> set[int]:
    """The redacted words of a place's name or of a role that stay (see _r52_keep)."""
    n = len(lows)
    drop: set[int] = set()
    for k in range(1, n - 1):
        if lows[k] in ("heet", "heten") and lows[k - 1] in _R52_PLACE_NAMED and k >= 2 \
                and lows[k - 2] in ("de", "het", "t", "ons", "onze", "mijn", "die", "dat", "jullie", "hun", "zijn",
                                    "haar", "je", "jouw", "uw"):
            j = k + 1
            if j < n and lows[j] in ("de", "het", "t") and j not in own:
                j += 1
            labs = ("[naam]", "[adres]") if lows[k - 1] not in ("straat", "laan", "weg") else ("[naam]",)
            while j < n and own.get(j) in labs:
                drop.add(j)
                j += 1
        elif lows[k] == "van" and lows[k - 1] in _R52_ROLE_PERSON and k + 2 < n and lows[k + 1] in ("de", "het", "t") \
                and k >= 2 and lows[k - 2] in ("de", "die", "een", "deze", "dat", "die"):
            span = []
            j = k
            while j + 2 < n and lows[j] == "van" and lows[j + 1] in ("de", "het", "t"):
                x = lows[j + 2]
                if (x not in ORDINARY_WORDS and x not in _R52_ORGS) or x in SURNAMES_SAFE or x in SURNAMES_AMBIGUOUS \
                        or words[j + 2][:1].isupper():
                    break
                span += [j, j + 1, j + 2]
                j += 3
            if span and all(own.get(x) == "[naam]" for x in span):
                drop.update(span)
    return drop


_R52_COUNTED = frozenset("laatste eerste volgende overige andere resterende nog".split())
_R52_NUM_LABELS = frozenset(("[telefoonnummer]", "[bsn]", "[nummer]", "[iban]"))


def _r52_whole_number(held: str, new: str) -> str:
    """Form D: a number word left right before or after a number placeholder in a revised held line goes with it."""
    if held == new or "]" not in new:
        return new
    words = _WS.findall(held)
    if not words:
        return new
    own = _redacted_words(held, new)
    if not any(lab in _R52_NUM_LABELS for lab in own.values()):
        return new
    lows = _r20_lows(held)
    if len(lows) != len(words):
        return new
    add: dict[int, str] = {}
    for i, lab in own.items():
        if lab not in _R52_NUM_LABELS:
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lows) and j not in own and j not in add and words[j] not in PLACEHOLDERS \
                    and (v := _r20_number(lows[j])) is not None and 0 <= v < 100 \
                    and not (j > 0 and lows[j - 1] in _R52_COUNTED):
                add[j] = lab
                j += step
    if not add:
        return new
    return _join_marked(words, {**own, **add})


_R52_WINDOW_GATE = _Lazy(r"\bzeg\s+maar\b|\b(?:is|heet|heette|was)\b", re.I)
_r52_named_marks = partial(_r52_line_marks, named=True)


def _r52_last_digits(words: list[str], lows: tuple[str, ...], own: dict[int, str], label: str) -> dict[int, str]:
    """Form D: the digits said after "de laatste twee cijfers" on the line after a number's pieces (the count is no
    piece, the digits after it are): one to four number words up to the end of the line."""
    n = len(lows)
    for k in range(n - 2):
        if lows[k] in _R52_COUNTED and _r20_number(lows[k + 1]) is not None and lows[k + 2].startswith("cijfer"):
            j = k + 3
            while j < n and lows[j] in ("zijn", "is", "dus", "eh", "uh", ":"):
                j += 1
            e = j
            while e < n and e - j < 4 and e not in own and (v := _r20_number(lows[e])) is not None and 0 <= v < 100:
                e += 1
            if e > j and all(w in _R52_END_OK for w in lows[e:]):
                return {x: label for x in range(j, e)}
    return {}


from voice_companion.privacy.spoken import MAIL_PROVIDERS  # noqa: E402  (round 53)
from voice_companion.privacy.spoken import _BARE_STREETS  # noqa: E402  (round 54)

# ---------------------------------------------------------------------------
# Round 53: details from the phone and the internet (holdout AW). All own examples. On one line:
# A. a profile or account name next to the real name: "op je whatsapp profiel staat X", "je instagram naam is X nul
#    nul drie", "op je account staat X b" (the handle's number words and letters go with it: they are as much the
#    person's name), and "dus voluit <first> (<particles>) <surname>";
# B. a name spelled or read back again: a surname with particles said twice ("van t hof van t hof met een f", the
#    first name before it too) and a name read back before "heb ik dat goed" / "klopt dat" ("ioana popescu heb ik dat
#    goed");
# C. an address without its street word, read off a shared location or written down: "de locatie die je deelt is
#    dam zeven in amsterdam", "ik schrijf het op meent twaalf in <town>" (a word, a house number, "in <town>"), and a
#    house number said as "dubbel <digit>" after a street ("de kastanjelaan dubbel vier");
# D. an e-mail's correction: the last letter of a domain said letter by letter ("nee gmail punt n l sorry": "l").
# What stays (_r53_keep): a website's name said with a dot ("de website van thuisarts punt n l", "kijk op bol punt
# com") when no at-word is said and the name is no mail provider.
# ---------------------------------------------------------------------------
_R53_GATE_WORDS = ("whatsapp", "insta", "tiktok", "snapchat", "facebook", "telegram", "signal", "account", "profiel",
                    "gebruikersnaam", "schermnaam", "username", "voluit", "t goed", "klopt dat", "dubbel", "streepje",
                    "punt")
_R53_HYPHEN_PARTICLE = _Lazy(r"\w-(?:de|van|der|den|ter|ten|la|le)\b", re.I)


@lru_cache(maxsize=4096)
def _r53_gate(raw: str) -> bool:
    """Whether a line can hold one of round 53's forms (a cue word, "in" after a number, particles said twice)."""
    low = raw.lower()
    if any(w in low for w in _R53_GATE_WORDS) or ("-" in low and _R53_HYPHEN_PARTICLE.search(low)):
        return True
    if " in " not in low and " van " not in low:
        return False
    ws = list(_r20_lows(raw))  # folded: "drieënnegentig"
    for i in range(len(ws) - 3):  # a surname with particles said twice, or spelled after it ("van t hek met een t")
        if ws[i] in ("van", "ter", "ten") and (ws[i + 2:i + 4] == ["met", "een"] or ws[i + 3:i + 5] == ["met", "een"]
                                               or ws[i] in ws[i + 2:i + 5]):
            return True
    for i in range(2, len(ws)):
        if ws[i] == "in" and (_r20_number(ws[i - 1]) is not None
                              or (len(ws[i - 1]) <= 2 and (_r20_number(ws[i - 2]) is not None
                                                           or ws[i - 2] in ("twee", "dubbel", "drie")))):
            return True
        if ws[i] == "in" and i >= 3 and ws[i - 3] in ("twee", "dubbel", "drie"):
            return True
    return False


_R53_PROFILE = frozenset("""whatsapp whatsap whatsappprofiel instagram insta instagramnaam tiktok snapchat snap facebook
    telegram signal account accountnaam profiel profielnaam profielfoto gebruikersnaam schermnaam username
    twitter x""".split()) - {"x", "profielfoto"}
_R53_PROFILE_VERB = frozenset("staat stond is was heet heette".split())
_R53_HANDLE_END = frozenset("maar en of dus want toch he hè hoor ja oke ok klopt eh uh ehm hm zei zeg".split())
_R53_READ_BACK = (("heb", "ik", "dat", "goed"), ("heb", "ik", "het", "goed"), ("klopt", "dat"), ("is", "dat", "goed"))
_R53_LEAD = frozenset("dus ja oke ok oké en nou eh uh ehm".split())
_R53_CUE = _Lazy(r"locatie|\bpin\b|pinnetje|gedeeld|\bdeel|schrijf|noteer|\badres|maps|kaart|navigatie|"
                      r"pakket|bezorg|afhaal|woon|\bzit|\bsta\b|\bstaat\b|\bben\b", re.I)
_R53_NOT_STREET = frozenset("""al nog om rond tot tegen over na voor sinds ongeveer zo'n zon bijna pas jaar jaren uur
    week weken dagen maanden keer bus lijn trein tram kamer spoor perron zaal verdieping etage groep klas stap
    stoel bed plek rij maat nummer huisnummer pagina blad bladzijde
    hoofdstuk level punt punten dag nacht ronde
    gisteren morgen vandaag vanavond vannacht straks vanmiddag vanochtend maandag dinsdag woensdag donderdag vrijdag
    zaterdag zondag""".split())
_R53_BEFORE_STREET = frozenset("op is de het t aan naar adres : pin noteer dus ja oke ok oké".split())
_R53_TLD = frozenset("nl be de eu fr uk com org net nu info".split())
_R53_AT_WORDS = _Lazy(r"apenstaartje|apestaartje|apenstaart|apestaart|\bat\b|@|\bet\b", re.I)
_R53_WEB_CUE = _Lazy(r"website|\bsite\b|webshop|webwinkel|\bapp\b|www|pagina|internet|online|\blink\b|"
                          r"kijk\s+(?:maar\s+)?op|ga\s+naar|gaan\s+naar|bestel|besteld|gekocht|zoek|googl|thuisarts|"
                          r"staat\s+op|lees|gelezen|gevonden|\bop\s+(?:www\s+punt\s+)?\w+\s+punt\s+(?:nl|n\s+l|com|be|org)\b",
                          re.I)


def _r53_namey(w: str, strong: bool = False) -> bool:
    """A word that can be (part of) a name: a given name or a word no Dutch list knows (no stop word, number,
    month); a given name that is also an ordinary word only where `strong`."""
    if not w.isalpha() or len(w) < 2 or w in STOP_WORDS or w in HESITATIONS or w in _R52_NOT_NAME \
            or w in _R53_HANDLE_END or _r20_number(w) is not None or w in MONTHS:
        return False
    if _unknown_word(w) and not w.endswith(("ig", "isch", "lijk", "baar", "loos")):
        return True
    return (_r35_given(w) or w in SURNAMES_SAFE) and (strong or w not in ORDINARY_WORDS)


def _r53_town_at(words: list[str], lows: tuple[str, ...], j: int) -> bool:
    """A town said from `j` ("zwolle", "Hoorn", "den haag")."""
    n = len(lows)
    if j >= n:
        return False
    w = lows[j]
    if w in ("den", "'s") and j + 1 < n:
        return lows[j + 1].isalpha() and lows[j + 1] not in STOP_WORDS
    if w in ("de", "het") and j + 1 < n:  # "in de bilt", "in de lier" (no "in de schuur")
        return lows[j + 1].isalpha() and _unknown_word(lows[j + 1]) and len(lows[j + 1]) >= 3
    return w.isalpha() and w not in STOP_WORDS and _r20_number(w) is None and w not in MONTHS \
        and (_unknown_word(w) or words[j][:1].isupper())


def _r53_line_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    n = len(lows)
    marks: dict[int, str] = {}
    for k in range(n - 1):
        w = lows[k]
        # A. "op je whatsapp profiel staat X", "je instagram naam is X nul nul drie"
        if w in _R53_PROFILE:
            j = k + 1
            while j < n and j - k < 3 and lows[j] in ("profiel", "naam", "account", "accountnaam", "profielnaam",
                                                      "gebruikersnaam", "van", "je", "jou", "jouw", "u", "uw"):
                j += 1
            if j < n and lows[j] in _R53_PROFILE_VERB:
                j += 1
                while j < n and lows[j] in ("nog", "gewoon", "eigenlijk", "als", "dan", "er", "daar"):
                    j += 1
                if j < n and (own.get(j) == "[naam]" or _r53_namey(lows[j], True)):
                    e = j + 1
                    while e < n and e - j < 6 and lows[e] not in _R53_HANDLE_END and (
                            own.get(e) in ("[naam]", "[telefoonnummer]", "[nummer]") or _r20_number(lows[e]) is not None
                            or (len(lows[e]) == 1 and lows[e].isalpha()) or lows[e] in TUSSEN
                            or _r53_namey(lows[e]) or lows[e] in SURNAMES_SAFE or lows[e] in ("punt", "streepje",
                                                                                              "underscore", "lage")):
                        e += 1
                    while e - 1 > j and lows[e - 1] in TUSSEN | {"punt", "streepje", "underscore", "lage"}:
                        e -= 1
                    if all(x in _R53_HANDLE_END or x in _R52_END_OK or x in own for x in lows[e:e + 1]) or e >= n \
                            or lows[e] in _R53_HANDLE_END:
                        marks.update({x: "[naam]" for x in range(j, e) if x not in own})
        # A. "dus voluit mia houben"
        elif w == "voluit":
            j = k + 1
            while j < n and lows[j] in ("is", "het", "heet", "je", "u", "dus", "dat", "was", "eh", "uh"):
                j += 1
            if j < n and j not in own and (_r35_given(lows[j]) or _unknown_word(lows[j])) and lows[j].isalpha() \
                    and lows[j] not in STOP_WORDS:
                e = j + 1
                while e < n and lows[e] in TUSSEN and e - j < 4:
                    e += 1
                if e < n and (own.get(e) == "[naam]" or (lows[e].isalpha() and len(lows[e]) >= 2
                                                        and lows[e] not in STOP_WORDS and _r20_number(lows[e]) is None
                                                        and lows[e] not in _R53_HANDLE_END)):
                    marks.update({x: "[naam]" for x in range(j, e + 1) if x not in own})
    # B. a surname with particles said twice ("van t hof van t hof"), the first name before it too
    for k in range(n - 3):
        if lows[k] not in TUSSEN or lows[k] in ("de", "het", "t", "'t", "'") or (k > 0 and lows[k - 1] in TUSSEN):
            continue
        j = k
        while j < n and lows[j] in TUSSEN and j - k < 3:
            j += 1
        if j >= n or not lows[j].isalpha() or lows[j] in STOP_WORDS or len(lows[j]) < 2:
            continue
        size = j + 1 - k
        named = k > 0 and (own.get(k - 1) == "[naam]" or _r53_namey(lows[k - 1], True))
        spelled = j + 3 < n and lows[j + 1] == "met" and lows[j + 2] in ("een", "n") and len(lows[j + 3]) == 1
        if not (named or spelled or _unknown_word(lows[j]) or lows[j] in SURNAMES_SAFE):
            continue
        if tuple(lows[k:j + 1]) == tuple(lows[j + 1:j + 1 + size]) or (
                j + 3 < n and lows[j + 1] == "met" and lows[j + 2] in ("een", "n") and len(lows[j + 3]) == 1
                and k > 0 and (k - 1 in own or _r53_namey(lows[k - 1], True)) and lows[k] in ("van", "ter", "ten")):
            end = j + 1 + (size if tuple(lows[k:j + 1]) == tuple(lows[j + 1:j + 1 + size]) else 0)
            s = k - 1 if k > 0 and (own.get(k - 1) == "[naam]" or _r53_namey(lows[k - 1], True)) \
                and lows[k - 1] not in ("noteer", "schrijf") else k
            marks.update({x: "[naam]" for x in range(s, end) if x not in own})
    # B. a name read back: "<first> (<particles>) <surname> heb ik dat goed", "klopt dat"
    for cue in _R53_READ_BACK:
        m = len(cue)
        at = next((x for x in range(1, n - m + 1) if lows[x:x + m] == cue), None)
        if at is None:
            continue
        s = 0
        while s < at and lows[s] in _R53_LEAD:
            s += 1
        span = list(range(s, at))
        if 1 <= len(span) <= 4 and lows[span[0]] not in TUSSEN and lows[span[-1]] not in TUSSEN \
                and all(own.get(x) == "[naam]" or lows[x] in TUSSEN or _r53_namey(lows[x], True) for x in span) \
                and any(own.get(x) == "[naam]" or (_r35_given(lows[x]) and lows[x] not in ORDINARY_WORDS)
                        for x in span) \
                and (len(span) >= 2 or own.get(span[0]) == "[naam]"):
            marks.update({x: "[naam]" for x in span if x not in own})
        break
    # C. "de kastanjelaan dubbel vier": a house number said as "dubbel <digit>" after a street
    for k in range(1, n - 1):
        if lows[k] == "dubbel" and (v := _r20_number(lows[k + 1])) is not None and 0 <= v <= 9:
            s = k - 1
            if lows[s] in ("nummer", "huisnummer", "nr"):
                s -= 1
            if s < 0 or not (own.get(s) == "[adres]" or _is_street_word(lows[s])):
                continue
            while s > 0 and lows[s - 1] in _R51_STREET_ADJ:
                s -= 1
            e = k + 2
            if e < n and lows[e] in _R49_LETTERS and lows[e] != "e":
                e += 1
            marks.update({x: "[adres]" for x in range(s, e) if x not in own})
    # C. "de locatie die je deelt is dam zeven in amsterdam", "ik schrijf het op meent twaalf in rotterdam"
    if "in" in lows:
        cued = _R53_CUE.search(" ".join(lows)) is not None
        for k in range(2, n - 1):
            if lows[k] != "in" or k in own or not _r53_town_at(words, lows, k + 1):
                continue
            e = k
            if e > 0 and lows[e - 1] in _R49_LETTERS and lows[e - 1] != "e":
                e -= 1
            j = e - 1
            if j < 1 or j in own or (v := _r20_number(lows[j])) is None or not 0 < v < 1000:
                continue
            if j >= 2 and _r20_number(lows[j - 1]) is not None and lows[j - 1] in ("honderd", "tweehonderd",
                                                                                  "driehonderd"):
                j -= 1
            st = j - 1
            if st < 0 or st in own or not lows[st].isalpha() or lows[st] in STOP_WORDS or lows[st] in _R53_NOT_STREET \
                    or lows[st] in COUNT_UNITS or _r20_number(lows[st]) is not None or lows[st] in MONTHS \
                    or len(lows[st]) < 3:
                continue
            s = st
            if s > 0 and (lows[s - 1] in _R51_STREET_ADJ or lows[s - 1] == "sint"):
                s -= 1
            if s > 0 and lows[s - 1] not in _R53_BEFORE_STREET:
                continue
            led = (s >= 1 and lows[s - 1] in ("dus", "noteer") and all(x in _R53_LEAD or x in ("ik", "noteer")
                                                                        for x in lows[:s - 1]))
            if not (cued or led or _is_street_word(lows[st]) or _unknown_word(lows[st])):
                continue  # an ordinary word as a street ("spui", "meent") only after a location or an address cue
            marks.update({x: "[adres]" for x in range(s, k) if x not in own})
    # E. a double surname: "[naam] streepje ouwehand", "smit streepje [naam]", "Mevrouw Smit-de Groot"
    for k in range(n):
        w = lows[k]
        if w == "streepje" and 0 < k < n - 1:
            a, b = k - 1, k + 1
            if own.get(a) == "[naam]" and b not in own and _r47_surname_word(lows[b], False):
                marks[b] = "[naam]"
            elif own.get(b) == "[naam]" and a not in own and _r47_surname_word(lows[a], False) \
                    and lows[a] not in ("een", "met", "zonder", "ertussen"):
                marks[a] = "[naam]"
        elif "-" in words[k] and k + 1 < n and words[k].lower().rsplit("-", 1)[1] in ("de", "van", "der", "den", "ter", "ten", "la", "le") \
                and (own.get(k) == "[naam]" or words[k][:1].isupper()) and k + 1 not in own \
                and lows[k + 1].isalpha() and _r20_number(lows[k + 1]) is None \
                and (words[k + 1][:1].isupper() or (lows[k + 1] not in STOP_WORDS and (
                    lows[k + 1] in SURNAMES_SAFE or _unknown_word(lows[k + 1])))):
            marks[k] = "[naam]"
            marks[k + 1] = "[naam]"
    # E. a name spelled on the line after it: "twee e s in andreea", "met dubbel n in hannah"
    if "in" in lows and (set(lows) & {"twee", "dubbel", "drie"}):
        for k in range(n - 3):
            if lows[k] in ("twee", "dubbel", "drie") and len(lows[k + 1]) == 1 and lows[k + 1].isalpha():
                j = k + 2
                if j < n and lows[j] in ("s", "en", "'s"):
                    j += 1
                if j + 1 < n and lows[j] == "in" and j + 1 not in own and (_unknown_word(lows[j + 1])
                                                                           or _r35_given(lows[j + 1])) \
                        and lows[j + 1].isalpha() and len(lows[j + 1]) >= 3 and lows[j + 1] not in STOP_WORDS:
                    marks[j + 1] = "[naam]"
    # D. "nee gmail punt n l sorry": the domain's last letter after what was taken
    for k in range(n - 2):
        if lows[k] == "punt" and own.get(k + 1) == "[e-mail]" and k + 2 not in own and len(lows[k + 1]) == 1 \
                and len(lows[k + 2]) == 1 and lows[k + 1] + lows[k + 2] in _R53_TLD:
            marks[k + 2] = "[e-mail]"
    return marks


@lru_cache(maxsize=4096)
def redact_round53(raw: str, out: str) -> str:
    """Round 53 on one line (forms A to D)."""
    if _r53_gate(raw):
        out = _line_pass(raw, out, _r53_line_marks)
    return out


@lru_cache(maxsize=4096)
def _r53_keep(raw: str, out: str) -> str:
    """What stays: a website's name said with a dot ("de website van thuisarts punt n l") when no at-word is said,
    the line speaks of a website, and the name is no mail provider."""
    if "[e-mail]" not in out or _R53_AT_WORDS.search(raw) or not _R53_WEB_CUE.search(raw):
        return out
    return _line_keep(raw, out, _r53_kept)


def _r53_kept(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> set[int]:
    """The redacted words of a website's name that stay (see _r53_keep)."""
    n = len(lows)
    drop: set[int] = set()
    k = 0
    while k < n:
        if own.get(k) != "[e-mail]":
            k += 1
            continue
        s = k
        e = k
        while e < n and own.get(e) == "[e-mail]":
            e += 1
        k = e
        while e < n and e not in own and len(lows[e]) == 1 and lows[e].isalpha() and e - s < 9:
            e += 1  # "[e-mail] l": the domain's last letter the tagger left
        run = lows[s:e]
        if "punt" not in run or any(w in MAIL_PROVIDERS for w in run) or len(run) > 9:
            continue
        last = max(i for i, w in enumerate(run) if w == "punt")
        tail = "".join(run[last + 1:])
        before = [w for w in run[:last] if w not in ("www", "punt")]
        if tail in _R53_TLD and 1 <= len(before) <= 3 and all(w.isalpha() or w.isdigit() for w in before):
            drop.update(range(s, e))
    return drop


# ---------------------------------------------------------------------------
# Round 54: people in and after institutions (holdout AX). All own examples. On one line:
# A. a name read off a card or a wristband: "op je polsbandje staat a. yılmaz", "op je afsprakenkaart staat w.
#    bosma": the initials and the name after "<card> staat"; and an initial said before a redacted name is part of
#    the name ("W. [naam]");
# B. a name read back: "ik zeg hem even terug andrei popescu", "ik herhaal even mirela stan" (the name words after
#    the cue up to the end of the line or "klopt dat");
# C. a call name beside the official name: "dus meneer [naam] maar sjef voor de vrienden";
# D. an address for the post: "het adres waar je post naartoe gaat is de wilhelminaring negen a" (a street in
#    "-ring" that no word list knows, with or without its house number after a post cue).
# In the window (Redactor._round54): E. a surname's letters spelled on the line after it ("dus je achternaam is
#    [naam]" / "ka i de a en e": "de" and "en" are the letters d and n there).
# What stays (_r54_keep): a room, door or bed with its number in a clinic, home or shelter ("je kamer is nummer
# veertien a"); staff "van de" an institution ("de dokter van de pi"); an organisation's name after a waiting list or
# an intake ("de wachtlijst bij hvo querido", "de intake bij de brijder").
# ---------------------------------------------------------------------------
_R54_CARDS = frozenset("""polsbandje polsband armbandje armband bandje afsprakenkaart afsprakenkaartje kaart kaartje
    pasje pas patientenpas patiëntenpas zorgpas ontslagbrief brief verwijsbrief envelop naambordje bordje deurbordje
    sticker label lijst formulier dossier briefje""".split())
_R54_CARD_VERB = frozenset("staat stond staan stonden".split())
_R54_NAME_END = frozenset("en maar of dus want toch he hè hoor ja oke ok klopt eh uh ehm hm zei zeg met als".split())
_R54_READ_CUES = (("even", "terug"), ("herhaal", "even"), ("herhaal", "het"), ("herhaal", "nog"), ("nog", "eens", "terug"))
_R54_READ_SKIP = frozenset("dus eh uh ehm ja het is nog eens even de naam voluit".split()) - {"de"}
_R54_FRIENDS = frozenset("vrienden vriendjes vriendinnen familie kennissen intimi maten collega's collegas buurt".split())
_R54_POST_CUE = _Lazy(r"\bpost\b|postadres|brieven|correspondentie", re.I)
_R54_ROOMS = frozenset("""kamer kamertje kamernummer slaapkamer unit bed bedje box deur deurnummer paviljoen gang vleugel
    cel zaal slaapzaal behandelkamer spreekkamer kluis kluisje locker groep afdeling bednummer""".split())
_R54_ROOM_LINK = frozenset("is nummer nr het de op zit ligt heeft was".split())
_R54_STAFF = frozenset("""dokter doktoren arts artsen huisarts psychiater psychiaters psycholoog verpleegkundige
    verpleging zuster zusters broeder begeleider begeleiders begeleiding maatschappelijk werker werkers hulpverlener
    hulpverleners meneer mevrouw man vrouw mensen iemand medewerker medewerkers directeur coordinator coördinator
    casemanager behandelaar therapeut agent agenten bewaker bewakers beveiliger beveiliging leiding baas juf juffrouw
    meester apotheker tandarts jurist advocaat""".split())
_R54_INSTITUTIONS = frozenset("""pi ggz ggd uwv svb cjib cak duo ind coa ns tbs fpc ebo ic seh hap poli polikliniek
    kliniek afdeling opvang nachtopvang dagopvang reclassering gemeente wijkteam thuiszorg huisartsenpost
    crisisdienst spoed eerste hulp dagbesteding bewaking beveiliging instelling gevangenis bajes jeugdzorg
    woongroep woonvorm zorgboerderij blijf blijfhuis vrouwenopvang sociale dienst apotheek praktijk huisartsenpraktijk
    vvt wmo cjg kliniek ziekenhuis afkickkliniek verslavingszorg rib rit ics""".split()) \
    | _R43_CARE_ORGS | _R52_ORGS | _R48_SPELLED_ORGS
_R54_WAIT_CUE = _Lazy(r"wachtlijst|wachttijd|intake|aanmelding|aangemeld|ingeschreven|in behandeling|"
                           r"onder behandeling|in zorg|cli[eë]nt|begeleiding|dagbesteding|opname|opgenomen", re.I)
_R54_NOT_PERSON_BIJ = frozenset("logeer logeert logeren logeerde slaap slaapt slapen sliep woon woont wonen woonde "
                                "verblijf verblijft zit zat ben was blijf blijft blijven".split())
_R54_GATE_WORDS = ("band", "kaart", "pas", "brief", "envelop", "bordje", "sticker", "label", "lijst", "formulier",
                   "dossier", "terug", "herhaal", "ring", "post", "correspondentie")
_R54_FRIEND_WORDS = ("vriend", "famil", "kennis", "intimi", "maten", "collega", "buurt")
_R54_INITIAL_RE = _Lazy(r"(?<!\w)(?:\w\.|[A-NP-TV-Z])(?!\w)")


def _r54_namey(w: str) -> bool:
    return _r53_namey(w, True) and w not in _R54_NAME_END


def _r54_initial(word: str, low: str) -> bool:
    """A single letter said as an initial: "W.", "a." or a capital "W"."""
    core = word.rstrip(".,")
    return len(low) == 1 and low.isalpha() and len(core) == 1 and (word.endswith(".") or core.isupper())


def _r54_line_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    n = len(lows)
    marks: dict[int, str] = {}

    def name_run(j: int, limit: int = 4) -> int:
        """The end of a run of name words from j (initials, particles, given names, unknown words, [naam])."""
        e = j
        while e < n and e - j < limit and (own.get(e) == "[naam]" or _r54_initial(words[e], lows[e])
                                           or (lows[e] in TUSSEN and e > j) or _r54_namey(lows[e])):
            e += 1
        while e - 1 > j and lows[e - 1] in TUSSEN:
            e -= 1
        return e

    # A. "op je polsbandje staat a. yılmaz", "op je afsprakenkaart staat w. bosma"
    for k in range(n - 2):
        if lows[k] not in _R54_CARDS:
            continue
        j = k + 1
        while j < n and j - k <= 3 and lows[j] not in _R54_CARD_VERB:
            j += 1
        if j >= n or lows[j] not in _R54_CARD_VERB:
            continue
        j += 1
        while j < n and lows[j] in ("er", "nog", "gewoon", "dan", "alleen", "de", "naam", "dus"):
            j += 1
        s = j
        inits = 0
        while j < n and _r54_initial(words[j], lows[j]):
            j += 1
            inits += 1
        if j >= n:
            continue
        e = name_run(j, 3)
        if e == j:
            continue
        strong = inits > 0 or any(own.get(x) == "[naam]" or lows[x] in SURNAMES_SAFE
                                  or (_r35_given(lows[x]) and lows[x] not in ORDINARY_WORDS) for x in range(j, e))
        if strong and (e >= n or lows[e] in _R54_NAME_END or e in own or lows[e] in STOP_WORDS):
            marks.update({x: "[naam]" for x in range(s, e) if x not in own})
    # A. an initial before a redacted name: "W. [naam]" (a capital or a letter with a dot)
    for k in range(n - 1):
        if own.get(k + 1) == "[naam]" and k not in own and _r54_initial(words[k], lows[k]) and lows[k] not in ("u", "o"):
            x = k
            while x >= 0 and x not in own and _r54_initial(words[x], lows[x]) and lows[x] not in ("u", "o"):
                marks[x] = "[naam]"
                x -= 1
    # B. "ik zeg hem even terug andrei popescu", "ik herhaal even mirela stan klopt dat"
    for cue in _R54_READ_CUES:
        m = len(cue)
        at = next((x for x in range(n - m + 1) if lows[x:x + m] == cue), None)
        if at is None:
            continue
        j = at + m
        while j < n and lows[j] in _R54_READ_SKIP and j not in own:
            j += 1
        if j >= n or lows[j] in TUSSEN:
            break
        e = name_run(j, 4)
        span = range(j, e)
        if e > j and (e >= n or lows[e] in _R54_NAME_END) \
                and (e - j >= 2 or own.get(j) == "[naam]" or (_r35_given(lows[j]) and lows[j] not in ORDINARY_WORDS)) \
                and any(own.get(x) == "[naam]" or (_r35_given(lows[x]) and lows[x] not in ORDINARY_WORDS)
                        or _unknown_word(lows[x]) for x in span) \
                and all(_r20_number(lows[x]) is None for x in span):
            marks.update({x: "[naam]" for x in span if x not in own})
        break
    # C. "dus meneer [naam] maar sjef voor de vrienden"
    for k in range(1, n - 1):
        if lows[k] != "voor":
            continue
        f = k + 1
        if f < n and lows[f] in ("de", "z'n", "zn", "zijn", "haar", "mijn", "m'n", "je", "jouw", "zijn"):
            f += 1
        if f >= n or lows[f] not in _R54_FRIENDS:
            continue
        x = k - 1
        if x in own or not _r54_namey(lows[x]) or lows[x] in ORDINARY_WORDS and not _r35_given(lows[x]):
            continue
        lead = lows[x - 1] if x > 0 else ""
        if x == 0 or lead in ("maar", "gewoon", "of", "dus", "ook", "en") or own.get(x - 1) == "[naam]" \
                or "[naam]" in own.values():
            marks[x] = "[naam]"
    # D. "het adres waar je post naartoe gaat is de wilhelminaring negen a": a street in "-ring" no list knows
    post = None
    for k in range(n):
        w = lows[k]
        if k in own or len(w) < 7 or k == 0 or lows[k - 1] not in ("de", "het", "op", "aan", "is", "naar"):
            continue
        ring = w.endswith("ring") and not _is_street_word(w) and _unknown_word(w)  # "wilhelminaring" ("-aring")
        if not ring and not (_is_street_word(w) and w not in _BARE_STREETS):
            continue
        after = ring and k + 1 < n and (own.get(k + 1) == "[adres]" or _r20_number(lows[k + 1]) is not None)
        if not after:  # a street without its number, where the post goes ("je post gaat naar de beatrixring")
            if post is None:
                post = _R54_POST_CUE.search(" ".join(lows)) is not None
            if not post or (k + 1 < n and k + 1 not in own and lows[k + 1] not in _R54_NAME_END
                            and _r20_number(lows[k + 1]) is None and lows[k + 1] not in ("in", "te")):
                continue
        e = k + 1
        while e < n and e - k <= 3 and e not in own and (_r20_number(lows[e]) is not None
                                                          or (e > k + 1 and lows[e] in _R49_LETTERS and lows[e] != "e")):
            e += 1
        marks.update({x: "[adres]" for x in range(k, e) if x not in own})
    return marks


@lru_cache(maxsize=4096)
def _r54_gate(raw: str) -> bool:
    """Whether a line can hold one of round 54's forms (a card, a read-back, friends, a street in "-ring", the post, an
    initial)."""
    low = raw.lower()
    if any(w in low for w in _R54_GATE_WORDS) or ("voor " in low and any(w in low for w in _R54_FRIEND_WORDS)):
        return True
    return _R54_INITIAL_RE.search(raw) is not None


@lru_cache(maxsize=4096)
def redact_round54(raw: str, out: str) -> str:
    """Round 54 on one line (forms A to D)."""
    if _r54_gate(raw):
        out = _line_pass(raw, out, _r54_line_marks)
    return out


_R54_KEEP_GATE = _Lazy(r"\[(?:adres|naam|postcode|nummer)\]")


@lru_cache(maxsize=4096)
def _r54_keep(raw: str, out: str) -> str:
    """What stays: a room and its number in a clinic or home, staff "van de" an institution, an organisation after a
    waiting list or an intake (see the section's head)."""
    if out == raw or _R54_KEEP_GATE.search(out) is None:
        return out
    return _line_keep(raw, out, _r54_kept)


def _r54_kept(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> set[int]:
    n = len(lows)
    keep: set[int] = set()
    runs = _redacted_runs(own, n)
    line = " ".join(lows)
    for s, e, lab in runs:
        # a room and its number: "je kamer is nummer veertien a", "bed twaalf", "deur drie b op de gang"
        if lab in ("[adres]", "[nummer]", "[postcode]"):
            b = s
            while b > 0 and lows[b - 1] in _R54_ROOM_LINK and s - b < 3:
                b -= 1
            body = [lows[x] for x in range(s, e) if lows[x] not in ("nummer", "nr")]
            if b > 0 and lows[b - 1] in _R54_ROOMS and body and _r20_number(body[0]) is not None \
                    and len(body) <= 3 and all(_r20_number(w) is not None or (len(w) == 1 and w.isalpha())
                                               for w in body) \
                    and not any(_is_street_word(w) for w in lows) and "adres" not in line and "post" not in lows:
                keep.update(range(s, e))
            continue
        if lab != "[naam]":
            continue
        # staff "van de" an institution: "de dokter van de pi", "de mensen van het wijkteam"
        b = s
        while b < e and lows[b] in TUSSEN:
            b += 1
        if lows[s] == "van" and s < b < e and all(lows[x] in _R54_INSTITUTIONS for x in range(b, e)) \
                and s > 0 and s - 1 not in own and lows[s - 1] in _R54_STAFF:
            keep.update(range(s, e))
            continue
        # an organisation after a waiting list or an intake: "je staat op de wachtlijst bij hvo querido"
        a = s - 1
        if a >= 0 and lows[a] in ("de", "het") and a not in own:
            a -= 1
        if a >= 1 and lows[a] == "bij" and a not in own and e - s <= 3 \
                and _R54_WAIT_CUE.search(" ".join(lows[max(0, a - 6):a])) is not None \
                and not any(w in _R54_NOT_PERSON_BIJ for w in lows[max(0, a - 3):a]):
            keep.update(range(s, e))
    return keep



_R54_SPELL_FILL = frozenset("met een dus eh uh ehm ja nee dan en dubbel twee nog de letters letter is was".split()) - {"en", "de"}
_R54_LETTER_WORDS = {**LETTER_NAMES, "de": "d", "ie": "i"}
_R54_WEAK_LETTERS = frozenset("de en je we te be pe ve ce ge ie er el ha ij a o e i".split())


@lru_cache(maxsize=1024)
def _r54_spelled_after(text: str, result: str, prev: tuple[str, str]) -> str:
    """Form E: a line of letters only after a line with a redacted name: the letters spell that name ("kidane" / "ka i
    de a en e"), or four letters or more, two of them no short word ("be o es em a")."""
    lows = _r20_lows(text)
    if not 3 <= len(lows) <= 16:
        return result
    letters: list[tuple[int, str]] = []
    for i, w in enumerate(lows):
        if _bare_letter(w) or (len(w) == 1 and w == "u"):
            letters.append((i, w))
        elif w in _R54_LETTER_WORDS:
            letters.append((i, _R54_LETTER_WORDS[w]))
        elif w not in _R54_SPELL_FILL:
            return result
    if len(letters) < 3:
        return result
    spelled = "".join(c for _, c in letters)
    named = {fold(_bare(w)) for i, w in enumerate(_WS.findall(prev[0])) if _redacted_words(prev[0], prev[1]).get(i) == "[naam]"}
    strong = sum(1 for i, _ in letters if lows[i] not in _R54_WEAK_LETTERS)
    if not (any(len(spelled) >= 3 and nm.startswith(spelled) for nm in named) or (len(letters) >= 4 and strong >= 2)):
        return result
    own = _redacted_words(text, result) if result != text else {}
    words = _WS.findall(text)
    if len(words) != len(lows):
        return result
    marks = {**own, **{i: "[naam]" for i, _ in letters}}  # the letters as one name ("[postcode] de a" read as a name)
    return _join_marked(words, marks)


# Form F (window; what the rules alone missed over the development files): a surname said right after a redacted
# given name ("[naam] verboom uit de flat", "[naam] schoonbrood"), and a surname said alone on the line after a line
# with a redacted name ("[naam]" / "siebenga", "[naam]" / "en dan" / "dimedjo"): a word no list knows.
_R54_ALONE_FILL = frozenset("en dan dus ja nee eh uh ehm hm of is het was toch sorry oke ok oké achternaam voornaam "
                            "naam".split())


def _r54_unknown(w: str) -> bool:
    return _unknown_word(w) and w not in TUSSEN and w not in _R52_NOT_NAME and w not in _R54_NAME_END \
        and w not in FIRST_NAMES_AMBIGUOUS and not w.endswith(("ig", "isch", "lijk", "baar", "loos", "heid", "ing"))


@lru_cache(maxsize=1024)
def _r54_alone(text: str) -> tuple[int, ...] | None:
    """The words of a short line that are no filler (indexes), None for a line with an ordinary word or none at all."""
    lows = _r20_lows(text)
    if not 1 <= len(lows) <= 5:
        return None
    got = tuple(i for i, w in enumerate(lows) if w not in _R54_ALONE_FILL)
    if len(got) > 2:
        return None
    return got


def _r54_name_alone(text: str, result: str) -> str:
    got = _r54_alone(text)
    if not got or result != text:
        return result
    lows = _r20_lows(text)
    if not all(_r54_unknown(lows[i]) for i in got) or "?" in text or _R53_AT_WORDS.search(text) \
            or any(w in MAIL_PROVIDERS or w in _R53_TLD for w in lows):
        return result  # an e-mail said in pieces ("apenstaartje" / "gmail punt com")
    words = _WS.findall(text)
    if len(words) != len(lows):
        return result
    return _join_marked(words, {i: "[naam]" for i in got})


def _r54_surname_after(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    n = len(lows)
    marks: dict[int, str] = {}
    for k in range(n - 1):
        if own.get(k) == "[naam]" and own.get(k + 1) is None and _r54_unknown(lows[k + 1]) \
                and (k + 2 >= n or lows[k + 2] in STOP_WORDS or own.get(k + 2) == "[naam]" or lows[k + 2] in _R54_NAME_END):
            marks[k + 1] = "[naam]"
    return marks


# Form G (window; what the rules alone missed): the first word of a street's name said before the redacted street, a
# given name or "verlengde" ("jozef [adres]" of "jozef israëlsstraat twaalf a", "dus august [adres]", "Verlengde
# [adres]"): only where the street word after it is a compound ("-straat", "-plein", "-weg") and no person is spoken of
# before it ("bij", "met", "en").
_R54_NAME_TALK = _Lazy(r"\b(naam|namen|heet|heten|heette|voornaam|achternaam|familienaam|roepnaam|meneer|mevrouw|"
                            r"spel|spelt|spelling|noteer|schrijf|voluit|buurman|buurvrouw|zoon|dochter|man|vrouw|vriend|"
                            r"vriendin|broer|zus|moeder|vader|oom|tante|neef|nicht|collega|baas|ex|opa|oma|mentor|"
                            r"begeleider|partner)\b", re.IGNORECASE)  # names or a person talked about
_R54_STREET_HEAD_BEFORE = frozenset("dus op de het aan naar is adres noteer ja oke ok oké eh uh ehm nou".split())


def _r54_street_head(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    n = len(lows)
    marks: dict[int, str] = {}
    for k in range(n - 1):
        if own.get(k + 1) != "[adres]" or k in own or (k > 0 and lows[k - 1] not in _R54_STREET_HEAD_BEFORE):
            continue
        w, nxt = lows[k], lows[k + 1]
        if not (len(nxt) >= 7 and _is_street_word(nxt) and nxt not in _BARE_STREETS):
            continue
        if w == "verlengde" or (w.isalpha() and w not in STOP_WORDS and w not in TUSSEN and _r20_number(w) is None
                                and (_r35_given(w) or w in FIRST_NAMES or w in FIRST_NAMES_MORE)):
            marks[k] = "[adres]"
    return marks


# ---------------------------------------------------------------------------
# Round 55: people who flee or hide (holdout AY). All own examples. On one line:
# A. a name someone calls himself by: "de huisbaas noemt zich jorge silva", "hij noemt zichzelf tommy", "ze laat zich
#    nikki noemen", "hij heet op straat bram" (only name words: "noemt zich de baas" stays), "gaat door het leven
#    als ricardo";
# B. a spelled name with a syllable left between two redacted pieces ("dus je heet [naam] na [naam]") where a name is
#    spoken of;
# C. letters said as letter names after a redacted postcode ("[postcode]" / "de letters zijn ka de") or at the start
#    of an e-mail ("je mail begint met ka el");
# D. a country domain in an e-mail: "... at yahoo punt co punt id" (two-part domains);
# F. a bank's name in an account number said again ("en el eenenveertig ing": "ing" after [iban]; "en" before a
#    redacted "el" is the N of NL).
# In the window (Redactor._round55): E. a year alone on the line after a date of birth's day and month
#    ("geboortedatum van [naam]" / "zes oktober" / "tweeduizend achttien").
# ---------------------------------------------------------------------------
_R55_SELF_CUE = _Lazy(
    r"\b(?:noem(?:t|de|en|den)? (?:hij |ze |zij |ie )?zich(?:zelf)?|(?:laat|liet|laten|lieten) (?:hij |ze |zij |ie )?"
    r"zich|heet(?:te)? (?:hij |ze |zij |ie )?op straat|door het leven als|noemen ze (?:hem|haar))\b")
_R55_SELF_SKIP = frozenset("gewoon tegenwoordig nu ook wel dan sindsdien eh uh ehm zelf altijd nog steeds".split())
_R55_SELF_AFTER = frozenset("noemen aanspreken".split())
_R55_SYLL_CUE = _Lazy(r"heet|naam|noem|spel|schrijf")
_R55_LETTERS = {**LETTER_NAMES, "de": "d"}
_R55_LETTER_FILL = frozenset("eh uh ehm dus ja".split())
_R55_MAIL_START = _Lazy(r"mail\w* (?:adres )?(?:begint|begon|start) (?:met|op)")
_R55_LOCAL_WORDS = frozenset("liggend streepje underscore laag koppelteken punt".split())
_R55_SLD = frozenset("co com org net ac gov edu or ne".split())
_R55_BANKS = _R24_BANKS | frozenset("abn sns asn regio regiobank rabobank ingbank".split())
_R55_DOMAIN = _Lazy(r"punt (?:co|com|org|net|ac|gov|edu|or|ne) punt [^\W\d_]{2}\b")


def _r55_gate(low: str, out: str, postcode_before: bool) -> bool:
    """Whether a line can hold one of round 55's forms (cheap tests first: most lines hold none)."""
    if "[iban]" in out or ("[naam]" in out and out.count("[naam]") >= 2):
        return True
    if "letters" in low and (postcode_before or "[postcode]" in out):
        return True
    if "zich" in low or "straat" in low or "leven als" in low or "noemen ze" in low:
        if _R55_SELF_CUE.search(low) is not None:
            return True
    if "mail" in low and _R55_MAIL_START.search(low) is not None:
        return True
    return "punt" in low and _R55_DOMAIN.search(low) is not None


def _r55_line_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str], postcode_before: bool = False
                    ) -> dict[int, str]:
    n = len(lows)
    marks: dict[int, str] = {}
    line = " ".join(lows)
    # A. a name someone calls himself by
    for m in _R55_SELF_CUE.finditer(line):
        j = line.count(" ", 0, m.end()) + 1
        while j < n and lows[j] in _R55_SELF_SKIP and j not in own:
            j += 1
        e = j
        while e < n and e - j < 4 and (own.get(e) == "[naam]" or _r54_initial(words[e], lows[e])
                                       or (lows[e] in TUSSEN and e > j) or _r54_namey(lows[e])):
            e += 1
        while e - 1 > j and lows[e - 1] in TUSSEN:
            e -= 1
        if e == j or not (e >= n or lows[e] in _R54_NAME_END or lows[e] in STOP_WORDS or e in own
                          or lows[e] in _R55_SELF_AFTER):
            continue
        if any(own.get(x) == "[naam]" or lows[x] in SURNAMES_SAFE or _unknown_word(lows[x])
               or (_r35_given(lows[x]) and lows[x] not in ORDINARY_WORDS) for x in range(j, e)):
            marks.update({x: "[naam]" for x in range(j, e) if x not in own})
    # B. "[naam] na [naam]": a syllable between two redacted pieces of a name
    if _R55_SYLL_CUE.search(line):
        for k in range(1, n - 1):
            w = lows[k]
            if own.get(k - 1) == "[naam]" and own.get(k + 1) == "[naam]" and k not in own and w.isalpha() \
                    and len(w) <= 3 and w not in STOP_WORDS and w not in TUSSEN and w not in _R54_NAME_END:
                marks[k] = "[naam]"
    # C. letter names after a redacted postcode: "de letters zijn ka de"
    if "letters" in lows and (postcode_before or "[postcode]" in own.values()):
        k = lows.index("letters") + 1
        while k < n and lows[k] in ("zijn", "is", "waren", "dus", "eh", "uh", "ehm", "dan"):
            k += 1
        got = [x for x in range(k, min(n, k + 2)) if lows[x] in _R55_LETTERS or (len(lows[x]) == 1 and lows[x].isalpha())]
        if len(got) == 2 and all(x >= n or lows[x] in _R55_LETTER_FILL or lows[x] in _R54_NAME_END
                                 for x in range(k + 2, n)):
            marks.update({x: "[postcode]" for x in got if x not in own})
    # C. "je mail begint met ka el": the e-mail's first letters
    m = _R55_MAIL_START.search(line)
    if m is not None:
        j = line.count(" ", 0, m.end()) + 1
        got = [x for x in range(j, n) if lows[x] not in _R55_LETTER_FILL]
        if got and len(got) <= 5 and all(lows[x] in _R55_LETTERS or (len(lows[x]) == 1 and lows[x].isalpha())
                                         for x in got) \
                and (len(got) >= 2 or any(lows[x] not in _R54_WEAK_LETTERS for x in got)):
            marks.update({x: "[e-mail]" for x in got if x not in own})
    # D. a two-part country domain: "at yahoo punt co punt id"
    for k in range(1, n - 3):
        if lows[k] == "punt" and lows[k + 1] in _R55_SLD and lows[k + 2] == "punt" and len(lows[k + 3]) == 2 \
                and lows[k + 3].isalpha():
            s = k - 1  # the provider
            if s >= 1 and (_R53_AT_WORDS.fullmatch(lows[s - 1]) or own.get(s - 1) == "[e-mail]"):
                s -= 1
                b = s - 1
                while b >= 0 and s - b <= 8 and (b in own or _r53_namey(lows[b], True) or lows[b] in _R55_LOCAL_WORDS
                                                 or (len(lows[b]) <= 3 and lows[b].isalpha() and lows[b] not in STOP_WORDS and lows[b] not in "uo")
                                                 or _r20_number(lows[b]) is not None):
                    b -= 1
                while b + 1 < s and lows[b + 1] in ("liggend", "punt") and b + 1 not in own:
                    b += 1  # no local part starts with a separator
                s = b + 1
            marks.update({x: "[e-mail]" for x in range(s, k + 4) if x not in own})
    # F. a bank's name after a redacted account number; "en" before a redacted "el" (NL)
    for k in range(n):
        if own.get(k) != "[iban]":
            continue
        if k + 1 < n and k + 1 not in own and lows[k + 1] in _R55_BANKS:
            marks[k + 1] = "[iban]"
        if k >= 1 and lows[k] == "el" and lows[k - 1] == "en" and k - 1 not in own:
            marks[k - 1] = "[iban]"
    return marks


@lru_cache(maxsize=4096)
def redact_round55(raw: str, out: str, postcode_before: bool = False) -> str:
    """Round 55 on one line (forms A to D and F)."""
    if not _r55_gate(raw.lower(), out, postcode_before):
        return out
    return _line_pass(raw, out, partial(_r55_line_marks, postcode_before=postcode_before))


_R55_BIRTH = frozenset("geboortedatum geboren geboortedag jarig verjaardag".split())


def _r55_year_after_birth(text: str, result: str, p1: tuple[str, str], p2: tuple[str, str] | None) -> str:
    """Form E: a year alone on the line after a line with a month that the rules took, a birth spoken of there or on
    the line before it."""
    lows = _r20_lows(text)
    if not 1 <= len(lows) <= 6 or not any(w in ("tweeduizend", "negentien") for w in lows):
        return result
    prev = _r20_lows(p1[0])
    if p1[0] == p1[1] or not any(w in MONTHS for w in prev):
        return result
    if not any(w in _R55_BIRTH for w in prev) and not (p2 is not None and any(w in _R55_BIRTH for w in _r20_lows(p2[0]))):
        return result
    words = _WS.findall(text)
    if len(words) != len(lows):
        return result
    own = _redacted_words(text, result) if result != text else {}
    marks = _year_alone(lows, own, lambda k: None)
    return _merge(text, result, marks) if marks else result


# ---------------------------------------------------------------------------
# Round 56: students and young adults in their first homes (holdout AZ). All own examples. On one line:
# A. data said in English: a house number in English number words after a redacted street ("[adres] two hundred and
#    six a"), a date of birth in English ("the third of may two thousand five", "may the third"), a birth spoken of;
# B. a name spelled in English letter names as a Dutch recognizer writes them ("ei bie sie", "dabbeljoe ei wai") where a
#    name is spoken of on the line or the line before ("so your name is", "last name", "you spell"), the name word next
#    to the letters, the name after an English cue ("so your name is ioana", "and your first name yuxin");
# C. a foreign IBAN's country code before a redacted number: "el tee", "l t", "dee ee", "b e", "f r", "i e"; written
#    "LT61", "DE27" before the digit groups;
# D. a name on a letter or a lease ("de brief is gericht aan andreea popescu", "staat op naam van"); a first name and a
#    surname with a particle before "uit <town>" ("lieselot de smet uit gent");
# E. a room or unit after a redacted address: "[adres] unit d", "kamer a veertien", "studio b twee";
# F. a phone number with a misheard first digit ("nul zus" for "nul zes").
# What stays (_r56_keep): an amount of rent or study debt ("de huur is vierhonderdvijftig"), a course code ("ee em ee
# twee nul eenendertig is het vak"), English "at" and "so" in ordinary talk ("so you were at the station at two"), an
# institution after "at" ("the student psychologist at erasmus") and the English staff word before it.
# ---------------------------------------------------------------------------
_R56_EN_UNITS = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                 "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
                 "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_R56_EN_NUM = frozenset(_R56_EN_UNITS) | {"hundred", "thousand"}
_R56_EN_ORD = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth 1st 2nd 3rd 4th 5th 6th 7th 8th 9th "
    "10th 11th 12th 13th 14th 15th 16th 17th 18th 19th 20th 21st 22nd 23rd 24th 25th 26th 27th 28th 29th 30th "
    "31st".split())
_R56_EN_MONTHS = frozenset("january february march april may june july august september october november "
                           "december".split())
_R56_BIRTH = _Lazy(r"\b(?:birth|born|birthday|geboren|geboorte\w*|jarig)\b")
# English letter names as a Dutch recognizer writes them
_R56_EN_LETTERS = frozenset(
    "ei bie sie die ie ef dzjie dzjee eidsj eetsj aai dzjei kee el em en oo pie kjoe aar es tie joe vie dabbeljoe "
    "dubbeljoe eks wai zed zet dee ee bee gee tee pee vee".split())
# letter names that are ordinary Dutch words as well: a run of only these is no spelling
_R56_WEAK = frozenset("die en es el em ee ie oo joe ei tie pie zet bie kee vie".split())
_R56_NAME_CUE = _Lazy(
    r"\b(?:name|names|spell|spelled|spelling|surname|naam|achternaam|voornaam|spel|spelt|spellen)\b")
_R56_EN_NAME_CUE = _Lazy(
    r"\b(?:(?:your|my|his|her|their) )?(?:(?:first|last|family|given|full|middle) )?(?:name|surname)"
    r"(?: is| was|'s| it's)?\b")
_R56_EN_FILL = frozenset(
    "is was it's its so uh um eh ehm er like then and okay ok yes yeah right that this the a an of again please "
    "correct here there too also just now what how on in at to for by with from please sorry".split())
_R56_EN_STOP = _SP_EN_NOT_NAMES | _R56_EN_FILL | frozenset(
    "can could would will you we they he she it i me him her them not no do does did have has had be been am are "
    "were want wanted need call called see know think tell told said say ask asked check write spell".split())
_R56_IBAN_CC = frozenset("lt de be fr ie es it gb lu at pl pt ch dk se fi no lv ee gr ro bg hr si sk cz hu mt cy li "
                         "is mc sm gi".split())
_R56_LETTER_OF = {**LETTER_NAMES, "el": "l", "tee": "t", "dee": "d", "ee": "e", "bie": "b", "ef": "f", "aar": "r",
                  "aai": "i", "ie": "i", "ei": "a", "pie": "p", "es": "s", "ie.": "i"}
_R56_CC_WORD = frozenset("be lt fr lu gb pl pt dk lv".split())  # not "de", "es", "it", "is", "no", "at", "ie"
_R56_CC_BEFORE = frozenset("is was dus ja rekening iban eh uh ehm met begint".split())
_R56_CC_GLUED = _Lazy(r"^([a-z]{2})(\d{2})$")
_R56_LETTER_CUE = _Lazy(
    r"\b(?:gericht aan|geadresseerd aan|staat (?:ook )?op (?:je |zijn |haar |de )?naam(?: van)?|op naam van|"
    r"addressed to|in the name of)\b")
_R56_UNITS = frozenset("unit kamer studio room appartement apartment app suite box".split())
_R56_MISHEARD = {"zus": 6, "zeis": 6, "zis": 6, "sex": 6, "zex": 6}
_R56_NUMBER_LABELS = frozenset("[iban] [telefoonnummer] [nummer] [bsn]".split())


_R56_STREET_ENDS = ("straat", "laan", "weg", "plein", "singel", "gracht", "kade", "dijk", "hof", "park", "pad",
                    "steeg", "dreef", "baan", "veld", "plantsoen")


_R56_PARTICLE_UIT = _Lazy(r"\b(?:de|van|der|den|le|la|da|di|du|dos|del|ten|ter|vanden|vander|d'|von|mc) \S+ uit\b")


_R56_GATE_RE = _Lazy(
    r"name|spell|hundred|thousand|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b|unit|kamer|"
    r"studio|room|suite|\bbox\b|birth|born|geboren|\d|gericht aan|geadresseerd aan|naam|addressed|"
    r"\b(?:de|van|der|den|le|la|da|di|du|dos|del|ten|ter|vanden|vander|d'|von|mc) \S+ uit\b|"
    r"\bnul (?:zus|zeis|zis|sex|zex)\b")


def _r56_gate(low: str, out: str, prev_cue: bool) -> bool:
    """Whether a line can hold one of round 56's forms (one search: most lines hold none)."""
    if prev_cue or "[iban]" in out or "[telefoonnummer]" in out or "[nummer]" in out or "[bsn]" in out:
        return True
    return _R56_GATE_RE.search(low) is not None


def _r56_en_number_end(lows: tuple[str, ...], k: int) -> int:
    """The end of a run of English number words from k ("one hundred and four"), k if there is none."""
    n = len(lows)
    e = k
    while e < n and (lows[e] in _R56_EN_NUM or (lows[e] == "and" and e + 1 < n and lows[e + 1] in _R56_EN_NUM)):
        e += 1
    return e


def _r56_letter_of(w: str) -> str | None:
    if len(w) == 1 and w.isalpha() and w.isascii():
        return w
    return _R56_LETTER_OF.get(w)


def _r56_letter(w: str) -> bool:
    return w in _R56_EN_LETTERS or w in LETTER_NAMES or (len(w) == 1 and w.isalpha())


def _r56_line_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str], prev_cue: bool = False
                    ) -> dict[int, str]:
    n = len(lows)
    marks: dict[int, str] = {}
    line = " ".join(lows)
    # A. a house number in English number words after a redacted street, a letter after it
    for k in range(1, n):
        street = own.get(k - 1) == "[adres]" or (k - 1 not in own and _is_street_word(lows[k - 1]))
        if street and k not in own and lows[k] != "oh" and (
                lows[k] in _R56_EN_NUM or (lows[k] == "and" and k + 1 < n and lows[k + 1] in _R56_EN_NUM)):
            e = _r56_en_number_end(lows, k)
            if e < n and e not in own and (len(lows[e]) == 1 and lows[e].isalpha() or lows[e] in ("bee", "bie", "sie", "dee", "die", "ei", "aa")) \
                    and lows[e] not in ("i",):
                e += 1
            if e > k and k - 1 not in own:
                marks[k - 1] = "[adres]"
            marks.update({x: "[adres]" for x in range(k, e)})
    # A. a date of birth in English: "the ninth of october two thousand four", "october the ninth"
    if _R56_BIRTH.search(line) is not None or prev_cue == "birth":
        for k in range(n):
            if lows[k] not in _R56_EN_MONTHS and not (lows[k] in MONTHS and lows[k] != "mei"):
                continue
            s, e = k, k + 1
            if k >= 2 and lows[k - 1] == "of" and (lows[k - 2] in _R56_EN_ORD or _r20_number(lows[k - 2]) is not None
                                                 or lows[k - 2] in _R56_EN_UNITS):
                s = k - 2
                while s > 0 and lows[s - 1] in _R56_EN_NUM and k - s < 4:
                    s -= 1
                if s > 0 and lows[s - 1] == "the":
                    s -= 1
            elif k + 1 < n and (lows[k + 1] in _R56_EN_ORD or (lows[k + 1] == "the" and k + 2 < n and lows[k + 2] in _R56_EN_ORD)):
                e = k + 2 if lows[k + 1] != "the" else k + 3
            elif k > 0 and (lows[k - 1] in _R56_EN_ORD or lows[k - 1] in _R56_EN_UNITS):
                s = k - 1
            else:
                continue
            if e < n and lows[e] == "of" and e + 1 < n and lows[e + 1] in _R56_EN_NUM:
                e += 1
            e2 = _r56_en_number_end(lows, e)
            if e2 == e:
                while e2 < n and (_r20_number(lows[e2]) is not None) and e2 - e < 4:
                    e2 += 1
            marks.update({x: "[datum]" for x in range(s, e2) if x not in own})
    # B. letter names spelling a name; the name word next to them; a name after an English cue
    cue = prev_cue == "name" or _R56_NAME_CUE.search(line) is not None
    if cue:
        k = 0
        while k < n:
            if k in own and own[k] != "[naam]" and own[k] != "[postcode]":
                k += 1
                continue
            if not (_r56_letter(lows[k]) or own.get(k) in ("[naam]", "[postcode]")):
                k += 1
                continue
            s = k
            while k < n and (_r56_letter(lows[k]) or own.get(k) in ("[naam]", "[postcode]")):
                k += 1
            letters = [x for x in range(s, k) if x not in own]
            strong = [x for x in range(s, k) if _r56_letter(lows[x]) and lows[x] not in _R56_WEAK and len(lows[x]) > 1]
            if k - s >= 3 and (len(strong) >= 2 or (strong and k - s >= 4)):
                marks.update({x: "[naam]" for x in letters})
                for x in (s - 1, k):
                    if 0 <= x < n and x not in own and lows[x] not in _R56_EN_STOP and _r53_namey(lows[x], True):
                        marks[x] = "[naam]"
        for m in _R56_EN_NAME_CUE.finditer(line):
            j = line.count(" ", 0, m.end()) + 1
            while j < n and lows[j] in ("is", "was", "uh", "um", "eh", "ehm", "so") and j not in own:
                j += 1
            e = j
            while e < n and e - j < 3 and e not in own and lows[e] not in _R56_EN_STOP and lows[e] not in TUSSEN \
                    and _r53_namey(lows[e], True):
                e += 1
            marks.update({x: "[naam]" for x in range(j, e)})
    # C. a foreign IBAN's country code before a redacted number; "LT61 3250 ..." written
    for k in range(n - 1):
        a, b = _r56_letter_of(lows[k]), _r56_letter_of(lows[k + 1])
        if a is None or b is None or k in own or a + b not in _R56_IBAN_CC:
            continue
        x = k + 2
        if x < n and (own.get(x) in _R56_NUMBER_LABELS or (x not in own and _r20_number(lows[x]) is not None
                                                           and own.get(x + 1) in _R56_NUMBER_LABELS)):
            marks[k] = marks[k + 1] = "[iban]"
            if x not in own:
                marks[x] = "[iban]"
    for k in range(n - 1):  # "be [telefoonnummer]": a code said as one word at the start
        if lows[k] in _R56_CC_WORD and k not in own and own.get(k + 1) in _R56_NUMBER_LABELS \
                and (k == 0 or lows[k - 1] in _R56_CC_BEFORE):
            marks[k] = "[iban]"
    for k in range(n):
        m = _R56_CC_GLUED.match(lows[k])
        if m is None or m.group(1) not in _R56_IBAN_CC:
            continue
        e = k + 1
        while e < n and (own.get(e) in _R56_NUMBER_LABELS or (lows[e].isdigit() and len(lows[e]) <= 4)):
            e += 1
        if e - k >= 3 or (e - k >= 2 and any(own.get(x) in _R56_NUMBER_LABELS for x in range(k + 1, e))):
            marks.update({x: "[iban]" for x in range(k, e) if x not in own})
    # D. a name on a letter or a lease
    for m in _R56_LETTER_CUE.finditer(line):
        j = line.count(" ", 0, m.end()) + 1
        e = j
        while e < n and e - j < 4 and (own.get(e) == "[naam]" or (e not in own and (
                _r53_namey(lows[e], True) or (lows[e] in TUSSEN and e > j)))):
            e += 1
        while e - 1 > j and lows[e - 1] in TUSSEN:
            e -= 1
        if e > j and any(own.get(x) == "[naam]" or _r53_namey(lows[x]) or _r35_given(lows[x]) for x in range(j, e)):
            marks.update({x: "[naam]" for x in range(j, e) if x not in own})
    # D. "<first> de <surname> uit <town>"
    if "uit" in lows:
        for u in range(3, n):
            if lows[u] != "uit":
                continue
            t = u - 1
            p = t - 1
            while p >= 1 and lows[p] in TUSSEN and t - p < 3:
                p -= 1
            if p == t - 1 or p < 0:
                continue
            sur, first = lows[t], lows[p]
            if not (sur.isalpha() and len(sur) >= 3 and sur not in STOP_WORDS and _r20_number(sur) is None):
                continue
            if not ((_r35_given(first) or first in FIRST_NAMES) and first not in ORDINARY_WORDS
                    or _r53_namey(first)):
                continue
            if p > 0 and lows[p - 1] not in STOP_WORDS and lows[p - 1] not in _R56_EN_FILL and p - 1 not in own:
                continue
            marks.update({x: "[naam]" for x in range(p, u) if x not in own})
    # E. a room or unit after a redacted address
    for k in range(1, n - 1):
        if own.get(k - 1) != "[adres]" or k in own or lows[k] not in _R56_UNITS:
            continue
        e = k + 1
        while e < n and e - k <= 3 and e not in own and (
                (len(lows[e]) == 1 and lows[e].isalpha()) or lows[e] in LETTER_NAMES or _r20_number(lows[e]) is not None):
            e += 1
        if e > k + 1:
            marks.update({x: "[adres]" for x in range(k, e)})
    # F. a phone number with a misheard first digit: "nul zus [telefoonnummer]"
    for k in range(n - 2):
        if lows[k] != "nul" or lows[k + 1] not in _R56_MISHEARD or k in own:
            continue
        if own.get(k + 2) == "[telefoonnummer]":
            marks[k] = marks[k + 1] = "[telefoonnummer]"
            continue
        digits, e = 2, k + 2
        while e < n and e not in own and (v := _r20_number(lows[e])) is not None and digits < 10:
            digits += len(str(v))
            e += 1
        if digits == 10:
            marks.update({x: "[telefoonnummer]" for x in range(k, e)})
    return marks


@lru_cache(maxsize=4096)
def redact_round56(raw: str, out: str, prev_cue: str = "") -> str:
    """Round 56 on one line (forms A to F); `prev_cue` says what the line before spoke of ("name", "birth")."""
    if not _r56_gate(raw.lower(), out, bool(prev_cue)):
        return out
    return _line_pass(raw, out, partial(_r56_line_marks, prev_cue=prev_cue))


_R56_MONEY = frozenset("huur kale studieschuld schuld lening duo toeslag huurtoeslag zorgtoeslag rent debt loan kosten "
                       "kost betaal betaalt betaalde servicekosten borg deposit aflossing rente".split())
_R56_MONEY_LINK = frozenset("is was wordt werd van ongeveer zo'n zon maar nog dus eh uh ehm per maand nu al bijna is".split())
_R56_COURSE = frozenset("vak vakken course module tentamen toets herkansing college cursus exam examen studiepunten "
                        "ects vakcode coursecode".split())
_R56_STAFF = frozenset("psychologist psycholoog counsellor counselor advisor adviser mentor tutor dean coach doctor "
                       "nurse teacher professor lecturer supervisor office desk studentenpsycholoog "
                       "studieadviseur decaan".split())
_R56_SCHOOLS = frozenset("erasmus uva vu tilburg leiden utrecht groningen radboud maastricht delft eindhoven twente "
                         "wageningen tu hva hu hanze fontys avans saxion inholland windesheim han buas hz nhl stenden "
                         "zuyd rotterdam amsterdam nijmegen university uni universiteit hogeschool college campus "
                         "rug eur tue uu ru hr".split())
_R56_EN_WORDS = frozenset("you were was the my your his her at is are o'clock oclock station home work school "
                          "i we they it".split())
_R56_KEEP_GATE = _Lazy(r"\[(?:adres|naam|postcode|nummer|iban|telefoonnummer|bsn|e-mail|datum)\]")


# English words of ordinary talk (no word that is a given name as well: "will", "may", "grace", "hope" are left out)
_R56_EN_FUNCTION = frozenset("i you he she we they it my your his her our their me him us them is are was were am be "
                             "been do does did can could would should the a an at to of for with that this what".split())
_R56_EN_COMMON = _R56_EN_FUNCTION | frozenset(
    "can spell that for me alone here there never always feel felt home house room now then just really very so too "
    "not no yes okay ok please sorry thanks again tonight today tomorrow yesterday anymore anyone someone nobody "
    "everyone friends friend parents family people student students study class classes course exam".split())


@lru_cache(maxsize=4096)
def _r56_keep(raw: str, out: str) -> str:
    """What stays (see the section's head): rent and study debt, a course code, English "at" and "so", an institution
    after "at"."""
    if out == raw or _R56_KEEP_GATE.search(out) is None:
        return out
    low = raw.lower()
    if not (any(w in low for w in _R56_MONEY) or any(w in low for w in _R56_COURSE) or " at " in low
            or low.startswith("so ") or " so " in low or " you " in low or low.startswith(("i ", "my "))):
        return out
    return _line_keep(raw, out, _r56_kept)


def _r56_kept(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> set[int]:
    n = len(lows)
    keep: set[int] = set()
    runs = _redacted_runs(own, n)
    mail = any(w in ("punt", "dot", "apenstaartje", "com", "nl") or w in MAIL_PROVIDERS or "@" in w for w in lows)
    english = sum(w in _R56_EN_COMMON for w in lows) >= 3 and any(w in ("you", "your", "my", "the", "we", "they")
                                                               for w in lows)
    for s, e, lab in runs:
        body = lows[s:e]
        # rent or study debt: "de huur is vierhonderdvijftig"
        if lab != "[naam]" and e - s <= 3 and all(_r20_number(w) is not None or w == "euro" for w in body) \
                and "nul" not in body:
            b = s - 1
            while b >= 0 and lows[b] in _R56_MONEY_LINK and b not in own and s - b < 4:
                b -= 1
            if b >= 0 and b not in own and lows[b] in _R56_MONEY:
                keep.update(range(s, e))
                continue
        # a course code: letters and digits before or after a course word
        if e - s <= 8 and all(_r20_number(w) is not None or _r56_letter(w) for w in body) \
                and any(_r56_letter(w) for w in body) and (any(_r20_number(w) is not None for w in body) or (
                    e < n and _r20_number(lows[e]) is not None)):
            near = lows[max(0, s - 3):s] + lows[e:e + 8]
            if any(w in _R56_COURSE for w in near):
                keep.update(range(s, e))
                continue
        # English "at" and "so" in ordinary talk
        if lab == "[e-mail]" and not mail and (sum(w in _R56_EN_WORDS for w in body) >= 2 or all(
                w in _R56_EN_WORDS or w in _R56_EN_STOP for w in body)):
            keep.update(range(s, e))
            continue
        # English words of ordinary talk taken for a name or a mail ("can you spell that", "alone here", "never at")
        if lab in ("[naam]", "[e-mail]") and english and all(w in _R56_EN_COMMON for w in body):
            keep.update(range(s, e))
            continue
        # an institution after "at", the staff word before it
        if lab == "[naam]":
            staff = [x for x in range(s, e) if lows[x] in _R56_STAFF]
            at = s - 1
            if at >= 1 and lows[at] == "at" and at not in own and (
                    lows[at - 1] in _R56_STAFF or lows[at - 1] in ("study", "studies", "studying", "student", "work",
                                                                   "works", "working")
                    or (at - 1 in own and lows[at - 1] in _R56_STAFF)) and lows[s] in _R56_SCHOOLS and e - s <= 4:
                keep.update(range(s, e))
            if staff and e < n and lows[e] == "at" and all(lows[x] in _R56_STAFF or lows[x] in _R56_EN_STOP
                                                           for x in range(s, e)):
                keep.update(range(s, e))
    return keep


# ---------------------------------------------------------------------------
# Round 57: neighbours and people in flats, shared houses and corporation homes (holdout BA). All own examples. On the
# line as the rules and the tagger left it:
# A. a written postcode after the word "postcode", glued to its letters ("postcode 8011PK genoteerd"; a "pk" after a
#    number elsewhere stays horsepower);
# B. a surname after a redacted phone number or IBAN, with or without a role word ("[telefoonnummer] van huismeester
#    ramdin", "[iban] t.n.v. M. Bouzid"): the number's owner or the account holder;
# C. a first name after "voornaam" at the end of a question, when a name was just said ("mevrouw [naam], voornaam X?");
# D. an unknown (Frisian, regional) first name before a redacted surname after "bent", "is", "heet";
# E. a neighbour's bare house number after a redacted address ("de buurvrouw op zestien");
# F. an unknown name after "<role> heet" ("de beheerder heet jo vandaal");
# G. for the rules alone: "dash b" after a redacted address; a day and month on the line after a birthday was asked
#    for ("wanneer ben je jarig" / "twaalf maart"); a day alone after "geboren op de" ("geboren op de negende").
# What stays: units after numbers, "op veertien" as a floor or a bus line, role words without a name, "voornaam" in
# ordinary talk.
# ---------------------------------------------------------------------------
_R57_GATE = _Lazy(r"postcode|\[telefoonnummer\]|\[iban\]|voornaam|\[naam\]|\[adres\]|heet|geboren")
_R57_ROLES = ("huismeester|conci[eë]rge|buurman|buurvrouw|buurjongen|buurmeisje|verhuurder|huisbaas|beheerder|"
              "opzichter|eigenaar|eigenares|complexbeheerder|woonconsulent|bovenbuurman|bovenbuurvrouw|"
              "onderbuurman|onderbuurvrouw|huisgenoot|huisgenote")
_R57_POSTCODE = _Lazy(r"(?i)(\bpostcode\s*:?\s+)(\d{4}\s?[a-z]{2})\b")
_R57_AFTER_NUMBER = _Lazy(
    r"(\[(?:telefoonnummer|iban)\],?\s+(?:(?:t\.?\s?n\.?\s?v\.?|ten name van|op naam van|van|voor)\s+)?"
    r"(?:(?:de|het|mijn|je|jouw|onze|uw|zijn|haar)\s+)?(?P<role>(?:" + _R57_ROLES + r"|meneer|mevrouw)\s+)?"
    r"(?:[A-Za-z]\.\s?)*)(?P<name>[A-Za-zÀ-ÿ][a-zà-ÿ'\-]+)\b")
_R57_VOORNAAM = _Lazy(r"(\bvoornaam,?\s+)([A-Za-zÀ-ÿ][a-zà-ÿ'\-]+)(\s*\?\s*)$", re.IGNORECASE)
_R57_VOORNAAM_STOP = frozenset(
    "is was dan niet ook toch eigenlijk en of nog van he hè hoor graag alsjeblieft alstublieft alleen maar zo wel "
    "even gewoon die dat je jij u uw mijn zijn haar weer nodig vergeten kwijt genoemd gezegd gespeld weten zeggen "
    "noemen spellen horen".split())
_R57_BEFORE_NAME = _Lazy(r"(\b(?:bent|ben|is|heet|heten|was)\s+)([a-zà-ÿ][a-zà-ÿ'\-]+)(\s+\[naam\])",
                              re.IGNORECASE)
_R57_NUM = (r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|"
            r"zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|"
            r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n(?:twintig|dertig|veertig|vijftig|zestig|zeventig|"
            r"tachtig|negentig)|\d{1,3})")
_R57_NEIGHBOUR = _Lazy(
    r"(\b(?:buurman|buurvrouw|buren|bovenburen|benedenburen|onderburen|buurjongen|buurmeisje|bovenbuurman|"
    r"bovenbuurvrouw|onderbuurman|onderbuurvrouw)\b[^\[\]]*?\b(?:op|op nummer|nummer)\s+)(" + _R57_NUM +
    r"(?:\s+[a-d])?)(?=\s*(?:[,.?!]|$|\ben\b|\bmaar\b|\bdie\b|\bwoont\b))", re.IGNORECASE)
_R57_HEET = _Lazy(
    r"(\b(?:" + _R57_ROLES + r")\s+heet\s+)([a-zà-ÿ][a-zà-ÿ'\-]+)(?:\s+([a-zà-ÿ][a-zà-ÿ'\-]+))?(?=\s*(?:[,.?!]|$))",
    re.IGNORECASE)
_R57_DASH = _Lazy(r"(\[adres\])\s+(?:dash|streepje|liggend streepje|min)\s+[a-d]\b", re.IGNORECASE)
_R57_MONTHS = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
_R57_DAY = (r"(?:" + _R57_NUM + r"|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|"
            r"twaalfde|dertiende|veertiende|vijftiende|zestiende|zeventiende|achttiende|negentiende|twintigste|"
            r"dertigste|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n(?:twintigste)|eenendertigste)")
_R57_DAY_MONTH = _Lazy(r"\b(?:de\s+)?" + _R57_DAY + r"\s+" + _R57_MONTHS + r"\b", re.IGNORECASE)
_R57_BORN_DAY = _Lazy(
    r"(\bgeboren\s+op\s+de\s+)(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|"
    r"twaalfde|dertiende|veertiende|vijftiende|zestiende|zeventiende|achttiende|negentiende|twintigste|dertigste|"
    r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n(?:twintigste)|eenendertigste)(?=\s*(?:[,.?!]|$|\bja\b|"
    r"\bof\b|\ben\b))", re.IGNORECASE)


def _r57_unknown(w: str) -> bool:
    """A word no ordinary Dutch word: a name as far as these forms go."""
    low = w.lower().strip("'-")
    return len(low) >= 2 and low not in ORDINARY_WORDS and fold(low) not in ORDINARY_WORDS


def _r57_after_number(m: re.Match) -> str:
    name = m.group("name")
    if (m.group("role") or name[0].isupper()) and _r57_unknown(name):
        return m.group(1) + "[naam]"
    return m.group(0)


def _r57_heet(m: re.Match) -> str:
    words = [w for w in (m.group(2), m.group(3)) if w]
    if any(_r57_unknown(w) for w in words) and not any(w.lower() in _R57_VOORNAAM_STOP for w in words):
        return m.group(1) + "[naam]"
    return m.group(0)


_R57_KEEP_VOORNAAM = _Lazy(r"\bvoornaam is (genoeg|voldoende|prima|goed|oké|oke|ok|fijn)\b", re.IGNORECASE)
_R57_KEEP_HULP = _Lazy(r"\bop de (eerste) hulp\b", re.IGNORECASE)


def _r57_keep(raw: str, out: str) -> str:
    """What stays: "je voornaam is genoeg" (no name), "geboren op de eerste hulp" (a place, no date)."""
    if "[naam]" in out and "voornaam is [naam]" in out and (m := _R57_KEEP_VOORNAAM.search(raw)) is not None \
            and out.count("voornaam is [naam]") == 1:
        out = out.replace("voornaam is [naam]", "voornaam is " + m.group(1))
    if "[datum] hulp" in out and (m := _R57_KEEP_HULP.search(raw)) is not None and out.count("[datum] hulp") == 1:
        out = out.replace("[datum] hulp", m.group(1) + " hulp")
    return out


def redact_round57(raw: str, out: str, prev_cue: str = "") -> str:
    """Round 57 on one line (forms A to G); `prev_cue` says what the line before spoke of ("name", "birth")."""
    low = out.lower()
    if "[" in out and ("voornaam is [naam]" in out or "[datum] hulp" in out):
        out = _r57_keep(raw, out)
        low = out.lower()
    if _R57_GATE.search(low) is None and prev_cue != "birth":
        return out
    new = out
    if "postcode" in low:
        new = _R57_POSTCODE.sub(r"\1[postcode]", new)
    if "[telefoonnummer]" in new or "[iban]" in new:
        new = _R57_AFTER_NUMBER.sub(_r57_after_number, new)
    if "voornaam" in low and ("[naam]" in new or ", voornaam" in low):
        new = _R57_VOORNAAM.sub(lambda m: m.group(0) if m.group(2).lower() in _R57_VOORNAAM_STOP
                                else m.group(1) + "[naam]" + m.group(3), new)
    if "[naam]" in new:
        new = _R57_BEFORE_NAME.sub(lambda m: m.group(1) + "[naam]" + m.group(3) if _r57_unknown(m.group(2))
                                   else m.group(0), new)
    if "[adres]" in new:
        new = _R57_NEIGHBOUR.sub(r"\1[adres]", new)
        new = _R57_DASH.sub(r"\1", new)
    if "heet" in low:
        new = _R57_HEET.sub(_r57_heet, new)
    if prev_cue == "birth":
        new = _R57_DAY_MONTH.sub("[datum]", new)
    if "geboren" in low:
        new = _R57_BORN_DAY.sub(r"\1[datum]", new)
    return new


# ---------------------------------------------------------------------------
# Round 58: everyday life full of names that are not people's (holdout BB). All own examples. Last, on the line as said
# and as the other rounds left it. What stays (a run of words the others took as a name or an address):
# A. an animal's name: "<pet word> heet X", "een <pet word> die X heet", "<possessive> <pet word> X" (one word), and
#    "de dierenarts zei dat X" (one word, the vet in the line);
# B. a boat's or thing's name after "heet de" when the line speaks of a boat, ship, caravan ("de boot heet de johanna");
# C. a figure on television or on stage: "meneer de uil uit de fabeltjeskrant" (the programme in the line), a character
#    on the line after a soap was named ("... goede tijden slechte tijden ..." / "en X Y deed weer ..."), a singer
#    before a concert hall ("een kaartje voor X in ahoy");
# D. a role after "meneer de" / "mevrouw de" ("meneer de voorzitter van de club");
# E. "familie" before a preposition ("de hele familie in het restaurant");
# F. an institution's name after verpleeghuis, zorgcentrum, school ... where one works ("kok in het verpleeghuis de
#    wielewaal").
# What goes: G. a Chinese syllable after a redacted name after "bent", "heet" ("jij bent [naam] yang");
# H. a one-word answer to "hoe mag ik je noemen" on the next line, and that word again with a surname after it.
# A person's name next to these forms still goes: "de hond van meneer de vries", "de eigenaar heet kees bakker", "de
# familie jansen", "meneer de jong".
# ---------------------------------------------------------------------------
_R58_PETS = frozenset(
    "hond hondje honden kat katje katten poes poesje poezen kater konijn konijntje konijnen parkiet parkietje "
    "parkieten paard paardje paarden pony cavia caviaatje hamster hamstertje rat ratje muis muisje vogel vogeltje "
    "kanarie papegaai schildpad kip kippen geit geitje schaap schaapje ezel pup puppy kitten vis visje goudvis "
    "slang hagedis fret grasparkiet valkparkiet".split())
_R58_PET_OWNERS = frozenset("de het een mijn je jouw jullie onze ons zijn haar hun uw die dat deze".split())
_R58_BOATS = _Lazy(r"\b(?:boot|bootje|schip|schuit|zeilboot|sloep|kotter|tjalk|botter|jacht|caravan|"
                        r"camper|kano|motorboot|platbodem|vrachtschip|binnenvaartschip|vissersboot|kajuitboot)\b")
_R58_BOAT_CONTEXT = _Lazy(r"\b(?:haven|jachthaven|kant|winterstalling|zeilen|zeilt|zeilde|varen|vaart|voer|"
                               r"vakantie|regatta|wedstrijd)\b")
_R58_BOAT_HOME = _Lazy(r"\b(?:woonboot|ligplaats|woon|woont|wonen|woonde|adres|kade|steiger)\b")
_R58_BOAT_STOP = frozenset("en maar die dat is was ligt lag want van uit met in op bij voor en of ja toch naar".split())
_R58_ROLES = frozenset(
    "voorzitter directeur directrice dokter burgemeester minister president rector dominee pastoor rechter notaris "
    "agent conducteur wethouder officier generaal professor penningmeester secretaris secretaresse juf meester "
    "kapitein schipper commissaris inspecteur hoofdagent advocaat dierenarts tandarts huisarts verpleegkundige "
    "zuster voorzitster koster trainer scheidsrechter uil".split())
_R58_TV = _Lazy(r"\b(?:fabeltjeskrant|sesamstraat|televisie|tv|tekenfilm|serie|programma|film|soap)\b")
_R58_SOAPS = _Lazy(r"\b(?:goede tijden(?: slechte tijden)?|gtst|onderweg naar morgen|zoop|spangas|flikken "
                        r"maastricht|baantjer|penoza|de luizenmoeder|het zandkasteel|swiebertje|sesamstraat|"
                        r"de fabeltjeskrant|soap|serie)\b")
_R58_SOAP_VERBS = frozenset("deed doet was is zei zegt ging gaat speelde speelt kreeg krijgt had heeft".split())
_R58_HALLS = _Lazy(r"\b(?:ahoy|ziggo dome|gelredome|concertgebouw|paradiso|melkweg|afas live|tivoli|carr[eé]|"
                        r"de kuip|johan cruijff arena|het concert|concert|optreden)\b")
_R58_PREPS = frozenset("in bij aan naar met om rond tijdens na voor uit".split())
# where a family is together ("in het restaurant"); no noun of a surname with "in het"/"in de" ("in het veld")
_R58_FAMILY_PLACES = frozenset("restaurant huis tuin park kerk ziekenhuis hotel strand zwembad café cafe vakantiehuis "
                               "auto trein bus vliegtuig kamer keuken woonkamer huiskamer buitenland weekend "
                               "vakantie kerstvakantie zomervakantie feest bruiloft begrafenis crematorium verjaardag "
                               "pretpark dierentuin camping caravan moskee synagoge tempel".split())
_R58_PLACES = frozenset("verpleeghuis zorgcentrum woonzorgcentrum bejaardentehuis verzorgingshuis school basisschool "
                        "middelbare kinderdagverblijf creche crèche kinderopvang hospice revalidatiecentrum "
                        "zorginstelling tehuis buurthuis wijkcentrum".split())
_R58_WORK = _Lazy(r"\b(?:werk|werkt|werkte|werken|gewerkt|kok|schoonmaker|vrijwilliger|vrijwilligster|stage|"
                       r"stagiair|verzorgende|verpleegkundige|zuster|leraar|lerares|juf|meester|conciërge|concierge|"
                       r"baan|dienst|diensten)\b")
_R58_GATE = _Lazy(r"heet|dierenarts|meneer de|mevrouw de|familie|kaartje|ticket|" + "|".join(
    sorted(_R58_PETS | _R58_PLACES)) + r"|fabeltjeskrant|sesamstraat")
_R58_SYLLABLES = frozenset("yang wang zhang chen liu lin huang zhao zhou xu sun zhu guo gao luo zheng liang song tang "
                           "han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding "
                           "ren shen yao jin fu xie zou cui qin lei long hao ming hui fang jun ying xiu jing ling hong "
                           "xin qing jie tao jia min ping jian qiang yong juan chun zhen zhong".split())
_R58_NAME_ASK = _Lazy(r"\b(?:hoe mag ik (?:je|jou|u) noemen|hoe wil je (?:dat ik je )?(?:genoemd worden|noemen)|"
                           r"hoe noem je jezelf|hoe (?:heet|heette) (?:je|jij|u)|wat is (?:je|jouw|uw) (?:voor)?naam|"
                           r"hoe mag ik u noemen|mag ik je naam)\b")
_R58_NOT_ANSWER = frozenset(
    "ja nee neen oké oke ok eh uh ehm hm hmm nou tja geen weet niet liever anoniem zeg maar gewoon hallo hoi dag "
    "sorry wat pardon goed prima dus jij je u ik mij naam niks niets iets boeit maakt uit anders whatever "
    "hetzelfde mag wil wel iedereen niemand".split())


def _r58_kept(words: list[str], lows: tuple[str, ...], own: dict[int, str], prev: str = "") -> set[int]:
    n = len(lows)
    keep: set[int] = set()
    low = " ".join(lows)
    for s, e, lab in _redacted_runs(own, n):
        if lab == "[naam]":
            body = lows[s:e]
            # A. "de hond heet X", "een parkiet die X heet", "jullie hond X", "de dierenarts zei dat X"
            if e - s == 1:
                if s >= 2 and lows[s - 1] == "heet" and lows[s - 2] in _R58_PETS:
                    keep.add(s)
                elif s >= 2 and lows[s - 1] == "die" and lows[s - 2] in _R58_PETS and e < n and lows[e] == "heet":
                    keep.add(s)
                elif s >= 2 and lows[s - 1] in _R58_PETS and lows[s - 2] in _R58_PET_OWNERS:
                    keep.add(s)
                elif s >= 3 and lows[s - 1] == "dat" and lows[s - 2] in ("zei", "zegt", "denkt", "dacht", "vindt") \
                        and lows[s - 3] == "dierenarts":
                    keep.add(s)
            # B. (below)
            # C, D. "meneer de uil uit de fabeltjeskrant", "meneer de voorzitter van de voetbalclub"
            if s >= 1 and lows[s - 1] in ("meneer", "mevrouw", "juffrouw") and e - s >= 2 and body[0] == "de" \
                    and body[1] in _R58_ROLES and all(w in ORDINARY_WORDS for w in body[2:]) \
                    and (body[1] != "uil" or _R58_TV.search(low) is not None):
                keep.update(range(s, e))
            # C. a character on the line after a soap was named; a singer before a concert hall
            if e - s <= 2 and e < n and lows[e] in _R58_SOAP_VERBS and (s == 0 or lows[s - 1] in ("en", "want", "toen")) \
                    and _R58_SOAPS.search(prev) is not None and _R58_SOAPS.search(low) is None:
                keep.update(range(s, e))
            if e - s <= 2 and s >= 2 and lows[s - 1] == "voor" and lows[s - 2] in ("kaartje", "kaartjes", "tickets",
                                                                                 "ticket") \
                    and e + 1 < n and lows[e] == "in" and _R58_HALLS.match(" ".join(lows[e + 1:])) is not None:
                keep.update(range(s, e))
            # E. "de hele familie in het restaurant"
            if s >= 1 and lows[s - 1] == "familie" and body[0] in _R58_PREPS and e - s >= 2 \
                    and body[1] in ("het", "de", "een", "ons", "onze", "hun") and "'t" not in body \
                    and e - s == 3 and body[2] in _R58_FAMILY_PLACES and not any(w[:1].isupper() for w in words[s:e]):
                keep.update(range(s, e))
        if lab in ("[adres]", "[naam]") and s >= 1 and _R58_BOATS.search(low) is not None:
            # B. "de boot ... heet de johanna", "heet de vrouwe jacoba", "heet de jonge maria"
            h = next((x for x in range(max(0, s - 3), s) if lows[x] == "heet" and x + 1 < n and lows[x + 1] == "de"
                      and _R58_BOATS.search(" ".join(lows[:x])) is not None), None)
            if h is not None:
                end = h + 2
                while end < n and end < h + 5 and lows[end] not in _R58_BOAT_STOP:
                    end += 1
                # the boat is spoken of as a boat (more said after its name, or a harbour, the shore, sailing): a
                # name alone at the line's end may be a home's, its mooring said next ("zijn boot heet de X" / "die
                # ligt aan de ... ligplaats zeven"); a houseboat's name is an address
                if e <= end and end > h + 2 and (end < n or _R58_BOAT_CONTEXT.search(low) is not None) \
                        and _R58_BOAT_HOME.search(low) is None:
                    keep.update(range(s, e))
        if lab in ("[adres]", "[naam]") and lows[s] in _R58_PLACES and e - s <= 4 and e - s >= 2 \
                and lows[s + 1] in ("de", "het", "'t") and _R58_WORK.search(" ".join(lows[:s])) is not None:
            # F. "kok in het verpleeghuis de wielewaal"
            keep.update(range(s, e))
    return keep


def _r58_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """G: a Chinese syllable after a redacted name after "bent", "ben", "heet", "is"."""
    marks: dict[int, str] = {}
    n = len(lows)
    for k in range(2, n):
        if k not in own and lows[k] in _R58_SYLLABLES and own.get(k - 1) == "[naam]" \
                and lows[k - 2] in ("bent", "ben", "heet", "heten", "is", "noemt") and (k - 2) not in own:
            marks[k] = "[naam]"
            if k + 1 < n and (k + 1) not in own and lows[k + 1] in _R58_SYLLABLES:
                marks[k + 1] = "[naam]"
    return marks


def redact_round58(raw: str, out: str, prev: str = "", answer: set[str] | None = None) -> str:
    """Round 58 on one line: what stays (forms A to F), what goes (G; H with `answer`, the one-word name the line
    before gave to "hoe mag ik je noemen"). `prev` is the line before as said, lower case."""
    low = raw.lower()
    if "[naam]" in out and any(w in low for w in ("bent ", "ben ", "heet ", "is ", "noemt ")):
        out = _line_pass(raw, out, _r58_marks)
    if answer:
        words = _WS.findall(raw)
        lows = _r20_lows(raw)
        if len(words) == len(lows):
            own = _redacted_words(raw, out) if raw != out else {}
            marks: dict[int, str] = {}
            for k, w in enumerate(lows):
                if w in answer and k not in own:
                    marks[k] = "[naam]"
                    j = k + 1
                    while j < len(lows) and lows[j] in ("de", "van", "der", "den", "ter", "te", "'t", "la", "le", "da"):
                        j += 1
                    if j > k + 1 and j < len(lows) and lows[j] not in _R58_NOT_ANSWER:
                        marks.update({x: "[naam]" for x in range(k + 1, j + 1) if x not in own})
            if marks:
                out = _merge(raw, out, marks, fillers_too=True)
    if out == raw or ("[naam]" not in out and "[adres]" not in out):
        return out
    if _R58_GATE.search(low) is None and (not prev or _R58_SOAPS.search(prev) is None):
        return out
    return _line_keep(raw, out, partial(_r58_kept, prev=prev))


def r58_name_answer(prev: str, raw: str) -> set[str]:
    """H: the word of a one-word answer ("lieve") to "hoe mag ik je noemen" on the line before, else an empty set."""
    if _R58_NAME_ASK.search(prev) is None:
        return set()
    ws = [w for w in _r20_lows(raw) if w not in ("eh", "uh", "ehm", "hm", "nou", "zeg", "maar", "gewoon", "oké", "oke",
                                                  "ok", "ja", "dus")]
    if len(ws) != 1 or ws[0] in _R58_NOT_ANSWER or len(ws[0]) < 2 or not ws[0].isalpha():
        return set()
    return {ws[0]}


# ---------------------------------------------------------------------------
# Round 59: places and things named after people, streets in talk, public figures (holdout BC). All own examples. Last,
# on the line as said and as the other rounds left it. What stays (a run of words the others took as a name or an
# address):
# A. a street named without a number where a public place is (a shop, the police station, a pharmacy "aan de X"), or
#    talked about as a street ("de X-straat ken ik niet", "is dat bij ..."): never where someone lives (woon-, adres,
#    logeer-, verhuisd) and never with a number after it;
# B. a place or thing named after a person: the run right before college, stadion, fonds, museum, school ... after
#    "het" / "de" or a title ("het koningin X fonds", "de keizer X school"); a shop's name after bakkerij, slagerij ...;
# C. a chain, brand or public figure known by name ("bij de dirk van den broek", "koffie van douwe egberts", "koning
#    willem alexander", "het dagboek van anne frank" with a context word: koning, dagboek, lied, standbeeld, tv ...).
# A caller's or relative's name next to these still goes ("mijn zoon zit op de X school, hij heet Y", "meneer Y van
# de bakkerij", "ik ben willem", "mijn vader heet rembrandt de vries").
# ---------------------------------------------------------------------------
_R59_PUBLIC = _Lazy(
    r"\b(?:winkel|wereldwinkel|supermarkt|albert heijn|jumbo|lidl|aldi|plus|apotheek|bureau|politiebureau|"
    r"bibliotheek|station|bakker|bakkerij|slager|slagerij|markt|kerk|moskee|huisarts|huisartsenpost|tandarts|"
    r"gemeentehuis|stadhuis|postkantoor|kapper|kapsalon|café|cafe|restaurant|snackbar|cafetaria|ziekenhuis|"
    r"school|sportschool|zwembad|buurthuis|wijkcentrum|hema|kruidvat|etos|action|blokker|bioscoop|theater|"
    r"museum|park|tankstation|garage|wijkagent|politie|bank)\b")
_R59_HOME = _Lazy(r"\b(?:woon|woont|wonen|woonde|woonden|adres|logeer|logeert|verhuisd|verhuist|verhuizen|"
                       r"thuis|huisnummer|nummer|postcode|bus|huis)\b")
_R59_STREET_END = _Lazy(r"(?:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|hof|park|markt|dreef|"
                             r"boulevard|pad|wal|kanaal)$")
_R59_STREET_TALK = _Lazy(r"\b(?:ken ik niet|kent u niet|ken je niet|is dat bij|is dat in|is dat vlakbij|waar is dat|"
                              r"waar ligt|ligt dat)\b")
_R59_NUMWORD = _Lazy(r"\d|^(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
                          r"[a-z]*tig|[a-z]*honderd[a-z]*|[a-z]*duizend[a-z]*|[a-z]*en(?:twintig|dertig|veertig|"
                          r"vijftig|zestig|zeventig|tachtig|negentig)|nummer|nr|huisnummer|a|b|c|bis|hoog|boven|"
                          r"beneden)$")
_R59_NAMED = frozenset("college lyceum gymnasium school basisschool scholengemeenschap academie stadion sporthal "
                       "fonds stichting museum ziekenhuis gasthuis kliniek huis instituut ziekenhuizen theater "
                       "schouwburg zaal bibliotheek brug tunnel sluis kazerne kerk prijs ring".split())
_R59_TITLES = frozenset("koning koningin prins prinses keizer keizerin graaf gravin hertog sint st paus "
                        "admiraal generaal dokter dr professor prof burgemeester president".split())
_R59_SHOPS = frozenset("bakkerij slagerij banketbakkerij drogisterij kapsalon garage autobedrijf bloemenwinkel "
                       "boekhandel kaaswinkel groenteboer visboer poelier ijssalon lunchroom brasserie "
                       "rijwielhandel fietsenwinkel schoenmakerij juwelier opticien".split())
_R59_BRANDS = frozenset((
    "albert heijn", "dirk van den broek", "douwe egberts", "van nelle", "pickwick", "van der valk",
    "van haren", "bakker bart", "jan linders", "hoogvliet", "vomar", "deen", "coop", "spar", "poiesz", "jumbo",
    "hema", "zeeman", "blokker", "kruidvat", "etos", "gall en gall", "gall & gall", "henri willig", "verkade",
    "tony chocolonely", "van gils", "de gruyter", "peijnenburg", "calvé", "calve", "mona", "unox", "conimex",
    "bolletje", "hak", "remia", "van houten", "droste", "philips", "heineken", "grolsch", "bavaria",
))
_R59_FIGURES = frozenset((
    "willem alexander", "willem-alexander", "beatrix", "juliana", "wilhelmina", "máxima", "maxima", "amalia",
    "bernhard", "claus", "emma", "willem", "willem de eerste", "willem van oranje", "anne frank", "michiel de ruyter",
    "andré hazes", "andre hazes", "dick bruna", "vincent van gogh", "van gogh", "rembrandt", "rembrandt van rijn",
    "johannes vermeer", "vermeer", "piet mondriaan", "mondriaan", "annie m g schmidt", "annie schmidt",
    "johan cruijff", "johan cruyff", "fanny blankers koen", "blankers koen", "toon hermans", "wim sonneveld",
    "frenkie de jong", "virgil van dijk", "memphis depay",
    "herman brood", "marco borsato", "frans bauer", "guus meeuwis", "ramses shaffy", "boudewijn de groot",
    "multatuli", "erasmus", "spinoza", "hugo de groot", "thorbecke", "willem drees", "jeroen bosch",
    "frans hals", "escher", "pim fortuyn", "jan steen", "thomas a kempis", "kempis",
))
_R59_ARTISTS = frozenset("rembrandt vermeer mondriaan multatuli erasmus spinoza escher thorbecke".split())
_R59_FIGURE_CONTEXT = _Lazy(
    r"\b(?:koning|koningin|prins|prinses|dagboek|standbeeld|beeld|lied|liedje|liedjes|nummer van|plaat|album|boek|"
    r"boeken|gedicht|gedichten|schilderij|schilderijen|geschilderd|museum|tv|televisie|film|documentaire|"
    r"concert|zong|zingt|schreef|schrijver|schilder|zanger|zangeres|geschiedenis|historisch|oorlog|"
    r"tentoonstelling|expositie|standbeelden|monument|voetbal|wedstrijd|elftal|speelde|speelt|scoorde)\b")
_R59_OWN = _Lazy(r"\b(?:heet|heten|heette|ben|bent|noem|noemen|noemt|naam|mijn|m'n|jouw|uw|zoon|dochter|vader|"
                      r"moeder|broer|zus|oom|tante|buurman|buurvrouw|vriend|vriendin|man|vrouw|meneer|mevrouw|"
                      r"opa|oma|neef|nicht|collega)\b")
_R59_GATE = _Lazy(r"\[adres\]|\[naam\]|\[e-mail\]")


def _r59_kept(words: list[str], lows: tuple[str, ...], own: dict[int, str], prev: str = "") -> set[int]:
    n = len(lows)
    keep: set[int] = set()
    low = " ".join(lows)
    home = _R59_HOME.search(low) is not None
    for s, e, lab in _redacted_runs(own, n):
        body = " ".join(lows[s:e])
        # A. a street without a number where a public place is, or a street talked about as a street
        if lab in ("[adres]", "[naam]") and not home and _R59_STREET_END.search(lows[e - 1]) is not None \
                and not any(_R59_NUMWORD.match(w) for w in lows[s:e]) \
                and (e >= n or _R59_NUMWORD.match(lows[e]) is None) and s >= 1 and lows[s - 1] in ("de", "het") \
                and (_R59_PUBLIC.search(" ".join(lows[:s])) is not None
                     or _R59_STREET_TALK.search(" ".join(lows[e:])) is not None):
            keep.update(range(s, e))
            continue
        # B. the run right before college, stadion, fonds, museum ...: "het koningin X fonds", "de keizer X school"
        j = e
        while j < n and j < e + 2 and j not in own and lows[j] not in _R59_NAMED and lows[j] not in ORDINARY_WORDS:
            j += 1
        if j < n and lows[j] in _R59_NAMED and j not in own:
            a = s
            while a > 0 and a > s - 3 and (a - 1) not in own and lows[a - 1] not in ORDINARY_WORDS \
                    and lows[a - 1] not in _R59_TITLES:
                a -= 1
            if a > 0 and lows[a - 1] in _R59_TITLES:
                a -= 1
            if a > 0 and lows[a - 1] in ("het", "de", "'t") and (a == s or lows[a] in _R59_TITLES or lows[a] not in
                                                                 ORDINARY_WORDS):
                keep.update(range(s, e))
                continue
        # B. a shop's name after bakkerij, slagerij ...: "langs bakkerij van der meer"
        if lab == "[naam]" and s >= 1 and lows[s - 1] in _R59_SHOPS and e - s <= 4:
            keep.update(range(s, e))
            continue
        if lab not in ("[naam]", "[e-mail]", "[adres]"):
            continue
        if lows[s] in _R59_TITLES and e - s >= 2 and " ".join(lows[s + 1:e]) in _R59_FIGURES:
            body = " ".join(lows[s + 1:e])  # the tagger took the title too: "[naam]" for "koning willem alexander"
            s1 = s + 1
        else:
            s1 = s
        # C. a chain or brand by name ("bij de dirk", one word only after "de")
        if s1 >= 2 and (s1 - 1) not in own and lows[s1 - 2] == "de" and " ".join((lows[s1 - 1], body)) in _R59_BRANDS:
            keep.update(range(s, e))  # "bij de dirk [van den broek]": the chain's first word left as said
            continue
        if body in _R59_BRANDS and (e - s1 >= 2 or (s1 >= 1 and lows[s1 - 1] == "de")):
            keep.update(range(s, e))
            continue
        # C. a public figure with a context word, never after a word that makes it someone's own name
        if body in _R59_FIGURES and (_R59_FIGURE_CONTEXT.search(low) is not None
                                     or _R59_FIGURE_CONTEXT.search(prev) is not None) \
                and not any(w in ("heet", "heten", "heette", "ben", "bent", "noem", "noemt", "naam")
                            for w in lows[max(0, s - 3):s]) \
                and _R59_OWN.search(" ".join(lows[max(0, s1 - 3):s1])) is None:
            if e - s1 == 1 and not (s1 >= 1 and lows[s1 - 1] in _R59_TITLES) and not (
                    body in _R59_ARTISTS and s1 >= 1 and lows[s1 - 1] in ("van", "over")):
                continue  # a one-word figure only after a title, or a painter's after "van", "over"
            keep.update(range(s, e))
            continue
        # C. the maker on the line after a museum, a book, a song: "het nijntje museum" / "van dick bruna"
        if e == n and s == 1 and lows[0] == "van" and prev and e - s <= 3 \
                and re.search(r"\b(?:museum|boek|boeken|lied|liedje|schilderij|film|beeld)$", prev) is not None:
            keep.update(range(s, e))
    return keep


# what "punt" is said before in talk, or a domain's part ("[naam] punt uit", "punt com")
_R59_AFTER_PUNT = frozenset("uit voor van is en dus ja nee klaar af com nl net org eu info het een daar hier maar of "
                            "want toch ook nog niet wel dan die dat zo gezet gemaakt gezegd genoeg erbij".split())
_R59_HOME_VERB = frozenset("woont woon wonen woonde woonden".split())
_R59_UMLAUT = _Lazy(r"[äöüß]")


def _r59_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    """What goes: D. the first words of a street named after a person before the redacted rest, where someone lives
    ("woont op het [voornaam] de [adres]"); E. "achter" of a street starting with a preposition when it is noted
    ("ik noteer achter de [adres]"); F. a German surname with an umlaut after a redacted name or meneer, mevrouw."""
    marks: dict[int, str] = {}
    n = len(lows)
    for k in range(n):
        if own.get(k) == "[adres]" and (k == 0 or own.get(k - 1) != "[adres]"):
            # D: up to three words back to "woont op/aan/in het/de"
            for b in range(max(0, k - 5), k - 1):
                if lows[b] in _R59_HOME_VERB and b + 2 < k and lows[b + 1] in ("op", "aan", "in") \
                        and lows[b + 2] in ("het", "de", "'t") and k - (b + 3) <= 3 \
                        and all(x not in own for x in range(b + 3, k)) and b + 3 < k:
                    marks.update({x: "[adres]" for x in range(b + 3, k)})
                    break
            # E: "noteer achter de [adres]"
            if k >= 2 and lows[k - 1] == "de" and lows[k - 2] in ("achter", "over", "buiten", "binnen", "onder") \
                    and (k - 2) not in own and (k == 2 or lows[k - 3] in ("noteer", "noteren", "genoteerd", "dus",
                                                                         "adres", "is", "op", "heb")):
                marks[k - 2] = "[adres]"
        if k not in own and _R59_UMLAUT.search(words[k].lower()) is not None and words[k].isalpha() and k >= 1 \
                and (own.get(k - 1) == "[naam]" or lows[k - 1] in ("meneer", "mevrouw", "heer", "juffrouw", "familie")):
            marks[k] = "[naam]"  # F
        if k >= 2 and k not in own and lows[k - 1] in ("punt", "streepje", "underscore", "liggend") \
                and own.get(k - 2) == "[naam]" and (k - 1) not in own and lows[k].isalpha() \
                and len(lows[k]) >= 3 and lows[k] not in _R59_AFTER_PUNT \
                and (lows[k] not in ORDINARY_WORDS or k + 1 == n) \
                and (k + 1 == n or lows[k + 1] in ("apenstaartje", "at", "met")):
            marks[k] = "[e-mail]"  # G: an e-mail's name part after a redacted first name ("[naam] punt muller")
            if k >= 1 and (k - 1) not in own and lows[k - 1] not in ("meneer", "mevrouw", "heer", "juffrouw",
                                                                     "familie") and k == 1:
                marks[k - 1] = "[naam]"
    return marks


def redact_round59(raw: str, out: str, prev: str = "") -> str:
    """Round 59 on one line: what goes (forms D to F), what stays (forms A to C). `prev` is the line before as said,
    lower case."""
    if out != raw and ("[adres]" in out or "[naam]" in out) or _R59_UMLAUT.search(raw) is not None:
        # (G runs where a name was redacted: "[naam] punt muller")
        out = _line_pass(raw, out, _r59_marks)
    if out == raw or _R59_GATE.search(out) is None:
        return out
    return _line_keep(raw, out, partial(_r59_kept, prev=prev))


# ---------------------------------------------------------------------------
# Round 60 (holdout BD: dates and numbers in life stories that are no personal data).
# What stays: A. a date tied to an event that is not being born (a wedding day, an anniversary, a death, a funeral, a
# move, a hearing, an appointment: "we zijn op de vijfde mei getrouwd", "jullie trouwdag was ..."), unless "geboren",
# "geboortedatum", "jarig" or "verjaardag" is in the same clause (or, for a line without an event word of its own, the
# line before asked for a birthday); B. a gate, platform, seat or flight code ("gate d vierentwintig", "spoor zeven b").
# What goes: C. a digit's plural the recognizer wrote in a phone number ("[telefoonnummer] vieren [telefoonnummer]");
# D. a name said again in the other order (the line before or the same line: "je heet [naam] [naam]" / "of wei li");
# E. a surname after a redacted first name after "heet" at a clause's end ("je vriend heet [naam] muller");
# F. a birth year after "geboortejaar" ("en haar geboortejaar is achtenzeventig").
# ---------------------------------------------------------------------------
from voice_companion.privacy.spoken import _DIGIT_PLURALS as _R60_PLURALS  # noqa: E402  (round 60)

_R60_EVENT = _Lazy(
    r"\b(?:getrouwd|trouwen|trouwde|trouwden|trouwt|trouwdag|bruiloft|huwelijk|huwelijksdag|jubileum|jubileumdag|"
    r"verkering|samen|leerden|ontmoet|ontmoetten|overleden|overleed|overlijden|gestorven|stierf|sterfdag|"
    r"doodgegaan|dood|begrafenis|begraven|crematie|gecremeerd|uitvaart|herdenking|verhuisd|verhuizen|verhuisden|"
    r"verhuizing|verhuist|verhuis|afspraak|afspraken|zitting|hoorzitting|rechtszaak|rechter|gesprek|operatie|"
    r"opgenomen|ontslagen|ontslag|vertrek|vertrekt|vlucht|bevallen|geopereerd|scheiding|gescheiden|begonnen|"
    r"gestopt|pensioen|diploma|examen|deadline|ongeluk|keuring|intake|datum van de)\b")
_R60_DEATH = _Lazy(r"\b(?:overleden|overleed|overlijden|gestorven|stierf|sterfdag|doodgegaan|dood)\b")
_R60_BIRTH = _Lazy(r"geboren|geboorte|jarig|verjaardag|verjaart|birthday|\bgeb\b")
_R60_CLAUSE = frozenset("en maar toen of want terwijl dus,".split()) | {","}
_R60_CODE_HEADS = frozenset("gate spoor perron stoel stoelnummer zitplaats plaats rij vlucht vluchtnummer pier "
                            "terminal bagageband band balie incheckbalie gatenummer".split())
_R60_CODE_STOP = _Lazy(r"\b(?:postcode|adres|woon|woont|wonen|woonde|huisnummer|nummer is)\b")
_R60_NOT_SURNAME = frozenset("toch ook nog trouwens geloof denk zeker volgens nu hoor immers dus maar eigenlijk gewoon "
                             "echt inderdaad hè he toen daar hier zo niet wel al ja nee oké oke ok".split())
_R60_NUMWORD = _Lazy(r"^(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
                          r"vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|"
                          r"zeventig|tachtig|negentig|honderd|duizend|en|ën|\d+)+$")


def _r60_clause(lows: tuple[str, ...], s: int, e: int) -> tuple[int, int]:
    a = s
    while a > 0 and lows[a - 1] not in _R60_CLAUSE:
        a -= 1
    b = e
    while b < len(lows) and lows[b] not in _R60_CLAUSE:
        b += 1
    return a, b


def _r60_kept(words: list[str], lows: tuple[str, ...], own: dict[int, str], prev: str = "") -> set[int]:
    n = len(lows)
    keep: set[int] = set()
    low = " ".join(lows)
    birth_line = _R60_BIRTH.search(low) is not None
    for s, e, lab in _redacted_runs(own, n):
        if lab == "[datum]":
            a, b = _r60_clause(lows, s, e)
            clause = " ".join(lows[a:b])
            if _R60_BIRTH.search(clause) is not None:
                continue
            if _R60_DEATH.search(clause) is not None and _R60_EVENT.search(_R60_DEATH.sub("", clause)) is None \
                    and any(w.startswith(("negentien", "tweeduizend")) or (w.isdigit() and len(w) == 4)
                            for w in lows[s:e]):
                continue  # a full date of death with its year is a person's data (round 6)
            if _R60_EVENT.search(clause) is not None or (
                    not birth_line and _R60_EVENT.search(low) is not None and _R60_BIRTH.search(prev) is None):
                keep.update(range(s, e))
        elif lab in ("[postcode]", "[adres]", "[nummer]") and s >= 1 and lows[s - 1] in _R60_CODE_HEADS \
                and e - s <= 3 and (s - 1) not in own and _R60_CODE_STOP.search(low) is None:
            keep.update(range(s, e))
    return keep


def _r60_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str], names: frozenset = frozenset()
               ) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    same = frozenset(lows[i] for i, lab in own.items() if lab == "[naam]")
    known = names | same
    for k in range(n):
        if k in own:
            continue
        w = lows[k]
        # C. "[telefoonnummer] vieren [telefoonnummer]"
        if w in _R60_PLURALS and own.get(k - 1) == "[telefoonnummer]" and (
                own.get(k + 1) == "[telefoonnummer]" or k + 1 == n
                or (k + 2 < n and lows[k + 1] == "en" and own.get(k + 2) == "[telefoonnummer]")):
            marks[k] = "[telefoonnummer]"
            continue
        if w in _R60_PLURALS and own.get(k - 1) == "[telefoonnummer]" and k + 1 < n and n - (k + 1) <= 4 \
                and all(x not in own and _R60_NUMWORD.match(lows[x]) is not None and lows[x] != "en"
                        for x in range(k + 1, n)):
            marks.update({x: "[telefoonnummer]" for x in range(k, n)})  # "[telefoonnummer] achten negen zeven"
            continue
        # D. a name said again (two words in a row, or one that is no ordinary word)
        if known and w in known and len(w) >= 2 and w not in STOP_WORDS and w not in TUSSEN:
            pair = (k + 1 < n and (k + 1) not in own and lows[k + 1] in known and lows[k + 1] != w) or \
                (k >= 1 and (k - 1) not in own and lows[k - 1] in known and lows[k - 1] != w)
            # (round 62: a name said again is a word: "000a" marked after the tagger read the line would give the
            # tagger's next reading new neighbours, and a second pass would take more than the first)
            if (pair or (w not in ORDINARY_WORDS and len(w) >= 3)) and w.replace("-", "").replace("'", "").isalpha():
                marks[k] = "[naam]"
                continue
        # E. "heet [naam] muller" at a clause's end
        if k >= 2 and own.get(k - 1) == "[naam]" and lows[k - 2] in ("heet", "heette", "heten") and (k - 2) not in own \
                and (k + 1 == n or lows[k + 1] in ("en", ",", "uit", "van", "maar")) and w.isalpha() and len(w) >= 3 \
                and w not in STOP_WORDS and w not in _R60_NOT_SURNAME and w not in _R60_PLURALS \
                and _R60_NUMWORD.match(w) is None:
            marks[k] = "[naam]"
            continue
        # F. "geboortejaar is achtenzeventig"
        if w == "geboortejaar":
            j = k + 1
            while j < n and lows[j] in ("is", "was", "eh", "uh", "ehm", "dus", "in", "van"):
                j += 1
            t = j
            while t < n and t < j + 4 and t not in own and _R60_NUMWORD.match(lows[t]) is not None and lows[t] != "en":
                t += 1
            marks.update({x: "[datum]" for x in range(j, t)})
    return marks


_R60_PASS_GATE = _Lazy(r"\[telefoonnummer\] |\[naam\]|geboortejaar")
_R60_KEEP_GATE = _Lazy(r"\[datum\]|\[postcode\]|\[adres\]|\[nummer\]")
_R60_KEEP_WORDS = _Lazy(r"\b(?:gate|spoor|perron|stoel|stoelnummer|zitplaats|plaats|rij|vlucht|vluchtnummer|pier|"
                             r"terminal|bagageband|band|balie|incheckbalie|gatenummer)\b")


def redact_round60(raw: str, out: str, prev: str = "", names: frozenset = frozenset()) -> str:
    """Round 60 on one line: what goes (forms C to F; D with `names`, the words the line before redacted as a name),
    what stays (A, B). `prev` is the line before as said, lower case."""
    if names or (out != raw and _R60_PASS_GATE.search(out) is not None) or "geboortejaar" in raw:
        out = _line_pass(raw, out, partial(_r60_marks, names=names))
    if out == raw or _R60_KEEP_GATE.search(out) is None:
        return out
    low = raw.lower()
    if "[datum]" in out and _R60_EVENT.search(low) is None and _R60_KEEP_WORDS.search(low) is None:
        return out
    if "[datum]" not in out and _R60_KEEP_WORDS.search(low) is None:
        return out
    return _line_keep(raw, out, partial(_r60_kept, prev=prev))


def r60_names(prev_raw: str, prev_out: str) -> frozenset:
    """The words of the line before that were redacted as a name (round 60 D), lowered."""
    if "[naam]" not in prev_out or prev_raw == prev_out:
        return frozenset()
    lows = _r20_lows(prev_raw)
    return frozenset(lows[i] for i, lab in _redacted_words(prev_raw, prev_out).items()
                     if lab == "[naam]" and i < len(lows))


# ---------------------------------------------------------------------------
# Round 61 (holdout BE: health, care and medicine talk full of numbers and names that are no personal data).
# What stays: A. one or two number words given back right after a scaling question (the line before or two lines
# before: "op een schaal van nul tot tien ..." / "een vier" / "ok een zes dat is lager dan gisteren"), unless a data cue
# is on the line (or on the line in between); B. an organisation's general number ("de luisterlijn is dag en nacht
# bereikbaar op ...", "de huisartsenpost heeft nummer ..."), never a person's own ("je nummer", "bel me op", a name
# on the line); C. an organisation's name after "heet" when what is named is an organisation ("in limburg heet het de
# huisartsenpost zuid limburg", "de apotheek heet ...").
# What goes (rules alone): D. a street said after a filler at the line's start with its number ("ehm de zuidpoort
# achttien"), for street words the rules do not know by their ending (poort, wal, haven ...); E. a postcode corrected
# with "nee" on the line after a line with "postcode" that was redacted ("nee zevenenderig dertig g h": a misheard
# number word too).
# ---------------------------------------------------------------------------
_R61_SCALE = _Lazy(r"\bschaal\b|\bwelk (?:rapport)?cijfer\b|\bcijfer (?:geven|geef|zou)|\bgeef (?:je|jij|u) "
                        r"(?:het|dat|je dag|jezelf|jouw dag)? ?(?:een|als) cijfer|\bvan (?:nul|een|één|0|1) tot (?:tien|10)\b")
_R61_DATA_CUE = _Lazy(r"postcode|nummer|adres|iban|rekening|geboren|geboorte|telefoon|mobiel|bsn|burgerservice|"
                           r"straat|woon|wonen|huisnummer|mail|\bbel\b|bellen|jarig|datum|\bpas\b|\bheet\b|naam")
_R61_SCALE_NUM = frozenset("nul een één twee drie vier vijf zes zeven acht negen tien half halve".split())
_R61_SCALE_FILL = frozenset("ok oké oke okay ja nee eh uh ehm hm nou dus misschien ongeveer zo'n zo een rond "
                            "een komma en".split())
_R61_ORG = _Lazy(r"\b(?:luisterlijn|huisartsenpost|huisartsenposten|dokterswacht|apotheek|praktijk|"
                      r"huisartsenpraktijk|ziekenhuis|afdeling|stichting|dienst|crisisdienst|ggz|kindertelefoon|"
                      r"sensoor|zelfmoordpreventie|hulplijn|helpdesk|klantenservice|alarmcentrale|thuiszorg|"
                      r"wijkteam|gemeente|centrale|infolijn|informatielijn|servicelijn|meldpunt|veilig thuis|"
                      r"politie|advieslijn|zorglijn|spoedpost|spoedeisende|eerste hulp|huisartsendienst|"
                      r"tandartsenpraktijk|maatschappelijk werk|slachtofferhulp|verloskundigenpraktijk)\b")
_R61_ORG_NUMBER = _Lazy(r"\b(?:bereikbaar|te bereiken|heeft nummer|heeft het nummer|nummer van de|nummer van het|"
                             r"het nummer is|hun nummer|haar nummer is|algemene nummer|algemeen nummer|bel de|"
                             r"bellen op|belt u|gratis|dag en nacht|hun telefoonnummer|telefoonnummer van de)\b")
_R61_OWN_NUMBER = _Lazy(r"\b(?:je|jouw|mijn|m'n|mn|uw|zijn|z'n|haar eigen|zijn eigen|mijn eigen|je eigen)\s+"
                             r"(?:eigen\s+)?(?:nummer|telefoonnummer|mobiel|mobiele|mobieltje|06)|\bbel (?:me|mij|je|"
                             r"jou|ons|hem|haar)\b|\b(?:me|mij|ons) (?:terug)?bellen\b|\bbel me terug\b|"
                             r"\bterugbellen\b|\bprive\b|\bprivé\b|\bthuis\b|\bbel (?:u|jou|je) (?:zelf|terug)\b|\bvan de (?:man|vrouw|"
                             r"meneer|mevrouw|buurman|buurvrouw|persoon)\b")
_R61_CLAUSE = frozenset("maar want of , ik".split())
_R61_HEET_ORG = frozenset("huisartsenpost dokterswacht apotheek praktijk ziekenhuis afdeling stichting dienst "
                          "huisartsenpraktijk kliniek polikliniek spoedpost centrum zorgcentrum verpleeghuis "
                          "verzorgingshuis crisisdienst thuiszorg".split())
_R61_HEET_PERSON = frozenset("je jij ik u hij zij ze we wij jullie mijn m'n je jouw zijn z'n haar hun uw".split())
_R61_STREET_END = _Lazy(r"(?:poort|wal|haven|veste|vest|burcht|brink|vaart|hoven|zijde|erf)$")
_R61_FILL = frozenset("ehm eh uh uhm hm nou ja en dus".split())


def _r61_scale(p1: str, p2: str) -> bool:
    if _R61_SCALE.search(p1) is not None:
        return True
    return _R61_SCALE.search(p2) is not None and _R61_DATA_CUE.search(p1) is None


def _r61_answer_numbers(lows) -> bool:
    """One or two number words, as a scaling answer has ("half" aside); two starting with "nul" start a phone number."""
    nums = [w for w in lows if w in _R61_SCALE_NUM and w not in ("half", "halve")]
    return len(nums) == 1 or (len(nums) == 2 and nums[0] != "nul")


def _r61_kept(words: list[str], lows: tuple[str, ...], own: dict[int, str], scale: bool = False) -> set[int]:
    n = len(lows)
    keep: set[int] = set()
    low = " ".join(lows)
    runs = _redacted_runs(own, n)
    # A. a scaling answer: every redacted run only number words, two number words at most on the line
    if scale and _R61_DATA_CUE.search(low) is None and "[naam]" not in own.values():
        if _r61_answer_numbers(lows) and all(all(lows[x] in _R61_SCALE_NUM or lows[x] in _R61_SCALE_FILL
                                                 for x in range(s, e)) for s, e, _ in runs):
            return set(own)
    own_number = _R61_OWN_NUMBER.search(low) is not None
    for s, e, lab in runs:
        # B. an organisation's general number
        if lab == "[telefoonnummer]" and not own_number and "[naam]" not in own.values() \
                and lows[s:s + 2] != ("nul", "zes") and not lows[s].startswith("06"):
            a = s
            while a > 0 and lows[a - 1] not in _R61_CLAUSE:
                a -= 1
            before = " ".join(lows[a:s])
            if _R61_ORG.search(before) is not None and _R61_ORG_NUMBER.search(before) is not None \
                    and (_r72_service_number(lows, s, e) or _R72_AVAILABLE.search(before) is not None):
                keep.update(range(s, e))  # (round 72 HA: a practice's number with an area code goes, "heeft nummer")
                continue
        # C. an organisation's name after "heet"
        if lab == "[naam]" and s >= 1 and lows[s - 1] in ("heet", "heten", "heette") and (s - 1) not in own:
            subj = lows[max(0, s - 4):s - 1]
            if subj and subj[-1] in _R61_HEET_PERSON:
                continue
            if subj[-1:] and subj[-1] in _R61_HEET_ORG or any(w in _R61_HEET_ORG for w in lows[s:min(e, s + 3)]) \
                    or (e < n and lows[e] in _R61_HEET_ORG):
                keep.update(range(s, e))
    return keep


def _r61_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str], postcode_before: bool = False
               ) -> dict[int, str]:
    n = len(lows)
    i = 0
    while i < n and lows[i] in _R61_FILL:
        i += 1
    # D. "ehm de zuidpoort achttien": filler, article, one street word, its number, the line's end
    if i < n - 2 and n <= 7 and lows[i] in ("de", "het") and i + 1 not in own:
        w = lows[i + 1]
        if w.isalpha() and len(w) >= 7 and _R61_STREET_END.search(w) is not None and w not in ORDINARY_WORDS:
            j = i + 2
            while j < n and j < i + 6 and _R60_NUMWORD.match(lows[j]) is not None:
                j += 1
            if j > i + 2 and lows[j - 1] != "en":
                if j < n and _r56_letter(lows[j]) and j + 1 == n:
                    j += 1
                if j == n:
                    return {x: "[adres]" for x in range(i + 1, n) if x not in own}
    # E. "nee zevenenderig dertig g h" after a redacted line with "postcode"
    if postcode_before and n >= 3 and lows[0] == "nee":
        j = 1
        while j < n and lows[j] in ("sorry", "het", "is", "eh", "ehm", "uh", "dat", "moet", "zijn"):
            j += 1
        rest = lows[j:]
        if 3 <= len(rest) <= 7 and not any(x in own for x in range(j, n)):
            k = len(rest)
            letters = 0
            while k > 0 and letters < 2 and _r56_letter(rest[k - 1]) and _R60_NUMWORD.match(rest[k - 1]) is None:
                k -= 1
                letters += 1
            head = rest[:k]
            if letters == 2 and 1 <= len(head) <= 4 and any(_R60_NUMWORD.match(w) for w in head) and all(
                    _R60_NUMWORD.match(w) is not None or (w.isalpha() and len(w) >= 5 and w not in ORDINARY_WORDS)
                    for w in head):
                return {x: "[postcode]" for x in range(j, n)}
    return {}


_R61_STREET_GATE = _Lazy(r"\b(?:de|het) \w{3,}(?:poort|wal|haven|veste|vest|burcht|brink|vaart|hoven|zijde|erf) ")
_R61_KEEP_GATE = _Lazy(r"\[postcode\]|\[iban\]|\[nummer\]|\[telefoonnummer\]|\[naam\]|\[datum\]|\[bsn\]|"
                            r"\[adres\]")


def redact_round61(raw: str, out: str, p1: str = "", p2: str = "", postcode_before: bool = False) -> str:
    """Round 61 on one line: what goes (D, E; E with `postcode_before`: the line before said "postcode" and was
    redacted), what stays (A to C; A with the lines before as said, lower case, `p1` and `p2`)."""
    low = raw.lower()
    if (postcode_before and low.startswith("nee ")) or (out == raw and _R61_STREET_GATE.search(low) is not None):
        out = _line_pass(raw, out, partial(_r61_marks, postcode_before=postcode_before))
    if out == raw or _R61_KEEP_GATE.search(out) is None:
        return out
    scale = bool(p1 or p2) and _r61_scale(p1, p2)
    if not scale and _R61_ORG.search(low) is None and "heet" not in low:
        return out
    return _line_keep(raw, out, partial(_r61_kept, scale=scale))


def r61_scale_answer(raw: str, p1: str, p2: str) -> bool:
    """Round 61 A: `raw` (a line as said) is one or two number words given back after a scaling question in `p1` or
    `p2` (the lines before it, lower case), with no data cue."""
    low = raw.lower()
    if _R61_DATA_CUE.search(low) is not None or not (p1 or p2) or not _r61_scale(p1, p2):
        return False
    return _r61_answer_numbers(_r20_lows(raw))



# ---------------------------------------------------------------------------
# Round 62 (holdout BF: roads, cars and travel; BG: work, school and benefits). All own examples.
# What stays: A. a road number ("de a zeven", "op de a vier en de a dertien", "tussen s honderd en s honderdvier",
# "afslag zeventien", a hectometre post "honderdtwaalf komma zes") on a line with a road said as letter a/n/s/e and a
# number after "de", "afslag", "knooppunt", never with a data cue ("postcode", "woon", "adres", "iban" ...); B. a car
# brand or model with a year or a type number ("een volvo van tweeduizend negentien", "een nieuwe ex zestig besteld");
# C. "de meneer van de takeldienst": a role or a firm after "meneer"/"mevrouw"; D. a contract's or a payment's date
# ("je contract loopt af op een maart") unless "geboren"/"jarig"/"geboortedatum" ties it to a birth.
# What goes: E. a name said alone after "oké" ("oké zhang wei"); F. postcode letters said alone on the line after a
# postcode ("de letters zijn b en l").
# ---------------------------------------------------------------------------
_R62_ROAD_LETTERS = frozenset("a n s e".split())
_R62_ROAD_BEFORE = frozenset("de afslag knooppunt en".split())
_R62_NUM = _Lazy(r"^(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
                      r"vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|"
                      r"zeventig|tachtig|negentig|honderd|duizend|en|ën|\d+)+$")
_R62_ROAD = _Lazy(r"\b(?:de|afslag|knooppunt) (?:a|n|s|e) (?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|"
                       r"tien|elf|twaalf|der|veer|vijf|zes|zeven|acht|negen|twin|dert|veert|vijft|zest|zevent|tacht|"
                       r"honderd|\d)|\bafslag (?:nummer )?(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|"
                       r"twaalf|der|veer|zest|zevent|acht|negent|twint|\d)|\bhectometer|\bhmpaal")
_R62_DATA_CUE = _Lazy(r"postcode|\bwoon|\bwoont|\bwonen|adres|iban|rekening|geboren|geboorte|telefoon|mobiel|"
                           r"\bbsn\b|huisnummer|mail|jarig|\bheet\b|naam|\bstraat\b")
_R62_ROAD_WORDS = frozenset("a n s e de op via langs en afslag knooppunt komma hectometerpaal hectometer paal hmpaal "
                            "ring zuid noord west oost nummer tussen bij".split())
_R62_CAR_BRANDS = frozenset(
    "volvo volkswagen vw opel peugeot renault citroen citroën toyota kia hyundai skoda škoda seat ford fiat bmw audi "
    "mercedes tesla nissan mazda honda suzuki dacia mitsubishi lexus porsche mini jeep lynk polestar byd mg cupra "
    "alfa lancia saab smart subaru chevrolet chrysler dodge landrover jaguar ds".split())
_R62_CAR_CUE = _Lazy(r"\b(?:besteld|bestelt|geleverd|kilometer|kilometerstand|dealer|garage|auto|wagen|rijdt|"
                          r"rijden|gekocht|kopen|lease|leasen|occasion|bouwjaar|apk|motor|elektrisch|tweedehands)\b")
_R62_CAR_BEFORE = frozenset("een nieuwe nieuw oude tweedehands die mijn je jouw zijn haar onze hun".split())
_R62_ROLE = _Lazy(r"(?:dienst|wacht|garage|monteur|chauffeur|takel|berging|bergingsbedrijf|"
                       r"^anwb|^politie|^brandweer|^ambulance|^bus|^trein|^ns|^conducteur|^receptie|^beveiliging|"
                       r"^bewaking|verzekering|^gemeente|bedrijf|^firma|^winkel|^zaak|^school|^uwv|^svb)$")
_R62_MENEER = frozenset("meneer mevrouw man vrouw".split())
_R62_TERM = _Lazy(r"\bloopt af\b|\bloopt (?:het|hij|die|dat|je contract|jouw contract)? ?af\b|\beindigt\b|"
                       r"\bafloopt\b|\bopzegtermijn\b|\bingang\b|\buitbetaald\b|\buitbetaling\b|\bstopt\b|\bbegint\b")
_R62_ROLE_GATE = _Lazy(r" is (?:je|jouw|mijn|zijn|haar|uw|onze|jullie|hun|de) (?:collega|baas|leidinggevende|"
                            r"manager|teamleider|chef|docent|leraar|lerares|mentor|juf|meester|coach|begeleider|"
                            r"klantmanager|consulent|werkgever|directeur|buurman|buurvrouw|studiebegeleider|decaan)\b")
_R62_BIRTH = _Lazy(r"geboren|jarig|geboortedatum|verjaardag|geboorte")
_R62_OKE = frozenset("oké oke ok okay okee".split())
_R62_LETTERS = _Lazy(r"^(?:de |en )?(?:letters?|lettercombinatie)(?: zijn| is| waren| was)?(?: eh| ehm)? "
                          r"(\w{1,3})(?: en| en dan)? (\w{1,3})$")


_R62_NOT_STREET = frozenset("hoofdstuk pagina bladzijde punt regel vraag nummer keer euro uur minuten dagen weken "
                            "jaar jaren maanden procent cijfer cijfers vak les lessen opdracht stuk stukken uren "
                            "sollicitaties brieven pagina's sollicitatie toets toetsen taak taken week dag klas groep "
                            "leerjaar niveau schaal trede module blok periode stage dienst diensten ronde versie stap "
                            "stappen punten artikel bijlage formulier blad bladen schrift map lijst mee alles alvast snel nog ook wel "
                            "gewoon erbij erop eraf neer over bij af aan terug mooi allemaal".split())
POSSESSIVES_R62 = frozenset("je jouw mijn zijn haar uw onze jullie hun de".split())
_R62_ROLES = frozenset("collega baas leidinggevende manager teamleider chef docent leraar lerares mentor juf meester "
                       "coach begeleider klantmanager consulent werkgever directeur buurman buurvrouw "
                       "studiebegeleider decaan".split())


def _r62_kept(words: list[str], lows: tuple[str, ...], own: dict[int, str], road: bool, car: bool, term: bool
              ) -> set[int]:
    n = len(lows)
    keep: set[int] = set()
    for s, e, lab in _redacted_runs(own, n):
        body = lows[s:e]
        # A. a road number, a hectometre post
        if road and lab in ("[adres]", "[postcode]", "[iban]", "[nummer]", "[telefoonnummer]") \
                and all(_R62_NUM.match(w) is not None or w in _R62_ROAD_WORDS for w in body) \
                and (any(w in _R62_ROAD_LETTERS for w in body)
                     or (s >= 1 and lows[s - 1] in _R62_ROAD_LETTERS and (s < 2 or lows[s - 2] in _R62_ROAD_BEFORE))
                     or (s >= 1 and lows[s - 1] in ("afslag", "knooppunt"))
                     or (e < n and lows[e] == "komma") or any(w.startswith("hectometer") for w in body)):
            keep.update(range(s, e))
            continue
        # B. a car brand or model before a year or a type number
        if car and lab == "[naam]" and e - s <= 2 and s >= 1 and lows[s - 1] in _R62_CAR_BEFORE and e < n \
                and (_R62_NUM.match(lows[e]) is not None or (lows[e] == "van" and e + 1 < n
                                                             and _R62_NUM.match(lows[e + 1]) is not None)) \
                and (any(w in _R62_CAR_BRANDS for w in body) or lows[s - 1] == "nieuwe"):
            keep.update(range(s, e))
            continue
        # C. "de meneer van de takeldienst"
        if lab == "[naam]" and s >= 1 and lows[s - 1] in _R62_MENEER and e - s <= 4 \
                and all(w in ("van", "de", "het", "der") or _R62_ROLE.search(w) is not None for w in body) \
                and _R62_ROLE.search(body[-1]) is not None:
            keep.update(range(s, e))
            continue
        # D. a contract's end date, a payment's date
        if term and lab == "[datum]":
            keep.update(range(s, e))
    return keep


def _r62_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str], pc_before: bool = False,
               asked: bool = False) -> dict[int, str]:
    n = len(lows)
    # E. "oké zhang wei": a name alone after "oké"
    if 2 <= n <= 4 and lows[0] in _R62_OKE and not own:
        rest = lows[1:]
        if all(w.isalpha() and len(w) >= 2 and w not in STOP_WORDS and _R62_NUM.match(w) is None for w in rest) \
                and ((rest[0] not in ORDINARY_WORDS and len(rest[0]) >= 3 and rest[0] not in _R62_CAR_BRANDS
                      and (len(rest) >= 2 or rest[0] in _names_set()))
                     or (asked and any(w not in ORDINARY_WORDS and len(w) >= 3 for w in rest))):
            return {x: "[naam]" for x in range(1, n)}
    # H. an address read back after "ik schrijf": a street that is also an everyday word ("ik schrijf molen twaalf")
    for k in range(n - 2):
        if lows[k] == "ik" and lows[k + 1] in ("schrijf", "noteer"):
            j = k + 2
            while j < n and lows[j] in ("het", "op", "even", "dus", "dan", "eh", "ehm", "maar", "nu"):
                j += 1
            t = j + 1
            if t < n and j not in own and lows[j].isalpha() and len(lows[j]) >= 3 and lows[j] not in STOP_WORDS \
                    and lows[j] not in _R62_NOT_STREET and _R62_NUM.match(lows[j]) is None:
                e = t
                while e < n and e < t + 3 and e not in own and _R62_NUM.match(lows[e]) is not None and lows[e] != "en":
                    e += 1
                if e > t and (e == n or lows[e] in ("dus", "klopt", "ja") or (
                        lows[e] in ("in", "te") and e + 1 < n and lows[e + 1] not in STOP_WORDS
                        and lows[e + 1] not in ORDINARY_WORDS)):
                    return {x: "[adres]" for x in range(j, e)}
    # I. "Yilmaz is je collega": a capitalised surname opening a sentence in writing, before a role
    for k in range(n - 3):
        if (k == 0 or words[k - 1].endswith((".", "!", "?"))) and words[k][:1].isupper() and k not in own \
                and lows[k].isalpha() and lows[k] not in STOP_WORDS and lows[k] not in ORDINARY_WORDS \
                and lows[k + 1] == "is" and lows[k + 2] in POSSESSIVES_R62 and lows[k + 3].strip(".,!?") in _R62_ROLES:
            return {k: "[naam]"}
    # G. an IBAN's bank code spelled and corrected: "[iban] i n g nee i n [iban]"
    if "[iban]" in own.values() and "nee" in lows:
        marks: dict[int, str] = {}
        k = 0
        while k < n:
            if k in own or not _bare_letter(lows[k]):
                k += 1
                continue
            s = k
            while k < n and k not in own and (_bare_letter(lows[k]) or (lows[k] == "nee" and k + 1 < n
                                                                        and _bare_letter(lows[k + 1]))):
                k += 1
            letters = sum(1 for x in range(s, k) if lows[x] != "nee")
            if 2 <= letters <= 8 and (own.get(s - 1) == "[iban]" or own.get(k) == "[iban]"):
                marks.update({x: "[iban]" for x in range(s, k)})
        if marks:
            return marks
    # F. "de letters zijn b en l" after a postcode
    if pc_before:
        m = _R62_LETTERS.match(" ".join(lows))
        if m is not None and _r56_letter(m.group(1)) and _r56_letter(m.group(2)):
            k = next(x for x in range(n) if lows[x].startswith("letter"))
            first = next((x for x in range(k + 1, n - 1) if lows[x] == m.group(1)), None)
            if first is not None:
                return {first: "[postcode]", n - 1: "[postcode]"}
    return {}


@lru_cache(maxsize=1)
def _names_set() -> frozenset:
    try:
        from voice_companion.privacy.spoken import FIRST_NAMES
        return frozenset(n.lower() for n in FIRST_NAMES)
    except Exception:
        return frozenset()


def redact_round62(raw: str, out: str, prev: str = "", pc_before: bool = False) -> str:
    """Round 62 on one line: what goes (E; F with `pc_before`: the line before said "postcode" and was redacted), what
    stays (A to D). `prev` is the line before as said, lower case."""
    low = raw.lower()
    if (out == raw and low[:2] == "ok") or (pc_before and "letter" in low) or ("[iban]" in out and " nee " in low) \
            or "ik schrijf" in low or "ik noteer" in low or (" is " in low and _R62_ROLE_GATE.search(low) is not None):
        asked = bool(prev) and (_R56_NAME_CUE.search(prev) is not None or "heet" in prev or "heten" in prev)
        out = _line_pass(raw, out, partial(_r62_marks, pc_before=pc_before, asked=asked))
    if out == raw or "[" not in out:
        return out
    road = _R62_ROAD.search(low) is not None and _R62_DATA_CUE.search(low) is None
    car = _R62_CAR_CUE.search(low) is not None or _R62_CAR_CUE.search(prev) is not None \
        or any(w in _R62_CAR_BRANDS for w in low.split())
    term = "[datum]" in out and _R62_TERM.search(low) is not None and _R62_BIRTH.search(low) is None
    meneer = "meneer" in low or "mevrouw" in low or " man van" in low or " vrouw van" in low
    if not (road or car or term or meneer):
        return out
    return _line_keep(raw, out, partial(_r62_kept, road=road, car=car, term=term))


# ---------------------------------------------------------------------------
# Round 63 (holdout BG and BC, own examples in tests/privacy/test_round63.py):
# J. a street whose first word is an everyday word, before the redacted rest of its name, read back or said as an
#    address ("ik schrijf plantage [adres]", "het adres is nieuwe [adres]"): the first word goes with the rest (round
#    62's "ik schrijf molen twaalf" took one word before the number only);
# K. a name in writing whose first word opens the sentence and is an everyday word or a surname before the redacted
#    rest ("Wang [naam] is je collega": a surname said first): the first word goes with the rest (round 62's
#    "Yilmaz is je collega" took one word before "is" only);
# L. a postcode's digits in pairs or one by one, then "en dan" (or "dan", "en") and its two letter names
#    ("zes vijf twee twee en dan ha ka"): all of it goes, also where nothing said "postcode";
# What stays: M. a painter or thinker known by one name only (rembrandt, vermeer, spinoza ...) spoken of on its own,
#    never after or with a word that makes it someone's own name ("mijn zoon rembrandt", "ik heet vermeer").
# ---------------------------------------------------------------------------
_R63_READBACK = frozenset("schrijf noteer herhaal lees zet".split())
_R63_FILL = frozenset("het op even dus dan eh ehm maar nu terug als".split())
_R63_ADDR_BEFORE = frozenset("is adres woon woont wonen woonde op aan".split())
_R63_NOT_FIRST = _R62_NOT_STREET | frozenset("naar van in bij met voor achter langs over tot om de het een".split())
_R63_KIN = frozenset("oma opa tante oom meneer mevrouw juf meester dokter collega buurman buurvrouw neef nicht zus "
                     "broer mama papa moeder vader zoon dochter vriend vriendin baas chef".split())
_R63_PC_BEFORE_NOT = frozenset("om van tot tegen rond half kwart voor na over sinds vanaf tussen uur".split())
_R63_PC_LINK = frozenset("en dan".split())
_R63_LETTER_NOT = frozenset("je we te er ge be en ik ie".split())
_R63_ONE_NAME = frozenset("rembrandt vermeer mondriaan multatuli erasmus spinoza escher thorbecke".split())
_R63_PC_GATE = _Lazy(r"\bdan (?:\w{1,4}) (?:\w{1,4})\b")


def _r63_letter(w: str) -> bool:
    return (w in LETTER_NAMES or (len(w) == 1 and w.isalpha() and w.isascii())) and w not in _R63_LETTER_NOT


def _r63_marks(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    n = len(lows)
    marks: dict[int, str] = {}
    runs_ = _redacted_runs(own, n) if own else []
    for s, e, lab in runs_:
        # J. "ik schrijf plantage [adres]": the street's everyday first word before the redacted rest
        if lab == "[adres]" and s >= 2:
            j = s - 1
            w = lows[j]
            if j not in own and w.isalpha() and len(w) >= 3 and w not in STOP_WORDS and w not in _R63_NOT_FIRST \
                    and _R62_NUM.match(w) is None and _R59_STREET_END.search(lows[s]) is not None:
                k = j - 1
                while k >= 0 and lows[k] in _R63_FILL and k not in own:
                    k -= 1
                if k >= 0 and k not in own and (lows[k] in _R63_ADDR_BEFORE or (
                        lows[k] in _R63_READBACK and k >= 1 and lows[k - 1] == "ik")):
                    marks[j] = "[adres]"
        # K. "Wang [naam] is je collega": the first word of a written name opening a sentence
        if lab == "[naam]" and s >= 1:
            j = s - 1
            if j not in own and (j == 0 or words[j - 1].endswith((".", "!", "?"))) and words[j][:1].isupper() \
                    and not words[j].endswith((",", ".", "!", "?", ":")) and lows[j].isalpha() and len(lows[j]) >= 2 \
                    and lows[j] not in STOP_WORDS and lows[j] not in _R63_KIN and lows[j] not in _R59_TITLES \
                    and _R62_NUM.match(lows[j]) is None and e < n and lows[e] in ("is", "was", "werkt", "heeft"):
                marks[j] = "[naam]"
    # L. "vijfenzestig tweeëntwintig en dan ha ka"
    if "dan" in lows or "en" in lows:
        k = 0
        while k < n:
            if k in own or _R62_NUM.match(lows[k]) is None or lows[k] in ("en", "ën"):
                k += 1
                continue
            s = k
            while k < n and k not in own and _R62_NUM.match(lows[k]) is not None and lows[k] not in ("en", "ën") \
                    and k - s < 4:
                k += 1
            e = k
            link = e
            while link < n and link < e + 2 and lows[link] in _R63_PC_LINK and link not in own:
                link += 1
            if link > e and link + 1 < n and link not in own and link + 1 not in own \
                    and _r63_letter(lows[link]) and _r63_letter(lows[link + 1]) and lows[link] != lows[link + 1] \
                    and (link + 2 == n or not _r63_letter(lows[link + 2])) \
                    and (s == 0 or lows[s - 1] not in _R63_PC_BEFORE_NOT) and e - s >= 2:
                digits = "".join(r.digits for r in runs(number_tokens(" ".join(lows[s:e]))))
                if len(digits) == 4 and digits[0] != "0" and all(
                        len("".join(r.digits for r in runs(number_tokens(lows[x])))) <= 2 for x in range(s, e)):
                    marks.update({x: "[postcode]" for x in range(s, link + 2)})
                    k = link + 2
    return marks


def _r63_kept(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> set[int]:
    n = len(lows)
    keep: set[int] = set()
    for s, e, lab in _redacted_runs(own, n):
        # M. "rembrandt heeft ook veel verdriet gehad": a one-name painter or thinker on its own
        if lab == "[naam]" and e - s == 1 and lows[s] in _R63_ONE_NAME and (s == 0 or (s - 1) not in own) \
                and (e == n or e not in own) and _R59_OWN.search(" ".join(lows[max(0, s - 3):s])) is None \
                and not (s >= 1 and (lows[s - 1] in ("met", "is", "ik", "heet", "heette") or lows[s - 1] in _R59_TITLES
                                     or lows[s - 1] in _R63_KIN)) \
                and not (e < n and lows[e] not in STOP_WORDS and lows[e] not in ORDINARY_WORDS):
            keep.add(s)
    return keep


def redact_round63(raw: str, out: str) -> str:
    """Round 63 on one line: what goes (J to L), what stays (M)."""
    if "[adres]" in out or ("[naam]" in out and (raw[:1].isupper() or ". " in raw)) or _R63_PC_GATE.search(raw):
        out = _line_pass(raw, out, _r63_marks)
    if "[naam]" in out and _R63_ONE_NAME.intersection(raw.lower().split()):
        out = _line_keep(raw, out, _r63_kept)
    return out


# ---------------------------------------------------------------------------
# Round 64 (holdout BH, own examples in tests/privacy/test_round64.py): the numbers of everyday life that stay.
# S. a size, a size word and the number right after it ("je hebt schoenmaat vierenveertig", "confectiemaat
#    tweeënveertig", "maat achtendertig"): no street and house number;
# T. a run of lottery or bingo numbers after lot, lotto, loterij or bingo on the line or the line before ("je
#    lotnummers waren zeven twaalf negentien ..."): numbers below a hundred, each said as one word, no phone number,
#    unless a data cue (nummer, bel, bereikbaar, bsn, rekening) is on the line or the line before;
# U. a score at a line's end ("jullie verloren met nul zes") is no phone number's start: see spoken._score_tail.
# ---------------------------------------------------------------------------
_R64_SIZE = frozenset("schoenmaat schoenmaten maat maten kledingmaat confectiemaat broekmaat jurkmaat jasmaat "
                      "shirtmaat ringmaat maatje".split())
_R64_SIZE_BEFORE_NOT = frozenset("op aan in".split())
_R64_LOTTERY = _Lazy(r"\b(?:lot|loten|lotje|lotnummers?|lotto\w*|\w*loterij\w*|bingo\w*|trekking)\b")
_R64_GATE = _Lazy(r"maat|maten|lot|bingo|trekking")
from voice_companion.privacy.spoken import BSN_CUES, IBAN_CUES, PHONE_CUES  # noqa: E402

_R64_DATA_CUES = PHONE_CUES | BSN_CUES | IBAN_CUES | frozenset({"bereikbaar", "gebeld", "postcode", "adres"})


def _r64_data_cue(lows) -> bool:
    """A word that asks for or names a personal detail (nummer, bel, bereikbaar, huisnummer, straat, woon)."""
    return any(w in _R64_DATA_CUES or w in ("woon", "woont", "wonen", "adres")
               or (w.endswith(("nummer", "straat")) and not w.startswith("lot")) for w in lows)


def _r64_small(w: str, top: int) -> bool:
    """One number word (or digits) from 1 to `top`."""
    v = int(w) if w.isdigit() and len(w) <= 3 else word_value(fold(w))
    return v is not None and 1 <= v <= top and not w.startswith(("nul", "0"))


def _r64_kept(words: list[str], lows: tuple[str, ...], own: dict[int, str], lottery_before: bool = False) -> set[int]:
    n = len(lows)
    keep: set[int] = set()
    # S. "schoenmaat vierenveertig": the size word and the number after it
    for j, w in enumerate(lows):
        if w in _R64_SIZE and j + 1 < n and _r64_small(lows[j + 1], 60) \
                and (j == 0 or lows[j - 1] not in _R64_SIZE_BEFORE_NOT) \
                and (j + 2 == n or not _r64_small(lows[j + 2], 99)):
            keep.update(x for x in (j, j + 1) if x in own)
    # T. "je lotnummers waren zeven twaalf negentien ...": the numbers after a lottery word
    if _r64_data_cue(lows):
        return keep
    cue = next((k for k, w in enumerate(lows) if _R64_LOTTERY.fullmatch(w)), None)
    if cue is None and not lottery_before:
        return keep
    for s, e, lab in _redacted_runs(own, n):
        if lab in ("[nummer]", "[telefoonnummer]", "[adres]", "[postcode]", "[datum]") and (cue is None or s > cue) \
                and all(lows[x] in ("en", "ën") or _r64_small(lows[x], 99) for x in range(s, e)) \
                and any(_r64_small(lows[x], 99) for x in range(s, e)):
            keep.update(range(s, e))
    return keep


def redact_round64(raw: str, out: str, prev: str = "") -> str:
    """Round 64 on one line: what stays (S, T; U is read at the line's end, see spoken._score_tail)."""
    if out == raw or "[" not in out:
        return out
    low = raw.lower()
    if _R64_GATE.search(low) is None and (not prev or _R64_LOTTERY.search(prev) is None):
        return out
    lottery_before = bool(prev) and _R64_LOTTERY.search(prev) is not None \
        and not _r64_data_cue(prev.lower().split())
    return _line_keep(raw, out, partial(_r64_kept, lottery_before=lottery_before))


# ---------------------------------------------------------------------------
# Round 65 (the worker lines of every annotated call, own examples in tests/privacy/test_round65.py): ordinary talk
# the rules or the tagger took for a name, put back last (the worker's lines are read before the classifier).
# V. a possessive, a noun no name list knows, "de" and a noun ("in haar nachtpon de deur uit", "zijn kamerjas de
#    gang op"): a thing one wears or holds, no surname with a particle (a title before it still goes: "mevrouw de
#    deur");
# W. a name's everyday tail: "doe [naam] de groeten", "[naam] goeienavond", "[naam] van de nacht lijn", "[naam] van de
#    eerste verdieping", "wil jij [naam] appen": the name goes, the tail stays;
# X. a title before a wish or an imperative ("meneer sterkte", "mevrouw gecondoleerd", "meneer neem de tijd", "meneer
#    het klinkt alsof"), "met de nacht lijn" / "met de dienstdoende hulpverlener" said for the line itself;
# Y. a utility company after "de man van" ("die man van liander", "iemand van stee din");
# Z. a family member and a verb ("je opa dwaalt op straat", "mijn oma puzzelt"), fillers and reflexives ("tjee",
#    "hmm hmm", "jep", "effe", "met uzelf af").
# ---------------------------------------------------------------------------
from voice_companion.privacy.spoken import FIRST_NAMES as _R65_F1  # noqa: E402
from voice_companion.privacy.spoken import FIRST_NAMES_AMBIGUOUS as _R65_F3  # noqa: E402
from voice_companion.privacy.spoken import FIRST_NAMES_MORE as _R65_F2  # noqa: E402
from voice_companion.privacy.names_nl import ORDINARY_WORDS as _R65_ORDINARY  # noqa: E402
from voice_companion.privacy.words import KIN as _R65_KIN  # noqa: E402

_R65_POSSESSIVE = POSSESSIVES | frozenset("m'n mn hun z'n zn d'r".split())  # the shared set and spoken forms
_R65_TITLES = frozenset("meneer mevrouw mevrou menier juffrouw dokter".split())
_R65_WISH = frozenset("sterkte gecondoleerd welterusten bedankt dankjewel dankuwel succes gefeliciteerd proficiat "
                      "neem wacht luister kijk vertel zeg blijf probeer het dat dit ik er levensmoe".split())
_R65_TAIL_GREET = frozenset("goeienavond goeienacht goedenavond goedenacht goeiemorgen goedemorgen goeiendag "
                            "goedendag".split())
_R65_LINE_DAY = frozenset("nacht avond dag crisis".split())
_R65_UTILITY = frozenset("enexis liander eneco evides stedin steedin vattenfall essent vitens dunea waternet oasen "
                         "greenchoice budgetenergie".split())
_R65_FILLERS = frozenset("tjee tjeetje hmm hm jep effe me uzelf jezelf mezelf zichzelf onszelf".split())
_R65_CONTACT = frozenset("appen bellen terugbellen opbellen mailen smsen sms'en ophalen ophaalde ophaalt vragen "
                         "waarschuwen wekken".split())
_R65_GATE = _Lazy(r"\bde\b|goe|appen|sterkte|gecondoleerd|neem|levensmoe|\bhet\b|enexis|liander|eneco|evides|"
                       r"stee|stedin|vattenfall|essent|vitens|dunea|waternet|oasen|tjee|hmm|jep|effe|zelf|t\b|\bme\b|en\b|ophaal")


def _r65_first(w: str) -> bool:
    return w in _R65_F1 or w in _R65_F2 or w in _R65_F3


def _r65_verb(w: str) -> bool:
    """A present-tense verb ("dwaalt", "puzzelt", "zwerft"): its infinitive is an ordinary word (no name: "rembrandt")."""
    if len(w) < 5 or not w.endswith("t"):
        return False
    stem = w[:-1]
    forms = {stem + "en", stem + "n"}
    if stem[-1:] in "fs":
        forms.add(stem[:-1] + {"f": "v", "s": "z"}[stem[-1]] + "en")
    m = re.search(r"(aa|ee|oo|uu)([^aeiou])$", stem)
    if m:
        forms.add(stem[:m.start()] + m.group(1)[0] + m.group(2) + "en")
    if len(stem) >= 2 and stem[-1] == stem[-2]:
        forms.add(stem[:-1] + "en")
    return any(f in _R65_ORDINARY for f in forms)


def _r65_kept(words: list[str], lows: tuple[str, ...], own: dict[int, str]) -> set[int]:
    n = len(lows)
    keep: set[int] = set()
    for s, e, lab in _redacted_runs(own, n):
        if lab != "[naam]":
            continue
        span = lows[s:e]
        before = lows[s - 1] if s > 0 else ""
        # V. "in haar nachtpon de deur": possessive, a noun no name list knows, "de", a noun
        if e - s >= 3 and span[1] == "de" and before in _R65_POSSESSIVE and not _r65_first(span[0]) \
                and (s < 2 or lows[s - 2] not in _R65_TITLES):
            keep.update(range(s, e))
            continue
        # X. "meneer sterkte", "mevrouw gecondoleerd", "meneer neem de tijd", "meneer het klinkt"
        if before in _R65_TITLES and span[0] in _R65_WISH:
            keep.update(range(s, e))
            continue
        # X. "met de nacht lijn", "met de dienstdoende hulpverlener"
        if span[0] == "de" and e - s <= 2 and ((e - s == 2 and span[1] in _R65_LINE_DAY and e < n
                                                 and lows[e].startswith("lijn"))
                                                or (e - s == 2 and span[1] == "dienstdoende")):
            keep.update(range(s, e))
            continue
        # Y. a utility company ("de man van liander", "iemand van stee din")
        body = span[1:] if span[0] == "van" and e - s >= 2 else span  # "die mevrouw van eneco": no surname
        if all(w in _R65_UTILITY for w in body) or "".join(body) in _R65_UTILITY:
            keep.update(range(s, e))
            continue
        # Z. fillers and reflexives
        if all(w in _R65_FILLERS for w in span):
            keep.update(range(s, e))
            continue
        # Z. a family member and a verb: "je opa dwaalt", "mijn oma puzzelt"
        if e - s == 1 and before in _R65_KIN and _r65_verb(span[0]) \
                and not _r65_first(span[0]) and s >= 2 and lows[s - 2] in _R65_POSSESSIVE:
            keep.add(s)
            continue
        # Z. a family member and a contact verb: "je oom appen", "je tante terugbellen", "bij oma ophaalde"
        if e - s == 1 and before in _R65_KIN and span[0] in _R65_CONTACT:
            keep.add(s)
            continue
        # W. a name's everyday tail: the name goes, the tail stays
        if _r65_first(span[0]) and e - s >= 2:
            rest = span[1:]
            if rest in (("de", "groeten"),) or (len(rest) == 1 and rest[0] in _R65_TAIL_GREET | {"appen"}) \
                    or (rest[:2] == ("van", "de") and (
                        (len(rest) == 3 and rest[2] in _R65_LINE_DAY and e < n and lows[e].startswith("lijn"))
                        or (len(rest) == 3 and rest[2] in ("eerste", "tweede", "derde", "vierde", "bovenste",
                                                           "onderste")))):
                keep.update(range(s + 1, e))
    return keep


def redact_round65(raw: str, out: str) -> str:
    """Round 65 on one line: ordinary talk that stays (V to Z)."""
    if "[naam]" not in out or _R65_GATE.search(raw.lower()) is None:
        return out
    return _line_keep(raw, out, _r65_kept)


# ---------------------------------------------------------------------------
# Round 67 (holdouts BI and BJ, own examples in tests/privacy/test_round67.py): what goes, read with the window's
# last lines as said and logged:
# BA. a street's adjective before the street ("de oude [adres]", "op de grote [adres]");
# BB. a name or street said again in pieces that make the redacted word ("mevrouw [naam]" / "la tu pe ri sa",
#     "w ij n hoven");
# BC. a spelling aid after a redacted word or a piece of it ("[naam] met dubbel s", "smid met d" after "de
#     [adres]", "met ij van ijmuiden"), and a letter corrected on a line of its own ("dubbel s", "o nee een s");
# BD. a house number on its own line after a street spelled over lines ("[adres]" / "[naam]" / "vijftien");
# BE. a name asked for ("die vraagt naar wei zhang"): a run to the line's end after "vraagt naar", no article,
#     pronoun or preposition in it, one word no ordinary word or a first name.
# What stays: BF. a thing to do noted for a day ("ik noteer terugbellen op donderdag").
# ---------------------------------------------------------------------------
from voice_companion.privacy.spoken import _STREET_ADJECTIVES as _R67_STREET_ADJ  # noqa: E402
from voice_companion.privacy.spoken import STOP_WORDS as _R67_STOP  # noqa: E402
from voice_companion.privacy.names_nl import ORDINARY_WORDS as _R67_ORDINARY  # noqa: E402

_R67_ADJ = _R67_STREET_ADJ | frozenset("oostelijke westelijke noordelijke zuidelijke".split())
_R67_COUNT = frozenset("dubbel dubbele een twee".split())
_R67_FILL = frozenset("o oh nee ja dus eh uh ehm sorry niet maar toch nog".split())
_R67_ASK_VERBS = frozenset("vraagt vroeg vroegen".split())  # ("vragen naar de afdeling": an instruction)
_R67_ASK_STOP = _R67_STOP | POSSESSIVES | PARTICLES | frozenset(
    "de het een die dat dit deze hem haar hun jou jullie u mij me ons iemand niemand iets niets wat hoe of en "
    "bij met voor over in op aan uit om naar".split())
_R67_VERB_TAILS = ("bellen", "komen", "gaan", "halen", "brengen", "sturen", "mailen", "appen", "praten", "spreken",
                   "kijken", "zoeken")
_R67_DAY_WORDS = frozenset("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag morgen overmorgen vandaag "
                           "vanavond vannacht volgende straks".split())


_R67_ADJ_RE = None


def _r67_street_adjective(out: str) -> str:
    """BA on a line as logged: a street's adjective right before "[adres]" goes into it."""
    global _R67_ADJ_RE
    if _R67_ADJ_RE is None:
        _R67_ADJ_RE = re.compile(r"(?<![^\s])(?:" + "|".join(sorted(_R67_ADJ, key=len, reverse=True))
                                 + r") \[adres\]")
    return _R67_ADJ_RE.sub("[adres]", out)


_R67_BARE_HEADS = frozenset("ring weg laan dijk kade singel markt plein dreef gracht".split())
_R67_PAIRS = _Lazy(r"\b(?:paar|paren|cijfers)\b")


def _r67_iban_start(raw: str) -> bool:
    """An account number's start on a line of its own: "n l", a check number, fillers ("n l vijf eh", "nl 55")."""
    lows = [w for w in _r20_lows(raw) if w not in SHORT_FILLERS]
    if len(lows) < 2:
        return False
    if lows[0] == "nl":
        rest = lows[1:]
    elif lows[:2] == ["n", "l"] or lows[:2] == ["en", "el"]:
        rest = lows[2:]
    else:
        return False
    return 1 <= len(rest) <= 2 and all(_r20_number(w) is not None and _r20_number(w) < 100 for w in rest)


def _r67_name_score(w: str) -> float:
    from voice_companion.privacy.spoken import name_score

    return name_score(w)


_R67_DIGRAPHS = frozenset("ij oe ou ei ui au ie".split())


def _r67_letter(w: str) -> bool:
    return (len(w) == 1 and w.isalpha()) or w in _R67_DIGRAPHS


def _r67_before_words(before) -> dict[str, str]:
    """The words the window's earlier lines (as said, as logged) lost, with their labels."""
    got: dict[str, str] = {}
    for raw, out in before:
        if raw == out or "[" not in out:
            continue
        lows = _r20_lows(raw)
        for i, lab in _redacted_words(raw, out).items():
            if i < len(lows) and len(lows[i]) >= 3 and lows[i].isalpha():
                got.setdefault(lows[i], lab)
    return got


def _r67_all_gone(raw: str, out: str) -> bool:
    """A line the rules took whole (its words left only fillers and articles)."""
    if raw == out:
        return False
    gone = _redacted_words(raw, out)
    return all(i in gone or w in SHORT_FILLERS or w in ("de", "het") for i, w in enumerate(_r20_lows(raw)))


def _r67_marks(words, lows, own, before, street_age: int = 0) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    prev = _r67_before_words(before) if before else {}
    # BA. a street's adjective before the street
    for i in range(n - 1):
        if lows[i] in _R67_ADJ and i not in own and own.get(i + 1) == "[adres]":
            marks[i] = "[adres]"
        # "oostelijke ring honderdzesenzestig": an adjective, a bare street head, a house number
        if i + 2 < n and lows[i] in _R67_ADJ and lows[i + 1] in _R67_BARE_HEADS \
                and 0 < (_r20_number(lows[i + 2]) or 0) < 10000 \
                and (i + 3 >= n or lows[i + 3] not in COUNT_UNITS):
            for k in (i, i + 1, i + 2):
                if k not in own:
                    marks[k] = "[adres]"
    # BH. the pairs of a phone number announced ("[telefoonnummer]" / "nog twee paar" / "achtendertig" / "zeventig")
    if before and n <= 3 and all(_r20_number(w) is not None or w in SHORT_FILLERS for w in lows):
        nums = [i for i in range(n) if _r20_number(lows[i]) is not None and i not in own]
        if nums and all((_r20_number(lows[i]) or 0) < 100 for i in nums):
            for raw, out in before:
                if "[telefoonnummer]" in out and _R67_PAIRS.search(raw) is not None:
                    for i in nums:
                        marks[i] = "[telefoonnummer]"
                    break
                if out.strip(" ,.") != "[telefoonnummer]":
                    break
    if prev:
        # BB. pieces that make a word the window's earlier lines lost
        for s in range(n):
            if not lows[s].isalpha():
                continue
            cat = lows[s]
            for e in range(s + 1, min(n, s + 10)):
                if not lows[e].isalpha():
                    break
                cat += lows[e]
                if len(cat) > 24:
                    break
                lab = prev.get(cat)
                if lab is not None and len(cat) >= 5:
                    for k in range(s, e + 1):
                        marks.setdefault(k, lab)
        # BC (2). a letter corrected on a line of its own: "dubbel s", "o nee een s", "met twee d's"
        if n <= 6 and all(w in _R67_FILL or w in _R67_COUNT or w == "met" or _r67_letter(w) for w in lows):
            letters = "".join(prev)
            for i in range(n - 1):
                if lows[i] in _R67_COUNT | {"met"} and _r67_letter(lows[i + 1]) and lows[i + 1] in letters:
                    lab = next((lb for w, lb in prev.items() if lows[i + 1] in w), "[naam]")
                    marks[i] = marks[i + 1] = lab
                    if i > 0 and lows[i - 1] == "met":
                        marks[i - 1] = lab
    # BC (1). a spelling aid after a redacted word or a piece of it
    for m in range(n - 1):
        if lows[m] != "met":
            continue
        j = m + 1
        if lows[j] in _R67_COUNT and j + 1 < n:
            j += 1
        if not _r67_letter(lows[j]) or (j == m + 1 and lows[j] == "u"):
            continue  # ("[naam] met u": the pronoun)
        end = j
        if end + 2 < n and lows[end + 1] == "van" and lows[end + 2].isalpha() and lows[end + 2].startswith(lows[j]):
            end += 2  # "met ij van ijmuiden"
        lab = None
        piece = None
        if m > 0 and own.get(m - 1) in ("[naam]", "[adres]"):
            lab = own[m - 1]
        elif m > 0 and len(lows[m - 1]) >= 3 and lows[m - 1].isalpha():
            hit = next((lb for w, lb in prev.items() if lows[m - 1] in w and lows[j] in w), None)
            if hit is not None:
                lab, piece = hit, m - 1
        elif m == 0 and prev:
            lab = next((lb for w, lb in prev.items() if lows[j] in w), None)
        if lab is None:
            continue
        if piece is not None:
            marks[piece] = lab
        for k in range(m, end + 1):
            if k not in own:
                marks[k] = lab
    # BD. a house number alone after a street spelled over lines
    if street_age >= 2 and n <= 3:
        nums = [i for i in range(n) if i not in own and _r20_number(lows[i]) is not None]
        if len(nums) == 1 and 0 < (_r20_number(lows[nums[0]]) or 0) < 10000 and all(
                i in nums or lows[i] in HOUSE_NUMBER_CUES or lows[i] in SHORT_FILLERS for i in range(n)):
            marks[nums[0]] = "[adres]"
    # BE. a name asked for
    for k in range(n - 2):
        if lows[k] in _R67_ASK_VERBS and lows[k + 1] == "naar":
            run = lows[k + 2:]
            if 1 <= len(run) <= 3 and all(w.isalpha() and len(w) >= 2 and w not in _R67_ASK_STOP for w in run) \
                    and any(w in _R65_F1 or (w not in _R67_ORDINARY and _r67_name_score(w) >= 0.5) for w in run):
                for i in range(k + 2, n):
                    if i not in own:
                        marks[i] = "[naam]"
    return marks


def _r67_kept(words, lows, own) -> set[int]:
    """BF: "ik noteer terugbellen op donderdag": a thing to do (a verb) after "noteer" stays."""
    keep: set[int] = set()
    for i in range(1, len(lows) - 1):
        if lows[i - 1] == "noteer" and own.get(i) == "[naam]" and lows[i].endswith(_R67_VERB_TAILS) \
                and lows[i] not in _R65_F1 and lows[i + 1] in ("op", "om", "voor") \
                and (lows[i + 2] if i + 2 < len(lows) else "") in _R67_DAY_WORDS:
            keep.add(i)
    return keep


_R67_GATE = _Lazy(r"\bnaar\b|\bmet\b|\bdubbel|\bnoteer\b|\b(?:ring|weg|laan|dijk|kade|singel|markt|plein|dreef|gracht) \w")


_R67_BIRTH = _Lazy(r"geboren|geboorte|jarig|verjaardag|\bbsn\b|leeftijd")


def _r67_date_kept(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """BG: a date corrected that is no birth ("dertien november heb je de rechtszaak" / "nee veertien november"): the
    line before said a day and a month that stayed, nothing in the window is about a birth; the correction stays."""
    p_raw, p_out = before[0]
    if _R67_BIRTH.search(" ".join([raw] + [r for r, _ in before]).lower()) is not None:
        return out
    p_lows = _r20_lows(p_raw)
    p_gone = _redacted_words(p_raw, p_out) if p_raw != p_out else {}
    if not any(w in MONTHS and i not in p_gone and i > 0 and _r20_number(p_lows[i - 1]) is not None
               for i, w in enumerate(p_lows)):
        return out

    def kept(words, lows, own):
        if not lows or lows[0] not in ("nee", "o", "sorry") or any(lab != "[datum]" for lab in own.values()):
            return set()
        return set(own) if any(w in MONTHS for w in lows) else set()

    return _line_keep(raw, out, kept)


def redact_round67(raw: str, out: str, before: list[tuple[str, str]], street_age: int = 0) -> str:
    """Round 67 on one line with the window's lines before it (as said, as logged; newest first): BA to BG."""
    low = raw.lower()
    if before and "[datum]" in out and out != raw:
        out = _r67_date_kept(raw, out, before)
    if "[naam]" in out and "noteer" in low:
        out = _line_keep(raw, out, _r67_kept)
    if not ("[adres]" in out or street_age >= 2 or _R67_GATE.search(low) is not None
            or (low.count(" ") < 8 and any(o != r and "[" in o for r, o in before))):
        return out  # (the forms read off the lines before are short lines of their own)
    return _line_pass(raw, out, lambda words, lows, own: _r67_marks(words, lows, own, before, street_age))


# ---------------------------------------------------------------------------
# Round 66 (holdout BI, own examples in tests/privacy/test_round66.py): corrections, spelling and data split over
# utterances. What stays, read with the window's last lines as said:
# AA. a medicine said and spelled letter by letter ("de diazepam" / "d i a z e p a m" / "vijf milligram"): a known
#     medicine, or a word next to a dose or "medicijn" / "pillen" in the window, is no person; its letters stay
#     (also spelled in two parts: "v e n l a" / "f a x i n e");
# AB. an organisation said and spelled ("de kessler stichting" / "k e s s l e r", "het ziekenhuis" / "isala" /
#     "i s a l a", "de gemeente apeldoorn"): a word next to "stichting", "gemeente", "ziekenhuis", "ggz", a listed
#     organisation, or said alone after a line that is only such a head ("de stichting" / "humanitas");
# AC. a place one comes from or is in, spelled ("weesp" / "w e e s p" / "je komt uit weesp").
# A person's name spelled still goes: the word must be a thing by one of these cues, and no listed first name.
# ---------------------------------------------------------------------------
_R66_MEDICINES = frozenset("""
quetiapine seroquel oxazepam seresta diazepam valium lorazepam temesta temazepam alprazolam xanax clonazepam
rivotril midazolam sertraline zoloft paroxetine seroxat fluoxetine prozac fluvoxamine citalopram escitalopram
lexapro venlafaxine efexor duloxetine cymbalta mirtazapine remeron amitriptyline nortriptyline clomipramine
imipramine lithium priadel lamotrigine lamictal valproaat depakine carbamazepine tegretol olanzapine zyprexa
risperidon risperidone risperdal aripiprazol abilify haloperidol haldol clozapine leponex pipamperon dipiperon
methadon buprenorfine suboxone naltrexon oxycodon oxycontin tramadol morfine fentanyl codeine paracetamol ibuprofen
diclofenac naproxen metoprolol propranolol omeprazol pantoprazol metformine insuline zolpidem zopiclon promethazine
melatonine ritalin methylfenidaat concerta dexamfetamine bupropion trazodon pregabaline lyrica gabapentine
antabuse disulfiram acamprosaat
""".split())
_R66_DOSE = frozenset("milligram mg microgram milliliter ml druppels tabletten tablet pillen pil capsules capsule "
                      "medicijn medicijnen medicatie medicament pilletjes".split())
_R66_ORG_HEADS = frozenset("stichting gemeente ziekenhuis ggz kliniek wijkteam voedselbank vereniging instelling "
                           "huisartsenpost praktijk centrum ggd".split()) | frozenset(
    "mind hulplijn fonds instituut".split())  # round 69: "mind korrelatie" / "k o r r e l a t i e"
_R66_ARTICLES = frozenset("de het een die dat dit".split())
_R66_PLACE_CUES = frozenset("uit".split())
_R66_GATE = _Lazy(r"(?<![^\W_])[a-z](?: [a-z]){2,}(?![^\W_])|milli|mg\b|pil|medic|stichting|gemeente|ziekenhuis|"
                       r"ggz|kliniek|wijkteam|\buit\b|tablet|capsule|druppel")


from voice_companion.privacy.spoken import SURNAMES_AMBIGUOUS as _R66_S2  # noqa: E402
from voice_companion.privacy.spoken import SURNAMES_SAFE as _R66_S1  # noqa: E402

# round 67: a person said in the window (a title, a name noun, kin, "heet", a doctor): then only a known medicine
# or a word right next to an organisation's head stays
_R66_PERSON_CUES = TITLES | NAME_NOUNS | KIN | frozenset(
    "heet heten ben dokter huisarts psychiater psycholoog arts zuster verpleegkundige familie".split())


def _r66_person(w: str) -> bool:
    return w in _R65_F1 or w in _R65_F2 or w in _R65_F3 or w in _R66_S1 or w in _R66_S2


def _r66_runs(lows) -> list[tuple[int, int, str]]:
    """The runs of two or more single letters in a line ("d i a z e p a m" -> (s, e, "diazepam"))."""
    found: list[tuple[int, int, str]] = []
    i, n = 0, len(lows)
    while i < n:
        j = i
        while j < n and len(lows[j]) == 1 and lows[j].isalpha():
            j += 1
        if j - i >= 2:
            found.append((i, j, "".join(lows[i:j])))
        i = max(j, i + 1)
    return found


def _r66_things(lines: list[tuple[str, ...]]) -> set[str]:
    """The words of the window's lines (as said, lowered) that a cue names a medicine, an organisation or a place."""
    things: set[str] = set()
    dose = any(w in _R66_DOSE for ln in lines for w in ln)
    spelled = {r[2] for ln in lines for r in _r66_runs(ln)}
    person = any(w in _R66_PERSON_CUES for ln in lines for w in ln)
    for ln in lines:
        n = len(ln)
        for i, w in enumerate(ln):
            if len(w) < 3 or _r66_person(w) or not w.isalpha():
                continue
            after_van = i > 0 and ln[i - 1] in PARTICLES and ln[i - 1] not in ("de", "het")
            if w in _R66_MEDICINES or w in _R66_ORG_HEADS:
                things.add(w)  # (round 67: "de voedselbank" / "v o e d s e l b a n k", "ggz drenthe")
            elif after_van:
                continue  # "van hendriks", "ten bosch": a surname's particle
            elif dose and not person and (i == 0 or ln[i - 1] in _R66_ARTICLES or ln[i - 1] in _R66_DOSE) and (
                    w in spelled or any(w.startswith(x) for x in spelled if len(x) >= 3)):
                things.add(w)  # "die pillen" / "sertraline" / "s e r t r a l i n e": spelled near a dose
            elif (i > 0 and ln[i - 1] in _R66_ORG_HEADS) or (i + 1 < n and ln[i + 1] in _R66_ORG_HEADS):
                things.add(w)  # "de kessler stichting", "de gemeente apeldoorn", "ggz drenthe"
            # (round 67: a word said alone after "het ziekenhuis" or "de stichting" goes: it can be a contact
            # person's surname as well as the place's name)
    return things


def _r66_keep_line(raw: str, out: str, lines: list[tuple[str, ...]], things: set[str]) -> str:
    """One line's words that are things (see _r66_things), and its letters when they spell a thing, put back."""
    said = {w for ln in lines for w in ln}
    whole = {t for t in things if t in said}
    runs = [r[2] for ln in lines for r in _r66_runs(ln)]

    def kept(words, lows, own):
        keep = {i for i in own if lows[i] in things and own[i] == "[naam]"}
        for s, e, spelled in _r66_runs(lows):
            if not all(own.get(i) in ("[naam]", None) for i in range(s, e)):
                continue
            if spelled in whole or any(spelled + o in whole or o + spelled in whole for o in runs) or (
                    len(spelled) >= 4 and any(t.startswith(spelled) and t in _R66_MEDICINES for t in whole)):
                keep.update(i for i in range(s, e) if i in own)
        return keep

    return _line_keep(raw, out, kept)


def redact_round66(raw: str, out: str, before: list[str]) -> tuple[str, list[tuple[str, ...]], set[str]]:
    """Round 66 on one line with the window's lines before it as said (newest first): what stays (AA to AC)."""
    lines = [_r20_lows(raw)] + [_r20_lows(b) for b in before]
    if out == raw or "[naam]" not in out or not any(_R66_GATE.search(b.lower()) for b in [raw] + before):
        return out, lines, set()
    things = _r66_things(lines)
    if not things:
        return out, lines, things
    return _r66_keep_line(raw, out, lines, things), lines, things


# ---------------------------------------------------------------------------
# Round 68 (holdouts BK and BL, own examples in tests/privacy/test_round68.py): what goes, read on the line as said
# (and the window's line before it, as said and as logged):
# CA. a nickname after "ze noemen je" / "noemen ze hem": the word before a name that goes with it ("ome [naam]",
#     "bolle [naam]") and a nickname of its own ("de boer van de hoge hoeve");
# CB. a farm's or a hamlet's name as an address: "de hoeve van [naam]", "erve [naam] nummer vier", "buurtschap hupsel
#     twaalf" (a farm's own name, "de boerderij heet de lindehoeve", stays: round 52);
# CC. a name's particle glued to it ("al-[naam]", "[naam]-de boer");
# CD. a mail address's pieces: a filler between its parts ("[naam] oké [e-mail]"), a spelling aid after "en" ("[naam]
#     met dubbel o en dubbel s"), two words "met een streepje ertussen";
# CE. a name said in both orders ("wei zhang of zhang wei"), a word named as the surname ("wang is de achternaam");
# CF. a postcode's number said in thousands with its letters ("vierduizend achthonderdelf te er"), its letters on the
#     next line ("[postcode]" / "te de", "en dan er tee nee er dee");
# CG. an account's country letters on a line of their own after the account was asked for ("el en");
# CH. a street and house number right after "adres" ("nieuw adres eh de wetering nul");
# CI. days of the month as alternatives ("was het de zesde of de zestiende" / "de zestiende oké").
# What stays: CK. an animal's name ("de merrie heet saskia"), a machine's make ("een john deere", "de nieuwe fendt
# zevenhonderdvierentwintig"), a room's number ("jouw kamer is nummer drie in de portacabin"), a neighbourhood's name
# ("de nieuwe buurt heet de vogelwijk").
# ---------------------------------------------------------------------------
_R68_GATE = _Lazy(r"noem|hoeve|erve\b|boerderij|buurtschap|gehucht|\bstate\b|stins|pleats|spieker|hofstede|"
                       r"\bstee\b|\bhoef\b|-|\[e-mail\]|streepje|achternaam|voornaam"
                       r"|familienaam| of |duizend|rekening|iban|adres|\bde \w+(?:ste|de)\b|\[postcode\]|"
                       r"\bdubbel|\bel\b")
_R68_NICK_OBJ = frozenset("je jou hem haar u mij me ons jullie hen".split())
_R68_NICK_SKIP = frozenset("hier daar ook altijd wel nog gewoon vaak meestal toch eigenlijk allemaal".split())
_R68_NICK_STOP = frozenset("in op bij maar omdat want en of dus toen als omdat sinds vanwege".split())
_R68_FARM = frozenset("hoeve hoef erve erf state stins pleats stee spieker boerderij hofstede".split())
_R68_HAMLET = frozenset("buurtschap gehucht buurtje".split())
_R68_PARTICLE = _Lazy(r"(?<![^\s])(?:al|el|ul|ad|ar|as|at|an|ash|abu|abd|bin|ben|ibn|bint|ait|ou)-\[naam\]",
                           re.IGNORECASE)
_R68_DOUBLE = _Lazy(r"(?:\[naam\]|\[e-mail\])-(?:de|van|ter|ten|den|der|op|in) (?:de |der |den |het )?"
                         r"(?:\[naam\]|\w+)")
_R68_MAIL_FILL = _Lazy(r"(\[(?:naam|e-mail)\]) (?:oké|oke|ok|okay|ja|eh|uh|ehm)(?: (?:oké|oke|ja|eh|uh))* "
                            r"(?=\[e-mail\]|at\b|apenstaartje\b)")
_R68_AID_AFTER = _Lazy(r"(\[(?:naam|e-mail|adres)\])((?: (?:en|en dan|en ook|met))? (?:dubbel|dubbele|twee|een) "
                            r"(?:[a-z]|ij|aa|ee|oo|uu|es|el|em|en|ef|er))+(?= |$)")
_R68_LETTER_FILL = frozenset("en dan nee ja eh uh ehm sorry o oh de letters letter zijn is dus nog".split())
_R68_IBAN_CUE = _Lazy(r"rekeningnummer|rekening|iban|bankrekening|bankgegevens|rekeningnr")
_R68_SURNAME = frozenset("achternaam voornaam familienaam roepnaam".split())
_R68_ORDINALS = frozenset(
    "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde dertiende veertiende "
    "vijftiende zestiende zeventiende achttiende negentiende twintigste eenentwintigste tweeentwintigste "
    "drieentwintigste vierentwintigste vijfentwintigste zesentwintigste zevenentwintigste achtentwintigste "
    "negenentwintigste dertigste eenendertigste".split())
_R68_CLOSE = frozenset("oke ok ja klopt toch dus he".split())
_R68_NOT_STREET = frozenset("hele halve volgende vorige andere zelfde laatste beste goede juiste oude nieuwe "
                            "komende afgelopen".split())


def _r68_free(w: str, own: dict, i: int) -> bool:
    """A word no rule took and no stop word."""
    return i not in own and w not in _R67_STOP and w not in _R67_ASK_STOP


def _r68_nick(lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    for k, w in enumerate(lows):
        if w != "noemen" and w != "noemden":
            continue
        j = k + 1
        if j < n and lows[j] in ("ze", "zij", "ze'm", "wij", "we", "jullie", "ze"):
            j += 1
        if not (j < n and lows[j] in _R68_NICK_OBJ):
            continue
        j += 1
        while j < n and lows[j] in _R68_NICK_SKIP:
            j += 1
        if j + 2 < n and lows[j] == "in" and lows[j + 1] in ("het", "ons", "de") and lows[j + 2] in ("dorp", "buurt"):
            j += 3
        e = j
        while e < n and e - j < 6 and lows[e] not in _R68_NICK_STOP:
            e += 1
        run = range(j, e)
        if not run:
            continue
        if any(i in own for i in run) and e - j <= 3:
            marks.update({i: "[naam]" for i in run})  # "ome [naam]", "bolle [naam]"
        elif lows[j] == "de" and e - j >= 3 and "van" in lows[j:e]:
            marks.update({i: "[naam]" for i in run})  # "de boer van de hoge hoeve"
    return marks


def _r68_number(w: str) -> bool:
    return _r20_number(w) is not None


def _r68_farm(lows: tuple[str, ...], own: dict[int, str]) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    for k, w in enumerate(lows):
        if w in _R68_FARM and w not in ("boerderij", "erf") and k + 2 < n and lows[k + 1] == "van" \
                and (k + 2 in own or (lows[k + 2] not in _R67_ASK_STOP and lows[k + 2] not in _R67_ORDINARY)):
            marks.update({i: "[adres]" for i in range(k, k + 3)})  # "de hoeve van [naam]"
            if k and lows[k - 1] in ("de", "het", "'t"):
                marks[k - 1] = "[adres]"
        elif w == "erve" and k + 1 < n and lows[k + 1] not in _R67_ASK_STOP:
            e = k + 2
            if e < n and lows[e] in ("nummer", "nr", "huisnummer"):
                e += 1
            while e < n and _r68_number(lows[e]):
                e += 1
            marks.update({i: "[adres]" for i in range(k, e)})  # "erve [naam] nummer vier"
        elif w in _R68_HAMLET and k + 1 < n and lows[k + 1] not in _R67_ASK_STOP \
                and lows[k + 1] not in _R67_ORDINARY and not _r68_number(lows[k + 1]):
            e = k + 2
            while e < n and _r68_number(lows[e]):
                e += 1
            marks.update({i: "[adres]" for i in range(k + 1, e)})  # "buurtschap hupsel twaalf"
    return marks


def _r68_letters(lows, start: int = 0) -> list[int] | None:
    """The letters of a line of letters only (letter names and fillers, "te de" too), or None."""
    got = []
    for i in range(start, len(lows)):
        w = lows[i]
        if w in LETTER_NAMES or (len(w) == 1 and w.isalpha()) or (w == "de" and i):
            if w in _R68_LETTER_FILL and w not in ("de",):
                continue
            got.append(i)
        elif w not in _R68_LETTER_FILL:
            return None
    return got


def _r68_marks(words, lows, own, before) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    if "noemen" in lows or "noemden" in lows:
        marks.update(_r68_nick(lows, own))
    if any(w in _R68_FARM or w in _R68_HAMLET for w in lows):
        marks.update(_r68_farm(lows, own))
    for k in range(n - 4):  # CE: "wei zhang of zhang wei"
        a, b = lows[k], lows[k + 1]
        if lows[k + 2] == "of" and lows[k + 3] == b and lows[k + 4] == a and a != b \
                and all(w not in _R67_ASK_STOP and not _r68_number(w) for w in (a, b)) \
                and not (a in _R67_ORDINARY and b in _R67_ORDINARY):
            marks.update({i: "[naam]" for i in (k, k + 1, k + 3, k + 4)})
    for k in range(n - 2):  # CE: "wang is de achternaam"
        if lows[k + 1] == "is" and k + 3 < n and lows[k + 2] == "de" and lows[k + 3] in _R68_SURNAME \
                and _r68_free(lows[k], own, k) and lows[k] not in _R67_ORDINARY:
            marks[k] = "[naam]"
    for k in range(n - 4):  # CD: "zhang wei met een streepje ertussen"
        if lows[k + 2] == "met" and lows[k + 3] in ("een", "'n") and k + 5 < n \
                and lows[k + 4] in ("streepje", "punt", "underscore", "liggend") \
                and lows[-1] in ("ertussen", "daartussen", "tussen"):
            if all(lows[i] not in _R67_ASK_STOP for i in (k, k + 1)) and not all(
                    lows[i] in _R67_ORDINARY for i in (k, k + 1) if i not in own):
                marks.update({i: "[e-mail]" for i in (k, k + 1)})
    for k, w in enumerate(lows):  # CF: "vierduizend achthonderdelf te er"
        if w.endswith("duizend") and w != "duizend" and not w.startswith(("twee", "honderd")):
            e = k + 1
            while e < n and _r68_number(lows[e]) and lows[e] not in LETTER_NAMES:
                e += 1
            if e + 2 <= n and all(lows[i] in LETTER_NAMES or len(lows[i]) == 1 for i in (e, e + 1)) \
                    and (e + 2 == n or lows[e + 2] in _R68_CLOSE):
                marks.update({i: "[postcode]" for i in range(k, e + 2)})
    if before:
        p_raw, p_out = before[0]
        p_low = p_raw.lower()
        p_lows = _r20_lows(p_raw)
        letters = _r68_letters(lows) if n <= 10 else None
        if letters and len(letters) >= 2:
            four = [w for w in p_lows if _r68_number(w)]
            if "[postcode]" in p_out or (four and len(four) <= 4 and all(_r68_number(w) for w in p_lows)
                                         and any(w.endswith("duizend") for w in p_lows)) \
                    or (four and len(four) == 4 and all(_r68_number(w) or w in ("dus", "eh") for w in p_lows)):
                marks.update({i: "[postcode]" for i in letters})  # CF: "[postcode]" / "te de"
        if n <= 3 and _R68_IBAN_CUE.search(p_low) is not None and all(
                w in LETTER_NAMES or w in _R68_LETTER_FILL for w in lows) \
                and any(w in LETTER_NAMES and w not in _R68_LETTER_FILL for w in lows) \
                and sum(w in LETTER_NAMES for w in lows) == 2:
            marks.update({i: "[iban]" for i, w in enumerate(lows) if w in LETTER_NAMES})  # CG: "el en"
        if n <= 4 and lows and (lows[0] in _R68_ORDINALS or (n > 1 and lows[0] in ("de", "op") and lows[1]
                                                              in _R68_ORDINALS)):
            o = 0 if lows[0] in _R68_ORDINALS else 1
            if all(w in _R68_CLOSE for w in lows[o + 1:]) and any(
                    w in _R68_ORDINALS for w in p_lows) and (" of de " in p_low or "[datum]" in p_out):
                marks.update({i: "[datum]" for i in range(o + 1)})  # CI: "de zestiende oké"
    for k in range(n - 4):  # CI: "was het de zesde of de zestiende"
        if lows[k] == "de" and lows[k + 1] in _R68_ORDINALS and lows[k + 2] == "of" and lows[k + 3] == "de" \
                and lows[k + 4] in _R68_ORDINALS and (k + 5 == n or lows[k + 5] in _R68_CLOSE) \
                and k >= 2 and lows[k - 2:k] in (("was", "het"), ("is", "het")):
            marks.update({i: "[datum]" for i in range(k, k + 5)})
    if n >= 3 and lows[0] in ("en", "n") and lows[1] in ("el", "l"):  # CG: "en el twee acht", "en el eh abn"
        rest = [w for w in lows[2:] if w not in ("eh", "uh", "ehm")]
        if rest and all(_r68_number(w) or w in _R68_BANKS for w in rest):
            marks.update({i: "[iban]" for i in range(n)})
    if before and n == 1 and "mail" in before[0][0].lower() and lows[0] not in _R67_ASK_STOP \
            and lows[0] not in _R67_ORDINARY and len(lows[0]) >= 6 and not _r68_number(lows[0]):
        marks[0] = "[e-mail]"  # CD: "ik noteer het nieuwe mailadres" / "sjoerdhoekstra"
    for k, w in enumerate(lows):  # CH: "nieuw adres eh de wetering nul"
        if w != "adres":
            continue
        j = k + 1
        while j < n and lows[j] in ("eh", "uh", "ehm", "is", "wordt"):
            j += 1
        if j + 2 < n + 0 and lows[j] in ("de", "het", "'t") and j + 2 < n and lows[j + 1] not in _R67_ASK_STOP \
                and _r68_number(lows[j + 2]) and not _r68_number(lows[j + 1]) and lows[j + 1] not in _R68_ORDINALS \
                and lows[j + 1] not in _R68_NOT_STREET:
            e = j + 3
            while e < n and _r68_number(lows[e]):
                e += 1
            marks.update({i: "[adres]" for i in range(j, e)})
    return marks


_R68_BANK_BEFORE = _Lazy(r"(?<![^\s])(?:abna|abn|rabo|rabobank|ingb|knab|bunq|snsb|asnb|trio|triodos)"
                              r"(?: eh| uh)? (\[(?:telefoonnummer|iban|nummer)\])")
_R68_LETTER_MAIL = _Lazy(r"(?<![^\s])[b-df-hj-np-tv-z] (?=\[e-mail\])")
_R68_BANKS = frozenset("abna abn rabo ingb ing knab bunq snsb asnb trio triodos".split())


def _r68_out(out: str) -> str:
    """CC, CD on the line as logged; a bank's code before the account's number ("rabo [telefoonnummer]"), a letter
    before a mail address ("d [e-mail]")."""
    if "[" not in out:
        return out
    if "[telefoonnummer]" in out or "[iban]" in out or "[nummer]" in out:
        out = _R68_BANK_BEFORE.sub("[iban]", out)
    if "[e-mail]" in out:
        out = _R68_LETTER_MAIL.sub("", out)
    if "-[naam]" in out:
        out = _R68_PARTICLE.sub("[naam]", out)
    if "]-" in out:
        out = _R68_DOUBLE.sub(lambda m: m.group(0).split("-", 1)[0], out)
    if "[e-mail]" in out or " at " in out:
        out = _R68_MAIL_FILL.sub(r"\1 ", out)
    if "dubbel" in out or " een " in out:
        out = _R68_AID_AFTER.sub(r"\1", out)
    return out


_R68_ANIMALS = frozenset(
    "koe koeien kalf kalfje vaars stier os merrie hengst ruin veulen paard paarden pony hond honden hondje pup puppy "
    "kat katten poes poesje kater geit geiten bok schaap schapen ram lam lammetje ooi varken varkens zeug big biggetje "
    "ezel kip kippen haan konijn cavia hamster parkiet papegaai kanarie vogel cavia's".split())
_R68_DET = frozenset("de het onze mijn je jouw uw zijn haar hun jullie die dat deze ons".split())
_R68_MAKES = frozenset(
    "fendt deere claas deutz valtra kubota zetor lamborghini landini steyr ferguson holland lely krone pottinger "
    "mccormick renault jcb manitou merlo hurlimann ursus belarus vicon kuhn amazone kverneland joskin veenhuis".split())
_R68_MAKE_CUES = frozenset("pk trekker tractor trekkers tractoren combine maaier hakselaar shovel verreiker loonwerker "
                           "machine motor cilinder kiepwagen giertank ploeg".split())
_R68_PLACE_HEET = frozenset("buurt wijk woonwijk nieuwbouwwijk straatje woonerf camping".split())
_R68_HOW = frozenset("lastig moeilijk makkelijk bijzonder apart raar lang kort vreemd mooi gek".split())
_R68_ROOM = frozenset("kamer kamertje slaapkamer unit cabine chalet cel box".split())
_R68_TITLES = frozenset("meneer mevrouw mevr dhr juffrouw dokter zuster broeder boer boerin ome tante opa oma".split())


def _r68_kept(words, lows, own) -> set[int]:
    keep: set[int] = set()
    n = len(lows)
    for k, w in enumerate(lows):
        if w == "heet" and k + 1 < n and k + 1 in own and own[k + 1] == "[naam]":
            start = max((i + 1 for i in range(k) if lows[i] in ("en", "maar", "want", "omdat")), default=0)
            clause = lows[start:k]
            subj = None
            first_die = next((i for i, x in enumerate(clause) if x in ("die", "dat") and i > 0), None)
            stop = first_die if first_die is not None else len(clause)
            for i in range(stop - 1, 0, -1):
                if clause[i - 1] in _R68_DET and clause[i] not in _R68_DET:
                    subj = clause[i]
                    break
            if subj in _R68_ANIMALS or (subj is not None and subj.endswith("ste")
                                        and any(x in _R68_ANIMALS for x in lows[:k])):
                e = k + 1
                while e < n and e in own and own[e] == "[naam]":
                    keep.add(e)
                    e += 1
        if w == "heet" and k + 2 < n and lows[k + 1] in ("de", "het") and k + 2 in own and k >= 1:
            clause = lows[max(0, k - 3):k]
            if any(x in _R68_PLACE_HEET for x in clause):
                e = k + 1
                while e < n and (e in own or lows[e] in ("de", "het")):
                    if e in own:
                        keep.add(e)
                    e += 1
    if any(w in _R68_MAKES for w in lows) and (any(w in _R68_MAKE_CUES for w in lows)
                                               or "john deere" in " ".join(lows) or "massey ferguson" in " ".join(lows)
                                               or "new holland" in " ".join(lows)):
        for k, w in enumerate(lows):
            if w in _R68_MAKES and k in own and not (k and lows[k - 1] in _R68_TITLES):
                s = k - 1 if k and lows[k - 1] in ("john", "massey", "new") and k - 1 in own else k
                if s and lows[s - 1] in ("nieuwe", "oude", "grote", "kleine") and s - 1 in own:
                    s -= 1
                if s and lows[s - 1] in _R68_TITLES:
                    continue
                e = k + 1
                while e < n and e in own and (_r68_number(lows[e]) or lows[e] in _R68_MAKE_CUES):
                    e += 1
                keep.update(i for i in range(s, e) if i in own)
    for k, w in enumerate(lows):  # "de achternaam is lastig"
        if w in _R68_SURNAME and k + 2 < n and lows[k + 1] in ("is", "was") and lows[k + 2] in _R68_HOW:
            keep.update(i for i in (k + 2,) if i in own)
    for k, w in enumerate(lows):  # "jouw kamer is nummer drie in de portacabin"
        if w in _R68_ROOM and k + 3 < n and lows[k + 1] in ("is", "wordt", "was") and lows[k + 2] in ("nummer", "nr"):
            e = k + 3
            while e < n and (_r68_number(lows[e]) or len(lows[e]) == 1):
                e += 1
            if e < n and lows[e] in ("in", "op", "aan", "bij") and e + 1 < n and lows[e + 1] in ("de", "het"):
                e += 3 if e + 2 < n else 2
            if e == n or lows[e] in _R68_NICK_STOP or lows[e] in _R68_CLOSE:
                keep.update(i for i in range(k + 2, e) if i in own)
    return keep


def redact_round68(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """Round 68 on one line with the window's lines before it (as said, as logged; newest first): CA to CK."""
    low = raw.lower()
    if out != raw and "[" in out:
        if any(w in low for w in ("heet", "pk", "trekker", "tractor", "kamer", "deere", "ferguson", "holland",
                                  "naam", "hakselaar", "loonwerker", "maaier", "combine")):
            out = _line_keep(raw, out, _r68_kept)
        out = _r68_out(out)
    if _R68_GATE.search(low) is None and not (before and len(low) < 40):
        return out
    return _line_pass(raw, out, lambda words, lows, own: _r68_marks(words, lows, own, before))


# ---------------------------------------------------------------------------
# Round 69 (holdout BM, family and children; own examples in tests/privacy/test_round69.py): what goes, read on the
# line as said and the window's lines before it (as said, as logged; newest first):
# DA. a street named "-ring" with its house number ("noteer ik emmaring zeventien"; not "-ering" nouns);
# DB. names after "heten" ("de kinderen heten li na en li wen"), a first name before a surname on the line after
#     "de naam van" ("yuki [naam]");
# DC. a postcode's letters said as "de", "ze", "te" ("zevenduizend driehonderdtien er de", "[postcode] te"), its
#     letters on a line of their own after "postcode ... " was said ("en de letters zijn dé el");
# DD. a mail address's words "aan elkaar" on the line after it ("oma anneke aan elkaar");
# DE. a date of birth said as numbers (day, month, year) after a birth cue in the line or the window ("de
#     geboortedatum van opa is twintig twaalf negentienhonderd vierendertig", "[naam] achtentwintig twee dertien",
#     "en het jaar" / "tweeduizend tweeentwintig");
# DF. a phone number with "driedubbel" ("nul zes driedubbel vier twee nul negen acht");
# DG. an account's country letters "en el" with numbers inside a line ("naar en el zeven").
# What stays: DH. a clothing or shoe size ("kledingmaat honderdveertig", "schoenmaat achtendertig").
# ---------------------------------------------------------------------------
_R69_GATE = _Lazy(r"ring\b|heten|naam|duizend|\[postcode\]|letter|elkaar|mekaar|geboort|geboren|jarig|verjaardag|"
                  r"\bjaar\b|dubbel|\ben el\b")
_R69_RING_NOT = frozenset("ervaring verklaring bewaring besparing openbaring paring vergaring kring ring boring "
                          "spiering haring".split())
_R69_NOT_NUMBER_AFTER = frozenset("jaar jaren euro uur keer minuten dagen weken maanden kilo procent mensen".split())
_R69_LETTERS = frozenset(LETTER_NAMES) | frozenset(("de", "ze", "zee", "te"))
_R69_BIRTH = _Lazy(r"geboortedat|geboren|geboortedag|jarig|verjaardag")
_R69_YEAR_HEADS = frozenset(("negentienhonderd", "tweeduizend"))
_R69_CLOSE = frozenset("oke ok ja klopt toch dus he nee".split())
_R69_HETEN_SUBJ = frozenset("kinderen jongens meisjes tweeling zoons zonen dochters kids kleinkinderen broers zussen "
                            "ze zij jullie".split())
_R69_FILL = frozenset(("eh", "uh", "ehm"))
_R69_HETEN_STOP = frozenset("ze zij hij het is zijn die dat maar want omdat niet allebei anders ook hier zo nog wel al "
                            "de een in op bij met voor van naar je jij u we wij ik".split())


def _r69_num(w: str) -> int | None:
    return None if w in LETTER_NAMES and w not in ("een", "nul") else _r20_number(w)


def _r69_year(lows, i: int) -> int:
    """The end of a year said from lows[i] ("negentienhonderd vierendertig", "tweeduizend tweeentwintig",
    "negentien zeventig", "dertien"), or i when there is none."""
    n = len(lows)
    if i >= n:
        return i
    w = lows[i]
    v = _r69_num(w)
    if w in _R69_YEAR_HEADS or (v is not None and v in (19, 20) and i + 1 < n and (_r69_num(lows[i + 1]) or 0) >= 10
                                 and (_r69_num(lows[i + 1]) or 0) < 100):
        if i + 1 < n and (x := _r69_num(lows[i + 1])) is not None and x < 100:
            return i + 2
        return i + 1 if w in _R69_YEAR_HEADS else i
    if v is not None and v < 100:
        return i + 1
    if v is not None and 1900 <= v <= 2030:
        return i + 1
    return i


def _r69_dates(lows, own, birth_here: bool) -> dict[int, str]:
    """DE: day month (year) said as numbers, close after a birth cue in the line (or in a short line after one in the
    window: `birth_here` False)."""
    marks: dict[int, str] = {}
    n = len(lows)
    cues = [i for i, w in enumerate(lows) if _R69_BIRTH.search(w)]
    if not birth_here and n > 8:
        return marks
    k = 0
    while k + 1 < n:
        d, m = _r69_num(lows[k]), _r69_num(lows[k + 1])
        if d is None or m is None or not (1 <= d <= 31 and 1 <= m <= 12) or (k and _r69_num(lows[k - 1]) is not None) \
                or (birth_here and not any(0 < k - c <= 8 for c in cues)):
            k += 1
            continue
        e = _r69_year(lows, k + 2)
        if e == k + 2 and not birth_here:
            k += 1
            continue
        if e < n and lows[e] not in _R69_CLOSE and lows[e] not in ("en", "of", "maar"):
            k += 1
            continue
        marks.update({i: "[datum]" for i in range(k, e) if i not in own})
        k = e
    return marks


def _r69_marks(words, lows, own, before) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    low = " ".join(lows)
    for k, w in enumerate(lows):  # DA: "noteer ik emmaring zeventien"
        if k + 1 < n and w.endswith("ring") and len(w) >= 8 and not w.endswith("ering") and w not in _R69_RING_NOT \
                and w.isalpha() and _r69_num(lows[k + 1]) is not None and lows[k + 1] not in LETTER_NAMES:
            e = k + 2
            while e < n and _r69_num(lows[e]) is not None and e - k < 4:
                e += 1
            if e == n or lows[e] not in _R69_NOT_NUMBER_AFTER:
                marks.update({i: "[adres]" for i in range(k, e) if i not in own})
    for k, w in enumerate(lows):  # DB: "de kinderen heten li na en li wen"
        if w != "heten" or not any(x in _R69_HETEN_SUBJ for x in lows[max(0, k - 3):k]):
            continue
        e = k + 1
        while e < n and e - k <= 7 and (lows[e] == "en" or (lows[e] not in _R69_HETEN_STOP and (
                lows[e] not in _R67_ASK_STOP or len(lows[e]) <= 3))) and _r69_num(lows[e]) is None:
            e += 1
        run = [i for i in range(k + 1, e) if lows[i] != "en"]
        if not run or lows[e - 1] == "en":
            continue
        free = [i for i in run if i in own or lows[i] not in _R67_ORDINARY]
        repeated = len({lows[i] for i in run}) < len(run)
        pair = [lows[i] for i in range(k + 1, e)]
        same = len(pair) == 5 and pair[2] == "en" and pair[0] == pair[3] and pair[1] != pair[4]  # "li na en li wen"
        if same or free and (repeated or len(free) == len(run)) or (len(free) * 2 > len(run)
                                                                     and any(i in own for i in run)):
            marks.update({i: "[naam]" for i in run if i not in own})
    if before and n == 2 and 0 not in own and "naam van" in before[0][0].lower() and all(
            lows[i] not in _R67_ASK_STOP and lows[i].isalpha() and _r69_num(lows[i]) is None for i in (0, 1)) \
            and lows[0] not in _R67_ORDINARY and lows[0] not in _R66_PERSON_CUES and lows[0] not in _R68_TITLES \
            and not any(w in _R69_THINGS or w in _R68_ANIMALS or w in _R66_ORG_HEADS for w in _r20_lows(before[0][0])):
        marks.update({i: "[naam]" for i in (0, 1) if i not in own})  # DB: "de naam van het jongetje" / "yuki [naam]"
    for k, w in enumerate(lows):  # DC: "zevenduizend driehonderdtien er de"
        if w.endswith("duizend") and w != "duizend" and not w.startswith(("twee", "honderd")):
            e = k + 1
            while e < n and _r69_num(lows[e]) is not None:
                e += 1
            if e + 2 <= n and all(lows[i] in _R69_LETTERS or (len(lows[i]) == 1 and lows[i].isalpha())
                                  for i in (e, e + 1)) and (e + 2 == n or lows[e + 2] in _R69_CLOSE):
                marks.update({i: "[postcode]" for i in range(k, e + 2) if i not in own})
    if n >= 2 and lows[-1] in _R69_LETTERS and own.get(n - 2) == "[postcode]" and n - 1 not in own:
        marks[n - 1] = "[postcode]"  # DC: "[postcode] te"
    if before and "letter" in low and n <= 9:
        p_raw, p_out = before[0]
        if "postcode" in p_raw.lower() and p_raw != p_out:
            k = next((i for i, w in enumerate(lows) if w in ("zijn", "is", "letters")), None)
            if k is not None:
                while k < n and lows[k] in ("zijn", "is", "letters", "dus"):
                    k += 1
                rest = [i for i in range(k, n) if lows[i] not in _R69_FILL]
                if 1 <= len(rest) <= 3 and all(lows[i] in _R69_LETTERS or (len(lows[i]) == 1 and lows[i].isalpha())
                                               for i in rest):
                    marks.update({i: "[postcode]" for i in rest if i not in own})  # "en de letters zijn dé el"
    if before and n >= 3 and lows[-1] in ("elkaar", "mekaar") and lows[-2] == "aan":
        p_raw, p_out = before[0]
        if "[e-mail]" in p_out:
            run = [i for i in range(n - 2) if lows[i] not in ("dus", "alles", "allemaal", "en", "dan", "het", "is",
                                                               "ja", "oke", "eh", "uh", "vast")]
            if run and len(run) <= 4 and any(lows[i] in _r20_lows(p_raw) for i in run):
                marks.update({i: "[e-mail]" for i in run if i not in own})  # DD: "oma anneke aan elkaar"
    cue_here = _R69_BIRTH.search(low) is not None
    cue_near = cue_here or any(_R69_BIRTH.search(b[0].lower()) is not None for b in before)
    if cue_near and any(_r69_num(w) is not None for w in lows):
        marks.update(_r69_dates(lows, {**own, **marks}, cue_here))  # DE
        if not cue_here and before and lows and (_r69_year(lows, 0) == n or (_r69_year(lows, 0) == n - 1
                                                                             and lows[-1] in _R69_CLOSE)) \
                and lows[0] in _R69_YEAR_HEADS and " jaar" in " " + before[0][0].lower():
            marks.update({i: "[datum]" for i in range(_r69_year(lows, 0)) if i not in own})  # "en het jaar" / "..."
    if "dubbel" in low:  # DF: "nul zes driedubbel vier twee nul negen acht"
        for k, w in enumerate(lows):
            if w != "nul" or (k and _r69_num(lows[k - 1]) is not None):
                continue
            e, digits, mult = k, 0, False
            while e < n and (lows[e] in ("dubbel", "driedubbel") or (_r69_num(lows[e]) is not None
                                                                     and _r69_num(lows[e]) < 100)):
                x = lows[e]
                if x == "dubbel":
                    digits += 1
                    mult = True
                elif x == "driedubbel":
                    digits += 2
                    mult = True
                else:
                    digits += 1 if _r69_num(x) < 10 else 2
                e += 1
            if mult and 9 <= digits <= 11 and not any(i in own for i in range(k, e)):
                marks.update({i: "[telefoonnummer]" for i in range(k, e)})
    for k in range(1, n - 2):  # DG: "naar en el zeven"
        if lows[k] == "en" and lows[k + 1] == "el" and lows[k - 1] in ("naar", "op", "is", "nummer", "rekening"):
            rest = [w for w in lows[k + 2:] if w not in _R69_FILL]
            if rest and all(_r69_num(w) is not None or w in _R68_BANKS for w in rest):
                marks.update({i: "[iban]" for i in range(k, n) if i not in own})
    return marks


_R69_THINGS = frozenset("school straat weg medicijn medicijnen pil bedrijf winkel zaak werkgever dorp stad plaats "
                        "huisdier cafe kroeg club vereniging kerk moskee boot schip camping wijk buurt app website "
                        "film boek serie band game spel auto merk boerderij".split())
_R69_SIZE = frozenset("maat kledingmaat schoenmaat confectiemaat broekmaat jasmaat bhmaat cupmaat".split())


def _r69_kept(words, lows, own) -> set[int]:
    keep: set[int] = set()
    n = len(lows)
    for k, w in enumerate(lows):  # DH: "kledingmaat honderdveertig"
        if not (k + 1 < n and _r69_num(lows[k + 1]) is not None):
            continue
        if (w in _R69_SIZE and w != "maat") or (w.endswith("maat") and len(w) > 6 and w.isalpha()) or (
                w == "maat" and k and lows[k - 1] in ("is", "heeft", "draagt", "in", "op", "past", "was")):
            e = k + 1
            while e < n and (_r69_num(lows[e]) is not None or lows[e] in ("of", "nee", "eh")) and e - k <= 4:
                e += 1
            keep.update(i for i in range(k, e) if i in own and own[i] in ("[adres]", "[nummer]", "[postcode]",
                                                                           "[datum]", "[telefoonnummer]"))
    return keep


_R69_SERVICE = _Lazy(r"(?<![^\s])nul (?:acht|negen)honderd(?![^\s])")
_R69_HOLIDAY = _Lazy(r"kerstdag|kerstavond|kerstmis|\bkerst\b|oudejaars|oud en nieuw|nieuwjaarsdag|koningsdag|"
                     r"bevrijdingsdag|pakjesavond|sinterklaas|pasen|paasdag|pinkster|hemelvaart")
_R69_MONTHS = frozenset("januari februari maart april mei juni juli augustus september oktober november december".split())


def _r69_service_kept(lows, own, before) -> set[int]:
    """DI: a service number (0800, 0900: an organisation's, no person's) and its pieces said again after it."""
    keep: set[int] = set()
    n = len(lows)
    for k in range(n - 1):
        if lows[k] == "nul" and lows[k + 1] in ("achthonderd", "negenhonderd"):
            e = k + 2
            while e < n and (_r69_num(lows[e]) is not None or lows[e] in _R69_FILL):
                e += 1
            keep.update(i for i in range(k, e) if i in own)
    if keep and any("[iban]" in b[1] or _R68_IBAN_CUE.search(b[0].lower()) or "bsn" in b[0].lower()
                    or "burgerservice" in b[0].lower() for b in [(" ".join(lows), " ".join(own.values()))] + before):
        return set()  # "het iban is [iban]" / ... / "nul negenhonderd achtentwintig ..."
    if not keep and before:
        said = [b[0].lower() for b in before[:2]]
        if any(_R69_SERVICE.search(b) for b in said):
            nums = [w for w in lows if w not in _R69_FILL and w not in ("nee", "ja", "dus", "oke")]
            pool = {w for b in said for w in _r20_lows(b)}
            if nums and all(_r69_num(w) is not None and w in pool for w in nums):
                keep.update(own)
    return keep


def _r69_abbreviates(spelled: str, ws: list[str]) -> bool:
    """The letters are an organisation's abbreviation of words said: the first at a word's start, the others in order
    in the words after it, the words reaching to an organisation's head ("sociaal wijkteam" -> "swt")."""
    for i, w in enumerate(ws):
        if w[0] != spelled[0]:
            continue
        text, j, k = w, i, 1
        pos = 1
        while k < len(spelled):
            at = text.find(spelled[k], pos)
            while at < 0 and j + 1 < len(ws) and j - i < 4:
                j += 1
                pos = len(text)
                text += ws[j]
                at = text.find(spelled[k], pos)
            if at < 0:
                break
            pos = at + 1
            k += 1
        if k == len(spelled) and any(x in _R66_ORG_HEADS or x.endswith(tuple(_R66_ORG_HEADS))
                                     for x in ws[i:j + 1]):
            return True
    return False


def _r69_initials_kept(lows, own, before) -> set[int]:
    """DJ: letters that spell the first letters of the words said just before ("het sociaal wijkteam" / "s w t")."""
    keep: set[int] = set()
    for s, e, spelled in _r66_runs(lows):
        if len(spelled) < 2 or not all(i in own for i in range(s, e)):
            continue
        for b in [_r20_lows(x[0]) for x in before[:2]]:
            ws = [w for w in b if len(w) > 1]
            if _r69_abbreviates(spelled, ws):
                keep.update(range(s, e))
                break
    return keep


def _r69_holiday_kept(lows, own, before) -> set[int]:
    """DK: a date said right after a holiday's name ("tweede kerstdag" / "vijfentwintig nee zesentwintig december"),
    with no birth cue in the window."""
    if any(_R69_BIRTH.search(b[0].lower()) for b in before) or _R69_BIRTH.search(" ".join(lows)):
        return set()
    if not (before and _R69_HOLIDAY.search(before[0][0].lower())):
        return set()
    if not all(_r69_num(w) is not None or w in _R69_MONTHS or w in ("nee", "of", "eh", "uh", "de", "op", "dus")
               for w in lows):
        return set()
    return {i for i, lab in own.items() if lab == "[datum]"}


_R69_FLOOR = frozenset("hoog achter voor boven beneden driehoog tweehoog vierhoog vijfhoog zeshoog eenhoog "
                       "zevenhoog achthoog negenhoog tienhoog".split())


def _r69_floor(lows) -> bool:
    """A floor said alone ("drie hoog achter", "op driehoog"): no address without its street."""
    ws = [w for w in lows if w not in ("op", "je", "woont", "ik", "woon", "u", "dus", "ja", "nee", "eh", "de", "het")]
    return bool(ws) and any(w.endswith("hoog") for w in ws) and sum(_r69_num(w) is not None for w in ws) <= 1 and all(
        w in _R69_FLOOR or (w.endswith("hoog") and _r69_num(w[:-4]) is not None)
        or ((x := _r69_num(w)) is not None and x <= 20) for w in ws)


def _r69_floor_kept(lows, own, before) -> set[int]:
    """DL: a floor said alone, no street in the window before it."""
    taken = [i for i, lab in own.items() if lab == "[adres]"]
    if not taken or any("[adres]" in b[1] or "[postcode]" in b[1] for b in before) \
            or not _r69_floor([lows[i] for i in taken]):
        return set()
    return set(taken)


_R69_PLACE_VERBS = frozenset("bent ben woont woon wonen zit zitten zat kom komt komen staat sta".split())
_R69_AID = frozenset("lange korte ij met een van ja nee als in bij de pier dus oke zoals".split())


def r69_no_revision(raw: str, before: list[tuple[str, str]]) -> bool:
    """A line kept as said that is no continuation of a number or a date in the lines before it: pieces of a service
    number said after it (DI), a date after a holiday's name with no birth cue (DK)."""
    lows = _r20_lows(raw)
    if not lows or not before:
        return False
    own = dict.fromkeys(range(len(lows)), "[datum]")
    if _R69_SERVICE.search(" ".join(lows)) or any(_R69_SERVICE.search(b[0].lower()) for b in before[:2]):
        if _r69_service_kept(lows, dict.fromkeys(range(len(lows)), "[telefoonnummer]"), before):
            return True
    if len(lows) <= 8 and not any(w in _R66_PERSON_CUES for w in lows):  # DM: "je bent in ijmuiden" / "lange ij"
        places = set()
        for b in before[:2]:
            bl = _r20_lows(b[0])
            for k in range(2, len(bl)):
                if bl[k - 1] in ("in", "uit") and bl[k - 2] in _R69_PLACE_VERBS and len(bl[k]) >= 4 \
                        and not _r66_person(bl[k]) and bl[k] not in _R67_ASK_STOP:
                    places.add(bl[k])
        if places and any(w in LETTER_NAMES or len(w) <= 2 for w in lows) and all(
                w in places or w in _R67_ASK_STOP or w in _R69_AID or any(p.startswith(w) for p in places)
                for w in lows):
            return True
    if _r69_floor(lows) and _r69_floor(_r20_lows(before[0][0])[-2:]) and not any(
            "[adres]" in b[1] or "[postcode]" in b[1] for b in before):
        return True  # DL: "je woont op driehoog" / "drie hoog achter"
    return bool(_r69_holiday_kept(lows, own, before))


def redact_round69(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """Round 69 on one line with the window's lines before it (as said, as logged; newest first): DA to DK."""
    low = raw.lower()
    if out != raw and "maat" in low:
        out = _line_keep(raw, out, _r69_kept)
    if out != raw and ("honderd" in low or (before and "honderd" in before[0][0])):
        out = _line_keep(raw, out, lambda words, lows, own: _r69_service_kept(lows, own, before))
    if out != raw and before and len(low) < 30 and _R66_GATE.search(low) is not None:
        out = _line_keep(raw, out, lambda words, lows, own: _r69_initials_kept(lows, own, before))
    if out != raw and "hoog" in low and "[adres]" in out:
        out = _line_keep(raw, out, lambda words, lows, own: _r69_floor_kept(lows, own, before))
    if out != raw and before and "[datum]" in out:
        out = _line_keep(raw, out, lambda words, lows, own: _r69_holiday_kept(lows, own, before))
    if _R69_GATE.search(low) is None and "[postcode]" not in out \
            and not (before and ("naam van" in before[0][0].lower()
                                 or any(_R69_BIRTH.search(b[0].lower()) for b in before))):
        return out
    return _line_pass(raw, out, lambda words, lows, own: _r69_marks(words, lows, own, before))




# ---------------------------------------------------------------------------
# Round 70 (holdouts BN and BO, money/work and clubs; own examples in tests/privacy/test_round70.py): what goes, read
# on the line as said and the window's lines before it (as said, as logged; newest first):
# EA. letters said after a postcode or an address ("[postcode] en dan de letters a w", "[postcode] eh de es",
#     "[adres] en dan de letter c"), also with a spelling aid ("e as in eduard"), and a postcode said as two numbers
#     with its letters ("zesentwintig eenendertig en dan e en el");
# EB. an account's country letters said before the account ("el en nee [iban]");
# EC. an area code said with "netnummer" ("nul acht vijf is het netnummer");
# ED. a mail address's first part before "apenstaartje", its domain's line after it ("familie de wit punt nl");
# EE. a street said as two words ("op de achterom steeg"), a street with its number after the place ("in venlo op de
#     parade vijfentwintig"), a house number corrected on the line after the address ("maar het is dertien");
# EF. a surname's particles after a name ("[naam] van der bij", "[naam] tot boxtel"), a name said again in another
#     form ("de groot niet de grote", "ramdin" / "ra en dan m d i n"), the name of a club's role ("de coach van het
#     meidenteam heet liu yang"), a first name (one that is also a word) on the line after "de naam van de coach".
# What stays: EG. a club's name after its prefix ("tegen vv staphorst"), a youth team ("ajax o dertien").
# ---------------------------------------------------------------------------
_R70_FILL = frozenset("en dan de eh uh ehm letters letter is zijn nog met een dus".split())
_R70_AID = frozenset(("as", "als", "van", "zoals"))
_R70_CLOSE = frozenset("oke ok ja klopt toch dus he".split())
_R70_NOT_LETTER = frozenset("en de je we te ie".split())
_R70_STREET_WORDS = frozenset("steeg straat straatje laan gracht kade singel dijk plein dreef pad hof".split())
_R70_DOMAIN_END = frozenset("nl com org net eu be nu info de".split())
_R70_ROLES = frozenset("coach trainer trainster leider leidster voorzitter secretaris penningmeester scheidsrechter "
                       "aanvoerder aanvoerster begeleider begeleidster vrijwilliger vrijwilligster dirigent "
                       "teamleider jeugdleider jeugdtrainer keeper contactpersoon coördinator coordinator "
                       "bestuurslid grensrechter juf meester docent".split())
_R70_CLUB_PREFIX = frozenset("vv sv fc hc mhc hv rkvv rksv svv vvv bvv sc rkvv hsv zvv kv kc ahc lhc dhc".split())
_R70_YOUTH = frozenset(("o", "jo", "mo", "onder"))
_R70_GATE = _Lazy(r"letter|\[postcode\]|\[adres\]|\[iban\]|netnummer|apenstaartje|punt|steeg|straat|laan|gracht|"
                  r"kade|singel|dijk|plein|dreef|\bpad\b|\bhof\b| op de | aan de |\[naam\]|heet|naam van|\bniet\b|"
                  r"\bnee\b|en dan")


def _r70_letter(w: str) -> bool:
    return (w in LETTER_NAMES or (len(w) == 1 and w.isalpha())) and w not in _R70_NOT_LETTER


def _r70_taken(raw: str, out: str) -> list[str]:
    """The words of a line the rules took as a name."""
    if raw == out or "[naam]" not in out:
        return []
    lows = _r20_lows(raw)
    own = _redacted_words(raw, out)
    return [lows[i] for i, lab in own.items() if lab == "[naam]" and i < len(lows) and len(lows[i]) >= 2]


def _r70_like(w: str, names: list[str]) -> bool:
    """A word that is a name taken just before said in another form ("grote" for "groot")."""
    import difflib

    if len(w) < 4 or not w.isalpha():
        return False
    return any(w == x or (len(x) >= 3 and w.startswith(x) and x not in TUSSEN)
               or (len(x) >= 4 and difflib.SequenceMatcher(None, w, x).ratio() >= 0.75) for x in names)


def _r70_tail_letters(lows, own, p: int, lab: str) -> dict[int, str]:
    """EA: letters after a postcode or an address at index p, up to the line's end."""
    n = len(lows)
    k, letters, marks, seen = p + 1, [], {}, 0
    while k < n:
        w = lows[k]
        taken = k in own
        if taken and not (own[k] == lab and k > p + 1 and _r70_letter(w)):
            if own[k] == "[naam]" and lows[k - 1] in ("in", "van", "zoals") and k > p + 2:
                k += 1  # the word of a spelling aid ("e as in [naam]")
                continue
            break
        if _r70_letter(w):
            seen += 1
            if not taken:
                letters.append(k)
            if k + 2 < n and lows[k + 1] in _R70_AID and k + 1 not in own:
                j = k + 1
                if lows[j] in ("as", "als") and lows[j + 1] == "in":
                    j += 1
                if j + 1 < n and lows[j + 1] not in _R70_FILL:
                    marks.update({i: lab for i in range(k + 1, j + 2) if i not in own})
                    k = j + 2
                    continue
        elif w in ("letter", "letters"):
            marks[k] = lab
        elif w not in _R70_FILL:
            break
        k += 1
    if k < n and own.get(k) == lab and not letters:
        return marks  # "[postcode] dan de letters [postcode]"
    if not (letters or (marks and seen)) or not (k == n or (k in own and own[k] == lab)
                                                or all(x in _R70_CLOSE for x in lows[k:])):
        return {}
    if seen > (2 if lab == "[postcode]" else 1):
        return {}
    if lab == "[adres]" and not any(lows[i] in ("letter", "letters") for i in range(p + 1, k)):
        return {}
    marks.update({i: lab for i in letters})
    return marks


def _r70_marks(words, lows, own, before) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    low = " ".join(lows)
    # EA: letters after a postcode or an address
    for p in range(n):
        lab = own.get(p)
        if lab in ("[postcode]", "[adres]") and p + 1 < n and p + 1 not in own:
            marks.update(_r70_tail_letters(lows, {**own, **marks}, p, lab))
    for k in range(n - 3):  # EA: "zesentwintig eenendertig en dan e as in eduard en el"
        a, b = _r20_number(lows[k]), _r20_number(lows[k + 1])
        if a is None or b is None or not (10 <= a <= 99 and 0 <= b <= 99) or lows[k] in LETTER_NAMES \
                or (k and _r20_number(lows[k - 1]) is not None) or k in own:
            continue
        j = k + 2
        if j + 1 < n and lows[j] == "en" and lows[j + 1] == "dan":
            got = _r70_tail_letters(lows, {**own, k + 1: "[postcode]"}, k + 1, "[postcode]")
            if len([i for i in got if _r70_letter(lows[i])]) == 2:
                marks.update({k: "[postcode]", k + 1: "[postcode]"})
                marks.update(got)
    # EB: "el en nee [iban]"
    for p in range(2, n):
        if own.get(p) != "[iban]":
            continue
        j = p - 1
        while j >= 0 and j not in own and lows[j] in ("nee", "eh", "uh", "of", "sorry", "dus"):
            j -= 1
        if j >= 1 and j < p - 1 and all(i not in own and lows[i] in LETTER_NAMES for i in (j - 1, j)) \
                and ("el" in lows[j - 1:j + 1] or "be" in lows[j - 1:j + 1]) \
                and not (j >= 2 and lows[j - 2] in LETTER_NAMES):
            marks.update({j - 1: "[iban]", j: "[iban]"})
    # EC: "nul acht vijf is het netnummer"
    if "netnummer" in low:
        for k in range(n):
            if lows[k] != "nul" or k in own or (k and _r20_number(lows[k - 1]) is not None):
                continue
            e = k + 1
            while e < n and e not in own and (x := _r20_number(lows[e])) is not None and x < 10 and e - k < 4:
                e += 1
            if 2 <= e - k <= 4 and "netnummer" in lows[max(0, k - 4):e + 4]:
                marks.update({i: "[telefoonnummer]" for i in range(k, e)})
    # ED: "info apenstaartje" / ... / "familie de wit punt nl"
    for k in range(1, n):
        if lows[k] == "apenstaartje" and k - 1 not in own and lows[k - 1] not in _R67_ASK_STOP and len(lows[k - 1]) >= 2 \
                and all(x in ("en", "dan", "eh", "uh", "ehm", "ja", "oke", "toch", "he") for x in lows[k + 1:]) \
                and lows[k - 1].isalnum() and lows[k - 1] not in ("het", "is", "dan", "en", "een", "teken", "symbool",
                                                                  "typ", "tik", "zeg", "zo'n", "dat", "met"):
            s = k - 1
            while s >= 2 and lows[s - 1] in ("punt", "streepje", "underscore") and lows[s - 2] not in _R67_ASK_STOP:
                s -= 2
            marks.update({i: "[e-mail]" for i in range(s, k)})
    if before and n >= 3 and lows[-1] in _R70_DOMAIN_END and lows[-2] == "punt" \
            and any("apenstaartje" in b[0].lower() or "[e-mail]" in b[1] for b in before[:2]) \
            and "apenstaartje" not in lows and " at " not in " " + low + " ":
        run = [i for i in range(n - 2) if lows[i] not in ("dus", "en", "dan", "het", "is", "eh", "uh", "oke", "ja")]
        if run and len(run) <= 5:
            marks.update({i: "[e-mail]" for i in run if i not in own})
    # EE: "op de achterom steeg", "in venlo op de parade vijfentwintig", "[adres]" / "maar het is dertien"
    for k in range(2, n):
        if lows[k] in _R70_STREET_WORDS and lows[k - 2] in ("de", "het") and k >= 3 and lows[k - 3] in ("op", "aan", "in") \
                and k - 1 not in own and k not in own:
            w = lows[k - 1]
            if w.isalpha() and len(w) >= 4 and not w.endswith("e") and w not in _R68_NOT_STREET \
                    and w not in _R67_STOP and _r20_number(w) is None and w not in ("winkel", "zij", "hoofd"):
                e = k + 1
                while e < n and _r20_number(lows[e]) is not None and e - k <= 3:
                    e += 1
                if e == n or lows[e] not in _R69_NOT_NUMBER_AFTER:
                    marks.update({i: "[adres]" for i in range(k - 1, e)})
    for k in range(3, n - 1):
        if lows[k - 1] == "de" and lows[k - 2] in ("op", "aan") and k not in own and lows[k].isalpha() \
                and lows[k] not in _R67_ASK_STOP and _r20_number(lows[k]) is None and _r20_number(lows[k + 1]) is not None \
                and lows[k + 1] not in LETTER_NAMES:
            place = any(lows[i] == "in" and lows[i + 1] not in _R67_ORDINARY and lows[i + 1] not in _R67_ASK_STOP
                        and lows[i + 1].isalpha() and len(lows[i + 1]) >= 3 for i in range(max(0, k - 5), k - 3))
            if not place or lows[k] in _NUMBERED_THINGS or lows[k] in _R21_NUMBERED_THINGS or lows[k] in _R20_UNITS:
                continue
            e = k + 1
            while e < n and _r20_number(lows[e]) is not None and e - k <= 3:
                e += 1
            if e == n or lows[e] not in _R69_NOT_NUMBER_AFTER:
                marks.update({i: "[adres]" for i in range(k, e) if i not in own})
    if before and n <= 7 and before[0][1].rstrip().endswith("[adres]"):
        ws = [i for i in range(n) if lows[i] not in ("maar", "nee", "het", "is", "zeg", "je", "dus", "toch", "eh", "uh",
                                                     "oke", "ja", "nummer", "huisnummer", "zei", "u")]
        if len(ws) == 1 and (x := _r20_number(lows[ws[0]])) is not None and x <= 999 and ws[0] not in own \
                and lows[0] in ("maar", "nee", "het", "nummer", "huisnummer"):
            marks[ws[0]] = "[adres]"
    # EF: names
    for p in range(n - 2):
        if own.get(p) != "[naam]" or p + 1 in own:
            continue
        if p + 3 < n and lows[p + 1] == "van" and lows[p + 2] in ("der", "den") and _r20_number(lows[p + 3]) is None \
                and lows[p + 3].isalpha():
            marks.update({i: "[naam]" for i in range(p + 1, p + 4) if i not in own})  # "[naam] van der bij"
        elif lows[p + 1] == "tot" and lows[p + 2].isalpha() and lows[p + 2] not in _R67_ORDINARY \
                and lows[p + 2] not in _R67_ASK_STOP and len(lows[p + 2]) >= 4 \
                and any(lows[i] in _R68_TITLES for i in range(max(0, p - 5), p)):
            marks.update({p + 1: "[naam]", p + 2: "[naam]"})  # "meneer [naam] tot boxtel"
    names = [x for b in before[:1] for x in _r70_taken(*b)] + [lows[i] for i, lab in own.items() if lab == "[naam]"]
    if names:
        for k in range(1, n):  # "de groot niet de grote", "nee van den kerkhof"
            if lows[k - 1] not in ("niet", "nee", "of", "maar") or k in own:
                continue
            e = k
            while e < n and lows[e] in TUSSEN and e - k < 3:
                e += 1
            if e < n and e not in own and lows[e] not in _R67_ASK_STOP and _r70_like(lows[e], names):
                marks.update({i: "[naam]" for i in range(k, e + 1)})
        if before and n >= 3 and lows[0] not in own and len(lows[0]) >= 2 and lows[0].isalpha() \
                and lows[1] == "en" and any(x.startswith(lows[0]) and x != lows[0] for x in names):
            rest = [i for i in range(2, n) if lows[i] != "dan"]
            spelled = "".join(lows[i] if len(lows[i]) == 1 else LETTER_NAMES.get(lows[i], "?") for i in rest
                              if i not in own)
            if any(i in own for i in rest) or any(x == lows[0] + spelled for x in names):
                marks.update({i: "[naam]" for i in [0] + rest if i not in own})  # "pinas" / "pi en dan n a s"  # "meneer ramdin" / "ra en dan m d i n"
    for k, w in enumerate(lows):  # "de coach van het meidenteam heet liu yang"
        if w != "heet" or k + 1 >= n or k + 1 in own:
            continue
        start = max((i + 1 for i in range(k) if lows[i] in ("en", "maar", "want", "omdat", "die")), default=0)
        if not any(lows[i] in _R70_ROLES for i in range(max(start, k - 7), k)) \
                or any(lows[i] in _R68_ANIMALS for i in range(start, k)):
            continue
        e = k + 1
        while e < n and e - k <= 3 and lows[e] not in _R67_ASK_STOP and lows[e].isalpha() and e not in own:
            e += 1
        run = list(range(k + 1, e))
        if run and any(lows[i] not in _R67_ORDINARY or lows[i] in FIRST_NAMES for i in run):
            marks.update({i: "[naam]" for i in run})
    if before and n == 2 and "naam van" in before[0][0].lower() and 0 not in own and lows[0].isalpha() \
            and lows[0] not in _R67_ASK_STOP and lows[0] not in TUSSEN \
            and not any(w in _R69_THINGS or w in _R68_ANIMALS or w in _R66_ORG_HEADS for w in _r20_lows(before[0][0])) \
            and (lows[0] in FIRST_NAMES or lows[0] in FIRST_NAMES_MORE or _r67_name_score(lows[0]) >= 0.9) \
            and lows[1].isalpha() and lows[1] not in _R67_ASK_STOP \
            and any(w in _R70_ROLES or w in _R66_PERSON_CUES for w in _r20_lows(before[0][0])):
        marks.update({i: "[naam]" for i in (0, 1) if i not in own})  # "de naam van de coach" / "hannes müller"
    return marks


_R70_SAME = _Lazy(r"\[(telefoonnummer)\](?: (?:eh|uh|ehm))* (?:niet|maar)(?: (?:eh|uh|ehm))* (?=\[telefoonnummer\])")
_R70_LETTER_GAP = _Lazy(r"\[(postcode|e-mail|iban)\] (?:er|es|el|ef|em|ha|ka|ix|ij|[b-df-hj-np-tv-z]|(?:as|als) in) "
                        r"(?=\[\1\])")


def _r70_out(out: str) -> str:
    """EA, EC on the line as logged: a correction inside a number ("[telefoonnummer] niet [telefoonnummer] maar
    [telefoonnummer]"), a letter between two pieces of the same spelling ("[postcode] er [postcode]")."""
    if out.count("[telefoonnummer]") >= 2:
        out = _R70_SAME.sub("", out)
    if out.count("[") >= 2:
        out = _R70_LETTER_GAP.sub(r"[\1] ", out)
    return out


def _r70_kept(words, lows, own) -> set[int]:
    """EG: a club's name after its prefix ("vv staphorst"), a youth team ("ajax o dertien")."""
    keep: set[int] = set()
    n = len(lows)
    low = " ".join(lows)
    for k in range(n - 1):
        if lows[k] in _R70_CLUB_PREFIX and (k not in own or (own[k] == "[naam]" and lows[k] not in LETTER_NAMES)) \
                and k + 1 in own and own[k + 1] in ("[naam]", "[adres]"):
            e = k + 1
            while e < n and e in own and own[e] == own[k + 1] and e - k <= 3:
                e += 1
            keep.update(i for i in range(k, e) if i in own)
    if _R68_IBAN_CUE.search(low) is None:
        for k in range(1, n - 1):
            if lows[k] in _R70_YOUTH and (x := _r20_number(lows[k + 1])) is not None and 6 <= x <= 23 \
                    and (k + 2 == n or (_r20_number(lows[k + 2]) is None and k + 2 not in own)) and k + 1 in own:
                s = k - 1 if (k - 1 in own and lows[k - 1].isalpha() and lows[k - 1] not in _R67_ASK_STOP) else k
                if s and s - 1 in own or any(own.get(i) == "[e-mail]" for i in range(s, k + 2)):
                    continue
                keep.update(i for i in range(s, k + 2) if i in own)
    return keep


_R70_FUNCTION = frozenset("die dan dat voor wat is het een en de in op te om er als of dus nog wel al maar toen tot zo "
                          "ik je we ze hij zij jij ook niet was had kan wil moet zijn heb hebt van bij naar uit aan "
                          "hoe waar nu dit deze geen jou hem ons".split())
_R70_NAME_BEFORE = frozenset("met heet heten ben is noem noemen naam bel belt belde spreek spreekt zeg zei "
                             "aan van voor bij".split())


def _r70_segments(s: str, cuts: set[int]) -> bool:
    """The letters split into two to four function words ("d" and "t" alike at a word's start), at least one word
    running over a cut of the words as written ("diet an" = "die dan", "wa tis" = "wat is")."""

    def ok(piece: str) -> bool:
        return piece in _R70_FUNCTION or (piece[0] in "td" and ("dt"[piece[0] == "d"] + piece[1:]) in _R70_FUNCTION)

    @lru_cache(maxsize=None)
    def go(i: int, parts: int, crossed: bool) -> bool:
        if i == len(s):
            return crossed and parts >= 2
        if parts == 4:
            return False
        for j in range(i + 1, min(len(s), i + 5) + 1):
            if ok(s[i:j]) and go(j, parts + 1, crossed or any(i < c < j for c in cuts)):
                return True
        return False

    return go(0, 0, False)


def _r70_garbled_kept(words, lows, own) -> set[int]:
    """EH: a "name" that is a pair of function words split in the wrong place by the recognizer ("die dan" heard as
    "diet an", "wat is" as "wa tis"): no name a person is called."""
    keep: set[int] = set()
    n = len(lows)
    k = 0
    while k < n:
        if own.get(k) != "[naam]":
            k += 1
            continue
        e = k
        while e < n and own.get(e) == "[naam]":
            e += 1
        if e - k <= 2 and not (k and (lows[k - 1] in _R70_NAME_BEFORE or lows[k - 1] in _R66_PERSON_CUES
                                      or lows[k - 1] in _R68_TITLES)) \
                and all(lows[i].isalpha() and len(lows[i]) <= 5 for i in range(k, e)) \
                and lows[k] not in FIRST_NAMES and lows[k] not in FIRST_NAMES_MORE and lows[e - 1] not in _R68_TITLES:
            for s0, e0 in ((k, e), (k - 1, e), (k, e + 1)):
                if s0 < 0 or e0 > n or e0 - s0 < 2 or any(i not in range(k, e) and i in own for i in range(s0, e0)) \
                        or not all(lows[i].isalpha() for i in range(s0, e0)):
                    continue
                cuts, at = set(), 0
                for i in range(s0, e0 - 1):
                    at += len(lows[i])
                    cuts.add(at)
                if _r70_segments("".join(lows[s0:e0]), frozenset(cuts)):
                    keep.update(range(k, e))
                    break
        k = e
    return keep


def redact_round70(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """Round 70 on one line with the window's lines before it (as said, as logged; newest first): EA to EG."""
    if out != raw and "[" in out:
        low0 = raw.lower()
        if any(w in low0.split() for w in _R70_CLUB_PREFIX) or " o " in low0 or " jo " in low0 or " mo " in low0 \
                or "onder" in low0:
            out = _line_keep(raw, out, _r70_kept)
        out = _r70_out(out)
    low = raw.lower()
    if _R70_GATE.search(low) is None and _R70_GATE.search(out) is None and not (
            before and (before[0][1].rstrip().endswith("[adres]") or "[naam]" in before[0][1]
                        or "naam van" in before[0][0].lower())):
        return _line_keep(raw, out, _r70_garbled_kept) if "[naam]" in out else out
    out = _line_pass(raw, out, lambda words, lows, own: _r70_marks(words, lows, own, before))
    if "[naam]" in out:
        out = _line_keep(raw, out, _r70_garbled_kept)
    return out


# ---------------------------------------------------------------------------
# Round 71 (holdouts BP and BQ, legal matters and online shopping; own examples in tests/privacy/test_round71.py):
# what goes, read on the line as said and the window's lines before it (as said, as logged; newest first):
# FA. a name after a written title ("mr. boukhari", "hr. mueller", "mr wang li"); the title before a street ("dr.
#     [adres]") goes with the street;
# FB. a name said again after "in plaats van" or in another order ("of li wang" after "[naam]");
# FC. a surname ending the line after a first name with "heet" before it ("heet volgens u [naam] pronk");
# FD. a double surname after a role ("agent de boer-kramer");
# FE. a house number said in pieces ("[adres] en tien"), a number corrected on the line after an address or a mail
#     address ("[adres] zei je" / "nee zeventien sorry");
# FG. a postcode's letters on their own line ("en dan de letters" / "ee er", "[postcode]" / "iks ei", "van de letter
#     a en de letter es");
# FH. a date of birth corrected in the same line ("[datum] maar het is negentien vijf"), its year on the next line
#     ("[datum]" / "en het jaar negenenvijftig");
# FI. a name on a doorbell or a label ("op de bel staat ionescu");
# FJ. single letters before a spelled name's piece ("a l streepje [naam]", "h dubbel [naam]", "w punt [naam]");
# FK. a foreign account ("ro negenenveertig a a a a één b", "terug op be [telefoonnummer]"), a bank's letter after the
#     account ("[iban] b"), a stressed "één" or a few digits said before the rest of a number ("en verder is het één
#     drie [iban]").
# What stays:
# GA. a day and month without a year in shopping talk, no birth in the window ("verschoven naar de veertiende
#     februari", "die bestelling was van de dertigste september");
# GB. English "at home" / "at work" in a message ("in de mail stond at home delivery");
# GC. a person described by where they are from ("de oude meneer van de overkant", "die mevrouw van de schuldhulp").
_R71_TITLE = _Lazy(r"^(?:mr|hr|dhr|mevr|mw|drs|dr|prof)\.?$", re.IGNORECASE)
_R71_GATE_PARTS = ("plaats van", "heet", "-", "staat", "streepje", "dubbel", "punt", "letter", "jaar", "maar", "één")
_R71_GATE_WORDS = frozenset("mr hr dhr mevr drs dr prof ro be fr pl pt gb lu dk it ie bg hu cz sk si lt lv fi se ch "
                            "gr".split())
_R71_NONWORD = _Lazy(r"\W+")


def _r71_gate(low: str) -> bool:
    """Whether a line (lower case) holds a word any form of round 71 reads (substrings first, then whole words)."""
    return any(x in low for x in _R71_GATE_PARTS) or low.startswith(("of ", "nee ", "niet ")) \
        or not _R71_GATE_WORDS.isdisjoint(_R71_NONWORD.split(low))


_R71_ROLES = frozenset("agent agente advocaat advocate rechter officier notaris deurwaarder bewindvoerder wijkagent "
                       "rechercheur griffier mediator curator inspecteur brigadier hoofdagent".split())
_R71_BELL = frozenset("bel deurbel brievenbus naambordje voordeur label".split())
_R71_COUNTRY = frozenset("ro be fr pl pt gb lu dk it ie bg hu cz sk si lt lv fi se ch gr".split())
_R71_MONEY = _Lazy(r"rekening|iban|terug op|retour|overmak|overgemaakt|storten|gestort|betaling|geld|terugbetal|bedrag|"
                   r"bank|refund")
_R71_NUM_LABELS = frozenset(("[telefoonnummer]", "[bsn]", "[iban]", "[nummer]", "[postcode]"))
_R71_AFTER = frozenset("zei zeg je toch he ja of zo u".split())
_R71_FIX_FILL = frozenset("nee maar niet sorry het is dus eh uh ik bedoel zeg zei je toch u".split())
_R71_LETTER_FILL = frozenset("en dan de eh uh wacht nee letter letters een".split())
_R71_NOT_LETTER = frozenset("en de je we te ie u o".split())
_R71_SHOP = _Lazy(r"lever|bezorg|bestel|pakket|verzend|verzonden|retour|order|factuur|aankoop|gekocht|winkel|"
                  r"webshop|uitverkoop|korting|afgeleverd|zending")
_R71_NOT_SURNAME = frozenset("toch denk geloof zeker ofzo zegt zeggen ja nee oke hoor joh zo dus wel nou ook trouwens "
                              "eigenlijk gewoon natuurlijk misschien nog al echt hoor he toen nu daar hier".split())
_R71_NOT_FIRST_PART = frozenset("ver her oud mee anti pre post non half niet super mega extra over onder tussen voor "
                                 "door".split())
_R71_DESCRIBED = frozenset("de die deze een oude aardige jonge andere".split())
_R71_PLACE_OF = frozenset("overkant hiernaast boven beneden hoek gemeente thuiszorg schuldhulp woningbouw corporatie "
                          "bibliotheek buurthuis kerk moskee apotheek huisarts receptie balie kantine".split())
_R71_AT_ENGLISH = frozenset("home work the least night all once first last school".split())


def _r71_letter(w: str) -> bool:
    return w not in _R71_NOT_LETTER and (w in LETTER_NAMES or w in ("ei", "iks") or (len(w) == 1 and w.isalpha()))


def _r71_before_tag(out: str) -> str:
    """The placeholder a logged line ends with, words of asking back after it left out ("[adres] zei je")."""
    ws = out.rstrip(" ,.?!").split()
    while ws and fold(_bare(ws[-1])) in _R71_AFTER:
        ws.pop()
    return ws[-1] if ws and ws[-1] in PLACEHOLDERS else ""


def _r71_marks(words, lows, own, before) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    taken = lambda i: i in own or i in marks  # noqa: E731
    # FA: a name after a written title; the title before a street
    for k in range(n - 1):
        if _R71_TITLE.match(words[k]) is None or k in own or (
                lows[k] not in ("mr", "dhr", "mevr", "mw") and not words[k].endswith(".") and not words[k][:1].isupper()):
            continue  # "de hr afdeling" stays; "Hr." and "hr." do not
        if own.get(k + 1) == "[adres]":
            marks[k] = "[adres]"
            continue
        e = k + 1
        while e < n and lows[e] in TUSSEN and e - k <= 3 and not taken(e):
            e += 1
        run = []
        while e < n and len(run) < 2 and not taken(e) and lows[e].isalpha() and len(lows[e]) >= 2 \
                and lows[e] not in _R67_ASK_STOP and _r20_number(lows[e]) is None \
                and (not run or lows[e] not in _R67_ORDINARY or words[e][:1].isupper() or e == n - 1):
            run.append(e)
            e += 1
        if run:
            marks.update({i: "[naam]" for i in range(k + 1, e)})
    # FD: a double surname after a role
    for k in range(1, n):
        if taken(k) or words[k].count("-") != 1 or not all(p.isalpha() and len(p) >= 3 for p in words[k].split("-")) \
                or fold(words[k].split("-")[0].lower()) in _R71_NOT_FIRST_PART:
            continue
        s = k
        while s > 0 and lows[s - 1] in TUSSEN and k - s < 3:
            s -= 1
        if s and (lows[s - 1] in _R71_ROLES or lows[s - 1] in _R70_ROLES or lows[s - 1] in TITLES
                  or lows[s - 1] in _R68_TITLES or (lows[s - 1] in _R66_PERSON_CUES and words[k][:1].isupper())):
            marks.update({i: "[naam]" for i in range(s, k + 1) if not taken(i)})
    # FB: a name said again
    names = {x for b in before[:1] for x in _r70_taken(*b)} | {lows[i] for i, lab in {**own, **marks}.items()
                                                                if lab == "[naam]" and len(lows[i]) >= 2}
    names -= TUSSEN
    if names:
        for k in range(1, n):
            if taken(k):
                continue
            if lows[k - 1] == "van" and k >= 3 and lows[k - 3:k - 1] == ("in", "plaats") \
                    and lows[k].isalpha() and _r70_like(lows[k], list(names)):
                marks[k] = "[naam]"
        if n >= 2 and lows[0] in ("of", "nee", "niet") and before:
            run = [i for i in range(1, n) if not taken(i)]
            if run and all(lows[i] in names for i in run) and any(lows[i] not in own for i in run):
                marks.update({i: "[naam]" for i in run})
    # FC: a surname ending the line after a first name, "heet" before it
    p = n - 2
    if p >= 1 and own.get(p) == "[naam]" and not taken(n - 1) and (lows[p] in FIRST_NAMES or lows[p] in FIRST_NAMES_MORE) \
            and any(w in ("heet", "heette", "heten") for w in lows[max(0, p - 4):p]):
        w = lows[n - 1]
        if w.isalpha() and len(w) >= 3 and w not in _R67_ASK_STOP and _r20_number(w) is None \
                and w not in _R71_NOT_SURNAME:
            marks[n - 1] = "[naam]"
    # FE: a house number said in pieces
    if any(lab == "[adres]" for lab in own.values()) and all(
            lows[i] in ("en", "eh", "uh") or _r20_number(lows[i]) is not None for i in range(n)):
        marks.update({i: "[adres]" for i in range(n) if not taken(i) and lows[i] != "eh" and lows[i] != "uh"})
    # FE: a number corrected on the line after an address or a mail address
    if before and n <= 6 and lows and lows[0] in ("nee", "maar", "niet", "sorry"):
        tag = _r71_before_tag(before[0][1])
        if tag in ("[adres]", "[e-mail]"):
            nums = [i for i in range(n) if lows[i] not in _R71_FIX_FILL]
            if len(nums) == 1 and not taken(nums[0]) and (x := _r20_number(lows[nums[0]])) is not None and x <= 999:
                marks[nums[0]] = tag
    # FG: a postcode's letters on their own line
    if before and n <= 9:
        b0 = before[0]
        pc = _r71_before_tag(b0[1]) == "[postcode]" or (
            _r20_lows(b0[0])[-1:] in (("letters",), ("letter",)) and len(before) > 1
            and ("[postcode]" in before[1][1] or before[1][1].rstrip().endswith("[telefoonnummer]"))) or (
            "[postcode]" in b0[1] or ("postcode" in b0[0].lower() and b0[0] != b0[1]))
        if pc:
            letters = [i for i in range(n) if _r71_letter(lows[i]) and lows[i] not in _R71_LETTER_FILL]
            rest = [i for i in range(n) if i not in letters and lows[i] not in _R71_LETTER_FILL
                    and lows[i] != "van" and own.get(i) != "[postcode]"]
            said_letter = any(w in ("letter", "letters") for w in lows)
            if not rest and 1 <= len(letters) <= 2 and (len(letters) == 2 or said_letter) \
                    and (said_letter or _r71_before_tag(b0[1]) == "[postcode]" or b0[0].lower().rstrip().endswith("letters")):
                marks.update({i: "[postcode]" for i in letters if not taken(i)})
                marks.update({i: "[postcode]" for i in range(n) if lows[i] in ("letter", "letters") and not taken(i)})
    # FH: a date of birth corrected in the line, its year on the next line
    for p in range(n - 2):
        if own.get(p) != "[datum]":
            continue
        for k in range(p + 1, min(n - 1, p + 6)):
            if lows[k] in ("maar", "nee", "niet") and not taken(k):
                j = k + 1
                while j < n and lows[j] in ("het", "is", "eh", "uh", "moet", "zijn") and j - k <= 3:
                    j += 1
                if j + 1 < n and not taken(j) and not taken(j + 1) and (a := _r20_number(lows[j])) is not None \
                        and (b := _r20_number(lows[j + 1])) is not None and 1 <= a <= 31 and 1 <= b <= 12 \
                        and (j + 2 == n or _r20_number(lows[j + 2]) is None):
                    marks.update({j: "[datum]", j + 1: "[datum]"})
                break
    if before and "[datum]" in before[0][1] and n <= 6:
        for k in range(n - 1):
            if lows[k] == "jaar" and (k == 0 or lows[k - 1] in ("het", "en", "dat", "in")) and not taken(k + 1):
                x = _r20_number(lows[k + 1])
                if x is not None and (x <= 99 or 1900 <= x <= 2030) and all(
                        lows[i] in ("en", "het", "dat", "was", "is", "in", "eh", "uh") for i in range(k)):
                    marks.update({i: "[datum]" for i in range(k + 1, n) if _r20_number(lows[i]) is not None
                                  or lows[i] in ("duizend", "honderd")})
    # FI: a name on a doorbell or a label
    for k in range(1, n - 1):
        if lows[k] == "staat" and any(w in _R71_BELL for w in lows[max(0, k - 3):k]) and not taken(k + 1):
            w = lows[k + 1]
            if w.isalpha() and len(w) >= 3 and w not in _R67_ASK_STOP and w not in _R67_ORDINARY \
                    and _r20_number(w) is None and w not in ("er", "niks", "niets", "geen"):
                marks[k + 1] = "[naam]"
                if k + 2 < n and not taken(k + 2) and lows[k + 2].isalpha() and lows[k + 2] not in _R67_ASK_STOP \
                        and lows[k + 2] not in _R67_ORDINARY and len(lows[k + 2]) >= 3:
                    marks[k + 2] = "[naam]"
    # FJ: single letters before a spelled name's piece
    for k in range(1, n - 1):
        if lows[k] in ("streepje", "dubbel", "punt") and own.get(k + 1) == "[naam]":
            s = k
            while s > 0 and len(lows[s - 1]) == 1 and lows[s - 1].isalpha() and lows[s - 1] != "u" and not taken(s - 1) \
                    and k - s < 3:
                s -= 1
            if s < k:
                marks.update({i: "[naam]" for i in range(s, k + 1)})
    # FK: a foreign account, a bank's letter after the account, "één" next to a number
    low = " ".join(lows)
    if _R71_MONEY.search(low) is not None or "[iban]" in own.values():
        for k in range(n - 1):
            if lows[k] not in _R71_COUNTRY or k in marks or own.get(k, "[naam]") != "[naam]" \
                    or (k and (_r71_letter(lows[k - 1]) or taken(k - 1))):
                continue
            if own.get(k + 1) in _R71_NUM_LABELS:
                marks[k] = "[iban]"
                continue
            x = _r20_number(lows[k + 1])
            if x is None or not 10 <= x <= 99:
                continue
            e = k + 2
            while e < n and (_r71_letter(lows[e]) or _r20_number(lows[e]) is not None or own.get(e) in _R71_NUM_LABELS
                             or own.get(e) == "[naam]"):
                e += 1
            if e - k >= 4:
                marks.update({i: "[iban]" for i in range(k, e) if i not in own or own[i] == "[naam]"})
    for p in range(n - 1):
        if own.get(p) == "[iban]" and p + 2 == n and not taken(p + 1) and len(lows[p + 1]) == 1 \
                and lows[p + 1].isalpha() and lows[p + 1] != "u":
            marks[p + 1] = "[iban]"
    for p in range(2, n):  # "eindigt op [bsn] en verder is het één drie [iban]": the digits before the rest
        if own.get(p) not in _R71_NUM_LABELS or taken(p - 1):
            continue
        s = p
        while s > 0 and p - s < 3 and not taken(s - 1) and (x := _r20_number(lows[s - 1])) is not None and x < 10:
            s -= 1
        if s < p and s and lows[s - 1] in ("het", "verder", "dan") \
                and any(own.get(i) in _R71_NUM_LABELS for i in range(s - 1)):
            marks.update({i: own[p] for i in range(s, p)})
    for k in range(n):
        if words[k].lower().strip(",.") in ("één", "éen", "eén") and not taken(k):
            for j in (k + 1, k - 1):
                if own.get(j) in _R71_NUM_LABELS and (j == k + 1 or k + 1 == n or own.get(k + 1) in _R71_NUM_LABELS):
                    marks[k] = own[j]
                    break
    return marks


def _r71_kept(lows, own, before) -> set[int]:
    """GA to GC: a day and month in shopping talk; English "at home"; "de meneer van de overkant"."""
    keep: set[int] = set()
    n = len(lows)
    dates = [i for i, lab in own.items() if lab == "[datum]"]
    if dates and _R71_SHOP.search(" ".join(lows)) is not None and not any(
            _R69_BIRTH.search(b[0].lower()) or _R56_BIRTH.search(b[0].lower()) for b in before) \
            and _R69_BIRTH.search(" ".join(lows)) is None and _R56_BIRTH.search(" ".join(lows)) is None:
        s, e = min(dates), max(dates) + 1
        full = e - s == len(dates)
        if full and e - s == 1 and e < n and lows[e] in MONTHS:
            e += 1  # "de [datum] mei"
        span = [lows[i] for i in range(s, e)]
        if full and len(span) == 2 and ordinal_value(span[0]) is not None and span[1] in MONTHS \
                and s and lows[s - 1] == "de" and (e == n or _r20_number(lows[e]) is None):
            keep.update(dates)
    for k in range(1, n - 2):  # GC: "de mevrouw van de schuldhulp", "de meneer van de overkant"
        if lows[k] in ("meneer", "mevrouw") and lows[k - 1] in _R71_DESCRIBED and lows[k + 1] == "van":
            j = k + 2
            if lows[j] in ("de", "het") and j + 1 < n:
                j += 1
            w = lows[j]
            if (w in _R71_PLACE_OF or w in _R66_ORG_HEADS or w.endswith(("werk", "hulp", "zorg", "dienst"))
                    or (w == "nummer" and j + 1 < n and _r20_number(lows[j + 1]) is not None)) \
                    and all(own.get(i) == "[naam]" for i in range(k + 1, j + 1) if i in own):
                keep.update(i for i in range(k + 1, j + 2 if w == "nummer" else j + 1) if own.get(i) == "[naam]")
    for k in range(n - 1):
        if lows[k] == "at" and own.get(k + 1) in ("[e-mail]", "[naam]") and lows[k + 1] in _R71_AT_ENGLISH \
                and not any(w in ("punt", "apenstaartje", "com", "nl") for w in lows):
            e = k + 1
            while e < n and own.get(e) == own[k + 1]:
                keep.add(e)
                e += 1
    return keep


def redact_round71(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """Round 71 on one line with the window's lines before it (as said, as logged; newest first): FA to FK, GA to GC."""
    if out != raw and (("[datum]" in out or " at " in raw) and (" at " in raw or _R71_SHOP.search(raw.lower()))
                       or ("[naam]" in out and ("meneer van" in raw.lower() or "mevrouw van" in raw.lower()))):
        out = _line_keep(raw, out, lambda words, lows, own: _r71_kept(lows, own, before))
    b1 = before[0][1] if before else ""
    if not ("[" in b1 and (_r71_before_tag(b1) or "[naam]" in b1 or "[datum]" in b1)) \
            and not (before and "letter" in before[0][0].lower()) \
            and not ("[" in out and ("één" in raw or "[adres]" in out)) and not _r71_gate(raw.lower()):
        return out  # (every form reads a placeholder of the line before, "letter" in it, or a word of the gate)
    return _line_pass(raw, out, lambda words, lows, own: _r71_marks(words, lows, own, before))


# ---------------------------------------------------------------------------
# Round 72 (holdout BR, health care and medicines; own examples in tests/privacy/test_round72.py):
# what goes, read on the line as said and the window's lines before it (as said, as logged; newest first):
# HA. a practice's or a pharmacy's own number with an area code ("de apotheek in leeuwarden heeft nummer nul vijf
#     acht ..."): round 61's organisation number stays for a number that is no place's (0800, 0900, 088, 14 0xx), one
#     with an area code only when it is said to be reachable ("is dag en nacht bereikbaar op nul drie nul ...");
# HB. the rest of a name at the line's end after "de naam ... is" ("de naam op het doosje is [naam] li na");
# HC. a word of a mail address said again on the next line to spell it ("[e-mail]" / "vliegen zoals een vogel");
#     two words of a name or address said again with "aan elkaar" ("al en hassan aan elkaar");
# HD. a house number corrected after "o/oh" on the line after an address ("[adres]" / "o vijfenzestig");
# HE. a bank's name and letter right before an account's number ("ing b [telefoonnummer]");
# HF. a short piece of a name between "punt" and a name in a mail address ("[naam] punt al [naam]").
# What stays:
# IA. "mevrouw na" / "meneer na" before a time word ("een groot verdriet mevrouw na zo veel jaar samen").
# ---------------------------------------------------------------------------
_R72_NAME_CUE = frozenset("naam achternaam voornaam namen".split())
_R72_NAME_VERB = frozenset("is staat was stond".split())
_R72_THING_NAMED = frozenset("medicijn medicijnen middel middeltje pil pillen tablet tabletten merk product stof ziekte "
                             "aandoening operatie afdeling ziekenhuis praktijk straat school bedrijf winkel app site "
                             "website programma boek film serie spel hond kat poes paard huisdier".split())
_R72_NOT_NAME_END = _R71_NOT_SURNAME | frozenset("ik je u of zo en maar niet wel klopt zei zeg he hè hoor erop "
                                                 "ervan dan er op".split())
_R72_MAIL_PARTS = frozenset("punt at apenstaartje com nl be net org streepje underscore liggend gmail hotmail outlook "
                            "yahoo live icloud ziggo kpn xs4all planet home".split())
_R72_SPELL_AID = frozenset("zoals als van met".split())
_R72_BANKS = frozenset("ing rabo rabobank abn amro sns asn knab bunq triodos regiobank".split())
_R72_AVAILABLE = _Lazy(r"\b(?:bereikbaar|te bereiken|dag en nacht)\b")


def _r72_service_number(lows, s: int, e: int) -> bool:
    """Whether a number said from `s` is an organisation's general one (0800, 0900, 088, 085, or no 0 at the start:
    14 020, 113) rather than one with a place's area code (058, 038, 070, 0113)."""
    w = lows[s]
    if w[:1].isdigit():
        return not w.startswith("0") or w.startswith(("08", "09"))
    if w != "nul":
        return True
    if s + 1 >= e:
        return True
    x = _r20_number(lows[s + 1])
    if x is None:
        return True
    return str(x)[0] in "89"


def _r72_marks(words, lows, own, before) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    taken = lambda i: i in own or i in marks  # noqa: E731
    # HB: the rest of a name at the line's end after "de naam ... is"
    if "[naam]" in own.values() or any(w not in ORDINARY_WORDS for w in lows[-3:]):
        for k in range(1, n - 1):
            if lows[k] not in _R72_NAME_VERB or not any(w in _R72_NAME_CUE for w in lows[max(0, k - 5):k]) \
                    or n - k - 1 > 3 or not _R72_THING_NAMED.isdisjoint(lows):
                continue
            tail = range(k + 1, n)
            if all(lows[i].isalpha() and len(lows[i]) >= 2 and lows[i] not in _R72_NOT_NAME_END
                   and (lows[i] not in _R67_ASK_STOP or (i == n - 1 and lows[i] in ("na", "an", "mei", "li")))
                   and _r20_number(lows[i]) is None for i in tail if i not in own) \
                    and all(own.get(i, "[naam]") == "[naam]" for i in tail) \
                    and any(i in own or lows[i] not in ORDINARY_WORDS for i in tail):
                marks.update({i: "[naam]" for i in tail if i not in own})
            break
    # HC: a word of a mail address said again to spell it
    if before and "[e-mail]" in before[0][1] and n <= 8:
        braw, bout = before[0]
        blows = _r20_lows(braw)
        bown = _redacted_words(braw, bout)
        parts = {blows[i] for i, lab in bown.items() if lab == "[e-mail]" and i < len(blows)
                 and len(blows[i]) >= 3 and blows[i].isalpha() and blows[i] not in _R72_MAIL_PARTS}
        if parts:
            for k in range(n - 1):
                if lows[k] in parts and not taken(k) and lows[k + 1] in _R72_SPELL_AID \
                        and (k == 0 or lows[k - 1] in ("dus", "ja", "nee", "eh", "uh", "met", "de", "van")):
                    marks[k] = "[e-mail]"
    # HC: two words said again with "aan elkaar"
    for k in range(n - 2):
        if lows[k + 1] == "en" and k + 4 <= n and lows[k + 3:k + 5] == ("aan", "elkaar") and before \
                and before[0][0] != before[0][1] and not taken(k) and not taken(k + 2):
            blows = _r20_lows(before[0][0])
            bown = _redacted_words(*before[0])
            if lows[k] in blows and lows[k + 2] in blows and any(
                    blows[i] in (lows[k], lows[k + 2]) for i in bown if i < len(blows)):
                lab = next(bown[i] for i in bown if i < len(blows) and blows[i] in (lows[k], lows[k + 2]))
                marks.update({k: lab, k + 1: lab, k + 2: lab})
    # HD: a house number corrected after "o/oh" (round 71 FE reads "nee/maar/niet/sorry")
    if before and n <= 6 and lows and lows[0] in ("o", "oh"):
        tag = _r71_before_tag(before[0][1])
        if tag in ("[adres]", "[e-mail]"):
            nums = [i for i in range(n) if lows[i] not in _R71_FIX_FILL and lows[i] not in ("o", "oh")]
            if len(nums) == 1 and not taken(nums[0]) and (x := _r20_number(lows[nums[0]])) is not None and x <= 999:
                marks[nums[0]] = tag
    # HE: a bank's name and letter right before an account's number
    for k in range(n - 1):
        if lows[k] in _R72_BANKS and not taken(k):
            j = k + 1
            if j < n and len(lows[j]) == 1 and lows[j].isalpha() and lows[j] != "u" and not taken(j):
                j += 1
            if j < n and own.get(j) in _R71_NUM_LABELS:
                marks.update({i: "[iban]" for i in range(k, j)})
    # HF: a short piece of a name between "punt" and a name
    for k in range(2, n - 1):
        if lows[k - 1] == "punt" and own.get(k - 2) == "[naam]" and own.get(k + 1) == "[naam]" and not taken(k) \
                and lows[k].isalpha() and len(lows[k]) <= 3:
            marks[k] = "[naam]"
    return marks


def _r72_gate(raw: str, out: str, before) -> bool:
    if before and ("[e-mail]" in before[0][1] or "[adres]" in before[0][1]):
        return True
    low = raw.lower()
    if "naam" in low:
        return True
    if "[" not in out and "[" not in raw:
        return False
    return "elkaar" in low or "punt" in low or not _R72_BANKS.isdisjoint(low.split())


_R72_AFTER_TITLE = frozenset("na anders ligt zit staat vergeet rijd rijdt loop let pas blijf neem doe kom ga".split())
_R72_TIME_AFTER = frozenset("zo zoveel zovele vele veel al de het een twee drie vier vijf tien twintig dertig veertig "
                            "vijftig zestig jaren lange alles wat dit dat die".split())
_R72_VERB_PREFIX = ("aan", "op", "uit", "mee", "af", "toe", "terug", "weg", "bij", "door", "over", "voor")
_R72_INF_NEXT = frozenset("daar dat die en of is hoor".split())
_R72_SHOPS = frozenset("bakker slager kapper groenteboer visboer drogist supermarkt markt winkel kiosk tankstation "
                       "bank post postkantoor school opvang kinderopvang creche buurt flat portiek galerij "
                       "benedenverdieping bovenverdieping bovenburen onderburen garage snackbar".split())
_R72_DE_SURNAMES = frozenset("vries jong boer groot wit bruin bruijn graaf haan lange ruiter jager koning haas vos kok "
                             "raaf leeuw ridder man beer klerk rooij zwart wolf kat waal heer wilde smet kort meer "
                             "klein vries rijk goede wijs laat hoog jonge beek bie gier".split())


def _r72_verb_word(w: str) -> bool:
    """A word after "meneer/mevrouw" that says what someone does, no surname: "ligt", "gezorgd", "aanspreken"."""
    if w in _R72_AFTER_TITLE:
        return True
    if w not in ORDINARY_WORDS or w in FIRST_NAMES or w in FIRST_NAMES_MORE or w in SURNAMES_AMBIGUOUS \
            or w in SURNAMES_SAFE:
        return False
    return (w.startswith("ge") and len(w) >= 6 and w.endswith(("d", "t"))) or (
        len(w) >= 8 and w.endswith("en") and (w.startswith(_R72_VERB_PREFIX) or w.endswith(("eren", "elen"))))


def _r72_kept(words, lows, own) -> set[int]:
    """IA to ID: "mevrouw na zo veel jaar", "meneer ligt uw moeder", "de mevrouw van de bakker", "zegt u dat de
    bus ..." are no names."""
    keep: set[int] = set()
    n = len(lows)
    for k in range(1, n):
        if own.get(k) != "[naam]" or lows[k - 1] not in ("meneer", "mevrouw", "mijnheer"):
            continue
        w = lows[k]
        if own.get(k + 1) == "[naam]":
            e = k + 1
            while e < n and own.get(e) == "[naam]":
                e += 1
            if w == "na" and lows[k + 1] in _R72_TIME_AFTER and all(
                    lows[i] in ORDINARY_WORDS and words[i][:1].islower() for i in range(k, e)):
                keep.update(range(k, e))  # IA: "mevrouw na de val"
            continue
        if w == "na" and k + 1 < n and lows[k + 1] in _R72_TIME_AFTER:
            keep.add(k)  # IA
        elif w != "na" and words[k][:1].islower() and _r72_verb_word(w) and (k < 2 or lows[k - 2] not in (
                "heet", "heette", "heten", "is", "was", "naam", "met", "bij", "van", "aan", "voor")) and (
                w in _R72_AFTER_TITLE or k + 1 == n or lows[k + 1] in _R72_INF_NEXT or not w.endswith("en")):
            keep.add(k)  # IB
    for k in range(1, n - 3):  # IC: "de mevrouw van de bakker"
        if lows[k] in ("meneer", "mevrouw") and lows[k - 1] in _R71_DESCRIBED and lows[k + 1] == "van" \
                and lows[k + 2] in ("de", "het") and lows[k + 3] in _R72_SHOPS \
                and all(own.get(i) == "[naam]" for i in range(k + 1, k + 4) if i in own):
            keep.update(i for i in range(k + 1, k + 4) if i in own)
    for k in range(3, n - 1):  # ID: "zegt u dat de bus al een jaar ..."
        if lows[k] == "de" and own.get(k) == "[naam]" and own.get(k + 1) == "[naam]" and own.get(k + 2) != "[naam]" \
                and lows[k - 1] == "dat" and lows[k - 3] in ("zegt", "zeg", "zei") and lows[k - 2] in ("u", "je", "jij") \
                and lows[k + 1] in ORDINARY_WORDS and lows[k + 1] not in _R72_DE_SURNAMES \
                and ("de-" + lows[k + 1]) not in SURNAMES_AMBIGUOUS and ("de-" + lows[k + 1]) not in SURNAMES_SAFE \
                and words[k + 1][:1].islower():
            keep.update((k, k + 1))
    return keep


def redact_round72(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """Round 72 on one line with the window's lines before it (as said, as logged; newest first): HB to HF, IA (HA is
    in round 61's organisation number)."""
    if "[naam]" in out and ("meneer" in raw.lower() or "mevrouw" in raw.lower() or " dat de " in raw.lower()):
        out = _line_keep(raw, out, lambda words, lows, own: _r72_kept(words, lows, own))
    if not _r72_gate(raw, out, before):
        return out
    return _line_pass(raw, out, lambda words, lows, own: _r72_marks(words, lows, own, before))


# Round 73 (holdout BS, travel, public transport and lodging; own examples in tests/privacy/test_round73.py):
# what stays, read on the line as said (placeholders of the other rules in `own`):
# JA. a place after "uit"/"vanaf", or after "naar" right behind a means of transport ("de bus uit sofia", "de trein
#     naar emma"): a single word taken for a name; a title, a kin word or a possessive before "uit" keeps the name;
# JB. a place right before "airport/centraal/station/luchthaven" ("op eindhoven airport") and a spot of a station or an
#     airport with its number ("bij bagageband vier", "op perron zeven") taken for an address;
# JC. "at" before a place and a station word, no mail domain ("delayed at amsterdam centraal") taken for a mail address;
# JD. a company that does something: an unlisted word at the clause's start, a company verb and a transport noun with
#     what a company does with it ("qbuzz heeft een vervangende bus ingezet"), or a lodging chain's branch ("stayokay
#     heeft een hostel in amsterdam"); a listed first name or surname still goes.
# What goes:
# KA. after "de naam ... is/was/staat" at the line's end: a particle and a surname ("de naam voor de boeking is de
#     smet"), or one ordinary word when the name is a person's ("de naam van de dokter is bakker");
# KB. a street said with "het" and a house number where someone stays ("slapen bij je vriendin aan het spui
#     achtentwintig");
# KC. a letter with its diacritic spelled ("m u met puntjes l l e r") next to the spelled name.
# ---------------------------------------------------------------------------
_R73_TRAVEL = frozenset("bus bussen busje nachtbus pendelbus streekbus trein treinen nachttrein intercity sprinter tram "
                        "metro boot veerboot pont ferry vlucht vluchten vliegtuig toestel shuttle kaartje ticket "
                        "retourtje enkeltje overstap aansluiting verbinding".split())
_R73_STATION_AFTER = frozenset("airport luchthaven centraal station terminal".split())
_R73_SPOT_ENDS = ("band", "perron", "spoor", "gate", "terminal", "halte", "loket", "balie", "pier", "uitgang",
                  "ingang", "platform")
_R73_SPOT_BEFORE = frozenset("bij op aan naar van via de het".split())
_R73_COMPANY_VERBS = frozenset("heeft had zet zette biedt bood verhuurt exploiteert stuurt stuurde".split())
_R73_COMPANY_DID = frozenset("ingezet ingelegd geannuleerd geschrapt omgeleid vervangen gestaakt".split())
_R73_LODGING = frozenset("hostel hostels hotel hotels camping campings vestiging vestigingen filiaal filialen".split())
_R73_CLAUSE = frozenset("en maar want dus ja nou nee omdat dat of".split())
_R73_NOT_BEFORE_UIT = TITLES | _R65_KIN | _R65_POSSESSIVE | frozenset("met en heet heette naam".split())
_R73_THINGS = _R72_THING_NAMED | _R73_TRAVEL | _R73_LODGING | frozenset(
    "pension bedrijf maatschappij firma zaak restaurant cafe café kroeg station halte schip hostel camping "
    "vereniging club stichting organisatie kerk dorp stad plaats wijk buurt".split())
_R73_PERSON_NOUNS = _R65_KIN | TITLES | frozenset(
    "dokter arts huisarts tandarts specialist verpleegkundige boeking reservering gast contactpersoon begeleider "
    "chauffeur conducteur eigenaar eigenares verhuurder beheerder hospita persoon patient klant reiziger "
    "passagier".split())
_R73_PERSON_NAMED = _R73_PERSON_NOUNS | frozenset("de het van voor op mijn uw je jouw zijn haar die deze".split())
_R73_NOT_NAME_WORD = frozenset("lastig moeilijk makkelijk raar gek bekend onbekend anders geheim vergeten kwijt "
                               "belangrijk lang kort mooi leuk grappig apart bijzonder duidelijk onduidelijk fout goed "
                               "juist verkeerd hetzelfde dezelfde zelfde veranderd vreemd buitenlands nederlands engels "
                               "frans duits anoniem onleesbaar weg beter slecht nieuw oud genoeg voldoende prima top fijn "
                               "oke ok klaar".split())
_R73_PARTICLES = frozenset("de van der den ten ter te le la du da di del".split())
_R73_STAY = LIVE_CUES | frozenset("slaap slaapt slapen logeer logeert logeren verblijf verblijft verblijven overnacht "
                                  "overnachten overnachting zit zitten woonachtig".split())
_R73_NOT_HET = frozenset("eind einde begin werk strand water perron spoor station ziekenhuis huis".split())
_R73_DIACRITIC = frozenset("puntjes puntje trema umlaut accent dakje streepje rondje aigu grave circonflexe "
                           "cedille".split())
_R73_KEEP_CUES = frozenset("uit vanaf naar at".split()) | _R73_STATION_AFTER | _R73_COMPANY_VERBS
_R73_NAMES_LISTED = (_R65_F1, _R65_F2, _R65_F3, SURNAMES_SAFE, SURNAMES_AMBIGUOUS)


def _r73_number(low: str) -> bool:
    x = _r20_number(low)
    return x is not None and 1 <= x <= 999


def _r73_kept(words, lows, own) -> set[int]:
    keep: set[int] = set()
    n = len(lows)
    for k in range(1, n):
        lab = own.get(k)
        if lab is None:
            continue
        w = lows[k]
        # JA: a place after "uit"/"vanaf", or "naar" right behind a means of transport
        if lab == "[naam]" and own.get(k + 1) != "[naam]" and lows[k - 1] not in own and (
                (lows[k - 1] in ("uit", "vanaf") and (k < 2 or lows[k - 2] not in _R73_NOT_BEFORE_UIT))
                or (lows[k - 1] == "naar" and k >= 2 and lows[k - 2] in _R73_TRAVEL)) \
                and w.isalpha() and words[k][:1].islower():
            keep.add(k)
        # JB: a place before "airport"; a station's or an airport's spot and its number
        elif lab in ("[adres]", "[naam]") and k + 1 < n and lows[k + 1] in _R73_STATION_AFTER \
                and k + 1 not in own and own.get(k - 1) != lab and lows[k - 1] in _R28_ORG_PLACE_PREPS:
            keep.add(k)
        elif lab == "[adres]" and w.endswith(_R73_SPOT_ENDS) and own.get(k + 1) == "[adres]" and k + 1 < n \
                and _r73_number(lows[k + 1]) and own.get(k + 2) != "[adres]" and lows[k - 1] in _R73_SPOT_BEFORE \
                and own.get(k - 1) != "[adres]":
            keep.update((k, k + 1))
    # JC: "at" before a place and a station word, no mail domain
    for k in range(1, n - 2):
        if lows[k] == "at" and own.get(k) == "[e-mail]":
            s = k
            while s - 1 >= 0 and own.get(s - 1) == "[e-mail]":
                s -= 1
            e = k
            while e + 1 < n and own.get(e + 1) == "[e-mail]":
                e += 1
            if e + 1 < n and lows[e + 1] in _R73_STATION_AFTER and e + 1 not in own and e - k <= 2 \
                    and all(lows[i].isalpha() and (i == k or lows[i] not in _R72_MAIL_PARTS) for i in range(s, e + 1)) \
                    and not any("mail" in x for x in lows):
                keep.update(range(s, e + 1))
    # JD: a company that does something
    if "naam" not in lows and "heet" not in lows:
        for k in range(n - 3):
            if own.get(k) != "[naam]" or own.get(k + 1) is not None or lows[k + 1] not in _R73_COMPANY_VERBS \
                    or (k > 0 and (lows[k - 1] not in _R73_CLAUSE or own.get(k - 1) is not None)) \
                    or any(lows[k] in names for names in _R73_NAMES_LISTED):
                continue
            tail = lows[k + 2:k + 9]
            if (not _R73_TRAVEL.isdisjoint(tail) and not _R73_COMPANY_DID.isdisjoint(tail)) or any(
                    t in _R73_LODGING and i + 2 < len(tail) and tail[i + 1] == "in" for i, t in enumerate(tail)):
                keep.add(k)
    return keep


def _r73_marks(words, lows, own, before) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    # KA: after "de naam ... is" at the line's end
    for k in range(1, n - 1):
        if lows[k] not in _R72_NAME_VERB:
            continue
        c = next((i for i in range(k - 1, max(-1, k - 7), -1) if lows[i] in _R72_NAME_CUE), None)
        if c is None:
            continue
        between = lows[c + 1:k]
        tail = list(range(k + 1, n))
        if not _R73_THINGS.isdisjoint(between) or len(tail) > 4 or any(i in own for i in tail):
            break
        last = lows[-1]
        if not last.isalpha() or len(last) < 2 or last in _R72_NOT_NAME_END or last in _R73_NOT_NAME_WORD \
                or last in _R67_ASK_STOP or _r20_number(last) is not None or last in ORDINARY_VERBS_HINT \
                or last.endswith(("lijk", "ig", "isch", "baar", "loos")) \
                or (last.startswith("ge") and last.endswith(("d", "t")) and len(last) >= 6):
            break
        parts = [lows[i] for i in tail[:-1]]
        if parts and all(p in _R73_PARTICLES for p in parts) and (
                last not in ORDINARY_WORDS or last in _R72_DE_SURNAMES or any(
                    "-".join(parts + [last]) in names for names in (SURNAMES_SAFE, SURNAMES_AMBIGUOUS))
                or not _R73_PERSON_NOUNS.isdisjoint(between)):
            marks.update({i: "[naam]" for i in tail})
        elif not parts and all(b in _R73_PERSON_NAMED for b in between) and not _R73_PERSON_NOUNS.isdisjoint(between):
            marks[tail[0]] = "[naam]"
        break
    # KB: a street said with "het" and a house number where someone stays
    if not _R73_STAY.isdisjoint(lows):
        for k in range(n - 3):
            if lows[k] in ("aan", "op") and lows[k + 1] == "het" and k + 3 == n - 1 and _r73_number(lows[k + 3]) \
                    and lows[k + 2].isalpha() and len(lows[k + 2]) >= 3 and lows[k + 2] not in _R73_NOT_HET \
                    and not lows[k + 2].endswith(_R73_SPOT_ENDS) and k + 2 not in own and k + 3 not in own \
                    and lows[k + 2] not in _R20_UNITS and _r20_number(lows[k + 2]) is None:
                marks.update({k + 2: "[adres]", k + 3: "[adres]"})
    # KC: a letter with its diacritic spelled next to the spelled name
    for m in range(2, n):
        if lows[m] not in _R73_DIACRITIC:
            continue
        t = m - 1 if lows[m - 1] == "met" else (m - 2 if lows[m - 2] == "met" and lows[m - 1] in ("een", "twee") else -1)
        if t < 1 or not _bare_letter(lows[t - 1], True):
            continue
        s = t - 1
        while s - 1 >= 0 and _bare_letter(lows[s - 1], True) and s - 1 not in own:
            s -= 1
        e = m
        while e + 1 < n and _bare_letter(lows[e + 1], True) and e + 1 not in own:
            e += 1
        lab = own.get(e + 1) or own.get(s - 1)
        if lab is None and s == 0 and e == n - 1 and before and "[naam]" in before[0][1]:
            lab = "[naam]"
        if lab in ("[naam]", "[e-mail]", "[adres]"):
            marks.update({i: lab for i in range(s, e + 1) if i not in own})
    return marks


def redact_round73(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """Round 73 on one line with the window's lines before it (as said, as logged; newest first): JA to JD stay, KA to
    KC go."""
    if "[" in out and out != raw:
        lows = set(raw.lower().split())
        if not _R73_KEEP_CUES.isdisjoint(lows) or any(w.endswith(_R73_SPOT_ENDS) for w in lows):
            out = _line_keep(raw, out, _r73_kept)
    low = raw.lower()
    if "naam" in low or " het " in low or "met" in low:
        out = _line_pass(raw, out, lambda words, lows, own: _r73_marks(words, lows, own, before))
    return out



# ---------------------------------------------------------------------------
# Round 74 (holdouts BT and BU: housing; school, study and childcare). What stays:
# LA. a room's number ("je mondeling in lokaal nul twaalf", "het tentamen is in zaal nul drie"): a short number right
#     after a room word is no phone number;
# LB. the @ sign talked about with an article ("hoe je een apenstaartje typt"), no mail domain or "punt" in the line.
# What goes:
# MA. after "heet" at the line's end a first word, particles and a listed surname ("heet lieven de smet");
# MB. an address's number going on: an addition ("de tjalkstraat acht en dan een streepje een"), a correction
#     ("de lindenlaan achttien ha ik bedoel achttien a"), the next house ("nummer zeventien en negentien"), and on
#     the next line after a street alone ("dus ook de lindenlaan" / "maar dan zesentwintig");
# MC. "bank" after a bank's name inside an account number ("en el negen ing bank nul zes ...").
# ---------------------------------------------------------------------------
_R74_ROOMS = frozenset("lokaal zaal collegezaal klas klaslokaal gymzaal aula lokaalnummer zaalnummer gebouw vleugel "
                       "kamer".split())
_R74_AT_SIGN = frozenset("apenstaartje apenstaartjes at-teken".split())
_R74_ARTICLES = frozenset("een het dat die dit de zo'n".split())
_R74_NOT_FIRST = frozenset("gewoon eigenlijk ook nog toch volgens geloof ik meneer mevrouw juf meester dus echt "
                           "niet nu zo".split()) | _R73_PARTICLES
_R74_NOT_HEET = frozenset("het dat wat hoe dit die zo ook".split())
_R74_FIX = ("ik bedoel", "nee", "sorry", "of eh", "of")
_R74_GOES_ON = frozenset("maar dan en dus nee op nummer eh ehm uh huisnummer toch".split())
_R74_SURNAMES = (SURNAMES_SAFE, SURNAMES_AMBIGUOUS, _R72_DE_SURNAMES)


def _r74_house(low: str) -> int | None:
    x = _r20_number(low)
    return x if x is not None and 1 <= x <= 999 else None


def _r74_kept(words, lows, own) -> set[int]:
    keep: set[int] = set()
    n = len(lows)
    for k in range(1, n):
        lab = own.get(k)
        if lab is None or own.get(k - 1) == lab:
            continue
        # LA: a room's number
        if lab in ("[telefoonnummer]", "[nummer]") and (lows[k - 1] in _R74_ROOMS or (
                k >= 2 and lows[k - 2] in _R74_ROOMS and len(lows[k - 1]) == 1 and lows[k - 1].isalpha())):
            e = k
            while e + 1 < n and own.get(e + 1) == lab:
                e += 1
            if e + 1 == n or own.get(e + 1) is None:
                digits = "".join(str(_r20_number(lows[i])) if _r20_number(lows[i]) is not None else "?"
                                 for i in range(k, e + 1))
                if "?" not in digits and len(digits) <= 4 and (lows[k - 1] != "kamer" or _R73_STAY.isdisjoint(lows)):
                    keep.update(range(k, e + 1))
        # LB: the @ sign talked about
        elif lab == "[e-mail]" and any(lows[i] in _R74_AT_SIGN and lows[i - 1] in _R74_ARTICLES and own.get(i) == lab
                                       for i in range(k + 1, min(n, k + 4))) \
                and "punt" not in lows and not any(w in _R72_MAIL_PARTS and w not in _R74_AT_SIGN for w in lows) \
                and not any("mail" in w for w in lows):
            e = k
            while e + 1 < n and own.get(e + 1) == lab:
                e += 1
            keep.update(range(k, e + 1))
    return keep


def _r74_marks(words, lows, own, before) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    # MA: after "heet" a first word, particles and a listed surname at the line's end
    for k in range(n - 2):
        if lows[k] not in ("heet", "heette") or (k > 0 and lows[k - 1] in _R74_NOT_HEET):
            continue
        tail = list(range(k + 1, n))
        if len(tail) > 5 or any(i in own for i in tail):
            break
        first, last = lows[tail[0]], lows[-1]
        parts = [lows[i] for i in tail[1:-1]]
        if first.isalpha() and len(first) >= 2 and first not in _R74_NOT_FIRST and last.isalpha() \
                and all(p in _R73_PARTICLES for p in parts) and (
                any(last in names for names in _R74_SURNAMES)
                or any("-".join(parts + [last]) in names for names in _R74_SURNAMES[:2])):
            marks.update({i: "[naam]" for i in tail})
        break
    if any(v == "[adres]" for v in own.values()):
        for k in range(1, n):
            if own.get(k - 1) != "[adres]" or k in own:
                continue
            # MB: an addition with "streepje" after the address
            j = k
            while j < n and j not in own and lows[j] in ("en", "dan", "een") and j - k < 3:
                j += 1
            if j + 1 < n and lows[j] == "streepje" and j not in own and (own.get(j + 1) == "[adres]" or (
                    j + 1 not in own and (_r74_house(lows[j + 1]) is not None or (
                        len(lows[j + 1]) == 1 and lows[j + 1].isalpha())))):
                s = j - 1 if lows[j - 1] == "een" and j - 1 >= k else j
                marks.update({i: "[adres]" for i in range(s, j + 2)})
                continue
            # MB: a correction of the house number ("ik bedoel achttien a")
            rest = " ".join(lows[k:])
            fix = next((f for f in _R74_FIX if rest.startswith(f + " ")), None)
            if fix is not None:
                m = k + len(fix.split())
                s0 = k if fix == "ik bedoel" else m  # "nee", "sorry", "of" stay as said between the two
                if m < n and own.get(m) == "[adres]" and own.get(m - 1) is None:
                    marks.update({i: "[adres]" for i in range(s0, m)})
                elif m < n and _r74_house(lows[m]) is not None and m not in own:
                    e = m
                    if e + 1 < n and len(lows[e + 1]) == 1 and lows[e + 1].isalpha() and lows[e + 1] != "u":
                        e += 1
                    if e + 1 == n or own.get(e + 1) == "[adres]" or lows[e + 1] in _R73_CLAUSE:
                        marks.update({i: "[adres]" for i in range(s0, e + 1)})
                continue
            # MB: the next house ("nummer zeventien en negentien")
            if lows[k] == "en" and k + 1 < n and k + 1 not in own and (a := _r74_house(lows[k - 1])) is not None \
                    and (b := _r74_house(lows[k + 1])) is not None and a != b and abs(a - b) <= 10 \
                    and (k + 2 == n or lows[k + 2] not in _R20_UNITS):
                marks.update({k: "[adres]", k + 1: "[adres]"})
    # MB: the house number on the next line after a street alone
    if before and n <= 5 and not own and before[0][0] != before[0][1]:
        bw = _r20_lows(before[0][0])
        bown = _redacted_words(*before[0])
        last = len(bw) - 1
        if bw and bown.get(last) == "[adres]" and _r20_number(bw[last]) is None and len(bw[last]) >= 4:
            nums = [i for i in range(n) if lows[i] not in _R74_GOES_ON]
            if nums and nums[0] == n - 1 - (1 if n >= 2 and len(lows[-1]) == 1 and lows[-1].isalpha() else 0) \
                    and _r74_house(lows[nums[0]]) is not None and len(nums) <= 2:
                marks.update({i: "[adres]" for i in nums})
    # MC: "bank" after a bank's name inside an account number
    for k in range(1, n - 1):
        if lows[k] == "bank" and lows[k - 1] in _R72_BANKS and k not in own and (
                own.get(k + 1) in _R71_NUM_LABELS or _r20_number(lows[k + 1]) is not None) and (
                own.get(k - 1) == "[iban]" or own.get(k + 1) == "[iban]"):
            marks[k] = "[iban]"
            if k - 1 not in own:
                marks[k - 1] = "[iban]"
    return marks


def redact_round74(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """Round 74 on one line with the window's lines before it (as said, as logged; newest first): LA and LB stay, MA to
    MC go."""
    if "[" in out and out != raw:
        lows = set(raw.lower().split())
        if not _R74_ROOMS.isdisjoint(lows) or not _R74_AT_SIGN.isdisjoint(lows):
            out = _line_keep(raw, out, _r74_kept)
    low = raw.lower()
    if "heet" in low or "[adres]" in out or "bank" in low or (before and before[0][0] != before[0][1]):
        out = _line_pass(raw, out, lambda words, lows, own: _r74_marks(words, lows, own, before))
    return out

# Round 75 (holdout BV: pets, vets, sport and hobbies). What stays:
# NA. a pet's name after "heet" when the clause's head is an animal ("de hond van de buren heet rocky", "het konijn
#     van mijn dochter heet snuffie"); a person's name before "heet" or with a person at the head still goes;
# NB. a match's score after a club ("psv tegen feyenoord twee twee", "we verloren van vitesse nul drie"): a short
#     run of small numbers, with clubs, in a line about a match with no number, address or account cue;
# NC. a month alone as an animal's birth ("de kalveren worden in mei geboren"), no person in the line;
# ND. the window: a title at the end of one line does not make the next line's "de/het/een" + an ordinary word a
#     surname ("gecondoleerd meneer" / "de begrafenis"); a listed surname after it still goes ("de vries").
# ---------------------------------------------------------------------------
_R75_ANIMALS = _R58_PETS | _R68_ANIMALS | frozenset(
    "kalveren lammeren lammetjes veulens puppy's puppies pups kittens biggen biggetjes kuikens konijntjes geitjes "
    "hondjes katjes poesjes paardjes cavia's hamsters parkieten duiven duif kalfjes puppys cavias".split())
_R75_HEET = frozenset("heet heette heten".split())
_R75_CLAUSE = frozenset("en maar want omdat dus".split())
_R75_PERSON = _R73_PERSON_NOUNS | _R58_ROLES | frozenset("ik jij hij zij wij we u ben bent".split())
# clubs whose name is no town or common word, and clubs named after a town (these only next to a score)
_R75_CLUBS_PURE = frozenset(
    "ajax psv feyenoord az vitesse nec heracles sparta excelsior fortuna rkc nac pec cambuur roda vvv telstar ado "
    "graafschap mvv dvs ijsselmeervogels".split()) | _R70_CLUB_PREFIX
_R75_CLUBS = _R75_CLUBS_PURE | frozenset(
    "twente utrecht heerenveen groningen willem zwolle volendam almere emmen venlo dordrecht helmond katwijk "
    "spakenburg".split())
_R75_MATCH = frozenset(
    "tegen wedstrijd wedstrijden uitslag stand ruststand eindstand won wonnen wint winnen gewonnen verloor "
    "verloren verliest verliezen gelijk gelijkspel speelde speelden speelt spelen gespeeld eindigde derby "
    "scoorde competitie finale beker voetbal hockey doelpunt doelpunten goals werd".split())
_R75_NO_MATCH = frozenset(
    "nummer telefoon telefoonnummer bel bellen belt mobiel postcode adres woon woont wonen rekening iban bsn "
    "straat huisnummer mail".split())
_R75_MONTH_FILL = frozenset("in begin eind half medio rond eind-".split())


def _r75_pet_heet(lows, k) -> bool:
    """The clause before "heet" at k has an animal at its head ("de hond van de buren heet")."""
    start = max((i + 1 for i in range(k) if lows[i] in _R75_CLAUSE), default=0)
    for i in range(start, k):
        w = lows[i]
        if w in _R75_PERSON:  # (holds _R73_PERSON_NOUNS)
            return False
        if w in _R75_ANIMALS and (i == start or lows[i - 1] in _R68_DET):
            between = lows[i + 1:k]
            return not between or (between[0] == "van" and len(between) <= 4
                                   and not any(x in ("die", "dat", "wie") for x in between))
    return False


def _r75_kept(words, lows, own, before) -> set[int]:
    keep: set[int] = set()
    n = len(lows)
    runs = _redacted_runs(own, n)
    for s, e, lab in runs:
        # NA: a pet's name after "heet"
        if lab == "[naam]" and s >= 2 and lows[s - 1] in _R75_HEET and e - s <= 2 \
                and not (e - s == 2 and any(lows[e - 1] in names for names in _R74_SURNAMES)) \
                and _r75_pet_heet(lows, s - 1):
            keep.update(range(s, e))
        # NC: a month alone as an animal's birth
        elif lab == "[datum]" and any(w in _R69_MONTHS for w in lows[s:e]) \
                and all(w in _R69_MONTHS or w in _R75_MONTH_FILL for w in lows[s:e]) \
                and (e == n or _r20_number(lows[e]) is None) and (s == 0 or _r20_number(lows[s - 1]) is None) \
                and any(w in _R75_ANIMALS for w in lows) and not any(w in _R75_PERSON for w in lows):
            keep.update(range(s, e))
    # NB: a match's score after a club
    if (any(w in _R75_CLUBS_PURE for w in lows) or (
            "tegen" in lows and sum(w in _R75_MATCH for w in lows) >= 2)) \
            and not any(w in _R75_NO_MATCH for w in lows) \
            and _R71_MONEY.search(" ".join(lows)) is None \
            and any(w in _R75_CLUBS or w == "tegen" for w in lows):
        k = 0
        while k < n:
            if k not in own:
                k += 1
                continue
            e = k
            while e < n and e in own:
                e += 1
            group, nums, ok, named = 0, 0, True, True
            for i in range(k, e):
                v = _r20_number(lows[i])
                if v is not None and 0 <= v <= 20 and lows[i].isalpha():
                    group += 1
                    nums += 1
                    ok &= group <= 2
                elif lows[i] in _R75_CLUBS or (i == k and i > 0 and lows[i - 1] in ("tegen", "van")):
                    group = 0
                    named &= lows[i] in _R75_CLUBS_PURE
                else:
                    ok = False
            if ok and nums <= 4 and (nums or named) and (k == 0 or lows[k - 1] not in ("in", "op", "naar", "aan")) \
                    and (e == n or _r20_number(lows[e]) is None) \
                    and (k == 0 or _r20_number(lows[k - 1]) is None or lows[k - 1] in _R75_CLUBS):
                keep.update(range(k, e))
            k = e
    # ND: a title ending the line before; "de/het/een" + an ordinary word
    if before and runs and runs[0][0] == 0 and runs[0][2] == "[naam]" and n >= 2 and lows[0] in ("de", "het", "een") \
            and runs[0][1] == 2:
        bl = _r20_lows(before[0][0])
        w = lows[1]
        if bl and bl[-1] in TITLES and before[0][0] == before[0][1] and w in ORDINARY_WORDS and len(w) >= 4 \
                and not any(w in names for names in _R74_SURNAMES) and w not in _R65_F1 and w not in _R65_F2 \
                and w not in _R65_F3 and not (w.endswith("e") and (w[:-1] in ORDINARY_WORDS or w[:-2] in ORDINARY_WORDS)):
            keep.update((0, 1))  # (an adjective's "-e" form stays a name: "mevrouw" / "de kleine")
    return keep


def _first_name_run_end(lows: list[str], k: int, own) -> int:
    """End of a name said after "heet" at k: the listed first name at k + 1, and a surname after it (with its
    particles) when one follows; the words already marked (own) are not taken again (rounds 75 and 76)."""
    n = len(lows)
    e = k + 2
    while e < n and e not in own and lows[e] in _R73_PARTICLES and e - k <= 3:
        e += 1
    if e < n and e not in own and any(lows[e] in names for names in _R74_SURNAMES):
        return e + 1
    return k + 2


def _r75_marks(words, lows, own) -> dict[int, str]:
    """NE: a listed first name (and its surname) after "heet" when the clause's head is a person, also with an animal
    after it ("mijn buurman met de hond heet gerrit", "de baas van de kat heet pieter")."""
    marks: dict[int, str] = {}
    n = len(lows)
    for k in range(n - 1):
        if lows[k] not in _R75_HEET or k + 1 in own or not lows[k + 1].isalpha():
            continue
        start = max((i + 1 for i in range(k) if lows[i] in _R75_CLAUSE), default=0)
        head = next((i for i in range(start, k) if lows[i] in _R75_ANIMALS or (
            lows[i] in _R73_PERSON_NOUNS and lows[i] not in TITLES and (i == start or lows[i - 1] in _R68_DET))), None)
        if head is None or lows[head] in _R75_ANIMALS:
            continue
        first = lows[k + 1]
        if first in _R74_NOT_FIRST or not (first in _R65_F1 or first in _R65_F2):
            continue
        marks.update({i: "[naam]" for i in range(k + 1, _first_name_run_end(lows, k, own))})
    return marks


def r75_place_not_name(raw: str, out: str) -> bool:
    """NF: the window made the last word of the line before a name (the next line went on with it) while that word
    follows "in"/"uit" in a line with no person word and is no listed name ("de ijsbaan in heerenveen"): only that word is redacted
    there, so the line goes back as said."""
    lows = _r20_lows(raw)
    n = len(lows)
    if n < 3 or lows[-2] not in ("in", "uit") or len(lows[-1]) < 4 or lows[-1] in _R65_F1 or lows[-1] in _R65_F2 \
            or any(lows[-1] in names for names in _R74_SURNAMES) or any(w in _R73_PERSON_NOUNS for w in lows):
        return False
    own = _redacted_words(raw, out)
    return set(own) == {n - 1} and own[n - 1] == "[naam]"


_R75_SYLLABLES = _R37_SYLLABLES | _R58_SYLLABLES
_R75_FAMILY = frozenset(w for w in _R58_SYLLABLES if w not in ORDINARY_WORDS and w not in STOP_WORDS and len(w) >= 3)
_R75_GLUE_PARTICLES = frozenset("al el ul ben bin ibn abu abou ait bou".split())
_R75_FIX = frozenset("nee sorry of dus".split())
_R75_BIRTH = _Lazy(r"jarig|geboren|verjaardag|geboortedatum")


def _r75_leak_marks(words, lows, own, before, mail: bool) -> dict[int, str]:
    """NG to NJ: the leaks that go."""
    marks: dict[int, str] = {}
    n = len(lows)
    for k in range(n):
        if k in own:
            continue
        w = lows[k]
        # NG: a Chinese name's syllables before a redacted name after "heet", or two syllables with a family name
        if w in _R75_SYLLABLES:
            if k >= 1 and lows[k - 1] in _R75_HEET:
                e = k
                while e < n and e - k < 2 and e not in own and lows[e] in _R75_SYLLABLES:
                    e += 1
                if e < n and own.get(e) == "[naam]":
                    marks.update({i: "[naam]" for i in range(k, e)})
                    continue
            if k >= 1 and own.get(k - 1) == "[naam]" and lows[k - 1] in _R75_SYLLABLES:  # "heet [naam] na wang"
                e = k
                while e < n and e - k < 2 and e not in own and lows[e] in _R75_SYLLABLES:
                    e += 1
                marks.update({i: "[naam]" for i in range(k, e)})
                continue
            if k + 1 < n and k + 1 not in own and lows[k + 1] in _R75_SYLLABLES \
                    and (w in _R75_FAMILY or lows[k + 1] in _R75_FAMILY) and w != lows[k + 1] \
                    and (k == 0 or _r20_number(lows[k - 1]) is None):
                marks.update({k: "[naam]", k + 1: "[naam]"})
        # NH: a particle glued with a hyphen said as "streepje" before a redacted name ("al streepje [naam]")
        elif w in _R75_GLUE_PARTICLES and k + 2 < n and lows[k + 1] == "streepje" and own.get(k + 2) == "[naam]":
            marks.update({k: "[naam]", k + 1: "[naam]"})
        # NJ: a mail address corrected: the number right after it at the line's end
        elif k == n - 1 and k - 1 in own and w.isalpha() and _r20_number(w) is not None and (
                lows[0] in _R75_FIX and (own[k - 1] == "[e-mail]" or (mail and before and "[e-mail]" in before[0][1]))):
            marks[k] = "[e-mail]"
    # NL: a birth year after a birthday ("je bent jarig op de [datum]" / "en je bent van tweeënnegentig")
    if before and n <= 7 and any("[datum]" in b[1] for b in before[:2]) \
            and any(_R75_BIRTH.search(b[0].lower()) for b in before):
        for k in range(2, n):
            if lows[k - 1] == "van" and lows[k - 2] in ("ben", "bent", "is") and k not in own and k == n - 1 \
                    and (v := _r20_number(lows[k])) is not None and (20 <= v <= 99 or 1900 <= v <= 2030):
                marks[k] = "[datum]"
    # NM: a surname after a first name on a line of its own after "heet" ("heet" / "ehm" / "[naam] popescu")
    if n == 2 and own.get(0) == "[naam]" and 1 not in own and before and lows[1].isalpha() and len(lows[1]) >= 3 \
            and lows[1] not in ORDINARY_WORDS and lows[1] not in STOP_WORDS and _r20_number(lows[1]) is None \
            and any(_r20_lows(b[0])[-1:] in (("heet",), ("heette",)) for b in before[:2]):
        marks[1] = "[naam]"
    # NK: a bank's letters spelled on the line after an account number's start ("[iban]" / "a be en a")
    if before and 2 <= n <= 6 and before[0][1].rstrip(" ,.?!").endswith("[iban]") and len(set(lows)) >= 2 \
            and all(w in LETTER_NAMES or (len(w) == 1 and w.isalpha()) for w in lows) \
            and sum(w != "en" for w in lows) >= 3:
        marks.update({i: "[iban]" for i in range(n) if i not in own})
    # NI: the start of a postcode ("je postcode begint met vijftig")
    for k in range(2, n):
        if lows[k - 1] == "met" and lows[k - 2] == "begint" and "postcode" in lows[:k - 2] and k not in own:
            e = k
            while e < n and e not in own and _r20_number(lows[e]) is not None and lows[e].isalpha() and e - k < 2:
                e += 1
            if e > k and e == n:
                marks.update({i: "[postcode]" for i in range(k, e)})
    return marks


def redact_round75(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """Round 75 on one line with the window's lines before it (as said, as logged; newest first): NA to ND stay, NE
    goes."""
    if "hee" in raw:
        low = raw.lower()
        if ("heet" in low or "heten" in low) and not _R75_ANIMALS.isdisjoint(low.split()):
            out = _line_pass(raw, out, _r75_marks)
    lowset = set(raw.lower().split())
    if "[e-mail]" in out or "[naam]" in out or "postcode" in lowset or not _R75_SYLLABLES.isdisjoint(lowset) or (
            before and len(lowset) <= 7 and ("[iban]" in before[0][1] or any("[datum]" in b[1] for b in before[:2]) or
                                             "hee" in before[0][0] or (len(before) > 1 and "hee" in before[1][0]))):
        out = _line_pass(raw, out, lambda words, lows, own: _r75_leak_marks(words, lows, own, before, "[e-mail]" in out))
    if "[" in out and out != raw:
        low = raw.lower()
        lowset = set(low.split())
        if "hee" in low or "[datum]" in out or not _R75_CLUBS_PURE.isdisjoint(lowset) or "tegen" in lowset or (
                before and before[0][0] == before[0][1] and before[0][0].rstrip(" ,.?!").rsplit(None, 1)[-1:] and
                before[0][0].rstrip(" ,.?!").rsplit(None, 1)[-1].lower() in TITLES):
            out = _line_keep(raw, out, lambda words, lows, own: _r75_kept(words, lows, own, before))
    return out


# ---------------------------------------------------------------------------
# Round 76 (holdout BW, money matters, as development data). What stays:
# OA. what an organisation, office, bank or shop is called after "heet" is no person's name: the clause's head (the
#     first det/possessive + noun after the last "en/maar/want/omdat/dus") is an organisation word or a compound on
#     one ("de stadsbank in amsterdam heet fibu", "mijn bank heet bunq"), alone or with a place phrase of at most 4
#     words after it; no person word in the clause, no listed first name + listed surname after "heet".
# What goes:
# OB. a house number's suffix glued with a hyphen ("kerkstraat 12-bis", "twaalf-hs");
# OC. a name said again on the next line, spelled or qualified ("stefan müller" / "muller met een umlaut");
# OD. a name before "heet" at a subordinate clause's end ("en je zegt dat ze marij heet");
# OE. a postcode's four digits and two letters with "de" (the letter d) among the letters, on a line of its own
#     ("dus zesenveertig nul een de er");
# OF. the last letter of a mail address's top-level domain spelled ("... punt be ge");
# OG. a mail's first part on the line after "[e-mail] en daarvoor" (BT 208 with rules alone);
# OH. a postcode's two letters on the line after "de letters waren/zijn" (BT 177 with rules alone);
# OI. a postcode's digits said with "honderd" after "postcode" ("je postcode is elf honderd twee", BV 174);
# and OA's other side: a listed first name after "heet" when the clause's head is a person ("de baas van de winkel
# heet gerrit", "mijn adviseur bij de bank heet joris").
# ---------------------------------------------------------------------------
_R76_ORGS = (_R61_HEET_ORG | _R31_ORGS | _R66_ORG_HEADS | _R59_SHOPS | frozenset(
    "bank kantoor bureau verzekeraar verzekering maatschappij fonds loket kas coöperatie cooperatie platform webshop "
    "supermarkt keten merk incassobureau kredietbank spaarbank zorgverzekeraar energieleverancier leverancier "
    "provider uitkeringsinstantie instantie regeling".split())) - frozenset("buurt dorp stad wijk".split())
_R76_ORG_ENDS = ("bank", "kantoor", "bureau", "winkel", "zaak", "bedrijf", "fonds", "verzekeraar", "verzekering",
                 "maatschappij", "stichting", "instelling", "vereniging", "organisatie", "dienst", "loket", "centrum",
                 "praktijk", "shop", "keten", "platform", "corporatie", "instantie")
_R76_PLACE_PREP = frozenset("in uit van aan op bij om voor achter naast".split())
_R76_SUB = frozenset("dat omdat of als hoe want".split())
_R76_PRON = frozenset("ze zij hij je jij u".split())
_R76_SUB_FILL = frozenset("eigenlijk echt nu toch gewoon officieel zelf".split())
_R76_PERSONS = _R73_PERSON_NOUNS | _R58_ROLES | frozenset(
    "adviseur adviseuse coach budgetcoach bewindvoerder schuldhulpverlener medewerker medewerkster consulent "
    "consulente deurwaarder boekhouder accountant kassier kassière beheerder manager filiaalmanager bedrijfsleider "
    "eigenaar eigenares mentor begeleider begeleidster hypotheekadviseur schuldbemiddelaar maatschappelijk "
    "klantmanager casemanager jurist makelaar bankier vertegenwoordiger".split())
_R76_SUFFIX = _Lazy(r"\[adres\]-[^\s\[\],.?!]+")
_R76_POST_FILL = frozenset("dus ja nee eh ehm uh oke oké is postcode en".split())


def _r76_org(w: str) -> bool:
    if w in _R75_PERSON or w in _R58_ROLES or not w.isalpha():
        return False
    return w in _R76_ORGS or (len(w) >= 7 and any(w.endswith(x) and len(w) >= len(x) + 3 for x in _R76_ORG_ENDS))


def _r76_org_heet(lows, own, k) -> bool:
    """OA: the clause before "heet" at k has an organisation at its head."""
    start = max((i + 1 for i in range(k) if lows[i] in _R75_CLAUSE), default=0)
    clause = lows[start:k]
    if not clause or any(w in _R75_PERSON or w in TITLES for w in clause) or any(i in own for i in range(start, k)):
        return False
    i = start
    if lows[i] in _R68_DET:
        i += 1
        if i < k - 1 and lows[i].endswith("e") and lows[i] in ORDINARY_WORDS and not _r76_org(lows[i]):
            i += 1  # one adjective: "de nieuwe bank"
    if i >= k or not _r76_org(lows[i]):
        return False
    between = lows[i + 1:k]
    return not between or (between[0] in _R76_PLACE_PREP and len(between) <= 4
                           and not any(x in ("die", "dat", "wie") for x in between))


def _r76_kept(words, lows, own) -> set[int]:
    keep: set[int] = set()
    for s, e, lab in _redacted_runs(own, len(lows)):
        if lab == "[naam]" and s >= 2 and lows[s - 1] in _R75_HEET and e - s <= 2 \
                and not (lows[s] in _R65_F1 and lows[s] not in ORDINARY_WORDS) \
                and not (e - s == 2 and (lows[s] in _R65_F1 or lows[s] in _R65_F2)
                         and any(lows[e - 1] in names for names in _R74_SURNAMES)) \
                and _r76_org_heet(lows, own, s - 1):
            keep.update(range(s, e))
    return keep



def _r76_leading_digits(lows: list[str]) -> tuple[int, int, str]:
    """After leading fillers ("dus", "eh", ...) at i, the number words up to j read as digits ("zesenveertig nul een"
    -> "4601"): where a postcode said alone would start and its letters begin (rounds 76 and 77)."""
    n = len(lows)
    i = 0
    while i < n and lows[i] in _R76_POST_FILL:
        i += 1
    digits, j = "", i
    while j < n and lows[j].isalpha() and (v := _r20_number(lows[j])) is not None and v < 100:
        digits += str(v)
        j += 1
    return i, j, digits

def _r76_marks(words, lows, own, before) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    # OC: a name of the line before said again ("muller met een umlaut")
    if before and "[naam]" in before[0][1]:
        bl = _r20_lows(before[0][0])
        said = {bl[i] for i, lab in _redacted_words(before[0][0], before[0][1]).items()
                if lab == "[naam]" and i < len(bl) and len(bl[i]) >= 3 and bl[i].isalpha() and bl[i] not in STOP_WORDS}
        for k in range(n):
            if k not in own and lows[k] in said and (k == 0 or (k == 1 and lows[0] in _R73_PARTICLES)) and (
                    lows[k] not in ORDINARY_WORDS or k + 1 == n or lows[k + 1] == "met"):
                marks[k] = "[naam]"  # (at the line's head; an ordinary word only before "met": "de wit met een w")
    for k in range(2, n):
        w = lows[k]
        # OD: "... dat ze marij heet"
        if w in _R75_HEET and k - 1 not in own and lows[k - 1].isalpha():
            e = k - 1
            while e > 0 and lows[e] in _R76_SUB_FILL:
                e -= 1
            a = e
            while a > 0 and e - a < 1 and lows[a - 1] not in _R76_PRON and lows[a - 1].isalpha():
                a -= 1
            if a >= 2 and lows[a - 1] in _R76_PRON and lows[a - 2] in _R76_SUB and all(
                    lows[i].isalpha() and len(lows[i]) >= 3 and lows[i] not in ORDINARY_WORDS
                    and lows[i] not in STOP_WORDS and _r20_number(lows[i]) is None and i not in own
                    for i in range(a, e + 1)):
                marks.update({i: "[naam]" for i in range(a, e + 1)})
    # OA's other side: a listed first name after "heet" when the clause's head is a person ("de baas van de winkel
    # heet gerrit", "mijn adviseur bij de bank heet joris")
    for k in range(2, n - 1):
        if lows[k] not in _R75_HEET or k + 1 in own or not lows[k + 1].isalpha():
            continue
        first = lows[k + 1]
        if first in _R74_NOT_FIRST or not (first in _R65_F1 or first in _R65_F2):
            continue
        i = max((x + 1 for x in range(k) if lows[x] in _R75_CLAUSE), default=0)
        if i < k and lows[i] in _R68_DET:
            i += 1
        if i >= k or lows[i] not in _R76_PERSONS:
            continue
        marks.update({x: "[naam]" for x in range(k + 1, _first_name_run_end(lows, k, own))})
    # OF: a top-level domain's last letter ("[e-mail] ge" after "punt be")
    if n >= 3 and n - 2 in own and own[n - 2] == "[e-mail]" and n - 1 not in own and lows[-1] in LETTER_NAMES \
            and lows[-2] in LETTER_NAMES and lows[-3] == "punt" and own.get(n - 3) == "[e-mail]":
        marks[n - 1] = "[e-mail]"
    # OG: a mail's first part on the line after "[e-mail] en daarvoor" ("huisjezoeken tweeduizend drie")
    if before and n <= 5 and "[e-mail]" in before[0][1] and _r20_lows(before[0][0])[-1:] in (("daarvoor",),
                                                                                            ("ervoor",)):
        i = 0
        while i < n and lows[i] in ("eh", "ehm", "uh", "dat", "is", "het", "was"):
            i += 1
        marks.update({x: "[e-mail]" for x in range(i, n) if x not in own})
    # OH: a postcode's letters on the line after "de letters waren" ("em vee")
    if before and n == 2 and _r20_lows(before[0][0])[-2:] in (("letters", "waren"), ("letters", "zijn"),
                                                                    ("letters", "zijn:"), ("letters", "is")) \
            and all(w in LETTER_NAMES or (len(w) == 1 and w.isalpha()) for w in lows) and not own:
        marks.update({x: "[postcode]" for x in range(n)})
    # OI: a postcode's digits said with "honderd" ("je postcode is elf honderd twee")
    for k in range(1, n - 1):
        if lows[k] == "honderd" and k not in own and (v := _r20_number(lows[k - 1])) is not None and 10 <= v <= 99 \
                and lows[k - 1].isalpha() and "postcode" in lows[:k - 1]:
            e = k + 1
            if e < n and lows[e] == "en":
                e += 1
            if e < n and lows[e].isalpha() and (w := _r20_number(lows[e])) is not None and 0 <= w <= 99 \
                    and (e + 1 == n or lows[e + 1] in ("eh", "en", "dus", "ja")):
                marks.update({x: "[postcode]" for x in range(k - 1, e + 1) if x not in own})
    # OE: "dus zesenveertig nul een de er"
    if "de" in lows and not own and 4 <= n <= 9:
        i, j, digits = _r76_leading_digits(lows)
        rest = [w for w in lows[j:] if w not in ("eh", "ehm", "uh")]
        if len(digits) == 4 and digits[0] != "0" and j - i <= 4 and len(rest) == 2 and "de" in rest \
                and all(w == "de" or w in LETTER_NAMES for w in rest) and rest != ["de", "de"]:
            marks.update({x: "[postcode]" for x in range(i, n)})
    return marks


def redact_round76(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """Round 76 on one line with the window's lines before it (as said, as logged; newest first): OA stays, OB to OF
    go."""
    if "[adres]-" in out:
        out = _R76_SUFFIX.sub("[adres]", out)
    if "hee" in raw \
            or (before and ("[naam]" in before[0][1] or "[e-mail]" in before[0][1] or "letters" in before[0][0])) \
            or ("[e-mail]" in out and "punt" in raw) or ("honderd" in raw and "postcode" in raw) \
            or (out == raw and " de " in raw):
        out = _line_pass(raw, out, lambda words, lows, own: _r76_marks(words, lows, own, before))
    if "[naam]" in out and "hee" in raw:
        out = _line_keep(raw, out, _r76_kept)
    return out



# ---------------------------------------------------------------------------
# Round 77 (holdout BX, work, jobs and benefits, as development data). What goes:
# PA. a name spelled in syllables on the next line: the line's words joined are a [naam] word of the line before
#     ("mevrouw pattiradjawane" / "pat tie ra dja wa ne");
# PB. a corrected surname after a name and a filler: "[naam] eh van den brink", "[naam] nee ter horst";
# PC. an address after "adres ... is": street words and a number ("het adres van je flat is de biesbosch ring
#     vierhonderd zesenvijftig");
# PD. a postcode's four digits and two letters on a line of their own with "ex" (the letter x) among the letters
#     ("dus zes twee een een ex vee in maastricht");
# PE. a postcode's letter with its spelling aid ("[postcode] a ex van xylofoon"), and a line of letters with aids
#     after a line that ended with a postcode ("be ee dus be van bernard");
# PF. a line that spells or qualifies the mail address of the line before ("popescu met ce uu", "g met ge",
#     "ve er van rooij");
# PG. a house number's letter said after the address at the line's end ("[adres] be");
# PH. a birth year after the date ("[datum] in eh negentien tweeënzestig");
# PI. the letters after "met" that spell the start of a name said on the line ("[naam] wel met w o u");
# PG'. floor words between the address and "nummer" ("[adres] drie hoog achter nummer zestig");
# PJ. a street word of its own before "nummer" after "op/aan ... de" ("op het hofje de hoge hof nummer elf");
# PK. a Frisian street with its article "it" ("op de it heechhout vijf");
# PL. a phone number corrected on the way with "nee", at least 10 digits from "nul" (BX 22, BV 22);
# PM. a mail's first part ending in "punt" on the line after one about a mail address ("dimitar punt");
# PN. a single letter after an account number at the line's end ("[iban] d");
# PO. a bank code spelled in four letters on the line after an account number's start ("abn amro dus a be en a");
# PP. a number read out a piece a line after two such lines went whole (BV 280: "eenentwintig" / "zevenendertig").
# ---------------------------------------------------------------------------
_R77_LETTERS = {**LETTER_NAMES, "ex": "x", "iks": "x", "ieks": "x", "o": "o", "i": "i", "u": "u", "y": "y"}
_R77_SOFT = frozenset("en je de te ge".split())  # letter names that are ordinary words as well
_R77_FILL = frozenset("eh ehm uh nee sorry of".split())
_R77_JOIN = frozenset("met van een dus en zonder hoofdletter kleine letter als in de".split())
_R77_FLOOR = frozenset("hoog achter voor boven beneden huis op en".split())
_R77_STREET_NOUNS = frozenset(_STREET_SUFFIXES) | frozenset("ring erf hofje".split())
_R77_TIMES = {"dubbel": 2, "dubbele": 2, "driedubbel": 3, "driedubbele": 3}
_R77_CORR = (("van", "den"), ("van", "der"), ("van", "de"), ("ter",), ("ten",), ("de",))


def _r77_letter(w: str) -> str | None:
    if len(w) == 1 and w.isalpha():
        return w
    return _R77_LETTERS.get(w)


def _r77_close(a: str, b: str) -> bool:
    """Two spellings of one long word, a letter or two apart ("pattieradjawane" / "pattiradjawane")."""
    import difflib

    return abs(len(a) - len(b)) <= 2 and difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.85


def _r77_whole(q: tuple[str, str]) -> str | None:
    """The number placeholder a line of number words became as a whole ("eenentwintig" -> "[datum]"), else None."""
    said, logged = q
    lab = logged.strip(" ,.?!")
    if lab not in ("[bsn]", "[datum]", "[nummer]", "[telefoonnummer]", "[iban]"):
        return None
    lows = _r20_lows(said)
    if not lows or len(lows) > 3 or not all(w.isalpha() and _r20_number(w) is not None for w in lows):
        return None
    return "[bsn]" if lab == "[datum]" else lab


def _r77_letter_line(lows, k0: int, n: int) -> bool:
    """Whether the line from k0 on is letters, "dus/en/eh" and spelling aids ("be van bernard") only, with at least
    one letter name that is no ordinary word."""
    hard = False
    k = k0
    while k < n:
        w = lows[k]
        let = _r77_letter(w)
        if let is not None:
            hard |= w not in _R77_SOFT
            if k + 2 < n and lows[k + 1] == "van" and lows[k + 2][:1] == let and lows[k + 2].isalpha():
                k += 3
                continue
            k += 1
        elif w in ("dus", "en", "eh", "ehm", "uh"):
            k += 1
        else:
            return False
    return hard


def _r77_marks(words, lows, own, before) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    prev = before[0] if before else None
    # PA: "pat tie ra dja wa ne" after "mevrouw [naam]"
    if prev is not None and "[naam]" in prev[1] and own and 2 <= n <= 10 \
            and all(w.isalpha() and len(w) <= 5 for w in lows) and any(len(w) >= 2 for w in lows):
        # (only where the other rules already took part of the line: round 66 puts back a medicine spelled)
        bl = _r20_lows(prev[0])
        said = {bl[i] for i, lab in _redacted_words(prev[0], prev[1]).items() if lab == "[naam]" and i < len(bl)}
        joined = "".join(lows)
        if len(joined) >= 6 and any(joined == w or (len(w) >= 8 and w[:2] == joined[:2] and _r77_close(joined, w))
                                    for w in said):
            marks.update({k: "[naam]" for k in range(n)})
    # PB: "[naam] eh van den brink"
    for k in range(1, n - 1):
        if own.get(k - 1) != "[naam]" or lows[k] not in _R77_FILL or k in own:
            continue
        for corr in _R77_CORR:
            e = k + 1 + len(corr)
            if e < n and tuple(lows[k + 1:e]) == corr and e not in own and lows[e].isalpha() and len(lows[e]) >= 3 \
                    and lows[e] not in STOP_WORDS and (corr != ("de",) and corr != ("van", "de")
                                                       or lows[e] not in ORDINARY_WORDS):
                marks.update({x: "[naam]" for x in range(k + 1, e + 1)})
                break
    # PC: "het adres van je flat is de biesbosch ring vierhonderd zesenvijftig"
    if "adres" in lows:
        a = lows.index("adres")
        for k in range(a + 1, min(n, a + 7)):
            if lows[k] != "is":
                continue
            s = k + 1
            if s < n and lows[s] in ("de", "het"):
                s += 1
            e = s
            while e < n and e - s < 3 and lows[e].isalpha() and _r20_number(lows[e]) is None \
                    and lows[e] not in STOP_WORDS:
                e += 1
            f = e
            while f < n and lows[f].isalpha() and _r20_number(lows[f]) is not None:
                f += 1
            if e > s and f > e:
                marks.update({x: "[adres]" for x in range(s, f) if x not in own})
            break
    # PD: "dus zes twee een een ex vee in maastricht"
    if not own and "ex" in lows and 3 <= n <= 10:
        i, j, digits = _r76_leading_digits(lows)
        if len(digits) == 4 and digits[0] != "0" and j + 1 < n and _r77_letter(lows[j]) and _r77_letter(lows[j + 1]) \
                and (j + 2 == n or lows[j + 2] in ("in", "te", "dus", "eh")):
            marks.update({x: "[postcode]" for x in range(i, j + 2)})
    # PE: "[postcode] a ex van xylofoon"
    if "[postcode]" in own.values():
        for k in range(n - 2):
            let = _r77_letter(lows[k])
            if let and lows[k + 1] == "van" and lows[k + 2][:1] == let and lows[k + 2].isalpha() \
                    and any(own.get(x) == "[postcode]" for x in range(max(0, k - 3), k)):
                s = k
                while s > 0 and s - 1 not in own and _r77_letter(lows[s - 1]) and lows[s - 1] not in _R77_SOFT:
                    s -= 1
                marks.update({x: "[postcode]" for x in range(s, k + 3) if x not in own})
    if prev is not None and n <= 8 and prev[1].rstrip(" ,.?!").endswith("[postcode]"):
        if _r77_letter_line(lows, 0, n):
            marks.update({x: "[postcode]" for x in range(n)})
    # PF: "popescu met ce uu" after a line with a mail address
    if prev is not None and "[e-mail]" in prev[1] and 2 <= n <= 6:
        bl = _r20_lows(prev[0])
        mail = {bl[i] for i, lab in _redacted_words(prev[0], prev[1]).items() if lab == "[e-mail]" and i < len(bl)}
        strong = False
        ok = True
        for k, w in enumerate(lows):
            if k in own or w in mail:
                strong = True
            elif _r77_letter(w):
                strong |= w not in _R77_SOFT
            elif w in _R77_JOIN:
                pass
            elif k >= 1 and lows[k - 1] == "van" and w.isalpha() and w not in STOP_WORDS:
                pass
            else:
                ok = False
                break
        if ok and strong and any(w in ("met", "van") or _r77_letter(w) for w in lows):
            marks.update({k: "[e-mail]" for k in range(n) if k not in own and lows[k] != "van"})  # "[e-mail] van [e-mail]"
    # PG: "[adres] be" at the line's end
    if n >= 2 and own.get(n - 2) == "[adres]" and n - 1 not in own and _r77_letter(lows[-1]) \
            and lows[-1] not in _R77_SOFT:
        marks[n - 1] = "[adres]"
    # PG': "[adres] drie hoog achter nummer zestig"
    for k in range(1, n - 1):
        if lows[k] == "nummer" and k not in own and k + 1 not in own and lows[k + 1].isalpha() \
                and _r20_number(lows[k + 1]) is not None:
            s = k - 1
            while s >= 0 and s not in own and k - s <= 4 and (lows[s] in _R77_FLOOR or _r20_number(lows[s]) is not None):
                s -= 1
            if s >= 0 and own.get(s) == "[adres]" and k - s >= 2:
                marks.update({x: "[adres]" for x in range(s + 1, k + 2)})
    # PJ: "op het hofje de hoge hof nummer elf" (a street word of its own, then "nummer" and a number)
    for k in range(2, n - 2):
        if lows[k] in _R77_STREET_NOUNS and lows[k + 1] == "nummer" and lows[k + 2].isalpha() \
                and _r20_number(lows[k + 2]) is not None and k not in own:
            s = k - 1
            if lows[s] not in ("de", "het") and (lows[s] in _R27_STREET_ADJ or lows[s] not in ORDINARY_WORDS) \
                    and lows[s].isalpha() and lows[s] not in STOP_WORDS:
                s -= 1
            if s >= 1 and lows[s] in ("de", "het") and any(w in ("op", "aan") for w in lows[max(0, s - 3):s]):
                marks.update({x: "[adres]" for x in range(s + 1, k + 3) if x not in own})
    # PK: a Frisian street with its article "it" ("op de it heechhout vijf in grou")
    for k in range(1, n - 2):
        if lows[k] == "it" and lows[k - 1] in ("op", "de", "aan") and k + 1 not in own and lows[k + 1].isalpha() \
                and len(lows[k + 1]) >= 4 and lows[k + 1] not in ORDINARY_WORDS and lows[k + 1] not in STOP_WORDS \
                and lows[k + 2].isalpha() and _r20_number(lows[k + 2]) is not None:
            marks.update({x: "[adres]" for x in range(k, k + 3)})
    # PL: a phone number corrected on the way with "nee" ("nul zes zeven nee acht zeven een twee drie vier vijf zes")
    if "nee" in lows and "nul" in lows:
        k = 0
        while k < n:
            if lows[k] != "nul" or k in own:
                k += 1
                continue
            e, digits, fixed = k, 0, False
            while e < n and e not in own:
                w = lows[e]
                if w in _R77_TIMES:
                    if e + 1 < n and (v := _r20_number(lows[e + 1])) is not None and v <= 9 and lows[e + 1].isalpha():
                        digits += _R77_TIMES[w]
                        e += 2
                        continue
                    break
                if w == "nee" and digits:
                    fixed = True
                elif not (w.isalpha() and (v := _r20_number(w)) is not None and v <= 99):
                    break
                else:
                    digits += 1 if v <= 9 else 2
                e += 1
            while e > k and lows[e - 1] == "nee":
                e -= 1
            if fixed and digits >= 10:
                marks.update({x: "[telefoonnummer]" for x in range(k, e)})
            k = max(e, k + 1)
    # PM: a mail's first part on the line after "je mailadres" ("dimitar punt")
    if prev is not None and 2 <= n <= 3 and lows[-1] == "punt" and "mail" in prev[0].lower() \
            and "[e-mail]" not in prev[1] and not own and all(w.isalpha() and w not in STOP_WORDS for w in lows[:-1]) \
            and any(w not in ORDINARY_WORDS for w in lows[:-1]):
        marks.update({x: "[e-mail]" for x in range(n)})
    # PN: a letter after an account number at the line's end ("[iban] d")
    if n >= 2 and own.get(n - 2) == "[iban]" and n - 1 not in own and len(lows[-1]) == 1 and lows[-1].isalpha():
        marks[n - 1] = "[iban]"
    # PO: a bank code spelled on the line after an account number's start ("abn amro dus a be en a")
    if prev is not None and "[iban]" in prev[1] and n >= 4:
        for k in range(n - 3):
            if all(_r77_letter(lows[x]) and x not in own for x in range(k, k + 4)) \
                    and (k + 4 == n or not _r77_letter(lows[k + 4])) and (k == 0 or not _r77_letter(lows[k - 1])) \
                    and sum(lows[x] not in _R77_SOFT for x in range(k, k + 4)) >= 2:
                marks.update({x: "[iban]" for x in range(k, k + 4)})
    # PP: a number read out in pieces, a line each, after two such lines gone ("negen negen" / "eenentwintig" /
    #     "zevenendertig")
    if len(before) >= 2 and n <= 2 and not own and all(w.isalpha() and _r20_number(w) is not None for w in lows):
        labs = [_r77_whole(q) for q in before[:2]]
        if labs[0] and labs[1]:
            marks.update({x: labs[0] for x in range(n)})
    # PH: "[datum] in eh negentien tweeenzestig"
    for k in range(1, n - 1):
        if own.get(k - 1) == "[datum]" and k not in own and lows[k] in ("in", "eh", "van"):
            s = k
            while s < n and lows[s] in ("in", "eh", "ehm", "van", "het", "jaar"):
                s += 1
            if s + 1 < n and lows[s] in ("negentien", "tweeduizend") and (v := _r20_number(lows[s + 1])) is not None \
                    and 0 <= v <= 99 and lows[s + 1].isalpha():
                marks.update({x: "[datum]" for x in range(k, s + 2)})
            break
    # PI: "[naam] wel met w o u" (the letters spell the name's start)
    if "met" in lows and "[naam]" in own.values():
        named = [lows[i] for i, lab in own.items() if lab == "[naam]"]
        for k in range(n - 2):
            if lows[k] != "met" or k + 1 in own:
                continue
            e, spelt = k + 1, ""
            while e < n and (let := _r77_letter(lows[e])):
                spelt += let
                e += 1
            if len(spelt) >= 2 and any(w.startswith(spelt) for w in named):
                marks.update({x: "[naam]" for x in range(k + 1, e) if x not in own})
    return marks


def redact_round77(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """Round 77 on one line with the window's lines before it (as said, as logged; newest first): PA to PP go, each
    behind a cheap string gate."""
    p1 = before[0][1] if before else ""
    if "[naam]" in p1 or "[e-mail]" in p1 or "[postcode]" in p1 or (" punt" in raw and before and "mail" in before[0][0]) \
            or ("[naam]" in out and (" met " in raw or " van " in raw or " ter" in raw or " de " in raw)) \
            or "adres" in raw or (out == raw and " ex " in f" {raw} ") or ("[postcode]" in out and " van " in raw) \
            or (len(before) >= 2 and out == raw and len(raw) < 40 and p1[:1] == "[" and p1.rstrip(" ,.?!")[-1:] == "]") \
            or "[iban]" in out or "[iban]" in p1 \
            or "[adres]" in out or " nummer " in raw or (" nee " in raw and "nul " in raw) or " it " in raw \
            or ("[datum]" in out and ("negentien" in raw or "tweeduizend" in raw)):
        out = _line_pass(raw, out, lambda words, lows, own: _r77_marks(words, lows, own, before))
    return out



# ---------------------------------------------------------------------------
# Round 78 (holdouts BY and BZ as development data: family, friends and care at home; emergencies and the night).
# QA. a postcode's second letter after the first went ("[postcode] ze dat is deventer", "[adres] ex in den bosch"):
#     the run before said four digits and one letter; a letter name (also "ze", "ex") right after it goes;
# QB. a postcode's letters corrected after it: "[postcode] nee a de" (letter names to the line's end or "in");
# QC. after a line that ended in [postcode]: a line of letters and spelling aids whose first letter fell away
#     ("van victor we"): only "van W" aids, letter names and dus/en/eh, with at least one of each;
# QD. after a line that ended in [postcode]: "(en) nog een L" (the letter said twice) goes;
# QE. a bsn read out over lines: a line of number words after a line that said "bsn" and ended in [bsn] with fewer
#     than nine digits goes as [bsn], as long as the digits fit;
# QF. a holiday that names the birth date right after it ("[datum] dus eerste kerstdag"), where the window speaks of
#     a birth ("geboren", "jarig", "geboortedatum", "verjaardag");
# QG. a postcode of four digits and two letters ("eks" too) on a line saying "postcode"; QH. an account number's start
#     after "iban" or at the line's start with a bank code glued to a digit ("en el zeventien rabonul"); QJ. a month
#     after a day that went as a date; QK. "jarig/geboren ... <day> <month>"; QL. letters at the line's end after
#     "met dubbel n" went; QM. "it X <number>" at the line's start; QN. "'t" before an address; QO. digits said
#     again or corrected on the line after a phone number; QP. "na" inside a phone number.
# ---------------------------------------------------------------------------
_R78_LETTERS = {**_R77_LETTERS, "ze": "z", "zee": "z", "ex": "x", "eks": "x", "de": "d"}
_R78_CORR = frozenset("nee sorry of eh".split())
_R78_AIDS = frozenset("dus en eh ehm uh".split())
_R78_HOLIDAYS = (("eerste", "kerstdag"), ("tweede", "kerstdag"), ("kerstavond",), ("kerstdag",), ("oudejaarsdag",),
                 ("nieuwjaarsdag",), ("valentijnsdag",), ("koningsdag",), ("bevrijdingsdag",), ("oudjaar",),
                 ("nieuwjaar",), ("pakjesavond",), ("sinterklaas",))
_R78_BIRTH = ("geboren", "jarig", "geboortedatum", "verjaardag", "geboortedag")


def _r78_digits(w: str) -> int:
    v = _r20_number(w) if w.isalpha() else None
    if v is None:
        return 0
    return len(str(v)) if v < 10000 else 0


def _r78_run_start(own, k: int) -> int:
    """Start of the run of marked words that ends right before k (k - 1 is marked)."""
    s = k - 1
    while s - 1 >= 0 and (s - 1) in own:
        s -= 1
    return s


def _r78_two_letters(lows, k: int) -> bool:
    """A postcode's two letters at k and k + 1 (letter names, not both everyday short words), then the line's end or
    a word that goes on to the place ("in", "te", ...)."""
    return lows[k] in _R78_LETTERS and lows[k + 1] in _R78_LETTERS \
        and (k + 2 == len(lows) or lows[k + 2] in ("in", "te", "dus", "dat", "eh")) \
        and (lows[k] not in STOP_WORDS or lows[k + 1] not in STOP_WORDS)


def _r78_marks(words, lows, own, before) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    p1 = before[0] if before else None
    p1_pc = p1 is not None and p1[1].rstrip(" ,.?!").endswith("[postcode]")
    # QA: the second letter of a postcode after a run that said 4 digits and 1 letter
    for k in range(1, n):
        if k in own or lows[k] not in _R78_LETTERS or own.get(k - 1) not in ("[postcode]", "[adres]"):
            continue
        if _r77_letter(lows[k - 1]) is None and lows[k - 1] not in _R78_LETTERS:
            continue
        run = lows[_r78_run_start(own, k):k]
        letters = sum(1 for w in run if w in _R78_LETTERS or (len(w) == 1 and w.isalpha()))
        digits = sum(_r78_digits(w) for w in run)
        if letters == 1 and digits == 4 and (k + 1 == n or lows[k + 1] in ("in", "dat", "te", "dus", "eh", "en")):
            marks[k] = "[postcode]"
    # QB: "[postcode] nee a de"
    for k in range(1, n - 1):
        if own.get(k - 1) != "[postcode]" or k in own or lows[k] not in _R78_CORR:
            continue
        e = k + 1
        while e < n and e - k <= 2 and e not in own and lows[e] in _R78_LETTERS:
            e += 1
        if e - k - 1 >= 1 and (e == n or lows[e] in ("in", "te", "dus")):
            marks.update({x: "[postcode]" for x in range(k + 1, e)})
    # QC: "van victor we" after a postcode's line
    if p1_pc and all(lab == "[naam]" for lab in own.values()) and 2 <= n <= 8:
        k, aids, lets = 0, 0, 0
        while k < n:
            w = lows[k]
            if w == "van" and k + 1 < n and lows[k + 1].isalpha() and len(lows[k + 1]) >= 3 \
                    and (lows[k + 1] in _R22_NATO or lows[k + 1] not in ORDINARY_WORDS):
                aids += 1
                k += 2
            elif w in _R78_LETTERS or (len(w) == 1 and w.isalpha()):
                lets += 1
                k += 1
            elif w in _R78_AIDS:
                k += 1
            else:
                break
        if k == n and aids and lets:
            marks.update({x: "[postcode]" for x in range(n) if lows[x] not in _R78_AIDS})
    # QD: "en nog een r" after a postcode's line
    if p1_pc and all(x >= n - 2 for x in own) and 3 <= n <= 5 and lows[-3:-1] == ("nog", "een") and (lows[-1] in _R78_LETTERS
                                                                            or len(lows[-1]) == 1) \
            and all(w in ("en", "dus", "eh", "dan") for w in lows[:-3]):
        marks.update({x: "[postcode]" for x in range(n - 3, n)})
    # QE: a bsn read out over lines
    if p1 is not None and n <= 5 and all(w.isalpha() and _r20_number(w) is not None for w in lows) \
            and p1[1].rstrip(" ,.?!").endswith("[bsn]") and ("bsn" in p1[0].lower() or "burgerservicenummer" in p1[0].lower()):
        bl = _r20_lows(p1[0])
        red = _redacted_words(p1[0], p1[1])
        had = sum(_r78_digits(bl[i]) for i, lab in red.items() if lab == "[bsn]" and i < len(bl))
        now = sum(_r78_digits(w) for w in lows)
        if 0 < had < 9 and 0 < now and had + now <= 9:
            marks.update({x: "[bsn]" for x in range(n)})
    # QF: "[datum] dus eerste kerstdag" where the window speaks of a birth
    for k in range(1, n):
        if own.get(k - 1) != "[datum]" or k in own:
            continue
        s = k
        while s < n and lows[s] in ("dus", "oftewel", "ofwel", "eh", "op", "met", "dat", "is", "was"):
            s += 1
        for hol in _R78_HOLIDAYS:
            e = s + len(hol)
            if e == n and tuple(lows[s:e]) == hol:
                said = " ".join([" ".join(lows)] + [q[0].lower() for q in before])
                if any(b in said for b in _R78_BIRTH):
                    marks.update({x: "[datum]" for x in range(s, e)})
                break
        break
    # QG: a postcode said as four digits and two letters on a line saying "postcode" ("... is vierendertig
    #     eenenveertig eks es"); letters as "eks" too
    if "postcode" in lows:
        k = lows.index("postcode") + 1
        while k < n and (k in own or _r78_digits(lows[k]) == 0):
            k += 1
        s, digits = k, 0
        while k < n and k not in own and _r78_digits(lows[k]):
            digits += _r78_digits(lows[k])
            k += 1
        if digits == 4 and lows[s] != "nul" and k + 1 < n and _r78_two_letters(lows, k):
            marks.update({x: "[postcode]" for x in range(s, k + 2)})
    # QA': two letters after a run of four digits that went ("[adres] [adres] wee ex in den bosch")
    for k in range(1, n - 1):
        if k in own or k + 1 in own or own.get(k - 1) not in ("[postcode]", "[adres]") or "postcode" not in lows:
            continue
        if sum(_r78_digits(w) for w in lows[_r78_run_start(own, k):k]) == 4 and _r78_two_letters(lows, k):
            marks.update({k: "[postcode]", k + 1: "[postcode]"})
    # QH: an account number's start after "iban" or at the line's start: "iban n l vier", "en el zeventien rabonul
    #     drie" (a bank code glued to a digit counts as a piece of it)
    for k in range(-1, n - 3):
        if (k < 0 or lows[k] in ("iban", "rekeningnummer") or (lows[k] == "is" and k and lows[k - 1] == "iban")) \
                and (lows[k + 1], lows[k + 2]) in (("n", "l"), ("en", "el")) \
                and lows[k + 3].isalpha() and _r20_number(lows[k + 3]) is not None:
            e, bank = k + 3, False
            while e < n and lows[e].isalpha() and (_r20_number(lows[e]) is not None
                                                   or (lows[e][:4] in _R22_BANK_CODES and len(lows[e]) > 4)):
                bank |= _r20_number(lows[e]) is None
                e += 1
            if k >= 0 or bank:
                marks.update({x: "[iban]" for x in range(k + 1, e) if x not in own})
    # QP: "na" inside a phone number ("[telefoonnummer] na [telefoonnummer]", BX 25)
    for k in range(1, n - 1):
        if lows[k] == "na" and k not in own and own.get(k + 1) == "[telefoonnummer]":
            if own.get(k - 1) == "[telefoonnummer]":
                marks[k] = "[telefoonnummer]"
            else:
                s, digits = k, 0
                while s - 1 >= 0 and (s - 1) not in own and _r78_digits(lows[s - 1]):
                    s -= 1
                    digits += _r78_digits(lows[s])
                if 6 <= digits <= 8:
                    marks.update({x: "[telefoonnummer]" for x in range(s, k + 1)})
    # QJ: a month right after a day that went as a date ("ja [datum] januari")
    for k in range(1, n):
        if own.get(k - 1) == "[datum]" and k not in own and lows[k] in MONTHS:
            marks[k] = "[datum]"
    # QK: a birthday: "jarig op (valentijnsdag) veertien februari"
    for k in range(1, n):
        if lows[k] in MONTHS and k not in own and (k - 1) not in own and lows[k - 1].isalpha() \
                and (v := _r20_number(lows[k - 1])) is not None and 1 <= v <= 31 \
                and any(lows[j] in ("jarig", "geboren") for j in range(max(0, k - 5), k - 1)):
            marks.update({k - 1: "[datum]", k: "[datum]"})
    # QL: letters at the line's end that spell on after "met dubbel n" went ("[naam] [adres] c k")
    if "met" in lows:
        e = n
        while e - 1 >= 0 and (e - 1) not in own and len(lows[e - 1]) == 1 and lows[e - 1].isalpha():
            e -= 1
        if 0 < e < n and own.get(e - 1) in ("[adres]", "[naam]") and lows.index("met") < e and n - e <= 4:
            marks.update({x: own[e - 1] for x in range(e, n)})
    # QM: a Frisian street with "it" at the line's start ("it heechhout tweeentwintig in drachten")
    if n >= 3 and lows[0] == "it" and 1 not in own and lows[1].isalpha() and len(lows[1]) >= 4 \
            and lows[1] not in ORDINARY_WORDS and lows[1] not in STOP_WORDS and lows[2].isalpha() \
            and _r20_number(lows[2]) is not None:
        marks.update({x: "[adres]" for x in range(3) if x not in own})
    # QN: "'t" of a street right before its address ("het adres is 't [adres]")
    for k in range(n - 1):
        if words[k].lower() in ("'t", "’t") and own.get(k + 1) == "[adres]" and k not in own:
            marks[k] = "[adres]"
    # QO: a phone number's digits said again or corrected on the line after it ("niet vijf een maar negen een")
    if p1 is not None and "[telefoonnummer]" in p1[1] and p1[1].split("[telefoonnummer]")[-1].strip(" ,.?!") in (
            "", "ehm", "eh", "uh", "en", "en dan"):
        k = 0
        while k < n:
            e = k
            while e < n and e not in own and lows[e].isalpha() and (v := _r20_number(lows[e])) is not None and v < 10:
                e += 1
            if e - k >= 2:
                marks.update({x: "[telefoonnummer]" for x in range(k, e)})
            k = e + 1
    return marks


def redact_round78(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """Round 78 on one line with the window's lines before it (as said, as logged; newest first): QA to QF go, each
    behind a cheap string gate."""
    p1 = before[0][1] if before else ""
    if ("[postcode]" in out or "[adres]" in out) or p1.rstrip(" ,.?!").endswith("[postcode]") \
            or ("[bsn]" in p1 and out == raw) or "[datum]" in out or "postcode" in raw or "iban" in raw \
            or "jarig" in raw or "geboren" in raw or raw[:3] == "it " \
            or "[telefoonnummer]" in p1 or raw[:6] == "en el " or raw[:4] == "n l " \
            or (" na " in raw and "[telefoonnummer]" in out):
        out = _line_pass(raw, out, lambda words, lows, own: _r78_marks(words, lows, own, before))
    return out


# ---- round 79 (CA and CB as dev data) ----
# RA: a nickname: "noemen ze je ion maar je heet ..." (the word after "noem(en) + pronouns" before "maar ... heet").
# RB: an account's check digits on the line after a line that ended in "n l" ("welk getal komt na de n l" / "ah
#     zesenveertig").
# RC: a number glued to a bank code by the recognizer ("nl zesenzeventigrabo ..."); "(dus) en el zesenveertig ing" at
#     the line's start.
# RD: a birthday on a named feast day: "jarig op oudejaarsdag" (a birth word before it on the line, or the line before
#     asked it: "wanneer ben je jarig" / "op oudejaarsdag").
# RE: two letter names at the line's end right after a [postcode] ("[postcode] te ka"); two letter names alone on the
#     line after "en dan de letters".
# RF: a mail's first part before "punt [naam] at <domain>" ("an punt [naam] at telenet").
# RG: a day of birth alone on the line after "(uw) geboortedatum" ("en uw geboortedatum mevrouw" / "tien").
# RK (keep): a count at the head of the line after a phone number ("[telefoonnummer]" / "drie keer per week") stays
#     when a unit or quantity word follows it ("keer"/"maal" only when no digit follows: "drie keer nul" goes on).
_R79_NOEM = frozenset("noemen noemt noemde noemden noem".split())
_R79_PRON = frozenset("ze je me mij hem haar iedereen men we wij ons u jou hun jullie".split())
_R79_AFTER_NICK = frozenset("maar want en of omdat dus ja hoor eigenlijk".split())
_R79_HEET = frozenset("heet heten heette naam".split())
_R79_FILL = frozenset("ah eh uh ehm o oh ja dat is dus het nou hm oke ok".split())
_R79_BANKS = ("rabo", "ingb", "ing", "abna", "abn", "snsb", "sns", "asnb", "asn", "knab", "bunq", "triodos", "trio",
              "rbrb")
_R79_BANK_WORDS = frozenset(_R79_BANKS)
_R79_UNITS = frozenset("keer maal keren uur uren uurtjes minuten minuutjes minuut seconden dagen dag daagjes weken week "
                       "weekjes maanden maand jaar jaren jaartjes euro euries cent procent kinderen kind kids kleinkinderen "
                       "mensen personen man vrouwen jongens meiden kilo kilometer km meter liter glazen glaasjes flessen "
                       "biertjes blikjes pillen tabletten nachten nacht nachtjes diensten stuks broers zussen zonen "
                       "dochters honden katten collega's klanten bedden kamers sigaretten jointjes pakjes keertjes "
                       "milligram gram banen huizen auto's vrienden ritten pakketten".split())
_R79_COUNT_HEAD = frozenset("en ja nee dus eh uh al wel zo ongeveer zeker bijna soms maar ook nog pas toch hooguit "
                            "minstens".split())
_R79_PHONE_TAIL = ("", "ehm", "eh", "uh", "en", "en dan", "ja", "dus")
# the cheap gate before RA-RG: a feast day RD can mark (the last word of each of round 78's holidays), or a number word
# glued to a bank code RC can read (the codes from _R79_BANKS, "ing" only after a number, as _r79_glued_bank reads it)
_R79_HINT = re.compile("|".join(dict.fromkeys(hol[-1] for hol in _R78_HOLIDAYS))
                       + r"|(?:tig|tien|twaalf|elf|een|twee|drie|vier|vijf|zes|zeven|acht|negen|nul)(?:"
                       + "|".join(_R79_BANKS) + r")|(?:" + "|".join(b for b in _R79_BANKS if b != "ing")
                       + r")(?:nul|een|twee|drie|vier|vijf|zes|zeven|acht|negen)", re.IGNORECASE)


def _r79_num(w: str):
    return _r20_number(w) if w.isalpha() else None


def _r79_glued_bank(w: str) -> bool:
    """A number glued to a bank code ("zesenzeventigrabo") or a bank code to a number ("rabonul")."""
    for b in _R79_BANKS:
        if len(w) > len(b) + 2:
            if w.endswith(b) and (v := _r20_number(w[:-len(b)])) is not None and (b != "ing" or v >= 10):
                return True
            if w.startswith(b) and b != "ing" and _r20_number(w[len(b):]) is not None:
                return True
    return False


def _r79_marks(words, lows, own, before) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    p1 = before[0] if before else None
    pl = _r20_lows(p1[0]) if p1 is not None else ()
    # RA: "noemen ze je ion maar je heet ..."
    for j in range(n - 2):
        if lows[j] not in _R79_NOEM:
            continue
        k = j + 1
        while k < n and k - j <= 3 and lows[k] in _R79_PRON:
            k += 1
        if k == j + 1 or k >= n or k in own or not lows[k].isalpha() or len(lows[k]) < 2 \
                or lows[k] in STOP_WORDS or _r20_number(lows[k]) is not None:
            continue
        after = lows[k + 1] if k + 1 < n else ""
        heet = after == "maar" and any(lows[x] in _R79_HEET and any(own.get(y) == "[naam]" for y in range(x + 1, min(n, x + 4)))
                                       for x in range(k + 2, min(n, k + 6)))
        if heet or (lows[k] not in ORDINARY_WORDS and (after == "" or after in _R79_AFTER_NICK)):
            marks[k] = "[naam]"
    # RB: check digits after a line that ended in "n l"
    if p1 is not None and pl[-2:] in (("n", "l"), ("en", "el")) and not own and n <= 4:
        nums = [k for k in range(n) if _r79_num(lows[k]) is not None]
        if nums and all(lows[k] in _R79_FILL for k in range(n) if k not in nums) \
                and sum(_r78_digits(lows[k]) for k in nums) == 2:
            marks.update({k: "[iban]" for k in nums})
    # RC: a number glued to a bank code; "(dus) en el zesenveertig ing" at the line's start
    for k in range(n):
        if k not in own and _r79_glued_bank(lows[k]):
            s = k
            if s >= 1 and lows[s - 1] in ("nl", "iban"):
                s -= 1
            elif s >= 2 and (lows[s - 2], lows[s - 1]) in (("n", "l"), ("en", "el")):
                s -= 2
            e = k + 1
            while e < n and (_r79_num(lows[e]) is not None or lows[e] in _R79_BANK_WORDS):
                e += 1
            marks.update({x: "[iban]" for x in range(s, e) if x not in own})
    s = 1 if n and lows[0] in ("dus", "ja", "eh", "oke", "ok") else 0
    if n >= s + 4 and (lows[s], lows[s + 1]) in (("n", "l"), ("en", "el")) and _r79_num(lows[s + 2]) is not None \
            and _r78_digits(lows[s + 2]) == 2 and lows[s + 3] in _R79_BANK_WORDS:
        e = s + 4
        while e < n and _r79_num(lows[e]) is not None:
            e += 1
        marks.update({x: "[iban]" for x in range(s, e) if x not in own})
    # RD: a birthday on a feast day
    e = n
    while e > 0 and lows[e - 1] in _R79_FILL:
        e -= 1
    for hol in _R78_HOLIDAYS:
        s = e - len(hol)
        if s >= 0 and tuple(lows[s:e]) == hol and not any(x in own for x in range(s, e)):
            birth_here = any(lows[x] in _R78_BIRTH for x in range(max(0, s - 6), s))
            birth_before = p1 is not None and any(b in p1[0].lower() for b in ("jarig", "verjaardag", "geboren")) \
                and all(lows[x] in _R79_FILL or lows[x] in ("op", "met", "en", "rond") for x in range(s))
            if birth_here or birth_before:
                marks.update({x: "[datum]" for x in range(s, e)})
            break
    # RE: two letters after [postcode] at the line's end; two letters alone after "de letters"
    if n >= 3 and own.get(n - 3) == "[postcode]" and (n - 2) not in own and (n - 1) not in own \
            and _r78_two_letters(lows, n - 2):
        marks.update({n - 2: "[postcode]", n - 1: "[postcode]"})
    if p1 is not None and pl[-2:] == ("de", "letters") and n == 2 and not own and lows[0] != lows[1] \
            and _r78_two_letters(lows, 0):
        marks.update({0: "[postcode]", 1: "[postcode]"})
    # RF: "an punt [naam] at telenet"
    for j in range(1, n - 2):
        if own.get(j) in ("[naam]", "[e-mail]") and lows[j - 1] == "punt" and lows[j + 1] in ("at", "apenstaartje") \
                and lows[j + 2].isalpha() and j + 2 not in own:
            marks.update({x: "[e-mail]" for x in (j - 2, j - 1, j + 1, j + 2) if x >= 0 and x not in own
                          and lows[x].isalpha()})
    # RG: a day of birth alone after "geboortedatum"
    if p1 is not None and "geboortedatum" in pl and p1[0] == p1[1] and not own and n <= 3:
        nums = [k for k in range(n) if _r79_num(lows[k]) is not None]
        if len(nums) == 1 and 1 <= _r79_num(lows[nums[0]]) <= 31 \
                and all(lows[k] in _R79_FILL for k in range(n) if k != nums[0]):
            marks[nums[0]] = "[datum]"
    return marks


def _r79_kept(words, lows, own, before) -> set[int]:
    """RK: a count at the line's head after a line that ended in a phone number."""
    n = len(lows)
    k = 0
    while k < n and lows[k] in _R79_COUNT_HEAD:
        k += 1
    if k >= n or own.get(k) != "[telefoonnummer]" or _r79_num(lows[k]) is None:
        return set()
    e = k + 1
    if e + 1 < n and lows[e] in ("of", "a", "à", "tot") and _r79_num(lows[e + 1]) is not None:
        e += 2
    if e >= n or e in own or lows[e] not in _R79_UNITS:
        return set()
    if lows[e] in ("keer", "maal") and e + 1 < n and (_r79_num(lows[e + 1]) is not None or lows[e + 1] == "dubbel"):
        return set()
    return {x for x in range(0, e) if x in own}


def redact_round79(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """Round 79 on one line with the window's lines before it (as said, as logged; newest first): RA to RG go and the
    count of RK stays, each behind a cheap string gate."""
    p1 = before[0] if before else None
    if p1 is not None and out != raw and out.startswith("[telefoonnummer]", out.find("[")) \
            and p1[1].split("[telefoonnummer]")[-1].strip(" ,.?!") in _R79_PHONE_TAIL and "[telefoonnummer]" in p1[1]:
        out = _line_keep(raw, out, lambda words, lows, own: _r79_kept(words, lows, own, before))
    if "noem" in raw or (p1 is not None and (p1[0].endswith(" l") or p1[0].endswith("nl")
                                             or "[postcode]" in p1[1] or "letters" in p1[0]
                                             or "geboortedatum" in p1[0] or "jarig" in p1[0] or "verjaardag" in p1[0]
                                             or "geboren" in p1[0])) \
            or "[postcode]" in out or " el " in raw or "n l " in raw or " punt " in raw \
            or _R79_HINT.search(raw) is not None:
        out = _line_pass(raw, out, lambda words, lows, own: _r79_marks(words, lows, own, before))
    return out


# ---- round 80 (CC as dev data) ----
# SA: a second surname right after a name that ended in a surname, at the line's end ("voor oma [naam] bakker": "riet
#     de vries bakker", a double surname whose last part is an ordinary word too).
# SB: the word between "naam ... is" (or "heet") and a [naam]: a surname said first ("de naam op de kaart is wang
#     [naam]").
# SC: a street in "-ring" whose first part is a word ending in "e" ("oranjering", which "-ering" words like "ervaring"
#     kept out of round 69's DA), and a filler between such a street and its number ("emmaring eh twaalf"); the house
#     letter after the number goes too ("... vierentachtig c").
# SD: a Frisian street with "it" after a few head words ("dus it fliet tweeentwintig in grou"; round 78's QM took it
#     only at the line's start).
# SK (keep): a diminutive with "een" after it is no street and house number ("je kleine pleegbroertje een klap").
# SL (keep): a year said twice, a decade and then the year ("ging in tachtig eh tweeentachtig"), is no postcode.
# SE: a postcode's last digits corrected on the next line ("vijfentwintig drieenzeventig" / "o nee drieenzestig"):
#     when the window revises the postcode line only a line later, the correction line still held goes with it
#     (r80_postcode_fix, in Redactor._as_said).
_R80_SURNAMES = SURNAMES_SAFE | SURNAMES_AMBIGUOUS
_R80_TAIL_FILL = frozenset("eh uh ehm uhm hoor he toch ja dus nou".split())
_R80_NOT_FIRST = frozenset("zuster broeder pater juffrouw juf meester voluit officieel sint heilige oom tante opa oma "
                           "neef nicht broer zus vader moeder pa ma mama papa baby kleine grote lieve oude jonge "
                           "mijn zijn haar onze jullie hun je uw de het een".split())
_R80_HOUSE_FILL = frozenset("eh uh ehm uhm".split())
_R80_IT_HEAD = frozenset("dus ja eh uh en dan oke ok nou o oh dat is het adres ik noteer woon woont wonen in".split())
_R80_CORRECT = frozenset("nee sorry pardon bedoel".split())
_R80_CORRECT_FILL = frozenset("o oh ah eh uh nee sorry pardon ik bedoel nou niet maar het is was moet zijn".split())
_R80_GATE = _Lazy(r"ring\b|\bit |naam|\bheet|\bheten")


def _r80_ring_street(w: str) -> bool:
    if len(w) < 8 or not w.endswith("ring") or not w.isalpha() or w in _R69_RING_NOT:
        return False
    if not w.endswith("ering"):
        return True
    stem = w[:-4]
    return len(stem) >= 5 and (stem in ORDINARY_WORDS or stem in FIRST_NAMES) and stem not in STOP_WORDS


def _r80_marks(words, lows, own, before) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    for k in range(2, n):  # SA
        if k not in own and own.get(k - 1) == "[naam]" and own.get(k - 2) == "[naam]" and lows[k] in _R80_SURNAMES \
                and lows[k] not in STOP_WORDS and all(lows[x] in _R80_TAIL_FILL for x in range(k + 1, n)) \
                and (lows[k - 1] in _R80_SURNAMES or "-".join(lows[k - 2:k]) in SURNAMES_SAFE
                     or (k >= 3 and "-".join(lows[k - 3:k]) in SURNAMES_SAFE)):
            marks[k] = "[naam]"
    for k in range(1, n - 1):  # SB
        if k in own or own.get(k + 1) != "[naam]" or lows[k - 1] not in ("is", "heet", "heten") \
                or not lows[k].isalpha() or len(lows[k]) < 2 or lows[k] in STOP_WORDS or lows[k] in _R80_NOT_FIRST \
                or _r20_number(lows[k]) is not None or lows[k] in MONTHS:
            continue
        if lows[k - 1] == "is" and "naam" not in lows[max(0, k - 9):k - 1]:
            continue
        marks[k] = "[naam]"
    for k in range(n - 1):  # SC
        if k in own or not _r80_ring_street(lows[k]):
            continue
        j = k + 1
        if lows[j] in _R80_HOUSE_FILL:
            j += 1
        elif not lows[k].endswith("ering"):
            continue  # round 69's DA reads "-ring" + number said right after it
        if j >= n or _r69_num(lows[j]) is None or lows[j] in LETTER_NAMES:
            continue
        e = j
        while e < n and _r69_num(lows[e]) is not None and e - j < 3:
            e += 1
        if e < n and lows[e] in _R69_NOT_NUMBER_AFTER:
            continue
        if e < n and len(lows[e]) == 1 and lows[e].isalpha() and (e + 1 == n or lows[e + 1] in ("in", "te", "dus")):
            e += 1
        marks.update({x: "[adres]" for x in range(k, e) if x not in own})
    for k in range(1, n - 2):  # SD
        if lows[k] != "it" or k in own or not all(lows[x] in _R80_IT_HEAD for x in range(k)):
            continue
        if own.get(k + 1) == "[adres]" and own.get(k + 2) == "[adres]":  # "eh it [adres]": the article goes with it
            marks[k] = "[adres]"
        elif k + 1 not in own and lows[k + 1].isalpha() and len(lows[k + 1]) >= 4 and lows[k + 1] not in ORDINARY_WORDS \
                and lows[k + 1] not in STOP_WORDS and lows[k + 2].isalpha() and _r20_number(lows[k + 2]) is not None:
            marks.update({x: "[adres]" for x in range(k, k + 3) if x not in own})
    return marks


def r80_postcode_fix(p1: tuple[str, str], p2: tuple[str, str]) -> bool:
    """SE: the line before (`p1`, as said and logged) is only a correction of a postcode's last digits and the line
    before it (`p2`) went as a postcode, whole, by a revision."""
    if p1[0] != p1[1] or p2[0] == p2[1] or not p2[1].rstrip(" ,.?!").endswith("[postcode]"):
        return False
    if any(_r20_number(w) is None for w in _r20_lows(p2[0])):
        return False
    lows = _r20_lows(p1[0])
    if not lows or len(lows) > 6 or not any(w in _R80_CORRECT for w in lows) or _r20_number(lows[-1]) is None:
        return False
    nums = [w for w in lows if _r20_number(w) is not None]
    return all(_r20_number(w) is not None or w in _R80_CORRECT_FILL for w in lows) \
        and 1 <= sum(_r78_digits(w) for w in nums) <= 4


_R80_POSSESSIVE = frozenset("je jouw mijn zijn haar uw ons onze hun jullie de het dat dit die".split())
_R80_TENS = frozenset("twintig dertig veertig vijftig zestig zeventig tachtig negentig".split())
_R80_YEAR_HEAD = frozenset("in rond sinds vanaf tot na voor begin eind".split())


def _r80_kept(words, lows, own) -> set[int]:
    """SK, SL: what the worker says that is no address or postcode."""
    kept: set[int] = set()
    n = len(lows)
    for k in range(1, n - 1):  # SK: "je kleine pleegbroertje een klap": a diminutive and its article are no street
        if own.get(k) == "[adres]" and lows[k].endswith(("tje", "pje", "kje", "etje")) and lows[k + 1] == "een" \
                and own.get(k + 1) == "[adres]" and k + 2 < n and k + 2 not in own and lows[k + 2].isalpha():
            s = k
            while s - 1 >= 0 and own.get(s - 1) == "[adres]" and lows[s - 1].isalpha() and s > k - 2:
                s -= 1
            if s >= 1 and s - 1 not in own and lows[s - 1] in _R80_POSSESSIVE:
                kept.update(range(s, k + 2))
    for k in range(1, n - 1):  # SL: "ging in tachtig eh tweeentachtig": a year said again, no postcode
        if own.get(k) != "[postcode]" or k - 1 in own or lows[k - 1] not in _R80_YEAR_HEAD or lows[k] not in _R80_TENS:
            continue
        j = k + 1
        while j < n and own.get(j) == "[postcode]" and lows[j] in _R79_FILL:
            j += 1
        if j < n and own.get(j) == "[postcode]" and lows[j].endswith("en" + lows[k]) and _r20_number(lows[j]) is not None:
            e = j + 1
            while e < n and own.get(e) == "[postcode]":
                e += 1
            kept.update(range(k, e))
    return kept


def redact_round80(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """Round 80 on one line with the window's lines before it (as said, as logged; newest first): SA to SD go, behind
    a cheap string gate; what SK and SL read stays."""
    if "[naam] " in out or _R80_GATE.search(raw) is not None:
        out = _line_pass(raw, out, lambda words, lows, own: _r80_marks(words, lows, own, before))
    if ("[adres]" in out and "tje een " in raw) or ("[postcode]" in out and "tig" in raw):
        out = _line_keep(raw, out, _r80_kept)
    return out


# ---- round 81 (CD as dev data: faith communities, funerals and mourning) ----
# Keep (ordinary talk of faith and mourning that the rules or the tagger took for data):
# TK: a Bible (or Quran) reference, a book and its chapter and verse ("johannes drie zestien", "romeinen acht
#     achtendertig", "een preek over lucas vijftien", "soera twee"): a book that is also a first name only with a
#     word of church, reading or mourning in the line or the window, never after "mijn", a kin word or a title, never
#     with a unit after the number ("lucas vijftien jaar") and never a run of more than three numbers.
# TL: a holy figure where it is prayed to or named as such ("de profeet mohammed", "bidt elke avond tot maria",
#     "het ave maria", "de heilige rita"): after "profeet", "heilige", "maagd", "ave", "gegroet", or after "tot"
#     with a word of praying before it in the line; the figure set is closed (maria, jezus, allah, ...), "heilige"
#     takes any one name after "de".
# Go:
# TA: fillers between two pieces of one phone number ("[telefoonnummer] eh ja [telefoonnummer]").
# TB: a grave's place at a cemetery ("vak c rij zeven nummer twaalf", "rij vier graf nummer eenendertig").
# TC: a name after "heet/heette" with the deceased, a church person or a kin word as the subject ("de overledene
#     heet ionut popescu", "de overleden vader heette bakker"): up to three words that are no stop or ordinary word.
# TD: the day of a birth said at a line's end ("geboren in damascus op vijftien", the month on the next line).
# TE: the year of a birth date at the head of the line after the date ("[datum]" / "eh negentienhonderdzesendertig en
#     overleden ...", "[datum]" / "in drieenvijftig") when the window speaks of birth or a birthday.
# TF: a phone number with a digit corrected inside it ("nul zes negen eh nee acht zeven zes vijf vier drie twee een").
# TG: a postcode's letters said with "een" ("een a en een ee") on the line after the postcode; a postcode's digits
#     said as hundreds ("de postcode is zesenveertig honderd").
_R81_BOOKS = frozenset("""genesis exodus leviticus numeri deuteronomium jozua richteren rechters ruth samuel koningen
kronieken ezra nehemia ester esther job psalm psalmen spreuken prediker hooglied jesaja jeremia klaagliederen ezechiel
daniel hosea joel amos obadja jona micha nahum habakuk sefanja haggai zacharia maleachi matteus mattheus matheus
marcus markus lucas lukas johannes handelingen romeinen korintiers corinthiers galaten efeziers filippenzen
kolossenzen tessalonicenzen thessalonicenzen timoteus timotheus titus filemon hebreeen jakobus petrus judas
openbaring openbaringen soera sura surah""".split())
_R81_CHURCH = _Lazy(r"domin|predik|pastor|pastoor|priester|voorganger|preek|preken|tekst|bijbel|evangel|\bvers|"
                    r"hoofdstuk|voorgelez|voorlez|lezing|gelezen|\blas\b|\bleest\b|kerk|dienst|\bmis\b|uitvaart|"
                    r"begrafenis|rouw|psalm|\blied|gezang|imam|moskee|koran|soera|geloof|gebed|bid|bijbelkring|"
                    r"catechis|zondagsschool|rabbijn|synagoge|thora", re.IGNORECASE)
_R81_NOT_BEFORE = _R80_NOT_FIRST | KIN | TITLES | frozenset("heet heette heten genaamd noem".split())
_R81_FIGURES = frozenset("""maria jezus christus allah god mohammed muhammad mohamed mohammad ibrahim abraham mozes
musa isa noach nuh yusuf jozef yunus jona elia ilyas dawud david suleiman salomo yahya johannes adam boeddha buddha
krishna shiva ganesha""".split())
_R81_HOLY_HEADS = frozenset("profeet profeten heilige maagd ave gegroet".split())
_R81_PRAY = frozenset("bid bidt bidden bad baden gebeden bidde".split())
_R81_FILL = HESITATIONS | frozenset("ja nou oke ok".split())  # not "nee", "sorry": a correction stays in the log
_R81_INSTITUTIONS = frozenset("""diaconie gemeente thuiszorg schuldhulp schuldhulpverlening wijkteam moskee apotheek
politie parochie voedselbank buurtzorg bibliotheek kerkenraad woningbouw woningcorporatie belastingdienst uwv svb ggz
reclassering huisartsenpost crisisdienst jeugdzorg nachtopvang daklozenopvang opvang vluchtelingenwerk
schuld""".split()) - SURNAMES_SAFE - SURNAMES_AMBIGUOUS
_R81_INST_TAIL = frozenset("hulp hulpverlening zorg dienst".split())
_R81_COMPOUND_HEADS = ("tekort", "tekorten", "probleem", "problemen")
_R81_KEEP_GATE = _Lazy(r"\b(?:" + _trie_alt(_R81_BOOKS) + r")\s+\S|profeet|profeten|heilige|maagd|\bave\b|gegroet|"
                       r"\bbid|\bbad\b|\bbaden\b|gebeden|\bvan (?:de |het |der )?(?:" + _trie_alt(_R81_INSTITUTIONS)
                       + r")\b|tekort|proble", re.IGNORECASE)  # TK to TN
_R82_CLAUSE = frozenset("dat totdat als wanneer zodat".split())  # round 82 (TL narrowed)
_R81_SUBJECTS = KIN | frozenset("""overledene overleden gestorvene dode weduwe weduwnaar kind baby dominee pastor
pastoor priester imam rabbijn koster ouderling diaken predikant voorganger uitvaartleider""".split())
_R81_NOT_NAME = frozenset("welkom iedereen u jullie ons hen hem haar niet nog wel ook gewoon eigenlijk echt".split())
_R81_BIRTH = _Lazy(r"geboren|jarig|geboortedatum|verjaardag", re.IGNORECASE)
_R81_YEAR_HEAD = frozenset("eh uh ehm in uit van ja en dus".split())


def _r81_year(lows, k: int) -> int | None:
    """The end index of a year said at `k`: one word ("negentienhonderdzesendertig") or two (round 24's reading)."""
    if k >= len(lows):
        return None
    end = _r24_year(lows, k)
    if end is not None:
        return end
    w = lows[k]
    if w.startswith(("negentienhonderd", "tweeduizend")):
        v = _r20_number(w)
        if v is not None and 1900 <= v <= 2030:
            return k
    return None


def _r81_kept(words, lows, own, before) -> set[int]:
    """TK, TL: a Bible reference and a holy figure stay."""
    kept: set[int] = set()
    n = len(lows)
    church = None
    for k in range(n - 1):  # TK
        if lows[k] not in _R81_BOOKS or (k > 0 and lows[k - 1] in _R81_NOT_BEFORE):
            continue
        e = k + 1
        while e < n and (_r20_number(lows[e]) is not None or (lows[e] in ("vers", "hoofdstuk") and e > k + 1)) \
                and e - k <= 4:
            e += 1
        nums = [x for x in range(k + 1, e) if _r20_number(lows[x]) is not None]
        if not nums or len(nums) > 3 or lows[k + 1] == "nul" or not 1 <= _r20_number(lows[k + 1]) <= 150:
            continue
        if e < n and (lows[e] in COUNT_UNITS or lows[e] in _R69_NOT_NUMBER_AFTER or _r20_number(lows[e]) is not None):
            continue
        if lows[k] in FIRST_NAMES or lows[k] in SURNAMES_SAFE:
            if church is None:
                church = _R81_CHURCH.search(" ".join(lows)) is not None \
                    or any(_R81_CHURCH.search(q[0]) is not None for q in before)
            if not church:
                continue
        kept.update(x for x in range(k, e) if x in own)
    for k in range(1, n):  # TL
        if k not in own or lows[k] not in _R81_FIGURES and not (lows[k - 1] == "heilige" and k >= 2
                                                                  and lows[k - 2] == "de"):
            continue
        h = lows[k - 1]
        if h in _R81_HOLY_HEADS or (h == "moeder" and k >= 2 and lows[k - 2] in ("tot", "ave", "heilige")):
            kept.add(k)
        elif h == "tot" and any(w in _R81_PRAY for w in lows[max(0, k - 4):k - 1]) \
                and not any(w in _R82_CLAUSE for w in lows[max(0, k - 4):k - 1]):  # round 82: "bid dat ... tot maria"
            kept.add(k)
        else:
            continue
        if k + 1 < n and k + 1 in own and lows[k + 1] in _R81_FIGURES:  # "jezus christus"
            kept.add(k + 1)
    for k in range(1, n - 1):  # TM: "de mevrouw van de diaconie", "die mevrouw van schuld hulp": a service, no surname
        if lows[k] != "van" or own.get(k) != "[naam]" or not (lows[k - 1] in TITLES or lows[k - 1] in KIN
                                                              or own.get(k - 1) == "[naam]"):
            continue
        j = k + 1
        if lows[j] in ("de", "het", "der") and j + 1 < n:
            j += 1
        if lows[j] not in _R81_INSTITUTIONS or own.get(j) != "[naam]":
            continue
        e = j + 1
        if e < n and lows[e] in _R81_INST_TAIL:
            e += 1
        elif lows[j] == "schuld":
            continue
        if e < n and own.get(e) == "[naam]":
            continue  # the name goes on after the service word: a surname of its own
        kept.update(range(k, e))
    for k in range(n):  # TN: "ze zeggen personeelstekort": a compound of an ordinary word and a shortage or problem
        w = lows[k]
        if own.get(k) != "[naam]" or not w.endswith(_R81_COMPOUND_HEADS) or w in FIRST_NAMES or w in SURNAMES_SAFE \
                or own.get(k - 1) == "[naam]" or own.get(k + 1) == "[naam]":
            continue
        head = next(h for h in _R81_COMPOUND_HEADS if w.endswith(h))
        stem = w[:-len(head)]
        if len(stem) >= 4 and (stem in ORDINARY_WORDS or stem[:-1] in ORDINARY_WORDS and stem[-1] in "s"):
            kept.add(k)
    return kept


def _r81_marks(words, lows, own, before) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    for k in range(1, n - 1):  # TA
        if k in own or lows[k] not in _R81_FILL or own.get(k - 1) != "[telefoonnummer]":
            continue
        e = k
        while e < n and e not in own and lows[e] in _R81_FILL and e - k < 3:
            e += 1
        if e < n and own.get(e) == "[telefoonnummer]":
            marks.update({x: "[telefoonnummer]" for x in range(k, e)})
    for k in range(n - 2):  # TB: "vak c rij zeven nummer twaalf", "rij vier graf nummer eenendertig"
        if lows[k] != "rij" or k in own or _r20_number(lows[k + 1]) is None or lows[k + 1] == "nul":
            continue
        j = k + 2
        grave = False
        if j < n and lows[j] == "graf":
            grave, j = True, j + 1
        if j < n and lows[j] in ("nummer", "nr"):
            j += 1
        elif not grave:
            continue
        if j >= n or _r20_number(lows[j]) is None or (j + 1 < n and lows[j + 1] in COUNT_UNITS):
            continue
        s = k
        if k >= 2 and lows[k - 2] == "vak" and (len(lows[k - 1]) == 1 or _r20_number(lows[k - 1]) is not None
                                                  or lows[k - 1] in LETTER_NAMES):
            s = k - 2
        elif k >= 1 and lows[k - 1] == "graf":
            s = k - 1
        marks.update({x: "[adres]" for x in range(s, j + 1) if x not in own})
    for k in range(1, n - 1):  # TC
        if lows[k] not in _R75_HEET or lows[k - 1] not in _R81_SUBJECTS:
            continue
        if lows[k - 1] in KIN and not (k >= 2 and lows[k - 2] in ("overleden", "gestorven", "wijlen")):
            continue  # "mijn vader heet ..." the older rules read; "het konijn van mijn dochter heet snuffie" stays
        if "van" in lows[max(0, k - 4):k - 1]:
            continue  # "de hond van de dominee heet ...": the subject is someone else's
        e = k + 1
        while e < n and e - k <= 3 and e not in own and lows[e].isalpha() and len(lows[e]) >= 2 \
                and lows[e] not in STOP_WORDS and lows[e] not in _R81_NOT_NAME and lows[e] not in KIN \
                and lows[e] not in TITLES and _r20_number(lows[e]) is None and lows[e] not in MONTHS \
                and (lows[e] not in ORDINARY_WORDS or lows[e] in SURNAMES_SAFE or lows[e] in SURNAMES_AMBIGUOUS
                     or lows[e] in FIRST_NAMES):
            e += 1
        if e > k + 1 and all(lows[x] in _R80_TAIL_FILL for x in range(e, n)):
            marks.update({x: "[naam]" for x in range(k + 1, e)})
    if n >= 3 and lows[-2] == "op" and "geboren" in lows and n - 1 not in own:  # TD
        v = _r20_number(lows[-1])
        if v is not None and 1 <= v <= 31 and lows[-1] != "een":  # round 82: "geboren op een" / "boerderij" stays
            marks[n - 1] = "[datum]"
    if before and "[datum]" in before[0][1] and any(_R81_BIRTH.search(q[0]) is not None for q in before[:3]):  # TE
        k = 0
        while k < n and lows[k] in _R81_YEAR_HEAD:
            k += 1
        end = _r81_year(lows, k)
        if end is not None and (end + 1 == n or lows[end + 1] in ("en", "dus", "ja", "geboren")):
            marks.update({x: "[datum]" for x in range(k, end + 1) if x not in own})
        elif end is None and k < n and k + 1 == n and k >= 1 and lows[k - 1] == "in":
            v = _r20_number(lows[k])
            if v is not None and 20 <= v <= 99 and k not in own:
                marks[k] = "[datum]"
    return marks


def _r81_phone_marks(words, lows, own, before) -> dict[int, str]:
    """TF: "nul zes negen eh nee acht zeven ...": the digits on both sides of a correction, one phone number."""
    n = len(lows)
    marks: dict[int, str] = {}
    for s in range(n - 1):
        if lows[s] != "nul" or s in own or lows[s + 1] not in _R24_DIGITS or (s > 0 and lows[s - 1] in _R24_DIGITS):
            continue
        e, digits, corrected = s, 0, False
        while e < n and e not in own:
            if lows[e] in _R24_DIGITS:
                digits += 1
            elif lows[e] in ("nee", "sorry") and digits >= 2:
                corrected = True
            elif lows[e] not in HESITATIONS:
                break
            e += 1
        if corrected and 10 <= digits <= 12 and lows[e - 1] in _R24_DIGITS:
            marks.update({x: "[telefoonnummer]" for x in range(s, e)})
    return marks


def _r81_postcode_marks(words, lows, own, before) -> dict[int, str]:
    """TG: "een a en een ee" after a postcode line; "de postcode is zesenveertig honderd"."""
    n = len(lows)
    marks: dict[int, str] = {}
    if before and ("[postcode]" in before[0][1] or "postcode" in before[0][0]) and "postcode" not in lows:
        letters = [k for k in range(n) if lows[k] not in ("een", "en", "eh", "uh", "dan")]
        if len(letters) == 2 and all((len(lows[k]) <= 2 and lows[k].isalpha()) or lows[k] in LETTER_NAMES
                                     for k in letters) and "een" in lows and n <= 6:
            s = letters[0] - 1 if letters[0] and lows[letters[0] - 1] == "een" else letters[0]
            marks.update({k: "[postcode]" for k in range(s, n)})
    for k in range(1, n):  # "de postcode is zesenveertig honderd": the digits said as hundreds
        if lows[k] == "honderd" and k not in own and k - 1 not in own and "postcode" in lows[max(0, k - 7):k] \
                and k >= 2 and lows[k - 2] in ("is", "was", "postcode", "eh", "uh") \
                and not (k + 1 < n and (lows[k + 1] in COUNT_UNITS or lows[k + 1] in _R20_UNITS)):
            v = _r20_number(lows[k - 1])
            if v is not None and 10 <= v <= 99:
                marks.update({k - 1: "[postcode]", k: "[postcode]"})
    return marks


def r81_postcode_fix(p1: tuple[str, str], text: str, new: str) -> bool:
    """TG: this line is a postcode's letters, all gone as [postcode] ("een a en een ee"), and the line before (`p1`, as
    said and logged, kept whole) asked for or gave the postcode and ended in its four digits ("... is vierendertig
    vierentachtig"): that line's digits go too."""
    if p1[0] != p1[1] or new == text or new.strip(" ,.?!") != "[postcode]" or "postcode" not in p1[0].lower():
        return False
    lows = _r20_lows(p1[0])
    k = len(lows)
    while k > 0 and _r78_digits(lows[k - 1]):
        k -= 1
    return 1 <= len(lows) - k <= 4 and sum(_r78_digits(w) for w in lows[k:]) == 4


_R81_GATE = _Lazy(r"\bheet|\bheten|geboren|\brij\b|\bvak\b", re.IGNORECASE)  # TB to TD (TA: two phone pieces)


def redact_round81(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """Round 81 on one line with the window's lines before it (as said, as logged; newest first): TA to TG go, each
    behind a cheap string gate; a Bible reference and a holy figure (TK, TL) stay."""
    if out != raw and _R81_KEEP_GATE.search(raw) is not None:
        out = _line_keep(raw, out, lambda words, lows, own: _r81_kept(words, lows, own, before))
    if _R81_GATE.search(raw) is not None or out.count("[telefoonnummer]") >= 2 \
            or (before and "[datum]" in before[0][1]):
        out = _line_pass(raw, out, lambda words, lows, own: _r81_marks(words, lows, own, before))
    if " nee " in raw and raw.lstrip().lower().find("nul") >= 0 and "nul " in raw:
        out = _line_pass(raw, out, lambda words, lows, own: _r81_phone_marks(words, lows, own, before))
    if "honderd" in raw or (before and "een" in raw and ("[postcode]" in before[0][1] or "postcode" in before[0][0])):
        out = _line_pass(raw, out, lambda words, lows, own: _r81_postcode_marks(words, lows, own, before))
    return out



# ---- round 82 (CE as dev data: shops, markets, hairdressers, garages and small businesses) ----
# Keep (ordinary shop and market talk that the rules or the tagger took for data):
# UK: a stall or shop called by its trade and a first name ("bakker bart heeft broodjes in de aanbieding", "bij kapper
#     sandra is het druk", "visboer kees staat er niet"): the trade word (closed list) and one first name, at the line's
#     start or after a small word (bij, van, naar, en, dat, ...); never after "ben/is/heet", a title or a kin word,
#     never with a surname or another name word after it ("bakker bart de graaf" goes).
# UL: a pitch at a market or a fair ("op de markt op plek zevenenveertig", "standplaats negen"): a pitch word (closed
#     list) and its number, with a market word in the line or the window; never on a line about where someone lives,
#     stays or gets post (woon, adres, bezorg, camping, park, caravan, woonwagen, kamp ..., also in the window),
#     never right after a named place ("vakantiepark de
#     zeehoeve plek elf" goes).
# UK': a laugh at the line's start ("ha ha ja precies"), never before a letter or with "postcode" in the line.
# Go:
# UA: the rest of a surname after "ter/ten/der/den" that ended a name ("u heet gerrit jan ter haar": "haar").
# UB: a mail's local part in two or three words on its own line, then a line "aan elkaar", then "apenstaartje ..."
#     (Redactor._as_said, r82_mail_pieces): the local part goes too.
# UC: a spelled "ha" (the letter h) at the head of a run of spelled letters ("ha ee en de er i ka es").
# UD: a birthday on a feast day with words after it ("jarig op kerstavond zegt u", "jarig op koningsdag hoor").
# UE: a day said as an ordinal on the line after a birth cue ("en je bent jarig" / "eh op de vijftiende"), and the
#     month alone on the line after that ("augustus").
# UF: a year alone on the line after a line about the year of a birth ("het jaar dat u geboren bent" /
#     "negentienhonderdvierenvijftig"), and "op de tiende april" on the line after that year.
# UG: a birth date in figures with an apostrophe year ("geboortedatum 9-11-'84", "geboren 12-04-'77").
# UH: a house number's letter after a hesitation at the line's end, after an address ("[adres] eh c").
_R82_TRADES = frozenset("""bakker slager visboer groenteboer kaasboer kapper kapster poelier bloemist notenboer
bloemenman groenteman visman kaasman fietsenmaker schoenmaker garagist garagehouder monteur drogist kruidenier slijter
marktkoopman marktman juwelier opticien snackbar snackman ijsman""".split()) - _ANY_FIRST_NAMES
_R82_TRADE_BEFORE = frozenset("""bij van naar met en dat want maar ook dus oke ok ja nou eh uh zegt zei die voor als of
toen want heeft had""".split())
_R82_PITCH = frozenset("plek standplaats marktplek kraamplek kraam stand plaatsnummer".split())
_R82_HOME = _Lazy(r"woon|wonen|adres|bezorg|post|verhuis|huis|camping|park|chalet|caravan|logeer|verblijf|slaap|"
                  r"\bkamp\b|wagen|boot|ligplaats|staanplaats|stacaravan|tent", re.IGNORECASE)
_R82_MARKET = _Lazy(r"\b(?:markt|weekmarkt|jaarmarkt|vlooienmarkt|rommelmarkt|kermis|braderie|beurs|kraam|kramen|"
                    r"marktkraam)\b", re.IGNORECASE)
_R82_KEEP_GATE = _Lazy(r"^\s*ha ha\b|\b(?:" + _trie_alt(_R82_TRADES) + r")\s+\w|\b(?:" + _trie_alt(_R82_PITCH) + r")\s+\w",
                       re.IGNORECASE)
_R82_NOT_REST = frozenset("en of is was die dat zegt zei heeft had woont en maar dus".split())
_R82_HEADS = frozenset("eh uh ehm uhm dus ja oke ok nou en op de".split())
_R82_YEAR_CUE = _Lazy(r"\bjaar\b.*\bgeboren\b|\bgeboortejaar\b|\bgeboren\b.*\bjaar\b", re.IGNORECASE)
_R82_APOS_DATE = _Lazy(r"\b(\d{1,2})-(\d{1,2})-'(\d{2})\b")
_R82_GATE = _Lazy(r"\bter\b|\bten\b|\bder\b|\bden\b|\bha\b|jarig|geboren|geboorte|verjaardag|"
                  r"\b(?:ben|heet|heette|noem)\s+(?:" + _trie_alt(_R82_TRADES) + r")\b", re.IGNORECASE)
_R82_SELF = frozenset("ben heet heette noem".split())


def _r82_kept(words, lows, own, before) -> set[int]:
    """UK, UL: a stall called by its trade and a first name, a market pitch's number stay; a laugh ("ha ha")."""
    kept: set[int] = set()
    n = len(lows)
    if n >= 2 and lows[0] == lows[1] == "ha" and 0 in own and "postcode" not in lows:  # "ha ha ja precies"
        e = 2
        while e < n and lows[e] == "ha":
            e += 1
        if e == n or (lows[e] not in LETTER_NAMES and lows[e] not in _R78_LETTERS and len(lows[e]) > 1):
            kept.update(x for x in range(e) if x in own)
    for k in range(n - 1):  # UK
        if lows[k] not in _R82_TRADES or own.get(k + 1) != "[naam]" or lows[k + 1] not in FIRST_NAMES:
            continue
        if k > 0 and lows[k - 1] not in _R82_TRADE_BEFORE:
            continue
        if k + 2 < n and (k + 2 in own or lows[k + 2] in TUSSEN or lows[k + 2] in SURNAMES_SAFE
                          or lows[k + 2] in FIRST_NAMES):
            continue
        kept.update(x for x in (k, k + 1) if x in own)
    home = None
    for k in range(n - 1):  # UL
        if lows[k] not in _R82_PITCH or own.get(k + 1) != "[adres]":
            continue
        v = _r20_number(lows[k + 1])
        if v is None or not 1 <= v <= 999 or (k + 2 < n and own.get(k + 2) == "[adres]"):
            continue
        if k - 1 in own:
            continue  # "op vakantiepark de [zeehoeve] plek elf": the pitch of a named park is where someone stays
        if home is None:
            line = " ".join(lows)
            home = _R82_HOME.search(line) is not None or any(_R82_HOME.search(q[0]) is not None for q in before) \
                or (_R82_MARKET.search(line) is None and not any(_R82_MARKET.search(q[0]) is not None for q in before))
        if home:
            break
        kept.update(x for x in range(k, k + 2) if x in own)
    return kept


def _r82_marks(words, lows, own, before) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    for k in range(1, n - 1):  # UK's other side: "ik ben bakker bart", "hij heet slager henk": a name all the same
        if lows[k] in _R82_TRADES and lows[k - 1] in _R82_SELF and lows[k + 1] in FIRST_NAMES and k + 1 not in own:
            marks.update({k: "[naam]", k + 1: "[naam]"})
    for k in range(1, n - 1):  # UA: "[naam ter] haar"
        if lows[k] in _R35_TUSSEN_BARE and own.get(k) == "[naam]" and own.get(k - 1) == "[naam]" \
                and k + 1 not in own and lows[k + 1].isalpha() and len(lows[k + 1]) >= 3 \
                and lows[k + 1] not in _R82_NOT_REST and lows[k + 1] not in HESITATIONS:
            marks[k + 1] = "[naam]"
    if n >= 4 and lows[0] == "ha" and 0 not in own:  # UC: "ha ee en de er i ka es"
        run = 1
        while run < n and (lows[run] in LETTER_NAMES or lows[run] in _R78_LETTERS
                           or (len(lows[run]) == 1 and lows[run].isalpha())):
            run += 1
        if run >= 4 and (run == n or run in own):
            marks.update({x: "[naam]" for x in range(run) if x not in own})
    for k in range(n - 2):  # UD: "jarig op kerstavond zegt u"
        if lows[k] not in ("jarig", "geboren"):
            continue
        s = k + 1
        while s < n and s - k <= 3 and lows[s] in ("op", "met", "eh", "uh", "de"):
            s += 1
        for hol in _R78_HOLIDAYS:
            if tuple(lows[s:s + len(hol)]) == hol:
                marks.update({x: "[datum]" for x in range(s, s + len(hol)) if x not in own})
                break
    if before:
        p0 = before[0][0].lower()
        if _R81_BIRTH.search(p0) is not None:  # UE: "en je bent jarig" / "eh op de vijftiende (augustus)"
            k = 0
            while k < n and lows[k] in _R82_HEADS:
                k += 1
            if k < n and _r49_ordinal_day(lows[k]) and 1 <= (ordinal_value(lows[k]) or 0) <= 31 and k not in own:
                e = k + 1
                if e < n and lows[e] in MONTHS:
                    e += 1
                if all(lows[x] in _R80_TAIL_FILL for x in range(e, n)):
                    marks.update({x: "[datum]" for x in range(k, e) if x not in own})
        if _R82_YEAR_CUE.search(p0) is not None:  # UF: "het jaar dat u geboren bent" / "negentienhonderdvierenvijftig"
            k = 0
            while k < n and lows[k] in _R81_YEAR_HEAD:
                k += 1
            end = _r81_year(lows, k)
            if end is not None and all(lows[x] in _R80_TAIL_FILL for x in range(end + 1, n)):
                marks.update({x: "[datum]" for x in range(k, end + 1) if x not in own})
        if "[datum]" in before[0][1] and len(before) >= 2 and _R82_YEAR_CUE.search(before[1][0]) is not None:
            k = 0  # UF: ... / "[datum]" / "op de tiende april"
            while k < n and lows[k] in _R82_HEADS:
                k += 1
            if k < n and (_r49_ordinal_day(lows[k]) or _r20_number(lows[k]) is not None):
                e = k + 1
                if e < n and lows[e] in MONTHS:
                    e += 1
                    if all(lows[x] in _R80_TAIL_FILL for x in range(e, n)):
                        marks.update({x: "[datum]" for x in range(k, e) if x not in own})
        if "[datum]" in before[0][1] and n <= 3 and len(before) >= 2 \
                and _R81_BIRTH.search(before[1][0]) is not None:  # UE: ... / "[datum]" / "augustus"
            k = 0
            while k < n and lows[k] in _R82_HEADS:
                k += 1
            if k == n - 1 and lows[k] in MONTHS and k not in own:
                marks[k] = "[datum]"
    if n >= 2 and own.get(n - 3) == "[adres]" and lows[n - 2] in HESITATIONS and n - 1 not in own \
            and len(lows[-1]) == 1 and lows[-1] in "abcdefgh":  # UH: "[adres] eh c"
        marks[n - 1] = "[adres]"
    return marks


def redact_round82(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """Round 82 on one line with the window's lines before it (as said, as logged; newest first): UA to UH go, behind
    a cheap string gate; a stall called by its trade and a first name and a market pitch (UK, UL) stay."""
    if out != raw and _R82_KEEP_GATE.search(raw) is not None:
        out = _line_keep(raw, out, lambda words, lows, own: _r82_kept(words, lows, own, before))
    if _R82_GATE.search(raw) is not None or "[adres]" in out or (before and (_R81_BIRTH.search(before[0][0]) is not None
                                                         or "[datum]" in before[0][1])):
        out = _line_pass(raw, out, lambda words, lows, own: _r82_marks(words, lows, own, before))
    if "-'" in raw and _R81_BIRTH.search(raw) is not None:  # UG: "geboortedatum 9-11-'84"
        m = _R82_APOS_DATE.search(out)
        if m is not None and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
            out = out[:m.start()] + "[datum]" + out[m.end():]
        elif "[datum]-'" in out:
            out = re.sub(r"\[datum\]-'\d{2}\b", "[datum]", out)
    return out


_R82_TOGETHER = _R51_TOGETHER | frozenset("geschreven".split())


def r82_mail_pieces(text: str, p1: tuple[str, str], p2: tuple[str, str], p3) -> bool:
    """UB: this line gave a mail's domain (logged with [e-mail]), the line before only said "aan elkaar" and went as
    [e-mail], and the line before that was two or three plain words (kept whole, or partly taken as a name; the window holds three lines: the
    question for the mail before them is mostly out of it)."""
    if "[" in p2[0] or any(w not in ("[naam]", "[e-mail]") for w in re.findall(r"\[[^\]]*\]", p2[1])) \
            or (p3 is not None and "mail" not in p3[0].lower()) \
            or ("[e-mail]" not in p1[1] and p1[0] != p1[1]):
        return False
    lows = _r20_lows(text)
    if not lows or not (lows[0] in _R51_AT_WORDS or (len(lows) > 1 and lows[0] in HESITATIONS
                                                     and lows[1] in _R51_AT_WORDS)):
        return False
    if not all(w in _R82_TOGETHER for w in _r20_lows(p1[0])):
        return False
    l2 = _r20_lows(p2[0])
    return 2 <= len(l2) <= 3 and all(w.isalpha() and w not in STOP_WORDS and w not in HESITATIONS
                                      and word_value(w) is None for w in l2)


# ---- round 83 (CF as dev data: sports, gyms, swimming pools and outdoor life) ----
# Keep (ordinary sports talk that the rules or the tagger took for data):
# VA: a famous athlete named in full ("femke bol liep de vierhonderd meter", "je wilt worden zoals lieke martens"):
#     the full name from a closed list; never with a self or kin word right before it ("mijn buurvrouw marianne vos"),
#     never on a line that says someone's name (heet, naam, noem, ik ben, spel) or after a line that asks for it.
# VB: a club named like a person ("de wedstrijd tegen willem twee", "go ahead eagles uit deventer"): the club's full
#     name from a closed list, never right after a self word or a title ("ik heet willem twee" is no club).
# VC: a set's or a game's score said as two small numbers ("de eerste set verloor je met nul zes", "de tweede won je
#     met zes vier"): a score word in the line, the two numbers (each 0-30) ending it; never with a phone word in
#     the line or the window ("bel me op nul zes" goes), never more numbers after them.
_R83_ATHLETES = frozenset((
    "sifan hassan", "femke bol", "virgil van dijk", "johan cruijff", "johan cruyff", "marianne vos", "lieke martens",
    "sven kramer", "epke zonderland", "dafne schippers", "max verstappen", "ireen wust", "irene schouten",
    "kjeld nuis", "annemiek van vleuten", "mathieu van der poel", "tom dumoulin", "joop zoetemelk",
    "ranomi kromowidjojo", "pieter van den hoogenband", "inge de bruijn", "dick advocaat", "ronald koeman",
    "frenkie de jong", "memphis depay", "arjen robben", "robin van persie", "marco van basten", "ruud gullit",
    "frank rijkaard", "dennis bergkamp", "wesley sneijder", "nicolien sauerbreij", "anky van grunsven",
    "jutta leerdam", "vivianne miedema", "sherida spitse", "daphne van domselaar", "dylan groenewegen",
    "fanny blankers koen", "richard krajicek", "esther vergeer", "sharon van rouwendaal", "maarten van der weijden",
    "churandy martina", "nadine visser", "dafne schippers", "suzanne schulting", "tom dumoulin", "yuri van gelder",
    "sanne wevers", "harrie lavreysen", "jeffrey hoogland", "shanne braspennincx", "kiki bertens",
))
_R83_CLUBS = frozenset((
    "willem twee", "willem ii", "go ahead eagles", "go ahead", "ado den haag", "de graafschap", "fortuna sittard",
    "roda jc", "sparta rotterdam", "heracles almelo", "nac breda", "rkc waalwijk", "pec zwolle", "jong ajax",
    "jong psv", "vitesse arnhem", "excelsior rotterdam", "telstar velsen",
))
_R83_CLUB_TALK = _R75_MATCH | frozenset("""fan fans supporter supporters club clubs stadion eredivisie
eerste divisie degradeerde degradeert gedegradeerd promoveerde promoveert kampioen thuiswedstrijd uitwedstrijd
seizoen""".split())
_R83_SPANS = {}
for _full in _R83_ATHLETES | _R83_CLUBS:
    _R83_SPANS.setdefault(_full.split()[0], []).append(tuple(_full.split()))
_R83_OWN_BEFORE = _R59_OWN
_R83_SAY_NAME = _Lazy(r"\b(?:heet|heten|heette|naam|noem|noemt|spel|spelt|ik ben|dat ben ik)\b", re.IGNORECASE)
_R83_SCORE = frozenset("""set sets game games partij partijen potje wedstrijd wedstrijden won wonnen gewonnen verloor
verloren gelijk stand eindstand ruststand uitslag tiebreak punten score""".split())
_R83_PHONE = _Lazy(r"nummer|bel|telefoon|mobiel|06|whatsapp|sms|app\b|postcode|rekening|iban|bsn", re.IGNORECASE)
_R83_KEEP_GATE = _Lazy(r"\b(?:" + _trie_alt(frozenset(f.split()[0] for f in _R83_ATHLETES | _R83_CLUBS)) + r")\s+\w"
                       r"|\b(?:set|game|partij|potje|won|verloor|gewonnen|verloren|stand|uitslag|wedstrijd)\b",
                       re.IGNORECASE)


def _r83_kept(words, lows, own, before) -> set[int]:
    """VA, VB, VC: a famous athlete or a club named in full, a set's score."""
    kept: set[int] = set()
    n = len(lows)
    line = " ".join(lows)
    says_name = _R83_SAY_NAME.search(line) is not None or (before and _R56_NAME_CUE.search(before[0][0]) is not None)
    for k in range(n):
        spans = _R83_SPANS.get(lows[k])
        if not spans:
            continue
        for span in spans:
            e = k + len(span)
            if tuple(lows[k:e]) != span or not any(x in own for x in range(k, e)):
                continue
            if (k - 1 in own and own[k - 1] == "[naam]") or (e in own and own[e] == "[naam]"):
                continue
            if k > 0 and (lows[k - 1] in _R59_TITLES or _R83_OWN_BEFORE.search(" ".join(lows[max(0, k - 2):k]))):
                continue
            athlete = " ".join(span) in _R83_ATHLETES
            if athlete and says_name:
                continue
            if not athlete and (span[0] in FIRST_NAMES or span[0] in FIRST_NAMES_MORE) and (
                    (e < n and (lows[e] in COUNT_UNITS or _r20_number(lows[e]) is not None))
                    or not (any(w in _R83_CLUB_TALK for w in lows)
                            or (before and any(w in _R83_CLUB_TALK for w in _r20_lows(before[0][0]))))):
                continue  # "naar willem twee keer geweest": a club named like a person only in talk of a match
            kept.update(x for x in range(k, e) if x in own)
            break
    if any(w in _R83_SCORE for w in lows) and n >= 3 and _R83_PHONE.search(line) is None \
            and not any(_R83_PHONE.search(q[0]) is not None for q in before[:2]):
        e = n
        while e > 0 and lows[e - 1] in HESITATIONS:
            e -= 1
        if e >= 3:
            a, b = _r20_number(lows[e - 2]), _r20_number(lows[e - 1])
            if a is not None and b is not None and 0 <= a <= 30 and 0 <= b <= 30 \
                    and _r20_number(lows[e - 3]) is None and not lows[e - 2].isdigit() and not lows[e - 1].isdigit():
                kept.update(x for x in (e - 2, e - 1) if own.get(x) == "[telefoonnummer]")
    return kept


# Go:
# VD: a foreign full name with a typical surname ending ("dus andreea popescu en je roeit", "ik sprak tomasz
#     kowalczyk"): a name-like word and a surname ending in -escu, -ovic, -evic, -enko, -oglu, -wicz, -czyk, -ski,
#     -ska, both unknown to the word lists.
# VE: the last part of a double surname ("dus jeroen de graaf tuinman met twee achternamen"): the word right after a
#     name, with "twee achternamen" or "dubbele achternaam" after it.
# VF: a postcode in figures with the letters "km" (read as kilometres): "ik noteer 8911 km dus leeuwarden"; only with
#     a writing-down or postcode word in the line or the window, or a place after it ("dus/in/te X"), never with a
#     word of distance or travel in the line ("ik fietste 1200 km dit jaar" stays).
# (spoken.py: a number word with its "en" dropped, "zeventwintig", reads as twenty-seven.)
_R83_FOREIGN_END = ("escu", "ovic", "evic", "enko", "oglu", "wicz", "czyk", "ski", "ska")
_R83_DOUBLE = _Lazy(r"\b(?:twee achternamen|dubbele achternaam|dubbele naam|twee namen)\b", re.IGNORECASE)
_R83_WRITE = _Lazy(r"noteer|genoteerd|schrijf|opgeschreven|postcode", re.IGNORECASE)
_R83_DISTANCE = frozenset("""rijden reed gereden fietsen fietste gefietst lopen liep gelopen wandelen wandelde
gewandeld zwemmen zwom gezwommen rennen rende gerend per naar ver verder afstand kilometer weg tocht route rit
marathon training getraind trainen week jaar maand dag gedaan afgelegd teller totaal lang halen gehaald
file""".split())
_R83_GATE = _Lazy(r"(?:escu|ovic|evic|enko|oglu|wicz|czyk|ski|ska)\b|achternamen|dubbele|\d{4} km\b",
                  re.IGNORECASE)


def _r83_marks(words, lows, own, before) -> dict[int, str]:
    marks: dict[int, str] = {}
    n = len(lows)
    for k in range(1, n):  # VD
        w = lows[k]
        if len(w) < 6 or not w.endswith(_R83_FOREIGN_END) or k in own or not w.isalpha() \
                or w in ORDINARY_WORDS or not _unknown_word(w):
            continue
        f = lows[k - 1]
        if f in FIRST_NAMES or f in FIRST_NAMES_MORE or own.get(k - 1) == "[naam]" or _r25_unknown_name(f):
            marks[k] = "[naam]"
            if k - 1 not in own:
                marks[k - 1] = "[naam]"
    m = _R83_DOUBLE.search(" ".join(lows))
    if m is not None:  # VE
        for k in range(1, n - 2):
            if own.get(k - 1) == "[naam]" and k not in own and lows[k].isalpha() and len(lows[k]) >= 3 \
                    and lows[k] not in STOP_WORDS and lows[k] not in HESITATIONS and lows[k + 1] == "met" \
                    and lows[k + 2] in ("twee", "dubbele", "een"):
                marks[k] = "[naam]"
    for k in range(n - 1):  # VF
        if lows[k].isdigit() and len(lows[k]) == 4 and lows[k][0] != "0" and lows[k + 1] == "km" \
                and k not in own and k + 1 not in own and not any(w in _R83_DISTANCE for w in lows):
            after = k + 3 < n + 1 and k + 2 < n and lows[k + 2] in ("dus", "in", "te", "uit") and k + 3 < n \
                and lows[k + 3].isalpha() and _r20_number(lows[k + 3]) is None
            if after or _R83_WRITE.search(" ".join(lows)) is not None \
                    or any(_R83_WRITE.search(q[0]) is not None for q in before[:2]):
                marks[k] = marks[k + 1] = "[postcode]"
    return marks


# VG: a name misheard and put right on the next line ("je zei mark" / "o marco sorry marco dijkstra"): the word
#     after "zei (je/u)" ending the line before goes too when this line says sorry (or nee, pardon) and takes out a
#     name starting with the same three letters (Redactor._as_said, r83_name_fix).
_R83_SORRY = frozenset("sorry nee pardon excuus excuses oeps o oh".split())


def r83_name_fix(text: str, new: str, p1: tuple[str, str]) -> int | None:
    """VG: the index of the word in the line before (`p1`, as said and logged, kept whole) to take out as [naam]."""
    if p1[0] != p1[1]:
        return None
    l1 = _r20_lows(p1[0])
    if len(l1) < 2 or len(l1) > 6:
        return None
    x = l1[-1]
    if not (l1[-2] == "zei" or (len(l1) >= 3 and l1[-3] == "zei" and l1[-2] in ("je", "u", "jij"))):
        return None
    if len(x) < 3 or not x.isalpha() or x in STOP_WORDS or x in HESITATIONS or len(_WS.findall(p1[0])) != len(l1):
        return None
    lows = _r20_lows(text)
    if not any(w in _R83_SORRY for w in lows):
        return None
    own = _redacted_words(text, new)
    if not any(lab == "[naam]" and i < len(lows) and lows[i][:3] == x[:3] and lows[i] != x for i, lab in own.items()):
        return None
    return len(l1) - 1


def redact_round83(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """Round 83 on one line with the window's lines before it (as said, as logged; newest first): a famous athlete,
    a club named like a person and a set's score (VA to VC) stay; VD to VF go, behind a cheap string gate."""
    if out != raw and _R83_KEEP_GATE.search(raw) is not None:
        out = _line_keep(raw, out, lambda words, lows, own: _r83_kept(words, lows, own, before))
    if _R83_GATE.search(raw) is not None:
        out = _line_pass(raw, out, lambda words, lows, own: _r83_marks(words, lows, own, before))
    return out


# ---- round 84 (CG as dev data: music, art, culture and going out) ----
# Keep (ordinary culture talk that the rules or the tagger took for data):
# WA: a work and its maker ("je luisterde naar zij gelooft in mij van andre hazes", "het nummer heet at last van
#     etta james", "je hebt de hele nacht naar jacques brel geluisterd"): a line about a song, an album, a piece or a
#     painting (or listening to it) keeps the name right after "van" ending the line, or right after "naar" before
#     "geluisterd"; never with a self, kin or title word before it ("van mijn buurman jan"), never on a line that
#     asks or says someone's own name ("ik heet", "je naam", "spel"), never after a line that asks for a name.
# WB: a work's number ("symfonie nummer negen van beethoven", "een bach cantate bwv honderdveertig", "nummer drie op
#     de setlist was hotel california"): a line with a work-number word (symfonie, opus, cantate, bwv, setlist ...)
#     keeps its [adres] marks, never with a word of living, streets or sending in the line or the line before.
# WC: a work's title after "heet" ("opus honderdzes van beethoven heet de hammerklavier"): the subject before heet
#     is a work word (opus, symfonie, nummer, lied, album, schilderij ...), not a person.
# WD: a venue's name after "<zaal/theater/podium/museum> in" ("de grote zaal in tivoli vredenburg").
_R84_WORK = frozenset("""liedje liedjes lied liederen song songs album albums plaat platen single singles cd cd's
elpee lp hit hits nummers symfonie symfonieen opus cantate sonate concerto requiem aria opera operette musical
schilderij schilderijen setlist track tracks bwv kv prelude fuga mis passie ballade""".split())
_R84_LISTEN = frozenset("""luister luisterde luisterden luisteren luistert geluisterd draai draaide draaiden draait
gedraaid zong zongen gezongen zingt""".split())
_R84_WORKNUM = frozenset("symfonie symfonieen opus cantate sonate concerto bwv kv setlist track tracks".split())
_R84_VENUE = frozenset("""zaal zalen concertzaal theater schouwburg podium poppodium museum concertgebouw
kerk""".split())
_R84_HOME = _Lazy(r"\b(?:woon|woont|wonen|woonde|adres|straat|laan|postcode|verhuisd|verhuis|bezorg|bezorgen|"
                  r"stuur|sturen|opsturen|huisnummer|bel|mobiel|telefoon)\b", re.IGNORECASE)
_R84_ASK_NAME = _Lazy(r"\b(?:ik heet|je heet|jij heet|u heet|hij heet|zij heet|ze heet|heet je|heet u|heet jij|"
                      r"naam|achternaam|voornaam|spel|spelt|noem|ik ben|dat ben ik)\b", re.IGNORECASE)
_R84_TITLE_SUBJ = frozenset("""opus symfonie nummer lied liedje song album plaat single schilderij cantate sonate
stuk boek film voorstelling""".split())
_R84_PROV_GATE = _Lazy(r"\b(?:at|apenstaartje|apestaartje) (?:gmail|hotmail|outlook|live|icloud|yahoo|ziggo|kpnmail|kpnplanet|planet|xs4all|home|telfort|casema|quicknet|protonmail|proton)\b",
                       re.IGNORECASE)
_R84_TITLE_GATE = _Lazy(r"\b(?:" + _trie_alt(_R59_TITLES) + r") \w+(?:weg|straat|laan|plein|kade|gracht|singel|dijk|dreef|"
                        r"hof|park)\b", re.IGNORECASE)
_R84_BANK_GATE = _Lazy(r"\b(?:rabo|abna|ingb|asnb|snsb|knab|bunq|trio|rbrb|abn|ing|asn|sns)\b", re.IGNORECASE)
_R84_GATE = _Lazy(r"\b(?:voorbeeld|idool|held|heldin|favoriet|favoriete|van|naar|bwv|opus|symfonie|setlist|cantate|sonate|track|heet|zaal|theater|schouwburg|"
                  r"podium|poppodium|museum|concertgebouw)\b", re.IGNORECASE)


def _r84_kept(words, lows, own, before) -> set[int]:
    kept: set[int] = set()
    n = len(lows)
    line = " ".join(lows)
    strict = any(w in _R84_WORK for w in lows) \
        or re.search(r"\b(?:het|dat|dit|je|een) nummer heet\b", line) is not None
    work = strict or any(w in _R84_LISTEN for w in lows)
    home = _R84_HOME.search(line) is not None or (before and _R84_HOME.search(before[0][0]) is not None) \
        or _R85_MAIL.search(line) is not None or any(_R85_MAIL.search(q[0]) or _R85_CONTACT.search(q[1])
                                                     for q in before[:2]) \
        or any(lab in _R85_CONTACT_OWN for lab in own.values())  # round 85 YD: mail, phone, address near
    asked = bool(before) and (_R56_NAME_CUE.search(before[0][0].lower()) is not None
                              or any(_R58_NAME_ASK.search(q[0].lower()) or _R56_NAME_CUE.search(q[0].lower())
                                     for q in before[:2]))  # round 85 YD: two lines back too
    if work and not home and not asked and _R84_ASK_NAME.search(line) is None:  # WA
        for k in range(n - 1):
            if lows[k] not in ("van", "naar") or own.get(k + 1) != "[naam]":
                continue
            if k > 0 and (lows[k - 1] in _R59_TITLES or _R83_OWN_BEFORE.search(lows[k - 1])):
                continue
            e = k + 1
            while e < n and own.get(e) == "[naam]":
                e += 1
            if e - k - 1 > 3 or _R83_OWN_BEFORE.search(" ".join(lows[k + 1:e])):
                continue
            if lows[k] == "van" and e < n and lows[e] not in ("heet", "was", "is") \
                    and not (e == n - 1 and lows[e].isalpha() and lows[e] not in STOP_WORDS):
                continue  # (the surname an ordinary word, "van [naam] brood", ends the line)
            if lows[k] == "naar" and not (e < n and lows[e] in _R84_LISTEN
                                          and (strict or any(w in _R84_LONG for w in lows[:k]))):
                continue  # "naar jan geluisterd" is advice; all night long or a song, it is music
            kept.update(range(k + 1, e))
            _R84_WAWE.update(range(k + 1, e))
    if any(w in _R84_WORKNUM for w in lows) and not home:  # WB
        kept.update(i for i, lab in own.items() if lab == "[adres]")
    for k in range(1, n - 1):  # WC
        if lows[k] == "heet" and any(w in _R84_TITLE_SUBJ for w in lows[max(0, k - 4):k]) \
                and lows[k - 1] not in ("je", "jij", "u", "ik", "hij", "zij", "ze", "hoe") and not home \
                and not asked and not _R83_OWN_BEFORE.search(" ".join(lows[max(0, k - 4):k]).replace("heet", "")):
            e = k + 1
            if e < n and lows[e] in ("de", "het", "een"):
                if e in own:
                    kept.add(e)
                e += 1
            while e < n and own.get(e) in ("[naam]", "[adres]"):
                kept.add(e)
                e += 1
    for k in range(1, n - 1):  # WD
        if lows[k] == "in" and lows[k - 1] in _R84_VENUE and own.get(k + 1) == "[naam]" and not home:
            e = k + 1
            while e < n and own.get(e) == "[naam]" and e - k <= 3:
                kept.add(e)
                e += 1
    for k in range(2, n - 2):  # WE
        if lows[k] == "is" and lows[k + 1] in ("je", "jouw", "mijn", "m'n", "zijn", "haar", "hun") \
                and (lows[k + 2] in _R84_ADMIRE or (k + 3 < n and lows[k + 2] == "grote"
                                                     and lows[k + 3] in _R84_ADMIRE)) \
                and own.get(k - 1) == "[naam]" and own.get(k - 2) == "[naam]" and not home and not asked \
                and _R84_ASK_NAME.search(line) is None:
            b = k - 1
            while b > 0 and own.get(b - 1) == "[naam]":
                b -= 1
            if k - b <= 3 and not (b > 0 and (lows[b - 1] in _R59_TITLES or _R83_OWN_BEFORE.search(lows[b - 1]))):
                kept.update(range(b, k))
                _R84_WAWE.update(range(b, k))
    return kept


_R84_WAWE: set[int] = set()  # round 85: the words WA/WE kept on the line in hand
_R84_LAST: list = ["", frozenset()]  # round 85: the last line WA/WE kept words of, and those words
_R85_CONTACT_OWN = frozenset("[telefoonnummer] [e-mail] [iban] [bsn]".split())  # (WB keeps its own [adres])
_R84_LONG = frozenset("hele uren urenlang avonden nachten dagenlang eindeloos".split())
_R84_ADMIRE = frozenset("voorbeeld idool held heldin favoriet favoriete".split())
_R84_MONTH_LINE = _Lazy(r"\b(?:jarig|verjaardag|geboren|geboortedatum|geboortemaand)\b", re.IGNORECASE)
_R84_MAIL_SEP = frozenset("streepje liggend underscore laag punt koppelteken min".split())
_R84_PROVIDERS = frozenset("""gmail hotmail outlook live icloud yahoo ziggo kpnmail kpnplanet planet xs4all home
telfort casema quicknet protonmail proton""".split())
_R84_SEND = frozenset("stuur stuurt sturen opsturen verstuur versturen bezorg bezorgen post posten pakket pakketje "
                      "doos brief kaart kaartje envelop".split())


def _r84_marks(words, lows, own, before) -> dict[int, str]:
    """XC: a mail provider right after an at-word after a mail's or a name's redacted word ("dus [naam] een at
    gmail"): the provider goes too."""
    marks: dict[int, str] = {}
    for k in range(1, len(lows) - 1):
        if lows[k] in _R51_AT_WORDS and lows[k + 1] in _R84_PROVIDERS and k + 1 not in own and k - 1 in own:
            marks[k + 1] = "[e-mail]"
    for k in range(len(lows) - 1):  # XE: "de keizer [adres]" (keizer karelweg): the title is the street's
        if lows[k] in _R59_TITLES and k not in own and own.get(k + 1) == "[adres]" and k > 0 \
                and lows[k - 1] in ("de", "het", "in", "op", "aan", "naar") and lows[k + 1].endswith(_R84_STREET_END):
            marks[k] = "[adres]"
    ibans = any("[iban]" in q[1] for q in before[:2])
    for k in range(len(lows) - 1):  # XF: "rabo [nummer]" after [iban] on the line before: the bank's code
        if lows[k] in _R84_BANK_CODES and k not in own and own.get(k + 1) in ("[iban]", "[telefoonnummer]") \
                and (ibans or "[iban]" in own.values()):
            marks[k] = "[iban]"
    return marks


_R84_STREET_END = ("weg", "straat", "laan", "plein", "kade", "gracht", "singel", "dijk", "dreef", "hof", "park")
_R84_BANK_CODES = frozenset("rabo abna ingb asnb snsb knab bunq trio rbrb abn ing asn sns".split())


def r84_month_fix(text: str, new: str, p1: tuple[str, str]) -> int | None:
    """XA: "dus je bent in juni jarig" (kept whole) / "op de achttiende" ([datum]): the month of the line before."""
    if p1[0] != p1[1] or "[datum]" not in new or _R84_MONTH_LINE.search(p1[0]) is None:
        return None
    l1 = _r20_lows(p1[0])
    if len(l1) > 8 or len(_WS.findall(p1[0])) != len(l1):
        return None
    ms = [i for i, w in enumerate(l1) if w in MONTHS]
    if len(ms) != 1 or len(_r20_lows(text)) > 5:
        return None
    return ms[0]


def r84_mail_local(text: str, new: str, p1: tuple[str, str]) -> bool:
    """XB: "dus je e-mail is" / "koor liggend streepje alto": a mail's local part spelled with its separators on the
    line after one that ends asking or saying the mail ("... e-mail is", "je mailadres"), the at-word still to come."""
    if new != text or not _R84_MAIL_ASK.search(p1[0]):
        return False
    l1 = _r20_lows(text)
    if not 3 <= len(l1) <= 6 or len(_WS.findall(text)) != len(l1) or l1[0] in _R84_MAIL_SEP \
            or l1[-1] in _R84_MAIL_SEP or not any(w in _R84_MAIL_SEP for w in l1):
        return False
    return all(w.isalpha() and w not in _R84_NOT_STREET and w not in HESITATIONS and w not in _R51_AT_WORDS
               for w in l1)


_R84_MAIL_ASK = _Lazy(r"\b(?:e-?mail|mail|mailadres|e-?mailadres)(?: is| adres| adres is)?\W*$", re.IGNORECASE)


def r84_street_lines(text: str, new: str, p1: tuple[str, str], p2) -> bool:
    """XD: "de doos gaat naar de" / "achter de hoven" / "vierenzeventig" (all kept whole): a sending line ending in
    "naar de", a short line of plain words, then a house number alone: the street and its number go."""
    if new != text or p2 is None or p1[0] != p1[1] or p2[0] != p2[1]:
        return False
    lows = [w for w in _r20_lows(text) if w not in HESITATIONS]
    if not 1 <= len(lows) <= 2 or any(_r20_number(w) is None for w in lows) or len(_r20_lows(text)) != len(_WS.findall(text)):
        return False
    if not 1 <= (_r20_number(lows[0]) or 0) <= 999:
        return False
    l2 = _r20_lows(p2[0])
    if len(l2) < 3 or l2[-1] not in ("de", "het") or l2[-2] != "naar" or not any(w in _R84_SEND for w in l2):
        return False
    l1 = _r20_lows(p1[0])
    return 2 <= len(l1) <= 4 and len(_WS.findall(p1[0])) == len(l1) and all(
        w.isalpha() and _r20_number(w) is None and w not in HESITATIONS and w not in _R84_NOT_STREET for w in l1)


_R84_NOT_STREET = frozenset("""ik je jij u hij zij ze we wij jullie dat dit het is ben was en ja nee oke ok goed
niet wel want maar of dus toch nog even hoor zo""".split())


def redact_round84(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """Round 84 on one line with the window's lines before it (as said, as logged; newest first): a work and its
    maker, a work's number, a work's title and a venue stay (WA to WD), behind a cheap string gate."""
    if out != raw and _R84_GATE.search(raw) is not None:
        _R84_WAWE.clear()
        kept = _line_keep(raw, out, lambda words, lows, own: _r84_kept(words, lows, own, before))
        if _R84_WAWE and kept != out:  # round 85 YE: what WA/WE kept, for the next line
            _R84_LAST[:] = [raw, frozenset(_R84_WAWE)]
        out = kept
    if out != raw and (_R84_PROV_GATE.search(raw) is not None or ("[adres]" in out and _R84_TITLE_GATE.search(raw))
                       or (_R84_BANK_GATE.search(raw) is not None
                           and ("[iban]" in out or any("[iban]" in q[1] for q in before[:2])))):
        out = _line_pass(raw, out, lambda words, lows, own: _r84_marks(words, lows, own, before))
    return out


# ---- round 85 (CH as dev data: animals, pets, vets, farms, stables and gardens) ----
# Keep (ordinary animal talk that the rules took for data):
# YA: a pet's name after "heet" when the clause's head is a breed ("de labrador heet bram", "onze maine coon
#     heet siep"): round 75's NA with breeds as heads; a person at the head still goes ("mijn buurman met de
#     labrador heet bram", "de schaapherder heet bram").
# YB: a breed said as a kind after an article ("het is een berner sennen van negen jaar", "de jack russell is
#     ziek"): a redacted run of at most three words right after een/de/het/onze/mijn ... with a breed word in it,
#     never in a line with a person word, a name asked or a word of living, sending or calling.
# YC: an animal's date of birth ("het veulen is op twaalf maart geboren"): the [datum] run in a line whose subject
#     before it is an animal and that has no person word; a person's date ("mijn dochter is op ... geboren", "de
#     pup ... en mijn zoon ook") still goes.
# Go (round 84's doubtful WA/WE, a private person's full name kept in an artist or role-model line):
# YD: a name question two lines back ("hoe heet je" / "eh" / "... een liedje van anna de wit"), a mail word or a
#     phone, address, mail or account mark in the line or the two lines before: the name is not kept;
# YE: a phone, an address, a mail or a postcode on the line right after a WA/WE line: the name kept there goes
#     after all ("dus anna de wit is je grote voorbeeld" / "haar nummer is ..."), also "ze is mijn tante" there.
# ZA: a surname said again corrected on a short line after it ("ik noteer mevrouw kowalski" / "o sorry kowalska");
# ZB: a postcode's letters said first ("uw postcode eindigt op ka bee"); ZC: a mail's first word before "punt
#     [naam]" at the line's start ("dus sietse punt dijkstra").
_R85_BREEDS = frozenset("""labrador labradors retriever retrievers golden terrier terriers teckel teckels tekel poedel
poedels chihuahua husky huskies beagle beagles boxer bulldog buldog dobermann doberman rottweiler spaniel spaniels
cocker collie collies border bordercollie dalmatier stabij stabijhoun kooiker kooikerhondje keeshond mopshond mops
pitbull staffordshire staffy sennenhond sennen berner russell shih tzu maltezer schnauzer dashond whippet windhond
greyhound newfoundlander pointer setter weimaraner vizsla akita shiba samojeed labradoodle doodle cockapoo
pomeriaan yorkshire yorkie bichon hovawart leonberger mastiff dogge malinois bouvier schapendoes patrijshond
saarloos wolfhond herdershond siamees ragdoll coon korthaar langhaar boskat sphynx bengaal abessijn haflinger
shetlander shetty tinker connemara welsh knabstrupper hannoveraan kwpn fjordenpaard lipizzaner appaloosa
trekpaard ponies merrieveulen hengstveulen jaarling alpaca alpaca's lama lama's""".split())
_R85_BREED_END = ("hond", "hondje", "honden", "katje", "paard", "paardje", "paarden", "pony", "terrier", "spaniel",
                  "retriever", "poedel", "koe", "koeien", "kip", "kippen", "konijn", "konijntje")
_R85_ANIMAL = _R75_ANIMALS | _R85_BREEDS
_R85_GATE = _Lazy(r"\b(?:heet|heette|heten|een|de|het|onze|ons|mijn|m'n|je|jouw|uw|zijn|haar|hun|geboren|geworpen)\b")
_R85_PERSON = _R75_PERSON | frozenset("""mij me mijzelf jezelf zoon dochter kind kinderen baby kleinzoon kleindochter
mens mensen jongen meisje man vrouw""".split())
_R85_CONTACT = _Lazy(r"\[(?:telefoonnummer|e-mail|adres|postcode|iban|bsn)\]")
_R85_MAIL = _Lazy(r"\b(?:mail|mailen|mailt|e-mail|email|mailadres|whatsapp|appen|app|sms|sms'en)\b", re.IGNORECASE)
_R85_DOB_ASK = _Lazy(r"\b(?:geboortedatum|jarig|verjaardag)\b", re.IGNORECASE)


def _r85_breed(w: str) -> bool:
    return w in _R85_BREEDS or (len(w) > 6 and w.endswith(_R85_BREED_END) and not w.endswith("herder"))


def _r85_pet_heet(lows, k) -> bool:
    """The clause before "heet" at k has a breed (or an animal) at its head, no person word before it."""
    start = max((i + 1 for i in range(k) if lows[i] in _R75_CLAUSE), default=0)
    for i in range(start, k):
        w = lows[i]
        if w in _R75_PERSON:
            return False
        if (w in _R75_ANIMALS or _r85_breed(w)) and (i == start or lows[i - 1] in _R68_DET or _r85_breed(lows[i - 1])):
            between = lows[i + 1:k]
            return not between or (between[0] == "van" and len(between) <= 4
                                   and not any(x in ("die", "dat", "wie") for x in between))
    return False


def _r85_kept(words, lows, own, before) -> set[int]:
    kept: set[int] = set()
    n = len(lows)
    line = " ".join(lows)
    if _R84_HOME.search(line) or _R85_MAIL.search(line) or _R84_ASK_NAME.search(line.replace("heet", "")) \
            or any(_R84_ASK_NAME.search(q[0]) for q in before[:2]) or any(lab != "[naam]" and lab != "[datum]"
                                                                          for lab in own.values()):
        return kept
    person = any(w in _R85_PERSON for w in lows)
    for s, e, lab in _redacted_runs(own, n):
        if lab == "[naam]" and s >= 2 and lows[s - 1] in _R75_HEET and e - s <= 2 and not person \
                and not (e - s == 2 and any(lows[e - 1] in names for names in _R74_SURNAMES)) \
                and _r85_pet_heet(lows, s - 1):  # YA
            kept.update(range(s, e))
        elif lab == "[naam]" and s >= 1 and lows[s - 1] in _R68_DET | {"een"} and e - s <= 3 and not person \
                and any(_r85_breed(w) for w in lows[s:e]):  # YB
            kept.update(range(s, e))
        elif lab == "[datum]" and not person and s >= 2 and ("geboren" in lows[e:] or "geworpen" in lows[e:]) \
                and not (before and _R85_DOB_ASK.search(before[0][0])):  # YC
            head = next((i for i in range(s) if lows[i] in _R85_ANIMAL or _r85_breed(lows[i])), None)
            if head is not None and (head == 0 or lows[head - 1] in _R68_DET) \
                    and all(w not in _R75_CLAUSE for w in lows[head:s]):
                kept.update(range(s, e))
    return kept


_R85_SORRY = frozenset("o oh sorry pardon nee neen excuus ik bedoel of eh sorry,".split())
_R85_PC_END = _Lazy(r"\b(?:eindigt|eindigen|eindigend|eindigde) (?:op|met)\b", re.IGNORECASE)
_R85_MARK_GATE = _Lazy(r"\bpunt\b|\beindig|^\W*(?:o|oh|sorry|pardon|nee|neen|excuus|ik bedoel)\b", re.IGNORECASE)


def _r85_marks(words, lows, own, before) -> dict[int, str]:
    """ZA: a surname said again corrected on a short line after it ("ik noteer mevrouw kowalski" / "o sorry
    kowalska"): a word sharing its first five letters with a name redacted on the line before; ZB: a postcode's
    letters said first ("uw postcode eindigt op ka bee"); ZC: a mail's first word before "punt [naam]" ("dus sietse
    punt dijkstra")."""
    marks: dict[int, str] = {}
    n = len(lows)
    if before and 2 <= n <= 5 and lows[0] in _R85_SORRY and "[naam]" in before[0][1]:  # ZA
        gone = [w for i, w in enumerate(_r20_lows(before[0][0]))
                if _redacted_words(*before[0]).get(i) == "[naam]" and len(w) >= 5]
        for k in range(1, n):
            w = lows[k]
            if k not in own and w.isalpha() and len(w) >= 5 and w not in _R85_SORRY \
                    and any(w[:5] == g[:5] and w != g for g in gone):
                marks[k] = "[naam]"
    if "postcode" in lows and _R85_PC_END.search(" ".join(lows)):  # ZB
        for k in range(n - 2):
            if lows[k] in ("op", "met") and lows[k - 1].startswith("eindig"):
                e = k + 1
                while e < n and e - k <= 2 and (lows[e] in LETTER_NAMES or (len(lows[e]) == 1 and lows[e].isalpha())):
                    e += 1
                if e - k == 3 and e == n:
                    marks.update({i: "[postcode]" for i in range(k + 1, e)})
    for k in range(n - 2):  # ZC
        if lows[k + 1] == "punt" and own.get(k + 2) == "[naam]" and k not in own and lows[k].isalpha() \
                and len(lows[k]) >= 3 and lows[k] not in _R67_STOP and lows[k] not in _R67_ORDINARY \
                and all(w in ("dus", "en", "het", "is", "dat", "eh", "nou", "ja") for w in lows[:k]):
            marks[k] = "[naam]"
    return marks


def redact_round85(raw: str, out: str, before: list[tuple[str, str]]) -> str:
    """Round 85 on one line with the window's lines before it (as said, as logged; newest first): a pet's name
    after a breed, a breed and an animal's birth date stay (YA to YC), behind a cheap string gate; ZA to ZC go."""
    if out != raw and ("[naam]" in out or "[datum]" in out) and _R85_GATE.search(raw) is not None:
        out = _line_keep(raw, out, lambda words, lows, own: _r85_kept(words, lows, own, before))
    if _R85_MARK_GATE.search(raw) is not None:
        out = _line_pass(raw, out, lambda words, lows, own: _r85_marks(words, lows, own, before))
    return out


def r85_contact_after(text: str, new: str, p1: tuple[str, str]) -> dict[int, str]:
    """YE: the words of the line before that round 84 kept as a maker or a role model, when this line gives a phone,
    an address, a mail or an account: they go after all."""
    if p1[0] != p1[1] or _R84_LAST[0] != p1[0] or not _R84_LAST[1]:
        return {}
    if _R85_CONTACT.search(new) is None:
        lows = _r20_lows(text)  # "ze is mijn tante", "dat is m'n buurman": the name was kin after all
        if not (len(lows) <= 8 and lows and lows[0] in ("ze", "zij", "hij", "dat", "die", "dit")
                and any(lows[i] in ("mijn", "m'n", "onze", "je", "jouw", "zijn", "haar") and lows[i + 1] in _R85_KIN
                        for i in range(len(lows) - 1))):
            return {}
    return {i: "[naam]" for i in _R84_LAST[1]}


_R85_KIN = _R65_KIN | frozenset("""buurman buurvrouw buren vriend vriendin collega schoonmoeder schoonvader zwager
schoonzus nicht neef oom tante opa oma""".split())


for _name, _value in list(globals().items()):  # each lazy pattern knows its name (see _Lazy)
    if type(_value) is _Lazy:
        _value._name = _name
del _name, _value
