"""A worker's question as a recognizer may have garbled it.

Without a question mark, a question shows only in its word order: the verb first, then "je" or "u" ("heb je",
"denkt u"), or an announcement ("mag ik u iets vragen"). A recognizer breaks exactly those short words: "heeb j",
"deenkt bu", "mag it u iets vrachen", "ikvraag het je". When such a line names a crisis, reading it as a statement
makes the worker's own screening question a confirmed crisis. So where a line names a crisis, the tracker asks this
module as well: is this, by its sound, the verb-first shape of a question? It is never used to pick a technique (a
statement read as a question there would cost more than it gains).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from voice_companion.crisis import fold_sound, ordinary_folded
from voice_companion.form import ECHO_LEAD, INVERTED_VERBS, LEAD_FILLERS, NOT_INVERTING

_MORE_VERBS = frozenset("hebt heeft denkt bent kunt wilt voelt speelt komt komen zijn".split())
_SUBJECT_WORDS = "je jij jou u er ze zij jullie"
# Short words that may follow a verb in a statement whose subject the recognizer dropped ("[ik] heb de brief").
_NOT_SUBJECT_WORDS = "de het een al nog wel niet ook dat dit die dan nu zo te om op in aan af uit bij met van voor " \
                     "naar toe me mij we en of is"
# Where a new clause starts: after an announcement ("... vragen"), an idiom's end ("recht op de man af"), "en", "of".
_OPENER_WORDS = "en of af"
_ASK = "fragen"  # "vragen", sound-folded
_SOMETHING = frozenset("iets its iet ies wat".split())
# On sound-folded words: "speelt zelfdoding door uw hoofd", the verb first with the idiom, a question whatever the
# subject; "mag ik u ...", with a letter off ("mag it u", "mag ik its vragen"); "heeft uweleens gedachten" (the
# tracker's GENERIC_FOLDED has the announcements said to everyone: "ik vraag het ...", "sommige mensen ...").
_THROUGH_HEAD = r"^(?:\w+ ){0,2}(?:spelt|spokt|gat|spelen|spoken) .*\bdor (?:je|u|uw) hoft\b"
# "(mevrouw) denkt u er weleens aan ...", verb first with its subject lost ("denkt er weleens an om ..."), after
# locked51's run;
# "vraag ik het even rechtstreeks ...": the worker announces the direct question (after locked48's run, where the
# question's own "heeft u" was lost to noise and the line read as the caller's disclosure)
_ANNOUNCED = r"\bmag i\w? (?:je|u|j)\b|\bmag i\w? (?:iets|its|iet|ies|wat)\b|\w*welens (?:\w+ )?gedagte" \
             r"|(?:^|\b(?:mefrouw|mefrou|mener|en|of)\s)denk\w? (?:\w{1,2} )?er welens\b" \
             r"|\bfrag i\w? (?:het|et|t|he) (?:\w+ )?(?:regt|regtstreks|direkt|erleik|gewon|efen|maar)\b"


@lru_cache(maxsize=1)
def _patterns() -> re.Pattern:
    return re.compile(_ANNOUNCED + "|" + _THROUGH_HEAD)


@lru_cache(maxsize=1)
def _folded() -> tuple[frozenset, tuple, frozenset, frozenset, frozenset, frozenset]:
    """The word sets as the matcher hears them, built on first use (a line that names a crisis), not at start."""
    verbs = frozenset(fold_sound(v) for v in INVERTED_VERBS - NOT_INVERTING | _MORE_VERBS)
    fold = lambda words: frozenset(fold_sound(w) for w in words.split())  # noqa: E731
    return (verbs, tuple(v for v in verbs if len(v) >= 4), fold(_SUBJECT_WORDS), fold(_NOT_SUBJECT_WORDS),
            fold(_OPENER_WORDS), fold(" ".join(LEAD_FILLERS) + " eh uh mevrouw meneer"))


def asks_through_noise(norm: str) -> bool:
    """Is this line, read by its sound, a question the recognizer garbled ("heeb j nog stroom", "deenk je eraan")?"""
    words = [fold_sound(w) for w in norm.split()]
    if not words or words[0] == "dus" or ECHO_LEAD.match(norm):
        return False  # "dus ...", "als ik het goed heb ...": the caller's story given back, whatever its word order
    text = " ".join(words)
    if _patterns().search(text):
        return True
    _, _, subjects, _, openers, lead = _folded()
    start = 0
    while start < len(words) - 1 and words[start] in lead:
        start += 1
    for i in range(start, len(words) - 1):
        if i > start and not (words[i - 1] in openers or _asks(words[i - 1])):
            continue
        if _verb_like(words[i]) and _subject_like(words[i + 1]):
            return True
    # "..., bedoelt u dat u ...": the worker's clarifying question in the middle of a line, with its subject misheard
    # ("bedoeld u", "bedoelt udat", "bedoelt r dat"; after locked53's run); not "ik bedoel je ..." or "wat je bedoelt"
    for i in range(start + 1, len(words) - 1):
        if _clarifies(words[i]) and words[i - 1] not in _NOT_BEFORE_CLARIFY and (
                _subject_like(words[i + 1]) or words[i + 1] in _SUBJECT_DAT
                or (len(words[i + 1]) <= 2 and i + 2 < len(words) and words[i + 2] == "dat")):
            return True
    # "... u iets hragen": the announcement with its verb misheard ("je iets vragen", "u wat vragen"), the question
    # after it (not "je kunt hulp vragen": the worker's advice)
    return any(_asks(w) and any(words[j] in subjects and words[j + 1] in _SOMETHING for j in range(max(0, k - 3), k - 1))
               for k, w in enumerate(words) if k + 1 < len(words))


_CLARIFY = ("bedoelt", "bedoel")  # sound-folded as fold_sound leaves them
_NOT_BEFORE_CLARIFY = frozenset("ik je jij wat dat we ze hij zij".split())
_SUBJECT_DAT = frozenset("udat jedat jdat".split())


def _clarifies(word: str) -> bool:
    """"bedoelt", also with a letter off ("beedoelt", "bedoeld")."""
    return word in _CLARIFY or (len(word) >= 6 and Levenshtein.distance(word, "bedoelt", score_cutoff=1) <= 1)


@lru_cache(maxsize=4096)
def _verb_like(word: str) -> bool:
    verbs, long_verbs = _folded()[:2]
    if word in verbs:
        return True
    if len(word) < 4 or word in ordinary_folded():
        return False
    return any(Levenshtein.distance(word, v, score_cutoff=1) <= 1 for v in long_verbs)


def _subject_like(word: str) -> bool:
    _, _, subjects, not_subjects = _folded()[:4]
    if word in subjects:
        return True
    if word in not_subjects or not word.isalpha():
        return False
    # a "je" or "u" with a letter off ("j", "ju", "su", "bu"), an "er" likewise ("elr")
    return (len(word) <= 2 and ("u" in word or "j" in word)) or (len(word) <= 3 and Levenshtein.distance(word, "er") <= 1)



def _asks(word: str) -> bool:
    """"vragen", also with a letter or two off ("hragen", "vrachen")."""
    return word == _ASK or (len(word) >= 5 and word not in ordinary_folded()
                            and Levenshtein.distance(word, _ASK, score_cutoff=2) <= 2)
