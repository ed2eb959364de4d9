"""The HTML report of one session: self-contained, no scripts, prints on A4.

Every piece of text from the log or the notes is escaped: utterances are what
a worker said on the phone, never markup. The structure carries data-*
attributes with the raw figures so tests (and other tools) can read them back.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Iterable

from voice_companion import __version__
from voice_companion.labels import TECHNIQUES
from voice_companion.supervisor.analysis import (
    ALWAYS_COUNTED, NOT_QUESTIONS, PROBLEM_TALK, SAFETY_NORM, SOLUTION_TALK, SessionAnalysis,
)
from voice_companion.supervisor.charts import (
    CAUSE_COLOURS, FAMILY_COLOURS, FAMILY_NAMES, MARKER_COLOURS, PHASE_COLOURS, SUGGESTION_COLOURS,
    circle_svg, scale_svg, story_svg,
)
from voice_companion.supervisor.fmt import (
    CERTAINTY, CHANNELS, CRISIS_END_REASONS, END_REASONS, SOURCES, SUGGESTION_ENDS, WHISPER_STATUS, crisis_name,
    dutch_datetime, fmt_clock, fmt_norm, fmt_span, interaction_name, percent, phase_name, plural,
    skipped_lines_text, skipped_notes_text, technique_name,
)
from voice_companion.supervisor.reflection import OwnAverage, reflect
from voice_companion.supervisor.replay import build_entries

MAX_WARNINGS = 50

CSS = """
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #d9d9de; --soft: #f5f5f7; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif;
  color: var(--ink); background: #fff; margin: 0 auto; max-width: 62rem; padding: 1.5rem 1.25rem 3rem;
  line-height: 1.45; font-size: 15px; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.2rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
p { margin: .4rem 0; }
.meta, .hint, footer { color: var(--muted); }
.hint { font-size: .9rem; }
.alert { border-left: 4px solid #b00020; background: #fdf0f2; padding: .5rem .8rem; margin: .6rem 0; }
.info { border-left: 4px solid #2f6690; background: #eef4f9; padding: .5rem .8rem; margin: .6rem 0; }
nav.toc { margin: 1rem 0; font-size: .9rem; }
nav.toc a { margin-right: .9rem; color: #2f6690; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .6rem; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .7rem; background: var(--soft); }
.card .label { font-size: .8rem; color: var(--muted); }
.card .value { font-size: 1.25rem; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .45rem; border-bottom: 1px solid var(--line); }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
table.trend-table { font-size: .85rem; table-layout: fixed; }
table.trend-table td.num { white-space: normal; }
table.trend-table th, table.trend-table td { overflow-wrap: anywhere; padding: .25rem .3rem; hyphens: manual; }
table.trend-table .split { min-width: 0; }
table.trend-table .hint { font-size: .9em; }
td.time { white-space: nowrap; font-variant-numeric: tabular-nums; color: var(--muted); }
.bar { height: .7rem; background: #2f6690; border-radius: 2px; min-width: 1px; }
.bar.solution { background: #3a7d44; } .bar.problem { background: #c8553d; }
.bar.questions { background: #2f6690; } .bar.reflect { background: #d69a2d; }
.split { display: flex; height: 1rem; border-radius: 3px; overflow: hidden; margin: .3rem 0 .2rem; border: 1px solid var(--line); }
.split span { display: block; height: 100%; }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; vertical-align: middle; margin-right: .3rem; }
svg.chart { width: 100%; height: auto; display: block; margin: .5rem 0; }
svg.circle-chart { max-width: 46rem; margin: .5rem auto; }
td ol { margin: 0; padding-left: 1.3rem; }
table.uptake-summary { width: auto; min-width: 22rem; }
.chart-box svg { max-width: 100%; height: auto; }
.legend { font-size: .85rem; color: var(--muted); }
.legend span { margin-right: 1rem; white-space: nowrap; }
.status-taken { color: #2e6b36; font-weight: 600; } .status-ignored { color: #8a4b00; }
.none { color: var(--muted); font-style: italic; }
.missing { color: #b00020; font-weight: 600; }
.card.late { border-color: #b00020; background: #fdf0f2; } .card.late .value { color: #b00020; }
.card.ok { border-color: #3a7d44; }
.card .sub { font-size: .78rem; color: var(--muted); }
.reflection { display: grid; grid-template-columns: 1fr 1fr; gap: .8rem; }
.reflection h3 { margin-top: .2rem; }
.reflection ul { margin: 0; padding-left: 1.1rem; }
.reflection li { margin: .25rem 0; }
.reflection .rule { display: block; font-size: .8rem; color: var(--muted); }
.reflection .compare { display: block; font-size: .8rem; color: #2f6690; }
.story .legend span { margin-right: .7rem; }
td.late { color: #b00020; font-weight: 600; }
ol.moments { padding-left: 0; list-style: none; }
ol.moments li { padding: .35rem .6rem; margin: .3rem 0; border-left: 4px solid var(--line); background: var(--soft); }
ol.moments li.note { border-color: #7a3b8f; } ol.moments li.mark { border-color: #1f4e99; }
.redacted-tag { font-size: .8rem; color: #8a4b00; border: 1px solid #e0c49a; border-radius: 3px; padding: 0 .25rem; }
table.transcript td { border-bottom: 1px solid #eee; }
tr.k-phase td { font-weight: 600; color: #2f6690; }
tr.k-crisis td { font-weight: 600; color: #b00020; }
tr.k-note td { color: #7a3b8f; font-style: italic; }
tr.k-suggestion td { color: #6b5200; }
tr.k-uptake td { color: #2e6b36; }
tr.k-control td, tr.k-lookup td { color: #1f4e99; }
tr.k-warning td { color: #8a1c1c; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav.toc { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  section { break-inside: auto; }
  section.keep-together { break-inside: avoid; page-break-inside: avoid; }
  .cards, svg.chart, .chart-box, .keep, table.small { break-inside: avoid; page-break-inside: avoid; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  table.trend-table { font-size: 7.5pt; }
  .cards { grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); }
  section#verloop { break-before: page; page-break-before: always; }
  a { color: inherit; text-decoration: none; }
  .card, .bar, .split span, .swatch, svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def esc(value: object) -> str:
    return escape(str(value), quote=True)


def _attr(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}".rstrip("0").rstrip(".")


def page(title: str, body: Iterable[str]) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" content=\"voice-companion " + esc(__version__) + "\">\n"
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def skipped_notice(skipped: int, lines: list[int] | None = None, what: str = "het logboek") -> str:
    if not skipped:
        return ""
    where = ""
    if lines:
        shown = ", ".join(str(n) for n in lines[:10]) + (" …" if len(lines) > 10 else "")
        where = f" ({'regel' if len(lines) == 1 else 'regels'} {shown})"
    return (f'<p class="alert skipped-lines" data-skipped="{skipped}">Let op: {esc(skipped_lines_text(skipped, what))} '
            f'en {"is" if skipped == 1 else "zijn"} overgeslagen{where}. De cijfers hieronder gaan over '
            f'de regels die wel te lezen waren.</p>')


def _card(label: str, value: str, *, cls: str = "", attrs: str = "", sub: str = "") -> str:
    return (f'<div class="card {cls}"{attrs}><div class="label">{esc(label)}</div><div class="value">{esc(value)}</div>'
            + (f'<div class="sub">{sub}</div>' if sub else "") + "</div>")


def _cards(a: SessionAnalysis, norm: float) -> str:
    crisis = ", ".join(crisis_name(c.crisis) for c in a.crises) if a.crises else "geen"
    taken = a.taken_up
    cards = [
        _card("Duur", fmt_clock(a.duration)),
        _card("Gesprekstype", interaction_name(a.interaction) if a.interaction else "niet ingesteld",
              attrs=f' data-interaction="{esc(a.interaction or "")}"'),
        _card("Vragen", str(a.questions)),
        _card("Oplossings- / probleemgericht", f"{a.solution_talk} / {a.problem_talk}",
              attrs=f' data-solution="{a.solution_talk}" data-problem="{a.problem_talk}"',
              sub="probleemgericht: met waarom-vragen"),
        _card("Oorzaken zoeken (waarom-vragen)", str(a.cause_total),
              cls="late" if a.cause_in_crisis else "",
              attrs=f' data-cause="{a.cause_total}" data-cause-crisis="{a.cause_in_crisis}"',
              sub=f"{a.cause_in_crisis} tijdens de crisis" if a.crises else "geen crisis"),
        _card("Suggesties opgevolgd", f"{taken} van {len(a.suggestions)}" if a.suggestions else "geen suggesties"),
        _card("Crisis", crisis),
    ]
    for c in a.crises:
        if not c.needs_safety:
            continue
        delay = c.time_to_safety
        late = c.late(norm)
        value = fmt_span(delay) if delay is not None else "niet gesteld"
        sub = f"norm {fmt_norm(norm)}"
        if c.safety_at is not None:
            sub += f" · om {fmt_clock(c.safety_at)}"
        if c.safety_source == "supervisor":
            sub += " · aangewezen door de supervisor"
        cards.append(_card(
            f"Tijd tot veiligheidsvraag ({crisis_name(c.crisis).lower()})", value, cls="late" if late else "ok",
            attrs=(f' data-safety-seconds="{_attr(delay)}" data-safety-norm="{_attr(norm)}" '
                   f'data-late="{str(late).lower()}" data-crisis="{esc(c.crisis)}" data-crisis-at="{_attr(c.start)}" '
                   f'data-safety-at="{_attr(c.safety_at)}" data-safety-source="{esc(c.safety_source or "")}"'), sub=sub))
    return '<div class="cards">' + "".join(cards) + "</div>"


def _header(a: SessionAnalysis, norm: float) -> list[str]:
    name = a.path.name if a.path else "sessie"
    meta = [f"Gesprek van {esc(dutch_datetime(a.started_at))}", f"duur {fmt_clock(a.duration)}",
            f"werker: {esc(a.worker)}"]
    if a.source:
        meta.append(f"bron: {esc(SOURCES.get(a.source, a.source))}")
    if a.bank:
        meta.append(f"vraagbank: {esc(a.bank)}")
    if a.end_reason:
        meta.append(f"einde: {esc(END_REASONS.get(a.end_reason, a.end_reason))}")
    parts = [
        "<header>",
        "<h1>Terugblik op een gesprek</h1>",
        f'<p class="meta">{" · ".join(meta)}</p>',
        f'<p class="meta">Logboek: {esc(name)}</p>',
    ]
    if a.interactions:
        kinds = ", ".join(f"{interaction_name(m.value)} ("
                          + ("bij de start" if m.detail == "start" else f"vanaf {fmt_clock(m.t)}") + ")"
                          for m in a.interactions)
        parts.append(f'<p class="meta interaction" data-interaction="{esc(a.interaction or "")}">'
                     f'Gesprekstype volgens de werker: {esc(kinds)}</p>')
    if a.unfinished:
        parts.append('<p class="alert unfinished" data-unfinished="true">Let op: dit logboek is niet afgesloten '
                     '(geen einde van de sessie). Het gesprek is misschien afgebroken of de companion stopte '
                     'onverwacht; de cijfers gaan tot de laatste regel.</p>')
    if a.unknown_schema:
        parts.append(f'<p class="alert schema" data-schema="{esc(a.schema)}">Let op: onbekende logboekversie '
                     f'{esc(a.schema)} (deze versie kent 1); niet alles wordt misschien goed getoond.</p>')
    parts.append(skipped_notice(a.skipped, a.skipped_lines))
    if a.notes_skipped:
        parts.append(f'<p class="alert notes-skipped" data-skipped="{a.notes_skipped}">Let op: '
                     f'{esc(skipped_notes_text(a.notes_skipped))} en {"is" if a.notes_skipped == 1 else "zijn"} '
                     'overgeslagen.</p>')
    if a.false_alarms:
        items = ", ".join(f"{crisis_name(c.crisis).lower()} om {fmt_clock(c.start)} "
                          f"({CRISIS_END_REASONS.get(c.end_reason or '', c.end_reason or '')})" for c in a.false_alarms)
        parts.append(f'<p class="info false-alarm" data-false-alarms="{len(a.false_alarms)}">Telt niet als crisis '
                     f'(vals alarm, of een mogelijke crisis die verdween toen de werker verderging): {esc(items)}.</p>')
    redacted = a.redacted_turns
    if redacted:
        parts.append(f'<p class="info redaction" data-redacted="{redacted}">In {redacted} '
                     f'{"uiting" if redacted == 1 else "uitingen"} is tekst geanonimiseerd '
                     '(gemarkeerd met <span class="redacted-tag">geanonimiseerd</span>).</p>')
    elif a.redaction:
        parts.append('<p class="info redaction" data-redacted="0">Anonimisering stond aan; '
                     'in dit gesprek hoefde niets te worden weggelaten.</p>')
    parts.append("</header>")
    parts.append('<nav class="toc">'
                 '<a href="#verhaal">Strook</a><a href="#reflectie">Reflectie</a>'
                 '<a href="#fasen">Fasen</a><a href="#technieken">Technieken</a>'
                 '<a href="#crisis">Crisis</a><a href="#suggesties">Suggesties</a>'
                 '<a href="#schaal">Schaalvragen</a><a href="#momenten">Markeringen en notities</a>'
                 '<a href="#verloop">Verloop</a></nav>')
    parts.append(_cards(a, norm))
    return parts


def _story(a: SessionAnalysis, norm: float) -> list[str]:
    parts = ['<section id="verhaal" class="story keep">', "<h2>Het gesprek in één strook</h2>",
             story_svg(a, norm)]
    legend = "".join(
        f'<span><i class="swatch" style="background:{FAMILY_COLOURS[f]}"></i>{esc(FAMILY_NAMES[f])}</span>'
        for f in ("contact", "problem", "solution", "crisis"))
    legend += f'<span><i class="swatch" style="background:{CAUSE_COLOURS}"></i>Oorzaken zoeken (waarom)</span>'
    legend += ('<span><i class="swatch" style="background:#f6c6cc;border:1px solid #b00020"></i>'
               f'tijd tot de veiligheidsvraag (gearceerd: langer dan {fmt_norm(norm)})</span>')
    legend += "".join(
        f'<span><i class="swatch" style="background:{SUGGESTION_COLOURS[k]}"></i>suggestie {SUGGESTION_ENDS[k]}</span>'
        for k in ("taken_up", "expired", "superseded", "dismissed"))
    legend += (f'<span style="color:{MARKER_COLOURS["mark"]}">◆ markering</span>'
               f'<span style="color:{MARKER_COLOURS["note"]}">● notitie</span>')
    parts.append(f'<p class="legend">{legend}</p></section>')
    return parts


def _reflection(a: SessionAnalysis, norm: float, own: OwnAverage | None) -> list[str]:
    r = reflect(a, norm, own)
    parts = ['<section id="reflectie" class="keep-together">', "<h2>Voor het reflectiegesprek</h2>"]
    if own is not None and own.sessions:
        parts.append(f'<p class="hint" data-own-sessions="{own.sessions}">Vergeleken met '
                     f'{plural(own.sessions, "ander gesprek", "andere gesprekken")} van {esc(a.worker)} in dezelfde map '
                     '(de meest recente, hoogstens 30).</p>')
    parts.append('<div class="reflection">')
    for cls, title, items, empty in (("strengths", "Sterke punten", r.strengths, "Geen regel wees een sterk punt aan."),
                                     ("points", "Om te bespreken", r.points, "Geen regel wees een bespreekpunt aan.")):
        parts.append(f'<div class="{cls}"><h3>{title}</h3>')
        if not items:
            parts.append(f'<p class="none">{empty}</p></div>')
            continue
        parts.append("<ul>")
        for item in items:
            parts.append(f'<li data-rule="{esc(item.key)}"><strong>{esc(item.text)}</strong>'
                         f'<span class="rule">regel: {esc(item.rule)}</span>'
                         + (f'<span class="compare">{esc(item.compare)}</span>' if item.compare else "") + "</li>")
        parts.append("</ul></div>")
    parts.append("</div></section>")
    return parts


def _phases(a: SessionAnalysis) -> list[str]:
    parts = ['<section id="fasen">', "<h2>Fasen van de cirkel</h2>"]
    if not a.spans:
        parts.append('<p class="none">Het logboek bevat geen fasewisselingen.</p>')
    else:
        legend = "".join(
            f'<span><i class="swatch" style="background:{PHASE_COLOURS[p]}"></i>{esc(phase_name(p))}</span>'
            for p in PHASE_COLOURS if p is not None)
        parts.append(f'<p class="legend">De fasen staan bovenaan in de strook. {legend}</p>')
        if not a.phase_changes:
            parts.append('<p class="hint no-phase-change">Het logboek bevat geen fasewisselingen: het gesprek bleef '
                         'in de fase waarin de companion begint, de huidige situatie.</p>')
        parts.append("<h3>Tijdlijn</h3>")
        parts.append('<table class="phase-timeline"><thead><tr><th>Van</th><th>Tot</th><th>Fase</th>'
                     '<th class="num">Duur</th></tr></thead><tbody>')
        for span in a.spans:
            parts.append(
                f'<tr data-phase="{esc(span.phase or "")}" data-start="{_attr(span.start)}" '
                f'data-end="{_attr(span.end)}"><td class="time">{fmt_clock(span.start)}</td>'
                f'<td class="time">{fmt_clock(span.end)}</td><td>{esc(phase_name(span.phase))}</td>'
                f'<td class="num">{fmt_span(span.duration)}</td></tr>')
        parts.append("</tbody></table>")
    summaries = a.phase_summaries()
    parts.append("<h3>De cirkel: tijd en vragen per fase</h3>")
    parts.append('<p class="hint">Huidige situatie → gewenste situatie → uitzonderingen → volgende stap. '
                 'Vragen zijn alle herkende interventies behalve erkenning, samenvatten en '
                 '“geen interventie”, geteld in de fase waarin ze vielen.</p>')
    parts.append('<div class="keep">' + circle_svg(summaries, a.duration) + "</div>")
    parts.append('<table class="circle-table small"><thead><tr><th>Fase</th><th class="num">Tijd</th>'
                 '<th class="num">Aandeel</th><th class="num">Keer bezocht</th><th class="num">Vragen</th>'
                 '</tr></thead><tbody>')
    for s in summaries:
        parts.append(
            f'<tr data-phase="{s.phase}" data-duration="{_attr(s.duration)}" data-visits="{s.visits}" '
            f'data-questions="{s.questions}"><td><i class="swatch" style="background:{PHASE_COLOURS[s.phase]}">'
            f'</i>{esc(phase_name(s.phase))}</td><td class="num">{fmt_span(s.duration)}</td>'
            f'<td class="num">{percent(s.duration, a.duration)}</td><td class="num">{s.visits}</td>'
            f'<td class="num">{s.questions}</td></tr>')
    parts.append("</tbody></table></section>")
    return parts


def _techniques(a: SessionAnalysis) -> list[str]:
    parts = ['<section id="technieken">', "<h2>Technieken</h2>"]
    counts = a.techniques
    total = sum(counts.values())
    if not total:
        parts.append('<p class="none">Het logboek bevat geen herkende uitingen.</p></section>')
        return parts
    most = max(counts.values())
    order = ([t for t in TECHNIQUES if counts.get(t) or t in ALWAYS_COUNTED]
             + sorted(t for t in counts if t not in TECHNIQUES))
    parts.append('<table class="technique-counts"><thead><tr><th>Techniek</th><th class="num">Aantal</th>'
                 '<th class="num">Aandeel</th><th style="width:40%"></th></tr></thead><tbody>')
    for technique in order:
        n = counts[technique]
        kind = ("solution" if technique in SOLUTION_TALK else "problem" if technique in PROBLEM_TALK
                else "reflect" if technique in NOT_QUESTIONS else "questions")
        parts.append(
            f'<tr data-technique="{esc(technique)}" data-count="{n}"><td>{esc(technique_name(technique))}</td>'
            f'<td class="num">{n}</td><td class="num">{percent(n, total)}</td>'
            f'<td><div class="bar {kind}" style="width:{100 * n / most:.1f}%"></div></td></tr>'
            if n else
            f'<tr data-technique="{esc(technique)}" data-count="0"><td>{esc(technique_name(technique))}</td>'
            f'<td class="num">0</td><td class="num">0%</td><td><span class="none">niet gesteld</span></td></tr>')
    parts.append("</tbody></table>")
    parts.append('<p class="hint">Geteld zijn alle uitingen die de companion herkende, ook “geen interventie” '
                 '(zoals “ja”, “hmm”).</p>')
    solution, problem = a.solution_talk, a.problem_talk
    questions, reflect = a.questions, a.summaries_and_acknowledgement
    parts.append("<h3>Balans</h3>")
    parts.append('<p class="hint">De methode vraagt vooral oplossingsgerichte gesprekstaal (doel, uitzonderingen, '
                 'hoop, coping, schaalvragen, volgende stap, nuttigheid) tegenover probleemverkenning (ook oorzaken '
                 'zoeken: waarom-vragen), en vragen afgewisseld met samenvatten en erkennen.</p>')
    parts.append('<table class="balance small"><tbody>')
    for key, label, n, other, colour in (
        ("solution", "Oplossingsgericht", solution, problem, "#3a7d44"),
        ("problem", "Probleemgericht", problem, solution, "#c8553d"),
        ("questions", "Vragen", questions, reflect, "#2f6690"),
        ("reflect", "Samenvatten en erkennen", reflect, questions, "#d69a2d"),
    ):
        parts.append(f'<tr data-balance="{key}" data-count="{n}"><td><i class="swatch" style="background:{colour}">'
                     f'</i>{label}</td><td class="num">{n}</td><td class="num">{percent(n, n + other)}</td></tr>')
    parts.append("</tbody></table>")
    parts.append(_bar_pair("Oplossings- tegenover probleemgericht", solution, problem, "#3a7d44", "#c8553d"))
    parts.append(_bar_pair("Vragen tegenover samenvatten en erkennen", questions, reflect, "#2f6690", "#d69a2d"))
    if problem and solution < problem:
        parts.append('<p class="alert">In dit gesprek was er meer probleemverkenning dan oplossingsgerichte '
                     'gesprekstaal.</p>')
    parts.append("</section>")
    return parts


def _bar_pair(label: str, left: int, right: int, left_colour: str, right_colour: str) -> str:
    total = left + right
    if not total:
        return ""
    return (f'<div class="keep"><p class="hint">{esc(label)}: {left} : {right}</p><div class="split">'
            f'<span style="width:{100 * left / total:.1f}%;background:{left_colour}"></span>'
            f'<span style="width:{100 * right / total:.1f}%;background:{right_colour}"></span></div></div>')


def _crisis(a: SessionAnalysis, norm: float) -> list[str]:
    parts = ['<section id="crisis" class="keep-together">', "<h2>Crisismomenten</h2>"]
    if not a.all_crises:
        parts.append('<p class="none">In dit gesprek is geen crisis herkend (huisuitzetting, afsluiting van water '
                     'en energie, suïcidaliteit, veiligheid van een kwetsbaar persoon).</p></section>')
        return parts
    parts.append(f'<p class="hint">Bij suïcidaliteit en bij een kwetsbaar persoon in gevaar hoort de werker de '
                 f'veiligheid direct na te vragen. Gemeten is de tijd van het begin van de eerste regel waarin de '
                 f'crisis hoorbaar werd (ook een mogelijke crisis) tot het begin van de eerste directe vraag naar de '
                 f'veiligheid van de persoon in gevaar. Norm: {fmt_norm(norm)}; daarboven staat de tijd in rood. '
                 f'Was een andere regel de veiligheidsvraag? <code>voice-companion note LOG --safety-at MM:SS</code>.</p>')
    parts.append('<table class="crisis-table"><thead><tr><th>Hoorbaar</th><th>Crisis</th><th>Aanleiding</th>'
                 '<th>Einde</th><th>Tijd tot veiligheidsvraag</th><th>Protocol</th></tr></thead><tbody>')
    for c in a.all_crises:
        delay = c.time_to_safety
        late = c.late(norm)
        if not c.needs_safety:
            safety = '<span class="none">n.v.t.</span>'
        elif not c.real:
            safety = '<span class="none">telt niet (geen crisis)</span>'
        elif c.safety_t is not None:
            safety = f"{fmt_span(delay)} (om {fmt_clock(c.safety_at)}, norm {fmt_norm(norm)})"
            if c.safety_text:
                safety += f'<br><span class="hint safety-line">“{esc(c.safety_text)}”</span>'
            if c.safety_source == "supervisor":
                safety += '<br><span class="hint">aangewezen door de supervisor</span>'
            elif c.safety_source == "match":
                safety += '<br><span class="hint">ouder logboek zonder protocol: de eerste als veiligheid herkende vraag</span>'
        elif c.safety_before is not None:
            safety = f"al eerder gesteld (om {fmt_clock(c.safety_before)})"
        else:
            safety = f'<span class="missing">niet gesteld</span> (norm {fmt_norm(norm)})'
        ended = (f"{fmt_clock(c.end_t)}: {CRISIS_END_REASONS.get(c.end_reason or '', c.end_reason or '')}"
                 if c.end_t is not None else "open tot het einde")
        ticked = {t.item: t for t in c.ticks}
        items = []
        for item, label in (c.protocol or [(t.item, t.label) for t in c.ticks]):
            tick = ticked.get(item)
            if tick is not None:
                items.append(f'<li data-item="{esc(item)}" data-at="{_attr(tick.at)}">☑ {fmt_clock(tick.at)} '
                             f'{esc(label)}' + (f'<br><span class="hint">“{esc(tick.text)}”</span>' if tick.text else "")
                             + "</li>")
            else:
                items.append(f'<li data-item="{esc(item)}" data-at="">☐ <span class="none">{esc(label)}</span></li>')
        protocol = f'<ol class="protocol">{"".join(items)}</ol>' if items else '<span class="none">–</span>'
        certainty = CERTAINTY.get(c.certainty, c.certainty)
        if c.certainty == "confirmed" and c.confirmed_t is not None and c.confirmed_t > c.t:
            certainty = f"mogelijk, bevestigd om {fmt_clock(c.confirmed_t)}"
        elif c.certainty == "possible" and c.screening:
            certainty += " (eigen controlevraag van de hulpverlener)"
        parts.append(
            f'<tr data-crisis="{esc(c.crisis)}" data-t="{_attr(c.start)}" data-real="{str(c.real).lower()}" '
            f'data-certainty="{esc(c.certainty)}" data-screening="{str(c.screening).lower()}" '
            f'data-end-reason="{esc(c.end_reason or "")}" '
            f'data-time-to-safety="{_attr(delay) if c.real else ""}" data-safety-seconds="{_attr(delay) if c.real else ""}" '
            f'data-late="{str(late).lower()}" data-cause="{c.cause}">'
            f'<td class="time">{fmt_clock(c.start)}</td><td>{esc(crisis_name(c.crisis))}<br>'
            f'<span class="hint">{esc(certainty)}</span></td>'
            f'<td>{"“" + esc(c.trigger) + "”" if c.trigger else ""}</td><td>{esc(ended)}</td>'
            f'<td class="time-to-safety{" late" if late else ""}">{safety}</td><td>{protocol}</td></tr>')
    parts.append("</tbody></table>")
    if a.crises:
        parts.append(f'<p class="cause-in-crisis" data-cause-crisis="{a.cause_in_crisis}">Waarom-vragen (oorzaken '
                     f'zoeken) terwijl de crisis open was: {a.cause_in_crisis}. In een crisis: veiligheid eerst, niet '
                     'naar oorzaken zoeken.</p>')
    parts.append("</section>")
    return parts


def _suggestions(a: SessionAnalysis) -> list[str]:
    parts = ['<section id="suggesties">', "<h2>Suggesties en hun opvolging</h2>"]
    given = len(a.suggestions)
    taken = a.taken_up
    via_alternative = sum(1 for s in a.suggestions if s.taken_via == "alternative")
    ignored = given - taken
    parts.append(
        f'<table class="uptake-summary small" data-given="{given}" data-taken="{taken}" data-ignored="{ignored}" '
        f'data-alternative="{via_alternative}"><tbody>'
        f'<tr><th>Suggesties gegeven</th><td class="num">{given}</td></tr>'
        f'<tr><th>Opgevolgd</th><td class="num">{taken} ({percent(taken, given)})</td></tr>'
        + (f'<tr><th>waarvan met een alternatieve vraag</th><td class="num">{via_alternative}</td></tr>'
           if via_alternative else "")
        + f'<tr><th>Niet opgevolgd</th><td class="num">{ignored}</td></tr></tbody></table>')
    parts.append('<p class="hint">Opgevolgd: de companion zag dat de werker de voorgestelde vraag (of een vraag '
                 'met dezelfde techniek) stelde terwijl ze op het scherm stond. Anders verliep ze, werd ze vervangen '
                 'door een nieuwe of klikte de werker haar weg. Oudere logboeken: dezelfde vraag binnen 60 seconden.</p>')
    if a.suggestions:
        parts.append('<table class="suggestion-table"><thead><tr><th>Tijd</th><th>Techniek</th><th>Vraag</th>'
                     '<th>Reden</th><th>Kanaal</th><th>Uitkomst</th></tr></thead><tbody>')
        for s in a.suggestions:
            channel = CHANNELS.get(s.channel, s.channel)
            if s.whisper and s.whisper != "spoken":
                channel += f" ({WHISPER_STATUS.get(s.whisper, s.whisper)})"
            if s.taken:
                how = "alternatief gesteld" if s.taken_via == "alternative" else "opgevolgd"
                outcome = f'<span class="status-taken">{how} na {fmt_span(s.delay)}</span>'
            else:
                outcome = f'<span class="status-ignored">{SUGGESTION_ENDS.get(s.outcome, s.outcome)}'
                if s.end_t is not None:
                    outcome += f" na {fmt_span(s.end_t - s.t)}"
                outcome += "</span>"
            parts.append(
                f'<tr class="suggestion" data-status="{"taken" if s.taken else "ignored"}" data-outcome="{s.outcome}" '
                f'data-question="{esc(s.question_id)}" data-t="{_attr(s.t)}"><td class="time">{fmt_clock(s.t)}</td>'
                f'<td>{esc(technique_name(s.technique))}</td><td>{esc(s.text)}</td><td>{esc(s.reason)}</td>'
                f'<td>{esc(channel)}</td><td>{outcome}</td></tr>')
        parts.append("</tbody></table>")
    parts.append("<h3>Dempen en pauzeren</h3>")
    if not a.intervals:
        parts.append('<p class="none">De werker heeft de companion niet gedempt of gepauzeerd.</p>')
    else:
        labels = {"mute": "Gedempt", "pause": "Gepauzeerd"}
        totals = {kind: sum(i.duration for i in a.intervals if i.kind == kind) for kind in labels}
        summary = "; ".join(
            f"{labels[kind]}: {sum(1 for i in a.intervals if i.kind == kind)}×, samen {fmt_span(total)}"
            for kind, total in totals.items() if any(i.kind == kind for i in a.intervals))
        parts.append(f'<p>{esc(summary)}</p>')
        parts.append('<table class="control-table small"><thead><tr><th>Wat</th><th>Van</th><th>Tot</th>'
                     '<th class="num">Duur</th></tr></thead><tbody>')
        for i in a.intervals:
            until = "einde gesprek" if i.open_end else fmt_clock(i.end)
            parts.append(f'<tr data-kind="{i.kind}" data-start="{_attr(i.start)}" data-end="{_attr(i.end)}">'
                         f'<td>{labels[i.kind]}</td><td class="time">{fmt_clock(i.start)}</td>'
                         f'<td class="time">{until}</td><td class="num">{fmt_span(i.duration)}</td></tr>')
        parts.append("</tbody></table>")
    if a.lookups:
        parts.append("<h3>Opgezocht door de werker</h3>")
        parts.append('<table class="lookup-table small"><thead><tr><th>Tijd</th><th>Zoekvraag</th>'
                     '<th>Gevonden vraag</th></tr></thead><tbody>')
        for m in a.lookups:
            parts.append(f'<tr><td class="time">{fmt_clock(m.t)}</td><td>{esc(m.value or "")}</td>'
                         f'<td>{esc(m.detail or "niets gevonden")}</td></tr>')
        parts.append("</tbody></table>")
    parts.append("</section>")
    return parts


def _scale(a: SessionAnalysis) -> list[str]:
    parts = ['<section id="schaal" class="keep-together">', "<h2>Schaalvragen</h2>"]
    asked = a.techniques["scaling"]
    if not a.scale:
        if asked:
            parts.append(f'<p class="none">Er {"is" if asked == 1 else "zijn"} {asked} schaalvra'
                         f'{"ag" if asked == 1 else "gen"} gesteld, maar de werker herhaalde geen cijfer '
                         '(zoals “je zegt een vier”).</p>')
        else:
            parts.append('<p class="none">Er zijn geen schaalvragen gesteld.</p>')
        parts.append("</section>")
        return parts
    parts.append('<p class="hint">Cijfers van de beller zoals de werker ze herhaalde (“je zegt een vier”, '
                 '“dus een zes”), rond een schaalvraag.</p>')
    chart = scale_svg(a.scale, a.duration)
    if chart:
        parts.append(f'<div class="chart-box keep">{chart}</div>')
    parts.append('<table class="scale-table small"><thead><tr><th>Tijd</th><th class="num">Cijfer</th>'
                 '<th>Uiting</th></tr></thead><tbody>')
    for p in a.scale:
        parts.append(f'<tr data-t="{_attr(p.t)}" data-at="{_attr(p.shown_at)}" data-value="{p.value:g}">'
                     f'<td class="time">{fmt_clock(p.shown_at)}</td>'
                     f'<td class="num">{p.value:g}</td><td>“{esc(p.text)}”</td></tr>')
    parts.append("</tbody></table></section>")
    return parts


def _moments(a: SessionAnalysis) -> list[str]:
    parts = ['<section id="momenten" class="keep-together">', "<h2>Markeringen en notities</h2>"]
    items = [(m.t, 0, "mark", f'<strong>Markering van de werker</strong>'
              + (f": {esc(m.value)}" if m.value else "")) for m in a.marks]
    items += [(n.at, 1, "note", f'<strong>Notitie{" van " + esc(n.author) if n.author else ""}</strong>: '
               f'{esc(n.text)}') for n in a.notes]
    if not items:
        parts.append('<p class="none">Geen markeringen of notities. Een notitie toevoegen: '
                     '<code>voice-companion note LOG --at MM:SS "tekst"</code>.</p></section>')
        return parts
    parts.append('<ol class="moments">')
    for t, _, kind, html in sorted(items, key=lambda item: (item[0], item[1])):
        parts.append(f'<li class="{kind}" data-at="{_attr(t)}"><span class="time">{fmt_clock(t)}</span> {html}</li>')
    parts.append("</ol></section>")
    return parts


def _warnings(a: SessionAnalysis) -> list[str]:
    if not a.warnings:
        return []
    parts = ['<section id="meldingen" class="keep-together">', "<h2>Technische meldingen</h2>",
             '<table class="warning-table small"><thead><tr><th>Tijd</th><th>Onderdeel</th><th>Melding</th>'
             '</tr></thead><tbody>']
    for m in a.warnings[:MAX_WARNINGS]:
        part = "audio" if m.kind == "audio_status" else (m.value or "")
        parts.append(f'<tr><td class="time">{fmt_clock(m.t)}</td><td>{esc(part)}</td><td>{esc(m.detail or "")}</td></tr>')
    parts.append("</tbody></table>")
    if len(a.warnings) > MAX_WARNINGS:
        parts.append(f'<p class="hint">… en nog {plural(len(a.warnings) - MAX_WARNINGS, "melding", "meldingen")}.</p>')
    parts.append("</section>")
    return parts


def _transcript(a: SessionAnalysis) -> list[str]:
    parts = ['<section id="verloop">', "<h2>Verloop van het gesprek</h2>",
             '<p class="hint">Alles wat de companion vastlegde, met de notities op hun moment; '
             'dezelfde regels als <code>voice-companion replay</code>.</p>',
             '<table class="transcript"><thead><tr><th>Tijd</th><th>Gebeurtenis</th></tr></thead><tbody>']
    for entry in build_entries(a):
        text = esc(entry.text).replace("[geanonimiseerd]", '<span class="redacted-tag">geanonimiseerd</span>')
        parts.append(f'<tr class="k-{entry.kind}" data-t="{_attr(entry.t)}"><td class="time">{fmt_clock(entry.t)}'
                     f'</td><td>{text}</td></tr>')
    parts.append("</tbody></table></section>")
    return parts


def render_report(a: SessionAnalysis, *, now: datetime | None = None, safety_norm: float = SAFETY_NORM,
                  own: OwnAverage | None = None) -> str:
    """The whole report of one session as an HTML document."""
    now = now or datetime.now().astimezone()
    norm = safety_norm
    body: list[str] = []
    body += _header(a, norm)
    body += _story(a, norm)
    body += _reflection(a, norm, own)
    body += _phases(a)
    body += _techniques(a)
    body += _crisis(a, norm)
    body += _suggestions(a)
    body += _scale(a)
    body += _moments(a)
    body += _warnings(a)
    body += _transcript(a)
    body.append(f"<footer><p>Gemaakt door voice-companion {esc(__version__)} op {esc(dutch_datetime(now))}. "
                "Dit verslag bevat gespreksinhoud: bewaar en deel het zoals de gesprekken zelf.</p></footer>")
    return page(f"Terugblik op het gesprek van {dutch_datetime(a.started_at)}", [b for b in body if b])
