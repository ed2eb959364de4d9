"""Writing a report: checked before any work, private (0600), never over a log."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from voice_companion.errors import UserError
from voice_companion.paths import open_private
from voice_companion.supervisor.notes import notes_path
from voice_companion.i18n import _


def check_output(output: Path, inputs: Iterable[Path]) -> Path:
    """Refuse an output that cannot be written or would overwrite a log or its notes."""
    output = Path(output)
    if output.is_dir():
        raise UserError(_('-o {output} is a folder; give a file name such as {value}').format(output=output, value=output / 'verslag.html'))
    parent = output.parent
    if not parent.exists():
        raise UserError(_('the folder {parent} for -o does not exist; create it first or choose another path').format(parent=parent))
    if not parent.is_dir():
        raise UserError(_('{parent} is not a folder; choose another -o path').format(parent=parent))
    if not os.access(parent, os.W_OK):
        raise UserError(_('cannot write in {parent}: permission denied; choose another -o path').format(parent=parent))
    target = output.resolve()
    for path in inputs:
        for protected in (path, notes_path(path)):
            if protected.resolve() == target:
                raise UserError(_('-o {output} would overwrite the session data at {protected}; choose another file name such as verslag.html').format(output=output, protected=protected))
    return output


def write_private(output: Path, text: str) -> None:
    """Write `text` to `output` (0600) via a temporary file, so a failure leaves no half report."""
    temporary = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        with open_private(temporary, append=False) as handle:
            handle.write(text)
        os.replace(temporary, output)
    except PermissionError:
        raise UserError(_('cannot write {output}: permission denied; choose another -o path').format(output=output))
    finally:
        if temporary.exists():
            temporary.unlink()
