"""User-facing errors: one clear line, exit status 2, no traceback."""

from __future__ import annotations


class UserError(Exception):
    """A mistake the user can fix; the message says what is wrong and how to fix it."""

    exit_code = 2


class ComponentError(Exception):
    """A part of the companion failed (speech engine, TTS, page); exit status 1."""

    exit_code = 1
