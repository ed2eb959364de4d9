"""Charts for the reports, as inline SVG: drawn by hand where the shape is simple
(phase timeline, the circle), by matplotlib (Agg, no pyplot) where axes matter."""

from __future__ import annotations

import io
import math
import re
from html import escape
from typing import Iterable, Sequence

from voice_companion.labels import PHASE_ORDER
from voice_companion.supervisor.analysis import PhaseSpan, PhaseSummary, ScalePoint
from voice_companion.supervisor.fmt import fmt_clock, fmt_span, phase_name, plural

PHASE_COLOURS = {
    "current": "#c8553d",
    "desired": "#2f6690",
    "exceptions": "#3a7d44",
    "next_step": "#d69a2d",
    None: "#9a9a9a",
}
MARKER_COLOURS = {"crisis": "#b00020", "mark": "#1f4e99", "note": "#7a3b8f"}


def _tick_step(duration: float) -> int:
    for step in (30, 60, 120, 300, 600, 900, 1800, 3600):
        if duration / step <= 12:
            return step
    return 7200


def phase_timeline_svg(spans: Sequence[PhaseSpan], duration: float,
                       markers: Iterable[tuple[float, str, str]] = ()) -> str:
    """A horizontal bar of the phases over the call; markers (t, kind, label) below it."""
    width, left, right = 1000, 24, 24
    inner = width - left - right
    total = max(duration, 1.0)

    def x(t: float) -> float:
        return left + inner * min(max(t, 0.0), total) / total

    parts = [f'<svg class="chart phase-timeline-chart" viewBox="0 0 {width} 110" role="img" '
             f'aria-label="Tijdlijn van de fasen" xmlns="http://www.w3.org/2000/svg">']
    step = _tick_step(total)
    tick = 0
    while tick <= total + 0.001:
        tx = x(tick)
        parts.append(f'<line x1="{tx:.1f}" y1="16" x2="{tx:.1f}" y2="62" stroke="#ccc" stroke-width="1"/>')
        parts.append(f'<text x="{tx:.1f}" y="11" font-size="11" text-anchor="middle" fill="#555">{fmt_clock(tick)}</text>')
        tick += step
    for span in spans:
        x0, x1 = x(span.start), x(span.end)
        w = max(x1 - x0, 1.0)
        colour = PHASE_COLOURS.get(span.phase, PHASE_COLOURS[None])
        name = escape(phase_name(span.phase))
        parts.append(
            f'<rect x="{x0:.1f}" y="20" width="{w:.1f}" height="38" fill="{colour}">'
            f'<title>{name}: {fmt_clock(span.start)}–{fmt_clock(span.end)} ({fmt_span(span.duration)})</title></rect>'
        )
        if w > 80:
            label = name if w > 7 * len(name) else escape(phase_name(span.phase).split()[0])
            parts.append(f'<text x="{x0 + 5:.1f}" y="43" font-size="12" fill="#fff">{label}</text>')
    shapes = {"crisis": "▲", "mark": "◆", "note": "●"}
    rows = {"crisis": 78, "mark": 92, "note": 106}
    for t, kind, label in markers:
        colour = MARKER_COLOURS.get(kind, "#333")
        parts.append(
            f'<text x="{x(t):.1f}" y="{rows.get(kind, 92)}" font-size="12" text-anchor="middle" fill="{colour}">'
            f'{shapes.get(kind, "•")}<title>{fmt_clock(t)} {escape(label)}</title></text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _polar(cx: float, cy: float, r: float, degrees: float) -> tuple[float, float]:
    a = math.radians(degrees)
    return cx + r * math.sin(a), cy - r * math.cos(a)


def circle_svg(summaries: Sequence[PhaseSummary], duration: float) -> str:
    """The circle of empowerment: four ring segments in order, with time and questions."""
    cx, cy, ro, ri = 450, 210, 140, 88
    longest = max((s.duration for s in summaries), default=0.0) or 1.0
    parts = [f'<svg class="chart circle-chart" viewBox="130 0 640 420" role="img" '
             f'aria-label="Cirkel van empowerment" xmlns="http://www.w3.org/2000/svg">']
    by_phase = {s.phase: s for s in summaries}
    anchors = {0: ("start", 1), 1: ("start", 1), 2: ("end", -1), 3: ("end", -1)}
    for i, phase in enumerate(PHASE_ORDER):
        summary = by_phase.get(phase, PhaseSummary(phase))
        a0, a1 = i * 90 + 3, (i + 1) * 90 - 3
        (x0, y0), (x1, y1) = _polar(cx, cy, ro, a0), _polar(cx, cy, ro, a1)
        (x2, y2), (x3, y3) = _polar(cx, cy, ri, a1), _polar(cx, cy, ri, a0)
        opacity = 0.25 + 0.75 * summary.duration / longest
        colour = PHASE_COLOURS[phase]
        name = escape(phase_name(phase))
        parts.append(
            f'<path d="M{x0:.1f},{y0:.1f} A{ro},{ro} 0 0 1 {x1:.1f},{y1:.1f} L{x2:.1f},{y2:.1f} '
            f'A{ri},{ri} 0 0 0 {x3:.1f},{y3:.1f} Z" fill="{colour}" fill-opacity="{opacity:.2f}" '
            f'stroke="{colour}" stroke-width="2"><title>{name}: {fmt_span(summary.duration)}, '
            f'{plural(summary.questions, "vraag", "vragen")}</title></path>'
        )
        # arrowhead at the end of the segment, pointing on along the circle
        tip = _polar(cx, cy, (ro + ri) / 2, a1 + 2.5)
        base1, base2 = _polar(cx, cy, ro - 6, a1 - 4), _polar(cx, cy, ri + 6, a1 - 4)
        parts.append(f'<polygon points="{tip[0]:.1f},{tip[1]:.1f} {base1[0]:.1f},{base1[1]:.1f} '
                     f'{base2[0]:.1f},{base2[1]:.1f}" fill="{colour}"/>')
        n = f"{i + 1}. "
        lx, ly = _polar(cx, cy, ro + 18, i * 90 + 45)
        anchor, _ = anchors[i]
        dy = -22 if i in (0, 3) else 8
        share = f" · {round(100 * summary.duration / duration)}%" if duration else ""
        words = phase_name(phase).split()
        lines = [" ".join(words[:2]), " ".join(words[2:])] if len(words) > 3 else [" ".join(words)]
        title = "".join(
            f'<tspan x="{lx:.1f}" dy="{0 if k == 0 else 16}" font-weight="bold">{escape((n if k == 0 else "") + line)}</tspan>'
            for k, line in enumerate(lines))
        dy -= 16 * (len(lines) - 1) if i in (0, 3) else 0
        parts.append(
            f'<text x="{lx:.1f}" y="{ly + dy:.1f}" font-size="13" text-anchor="{anchor}" fill="#222">{title}'
            f'<tspan x="{lx:.1f}" dy="16">{fmt_span(summary.duration)}{share}</tspan>'
            f'<tspan x="{lx:.1f}" dy="16">{plural(summary.questions, "vraag", "vragen")} · {summary.visits}× bezocht</tspan></text>'
        )
    parts.append(f'<text x="{cx}" y="{cy - 4}" font-size="13" text-anchor="middle" fill="#333">Cirkel van</text>')
    parts.append(f'<text x="{cx}" y="{cy + 13}" font-size="13" text-anchor="middle" fill="#333">empowerment</text>')
    parts.append("</svg>")
    return "".join(parts)


def _figure_svg(fig) -> str:
    import matplotlib

    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "voice-companion"}):
        fig.savefig(buf, format="svg", metadata={"Date": None}, bbox_inches="tight")
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]  # no XML declaration or doctype inside HTML
    return re.sub(r"\s*<metadata>.*?</metadata>", "", svg, count=1, flags=re.S)  # RDF namespaces, no content


def _new_figure(width: float, height: float):
    try:
        import matplotlib

        matplotlib.use("Agg", force=False)
        from matplotlib.figure import Figure
    except ImportError:  # charts are a bonus: the tables beside them carry the figures
        return None
    fig = Figure(figsize=(width, height), dpi=100)
    return fig


def scale_svg(points: Sequence[ScalePoint], duration: float) -> str | None:
    """Scale answers over the call (minutes on x, 0..10 on y); None without matplotlib."""
    fig = _new_figure(7.0, 2.4)
    if fig is None or not points:
        return None
    ax = fig.add_subplot()
    xs = [p.shown_at / 60 for p in points]
    ys = [p.value for p in points]
    ax.plot(xs, ys, marker="o", color="#2f6690", linewidth=1.5)
    for x, y in zip(xs, ys):
        ax.annotate(f"{y:g}", (x, y), textcoords="offset points", xytext=(0, 7), ha="center", fontsize=9)
    ax.set_ylim(-0.5, 10.9)
    ax.set_yticks(range(0, 11, 2))
    ax.set_xlim(0, max(duration / 60, max(xs) + 0.5))
    ax.set_xlabel("minuten in het gesprek")
    ax.set_ylabel("schaal (0–10)")
    ax.grid(True, color="#e5e5e5")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return _figure_svg(fig)


def trends_svg(weeks: Sequence[str], series: Sequence[tuple[str, Sequence[float | None], str]],
               safety: Sequence[float | None], norm: float | None = None) -> str | None:
    """Per ISO week: percentage lines (label, values, colour) and the median time to safety,
    its axis in the same words as the rest ('34 s', '6 min 22 s'), the norm as a line."""
    if not weeks:
        return None
    fig = _new_figure(7.2, 4.2)
    if fig is None:
        return None
    top, bottom = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 2]})
    xs = list(range(len(weeks)))
    for label, values, colour in series:
        pts = [(x, v) for x, v in zip(xs, values) if v is not None]
        if pts:
            top.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", label=label, color=colour)
    top.set_ylim(0, 105)
    top.set_ylabel("%")
    if top.get_legend_handles_labels()[0]:  # weeks without any share drawn: no empty legend
        top.legend(fontsize=8, loc="lower left", frameon=False)
    top.grid(True, color="#e5e5e5")
    bars = [(x, v) for x, v in zip(xs, safety) if v is not None]
    if bars:
        colours = ["#b00020" if norm is not None and b[1] > norm else "#6f9fc8" for b in bars]
        bottom.bar([b[0] for b in bars], [b[1] for b in bars], color=colours, width=0.6)
    if norm is not None:
        bottom.axhline(norm, color="#333", linewidth=1, linestyle="--")
        bottom.annotate(f"norm {round(norm)} s" if norm < 120 else f"norm {fmt_span(norm)}", (0, norm),
                        xycoords=("axes fraction", "data"), xytext=(2, 2), textcoords="offset points", fontsize=7)
    from matplotlib.ticker import FuncFormatter, MaxNLocator, MultipleLocator

    top_value = max([b[1] for b in bars] + [norm or 0, 60])
    step = next((s for s in (15, 30, 60, 120, 300, 600, 900, 1800, 3600) if top_value / s <= 5), 7200)
    bottom.yaxis.set_major_locator(MaxNLocator(nbins=5) if step >= 7200 else MultipleLocator(step))
    bottom.yaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt_span(v)))
    bottom.tick_params(axis="y", labelsize=7)
    bottom.set_ylabel("mediaan tijd tot\nveiligheidsvraag", fontsize=8)
    bottom.grid(True, axis="y", color="#e5e5e5")
    every = max(1, math.ceil(len(weeks) / 14))
    bottom.set_xticks(xs[::every])
    bottom.set_xticklabels(list(weeks)[::every], rotation=45, ha="right", fontsize=8)
    for ax in (top, bottom):
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    return _figure_svg(fig)


# techniques in five families, each with a colour that prints and can be told apart
TECHNIQUE_FAMILIES: dict[str, tuple[str, ...]] = {
    "contact": ("welcome", "acknowledgement", "summary", "mirroring", "perspective"),
    "problem": ("problem", "cause"),  # as PROBLEM_TALK in the balance
    # every technique of SOLUTION_TALK in the balance, and the steps that act on it
    "solution": ("goal", "exception", "hope", "coping", "scaling", "next_step", "usefulness", "mandate",
                 "consequences"),
    "crisis": ("safety",),
    "none": ("none",),
}
FAMILY_NAMES = {"contact": "Opening en contact", "problem": "Probleemgericht (met oorzaken zoeken)",
                "solution": "Oplossingsgericht", "crisis": "Crisis en veiligheid", "none": "Geen interventie"}
FAMILY_COLOURS = {"contact": "#2f6690", "problem": "#e07b39", "solution": "#3a7d44", "crisis": "#b00020",
                  "none": "#b8b8b8"}
CAUSE_COLOURS = "#1d1d1f"  # cause questions get their own colour on the strip
SUGGESTION_COLOURS = {"taken_up": "#3a7d44", "expired": "#9a9a9a", "superseded": "#6fa8dc",
                      "dismissed": "#d69a2d", "ignored": "#9a9a9a"}


def family_of(technique: str | None) -> str:
    for family, members in TECHNIQUE_FAMILIES.items():
        if technique in members:
            return family
    return "contact" if technique else "none"


def story_svg(a, norm: float) -> str:
    """One strip across the call: phases, crises (with the gap to the safety question shaded),
    technique ticks (cause in its own colour), suggestions with their end, marks and notes."""
    from voice_companion.supervisor.fmt import (
        CERTAINTY, CRISIS_END_REASONS, SUGGESTION_ENDS, crisis_name, technique_name,
    )

    width, left, right = 1000, 92, 14
    inner = width - left - right
    total = max(a.duration, 1.0)
    rows = {"phase": 22, "crisis": 50, "technique": 78, "suggestion": 104, "moment": 128}
    height = 146

    def x(t: float) -> float:
        return left + inner * min(max(t, 0.0), total) / total

    out = [f'<svg class="chart story-strip" viewBox="0 0 {width} {height}" role="img" '
           f'aria-label="Verloop van het gesprek in één strook" xmlns="http://www.w3.org/2000/svg">',
           '<defs><pattern id="gap-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
           'patternTransform="rotate(45)"><rect width="6" height="6" fill="#f6c6cc"/>'
           '<line x1="0" y1="0" x2="0" y2="6" stroke="#b00020" stroke-width="2.5"/></pattern></defs>']
    labels = {"phase": "Fasen", "crisis": "Crisis", "technique": "Technieken", "suggestion": "Suggesties",
              "moment": "Markeringen"}
    for key, y in rows.items():
        out.append(f'<text x="4" y="{y + 12}" font-size="11" fill="#444">{labels[key]}</text>')
    step = _tick_step(total)
    tick = 0
    while tick <= total + 0.001:
        tx = x(tick)
        out.append(f'<line x1="{tx:.1f}" y1="16" x2="{tx:.1f}" y2="{height - 4}" stroke="#e3e3e3" stroke-width="1"/>')
        out.append(f'<text x="{tx:.1f}" y="11" font-size="10" text-anchor="middle" fill="#555">{fmt_clock(tick)}</text>')
        tick += step
    # phases
    y = rows["phase"]
    if not a.spans:
        out.append(f'<text x="{left + 4}" y="{y + 13}" font-size="10.5" fill="#777">geen fasewisseling gelogd</text>')
    for span in a.spans:
        x0, x1 = x(span.start), x(span.end)
        w = max(x1 - x0, 1.0)
        name = escape(phase_name(span.phase))
        out.append(f'<rect data-kind="phase" data-phase="{escape(span.phase or "")}" x="{x0:.1f}" y="{y}" '
                   f'width="{w:.1f}" height="18" fill="{PHASE_COLOURS.get(span.phase, PHASE_COLOURS[None])}">'
                   f'<title>{name}: {fmt_clock(span.start)}–{fmt_clock(span.end)}</title></rect>')
        if w > 70:
            label = name if w > 6.5 * len(name) else escape(phase_name(span.phase).split()[0])
            out.append(f'<text x="{x0 + 4:.1f}" y="{y + 13}" font-size="10.5" fill="#fff">{label}</text>')
    # crises: from first hint to crisis_end (or the end), the gap to the safety question shaded
    y = rows["crisis"]
    for c in a.all_crises:
        end = c.end_t if c.end_t is not None else a.duration
        x0, x1 = x(c.start), x(end)
        ended = CRISIS_END_REASONS.get(c.end_reason or "", "open tot het einde")
        name = escape(crisis_name(c.crisis))
        if not c.real:
            out.append(f'<rect data-kind="false-alarm" x="{x0:.1f}" y="{y + 4}" width="{max(x1 - x0, 2):.1f}" '
                       f'height="10" fill="#ddd" stroke="#999"><title>{name}: {CERTAINTY.get(c.certainty, "")}, '
                       f'{escape(ended)} ({fmt_clock(c.start)}–{fmt_clock(end)})</title></rect>')
            continue
        out.append(f'<rect data-kind="crisis" data-crisis="{escape(c.crisis)}" x="{x0:.1f}" y="{y}" '
                   f'width="{max(x1 - x0, 2):.1f}" height="18" fill="#f9dfe2" stroke="#b00020">'
                   f'<title>{name}: {fmt_clock(c.start)}–{fmt_clock(end)}, {escape(ended)}</title></rect>')
        if c.confirmed_t is not None and c.confirmed_t > c.t + 1:
            out.append(f'<line x1="{x(c.confirmed_t):.1f}" y1="{y}" x2="{x(c.confirmed_t):.1f}" y2="{y + 18}" '
                       f'stroke="#b00020" stroke-dasharray="2,2"><title>bevestigd om {fmt_clock(c.confirmed_t)}'
                       f'</title></line>')
        if c.needs_safety:
            delay = c.time_to_safety
            gap_end = c.safety_at if c.safety_at is not None else end
            late = delay is None or delay > norm
            if gap_end > c.start:
                out.append(f'<rect data-kind="safety-gap" data-late="{str(late).lower()}" x="{x0:.1f}" y="{y}" '
                           f'width="{max(x(gap_end) - x0, 1.5):.1f}" height="18" '
                           f'fill="{"url(#gap-hatch)" if late else "#f6c6cc"}"><title>tot de veiligheidsvraag: '
                           f'{fmt_span(delay) if delay is not None else "niet gesteld"}</title></rect>')
            if c.safety_at is not None:
                out.append(f'<line x1="{x(c.safety_at):.1f}" y1="{y - 3}" x2="{x(c.safety_at):.1f}" y2="{y + 21}" '
                           f'stroke="#b00020" stroke-width="2.5"><title>veiligheidsvraag om {fmt_clock(c.safety_at)}'
                           f'</title></line>')
        for t in c.ticks:
            out.append(f'<circle cx="{x(t.at):.1f}" cy="{y + 9}" r="2.6" fill="#fff" stroke="#b00020">'
                       f'<title>{fmt_clock(t.at)} protocol: {escape(t.label)}</title></circle>')
    # techniques
    y = rows["technique"]
    for turn in a.turns:
        if turn.technique in (None, "none"):
            continue
        cause = turn.technique == "cause"
        colour = CAUSE_COLOURS if cause else FAMILY_COLOURS[family_of(turn.technique)]
        tx = x(turn.at)
        out.append(f'<line data-kind="technique" data-technique="{escape(turn.technique)}" x1="{tx:.1f}" '
                   f'y1="{y - (3 if cause else 0)}" x2="{tx:.1f}" y2="{y + 18}" stroke="{colour}" '
                   f'stroke-width="{3 if cause else 2}"><title>{fmt_clock(turn.at)} '
                   f'{escape(technique_name(turn.technique))}</title></line>')
    # suggestions, each to its end
    y = rows["suggestion"]
    for i, s in enumerate(a.suggestions):
        outcome = s.outcome
        if s.end_t is not None:
            end = s.end_t
        elif s.taken_t is not None:
            end = s.taken_t
        else:  # never ended: on the screen until the next suggestion or the end of the call
            end = a.suggestions[i + 1].t if i + 1 < len(a.suggestions) else a.duration
        colour = SUGGESTION_COLOURS.get(outcome, "#9a9a9a")
        x0 = x(s.t)
        out.append(f'<rect data-kind="suggestion" data-outcome="{outcome}" data-start="{s.t:g}" data-end="{end:g}" '
                   f'x="{x0:.1f}" y="{y + 4}" '
                   f'width="{max(x(end) - x0, 2):.1f}" height="9" fill="{colour}" fill-opacity="0.8">'
                   f'<title>{fmt_clock(s.t)} {escape(technique_name(s.technique))}: {escape(s.text)} — '
                   f'{escape(SUGGESTION_ENDS.get(outcome, outcome))}</title></rect>')
    # marks and notes
    y = rows["moment"]
    for m in a.marks:
        out.append(f'<text data-kind="mark" x="{x(m.t):.1f}" y="{y + 12}" font-size="12" text-anchor="middle" '
                   f'fill="{MARKER_COLOURS["mark"]}">◆<title>{fmt_clock(m.t)} markering'
                   f'{": " + escape(m.value) if m.value else ""}</title></text>')
    for n in a.notes:
        out.append(f'<text data-kind="note" x="{x(n.at):.1f}" y="{y + 12}" font-size="12" text-anchor="middle" '
                   f'fill="{MARKER_COLOURS["note"]}">●<title>{fmt_clock(n.at)} notitie: {escape(n.text)}</title></text>')
    out.append("</svg>")
    return "".join(out)
