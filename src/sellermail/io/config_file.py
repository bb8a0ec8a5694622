"""The user's config file: TOML, read from ``$SELLERMAIL_CONFIG`` when set, else
``<user config dir>/sellermail/config.toml`` (see :mod:`sellermail.llm.config` for the model's
settings in it). Read on the start-up path of every command, so it stays light."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sellermail.errors import SellermailError
from sellermail.io.paths import user_dir


def config_path() -> Path:
    """Where the config file is read from (it need not exist)."""
    override = os.environ.get("SELLERMAIL_CONFIG")
    if override:
        return Path(override).expanduser()
    return user_dir("config") / "config.toml"


def read_toml(path: Path) -> dict[str, Any]:
    """The TOML file at ``path`` (at most :data:`~sellermail.io.files.MAX_BYTES`, UTF-8), or an
    empty mapping when there is no such file; any problem is one line naming the file."""
    if path.is_dir():
        raise SellermailError(f"config file {str(path)!r}: is a folder, not a file")
    if not path.exists():
        return {}
    import tomllib  # only when there is a file to read: start-up stays light

    from sellermail.io.files import read_bytes

    where = f"config file {str(path)!r}"
    data = read_bytes(path, where)
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise SellermailError(
            f"{where}: line {line}, byte {exc.start + 1} is not UTF-8 (TOML is UTF-8: save the "
            "file as UTF-8)"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise SellermailError(f"{where}: invalid TOML ({' '.join(str(exc).split())})") from None
    except RecursionError:
        raise SellermailError(f"{where}: invalid TOML (nested too deeply)") from None


def read_config(path: Path | None = None) -> dict[str, Any]:
    """The config file as a mapping; an absent file is an empty one."""
    return read_toml(path or config_path())


def templates_dir(given: Path | None = None) -> Path | None:
    """The user's templates folder: ``given`` (``--templates-dir``), else the config file's
    ``templates_dir``, else none."""
    if given is not None:
        return given
    configured = read_config().get("templates_dir")
    if configured is not None and not isinstance(configured, str):
        raise SellermailError(f"config file {str(config_path())!r}: templates_dir must be a path")
    return Path(configured).expanduser() if configured else None
