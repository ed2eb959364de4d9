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
    NOT_QUESTIONS, PROBLEM_TALK, SOLUTION_TALK, SessionAnalysis,
)
from voice_companion.supervisor.charts import (
    MARKER_COLOURS, PHASE_COLOURS, circle_svg, phase_timeline_svg, scale_svg,
)
from voice_companion.supervisor.fmt import (
    CHANNELS, END_REASONS, SOURCES, WHISPER_STATUS, crisis_name, dutch_datetime, fmt_clock,
    fmt_span, interaction_name, percent, phase_name, technique_name,
)
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
        where = f" (regel {shown})"
    return (f'<p class="alert skipped-lines" data-skipped="{skipped}">Let op: {skipped} '
            f'{"regel" if skipped == 1 else "regels"} van {what} konden niet worden gelezen en '
            f'{"is" if skipped == 1 else "zijn"} overgeslagen{where}. De cijfers hieronder gaan over '
            f'de regels die wel te lezen waren.</p>')


def _cards(a: SessionAnalysis) -> str:
    safety = a.safety_delays()
    if not a.crises:
        crisis = "geen"
    else:
        crisis = ", ".join(crisis_name(c.crisis) for c in a.crises)
    taken = a.taken_up
    cards = [
        ("Duur", fmt_clock(a.duration)),
        ("Uitingen van de werker", str(sum(1 for t in a.turns if t.text is not None))),
        ("Vragen", str(a.questions)),
        ("Oplossings- / probleemgericht", f"{a.solution_talk} / {a.problem_talk}"),
        ("Suggesties opgevolgd", f"{taken} van {len(a.suggestions)}" if a.suggestions else "geen suggesties"),
        ("Crisis", crisis),
    ]
    if safety:
        first = safety[0]
        cards.append(("Tijd tot veiligheidsvraag", fmt_span(first) if first is not None else "niet gesteld"))
    return '<div class="cards">' + "".join(
        f'<div class="card"><div class="label">{esc(label)}</div><div class="value">{esc(value)}</div></div>'
        for label, value in cards) + "</div>"


def _header(a: SessionAnalysis) -> list[str]:
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
        kinds = ", ".join(f"{interaction_name(m.value)} (vanaf {fmt_clock(m.t)})" for m in a.interactions)
        parts.append(f'<p class="meta">Gesprekstype volgens de werker: {esc(kinds)}</p>')
    parts.append(skipped_notice(a.skipped, a.skipped_lines))
    if a.notes_skipped:
        parts.append(f'<p class="alert notes-skipped" data-skipped="{a.notes_skipped}">Let op: '
                     f'{a.notes_skipped} notitie(s) konden niet worden gelezen en zijn overgeslagen.</p>')
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
                 '<a href="#fasen">Fasen</a><a href="#technieken">Technieken</a>'
                 '<a href="#crisis">Crisis</a><a href="#suggesties">Suggesties</a>'
                 '<a href="#schaal">Schaalvragen</a><a href="#momenten">Markeringen en notities</a>'
                 '<a href="#verloop">Verloop</a></nav>')
    parts.append(_cards(a))
    return parts


def _phases(a: SessionAnalysis) -> list[str]:
    parts = ['<section id="fasen">', "<h2>Fasen van de cirkel</h2>"]
    if not a.spans:
        parts.append('<p class="none">Het logboek bevat geen fasewisselingen.</p>')
    else:
        markers = [(c.t, "crisis", f"Crisis: {crisis_name(c.crisis)}") for c in a.crises]
        markers += [(m.t, "mark", f"Markering{': ' + m.value if m.value else ''}") for m in a.marks]
        markers += [(n.at, "note", f"Notitie: {n.text}") for n in a.notes]
        parts.append('<div class="keep">' + phase_timeline_svg(a.spans, a.duration, markers))
        legend = "".join(
            f'<span><i class="swatch" style="background:{PHASE_COLOURS[p]}"></i>{esc(phase_name(p))}</span>'
            for p in PHASE_COLOURS if p is not None)
        legend += (f'<span style="color:{MARKER_COLOURS["crisis"]}">▲ crisis</span>'
                   f'<span style="color:{MARKER_COLOURS["mark"]}">◆ markering</span>'
                   f'<span style="color:{MARKER_COLOURS["note"]}">● notitie</span>')
        parts.append(f'<p class="legend">{legend}</p></div>')
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
    order = [t for t in TECHNIQUES if counts.get(t)] + sorted(t for t in counts if t not in TECHNIQUES)
    parts.append('<table class="technique-counts"><thead><tr><th>Techniek</th><th class="num">Aantal</th>'
                 '<th class="num">Aandeel</th><th style="width:40%"></th></tr></thead><tbody>')
    for technique in order:
        n = counts[technique]
        kind = ("solution" if technique in SOLUTION_TALK else "problem" if technique in PROBLEM_TALK
                else "reflect" if technique in NOT_QUESTIONS else "questions")
        parts.append(
            f'<tr data-technique="{esc(technique)}" data-count="{n}"><td>{esc(technique_name(technique))}</td>'
            f'<td class="num">{n}</td><td class="num">{percent(n, total)}</td>'
            f'<td><div class="bar {kind}" style="width:{100 * n / most:.1f}%"></div></td></tr>')
    parts.append("</tbody></table>")
    parts.append('<p class="hint">Geteld zijn alle uitingen die de companion herkende, ook “geen interventie” '
                 '(zoals “ja”, “hmm”).</p>')
    solution, problem = a.solution_talk, a.problem_talk
    questions, reflect = a.questions, a.summaries_and_acknowledgement
    parts.append("<h3>Balans</h3>")
    parts.append('<p class="hint">De methode vraagt vooral oplossingsgerichte gesprekstaal (doel, uitzonderingen, '
                 'hoop, coping, schaalvragen, volgende stap, nuttigheid) tegenover probleemverkenning, en vragen '
                 'afgewisseld met samenvatten en erkennen.</p>')
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


def _crisis(a: SessionAnalysis) -> list[str]:
    parts = ['<section id="crisis" class="keep-together">', "<h2>Crisismomenten</h2>"]
    if not a.crises:
        parts.append('<p class="none">In dit gesprek is geen crisis herkend (huisuitzetting, afsluiting van water '
                     'en energie, suïcidaliteit, veiligheid van een kwetsbaar persoon).</p></section>')
        return parts
    parts.append('<p class="hint">Bij suïcidaliteit en bij een kwetsbaar persoon in gevaar hoort de werker de '
                 'veiligheid direct na te vragen. Gemeten is de tijd van het eerste noemen tot de eerste '
                 'veiligheidsvraag.</p>')
    parts.append('<table class="crisis-table"><thead><tr><th>Genoemd</th><th>Crisis</th><th>Aanleiding</th>'
                 '<th class="num">Keer</th><th>Tijd tot veiligheidsvraag</th><th>Wat volgde</th></tr></thead><tbody>')
    for c in a.crises:
        delay = c.time_to_safety
        if not c.needs_safety:
            safety = '<span class="none">n.v.t.</span>'
        elif c.safety_t is not None:
            safety = f"{fmt_span(delay)} (om {fmt_clock(c.safety_t)})"
            if c.safety_text:
                safety += f'<br><span class="hint">“{esc(c.safety_text)}”</span>'
        elif c.safety_before is not None:
            safety = f"al eerder gesteld (om {fmt_clock(c.safety_before)})"
        else:
            safety = '<span class="missing">niet gesteld</span>'
        followed = "".join(
            f"<li>{fmt_clock(turn.t)} {esc(technique_name(turn.technique))}"
            + (f": “{esc(turn.text)}”" if turn.text else "") + "</li>" for turn in c.followed)
        followed = f"<ol>{followed}</ol>" if followed else '<span class="none">niets meer herkend</span>'
        parts.append(
            f'<tr data-crisis="{esc(c.crisis)}" data-t="{_attr(c.t)}" data-time-to-safety="{_attr(delay)}">'
            f'<td class="time">{fmt_clock(c.t)}</td><td>{esc(crisis_name(c.crisis))}</td>'
            f'<td>{"“" + esc(c.trigger) + "”" if c.trigger else ""}</td><td class="num">{c.mentions}</td>'
            f'<td class="time-to-safety">{safety}</td><td>{followed}</td></tr>')
    parts.append("</tbody></table></section>")
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
    parts.append('<p class="hint">Opgevolgd: de companion zag dat de werker de voorgestelde vraag stelde, of '
                 'de werker stelde binnen 60 seconden dezelfde vraag (of een van de alternatieven).</p>')
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
                outcome = '<span class="status-ignored">niet opgevolgd</span>'
            parts.append(
                f'<tr class="suggestion" data-status="{"taken" if s.taken else "ignored"}" '
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
        parts.append(f'<tr data-t="{_attr(p.t)}" data-value="{p.value:g}"><td class="time">{fmt_clock(p.t)}</td>'
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
        parts.append(f"<p class=\"hint\">… en nog {len(a.warnings) - MAX_WARNINGS} meldingen.</p>")
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


def render_report(a: SessionAnalysis, *, now: datetime | None = None) -> str:
    """The whole report of one session as an HTML document."""
    now = now or datetime.now().astimezone()
    body: list[str] = []
    body += _header(a)
    body += _phases(a)
    body += _techniques(a)
    body += _crisis(a)
    body += _suggestions(a)
    body += _scale(a)
    body += _moments(a)
    body += _warnings(a)
    body += _transcript(a)
    body.append(f"<footer><p>Gemaakt door voice-companion {esc(__version__)} op {esc(dutch_datetime(now))}. "
                "Dit verslag bevat gespreksinhoud: bewaar en deel het zoals de gesprekken zelf.</p></footer>")
    return page(f"Terugblik op het gesprek van {dutch_datetime(a.started_at)}", [b for b in body if b])
