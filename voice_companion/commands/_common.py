"""Small helpers shared by the commands."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_bank_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--bank", type=Path, default=None,
                        help="question bank YAML (default: prompts/nl.yaml or $VOICE_COMPANION_BANK)")


def positive_speed(value: str) -> float:
    try:
        speed = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--speed takes a number such as 4, not '{value}'")
    if speed < 0:
        raise argparse.ArgumentTypeError("--speed must be 0 (as fast as possible) or more")
    return speed
