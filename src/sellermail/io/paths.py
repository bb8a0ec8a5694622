"""Where the data files that ship with the package live (templates/, prompts/)."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def data_dir(name: str) -> Path:
    """``name`` inside the installed package, or at the top of the source checkout."""
    packaged = Path(__file__).parents[1] / name
    return packaged if packaged.is_dir() else Path(__file__).parents[3] / name


def user_dir(kind: str) -> Path:
    """The user's ``config`` or ``cache`` folder for sellermail. On Linux this is the XDG rule
    (what platformdirs answers too), computed here so that start-up need not import it."""
    if sys.platform.startswith("linux"):
        variable, fallback = {"config": ("XDG_CONFIG_HOME", ".config"),
                              "cache": ("XDG_CACHE_HOME", ".cache")}[kind]  # fmt: skip
        base = Path(os.environ.get(variable, "").strip())
        return (base if base.is_absolute() else Path.home() / fallback) / "sellermail"
    import platformdirs

    found = platformdirs.user_config_dir if kind == "config" else platformdirs.user_cache_dir
    return Path(found("sellermail"))


def private_folder(path: Path) -> Path:
    """``path`` made (with its parents) and readable by the user alone (0700): the user's
    cache holds the model's replies."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if sys.platform != "win32" and path.stat().st_mode & 0o077:
        path.chmod(0o700)
    return path
