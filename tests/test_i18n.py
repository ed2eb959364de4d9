"""One language for the people who use it: every message id in the source is in both
catalogs, Dutch is the default, LANG=en_… gives English, and each run speaks one language."""

from __future__ import annotations

import os
import re
import string
import subprocess
import sys

import pytest

from voice_companion import i18n

REPO = i18n.LOCALE_DIR.parents[1]


def _fields(message: str) -> set[str]:
    """The {name} and %(name)s / %s placeholders a message uses."""
    names = {f for _, f, _, _ in string.Formatter().parse(message) if f} if "{" in message else set()
    return names | set(re.findall(r"%(?:\(\w+\))?[sdrf]", message))


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_message_in_the_source_is_in_the_catalog(lang):
    catalog = i18n.parse_po(i18n.catalog_path(lang).read_text(encoding="utf-8"))
    absent = {m: where for m, where in i18n.extract().items() if m not in catalog}
    assert not absent, f"{lang}.po lacks (python -m voice_companion.i18n --add): {absent}"


def test_dutch_catalog_translates_every_message_with_the_same_placeholders():
    catalog = i18n.parse_po(i18n.catalog_path("nl").read_text(encoding="utf-8"))
    for message in i18n.extract():
        translated = catalog[message]
        assert translated.strip(), f"nl.po has no Dutch for {message!r}"
        for source, target in zip(message.split("\x00"), translated.split("\x00")):
            assert _fields(source) == _fields(target), (source, target)


def test_message_ids_are_constant_strings():
    assert not i18n.non_constant_calls(), "use _(\"... {name} ...\").format(name=...), not _(f\"...\")"


def test_compiled_catalog_is_what_gettext_reads():
    translation = i18n.translation("nl")
    assert translation.gettext("voice-companion: error: {message}") == "voice-companion: fout: {message}"
    assert translation.ngettext("expected %s argument", "expected %s arguments", 2) == "verwacht %s argumenten"
    assert i18n.translation("en").gettext("voice-companion: error: {message}") == "voice-companion: error: {message}"


def test_english_plurals_fall_back_to_the_message_ids():
    """en.po leaves msgstr[0] and msgstr[1] empty: ngettext must give the English ids, not an empty line."""
    english = i18n.translation("en")
    assert english.ngettext("{count} warning", "{count} warnings", 1) == "{count} warning"
    assert english.ngettext("{count} warning", "{count} warnings", 3) == "{count} warnings"
    assert english.ngettext("expected %s argument", "expected %s arguments", 2) == "expected %s arguments"
    assert i18n.translation("nl").ngettext("{count} warning", "{count} warnings", 3) != "{count} warnings"


@pytest.mark.parametrize("env, expected", [
    ({}, "nl"), ({"LANG": "C"}, "nl"), ({"LANG": "nl_NL.UTF-8"}, "nl"), ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "en_GB.UTF-8", "LC_ALL": "nl_BE.UTF-8"}, "nl"), ({"LANGUAGE": "en:nl", "LANG": "nl_NL.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "nl"),
])
def test_language_follows_the_locale(monkeypatch, env, expected):
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert i18n.language() == expected


def _cli(*args, lang, stdin=None):
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = lang
    return subprocess.run([sys.executable, "-m", "voice_companion", *args], input=stdin, capture_output=True,
                          text=True, cwd=REPO, env=env, timeout=60)


ENGLISH = re.compile(r"\b(error|warning|usage|options|the|is not|give|playback speed)\b")
DUTCH = re.compile(r"\b(fout|waarschuwing|gebruik|opties|het|geen|geef|afspeelsnelheid)\b")


@pytest.mark.parametrize("args", [("simulate", "--help"), ("demo", "--help"), ("report", "--help"), ("classify", "--help")])
def test_help_is_in_one_language(args):
    dutch = _cli(*args, lang="nl_NL.UTF-8")
    english = _cli(*args, lang="en_US.UTF-8")
    assert dutch.returncode == english.returncode == 0
    assert DUTCH.search(dutch.stdout) and "gebruik: " in dutch.stdout and "usage:" not in dutch.stdout
    assert "opties:" in dutch.stdout and "options:" not in dutch.stdout
    assert "usage: " in english.stdout and "options:" in english.stdout and not DUTCH.search(english.stdout)


@pytest.mark.parametrize("args, stdin", [
    (("simulate", "/geen/script.txt"), None),
    (("classify", "--bank", "/geen/bank.yaml"), "hallo\n"),
    (("demo", "--speed", "-3"), None),
    (("report",), None),
])
def test_errors_are_one_line_in_the_locale_language(args, stdin):
    for lang, word in (("nl_NL.UTF-8", "fout"), ("en_US.UTF-8", "error")):
        result = _cli(*args, lang=lang, stdin=stdin)
        assert result.returncode == 2, result.stderr
        assert result.stderr.endswith("\n") and result.stderr.count("\n") == 1, result.stderr
        assert f": {word}: " in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
