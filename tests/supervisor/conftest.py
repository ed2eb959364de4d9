from pathlib import Path

import pytest

from .helpers import session_records, write_log


@pytest.fixture
def log(tmp_path: Path) -> Path:
    """A hand-made 500-second session log with every kind of event (see helpers.EXPECTED)."""
    return write_log(tmp_path / "sessie.jsonl", session_records())
