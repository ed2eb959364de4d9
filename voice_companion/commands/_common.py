"""Small helpers shared by the commands."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Callable
from voice_companion.i18n import _, _N


def add_bank_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--bank", type=Path, default=None,
                        help=_("question bank YAML (default: prompts/nl.yaml or $VOICE_COMPANION_BANK)"))


def number_option(flag: str, what: str, example: str, *, kind: type = float, low: float | None = None,
                  high: float | None = None, hint: str = "") -> Callable[[str], float]:
    """An argparse type for a number with a range, whose errors say how to fix them.

    `what`, `example` and `hint` are marked with `_N` by the caller and translated here, when shown."""

    def parse(value: str) -> float:
        what_, example_, hint_ = _(what), _(example), _(hint) if hint else ""
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(_("{flag} takes {what}, such as {example}, not '{value}'").format(flag=flag, what=what_, example=example_, value=value))
        if number != number or number in (float("inf"), float("-inf")):
            raise argparse.ArgumentTypeError(_("{flag} takes {what}, such as {example}, not '{value}'").format(flag=flag, what=what_, example=example_, value=value))
        if (low is not None and number < low) or (high is not None and number > high):
            if high is None:
                raise argparse.ArgumentTypeError(_('{flag} must be {low:g} or more{hint}').format(flag=flag, low=low, hint=hint_))
            raise argparse.ArgumentTypeError(_('{flag} must be between {low:g} and {high:g}{hint}').format(flag=flag, low=low, high=high, hint=hint_))
        return number

    return parse


positive_speed = number_option("--speed", _N("a number"), "4", low=0, hint=_N(" (0 = as fast as possible)"))
