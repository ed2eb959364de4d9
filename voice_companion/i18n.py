"""The language of what a worker or supervisor reads on stderr: gettext catalogs.

How to use it (every module may):

    from voice_companion.i18n import _

    raise UserError(_("{path}: no such file; give the session log").format(path=path))
    p.add_argument("--speed", help=_("playback speed"))

* Message ids are English, the code's language. Write a message that is built
  from values as `_("... {name} ...").format(name=...)`, never `_(f"...")`: the
  id must be a constant string so the catalogs can hold it.
* A constant defined at import time (a table, an option's description) is
  marked with `_N("...")` (no translation yet) and shown with `_(value)`.
* The catalogs are voice_companion/locale/nl.po (Dutch, the default) and
  en.po (English; an empty msgstr means the id itself). Another language is
  one more catalog, not a code change.
* After adding a `_()` message, add it to both catalogs: `python -m
  voice_companion.i18n` lists the ids that are missing (tests/test_i18n.py
  fails until they are there) and `python -m voice_companion.i18n --add`
  appends them with an empty msgstr, for you to translate in nl.po.
* tests/test_i18n_paths.py runs the commands' error paths and every --help with
  LANG=nl_NL.UTF-8 and fails on a line that is not a Dutch catalog message or
  still holds English words (and on Dutch with LANG=en_US.UTF-8): a message
  written without _() shows up there.

The language comes from the locale, as gettext reads it: $LANGUAGE, $LC_ALL,
$LC_MESSAGES, $LANG, first one set. `en_…` gives English; anything else (no
locale, C, nl_NL, a language without a catalog) gives Dutch, like the page and
the report.

Why .po only, no committed .mo: the .po is the one source of truth and it is
compiled in memory into the .mo format the standard library's
gettext.GNUTranslations reads, at first use (about a millisecond). Nothing to
forget to rebuild, nothing to write at run time (an installed package may be
read-only), and the same file works in a checkout, an editable install and a
wheel.
"""

from __future__ import annotations

import gettext
import io
import os
import struct
import sys
from functools import lru_cache
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")

# argparse's own words that a user sees (usage, errors, section titles), translated through our catalogs
ARGPARSE_MESSAGES = (
    "usage: ",
    "positional arguments",
    "options",
    "show this help message and exit",
    "show program's version number and exit",
    "argument %(argument_name)s: %(message)s",
    "unrecognized arguments: %s",
    "the following arguments are required: %s",
    "one of the arguments %s is required",
    "not allowed with argument %s",
    "expected one argument",
    "expected at most one argument",
    "expected at least one argument",
    "ambiguous option: %(option)s could match %(matches)s",
    "invalid %(type)s value: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "ignored explicit argument %r",
    "%(prog)s: error: %(message)s\n",
)
ARGPARSE_PLURALS = (("expected %s argument", "expected %s arguments"),)
# names that mark a message id: `_` translates now; `_N` (a module's own no-op) only marks a
# constant that is translated later with `_(value)`, e.g. in a table defined at import time
MARKERS = ("_", "_N")


def language() -> str:
    """The catalog to use: from $LANGUAGE, $LC_ALL, $LC_MESSAGES, $LANG (first one set)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").strip()
        if value:
            for part in value.split(":"):
                code = part.split(".")[0].split("@")[0].split("_")[0].lower()
                if code in LANGUAGES:
                    return code
            return DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def _unquote(token: str) -> str:
    """The text of a .po string: C-escaped, in double quotes."""
    if len(token) < 2 or token[0] != '"' or token[-1] != '"':
        raise ValueError(f"not a quoted string: {token!r}")
    if "\\" not in token:
        return token[1:-1]  # most strings have no escapes: no need to walk them (a quicker start)
    body, out, i = token[1:-1], [], 0
    while i < len(body):
        char = body[i]
        if char == "\\" and i + 1 < len(body):
            out.append(_ESCAPES.get(body[i + 1], "\\" + body[i + 1]))
            i += 2
        else:
            out.append(char)
            i += 1
    return "".join(out)


def parse_po(text: str) -> dict[str, str]:
    """msgid -> msgstr of a .po file (msgctxt and plurals as GNU gettext keys them)."""
    entries: dict[str, str] = {}
    fields: dict[str, str] = {}
    current: str | None = None

    def flush() -> None:
        if "msgid" in fields:
            key = fields["msgid"]
            if "msgctxt" in fields:
                key = fields["msgctxt"] + "\x04" + key
            if "msgid_plural" in fields:
                key = key + "\x00" + fields["msgid_plural"]
                forms = [fields[k] for k in sorted(f for f in fields if f.startswith("msgstr["))]
                entries[key] = "\x00".join(forms)
            else:
                entries[key] = fields.get("msgstr", "")
        fields.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            if not line and fields.get("msgstr") is not None:
                pass
            continue
        if line.startswith('"'):
            if current is None:
                raise ValueError(f"a string continues nothing: {raw!r}")
            fields[current] += _unquote(line)
            continue
        keyword, _, rest = line.partition(" ")
        if keyword in ("msgctxt", "msgid") and any(k.startswith("msgstr") for k in fields):
            flush()
        fields[keyword] = _unquote(rest.strip())
        current = keyword
    flush()
    return entries


def compile_mo(entries: dict[str, str]) -> bytes:
    """The GNU .mo bytes for these entries (what msgfmt writes), entries without a translation left out
    (a plural entry with every msgstr[n] empty too: gettext then falls back to the msgids)."""
    items = sorted((k, v) for k, v in entries.items() if v.replace("\x00", "") or k == "")
    ids = [k.encode("utf-8") for k, _v in items]
    strs = [v.encode("utf-8") for _k, v in items]
    count = len(items)
    header = 7 * 4
    ids_at = header
    strs_at = ids_at + count * 8
    data_at = strs_at + count * 8
    parts: list[bytes] = []  # the strings, each with its NUL, joined once (adding to one bytes was quadratic)
    offset = data_at
    id_table, str_table = [], []
    for table, strings in ((id_table, ids), (str_table, strs)):
        for s in strings:
            table.append((len(s), offset))
            parts.append(s + b"\0")
            offset += len(s) + 1
    out = struct.pack("<7I", 0x950412DE, 0, count, ids_at, strs_at, 0, 0)
    out += b"".join(struct.pack("<2I", *t) for t in id_table)
    out += b"".join(struct.pack("<2I", *t) for t in str_table)
    return out + b"".join(parts)


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / f"{lang}.po"


@lru_cache(maxsize=None)
def translation(lang: str) -> gettext.NullTranslations:
    try:
        entries = parse_po(catalog_path(lang).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return gettext.NullTranslations()  # a broken catalog must not stop the companion: English ids
    entries.setdefault("", "Content-Type: text/plain; charset=UTF-8\n")
    return gettext.GNUTranslations(io.BytesIO(compile_mo(entries)))


def _(message: str) -> str:
    """The message in the user's language."""
    return translation(language()).gettext(message)


def _N(message: str) -> str:
    """Mark a constant as a message id without translating it now (a table or option defined at import
    time); translate it where it is shown, with `_(value)`."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    return translation(language()).ngettext(singular, plural, n)


def install_argparse() -> None:
    """Let argparse's own words (usage, errors, titles) go through our catalogs."""
    import argparse

    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------
# Extraction: the message ids in the source, for the catalogs and the tests
# ---------------------------------------------------------------------------
def extract(paths: list[Path] | None = None) -> dict[str, str]:
    """msgid -> 'file:line' of every constant `_("...")` / `_N("...")` in the package (plus argparse's words)."""
    import ast

    root = Path(__file__).resolve().parent
    found: dict[str, str] = {m: "argparse" for m in ARGPARSE_MESSAGES}
    for singular, plural in ARGPARSE_PLURALS:
        found[singular + "\x00" + plural] = "argparse"
    for path in paths or sorted(root.rglob("*.py")):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except (SyntaxError, UnicodeDecodeError):
            continue
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            where = f"{path.relative_to(root.parent)}:{node.lineno}"
            if (node.func.id in MARKERS and len(node.args) == 1 and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.setdefault(node.args[0].value, where)
            elif (node.func.id == "ngettext" and len(node.args) == 3
                  and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])):
                found.setdefault(node.args[0].value + "\x00" + node.args[1].value, where)
    return found


def non_constant_calls(paths: list[Path] | None = None) -> list[str]:
    """'file:line' of `_()` calls whose argument is built (an f-string, a concatenation, a .format() call).

    A variable is allowed: it holds a constant marked elsewhere with `_N("...")`."""
    import ast

    root = Path(__file__).resolve().parent
    bad = []
    for path in paths or sorted(root.rglob("*.py")):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS
                    and (len(node.args) != 1 or isinstance(node.args[0], (ast.JoinedStr, ast.BinOp, ast.Call))
                         or (isinstance(node.args[0], ast.Constant) and not isinstance(node.args[0].value, str)))):
                bad.append(f"{path.relative_to(root.parent)}:{node.lineno}")
    return bad


def _po_string(s: str) -> str:
    escaped = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def missing(lang: str) -> dict[str, str]:
    have = parse_po(catalog_path(lang).read_text(encoding="utf-8")) if catalog_path(lang).exists() else {}
    return {m: where for m, where in extract().items() if m not in have}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    status = 0
    for lang in LANGUAGES:
        absent = missing(lang)
        if not absent:
            continue
        status = 1
        if "--add" in args:
            with catalog_path(lang).open("a", encoding="utf-8") as out:
                for message, where in absent.items():
                    if "\x00" in message:
                        singular, plural = message.split("\x00")
                        out.write(f"\n#: {where}\nmsgid {_po_string(singular)}\nmsgid_plural {_po_string(plural)}\n"
                                  'msgstr[0] ""\nmsgstr[1] ""\n')
                    else:
                        out.write(f"\n#: {where}\nmsgid {_po_string(message)}\nmsgstr \"\"\n")
            print(f"{catalog_path(lang)}: added {len(absent)} message(s); translate them", file=sys.stderr)
        else:
            for message, where in absent.items():
                print(f"{lang}.po lacks {message!r} ({where})")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
