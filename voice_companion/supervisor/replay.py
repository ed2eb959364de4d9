"""Replay a session in the terminal, as it happened: timed, fast, or step by step."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from typing import Callable, TextIO

from voice_companion.supervisor.analysis import SessionAnalysis, SuggestionOutcome
from voice_companion.supervisor.fmt import (
    CHANNELS, CONTROLS, CRISIS_END_REASONS, END_REASONS, SOURCES, SUGGESTION_ENDS, WHISPER_STATUS, crisis_name,
    dutch_datetime, skipped_lines_text, skipped_notes_text,
    fmt_clock, fmt_span, interaction_name, phase_name, technique_name,
)


@dataclass(frozen=True)
class Entry:
    t: float
    kind: str
    text: str


_STYLES = {
    "phase": "1;36", "crisis": "1;31", "suggestion": "33", "uptake": "32", "note": "35",
    "control": "34", "warning": "31", "end": "1", "lookup": "34",
}


def _quote(text: str) -> str:
    return f"“{text}”"


def _outcome_text(outcome: SuggestionOutcome | None) -> str:
    if outcome is None:
        return ""
    if not outcome.taken:
        return f" · {SUGGESTION_ENDS.get(outcome.outcome, 'niet opgevolgd')}"
    if outcome.taken_via == "alternative":
        return f" · alternatief gesteld na {fmt_span(outcome.delay)}"
    return f" · opgevolgd na {fmt_span(outcome.delay)}"


def header_lines(analysis: SessionAnalysis) -> list[str]:
    lines = [f"Gesprek van {dutch_datetime(analysis.started_at)} · duur {fmt_clock(analysis.duration)}"]
    details = []
    if analysis.worker:
        details.append(f"werker: {analysis.worker}")
    if analysis.source:
        details.append(f"bron: {SOURCES.get(analysis.source, analysis.source)}")
    if analysis.bank:
        details.append(f"vraagbank: {analysis.bank}")
    if analysis.redaction:
        details.append("anonimisering aan")
    if analysis.interaction:
        details.append(f"gesprekstype: {interaction_name(analysis.interaction)}")
    if details:
        lines.append(" · ".join(details))
    if analysis.unfinished:
        lines.append("Let op: dit logboek is niet afgesloten (geen einde van de sessie); het gesprek kan "
                     "afgebroken zijn.")
    if analysis.unknown_schema:
        lines.append(f"Let op: onbekende logboekversie {analysis.schema!r}; niet alles wordt misschien getoond.")
    if analysis.skipped:
        lines.append(f"Let op: {skipped_lines_text(analysis.skipped)} en {'is' if analysis.skipped == 1 else 'zijn'} "
                     "overgeslagen.")
    if analysis.notes_skipped:
        lines.append(f"Let op: {skipped_notes_text(analysis.notes_skipped)}.")
    return lines


def build_entries(analysis: SessionAnalysis) -> list[Entry]:
    """The lines of the replay in time order, notes merged in at their moments."""
    records = analysis.events
    outcomes = iter(analysis.suggestions)
    entries: list[Entry] = []
    merged: set[int] = set()  # matches already shown with their utterance
    for i, r in enumerate(records):
        kind, t = r["type"], r["t"]
        if kind == "utterance":
            start = r.get("start")
            if isinstance(start, (int, float)) and not isinstance(start, bool) and 0 <= start <= t:
                t = float(start)  # a line is shown at the moment the worker began to say it
            text = _quote(str(r.get("text", "")))
            if r.get("redacted") is True:
                text += " [geanonimiseerd]"
            for j in range(i + 1, len(records)):
                nxt = records[j]
                if nxt["type"] == "utterance":
                    break
                if nxt["type"] == "match":
                    merged.add(j)
                    technique = nxt.get("technique")
                    if isinstance(technique, str) and technique != "none":
                        text += f"  · {technique_name(technique)}"
                    break
            entries.append(Entry(t, "utterance", text))
        elif kind == "match" and i not in merged:
            technique = r.get("technique")
            if isinstance(technique, str) and technique != "none":
                entries.append(Entry(t, "utterance", f"(herkend) · {technique_name(technique)}"))
        elif kind == "phase":
            previous = r.get("previous")
            text = f"── Fase: {phase_name(r.get('phase'))}"
            if previous:
                text += f" (was: {phase_name(previous)})"
            entries.append(Entry(t, "phase", text))
        elif kind == "crisis":
            trigger = r.get("trigger")
            certainty = "mogelijke crisis" if r.get("certainty") == "possible" else "Crisis"
            text = f"!! {certainty[0].upper() + certainty[1:]}: {crisis_name(r.get('crisis'))}"
            if isinstance(trigger, str) and trigger:
                text += f" — {_quote(trigger)}"
            if r.get("certainty") == "possible" and r.get("safety_asked") is True:
                text += " (eigen veiligheidsvraag van de hulpverlener)"
            elif r.get("certainty") == "possible" and r.get("screening") is True:
                text += " (eigen controlevraag van de hulpverlener)"
            entries.append(Entry(t, "crisis", text))
        elif kind == "crisis_end":
            reason = str(r.get("reason", ""))
            entries.append(Entry(t, "crisis", f"!! Einde crisis {crisis_name(r.get('crisis'))}: "
                                              f"{CRISIS_END_REASONS.get(reason, reason)}"))
        elif kind == "protocol":
            entries.append(Entry(t, "crisis", f"☑ Protocol: {r.get('label') or r.get('item', '')}"))
        elif kind == "suggestion":
            outcome = next(outcomes, None)
            channel = CHANNELS.get(str(r.get("channel")), str(r.get("channel", "scherm")))
            text = f"→ Suggestie ({channel}): {technique_name(r.get('technique'))}"
            if r.get("text"):
                text += f" — {_quote(str(r.get('text')))}"
            entries.append(Entry(t, "suggestion", text + _outcome_text(outcome)))
        elif kind == "uptake":
            delay = r.get("delay")
            text = f"✓ Suggestie opgevolgd: {technique_name(r.get('technique'))}"
            if isinstance(delay, (int, float)) and not isinstance(delay, bool):
                text += f" (na {fmt_span(delay)})"
            entries.append(Entry(t, "uptake", text))
        elif kind == "lookup":
            via = "gesproken" if r.get("via") == "voice" else "getypt"
            found = r.get("question_id") or "niets gevonden"
            entries.append(Entry(t, "lookup", f"? Opgezocht ({via}): {_quote(str(r.get('query', '')))} → {found}"))
        elif kind == "control":
            action = r.get("action")
            value = r.get("value")
            label = CONTROLS.get(str(action), f"Bediening: {action}")
            if action == "interaction":
                text = f"{label}: {interaction_name(value)}"
            elif value not in (None, ""):
                text = f"{label}: {value}"
            else:
                text = label
            entries.append(Entry(t, "control", f"‖ {text}"))
        elif kind == "whisper":
            status = r.get("status")
            if status != "spoken":
                label = WHISPER_STATUS.get(str(status), str(status))
                entries.append(Entry(t, "warning", f"~ Fluistering {label}: {r.get('question_id', '')}"))
        elif kind == "warning":
            entries.append(Entry(t, "warning", f"! Melding ({r.get('component', '')}): {r.get('message', '')}"))
        elif kind == "audio_status":
            parts = [f"{k}={r[k]}" for k in ("status", "overflows", "dropped_chunks") if r.get(k)]
            entries.append(Entry(t, "warning", "! Audio: " + (", ".join(parts) or "melding")))
        elif kind == "session_end":
            reason = r.get("reason")
            entries.append(Entry(t, "end", f"■ Einde gesprek ({END_REASONS.get(str(reason), str(reason))})"))
    for note in analysis.notes:
        author = f" van {note.author}" if note.author else ""
        what = "Veiligheidsvraag volgens de supervisor" if note.kind == "safety_at" else "Notitie"
        entries.append(Entry(note.at, "note", f"✎ {what}{author}: {note.text}"))
    entries.sort(key=lambda e: e.t)  # stable: notes after the events of the same moment
    return entries


def use_colour(stream: TextIO) -> bool:
    return (hasattr(stream, "isatty") and stream.isatty() and "NO_COLOR" not in os.environ
            and os.environ.get("TERM") != "dumb")


def format_entry(entry: Entry, colour: bool) -> str:
    clock = fmt_clock(entry.t)
    if not colour:
        return f"{clock}  {entry.text}"
    style = _STYLES.get(entry.kind)
    text = f"\033[{style}m{entry.text}\033[0m" if style else entry.text
    return f"\033[2m{clock}\033[0m  {text}"


def _read_key(stream: TextIO) -> str:
    """One key press from a terminal (Enter, q, ...), or a line when not a terminal."""
    if stream.isatty():
        try:
            import termios
            import tty
        except ImportError:  # not a POSIX terminal
            return stream.readline()
        fd = stream.fileno()
        old = termios.tcgetattr(fd)
        try:
            tty.setcbreak(fd)
            key = os.read(fd, 1).decode(errors="ignore")
        finally:
            termios.tcsetattr(fd, termios.TCSADRAIN, old)
        return "" if key == "\x04" else (key if key in "qQ" else "\n")
    return stream.readline()


def play(entries: list[Entry], *, out: TextIO, speed: float = 1.0, step: bool = False,
         start: float = 0.0, inp: TextIO | None = None,
         sleep: Callable[[float], None] = time.sleep, prompt: TextIO | None = None) -> int:
    """Show `entries`; returns how many were shown (stops early on 'q' or end of input)."""
    colour = use_colour(out)
    inp = inp or sys.stdin
    interactive = step and inp.isatty()
    shown = 0
    previous_t = start
    for entry in entries:
        if entry.t < start:
            continue
        if step:
            if shown:
                if interactive and prompt is not None:
                    prompt.write("[Enter: volgende · q: stoppen] ")
                    prompt.flush()
                key = _read_key(inp)
                if interactive and prompt is not None:
                    prompt.write("\r\033[K")
                    prompt.flush()
                if key == "" or key.strip().lower() == "q":
                    break
        elif speed > 0 and entry.t > previous_t:
            sleep((entry.t - previous_t) / speed)
        previous_t = max(previous_t, entry.t)
        out.write(format_entry(entry, colour) + "\n")
        out.flush()
        shown += 1
    return shown
