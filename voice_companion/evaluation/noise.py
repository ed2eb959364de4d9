"""A recognizer-like noise model on text, with a fixed seed.

What an offline recognizer (Vosk, small Dutch model: about 22-26 % word error
rate on clean read speech) does to a worker's words, imitated on text so that
whole calls and single lines can be scored at a known error rate:

1. The text is first written the way a recognizer returns it: lower case,
   punctuation removed (apostrophes kept: "zo'n", "'s nachts").
2. Each word, with probability `rate` (0.15, 0.25, 0.35 in the evaluations),
   gets exactly one of these errors:

   ======================  ======  ===================================================
   error                   weight  example
   ======================  ======  ===================================================
   drop the word           0.25    "ben je nu alleen" -> "ben je alleen"
   merge with the next     0.15    "de deurwaarder" -> "dedeurwaarder"
   split a long word       0.10    "woningcorporatie" -> "woning corporatie" (words of
                                   8 letters or more, cut at least 3 letters from
                                   either end; shorter words get a soundalike instead)
   Dutch soundalike        0.35    one of: ei<->ij, au<->ou, final d<->t, g<->ch,
                                   double<->single vowel (aa/a, ee/e, oo/o, uu/u),
                                   v<->f, z<->s, ie<->i, at one place in the word
   one-letter edit         0.15    a letter deleted, inserted or replaced at random
   ======================  ======  ===================================================

   A word with no soundalike gets a one-letter edit. Merging the last word, or
   dropping the only word left, becomes a soundalike instead, so a line never
   comes out empty. The rate is the share of the original words hit by an
   error (a merge counts as one error, on the first of the two words).
3. The random choices come from `random.Random` seeded with the string
   "seed|rate|text", so the same (seed, rate, text) always gives the same noisy
   text, in any process and on any machine (string seeds are hashed with
   SHA-512, not with Python's salted hash). Different seeds give independent
   variants; evaluations use seeds 1..N and average.

The model does not imitate everything a recognizer does: it does not insert
words, confuse whole words with other words, or change numbers; its errors are
independent per word, while a recognizer's come in bursts.
"""

from __future__ import annotations

import random
import re

from voice_companion.errors import UserError
from voice_companion.i18n import _
from voice_companion.script import ScriptLine

ERRORS = (("drop", 0.25), ("merge", 0.15), ("split", 0.10), ("soundalike", 0.35), ("edit", 0.15))
SPLIT_MIN = 8  # a word this long may be split (a compound)
LETTERS = "abcdefghijklmnopqrstuvwxyz"
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*'?|'[^\W_]+", re.UNICODE)

# Soundalike rules as (pattern, replacement); each is applied at one matching place.
_PAIRS = [("ei", "ij"), ("ij", "ei"), ("au", "ou"), ("ou", "au"), ("ch", "g"), ("v", "f"), ("f", "v"),
          ("z", "s"), ("s", "z"), ("ie", "i"), ("aa", "a"), ("ee", "e"), ("oo", "o"), ("uu", "u")]


def recognizer_text(text: str) -> list[str]:
    """The words as a recognizer writes them: lower case, no punctuation."""
    return _WORD.findall(text.lower())


def soundalikes(word: str) -> list[str]:
    """Every variant of `word` one Dutch soundalike rule away (each rule at each place)."""
    out: list[str] = []
    for src, dst in _PAIRS:
        start = word.find(src)
        while start != -1:
            # 'ie' -> 'i' only where it is the ie-sound, 's' <-> 'z' etc. anywhere
            out.append(word[:start] + dst + word[start + len(src):])
            start = word.find(src, start + 1)
    # g -> ch (not inside 'ch' or 'ng'), single vowel -> double, i -> ie
    for i, ch in enumerate(word):
        prev = word[i - 1] if i else ""
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if ch == "g" and prev != "n":
            out.append(word[:i] + "ch" + word[i + 1:])
        if ch in "aeou" and prev != ch and nxt != ch and prev not in "aeiou" and nxt and nxt not in "aeiou":
            out.append(word[:i] + ch + ch + word[i + 1:])
        if ch == "i" and prev not in "aeiou" and nxt not in "aeioj":
            out.append(word[:i] + "ie" + word[i + 1:])
    if word.endswith("d") and len(word) > 1:
        out.append(word[:-1] + "t")
    elif word.endswith("t") and len(word) > 1:
        out.append(word[:-1] + "d")
    return [w for w in dict.fromkeys(out) if w != word]


def letter_edit(word: str, rng: random.Random) -> str:
    """Delete, insert or replace one letter."""
    kind = rng.choice(("delete", "insert", "replace")) if len(word) > 1 else rng.choice(("insert", "replace"))
    i = rng.randrange(len(word))
    if kind == "delete":
        return word[:i] + word[i + 1:]
    letter = rng.choice(LETTERS)
    if kind == "insert":
        return word[:i] + letter + word[i:]
    if word[i] == letter:
        letter = LETTERS[(LETTERS.index(letter) + 1) % len(LETTERS)] if letter in LETTERS else "e"
    return word[:i] + letter + word[i + 1:]


def misspell(word: str, rng: random.Random) -> str:
    """A Dutch soundalike if the word has one, else a one-letter edit."""
    options = soundalikes(word)
    return rng.choice(options) if options else letter_edit(word, rng)


def _rng(text: str, rate: float, seed: int) -> random.Random:
    return random.Random(f"{seed}|{rate:.4f}|{text}")


def add_noise(text: str, rate: float, seed: int) -> str:
    """`text` as a recognizer might have heard it: about `rate` of its words garbled (see module doc)."""
    if not 0.0 <= rate <= 1.0:
        raise ValueError(f"noise rate {rate} is not between 0 and 1")
    words = recognizer_text(text)
    if rate == 0.0 or not words:
        return " ".join(words)
    rng = _rng(text, rate, seed)
    kinds = [k for k, _ in ERRORS]
    weights = [w for _, w in ERRORS]
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if rng.random() >= rate:
            out.append(word)
            i += 1
            continue
        kind = rng.choices(kinds, weights)[0]
        remaining = len(out) + len(words) - i - 1  # words left if this one is dropped
        if kind == "drop" and remaining == 0 or kind == "merge" and i + 1 >= len(words):
            kind = "soundalike"
        if kind == "split" and len(word) < SPLIT_MIN:
            kind = "soundalike"
        if kind == "drop":
            i += 1
            continue
        if kind == "merge":
            out.append(word + words[i + 1])
            i += 2
            continue
        if kind == "split":
            cut = rng.randrange(3, len(word) - 2)
            out.extend((word[:cut], word[cut:]))
        elif kind == "soundalike":
            out.append(misspell(word, rng))
        else:
            out.append(letter_edit(word, rng))
        i += 1
    return " ".join(w for w in out if w) or words[0]


def noisy_script(lines: list[ScriptLine], rate: float, seed: int) -> list[ScriptLine]:
    """A session script's utterances with recognizer noise (times and line numbers kept)."""
    if rate == 0.0:
        return list(lines)
    return [ScriptLine(line.number, line.t, add_noise(line.text, rate, seed)) for line in lines]


def parse_levels(value: str, option: str = "--noise") -> list[float]:
    """Noise levels from a command line ("0,15,25,35", "%" allowed), each once, in the order given."""
    levels = []
    for part in value.split(","):
        part = part.strip().rstrip("%")
        try:
            level = float(part)
        except ValueError:
            raise UserError(_("{option} '{value}': '{part}' is not a number; give percentages, e.g. {option} 0,15,25,35")
                            .format(option=option, value=value, part=part))
        if not 0 <= level < 100:
            raise UserError(_("{option} '{value}': {part} is not a percentage from 0 to 99; e.g. {option} 0,15,25,35")
                            .format(option=option, value=value, part=part))
        levels.append(level)
    return list(dict.fromkeys(levels))
