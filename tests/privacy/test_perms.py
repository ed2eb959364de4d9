"""Private files: a warning for anything group/others can read, and a fixer."""

from __future__ import annotations

import os
from pathlib import Path
import stat

import pytest

from voice_companion.cli import main
from voice_companion.paths import ensure_private_dir, open_private
from voice_companion.privacy.perms import check_folder, check_private, fix_folder, make_private

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_private_file_in_private_folder(tmp_path):
    folder = ensure_private_dir(tmp_path / "s")
    with open_private(folder / "log.jsonl") as f:
        f.write("{}\n")
    assert check_private(folder / "log.jsonl") is None
    assert check_private(folder) is None
    assert check_folder(folder) == []
    assert check_private(folder / "missing.jsonl") is None


def test_warns_and_fixes(tmp_path):
    folder = ensure_private_dir(tmp_path / "s")
    path = folder / "report.html"
    path.write_text("x")
    path.chmod(0o644)
    warning = check_private(path)
    assert warning and "readable by group and others" in warning and "chmod 600" in warning
    assert str(path) in warning and "\n" not in warning
    path.chmod(0o600)
    folder.chmod(0o755)
    warning = check_private(path)
    assert warning and "folder" in warning and "chmod 700" in warning
    path.chmod(0o640)
    changed = make_private(path)
    assert len(changed) == 2 and mode(path) == 0o600 and mode(folder) == 0o700
    assert check_private(path) is None


def test_folder_check_and_fix(tmp_path):
    folder = tmp_path / "s"
    folder.mkdir(mode=0o750)
    folder.chmod(0o750)
    for name, m in (("a.jsonl", 0o600), ("b.jsonl", 0o604), ("c.html", 0o660)):
        (folder / name).write_text("x")
        (folder / name).chmod(m)
    warnings = check_folder(folder)
    assert len(warnings) == 3
    assert any("others" in w and "b.jsonl" in w for w in warnings)
    assert any("group" in w and "c.html" in w for w in warnings)
    fix_folder(folder)
    assert check_folder(folder) == []
    assert {mode(p) for p in folder.iterdir()} == {0o600}


def test_config_check_reports_and_fixes(capsys):
    from voice_companion import paths

    folder = ensure_private_dir(paths.sessions_dir())
    (folder / "session-x.jsonl").write_text("{}\n")
    (folder / "session-x.jsonl").chmod(0o644)
    assert main(["config", "check"]) == 1
    out = capsys.readouterr().out
    assert "warning:" in out and "session-x.jsonl" in out
    assert main(["config", "check", "--fix"]) == 0
    out = capsys.readouterr().out
    assert "made private" in out and out.strip().endswith("ok")
    assert mode(folder / "session-x.jsonl") == 0o600


def test_report_never_overwrites_session_data_or_foreign_files(tmp_path, capsys):
    from voice_companion.cli import main
    from voice_companion.events import SessionEnd, SessionStart
    from voice_companion.sessionlog import LogWriter

    log = tmp_path / "a.jsonl"
    with LogWriter(log) as w:
        w.write(SessionStart(t=0.0))
        w.write(SessionEnd(t=1.0))
    other = tmp_path / "b.jsonl"
    other.write_bytes(log.read_bytes())
    for force in ([], ["--force"]):
        assert main(["report", str(log), "-o", str(other), *force]) == 2
        assert other.read_bytes() == log.read_bytes()
    thesis = tmp_path / "t.html"
    thesis.write_text("<html>scriptie</html>")
    assert main(["report", str(log), "-o", str(thesis)]) == 2
    assert "scriptie" in thesis.read_text()
    assert main(["report", str(log), "-o", str(thesis), "--force"]) == 0
    assert main(["report", str(log), "-o", str(thesis)]) == 0  # its own report: replaced


def test_bank_with_a_duplicate_key_fails(tmp_path):
    from voice_companion.bank import check_bank

    text = (Path(__file__).resolve().parents[2] / "prompts/nl.yaml").read_text(encoding="utf-8")
    dup = tmp_path / "dup.yaml"
    dup.write_text(text.replace("\nmeta:\n", "\nmeta:\n  name: eerste\n", 1) if "\nmeta:\n" in text
                   else "meta: {}\n" + text, encoding="utf-8")
    _, errors = check_bank(dup)
    assert any("duplicate key" in e for e in errors), errors[:3]


def test_a_read_only_sessions_folder_is_not_made_writable(tmp_path):
    from voice_companion.paths import ensure_private_dir

    ro = tmp_path / "ro"
    ro.mkdir()
    os.chmod(ro, 0o500)
    ensure_private_dir(ro)
    assert stat.S_IMODE(ro.stat().st_mode) == 0o500
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o755)
    ensure_private_dir(shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o700
    os.chmod(ro, 0o700)
