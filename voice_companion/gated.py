"""A long alternation of phrase patterns, searched branch by branch behind a literal gate.

Python's `re` tries every branch of `a|b|c|...` at every position of the text, so a pattern of sixty
phrase branches ("dat klinkt zwaar", "petje af", "wat een klap", ...) costs a sixth of a millisecond on a
worker's line while almost none of its branches can match: most need a word the line does not hold. Here
each top-level branch is compiled alone with the literal text it cannot match without (read from the
regex's own parse tree: "petje af", or any one of "dank je"/"bedankt"/...), and runs only when that
literal is in the text. `search` answers exactly as the whole pattern's `search` would, as a yes or no.
"""

from __future__ import annotations

import re

try:  # the parser `re` itself uses (public as sre_parse before Python 3.11)
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_LITERAL = _sre_constants.LITERAL
_SUBPATTERN = _sre_constants.SUBPATTERN
_BRANCH = _sre_constants.BRANCH
_REPEATS = (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT)


def top_branches(pattern: str) -> list[str]:
    """The pattern's top-level alternatives as source text (split at `|` outside any group or class)."""
    out, current, depth, i = [], [], 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            current.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[":
            end = pattern.index("]", i + 2 if pattern[i + 1:i + 2] in ("]", "^") else i + 1)
            current.append(pattern[i:end + 1])
            i = end + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            out.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    out.append("".join(current))
    return out


def _required(items) -> frozenset[str] | None:
    """Literal strings of which a match must hold at least one, or None when nothing is sure."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(gate: frozenset[str] | None) -> None:
        nonlocal best
        if gate and (best is None or min(map(len, gate)) > min(map(len, best))):
            best = gate

    for op, arg in items:
        if op is _LITERAL:
            run.append(chr(arg))
            continue
        if run:
            consider(frozenset(["".join(run)]))
            run = []
        if op is _SUBPATTERN:
            consider(_required(arg[-1]))
        elif op is _BRANCH:
            gates = [_required(alternative) for alternative in arg[1]]
            if all(gates):
                consider(frozenset().union(*gates))
        elif op in _REPEATS and arg[0] >= 1:
            consider(_required(arg[2]))
    if run:
        consider(frozenset(["".join(run)]))
    return best


class GatedPattern:
    """`search(text)` -> bool, as `bool(re.compile(pattern).search(text))`, faster on long alternations.

    A branch is compiled the first time its gate lets a text through (most never are in a session), so
    building one costs no more than compiling the whole pattern did: a start stays quick.
    """

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags
        self._sources = top_branches(pattern)
        self._gates = [None if flags & re.IGNORECASE else _required(_sre_parse.parse(source, flags))
                       for source in self._sources]
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self._sources)

    def search(self, text: str) -> bool:
        for i, gate in enumerate(self._gates):
            if gate is not None and not any(literal in text for literal in gate):
                continue
            branch = self._compiled[i]
            if branch is None:
                branch = self._compiled[i] = re.compile(self._sources[i], self.flags)
            if branch.search(text):
                return True
        return False
