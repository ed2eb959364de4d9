"""Times and Dutch words for what a supervisor reads."""

from __future__ import annotations

import math
import re
from datetime import datetime

from voice_companion.labels import CRISES, INTERACTIONS, LIFE_EVENT, PHASES, TECHNIQUES
from voice_companion.script import _TIME_ONLY, parse_time
from voice_companion.terminal_view import mmss


def fmt_clock(seconds: float | None) -> str:
    """Session time as MM:SS (H:MM:SS from one hour on), as the live view shows it; '--:--' when unknown."""
    if seconds is None or not math.isfinite(seconds):
        return "--:--"
    return mmss(seconds)


def fmt_span(seconds: float | None) -> str:
    """A length of time in Dutch: '45 s', '2 min 05 s', '1 u 02 min'."""
    if seconds is None or not math.isfinite(seconds):
        return "onbekend"
    total = max(0, int(round(seconds)))
    if total < 60:
        return f"{total} s"
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} u {minutes:02d} min"
    return f"{minutes} min {secs:02d} s"


def fmt_norm(seconds: float) -> str:
    """A norm as a supervisor says it: '60 s', '90 s', '5 min 00 s'."""
    return f"{round(seconds)} s" if seconds < 120 else fmt_span(seconds)


_SECONDS = re.compile(r"^\d+(?:[.,]\d+)?$")


def parse_clock(text: str) -> float:
    """'03:10', '1:03:10' (as in session scripts) or '190' (seconds) -> seconds; ValueError otherwise."""
    value = text.strip()
    if _SECONDS.match(value):
        return float(value.replace(",", "."))
    m = _TIME_ONLY.match(value)
    if not m:
        raise ValueError(text)
    hours, minutes, seconds, fraction = m.groups()
    if int(seconds) >= 60 or (hours is not None and int(minutes) >= 60):
        raise ValueError(text)
    return parse_time(hours, minutes, seconds, fraction)


def plural(n: int, one: str, many: str) -> str:
    """'1 vraag', '2 vragen', '0 vragen'."""
    return f"{n} {one if n == 1 else many}"


def skipped_lines_text(n: int, what: str = "het logboek") -> str:
    """'1 regel van het logboek kon niet gelezen worden', '2 regels … konden …'."""
    return f"{plural(n, 'regel', 'regels')} van {what} {'kon' if n == 1 else 'konden'} niet gelezen worden"


def skipped_notes_text(n: int) -> str:
    return f"{plural(n, 'notitie', 'notities')} {'kon' if n == 1 else 'konden'} niet gelezen worden"


def technique_name(technique: str | None) -> str:
    if not technique:
        return "Niet herkend"
    return TECHNIQUES.get(technique, technique)


def phase_name(phase: str | None) -> str:
    if not phase:
        return "Geen fase"
    return PHASES.get(phase, phase)


def crisis_name(crisis: str | None) -> str:
    if crisis == LIFE_EVENT:
        return "Ingrijpende gebeurtenis (geen crisis)"
    return CRISES.get(crisis or "", crisis or "onbekend")


def interaction_name(value: str | None) -> str:
    return INTERACTIONS.get(value or "", value or "onbekend")


CHANNELS = {"display": "scherm", "whisper": "fluistering", "both": "scherm en fluistering"}
WHISPER_STATUS = {
    "spoken": "gefluisterd",
    "interrupted": "onderbroken",
    "skipped": "overgeslagen",
    "failed": "mislukt",
}
SOURCES = {"mic": "microfoon", "file": "audiobestand", "script": "script (simulatie)"}
END_REASONS = {"done": "afgerond", "stopped": "gestopt", "interrupted": "onderbroken", "error": "fout",
               "recovered": "hersteld na een crash"}
CONTROLS = {
    "mute": "Gedempt",
    "unmute": "Dempen uit",
    "pause": "Gepauzeerd",
    "resume": "Hervat",
    "interaction": "Gesprekstype",
    "mark": "Markering",
    "choose": "Alternatief gekozen",
    "dismiss": "Suggestie weggeklikt",
    "crisis_close": "Crisis voorbij (werker)",
    "crisis_false_alarm": "Geen crisis (werker)",
}
CRISIS_END_REASONS = {"assessed": "protocol doorlopen", "false_alarm": "geen crisis (vals alarm)",
                      "closed": "door de werker gesloten", "faded": "verdwenen (de werker ging verder)",
                      "safe": "de persoon in gevaar is nu veilig"}
SUGGESTION_ENDS = {"taken_up": "opgevolgd", "expired": "verlopen", "superseded": "vervangen",
                   "dismissed": "weggeklikt", "ignored": "niet opgevolgd"}
CERTAINTY = {"possible": "mogelijk", "confirmed": "bevestigd"}

_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")


def parse_ts(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def dutch_datetime(moment: datetime | None) -> str:
    if moment is None:
        return "onbekende datum"
    return (f"{_WEEKDAYS[moment.weekday()]} {moment.day} {_MONTHS[moment.month - 1]} "
            f"{moment.year}, {moment.hour:02d}:{moment.minute:02d}")


def short_datetime(moment: datetime | None) -> str:
    """'di 4 mrt 2025, 23:10': a date that fits a narrow column."""
    if moment is None:
        return "onbekend"
    return (f"{_WEEKDAYS[moment.weekday()][:2]} {moment.day} {_SHORT_MONTHS[moment.month - 1]} "
            f"{moment.year}, {moment.hour:02d}:{moment.minute:02d}")


_SHORT_MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def iso_week(moment: datetime | None) -> str:
    if moment is None:
        return "onbekend"
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


def percent(part: float, whole: float) -> str:
    if not whole:
        return "–"
    return f"{round(100 * part / whole)}%"
