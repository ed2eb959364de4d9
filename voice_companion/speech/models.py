"""Vosk models: the known ones, where to find them, checking a folder, installing safely.

Lookup order for the model to use:
  1. `--model` (a folder, or a model name such as nl-small)
  2. environment variable VOICE_COMPANION_MODEL
  3. the config file (`model = "..."` in voice_companion.paths.config_file())
  4. the repository's models/ folder
  5. the user's data folder (paths.data_dir()/models)
A name is looked up in 4 and 5 under its short name (nl-small) and under its
Vosk folder name (vosk-model-small-nl-0.22).

Installing downloads the zip into a temporary folder beside the target, checks
its size and zip integrity (and checksum where one is known), checks that it
holds a usable model, and only then moves the model into place with
`os.replace`: a failed or interrupted install leaves no half model behind.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
import time
import tomllib
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, TextIO

import voice_companion
from voice_companion import paths
from voice_companion.errors import UserError
from voice_companion.i18n import _, _N

DEFAULT_BASE_URL = "https://alphacephei.com/vosk/models/"
URL_ENV = "VOICE_COMPANION_MODEL_URL"
MODEL_ENV = "VOICE_COMPANION_MODEL"
DEFAULT_MODEL = "nl-small"


@dataclass(frozen=True)
class KnownModel:
    name: str
    folder: str  # the Vosk release name: the zip is <folder>.zip and unpacks to <folder>/
    lang: str
    size_mb: int  # approximate download size
    license: str
    note: str = ""
    # sha256 of the zip. None: not known to us (we never had network access to
    # compute it), so only size and zip integrity are checked.
    sha256: str | None = None


KNOWN_MODELS: dict[str, KnownModel] = {
    m.name: m
    for m in (
        KnownModel("nl-small", "vosk-model-small-nl-0.22", "nl", 39, "Apache-2.0",
                   _N("small Dutch model, the default; runs on any laptop")),
        KnownModel("nl-large", "vosk-model-nl-spraakherkenning-0.6", "nl", 860, "CC-BY-NC-SA-4.0",
                   _N("large Dutch model (more accurate, ~2 GB memory); NON-COMMERCIAL licence: "
                      "check that your organisation may use it")),
        KnownModel("en-small", "vosk-model-small-en-us-0.15", "en", 40, "Apache-2.0",
                   _N("small US English model (for testing)")),
    )
}


def base_url() -> str:
    url = os.environ.get(URL_ENV) or DEFAULT_BASE_URL
    return url if url.endswith("/") else url + "/"


def repo_models_dir() -> Path:
    return Path(voice_companion.__file__).resolve().parents[1] / "models"


def user_models_dir() -> Path:
    return paths.data_dir() / "models"


def search_dirs() -> list[Path]:
    return [repo_models_dir(), user_models_dir()]


# -- checking -------------------------------------------------------------------


@dataclass
class ModelCheck:
    path: Path
    ok: bool
    problems: list[str] = field(default_factory=list)
    graph: str = ""  # "HCLG" (static) | "HCLr+Gr" (dynamic) | ""
    runtime_grammar: bool = False
    sample_rate: int = 16000
    layout: str = ""  # "v2" (am/ conf/ graph/) | "v1" (flat, old models)

    def summary(self) -> str:
        if not self.ok:
            return _("{path}: not a usable Vosk model: {problems}").format(path=self.path, problems="; ".join(self.problems))
        grammar = (_("supports a runtime grammar (push-to-talk restricted to the lookup words)")
                   if self.runtime_grammar else
                   _("no runtime grammar (static graph): push-to-talk uses the full vocabulary"))
        return _("{path}: usable Vosk model ({graph} graph, {rate} Hz); {grammar}").format(
            path=self.path, graph=self.graph, rate=self.sample_rate, grammar=grammar)


def _read_sample_rate(mfcc_conf: Path) -> int:
    try:
        for line in mfcc_conf.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.strip()
            if line.startswith("--sample-frequency="):
                return int(float(line.split("=", 1)[1]))
    except (OSError, ValueError):
        pass
    return 16000  # Kaldi's default


def _nonempty(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size > 0
    except OSError:
        return False


def check_model(path: Path | str) -> ModelCheck:
    """Say whether `path` is a usable Vosk model folder, without loading it."""
    path = Path(path).expanduser()
    check = ModelCheck(path=path, ok=False)
    if not path.exists():
        check.problems.append(_("the folder does not exist"))
        return check
    if not path.is_dir():
        check.problems.append(_("it is a file, not a folder") + (_(" (unpack the zip first, or use 'voice-companion models install --from-zip')")
                                                                 if path.suffix == ".zip" else ""))
        return check
    if (path / "am" / "final.mdl").exists():
        check.layout = "v2"
        am, conf, graph = path / "am" / "final.mdl", path / "conf" / "model.conf", path / "graph"
        mfcc = path / "conf" / "mfcc.conf"
    elif (path / "final.mdl").exists():
        check.layout = "v1"
        am, conf, graph = path / "final.mdl", None, path
        mfcc = path / "mfcc.conf"
    else:
        check.problems.append(_("no acoustic model (am/final.mdl)"))
        # look one level down: a zip unpacked into an extra folder is a common mistake
        try:
            inner = [p for p in path.iterdir() if p.is_dir() and (p / "am" / "final.mdl").exists()]
        except OSError:
            inner = []
        if inner:
            check.problems.append(_("the model seems to be one level down, in {folder}").format(folder=inner[0]))
        return check
    if not _nonempty(am):
        check.problems.append(_("{file} is empty").format(file=am.relative_to(path)))
    if conf is not None and not _nonempty(conf):
        check.problems.append(_("no decoder configuration (conf/model.conf)"))
    if not _nonempty(mfcc):
        check.problems.append(_("no feature configuration ({file})").format(file=mfcc.relative_to(path)))
    if _nonempty(graph / "HCLG.fst"):
        check.graph = "HCLG"
        check.runtime_grammar = _nonempty(graph / "HCLr.fst") and _nonempty(graph / "Gr.fst")
    elif _nonempty(graph / "HCLr.fst") and _nonempty(graph / "Gr.fst"):
        check.graph = "HCLr+Gr"
        check.runtime_grammar = True
        if not _nonempty(graph / "disambig_tid.int"):
            check.problems.append(_("dynamic graph without graph/disambig_tid.int"))
    else:
        check.problems.append(_("no decoding graph (graph/HCLG.fst, or graph/HCLr.fst with graph/Gr.fst)"))
    if check.graph == "HCLG" and not (graph / "words.txt").exists():
        pass  # the word list can live inside HCLG.fst; Vosk reads it from there
    check.sample_rate = _read_sample_rate(mfcc)
    check.ok = not check.problems
    return check


# -- lookup ---------------------------------------------------------------------


def config_model() -> str | None:
    """`model = "..."` from the user's config file (None when not set)."""
    try:
        from voice_companion.config import load_config  # noqa: PLC0415
    except ImportError:  # pragma: no cover - the config module is part of the package
        return _config_model_toml(paths.config_file())
    value = load_config().model  # validated; a broken file is one clear UserError
    return value.strip() if isinstance(value, str) and value.strip() else None


def config_source() -> str:
    try:
        from voice_companion.config import config_path  # noqa: PLC0415
        return str(config_path())
    except ImportError:  # pragma: no cover
        return str(paths.config_file())


def _config_model_toml(path: Path) -> str | None:
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        return None
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UserError(_('cannot read the config file {path}: {exc}').format(path=path, exc=exc))
    value = data.get("model")
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise UserError(_('config file {path}: \'model\' must be a model name or folder, e.g. model = "nl-small"').format(path=path))
    return value.strip()


def _candidates(name: str) -> list[str]:
    names = [name]
    known = KNOWN_MODELS.get(name)
    if known:
        names.append(known.folder)
    else:
        for m in KNOWN_MODELS.values():
            if m.folder == name:
                names.append(m.name)
    return names


def find_named(name: str) -> Path | None:
    for folder in search_dirs():
        for candidate in _candidates(name):
            path = folder / candidate
            if path.is_dir():
                return path
    return None


def _looks_like_path(value: str) -> bool:
    return os.sep in value or value.startswith((".", "~")) or Path(value).expanduser().exists()


def _install_hint(name: str) -> str:
    if name in KNOWN_MODELS:
        return f"install it with: voice-companion models install {name}"
    known = ", ".join(KNOWN_MODELS)
    return f"give a model folder, or one of: {known} (voice-companion models list)"


def resolve_model(value: str | None = None) -> tuple[Path, str]:
    """Find the model folder to use; returns (path, where it came from).

    Raises UserError (one line, naming the install command) when there is none.
    """
    for origin, setting in (("--model", value), (MODEL_ENV, os.environ.get(MODEL_ENV)), ("config", None)):
        if origin == "config":
            setting = config_model()
            origin = f"config file {config_source()}"
        if not setting:
            continue
        if _looks_like_path(setting):
            path = Path(setting).expanduser()
            if not path.exists():
                raise UserError(_('model folder {path} (from {origin}) does not exist; {value}').format(path=path, origin=origin, value=_install_hint(DEFAULT_MODEL)))
            return path, origin
        found = find_named(setting)
        if found is None:
            raise UserError(_("model '{setting}' (from {origin}) is not installed; {value}").format(setting=setting, origin=origin, value=_install_hint(setting)))
        return found, origin
    found = find_named(DEFAULT_MODEL)
    if found is None:
        raise UserError(_('no speech model installed; install it with: voice-companion models install {DEFAULT_MODEL}').format(DEFAULT_MODEL=DEFAULT_MODEL))
    return found, "default"


def require_usable(path: Path) -> ModelCheck:
    check = check_model(path)
    if not check.ok:
        raise UserError(check.summary() + f"; {_install_hint(DEFAULT_MODEL)}")
    return check


# -- installing -------------------------------------------------------------------


class _Progress:
    """A one-line progress bar on stderr (a few plain lines when stderr is not a terminal)."""

    def __init__(self, label: str, total: int | None, stream: TextIO | None = None):
        self.label = label
        self.total = total
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.done = 0
        self._last_step = -1
        self._last_time = 0.0

    def update(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        mb = self.done / 1e6
        if self.total:
            frac = min(1.0, self.done / self.total)
            if self.tty:
                if now - self._last_time < 0.1 and self.done < self.total:
                    return
                bar = "#" * int(frac * 30)
                self.stream.write(f"\r{self.label} [{bar:<30}] {mb:6.1f}/{self.total / 1e6:.1f} MB")
            else:
                step = int(frac * 10)
                if step == self._last_step:
                    return
                self._last_step = step
                self.stream.write(f"{self.label}: {step * 10}% ({mb:.1f}/{self.total / 1e6:.1f} MB)\n")
        else:
            if now - self._last_time < (0.1 if self.tty else 5.0):
                return
            self.stream.write(f"\r{self.label}: {mb:.1f} MB" if self.tty else f"{self.label}: {mb:.1f} MB\n")
        self._last_time = now
        self.stream.flush()

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


def _download(url: str, dest: Path, label: str, progress_stream: TextIO | None, timeout: float) -> int:
    request = urllib.request.Request(url, headers={"User-Agent": f"voice-companion/{voice_companion.__version__}"})
    try:
        response = urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        raise UserError(_('cannot download {url}: the server answered {code} {reason}').format(url=url, code=exc.code, reason=exc.reason))
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise UserError(
            _('cannot download {url}: no network connection ({reason}); download the zip elsewhere and run: voice-companion models install NAME --from-zip FILE.zip').format(url=url, reason=reason)
        )
    with response:
        length = response.headers.get("Content-Length")
        total = int(length) if length and length.isdigit() else None
        bar = _Progress(label, total, progress_stream)
        received = 0
        try:
            with open(dest, "wb") as out:
                while True:
                    try:
                        block = response.read(1 << 16)
                    except (OSError, urllib.error.URLError) as exc:
                        raise UserError(_('download of {url} broke off after {value:.1f} MB ({exc}); nothing was installed; try again').format(url=url, value=received / 1e6, exc=exc))
                    if not block:
                        break
                    out.write(block)
                    received += len(block)
                    bar.update(len(block))
        finally:
            bar.finish()
    if total is not None and received != total:
        raise UserError(_('download of {url} is incomplete ({received} of {total} bytes); nothing was installed; try again').format(url=url, received=received, total=total))
    return received


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _safe_extract(archive: zipfile.ZipFile, into: Path) -> None:
    root = into.resolve()
    for member in archive.infolist():
        target = (into / member.filename).resolve()
        if target != root and root not in target.parents:
            raise UserError(_('the model zip holds an unsafe path ({filename!r}); nothing was installed').format(filename=member.filename))
    archive.extractall(into)


def _find_model_root(unpacked: Path) -> Path:
    if check_model(unpacked).layout:
        return unpacked
    entries = [p for p in unpacked.iterdir() if not p.name.startswith(("__MACOSX", "."))]
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return unpacked


def install_model(
    name: str,
    *,
    dest_dir: Path | None = None,
    from_zip: Path | None = None,
    force: bool = False,
    url: str | None = None,
    progress_stream: TextIO | None = None,
    timeout: float = 30.0,
    log: Callable[[str], None] | None = None,
) -> Path:
    """Download (or take from `from_zip`), verify and atomically install model `name`.

    Returns the installed folder: dest_dir/<name>.
    """
    say = log or (lambda message: print(message, file=progress_stream or sys.stderr))
    known = KNOWN_MODELS.get(name)
    if known is None and from_zip is None and url is None:
        raise UserError(_("unknown model '{name}'; known models: {value} (voice-companion models list)").format(name=name, value=', '.join(KNOWN_MODELS)))
    folder = Path(dest_dir) if dest_dir else user_models_dir()
    target = folder / name
    if target.exists() and not force:
        raise UserError(_('{target} already exists; use --force to replace it').format(target=target))
    try:
        if dest_dir is None:
            paths.ensure_private_dir(paths.data_dir())
        paths.ensure_private_dir(folder)
    except OSError as exc:
        raise UserError(_('cannot create {folder}: {value}').format(folder=folder, value=exc.strerror or exc))
    work = Path(tempfile.mkdtemp(prefix=f".{name}.installing-", dir=folder))
    try:
        archive_path = work / "model.zip"
        if from_zip is not None:
            from_zip = Path(from_zip).expanduser()
            if not from_zip.is_file():
                raise UserError(_('no zip file at {from_zip}').format(from_zip=from_zip))
            shutil.copyfile(from_zip, archive_path)
        else:
            source = url or (base_url() + f"{known.folder}.zip")
            say(_("downloading {name} ({size_mb} MB, licence {license}) from {source}").format(
                name=name, size_mb=known.size_mb, license=known.license, source=source) if known
                else _("downloading {name} from {source}").format(name=name, source=source))
            _download(source, archive_path, name, progress_stream, timeout)
        if known is not None and known.sha256 and from_zip is None:
            actual = _sha256(archive_path)
            if actual != known.sha256:
                raise UserError(_('checksum mismatch for {name} (got {value}..., expected {value2}...); nothing was installed').format(name=name, value=actual[:12], value2=known.sha256[:12]))
        try:
            with zipfile.ZipFile(archive_path) as archive:
                bad = archive.testzip()
                if bad is not None:
                    raise UserError(_('the model zip is damaged (bad entry {bad}); nothing was installed; try again').format(bad=bad))
                unpacked = work / "unpacked"
                unpacked.mkdir()
                _safe_extract(archive, unpacked)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
            raise UserError(_('the downloaded file is not a valid zip ({exc}); nothing was installed; try again').format(exc=exc))
        archive_path.unlink()
        root = _find_model_root(unpacked)
        check = check_model(root)
        if not check.ok:
            raise UserError(_('the zip does not hold a usable Vosk model ({value}); nothing was installed').format(value='; '.join(check.problems)))
        os.chmod(root, paths.PRIVATE_DIR_MODE)
        if target.exists():
            old = work / "previous"
            os.replace(target, old)
        os.replace(root, target)  # atomic on one file system: the model appears whole or not at all
        say(_("installed {name} in {target}").format(name=name, target=target))
        return target
    finally:
        shutil.rmtree(work, ignore_errors=True)


def cleanup_stale_installs(folder: Path | None = None) -> int:
    """Remove leftovers of installs that were killed (SIGKILL, power loss)."""
    folder = folder or user_models_dir()
    removed = 0
    if folder.is_dir():
        for leftover in folder.glob(".*.installing-*"):
            shutil.rmtree(leftover, ignore_errors=True)
            removed += 1
    return removed


def installed_models() -> list[tuple[str, Path, ModelCheck]]:
    """Every model folder in the search folders (known names first)."""
    found: list[tuple[str, Path, ModelCheck]] = []
    seen: set[Path] = set()
    for folder in search_dirs():
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if not path.is_dir() or path.name.startswith(".") or path.resolve() in seen:
                continue
            seen.add(path.resolve())
            found.append((path.name, path, check_model(path)))
    return found


__all__ = ["KnownModel", "KNOWN_MODELS", "ModelCheck", "check_model", "resolve_model", "require_usable",
           "install_model", "installed_models", "base_url", "find_named", "cleanup_stale_installs",
           "DEFAULT_MODEL", "repo_models_dir", "user_models_dir"]
