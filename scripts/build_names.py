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
    quotes = '"' * 3
    licence = licence.strip().replace(quotes, "'" * 3)
    header = (quotes + "More Dutch first names for redaction (written by scripts/build_names.py; do not edit by hand).\n\n"
              f"From {source}: the nl_NL first names of Faker, less those that are ordinary Dutch words\n"
              "in the OpenTaal word list (wdutch) and those already in spoken.FIRST_NAMES.\n"
              f"{len(keep)} names. Faker's licence:\n\n{licence}\n{quotes}\n\n")
    OUT.write_text(header + f"FIRST_NAMES_MORE = frozenset({quotes}\n{body}\n{quotes}.split())\n", encoding="utf-8")
    print(f"{len(keep)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
