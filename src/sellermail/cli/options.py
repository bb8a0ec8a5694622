"""The command line's shared options, and the small steps every command takes the same way:
the catalogue from ``--templates-dir`` or the config file, facts from ``--facts`` and ``--set``."""

# No ``from __future__ import annotations``: typer reads these annotations at start-up.
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from sellermail.compose.catalogue import CHANNELS, TONES

if TYPE_CHECKING:
    from sellermail.compose.catalogue import Catalogue
    from sellermail.llm.config import LLMSettings

ScenarioName = Annotated[
    str, typer.Argument(help="A scenario id or title, English or Chinese (see: sellermail list).")
]
TemplatesDir = Annotated[
    Path | None,
    typer.Option("--templates-dir", help="A folder of your own templates, searched first."),
]
Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
Facts = Annotated[Path | None, typer.Option("--facts", help="A YAML or JSON file of field: value.")]
Sets = Annotated[
    list[str] | None,
    typer.Option("--set", help="field=value; repeatable; lists comma- or ;-separated."),
]
Tone = Annotated[
    str | None,
    typer.Option(help=f"One of {', '.join(TONES)}, or 友好/正式... (default: the scenario's)."),
]
Channel = Annotated[str, typer.Option(help=f"One of {', '.join(CHANNELS)}.")]
Offline = Annotated[bool, typer.Option(help="Do not call a model.")]
Model = Annotated[str | None, typer.Option(help="The model name.")]
BaseUrl = Annotated[
    str | None, typer.Option(help="An OpenAI-compatible API, e.g. http://localhost:8080/v1.")
]
Profile = Annotated[
    str | None, typer.Option(help="An LLM profile: openai, deepseek, qwen, ollama, ...")
]
Temperature = Annotated[float | None, typer.Option(help="Sampling temperature (0-2).")]
MaxAttempts = Annotated[int, typer.Option(min=1, max=10, help="Model calls before falling back.")]
Strict = Annotated[
    bool,
    typer.Option(help="Exit 1 unless the model's text was used (offline or a fallback fails)."),
]
Message = Annotated[str, typer.Argument(help="The message file (.eml or text), or - for stdin.")]


def catalogue(templates_dir: Path | None) -> "Catalogue":
    """The scenarios: ``--templates-dir``, else the config file's ``templates_dir``, searched
    before the built-in ones."""
    from sellermail.compose.catalogue import Catalogue
    from sellermail.llm.config import load_settings

    return Catalogue(load_settings(templates_dir).templates_dir)


def raw_facts(
    facts: Path | None, assignments: list[str] | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The facts file's mapping and the ``--set`` values (which win over it)."""
    from sellermail.compose.facts import parse_assignments, read_facts_file

    return (read_facts_file(facts) if facts else {}), parse_assignments(assignments or [])


def llm_settings(
    model: str | None = None,
    base_url: str | None = None,
    profile: str | None = None,
    temperature: float | None = None,
) -> "LLMSettings":
    """The model settings from the flags, the environment and the config file."""
    from sellermail.llm.config import load_llm_settings

    return load_llm_settings(model=model, base_url=base_url, profile=profile,
                             temperature=temperature)  # fmt: skip
