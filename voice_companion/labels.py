"""The shared vocabulary (ids from spec/labels.md) with the Dutch names a worker reads."""

from __future__ import annotations

PHASES: dict[str, str] = {
    "current": "Huidige situatie",
    "desired": "Gewenste situatie",
    "exceptions": "Uitzonderingen en eerdere successen",
    "next_step": "Volgende stap",
}
PHASE_ORDER: tuple[str, ...] = tuple(PHASES)

TECHNIQUES: dict[str, str] = {
    "welcome": "Welkom",
    "usefulness": "Nuttigheidsvraag",
    "perspective": "Perspectiefwisseling",
    "acknowledgement": "Erkenning",
    "summary": "Samenvatten",
    "problem": "Probleemverkenning",
    "cause": "Oorzaken zoeken",
    "goal": "Gewenste situatie",
    "exception": "Uitzondering",
    "coping": "Copingvraag",
    "scaling": "Schaalvraag",
    "hope": "Hoop",
    "next_step": "Volgende stap",
    "mandate": "Mandaat",
    "mirroring": "Spiegelen",
    "consequences": "Aanschuiven van de werkelijkheid",
    "safety": "Veiligheid",
    "none": "Geen interventie",
}

CRISES: dict[str, str] = {
    "eviction": "Huisuitzetting",
    "utility_cutoff": "Afsluiting van water en energie",
    "suicide": "Suïcidaliteit",
    "unsafe_vulnerable": "Veiligheid van een kwetsbaar persoon",
}
LIFE_EVENT = "life_event"

INTERACTIONS: dict[str, str] = {
    "visitor": "Bezoekerstypisch",
    "complainant": "Klaagtypisch",
    "customer": "Klanttypisch",
}

# why an open crisis ended, as the worker reads it on the page and in the terminal (the crisis_end event's reason)
CRISIS_END_REASONS: dict[str, str] = {
    "assessed": "protocol doorlopen",
    "false_alarm": "geen crisis",
    "closed": "crisis voorbij",
    "faded": "niet bevestigd",
    "safe": "persoon nu veilig",
}
