"""User-facing errors: one clear line, exit status 2, no traceback."""

from __future__ import annotations


class UserError(Exception):
    """A mistake the user can fix; the message says what is wrong and how to fix it."""

    exit_code = 2


class ComponentError(Exception):
    """A part of the companion failed (speech engine, TTS, page); exit status 1."""

    exit_code = 1


def one_line(error: object) -> str:
    """An error's message as one line: newlines inside it become '; ' (one error, one line on stderr)."""
    text = str(error).strip()
    return "; ".join(part.strip() for part in text.splitlines() if part.strip()) or type(error).__name__
