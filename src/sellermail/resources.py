"""Where the data files that ship with the package live (templates/, prompts/)."""

from __future__ import annotations

from pathlib import Path


def data_dir(name: str) -> Path:
    """``name`` inside the installed package, or at the top of the source checkout."""
    packaged = Path(__file__).with_name(name)
    return packaged if packaged.is_dir() else Path(__file__).parents[2] / name
