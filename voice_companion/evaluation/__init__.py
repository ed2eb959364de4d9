"""The yardstick: annotated calls, a recognizer-like noise model and the scoring of whole calls.

`annotated` reads annotated session scripts (docs/annotated-script.md),
`noise` garbles words the way an offline recognizer does, `scoring` runs a call
through the pipeline exactly as `simulate` does and scores every figure of the
spec's table. `scripts/evaluate_calls.py` prints them.
"""

from pathlib import Path


def first_locked(paths) -> Path | None:
    """The first path inside a locked evaluation set (tests/data/locked*): those are for measuring only."""
    return next((Path(p) for p in paths if any(part.startswith("locked") for part in Path(p).parts)), None)
