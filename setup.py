"""Build step: copy the question bank from prompts/ into the package.

prompts/ at the top level stays the one editable source (the design card's
layout). A wheel carries a copy as voice_companion/prompts/, which
voice_companion.bank finds with importlib.resources outside a checkout.
Every file the program may load from prompts/ goes in: *.yaml, *.json, *.npz.
The gettext catalogs (voice_companion/locale/*.po) are ordinary package data.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

BANK_PATTERNS = ("*.yaml", "*.json", "*.npz")
HERE = Path(__file__).resolve().parent


def bank_files() -> list[Path]:
    return sorted(p for pattern in BANK_PATTERNS for p in (HERE / "prompts").glob(pattern) if p.is_file())


class build_py_with_bank(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's prompts/ directly
        target = Path(self.build_lib) / "voice_companion" / "prompts"
        target.mkdir(parents=True, exist_ok=True)
        for source in bank_files():
            shutil.copy2(source, target / source.name)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        target = Path(self.build_lib) / "voice_companion" / "prompts"
        return super().get_outputs(include_bytecode) + [str(target / p.name) for p in bank_files()]


setup(cmdclass={"build_py": build_py_with_bank})
