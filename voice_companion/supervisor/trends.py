"""Trends over many sessions: per worker pseudonym and per ISO week.

Reading is light: lines that no trend needs (utterances with their text,
whispers, warnings, lookups) are recognised by their first bytes and never
parsed, so hundreds of sessions take seconds. Encrypted logs (*.jsonl.enc) are
read with the configured passphrase, as `read_log` does. The figures themselves
come from the same `analyse` as the single-session report.
"""

from __future__ import annotations

import os
import statistics
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterable

from voice_companion.config import load_config
from voice_companion.errors import UserError
from voice_companion.privacy.crypto import LogKey, is_encrypted_log, log_lines, read_key
from voice_companion.sessionlog import iter_log_lines
from voice_companion.supervisor.analysis import UNKNOWN_WORKER, analyse
from voice_companion.supervisor.charts import trends_svg
from voice_companion.supervisor.fmt import (
    crisis_name, dutch_datetime, fmt_clock, fmt_span, iso_week, percent, technique_name,
)
from voice_companion.supervisor.notes import is_notes_file
from voice_companion.supervisor.report import esc, page, skipped_notice

# lines the trends never need, as the log writer starts them (json.dumps default separators)
_UNNEEDED = tuple(f'{{"type": "{kind}"'.encode() for kind in
                  ("utterance", "whisper", "warning", "audio_status", "lookup"))

PARALLEL_FROM = 40  # logs; below this, starting worker processes costs more than it saves

_MIX_COLOURS = {
    "welcome": "#8c8c8c", "usefulness": "#7aa974", "perspective": "#a678b5", "acknowledgement": "#e0b050",
    "summary": "#d69a2d", "problem": "#c8553d", "goal": "#2f6690", "exception": "#3a7d44",
    "coping": "#5b9bd5", "scaling": "#1f4e99", "hope": "#6fbf73", "next_step": "#0f7b6c",
    "mandate": "#9c6644", "mirroring": "#b07aa1", "consequences": "#8a1c1c", "safety": "#b00020",
}


@dataclass
class SessionSummary:
    path: Path
    worker: str
    started_at: datetime | None
    duration: float
    techniques: Counter
    solution: int
    problem: int
    questions: int
    reflect: int
    crises: list[str]
    safety: list[float | None]  # time to safety question per crisis that needs one; None: never asked
    given: int
    taken: int
    skipped: int

    @property
    def week(self) -> str:
        return iso_week(self.started_at)


@dataclass
class Group:
    name: str
    sessions: int = 0
    duration: float = 0.0
    techniques: Counter = field(default_factory=Counter)
    solution: int = 0
    problem: int = 0
    questions: int = 0
    reflect: int = 0
    safety: list[float | None] = field(default_factory=list)
    given: int = 0
    taken: int = 0

    def add(self, s: SessionSummary) -> None:
        self.sessions += 1
        self.duration += s.duration
        self.techniques.update(s.techniques)
        self.solution += s.solution
        self.problem += s.problem
        self.questions += s.questions
        self.reflect += s.reflect
        self.safety.extend(s.safety)
        self.given += s.given
        self.taken += s.taken

    @property
    def safety_asked(self) -> list[float]:
        return [d for d in self.safety if d is not None]

    @property
    def safety_median(self) -> float | None:
        asked = self.safety_asked
        return statistics.median(asked) if asked else None

    @property
    def solution_share(self) -> float | None:
        total = self.solution + self.problem
        return 100 * self.solution / total if total else None

    @property
    def uptake_share(self) -> float | None:
        return 100 * self.taken / self.given if self.given else None


def read_summary(path: Path, key: LogKey | None = None) -> SessionSummary | None:
    """A session's trend figures; None when the file holds no session events."""
    records: list[dict] = []
    skipped = 0
    lines = log_lines(path, key)  # plain, or decrypted line by line
    for _, record in iter_log_lines(line for line in lines if not line.startswith(_UNNEEDED)):
        if record is None:
            skipped += 1
        else:
            records.append(record)
    if not records:
        return None
    a = analyse(records, path=path, skipped=skipped)
    return SessionSummary(
        path=path, worker=a.worker, started_at=a.started_at, duration=a.duration,
        techniques=a.techniques, solution=a.solution_talk, problem=a.problem_talk, questions=a.questions,
        reflect=a.summaries_and_acknowledgement, crises=[c.crisis for c in a.crises],
        safety=a.safety_delays(), given=len(a.suggestions), taken=a.taken_up, skipped=a.skipped,
    )


def find_logs(folder: Path) -> list[Path]:
    """Session logs in `folder` and below: *.jsonl and encrypted *.jsonl.enc, not notes."""
    return sorted(p for pattern in ("*.jsonl", "*.jsonl.enc") for p in folder.rglob(pattern)
                  if p.is_file() and not is_notes_file(p))


def _read_one(path: Path, key: LogKey | None) -> tuple[Path, SessionSummary | None, UserError | None]:
    try:
        return path, read_summary(path, key), None
    except UserError as exc:  # e.g. an encrypted log without (the right) passphrase
        return path, None, exc
    except OSError:
        return path, None, None


def _read_all(logs: list[Path], key: LogKey | None):
    """Summaries of all logs, in order; in worker processes when there are many
    (an encrypted log costs a key derivation of its own, ~0.1 s)."""
    workers = min(os.cpu_count() or 1, 8)
    if len(logs) < PARALLEL_FROM or workers < 2:
        return [_read_one(path, key) for path in logs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_read_one, logs, [key] * len(logs), chunksize=16))


@dataclass
class Trends:
    folder: Path
    sessions: list[SessionSummary]
    unreadable: list[Path]  # files that could not be opened or hold no session events
    worker_filter: str | None = None

    def groups(self, key) -> list[Group]:
        groups: dict[str, Group] = {}
        for s in self.sessions:
            name = key(s)
            groups.setdefault(name, Group(name)).add(s)
        return [groups[name] for name in sorted(groups, key=lambda n: (n == UNKNOWN_WORKER, n.lower()))]

    @property
    def total(self) -> Group:
        group = Group("alle gesprekken")
        for s in self.sessions:
            group.add(s)
        return group


def collect(folder: Path, worker: str | None = None, logs: list[Path] | None = None) -> Trends:
    """Trend figures of the logs in `folder` (or of `logs`, found there before)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(f"no folder at {folder}; give a folder with session logs (.jsonl)")
    if logs is None:
        logs = find_logs(folder)
    if not logs:
        raise UserError(f"no session logs (*.jsonl) in {folder}; give the folder the companion writes its logs to")
    key = read_key(load_config()) if any(is_encrypted_log(p) for p in logs) else None
    sessions: list[SessionSummary] = []
    unreadable: list[Path] = []
    first_error: UserError | None = None
    for path, summary, error in _read_all(logs, key):
        first_error = first_error or error
        if summary is None:
            unreadable.append(path)
        else:
            sessions.append(summary)
    if not sessions:
        if first_error is not None:
            raise first_error
        raise UserError(f"none of the {len(logs)} .jsonl file(s) in {folder} holds readable session events")
    if worker is not None:
        wanted = worker.strip().lower()
        chosen = [s for s in sessions if s.worker.lower() == wanted]
        if not chosen:
            known = ", ".join(sorted({s.worker for s in sessions})[:10])
            raise UserError(f"no sessions of worker {worker!r} in {folder}; the workers there are: {known}")
        sessions = chosen
    return Trends(folder=folder, sessions=sessions, unreadable=unreadable, worker_filter=worker)


def _mix(counts: Counter) -> str:
    interventions = {t: n for t, n in counts.items() if t != "none" and n}
    total = sum(interventions.values())
    if not total:
        return '<span class="none">geen</span>'
    order = sorted(interventions, key=lambda t: -interventions[t])
    bar = "".join(
        f'<span style="width:{100 * interventions[t] / total:.1f}%;background:{_MIX_COLOURS.get(t, "#999")}" '
        f'title="{esc(technique_name(t))} {percent(interventions[t], total)}"></span>' for t in order)
    top = ", ".join(f"{esc(technique_name(t))} {percent(interventions[t], total)}" for t in order[:3])
    return f'<div class="split">{bar}</div><span class="hint">{top}</span>'


def _safety_cell(group: Group) -> str:
    if not group.safety:
        return '<span class="none">geen crisis die erom vraagt</span>'
    missing = len(group.safety) - len(group.safety_asked)
    text = f"mediaan {fmt_span(group.safety_median)}" if group.safety_asked else ""
    detail = f"{len(group.safety)}× nodig"
    if missing:
        detail += f', <span class="missing">{missing}× niet gesteld</span>'
    return (text + "<br>" if text else "") + f'<span class="hint">{detail}</span>'


def _group_table(title: str, cls: str, first: str, groups: Iterable[Group]) -> list[str]:
    parts = [f"<h2>{esc(title)}</h2>",
             f'<table class="{cls} trend-table"><colgroup><col style="width:11%"><col style="width:11%">'
             '<col style="width:26%"><col style="width:13%"><col style="width:11%"><col style="width:16%">'
             '<col style="width:12%"></colgroup><thead><tr><th>' + esc(first) + '</th>'
             '<th class="num">Gesprekken</th><th>Techniekenmix</th><th class="num">Oplossings&shy;gericht / probleem&shy;gericht</th>'
             '<th class="num">Vragen : samenvatten en erkennen</th><th>Tijd tot veiligheidsvraag</th>'
             '<th class="num">Suggesties opgevolgd</th></tr></thead><tbody>']
    for g in groups:
        mix = " ".join(f"{t}:{n}" for t, n in sorted(g.techniques.items()))
        median = g.safety_median
        parts.append(
            f'<tr data-group="{esc(g.name)}" data-sessions="{g.sessions}" data-techniques="{esc(mix)}" '
            f'data-safety-median="{"" if median is None else f"{median:.3f}"}" '
            f'data-safety-missing="{len(g.safety) - len(g.safety_asked)}" data-given="{g.given}" '
            f'data-taken="{g.taken}"><td>{esc(g.name)}</td><td class="num">{g.sessions}<br>'
            f'<span class="hint">{fmt_span(g.duration)}</span></td><td>{_mix(g.techniques)}</td>'
            f'<td class="num">{g.solution} / {g.problem}<br><span class="hint">'
            f'{percent(g.solution, g.solution + g.problem)} oplossingsgericht</span></td>'
            f'<td class="num">{g.questions} : {g.reflect}</td><td>{_safety_cell(g)}</td>'
            f'<td class="num">{g.taken} van {g.given}<br><span class="hint">{percent(g.taken, g.given)}</span></td></tr>')
    parts.append("</tbody></table>")
    return parts


def render_trends(trends: Trends, *, now: datetime | None = None) -> str:
    now = now or datetime.now().astimezone()
    total = trends.total
    weeks = trends.groups(lambda s: s.week)
    workers = trends.groups(lambda s: s.worker)
    skipped = sum(s.skipped for s in trends.sessions)
    with_skips = sum(1 for s in trends.sessions if s.skipped)
    body = ["<header><h1>Trends over gesprekken</h1>",
            f'<p class="meta">{len(trends.sessions)} gesprekken uit {esc(trends.folder.name or str(trends.folder))}'
            + (f" · werker: {esc(trends.worker_filter)}" if trends.worker_filter else "")
            + f" · samen {fmt_span(total.duration)}</p>"]
    if skipped:
        body.append(skipped_notice(skipped, None, f"{with_skips} logboek{'en' if with_skips != 1 else ''}"))
    if trends.unreadable:
        names = ", ".join(p.name for p in trends.unreadable[:5]) + (" …" if len(trends.unreadable) > 5 else "")
        body.append(f'<p class="alert unreadable" data-count="{len(trends.unreadable)}">'
                    f'{len(trends.unreadable)} bestand(en) bevatten geen leesbaar sessielogboek en zijn '
                    f'overgeslagen: {esc(names)}</p>')
    body.append("</header>")
    body.append('<div class="cards">' + "".join(
        f'<div class="card"><div class="label">{label}</div><div class="value">{value}</div></div>' for label, value in (
            ("Gesprekken", str(len(trends.sessions))),
            ("Werkers", str(len(workers))),
            ("Weken", str(len(weeks))),
            ("Oplossingsgericht", percent(total.solution, total.solution + total.problem)),
            ("Suggesties opgevolgd", percent(total.taken, total.given)),
            ("Tijd tot veiligheidsvraag (mediaan)", fmt_span(total.safety_median) if total.safety_asked else "–"),
        )) + "</div>")
    body.append('<p class="hint">Oplossingsgericht: doel, uitzonderingen, hoop, coping, schaalvragen, volgende stap en '
                'nuttigheid tegenover probleemverkenning. Tijd tot veiligheidsvraag: bij suïcidaliteit of een '
                'kwetsbaar persoon in gevaar, van het eerste noemen tot de eerste vraag naar veiligheid. '
                'Opgevolgd: de werker stelde de voorgestelde vraag.</p>')
    chart = trends_svg(
        [g.name for g in weeks],
        [("oplossingsgericht %", [g.solution_share for g in weeks], "#3a7d44"),
         ("suggesties opgevolgd %", [g.uptake_share for g in weeks], "#2f6690")],
        [g.safety_median for g in weeks],
    )
    if chart:
        body.append(f'<section id="grafiek"><h2>Per week</h2><div class="chart-box keep">{chart}</div></section>')
    legend = "".join(f'<span><i class="swatch" style="background:{colour}"></i>{esc(technique_name(t))}</span>'
                     for t, colour in _MIX_COLOURS.items())
    body.append(f'<p class="legend mix-legend">Techniekenmix (zonder “geen interventie”): {legend}</p>')
    body.append('<section id="werkers">')
    body += _group_table("Per werker", "worker-table", "Werker", workers)
    body.append('</section><section id="weken">')
    body += _group_table("Per ISO-week", "week-table", "Week", weeks)
    body.append("</section>")
    body.append('<section id="gesprekken"><h2>De gesprekken</h2><table class="session-table"><thead><tr>'
                '<th>Datum</th><th>Werker</th><th class="num">Duur</th><th>Crisis</th>'
                '<th>Tijd tot veiligheidsvraag</th><th class="num">Opgevolgd</th><th>Logboek</th></tr></thead><tbody>')
    for s in sorted(trends.sessions, key=lambda s: (s.started_at is None, s.started_at or datetime.min, s.path.name)):
        crises = ", ".join(crisis_name(c) for c in s.crises) or "–"
        safety = ", ".join("niet gesteld" if d is None else fmt_span(d) for d in s.safety) or "–"
        body.append(f'<tr data-worker="{esc(s.worker)}" data-week="{s.week}"><td>{esc(dutch_datetime(s.started_at))}</td>'
                    f'<td>{esc(s.worker)}</td><td class="num">{fmt_clock(s.duration)}</td><td>{esc(crises)}</td>'
                    f'<td>{esc(safety)}</td><td class="num">{s.taken}/{s.given}</td>'
                    f'<td>{esc(s.path.name)}{" (" + str(s.skipped) + " regels overgeslagen)" if s.skipped else ""}'
                    f'</td></tr>')
    body.append("</tbody></table></section>")
    body.append(f"<footer><p>Gemaakt door voice-companion op {esc(dutch_datetime(now))}. Dit overzicht bevat "
                "geen gespreksinhoud, wel namen van werkers: deel het met zorg.</p></footer>")
    return page("Trends over gesprekken", body)
