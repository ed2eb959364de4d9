"""Offline voice companion for crisis-line workers (solution-focused method)."""

__version__ = "0.1.0"
