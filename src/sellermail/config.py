"""User configuration: a TOML file in the user's config directory.

Precedence everywhere is flag > environment > config file > defaults. The file's path is
``$SELLERMAIL_CONFIG`` when set, else ``<user config dir>/sellermail/config.toml``.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import SellermailError


def config_path() -> Path:
    """Where the config file is read from (it need not exist)."""
    override = os.environ.get("SELLERMAIL_CONFIG")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("sellermail")) / "config.toml"


@dataclass(frozen=True)
class Settings:
    """The effective settings."""

    #: A folder of the user's own templates, searched before the built-in ones.
    templates_dir: Path | None = None


def read_config(path: Path | None = None) -> dict[str, Any]:
    """The config file as a mapping; an absent file is an empty one."""
    path = path or config_path()
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise SellermailError(f"config file {str(path)!r}: invalid TOML ({exc})") from None


def load_settings(templates_dir: Path | None = None) -> Settings:
    """Settings from the flags given (``None`` = not given), the environment and the file."""
    if templates_dir is None:
        configured = read_config().get("templates_dir")
        if configured is not None and not isinstance(configured, str):
            raise SellermailError(
                f"config file {str(config_path())!r}: templates_dir must be a path"
            )
        templates_dir = Path(configured).expanduser() if configured else None
    return Settings(templates_dir=templates_dir)
