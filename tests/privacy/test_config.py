"""Config: defaults, every setting, and every mistake as one line naming file, line and key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from voice_companion import paths
from voice_companion.config import KEYS, Config, config_path, load_config, parse_config
from voice_companion.errors import UserError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_gives_defaults(tmp_path):
    config = load_config(tmp_path / "nope.toml")
    assert config == Config()
    assert config.whisper_volume == 0.3 and config.whisper_rate == 190
    assert config.whisper_min_interval == 20.0 and config.silence_wait == 1.5 and config.end_silence == 0.5
    assert config.crisis_number == "113" and config.redaction is True and config.store_audio is False
    assert config.retention_days == 30 and config.encrypt_logs is False and config.ui == "page"
    assert config.model is None and config.key_file is None and config.worker is None
    assert config.redact_names == ()


def test_default_location_and_env_override(tmp_path, monkeypatch):
    assert config_path() == paths.config_file()
    assert load_config() == Config()  # nothing there in the test's XDG folders
    path = write(tmp_path, "whisper_rate = 170\n")
    monkeypatch.setenv("VOICE_COMPANION_CONFIG", str(path))
    assert config_path() == path
    assert load_config().whisper_rate == 170
    assert load_config().source == path


def test_every_setting(tmp_path):
    path = write(tmp_path, """
model = "vosk-model-small-nl-0.22"
input_device = 2
output_device = "USB headset"
whisper_volume = 0.5
whisper_rate = 170
whisper_min_interval = 30
silence_wait = 2.0
end_silence = 0.8
crisis_number = "0800-0113"
redaction = true
redact_names = ["Sanne", " Mohammed "]
store_audio = false
retention_days = 14
encrypt_logs = true
key_file = "keys/log.key"
worker = "nacht-07"
ui = "terminal"
""")
    c = load_config(path)
    assert c.model == "vosk-model-small-nl-0.22" and c.input_device == 2 and c.output_device == "USB headset"
    assert c.whisper_volume == 0.5 and c.whisper_rate == 170 and c.whisper_min_interval == 30.0
    assert isinstance(c.whisper_min_interval, float)
    assert c.silence_wait == 2.0 and c.end_silence == 0.8 and c.crisis_number == "0800-0113"
    assert c.redact_names == ("Sanne", "Mohammed") and c.retention_days == 14 and c.encrypt_logs
    assert c.key_file == tmp_path / "keys" / "log.key"  # relative to the config file
    assert c.worker == "nacht-07" and c.ui == "terminal"
    with pytest.raises(Exception):
        c.whisper_volume = 1.0  # frozen


@pytest.mark.parametrize("text,key,line", [
    ("whisper_volume = 1.5\n", "whisper_volume", 1),
    ("\n\nwhisper_volume = -0.1\n", "whisper_volume", 3),
    ('whisper_volume = "loud"\n', "whisper_volume", 1),
    ("whisper_rate = 190.5\n", "whisper_rate", 1),
    ("whisper_rate = 1000\n", "whisper_rate", 1),
    ("whisper_min_interval = -1\n", "whisper_min_interval", 1),
    ("silence_wait = 0\n", "silence_wait", 1),
    ("end_silence = 100\n", "end_silence", 1),
    ("end_silence = nan\n", "end_silence", 1),
    ("crisis_number = \"bel maar\"\n", "crisis_number", 1),
    ('redaction = "yes"\n', "redaction", 1),
    ("redaction = 1\n", "redaction", 1),
    ('redact_names = "Jan"\n', "redact_names", 1),
    ("redact_names = [1, 2]\n", "redact_names", 1),
    ("store_audio = 0\n", "store_audio", 1),
    ("retention_days = 0\n", "retention_days", 1),
    ('retention_days = "30d"\n', "retention_days", 1),
    ("encrypt_logs = \"true\"\n", "encrypt_logs", 1),
    ("key_file = 5\n", "key_file", 1),
    ("worker = true\n", "worker", 1),
    ('ui = "web"\n', "ui", 1),
    ("input_device = -1\n", "input_device", 1),
    ("output_device = true\n", "output_device", 1),
    ("model = 3\n", "model", 1),
    ('model = "a"\nwhisper_volum = 0.5\n', "whisper_volum", 2),
    ("[whisper]\nvolume = 0.3\n", "whisper", 1),
])
def test_errors_name_file_line_and_key(tmp_path, text, key, line):
    path = write(tmp_path, text)
    with pytest.raises(UserError) as info:
        load_config(path)
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message
    assert f"line {line}" in message
    assert key in message
    assert "use" in message or "did you mean" in message or "known keys" in message  # how to fix it


def test_unknown_key_suggests_the_right_one(tmp_path):
    with pytest.raises(UserError, match="did you mean 'retention_days'"):
        load_config(write(tmp_path, "retension_days = 10\n"))


@pytest.mark.parametrize("text,line", [
    ("model = vosk\n", 1),
    ('ok = 1\nmodel = "a\n', 2),
    ("whisper_volume = 0.3\nwhisper_volume = 0.4\n", 2),
    ("[[x]\n", 1),
])
def test_bad_toml_is_one_line_with_the_line(tmp_path, text, line):
    path = write(tmp_path, text)
    with pytest.raises(UserError) as info:
        load_config(path)
    message = str(info.value)
    assert "\n" not in message and str(path) in message and f"line {line}" in message
    assert "TOML" in message


def test_unreadable_configs(tmp_path):
    with pytest.raises(UserError, match="folder"):
        load_config(tmp_path)
    bad = tmp_path / "latin1.toml"
    bad.write_bytes('worker = "caf\xe9"\n'.encode("latin-1"))
    with pytest.raises(UserError, match="UTF-8"):
        load_config(bad)


def test_to_dict_round_trip_keys():
    d = Config().to_dict()
    assert tuple(d) == KEYS


_TOMLISH = st.one_of(
    st.binary(max_size=200),
    st.lists(
        st.tuples(
            st.sampled_from(list(KEYS) + ["x", "[s]", "whisper_volum", "", "a.b"]),
            st.sampled_from(["=", " = ", "==", ""]),
            st.one_of(
                st.sampled_from(['"x"', "1", "1.5", "-3", "true", "[1]", '["a"]', "{}", "nan", "inf",
                                 "1979-05-27", '"""', "'a'", "[", "0x10", "1e400", '""']),
                st.text(max_size=10),
            ),
        ),
        max_size=6,
    ).map(lambda rows: "\n".join(f"{k}{eq}{v}" for k, eq, v in rows).encode("utf-8", "surrogatepass")),
)


@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(_TOMLISH)
def test_loader_raises_only_user_errors(data):
    try:
        config = parse_config(data, "fuzz.toml")
    except UserError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(config, Config)


def test_config_commands(tmp_path, monkeypatch, capsys):
    from voice_companion.cli import main

    path = write(tmp_path, 'redact_names = ["Sanne"]\nretention_days = 14\n')
    path.chmod(0o600)  # it holds names: config check would warn otherwise
    monkeypatch.setenv("VOICE_COMPANION_CONFIG", str(path))
    assert main(["config", "path"]) == 0
    assert capsys.readouterr().out.strip() == str(path)
    assert main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert "retention_days = 14" in out and "redact_names = 1 in the config" in out
    assert "Sanne" not in out  # names are counted, never shown
    assert main(["config", "check"]) == 0
    assert capsys.readouterr().out.strip().endswith("ok")

    path.write_text("encrypt_logs = true\n")
    assert main(["config", "check"]) == 2
    err = capsys.readouterr().err
    assert "VOICE_COMPANION_PASSPHRASE" in err and err.count("\n") == 1
    monkeypatch.setenv("VOICE_COMPANION_PASSPHRASE", "geheim")
    assert main(["config", "check"]) == 0
    assert "encryption: on" in capsys.readouterr().out

    path.write_text("redaction = false\n")
    assert main(["config", "check"]) == 1
    assert "redaction is off" in capsys.readouterr().out

    path.write_text("whisper_volume = 2\n")
    assert main(["config", "show", "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert "whisper_volume" in err and "line 1" in err and err.count("\n") == 1


def test_config_check_warns_about_a_readable_config(tmp_path, monkeypatch, capsys):
    from voice_companion.cli import main

    path = write(tmp_path, 'redact_names = ["Sanne"]\n')
    path.chmod(0o644)
    monkeypatch.setenv("VOICE_COMPANION_CONFIG", str(path))
    assert main(["config", "check"]) == 1
    assert f"file {path} is readable by group and others" in capsys.readouterr().out
    assert main(["config", "check", "--fix"]) == 0
    assert path.stat().st_mode & 0o077 == 0


def test_config_check_fix_leaves_the_key_files_folder_alone(tmp_path, monkeypatch):
    import stat as _stat

    from voice_companion.cli import main

    home = tmp_path / "home"
    home.mkdir()
    os.chmod(home, 0o755)
    key = home / "key.txt"
    key.write_text("een lange geheime zin\n")
    os.chmod(key, 0o644)
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'key_file = "{key}"\n')
    main(["config", "check", "--config", str(cfg), "--fix"])
    assert _stat.S_IMODE(key.stat().st_mode) == 0o600
    assert _stat.S_IMODE(home.stat().st_mode) == 0o755  # HOME is never chmodded


def test_the_learned_redaction_layer_can_be_turned_off_in_the_config():
    from voice_companion.config import parse_config
    from voice_companion.privacy.redact import make_redactor

    on = make_redactor(parse_config(b"", "config.toml"))
    off = make_redactor(parse_config(b"redaction_model = false\n", "config.toml"))
    assert on._tagger is not None and off._tagger is None
    line = "mijn nummer is nul zes twaalf vierendertig zesenvijftig achtenzeventig"
    assert "vierendertig" not in on.redact(line)[0] and "vierendertig" not in off.redact(line)[0]  # the rules hold
