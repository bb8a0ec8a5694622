"""``config show`` and ``config init``."""

# No ``from __future__ import annotations``: typer reads these annotations at start-up.
from typing import Annotated

import typer

from sellermail.cli import views
from sellermail.cli.options import Json
from sellermail.errors import SellermailError


def show(
    profile: Annotated[str | None, typer.Option(help="Show this LLM profile's settings.")] = None,
    as_json: Json = False,
) -> None:
    """Print the effective settings and where each comes from (the key is masked)."""
    from sellermail.io.config_file import config_path, templates_dir
    from sellermail.io.paths import user_dir
    from sellermail.llm.config import load_llm_settings

    settings = load_llm_settings(profile=profile)
    templates = templates_dir()
    rows = {
        "config file": (str(config_path()), "exists" if config_path().is_file() else "not found"),
        "templates_dir": (str(templates) if templates else "(built-in templates only)", "config file" if templates else ""),
        "cache folder": (str(user_dir("cache")), "responses.sqlite3, compiled templates"),
        "profile": (settings.profile or "(none)", ""),
        "base_url": (settings.masked_url() or "(OpenAI default)", settings.sources.get("base_url", "default")),
        "model": (settings.model, settings.sources.get("model", "")),
        "temperature": (str(settings.temperature), settings.sources.get("temperature", "")),
        "timeout": (f"{settings.timeout:g} s per request", settings.sources.get("timeout", "")),
        "api_key": (settings.masked_key(), settings.sources.get("api_key", "")),
        "mode": (f"offline: {settings.offline_reason}" if settings.offline_reason else "polish calls the model", ""),
        "batch API": ("not known (tried)" if settings.batch_api is None else "yes" if settings.batch_api else "no", "batch --via batch-api"),
    }  # fmt: skip
    if as_json:
        views.print_json(
            {name: {"value": value, "source": source} for name, (value, source) in rows.items()}
        )
    else:
        views.settings_table(rows)


def init(
    force: Annotated[bool, typer.Option(help="Overwrite an existing config file.")] = False,
) -> None:
    """Write a starter config file with the built-in LLM profiles explained."""
    from sellermail.io.config_file import config_path
    from sellermail.llm.config import write_example

    path = config_path()
    if path.exists() and not force:
        raise SellermailError(
            f"config file {str(path)!r}: exists already (use --force to overwrite)"
        )
    write_example(path)
    typer.echo(f"wrote {path}")
