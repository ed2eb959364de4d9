"""Model folders: checking, lookup order, and installing (from a local HTTP server)."""

from __future__ import annotations

import http.server
import io
import os
import threading
import zipfile
from pathlib import Path

import pytest

from voice_companion.errors import UserError
from voice_companion.speech import models as M
from voice_companion.speech.engine import load_model

from .helpers import run_cli


def make_fake_model(root: Path, *, graph: str = "HCLG") -> Path:
    """A folder with the layout of a Vosk model (contents are not a real model)."""
    (root / "am").mkdir(parents=True)
    (root / "am" / "final.mdl").write_bytes(b"x" * 100)
    (root / "conf").mkdir()
    (root / "conf" / "model.conf").write_text("--beam=10\n")
    (root / "conf" / "mfcc.conf").write_text("--use-energy=false\n--sample-frequency=16000\n")
    (root / "graph").mkdir()
    if graph == "HCLG":
        (root / "graph" / "HCLG.fst").write_bytes(b"x" * 100)
    else:
        for name in ("HCLr.fst", "Gr.fst", "disambig_tid.int"):
            (root / "graph" / name).write_bytes(b"x" * 10)
    return root


def model_zip(folder_name: str = "vosk-model-small-nl-0.22", *, valid: bool = True) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        if valid:
            z.writestr(f"{folder_name}/am/final.mdl", b"x" * 5000)
            z.writestr(f"{folder_name}/conf/model.conf", "--beam=10\n")
            z.writestr(f"{folder_name}/conf/mfcc.conf", "--use-energy=false\n")
            z.writestr(f"{folder_name}/graph/HCLG.fst", b"x" * 5000)
            z.writestr(f"{folder_name}/README", "test model\n")
        else:
            z.writestr("readme.txt", "no model here")
    return buf.getvalue()


# -- checking ---------------------------------------------------------------------


def test_check_real_model(ko_model_path):
    check = M.check_model(ko_model_path)
    assert check.ok and check.graph == "HCLr+Gr" and check.runtime_grammar and check.sample_rate == 16000


def test_check_static_graph(tmp_path):
    check = M.check_model(make_fake_model(tmp_path / "m"))
    assert check.ok and check.graph == "HCLG" and not check.runtime_grammar


@pytest.mark.parametrize("setup, words", [
    (lambda p: p.mkdir(), "no acoustic model"),
    (lambda p: None, "does not exist"),
    (lambda p: p.write_text("x"), "a file"),
])
def test_check_non_models(tmp_path, setup, words):
    path = tmp_path / "thing"
    setup(path)
    check = M.check_model(path)
    assert not check.ok and words in check.summary()
    assert "\n" not in check.summary()


def test_check_points_one_level_down(tmp_path):
    make_fake_model(tmp_path / "outer" / "vosk-model-small-nl-0.22")
    check = M.check_model(tmp_path / "outer")
    assert not check.ok and "one level down" in check.summary()


def test_check_missing_graph_and_empty_files(tmp_path):
    root = make_fake_model(tmp_path / "m")
    (root / "graph" / "HCLG.fst").unlink()
    (root / "am" / "final.mdl").write_bytes(b"")
    problems = " ".join(M.check_model(root).problems)
    assert "decoding graph" in problems and "empty" in problems


def test_load_model_never_crashes_on_a_broken_model(tmp_path):
    root = make_fake_model(tmp_path / "broken")  # right layout, garbage inside
    with pytest.raises(UserError, match="could not be loaded"):
        load_model(root)
    with pytest.raises(UserError, match="not a usable Vosk model"):
        load_model(tmp_path)


def test_models_check_cli(tmp_path, ko_model_path):
    bad = run_cli("models", "check", str(tmp_path))
    assert bad.returncode == 2
    lines = bad.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "not a usable Vosk model" in lines[0]
    good = run_cli("models", "check", str(ko_model_path))
    assert good.returncode == 0 and b"runtime grammar" in good.stdout


# -- lookup order --------------------------------------------------------------------


@pytest.fixture
def dirs(tmp_path, monkeypatch):
    repo = tmp_path / "repo_models"
    user = tmp_path / "user_models"
    repo.mkdir()
    user.mkdir()
    monkeypatch.setattr(M, "repo_models_dir", lambda: repo)
    monkeypatch.setattr(M, "user_models_dir", lambda: user)
    monkeypatch.delenv(M.MODEL_ENV, raising=False)
    monkeypatch.setenv("VOICE_COMPANION_CONFIG", str(tmp_path / "config.toml"))
    return repo, user


def test_missing_model_names_the_install_command(dirs):
    with pytest.raises(UserError, match="voice-companion models install nl-small"):
        M.resolve_model(None)
    with pytest.raises(UserError, match="models install en-small"):
        M.resolve_model("en-small")


def test_lookup_order(dirs, tmp_path, monkeypatch):
    repo, user = dirs
    make_fake_model(user / "nl-small")
    assert M.resolve_model(None) == (user / "nl-small", "default")
    make_fake_model(repo / "vosk-model-small-nl-0.22")  # the repo comes before the data folder
    assert M.resolve_model(None)[0] == repo / "vosk-model-small-nl-0.22"
    other = make_fake_model(tmp_path / "elsewhere")
    (tmp_path / "config.toml").write_text(f'model = "{other}"\n')
    assert M.resolve_model(None) == (other, f"config file {tmp_path / 'config.toml'}")
    env_model = make_fake_model(tmp_path / "from_env")
    monkeypatch.setenv(M.MODEL_ENV, str(env_model))
    assert M.resolve_model(None) == (env_model, M.MODEL_ENV)
    assert M.resolve_model("nl-small") == (repo / "vosk-model-small-nl-0.22", "--model")
    with pytest.raises(UserError, match="does not exist"):
        M.resolve_model(str(tmp_path / "nope" / "model"))


# -- installing ------------------------------------------------------------------------


class _Server:
    def __init__(self, files: dict[str, bytes], lie_about_length: bool = False):
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                body = files.get(self.path.lstrip("/"))
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body) + (1000 if lie_about_length else 0)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        outer.files = files

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server_factory():
    servers = []

    def make(files, **kw):
        s = _Server(files, **kw)
        servers.append(s)
        return s

    yield make
    for s in servers:
        s.close()


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".")] if folder.exists() else []


def test_install_from_local_server(tmp_path, server_factory, monkeypatch):
    server = server_factory({"vosk-model-small-nl-0.22.zip": model_zip()})
    monkeypatch.setenv(M.URL_ENV, server.url)
    dest = tmp_path / "models"
    err = io.StringIO()
    target = M.install_model("nl-small", dest_dir=dest, progress_stream=err)
    assert target == dest / "nl-small"
    assert M.check_model(target).ok and (target / "README").exists()
    assert _leftovers(dest) == []
    assert "nl-small" in err.getvalue() and "MB" in err.getvalue()
    assert oct(os.stat(target).st_mode & 0o777) == "0o700"
    with pytest.raises(UserError, match="already exists"):
        M.install_model("nl-small", dest_dir=dest, progress_stream=io.StringIO())
    M.install_model("nl-small", dest_dir=dest, force=True, progress_stream=io.StringIO())
    assert M.check_model(target).ok and _leftovers(dest) == []


@pytest.mark.parametrize("body, words", [
    (b"PK\x03\x04 this is not really a zip" * 50, "not a valid zip"),
    (model_zip(valid=False), "does not hold a usable Vosk model"),
])
def test_failed_install_leaves_nothing(tmp_path, server_factory, monkeypatch, body, words):
    server = server_factory({"vosk-model-small-nl-0.22.zip": body})
    monkeypatch.setenv(M.URL_ENV, server.url)
    dest = tmp_path / "models"
    with pytest.raises(UserError, match=words):
        M.install_model("nl-small", dest_dir=dest, progress_stream=io.StringIO())
    assert not (dest / "nl-small").exists() and _leftovers(dest) == []


def test_corrupt_entry_in_zip_is_caught(tmp_path, server_factory, monkeypatch):
    data = bytearray(model_zip())
    i = data.find(b"x" * 5000)  # flip bytes inside a stored member: CRC mismatch
    data[i:i + 10] = b"y" * 10
    server = server_factory({"vosk-model-small-nl-0.22.zip": bytes(data)})
    monkeypatch.setenv(M.URL_ENV, server.url)
    dest = tmp_path / "models"
    with pytest.raises(UserError, match="damaged|not a valid zip"):
        M.install_model("nl-small", dest_dir=dest, progress_stream=io.StringIO())
    assert not (dest / "nl-small").exists() and _leftovers(dest) == []


def test_incomplete_download_is_caught(tmp_path, server_factory, monkeypatch):
    server = server_factory({"vosk-model-small-nl-0.22.zip": model_zip()}, lie_about_length=True)
    monkeypatch.setenv(M.URL_ENV, server.url)
    dest = tmp_path / "models"
    with pytest.raises(UserError, match="incomplete|broke off"):
        M.install_model("nl-small", dest_dir=dest, progress_stream=io.StringIO(), timeout=5)
    assert not (dest / "nl-small").exists() and _leftovers(dest) == []


def test_no_network_is_one_clear_line(tmp_path, monkeypatch):
    monkeypatch.setenv(M.URL_ENV, "http://127.0.0.1:9/")  # nothing listens on the discard port
    with pytest.raises(UserError, match="no network connection") as info:
        M.install_model("nl-small", dest_dir=tmp_path / "m", progress_stream=io.StringIO(), timeout=5)
    assert "\n" not in str(info.value) and "--from-zip" in str(info.value)
    monkeypatch.setenv(M.URL_ENV, "http://no-such-host.invalid/")
    with pytest.raises(UserError, match="no network connection"):
        M.install_model("nl-small", dest_dir=tmp_path / "m", progress_stream=io.StringIO(), timeout=5)
    assert _leftovers(tmp_path / "m") == []


def test_install_cli_from_server_and_from_zip(tmp_path, server_factory):
    server = server_factory({"vosk-model-small-en-us-0.15.zip": model_zip("vosk-model-small-en-us-0.15")})
    env = {M.URL_ENV: server.url}
    done = run_cli("models", "install", "en-small", "--dest", str(tmp_path / "m"), env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().strip() == str(tmp_path / "m" / "en-small")
    z = tmp_path / "model.zip"
    z.write_bytes(model_zip())
    done = run_cli("models", "install", "nl-small", "--from-zip", str(z), "--dest", str(tmp_path / "m"))
    assert done.returncode == 0, done.stderr
    unknown = run_cli("models", "install", "xx-huge")
    assert unknown.returncode == 2 and b"unknown model" in unknown.stderr
    offline = run_cli("models", "install", "nl-small", "--dest", str(tmp_path / "n"),
                      env={M.URL_ENV: "http://127.0.0.1:9/"})
    assert offline.returncode == 2
    assert len(offline.stderr.decode().strip().splitlines()) == 2  # the 'downloading ...' line, then the error
    assert b"no network" in offline.stderr


def test_models_path_and_list_cli(tmp_path):
    missing = run_cli("models", "path", env={"VOICE_COMPANION_MODEL": "", "XDG_DATA_HOME": str(tmp_path)})
    if missing.returncode == 2:
        assert b"models install nl-small" in missing.stderr
    listing = run_cli("models", "list")
    assert listing.returncode == 0 and b"nl-large" in listing.stdout and b"CC-BY-NC-SA" in listing.stdout
