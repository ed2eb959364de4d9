"""Encrypted logs: one Fernet token a line, crash-safe, wrong key is one clear error."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

pytest.importorskip("cryptography")

from voice_companion.errors import UserError
from voice_companion.privacy.crypto import (
    UNDECRYPTABLE,
    EncryptedLineWriter,
    LogKey,
    encrypted_path,
    is_encrypted_log,
    log_lines,
    open_log_stream,
    read_header,
    read_lines,
    resolve_key,
)
from voice_companion.sessionlog import iter_log_lines

FAST = {"n": 2**10}  # small scrypt cost keeps the tests quick; the default is 2**15
KEY = LogKey("correct horse battery staple")


def records(n: int = 5) -> list[dict]:
    return [{"type": "utterance", "t": float(i), "ts": "2024-05-01T02:00:00.000+02:00",
             "text": f"regel {i} met één accent"} for i in range(n)]


def write_enc(path: Path, recs: list[dict], key: LogKey = KEY) -> Path:
    stream = open_log_stream(path, key, **FAST)
    for r in recs:
        stream.write(json.dumps(r, ensure_ascii=False) + "\n")
        stream.flush()
    stream.close()
    return path


def parse(lines) -> tuple[list[dict], list[int]]:
    good, bad = [], []
    for number, record in iter_log_lines(lines):
        (good.append(record) if record is not None else bad.append(number))
    return good, bad


def test_round_trip(tmp_path):
    path = write_enc(tmp_path / "s.jsonl.enc", records())
    raw = path.read_bytes()
    assert b"regel" not in raw and "één".encode() not in raw  # nothing readable at rest
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    lines = raw.splitlines()
    assert len(lines) == 6  # header + one token a line
    header = json.loads(lines[0])
    assert header["kdf"] == "scrypt" and header["n"] == 2**10 and "salt" in header and "created" in header
    good, bad = parse(read_lines(path, KEY))
    assert good == records() and bad == []
    assert is_encrypted_log(path)


def test_line_numbers_match_the_file(tmp_path):
    path = write_enc(tmp_path / "s.jsonl.enc", records(3))
    with open(path, "ab") as handle:
        handle.write(b"not a token\n")
    good, bad = parse(read_lines(path, KEY))
    assert len(good) == 3 and bad == [5]  # header is line 1, tokens 2-4


def test_wrong_passphrase_is_one_clear_error(tmp_path):
    path = write_enc(tmp_path / "s.jsonl.enc", records())
    with pytest.raises(UserError) as info:
        list(read_lines(path, LogKey("wrong")))
    assert "wrong passphrase" in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(UserError, match="encrypted"):
        read_lines(path, None)


def test_truncated_last_line_still_reads_the_rest(tmp_path):
    path = write_enc(tmp_path / "s.jsonl.enc", records(4))
    data = path.read_bytes()
    path.write_bytes(data[:-40])  # a crash in the middle of the last token
    good, bad = parse(read_lines(path, KEY))
    assert good == records(4)[:3] and bad == [5]
    # a writer that resumes starts on a fresh line, so new lines are intact
    with EncryptedLineWriter(path, KEY) as stream:
        stream.write(json.dumps(records(6)[5]) + "\n")
    good, bad = parse(read_lines(path, KEY))
    assert good == records(4)[:3] + [records(6)[5]] and bad == [5]


def test_damaged_line_in_the_middle(tmp_path):
    path = write_enc(tmp_path / "s.jsonl.enc", records(3))
    lines = path.read_bytes().split(b"\n")
    lines[2] = lines[2][:10] + (b"A" if lines[2][10:11] != b"A" else b"B") + lines[2][11:]
    path.write_bytes(b"\n".join(lines))
    out = list(read_lines(path, KEY))
    assert out[2] == UNDECRYPTABLE
    good, bad = parse(out)
    assert good == [records(3)[0], records(3)[2]] and bad == [3]


def test_writer_buffers_partial_writes(tmp_path):
    path = tmp_path / "s.jsonl.enc"
    with EncryptedLineWriter(path, KEY, **FAST) as stream:
        stream.write('{"type": "a", ')
        stream.write('"t": 1}\n{"type": "b", "t": 2}\n{"type"')
        stream.write(': "c", "t": 3}')
        assert stream.fileno() > 0 and not stream.closed
    assert stream.closed
    good, _ = parse(read_lines(path, KEY))
    assert [r["type"] for r in good] == ["a", "b", "c"]


def test_logwriter_can_use_the_stream(tmp_path):
    """The lead plugs open_log_stream into LogWriter: check the shape fits."""
    from voice_companion.events import SessionEnd, SessionStart, Utterance
    from voice_companion.sessionlog import LogWriter

    path = tmp_path / "s.jsonl.enc"
    writer = LogWriter(path, key=KEY, fsync=True)
    writer.write(SessionStart(t=0.0))
    writer.write(Utterance(t=1.0, text="[naam] belt"))
    writer.write(SessionEnd(t=2.0))
    writer.close()
    good, bad = parse(log_lines(path, KEY))
    assert [r["type"] for r in good] == ["session_start", "utterance", "session_end"] and bad == []


def test_plain_stream_and_plain_lines(tmp_path):
    path = tmp_path / "s.jsonl"
    stream = open_log_stream(path, None)
    stream.write('{"type": "x", "t": 0}\n')
    stream.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not is_encrypted_log(path)
    good, _ = parse(log_lines(path))
    assert good == [{"type": "x", "t": 0}]
    with pytest.raises(UserError):
        log_lines(tmp_path / "missing.jsonl")


def test_not_an_encrypted_log(tmp_path):
    path = tmp_path / "x.jsonl.enc"
    path.write_text('{"type": "session_start", "t": 0}\n')
    with pytest.raises(UserError, match="not an encrypted"):
        read_lines(path, KEY)
    path.write_text('{"enc": "fernet-lines", "kdf": "scrypt", "version": 1, "n": 1073741824, '
                    '"r": 8, "p": 1, "salt": "AAAA", "check": "x"}\n')
    with pytest.raises(UserError, match="damaged"):
        read_header(path)


def test_keys_from_env_and_file(tmp_path, monkeypatch):
    class Cfg:
        encrypt_logs = True
        key_file = None

    with pytest.raises(UserError, match="VOICE_COMPANION_PASSPHRASE"):
        resolve_key(Cfg())
    assert resolve_key(None) is None

    key_file = tmp_path / "log.key"
    key_file.write_text("geheim van de nacht\n")
    key_file.chmod(0o644)
    Cfg.key_file = key_file
    with pytest.raises(UserError, match="chmod 600"):
        resolve_key(Cfg())
    key_file.chmod(0o600)
    from_file = resolve_key(Cfg())
    assert "geheim" not in repr(from_file)

    path = write_enc(tmp_path / "s.jsonl.enc", records(2), key=from_file)
    same = LogKey("geheim van de nacht")
    assert len(parse(read_lines(path, same))[0]) == 2

    monkeypatch.setenv("VOICE_COMPANION_PASSPHRASE", "andere")
    env_key = resolve_key(Cfg())  # the environment wins
    assert env_key.origin == "$VOICE_COMPANION_PASSPHRASE"
    with pytest.raises(UserError, match="wrong passphrase"):
        read_lines(path, env_key)


def test_encrypted_path():
    assert encrypted_path(Path("a/session-x.jsonl")) == Path("a/session-x.jsonl.enc")
    assert encrypted_path(Path("a/session-x.jsonl.enc")) == Path("a/session-x.jsonl.enc")


def test_default_cost_round_trip(tmp_path):
    path = tmp_path / "s.jsonl.enc"
    with open_log_stream(path, KEY) as stream:
        stream.write('{"type": "x", "t": 0}\n')
    assert read_header(path)["n"] == 2**15
    assert parse(read_lines(path, LogKey("correct horse battery staple")))[0] == [{"type": "x", "t": 0}]


def test_encrypted_log_without_enc_suffix_is_recognized(tmp_path):
    path = write_enc(tmp_path / "renamed.jsonl", records(2))
    assert is_encrypted_log(path)
    assert len(parse(log_lines(path, KEY))[0]) == 2
    plain = tmp_path / "p.jsonl"
    plain.write_text('{"type": "session_start", "t": 0, "bank": "fernet-lines"}\n')
    assert not is_encrypted_log(plain)


def test_write_key_only_when_configured(monkeypatch):
    from voice_companion.config import Config
    from voice_companion.privacy.crypto import read_key, write_key

    monkeypatch.setenv("VOICE_COMPANION_PASSPHRASE", "g")
    with pytest.raises(UserError, match="at least 8"):  # too short for new logs
        write_key(Config(encrypt_logs=True))
    monkeypatch.setenv("VOICE_COMPANION_PASSPHRASE", "geheim-genoeg")
    assert write_key(Config()) is None  # a passphrase alone does not turn encryption on
    assert write_key(Config(encrypt_logs=True)) is not None
    assert read_key(Config()) is not None
    monkeypatch.delenv("VOICE_COMPANION_PASSPHRASE")
    assert read_key(Config()) is None
    with pytest.raises(UserError):
        write_key(Config(encrypt_logs=True))
