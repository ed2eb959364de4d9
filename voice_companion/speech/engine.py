"""Loading a Vosk model safely, with the end-of-utterance silence we want.

Vosk ends an utterance by Kaldi's endpoint rules, which it reads from the
model's conf/model.conf:

  rule2: trailing silence >= --endpoint.rule2.min-trailing-silence and the
         decoder is in a final state with a good score  (the usual ending)
  rule3: longer silence (rule3) with a worse score; rule4: any score.

A worker's pause in conversation is shorter than a dictation pause, so the
companion sets rule2 to `end_silence` (default 0.5 s) and rule3/rule4 to
end_silence + 0.5 s / + 1.0 s, the same mapping as Vosk's own
`SetEndpointerDelays` in later releases. vosk 0.3.45 (the version we pin) has no
`SetEndpointerDelays`/`SetEndpointerMode` (neither in Python nor in libvosk.so),
so when the wanted values differ from the model's, we load the model through an
*overlay folder*: a temporary folder with symlinks to every part of the model
and our own copy of conf/model.conf. The installed model is never modified, and
the overlay is deleted as soon as Vosk has read the model (Vosk reads every file
in the Model constructor). Where a Vosk build has `SetEndpointerDelays`, that is
used instead.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from voice_companion.errors import ComponentError, UserError
from voice_companion.speech.models import ModelCheck, require_usable
from voice_companion.i18n import _

DEFAULT_END_SILENCE = 0.5
MIN_END_SILENCE = 0.1
MAX_END_SILENCE = 5.0

_vosk_lock = threading.Lock()
_vosk_module: Any = None


def vosk_module() -> Any:
    """Import vosk once, with its logging silenced (the terminal stays calm)."""
    global _vosk_module
    with _vosk_lock:
        if _vosk_module is None:
            try:
                import vosk  # noqa: PLC0415  (heavy import, only when speech is used)
            except (ImportError, OSError) as exc:
                raise ComponentError(_("the speech engine (vosk) cannot be loaded: {exc}; reinstall with: pip install 'vosk>=0.3.45,<0.4'").format(exc=exc))
            vosk.SetLogLevel(-1)
            _vosk_module = vosk
        return _vosk_module


@dataclass(frozen=True)
class EndpointSettings:
    end_silence: float = DEFAULT_END_SILENCE
    max_utterance: float | None = None  # rule5 (Kaldi default 20 s); None keeps the model's
    # extra silence before rule3 / rule4 end an utterance the decoder finds unlikely
    rule3_extra: float = 0.5
    rule4_extra: float = 1.0
    frames_per_chunk: int | None = None  # decoder chunk (output frames); smaller = less latency

    def rules(self) -> dict[str, float]:
        rules = {
            "--endpoint.rule2.min-trailing-silence": self.end_silence,
            "--endpoint.rule3.min-trailing-silence": self.end_silence + self.rule3_extra,
            "--endpoint.rule4.min-trailing-silence": self.end_silence + self.rule4_extra,
        }
        if self.frames_per_chunk is not None:
            rules["--frames-per-chunk"] = self.frames_per_chunk
        if self.max_utterance is not None:
            rules["--endpoint.rule5.min-utterance-length"] = self.max_utterance
        return rules


def check_end_silence(value: float) -> float:
    if not (MIN_END_SILENCE <= value <= MAX_END_SILENCE):
        raise UserError(_('--end-silence must be between {MIN_END_SILENCE} and {MAX_END_SILENCE} seconds (got {value})').format(MIN_END_SILENCE=MIN_END_SILENCE, MAX_END_SILENCE=MAX_END_SILENCE, value=value))
    return float(value)


def _parse_conf(text: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("--") and "=" in line:
            key, value = line.split("=", 1)
            values[key] = value
    return values


def _write_overlay(model: Path, conf_text: str, rules: dict[str, float]) -> Path:
    overlay = Path(tempfile.mkdtemp(prefix="voice-companion-model-"))
    try:
        for entry in model.iterdir():
            if entry.name != "conf":
                os.symlink(entry.resolve(), overlay / entry.name)
        conf_dir = overlay / "conf"
        conf_dir.mkdir()
        for entry in (model / "conf").iterdir():
            if entry.name != "model.conf":
                os.symlink(entry.resolve(), conf_dir / entry.name)
        lines = [line for line in conf_text.splitlines()
                 if not any(line.strip().startswith(key + "=") for key in rules)]
        lines += [f"{key}={value:g}" for key, value in rules.items()]
        (conf_dir / "model.conf").write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError:
        shutil.rmtree(overlay, ignore_errors=True)
        raise
    return overlay


@dataclass
class SpeechModel:
    """A loaded Vosk model; one serves several recognizers (in threads)."""

    path: Path
    check: ModelCheck
    vosk_model: Any
    endpoint: EndpointSettings
    endpoint_method: str  # how the end silence was applied
    _vocab_cache: dict[str, bool] = field(default_factory=dict, repr=False)

    @property
    def sample_rate(self) -> int:
        return self.check.sample_rate

    @property
    def runtime_grammar(self) -> bool:
        return self.check.runtime_grammar

    def has_word(self, word: str) -> bool:
        if word not in self._vocab_cache:
            self._vocab_cache[word] = self.vosk_model.vosk_model_find_word(word) >= 0
        return self._vocab_cache[word]

    def recognizer(self, grammar: list[str] | None = None, *, words: bool = True, alternatives: int = 0) -> Any:
        """A new KaldiRecognizer at the model's rate (optionally restricted to `grammar`).

        `alternatives` > 0 asks Vosk for its n best readings of each utterance
        (`SetMaxAlternatives`), so crisis cues can be looked for beyond the best guess.
        """
        vosk = vosk_module()
        try:
            if grammar is not None:
                rec = vosk.KaldiRecognizer(self.vosk_model, float(self.sample_rate), json.dumps(grammar, ensure_ascii=False))
            else:
                rec = vosk.KaldiRecognizer(self.vosk_model, float(self.sample_rate))
        except Exception as exc:  # vosk raises bare Exception
            raise ComponentError(_('the speech engine could not start a recognizer for {path}: {exc}').format(path=self.path, exc=exc))
        rec.SetWords(words)
        if alternatives > 0:
            rec.SetMaxAlternatives(alternatives)
        if self.endpoint_method == "SetEndpointerDelays":
            rec.SetEndpointerDelays(5.0, self.endpoint.end_silence, self.endpoint.max_utterance or 20.0)
        return rec


def load_model(path: Path | str, *, end_silence: float = DEFAULT_END_SILENCE,
               max_utterance: float | None = None, rule3_extra: float = 0.5,
               rule4_extra: float = 1.0, frames_per_chunk: int | None = None) -> SpeechModel:
    """Check and load a model folder; UserError for a folder that is not a model.

    The folder is checked before Vosk sees it: Vosk aborts or exits on some
    broken folders, so only a folder that looks complete is handed to it.
    """
    path = Path(path).expanduser()
    check = require_usable(path)
    settings = EndpointSettings(check_end_silence(end_silence), max_utterance, rule3_extra, rule4_extra, frames_per_chunk)
    vosk = vosk_module()
    load_path = path
    overlay: Path | None = None
    method = "model.conf"
    conf_file = path / "conf" / "model.conf"
    if hasattr(vosk.KaldiRecognizer, "SetEndpointerDelays"):
        method = "SetEndpointerDelays"
    elif check.layout != "v2":
        method = "fixed (old model layout: Vosk's built-in 0.5 s)"
    else:
        try:
            conf_text = conf_file.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise UserError(_('cannot read {conf_file}: {value}').format(conf_file=conf_file, value=exc.strerror or exc))
        current = _parse_conf(conf_text)
        wanted = settings.rules()
        same = all(_is_number(current.get(key, "")) and abs(float(current[key]) - value) < 1e-6
                   for key, value in wanted.items())
        if not same:
            try:
                overlay = _write_overlay(path, conf_text, wanted)
            except OSError as exc:
                raise ComponentError(_('cannot prepare the model configuration in a temporary folder: {exc}').format(exc=exc))
            load_path = overlay
            method = "model.conf copy"
    try:
        with _captured_stderr() as captured:
            try:
                model = vosk.Model(str(load_path))
            except Exception:  # vosk raises bare Exception("Failed to create a model")
                model = None
        if model is None:
            detail = _kaldi_error(captured.get("text", ""))
            raise UserError(_("{path} could not be loaded as a Vosk model ({detail}); it may be damaged: reinstall it with 'voice-companion models install NAME --force'").format(path=path, detail=detail))
    finally:
        if overlay is not None:
            shutil.rmtree(overlay, ignore_errors=True)
    return SpeechModel(path=path, check=check, vosk_model=model, endpoint=settings, endpoint_method=method)


@contextlib.contextmanager
def _captured_stderr() -> Iterator[dict[str, str]]:
    """Catch what Kaldi writes to file descriptor 2 (its ERROR lines ignore the log level)."""
    captured: dict[str, str] = {}
    try:
        saved = os.dup(2)
    except OSError:
        yield captured
        return
    with tempfile.TemporaryFile() as sink:
        try:
            sys.stderr.flush()
            os.dup2(sink.fileno(), 2)
            yield captured
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            captured["text"] = sink.read(20000).decode("utf-8", "replace")


def _kaldi_error(text: str) -> str:
    for line in text.splitlines():
        if line.startswith("ERROR") or "ERROR" in line[:20]:
            message = line.split(") ", 1)[-1].strip()
            return message[:200] or "Failed to create a model"
    return "Failed to create a model"


def _is_number(value: str) -> bool:
    try:
        float(value)
        return True
    except ValueError:
        return False


__all__ = ["SpeechModel", "EndpointSettings", "load_model", "vosk_module", "check_end_silence",
           "DEFAULT_END_SILENCE"]
