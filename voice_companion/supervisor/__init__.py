"""The supervisor's side: replay, report, trends and reflection notes on session logs.

Everything a supervisor reads is Dutch; the code speaks the English ids of
spec/labels.md and translates them at the last moment (see `fmt`).
"""
