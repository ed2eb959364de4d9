"""One language on the error paths: the main commands run with LANG=nl_NL.UTF-8 on bad input, and every
line they print on stderr (and on stdout where that is a message, not call content) must be Dutch from
the catalogs.

A line passes when (1) it is a Dutch catalog message (an nl.po msgstr whose msgid en.po also holds, its
placeholders filled in), as it stands or once the standard prefix ("voice-companion: fout: ") is taken
off, and (2) no English word is left in it outside quotes, paths and option names. With LANG=en_US.UTF-8
the same runs must not speak Dutch. Also: every command's --help, annotated-script mistakes (the evaluator)
and the evaluator's noise option. Real subprocess runs in a throw-away HOME; about 25 s on 2 busy cores.
"""

from __future__ import annotations

import os
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

from voice_companion import i18n

REPO = i18n.LOCALE_DIR.parents[1]

# English words that are not also Dutch words ("is", "in", "of", "over", "model", "log" are both)
ENGLISH_WORDS = re.compile(
    r"\b(the|a|an|and|or|not|no|such|give|cannot|can|could|must|should|file|files|folder|error|warning|with|to|for"
    r"|from|expected|unknown|missing|use|run|found|only|this|that|which|when|empty|there|does|has|have|are"
    r"|will|be|by|at|on|it|its|yet|nothing|removed|written|would|session|sessions|device|devices|line|lines"
    r"|installed|usable|write|read|choose|check|see|seems|known|number|older|than|kept|left|alone|days|hours"
    r"|dry|wrong|set|writes|started|notes|reports|without|every|first|second|name|named|here|one|path)\b",
    re.IGNORECASE)
# what a message may quote verbatim: '...', "...", paths, --options, file:line, key=value
VERBATIM = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|`[^`]*`|\S*/\S*|(?<!\w)--?[\w-]+|\S+\.(?:yaml|jsonl|txt|wav|toml|html|zip)\b"
                      r"|\$\w+|\w+=\S*|\b[\w.-]+\.py\b")
DUTCH_WORDS = re.compile(r"\b(fout|waarschuwing|geen|geef|bestaat|niet|kan|moet|gebruik|bestand|map|regel|"
                         r"sessie|sessies|verwijderd|vragenbank|bekend|onbekend)\b", re.IGNORECASE)
PREFIXES = ("voice-companion: fout: ", "voice-companion: waarschuwing: ", "voice-companion: storing: ")


def _templates() -> list[re.Pattern]:
    """A regex per Dutch message whose id is in both catalogs; placeholders match any text."""
    nl = i18n.parse_po(i18n.catalog_path("nl").read_text(encoding="utf-8"))
    en = i18n.parse_po(i18n.catalog_path("en").read_text(encoding="utf-8"))
    patterns = []
    for msgid, msgstr in nl.items():
        if not msgid or msgid not in en or "\x00" in msgid or not msgstr.strip():
            continue
        msgstr = next((msgstr[len(p):] for p in PREFIXES if msgstr.startswith(p)), msgstr)
        try:
            parts = list(string.Formatter().parse(msgstr)) if "{" in msgstr else [(msgstr, None, None, None)]
        except ValueError:
            parts = [(msgstr, None, None, None)]
        literal = "".join(p[0] for p in parts)
        if not re.search(r"[^\W\d_]{4,}", literal):
            continue  # "{path}: {error}" says nothing by itself
        regex = "".join(re.escape(text) + ("(.*?)" if field is not None else "") for text, field, _s, _c in parts)
        regex = re.sub(r"%(?:\\\(\w+\\\))?[sdr]", "(.*?)", regex)  # argparse's %(name)s and %s
        patterns.append(re.compile(r"\s*" + regex + r"\s*", re.DOTALL))
    return patterns


TEMPLATES = _templates()


def _english_left(line: str) -> list[str]:
    return ENGLISH_WORDS.findall(VERBATIM.sub(" ", line))


def _problems(line: str) -> list[str]:
    line = line.strip()
    if not line:
        return []
    bare = next((line[len(p):] for p in PREFIXES if line.startswith(p)), line)
    found = []
    if not any(t.fullmatch(line) or t.fullmatch(bare) for t in TEMPLATES):
        found.append("not a message of both catalogs")
    english = _english_left(bare)
    if english:
        found.append(f"English words {sorted(set(english))}")
    return found


def _env(home: Path, lang: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("VOICE_COMPANION", "LC_", "LANGUAGE"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), LANG=lang, VOICE_COMPANION_CONFIG=str(home / "geen.toml"))
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def place(tmp_path_factory):
    """A throw-away HOME with the inputs the cases need: a call, its log, a broken bank, a broken config."""
    home = tmp_path_factory.mktemp("thuis")
    (home / "gesprek.txt").write_text("00:00 goedenavond, met de nachtlijn\n00:20 hoe houd je het vol\n",
                                      encoding="utf-8")
    (home / "kapot.txt").write_text("00:00 goedenavond\ndit is geen regel\n", encoding="utf-8")
    (home / "leeg").mkdir()
    log = home / "gesprek.jsonl"
    run = subprocess.run([sys.executable, "-m", "voice_companion", "simulate", str(home / "gesprek.txt"), "--log",
                          str(log)], capture_output=True, text=True, cwd=home, env=_env(home, "nl_NL.UTF-8"),
                         timeout=60)
    assert run.returncode == 0, run.stderr
    import yaml

    bank = yaml.safe_load((REPO / "prompts" / "nl.yaml").read_text(encoding="utf-8"))
    bank["questions"][0]["technique"] = "zomaar"
    bank["questions"][1]["id"] = "Geen Id"
    del bank["crises"]["suicide"]["guidance"]
    (home / "kapot.yaml").write_text(yaml.safe_dump(bank, allow_unicode=True), encoding="utf-8")
    (home / "kapot.toml").write_text('retention_days = "veel"\nonbekend = 1\n', encoding="utf-8")
    (home / "geen-wav.wav").write_bytes(b"dit is geen geluid")
    (home / "geen-log.jsonl").write_text('{"hallo": 1}\n', encoding="utf-8")
    (home / "open.jsonl").write_bytes(log.read_bytes())
    (home / "open.jsonl").chmod(0o644)  # a copy others can read: replay warns
    (home / "versleuteld.toml").write_text("encrypt_logs = true\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "voice_companion", "simulate", str(home / "gesprek.txt"), "--log",
                          str(home / "versleuteld.jsonl")], capture_output=True, text=True, cwd=home, timeout=60,
                         env=_env(home, "nl_NL.UTF-8", VOICE_COMPANION_CONFIG=str(home / "versleuteld.toml"),
                                  VOICE_COMPANION_PASSPHRASE="een goede wachtwoordzin"))
    assert run.returncode == 0 and (home / "versleuteld.jsonl.enc").is_file(), run.stderr
    return home


# (name, arguments, stdin, extra environment); {home} is the throw-away HOME
CASES = [
    ("simulate: no script", ["simulate", "{home}/weg.txt"], None, {}),
    ("simulate: a folder", ["simulate", "{home}/leeg"], None, {}),
    ("simulate: a bad line", ["simulate", "{home}/kapot.txt"], None, {}),
    ("simulate: log under a file", ["simulate", "{home}/gesprek.txt", "--log", "{home}/gesprek.txt/x.jsonl"], None, {}),
    ("simulate: log is a folder", ["simulate", "{home}/gesprek.txt", "--log", "{home}/leeg"], None, {}),
    ("simulate: log exists", ["simulate", "{home}/gesprek.txt", "--log", "{home}/gesprek.jsonl"], None, {}),
    ("simulate: a full disk", ["simulate", "{home}/gesprek.txt", "--log", "/dev/full"], None, {}),
    ("demo: negative speed", ["demo", "--speed", "-3"], None, {}),
    ("demo: speed not a number", ["demo", "--speed", "snel"], None, {}),
    ("demo: a headset that is not there", ["demo", "--speed", "0", "--output-device", "Jabra"], None, {}),
    ("classify: no bank", ["classify", "--bank", "{home}/weg.yaml"], "hallo\n", {}),
    ("classify: broken bank", ["classify", "--bank", "{home}/kapot.yaml"], "hallo\n", {}),
    ("bank check: broken bank", ["bank", "check", "{home}/kapot.yaml"], None, {}),
    ("bank path: missing bank", ["bank", "path"], None, {"VOICE_COMPANION_BANK": "{home}/weg.yaml"}),
    ("lookup: an empty query", ["lookup", " "], None, {}),
    ("replay: no log", ["replay", "{home}/weg.jsonl"], None, {}),
    ("replay: not a session log", ["replay", "{home}/geen-log.jsonl"], None, {}),
    ("replay: a log others can read", ["replay", "{home}/open.jsonl", "--speed", "0"], None, {}),
    ("replay: encrypted, no passphrase", ["replay", "{home}/versleuteld.jsonl.enc", "--speed", "0"], None, {}),
    ("replay: encrypted, wrong passphrase", ["replay", "{home}/versleuteld.jsonl.enc", "--speed", "0"], None,
     {"VOICE_COMPANION_PASSPHRASE": "een verkeerde wachtwoordzin"}),
    ("report: no log", ["report", "{home}/weg.jsonl"], None, {}),
    ("report: onto its own log", ["report", "{home}/gesprek.jsonl", "-o", "{home}/gesprek.jsonl"], None, {}),
    ("report: empty folder", ["report", "{home}/leeg", "-o", "{home}/trends.html"], None, {}),
    ("report: onto a file it did not write", ["report", "{home}/gesprek.jsonl", "-o", "{home}/gesprek.txt"], None, {}),
    ("note: bad time", ["note", "{home}/gesprek.jsonl", "--at", "99:99", "goed gedaan"], None, {}),
    ("note: a note is stored", ["note", "{home}/gesprek.jsonl", "--at", "00:10", "goed gedaan"], None, {}),
    ("note: safety for an unknown crisis", ["note", "{home}/gesprek.jsonl", "--safety-at", "00:10", "--crisis", "zomaar"],
     None, {}),
    ("models check: no folder", ["models", "check", "{home}/geen-model"], None, {}),
    ("models check: empty folder", ["models", "check", "{home}/leeg"], None, {}),
    ("models path: none installed", ["models", "path"], None, {}),
    ("models install: unknown name", ["models", "install", "zomaar"], None, {}),
    ("purge: bad duration", ["purge", "--older-than", "lang"], None, {}),
    ("purge: nothing yet", ["purge", "--older-than", "30d", "--dry-run"], None, {}),
    ("purge: a folder", ["purge", "--older-than", "30d", "--dry-run", "--dir", "{home}/leeg"], None, {}),
    ("config check: broken config", ["config", "check"], None, {"VOICE_COMPANION_CONFIG": "{home}/kapot.toml"}),
    ("listen: no recording", ["listen", "--input", "{home}/weg.wav"], None, {}),
    ("listen: not a WAV file", ["listen", "--input", "{home}/geen-wav.wav"], None, {}),
    ("listen: a headset that is not there", ["listen", "--input", "{home}/geen-wav.wav", "--output-device", "Jabra"],
     None, {}),
    ("an unknown option", ["simulate", "--zomaar"], None, {}),
    ("an unknown command", ["zomaar"], None, {}),
]
# cases whose stdout is a message too (elsewhere stdout is call content: the bank's questions, a transcript)
STDOUT_IS_A_MESSAGE = {"purge: nothing yet", "purge: a folder", "models check: no folder", "models check: empty folder",
                       "note: a note is stored"}


def _run(home: Path, args: list[str], stdin: str | None, extra: dict[str, str], lang: str):
    args = [a.format(home=home) for a in args]
    extra = {k: v.format(home=home) for k, v in extra.items()}
    return subprocess.run([sys.executable, "-m", "voice_companion", *args], input=stdin, capture_output=True,
                          text=True, cwd=home, env=_env(home, lang, **extra), timeout=60)


@pytest.mark.parametrize("name, args, stdin, extra", CASES, ids=[c[0] for c in CASES])
def test_error_paths_speak_dutch_from_the_catalogs(place, name, args, stdin, extra):
    result = _run(place, args, stdin, extra, "nl_NL.UTF-8")
    assert "Traceback" not in result.stderr, result.stderr
    said = result.stderr + (result.stdout if name in STDOUT_IS_A_MESSAGE else "")
    lines = [line for line in said.splitlines() if line.strip()]
    assert lines, f"{name}: nothing said"
    bad = {line: why for line in lines if (why := _problems(line))}
    assert not bad, f"{name} (exit {result.returncode}):\n" + "\n".join(f"  {line!r}: {why}" for line, why in bad.items())


@pytest.mark.parametrize("name, args, stdin, extra", CASES[::3], ids=[c[0] for c in CASES[::3]])
def test_the_same_paths_speak_english_with_an_english_locale(place, name, args, stdin, extra):
    result = _run(place, args, stdin, extra, "en_US.UTF-8")
    said = VERBATIM.sub(" ", result.stderr + (result.stdout if name in STDOUT_IS_A_MESSAGE else ""))
    assert not DUTCH_WORDS.search(said), f"{name}: Dutch in an English run: {result.stderr + result.stdout!r}"


def test_the_check_itself_catches_english_and_unknown_lines():
    assert _problems("voice-companion: fout: /tmp/x.txt: no such file; give the session script")
    assert _problems("voice-companion: fout: dit staat in geen enkele catalogus")
    assert not _problems("voice-companion: fout: /tmp/weg.yaml: deze vragenbank bestaat niet; "
                         "geef een YAML-bestand zoals prompts/nl.yaml")


ANNOTATED_MISTAKES = [
    b"00:00 goedenavond\n",  # no register header
    b"#: register je\n00:00 goedenavond\n",  # no crisis header
    b"#: register jij\n#: crisis none\n00:00 goedenavond\n",
    b"#: register je\n#: crisis suicidaal\n00:00 goedenavond\n",
    b"#: register je\n#: crisis none\n#: kleur blauw\n00:00 goedenavond\n",
    b"#: register je\n#: crisis none\n00:00 goedenavond\n#= welkom -\n",
    b"#: register je\n#: crisis none\n00:00 goedenavond\n#= welcome\n",
    b"#: register je\n#: crisis none\n00:00 goedenavond\n#! crisis suicide\n",
    b"#: register je\n#: crisis none\n00:00 goedenavond\n#> coping scaling\n",
    b"#: register je\n#: crisis none\n#= welcome -\n00:00 goedenavond\n",
]


@pytest.mark.parametrize("data", ANNOTATED_MISTAKES)
def test_annotated_script_mistakes_speak_dutch_from_the_catalogs(monkeypatch, data):
    """What the evaluator tells the supervisor who wrote an annotated call."""
    from voice_companion.errors import UserError
    from voice_companion.evaluation.annotated import parse_annotated

    monkeypatch.setenv("LANGUAGE", "nl")
    with pytest.raises(UserError) as caught:
        parse_annotated(data, "gesprek.txt")
    assert not _problems(str(caught.value)), str(caught.value)
    monkeypatch.setenv("LANGUAGE", "en")
    with pytest.raises(UserError) as english:
        parse_annotated(data, "gesprek.txt")
    assert not DUTCH_WORDS.search(VERBATIM.sub(" ", str(english.value))), str(english.value)


@pytest.mark.parametrize("value", ["veel", "150"])
def test_evaluator_noise_option_speaks_dutch(monkeypatch, value):
    from voice_companion.errors import UserError
    from voice_companion.evaluation.noise import parse_levels

    monkeypatch.setenv("LANGUAGE", "nl")
    with pytest.raises(UserError) as caught:
        parse_levels(value)
    assert not _problems(str(caught.value)), str(caught.value)


COMMANDS = [[], ["demo"], ["classify"], ["simulate"], ["lookup"], ["bank"], ["bank", "check"], ["bank", "path"],
            ["listen"], ["models"], ["models", "list"], ["models", "install"], ["models", "check"], ["models", "path"],
            ["devices"], ["replay"], ["report"], ["note"], ["purge"], ["config"], ["config", "show"],
            ["config", "check"], ["config", "path"]]
COMMAND_WORDS = re.compile(r"\b(demo|classify|simulate|lookup|bank|listen|models|devices|replay|report|note|purge"
                           r"|config|check|path|list|install|show)\b")


def test_every_help_text_is_dutch(place):
    """The help of every command and subcommand, one line per option (no wrapping), without English words."""
    english = {}
    for command in COMMANDS:
        result = subprocess.run([sys.executable, "-m", "voice_companion", *command, "--help"], capture_output=True,
                                text=True, cwd=place, env=_env(place, "nl_NL.UTF-8", COLUMNS="400"), timeout=60)
        assert result.returncode == 0, result.stderr
        assert "gebruik: " in result.stdout and "usage:" not in result.stdout
        for line in result.stdout.splitlines():
            words = _english_left(COMMAND_WORDS.sub(" ", line))
            if words:
                english[f"{' '.join(command) or '(voice-companion)'}: {line.strip()}"] = words
    assert not english, "\n".join(f"{line!r}: {words}" for line, words in english.items())
