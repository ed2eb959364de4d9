"""Assembly: bank + core + log + bus into a session, and the scripted player.

Live listening, `simulate` and `demo` all go through `open_session`, so a
scripted session exercises exactly the pipeline a real call does.
"""

from __future__ import annotations

import time
from functools import lru_cache
from pathlib import Path
from typing import Callable

from voice_companion.bank import Bank, load_bank, resolve_bank_path
from voice_companion.config import load_config
from voice_companion.core import Companion
from voice_companion.events import ComponentWarning, Event, Tick, Utterance
from voice_companion.paths import new_session_log_path
from voice_companion.pipeline import REDACTION_HOLD, Bus, Session
from voice_companion.script import ScriptLine
from voice_companion.errors import UserError
from voice_companion.sessionlog import LogWriter

SECONDS_PER_WORD = 0.33  # speaking time of a scripted utterance, for its end time
PAUSE_AFTER = 3.0  # a worker silent this long has paused: time to suggest


@lru_cache(maxsize=4)
def _cached_bank(path: str, mtime: float) -> Bank:
    return load_bank(path)


def default_bank(path: Path | str | None = None) -> Bank:
    resolved = resolve_bank_path(path)
    try:
        mtime = resolved.stat().st_mtime
    except OSError:
        mtime = 0.0
    return _cached_bank(str(resolved), mtime)


def open_session(
    *,
    source: str,
    log_path: Path | str | None = None,
    bus: Bus | None = None,
    bank_path: Path | str | None = None,
    clock: Callable[[], float] | None = None,
    interaction: str | None = None,
    redact: bool = True,
    start_fields: dict[str, object] | None = None,
    recover: bool = True,
) -> Session:
    """Build the core, open the private log, emit session_start.

    The user's config decides redaction (on by default) and encryption of the
    log at rest; a config error stops here, before any log is written.
    """
    # privacy and recovery are imported here: `classify` and `lookup` start faster without them
    from voice_companion.privacy.crypto import encrypted_path, write_key
    from voice_companion.privacy.redact import make_redactor
    from voice_companion.recovery import recover_all

    config = load_config()
    bank = default_bank(bank_path)
    interaction = interaction or config.interaction
    core = Companion(bank, pause_after=PAUSE_AFTER, interaction=interaction,
                     suggestion_ttl=config.suggestion_seconds)
    key = write_key(config)
    path = Path(log_path) if log_path else new_session_log_path()
    if key is not None and not str(path).endswith(".enc"):
        path = encrypted_path(path)
    log = LogWriter(path, key=key)
    session = Session(core, log=log, bus=bus, source=source, clock=clock,
                      redact=make_redactor(config) if redact else None)
    fields: dict[str, object] = {"audio_stored": False}
    if config.worker:
        fields["worker"] = config.worker
    if interaction:
        fields["interaction"] = interaction
    session.start(**{**fields, **(start_fields or {})})
    for closed in (recover_all() if recover else ()):  # the evaluator runs many sessions: no recovery
        if closed != path:
            session.emit(ComponentWarning(t=0.0, component="recovery",
                                          message=f"vorige sessie was niet afgesloten en is hersteld: {closed.name}"))
    return session


def script_events(lines: list[ScriptLine], *, pause_after: float = PAUSE_AFTER) -> list[Event]:
    """Utterances of a script, with the pauses between them as ticks."""
    events: list[Event] = []
    if lines and lines[0].t > pause_after:
        events.append(Tick(t=pause_after, silent_since=0.0))
    for i, line in enumerate(lines):
        next_start = lines[i + 1].t if i + 1 < len(lines) else None
        duration = max(0.6, SECONDS_PER_WORD * len(line.text.split()))
        end = round(line.t + duration if next_start is None else min(line.t + duration, next_start), 3)
        events.append(Utterance(t=end, text=line.text, start=line.t, end=end, source="script"))
        if next_start is None or next_start - end >= pause_after:
            events.append(Tick(t=end + pause_after, silent_since=end))
        if REDACTION_HOLD > pause_after and (next_start is None or next_start - end >= REDACTION_HOLD):
            # as the live recognizer ticks on while the worker is silent: a line held back from the log
            # (it may go on with a number) is written once its hold is over, not at the next line
            events.append(Tick(t=end + REDACTION_HOLD, silent_since=end))
    return events


def play_script(
    session: Session,
    lines: list[ScriptLine],
    *,
    speed: float | None = None,
    on_time: Callable[[float], None] | None = None,
    threaded: bool = False,
) -> float:
    """Feed a script through the session; `speed` None is as fast as possible.

    `threaded` submits to the session thread instead (when a live page also
    submits controls and lookups, one thread must own the core).

    Returns the session time at the end. `on_time` lets the caller's clock
    follow the script time (the session's clock in simulate and demo).
    """
    wall_start = time.monotonic()
    t = 0.0
    for event in script_events(lines):
        t = event.t
        if speed:
            delay = t / speed - (time.monotonic() - wall_start)
            if delay > 0:
                time.sleep(delay)
        if on_time:
            on_time(t)
        if threaded:
            if session.failed is not None:  # the log cannot be written: stop, do not run blind
                raise UserError(session.failed)
            session.submit(event)
        else:
            session.handle(event)
    return t
