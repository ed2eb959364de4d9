"""Trends over many sessions: per worker pseudonym and per ISO week.

Reading is light: lines that no trend needs (whispers, warnings, lookups) are
recognised by their first bytes and never parsed, so hundreds of sessions take
seconds. Utterances are read for their start times, so the time to the safety
question is the same here as in the session's own report. Encrypted logs (*.jsonl.enc) are
read with the configured passphrase, as `read_log` does. The figures themselves
come from the same `analyse` as the single-session report.
"""

from __future__ import annotations

import os
import re
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
from voice_companion.sessionlog import MAX_T, iter_log_lines
from voice_companion.supervisor.analysis import SAFETY_NORM, UNKNOWN_WORKER, analyse
from voice_companion.supervisor.charts import FAMILY_COLOURS, FAMILY_NAMES, family_of, trends_svg
from voice_companion.supervisor.fmt import (
    crisis_name, dutch_datetime, fmt_clock, fmt_norm, fmt_span, interaction_name, iso_week, percent, plural,
    short_datetime,
)
from voice_companion.supervisor.notes import is_notes_file, read_notes
from voice_companion.supervisor.reflection import OwnAverage, own_average
from voice_companion.supervisor.report import esc, page, skipped_notice
from voice_companion.i18n import _

# lines the trends never need, as the log writer starts them (json.dumps default separators)
_UNNEEDED = tuple(f'{{"type": "{kind}"'.encode() for kind in
                  ("whisper", "warning", "audio_status", "lookup"))
_UTTERANCE = b'{"type": "utterance"'
# the writer's own layout: type, t, ts, text (JSON-escaped, so no bare quote inside), then start
_UTTERANCE_TIMES = re.compile(rb'\{"type": "utterance", "t": (\d+(?:\.\d+)?), "ts": "[^"]*", '
                              rb'"text": "(?:[^"\\]|\\.)*", "start": (\d+(?:\.\d+)?),')
SAME_WORKER_MAX = 1000  # report LOG looks at most at this many other logs in its folder ...
SAME_WORKER_RECENT = 30  # ... and compares with at most this many of the same worker

PARALLEL_FROM = 40  # logs; below this, starting worker processes costs more than it saves

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
    cause: int = 0
    cause_in_crisis: int = 0
    interaction: str | None = None
    unfinished: bool = False
    unknown_schema: bool = False
    false_alarms: int = 0

    @property
    def week(self) -> str:
        return iso_week(self.started_at)

    def late(self, norm: float) -> int:
        return sum(1 for d in self.safety if d is None or d > norm)


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
    cause: int = 0
    cause_in_crisis: int = 0

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
        self.cause += s.cause
        self.cause_in_crisis += s.cause_in_crisis

    def late(self, norm: float) -> int:
        """Safety questions later than the norm, or never asked."""
        return sum(1 for d in self.safety if d is None or d > norm)

    @property
    def safety_worst(self) -> float | None:
        asked = self.safety_asked
        return max(asked) if asked else None

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
    utterances: list[dict] = []
    rest: list[bytes] = []
    for line in log_lines(path, key):  # plain, or decrypted line by line
        if line.startswith(_UNNEEDED):
            continue
        if line.startswith(_UTTERANCE):
            # only when it was said matters here: its times, read without parsing the words
            m = _UTTERANCE_TIMES.match(line)
            if m is not None:
                t, start = float(m.group(1)), float(m.group(2))
                if 0 <= start <= t <= MAX_T:
                    utterances.append({"type": "utterance", "t": t, "start": start, "text": ""})
                    continue
        rest.append(line)
    for _, record in iter_log_lines(rest):
        if record is None:
            skipped += 1
        else:
            records.append(record)
    if utterances:
        # as the writer put them: an utterance before the events of the same moment (its match first of all)
        records = sorted(records + utterances, key=lambda r: (r["t"], r["type"] != "utterance"))
    if not records:
        return None
    try:
        notes, _ = read_notes(path)  # a supervisor's --safety-at overrules the companion here too
    except UserError:
        notes = []
    a = analyse(records, path=path, skipped=skipped, notes=[n for n in notes if n.kind == "safety_at"])
    return SessionSummary(
        path=path, worker=a.worker, started_at=a.started_at, duration=a.duration,
        techniques=a.techniques, solution=a.solution_talk, problem=a.problem_talk, questions=a.questions,
        reflect=a.summaries_and_acknowledgement, crises=[c.crisis for c in a.crises],
        safety=a.safety_delays(), given=len(a.suggestions), taken=a.taken_up, skipped=a.skipped,
        cause=a.cause_total, cause_in_crisis=a.cause_in_crisis, interaction=a.interaction,
        unfinished=a.unfinished, unknown_schema=a.unknown_schema, false_alarms=len(a.false_alarms),
    )


def _first_worker(path: Path) -> str | None:
    """The worker pseudonym of a plain log from its first line; None when it cannot be told cheaply."""
    import json

    try:
        with open(path, "rb") as handle:
            first = handle.readline(65536)
        record = json.loads(first.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(record, dict) or record.get("type") != "session_start":
        return None
    worker = record.get("worker")
    return worker if isinstance(worker, str) and worker else UNKNOWN_WORKER


def same_worker_average(log: Path, worker: str) -> OwnAverage | None:
    """The worker's own figures over the other plain logs in the same folder (None: no other session)."""
    if worker == UNKNOWN_WORKER:
        return None
    log = Path(log)
    try:
        candidates = [p for p in log.parent.glob("*.jsonl") if p.is_file() and not is_notes_file(p)
                      and p.resolve() != log.resolve()]
    except OSError:
        return None
    summaries = []
    same = [path for path in sorted(candidates)[-SAME_WORKER_MAX:] if _first_worker(path) == worker]
    for path in same[-SAME_WORKER_RECENT:]:  # log names start with their date: the most recent ones
        try:
            summary = read_summary(path)
        except (UserError, OSError):
            continue
        if summary is not None:
            summaries.append(summary)
    return own_average(summaries) if summaries else None


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
        raise UserError(_('no folder at {folder}; give a folder with session logs (.jsonl)').format(folder=folder))
    if logs is None:
        logs = find_logs(folder)
    if not logs:
        raise UserError(_('no session logs (*.jsonl) in {folder}; give the folder the companion writes its logs to').format(folder=folder))
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
        raise UserError(_('none of the {value} .jsonl file(s) in {folder} holds readable session events').format(value=len(logs), folder=folder))
    if worker is not None:
        wanted = worker.strip().lower()
        chosen = [s for s in sessions if s.worker.lower() == wanted]
        if not chosen:
            known = ", ".join(sorted({s.worker for s in sessions})[:10])
            raise UserError(_('no sessions of worker {worker!r} in {folder}; the workers there are: {known}').format(worker=worker, folder=folder, known=known))
        sessions = chosen
    return Trends(folder=folder, sessions=sessions, unreadable=unreadable, worker_filter=worker)


FAMILY_ORDER = ("contact", "problem", "solution", "crisis")  # "geen interventie" is left out of the mix


def families(counts: Counter) -> Counter:
    out: Counter = Counter()
    for technique, n in counts.items():
        out[family_of(technique)] += n
    return out


def _mix(counts: Counter) -> str:
    fam = families(counts)
    total = sum(fam[f] for f in FAMILY_ORDER)
    if not total:
        return '<span class="none">geen</span>'
    bar = "".join(
        f'<span style="width:{100 * fam[f] / total:.1f}%;background:{FAMILY_COLOURS[f]}" '
        f'title="{esc(FAMILY_NAMES[f])} {percent(fam[f], total)}"></span>' for f in FAMILY_ORDER if fam[f])
    top = ", ".join(f"{esc(FAMILY_NAMES[f].split(' (')[0])} {percent(fam[f], total)}"
                    for f in sorted(FAMILY_ORDER, key=lambda f: -fam[f]) if fam[f])
    return f'<div class="split">{bar}</div><span class="hint">{top}</span>'


def _safety_cell(group: Group, norm: float) -> str:
    if not group.safety:
        return '<span class="none">geen crisis die erom vraagt</span>'
    missing = len(group.safety) - len(group.safety_asked)
    late = group.late(norm)
    lines = []
    if group.safety_asked:
        lines.append(f"mediaan {fmt_span(group.safety_median)}")
        worst = group.safety_worst
        lines.append(f'<span class="{"missing" if worst is not None and worst > norm else "hint"}">'
                     f"langste {fmt_span(worst)}</span>")
    detail = f"{len(group.safety)}× nodig"
    if late - missing:  # asked, but later than the norm
        detail += f', <span class="missing">{late - missing}× te laat</span>'
    if missing:
        detail += f', <span class="missing">{missing}× niet gesteld</span>'
    lines.append(f'<span class="hint">{detail}</span>')
    return "<br>".join(lines)


_GROUP_COLUMNS = ((12, "", None), (10, "Gesprek&shy;ken", "num"), (22, "Techniekenmix", None),
                  (14, "Oplossings&shy;gericht / probleem&shy;gericht", "num"), (10, "Waarom&shy;vragen", "num"),
                  (10, "Vragen : samen&shy;vatten, erkennen", "num"), (12, "Tijd tot veilig&shy;heids&shy;vraag", None),
                  (10, "Sugges&shy;ties opgevolgd", "num"))


def _group_table(title: str, cls: str, first: str, groups: Iterable[Group], norm: float) -> list[str]:
    cols = "".join(f'<col style="width:{w}%">' for w, _, _ in _GROUP_COLUMNS)
    heads = "".join(f'<th{" class=" + chr(34) + c + chr(34) if c else ""}>{esc(first) if i == 0 else label}</th>'
                    for i, (_, label, c) in enumerate(_GROUP_COLUMNS))
    parts = [f"<h2>{esc(title)}</h2>",
             f'<table class="{cls} trend-table"><colgroup>{cols}</colgroup><thead><tr>{heads}</tr></thead><tbody>']
    for g in groups:
        mix = " ".join(f"{t}:{n}" for t, n in sorted(g.techniques.items()))
        fam = " ".join(f"{f}:{n}" for f, n in sorted(families(g.techniques).items()))
        median = g.safety_median
        worst = g.safety_worst
        parts.append(
            f'<tr data-group="{esc(g.name)}" data-sessions="{g.sessions}" data-techniques="{esc(mix)}" '
            f'data-families="{esc(fam)}" '
            f'data-safety-median="{"" if median is None else f"{median:.3f}"}" '
            f'data-safety-worst="{"" if worst is None else f"{worst:.3f}"}" data-safety-late="{g.late(norm)}" '
            f'data-safety-missing="{len(g.safety) - len(g.safety_asked)}" data-given="{g.given}" '
            f'data-taken="{g.taken}" data-cause="{g.cause}" data-cause-crisis="{g.cause_in_crisis}">'
            f'<td>{esc(g.name)}</td><td class="num">{g.sessions}<br>'
            f'<span class="hint">{fmt_span(g.duration)}</span></td><td>{_mix(g.techniques)}</td>'
            f'<td class="num">{g.solution} / {g.problem}<br><span class="hint">'
            f'{percent(g.solution, g.solution + g.problem)} oplossings&shy;gericht</span></td>'
            f'<td class="num">{g.cause}<br><span class="hint">{g.cause_in_crisis} in crisis</span></td>'
            f'<td class="num">{g.questions} : {g.reflect}</td><td>{_safety_cell(g, norm)}</td>'
            f'<td class="num">{g.taken} van {g.given}<br><span class="hint">{percent(g.taken, g.given)}</span></td></tr>')
    parts.append("</tbody></table>")
    return parts


REPORT_NAMES = ("{stem}.html", "{stem}-verslag.html")  # beside the log, as `purge` knows them


def report_of(log: Path) -> Path | None:
    """The session's own report beside its log, if one was written."""
    name = log.name
    for suffix in (".jsonl.enc", ".jsonl"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    for pattern in REPORT_NAMES:
        candidate = log.with_name(pattern.format(stem=name))
        if candidate.is_file():
            return candidate
    return None


def _link(log: Path, output: Path | None) -> str:
    """A relative link from the trends file to the session's report (or its log when there is none)."""
    target = report_of(log)
    label = "verslag" if target is not None else "logboek"
    target = target or log
    base = (output.resolve().parent if output is not None else Path.cwd())
    try:
        href = os.path.relpath(target.resolve(), base)
    except ValueError:  # another drive
        href = target.resolve().as_uri()
    href = "/".join(href.split(os.sep))
    from urllib.parse import quote

    link = f'<a href="{esc(quote(href))}" data-kind="{label}">{esc(log.name)}</a>'
    if label == "logboek":
        link += '<br><span class="hint no-report">nog geen verslag</span>'
    return link


def render_trends(trends: Trends, *, now: datetime | None = None, safety_norm: float = SAFETY_NORM,
                  output: Path | None = None) -> str:
    now = now or datetime.now().astimezone()
    norm = safety_norm
    total = trends.total
    weeks = trends.groups(lambda s: s.week)
    workers = trends.groups(lambda s: s.worker)
    skipped = sum(s.skipped for s in trends.sessions)
    with_skips = sum(1 for s in trends.sessions if s.skipped)
    body = ["<header><h1>Trends over gesprekken</h1>",
            f'<p class="meta">{plural(len(trends.sessions), "gesprek", "gesprekken")} uit '
            f'{esc(trends.folder.name or str(trends.folder))}'
            + (f" · werker: {esc(trends.worker_filter)}" if trends.worker_filter else "")
            + f" · samen {fmt_span(total.duration)}</p>"]
    if skipped:
        body.append(skipped_notice(skipped, None, f"{with_skips} logboek{'en' if with_skips != 1 else ''}"))
    if trends.unreadable:
        n = len(trends.unreadable)
        names = ", ".join(p.name for p in trends.unreadable[:5]) + (" …" if n > 5 else "")
        body.append(f'<p class="alert unreadable" data-count="{n}">'
                    f'{plural(n, "bestand bevat", "bestanden bevatten")} geen leesbaar sessielogboek en '
                    f'{"is" if n == 1 else "zijn"} overgeslagen: {esc(names)}</p>')
    unfinished = sum(1 for s in trends.sessions if s.unfinished)
    if unfinished:
        body.append(f'<p class="alert unfinished" data-count="{unfinished}">'
                    f'{plural(unfinished, "logboek is", "logboeken zijn")} niet afgesloten (geen einde van de sessie); '
                    'zie de kolom Verslag.</p>')
    schema = sum(1 for s in trends.sessions if s.unknown_schema)
    if schema:
        body.append(f'<p class="alert schema" data-count="{schema}">{plural(schema, "logboek heeft", "logboeken hebben")} '
                    'een onbekende logboekversie; niet alles wordt misschien goed geteld.</p>')
    without = sum(1 for s in trends.sessions if report_of(s.path) is None)
    if without:
        body.append(f'<p class="info no-reports" data-count="{without}">'
                    f'{plural(without, "gesprek heeft", "gesprekken hebben")} nog geen verslag naast het logboek; '
                    f'de link gaat dan naar het logboek zelf. Maak het verslag naast het logboek '
                    f'(<code>voice-companion report LOG.jsonl -o LOG.html</code>) en maak dit overzicht opnieuw, '
                    f'dan linkt het naar het verslag.</p>')
    body.append("</header>")
    late = total.late(norm)
    worst = total.safety_worst
    body.append('<div class="cards">' + "".join(
        f'<div class="card{cls}"{attrs}><div class="label">{label}</div><div class="value">{value}</div></div>'
        for label, value, cls, attrs in (
            ("Gesprekken", str(len(trends.sessions)), "", ""),
            ("Werkers", str(len(workers)), "", ""),
            ("Weken", str(len(weeks)), "", ""),
            ("Oplossingsgericht", percent(total.solution, total.solution + total.problem), "", ""),
            ("Waaromvragen (in crisis)", f"{total.cause} ({total.cause_in_crisis})", "",
             f' data-cause="{total.cause}" data-cause-crisis="{total.cause_in_crisis}"'),
            ("Suggesties opgevolgd", percent(total.taken, total.given), "", ""),
            ("Tijd tot veiligheidsvraag (mediaan)", fmt_span(total.safety_median) if total.safety_asked else "–",
             "", ""),
            (f"Te laat (norm {fmt_norm(norm)}) of niet gesteld", f"{late} van {len(total.safety)}",
             " late" if late else "", f' data-safety-late="{late}" data-safety-norm="{norm:g}"'),
            ("Langste tijd tot veiligheidsvraag", fmt_span(worst) if worst is not None else "–",
             " late" if worst is not None and worst > norm else "",
             f' data-safety-worst="{"" if worst is None else f"{worst:.3f}"}"'),
        )) + "</div>")
    body.append(f'<p class="hint">Oplossingsgericht: doel, uitzonderingen, hoop, coping, schaalvragen, volgende stap en '
                f'nuttigheid tegenover probleemverkenning en oorzaken zoeken (waarom-vragen). Tijd tot '
                f'veiligheidsvraag: bij suïcidaliteit of een kwetsbaar persoon in gevaar, van de eerste regel waarin '
                f'de crisis hoorbaar werd tot de eerste directe vraag naar de veiligheid; norm {fmt_norm(norm)}. '
                f'Een vals alarm telt niet als crisis. Opgevolgd: de werker stelde de voorgestelde vraag.</p>')
    chart = trends_svg(
        [g.name for g in weeks],
        [("oplossingsgericht %", [g.solution_share for g in weeks], "#3a7d44"),
         ("suggesties opgevolgd %", [g.uptake_share for g in weeks], "#2f6690")],
        [g.safety_median for g in weeks],
        norm=norm,
    )
    if chart:
        body.append(f'<section id="grafiek"><h2>Per week</h2><div class="chart-box keep">{chart}</div></section>')
    legend = "".join(f'<span><i class="swatch" style="background:{FAMILY_COLOURS[f]}"></i>{esc(FAMILY_NAMES[f])}</span>'
                     for f in FAMILY_ORDER)
    body.append(f'<p class="legend mix-legend">Techniekenmix in vier families (zonder “geen interventie”): {legend}</p>')
    body.append('<section id="werkers">')
    body += _group_table("Per werker", "worker-table", "Werker", workers, norm)
    body.append('</section><section id="weken">')
    body += _group_table("Per ISO-week", "week-table", "Week", weeks, norm)
    body.append("</section>")
    body.append('<section id="gesprekken"><h2>De gesprekken</h2><table class="session-table trend-table"><colgroup>'
                '<col style="width:12%"><col style="width:13%"><col style="width:7%"><col style="width:12%">'
                '<col style="width:15%"><col style="width:12%"><col style="width:7%"><col style="width:22%">'
                '</colgroup><thead><tr>'
                '<th>Datum</th><th>Werker</th><th class="num">Duur</th><th>Type</th><th>Crisis</th>'
                '<th>Tijd tot veilig&shy;heids&shy;vraag</th><th class="num">Waar&shy;om</th><th>Verslag</th>'
                '</tr></thead><tbody>')
    for s in sorted(trends.sessions, key=lambda s: (s.started_at is None, s.started_at or datetime.min, s.path.name)):
        crises = ", ".join(crisis_name(c) for c in s.crises) or "–"
        if s.false_alarms:
            crises += f" ({plural(s.false_alarms, 'vals alarm', 'valse alarmen')})"
        safety = ", ".join(
            ('<span class="missing">niet gesteld</span>' if d is None
             else f'<span class="missing">{fmt_span(d)}</span>' if d > norm else fmt_span(d)) for d in s.safety) or "–"
        flags = []
        if s.unfinished:
            flags.append('<span class="missing">niet afgesloten</span>')
        if s.skipped:
            flags.append(f'{plural(s.skipped, "regel", "regels")} overgeslagen')
        body.append(
            f'<tr data-worker="{esc(s.worker)}" data-week="{s.week}" data-late="{s.late(norm)}" '
            f'data-unfinished="{str(s.unfinished).lower()}" data-interaction="{esc(s.interaction or "")}">'
            f'<td title="{esc(dutch_datetime(s.started_at))}">{esc(short_datetime(s.started_at))}</td>'
            f'<td>{esc(s.worker)}</td>'
            f'<td class="num">{fmt_clock(s.duration)}</td>'
            f'<td>{esc(interaction_name(s.interaction)) if s.interaction else "–"}</td><td>{esc(crises)}</td>'
            f'<td>{safety}</td><td class="num">{s.cause}</td>'
            f'<td class="link">{_link(s.path, output)}'
            + (f'<br><span class="hint">{", ".join(flags)}</span>' if flags else "") + '</td></tr>')
    body.append("</tbody></table></section>")
    body.append(f"<footer><p>Gemaakt door voice-companion op {esc(dutch_datetime(now))}. Dit overzicht bevat "
                "geen gespreksinhoud, wel namen van werkers: deel het met zorg.</p></footer>")
    return page("Trends over gesprekken", body)
