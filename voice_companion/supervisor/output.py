"""Writing a report: checked before any work, private (0600), never over a log."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from voice_companion.errors import UserError
from voice_companion.paths import open_private
from voice_companion.supervisor.notes import notes_path


def check_output(output: Path, inputs: Iterable[Path]) -> Path:
    """Refuse an output that cannot be written or would overwrite a log or its notes."""
    output = Path(output)
    if output.is_dir():
        raise UserError(f"-o {output} is a folder; give a file name such as {output / 'verslag.html'}")
    parent = output.parent
    if not parent.exists():
        raise UserError(f"the folder {parent} for -o does not exist; create it first or choose another path")
    if not parent.is_dir():
        raise UserError(f"{parent} is not a folder; choose another -o path")
    if not os.access(parent, os.W_OK):
        raise UserError(f"cannot write in {parent}: permission denied; choose another -o path")
    target = output.resolve()
    for path in inputs:
        for protected in (path, notes_path(path)):
            if protected.resolve() == target:
                raise UserError(f"-o {output} would overwrite the session data at {protected}; "
                                "choose another file name such as verslag.html")
    return output


def write_private(output: Path, text: str) -> None:
    """Write `text` to `output` (0600) via a temporary file, so a failure leaves no half report."""
    temporary = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        with open_private(temporary, append=False) as handle:
            handle.write(text)
        os.replace(temporary, output)
    except PermissionError:
        raise UserError(f"cannot write {output}: permission denied; choose another -o path")
    finally:
        if temporary.exists():
            temporary.unlink()
