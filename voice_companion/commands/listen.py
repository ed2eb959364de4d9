"""`voice-companion listen`: hear the worker (headset microphone or a WAV file), suggest, log.

    audio (mic / --input FILE) -> Vosk recognizer thread -> Utterance, Tick -> session (core)
                                                         -> Partial -> terminal view
    session -> log (private) + bus -> terminal view

Ctrl-C, SIGTERM or SIGHUP (the terminal closed) stop cleanly: the last words are
recognized, session_end is written and reaches the live page ("Gesprek beëindigd")
before the page server stops, and the log path is printed. With --input the session ends by itself
at the end of the file.
"""

from __future__ import annotations

import argparse
import queue
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from voice_companion.commands._common import add_bank_option, number_option
from voice_companion.errors import UserError
from voice_companion.live.wiring import add_live_arguments, check_page_port
from voice_companion.i18n import _, _N


_end_silence = number_option("--end-silence", _N("seconds"), "0.5", low=0.1, high=5.0, hint=_N(" seconds"))


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "listen", help=_("listen to the worker (headset or WAV file), suggest questions, write the log"),
        description=_("Recognizes what the worker says (offline, Vosk), classifies it, suggests the next "
        "question and writes the private session log. Stop with Ctrl-C."))
    src = p.add_mutually_exclusive_group()
    src.add_argument("--input", type=Path, default=None, metavar=_("FILE"),
                     help=_("a WAV recording instead of the microphone (any rate, mono or stereo)"))
    src.add_argument("--input-device", default=None, metavar=_("DEVICE"),
                     help=_("microphone: number or part of the name (see 'voice-companion devices')"))
    p.add_argument("--model", default=None,
                   help=_("speech model folder or name (default: $VOICE_COMPANION_MODEL, config, nl-small)"))
    p.add_argument("--end-silence", type=_end_silence, default=None, metavar=_("SECONDS"),
                   help=_("pause that ends an utterance (default 0.5 s, or end_silence in the config)"))
    p.add_argument("--realtime", action="store_true",
                   help=_("with --input: play the file at real speed (default: as fast as possible)"))
    p.add_argument("--log", type=Path, default=None, help=_("where to write the session log (default: your data folder)"))
    p.add_argument("--interaction", choices=["visitor", "complainant", "customer"], default=None,
                   help=_("interaction type, as the worker would set it"))
    p.add_argument("--no-fast-endpoint", action="store_true",
                   help=_("end utterances by Vosk's rule only (adds ~0.4 s before each suggestion)"))
    p.add_argument("--store-audio", action="store_true", default=None,
                   help=_("keep this session's microphone audio as a private WAV beside the log "
                        "(off by default; marked in the log; removed by 'purge')"))
    p.add_argument("--quiet", action="store_true", help=_("no live view; print only the log path"))
    add_bank_option(p)
    add_live_arguments(p, page_default=None)
    p.set_defaults(func=run)


class _AudioRecorder:
    """The worker's microphone audio, kept only when the worker asked for it (--store-audio).

    A private WAV (0600) beside the log, named like it, so `purge` removes it with the session.
    """

    def __init__(self, path: Path, rate: int):
        import wave

        from voice_companion.paths import open_private

        self.path = path
        self._file = open_private(path, append=False, binary=True)
        self._wav = wave.open(self._file, "wb")
        self._wav.setnchannels(1)
        self._wav.setsampwidth(2)
        self._wav.setframerate(rate)
        self._lock = threading.Lock()

    def write(self, pcm: bytes) -> None:
        with self._lock:
            if self._wav is not None:
                self._wav.writeframes(pcm)

    def close(self) -> None:
        with self._lock:
            if self._wav is not None:
                self._wav.close()
                self._file.close()
                self._wav = None


class _AudioRouter:
    """While push-to-talk is held, the microphone feeds the lookup, not the call's recognizer."""

    def __init__(self, recognizer: Any, ptt: Any, recorder: _AudioRecorder | None = None):
        self.recognizer = recognizer
        self.ptt = ptt
        self.recorder = recorder

    def offer(self, chunk: Any) -> bool:
        if self.recorder is not None:
            self.recorder.write(chunk.pcm)
        if self.ptt is not None and self.ptt.pressed:
            self.ptt.feed(chunk.pcm)
            return True
        return self.recognizer.offer(chunk)


class _SerialView:
    """Calls the terminal view from one thread at a time (session thread + recognizer partials)."""

    def __init__(self, view: Any):
        self.view = view
        self.lock = threading.Lock()

    def __call__(self, event: Any) -> None:
        with self.lock:
            self.view(event)


def _load_config() -> Any:
    try:
        from voice_companion.config import load_config
    except ImportError:  # pragma: no cover
        return None
    return load_config()


def run(args) -> int:
    from voice_companion.speech.audio import WavReader
    from voice_companion.speech.engine import DEFAULT_END_SILENCE, load_model
    from voice_companion.speech.mic import resolve_input_device
    from voice_companion.speech.models import require_usable, resolve_model

    config = _load_config()
    end_silence = args.end_silence or (getattr(config, "end_silence", None) or DEFAULT_END_SILENCE)
    device_spec = args.input_device if args.input_device is not None else getattr(config, "input_device", None)
    if args.realtime and args.input is None:
        raise UserError(_("--realtime only applies to --input FILE (the microphone is always real time)"))

    # Everything that can be wrong with the input or the model fails here, before a log exists.
    model_path, _origin = resolve_model(args.model)
    check = require_usable(model_path)
    reader = None
    if args.input is not None:
        reader = WavReader(args.input, check.sample_rate)
    else:
        resolve_input_device(device_spec)
    if args.output_device:  # given on the command line: a missing headset is a mistake to fix now
        from voice_companion.whisper.player import require_output_device

        require_output_device(args.output_device)
    if args.page is None:  # default: the page for the microphone; for files only on a terminal
        args.page = getattr(config, "ui", "page") == "page" and (reader is None or sys.stdout.isatty())
    check_page_port(args)  # a port another companion holds: refused before the log is created
    model = load_model(model_path, end_silence=end_silence)
    return _listen(args, model, reader, device_spec, config)


def _listen(args, model, reader, device_spec, config=None) -> int:
    from voice_companion.app import default_bank, open_session
    from voice_companion.live.wiring import start_live
    from voice_companion.speech.echo import EchoGuard
    from voice_companion.speech.mic import MicrophoneInput
    from voice_companion.speech.ptt import PushToTalk
    from voice_companion.speech.recognizer import AudioChunk, StreamingRecognizer
    from voice_companion.events import ComponentWarning
    from voice_companion.terminal_view import TerminalView

    source = "file" if reader is not None else "mic"
    holder: dict[str, Any] = {}
    # For a file, the session clock is the audio time recognized so far, so the log
    # reads the same whether the file ran at real speed or 20x faster.
    clock = (lambda: holder["rec"].timeline.now if "rec" in holder else 0.0) if reader is not None else None
    store_audio = reader is None and bool(args.store_audio if args.store_audio is not None
                                          else getattr(config, "store_audio", False))
    session = open_session(source=source, log_path=args.log, bank_path=args.bank, clock=clock,
                           interaction=args.interaction,
                           start_fields={"model": model.path.name, "audio_stored": store_audio})
    recorder = None
    if store_audio and session.log is not None:
        name = session.log.path.name.removesuffix(".enc").removesuffix(".jsonl")
        recorder = _AudioRecorder(session.log.path.with_name(name + ".wav"), model.sample_rate)
    if not args.quiet:
        number = getattr(args, "crisis_number", None) or getattr(config, "crisis_number", None)
        session.bus.subscribe(_SerialView(TerminalView(default_bank(args.bank), crisis_number=number)))
    guard = EchoGuard(clock=session.clock)
    recognizer = StreamingRecognizer(model, submit=session.submit, publish=session.bus.publish, source=source,
                                     echo_guard=guard, fast_endpoint=not args.no_fast_endpoint)
    holder["rec"] = recognizer
    bank = default_bank(args.bank)
    ptt = None
    if reader is None:  # push-to-talk listens to the headset microphone
        try:
            ptt = PushToTalk(model, bank.lookup_vocabulary())
        except Exception as exc:  # a lookup aid must never stop the call
            session.submit(ComponentWarning(t=session.clock(), component="push-to-talk",
                                            message=f"zoeken met de stem is niet beschikbaar: {exc}"))
    session.run_in_thread()
    live = None
    try:
        live = start_live(session, bank, args, ptt=ptt, echo_guard=guard, config=config,
                          whisper=reader is None or bool(args.output_device))
    except UserError:
        session.stop("error")
        raise
    recognizer.start()

    reason = "done"
    error: BaseException | None = None
    mic = None
    previous_signals = _raise_on_signals()
    wall_start = time.monotonic()
    try:
        if reader is not None:
            for pcm, t0 in reader.blocks():
                if session.failed is not None:  # the log cannot be written: stop, do not run blind
                    raise UserError(session.failed)
                if args.realtime:
                    delay = t0 - (time.monotonic() - wall_start)
                    if delay > 0:
                        time.sleep(delay)
                while True:
                    try:
                        recognizer.put(AudioChunk(pcm, t0, model.sample_rate), timeout=0.5)
                        break
                    except queue.Full:  # the recognizer is behind: wait, never drop
                        if not recognizer.alive:
                            raise UserError(_("the speech recognizer stopped; see the warning in the log"))
        else:
            # rescan re-initialises PortAudio to find a re-plugged headset; that would cut
            # a whisper playing through PortAudio, so it is off when a headset output is set
            whispering = bool(live and live.whisperer
                              and (args.output_device or getattr(config, "output_device", None)))
            mic = MicrophoneInput(_AudioRouter(recognizer, ptt, recorder).offer, clock=session.clock, device=device_spec,
                                  rate=model.sample_rate, rescan=not whispering)
            device = mic.open()
            if not args.quiet:
                print(_('listening on {name} (stop: Ctrl-C)').format(name=device.name), file=sys.stderr)
            reason = "stopped"
            while recognizer.alive and session.failed is None:
                time.sleep(0.5)
                for event in mic.poll(session.clock()):
                    session.submit(event)
            if session.failed is not None:  # the log cannot be written: stop, do not run blind
                raise UserError(session.failed)
            reason = "error"  # the recognizer thread ended by itself (its warning is in the log)
    except KeyboardInterrupt:
        reason = "interrupted" if reader is not None else "stopped"
    except UserError as exc:
        reason = "error"
        error = exc
    except BaseException as exc:
        reason = "error"
        error = exc
    finally:
        try:
            if mic is not None:
                mic.close()
                for event in mic.poll(session.clock()):
                    session.submit(event)
            recognizer.close(timeout=60)
        finally:
            if live is not None:
                live.stop_whisper()  # before the session ends, so the last whispers are logged
            if recorder is not None:
                recorder.close()
            session.stop(reason)  # session_end reaches the page ...
            if live is not None:
                live.stop()  # ... before the page server stops
            _restore_signals(previous_signals)
    elapsed = time.monotonic() - wall_start
    stats = recognizer.stats
    out = sys.stdout if args.quiet else sys.stderr
    if not args.quiet and reader is not None:
        speed = stats.seconds_fed / elapsed if elapsed > 0 else 0.0
        print(_('{utterances} utterances recognized in {seconds_fed:.1f} s of audio ({speed:.1f}x real time)').format(utterances=stats.utterances, seconds_fed=stats.seconds_fed, speed=speed), file=sys.stderr)
    try:
        print(f"log: {session.log.path}" if session.log else "", file=out)
    except OSError:  # the terminal is gone (SIGHUP): the log is complete all the same
        pass
    if error is None and session.failed is not None:
        error = UserError(session.failed)
    if error is not None:
        raise error
    return 130 if reason == "interrupted" else 0


STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


def _silence_hung_up_terminal() -> None:
    """After the terminal closed, every write to it fails (EIO): point stdout and stderr at
    /dev/null, so the end of the call (the terminal view's last line, the log's path) cannot
    turn into a logged warning or exit status 1. A pipe or file, or a terminal that is still
    open (a SIGHUP sent by hand), is left as it is."""
    try:
        import errno
        import os
        import termios
    except ImportError:  # pragma: no cover - not on this platform
        return
    devnull = None
    for stream, fd in ((sys.stdout, 1), (sys.stderr, 2)):
        try:
            termios.tcgetattr(fd)
            continue  # still a working terminal
        except termios.error as exc:
            if not exc.args or exc.args[0] != errno.EIO:
                continue  # not a terminal (ENOTTY): a pipe or a file still works
        except (OSError, ValueError):
            continue
        try:
            if devnull is None:
                devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, fd)
            if stream is not None:
                try:
                    stream.flush()  # what was buffered for the dead terminal goes nowhere
                except (OSError, ValueError):
                    pass
        except OSError:
            pass
    if devnull is not None:
        os.close(devnull)


def _raise_on_signals() -> dict[int, Any]:
    """SIGTERM and SIGHUP (terminal closed) stop the call like Ctrl-C; only the first one counts,
    so a second signal cannot cut the clean end (session_end) short."""
    def handler(signum, frame):  # noqa: ARG001
        for sig in STOP_SIGNALS:
            try:
                signal.signal(sig, signal.SIG_IGN)
            except (ValueError, OSError):
                pass
        if signum == getattr(signal, "SIGHUP", None):
            _silence_hung_up_terminal()
        raise KeyboardInterrupt
    previous: dict[int, Any] = {}
    for sig in STOP_SIGNALS:
        try:
            previous[sig] = signal.signal(sig, handler)
        except ValueError:  # not in the main thread (tests calling run() from a thread)
            pass
    return previous


def _restore_signals(previous: dict[int, Any]) -> None:
    for sig, handler in previous.items():
        try:
            signal.signal(sig, handler)
        except (ValueError, TypeError, OSError):
            pass
