"""The command line's shared options, and the small steps every command takes the same way:
the catalogue from ``--templates-dir`` or the config file, facts from ``--facts`` and ``--set``."""

# No ``from __future__ import annotations``: typer reads these annotations at start-up.
import functools
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, TypeVar

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
Language = Annotated[
    str | None,
    typer.Option(
        help="en, de, fr, es, it or ja (default: the marketplace's, for buyer messages).",
        show_default=False,
    ),
]
Offline = Annotated[bool, typer.Option(help="Do not call a model.")]
Model = Annotated[str | None, typer.Option(help="The model name.")]
BaseUrl = Annotated[
    str | None, typer.Option(help="An OpenAI-compatible API, e.g. http://localhost:8080/v1.")
]
Profile = Annotated[
    str | None, typer.Option(help="An LLM profile: openai, deepseek, qwen, ollama, ...")
]
Temperature = Annotated[float | None, typer.Option(help="Sampling temperature (0-2).")]
Timeout = Annotated[
    float | None,
    typer.Option(
        help="Seconds one model request may take in all, retries included (default 60).",
        show_default=False,
    ),
]
MaxAttempts = Annotated[int, typer.Option(min=1, max=10, help="Model calls before falling back.")]
Strict = Annotated[
    bool,
    typer.Option(help="Exit 1 unless the model's text was used (offline or a fallback fails)."),
]
MessageFile = Annotated[
    str, typer.Argument(metavar="MESSAGE", help="The message file (.eml or text), or - for stdin.")
]


Command = TypeVar("Command", bound=Callable[..., Any])


class Flags:
    """A group of options that several commands take, gathered into one argument by
    :func:`with_flags`. (A plain class, not a dataclass: it is built on every start.)"""

    #: Each option: name -> (its annotated type, its default).
    OPTIONS: ClassVar[dict[str, tuple[Any, Any]]] = {}

    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)


class MessageFlags(Flags):
    """The options that say which message to write: facts, tone, channel, templates."""

    OPTIONS: ClassVar[dict[str, tuple[Any, Any]]] = {
        "facts": (Facts, None),
        "assignments": (Sets, None),
        "tone": (Tone, None),
        "channel": (Channel, "amazon"),
        "language": (Language, None),
        "templates_dir": (TemplatesDir, None),
    }
    facts: Path | None
    assignments: list[str] | None
    tone: str | None
    channel: str
    language: str | None
    templates_dir: Path | None

    def raw_facts(self) -> tuple[dict[str, Any], dict[str, Any]]:
        return raw_facts(self.facts, self.assignments)

    def arguments(self) -> dict[str, Any]:
        """The keyword arguments of the library's render, polish and reply."""
        raw, overrides = self.raw_facts()
        return {"facts": raw, "overrides": overrides, "tone": self.tone, "channel": self.channel,
                "language": self.language, "catalogue": self.catalogue()}  # fmt: skip

    def catalogue(self) -> "Catalogue":
        return catalogue(self.templates_dir)


class ModelFlags(Flags):
    """The options that say which model polishes, how hard it tries, and what counts as
    failing (``--strict``)."""

    OPTIONS: ClassVar[dict[str, tuple[Any, Any]]] = {
        "offline": (Offline, False),
        "model": (Model, None),
        "base_url": (BaseUrl, None),
        "profile": (Profile, None),
        "temperature": (Temperature, None),
        "timeout": (Timeout, None),
        "max_attempts": (MaxAttempts, 3),
        "strict": (Strict, False),
    }
    offline: bool
    model: str | None
    base_url: str | None
    profile: str | None
    temperature: float | None
    timeout: float | None
    max_attempts: int
    strict: bool

    def settings(self) -> "LLMSettings":
        """The model settings from these flags, the environment and the config file."""
        from sellermail.llm.config import load_llm_settings

        return load_llm_settings(model=self.model, base_url=self.base_url, profile=self.profile,
                                 temperature=self.temperature, timeout=self.timeout)  # fmt: skip

    def arguments(self) -> dict[str, Any]:
        """The keyword arguments of the library's polish and reply."""
        return {"settings": self.settings(), "max_attempts": self.max_attempts,
                "offline": self.offline}  # fmt: skip


def with_flags(*groups: type[Flags]) -> Callable[[Command], Command]:
    """Give a command the options of each group (a :class:`Flags` above), gathered into one
    argument named like the group (``message``, ``model``) — declared once, for every
    command that takes them."""

    def decorate(command: Command) -> Command:
        signature = inspect.signature(command)
        names = {group: group.__name__.removesuffix("Flags").lower() for group in groups}
        kept = [p for p in signature.parameters.values() if p.name not in names.values()]
        arguments = [p for p in kept if p.default is inspect.Parameter.empty]
        options = [
            p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in kept if p not in arguments
        ]
        added = [
            inspect.Parameter(
                name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation
            )
            for group in groups
            for name, (annotation, default) in group.OPTIONS.items()
        ]

        @functools.wraps(command)
        def run(**options: Any) -> Any:
            for group, name in names.items():
                options[name] = group(**{option: options.pop(option) for option in group.OPTIONS})
            return command(**options)

        parameters = [*arguments, *added, *options]
        run.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in parameters}
        return run  # type: ignore[return-value]

    return decorate


def catalogue(templates_dir: Path | None) -> "Catalogue":
    """The scenarios: ``--templates-dir``, else the config file's ``templates_dir``, searched
    before the built-in ones."""
    from sellermail.compose.catalogue import Catalogue
    from sellermail.io.config_file import templates_dir as configured

    return Catalogue(configured(templates_dir))


def raw_facts(
    facts: Path | None, assignments: list[str] | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The facts file's mapping and the ``--set`` values (which win over it)."""
    from sellermail.compose.facts import parse_assignments, read_facts_file

    return (read_facts_file(facts) if facts else {}), parse_assignments(assignments or [])
