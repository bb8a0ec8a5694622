"""Commands on one message: ``list``, ``show``, ``render``, ``polish``, ``check``."""

# No ``from __future__ import annotations``: typer reads these annotations at start-up.
from typing import Annotated

import typer

from sellermail.cli import status, views
from sellermail.cli.options import (
    Channel,
    Facts,
    Json,
    Language,
    MessageFlags,
    ModelFlags,
    ScenarioName,
    Sets,
    TemplatesDir,
    catalogue,
    raw_facts,
    with_flags,
)


def list_(templates_dir: TemplatesDir = None, as_json: Json = False) -> None:
    """List the scenarios: id, Chinese and English title, recipient."""
    found = catalogue(templates_dir).scenarios()
    if as_json:
        from sellermail.compose.describe import summary

        views.print_json([summary(s) for s in found])
    else:
        views.scenario_table(found)


def show(
    scenario: ScenarioName,
    templates_dir: TemplatesDir = None,
    example: Annotated[
        bool, typer.Option("--example", help="Print only the example facts file (YAML).")
    ] = False,
    as_json: Json = False,
) -> None:
    """Show a scenario's fields, types and defaults, and an example facts file."""
    spec = catalogue(templates_dir).find(scenario)
    if example:
        from sellermail.compose.describe import example_yaml

        views.text(example_yaml(spec).removesuffix("\n"))
    elif as_json:
        from sellermail.compose.describe import describe

        views.print_json(describe(spec))
    else:
        views.description(spec)


@with_flags(MessageFlags)
def render(scenario: ScenarioName, message: MessageFlags, as_json: Json = False) -> None:
    """Render a scenario's message from your facts, offline and deterministically."""
    from sellermail.compose.defaults import assumed
    from sellermail.compose.render import render as render_message
    from sellermail.guard.secrets import refuse_secrets

    rendered = render_message(scenario, **message.arguments())
    refuse_secrets(rendered.scenario.id, rendered.text, rendered.facts.values)
    views.warnings(rendered.facts.warnings)
    if as_json:
        views.print_json(rendered.to_dict())
    else:
        views.text(rendered.text)
    if assumption := assumed(rendered):
        views.note(assumption)


@with_flags(MessageFlags, ModelFlags)
def polish(
    scenario: ScenarioName, message: MessageFlags, model: ModelFlags, as_json: Json = False
) -> None:
    """Render, then rewrite with an LLM for fluency and tone; every fact is guarded."""
    from sellermail.pipeline.polish import polish as polish_message

    result = polish_message(scenario, **message.arguments(), **model.arguments())
    views.polished(result, result.to_dict() if as_json else None)
    raise typer.Exit(status.of_polish(result, model.strict))


def check(
    scenario: Annotated[str, typer.Argument(help="The scenario the draft answers.")],
    draft: Annotated[str, typer.Argument(help="The draft's file, or - to read standard input.")],
    facts: Facts = None,
    assignments: Sets = None,
    channel: Channel = "amazon",
    tone: Annotated[
        str | None,
        typer.Option(
            help="Hold the draft to this tone's rendering (default: what every tone keeps)."
        ),
    ] = None,
    strict: Annotated[bool, typer.Option(help="Exit 1 on any violation, warnings too.")] = False,
    language: Language = None,
    templates_dir: TemplatesDir = None,
    as_json: Json = False,
) -> None:
    """Check a draft against its facts and the channel's policy (exit 1 on a violation)."""
    from sellermail.io.files import STDIN, read_text
    from sellermail.pipeline.check import check as check_draft

    raw, overrides = raw_facts(facts, assignments)
    report = check_draft(scenario, raw | overrides, read_text(draft, f"draft from {STDIN}" if draft == "-" else f"draft {draft!r}"), channel=channel, tone=tone,
                         catalogue=catalogue(templates_dir), language=language)  # fmt: skip
    if as_json:
        views.print_json(report.to_dict())
    else:
        views.violations(report)
    raise typer.Exit(status.of_check(report, strict))
