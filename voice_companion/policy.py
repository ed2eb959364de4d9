"""Which techniques a supervisor would accept as the next suggestion, learned from annotated calls.

The advisor's plan (advisor.PLAN) says what the method allows in each phase;
which of those a supervisor would sign at *this* moment depends on the whole
call so far: how long it has run, what the worker already did, whether a
crisis is open and how far its protocol is. Annotated calls (the `#>` windows
of docs/annotated-script.md) say exactly that, so a small model learns, per
technique, the chance that a supervisor accepts it given the call's state
(`context_features`). It is trained by `scripts/train_policy.py` on the
development calls and shipped beside the bank (`prompts/nl-policy.npz`); at run
time it is a dot product per technique in numpy. The advisor still keeps
every rule of the method (never a cause question, no next step before a goal,
safety first in a crisis); the policy only orders what those rules allow, and
holds a suggestion back when no allowed technique is likely to be accepted.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from voice_companion.model import TechniqueModel

if TYPE_CHECKING:
    from voice_companion.tracker import SessionTracker

POLICY_SUFFIX = "-policy.npz"
# Techniques the advisor can suggest (cause and none never are; welcome only as the opening).
SUGGESTIBLE = ("usefulness", "perspective", "acknowledgement", "problem", "goal", "exception", "coping",
               "scaling", "hope", "next_step", "mandate", "mirroring", "consequences", "safety")
_UTTERANCE_BUCKETS = (1, 2, 5, 10, 20, 40)


def policy_path_for(bank_path: Path) -> Path:
    return bank_path.with_name(bank_path.stem + POLICY_SUFFIX)


def context_features(tracker: "SessionTracker", t: float) -> dict[str, float]:
    """The call's state as the advisor sees it (the same function in training and at run time)."""
    from voice_companion.tracker import LIFE_THREATENING

    out: dict[str, float] = {"bias": 1.0, f"phase={tracker.phase}": 1.0,
                             f"interaction={tracker.interaction or 'unset'}": 1.0,
                             f"minute={min(int(t // 120) * 2, 12)}": 1.0}
    n = tracker.utterances
    out[f"utterances<={next((b for b in _UTTERANCE_BUCKETS if n <= b), 99)}"] = 1.0
    if tracker.last_technique:
        out[f"last={tracker.last_technique}"] = 1.0
    if tracker.last_phase:
        out[f"last_phase={tracker.last_phase}"] = 1.0
    for technique, count in tracker.technique_counts.items():
        if count:
            out[f"used={technique}"] = 1.0
            if count >= 2:
                out[f"used2={technique}"] = 1.0
    in_phase = tracker.techniques_in_phase.get(tracker.phase)
    if in_phase:
        for technique, count in in_phase.items():
            if count:
                out[f"used_in_phase={technique}"] = 1.0
    for crisis in tracker.crises.values():
        kind = "life" if crisis.crisis in LIFE_THREATENING else "home"
        out[f"crisis={kind}:{crisis.certainty}"] = 1.0
        out[f"crisis={crisis.crisis}"] = 1.0
        out[f"crisis_safety_asked={crisis.safety_asked_at is not None}:{kind}"] = 1.0
        open_items = len(tracker.open_items(crisis))
        out[f"crisis_open_items={min(open_items, 3)}:{kind}"] = 1.0
        out[f"crisis_minutes={min(int((t - crisis.since) // 120) * 2, 6)}:{kind}"] = 1.0
    if tracker.recently_assessed(t):
        out["assessed_recently"] = 1.0
    if tracker.closed:
        out["crisis_closed"] = 1.0
    if tracker.life_events:
        out["life_event"] = 1.0
    return out


class Policy:
    """Per technique, the chance a supervisor accepts it now (independent logistic models)."""

    def __init__(self, model: TechniqueModel):
        self.model = model

    @classmethod
    def load(cls, path: Path) -> "Policy":
        return cls(TechniqueModel.load(path))

    def acceptance(self, feats: dict[str, float]) -> dict[str, float]:
        m = self.model
        rows = [(m.index[k], v) for k, v in feats.items() if k in m.index]
        logits = m.bias.astype(np.float64).copy()
        if rows:
            idx = np.fromiter((r for r, _ in rows), dtype=np.int64, count=len(rows))
            val = np.fromiter((v for _, v in rows), dtype=np.float32, count=len(rows))
            logits += val @ m.weights[idx]
        probs = 1.0 / (1.0 + np.exp(-logits))
        return dict(zip(m.classes, (float(p) for p in probs)))
