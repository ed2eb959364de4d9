"""Install as a user does: build the wheel, install it (not editable) into a
fresh venv, and run every command that needs the bank from a folder outside
the checkout.

Offline and fast: the wheel is built with the project's own setuptools
(`pip wheel --no-deps --no-build-isolation`) from a copy of the source, and the
fresh venv borrows the project venv's dependencies through a path file (only
the folder goes on sys.path; its editable-install hooks are not run, so
`voice_companion` can only come from the wheel).
"""

from __future__ import annotations

import json
import re
import os
import shutil
import subprocess
import sys
import sysconfig
import time
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SOURCE_IGNORE = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__",
                                       ".pytest_cache", ".hypothesis", "tests", "models", ".cache", "scripts")

LINES = "hoe houd je het vol\nals 10 rust is en 0 chaos, waar sta je nu\n"
SCRIPT = """00:00 goedenavond, met de nachtlijn, hoe kan ik helpen
00:20 hoe houd je het vol
00:45 als 10 rust is en 0 chaos, waar sta je nu
01:10 wat zou je morgen als eerste kunnen doen
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(bin folder of a fresh venv with the wheel installed, seconds it took, wheel path)."""
    started = time.monotonic()
    root = tmp_path_factory.mktemp("install")
    src = root / "src"
    shutil.copytree(REPO, src, ignore=SOURCE_IGNORE)
    dist = root / "dist"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                            "--disable-pip-version-check", "--no-index", "-q", "-w", str(dist), str(src)],
                           capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr[-3000:]
    (wheel,) = dist.glob("voice_companion-*.whl")

    env_dir = root / "venv"
    venv.EnvBuilder(with_pip=False, symlinks=True).create(env_dir)
    site = Path(subprocess.run([str(env_dir / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # the project's dependencies without the network: its site-packages as a plain path entry
    (site / "_project_deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    pip = subprocess.run([sys.executable, "-m", "pip", "--python", str(env_dir / "bin" / "python"), "install",
                          "--no-deps", "--no-index", "--disable-pip-version-check", "-q", str(wheel)],
                         capture_output=True, text=True, timeout=300)
    assert pip.returncode == 0, pip.stderr[-3000:]
    return env_dir / "bin", time.monotonic() - started, wheel


def _run(bin_dir: Path, cwd: Path, *args: str, stdin: str | None = None, lang: str = "nl_NL.UTF-8",
         timeout: float = 120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("VOICE_COMPANION", "PYTHON", "LC_", "LANGUAGE", "VIRTUAL_ENV"))}
    env.update(HOME=str(cwd), XDG_DATA_HOME=str(cwd / "data"), XDG_CONFIG_HOME=str(cwd / "config"),
               XDG_CACHE_HOME=str(cwd / "cache"), LANG=lang, PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}")
    return subprocess.run([str(bin_dir / "voice-companion"), *args], input=stdin, capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=timeout)


def test_wheel_carries_the_bank_catalogs_demo_and_page(installed):
    _, _, wheel = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("voice_companion/prompts/nl.yaml", "voice_companion/data/demo-session.txt",
                 "voice_companion/live/static/index.html", "voice_companion/locale/nl.po",
                 "voice_companion/locale/en.po"):
        assert name in names, name
    for extra in sorted(p.name for p in (REPO / "prompts").iterdir() if p.suffix in (".yaml", ".json", ".npz")):
        assert f"voice_companion/prompts/{extra}" in names, extra
    assert not any(n.startswith(("prompts/", "tests/")) for n in names)


def test_installed_wheel_runs_every_command_outside_the_checkout(installed, tmp_path):
    bin_dir, seconds, _ = installed
    work = tmp_path / "elsewhere"
    work.mkdir()

    where = _run(bin_dir, work, "bank", "path")
    assert where.returncode == 0, where.stderr
    bank = Path(where.stdout.splitlines()[0])
    assert bank.name == "nl.yaml" and REPO not in bank.parents and "site-packages" in bank.parts
    assert "pakket" in where.stdout  # the reason, in Dutch by default

    check = _run(bin_dir, work, "bank", "check")
    assert check.returncode == 0, check.stderr
    assert str(bank) in check.stdout and "in orde" in check.stdout

    classify = _run(bin_dir, work, "classify", stdin=LINES)
    assert classify.returncode == 0, classify.stderr
    results = [json.loads(line) for line in classify.stdout.splitlines()]
    assert [r["technique"] for r in results] == ["coping", "scaling"]

    script = work / "call.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    log = work / "call.jsonl"
    simulate = _run(bin_dir, work, "simulate", str(script), "--log", str(log))
    assert simulate.returncode == 0, simulate.stderr
    events = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert events[0]["type"] == "session_start" and events[-1]["type"] == "session_end"
    assert sum(e["type"] == "utterance" for e in events) == 4

    demo_log = work / "demo.jsonl"
    demo = _run(bin_dir, work, "demo", "--speed", "0", "--log", str(demo_log))
    assert demo.returncode == 0, demo.stderr
    demo_events = [json.loads(line) for line in demo_log.read_text(encoding="utf-8").splitlines()]
    assert any(e["type"] == "suggestion" for e in demo_events)

    report = _run(bin_dir, work, "report", str(log), "-o", str(work / "report.html"))
    assert report.returncode == 0, report.stderr
    html = (work / "report.html").read_text(encoding="utf-8")
    assert "<html" in html.lower() and "hoe houd je het vol" in html

    assert not list(work.glob("**/prompts"))  # nothing borrowed from or copied into the working folder
    print(f"\ninstall (build wheel, fresh venv, install): {seconds:.1f} s")


def test_installed_errors_are_one_line_in_the_locale_language(installed, tmp_path):
    bin_dir, _, _ = installed
    for lang, word in (("nl_NL.UTF-8", "fout"), ("en_US.UTF-8", "error")):
        missing = _run(bin_dir, tmp_path, "classify", "--bank", str(tmp_path / "geen.yaml"), stdin="hallo\n", lang=lang)
        assert missing.returncode == 2
        assert missing.stderr.endswith("\n") and missing.stderr.count("\n") == 1, missing.stderr
        assert missing.stderr.startswith(f"voice-companion: {word}: ")
        assert "Traceback" not in missing.stderr


def test_sdist_carries_what_a_wheel_is_built_from(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(REPO, src, ignore=SOURCE_IGNORE)
    built = subprocess.run([sys.executable, "-c", "import sys; from setuptools import build_meta as b; "
                            "print(b.build_sdist(sys.argv[1]))", str(tmp_path / "sdist")],
                           capture_output=True, text=True, cwd=src, timeout=120)
    assert built.returncode == 0, built.stderr[-3000:]
    import tarfile

    with tarfile.open(tmp_path / "sdist" / built.stdout.split()[-1]) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for name in ("setup.py", "prompts/nl.yaml", "voice_companion/locale/nl.po", "voice_companion/locale/en.po",
                 "docs/session-log.md", "docs/method.md", "voice_companion/data/demo-session.txt",
                 "voice_companion/live/static/index.html"):
        assert name in names, name


def test_readme_links_stay_inside_the_project():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "../" not in readme
    links = re.findall(r"\]\(([^)#]+)\)", readme)
    assert "docs/session-log.md" in links and "docs/method.md" in links
    for link in links:
        if "://" not in link:
            assert (REPO / link).exists(), link


def test_bank_is_found_by_option_env_config_checkout_then_package(tmp_path, monkeypatch):
    from voice_companion import bank as bank_module

    monkeypatch.delenv("VOICE_COMPANION_BANK", raising=False)
    monkeypatch.setenv("VOICE_COMPANION_CONFIG", str(tmp_path / "none.toml"))
    assert bank_module.bank_source() == (REPO / "prompts" / "nl.yaml", "checkout")

    config = tmp_path / "config.toml"
    config.write_text('bank = "banks/mijn.yaml"\n', encoding="utf-8")
    monkeypatch.setenv("VOICE_COMPANION_CONFIG", str(config))
    assert bank_module.bank_source() == (tmp_path / "banks" / "mijn.yaml", "config")

    monkeypatch.setenv("VOICE_COMPANION_BANK", str(tmp_path / "env.yaml"))
    assert bank_module.bank_source() == (tmp_path / "env.yaml", "env")
    assert bank_module.bank_source(tmp_path / "given.yaml") == (tmp_path / "given.yaml", "option")

    monkeypatch.delenv("VOICE_COMPANION_BANK")
    monkeypatch.setenv("VOICE_COMPANION_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setattr(bank_module, "DEFAULT_BANK", tmp_path / "no-checkout" / "nl.yaml")
    path, why = bank_module.bank_source()
    assert why == "package" and path.parts[-3:] == ("voice_companion", "prompts", "nl.yaml")


def test_bank_path_names_a_missing_bank_in_one_line(tmp_path):
    env = {**os.environ, "VOICE_COMPANION_BANK": str(tmp_path / "weg.yaml"), "LANGUAGE": "nl"}
    result = subprocess.run([sys.executable, "-m", "voice_companion", "bank", "path"], capture_output=True,
                            text=True, env=env, cwd=tmp_path, timeout=60)
    assert result.returncode == 2
    assert result.stdout.splitlines() == [str(tmp_path / "weg.yaml"), "  uit $VOICE_COMPANION_BANK"]
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("voice-companion: fout: ")


def test_session_log_document_names_every_event_and_field():
    """docs/session-log.md travels with the code: a row per logged event type naming each of its fields."""
    import dataclasses

    from voice_companion.events import EVENT_CLASSES, LOGGED_TYPES

    doc = (REPO / "docs" / "session-log.md").read_text(encoding="utf-8")
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| `(\w+)` \|.*$", doc, flags=re.M)}
    for kind, cls in EVENT_CLASSES.items():
        assert f"`{kind}`" in doc, kind
        if kind in LOGGED_TYPES:
            assert kind in rows, f"docs/session-log.md has no table row for `{kind}`"
            absent = [f.name for f in dataclasses.fields(cls) if f.name != "t" and f"`{f.name}`" not in rows[kind]]
            assert not absent, f"docs/session-log.md: `{kind}` lacks {absent}"


def test_annotated_script_document_names_every_label_line():
    doc = (REPO / "docs" / "annotated-script.md").read_text(encoding="utf-8")
    for form in ("#: register", "#: interaction", "#: crisis", "#: noise", "#=", "#!", "#>"):
        assert form in doc, form
